"""Traversal and lookup on small corpora written here, where every answer can be reasoned out."""

from __future__ import annotations

import pytest

from graph import Concept, ConceptKind, KnowledgeGraph, Topic, build_graph, parse_document
from graph.vocabulary import parse_vocabulary

VOCABULARY = parse_vocabulary(
    """
[models]
"Net Promoter Score" = ["NPS"]
"Kano Model" = []
[concepts]
[not_models]
words = ["HR"]
names = []
""",
    "test-vocabulary.toml",
)


def _document(slug: str, key_concepts: list[str], tips: list[str]) -> str:
    bullets = "\n".join(f"- {name}: About {name.lower()}." for name in key_concepts)
    tip_bullets = "\n".join(f"- {tip}" for tip in tips)
    return (
        f"preview\nTopic Synopsis\nThe {slug} topic.\nKey Concepts & Core Principles\n{bullets}\n"
        f"Exam Tips & Revision Strategies\n{tip_bullets}\n"
        "Common Misconceptions & Mistakes to Avoid\nExaminer Marking Points\n"
    )


def _build(documents: dict[str, str]) -> KnowledgeGraph:
    parsed = [parse_document(text, f"{slug}.txt") for slug, text in documents.items()]
    return build_graph(parsed, VOCABULARY)


@pytest.fixture(scope="module")
def chain() -> KnowledgeGraph:
    """Four topics in a chain: Alpha-Beta share t1, Beta-Gamma t2, Gamma-Delta t3, t4 apart.

    NPS is mentioned in t1 only; the Kano Model only in t4.
    """
    return _build(
        {
            "t1": _document("t1", ["Alpha", "Beta"], ["Use NPS with alpha and beta."]),
            "t2": _document("t2", ["Beta", "Gamma"], ["Mention gamma."]),
            "t3": _document("t3", ["Gamma", "Delta"], ["Mention Delta."]),
            "t4": _document("t4", ["Omega"], ["Use the Kano Model."]),
        }
    )


def _id(graph: KnowledgeGraph, name: str) -> str:
    concept = graph.find_concept(name)
    assert concept is not None, name
    return concept.id


def _name(graph: KnowledgeGraph, concept_id: str) -> str:
    concept = graph.concept(concept_id)
    assert concept is not None, concept_id
    return concept.name


def _names(items: tuple[Concept | Topic, ...] | tuple[Concept, ...]) -> list[str]:
    return [item.name if isinstance(item, Concept) else item.slug for item in items]


@pytest.mark.parametrize(
    "written",
    [
        pytest.param("net promoter score", id="lower-case"),
        pytest.param("NET-PROMOTER  SCORE", id="hyphens-and-spaces"),
        pytest.param("Net Promoter Scores", id="plural"),
        pytest.param("NPS", id="alias"),
        pytest.param("n.p.s.", id="punctuation"),
    ],
)
def test_find_concept_ignores_case_spacing_punctuation_and_knows_aliases(
    chain: KnowledgeGraph, written: str
) -> None:
    concept = chain.find_concept(written)

    assert concept is not None
    assert concept.name == "Net Promoter Score"
    assert concept.kind is ConceptKind.MODEL


def test_find_concept_returns_none_for_an_unknown_name(chain: KnowledgeGraph) -> None:
    assert chain.find_concept("Zeta") is None
    assert chain.find_concept("") is None


def test_related_is_strongest_first_and_strength_counts_topics_and_co_mentions(
    chain: KnowledgeGraph,
) -> None:
    beta = _id(chain, "Beta")

    related = chain.related(beta)
    strengths = {_name(chain, link.other(beta)): link.strength for link in related}

    # Contexts: Beta {t1, t2, tip}, Alpha {t1, tip}, NPS {t1, tip}, Gamma {t2, t3}, where
    # "tip" is the t1 exam tip naming Alpha, Beta and NPS together.
    assert strengths == pytest.approx({"Alpha": 2 / 3, "Net Promoter Score": 2 / 3, "Gamma": 1 / 4})
    # equal strength and evidence: the name decides
    assert [_name(chain, link.other(beta)) for link in related] == [
        "Alpha",
        "Net Promoter Score",
        "Gamma",
    ]


def test_a_pair_named_together_outranks_a_pair_that_only_shares_the_topic() -> None:
    graph = _build(
        {"t": _document("t", ["Apple", "Banana", "Cherry"], ["Compare apple and banana."])}
    )
    apple = _id(graph, "Apple")

    strengths = {_name(graph, link.other(apple)): link.strength for link in graph.related(apple)}

    # Apple-Banana: shared {t, tip} of {t, tip}; Apple-Cherry: shared {t} of {t, tip}
    assert strengths == pytest.approx({"Banana": 1.0, "Cherry": 0.5})


def test_strength_is_topic_jaccard_when_nothing_is_named_together() -> None:
    graph = _build(
        {
            "t1": _document("t1", ["Apple", "Banana"], ["Revise."]),
            "t2": _document("t2", ["Banana", "Cherry"], ["Revise."]),
        }
    )

    link = graph.link(_id(graph, "Apple"), _id(graph, "Banana"))

    assert link is not None
    assert link.strength == pytest.approx(1 / 2)


