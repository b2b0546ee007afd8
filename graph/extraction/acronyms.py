"""Acronyms and their definitions: ``NPS``, ``Net Promoter Score (NPS)``, mnemonics spelled out."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from graph.extraction.candidates import Candidate, Rule, known_keys
from graph.extraction.keys import (
    LAW_HEAD,
    LAW_YEAR,
    TITLE_PARENTHESIS,
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
    names_no_model,
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
_LONGEST_CLAUSE = 300
# A dotted version after an acronym, or after the parenthesis that defines it.
_VERSION = re.compile(r"\)?[ \t](?P<number>\d{1,2}(?:\.\d{1,2})+)(?![\d.]*\d)")
# the second half of a paired number: "01-04" of "HTM 01-04"
_PAIRED_NUMBER = re.compile(r"[-–]\d{2}(?![\d-])")
# A law's year: "EqA 2010", "CRA 2015".


def find_long_form(short: str, text_before: str) -> str | None:
    """The expansion of ``short`` at the end of ``text_before`` (Schwartz & Hearst, 2003).

    Matches the acronym's letters right to left against the preceding words; the
    first letter must start a word. Returns ``None`` when there is no plausible match.
    """
    # "the General Pharmaceutical Council's (GPhC) standards": the body, not its own
    text_before = _OWNER_S.sub("", text_before)
    letters = acronym_letters(short)
    repeated = _REPEATED_LETTER.sub(lambda m: m[1] * int(m[2]), letters)
    if repeated != letters:
        # "World Wide Web Consortium (W3C)": a digit after a letter repeats it
        return _find_long_form(short, repeated, text_before) or _find_long_form(
            short, letters, text_before
        )
    return _find_long_form(short, letters, text_before)


_OWNER_S = re.compile(r"(?<=[a-z])['’]s[ \t]*\Z")
_REPEATED_LETTER = re.compile(r"([A-Z])([2-4])(?=[A-Z])")


def _find_long_form(short: str, letters: str, text_before: str) -> str | None:
    dated = _LAW_AND_YEAR.search(text_before)
    if dated is not None:
        # "the New Roads and Street Works Act 1991 (NRSWA)": the letters spell the
        # title, which the year follows
        undated = _find_undated(short, letters, text_before[: dated.start("year")])
        if undated is not None:
            return f"{undated} {dated['year']}"
    return _find_undated(short, letters, text_before)


def _find_undated(short: str, letters: str, text_before: str) -> str | None:
    window_size = min(len(letters) + 5, len(letters) * 2)
    clause = last_clause(text_before)
    if _ENDS_IN_LAW.search(clause):
        # "the Package Travel and Linked Travel Arrangements Regulations 2018 (PTRs)":
        # a law's acronym may skip many words of its title
        window_size = max(window_size, _MOST_LAW_WORDS)
    words = clause.split()[-window_size:]
    if not words:
        return None
    candidate = " ".join(words)
    start = _initials_start(letters, candidate)
    if start is None:
        start = _letters_start(letters, candidate)
    if start is None:
        return None
    long_form = candidate[start:].strip(" ,'\"‘’“”")
    # leading function words ("the", "of") go, but not the first part of a hyphenated
    # word ("did-not-attend")
    while (
        long_form.split(None, 1)[0].casefold() in FUNCTION_WORDS
        and " " in long_form
        # "On time in full (OTIF)": a capitalised function word is the first letter, and
        # so is any but an article where every word's initial is ("did not attend")
        and not (
            (long_form[0].isupper() or long_form.split(None, 1)[0] not in _ARTICLES)
            and _initials_spell(letters, long_form)
        )
    ):
        long_form = long_form.split(None, 1)[1]
    long_words = [w for w in re.split(r"[\s-]+", long_form) if w]
    if len(long_words) < 2 or short.casefold() in map(str.casefold, long_words):
        return None  # "the NPS survey (NPS)"
    first = long_words[0].casefold()
    spelled = _spells(letters, [w for w in long_words if w.casefold() not in CONNECTORS])
    if (first in GENERIC_ADJECTIVES and not spelled) or (
        first in SENTENCE_OPENERS
        and not re.match(r"\S+[-–]\S", long_form)
        and not _initials_spell(letters, long_form)
    ):
        # "Use Net Promoter ..."; but "Plan-Do-Check-Act" is one name, and so is "On
        # time in full (OTIF)", every word of which the acronym spells
        return None
    return long_form


_ARTICLES = frozenset({"the", "a", "an"})
_ENDS_IN_LAW = re.compile(rf"\b{LAW_HEAD}{LAW_YEAR}[ \t]*\Z")
_LAW_AND_YEAR = re.compile(rf"\b{LAW_HEAD}[ \t]+(?P<year>(?:18|19|20)[0-9][0-9])[ \t]*\Z")
_MOST_LAW_WORDS = 12
_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _initials_spell(letters: str, words: str) -> bool:
    """Whether the initials of all of ``words`` spell ``letters``."""
    return _spells(letters, _WORD.findall(words))


def _initials_start(letters: str, candidate: str) -> int | None:
    """Where the words whose initials spell ``letters`` begin, when the last words of
    ``candidate`` (joining words and a year aside) do: "Housing Health and Safety
    Rating System (HHSRS)" is all five words, not "Health and Safety ..." matched
    letter by letter."""
    if not (letters.isalpha() and letters.isupper()):
        return None
    every = list(_WORD.finditer(candidate))
    # joining words aside, or every word ("On time in full (OTIF)")
    for words in ([w for w in every if w[0].casefold() not in CONNECTORS], every):
        if len(words) < len(letters):
            continue
        spelling = words[-len(letters) :]
        after = candidate[spelling[-1].end() :].strip(" ,")
        if after and not is_year(after):
            continue
        if spelling[0][0].casefold() in CONNECTORS and not spelling[0][0][0].isupper():
            continue  # "the Transtheoretical Model (TTM)": no "the" for the first T
        if _spells(letters, [w[0] for w in spelling]):
            return spelling[0].start()
    return None


def _letters_start(letters: str, candidate: str) -> int | None:
    """Where the words that hold ``letters`` in order begin (Schwartz & Hearst, 2003):
    right to left, the first letter opening a word."""
    s_index = len(letters) - 1
    l_index = len(candidate) - 1
    while s_index >= 0:
        char = letters[s_index].casefold()
        if not char.isalnum():
            s_index -= 1
            continue
        if s_index == 0 and char == "x":
            # "experience level agreements (XLAs)": an X may stand for a word opening "ex"
            opening = candidate.casefold().rfind("ex", 0, l_index + 2)
            while opening > 0 and candidate[opening - 1].isalnum():
                opening = candidate.casefold().rfind("ex", 0, opening + 1)
            if opening >= 0:
                return opening
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
    return candidate.rfind(" ", 0, l_index + 1) + 1


def last_clause(text: str) -> str:
    """The end of ``text`` after its last clause break.

    The stop of "etc." or "No.", the parentheses of a law's title ("Consumer
    Insurance (Disclosure and Representations) Act 2012") and a colon between the
    capitalised words of a title ("Dispute Resolution: Complaints sourcebook") break no
    clause.
    """
    position = len(text)
    for _ in range(_MOST_SKIPPED_BREAKS):
        found = _LAST_BREAK.search(text, 0, position)
        if found is None:
            return text
        mark = found.start()
        if (text[mark] == "." and _DOTTED_WORD.search(text, 0, mark)) or (
            # "Insurance: Conduct of Business sourcebook (ICOBS)": a colon inside a title
            text[mark] == ":"
            and _CAPITAL_AFTER.match(text, mark + 1)
            and _TITLE_WORD_BEFORE.search(text, 0, mark)
        ):
            position = mark
            continue
        if text[mark] == ")" and _CAPITAL_AFTER.match(text, mark + 1):
            opening = text.rfind("(", 0, mark)
            if (
                opening > 0
                and _CAPITAL_BEFORE.search(text, 0, opening)
                and TITLE_PARENTHESIS.fullmatch(text, opening, mark + 1)
            ):
                position = opening
                continue
        return text[mark + 1 :]
    return text[position:]


# the last clause break in a text: a regular expression anchored at the end finds it
# without reading the whole text backwards in Python
_LAST_BREAK = re.compile(r"[.;:!?()\[\]](?=[^.;:!?()\[\]]*\Z)")
_MOST_SKIPPED_BREAKS = 4
# a title's parenthesis stands between its capitalised words: "Insurance (...) Act"
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’]*[ \t]+\Z")
_DOTTED_WORD = re.compile(r"(?<![\w])(?:etc|No)\Z")
# a capitalised word after another, after a possessive or after "the": "the FCA's Dispute
# Resolution", "the Insurance: Conduct of Business sourcebook"
_TITLE_WORD_BEFORE = re.compile(r"(?:[A-Z][\w]*|['’]s|\bthe)[ \t]+[A-Z][a-z]+\Z")


def _opens_function_word(text: str, start: int) -> bool:
    """True when a function word standing alone starts at ``start`` ("of", but not the
    "did" of "did-not-attend")."""
    end = start
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].casefold() in FUNCTION_WORDS and text[end : end + 1] != "-"


def _spells(letters: str, items: list[str]) -> bool:
    """True when the items spell ``letters``, each by its first letter or, where it has
    one, its first capital ("Thank, Explain, eXplicit consent, Ask, Signpost")."""
    items = [item.strip() for item in items if item.strip()]
    initials = "".join(item[:1] for item in items)
    if initials.casefold() == letters.casefold():
        return True
    # "MoSCoW (must have, should have, could have, won't have)": a mixed-case acronym's
    # capitals are its words
    capitals_only = "".join(c for c in letters if c.isupper())
    if len(items) >= 3 and capitals_only != letters and initials.upper() == capitals_only:
        return True
    capitals = "".join(next((c for c in item if c.isupper()), item[:1]) for item in items)
    return capitals == letters


def find_acronyms(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if "/" in token.text and _GUIDANCE_NUMBER.fullmatch(token.text):
            yield Candidate(token.text, Rule.ACRONYM)  # "FG21/1", "PS22/9"
            continue
        name = token.text
        last = token
        if (
            is_mixed_acronym(name)
            and sum(char.isupper() for char in name) >= _MOST_CAPITALS_OF_A_WORD + 1
            and index < len(tokens)
            and tokens[index].norm in _TECHNIQUE_NOUNS
            and joined(text, token, tokens[index])
        ):
            # "MoSCoW prioritisation": letters of mixed case before what a technique
            # does name it, defined or not (not "PhD students", "CoMoUK guidance")
            yield Candidate(name, Rule.ACRONYM)
            yield Candidate(f"{name} {tokens[index].text}", Rule.HEAD_NOUN, same_as=name)
            continue
        if len(name) == 1 and name.isupper():
            # "E-S-QUAL" and "C&LPA": a single capital hyphenated or joined by an
            # ampersand to an acronym is one acronym
            while (
                index < len(tokens)
                and (joiner := text[last.end : tokens[index].start]) in ("-", "&")
                and tokens[index].text.isupper()
            ):
                last = tokens[index]
                name = f"{name}{joiner}{last.text}"
                index += 1
            if last is not token and is_acronym(last.text) and not vocabulary.is_not_model(name):
                yield Candidate(name, Rule.ACRONYM)
            continue
        if _PREFIXED_LETTERS.fullmatch(name) and not vocabulary.is_not_model(name):
            # "a quarterly eNPS", "eKYC": capitals after an "e" for employee or
            # electronic are a measure's or a scheme's letters ("iSAMS", "iOS" are
            # products)
            yield Candidate(name, Rule.ACRONYM)
            continue
        if not is_acronym(name) or vocabulary.is_not_model(name):
            continue
        if text[token.end : token.end + 1] == "." and text[token.end + 1 : token.end + 2].isalpha():
            continue  # "GOV.UK", "NHS.UK": a web address
        # "ISO/IEC 20000", "JD-R" and "BH&HPA": acronyms joined by a slash, a hyphen or
        # an ampersand are one name
        while index < len(tokens) and (
            (text[last.end : tokens[index].start] == "/" and is_acronym(tokens[index].text))
            or (text[last.end : tokens[index].start] in "-&" and tokens[index].text.isupper())
        ):
            joiner = text[last.end : tokens[index].start]
            last = tokens[index]
            name = f"{name}{joiner}{last.text}"
            index += 1
        if last is not token and vocabulary.is_not_model(name):
            continue  # "NS&I": a bank, whatever its parts
        if (
            index < len(tokens)
            and text[last.end : tokens[index].start] == "-"
            and _CAPITALISED_WORD.fullmatch(tokens[index].text)
        ):
            # "the STOP-Bang questionnaire": an acronym hyphenated to a capitalised
            # word is a part of one name, no acronym of its own
            index += 1
            continue
        adopted = _adopted_standard(text, tokens, index, name) if _standards_body(name) else None
        if adopted is not None:
            # "BS ISO 22458", "BS EN ISO 9001": a national adoption of a numbered
            # standard is that standard
            whole, standard, edition_year, index = adopted
            yield Candidate(whole, Rule.ACRONYM)
            yield Candidate(standard, Rule.ACRONYM, same_as=whole)
            if edition_year:
                # "BS ISO 22458:2022": the year of its edition names the same standard
                yield Candidate(whole + edition_year, Rule.ACRONYM, same_as=whole)
            continue
        version = _VERSION.match(text, last.end) if text[last.end : last.end + 1] in " )" else None
        if version is not None and "." in version["number"]:
            # "WCAG 2.2", and "Web Content Accessibility Guidelines (WCAG) 2.2": a
            # dotted version is the same thing
            yield Candidate(f"{name} {version['number']}", Rule.ACRONYM, same_as=name)
            yield Candidate(name, Rule.ACRONYM)
            continue
        following = tokens[index] if index < len(tokens) else None
        if following and _CHAPTER.fullmatch(following.text) and joined(text, last, following):
            # "PRIN 2A", "SYSC 10A": a chapter of a rule book, named with it
            yield Candidate(f"{name} {following.text}", Rule.ACRONYM)
            index += 1  # the chapter's number is no acronym of its own
            continue
        if following and following.text.isdigit() and joined(text, last, following):
            numbered = f"{name} {following.text}"
            paired = _PAIRED_NUMBER.match(text, following.end)
            if paired is not None and len(following.text) == 2:
                # "HTM 01-04", "HBN 00-09": a guidance series and its number, one name
                yield Candidate(numbered + paired[0], Rule.ACRONYM)
                index += 1
                continue
            if len(following.text) <= 2 and _title_of_numbered_part(text, token.start, name):
                # "the Standards of Conduct (SLC 0)": a numbered part of a rule book,
                # named by the title before it, is no version of the rule book
                yield Candidate(numbered, Rule.ACRONYM)
                yield Candidate(name, Rule.ACRONYM)
                index += 1
                continue
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
                if name.startswith("ISO/"):
                    # "ISO/IEC 27001" is as often written "ISO 27001": one standard
                    plain = f"ISO {numbered.partition(' ')[2]}"
                    yield Candidate(plain, Rule.ALIAS, same_as=numbered)
                continue
        yield Candidate(name, Rule.ACRONYM)
        if (
            following is not None
            and following.text.islower()
            and following.text != following.norm
            and following.norm in _PARTS_OF_A_MODEL
            and joined(text, last, following)
        ):
            # "the RATER dimensions", "the AIDA stages": the parts of what the letters
            # name are a name of it
            yield Candidate(f"{name} {following.text}", Rule.HEAD_NOUN, same_as=name)


# "C-MeX", "D-MeX": a capital, a hyphen, then capitals with lower-case letters between
_HYPHENATED_LETTERS = re.compile(r"[A-Z]-[A-Z][a-z]{0,2}[A-Z]")
_PREFIXED_LETTERS = re.compile(r"e[A-Z]{3,6}")
# the parts a model is made of, named after its letters (not "RADAR keys", "APP types")
_PARTS_OF_A_MODEL = frozenset({"dimension", "stage", "step", "phase", "pillar", "principle"})
# a chapter inserted into a rule book: "2A" in "PRIN 2A"
_CHAPTER = re.compile(r"[1-9][0-9]?[A-Z]")
# A regulator's numbered paper: its letters, the year's two digits, a number
_GUIDANCE_NUMBER = re.compile(r"[A-Z]{2,4}[0-9]{2}/[0-9]{1,3}")
_CODED_STANDARD = re.compile(r"[A-Z]{2,5}[0-9]{3,5}")
_NAMED_TITLE = re.compile(
    r"(?<![\w'’-])(?P<title>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|on|and|in|to|[A-Z][\w'’-]*)){1,8})"
    r"[ \t]*\Z"
)
_LONG_TITLE = 5  # words: a title this long is no product's name, head or none
# a word of its own has two capitals at most ("McKinsey", "PhD", "LinkedIn")
_MOST_CAPITALS_OF_A_WORD = 2
_TECHNIQUE_NOUNS = HEADS | {"prioritisation", "prioritization", "segmentation", "scoring"}
# an acronym and a name's last words: "LOtC Quality Badge", "S-D logic"
_ACRONYM_AND_TAIL = re.compile(
    r"(?P<letters>[A-Z][A-Za-z]{1,6}[A-Z]|[A-Z](?:-[A-Z]){1,3})[ \t]+"
    r"(?P<tail>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}|[a-z]{3,}(?:[ \t]+[a-z]{3,})?)"
)
# a word made of the clipped words of a name: "SemVer", "DevOps", "FinTech"
_CLIPPED = re.compile(r"(?:[A-Z][a-z]{1,4}){2,3}")
_CLIPPED_PART = re.compile(r"[A-Z][a-z]*")


def _clipped_title(short: str, before: str) -> str | None:
    """The capitalised words just before a bracket that ``short`` clips, one part a
    word, each part the opening of its word: "Semantic Versioning" for "SemVer"."""
    parts = _CLIPPED_PART.findall(short)
    words = before.rstrip(" \t").split()[-len(parts) :]
    if len(words) == len(parts) and all(
        word[:1].isupper() and len(word) > len(part) and word.startswith(part)
        for word, part in zip(words, parts, strict=True)
    ):
        return " ".join(words)
    return None


_CLAUSE_OPENS = re.compile(r"(?:\A|[.:;!?(-])[ \t]*\Z")


def _without_opener(text: str, start: int, title: str) -> list[str]:
    """The words of ``title`` (at ``start``) without a verb that opens its clause:
    "Following Managing Health and Safety in Swimming Pools"."""
    words = title.split()
    first = words[0].casefold()
    if _CLAUSE_OPENS.search(text[max(0, start - 3) : start]) and (
        first in SENTENCE_OPENERS or first.endswith("ing")
    ):
        return words[1:]
    return words


# ("NIST SP 800-63B": a part may have a letter)
_EDITION = re.compile(
    r"(?P<part>-[1-9][0-9]?[A-Z]?(?![\w-]))?(?P<year>:(?:19|20)[0-9]{2}(?![\w-]))?"
)


def _standards_body(name: str) -> bool:
    return name.partition("/")[0] in STANDARDS_BODIES


def _adopted_standard(
    text: str, tokens: list[Token], index: int, body: str
) -> tuple[str, str, str, int] | None:
    """ "BS EN ISO 9001", "ISO 9001", the year of its edition (maybe "") and the index
    after them, for ``body`` "BS".

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
        if (
            number.text.isdigit()
            # ("BS EN 81-20": a short number with its part)
            and (len(number.text) >= 3 or text[number.end : number.end + 1] in {"-", "–"})
            and joined(text, word, number)
        ):
            # "BS EN 1645-1", "NIST SP 800-88": the part is part of the name
            after = position + 2
            numbered = number.text
            if (
                after < len(tokens)
                and len(tokens[after].text) == 3
                and tokens[after].text.isdigit()
                and text[number.end : tokens[after].start] == " "
            ):
                # "ETSI EN 303 645": a number written in groups of three
                numbered = f"{numbered} {tokens[after].text}"
                number, after = tokens[after], after + 1
            edition = _EDITION.match(text, number.end)
            part = (edition["part"] or "") if edition else ""
            year = (edition["year"] or "") if edition else ""
            whole = f"{body} {' '.join(names)} {numbered}{part}"
            return whole, f"{word.text} {numbered}{part}", year, after
        previous = word
        position += 1
    return None


