"""What large corpora do differently, tried on small ones by lowering the limits.

Each limit is lowered with monkeypatch so that a corpus of a few dozen topics takes
the large-corpus path, and the answer is compared with the small-corpus one.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

import graph.analysis.network as network_module
import graph.analysis.similarity as similarity_module
import graph.graph as graph_module
import graph.passes as passes_module
from bench.corpus import write_corpus
from graph import KnowledgeGraph, load_corpus
from graph.analysis import analyse
from graph.graph import OverlapMatrix


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("scale"), 40)


@pytest.fixture(scope="module")
def small(corpus: Path) -> KnowledgeGraph:
    return load_corpus(corpus).graph


def test_a_lazy_overlap_matrix_holds_the_same_pairs_in_the_same_order(
    small: KnowledgeGraph,
) -> None:
    kept = small.overlap_matrix
    assert isinstance(kept, tuple)
    lazy = OverlapMatrix(small)
    assert len(lazy) == len(kept) == 40 * 39 // 2
    assert list(lazy) == list(kept)
    assert [lazy[index] for index in range(len(lazy))] == list(kept)
    assert lazy[-1] == kept[-1]
    assert list(lazy[5:9]) == list(kept[5:9])
    with pytest.raises(IndexError):
        lazy[len(lazy)]


def test_past_the_limit_the_overlap_matrix_is_computed_when_read(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, small: KnowledgeGraph
) -> None:
    monkeypatch.setattr(graph_module, "MATERIALISED_OVERLAP_PAIRS", 10)
    large = load_corpus(corpus).graph
    assert isinstance(large.overlap_matrix, OverlapMatrix)
    assert list(large.overlap_matrix) == list(small.overlap_matrix)


def test_the_overlap_of_two_topics_is_the_jaccard_of_their_concepts(small: KnowledgeGraph) -> None:
    for a, b in list(combinations(small.topics, 2))[:50]:
        overlap = small.topic_overlap(a.slug, b.slug)
        assert overlap is not None
        first, second = set(a.concept_ids), set(b.concept_ids)
        assert overlap.jaccard == len(first & second) / len(first | second)
        assert set(overlap.shared) == first & second
        assert set(overlap.only_in_a) == first - second
        assert set(overlap.only_in_b) == second - first


def test_two_processes_build_the_same_graph_as_one(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, small: KnowledgeGraph
) -> None:
    monkeypatch.setattr(passes_module, "PARALLEL_DOCUMENTS", 2)
    split = load_corpus(corpus).graph
    assert split.concepts == small.concepts
    assert split.links == small.links
    assert split.statements == small.statements
    assert split.topics == small.topics


def test_large_graphs_estimate_the_same_measures(
    monkeypatch: pytest.MonkeyPatch, small: KnowledgeGraph
) -> None:
    exact = analyse(small)
    monkeypatch.setattr(network_module, "EXACT_BETWEENNESS_BUDGET", 1)
    large = analyse(small)
    assert large == analyse(small)  # the same answer every time
    assert large.betweenness_pivots is not None
    for concept_id, centrality in exact.centrality.items():
        estimate = large.centrality[concept_id]
        assert estimate.degree == centrality.degree
        assert estimate.pagerank == pytest.approx(centrality.pagerank, rel=1e-8, abs=1e-12)
    assert sum(c.pagerank for c in large.centrality.values()) == pytest.approx(1.0)
    members = sorted(cid for theme in large.themes for cid in theme.member_ids)
    assert members == sorted(exact.centrality)
    assert large.modularity > 0


def test_large_corpora_keep_fewer_similar_topics_with_exact_scores(
    monkeypatch: pytest.MonkeyPatch, small: KnowledgeGraph
) -> None:
    every = analyse(small)
    monkeypatch.setattr(similarity_module, "LARGE_CORPUS", 10)
    monkeypatch.setattr(similarity_module, "SIMILAR_TOPICS_KEPT_LARGE", 3)
    monkeypatch.setattr(similarity_module, "_BLOCK", 7)  # several blocks, one partial
    # a term or concept of more than half of 40 topics is common here
    monkeypatch.setattr(similarity_module, "COMMON_SHARE", 0.5)
    few = analyse(small)
    found_pairs = expected_pairs = 0
    for topic in small.topics:
        found, expected = few.topics_similar_to(topic.slug), every.topics_similar_to(topic.slug)
        assert len(found) == 3
        # every score kept is exact (summed in another order)
        for kept in found:
            assert kept.similarity == pytest.approx(every.topic_similarity(kept.slug, kept.other))
        found_pairs += len({s.other for s in found} & {s.other for s in expected[:3]})
        expected_pairs += 3
    assert found_pairs / expected_pairs >= 0.9  # the candidates hold nearly all the best


def test_a_pair_reads_the_same_similarity_kept_or_computed_when_asked(
    monkeypatch: pytest.MonkeyPatch, small: KnowledgeGraph
) -> None:
    kept = analyse(small)
    monkeypatch.setattr(similarity_module, "_PRECOMPUTED", 1)
    computed = analyse(small)
    for a, b in list(combinations([topic.slug for topic in small.topics], 2))[:60]:
        assert computed.topic_similarity(a, b) == pytest.approx(kept.topic_similarity(a, b))
        assert computed.topic_similarity(a, b) == pytest.approx(kept.topic_similarity(b, a))


def test_similar_topics_found_by_the_worker_process_are_those_found_here(
    monkeypatch: pytest.MonkeyPatch, small: KnowledgeGraph
) -> None:
    from graph.analysis.similarity import TopicPairs, similar_topics
    from graph.parallel import can_fork
    from graph.text import build_text_layer

    monkeypatch.setattr(network_module, "EXACT_BETWEENNESS_BUDGET", 1)  # a worker is forked
    text = build_text_layer(small)
    helped = analyse(small, text)
    here = similar_topics(TopicPairs(small, text))
    assert dict(helped.similar_topics) == here
    assert any(here.values())
    assert can_fork()  # so the comparison above did cross processes


@pytest.mark.parametrize("large", [False, True])
def test_similar_topics_found_in_two_shares_are_those_found_at_once(
    monkeypatch: pytest.MonkeyPatch, small: KnowledgeGraph, large: bool
) -> None:
    from graph.analysis.similarity import TopicPairs, similar_topics
    from graph.text import build_text_layer

    if large:
        monkeypatch.setattr(similarity_module, "LARGE_CORPUS", 10)
        monkeypatch.setattr(similarity_module, "_BLOCK", 7)
    pairs = TopicPairs(small, build_text_layer(small))
    whole = similar_topics(pairs)
    for split in (0, 1, 13, len(small.topics)):
        first, second = similar_topics(pairs, 0, split), similar_topics(pairs, split)
        assert len(first) == split
        assert set(first).isdisjoint(second)
        assert list((first | second).items()) == list(whole.items())
