"""The Curriculum Graph API server: ``python server.py`` or ``uvicorn server:app``.

Routes: ``/graphql`` (GraphQL over HTTP, GraphiQL in a browser), ``/export/{format}``
(the graph as a graphml, gexf, json, csv or skos download) and ``/healthz``.
The corpus folder comes from ``--seeds`` or, for ``uvicorn server:app``, the
``SEEDS_DIR`` environment variable (default ``seeds``).
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from graph import CurriculumGraphError, KnowledgeGraph, load_corpus
from schema.exports import export_endpoint
from schema.http import graphql_endpoint

logger = logging.getLogger("curriculum_graph")


def create_app(seeds_dir: Path | str) -> Starlette:
    """The ASGI app; it builds and analyses the graph from ``seeds_dir`` once, at start-up."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        started = time.perf_counter()
        try:
            graph = load_corpus(seeds_dir)
        except CurriculumGraphError as err:
            logger.error("error: %s", err)  # one clear line; start-up then stops
            raise
        for problem in graph.problems:
            logger.warning("%s", problem)  # FILE:LINE: message; good documents still load
        built = time.perf_counter()
        # computed here, before /healthz turns 200, so that no request pays for them
        graph.analysis  # noqa: B018 - a cached_property: reading it computes it
        graph.overlap_matrix  # noqa: B018 - ditto
        analysed = time.perf_counter()
        counts = graph.counts
        logger.info(
            "serving %d topics and %d links from %s (built in %.2fs, analysed in %.2fs)",
            counts.topics,
            counts.links,
            seeds_dir,
            built - started,
            analysed - built,
        )
        app.state.graph = graph
        yield

    routes = [
        Route("/graphql", graphql_endpoint, methods=["GET", "POST"]),
        Route("/export/{format}", export_endpoint, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


async def healthz(request: Request) -> JSONResponse:
    """200 with counts once the graph is loaded, 503 before."""
    graph: KnowledgeGraph | None = getattr(request.app.state, "graph", None)
    if graph is None:
        return JSONResponse({"status": "loading"}, status_code=503, headers={"Retry-After": "1"})
    counts = graph.counts
    nodes = counts.topics + counts.concepts + counts.models + counts.statements
    return JSONResponse(
        {
            "status": "ok",
            "topics": counts.topics,
            "nodes": nodes,
            "concepts": counts.concepts,
            "models": counts.models,
            "statements": counts.statements,
            "links": counts.links,
            "problems": counts.problems,
        }
    )


app = create_app(os.environ.get("SEEDS_DIR", "seeds"))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the Curriculum Graph GraphQL API.")
    parser.add_argument("--seeds", default="seeds", help="folder of topic documents")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    args = parser.parse_args(argv)
    if not Path(args.seeds).is_dir():
        parser.exit(2, f"error: {args.seeds}: not a folder of topic documents\n")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    uvicorn.run(create_app(args.seeds), host=args.host, port=args.port, ws="none")


if __name__ == "__main__":
    main()
