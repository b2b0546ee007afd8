"""The serving floor: a bare Starlette app that answers with recorded response bytes.

``python -m bench.floor RESPONSES PORT`` serves ``POST /graphql`` (and ``GET
/healthz``) on 127.0.0.1 with uvicorn, started with the same options as
``server.py``. ``RESPONSES`` is a JSON file mapping each request body to the
status, content type and body the real server answered it with; the floor looks
the request body up and sends those very bytes. Whatever the real server spends
beyond this is the cost of answering the query.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bench.load import NONCE_MARK

__all__ = ["create_floor_app", "load_responses", "save_responses"]

Recorded = dict[bytes, tuple[int, str, bytes]]


def save_responses(path: Path, responses: Recorded) -> None:
    """Write recorded responses (request body -> status, content type, body) to ``path``."""
    path.write_text(
        json.dumps(
            [
                [base64.b64encode(body).decode(), status, kind, base64.b64encode(answer).decode()]
                for body, (status, kind, answer) in responses.items()
            ]
        )
    )


def load_responses(path: Path) -> Recorded:
    """Read what :func:`save_responses` wrote."""
    return {
        base64.b64decode(body): (status, kind, base64.b64decode(answer))
        for body, status, kind, answer in json.loads(path.read_text())
    }


def create_floor_app(responses: Recorded) -> Starlette:
    """The floor: ``POST /graphql`` answers each recorded body with its recorded bytes."""

    async def graphql(request: Request) -> Response:
        body = await request.body()
        recorded = responses.get(body)
        if recorded is None and (cut := body.rfind(NONCE_MARK)) > 0:
            recorded = responses.get(body[:cut] + b"}")  # a unique request: see lua_script
        if recorded is None:
            return Response(b'{"errors":[{"message":"not recorded"}]}', 404)
        status, kind, body = recorded
        return Response(body, status, media_type=kind)

    async def healthz(request: Request) -> Response:
        return Response(b'{"status":"ok"}', media_type="application/json")

    return Starlette(
        routes=[
            Route("/graphql", graphql, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


def main(argv: list[str]) -> None:
    responses_file, port = Path(argv[0]), int(argv[1])
    app = create_floor_app(load_responses(responses_file))
    # the options server.py gives uvicorn.run, so that only the app differs
    uvicorn.run(app, host="127.0.0.1", port=port, ws="none")


if __name__ == "__main__":
    main(sys.argv[1:])
