"""Acronyms a document defines in its own way: "ASA" is one thing here, another there.

Names are merged corpus-wide (:mod:`graph.merges`), so an acronym has one meaning in
the whole corpus: the vocabulary's "ASA" is the Average Speed of Answer. A document
that writes "the Advertising Standards Authority (ASA)" means the Authority, in that
document only. :func:`document_senses` finds such definitions once the corpus's groups
are known; :func:`in_its_sense` then reads each of that document's mentions of the
acronym as the thing its definition names.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from graph.document import Document
from graph.extraction import concept_key, find_long_form, names_no_model
from graph.merges import UnionFind
from graph.vocabulary import Vocabulary

__all__ = ["Senses", "document_senses", "in_its_sense"]

# slug -> the acronym as written -> the group it names in that document, if any
Senses = dict[str, dict[str, str | None]]

_DEFINED = re.compile(r"\((?P<acronym>[A-Z][A-Za-z0-9&]{1,9})\)")
_LOOK_BACK = 300  # characters before the parenthesis the expansion may take


def document_senses(
    documents: Sequence[Document],
    union: UnionFind,
    groups: Container[str],
    vocabulary: Vocabulary,
) -> Senses:
    """Each document's acronyms whose definition there names another group than the
    corpus's: the group it names (one of ``groups``), or None for a body or another
    name that makes no node."""
    senses: Senses = {}
    # a corpus repeats its texts (a stock tip, a key concept in every topic that
    # teaches it): each distinct text's definitions are read once
    defined_in: dict[str, list[tuple[str, str]]] = {}
    for document in documents:
        own: dict[str, str | None] = {}
        for text in document.prose():
            if "(" not in text:
                continue
            definitions = defined_in.get(text)
            if definitions is None:
                # an acronym known nowhere else has the corpus's sense, this one: its
                # expansion need not be read
                definitions = defined_in[text] = _definitions(text, union)
            for acronym, long_form in definitions:
                key = concept_key(acronym)
                long_key = concept_key(long_form)
                meant = union.find(long_key) if long_key in union else None
                if meant is not None and meant in groups:
                    if meant != union.find(key):
                        own[acronym] = meant
                elif names_no_model(long_form) or vocabulary.is_not_model(long_form):
                    # "the Advertising Standards Authority (ASA)": a body, which makes
                    # no node; here "ASA" names none of the corpus's things
                    own[acronym] = None
        if own:
            senses[document.slug] = own
    return senses


def _definitions(text: str, known: Container[str]) -> list[tuple[str, str]]:
    """Every (acronym, expansion) ``text`` defines with the acronym in brackets, for the
    acronyms whose keys are ``known``."""
    found: list[tuple[str, str]] = []
    for match in _DEFINED.finditer(text):
        if concept_key(match["acronym"]) not in known:
            continue
        long_form = find_long_form(
            match["acronym"], text[max(0, match.start() - _LOOK_BACK) : match.start()]
        )
        if long_form:
            found.append((match["acronym"], long_form))
    return found


def in_its_sense(
    mentions: list[tuple[str, str]], own: dict[str, str | None], union: UnionFind
) -> list[tuple[str, str]]:
    """``mentions`` (group, as written) of one document, its acronyms read in ``own``'s
    senses. A new list: the lists of mentions are shared by passages of the same text."""
    read: list[tuple[str, str]] = []
    for root, written in mentions:
        if written in own and root == union.find(concept_key(written)):
            meant = own[written]
            if meant is not None:
                read.append((meant, written))
        else:
            read.append((root, written))
    return read
