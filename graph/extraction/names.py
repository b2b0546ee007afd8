"""Names in prose: quoted names, a name before a model word, and runs of capitalised words."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from wordfreq import zipf_frequency

from graph.extraction.acronyms import find_long_form
from graph.extraction.candidates import Candidate, Rule, known_keys
from graph.extraction.keys import (
    LAW_HEAD,
    LAW_YEAR,
    TITLE_PARENTHESIS,
    TOKEN,
    Token,
    concept_key,
    hyphenated,
    is_acronym,
    is_capitalised,
    is_mixed_acronym,
    is_possessive,
    is_year,
    joined,
    joined_or_quoted,
    normalise_word,
    unquoted,
)
from graph.extraction.words import (
    BODY_WORDS,
    CAPITAL_ONLY_HEADS,
    CONNECTORS,
    COUNT_WORDS,
    EPONYM_HEADS,
    EPONYM_TAILS,
    FUNCTION_WORDS,
    GENERIC_ADJECTIVES,
    HEADS,
    LEGAL_HEADS,
    LOWER_CASE_HEADS,
    MODEL_LIKE_TAILS,
    NAME_JOINERS,
    NATIONS,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    ROLE_FIRST_WORDS,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    SINGULAR_HEADS,
    STANDARDS_BODIES,
    STRONG_HEADS,
    STRUCTURE_NOUNS,
    TITLE_BEFORE_SUBJECT,
    WHOLE_NAME_ENDS,
    names_no_model,
)
from graph.vocabulary import Vocabulary

__all__ = [
    "PROVISION",
    "SURNAME_PARTICLES",
    "TITLES_BEFORE_ON",
    "find_capitalised_names",
    "find_case_law_tests",
    "find_coined_terms",
    "find_eponyms",
    "find_head_noun_phrases",
    "find_hyphenated_steps",
    "find_legal_titles",
    "find_listed_methods",
    "find_listed_titles",
    "find_models_called_so",
    "find_named_codes",
    "find_named_principles",
    "find_numbered_papers",
    "find_quoted",
    "find_ratio_names",
]

_QUOTED = re.compile(r"(?<![A-Za-z0-9])['‘\"“](?P<inner>[^'‘’\"“”\n]{2,60}?)['’\"”](?![A-Za-z0-9])")


# 'terms such as "OLED", "logic board" or ': a list of quoted jargon, up to a quotation
_TERMS_LISTED = re.compile(
    r"\b(?:terms|jargon|words|phrases|expressions|labels)[ \t]+(?:such[ \t]+as|like)[ \t]+"
    r"(?:['‘\"“][^'‘’\"“”]{1,40}['’\"”][ \t]*(?:,[ \t]*)?(?:(?:or|and)[ \t]+)?)*\Z"
)


def find_quoted(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    for match in _QUOTED.finditer(text):
        inner = match["inner"].strip(" ,.")
        words = TOKEN.findall(inner)
        if not words or len(words) > 5 or re.search(r"[.!?;:]", inner):
            continue
        first_after = bisect.bisect_left(tokens, match.end(), key=lambda t: t.start)
        after = tokens[first_after : first_after + 1]
        head = after[0] if after and joined(text, _closing(match), after[0]) else None
        if _TERMS_LISTED.search(text, max(0, match.start() - 80), match.start()):
            # 'terms such as "OLED", "logic board" or "IP68"': words a text quotes as
            # jargon, whatever they look like (an acronym too, unless defined)
            rule = Rule.COUNTED if inner.isupper() and " " not in inner else Rule.QUOTED_TERM
            yield Candidate(inner, rule)
            continue
        if (
            head is not None
            and head.norm in CAPITAL_ONLY_HEADS
            and head.text.islower()
            and inner.islower()
        ):
            # 'a "non-refundable deposit" clause': a clause of a contract, no model
            yield Candidate(inner, Rule.QUOTED_TERM)
            continue
        if len(words) == 1 and is_acronym(words[0]):
            if vocabulary.is_not_model(words[0]):
                continue
            same = f"{inner} {head.text}" if head and head.norm in HEADS else None
            yield Candidate(inner, Rule.QUOTED_MODEL)
            if same:
                yield Candidate(same, Rule.QUOTED_MODEL, same_as=inner)
        elif head is not None and head.norm in HEADS:
            yield Candidate(inner, Rule.QUOTED_MODEL)
        elif len(words) == 1 and words[0][:1].isupper():
            # 'a "Child" ego state', 'the "Adult"': one quoted word with no model word
            # after it is a term (the gold sets mark none of them a model)
            yield Candidate(inner, Rule.QUOTED_TERM)
        elif all(w[:1].isupper() for w in words if w.casefold() not in CONNECTORS):
            if not vocabulary.is_not_model(inner):
                yield Candidate(inner, Rule.QUOTED_MODEL)
        elif not any(w.casefold() in FUNCTION_WORDS - CONNECTORS for w in words):
            yield Candidate(inner, Rule.QUOTED_TERM)


def _acronym_compound_before(text: str, tokens: list[Token], index: int) -> bool:
    """True for "the STOP-Bang questionnaire", "the PHQ-9 questionnaire": an acronym
    hyphenated to a word names what the lower-case word after it is."""
    return (
        index >= 3
        and is_acronym(tokens[index - 2].text)
        and hyphenated(text, tokens[index - 2], tokens[index - 1])
        and not hyphenated(text, tokens[index - 3], tokens[index - 2])
    )


def _closing(match: re.Match[str]) -> Token:
    return Token("'", match.end() - 1, match.end(), "'", False)


_POSSESSIVE_END = re.compile(r"['’]s\Z")
_QUOTES = frozenset("'‘\"“")


def find_head_noun_phrases(
    text: str, tokens: list[Token], vocabulary: Vocabulary
) -> Iterator[Candidate]:
    for index, head in enumerate(tokens):
        if (
            head.norm not in HEADS
            or index == 0
            or (
                head.norm in CAPITAL_ONLY_HEADS
                and not is_capitalised(head)
                and not _acronym_compound_before(text, tokens, index)
            )
            or (head.norm in SINGULAR_HEADS and head.text.casefold() != head.norm)
            or _name_goes_on(text, tokens, index)
            or hyphenated(text, tokens[index - 1], head)  # "two-factor" modifies a head
            or (head.norm == "manual" and _before_a_noun(text, tokens, index))
            # "the ACRE model hiring agreement": a model to copy, not a model
            or (head.text == "model" and _before_a_document(text, tokens, index))
            # "a Tesla Model 3", "the Model Y": a product's model, by its number or letter
            or (head.text == "Model" and _NUMBERED_AFTER.match(text, head.end) is not None)
            # "(WCAG) 2.2 to test recovery screens": an infinitive, no model word
            or (head.text.islower() and tokens[index - 1].text == "to")
        ):
            continue
        modifiers = _modifiers(text, tokens, index)
        while modifiers and (
            (modifiers[0].sentence_start and _opener(modifiers[0]))
            or modifiers[0].text.casefold() in CONNECTORS
        ):
            modifiers.pop(0)
        modifiers = _without_counted_prefix(text, modifiers)
        if (
            len(modifiers) > 3
            and is_possessive(modifiers[-1])
            and modifiers[-2].text in {"and", "&"}
            and is_capitalised(modifiers[-3])
            and not is_capitalised(modifiers[-4])
        ):
            # "using Fitts and Posner's model": two people's model, after the words of
            # the sentence
            modifiers = modifiers[-3:]
        if not modifiers or (
            len(modifiers) == 1 and _possessive(text, modifiers[0]) and _approach_to(tokens, index)
        ):
            continue
        owner_at = index - len(modifiers) - 1
        if (
            head.norm in STRONG_HEADS
            and owner_at >= 0
            and is_possessive(tokens[owner_at])
            and (_body_owner(tokens[owner_at]) or vocabulary.is_not_model(_owner(tokens[owner_at])))
            and _plain_words(modifiers)
            and joined(text, tokens[owner_at], modifiers[0])
        ):
            # "the CQC's single assessment framework": a body's framework or model has
            # a name, whatever its case
            named = text[modifiers[0].start : head.end]
            yield Candidate(named, Rule.HEAD_NOUN)
            yield Candidate(text[tokens[owner_at].start : head.end], Rule.HEAD_NOUN, same_as=named)
            continue
        if (
            len(modifiers) > 1
            and is_possessive(modifiers[0])
            and (_body_owner(modifiers[0]) or vocabulary.is_not_model(_owner(modifiers[0])))
            and is_capitalised(modifiers[1])
        ):
            # "Ofgem's Ability to Pay principles": a body's principles are named
            # without the body, which stays a second name
            named = unquoted(text[modifiers[1].start : head.end])
            # "Google's HEART framework" is the HEART framework, and so HEART
            only = modifiers[1].text
            acronym = only if len(modifiers) == 2 and is_acronym(only) else None
            yield Candidate(named, Rule.HEAD_NOUN, same_as=acronym)
            yield Candidate(
                unquoted(text[modifiers[0].start : head.end]), Rule.HEAD_NOUN, same_as=named
            )
            continue
        # (read for "theory" only: this loop sees every model word of the corpus)
        compound = _compound_before(text, modifiers) if head.text == "theory" else []
        if (
            len(compound) >= 2
            and compound[0].text.islower()
            # "Herzberg's two-factor theory" is Herzberg's, read below
            and (
                len(compound) == len(modifiers)
                or not is_capitalised(modifiers[len(modifiers) - len(compound) - 1])
            )
        ):
            # "leaders apply self-determination theory": a theory named by a compound
            # needs no article
            yield Candidate(text[compound[0].start : head.end], Rule.HEAD_NOUN)
            continue
        # "the 2019 Act's code": the name, not its possessive
        surface = _POSSESSIVE_END.sub("", unquoted(text[modifiers[0].start : head.end]))
        if text[modifiers[0].start - 1 : modifiers[0].start] not in _QUOTES and any(
            _possessive(text, m) and not is_possessive(m) for m in modifiers
        ):
            # "Rogers' person-centred approach", "the Victims' Code": an apostrophe,
            # which a name keeps, and no closing quotation mark
            surface = text[modifiers[0].start : head.end]
        if vocabulary.is_not_model(surface) or any(
            vocabulary.is_not_model(m.text) for m in modifiers if is_acronym(m.text)
        ):
            continue
        if head.norm == "scale" and _RANGE.fullmatch(text[modifiers[0].start : modifiers[-1].end]):
            continue  # "on a 0-10 scale": what a scale runs over names no scale
        proper = all(
            is_capitalised(m) or m.text[:1].isdigit() or m.text.casefold() in CONNECTORS
            for m in modifiers
        )
        if (
            len(modifiers) >= 2
            and modifiers[-1].text.isdigit()
            and (len(modifiers[-1].text) <= 2 or modifiers[-2].text in STANDARDS_BODIES)
            and is_acronym(modifiers[-2].text)
            and joined(text, modifiers[-2], modifiers[-1])
        ):
            # "the ITIL 4 framework" is ITIL 4, "the PAS 2035 framework" PAS 2035
            versioned = f"{modifiers[-2].text} {modifiers[-1].text}"
            yield Candidate(f"{versioned} {head.text}", Rule.HEAD_NOUN, same_as=versioned)
        elif is_acronym(modifiers[-1].text) or is_mixed_acronym(modifiers[-1].text):
            # "the AIDA model", and "the Six Sigma DMAIC cycle": the acronym names it
            acronym = modifiers[-1].text
            yield Candidate(f"{acronym} {head.text}", Rule.HEAD_NOUN, same_as=acronym)
            if is_mixed_acronym(acronym):
                # "the MoSCoW method": the rule for acronyms reads capitals only
                yield Candidate(acronym, Rule.ACRONYM)
        elif proper and not (
            modifiers[0].sentence_start
            and len(modifiers) == 1
            and not _possessive(text, modifiers[0])
        ):
            dated = _with_year(text, tokens, index, surface)
            if len(modifiers) == 1 and (
                is_possessive(modifiers[0])
                or (head.text.islower() and _possessive(text, modifiers[0]))
            ):
                # "Tuckman's model" is whatever the vocabulary calls Tuckman's, or the
                # one fuller model of Tuckman's the corpus names (see graph.build), and
                # so is "Rogers' approach"
                owner = re.sub(r"['’]s$", "", modifiers[0].text)
                if (
                    vocabulary.is_not_model(owner)
                    or owner.casefold() in BODY_WORDS
                    # "the GPhC's standards": a body's, whose letters name no person
                    or is_acronym(owner)
                    or is_mixed_acronym(owner)
                ):
                    continue  # "Ofcom's guide", "the Ombudsman's code": a body's, no one's
                start = index - 1
                while start > 0 and _particle_before(text, tokens, start):
                    start -= 1  # "Van Hagen's model"
                if start < index - 1:
                    owner = f"{text[tokens[start].start : modifiers[0].start]}{owner}"
                    surface = text[tokens[start].start : head.end]
                yield Candidate(surface, Rule.HEAD_NOUN, same_as=owner)
                continue
            yield Candidate(surface, Rule.HEAD_NOUN)
            if dated != surface:
                yield Candidate(dated, Rule.HEAD_NOUN, same_as=surface)
            if (
                head.text in _NAMED_WITHOUT
                and sum(is_capitalised(m) for m in modifiers) >= 2
                and modifiers[-1].norm not in BODY_WORDS | HEADS
            ):
                # "the Modern General Practice Access approach" is also written without
                # its lower-case "approach", and "the Flesch Reading Ease score" without
                # its "score" ("... test" elsewhere): one name
                yield Candidate(
                    text[modifiers[0].start : modifiers[-1].end], Rule.CAPITALISED, same_as=surface
                )
            elif (
                head.text.islower()
                and len(modifiers) == 2
                and is_year(modifiers[1].text)
                and not is_acronym(modifiers[0].text)
                and not modifiers[0].sentence_start
            ):
                # "the Incoterms 2020 rules": a name's edition, and the name alone
                # ("Incoterms decide who pays") is the same thing
                edition = f"{modifiers[0].text} {modifiers[1].text}"
                yield Candidate(edition, Rule.CAPITALISED, same_as=surface)
                yield Candidate(modifiers[0].text, Rule.CAPITALISED, same_as=edition)
        elif (
            is_capitalised(modifiers[0])
            and (not modifiers[0].sentence_start or _owner_end(text, modifiers) is not None)
            and head.text.casefold() == head.norm
            and _credited(modifiers)
        ):
            # "the Kübler-Ross change curve" is "the change curve" credited to a person
            plain = _credited(modifiers)
            named_by = modifiers[len(modifiers) - len(plain) - 1]
            if is_mixed_acronym(named_by.text):
                continue  # "the OfS regulatory framework": a body's, no person's
            if is_acronym(named_by.text) or (
                head.norm not in MODEL_LIKE_TAILS and not is_possessive(named_by)
            ):
                # "PR Smith's SOSTAC planning framework" is SOSTAC's, and "the Lexcel
                # practice management standard" Lexcel's: a standard, a code or a score
                # is named by its brand, not credited to a person as a model is
                named = unquoted(text[named_by.start : head.end])
                brand = named_by.text
                number = plain[0] if plain else None
                if (
                    number is not None
                    and number.text.isdigit()
                    and named_by.text in STANDARDS_BODIES
                    and joined(text, named_by, number)
                ):
                    # "the ISO 12647 process standard" is ISO 12647, not the body ISO
                    brand = f"{named_by.text} {number.text}"
                yield Candidate(named, Rule.HEAD_NOUN, same_as=brand)
                if named != surface:
                    yield Candidate(surface, Rule.HEAD_NOUN, same_as=named)
                if head.text in {"score", "test"} and plain and plain[-1].text.isalpha():
                    # "the Flesch reading ease score" is the Flesch reading ease ("...
                    # test" elsewhere): the name holds without what it yields
                    yield Candidate(
                        text[named_by.start : plain[-1].end], Rule.HEAD_NOUN, same_as=named
                    )
                continue
            short = unquoted(text[plain[0].start : head.end])
            yield Candidate(surface, Rule.HEAD_NOUN, same_as=short)
            yield Candidate(short, Rule.HEAD_NOUN)
        elif (
            (
                head.norm in LOWER_CASE_HEADS
                or _one_compound(text, modifiers, minimum_parts=3)
                # "the teach-back method": a coined compound names a method
                or (head.norm in _METHOD_WORDS and _one_compound(text, modifiers, 2))
            )
            and head.text.casefold() == head.norm
            # "the social enterprise Triangle", "The element uses Situational ... Theory":
            # a capital after lower-case words opens a name of its own
            and not (is_capitalised(head) and any(m.text.islower() for m in modifiers))
            and index - len(modifiers) - 1 >= 0
            and (
                tokens[index - len(modifiers) - 1].text.casefold() == "the"
                # "an escalation matrix": a tool a team keeps
                or (
                    head.norm in _TOOLS_KEPT
                    and tokens[index - len(modifiers) - 1].text.casefold() in {"a", "an"}
                    # "a worked priority matrix": an example of one, not its name
                    and not (modifiers and modifiers[0].text.endswith("ed"))
                )
            )
            and not _described_by_a_clause(text, tokens, index)
            # "the annual cycle", "the weekly bidding cycle": a round of the calendar, no
            # named cycle
            and not (modifiers and modifiers[0].text in _PERIODIC)
        ):
            # "the service recovery paradox", "the feel-felt-found technique"
            yield Candidate(surface, Rule.HEAD_NOUN)
            longer = _of_part(text, tokens, index)
            if longer is not None:
                # "the social model of disability" is the social model
                yield Candidate(
                    text[modifiers[0].start : tokens[longer].end], Rule.HEAD_NOUN, same_as=surface
                )


_PARTS = frozenset("part annex appendix schedule chapter section stage phase".split())
# a model word for a tool a team draws up and keeps, named after "a" as after "the"
# ("an escalation matrix"; authors disagree on "a quality scorecard")
_TOOLS_KEPT = frozenset({"matrix"})
_PERIODIC = frozenset(
    "annual yearly quarterly monthly weekly daily nightly hourly seasonal".split()
)


def _before_a_noun(text: str, tokens: list[Token], index: int) -> bool:
    """True when a lower-case noun follows ``tokens[index]``: "manual evaluations" (not
    "the manual published by ...")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and following.text.islower()
        and following.text not in FUNCTION_WORDS
        and not following.text.endswith("ed")
        and joined(text, tokens[index], following)
    )


