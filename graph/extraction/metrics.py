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
import operator
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from graph.extraction.acronyms import find_long_form
from graph.extraction.candidates import Candidate, Rule
from graph.extraction.keys import Token, hyphenated, is_acronym, is_capitalised, joined
from graph.extraction.words import (
    COUNT_WORDS,
    FUNCTION_WORDS,
    GENERIC_ADJECTIVES,
    SENTENCE_OPENERS,
)
from graph.vocabulary import Vocabulary

__all__ = ["MEASURES_ALONE", "ONE_WORD_MEASURES", "TRIGGER_WORDS", "find_metrics"]

# The words that end a measure's name: "abandonment rate", "cost-income ratio".
_RATIO_WORDS = frozenset({"rate", "ratio"})
# "average waiting time", "mean order value": an average of something named.
_AVERAGES = frozenset({"average", "mean", "median"})
# ("the average review score", "the average rating": what is scored or rated)
_AVERAGED = frozenset(
    {"time", "value", "cost", "spend", "size", "duration", "delay", "score", "rating"}
    | {"attendance", "yield"}  # "average session attendance", "average ticket yield"
)
# Where a measure's shape may end: "rate", "ratio", "per" between spaces (not
# "pay-per-click"); and what an average is of ("time", "value" ...).
_RATE_OR_PER = re.compile(r" (?:rate|ratio)\b| per(?= )")
_AVERAGED_WORD = re.compile(
    r" (?:time|value|cost|spend|size|duration|delay|score|rating|attendance|yield)\b"
)
# Words before "rate" that make a price or a speed, not a measure.
_NOT_MEASURED = frozenset(
    """high higher highest low lower lowest fast faster slow slower great greater good
    better bad worse poor fixed flat hourly daily weekly monthly annual yearly going current
    special reduced discounted average overall total interest exchange tax heart birth unit
    mortgage base falling rising growing increasing decreasing declining improving
    worsening dropping climbing while whilst when whereas although because since unless
    after before by through tracking monitoring measuring reporting reviewing comparing
    calculating analysing using exact precise rough approximate true actual cheapest
    dearest best worst fastest slowest example instance steady constant variable similar
    same""".split()
)
# Rates that are prices or a body's measures, not a service's: "the exchange rate",
# "a heat unit rate", "the oxygen flow rate"
_PRICED = frozenset(
    {"interest", "exchange", "tax", "mortgage", "base", "heart", "birth", "unit", "flow", "pulse"}
)
# Irregular participles before "per": "the price paid per room"
_PAID = frozenset({"paid", "spent", "sold", "charged", "earned", "made", "taken", "given"})
# Words that qualify what a rate is per: "per available room", "per occupied bed"
_QUALIFIER = re.compile(r"(?:able|ible|ed|ive)\Z")
# Participles that say how a measure changed or was taken, not what it counts
_CHANGED = frozenset(
    """increased decreased reduced improved lowered raised boosted lifted worsened
    declined expected estimated projected targeted agreed required desired published
    reported measured calculated combined blended adjusted weighted stated quoted
    observed recorded tracked monitored related called termed named dubbed labelled
    labeled known""".split()
)
# Units before "per": "£5 per hour", "pounds per head".
_UNITS = frozenset(
    # "a set sum per guest", "the price per litre": an amount, no measure
    """sum amount price fee pound pence penny dollar euro minute hour second day week
    month year time percent cent mile kilometre metre once twice litre liter megalitre
    gallon gram kilogram tonne watt kilowatt""".split()
)
# Counts before what is counted: "two calls per hour".
_COUNTS = frozenset(
    """one two three four five six seven eight nine ten twenty hundred thousand million
    few several many""".split()
)
# Words that open sentences as imperatives and name what is measured before "rate":
# "response rate", "usage rate".
_NOUNS_THAT_OPEN = frozenset({"response", "evidence", "reference", "question", "use", "mention"})
# Verbs that come before what they act on: "reduce attrition rate", "track cost per
# contact" (besides the imperatives that open sentences).
# what is done to a measure ("reduce rate and cost"), never what it measures
_CHANGE_VERBS = frozenset(
    """reduce reduces improve improves increase increases decrease decreases raise raises
    lower lowers cut cuts boost boosts lift lifts drive drives affect affects track tracks
    report reports analyse analyses hit hits meet meets miss misses set sets target
    targets influence influences shorten shortens lengthen lengthens extend extends""".split()
)
_VERBS = (SENTENCE_OPENERS - _NOUNS_THAT_OPEN) | _CHANGE_VERBS
# "per thousand passengers": a count follows, not what is measured.
_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion"})
# What a definition says a measure is, after an article ("the proportion", "a share",
# "the total spend"): one cheap pass finds these, and only then is the text before
# each one read. The verbs that say what a measure shows are looked for only where
# "how" or "whether" is written.
_MEASURE_WORD = re.compile(
    r"(?:the|an?) (?:\w+ )?(?:percentage|proportion|share|number|ratio|average|mean|"
    r"fraction|count|rate|total|measure|metric)\b"
)
_SHOWS = re.compile(
    r"\b(?:shows?|measures?|indicates?|tells?) (?:how (?:long|many|much|often|quickly|well|"
    r"far|easily)|whether)\b"
)
# What stands between the measure and its definition: each pattern ends where the
# article begins (searched in a short window before it) and begins with the measure's
# last letter.
_FRAMES = (
    # "Occupancy is the proportion of", "X measures the percentage of"
    (
        re.compile(
            r"[^\W_][ \t]+(?:is|are|measures|gives|tracks|reports|counts|expresses|captures)"
            r"[ \t]+\Z"
        ),
        True,
    ),
    # "service level, the percentage of", "X (the share of"
    (re.compile(r"[^\W_][ \t]*[,(–—][ \t]*\Z"), False),
    # "utilisation, which measures handling time as a share of"
    (
        re.compile(
            r"[^\W_],[ \t]+which[ \t]+(?:measures|shows|is|gives|tracks|expresses|reports|"
            r"compares)\b(?:[ \t]+[\w-]+){0,6}?[ \t]+\Z"
        ),
        False,
    ),
)
_VERB_FRAME = re.compile(r"[^\W_][ \t]+\Z")  # "schedule adherence shows whether"
_OF_AFTER = re.compile(r"(?:[ \t]+\w+)?[ \t]+(?:of|per|on|in)\b", re.IGNORECASE)
_WINDOW = 90  # characters read before a measure word
# The words one of the signs needs (a definition's measure word, a shape's "rate",
# "per" or "average", a list's "metrics" or "KPIs", "how" or "whether").
TRIGGER_WORDS = frozenset(
    """rate ratio per average Average mean median percentage proportion share number
    fraction count total measure metric how whether metrics Metrics KPI KPIs indicators
    measures Measures tracking Tracking track Track monitoring Monitoring monitor Monitor
    measuring Measuring time conversion levels""".split()
)
_text = operator.attrgetter("text")
_LIST_OF_METRICS = re.compile(
    r"\b(?:metrics(?:\s+[a-z]+ly(?=\s*:))?|KPIs|key\s+performance\s+indicators|"
    r"performance\s+(?:indicators|measures)|"
    # "service levels, such as engineer response times and uptime": what levels are set on
    r"service\s+levels(?=\s*,?\s*such\s+as)|"
    # "measures such as cycle time": measures, unless they are steps taken
    r"(?<!security\s)(?<!safety\s)(?<!protective\s)(?<!preventive\s)(?<!preventative\s)"
    r"(?<!precautionary\s)(?<!control\s)(?<!disciplinary\s)(?<!reasonable\s)"
    r"(?<!special\s)(?<!interim\s)(?<!emergency\s)(?<!technical\s)"
    r"(?<!organisational\s)(?<!corrective\s)(?<!containment\s)"
    # "measurable indicators such as call abandonment rate": the same, read alike; and
    # "measures of counter performance, such as ..."
    # ("measures for a sole trader, such as ...")
    r"(?:measures|indicators)(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+){0,2})?"
    # "Quote contact measures precisely: ...": an adverb before the colon
    r"(?:\s+[a-z]+ly(?=\s*:))?"
    r"(?=\s*(?:,?\s*such\s+as|:|are\s|include)))"
    r"\s*(?:,\s*)?(?P<opener>such\s+as|like|including|include|are|:|\()\s*"
    # an acronym in brackets may follow an item: "average handle time (AHT), ..."
    r"(?P<items>(?:[^.;:!?()]|\([^()]{1,40}\)){3,200})",
    re.IGNORECASE,
)
_MOST_WORDS = 4
_OPENING_VERB = re.compile(r"\A\s*[A-Z][a-z]+ing\s+(?=[a-z])")
_SENTENCE_CAPITAL = re.compile(r"\A\s*[A-Z](?=[a-z]+(?:\s+[a-z][a-z-]*)*\s*\Z)")
_BRACKETS = re.compile(r"[ \t]*\([^()]*\)")
# the last words of a measure, one of which a list of plain "measures" must hold
_MEASURE_ENDS = frozenset(
    """rate ratio time percentage score level cost turnover count index volume share
    value margin yield utilisation utilization occupancy adherence absence accuracy""".split()
)
# a list's item that other rules read: an acronym or a capitalised name ("CLV", "NPS")
# measure words too plain to name a measure alone ("the (DNA) rate, the share of ...")
_BARE = _MEASURE_ENDS - {"utilisation", "utilization", "occupancy", "adherence", "absence"}
_NAMED_ITEM = re.compile(r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")
# "the proportion of X" describes a measure; "share of voice" names one
_DESCRIBED_BY = frozenset({"proportion", "percentage", "number", "count", "ratio"})
_INNER = frozenset({"of", "per", "to"})  # "speed of answer", "cost per contact", "cost to serve"
# words that may stand between a subject and its verb, ending no measure's name
_ADVERBS = frozenset({"together", "alone", "combined", "also", "too", "both", "often"})
# what measures read, not measures: "customer feedback", "delivery performance"
_WHAT_IS_MEASURED = frozenset({"feedback", "performance", "experience", "outcomes"})


def find_metrics(
    text: str,
    tokens: list[Token],
    vocabulary: Vocabulary,
    words: AbstractSet[str] | None = None,
) -> Iterator[Candidate]:
    """Every lower-case metric ``text`` names by its shape, defines or lists.

    ``words``, if given, holds the words of ``text`` among :data:`TRIGGER_WORDS`, maybe
    with a stop or a comma after them.
    """
    if ") rat" in text or ") sco" in text or ") ass" in text or ") ana" in text:
        yield from _rates_with_acronyms(text)
    # Each sign is looked for only when a word it needs is in the text (one set test
    # over the words, then substring tests): far cheaper than the patterns on every
    # passage of a corpus, most of which have none of these words.
    if TRIGGER_WORDS.isdisjoint(
        map(_text, tokens) if words is None else (word.rstrip(".,;:)") for word in words)
    ):
        return
    found: list[str] = []
    if " rate" in text or " ratio" in text or " per " in text:
        found.extend(_by_shape(text, tokens, _RATE_OR_PER))
        if " per " in text:
            found.extend(_per_count(text))
    if "verage " in text or "mean " in text or "median " in text:
        found.extend(_by_shape(text, tokens, _AVERAGED_WORD))
    for end, short in _defined_at(text):
        defined = _subject_before(text, tokens, end, short=short)
        if defined:
            found.append(defined)
            if _PLURAL_VERB.match(text, end):
                # "capacity utilisation and secondary spend per head show whether": the
                # plural verb has two measures for subject
                other = _OTHER_SUBJECT.search(
                    text, max(0, end - len(defined) - 60), end - len(defined)
                )
                listed = _listed(other["item"]) if other is not None else None
                if listed is not None and " " in listed and _holds_a_measure(listed):
                    found.append(listed)
    if (
        "etrics" in text
        or "KPI" in text
        or "ndicators" in text
        or "easures" in text
        or "evels" in text
    ):
        position = 0
        while (match := _LIST_OF_METRICS.search(text, position)) is not None:
            position = match.end()
            items = re.split(r",|\band\b|\bor\b", _BRACKETS.sub("", match["items"]))
            items[-1] = _without_verb(items[-1])
            if (
                match[0].casefold().startswith(("measures", "indicators"))
                or match["opener"].casefold() == "are"
            ) and not any(_holds_a_measure(item) for item in items):
                # "measures such as training and coaching": steps, not measures; "KPIs
                # are useful": no list
                continue
            if match["opener"] == ":":
                # "Operational Metrics: Occupancy rate, ...": a capital opens the list,
                # maybe on a verb ("Monitoring first contact resolution (FCR), ...")
                first = _OPENING_VERB.sub("", items[0], count=1)
                items[0] = _SENTENCE_CAPITAL.sub(lambda m: m[0].lower(), first, count=1)
            for number, item in enumerate(items):
                if not item.strip():
                    continue  # "..., and quality score": the comma before "and"
                # ("Metrics: Performance is measured through ...": the first item is
                # the sentence's own subject)
                subject = _before_purpose(_before_linking_verb(item) if number else item)
                listed = _listed(subject) or _listed(_singular_measure(subject))
                if (
                    listed is not None
                    and subject != item
                    and " " not in listed
                    and listed not in MEASURES_ALONE
                ):
                    # "metrics such as ... and retention to drive improvement": a word
                    # before a purpose is what improves, no measure
                    listed = None
                if listed is not None:
                    found.append(listed)
                elif not _NAMED_ITEM.fullmatch(item.strip()):
                    # "CLV and share of wallet to commercial outcomes like retention,
                    # growth and margin": the list ended where its sentence went on
                    if number == 0:
                        # "Measures: Measures such as cycle time, ...": no list here,
                        # but maybe one inside
                        position = match.start("items")
                    break
                if subject != item:
                    break  # "... and right first time are different measures", "... to ..."
    if "-to-" in text:
        found.extend(match[0] for match in _STAGE_TO_STAGE.finditer(text))
    if "rack" in text or "onitor" in text or "easur" in text or "valuat" in text:
        found.extend(_tracked(text))
    if " as " in text:
        found.extend(_used_as_measures(text))
    if "alongside " in text:
        found.extend(_alongside(text))
    if text[:1].islower() and "," in text:
        found.extend(_opening_list(text))
    if " time" in text or "s to " in text:
        found.extend(_timed(text))
    for written in dict.fromkeys(found):
        surface = _unscoped(written)
        named_by = surface.split()
        if named_by[-1] in _INSTRUMENTS and _MEASURE_ENDS.isdisjoint(named_by):
            # "an annual survey" among measures: how they are taken (but "time from
            # enquiry to survey" is a time)
            continue
        if not vocabulary.is_not_model(surface):
            yield Candidate(surface, Rule.METRIC)
            if written != surface and " " not in surface:
                # "monthly churn, the proportion ...": the measure written whole is
                # another name of it
                yield Candidate(written, Rule.ALIAS, same_as=surface)
    if " rat" in text:
        for match in _ACRONYM_RATE.finditer(text):
            if not vocabulary.is_not_model(match["acronym"]):
                # "the DNA rate (the proportion of ...)": the rate an acronym names
                measure = f"{match['acronym']} {match['measure']}"
                yield Candidate(measure, Rule.METRIC)
                yield Candidate(match["acronym"], Rule.METRIC, same_as=measure)


# what measures are taken with, listed among them: "with an annual survey, NPS and ..."
_INSTRUMENTS = frozenset({"survey", "surveys", "questionnaire", "questionnaires"})
# Where or how often a measure is taken, which is no part of its name: "the national
# average waiting time", "the overall satisfaction score"
_SCOPES = frozenset(
    "national regional local overall monthly weekly annual daily quarterly yearly".split()
)
_SCOPED_ENDS = frozenset({"rate", "ratio", "time", "score", "value", "cost", "spend"})


# measures named by one noun: "churn", "footfall" (and a scope may open one: "monthly
# churn" is churn)
ONE_WORD_MEASURES = frozenset(
    """churn uptake footfall throughput uptime downtime availability attrition occupancy
    utilisation utilization absence breakage""".split()
)
# the one-word measures a word alone names ("absence", "availability" have other
# senses: "in the absence of ...")
MEASURES_ALONE = ONE_WORD_MEASURES - {"absence", "availability"}


def _unscoped(surface: str) -> str:
    """A lower-case measure without the word for its scope ("average waiting time")."""
    words = surface.split()
    if words[0].casefold() not in _SCOPES:
        return surface
    if (len(words) > 2 and words[-1] in _SCOPED_ENDS) or (
        len(words) == 2 and words[1] in ONE_WORD_MEASURES
    ):
        return " ".join(words[1:])
    return surface


# "enquiry-to-enrolment conversion", "quote-to-order conversion": the share of one
# stage that reaches the next is a measure, with "rate" or without
_STAGE_TO_STAGE = re.compile(r"(?<![\w-])[a-z]+-to-[a-z]+[ \t]+conversion(?![\w-])(?![ \t]+rate\b)")
_PLURAL_VERB = re.compile(r"[ \t]+(?:show|measure|indicate|tell|reveal)[ \t]")
_OTHER_SUBJECT = re.compile(
    r"(?<![\w-])(?P<item>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,3})[ \t]+and[ \t]+\Z"
)
_ACRONYM_RATE = re.compile(
    r"(?<![\w-])(?P<acronym>[A-Z]{2,6})[ \t]+(?P<measure>rate|ratio)s?[ \t]+\([ \t]*"
    r"(?:the|a)[ \t]+(?:percentage|proportion|share|number|ratio|fraction)\b"
)


# "the did-not-attend (DNA) rate", "an income and expenditure (I&E) assessment": a
# measure or an assessment whose subject is defined on the way
_RATE_AROUND_ACRONYM = re.compile(
    r"(?<![\w-])(?P<words>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})"
    r"[ \t]+\((?P<acronym>[A-Z][A-Za-z&]{1,6})\)[ \t]+(?P<measure>rate|ratio|score|"
    r"assessment|analysis)\b"
)


def _rates_with_acronyms(text: str) -> Iterator[Candidate]:
    """ "the did-not-attend (DNA) rate" is the did-not-attend rate, also "DNA rate"; the
    thing the acronym names is that measure's subject, one node with it."""
    for match in _RATE_AROUND_ACRONYM.finditer(text):
        subject = find_long_form(match["acronym"], match["words"])
        if subject is None:
            continue
        rule = Rule.METRIC if match["measure"] in _RATIO_WORDS | {"score"} else Rule.HEAD_NOUN
        measure = f"{subject} {match['measure']}"
        yield Candidate(measure, rule)
        yield Candidate(f"{match['acronym']} {match['measure']}", rule, same_as=measure)
        yield Candidate(subject, rule, same_as=measure)


def _defined_at(text: str) -> Iterator[tuple[int, bool]]:
    """Where a measure a definition defines ends, and whether it comes before a verb."""
    if "how " in text or "whether" in text:
        for match in _SHOWS.finditer(text):
            if text.endswith(" to ", 0, match.start()):
                continue  # "the service-profit chain to show how ...": no subject
            frame = _VERB_FRAME.search(text, max(0, match.start() - _WINDOW), match.start())
            if frame is not None:
                yield frame.start() + 1, True
    for match in _MEASURE_WORD.finditer(text):
        start = match.start()
        window = max(0, start - _WINDOW)
        for pattern, after_verb in _FRAMES:
            frame = pattern.search(text, window, start)
            if frame is None:
                continue
            if after_verb or pattern is _FRAMES[2][0] or _OF_AFTER.match(text, match.end()):
                yield frame.start() + 1, after_verb
            break


# words after which a plural and "rate" are a subject and its verb
_QUESTION_WORDS = frozenset({"how", "what", "whether", "why", "where", "when", "which"})
# what follows "rate" as a verb, not as a measure's last word
_AFTER_A_VERB = frozenset(
    """most more highly well badly poorly it them us their the this that these those
    as above below very""".split()
)


# "mean time between failures (MTBF) is the average running time between faults",
# "Define EWT precisely: it is the average extra time ...": what an acronym is, said in
# other words, is no measure of its own
_GLOSSES_AN_ACRONYM = re.compile(
    r"(?:\([A-Z]{2,6}\)|:[ \t]+it)[ \t]+(?:is|means)"
    r"[ \t]+the[ \t]+\Z"
)


def _by_shape(text: str, tokens: list[Token], pattern: re.Pattern[str]) -> Iterator[str]:
    """ "attrition rate", "cost per contact", "average waiting time": a measure's shape."""
    for match in pattern.finditer(text):
        # the token the word is, found by its end: no loop over every token
        index = bisect.bisect_left(tokens, match.end(), key=_end)
        if index >= len(tokens) or tokens[index].end != match.end() or index == 0:
            continue
        token = tokens[index]
        if token.text in _AVERAGED:
            if tokens[index - 1].text.casefold() in _AVERAGES:
                continue  # "the average time": nothing said of what
            words = _nouns_before(text, tokens, index)
            start = index - len(words) - 1
            if (
                words
                and start >= 0
                and tokens[start].text.casefold() in _AVERAGES
                and not _GLOSSES_AN_ACRONYM.search(
                    text, max(0, tokens[start].start - 30), tokens[start].start
                )
            ):
                yield text[tokens[start].start : token.end]
        elif token.text in _RATIO_WORDS:
            words = _nouns_before(text, tokens, index)
            if words and words[-1].text in _PRICED:
                continue  # "a variable interest rate": a price, whatever qualifies it
            if not words and _opens_with_a_noun(tokens, index - 1):
                # "Containment rate measures calls ...": a capital only because the
                # sentence opens there
                yield text[tokens[index - 1].start : token.end]
                continue
            before = index - len(words) - 1
            if words and before >= 0 and tokens[before].text in {"not", "no", "non"}:
                continue  # "the did not attend rate": a phrase no shape reads whole
            if (
                words
                and words[-1].text != words[-1].norm
                and index + 1 < len(tokens)
                and (
                    tokens[index + 1].text in _AFTER_A_VERB
                    # "show how patients rate access": a question's subject and verb
                    or (before >= 0 and tokens[before].text.casefold() in _QUESTION_WORDS)
                )
                and not (before >= 0 and tokens[before].text.casefold() in {"the", "a", "an"})
            ):
                continue  # "dimensions that older travellers rate most highly": a verb
            if words:
                start = index - len(words) - 1
                if (
                    start >= 0
                    and is_acronym(tokens[start].text)
                    and joined(text, tokens[start], words[0])
                ):
                    words.insert(0, tokens[start])  # "the FOS change rate", "NPS response rate"
                else:
                    # "Gift Aid sign-up rate": a capitalised name of what is measured
                    named = _capitals_before(text, tokens, start + 1)
                    if named:
                        words[:0] = named
                    elif (
                        start >= 0
                        and _opens_with_a_noun(tokens, start, verbs=False)
                        and joined(text, tokens[start], words[0])
                        and tokens[start].text.casefold() not in _DONE_TO_MEASURES
                        and _ANOTHER_RATE.match(text, token.end) is not None
                    ):
                        # "Repeat booking rate and progression rate, the share ...": a
                        # list of measures opens the sentence; no verb comes first
                        words.insert(0, tokens[start])
                yield text[words[0].start : token.end]
        elif token.text == "per" and index + 1 < len(tokens):
            words = _nouns_before(text, tokens, index, most=1)
            if words and words[0].text in _PAID:
                continue  # "the price paid per room": a verb, not what is counted
            if words and words[0].text in _RATIO_WORDS and _nouns_before(text, tokens, index - 1):
                continue  # "snag rate per job": the snag rate, which its shape names
            after = tokens[index + 1]
            if (
                _QUALIFIER.search(after.text)
                and index + 2 < len(tokens)
                and joined(text, after, tokens[index + 2])
                and _plain(tokens[index + 2])
            ):
                after = tokens[index + 2]  # "revenue per available room"
            elif (
                index + 2 < len(tokens)
                and tokens[index + 2].norm in _UNITS
                and joined(text, after, tokens[index + 2])
                and _plain(after)
                and after.text == after.norm
            ):
                after = tokens[index + 2]  # "sales per labour hour": a kind of hour
            if (
                words
                and after.text != "cent"  # "forty per cent" is a share, no measure
                and words[0].norm not in _UNITS
                and words[-1].norm not in _UNITS
                and _plain(after)
                and after.text == after.norm  # "per contact", not "per contacts"
                and after.text not in _NUMBER_WORDS
                and joined(text, token, tokens[index + 1])
                and not _counted(tokens, index - len(words) - 1)
                and not _after_per(tokens, index - len(words) - 1)
                and not _after_to(tokens, index - len(words) - 1)
                and not _AN_AMOUNT_OF.search(text[max(0, words[0].start - 60) : words[0].start])
                and not _GLOSSED_COUNT.search(text[max(0, words[0].start - 60) : words[0].start])
            ):
                end = after.end
                following = bisect.bisect_left(tokens, end, key=_end) + 1
                while following < len(tokens) and hyphenated(
                    text, tokens[following - 1], tokens[following]
                ):
                    # "revenue per available table-hour": a compound is never cut
                    end = tokens[following].end
                    following += 1
                per_unit = _PER_UNIT.match(text, end)
                if per_unit is not None:
                    end = per_unit.end()  # "leakage per property per day"
                elif (done := _DONE_AFTER.match(text, end)) is not None:
                    end = done.end()  # "cost per pound raised", "cost per call handled"
                start = index - len(words) - 1
                if (
                    start >= 0
                    and tokens[start].text.casefold() in _AVERAGES
                    and joined(text, tokens[start], words[0])
                ):
                    words.insert(0, tokens[start])  # "average spend per head"
                yield text[words[0].start : end]


# "a limited number of entry slots per hour", "a small number of calls per day": an
# amount, not the name of a measure ("the number of calls per hour" may be one)
_AN_AMOUNT_OF = re.compile(
    r"\b(?:an?|any)(?:[ \t]+[a-z]+)?[ \t]+(?:number|amount)[ \t]+of(?:[ \t]+[a-z-]+)?[ \t]+\Z"
)
# "Footfall, the total number of attendances per session": what a measure just named
# counts, not a measure of its own
_GLOSSED_COUNT = re.compile(
    r"[,:][ \t]+the[ \t]+(?:[a-z]+[ \t]+)?(?:number|count|amount)[ \t]+of[ \t]+\Z"
)
# what the base of a rate is, done: "per pound raised", "per call handled"
_DONE_AFTER = re.compile(
    r"[ \t]+(?:raised|handled|sold|answered|resolved|delivered|processed|booked|served|"
    r"closed|received|collected|spent)\b"
)
# a second base, of time: "leakage per property per day"
_PER_UNIT = re.compile(r"[ \t]+per[ \t]+(?:day|week|month|year|hour|annum)\b")
# "complaints per 1,000 customers", "errors per 100 orders": a rate with its base in
# figures ("bags per thousand passengers", in words, is prose, not a measure's name)
_PER_COUNT = re.compile(
    # "damage claims per 1,000 movements": maybe with a word for the kind counted
    r"(?<![\w-])(?:(?P<kind>[a-z]+)[ \t]+)?(?P<counted>[a-z]+s)[ \t]+per[ \t]+"
    r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9]0+)"
    # "visits per 1,000 population": a people counted as one
    # "complaints per 10,000 supply points": the base maybe with a word for its kind
    r"[ \t]+(?:[a-z]+[ \t]+)?(?P<base>[a-z]+s|population)\b"
)


