"""The generated corpus: deterministic, valid, and long-tailed like a real programme."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.corpus import generate_documents, make_programme, write_corpus
from graph import KnowledgeGraph, load_corpus, load_documents


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, KnowledgeGraph]:
    folder = write_corpus(tmp_path_factory.mktemp("bench-corpus"), 300, seed=11)
    return folder, load_corpus(folder).graph


def test_the_same_seed_writes_the_same_documents() -> None:
    assert generate_documents(40, seed=3) == generate_documents(40, seed=3)


def test_another_seed_writes_other_documents() -> None:
    assert generate_documents(40, seed=3) != generate_documents(40, seed=4)


def test_a_larger_corpus_starts_with_the_smaller_one() -> None:
    small, large = generate_documents(30, seed=3), generate_documents(60, seed=3)
    assert list(small.values()) == list(large.values())[:30]


def test_the_vocabulary_is_a_few_thousand_concepts_and_a_few_hundred_models() -> None:
    programme = make_programme(seed=3)
    assert 2000 <= len(set(programme.concepts)) <= 5000
    assert 200 <= len(set(programme.models)) <= 500
    acronyms = [model for model in programme.models if model.acronym]
    assert len(acronyms) >= 50
    assert len({model.acronym for model in acronyms}) == len(acronyms)
    assert all(model.defined == f"{model.name} ({model.acronym})" for model in acronyms)


def test_every_document_parses_without_problems(generated) -> None:
    folder, _ = generated
    result = load_documents(folder)
    assert result.problems == ()
    assert len(result.documents) == 300


def test_acronym_models_become_one_node_with_their_expansion(generated) -> None:
    _, graph = generated
    programme = make_programme(seed=11)
    found = 0
    for model in programme.models:
        if model.acronym is None:
            continue
        by_name, by_acronym = graph.find_concept(model.name), graph.find_concept(model.acronym)
        if by_name is not None:
            found += 1
            assert by_acronym == by_name, model
    assert found >= 20


def test_how_many_topics_use_a_concept_is_long_tailed(generated) -> None:
    _, graph = generated
    topic_counts = sorted((len(c.topic_slugs) for c in graph.concepts), reverse=True)
    median = topic_counts[len(topic_counts) // 2]
    head = topic_counts[: max(1, len(topic_counts) // 100)]
    assert min(head) >= 10 * median  # the most used one per cent dwarfs the typical concept
    rare = sum(1 for count in topic_counts if count <= 2)
    assert rare >= len(topic_counts) // 4  # and a long tail is used by a topic or two
    # frequency falls with rank roughly as a power law: rank 10 vs rank 100
    assert topic_counts[0] >= 2 * topic_counts[9] >= 4 * topic_counts[99]


def test_concepts_cluster_by_area(generated) -> None:
    _, graph = generated
    # concepts a topic shares with others come mostly from a few areas: most pairs of
    # topics share little, some share much
    overlaps = Counter(round(o.jaccard, 1) for o in graph.overlap_matrix)
    assert overlaps[0.0] + overlaps[0.1] > overlaps[0.3] + overlaps[0.4] + overlaps[0.5]
