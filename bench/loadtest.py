"""``make loadtest``: 64 connections for 30 s, with a reload of the corpus halfway.

A server is started on a temporary copy of the seeds (127.0.0.1 only). wrk sends a
mix of the representative queries (:mod:`bench.serving`), each request with other
variables, from 64 connections for 30 seconds. Halfway through, a new valid topic
document is written into the served folder: a server that watches its folder swaps
in a new graph, and ``corpusVersion`` in ``/healthz`` says so. The report gives
requests per second, p50 and p99 latency, failures (non-2xx statuses and socket
errors; GraphQL errors in 200 responses are counted apart), the server's resident
memory before and after, and whether the corpus version changed. The exit status
is 1 when a request failed, 0 otherwise; an unchanged version is reported, not
failed, because a server without reload keeps serving the graph it has.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from bench.corpus import generate_documents
from bench.load import free_port, healthz, lua_script, run_wrk, serve, server_command
from bench.serving import corpus_names, mixed_bodies

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _write_new_topic(folder: Path) -> Path:
    """A new, valid topic document in ``folder``, written whole and then renamed in."""
    name, text = next(iter(generate_documents(1, seed=int(time.time())).items()))
    target = folder / f"zz_loadtest_{name}"
    partial = folder / f".{target.name}.partial"
    partial.write_text(text, encoding="utf-8")
    partial.rename(target)  # a watcher never sees a half-written document
    return target


def run(seconds: float, connections: int) -> int:
    with tempfile.TemporaryDirectory(prefix="curriculum-graph-loadtest-") as scratch_name:
        scratch = Path(scratch_name)
        served = scratch / "corpus"
        shutil.copytree(SEEDS, served)
        port = free_port()
        with serve(server_command(served, port), port, scratch / "server.log") as server:
            script = scratch / "mix.lua"
            script.write_text(lua_script(mixed_bodies(corpus_names(server)), check_responses=True))
            before = healthz(server.url)
            memory_before = server.rss_bytes()
            written: list[Path] = []
            reload = threading.Timer(seconds / 2, lambda: written.append(_write_new_topic(served)))
            reload.start()
            try:
                result = run_wrk(server.url + "/graphql", script, seconds, connections)
            finally:
                reload.cancel()
            time.sleep(1)  # let a reload that started late finish before reading the version
            after = healthz(server.url)
            memory_after = server.rss_bytes()
        log = (scratch / "server.log").read_text(errors="replace")
    version_before, version_after = before.get("corpusVersion"), after.get("corpusVersion")
    if version_before is None and version_after is None:
        version = "not reported: /healthz has no corpusVersion (this server does not reload)"
    elif version_before == version_after:
        version = f"unchanged ({version_before!r}): the new document was not loaded"
    else:
        version = f"changed from {version_before!r} to {version_after!r}"
    lines = [
        f"load test: {connections} connections for {result.seconds:.1f} s on a copy of the "
        f"seeds, a mix of queries with varying variables",
        f"  new document written halfway: {written[0].name if written else 'no'}",
        f"  requests:        {result.requests:,} ({result.requests_per_second:,.0f} per second)",
        f"  latency:         p50 {result.p50_ms:.1f} ms, p90 {result.p90_ms:.1f} ms, "
        f"p99 {result.p99_ms:.1f} ms, max {result.max_ms:.1f} ms",
        f"  failures:        {result.failures} ({result.non_2xx} non-2xx, "
        f"{result.socket_errors} socket errors)",
        f"  GraphQL errors:  {result.graphql_errors} (in 200 responses)",
        f"  server memory:   {memory_before / 1e6:.0f} MB before, "
        f"{memory_after / 1e6:.0f} MB after",
        f"  topics:          {before.get('topics')} before, {after.get('topics')} after",
        f"  corpus version:  {version}",
    ]
    if result.failures:
        lines.append("FAILED: requests failed under load; the server log ends:")
        lines.extend(f"  | {line}" for line in log.splitlines()[-20:])
    print("\n".join(lines))
    return 1 if result.failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.loadtest", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--seconds", type=float, default=30.0, help="load duration (max 120)")
    parser.add_argument("--connections", type=int, default=64, help="concurrent connections")
    args = parser.parse_args(argv)
    if not 1 <= args.seconds <= 120 or not 1 <= args.connections <= 1000:
        parser.error("--seconds must be 1 to 120 and --connections 1 to 1000")
    return run(args.seconds, args.connections)


if __name__ == "__main__":
    sys.exit(main())
