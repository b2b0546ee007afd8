"""Merging the names the rules found into one group per real thing.

:func:`merge_names` joins, in a :class:`UnionFind` of name keys, the names that name
one thing: an acronym and its expansion, "Kotter's model" and the one fuller model
credited to Kotter, a law's title with and without its brackets, a short form and the
one longer name it shortens, a model credited to its authors and the plain model.
:mod:`graph.build` then makes one node of each group.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain

from graph.document import Document
from graph.extraction import (
    HEADS,
    MEASURES_ALONE,
    MODEL_LIKE_TAILS,
    STRONG_HEADS,
    SURNAME_PARTICLES,
    Candidate,
    Rule,
    concept_key,
    is_acronym,
    is_year,
)
from graph.extraction.keys import LAW_HEAD, is_mixed_acronym
from graph.extraction.words import COUNT_WORDS, GENERIC_ADJECTIVES, LEGAL_HEADS
from graph.model import ConceptKind
from graph.vocabulary import Vocabulary

__all__ = ["MODEL_RULES", "UnionFind", "merge_names", "shared_plain_names", "split_key_name"]

MODEL_RULES = frozenset(
    {
        Rule.ACRONYM,
        Rule.DEFINITION,
        Rule.QUOTED_MODEL,
        Rule.HEAD_NOUN,
        Rule.CAPITALISED,
        Rule.METRIC,
    }
)


class UnionFind:
    """Groups of name keys; the smallest key of a group is its root."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def add(self, key: str) -> None:
        self._parent.setdefault(key, key)

    def __contains__(self, key: object) -> bool:
        return key in self._parent

    def find(self, key: str) -> str:
        self.add(key)
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:
            self._parent[key], key = root, self._parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # the smaller key wins, so the result does not depend on the order of calls
            low, high = sorted((root_a, root_b))
            self._parent[high] = low

    def keys(self) -> Iterable[str]:
        return self._parent.keys()


def split_key_name(name: str) -> tuple[str, str | None]:
    """ "Net Promoter Score (NPS)" -> ("Net Promoter Score", "NPS")."""
    # String methods, not a regex: a lazy "(.+?)\s*\(" is quadratic in a run of spaces.
    opening = name.rfind("(")
    alias = name[opening + 1 : -1]
    is_alias = opening > 0 and name.endswith(")") and alias != "" and ")" not in alias
    # both halves must name something: "— (NPS)" is NPS, not a nameless concept
    if is_alias and len(alias.split()) <= 5 and concept_key(name[:opening]) and concept_key(alias):
        return name[:opening].strip(), alias.strip()
    return name, None


def merge_names(
    union: UnionFind,
    candidates: Sequence[Candidate],
    documents: Sequence[Document],
    vocabulary: Vocabulary,
) -> None:
    """Join the names in ``union`` that name one thing (each distinct candidate once)."""
    _merge_acronyms_with_names(union, candidates, documents)
    _merge_eponyms(union, candidates)
    _merge_known_names_with_heads(union, candidates, vocabulary)
    _merge_short_forms(union, candidates, _model_names(vocabulary, documents))
    _merge_measures_with_their_rates(union, candidates)
    found = {concept_key(candidate.surface) for candidate in candidates}
    _merge_owner_prefixed_names(union, candidates, found)
    _merge_names_without_heads(
        union,
        candidates,
        found | {concept_key(split_key_name(k.name)[0]) for d in documents for k in d.key_concepts},
    )
    _merge_owned_short_titles(union, candidates, found)
    _merge_titles_without_brackets(union, candidates, found)
    _merge_titles_with_subjects(union, candidates, found)
    _merge_numbered_short_forms(union, candidates)
    _merge_short_law_titles(union, candidates, documents)
    _merge_tail_titles(union, candidates, documents)
    _merge_credited_names(union, candidates, documents, found)
    # last, once the other merges may have made one model of a person's two full names
    # ("Hofstede's cultural dimensions" and "... dimensions theory")
    _merge_owned_models(union, candidates)


_JOINED_SURNAMES = re.compile(r"[A-Z][a-zà-ÿ]+[-–][A-Z][a-zà-ÿ]+")


