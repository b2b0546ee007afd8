"""Build time and peak memory: each corpus loaded and analysed in a process of its own.

``python -m bench.build DIR`` loads ``DIR``, builds the graph, analyses it (what the
server does before ``/healthz`` turns 200) and prints one JSON line with the wall
times and the graph's size. :func:`measure_build` runs that in a child process and
reads the child's peak resident memory from the kernel (``ru_maxrss`` from
``wait4``), which counts everything the process touched, not only what Python
traced. The build and the analysis may fork helpers (see :mod:`graph.passes`);
the largest helper peak is reported beside it.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

__all__ = ["BuildMeasurement", "measure_build"]

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class BuildMeasurement:
    """One corpus: seconds to build and to analyse, peak memory, and the graph's size."""

    topics: int
    build_seconds: float
    analysis_seconds: float
    peak_bytes: int  # of the process that builds and keeps the graph
    helper_peak_bytes: int  # the largest of the helpers it forks for large corpora, 0 if none
    concepts: int
    links: int
    betweenness_pivots: int | None

    @property
    def seconds(self) -> float:
        return self.build_seconds + self.analysis_seconds


def measure_build(folder: Path, timeout: float = 900.0) -> BuildMeasurement:
    """Load and analyse ``folder`` in a fresh child process; its times and peak memory."""
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.build", str(folder)],
            cwd=ROOT,
            stdout=output,
            stderr=errors,
        )
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            # wait4, not Popen.wait: it returns the child's resource usage with its status
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        errors.seek(0)
        stdout, stderr = output.read(), errors.read()
    if process.returncode != 0:
        raise RuntimeError(f"building {folder} failed: {stderr.decode()[-2000:]}")
    found = json.loads(stdout)
    return BuildMeasurement(
        topics=found["topics"],
        build_seconds=found["build_seconds"],
        analysis_seconds=found["analysis_seconds"],
        peak_bytes=usage.ru_maxrss * 1024,
        helper_peak_bytes=found["helper_peak_bytes"],
        concepts=found["concepts"],
        links=found["links"],
        betweenness_pivots=found["betweenness_pivots"],
    )


def main(folder: str) -> None:
    # imported here: the import is not part of the build
    from graph import load_corpus

    # what the server does before it serves: load, build, analyse
    snapshot = load_corpus(folder)
    graph, analysis = snapshot.graph, snapshot.analysis
    helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(
        json.dumps(
            {
                "topics": len(graph.topics),
                "build_seconds": snapshot.build_seconds,
                "analysis_seconds": snapshot.analysis_seconds,
                "helper_peak_bytes": helper,
                "concepts": len(graph.concepts),
                "links": len(graph.links),
                "betweenness_pivots": analysis.betweenness_pivots,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
