"""The Curriculum Graph API server: ``python server.py`` or ``uvicorn server:app``.

The app itself is built by :func:`serving.create_app`; every setting is an environment
variable (see ``serving/settings.py``), which the options below set.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import uvicorn
from starlette.applications import Starlette

from serving import SettingError, Settings, create_app
from serving.sockets import Supervisor, listening_sockets

__all__ = ["Settings", "app", "create_app", "main"]


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
        "--strict", action="store_true", help="refuse to start on any problem, even a warning"
    )
    parser.add_argument(
        "--no-reload", action="store_true", help="do not watch the corpus folder for changes"
    )
    parser.add_argument(
        "--access-log", action="store_true", help="log every request (off by default)"
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
    if args.access_log:
        os.environ["CG_ACCESS_LOG"] = "1"
    try:
        settings = Settings.from_env()
    except SettingError as err:
        parser.exit(2, f"error: {err}\n")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.workers == 1:
        served = create_app(settings=settings)
        uvicorn.run(
            served, host=args.host, port=args.port, ws="none", access_log=settings.access_log
        )
        return
    # Each worker imports server:app, which reads the environment set above. The sockets
    # are bound here rather than by uvicorn: see serving/sockets.py (TCP_NODELAY, and
    # one socket per worker).
    config = uvicorn.Config(
        "server:app",
        host=args.host,
        port=args.port,
        ws="none",
        access_log=settings.access_log,
        workers=args.workers,
    )
    try:
        sockets = listening_sockets(args.host, args.port, args.workers)
    except OSError as err:
        parser.exit(1, f"error: cannot listen on {args.host}:{args.port}: {err}\n")
    port = sockets[0].getsockname()[1]
    logging.getLogger("uvicorn.error").info(
        "Uvicorn running on http://%s:%d (Press CTRL+C to quit)", args.host, port
    )
    Supervisor(config, sockets).run()


if __name__ == "__main__":
    main()
