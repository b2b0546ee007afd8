"""Bridges: concepts whose links spread over several themes and that lie on shortest paths."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping, Sequence

from graph.analysis.results import Bridge, Centrality
from graph.analysis.ties import EXAMPLES, tie
from graph.graph import KnowledgeGraph
from graph.model import CoOccurrence

__all__ = ["bridges"]


def bridges(
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
        key=lambda bridge: (-tie(bridge.score), names[bridge.concept_id], bridge.concept_id)
    )
    return tuple(bridges)


def _strongest_links(
    concept_id: str,
    links: Sequence[CoOccurrence],
    themes: Sequence[str],
    own: str,
    names: Mapping[str, str],
) -> tuple[str, ...]:
    """The other ends of the first :data:`EXAMPLES` links out of ``own`` theme.

    Ranked by strength, then as ``graph.related`` breaks ties. Only the links at least
    as strong as the fifth strongest can come first, so only they are ranked; the sort
    is stable, so links that tie throughout keep the graph's link order.
    """
    crossing = [link for link, theme in zip(links, themes, strict=True) if theme != own]
    if len(crossing) > EXAMPLES:
        floor = heapq.nlargest(EXAMPLES, [link.strength for link in crossing])[-1]
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
    return tuple(link.other(concept_id) for link in ranked[:EXAMPLES])