_NUMBERED_AFTER = re.compile(r"[ \t]+(?:[0-9]+|[A-Z])\b(?![ \t]*[(:])")
# what a model to copy may be: "a model complaints policy", "model clauses"
_DOCUMENTS = frozenset(
    """agreement policy clause contract letter form template terms constitution document
    answer procedure""".split()
)


def _before_a_document(text: str, tokens: list[Token], index: int) -> bool:
    """True when a document follows "model", maybe after one noun: "model hiring
    agreement"."""
    for following in tokens[index + 1 : index + 3]:
        if not following.text.islower() or not joined(text, tokens[index], tokens[index + 1]):
            return False
        if following.norm in _DOCUMENTS:
            return True
    return False


# lower-case model words a capitalised name is often written without
_NAMED_WITHOUT = frozenset(
    {
        "approach",
        "method",
        "methodology",
        "model",
        "score",
        "test",
        "standard",
        "questionnaire",
        # "the Customer Service Excellence framework"
        "framework",
    }
)


# "failure demand, John Seddon's term for demand caused by ...": a term credited to
# the person who coined it
_COINED = re.compile(
    r"(?:,|(?<![ \t])[ \t]+\(|(?<![ \t])[ \t]+[–—])[ \t]*(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*"
    r"(?:['’]s|s['’])[ \t]+(?:term|name|phrase|label|coinage)[ \t]+for\b"
)
_WORDS_BEFORE = re.compile(r"(?<![a-z-])[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}\Z")
_TERM_WORD = re.compile(r"[a-z][a-z-]+")


def find_coined_terms(text: str) -> Iterator[Candidate]:
    """A lower-case term a person is said to have coined: "failure demand, John
    Seddon's term for ...", "emotional labour (Hochschild's term for ...)".

    The term is the one or two words before the comma ("of" may join three: "moments
    of truth"), not a function word.
    """
    if "term for" not in text and "name for" not in text and "phrase for" not in text:
        return
    for match in _COINED.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if before is None:
            continue
        words = before[0].split()
        if len(words) >= 3 and words[-2] == "of":
            term = words[-3:]
        else:
            term = words[-2:]
            if len(term) == 2 and (term[0] in FUNCTION_WORDS or not _TERM_WORD.fullmatch(term[0])):
                term = term[1:]
        if (
            term
            and all(_TERM_WORD.fullmatch(w) or w == "of" for w in term)
            and (term[-1] not in FUNCTION_WORDS)
        ):
            yield Candidate(" ".join(term), Rule.HEAD_NOUN)


# "the Transparency, Influence and Accountability Standard": a title whose subject is a
# list of single capitalised words, commas and all
_LISTED_TITLE = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<title>[A-Z][a-z]+(?:,[ \t]+[A-Z][a-z]+)+,?[ \t]+and[ \t]+"
    r"[A-Z][a-z]+[ \t]+(?:Standards?|Codes?|Framework|Charter|Principles))\b"
)


# "Ofcom's guide Treating Vulnerable Customers Fairly": a guide's title in capitals
# right after the word "guide", maybe with the kind of guide ("the statutory guidance
# Working Together to Safeguard Children")
_GUIDE_TITLE = re.compile(
    r"(?:['’]s|\b(?:the|its|their))[ \t]+(?:[a-z]+[ \t]+)?(?:guide|guidance|toolkit|handbook)"
    r"[ \t]+"
    r"(?P<title>[A-Z][a-z]+(?:[ \t]+(?:(?:of|for|and|to|in|on|at|with)[ \t]+)?[A-Z][a-z]+){1,7})\b"
)


# "NICE guideline NG202", "NICE quality standard QS15": a body's paper by its kind and
# its code, which names it alone too
_CODED_PAPER = re.compile(
    r"(?<![\w-])[A-Z]{2,6}[ \t]+(?:guideline|guidance|quality[ \t]+standard|standard)[ \t]+"
    r"(?P<code>[A-Z]{1,4}[0-9]{1,4}[A-Z]?)(?![\w-])"
)


# "the 5 Rs", "the four Ps", "the three Rs of recovery": a count and a capital letter's
# plural, the mnemonic of as many words that open with it (the 4Ps, written as one word,
# are an acronym's)
_COUNTED_LETTERS = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<name>(?:[2-9]|two|three|four|five|six|seven|eight|nine|ten)"
    r"[ \t]+[A-Z]['’]?s(?P<of>[ \t]+of[ \t]+(?!(?:the|a|an|this|that|these|those|its|their)\b)"
    r"[a-z]{3,})?)(?![\w'’-])"
)


def find_listed_titles(text: str) -> Iterator[Candidate]:
    """A standard, a code or a charter named by a list of what it covers, a guide by
    its title after the word, and a body's paper by its kind and code."""
    if ", " in text:
        for match in _LISTED_TITLE.finditer(text):
            yield Candidate(match["title"], Rule.HEAD_NOUN)
    if "guid" in text or "toolkit" in text or "handbook" in text:
        for match in _GUIDE_TITLE.finditer(text):
            yield Candidate(match["title"], Rule.HEAD_NOUN)
    if "guid" in text or "standard" in text:
        for match in _CODED_PAPER.finditer(text):
            yield Candidate(match[0], Rule.ALIAS, same_as=match["code"])
    if "s" in text:
        for match in _COUNTED_LETTERS.finditer(text):
            yield Candidate(match["name"], Rule.HEAD_NOUN)
            if match["of"]:
                # "the four Cs of writing" are the four Cs
                short = match["name"][: -len(match["of"])]
                yield Candidate(short, Rule.HEAD_NOUN, same_as=match["name"])


# "the reversibility principle", "the storage limitation principle": a principle named
# by an abstract noun ("the same principle", "the main principle" name none)
_NAMED_PRINCIPLE = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \t]+(?P<name>(?:(?P<first>[a-z]+)[ \t]+)?"
    r"[a-z]{3,}(?:ity|ion)[ \t]+principle)(?![\w-])"
)


def find_named_principles(text: str) -> Iterator[Candidate]:
    """A principle named in lower case by what it asks for: "the reversibility
    principle"."""
    if "principle" not in text:
        return
    for match in _NAMED_PRINCIPLE.finditer(text):
        first = match["first"]
        if first is None or not (first in FUNCTION_WORDS or first in GENERIC_ADJECTIVES):
            yield Candidate(match["name"], Rule.HEAD_NOUN)


