"""Content negotiation of the GraphQL endpoint (the HTTP behaviour is in tests/test_server.py)."""

from __future__ import annotations

import pytest

from serving.http import GRAPHQL_RESPONSE_JSON, HTML, JSON, negotiate


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        # the spec: no Accept header means a legacy client that expects application/json
        pytest.param(None, JSON, id="missing"),
        pytest.param("", JSON, id="empty"),
        pytest.param(GRAPHQL_RESPONSE_JSON, GRAPHQL_RESPONSE_JSON, id="graphql-response"),
        pytest.param(JSON, JSON, id="json"),
        # a wildcard alone gives the legacy type too (graphql-http audit 47DE)
        pytest.param("*/*", JSON, id="wildcard"),
        pytest.param("application/*", JSON, id="type-wildcard"),
        # GraphiQL and Apollo name both: the newer type wins a tie
        pytest.param(f"{GRAPHQL_RESPONSE_JSON}, {JSON}", GRAPHQL_RESPONSE_JSON, id="both"),
        pytest.param(f"{JSON}, {GRAPHQL_RESPONSE_JSON}", GRAPHQL_RESPONSE_JSON, id="both-reversed"),
        # quality values decide before the tie-break
        pytest.param(f"{GRAPHQL_RESPONSE_JSON};q=0.5, {JSON}", JSON, id="json-preferred"),
        pytest.param(f"{JSON};q=0, */*", GRAPHQL_RESPONSE_JSON, id="json-refused"),
        pytest.param(f"{GRAPHQL_RESPONSE_JSON}; charset=utf-8", GRAPHQL_RESPONSE_JSON, id="params"),
        pytest.param("APPLICATION/JSON", JSON, id="case-insensitive"),
        pytest.param("text/plain", None, id="nothing-acceptable"),
        pytest.param(f"{JSON};q=0", None, id="everything-refused"),
    ],
)
def test_negotiate_picks_the_response_media_type(accept: str | None, expected: str | None) -> None:
    assert negotiate(accept) == expected


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        pytest.param(
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", HTML, id="browser"
        ),
        pytest.param(
            f"{GRAPHQL_RESPONSE_JSON}, {JSON}, multipart/mixed",
            GRAPHQL_RESPONSE_JSON,
            id="graphiql-fetch",
        ),
        pytest.param("*/*", JSON, id="curl"),
        pytest.param(None, JSON, id="no-accept"),
    ],
)
def test_only_a_browser_is_offered_graphiql(accept: str | None, expected: str) -> None:
    assert negotiate(accept, (HTML, GRAPHQL_RESPONSE_JSON, JSON)) == expected
