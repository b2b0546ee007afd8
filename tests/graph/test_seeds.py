"""The bundled seed corpus, checked against what a reader of the five files sees."""

from __future__ import annotations

import re

import pytest

from graph import ConceptKind, KnowledgeGraph, StatementKind
from tests.conftest import SEEDS

SLUGS = sorted(path.stem for path in SEEDS.glob("*.txt"))
EXPECTED_COUNTS = {  # key concepts, exam tips, misconceptions, marking points, from the issue
    SLUGS[0]: (5, 5, 5, 5),
    SLUGS[1]: (5, 3, 3, 3),
    SLUGS[2]: (5, 6, 6, 8),
    SLUGS[3]: (5, 3, 3, 3),
    SLUGS[4]: (5, 8, 6, 8),
}


def _section_bullets(slug: str, heading: str) -> list[str]:
    """The bullets under one heading, read straight from the file without the parser."""
    text = (SEEDS / f"{slug}.txt").read_text(encoding="utf-8-sig")
    body = text.split(f"\n{heading}\n", 1)[1]
    bullets = []
    for line in body.splitlines():
        if not line.startswith("- "):
            break
        bullets.append(line[2:].strip())
    return bullets


def test_every_seed_is_a_topic_and_none_has_a_problem(seed_graph: KnowledgeGraph) -> None:
    assert [t.slug for t in seed_graph.topics] == SLUGS
    assert seed_graph.problems == ()


@pytest.mark.parametrize("slug", SLUGS)
def test_section_counts_per_topic_match_the_issue(seed_graph: KnowledgeGraph, slug: str) -> None:
    topic = seed_graph.topic(slug)
    assert topic is not None

    counts = (
        len(topic.key_concept_ids),
        len(topic.exam_tip_ids),
        len(topic.misconception_ids),
        len(topic.marking_point_ids),
    )

    assert counts == EXPECTED_COUNTS[slug]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        pytest.param("Exam Tips & Revision Strategies", StatementKind.EXAM_TIP, id="tips"),
        pytest.param(
            "Common Misconceptions & Mistakes to Avoid",
            StatementKind.MISCONCEPTION,
            id="misconceptions",
        ),
        pytest.param("Examiner Marking Points", StatementKind.MARKING_POINT, id="marking-points"),
    ],
)
@pytest.mark.parametrize("slug", SLUGS)
def test_statements_are_the_file_bullets_in_file_order(
    seed_graph: KnowledgeGraph, slug: str, heading: str, kind: StatementKind
) -> None:
    texts = [s.text for s in seed_graph.statements_of(slug, kind)]

    assert texts == _section_bullets(slug, heading)


@pytest.mark.parametrize("slug", SLUGS)
def test_key_concepts_are_the_named_bullets_in_document_order(
    seed_graph: KnowledgeGraph, slug: str
) -> None:
    topic = seed_graph.topic(slug)
    assert topic is not None
    names = [b.split(":", 1)[0] for b in _section_bullets(slug, "Key Concepts & Core Principles")]

    found = [seed_graph.concept(cid) for cid in topic.key_concept_ids]

    assert [c.name.casefold() for c in found if c] == [n.casefold() for n in names]


@pytest.mark.parametrize(
    ("name", "mentioned_in"),
    [
        pytest.param("SERVQUAL", "SERVQUAL or the Gaps Model", id="servqual"),
        pytest.param("PDCA", "Plan-Do-Check-Act (PDCA)", id="pdca"),
        pytest.param("LATER", "'LATER' method", id="later"),
        pytest.param("AIDA", "AIDA model", id="aida"),
        pytest.param("Gaps Model", "the Gaps Model", id="gaps-model"),
        pytest.param("GDPR", "like GDPR", id="gdpr"),
        pytest.param("PRINCE2", "PRINCE2 or Agile", id="prince2"),
        pytest.param("service-profit chain", "service-profit chain", id="service-profit-chain"),
        pytest.param("DISSATISFY", "DISSATISFY framework", id="dissatisfy"),
    ],
)
def test_named_models_are_model_nodes_linked_to_the_topics_that_mention_them(
    seed_graph: KnowledgeGraph, name: str, mentioned_in: str
) -> None:
    concept = seed_graph.find_concept(name)
    assert concept is not None
    mentioning = [
        p.stem for p in SEEDS.glob("*.txt") if mentioned_in in p.read_text(encoding="utf-8")
    ]

    assert concept.kind is ConceptKind.MODEL
    assert mentioning
    assert set(mentioning) <= set(concept.topic_slugs)


