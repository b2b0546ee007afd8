"""The sockets ``server.py --workers N`` listens on: every connection gets TCP_NODELAY,
and each worker a socket of its own over which the kernel spreads connections.

Without TCP_NODELAY each response of a worker waited for the client's delayed ACK
(about 40 ms): two workers were 140 times slower per request than one process. With
one shared socket a burst of connections often went to one worker alone.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

import httpx
import pytest

from serving.sockets import SPREADS_CONNECTIONS, listening_socket, listening_sockets
from tests.conftest import SEEDS
from tests.live_server import ROOT


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


@pytest.mark.skipif(not SPREADS_CONNECTIONS, reason="the kernel spreads connections on Linux")
def test_each_worker_gets_a_socket_of_its_own_and_connections_are_spread_over_them() -> None:
    sockets = listening_sockets("127.0.0.1", 0, 3)
    clients: list[socket.socket] = []
    try:
        assert len(sockets) == 3
        [port] = {sock.getsockname()[1] for sock in sockets}
        for sock in sockets:
            sock.listen()
            sock.setblocking(False)
        clients = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(60)]
        time.sleep(0.2)
        accepted = []
        for sock in sockets:
            count = 0
            while True:
                try:
                    connection, _ = sock.accept()
                except BlockingIOError:
                    break
                connection.close()
                count += 1
            accepted.append(count)
        assert sum(accepted) == 60
        assert min(accepted) > 0, accepted  # a third each, give or take
    finally:
        for sock in [*sockets, *clients]:
            sock.close()


def test_one_worker_or_a_system_that_does_not_spread_gets_one_socket() -> None:
    [sock] = listening_sockets("127.0.0.1", 0, 1)
    sock.close()


def _workers(pid: int) -> set[int]:
    """The server processes a supervisor runs (not multiprocessing's resource tracker)."""
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    workers = set()
    for child in found.stdout.split():
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue  # gone meanwhile
        if b"resource_tracker" not in command:
            workers.add(int(child))
    return workers


def _all_answer(url: str, count: int = 30) -> bool:
    """Whether ``count`` new connections each get an answer (a socket nobody accepts on
    would leave some waiting)."""
    for _ in range(count):
        with httpx.Client(timeout=5) as fresh:  # a new connection each time
            if fresh.get(f"{url}/healthz").status_code != 200:
                return False
    return True


def _wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"not seen within {timeout:g}s")
        time.sleep(0.1)


def test_a_worker_that_dies_is_replaced_on_its_own_socket() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "server.py", "--seeds", str(SEEDS), "--port", str(port)]
    env = {**os.environ, "CG_RELOAD": "0"}
    server = subprocess.Popen(
        [*command, "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def both_serve() -> bool:
            try:
                return _all_answer(url, 10)
            except httpx.HTTPError:
                return False

        _wait_for(both_serve)
        workers = _workers(server.pid)
        assert len(workers) == 2
        victim = min(workers)
        os.kill(victim, signal.SIGKILL)

        def replaced() -> bool:
            now = _workers(server.pid)
            return victim not in now and len(now) == 2

        _wait_for(replaced)
        _wait_for(both_serve)
        assert _all_answer(url)
    finally:
        server.terminate()
        server.wait(timeout=30)
