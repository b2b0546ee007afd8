"""How one server process runs: every setting is an environment variable.

Each worker of ``uvicorn --workers N`` reads the same variables; ``python server.py``
sets them from its options.

    SEEDS_DIR             the corpus folder (default ``seeds``)
    CG_STRICT             1: refuse to start, or to swap in a reload, on any problem (even
                          a warning)
    CG_RELOAD             0: do not watch the corpus folder (default 1: reload on change)
    CG_SETTLE_SECONDS     how long the folder must be quiet before a reload (default 1)
    CG_CORS_ORIGINS       comma-separated origins allowed to call the API from a browser
                          (any: the API is public and read-only, and answers without
                          credentials)
    CG_EXECUTOR           ``lean`` (default) or ``graphql-core``: which executor answers
    CG_EXECUTION_WORKERS  processes that run expensive operations (default 1; 0: none,
                          every operation runs in the server process)
    CG_EXECUTION_QUEUE    expensive operations that may wait for one (default 16); more
                          are answered 503 with Retry-After
    CG_INLINE_COST        operations costing at most this run in the server process
                          itself (default 5000)
    CG_ACCESS_LOG         1: log every request (default 0)
    CG_MAX_*, CG_TIME_LIMIT   request limits: see ``schema/limits.py`` and the README
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from schema.limits import Limits, SettingError

__all__ = ["EXECUTORS", "SERVING_SETTINGS", "SettingError", "Settings"]

EXECUTORS = ("lean", "graphql-core")
"""The executors a server can answer with: the lean one, or graphql-core's alone."""


@dataclass(frozen=True, slots=True)
class Settings:
    """How one server process runs; :meth:`from_env` reads them all."""

    seeds_dir: Path = Path("seeds")
    strict: bool = False
    reload: bool = True
    settle_seconds: float = 1.0
    """Quiet the corpus folder must keep before a reload: a document written in pieces
    is read once it is whole."""
    cors_origins: tuple[str, ...] = ("*",)  # any origin; never with credentials
    executor: str = "lean"
    execution_workers: int = 1
    """Processes for operations over ``inline_cost``; 0 runs them in the server process."""
    execution_queue: int = 16
    """Expensive operations that may wait for a worker; beyond, 503 with Retry-After."""
    inline_cost: int = 5_000
    """Operations whose cost is at most this run in the server process (a few ms)."""
    access_log: bool = False
    limits: Limits = field(default_factory=Limits)

    def __post_init__(self) -> None:
        if self.executor not in EXECUTORS:
            raise SettingError(
                f"CG_EXECUTOR: expected {' or '.join(EXECUTORS)}, got '{self.executor}'"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings in ``environ`` (default ``os.environ``); :class:`SettingError` names
        a variable whose value cannot be used."""
        environ = os.environ if environ is None else environ
        origins = environ.get("CG_CORS_ORIGINS", "")
        defaults = cls()
        return cls(
            seeds_dir=Path(environ.get("SEEDS_DIR", "seeds")),
            strict=_flag(environ, "CG_STRICT", default=False),
            reload=_flag(environ, "CG_RELOAD", default=True),
            settle_seconds=_number(
                environ, "CG_SETTLE_SECONDS", defaults.settle_seconds, float, minimum=0
            ),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()) or ("*",),
            executor=environ.get("CG_EXECUTOR", "").strip().lower() or defaults.executor,
            execution_workers=_number(
                environ, "CG_EXECUTION_WORKERS", defaults.execution_workers, int, minimum=0
            ),
            execution_queue=_number(
                environ, "CG_EXECUTION_QUEUE", defaults.execution_queue, int, minimum=0
            ),
            inline_cost=_number(environ, "CG_INLINE_COST", defaults.inline_cost, int, minimum=0),
            access_log=_flag(environ, "CG_ACCESS_LOG", default=False),
            limits=Limits.from_env(environ),
        )


SERVING_SETTINGS: dict[str, str] = {
    "settle_seconds": "CG_SETTLE_SECONDS",
    "executor": "CG_EXECUTOR",
    "execution_workers": "CG_EXECUTION_WORKERS",
    "execution_queue": "CG_EXECUTION_QUEUE",
    "inline_cost": "CG_INLINE_COST",
    "access_log": "CG_ACCESS_LOG",
}
"""The environment variable of each serving setting the README's settings table lists."""


def _flag(environ: Mapping[str, str], name: str, *, default: bool) -> bool:
    text = environ.get(name, "").strip().lower()
    if not text:
        return default
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise SettingError(f"{name}: expected 1 or 0 (true or false), got '{text}'")


_Number = TypeVar("_Number", int, float)


def _number(
    environ: Mapping[str, str],
    name: str,
    default: _Number,
    kind: type[_Number],
    *,
    minimum: _Number,
) -> _Number:
    text = environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = kind(text)
    except ValueError:
        expected = "a whole number" if kind is int else "a number"
        raise SettingError(f"{name}: expected {expected}, got '{text}'") from None
    if math.isnan(value) or value < minimum:
        raise SettingError(f"{name}: must be {minimum} or more, got '{text}'")
    return value
