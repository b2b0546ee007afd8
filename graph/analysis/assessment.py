"""Which key concepts each marking point assesses, by meaning rather than by name alone.

For each topic, every marking point is compared with every key concept of the same
topic (its name, counted twice, and its description), on the weighted content terms
of the text layer (:mod:`graph.text.layer`). Each term vector is first widened by
the terms its terms are used with elsewhere in the topic (a marking point about
"extra help" then meets a key concept on "vulnerability" when the topic's other
passages use the two together), by :data:`WIDENING` of their weight. The score of a
pair is the cosine of the widened vectors, 0 to 1.

A marking point assesses:

* the key concept it names (the old rule: a name is a clear sign);
* the key concept a one-to-one assignment gives it: topic by topic, marking points
  and key concepts are paired so that the scores above :data:`THRESHOLD` add up to the
  most, each used once (examiners usually write a point per concept);
* any other key concept scoring at least :data:`SECOND_THRESHOLD` and at least
  :data:`NEAR_BEST` of the point's best score (a point that covers two concepts).

The reasons kept with each pair are the concepts and models both name, and the terms
both use, heaviest first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sparse
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from graph.analysis.results import Assessment
from graph.graph import KnowledgeGraph
from graph.model import Passage, PassageKind
from graph.text.layer import TextLayer

__all__ = ["NEAR_BEST", "SECOND_THRESHOLD", "THRESHOLD", "WIDENING", "assessments"]

WIDENING = 0.3
THRESHOLD = 0.12
SECOND_THRESHOLD = 0.18
NEAR_BEST = 0.8
_SHARED_TERMS = 10  # terms kept as the reasons of one pair


@dataclass(frozen=True, slots=True)
class _Topic:
    """One topic's passages as a small dense matrix over the terms the topic uses."""

    passages: list[Passage]
    weights: np.ndarray  # a row per passage, a column per term of `columns`
    columns: np.ndarray  # the text layer's column of each local term

    @classmethod
    def of(cls, passages: list[Passage], text: TextLayer) -> _Topic:
        matrix = text.passage_weights
        rows = [text.passage_rows[p.id] for p in passages]
        starts, stops = matrix.indptr[rows], matrix.indptr[np.asarray(rows) + 1]
        lengths = stops - starts
        owner = np.repeat(np.arange(len(rows)), lengths)
        # the positions of every row's entries: start, start + 1, ... for each row
        entries = np.arange(len(owner)) + np.repeat(
            starts - (np.cumsum(lengths) - lengths), lengths
        )
        columns, local = np.unique(matrix.indices[entries], return_inverse=True)
        weights = np.zeros((len(rows), len(columns)))
        weights[owner, local] = matrix.data[entries]
        return cls(passages, weights, columns)


def assessments(graph: KnowledgeGraph, text: TextLayer) -> dict[str, tuple[Assessment, ...]]:
    """Every marking point's assessments, strongest first, by statement id.

    Exam tips and misconceptions assess nothing and are not keys.
    """
    found: dict[str, tuple[Assessment, ...]] = {}
    for topic in graph.topics:
        passages = list(graph.topic_passages(topic.slug))
        points = [i for i, p in enumerate(passages) if p.kind is PassageKind.MARKING_POINT]
        concepts = _key_concepts(passages)
        for i in points:
            found[passages[i].id] = ()
        if not points or not concepts:
            continue
        local = _Topic.of(passages, text)
        scores = _scores(local, points, concepts)
        chosen = _choose(scores, [passages[i] for i in points], [passages[j] for j in concepts])
        for row, i in enumerate(points):
            found[passages[i].id] = tuple(
                _assessment(local, i, concepts[column], float(scores[row, column]), text)
                for column in sorted(chosen.get(row, ()), key=lambda c: (-scores[row, c], c))
            )
    return found


def _key_concepts(passages: Sequence[Passage]) -> list[int]:
    """The topic's key-concept descriptions, one per concept (the first, if it repeats)."""
    seen: set[str | None] = set()
    chosen = []
    for index, passage in enumerate(passages):
        if passage.kind is PassageKind.KEY_CONCEPT and passage.subject_id not in seen:
            seen.add(passage.subject_id)
            chosen.append(index)
    return chosen


