"""The socket ``server.py --workers N`` listens on: every connection gets TCP_NODELAY.

Without it each response of a worker waited for the client's delayed ACK (about
40 ms): two workers were 140 times slower per request than one process.
"""

from __future__ import annotations

import asyncio
import pickle
import socket
from collections.abc import Callable
from multiprocessing.reduction import ForkingPickler

import pytest

from serving.sockets import listening_socket


def _uvicorn_bind(host: str, port: int) -> socket.socket:
    """How uvicorn binds the socket it hands its workers (``Config.bind_socket``)."""
    sock = socket.socket(family=socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def _handed_to_a_worker(sock: socket.socket) -> socket.socket:
    """The socket as a worker gets it: uvicorn starts workers with spawn, which pickles it."""
    with sock:
        rebuilt = pickle.loads(ForkingPickler.dumps(sock))
    assert isinstance(rebuilt, socket.socket)
    return rebuilt


def _nodelay_of_an_accepted_connection(sock: socket.socket) -> int:
    """TCP_NODELAY on a connection asyncio accepts from ``sock``, as uvicorn serves it."""

    async def scenario() -> int:
        accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                connection = transport.get_extra_info("socket")
                accepted.set_result(connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        server = await asyncio.get_running_loop().create_server(Probe, sock=sock)
        async with server:
            host, port = sock.getsockname()[:2]
            _, writer = await asyncio.open_connection(host, port)
            try:
                return await asyncio.wait_for(accepted, timeout=10)
            finally:
                writer.close()

    return asyncio.run(scenario())


@pytest.mark.parametrize(
    ("bind", "nodelay"),
    [
        pytest.param(listening_socket, True, id="ours"),
        # the cause: a socket of protocol 0, which asyncio does not take for TCP
        pytest.param(_uvicorn_bind, False, id="uvicorn-default"),
    ],
)
def test_connections_a_worker_accepts_get_tcp_nodelay_only_from_our_socket(
    bind: Callable[[str, int], socket.socket], nodelay: bool
) -> None:
    sock = _handed_to_a_worker(bind("127.0.0.1", 0))
    assert bool(_nodelay_of_an_accepted_connection(sock)) is nodelay


def test_the_listening_socket_is_tcp_and_inheritable() -> None:
    sock = listening_socket("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.get_inheritable()
        assert sock.getsockname()[1] > 0
    finally:
        sock.close()


def test_an_address_in_use_is_an_os_error_and_leaks_no_socket() -> None:
    taken = listening_socket("127.0.0.1", 0)
    taken.listen()
    try:
        with pytest.raises(OSError, match="in use"):
            listening_socket("127.0.0.1", taken.getsockname()[1])
    finally:
        taken.close()
