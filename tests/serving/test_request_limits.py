"""Every limit and every bad request: a 4xx or a GraphQL error that says what is wrong.

Each app is served by a real uvicorn on 127.0.0.1 in a thread; after each bad request
the same server must still give good answers.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from graph import KnowledgeGraph
from schema.limits import LIMIT_SETTINGS, Limits, SettingError
from serving import Settings, create_app
from serving.http import GRAPHQL_RESPONSE_JSON, JSON
from tests.conftest import SEEDS
from tests.live_server import serve_in_thread

GOOD = "{ topics { slug } }"


@contextmanager
def _client(limits: Limits | None = None, **settings: Any) -> Iterator[httpx.Client]:
    app = create_app(SEEDS, Settings(limits=limits or Limits(), reload=False, **settings))
    with serve_in_thread(app) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield client


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with _client() as client:
        yield client


def _post(client: httpx.Client, body: Any, **headers: str) -> Any:
    headers = {"content-type": JSON, "accept": GRAPHQL_RESPONSE_JSON, **headers}
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post("/graphql", content=content, headers=headers)


def _still_answers(client: httpx.Client, seed_graph: KnowledgeGraph) -> None:
    response = _post(client, {"query": GOOD})
    assert response.status_code == 200
    assert len(response.json()["data"]["topics"]) == len(seed_graph.topics)


def _only_error(response: Any) -> dict[str, Any]:
    body = response.json()
    assert "data" not in body or body["data"] is None, body
    [error] = body["errors"]
    assert isinstance(error, dict)
    return error


# -- bad requests ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        pytest.param(b"{not json", 400, "not valid JSON", id="invalid-json"),
        pytest.param(b"", 400, "body is empty", id="empty-body"),
        pytest.param({"variables": {}}, 400, "'query' parameter is missing", id="missing-query"),
        pytest.param({"query": 42}, 400, "'query' parameter must be a string", id="query-not-str"),
        pytest.param([{"query": GOOD}], 400, "Batched requests are not accepted", id="batch"),
        pytest.param({"query": "{ topics { slug "}, 400, "Syntax Error", id="syntax-error"),
        pytest.param({"query": "{ nope }"}, 400, "Cannot query field 'nope'", id="unknown-field"),
        pytest.param(
            {"query": "query($n: String!) { concept(name: $n) { name } }", "variables": {"n": 5}},
            400,
            "String cannot represent a non string value",
            id="wrong-variable-type",
        ),
        pytest.param(
            {"query": "query($n: String!) { concept(name: $n) { name } }"},
            400,
            "Expected a value of non-null type 'String!' to be provided",
            id="missing-variable",
        ),
    ],
)
def test_a_bad_request_gets_a_4xx_that_says_what_is_wrong(
    client: httpx.Client, seed_graph: KnowledgeGraph, body: Any, status: int, says: str
) -> None:
    response = _post(client, body)
    assert response.status_code == status
    error = _only_error(response)
    assert says in error["message"]
    assert error["extensions"]["code"]
    _still_answers(client, seed_graph)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param("{ topics { slug ", "GRAPHQL_PARSE_FAILED", id="parse"),
        pytest.param("{ nope }", "GRAPHQL_VALIDATION_FAILED", id="validate"),
    ],
)
def test_request_errors_carry_a_code_a_client_can_branch_on(
    client: httpx.Client, code: str, expected: str
) -> None:
    assert _only_error(_post(client, {"query": code}))["extensions"]["code"] == expected


def test_a_bad_variable_is_named_with_bad_user_input(client: httpx.Client) -> None:
    query = "query($first: Int) { concepts(first: $first) { totalCount } }"
    error = _only_error(_post(client, {"query": query, "variables": {"first": "ten"}}))
    assert "$first" in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


# -- limits: each with its default and its setting -------------------------------------------


def _concept_selection(levels: int) -> str:
    """Fields on a Concept that nest ``levels`` deep."""
    if levels <= 1:
        return "name"
    if levels == 2:
        return "theme { label }"
    return f"related(limit: 1) {{ concept {{ {_concept_selection(levels - 2)} }} }}"


def _nested(depth: int) -> str:
    """A valid query whose fields nest exactly ``depth`` deep."""
    return f'{{ concept(name: "NPS") {{ {_concept_selection(depth - 1)} }} }}'


def test_depth_up_to_the_limit_runs_and_beyond_is_refused(seed_graph: KnowledgeGraph) -> None:
    with _client(Limits(max_depth=6)) as client:
        assert _post(client, {"query": _nested(6)}).status_code == 200
        error = _only_error(_post(client, {"query": _nested(8)}))
        assert error["extensions"] == {"code": "QUERY_TOO_COMPLEX", "limit": "max_depth"}
        assert "more than 6 deep" in error["message"]
        _still_answers(client, seed_graph)


def test_depth_counts_fields_inside_fragments(client: httpx.Client) -> None:
    def through_fragment(levels: int) -> str:
        selection = _concept_selection(levels)
        return f'{{ concept(name: "NPS") {{ ...F }} }} fragment F on Concept {{ {selection} }}'

    limit = Limits().max_depth
    assert _post(client, {"query": through_fragment(limit - 1)}).status_code == 200
    error = _only_error(_post(client, {"query": through_fragment(limit + 1)}))
    assert error["extensions"]["limit"] == "max_depth"


def test_the_introspection_query_graphiql_sends_fits_every_default_limit(
    client: httpx.Client,
) -> None:
    from graphql import get_introspection_query

    query = get_introspection_query(descriptions=True, input_value_deprecation=True)
    response = _post(client, {"query": query})
    assert response.status_code == 200
    assert response.json()["data"]["__schema"]["queryType"]["name"] == "Query"


def test_introspection_is_bounded_by_the_result_budget() -> None:
    from graphql import get_introspection_query

    with _client(Limits(max_result_items=200)) as client:
        body = _post(client, {"query": get_introspection_query(descriptions=True)}).json()
    assert [error["extensions"]["code"] for error in body["errors"]] == ["RESULT_TOO_LARGE"]


def test_too_many_aliases_are_refused(seed_graph: KnowledgeGraph) -> None:
    def aliased(count: int) -> str:
        return "{ " + " ".join(f"t{i}: topics {{ slug }}" for i in range(count)) + " }"

    with _client(Limits(max_aliases=3)) as client:
        assert _post(client, {"query": aliased(3)}).status_code == 200
        error = _only_error(_post(client, {"query": aliased(4)}))
        assert error["extensions"] == {"code": "QUERY_TOO_COMPLEX", "limit": "max_aliases"}
        assert "4 aliases" in error["message"]
        _still_answers(client, seed_graph)


def test_too_many_tokens_are_refused_before_parsing_ends() -> None:
    with _client(Limits(max_tokens=50)) as client:
        assert _post(client, {"query": GOOD}).status_code == 200
        flood = "{ " + "__typename " * 60 + "}"
        error = _only_error(_post(client, {"query": flood}))
        assert error["extensions"] == {"code": "QUERY_TOO_COMPLEX", "limit": "max_tokens"}
        comments = "{ __typename }\n" + "#\n" * 60  # comments count too: they cost memory
        assert _post(client, {"query": comments}).status_code == 400


@pytest.mark.parametrize(
    ("query", "argument"),
    [
        pytest.param("{ concepts(first: 101) { totalCount } }", "first", id="first"),
        pytest.param("{ bridges(limit: 101) { score } }", "limit", id="limit"),
        pytest.param(
            '{ concept(name: "NPS") { neighbors(depth: 6) { name } } }', "depth", id="hops"
        ),
    ],
)
def test_list_size_arguments_over_their_default_limit_name_the_argument(
    client: httpx.Client, query: str, argument: str
) -> None:
    body = _post(client, {"query": query}).json()
    [error] = body["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": argument}
    assert f"Invalid argument '{argument}': must be at most" in error["message"]


def test_list_size_limits_follow_their_settings() -> None:
    with _client(Limits(max_first=2, max_limit=1, max_hops=1)) as client:
        for query, argument in [
            ("{ concepts(first: 3) { totalCount } }", "first"),
            ("{ bridges(limit: 2) { score } }", "limit"),
            ('{ concept(name: "NPS") { neighbors(depth: 2) { name } } }', "depth"),
        ]:
            [error] = _post(client, {"query": query}).json()["errors"]
            assert error["extensions"]["argument"] == argument
        ok = _post(client, {"query": "{ concepts(first: 2) { edges { node { name } } } }"})
        assert len(ok.json()["data"]["concepts"]["edges"]) == 2


def test_a_body_over_the_size_limit_is_413_with_a_json_error(seed_graph: KnowledgeGraph) -> None:
    with _client(Limits(max_body_bytes=200)) as client:
        padding = " " * 300
        response = _post(client, {"query": GOOD + padding})
        assert response.status_code == 413
        assert response.headers["content-type"].startswith(GRAPHQL_RESPONSE_JSON)
        error = _only_error(response)
        assert error["extensions"]["code"] == "REQUEST_TOO_LARGE"
        assert "larger than 200 bytes" in error["message"]
        chunked = client.post(  # no Content-Length: the body is counted as it streams in
            "/graphql",
            content=iter([b'{"query": "', b" " * 300, b'"}']),
            headers={"content-type": JSON},
        )
        assert chunked.status_code == 413
        long_get = client.get("/graphql", params={"query": GOOD + padding})
        assert long_get.status_code == 414
        _still_answers(client, seed_graph)


def test_an_operation_over_its_time_limit_is_cut_off_with_a_clear_error() -> None:
    with _client(Limits(time_limit=1e-9)) as client:
        query = '{ concept(name: "NPS") { related { concept { topics { slug } } } } }'
        body = _post(client, {"query": query}).json()
        assert body["data"] is None
        [error] = body["errors"]  # one error, not one per list
        assert error["extensions"] == {"code": "TIME_LIMIT_EXCEEDED", "limit": "time_limit"}


def test_a_result_over_the_item_budget_is_refused_whole(seed_graph: KnowledgeGraph) -> None:
    with _client(Limits(max_result_items=len(seed_graph.topics))) as client:
        assert _post(client, {"query": GOOD}).status_code == 200
        twice = "{ a: topics { slug } b: topics { slug } }"
        body = _post(client, {"query": twice}).json()
        assert body["data"] is None
        [error] = body["errors"]
        assert error["extensions"] == {"code": "RESULT_TOO_LARGE", "limit": "max_result_items"}


def test_an_operation_over_the_cost_budget_is_refused_before_it_runs_with_cost_and_budget(
    seed_graph: KnowledgeGraph,
) -> None:
    topics = len(seed_graph.topics)
    with _client(Limits(max_cost=topics)) as client:
        assert _post(client, {"query": GOOD}).status_code == 200
        response = _post(client, {"query": "{ topics { slug keyConcepts { name } } }"})
        assert response.status_code == 400
        body = response.json()
        [error] = body["errors"]
        assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
        assert error["extensions"]["limit"] == "max_cost"
        assert error["extensions"]["budget"] == topics
        assert error["extensions"]["cost"] > topics
        assert body["extensions"] == {"cost": error["extensions"]["cost"], "budget": topics}
        legacy = _post(client, {"query": "{ topics { keyConcepts { name } } }"}, accept=JSON)
        assert legacy.status_code == 200  # a request error, as a legacy client gets it
        assert "data" not in legacy.json()
        _still_answers(client, seed_graph)


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        pytest.param("{ corpusVersion }", None, id="scalars"),
        pytest.param(GOOD, None, id="list"),
        pytest.param(
            "query($n: Int) { concepts(first: $n) { edges { node { name } } } }",
            {"n": 3},
            id="variables",
        ),
        pytest.param(
            '{ concept(name: "NPS") { related(limit: 1000) { weight } } }', None, id="field-error"
        ),
    ],
)
def test_every_executed_answer_carries_its_cost_and_the_budget(
    client: httpx.Client, query: str, variables: dict[str, Any] | None
) -> None:
    body = _post(client, {"query": query, "variables": variables}).json()
    assert set(body["extensions"]) == {"cost", "budget"}
    assert body["extensions"]["budget"] == Limits().max_cost
    assert isinstance(body["extensions"]["cost"], int)


def test_the_cost_follows_the_variables(client: httpx.Client) -> None:
    query = "query($n: Int) { concepts(first: $n) { edges { node { name } } } }"
    costs = [
        _post(client, {"query": query, "variables": {"n": n}}).json()["extensions"]["cost"]
        for n in (1, 2, 5)
    ]
    assert costs == [1 + 2 * 1, 1 + 2 * 2, 1 + 2 * 5]


def test_limits_are_read_from_cg_settings() -> None:
    environ = {
        "CG_MAX_DEPTH": "7",
        "CG_TIME_LIMIT": "0.5",
        "CG_MAX_BODY_BYTES": " 1000 ",
        "CG_MAX_COST": "2500",
    }
    limits = Limits.from_env(environ)
    assert (limits.max_depth, limits.time_limit, limits.max_body_bytes) == (7, 0.5, 1000)
    assert limits.max_cost == 2500
    assert limits.max_aliases == Limits().max_aliases
    assert set(LIMIT_SETTINGS.values()) >= {"CG_MAX_DEPTH", "CG_MAX_ALIASES", "CG_MAX_TOKENS"}


def test_serving_settings_are_read_from_cg_settings() -> None:
    settings = Settings.from_env(
        {
            "CG_EXECUTOR": "graphql-core",
            "CG_EXECUTION_WORKERS": "0",
            "CG_EXECUTION_QUEUE": "3",
            "CG_INLINE_COST": "250",
            "CG_SETTLE_SECONDS": "2.5",
            "CG_ACCESS_LOG": "1",
        }
    )
    assert settings.executor == "graphql-core"
    assert (settings.execution_workers, settings.execution_queue) == (0, 3)
    assert (settings.inline_cost, settings.settle_seconds, settings.access_log) == (250, 2.5, True)
    defaults = Settings.from_env({})
    assert defaults == Settings()
    assert (defaults.executor, defaults.access_log) == ("lean", False)


def test_the_readme_settings_table_gives_every_serving_setting_with_its_default() -> None:
    from serving.settings import SERVING_SETTINGS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(CG_[A-Z_]+)` \| `?([^|`]+)`? \|", readme, re.M))
    defaults = Settings()
    expected = {}
    for name, variable in SERVING_SETTINGS.items():
        value = getattr(defaults, name)
        expected[variable] = str(int(value)) if isinstance(value, bool | float) else str(value)
    assert {variable: rows.get(variable, "").strip() for variable in expected} == expected


@pytest.mark.parametrize(
    ("environ", "says"),
    [
        pytest.param({"CG_MAX_DEPTH": "deep"}, "CG_MAX_DEPTH: expected a whole number", id="word"),
        pytest.param({"CG_MAX_FIRST": "0"}, "CG_MAX_FIRST: must be greater than 0", id="zero"),
        pytest.param({"CG_TIME_LIMIT": "nan"}, "CG_TIME_LIMIT: must be greater than 0", id="nan"),
        pytest.param({"CG_RELOAD": "maybe"}, "CG_RELOAD: expected 1 or 0", id="flag"),
        pytest.param(
            {"CG_EXECUTOR": "fast"}, "CG_EXECUTOR: expected lean or graphql-core", id="executor"
        ),
        pytest.param(
            {"CG_EXECUTION_WORKERS": "-1"}, "CG_EXECUTION_WORKERS: must be 0 or more", id="workers"
        ),
        pytest.param(
            {"CG_SETTLE_SECONDS": "soon"}, "CG_SETTLE_SECONDS: expected a number", id="settle"
        ),
        pytest.param({"CG_INLINE_COST": "1.5"}, "CG_INLINE_COST: expected a whole", id="inline"),
        pytest.param({"CG_ACCESS_LOG": "loud"}, "CG_ACCESS_LOG: expected 1 or 0", id="log"),
    ],
)
def test_a_bad_setting_names_its_variable(environ: dict[str, str], says: str) -> None:
    with pytest.raises(SettingError, match=says):
        Settings.from_env(environ)


# -- CSRF and CORS ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None],
)
def test_a_post_a_browser_could_send_cross_site_is_refused_as_csrf(
    client: httpx.Client, content_type: str | None
) -> None:
    headers = {"accept": JSON} | ({"content-type": content_type} if content_type else {})
    response = client.post("/graphql", content=json.dumps({"query": GOOD}), headers=headers)
    assert response.status_code == 400
    assert "cross-site request forgery" in _only_error(response)["message"]


@pytest.mark.parametrize("origin", ["http://localhost:5173", "https://elsewhere.example"])
def test_any_origin_may_call_the_api_without_credentials_by_default(
    client: httpx.Client, origin: str
) -> None:
    preflight = client.options(
        "/graphql",
        headers={
            "origin": origin,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in preflight.headers
    response = _post(client, {"query": GOOD}, origin=origin)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "*"


def test_a_simple_cross_site_post_is_still_refused_whatever_the_origin(
    client: httpx.Client,
) -> None:
    response = client.post(
        "/graphql",
        content=json.dumps({"query": GOOD}),
        headers={"accept": JSON, "content-type": "text/plain", "origin": "http://localhost:5173"},
    )
    assert response.status_code == 400


def test_cors_origins_come_from_the_setting() -> None:
    allowed, other = "http://app.example", "http://other.example"
    with _client(cors_origins=(allowed,)) as client:
        preflight = client.options(
            "/graphql",
            headers={
                "origin": allowed,
                "access-control-request-method": "POST",
                "access-control-request-headers": "content-type",
            },
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == allowed
        assert (
            _post(client, {"query": GOOD}, origin=allowed).headers["access-control-allow-origin"]
            == allowed
        )
        refused = _post(client, {"query": GOOD}, origin=other)
        assert "access-control-allow-origin" not in refused.headers


# -- nothing internal reaches a client --------------------------------------------------------


def test_an_unexpected_resolver_error_is_masked_and_logged_with_a_request_id(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(self: KnowledgeGraph, name: str) -> None:
        raise RuntimeError("secret detail from /srv/internal/path.py")

    monkeypatch.setattr(KnowledgeGraph, "find_concept", broken)
    with caplog.at_level(logging.ERROR, logger="curriculum_graph"):
        response = _post(client, {"query": '{ concept(name: "NPS") { name } }'})
    assert response.status_code == 200
    text = response.text
    assert "secret" not in text
    assert "Traceback" not in text
    assert "RuntimeError" not in text
    [error] = response.json()["errors"]
    request_id = error["extensions"]["requestId"]
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert request_id in error["message"]
    [record] = [r for r in caplog.records if request_id in r.getMessage()]
    assert record.exc_info is not None
    assert "secret detail" in str(record.exc_info[1])


def test_a_crash_outside_graphql_is_a_json_500_with_a_request_id(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import serving.http

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("secret detail")

    with _client() as client:
        monkeypatch.setattr(serving.http, "_execute", broken)
        with caplog.at_level(logging.ERROR, logger="curriculum_graph"):
            response = _post(client, {"query": GOOD})
    assert response.status_code == 500
    assert "secret" not in response.text
    [error] = response.json()["errors"]
    request_id = error["extensions"]["requestId"]
    assert response.headers["x-request-id"] == request_id
    assert any(request_id in record.getMessage() for record in caplog.records)


# -- caching ---------------------------------------------------------------------------------


def test_a_repeated_request_is_answered_from_the_cache_with_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import serving.http

    executed: list[str] = []
    real = serving.http._execute

    def counting(params: Any, *args: Any) -> Any:
        executed.append(params.query)
        return real(params, *args)

    with _client() as client:
        monkeypatch.setattr(serving.http, "_execute", counting)
        first = _post(client, {"query": GOOD})
        second = _post(client, {"query": GOOD}, accept=JSON)
        other = _post(client, {"query": "{ corpusVersion }"})
    assert executed == [GOOD, "{ corpusVersion }"]
    assert first.content == second.content
    assert second.headers["content-type"].startswith(JSON)  # the cache keeps no media type
    assert other.json()["data"]["corpusVersion"]


def test_request_errors_are_not_cached_with_the_wrong_status(client: httpx.Client) -> None:
    bad = {"query": "{ nope }"}
    assert _post(client, bad).status_code == 400
    assert _post(client, bad, accept=JSON).status_code == 200  # legacy clients get 200
    assert _post(client, bad).status_code == 400


def test_an_out_of_range_number_is_shown_as_the_client_wrote_it(client: httpx.Client) -> None:
    [error] = _post(client, {"query": "{ concepts(first: 123456789) { totalCount } }"}).json()[
        "errors"
    ]
    assert error["message"] == "Invalid argument 'first': must be at most 100, got 123456789."


def test_an_overlap_matrix_over_the_budget_is_refused_before_any_pair_is_built(
    seed_graph: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    import schema.query

    built: list[object] = []
    real = schema.query.TopicOverlap  # type: ignore[attr-defined]

    def counting(**kwargs: Any) -> Any:
        built.append(kwargs)
        return real(**kwargs)

    pairs = len(seed_graph.topics) * (len(seed_graph.topics) - 1) // 2
    with _client(Limits(max_result_items=pairs - 1)) as client:
        monkeypatch.setattr(schema.query, "TopicOverlap", counting)
        body = _post(client, {"query": "{ overlapMatrix { jaccard } }"}).json()
    assert [error["extensions"]["code"] for error in body["errors"]] == ["RESULT_TOO_LARGE"]
    assert built == []


def test_the_overlap_matrix_of_chosen_topics_fits_where_the_whole_one_does_not(
    seed_graph: KnowledgeGraph,
) -> None:
    pairs = len(seed_graph.topics) * (len(seed_graph.topics) - 1) // 2
    chosen = [topic.slug for topic in seed_graph.topics[:3]]
    query = "query($t: [String!]) { overlapMatrix(topics: $t) { jaccard } }"
    with _client(Limits(max_result_items=pairs - 1)) as client:
        whole = _post(client, {"query": query}).json()
        some = _post(client, {"query": query, "variables": {"t": chosen}}).json()
    assert [error["extensions"]["code"] for error in whole["errors"]] == ["RESULT_TOO_LARGE"]
    assert "errors" not in some
    assert len(some["data"]["overlapMatrix"]) == 3
