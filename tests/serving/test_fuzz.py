"""Fuzzing the HTTP layer: whatever a client sends, never a 5xx and never an internal detail.

Two fuzzers, both in-process against ``server.create_app`` with its lifespan run (the
seed corpus loaded):

- schemathesis reads the schema by introspection and generates GraphQL operations
  from it (hypothesis-graphql): valid ones with arbitrary argument values, and
  invalid ones (wrong types, missing arguments);
- Hypothesis sends arbitrary HTTP requests: any method, path, query string,
  Content-Type, Accept and body, valid GraphQL requests among them.

Every answer is below 500; every JSON answer is an object with ``data`` or
``errors``; no answer holds a traceback, a source path or an exception class name
that the request did not hold itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import partial
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import schemathesis
from anyio.from_thread import BlockingPortal, start_blocking_portal
from hypothesis import given, settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.graphql.schemas import GraphQLSchema

# a generic check that lives among the OpenAPI ones: it calls the schema's own validation
from schemathesis.specs.openapi.checks import response_schema_conformance
from starlette.types import Receive, Scope, Send

from serving import create_app
from serving.http import GRAPHQL_RESPONSE_JSON, JSON
from tests.conftest import SEEDS

# What a response must not reveal about the server's insides.
_INTERNALS = (
    re.compile(r"Traceback \(most recent call last\)"),
    re.compile(r"File \"[^\"]+\", line \d+"),  # a frame of a traceback
    re.compile(r"[\w./\\-]+\.py\b"),  # a source file
    re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning)\b"),  # an exception class
    re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>"),  # the repr of an object
)


def _internals(text: str) -> set[str]:
    return {found for pattern in _INTERNALS for found in pattern.findall(text)}


def _assert_reveals_nothing(response_text: str, *sent: str) -> None:
    """No internal detail in the response, unless the request itself held it (an echo)."""
    echoed = set().union(*map(_internals, sent))
    leaked = _internals(response_text) - echoed
    assert not leaked, f"the response reveals {sorted(leaked)}: {response_text[:2000]}"


def _graphql_errors(text: str) -> str:
    """The errors of a GraphQL response body (as JSON text), which must be an object
    with ``data`` or ``errors``."""
    body = json.loads(text)
    assert isinstance(body, dict), body
    assert "data" in body or "errors" in body, body
    assert set(body) <= {"data", "errors", "extensions"}, body
    return json.dumps(body.get("errors", []), ensure_ascii=False)


# -- schemathesis: operations generated from the schema -----------------------------------


@pytest.fixture(scope="module")
def graphql_api() -> GraphQLSchema:
    """The API's schema, read by introspection from the app in-process, lifespan run."""
    return schemathesis.graphql.from_asgi("/graphql", create_app(SEEDS))


@pytest.fixture(scope="module")
def operations(graphql_api: GraphQLSchema) -> st.SearchStrategy[Case[Any]]:
    """Valid operations on every root field, and invalid ones (wrong or missing arguments)."""
    return st.one_of(
        graphql_api.as_strategy(GenerationMode.POSITIVE),
        graphql_api.as_strategy(GenerationMode.NEGATIVE),
    )


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_generated_operations_never_get_a_server_error_nor_reveal_internals(
    operations: st.SearchStrategy[Case[Any]], data: st.DataObject
) -> None:
    case = data.draw(operations, label="operation")
    accept = data.draw(st.sampled_from([JSON, GRAPHQL_RESPONSE_JSON, "*/*"]), label="accept")

    response = case.call(headers={"Accept": accept})

    # schemathesis' checks: no 5xx, no GraphQL error from a resolver that failed (as
    # opposed to a request error), and a JSON object
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
    _assert_reveals_nothing(_graphql_errors(response.text), str(case.body))


# -- Hypothesis: arbitrary HTTP requests ----------------------------------------------------


class InProcessClient:
    """Requests to the app in-process, its lifespan run; a crash is a 500, as a client sees it.

    (starlette's TestClient would do, but warns that its httpx support is deprecated.)
    """

    def __init__(self, portal: BlockingPortal, client: httpx.AsyncClient) -> None:
        self._portal = portal
        self._client = client

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return self._portal.call(partial(self._client.request, method, url, **kwargs))


@pytest.fixture(scope="module")
def client() -> Iterator[InProcessClient]:
    app = create_app(SEEDS)
    with (
        start_blocking_portal() as portal,
        portal.wrap_async_context_manager(app.router.lifespan_context(app)) as state,
    ):

        async def with_state(scope: Scope, receive: Receive, send: Send) -> None:
            # what a server does with the lifespan's state: a copy in every request
            await app({**scope, "state": dict(state or {})}, receive, send)

        transport = httpx.ASGITransport(app=with_state, raise_app_exceptions=False)
        async_client = httpx.AsyncClient(transport=transport, base_url="http://testserver")
        yield InProcessClient(portal, async_client)
        portal.call(async_client.aclose)


