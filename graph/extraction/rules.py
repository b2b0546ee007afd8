"""The rules in order: every candidate name in a piece of prose (see the package docstring)."""

from __future__ import annotations

from graph.extraction.acronyms import find_acronyms, find_definitions
from graph.extraction.candidates import Candidate
from graph.extraction.keys import Token, tokenize
from graph.extraction.names import find_capitalised_names, find_head_noun_phrases, find_quoted
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
    found.extend(find_capitalised_names(text, tokens, vocabulary))
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
