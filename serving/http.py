"""GraphQL over HTTP: one Starlette endpoint that follows the GraphQL-over-HTTP spec.

    GET  /graphql?query=...&variables=...   queries only (a mutation gets 405)
    POST /graphql  application/json body    {"query", "operationName", "variables", "extensions"}
    GET  /graphql  from a browser           GraphiQL, as built into web/dist (serving/web.py)

The response is ``application/graphql-response+json`` when the client accepts it by
name, else ``application/json`` (also for ``*/*`` and no Accept header, as the spec
asks for legacy clients). The status codes differ by media type, as the spec says:

    situation                                   graphql-response+json   json
    malformed HTTP request (body, parameters)   400                     400
    a simple cross-site POST (CSRF, see below)  400                     400
    document does not parse or validate, is
    over a limit (its cost included), or
    variables do not coerce                     400, no "data"          200, no "data"
    executed (with or without field errors)     200                     200
    mutation over GET                           405                     405
    body or query string over the size limit    413 / 414               413 / 414
    unsupported Content-Type / Accept           415 / 406               415 / 406
    graph not loaded yet, or the workers for
    expensive operations all busy               503, Retry-After        503, Retry-After

Every answer to an operation that validates says what it cost, in
``extensions``: ``{"cost": 57, "budget": 100000}`` (see ``schema/execution/cost.py``).
An operation over the budget is refused before it runs. One whose cost is over the
``inline_cost`` setting runs in a worker process (``serving/pool.py``), so that the
event loop stays free for ``/healthz`` and cheap operations.

CSRF, as Apollo Server prevents it: a POST whose Content-Type a browser may send
cross-site without a preflight (``text/plain``, ``application/x-www-form-urlencoded``,
``multipart/form-data``, or none) is refused before it is read. GET stays open: it
runs queries only, which change nothing, and CORS keeps their answers from other sites.

Executed answers are cached per snapshot (:class:`~serving.cache.ResponseCache`): the
same request bytes on the same corpus version give the same response bytes, so a
repeated request is answered from memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from graphql import GraphQLError, OperationType
from starlette.requests import Request
from starlette.responses import Response

from schema.context import Context
from schema.execution import (
    Admission,
    Prepared,
    admit,
    execute_admitted,
    is_cacheable,
    prepare,
    to_client,
)
from schema.limits import Limits
from serving.pool import PoolSaturated, worker_snapshot
from serving.settings import Settings
from serving.state import ServingState, served_snapshot
from serving.web import graphiql_page

__all__ = [
    "GRAPHQL_RESPONSE_JSON",
    "HTML",
    "JSON",
    "graphql_endpoint",
    "negotiate",
]

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"
HTML = "text/html"

# what a browser may POST to any site without a CORS preflight
_SIMPLE_CONTENT_TYPES = frozenset(
    {"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}
)


class _RequestError(Exception):
    """A request the server cannot run, answered with ``status`` and no ``data``."""

    def __init__(
        self,
        status: int,
        message: str,
        headers: dict[str, str] | None = None,
        code: str = "BAD_REQUEST",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.code = code


@dataclass(frozen=True, slots=True)
class _Params:
    """The GraphQL request parameters, type-checked."""

    query: str
    operation_name: str | None
    variables: dict[str, Any] | None
    extensions: dict[str, Any] | None


async def graphql_endpoint(request: Request[ServingState]) -> Response:
    """Answer one GraphQL-over-HTTP request (GET or POST) from the served snapshot."""
    is_get = request.method in ("GET", "HEAD")
    accept = request.headers.get("accept")
    if is_get and negotiate(accept, (HTML, GRAPHQL_RESPONSE_JSON, JSON)) == HTML:
        return graphiql_page()
    media_type = negotiate(accept)
    if media_type is None:
        return _errors_response(
            406, [_error(f"Accept must allow {GRAPHQL_RESPONSE_JSON} or {JSON}.")], JSON
        )
    snapshot = served_snapshot(request)
    if snapshot is None:
        message = "The knowledge graph is still loading; try again shortly."
        error = _error(message, "SERVICE_UNAVAILABLE")
        return _errors_response(503, [error], media_type, {"Retry-After": "1"})
    settings: Settings = request.state["settings"]
    limits = settings.limits
    cache = request.state["response_cache"]
    try:
        if is_get:
            raw = request.scope["query_string"]
            if len(raw) > limits.max_body_bytes:
                raise _RequestError(
                    414,
                    f"The query string is longer than {limits.max_body_bytes} bytes; "
                    "send a POST instead.",
                    code="REQUEST_TOO_LARGE",
                )
            key = b"GET?" + raw
        else:
            _check_post_headers(request)
            raw = await _read_body(request, limits.max_body_bytes)
            key = b"POST:" + raw
        if (hit := cache.get(snapshot.version, key)) is not None:
            return _raw_response(200, hit, media_type)
        params = _get_params(request) if is_get else _post_params(raw)
        context = Context(snapshot=snapshot, limits=limits, request_id=_request_id(request))
        status, content, cacheable = await _execute(params, context, is_get, media_type, request)
        if cacheable:
            cache.put(snapshot.version, key, content)
        return _raw_response(status, content, media_type)
    except _RequestError as err:
        return _errors_response(
            err.status, [_error(err.message, err.code)], media_type, err.headers
        )


def negotiate(
    accept: str | None, offered: tuple[str, ...] = (GRAPHQL_RESPONSE_JSON, JSON)
) -> str | None:
    """The media type of ``offered`` to answer with, or ``None`` when none is acceptable.

    The highest quality wins; on a tie a type the client named beats one it reached
    through a wildcard, and among equals the first named offer wins, while a
    wildcard alone picks ``application/json`` (the spec's legacy default).
    """
    if accept is None or not accept.strip():
        return JSON if JSON in offered else offered[0]
    ranges = [parsed for part in accept.split(",") if (parsed := _media_range(part))]
    best: tuple[float, int, int] | None = None
    chosen = None
    for rank, offer in enumerate(offered):
        matches = [(_specificity(r, offer), q) for r, q in ranges if _specificity(r, offer) >= 0]
        if not matches:
            continue
        specificity, quality = max(matches)  # the most specific range decides the quality
        if quality <= 0:
            continue
        preference = -rank if specificity == 2 else int(offer == JSON)
        score = (quality, specificity, preference)
        if best is None or score > best:
            best, chosen = score, offer
    return chosen


def _media_range(part: str) -> tuple[str, float] | None:
    media_range, *params = (piece.strip() for piece in part.split(";"))
    if not media_range:
        return None
    quality = 1.0
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                quality = 0.0
    return media_range.lower(), quality


def _specificity(media_range: str, offer: str) -> int:
    """2 for an exact match, 1 for ``type/*``, 0 for ``*/*``, -1 for no match."""
    if media_range == offer:
        return 2
    if media_range == "*/*":
        return 0
    if media_range.endswith("/*") and offer.startswith(media_range[:-1]):
        return 1
    return -1


def _check_post_headers(request: Request[ServingState]) -> None:
    content_type = request.headers.get("content-type", "")
    media_type, *content_params = (piece.strip().lower() for piece in content_type.split(";"))
    if media_type in _SIMPLE_CONTENT_TYPES:
        raise _RequestError(
            400,
            "This request has been blocked as a potential cross-site request forgery: "
            f"a browser may send a '{media_type or 'no'}' Content-Type from any site "
            f"without asking. Send Content-Type: {JSON}.",
        )
    if media_type != JSON:
        raise _RequestError(
            415, f"Content-Type must be {JSON}, got '{content_type}'.", code="BAD_REQUEST"
        )
    for param in content_params:
        name, _, value = param.partition("=")
        if name.strip() == "charset" and value.strip().strip('"') not in ("utf-8", "utf8"):
            raise _RequestError(415, f"The request body must be UTF-8, got '{value}'.")


async def _read_body(request: Request[ServingState], limit: int) -> bytes:
    too_large = _RequestError(
        413, f"The request body is larger than {limit} bytes.", code="REQUEST_TOO_LARGE"
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _get_params(request: Request[ServingState]) -> _Params:
    query = request.query_params
    return _check_params(
        {
            "query": query.get("query"),
            "operationName": query.get("operationName") or None,
            "variables": _json_param(query.get("variables"), "variables"),
            "extensions": _json_param(query.get("extensions"), "extensions"),
        }
    )


def _json_param(text: str | None, name: str) -> Any:
    if not text:
        return None
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as err:
        raise _RequestError(400, f"The '{name}' parameter is not valid JSON: {err}.") from err


def _post_params(body: bytes) -> _Params:
    if not body.strip():
        raise _RequestError(400, "The request body is empty; send a JSON object with 'query'.")
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError as err:
        raise _RequestError(400, f"The request body is not valid JSON: {err}.") from err
    if isinstance(payload, list):
        raise _RequestError(
            400, "Batched requests are not accepted: send one operation per request."
        )
    if not isinstance(payload, dict):
        raise _RequestError(400, "The request body must be a JSON object.")
    return _check_params(payload)


def _check_params(payload: dict[str, Any]) -> _Params:
    query = payload.get("query")
    if not isinstance(query, str):
        problem = "is missing" if query is None else "must be a string"
        raise _RequestError(400, f"The 'query' parameter {problem}.")
    operation_name = payload.get("operationName")
    if operation_name is not None and not isinstance(operation_name, str):
        raise _RequestError(400, "The 'operationName' parameter must be a string or null.")
    for name in ("variables", "extensions"):
        if payload.get(name) is not None and not isinstance(payload[name], dict):
            raise _RequestError(400, f"The '{name}' parameter must be a JSON object or null.")
    return _Params(query, operation_name, payload.get("variables"), payload.get("extensions"))


async def _execute(
    params: _Params,
    context: Context,
    is_get: bool,
    media_type: str,
    request: Request[ServingState],
) -> tuple[int, bytes, bool]:
    """Status, body and whether the body may be cached (for this request's bytes)."""
    prepared = prepare(params.query, params.operation_name, context.limits)
    if not isinstance(prepared, Prepared):
        return _not_run(prepared, media_type)
    if is_get and prepared.operation.operation is not OperationType.QUERY:
        raise _RequestError(
            405,
            f"A {prepared.operation.operation.value} cannot be sent with GET; use POST.",
            {"Allow": "POST"},
            code="METHOD_NOT_ALLOWED",
        )
    if prepared.errors:
        return _not_run(list(prepared.errors), media_type)
    admission = admit(prepared, params.variables, context)
    if admission.errors:
        errors = list(admission.errors)
        if admission.cost is None:  # the variables did not coerce: nothing ran
            for error in errors:
                error.extensions = {**(error.extensions or {}), "code": "BAD_USER_INPUT"}
        return _not_run(errors, media_type, admission.extensions)
    settings = request.state["settings"]
    pool = request.state["pool"]
    lean = settings.executor == "lean"
    assert admission.cost is not None
    if pool is None or admission.cost <= settings.inline_cost:
        return _answer(prepared, admission, context, lean)
    job = _Job(
        query=params.query,
        operation_name=params.operation_name,
        variables=params.variables,
        limits=context.limits,
        request_id=context.request_id,
        lean=lean,
    )
    try:
        return await pool.run(context.snapshot, _answer_in_worker, job)
    except PoolSaturated:
        raise _RequestError(
            503,
            f"The server is busy with other expensive operations (this one costs "
            f"{admission.cost:,}); try again shortly, or ask for less.",
            {"Retry-After": "1"},
            code="SERVICE_UNAVAILABLE",
        ) from None


def _answer(
    prepared: Prepared, admission: Admission, context: Context, lean: bool
) -> tuple[int, bytes, bool]:
    """Execute an admitted operation: status, body, and whether the body may be cached."""
    result = execute_admitted(prepared, admission, context, lean=lean)
    body: dict[str, Any] = {"data": result.data}
    if result.errors:
        body["errors"] = to_client(result.errors, context.request_id)
    if result.extensions:
        body["extensions"] = result.extensions
    return 200, _encode(body), is_cacheable(result)


@dataclass(frozen=True, slots=True)
class _Job:
    """What a worker process needs to answer an operation (it holds the snapshot)."""

    query: str
    operation_name: str | None
    variables: dict[str, Any] | None
    limits: Limits
    request_id: str | None
    lean: bool


def _answer_in_worker(job: _Job) -> tuple[int, bytes, bool]:
    """:func:`_answer`, in an execution worker: prepared and admitted again there."""
    context = Context(snapshot=worker_snapshot(), limits=job.limits, request_id=job.request_id)
    prepared = prepare(job.query, job.operation_name, job.limits)
    assert isinstance(prepared, Prepared), "the server prepared it before sending it"
    return _answer(prepared, admit(prepared, job.variables, context), context, job.lean)


def _request_id(request: Request[ServingState]) -> str | None:
    """The client's ``X-Request-ID``, when it is short and plain enough to log."""
    given = request.headers.get("x-request-id", "")
    if 0 < len(given) <= 64 and given.replace("-", "").replace("_", "").isalnum():
        return given
    return None


def _not_run(
    errors: list[GraphQLError], media_type: str, extensions: dict[str, Any] | None = None
) -> tuple[int, bytes, bool]:
    """A request that never ran: 400 for graphql-response+json, 200 for legacy json.

    Not cached: its status depends on the media type, and preparing it again is cached.
    """
    status = 400 if media_type == GRAPHQL_RESPONSE_JSON else 200
    body: dict[str, Any] = {"errors": to_client(errors, None)}
    if extensions:
        body["extensions"] = extensions
    return status, _encode(body), False


def _error(message: str, code: str = "BAD_REQUEST") -> dict[str, Any]:
    return {"message": message, "extensions": {"code": code}}


def _errors_response(
    status: int, errors: list[Any], media_type: str, headers: dict[str, str] | None = None
) -> Response:
    return _raw_response(status, _encode({"errors": errors}), media_type, headers)


def _encode(body: dict[str, Any]) -> bytes:
    return orjson.dumps(body)


def _raw_response(
    status: int, content: bytes, media_type: str, headers: dict[str, str] | None = None
) -> Response:
    return Response(content, status, headers=headers, media_type=f"{media_type}; charset=utf-8")
