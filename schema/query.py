"""The root Query type: entry points into the knowledge graph."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, overload

import strawberry

from graph import model, problems
from schema.analysis import Bridge, CorpusSummary, StructuralGap
from schema.connection import ConceptConnection, LinkConnection, concept_page, link_page
from schema.context import Info, corpus_analysis, knowledge_graph, limits
from schema.enums import ConceptKindFilter, ConceptOrder, ProblemSeverity
from schema.errors import ArgumentError, check_range, checked_limit
from schema.fields import field
from schema.ids import encode_id
from schema.nodes import (
    Concept,
    MinSharedTopics,
    Node,
    Theme,
    Topic,
    TopicOverlap,
    least_shared_topics,
    resolve_node,
)
from schema.paging import (
    Connection,
    PageAfter,
    PageBefore,
    PageLast,
    PageSize,
    page_of,
    paging_of,
)

__all__ = ["Query"]

_CONCEPT_NAME = "Any name or alias, ignoring case, spacing and punctuation."
_LIMIT = "At most this many, 0 or more; null means 10."


class _Mapped(Sequence[Any]):
    """``wrap(record)`` for each record of ``records``, made only when read."""

    def __init__(self, records: Sequence[Any], wrap: Callable[..., Any]) -> None:
        self._records = records
        self._wrap = wrap

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self._wrap(record=record) for record in self._records[index]]
        return self._wrap(record=self._records[index])


@strawberry.type(
    description="A problem found in a file of the corpus: where, what, and whether its "
    "document was left out (ERROR) or is served all the same (WARNING)."
)
class CorpusProblem:
    id: strawberry.ID = strawberry.field(
        description="Opaque, stable for one version of the corpus: a cache key."
    )
    file: str = strawberry.field(description="The document's path, as the server reads it.")
    line: int | None = strawberry.field(
        description="The line the problem is on (1-based); null when it concerns the whole "
        "file, or is in a Word document (see `paragraph`)."
    )
    message: str = strawberry.field(description="What is wrong, in plain words.")
    severity: ProblemSeverity = strawberry.field(
        description="ERROR: the document is left out of the graph. WARNING: it is served."
    )
    paragraph: int | None = strawberry.field(
        description="In a Word document, which has no lines, the paragraph the problem is "
        "in (1-based, counting empty paragraphs, not counting tables); null otherwise."
    )

    @classmethod
    def of(cls, problem: problems.Problem) -> CorpusProblem:
        where = f"{problem.source}\t{problem.line}\t{problem.paragraph}\t{problem.message}"
        return cls(
            id=strawberry.ID(encode_id("CorpusProblem", where)),
            file=problem.source,
            line=problem.line,
            message=problem.message,
            severity=ProblemSeverity.of(problem.severity),
            paragraph=problem.paragraph,
        )


@strawberry.type(description="Traversal and related-concept queries over the curriculum graph.")
class Query:
    @field(
        "The version of the corpus this answer comes from: a hash of its documents' names "
        "and contents. It changes when the served corpus is reloaded with different "
        "documents; every field of one response reads the same version."
    )
    def corpus_version(self, info: Info) -> str:
        return info.context.snapshot.version

    @field(
        "Every problem found in the corpus, each with where and why, in file order: "
        "documents that could not be read (ERROR; the others are served without them), "
        "and warnings about documents served all the same or files not read (WARNING)."
    )
    def corpus_problems(self, info: Info) -> list[CorpusProblem]:
        return [CorpusProblem.of(problem) for problem in knowledge_graph(info).problems]

    @field("Every problem found in the corpus (see `corpusProblems`), a page at a time.")
    def corpus_problems_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[CorpusProblem]:
        return page_of(
            knowledge_graph(info).problems,
            CorpusProblem.of,
            "ProblemCursor",
            lambda problem: f"{problem.source}\t{problem.line}\t{problem.paragraph}",
            paging_of(info, first, after, last, before),
            "problems",
        )

    @field(
        "The Topic, Concept, Statement, Passage, Theme or Link with this id; null when the "
        "id is unknown or malformed."
    )
    def node(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="A node's opaque id.")],
    ) -> Node | None:
        return resolve_node(knowledge_graph(info), corpus_analysis(info), id)

    @field(
        "The nodes with these ids, in the same order; null for an id that is unknown or "
        "malformed. At most as many ids as the largest page (`first`) allows."
    )
    def nodes(
        self,
        info: Info,
        ids: Annotated[list[strawberry.ID], strawberry.argument(description="Nodes' opaque ids.")],
    ) -> list[Node | None]:
        check_range("ids", len(ids), 0, limits(info).max_first)
        graph, found_in = knowledge_graph(info), corpus_analysis(info)
        return [resolve_node(graph, found_in, node_id) for node_id in ids]

    @field(
        "Every topic, in slug order. A large corpus has more than one response may hold: "
        "page through `topicsConnection` instead."
    )
    def topics(self, info: Info) -> list[Topic]:
        return [Topic(record=topic) for topic in knowledge_graph(info).topics]

    @field("Every topic, in slug order, a page at a time.")
    def topics_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Topic]:
        return page_of(
            knowledge_graph(info).topics,
            lambda topic: Topic(record=topic),
            "TopicCursor",
            lambda topic: topic.slug,
            paging_of(info, first, after, last, before),
            "topics",
        )

    @field("The topic with this slug; null when unknown.")
    def topic(
        self,
        info: Info,
        slug: Annotated[str, strawberry.argument(description="The topic's slug.")],
    ) -> Topic | None:
        found = knowledge_graph(info).topic(slug)
        return Topic(record=found) if found else None

    @field(
        "The concept with this name or alias, ignoring case, spacing and "
        "punctuation (`nps`, `N.P.S.` and `Net Promoter Score` are one); null when unknown."
    )
    def concept(
        self,
        info: Info,
        name: Annotated[str, strawberry.argument(description=_CONCEPT_NAME)],
    ) -> Concept | None:
        found = knowledge_graph(info).find_concept(name)
        return Concept(record=found) if found else None

    @field(
        "Concepts, a page at a time: in `orderBy` order if given, else by name, or best match "
        "first when searching (name, then aliases, then description; exact before prefix "
        "before anywhere)."
    )
    def concepts(
        self,
        info: Info,
        kind: ConceptKindFilter = strawberry.UNSET,
        search: Annotated[
            str | None,
            strawberry.argument(
                description="Text to look for, ignoring case; every concept when null or blank."
            ),
        ] = strawberry.UNSET,
        first: PageSize = 20,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
        order_by: Annotated[
            ConceptOrder | None,
            strawberry.argument(
                description="The order of the matches: NAME A to Z, the measures highest "
                "first, ties by name. When null: best match first when searching, else by "
                "name. A cursor only continues the order it came from."
            ),
        ] = strawberry.UNSET,
    ) -> ConceptConnection:
        graph = knowledge_graph(info)
        domain_kind = kind.to_domain() if kind else None
        matches = graph.search_concepts(search or None, domain_kind)
        if order_by:
            # a precomputed ranking, filtered to the matches: no sorting per request
            matched = {concept.id for concept in matches}
            ranked = corpus_analysis(info).ranked_concept_ids(order_by.to_domain())
            matches = tuple(c for cid in ranked if cid in matched and (c := graph.concept(cid)))
        return concept_page(matches, paging_of(info, first, after, last, before), order_by or None)

    @field(
        "Every co-occurrence link once, a page at a time: those a passage backs first, each "
        "group strongest first (then more `evidence`, more shared topics, then by the "
        "concepts' ids): the edges of the concept graph, without asking each concept for "
        "its `related`."
    )
    def links(
        self,
        info: Info,
        first: PageSize = 20,
        after: PageAfter = strawberry.UNSET,
        min_weight: Annotated[
            int | None,
            strawberry.argument(
                description="Only links whose concepts share at least this many topics, 0 or "
                "more; null means 0.",
                deprecation_reason="Use `minSharedTopics`, the same number under the name "
                "every list of links uses.",
            ),
        ] = 0,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
        min_shared_topics: MinSharedTopics = strawberry.UNSET,
    ) -> LinkConnection:
        argument, given = least_shared_topics(min_weight, min_shared_topics)
        check_range(argument, given, 0)
        # 0 and 1 give the same list, every link sharing a topic: one cursor type for both
        at_least = max(int(given), 1)
        return link_page(
            knowledge_graph(info).strongest_links(at_least),
            paging_of(info, first, after, last, before),
            at_least,
        )

    @field(
        "The shortest chain linking two concepts: concept, shared topic, concept, "
        "..., concept. Among equally short chains the one whose links add up to the "
        "greatest `strength` wins; each step goes through the first topic by slug that "
        "its two concepts share. Null when either is unknown or nothing links them."
    )
    def path(
        self,
        info: Info,
        from_: Annotated[
            str, strawberry.argument(name="from", description=f"Start concept. {_CONCEPT_NAME}")
        ],
        to: Annotated[str, strawberry.argument(description=f"End concept. {_CONCEPT_NAME}")],
    ) -> list[Node] | None:
        graph = knowledge_graph(info)
        start, end = graph.find_concept(from_), graph.find_concept(to)
        if start is None or end is None:
            return None
        chain = graph.path(start.id, end.id)
        if chain is None:
            return None
        return [
            Topic(record=step) if isinstance(step, model.Topic) else Concept(record=step)
            for step in chain
        ]

    @field("How two topics overlap in the concepts they mention; null when either slug is unknown.")
    def topic_overlap(
        self,
        info: Info,
        a: Annotated[str, strawberry.argument(description="The first topic's slug.")],
        b: Annotated[str, strawberry.argument(description="The second topic's slug.")],
    ) -> TopicOverlap | None:
        overlap = knowledge_graph(info).topic_overlap(a, b)
        return TopicOverlap(record=overlap) if overlap else None

    @field(
        "The overlap of every pair of topics once, in slug order; of the `topics` given "
        "only, when given. A large corpus has more pairs than one response may hold "
        "(RESULT_TOO_LARGE): ask for the topics you need (`topics`), `topicOverlap` for "
        "single pairs, or download `/export/csv`."
    )
    def overlap_matrix(
        self,
        info: Info,
        topics: Annotated[
            list[str] | None,
            strawberry.argument(
                description="Only the pairs among these topics (slugs; repeats count once). "
                "Null means every topic."
            ),
        ] = None,
    ) -> list[TopicOverlap]:
        graph = knowledge_graph(info)
        if topics is None:
            matrix = graph.overlap_matrix
        else:
            try:
                matrix = graph.overlap_matrix_of(topics)
            except KeyError as unknown:
                raise ArgumentError("topics", f"no topic has the slug {unknown}") from None
        # mapped as read: the list limits count the pairs before any is built
        return _Mapped(matrix, TopicOverlap)  # type: ignore[return-value]

    @field(
        "The overlap of every pair of topics (of the `topics` given only, when given), in "
        "slug order, a page at a time."
    )
    def overlap_matrix_connection(
        self,
        info: Info,
        topics: Annotated[
            list[str] | None,
            strawberry.argument(
                description="Only the pairs among these topics (slugs; repeats count once). "
                "Null means every topic."
            ),
        ] = None,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[TopicOverlap]:
        graph = knowledge_graph(info)
        try:
            matrix = graph.overlap_matrix if topics is None else graph.overlap_matrix_of(topics)
        except KeyError as unknown:
            raise ArgumentError("topics", f"no topic has the slug {unknown}") from None
        chosen = "" if topics is None else ",".join(sorted(set(topics)))
        return page_of(
            matrix,
            lambda overlap: TopicOverlap(record=overlap),
            f"OverlapCursor.{chosen}",
            lambda overlap: f"{overlap.a}\t{overlap.b}",
            paging_of(info, first, after, last, before),
            "topic pairs",
        )

    @field("The themes: communities of concepts taught together, largest first, then by label.")
    def themes(self, info: Info) -> list[Theme]:
        return [Theme(record=theme) for theme in corpus_analysis(info).themes]

    @field("The themes (see `themes`), a page at a time.")
    def themes_connection(
        self,
        info: Info,
        first: PageSize = None,
        after: PageAfter = strawberry.UNSET,
        last: PageLast = strawberry.UNSET,
        before: PageBefore = strawberry.UNSET,
    ) -> Connection[Theme]:
        return page_of(
            corpus_analysis(info).themes,
            lambda theme: Theme(record=theme),
            "ThemeCursor",
            lambda theme: theme.id,
            paging_of(info, first, after, last, before),
            "themes",
        )

    @field(
        "Concepts that join themes which are otherwise taught apart, highest `score` first "
        "(then by name)."
    )
    def bridges(
        self,
        info: Info,
        limit: Annotated[int | None, strawberry.argument(description=_LIMIT)] = 10,
    ) -> list[Bridge]:
        limit = checked_limit(limit, limits(info).max_limit)
        found = corpus_analysis(info).top_bridges(limit)
        return [Bridge(record=bridge) for bridge in found]

    @field(
        "Pairs of themes with few or weak links between them, weakest `connection` first "
        "(unlinked pairs first)."
    )
    def structural_gaps(
        self,
        info: Info,
        limit: Annotated[int | None, strawberry.argument(description=_LIMIT)] = 10,
    ) -> list[StructuralGap]:
        limit = checked_limit(limit, limits(info).max_limit)
        found = corpus_analysis(info).top_gaps(limit)
        return [StructuralGap(record=gap) for gap in found]

    @field(
        "The corpus at a glance: counts by node and statement kind, recurring models, "
        "concepts taught once."
    )
    def corpus_summary(self, info: Info) -> CorpusSummary:
        return CorpusSummary(record=corpus_analysis(info).summary)
