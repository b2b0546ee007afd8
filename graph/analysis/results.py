"""The results of the analysis: frozen values that readers only look up.

Every ordering is stated where it is made, and every tie is broken on names and ids,
so that the same corpus gives equal results on every run (see :mod:`graph.analysis`
for what each measure means).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol, TypeVar

__all__ = [
    "Assessment",
    "Bridge",
    "Centrality",
    "ConceptOrder",
    "CorpusAnalysis",
    "CorpusSummary",
    "KindCount",
    "StructuralGap",
    "Theme",
    "TopicAlignment",
    "TopicSimilarity",
]


class PairSimilarity(Protocol):
    """Answers how similar two topics are (:class:`graph.analysis.similarity.TopicPairs`)."""

    def similarity(self, a: str, b: str) -> float: ...

    def rows(self) -> Iterator[Sequence[float]]: ...


@dataclass(frozen=True, slots=True)
class Centrality:
    """How central a concept is in the co-occurrence graph (see :mod:`graph.analysis`)."""

    degree: int
    betweenness: float
    pagerank: float


@dataclass(frozen=True, slots=True)
class Theme:
    """A community of concepts that tend to be taught together.

    ``member_ids`` are ranked by centrality: PageRank, then betweenness, then degree,
    then name. ``label`` joins the names of the (up to) three first members.
    ``modularity`` is that of the whole partition, the same for every theme.
    """

    id: str
    label: str
    member_ids: tuple[str, ...]
    modularity: float
    internal_strength: float  # total strength of the links inside the theme

    @property
    def size(self) -> int:
        return len(self.member_ids)


@dataclass(frozen=True, slots=True)
class Bridge:
    """A concept that joins themes and topics that would otherwise be far apart.

    ``theme_ids`` starts with the concept's own theme, then the others it links into,
    most link strength first. ``linked_concept_ids`` are its strongest links into
    other themes (at most five); ``topic_slugs`` every topic that mentions it.
    """

    concept_id: str
    score: float  # participation * betweenness
    participation: float
    betweenness: float
    degree: int
    theme_ids: tuple[str, ...]
    linked_concept_ids: tuple[str, ...]
    topic_slugs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StructuralGap:
    """Two themes with few or weak links between them.

    ``connection`` is the total strength of the links between the themes over the
    number of possible links; 0 when nothing links them. ``linking_concept_ids`` are
    the concepts (of either theme) that carry most of the links between them, and
    ``meeting_topic_slugs`` the topics where members of both meet, most links first
    (at most five of each).
    """

    theme_a: str
    theme_b: str
    link_count: int
    total_strength: float
    density: float  # link_count / (|A| * |B|)
    connection: float
    linking_concept_ids: tuple[str, ...]
    meeting_topic_slugs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TopicSimilarity:
    """How similar ``other`` is to ``slug``, and the shared concepts that explain it.

    ``similarity`` (what similar topics are ranked by) weighs what the two teach,
    their content terms and the concepts they share (see :mod:`graph.analysis`);
    ``score`` is the weighted Jaccard of their concepts alone. ``shared_concept_ids``
    go rarest first (they weigh most), then by name.
    """

    slug: str
    other: str
    score: float  # weighted Jaccard, 0..1
    shared_concept_ids: tuple[str, ...]
    similarity: float = 0.0  # 0..1


@dataclass(frozen=True, slots=True)
class Assessment:
    """A marking point that assesses a key concept of its topic, and why.

    ``score`` is how close the point's content is to the concept's name and
    description, 0 to 1 (see :mod:`graph.analysis.assessment`); ``shared_concept_ids``
    are the concepts and models both name, in the point's order; ``shared_terms``
    the content terms both use, heaviest first.
    """

    statement_id: str
    concept_id: str
    score: float
    shared_concept_ids: tuple[str, ...]
    shared_terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TopicAlignment:
    """Where a topic's teaching and assessment do not line up (see :mod:`graph.analysis`).

    Key concepts keep document order; marking points keep their position; tip models
    keep the order in which the exam tips first mention them.
    """

    slug: str
    unassessed_key_concept_ids: tuple[str, ...]
    marking_point_ids_without_key_concept: tuple[str, ...]
    tip_models_never_assessed: tuple[str, ...]

    @property
    def is_aligned(self) -> bool:
        return not (
            self.unassessed_key_concept_ids
            or self.marking_point_ids_without_key_concept
            or self.tip_models_never_assessed
        )


@dataclass(frozen=True, slots=True)
class KindCount:
    """How many nodes or statements of one kind the corpus has."""

    kind: str
    count: int


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Counts by kind, models that recur across topics, concepts taught only once.

    ``nodes_by_kind`` counts ``topic``, ``concept``, ``model`` and ``statement``
    nodes; ``statements_by_kind`` uses the :class:`~graph.model.StatementKind`
    values. ``recurring_model_ids`` go most topics first, then by name;
    ``taught_once_concept_ids`` by name.
    """

    nodes_by_kind: tuple[KindCount, ...]
    statements_by_kind: tuple[KindCount, ...]
    link_count: int
    theme_count: int
    recurring_model_ids: tuple[str, ...]
    taught_once_concept_ids: tuple[str, ...]


