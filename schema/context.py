"""What every resolver gets: the knowledge graph snapshot a request is answered from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import strawberry
from starlette.requests import Request

from graph import KnowledgeGraph

__all__ = ["Context", "Info", "knowledge_graph"]


@dataclass(frozen=True, slots=True)
class Context:
    """The per-request context: the graph built at start-up, and the HTTP request if any."""

    graph: KnowledgeGraph
    request: Request | None = None


Info = strawberry.Info[Context, Any]


def knowledge_graph(info: Info) -> KnowledgeGraph:
    """The snapshot the current operation reads (one per operation, never rebuilt)."""
    return info.context.graph