def _capitals_before(text: str, tokens: list[Token], index: int) -> list[Token]:
    """The two capitalised words just before ``tokens[index]``, a name inside a sentence
    ("Gift Aid"), or none."""
    if index < 2:
        return []
    first, second = tokens[index - 2], tokens[index - 1]
    if (
        is_capitalised(first)
        and is_capitalised(second)
        and not first.sentence_start
        and joined(text, first, second)
        and joined(text, second, tokens[index])
        and first.text.casefold() not in SENTENCE_OPENERS
    ):
        return [first, second]
    return []


def _per_count(text: str) -> Iterator[str]:
    """A count of things per a round number of others: a measure of how often."""
    for match in _PER_COUNT.finditer(text):
        counted = match["counted"]
        if counted.endswith("ss") or counted in FUNCTION_WORDS or counted in SENTENCE_OPENERS:
            continue
        kind = match["kind"]
        if kind is None or not _counted_kind(kind):
            yield match[0][match.start("counted") - match.start() :]
        else:
            yield match[0]


def _after_to(tokens: list[Token], index: int) -> bool:
    """True when ``tokens[index]`` is the "to" of a measure's name: "cost to serve per
    return" is no "serve per return" (but "refer to cost per contact" is a cost)."""
    return index >= 1 and tokens[index].text == "to" and tokens[index - 1].norm in _MEASURE_ENDS


