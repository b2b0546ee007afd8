"""The corpus at a glance, and the orderings of concepts that readers page through."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from graph.analysis.results import Centrality, ConceptOrder, CorpusSummary, KindCount
from graph.analysis.ties import tie
from graph.graph import KnowledgeGraph
from graph.model import ConceptKind, StatementKind

__all__ = ["concept_orders", "summary"]


def summary(graph: KnowledgeGraph, theme_count: int) -> CorpusSummary:
    counts = graph.counts
    statement_kinds = Counter(statement.kind for statement in graph.statements)
    recurring = sorted(
        (c for c in graph.concepts if c.kind is ConceptKind.MODEL and len(c.topic_slugs) >= 2),
        key=lambda c: (-len(c.topic_slugs), c.name.casefold(), c.id),
    )
    return CorpusSummary(
        nodes_by_kind=(
            KindCount("topic", counts.topics),
            KindCount("concept", counts.concepts),
            KindCount("model", counts.models),
            KindCount("statement", counts.statements),
        ),
        statements_by_kind=tuple(
            KindCount(kind.value, statement_kinds[kind]) for kind in StatementKind
        ),
        link_count=counts.links,
        theme_count=theme_count,
        recurring_model_ids=tuple(c.id for c in recurring),
        taught_once_concept_ids=tuple(c.id for c in graph.concepts if len(c.key_topic_slugs) == 1),
    )


def concept_orders(
    graph: KnowledgeGraph, centrality: Mapping[str, Centrality]
) -> dict[ConceptOrder, tuple[str, ...]]:
    by_name = tuple(concept.id for concept in graph.concepts)  # the graph sorts by name

    def descending(value: Mapping[str, float]) -> tuple[str, ...]:
        # sorted() is stable, so equal values keep name order
        return tuple(sorted(by_name, key=lambda cid: -tie(value[cid])))

    return {
        ConceptOrder.NAME: by_name,
        ConceptOrder.DEGREE: descending({cid: c.degree for cid, c in centrality.items()}),
        ConceptOrder.BETWEENNESS: descending({cid: c.betweenness for cid, c in centrality.items()}),
        ConceptOrder.PAGERANK: descending({cid: c.pagerank for cid, c in centrality.items()}),
        ConceptOrder.TOPIC_COUNT: descending(
            {concept.id: len(concept.topic_slugs) for concept in graph.concepts}
        ),
    }
