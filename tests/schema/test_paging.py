"""Connections everywhere a list grows with the corpus: forward, backward, and refused cursors."""

from __future__ import annotations

from typing import Any

import pytest

from graph import KnowledgeGraph, Snapshot
from schema.ids import encode_id
from tests.schema.conftest import Execute, data_of

TOPICS = """
query($first: Int, $after: String, $last: Int, $before: String) {
  topicsConnection(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { slug } }
    nodes { slug }
  }
}
"""


def _forward(execute: Execute, graph: KnowledgeGraph | None = None, size: int = 2) -> list[str]:
    seen: list[str] = []
    after = None
    for _ in range(1000):
        page = data_of(execute(TOPICS, graph=graph, first=size, after=after))["topicsConnection"]
        assert [n["slug"] for n in page["nodes"]] == [e["node"]["slug"] for e in page["edges"]]
        seen += [node["slug"] for node in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            return seen
        after = page["pageInfo"]["endCursor"]
    raise AssertionError("paging did not end")


def _backward(execute: Execute, size: int = 2) -> list[str]:
    seen: list[str] = []
    before = None
    for _ in range(1000):
        page = data_of(execute(TOPICS, last=size, before=before))["topicsConnection"]
        seen = [node["slug"] for node in page["nodes"]] + seen
        if not page["pageInfo"]["hasPreviousPage"]:
            return seen
        before = page["pageInfo"]["startCursor"]
    raise AssertionError("paging did not end")


def test_topics_page_forward_and_backward_visiting_each_once(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    slugs = [topic.slug for topic in seed_graph.topics]
    assert _forward(execute) == slugs
    assert _backward(execute) == slugs
    whole = data_of(execute(TOPICS))["topicsConnection"]
    assert whole["totalCount"] == len(slugs)
    assert whole["pageInfo"] == {
        "hasNextPage": False,
        "hasPreviousPage": False,
        "startCursor": whole["edges"][0]["cursor"],
        "endCursor": whole["edges"][-1]["cursor"],
    }


def test_a_generated_corpus_pages_through_every_topic(
    execute: Execute, generated_graph: KnowledgeGraph
) -> None:
    seen = _forward(execute, generated_graph, size=100)
    assert seen == [topic.slug for topic in generated_graph.topics]


def test_last_wins_over_first_and_the_middle_knows_both_ends(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    slugs = [topic.slug for topic in seed_graph.topics]
    page = data_of(execute(TOPICS, first=4, last=2))["topicsConnection"]
    assert [n["slug"] for n in page["nodes"]] == slugs[-2:]
    middle = data_of(execute(TOPICS, first=1, after=page_cursor(execute, 1)))["topicsConnection"]
    assert [n["slug"] for n in middle["nodes"]] == slugs[2:3]
    assert middle["pageInfo"]["hasPreviousPage"] is True
    assert middle["pageInfo"]["hasNextPage"] is True


def page_cursor(execute: Execute, index: int) -> str:
    edges = data_of(execute(TOPICS, first=10))["topicsConnection"]["edges"]
    cursor: str = edges[index]["cursor"]
    return cursor


@pytest.mark.parametrize(
    ("variables", "argument"),
    [
        pytest.param({"first": -1}, "first", id="negative-first"),
        pytest.param({"last": 101}, "last", id="last-over-the-limit"),
        pytest.param({"after": "not-a-cursor"}, "after", id="garbage-after"),
        pytest.param({"before": encode_id("ThemeCursor", "0\ttheme-1")}, "before", id="other-list"),
        pytest.param({"after": encode_id("TopicCursor", "0\tno-such")}, "after", id="stale"),
    ],
)
def test_bad_paging_arguments_are_errors_naming_them(
    execute: Execute, variables: dict[str, Any], argument: str
) -> None:
    result = execute(TOPICS, **variables)
    assert result.errors is not None
    assert result.errors[0].extensions == {"code": "BAD_USER_INPUT", "argument": argument}


NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"


def test_nodes_fetches_many_ids_in_order_with_null_for_unknown(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    topic, concept = seed_graph.topics[0], seed_graph.concepts[0]
    link = seed_graph.links[0]
    ids = [
        encode_id("Concept", concept.id),
        "garbage",
        encode_id("Topic", topic.slug),
        encode_id("Link", f"{link.source}\t{link.target}"),
    ]
    found = data_of(execute(NODES, ids=ids))["nodes"]
    assert [node and node["__typename"] for node in found] == ["Concept", None, "Topic", "Link"]
    assert [node["id"] for node in found if node] == [ids[0], ids[2], ids[3]]


def test_nodes_takes_at_most_a_page_of_ids(execute: Execute) -> None:
    result = execute(NODES, ids=["x"] * 101)
    assert result.errors is not None
    assert result.errors[0].extensions == {"code": "BAD_USER_INPUT", "argument": "ids"}


RELATED = """
query($name: String!, $after: String, $min: Int) {
  concept(name: $name) {
    related(limit: 100, minSharedTopics: $min) { concept { name } sharedTopicCount weight }
    relatedConnection(first: 3, after: $after, minSharedTopics: $min) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id concept { name } }
    }
  }
}
"""


@pytest.mark.parametrize("minimum", [None, 2])
def test_related_pages_through_every_related_concept_in_order(
    execute: Execute, minimum: int | None
) -> None:
    first = data_of(execute(RELATED, name="NPS", min=minimum))["concept"]
    expected = [entry["concept"]["name"] for entry in first["related"]]
    assert all(entry["sharedTopicCount"] == entry["weight"] for entry in first["related"])
    if minimum:
        assert all(entry["sharedTopicCount"] >= minimum for entry in first["related"])
    seen: list[str] = []
    after = None
    for _ in range(100):
        concept = data_of(execute(RELATED, name="NPS", after=after, min=minimum))["concept"]
        page = concept["relatedConnection"]
        assert page["totalCount"] == len(expected)
        seen += [node["concept"]["name"] for node in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == expected
    assert expected


def test_a_cursor_from_another_minimum_is_refused(execute: Execute) -> None:
    page = data_of(execute(RELATED, name="NPS"))["concept"]["relatedConnection"]
    result = execute(RELATED, name="NPS", after=page["pageInfo"]["endCursor"], min=2)
    assert result.errors is not None
    assert result.errors[0].extensions == {"code": "BAD_USER_INPUT", "argument": "after"}
    assert "other arguments" in result.errors[0].message


NESTED = """
{
  themes { id membersConnection(first: 2) { totalCount nodes { id } } members { id } }
  corpusSummary {
    nodeCounts { kind count } nodesByKind { kind count }
    statementCounts { kind count } statementsByKind { kind count }
    recurringModelsConnection(first: 100) { nodes { name } } recurringModels { name }
  }
  bridges(limit: 1) { id topicsConnection(last: 1) { nodes { slug } } topics { slug } }
}
"""


def test_nested_lists_page_and_typed_counts_match_the_old_fields(execute: Execute) -> None:
    data = data_of(execute(NESTED))
    for theme in data["themes"]:
        page = theme["membersConnection"]
        assert page["totalCount"] == len(theme["members"])
        assert page["nodes"] == theme["members"][:2]
    summary = data["corpusSummary"]
    assert [(c["kind"], c["count"]) for c in summary["nodeCounts"]] == [
        (c["kind"].upper(), c["count"]) for c in summary["nodesByKind"]
    ]
    assert [(c["kind"], c["count"]) for c in summary["statementCounts"]] == [
        (c["kind"].upper().replace("-", "_"), c["count"]) for c in summary["statementsByKind"]
    ]
    assert summary["recurringModelsConnection"]["nodes"] == summary["recurringModels"]
    (bridge,) = data["bridges"]
    assert bridge["topicsConnection"]["nodes"] == bridge["topics"][-1:]


CACHEABLE = """
{
  links(first: 3) { nodes { id } }
  concept(name: "NPS") {
    centrality { id }
    related(limit: 3) { id }
    relatedConnection(first: 1) { nodes { passagesConnection(first: 1) { nodes { id } } } }
  }
  topics { id alignment { id } similarTopics(limit: 2) { id } markingPoints { assesses { id } } }
  overlapMatrix { id }
  structuralGaps(limit: 2) { id }
  corpusProblems { id }
}
"""


def test_objects_a_client_caches_have_distinct_ids(execute: Execute) -> None:
    data = data_of(execute(CACHEABLE))
    ids: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, dict):
            if "id" in value:
                ids.append(value["id"])
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(data)
    assert len(ids) > 20
    assert len(ids) == len(set(ids))


def test_a_link_id_fetches_the_link_again(execute: Execute, seed_snapshot: Snapshot) -> None:
    link = data_of(execute("{ links(first: 1) { nodes { id strength } } }"))["links"]["nodes"][0]
    found = data_of(
        execute("query($id: ID!) { node(id: $id) { ... on Link { id strength } } }", id=link["id"])
    )["node"]
    assert found == link
