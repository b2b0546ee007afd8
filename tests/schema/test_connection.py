"""Cursor paging of `concepts`, and the search ranking it pages through."""

from __future__ import annotations

from typing import Any

import pytest

from graph import KnowledgeGraph
from tests.schema.conftest import Execute, data_of

PAGE = """
query($first: Int, $after: String, $search: String, $kind: ConceptKind) {
  concepts(first: $first, after: $after, search: $search, kind: $kind) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name kind } }
  }
}
"""


def _walk(execute: Execute, page_size: int, **filters: Any) -> tuple[list[str], list[int]]:
    """Every name, page by page, and the totalCount each page reported."""
    names: list[str] = []
    totals: list[int] = []
    after = None
    for _ in range(200):  # far more pages than the seeds can fill
        page = data_of(execute(PAGE, first=page_size, after=after, **filters))["concepts"]
        names += [edge["node"]["name"] for edge in page["edges"]]
        totals.append(page["totalCount"])
        assert page["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            return names, totals
        after = page["pageInfo"]["endCursor"]
    raise AssertionError("paging never reached the last page")


@pytest.mark.parametrize(
    ("page_size", "filters"),
    [
        pytest.param(7, {}, id="all-concepts"),
        pytest.param(1, {"search": "service"}, id="search-one-at-a-time"),
        pytest.param(4, {"kind": "MODEL"}, id="models"),
        pytest.param(100, {}, id="one-big-page"),
    ],
)
def test_paging_visits_every_match_exactly_once(
    execute: Execute, page_size: int, filters: dict[str, Any]
) -> None:
    names, totals = _walk(execute, page_size, **filters)
    everything = data_of(execute(PAGE, first=100, **filters))["concepts"]
    assert names == [edge["node"]["name"] for edge in everything["edges"]]
    assert len(names) == len(set(names)) == everything["totalCount"]
    assert set(totals) == {len(names)}


def test_kind_filter_keeps_only_that_kind(execute: Execute, seed_graph: KnowledgeGraph) -> None:
    page = data_of(execute(PAGE, first=100, kind="MODEL"))["concepts"]
    assert {edge["node"]["kind"] for edge in page["edges"]} == {"MODEL"}
    assert page["totalCount"] == seed_graph.counts.models


def test_cursors_point_at_their_edges(execute: Execute) -> None:
    page = data_of(execute(PAGE, first=5))["concepts"]
    edges, info = page["edges"], page["pageInfo"]
    assert (info["startCursor"], info["endCursor"]) == (edges[0]["cursor"], edges[-1]["cursor"])
    following = data_of(execute(PAGE, first=1, after=edges[1]["cursor"]))["concepts"]
    assert following["edges"][0]["node"] == edges[2]["node"]


def test_first_zero_returns_no_edges_but_counts_and_knows_what_follows(execute: Execute) -> None:
    page = data_of(execute(PAGE, first=0))["concepts"]
    assert page["edges"] == []
    assert page["totalCount"] > 0
    assert page["pageInfo"] == {
        "hasNextPage": True,
        "hasPreviousPage": False,
        "startCursor": None,
        "endCursor": None,
    }


def test_search_ranks_name_before_alias_before_description(execute: Execute) -> None:
    # "Net Promoter Score" has the alias NPS; search for text only found in other fields
    by_alias = data_of(execute(PAGE, first=5, search="NPS"))["concepts"]
    assert by_alias["edges"][0]["node"]["name"] == "Net Promoter Score"
    ranked = data_of(execute(PAGE, first=100, search="service"))["concepts"]["edges"]
    names = [edge["node"]["name"].lower() for edge in ranked]
    in_name = [i for i, name in enumerate(names) if "service" in name]
    elsewhere = [i for i, name in enumerate(names) if "service" not in name]
    assert in_name
    assert not elsewhere or max(in_name) < min(elsewhere)


def test_search_with_no_match_is_an_empty_page(execute: Execute) -> None:
    page = data_of(execute(PAGE, search="zzzz-no-such-thing"))["concepts"]
    assert page == {
        "totalCount": 0,
        "pageInfo": {
            "hasNextPage": False,
            "hasPreviousPage": False,
            "startCursor": None,
            "endCursor": None,
        },
        "edges": [],
    }