def _after_per(tokens: list[Token], index: int) -> bool:
    """True when ``tokens[index]`` is "per": "five calls per agent per month"."""
    return index >= 0 and tokens[index].text == "per"


def _end(token: Token) -> int:
    return token.end


def _opens_with_a_noun(tokens: list[Token], index: int, verbs: bool = True) -> bool:
    """True when ``tokens[index]`` opens a sentence with a capital and is otherwise a
    plain word a measure may be of ("Containment", not "High" or "This"); a verb's form
    too unless ``verbs`` says it is one ("Repeat")."""
    if index < 0:
        return False
    token = tokens[index]
    word = token.text.casefold()
    return (
        token.sentence_start
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and token.text.isalpha()
        and token.norm == word  # "Respondents rate the service": a plural and its verb
        and len(word) > 3
        and word not in FUNCTION_WORDS
        and word not in GENERIC_ADJECTIVES
        and word not in _NOT_MEASURED
        and word not in _PRICED
        and (word not in _VERBS or not verbs)
        and not word.endswith(("ing", "ly", "ed"))
    )


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
        and position >= 0
        and tokens[position].text.islower()
        and hyphenated(text, tokens[position], words[0])
    ):
        # "first-time delivery success rate", "promise-to-pay kept rate": a compound is
        # never cut in two, however many words the measure has
        words.insert(0, tokens[position])
        position -= 1
    cut = [number for number, word in enumerate(words[:-1]) if word.text in _USED_ON]
    if cut:
        # "teams track dispute rate", "performance using dispute rate": a verb of
        # measuring ends its subject, and the measure begins after it
        words = words[cut[-1] + 1 :]
        position = index - len(words) - 1
    after_article = position >= 0 and tokens[position].text.casefold() in {"the", "a", "an"}
    # "how quote conversion rate", "evaluating quote conversion rate": no verb comes
    # there, so a verb's form is a noun
    # "teams track answer rate": right after a verb of measuring, a verb's form is a
    # noun ("measures include deflection rate" is no "include deflection rate")
    no_verb_before = (bool(cut) and len(words) == 1) or (
        position >= 0
        and (
            tokens[position].text.casefold() in _NO_VERB_AFTER
            # "Track quote acceptance rate": a verb of measuring takes the measure whole
            or (
                tokens[position].text.casefold() in _USED_ON
                and not cut
                and bool(words)
                and words[0].text not in _CHANGE_VERBS
            )
            or (tokens[position].text.endswith("ing") and tokens[position].text.islower())
        )
    )
    if (
        len(words) == 1
        and words[0].text not in _CHANGE_VERBS
        and text[tokens[index].end : tokens[index].end + 5] == " and "
        and (position < 0 or text[tokens[position].end : words[0].start].strip() == ":")
    ):
        # "Use call data with care: answer rate and average handling time help ...": a
        # list of measures opens the clause; no verb takes a bare "rate" as its object
        no_verb_before = True
    while (
        words
        and (
            words[0].text in _NOT_MEASURED
            # "correctly interpreting churn rate": a verb's -ing form before its object
            # (but "owings rate and dispensing error rate": in a list of measures, a
            # noun like the measure's other words)
            or (
                words[0].text.endswith("ing")
                and len(words) > 1
                and not after_article
                and not _after_a_listed_measure(text, tokens, position)
            )
            # "the link rate": after an article, a verb's form is a noun
            or (words[0].text in _VERBS and not (after_article or no_verb_before))
            or words[0].text.endswith("ly")
            or (words[0].text.endswith("ed") and (len(words) == 1 or words[0].text in _CHANGED))
        )
        and not (len(words) > 1 and hyphenated(text, words[0], words[1]))
    ):
        # "reduce", "increased", "falling": not what is measured; but a participle
        # before a noun may name it ("the mishandled baggage rate", "dropped call rate")
        dropped = words.pop(0)
        # ("the average review score": after "average" too, a verb's form is a noun)
        after_article = after_article or dropped.text in _AVERAGES
    return words


