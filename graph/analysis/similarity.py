"""Similar topics: how much two topics teach in common, by content and by shared concepts.

    similarity(a, b) = CONTENT_SHARE * content(a, b) + (1 - CONTENT_SHARE) * concepts(a, b)

``content`` is the cosine of the two topics' vectors of weighted content terms (see
:mod:`graph.text.layer`): two topics that both teach complaints and service failures
score high even when they never name the same concept. ``concepts`` is the weighted
Jaccard of the concepts they mention, a concept counting ``1 / (number of topics that
mention it)``: sharing a rare concept says more than sharing one every topic names.
Both are 0 to 1, and so is the similarity.

Every pair is scored, a block of topics at a time, with sparse matrix products; each
topic keeps its :data:`SIMILAR_TOPICS_KEPT` most similar (fewer in a corpus of more
than :data:`LARGE_CORPUS` topics). :class:`TopicPairs` answers for any pair on demand.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import scipy.sparse as sparse

from graph.analysis.results import TopicSimilarity
from graph.analysis.themes import concept_name
from graph.analysis.ties import tie
from graph.graph import KnowledgeGraph
from graph.text.layer import TextLayer

__all__ = [
    "CONTENT_SHARE",
    "LARGE_CORPUS",
    "SIMILAR_TOPICS_KEPT",
    "TopicPairs",
    "similar_topics",
]

CONTENT_SHARE = 0.5  # content and concepts count alike
SIMILAR_TOPICS_KEPT = 100  # as many as `similarTopics(limit:)` may ask for by default
LARGE_CORPUS = 2_000  # beyond, each topic keeps SIMILAR_TOPICS_KEPT_LARGE
SIMILAR_TOPICS_KEPT_LARGE = 20
_BLOCK = 512  # topics scored at a time: a block is _BLOCK * topics floats
_PRECOMPUTED = 500  # up to this many topics, every pair's similarity is kept


class TopicPairs:
    """The similarity of any two topics of a graph (see the module docstring)."""

    def __init__(self, graph: KnowledgeGraph, text: TextLayer) -> None:
        self.slugs = tuple(topic.slug for topic in graph.topics)
        self.number = {slug: index for index, slug in enumerate(self.slugs)}
        self._graph = graph
        rows = [text.topic_rows[slug] for slug in self.slugs]
        self.content = sparse.csr_matrix(text.topic_vectors[rows])
        concept_number = {concept.id: index for index, concept in enumerate(graph.concepts)}
        self.weights = np.asarray(
            [1.0 / len(concept.topic_slugs) for concept in graph.concepts], dtype=np.float64
        )
        incidence_rows, incidence_columns = [], []
        for index, topic in enumerate(graph.topics):
            for concept_id in topic.concept_ids:
                incidence_rows.append(index)
                incidence_columns.append(concept_number[concept_id])
        self.incidence = sparse.csr_matrix(
            (np.ones(len(incidence_rows)), (incidence_rows, incidence_columns)),
            shape=(len(self.slugs), len(graph.concepts)),
        )
        self.weighted = sparse.csr_matrix(self.incidence @ sparse.diags(self.weights))
        self.mass = np.asarray(self.weighted.sum(axis=1)).ravel()
        self._kept: np.ndarray | None = None
        if len(self.slugs) <= _PRECOMPUTED:
            self._kept = self.block(0, len(self.slugs))[2]

    def block(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Content, concept and combined similarity of topics ``start:stop`` to every topic."""
        content = np.asarray((self.content[start:stop] @ self.content.T).todense())
        shared = np.asarray((self.weighted[start:stop] @ self.incidence.T).todense())
        union = self.mass[start:stop, None] + self.mass[None, :] - shared
        with np.errstate(divide="ignore", invalid="ignore"):
            concepts = np.where(union > 0, shared / union, 0.0)
        content = np.clip(content, 0.0, 1.0)
        return content, concepts, CONTENT_SHARE * content + (1 - CONTENT_SHARE) * concepts

    def similarity(self, a: str, b: str) -> float:
        """The similarity of topics ``a`` and ``b`` (0 for an unknown slug)."""
        first, second = self.number.get(a), self.number.get(b)
        if first is None or second is None:
            return 0.0
        if self._kept is not None:
            return float(self._kept[first, second])
        return float(self.block(first, first + 1)[2][0, second])

    def rows(self) -> Iterator[Sequence[float]]:
        """Every topic's similarity to every topic, a row at a time, in slug order."""
        for start in range(0, len(self.slugs), _BLOCK):
            combined = self.block(start, min(start + _BLOCK, len(self.slugs)))[2]
            yield from combined.tolist()

    def shared_concepts(self, a: int, b: int) -> tuple[str, ...]:
        """The concepts both topics mention, rarest (weightiest) first, then by name."""
        graph = self._graph
        ids = set(graph.topics[a].concept_ids) & set(graph.topics[b].concept_ids)
        return tuple(
            sorted(
                ids,
                key=lambda cid: (
                    -1.0 / len(graph.concept(cid).topic_slugs),  # type: ignore[union-attr]
                    concept_name(graph, cid).casefold(),
                    cid,
                ),
            )
        )


def similar_topics(pairs: TopicPairs) -> dict[str, tuple[TopicSimilarity, ...]]:
    """Each topic's most similar topics, most similar first (then more shared concepts, slug).

    Only topics with a similarity above 0 are listed.
    """
    slugs = pairs.slugs
    kept = SIMILAR_TOPICS_KEPT if len(slugs) <= LARGE_CORPUS else SIMILAR_TOPICS_KEPT_LARGE
    shared_counts = pairs.incidence
    found: dict[str, tuple[TopicSimilarity, ...]] = {}
    for start in range(0, len(slugs), _BLOCK):
        stop = min(start + _BLOCK, len(slugs))
        _, concepts, combined = pairs.block(start, stop)
        counts = np.asarray((shared_counts[start:stop] @ shared_counts.T).todense())
        for offset in range(stop - start):
            own = start + offset
            row = combined[offset].copy()
            row[own] = 0.0
            candidates = np.flatnonzero(row > 0)
            if len(candidates) > kept:
                # the kept ones and every candidate tied with the last of them
                floor = np.partition(row[candidates], -kept)[-kept]
                candidates = candidates[row[candidates] >= floor]
            ranked = _ranked(candidates.tolist(), row, counts[offset], slugs)[:kept]
            found[slugs[own]] = tuple(
                TopicSimilarity(
                    slug=slugs[own],
                    other=slugs[other],
                    score=float(concepts[offset, other]),
                    shared_concept_ids=pairs.shared_concepts(own, other),
                    similarity=float(row[other]),
                )
                for other in ranked
            )
    return found


def _ranked(
    candidates: list[int], row: np.ndarray, counts: np.ndarray, slugs: Sequence[str]
) -> list[int]:
    return sorted(
        candidates, key=lambda other: (-tie(float(row[other])), -counts[other], slugs[other])
    )
