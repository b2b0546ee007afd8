"""Corpus analysis for curriculum designers: computed once per corpus version.

:func:`analyse` turns a :class:`~graph.graph.KnowledgeGraph` into a frozen
:class:`CorpusAnalysis`; ``KnowledgeGraph.analysis`` caches it, so readers (the
GraphQL resolvers, the exports) only look answers up. Every result carries the
evidence behind it, and every ordering breaks ties on names and ids, so the same
corpus gives the same analysis on every run.

Definitions
-----------
Co-occurrence graph
    Concepts are nodes; two concepts are linked when some topic mentions both. A
    link's *strength* is the Jaccard index of the two concepts' topic sets (0..1].
Themes
    Louvain communities of the co-occurrence graph, weighted by strength, with a
    fixed seed. A concept without links is a theme of its own. The *modularity* is
    that of the whole partition (strength-weighted, resolution 1).
Centrality
    *degree*: how many other concepts a concept co-occurs with. *betweenness*: the
    normalised share of shortest paths between other concepts that pass through it,
    where a link's length is ``1 / strength`` (strong links are short). *pagerank*:
    PageRank with damping 0.85 over strength-weighted links; the values sum to 1.
    Exact betweenness costs about nodes * links steps; above
    :data:`EXACT_BETWEENNESS_BUDGET` it is estimated from a seeded sample of source
    concepts (``CorpusAnalysis.betweenness_pivots`` says how many): the Brandes-Pich
    estimator, unbiased, whose error shrinks as one over the square root of the
    sources (at least 64).
Large graphs
    Up to :data:`EXACT_BETWEENNESS_BUDGET` (nodes * links) everything is computed
    with networkx and pure Python. Beyond, one igraph graph (C) gives the sampled
    betweenness (the sample networkx would draw, rescaled as networkx does; paths
    whose lengths differ only by float rounding count as equally short, which moves
    values by about 1e-4 of the largest), PageRank solved by PRPACK (within 1e-10
    of the power iteration) and the themes by igraph's multilevel Louvain (the same
    method, its own implementation: the themes of one graph can differ from
    networkx's, with a modularity as high). Nothing in the analysis is quadratic in
    topics or concepts at any size except the structural gaps, quadratic in themes.
Bridges
    A concept whose links spread over several themes (its *participation*: one minus
    the sum of squared shares of its link strength per theme, 0 when every link stays
    in one theme) and which lies on shortest paths between other concepts. Its score
    is participation * betweenness; concepts scoring 0 are not bridges.
Structural gaps
    Pairs of themes of at least two concepts each, weakest connection first: the
    total strength of the links between them divided by the number of possible
    links (``|A| * |B|``). Pairs with no link at all come first.
Topic similarity
    Weighted Jaccard of two topics' concept sets, where a concept counts
    ``1 / (number of topics that mention it)``: sharing a rare concept says more
    than sharing one every topic mentions. Only topics that share something appear.
    Every pair of topics that shares a concept is scored while there are at most
    :data:`SIMILAR_TOPICS_BUDGET` such pairs (about 1,500 generated topics). Beyond,
    each topic keeps its :data:`SIMILAR_TOPICS_KEPT` most similar, found among the
    topics that share one of its rarer concepts (see ``_most_similar_topics``):
    every score kept is exact, and a pair left out shares only concepts so common
    that its score is at most ``F / mass(a)``, ``F`` being the weight of topic
    ``a``'s common concepts.
Assessment alignment (per topic)
    A concept is *taught* by a topic when it is one of its key concepts, and
    *assessed* by a topic when one of that topic's marking points mentions it. A
    marking point *without a key concept* mentions none of its own topic's key
    concepts. A *tip model never assessed* is a model that the topic's exam tips
    mention and none of its marking points does.
Corpus summary
    *Taught once*: concepts that are a key concept of exactly one topic. *Recurring
    models*: models mentioned by two or more topics.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar, cast

import networkx as nx

from graph._igraph import igraph
from graph.model import Concept, ConceptKind, CoOccurrence, StatementKind
from graph.passes import ForkedTasks

if TYPE_CHECKING:
    from graph.graph import KnowledgeGraph

__all__ = [
    "EXACT_BETWEENNESS_BUDGET",
    "RANDOM_SEED",
    "SIMILAR_TOPICS_BUDGET",
    "SIMILAR_TOPICS_CANDIDATES",
    "SIMILAR_TOPICS_KEPT",
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
    "analyse",
]

RANDOM_SEED = 42  # for Louvain and for sampling betweenness sources
# nodes * links steps up to which betweenness is exact: the seeds and a few hundred
# generated topics stay exact and take about a second; beyond, a seeded sample of
# sources keeps the analysis to seconds (Brandes is O(nodes * links) in pure Python).
EXACT_BETWEENNESS_BUDGET = 4_000_000
_MIN_PIVOTS = 64
# Pairs of topics that share a concept (the sum over concepts of topics * (topics - 1)
# / 2) up to which every similar topic is kept; beyond, see _most_similar_topics.
SIMILAR_TOPICS_BUDGET = 1_000_000
SIMILAR_TOPICS_KEPT = 20
# Candidate pairs of topics examined for each topic's most similar, in large corpora.
SIMILAR_TOPICS_CANDIDATES = 200_000
_PAGERANK_DAMPING = 0.85
_PAGERANK_TOLERANCE = 1e-12
_PAGERANK_MAX_ITERATIONS = 500
_LABEL_MEMBERS = 3
_EXAMPLES = 5  # linking concepts and meeting topics kept to explain a bridge or a gap
_TIE_DIGITS = 12  # scores equal but for float rounding rank as equal, then by name


@dataclass(frozen=True, slots=True)
class Centrality:
    """How central a concept is in the co-occurrence graph (see the module docstring)."""

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

    ``shared_concept_ids`` go rarest first (they weigh most), then by name.
    """

    slug: str
    other: str
    score: float  # weighted Jaccard, 0..1
    shared_concept_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TopicAlignment:
    """Where a topic's teaching and assessment do not line up (see the module docstring).

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
    summary: CorpusSummary
    concept_orders: Mapping[ConceptOrder, tuple[str, ...]]
    betweenness_pivots: int | None  # sources sampled for betweenness; None when exact
    _themes_by_id: Mapping[str, Theme] = field(repr=False, compare=False)
    _theme_of_concept: Mapping[str, Theme] = field(repr=False, compare=False)

    def theme(self, theme_id: str) -> Theme | None:
        return self._themes_by_id.get(theme_id)

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


def analyse(graph: KnowledgeGraph) -> CorpusAnalysis:
    """Analyse ``graph``: themes, centrality, bridges, gaps, similarity, alignment, summary.

    Pure and deterministic: the same graph gives an equal result on every run and in
    every process. Works on any graph, including an empty one or one without links.
    Prefer ``graph.analysis``, which computes this once and keeps it.
    """
    if len(graph.concepts) * len(graph.links) <= EXACT_BETWEENNESS_BUDGET:
        return _analyse(graph, None)
    # A large graph: a helper process takes half the betweenness sources, then the
    # similar topics when only the most similar are kept (every similar pair would
    # take longer to send back than to find), while this one does the rest.
    network = _Network(graph)
    half = len(network.sources) // 2
    tasks: list[Callable[[], object]] = [partial(network.betweenness, network.sources[half:])]
    if _similar_pair_steps(graph) > SIMILAR_TOPICS_BUDGET:
        tasks.append(partial(_similar_topics_to_send, graph))
    with ForkedTasks(tasks) as helper:
        return _analyse(graph, (network, helper, len(tasks) > 1))


def _analyse(
    graph: KnowledgeGraph, large: tuple[_Network, ForkedTasks, bool] | None
) -> CorpusAnalysis:
    """The analysis of :func:`analyse`.

    ``large`` is None for a small graph; for a large one it holds the igraph network,
    the helper process, and whether the helper finds the similar topics.
    """
    names = {concept.id: concept.name.casefold() for concept in graph.concepts}
    edges: list[tuple[str, str, float]]
    if large is None:
        co_occurrence = graph.co_occurrence
        # the networkx graph's own edge order: sums of floats come out the same every run
        edges = [(a, b, data["strength"]) for a, b, data in co_occurrence.edges(data=True)]
        centrality = _centrality(co_occurrence, names)
        pivots = None
        communities = _communities(co_occurrence, centrality, names)
        total = float(co_occurrence.size(weight="strength"))
    else:
        network, helper, _ = large
        edges = [(link.source, link.target, link.strength) for link in graph.links]
        centrality, found = _large_graph_measures(network, names, helper)
        pivots = len(network.sources)
        communities = _ranked_communities(found, centrality, names)
        total = sum(strength for _, _, strength in edges)
    modularity = _modularity(edges, communities, total)
    themes = _themes(graph, edges, communities, modularity)
    theme_of_concept = {cid: theme for theme in themes for cid in theme.member_ids}
    theme_ids = {cid: theme.id for cid, theme in theme_of_concept.items()}
    bridges = _bridges(graph, theme_ids, centrality, names)
    gaps = _gaps(graph, themes, theme_ids)
    if large is not None and large[2]:
        similar = _similar_topics_received(cast("_SentSimilarities", large[1].result()))
    else:
        similar = _similar_topics(graph)
    return CorpusAnalysis(
        themes=themes,
        modularity=modularity,
        centrality=MappingProxyType(centrality),
        bridges=bridges,
        structural_gaps=gaps,
        similar_topics=MappingProxyType(similar),
        alignments=MappingProxyType({t.slug: _alignment(graph, t.slug) for t in graph.topics}),
        summary=_summary(graph, len(themes)),
        concept_orders=MappingProxyType(_concept_orders(graph, centrality)),
        betweenness_pivots=pivots,
        _themes_by_id=MappingProxyType({theme.id: theme for theme in themes}),
        _theme_of_concept=MappingProxyType(theme_of_concept),
    )


# centrality ---------------------------------------------------------------------------


def _centrality(co_occurrence: nx.Graph, names: Mapping[str, str]) -> dict[str, Centrality]:
    """Exact betweenness (networkx) and PageRank by power iteration: small graphs."""
    by_length = nx.Graph()
    by_length.add_nodes_from(co_occurrence)
    by_length.add_edges_from(
        (a, b, {"length": 1.0 / data["strength"]}) for a, b, data in co_occurrence.edges(data=True)
    )
    betweenness = nx.betweenness_centrality(by_length, weight="length", normalized=True)
    pagerank = _pagerank(co_occurrence)
    return {
        cid: Centrality(
            degree=co_occurrence.degree(cid),
            betweenness=float(betweenness[cid]),
            pagerank=pagerank[cid],
        )
        for cid in sorted(co_occurrence, key=lambda cid: (names[cid], cid))
    }


class _Network:
    """The co-occurrence graph in igraph, and the seeded sample of betweenness sources.

    The sources are those networkx would draw: ``random.Random(RANDOM_SEED).sample``
    of the concepts in graph order, as many as the budget allows and at least 64.
    """

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.ids = [concept.id for concept in graph.concepts]
        self.index = {cid: number for number, cid in enumerate(self.ids)}
        self.network = igraph.Graph(
            n=len(self.ids),
            edges=[(self.index[link.source], self.index[link.target]) for link in graph.links],
            directed=False,
        )
        strengths = [link.strength for link in graph.links]
        self.network.es["strength"] = strengths
        self.network.es["length"] = [1.0 / strength for strength in strengths]
        count, links = len(self.ids), max(len(graph.links), 1)
        pivots = min(count, max(_MIN_PIVOTS, EXACT_BETWEENNESS_BUDGET // links))
        self.sources: list[str] = random.Random(RANDOM_SEED).sample(self.ids, pivots)

    def betweenness(self, sources: Sequence[str]) -> list[float]:
        """The shortest paths from ``sources`` through each concept, summed (igraph's count)."""
        found: list[float] = self.network.betweenness(
            directed=False, weights="length", sources=[self.index[cid] for cid in sources]
        )
        return found


def _large_graph_measures(
    network: _Network, names: Mapping[str, str], helper: ForkedTasks
) -> tuple[dict[str, Centrality], list[list[str]]]:
    """Centrality and Louvain communities of a graph above the budget, with igraph.

    Betweenness is the estimate networkx computes from a seeded sample of sources
    (the same sources, drawn the same way, and the same rescaling), but accumulated
    in C: the first half of the sources here, the second half by ``helper``'s first
    task, always added in that order. PageRank is igraph's PRPACK solution of the
    same equations the power iteration approximates. Louvain is igraph's multilevel
    method with its random numbers drawn from a generator seeded with
    :data:`RANDOM_SEED`.
    """
    ids, index, graph = network.ids, network.index, network.network
    half = len(network.sources) // 2
    first = network.betweenness(network.sources[:half])
    pagerank = graph.pagerank(
        directed=False, damping=_PAGERANK_DAMPING, weights="strength", implementation="prpack"
    )
    degrees = graph.degree()
    generator = random.Random(RANDOM_SEED)
    igraph.set_random_number_generator(generator)
    try:
        partition = graph.community_multilevel(weights="strength")
    finally:
        igraph.set_random_number_generator(random)
    communities = [[ids[number] for number in members] for members in partition]
    second = cast("list[float]", helper.result())
    sampled = [a + b for a, b in zip(first, second, strict=True)]
    betweenness = _rescaled_sample(sampled, len(ids), {index[cid] for cid in network.sources})
    centrality = {
        cid: Centrality(
            degree=degrees[index[cid]],
            betweenness=betweenness[index[cid]],
            pagerank=float(pagerank[index[cid]]),
        )
        for cid in sorted(ids, key=lambda cid: (names[cid], cid))
    }
    return centrality, communities


def _rescaled_sample(sampled: list[float], count: int, sources: set[int]) -> list[float]:
    """Normalise betweenness summed over paths from ``sources`` as networkx does.

    igraph counts each path from a source once; networkx's accumulation counts it
    from both ends, hence the 2. A source cannot lie inside a path that starts at
    itself, so it is scaled by one source fewer.
    """
    others = count - 1  # endpoints are not counted
    if others < 2:
        return [0.0] * count
    pivots = len(sources)
    scale_source = 1 / ((pivots - 1) * (others - 1)) if pivots > 1 else 0.0
    scale_other = 1 / (pivots * (others - 1))
    return [
        2 * value * (scale_source if number in sources else scale_other)
        for number, value in enumerate(sampled)
    ]


def _pagerank(co_occurrence: nx.Graph) -> dict[str, float]:
    """Strength-weighted PageRank by power iteration (networkx's needs scipy).

    A concept without links (a dangling node) hands its rank to every concept equally.
    """
    nodes = list(co_occurrence)
    if not nodes:
        return {}
    count = len(nodes)
    out_strength = {
        node: sum(data["strength"] for _, _, data in co_occurrence.edges(node, data=True))
        for node in nodes
    }
    rank = dict.fromkeys(nodes, 1.0 / count)
    for _ in range(_PAGERANK_MAX_ITERATIONS):
        dangling = sum(rank[node] for node in nodes if out_strength[node] == 0)
        base = (1.0 - _PAGERANK_DAMPING) / count + _PAGERANK_DAMPING * dangling / count
        following = dict.fromkeys(nodes, base)
        for node in nodes:
            if out_strength[node] == 0:
                continue
            share = _PAGERANK_DAMPING * rank[node] / out_strength[node]
            for neighbour, data in co_occurrence[node].items():
                following[neighbour] += share * data["strength"]
        change = sum(abs(following[node] - rank[node]) for node in nodes)
        rank = following
        if change < _PAGERANK_TOLERANCE * count:
            break
    return rank


def _centrality_rank(
    cid: str, centrality: Mapping[str, Centrality], names: Mapping[str, str]
) -> tuple[float, float, int, str, str]:
    value = centrality[cid]
    return (-value.pagerank, -value.betweenness, -value.degree, names[cid], cid)


# themes -------------------------------------------------------------------------------


def _communities(
    co_occurrence: nx.Graph, centrality: Mapping[str, Centrality], names: Mapping[str, str]
) -> list[tuple[str, ...]]:
    if co_occurrence.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(co_occurrence, weight="strength", seed=RANDOM_SEED)
    return _ranked_communities(found, centrality, names)


def _ranked_communities(
    found: Iterable[Iterable[str]], centrality: Mapping[str, Centrality], names: Mapping[str, str]
) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(community, key=lambda cid: _centrality_rank(cid, centrality, names)))
        for community in found
    ]