# "the matrix Standard": a name in lower case before a capitalised title's head, a
# brand's spelling (not "the new Code", "the revised Standards": what a text is now)
_LOWER_CASE_TITLE = re.compile(
    r"\bthe[ \t]+(?P<name>(?P<first>[a-z][a-z-]{2,})[ \t]+"
    r"(?:Standards?|Code|Framework|Model|Charter|Scheme|Mark|Award))\b(?![-'’])"
)
_DESCRIBING = re.compile(r"(?:ed|al|ent|ant|ous|ive|ble|est|ic|ful|less|ary|ory|ing)\Z")
_WHICH_TEXT = frozenset("old first second third next last former latter draft interim".split())


def find_lower_case_titles(text: str) -> Iterator[Candidate]:
    """A title whose name is written in lower case before its capitalised head: "the
    matrix Standard"."""
    for match in _LOWER_CASE_TITLE.finditer(text):
        first = match["first"]
        if not (
            first in FUNCTION_WORDS
            or first in GENERIC_ADJECTIVES
            or first in _WHICH_TEXT
            or _DESCRIBING.search(first)
        ):
            yield Candidate(match["name"], Rule.HEAD_NOUN)


# "Hallmark, the quality standard for village halls": a name the words after it say
# is a model (not "Toyota, the model for lean production", where a body made it)
_CALLED_A_MODEL = re.compile(
    r"(?<![\w'’&-])(?P<name>[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,}){0,2}),[ \t]+(?:the|an?)"
    r"[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:model|framework|cycle|matrix|theory|scale|index|"
    r"standard|method|methodology|technique|approach|code|charter|protocol|"
    # "Clubmark, the accreditation for community clubs"
    r"accreditation|certification|kitemark)"
    r"[ \t]+(?:for|of|that|which|used|in)[ \t]"
)
_MADE_BY = frozenset({"by", "from", "at", "with", "in", "of"})


def find_models_called_so(text: str) -> Iterator[Candidate]:
    """A capitalised name an apposition calls a model: "Hallmark, the quality standard
    for village halls"."""
    if "," not in text:
        return
    for match in _CALLED_A_MODEL.finditer(text):
        name = match["name"]
        before = text[: match.start()].split()
        if before and before[-1].casefold() in _MADE_BY:
            continue
        words = name.split()
        if words[0].casefold() in SENTENCE_OPENERS and len(words) > 1:
            words = words[1:]  # "Use Kestrel, a framework for ...": an imperative
        name = " ".join(words)
        if (
            words[0].casefold() in FUNCTION_WORDS | SENTENCE_OPENERS
            # "the matrix Standard, the national quality standard ...": its own head
            or concept_key(words[-1]) in HEADS
            or names_no_model(name)
        ):
            continue
        yield Candidate(name, Rule.HEAD_NOUN)


# "the Well-managed Highway Infrastructure code of practice": a code named in capitals,
# its kind in lower case after the name
_NAMED_CODE = re.compile(
    r"(?<![\w'’&-])(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:to|for|of|and|in|on)[ \t]+)?"
    r"[A-Z][\w'’-]*){1,6})[ \t]+code[ \t]+of[ \t]+practice\b"
)


# "BRE Digest 251", "DfT Circular 01/2022": a body's numbered paper, by its kind
_NUMBERED_PAPER = re.compile(
    r"(?<![\w-])(?P<body>[A-Z][A-Za-z]{1,5})[ \t]+(?:Digest|Circular|Bulletin|Information"
    r"[ \t]+Paper)[ \t]+[0-9]{1,4}(?:/[0-9]{1,4})?(?![\w/])"
)


def find_numbered_papers(text: str) -> Iterator[Candidate]:
    """A body's numbered paper ("BRE Digest 251"), and its body, which is no model."""
    if not ("Digest" in text or "Circular" in text or "Bulletin" in text or "Paper" in text):
        return
    for match in _NUMBERED_PAPER.finditer(text):
        if is_acronym(match["body"]) or is_mixed_acronym(match["body"]):
            yield Candidate(match[0], Rule.HEAD_NOUN)
            yield Candidate(match["body"], Rule.ORGANISATION)


def find_named_codes(text: str) -> Iterator[Candidate]:
    """A code of practice named in capitals before its kind in lower case."""
    if "code of practice" not in text:
        return
    for match in _NAMED_CODE.finditer(text):
        words = match["name"].split()
        if words[0].casefold() in SENTENCE_OPENERS | FUNCTION_WORDS:
            words = words[1:]  # "Follow the ...": the sentence's own first word
        name = " ".join(words)
        if len(words) < 2 or names_no_model(name) or _POSSESSIVE_END.search(words[-1]):
            continue  # "the Gas Safe Register code of practice": a body's code
        yield Candidate(name, Rule.HEAD_NOUN)
        yield Candidate(f"{name} code of practice", Rule.HEAD_NOUN, same_as=name)


_RANGE = re.compile(r"[0-9]{1,3}[-–][0-9]{1,3}")


# "the Banks v Goodfellow test": a test, a principle or a rule a court case set, named
# by the case
_CASE_TEST = re.compile(
    r"(?<![\w-])(?!(?:The|A|An)[ \t])"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+v\.?[ \t]+"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+"
    r"(?:test|tests|principle|principles|rule|rules|criteria|guidelines))(?![\w-])"
)


_PARTY = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|and)){0,5}?"
_CASE = rf"(?P<case>(?P<party>{_PARTY})[ \t]+v\.?[ \t]+{_PARTY})"
_RULING = r"(?:ruling|judgment|judgement|decision)"
# "Montgomery v Lanarkshire Health Board (2015), usually called the Montgomery ruling":
# a case a document gives a name as a ruling, a rule it follows
_CASE_NAMED = re.compile(
    rf"(?<![\w-]){_CASE}(?:[ \t]+\[?\(?(?:18|19|20)[0-9]{{2}}\)?\]?)?,?[ \t]+"
    r"(?:(?:usually|often|commonly|generally|widely|now|simply)[ \t]+)?"
    r"(?:called|known[ \t]+as|referred[ \t]+to[ \t]+as)[ \t]+(?:the[ \t]+)?"
    rf"(?P<short>[A-Z][\w'’-]*[ \t]+{_RULING})(?![\w-])"
)
# "the Supreme Court ruling in FirstGroup v Paulley (2017)": a case read as a ruling
_RULING_IN = re.compile(
    rf"(?<![\w-]){_RULING}[ \t]+in[ \t]+{_CASE}[ \t]*\((?:18|19|20)[0-9]{{2}}\)"
)


def find_case_law_tests(text: str) -> Iterator[Candidate]:
    """A test a court case set, named by the case: "the Banks v Goodfellow test"; a
    case a document names as a ruling it follows."""
    if " v " not in text and " v. " not in text:
        return
    for match in _CASE_TEST.finditer(text):
        yield Candidate(match["name"], Rule.HEAD_NOUN)
    for match in _CASE_NAMED.finditer(text):
        case = _case_name(match["case"])
        if match["short"].split()[0] in case.partition(" v")[0].split():
            yield Candidate(case, Rule.HEAD_NOUN)
            yield Candidate(match["short"], Rule.ALIAS, same_as=case)
    for match in _RULING_IN.finditer(text):
        yield Candidate(_case_name(match["case"]), Rule.HEAD_NOUN)


def _case_name(written: str) -> str:
    """A case's name without the words of the sentence before it ("Following ...")."""
    words = written.split()
    while words[1:] and (
        words[0].casefold() in SENTENCE_OPENERS | FUNCTION_WORDS or words[0].endswith("ing")
    ):
        words = words[1:]
    return " ".join(words)


# "the 70:20:10 model", "the 80/20 rule": figures joined by colons or slashes
_RATIO_NAME = re.compile(
    r"(?<![\w:/.,£$€%-])(?P<ratio>[1-9][0-9]{0,2}(?:[:/][0-9]{1,3}){1,3})(?![\w:/%])"
    r"(?:[ \t]+|-)(?P<head>[a-z]+)\b"
)


# "ask-tell-ask", "tell-show-do", "good-better-best": three words or more joined by
# hyphens, none a function word ("face-to-face", "state-of-the-art" are not names) or
# a count ("two-year-old"), name a technique
_HYPHENATED_STEPS = re.compile(r"(?<![\w-])[a-z]{2,}(?:-[a-z]{2,}){2,}(?![\w-])")
_WORD_AFTER_STEPS = re.compile(r"[ \t]+(\w+)")
_NOT_STEPS = frozenset(
    """a an the and or nor but to of in on at by for with from up out off over as per
    into onto via than one two three four five six seven eight nine ten year years old
    day days week weeks month months hour hours minute minutes""".split()
)
# "a pick-your-own farm": a phrase made one word, no steps, unless a noun of doing says
# what it names ("keep-it-all funding")
_PHRASE_WORDS = frozenset("i you your it its my our their own all yourself can".split())


_MEASURE_WORDS = frozenset({"measure", "metric", "rate", "target", "figure", "kpi"})
# "anti-money-laundering", "non-face-to-face": a prefix opens a word, no step does
_PREFIXES = frozenset("anti non pre post self co re sub multi cross inter semi".split())


def find_hyphenated_steps(text: str) -> Iterator[Candidate]:
    """Three words or more joined by hyphens, a technique's steps: "ask-tell-ask".

    A noun of doing after the steps names the technique with them ("good-better-best
    pricing", "recency-frequency-monetary segmentation"), the steps alone its short name.
    """
    if "-" not in text:
        return
    for match in _HYPHENATED_STEPS.finditer(text):
        after = _WORD_AFTER_STEPS.match(text, match.end())
        if after is not None and normalise_word(after[1]) in HEADS | _MEASURE_WORDS:
            # "the features-advantages-benefits approach": a name before its head;
            # "right-first-time measures": what a measure counts, not steps
            continue
        parts = match[0].split("-")
        if not _NOT_STEPS.isdisjoint(parts) or parts[0].casefold() in _PREFIXES:
            continue
        doing = after is not None and _DOING.fullmatch(after[1]) is not None
        if not (doing or _PHRASE_WORDS.isdisjoint(parts)):
            continue
        if after is not None and _DOING.fullmatch(after[1]) and after[1] not in FUNCTION_WORDS:
            whole = text[match.start() : after.end()]
            yield Candidate(whole, Rule.HEAD_NOUN)
            yield Candidate(match[0], Rule.HEAD_NOUN, same_as=whole)
        else:
            yield Candidate(match[0], Rule.HEAD_NOUN)


# a noun of doing, in the singular: "pricing", "segmentation", "assessment" (not "a
# blend-your-own session", "a pay-as-you-go version": what is sold)
_DOING = re.compile(
    r"(?!(?:session|version|mission|pension|passion|station|portion|option|question)\Z)"
    r"[a-z]{3,}(?:ing|tion|sion|ment)"
)


def find_ratio_names(text: str) -> Iterator[Candidate]:
    """A split in figures before a model word: "the 70:20:10 model", "the 80/20 rule"."""
    if ":" not in text and "/" not in text:
        return
    for match in _RATIO_NAME.finditer(text):
        parts = re.split("[:/]", match["ratio"])
        # shares of a whole ("80/20", "70:20:10"), not a time ("10:30") or "24/7"
        if match["head"] in HEADS and (len(parts) > 2 or sum(map(int, parts)) == 100):
            yield Candidate(match[0], Rule.HEAD_NOUN)


# "ALC techniques, such as step testing and acoustic logging": lower-case names listed
# as examples of a kind of model (not of tools or practices, whose examples are as
# often products or habits)
_LISTED = re.compile(
    r"\b(?:models|methods|methodologies|techniques|frameworks|theories|approaches"
    # "tools such as the Outcomes Star": capitalised tools are instruments (lower-case
    # ones may be things bought: "tools such as a booking app")
    r"|(?P<tools>[Tt]ools|[Ii]nstruments|[Ss]cales|[Qq]uestionnaires))\b"
    r"(?:[ \t]*\([^()]{1,60}\))?[ \t]*,?[ \t]+(?:such[ \t]+as|including|like|e\.g\.,?)[ \t]+"
)
# what tools are for when they are instruments: "Outcome measurement: Tools such as ..."
_MEASURING = re.compile(r"(?i:measur|assess|screen|outcome|evaluat|validated)")
_ASIDE = re.compile(r"[ \t]*\([^()]{1,60}\)")
_LIST_END = re.compile(r"[.;:!?()\[\]]")
# "night-flow analysis in each district metered area, step testing ...": where an item
# goes on with these, the list goes on after it
_ITEM_GOES_ON = frozenset({"in", "at", "across", "within", "for", "on", "of"})
_LIST_ITEMS = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*[a-z]\Z")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*\Z")


