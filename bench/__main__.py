"""``make bench`` (``python -m bench``): measure, compare with the targets, write the table.

Runs, in this order and all on 127.0.0.1:

1. **Build**: generated corpora of 100, 1,000 and 10,000 topics (:mod:`bench.corpus`)
   are each loaded and analysed in a child process of their own; wall time and
   peak resident memory, and the growth exponent between sizes.
2. **Serving against the floor** on the seeds: each representative query, the same
   request repeated and the same document with varying variables, real server,
   floor and the real server answering through graphql-core alone in alternating
   rounds (:mod:`bench.serving`).
3. **Latency under load**: p50 and p99 of a mix of the queries with 64 connections,
   on the seeds and on 10,000 topics; failed requests counted.
4. **Start-up**: seconds to the first 200 from ``/healthz`` on the seeds.
5. **Workers**: one process against ``--workers 2``, sequential latency and
   throughput, beside uvicorn binding the socket itself (:mod:`bench.workers`).
6. **Abuse**: small queries alone, then beside the heaviest queries the API
   accepts, with ``/healthz`` polled meanwhile; with the execution workers, and
   with every operation on the event loop (:mod:`bench.abuse`).
7. **One implementation**: the analysis's igraph measures timed beside networkx's
   reference on the seeds and small generated corpora (:mod:`bench.implementations`).

Each measure is printed beside its target with PASS or MISS and written to
``docs/benchmarks.md`` with the date, the machine and the versions. Nothing here
asserts: a MISS is reported, never raised. ``--quick`` runs a smaller set in about
a minute.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import itertools
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.abuse import AbuseResult, measure_abuse
from bench.build import BuildMeasurement, measure_build
from bench.corpus import write_corpus
from bench.implementations import ImplementationComparison, compare_implementations
from bench.load import WrkResult, ensure_wrk
from bench.serving import FloorComparison, measure_floor, measure_latency, measure_startup
from bench.workers import WorkersRow, measure_workers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEFAULT_OUT = ROOT / "docs" / "benchmarks.md"
FULL_SIZES = (100, 1_000, 10_000)
QUICK_SIZES = (100, 1_000)
IMPLEMENTATION_SIZES = (40, 80)  # the largest generated corpora whose betweenness is exact

# The targets of issues 6 and 13, on a 2-core machine.
BUILD_SECONDS_10K = 20.0
BUILD_PEAK_BYTES_10K = 1.5e9
GROWTH_EXPONENT = 1.2
FLOOR_REPEATED = 0.8
FLOOR_VARYING = 0.4
P99_SEEDS_MS = 50.0
P99_10K_MS = 100.0
STARTUP_SECONDS = 2.0
WORKERS = 2
WORKERS_SEQUENTIAL_P50_MS = 5.0
SMALL_P99_MS = 100.0  # small queries beside the heaviest accepted
SMALL_P99_RATIO = 4.0  # ... and against their p99 alone
HEALTHZ_MAX_MS = 250.0
EVENT_LOOP_ONLY = {"CG_EXECUTION_WORKERS": "0"}
_VERSIONS = (
    "networkx",
    "igraph",
    "pyahocorasick",
    "strawberry-graphql",
    "graphql-core",
    "starlette",
    "uvicorn",
    "orjson",
)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the targets table."""

    measure: str
    target: str
    measured: str
    passed: bool | None  # None: reported without a target

    @property
    def verdict(self) -> str:
        return "" if self.passed is None else ("PASS" if self.passed else "MISS")