def _modularity(
    edges: Iterable[tuple[str, str, float]], communities: list[tuple[str, ...]], total: float
) -> float:
    """Strength-weighted modularity, summed in a fixed order so every run agrees.

    ``total`` is the strength of every link.
    """
    if total == 0:
        return 0.0
    community_of = {cid: index for index, members in enumerate(communities) for cid in members}
    inside = [0.0] * len(communities)
    degree = [0.0] * len(communities)
    for a, b, strength in edges:
        degree[community_of[a]] += strength
        degree[community_of[b]] += strength
        if community_of[a] == community_of[b]:
            inside[community_of[a]] += strength
    return sum(
        inside[index] / total - (degree[index] / (2 * total)) ** 2
        for index in range(len(communities))
    )


def _themes(
    graph: KnowledgeGraph,
    edges: Iterable[tuple[str, str, float]],
    communities: list[tuple[str, ...]],
    modularity: float,
) -> tuple[Theme, ...]:
    def label(members: tuple[str, ...]) -> str:
        return ", ".join(_name(graph, cid) for cid in members[:_LABEL_MEMBERS])

    ordered = sorted(communities, key=lambda members: (-len(members), label(members), members))
    community_of = {cid: index for index, members in enumerate(ordered) for cid in members}
    inside = [0.0] * len(ordered)
    # summed in the graph's own edge order: a subgraph's order would follow set hashing
    for a, b, strength in edges:
        if community_of[a] == community_of[b]:
            inside[community_of[a]] += strength
    themes = []
    for number, members in enumerate(ordered, start=1):
        themes.append(
            Theme(
                id=f"theme-{number}",
                label=label(members),
                member_ids=members,
                modularity=modularity,
                internal_strength=inside[number - 1],
            )
        )
    return tuple(themes)