# "EREC G98": an acronym and a code of letters and digits
_ACRONYM_AND_CODE = re.compile(
    r"(?P<letters>[A-Z][A-Za-z]{1,6})[ \t]+(?P<code>[A-Z]{1,3}[0-9]{1,4})"
)
# "Finalised Guidance FG21/1": a regulator's paper, called by its kind and its code
_KIND_AND_CODE = re.compile(
    r"(?<![\w'’-])(?P<kind>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+"
    r"(?P<code>[A-Z]{2,4}[0-9]{2}/[0-9]{1,3})(?![\w/])"
)


def find_definitions(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    if ", the " in text or ", or " in text or "'s " in text or "’s " in text:
        for match in _APPOSITION.finditer(text):
            # "MCOB, the Mortgages and Home Finance: Conduct of Business sourcebook, ...",
            # and "COSHH, the Control of Substances Hazardous to Health Regulations 2002":
            # the letters may spell a law's title without its kind and year
            acronym, expansion = match["acronym"], match["expansion"]
            without_kind = _LAW_KIND_AND_YEAR.sub("", expansion)
            if not (_long_form_is(acronym, expansion) or _long_form_is(acronym, without_kind)):
                # "C-MeX, the Customer Measure of Experience that Ofwat uses ...": the
                # title is its capitalised words, and a clause about it follows
                expansion = _capitalised_opening(expansion)
                without_kind = expansion
            if (
                expansion
                and (_long_form_is(acronym, expansion) or _long_form_is(acronym, without_kind))
                and _may_define(acronym, expansion, vocabulary)
            ):
                yield Candidate(expansion, Rule.DEFINITION, same_as=acronym)
    if "/" in text:
        for match in _KIND_AND_CODE.finditer(text):
            if match["kind"].split()[-1].casefold() in {"guidance", "consultation", "policy"}:
                yield Candidate(match[0], Rule.ALIAS, same_as=match["code"])
    if "(" not in text:
        return  # most texts: then the clause ends are not needed
    clause_ends = [match.start() for match in _CLAUSE_END.finditer(text)]
    for match in _PARENTHESES.finditer(text):
        inner = match["inner"].strip()
        if _EXAMPLE_OPENERS.match(inner):
            continue
        if _GUIDANCE_NUMBER.fullmatch(inner):
            # "Guidance for firms on the fair treatment of vulnerable customers (FG21/1)":
            # a regulator's paper after its title, a capital and then lower-case words
            title = next(
                (
                    found
                    for pattern in (_PAPER_TITLE, _GUIDANCE_IN_WORDS, _GUIDANCE_ON)
                    if (found := pattern.search(text, max(0, match.start() - 160), match.start()))
                ),
                None,
            )
            if title is not None:
                yield Candidate(title["title"], Rule.DEFINITION, same_as=inner)
            continue
        if _CODED_STANDARD.fullmatch(inner):
            # "the Accessible Information Standard (DCB1605)": a standard's code number
            # after its title, which ends in a model word, or is long ("Managing Health
            # and Safety in Swimming Pools (HSG179)")
            title = _NAMED_TITLE.search(text, max(0, match.start() - 160), match.start())
            words = _without_opener(text, title.start(), title["title"]) if title else []
            if len(words) > 1 and (concept_key(words[-1]) in HEADS or len(words) >= _LONG_TITLE):
                yield Candidate(" ".join(words), Rule.DEFINITION, same_as=inner)
            continue
        if _CLIPPED.fullmatch(inner):
            # "Semantic Versioning (SemVer)": the first letters of each word, clipped
            clipped = _clipped_title(inner, text[max(0, match.start() - 80) : match.start()])
            if clipped is not None:
                yield Candidate(clipped, Rule.DEFINITION, same_as=inner)
            continue
        coded = _ACRONYM_AND_CODE.fullmatch(inner)
        if coded is not None and text[: match.start()].rstrip().endswith(f" {coded['code']}"):
            # "Engineering Recommendation G98 (EREC G98)": the letters spell the words
            # before the code, which the title and the bracket share
            before = text[: match.start()].rstrip()[: -len(coded["code"])].rstrip()
            long_form = find_long_form(coded["letters"], before)
            if long_form is not None and long_form[:1].isupper():
                coded_title = f"{long_form} {coded['code']}"
                yield Candidate(coded_title, Rule.DEFINITION, same_as=inner)
                yield Candidate(coded["code"], Rule.ALIAS, same_as=coded_title)
                continue
        tailed = _ACRONYM_AND_TAIL.fullmatch(inner)
        if (
            tailed is not None
            # "(CSE Standard)": plain capitals, read below
            and not (tailed["letters"].isalpha() and tailed["letters"].isupper())
            # a window, not all the text before: a line may hold many brackets
            and (window := text[max(0, match.start() - 200) : match.start()].rstrip()).endswith(
                f" {tailed['tail']}"
            )
        ):
            # "the Learning Outside the Classroom Quality Badge (LOtC Quality Badge)",
            # "Service-dominant logic (S-D logic)": the letters spell the words before
            # the name's last words, which both share
            before = window[: -len(tailed["tail"])].rstrip()
            long_form = find_long_form(tailed["letters"], before[-160:])
            if long_form is not None and long_form[:1].isupper():
                tailed_name = f"{long_form} {tailed['tail']}"
                yield Candidate(tailed_name, Rule.DEFINITION, same_as=inner)
                if "-" in tailed["letters"]:
                    # "S-D" alone is S-D logic: letters hyphenated are no word of their own
                    yield Candidate(tailed["letters"], Rule.ALIAS, same_as=tailed_name)
                continue
        # "(CRA)", "(EqA 2010)", "(RoHS)": an acronym, maybe with a law's year
        short, _, year = inner.partition(" ")
        if is_acronym(year) and vocabulary.is_not_model(short):
            # "the NHS Premises Assurance Model (NHS PAM)": a body's acronym, then the
            # acronym of what it named
            long_form = find_long_form(year, text[max(0, match.start() - 160) : match.start()])
            if long_form:
                yield Candidate(long_form, Rule.DEFINITION, same_as=year)
                yield Candidate(inner, Rule.ALIAS, same_as=long_form)
            continue
        if is_acronym(short) and is_acronym(year) and not year.isdigit():
            # "the Persons with Reduced Mobility Technical Specification for
            # Interoperability (PRM TSI)": two acronyms spell one title together
            long_form = find_long_form(
                short + year, text[max(0, match.start() - 160) : match.start()]
            )
            if long_form and _may_define(inner, long_form, vocabulary):
                yield Candidate(long_form, Rule.DEFINITION, same_as=inner)
                after = _HEAD_AFTER.match(text, match.end())
                if after is not None and after["head"] in HEADS and not year:
                    # "the Customer Service Excellence (CSE) standard": read as the
                    # acronym's head noun, "the CSE standard", which it is
                    yield Candidate(f"{short} {after['head']}", Rule.HEAD_NOUN, same_as=short)
                yield Candidate(inner, Rule.ALIAS, same_as=long_form)
                continue
        if year.isdigit() and len(year) <= 2 and is_acronym(short):
            numbered_title = _title_of_numbered_part(text, match.start() + 1, short)
            if numbered_title is not None:
                yield Candidate(numbered_title, Rule.DEFINITION, same_as=inner)
                continue
        if (
            is_acronym(short)
            and not year
            and (bracketed := _bracketed_law_before(text, match.start()))
            and _spells_bracketed_law(short, bracketed)
        ):
            # "the Regulatory Reform (Fire Safety) Order 2005 (FSO)", "the Public Sector
            # Bodies (Websites ...) (No. 2) Accessibility Regulations 2018 (PSBAR)"
            yield Candidate(bracketed, Rule.DEFINITION, same_as=inner)
            continue
        numbered = _NUMBERED_ACRONYM.fullmatch(inner)
        if numbered is not None and (
            ordinal := _ORDINAL_TITLE.search(text, max(0, match.start() - 160), match.start())
        ):
            # "the second Markets in Financial Instruments Directive (MiFID II)", "the
            # second Payment Services Directive (PSD2)": the letters spell the title, and
            # the number says which
            edition_title = ordinal["title"]
            if find_long_form(numbered["letters"], edition_title) == edition_title:
                yield Candidate(edition_title, Rule.DEFINITION, same_as=inner)
                yield Candidate(f"{ordinal['ordinal']} {edition_title}", Rule.ALIAS, same_as=inner)
                continue
        # "(C-MeX)": a capital hyphenated to a mixed-case acronym is one
        mixed = is_mixed_acronym(short) or _HYPHENATED_LETTERS.fullmatch(short) is not None
        if (
            year in _LAW_HEAD_WORDS
            and (is_acronym(short) or mixed)
            and not vocabulary.is_not_model(short)
            and (law := _LAW_BEFORE.search(text, max(0, match.start() - 200), match.start()))
            and law["head"] == year
        ):
            # "the Countryside and Rights of Way Act 2000 (CRoW Act)": the letters spell
            # the title, and the law's kind (and year) follow them in both names
            long_form = find_long_form(short, text[max(0, law.start() - 200) : law.start()])
            if long_form:
                yield Candidate(f"{long_form} {law['law']}", Rule.DEFINITION, same_as=inner)
            continue
        head = (
            _HEAD_BEFORE.search(text, 0, match.start())
            if year[:1].isupper() or year in _LOWER_CASE_SHARED_HEADS
            else None
        )
        if (
            head is not None
            and head["head"] == year
            and is_acronym(short)
            and not vocabulary.is_not_model(short)
        ):
            # "the Contingent Reimbursement Model Code (CRM Code)", "the did not attend
            # rate (DNA rate)": the acronym spells the words before the model word or the
            # measure both share
            long_form = find_long_form(short, text[max(0, head.start() - 120) : head.start()])
            if long_form:
                if _may_define(short, long_form, vocabulary):
                    yield Candidate(long_form, Rule.DEFINITION, same_as=short)
                yield Candidate(f"{long_form} {year}", Rule.DEFINITION, same_as=inner)
                # and a name of its own, which later texts use ("such as DNA rate")
                yield Candidate(inner, Rule.ALIAS, same_as=f"{long_form} {year}")
            else:
                # "portable appliance testing (PAT testing)": the letters spell the
                # shared word too
                whole = find_long_form(short, text[max(0, head.start() - 120) : head.end()])
                if whole and whole.endswith(year) and _may_define(short, whole, vocabulary):
                    yield Candidate(whole, Rule.DEFINITION, same_as=short)
                    yield Candidate(inner, Rule.ALIAS, same_as=whole)
            continue
        if (
            (is_acronym(short) or mixed)
            and (not year or is_year(year))
            and not vocabulary.is_not_model(short)
        ):
            # only the clause before the parenthesis, which is all find_long_form reads:
            # the whole text before it would make many parentheses quadratic
            count = bisect.bisect_left(clause_ends, match.start())
            clause = text[clause_ends[count - 1] + 1 if count else 0 : match.start()]
            if clause_ends[count - 1 : count] and text[clause_ends[count - 1]] in ".):":
                # "... etc. Act 1974 (HSWA)", "Insurance: Conduct of Business sourcebook
                # (ICOBS)": maybe no break; a bounded look further back
                clause = text[max(0, match.start() - _LONGEST_CLAUSE) : match.start()]
            long_form = find_long_form(short, clause)
            # (a bounded look at the clause's end: a search for a pattern that ends it
            # would try every space of a long run of them)
            ending = clause[-80:]
            if long_form is None and (tail := _TITLE_TAIL.search(ending)) is not None:
                # "the Common European Framework of Reference for Languages (CEFR)": the
                # letters spell the title up to what it is for
                before = clause[: len(clause) - len(ending) + tail.start()]
                opening = find_long_form(short, before)
                if opening and before.rstrip().endswith(opening):
                    long_form = opening + tail[0].rstrip()
            if long_form and ")" in long_form.partition("(")[0]:
                # "the Consumer Contracts (Information, Cancellation and Additional
                # Charges) Regulations 2013 (CCRs)": the letters were read inside the
                # title's parenthesis; the title is the words around it
                long_form = _title_around(text[: match.start()], long_form, short)
            if long_form and _may_define(inner, long_form, vocabulary):
                yield Candidate(long_form, Rule.DEFINITION, same_as=inner)
                after = _HEAD_AFTER.match(text, match.end())
                if after is not None and after["head"] in HEADS and not year:
                    # "the Customer Service Excellence (CSE) standard": read as the
                    # acronym's head noun, "the CSE standard", which it is
                    yield Candidate(f"{short} {after['head']}", Rule.HEAD_NOUN, same_as=short)
                owner = _OWNER_BEFORE.search(clause.rstrip()[: -len(long_form)])
                if clause.rstrip().endswith(long_form) and owner is not None:
                    # "the RCVS Practice Standards Scheme (PSS)": the body's acronym
                    # before the name its acronym spells is part of a longer name of it
                    yield Candidate(f"{owner['owner']} {long_form}", Rule.ALIAS, same_as=long_form)
                elif clause.rstrip().endswith(long_form) and long_form[:1].isupper():
                    # "the Gas Industry Unsafe Situations Procedure (IUSP)": a capitalised
                    # word before the words the acronym spells is part of a longer name
                    word = _CAPITAL_BEFORE_NAME.search(clause.rstrip()[: -len(long_form)])
                    if word is not None and word["word"].casefold() not in _NOT_NAME_WORDS:
                        longer = f"{word['word']} {long_form}"
                        yield Candidate(longer, Rule.ALIAS, same_as=long_form)
                if mixed:
                    # the rule for acronyms reads capitals only: a mixed-case acronym
                    # is one where a document defines it
                    yield Candidate(short, Rule.ACRONYM)
                    if year:
                        yield Candidate(inner, Rule.ACRONYM, same_as=short)
            continue
        if (
            numbered := _NUMBERED_BEFORE.search(text, max(0, match.start() - 40), match.start())
        ) and (named := _THE_NAME.fullmatch(inner)) is not None:
            # "Principle 12 (the Consumer Duty)": a numbered rule and its name
            yield Candidate(numbered["numbered"], Rule.ALIAS, same_as=named["name"])
            continue
        acronym, between = _acronym_before(text, tokens, match.start())
        if acronym is None or vocabulary.is_not_model(acronym):
            continue
        # "C-MeX (the customer measure of experience)": the article is no part of it
        inner = _LEADING_ARTICLE.sub("", inner, count=1)
        letters = acronym_letters(acronym)
        items = [item for item in re.split(r",|;|\band\b|/", inner) if item.strip()]
        if len(items) >= 2 and _spells(letters, items):
            yield Candidate(acronym, Rule.ACRONYM, expansion=inner)
            # the words spelled out are the mnemonic's other name too ("SBAR (Situation,
            # Background, Assessment, Recommendation)"), besides its description; not
            # where their last word would make the mnemonic a role ("..., Champion")
            if not names_no_model(inner):
                yield Candidate(inner, Rule.ALIAS, same_as=acronym)
        elif len(inner.split()) >= 2:
            words = inner.split()
            spelled = _spells(letters, [w for w in words if w.casefold() not in CONNECTORS])
            opening = _spelled_opening(acronym, inner)
            if (
                opening is not None
                and _initials_spell(letters, opening)
                and _may_define(acronym, opening, vocabulary)
            ):
                # "the RTT standard (referral to treatment within 18 weeks, ...)": the
                # words it spells open a gloss that goes on
                yield Candidate(opening, Rule.DEFINITION, same_as=acronym)
                continue
            if (spelled or _long_form_is(acronym, inner)) and _may_define(
                acronym, inner, vocabulary
            ):
                yield Candidate(inner, Rule.DEFINITION, same_as=acronym)
                if is_mixed_acronym(acronym):
                    yield Candidate(acronym, Rule.ACRONYM)
            else:
                continue
        else:
            continue
        if between is not None:
            # "the BIFF response (Brief, Informative, ...)", "a HACCP plan (Hazard
            # Analysis and ...)": what the acronym is called with the word after it
            yield Candidate(f"{acronym} {between}", Rule.ALIAS, same_as=acronym)


# an acronym, then what it stands for between commas (or before the sentence's end)
# (or "HACCP, or Hazard Analysis and Critical Control Points,": the words it spells)
_APPOSITION = re.compile(
    # ("C-MeX, the Customer Measure of Experience": maybe with a hyphen; "C-MeX,
    # Ofwat's Customer Measure of Experience": maybe a body's)
    r"(?<![\w-])(?P<acronym>[A-Z](?:-?[A-Za-z]){1,7}),[ \t]+"
    r"(?:or|(?:the[ \t]+)?[A-Z][\w-]*['’]s|the)[ \t]+"
    r"(?P<expansion>[A-Z][\w'’-]*(?::?[ \t]+[\w'’-]+){1,11})(?=,|\.(?:\s|\Z)|;)"
)
# what a title is for or of, after the words its acronym spells: " for Languages"
_TITLE_TAIL = re.compile(r"[ \t]+(?:for|of|in)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*\Z")


_NUMBERED_ACRONYM = re.compile(r"(?P<letters>[A-Z][A-Za-z]{1,7}?)[ \t]?(?:[2-4]|II|III|IV)")
_ORDINAL_TITLE = re.compile(
    r"(?<![\w-])(?P<ordinal>second|third|fourth)[ \t]+"
    r"(?P<title>[A-Z][\w-]*(?:[ \t]+(?:in|of|for|and|on|[A-Z][\w-]*)){1,8})[ \t]*\Z"
)


# a dated law's title with a parenthesis inside, just before a parenthesis
_BRACKETED_LAW = re.compile(
    r"(?P<title>(?:[A-Z][\w'’-]*[ \t]+|(?:and|of|for|the|in|on|to)[ \t]+|\([^()]{1,80}\)[ \t]+)+"
    rf"(?:{LAW_HEAD}|Measure))[ \t]+(?:18|19|20)[0-9][0-9][ \t]*\Z"
)


def _bracketed_law_before(text: str, position: int) -> str | None:
    """The title, with its year, of a law with a parenthesis inside that ends just before
    the parenthesis that opens at ``position``."""
    if text[max(0, position - 2) : position].strip()[-1:] not in set("0123456789"):
        return None
    found = _BRACKETED_LAW.search(text, max(0, position - 240), position)
    if found is None or "(" not in found["title"]:
        return None
    law = text[found.start("title") : position].strip()
    # "Meeting the Public Sector Bodies (...)": the title begins after its article
    before_brackets = law.partition("(")[0]
    cut = max(before_brackets.rfind("the "), before_brackets.rfind("The "))
    return law[cut + 4 :] if cut >= 0 else law


def _spells_bracketed_law(acronym: str, law: str) -> bool:
    """True when ``acronym`` spells the title's capitalised words outside its
    parentheses, or the last parenthesis's words and the title's kind, from some word on."""
    letters = acronym.rstrip("s").upper()
    title = re.sub(r"[ \t]+(?:18|19|20)[0-9][0-9]\Z", "", law)
    outside = re.sub(r"\([^()]*\)", " ", title).split()
    inside = re.findall(r"\(([^()]*)\)", title)
    kind = title.split()[-1]
    variants = [outside]
    if inside:
        variants.append([*inside[-1].split(), kind])
    for words in variants:
        initials = [w[0].upper() for w in words if w[:1].isupper()]
        for start in range(len(initials)):
            if "".join(initials[start:]) == letters:
                return True
    return False


def _capitalised_opening(words: str) -> str:
    """The capitalised words ``words`` open with, connectors inside, when a lower-case
    word that is no connector follows them ("Customer Measure of Experience that ...")."""
    split = words.split()
    end = 0
    for position, word in enumerate(split):
        if word[:1].isupper():
            end = position + 1
        elif word not in CONNECTORS:
            return " ".join(split[:end]) if 2 <= end == position else ""
    return ""


_LAW_KIND_AND_YEAR = re.compile(
    r"[ \t]+(?:Act|Regulations|Order|Rules)(?:[ \t]+(?:18|19|20)\d\d)?\Z"
)


def _long_form_is(acronym: str, words: str) -> bool:
    """True when ``words`` are what ``acronym`` stands for, all of them (a colon inside
    a title is no break: "Insurance: Conduct of Business sourcebook")."""
    plain = words.replace(": ", " ")
    return find_long_form(acronym, plain) == plain


_TITLE_BEFORE_PARENTHESIS = re.compile(
    r"(?<![\w'’-])(?P<title>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|[A-Z][\w'’-]*)){0,6})"
    r"[ \t]+\Z"
)


def _title_around(before: str, long_form: str, acronym: str) -> str | None:
    """The whole title whose parenthesis ``long_form`` begins inside, when the words
    outside the parenthesis spell ``acronym`` ("Consumer Contracts ... Regulations")."""
    end = before.rstrip()
    opening = end.rfind("(", 0, len(end) - len(long_form) + 1)
    if opening < 0:
        return None
    title = _TITLE_BEFORE_PARENTHESIS.search(end, max(0, opening - 120), opening)
    if title is None:
        return None
    whole = re.sub(r"\AThe[ \t]+", "", end[title.start("title") :])
    outside = re.sub(r"\([^()]*\)", " ", whole)
    words = [w for w in outside.split() if w.casefold() not in CONNECTORS and not w.isdigit()]
    return whole if _spells(acronym_letters(acronym), words) else None


_CAPITAL_BEFORE_NAME = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][a-z]+)[ \t]+\Z")
_NOT_NAME_WORDS = SENTENCE_OPENERS  # with the function words
_OWNER_BEFORE = re.compile(r"(?<![\w-])(?P<owner>[A-Z]{2,6})[ \t]+\Z")
# "its branch and ATM closure guidance (FG22/6)": the paper called by what it is about
_GUIDANCE_IN_WORDS = re.compile(
    r"(?:\b(?:its|the|their|our)|['’]s)[ \t]+"
    r"(?P<title>[a-z][\w-]*(?:[ \t]+(?:[a-z][\w-]*|[A-Z]{2,6})){0,8}[ \t]+guidance)[ \t]*\Z"
)
# "the FCA's guidance on the fair treatment of vulnerable customers (FG21/1)": called by
# what it is on
_GUIDANCE_ON = re.compile(
    r"(?:\b(?:its|the|their|our)|['’]s)[ \t]+"
    r"(?P<title>guidance[ \t]+on[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){1,10})[ \t]*\Z"
)
_PAPER_TITLE = re.compile(r"(?<![\w'’-])(?P<title>[A-Z][a-z]+(?:[ \t]+[a-z][\w-]*){2,14})[ \t]*\Z")
# the capitalised model word a parenthesis follows: "... Model Code (CRM Code)"
_HEAD_BEFORE = re.compile(r"[ \t](?P<head>[A-Za-z][a-z]+)[ \t]*\Z")
# ("portable appliance testing (PAT testing)": a test is named so too)
_LOWER_CASE_SHARED_HEADS = frozenset(
    {"rate", "ratio", "score", "index", "time", "testing", "assessment", "analysis"}
)
# "Principle 12 (the Consumer Duty)": a numbered part of a rule book, then its name
_NUMBERED_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<numbered>(?:Principle|Rule|Standard|Article|Section|Regulation|Part|"
    r"Condition)[ \t]+[0-9]{1,3}[A-Z]?)[ \t]*\Z"
)
_THE_NAME = re.compile(r"the[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,5})")
# the lower-case model word a parenthesis is followed by: "(CSE) standard"
_HEAD_AFTER = re.compile(r"[ \t]+(?P<head>[a-z]+)\b")
# a law's kind and maybe year just before a parenthesis: "... Way Act 2000 (CRoW Act)"
_LAW_BEFORE = re.compile(rf"[ \t](?P<law>(?P<head>{LAW_HEAD}){LAW_YEAR})[ \t]*\Z")
_LAW_HEAD_WORDS = frozenset({"Act", "Regulations", "Rules", "Order", "Directive"})
_HYPHENATED_CAPITAL = re.compile(r"(?<![^\W_])[A-Z]-\Z")
_LEADING_ARTICLE = re.compile(r"\Athe\s+(?=\S+\s)")


