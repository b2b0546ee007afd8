"""A typed spelling of ``@strawberry.field(description=...)`` for resolver methods.

strawberry's overload for a decorator with arguments returns ``Any``, which
``mypy --strict`` rejects as an untyped decorator. This wrapper keeps the resolver's
signature visible to mypy, and makes a description mandatory on every field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

import strawberry

__all__ = ["field"]

_Resolver = TypeVar("_Resolver", bound=Callable[..., Any])


def field(
    description: str, *, deprecation_reason: str | None = None
) -> Callable[[_Resolver], _Resolver]:
    """Declare a resolver method as a GraphQL field with this description.

    A ``deprecation_reason`` marks it ``@deprecated``; it should name the replacement.
    """
    return cast(
        "Callable[[_Resolver], _Resolver]",
        strawberry.field(description=description, deprecation_reason=deprecation_reason),
    )