def _name(graph: KnowledgeGraph, concept_id: str) -> str:
    concept = graph.concept(concept_id)
    return concept.name if concept is not None else concept_id


# bridges and gaps ---------------------------------------------------------------------


def _bridges(
    graph: KnowledgeGraph,
    theme_ids: Mapping[str, str],
    centrality: Mapping[str, Centrality],
    names: Mapping[str, str],
) -> tuple[Bridge, ...]:
    bridges = []
    for concept in graph.concepts:
        cid = concept.id
        betweenness = centrality[cid].betweenness
        if betweenness == 0:
            continue  # participation is finite, so the score would be 0
        links = graph.links_of(cid)
        ends = [link.target if link.source == cid else link.source for link in links]
        themes = list(map(theme_ids.__getitem__, ends))
        strengths = [link.strength for link in links]
        per_theme: dict[str, float] = defaultdict(float)
        # summed in neighbour id order, so that every run adds the same floats alike
        for index in sorted(range(len(ends)), key=ends.__getitem__):
            per_theme[themes[index]] += strengths[index]
        total = sum(per_theme.values())
        if total == 0:
            continue
        own = theme_ids[cid]
        participation = 1.0 - sum((value / total) ** 2 for _, value in sorted(per_theme.items()))
        score = participation * betweenness
        if score <= 0:
            continue
        others = sorted(
            (theme for theme in per_theme if theme != own),
            key=lambda theme: (-per_theme[theme], theme),
        )
        bridges.append(
            Bridge(
                concept_id=cid,
                score=score,
                participation=participation,
                betweenness=betweenness,
                degree=centrality[cid].degree,
                theme_ids=(own, *others),
                linked_concept_ids=_strongest_links(cid, links, themes, own, names),
                topic_slugs=concept.topic_slugs,
            )
        )
    bridges.sort(
        key=lambda bridge: (-_tie(bridge.score), names[bridge.concept_id], bridge.concept_id)
    )
    return tuple(bridges)