def _after_a_listed_measure(text: str, tokens: list[Token], position: int) -> bool:
    """Whether ``tokens[position]`` ends a measure or joins one to what follows ("owings
    rate, ...", "turnaround time and ...")."""
    if position < 0:
        return False
    token = tokens[position]
    if token.text in {"and", "or"} and position > 0:
        before = tokens[position - 1]
        return before.text in _MEASURE_ENDS and not text[before.end : token.start].strip(" \t,")
    following = tokens[position + 1]
    return token.text in _MEASURE_ENDS and text[token.end : following.start].strip() == ","


# verbs whose object is the measure that follows them
_USED_ON = frozenset(
    """track tracks tracking monitor monitors monitoring measure measures measuring use
    uses using compare compares comparing review reviews reviewing combine combines
    combining""".split()
)


# who may measure, not in the plural: "staff track dwell rate, ..."
_PEOPLE_WHO_MEASURE = frozenset({"staff", "we", "they", "you", "people"})


# words a verb in its plain form does not follow: "how", prepositions
_NO_VERB_AFTER = frozenset(
    """how of on in for with between about from by into across against within without
    under over per""".split()
)


def _plain(token: Token) -> bool:
    return _plain_word(token.text)


def _plain_word(word: str) -> bool:
    """A lower-case word of three letters or more that may be part of a measure's name."""
    return (
        word.islower()
        and word.isalpha()
        and word not in FUNCTION_WORDS
        and word not in GENERIC_ADJECTIVES
        and len(word) > 2
    )


