"""Queries answered from the seed corpus and small graphs, without HTTP."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from graph import KnowledgeGraph
from schema.ids import encode_id
from tests.schema.conftest import Execute, data_of, graph_with_problems


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


# -- lookups ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("Net Promoter Score", id="canonical-name"),
        pytest.param("NPS", id="alias"),
        pytest.param("nps", id="alias-lower-case"),
        pytest.param("N.P.S.", id="alias-with-punctuation"),
        pytest.param("  net   promoter score ", id="extra-spacing"),
    ],
)
def test_concept_is_found_by_any_spelling(execute: Execute, written: str) -> None:
    data = data_of(execute("query($n: String!) { concept(name: $n) { name } }", n=written))
    assert data["concept"] == {"name": "Net Promoter Score"}


@pytest.mark.parametrize(
    ("query", "variables"),
    [
        pytest.param("query($v: String!) { concept(name: $v) { id } }", "Unheard Of", id="concept"),
        pytest.param("query($v: String!) { topic(slug: $v) { id } }", "no-such-topic", id="topic"),
        pytest.param("query($v: ID!) { node(id: $v) { id } }", "not base64!", id="malformed-id"),
        pytest.param(
            "query($v: ID!) { node(id: $v) { id } }", encode_id("Concept", "nope"), id="unknown-id"
        ),
        pytest.param(
            "query($v: ID!) { node(id: $v) { id } }", encode_id("Shoe", "later"), id="unknown-type"
        ),
        pytest.param(
            'query($v: String!) { path(from: $v, to: "SERVQUAL") { id } }', "Unheard Of", id="path"
        ),
        pytest.param(
            "query($v: String!) { topicOverlap(a: $v, b: $v) { jaccard } }", "nope", id="overlap"
        ),
    ],
)
def test_unknown_name_slug_or_id_gives_null_not_an_error(
    execute: Execute, query: str, variables: str
) -> None:
    data = data_of(execute(query, v=variables))
    assert list(data.values()) == [None]


def test_topics_come_in_slug_order_with_their_sections(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    data = data_of(
        execute(
            "{ topics { slug title keyConcepts { name } examTips { text kind position } "
            "misconceptions { kind } markingPoints { kind } } }"
        )
    )
    slugs = [topic["slug"] for topic in data["topics"]]
    assert slugs == sorted(slugs)
    assert len(slugs) == len(seed_graph.topics)
    names = {concept.id: concept.name for concept in seed_graph.concepts}
    for topic, record in zip(data["topics"], seed_graph.topics, strict=True):
        key_names = [names[cid] for cid in record.key_concept_ids]
        assert [c["name"] for c in topic["keyConcepts"]] == key_names
        assert [s["position"] for s in topic["examTips"]] == list(
            range(1, len(record.exam_tip_ids) + 1)
        )
        assert {s["kind"] for s in topic["examTips"]} <= {"EXAM_TIP"}
        assert {s["kind"] for s in topic["misconceptions"]} <= {"MISCONCEPTION"}
        assert {s["kind"] for s in topic["markingPoints"]} <= {"MARKING_POINT"}


def test_topic_concepts_filter_by_kind(execute: Execute, seed_graph: KnowledgeGraph) -> None:
    slug = seed_graph.topics[0].slug
    data = data_of(
        execute(
            "query($s: String!) { topic(slug: $s) { all: concepts { name kind } "
            "models: concepts(kind: MODEL) { name kind } } }",
            s=slug,
        )
    )
    everything, models = data["topic"]["all"], data["topic"]["models"]
    assert models == [c for c in everything if c["kind"] == "MODEL"]
    assert 0 < len(models) < len(everything)


# -- node ids -------------------------------------------------------------------------------

NODE_QUERY = """
query($id: ID!) { node(id: $id) { __typename id
  ... on Topic { slug } ... on Concept { name } ... on Statement { text } } }