def find_listed_methods(text: str) -> Iterator[Candidate]:
    """Lower-case names of two or more words listed as examples of models, methods or
    techniques: "appointment models including total triage", "forecasting methods such
    as exponential smoothing". A plural ("database checks") or a phrase that goes on
    ("night-flow analysis in each district") ends the list (the latter after its name).
    """
    if "such as" not in text and "including" not in text and " like " not in text:
        return
    for match in _LISTED.finditer(text):
        before = max(0, match.start() - 60)
        if match["tools"] and not _MEASURING.search(text, before, match.start()):
            continue  # "tools such as Microsoft Teams": tools for work are products
        # a bracket says more of one item ("(DMA)"); it does not end the list
        rest = _ASIDE.sub("", text[match.end() : match.end() + 300])
        end = _LIST_END.search(rest)
        items = _LIST_ITEMS.split(rest[: end.start() if end else len(rest)])
        for number, item in enumerate(items):
            words = item.split()
            while words and words[0] in {"the", "a", "an"}:
                words = words[1:]
            if (
                not words
                or words[0] in _NOT_IN_NAMES
                or words[0] in _CLAUSE_OPENERS
                # "..., and giving accurate, consistent information": a verb after the
                # first item ends the list ("moving averages" may open one)
                or (number and words[0].endswith("ing"))
            ):
                break  # "..., with pressure management": the list has ended
            if not _LOWER_WORD.match(words[0]):
                capitals = list(itertools.takewhile(_CAPITALISED_WORD.match, words))
                if len(capitals) < 2 and any(word in _NOT_IN_NAMES - {"of"} for word in words[1:]):
                    break  # "DAGMAR to set objectives": the sentence goes on
                if len(capitals) >= 2:
                    # "frameworks such as Museum Accreditation": a capitalised name
                    # listed as a model is one, with no model word of its own
                    yield Candidate(" ".join(capitals), Rule.HEAD_NOUN)
                if 2 <= len(capitals) < len(words):
                    break  # "... Museum Accreditation provide benchmarks": a verb
                continue  # an acronym or a name other rules read
            if match["tools"]:
                continue  # "..., developed by ...": only capitalised tools are named
            name: list[str] = []
            for number, word in enumerate(words):
                of_part = (
                    word == "of"
                    and name
                    and number + 1 < len(words)
                    and words[number + 1] not in _NOT_IN_NAMES
                )  # "the hierarchy of effects"
                if (word in _NOT_IN_NAMES and not of_part) or not (
                    of_part or _LOWER_WORD.match(word)
                ):
                    break
                name.append(word)
            while name and name[-1] == "of":
                name.pop()
            if any(
                (word in SENTENCE_OPENERS and word != "of") or word.endswith("ly") for word in name
            ):
                break  # "sometimes called the ...": no name
            # the word that says how many: "hierarchy" of "hierarchy of effects"
            head_word = name[name.index("of") - 1] if "of" in name else "".join(name[-1:])
            if (
                2 <= len(name) <= 3 + ("of" in name)
                and name[0] not in GENERIC_ADJECTIVES
                and not (head_word.endswith("s") and not head_word.endswith(("ss", "sis", "us")))
            ):
                yield Candidate(" ".join(name), Rule.HEAD_NOUN)
            if len(name) != len(words) and words[len(name)] not in _ITEM_GOES_ON:
                break  # the sentence goes on after the name


_NOT_IN_NAMES = FUNCTION_WORDS | CONNECTORS
# "..., while monitoring the DNA rate": a clause after the list
_CLAUSE_OPENERS = frozenset(
    "while whilst although though because unless whereas yet thus hence once".split()
)


def find_eponyms(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Models credited to a person in the possessive, with lower-case words after it.

    "Belbin's team roles", "Tuckman's stages of group development", "Maslow's
    hierarchy of needs": the words after the possessive end in a model word or a
    structure noun (stages, roles, forces ...), maybe followed by "of" and one or two
    words. A name with that "of" part is the same as the name without it.
    """
    if "'s " not in text and "’s " not in text and "s' " not in text and "s’ " not in text:
        return  # most texts
    for end in _possessive_ends(text):
        # the possessive's token, found by its end: no loop over every token
        index = bisect.bisect_left(tokens, end, key=_token_end)
        if index >= len(tokens) or tokens[index].end != end:
            continue
        owner = tokens[index]
        if not is_capitalised(owner) or is_acronym(owner.text[:-2]):
            continue
        first = (
            index - 2 if index >= 2 and _joint_authors(text, tokens, index - 1, [owner]) else index
        )
        while first > 0 and _double_barrelled(text, tokens[first - 1], tokens[first]):
            first -= 1  # "Kübler-Ross's five stages" are Kübler-Ross's, not Ross's
        while first > 0 and _particle_before(text, tokens, first):
            first -= 1  # "Van Hagen's pyramid" is Van Hagen's
        if first > 0 and tokens[first - 1].text in {"the", "The"}:
            continue  # "the Award's conditions", "the Duty's outcomes": a thing's, no one's
        last = _eponym_tail(text, tokens, index)
        if last is None or vocabulary.is_not_model(text[tokens[first].start : owner.end]):
            continue
        if _approach_to(tokens, last):
            continue
        surface = text[tokens[first].start : tokens[last].end]
        longer = _of_part(text, tokens, last)
        if longer is None and tokens[last].norm in HEADS - STRUCTURE_NOUNS:
            # "Kotter's 8-step change model": the rule for head nouns finds it (not
            # "Ostrom's design principles", which no capital opens)
            continue
        if tokens[last].norm in HEADS and _a_body_s(text, tokens, first, vocabulary):
            continue  # "Ofgem's overarching principles": a body's, no person's model
        if longer is None and last == index + 1 and tokens[last].norm not in EPONYM_HEADS:
            # "Tuckman's stages" alone is only another name: of the one fuller model of
            # Tuckman's the corpus names, or of what the vocabulary calls Tuckman's
            owner_name = re.sub(r"['’]s\Z", "", text[tokens[first].start : owner.end])
            yield Candidate(surface, Rule.ALIAS, same_as=owner_name)
            continue
        if longer is not None:
            yield Candidate(text[tokens[first].start : tokens[longer].end], Rule.HEAD_NOUN)
            yield Candidate(
                surface, Rule.HEAD_NOUN, same_as=text[tokens[first].start : tokens[longer].end]
            )
        else:
            yield Candidate(surface, Rule.HEAD_NOUN)


def _a_body_s(text: str, tokens: list[Token], owner: int, vocabulary: Vocabulary) -> bool:
    """True when the possessive at ``tokens[owner]`` ends a body's name ("Ofgem's", "the
    Department of Health and Social Care's")."""
    start = owner
    while start > 0 and joined(text, tokens[start - 1], tokens[start]):
        if is_capitalised(tokens[start - 1]):
            start -= 1
        elif (
            tokens[start - 1].text in CONNECTORS - {"the"}
            and start > 1
            and is_capitalised(tokens[start - 2])
            and joined(text, tokens[start - 2], tokens[start - 1])
        ):
            start -= 2  # "Department of Health and Social Care's"
        else:
            break
    name = re.sub(r"['’]s$", "", text[tokens[start].start : tokens[owner].end])
    return vocabulary.is_not_model(name) or names_no_model(name)


# what opens a surname: "Van Hagen's pyramid", "de Bono's six thinking hats"
SURNAME_PARTICLES = frozenset(
    "van Van von Von de De du Du der Der den Den le Le la La da Da di Di".split()
)


def _particle_before(text: str, tokens: list[Token], position: int) -> bool:
    """True when the word before ``tokens[position]`` opens the same surname."""
    before = tokens[position - 1]
    return before.text in SURNAME_PARTICLES and joined(text, before, tokens[position])


def _double_barrelled(text: str, before: Token, token: Token) -> bool:
    """True when ``before`` and ``token`` are the two halves of one hyphenated name."""
    return text[before.end : token.start] == "-" and is_capitalised(before)


def _approach_to(tokens: list[Token], head: int) -> bool:
    """ "Toyota's approach to manufacturing" describes how someone works; it names nothing."""
    return (
        tokens[head].norm == "approach" and head + 1 < len(tokens) and tokens[head + 1].norm == "to"
    )


def _possessive_ends(text: str) -> Iterator[int]:
    """Where every "'s " (or "’s ") ends its word, and the word before every "s' " ("Rogers'
    core conditions"), found by plain searches."""
    for mark, end in (("'s ", 2), ("’s ", 2), ("s' ", 1), ("s’ ", 1)):
        position = text.find(mark)
        while position >= 0:
            yield position + end
            position = text.find(mark, position + 3)


def _token_end(token: Token) -> int:
    return token.end


_AFTER_S = re.compile(r"['’][ \t]+")


def _eponym_tail(text: str, tokens: list[Token], owner: int) -> int | None:
    """The last model word or structure noun among the (up to four) words after ``owner``."""
    last = None
    for position in range(owner + 1, min(owner + 5, len(tokens))):
        token = tokens[position]
        if (
            not (
                joined(text, tokens[position - 1], token)
                # "Rogers' core conditions": the apostrophe stands between the words
                or (
                    position == owner + 1
                    and _AFTER_S.fullmatch(text, tokens[owner].end, token.start) is not None
                )
            )
            or is_capitalised(token)
            or token.text.casefold() in FUNCTION_WORDS
        ):
            break
        if (
            token.norm in HEADS
            or (token.norm in EPONYM_HEADS and position <= owner + 2)
            or (token.norm in EPONYM_TAILS - EPONYM_HEADS and token.text != token.norm)
        ) and not hyphenated(text, tokens[position - 1], token):
            # a model word, or a plural structure noun ("stages"), not the end of a
            # compound ("two-factor")
            last = position
    return last


# "five-point", "7-point": how a scale or a list is counted, not part of its name


def _without_counted_prefix(text: str, modifiers: list[Token]) -> list[Token]:
    """ "the five-point Likert scale" is the Likert scale: a hyphenated count before a
    capitalised name is dropped ("Kotter's 8-step change model" keeps its count)."""
    first = modifiers[0] if modifiers else None
    if first is None or not (first.text.isdigit() or first.text.casefold() in COUNT_WORDS):
        return modifiers
    position = 1
    while position < len(modifiers) and hyphenated(
        text, modifiers[position - 1], modifiers[position]
    ):
        position += 1
    if 1 < position < len(modifiers) and is_capitalised(modifiers[position]):
        return modifiers[position:]
    return modifiers


def _of_part(text: str, tokens: list[Token], tail: int) -> int | None:
    """The end of "of needs" or "of group development" after ``tokens[tail]``, if any."""
    if tail + 2 >= len(tokens) or tokens[tail + 1].text != "of":
        return None
    end = None
    words = 0
    # two words at most, a hyphenated compound counting as one ("of street-level
    # bureaucracy")
    for position in range(tail + 2, min(tail + 6, len(tokens))):
        token = tokens[position]
        compound = position > tail + 2 and hyphenated(text, tokens[position - 1], token)
        words += not compound
        if words > 2:
            break
        if (
            not joined(text, tokens[position - 1], token)
            or not token.text.islower()
            or token.text in FUNCTION_WORDS
            or token.text == "to"  # "Shepherd's ladder of aggression to explain ..."
            or token.text in _ADVERBS_AFTER  # "apply Tilden's principles of ... well"
        ):
            break
        if (
            end is not None
            and (token.text != token.norm or token.text in SENTENCE_OPENERS)
            # "of customer needs, which ...": before a mark, a plural ends the name
            and not (token.text != token.norm and _mark_after(text, tokens, position))
        ):
            # "of communication describes", "of waiting explain": after a noun, a word
            # in -s or a verb that may open an instruction is the sentence's verb
            break
        if end is not None and _OBJECT_AFTER.match(text, token.end) is not None:
            break  # "principles of interpretation stress relating ...": a verb, its object
        end = position
        if token.text != token.norm and not (
            position + 1 < len(tokens) and hyphenated(text, token, tokens[position + 1])
        ):
            break  # "of needs explains ...": a plural ends it, a verb may follow
    return end


_ADVERBS_AFTER = frozenset("well too also again first more most only together".split())
# what opens a verb's object or goes on from a verb: "... stress relating", "... mean
# the", "... work well"
_OBJECT_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+ing|the|a|an|their|its|that|this|these|those|well|how|why|what)\b"
)