def _counted_kind(word: str) -> bool:
    """A word that may say what kind of thing a measure counts: no verb, no adverb."""
    return (
        _plain_word(word)
        and word not in _VERBS
        and word not in _NUMBER_WORDS
        and not word.endswith("ly")
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
        if words and hyphenated(text, token, words[0]) and token.text.isalpha():
            words.insert(0, token)  # "on-time performance, the proportion of ..."
            continue
        if words and not joined(text, token, words[0]):
            break
        if word in _INNER and words:
            words.insert(0, token)
            continue
        if (
            word in FUNCTION_WORDS
            or word in _NUMBER_NAMES  # "with four joining gives a rate of": a count
            or not token.text.isalpha()
            or is_acronym(token.text)
        ):
            break
        if is_capitalised(token) and not token.sentence_start:
            return None  # a name: other rules read capitals
        words.insert(0, token)
        if token.sentence_start or len(words) >= _MOST_WORDS:
            break
    cut = [n for n, word in enumerate(words[:-1]) if word.text.casefold() in _USED_ON]
    if cut and not hyphenated(text, words[cut[-1]], words[cut[-1] + 1]):
        # "managers combine penetration rate (the share of ...)": a verb of measuring
        # ends its subject, and the measure begins after it ("tracking track
        # utilisation": the first of two such words, as the second is its object)
        verb = cut[-1]
        while verb - 1 in cut:
            verb -= 1
        words = words[verb + 1 :]
    while words and (
        words[0].text.casefold() in _INNER
        or (
            words[0].text.casefold() in _NOT_MEASURED | _VERBS
            and len(words) > 1
            and not hyphenated(text, words[0], words[1])
            # after a verb of measuring, a verb's form is a noun
            and not (cut and words[0].text.casefold() in _VERBS - _NOT_MEASURED)
        )
    ):
        # "high occupancy (the proportion of ...)" defines occupancy, and "operators
        # report on-time performance, the proportion ..." on-time performance
        words.pop(0)
    if not words or (
        words[0].text.casefold() in SENTENCE_OPENERS | GENERIC_ADJECTIVES
        and not (len(words) > 1 and hyphenated(text, words[0], words[1]))
    ):
        return None
    before = count - len(words) - 1
    if before >= 0 and tokens[before].sentence_start and tokens[before].norm in FUNCTION_WORDS:
        return None  # "In retail, the share of ...", "For example, the number of ..."
    if len(words) == 1 and short and not words[0].sentence_start:
        return None  # "... the survey shows whether": one word needs to open the sentence
    if words[-1].text.casefold() != words[-1].norm:
        return None  # a plural: "response rates show how many" talks about them
    if words[-1].text.casefold() in _ADVERBS:
        return None  # "... and escalation rate together show whether": a list of them
    if len(words) == 1 and words[0].norm in _BARE:
        return None
    if words[-1].text.casefold() in _PEOPLE and text[words[-1].end :].lstrip()[:1].isalpha():
        return None  # "an eNPS for coaches and reception staff shows whether": who, not what
    return text[words[0].start : words[-1].end]


# who a measure may be taken of, never what it is
_PEOPLE = frozenset(
    """staff team teams coaches members customers managers people employees workers
    volunteers players parents students patients visitors guests clients""".split()
)


# "Tracking monthly churn rate, trial-to-paid conversion and monthly active users": what
# is tracked, monitored or measured, in a list that holds a measure by its shape
_TRACKED = re.compile(
    r"\b(?:track|tracks|tracking|monitor|monitors|monitoring|measuring)\s+"
    r"(?P<items>(?:[^.;:!?()]|\([^()]{1,40}\)){3,200})",
    re.IGNORECASE,
)


# "Evaluate performance using delayed discharge days and readmission rate", "Measure
# service quality with account opening time and customer effort score": what a service
# is evaluated or measured with
_MEASURED_WITH = re.compile(
    r"\b(?:evaluat|measur|assess)[a-z]*\b[^.;:!?()]{0,40}?\b(?:using|with)\s+"
    r"(?P<items>(?:[^.;:!?()]|\([^()]{1,40}\)){3,200})",
    re.IGNORECASE,
)


def _tracked(text: str) -> Iterator[str]:
    """The names of two words or more in a list of what is tracked, or what a service is
    evaluated with, when another item of the list is a measure by its last word
    ("comeback rate")."""
    for pattern in (_TRACKED, _MEASURED_WITH):
        for match in pattern.finditer(text):
            yield from _measures_listed(match["items"])


# "Use fall-through rate and average time to exchange as performance measures": a list
# the sentence calls measures, before it (from the start of its clause)
_AS_MEASURES = re.compile(
    r"[ \t]as[ \t]+(?:(?:key|service|performance|operational|outcome|success|quality)"
    r"[ \t]+)?(?:measures|metrics|KPIs|indicators)\b"
)
_CLAUSE_STOP = re.compile(r"[.;:!?]")


def _used_as_measures(text: str) -> Iterator[str]:
    """The names of two words or more in a list a sentence uses as measures."""
    for match in _AS_MEASURES.finditer(text):
        clause_start = max(
            (
                m.end()
                for m in _CLAUSE_STOP.finditer(text, max(0, match.start() - 200), match.start())
            ),
            default=max(0, match.start() - 200),
        )
        items = re.split(r",|\band\b|\bor\b", _BRACKETS.sub("", text[clause_start : match.start()]))
        # the first item begins after the words that lead to the list ("Use", "Credit
        # evaluation of")
        first = items[0].split()
        for position, word in enumerate(first):
            if word.casefold() in SENTENCE_OPENERS or word[:1].isupper():
                items[0] = " ".join(first[position + 1 :])
        listed = [_listed(item) for item in items if item.strip()]
        if len(listed) >= 2 and all(listed):
            yield from (item for item in listed if item is not None and " " in item)


# a list that opens a passage ("donor retention rate, regular
# giving attrition and supporter lifetime value (LTV) matter more than ...")
_OPENING_LIST = re.compile(r"(?P<items>(?:[^.;:!?()]|\([^()]{1,40}\)){3,200})")


def _opening_list(text: str) -> Iterator[str]:
    """The names of a list that opens a passage, when one of them is a measure by its
    last word."""
    match = _OPENING_LIST.match(text)
    if match is not None and match["items"].count(",") >= 1:
        yield from _measures_listed(match["items"])


# "complaint response time", "vehicle dwell time", "time to first visit", "time to
# decision": how long something takes, named by what is timed
_TIMED = re.compile(
    r"(?<![\w-])(?P<timed>[a-z][a-z-]+)[ \t]+(?:response|waiting|resolution|handling|"
    r"turnaround|dwell|processing|lead|queuing|repair|wait)[ \t]+time\b"
    r"|\btime[ \t]+to[ \t]+(?:first[ \t]+[a-z]+|decision|resolution|offer|payment|"
    r"settlement|completion|repair|answer)\b"
    # "the average time to reunite": an average makes any time to something a measure,
    # maybe with what is done ("the average time to process new claims")
    # (or the days, hours or weeks: "average days to resolve a reported obstruction", or
    # what else is counted on the way: "average lessons to test")
    r"|\b(?:average|mean|median)[ \t]+(?:time|days|hours|weeks|[a-z]{2,}[^\Ws]s)[ \t]+to[ \t]+"
    r"(?!(?:the|a|an|be|get|do)\b)[a-z]{3,}"
    r"(?:(?:[ \t]+(?!(?:the|an?|and|or|to|for|in|of|as|at|by|on|is|was|are)\b)[a-z]+)?"
    r"[ \t]+(?!(?:is|was|as|has|does|this|its|his|us|always)\b)[a-z]+[^\Ws]s\b)?\b"
    # "the time from referral to wish": from one step to the next (also listed: "...,
    # time from enquiry to survey and referral rate")
    r"|(?:(?<=\bthe[ \t])|(?<=,[ \t])|(?<=\band[ \t]))time[ \t]+from[ \t]+(?!the\b)[a-z]{3,}"
    r"[ \t]+to[ \t]+(?!the\b)[a-z]{3,}\b"
)


# "first response time and resolution time": beside a timed measure, a kind of time
# alone is one too
_TIME_BESIDE_A_TIME = re.compile(
    r"\b(?:response|waiting|resolution|handling|turnaround|dwell|processing|lead|queuing|"
    r"repair|wait)[ \t]+time(?:,[ \t]*|[ \t]+)(?:(?:and|or)[ \t]+)?"
    r"(?P<kind>(?:response|waiting|resolution|handling|turnaround|processing|queuing|"
    r"repair)[ \t]+time)\b"
)


def _timed(text: str) -> Iterator[str]:
    """How long something takes, named by what is timed: "complaint response time"."""
    for match in _TIME_BESIDE_A_TIME.finditer(text):
        yield match["kind"]
    for match in _TIMED.finditer(text):
        timed = match["timed"]
        if timed is not None and _SUBJECT_BEFORE.search(text, 0, match.start()):
            continue  # "management that balances waiting time targets": a verb
        if (
            timed is None
            or not (
                timed in _NOT_WHAT_IS_TIMED
                # "perceived waiting time", "shorter handling time": how it is, not what;
                # "occupying waiting time": what is done with it
                or timed.endswith(("ed", "est", "ing"))
                or (timed.endswith("er") and timed[:-2] in _NOT_TIMED)
            )
        ):
            yield match[0]


# a relative pronoun or a subject's pronoun just before a word: the word is a verb
_SUBJECT_BEFORE = re.compile(r"\b(?:that|which|who|it|this|she|he)[ \t]+\Z")
# words before a kind of time that say how it is or what is done to it
_NOT_TIMED = frozenset(
    """short long fast quick slow low high cut cuts reduce reduces reducing improve
    improves measure measures target targets typical total mean median realistic honest
    accurate clear fair""".split()
)
# made once: _timed reads it for every timed phrase of a corpus
_NOT_WHAT_IS_TIMED = (
    GENERIC_ADJECTIVES
    | SENTENCE_OPENERS  # with the function words
    | _NOT_MEASURED
    | _NOT_TIMED
    | _VERBS  # "a plan that sets turnaround time expectations"
    | {"to"}  # "link the environment to dwell time"
)


def _measures_listed(words: str) -> Iterator[str]:
    """What a list of measures names: the items of two words or more, and one-word
    measures, when two items or more are read and one is a measure by its last word or
    a one-word measure."""
    items = re.split(r",|\band\b|\bor\b", _BRACKETS.sub("", words))
    items[-1] = _without_verb(items[-1])
    listed: list[str] = []
    plural_measures = 0
    for item in items:
        if not item.strip():
            continue
        opening = item.split()[0]
        if opening.endswith("ing") and "-" not in opening:
            break  # "..., using cohort analysis": a clause, not an item
        words_of_item = item.split()
        if len(words_of_item) > 2 and words_of_item[-1] in _ADVERBS:
            item = item[: item.rindex(words_of_item[-1])]  # "... and return rate together"
        subject = _before_purpose(item)
        # "tracking active users": what is counted is tracked too
        found = _listed(subject) or _counted_users(subject)
        if found is not None and _last_word(found) in _WHAT_IS_MEASURED:
            continue  # "plan renewal rate and customer feedback": what a measure reads
        if found is None and _measures(item):
            plural_measures += 1  # "right first time rates": measures, named in the plural
            continue
        if found is None and not _NAMED_ITEM.fullmatch(item.strip()):
            break  # the sentence went on
        if found is not None:
            listed.append(found)
        if subject != item:
            break  # "tracking donor retention rate to understand why ...": the list ends
    measured = plural_measures > 0 or any(
        _last_word(item) in _MEASURE_ENDS or item in ONE_WORD_MEASURES for item in listed
    )
    if len(listed) + plural_measures >= 2 and measured:
        # ("tracking churn, retention rate and ...": a one-word measure is one alone)
        yield from (item for item in listed if " " in item or item in MEASURES_ALONE)


_USERS = re.compile(r"(?:[a-z]+[ \t]+){1,2}(?:users|members|visitors|customers|subscribers)")


def _measures(item: str) -> bool:
    """ "right first time rates": lower-case words before a measure word in the plural."""
    words = item.split()
    return (
        2 <= len(words) <= _MOST_WORDS
        and all(re.fullmatch(r"[a-z][a-z-]*", word) for word in words)
        and words[-1].endswith("s")
        and words[-1][:-1] in _MEASURE_ENDS
        and words[0] not in FUNCTION_WORDS
    )


def _counted_users(item: str) -> str | None:
    """ "active users", "monthly active users": a count of people, named by what they do."""
    found = _USERS.fullmatch(item.strip())
    return found[0] if found and found[0].split()[0] not in FUNCTION_WORDS else None


# "watching the no-show rate ... alongside slot utilisation": what a measure is
# watched beside, named by a measure's last word, is a measure too
_ALONGSIDE = re.compile(
    r"\balongside[ \t]+(?P<item>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){1,2}?)[ \t]*"
    r"(?=[,.;:)]|\Z|[ \t]+(?:and|to|in|for|so|as|when|because|across)\b)"
)
_A_SHAPE = re.compile(r"\b(?:rate|ratio|per)\b")


def _alongside(text: str) -> Iterator[str]:
    for match in _ALONGSIDE.finditer(text):
        sentence = re.split(r"[.;!?]", text[max(0, match.start() - 200) : match.start()])[-1]
        listed = _listed(match["item"])
        if (
            listed is not None
            and _last_word(listed) in _MEASURE_ENDS - _BARE
            and _A_SHAPE.search(sentence)
        ):
            yield listed


def _holds_a_measure(item: str) -> bool:
    """ "repeat repair rate with the TSMs": a measure word among an item's first words."""
    return any(word.casefold() in _MEASURE_ENDS for word in item.split()[:_MOST_WORDS])


def _last_word(item: str) -> str:
    words = item.split()
    return words[-1].casefold() if words else ""


def _without_verb(item: str) -> str:
    """The last item of a list without the verb its sentence goes on with.

    "waiting times matter", "cost per contact shows": a plural before a word without
    an "s", or a singular before a word with one, is a subject and its verb.
    """
    words = item.split()
    if words and words[-1].endswith("s") and words[-1][:-1] in _MEASURE_ENDS:
        return item  # "attendance times": measures in the plural, no verb
    if len(words) >= 2 and not (len(words) >= 3 and words[-3] == "per"):
        # ("complaints per hundred installations": what a count is per, no verb)
        plural_before = _plural(words[-2])
        if plural_before != _plural(words[-1]):
            return " ".join(words[:-1])
    return item


_LINKING_VERBS = frozenset({"are", "is", "were", "was"})
# what a participle opening a clause goes on with ("linked to", "based on")
_CLAUSE_PREPOSITIONS = frozenset({"to", "on", "by", "with", "from", "against", "into"})
_SCORES = frozenset({"score", "percentage", "index", "level", "rating"})
# what a measure is used to do, after "to": not part of its name ("cost to serve" is)
_PURPOSES = frozenset(
    """evaluate assess judge measure compare show track monitor check test prove
    demonstrate explain identify improve reduce spot find detect drive guide inform
    plan decide understand""".split()
)
# how a one-word measure ends: "occupancy", "adherence", "shrinkage", "utilisation"
_MEASURE_NOUN = re.compile(r"(?:age|ancy|ency|ence|ance|ion)\Z")


def _singular_measure(item: str) -> str:
    """A listed measure of three words or more named in the plural, in the singular:
    "engineer response times" is the engineer response time ("retention rates" are
    often no one measure)."""
    words = item.split()
    if len(words) >= 3 and words[-1] in {"times", "rates", "ratios"}:
        return " ".join([*words[:-1], words[-1][:-1]])
    return item


def _before_linking_verb(item: str) -> str:
    """ "right first time are different measures": the list's last item, before the verb
    its sentence goes on with."""
    words = item.split()
    for position, word in enumerate(words[2:], start=2):
        if word in _LINKING_VERBS:
            return " ".join(words[:position])
    return item


def _before_purpose(item: str) -> str:
    """ "review score to evaluate service", "uphold rate to propose improvements": an
    item of a list, before what it is used for ("time to answer" and "cost to serve" are
    names)."""
    words = item.split()
    for position, word in enumerate(words[1:-1], start=1):
        if word == "to" and (
            words[position + 1] in _PURPOSES or words[position - 1] in _RATIO_WORDS | _SCORES
        ):
            # "rebooking rate used to improve scheduling": nor how it is used
            end = position - 1 if words[position - 1] in _USED and position > 2 else position
            return " ".join(words[:end])
    return item


# how a measure is put to use, before what for: "rebooking rate used to improve ..."
_USED = frozenset({"used", "applied", "tracked", "monitored", "reported", "reviewed"})


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "sis", "us"))


