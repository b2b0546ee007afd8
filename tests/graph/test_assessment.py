"""Which key concepts marking points assess: by meaning, with the reasons kept."""

from __future__ import annotations

import pytest

from graph import KnowledgeGraph
from graph.analysis import CorpusAnalysis
from tests.conftest import analysis_of
from tests.schema.conftest import graph_of, topic_document

RIGHTS = topic_document(
    "Data protection for customer service teams: rights, lawful processing and security.",
    [
        "Individual rights: customers may ask to see the personal data an organisation "
        "holds about them (a subject access request), and have it corrected or erased.",
        "Lawful basis: processing needs a reason such as consent, a contract or "
        "legitimate interests.",
        "Data security: encryption, access controls and reporting a breach within 72 hours.",
    ],
    ["Learn the 72-hour deadline.", "Quote Individual rights by name."],
    ["Thinking consent is always needed."],
    [
        "Award credit for explaining how to respond when a customer asks to see the data "
        "held about them.",
        "Credit candidates who explain when consent is needed and when legitimate "
        "interests apply instead.",
        "Award credit for describing how a breach is reported within 72 hours.",
        "Award credit for a clear structure and accurate spelling.",
        "Credit a correct account of Data security and of Lawful basis.",
    ],
)


@pytest.fixture(scope="module")
def rights() -> KnowledgeGraph:
    return graph_of(rights=RIGHTS)


@pytest.fixture(scope="module")
def analysis(rights: KnowledgeGraph) -> CorpusAnalysis:
    return analysis_of(rights)


def _assessed(rights: KnowledgeGraph, analysis: CorpusAnalysis, position: int) -> list[str]:
    found = analysis.assessments_of(f"rights/marking-point/{position}")
    names = []
    for pair in found:
        concept = rights.concept(pair.concept_id)
        assert concept is not None
        names.append(concept.name)
    return names


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        pytest.param(1, ["Individual rights"], id="paraphrase-of-a-description"),
        pytest.param(2, ["Lawful basis"], id="terms-of-a-description"),
        pytest.param(3, ["Data security"], id="detail-of-a-description"),
        pytest.param(4, [], id="nothing-taught"),
    ],
)
def test_a_marking_point_assesses_the_key_concept_it_means(
    rights: KnowledgeGraph, analysis: CorpusAnalysis, position: int, expected: list[str]
) -> None:
    assert _assessed(rights, analysis, position) == expected


def test_a_marking_point_that_names_key_concepts_assesses_each(
    rights: KnowledgeGraph, analysis: CorpusAnalysis
) -> None:
    assert sorted(_assessed(rights, analysis, 5)) == ["Data security", "Lawful basis"]


def test_exam_tips_and_misconceptions_assess_nothing(analysis: CorpusAnalysis) -> None:
    assert analysis.assessments_of("rights/exam-tip/2") == ()
    assert analysis.assessments_of("rights/misconception/1") == ()


def test_each_link_keeps_its_score_and_reasons(
    rights: KnowledgeGraph, analysis: CorpusAnalysis
) -> None:
    (pair,) = analysis.assessments_of("rights/marking-point/3")
    assert 0 < pair.score <= 1
    assert "breach" in pair.shared_terms
    (named,) = [
        p
        for p in analysis.assessments_of("rights/marking-point/5")
        if p.concept_id in {c.id for c in rights.concepts if c.name == "Lawful basis"}
    ]
    assert named.concept_id in named.shared_concept_ids


def test_alignment_reads_the_links(rights: KnowledgeGraph, analysis: CorpusAnalysis) -> None:
    alignment = analysis.alignment("rights")
    assert alignment is not None
    assert alignment.unassessed_key_concept_ids == ()
    assert alignment.marking_point_ids_without_key_concept == ("rights/marking-point/4",)
    individual = next(c for c in rights.concepts if c.name == "Individual rights")
    assert analysis.assessing(individual.id) == ("rights/marking-point/1",)


def test_a_point_assesses_only_its_own_topics_key_concepts() -> None:
    other = topic_document(
        "Breach reporting in other sectors.",
        ["Data security: reporting a breach within 72 hours."],
        ["None."],
        ["None."],
        ["Award credit for an incident log."],
    )
    graph = graph_of(rights=RIGHTS, other=other)
    found = analysis_of(graph)
    topic = graph.topic("other")
    assert topic is not None
    for statement_id in topic.marking_point_ids:
        for pair in found.assessments_of(statement_id):
            assert pair.concept_id in topic.key_concept_ids
