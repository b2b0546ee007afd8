"""The rules in order: every candidate name in a piece of prose (see the package docstring)."""

from __future__ import annotations

import re

from graph.extraction.acronyms import find_acronyms, find_definitions
from graph.extraction.aliases import TRIGGER_WORDS as ALIAS_WORDS
from graph.extraction.aliases import find_aliases
from graph.extraction.candidates import Candidate, Rule
from graph.extraction.keys import Token, concept_key, is_year, normalise_word, tokenize
from graph.extraction.metrics import TRIGGER_WORDS as METRIC_WORDS
from graph.extraction.metrics import find_metrics
from graph.extraction.names import (
    SPLIT_TITLE,
    TITLES_BEFORE_ON,
    find_capitalised_names,
    find_case_law_tests,
    find_coined_terms,
    find_eponyms,
    find_head_noun_phrases,
    find_hyphenated_steps,
    find_legal_titles,
    find_listed_methods,
    find_listed_titles,
    find_lower_case_titles,
    find_models_called_so,
    find_named_codes,
    find_named_principles,
    find_numbered_papers,
    find_quoted,
    find_ratio_names,
)
from graph.extraction.organisations import find_organisations
from graph.extraction.words import HEADS, LEGAL_HEADS
from graph.vocabulary import Vocabulary

__all__ = ["find_candidates"]


def find_candidates(text: str, vocabulary: Vocabulary) -> list[Candidate]:
    """Every model-like name and quoted term in ``text`` (rules: :mod:`graph.extraction`)."""
    tokens = tokenize(text)
    if _is_shouting(tokens):
        return []
    found: list[Candidate] = []
    found.extend(find_acronyms(text, tokens, vocabulary))
    found.extend(find_definitions(text, tokens, vocabulary))
    found.extend(find_quoted(text, tokens, vocabulary))
    found.extend(find_head_noun_phrases(text, tokens, vocabulary))
    found.extend(find_eponyms(text, tokens, vocabulary))
    found.extend(find_legal_titles(text, tokens, vocabulary))
    # the words two rules need before they read further, found in one pass over the
    # text split at spaces (a word keeps a stop or a comma after it: both are listed)
    # ("(known as ...": a bracket may open the word)
    words = _TRIGGER_WORDS.intersection(word.lstrip("(") for word in text.split())
    found.extend(find_metrics(text, tokens, vocabulary, words))
    found.extend(find_capitalised_names(text, tokens, vocabulary))
    found.extend(find_hyphenated_steps(text))
    found.extend(find_named_principles(text))
    found.extend(find_models_called_so(text))
    found.extend(find_named_codes(text))
    found.extend(find_numbered_papers(text))
    found.extend(find_case_law_tests(text))
    found.extend(find_listed_titles(text))
    found.extend(find_lower_case_titles(text))
    # before the second names: a person or a body is no first name of one
    found.extend(find_organisations(text))
    found.extend(find_aliases(text, tokens, vocabulary, found, words))
    found.extend(find_coined_terms(text))
    found.extend(find_ratio_names(text))
    found.extend(find_listed_methods(text))
    if "  " in text:
        # a name never spans a gap: "sales per", a run of spaces, "labour hour" (and
        # such a surface would cost every later pattern a pass over the gap)
        found = [c for c in found if _GAP.search(c.surface) is None]
    return _parts_join_the_whole(_hyphenated_acronyms(found))


_GAP = re.compile(r"[ \t]{3}")


def _hyphenated_acronyms(found: list[Candidate]) -> list[Candidate]:
    """ "E-S-QUAL": the other rules read its pieces ("E-S", "QUAL scale"); the pieces
    go, and a model word after the last one follows the whole acronym."""
    wholes = [c.surface for c in found if c.rule is Rule.ACRONYM and c.surface[1:2] == "-"]
    if not wholes:
        return found  # most texts
    kept: list[Candidate] = []
    for candidate in found:
        surface = candidate.surface
        whole = next((w for w in wholes if surface != w and _piece_of(surface, w)), None)
        if whole is None:
            kept.append(candidate)
        elif candidate.rule is Rule.HEAD_NOUN and " " in surface:
            tail = surface.partition(" ")[2]
            kept.append(Candidate(f"{whole} {tail}", candidate.rule, same_as=whole))
    return kept


def _piece_of(surface: str, whole: str) -> bool:
    """ "E-S" or "QUAL scale" is a piece of "E-S-QUAL"."""
    first = surface.split(" ", 1)[0]
    return (whole.startswith(first + "-") and " " not in surface) or whole.endswith("-" + first)


_TRIGGER_WORDS = frozenset(
    word + mark for word in METRIC_WORDS | ALIAS_WORDS for mark in ("", ".", ",", ";", ":", ")")
)


