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

from collections.abc import Mapping, Sequence

from graph.model import CoOccurrence

__all__ = ["strongest_shortest_chain"]

# Sums of strengths closer than this are equal: the same chain's strength may be added
# up in another order and differ in the last bit.
_EQUAL_STRENGTH = 1e-9

_Steps = dict[str, list[tuple[str, CoOccurrence]]]  # a concept's next concepts on a chain


class _Search:
    """A breadth-first search from one end, one whole level at a time.

    ``neighbours_of[c][i]`` is the concept at the other end of ``links_of[c][i]``; the
    walk works on whole lists of neighbours with set operations, which run in C.
    """

    def __init__(
        self,
        start: str,
        neighbours_of: Mapping[str, Sequence[str]],
        links_of: Mapping[str, Sequence[CoOccurrence]],
    ) -> None:
        self.neighbours_of = neighbours_of
        self.links_of = links_of
        self.depth_of = {start: 0}
        self.levels: list[list[str]] = [[start]]
        self.next_cost = len(neighbours_of[start])  # links the next widening walks

    @property
    def depth(self) -> int:
        return len(self.levels) - 1

    def widen(self, other: _Search) -> set[str]:
        """Add the next level; return its concepts that the other search has reached."""
        fresh: set[str] = set()
        for concept in self.levels[-1]:
            fresh.update(self.neighbours_of[concept])
        fresh.difference_update(self.depth_of)
        level = list(fresh)
        self.depth_of.update(dict.fromkeys(level, len(self.levels)))
        self.levels.append(level)
        met = fresh.intersection(other.depth_of)
        if not met:  # the cost of a next widening that will not happen is not needed
            self.next_cost = sum(map(len, map(self.neighbours_of.__getitem__, level)))
        return met

    def steps_towards(
        self, known: set[str], depth: int
    ) -> tuple[set[str], list[tuple[str, str, CoOccurrence]]]:
        """This search's concepts at ``depth`` that are linked to one of ``known``.

        Returns them with each link found, as ``(found, known, link)``, walking the
        links of whichever side has fewer.
        """
        level = self.levels[depth]
        neighbours_of, links_of = self.neighbours_of, self.links_of
        pairs: list[tuple[str, str, CoOccurrence]] = []
        cost = sum(map(len, map(neighbours_of.__getitem__, level)))
        if cost <= sum(map(len, map(neighbours_of.__getitem__, known))):
            for candidate in level:
                joined = dict(zip(neighbours_of[candidate], links_of[candidate], strict=True))
                pairs.extend((candidate, near, joined[near]) for near in known.intersection(joined))
        else:
            candidates = set(level)
            for near in known:
                joined = dict(zip(neighbours_of[near], links_of[near], strict=True))
                pairs.extend(
                    (found, near, joined[found]) for found in candidates.intersection(joined)
                )
        return {found for found, _, _ in pairs}, pairs


def strongest_shortest_chain(
    start: str,
    end: str,
    neighbours_of: Mapping[str, Sequence[str]],
    links_of: Mapping[str, Sequence[CoOccurrence]],
) -> tuple[tuple[str, ...], tuple[CoOccurrence, ...]] | None:
    """The concept ids of the chain from ``start`` to ``end``, and the links between them.

    ``None`` when nothing joins them. ``links_of`` holds each concept's links and
    ``neighbours_of`` the concepts at their other ends, in the same order; both ends
    must be keys of both.
    """
    if start == end:
        return (start,), ()
    forward = _Search(start, neighbours_of, links_of)
    backward = _Search(end, neighbours_of, links_of)
    met: set[str] = set()
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
    if length == 2 and meeting == 1:
        return _through_one(start, end, met, neighbours_of, links_of)
    steps: list[_Steps] = [{} for _ in range(length)]  # steps[i]: from position i to i + 1
    layer = met
    for position in range(meeting - 1, -1, -1):
        layer, pairs = forward.steps_towards(layer, position)
        for earlier, later, joining in pairs:
            steps[position].setdefault(earlier, []).append((later, joining))
    layer = met
    for position in range(meeting + 1, length + 1):
        layer, pairs = backward.steps_towards(layer, length - position)
        for later, earlier, joining in pairs:
            steps[position - 1].setdefault(earlier, []).append((later, joining))
    return _strongest(start, end, steps)


def _through_one(
    start: str,
    end: str,
    middle: set[str],
    neighbours_of: Mapping[str, Sequence[str]],
    links_of: Mapping[str, Sequence[CoOccurrence]],
) -> tuple[tuple[str, ...], tuple[CoOccurrence, ...]]:
    """The chain of two links through one of ``middle``: the commonest case, made quick.

    In a large corpus most concepts are two links apart, through hundreds of
    concepts in the middle; this is :func:`_strongest` for that case without its
    general bookkeeping, and gives the same answer.
    """
    from_start = dict(zip(neighbours_of[start], links_of[start], strict=True))
    to_end = dict(zip(neighbours_of[end], links_of[end], strict=True))
    strength = {
        concept: from_start[concept].strength + to_end[concept].strength for concept in middle
    }
    best = max(strength.values()) - _EQUAL_STRENGTH
    chosen = min(concept for concept, total in strength.items() if total >= best)
    return (start, chosen, end), (from_start[chosen], to_end[chosen])


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
