"""The listening sockets of ``--workers N``: TCP_NODELAY on every connection, and one per worker.

**TCP_NODELAY.** With several workers, uvicorn binds the socket in the parent
process with protocol 0 and passes it to each worker. asyncio sets ``TCP_NODELAY``
only on sockets whose protocol says TCP, so every connection kept Nagle's
algorithm: each response waited for the client's delayed ACK, about 40 ms on Linux,
which made two workers 140 times slower per request than one process. A socket
made with ``IPPROTO_TCP`` keeps that protocol through the pickling that hands it to
each worker, and on every connection accepted from it, and asyncio sets the option.

**One socket per worker.** Workers sharing one socket all wake when connections
arrive, and asyncio accepts every waiting connection at once: a burst of new
connections (64 at the start of a load test) often landed on one worker while the
other idled. On Linux each worker gets a socket of its own, all bound to the same
port with ``SO_REUSEPORT``, and the kernel spreads new connections over them.
:class:`Supervisor` is uvicorn's own supervisor (signals, health checks, restarts)
handing each worker its socket. Elsewhere the workers share one socket.
"""

from __future__ import annotations

import logging
import socket
import sys

from uvicorn import Config
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors.multiprocess import Multiprocess, Process

__all__ = ["Supervisor", "listening_socket", "listening_sockets"]

logger = logging.getLogger("uvicorn.error")

SPREADS_CONNECTIONS = sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")
"""Whether the kernel spreads new connections over sockets bound with SO_REUSEPORT."""


def listening_socket(host: str, port: int, *, reuse_port: bool = False) -> socket.socket:
    """A TCP socket bound to ``host:port`` (0: any free port), for uvicorn's workers.

    Raises :class:`OSError` when the address cannot be bound (in use, not local).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def listening_sockets(host: str, port: int, count: int) -> list[socket.socket]:
    """``count`` sockets on one port, one per worker, where the kernel spreads
    connections over them (Linux); else one socket for all the workers."""
    if not SPREADS_CONNECTIONS or count < 2:
        return [listening_socket(host, port)]
    first = listening_socket(host, port, reuse_port=True)
    found = [first]
    try:
        for _ in range(count - 1):  # port 0 chose one: the others take the same
            found.append(listening_socket(host, first.getsockname()[1], reuse_port=True))
    except OSError:
        for sock in found:
            sock.close()
        raise
    return found


class Supervisor(Multiprocess):
    """uvicorn's supervisor for ``--workers N``: the worker in slot ``i`` listens on
    ``sockets[i]`` (or all on ``sockets[0]`` when there is one socket).

    Starting, replacing a worker that died or hangs, and replacing every worker on
    SIGHUP are uvicorn 0.54's own code, with the slot's socket handed over.
    """

    def __init__(self, config: Config, sockets: list[socket.socket]) -> None:
        super().__init__(config, sockets=sockets)

    def _new_process(self, slot: int) -> Process:
        own = self.sockets[slot] if len(self.sockets) > 1 else self.sockets[0]
        return Process(self.config, [own])

    def init_processes(self) -> None:
        for slot in range(self.processes_num):
            process = self._new_process(slot)
            process.start()
            self.processes.append(process)

    def restart_all(self) -> None:
        for slot, old_process in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new_process = self._new_process(slot)
            new_process.start()
            ready = new_process.wait_until_ready(
                self.config.timeout_worker_healthcheck, self.should_exit
            )
            if not ready:
                new_process.kill()
                new_process.join()
                if not self.should_exit.is_set():
                    logger.error(
                        "New child process [%s] was not ready in time; keeping worker [%s] "
                        "and aborting the restart.",
                        new_process.pid,
                        old_process.pid,
                    )
                return
            old_process.terminate()
            old_process.join()
            self.processes[slot] = new_process

    def keep_subprocess_alive(self) -> None:
        if self.should_exit.is_set():
            return
        for slot, process in enumerate(self.processes):
            if process.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            process.kill()  # it hangs: kill it
            process.join()
            if process.exitcode == STARTUP_FAILURE:  # it would fail the same way again
                logger.error(
                    "Child process [%s] failed to start, stopping the parent process.",
                    process.pid,
                )
                self.should_exit.set()
                return
            if self.should_exit.is_set():
                return
            logger.info("Child process [%s] died", process.pid)
            replacement = self._new_process(slot)
            replacement.start()
            self.processes[slot] = replacement