def _merge_eponyms(union: UnionFind, candidates: Sequence[Candidate]) -> None:
    """Join "Kepner-Tregoe analysis" to "Kepner-Tregoe" when the corpus uses both.

    Only a proper name of one word, or a name and a letter ("Erlang C"), is joined to
    the same name before a model word, and only when the documents also write the name
    on its own, so "Service Recovery Paradox" never becomes "Service Recovery".
    """
    alone = {
        concept_key(c.surface)
        for c in candidates
        if len(words := c.surface.split()) == 1
        or (len(words) == 2 and len(words[1]) == 1 and words[1].isupper())
    }
    for candidate in candidates:
        words = candidate.surface.split()
        name = " ".join(words[:-1])
        if (
            candidate.rule is Rule.HEAD_NOUN
            and len(words) >= 2
            and name[:1].isupper()
            and concept_key(words[-1]) in HEADS
            # (a law is no model's other name: "the Pests Act" is not PEST; but "the
            # CRoW Act" is the CRoW)
            and (concept_key(words[-1]) not in LEGAL_HEADS or is_mixed_acronym(name))
            and concept_key(name) in alone
            # an acronym's own model word ties it where the text writes it ("the AIDA
            # model"), and no more: "the SRA Principles" are no "SRA", a body
            and not is_acronym(name)
        ):
            union.union(concept_key(candidate.surface), concept_key(name))
    # two joined surnames ("Thomas-Kilmann", "Myers-Briggs") alone name the one longer
    # name the documents begin with them ("the Thomas-Kilmann Conflict Mode Instrument")
    longer: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        first, _, rest = candidate.surface.partition(" ")
        if rest[:1].isupper() and _JOINED_SURNAMES.fullmatch(first):
            longer[concept_key(first)].add(union.find(concept_key(candidate.surface)))
    for name, roots in longer.items():
        if name in alone and len(roots) == 1:
            union.union(name, roots.pop())
    _merge_eponyms_with_middles(union, candidates)


def _merge_eponyms_with_middles(union: UnionFind, candidates: Sequence[Candidate]) -> None:
    """Join "a Flesch score" to the "Flesch Reading Ease score": a proper name and a
    model word alone name the one longer name that begins and ends with them."""
    fuller: dict[tuple[str, str], set[str]] = defaultdict(set)
    short: dict[tuple[str, str], str] = {}
    for candidate in candidates:
        words = candidate.surface.split()
        if (
            candidate.rule is not Rule.HEAD_NOUN
            # "the 360Giving standard": a name, maybe opened by a figure
            or not any(character.isupper() for character in words[0])
            or is_acronym(words[0])
            or concept_key(words[-1]) not in HEADS
        ):
            continue
        ends = (concept_key(words[0]), concept_key(words[-1]))
        if len(words) == 2:
            short[ends] = concept_key(candidate.surface)
        elif len(words) > 2 and words[1][:1].isupper():
            fuller[ends].add(union.find(concept_key(candidate.surface)))
    for ends, name in short.items():
        roots = fuller.get(ends, set())
        if len(roots) == 1:
            union.union(name, roots.pop())


def _merge_known_names_with_heads(
    union: UnionFind, candidates: Sequence[Candidate], vocabulary: Vocabulary
) -> None:
    """Join "unfreeze-change-refreeze model" to the vocabulary's "unfreeze, change, refreeze".

    A name the vocabulary knows, followed by a model word, is the same model.
    """
    models = {
        concept_key(surface)
        for entry in vocabulary.entries
        if entry.kind is ConceptKind.MODEL
        for surface in (entry.name, *entry.aliases)
    }
    for candidate in candidates:
        if candidate.rule is not Rule.HEAD_NOUN:
            continue
        key = concept_key(candidate.surface)
        name, _, head = key.rpartition(" ")
        # (a law is no model's other name: "the Pests Act" is not PEST)
        if name in models and head in HEADS - LEGAL_HEADS:
            union.union(key, name)


# the model words of titles, and the conditions a regulator sets ("the General
# Conditions" of "Ofcom's General Conditions of Entitlement")
_TITLE_HEADS = HEADS | {"condition"}


def _merge_owner_prefixed_names(
    union: UnionFind, candidates: Sequence[Candidate], found: set[str]
) -> None:
    """Join "the SRA Transparency Rules" to "the Transparency Rules", "the Duluth Power and
    Control Wheel" to "the Power and Control Wheel", and "the RCVS Code" to "the RCVS
    Code of Professional Conduct for Veterinary Surgeons".

    A capitalised name after its owner's acronym is the same name without it when the
    corpus writes that too (two or more capitalised words ending in a model word); a
    name ending in a model word is the one longer name that goes on with "of" or "for".
    """
    longer_of: dict[str, set[str]] = defaultdict(set)
    for key in found:
        for joiner in (" of ", " for "):
            short, found_joiner, _ = key.partition(joiner)
            if found_joiner and " " in short and short.rpartition(" ")[2] in _TITLE_HEADS:
                longer_of[short].add(key)
    for candidate in candidates:
        key = concept_key(candidate.surface)
        if candidate.rule in {Rule.CAPITALISED, Rule.HEAD_NOUN}:
            owner, _, rest = candidate.surface.partition(" ")
            rest_key = concept_key(rest)
            if rest_key in found and _same_without_owner(owner, rest, rest_key):
                union.union(key, rest_key)
        if len(longer_of.get(key, ())) == 1:
            union.union(key, next(iter(longer_of[key])))


