"""What every resolver gets: the snapshot a request is answered from, and its limits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import strawberry

from graph import KnowledgeGraph, Snapshot
from graph.analysis import CorpusAnalysis
from graph.text import TextLayer, build_text_layer
from schema.limits import Limits

__all__ = ["Context", "Info", "corpus_analysis", "knowledge_graph", "limits", "text_layer"]

_DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Context:
    """The per-operation context: the snapshot it reads and the limits it obeys.

    The snapshot is taken once, when the request starts: a corpus reloaded meanwhile
    does not change what the operation sees. ``request_id`` is the client's
    ``X-Request-ID``, if it sent a usable one, so that a masked error can name it.
    """

    snapshot: Snapshot
    limits: Limits = _DEFAULT_LIMITS
    request_id: str | None = None


Info = strawberry.Info[Context, Any]


def knowledge_graph(info: Info) -> KnowledgeGraph:
    """The graph the current operation reads (one per operation, never rebuilt)."""
    return info.context.snapshot.graph


def corpus_analysis(info: Info) -> CorpusAnalysis:
    """The analysis of that graph, computed when the snapshot was built."""
    return info.context.snapshot.analysis


def text_layer(info: Info) -> TextLayer:
    """The graph's text layer, built with the snapshot."""
    snapshot = info.context.snapshot
    if snapshot.text is None:  # a snapshot put together by hand, as some tests do
        return build_text_layer(snapshot.graph)
    return snapshot.text


def limits(info: Info) -> Limits:
    """The limits the current operation obeys."""
    return info.context.limits
