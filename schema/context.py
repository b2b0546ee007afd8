"""What every resolver gets: the knowledge graph snapshot a request is answered from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import strawberry
from starlette.requests import Request

from graph import KnowledgeGraph
from graph.live import LiveCorpus, Snapshot
from schema.limits import Limits

__all__ = ["Context", "Info", "knowledge_graph", "limits", "served_snapshot"]

_DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Context:
    """The per-request context: the snapshot it reads, its version, the limits it obeys.

    The graph is taken once, when the request starts: a corpus reloaded meanwhile
    does not change what the request sees.
    """

    graph: KnowledgeGraph
    request: Request | None = None
    limits: Limits = _DEFAULT_LIMITS
    version: str = ""


Info = strawberry.Info[Context, Any]


def knowledge_graph(info: Info) -> KnowledgeGraph:
    """The snapshot the current operation reads (one per operation, never rebuilt)."""
    return info.context.graph


def limits(info: Info) -> Limits:
    """The limits the current operation obeys."""
    return info.context.limits


def served_snapshot(request: Request) -> Snapshot | None:
    """The snapshot the server answers from now; ``None`` until the first one is built."""
    corpus: LiveCorpus | None = getattr(request.app.state, "corpus", None)
    return None if corpus is None else corpus.snapshot
