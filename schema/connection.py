"""Cursor paging over a list of concepts, or of links (the Relay connection shape).

A cursor names the concept (or link) an edge holds, so paging with ``first``/``after``
visits every match exactly once, and a stale cursor is an error rather than a silent
skip.
"""

from __future__ import annotations

from collections.abc import Sequence

import strawberry

from graph import model
from schema.enums import ConceptOrder
from schema.errors import ArgumentError, check_range
from schema.ids import decode_id, encode_id
from schema.limits import Limits
from schema.nodes import Concept, Link

__all__ = [
    "MAX_FIRST",
    "ConceptConnection",
    "ConceptEdge",
    "LinkConnection",
    "LinkEdge",
    "PageInfo",
    "concept_page",
    "link_page",
]

MAX_FIRST = Limits().max_first  # the largest page a client may ask for, unless set otherwise

_CURSOR_TYPE = "ConceptCursor"
_LINK_CURSOR_TYPE = "LinkCursor"


@strawberry.type(description="Where a page sits in the whole list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether more edges follow this page.")
    has_previous_page: bool = strawberry.field(description="Whether edges come before this page.")
    start_cursor: str | None = strawberry.field(
        description="The cursor of the first edge; null when the page is empty."
    )
    end_cursor: str | None = strawberry.field(
        description="The cursor of the last edge: pass it as `after` for the next page; null "
        "when the page is empty."
    )


@strawberry.type(description="One concept in a page, with the cursor that points at it.")
class ConceptEdge:
    cursor: str = strawberry.field(description="Opaque; pass it as `after` to continue after it.")
    node: Concept = strawberry.field(description="The concept.")


@strawberry.type(description="A page of concepts, best match first.")
class ConceptConnection:
    total_count: int = strawberry.field(description="How many concepts match, on all pages.")
    page_info: PageInfo = strawberry.field(description="Cursors and whether more pages exist.")
    edges: list[ConceptEdge] = strawberry.field(description="The concepts on this page.")


@strawberry.type(description="One link in a page, with the cursor that points at it.")
class LinkEdge:
    cursor: str = strawberry.field(description="Opaque; pass it as `after` to continue after it.")
    node: Link = strawberry.field(description="The link.")


@strawberry.type(description="A page of co-occurrence links, strongest first.")
class LinkConnection:
    total_count: int = strawberry.field(description="How many links match, on all pages.")
    page_info: PageInfo = strawberry.field(description="Cursors and whether more pages exist.")
    edges: list[LinkEdge] = strawberry.field(description="The links on this page.")


def link_page(
    matches: Sequence[model.CoOccurrence],
    first: int,
    after: str | None,
    min_weight: int,
    *,
    max_first: int = MAX_FIRST,
) -> LinkConnection:
    """The ``first`` links after the one ``after`` points at (or from the start).

    A cursor holds its link's place in the list and the link itself, so reading one
    back costs nothing and a cursor into another list (another ``minWeight``, another
    corpus version) is an error, never a silent skip.
    """
    check_range("first", first, 0, max_first)
    cursor_type = f"{_LINK_CURSOR_TYPE}.{min_weight}"
    start = 0 if after is None else _link_after(matches, after, cursor_type)
    page = matches[start : start + first]
    edges = [
        LinkEdge(
            cursor=encode_id(cursor_type, f"{position}\t{link.source}\t{link.target}"),
            node=Link(link=link),
        )
        for position, link in enumerate(page, start=start)
    ]
    return LinkConnection(
        total_count=len(matches),
        page_info=_page_info(start, len(matches), [edge.cursor for edge in edges]),
        edges=edges,
    )


def _page_info(start: int, total: int, cursors: Sequence[str]) -> PageInfo:
    """Where a page of ``cursors`` beginning at ``start`` sits in a list of ``total``."""
    return PageInfo(
        has_next_page=start + len(cursors) < total,
        has_previous_page=start > 0,
        start_cursor=cursors[0] if cursors else None,
        end_cursor=cursors[-1] if cursors else None,
    )


def _link_after(matches: Sequence[model.CoOccurrence], cursor: str, cursor_type: str) -> int:
    decoded = decode_id(cursor)
    if decoded is None or not decoded.type_name.startswith(_LINK_CURSOR_TYPE):
        raise ArgumentError("after", "not a cursor this API gave out")
    if decoded.type_name != cursor_type:
        raise ArgumentError("after", "the cursor comes from a list with another minWeight")
    position, _, ends = decoded.key.partition("\t")
    source, _, target = ends.partition("\t")
    index = int(position) if position.isdigit() else -1
    if not 0 <= index < len(matches) or (
        matches[index].source,
        matches[index].target,
    ) != (source, target):
        raise ArgumentError("after", "the cursor does not point into this list of links")
    return index + 1


def concept_page(
    matches: Sequence[model.Concept],
    first: int,
    after: str | None,
    order: ConceptOrder | None = None,
    *,
    max_first: int = MAX_FIRST,
) -> ConceptConnection:
    """The ``first`` matches after the one ``after`` points at (or from the start).

    ``order`` is the ``orderBy`` the matches were ranked by (``None`` for the default);
    cursors carry it, so that a cursor cannot continue a list in another order.
    Raises :class:`ArgumentError` when ``first`` is out of ``0..max_first`` or ``after``
    is not a cursor into ``matches`` in this order.
    """
    check_range("first", first, 0, max_first)
    cursor_type = _cursor_type(order)
    start = 0 if after is None else _position_after(matches, after, cursor_type)
    page = matches[start : start + first]
    edges = [
        ConceptEdge(cursor=encode_id(cursor_type, concept.id), node=Concept(record=concept))
        for concept in page
    ]
    return ConceptConnection(
        total_count=len(matches),
        page_info=_page_info(start, len(matches), [edge.cursor for edge in edges]),
        edges=edges,
    )


def _cursor_type(order: ConceptOrder | None) -> str:
    # the default order keeps the cursors it has always given out
    return _CURSOR_TYPE if order is None else f"{_CURSOR_TYPE}.{order.name}"


def _position_after(matches: Sequence[model.Concept], cursor: str, cursor_type: str) -> int:
    decoded = decode_id(cursor)
    if decoded is None or not decoded.type_name.startswith(_CURSOR_TYPE):
        raise ArgumentError("after", "not a cursor this API gave out")
    if decoded.type_name != cursor_type:
        raise ArgumentError("after", "the cursor comes from a list in another order")
    for index, concept in enumerate(matches):
        if concept.id == decoded.key:
            return index + 1
    raise ArgumentError("after", "the cursor does not point into this list of concepts")
