"""Relay cursor connections over any list: ``first``/``after``, ``last``/``before``.

Every connection has ``totalCount``, ``pageInfo``, ``edges`` (a cursor and a node each)
and ``nodes`` (the same nodes, without cursors). A cursor names its place in the list
and the item there, so paging visits every item exactly once, and a cursor that no
longer points into the list (another filter, another corpus version, an item gone) is
an error naming the argument, never a silent skip.

The window follows the Relay specification: ``after`` and ``before`` cut the list,
then ``first`` keeps the first items of what is left, or ``last`` the last ones. Given
both, ``last`` wins (the specification discourages sending both; ``concepts`` and
``links`` have a default ``first`` of 20, which ``last`` must override).
``hasNextPage`` and ``hasPreviousPage`` say whether items lie beyond the page, in
either direction, whatever the arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar

import strawberry

from schema.context import Info, limits
from schema.errors import ArgumentError, check_range
from schema.ids import decode_id, encode_id
from schema.limits import Limits

__all__ = [
    "DEFAULT_FIRST",
    "MAX_FIRST",
    "Connection",
    "Cursors",
    "Edge",
    "PageAfter",
    "PageBefore",
    "PageInfo",
    "PageLast",
    "PageSize",
    "Paging",
    "PositionalCursors",
    "page_of",
    "paginate",
    "paging_of",
]

DEFAULT_FIRST = 20  # the page size when neither `first` nor `last` is given
MAX_FIRST = Limits().max_first  # the largest page a client may ask for, unless set otherwise

_Item = TypeVar("_Item")
_Given = TypeVar("_Given")
_Node = TypeVar("_Node")

PageSize = Annotated[
    int | None,
    strawberry.argument(
        description=f"Page size from the start (or after `after`), 0 to {MAX_FIRST} (or the "
        f"server's limit); null means {DEFAULT_FIRST}, unless `last` is given."
    ),
]
PageAfter = Annotated[
    str | None,
    strawberry.argument(
        description="Start after this cursor (a previous page's `pageInfo.endCursor`)."
    ),
]
PageLast = Annotated[
    int | None,
    strawberry.argument(
        description=f"Page size from the end (or before `before`), 0 to {MAX_FIRST} (or "
        "the server's limit); when given, `first` is not used."
    ),
]
PageBefore = Annotated[
    str | None,
    strawberry.argument(
        description="End before this cursor (a later page's `pageInfo.startCursor`)."
    ),
]


@strawberry.type(description="Where a page sits in the whole list.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether more edges follow this page.")
    has_previous_page: bool = strawberry.field(description="Whether edges come before this page.")
    start_cursor: str | None = strawberry.field(
        description="The cursor of the first edge: pass it as `before` for the page before; "
        "null when the page is empty."
    )
    end_cursor: str | None = strawberry.field(
        description="The cursor of the last edge: pass it as `after` for the next page; null "
        "when the page is empty."
    )


@strawberry.type(description="One item of a page, with the cursor that points at it.")
class Edge(Generic[_Node]):
    cursor: str = strawberry.field(
        description="Opaque; pass it as `after` to continue after it, or as `before`."
    )
    node: _Node = strawberry.field(description="The item.")


@strawberry.type(
    description="A page of a list: its items with their cursors (`edges`) or without "
    "(`nodes`), where the page sits (`pageInfo`) and how long the whole list is."
)
class Connection(Generic[_Node]):
    total_count: int = strawberry.field(description="How many items the list holds, on all pages.")
    page_info: PageInfo = strawberry.field(description="Cursors and whether more pages exist.")
    edges: list[Edge[_Node]] = strawberry.field(description="The items on this page, in order.")
    nodes: list[_Node] = strawberry.field(
        description="The same items as `edges`, without their cursors."
    )


@dataclass(frozen=True, slots=True)
class Paging:
    """The paging arguments of one request, as given."""

    first: int | None = None
    after: str | None = None
    last: int | None = None
    before: str | None = None
    max_first: int = MAX_FIRST


class Cursors(Generic[_Item]):
    """How the cursors of one list are written and read back (see :class:`PositionalCursors`)."""

    def cursor(self, index: int, item: _Item) -> str:
        raise NotImplementedError

    def position(self, items: Sequence[_Item], cursor: str, argument: str) -> int:
        """The index ``cursor`` points at; :class:`ArgumentError` naming ``argument``."""
        raise NotImplementedError


class PositionalCursors(Cursors[_Item]):
    """``<type>:<index>\\t<key>``: the place in the list and the key of the item there.

    ``cursor_type`` names the list (and any filter it was made with), so that a cursor
    of one list is refused by another.
    """

    def __init__(
        self,
        cursor_type: str,
        key: Callable[[_Item], str],
        what: str,
        other_arguments: str = "other arguments",
    ) -> None:
        self.cursor_type = cursor_type
        self.key = key
        self.what = what  # what the list holds, for messages: "topics"
        self.other_arguments = other_arguments  # what else made the list: "another minWeight"

    def cursor(self, index: int, item: _Item) -> str:
        return encode_id(self.cursor_type, f"{index}\t{self.key(item)}")

    def position(self, items: Sequence[_Item], cursor: str, argument: str) -> int:
        decoded = decode_id(cursor)
        family = self.cursor_type.partition(".")[0]
        if decoded is None or decoded.type_name.partition(".")[0] != family:
            raise ArgumentError(argument, "not a cursor this API gave out for this list")
        if decoded.type_name != self.cursor_type:
            raise ArgumentError(
                argument, f"the cursor comes from a list with {self.other_arguments}"
            )
        index_text, _, key = decoded.key.partition("\t")
        index = int(index_text) if index_text.isdigit() else -1
        if not 0 <= index < len(items) or self.key(items[index]) != key:
            raise ArgumentError(
                argument, f"the cursor does not point into this list of {self.what}"
            )
        return index


def paginate(
    items: Sequence[_Item],
    wrap: Callable[[_Item], _Node],
    cursors: Cursors[_Item],
    paging: Paging,
) -> Connection[_Node]:
    """The page of ``items`` the arguments ask for, each item wrapped for GraphQL.

    Raises :class:`ArgumentError` for a page size outside ``0..max_first`` or a cursor
    that does not point into ``items``.
    """
    first, last = paging.first, paging.last
    if last is not None:
        first = None
    elif first is None:
        first = DEFAULT_FIRST
    if first is not None:
        check_range("first", first, 0, paging.max_first)
    if last is not None:
        check_range("last", last, 0, paging.max_first)
    start, stop = 0, len(items)
    if paging.after is not None:
        start = cursors.position(items, paging.after, "after") + 1
    if paging.before is not None:
        stop = cursors.position(items, paging.before, "before")
    stop = max(start, stop)
    if first is not None:
        stop = min(stop, start + first)
    if last is not None:
        start = max(start, stop - last)
    edges = [
        Edge(cursor=cursors.cursor(index, items[index]), node=wrap(items[index]))
        for index in range(start, stop)
    ]
    return Connection(
        total_count=len(items),
        page_info=PageInfo(
            has_next_page=stop < len(items),
            has_previous_page=start > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        edges=edges,
        nodes=[edge.node for edge in edges],
    )


def paging_of(
    info: Info,
    first: int | None,
    after: str | None,
    last: int | None = None,
    before: str | None = None,
) -> Paging:
    """The paging arguments of a connection field, with the server's largest page.

    An argument the request left out (strawberry's ``UNSET``) reads as null.
    """

    def given(value: _Given) -> _Given | None:
        return None if value is strawberry.UNSET else value

    return Paging(
        given(first),
        given(after) or None,
        given(last),
        given(before) or None,
        limits(info).max_first,
    )


def page_of(
    records: Sequence[_Item],
    wrap: Callable[[_Item], _Node],
    list_name: str,
    key: Callable[[_Item], str],
    paging: Paging,
    what: str,
) -> Connection[_Node]:
    """A page of any list; ``list_name`` (with any filter) types its cursors."""
    return paginate(records, wrap, PositionalCursors(list_name, key, what), paging)
