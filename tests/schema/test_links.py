"""Query.links: every co-occurrence link once, strongest first, a page at a time."""

from __future__ import annotations

from typing import Any

import pytest

from bench.corpus import write_corpus
from graph import KnowledgeGraph, load_corpus
from schema.ids import decode_id
from tests.schema.conftest import Execute, data_of

PAGE = """query Links($first: Int, $after: String, $minWeight: Int) {
  links(first: $first, after: $after, minWeight: $minWeight) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { source { id } target { id } weight strength } }
  }
}"""


def _every_page(execute: Execute, **variables: Any) -> tuple[list[dict[str, Any]], int]:
    links: list[dict[str, Any]] = []
    after = None
    for _ in range(1000):  # bounded: the seeds hold a few hundred links
        page = data_of(execute(PAGE, after=after, **variables))["links"]
        links.extend(edge["node"] for edge in page["edges"])
        if not page["pageInfo"]["hasNextPage"]:
            return links, page["totalCount"]
        after = page["pageInfo"]["endCursor"]
    raise AssertionError("paging did not end")


def _key(node_id: str) -> str:
    decoded = decode_id(node_id)
    assert decoded is not None
    return decoded.key


def test_paging_visits_every_link_once_strongest_first(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    links, total = _every_page(execute, first=100)

    pairs = [(_key(link["source"]["id"]), _key(link["target"]["id"])) for link in links]
    assert total == len(seed_graph.links) == len(pairs) == len(set(pairs))
    assert set(pairs) == {(link.source, link.target) for link in seed_graph.links}
    assert all(source < target for source, target in pairs)
    ranked = seed_graph.strongest_links()
    assert [link["strength"] for link in links] == [link.strength for link in ranked]
    # links a passage backs first, each group strongest first
    keys = [(not link.co_mentions, -link.strength) for link in ranked]
    assert keys == sorted(keys)
    assert any(link.co_mentions for link in ranked)
    assert not all(link.co_mentions for link in ranked)


def test_equally_strong_links_go_by_evidence_then_shared_topics_then_ids(
    seed_graph: KnowledgeGraph,
) -> None:
    ranked = seed_graph.strongest_links()
    keys = [
        (
            not link.co_mentions,
            -link.strength,
            -len(link.evidence),
            -link.weight,
            link.source,
            link.target,
        )
        for link in ranked
    ]
    assert keys == sorted(keys)
    assert len({link.strength for link in ranked}) < len(ranked)  # there are ties to break


def test_min_weight_keeps_links_sharing_that_many_topics(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    links, total = _every_page(execute, first=7, minWeight=2)

    expected = [link for link in seed_graph.links if link.weight >= 2]
    assert 0 < total == len(links) == len(expected) < len(seed_graph.links)
    assert all(link["weight"] >= 2 for link in links)
    assert _every_page(execute, first=100, minWeight=0) == _every_page(execute, first=100)


def test_the_first_page_has_no_previous_and_the_last_no_next(execute: Execute) -> None:
    first = data_of(execute(PAGE, first=2))["links"]
    assert first["pageInfo"]["hasPreviousPage"] is False
    assert first["pageInfo"]["hasNextPage"] is True
    assert first["pageInfo"]["startCursor"] == first["edges"][0]["cursor"]
    empty = data_of(execute(PAGE, first=0))["links"]
    assert empty["edges"] == []
    assert empty["pageInfo"]["endCursor"] is None


@pytest.mark.parametrize(
    ("variables", "argument"),
    [
        ({"after": "not a cursor"}, "after"),
        ({"after": "Q29uY2VwdEN1cnNvcjpucHM="}, "after"),  # a concept cursor
        ({"first": 101}, "first"),
        ({"first": -1}, "first"),
        ({"minWeight": -1}, "minWeight"),
    ],
)
def test_bad_arguments_are_named(
    execute: Execute, variables: dict[str, Any], argument: str
) -> None:
    result = execute(PAGE, **variables)
    assert result.errors is not None
    [error] = result.errors
    assert error.extensions is not None
    assert error.extensions["code"] == "BAD_USER_INPUT"
    assert error.extensions["argument"] == argument


def test_a_cursor_only_continues_the_list_it_came_from(execute: Execute) -> None:
    every = data_of(execute(PAGE, first=3))["links"]["pageInfo"]["endCursor"]
    strong = data_of(execute(PAGE, first=3, minWeight=2))["links"]["pageInfo"]["endCursor"]

    for cursor, other_weight in ((every, 2), (strong, 0)):
        result = execute(PAGE, first=3, after=cursor, minWeight=other_weight)
        assert result.errors is not None
        assert "minWeight" in result.errors[0].message


def test_a_cursor_from_another_corpus_version_is_refused(
    execute: Execute, seed_graph: KnowledgeGraph, tmp_path: Any
) -> None:

    other = load_corpus(write_corpus(tmp_path / "other", 6)).graph
    cursor = data_of(execute(PAGE, first=5, graph=other))["links"]["pageInfo"]["endCursor"]
    result = execute(PAGE, first=5, after=cursor)
    assert result.errors is not None
    assert result.errors[0].extensions == {"code": "BAD_USER_INPUT", "argument": "after"}
