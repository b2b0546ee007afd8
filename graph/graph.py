"""The knowledge graph: topics, concepts, statements and links, answering traversal questions."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from operator import attrgetter
from typing import TYPE_CHECKING, overload

import numpy as np

from graph.extraction import lookup_key
from graph.model import (
    Concept,
    ConceptKind,
    CoOccurrence,
    Passage,
    Statement,
    StatementKind,
    Topic,
)
from graph.paths import strongest_shortest_chain
from graph.problems import Problem

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "MATERIALISED_OVERLAP_PAIRS",
    "CorpusCounts",
    "KnowledgeGraph",
    "LinkColumns",
    "OverlapMatrix",
    "TopicOverlap",
]

MATERIALISED_OVERLAP_PAIRS = 100_000
_KEPT_LINK_FILTERS = 8  # strongest_links lists kept for other minimum weights


_NAME_AND_ALIAS = re.compile(r"([^()]+?)\s*\(([^()]+)\)")
# "did not attend (DNA) rate": an acronym defined inside a name, before its last word
_ACRONYM_INSIDE = re.compile(r"(?P<words>[^()]+?)\s*\((?P<acronym>[^()\s]+)\)\s+(?P<head>\w+)")
_CREDITED = re.compile(r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*['’]s?\s+(?P<name>\S+\s.+)")
_NATIONAL = re.compile(r"(?:the\s+)?(?:UK|EU|US|British|English|Scottish|Welsh)\s+(?P<name>.+)")
_WITH_MODEL_WORD = re.compile(
    r"(?:the\s+)?(?P<name>.+?)\s+(?:cycle|model|framework|theory|method|approach|technique|"
    r"rules|principles|tool|scale|diagram|instrument|script|criteria|objectives|goals|survey|sourcebook|sequence)(?:\s+of\s+.+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TopicOverlap:
    """How two topics overlap in the concepts they mention (ids sorted by name)."""

    a: str
    b: str
    jaccard: float  # |shared| / |union|; 0 when neither topic mentions anything
    shared: tuple[str, ...]
    only_in_a: tuple[str, ...]
    only_in_b: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CorpusCounts:
    """How many of each thing the graph holds."""

    topics: int
    concepts: int
    models: int
    statements: int
    exam_tips: int
    misconceptions: int
    marking_points: int
    links: int
    problems: int  # errors and warnings
    errors: int  # documents left out
    warnings: int


@dataclass(frozen=True, slots=True, eq=False)
class LinkColumns:
    """The links as arrays, in link order: the numbers of their two ends (the position
    of each concept in ``graph.concepts``) and their strengths.

    For measures over every link, which a large corpus has a million of: an array
    operation instead of a Python loop, the same floats summed in the same order.
    """

    sources: np.ndarray
    targets: np.ndarray
    strengths: np.ndarray


class KnowledgeGraph:
    """Topics, concepts, statements and co-occurrence links of one corpus version.

    Built by :func:`graph.build.build_graph`; read-only afterwards. Lookups return
    ``None`` for unknown ids or names rather than raising.
    """

    def __init__(
        self,
        topics: Sequence[Topic],
        concepts: Sequence[Concept],
        statements: Sequence[Statement],
        links: Sequence[CoOccurrence],
        problems: Sequence[Problem] = (),
        lookup: Mapping[str, str] | None = None,
        passages: Sequence[Passage] = (),
    ) -> None:
        self.topics: tuple[Topic, ...] = tuple(sorted(topics, key=lambda t: t.slug))
        self.concepts: tuple[Concept, ...] = tuple(
            sorted(concepts, key=lambda c: (c.name.casefold(), c.id))
        )
        self.statements: tuple[Statement, ...] = tuple(statements)
        self.links: tuple[CoOccurrence, ...] = tuple(links)
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.passages: tuple[Passage, ...] = tuple(passages)  # in corpus order
        self._passages = {passage.id: passage for passage in self.passages}
        self._topics = {topic.slug: topic for topic in self.topics}
        self._concepts = {concept.id: concept for concept in self.concepts}
        self._statements = {statement.id: statement for statement in self.statements}
        self._lookup = {key: cid for key, cid in (lookup or {}).items() if cid in self._concepts}
        for concept in self.concepts:
            for surface in (concept.name, *concept.aliases):
                self._lookup.setdefault(lookup_key(surface), concept.id)
        self._links_of: dict[str, list[CoOccurrence]] = {c.id: [] for c in self.concepts}
        self._neighbours_of: dict[str, list[str]] = {c.id: [] for c in self.concepts}
        for link in self.links:
            self._links_of[link.source].append(link)
            self._links_of[link.target].append(link)
            self._neighbours_of[link.source].append(link.target)
            self._neighbours_of[link.target].append(link.source)
        self._related: dict[str, tuple[CoOccurrence, ...]] = {}  # ranked when first asked
        self._topic_sets: dict[str, frozenset[str]] = {}  # made when first asked
        self._strong_links: dict[int, tuple[CoOccurrence, ...]] = {}
        self._names = {concept.id: concept.name.casefold() for concept in self.concepts}
        self._topic_concept_sets = {t.slug: frozenset(t.concept_ids) for t in self.topics}

    @cached_property
    def co_occurrence(self) -> nx.Graph:
        """The concepts and their links as a networkx graph, built on first use.

        Nodes carry ``kind`` and ``name``; edges ``weight``, ``strength`` and
        ``evidence`` (how many statements). The exports read it; the server's queries
        and the analysis do not, so a large corpus never pays for it unless asked.
        """
        return self._co_occurrence_graph()

    @cached_property
    def link_columns(self) -> LinkColumns:
        """The links as arrays (see :class:`LinkColumns`), made on first use."""
        number = {concept.id: index for index, concept in enumerate(self.concepts)}
        count = len(self.links)
        return LinkColumns(
            sources=np.fromiter((number[link.source] for link in self.links), np.int64, count),
            targets=np.fromiter((number[link.target] for link in self.links), np.int64, count),
            strengths=np.fromiter((link.strength for link in self.links), np.float64, count),
        )

    def _co_occurrence_graph(self) -> nx.Graph:
        import networkx as nx  # here, not at the top: the server starts without it

        graph = nx.Graph()
        for concept in self.concepts:
            graph.add_node(concept.id, kind=concept.kind.name, name=concept.name)
        for link in self.links:
            graph.add_edge(
                link.source,
                link.target,
                weight=link.weight,
                strength=link.strength,
                evidence=len(link.evidence),
            )
        return graph

    # lookups -------------------------------------------------------------------------

    def topic(self, slug: str) -> Topic | None:
        return self._topics.get(slug)

    def concept(self, concept_id: str) -> Concept | None:
        return self._concepts.get(concept_id)

    def statement(self, statement_id: str) -> Statement | None:
        return self._statements.get(statement_id)

    def passage(self, passage_id: str) -> Passage | None:
        return self._passages.get(passage_id)

    def topic_passages(self, slug: str) -> tuple[Passage, ...]:
        """A topic's passages in document order: synopsis, key concepts, statements."""
        return self._passages_of_topic.get(slug, ())

    @cached_property
    def _passages_of_topic(self) -> dict[str, tuple[Passage, ...]]:
        found: dict[str, list[Passage]] = {}
        for passage in self.passages:
            found.setdefault(passage.topic_slug, []).append(passage)
        return {slug: tuple(passages) for slug, passages in found.items()}

    def find_concept(self, name: str) -> Concept | None:
        """The concept with this name or alias, ignoring case, spacing and punctuation.

        A name written as a document writes a key concept, "Net Promoter Score (NPS)",
        finds the concept both halves name, and so does one with its acronym inside,
        "did not attend (DNA) rate".
        """
        concept_id = self._lookup.get(lookup_key(name))
        if concept_id is None and (both := _NAME_AND_ALIAS.fullmatch(name.strip())):
            first, second = (self._lookup.get(lookup_key(part)) for part in both.groups())
            concept_id = first if first == second else None
        if concept_id is None and (inside := _ACRONYM_INSIDE.fullmatch(name.strip())):
            first, second = (
                self._lookup.get(lookup_key(f"{inside[part]} {inside['head']}"))
                for part in ("words", "acronym")
            )
            concept_id = first if first == second else None
        if concept_id is None and (named := _WITH_MODEL_WORD.fullmatch(name.strip())):
            # "the Plan-Do-Check-Act cycle", "the DISP rules", "the SMART criteria", "the
            # Kano model of customer satisfaction": a model's name with a model word
            # (and what it is of) after it is that model
            found = self._lookup.get(lookup_key(named["name"]))
            if found is not None and self._concepts[found].kind is ConceptKind.MODEL:
                concept_id = found
        if concept_id is None and (owned := _CREDITED.fullmatch(name.strip())):
            # "Fisher and Ury's principled negotiation" is "principled negotiation"
            found = self._lookup.get(lookup_key(owned["name"]))
            if found is not None and self._concepts[found].kind is ConceptKind.MODEL:
                concept_id = found
        if concept_id is None and (national := _NATIONAL.fullmatch(name.strip())):
            # "UK General Data Protection Regulation": the law the corpus names without
            # the country it is kept in
            concept_id = self._lookup.get(lookup_key(national["name"]))
        return self._concepts[concept_id] if concept_id else None

    def topic_concepts(self, slug: str, kind: ConceptKind | None = None) -> tuple[Concept, ...]:
        topic = self._topics.get(slug)
        if topic is None:
            return ()
        found = (self._concepts[cid] for cid in topic.concept_ids)
        return tuple(c for c in found if kind is None or c.kind is kind)

    def statements_of(self, slug: str, kind: StatementKind) -> tuple[Statement, ...]:
        topic = self._topics.get(slug)
        if topic is None:
            return ()
        ids = {
            StatementKind.EXAM_TIP: topic.exam_tip_ids,
            StatementKind.MISCONCEPTION: topic.misconception_ids,
            StatementKind.MARKING_POINT: topic.marking_point_ids,
        }[kind]
        return tuple(self._statements[sid] for sid in ids)

    # traversal -----------------------------------------------------------------------

    def link(self, a: str, b: str) -> CoOccurrence | None:
        """The co-occurrence link between two concept ids, in either order."""
        return self._link_index.get((a, b) if a < b else (b, a))

    @cached_property
    def _link_index(self) -> dict[tuple[str, str], CoOccurrence]:
        # made on first use: nothing on the serving path asks, and at 10,000 topics
        # it is close to a million pairs to hash
        return {(link.source, link.target): link for link in self.links}

    def shared_topics(self, link: CoOccurrence) -> tuple[str, ...]:
        """The slugs of the topics that both ends of ``link`` mention, in slug order."""
        return tuple(sorted(self._topic_set(link.source) & self._topic_set(link.target)))

    def shared_passages(self, link: CoOccurrence) -> tuple[str, ...]:
        """The ids of the passages that name both ends of ``link``, in corpus order.

        Every one counts towards the link's ``strength`` (see :func:`build_graph`):
        statements, synopses and key-concept descriptions alike.
        """
        if not link.co_mentions:
            return ()
        other = set(self._concepts[link.target].passage_ids)
        return tuple(pid for pid in self._concepts[link.source].passage_ids if pid in other)

    def _first_shared_topic(self, link: CoOccurrence) -> str:
        return min(self._topic_set(link.source) & self._topic_set(link.target))

    def _topic_set(self, concept_id: str) -> frozenset[str]:
        found = self._topic_sets.get(concept_id)
        if found is None:
            found = self._topic_sets[concept_id] = frozenset(self._concepts[concept_id].topic_slugs)
        return found

    def strongest_links(self, min_weight: int = 0) -> tuple[CoOccurrence, ...]:
        """Every link once: links a passage backs first, each group strongest first, then
        more evidence, more shared topics, ids.

        Only links whose concepts share at least ``min_weight`` topics. Ranked on first
        use (about a second for a million links) and kept, with the last few filters.
        """
        ranked = self._ranked_links
        if min_weight <= 1:  # every link shares a topic
            return ranked
        found = self._strong_links.get(min_weight)
        if found is None:
            if len(self._strong_links) >= _KEPT_LINK_FILTERS:
                self._strong_links.clear()
            found = tuple(link for link in ranked if link.weight >= min_weight)
            self._strong_links[min_weight] = found
        return found

    @cached_property
    def _ranked_links(self) -> tuple[CoOccurrence, ...]:
        # stable sorts on one simple key each, the last key first: in C throughout
        ranked = sorted(self.links, key=attrgetter("source", "target"))
        ranked.sort(key=attrgetter("weight"), reverse=True)
        ranked.sort(key=lambda link: len(link.evidence), reverse=True)
        ranked.sort(key=attrgetter("strength"), reverse=True)
        ranked.sort(key=_backed, reverse=True)
        return tuple(ranked)

    def related(self, concept_id: str) -> tuple[CoOccurrence, ...]:
        """Links of a concept: those a passage backs (one that names both) first, then those
        resting on shared topics alone; each group strongest first, then more evidence,
        weight, name."""
        found = self._related.get(concept_id)
        if found is None and concept_id in self._links_of:
            # ranked on first use and kept: a million links take seconds to rank all
            # at once, and most concepts are never asked for
            names = self._names
            found = tuple(
                sorted(
                    self._links_of.get(concept_id, ()),
                    key=lambda link: (
                        not link.co_mentions,
                        -link.strength,
                        -len(link.evidence),
                        -link.weight,
                        names[link.other(concept_id)],
                    ),
                )
            )
            self._related[concept_id] = found
        return found or ()

    def links_of(self, concept_id: str) -> Sequence[CoOccurrence]:
        """Links of a concept in the graph's link order (cheaper than :meth:`related`)."""
        return self._links_of.get(concept_id, ())

    def neighbors(self, concept_id: str, depth: int = 1) -> tuple[Concept, ...]:
        """Concepts within ``depth`` co-occurrence hops, nearest first, then by name."""
        if concept_id not in self._concepts or depth < 1:
            return ()
        distances = {concept_id: 0}
        frontier = [concept_id]
        for distance in range(1, depth + 1):
            following = []
            for current in frontier:
                for link in self._links_of[current]:
                    other = link.other(current)
                    if other not in distances:
                        distances[other] = distance
                        following.append(other)
            frontier = following
        found = [self._concepts[cid] for cid in distances if cid != concept_id]
        return tuple(sorted(found, key=lambda c: (distances[c.id], c.name.casefold(), c.id)))

    def path(self, from_id: str, to_id: str) -> tuple[Concept | Topic, ...] | None:
        """The shortest chain from one concept to another, or ``None`` when there is none.

        The chain alternates concepts and the topics that join them:
        ``concept, topic, concept, ..., concept``. Among equally short chains the one
        whose links add up to the greatest strength wins, then the one whose concept
        ids come first; each step goes through the first topic by slug that its two
        concepts share. So the answer is the same on every run.
        """
        if from_id not in self._links_of or to_id not in self._links_of:
            return None
        found = strongest_shortest_chain(from_id, to_id, self._neighbours_of, self._links_of)
        if found is None:
            return None
        concept_ids, links = found
        chain: list[Concept | Topic] = [self._concepts[from_id]]
        for concept_id, link in zip(concept_ids[1:], links, strict=True):
            chain.append(self._topics[self._first_shared_topic(link)])
            chain.append(self._concepts[concept_id])
        return tuple(chain)

    # topics --------------------------------------------------------------------------

    def topic_overlap(self, a: str, b: str) -> TopicOverlap | None:
        """The overlap of two topics by slug, or ``None`` when either is unknown."""
        if a not in self._topics or b not in self._topics:
            return None
        first, second = self._topic_concept_sets[a], self._topic_concept_sets[b]
        # each topic's concepts are kept sorted by name: filtering keeps that order
        first_named, second_named = self._topics[a].concept_ids, self._topics[b].concept_ids
        shared = tuple(cid for cid in first_named if cid in second)
        union = len(first) + len(second) - len(shared)
        if shared:
            only_in_a = tuple(cid for cid in first_named if cid not in second)
            only_in_b = tuple(cid for cid in second_named if cid not in first)
        else:
            only_in_a, only_in_b = first_named, second_named
        return TopicOverlap(
            a=a,
            b=b,
            jaccard=len(shared) / union if union else 0.0,
            shared=shared,
            only_in_a=only_in_a,
            only_in_b=only_in_b,
        )

    @cached_property
    def overlap_matrix(self) -> Sequence[TopicOverlap]:
        """Every pair of topics once, in slug order.

        Up to :data:`MATERIALISED_OVERLAP_PAIRS` pairs (about 450 topics) the pairs are
        computed once and kept. Beyond, the matrix is quadratic (10,000 topics make 50
        million pairs, far more than memory holds), so it is an :class:`OverlapMatrix`
        that computes each pair when it is read: the same pairs in the same order,
        with no cost until someone reads them.
        """
        matrix = OverlapMatrix(self)
        return tuple(matrix) if len(matrix) <= MATERIALISED_OVERLAP_PAIRS else matrix

    def overlap_matrix_of(self, slugs: Iterable[str]) -> Sequence[TopicOverlap]:
        """Every pair of the topics ``slugs`` names once, in slug order, read as asked.

        Repeated slugs count once. Raises :class:`KeyError` for a slug the graph
        does not hold.
        """
        chosen = sorted(set(slugs))
        for slug in chosen:
            if slug not in self._topics:
                raise KeyError(slug)
        return OverlapMatrix(self, chosen)

    # search --------------------------------------------------------------------------

    def search_concepts(
        self, query: str | None = None, kind: ConceptKind | None = None
    ) -> tuple[Concept, ...]:
        """Concepts matching ``query``, best first: name, then aliases, then description.

        Within each tier an exact match comes before a prefix match before a match
        anywhere; ties go by name. With no query, every concept by name.
        """
        candidates = [c for c in self.concepts if kind is None or c.kind is kind]
        if not query or not query.strip():
            return tuple(candidates)
        needle = " ".join(query.casefold().split())
        compact = lookup_key(query)
        ranked: list[tuple[int, str, str, Concept]] = []
        for concept in candidates:
            rank = _search_rank(concept, needle, compact)
            if rank is not None:
                ranked.append((rank, concept.name.casefold(), concept.id, concept))
        ranked.sort(key=lambda item: item[:3])
        return tuple(item[3] for item in ranked)

    # summary -------------------------------------------------------------------------

    @cached_property
    def counts(self) -> CorpusCounts:
        kinds = Counter(statement.kind for statement in self.statements)
        models = sum(1 for concept in self.concepts if concept.kind is ConceptKind.MODEL)
        return CorpusCounts(
            topics=len(self.topics),
            concepts=len(self.concepts) - models,
            models=models,
            statements=len(self.statements),
            exam_tips=kinds[StatementKind.EXAM_TIP],
            misconceptions=kinds[StatementKind.MISCONCEPTION],
            marking_points=kinds[StatementKind.MARKING_POINT],
            links=len(self.links),
            problems=len(self.problems),
            errors=sum(1 for problem in self.problems if problem.is_error),
            warnings=sum(1 for problem in self.problems if not problem.is_error),
        )


