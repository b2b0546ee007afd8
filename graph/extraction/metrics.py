"""Metrics written in lower case: "attrition rate", "cost per contact", "occupancy".

Three signs make lower-case words a metric (:attr:`Rule.METRIC`):

* **the shape of a measure**: a noun before "rate" or "ratio" ("attrition rate",
  "abandonment rate"), or a noun "per" a noun ("cost per contact", "contacts per
  hour"), written in the singular;
* **a definition in prose**: "Occupancy is the proportion of ...", "service level, the
  percentage of calls ...", "utilisation, which measures handling time as a share of
  ...", "schedule adherence shows whether ...";
* **a list of metrics**: "KPIs such as average speed of answer, cost per contact and
  first contact resolution".

An acronym defined by lower-case words ("average speed of answer (ASA)") is found by
the rule for definitions already.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from graph.extraction.candidates import Candidate, Rule
from graph.extraction.keys import Token, hyphenated, is_acronym, is_capitalised, joined
from graph.extraction.words import FUNCTION_WORDS, GENERIC_ADJECTIVES, SENTENCE_OPENERS
from graph.vocabulary import Vocabulary

__all__ = ["find_metrics"]

# The words that end a measure's name: "abandonment rate", "cost-income ratio".
_RATIO_WORDS = frozenset({"rate", "ratio"})
# "average waiting time", "mean order value": an average of something named.
_AVERAGES = frozenset({"average", "mean", "median"})
_AVERAGED = frozenset({"time", "value", "cost", "spend", "size", "duration", "delay"})
_SHAPE_WORDS = re.compile(r" (?:rate|ratio|per)\b|\b(?:average|mean|median) ", re.IGNORECASE)
# Words before "rate" that make a price or a speed, not a measure.
_NOT_MEASURED = frozenset(
    """high higher highest low lower lowest fast faster slow slower great greater good
    better bad worse fixed flat hourly daily weekly monthly annual yearly going current
    special reduced discounted average overall total interest exchange tax heart birth
    mortgage base falling rising growing increasing decreasing declining improving
    worsening dropping climbing""".split()
)
# Units before "per": "£5 per hour", "pounds per head".
_UNITS = frozenset(
    """pound pence penny dollar euro minute hour second day week month year time percent
    cent mile kilometre metre once twice""".split()
)
# Counts before what is counted: "two calls per hour".
_COUNTS = frozenset(
    """one two three four five six seven eight nine ten twenty hundred thousand million
    few several many""".split()
)
# Verbs that come before what they act on: "reduce attrition rate", "track cost per
# contact" (besides the imperatives that open sentences).
_VERBS = SENTENCE_OPENERS | frozenset(
    """reduce reduces improve improves increase increases decrease decreases raise raises
    lower lowers cut cuts boost boosts lift lifts drive drives affect affects track tracks
    report reports analyse analyses hit hits meet meets miss misses set sets target
    targets""".split()
)
# "per thousand passengers": a count follows, not what is measured.
_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion"})
# What a definition says a measure is.
_MEASURE = (
    r"(?:percentage|proportion|share|number|ratio|average|mean|fraction|count|rate|"
    r"total|per\s+cent|measure|metric)"
)
# Each branch starts right after a word, so that a run of spaces is not tried from
# every one of its spaces (quadratic on a huge line).
_DEFINED = re.compile(
    # "Occupancy is the proportion of", "X measures the percentage of"
    rf"(?<=[^\W_])\s+(?:is|are|measures|gives|tracks|reports|counts|expresses|captures)\s+"
    rf"(?:the|a|an)\s+(?:\w+\s+)?{_MEASURE}\b"
    # "service level, the percentage of", "X (the share of"
    rf"|(?<=[^\W_])\s*[,(–—]\s*(?:the|a|an)\s+{_MEASURE}(?:\s+\w+)?\s+(?:of|per|on|in)\b"
    # "utilisation, which measures handling time as a share of"
    rf"|,\s+which\s+(?:measures|shows|is|gives|tracks|expresses|reports|compares)\b"
    rf"(?=(?:\s+[\w-]+){{0,6}}?\s+{_MEASURE}\b)"
    # "schedule adherence shows whether", "abandonment rate show how many"
    r"|(?<=[^\W_])\s+(?:shows?|measures?|indicates?|tells?)\s+(?:how\s+(?:long|many|much|often|"
    r"quickly|well|far|easily)|whether)\b",
    re.IGNORECASE,
)
_LIST_OF_METRICS = re.compile(
    r"\b(?:metrics|KPIs|key\s+performance\s+indicators|performance\s+(?:indicators|measures))"
    r"\s*(?:,\s*)?(?:such\s+as|like|including|include|:|\()\s*(?P<items>[^.;:!?()]{3,200})",
    re.IGNORECASE,
)
_MOST_WORDS = 4
_INNER = frozenset({"of", "per", "to"})  # "speed of answer", "cost per contact", "cost to serve"


def find_metrics(text: str, tokens: list[Token], vocabulary: Vocabulary) -> Iterator[Candidate]:
    """Every lower-case metric ``text`` names by its shape, defines or lists."""
    seen: set[str] = set()
    for surface in _by_shape(text, tokens):
        if surface not in seen and not vocabulary.is_not_model(surface):
            seen.add(surface)
            yield Candidate(surface, Rule.METRIC)
    for match in _DEFINED.finditer(text):
        defined = _subject_before(text, tokens, match.start(), short=match[0].lstrip()[:1] != ",")
        if defined and defined not in seen and not vocabulary.is_not_model(defined):
            seen.add(defined)
            yield Candidate(defined, Rule.METRIC)
    for match in _LIST_OF_METRICS.finditer(text):
        items = re.split(r",|\band\b|\bor\b", match["items"])
        items[-1] = _without_verb(items[-1])
        for item in items:
            listed = _listed(item)
            if listed and listed not in seen and not vocabulary.is_not_model(listed):
                seen.add(listed)
                yield Candidate(listed, Rule.METRIC)


def _by_shape(text: str, tokens: list[Token]) -> Iterator[str]:
    """ "attrition rate", "cost per contact", "average waiting time": a measure's shape."""
    if not _SHAPE_WORDS.search(text):
        return  # most texts
    for index, token in enumerate(tokens):
        if index == 0:
            continue
        if token.text in _AVERAGED and tokens[index - 1].text.casefold() in _AVERAGES:
            continue  # "the average time": nothing said of what
        if token.text in _AVERAGED:
            words = _nouns_before(text, tokens, index)
            start = index - len(words) - 1
            if words and start >= 0 and tokens[start].text.casefold() in _AVERAGES:
                yield text[tokens[start].start : token.end]
        elif token.text in _RATIO_WORDS:
            words = _nouns_before(text, tokens, index)
            if words:
                start = index - len(words) - 1
                if (
                    start >= 0
                    and is_acronym(tokens[start].text)
                    and joined(text, tokens[start], words[0])
                ):
                    words.insert(0, tokens[start])  # "the FOS change rate", "NPS response rate"
                yield text[words[0].start : token.end]
        elif (
            token.text == "per"
            and index + 1 < len(tokens)
            and text[token.start - 1 : token.start] == " "
            and text[token.end : token.end + 1] == " "
        ):  # not "pay-per-click"
            words = _nouns_before(text, tokens, index, most=1)
            after = tokens[index + 1]
            if (
                words
                and words[0].norm not in _UNITS
                and words[-1].norm not in _UNITS
                and _plain(after)
                and after.text == after.norm  # "per contact", not "per contacts"
                and after.text not in _NUMBER_WORDS
                and joined(text, token, after)
                and not _counted(tokens, index - len(words) - 1)
            ):
                yield text[words[0].start : after.end]