def _strongest_links(
    concept_id: str,
    links: Sequence[CoOccurrence],
    themes: Sequence[str],
    own: str,
    names: Mapping[str, str],
) -> tuple[str, ...]:
    """The other ends of the first :data:`_EXAMPLES` links out of ``own`` theme.

    Ranked by strength, then as ``graph.related`` breaks ties. Only the links at least
    as strong as the fifth strongest can come first, so only they are ranked; the sort
    is stable, so links that tie throughout keep the graph's link order.
    """
    crossing = [link for link, theme in zip(links, themes, strict=True) if theme != own]
    if len(crossing) > _EXAMPLES:
        floor = heapq.nlargest(_EXAMPLES, [link.strength for link in crossing])[-1]
        crossing = [link for link in crossing if link.strength >= floor]
    ranked = sorted(
        crossing,
        key=lambda link: (
            -link.strength,
            names[link.other(concept_id)],
            -len(link.evidence),
            -link.weight,
        ),
    )
    return tuple(link.other(concept_id) for link in ranked[:_EXAMPLES])


def _gaps(
    graph: KnowledgeGraph, themes: tuple[Theme, ...], theme_ids: Mapping[str, str]
) -> tuple[StructuralGap, ...]:
    candidates = [theme for theme in themes if theme.size >= 2]
    numbers = {theme.id: _theme_number(theme.id) for theme in themes}
    number_of = {cid: numbers[theme_id] for cid, theme_id in theme_ids.items()}
    # pairs of theme numbers, lower first; strengths are summed in link order
    strengths: dict[tuple[int, int], float] = defaultdict(float)
    carriers: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for link in graph.links:
        source, target = link.source, link.target
        a, b = number_of[source], number_of[target]
        if a == b:
            continue
        pair = (a, b) if a < b else (b, a)
        strengths[pair] += link.strength
        carried = carriers[pair]
        carried[source] += 1
        carried[target] += 1
    meetings = _meetings(graph, number_of)
    gaps = []
    for index, first in enumerate(candidates):
        for second in candidates[index + 1 :]:
            pair = (numbers[first.id], numbers[second.id])
            carried = carriers.get(pair, Counter())
            count = carried.total() // 2  # each link has a carrier at both ends
            strength = strengths.get(pair, 0.0)
            possible = first.size * second.size
            gaps.append(
                StructuralGap(
                    theme_a=first.id,
                    theme_b=second.id,
                    link_count=count,
                    total_strength=strength,
                    density=count / possible,
                    connection=strength / possible,
                    linking_concept_ids=_most_common(carried),
                    meeting_topic_slugs=_most_common(meetings.get(pair, Counter())),
                )
            )
    gaps.sort(
        key=lambda gap: (
            _tie(gap.connection),
            gap.link_count,
            _theme_number(gap.theme_a),
            _theme_number(gap.theme_b),
        )
    )
    return tuple(gaps)