def _backed(link: CoOccurrence) -> bool:
    """Whether some passage names both ends of the link."""
    return link.co_mentions > 0


def _search_rank(concept: Concept, needle: str, compact: str) -> int | None:
    def tier(text: str) -> int | None:
        folded = " ".join(text.casefold().split())
        squeezed = lookup_key(text)
        if folded == needle or (compact and squeezed == compact):
            return 0
        if folded.startswith(needle) or (compact and squeezed.startswith(compact)):
            return 1
        if needle in folded or (compact and compact in squeezed):
            return 2
        return None

    name_tier = tier(concept.name)
    if name_tier is not None:
        return name_tier
    alias_tiers = [t for alias in concept.aliases if (t := tier(alias)) is not None]
    if alias_tiers:
        return 3 + min(alias_tiers)
    if concept.description and needle in concept.description.casefold():
        return 6
    return None


class OverlapMatrix(Sequence[TopicOverlap]):
    """Every pair of topics of a graph (or of ``slugs``, in slug order, all held by the
    graph) once, in slug order, each computed when read.

    ``matrix[i]`` is the i-th pair of ``combinations(slugs, 2)``; iteration goes row
    by row. Nothing is kept, so a matrix of any size costs no memory until read.
    """

    def __init__(self, graph: KnowledgeGraph, slugs: Sequence[str] | None = None) -> None:
        self._graph = graph
        self._slugs = tuple(topic.slug for topic in graph.topics) if slugs is None else tuple(slugs)
        count = len(self._slugs)
        self._length = count * (count - 1) // 2
        # the index of the first pair of each row: row a holds (a, a+1) ... (a, n-1)
        self._row_starts = [a * count - a * (a + 1) // 2 for a in range(count)]

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> TopicOverlap: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[TopicOverlap]: ...

    def __getitem__(self, index: int | slice) -> TopicOverlap | Sequence[TopicOverlap]:
        if isinstance(index, slice):
            return tuple(self[position] for position in range(*index.indices(self._length)))
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("overlap matrix index out of range")
        row = bisect.bisect_right(self._row_starts, index) - 1
        column = row + 1 + index - self._row_starts[row]
        return self._pair(row, column)

    def __iter__(self) -> Iterator[TopicOverlap]:
        for a, b in combinations(range(len(self._slugs)), 2):
            yield self._pair(a, b)

    def _pair(self, a: int, b: int) -> TopicOverlap:
        overlap = self._graph.topic_overlap(self._slugs[a], self._slugs[b])
        assert overlap is not None  # both slugs belong to the graph
        return overlap
