"""GraphQL over HTTP: one Starlette endpoint that follows the GraphQL-over-HTTP spec.

    GET  /graphql?query=...&variables=...   queries only (a mutation gets 405)
    POST /graphql  application/json body    {"query", "operationName", "variables", "extensions"}
    GET  /graphql  from a browser           GraphiQL

The response is ``application/graphql-response+json`` when the client accepts it by
name, else ``application/json`` (also for ``*/*`` and no Accept header, as the spec
asks for legacy clients). The status codes differ by media type, as the spec says:

    situation                                   graphql-response+json   json
    malformed HTTP request (body, parameters)   400                     400
    document does not parse or validate,
    or variables do not coerce                  400, no "data"          200, no "data"
    executed (with or without field errors)     200                     200
    mutation over GET                           405                     405
    unsupported Content-Type / Accept           415 / 406               415 / 406
    graph not loaded yet                        503                     503
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLError,
    OperationType,
    get_operation_ast,
    get_variable_values,
    parse,
    validate,
)
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from strawberry.http.ides import get_graphql_ide_html

from graph import KnowledgeGraph
from schema.context import Context
from schema.schema import schema

__all__ = ["GRAPHQL_RESPONSE_JSON", "HTML", "JSON", "graphql_endpoint", "negotiate"]

GRAPHQL_RESPONSE_JSON = "application/graphql-response+json"
JSON = "application/json"
HTML = "text/html"

# strawberry keeps the graphql-core schema it builds here; parsing, validation and
# variable coercion run against it so that request errors are told apart from results.
_core_schema = schema._schema


class _RequestError(Exception):
    """A request the server cannot run, answered with ``status`` and no ``data``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(frozen=True, slots=True)
class _Params:
    """The GraphQL request parameters, type-checked."""

    query: str
    operation_name: str | None
    variables: dict[str, Any] | None
    extensions: dict[str, Any] | None


async def graphql_endpoint(request: Request) -> Response:
    """Answer one GraphQL-over-HTTP request (GET or POST) from the loaded graph."""
    is_get = request.method in ("GET", "HEAD")
    accept = request.headers.get("accept")
    if is_get and negotiate(accept, (HTML, GRAPHQL_RESPONSE_JSON, JSON)) == HTML:
        return HTMLResponse(get_graphql_ide_html("graphiql"))
    media_type = negotiate(accept)
    if media_type is None:
        return _errors_response(
            406, [{"message": f"Accept must allow {GRAPHQL_RESPONSE_JSON} or {JSON}"}], JSON
        )
    graph: KnowledgeGraph | None = getattr(request.app.state, "graph", None)
    if graph is None:
        message = "the knowledge graph is still loading; try again shortly"
        return _errors_response(503, [{"message": message}], media_type, {"Retry-After": "1"})
    try:
        params = _get_params(request.query_params) if is_get else await _post_params(request)
        return await _execute(params, Context(graph=graph, request=request), is_get, media_type)
    except _RequestError as err:
        return _errors_response(err.status, [{"message": err.message}], media_type, err.headers)


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


def _get_params(query: QueryParams) -> _Params:
    return _check_params(
        {
            "query": query.get("query"),
            "operationName": query.get("operationName") or None,
            "variables": _json_param(query, "variables"),
            "extensions": _json_param(query, "extensions"),
        }
    )


def _json_param(query: QueryParams, name: str) -> Any:
    text = query.get(name)
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError as err:
        raise _RequestError(400, f"'{name}' is not valid JSON: {err}") from err


async def _post_params(request: Request) -> _Params:
    content_type = request.headers.get("content-type", "")
    media_type, *content_params = (piece.strip().lower() for piece in content_type.split(";"))
    if media_type != JSON:
        raise _RequestError(415, f"Content-Type must be {JSON}, got '{content_type}'")
    for param in content_params:
        name, _, value = param.partition("=")
        if name.strip() == "charset" and value.strip().strip('"') not in ("utf-8", "utf8"):
            raise _RequestError(415, f"the request body must be UTF-8, got '{value}'")
    body = await request.body()
    if not body.strip():
        raise _RequestError(400, "the request body is empty; send a JSON object with 'query'")
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise _RequestError(400, f"the request body is not valid JSON: {err}") from err
    if not isinstance(payload, dict):
        raise _RequestError(400, "the request body must be a JSON object")
    return _check_params(payload)


def _check_params(payload: dict[str, Any]) -> _Params:
    query = payload.get("query")
    if not isinstance(query, str):
        problem = "is missing" if query is None else "must be a string"
        raise _RequestError(400, f"the 'query' parameter {problem}")
    operation_name = payload.get("operationName")
    if operation_name is not None and not isinstance(operation_name, str):
        raise _RequestError(400, "the 'operationName' parameter must be a string or null")
    for name in ("variables", "extensions"):
        if payload.get(name) is not None and not isinstance(payload[name], dict):
            raise _RequestError(400, f"the '{name}' parameter must be a JSON object or null")
    return _Params(query, operation_name, payload.get("variables"), payload.get("extensions"))


async def _execute(params: _Params, context: Context, is_get: bool, media_type: str) -> Response:
    try:
        document = parse(params.query)
    except GraphQLError as err:
        return _request_errors([err], media_type)
    operation = get_operation_ast(document, params.operation_name)
    if operation is None:
        message = (
            f"no operation named '{params.operation_name}' in the document"
            if params.operation_name
            else "the document holds several operations: say which in 'operationName'"
        )
        return _request_errors([GraphQLError(message)], media_type)
    if is_get and operation.operation is not OperationType.QUERY:
        raise _RequestError(
            405,
            f"a {operation.operation.value} cannot be sent with GET; use POST",
            {"Allow": "POST"},
        )
    if errors := validate(_core_schema, document):
        return _request_errors(errors, media_type)
    coerced = get_variable_values(
        _core_schema, operation.variable_definitions or (), params.variables or {}
    )
    if isinstance(coerced, list):
        return _request_errors(coerced, media_type)
    result = await schema.execute(
        params.query,
        variable_values=params.variables,
        context_value=context,
        operation_name=params.operation_name,
        operation_extensions=params.extensions,
    )
    body: dict[str, Any] = {"data": result.data}
    if result.errors:
        body["errors"] = [error.formatted for error in result.errors]
    return _json_response(200, body, media_type)


def _request_errors(errors: list[GraphQLError], media_type: str) -> Response:
    """A request that never ran: 400 for graphql-response+json, 200 for legacy json."""
    status = 400 if media_type == GRAPHQL_RESPONSE_JSON else 200
    return _errors_response(status, [error.formatted for error in errors], media_type)


def _errors_response(
    status: int, errors: list[Any], media_type: str, headers: dict[str, str] | None = None
) -> Response:
    return _json_response(status, {"errors": errors}, media_type, headers)


def _json_response(
    status: int, body: dict[str, Any], media_type: str, headers: dict[str, str] | None = None
) -> Response:
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(content, status, headers=headers, media_type=f"{media_type}; charset=utf-8")