_CAPITAL_WEB_ADDRESS = re.compile(r"[A-Z]{2,}(?:\.[A-Z]{2,})+")


def _same_without_owner(owner: str, rest: str, rest_key: str) -> bool:
    """True when a name is the same without its first word ``owner``: an owner's acronym
    before capitalised words ending in a model word ("the SRA Transparency Rules", not
    "COPC CX Standard"), or a place or a maker before a model ("the Duluth Power and
    Control Wheel", not "Regulatory Complaints Framework")."""
    head = rest_key.rpartition(" ")[2]
    words = rest.split()
    # "the GOV.UK Service Standard": a web address in capitals owns as an acronym does
    if is_acronym(owner) or _CAPITAL_WEB_ADDRESS.fullmatch(owner):
        return (
            " " in rest
            and all(word[:1].isupper() for word in words)
            and not is_acronym(words[0])
            and head in HEADS
        )
    return (
        owner[:1].isupper()
        and owner.isalpha()
        and owner.casefold() not in GENERIC_ADJECTIVES
        and sum(word[:1].isupper() for word in words) >= 2
        and head in STRONG_HEADS
    )


def _merge_owned_short_titles(
    union: UnionFind, candidates: Sequence[Candidate], found: set[str]
) -> None:
    """Join "the BVRLA guide" to "the BVRLA Fair Wear and Tear Guide": a body's acronym
    and a model word are the one longer title the corpus gives with both."""
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key in found:
        words = key.split()
        if len(words) > 2 and words[-1] in HEADS:
            longer[(words[0], words[-1])].add(key)
    for candidate in candidates:
        words = candidate.surface.removeprefix("the ").split()
        if len(words) != 2 or not is_acronym(words[0]):
            continue
        key = concept_key(candidate.surface)
        owner, _, head = key.partition(" ")
        titles = longer.get((owner, head), set())
        if len(titles) == 1:
            union.union(key, next(iter(titles)))


def _merge_names_without_heads(
    union: UnionFind, candidates: Sequence[Candidate], found: set[str]
) -> None:
    """Join "the hierarchy of effects", listed among models, to the "Hierarchy of Effects
    Model" the corpus names: the one found name that is it and a model word."""
    for candidate in candidates:
        key = concept_key(candidate.surface)
        if candidate.rule is not Rule.HEAD_NOUN or key.rpartition(" ")[2] in STRONG_HEADS:
            continue
        longer = [f"{key} {head}" for head in STRONG_HEADS if f"{key} {head}" in found]
        if len(longer) == 1:
            union.union(key, longer[0])