def _mark_after(text: str, tokens: list[Token], position: int) -> bool:
    """True when a comma, a stop or a bracket, or the end of the text, follows
    ``tokens[position]``."""
    end = tokens[position].end
    following = tokens[position + 1].start if position + 1 < len(tokens) else len(text)
    return text[end:following].strip() != "" or following == len(text)


# The end of a law's title that has a parenthesis inside: "...) Regulations 2013",
# "...) Act 1998", "(Interest) Act".
_AFTER_TITLE_PARENTHESIS = re.compile(
    r"\)[ \t]+(?P<rest>(?:[A-Z][\w'’-]*[ \t]+){0,3}?)"
    r"(?P<head>Act|Regulations|Regulation|Order|Directive|Rules|Code|Bill|Measure)\b"
    # "... (Coronavirus) Regulations and General Directions 2020": one title to its year
    r"(?:[ \t]+and[ \t]+(?P<also>(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)"
    r"(?=[ \t]+(?:18|19|20)\d\d\b))?"
    r"(?:[ \t]+(?P<year>(?:18|19|20)\d\d)\b)?"
)
_LEGAL_KIND = re.compile(r"\b(?:Act|Regulations?|Order|Directive|Rules|Code|Bill|Measure)\b")
# what may follow a code's head: what it is of, and its number ("Code of Practice CP44")
_CODE_TAIL = re.compile(
    r"(?P<of>(?:[ \t]+of[ \t]+[A-Z][a-z]+)?)(?:[ \t]+(?P<number>[A-Z]{1,4}[0-9]{1,4})\b)?"
)
# "Section 75", "Article 17", "Regulation 20": a numbered provision of a law.
PROVISION = r"\b(?:Section|Article|Regulation|Schedule)[ \t]+\d{1,3}[A-Z]?\b"
_PROVISION = re.compile(PROVISION)
# "Article 22 of the UK GDPR": a provision cited with its law is a mention of the law
_OF_A_LAW = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
# "Part P of the Building Regulations", "Approved Document J of ...": a part of a law
# (not named alone: "Part B" is as often a part of an exam paper)
_PROVISION_OF_A_LAW = re.compile(
    # ("Part III of the Environmental Protection Act 1990": maybe in Roman numerals)
    rf"(?:{PROVISION}|Part[ \t]+(?:[A-Z]|[IVX]{{1,5}}|\d{{1,2}}[A-Z]?)"
    r"|Approved[ \t]+Document[ \t]+[A-Z])\b"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])"
)


def find_legal_titles(
    text: str, tokens: list[Token], vocabulary: Vocabulary
) -> Iterator[Candidate]:
    """Laws whose titles hold a parenthesis, and numbered provisions of laws.

    "the Consumer Contracts (Information, Cancellation and Additional Charges)
    Regulations 2013" is one name (and the same law without its year); the capitalised
    runs inside it are pieces of it (see :mod:`graph.extraction.rules`). "Section 75"
    names a provision.
    """
    if "ection " in text:
        for match in _SECTION_GUIDANCE.finditer(text):
            # "the section 182 guidance": guidance named by the section of the law it
            # is issued under
            yield Candidate(match[0], Rule.HEAD_NOUN)
    if " Order" in text:
        for match in _YEAR_AND_ORDER.finditer(text):
            # "the 2005 Order": a law by its year and kind, which :mod:`graph.merges`
            # joins to the one order of that year its document names
            yield Candidate(match[0], Rule.HEAD_NOUN)
    if "Section" in text or "Article" in text or "Regulation " in text or "Schedule" in text:
        for match in _PROVISION.finditer(text):
            if not _OF_A_LAW.match(text, match.end()):
                yield Candidate(match[0], Rule.HEAD_NOUN)
    if "/" in text:
        for match in _EU_LAW.finditer(text):
            # "Regulation (EC) No 261/2004" is "Regulation 261/2004": its kind and number
            short = f"{match['kind']} {match['number']}"
            yield Candidate(short, Rule.HEAD_NOUN)
            if match[0] != short:
                yield Candidate(match[0], Rule.HEAD_NOUN, same_as=short)
            if match["body"] and not match[0].startswith(match["body"]):
                bodied = text[match.start("body") : match.end()]
                yield Candidate(bodied, Rule.HEAD_NOUN, same_as=short)
    if _DATED_LAW_HINT.search(text):
        for match in _DATED_LAW.finditer(text):
            # "the Health and Safety at Work etc. Act 1974": a title the runs of
            # capitalised words split (at "at", "etc.", a comma) is one name still
            start = _title_start(text, tokens, match.start())
            if start is None or not (
                # "the Cathedrals Measure 2021": a Church of England or a Welsh law,
                # which no other rule reads as one
                match["head"] == "Measure"
                or _SPLIT_TITLE.search(text, start, match.start())
                # "the School Standards and Framework Act 1998": model words inside
                or _HEAD_INSIDE.search(text, start, match.start())
            ):
                continue
            title = text[start : match.end("head")]
            if not vocabulary.is_not_model(title):
                yield Candidate(title, Rule.HEAD_NOUN)
                yield Candidate(text[start : match.end()], Rule.HEAD_NOUN, same_as=title)
    if ")" not in text:
        return
    if "Law" in text:
        # "Martyn's Law (the Terrorism (Protection of Premises) Act 2025)", and the
        # other way round: a law's popular name and its title are one law
        named = [(m["popular"], m["formal"]) for m in _POPULAR_NAME.finditer(text)]
        for match in _POPULAR_NAME_AFTER.finditer(text):
            start = _title_start(text, tokens, match.start("head"))
            if start is not None:
                named.append((match["popular"], text[start : match.end("title")]))
        for opened, formal in named:
            words = opened.split()
            while len(words) > 2 and (
                words[0].endswith("ing")
                or words[0].casefold() in SENTENCE_OPENERS
                or _POSSESSIVE_END.search(words[1])
            ):
                # "Assuming Natasha's Law (...)", "Follow Martha's Law (...)": the
                # sentence's first word
                words.pop(0)
            popular = " ".join(words)
            if not (vocabulary.is_not_model(popular) or vocabulary.is_not_model(formal)):
                yield Candidate(popular, Rule.HEAD_NOUN, same_as=formal)
    for match in _AFTER_TITLE_PARENTHESIS.finditer(text):
        opening = text.rfind("(", 0, match.start())
        if opening < 0 or not TITLE_PARENTHESIS.fullmatch(text, opening, match.start() + 1):
            continue
        inner = text[opening + 1 : match.start()].strip(" \t")
        if (
            is_acronym(inner)
            and not vocabulary.is_not_model(inner)
            and (body := find_long_form(inner, text[:opening].rstrip(" \t"))) is not None
            # "the Contingent Reimbursement Model (CRM) Code": the model's own code
            and names_no_model(body)
        ):
            # "the British Compressed Gases Association (BCGA) Code of Practice CP44": the
            # bracket defines the body's acronym, which names its code, and a code's
            # number after it is its second name
            tail = _CODE_TAIL.match(text, match.end("head"))  # (it matches, if only "")
            end = tail.end("of") if tail else match.end("head")
            code = f"{inner} {text[match.start('rest') : end]}"
            yield Candidate(code, Rule.HEAD_NOUN)
            # and as written, the body's name and its letters before it
            before = text[:opening].rstrip(" \t")
            yield Candidate(text[len(before) - len(body) : end], Rule.ALIAS, same_as=code)
            if tail and tail["number"]:
                yield Candidate(tail["number"], Rule.ACRONYM, same_as=code)
            continue
        start = _title_start(text, tokens, opening)
        if start is None:
            continue
        also = match["also"]
        # "... Regulations and Human Rights Act 1998": two laws
        two_laws = also is not None and _LEGAL_KIND.search(also) is not None
        title = text[start : match.end("head") if two_laws or not also else match.end("also")]
        if vocabulary.is_not_model(title):
            continue
        yield Candidate(title, Rule.HEAD_NOUN)
        if match["year"] and not two_laws:
            yield Candidate(text[start : match.end()], Rule.HEAD_NOUN, same_as=title)


_MOST_TITLE_WORDS = 12
# A European law by its number: "Regulation (EC) No 261/2004", "Directive 2011/83/EU",
# "Regulation (EU) 2016/679"
_EU_LAW = re.compile(
    # "Retained EC Regulation 1107/2006": the body before the kind
    r"\b(?:(?:[Rr]etained[ \t]+)?(?P<body>EU|EC|EEC)[ \t]+)?"
    r"(?P<kind>Regulation|Directive|Decision)[ \t]+(?:\((?:EU|EC|EEC|Euratom)\)[ \t]+)?"
    r"(?:No\.?[ \t]+)?(?P<number>[0-9]{1,4}/[0-9]{2,4})(?:/(?:EU|EC|EEC))?\b"
)
# A law's popular name ("Martyn's Law", "Awaab's Law") and, in a parenthesis after or
# before it, its title, which may hold a parenthesis or two of its own ("the Food
# Information (Amendment) (England) Regulations 2019")
_POPULAR = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+Law"
_FORMAL = (
    r"[A-Z][^()\n]{0,120}?(?:\([^()\n]{1,80}\)[^()\n]{0,80}?){0,2}"
    rf"{LAW_HEAD}{LAW_YEAR}"
)
_POPULAR_NAME = re.compile(
    rf"(?<![\w'’-])(?P<popular>{_POPULAR})[ \t]+\((?:the[ \t]+)?(?P<formal>{_FORMAL})\)"
)
_POPULAR_NAME_AFTER = re.compile(
    rf"\b(?P<title>(?P<head>{LAW_HEAD}){LAW_YEAR})"
    rf"[ \t]+\((?:the[ \t]+)?(?P<popular>{_POPULAR})\)"
)
_DATED_LAW = re.compile(r"\b(?P<head>Act|Regulations|Order|Rules|Measure)[ \t]+(?:18|19|20)\d\d\b")
_DATED_LAW_HINT = re.compile(r"(?:Act|Regulations|Order|Rules|Measure) (?:18|19|20)")
# What splits a run of capitalised words but not a law's title
SPLIT_TITLE = r"[ \t](?:at|to|in|on|from|with|by|etc\.)[ \t]|,[ \t]"
_SPLIT_TITLE = re.compile(SPLIT_TITLE)
# a capitalised model word inside a title, which ends a run of capitalised words
_HEAD_INSIDE = re.compile(
    r"\b(?:Standards?|Frameworks?|Codes?|Models?|Rules|Principles)[ \t]+and\b"
)


def _title_start(text: str, tokens: list[Token], opening: int) -> int | None:
    """Where the capitalised words of a law's title before ``opening`` begin, if any.

    A title may hold joining words ("Health and Safety at Work etc. Act"), a comma
    ("Digital Markets, Competition and Consumers Act"), a year ("the Health and Social
    Care Act 2008 (Regulated Activities) Regulations") and parentheses of its own
    ("Water Industry (Charges) (Vulnerable Groups) Regulations"); it never begins
    inside a parenthesis.
    """
    count = bisect.bisect_left(tokens, opening, key=lambda t: t.start)
    start = None
    depth = 0  # parentheses entered, reading backwards
    position = count - 1
    # "Local Authority Social Services and National Health Service Complaints (England)"
    while position >= 0 and count - position <= _MOST_TITLE_WORDS:
        token = tokens[position]
        following = tokens[position + 1] if position + 1 < count else None
        gap = text[token.end : following.start if following else opening]
        word = token.text.casefold()
        if not _title_gap(gap, word, depth):
            break
        for mark in reversed(gap):
            depth += {")": 1, "(": -1}.get(mark, 0)
        if depth < 0:
            break  # "(the Terrorism (Protection of Premises) Act 2025)": not past its "("
        # a word in or after "(" opens no sentence, though the tokens mark it as one
        opens_sentence = (
            token.sentence_start
            and not depth
            and not text[: token.start].rstrip(" \t").endswith("(")
        )
        if is_capitalised(token) or (depth and token.text.isdigit()):
            if opens_sentence and (word in SENTENCE_OPENERS or _opener(token)):
                break
            if not depth:
                start = token.start
        elif is_year(word) and position > 0 and is_capitalised(tokens[position - 1]):
            pass  # "the Health and Social Care Act 2008 (Regulated Activities) Regulations"
        elif (
            word == "the"
            and start is not None
            and position > 1
            and (
                tokens[position - 1].text == "in"
                # "the National Parks and Access to the Countryside Act 1949" (not "the
                # Guide to the Data Protection Act": a guide's subject)
                or (
                    tokens[position - 1].text == "to"
                    and normalise_word(tokens[position - 2].text) not in HEADS
                )
            )
            and is_capitalised(tokens[position - 2])
        ):
            # "the Electrical Safety Standards in the Private Rented Sector ..." (not "...
            # and the", "from the", where one title ends and another begins)
            pass
        elif (
            start is not None
            and position > 0
            and text[tokens[position - 1].end : token.start] in {"-", "–"}
            and is_capitalised(tokens[position - 1])
        ):
            pass  # "the Anti-social Behaviour, Crime and Policing Act": a capital's compound
        elif not (word in _TITLE_JOINERS and (start is not None or depth or word == "etc")):
            break
        if opens_sentence:
            break
        position -= 1
    return start


