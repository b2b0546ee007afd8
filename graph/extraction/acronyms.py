"""Acronyms and their definitions: ``NPS``, ``Net Promoter Score (NPS)``, mnemonics spelled out."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from graph.extraction.candidates import Candidate, Rule, known_keys
from graph.extraction.keys import (
    Token,
    acronym_letters,
    concept_key,
    is_acronym,
    is_mixed_acronym,
    is_year,
    joined,
)
from graph.extraction.words import (
    CONNECTORS,
    FUNCTION_WORDS,
    GENERIC_ADJECTIVES,
    HEADS,
    SENTENCE_OPENERS,
    STANDARDS_BODIES,
)
from graph.vocabulary import Vocabulary

__all__ = ["find_acronyms", "find_definitions", "find_long_form"]

_PARENTHESES = re.compile(r"\((?P<inner>[^()]{1,200})\)")
_EXAMPLE_OPENERS = re.compile(
    r"^(?:e\.?\s?g\.?|i\.?\s?e\.?|eg|ie|such as|for example|for instance|see|including|"
    r"like|incl\.?|cf\.?|etc\.?)\b",
    re.IGNORECASE,
)


_CLAUSE_END = re.compile(r"[.;:!?()\[\]]")
# A dotted version after an acronym, or after the parenthesis that defines it.
_VERSION = re.compile(r"\)?[ \t](?P<number>\d{1,2}(?:\.\d{1,2})+)(?![\d.]*\d)")
# A law's year: "EqA 2010", "CRA 2015".


def find_long_form(short: str, text_before: str) -> str | None:
    """The expansion of ``short`` at the end of ``text_before`` (Schwartz & Hearst, 2003).

    Matches the acronym's letters right to left against the preceding words; the
    first letter must start a word. Returns ``None`` when there is no plausible match.
    """
    letters = acronym_letters(short)
    window_size = min(len(letters) + 5, len(letters) * 2)
    clause = _CLAUSE_END.split(text_before)[-1]
    words = clause.split()[-window_size:]
    if not words:
        return None
    candidate = " ".join(words)
    s_index = len(letters) - 1
    l_index = len(candidate) - 1
    while s_index >= 0:
        char = letters[s_index].casefold()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            candidate[l_index].casefold() != char
            or (
                s_index == 0
                and (
                    (l_index > 0 and candidate[l_index - 1].isalnum())
                    # "Office of Rail and Road (ORR)": the first letter opens no "of"
                    or _opens_function_word(candidate, l_index)
                )
            )
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    # the first letter may follow a hyphen ("Plan-Do-..."): take the whole word
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    long_form = candidate[start:].strip(" ,'\"‘’“”")
    # leading function words ("the", "of") go, but not the first part of a hyphenated
    # word ("did-not-attend")
    while long_form.split(None, 1)[0].casefold() in FUNCTION_WORDS and " " in long_form:
        long_form = long_form.split(None, 1)[1]
    long_words = [w for w in re.split(r"[\s-]+", long_form) if w]
    if len(long_words) < 2 or short.casefold() in map(str.casefold, long_words):
        return None  # "the NPS survey (NPS)"
    first = long_words[0].casefold()
    spelled = _spells(letters, [w for w in long_words if w.casefold() not in CONNECTORS])
    if (first in GENERIC_ADJECTIVES and not spelled) or (
        first in SENTENCE_OPENERS and not re.match(r"\S+[-–]\S", long_form)
    ):
        return None  # "Use Net Promoter ..."; but "Plan-Do-Check-Act" is one name
    return long_form


def _opens_function_word(text: str, start: int) -> bool:
    """True when a function word standing alone starts at ``start`` ("of", but not the
    "did" of "did-not-attend")."""
    end = start
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].casefold() in FUNCTION_WORDS and text[end : end + 1] != "-"


def _spells(letters: str, items: list[str]) -> bool:
    initials = "".join(item.strip()[:1] for item in items if item.strip())
    return initials.casefold() == letters.casefold()


def find_acronyms(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if not is_acronym(token.text) or vocabulary.is_not_model(token.text):
            continue
        name = token.text
        last = token
        # "ISO/IEC 20000" and "JD-R": acronyms joined by a slash or a hyphen are one name
        while index < len(tokens) and (
            (text[last.end : tokens[index].start] == "/" and is_acronym(tokens[index].text))
            or (text[last.end : tokens[index].start] == "-" and tokens[index].text.isupper())
        ):
            joiner = text[last.end : tokens[index].start]
            last = tokens[index]
            name = f"{name}{joiner}{last.text}"
            index += 1
        adopted = _adopted_standard(text, tokens, index, name) if _standards_body(name) else None
        if adopted is not None:
            # "BS ISO 22458", "BS EN ISO 9001": a national adoption of a numbered
            # standard is that standard
            whole, standard, index = adopted
            yield Candidate(whole, Rule.ACRONYM)
            yield Candidate(standard, Rule.ACRONYM, same_as=whole)
            continue
        version = _VERSION.match(text, last.end) if text[last.end : last.end + 1] in " )" else None
        if version is not None and "." in version["number"]:
            # "WCAG 2.2", and "Web Content Accessibility Guidelines (WCAG) 2.2": a
            # dotted version is the same thing
            yield Candidate(f"{name} {version['number']}", Rule.ACRONYM, same_as=name)
            yield Candidate(name, Rule.ACRONYM)
            continue
        following = tokens[index] if index < len(tokens) else None
        if following and following.text.isdigit() and joined(text, last, following):
            numbered = f"{name} {following.text}"
            if len(following.text) <= 2 or (is_year(following.text) and not _standards_body(name)):
                # a version ("ITIL 4") or a law's year ("CRA 2015") is the same thing; a
                # standard's number ("ISO 9001") names a different one
                yield Candidate(numbered, Rule.ACRONYM, same_as=name)
            else:
                # "ISO 18295-1:2017": a standard's part belongs to its name, and the
                # year of its edition names the same standard
                edition = _EDITION.match(text, following.end)
                part, year = (edition["part"], edition["year"]) if edition else (None, None)
                numbered += part or ""
                yield Candidate(numbered, Rule.ACRONYM)
                if year:
                    yield Candidate(numbered + year, Rule.ACRONYM, same_as=numbered)
                continue
        yield Candidate(name, Rule.ACRONYM)


_EDITION = re.compile(r"(?P<part>-[1-9][0-9]?(?![\w-]))?(?P<year>:(?:19|20)[0-9]{2}(?![\w-]))?")


def _standards_body(name: str) -> bool:
    return name.partition("/")[0] in STANDARDS_BODIES


def _adopted_standard(
    text: str, tokens: list[Token], index: int, body: str
) -> tuple[str, str, int] | None:
    """ "BS EN ISO 9001", "ISO 9001" and the index after them, for ``body`` "BS".

    Only when ``body`` is a standards body's acronym and ``tokens[index:]`` are one or
    two more acronyms, each after one space, and then a standard's number.
    """
    if not _standards_body(body):
        return None
    names: list[str] = []
    previous = tokens[index - 1]
    position = index
    while position + 1 < len(tokens) and len(names) < 2:
        word = tokens[position]
        if not (is_acronym(word.text) and text[previous.end : word.start] == " "):
            return None
        names.append(word.text)
        number = tokens[position + 1]
        if number.text.isdigit() and len(number.text) >= 3 and joined(text, word, number):
            whole = f"{body} {' '.join(names)} {number.text}"
            return whole, f"{word.text} {number.text}", position + 2
        previous = word
        position += 1
    return None


def find_definitions(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    if "(" not in text:
        return  # most texts: then the clause ends are not needed
    clause_ends = [match.start() for match in _CLAUSE_END.finditer(text)]
    for match in _PARENTHESES.finditer(text):
        inner = match["inner"].strip()
        if _EXAMPLE_OPENERS.match(inner):
            continue
        # "(CRA)", "(EqA 2010)", "(RoHS)": an acronym, maybe with a law's year
        short, _, year = inner.partition(" ")
        mixed = is_mixed_acronym(short)
        if (
            (is_acronym(short) or mixed)
            and (not year or is_year(year))
            and not vocabulary.is_not_model(short)
        ):
            # only the clause before the parenthesis, which is all find_long_form reads:
            # the whole text before it would make many parentheses quadratic
            count = bisect.bisect_left(clause_ends, match.start())
            clause = text[clause_ends[count - 1] + 1 if count else 0 : match.start()]
            long_form = find_long_form(short, clause)
            if long_form and _may_define(inner, long_form, vocabulary):
                yield Candidate(long_form, Rule.DEFINITION, same_as=inner)
                if mixed:
                    # the rule for acronyms reads capitals only: a mixed-case acronym
                    # is one where a document defines it
                    yield Candidate(short, Rule.ACRONYM)
                    if year:
                        yield Candidate(inner, Rule.ACRONYM, same_as=short)
            continue
        acronym = _acronym_before(tokens, match.start())
        if acronym is None or vocabulary.is_not_model(acronym):
            continue
        letters = acronym_letters(acronym)
        items = [item for item in re.split(r",|;|\band\b|/", inner) if item.strip()]
        if len(items) >= 2 and _spells(letters, items):
            yield Candidate(acronym, Rule.ACRONYM, expansion=inner)
        elif len(inner.split()) >= 2:
            words = inner.split()
            spelled = _spells(letters, [w for w in words if w.casefold() not in CONNECTORS])
            if (spelled or find_long_form(acronym, inner) == inner) and _may_define(
                acronym, inner, vocabulary
            ):
                yield Candidate(inner, Rule.DEFINITION, same_as=acronym)
                if is_mixed_acronym(acronym):
                    yield Candidate(acronym, Rule.ACRONYM)


def _may_define(acronym: str, long_form: str, vocabulary: Vocabulary) -> bool:
    """False when the vocabulary knows the acronym but not this expansion of it.

    "customer satisfaction (CSAT)" is a loose gloss: merging it would make every
    "customer satisfaction" a mention of the CSAT metric.
    """
    known = known_keys(vocabulary)
    return concept_key(acronym) not in known or concept_key(long_form) in known


def _acronym_before(tokens: list[Token], position: int) -> str | None:
    """An acronym among the (up to two) words just before ``position``."""
    # tokens are in text order: a binary search, not a scan per parenthesis
    count = bisect.bisect_right(tokens, position, key=lambda t: t.end)
    before = tokens[max(0, count - 2) : count]
    for token in reversed(before):
        if is_acronym(token.text) or is_mixed_acronym(token.text):
            return token.text
        if token.norm not in HEADS:
            return None
    return None
