"""The connections of the API: what each list pages over and how its cursors read.

Concepts keep the cursors they have always given out (the concept's id, and the order
it came from); every other list uses positional cursors (:mod:`schema.paging`), whose
type names the list and the filter it was made with.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph import model
from schema.enums import ConceptOrder
from schema.errors import ArgumentError
from schema.ids import decode_id, encode_id
from schema.nodes import Concept, Link
from schema.paging import (
    MAX_FIRST,
    Connection,
    Cursors,
    Paging,
    PositionalCursors,
    paginate,
)

__all__ = [
    "MAX_FIRST",
    "ConceptConnection",
    "LinkConnection",
    "concept_page",
    "link_page",
]

_CURSOR_TYPE = "ConceptCursor"
_LINK_CURSOR_TYPE = "LinkCursor"

ConceptConnection = Connection[Concept]
LinkConnection = Connection[Link]


class _ConceptCursors(Cursors[model.Concept]):
    """A concept's id, typed by the order of the list it came from."""

    def __init__(self, order: ConceptOrder | None) -> None:
        # the default order keeps the cursors it has always given out
        self.cursor_type = _CURSOR_TYPE if order is None else f"{_CURSOR_TYPE}.{order.name}"

    def cursor(self, index: int, item: model.Concept) -> str:
        return encode_id(self.cursor_type, item.id)

    def position(self, items: Sequence[model.Concept], cursor: str, argument: str) -> int:
        decoded = decode_id(cursor)
        if decoded is None or not decoded.type_name.startswith(_CURSOR_TYPE):
            raise ArgumentError(argument, "not a cursor this API gave out")
        if decoded.type_name != self.cursor_type:
            raise ArgumentError(argument, "the cursor comes from a list in another order")
        for index, concept in enumerate(items):
            if concept.id == decoded.key:
                return index
        raise ArgumentError(argument, "the cursor does not point into this list of concepts")


def concept_page(
    matches: Sequence[model.Concept], paging: Paging, order: ConceptOrder | None = None
) -> ConceptConnection:
    """A page of concepts; cursors carry ``order`` (the ``orderBy`` used, ``None`` for
    the default), so that a cursor cannot continue a list in another order."""
    return paginate(matches, lambda c: Concept(record=c), _ConceptCursors(order), paging)


def link_page(
    matches: Sequence[model.CoOccurrence], paging: Paging, min_weight: int
) -> LinkConnection:
    """A page of links; a cursor holds its link's place and the link itself, and the
    ``minWeight`` of its list."""
    cursors: PositionalCursors[model.CoOccurrence] = PositionalCursors(
        f"{_LINK_CURSOR_TYPE}.{min_weight}",
        lambda link: f"{link.source}\t{link.target}",
        "links",
        other_arguments="another minWeight",
    )
    return paginate(matches, lambda link: Link(link=link), cursors, paging)