def _parts_join_the_whole(found: list[Candidate]) -> list[Candidate]:
    """Tie a name found inside a longer name of the same text to that longer name.

    "Markets in Crypto-Assets (MiCA)" splits into capitalised runs at "in", and
    "Digital Markets, Competition and Consumers Act 2024 (DMCCA)" at the comma; the
    pieces ("Crypto-Assets", "Competition and Consumers Act") are the defined thing,
    not names of their own. So are the runs inside and before the parenthesis of a
    law's title ("Consumer Contracts (Information, ...) Regulations 2013"), and the runs
    a law's title holds ("Health and Safety at Work etc. Act 1974").
    """
    wholes = list(
        dict.fromkeys(
            c.surface
            for c in found
            if (c.rule is Rule.DEFINITION and " " in c.surface)
            or (c.same_as is None and "(" in c.surface)
            or (c.same_as is None and c.rule is Rule.HEAD_NOUN and _SPLIT_TITLE.search(c.surface))
            # "the International Convention for the Safety of Life at Sea"
            or (c.same_as is None and c.rule is Rule.CAPITALISED and _TITLE_FOR.search(c.surface))
        )
    )
    if not wholes:
        return found  # most texts
    # one search of all the wholes at once first: a line of thousands of names must
    # not compare every piece with every whole
    all_wholes = "\n".join(wholes)
    whole_of: dict[str, str | None] = {}
    joined: list[Candidate] = []
    # what the text says is a body, by its name or by the name its acronym stands for
    bodies = {c.surface for c in found if c.rule is Rule.ORGANISATION}
    body_keys = {
        concept_key(c.surface)
        for c in found
        if c.surface in bodies or (c.rule is Rule.DEFINITION and c.same_as in bodies)
    }
    for candidate in found:
        if candidate.same_as is None and candidate.rule in _PIECE_RULES:
            surface = candidate.surface
            if surface not in whole_of:
                whole_of[surface] = (
                    next((w for w in wholes if _inside(surface, w)), None)
                    if surface in all_wholes
                    else None
                )
            whole = whole_of[surface]
            heading = whole.partition(":")[0] if whole is not None and ":" in whole else None
            if heading is not None and (surface == heading or _inside(surface, heading)):
                # "the FCA's Dispute Resolution: Complaints sourcebook (DISP)": the words
                # before a title's colon are a heading, which names nothing alone
                continue
            if (
                whole is not None
                and whole.startswith(f"{surface} (")
                and concept_key(surface) in body_keys
            ):
                # "the Parochial Church Councils (Powers) Measure 1956" after "the
                # Parochial Church Council (PCC)": the bodies a law is about open its
                # title, and are no name of it
                joined.append(candidate)
                continue
            if whole is not None and _subject_of_a_law(surface, whole):
                # "the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021": what a
                # law is about is no name of it ("botulinum toxin" is a medicine)
                continue
            if whole is not None and not _law_under_a_law(surface, whole):
                candidate = Candidate(surface, candidate.rule, same_as=whole)
        joined.append(candidate)
    return joined


_SPLIT_TITLE = re.compile(SPLIT_TITLE)
_TITLE_FOR = re.compile(
    rf"\b(?:{'|'.join(sorted(head.capitalize() for head in TITLES_BEFORE_ON))}) (?:for|on) the "
)
_PIECE_RULES = frozenset({Rule.CAPITALISED, Rule.HEAD_NOUN})


def _subject_of_a_law(part: str, whole: str) -> bool:
    """True when ``part`` is joined by "and" to the rest of a law's title, or opens it
    before a parenthesis: the law's subject, with no word of a name of its own."""
    words = part.split()
    return (
        _last_word([word for word in whole.split() if not is_year(word)]) in LEGAL_HEADS
        and (
            f"{part} and " in whole
            or f" and {part}" in whole
            # "the Local Government (Miscellaneous Provisions) Act 1976": the words
            # before its parenthesis say what it is about ("Local Government" opens
            # the Local Government and Social Care Ombudsman too), unless they name a
            # scheme the law sets up ("the Debt Respite Scheme (Breathing Space ...)
            # Regulations")
            or (whole.startswith(f"{part} (") and normalise_word(words[-1]) not in _SET_UP)
        )
        and not any(normalise_word(word) in HEADS | LEGAL_HEADS for word in words)
    )


# what a law may set up, and name in its title
_SET_UP = frozenset({"scheme", "fund", "programme", "service", "register", "charter", "duty"})


def _law_under_a_law(part: str, whole: str) -> bool:
    """ "the Health and Social Care Act 2008 (Regulated Activities) Regulations": the Act
    is a law of its own, under which the Regulations were made."""
    part_head = _last_word(part.split())
    whole_head = _last_word([word for word in whole.split() if not is_year(word)])
    return part_head in LEGAL_HEADS and whole_head in LEGAL_HEADS and part_head != whole_head


def _last_word(words: list[str]) -> str:
    return normalise_word(words[-1]) if words else ""


def _inside(part: str, whole: str) -> bool:
    """True when ``part`` is some whole words of ``whole``, and shorter."""
    if len(part) >= len(whole):
        return False
    return re.search(rf"(?<![^\W_]){re.escape(part)}(?![^\W_])", whole) is not None


def _is_shouting(tokens: list[Token]) -> bool:
    """Six or more words, all in capitals."""
    words = 0
    for token in tokens:
        if token.text[:1].isalpha():
            if not token.text.isupper():
                return False  # most texts: at the first word
            words += 1
    return words >= 6
