"""``python -m bench [SIZE ...] [--repeat N]``: time and measure the graph layer.

For each corpus size (topics; default 5, 50 and 300) a generated corpus is written to
a temporary folder, then each step is run ``--repeat`` times and its median wall
time reported, all sizes side by side in one run, with the ratios between
neighbouring sizes. Peak memory is measured with tracemalloc in a separate, untimed
run of each step, because tracing slows Python down several times.

Steps: ``build`` (parse the folder and build the graph), ``analysis`` (themes,
centrality, bridges, gaps, similarity, alignment), ``overlap matrix`` (every pair of
topics, which the CSV export reads), and each export format with both of those
already computed, as they are in a running server.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise
from pathlib import Path

from graph import KnowledgeGraph, load_corpus
from graph.analysis import analyse
from graph.export import EXPORT_FORMATS, export
from tests.synthetic import write_corpus

DEFAULT_SIZES = (5, 50, 300)


@dataclass(frozen=True, slots=True)
class Measurement:
    """One step on one corpus: median seconds over the repetitions and peak bytes."""

    seconds: float
    peak_bytes: int


def _median_seconds(step: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak_bytes(step: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        step()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _measure(step: Callable[[], object], repeat: int) -> Measurement:
    return Measurement(_median_seconds(step, repeat), _peak_bytes(step))


def _steps(folder: Path) -> tuple[KnowledgeGraph, dict[str, Callable[[], object]]]:
    graph = load_corpus(folder)
    graph.analysis  # noqa: B018 - exports are timed as a server runs them: analysis done
    _ = graph.overlap_matrix
    steps: dict[str, Callable[[], object]] = {
        "build": lambda: load_corpus(folder),
        "analysis": lambda: analyse(graph),
        # what the cached graph.overlap_matrix holds, computed afresh on every run
        "overlap matrix": lambda: [
            graph.topic_overlap(a, b) for a, b in combinations([t.slug for t in graph.topics], 2)
        ],
    }
    for name in EXPORT_FORMATS:
        steps[f"export {name}"] = lambda name=name: export(graph, name)  # type: ignore[misc]
    return graph, steps


def run(sizes: Sequence[int], repeat: int) -> str:
    """Measure every step on every size; the report as text."""
    results: dict[int, dict[str, Measurement]] = {}
    shapes: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="curriculum-graph-bench-") as scratch:
        for size in sizes:
            folder = write_corpus(Path(scratch) / f"topics-{size}", size)
            graph, steps = _steps(folder)
            shapes[size] = (
                f"{len(graph.topics)} topics, {len(graph.concepts)} concepts, "
                f"{len(graph.links)} links, {len(graph.statements)} statements, "
                f"{len(graph.analysis.themes)} themes, betweenness "
                + (
                    "exact"
                    if graph.analysis.betweenness_pivots is None
                    else f"sampled ({graph.analysis.betweenness_pivots} sources)"
                )
            )
            results[size] = {name: _measure(step, repeat) for name, step in steps.items()}
            print(f"measured {size} topics", file=sys.stderr)
    return _report(sizes, repeat, shapes, results)


def _report(
    sizes: Sequence[int],
    repeat: int,
    shapes: dict[int, str],
    results: dict[int, dict[str, Measurement]],
) -> str:
    lines = [
        f"Curriculum Graph benchmarks: Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"median of {repeat} runs",
        "",
    ]
    lines += [f"  {size:>4} topics: {shapes[size]}" for size in sizes]
    steps = list(results[sizes[0]])
    pairs = list(pairwise(sizes))
    header = ["step", *(f"{size} topics" for size in sizes), *(f"x {b}/{a}" for a, b in pairs)]
    rows = [header]
    for step in steps:
        row = [step]
        row += [_cell(results[size][step]) for size in sizes]
        row += [_ratio(results[a][step].seconds, results[b][step].seconds) for a, b in pairs]
        rows.append(row)
    widths = [max(len(row[index]) for row in rows) for index in range(len(header))]
    lines.append("")
    lines += [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines += [
        "",
        "Each cell: median wall time, then peak memory traced during one untimed run.",
        "x b/a: how many times longer the step takes on b topics than on a, same run.",
    ]
    return "\n".join(lines)


def _cell(measurement: Measurement) -> str:
    return f"{measurement.seconds * 1000:9.1f} ms {measurement.peak_bytes / 1e6:7.1f} MB"


def _ratio(before: float, after: float) -> str:
    return f"{after / before:6.1f}" if before > 0 else "     -"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "sizes", nargs="*", type=int, default=list(DEFAULT_SIZES), help="topics per corpus"
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per step (default 5)")
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes))
    if not sizes or sizes[0] < 1 or args.repeat < 1:
        parser.error("sizes and --repeat must be positive")
    print(run(sizes, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
