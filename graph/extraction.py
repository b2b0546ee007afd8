"""Finding named models and quoted terms in prose, and normalising their names.

Extraction works in two passes (see :mod:`graph.build`):

1. :func:`find_candidates` applies general rules to a piece of prose and returns the
   names it sees, with the evidence that ties names together (an acronym and its
   expansion, "the AIDA model" and "AIDA").
2. :class:`MentionMatcher` then finds every known name (candidates, key concepts and
   the vocabulary) in any text, longest match first, so that a name found in one
   topic is recognised wherever it is written.

The rules, in order:

* **acronyms**: ``NPS``, ``KPIs``, ``PRINCE2``, ``ISO 9001`` (minus the vocabulary's
  not-model words such as HR or IT);
* **definitions**: an acronym and its expansion in parentheses, either way round:
  ``Net Promoter Score (NPS)``, ``NPS (Net Promoter Score)``; an expansion that spells
  the acronym word by word (``LATER (Listen, Apologise, ...)``) is a mnemonic and
  becomes the model's description; a loose gloss of an acronym the vocabulary already
  knows (``customer satisfaction (CSAT)``) is not taken as its definition;
* **quoted names**: ``the 'LATER' method``; a quoted lower-case term such as
  ``'customer journey'`` is kept as a concept;
* **head nouns**: ``the Gaps Model``, ``the service recovery paradox``,
  ``SWOT analysis``, ``Freedom of Information Act 2000``: a model word (model,
  framework, cycle, chain, paradox, curve ...) after a name; with a weaker word
  (analysis, method, score, Code ...) the name must be capitalised, quoted, an acronym
  or one hyphenated compound (``the feel-felt-found technique``). A name credited to a
  person (``Tuckman's model``, ``the Kübler-Ross change curve``) is linked to the plain
  name, and an Act with a year to the Act without it;
* **capitalised names**: two or more capitalised words inside a sentence
  (``Customer Satisfaction Score``, ``Plan-Do-Check-Act``), split where they name two
  things (``the Boston Matrix and the Ansoff Matrix``, ``Monday in London``), without
  exam-tip imperatives (``Refer to the ...``), people (``Jan Carlzon's``), job titles
  (``General Manager``) or organisations (``Financial Ombudsman Service``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

import ahocorasick

from graph.vocabulary import Vocabulary

__all__ = [
    "HEADS",
    "MAX_NAME_WORDS",
    "STRONG_HEADS",
    "WEAK_HEADS",
    "Candidate",
    "MatchMode",
    "MentionMatcher",
    "Rule",
    "Token",
    "concept_key",
    "find_candidates",
    "find_long_form",
    "is_acronym",
    "lookup_key",
    "tokenize",
]

# "A/B" (as in A/B testing) and "80/20" are one token; "email/chat" is two.
# Letters include accented ones ("Kübler-Ross").
_TOKEN = re.compile(r"[A-Z]/[A-Z](?![^\W_])|[^\W_]+(?:['’][^\W_]+)*(?:/[0-9]+)?")
# The same words, and (as a group) kept by split() with the gaps between them.
_TOKEN_OR_GAP = re.compile(f"({_TOKEN.pattern})")
_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z](?:[A-Z0-9&]|-(?=[A-Z]))*[A-Z0-9]s?$")
# What may stand between two words of one name: spaces and a hyphen, and for a known
# name also a quote mark ("the 'LATER' method") or a slash ("ISO/IEC"). Each run of
# spaces follows a mark, so that only one way to match is tried: "[ \t]*-?[ \t]*" would
# try every split of a long run of spaces, quadratic in its length.
_JOINED = re.compile(r"[ \t]*(?:[-–][ \t]*)?")
_JOINED_OR_QUOTED = re.compile(r"[ \t]*(?:['‘’\"“”][ \t]*)?(?:[-–/][ \t]*)?")
# A gap between words that opens a sentence: it ends in a full stop, colon, bracket or
# bullet, then maybe an opening quote (spaces placed as above, for the same reason).
_OPENS_SENTENCE = re.compile(r"[.!?:;(\[•]\s*(?:['‘\"“]\s*)?$")
# Numbered names such as the 4Ps, the 6Cs or 5S; not 3D, 4G, 4K or 9AM.
_NUMBERED_NAME = re.compile(r"^[1-9](?!(?:D|G|K|AM|PM)s?$)[A-Z]{1,2}s?$")

# Words that mark a name as a model when they follow it.
STRONG_HEADS = frozenset(
    "model framework cycle chain paradox matrix theory diagram scale index scorecard "
    "hierarchy grid funnel wheel pyramid triangle canvas mnemonic curve".split()
)
# Words that mark a model only after a capitalised, quoted or acronym name.
WEAK_HEADS = frozenset(
    "analysis method methodology score technique approach principle act regulation "
    "directive standard charter rule law effect protocol code tool toolkit formula "
    "convention guideline".split()
)
# Heads only when capitalised: "the CAP Code", but not "the society's code of conduct".
_CAPITAL_ONLY_HEADS = frozenset({"code"})
HEADS = STRONG_HEADS | WEAK_HEADS

_CONNECTORS = frozenset({"of", "and", "for", "the", "to", "in", "on", "at", "&"})
# Words that are never part of a name, so they end a run of modifiers.
_FUNCTION_WORDS = frozenset(
    """a an the this that these those it its they them their there here we our you your
    he she his her i me my what which who whom whose how why when where whether if
    then than so as at by for from in into of off on onto or and nor but with without
    within about above across after against along among around before behind below
    beneath beside between beyond during except inside near over past since through
    throughout till toward towards under until up upon via is are was were be been being
    am do does did done doing have has had having can could may might must shall should
    will would not no yes only also just even very too such each every either neither
    both all any some many much more most few less least other another same own""".split()
)
# Adjectives that describe rather than name ("the complete cycle").
_GENERIC_ADJECTIVES = frozenset(
    """complete whole entire full clear same following above below key main basic
    overall new different various several specific general generic simple common
    relevant appropriate suitable effective efficient good best better strong weak
    structured systematic recognised recognized established traditional modern
    theoretical practical conceptual proposed chosen wider broader broad narrow
    appropriate particular typical standard formal informal own certain""".split()
)
# Capitalised only because they open a sentence.
_SENTENCE_OPENERS = (
    frozenset(
        """use apply award credit assess look expect require provide demonstrate explain
    describe identify evaluate analyse analyze compare contrast discuss outline structure
    support focus link relate map ensure remember consider include avoid define show give
    make mention reference cite highlight emphasise emphasize distinguish practise
    practice revise read write plan check learn know understand recognise recognize marks
    mark evidence candidates candidate students student learners learner always never
    often sometimes answers answer questions question examiners examiner assessors
    assessor responses response note try take keep draw state list justify illustrate
    propose recommend review reflect create develop build manage measure monitor
    confusing assuming failing ignoring overlooking focusing neglecting underestimating
    misinterpreting treating believing thinking seeing refer quote name set
    finish present sketch calculate prepare""".split()
    )
    | _FUNCTION_WORDS
)
# Last words of names that are organisations, not models ("Financial Ombudsman Service").
_ORGANISATION_WORDS = frozenset(
    """service services ombudsman authority office commission council agency institute
    institution association society department ltd plc inc limited university college
    bank trust foundation group company corporation project""".split()
)
# Last words of job titles ("General Manager", "Customer Service Adviser").
_ROLE_WORDS = frozenset(
    """manager managers director directors officer officers executive executives assistant
    assistants adviser advisers advisor advisors supervisor supervisors leader leaders
    coordinator coordinators administrator administrators president chair chairman
    representative representatives agent agents""".split()
)
# First words of job titles ("Head of Operations", "Director of Customer Experience").
_ROLE_FIRST_WORDS = frozenset({"head", "director", "chief", "manager", "minister", "secretary"})
_QUOTED = re.compile(r"(?<![A-Za-z0-9])['‘\"“](?P<inner>[^'‘’\"“”\n]{2,60}?)['’\"”](?![A-Za-z0-9])")
_PARENTHESES = re.compile(r"\((?P<inner>[^()]{1,200})\)")
_EXAMPLE_OPENERS = re.compile(
    r"^(?:e\.?\s?g\.?|i\.?\s?e\.?|eg|ie|such as|for example|for instance|see|including|"
    r"like|incl\.?|cf\.?|etc\.?)\b",
    re.IGNORECASE,
)


class Rule(Enum):
    """Which rule found a candidate; decides its kind and how strictly it matches."""

    ACRONYM = "acronym"
    DEFINITION = "definition"  # the expansion of an acronym
    QUOTED_MODEL = "quoted model"
    QUOTED_TERM = "quoted term"  # a quoted lower-case term: a concept, not a model
    HEAD_NOUN = "head noun"
    CAPITALISED = "capitalised name"


class MatchMode(Enum):
    """How strictly an alias must match the text it is found in."""

    ANY_CASE = "any case"  # "net promoter score" finds "Net Promoter Score"
    CAPITALISED = "capitalised"  # every word must start with a capital ("Agile", not "agile")
    ACRONYM = "acronym"  # the exact capitals ("LATER", not "later")


class Token(NamedTuple):
    """One word of prose (a named tuple: tokens are made by the hundred thousand)."""

    text: str
    start: int
    end: int
    norm: str  # the matching form: case-folded, possessive dropped, singular
    sentence_start: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name one rule found in one piece of prose."""

    surface: str
    rule: Rule
    same_as: str | None = None  # another surface naming the same thing
    expansion: str | None = None  # a mnemonic's words, e.g. "Listen, Apologise, ..."


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
def _normalise_word(word: str) -> str:
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
    words = _TOKEN.findall(surface.replace("&", " and "))
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(_normalise_word(word) for word in words)


