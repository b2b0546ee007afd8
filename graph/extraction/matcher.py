"""Finding every known name in a text: one Aho-Corasick pass, longest match first."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

import ahocorasick

from graph.extraction.keys import (
    JOINED_OR_QUOTED,
    TOKEN_OR_GAP,
    acronym_letters,
    concept_key,
    is_mixed_acronym,
    normalise_word,
    unquoted,
)
from graph.extraction.words import CONNECTORS

__all__ = ["MAX_NAME_WORDS", "MatchMode", "MentionMatcher"]


class MatchMode(Enum):
    """How strictly an alias must match the text it is found in."""

    ANY_CASE = "any case"  # "net promoter score" finds "Net Promoter Score"
    CAPITALISED = "capitalised"  # every word must start with a capital ("Agile", not "agile")
    ACRONYM = "acronym"  # the exact capitals ("LATER", not "later")


@dataclass(frozen=True, slots=True)
class _Alias:
    concept_id: str
    mode: MatchMode
    surface: str


# small words a capitalised name writes in lower case ("the Dual Process Model of Coping
# with Bereavement", "the Prevention of Damage by Pests Act")
_LOWER_IN_NAMES = CONNECTORS | {"with", "by", "from"}
# Joins normal forms into one string for the automaton; no normal form contains it.
_SEPARATOR = "\x1f"

MAX_NAME_WORDS = 16
"""Longer runs of words are never a name (the longest in the gold sets has 15: "the Debt
Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium)
(England and Wales) Regulations"). They are not looked for in prose either: a long name
made of one repeated word would make the automaton's matching quadratic (its failure
chain grows with the repetition)."""


# a gap inside a known name: JOINED_OR_QUOTED, an ampersand ("Dick & Basu's"), or the
# brackets of a law's title ("Regulation (EC) No 261/2004")
_JOINED_OR_QUOTED_OR_AND = re.compile(
    rf"{JOINED_OR_QUOTED.pattern}|[ \t]*&[ \t]*|[ \t]*[()][ \t]*(?:[()][ \t]*)?"
)


_COMMA = re.compile(r",[ \t]+")
_STOP = re.compile(r"\.[ \t]+")


def _thousands(text: str, words: list[str], ends: list[int], number: int) -> bool:
    """True when word ``number`` and the next are one number: "1,000"."""
    return (
        text[ends[number] : ends[number] + 1] == ","
        and words[number].isdigit()
        and len(words[number + 1]) == 3
        and words[number + 1].isdigit()
        and text[ends[number] + 1 : ends[number] + 4] == words[number + 1]
    )


class MentionMatcher:
    """Finds known names in text: longest match first, matches never overlap.

    ``aliases`` maps a concept id to the surfaces that name it and how strictly each
    must match. Every known name, as a sequence of normal forms, is a word of an
    Aho-Corasick automaton, so one pass over a text finds every name that starts at
    every word, however large the vocabulary; the longest-first choice is then made
    among those.
    """

    def __init__(self, aliases: Mapping[str, Iterable[tuple[str, MatchMode]]]) -> None:
        self._index: dict[tuple[str, ...], list[_Alias]] = {}
        # names written with commas ("Standards of Conduct, Performance and Ethics"),
        # which match across a comma in the text too
        self._listing: set[tuple[str, ...]] = set()
        for concept_id, surfaces in aliases.items():
            for surface, mode in surfaces:
                keys = [tuple(concept_key(surface).split())]
                if ", " in surface:
                    self._listing.add(keys[0])
                if "&" in surface:
                    # "Dick & Basu's framework": "&" is a gap in the text, not a word
                    keys.append(tuple(concept_key(surface.replace("&", " ")).split()))
                for key in keys:
                    if key and len(key) <= MAX_NAME_WORDS:
                        self._index.setdefault(key, []).append(_Alias(concept_id, mode, surface))
        self._automaton: ahocorasick.Automaton | None = None
        if self._index:
            self._automaton = ahocorasick.Automaton()
            for key in self._index:
                pattern = _SEPARATOR + _SEPARATOR.join(key) + _SEPARATOR
                self._automaton.add_word(pattern, (len(pattern), key))
            self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[str, str]]:
        """``(concept id, text as written)`` for every mention, in reading order."""
        if self._automaton is None:
            return []
        # the words as tokenize() finds them, but no tokens: matching needs neither
        # sentence starts nor a tuple per word (this pass reads every passage of the
        # corpus), so words, offsets and normal forms are lists made in C loops
        parts = TOKEN_OR_GAP.split(text)
        if len(parts) < 2:
            return []
        words = parts[1::2]
        offsets = list(itertools.accumulate(map(len, parts)))
        starts, ends = offsets[0::2], offsets[1::2]
        norms = list(map(normalise_word, words))
        joined = _SEPARATOR + _SEPARATOR.join(norms) + _SEPARATOR
        # the names that begin with word i match from the separator before it, at
        # (the lengths of the normal forms before it) + i
        separators = list(
            map(operator.add, itertools.accumulate(map(len, norms), initial=0), itertools.count())
        )
        names_at: dict[int, list[tuple[str, ...]]] = {}
        for end, (length, key) in self._automaton.iter(joined):
            first = bisect.bisect_left(separators, end - length + 1)
            names_at.setdefault(first, []).append(key)
        mentions: list[tuple[str, str]] = []
        taken = 0  # words before this one are part of a mention already
        joined_or_quoted = _JOINED_OR_QUOTED_OR_AND.fullmatch
        for first in sorted(names_at):
            if first < taken:
                continue
            for key in sorted(names_at[first], key=len, reverse=True):
                last = first + len(key) - 1
                listing = key in self._listing
                if any(
                    joined_or_quoted(text, ends[number], starts[number + 1]) is None
                    and not _thousands(text, words, ends, number)
                    and not (listing and _COMMA.fullmatch(text, ends[number], starts[number + 1]))
                    # "the Health and Safety at Work etc. Act 1974": a title's "etc."
                    and not (
                        words[number] == "etc"
                        and _STOP.fullmatch(text, ends[number], starts[number + 1])
                    )
                    for number in range(first, last)
                ):
                    continue
                alias = self._accept(key, words[first : last + 1])
                if alias is not None:
                    written = unquoted(text[starts[first] : ends[last]])
                    mentions.append((alias.concept_id, written))
                    taken = last + 1
                    break
        return mentions

    def _accept(self, key: tuple[str, ...], window: list[str]) -> _Alias | None:
        for alias in self._index.get(key, ()):
            if alias.mode is MatchMode.ANY_CASE:
                return alias
            if alias.mode is MatchMode.CAPITALISED and all(
                # a number in a capitalised name is written as it is ("Guide 45")
                word[:1].isupper() or word.isdigit()
                for word in window
                if word.casefold() not in _LOWER_IN_NAMES
            ):
                return alias
            if alias.mode is MatchMode.ACRONYM and all(
                acronym_letters(word).isupper() or word.isdigit() or is_mixed_acronym(word)
                for word in window
            ):
                return alias
        return None