def test_satisfaction_measurement_marking_point_links_csat_nps_and_mystery_shopping(
    seed_graph: KnowledgeGraph,
) -> None:
    point = next(s for s in seed_graph.statements if "satisfaction measurement methods" in s.text)
    expected = {seed_graph.find_concept(n) for n in ("CSAT", "NPS", "mystery shopping")}

    assert point.kind is StatementKind.MARKING_POINT
    assert None not in expected
    assert {c.id for c in expected if c} <= set(point.concept_ids)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("NPS", "Net Promoter Score", id="nps"),
        pytest.param("PDCA", "Plan-Do-Check-Act", id="pdca"),
        pytest.param("KPIs", "KPI", id="kpi-plural"),
        pytest.param(
            "Customer service excellence", "Customer Service Excellence", id="case-variants"
        ),
        pytest.param("CSAT", "Customer Satisfaction Score", id="csat"),
        pytest.param("FCR", "First Contact Resolution", id="fcr"),
    ],
)
def test_surface_forms_of_one_thing_are_one_node(
    seed_graph: KnowledgeGraph, first: str, second: str
) -> None:
    a, b = seed_graph.find_concept(first), seed_graph.find_concept(second)

    assert a is not None
    assert a == b


def test_every_surface_form_written_in_the_seeds_is_kept_as_an_alias(
    seed_graph: KnowledgeGraph,
) -> None:
    excellence = seed_graph.find_concept("customer service excellence")
    kpi = seed_graph.find_concept("KPI")
    assert excellence is not None
    assert kpi is not None

    assert {"Customer service excellence", "Customer Service Excellence"} <= {
        excellence.name,
        *excellence.aliases,
    }
    assert "KPIs" in {kpi.name, *kpi.aliases}


def test_a_key_concept_mentioned_elsewhere_is_linked_to_both_topics(
    seed_graph: KnowledgeGraph,
) -> None:
    recovery = seed_graph.find_concept("Service Recovery")
    assert recovery is not None
    mentioning = {
        p.stem
        for p in SEEDS.glob("*.txt")
        if re.search("service recovery(?! paradox)", p.read_text(encoding="utf-8"), re.I)
    }

    assert len(recovery.key_topic_slugs) == 1
    assert set(recovery.topic_slugs) == mentioning
    assert len(mentioning) > 1


def test_every_statement_links_to_its_topic_and_each_concept_it_mentions(
    seed_graph: KnowledgeGraph,
) -> None:
    for statement in seed_graph.statements:
        topic = seed_graph.topic(statement.topic_slug)
        assert topic is not None
        assert statement.id in topic.statement_ids
        for concept_id in statement.concept_ids:
            concept = seed_graph.concept(concept_id)
            assert concept is not None
            assert statement.id in concept.statement_ids
            assert statement.topic_slug in concept.topic_slugs


def test_co_occurrence_links_hold_shared_topics_evidence_and_a_normalised_strength(
    seed_graph: KnowledgeGraph,
) -> None:
    for link in seed_graph.links:
        a, b = seed_graph.concept(link.source), seed_graph.concept(link.target)
        assert a is not None
        assert b is not None
        shared = set(a.topic_slugs) & set(b.topic_slugs)
        assert seed_graph.shared_topics(link) == tuple(sorted(shared))
        assert link.weight == len(shared)
        assert 0 < link.strength <= 1
        for statement_id in link.evidence:
            statement = seed_graph.statement(statement_id)
            assert statement is not None
            assert {a.id, b.id} <= set(statement.concept_ids)


def test_nps_is_most_strongly_related_to_what_a_marking_point_names_with_it(
    seed_graph: KnowledgeGraph,
) -> None:
    nps = seed_graph.find_concept("NPS")
    shopping = seed_graph.find_concept("mystery shopping")
    assert nps is not None
    assert shopping is not None

    strongest = seed_graph.related(nps.id)[0]

    assert strongest.other(nps.id) == shopping.id
    assert strongest.evidence


def test_every_pair_of_concepts_in_a_topic_is_linked(seed_graph: KnowledgeGraph) -> None:
    for topic in seed_graph.topics:
        for index, a in enumerate(topic.concept_ids):
            for b in topic.concept_ids[index + 1 :]:
                link = seed_graph.link(a, b)
                assert link is not None
                assert topic.slug in seed_graph.shared_topics(link)


def test_each_topic_lists_its_concepts_by_name(seed_graph: KnowledgeGraph) -> None:
    for topic in seed_graph.topics:
        concepts = [seed_graph.concept(cid) for cid in topic.concept_ids]
        keys = [(c.name.casefold(), c.id) for c in concepts if c is not None]
        assert len(keys) == len(topic.concept_ids)
        assert keys == sorted(keys)
