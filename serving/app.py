"""The Starlette app: routes, CORS, a typed lifespan that loads and watches the corpus.

Routes: ``/graphql`` (GraphQL over HTTP, GraphiQL in a browser), ``/export/{format}``,
``/healthz``, and the web view at ``/`` (built into ``web/dist`` by ``make run``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

from graph import CurriculumGraphError, Snapshot
from schema.execution import new_request_id
from schema.execution.bounds import corpus_bounds
from serving.cache import ResponseCache
from serving.exports import export_endpoint
from serving.http import graphql_endpoint
from serving.live import LiveCorpus
from serving.pool import ExecutionPool
from serving.settings import Settings
from serving.state import ServingState, served_snapshot
from serving.web import WEB_DIST

__all__ = ["WEB_DIST", "CurriculumApp", "create_app"]

logger = logging.getLogger("curriculum_graph")


@asynccontextmanager
async def _serving(settings: Settings, app: Starlette) -> AsyncIterator[ServingState]:
    """Load the corpus, then watch it until the server stops; its state goes to requests.

    With ``execution_workers``, expensive operations run in worker processes that
    serve the current snapshot; a new snapshot retires them (see ``serving/pool.py``).
    """
    if not logging.getLogger().handlers:  # a worker of `uvicorn --workers N`, say
        logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not settings.access_log:
        _silence_access_log()
    pool = (
        ExecutionPool(settings.execution_workers, settings.execution_queue)
        if settings.execution_workers
        else None
    )

    def before_swap(snapshot: Snapshot) -> None:
        corpus_bounds(snapshot)  # measured here, in the rebuild's thread, not by a request
        if pool is not None:
            pool.retire()  # its workers serve the old snapshot: let them go with it

    corpus = LiveCorpus(settings.seeds_dir, strict=settings.strict, before_swap=before_swap)
    # On the main thread, which nothing else needs before start-up ends, so that a
    # large corpus may be read by two processes (graph/parallel.py forks only there)
    corpus_bounds(corpus.load())
    stop = anyio.Event()
    try:
        async with anyio.create_task_group() as tasks:
            if settings.reload:
                tasks.start_soon(corpus.watch, stop, settings.settle_seconds)
            try:
                yield {
                    "corpus": corpus,
                    "settings": settings,
                    "response_cache": ResponseCache(),
                    "pool": pool,
                }
            finally:
                stop.set()
    finally:
        if pool is not None:  # what runs may take up to the time limit to finish
            await anyio.to_thread.run_sync(pool.close)


def _silence_access_log() -> None:
    """No line per request, whoever runs the app (`uvicorn server:app` logs them by default).

    uvicorn writes a request's line only when its access logger has a handler, which
    it checks per connection; a quarter of the throughput went to those lines.
    """
    access = logging.getLogger("uvicorn.access")
    access.handlers.clear()
    access.propagate = False


class CurriculumApp(Starlette):
    """Starlette whose failed start-up (a corpus that cannot be loaded) is one line.

    Starlette reports an exception in the lifespan with its traceback; a corpus that
    cannot be loaded is the operator's news, so its message (``FILE:LINE: message``
    under ``--strict``) is reported alone instead.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await super().__call__(scope, receive, send)
            return
        held: list[Message] = []

        async def send_or_hold(message: Message) -> None:
            if message["type"] == "lifespan.startup.failed":
                held.append(message)  # sent below, once the cause is known
            else:
                await send(message)

        try:
            await super().__call__(scope, receive, send_or_hold)
        except CurriculumGraphError as err:
            await send({"type": "lifespan.startup.failed", "message": f"error: {err}"})
        except BaseException:
            for message in held:
                await send(message)
            raise


def create_app(seeds_dir: Path | str | None = None, settings: Settings | None = None) -> Starlette:
    """The ASGI app; its corpus is built at start-up, then rebuilt when the folder changes."""
    settings = settings or Settings()
    if seeds_dir is not None:
        settings = replace(settings, seeds_dir=Path(seeds_dir))
    routes: list[Route] = [
        Route("/graphql", graphql_endpoint, methods=["GET", "POST"]),
        Route("/export/{format}", export_endpoint, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]
    if (WEB_DIST / "index.html").is_file():
        # a Route, not a Mount: a Mount at / would answer every method on every path,
        # and PUT /graphql would get the static files' 405 (Allow: GET, HEAD)
        web = StaticFiles(directory=WEB_DIST, html=True)
        routes.append(Route("/{path:path}", web, methods=["GET", "HEAD"], name="web"))
    else:
        routes.append(Route("/", web_not_built, methods=["GET"]))
    # The API is public and read-only, holds no user data and sets no cookies: any
    # origin may call it, never with credentials, as public read-only GraphQL APIs do.
    # CG_CORS_ORIGINS narrows it; simple-request POSTs stay refused as CSRF (serving/http.py).
    middleware = [
        Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_credentials=False,
            allow_methods=["GET", "POST"],
            allow_headers=[
                "content-type",
                "accept",
                "x-request-id",
                "apollo-require-preflight",
            ],
            expose_headers=["x-request-id", "retry-after"],
            max_age=600,
        )
    ]
    return CurriculumApp(
        routes=routes,
        middleware=middleware,
        exception_handlers={Exception: internal_error},
        lifespan=partial(_serving, settings),
    )


async def healthz(request: Request[ServingState]) -> JSONResponse:
    """200 with the version, counts, problems and last reload once loaded; 503 before."""
    snapshot = served_snapshot(request)
    if snapshot is None:
        return JSONResponse({"status": "loading"}, status_code=503, headers={"Retry-After": "1"})
    counts = snapshot.graph.counts
    nodes = counts.topics + counts.concepts + counts.models + counts.statements
    reload = request.state["corpus"].last_reload
    return JSONResponse(
        {
            "status": "ok",
            "corpusVersion": snapshot.version,
            "builtAt": snapshot.built_at.isoformat(timespec="seconds"),
            "topics": counts.topics,
            "nodes": nodes,
            "concepts": counts.concepts,
            "models": counts.models,
            "statements": counts.statements,
            "links": counts.links,
            "problems": counts.problems,
            "errors": counts.errors,
            "warnings": counts.warnings,
            "corpusProblems": [
                {
                    "file": problem.source,
                    "line": problem.line,
                    "message": problem.message,
                    "severity": problem.severity.value,
                    "paragraph": problem.paragraph,
                }
                for problem in snapshot.problems
            ],
            "lastReload": None
            if reload is None
            else {
                "at": reload.at.isoformat(timespec="seconds"),
                "ok": reload.ok,
                "version": reload.version,
                "error": reload.error,
            },
        }
    )


async def web_not_built(request: Request[ServingState]) -> Response:
    return JSONResponse(
        {"error": "the web view is not built: run `make run` (or `make web`)", "api": "/graphql"},
        status_code=404,
    )


async def internal_error(request: Request, exc: Exception) -> Response:
    """A fault of the server's: logged in full with a request id, shown only as that id."""
    request_id = new_request_id()
    logger.error(
        "request %s: %s %s failed", request_id, request.method, request.url.path, exc_info=exc
    )
    return JSONResponse(
        {
            "errors": [
                {
                    "message": f"Internal server error (request id {request_id}).",
                    "extensions": {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
                }
            ]
        },
        status_code=500,
        headers={"X-Request-ID": request_id},
    )
