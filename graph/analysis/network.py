"""The co-occurrence graph in igraph: betweenness, PageRank and Louvain, at every size.

One implementation for every corpus: igraph computes each measure in C, about fifty
times faster than networkx on a few hundred topics (``docs/benchmarks.md``), and the
tests check its answers against networkx's on small graphs.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

import numpy as np

from graph._igraph import igraph
from graph.analysis.results import Centrality
from graph.graph import KnowledgeGraph
from graph.parallel import Pending

__all__ = [
    "EXACT_BETWEENNESS_BUDGET",
    "LOUVAIN_BUDGET",
    "LOUVAIN_RUNS",
    "RANDOM_SEED",
    "Network",
    "centrality",
    "communities",
    "link_length",
    "link_lengths",
]

RANDOM_SEED = 42  # for Louvain and for sampling betweenness sources
# nodes * links steps up to which betweenness counts the paths from every concept;
# beyond, from a seeded sample of source concepts (at least 64), which keeps a
# 10,000-topic analysis to seconds.
EXACT_BETWEENNESS_BUDGET = 4_000_000
_MIN_PIVOTS = 64
# Louvain is run from LOUVAIN_RUNS seeds and the partition of highest modularity kept:
# one run can stop at a local optimum on a small graph (the seeds: 0.505 from one
# seed, 0.519 from the best of eight). Runs are cut so that runs * links stays within
# LOUVAIN_BUDGET, down to one: on large graphs every seed converges alike.
LOUVAIN_RUNS = 8
LOUVAIN_BUDGET = 1_000_000
_PAGERANK_DAMPING = 0.85
_SAME_MODULARITY = 1e-12  # partitions closer than this in modularity are equally good


class Network:
    """The co-occurrence graph in igraph, and the concepts betweenness counts paths from.

    The sources are every concept while nodes * links stays within
    :data:`EXACT_BETWEENNESS_BUDGET`; beyond, ``random.Random(RANDOM_SEED).sample`` of
    the concepts in graph order (the sample networkx would draw), as many as the
    budget allows and at least 64. ``exact`` says which.
    """

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.ids = [concept.id for concept in graph.concepts]
        self.index = {cid: number for number, cid in enumerate(self.ids)}
        columns = graph.link_columns  # ends numbered in graph.concepts order, as self.ids
        self.network = igraph.Graph(
            n=len(self.ids),
            edges=np.column_stack((columns.sources, columns.targets)).tolist(),
            directed=False,
        )
        self.network.es["strength"] = columns.strengths.tolist()
        self.network.es["length"] = link_lengths(columns.strengths).tolist()
        count, links = len(self.ids), len(graph.links)
        self.exact = count * links <= EXACT_BETWEENNESS_BUDGET
        if self.exact:
            self.sources = list(self.ids)
        else:
            pivots = min(count, max(_MIN_PIVOTS, EXACT_BETWEENNESS_BUDGET // links))
            self.sources = random.Random(RANDOM_SEED).sample(self.ids, pivots)

    def betweenness(self, sources: Sequence[str]) -> list[float]:
        """The shortest paths from ``sources`` through each concept, summed (igraph's count).

        Paths of equal length are equally short: lengths are on a binary grid
        (:func:`link_length`), so their sums are exact.
        """
        if not sources:
            return [0.0] * len(self.ids)
        found: list[float] = self.network.betweenness(
            directed=False, weights="length", sources=[self.index[cid] for cid in sources]
        )
        return found


_LENGTH_GRID = 2.0**-20


def link_length(strength: float) -> float:
    """A link's length for shortest paths: ``1 / strength``, to the nearest 2⁻²⁰.

    On that grid a sum of a few lengths is exact, so two paths as long as each other
    (1/3 + 1/3 + 1/3 and 1) tie in any implementation, where unrounded floats would
    make one of them shorter by rounding alone.
    """
    return round(1.0 / strength / _LENGTH_GRID) * _LENGTH_GRID


def link_lengths(strengths: np.ndarray) -> np.ndarray:
    """:func:`link_length` of every strength: the same floats (both round half to even)."""
    lengths: np.ndarray = np.round(1.0 / strengths / _LENGTH_GRID) * _LENGTH_GRID
    return lengths


def centrality(
    network: Network, names: Mapping[str, str], second_half: Pending[list[float]]
) -> dict[str, Centrality]:
    """Degree, betweenness and PageRank of every concept, in name order.

    Betweenness counts the shortest paths (a link's length is ``1 / strength``) from
    every source: the first half here, the second half as ``second_half`` gives it
    (a worker process's, or counted here when asked), always added in that order. It is then
    normalised as networkx does. PageRank is igraph's PRPACK solution of the
    strength-weighted PageRank equations (damping 0.85).
    """
    ids, index, graph = network.ids, network.index, network.network
    half = len(network.sources) // 2
    first = network.betweenness(network.sources[:half])
    sampled = [a + b for a, b in zip(first, second_half.result(), strict=True)]
    betweenness = _normalised(sampled, len(ids), {index[cid] for cid in network.sources})
    pagerank = (
        graph.pagerank(
            directed=False, damping=_PAGERANK_DAMPING, weights="strength", implementation="prpack"
        )
        if ids
        else []
    )
    degrees = graph.degree()
    return {
        cid: Centrality(
            degree=degrees[index[cid]],
            betweenness=betweenness[index[cid]],
            pagerank=float(pagerank[index[cid]]),
        )
        for cid in sorted(ids, key=lambda cid: (names[cid], cid))
    }


def _normalised(counted: list[float], count: int, sources: set[int]) -> list[float]:
    """Normalise betweenness summed over paths from ``sources`` as networkx does.

    igraph counts each path from a source once; networkx's accumulation counts it
    from both ends, hence the 2. A source cannot lie inside a path that starts at
    itself, so from a sample it is scaled by one source fewer; with every concept a
    source this is networkx's exact normalisation, ``2 / ((n - 1) (n - 2))``.
    """
    others = count - 1  # endpoints are not counted
    if others < 2:
        return [0.0] * count
    pivots = len(sources)
    scale_source = 1 / ((pivots - 1) * (others - 1)) if pivots > 1 else 0.0
    scale_other = 1 / (pivots * (others - 1))
    return [
        2 * value * (scale_source if number in sources else scale_other)
        for number, value in enumerate(counted)
    ]


def communities(network: Network) -> list[list[str]]:
    """Louvain communities of the strength-weighted graph (igraph's multilevel method).

    Run from the seeds ``RANDOM_SEED``, ``RANDOM_SEED + 1`` ... (see
    :data:`LOUVAIN_RUNS`); the partition of highest modularity wins, the earliest
    seed among equals. A concept without links is a community of its own.
    """
    graph = network.network
    if graph.ecount() == 0:
        return [[cid] for cid in network.ids]
    runs = max(1, min(LOUVAIN_RUNS, LOUVAIN_BUDGET // max(graph.ecount(), 1)))
    best: list[int] | None = None
    best_modularity = float("-inf")
    try:
        for run in range(runs):
            igraph.set_random_number_generator(random.Random(RANDOM_SEED + run))
            membership = graph.community_multilevel(weights="strength").membership
            modularity = graph.modularity(membership, weights="strength")
            if modularity > best_modularity + _SAME_MODULARITY:
                best, best_modularity = membership, modularity
    finally:
        igraph.set_random_number_generator(random)
    assert best is not None
    members: dict[int, list[str]] = {}
    for number, community in enumerate(best):
        members.setdefault(community, []).append(network.ids[number])
    return list(members.values())
