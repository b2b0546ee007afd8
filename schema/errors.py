"""Errors the schema layer reports to clients.

    GraphQLError                 graphql-core's base class
    └── ArgumentError            an argument out of range or malformed; names the argument

Unknown names and ids are not errors: the schema answers ``null`` for them.
"""

from __future__ import annotations

from graphql import GraphQLError

__all__ = ["DEFAULT_LIMIT", "ArgumentError", "check_range", "checked_limit"]

DEFAULT_LIMIT = 10  # what a null or omitted `limit` means on every list that takes one


class ArgumentError(GraphQLError):
    """An argument value the API cannot answer; ``extensions.argument`` names it."""

    def __init__(self, argument: str, problem: str) -> None:
        self.argument = argument
        super().__init__(
            f"Invalid argument '{argument}': {problem}.",
            extensions={"code": "BAD_USER_INPUT", "argument": argument},
        )


def check_range(argument: str, value: float, minimum: float, maximum: float | None = None) -> None:
    """Raise :class:`ArgumentError` unless ``minimum <= value <= maximum``."""
    if value < minimum:
        raise ArgumentError(argument, f"must be at least {_shown(minimum)}, got {_shown(value)}")
    if maximum is not None and value > maximum:
        raise ArgumentError(argument, f"must be at most {_shown(maximum)}, got {_shown(value)}")


def _shown(number: float) -> str:
    """A number as a client wrote it: 123456789, not 1.23457e+08."""
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def checked_limit(limit: int | None, maximum: int) -> int:
    """A `limit` argument: null means :data:`DEFAULT_LIMIT`; outside ``0..maximum`` is an error."""
    value = DEFAULT_LIMIT if limit is None else limit
    check_range("limit", value, 0, maximum)
    return value