class ConceptOrder(Enum):
    """Orderings of the concepts, precomputed so that no reader sorts."""

    NAME = "name"  # A to Z
    DEGREE = "degree"  # highest first, then by name (as are the others)
    BETWEENNESS = "betweenness"
    PAGERANK = "pagerank"
    TOPIC_COUNT = "topic-count"


@dataclass(frozen=True, slots=True)
class CorpusAnalysis:
    """Everything :func:`analyse` found; lookups return ``None`` or ``()`` for unknown ids."""

    themes: tuple[Theme, ...]  # largest first, then by label
    modularity: float
    centrality: Mapping[str, Centrality]  # by concept id, in concept-name order
    bridges: tuple[Bridge, ...]  # highest score first
    structural_gaps: tuple[StructuralGap, ...]  # weakest connection first
    similar_topics: Mapping[str, tuple[TopicSimilarity, ...]]  # by slug, most similar first
    alignments: Mapping[str, TopicAlignment]  # by slug
    assessments: Mapping[str, tuple[Assessment, ...]]  # by marking point id, strongest first
    assessed_by: Mapping[str, tuple[str, ...]]  # marking point ids by concept id
    summary: CorpusSummary
    concept_orders: Mapping[ConceptOrder, tuple[str, ...]]
    betweenness_pivots: int | None  # sources sampled for betweenness; None when exact
    _themes_by_id: Mapping[str, Theme] = field(repr=False, compare=False)
    _theme_of_concept: Mapping[str, Theme] = field(repr=False, compare=False)
    _pairs: PairSimilarity | None = field(default=None, repr=False, compare=False)

    def topic_similarity(self, a: str, b: str) -> float:
        """How similar two topics are, 0 to 1 (see :mod:`graph.analysis.similarity`)."""
        return self._pairs.similarity(a, b) if self._pairs is not None else 0.0

    def similarity_rows(self) -> Iterator[Sequence[float]]:
        """Every topic's similarity to every topic, a row at a time, in slug order."""
        if self._pairs is not None:
            yield from self._pairs.rows()

    def theme(self, theme_id: str) -> Theme | None:
        return self._themes_by_id.get(theme_id)

    def assessments_of(self, statement_id: str) -> tuple[Assessment, ...]:
        """The key concepts a marking point assesses, strongest first; ``()`` otherwise."""
        return self.assessments.get(statement_id, ())

    def assessing(self, concept_id: str) -> tuple[str, ...]:
        """The marking points that assess a concept, in corpus order."""
        return self.assessed_by.get(concept_id, ())

    def theme_of(self, concept_id: str) -> Theme | None:
        """The theme a concept belongs to; every concept of the graph has one."""
        return self._theme_of_concept.get(concept_id)

    def centrality_of(self, concept_id: str) -> Centrality | None:
        return self.centrality.get(concept_id)

    def ranked_concept_ids(self, order: ConceptOrder) -> tuple[str, ...]:
        """Every concept id in the given order (see :class:`ConceptOrder`)."""
        return self.concept_orders[order]

    def topics_similar_to(self, slug: str, limit: int | None = None) -> tuple[TopicSimilarity, ...]:
        """The topics most similar to ``slug``, at most ``limit`` (all when ``None``).

        Raises :class:`ValueError` for a negative ``limit``, as do the other ``top_``
        lookups; an unknown slug has no similar topics.
        """
        return _first(self.similar_topics.get(slug, ()), limit)

    def alignment(self, slug: str) -> TopicAlignment | None:
        return self.alignments.get(slug)

    def top_bridges(self, limit: int | None = None) -> tuple[Bridge, ...]:
        """The strongest bridges, at most ``limit`` (all when ``None``)."""
        return _first(self.bridges, limit)

    def top_gaps(self, limit: int | None = None) -> tuple[StructuralGap, ...]:
        """The weakest-connected pairs of themes, at most ``limit`` (all when ``None``)."""
        return _first(self.structural_gaps, limit)


_Item = TypeVar("_Item")


def _first(items: tuple[_Item, ...], limit: int | None) -> tuple[_Item, ...]:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be zero or more, not {limit}")
    return items[:limit]
