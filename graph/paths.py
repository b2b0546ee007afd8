"""The strongest of the shortest chains between two concepts, found from both ends.

Two concepts are one step apart when they share a topic, that is when a co-occurrence
link joins them, so a chain is a path in the graph of links. A breadth-first search
from one end would visit most of a large corpus before it reached the other: with
10,000 topics nearly every concept is two steps from every other, and the search
walks close to a million links. Searching from both ends at once, always widening the
side whose next level has fewer links, meets in the middle after a few thousand.

Of the chains of that shortest length, the one whose links add up to the greatest
strength wins; equal strengths go to the chain whose concept ids come first in order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from graph.model import CoOccurrence

__all__ = ["strongest_shortest_chain"]

# Sums of strengths closer than this are equal: the same chain's strength may be added
# up in another order and differ in the last bit.
_EQUAL_STRENGTH = 1e-9

_Steps = dict[str, list[tuple[str, CoOccurrence]]]  # a concept's next concepts on a chain
_LinkLookup = Callable[[str, str], CoOccurrence | None]  # KnowledgeGraph.link


class _Search:
    """A breadth-first search from one end, one whole level at a time."""

    def __init__(self, start: str, links_of: Mapping[str, Sequence[CoOccurrence]]) -> None:
        self.links_of = links_of
        self.depth_of = {start: 0}
        self.levels = [[start]]
        self.next_cost = len(links_of[start])  # links the next widening walks

    @property
    def depth(self) -> int:
        return len(self.levels) - 1

    def widen(self, other: _Search) -> list[str]:
        """Add the next level; return its concepts that the other search has reached."""
        depth = len(self.levels)
        level: list[str] = []
        met: list[str] = []
        cost = 0
        depth_of, links_of, reached = self.depth_of, self.links_of, other.depth_of
        for concept in self.levels[-1]:
            for link in links_of[concept]:
                neighbour = link.target if link.source == concept else link.source
                if neighbour not in depth_of:
                    depth_of[neighbour] = depth
                    level.append(neighbour)
                    cost += len(links_of[neighbour])
                    if neighbour in reached:
                        met.append(neighbour)
        self.levels.append(level)
        self.next_cost = cost
        return met

    def steps_towards(
        self, known: Sequence[str], depth: int, link: _LinkLookup
    ) -> tuple[list[str], list[tuple[str, str, CoOccurrence]]]:
        """This search's concepts at ``depth`` that are linked to one of ``known``.

        Returns them with each link found, as ``(found, known, link)``. Whichever is
        cheaper: walk the links of ``known``, or look up every pair with that level.
        """
        level = self.levels[depth]
        found: dict[str, None] = {}
        pairs: list[tuple[str, str, CoOccurrence]] = []
        if len(level) * len(known) <= sum(len(self.links_of[k]) for k in known):
            for near in known:
                for candidate in level:
                    joining = link(candidate, near)
                    if joining is not None:
                        found[candidate] = None
                        pairs.append((candidate, near, joining))
        else:
            depth_of = self.depth_of
            for near in known:
                for joining in self.links_of[near]:
                    candidate = joining.other(near)
                    if depth_of.get(candidate) == depth:
                        found[candidate] = None
                        pairs.append((candidate, near, joining))
        return list(found), pairs


def strongest_shortest_chain(
    start: str,
    end: str,
    links_of: Mapping[str, Sequence[CoOccurrence]],
    link: _LinkLookup,
) -> tuple[tuple[str, ...], tuple[CoOccurrence, ...]] | None:
    """The concept ids of the chain from ``start`` to ``end``, and the links between them.

    ``None`` when nothing joins them. Both ends must be keys of ``links_of``.
    """
    if start == end:
        return (start,), ()
    forward, backward = _Search(start, links_of), _Search(end, links_of)
    met: list[str] = []
    while not met:
        widening, other = (
            (forward, backward) if forward.next_cost <= backward.next_cost else (backward, forward)
        )
        if not widening.levels[-1]:
            return None
        met = widening.widen(other)
    # Every concept where the searches met lies forward.depth steps from the start
    # and backward.depth from the end, and every shortest chain passes through one.
    meeting, length = forward.depth, forward.depth + backward.depth
    steps: list[_Steps] = [{} for _ in range(length)]  # steps[i]: from position i to i + 1
    layer = met
    for position in range(meeting - 1, -1, -1):
        layer, pairs = forward.steps_towards(layer, position, link)
        for earlier, later, joining in pairs:
            steps[position].setdefault(earlier, []).append((later, joining))
    layer = met
    for position in range(meeting + 1, length + 1):
        layer, pairs = backward.steps_towards(layer, length - position, link)
        for later, earlier, joining in pairs:
            steps[position - 1].setdefault(earlier, []).append((later, joining))
    return _strongest(start, end, steps)


def _strongest(
    start: str, end: str, steps: list[_Steps]
) -> tuple[tuple[str, ...], tuple[CoOccurrence, ...]]:
    """Walk the strongest chain through ``steps``, taking the lowest id among equals."""
    # the strength of the strongest rest of a chain from each concept, from the end back
    rest = {end: 0.0}
    for position in range(len(steps) - 1, -1, -1):
        for concept, onward in steps[position].items():
            rest[concept] = max(joining.strength + rest[later] for later, joining in onward)
    chain, links = [start], []
    for position in range(len(steps)):
        here = chain[-1]
        best = rest[here] - _EQUAL_STRENGTH
        later, joining = min(
            (
                (later, joining)
                for later, joining in steps[position][here]
                if joining.strength + rest[later] >= best
            ),
            key=lambda step: step[0],
        )
        chain.append(later)
        links.append(joining)
    return tuple(chain), tuple(links)
