"""One implementation of the analysis at every size: igraph timed beside networkx's reference.

``make bench`` runs this on the seeds and on small generated corpora, where networkx
could still be used, and reports for each: the seconds networkx takes for exact
betweenness, PageRank and Louvain (what the analysis of small graphs used to compute
with it), the seconds the analysis's igraph code takes for the same three, and how
far apart the answers are. The numbers say whether a second implementation would
earn its keep below some size.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from graph import load_corpus
from graph.analysis import network, themes
from graph.parallel import Pending

__all__ = ["ImplementationComparison", "compare_implementations"]


@dataclass(frozen=True, slots=True)
class ImplementationComparison:
    """The same three measures of one corpus, from networkx and from igraph."""

    corpus: str
    concepts: int
    links: int
    networkx_seconds: float
    igraph_seconds: float
    betweenness_difference: float  # the largest absolute difference over the concepts
    pagerank_difference: float
    networkx_modularity: float
    igraph_modularity: float

    @property
    def speed_up(self) -> float:
        return self.networkx_seconds / self.igraph_seconds if self.igraph_seconds else 0.0


def compare_implementations(folder: Path, name: str) -> ImplementationComparison:
    """Time both on ``folder``'s graph, side by side in this process.

    The corpus must be small enough for exact betweenness (see
    :data:`graph.analysis.network.EXACT_BETWEENNESS_BUDGET`), as networkx's is exact.
    """
    graph = load_corpus(folder).graph
    co_occurrence = graph.co_occurrence
    names = {concept.id: concept.name.casefold() for concept in graph.concepts}
    started = time.perf_counter()
    by_length = nx.Graph()
    by_length.add_nodes_from(co_occurrence)
    by_length.add_edges_from(
        (a, b, {"length": network.link_length(data["strength"])})
        for a, b, data in co_occurrence.edges(data=True)
    )
    reference_betweenness = nx.betweenness_centrality(by_length, weight="length")
    reference_pagerank = _pagerank_python(co_occurrence, weight="strength", tol=1e-12)
    reference_communities = nx.community.louvain_communities(
        co_occurrence, weight="strength", seed=network.RANDOM_SEED
    )
    networkx_seconds = time.perf_counter() - started
    started = time.perf_counter()
    found = network.Network(graph)
    half = len(found.sources) // 2
    second_half = Pending(None, lambda: found.betweenness(found.sources[half:]))
    with_igraph = network.centrality(found, names, second_half)
    communities = network.communities(found)
    igraph_seconds = time.perf_counter() - started
    return ImplementationComparison(
        corpus=name,
        concepts=len(graph.concepts),
        links=len(graph.links),
        networkx_seconds=networkx_seconds,
        igraph_seconds=igraph_seconds,
        betweenness_difference=max(
            (abs(with_igraph[c].betweenness - reference_betweenness[c]) for c in with_igraph),
            default=0.0,
        ),
        pagerank_difference=max(
            (abs(with_igraph[c].pagerank - reference_pagerank[c]) for c in with_igraph),
            default=0.0,
        ),
        networkx_modularity=themes.modularity(graph, [tuple(c) for c in reference_communities]),
        igraph_modularity=themes.modularity(graph, [tuple(c) for c in communities]),
    )
