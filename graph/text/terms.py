"""Content terms of a passage: the lemmas of its content words, and the phrases they form.

A phrase is two content words side by side in one clause: ``"the subject access
request"`` gives ``subject``, ``access``, ``request`` and the phrases ``subject access``
and ``access request``, while ``"complaints were escalated"`` gives ``complaint`` and
``escalate`` only, as "were" stands between them.

Lemmas come from simplemma (its English data ships inside the package). Function
words, the 100 most frequent words of English (wordfreq's list, also shipped inside
its package) and words of fewer than three letters are not content.
"""

from __future__ import annotations

import itertools
import re

import simplemma
from wordfreq import top_n_list

from graph.extraction.words import FUNCTION_WORDS

__all__ = ["PHRASE_SEPARATOR", "STOP_WORDS", "content_terms", "lemma"]

PHRASE_SEPARATOR = " "
STOP_WORDS = frozenset(FUNCTION_WORDS) | frozenset(top_n_list("en", 100, wordlist="small"))
_CLAUSES = re.compile(r"[.,;:!?()\[\]\"“”]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# every word seen, and its lemma (None: not content): a corpus has tens of thousands
_lemmas: dict[str, str | None] = {}


def lemma(word: str) -> str | None:
    """The lemma of a lower-case word, or ``None`` when it is not a content word."""
    found = _lemmas.get(word, "")
    if found == "":
        found = _lemmas[word] = _lemma(word)
    return found


def _lemma(word: str) -> str | None:
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = word.replace("’", "'")
    if len(word) < 3 or word in STOP_WORDS:
        return None
    found: str = simplemma.lemmatize(word, lang="en")
    return None if found in STOP_WORDS or len(found) < 3 else found


def content_terms(text: str) -> list[str]:
    """The content lemmas of ``text`` in reading order, then its two-word phrases.

    Hyphenated words count as their parts ("self-service" is ``self`` and
    ``service``, and the phrase ``self service``).
    """
    words: list[str] = []
    phrases: list[str] = []
    known = _lemmas.get
    for clause in _CLAUSES.split(text.lower().replace("-", " ")):
        lemmas = [known(token, "") for token in _WORD.findall(clause)]
        if "" in lemmas:  # words not seen before
            lemmas = [lemma(token) for token in _WORD.findall(clause)]
        words += [found for found in lemmas if found]
        phrases += [
            first + PHRASE_SEPARATOR + second
            for first, second in itertools.pairwise(lemmas)
            if first and second
        ]
    return words + phrases
