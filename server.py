"""The Curriculum Graph API server: ``python server.py`` or ``uvicorn server:app``.

Routes: ``/graphql`` (GraphQL over HTTP, GraphiQL in a browser), ``/export/{format}``
(the graph as a graphml, gexf, json, csv or skos download), ``/healthz``, and the web
view at ``/`` (built into ``web/dist`` by ``make run``).

Every setting is an environment variable, so that each worker of ``uvicorn
--workers N`` reads the same ones; ``python server.py`` sets them from its options.

    SEEDS_DIR        the corpus folder (default ``seeds``)
    CG_STRICT        1: refuse to start, or to swap in a reload, if any document has a problem
    CG_RELOAD        0: do not watch the corpus folder (default 1: reload on change)
    CG_CORS_ORIGINS  comma-separated origins allowed to call the API from a browser (none)
    CG_MAX_*, CG_TIME_LIMIT   request limits: see ``schema/limits.py`` and the README
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import anyio
import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from graph import CurriculumGraphError
from graph.live import LiveCorpus
from schema.context import served_snapshot
from schema.execution import new_request_id
from schema.exports import export_endpoint
from schema.http import ResponseCache, graphql_endpoint
from schema.limits import Limits, SettingError

logger = logging.getLogger("curriculum_graph")

WEB_DIST = Path(__file__).resolve().parent / "web" / "dist"


@dataclass(frozen=True, slots=True)
class Settings:
    """How one server process runs; :meth:`from_env` reads them all."""

    seeds_dir: Path = Path("seeds")
    strict: bool = False
    reload: bool = True
    cors_origins: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        environ = os.environ if environ is None else environ
        origins = environ.get("CG_CORS_ORIGINS", "")
        return cls(
            seeds_dir=Path(environ.get("SEEDS_DIR", "seeds")),
            strict=_flag(environ, "CG_STRICT", default=False),
            reload=_flag(environ, "CG_RELOAD", default=True),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
            limits=Limits.from_env(environ),
        )


def _flag(environ: Mapping[str, str], name: str, *, default: bool) -> bool:
    text = environ.get(name, "").strip().lower()
    if not text:
        return default
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise SettingError(f"{name}: expected 1 or 0 (true or false), got '{text}'")


class CurriculumApp(Starlette):
    """Starlette, with a lifespan that loads the corpus, then watches it until shutdown.

    The lifespan speaks the ASGI protocol itself so that a corpus that cannot be
    loaded stops start-up with its one-line reason (``FILE:LINE: message`` under
    ``--strict``), where an exception would be logged with a traceback.
    """

    def __init__(self, corpus: LiveCorpus, *, watch: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.corpus = corpus
        self.watch = watch
        self.router.lifespan_context = self.serving  # for tools that drive the router's

    @asynccontextmanager
    async def serving(self, app: object = None) -> AsyncIterator[None]:
        """Load the corpus, then watch it until the context ends."""
        # On the main thread, which nothing else needs before start-up ends, so that a
        # large corpus may be read by two processes (graph/passes.py forks only there)
        self.corpus.load()
        self.state.corpus = self.corpus
        stop = anyio.Event()
        async with anyio.create_task_group() as tasks:
            if self.watch:
                tasks.start_soon(self.corpus.watch, stop)
            try:
                yield
            finally:
                stop.set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await super().__call__(scope, receive, send)
            return
        await receive()  # lifespan.startup
        if not logging.getLogger().handlers:  # a worker of `uvicorn --workers N`, say
            logging.basicConfig(level=logging.INFO, format="%(message)s")
        async with AsyncExitStack() as running:
            try:
                await running.enter_async_context(self.serving())
            except CurriculumGraphError as err:
                await send({"type": "lifespan.startup.failed", "message": f"error: {err}"})
                return
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
        await send({"type": "lifespan.shutdown.complete"})


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
    middleware = []
    if settings.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=[
                    "content-type",
                    "accept",
                    "x-request-id",
                    "apollo-require-preflight",
                ],
                max_age=600,
            )
        )
    app = CurriculumApp(
        LiveCorpus(settings.seeds_dir, strict=settings.strict),
        watch=settings.reload,
        routes=routes,
        middleware=middleware,
        exception_handlers={Exception: internal_error},
    )
    app.state.limits = settings.limits
    app.state.response_cache = ResponseCache()
    return app


async def healthz(request: Request) -> JSONResponse:
    """200 with the version, counts, problems and last reload once loaded; 503 before."""
    snapshot = served_snapshot(request)
    if snapshot is None:
        return JSONResponse({"status": "loading"}, status_code=503, headers={"Retry-After": "1"})
    corpus: LiveCorpus = request.app.state.corpus
    counts = snapshot.graph.counts
    nodes = counts.topics + counts.concepts + counts.models + counts.statements
    reload = corpus.last_reload
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
            "corpusProblems": [
                {"file": problem.source, "line": problem.line, "message": problem.message}
                for problem in snapshot.graph.problems
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


async def web_not_built(request: Request) -> Response:
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


def _app_from_env() -> Starlette:
    try:
        return create_app(settings=Settings.from_env())
    except SettingError as err:
        sys.exit(f"error: {err}")


app = _app_from_env()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the Curriculum Graph GraphQL API.")
    parser.add_argument("--seeds", default="seeds", help="folder of topic documents")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument(
        "--workers", type=int, default=1, help="worker processes, each serving the whole corpus"
    )
    parser.add_argument(
        "--strict", action="store_true", help="refuse to start if any document has a problem"
    )
    parser.add_argument(
        "--no-reload", action="store_true", help="do not watch the corpus folder for changes"
    )
    args = parser.parse_args(argv)
    if not Path(args.seeds).is_dir():
        parser.exit(2, f"error: {args.seeds}: not a folder of topic documents\n")
    if args.workers < 1:
        parser.exit(2, "error: --workers must be 1 or more\n")
    os.environ["SEEDS_DIR"] = args.seeds
    if args.strict:
        os.environ["CG_STRICT"] = "1"
    if args.no_reload:
        os.environ["CG_RELOAD"] = "0"
    try:
        settings = Settings.from_env()
    except SettingError as err:
        parser.exit(2, f"error: {err}\n")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.workers > 1:  # each worker imports server:app, which reads the environment set above
        uvicorn.run("server:app", host=args.host, port=args.port, ws="none", workers=args.workers)
    else:
        uvicorn.run(create_app(settings=settings), host=args.host, port=args.port, ws="none")


if __name__ == "__main__":
    main()
