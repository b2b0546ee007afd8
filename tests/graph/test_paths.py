"""The strongest shortest chain, checked against every shortest path networkx lists."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.model import CoOccurrence
from graph.paths import strongest_shortest_chain


class _Links:
    """Links between concepts named by letters, each with its strength."""

    def __init__(self, strengths: dict[tuple[str, str], float], concepts: Sequence[str]) -> None:
        self.by_pair: dict[tuple[str, str], CoOccurrence] = {}
        for (a, b), strength in strengths.items():
            low, high = sorted((a, b))
            self.by_pair[low, high] = CoOccurrence(low, high, 1, (), strength)
        self.of: dict[str, list[CoOccurrence]] = {concept: [] for concept in concepts}
        self.neighbours: dict[str, list[str]] = {concept: [] for concept in concepts}
        for link in self.by_pair.values():
            self.of[link.source].append(link)
            self.of[link.target].append(link)
            self.neighbours[link.source].append(link.target)
            self.neighbours[link.target].append(link.source)

    def chain(self, start: str, end: str) -> tuple[str, ...] | None:
        found = strongest_shortest_chain(start, end, self.neighbours, self.of)
        return None if found is None else found[0]


def test_the_strongest_of_equally_short_chains_wins() -> None:
    links = _Links(
        {("a", "b"): 0.1, ("b", "z"): 0.1, ("a", "c"): 0.5, ("c", "z"): 0.5, ("a", "d"): 0.9},
        "abcdz",
    )
    assert links.chain("a", "z") == ("a", "c", "z")


def test_equally_strong_chains_go_to_the_lowest_concept_ids() -> None:
    links = _Links({("a", "c"): 0.5, ("c", "z"): 0.5, ("a", "b"): 0.5, ("b", "z"): 0.5}, "abcz")
    assert links.chain("a", "z") == ("a", "b", "z")


def test_a_shorter_chain_beats_a_stronger_longer_one() -> None:
    links = _Links({("a", "z"): 0.01, ("a", "b"): 1.0, ("b", "z"): 1.0}, "abz")
    assert links.chain("a", "z") == ("a", "z")


def test_concepts_in_separate_parts_of_the_graph_have_no_chain() -> None:
    links = _Links({("a", "b"): 0.5, ("c", "d"): 0.5}, "abcde")
    assert links.chain("a", "d") is None
    assert links.chain("e", "a") is None
    assert links.chain("a", "e") is None


def test_a_concept_is_its_own_chain() -> None:
    links = _Links({}, "a")
    assert strongest_shortest_chain("a", "a", links.neighbours, links.of) == (("a",), ())


def test_the_links_returned_join_the_chain_step_by_step() -> None:
    links = _Links({("a", "b"): 0.25, ("b", "c"): 0.75, ("c", "d"): 0.5}, "abcd")
    found = strongest_shortest_chain("d", "a", links.neighbours, links.of)
    assert found is not None
    chain, joining = found
    assert chain == ("d", "c", "b", "a")
    assert [link.strength for link in joining] == [0.5, 0.75, 0.25]


# Few strengths, all exact in binary: sums are exact, and equally strong chains common.
_GRAPHS = st.integers(min_value=3, max_value=12).flatmap(
    lambda size: st.tuples(
        st.just(size),
        st.dictionaries(
            st.tuples(st.integers(0, size - 1), st.integers(0, size - 1)).filter(
                lambda pair: pair[0] < pair[1]
            ),
            st.sampled_from([0.5, 1.0]),
            min_size=size - 1,
            max_size=size * 2,
        ),
    )
)


@settings(max_examples=300, deadline=None)
@given(_GRAPHS, st.data())
def test_the_chain_is_the_strongest_shortest_path_networkx_lists(graph, data) -> None:
    size, numbered = graph
    names = [f"c{number:02d}" for number in range(size)]
    strengths = {(names[a], names[b]): strength for (a, b), strength in numbered.items()}
    links = _Links(strengths, names)
    start = data.draw(st.sampled_from(names))
    end = data.draw(st.sampled_from(names))

    reference = nx.Graph()
    reference.add_nodes_from(names)
    reference.add_weighted_edges_from((a, b, s) for (a, b), s in strengths.items())
    if not nx.has_path(reference, start, end):
        assert links.chain(start, end) is None
        return
    every = list(nx.all_shortest_paths(reference, start, end))
    best = min(
        every,
        key=lambda path: (
            -sum(reference.edges[a, b]["weight"] for a, b in itertools.pairwise(path)),
            path,
        ),
    )
    assert links.chain(start, end) == tuple(best)


@pytest.mark.parametrize("length", [1, 2, 5, 12])
def test_chains_along_a_line_of_concepts_are_found_from_either_end(length: int) -> None:
    names = [f"c{number:02d}" for number in range(length + 1)]
    links = _Links(dict.fromkeys(itertools.pairwise(names), 0.5), names)
    assert links.chain(names[0], names[-1]) == tuple(names)
    assert links.chain(names[-1], names[0]) == tuple(reversed(names))