def _nouns_before(text: str, tokens: list[Token], index: int, most: int = 3) -> list[Token]:
    """The plain lower-case words just before ``tokens[index]``, a measure's subject."""
    words: list[Token] = []
    position = index - 1
    while position >= 0 and len(words) < most:
        token = tokens[position]
        following = words[0] if words else tokens[index]
        in_compound = token.text.islower() and (
            hyphenated(text, token, following)
            or (position > 0 and hyphenated(text, tokens[position - 1], token))
        )
        if not joined(text, token, following) or not (_plain(token) or in_compound):
            break  # a word of a hyphenated compound may be short: "take-up", "on-time"
        words.insert(0, token)
        position -= 1
    while (
        words
        and (
            words[0].text in _NOT_MEASURED
            or words[0].text in _VERBS
            or words[0].text.endswith(("ly", "ed"))
        )
        and not (len(words) > 1 and hyphenated(text, words[0], words[1]))
    ):
        words.pop(0)  # "reduce", "increased", "falling": not what is measured
    return words


def _plain(token: Token) -> bool:
    word = token.text
    return (
        word.islower()
        and word.isalpha()
        and word not in FUNCTION_WORDS
        and word not in GENERIC_ADJECTIVES
        and len(word) > 2
    )


def _counted(tokens: list[Token], index: int) -> bool:
    """True when ``tokens[index]`` is a number or a count ("two calls per hour")."""
    return index >= 0 and (tokens[index].text[:1].isdigit() or tokens[index].norm in _COUNTS)


