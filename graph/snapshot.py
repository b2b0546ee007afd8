"""One corpus version, built and analysed: the graph, its text layer, its analysis, paired.

The dependency runs one way: the graph knows nothing of its text layer or its
analysis, the text layer reads the graph, the analysis reads both, and the snapshot
pairs them. Everything a reader needs is computed
by :func:`snapshot_of`, before the snapshot exists: nothing is computed per request.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from graph.analysis import CorpusAnalysis, analyse
from graph.graph import KnowledgeGraph
from graph.problems import Problem
from graph.text import TextLayer, build_text_layer

__all__ = ["Snapshot", "snapshot_of"]


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True, eq=False, weakref_slot=True)
class Snapshot:
    """One version of the corpus, built and analysed, ready to serve.

    Compared and hashed by identity (each build is its own snapshot), and weakly
    referable, so that what is derived from one (an export's bytes) can be kept for
    exactly as long as it is served.
    """

    graph: KnowledgeGraph
    analysis: CorpusAnalysis
    text: TextLayer | None = None  # None only for a snapshot put together by hand
    version: str = ""  # a hash of the documents' names and bytes (see load_documents)
    built_at: datetime = field(default_factory=_now)
    build_seconds: float = 0.0  # reading, parsing and building the graph
    analysis_seconds: float = 0.0  # the text layer, the analysis and the overlap matrix

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem found in the corpus: errors (documents left out) and warnings."""
        return self.graph.problems


def snapshot_of(graph: KnowledgeGraph, version: str = "", build_seconds: float = 0.0) -> Snapshot:
    """Read ``graph``'s text, analyse both and pair them; the overlap matrix is computed too."""
    started = time.perf_counter()
    text = build_text_layer(graph)
    analysis = analyse(graph, text)
    graph.overlap_matrix  # noqa: B018 - a cached_property: reading it computes it
    return Snapshot(
        graph=graph,
        analysis=analysis,
        text=text,
        version=version,
        build_seconds=build_seconds,
        analysis_seconds=time.perf_counter() - started,
    )
