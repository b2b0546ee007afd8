"""The benchmark harness's own parts that need no load generator: floor, scripts, variables,
the heavy queries and the targets of the abuse measure."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import httpx
import pytest

from bench.floor import create_floor_app, load_responses, save_responses
from bench.load import NONCE_MARK, WrkResult, lua_script, run_wrk
from bench.serving import QUERIES, CorpusNames, mixed_bodies, request_bodies, variable_sets
from graph import KnowledgeGraph
from schema.limits import Limits


@pytest.fixture(scope="module")
def names(seed_graph: KnowledgeGraph) -> CorpusNames:
    return CorpusNames(
        tuple(concept.name for concept in seed_graph.concepts),
        tuple(topic.slug for topic in seed_graph.topics),
    )


def test_the_floor_answers_each_recorded_body_with_its_bytes(tmp_path: Path) -> None:
    recorded = {
        b'{"query": "{ a }"}': (200, "application/json", b'{"data":{"a":1}}'),
        b'{"query": "{ b }"}': (200, "application/graphql-response+json", b'{"data":{"b":2}}'),
    }
    save_responses(tmp_path / "responses.json", recorded)
    assert load_responses(tmp_path / "responses.json") == recorded

    async def post(body: bytes) -> httpx.Response:
        transport = httpx.ASGITransport(app=create_floor_app(recorded))
        async with httpx.AsyncClient(transport=transport, base_url="http://floor") as client:
            return await client.post("/graphql", content=body)

    for body, (status, kind, answer) in recorded.items():
        response = asyncio.run(post(body))
        assert (response.status_code, response.content) == (status, answer)
        assert response.headers["content-type"].startswith(kind)
    assert asyncio.run(post(b"{}")).status_code == 404


@pytest.mark.parametrize("query", QUERIES, ids=[query.name for query in QUERIES])
def test_varying_variables_are_distinct_and_name_real_things(
    query, names: CorpusNames, seed_graph: KnowledgeGraph
) -> None:
    sets = variable_sets(names, query)
    assert len(sets) > 1
    assert len({json.dumps(v, sort_keys=True) for v in sets}) == len(sets)
    for variables in sets[:200]:
        for key in ("name", "from", "to"):
            if key in variables:
                assert seed_graph.find_concept(str(variables[key])) is not None, variables
        for key in ("slug", "a", "b"):
            if key in variables:
                assert seed_graph.topic(str(variables[key])) is not None, variables


def test_request_bodies_carry_the_document_and_each_variable_set(names: CorpusNames) -> None:
    query = QUERIES[0]
    sets = variable_sets(names, query)[:3]
    bodies = [json.loads(body) for body in request_bodies(query, sets)]
    assert [body["variables"] for body in bodies] == sets
    assert all(body["query"] == query.document for body in bodies)
    assert len(mixed_bodies(names)) >= 4 * 25  # interleaved, as many rounds as the shortest


def test_the_wrk_script_holds_every_body_once() -> None:
    bodies = [b'{"query": "{ a }"}', b'{"query": "{ b }", "variables": {"x": "]]"}}']
    script = lua_script(bodies, check_responses=True)
    for body in bodies:
        assert script.count(f"[==[{body.decode()}]==]") == 1
    assert "function request()" in script
    assert "graphql_errors" in script
    with pytest.raises(ValueError, match="no request bodies"):
        lua_script([])


def test_load_is_only_ever_sent_to_loopback(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        run_wrk("http://10.0.0.1:80/graphql", tmp_path / "x.lua", 1, 1)


def test_a_unique_request_is_valid_json_and_the_floor_answers_it_as_its_body() -> None:
    body = b'{"query": "{ a }", "variables": {"n": 1}}'
    recorded = {body: (200, "application/json", b'{"data":{"a":1}}')}
    script = lua_script([body], unique=True)
    assert NONCE_MARK.decode() in script
    unique = body[:-1] + NONCE_MARK + b'1.42"}}'  # what the script sends, request 42
    assert json.loads(unique)["extensions"] == {"nonce": "1.42"}

    async def post(content: bytes) -> httpx.Response:
        transport = httpx.ASGITransport(app=create_floor_app(recorded))
        async with httpx.AsyncClient(transport=transport, base_url="http://floor") as client:
            return await client.post("/graphql", content=content)

    assert asyncio.run(post(unique)).content == b'{"data":{"a":1}}'
    assert NONCE_MARK.decode() not in lua_script([body])


def test_the_implementation_comparison_times_both_and_finds_the_same_measures() -> None:
    from bench.implementations import compare_implementations
    from tests.conftest import SEEDS

    found = compare_implementations(SEEDS, "seeds")
    assert found.networkx_seconds > 0
    assert found.igraph_seconds > 0
    assert found.betweenness_difference < 1e-9
    assert found.pagerank_difference < 1e-9
    assert found.igraph_modularity >= found.networkx_modularity - 1e-9


# -- issue 13: the abuse and workers measures -------------------------------------------------


def test_the_heavy_shapes_of_issue_13_fit_the_budget_only_with_a_smaller_limit() -> None:
    from bench.abuse import heaviest_accepted
    from serving import Settings, create_app
    from tests.conftest import SEEDS
    from tests.live_server import serve_in_thread

    app = create_app(SEEDS, Settings(reload=False))
    with serve_in_thread(app) as url:
        found, budget = heaviest_accepted(url)
        assert budget == Limits().max_cost
        for query in found:
            assert query.document is not None, query.name
            assert 1 <= query.limit <= 100
            assert 0 < query.cost <= budget
            larger = query.document.replace(f"limit: {query.limit}", f"limit: {query.limit + 1}")
            over = _post_cost(url, larger)
            assert query.limit == 100 or over > budget  # the largest limit accepted
    assert any(query.issue_refused for query in found)  # as issue 13 sent it, refused


def _post_cost(url: str, document: str) -> int:
    response = httpx.post(f"{url}/graphql", json={"query": document}, timeout=30)
    return int(response.json()["extensions"]["cost"])


def test_healthz_probes_are_only_ever_sent_to_loopback() -> None:
    from bench.load import probe_healthz

    with pytest.raises(ValueError, match=r"127\.0\.0\.1"), probe_healthz("http://10.0.0.1:80"):
        pass


def test_the_healthz_probe_counts_answers_and_failures() -> None:
    from bench.load import free_port, probe_healthz
    from serving import Settings, create_app
    from tests.conftest import SEEDS
    from tests.live_server import serve_in_thread

    app = create_app(SEEDS, Settings(reload=False))
    with serve_in_thread(app) as url, probe_healthz(url, interval=0.01, limit=5) as probes:
        time.sleep(0.5)
    [probe] = probes
    assert len(probe.latencies_ms) == 5
    assert probe.failures == 0
    assert probe.max_ms >= probe.p50_ms > 0
    with probe_healthz(f"http://127.0.0.1:{free_port()}", interval=0.01, limit=3) as probes:
        time.sleep(0.3)
    assert probes[0].failures == 3  # nothing listens there


def _wrk(p99_ms: float, failures: int = 0) -> WrkResult:
    return WrkResult(
        requests=1000,
        seconds=10.0,
        non_2xx=failures,
        socket_errors=0,
        p50_ms=p99_ms / 2,
        p90_ms=p99_ms * 0.8,
        p99_ms=p99_ms,
        max_ms=p99_ms * 2,
        graphql_errors=0,
    )


@pytest.mark.parametrize(
    ("alone", "loaded", "healthz", "small_failed", "met"),
    [
        pytest.param(5.0, 12.0, 30.0, 0, True, id="all-met"),
        pytest.param(5.0, 25.0, 30.0, 0, False, id="over-4x-alone"),
        pytest.param(40.0, 120.0, 30.0, 0, False, id="over-100ms"),
        pytest.param(5.0, 12.0, 300.0, 0, False, id="healthz-slow"),
        pytest.param(5.0, 12.0, 30.0, 1, False, id="a-small-query-failed"),
    ],
)
def test_the_load_test_fails_when_an_abuse_target_is_missed(
    alone: float, loaded: float, healthz: float, small_failed: int, met: bool
) -> None:
    from bench.abuse import AbuseResult
    from bench.load import HealthProbe
    from bench.loadtest import abuse_report

    result = AbuseResult(
        setup="as served",
        small_connections=16,
        heavy_connections=4,
        budget=100_000,
        heavy_queries=(),
        small_alone=_wrk(alone),
        small_loaded=_wrk(loaded, small_failed),
        heavy=_wrk(1000.0),
        healthz=HealthProbe((10.0, healthz), 0),
    )
    lines, passed = abuse_report([result])
    assert passed is met
    assert any(line.strip().startswith("MISS") for line in lines) is not met
