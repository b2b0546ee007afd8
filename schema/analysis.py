"""The corpus analysis for curriculum designers: themes, centrality, bridges, gaps.

Each type wraps one frozen result of :mod:`graph.analysis` (``record``). Every answer
is read from ``graph.analysis``, computed once per corpus version (the server does it
at start-up), so resolvers only look up and slice; :mod:`graph.analysis` defines
every measure.
"""

from __future__ import annotations

import strawberry

from graph import KnowledgeGraph, analysis
from schema.context import Info, knowledge_graph
from schema.fields import field
from schema.ids import decode_id, encode_id
from schema.nodes import (
    Concept,
    Node,
    Statement,
    Topic,
    as_concept,
    as_concepts,
    as_statements,
    as_topic,
    as_topics,
)

__all__ = [
    "Bridge",
    "Centrality",
    "CorpusSummary",
    "KindCount",
    "SimilarTopic",
    "StructuralGap",
    "Theme",
    "TopicAlignment",
    "resolve_theme",
]

_THEME = "Theme"


@strawberry.type(
    description="A community of concepts that tend to be taught together (Louvain communities "
    "of the co-occurrence graph, weighted by link strength). Ids are stable for one version "
    "of the corpus: themes are numbered largest first."
)
class Theme(Node):
    record: strawberry.Private[analysis.Theme]

    @field("Opaque, stable id: pass it to `node(id:)`, never parse it.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id(_THEME, self.record.id))

    @field("The names of its (up to) three most central members, joined with commas.")
    def label(self) -> str:
        return self.record.label

    @field("Its concepts, most central first (PageRank, then betweenness, degree, name).")
    def members(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.member_ids)

    @field("How many concepts it holds.")
    def size(self) -> int:
        return self.record.size

    @field(
        "The modularity of the whole partition into themes (strength-weighted; the same for "
        "every theme): above about 0.3 the themes are clearly separated."
    )
    def modularity(self) -> float:
        return self.record.modularity

    @field("The total strength of the links between its members.")
    def internal_strength(self) -> float:
        return self.record.internal_strength


@strawberry.type(description="How central a concept is in the co-occurrence graph.")
class Centrality:
    record: strawberry.Private[analysis.Centrality]

    @field("How many other concepts it occurs in a topic with.")
    def degree(self) -> int:
        return self.record.degree

    @field(
        "The share of shortest paths between other concepts that pass through it (0 to 1; "
        "strong links are short)."
    )
    def betweenness(self) -> float:
        return self.record.betweenness

    @field("PageRank over strength-weighted links (damping 0.85; all concepts sum to 1).")
    def pagerank(self) -> float:
        return self.record.pagerank


@strawberry.type(
    description="A concept whose links spread over several themes and that lies on shortest "
    "paths between other concepts: it joins ideas that are otherwise taught apart."
)
class Bridge:
    record: strawberry.Private[analysis.Bridge]

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
        found = knowledge_graph(info).analysis
        return [Theme(record=theme) for tid in self.record.theme_ids if (theme := found.theme(tid))]

    @field("Its strongest links into other themes (at most five), strongest first.")
    def linked_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.linked_concept_ids)

    @field("Every topic that mentions it, in slug order.")
    def topics(self, info: Info) -> list[Topic]:
        return as_topics(knowledge_graph(info), self.record.topic_slugs)


@strawberry.type(
    description="Two themes (of two or more concepts each) with few or weak links between "
    "them: a place where the curriculum could connect ideas it keeps apart."
)
class StructuralGap:
    record: strawberry.Private[analysis.StructuralGap]

    @field("The first theme (the one `themes` lists first).")
    def a(self, info: Info) -> Theme:
        return _theme(knowledge_graph(info), self.record.theme_a)

    @field("The second theme.")
    def b(self, info: Info) -> Theme:
        return _theme(knowledge_graph(info), self.record.theme_b)

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


@strawberry.type(description="A topic similar to another one, and the concepts they share.")
class SimilarTopic:
    record: strawberry.Private[analysis.TopicSimilarity]

    @field("The similar topic.")
    def topic(self, info: Info) -> Topic:
        return as_topic(knowledge_graph(info), self.record.other)

    @field(
        "Weighted Jaccard of the two topics' concepts, 0 to 1, where a concept counts "
        "1 / (number of topics that mention it)."
    )
    def score(self) -> float:
        return self.record.score

    @field("The concepts both topics mention, rarest (weightiest) first, then by name.")
    def shared_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.shared_concept_ids)


@strawberry.type(
    description="Where a topic's teaching (key concepts, exam tips) and its assessment "
    "(marking points) do not line up. Empty lists mean aligned."
)
class TopicAlignment:
    record: strawberry.Private[analysis.TopicAlignment]

    @field("Key concepts that none of the topic's marking points mentions, in document order.")
    def unassessed_key_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.unassessed_key_concept_ids)

    @field("Marking points that mention none of the topic's own key concepts, in order.")
    def marking_points_without_key_concept(self, info: Info) -> list[Statement]:
        return as_statements(
            knowledge_graph(info), self.record.marking_point_ids_without_key_concept
        )

    @field(
        "Models the topic's exam tips recommend that none of its marking points mentions, "
        "in order of first mention."
    )
    def tip_models_never_assessed(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.tip_models_never_assessed)

    @field("Whether all three lists are empty.")
    def is_aligned(self) -> bool:
        return self.record.is_aligned


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


@strawberry.type(
    description="The corpus at a glance: counts by kind, models that recur across topics, "
    "concepts taught only once."
)
class CorpusSummary:
    record: strawberry.Private[analysis.CorpusSummary]

    @field("Nodes by kind: topic, concept, model, statement (in that order).")
    def nodes_by_kind(self) -> list[KindCount]:
        return [KindCount(record=count) for count in self.record.nodes_by_kind]

    @field("Statements by kind: exam-tip, misconception, marking-point (in that order).")
    def statements_by_kind(self) -> list[KindCount]:
        return [KindCount(record=count) for count in self.record.statements_by_kind]

    @field("How many co-occurrence links join concepts.")
    def link_count(self) -> int:
        return self.record.link_count

    @field("How many themes the concepts fall into.")
    def theme_count(self) -> int:
        return self.record.theme_count

    @field("The modularity of the partition into themes (see `Theme.modularity`).")
    def modularity(self, info: Info) -> float:
        return knowledge_graph(info).analysis.modularity

    @field("Models mentioned by two or more topics, most topics first, then by name.")
    def recurring_models(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.recurring_model_ids)

    @field("Concepts that are a key concept of exactly one topic, by name.")
    def concepts_taught_once(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.taught_once_concept_ids)


def resolve_theme(graph: KnowledgeGraph, node_id: str) -> Theme | None:
    """The Theme with this opaque id, or ``None`` when it is not a theme's id."""
    decoded = decode_id(node_id)
    if decoded is None or decoded.type_name != _THEME:
        return None
    found = graph.analysis.theme(decoded.key)
    return Theme(record=found) if found else None


def _theme(graph: KnowledgeGraph, theme_id: str) -> Theme:
    # the analysis only refers to themes it holds
    found = graph.analysis.theme(theme_id)
    assert found is not None, f"the analysis refers to theme {theme_id!r} it does not hold"
    return Theme(record=found)