def _title_of_numbered_part(text: str, start: int, acronym: str) -> str | None:
    """The title before the parenthesis that opens at ``start - 1`` and holds only an
    acronym and a number ("the Standards of Conduct (SLC 0)"), when the acronym does
    not stand for it: the title of a numbered part of the rule book the acronym names."""
    if start < 1 or text[start - 1] != "(":
        return None
    closing = text.find(")", start)
    inner = text[start:closing].split() if closing > 0 else []
    if len(inner) != 2 or inner[0] != acronym or not inner[1].isdigit():
        return None
    title = _TITLE_BEFORE_PARENTHESIS.search(text, max(0, start - 121), start - 1)
    if title is None or " " not in title["title"] or title["title"].split()[0] in _NOT_TITLE:
        return None
    if _long_form_is(acronym, title["title"]) or find_long_form(acronym, title["title"]):
        return None  # "Web Content Accessibility Guidelines (WCAG 2)": a version
    return title["title"]


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{2,}")
_NOT_TITLE = frozenset({"The", "A", "An", "In", "Under", "See"})


def _spelled_opening(acronym: str, inner: str) -> str | None:
    """The first words of ``inner``, up to a comma, that ``acronym`` stands for, all of
    them, when a lower-case word not in the name follows."""
    words = inner.partition(",")[0].split()
    # the shortest: "referral to treatment", not "... within 18"
    for end in range(2, min(len(words) - 1, len(acronym_letters(acronym)) + 3) + 1):
        opening = " ".join(words[:end])
        if words[end][:1].islower() and _long_form_is(acronym, opening):
            return opening
    return None