# "complaints closed within 20 working days", "jobs completed within target": a count
# of what is done in time, in a list of measures
_WITHIN = re.compile(
    r"(?:[a-z][a-z-]+ )?[a-z][a-z-]+s (?:[a-z]+ed|met|paid|sent|seen|done) within "
    r"(?:(?:the|an?|agreed) )?(?:(?:[0-9]+|one|two|three|four|five|seven|ten|fourteen|twenty|"
    r"thirty) (?:(?:working|calendar|business|clear) )?(?:seconds|minutes|hours|days|weeks|months)"
    r"|target(?:[ \t]+timescales?)?|targets|timescale|timescales|sla|deadline)"
)
# where or when a measure is taken, after its name: "queue time at the counter",
# "retention rate after the first season"
_WHERE = frozenset({"at", "in", "on", "across", "for", "from", "after", "before", "during"})


def _listed(item: str) -> str | None:
    """An item of a list of metrics, when it is one lower-case measure in the singular."""
    words = item.split()
    while words and words[0].casefold() in {"the", "a", "an", "its", "their", "our"}:
        words = words[1:]
    if words and words[0] == "to":
        return None  # "..., to evaluate store performance": the list has ended
    used = [
        n
        for n, word in enumerate(words[:-1])
        # who measures comes first, named in the plural ("Use measures such as ..." is
        # no subject and verb, nor "average review score"), and "use of force rate" is
        # a measure
        if 1 <= n <= 2
        and n <= len(words) - 3
        and word.casefold() in _USED_ON
        and words[n + 1] != "of"
        and (words[n - 1].endswith("s") or words[n - 1].casefold() in _PEOPLE_WHO_MEASURE)
    ]
    if used:
        # "Measures: managers combine dwell rate, ...": the verb of measuring and who
        # does it are no part of the first item
        words = words[used[-1] + 1 :]
    for position, word in enumerate(words[1:-1], start=1):
        if word == "per" and position >= 2 and words[position - 1] in _RATIO_WORDS:
            words = words[:position]  # "snag rate per job" is the snag rate
            break
    if len(words) > 1 and words[0].endswith("ed") and words[1] in _CLAUSE_PREPOSITIONS:
        return None  # "..., linked to specific improvements": a participle's clause
    if len(words) > 2 and words[1] == "of" and words[0] in _DESCRIBED_BY:
        return None  # "the proportion of appointments missed" describes, it names nothing
    if _WITHIN.fullmatch(" ".join(words)):
        return " ".join(words)
    for position, word in enumerate(words[1:-1], start=1):
        if (
            word in _WHERE
            and words[position - 1] in _MEASURE_ENDS
            and (
                words[position + 1] in {"the", "a", "an", "each", "every"}
                or len(words) - position > 3
            )
        ):
            # "queue time at the counter", "the read rate at change of tenancy": the
            # measure, where it is taken; "average time in bay" is a name
            words = words[:position]
            break
    if not 1 <= len(words) <= _MOST_WORDS or not all(
        re.fullmatch(r"[a-z][a-z-]*", word) for word in words
    ):
        return None
    if (
        len(words) == 1
        and "-" not in words[0]  # "right-first-time": a compound is a name
        and not (_MEASURE_NOUN.search(words[0]) or words[0] in _MEASURE_ENDS | ONE_WORD_MEASURES)
    ):
        return None  # "ASA, abandonment and ...": a word alone names a measure by its end
    if any(word in FUNCTION_WORDS and word not in _INNER for word in words):
        return None
    if (
        words[-1].endswith("s")
        and not words[-1].endswith(("ss", "sis", "us"))
        # "complaints per thousand cases": what a count is per
        and not (len(words) >= 3 and words[-3] == "per")
    ):
        return None  # plural: "waiting times", not a named measure
    return " ".join(words)


# verbs that open an instruction to do something to or with a measure
_DONE_TO_MEASURES = _CHANGE_VERBS | _USED_ON | _PURPOSES
_ANOTHER_RATE = re.compile(r" and (?:[a-z]+[ -]){1,2}rat(?:e|io)\b")
_NUMBER_NAMES = (
    _COUNTS
    | COUNT_WORDS
    | frozenset(
        """thirteen fourteen fifteen sixteen seventeen eighteen nineteen thirty forty fifty
        sixty seventy eighty ninety dozen half""".split()
    )
)