"""


@pytest.mark.parametrize(
    ("query", "typename"),
    [
        pytest.param("{ found: topics { id } }", "Topic", id="topic"),
        pytest.param(
            "{ found: concepts(first: 100) { edges { node { id } } } }", "Concept", id="concept"
        ),
        pytest.param("{ found: topics { examTips { id } } }", "Statement", id="statement"),
    ],
)
def test_every_node_id_resolves_back_to_the_same_node(
    execute: Execute, query: str, typename: str
) -> None:
    ids: list[str] = []

    def collect(value: Any) -> None:
        if isinstance(value, dict):
            ids.extend([value["id"]] if "id" in value else [])
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(data_of(execute(query)))
    assert ids
    for node_id in ids:
        node = data_of(execute(NODE_QUERY, id=node_id))["node"]
        assert node["__typename"] == typename
        assert node["id"] == node_id


def test_ids_are_opaque_but_stable(execute: Execute, seed_graph: KnowledgeGraph) -> None:
    first = data_of(execute('{ concept(name: "LATER") { id } }'))["concept"]["id"]
    again = data_of(execute('{ concept(name: "later model") { id } }'))["concept"]["id"]
    assert first == again
    assert "later" not in first.lower()  # not the domain id in clear
    assert base64.b64decode(first)  # and still a plain string any client can store


# -- related concepts: NPS in the seeds ------------------------------------------------------

RELATED = """
query($name: String!, $limit: Int, $minWeight: Float) {
  concept(name: $name) { name topics { slug }
    related(limit: $limit, minWeight: $minWeight) {
      concept { name topics { slug } }
      weight strength sharedTopics { slug }
      evidence { text concepts { name } }
      passages { kind text topic { slug } concepts { name } }
    }
  }
}
"""


def test_related_concepts_of_nps_are_measured_and_ordered(execute: Execute) -> None:
    concept = data_of(execute(RELATED, name="NPS", limit=100))["concept"]
    own_topics = {t["slug"] for t in concept["topics"]}
    related = concept["related"]
    assert related
    for entry in related:
        other_topics = {t["slug"] for t in entry["concept"]["topics"]}
        shared = own_topics & other_topics
        assert {t["slug"] for t in entry["sharedTopics"]} == shared
        assert entry["weight"] == len(shared) > 0
        # normalised; its definition is pinned in tests/graph/test_graph.py
        assert 0 < entry["strength"] <= 1
        for statement in entry["evidence"]:
            mentioned = {c["name"] for c in statement["concepts"]}
            assert {"Net Promoter Score", entry["concept"]["name"]} <= mentioned
        for passage in entry["passages"]:
            mentioned = {c["name"] for c in passage["concepts"]}
            assert {"Net Promoter Score", entry["concept"]["name"]} <= mentioned
            assert passage["topic"]["slug"] in shared
        # every statement of the evidence is one of the passages
        assert {s["text"] for s in entry["evidence"]} <= {p["text"] for p in entry["passages"]}
    # links a passage backs come first; each group strongest first
    keys = [(not entry["passages"], -entry["strength"]) for entry in related]
    assert keys == sorted(keys)
    assert related[0]["passages"]
    assert "Net Promoter Score" not in {entry["concept"]["name"] for entry in related}


def test_a_link_a_description_backs_ranks_above_one_resting_on_a_shared_topic(
    execute: Execute,
) -> None:
    # Service Recovery's description names LATER; Stakeholder Analysis only shares a
    # topic with it, with a higher Jaccard of contexts
    related = data_of(execute(RELATED, name="LATER", limit=100))["concept"]["related"]
    names = [entry["concept"]["name"] for entry in related]
    assert names.index("Service Recovery") < names.index("Stakeholder Analysis")
    recovery = related[names.index("Service Recovery")]
    assert {p["kind"] for p in recovery["passages"]} == {"KEY_CONCEPT"}
    assert recovery["evidence"] == []


def test_related_concepts_of_nps_include_its_evidence(execute: Execute) -> None:
    # The seeds mention NPS with Mystery Shopping in one marking point (topic 001).
    related = data_of(execute(RELATED, name="NPS", limit=100))["concept"]["related"]
    by_name = {entry["concept"]["name"]: entry for entry in related}
    evidence = [s["text"] for s in by_name["Mystery Shopping"]["evidence"]]
    assert len(evidence) == 1
    assert "NPS" in evidence[0] or "Net Promoter" in evidence[0]
    assert "mystery shopping" in evidence[0].lower()


@pytest.mark.parametrize(
    ("limit", "min_weight"),
    [
        pytest.param(3, None, id="limit"),
        pytest.param(0, None, id="limit-zero"),
        pytest.param(100, 2.0, id="min-weight"),
        pytest.param(None, None, id="defaults"),
    ],
)
def test_related_honours_limit_and_min_weight(
    execute: Execute, limit: int | None, min_weight: float | None
) -> None:
    everything = data_of(execute(RELATED, name="NPS", limit=100))["concept"]["related"]
    got = data_of(execute(RELATED, name="NPS", limit=limit, minWeight=min_weight))
    expected = [e for e in everything if e["weight"] >= (min_weight or 0)]
    assert got["concept"]["related"] == expected[: 10 if limit is None else limit]


def test_neighbors_grow_with_depth(execute: Execute, seed_graph: KnowledgeGraph) -> None:
    query = 'query($d: Int) { concept(name: "NPS") { neighbors(depth: $d) { name } } }'
    by_depth = {
        depth: {c["name"] for c in data_of(execute(query, d=depth))["concept"]["neighbors"]}
        for depth in (0, 1, 2)
    }
    nps = seed_graph.find_concept("NPS")
    assert nps is not None
    direct = {seed_graph.concept(link.other(nps.id)) for link in seed_graph.related(nps.id)}
    assert by_depth[0] == set()
    assert by_depth[1] == {concept.name for concept in direct if concept}
    assert by_depth[1] <= by_depth[2]
    assert "Net Promoter Score" not in by_depth[2]


# -- path: LATER to SERVQUAL in the seeds ----------------------------------------------------

PATH = """
query($from: String!, $to: String!) { path(from: $from, to: $to) {
  __typename id
  ... on Concept { name topics { slug } }
  ... on Topic { slug concepts { name } } } }
