"""Assessment links, passages and similarity by content through GraphQL."""

from __future__ import annotations

import pytest

from graph import Snapshot
from schema.ids import encode_id
from tests.schema.conftest import Execute, data_of

ASSESSES = """
{ topics { slug markingPoints { id text
    assesses { concept { id name } score sharedConcepts { name } sharedTerms } } } }
"""


def test_marking_points_list_what_they_assess_as_the_analysis_does(
    execute: Execute, seed_snapshot: Snapshot
) -> None:
    topics = data_of(execute(ASSESSES))["topics"]
    seen = 0
    for topic in topics:
        for point in topic["markingPoints"]:
            statement_id = f"{topic['slug']}/marking-point/"
            position = topic["markingPoints"].index(point) + 1
            expected = seed_snapshot.analysis.assessments_of(f"{statement_id}{position}")
            assert [a["concept"]["id"] for a in point["assesses"]] == [
                encode_id("Concept", pair.concept_id) for pair in expected
            ]
            assert [a["score"] for a in point["assesses"]] == [pair.score for pair in expected]
            assert [a["sharedTerms"] for a in point["assesses"]] == [
                list(pair.shared_terms) for pair in expected
            ]
            seen += len(expected)
    assert seen > 0


def test_a_concept_lists_the_marking_points_that_assess_it(
    execute: Execute, seed_snapshot: Snapshot
) -> None:
    query = "query($name: String!) { concept(name: $name) { assessedBy { id kind } } }"
    analysis = seed_snapshot.analysis
    assessed = [c for c in seed_snapshot.graph.concepts if analysis.assessing(c.id)]
    assert assessed
    for concept in assessed:
        found = data_of(execute(query, name=concept.name))["concept"]["assessedBy"]
        assert [s["id"] for s in found] == [
            encode_id("Statement", sid) for sid in analysis.assessing(concept.id)
        ]
        assert {s["kind"] for s in found} == {"MARKING_POINT"}


def test_exam_tips_assess_nothing(execute: Execute) -> None:
    topics = data_of(execute("{ topics { examTips { assesses { score } } } }"))["topics"]
    assert all(tip["assesses"] == [] for topic in topics for tip in topic["examTips"])


OVERLAP = """
query($a: String!, $b: String!, $limit: Int) {
  topicOverlap(a: $a, b: $b) { jaccard similarity sharedTerms(limit: $limit) { text weight } }
}
"""


def test_topic_overlap_carries_similarity_and_shared_terms(
    execute: Execute, seed_snapshot: Snapshot
) -> None:
    # 002 and 004, the seeds' closest pair (002 and 003 share only what every seed says)
    a, b = (seed_snapshot.graph.topics[i].slug for i in (2, 4))
    found = data_of(execute(OVERLAP, a=a, b=b, limit=5))["topicOverlap"]
    assert found["similarity"] == seed_snapshot.analysis.topic_similarity(a, b)
    assert 0 < found["similarity"] <= 1
    assert seed_snapshot.text is not None
    expected = seed_snapshot.text.shared_terms(a, b, 5)
    assert [(t["text"], t["weight"]) for t in found["sharedTerms"]] == [
        (term.text, term.weight) for term in expected
    ]
    assert len(found["sharedTerms"]) == 5


def test_overlap_matrix_cells_carry_similarity(execute: Execute, seed_snapshot: Snapshot) -> None:
    cells = data_of(execute("{ overlapMatrix { a { slug } b { slug } similarity } }"))
    for cell in cells["overlapMatrix"]:
        pair = (cell["a"]["slug"], cell["b"]["slug"])
        assert cell["similarity"] == seed_snapshot.analysis.topic_similarity(*pair)


@pytest.mark.parametrize("limit", [-1, 101])
def test_shared_terms_limit_is_checked(execute: Execute, limit: int) -> None:
    result = execute(OVERLAP, a="000_9738f595519dce83", b="001_0e7da1a7d25fcc4f", limit=limit)
    assert result.errors is not None
    assert result.errors[0].extensions == {"code": "BAD_USER_INPUT", "argument": "limit"}


def test_similar_topics_rank_by_similarity_and_show_shared_terms(execute: Execute) -> None:
    query = "{ topics { similarTopics(limit: 4) { similarity sharedTerms(limit: 3) { text } } } }"
    for topic in data_of(execute(query))["topics"]:
        values = [s["similarity"] for s in topic["similarTopics"]]
        assert values == sorted(values, reverse=True)
        assert all(len(s["sharedTerms"]) <= 3 for s in topic["similarTopics"])


def test_a_passage_is_a_node_with_kind_topic_and_terms(
    execute: Execute, seed_snapshot: Snapshot
) -> None:
    passage = next(p for p in seed_snapshot.graph.passages if p.kind.name == "KEY_CONCEPT")
    query = """query($id: ID!) { node(id: $id) { __typename id ... on Passage {
        kind text topic { slug } keyConcept { id } statement { id }
        terms(limit: 3) { text } } } }"""
    found = data_of(execute(query, id=encode_id("Passage", passage.id)))["node"]
    assert found["__typename"] == "Passage"
    assert found["kind"] == "KEY_CONCEPT"
    assert found["text"] == passage.text
    assert found["topic"]["slug"] == passage.topic_slug
    assert found["keyConcept"]["id"] == encode_id("Concept", passage.subject_id or "")
    assert found["statement"] is None
    assert 0 < len(found["terms"]) <= 3