QUERIES = (
    "{ __typename }",
    "{ topics { slug title keyConcepts { name } } }",
    "query Q($name: String!) { concept(name: $name) { name related(limit: 3) { weight } } }",
    "query Q($first: Int, $after: String) { concepts(first: $first, after: $after) "
    "{ totalCount edges { cursor node { id name } } } }",
    "query N($id: ID!) { node(id: $id) { __typename id } }",
    "query P($a: String!, $b: String!) { path(from: $a, to: $b) { __typename } }",
    "query L($limit: Int) { themes { label } bridges(limit: $limit) { score } }",
    "query A { topics { slug } } query B { themes { label } }",
    "mutation { topics }",
    "subscription { topics { slug } }",
    "{ topics { slug } ",
    "{ noSuchField }",
    "",
)

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_variables = st.dictionaries(
    st.sampled_from(["name", "first", "after", "id", "a", "b", "limit"]) | st.text(max_size=8),
    _json_values,
    max_size=4,
)
# Header values as they travel: visible ASCII and Latin-1, no line breaks.
_header_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=60)
_json_content_types = st.sampled_from([JSON, f"{JSON}; charset=utf-8", f"{JSON}; charset=UTF8"])
_odd_content_types = (
    st.sampled_from(
        [
            f"{JSON}; charset=latin-1",
            f"{JSON};charset=",
            f"{JSON}; charset",
            GRAPHQL_RESPONSE_JSON,
            "application/graphql",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz",
            ";",
        ]
    )
    | _header_text
)
_usual_accepts = st.sampled_from(
    [JSON, GRAPHQL_RESPONSE_JSON, f"{GRAPHQL_RESPONSE_JSON}, {JSON};q=0.9", "*/*"]
)
_odd_accepts = (
    st.sampled_from(
        [
            f"{JSON};q=0",
            f"{JSON};q=abc",
            f"{JSON};q=1e999",
            f"{JSON};q=nan",
            f"{JSON};q=-1",
            "text/html",
            "text/plain",
            ",,,",
            "*/*;q=",
            ";q=1",
        ]
    )
    | _header_text
)
_other_paths = st.sampled_from(["/graphql/", "/GRAPHQL", "/healthz", "/"]) | st.builds(
    "/export/{}".format,
    (st.sampled_from(["json", "csv", "gexf", "graphml", "skos", ""]) | st.text()).map(
        partial(quote, safe="")
    ),
)


@st.composite
def http_requests(draw: st.DrawFn) -> dict[str, Any]:
    """Keyword arguments for ``InProcessClient.request``: mostly what GraphQL clients send,
    each part now and then replaced by anything at all."""

    def usually(usual: st.SearchStrategy[Any], unusual: st.SearchStrategy[Any]) -> Any:
        # three times in four; a failing example shrinks towards the usual
        return draw(usual if draw(st.integers(0, 3)) < 3 else unusual)

    url = usually(st.just("/graphql"), _other_paths)
    method = usually(
        st.sampled_from(["GET", "POST"]), st.sampled_from(["HEAD", "PUT", "DELETE", "OPTIONS"])
    )
    graphql = {
        "query": usually(st.sampled_from(QUERIES), st.text(max_size=200) | _json_values),
        "variables": usually(_variables, _json_values),
        "operationName": usually(st.sampled_from([None, None, "A", "Q"]), _json_values),
        "extensions": usually(st.none(), _json_values),
    }
    graphql = {
        key: value for key, value in graphql.items() if usually(st.just(True), st.booleans())
    }
    headers = {
        "content-type": usually(_json_content_types, _odd_content_types),
        "accept": usually(_usual_accepts, _odd_accepts),
    }
    headers = {
        key: value for key, value in headers.items() if usually(st.just(True), st.booleans())
    }
    if method == "GET":
        # on a query string every parameter is text: JSON for variables and extensions
        params = {
            key: value if isinstance(value, str) else json.dumps(value)
            for key, value in graphql.items()
            if value is not None
        }
        params = usually(st.just(params), st.dictionaries(st.text(), st.text(), max_size=4))
        content = usually(st.just(b""), st.binary(max_size=100))
    else:
        params = usually(st.just({}), st.dictionaries(st.text(), st.text(), max_size=4))
        content = usually(
            st.just(json.dumps(graphql).encode()),
            _json_values.map(lambda value: json.dumps(value).encode())
            | st.binary(min_size=1, max_size=300)
            | st.text(min_size=1, max_size=300).map(str.encode),
        )
    return {"method": method, "url": url, "params": params, "headers": headers, "content": content}


@settings(max_examples=200, deadline=None)
@given(request=http_requests())
def test_any_http_request_gets_a_client_answer_without_internals(
    client: InProcessClient, request: dict[str, Any]
) -> None:
    headers = {name: value.encode("latin-1") for name, value in request["headers"].items()}

    response = client.request(**(request | {"headers": headers}))

    assert response.status_code < 500, response.text
    media_type = response.headers.get("content-type", "").split(";")[0]
    graphql_json = media_type in (JSON, GRAPHQL_RESPONSE_JSON) and request["method"] != "HEAD"
    if request["url"] == "/graphql" and graphql_json:
        error_text = _graphql_errors(response.text)
    else:
        error_text = response.text if response.status_code >= 400 else ""
    sent = [request["content"].decode("latin-1"), json.dumps(request["params"])]
    _assert_reveals_nothing(error_text, *sent, *request["headers"].values(), request["url"])