def _subject_before(text: str, tokens: list[Token], position: int, short: bool) -> str | None:
    """The measure a definition at ``position`` defines: the noun phrase before it.

    Up to four words, with "of", "per" or "to" inside; no capitals but a sentence's
    first; ``short`` (after a verb) allows one word only at the start of a sentence.
    """
    count = bisect.bisect_right(tokens, position, key=lambda t: t.end)
    if not count or tokens[count - 1].end != position:
        return None
    words: list[Token] = []
    for token in reversed(tokens[max(0, count - _MOST_WORDS - 1) : count]):
        word = token.text.casefold()
        if words and not joined(text, token, words[0]):
            break
        if word in _INNER and words:
            words.insert(0, token)
            continue
        if word in FUNCTION_WORDS or not token.text.isalpha() or is_acronym(token.text):
            break
        if is_capitalised(token) and not token.sentence_start:
            return None  # a name: other rules read capitals
        words.insert(0, token)
        if token.sentence_start or len(words) >= _MOST_WORDS:
            break
    while words and words[0].text.casefold() in _INNER:
        words.pop(0)
    if not words or words[0].text.casefold() in SENTENCE_OPENERS | GENERIC_ADJECTIVES:
        return None
    before = count - len(words) - 1
    if before >= 0 and tokens[before].sentence_start and tokens[before].norm in FUNCTION_WORDS:
        return None  # "In retail, the share of ...", "For example, the number of ..."
    if len(words) == 1 and short and not words[0].sentence_start:
        return None  # "... the survey shows whether": one word needs to open the sentence
    if words[-1].text.casefold() != words[-1].norm:
        return None  # a plural: "response rates show how many" talks about them
    return text[words[0].start : words[-1].end]


def _without_verb(item: str) -> str:
    """The last item of a list without the verb its sentence goes on with.

    "waiting times matter", "cost per contact shows": a plural before a word without
    an "s", or a singular before a word with one, is a subject and its verb.
    """
    words = item.split()
    if len(words) >= 2:
        plural_before = words[-2].endswith("s") and not words[-2].endswith("ss")
        if plural_before != (words[-1].endswith("s") and not words[-1].endswith("ss")):
            return " ".join(words[:-1])
    return item


def _listed(item: str) -> str | None:
    """An item of a list of metrics, when it is one lower-case measure in the singular."""
    words = item.split()
    while words and words[0].casefold() in {"the", "a", "an", "its", "their", "our"}:
        words = words[1:]
    if not 1 <= len(words) <= _MOST_WORDS or not all(
        re.fullmatch(r"[a-z][a-z-]*", word) for word in words
    ):
        return None
    if any(word in FUNCTION_WORDS and word not in _INNER for word in words):
        return None
    if words[-1].endswith("s") and not words[-1].endswith(("ss", "sis", "us")):
        return None  # plural: "waiting times", not a named measure
    return " ".join(words)
