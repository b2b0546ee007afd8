"""Names a document uses in its own way: "the Act", "the Code", "after Montgomery".

A document that names the Consumer Rights Act 2015 goes on to write "the Act" or "the
2015 Act", one that names the Code of Fundraising Practice "the Code". Such a reference means one
thing in its own document and another elsewhere, so it can be no corpus-wide name
(:mod:`graph.merges`): :func:`read_references` reads each one in its document, as the
one law or code of that kind the document names, and counts it as a mention of it.
A document that says what it will call "the Code" ("the Electronic Communications Code,
usually called the Code") means that code by it throughout. A title named again in
lower case by the words it ends with ("the licensing regulations" for "the Adventure
Activities Licensing Regulations 2004") is read the same way, and so is a court
case's first party named alone ("after Montgomery, ..." for "Montgomery v Lanarkshire
Health Board"), a person's model named again without the person ("the ladder of
participation" for "Hart's ladder of participation") and a one-word measure named
without its rate ("churn" where the document names the "churn rate").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from graph.extraction import MEASURES_ALONE, REFERRED_KINDS

__all__ = ["LocalNames", "read_references"]

# slug -> a reference ("the Act", "the 2015 Act") -> the group it names in that document
LocalNames = dict[str, dict[str, str]]

# ("the Code of Practice" for "the SEND Code of Practice", before "Code")
_KINDS = "|".join(REFERRED_KINDS)
# "the Act", "the 2018 Regulations", "the Code's", "apply the Act to": not "the Code of
# Ethics", "the Guide to Safety", "the Act FAST campaign", "the Order (2019)", which go
# on to name their own
_REFERENCE = re.compile(
    # "the HFEA and its Code of Practice": a body's code, as the document names it
    rf"\b(?:[Tt]he|its)[ \t]+(?:(?P<year>(?:18|19|20)[0-9][0-9])[ \t]+)?(?P<kind>{_KINDS})\b"
    r"(?![ \t]+(?:of|to|for|on)[ \t]+(?:the[ \t]+)?[A-Z])(?![ \t]*[A-Z0-9])"
    # "the Duty (products and services, ...)": a list in brackets says more of it
    r"(?![ \t]*\([ \t]*[A-Z0-9])(?![-/])"
)


def _names_its_kind(kind: str) -> re.Pattern[str]:
    # "Consumer Rights Act 2015", "Consumer Duty", "Code of Fundraising Practice",
    # "Guide to Coroner Services": the kind is the name's head
    return re.compile(rf"\b{kind}(?:(?:[ \t]+(?:18|19|20)[0-9][0-9])?\Z|[ \t]+(?:of|to|for|on)\b)")


# "the licensing regulations", "the hygiene rating scheme", "the statutory guidance": a
# title the document gives in full ("the Adventure Activities Licensing Regulations
# 2004"), referred back to in lower case by the words it ends with
_DESCRIBED = re.compile(
    r"\bthe((?:[ \t]+[a-z][a-z-]*){1,4}?)[ \t]+(?P<kind>act|regulations|rules|directive|code"
    r"|guidance|standard|standards|charter|convention|framework|protocol|scheme|byelaws)\b"
)
_WORD = re.compile(r"[a-z0-9]+")
_AFTER_A_HEAD = frozenset({"of", "for", "to", "on"})  # "Data Sharing Code of Practice"


def _ends_like(words: list[str], written: str) -> bool:
    """True when ``words`` run on, in order, to the head of the title ``written``, and
    leave some of it out: "licensing regulations" in "Adventure Activities Licensing
    Regulations 2004", "data sharing code" in "Data Sharing Code of Practice" (not
    "service charter", the whole "Service Charter" in lower case: a charter of any
    service)."""
    title = _WORD.findall(written.casefold())
    for start in range(len(title) - len(words) + 1):
        end = start + len(words)
        if title[start:end] != words:
            continue
        if end < len(title) and title[end] in _AFTER_A_HEAD:
            return True
        if start and (end == len(title) or title[end].isdigit()):
            return True
    return False


_THE = re.compile(r"\A(?:[Tt]he|its)[ \t]+")
_BARE = re.compile(rf"(?:[Tt]he[ \t]+)?(?:(?:18|19|20)[0-9][0-9][ \t]+)?(?:{_KINDS})")
_HEADS = {kind: _names_its_kind(kind) for kind in REFERRED_KINDS}


def read_references(
    slugs: Sequence[str],
    texts: Sequence[str],
    mentions_by_unit: Sequence[list[tuple[str, str]]],
    is_model: Callable[[str], bool],
) -> tuple[list[list[tuple[str, str]]], LocalNames]:
    """Each passage's mentions with its references read, and each document's readings.

    ``slugs``, ``texts`` and ``mentions_by_unit`` describe the same passages, in
    document order; a mention is (group, as written). A reference names the group the
    same passage last named of that kind before it, or else the one group of that kind
    its document names, or else the one it names most often (and first); only a model
    counts ("the Standards" is no reference to Trading Standards). A document that
    reads one reference two ways keeps neither reading among its local names, though
    each passage keeps its own.
    """
    units_of: dict[str, list[int]] = defaultdict(list)
    for index, slug in enumerate(slugs):
        units_of[slug].append(index)
    read = [list(mentions) for mentions in mentions_by_unit]
    local: LocalNames = {}
    for slug, indices in units_of.items():
        refers = any(
            _REFERENCE.search(texts[index]) or _DESCRIBED.search(texts[index]) for index in indices
        )
        if not refers and not any(_MAY_SHORTEN.search(texts[index]) for index in indices):
            continue
        # the document's models of each kind, every way it writes each, and the number
        # of its passages that name each
        of_kind: dict[str, set[str]] = defaultdict(set)
        written_as: dict[str, set[str]] = defaultdict(set)
        named_in: Counter[str] = Counter()
        first: dict[str, int] = {}
        for index in indices:
            for root, written in mentions_by_unit[index]:
                first.setdefault(root, len(first))
                if _BARE.fullmatch(written):
                    continue  # "the Code" as another document's second name
                written_as[root].add(written)
                for kind, head in _HEADS.items() if refers else ():
                    if head.search(written) and is_model(root):
                        of_kind[kind].add(root)
            named_in.update({root for root, _ in mentions_by_unit[index]})
        declared = _declared(texts, indices, of_kind, written_as) if refers else {}
        readings: dict[str, set[str]] = defaultdict(set)
        for index in indices:
            text = texts[index]
            for match in _REFERENCE.finditer(text):
                bare = _THE.sub("", match[0])  # "2018 Regulations"
                candidates = {
                    root
                    for root in of_kind[match["kind"]]
                    if not match["year"] or any(match["year"] in w for w in written_as[root])
                }
                meant = declared.get(f"the {bare}") or _meant(
                    text, match, candidates, written_as, named_in, first
                )
                if meant is None:
                    continue
                readings[f"the {bare}"].add(meant)
                # a name another document gives "the Code" is not what this one means
                read[index] = [
                    (root, written)
                    for root, written in read[index]
                    if _THE.sub("", written) != bare
                ]
                if all(root != meant for root, _ in read[index]):
                    read[index].append((meant, match[0]))
            for match in _DESCRIBED.finditer(text):
                words = [*match[1].split(), match["kind"]]
                candidates = {
                    root
                    for root, spellings in written_as.items()
                    if is_model(root) and any(_ends_like(words, w) for w in spellings)
                }
                meant = _meant(text, match, candidates, written_as, named_in, first)
                if meant is None:
                    continue
                readings[" ".join(["the", *words])].add(meant)
                if all(root != meant for root, _ in read[index]):
                    read[index].append((meant, match[0]))
        # every spelling the document writes as a name: no short form of another
        as_names = {
            spelling.casefold() for spellings in written_as.values() for spelling in spellings
        }
        for shape, alone_in in _SHORT_FORMS:
            for short, root in _short_forms(written_as, as_names, is_model, shape).items():
                alone = alone_in(short)
                for index in indices:
                    if alone.search(texts[index]) is None:
                        continue
                    readings[short].add(root)
                    if all(mentioned != root for mentioned, _ in read[index]):
                        read[index].append((root, short))
        own = {reference: roots.pop() for reference, roots in readings.items() if len(roots) == 1}
        if own:
            local[slug] = own
    return read, local


# A model's spelling holds a shorter name the document also uses alone for it: a
# case's first party ("Montgomery v Lanarkshire Health Board (2015)", then "after
# Montgomery, ..."), a one-word measure without its rate ("the churn rate", then
# "Treating churn as ..."), a person's model without the person ("Hart's ladder of
# participation", then "the ladder of participation"). Each shape reads the short name
# (its group "short"); each pattern finds it written alone.
_BARE_MEASURE = re.compile(rf"\b(?:{'|'.join(sorted(MEASURES_ALONE))})\b", re.I)
# what a passage that may hold such a name holds: a case's "v", a one-word measure or
# a possessive
_MAY_SHORTEN = re.compile(rf" v |['’]s? |{_BARE_MEASURE.pattern}", re.I)
_CASE = re.compile(r"(?P<short>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)[ \t]+v\.?[ \t]+[A-Z].*")
_RATED = re.compile(
    rf"(?:\w+[ \t]+)?(?P<short>{_BARE_MEASURE.pattern[2:-2]})[ \t]+rat(?:e|io)", re.I
)
_OWNED = re.compile(
    r"[A-Z][\w-]*(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w-]*)?['’]s?[ \t]+"
    r"(?P<short>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)+)"
)
_SHORT_FORMS: tuple[tuple[re.Pattern[str], Callable[[str], re.Pattern[str]]], ...] = (
    (
        _CASE,
        lambda party: re.compile(rf"(?<![\w'’-]){re.escape(party)}(?![\w'’-])(?![ \t]+v\.?[ \t])"),
    ),
    (
        _RATED,
        lambda measure: re.compile(
            rf"(?<![\w-]){re.escape(measure)}(?![\w-])(?![ \t]+rat(?:e|io)\b)", re.I
        ),
    ),
    (_OWNED, lambda tail: re.compile(rf"\b[Tt]he[ \t]+{re.escape(tail)}(?![\w-])")),
)


def _short_forms(
    written_as: dict[str, set[str]],
    written: set[str],
    is_model: Callable[[str], bool],
    shape: re.Pattern[str],
) -> dict[str, str]:
    """The short name ``shape`` reads in each model's spellings, with the model; none that
    two models share, nor one the document writes as a name of its own (``written``,
    case-folded)."""
    found: dict[str, set[str]] = defaultdict(set)
    for root, spellings in written_as.items():
        for spelling in spellings:
            match = shape.fullmatch(spelling)
            # (whether a group is a model is asked last: it is the dear question)
            if match is not None and match["short"].casefold() not in written and is_model(root):
                found[match["short"].casefold() if shape is _RATED else match["short"]].add(root)
    return {short: roots.pop() for short, roots in found.items() if len(roots) == 1}


# "the Electronic Communications Code, usually called the Code": what the document
# says it will call "the Code"
_LONGEST_TITLE = 200  # characters
_DECLARATION = re.compile(
    # (a run of spaces is tried from its first only: from each would take minutes)
    r"(?:,|(?<![ \t,]))[ \t]+(?:(?:usually|often|also|commonly|generally|simply|now)[ \t]+)*"
    r"(?:called|known[ \t]+as|referred[ \t]+to[ \t]+(?:simply[ \t]+)?as)[ \t]+"
    rf"(?:simply[ \t]+)?the[ \t]+(?P<kind>{_KINDS})\b"
)


def _declared(
    texts: Sequence[str],
    indices: list[int],
    of_kind: dict[str, set[str]],
    written_as: dict[str, set[str]],
) -> dict[str, str]:
    """The references a document declares ("the Electronic Communications Code, usually
    called the Code"), each with the one model of that kind it names just before."""
    declared: dict[str, str] = {}
    for index in indices:
        text = texts[index]
        for match in _DECLARATION.finditer(text):
            # a window, not the text before: a line may declare many times
            before = text[max(0, match.start() - _LONGEST_TITLE) : match.start()].rstrip()
            named = {
                root
                for root in of_kind[match["kind"]]
                if any(before.endswith(spelling) for spelling in written_as[root])
            }
            if len(named) == 1:
                declared.setdefault(f"the {match['kind']}", named.pop())
    return declared


def _meant(
    text: str,
    reference: re.Match[str],
    candidates: set[str],
    written_as: dict[str, set[str]],
    named_in: Counter[str],
    first: dict[str, int],
) -> str | None:
    """The group of ``candidates`` a reference in ``text`` means: the one its passage
    named last before it ("the PSTI Act ... under the Act"), else the only one, else
    the one its document names in the most passages, first."""
    nearest: tuple[int, str] | None = None
    for root in candidates:
        for spelling in written_as[root]:
            end = text.rfind(spelling, 0, reference.start())
            if end >= 0 and (nearest is None or end > nearest[0]):
                nearest = (end, root)
    if nearest is not None:
        return nearest[1]
    # the law a document names most is the one it is about; among equals the one it
    # names first, as it introduces its main law before the laws beside it
    return min(candidates, key=lambda root: (-named_in[root], first[root]), default=None)
