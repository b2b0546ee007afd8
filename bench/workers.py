"""One server process against N workers: sequential latency and throughput, side by side.

Every setup serves the seeds on 127.0.0.1 at the same time (an idle server costs no
CPU), and each gets, in alternating rounds, the same two runs of the mixed
representative queries (:func:`bench.serving.mixed_bodies`), every request unique
so that no cached answer is measured: one keep-alive connection (sequential
latency, p50) and many connections (throughput). The medians of the rounds are
reported, so that other work on the machine weighs on every setup alike. The setups:

- ``server.py`` with one process;
- ``server.py --workers N``, which binds the listening socket itself
  (``serving/sockets.py``) so that every connection gets TCP_NODELAY;
- ``uvicorn server:app --workers N``, where uvicorn binds the socket, for the
  difference that binding makes.

The setups with workers are measured once every worker has loaded the corpus (each
loads its own; until then the ready ones take every connection).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from bench.load import (
    HOST,
    Server,
    WrkResult,
    free_port,
    lua_script,
    run_wrk,
    serve,
    server_command,
)
from bench.serving import corpus_names, mixed_bodies

__all__ = ["WorkersRow", "measure_workers"]


@dataclass(frozen=True, slots=True)
class WorkersRow:
    """One setup's sequential runs and its many-connection runs, round by round."""

    setup: str
    workers: int
    sequential_runs: tuple[WrkResult, ...]
    loaded_runs: tuple[WrkResult, ...]
    connections: int

    @property
    def sequential(self) -> WrkResult:
        """The round of median sequential latency."""
        return _median(self.sequential_runs, lambda run: run.p50_ms)

    @property
    def loaded(self) -> WrkResult:
        """The round of median throughput."""
        return _median(self.loaded_runs, lambda run: run.requests_per_second)

    @property
    def failures(self) -> int:
        return sum(run.failures for run in (*self.sequential_runs, *self.loaded_runs))


def _median(runs: tuple[WrkResult, ...], key: Callable[[WrkResult], float]) -> WrkResult:
    ordered = sorted(runs, key=key)
    middle = statistics.median_low(range(len(ordered)))
    return ordered[middle]


def _setups(seeds: Path, port: int, workers: int) -> list[tuple[str, int, list[str]]]:
    uvicorn = [
        sys.executable,
        "-m",
        "uvicorn",
        "server:app",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--no-access-log",
    ]
    return [
        ("server.py, one process", 1, server_command(seeds, port)),
        (f"server.py --workers {workers}", workers, server_command(seeds, port, workers)),
        (f"uvicorn --workers {workers} (socket bound by uvicorn)", workers, uvicorn),
    ]


def measure_workers(
    seeds: Path,
    scratch: Path,
    seconds: float,
    workers: int = 2,
    connections: int = 64,
    rounds: int = 3,
) -> list[WorkersRow]:
    """Every setup served at once, measured in alternating rounds with the same requests."""
    env = {"SEEDS_DIR": str(seeds), "CG_RELOAD": "0"}
    with ExitStack() as stack:
        servers: list[tuple[str, int, Server]] = []
        for number, (setup, count, _) in enumerate(_setups(seeds, 0, workers)):
            port = free_port()
            command = _setups(seeds, port, workers)[number][2]
            log = scratch / f"workers-{number}.log"
            servers.append((setup, count, stack.enter_context(serve(command, port, log, env=env))))
        # a setup with workers is ready once each has loaded the corpus, about as long again
        time.sleep(max(server.startup_seconds for _, _, server in servers) * 1.5)
        script = scratch / "workers.lua"
        script.write_text(lua_script(mixed_bodies(corpus_names(servers[0][2])), unique=True))
        for _, _, server in servers:
            run_wrk(server.url + "/graphql", script, min(seconds, 3), connections)  # warm up
        sequential: dict[str, list[WrkResult]] = {setup: [] for setup, _, _ in servers}
        loaded: dict[str, list[WrkResult]] = {setup: [] for setup, _, _ in servers}
        for number in range(rounds):
            print(f"  round {number + 1} of {rounds} ...", file=sys.stderr)
            for setup, _, server in servers:
                url = server.url + "/graphql"
                sequential[setup].append(run_wrk(url, script, seconds, 1))
                loaded[setup].append(run_wrk(url, script, seconds, connections))
    return [
        WorkersRow(setup, count, tuple(sequential[setup]), tuple(loaded[setup]), connections)
        for setup, count, _ in servers
    ]
