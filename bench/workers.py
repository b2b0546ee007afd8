"""One server process against N workers: sequential latency and throughput, side by side.

Each setup serves the seeds on 127.0.0.1 and gets the same two runs of the mixed
representative queries (:func:`bench.serving.mixed_bodies`), every request unique
so that no cached answer is measured: one keep-alive connection (sequential
latency, p50) and many connections (throughput). The setups:

- ``server.py`` with one process;
- ``server.py --workers N``, which binds the listening socket itself
  (``serving/sockets.py``) so that every connection gets TCP_NODELAY;
- ``uvicorn server:app --workers N``, where uvicorn binds the socket, for the
  difference that binding makes.

A setup with workers is measured once every worker has loaded the corpus (each
loads its own; until then the ready ones take every connection).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.load import HOST, WrkResult, free_port, lua_script, run_wrk, serve, server_command
from bench.serving import corpus_names, mixed_bodies

__all__ = ["WorkersRow", "measure_workers"]


@dataclass(frozen=True, slots=True)
class WorkersRow:
    """One setup's sequential run and its many-connection run."""

    setup: str
    workers: int
    sequential: WrkResult
    loaded: WrkResult
    connections: int


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
    seeds: Path, scratch: Path, seconds: float, workers: int = 2, connections: int = 64
) -> list[WorkersRow]:
    """Every setup, one after the other, with the same requests."""
    rows = []
    for number, (setup, count, _) in enumerate(_setups(seeds, 0, workers)):
        port = free_port()
        command = _setups(seeds, port, workers)[number][2]
        env = {"SEEDS_DIR": str(seeds), "CG_RELOAD": "0"}
        log = scratch / f"workers-{number}.log"
        with serve(command, port, log, env=env) as server:
            if count > 1:  # the others load the corpus as long as the first did
                time.sleep(server.startup_seconds * 1.5)
            script = scratch / "workers.lua"
            script.write_text(lua_script(mixed_bodies(corpus_names(server)), unique=True))
            url = server.url + "/graphql"
            print(f"  {setup} ...", file=sys.stderr)
            run_wrk(url, script, min(seconds, 3), connections)  # warm up every worker
            sequential = run_wrk(url, script, seconds, 1)
            loaded = run_wrk(url, script, seconds, connections)
        rows.append(WorkersRow(setup, count, sequential, loaded, connections))
    return rows
