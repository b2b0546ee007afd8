"""The listening socket for ``--workers N``, bound so that every connection gets TCP_NODELAY.

With several workers, uvicorn binds the socket in the parent process with protocol 0
and passes it to each worker. asyncio sets ``TCP_NODELAY`` only on sockets whose
protocol says TCP, so every connection then kept Nagle's algorithm: each response
waited for the client's delayed ACK, about 40 ms on Linux, which made two workers
140 times slower per request than one process. A socket made with
``IPPROTO_TCP`` keeps that protocol through the pickling that hands it to each
worker, and on every connection accepted from it, and asyncio sets the option.
"""

from __future__ import annotations

import socket

__all__ = ["listening_socket"]


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (0: any free port), for uvicorn's workers.

    Raises :class:`OSError` when the address cannot be bound (in use, not local).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock
