"""Building the knowledge graph from parsed documents: once per corpus version.

:func:`build_graph` resolves every name to one node per real thing, links
statements and topics to the concepts they mention, and computes co-occurrence.
The result, a :class:`KnowledgeGraph`, is an immutable snapshot that only answers
questions; nothing in it reads files or rebuilds anything.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import NamedTuple

import numpy as np
import scipy.sparse as sparse

from graph.document import Bullet, Document
from graph.extraction import (
    CONNECTORS,
    EPONYM_TAILS,
    HEADS,
    LEGAL_HEADS,
    LOWER_CASE_HEADS,
    MAX_NAME_WORDS,
    STRONG_HEADS,
    WEAK_HEADS,
    Candidate,
    MatchMode,
    Rule,
    concept_key,
    is_acronym,
    is_mixed_acronym,
    lookup_key,
    names_no_model,
    normalise_word,
)
from graph.graph import KnowledgeGraph
from graph.merges import MODEL_RULES, UnionFind, merge_names, shared_plain_names, split_key_name
from graph.model import (
    Concept,
    ConceptKind,
    CoOccurrence,
    Passage,
    PassageKind,
    Statement,
    StatementKind,
    Topic,
)
from graph.passes import ProsePasses
from graph.problems import Problem
from graph.references import LocalNames, read_references
from graph.senses import document_senses, in_its_sense
from graph.vocabulary import Vocabulary

__all__ = ["build_graph"]

# Which rule's surface names a concept when neither the vocabulary nor a key concept does.
_NAME_PREFERENCE = (
    Rule.DEFINITION,
    Rule.HEAD_NOUN,
    Rule.CAPITALISED,
    Rule.QUOTED_MODEL,
    Rule.METRIC,
    Rule.ACRONYM,
    Rule.ALIAS,
    Rule.QUOTED_TERM,
)


@dataclass
class _Group:
    """Everything known about one real thing before it becomes a :class:`Concept`."""

    vocabulary: list[tuple[str, ConceptKind]] = field(default_factory=list)
    key_names: list[tuple[str, str, str]] = field(default_factory=list)  # slug, name, text
    candidates: Counter[tuple[str, Rule, bool]] = field(default_factory=Counter)
    surfaces: dict[str, set[MatchMode]] = field(default_factory=lambda: defaultdict(set))
    expansions: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # surfaces as written in mentions
    # some name of it is an organisation, a job title, a language ... (names_no_model),
    # or one the vocabulary lists as no model
    names_no_model: bool = False

    def surfaces_with_modes(self) -> list[tuple[str, MatchMode]]:
        return [(surface, mode) for surface, modes in self.surfaces.items() for mode in modes]


@dataclass(frozen=True, slots=True)
class _TextUnit:
    """A passage whose mentions count for a topic (and maybe a statement)."""

    slug: str
    text: str
    passage_id: str
    kind: PassageKind
    position: int = 1
    statement_id: str | None = None
    subject: str | None = None  # the key concept a description describes


@functools.lru_cache(maxsize=1 << 16)
def _mode_for(surface: str, rule: Rule | None) -> MatchMode:
    """How strictly ``surface`` must match, given the rule that found it (None: vocabulary).

    Acronyms match only in capitals ("LATER", not "later"). A single capitalised word
    from the vocabulary must stay capitalised ("Agile", not "agile"); write it in lower
    case there ("kaizen") to match any case. A name of several words, hyphenated or not
    ("Plan-Do-Check-Act"), matches in any case unless only a capitalised run found it.
    A capitalised word that is only another name ("often called the Code") keeps its
    capital too: "code" is not the Code.
    """
    words = surface.split()
    if all(is_acronym(word) or word.isdigit() or is_mixed_acronym(word) for word in words):
        return MatchMode.ACRONYM
    # "the Code" is one word after its article: "the code" in lower case is no name
    bare = _without_article(surface.strip())
    single_word = len(re.split(r"[\s\-–/]+", bare)) == 1
    if (
        rule is Rule.CAPITALISED
        or (single_word and bare[:1].isupper() and rule in {None, Rule.ALIAS, Rule.HEAD_NOUN})
        # "the Service Standard": a weak model word counts only after capitals, so the
        # name is no "service standard" in lower case
        or (rule is Rule.HEAD_NOUN and _capitalised_before_a_weak_head(words))
    ):
        return MatchMode.CAPITALISED
    return MatchMode.ANY_CASE


def _without_article(surface: str) -> str:
    head, _, rest = surface.partition(" ")
    return rest if rest and head.casefold() in {"the", "a", "an"} else surface


def _capitalised_before_a_weak_head(words: list[str]) -> bool:
    return (
        len(words) >= 2
        and concept_key(words[-1]) in WEAK_HEADS
        and all(word[:1].isupper() for word in words if word.casefold() not in CONNECTORS)
    )


def _key_concept_root(union: UnionFind, name: str) -> str:
    """The group a key concept's name belongs to."""
    return union.find(concept_key(split_key_name(name)[0]))


def build_graph(
    documents: Sequence[Document],
    vocabulary: Vocabulary,
    problems: Sequence[Problem] = (),
) -> KnowledgeGraph:
    """Build the knowledge graph of ``documents`` (in any order; topics sort by slug)."""
    documents = sorted(documents, key=lambda document: document.slug)
    with ProsePasses(documents, vocabulary, _all_prose, _passages) as passes:
        groups, union = _collect_names(documents, vocabulary, passes.candidates())
        aliases = {root: group.surfaces_with_modes() for root, group in groups.items()}
        mentions_by_unit = passes.mentions(aliases)
    units = _text_units(documents)
    senses = document_senses(documents, union, groups, vocabulary)
    if senses:
        for index, unit in enumerate(units):
            own = senses.get(unit.slug)
            if own is not None:
                mentions_by_unit[index] = in_its_sense(mentions_by_unit[index], own, union)
    for mentions in mentions_by_unit:
        for root, written in mentions:
            groups[root].seen.append(written)
    # after the names are seen: "the Act" is no name of the law it refers back to
    mentions_by_unit, local_names = read_references(
        [unit.slug for unit in units],
        [unit.text for unit in units],
        mentions_by_unit,
        lambda root: _kind(groups[root]) is ConceptKind.MODEL,
    )
    used_roots = {root for mentions in mentions_by_unit for root, _ in mentions}
    used_roots |= {_key_concept_root(union, k.name) for d in documents for k in d.key_concepts}
    concepts_by_root = _name_concepts({root: groups[root] for root in used_roots})
    return _assemble(
        documents, units, mentions_by_unit, union, concepts_by_root, local_names, problems
    )


def _all_prose(documents: Sequence[Document]) -> list[str]:
    texts: list[str] = []
    for document in documents:
        # "Operational Metrics: Occupancy rate, spend per head (SPH), ...": the
        # description of a key concept named for measures is read as a list of them
        measures = {
            k.description: k.name for k in document.key_concepts if _MEASURES.search(k.name)
        }
        texts.extend(
            f"{measures[text]}: {text}" if text in measures else text for text in document.prose()
        )
    return texts


_MEASURES = re.compile(r"\b(?:metrics|KPIs|measures)\Z", re.IGNORECASE)


def _passages(documents: Sequence[Document]) -> list[str]:
    return [unit.text for unit in _text_units(documents)]


def _collect_names(
    documents: Sequence[Document], vocabulary: Vocabulary, candidates: Sequence[Candidate]
) -> tuple[dict[str, _Group], UnionFind]:
    union = UnionFind()
    for entry in vocabulary.entries:
        name_key = concept_key(entry.name)
        union.add(name_key)
        for alias in entry.aliases:
            if concept_key(alias):
                union.union(name_key, concept_key(alias))
    for document in documents:
        for key_concept in document.key_concepts:
            name, name_alias = split_key_name(key_concept.name)
            union.add(concept_key(name))
            if name_alias:
                union.union(concept_key(name), concept_key(name_alias))
    # what the prose says is an organisation marks the name; it makes no node, unless
    # some text spells it out as a law or a code ("RECC membership", where RECC is the
    # Renewable Energy Consumer Code: a code's members are firms that signed up to it)
    spelled_as_a_law = {
        concept_key(c.same_as)
        for c in candidates
        if c.rule is Rule.DEFINITION
        and c.same_as is not None
        and normalise_word(c.surface.split()[-1]) in LEGAL_HEADS
    }
    organisations = {
        concept_key(c.surface) for c in candidates if c.rule is Rule.ORGANISATION
    } - spelled_as_a_law
    counted = {concept_key(c.surface) for c in candidates if c.rule is Rule.COUNTED}
    candidates = [
        c for c in candidates if len(c.surface.split()) <= MAX_NAME_WORDS and c.rule not in _MARKS
    ]
    # a corpus finds the same names again and again: the merges read each one once,
    # and the groups count it once with its number of finds (in order of first find)
    finds = Counter(candidates)
    distinct = list(finds)
    shared = shared_plain_names(distinct)
    # "the Contingent Reimbursement Model Code (CRM Code)": "CRM Code" is what a text
    # defines, not "CRM" and a model word (as "the AIDA model" is AIDA), whatever else
    # "CRM" means
    defined = {
        concept_key(c.same_as)
        for c in distinct
        if c.rule is Rule.DEFINITION
        and c.same_as is not None
        and " " in c.same_as
        and not c.same_as[-1:].isdigit()  # "(EqA 2010)" is the EqA
    } | {
        # "... Model Code (the CRM Code)": the same, read as a second name
        concept_key(c.surface)
        for c in distinct
        if c.rule is Rule.ALIAS
        and is_acronym(c.surface.removeprefix("the ").split()[0])
        and c.surface.split()[-1].casefold() in LEGAL_HEADS
    }
    two_senses, bodies_of_two_senses = _bodies_of_two_senses(distinct, vocabulary)
    for candidate in distinct:
        key = concept_key(candidate.surface)
        if not key:
            continue
        union.add(key)
        if (
            candidate.same_as
            and concept_key(candidate.same_as)
            and concept_key(candidate.same_as) not in shared
            and not _a_body_s(candidate, organisations)
            and not (key in defined and " " not in candidate.same_as)
            and not (candidate.rule is Rule.DEFINITION and key in bodies_of_two_senses)
        ):
            union.union(key, concept_key(candidate.same_as))
    merge_names(union, distinct, documents, vocabulary)

    groups: dict[str, _Group] = defaultdict(_Group)
    for entry in vocabulary.entries:
        group = groups[union.find(concept_key(entry.name))]
        group.vocabulary.append((entry.name, entry.kind))
        for surface in (entry.name, *entry.aliases):
            if concept_key(surface):
                groups[union.find(concept_key(surface))].surfaces[surface].add(
                    _mode_for(surface, None)
                )
    for document in documents:
        for key_concept in document.key_concepts:
            name, name_alias = split_key_name(key_concept.name)
            group = groups[union.find(concept_key(name))]
            group.key_names.append((document.slug, name, key_concept.description))
            group.names_no_model |= names_no_model(name) or vocabulary.is_not_model(name)
            group.surfaces[name].add(_mode_for(name, Rule.QUOTED_TERM))
            if name_alias:
                group.surfaces[name_alias].add(_mode_for(name_alias, Rule.QUOTED_TERM))
    for candidate, count in finds.items():
        key = concept_key(candidate.surface)
        if not key:
            continue
        group = groups[union.find(key)]
        alias_only = candidate.same_as is not None and candidate.rule is not Rule.DEFINITION
        group.candidates[(candidate.surface, candidate.rule, alias_only)] += count
        group.surfaces[candidate.surface].add(_mode_for(candidate.surface, candidate.rule))
        if candidate.expansion:
            group.expansions.extend([candidate.expansion] * count)
    for candidate in distinct:
        if (
            candidate.rule in _NAMED_RULES
            and not _piece_of_a_name(candidate)
            and (
                names_no_model(candidate.surface)
                or vocabulary.is_not_model(candidate.surface)
                or _kind_of_no_model(candidate.surface, vocabulary)
            )
        ):
            groups[union.find(concept_key(candidate.surface))].names_no_model = True
    for key in organisations - two_senses:
        if key in union and union.find(key) in groups:
            groups[union.find(key)].names_no_model = True
    for key in counted:
        # "a PAC", "RELs": no model, unless some text names it in words too ("a data
        # protection impact assessment (DPIA)", "the CCRs" of "the Consumer Contracts ...
        # Regulations 2013, commonly shortened to the CCRs")
        counted_group = groups.get(union.find(key)) if key in union else None
        if (
            counted_group is not None
            and not counted_group.key_names
            and not any(" " in surface for surface, _, _ in counted_group.candidates)
        ):
            counted_group.names_no_model = True
    return dict(groups), union


def _bodies_of_two_senses(
    candidates: Sequence[Candidate], vocabulary: Vocabulary
) -> tuple[set[str], set[str]]:
    """The acronyms a corpus defines as a body and as something else, and those bodies.

    "the Mental Capacity Act 2005 (MCA)" in one document and "the Maritime and
    Coastguard Agency (MCA)" in another: joined through "MCA", the Act would become a
    body too. The body's definition is left out of the acronym's node, the acronym is
    not marked as the body's, and each document reads "MCA" in its own sense
    (:mod:`graph.senses`).
    """
    senses: dict[str, dict[str, bool]] = defaultdict(dict)
    for candidate in candidates:
        if candidate.rule is Rule.DEFINITION and candidate.same_as and " " not in candidate.same_as:
            body = names_no_model(candidate.surface) or vocabulary.is_not_model(candidate.surface)
            senses[concept_key(candidate.same_as)][concept_key(candidate.surface)] = body
    two = {
        acronym
        for acronym, meanings in senses.items()
        if len(meanings) > 1 and any(meanings.values()) and not all(meanings.values())
    }
    return two, {long_key for acronym in two for long_key, body in senses[acronym].items() if body}


# what marks a name found elsewhere, and makes no node of its own
_MARKS = frozenset({Rule.ORGANISATION, Rule.COUNTED})


def _a_body_s(candidate: Candidate, organisations: set[str]) -> bool:
    """ "the SRA Principles", where the SRA is the Solicitors Regulation Authority: a
    body's acronym before a model word names the body's model, not the body (as "the
    AIDA model" is AIDA)."""
    assert candidate.same_as is not None
    return concept_key(candidate.same_as) in organisations and candidate.surface.startswith(
        candidate.same_as + " "
    )


def _kind_of_no_model(surface: str, vocabulary: Vocabulary) -> bool:
    """ "generative AI", "shadow IT": a kind of a thing the vocabulary says is no model,
    written as words before its acronym; "National Trading Standards": one of a place."""
    words = surface.split()
    return len(words) > 1 and (
        (is_acronym(words[-1]) and surface[:1].islower() and vocabulary.is_not_model(words[-1]))
        or (
            len(words) > 2
            and words[0] in _WHERE_A_BODY_WORKS
            and vocabulary.is_not_model(" ".join(words[1:]))
        )
    )


# what a body's name may open with to say where it works (not words.PLACE_WORDS, the
# prepositions that split a capitalised run)
_WHERE_A_BODY_WORKS = frozenset({"National", "Local", "Regional", "Scottish", "Welsh", "Northern"})


def _piece_of_a_name(candidate: Candidate) -> bool:
    """ "Consumer Insurance" in "Consumer Insurance (Disclosure and Representations) Act":
    a piece says nothing of what the whole name is."""
    whole = candidate.same_as
    return (
        whole is not None
        and candidate.rule in (Rule.CAPITALISED, Rule.HEAD_NOUN)
        and len(candidate.surface) < len(whole)
        and candidate.surface in whole
    )


_SECTIONS: tuple[tuple[StatementKind, str], ...] = (
    (StatementKind.EXAM_TIP, "exam_tips"),
    (StatementKind.MISCONCEPTION, "misconceptions"),
    (StatementKind.MARKING_POINT, "marking_points"),
)


def statement_id(slug: str, kind: StatementKind, position: int) -> str:
    return f"{slug}/{kind.value}/{position}"


def _text_units(documents: Sequence[Document]) -> list[_TextUnit]:
    units: list[_TextUnit] = []
    for document in documents:
        slug = document.slug
        units.append(_TextUnit(slug, document.synopsis, f"{slug}/synopsis", PassageKind.SYNOPSIS))
        for position, key_concept in enumerate(document.key_concepts, start=1):
            units.append(
                _TextUnit(
                    slug,
                    key_concept.description,
                    f"{slug}/key-concept/{position}",
                    PassageKind.KEY_CONCEPT,
                    position,
                    subject=key_concept.name,
                )
            )
        for kind, attribute in _SECTIONS:
            bullets: tuple[Bullet, ...] = getattr(document, attribute)
            passage_kind = PassageKind.of(kind)
            for position, bullet in enumerate(bullets, start=1):
                sid = statement_id(slug, kind, position)
                units.append(_TextUnit(slug, bullet.text, sid, passage_kind, position, sid))
    return units


@dataclass(frozen=True, slots=True)
class _Named:
    id: str
    name: str
    kind: ConceptKind
    aliases: tuple[str, ...]
    description: str | None


def _name_concepts(groups: dict[str, _Group]) -> dict[str, _Named]:
    named: dict[str, _Named] = {}
    taken: set[str] = set()
    for root in sorted(groups):
        group = groups[root]
        name = _canonical_name(group)
        concept_id = concept_key(name).replace(" ", "-") or root.replace(" ", "-")
        while concept_id in taken:
            concept_id += "-2"
        taken.add(concept_id)
        # ("DNA) rate": a mention matched across a bracket is no way to write the name)
        surfaces = {
            s for s in set(group.surfaces) | set(group.seen) if s.count("(") == s.count(")")
        }
        aliases = tuple(sorted((s for s in surfaces if s != name), key=lambda s: (s.casefold(), s)))
        description = next(
            (text for _, _, text in sorted(group.key_names) if text),
            group.expansions[0] if group.expansions else None,
        )
        named[root] = _Named(concept_id, name, _kind(group), aliases, description)
    return named


def _canonical_name(group: _Group) -> str:
    if group.vocabulary:
        return group.vocabulary[0][0]
    if group.key_names:
        return max(sorted(group.key_names), key=lambda k: sum(c.isupper() for c in k[1]))[1]
    by_rule: dict[Rule, Counter[str]] = defaultdict(Counter)
    second_names = set()
    named_fully = any(not _BACK_REFERENCE.fullmatch(surface) for surface, _, _ in group.candidates)
    for (surface, rule, alias_only), count in group.candidates.items():
        if not alias_only and not (named_fully and _BACK_REFERENCE.fullmatch(surface)):
            by_rule[rule][surface] += count
        if rule is Rule.ALIAS:
            second_names.add(surface)
    for rule in _NAME_PREFERENCE:
        if by_rule[rule]:
            # the most frequent surface; among equals one no text gives as a second
            # name ("ISO 44001 (formerly BS 11000)"), a singular one, then alphabetical
            surface = min(
                by_rule[rule].items(),
                key=lambda item: (
                    -item[1],
                    item[0] in second_names,
                    item[0].endswith("s"),
                    item[0],
                ),
            )[0]
            if (
                rule is Rule.ACRONYM
                and surface.endswith("s")
                and surface[:-1].isupper()
                and _COUNTED_LETTERS.fullmatch(surface) is None  # "the 6Cs" stay six
            ):
                surface = surface[:-1]
            if rule is Rule.METRIC:
                # "Occupancy is ...": a capital that only opens a sentence
                surface = surface[:1].lower() + surface[1:]
            if surface.islower() and rule is not Rule.QUOTED_TERM:
                # "feel-felt-found technique" -> "Feel-Felt-Found Technique"
                surface = re.sub(
                    r"(?<!['’])\b[^\W_]+",
                    lambda m: (
                        m[0] if m[0] in {"of", "and", "the", "for", "to", "per"} else m[0].title()
                    ),
                    surface,
                )
            return surface
    return min(group.surfaces, key=lambda s: (len(s), s))


# "the 2018 Regulations": a law named by its year and kind only refers back to its
# title, which names it better wherever a text gives it
_BACK_REFERENCE = re.compile(r"(?:18|19|20)\d\d[ \t]+(?:Act|Regulations|Order|Rules|Directive)")


# Rules whose surfaces are names in words, which may say what they name (not acronyms).
_NAMED_RULES = frozenset({Rule.DEFINITION, Rule.CAPITALISED, Rule.HEAD_NOUN, Rule.ALIAS})


def _kind(group: _Group) -> ConceptKind:
    if group.vocabulary:
        kinds = {kind for _, kind in group.vocabulary}
        return ConceptKind.MODEL if ConceptKind.MODEL in kinds else ConceptKind.CONCEPT
    if group.names_no_model:
        # "Civil Aviation Authority (CAA)", "Data Protection Officer (DPO)", "British
        # Sign Language", "Citizens Advice" (listed in the vocabulary): whatever else
        # is known of it, an organisation, a role or a language is no model
        return ConceptKind.CONCEPT
    if group.key_names:
        # A key concept is a model when it is named like one: an acronym, a singular
        # model word ("Kano Model", not the heading "Recovery Models", unless the prose
        # names one "Likert scale"), a name with its own acronym ("Statistical
        # Process Control (SPC)", or "SPC" merged from the prose), or one document
        # named with "The" ("The HMRC Charter").
        key_names = {name.casefold() for _, name, _ in group.key_names}
        model_like = any(
            is_acronym(name)
            or (_ends_in_model_word(name, LOWER_CASE_HEADS) and not _KIND_OF_MODEL.match(name))
            or _variant_letter(name)  # "Erlang C" (a heading's "Real-Time" is no surname)
            or _DEFINED_AS_A_MODEL.match(description) is not None
            # "The HMRC Charter", "The Single Code": the article makes it one document
            or _THE_RULE_BOOK.fullmatch(name) is not None
            # "Awaab's Law": a law known by the person it remembers
            or _PERSON_S_LAW.fullmatch(name) is not None
            # "Fleet Utilisation: fleet utilisation, the share of ...": a measure its
            # description opens by defining
            or _defines_its_measure(name, description)
            for _, name, description in group.key_names
        ) or any(
            (rule is Rule.ACRONYM and not alias_only and not surface.isdigit())
            or rule is Rule.DEFINITION  # "income and expenditure (I&E) assessment"
            or (
                rule is Rule.HEAD_NOUN
                # "Legal and Welfare Framework": a heading's own "Framework" is a
                # topic's label, as in sentence case
                and _ends_in_model_word(
                    surface, LOWER_CASE_HEADS if surface.casefold() in key_names else STRONG_HEADS
                )
            )
            or (
                # "Helpline Quality Standards" heads the concept, and the prose names
                # "the Helplines Quality Standard": one standard, in capitals
                rule is Rule.HEAD_NOUN
                and surface.casefold() not in key_names
                and _ONE_TITLE.fullmatch(surface) is not None
            )
            for surface, rule, alias_only in group.candidates
        )
        return ConceptKind.MODEL if model_like else ConceptKind.CONCEPT
    rules = {rule for _, rule, _ in group.candidates}
    if rules == {Rule.ACRONYM} and all(
        len(surface.removesuffix("s")) <= 2 and _COUNTED_LETTERS.fullmatch(surface) is None
        for surface, _, _ in group.candidates
    ):
        # two letters and nothing else ("AA", "QA"): far more often an organisation,
        # a department or a unit than a model; a model is defined or in the vocabulary
        # (but "the 6Cs", "the 4Ps": so many words that open with one letter are a
        # mnemonic)
        return ConceptKind.CONCEPT
    if rules == {Rule.CAPITALISED} and not any(
        _has_model_word(surface) for surface, _, _ in group.candidates
    ):
        # a capitalised name with no other sign of a model ("British Airways", "Planning
        # Team", "Giving Tuesday") is far more often an organisation, a person, a team or
        # a product: keep it as a concept
        return ConceptKind.CONCEPT
    if rules & MODEL_RULES:
        return ConceptKind.MODEL
    return ConceptKind.CONCEPT


# a number and the letter so many words open with: "the 6Cs", "the 4Ps"
_COUNTED_LETTERS = re.compile(r"[2-9][A-Z]s")
_PERSON_S_LAW = re.compile(r"[A-Z][\w-]*['’]s[ \t]+Law")
# a key concept named with "The" and capitals that end in the kind of a rule book
_THE_RULE_BOOK = re.compile(
    r"The(?:[ \t]+[A-Z][\w'’-]*)+[ \t]+(?:Code|Charter|Standard|Standards|Act|Regulations|Rules)"
)
# "Care navigation: A signposting method in which ...": a key concept its description
# defines as a model of some kind (not "A tiered support model moves ...", which says
# what a model does)
_DEFINED_AS_A_MODEL = re.compile(
    r"(?:An?)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:model|method|methodology|approach|framework|mnemonic|technique)"
    r"(?:[ \t]+(?:in[ \t]+which|that|which|where|for|of|showing|used|developed|designed)\b"
    r"|[ \t]*[,:(–—])"
)


# ", the share of ...", ", the average number of ...": what a measure is
_MEASURE_DEFINED = re.compile(
    r"[ \t]*,[ \t]+(?:the|a)[ \t]+(?:average[ \t]+)?(?:share|proportion|percentage|number"
    r"|count|ratio|rate|fraction|time)[ \t]+(?:of|taken|between|from)\b"
)


def _defines_its_measure(name: str, description: str) -> bool:
    """True when a key concept's description opens with its name, defined as a measure:
    "Voucher Redemption Rate: voucher redemption rate, the share of vouchers ..."."""
    return (
        description[: len(name)].casefold() == name.casefold()
        and _MEASURE_DEFINED.match(description, len(name)) is not None
    )


def _has_model_word(surface: str) -> bool:
    """A model word, or the shape of a named method: "Erlang C", "Holt-Winters"; or the
    parts of a person's model ("Gagné's Nine Events of Instruction")."""
    words = re.findall(r"[^\W\d_]+", surface)
    heads = EPONYM_TAILS if _CREDITED.search(surface) else HEADS
    return (
        any(concept_key(word) in heads for word in words)
        or _method_shape(surface)
        or _DATED_ORDER.search(surface) is not None
        or _COUNTED_WAYS.match(surface) is not None
        or _SET_CONDITIONS.search(surface) is not None
        or _TITLED_GUIDANCE.search(surface) is not None
    )


# "the Hospital Discharge and Community Support Guidance": guidance titled in capitals,
# two words or more (not "the FCA's Guidance", whose title goes on in lower case)
_TITLED_GUIDANCE = re.compile(
    r"(?<!['’]s )(?:[A-Z][\w-]*[ \t]+(?:(?:and|of|for|on|in|to)[ \t]+)?){2,}Guidance\b"
)
# "the General Conditions of Entitlement", "Standard Licence Conditions": the conditions
# a regulator or a trade body sets, in capitals, are its rules (not "Terms and
# Conditions")
_SET_CONDITIONS = re.compile(
    # "Consumer Protection Condition 3": one of them, numbered
    r"(?<!\bTerms and)[ \t]Conditions\b|[ \t]Condition[ \t]+[0-9]"
)


_CREDITED = re.compile(r"\w['’]s\s+[A-Z]")
# "the Five Ways to Wellbeing", "Ten Steps to Cyber Security": counted ways to an end
_COUNTED_WAYS = re.compile(
    r"(?:The[ \t]+)?(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)[ \t]+"
    r"[A-Z][a-z]+s[ \t]+to[ \t]+[A-Z]"
)
# "the Funerals Market Investigation Order 2021": an order or a bill with its year is a law
_DATED_ORDER = re.compile(r"\b(?:Order|Bill)[ \t]+(?:18|19|20)[0-9]{2}\b")


def _method_shape(surface: str) -> bool:
    """A name and a variant's letter ("Erlang C"), or two joined surnames ("Holt-Winters")."""
    return (
        _variant_letter(surface)
        # "Kepner-Tregoe", but not "Wi-Fi", nor a compound adjective ("Honour-Based
        # Violence", "Person-Centred Care")
        or re.search(
            r"\b[A-Z][^\W\d_]{2,}-(?![A-Z][a-z]+(?:ed|ing|ful|ive)\b)[A-Z][^\W\d_]{2,}\b", surface
        )
        is not None
    )


def _variant_letter(surface: str) -> bool:
    """A name and a variant's letter: "Erlang C", "Theory X"."""
    words = re.findall(r"[^\W\d_]+", surface)
    return len(words) >= 2 and len(words[-1]) == 1 and words[-1].isupper()


# "Tiered support model", "Blended learning model": a key concept in sentence case opened
# by a participle says what kind of model a service uses; it names none
_KIND_OF_MODEL = re.compile(r"[A-Z][a-z]+ed(?:[ \t]+[a-z][a-z-]*)+\Z")


# every word capitalised, the last a singular title's head: "Helplines Quality Standard"
_ONE_TITLE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,5}(?:Standard|Code|Charter|Guide)")


def _ends_in_model_word(name: str, heads: frozenset[str] = STRONG_HEADS) -> bool:
    """True when ``name`` ends in one of ``heads``; a key concept's name, written in
    sentence case, needs more than "framework" ("Regulatory framework" is no model)."""
    words = re.findall(r"[A-Za-z]+", name)
    # "Rapid Onboarding at Scale", "Quality in Practice": a model word after a
    # preposition says how, and names no model of its kind
    after_preposition = len(words) >= 2 and words[-2].casefold() in _PREPOSITIONS_BEFORE_HEAD
    return bool(words) and words[-1].casefold() in heads and not after_preposition


_PREPOSITIONS_BEFORE_HEAD = frozenset({"at", "in", "on", "by", "to", "into", "under", "within"})


def _assemble(
    documents: Sequence[Document],
    units: Sequence[_TextUnit],
    mentions_by_unit: Sequence[list[tuple[str, str]]],
    union: UnionFind,
    named: dict[str, _Named],
    local_names: LocalNames,
    problems: Sequence[Problem],
) -> KnowledgeGraph:
    key_concept_ids: dict[str, str] = {}  # by name: every topic that teaches one names it

    def key_concept_id(name: str) -> str:
        found = key_concept_ids.get(name)
        if found is None:
            found = key_concept_ids[name] = named[_key_concept_root(union, name)].id
        return found

    topic_concepts: dict[str, set[str]] = defaultdict(set)
    statement_concepts: dict[str, list[str]] = {}
    passages: list[Passage] = []
    for unit, mentions in zip(units, mentions_by_unit, strict=True):
        ids = list(dict.fromkeys(named[root].id for root, _ in mentions))
        topic_concepts[unit.slug].update(ids)
        if unit.statement_id is not None:
            statement_concepts[unit.statement_id] = ids
        subject = key_concept_id(unit.subject) if unit.subject else None
        named_here = tuple(dict.fromkeys([subject, *ids])) if subject else tuple(ids)
        passages.append(
            Passage(
                unit.passage_id,
                unit.kind,
                unit.slug,
                unit.text,
                named_here,
                subject,
                unit.position,
                unit.subject,
            )
        )
    key_ids: dict[str, list[str]] = {}
    for document in documents:
        ids = [key_concept_id(k.name) for k in document.key_concepts]
        key_ids[document.slug] = list(dict.fromkeys(ids))
        topic_concepts[document.slug].update(ids)

    name_order = {n.id: (n.name.casefold(), n.id) for n in named.values()}
    statements: list[Statement] = []
    topics: list[Topic] = []
    for document in documents:
        section_ids: dict[StatementKind, tuple[str, ...]] = {}
        for kind, attribute in _SECTIONS:
            bullets: tuple[Bullet, ...] = getattr(document, attribute)
            ids = []
            for position, bullet in enumerate(bullets, start=1):
                sid = statement_id(document.slug, kind, position)
                statements.append(
                    Statement(
                        sid,
                        kind,
                        bullet.text,
                        document.slug,
                        position,
                        bullet.line,
                        tuple(statement_concepts.get(sid, ())),
                    )
                )
                ids.append(sid)
            section_ids[kind] = tuple(ids)
        topics.append(
            Topic(
                slug=document.slug,
                title=document.title,
                synopsis=document.synopsis,
                source=document.source,
                key_concept_ids=tuple(key_ids[document.slug]),
                concept_ids=tuple(
                    sorted(topic_concepts[document.slug], key=name_order.__getitem__)
                ),
                exam_tip_ids=section_ids[StatementKind.EXAM_TIP],
                misconception_ids=section_ids[StatementKind.MISCONCEPTION],
                marking_point_ids=section_ids[StatementKind.MARKING_POINT],
                local_names=tuple(
                    sorted(
                        (written, named[root].id)
                        for written, root in local_names.get(document.slug, {}).items()
                    )
                ),
            )
        )
    concept_topics: dict[str, list[str]] = defaultdict(list)
    for topic in topics:
        for concept_id in topic.concept_ids:
            concept_topics[concept_id].append(topic.slug)
    concept_key_topics: dict[str, list[str]] = defaultdict(list)
    for topic in topics:
        for concept_id in topic.key_concept_ids:
            concept_key_topics[concept_id].append(topic.slug)
    concept_statements: dict[str, list[str]] = defaultdict(list)
    for statement in statements:
        for concept_id in statement.concept_ids:
            concept_statements[concept_id].append(statement.id)
    concept_passages: dict[str, list[str]] = defaultdict(list)
    for passage in passages:
        for concept_id in passage.concept_ids:
            concept_passages[concept_id].append(passage.id)
    concepts = [
        Concept(
            id=n.id,
            name=n.name,
            kind=n.kind,
            aliases=n.aliases,
            description=n.description,
            topic_slugs=tuple(concept_topics[n.id]),
            key_topic_slugs=tuple(concept_key_topics[n.id]),
            statement_ids=tuple(concept_statements[n.id]),
            passage_ids=tuple(concept_passages[n.id]),
        )
        for n in named.values()
        if concept_topics[n.id]
    ]
    links = _co_occurrences(topics, statements, concept_topics, passages)
    return KnowledgeGraph(
        topics, concepts, statements, links, problems, _lookup_index(named, union), passages
    )


