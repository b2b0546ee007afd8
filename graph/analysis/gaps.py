"""Structural gaps: pairs of themes with few or weak links between them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

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
            tie(gap.connection),
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


def _theme_number(theme_id: str) -> int:
    return int(theme_id.rsplit("-", 1)[1])


def _most_common(counter: Counter[str]) -> tuple[str, ...]:
    ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    return tuple(key for key, _ in ranked[:EXAMPLES])
