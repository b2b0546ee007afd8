"""Similar topics: weighted Jaccard of the concepts two topics mention.

A concept counts ``1 / (number of topics that mention it)``, so sharing a rare concept
says more than sharing one every topic mentions. Every pair of topics that shares a
concept is scored while there are at most :data:`SIMILAR_TOPICS_BUDGET` such pairs;
beyond, each topic keeps its :data:`SIMILAR_TOPICS_KEPT` most similar (see
``_most_similar_topics``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from graph.analysis.results import TopicSimilarity
from graph.analysis.themes import concept_name
from graph.analysis.ties import tie
from graph.graph import KnowledgeGraph

__all__ = [
    "SIMILAR_TOPICS_BUDGET",
    "SIMILAR_TOPICS_CANDIDATES",
    "SIMILAR_TOPICS_KEPT",
    "SentSimilarities",
    "keeps_only_the_most_similar",
    "similar_pair_steps",
    "similar_topics",
    "similar_topics_received",
    "similar_topics_to_send",
]

# Pairs of topics that share a concept (the sum over concepts of topics * (topics - 1)
# / 2) up to which every similar topic is kept; beyond, see _most_similar_topics.
SIMILAR_TOPICS_BUDGET = 1_000_000
SIMILAR_TOPICS_KEPT = 20
# Candidate pairs of topics examined for each topic's most similar, in large corpora.
SIMILAR_TOPICS_CANDIDATES = 200_000


# The similar topics as plain tuples, (slug, [(other, score, shared ids), ...]):
# frozen dataclasses unpickle through a Python-level __setstate__ each, which cost
# more than making them again.
SentSimilarities = list[tuple[str, list[tuple[str, float, tuple[str, ...]]]]]


def similar_topics_to_send(graph: KnowledgeGraph) -> SentSimilarities:
    return [
        (slug, [(s.other, s.score, s.shared_concept_ids) for s in similar])
        for slug, similar in similar_topics(graph).items()
    ]


def similar_topics_received(
    sent: SentSimilarities,
) -> dict[str, tuple[TopicSimilarity, ...]]:
    return {slug: tuple(TopicSimilarity(slug, *row) for row in rows) for slug, rows in sent}


def similar_topics(graph: KnowledgeGraph) -> dict[str, tuple[TopicSimilarity, ...]]:
    weight = {concept.id: 1.0 / len(concept.topic_slugs) for concept in graph.concepts}
    mass = {
        topic.slug: sum(weight[cid] for cid in sorted(topic.concept_ids)) for topic in graph.topics
    }
    if keeps_only_the_most_similar(graph):
        return _most_similar_topics(graph, weight, mass)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for concept in graph.concepts:
        slugs = concept.topic_slugs
        for index, a in enumerate(slugs):
            for b in slugs[index + 1 :]:
                shared[(a, b)].append(concept.id)
    rarest_first = {c.id: _rarest_first(graph, weight, c.id) for c in graph.concepts}
    found: dict[str, list[TopicSimilarity]] = {topic.slug: [] for topic in graph.topics}
    for (a, b), concept_ids in sorted(shared.items()):
        ranked = tuple(sorted(concept_ids, key=rarest_first.__getitem__))
        common = sum(weight[cid] for cid in sorted(concept_ids))
        score = common / (mass[a] + mass[b] - common)
        found[a].append(TopicSimilarity(a, b, score, ranked))
        found[b].append(TopicSimilarity(b, a, score, ranked))
    return {
        slug: tuple(
            sorted(similar, key=lambda s: (-tie(s.score), -len(s.shared_concept_ids), s.other))
        )
        for slug, similar in found.items()
    }


def _rarest_first(
    graph: KnowledgeGraph, weight: Mapping[str, float], concept_id: str
) -> tuple[float, str, str]:
    return (-weight[concept_id], concept_name(graph, concept_id).casefold(), concept_id)


def keeps_only_the_most_similar(graph: KnowledgeGraph) -> bool:
    """Whether ``graph`` has too many similar pairs to keep them all (see the docstring)."""
    return similar_pair_steps(graph) > SIMILAR_TOPICS_BUDGET


def similar_pair_steps(graph: KnowledgeGraph) -> int:
    """Pairs of topics joined by each concept, summed: the work of every similar pair."""
    return sum(_pairs(len(concept.topic_slugs)) for concept in graph.concepts)


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def _most_similar_topics(
    graph: KnowledgeGraph, weight: Mapping[str, float], mass: Mapping[str, float]
) -> dict[str, tuple[TopicSimilarity, ...]]:
    """The :data:`SIMILAR_TOPICS_KEPT` most similar topics of each topic, for large corpora.

    Candidate pairs are the topics that share a *rare* concept: concepts are taken
    from the rarest up while the pairs of topics they join stay within
    :data:`SIMILAR_TOPICS_CANDIDATES`. Every candidate's score is exact; a pair that
    shares only commoner concepts is left out. Such a pair's score is at most
    ``F / mass(a)``, where ``F`` is the weight of the commoner concepts of topic ``a``
    (each weighs ``1 / topics``, so little): a topic whose last kept score is at
    least that has exactly the right list.
    """
    slugs = [topic.slug for topic in graph.topics]
    number = {slug: index for index, slug in enumerate(slugs)}
    concept_sets = [frozenset(topic.concept_ids) for topic in graph.topics]
    masses = [mass[slug] for slug in slugs]
    count = len(slugs)
    candidates: set[int] = set()
    steps = 0
    for concept in sorted(graph.concepts, key=lambda c: (len(c.topic_slugs), c.id)):
        steps += _pairs(len(concept.topic_slugs))
        if steps > SIMILAR_TOPICS_CANDIDATES:
            break
        numbers = [number[slug] for slug in concept.topic_slugs]
        for position, a in enumerate(numbers):
            candidates.update(a * count + b for b in numbers[position + 1 :])
    # per topic: (-rounded score, -shared concepts, other slug, other, score), best first
    kept: list[list[tuple[float, int, str, int, float]]] = [[] for _ in slugs]
    for pair in sorted(candidates):
        a, b = divmod(pair, count)
        shared = sorted(concept_sets[a] & concept_sets[b])
        common = sum([weight[cid] for cid in shared])
        score = common / (masses[a] + masses[b] - common)
        rounded = -tie(score)
        kept[a].append((rounded, -len(shared), slugs[b], b, score))
        kept[b].append((rounded, -len(shared), slugs[a], a, score))
        for own in (a, b):
            if len(kept[own]) >= 4 * SIMILAR_TOPICS_KEPT:
                kept[own].sort()
                del kept[own][SIMILAR_TOPICS_KEPT:]
    rarest_first = {c.id: _rarest_first(graph, weight, c.id) for c in graph.concepts}
    result: dict[str, tuple[TopicSimilarity, ...]] = {}
    for own, found in enumerate(kept):
        found.sort()
        result[slugs[own]] = tuple(
            TopicSimilarity(
                slugs[own],
                slugs[other],
                score,
                tuple(
                    sorted(concept_sets[own] & concept_sets[other], key=rarest_first.__getitem__)
                ),
            )
            for _, _, _, other, score in found[:SIMILAR_TOPICS_KEPT]
        )
    return result
