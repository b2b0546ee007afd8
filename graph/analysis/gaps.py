"""Structural gaps: pairs of themes with few or weak links between them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

import numpy as np

from graph.analysis.results import StructuralGap, Theme
from graph.analysis.ties import EXAMPLES, tie
from graph.graph import KnowledgeGraph

__all__ = ["gaps"]


def gaps(
    graph: KnowledgeGraph, themes: tuple[Theme, ...], theme_ids: Mapping[str, str]
) -> tuple[StructuralGap, ...]:
    candidates = [theme for theme in themes if theme.size >= 2]
    numbers = {theme.id: _theme_number(theme.id) for theme in themes}
    number_of = {cid: numbers[theme_id] for cid, theme_id in theme_ids.items()}
    strengths, carriers = _links_between(graph, number_of, max(numbers.values(), default=0) + 1)
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
            tie(gap.connection),
            gap.link_count,
            _theme_number(gap.theme_a),
            _theme_number(gap.theme_b),
        )
    )
    return tuple(gaps)


def _links_between(
    graph: KnowledgeGraph, number_of: Mapping[str, int], width: int
) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], Counter[str]]]:
    """For each pair of theme numbers (lower first) that links join: the strength of
    those links, summed in link order, and how many of them each concept carries."""
    # a concept without links may have no theme (-1): no link reads its number
    theme_of = np.asarray(
        [number_of.get(concept.id, -1) for concept in graph.concepts], dtype=np.int64
    )
    links = graph.link_columns
    a, b = theme_of[links.sources], theme_of[links.targets]
    crossing = np.flatnonzero(a != b)
    pair_keys = np.minimum(a, b)[crossing] * width + np.maximum(a, b)[crossing]
    # bincount adds its weights in the order given: link order
    summed = np.bincount(pair_keys, weights=links.strengths[crossing], minlength=width * width)
    strengths = {divmod(key, width): float(summed[key]) for key in np.unique(pair_keys).tolist()}
    count = len(graph.concepts)
    ends = np.concatenate((links.sources[crossing], links.targets[crossing]))
    carried, times = np.unique(np.tile(pair_keys, 2) * count + ends, return_counts=True)
    carriers: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for key, number in zip(carried.tolist(), times.tolist(), strict=True):
        pair_key, concept = divmod(key, count)
        carriers[divmod(pair_key, width)][graph.concepts[concept].id] = number
    return strengths, carriers


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


def _theme_number(theme_id: str) -> int:
    return int(theme_id.rsplit("-", 1)[1])


def _most_common(counter: Counter[str]) -> tuple[str, ...]:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return tuple(key for key, _ in ranked[:EXAMPLES])
