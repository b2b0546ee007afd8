"""Other names a text gives a name: "also known as", "usually called", "(or ...)".

``the Boston Matrix, also known as the growth-share matrix``, ``the Payment Services
Regulations 2017, usually called the PSRs``, ``Gas and Electricity (...) Regulations
2008 (the Complaints Handling Standards)``, ``the Ansoff Matrix (product-market
matrix)`` and ``Herzberg's two-factor (motivation-hygiene) theory`` each name one thing
twice. The second name is an :attr:`Rule.ALIAS` of the first: it joins the first
name's node, and never makes a model on its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from graph.extraction.acronyms import find_long_form
from graph.extraction.candidates import Candidate, Rule
from graph.extraction.keys import (
    Token,
    is_acronym,
    is_capitalised,
    is_mixed_acronym,
    joined,
    normalise_word,
    tokenize,
    unquoted,
)
from graph.extraction.names import find_head_noun_phrases
from graph.extraction.words import (
    CONNECTORS,
    FUNCTION_WORDS,
    HEADS,
)
from graph.vocabulary import Vocabulary

__all__ = ["find_aliases"]

# What introduces another name: after a comma, a dash or an opening parenthesis
# ("X, usually called Y", "X (also known as Y)"), or on its own when it says "also"
# ("X also known as Y"); "(or Y)", "(aka Y)", "(formerly Y)"; and "(the Y)" when Y is
# capitalised, a short title after a long one.
_MARKER = re.compile(
    r"(?P<open>[,(–—]|(?<=\s)-)\s*"
    r"(?:(?:also|usually|often|commonly|generally|sometimes|more\s+commonly|better|"
    r"otherwise|widely|simply|now|formerly)\s+)?"
    r"(?:known\s+as|called|referred\s+to\s+as|shortened\s+to|abbreviated\s+(?:to|as)|"
    r"termed|dubbed)\s+"
    r"|\b(?:also|otherwise|better)\s+known\s+as\s+"
    r"|\(\s*(?:or|aka|a\.k\.a\.|formerly|also)\s+"
    r"|\(\s*the\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
# An alternative in parentheses inside a name, just before its model word:
# "two-factor (motivation-hygiene) theory".
_INNER_ALTERNATIVE = re.compile(
    r"(?<=[^\W_])\s*\((?P<alternative>[^\W_][\w'’-]*(?: [\w'’-]+){0,2})\)[ \t]+"
    r"(?P<head>[^\W_]+)"
)
# A parenthesis whose last word repeats the model word just before it: "the Ansoff
# Matrix (product-market matrix)".
_SAME_HEAD = re.compile(r"(?P<head>[^\W_]+)\s*\((?P<inner>[^()]{3,80})\)")
_CLAUSE_END = re.compile(r"[.;:!?]\s")
_MOST_WORDS = 6


def find_aliases(
    text: str, tokens: list[Token], vocabulary: Vocabulary, found: Sequence[Candidate]
) -> Iterator[Candidate]:
    """Candidates for the second name of every name ``text`` names twice.

    ``found`` holds what the other rules found in ``text``: the first name is the
    longest of them that ends where the second begins (else the words before it).
    """
    if "(" not in text and not _might_alias(text):
        return  # most texts
    surfaces = sorted({c.surface for c in found}, key=len, reverse=True)
    for match in _MARKER.finditer(text):
        first = _found_before(text, match.start(), surfaces)
        head = normalise_word(first.split()[-1]) if first else None
        second = _name_after(text, tokens, match.end(), head if head in HEADS else None)
        if second is None:
            continue
        if first is None:
            # "average speed of answer, also known as ASA": a name no rule found is
            # taken only when the acronym spells it
            letters = second.split()[0]
            if not (is_acronym(letters) or is_mixed_acronym(letters)):
                continue
            first = find_long_form(letters, text[max(0, match.start() - 120) : match.start()])
            if first is None:
                continue
            yield Candidate(first, Rule.DEFINITION, same_as=second)
        elif second != first and not (
            vocabulary.is_not_model(first) or vocabulary.is_not_model(second)
        ):
            yield Candidate(second, Rule.ALIAS, same_as=first)
    if "(" in text:
        yield from _same_head_parentheses(text, tokens, vocabulary, surfaces)
        yield from _inner_alternatives(text, vocabulary)


def _might_alias(text: str) -> bool:
    lowered = text.casefold()
    return any(
        word in lowered
        for word in ("known as", "called", "referred to", "shortened", "abbreviated", "termed")
    )


def _found_before(text: str, position: int, surfaces: Sequence[str]) -> str | None:
    """The longest name another rule found that ends at ``position``."""
    before = text[max(0, position - 120) : position].rstrip(" '’\"”")
    for surface in surfaces:  # longest first
        if before.endswith(surface) and (
            len(before) == len(surface) or not before[-len(surface) - 1].isalnum()
        ):
            return surface
    return None


_INNER_JOINERS = frozenset({"of", "per", "to", "and"})


def _name_after(text: str, tokens: list[Token], position: int, head: str | None) -> str | None:
    """The name that begins at ``position``: an acronym, a capitalised run or a few words.

    A lower-case name ends at its model word when the first name has one (``head``),
    else at a function word or a mark.
    """
    index = bisect.bisect_left(tokens, position, key=lambda t: t.start)
    if index >= len(tokens) or tokens[index].start - position > 2:
        return None
    if tokens[index].text.casefold() in {"the", "a", "an"}:
        index += 1
        if index >= len(tokens) or not joined(text, tokens[index - 1], tokens[index]):
            return None
    first = tokens[index]
    if is_acronym(first.text) or is_mixed_acronym(first.text):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            following
            and re.fullmatch(r"(?:19|20)\d\d", following.text)
            and joined(text, first, following)
        ):
            return f"{first.text} {following.text}"
        return first.text
    if first.text.casefold() in FUNCTION_WORDS:
        return None
    capital = is_capitalised(first)
    words = [first]
    for token in tokens[index + 1 : index + _MOST_WORDS]:
        if not joined(text, words[-1], token):
            break
        word = token.text.casefold()
        if capital and not (is_capitalised(token) or (word in CONNECTORS and word != "the")):
            break
        if not capital and (word in FUNCTION_WORDS and word not in _INNER_JOINERS):
            break
        if not capital and is_capitalised(token):
            break
        words.append(token)
        if not capital and head is not None and token.norm == head:
            break
    while words and words[-1].text.casefold() in CONNECTORS | _INNER_JOINERS:
        words.pop()
    if not words:
        return None
    if not capital and head is not None and words[-1].norm != head and len(words) > 1:
        return None  # "also known as the matrix of ... which": no clear end
    return unquoted(text[words[0].start : words[-1].end])


def _same_head_parentheses(
    text: str, tokens: list[Token], vocabulary: Vocabulary, surfaces: Sequence[str]
) -> Iterator[Candidate]:
    """ "the Ansoff Matrix (product-market matrix)": a gloss that ends in the same model word."""
    for match in _SAME_HEAD.finditer(text):
        head = normalise_word(match["head"])
        inner = match["inner"].strip()
        words = inner.split()
        if (
            head not in HEADS
            or not 2 <= len(words) <= 5
            or normalise_word(words[-1]) != head
            or any(word.casefold() in FUNCTION_WORDS - CONNECTORS for word in words)
        ):
            continue
        first = _found_before(text, match.end("head"), surfaces)
        if first is not None and not vocabulary.is_not_model(inner):
            yield Candidate(unquoted(inner), Rule.ALIAS, same_as=first)


def _inner_alternatives(text: str, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """ "Herzberg's two-factor (motivation-hygiene) theory": two names for one theory.

    The name is read without the parenthesis ("Herzberg's two-factor theory", found
    by the rule for head nouns); the alternative before the same model word
    ("motivation-hygiene theory") and the name as written are its aliases.
    """
    for match in _INNER_ALTERNATIVE.finditer(text):
        head = match["head"]
        alternative = match["alternative"]
        if (
            normalise_word(head) not in HEADS
            or not alternative.islower()  # "(Interest) Act" is part of a law's title
            or any(word in FUNCTION_WORDS for word in alternative.split())
        ):
            continue
        clause_start = max(
            (m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0
        )
        plain = f"{text[clause_start : match.start()]} {head}"
        names = [
            c
            for c in find_head_noun_phrases(plain, tokenize(plain), vocabulary)
            if plain.endswith(c.surface)
        ]
        if not names:
            continue
        yield from names
        shortest = min((c.surface for c in names), key=len)
        longest = max((c.surface for c in names), key=len)
        yield Candidate(f"{alternative} {head}", Rule.HEAD_NOUN, same_as=shortest)
        # the name as written, parenthesis and all, is what a reader may look up
        start = clause_start + len(plain) - len(longest)
        yield Candidate(text[start : match.end()], Rule.ALIAS, same_as=longest)
