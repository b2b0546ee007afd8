"""The corpus analysis for curriculum designers: bridges, gaps and the corpus summary.

Each type wraps one frozen result of :mod:`graph.analysis` (``record``). Every answer
is read from the snapshot's analysis, computed once per corpus version (before the
snapshot is served), so resolvers only look up and slice; :mod:`graph.analysis`
defines every measure. (Themes, centrality, similar topics and alignment are reached
from topics and concepts, and their types refer back to them: they live in
``schema/nodes.py``, so that the types import one way.)
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

import strawberry

from graph import KnowledgeGraph, analysis, model
from graph.analysis import CorpusAnalysis
from schema.context import Info, corpus_analysis, knowledge_graph
from schema.enums import StatementKind
from schema.fields import field
from schema.ids import encode_id
from schema.nodes import Concept, Theme, Topic, as_concept, as_concepts, as_topics
from schema.paging import (
    Connection,
    PageAfter,
    PageBefore,
    PageLast,
    PageSize,
    Paging,
    page_of,
    paging_of,
)

__all__ = [
    "Bridge",
    "CorpusSummary",
    "KindCount",
    "NodeKind",
    "NodeKindCount",
    "StatementKindCount",
    "StructuralGap",
]


@strawberry.type(
    description="A concept whose links spread over several themes and that lies on shortest "
    "paths between other concepts: it joins ideas that are otherwise taught apart."
)
class Bridge:
    record: strawberry.Private[analysis.Bridge]

    @field("Opaque, stable for one version of the corpus: a cache key.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Bridge", self.record.concept_id))

    @field("The bridging concept.")
    def concept(self, info: Info) -> Concept:
        return as_concept(knowledge_graph(info), self.record.concept_id)

    @field("`participation` times `betweenness`: what orders `bridges`.")
    def score(self) -> float:
        return self.record.score

    @field(
        "How evenly its link strength spreads over themes: 0 when every link stays in one "
        "theme, towards 1 when they spread over many."
    )
    def participation(self) -> float:
        return self.record.participation

    @field("Its betweenness (see `Centrality.betweenness`).")
    def betweenness(self) -> float:
        return self.record.betweenness

    @field("Its degree (see `Centrality.degree`).")
    def degree(self) -> int:
        return self.record.degree

    @field("Its own theme first, then the themes it links into, most link strength first.")
    def themes(self, info: Info) -> list[Theme]:
        found = corpus_analysis(info)
        return [Theme(record=theme) for tid in self.record.theme_ids if (theme := found.theme(tid))]

    @field("Its strongest links into other themes (at most five), strongest first.")
    def linked_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.linked_concept_ids)

    @field("Every topic that mentions it, in slug order.")
    def topics(self, info: Info) -> list[Topic]:
        return as_topics(knowledge_graph(info), self.record.topic_slugs)

    @field("Every topic that mentions it (see `topics`), a page at a time.")
    def topics_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Topic]:
        graph = knowledge_graph(info)
        return page_of(
            [topic for slug in self.record.topic_slugs if (topic := graph.topic(slug))],
            lambda topic: Topic(record=topic),
            f"BridgeTopics.{self.record.concept_id}",
            lambda topic: topic.slug,
            paging_of(info, first, after, last, before),
            "topics",
        )


@strawberry.type(
    description="Two themes (of two or more concepts each) with few or weak links between "
    "them: a place where the curriculum could connect ideas it keeps apart."
)
class StructuralGap:
    record: strawberry.Private[analysis.StructuralGap]

    @field("Opaque, stable for one version of the corpus: a cache key.")
    def id(self) -> strawberry.ID:
        pair = f"{self.record.theme_a}\t{self.record.theme_b}"
        return strawberry.ID(encode_id("StructuralGap", pair))

    @field("The first theme (the one `themes` lists first).")
    def a(self, info: Info) -> Theme:
        return _theme(corpus_analysis(info), self.record.theme_a)

    @field("The second theme.")
    def b(self, info: Info) -> Theme:
        return _theme(corpus_analysis(info), self.record.theme_b)

    @field("How many co-occurrence links join a member of `a` to a member of `b`.")
    def link_count(self) -> int:
        return self.record.link_count

    @field("The total strength of those links.")
    def total_strength(self) -> float:
        return self.record.total_strength

    @field("`linkCount` over the links possible (size of `a` times size of `b`), 0 to 1.")
    def density(self) -> float:
        return self.record.density

    @field(
        "`totalStrength` over the links possible, 0 to 1: what orders `structuralGaps`, "
        "weakest first; 0 when nothing links the themes."
    )
    def connection(self) -> float:
        return self.record.connection

    @field("The concepts (of either theme) that carry most of the links between them, at most 5.")
    def linking_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.linking_concept_ids)

    @field("The topics where members of both themes meet, most links first, at most 5.")
    def meeting_topics(self, info: Info) -> list[Topic]:
        return as_topics(knowledge_graph(info), self.record.meeting_topic_slugs)


@strawberry.type(description="How many nodes or statements of one kind the corpus holds.")
class KindCount:
    record: strawberry.Private[analysis.KindCount]

    @field(
        "The kind: `topic`, `concept`, `model` or `statement` for nodes; `exam-tip`, "
        "`misconception` or `marking-point` for statements."
    )
    def kind(self) -> str:
        return self.record.kind

    @field("How many there are.")
    def count(self) -> int:
        return self.record.count


@strawberry.enum(description="What a node of the graph is, for counting.")
class NodeKind(Enum):
    TOPIC = strawberry.enum_value("topic", description="A topic document.")
    CONCEPT = strawberry.enum_value("concept", description="A concept (not a model).")
    MODEL = strawberry.enum_value("model", description="A named model.")
    STATEMENT = strawberry.enum_value(
        "statement", description="An exam tip, misconception or marking point."
    )


@strawberry.type(description="How many nodes of one kind the corpus holds.")
class NodeKindCount:
    kind: NodeKind = strawberry.field(description="The kind of node.")
    count: int = strawberry.field(description="How many there are.")


@strawberry.type(description="How many statements of one kind the corpus holds.")
class StatementKindCount:
    kind: StatementKind = strawberry.field(description="The kind of statement.")
    count: int = strawberry.field(description="How many there are.")


@strawberry.type(
    description="The corpus at a glance: counts by kind, models that recur across topics, "
    "concepts taught only once."
)
class CorpusSummary:
    record: strawberry.Private[analysis.CorpusSummary]

    @field(
        "Nodes by kind: topic, concept, model, statement (in that order).",
        deprecation_reason="Use `nodeCounts`, whose kind is a `NodeKind` enum.",
    )
    def nodes_by_kind(self) -> list[KindCount]:
        return [KindCount(record=count) for count in self.record.nodes_by_kind]

    @field(
        "Statements by kind: exam-tip, misconception, marking-point (in that order).",
        deprecation_reason="Use `statementCounts`, whose kind is a `StatementKind` enum.",
    )
    def statements_by_kind(self) -> list[KindCount]:
        return [KindCount(record=count) for count in self.record.statements_by_kind]

    @field("Nodes by kind, in the order of `NodeKind`.")
    def node_counts(self) -> list[NodeKindCount]:
        return [
            NodeKindCount(kind=NodeKind(count.kind), count=count.count)
            for count in self.record.nodes_by_kind
        ]

    @field("Statements by kind, in the order of `StatementKind`.")
    def statement_counts(self) -> list[StatementKindCount]:
        return [
            StatementKindCount(
                kind=StatementKind.of(model.StatementKind(count.kind)), count=count.count
            )
            for count in self.record.statements_by_kind
        ]

    @field("How many co-occurrence links join concepts.")
    def link_count(self) -> int:
        return self.record.link_count

    @field("How many themes the concepts fall into.")
    def theme_count(self) -> int:
        return self.record.theme_count

    @field("The modularity of the partition into themes (see `Theme.modularity`).")
    def modularity(self, info: Info) -> float:
        return corpus_analysis(info).modularity

    @field("Models mentioned by two or more topics, most topics first, then by name.")
    def recurring_models(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.recurring_model_ids)

    @field("Models mentioned by two or more topics (see `recurringModels`), a page at a time.")
    def recurring_models_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Concept]:
        return _concept_page(
            knowledge_graph(info),
            self.record.recurring_model_ids,
            "RecurringModels",
            paging_of(info, first, after, last, before),
        )

    @field("Concepts that are a key concept of exactly one topic, by name.")
    def concepts_taught_once(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.taught_once_concept_ids)

    @field("Concepts taught once (see `conceptsTaughtOnce`), a page at a time.")
    def concepts_taught_once_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Concept]:
        return _concept_page(
            knowledge_graph(info),
            self.record.taught_once_concept_ids,
            "TaughtOnce",
            paging_of(info, first, after, last, before),
        )


def _theme(found_in: CorpusAnalysis, theme_id: str) -> Theme:
    # the analysis only refers to themes it holds
    found = found_in.theme(theme_id)
    assert found is not None, f"the analysis refers to theme {theme_id!r} it does not hold"
    return Theme(record=found)


def _concept_page(
    graph: KnowledgeGraph, ids: Sequence[str], list_name: str, paging: Paging
) -> Connection[Concept]:
    found = [concept for cid in ids if (concept := graph.concept(cid))]
    return page_of(
        found,
        lambda concept: Concept(record=concept),
        f"SummaryCursor.{list_name}",
        lambda concept: concept.id,
        paging,
        "concepts",
    )
