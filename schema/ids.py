"""Opaque, stable ids for nodes and cursors: base64 of ``<Type>:<domain id>``.

Clients must treat them as opaque strings; the server can always read them back.
Decoding never raises: anything that is not one of our ids decodes to ``None``.
"""

from __future__ import annotations

import base64
import binascii
import functools
from typing import NamedTuple

__all__ = ["GlobalId", "decode_id", "encode_id"]


class GlobalId(NamedTuple):
    """A decoded id: the GraphQL type name and the domain layer's own id."""

    type_name: str
    key: str


# Answers repeat the same ids request after request; an id costs a microsecond or two
# to encode, and the 65,536 most recent are kept (a few MB).
@functools.lru_cache(maxsize=65_536)
def encode_id(type_name: str, key: str) -> str:
    """The opaque id of the ``type_name`` object whose domain id is ``key``."""
    return base64.b64encode(f"{type_name}:{key}".encode()).decode("ascii")


def decode_id(value: str) -> GlobalId | None:
    """The type name and domain id inside ``value``, or ``None`` when it is not an id."""
    try:
        text = base64.b64decode(value.encode("ascii"), validate=True).decode("utf-8")
    except (UnicodeError, binascii.Error, ValueError):
        return None
    type_name, sep, key = text.partition(":")
    if not sep or not type_name or not key:
        return None
    return GlobalId(type_name, key)
