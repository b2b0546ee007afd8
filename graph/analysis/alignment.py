"""Assessment alignment: where a topic's teaching and its assessment do not line up.

The key concepts a topic's marking points assess come from the assessment links
(:mod:`graph.analysis.assessment`): a key concept no point assesses is unassessed, and
a point that assesses none of the topic's key concepts is listed as such. A model the
exam tips recommend is never assessed when no marking point names it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from graph.analysis.results import Assessment, TopicAlignment
from graph.graph import KnowledgeGraph
from graph.model import Concept, ConceptKind, StatementKind

__all__ = ["alignment"]


def alignment(
    graph: KnowledgeGraph, slug: str, assessments: Mapping[str, tuple[Assessment, ...]]
) -> TopicAlignment:
    topic = graph.topic(slug)
    assert topic is not None  # callers pass slugs of graph.topics
    marking_points = graph.statements_of(slug, StatementKind.MARKING_POINT)
    assessed = {pair.concept_id for point in marking_points for pair in assessments[point.id]}
    named = {cid for point in marking_points for cid in point.concept_ids}
    tip_models = _in_order(
        cid
        for tip in graph.statements_of(slug, StatementKind.EXAM_TIP)
        for cid in tip.concept_ids
        if _is_model(graph.concept(cid))
    )
    return TopicAlignment(
        slug=slug,
        unassessed_key_concept_ids=tuple(
            cid for cid in topic.key_concept_ids if cid not in assessed
        ),
        marking_point_ids_without_key_concept=tuple(
            point.id for point in marking_points if not assessments[point.id]
        ),
        tip_models_never_assessed=tuple(cid for cid in tip_models if cid not in named),
    )


def _is_model(concept: Concept | None) -> bool:
    return concept is not None and concept.kind is ConceptKind.MODEL


def _in_order(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))