def _may_define(acronym: str, long_form: str, vocabulary: Vocabulary) -> bool:
    """False when the vocabulary knows the acronym but not this expansion of it.

    "customer satisfaction (CSAT)" is a loose gloss: merging it would make every
    "customer satisfaction" a mention of the CSAT metric.
    """
    known = known_keys(vocabulary)
    return concept_key(acronym) not in known or concept_key(long_form) in known


def _acronym_before(text: str, tokens: list[Token], position: int) -> tuple[str | None, str | None]:
    """An acronym just before ``position``, maybe with its model word ("the AIDA model
    (...)"), or with up to two lower-case words that end in none, which are returned
    too ("the BIFF response (...)", "the PACT intake checklist (...)")."""
    # tokens are in text order: a binary search, not a scan per parenthesis
    count = bisect.bisect_right(tokens, position, key=lambda t: t.end)
    before = tokens[max(0, count - 3) : count]
    between: list[Token] = []
    if (
        before
        and before[-1].norm in HEADS
        and (len(before) < 2 or is_acronym(before[-2].text) or is_mixed_acronym(before[-2].text))
    ):
        before = before[-2:-1]  # the model word, and only the acronym before it
    else:
        # "the PACT intake checklist (...)": a model word after a lower-case word is
        # among the words between
        while (
            len(before) > 1
            and len(between) < 2
            and before[-1].text.isalpha()
            and before[-1].text.islower()
            and before[-1].text not in FUNCTION_WORDS
        ):
            between.insert(0, before.pop())
    if not before or not (is_acronym(before[-1].text) or is_mixed_acronym(before[-1].text)):
        return None, None
    token = before[-1]
    if any(not joined(text, a, b) for a, b in itertools.pairwise([token, *between])):
        return None, None
    start = token.start
    # "C-MeX", "E-S-QUAL": single capitals hyphenated before it belong to it
    while _HYPHENATED_CAPITAL.search(text, 0, start):
        start -= 2
    return text[start : token.end], " ".join(t.text for t in between) or None