def _meetings(
    graph: KnowledgeGraph, number_of: Mapping[str, int]
) -> dict[tuple[int, int], Counter[str]]:
    """For each pair of theme numbers, the links between the two themes in each topic.

    Every two concepts of a topic are linked, so a topic with ``m`` concepts of one
    theme and ``n`` of another holds ``m * n`` links between them: counted per topic,
    not per link (a large corpus has a million links).
    """
    meetings: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for topic in graph.topics:
        present = Counter(map(number_of.__getitem__, topic.concept_ids))
        if len(present) < 2:
            continue
        ordered = sorted(present.items())
        for index, (a, in_a) in enumerate(ordered):
            for b, in_b in ordered[index + 1 :]:
                meetings[a, b][topic.slug] += in_a * in_b
    return meetings


def _tie(score: float) -> float:
    return round(score, _TIE_DIGITS)


def _theme_number(theme_id: str) -> int:
    return int(theme_id.rsplit("-", 1)[1])


def _most_common(counter: Counter[str]) -> tuple[str, ...]:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return tuple(key for key, _ in ranked[:_EXAMPLES])


# topics -------------------------------------------------------------------------------


# The similar topics as plain tuples, (slug, [(other, score, shared ids), ...]):
# frozen dataclasses unpickle through a Python-level __setstate__ each, which cost
# more than making them again.
_SentSimilarities = list[tuple[str, list[tuple[str, float, tuple[str, ...]]]]]