def shared_plain_names(candidates: Sequence[Candidate]) -> set[str]:
    """Plain names that models credited to two different people share.

    "Lewin's change model" and "Kotter's change model" are both "change model" once
    the person is dropped, and two models all the same: neither is joined to it.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        if (
            candidate.rule is Rule.HEAD_NOUN
            and candidate.same_as
            and candidate.surface.endswith(candidate.same_as)
            and (owned := _OWNED.fullmatch(candidate.surface)) is not None
        ):
            owners[concept_key(candidate.same_as)].add(concept_key(owned["owner"]))
    return {plain for plain, people in owners.items() if len(people) > 1}


# "Kotter's 8-step change model", "Kaplan and Norton's balanced scorecard": a name
# credited to one person, or to two, in the possessive.
_OWNED = re.compile(
    # maybe with a surname's particle: "Van Hagen's pyramid"
    rf"(?P<owner>(?:(?:{'|'.join(sorted(SURNAME_PARTICLES))}) )*"
    r"[^\W\d_][\w-]*(?: (?:and|&) [^\W\d_][\w-]*)?)['’]s? (?P<rest>[^\W_].*)"
)


_OWNED_RULES = frozenset({Rule.HEAD_NOUN, Rule.ALIAS})
_OWNED_NAME_RULES = _OWNED_RULES | {Rule.CAPITALISED}


def _merge_owned_models(union: UnionFind, candidates: Sequence[Candidate]) -> None:
    """Join "Kotter's model" to the one fuller model the corpus credits to Kotter.

    A person's name and a bare model word ("Kotter's model", "Herzberg's theory",
    "Tuckman's stages") stands for the person's model when the documents name exactly
    one model of theirs in full ("Kotter's 8-step change model"); with two ("Porter's
    five forces", "Porter's value chain") it is left alone. Analyses, scores and laws
    ("Lewin's force field analysis") are not what "Lewin's model" means, but "Lewin's
    analysis" would be the one analysis of Lewin's the corpus names. A full name with
    a count after the owner is the same name without it ("Tilden's six principles of
    interpretation"), and a person named before a bare model word without the
    possessive stands for the person's one model too ("the Bronfenbrenner model").
    """
    # by owner, or by owner and last word where that is no model word: "Mehrabian's
    # rule" is the one "Mehrabian's 7-38-55 rule", not any model of Mehrabian's
    full: dict[str | tuple[str, str], set[str]] = defaultdict(set)
    bare: dict[str | tuple[str, str], list[str]] = defaultdict(list)
    # the full names of each owner without a count after the owner
    uncounted: dict[tuple[str | tuple[str, str], str], set[str]] = defaultdict(set)
    for candidate in candidates:
        if candidate.rule not in _OWNED_NAME_RULES or not candidate.surface[:1].isupper():
            continue
        owned = _OWNED.fullmatch(candidate.surface)
        if owned is None or (
            # "Maister's First Law of Service": a capitalised run names a full title,
            # never the bare one
            candidate.rule not in _OWNED_RULES and len(owned["rest"].split()) == 1
        ):
            continue
        words = owned["rest"].partition(" of ")[0].split()
        tail = concept_key(words[-1])
        person = concept_key(owned["owner"])
        owner: str | tuple[str, str] = person if tail in MODEL_LIKE_TAILS else (person, tail)
        if len(owned["rest"].split()) == 1:
            bare[owner].append(concept_key(candidate.surface))
        else:
            full[owner].add(concept_key(candidate.surface))
            without_count = concept_key(_COUNT_AFTER_OWNER.sub(" ", candidate.surface))
            uncounted[owner, without_count].add(concept_key(candidate.surface))
    for names in uncounted.values():
        # "Tilden's six principles of interpretation" are "Tilden's principles of
        # interpretation": a count says nothing the name does not
        first, *others = names
        for key in others:
            union.union(key, first)
    for candidate in candidates:
        # "the Bronfenbrenner model": a person named before a bare model word, no
        # possessive, is that person's one model too
        named = _NAMED_BEFORE.fullmatch(candidate.surface)
        if (
            candidate.rule is Rule.HEAD_NOUN
            and named is not None
            and concept_key(named["tail"]) in MODEL_LIKE_TAILS
        ):
            bare[concept_key(named["owner"])].append(concept_key(candidate.surface))
    for owner, keys in bare.items():
        roots = {union.find(key) for key in full.get(owner, ())}
        if len(roots) == 1:
            (root,) = roots
            for key in keys:
                union.union(key, root)


_COUNT_AFTER_OWNER = re.compile(
    rf"(?<=['’]s) (?:[2-9]|1[0-2]|{'|'.join(sorted(COUNT_WORDS - {'one'}))}) "
)
_NAMED_BEFORE = re.compile(
    r"(?:the )?(?P<owner>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?) (?P<tail>[a-z]+)"
)


_BRACKETED = re.compile(
    r"(?P<before>[^()]+?)\s*\((?P<inner>[^()]*)\)\s*(?P<after>[^()]*?)(?:\s+(?:18|19|20)\d\d)?"
)


def _merge_titles_without_brackets(
    union: UnionFind, candidates: Sequence[Candidate], keys: set[str]
) -> None:
    """Join a title with a bracketed part to the same title without it.

    "the Consumer Contracts (Information, Cancellation and Additional Charges)
    Regulations 2013" is later "the Consumer Contracts Regulations": a law's long title
    without its brackets (and year) is its usual short title, when a document uses it
    (``keys``: every name the rules found). So is what the brackets hold with the
    title's kind after it: "the Regulatory Reform (Fire Safety) Order 2005" is "the Fire
    Safety Order".
    """
    for candidate in candidates:
        bracketed = _BRACKETED.fullmatch(candidate.surface)
        if bracketed is None or not bracketed["after"]:
            continue  # "Net Promoter Score (NPS)" is a name and its acronym
        for short in (
            concept_key(f"{bracketed['before']} {bracketed['after']}"),
            concept_key(f"{bracketed['inner']} {bracketed['after']}"),
        ):
            if short in keys and len(short.split()) >= 2:
                union.union(concept_key(candidate.surface), short)


_LAW_TITLE = re.compile(
    rf"(?:the\s+)?(?P<words>.+?)\s+(?P<head>{LAW_HEAD})(?:\s+(?P<year>(?:18|19|20)\d\d))?"
)
_BRACKETS = re.compile(r"\([^()]*\)")
_TITLE_WORD = re.compile(r"[^\W_][\w'’.-]*")
_LAW_JOINERS = frozenset({"of", "and", "&", "the", "for", "to", "in", "on", "at", "etc."})


# "The Purple Guide to Health, Safety and Welfare ...": a capitalised name, a model word
# and what the title is to, for, on or of
_TITLE_WITH_SUBJECT = re.compile(
    r"(?P<short>(?:[A-Z][\w'’-]*[ \t]+)+?(?P<head>[A-Z][a-z]+))[ \t]+(?:to|for|on|of)[ \t]+[A-Z]"
)


def _merge_titles_with_subjects(
    union: UnionFind, candidates: Sequence[Candidate], found: set[str]
) -> None:
    """Join "the Purple Guide" to the one title in the corpus it begins: "The Purple
    Guide to Health, Safety and Welfare at Music and Other Events", or "the HCPC
    Standards" to "the HCPC Standards of Conduct, Performance and Ethics"."""
    titles: dict[str, set[str]] = defaultdict(set)
    for candidate in dict.fromkeys(c for c in candidates if c.rule in _TITLE_RULES):
        match = _TITLE_WITH_SUBJECT.match(candidate.surface)
        if match is None or concept_key(match["head"]) not in HEADS:
            continue
        short = concept_key(match["short"])
        if " " in short and short in found:
            titles[short].add(union.find(concept_key(candidate.surface)))
    for short, roots in titles.items():
        roots -= {union.find(short)}
        if len(roots) == 1:
            union.union(short, roots.pop())


_TITLE_RULES = frozenset({Rule.CAPITALISED, Rule.HEAD_NOUN, Rule.DEFINITION})

# "Regulation 1177/2010" and what people call it, "the 1177 rules"
_NUMBERED_LAW = re.compile(r"(?:Regulation|Directive|Decision) (?P<number>[0-9]{1,4})/[0-9]{2,4}")
_BY_ITS_NUMBER = re.compile(r"(?P<number>[0-9]{3,4}) (?:rules|regulations?|directive)", re.I)


def _merge_numbered_short_forms(union: UnionFind, candidates: Sequence[Candidate]) -> None:
    """Join "the 1177 rules" to the one numbered European law of that number."""
    laws: dict[str, set[str]] = defaultdict(set)
    shorts: list[tuple[str, str]] = []
    for surface in dict.fromkeys(candidate.surface for candidate in candidates):
        if (law := _NUMBERED_LAW.fullmatch(surface)) is not None:
            laws[law["number"]].add(union.find(concept_key(surface)))
        elif (short := _BY_ITS_NUMBER.fullmatch(surface)) is not None:
            shorts.append((surface, short["number"]))
    for surface, number in shorts:
        roots = laws.get(number, set())
        if len(roots) == 1 and concept_key(surface):
            union.union(concept_key(surface), next(iter(roots)))


def _merge_short_law_titles(
    union: UnionFind, candidates: Sequence[Candidate], documents: Sequence[Document]
) -> None:
    """Join a law's short title to the one longer title it shortens.

    "the Package Travel Regulations" shortens "the Package Travel and Linked Travel
    Arrangements Regulations 2018", and "the ADR Regulations 2015" "the Alternative
    Dispute Resolution for Consumer Disputes (...) Regulations 2015": the same first
    words (or their initials), the same head, no other year. "the 2018 Regulations" is
    the one law of its year and kind that the same document names.
    """
    titles: dict[str, re.Match[str]] = {}
    for candidate in candidates:
        match = _LAW_TITLE.fullmatch(candidate.surface)
        if match is not None and (match["words"][:1].isupper() or match["words"][:1].isdigit()):
            titles[candidate.surface] = match
    if len(titles) < 2:
        return
    by_year_first: dict[str, list[str]] = defaultdict(list)
    # a short title and the long one it shortens share their head and first letter:
    # compared within those buckets only, not every title with every other
    words_of: dict[str, list[str]] = {}
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for surface, match in titles.items():
        if is_year(match["words"]):
            by_year_first[f"{match['words']} {match['head']}"].append(surface)
            continue
        words = words_of[surface] = _TITLE_WORD.findall(_BRACKETS.sub(" ", match["words"]))
        if words:
            buckets[(match["head"], words[0][0].casefold())].append(surface)
    for surfaces in buckets.values():
        for surface in surfaces:
            match = titles[surface]
            short_words = _TITLE_WORD.findall(match["words"])
            roots = {
                union.find(concept_key(other))
                for other in surfaces
                if other != surface
                and (not match["year"] or titles[other]["year"] in (None, match["year"]))
                and _shortens(short_words, words_of[other])
            } - {union.find(concept_key(surface))}
            if len(roots) == 1:
                union.union(concept_key(surface), roots.pop())
    if by_year_first:
        _merge_year_first_titles(union, by_year_first, titles, documents)


def _merge_tail_titles(
    union: UnionFind, candidates: Sequence[Candidate], documents: Sequence[Document]
) -> None:
    """Join "the Appeals Code" to "the School Admission Appeals Code": a code, a
    charter or a convention named by the last words of its title (before what it is of
    or for: "the Single Code" of "the Private Parking Sector Single Code of Practice"),
    where every document that writes both names one such title."""
    surfaces = {c.surface.removeprefix("the ") for c in candidates}
    titles = {surface for surface in surfaces if _TAIL_TITLE.fullmatch(surface)}
    # "the Private Parking Sector Single Code of Practice" is "the Single Code" too
    stems = {title: title for title in titles} | {
        surface: match["stem"]
        for surface in surfaces
        if (match := _TITLE_OF_PRACTICE.fullmatch(surface)) is not None
    }
    longer: dict[str, set[str]] = defaultdict(set)
    for title, stem in stems.items():
        words = stem.split()
        for start in range(1, len(words) - 1):
            tail = " ".join(words[start:])
            if tail in titles:
                longer[tail].add(title)
    if not longer:
        return  # most corpora
    meant: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        text = "\n".join(document.prose())
        for tail, titles_ending in longer.items():
            if f"the {tail}" not in text:
                continue
            named = {title for title in titles_ending if title in text}
            meant[tail] |= {union.find(concept_key(title)) for title in named}
    for tail, roots in meant.items():
        if len(roots) == 1:
            union.union(concept_key(tail), roots.pop())


# two capitalised words or more that end in "Code", "Charter" or "Convention" ("the
# Apostille Convention" of "the Hague Apostille Convention")
_TAIL_TITLE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+)+(?:Code|Charter|Convention)")
# ("... Single Code of Practice", "the UK Quality Code for Higher Education")
_TITLE_OF_PRACTICE = re.compile(
    r"(?P<stem>(?:[A-Z][\w'’-]*[ \t]+){2,}Code)[ \t]+(?:of|for|on)[ \t]+[A-Z][\w'’ \t-]*"
)


def _shortens(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` are the first of ``long`` and others of it in order,
    fewer of them, an acronym standing for the words it spells ("ADR" for "Alternative
    Dispute Resolution")."""
    if not short or len(short) >= len(long):
        return False
    position = 0
    for index, word in enumerate(short):
        taken = _take(word, long, position)
        while taken is None and index and position < len(long):
            position += 1  # "Package Travel [and Linked Travel Arrangements] Regulations"
            taken = _take(word, long, position)
        if taken is None:
            return False
        position = taken
    return True


def _take(word: str, words: list[str], position: int) -> int | None:
    """The position after ``word`` read at ``words[position]``: the same word, or an
    acronym spelling the words from there (joining words aside)."""
    if position >= len(words):
        return None
    if word.casefold() == words[position].casefold():
        return position + 1
    if len(word) >= 2 and word.isupper() and word.isalpha():
        letters = iter(word.casefold())
        expected = next(letters)
        for index in range(position, len(words)):
            if words[index].casefold() in _LAW_JOINERS:
                continue
            if words[index][:1].casefold() != expected:
                return None
            expected = next(letters, "")
            if not expected:
                return index + 1
    return None


def _merge_year_first_titles(
    union: UnionFind,
    by_year_first: dict[str, list[str]],
    titles: dict[str, re.Match[str]],
    documents: Sequence[Document],
) -> None:
    """ "the 2018 Regulations": the one law of that year and kind in the same document,
    when every document that writes it means the same law (else each document's own
    reading is its own, :mod:`graph.references`)."""
    meant: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        text = "\n".join(document.prose())
        for year_head in by_year_first:
            if year_head not in text:
                continue
            year, head = year_head.split()
            dated = [
                surface
                for surface, match in titles.items()
                if match["year"] == year
                and match["head"] == head
                and not is_year(match["words"])
                and surface in text
            ]
            # "Framework Act 1998" is a piece of "the School Standards and Framework Act
            # 1998", no second law
            named = {
                union.find(concept_key(surface))
                for surface in dated
                if not any(surface in other and surface != other for other in dated)
            }
            meant[year_head] |= named
    for year_head, roots in meant.items():
        if len(roots) == 1:
            root = roots.pop()
            for surface in by_year_first[year_head]:
                union.union(concept_key(surface), root)


_CREDIT = re.compile(
    r"(?:(?:an?|the)\s+)?(?P<owner>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*)['’]s?\s+(?P<rest>\w+)\b"
)


# what a key concept's description may open with to give the concept a second name:
# "Transactional analysis: Eric Berne's theory that ..."
_CREDITED_WORKS = frozenset({"theory", "model", "framework", "approach", "method"})


def _merge_credited_names(
    union: UnionFind,
    candidates: Sequence[Candidate],
    documents: Sequence[Document],
    keys: set[str],
) -> None:
    """Join a model credited to its authors to the model: "Fisher and Ury's principled
    negotiation" is "principled negotiation", and a key concept "Transactional analysis:
    Eric Berne's theory that ..." makes "Eric Berne's theory" its second name.
    """
    credited: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        owned = _OWNED.fullmatch(candidate.surface)
        if owned is not None and len((rest := concept_key(owned["rest"])).split()) >= 2:
            credited[rest].add(concept_key(candidate.surface))
    for rest, owned_keys in credited.items():
        # "Lewin's change model" and "Kotter's change model" are two models: "change
        # model" is neither
        if rest in keys and len(owned_keys) == 1:
            union.union(owned_keys.pop(), rest)
    for document in documents:
        for key_concept in document.key_concepts:
            opening = _CREDIT.match(key_concept.description)
            if opening is None:
                continue
            if opening["rest"].casefold() not in _CREDITED_WORKS:
                continue  # "Tuckman's stages of ...": the stages, not the key concept
            # "Eric Berne's theory" is found as "Berne's theory"
            surname = f"{opening['owner'].split()[-1]}'s {opening['rest']}"
            for owned_key in {concept_key(opening[0]), concept_key(surname)} & keys:
                union.union(owned_key, concept_key(split_key_name(key_concept.name)[0]))


def _model_names(vocabulary: Vocabulary, documents: Sequence[Document]) -> list[str]:
    """The vocabulary's model names and every key concept's name."""
    names = [
        surface
        for entry in vocabulary.entries
        if entry.kind is ConceptKind.MODEL
        for surface in (entry.name, *entry.aliases)
    ]
    names.extend(split_key_name(k.name)[0] for d in documents for k in d.key_concepts)
    return names


_CONJUNCTIONS = frozenset({"and", "or"})


def _merge_short_forms(
    union: UnionFind, candidates: Sequence[Candidate], names: Sequence[str]
) -> None:
    """Join a shortened name to the one longer name in the corpus it shortens.

    "the recovery paradox" is "the service recovery paradox" when no other name ends
    in "recovery paradox", and "retention rate" the "customer retention rate" when no
    other rate ends so; a quoted "'containment'" is the "containment rate" when no
    other rate or ratio starts with it. With two longer names ("Lewin's change model",
    "Kotter's change model") the short one ("the change model") is left alone.
    """
    found = dict.fromkeys((c.surface, c.rule) for c in candidates)
    # "Fitts and Posner's three-stage model" names its plain "three-stage model": that is
    # their model, no short form of Lewin's three-stage one
    credited = {
        concept_key(c.same_as)
        for c in candidates
        if c.rule is Rule.HEAD_NOUN
        and c.same_as
        and c.surface.endswith(c.same_as)
        and _OWNED.fullmatch(c.surface) is not None
    }
    shorts: set[str] = set()
    terms: set[str] = set()
    for surface, rule in found:
        key = concept_key(surface)
        if (
            rule in {Rule.HEAD_NOUN, Rule.METRIC}
            and surface.islower()
            and " " in key
            and key not in credited
        ):
            shorts.add(key)
        elif rule is Rule.QUOTED_TERM and " " not in key:
            terms.add(key)
    if not shorts and not terms:
        return
    ending: dict[str, set[str]] = defaultdict(set)
    rates: dict[str, set[str]] = defaultdict(set)
    longer = dict.fromkeys(surface for surface, rule in found if rule in MODEL_RULES)
    longest = max((len(short.split()) for short in shorts), default=0)
    for surface in chain(longer, names):
        words = concept_key(surface).split()
        # only the endings as long as a short form: a key concept's name thousands of
        # words long (a damaged document) must not be joined again at every word
        for start in range(max(1, len(words) - longest), len(words) - 1):
            if words[start - 1] in _CONJUNCTIONS:
                continue  # "Resident journey mapping and failure demand" names two things
            suffix = " ".join(words[start:])
            if suffix in shorts:
                ending[suffix].add(union.find(" ".join(words)))
        if terms and len(words) == 2 and words[1] in {"rate", "ratio"} and words[0] in terms:
            rates[words[0]].add(union.find(" ".join(words)))
    for key in shorts:
        roots = ending.get(key, set()) - {union.find(key)}
        if len(roots) == 1:
            union.union(key, roots.pop())
    for key in terms:
        roots = rates.get(key, set())
        if len(roots) == 1:
            union.union(key, roots.pop())


def _merge_measures_with_their_rates(union: UnionFind, candidates: Sequence[Candidate]) -> None:
    """Join "court utilisation" to the "court utilisation rate" the corpus names: a
    measure named by a one-word measure is its rate."""
    measures = {concept_key(c.surface) for c in candidates if c.rule is Rule.METRIC}
    for key in measures:
        if key.rpartition(" ")[2] in MEASURES_ALONE and f"{key} rate" in measures:
            union.union(key, f"{key} rate")


def _merge_acronyms_with_names(
    union: UnionFind, candidates: Sequence[Candidate], documents: Sequence[Document]
) -> None:
    """Join an acronym to the one multi-word name in the corpus whose initials spell it.

    "NPS" and "Net Promoter Score" become one node even when no document writes
    "Net Promoter Score (NPS)". Two-letter acronyms are too ambiguous to join.
    """
    names = {c.surface for c in candidates if c.rule is not Rule.ACRONYM}
    names |= {split_key_name(k.name)[0] for d in documents for k in d.key_concepts}
    by_initials: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = [w for w in re.split(r"[\s\-–]+", name) if w]
        significant = [w for w in words if w.casefold() not in {"of", "and", "&", "the", "for"}]
        if significant and significant[-1].casefold() in HEADS and len(significant) >= 4:
            # "features-advantages-benefits approach" spells FAB without its head word
            significant = significant[:-1]
        if len(significant) >= 3 and all(w[:1].isalpha() for w in significant):
            by_initials["".join(w[0] for w in significant).upper()].add(
                union.find(concept_key(name))
            )
        title = _LAW_TITLE.fullmatch(name)
        if title is not None and " of " in title["words"]:
            # "FOI" for "the Freedom of Information Act 2000": the initials of every
            # word before the law's kind, "of" too
            every = title["words"].removeprefix("the ").split()
            if len(every) >= 3 and all(w[:1].isalpha() for w in every):
                by_initials["".join(w[0] for w in every).upper()].add(union.find(concept_key(name)))
        if title is not None and "," in title["words"]:
            # "the Money Laundering, Terrorist Financing and ... Regulations 2017" are
            # the MLRs: a long title is called by its words before the first comma
            short = [*title["words"].partition(",")[0].split(), title["head"]]
            if len(short) >= 3 and all(w[:1].isupper() for w in short):
                by_initials["".join(w[0] for w in short)].add(union.find(concept_key(name)))
    # an acronym the vocabulary or a definition has given a meaning already keeps it:
    # "CES" is the Customer Effort Score, not the one "Cost Efficiency Survey" written
    # ("WCAG 2.2" is no meaning of "WCAG": the first words of its names say so)
    first_words: dict[str, set[str]] = defaultdict(set)
    for key in list(union.keys()):
        if " " in key:
            first_words[union.find(key)].add(key.split(" ", 1)[0])
    for candidate in candidates:
        if candidate.rule is not Rule.ACRONYM:
            continue
        letters = (
            candidate.surface.removesuffix("s")
            if candidate.surface.endswith("s")
            else candidate.surface
        )
        roots = by_initials.get(letters, set())
        if len(letters) >= 3 and len(roots) == 1:
            key = concept_key(candidate.surface)
            own = union.find(key)
            if own in roots or not first_words[own] - {key}:
                union.union(own, next(iter(roots)))
