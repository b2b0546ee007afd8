"""How one server process runs: every setting is an environment variable.

Each worker of ``uvicorn --workers N`` reads the same variables; ``python server.py``
sets them from its options.

    SEEDS_DIR        the corpus folder (default ``seeds``)
    CG_STRICT        1: refuse to start, or to swap in a reload, on any problem (even a warning)
    CG_RELOAD        0: do not watch the corpus folder (default 1: reload on change)
    CG_CORS_ORIGINS  comma-separated origins allowed to call the API from a browser (any:
                     the API is public and read-only, and answers without credentials)
    CG_MAX_*, CG_TIME_LIMIT   request limits: see ``schema/limits.py`` and the README
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from schema.limits import Limits, SettingError

__all__ = ["SettingError", "Settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """How one server process runs; :meth:`from_env` reads them all."""

    seeds_dir: Path = Path("seeds")
    strict: bool = False
    reload: bool = True
    cors_origins: tuple[str, ...] = ("*",)  # any origin; never with credentials
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings in ``environ`` (default ``os.environ``); :class:`SettingError` names
        a variable whose value cannot be used."""
        environ = os.environ if environ is None else environ
        origins = environ.get("CG_CORS_ORIGINS", "")
        return cls(
            seeds_dir=Path(environ.get("SEEDS_DIR", "seeds")),
            strict=_flag(environ, "CG_STRICT", default=False),
            reload=_flag(environ, "CG_RELOAD", default=True),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()) or ("*",),
            limits=Limits.from_env(environ),
        )


def _flag(environ: Mapping[str, str], name: str, *, default: bool) -> bool:
    text = environ.get(name, "").strip().lower()
    if not text:
        return default
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise SettingError(f"{name}: expected 1 or 0 (true or false), got '{text}'")
