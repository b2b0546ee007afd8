"""The benchmark harness's own parts that need no load generator: floor, scripts, variables."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from bench.floor import create_floor_app, load_responses, save_responses
from bench.load import NONCE_MARK, lua_script, run_wrk
from bench.serving import QUERIES, CorpusNames, mixed_bodies, request_bodies, variable_sets
from graph import KnowledgeGraph


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
