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
from scipy.optimize import linear_sum_assignment

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
class _Side:
    """The marking points or the key concepts of one topic, as rows of the text layer."""

    passages: list[Passage]
    rows: list[int]


def assessments(graph: KnowledgeGraph, text: TextLayer) -> dict[str, tuple[Assessment, ...]]:
    """Every marking point's assessments, strongest first, by statement id.

    Exam tips and misconceptions assess nothing and are not keys.
    """
    found: dict[str, tuple[Assessment, ...]] = {}
    for topic in graph.topics:
        passages = graph.topic_passages(topic.slug)
        points = _side(passages, PassageKind.MARKING_POINT, text)
        concepts = _key_concepts(passages, text)
        for passage in points.passages:
            found[passage.id] = ()
        if not points.passages or not concepts.passages:
            continue
        scores = _scores(passages, points, concepts, text)
        chosen = _choose(scores, points, concepts)
        for i, passage in enumerate(points.passages):
            pairs = [
                _assessment(
                    passage,
                    concepts.passages[j],
                    float(scores[i, j]),
                    points.rows[i],
                    concepts.rows[j],
                    text,
                )
                for j in sorted(chosen.get(i, ()), key=lambda j: (-scores[i, j], j))
            ]
            found[passage.id] = tuple(pairs)
    return found


def _side(passages: Sequence[Passage], kind: PassageKind, text: TextLayer) -> _Side:
    chosen = [p for p in passages if p.kind is kind]
    return _Side(chosen, [text.passage_rows[p.id] for p in chosen])


def _key_concepts(passages: Sequence[Passage], text: TextLayer) -> _Side:
    """The topic's key-concept descriptions, one per concept (the first, if it repeats)."""
    seen: set[str | None] = set()
    chosen = []
    for passage in passages:
        if passage.kind is PassageKind.KEY_CONCEPT and passage.subject_id not in seen:
            seen.add(passage.subject_id)
            chosen.append(passage)
    return _Side(chosen, [text.passage_rows[p.id] for p in chosen])


def _scores(
    passages: Sequence[Passage], points: _Side, concepts: _Side, text: TextLayer
) -> np.ndarray:
    """Cosines of the widened vectors: a row per marking point, a column per concept."""
    topic_rows = [text.passage_rows[p.id] for p in passages]
    weights = text.passage_weights[topic_rows]
    columns = np.unique(weights.indices)
    local = weights[:, columns]  # the topic's own terms only: a small matrix
    present = (local > 0).astype(np.float64)
    together = (present.T @ present).tolil()
    together.setdiag(0)
    widening = _unit_rows(sparse.csr_matrix(together))
    position = {row: index for index, row in enumerate(topic_rows)}

    def widened(rows: list[int]) -> np.ndarray:
        vectors = _unit_rows(local[[position[row] for row in rows]])
        return np.asarray(_unit_rows(vectors + WIDENING * (vectors @ widening)).todense())

    scores: np.ndarray = np.clip(widened(points.rows) @ widened(concepts.rows).T, 0.0, 1.0)
    return scores


def _choose(scores: np.ndarray, points: _Side, concepts: _Side) -> dict[int, set[int]]:
    chosen: dict[int, set[int]] = {}
    for i, point in enumerate(points.passages):
        for j, concept in enumerate(concepts.passages):
            if concept.subject_id in point.concept_ids:
                chosen.setdefault(i, set()).add(j)
    gains = scores - THRESHOLD
    for i, j in zip(*linear_sum_assignment(-gains), strict=True):
        if gains[i, j] > 0:
            chosen.setdefault(int(i), set()).add(int(j))
    for i in range(scores.shape[0]):
        best = float(scores[i].max())
        for j in range(scores.shape[1]):
            if scores[i, j] >= SECOND_THRESHOLD and scores[i, j] >= NEAR_BEST * best:
                chosen.setdefault(i, set()).add(j)
    return chosen


def _assessment(
    point: Passage,
    concept: Passage,
    score: float,
    point_row: int,
    concept_row: int,
    text: TextLayer,
) -> Assessment:
    assert concept.subject_id is not None, "a key-concept passage has its subject"
    named = set(concept.concept_ids)
    shared_concepts = tuple(cid for cid in point.concept_ids if cid in named)
    product = text.passage_weights[point_row].multiply(text.passage_weights[concept_row]).tocoo()
    ranked = sorted(
        zip(product.col.tolist(), product.data.tolist(), strict=True),
        key=lambda item: (-item[1], text.terms[item[0]]),
    )
    return Assessment(
        statement_id=point.id,
        concept_id=concept.subject_id,
        score=score,
        shared_concept_ids=shared_concepts,
        shared_terms=tuple(text.terms[column] for column, _ in ranked[:_SHARED_TERMS]),
    )


def _unit_rows(matrix: sparse.spmatrix) -> sparse.csr_matrix:
    matrix = sparse.csr_matrix(matrix)
    lengths = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    lengths[lengths == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / lengths) @ matrix)


def assessed_by(found: Mapping[str, tuple[Assessment, ...]]) -> dict[str, tuple[str, ...]]:
    """For each concept, the marking points that assess it, in corpus order."""
    by_concept: dict[str, list[str]] = {}
    for statement_id, pairs in found.items():
        for pair in pairs:
            by_concept.setdefault(pair.concept_id, []).append(statement_id)
    return {concept_id: tuple(ids) for concept_id, ids in by_concept.items()}
