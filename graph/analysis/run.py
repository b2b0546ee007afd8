"""The whole analysis of one graph, computed once per corpus version: :func:`analyse`."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from graph.analysis.alignment import alignment
from graph.analysis.bridges import bridges
from graph.analysis.gaps import gaps
from graph.analysis.network import Network, centrality, communities
from graph.analysis.results import CorpusAnalysis
from graph.analysis.similarity import (
    SentSimilarities,
    keeps_only_the_most_similar,
    similar_topics,
    similar_topics_received,
    similar_topics_to_send,
)
from graph.analysis.summary import concept_orders, summary
from graph.analysis.themes import modularity, ranked_communities, themes
from graph.graph import KnowledgeGraph
from graph.parallel import ForkedWorker

__all__ = ["analyse"]


@dataclass(frozen=True, slots=True)
class _Inputs:
    """What a worker process inherits: the graph and its igraph network."""

    graph: KnowledgeGraph
    network: Network


def _betweenness_share(inputs: _Inputs, half: int) -> list[float]:
    return inputs.network.betweenness(inputs.network.sources[half:])


def _similar_share(inputs: _Inputs) -> SentSimilarities:
    return similar_topics_to_send(inputs.graph)


def analyse(graph: KnowledgeGraph) -> CorpusAnalysis:
    """Analyse ``graph``: themes, centrality, bridges, gaps, similarity, alignment, summary.

    Pure and deterministic: the same graph gives an equal result on every run and in
    every process. Works on any graph, including an empty one or one without links.
    A large graph (betweenness from a sample of sources) is analysed by two processes:
    a forked worker counts the paths from the second half of the sources, and finds
    the most similar topics when only those are kept, while this one does the rest.
    """
    network = Network(graph)
    names = {concept.id: concept.name.casefold() for concept in graph.concepts}
    half = len(network.sources) // 2
    with ForkedWorker(_Inputs(graph, network), enabled=not network.exact) as worker:
        second_half = worker.submit(_betweenness_share, half)
        similar_elsewhere = (
            worker.submit(_similar_share)
            if not network.exact and keeps_only_the_most_similar(graph)
            else None
        )
        found = communities(network)
        measures = centrality(network, names, second_half)
        ranked = ranked_communities(found, measures, names)
        partition_modularity = modularity(graph.links, ranked)
        theme_list = themes(graph, ranked, partition_modularity)
        theme_of_concept = {cid: theme for theme in theme_list for cid in theme.member_ids}
        theme_ids = {cid: theme.id for cid, theme in theme_of_concept.items()}
        bridge_list = bridges(graph, theme_ids, measures, names)
        gap_list = gaps(graph, theme_list, theme_ids)
        similar = (
            similar_topics_received(similar_elsewhere.result())
            if similar_elsewhere is not None
            else similar_topics(graph)
        )
    return CorpusAnalysis(
        themes=theme_list,
        modularity=partition_modularity,
        centrality=MappingProxyType(measures),
        bridges=bridge_list,
        structural_gaps=gap_list,
        similar_topics=MappingProxyType(similar),
        alignments=MappingProxyType({t.slug: alignment(graph, t.slug) for t in graph.topics}),
        summary=summary(graph, len(theme_list)),
        concept_orders=MappingProxyType(concept_orders(graph, measures)),
        betweenness_pivots=None if network.exact else len(network.sources),
        _themes_by_id=MappingProxyType({theme.id: theme for theme in theme_list}),
        _theme_of_concept=MappingProxyType(theme_of_concept),
    )