def _lookup_index(named: dict[str, _Named], union: UnionFind) -> dict[str, str]:
    index: dict[str, str] = {}
    for key in list(union.keys()):
        root = union.find(key)
        if root in named:
            index.setdefault(key.replace(" ", ""), named[root].id)
    for concept in named.values():
        for surface in (concept.name, *concept.aliases):
            index.setdefault(lookup_key(surface), concept.id)
    for concept in named.values():
        # "Kano" finds the Kano Model and "Kepner-Tregoe" its analysis: a model named
        # after one proper name answers to that name, unless something else has it
        words = concept.name.split()
        if (
            len(words) == 2
            and words[0][:1].isupper()
            and concept_key(words[1]) in HEADS
            # "FCA Handbook": an acronym before a model word is a body's, whose name
            # is no name of its model
            and not is_acronym(words[0])
        ):
            index.setdefault(lookup_key(words[0]), concept.id)
    return index


def _co_occurrences(
    topics: Sequence[Topic],
    statements: Sequence[Statement],
    concept_topics: dict[str, list[str]],
    passages: Sequence[Passage],
) -> list[CoOccurrence]:
    """Link every two concepts that share a topic.

    ``strength`` is a Jaccard index over the contexts each concept occurs in: its
    topics, and the passages (synopsis, key-concept description, statement) where it
    is mentioned together with some other concept. Sharing a topic counts once and each
    passage that mentions both counts once more, so a link backed by evidence ranks
    above one that rests on a shared topic alone; with no co-mentions at all it is the
    plain Jaccard index of the two topic sets.
    """
    # Concepts are numbered in id order and a pair (a, b), a < b, is the one integer
    # a * count + b, which sorts as the pair does. The pairs and their counts come from
    # products of sparse incidence matrices (topics or passages by concepts), made in C:
    # a large corpus has tens of millions of pairs of concepts in one topic.
    ids = sorted(concept_topics)
    number = {concept_id: index for index, concept_id in enumerate(ids)}
    count = len(ids)
    in_topics = _incidence([topic.concept_ids for topic in topics], number)
    shared_topics = _upper_pairs(in_topics.T @ in_topics)
    sources, targets = np.divmod(shared_topics.keys, max(count, 1))
    named_together = np.zeros(len(shared_topics.keys), dtype=np.int64)
    co_mentions = np.zeros(count, dtype=np.int64)
    named = [passage.concept_ids for passage in passages if len(passage.concept_ids) >= 2]
    if named:
        in_passages = _incidence(named, number)
        co_mentions = in_passages.sum(axis=0).A1.astype(np.int64)
        shared_passages = _upper_pairs(in_passages.T @ in_passages)
        # every passage's concepts are its topic's: each pair found here is a link
        named_together[np.searchsorted(shared_topics.keys, shared_passages.keys)] = (
            shared_passages.counts
        )
    evidence: dict[int, list[str]] = defaultdict(list)
    for statement in statements:
        for low, high in combinations(sorted({number[cid] for cid in statement.concept_ids}), 2):
            evidence[low * count + high].append(statement.id)
    evidence_of: list[tuple[str, ...]] = [()] * len(shared_topics.keys)
    if evidence:
        keys = np.fromiter(evidence, dtype=np.int64, count=len(evidence))
        for position, statement_ids in zip(
            np.searchsorted(shared_topics.keys, keys).tolist(), evidence.values(), strict=True
        ):
            evidence_of[position] = tuple(statement_ids)
    contexts = in_topics.sum(axis=0).A1.astype(np.int64) + co_mentions
    together = shared_topics.counts + named_together
    # int64 over int64 divides as Python's int / int does: the same floats
    strength = together / (contexts[sources] + contexts[targets] - together)
    return list(
        map(
            CoOccurrence,
            map(ids.__getitem__, sources.tolist()),
            map(ids.__getitem__, targets.tolist()),
            shared_topics.counts.tolist(),
            evidence_of,
            strength.tolist(),
            named_together.tolist(),
        )
    )


class _Pairs(NamedTuple):
    """Pairs of concepts a < b as the integers a * count + b, ascending, with a count each."""

    keys: np.ndarray
    counts: np.ndarray


def _incidence(concept_ids: Sequence[Sequence[str]], number: dict[str, int]) -> sparse.csr_matrix:
    """A row per sequence of concept ids, a 1 in the column of each concept it holds."""
    columns = np.fromiter((number[cid] for ids in concept_ids for cid in ids), dtype=np.int64)
    rows = np.repeat(np.arange(len(concept_ids)), [len(ids) for ids in concept_ids])
    return sparse.csr_matrix(
        (np.ones(len(columns), dtype=np.int64), (rows, columns)),
        shape=(len(concept_ids), len(number)),
    )


def _upper_pairs(product: sparse.csr_matrix) -> _Pairs:
    """The entries of a square matrix above its diagonal, in row and then column order."""
    upper = sparse.triu(product, k=1, format="coo")
    keys = upper.row.astype(np.int64) * product.shape[1] + upper.col
    order = np.argsort(keys, kind="stable")
    return _Pairs(keys[order], upper.data[order].astype(np.int64))