def test_related_link_carries_the_statements_that_mention_both(chain: KnowledgeGraph) -> None:
    link = chain.link(_id(chain, "Alpha"), _id(chain, "NPS"))

    assert link is not None
    assert chain.shared_topics(link) == ("t1",)
    assert link.weight == 1
    statements = [chain.statement(s) for s in link.evidence]
    assert [s.text for s in statements if s] == ["Use NPS with alpha and beta."]
    assert len(statements) == 1


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        pytest.param(1, ["Beta", "Net Promoter Score"], id="depth-1"),
        pytest.param(2, ["Beta", "Net Promoter Score", "Gamma"], id="depth-2"),
        pytest.param(3, ["Beta", "Net Promoter Score", "Gamma", "Delta"], id="depth-3"),
        pytest.param(9, ["Beta", "Net Promoter Score", "Gamma", "Delta"], id="beyond-reach"),
    ],
)
def test_neighbors_reach_every_concept_within_depth_nearest_first(
    chain: KnowledgeGraph, depth: int, expected: list[str]
) -> None:
    assert _names(chain.neighbors(_id(chain, "Alpha"), depth)) == expected


def test_path_alternates_concepts_and_the_topics_that_join_them(chain: KnowledgeGraph) -> None:
    path = chain.path(_id(chain, "Alpha"), _id(chain, "Delta"))

    assert path is not None
    assert _names(path) == ["Alpha", "t1", "Beta", "t2", "Gamma", "t3", "Delta"]
    assert [type(step).__name__ for step in path] == ["Concept", "Topic"] * 3 + ["Concept"]


def test_each_step_of_a_path_goes_through_the_first_shared_topic_by_slug() -> None:
    graph = _build(
        {
            "zeta": _document("zeta", ["Alpha", "Beta"], []),
            "eta": _document("eta", ["Alpha", "Beta"], []),
            "theta": _document("theta", ["Beta", "Gamma"], []),
        }
    )
    path = graph.path(_id(graph, "Gamma"), _id(graph, "Alpha"))

    assert path is not None
    assert _names(path) == ["Gamma", "theta", "Beta", "eta", "Alpha"]


def test_path_between_unlinked_concepts_is_none(chain: KnowledgeGraph) -> None:
    assert chain.path(_id(chain, "Alpha"), _id(chain, "Omega")) is None


def test_path_from_a_concept_to_itself_is_just_that_concept(chain: KnowledgeGraph) -> None:
    path = chain.path(_id(chain, "Gamma"), _id(chain, "Gamma"))

    assert path is not None
    assert _names(path) == ["Gamma"]


def test_path_with_an_unknown_end_is_none(chain: KnowledgeGraph) -> None:
    assert chain.path(_id(chain, "Alpha"), "no-such-concept") is None


def test_topic_overlap_splits_concepts_into_shared_and_only(chain: KnowledgeGraph) -> None:
    overlap = chain.topic_overlap("t1", "t2")

    assert overlap is not None
    assert [_name(chain, c) for c in overlap.shared] == ["Beta"]
    assert [_name(chain, c) for c in overlap.only_in_a] == ["Alpha", "Net Promoter Score"]
    assert [_name(chain, c) for c in overlap.only_in_b] == ["Gamma"]
    assert overlap.jaccard == pytest.approx(1 / 4)


def test_topic_overlap_with_an_unknown_slug_is_none(chain: KnowledgeGraph) -> None:
    assert chain.topic_overlap("t1", "nope") is None


def test_overlap_matrix_has_every_pair_of_topics_once(chain: KnowledgeGraph) -> None:
    pairs = [(o.a, o.b) for o in chain.overlap_matrix]

    assert len(pairs) == len(set(pairs)) == 4 * 3 // 2
    assert all(a < b for a, b in pairs)


def test_search_ranks_name_matches_before_alias_before_description() -> None:
    graph = _build(
        {
            "s1": _document("s1", ["Score Keeping", "Loyalty"], ["Candidates should track NPS."]),
            "s2": _document("s2", ["Scoring Rubrics"], ["Nothing else."]),
        }
    )

    found = [c.name for c in graph.search_concepts("score")]

    # prefix matches on the name, then matches inside the name; nothing else says "score"
    assert found == ["Score Keeping", "Net Promoter Score"]


def test_search_by_alias_finds_the_concept(chain: KnowledgeGraph) -> None:
    assert [c.name for c in chain.search_concepts("nps")] == ["Net Promoter Score"]


def test_search_filters_by_kind(chain: KnowledgeGraph) -> None:
    models = chain.search_concepts(None, ConceptKind.MODEL)

    assert {c.name for c in models} == {"Net Promoter Score", "Kano Model"}


def test_counts_add_up(chain: KnowledgeGraph) -> None:
    counts = chain.counts

    assert counts.topics == 4
    assert counts.concepts + counts.models == len(chain.concepts)
    assert counts.statements == counts.exam_tips == 4
    assert counts.links == len(chain.links)


def test_search_puts_alias_matches_before_description_matches() -> None:
    text = _document("r1", ["Retention"], ["Candidates should track NPS."]).replace(
        "- Retention: About retention.", "- Retention: Keeping customers, tracked through nps."
    )
    graph = _build({"r1": text})

    assert [c.name for c in graph.search_concepts("nps")] == ["Net Promoter Score", "Retention"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        pytest.param("Net Promoter Score (NPS)", "Net Promoter Score", id="name-and-acronym"),
        pytest.param("NPS (Net Promoter Score)", "Net Promoter Score", id="acronym-and-name"),
        pytest.param("NPS (SERVQUAL)", None, id="two-different-concepts"),
        pytest.param("Nothing (NPS)", None, id="one-half-unknown"),
        pytest.param("UK Net Promoter Score", "Net Promoter Score", id="country-before-a-name"),
    ],
)
def test_find_concept_reads_a_name_written_as_the_documents_write_key_concepts(
    seed_graph: KnowledgeGraph, written: str, expected: str | None
) -> None:
    found = seed_graph.find_concept(written)
    assert (found.name if found else None) == expected