def lookup_key(surface: str) -> str:
    """Like :func:`concept_key`, but spacing is ignored as well ("Plan Do" == "PlanDo")."""
    return concept_key(surface).replace(" ", "")


@functools.lru_cache(maxsize=1 << 16)
def is_acronym(word: str) -> bool:
    """True for words such as NPS, KPIs, PRINCE2, B2B (two or more capitals) or 4Ps."""
    return (bool(_ACRONYM.match(word)) and len(word) <= 12) or bool(_NUMBERED_NAME.match(word))


def _acronym_letters(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1].isupper() else word


def tokenize(text: str) -> list[Token]:
    """Split prose into word tokens, marking those that open a sentence."""
    # split() cuts the text into [gap, word, gap, word, ..., gap] in one call, the
    # words finditer() would find, without making a match object for each one
    parts = _TOKEN_OR_GAP.split(text)
    if len(parts) < 2:
        return []
    first = parts[1]
    end = len(parts[0]) + len(first)
    # tuple.__new__ skips the named tuple's Python-level constructor: same token
    tokens = [_make_token(Token, (first, end - len(first), end, _normalise_word(first), True))]
    append = tokens.append
    opens_sentence = _OPENS_SENTENCE.search
    for gap, word in zip(parts[2:-1:2], parts[3::2], strict=True):
        start = end + len(gap)
        end = start + len(word)
        # most gaps are one space, which cannot end a sentence: skip the search
        opens = gap != " " and opens_sentence(gap) is not None
        append(_make_token(Token, (word, start, end, _normalise_word(word), opens)))
    return tokens