# Lower-case words inside a law's title ("Protection from Harassment Act", "Access to
# Medical Reports Act", "Health and Safety at Work etc. Act").
# ("Prevention of Damage by Pests Act")
_TITLE_JOINERS = NAME_JOINERS | PLACE_WORDS | {"and", "&", "from", "with", "etc", "by"}
_PARENTHESIS_GAP = re.compile(r"[ \t]*(?:[()][ \t]*){1,2}")


def _title_gap(gap: str, word: str, depth: int) -> bool:
    """Whether ``gap``, after the word ``word`` of a law's title, keeps the title going."""
    if not gap.strip(" \t"):
        return True
    if gap[0] == "." and gap[1:].strip(" \t") == "":
        return word in {"etc", "no"}  # "etc. Act", "(No. 2)"
    if gap[0] == "," and gap[1:].strip(" \t") == "":
        return not depth  # "Digital Markets, Competition and Consumers Act"
    if gap in {"-", "–"}:
        return True  # "Ecodesign for Energy-Related Products ... Regulations"
    return _PARENTHESIS_GAP.fullmatch(gap) is not None


def _modifiers(text: str, tokens: list[Token], head_index: int) -> list[Token]:
    """The words that name the thing ``tokens[head_index]`` is the head of."""
    modifiers: list[Token] = []
    position = head_index - 1
    while position >= 0 and len(modifiers) < 6:
        previous = tokens[position]
        if (
            modifiers
            and text[previous.end : modifiers[0].start] == " & "
            and _person_like(previous)
            and is_possessive(modifiers[0])
        ):
            modifiers.insert(0, previous)  # "Dick & Basu's framework"
            position -= 1
            continue
        if not joined_or_quoted(text, previous, modifiers[0] if modifiers else tokens[head_index]):
            break
        word = previous.text.casefold()
        if (
            # "the Investing in Volunteers standard": "in" joins capitals too
            (word in NAME_JOINERS or word == "in")
            and previous.text.islower()
            and modifiers
            and all(is_capitalised(m) for m in modifiers)
            and position > 0
            and is_capitalised(tokens[position - 1])
            and tokens[position - 1].text.casefold() not in FUNCTION_WORDS
            and joined(text, tokens[position - 1], previous)
        ):
            modifiers[:0] = [tokens[position - 1], previous]
            position -= 2
            continue
        if previous.text == "and" and _joint_authors(text, tokens, position, modifiers):
            # "Hersey and Blanchard model", "Kaplan and Norton's balanced scorecard"
            modifiers[:0] = [tokens[position - 1], previous]
            position -= 2
            continue
        if modifiers and is_capitalised(previous) and _verb_of(modifiers[0]):
            # "the Consumer Duty expects root cause analysis": a name and its verb
            modifiers.pop(0)
            break
        if modifiers and _possessive(text, modifiers[0]) and is_capitalised(modifiers[0]):
            if _body_owner(modifiers[0]) and len(modifiers) > 1:
                # "the Housing Ombudsman's Complaint Handling Code": a body's code is
                # named without the body
                modifiers.pop(0)
            break  # "Leaders use Kotter's 8-step model": the name starts at its owner
        capital_inside = (
            is_capitalised(previous)
            and not previous.sentence_start
            and bool(modifiers)
            and all(is_capitalised(m) for m in modifiers)
        )
        if (
            # "the Most Significant Change technique": a capital inside a name (not
            # "Plan-Do-Review", a hyphenated name, which is never cut)
            word in FUNCTION_WORDS
            and not (
                capital_inside
                and word not in CONNECTORS | _ARTICLES
                and not hyphenated(text, previous, modifiers[0])
            )
        ) or (
            word in GENERIC_ADJECTIVES
            # "the Modern General Practice Access approach": a capital inside a name
            and not capital_inside
        ):
            if hyphenated(text, previous, modifiers[0] if modifiers else tokens[head_index]):
                return []  # "Plan-Do-Check-Act": never cut a hyphenated name in two
            break
        if (
            previous.norm in HEADS
            and not (is_capitalised(previous) and is_capitalised(tokens[head_index]))
            and not (position > 0 and hyphenated(text, tokens[position - 1], previous))
        ):
            # "SWOT analysis model" is two things; "Hierarchy of Effects Model" and
            # "two-factor theory" one
            break
        modifiers.insert(0, previous)
        position -= 1
    return modifiers


_ARTICLES = frozenset({"a", "an", "this", "that", "these", "those", "its", "their", "our"})


def _verb_of(token: Token) -> bool:
    """True for a lower-case word that reads as the verb of a name before it: "expects",
    "requires" (not "process", "status" or "analysis")."""
    word = token.text
    return (
        word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ics"))
        and token.norm not in HEADS
    )


def _plain_words(tokens: list[Token]) -> bool:
    """One to three lower-case words, none a function word: "single assessment"."""
    return 1 <= len(tokens) <= 3 and all(
        token.text.islower()
        and token.text not in FUNCTION_WORDS
        and token.text not in GENERIC_ADJECTIVES
        for token in tokens
    )


def _a_known_model(name: str, vocabulary: Vocabulary) -> bool:
    """An acronym the vocabulary knows as a model ("SERVQUAL"), no body's."""
    return (
        is_acronym(name)
        and concept_key(name) in known_keys(vocabulary)
        and not vocabulary.is_not_model(name)
    )


def _body_owner(token: Token) -> bool:
    """True for a possessive naming a body: "Ombudsman's", "Regulator's", "FCA's"."""
    owner = _owner(token)
    return owner.casefold() in BODY_WORDS or is_acronym(owner)


def _owner(token: Token) -> str:
    """ "Ofgem" of "Ofgem's"."""
    return re.sub(r"['’]s?\Z", "", token.text)


def _joint_authors(text: str, tokens: list[Token], position: int, modifiers: list[Token]) -> bool:
    """True when ``tokens[position]`` is the "and" between two people a name is credited to."""
    if tokens[position].text != "and" or not modifiers or position == 0:
        return False
    first, second = tokens[position - 1], modifiers[0]
    return (
        _person_like(first)
        # "the 5 Whys and Ishikawa diagrams": a count before a name says it is none
        and not (position >= 2 and tokens[position - 2].text[:1].isdigit())
        and _person_like(second)
        and (is_possessive(second) or all(is_capitalised(m) for m in modifiers))
        and joined(text, first, tokens[position])
    )


def _person_like(token: Token) -> bool:
    return (
        is_capitalised(token)
        and not is_acronym(token.text)
        and token.norm not in HEADS
        and token.text.casefold() not in FUNCTION_WORDS
    )


def _owner_end(text: str, modifiers: list[Token]) -> int | None:
    """The index of the possessive among the first words ("Kaplan and Norton's"), if any."""
    for position, token in enumerate(modifiers[:3]):
        if _possessive(text, token) and is_capitalised(token):
            return position
    return None


def _possessive(text: str, token: Token) -> bool:
    """ "Tuckman's", and "Adams'" (whose apostrophe is not part of the word)."""
    return is_possessive(token) or (
        token.text.endswith("s") and text[token.end : token.end + 1] in {"'", "’"}
    )


def _credited(modifiers: list[Token]) -> list[Token]:
    """The lower-case words after a capitalised prefix ("change" in "Kübler-Ross change").

    The prefix may join two people ("balanced" in "Kaplan and Norton's balanced").
    """
    plain = [m for m in modifiers if not is_capitalised(m) and m.text != "and"]
    if plain and plain == modifiers[-len(plain) :] and len(plain) < len(modifiers):
        return plain
    return []


_METHOD_WORDS = frozenset({"method", "technique", "rule"})
# Pronouns that open a clause describing what came before: "the coaching model you use".
_CLAUSE_PRONOUNS = frozenset({"you", "we", "they", "he", "she", "i", "it"})


def _described_by_a_clause(text: str, tokens: list[Token], head_index: int) -> bool:
    """ "Name the coaching model you are applying": a lower-case name followed by a
    clause about it is a description of whichever one is meant, not a name."""
    following = tokens[head_index + 1] if head_index + 1 < len(tokens) else None
    return (
        following is not None
        and following.text.casefold() in _CLAUSE_PRONOUNS
        and joined(text, tokens[head_index], following)
    )


def _compound_before(text: str, modifiers: list[Token]) -> list[Token]:
    """The hyphenated compound the modifiers end with ("goal-setting"), or none."""
    start = len(modifiers) - 1
    while start > 0 and hyphenated(text, modifiers[start - 1], modifiers[start]):
        start -= 1
    return modifiers[start:] if start < len(modifiers) - 1 else []


def _one_compound(text: str, modifiers: list[Token], minimum_parts: int) -> bool:
    """True when the modifiers are one hyphenated word of enough parts ("feel-felt-found")."""
    return len(modifiers) >= minimum_parts and all(
        hyphenated(text, a, b) for a, b in itertools.pairwise(modifiers)
    )


def _name_goes_on(text: str, tokens: list[Token], head_index: int) -> bool:
    """True when a capitalised head is followed by a capitalised word, or "of" and one.

    In "Steiner's Hierarchy of Effects Model" the name ends at "Model", not at
    "Hierarchy".
    """
    head = tokens[head_index]
    if not is_capitalised(head) or head_index + 1 >= len(tokens):
        return False
    joiner = tokens[head_index + 1]
    if (
        is_capitalised(joiner)
        and not joiner.sentence_start
        and not is_acronym(joiner.text)
        and joined(text, head, joiner)
    ):
        return True  # "Advertising Standards Authority" is not an "Advertising Standard"
    if head_index + 2 >= len(tokens):
        return False
    following = tokens[head_index + 2]
    return (
        joiner.text in NAME_JOINERS
        and is_capitalised(following)
        and joined(text, head, joiner)
        and joined(text, joiner, following)
    )


def _with_year(text: str, tokens: list[Token], head_index: int, surface: str) -> str:
    """ "Equality Act 2010": keep a year that follows an act or regulation."""
    if head_index + 1 < len(tokens):
        following = tokens[head_index + 1]
        if is_year(following.text) and joined(text, tokens[head_index], following):
            return f"{surface} {following.text}"
    return surface


def _opener(token: Token) -> bool:
    word = token.text.casefold()
    return (
        word in SENTENCE_OPENERS
        or (word.endswith("ing") and len(word) >= 5)  # "Using", "Applying", "Ignoring"
        or (word.endswith("ly") and len(word) > 4)
    )


