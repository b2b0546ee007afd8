"""Themes, centrality, bridges, gaps, similarity and alignment.

Small corpora written here, where each answer can be worked out by hand; the seeds and
a generated corpus of a few hundred topics for invariants and determinism.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path

import networkx as nx
import pytest

import graph.analysis.network as network_module
from bench.corpus import AREAS, write_corpus
from graph import KnowledgeGraph, build_graph, load_corpus, parse_document
from graph.analysis import ConceptOrder, CorpusAnalysis, Theme, analyse
from graph.model import ConceptKind, StatementKind
from graph.vocabulary import parse_vocabulary
from tests.conftest import analysis_of

ROOT = Path(__file__).resolve().parents[2]

VOCABULARY = parse_vocabulary(
    """
[models]
"Net Promoter Score" = ["NPS"]
"Kano Model" = []
"SERVQUAL" = []
[concepts]
[not_models]
words = []
names = []
""",
    "test-vocabulary.toml",
)


def _document(
    key_concepts: Sequence[str],
    tips: Sequence[str] = (),
    marking_points: Sequence[str] = (),
) -> str:
    def bullets(lines: Sequence[str]) -> str:
        return "".join(f"- {line}\n" for line in lines)

    return (
        "preview\nTopic Synopsis\nA topic for learners.\n"
        "Key Concepts & Core Principles\n"
        + bullets([f"{name}: What it means in practice." for name in key_concepts])
        + "Exam Tips & Revision Strategies\n"
        + bullets(tips)
        + "Common Misconceptions & Mistakes to Avoid\n"
        + "Examiner Marking Points\n"
        + bullets(marking_points)
    )


def _build(documents: dict[str, str]) -> KnowledgeGraph:
    parsed = [parse_document(text, f"{slug}.txt") for slug, text in documents.items()]
    return build_graph(parsed, VOCABULARY)


def _theme(analysis: CorpusAnalysis, theme_id: str) -> Theme:
    found = analysis.theme(theme_id)
    assert found is not None
    return found


def _id(graph: KnowledgeGraph, name: str) -> str:
    concept = graph.find_concept(name)
    assert concept is not None, name
    return concept.id


# Two clusters that share no topic, joined only by "Customer Experience", which every
# topic teaches. Inside a cluster every link has strength 1 (length 1); a link to the
# hub has strength 2/4 (length 2), so the only path between the clusters, of length 4,
# runs through the hub: it lies on all 3 x 3 = 9 of the 15 shortest paths between the
# other six concepts, and on none inside a cluster, where the direct link is shorter.
CLUSTER_A = ["Complaint Handling", "Active Listening", "Service Recovery"]
CLUSTER_B = ["Data Protection", "Information Security", "Consumer Rights"]
HUB = "Customer Experience"


@pytest.fixture(scope="module")
def clusters() -> KnowledgeGraph:
    return _build(
        {
            "a1": _document([*CLUSTER_A, HUB]),
            "a2": _document([*CLUSTER_A, HUB]),
            "b1": _document([*CLUSTER_B, HUB]),
            "b2": _document([*CLUSTER_B, HUB]),
        }
    )


def test_clusters_become_two_themes_with_the_hub_in_one_of_them(clusters) -> None:
    analysis = analysis_of(clusters)
    cluster_a = {_id(clusters, name) for name in CLUSTER_A}
    cluster_b = {_id(clusters, name) for name in CLUSTER_B}
    hub = _id(clusters, HUB)
    found = {frozenset(theme.member_ids) - {hub} for theme in analysis.themes}
    assert found == {frozenset(cluster_a), frozenset(cluster_b)}
    assert analysis.theme_of(hub) in analysis.themes


def test_modularity_is_that_of_the_whole_partition(clusters) -> None:
    analysis = analysis_of(clusters)
    expected = nx.community.modularity(
        clusters.co_occurrence,
        [set(theme.member_ids) for theme in analysis.themes],
        weight="strength",
    )
    assert analysis.modularity == pytest.approx(expected)
    assert analysis.modularity > 0.2
    assert {theme.modularity for theme in analysis.themes} == {analysis.modularity}


def test_hub_has_every_shortest_path_between_the_clusters(clusters) -> None:
    analysis = analysis_of(clusters)
    hub = _id(clusters, HUB)
    assert analysis.centrality[hub].betweenness == pytest.approx(9 / 15)
    assert analysis.centrality[hub].degree == 6
    others = [cid for cid in analysis.centrality if cid != hub]
    assert all(analysis.centrality[cid].betweenness == 0 for cid in others)
    assert all(analysis.centrality[cid].degree == 3 for cid in others)
    assert analysis.betweenness_pivots is None


def test_pagerank_agrees_with_the_networkx_reference(seed_snapshot) -> None:
    # nx.pagerank needs scipy; its pure-Python reference is private but exact enough
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    expected = _pagerank_python(seed_snapshot.graph.co_occurrence, weight="strength", tol=1e-12)
    found = {cid: c.pagerank for cid, c in seed_snapshot.analysis.centrality.items()}
    assert found == pytest.approx(expected, abs=1e-9)


def test_pagerank_sums_to_one_and_puts_the_hub_first(clusters) -> None:
    analysis = analysis_of(clusters)
    ranks = {cid: c.pagerank for cid, c in analysis.centrality.items()}
    assert sum(ranks.values()) == pytest.approx(1.0)
    hub = _id(clusters, HUB)
    assert max(ranks, key=lambda cid: ranks[cid]) == hub
    # the six cluster concepts are symmetric, so they rank the same
    assert len({round(value, 9) for cid, value in ranks.items() if cid != hub}) == 1


def test_the_hub_is_the_only_bridge_and_explains_itself(clusters) -> None:
    analysis = analysis_of(clusters)
    hub = _id(clusters, HUB)
    (bridge,) = analysis.bridges
    assert bridge.concept_id == hub
    # half of its strength stays in its own theme, half goes to the other one
    assert bridge.participation == pytest.approx(0.5)
    assert bridge.score == pytest.approx(0.5 * 9 / 15)
    assert set(bridge.theme_ids) == {theme.id for theme in analysis.themes}
    own_theme, other_theme = analysis.theme_of(hub), analysis.theme(bridge.theme_ids[1])
    assert own_theme is not None
    assert other_theme is not None
    assert bridge.theme_ids[0] == own_theme.id
    assert set(bridge.linked_concept_ids) == set(other_theme.member_ids)
    assert bridge.topic_slugs == ("a1", "a2", "b1", "b2")


def test_bridges_link_to_their_strongest_neighbours_in_other_themes(generated_snapshot) -> None:
    analysis = generated_snapshot.analysis
    names = {concept.id: concept.name.casefold() for concept in generated_snapshot.graph.concepts}
    assert analysis.bridges
    for bridge in analysis.bridges:
        ends = [
            (link, link.other(bridge.concept_id))
            for link in generated_snapshot.graph.links_of(bridge.concept_id)
        ]
        # every link out of the bridge's theme, ranked in full
        ranked = sorted(
            (
                (-link.strength, names[other], -len(link.evidence), -link.weight, other)
                for link, other in ends
                if other not in analysis.theme(bridge.theme_ids[0]).member_ids
            ),
        )
        assert bridge.linked_concept_ids == tuple(item[-1] for item in ranked[:5])


def test_the_two_clusters_are_a_gap_bridged_only_by_the_hub(clusters) -> None:
    analysis = analysis_of(clusters)
    (gap,) = analysis.structural_gaps
    hub = _id(clusters, HUB)
    sizes = sorted(_theme(analysis, t).size for t in (gap.theme_a, gap.theme_b))
    assert sizes == [3, 4]
    # the only links between the themes are the hub's three, strength 1/2 each
    assert gap.link_count == 3
    assert gap.total_strength == pytest.approx(1.5)
    assert gap.density == pytest.approx(3 / 12)
    assert gap.connection == pytest.approx(1.5 / 12)
    assert gap.linking_concept_ids[0] == hub
    assert set(gap.meeting_topic_slugs) <= {"a1", "a2", "b1", "b2"}


def test_gaps_count_links_and_meetings_link_by_link(generated_snapshot) -> None:
    # worked out here one link at a time: a link between two themes meets in every topic
    # that mentions both its concepts
    analysis = generated_snapshot.analysis
    topics_of = {
        concept.id: set(concept.topic_slugs) for concept in generated_snapshot.graph.concepts
    }
    links: Counter[frozenset[str]] = Counter()
    carriers: dict[frozenset[str], Counter[str]] = defaultdict(Counter)
    meetings: dict[frozenset[str], Counter[str]] = defaultdict(Counter)
    for link in generated_snapshot.graph.links:
        pair = frozenset(
            theme.id
            for theme in (analysis.theme_of(link.source), analysis.theme_of(link.target))
            if theme is not None
        )
        if len(pair) == 2:
            links[pair] += 1
            carriers[pair].update((link.source, link.target))
            meetings[pair].update(topics_of[link.source] & topics_of[link.target])

    def most_common(counter: Counter[str]) -> tuple[str, ...]:
        ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
        return tuple(key for key, _ in ranked[:5])

    assert any(gap.meeting_topic_slugs for gap in analysis.structural_gaps)
    for gap in analysis.structural_gaps:
        pair = frozenset((gap.theme_a, gap.theme_b))
        assert gap.link_count == links[pair]
        assert gap.linking_concept_ids == most_common(carriers[pair])
        assert gap.meeting_topic_slugs == most_common(meetings[pair])


def test_members_are_ranked_by_centrality_and_label_names_the_first(clusters) -> None:
    analysis = analysis_of(clusters)
    hub_theme = analysis.theme_of(_id(clusters, HUB))
    assert hub_theme is not None
    assert hub_theme.member_ids[0] == _id(clusters, HUB)
    assert hub_theme.label.startswith(f"{HUB}, ")
    assert hub_theme.label.count(", ") == 2
    assert [theme.id for theme in analysis.themes] == ["theme-1", "theme-2"]
    assert analysis.themes[0].size >= analysis.themes[1].size


def test_concept_orders_rank_by_each_measure(clusters) -> None:
    analysis = analysis_of(clusters)
    hub = _id(clusters, HUB)
    for order in (ConceptOrder.DEGREE, ConceptOrder.PAGERANK, ConceptOrder.BETWEENNESS):
        assert analysis.ranked_concept_ids(order)[0] == hub
    assert analysis.ranked_concept_ids(ConceptOrder.TOPIC_COUNT)[0] == hub
    by_name = analysis.ranked_concept_ids(ConceptOrder.NAME)
    names = [clusters.concept(cid).name.casefold() for cid in by_name]
    assert names == sorted(names)
    # equal betweenness (0) falls back to name order
    rest = [cid for cid in analysis.ranked_concept_ids(ConceptOrder.BETWEENNESS) if cid != hub]
    assert rest == [cid for cid in by_name if cid != hub]


# Similarity: weights are 1 / topics mentioning the concept.
#   t1 {A, B, C}  t2 {A, B, D}  t3 {C, E};  A, B, C weigh 1/2, D and E weigh 1.
#   t1-t2 share A, B: 1 / (1.5 + 2 - 1) = 0.4;  t1-t3 share C: 0.5 / (1.5 + 1.5 - 0.5) = 0.2
@pytest.fixture(scope="module")
def similar() -> KnowledgeGraph:
    return _build(
        {
            "t1": _document(["Active Listening", "Benchmarking", "Coaching"]),
            "t2": _document(["Active Listening", "Benchmarking", "Data Protection"]),
            "t3": _document(["Coaching", "Empathy"]),
        }
    )


def test_similar_topics_weigh_rare_shared_concepts_more(similar) -> None:
    analysis = analysis_of(similar)
    first, second = analysis.topics_similar_to("t1")
    assert (first.other, second.other) == ("t2", "t3")
    assert first.score == pytest.approx(0.4)
    assert second.score == pytest.approx(0.2)
    assert first.shared_concept_ids == (
        _id(similar, "Active Listening"),
        _id(similar, "Benchmarking"),
    )
    assert second.shared_concept_ids == (_id(similar, "Coaching"),)
    assert [s.other for s in analysis.topics_similar_to("t2")] == ["t1"]
    assert [s.other for s in analysis.topics_similar_to("t3")] == ["t1"]
    assert analysis.topics_similar_to("t1", limit=1) == (first,)
    assert analysis.topics_similar_to("unknown") == ()


def _taught(synopsis: str, key_concepts: Sequence[str]) -> str:
    """A document whose synopsis and key concepts say what it teaches."""
    return (
        f"preview\nTopic Synopsis\n{synopsis}\nKey Concepts & Core Principles\n"
        + "".join(f"- {concept}\n" for concept in key_concepts)
        + "Exam Tips & Revision Strategies\n- Revise the customer service basics.\n"
        + "Common Misconceptions & Mistakes to Avoid\n- Ignoring the customer.\n"
        + "Examiner Marking Points\n- Award credit for good customer service.\n"
    )


@pytest.fixture(scope="module")
def taught() -> KnowledgeGraph:
    # "boilers" and "farms" teach the same craft in other words; every topic says
    # "customer service"; "kennels" and "florists" share only Citizens Advice, a body;
    # "florists" and "bakeries" share only a named model
    return _build(
        {
            "boilers": _taught(
                "Engineers service gas boilers, test flue gases and fit carbon monoxide "
                "alarms for customer service.",
                ["Flue Testing: Checking flue gases and carbon monoxide with an analyser."],
            ),
            "farms": _taught(
                "Engineers service gas boilers in farmhouses, testing flue gases and "
                "carbon monoxide alarms for customer service.",
                ["Alarm Fitting: Fitting carbon monoxide alarms near gas boilers."],
            ),
            "kennels": _taught(
                "Staff groom dogs, walk them twice a day, log feeding and refer owners "
                "to Citizens Advice for customer service.",
                ["Dog Walking: Exercise routines for boarded dogs."],
            ),
            "florists": _taught(
                "Florists arrange wedding bouquets, price seasonal stems, refer buyers "
                "to Citizens Advice and use the SERVQUAL model for customer service.",
                ["Bouquet Pricing: Pricing seasonal stems for weddings."],
            ),
            "bakeries": _taught(
                "Bakers prove sourdough overnight, label allergens and use the SERVQUAL "
                "model for customer service.",
                ["Allergen Labelling: Labelling the fourteen allergens on bread."],
            ),
        }
    )


def test_topics_teaching_the_same_in_other_words_are_similar(taught: KnowledgeGraph) -> None:
    analysis = analysis_of(taught)
    assert analysis.topic_similarity("boilers", "farms") > 0
    assert analysis.topics_similar_to("boilers")[0].other == "farms"


def test_wording_every_topic_uses_makes_no_similarity(taught: KnowledgeGraph) -> None:
    analysis = analysis_of(taught)
    # both say "customer service", as every topic does, and nothing else in common
    assert analysis.topic_similarity("boilers", "kennels") == 0.0


def test_a_shared_model_counts_towards_similarity_and_a_shared_body_does_not(
    taught: KnowledgeGraph,
) -> None:
    from graph.analysis.similarity import CONTENT_SHARE, TopicPairs
    from graph.text import build_text_layer

    analysis = analysis_of(taught)
    body, servqual = taught.find_concept("Citizens Advice"), taught.find_concept("SERVQUAL")
    assert body is not None
    assert body.kind is not ConceptKind.MODEL
    assert servqual is not None
    assert servqual.kind is ConceptKind.MODEL
    pairs = TopicPairs(taught, build_text_layer(taught))
    content, concepts, combined = pairs.block(0, len(pairs.slugs))

    def models_part(a: str, b: str) -> float:
        i, j = pairs.number[a], pairs.number[b]
        return float(combined[i, j] - CONTENT_SHARE * content[i, j]) / (1 - CONTENT_SHARE)

    assert models_part("florists", "bakeries") > 0
    assert models_part("kennels", "florists") == pytest.approx(0.0)
    # the body still counts in the Jaccard of every concept, the similar topic's score
    assert concepts[pairs.number["kennels"], pairs.number["florists"]] > 0
    listed = {s.other: s for s in analysis.topics_similar_to("kennels")}
    assert listed["florists"].shared_concept_ids == (body.id,)
    assert listed["florists"].similarity == pytest.approx(
        analysis.topic_similarity("kennels", "florists")
    )


def test_a_topic_s_background_is_its_average_cosine_to_the_others(
    taught: KnowledgeGraph,
) -> None:
    from graph.analysis.similarity import TopicPairs
    from graph.text import build_text_layer

    text = build_text_layer(taught)
    pairs = TopicPairs(taught, text)
    for slug in pairs.slugs:
        others = [text.content_similarity(slug, other) for other in pairs.slugs if other != slug]
        expected = sum(others) / len(others)
        assert pairs.background[pairs.number[slug]] == pytest.approx(expected)


@pytest.fixture(scope="module")
def misaligned() -> KnowledgeGraph:
    return _build(
        {
            "service": _document(
                ["Complaint Handling", "Active Listening", "Service Recovery"],
                tips=[
                    "Use SERVQUAL when you discuss complaint handling.",
                    "Mention the Kano Model where it fits.",
                    "Quote NPS figures, and SERVQUAL again.",
                ],
                marking_points=[
                    "Award credit for examples of complaint handling.",
                    "Credit accurate use of the Kano Model.",
                    "Reward a clear structure.",
                ],
            ),
            "other": _document(
                ["Complaint Handling", "Empathy"],
                tips=["Use the Kano Model."],
                marking_points=["Credit the Kano Model and NPS.", "Credit empathy."],
            ),
        }
    )


def test_alignment_lists_what_marking_points_miss(misaligned) -> None:
    alignment = analysis_of(misaligned).alignment("service")
    assert alignment is not None
    assert alignment.unassessed_key_concept_ids == (
        _id(misaligned, "Active Listening"),
        _id(misaligned, "Service Recovery"),
    )
    assert alignment.marking_point_ids_without_key_concept == (
        "service/marking-point/2",
        "service/marking-point/3",
    )
    # NPS is assessed in the other topic, which does not count for this one
    assert alignment.tip_models_never_assessed == (
        _id(misaligned, "SERVQUAL"),
        _id(misaligned, "Net Promoter Score"),
    )
    assert not alignment.is_aligned


def test_a_topic_whose_marking_points_cover_its_key_concepts_is_aligned(misaligned) -> None:
    alignment = analysis_of(misaligned).alignment("other")
    assert alignment is not None
    assert alignment.unassessed_key_concept_ids == (_id(misaligned, "Complaint Handling"),)
    assert alignment.marking_point_ids_without_key_concept == ("other/marking-point/1",)
    assert alignment.tip_models_never_assessed == ()
    assert analysis_of(misaligned).alignment("unknown") is None


def test_summary_counts_kinds_recurring_models_and_concepts_taught_once(misaligned) -> None:
    summary = analysis_of(misaligned).summary
    counts = {item.kind: item.count for item in summary.nodes_by_kind}
    assert counts["topic"] == 2
    assert counts["statement"] == len(misaligned.statements) == 9
    assert counts["model"] == 3  # SERVQUAL, Kano Model, NPS
    statements = {item.kind: item.count for item in summary.statements_by_kind}
    assert statements == {"exam-tip": 4, "misconception": 0, "marking-point": 5}
    # Kano Model and NPS are mentioned by both topics, SERVQUAL by one
    assert set(summary.recurring_model_ids) == {
        _id(misaligned, "Kano Model"),
        _id(misaligned, "Net Promoter Score"),
    }
    # Complaint Handling is a key concept of both topics, so it is not taught once
    assert set(summary.taught_once_concept_ids) == {
        _id(misaligned, name) for name in ("Active Listening", "Service Recovery", "Empathy")
    }
    assert summary.theme_count == len(analysis_of(misaligned).themes)


# edge cases --------------------------------------------------------------------------


def test_an_empty_graph_has_an_empty_analysis() -> None:
    analysis = analyse(build_graph([], VOCABULARY))
    assert analysis.themes == ()
    assert analysis.modularity == 0.0
    assert analysis.bridges == ()
    assert analysis.structural_gaps == ()
    assert dict(analysis.centrality) == {}
    assert analysis.summary.recurring_model_ids == ()
    assert analysis.theme_of("anything") is None


def test_a_concept_without_links_is_a_theme_of_its_own() -> None:
    graph = _build({"lonely": _document(["Coaching"])})
    analysis = analysis_of(graph)
    coaching = _id(graph, "Coaching")
    (theme,) = analysis.themes
    assert theme.member_ids == (coaching,)
    assert analysis.modularity == 0.0
    assert analysis.centrality[coaching].degree == 0
    assert analysis.centrality[coaching].pagerank == pytest.approx(1.0)
    assert analysis.bridges == ()
    assert analysis.structural_gaps == ()
    assert analysis.topics_similar_to("lonely") == ()


def test_a_single_topic_is_one_theme_with_no_bridge() -> None:
    graph = _build({"only": _document(["Coaching", "Empathy", "Benchmarking"])})
    analysis = analysis_of(graph)
    (theme,) = analysis.themes
    assert set(theme.member_ids) == {c.id for c in graph.concepts}
    assert analysis.modularity == pytest.approx(0.0)
    assert analysis.bridges == ()
    assert analysis.alignments["only"].unassessed_key_concept_ids == (
        graph.topics[0].key_concept_ids
    )


def test_limits_cut_ranked_lists_and_refuse_negatives(clusters) -> None:
    analysis = analysis_of(clusters)
    assert analysis.top_bridges(0) == ()
    assert analysis.top_gaps(1) == analysis.structural_gaps[:1]
    assert analysis.top_bridges() == analysis.bridges
    with pytest.raises(ValueError, match="limit must be zero or more, not -1"):
        analysis.top_gaps(-1)
    with pytest.raises(ValueError, match="limit"):
        analysis.topics_similar_to("a1", limit=-2)


def test_a_loaded_snapshot_pairs_its_graph_with_that_graphs_analysis(seed_snapshot) -> None:
    assert seed_snapshot.analysis == analyse(seed_snapshot.graph)
    ids = {concept.id for concept in seed_snapshot.graph.concepts}
    assert set(seed_snapshot.analysis.centrality) == ids


# the seeds and a generated corpus -----------------------------------------------------


def _check_invariants(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> None:
    concept_ids = [concept.id for concept in graph.concepts]
    members = [cid for theme in analysis.themes for cid in theme.member_ids]
    assert sorted(members) == sorted(concept_ids)  # the themes partition the concepts
    for theme in analysis.themes:
        ranks = [analysis.centrality[cid].pagerank for cid in theme.member_ids]
        assert ranks == sorted(ranks, reverse=True)
    assert list(analysis.centrality) == concept_ids
    assert sum(c.pagerank for c in analysis.centrality.values()) == pytest.approx(1.0)
    assert all(0 <= c.betweenness <= 1 for c in analysis.centrality.values())
    assert all(
        analysis.centrality[cid].degree == graph.co_occurrence.degree(cid) for cid in concept_ids
    )
    scores = [bridge.score for bridge in analysis.bridges]
    # equal but for float rounding counts as a tie, broken by name
    assert all(a >= b - 1e-12 for a, b in pairwise(scores))
    assert all(len(bridge.theme_ids) >= 2 for bridge in analysis.bridges)
    connections = [gap.connection for gap in analysis.structural_gaps]
    assert all(a <= b + 1e-12 for a, b in pairwise(connections))
    for topic in graph.topics:
        alignment = analysis.alignments[topic.slug]
        points = graph.statements_of(topic.slug, StatementKind.MARKING_POINT)
        named = {cid for point in points for cid in point.concept_ids}
        assessed = {pair.concept_id for p in points for pair in analysis.assessments_of(p.id)}
        assert assessed <= set(topic.key_concept_ids)  # a point assesses its own topic's
        assert set(alignment.unassessed_key_concept_ids) == set(topic.key_concept_ids) - assessed
        # a point that names a key concept assesses it
        assert named & set(topic.key_concept_ids) <= assessed
        for point in points:
            pairs = analysis.assessments_of(point.id)
            assert (point.id in alignment.marking_point_ids_without_key_concept) == (not pairs)
            assert all(0 <= pair.score <= 1 for pair in pairs)
            assert [pair.score for pair in pairs] == sorted((p.score for p in pairs), reverse=True)
            for pair in pairs:
                assert point.id in analysis.assessing(pair.concept_id)
        for tip in graph.statements_of(topic.slug, StatementKind.EXAM_TIP):
            assert analysis.assessments_of(tip.id) == ()
        for model_id in alignment.tip_models_never_assessed:
            model = graph.concept(model_id)
            assert model is not None
            assert model.kind is ConceptKind.MODEL
            assert model_id not in named
        similar = analysis.topics_similar_to(topic.slug)
        for similarity in similar:
            other = graph.topic(similarity.other)
            assert other is not None
            shared = set(topic.concept_ids) & set(other.concept_ids)
            assert set(similarity.shared_concept_ids) == shared
            assert 0 <= similarity.score <= 1
            assert 0 <= similarity.similarity <= 1
            # listed for what they teach in common, or else for a concept they share
            assert similarity.similarity > 0 or similarity.shared_concept_ids
        ranking = [s.similarity for s in similar]
        assert all(a >= b - 1e-12 for a, b in pairwise(ranking))


def test_seed_analysis_holds_its_invariants_exactly(seed_snapshot) -> None:
    analysis = seed_snapshot.analysis
    assert analysis.betweenness_pivots is None  # the seeds are small enough to be exact
    assert len(analysis.themes) >= 2
    _check_invariants(seed_snapshot.graph, analysis)


def test_generated_corpus_finds_themes_and_holds_its_invariants(generated_snapshot) -> None:
    analysis = generated_snapshot.analysis
    assert len(generated_snapshot.graph.topics) == 300
    # areas of study, each topic drawing mostly on one or two of them: a clear structure,
    # though areas that often share topics may come out as one theme
    assert AREAS // 3 <= len(analysis.themes) <= 2 * AREAS
    assert analysis.modularity > 0.3
    assert analysis.bridges
    assert analysis.structural_gaps
    _check_invariants(generated_snapshot.graph, analysis)


def test_two_builds_give_equal_analyses(tmp_path) -> None:
    folder = write_corpus(tmp_path / "corpus", 40)
    assert load_corpus(folder).analysis == load_corpus(folder).analysis


_PRINT_ANALYSIS = """
import sys
from graph import load_corpus
print(repr(load_corpus(sys.argv[1]).analysis))
"""


def test_analysis_does_not_depend_on_the_hash_seed(tmp_path) -> None:
    folder = write_corpus(tmp_path / "corpus", 40)
    outputs = []
    for hash_seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-c", _PRINT_ANALYSIS, str(folder)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=environment,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert "Theme(" in outputs[0]


def test_large_graphs_sample_betweenness_with_a_fixed_seed(monkeypatch, tmp_path) -> None:
    graph = load_corpus(write_corpus(tmp_path / "corpus", 60)).graph
    exact = analyse(graph)
    monkeypatch.setattr(network_module, "EXACT_BETWEENNESS_BUDGET", 1)
    sampled = analyse(graph)
    nodes = graph.co_occurrence.number_of_nodes()
    assert nodes > 64
    assert exact.betweenness_pivots is None
    assert sampled.betweenness_pivots == 64
    assert sampled == analyse(graph)
    # a sample of sources estimates the same measure: the most central concept by the
    # exact count is near the top of the estimate
    top = exact.ranked_concept_ids(ConceptOrder.BETWEENNESS)[0]
    assert top in sampled.ranked_concept_ids(ConceptOrder.BETWEENNESS)[:10]
