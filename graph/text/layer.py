"""The text layer: every passage's content terms, weighted, and each topic's, once per corpus.

A term's weight in a passage is

    (1 + ln tf) * idf * section * background

* ``tf``: how often the passage uses the term (a key concept's name counts twice, as
  it says what the description is about);
* ``idf = ln((N + 1) / (df + 0.5))`` over the corpus's passages: a term most passages
  use says little;
* ``section = (1 - share)²``, ``share`` being the part of the passages of the same
  kind that use the term: the wording every marking point shares ("award credit
  for ...") or every exam tip shares is the section's boilerplate, not its content;
* ``background`` from how common the word is in English at large (wordfreq's Zipf
  frequency ``z``): ``(7.5 - z) / 3.5`` kept within 0.3 and 1, so that a domain word
  ("ombudsman", z = 3.1) weighs more than an everyday one ("people", 6.0) the corpus
  happens to use as rarely. Phrases weigh 1.

A topic's vector sums its passages', the synopsis and the key concepts twice (they
say what the topic teaches; the statements say how it is examined), and is scaled to
length 1, so that the cosine of two topics' vectors, 0 to 1, says how much of what
they teach is shared.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sparse
from wordfreq import zipf_frequency

from graph.graph import KnowledgeGraph
from graph.model import Passage, PassageKind
from graph.parallel import ForkedWorker
from graph.text.terms import PHRASE_SEPARATOR, content_terms

__all__ = [
    "PARALLEL_PASSAGES",
    "TOPIC_WEIGHTS",
    "TextLayer",
    "WeightedTerm",
    "build_text_layer",
    "passage_terms",
    "text_layer_of",
]

PARALLEL_PASSAGES = 8_000  # below this a second process costs more than it saves
_KINDS = tuple(PassageKind)
# how much each kind of passage counts in its topic's vector
TOPIC_WEIGHTS = {PassageKind.SYNOPSIS: 2.0, PassageKind.KEY_CONCEPT: 2.0}
_BACKGROUND_FLOOR = 0.3
_EVERYDAY_ZIPF = 7.5
_ZIPF_SPAN = 3.5


@dataclass(frozen=True, slots=True)
class WeightedTerm:
    """A lemma or two-word phrase and how much it weighs where it is used."""

    text: str
    weight: float


def passage_terms(passage: Passage) -> list[str]:
    """The content terms of a passage; a key concept's name counts twice."""
    found = content_terms(passage.text)
    if passage.heading:
        heading = content_terms(passage.heading)
        found.extend(heading + heading)
    return found


@functools.lru_cache(maxsize=1 << 17)
def _background(term: str) -> float:
    if PHRASE_SEPARATOR in term:
        return 1.0
    # wordfreq's small list (words of Zipf 3 and over) gives every weight the large one
    # does, as all below Zipf 4 weigh 1 either way, and loads in a tenth of the time
    scaled = (_EVERYDAY_ZIPF - zipf_frequency(term, "en", wordlist="small")) / _ZIPF_SPAN
    return min(1.0, max(_BACKGROUND_FLOOR, scaled))


@dataclass(frozen=True, slots=True, eq=False)
class TextLayer:
    """Weighted content terms of every passage and every topic of one graph.

    ``passage_weights`` has a row per passage (in ``graph.passages`` order) and a column
    per term of ``terms``; ``topic_vectors`` a row per topic (in slug order), each of
    length 1 (or 0 for a topic without content words).
    """

    terms: tuple[str, ...]
    passage_rows: dict[str, int]
    passage_weights: sparse.csr_matrix
    topic_rows: dict[str, int]
    topic_vectors: sparse.csr_matrix

    def weighted_terms(self, passage_id: str) -> tuple[WeightedTerm, ...]:
        """A passage's terms, heaviest first (then alphabetical)."""
        row = self.passage_rows.get(passage_id)
        if row is None:
            return ()
        return self._row_terms(self.passage_weights, row)

    def topic_terms(self, slug: str) -> tuple[WeightedTerm, ...]:
        """A topic's terms, heaviest first (weights of its unit-length vector)."""
        row = self.topic_rows.get(slug)
        if row is None:
            return ()
        return self._row_terms(self.topic_vectors, row)

    def content_similarity(self, a: str, b: str) -> float:
        """The cosine of two topics' vectors, 0 to 1; 0 for an unknown slug."""
        first, second = self.topic_rows.get(a), self.topic_rows.get(b)
        if first is None or second is None:
            return 0.0
        value = self.topic_vectors[first].multiply(self.topic_vectors[second]).sum()
        return min(1.0, float(value))

    def shared_terms(self, a: str, b: str, limit: int | None = None) -> tuple[WeightedTerm, ...]:
        """What both topics teach, heaviest first: each term weighs its share of their
        cosine (the product of its weights in the two vectors)."""
        first, second = self.topic_rows.get(a), self.topic_rows.get(b)
        if first is None or second is None:
            return ()
        product = self.topic_vectors[first].multiply(self.topic_vectors[second]).tocoo()
        ranked = sorted(
            zip(product.col.tolist(), product.data.tolist(), strict=True),
            key=lambda item: (-item[1], self.terms[item[0]]),
        )
        return tuple(WeightedTerm(self.terms[column], value) for column, value in ranked[:limit])

    def _row_terms(self, matrix: sparse.csr_matrix, row: int) -> tuple[WeightedTerm, ...]:
        start, end = matrix.indptr[row], matrix.indptr[row + 1]
        columns, values = matrix.indices[start:end].tolist(), matrix.data[start:end].tolist()
        ranked = sorted(zip(columns, values, strict=True), key=lambda i: (-i[1], self.terms[i[0]]))
        return tuple(WeightedTerm(self.terms[column], value) for column, value in ranked)


