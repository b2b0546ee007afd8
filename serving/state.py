"""What the server holds while it runs, typed: the lifespan yields it, handlers read it.

Starlette copies the lifespan's state into every request, so a handler reads
``request.state["corpus"]`` with its type known (``Request[ServingState]``).
"""

from __future__ import annotations

from typing import TypedDict

from starlette.requests import Request

from graph import Snapshot
from serving.cache import ResponseCache
from serving.live import LiveCorpus
from serving.pool import ExecutionPool
from serving.settings import Settings

__all__ = ["ServingState", "served_snapshot"]


class ServingState(TypedDict):
    corpus: LiveCorpus
    settings: Settings
    response_cache: ResponseCache
    pool: ExecutionPool | None  # None: every operation runs in the server process


def served_snapshot(request: Request[ServingState]) -> Snapshot | None:
    """The snapshot the server answers from now; ``None`` until the first one is built.

    Before start-up ends (or where no lifespan ran) the request carries no state.
    """
    try:
        corpus = request.state["corpus"]
    except KeyError:
        return None
    return corpus.snapshot
