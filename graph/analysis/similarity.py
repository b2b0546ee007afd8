"""Similar topics: how much two topics teach in common, by content and by shared concepts.

    similarity(a, b) = CONTENT_SHARE * content(a, b) + (1 - CONTENT_SHARE) * concepts(a, b)

``content`` is the cosine of the two topics' vectors of weighted content terms (see
:mod:`graph.text.layer`): two topics that both teach complaints and service failures
score high even when they never name the same concept. ``concepts`` is the weighted
Jaccard of the concepts they mention, a concept counting ``1 / (number of topics that
mention it)``: sharing a rare concept says more than sharing one every topic names.
Both are 0 to 1, and so is the similarity.

Up to :data:`LARGE_CORPUS` topics every pair is scored, a block of topics at a time,
with sparse matrix products, and each topic keeps its :data:`SIMILAR_TOPICS_KEPT` most
similar. Beyond, terms and concepts that more than :data:`COMMON_SHARE` of the topics
use are common: each topic's candidates are the topics most similar in their rarer
terms and concepts (:data:`CANDIDATES` times as many as are kept), and every score
kept is then computed in full, common terms included. A pair left out shares mostly
what most topics share, which weighs little (a common term's idf and a common
concept's weight are small). :class:`TopicPairs` answers for any pair on demand.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import scipy.sparse as sparse

from graph.analysis.results import TopicSimilarity
from graph.analysis.ties import TIE_DIGITS
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
COMMON_SHARE = 0.1  # in a large corpus, terms and concepts of more topics are common
CANDIDATES = 3  # candidates examined per topic kept, in a large corpus
_BLOCK = 512  # topics scored at a time: a block is _BLOCK * topics floats
_PRECOMPUTED = 500  # up to this many topics, every pair's similarity is kept
_COMMON_ROWS = 32  # rows whose common terms are compared at once (each a dense array)


class TopicPairs:
    """The similarity of any two topics of a graph (see the module docstring)."""

    def __init__(self, graph: KnowledgeGraph, text: TextLayer) -> None:
        self.slugs = tuple(topic.slug for topic in graph.topics)
        self.number = {slug: index for index, slug in enumerate(self.slugs)}
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
        # concepts numbered rarest (weightiest) first, then by name: a pair's shared
        # concepts come out in that order by sorting numbers
        ranked = sorted(
            graph.concepts, key=lambda c: (-1.0 / len(c.topic_slugs), c.name.casefold(), c.id)
        )
        self._ranked_ids = [concept.id for concept in ranked]
        rank = {concept.id: index for index, concept in enumerate(ranked)}
        self._ranks = [frozenset(rank[cid] for cid in t.concept_ids) for t in graph.topics]
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
        return tuple(map(self._ranked_ids.__getitem__, sorted(self._ranks[a] & self._ranks[b])))


def similar_topics(
    pairs: TopicPairs, start: int = 0, stop: int | None = None
) -> dict[str, tuple[TopicSimilarity, ...]]:
    """Each topic's most similar topics, most similar first (then more shared concepts, slug).

    Only topics with a similarity above 0 are listed. With ``start`` and ``stop``, only
    the topics numbered ``start:stop`` (in slug order) are listed, each against every
    topic: two processes can share the work.
    """
    slugs = pairs.slugs
    stop = len(slugs) if stop is None else min(stop, len(slugs))
    large = len(slugs) > LARGE_CORPUS
    kept = SIMILAR_TOPICS_KEPT_LARGE if large else SIMILAR_TOPICS_KEPT
    rows = _candidate_rows(pairs, kept, start, stop) if large else _every_row(pairs, start, stop)
    found: dict[str, tuple[TopicSimilarity, ...]] = {}
    for own, others, combined, concepts, counts in rows:
        keep = (combined > 0) & (others != own)
        others, combined, concepts, counts = (
            others[keep],
            combined[keep],
            concepts[keep],
            counts[keep],
        )
        # most similar first (equal but for float rounding counts as a tie), then more
        # shared concepts, then slug: topics are numbered in slug order
        order = np.lexsort((others, -counts, -np.round(combined, TIE_DIGITS)))[:kept]
        found[slugs[own]] = tuple(
            TopicSimilarity(
                slug=slugs[own],
                other=slugs[other],
                score=score,
                shared_concept_ids=pairs.shared_concepts(own, other),
                similarity=value,
            )
            for other, score, value in zip(
                others[order].tolist(),
                concepts[order].tolist(),
                combined[order].tolist(),
                strict=True,
            )
        )
    return found


_Row = tuple[int, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _every_row(pairs: TopicPairs, begin: int, end: int) -> Iterator[_Row]:
    """Topics ``begin:end`` against every topic: (own, others, similarity, concepts,
    shared counts)."""
    everyone = np.arange(len(pairs.slugs))
    for start in range(begin, end, _BLOCK):
        stop = min(start + _BLOCK, end)
        _, concepts, combined = pairs.block(start, stop)
        counts = np.asarray((pairs.incidence[start:stop] @ pairs.incidence.T).todense())
        for offset in range(stop - start):
            yield start + offset, everyone, combined[offset], concepts[offset], counts[offset]


def _candidate_rows(pairs: TopicPairs, kept: int, begin: int, end: int) -> Iterator[_Row]:
    """Topics ``begin:end``, each against its candidates only (see the module docstring)."""
    count = len(pairs.slugs)
    common_topics = max(2.0, COMMON_SHARE * count)
    content_rare, content_common = _split(pairs.content, common_topics)
    weighted_rare, weighted_common = _split(pairs.weighted, common_topics)
    incidence_rare, incidence_common = _split(pairs.incidence, common_topics)
    wanted = min(CANDIDATES * kept, count - 1)
    if wanted < 1:
        return
    for start in range(begin, end, _BLOCK):
        stop = min(start + _BLOCK, end)
        rows = np.arange(start, stop)
        content = (content_rare[start:stop] @ content_rare.T).toarray()
        shared = (weighted_rare[start:stop] @ incidence_rare.T).toarray()
        # rough scores from the rarer terms and concepts choose the candidates
        rough = pairs.mass[start:stop, None] + pairs.mass[None, :] - shared
        np.maximum(rough, 1e-12, out=rough)
        np.divide(shared, rough, out=rough)
        rough *= 1 - CONTENT_SHARE
        rough += CONTENT_SHARE * content
        rough[rows - start, rows] = -1.0
        candidates = np.argpartition(-rough, wanted - 1, axis=1)[:, :wanted]
        rough = np.take_along_axis(rough, candidates, axis=1)
        content = np.take_along_axis(content, candidates, axis=1)
        shared = np.take_along_axis(shared, candidates, axis=1)
        # then their scores in full: the common terms and concepts added, a few rows at a
        # time (each row of them is dense)
        for first in range(0, stop - start, _COMMON_ROWS):
            last = min(first + _COMMON_ROWS, stop - start)
            own, theirs = rows[first:last], candidates[first:last]
            content[first:last] += np.einsum(
                "rk,rck->rc", content_common[own], content_common[theirs]
            )
            shared[first:last] += np.einsum(
                "rk,rck->rc", weighted_common[own], incidence_common[theirs]
            )
        union = pairs.mass[rows, None] + pairs.mass[candidates] - shared
        with np.errstate(divide="ignore", invalid="ignore"):
            concepts = np.where(union > 0, shared / union, 0.0)
        combined = CONTENT_SHARE * np.clip(content, 0.0, 1.0) + (1 - CONTENT_SHARE) * concepts
        for offset in range(stop - start):
            keep = rough[offset] > 0
            others, values = candidates[offset][keep], combined[offset][keep]
            yield (
                start + offset,
                others,
                values,
                concepts[offset][keep],
                _tied_counts(pairs, start + offset, others, values),
            )


def _tied_counts(pairs: TopicPairs, own: int, others: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Shared concept counts, the tie-break: computed only where similarities tie."""
    counts = np.zeros(len(others), dtype=np.int64)
    rounded = np.round(values, TIE_DIGITS)
    _, inverse, sizes = np.unique(rounded, return_inverse=True, return_counts=True)
    for index in np.flatnonzero(sizes[inverse] > 1).tolist():
        counts[index] = len(pairs.shared_concepts(own, int(others[index])))
    return counts


def _split(matrix: sparse.csr_matrix, common_topics: float) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The columns of at most ``common_topics`` topics (sparse), and the others (dense)."""
    used_by = np.asarray((matrix > 0).sum(axis=0)).ravel()
    common = used_by > common_topics
    rare = sparse.csr_matrix(matrix @ sparse.diags((~common).astype(np.float64)))
    rare.eliminate_zeros()
    return rare, np.asarray(matrix[:, np.flatnonzero(common)].todense())
