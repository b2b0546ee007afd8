"""Tokens and mentions on generated prose, against plain reference implementations."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.extraction import MatchMode, MentionMatcher, concept_key, tokenize

_WORD = re.compile(
    r"[A-Z]/[A-Z](?![^\W_])|[^\W_]+(?:['’][^\W_]+)*"
    r"(?:/[0-9]+|(?:(?<=[0-9]{2}):[0-9]{2}(?![0-9]))+)?"
)
_OPENS = re.compile(r"[.!?:;(\[•]\s*(?:['‘\"“]\s*)?$")
# what may stand between two words of a known name: spaces, a quote mark, a hyphen or a
# slash; an ampersand ("Dick & Basu's"); the brackets of a law's title ("Regulation (EC)
# No 261/2004")
_BETWEEN = re.compile(
    r"[ \t]*(?:['‘’\"“”][ \t]*)?(?:[-–/][ \t]*)?|[ \t]*&[ \t]*|[ \t]*[()][ \t]*(?:[()][ \t]*)?"
)

_WORDS = st.sampled_from(
    [
        "Net", "net", "Promoter", "Score", "score", "card", "NPS", "Nps", "KPIs", "of", "and",
        "the", "A/B", "80/20", "Kübler-Ross", "Maslow's", "model", "Model", "Plan", "plan",
        "Do", "Check", "Act", "ISO", "9001", "é", "x", "70:20:10",
        # names side by side, whole or overlapping
        "Plan Do Check", "Net Promoter Score card", "net promoter score", "Plan-Do-Check-Act",
        "NPS Score", "ISO 9001", "Promoter 'Score' card",
    ]
)  # fmt: skip
_GAPS = st.sampled_from(
    [
        " ", " ", " ", "  ", "\t", "\n", "-", " - ", "–", "/", ". ", ": ", "; ", "(", ") ",
        "[", "• ", "'", " '", "' ", "‘", "’ ", ' "', "“", "” ", "_", ", ", "! ", "", "... ",
    ]
)  # fmt: skip
_TEXTS = st.lists(st.tuples(_GAPS, _WORDS), max_size=30).map(
    lambda pairs: "".join(gap + word for gap, word in pairs)
)
_NAMES = [
    "Net Promoter Score",
    "NPS",
    "Plan-Do-Check-Act",
    "Plan Do",
    "Do Check",
    "ISO 9001",
    "model",
    "Score card",
    "Promoter Score",
]


def _aliases(owners: list[tuple[str, MatchMode]]) -> dict[str, list[tuple[str, MatchMode]]]:
    aliases: dict[str, list[tuple[str, MatchMode]]] = {}
    for name, (concept_id, mode) in zip(_NAMES, owners, strict=False):
        aliases.setdefault(concept_id, []).append((name, mode))
    return aliases


# every name, each with an owner and a mode; sometimes the list stops early
_ALIASES = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(list(MatchMode))),
    min_size=len(_NAMES) // 2,
    max_size=len(_NAMES),
).map(_aliases)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_tokens_are_the_words_and_sentence_starts_follow_the_gaps(text: str) -> None:
    tokens = tokenize(text)
    matches = list(_WORD.finditer(text))
    assert [(t.text, t.start, t.end) for t in tokens] == [(m[0], *m.span()) for m in matches]
    assert [t.sentence_start for t in tokens] == [
        number == 0 or _OPENS.search(text[matches[number - 1].end() : m.start()]) is not None
        for number, m in enumerate(matches)
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _ALIASES)
def test_mentions_are_the_longest_known_names_from_left_to_right(
    text: str, aliases: dict[str, list[tuple[str, MatchMode]]]
) -> None:
    assert MentionMatcher(aliases).find(text) == _reference_mentions(text, aliases)


def _reference_mentions(
    text: str, aliases: dict[str, list[tuple[str, MatchMode]]]
) -> list[tuple[str, str]]:
    """Every name tried at every word, longest first: slow and plain."""
    words = [(m[0], *m.span()) for m in _WORD.finditer(text)]
    by_key: dict[tuple[str, ...], list[tuple[str, MatchMode]]] = {}
    for concept_id, surfaces in aliases.items():
        for surface, mode in surfaces:
            if key := tuple(concept_key(surface).split()):
                by_key.setdefault(key, []).append((concept_id, mode))
    found: list[tuple[str, str]] = []
    index = 0
    while index < len(words):
        for key in sorted(by_key, key=len, reverse=True):
            window = words[index : index + len(key)]
            if (
                len(window) < len(key)
                or tuple(concept_key(w) for w, _, _ in window) != key
                or any(
                    _BETWEEN.fullmatch(text[a[2] : b[1]]) is None
                    for a, b in itertools.pairwise(window)
                )
            ):
                continue
            accepted = _accepted(by_key[key], [w for w, _, _ in window])
            if accepted is not None:
                written = re.sub(
                    r"(?:(?<=\s)|^)['‘\"“]|['’\"”](?=\s|$)", "", text[window[0][1] : window[-1][2]]
                )
                found.append((accepted, written))
                index += len(key)
                break
        else:
            index += 1
    return found


def _accepted(aliases: list[tuple[str, MatchMode]], window: list[str]) -> str | None:
    connectors = {"of", "and", "for", "the", "to", "in", "on", "at", "&"}
    for concept_id, mode in aliases:
        if (
            mode is MatchMode.ANY_CASE
            or (
                mode is MatchMode.CAPITALISED
                # a number stands as it is written ("ISO 9001", "Guide 45")
                and all(
                    w[:1].isupper() or w.isdigit() for w in window if w.casefold() not in connectors
                )
            )
            or (
                mode is MatchMode.ACRONYM
                and all(
                    (w[:-1] if w.endswith("s") and w[:-1].isupper() else w).isupper() or w.isdigit()
                    for w in window
                )
            )
        ):
            return concept_id
    return None
