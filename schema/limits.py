"""What one request may ask of the server: every limit, its default and its setting.

Each limit is read from an environment variable (so that every worker process of
``uvicorn --workers N`` gets the same ones); :meth:`Limits.from_env` says what is
wrong with a bad value, naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

__all__ = ["LIMIT_SETTINGS", "Limits", "SettingError"]


class SettingError(ValueError):
    """A setting (environment variable) whose value cannot be used; names the variable."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Request limits. The defaults fit every query the API documents with room to spare."""

    max_depth: int = 12
    """Deepest nesting of fields in an operation (fragments expanded)."""
    max_aliases: int = 30
    """Most aliased fields in one document."""
    max_tokens: int = 2000
    """Most lexical tokens in one document (the introspection query has about 250)."""
    max_first: int = 100
    """Largest `first` (page size) a connection accepts."""
    max_limit: int = 100
    """Largest `limit` a list accepts."""
    max_hops: int = 5
    """Largest `depth` (co-occurrence hops) `Concept.neighbors` walks."""
    max_body_bytes: int = 100_000
    """Largest request body, and largest query string of a GET."""
    max_result_items: int = 100_000
    """Most list items one response may hold, counted over all its lists."""
    time_limit: float = 5.0
    """Seconds one operation may run before the rest of its lists are cut off."""
    max_cost: int = 100_000
    """Largest static cost (objects the answer may hold, see ``schema/execution/cost.py``)."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The limits set in ``environ`` (default ``os.environ``); unset ones keep defaults."""
        environ = os.environ if environ is None else environ
        values: dict[str, float] = {}
        for name, variable in LIMIT_SETTINGS.items():
            text = environ.get(variable)
            if text is None or not text.strip():
                continue
            default = getattr(cls(), name)
            values[name] = _parse(variable, text, float if isinstance(default, float) else int)
        return cls(**values)  # type: ignore[arg-type]  # the names come from the fields


LIMIT_SETTINGS: dict[str, str] = {
    field.name: f"CG_{field.name.upper()}" for field in fields(Limits)
}
"""The environment variable of each limit: ``max_depth`` is ``CG_MAX_DEPTH``, and so on."""


def _parse(variable: str, text: str, kind: type[int] | type[float]) -> float:
    try:
        value = kind(text.strip())
    except ValueError:
        expected = "a whole number" if kind is int else "a number"
        raise SettingError(f"{variable}: expected {expected}, got '{text}'") from None
    if not value > 0:
        raise SettingError(f"{variable}: must be greater than 0, got '{text}'")
    return value
