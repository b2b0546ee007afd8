"""Themes: the Louvain communities of the co-occurrence graph, ranked, labelled, measured."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from graph.analysis.results import Centrality, Theme
from graph.graph import KnowledgeGraph

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


def modularity(graph: KnowledgeGraph, communities: list[tuple[str, ...]]) -> float:
    """Strength-weighted modularity (resolution 1), summed in link order so every run agrees."""
    links = graph.link_columns
    strengths: list[float] = links.strengths.tolist()
    total = sum(strengths)
    if total == 0:
        return 0.0
    community_of = _community_numbers(graph, communities)
    a, b = community_of[links.sources], community_of[links.targets]
    # bincount adds its weights in the order given: each link's source, then its target
    degree: list[float] = np.bincount(
        np.column_stack((a, b)).ravel(),
        weights=np.repeat(links.strengths, 2),
        minlength=len(communities),
    ).tolist()
    inside = _inside_strengths(a, b, links.strengths, len(communities))
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
    community_of = _community_numbers(graph, ordered)
    links = graph.link_columns
    inside = _inside_strengths(
        community_of[links.sources], community_of[links.targets], links.strengths, len(ordered)
    )
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


def _community_numbers(graph: KnowledgeGraph, communities: list[tuple[str, ...]]) -> np.ndarray:
    """The number of each concept's community, by concept number (``graph.concepts`` order)."""
    number = {cid: index for index, members in enumerate(communities) for cid in members}
    # a concept without links may be left out (-1): no link reads its number
    return np.asarray([number.get(concept.id, -1) for concept in graph.concepts], dtype=np.int64)


def _inside_strengths(
    a: np.ndarray, b: np.ndarray, strengths: np.ndarray, count: int
) -> list[float]:
    """The strength of the links inside each community, summed in link order."""
    inside = a == b
    summed = np.bincount(a[inside], weights=strengths[inside], minlength=count)
    as_floats: list[float] = summed.tolist()
    return as_floats


def concept_name(graph: KnowledgeGraph, concept_id: str) -> str:
    concept = graph.concept(concept_id)
    return concept.name if concept is not None else concept_id