"""


def test_path_from_later_to_servqual_is_a_shortest_chain_of_shared_topics(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    chain = data_of(execute(PATH, **{"from": "LATER", "to": "servqual"}))["path"]
    assert chain[0]["name"] == "LATER"
    assert chain[-1]["name"] == "SERVQUAL"
    assert [step["__typename"] for step in chain] == ["Concept", "Topic"] * (len(chain) // 2) + [
        "Concept"
    ]
    for index in range(1, len(chain), 2):
        topic = chain[index]
        mentioned = {c["name"] for c in topic["concepts"]}
        assert {chain[index - 1]["name"], chain[index + 1]["name"]} <= mentioned
    # LATER and SERVQUAL share no topic, so one concept must bridge two topics
    later_topics = {t["slug"] for t in chain[0]["topics"]}
    servqual_topics = {t["slug"] for t in chain[-1]["topics"]}
    assert not later_topics & servqual_topics
    assert len(chain) == 5


def test_path_to_itself_is_the_concept_alone(execute: Execute) -> None:
    chain = data_of(execute(PATH, **{"from": "NPS", "to": "net promoter score"}))["path"]
    assert [step["name"] for step in chain] == ["Net Promoter Score"]


def test_path_between_unconnected_concepts_is_null(
    execute: Execute, two_islands: KnowledgeGraph
) -> None:
    result = execute(PATH, graph=two_islands, **{"from": "SERVQUAL", "to": "LATER"})
    assert data_of(result) == {"path": None}
    linked = execute(PATH, graph=two_islands, **{"from": "SERVQUAL", "to": "Gaps Model"})
    assert [step["__typename"] for step in data_of(linked)["path"]] == [
        "Concept",
        "Topic",
        "Concept",
    ]


# -- topic overlap --------------------------------------------------------------------------

OVERLAP = """
fragment Side on TopicOverlap { a { slug concepts { name } } b { slug concepts { name } } }
query($a: String!, $b: String!) { topicOverlap(a: $a, b: $b) { ...Side jaccard
  sharedConcepts { name } onlyInA { name } onlyInB { name } } }
