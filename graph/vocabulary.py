"""The editable vocabulary: canonical names, aliases and words that are not models.

The file format is described at the top of ``graph/vocabulary.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from graph.errors import VocabularyError
from graph.model import ConceptKind

__all__ = ["DEFAULT_VOCABULARY_PATH", "Vocabulary", "VocabularyEntry", "load_vocabulary"]

DEFAULT_VOCABULARY_PATH = Path(__file__).with_name("vocabulary.toml")


@dataclass(frozen=True, slots=True)
class VocabularyEntry:
    """A known name: its canonical spelling, its aliases and its kind."""

    name: str
    aliases: tuple[str, ...]
    kind: ConceptKind


# eq=False: a vocabulary is compared and hashed by identity, so caches keyed on it
# (the rules' known names) cost nothing per call instead of hashing every entry.
@dataclass(frozen=True, slots=True, eq=False)
class Vocabulary:
    """Known models and concepts, and the words that are never models."""

    entries: tuple[VocabularyEntry, ...] = ()
    not_model_words: frozenset[str] = frozenset()
    not_model_names: frozenset[str] = frozenset()
    source: str = "<empty>"

    def is_not_model(self, surface: str) -> bool:
        """True when ``surface`` is listed as a word or name that is not a model."""
        if surface in self.not_model_words or surface.rstrip("s") in self.not_model_words:
            return True
        return _name_key(surface) in self.not_model_names


def _name_key(name: str) -> str:
    """A not-model name in any case and number: "large language models" is listed as
    "large language model"."""
    return _PLURAL_END.sub("", name.casefold())


_PLURAL_END = re.compile(r"(?<=[^s])s\b")


def parse_vocabulary(text: str, source: str) -> Vocabulary:
    """Parse vocabulary TOML text; raises :class:`VocabularyError` with the line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        match = re.search(r"line (\d+)", str(err))
        raise VocabularyError(source, int(match[1]) if match else 1, str(err)) from err
    entries: list[VocabularyEntry] = []
    for table, kind in (("models", ConceptKind.MODEL), ("concepts", ConceptKind.CONCEPT)):
        section = data.get(table, {})
        if not isinstance(section, Mapping):
            raise VocabularyError(
                source, _line_of(text, f"[{table}]"), f"[{table}] must be a table of names"
            )
        for name, aliases in section.items():
            line = _line_of(text, f'"{name}"')
            if not name.strip():
                raise VocabularyError(source, line, f"[{table}]: an entry has an empty name")
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise VocabularyError(
                    source, line, f'[{table}] "{name}": aliases must be a list of strings'
                )
            entries.append(VocabularyEntry(name.strip(), tuple(a.strip() for a in aliases), kind))
    not_models = data.get("not_models", {})
    words = not_models.get("words", []) if isinstance(not_models, Mapping) else None
    names = not_models.get("names", []) if isinstance(not_models, Mapping) else None
    if not isinstance(words, list) or not isinstance(names, list):
        raise VocabularyError(
            source,
            _line_of(text, "[not_models]"),
            "[not_models] must hold lists named 'words' and 'names'",
        )
    return Vocabulary(
        entries=tuple(entries),
        not_model_words=frozenset(str(word) for word in words),
        not_model_names=frozenset(_name_key(str(name)) for name in names),
        source=source,
    )


def load_vocabulary(path: Path | str = DEFAULT_VOCABULARY_PATH) -> Vocabulary:
    """Read and parse a vocabulary file (the bundled one by default)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise VocabularyError(str(path), 1, f"cannot read vocabulary: {err}") from err
    return parse_vocabulary(text, str(path))


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1