def _similar_topics_to_send(graph: KnowledgeGraph) -> _SentSimilarities:
    return [
        (slug, [(s.other, s.score, s.shared_concept_ids) for s in similar])
        for slug, similar in _similar_topics(graph).items()
    ]


def _similar_topics_received(
    sent: _SentSimilarities,
) -> dict[str, tuple[TopicSimilarity, ...]]:
    return {slug: tuple(TopicSimilarity(slug, *row) for row in rows) for slug, rows in sent}


def _similar_topics(graph: KnowledgeGraph) -> dict[str, tuple[TopicSimilarity, ...]]:
    weight = {concept.id: 1.0 / len(concept.topic_slugs) for concept in graph.concepts}
    mass = {
        topic.slug: sum(weight[cid] for cid in sorted(topic.concept_ids)) for topic in graph.topics
    }
    if _similar_pair_steps(graph) > SIMILAR_TOPICS_BUDGET:
        return _most_similar_topics(graph, weight, mass)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for concept in graph.concepts:
        slugs = concept.topic_slugs
        for index, a in enumerate(slugs):
            for b in slugs[index + 1 :]:
                shared[(a, b)].append(concept.id)
    rarest_first = {c.id: _rarest_first(graph, weight, c.id) for c in graph.concepts}
    found: dict[str, list[TopicSimilarity]] = {topic.slug: [] for topic in graph.topics}
    for (a, b), concept_ids in sorted(shared.items()):
        ranked = tuple(sorted(concept_ids, key=rarest_first.__getitem__))
        common = sum(weight[cid] for cid in sorted(concept_ids))
        score = common / (mass[a] + mass[b] - common)
        found[a].append(TopicSimilarity(a, b, score, ranked))
        found[b].append(TopicSimilarity(b, a, score, ranked))
    return {
        slug: tuple(
            sorted(similar, key=lambda s: (-_tie(s.score), -len(s.shared_concept_ids), s.other))
        )
        for slug, similar in found.items()
    }