"""


def test_overlap_of_two_seed_topics_splits_their_concepts(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    first, second = seed_graph.topics[0].slug, seed_graph.topics[1].slug
    overlap = data_of(execute(OVERLAP, a=first, b=second))["topicOverlap"]
    in_a = {c["name"] for c in overlap["a"]["concepts"]}
    in_b = {c["name"] for c in overlap["b"]["concepts"]}
    assert (overlap["a"]["slug"], overlap["b"]["slug"]) == (first, second)
    assert {c["name"] for c in overlap["sharedConcepts"]} == in_a & in_b
    assert {c["name"] for c in overlap["onlyInA"]} == in_a - in_b
    assert {c["name"] for c in overlap["onlyInB"]} == in_b - in_a
    assert overlap["jaccard"] == pytest.approx(_jaccard(in_a, in_b))
    assert in_a & in_b, "the first two seed topics share Key Performance Indicator and more"


def test_overlap_matrix_holds_every_pair_of_topics_once(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    matrix = data_of(execute("{ overlapMatrix { a { slug } b { slug } jaccard } }"))[
        "overlapMatrix"
    ]
    pairs = [frozenset((entry["a"]["slug"], entry["b"]["slug"])) for entry in matrix]
    topics = len(seed_graph.topics)
    assert len(pairs) == len(set(pairs)) == topics * (topics - 1) // 2
    assert all(len(pair) == 2 for pair in pairs)
    assert all(0 <= entry["jaccard"] <= 1 for entry in matrix)


def test_overlap_matrix_of_chosen_topics_holds_their_pairs_in_slug_order(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    query = "query($t: [String!]) { overlapMatrix(topics: $t) { a { slug } b { slug } jaccard } }"
    every = data_of(execute(query))["overlapMatrix"]
    slugs = [topic.slug for topic in seed_graph.topics]
    chosen = [slugs[3], slugs[0], slugs[3], slugs[4]]  # out of order, one repeated
    some = data_of(execute(query, t=chosen))["overlapMatrix"]

    expected = [entry for entry in every if {entry["a"]["slug"], entry["b"]["slug"]} <= set(chosen)]
    assert some == expected
    assert [(e["a"]["slug"], e["b"]["slug"]) for e in some] == [
        (slugs[0], slugs[3]),
        (slugs[0], slugs[4]),
        (slugs[3], slugs[4]),
    ]
    assert data_of(execute(query, t=[slugs[2]]))["overlapMatrix"] == []


def test_overlap_matrix_of_an_unknown_topic_names_the_argument_and_the_slug(
    execute: Execute, seed_graph: KnowledgeGraph
) -> None:
    slug = seed_graph.topics[0].slug
    result = execute(
        "query($t: [String!]) { overlapMatrix(topics: $t) { jaccard } }", t=[slug, "no-such"]
    )
    assert result.errors is not None
    [error] = result.errors
    assert error.extensions == {"code": "BAD_USER_INPUT", "argument": "topics"}
    assert "no-such" in error.message


# -- statements -----------------------------------------------------------------------------


def test_concept_statements_mention_it_and_know_their_topic(execute: Execute) -> None:
    query = """{ concept(name: "SERVQUAL") { name statements { kind text
      topic { slug examTips { text } } concepts { name } } } }"""
    concept = data_of(execute(query))["concept"]
    assert concept["statements"]
    for statement in concept["statements"]:
        assert "SERVQUAL" in {c["name"] for c in statement["concepts"]}
        if statement["kind"] == "EXAM_TIP":
            assert statement["text"] in {t["text"] for t in statement["topic"]["examTips"]}


# -- corpus problems ----------------------------------------------------------------------


def test_corpus_problems_say_severity_and_the_line_or_word_paragraph(execute: Execute) -> None:
    query = "{ corpusProblems { file line paragraph severity message } }"

    data = data_of(execute(query, graph=graph_with_problems()))

    assert data["corpusProblems"] == [
        {
            "file": "corpus/a.txt",
            "line": 3,
            "paragraph": None,
            "severity": "ERROR",
            "message": "no sections found",
        },
        {
            "file": "corpus/b.docx",
            "line": None,
            "paragraph": 12,
            "severity": "WARNING",
            "message": "unknown section 'Glossary' left out",
        },
        {
            "file": "corpus/c.pdf",
            "line": None,
            "paragraph": None,
            "severity": "WARNING",
            "message": "skipped: a PDF is not read",
        },
    ]
