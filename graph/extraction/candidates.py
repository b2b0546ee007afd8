"""What a rule finds: a candidate name, the rule that found it, and the names it is tied to."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum

from graph.extraction.keys import concept_key
from graph.vocabulary import Vocabulary

__all__ = ["Candidate", "Rule", "known_keys"]


class Rule(Enum):
    """Which rule found a candidate; decides its kind and how strictly it matches."""

    ACRONYM = "acronym"
    DEFINITION = "definition"  # the expansion of an acronym
    QUOTED_MODEL = "quoted model"
    QUOTED_TERM = "quoted term"  # a quoted lower-case term: a concept, not a model
    HEAD_NOUN = "head noun"
    CAPITALISED = "capitalised name"
    METRIC = "metric"  # a lower-case measure: "attrition rate", "cost per contact"
    ALIAS = "alias"  # another name for a name; never a model on its own
    ORGANISATION = "organisation"  # a name the text says is an organisation: no model
    COUNTED = "counted"  # an acronym counted ("a PAC"): no model, unless defined


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name one rule found in one piece of prose."""

    surface: str
    rule: Rule
    same_as: str | None = None  # another surface naming the same thing
    expansion: str | None = None  # a mnemonic's words, e.g. "Listen, Apologise, ..."


@functools.lru_cache(maxsize=16)
def known_keys(vocabulary: Vocabulary) -> frozenset[str]:
    """The normal forms of every name and alias in ``vocabulary``."""
    return frozenset(
        concept_key(surface)
        for entry in vocabulary.entries
        for surface in (entry.name, *entry.aliases)
    )