def build_text_layer(graph: KnowledgeGraph) -> TextLayer:
    """The text layer of ``graph`` (see the module docstring)."""
    return text_layer_of(graph.passages, [topic.slug for topic in graph.topics])


def text_layer_of(passages: Sequence[Passage], slugs: Sequence[str]) -> TextLayer:
    """The text layer of ``passages``, with topic vectors for ``slugs`` (in that order)."""
    vocabulary, flat, lengths = _numbered_terms(passages)
    owners = np.repeat(np.arange(len(passages)), lengths)
    # one entry per (passage, term), with how often the passage uses the term
    keys, counts = np.unique(owners * max(len(vocabulary), 1) + flat, return_counts=True)
    rows, columns = np.divmod(keys, max(len(vocabulary), 1))
    terms = tuple(vocabulary)
    shape = (len(passages), len(terms))
    row_array, column_array = rows, columns
    tf = 1.0 + np.log(counts.astype(np.float64))
    document_frequency = np.bincount(column_array, minlength=len(terms)).astype(np.float64)
    idf = np.log((len(passages) + 1) / (document_frequency + 0.5))
    kinds = np.asarray([_KINDS.index(p.kind) for p in passages], dtype=np.int64)
    row_kinds = kinds[row_array] if len(row_array) else row_array
    section = np.ones(len(row_array))
    for number in range(len(_KINDS)):
        in_kind = row_kinds == number
        passages_of_kind = int(np.count_nonzero(kinds == number))
        if not passages_of_kind or not in_kind.any():
            continue
        share = np.bincount(column_array[in_kind], minlength=len(terms)) / passages_of_kind
        section[in_kind] = (1.0 - share[column_array[in_kind]]) ** 2
    background = np.asarray([_background(term) for term in terms], dtype=np.float64)
    data = tf * idf[column_array] * section * background[column_array]
    weights = sparse.csr_matrix((data, (row_array, column_array)), shape=shape)
    weights.sum_duplicates()
    weights.sort_indices()
    topic_rows = {slug: index for index, slug in enumerate(slugs)}
    owner = np.asarray([topic_rows.get(p.topic_slug, -1) for p in passages], dtype=np.int64)
    known = owner >= 0
    counts_in_topic = np.asarray([TOPIC_WEIGHTS.get(p.kind, 1.0) for p in passages])
    assign = sparse.csr_matrix(
        (counts_in_topic[known], (owner[known], np.flatnonzero(known))),
        shape=(len(slugs), len(passages)),
    )
    topic_vectors = _unit_rows(assign @ weights)
    return TextLayer(
        terms=terms,
        passage_rows={passage.id: row for row, passage in enumerate(passages)},
        passage_weights=weights,
        topic_rows=topic_rows,
        topic_vectors=topic_vectors,
    )


# (terms in order of first use, every passage's terms as numbers, how many each has)
_Numbered = tuple[list[str], np.ndarray, np.ndarray]


def _numbered(passages: Sequence[Passage]) -> _Numbered:
    numbers: dict[str, int] = {}
    number_of = numbers.setdefault
    term_lists = [passage_terms(passage) for passage in passages]
    flat = np.fromiter(
        (number_of(term, len(numbers)) for terms in term_lists for term in terms),
        dtype=np.int64,
    )
    return list(numbers), flat, np.asarray([len(terms) for terms in term_lists], dtype=np.int64)


def _numbered_terms(passages: Sequence[Passage]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Every passage's terms as column numbers, and each term's column.

    From :data:`PARALLEL_PASSAGES` passages on, a forked worker reads the second half
    while this process reads the first; the worker numbers its own terms and sends
    numbers, which pickle at C speed, and its terms once each. Renumbered here, the
    columns are those one process gives: terms in order of first use.
    """
    parallel = len(passages) >= PARALLEL_PASSAGES
    half = len(passages) // 2 if parallel else len(passages)
    with ForkedWorker(passages[half:], enabled=parallel) as worker:
        theirs = worker.submit(_numbered) if parallel else None
        own_terms, flat, lengths = _numbered(passages[:half])
        columns = {term: column for column, term in enumerate(own_terms)}
        if theirs is None:
            return columns, flat, lengths
        their_terms, their_flat, their_lengths = theirs.result()
    column_of = columns.setdefault
    renumbered = np.asarray([column_of(term, len(columns)) for term in their_terms], dtype=np.int64)
    return (
        columns,
        np.concatenate([flat, renumbered[their_flat]]),
        np.concatenate([lengths, their_lengths]),
    )


def _unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """``matrix`` with every non-empty row scaled to length 1."""
    matrix = sparse.csr_matrix(matrix)
    lengths = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    lengths[lengths == 0] = 1.0
    scaled: sparse.csr_matrix = sparse.diags(1.0 / lengths) @ matrix
    scaled = sparse.csr_matrix(scaled)
    scaled.sort_indices()
    return scaled


def cosine(a: sparse.csr_matrix, b: sparse.csr_matrix) -> float:
    """The cosine of two one-row matrices (0 when either is empty)."""
    dot = float(a.multiply(b).sum())
    if dot == 0:
        return 0.0
    return dot / math.sqrt(float(a.multiply(a).sum()) * float(b.multiply(b).sum()))
