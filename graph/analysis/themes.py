"""Themes: the Louvain communities of the co-occurrence graph, ranked, labelled, measured."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from graph.analysis.results import Centrality, Theme
from graph.graph import KnowledgeGraph
from graph.model import CoOccurrence

__all__ = ["modularity", "ranked_communities", "themes"]

_LABEL_MEMBERS = 3


def _centrality_rank(
    cid: str, centrality: Mapping[str, Centrality], names: Mapping[str, str]
) -> tuple[float, float, int, str, str]:
    value = centrality[cid]
    return (-value.pagerank, -value.betweenness, -value.degree, names[cid], cid)


def ranked_communities(
    found: Iterable[Iterable[str]], centrality: Mapping[str, Centrality], names: Mapping[str, str]
) -> list[tuple[str, ...]]:
    """Each community's members, most central first (PageRank, betweenness, degree, name)."""
    return [
        tuple(sorted(community, key=lambda cid: _centrality_rank(cid, centrality, names)))
        for community in found
    ]


def modularity(links: Sequence[CoOccurrence], communities: list[tuple[str, ...]]) -> float:
    """Strength-weighted modularity (resolution 1), summed in link order so every run agrees."""
    total = sum(link.strength for link in links)
    if total == 0:
        return 0.0
    community_of = {cid: index for index, members in enumerate(communities) for cid in members}
    inside = [0.0] * len(communities)
    degree = [0.0] * len(communities)
    for link in links:
        a, b = community_of[link.source], community_of[link.target]
        degree[a] += link.strength
        degree[b] += link.strength
        if a == b:
            inside[a] += link.strength
    return sum(
        inside[index] / total - (degree[index] / (2 * total)) ** 2
        for index in range(len(communities))
    )


def themes(
    graph: KnowledgeGraph, communities: list[tuple[str, ...]], modularity: float
) -> tuple[Theme, ...]:
    """The communities as themes: largest first, then by label; numbered in that order."""

    def label(members: tuple[str, ...]) -> str:
        return ", ".join(concept_name(graph, cid) for cid in members[:_LABEL_MEMBERS])

    ordered = sorted(communities, key=lambda members: (-len(members), label(members), members))
    community_of = {cid: index for index, members in enumerate(ordered) for cid in members}
    inside = [0.0] * len(ordered)
    # summed in the graph's link order: a subgraph's order would follow set hashing
    for link in graph.links:
        if community_of[link.source] == community_of[link.target]:
            inside[community_of[link.source]] += link.strength
    return tuple(
        Theme(
            id=f"theme-{number}",
            label=label(members),
            member_ids=members,
            modularity=modularity,
            internal_strength=inside[number - 1],
        )
        for number, members in enumerate(ordered, start=1)
    )


def concept_name(graph: KnowledgeGraph, concept_id: str) -> str:
    concept = graph.concept(concept_id)
    return concept.name if concept is not None else concept_id
