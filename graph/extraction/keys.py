"""Words and name keys: tokenizing prose, and the normal form that makes two spellings one name."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

__all__ = [
    "JOINED_OR_QUOTED",
    "LAW_HEAD",
    "LAW_YEAR",
    "TITLE_PARENTHESIS",
    "TOKEN",
    "TOKEN_OR_GAP",
    "Token",
    "acronym_letters",
    "concept_key",
    "hyphenated",
    "is_acronym",
    "is_capitalised",
    "is_mixed_acronym",
    "is_possessive",
    "is_year",
    "joined",
    "joined_or_quoted",
    "lookup_key",
    "normalise_word",
    "tokenize",
    "unquoted",
]

# "A/B" (as in A/B testing), "80/20" and "70:20:10" are one token; "email/chat" is two,
# and so is a standard's edition ("9001:2015"). Letters include accented ones
# ("Kübler-Ross"). A web address in capitals ("GOV.UK", "NHS.UK") is one word: its dot
# opens no sentence.
TOKEN = re.compile(
    r"[A-Z]{2,}\.[A-Z]{2,}(?![\w.])|[A-Z]/[A-Z](?![^\W_])|[^\W_]+(?:['’][^\W_]+)*"
    r"(?:/[0-9]+|(?:(?<=[0-9]{2}):[0-9]{2}(?![0-9]))+)?"
)
# The same words, and (as a group) kept by split() with the gaps between them.
TOKEN_OR_GAP = re.compile(f"({TOKEN.pattern})")
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z](?:[A-Z0-9&]|-(?=[A-Z]))*[A-Z0-9]s?$")
# What may stand between two words of one name: spaces and a hyphen, and for a known
# name also a quote mark ("the 'LATER' method") or a slash ("ISO/IEC"). Each run of
# spaces follows a mark, so that only one way to match is tried: "[ \t]*-?[ \t]*" would
# try every split of a long run of spaces, quadratic in its length.
_JOINED = re.compile(r"[ \t]*(?:[-–][ \t]*)?")
JOINED_OR_QUOTED = re.compile(r"[ \t]*(?:['‘’\"“”][ \t]*)?(?:[-–/][ \t]*)?")
# A gap between words that opens a sentence: it ends in a full stop, colon, bracket or
# bullet, then maybe an opening quote (spaces placed as above, for the same reason).
_OPENS_SENTENCE = re.compile(r"[.!?:;(\[•]\s*(?:['‘\"“]\s*)?$")
# Acronyms with lower-case letters between capitals: RoHS, MiCA, EqA, VoC, RevPAR (at
# most two in a row, and a capital last, so YouTube, LinkedIn and McKinsey are not).
_MIXED_ACRONYM = re.compile(r"^(?:[a-z](?=[A-Z]{2}))?[A-Z](?:[a-z]{0,2}[A-Z0-9&])+s?$")
# What may stand inside the parenthesis of a law's title ("Consumer Contracts
# (Information, Cancellation and Additional Charges) Regulations"): capitalised words,
# joining words, commas.
TITLE_PARENTHESIS = re.compile(
    r"\((?:[A-Z0-9][\w'’.-]*+|and|of|for|the|in|on|to|about|with|from|by|&|,|[ \t])++\)"
)
# Numbered names such as the 4Ps, the 6Cs or 5S; not 3D, 4G, 4K or 9AM.
_NUMBERED_NAME = re.compile(r"^[1-9](?!(?:D|G|K|AM|PM)s?$)[A-Z]{1,2}s?$")


class Token(NamedTuple):
    """One word of prose (a named tuple: tokens are made by the hundred thousand)."""

    text: str
    start: int
    end: int
    norm: str  # the matching form: case-folded, possessive dropped, singular
    sentence_start: bool


def _singular(word: str) -> str:
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "ics")):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=65536)  # a corpus uses a few thousand distinct words, often
def normalise_word(word: str) -> str:
    if re.fullmatch(r"[A-Z][A-Z0-9&]+s", word):
        word = word[:-1]  # "KPIs": the plural of an acronym ("is" would keep its "s")
    word = word.casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return _singular(word.replace("'", ""))


@functools.lru_cache(maxsize=1 << 18)  # the same names are keyed again and again
def concept_key(surface: str) -> str:
    """The normal form of a name: case, punctuation, plurals and a leading 'the' ignored.

    ``concept_key("The PDCA cycles") == concept_key("pdca cycle")``.
    """
    words = TOKEN.findall(surface.replace("&", " and "))
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(normalise_word(word) for word in words)


def lookup_key(surface: str) -> str:
    """Like :func:`concept_key`, but spacing is ignored as well ("Plan Do" == "PlanDo")."""
    return concept_key(surface).replace(" ", "")


@functools.lru_cache(maxsize=1 << 16)
def is_acronym(word: str) -> bool:
    """True for words such as NPS, KPIs, PRINCE2, B2B (two or more capitals) or 4Ps."""
    return (bool(_ACRONYM.match(word)) and len(word) <= 12) or bool(_NUMBERED_NAME.match(word))


@functools.lru_cache(maxsize=1 << 16)
def is_mixed_acronym(word: str) -> bool:
    """True for acronyms written with lower-case letters between capitals: RoHS, MiCA, EqA.

    They are read as acronyms where a document defines them ("Markets in Crypto-Assets
    (MiCA)"), not on their own: PhD or DfE alone are no models.
    """
    return (
        len(word) <= 8
        and _MIXED_ACRONYM.match(word) is not None
        and not acronym_letters(word).isupper()
        and sum(char.isupper() for char in word) >= 2
    )


def acronym_letters(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1].isupper() else word


def tokenize(text: str) -> list[Token]:
    """Split prose into word tokens, marking those that open a sentence."""
    # split() cuts the text into [gap, word, gap, word, ..., gap] in one call, the
    # words finditer() would find, without making a match object for each one
    parts = TOKEN_OR_GAP.split(text)
    if len(parts) < 2:
        return []
    first = parts[1]
    end = len(parts[0]) + len(first)
    # tuple.__new__ skips the named tuple's Python-level constructor: same token
    tokens = [_make_token(Token, (first, end - len(first), end, normalise_word(first), True))]
    append = tokens.append
    opens_sentence = _OPENS_SENTENCE.search
    for gap, word in zip(parts[2:-1:2], parts[3::2], strict=True):
        start = end + len(gap)
        end = start + len(word)
        # most gaps are one space, which cannot end a sentence: skip the search
        opens = gap != " " and opens_sentence(gap) is not None
        append(_make_token(Token, (word, start, end, normalise_word(word), opens)))
    return tokens


_make_token = tuple.__new__


def joined(text: str, left: Token, right: Token) -> bool:
    """True when only spaces or hyphens separate two tokens."""
    return _JOINED.fullmatch(text, left.end, right.start) is not None


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def unquoted(surface: str) -> str:
    """Drop quotation marks around words ("'LATER' method"), keep apostrophes ("Maslow's")."""
    return _QUOTE_AROUND_WORDS.sub("", surface)


_QUOTE_AROUND_WORDS = re.compile(r"(?:(?<=\s)|^)['‘\"“]|['’\"”](?=\s|$)")


def joined_or_quoted(text: str, left: Token, right: Token) -> bool:
    return JOINED_OR_QUOTED.fullmatch(text, left.end, right.start) is not None


_YEAR = re.compile(r"(?:18|19|20)\d\d")
# The last word of a law's title, and the year that may follow it ("Act 2010")
LAW_HEAD = r"(?:Act|Regulations|Rules|Order|Directive)"
LAW_YEAR = r"(?:[ \t]+(?:18|19|20)\d\d)?"


def is_year(word: str) -> bool:
    """True for a year of a law or an edition: "2015", "1974"."""
    return _YEAR.fullmatch(word) is not None


def is_possessive(token: Token) -> bool:
    return token.text.casefold().endswith(("'s", "’s"))


def hyphenated(text: str, left: Token, right: Token) -> bool:
    """True when a hyphen (or an en dash), and nothing else, joins two tokens."""
    return text[left.end : right.start] in _HYPHENS


_HYPHENS = frozenset({"-", "–"})