def find_capitalised_names(
    text: str, tokens: list[Token], vocabulary: Vocabulary
) -> Iterator[Candidate]:
    known = known_keys(vocabulary)
    for whole in _capitalised_runs(text, tokens):
        while (
            len(whole) > 1
            and whole[0].sentence_start
            and _opener(whole[0])
            and not hyphenated(text, whole[0], whole[1])
        ):
            whole = whole[1:]
        if whole and whole[0].sentence_start and _only_acronyms(whole[1:]):
            # "Track NPS and CSAT": the first word is a capital only because it opens
            # the sentence; the acronyms are found by their own rule
            continue
        for run in _split_run(text, whole, known):
            provision = _PROVISION_OF_A_LAW.match(text, run[0].start) if run else None
            if provision is not None:
                # "Part P of the Building Regulations": the law, named after its part
                # (the part is a provision, found by find_legal_titles)
                run = [token for token in run if token.start >= provision.end()]
            while run and run[0].text.casefold() in CONNECTORS:
                run = run[1:]
            while run and run[-1].text.casefold() in CONNECTORS:
                run = run[:-1]
            capitals = [t for t in run if t.text.casefold() not in CONNECTORS]
            if (
                len(run) >= 2
                and is_acronym(run[-1].text)
                and is_possessive(run[-2])
                and not _body_owner(run[-2])
                and not vocabulary.is_not_model(_owner(run[-2]))
            ):
                # "Davis's TAM": the acronym, credited to its author
                credited = text[run[-2].start : run[-1].end]
                yield Candidate(credited, Rule.ALIAS, same_as=run[-1].text)
            if (
                run
                and is_acronym(run[-1].text)
                and (len(capitals) >= 3 or (len(run) >= 2 and is_possessive(run[-2])))
            ):
                # "the Six Sigma DMAIC cycle": two names side by side; the rule for
                # acronyms finds the last one ("Jan Carlzon of SAS": and the "of" goes)
                run, capitals = run[:-1], capitals[:-1]
                while run and run[-1].text.casefold() in CONNECTORS:
                    run = run[:-1]
            if len(capitals) < 2 or all(is_acronym(t.text) for t in capitals):
                continue
            if len(run) == 2 and is_possessive(run[0]) and any(c.isdigit() for c in run[1].text):
                continue  # "the FCA's FG21/1": the paper, which its own rule finds
            if len(run) == 2 and run[0].norm in _PARTS and len(run[1].text) == 1:
                continue  # "Parts A, B and C", "Annex B": a part of a text, by its letter
            run = _without_owning_body(run)
            if (
                is_possessive(run[-1])
                or (
                    run[-1].text.casefold() in ORGANISATION_WORDS | ROLE_WORDS
                    # "the National Standards for Enforcement Agents": a standard for
                    # people in a role, no role
                    and not TITLE_BEFORE_SUBJECT.search(text, run[0].start, run[-1].end)
                )
                or (
                    run[0].text.casefold() in ORGANISATION_WORDS | ROLE_FIRST_WORDS
                    and run[1].text in NAME_JOINERS
                    # "the College of Policing's Code of Ethics": what a body names
                    and not any(is_possessive(token) for token in run[2:-1])
                )
            ):
                continue  # a person ("Jan Carlzon's"), an organisation or a job title
            if _middle_initial(text, run):
                continue  # "Edward T. Hall's": a person, whose name goes on after the stop
            if run[-1].text == "Model" and _NUMBERED_AFTER.match(text, run[-1].end):
                continue  # "a Tesla Model 3": a product
            run = _without_credit(run)
            if (
                len(run) > 3
                and run[-2].text == "of"
                and len(run[-1].text) == 1
                and _NAME_AFTER_INITIAL.match(text, run[-1].end)
            ):
                # "The Experience Economy of B. Joseph Pine and James Gilmore": credited
                # to a person, whose initial ends the run
                run = run[:-2]
            legal = run[-1].norm in LEGAL_HEADS
            if legal:
                # "the EU AI Act", "the UK Equality Act 2010": the law without its country
                while len(run) > 2 and run[0].text in _COUNTRIES:
                    run = run[1:]
            surface = text[run[0].start : run[-1].end]
            if run[0].norm == "code" and (
                section := _SECTION_BEFORE.search(text, max(0, run[0].start - 20), run[0].start)
            ):
                # "the section 45 Code of Practice": a code named by the section of the
                # law it is made under, not any code of practice (a name of mixed case,
                # which a run of capitals alone would never match)
                yield Candidate(text[section.start() : run[-1].end], Rule.HEAD_NOUN)
                continue
            if (
                vocabulary.is_not_model(surface)
                # "AI" is no model, but "AI Act" a law, "NHS Complaint Standards" and the
                # "SEND Code of Practice" codes
                or (
                    not (legal or any(token.norm in HEADS for token in run[1:]))
                    # a single letter is a variant's ("Erlang A", "Theory X"), whatever
                    # the vocabulary says of the letter alone
                    and any(
                        vocabulary.is_not_model(t.text)
                        for t in capitals[: _where_it_applies(run, capitals)]
                        if len(t.text) > 1
                    )
                )
                or _brand_before_a_noun(text, tokens, run)
            ):
                continue
            dated = surface
            # "the National Standards of Healthcare Cleanliness 2021": a title's year
            # too, as a law's
            if run[-1].norm in LEGAL_HEADS or TITLE_BEFORE_SUBJECT.search(surface):
                last = bisect.bisect_left(tokens, run[-1].start, key=lambda t: t.start)
                dated = _with_year(text, tokens, last, surface)
                if dated != surface:
                    yield Candidate(dated, Rule.CAPITALISED, same_as=surface)
            named = _after_owner(text, run)
            if (
                len(run) == 2
                and is_acronym(run[0].text)
                and not is_acronym(run[1].text)
                and not vocabulary.is_not_model(run[0].text)  # "AI Act" is no "AI"
                and not hyphenated(text, run[0], run[1])  # "STOP-Bang" is no "STOP"
            ):
                yield Candidate(surface, Rule.CAPITALISED, same_as=run[0].text)
            elif named is None:
                yield Candidate(surface, Rule.CAPITALISED)
                applies = _where_it_applies(run, capitals)
                if applies < len(capitals):
                    # "the Code of Practice for Victims of Crime" is the same code
                    before = capitals[applies - 1]
                    yield Candidate(
                        text[run[0].start : before.end], Rule.CAPITALISED, same_as=surface
                    )
            else:
                owner = next(t for t in reversed(run) if is_possessive(t))
                if _a_known_model(_owner(owner), vocabulary):
                    # "SERVQUAL's Assurance and Empathy dimensions": parts of a model
                    # the vocabulary knows, which is what the text names
                    continue
                if is_acronym(_owner(owner)) and not names_no_model(named):
                    # "the OIA's Good Practice Framework": letters that own a named
                    # framework, code or rules are a body's
                    yield Candidate(_owner(owner), Rule.ORGANISATION)
                yield Candidate(
                    named,
                    # "Ofcom's General Conditions of Entitlement": what a body names is
                    # its rules, a code or a standard, as a model word would say
                    Rule.HEAD_NOUN
                    if (_body_owner(owner) or vocabulary.is_not_model(_owner(owner)))
                    and not names_no_model(named)
                    else Rule.CAPITALISED,
                )
                yield Candidate(surface, Rule.CAPITALISED, same_as=named)
                if dated != surface:
                    # "the CMA's Retail Banking Market Investigation Order 2017": the
                    # law keeps its year without its owner too
                    yield Candidate(named + dated[len(surface) :], Rule.CAPITALISED, same_as=named)


_COUNTRIES = frozenset({"UK", "EU", "US", "USA"})
# after a middle initial's stop, the surname and then a possessive or a comma
_NAME_AFTER_INITIAL = re.compile(r"\.[ \t]+[A-Z][a-z]+")
_SURNAME_AFTER = re.compile(r"\.[ \t]+(?P<surname>[A-Z][a-z]+)(?:['’]s\b|,)")


def _without_owning_body(run: list[Token]) -> list[Token]:
    """ "the BHTA Code of Practice of the British Healthcare Trades Association" is the
    BHTA Code of Practice: a title, then "of" and the body whose title it is."""
    for index in range(len(run) - 2, 1, -1):
        if run[index].text != "of":
            continue
        rest = run[index + 1 :]
        if rest and rest[0].text == "the":
            rest = rest[1:]
        body = " ".join(token.text for token in rest)
        if (
            len(rest) >= 2
            and names_no_model(body)
            and any(token.norm in HEADS for token in run[:index])
        ):
            return run[:index]
    return run


def _without_credit(run: list[Token]) -> list[Token]:
    """ "the Dual Process Model of Stroebe and Schut" is the Dual Process Model: a model
    word, "of" and two people (single capitalised words) credit the model."""
    for index in range(1, len(run) - 4):
        if run[index].norm in STRONG_HEADS and run[index + 1].text == "of":
            people = run[index + 2 :]
            if (
                len(people) == 3
                and people[1].text in {"and", "&"}
                and _person_like(people[0])
                and _person_like(people[2])
            ):
                return run[: index + 1]
    return run


def _middle_initial(text: str, run: list[Token]) -> bool:
    """True for "Edward T" in "Edward T. Hall's" or "Richard D. Lewis, who": a first
    name and one capital before a stop and a surname (not "Theory Y. Then, ...")."""
    last = run[-1]
    if len(run) != 2 or len(last.text) != 1 or not last.text.isupper() or run[0].norm in HEADS:
        return False
    after = _SURNAME_AFTER.match(text, last.end)
    return (
        after is not None and after["surname"].casefold() not in FUNCTION_WORDS | SENTENCE_OPENERS
    )


def _brand_before_a_noun(text: str, tokens: list[Token], run: list[Token]) -> bool:
    """True for "the Ritz-Carlton practice", "a Coca-Cola campaign": a hyphenated pair
    of names after an article and before a plain noun is a company or a brand.

    A method named after two people goes without the article ("using Kepner-Tregoe",
    "Holt-Winters smoothing") or before a model word ("the Kepner-Tregoe method").
    """
    if len(run) != 2 or not hyphenated(text, run[0], run[1]):
        return False
    first = bisect.bisect_left(tokens, run[0].start, key=lambda t: t.start)
    after = first + 2
    if after >= len(tokens) or not joined(text, run[1], tokens[after]):
        return False
    noun = tokens[after]
    if is_capitalised(noun) or noun.norm in HEADS or noun.text in FUNCTION_WORDS:
        return False
    for position in range(first - 1, max(first - 4, -1), -1):
        word = tokens[position].text.casefold()
        if word in {"the", "a", "an"}:
            return True
        if word in FUNCTION_WORDS or is_capitalised(tokens[position]):
            return False
    return False


def _only_acronyms(run: list[Token]) -> bool:
    words = [t for t in run if t.text.casefold() not in CONNECTORS]
    return bool(words) and all(is_acronym(t.text) for t in words)


def _after_owner(text: str, run: list[Token]) -> str | None:
    """ "Theory X and Theory Y" in "McGregor's Theory X and Theory Y": the name after
    the person it is credited to, when that is a name of two or more capitalised words.
    """
    owners = [i for i, token in enumerate(run[:-1]) if is_possessive(token)]
    if not owners:
        return None
    rest = run[owners[-1] + 1 :]
    if sum(t.text.casefold() not in CONNECTORS for t in rest) < 2:
        return None
    return text[rest[0].start : rest[-1].end]


def _split_run(text: str, run: list[Token], known: frozenset[str]) -> Iterator[list[Token]]:
    """Split a run of capitalised words where it names two things.

    "Contrast the Boston Matrix and the Ansoff Matrix" and "Lean and Six Sigma" are
    two names each; "Voice of the Customer" and "Objectives and Key Results" are one.
    A run splits at "the" (unless after "of"), at "in", "on", "at" and "to" (unless the
    vocabulary knows the whole run) and at "and" / "&" when a side is a known name,
    ends in a model word, both sides are single words ("Implication and Need"), or
    both sides have two words or more ("the Planning Team and British Airways") and
    the run does not end in a model word or a law's ("Data Protection and Digital
    Information Act").
    """
    piece: list[Token] = []
    pieces: list[list[Token]] = []
    run_is_known = _is_known(text, run, known)
    in_a_title = False  # the piece holds a title's head and its "for" or "on"
    for position, token in enumerate(run):
        if (
            (
                token.text == "the"
                and not (piece and piece[-1].text.casefold() == "of")
                # "the Convention Abolishing the Requirement of Legalisation ...": a
                # title's head, then what it does
                and not (
                    len(piece) >= 2
                    and piece[-1].text.endswith("ing")
                    and piece[-1].text[:1].isupper()
                    and piece[-2].norm in HEADS | LEGAL_HEADS
                )
                # "the International Convention for the Safety of Life at Sea"
                and not (in_a_title and piece[-1].text in {"for", "on"})
            )
            or (
                token.text in PLACE_WORDS
                and not run_is_known
                # "... of Life at Sea", "Standards for ... Protecting Children in Sport"
                # (but "the Code of Practice for Retailers in London": where it applies)
                and not (
                    in_a_title
                    and (
                        token.text == "at"
                        or (token.text == "in" and not _a_place_after(run, position))
                    )
                )
                # "the Five Ways to Wellbeing", "Ten Steps to Cyber Security": counted
                # ways or steps go on to where they lead
                and not (token.text == "to" and _counted_plural(piece))
                # "the Code of Practice on Passenger Information During Disruption"
                and not _title_goes_on(piece, token)
                # "the Competition in Connections Code of Practice", "the Home to School
                # Travel and Transport Statutory Guidance": one word, then "in" or "to"
                # and capitals that end in a title's head, name one title
                and not (
                    token.text in {"in", "to"}
                    and len(piece) == 1
                    and piece[0].norm not in HEADS | LEGAL_HEADS
                    and (_ends_in_a_title(run) or _title_head_follows(run, position))
                )
                # "the Code of Practice for Victims of Crime in England and Wales": where a
                # title applies is part of it
                and not (
                    _applies_in(run, position)
                    and any(t.norm in LEGAL_HEADS | HEADS for t in piece if t.text[:1].isupper())
                )
            )
        ):
            pieces.append(piece)
            piece = []
            in_a_title = False
        else:
            in_a_title = in_a_title or _title_goes_on(piece, token)
            piece.append(token)
    pieces.append(piece)
    for piece in pieces:
        yield from _split_at_and(text, piece, known)