_make_token = tuple.__new__


def _joined(text: str, left: Token, right: Token) -> bool:
    """True when only spaces or hyphens separate two tokens."""
    return _JOINED.fullmatch(text, left.end, right.start) is not None


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


_CLAUSE_END = re.compile(r"[.;:!?()\[\]]")


def find_long_form(short: str, text_before: str) -> str | None:
    """The expansion of ``short`` at the end of ``text_before`` (Schwartz & Hearst, 2003).

    Matches the acronym's letters right to left against the preceding words; the
    first letter must start a word. Returns ``None`` when there is no plausible match.
    """
    letters = _acronym_letters(short)
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
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    # the first letter may follow a hyphen ("Plan-Do-..."): take the whole word
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    long_form = candidate[start:].strip(" ,'\"‘’“”")
    long_words = [w for w in re.split(r"[\s-]+", long_form) if w]
    while long_words and long_words[0].casefold() in _FUNCTION_WORDS:
        long_words = long_words[1:]
        long_form = long_form.split(None, 1)[1] if " " in long_form else ""
    if len(long_words) < 2 or short.casefold() in long_form.casefold():
        return None
    first = long_words[0].casefold()
    spelled = _spells(letters, [w for w in long_words if w.casefold() not in _CONNECTORS])
    if (first in _GENERIC_ADJECTIVES and not spelled) or (
        first in _SENTENCE_OPENERS and not re.match(r"\S+[-–]\S", long_form)
    ):
        return None  # "Use Net Promoter ..."; but "Plan-Do-Check-Act" is one name
    return long_form