def _machine() -> list[str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{memory_kb / 1024**2:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = "unknown"
    wrk = subprocess.run(
        [ensure_wrk(), "--version"], capture_output=True, text=True, check=False
    ).stdout.splitlines()
    versions = ", ".join(f"{name} {importlib.metadata.version(name)}" for name in _VERSIONS)
    return [
        f"- **Date**: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- **Machine**: {model}, {os.cpu_count()} cores, {memory} memory, "
        f"{platform.system()} {platform.release()}",
        f"- **Python** {platform.python_version()}; {versions}",
        f"- **Load generator**: {wrk[0].split(' Copyright')[0] if wrk else 'wrk'}",
    ]


def _growth(smaller: BuildMeasurement, larger: BuildMeasurement) -> float:
    """The exponent k in time ~ topics^k between two sizes."""
    return math.log(larger.seconds / smaller.seconds) / math.log(larger.topics / smaller.topics)


def _megabytes(value: float) -> str:
    return f"{value / 1e6:,.0f} MB"


def _build_rows(builds: Sequence[BuildMeasurement]) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    table = [
        "| topics | concepts | links | build s | analysis s | total s | peak RSS | "
        "helper peak RSS | betweenness |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for build in builds:
        pivots = (
            "exact" if build.betweenness_pivots is None else f"{build.betweenness_pivots} sources"
        )
        helper = _megabytes(build.helper_peak_bytes) if build.helper_peak_bytes else "-"
        table.append(
            f"| {build.topics:,} | {build.concepts:,} | {build.links:,} | "
            f"{build.build_seconds:.2f} | {build.analysis_seconds:.2f} | {build.seconds:.2f} | "
            f"{_megabytes(build.peak_bytes)} | {helper} | {pivots} |"
        )
    largest = builds[-1]
    if largest.topics >= 10_000:
        rows.append(
            Row(
                f"build + analysis, {largest.topics:,} topics",
                f"≤ {BUILD_SECONDS_10K:.0f} s",
                f"{largest.seconds:.1f} s",
                largest.seconds <= BUILD_SECONDS_10K,
            )
        )
        peak = max(largest.peak_bytes, largest.helper_peak_bytes)
        rows.append(
            Row(
                f"peak memory, {largest.topics:,} topics",
                f"≤ {BUILD_PEAK_BYTES_10K / 1e9:.1f} GB",
                f"{peak / 1e9:.2f} GB",
                peak <= BUILD_PEAK_BYTES_10K,
            )
        )
    for smaller, larger in itertools.pairwise(builds):
        exponent = _growth(smaller, larger)
        rows.append(
            Row(
                f"growth, {smaller.topics:,} → {larger.topics:,} topics",
                f"≤ n^{GROWTH_EXPONENT}",
                f"n^{exponent:.2f}",
                exponent <= GROWTH_EXPONENT,
            )
        )
    return rows, table


def _floor_rows(comparisons: Sequence[FloorComparison]) -> tuple[list[Row], list[str]]:
    rows: list[Row] = []
    for found in comparisons:
        target = FLOOR_REPEATED if found.workload == "repeated" else FLOOR_VARYING
        rows.append(
            Row(
                f"serving: {found.query}, {found.workload}",
                f"≥ {target} of floor",
                f"{found.ratio:.2f}",
                found.ratio >= target and found.failures == 0,
            )
        )
    return rows, _floor_table(comparisons)


def _floor_table(comparisons: Sequence[FloorComparison]) -> list[str]:
    table = [
        "| query | workload | distinct requests | real req/s | floor req/s | ratio | "
        "graphql-core req/s | lean / graphql-core | failures |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for found in comparisons:
        real, floor = statistics.median(found.real), statistics.median(found.floor)
        core = statistics.median(found.core) if found.core else 0.0
        # a repeated request is answered from the response cache, by either executor
        gain = f"{found.lean_gain:.2f}" if found.workload == "varying" else "cached"
        table.append(
            f"| {found.query} | {found.workload} | {found.distinct_requests:,} | {real:,.0f} | "
            f"{floor:,.0f} | {found.ratio:.2f} | {core:,.0f} | {gain} | {found.failures} |"
        )
    return table


def _workers_rows(found: Sequence[WorkersRow]) -> tuple[list[Row], list[str]]:
    table = [
        "| setup | sequential p50 | sequential req/s | req/s, "
        f"{found[0].connections} connections | p99, {found[0].connections} connections | "
        "failures |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in found:
        table.append(
            f"| {row.setup} | {row.sequential.p50_ms:.2f} ms | "
            f"{row.sequential.requests_per_second:,.0f} | {row.loaded.requests_per_second:,.0f} "
            f"| {row.loaded.p99_ms:.1f} ms | {row.failures} |"
        )
    one, several = found[0], found[1]
    rows = [
        Row(
            f"{several.workers} workers: median sequential latency",
            f"< {WORKERS_SEQUENTIAL_P50_MS:.0f} ms",
            f"{several.sequential.p50_ms:.2f} ms (one process {one.sequential.p50_ms:.2f} ms)",
            several.sequential.p50_ms < WORKERS_SEQUENTIAL_P50_MS,
        ),
        Row(
            f"{several.workers} workers: throughput, {several.connections} connections",
            "≥ one process",
            f"{several.loaded.requests_per_second:,.0f} req/s (one process "
            f"{one.loaded.requests_per_second:,.0f})",
            several.loaded.requests_per_second >= one.loaded.requests_per_second
            and several.failures == 0,
        ),
    ]
    return rows, table


def _abuse_rows(found: Sequence[AbuseResult]) -> tuple[list[Row], list[str]]:
    served = found[0]
    heavy = [
        "The heavy queries, each with the largest `limit` the server accepts (budget "
        f"{served.budget:,}); as issue 13 sent them, they cost:",
        "",
        "| shape | limit sent | its cost | as the issue sent it |",
        "|---|---:|---:|---|",
    ]
    for query in served.heavy_queries:
        issue = f"{query.issue_cost:,}, " + ("refused" if query.issue_refused else "accepted")
        heavy.append(f"| {query.name} | {query.limit} | {query.cost:,} | {issue} |")
    table = [
        *heavy,
        "",
        f"{served.small_connections} connections of small queries, alone and beside "
        f"{served.heavy_connections} connections of the heavy ones (run together); "
        "`/healthz` polled every 50 ms meanwhile:",
        "",
        "| setup | small p50 / p99 alone | small p50 / p99 beside heavy | p99 ratio | "
        "small failed | heavy answered (non-2xx) | /healthz p50 / max |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for result in found:
        alone, loaded = result.small_alone, result.small_loaded
        failed = loaded.failures + loaded.graphql_errors + alone.failures + alone.graphql_errors
        table.append(
            f"| {result.setup} | {alone.p50_ms:.1f} / {alone.p99_ms:.1f} ms | "
            f"{loaded.p50_ms:.1f} / {loaded.p99_ms:.1f} ms | {result.p99_ratio:.1f}× | "
            f"{failed} | {result.heavy.requests:,} ({result.heavy.non_2xx}) | "
            f"{result.healthz.p50_ms:.1f} / {result.healthz.max_ms:.1f} ms |"
        )
    loaded, healthz = served.small_loaded, served.healthz
    small_failed = loaded.failures + loaded.graphql_errors
    rows = [
        Row(
            "small queries beside the heaviest accepted: p99",
            f"≤ {SMALL_P99_MS:.0f} ms and ≤ {SMALL_P99_RATIO:.0f}× alone",
            f"{loaded.p99_ms:.1f} ms, {served.p99_ratio:.1f}× alone "
            f"({served.small_alone.p99_ms:.1f} ms)",
            loaded.p99_ms <= SMALL_P99_MS and served.p99_ratio <= SMALL_P99_RATIO,
        ),
        Row(
            "small queries beside the heaviest accepted: failures",
            "none",
            f"{small_failed} ({loaded.non_2xx} non-2xx, {loaded.socket_errors} socket errors, "
            f"{loaded.graphql_errors} GraphQL errors)",
            small_failed == 0,
        ),
        Row(
            "/healthz beside the heaviest accepted",
            f"≤ {HEALTHZ_MAX_MS:.0f} ms, every time",
            f"max {healthz.max_ms:.1f} ms over {len(healthz.latencies_ms)} answers, "
            f"{healthz.failures} failed",
            healthz.max_ms <= HEALTHZ_MAX_MS and healthz.failures == 0,
        ),
    ]
    return rows, table


def _implementation_table(found: list[ImplementationComparison]) -> list[str]:
    table = [
        "Exact betweenness, PageRank and Louvain of one graph: networkx's reference (what "
        "small graphs used to be analysed with) and the analysis's igraph code, timed side "
        "by side in one process; differences are the largest over the concepts.",
        "",
        "| corpus | concepts | links | networkx s | igraph s | igraph faster | betweenness Δ "
        "| PageRank Δ | modularity networkx / igraph |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for c in found:
        table.append(
            f"| {c.corpus} | {c.concepts:,} | {c.links:,} | {c.networkx_seconds:.3f} | "
            f"{c.igraph_seconds:.3f} | {c.speed_up:.0f}× | {c.betweenness_difference:.1e} | "
            f"{c.pagerank_difference:.1e} | {c.networkx_modularity:.4f} / "
            f"{c.igraph_modularity:.4f} |"
        )
    return table


def _latency_row(name: str, result: WrkResult, target_ms: float) -> Row:
    return Row(
        f"p99 under 64 connections, {name}",
        f"≤ {target_ms:.0f} ms, no failure",
        f"p50 {result.p50_ms:.1f} ms, p99 {result.p99_ms:.1f} ms, "
        f"{result.requests_per_second:,.0f} req/s, {result.failures} failed, "
        f"{result.graphql_errors} GraphQL errors",
        result.p99_ms <= target_ms and result.failures == 0 and result.graphql_errors == 0,
    )


def _report(
    machine: list[str],
    rows: list[Row],
    sections: list[tuple[str, list[str]]],
    notes: list[str],
    command: str,
) -> str:
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{command}` (see `bench/`); regenerate it the same way. Targets are "
        "those of issues 6 and 13, on a 2-core machine: one server process unless a row "
        "says otherwise.",
        "",
        *machine,
        "",
        "## Targets",
        "",
        "| measure | target | measured | |",
        "|---|---|---|---|",
        *(f"| {r.measure} | {r.target} | {r.measured} | {r.verdict} |" for r in rows),
    ]
    for title, table in sections:
        lines += ["", f"## {title}", "", *table]
    if notes:
        lines += ["", "## Notes", "", *(f"- {note}" for note in notes)]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> str:
    """Run every measure the arguments ask for; the report as Markdown."""
    machine = _machine()
    load_before = os.getloadavg()
    rows: list[Row] = []
    sections: list[tuple[str, list[str]]] = []
    notes: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="curriculum-graph-bench-") as scratch_name:
        scratch = Path(scratch_name)
        corpora: dict[int, Path] = {}
        builds: list[BuildMeasurement] = []
        for size in args.sizes:
            corpora[size] = write_corpus(scratch / f"topics-{size}", size)
            print(f"build: {size} topics ...", file=sys.stderr)
            builds.append(measure_build(corpora[size]))
        if builds:
            found, table = _build_rows(builds)
            rows += found
            sections.append(("Build: load and analyse generated corpora", table))
            if builds[-1].topics < 10_000:
                notes.append("The 10,000-topic build was skipped (--quick or --sizes).")
        print("one implementation: igraph beside networkx ...", file=sys.stderr)
        compared = [compare_implementations(SEEDS, "seeds")]
        for size in IMPLEMENTATION_SIZES:
            folder = write_corpus(scratch / f"compare-{size}", size)
            compared.append(compare_implementations(folder, f"{size} topics"))
        sections.append(
            ("One implementation: igraph beside networkx", _implementation_table(compared))
        )
        if not args.skip_serving:
            print("serving against the floor, on the seeds ...", file=sys.stderr)
            comparisons = measure_floor(SEEDS, scratch, args.rounds, args.seconds)
            found, table = _floor_rows(comparisons)
            rows += found
            sections.append(("Serving against the floor (seeds)", table))
            print("latency under load, on the seeds ...", file=sys.stderr)
            seeds_latency, _ = measure_latency(SEEDS, scratch, args.latency_seconds)
            rows.append(_latency_row("seeds", seeds_latency, P99_SEEDS_MS))
            largest = max(corpora, default=0)
            if largest >= 10_000:
                print(f"latency under load, on {largest} topics ...", file=sys.stderr)
                large_latency, large_startup = measure_latency(
                    corpora[largest], scratch, args.latency_seconds
                )
                rows.append(_latency_row(f"{largest:,} topics", large_latency, P99_10K_MS))
                notes.append(
                    f"The {largest:,}-topic server was ready {large_startup:.1f} s after it "
                    "started (no target)."
                )
            else:
                notes.append("Latency on 10,000 topics was skipped (it needs that corpus).")
            print("one process against workers, on the seeds ...", file=sys.stderr)
            found, table = _workers_rows(
                measure_workers(
                    SEEDS, scratch, args.workers_seconds, WORKERS, rounds=args.workers_rounds
                )
            )
            rows += found
            sections.append((f"One process against {WORKERS} workers (seeds)", table))
            print("small queries beside the heaviest accepted, on the seeds ...", file=sys.stderr)
            abuse = measure_abuse(
                SEEDS,
                scratch,
                args.abuse_seconds,
                setups=(
                    ("as served", {}),
                    ("every operation on the event loop (CG_EXECUTION_WORKERS=0)", EVENT_LOOP_ONLY),
                ),
            )
            found, table = _abuse_rows(abuse)
            rows += found
            sections.append(("Small queries beside the heaviest accepted (seeds)", table))
            startups = measure_startup(SEEDS, args.startups)
            startup = statistics.median(startups)
            rows.append(
                Row(
                    "start-up to first 200 from /healthz, seeds",
                    f"≤ {STARTUP_SECONDS:.0f} s",
                    f"{startup:.2f} s (median of {len(startups)})",
                    startup <= STARTUP_SECONDS,
                )
            )
    load_after = os.getloadavg()
    notes += [
        f"Serving: {args.rounds} alternating rounds of {args.seconds:g} s per workload "
        "(real, floor, graphql-core, real ...), 16 connections, one wrk thread; the ratio is "
        "the median of the real rounds over the median of the floor rounds, and lean / "
        "graphql-core the real server's median over the same server's answering through "
        "graphql-core alone (CG_EXECUTOR=graphql-core; a repeated request is answered from "
        "the response cache by both). Varying requests "
        "write concept names in other spellings the API reads as the same name (case, "
        "spacing), so that each asks about a real concept; a topic has as many variable "
        "sets as slugs, kind filters and similar-topic limits allow.",
        f"Latency: {args.latency_seconds:g} s of the four queries interleaved, each request "
        "with other variables, after a 3 s warm-up; a failure is a non-2xx status or a "
        "socket error; GraphQL errors are counted from the response bodies.",
        f"Workers: every setup served at once; {args.workers_rounds} alternating rounds of "
        f"{args.workers_seconds:g} s of the mixed queries on one keep-alive connection "
        "(sequential), then on 64, every request unique (no cached answer), after a warm-up "
        "on 64; the round of median p50 (sequential) and of median throughput (64) are "
        "shown. The setups with workers are measured once every worker has loaded the "
        "corpus.",
        f"Abuse: {args.abuse_seconds:g} s of each run; the small queries are the latency "
        "mix (varying variables, so some are answered from the cache, as in use), the heavy "
        "ones unique. /healthz is polled from the harness's own process, so its times include "
        "what the machine's load adds to any client.",
        "Peak memory is the kernel's ru_maxrss of the process that builds and keeps the "
        "graph. Corpora of 400 topics or more fork a helper for half of the prose, and "
        "large graphs one for half the betweenness sources and the similar topics "
        "(graph/parallel.py); the helper column is the larger of their peaks, which counts "
        "the pages they share with the main process (copy on write) again.",
        f"Load average (1, 5, 15 min) at the start {_load(load_before)}, at the end "
        f"{_load(load_after)}; other work on the machine slows every measure. "
        f"The whole run took {time.perf_counter() - started:.0f} s.",
    ]
    return _report(machine, rows, sections, notes, args.command)


def _load(values: tuple[float, float, float]) -> str:
    return "/".join(f"{value:.1f}" for value in values)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller and shorter: about a minute")
    parser.add_argument("--sizes", type=int, nargs="*", help="topics per generated corpus")
    parser.add_argument("--rounds", type=int, help="alternating rounds per serving workload")
    parser.add_argument("--seconds", type=float, help="seconds per serving round")
    parser.add_argument("--latency-seconds", type=float, help="seconds of latency load")
    parser.add_argument("--skip-serving", action="store_true", help="build measures only")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the Markdown report")
    args = parser.parse_args(argv)
    quick = args.quick
    args.sizes = sorted(set(args.sizes if args.sizes else (QUICK_SIZES if quick else FULL_SIZES)))
    args.rounds = args.rounds or (1 if quick else 2)
    args.seconds = args.seconds or (2.0 if quick else 4.0)
    args.latency_seconds = args.latency_seconds or (5.0 if quick else 10.0)
    args.workers_seconds = 3.0 if quick else 5.0
    args.workers_rounds = 1 if quick else 3
    args.abuse_seconds = 5.0 if quick else 10.0
    args.startups = 1 if quick else 3
    args.command = "make bench" + (" BENCH_ARGS=--quick" if quick else "")
    if any(size < 1 for size in args.sizes) or args.rounds < 1 or args.seconds <= 0:
        parser.error("sizes, --rounds and --seconds must be positive")
    report = run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report)
    print(f"written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
