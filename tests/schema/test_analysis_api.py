"""The analysis through GraphQL: every answer equals what the analysis holds.

Run on the seeds and on the generated corpus of 300 topics; the values expected come
from the domain layer's analysis, never from pasted numbers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import write_corpus
from graph import KnowledgeGraph, model
from graph.analysis import ConceptOrder
from schema.ids import decode_id, encode_id
from tests.conftest import SEEDS
from tests.live_server import ROOT
from tests.schema.conftest import Execute, data_of, run_as_served, snapshot_for

GRAPHS = [pytest.param("seed_graph", id="seeds"), pytest.param("generated_graph", id="300-topics")]


@pytest.fixture(params=GRAPHS)
def graph(request: pytest.FixtureRequest) -> KnowledgeGraph:
    """Each corpus in turn: the seeds, then 300 generated topics."""
    found: KnowledgeGraph = request.getfixturevalue(request.param)
    return found


def _names(graph: KnowledgeGraph, ids: tuple[str, ...]) -> list[str]:
    found = [graph.concept(cid) for cid in ids]
    return [concept.name for concept in found if concept is not None]


def _theme_key(theme_id: str) -> str:
    decoded = decode_id(theme_id)
    assert decoded is not None
    assert decoded.type_name == "Theme"
    return decoded.key


# -- themes and centrality ----------------------------------------------------------------

THEMES = """{
  themes {
    id label size modularity internalStrength
    members { name theme { id } }
  }
}"""


def test_themes_are_the_analysis_themes_in_order(execute: Execute, graph: KnowledgeGraph) -> None:
    themes = data_of(execute(THEMES, graph=graph))["themes"]
    expected = snapshot_for(graph).analysis.themes
    assert [_theme_key(theme["id"]) for theme in themes] == [theme.id for theme in expected]
    for served, theme in zip(themes, expected, strict=True):
        assert served["label"] == theme.label
        assert served["size"] == theme.size == len(served["members"])
        assert served["modularity"] == snapshot_for(graph).analysis.modularity
        assert served["internalStrength"] == theme.internal_strength
        assert [m["name"] for m in served["members"]] == _names(graph, theme.member_ids)
        assert {m["theme"]["id"] for m in served["members"]} == {served["id"]}


def test_every_concept_is_in_exactly_one_theme(execute: Execute, graph: KnowledgeGraph) -> None:
    themes = data_of(execute(THEMES, graph=graph))["themes"]
    members = [m["name"] for theme in themes for m in theme["members"]]
    assert sorted(members) == sorted(concept.name for concept in graph.concepts)


def test_concept_centrality_is_the_analysis_measure(
    execute: Execute, graph: KnowledgeGraph
) -> None:
    query = """query($first: Int, $after: String) {
      concepts(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { name centrality { degree betweenness pagerank } } }
      }
    }"""
    served: dict[str, Any] = {}
    after = None
    for _ in range(50):  # 100 a page: far more pages than either corpus fills
        page = data_of(execute(query, graph=graph, first=100, after=after))["concepts"]
        served.update((e["node"]["name"], e["node"]["centrality"]) for e in page["edges"])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(served) == len(graph.concepts)
    for concept in graph.concepts:
        measure = snapshot_for(graph).analysis.centrality_of(concept.id)
        assert measure is not None
        assert served[concept.name] == {
            "degree": measure.degree,
            "betweenness": measure.betweenness,
            "pagerank": measure.pagerank,
        }


def test_node_fetches_a_theme_again_by_its_id(execute: Execute, graph: KnowledgeGraph) -> None:
    first = snapshot_for(graph).analysis.themes[0]
    data = data_of(
        execute(
            "query($id: ID!) { node(id: $id) { __typename id ... on Theme { label } } }",
            graph=graph,
            id=encode_id("Theme", first.id),
        )
    )
    assert data["node"] == {
        "__typename": "Theme",
        "id": encode_id("Theme", first.id),
        "label": first.label,
    }


def test_unknown_theme_id_gives_null(execute: Execute) -> None:
    data = data_of(
        execute("query($id: ID!) { node(id: $id) { id } }", id=encode_id("Theme", "theme-999"))
    )
    assert data == {"node": None}


# -- bridges and gaps ---------------------------------------------------------------------

BRIDGES = """query($limit: Int) {
  bridges(limit: $limit) {
    concept { name } score participation betweenness degree
    themes { id } linkedConcepts { name } topics { slug }
  }
}"""

GAPS = """query($limit: Int) {
  structuralGaps(limit: $limit) {
    a { id } b { id } linkCount totalStrength density connection
    linkingConcepts { name } meetingTopics { slug }
  }
}"""


@pytest.mark.parametrize(
    ("variables", "expected_limit"),
    [
        pytest.param({}, 10, id="default-10"),
        pytest.param({"limit": None}, 10, id="null-means-10"),
        pytest.param({"limit": 0}, 0, id="zero"),
        pytest.param({"limit": 3}, 3, id="three"),
        pytest.param({"limit": 100}, 100, id="more-than-there-are"),
    ],
)
def test_bridges_are_the_strongest_with_their_evidence(
    execute: Execute, graph: KnowledgeGraph, variables: dict[str, Any], expected_limit: int
) -> None:
    bridges = data_of(execute(BRIDGES, graph=graph, **variables))["bridges"]
    expected = snapshot_for(graph).analysis.top_bridges(expected_limit)
    assert len(bridges) == len(expected)
    for served, bridge in zip(bridges, expected, strict=True):
        assert served["concept"]["name"] == _names(graph, (bridge.concept_id,))[0]
        assert (served["score"], served["participation"]) == (bridge.score, bridge.participation)
        assert (served["betweenness"], served["degree"]) == (bridge.betweenness, bridge.degree)
        assert [_theme_key(t["id"]) for t in served["themes"]] == list(bridge.theme_ids)
        assert [c["name"] for c in served["linkedConcepts"]] == _names(
            graph, bridge.linked_concept_ids
        )
        assert [t["slug"] for t in served["topics"]] == list(bridge.topic_slugs)


def test_a_bridge_starts_from_its_own_theme(execute: Execute, graph: KnowledgeGraph) -> None:
    query = "{ bridges(limit: 5) { concept { theme { id } } themes { id } } }"
    bridges = data_of(execute(query, graph=graph))["bridges"]
    assert bridges
    for bridge in bridges:
        assert bridge["themes"][0] == bridge["concept"]["theme"]
        assert len(bridge["themes"]) >= 2


@pytest.mark.parametrize(
    ("variables", "expected_limit"),
    [
        pytest.param({}, 10, id="default-10"),
        pytest.param({"limit": 2}, 2, id="two"),
        pytest.param({"limit": 100}, 100, id="more-than-there-are"),
    ],
)
def test_structural_gaps_are_the_weakest_pairs_with_their_evidence(
    execute: Execute, graph: KnowledgeGraph, variables: dict[str, Any], expected_limit: int
) -> None:
    gaps = data_of(execute(GAPS, graph=graph, **variables))["structuralGaps"]
    expected = snapshot_for(graph).analysis.top_gaps(expected_limit)
    assert len(gaps) == len(expected)
    for served, gap in zip(gaps, expected, strict=True):
        assert (_theme_key(served["a"]["id"]), _theme_key(served["b"]["id"])) == (
            gap.theme_a,
            gap.theme_b,
        )
        assert (served["linkCount"], served["totalStrength"]) == (
            gap.link_count,
            gap.total_strength,
        )
        assert (served["density"], served["connection"]) == (gap.density, gap.connection)
        assert [c["name"] for c in served["linkingConcepts"]] == _names(
            graph, gap.linking_concept_ids
        )
        assert [t["slug"] for t in served["meetingTopics"]] == list(gap.meeting_topic_slugs)
    connections = [gap["connection"] for gap in gaps]
    assert connections == sorted(connections)


# -- topics -------------------------------------------------------------------------------

TOPICS = """query($limit: Int) {
  topics {
    slug
    similarTopics(limit: $limit) { topic { slug } score similarity sharedConcepts { name } }
    alignment {
      isAligned
      unassessedKeyConcepts { name }
      markingPointsWithoutKeyConcept { id kind topic { slug } }
      tipModelsNeverAssessed { name kind }
    }
  }
}"""


@pytest.mark.parametrize("limit", [pytest.param(2, id="two"), pytest.param(None, id="null-10")])
def test_similar_topics_share_concepts_most_similar_first(
    execute: Execute, graph: KnowledgeGraph, limit: int | None
) -> None:
    topics = data_of(execute(TOPICS, graph=graph, limit=limit))["topics"]
    for topic in topics:
        expected = snapshot_for(graph).analysis.topics_similar_to(
            topic["slug"], 10 if limit is None else limit
        )
        served = topic["similarTopics"]
        assert [s["topic"]["slug"] for s in served] == [s.other for s in expected]
        assert [s["score"] for s in served] == [s.score for s in expected]
        assert [s["similarity"] for s in served] == [s.similarity for s in expected]
        assert [[c["name"] for c in s["sharedConcepts"]] for s in served] == [
            _names(graph, s.shared_concept_ids) for s in expected
        ]
        # something in common: what they teach, or else a concept both name
        assert all(s["similarity"] > 0 or s["sharedConcepts"] for s in served)
        assert topic["slug"] not in {s["topic"]["slug"] for s in served}


def test_alignment_lists_the_three_gaps_of_every_topic(
    execute: Execute, graph: KnowledgeGraph
) -> None:
    topics = data_of(execute(TOPICS, graph=graph, limit=0))["topics"]
    assert len(topics) == len(graph.topics)
    for topic in topics:
        expected = snapshot_for(graph).analysis.alignment(topic["slug"])
        assert expected is not None
        served = topic["alignment"]
        assert served["isAligned"] is expected.is_aligned
        assert [c["name"] for c in served["unassessedKeyConcepts"]] == _names(
            graph, expected.unassessed_key_concept_ids
        )
        assert [s["id"] for s in served["markingPointsWithoutKeyConcept"]] == [
            encode_id("Statement", sid) for sid in expected.marking_point_ids_without_key_concept
        ]
        assert {
            (s["kind"], s["topic"]["slug"]) for s in served["markingPointsWithoutKeyConcept"]
        } <= {("MARKING_POINT", topic["slug"])}
        assert [c["name"] for c in served["tipModelsNeverAssessed"]] == _names(
            graph, expected.tip_models_never_assessed
        )
        assert {c["kind"] for c in served["tipModelsNeverAssessed"]} <= {"MODEL"}


def test_some_seed_topic_is_misaligned(execute: Execute) -> None:
    # the seeds were written without checking alignment: the query must find something
    topics = data_of(execute(TOPICS, limit=0))["topics"]
    assert not all(topic["alignment"]["isAligned"] for topic in topics)


# -- summary ------------------------------------------------------------------------------

SUMMARY = """{
  corpusSummary {
    nodesByKind { kind count } statementsByKind { kind count }
    linkCount themeCount modularity
    recurringModels { name kind topics { slug } }
    conceptsTaughtOnce { name keyInTopics { slug } }
  }
}"""


def test_corpus_summary_counts_and_lists(execute: Execute, graph: KnowledgeGraph) -> None:
    summary = data_of(execute(SUMMARY, graph=graph))["corpusSummary"]
    expected = snapshot_for(graph).analysis.summary
    counts = graph.counts
    assert summary["nodesByKind"] == [
        {"kind": "topic", "count": counts.topics},
        {"kind": "concept", "count": counts.concepts},
        {"kind": "model", "count": counts.models},
        {"kind": "statement", "count": counts.statements},
    ]
    assert summary["statementsByKind"] == [
        {"kind": "exam-tip", "count": counts.exam_tips},
        {"kind": "misconception", "count": counts.misconceptions},
        {"kind": "marking-point", "count": counts.marking_points},
    ]
    assert (summary["linkCount"], summary["themeCount"]) == (
        counts.links,
        len(snapshot_for(graph).analysis.themes),
    )
    assert summary["modularity"] == snapshot_for(graph).analysis.modularity
    recurring = summary["recurringModels"]
    assert [m["name"] for m in recurring] == _names(graph, expected.recurring_model_ids)
    assert all(m["kind"] == "MODEL" and len(m["topics"]) >= 2 for m in recurring)
    once = summary["conceptsTaughtOnce"]
    assert [c["name"] for c in once] == _names(graph, expected.taught_once_concept_ids)
    assert all(len(c["keyInTopics"]) == 1 for c in once)


# -- ordering and paging ------------------------------------------------------------------

ORDERED_PAGE = """
query($first: Int, $after: String, $search: String, $kind: ConceptKind, $order: ConceptOrder) {
  concepts(first: $first, after: $after, search: $search, kind: $kind, orderBy: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { name kind } }
  }
}
"""


def _walk(
    execute: Execute, graph: KnowledgeGraph, page_size: int, **filters: Any
) -> tuple[list[str], set[int]]:
    names: list[str] = []
    totals: set[int] = set()
    after = None
    for _ in range(400):  # the generated corpus has about 300 concepts: 300 pages of 1 at most
        page = data_of(execute(ORDERED_PAGE, graph=graph, first=page_size, after=after, **filters))
        connection = page["concepts"]
        names += [edge["node"]["name"] for edge in connection["edges"]]
        totals.add(connection["totalCount"])
        assert connection["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not connection["pageInfo"]["hasNextPage"]:
            return names, totals
        after = connection["pageInfo"]["endCursor"]
    raise AssertionError("paging never reached the last page")


@pytest.mark.parametrize("order", [pytest.param(o.name, id=o.name) for o in ConceptOrder])
@pytest.mark.parametrize(
    "filters",
    [
        pytest.param({}, id="all"),
        pytest.param({"kind": "MODEL"}, id="models"),
        pytest.param({"search": "service"}, id="search"),
    ],
)
def test_ordered_paging_visits_every_match_once_in_that_order(
    execute: Execute, graph: KnowledgeGraph, order: str, filters: dict[str, Any]
) -> None:
    names, totals = _walk(execute, graph, 7, order=order, **filters)
    kind = model.ConceptKind[filters["kind"]] if "kind" in filters else None
    matches = {concept.id for concept in graph.search_concepts(filters.get("search"), kind)}
    ranked = snapshot_for(graph).analysis.ranked_concept_ids(ConceptOrder[order])
    assert names == _names(graph, tuple(cid for cid in ranked if cid in matches))
    assert len(names) == len(set(names)) == len(matches)
    assert totals == {len(matches)}


@pytest.mark.parametrize(
    "measure",
    [pytest.param("degree", id="degree"), pytest.param("pagerank", id="pagerank")],
)
def test_measure_orders_go_highest_first(
    execute: Execute, graph: KnowledgeGraph, measure: str
) -> None:
    query = (
        f"{{ concepts(orderBy: {measure.upper()}, first: 100) "
        f"{{ edges {{ node {{ centrality {{ {measure} }} }} }} }} }}"
    )
    edges = data_of(execute(query, graph=graph))["concepts"]["edges"]
    # values equal but for float rounding count as ties, which go by name
    values = [round(edge["node"]["centrality"][measure], 12) for edge in edges]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize(
    "filters",
    [pytest.param({}, id="by-name"), pytest.param({"search": "service"}, id="by-relevance")],
)
def test_null_order_keeps_the_default_order(
    execute: Execute, seed_graph: KnowledgeGraph, filters: dict[str, Any]
) -> None:
    unordered = data_of(execute(ORDERED_PAGE, first=100, **filters))
    assert unordered == data_of(execute(ORDERED_PAGE, first=100, order=None, **filters))
    names = [edge["node"]["name"] for edge in unordered["concepts"]["edges"]]
    default = seed_graph.search_concepts(filters.get("search"))  # by name, or best match first
    assert names == [concept.name for concept in default]


def test_cursor_from_another_order_is_rejected(execute: Execute) -> None:
    by_degree = data_of(execute(ORDERED_PAGE, first=2, order="DEGREE"))["concepts"]
    cursor = by_degree["pageInfo"]["endCursor"]
    for order in ("PAGERANK", None):
        result = execute(ORDERED_PAGE, first=2, order=order, after=cursor)
        assert result.errors is not None
        assert result.errors[0].extensions == {"code": "BAD_USER_INPUT", "argument": "after"}


# -- determinism --------------------------------------------------------------------------

ANALYSIS_QUERY = f"""{{
  {THEMES[1:-1]}
  bridges(limit: 100) {{ concept {{ name }} score themes {{ id }} linkedConcepts {{ name }} }}
  structuralGaps(limit: 100) {{ a {{ id }} b {{ id }} connection linkingConcepts {{ name }} }}
  {SUMMARY[1:-1]}
  topics {{ slug similarTopics(limit: 3) {{ topic {{ slug }} score }} alignment {{ isAligned }} }}
  concepts(orderBy: BETWEENNESS, first: 100) {{ edges {{ cursor node {{ name }} }} }}
}}"""

_RUN_ONCE = """
import json, sys
from graph import load_corpus
from tests.schema.conftest import run_as_served
result = run_as_served(sys.argv[2], load_corpus(sys.argv[1]))
assert result.errors is None, result.errors
print(json.dumps(result.data, sort_keys=True))
"""


@pytest.mark.parametrize(
    ("fixture", "size"),
    [
        pytest.param("seed_snapshot", 0, id="seeds"),
        pytest.param("generated_snapshot", 300, id="300"),
    ],
)
def test_two_fresh_builds_in_two_processes_answer_identically(
    request: pytest.FixtureRequest, tmp_path: Path, fixture: str, size: int
) -> None:
    # write_corpus writes the same bytes for the same size: the fixture's corpus again
    corpus = SEEDS if size == 0 else write_corpus(tmp_path, size)
    in_this_process = request.getfixturevalue(fixture)
    # different hash seeds: no answer may depend on set or dict iteration order
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _RUN_ONCE, str(corpus), ANALYSIS_QUERY],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "2")
    ]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=90)
        assert process.returncode == 0, err
        outputs.append(out.strip())
    assert outputs[0] == outputs[1]
    result = run_as_served(ANALYSIS_QUERY, in_this_process)
    assert outputs[0] == json.dumps(data_of(result), sort_keys=True)
