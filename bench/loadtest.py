"""``make loadtest``: a reload under 64 connections, then small queries beside heavy ones.

**Reload under load.** A server is started on a temporary copy of the seeds
(127.0.0.1 only). wrk sends a mix of the representative queries
(:mod:`bench.serving`), each request with other variables, from 64 connections for
30 seconds. Halfway through, a new valid topic
document is written into the served folder: a server that watches its folder swaps
in a new graph, and ``corpusVersion`` in ``/healthz`` says so. The report gives
requests per second, p50 and p99 latency, failures (non-2xx statuses and socket
errors; GraphQL errors in 200 responses are counted apart), the server's resident
memory before and after, and whether the corpus version changed. An unchanged
version is reported, not failed, because a server without reload keeps serving the
graph it has.

**Abuse** (:mod:`bench.abuse`). 16 connections of small queries alone, then beside 4
connections sending the heaviest queries the API accepts, with ``/healthz`` polled
every 50 ms; the same again with every operation on the event loop
(``CG_EXECUTION_WORKERS=0``), side by side. The targets of issue 13: the small
queries' p99 at most 100 ms and at most 4 times their p99 alone, no small query
failed, ``/healthz`` never slower than 250 ms.

The exit status is 1 when a request failed or an abuse target was missed, 0 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from bench.abuse import AbuseResult, measure_abuse
from bench.corpus import generate_documents
from bench.load import free_port, healthz, lua_script, run_wrk, serve, server_command
from bench.serving import corpus_names, mixed_bodies

HEALTHZ_MAX_MS = 250.0
SMALL_P99_MS = 100.0
SMALL_P99_RATIO = 4.0

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


def run_reload(seconds: float, connections: int) -> int:
    """The reload under load; prints its report, and says how many requests failed."""
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
    return result.failures


def abuse_report(results: list[AbuseResult]) -> tuple[list[str], bool]:
    """The abuse runs as text, and whether the first (as served) met every target."""
    served = results[0]
    lines = [
        f"abuse: {served.small_connections} connections of small queries, alone and beside "
        f"{served.heavy_connections} connections of the heaviest accepted (budget "
        f"{served.budget:,}):",
    ]
    for query in served.heavy_queries:
        refused = "refused" if query.issue_refused else "accepted"
        lines.append(
            f"  heavy: {query.name}: limit {query.limit}, cost {query.cost:,} "
            f"(as issue 13 sent it: {query.issue_cost:,}, {refused})"
        )
    for result in results:
        alone, loaded, probe = result.small_alone, result.small_loaded, result.healthz
        failed = loaded.failures + loaded.graphql_errors
        lines += [
            f"  {result.setup}:",
            f"    small alone:         p50 {alone.p50_ms:.1f} ms, p99 {alone.p99_ms:.1f} ms, "
            f"{alone.requests_per_second:,.0f} req/s",
            f"    small beside heavy:  p50 {loaded.p50_ms:.1f} ms, p99 {loaded.p99_ms:.1f} ms "
            f"({result.p99_ratio:.1f}x alone), {loaded.requests_per_second:,.0f} req/s, "
            f"{failed} failed",
            f"    heavy:               {result.heavy.requests:,} answered "
            f"({result.heavy.non_2xx} non-2xx), p50 {result.heavy.p50_ms:.0f} ms",
            f"    /healthz:            p50 {probe.p50_ms:.1f} ms, max {probe.max_ms:.1f} ms "
            f"over {len(probe.latencies_ms)} answers, {probe.failures} failed",
        ]
    loaded = served.small_loaded
    checks = [
        (loaded.p99_ms <= SMALL_P99_MS, f"small p99 <= {SMALL_P99_MS:.0f} ms"),
        (served.p99_ratio <= SMALL_P99_RATIO, f"small p99 <= {SMALL_P99_RATIO:.0f}x alone"),
        (loaded.failures + loaded.graphql_errors == 0, "no small query failed"),
        (
            served.healthz.max_ms <= HEALTHZ_MAX_MS and served.healthz.failures == 0,
            f"/healthz always <= {HEALTHZ_MAX_MS:.0f} ms",
        ),
    ]
    lines += [f"  {'PASS' if ok else 'MISS'}: {what}" for ok, what in checks]
    return lines, all(ok for ok, _ in checks)


def run(seconds: float, connections: int, abuse_seconds: float) -> int:
    load_before = os.getloadavg()
    failures = run_reload(seconds, connections)
    with tempfile.TemporaryDirectory(prefix="curriculum-graph-abuse-") as scratch_name:
        scratch = Path(scratch_name)
        served = scratch / "corpus"
        shutil.copytree(SEEDS, served)
        results = measure_abuse(
            served,
            scratch,
            abuse_seconds,
            setups=(
                ("as served", {}),
                ("every operation on the event loop", {"CG_EXECUTION_WORKERS": "0"}),
            ),
        )
    lines, met = abuse_report(results)
    load_after = os.getloadavg()
    lines.append(
        "  load average (1, 5, 15 min) "
        + "/".join(f"{value:.1f}" for value in load_before)
        + " at the start, "
        + "/".join(f"{value:.1f}" for value in load_after)
        + " at the end: other work on the machine slows every measure"
    )
    print("\n".join(lines))
    return 1 if failures or not met else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.loadtest", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--seconds", type=float, default=30.0, help="reload under load: duration (max 120)"
    )
    parser.add_argument("--connections", type=int, default=64, help="concurrent connections")
    parser.add_argument(
        "--abuse-seconds", type=float, default=15.0, help="each abuse run's duration (max 120)"
    )
    args = parser.parse_args(argv)
    if (
        not 1 <= args.seconds <= 120
        or not 1 <= args.abuse_seconds <= 120
        or not 1 <= args.connections <= 1000
    ):
        parser.error("--seconds must be 1 to 120 and --connections 1 to 1000")
    return run(args.seconds, args.connections, args.abuse_seconds)


if __name__ == "__main__":
    sys.exit(main())
