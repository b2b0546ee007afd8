"""The two passes over a corpus's prose, in one process or, for a large corpus, two.

Building reads the prose twice (see :mod:`graph.build`): first every document for
names the rules find (:func:`~graph.extraction.find_candidates`), then, once every
name is known, every passage for the known names it mentions
(:class:`~graph.extraction.MentionMatcher`). Both passes treat each document on its
own, and they are most of the cost of a build. From :data:`PARALLEL_DOCUMENTS`
documents on, a forked worker (:class:`~graph.parallel.ForkedWorker`) reads the
second half of the documents while this process reads the first; the halves are
joined in document order, so the result is exactly what one process gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from graph.document import Document
from graph.extraction import Candidate, MatchMode, MentionMatcher, Rule, find_candidates
from graph.parallel import ForkedWorker
from graph.vocabulary import Vocabulary

__all__ = ["PARALLEL_DOCUMENTS", "ProsePasses"]

PARALLEL_DOCUMENTS = 400  # below this a second process costs more than it saves

Aliases = Mapping[str, Iterable[tuple[str, MatchMode]]]
Mentions = list[list[tuple[str, str]]]
TextsOf = Callable[[Sequence[Document]], list[str]]
# Candidates as four columns (surface, rule, same_as, expansion): how the worker sends
# them, see _to_columns.
Columns = tuple[list[str], list[Rule], list[str | None], list[str | None]]


@dataclass(frozen=True, slots=True)
class _Share:
    """The documents one process reads, and how to get their texts."""

    documents: Sequence[Document]
    vocabulary: Vocabulary
    prose: TextsOf
    passages: TextsOf


def _candidates(share: _Share) -> list[Candidate]:
    # A corpus repeats itself (a key concept's name in every topic that teaches it, a
    # stock exam tip), and the rules find the same names in the same text: each
    # distinct text is read once.
    found_in: dict[str, list[Candidate]] = {}
    candidates: list[Candidate] = []
    for text in share.prose(share.documents):
        found = found_in.get(text)
        if found is None:
            found = found_in[text] = find_candidates(text, share.vocabulary)
        candidates.extend(found)
    return candidates


def _candidate_columns(share: _Share) -> Columns:
    return _to_columns(_candidates(share))


def _to_columns(candidates: Sequence[Candidate]) -> Columns:
    # A frozen slots dataclass pickles through a Python-level __getstate__ and
    # __setstate__ per object, which for a large corpus took longer than reading the
    # prose; four lists of strings and enum members pickle at C speed.
    return (
        [candidate.surface for candidate in candidates],
        [candidate.rule for candidate in candidates],
        [candidate.same_as for candidate in candidates],
        [candidate.expansion for candidate in candidates],
    )


def _from_columns(columns: Columns) -> list[Candidate]:
    return list(map(Candidate, *columns))


def _mentions(share: _Share, aliases: Aliases) -> Mentions:
    if not share.documents:
        return []  # no matcher to build: its automaton holds every known name
    matcher = MentionMatcher(aliases)
    # each distinct text matched once (see _candidates); passages of the same text
    # share their list of mentions, which is only read
    found_in: dict[str, list[tuple[str, str]]] = {}
    mentions: Mentions = []
    for text in share.passages(share.documents):
        found = found_in.get(text)
        if found is None:
            found = found_in[text] = matcher.find(text)
        mentions.append(found)
    return mentions


class ProsePasses:
    """Runs the candidate pass, then the mention pass, over ``documents`` (in order).

    ``prose`` gives the texts the rules read, ``passages`` the texts whose mentions
    count, each for a run of documents and in document order. Use as a context
    manager, so that a worker process never outlives the build.
    """

    def __init__(
        self,
        documents: Sequence[Document],
        vocabulary: Vocabulary,
        prose: TextsOf,
        passages: TextsOf,
    ) -> None:
        parallel = len(documents) >= PARALLEL_DOCUMENTS
        half = len(documents) // 2 if parallel else len(documents)
        self._own = _Share(documents[:half], vocabulary, prose, passages)
        self._worker = ForkedWorker(
            _Share(documents[half:], vocabulary, prose, passages), enabled=parallel
        )

    def __enter__(self) -> ProsePasses:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def candidates(self) -> list[Candidate]:
        """Every candidate name in every document's prose, in document order."""
        theirs = self._worker.submit(_candidate_columns)
        return _candidates(self._own) + _from_columns(theirs.result())

    def mentions(self, aliases: Aliases) -> Mentions:
        """The mentions of known names in every passage, in document order."""
        theirs = self._worker.submit(_mentions, dict(aliases))
        return _mentions(self._own, aliases) + theirs.result()

    def close(self) -> None:
        self._worker.close()