def _spells(letters: str, items: list[str]) -> bool:
    initials = "".join(item.strip()[:1] for item in items if item.strip())
    return initials.casefold() == letters.casefold()


def find_candidates(text: str, vocabulary: Vocabulary) -> list[Candidate]:
    """Every model-like name and quoted term in ``text``, by the rules above."""
    tokens = tokenize(text)
    if _is_shouting(tokens):
        return []
    found: list[Candidate] = []
    found.extend(_acronyms(text, tokens, vocabulary))
    found.extend(_definitions(text, tokens, vocabulary))
    found.extend(_quoted(text, tokens, vocabulary))
    found.extend(_head_noun_phrases(text, tokens, vocabulary))
    found.extend(_capitalised_names(text, tokens, vocabulary))
    return found


def _is_shouting(tokens: list[Token]) -> bool:
    """Six or more words, all in capitals."""
    words = 0
    for token in tokens:
        if token.text[:1].isalpha():
            if not token.text.isupper():
                return False  # most texts: at the first word
            words += 1
    return words >= 6


def _acronyms(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
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
        following = tokens[index] if index < len(tokens) else None
        if following and following.text.isdigit() and _joined(text, last, following):
            numbered = f"{name} {following.text}"
            if len(following.text) <= 2:
                # a version ("ITIL 4") is the same thing; a standard's number
                # ("ISO 9001") names a different one
                yield Candidate(numbered, Rule.ACRONYM, same_as=name)
            else:
                yield Candidate(numbered, Rule.ACRONYM)
                continue
        yield Candidate(name, Rule.ACRONYM)


def _definitions(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    if "(" not in text:
        return  # most texts: then the clause ends are not needed
    clause_ends = [match.start() for match in _CLAUSE_END.finditer(text)]
    for match in _PARENTHESES.finditer(text):
        inner = match["inner"].strip()
        if _EXAMPLE_OPENERS.match(inner):
            continue
        if is_acronym(inner) and not vocabulary.is_not_model(inner):
            # only the clause before the parenthesis, which is all find_long_form reads:
            # the whole text before it would make many parentheses quadratic
            count = bisect.bisect_left(clause_ends, match.start())
            clause = text[clause_ends[count - 1] + 1 if count else 0 : match.start()]
            long_form = find_long_form(inner, clause)
            if long_form and _may_define(inner, long_form, vocabulary):
                yield Candidate(long_form, Rule.DEFINITION, same_as=inner)
            continue
        acronym = _acronym_before(tokens, match.start())
        if acronym is None or vocabulary.is_not_model(acronym):
            continue
        letters = _acronym_letters(acronym)
        items = [item for item in re.split(r",|;|\band\b|/", inner) if item.strip()]
        if len(items) >= 2 and _spells(letters, items):
            yield Candidate(acronym, Rule.ACRONYM, expansion=inner)
        elif len(inner.split()) >= 2:
            words = inner.split()
            spelled = _spells(letters, [w for w in words if w.casefold() not in _CONNECTORS])
            if (spelled or find_long_form(acronym, inner) == inner) and _may_define(
                acronym, inner, vocabulary
            ):
                yield Candidate(inner, Rule.DEFINITION, same_as=acronym)


def _may_define(acronym: str, long_form: str, vocabulary: Vocabulary) -> bool:
    """False when the vocabulary knows the acronym but not this expansion of it.

    "customer satisfaction (CSAT)" is a loose gloss: merging it would make every
    "customer satisfaction" a mention of the CSAT metric.
    """
    known = _known_keys(vocabulary)
    return concept_key(acronym) not in known or concept_key(long_form) in known


def _acronym_before(tokens: list[Token], position: int) -> str | None:
    """An acronym among the (up to two) words just before ``position``."""
    # tokens are in text order: a binary search, not a scan per parenthesis
    count = bisect.bisect_right(tokens, position, key=lambda t: t.end)
    before = tokens[max(0, count - 2) : count]
    for token in reversed(before):
        if is_acronym(token.text):
            return token.text
        if token.norm not in HEADS:
            return None
    return None


def _quoted(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    for match in _QUOTED.finditer(text):
        inner = match["inner"].strip(" ,.")
        words = _TOKEN.findall(inner)
        if not words or len(words) > 5 or re.search(r"[.!?;:]", inner):
            continue
        first_after = bisect.bisect_left(tokens, match.end(), key=lambda t: t.start)
        after = tokens[first_after : first_after + 1]
        head = after[0] if after and _joined(text, _closing(match), after[0]) else None
        if len(words) == 1 and is_acronym(words[0]):
            if vocabulary.is_not_model(words[0]):
                continue
            same = f"{inner} {head.text}" if head and head.norm in HEADS else None
            yield Candidate(inner, Rule.QUOTED_MODEL)
            if same:
                yield Candidate(same, Rule.QUOTED_MODEL, same_as=inner)
        elif head is not None and head.norm in HEADS:
            yield Candidate(inner, Rule.QUOTED_MODEL)
        elif all(w[:1].isupper() for w in words if w.casefold() not in _CONNECTORS):
            if not vocabulary.is_not_model(inner):
                yield Candidate(inner, Rule.QUOTED_MODEL)
        elif not any(w.casefold() in _FUNCTION_WORDS - _CONNECTORS for w in words):
            yield Candidate(inner, Rule.QUOTED_TERM)


def _closing(match: re.Match[str]) -> Token:
    return Token("'", match.end() - 1, match.end(), "'", False)


def _head_noun_phrases(
    text: str, tokens: list[Token], vocabulary: Vocabulary
) -> Iterator[Candidate]:
    for index, head in enumerate(tokens):
        if (
            head.norm not in HEADS
            or index == 0
            or (head.norm in _CAPITAL_ONLY_HEADS and not _is_capitalised(head))
            or _name_goes_on(text, tokens, index)
        ):
            continue
        modifiers = _modifiers(text, tokens, index)
        while modifiers and (
            (modifiers[0].sentence_start and _opener(modifiers[0]))
            or modifiers[0].text.casefold() in _CONNECTORS
        ):
            modifiers.pop(0)
        if not modifiers:
            continue
        surface = _unquoted(text[modifiers[0].start : head.end])
        if vocabulary.is_not_model(surface) or any(
            vocabulary.is_not_model(m.text) for m in modifiers if is_acronym(m.text)
        ):
            continue
        proper = all(
            _is_capitalised(m) or m.text[:1].isdigit() or m.text.casefold() in _CONNECTORS
            for m in modifiers
        )
        if is_acronym(modifiers[-1].text):
            # "the AIDA model", and "the Six Sigma DMAIC cycle": the acronym names it
            acronym = modifiers[-1].text
            yield Candidate(f"{acronym} {head.text}", Rule.HEAD_NOUN, same_as=acronym)
        elif proper and not (modifiers[0].sentence_start and len(modifiers) == 1):
            dated = _with_year(text, tokens, index, surface)
            yield Candidate(surface, Rule.HEAD_NOUN)
            if dated != surface:
                yield Candidate(dated, Rule.HEAD_NOUN, same_as=surface)
            elif len(modifiers) == 1 and _is_possessive(modifiers[0]):
                # "Tuckman's model" is whatever the vocabulary calls Tuckman's
                owner = re.sub(r"['’]s$", "", modifiers[0].text)
                yield Candidate(surface, Rule.HEAD_NOUN, same_as=owner)
        elif (
            _is_capitalised(modifiers[0])
            and not modifiers[0].sentence_start
            and head.text.casefold() == head.norm
            and _credited(modifiers)
        ):
            # "the Kübler-Ross change curve" is "the change curve" credited to a person
            plain = _credited(modifiers)
            short = _unquoted(text[plain[0].start : head.end])
            yield Candidate(surface, Rule.HEAD_NOUN, same_as=short)
            yield Candidate(short, Rule.HEAD_NOUN)
        elif (
            (head.norm in STRONG_HEADS or _one_compound(text, modifiers, minimum_parts=3))
            and head.text.casefold() == head.norm
            and index - len(modifiers) - 1 >= 0
            and tokens[index - len(modifiers) - 1].text.casefold() == "the"
        ):
            # "the service recovery paradox", "the feel-felt-found technique"
            yield Candidate(surface, Rule.HEAD_NOUN)


# Joining words allowed inside a capitalised name before a head ("Hierarchy of Effects
# Model", "Freedom of Information Act"); "and" is left out: "PESTLE and SWOT analysis"
# names two things.
_NAME_JOINERS = frozenset({"of", "for"})


def _modifiers(text: str, tokens: list[Token], head_index: int) -> list[Token]:
    """The words that name the thing ``tokens[head_index]`` is the head of."""
    modifiers: list[Token] = []
    position = head_index - 1
    while position >= 0 and len(modifiers) < 6:
        previous = tokens[position]
        if not _joined_or_quoted(text, previous, modifiers[0] if modifiers else tokens[head_index]):
            break
        word = previous.text.casefold()
        if (
            word in _NAME_JOINERS
            and previous.text.islower()
            and modifiers
            and all(_is_capitalised(m) for m in modifiers)
            and position > 0
            and _is_capitalised(tokens[position - 1])
            and tokens[position - 1].text.casefold() not in _FUNCTION_WORDS
            and _joined(text, tokens[position - 1], previous)
        ):
            modifiers[:0] = [tokens[position - 1], previous]
            position -= 2
            continue
        if word in _FUNCTION_WORDS or word in _GENERIC_ADJECTIVES:
            if _hyphenated(text, previous, modifiers[0] if modifiers else tokens[head_index]):
                return []  # "Plan-Do-Check-Act": never cut a hyphenated name in two
            break
        if previous.norm in HEADS and not (
            _is_capitalised(previous) and _is_capitalised(tokens[head_index])
        ):
            break  # "SWOT analysis model" is two things; "Hierarchy of Effects Model" one
        modifiers.insert(0, previous)
        position -= 1
    return modifiers


def _credited(modifiers: list[Token]) -> list[Token]:
    """The lower-case words after a capitalised prefix ("change" in "Kübler-Ross change")."""
    plain = [m for m in modifiers if not _is_capitalised(m)]
    if plain and plain == modifiers[-len(plain) :] and len(plain) < len(modifiers):
        return plain
    return []


def _one_compound(text: str, modifiers: list[Token], minimum_parts: int) -> bool:
    """True when the modifiers are one hyphenated word of enough parts ("feel-felt-found")."""
    return len(modifiers) >= minimum_parts and all(
        _hyphenated(text, a, b) for a, b in itertools.pairwise(modifiers)
    )


def _name_goes_on(text: str, tokens: list[Token], head_index: int) -> bool:
    """True when a capitalised head is followed by a capitalised word, or "of" and one.

    In "Steiner's Hierarchy of Effects Model" the name ends at "Model", not at
    "Hierarchy".
    """
    head = tokens[head_index]
    if not _is_capitalised(head) or head_index + 1 >= len(tokens):
        return False
    joiner = tokens[head_index + 1]
    if (
        _is_capitalised(joiner)
        and not joiner.sentence_start
        and not is_acronym(joiner.text)
        and _joined(text, head, joiner)
    ):
        return True  # "Advertising Standards Authority" is not an "Advertising Standard"
    if head_index + 2 >= len(tokens):
        return False
    following = tokens[head_index + 2]
    return (
        joiner.text in _NAME_JOINERS
        and _is_capitalised(following)
        and _joined(text, head, joiner)
        and _joined(text, joiner, following)
    )


def _unquoted(surface: str) -> str:
    """Drop quotation marks around words ("'LATER' method"), keep apostrophes ("Maslow's")."""
    return _QUOTE_AROUND_WORDS.sub("", surface)


_QUOTE_AROUND_WORDS = re.compile(r"(?:(?<=\s)|^)['‘\"“]|['’\"”](?=\s|$)")


def _joined_or_quoted(text: str, left: Token, right: Token) -> bool:
    return _JOINED_OR_QUOTED.fullmatch(text, left.end, right.start) is not None


def _with_year(text: str, tokens: list[Token], head_index: int, surface: str) -> str:
    """ "Equality Act 2010": keep a year that follows an act or regulation."""
    if head_index + 1 < len(tokens):
        following = tokens[head_index + 1]
        if re.fullmatch(r"(?:19|20)\d\d", following.text) and _joined(
            text, tokens[head_index], following
        ):
            return f"{surface} {following.text}"
    return surface


def _opener(token: Token) -> bool:
    word = token.text.casefold()
    return (
        word in _SENTENCE_OPENERS
        or (word.endswith("ing") and len(word) >= 5)  # "Using", "Applying", "Ignoring"
        or (word.endswith("ly") and len(word) > 4)
    )


def _capitalised_names(
    text: str, tokens: list[Token], vocabulary: Vocabulary
) -> Iterator[Candidate]:
    known = _known_keys(vocabulary)
    for whole in _capitalised_runs(text, tokens):
        while (
            len(whole) > 1
            and whole[0].sentence_start
            and _opener(whole[0])
            and not _hyphenated(text, whole[0], whole[1])
        ):
            whole = whole[1:]
        if whole and whole[0].sentence_start and _only_acronyms(whole[1:]):
            # "Track NPS and CSAT": the first word is a capital only because it opens
            # the sentence; the acronyms are found by their own rule
            continue
        for run in _split_run(text, whole, known):
            while run and run[0].text.casefold() in _CONNECTORS:
                run = run[1:]
            while run and run[-1].text.casefold() in _CONNECTORS:
                run = run[:-1]
            capitals = [t for t in run if t.text.casefold() not in _CONNECTORS]
            if (
                run
                and is_acronym(run[-1].text)
                and (len(capitals) >= 3 or (len(run) >= 2 and _is_possessive(run[-2])))
            ):
                # "the Six Sigma DMAIC cycle": two names side by side; the rule for
                # acronyms finds the last one
                run, capitals = run[:-1], capitals[:-1]
            if len(capitals) < 2 or all(is_acronym(t.text) for t in capitals):
                continue
            if (
                _is_possessive(run[-1])
                or run[-1].text.casefold() in _ORGANISATION_WORDS | _ROLE_WORDS
                or (
                    run[0].text.casefold() in _ORGANISATION_WORDS | _ROLE_FIRST_WORDS
                    and run[1].text in _NAME_JOINERS
                )
            ):
                continue  # a person ("Jan Carlzon's"), an organisation or a job title
            surface = text[run[0].start : run[-1].end]
            if vocabulary.is_not_model(surface) or any(
                vocabulary.is_not_model(t.text) for t in capitals
            ):
                continue
            if run[-1].norm in _LEGAL_HEADS:
                last = bisect.bisect_left(tokens, run[-1].start, key=lambda t: t.start)
                dated = _with_year(text, tokens, last, surface)
                if dated != surface:
                    yield Candidate(dated, Rule.CAPITALISED, same_as=surface)
            named = _after_owner(text, run)
            if len(run) == 2 and is_acronym(run[0].text) and not is_acronym(run[1].text):
                yield Candidate(surface, Rule.CAPITALISED, same_as=run[0].text)
            elif named is None:
                yield Candidate(surface, Rule.CAPITALISED)
            else:
                yield Candidate(named, Rule.CAPITALISED)
                yield Candidate(surface, Rule.CAPITALISED, same_as=named)


def _only_acronyms(run: list[Token]) -> bool:
    words = [t for t in run if t.text.casefold() not in _CONNECTORS]
    return bool(words) and all(is_acronym(t.text) for t in words)


_LEGAL_HEADS = frozenset({"act", "regulation", "directive", "order", "bill", "code"})


def _after_owner(text: str, run: list[Token]) -> str | None:
    """ "Theory X and Theory Y" in "McGregor's Theory X and Theory Y": the name after
    the person it is credited to, when that is a name of two or more capitalised words.
    """
    owners = [i for i, token in enumerate(run[:-1]) if _is_possessive(token)]
    if not owners:
        return None
    rest = run[owners[-1] + 1 :]
    if sum(t.text.casefold() not in _CONNECTORS for t in rest) < 2:
        return None
    return text[rest[0].start : rest[-1].end]


def _is_possessive(token: Token) -> bool:
    return token.text.casefold().endswith(("'s", "’s"))


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
    for token in run:
        if (token.text == "the" and not (piece and piece[-1].text.casefold() == "of")) or (
            token.text in _PLACE_WORDS and not run_is_known
        ):
            pieces.append(piece)
            piece = []
        else:
            piece.append(token)
    pieces.append(piece)
    for piece in pieces:
        yield from _split_at_and(text, piece, known)


# A run that ends in one of these names one thing, however many "and"s it holds.
_WHOLE_NAME_ENDS = HEADS | {"act", "bill", "order", "regulation", "regulations"}

# "Monday in London", "Manager at Tesco": a run joined by these is two names unless the
# vocabulary knows the whole ("Health and Safety at Work Act", "Investors in People").
_PLACE_WORDS = frozenset({"in", "on", "at", "to"})


def _hyphenated(text: str, left: Token, right: Token) -> bool:
    return re.fullmatch(r"[-–]", text[left.end : right.start]) is not None


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


def _and_split(text: str, run: list[Token], known: frozenset[str], start: int) -> int | None:
    """The position of the "and" where ``run[start:]`` names two things, if there is one."""
    for position in range(start + 1, len(run)):
        if run[position].text.casefold() not in {"and", "&"}:
            continue
        left, right = position - start, len(run) - position - 1  # how many words each side
        if not right:
            return None
        if (
            _is_known(text, run, known, start, position)
            or _is_known(text, run, known, position + 1)
            or run[position - 1].norm in HEADS
            or (left == 1 and right == 1)
            or (
                left >= 2
                and right >= 2
                and run[-1].norm not in _WHOLE_NAME_ENDS
                and len(run[-1].text) > 1  # "Theory X and Theory Y" is one pair
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


@functools.lru_cache(maxsize=16)
def _known_keys(vocabulary: Vocabulary) -> frozenset[str]:
    """The normal forms of every name and alias in ``vocabulary``."""
    return frozenset(
        concept_key(surface)
        for entry in vocabulary.entries
        for surface in (entry.name, *entry.aliases)
    )


def _capitalised_runs(text: str, tokens: list[Token]) -> Iterator[list[Token]]:
    """Runs of two or more words joined in one sentence, each capitalised or a connector.

    A lone capitalised word is no name: leaving it out here spares the checks on the
    many words that open a sentence.
    """
    run: list[Token] = []
    for token in tokens:
        word = token.text
        capital = word[:1].isupper()
        if not run:
            if capital:
                run = [token]
            continue
        if (
            (capital or (word.casefold() in _CONNECTORS and word.islower()))
            and not token.sentence_start
            and _joined(text, run[-1], token)
        ):
            run.append(token)
            continue
        if len(run) > 1:
            yield run
        run = [token] if capital else []
    if len(run) > 1:
        yield run


@dataclass(frozen=True, slots=True)
class _Alias:
    concept_id: str
    mode: MatchMode
    surface: str


# Joins normal forms into one string for the automaton; no normal form contains it.
_SEPARATOR = "\x1f"

MAX_NAME_WORDS = 12
"""Longer runs of words are never a name (the longest in the gold sets has 7). They are
not looked for in prose either: a long name made of one repeated word would make the
automaton's matching quadratic (its failure chain grows with the repetition)."""


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
        for concept_id, surfaces in aliases.items():
            for surface, mode in surfaces:
                key = tuple(concept_key(surface).split())
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
        parts = _TOKEN_OR_GAP.split(text)
        if len(parts) < 2:
            return []
        words = parts[1::2]
        offsets = list(itertools.accumulate(map(len, parts)))
        starts, ends = offsets[0::2], offsets[1::2]
        norms = list(map(_normalise_word, words))
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
        joined_or_quoted = _JOINED_OR_QUOTED.fullmatch
        for first in sorted(names_at):
            if first < taken:
                continue
            for key in sorted(names_at[first], key=len, reverse=True):
                last = first + len(key) - 1
                if any(
                    joined_or_quoted(text, ends[number], starts[number + 1]) is None
                    for number in range(first, last)
                ):
                    continue
                alias = self._accept(key, words[first : last + 1])
                if alias is not None:
                    written = _unquoted(text[starts[first] : ends[last]])
                    mentions.append((alias.concept_id, written))
                    taken = last + 1
                    break
        return mentions

    def _accept(self, key: tuple[str, ...], window: list[str]) -> _Alias | None:
        for alias in self._index.get(key, ()):
            if alias.mode is MatchMode.ANY_CASE:
                return alias
            if alias.mode is MatchMode.CAPITALISED and all(
                word[:1].isupper() for word in window if word.casefold() not in _CONNECTORS
            ):
                return alias
            if alias.mode is MatchMode.ACRONYM and all(
                _acronym_letters(word).isupper() or word.isdigit() for word in window
            ):
                return alias
        return None