def _rarest_first(
    graph: KnowledgeGraph, weight: Mapping[str, float], concept_id: str
) -> tuple[float, str, str]:
    return (-weight[concept_id], _name(graph, concept_id).casefold(), concept_id)


def _similar_pair_steps(graph: KnowledgeGraph) -> int:
    """Pairs of topics joined by each concept, summed: the work of every similar pair."""
    return sum(_pairs(len(concept.topic_slugs)) for concept in graph.concepts)


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def _most_similar_topics(
    graph: KnowledgeGraph, weight: Mapping[str, float], mass: Mapping[str, float]
) -> dict[str, tuple[TopicSimilarity, ...]]:
    """The :data:`SIMILAR_TOPICS_KEPT` most similar topics of each topic, for large corpora.

    Candidate pairs are the topics that share a *rare* concept: concepts are taken
    from the rarest up while the pairs of topics they join stay within
    :data:`SIMILAR_TOPICS_CANDIDATES`. Every candidate's score is exact; a pair that
    shares only commoner concepts is left out. Such a pair's score is at most
    ``F / mass(a)``, where ``F`` is the weight of the commoner concepts of topic ``a``
    (each weighs ``1 / topics``, so little): a topic whose last kept score is at
    least that has exactly the right list.
    """
    slugs = [topic.slug for topic in graph.topics]
    number = {slug: index for index, slug in enumerate(slugs)}
    concept_sets = [frozenset(topic.concept_ids) for topic in graph.topics]
    masses = [mass[slug] for slug in slugs]
    count = len(slugs)
    candidates: set[int] = set()
    steps = 0
    for concept in sorted(graph.concepts, key=lambda c: (len(c.topic_slugs), c.id)):
        steps += _pairs(len(concept.topic_slugs))
        if steps > SIMILAR_TOPICS_CANDIDATES:
            break
        numbers = [number[slug] for slug in concept.topic_slugs]
        for position, a in enumerate(numbers):
            candidates.update(a * count + b for b in numbers[position + 1 :])
    # per topic: (-rounded score, -shared concepts, other slug, other, score), best first
    kept: list[list[tuple[float, int, str, int, float]]] = [[] for _ in slugs]
    for pair in sorted(candidates):
        a, b = divmod(pair, count)
        shared = sorted(concept_sets[a] & concept_sets[b])
        common = sum([weight[cid] for cid in shared])
        score = common / (masses[a] + masses[b] - common)
        rounded = -_tie(score)
        kept[a].append((rounded, -len(shared), slugs[b], b, score))
        kept[b].append((rounded, -len(shared), slugs[a], a, score))
        for own in (a, b):
            if len(kept[own]) >= 4 * SIMILAR_TOPICS_KEPT:
                kept[own].sort()
                del kept[own][SIMILAR_TOPICS_KEPT:]
    rarest_first = {c.id: _rarest_first(graph, weight, c.id) for c in graph.concepts}
    result: dict[str, tuple[TopicSimilarity, ...]] = {}
    for own, found in enumerate(kept):
        found.sort()
        result[slugs[own]] = tuple(
            TopicSimilarity(
                slugs[own],
                slugs[other],
                score,
                tuple(
                    sorted(concept_sets[own] & concept_sets[other], key=rarest_first.__getitem__)
                ),
            )
            for _, _, _, other, score in found[:SIMILAR_TOPICS_KEPT]
        )
    return result