def _scores(local: _Topic, points: list[int], concepts: list[int]) -> np.ndarray:
    """Cosines of the widened vectors: a row per marking point, a column per concept.

    Widening adds ``WIDENING`` times the vector times the topic's term co-occurrence
    matrix ``C`` (passages using both terms, none on the diagonal, each row scaled to
    length 1). ``C = BᵀB - diag`` for the passages-by-terms incidence ``B``, so the
    product is taken through ``B`` (passages by terms) and never built term by term.
    """
    present = (local.weights > 0).astype(np.float64)
    used_by = present.sum(axis=0)  # passages using each term: C's diagonal
    overlap = present @ present.T  # terms each two passages share
    squares = ((overlap @ present) * present).sum(axis=0) - used_by**2  # |row of C|²
    norms = np.sqrt(np.maximum(squares, 0.0))
    norms[norms == 0] = 1.0

    def widened(rows: list[int]) -> np.ndarray:
        vectors = _unit_rows(local.weights[rows])
        scaled = vectors / norms
        spread = (scaled @ present.T) @ present - scaled * used_by
        return _unit_rows(vectors + WIDENING * spread)

    scores: np.ndarray = np.clip(widened(points) @ widened(concepts).T, 0.0, 1.0)
    return scores


def _best_assignment(gains: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The one-to-one pairs of rows and columns with the largest total gain (Hungarian).

    scipy.sparse.csgraph's LAPJVsp, on costs made positive (a missing entry of a sparse
    matrix is no edge): it finds what ``scipy.optimize.linear_sum_assignment`` does,
    and the server starts without importing scipy.optimize (a quarter of a second).
    """
    costs = gains.max() - gains + 1.0
    # every entry is an edge (a cost of 1 or more): the matrix's own arrays, made
    # directly, not searched for non-zeros (a topic at a time, that search was the
    # larger part of the assignment's cost)
    count, columns_per_row = costs.shape
    edges = sparse.csr_matrix(
        (
            costs.ravel(),
            np.tile(np.arange(columns_per_row, dtype=np.int32), count),
            np.arange(0, costs.size + 1, columns_per_row, dtype=np.int32),
        ),
        shape=costs.shape,
    )
    rows, columns = min_weight_full_bipartite_matching(edges)
    return rows, columns


def _choose(
    scores: np.ndarray, points: Sequence[Passage], concepts: Sequence[Passage]
) -> dict[int, set[int]]:
    chosen: dict[int, set[int]] = {}
    for i, point in enumerate(points):
        for j, concept in enumerate(concepts):
            if concept.subject_id in point.concept_ids:
                chosen.setdefault(i, set()).add(j)
    gains = scores - THRESHOLD
    for i, j in zip(*_best_assignment(gains), strict=True):
        if gains[i, j] > 0:
            chosen.setdefault(int(i), set()).add(int(j))
    best = scores.max(axis=1)
    for i, j in zip(
        *np.nonzero((scores >= SECOND_THRESHOLD) & (scores >= NEAR_BEST * best[:, None])),
        strict=True,
    ):
        chosen.setdefault(int(i), set()).add(int(j))
    return chosen


def _assessment(
    local: _Topic, point: int, concept: int, score: float, text: TextLayer
) -> Assessment:
    point_passage, concept_passage = local.passages[point], local.passages[concept]
    assert concept_passage.subject_id is not None, "a key-concept passage has its subject"
    named = set(concept_passage.concept_ids)
    product = local.weights[point] * local.weights[concept]
    shared = np.flatnonzero(product)
    ranked = sorted(shared.tolist(), key=lambda c: (-product[c], text.terms[local.columns[c]]))[
        :_SHARED_TERMS
    ]
    return Assessment(
        statement_id=point_passage.id,
        concept_id=concept_passage.subject_id,
        score=score,
        shared_concept_ids=tuple(cid for cid in point_passage.concept_ids if cid in named),
        shared_terms=tuple(text.terms[local.columns[c]] for c in ranked),
    )


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    lengths = np.linalg.norm(matrix, axis=1, keepdims=True)
    lengths[lengths == 0] = 1.0
    scaled: np.ndarray = matrix / lengths
    return scaled


def assessed_by(found: Mapping[str, tuple[Assessment, ...]]) -> dict[str, tuple[str, ...]]:
    """For each concept, the marking points that assess it, in corpus order."""
    by_concept: dict[str, list[str]] = {}
    for statement_id, pairs in found.items():
        for pair in pairs:
            by_concept.setdefault(pair.concept_id, []).append(statement_id)
    return {concept_id: tuple(ids) for concept_id, ids in by_concept.items()}