_PLACES = NATIONS | {"london", "britain", "uk", "europe"}


def _a_place_after(run: list[Token], position: int) -> bool:
    """True when a known place follows ``run[position]`` ("in London", "in Wales")."""
    return position + 1 < len(run) and run[position + 1].text.casefold() in _PLACES


def _applies_in(run: list[Token], position: int) -> bool:
    """True when ``run[position]`` opens "in England and Wales": two of the nations a
    title applies in."""
    words = [token.text for token in run[position : position + 4]]
    return (
        len(words) == 4
        and words[0] == "in"
        and words[1].casefold() in NATIONS
        and words[2] == "and"
        and words[3].casefold() in NATIONS
    )


def _where_it_applies(run: list[Token], capitals: list[Token]) -> int:
    """How many of ``capitals`` come before "in England and Wales", where a title
    applies, which names no place of its own."""
    for position in range(1, len(run) - 3):
        if _applies_in(run, position):
            return sum(1 for token in capitals if token.start < run[position].start)
    return len(capitals)


def _ends_in_a_title(run: list[Token]) -> bool:
    """True when ``run`` ends in a capitalised title's head ("... Code of Practice")."""
    heads = [token for token in run if token.text[:1].isupper()]
    return bool(heads) and any(
        token.norm in LEGAL_HEADS or token.norm in HEADS for token in heads[-3:]
    )


def _title_head_follows(run: list[Token], position: int) -> bool:
    """True when a title's capitalised head follows ``run[position]`` before the run's
    next "the": "Home to School Travel and Transport Statutory Guidance and the ..."."""
    for token in run[position + 1 :]:
        if token.text == "the":
            return False
        if token.text[:1].isupper() and token.norm in WHOLE_NAME_ENDS | LEGAL_HEADS:
            return True
    return False


def _counted_plural(piece: list[Token]) -> bool:
    """True for "Five Ways", "Seven Steps": a count, then a plural noun."""
    return (
        len(piece) == 2
        and piece[0].text.casefold() in COUNT_WORDS
        and piece[1].text != piece[1].norm
        and piece[1].text.casefold().endswith("s")
    )


# Heads of titles that go on with "on" and their subject ("Convention on the Rights of
# Persons with Disabilities", "Directive on Consumer Rights")
TITLES_BEFORE_ON = frozenset(
    {"practice", "code", "convention", "directive", "guidance", "standard", "framework", "charter"}
)


def _title_goes_on(piece: list[Token], token: Token) -> bool:
    """True when ``token`` is the "for" or "on" after a title's head that ends ``piece``:
    what follows is the title's subject, which may hold "the" and "at" ("the
    International Convention for the Safety of Life at Sea")."""
    return bool(piece) and (
        (piece[-1].norm in TITLES_BEFORE_ON and token.text in {"for", "on"})
        # "The Purple Guide to Health, Safety and Welfare at Music and Other Events"
        or (piece[-1].norm == "guide" and token.text == "to")
    )


def _split_at_and(text: str, run: list[Token], known: frozenset[str]) -> Iterator[list[Token]]:
    # A loop over positions, not recursion on the rest of the run: a bullet with a
    # thousand "and"s in it would go deeper than Python's recursion limit, and copying
    # the rest at every split would be quadratic.
    start = 0
    while start < len(run) and not _is_known(text, run, known, start):
        position = _and_split(text, run, known, start)
        if position is None:
            break
        yield run[start:position]
        start = position + 1
    yield run[start:]


def _last_two_words(run: list[Token], start: int) -> list[int]:
    """The positions of the last two words of ``run[start:]`` that are no connectors,
    last first, found from its end (a run's trailing connectors are few)."""
    found: list[int] = []
    position = len(run) - 1
    while position > start and len(found) < 2:
        if run[position].text.casefold() not in CONNECTORS:
            found.append(position)
        position -= 1
    return found


def _and_split(text: str, run: list[Token], known: frozenset[str], start: int) -> int | None:
    """The position of the "and" where ``run[start:]`` names two things, if there is one."""
    subject_from = len(run)  # where a title's "on" or "for" (after a model word) is
    last_words = _last_two_words(run, start)
    last = last_words[0] if last_words else len(run) - 1
    for position in range(start + 1, len(run)):
        if subject_from == len(run) and (
            run[position].text == "on"
            or (run[position].text == "for" and run[position - 1].norm in HEADS)
            or (run[position].text == "to" and run[position - 1].norm == "guide")
            # "the UK Code of Non-broadcast Advertising and Direct & Promotional
            # Marketing": what a code is of
            or (run[position].text == "of" and run[position - 1].norm == "code")
        ):
            subject_from = position
        if run[position].text.casefold() not in {"and", "&"}:
            continue
        left, right = position - start, len(run) - position - 1  # how many words each side
        if not right:
            return None
        if (
            last_words
            and last_words[0] > position
            and (len(last_words) == 1 or last_words[1] < position)
            and run[last_words[0]].norm in WHOLE_NAME_ENDS
        ):
            return None  # "the SRA Standards and Regulations": "Regulations" alone is none
        if subject_from < position:
            # "the Acas Code of Practice on Disciplinary and Grievance Procedures", "the
            # National Standard for Driver and Rider Training": what a title is on or for
            # may hold an "and"
            return None
        if (
            _is_known(text, run, known, start, position)
            or _is_known(text, run, known, position + 1)
            or run[position - 1].norm in HEADS
            or (left == 1 and right == 1)
            # "the ESS and STOP-Bang": two acronyms, the second hyphenated to a word
            or (left == 1 and is_acronym(run[start].text) and is_acronym(run[position + 1].text))
            or (
                left >= 2
                and right >= 2
                # the last word, not a connector the run ends with ("... Standard and
                # clear routes")
                and run[last].norm not in WHOLE_NAME_ENDS
                and len(run[last].text) > 1  # "Theory X and Theory Y" is one pair
            )
        ):
            return position
    return None


def _is_known(
    text: str, run: list[Token], known: frozenset[str], start: int = 0, stop: int | None = None
) -> bool:
    """Whether the words ``run[start:stop]`` are a name in ``known``."""
    stop = len(run) if stop is None else stop
    # more words than any known name (a leading "the" aside) cannot be one; counting
    # first keeps a long run linear, as it is not normalised again at every word
    if not 0 < stop - start <= _most_words(known) + 1:
        return False
    return concept_key(text[run[start].start : run[stop - 1].end]) in known


@functools.lru_cache(maxsize=16)
def _most_words(known: frozenset[str]) -> int:
    return max((len(key.split()) for key in known), default=0)


# "section 45 ": the section of a law a code or guidance is made under
_SECTION = r"(?<![\w-])[Ss]ection[ \t]+[0-9]+[A-Z]?[ \t]+"
_SECTION_GUIDANCE = re.compile(rf"{_SECTION}guidance\b")
_SECTION_BEFORE = re.compile(rf"{_SECTION}\Z")
_YEAR_AND_ORDER = re.compile(r"(?<=\bthe )(?:18|19|20)[0-9]{2}[ \t]+Order\b")
# Titles that a series numbers: "Good Practice Guide 45", "Technical Note 12"
_NUMBERED_TITLE_HEADS = frozenset({"guide", "note", "bulletin", "circular", "condition"})


def _capitalised_runs(text: str, tokens: list[Token]) -> Iterator[list[Token]]:
    """Runs of two or more words joined in one sentence, each capitalised or a connector.

    A lone capitalised word is no name: leaving it out here spares the checks on the
    many words that open a sentence.
    """
    run: list[Token] = []
    headed = False  # the run holds a model word, and so may be a title
    list_until = -1  # where a title's list of subjects ends, past its commas
    for position, token in enumerate(tokens):
        word = token.text
        capital = word[:1].isupper()
        if not run:
            if capital:
                run, headed = [token], token.norm in HEADS
            continue
        if (
            word.isdigit()
            and len(word) <= 3
            and run[-1].norm in _NUMBERED_TITLE_HEADS
            and joined(text, run[-1], token)
        ):
            # "Good Practice Guide 45", "Guidance Note 3": a numbered title ends there
            run.append(token)
            continue
        if (
            word.islower()
            and run[-1].text[:1].isupper()
            and not is_acronym(run[-1].text)  # "a QR-code survey"
            and word not in CONNECTORS
            and hyphenated(text, run[-1], token)
            and position + 1 < len(tokens)
            and tokens[position + 1].text[:1].isupper()
            and joined(text, token, tokens[position + 1])
        ):
            # "the UK Code of Non-broadcast Advertising": a capital's compound goes on
            # inside a name (not "Welsh-language provision")
            run.append(token)
            continue
        if (
            word == "with"
            and headed
            and any(t.text == "of" for t in run)
            and position + 1 < len(tokens)
            and tokens[position + 1].text[:1].isupper()
            and joined(text, run[-1], token)
            and joined(text, token, tokens[position + 1])
        ):
            # "the Dual Process Model of Coping with Bereavement": what a model is of
            # may go on with "with"
            run.append(token)
            continue
        if (capital or (word.casefold() in CONNECTORS and word.islower())) and not (
            token.sentence_start
        ):
            if token.start >= list_until and not joined(text, run[-1], token) and headed:
                list_until = _title_list_end(text, run)
            if (
                token.start < list_until
                or joined(text, run[-1], token)
                # "the UK Code of ... Direct & Promotional Marketing": in a title, an
                # ampersand joins capitals
                or (capital and headed and text[run[-1].end : token.start] == " & ")
            ):
                run.append(token)
                headed = headed or token.norm in HEADS
                continue
        if len(run) > 1:
            yield run
        run, headed = ([token], token.norm in HEADS) if capital else ([], False)
    if len(run) > 1:
        yield run


# "the HCPC Standards of Conduct, Performance and Ethics", "the Guide to Health, Safety
# and Welfare": a title's subject may be a list of single words, commas and all
_TITLE_LIST = re.compile(
    r",[ \t]+(?:[A-Z][a-z]+,[ \t]+){0,3}[A-Z][a-z]+,?[ \t]+and[ \t]+[A-Z][a-z]+\b"
)
_SUBJECT_AFTER = frozenset({"of", "to", "for", "on"})


def _title_list_end(text: str, run: list[Token]) -> int:
    """Where the list of subjects after a title's last word ends (-1 where none follows):
    the run ends in "of", "to", "for" or "on" and one capitalised word."""
    if len(run) < 3 or run[-2].text not in _SUBJECT_AFTER or not run[-1].text[:1].isupper():
        return -1
    found = _TITLE_LIST.match(text, run[-1].end)
    if found is None or not all(map(_common_word, _LIST_WORD.findall(found[0]))):
        return -1  # "the Code of Practice, Kano and Herzberg": names, not subjects
    return found.end()


_LIST_WORD = re.compile(r"[A-Z][a-z]+")
_COMMON_ZIPF = 3.3  # "ethics" 4.2, "proficiency" 3.4; "Kano" 3.2, "Herzberg" 0


@functools.lru_cache(maxsize=1 << 12)
def _common_word(word: str) -> bool:
    """True for a common English word ("Safety"), not a name ("Herzberg")."""
    return zipf_frequency(word.casefold(), "en", wordlist="small") >= _COMMON_ZIPF