def _alignment(graph: KnowledgeGraph, slug: str) -> TopicAlignment:
    topic = graph.topic(slug)
    assert topic is not None  # callers pass slugs of graph.topics
    key_ids = set(topic.key_concept_ids)
    marking_points = graph.statements_of(slug, StatementKind.MARKING_POINT)
    assessed = {cid for point in marking_points for cid in point.concept_ids}
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
            point.id for point in marking_points if not key_ids.intersection(point.concept_ids)
        ),
        tip_models_never_assessed=tuple(cid for cid in tip_models if cid not in assessed),
    )


def _is_model(concept: Concept | None) -> bool:
    return concept is not None and concept.kind is ConceptKind.MODEL


def _in_order(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


# summary and orderings ----------------------------------------------------------------


def _summary(graph: KnowledgeGraph, theme_count: int) -> CorpusSummary:
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


def _concept_orders(
    graph: KnowledgeGraph, centrality: Mapping[str, Centrality]
) -> dict[ConceptOrder, tuple[str, ...]]:
    by_name = tuple(concept.id for concept in graph.concepts)  # the graph sorts by name

    def descending(value: Mapping[str, float]) -> tuple[str, ...]:
        # sorted() is stable, so equal values keep name order
        return tuple(sorted(by_name, key=lambda cid: -_tie(value[cid])))

    return {
        ConceptOrder.NAME: by_name,
        ConceptOrder.DEGREE: descending({cid: c.degree for cid, c in centrality.items()}),
        ConceptOrder.BETWEENNESS: descending({cid: c.betweenness for cid, c in centrality.items()}),
        ConceptOrder.PAGERANK: descending({cid: c.pagerank for cid, c in centrality.items()}),
        ConceptOrder.TOPIC_COUNT: descending(
            {concept.id: len(concept.topic_slugs) for concept in graph.concepts}
        ),
    }
