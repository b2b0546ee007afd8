"""The node types (Topic, Concept, Statement) and the values built from them.

Each type wraps one frozen domain object (``record``) and exposes it field by field;
every answer comes from the knowledge graph in the request context. The types refer
to each other in both directions, so they share this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Annotated

import strawberry

from graph import KnowledgeGraph, analysis, model
from graph.graph import TopicOverlap as DomainTopicOverlap
from schema.context import Info, corpus_analysis, knowledge_graph, limits, text_layer
from schema.enums import ConceptKind, ConceptKindFilter, PassageKind, StatementKind
from schema.errors import check_range, checked_limit
from schema.fields import field
from schema.ids import decode_id, encode_id
from schema.limits import Limits
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
    "MAX_DEPTH",
    "THEME",
    "Assessment",
    "Centrality",
    "Concept",
    "Link",
    "Node",
    "Passage",
    "RelatedConcept",
    "SimilarTopic",
    "Statement",
    "Term",
    "Theme",
    "Topic",
    "TopicAlignment",
    "TopicOverlap",
    "as_concept",
    "as_concepts",
    "as_statements",
    "as_topic",
    "as_topics",
    "resolve_node",
]

MinSharedTopics = Annotated[
    int | None,
    strawberry.argument(
        description="Only links whose concepts share at least this many topics, 0 or more; "
        "null means 0."
    ),
]

THEME = "Theme"  # the type name in a theme's id
MAX_DEPTH = Limits().max_hops  # the default; depth 5 already spans the corpus


@strawberry.interface(
    description="An object with an opaque, stable id; `Query.node(id:)` fetches it again."
)
class Node:
    @field("Opaque, stable id: pass it to `node(id:)`, never parse it.")
    def id(self) -> strawberry.ID:
        raise NotImplementedError  # every implementing type answers its own id


@strawberry.type(description="One topic document: its synopsis, concepts and statements.")
class Topic(Node):
    record: strawberry.Private[model.Topic]

    @field("Opaque, stable id: pass it to `node(id:)`, never parse it.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Topic", self.record.slug))

    @field("The topic's short name, from its file name; use it in `topic(slug:)`.")
    def slug(self) -> str:
        return self.record.slug

    @field("The topic's title.")
    def title(self) -> str:
        return self.record.title

    @field("The Topic Synopsis paragraph.")
    def synopsis(self) -> str:
        return self.record.synopsis

    @field("The Key Concepts & Core Principles section, in document order.")
    def key_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.key_concept_ids)

    @field("Every concept and model the topic mentions, by name.")
    def concepts(
        self,
        info: Info,
        kind: ConceptKindFilter = strawberry.UNSET,
    ) -> list[Concept]:
        domain_kind = kind.to_domain() if kind else None
        found = knowledge_graph(info).topic_concepts(self.record.slug, domain_kind)
        return [Concept(record=concept) for concept in found]

    @field("The Exam Tips & Revision Strategies section, in order.")
    def exam_tips(self, info: Info) -> list[Statement]:
        return self._statements(info, model.StatementKind.EXAM_TIP)

    @field("The Common Misconceptions & Mistakes to Avoid section, in order.")
    def misconceptions(self, info: Info) -> list[Statement]:
        return self._statements(info, model.StatementKind.MISCONCEPTION)

    @field("The Examiner Marking Points section, in order.")
    def marking_points(self, info: Info) -> list[Statement]:
        return self._statements(info, model.StatementKind.MARKING_POINT)

    @field(
        "The topics most like this one, most similar first by `similarity` (what they "
        "teach, in their content terms and the named models they share; then more shared "
        "concepts, then slug); only topics with something in common: a similarity above "
        "0 or a shared concept. The 100 most similar are kept (20 in a corpus of more "
        "than 2,000 topics)."
    )
    def similar_topics(
        self,
        info: Info,
        limit: Annotated[
            int | None,
            strawberry.argument(description="At most this many, 0 or more; null means 10."),
        ] = 10,
    ) -> list[SimilarTopic]:

        limit = checked_limit(limit, limits(info).max_limit)
        found = corpus_analysis(info).topics_similar_to(self.record.slug, limit)
        return [SimilarTopic(record=similarity) for similarity in found]

    @field(
        "Where teaching and assessment do not line up in this topic: key concepts no "
        "marking point assesses, marking points that assess no key concept, and models "
        "the exam tips recommend that no marking point mentions."
    )
    def alignment(self, info: Info) -> TopicAlignment:

        found = corpus_analysis(info).alignment(self.record.slug)
        assert found is not None, "the analysis aligns every topic of the graph"
        return TopicAlignment(record=found)

    def _statements(self, info: Info, kind: model.StatementKind) -> list[Statement]:
        found = knowledge_graph(info).statements_of(self.record.slug, kind)
        return [Statement(record=statement) for statement in found]


@strawberry.type(
    description="A concept or named model, merged across topics with every spelling it was "
    "written as."
)
class Concept(Node):
    record: strawberry.Private[model.Concept]

    @field("Opaque, stable id: pass it to `node(id:)`, never parse it.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Concept", self.record.id))

    @field("The canonical name.")
    def name(self) -> str:
        return self.record.name

    @field("Whether this is a concept or a named model.")
    def kind(self) -> ConceptKind:
        return ConceptKind.of(self.record.kind)

    @field("Other spellings seen in the documents or declared; never the name.")
    def aliases(self) -> list[str]:
        return list(self.record.aliases)

    @field("The description from a Key Concepts bullet, if any topic gives one.")
    def description(self) -> str | None:
        return self.record.description

    @field("Every topic that mentions the concept, in slug order.")
    def topics(self, info: Info) -> list[Topic]:
        return as_topics(knowledge_graph(info), self.record.topic_slugs)

    @field("Every topic that mentions the concept (see `topics`), a page at a time.")
    def topics_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Topic]:
        return _topic_page(
            knowledge_graph(info),
            self.record.topic_slugs,
            "ConceptTopics",
            paging_of(info, first, after, last, before),
        )

    @field("The topics that list it under Key Concepts, in slug order.")
    def key_in_topics(self, info: Info) -> list[Topic]:
        return as_topics(knowledge_graph(info), self.record.key_topic_slugs)

    @field("The topics that list it under Key Concepts (see `keyInTopics`), a page at a time.")
    def key_in_topics_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Topic]:
        return _topic_page(
            knowledge_graph(info),
            self.record.key_topic_slugs,
            "KeyTopics",
            paging_of(info, first, after, last, before),
        )

    @field("Every statement that mentions the concept, in corpus order.")
    def statements(self, info: Info) -> list[Statement]:
        return as_statements(knowledge_graph(info), self.record.statement_ids)

    @field("Every statement that mentions the concept (see `statements`), a page at a time.")
    def statements_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Statement]:
        return _statement_page(
            knowledge_graph(info),
            self.record.statement_ids,
            "ConceptStatements",
            paging_of(info, first, after, last, before),
        )

    @field(
        "The marking points that assess this concept as a key concept of their topic, in "
        "corpus order (see `Statement.assesses`)."
    )
    def assessed_by(self, info: Info) -> list[Statement]:
        return as_statements(knowledge_graph(info), corpus_analysis(info).assessing(self.record.id))

    @field(
        "Concepts that occur in the same topics: first those a passage names together "
        "with this one (see `passages`), then those that only share topics; each group "
        "strongest first (by `strength`, then more evidence, then weight, then name)."
    )
    def related(
        self,
        info: Info,
        limit: Annotated[
            int | None,
            strawberry.argument(description="At most this many, 0 or more; null means 10."),
        ] = 10,
        min_weight: Annotated[
            float | None,
            strawberry.argument(
                description="Only links with at least this many shared topics, 0 or more; "
                "null means 0.",
                deprecation_reason="Use `minSharedTopics`: an Int, as it counts topics.",
            ),
        ] = 0,
        min_shared_topics: MinSharedTopics = strawberry.UNSET,
    ) -> list[RelatedConcept]:
        limit = checked_limit(limit, limits(info).max_limit)
        links = self._related(info, min_weight, min_shared_topics)
        return [RelatedConcept(link=link, of=self.record.id) for link in islice(links, limit)]

    @field(
        "Concepts that occur in the same topics (see `related`, same order), a page at a "
        "time: every one of them, however many."
    )
    def related_connection(
        self,
        info: Info,
        min_shared_topics: MinSharedTopics = strawberry.UNSET,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[RelatedConcept]:
        at_least = 0 if not isinstance(min_shared_topics, int) else min_shared_topics
        links = list(self._related(info, None, min_shared_topics))
        of = self.record.id
        return page_of(
            links,
            lambda link: RelatedConcept(link=link, of=of),
            f"RelatedCursor.{of}.{at_least}",
            lambda link: link.other(of),
            paging_of(info, first, after, last, before),
            "related concepts",
        )

    def _related(
        self, info: Info, min_weight: float | None, min_shared_topics: int | object | None
    ) -> Iterable[model.CoOccurrence]:
        argument, at_least = least_shared_topics(min_weight, min_shared_topics)
        check_range(argument, at_least, 0)
        links: Iterable[model.CoOccurrence] = knowledge_graph(info).related(self.record.id)
        if at_least > 0:
            links = (link for link in links if link.weight >= at_least)
        return links

    @field("Every concept within `depth` co-occurrence hops, nearest first, then by name.")
    def neighbors(
        self,
        info: Info,
        depth: Annotated[
            int | None,
            strawberry.argument(
                description=f"Hops to walk, 0 to {MAX_DEPTH} (or the server's limit); 1 (or "
                "null) gives the directly related concepts."
            ),
        ] = 1,
    ) -> list[Concept]:
        depth = 1 if depth is None else depth
        check_range("depth", depth, 0, limits(info).max_hops)
        found = knowledge_graph(info).neighbors(self.record.id, depth)
        return [Concept(record=concept) for concept in found]

    @field("Every concept within `depth` hops (see `neighbors`, same order), a page at a time.")
    def neighbors_connection(
        self,
        info: Info,
        depth: Annotated[
            int | None,
            strawberry.argument(
                description=f"Hops to walk, 0 to {MAX_DEPTH} (or the server's limit); 1 (or "
                "null) gives the directly related concepts."
            ),
        ] = 1,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Concept]:
        depth = 1 if depth is None else depth
        check_range("depth", depth, 0, limits(info).max_hops)
        found = knowledge_graph(info).neighbors(self.record.id, depth)
        return page_of(
            found,
            lambda concept: Concept(record=concept),
            f"NeighborCursor.{self.record.id}.{depth}",
            lambda concept: concept.id,
            paging_of(info, first, after, last, before),
            "concepts",
        )

    @field("The theme (community of concepts taught together) the concept belongs to.")
    def theme(self, info: Info) -> Theme:

        found = corpus_analysis(info).theme_of(self.record.id)
        assert found is not None, "the analysis puts every concept in a theme"
        return Theme(record=found)

    @field("How central the concept is in the co-occurrence graph.")
    def centrality(self, info: Info) -> Centrality:

        found = corpus_analysis(info).centrality_of(self.record.id)
        assert found is not None, "the analysis measures every concept"
        return Centrality(record=found, of=self.record.id)


@strawberry.type(description="An exam tip, misconception or marking point of one topic.")
class Statement(Node):
    record: strawberry.Private[model.Statement]

    @field("Opaque, stable id: pass it to `node(id:)`, never parse it.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Statement", self.record.id))

    @field("The section the statement comes from.")
    def kind(self) -> StatementKind:
        return StatementKind.of(self.record.kind)

    @field("The statement as written.")
    def text(self) -> str:
        return self.record.text

    @field("Its place in its section, counting from 1.")
    def position(self) -> int:
        return self.record.position

    @field("The topic the statement belongs to.")
    def topic(self, info: Info) -> Topic:
        return as_topic(knowledge_graph(info), self.record.topic_slug)

    @field("The concepts the statement mentions, in order of first mention.")
    def concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.concept_ids)

    @field(
        "The key concepts of its own topic this marking point assesses, strongest first: "
        "by meaning, not by name alone (shared concepts and weighted content terms). "
        "Empty for exam tips and misconceptions."
    )
    def assesses(self, info: Info) -> list[Assessment]:
        found = corpus_analysis(info).assessments_of(self.record.id)
        return [Assessment(record=pair) for pair in found]


@strawberry.type(
    description="A key concept a marking point assesses, how strongly, and why: the concepts "
    "and terms both use."
)
class Assessment:
    record: strawberry.Private[analysis.Assessment]

    @field("Opaque, stable for one version of the corpus: a cache key.")
    def id(self) -> strawberry.ID:
        pair = f"{self.record.statement_id}\t{self.record.concept_id}"
        return strawberry.ID(encode_id("Assessment", pair))

    @field("The key concept assessed.")
    def concept(self, info: Info) -> Concept:
        return as_concept(knowledge_graph(info), self.record.concept_id)

    @field(
        "How close the marking point's content is to the key concept's name and "
        "description, 0 to 1 (a cosine of weighted content terms)."
    )
    def score(self) -> float:
        return self.record.score

    @field("Concepts and models both name, in the marking point's order.")
    def shared_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.shared_concept_ids)

    @field("Content terms (lemmas and two-word phrases) both use, heaviest first.")
    def shared_terms(self) -> list[str]:
        return list(self.record.shared_terms)


@strawberry.type(
    description="A passage of a topic document: its synopsis, a key concept's description, "
    "or a statement (exam tip, misconception, marking point)."
)
class Passage(Node):
    record: strawberry.Private[model.Passage]

    @field("Opaque, stable id: pass it to `node(id:)`, never parse it.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Passage", self.record.id))

    @field("Which part of the document the passage is.")
    def kind(self) -> PassageKind:
        return PassageKind.of(self.record.kind)

    @field("The passage as written (a key concept's description without its name).")
    def text(self) -> str:
        return self.record.text

    @field("The topic the passage belongs to.")
    def topic(self, info: Info) -> Topic:
        return as_topic(knowledge_graph(info), self.record.topic_slug)

    @field(
        "The concepts the passage names, in order of first mention (a key concept's "
        "description names its key concept first)."
    )
    def concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.concept_ids)

    @field("The key concept a description describes; null for other passages.")
    def key_concept(self, info: Info) -> Concept | None:
        subject = self.record.subject_id
        return None if subject is None else as_concept(knowledge_graph(info), subject)

    @field("The statement this passage is; null for a synopsis or a description.")
    def statement(self, info: Info) -> Statement | None:
        found = knowledge_graph(info).statement(self.record.id)
        return Statement(record=found) if found else None

    @field("Its weighted content terms, heaviest first.")
    def terms(
        self,
        info: Info,
        limit: Annotated[
            int | None,
            strawberry.argument(description="At most this many, 0 or more; null means 10."),
        ] = 10,
    ) -> list[Term]:
        limit = checked_limit(limit, limits(info).max_limit)
        found = text_layer(info).weighted_terms(self.record.id)[:limit]
        return [Term(text=term.text, weight=term.weight) for term in found]


@strawberry.type(description="A content term (a lemma or a two-word phrase) and its weight.")
class Term:
    text: str = strawberry.field(description="The lemma or phrase, in lower case.")
    weight: float = strawberry.field(
        description="How much it weighs where it is listed: more for domain terms and for "
        "terms few passages use, less for everyday words and section boilerplate."
    )


@strawberry.type(description="What a co-occurrence link records; see RelatedConcept and Link.")
class _LinkFacts:
    link: strawberry.Private[model.CoOccurrence]

    @field(
        "The number of topics both concepts occur in.",
        deprecation_reason="Use `sharedTopicCount`: the same number as an Int.",
    )
    def weight(self) -> float:
        return float(self.link.weight)

    @field("The number of topics both concepts occur in.")
    def shared_topic_count(self) -> int:
        return self.link.weight

    @field(
        "How closely the two are tied, 0 to 1: a Jaccard index over the contexts each "
        "occurs in (its topics, and the passages that name it with another concept). "
        "Within links backed by a passage, and within those that only share topics, it is "
        "what orders `related`."
    )
    def strength(self) -> float:
        return self.link.strength

    @field("The topics both concepts occur in, in slug order.")
    def shared_topics(self, info: Info) -> list[Topic]:
        graph = knowledge_graph(info)
        return as_topics(graph, graph.shared_topics(self.link))

    @field("The topics both concepts occur in (see `sharedTopics`), a page at a time.")
    def shared_topics_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Topic]:
        graph = knowledge_graph(info)
        link = self.link
        return _topic_page(
            graph,
            graph.shared_topics(link),
            f"SharedTopics.{link.source}.{link.target}",
            paging_of(info, first, after, last, before),
        )

    @field(
        "Statements that mention both concepts, in corpus order.",
        deprecation_reason="Lists statements only; use `passages`, which also lists the "
        "synopses and key-concept descriptions that count towards `strength`.",
    )
    def evidence(self, info: Info) -> list[Statement]:
        return as_statements(knowledge_graph(info), self.link.evidence)

    @field(
        "Every passage that names both concepts, in corpus order, with its kind and topic: "
        "the evidence that counts towards `strength` (synopses, key-concept descriptions "
        "and statements)."
    )
    def passages(self, info: Info) -> list[Passage]:
        graph = knowledge_graph(info)
        return [
            Passage(record=passage)
            for pid in graph.shared_passages(self.link)
            if (passage := graph.passage(pid))
        ]

    @field("Every passage that names both concepts (see `passages`), a page at a time.")
    def passages_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Passage]:
        graph = knowledge_graph(info)
        link = self.link
        found = [p for pid in graph.shared_passages(link) if (p := graph.passage(pid))]
        return page_of(
            found,
            lambda passage: Passage(record=passage),
            f"SharedPassages.{link.source}.{link.target}",
            lambda passage: passage.id,
            paging_of(info, first, after, last, before),
            "passages",
        )


@strawberry.type(description="A concept related to another one by occurring in the same topics.")
class RelatedConcept(_LinkFacts):
    of: strawberry.Private[str]  # the concept whose related() produced this link

    @field(
        "Opaque and stable: the link seen from one of its concepts (a cache key; the link "
        "itself is a `Link` node)."
    )
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("RelatedConcept", f"{self.of}\t{self.link.other(self.of)}"))

    @field("The related concept.")
    def concept(self, info: Info) -> Concept:
        other = knowledge_graph(info).concept(self.link.other(self.of))
        assert other is not None, "the graph links only concepts it holds"
        return Concept(record=other)


@strawberry.type(
    description="A co-occurrence link between two concepts that occur in the same topics, "
    "listed once: `source` is the one whose id comes first."
)
class Link(_LinkFacts, Node):
    @field("Opaque, stable id: pass it to `node(id:)`, never parse it.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Link", f"{self.link.source}\t{self.link.target}"))

    @field("One end of the link.")
    def source(self, info: Info) -> Concept:
        return as_concept(knowledge_graph(info), self.link.source)

    @field("The other end of the link.")
    def target(self, info: Info) -> Concept:
        return as_concept(knowledge_graph(info), self.link.target)


@strawberry.type(
    description="How two topics overlap: in what they teach (`similarity`, `sharedTerms`) and "
    "in the concepts they mention."
)
class TopicOverlap:
    record: strawberry.Private[DomainTopicOverlap]

    @field("Opaque, stable for one version of the corpus: a cache key.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("TopicOverlap", f"{self.record.a}\t{self.record.b}"))

    @field("The first topic.")
    def a(self, info: Info) -> Topic:
        return as_topic(knowledge_graph(info), self.record.a)

    @field("The second topic.")
    def b(self, info: Info) -> Topic:
        return as_topic(knowledge_graph(info), self.record.b)

    @field(
        "Shared concepts over the concepts either topic mentions (0 to 1; 0 when "
        "neither mentions any)."
    )
    def jaccard(self) -> float:
        return self.record.jaccard

    @field(
        "How much the two topics teach in common, 0 to 1: 0.7 of what their weighted "
        "content terms share beyond what each shares with an average topic of the corpus, "
        "0.3 of the weighted Jaccard of the named models they mention (a model few topics "
        "mention weighs more). 0 when they share no more than any two topics do. "
        "`Topic.similarTopics` ranks by it."
    )
    def similarity(self, info: Info) -> float:
        return corpus_analysis(info).topic_similarity(self.record.a, self.record.b)

    @field("What both topics teach: the content terms both use, heaviest first.")
    def shared_terms(
        self,
        info: Info,
        limit: Annotated[
            int | None,
            strawberry.argument(description="At most this many, 0 or more; null means 10."),
        ] = 10,
    ) -> list[Term]:
        limit = checked_limit(limit, limits(info).max_limit)
        found = text_layer(info).shared_terms(self.record.a, self.record.b, limit)
        return [Term(text=term.text, weight=term.weight) for term in found]

    @field("Concepts both topics mention, by name.")
    def shared_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.shared)

    @field("Concepts only topic `a` mentions, by name.")
    def only_in_a(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.only_in_a)

    @field("Concepts only topic `b` mentions, by name.")
    def only_in_b(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.only_in_b)


@strawberry.type(
    description="A community of concepts that tend to be taught together (Louvain communities "
    "of the co-occurrence graph, weighted by link strength). Ids are stable for one version "
    "of the corpus: themes are numbered largest first."
)
class Theme(Node):
    record: strawberry.Private[analysis.Theme]

    @field("Opaque, stable id: pass it to `node(id:)`, never parse it.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id(THEME, self.record.id))

    @field("The names of its (up to) three most central members, joined with commas.")
    def label(self) -> str:
        return self.record.label

    @field("Its concepts, most central first (PageRank, then betweenness, degree, name).")
    def members(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.member_ids)

    @field("Its concepts (see `members`, same order), a page at a time.")
    def members_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Concept]:
        graph = knowledge_graph(info)
        found = [c for cid in self.record.member_ids if (c := graph.concept(cid))]
        return page_of(
            found,
            lambda concept: Concept(record=concept),
            f"MemberCursor.{self.record.id}",
            lambda concept: concept.id,
            paging_of(info, first, after, last, before),
            "concepts",
        )

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
    of: strawberry.Private[str]  # the concept measured

    @field("Opaque, stable for one version of the corpus: a cache key.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("Centrality", self.of))

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


@strawberry.type(description="A topic similar to another one, and the concepts they share.")
class SimilarTopic:
    record: strawberry.Private[analysis.TopicSimilarity]

    @field("Opaque, stable for one version of the corpus: a cache key.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("SimilarTopic", f"{self.record.slug}\t{self.record.other}"))

    @field("The similar topic.")
    def topic(self, info: Info) -> Topic:
        return as_topic(knowledge_graph(info), self.record.other)

    @field(
        "Weighted Jaccard of the two topics' concepts, 0 to 1, where a concept counts "
        "1 / (number of topics that mention it)."
    )
    def score(self) -> float:
        return self.record.score

    @field(
        "How much the two topics teach in common, 0 to 1 (see `TopicOverlap.similarity`): "
        "what `similarTopics` ranks by."
    )
    def similarity(self) -> float:
        return self.record.similarity

    @field("The concepts both topics mention, rarest (weightiest) first, then by name.")
    def shared_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.shared_concept_ids)

    @field("What both topics teach: the content terms both use, heaviest first.")
    def shared_terms(
        self,
        info: Info,
        limit: Annotated[
            int | None,
            strawberry.argument(description="At most this many, 0 or more; null means 10."),
        ] = 10,
    ) -> list[Term]:
        limit = checked_limit(limit, limits(info).max_limit)
        found = text_layer(info).shared_terms(self.record.slug, self.record.other, limit)
        return [Term(text=term.text, weight=term.weight) for term in found]


@strawberry.type(
    description="Where a topic's teaching (key concepts, exam tips) and its assessment "
    "(marking points) do not line up. Empty lists mean aligned."
)
class TopicAlignment:
    record: strawberry.Private[analysis.TopicAlignment]

    @field("Opaque, stable for one version of the corpus: a cache key.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(encode_id("TopicAlignment", self.record.slug))

    @field(
        "Key concepts that none of the topic's marking points assesses (see "
        "`Statement.assesses`), in document order."
    )
    def unassessed_key_concepts(self, info: Info) -> list[Concept]:
        return as_concepts(knowledge_graph(info), self.record.unassessed_key_concept_ids)

    @field("Marking points that assess none of the topic's own key concepts, in order.")
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


def resolve_node(
    graph: KnowledgeGraph, found_in: analysis.CorpusAnalysis, node_id: str
) -> Node | None:
    """The node (Topic, Concept, Statement, Passage, Theme or Link) with this opaque id, or
    ``None``."""
    decoded = decode_id(node_id)
    if decoded is None:
        return None
    if decoded.type_name == "Topic" and (topic := graph.topic(decoded.key)):
        return Topic(record=topic)
    if decoded.type_name == "Concept" and (concept := graph.concept(decoded.key)):
        return Concept(record=concept)
    if decoded.type_name == "Statement" and (statement := graph.statement(decoded.key)):
        return Statement(record=statement)
    if decoded.type_name == THEME and (theme := found_in.theme(decoded.key)):
        return Theme(record=theme)
    if decoded.type_name == "Passage" and (passage := graph.passage(decoded.key)):
        return Passage(record=passage)
    if decoded.type_name == "Link":
        first, _, second = decoded.key.partition("\t")
        link = graph.link(first, second)
        return Link(link=link) if link else None
    return None


# The domain graph only hands out ids it holds, so these lookups cannot miss.


def as_topic(graph: KnowledgeGraph, slug: str) -> Topic:
    """The Topic with this slug; the slug must come from the graph."""
    topic = graph.topic(slug)
    assert topic is not None, f"the graph refers to topic {slug!r} it does not hold"
    return Topic(record=topic)


def as_topics(graph: KnowledgeGraph, slugs: tuple[str, ...]) -> list[Topic]:
    """The Topics with these slugs, in the same order."""
    return [Topic(record=topic) for slug in slugs if (topic := graph.topic(slug))]


def as_concept(graph: KnowledgeGraph, concept_id: str) -> Concept:
    """The Concept with this id; the id must come from the graph."""
    concept = graph.concept(concept_id)
    assert concept is not None, f"the graph refers to concept {concept_id!r} it does not hold"
    return Concept(record=concept)


def as_concepts(graph: KnowledgeGraph, ids: tuple[str, ...]) -> list[Concept]:
    """The Concepts with these ids, in the same order."""
    return [Concept(record=concept) for cid in ids if (concept := graph.concept(cid))]


def as_statements(graph: KnowledgeGraph, ids: tuple[str, ...]) -> list[Statement]:
    """The Statements with these ids, in the same order."""
    return [Statement(record=statement) for sid in ids if (statement := graph.statement(sid))]


def least_shared_topics(
    min_weight: float | None, min_shared_topics: int | object | None
) -> tuple[str, float]:
    """The argument that sets the least number of shared topics, and its value (0 if none):
    ``minSharedTopics`` when given, else the deprecated ``minWeight``."""
    if isinstance(min_shared_topics, int):
        return "minSharedTopics", min_shared_topics
    return "minWeight", 0 if min_weight is None else min_weight


def _topic_page(
    graph: KnowledgeGraph, slugs: Sequence[str], list_name: str, paging: Paging
) -> Connection[Topic]:
    found = [topic for slug in slugs if (topic := graph.topic(slug))]
    return page_of(
        found,
        lambda topic: Topic(record=topic),
        f"TopicsCursor.{list_name}",
        lambda topic: topic.slug,
        paging,
        "topics",
    )


def _statement_page(
    graph: KnowledgeGraph, ids: Sequence[str], list_name: str, paging: Paging
) -> Connection[Statement]:
    found = [statement for sid in ids if (statement := graph.statement(sid))]
    return page_of(
        found,
        lambda statement: Statement(record=statement),
        f"StatementsCursor.{list_name}",
        lambda statement: statement.id,
        paging,
        "statements",
    )
