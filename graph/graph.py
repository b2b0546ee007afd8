"""The knowledge graph: an immutable snapshot that answers traversal questions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations, islice, pairwise
from typing import TYPE_CHECKING

import networkx as nx

from graph.errors import DocumentError
from graph.extraction import lookup_key
from graph.model import Concept, ConceptKind, CoOccurrence, Statement, StatementKind, Topic

if TYPE_CHECKING:
    from graph.analysis import CorpusAnalysis

__all__ = ["CorpusCounts", "KnowledgeGraph", "TopicOverlap"]


_NAME_AND_ALIAS = re.compile(r"([^()]+?)\s*\(([^()]+)\)")


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
    problems: int


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
        problems: Sequence[DocumentError] = (),
        lookup: Mapping[str, str] | None = None,
    ) -> None:
        self.topics: tuple[Topic, ...] = tuple(sorted(topics, key=lambda t: t.slug))
        self.concepts: tuple[Concept, ...] = tuple(
            sorted(concepts, key=lambda c: (c.name.casefold(), c.id))
        )
        self.statements: tuple[Statement, ...] = tuple(statements)
        self.links: tuple[CoOccurrence, ...] = tuple(links)
        self.problems: tuple[DocumentError, ...] = tuple(problems)
        self._topics = {topic.slug: topic for topic in self.topics}
        self._concepts = {concept.id: concept for concept in self.concepts}
        self._statements = {statement.id: statement for statement in self.statements}
        self._lookup = {key: cid for key, cid in (lookup or {}).items() if cid in self._concepts}
        for concept in self.concepts:
            for surface in (concept.name, *concept.aliases):
                self._lookup.setdefault(lookup_key(surface), concept.id)
        self._links = {(link.source, link.target): link for link in self.links}
        related: dict[str, list[CoOccurrence]] = {concept.id: [] for concept in self.concepts}
        for link in self.links:
            related[link.source].append(link)
            related[link.target].append(link)
        self._related = {
            cid: tuple(sorted(found, key=lambda link, cid=cid: self._rank(cid, link)))  # type: ignore[misc]
            for cid, found in related.items()
        }
        self._topic_concept_sets = {t.slug: frozenset(t.concept_ids) for t in self.topics}
        self.co_occurrence = self._co_occurrence_graph()
        self._bipartite = self._topic_concept_graph()

    def _rank(self, concept_id: str, link: CoOccurrence) -> tuple[float, int, int, str]:
        other = self._concepts[link.other(concept_id)]
        return (-link.strength, -len(link.evidence), -link.weight, other.name.casefold())

    def _co_occurrence_graph(self) -> nx.Graph:
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

    def _topic_concept_graph(self) -> nx.Graph:
        graph = nx.Graph()
        for concept in self.concepts:
            graph.add_node(("concept", concept.id))
        for topic in self.topics:
            for concept_id in topic.concept_ids:
                graph.add_edge(("concept", concept_id), ("topic", topic.slug))
        return graph

    # lookups -------------------------------------------------------------------------

    def topic(self, slug: str) -> Topic | None:
        return self._topics.get(slug)

    def concept(self, concept_id: str) -> Concept | None:
        return self._concepts.get(concept_id)

    def statement(self, statement_id: str) -> Statement | None:
        return self._statements.get(statement_id)

    def find_concept(self, name: str) -> Concept | None:
        """The concept with this name or alias, ignoring case, spacing and punctuation.

        A name written as a document writes a key concept, "Net Promoter Score (NPS)",
        finds the concept both halves name.
        """
        concept_id = self._lookup.get(lookup_key(name))
        if concept_id is None and (both := _NAME_AND_ALIAS.fullmatch(name.strip())):
            first, second = (self._lookup.get(lookup_key(part)) for part in both.groups())
            concept_id = first if first == second else None
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
        return self._links.get((a, b) if a < b else (b, a))

    def related(self, concept_id: str) -> tuple[CoOccurrence, ...]:
        """Links of a concept, strongest first (then more evidence, weight, name)."""
        return self._related.get(concept_id, ())

    def neighbors(self, concept_id: str, depth: int = 1) -> tuple[Concept, ...]:
        """Concepts within ``depth`` co-occurrence hops, nearest first, then by name."""
        if concept_id not in self._concepts or depth < 1:
            return ()
        distances = nx.single_source_shortest_path_length(self.co_occurrence, concept_id, depth)
        found = [self._concepts[cid] for cid in distances if cid != concept_id]
        return tuple(sorted(found, key=lambda c: (distances[c.id], c.name.casefold(), c.id)))

    def path(self, from_id: str, to_id: str) -> tuple[Concept | Topic, ...] | None:
        """The shortest chain from one concept to another, or ``None`` when there is none.

        The chain alternates concepts and the topics that join them:
        ``concept, topic, concept, ..., concept``. Among equally short chains the one
        whose links are strongest wins, so the answer is the same on every run.
        """
        source, target = ("concept", from_id), ("concept", to_id)
        if source not in self._bipartite or target not in self._bipartite:
            return None
        if from_id == to_id:
            return (self._concepts[from_id],)
        try:
            paths = list(islice(nx.all_shortest_paths(self._bipartite, source, target), 200))
        except nx.NetworkXNoPath:
            return None
        best = min(paths, key=self._path_order)
        return tuple(
            self._concepts[ref] if kind == "concept" else self._topics[ref] for kind, ref in best
        )

    def _path_order(self, path: list[tuple[str, str]]) -> tuple[float, list[tuple[str, str]]]:
        """Strongest links first; equal strengths fall back to the ids, for a stable answer."""
        concepts = [ref for kind, ref in path if kind == "concept"]
        strength = sum(
            link.strength for a, b in pairwise(concepts) if (link := self.link(a, b)) is not None
        )
        return (-strength, path)

    # topics --------------------------------------------------------------------------

    def topic_overlap(self, a: str, b: str) -> TopicOverlap | None:
        """The overlap of two topics by slug, or ``None`` when either is unknown."""
        if a not in self._topics or b not in self._topics:
            return None
        first, second = self._topic_concept_sets[a], self._topic_concept_sets[b]
        union = first | second
        return TopicOverlap(
            a=a,
            b=b,
            jaccard=len(first & second) / len(union) if union else 0.0,
            shared=self._by_name(first & second),
            only_in_a=self._by_name(first - second),
            only_in_b=self._by_name(second - first),
        )

    @cached_property
    def overlap_matrix(self) -> tuple[TopicOverlap, ...]:
        """Every pair of topics once, in slug order."""
        pairs = combinations((t.slug for t in self.topics), 2)
        return tuple(overlap for a, b in pairs if (overlap := self.topic_overlap(a, b)))

    def _by_name(self, ids: frozenset[str]) -> tuple[str, ...]:
        return tuple(sorted(ids, key=lambda cid: (self._concepts[cid].name.casefold(), cid)))

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

    # analysis ------------------------------------------------------------------------

    @cached_property
    def analysis(self) -> CorpusAnalysis:
        """Themes, centrality, bridges, gaps, similarity and alignment: computed once.

        See :mod:`graph.analysis` for what each answer means.
        """
        from graph.analysis import analyse  # graph.analysis imports this module

        return analyse(self)

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
        )


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
