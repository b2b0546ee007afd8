"""The two passes over a corpus's prose, in one process or, for a large corpus, two.

Building reads the prose twice (see :mod:`graph.build`): first every document for
names the rules find (:func:`~graph.extraction.find_candidates`), then, once every
name is known, every passage for the known names it mentions
(:class:`~graph.extraction.MentionMatcher`). Both passes treat each document on its
own, and they are most of the cost of a build. From :data:`PARALLEL_DOCUMENTS`
documents on, where the operating system can fork, a helper process reads the
second half of the documents while this process reads the first; the halves are
joined in document order, so the result is exactly what one process gives. If the
helper fails, this process reads its half too.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import cast

from graph.document import Document
from graph.extraction import Candidate, MatchMode, MentionMatcher, Rule, find_candidates
from graph.vocabulary import Vocabulary

__all__ = ["PARALLEL_DOCUMENTS", "ForkedTasks", "ProsePasses"]

PARALLEL_DOCUMENTS = 400  # below this a second process costs more than it saves

Aliases = Mapping[str, Iterable[tuple[str, MatchMode]]]
Mentions = list[list[tuple[str, str]]]
TextsOf = Callable[[Sequence[Document]], list[str]]
# Candidates as four columns (surface, rule, same_as, expansion): how the helper sends
# them, see _to_columns.
Columns = tuple[list[str], list[Rule], list[str | None], list[str | None]]


def _candidates(
    documents: Sequence[Document], vocabulary: Vocabulary, prose: TextsOf
) -> list[Candidate]:
    return [
        candidate for text in prose(documents) for candidate in find_candidates(text, vocabulary)
    ]


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


def _mentions(aliases: Aliases, texts: Iterable[str]) -> Mentions:
    matcher = MentionMatcher(aliases)
    return [matcher.find(text) for text in texts]


def _helper(
    connection: Connection,
    documents: Sequence[Document],
    vocabulary: Vocabulary,
    prose: TextsOf,
    passages: TextsOf,
) -> None:
    try:
        connection.send(_to_columns(_candidates(documents, vocabulary, prose)))
        aliases = connection.recv()
        connection.send(_mentions(aliases, passages(documents)))
    finally:
        connection.close()


class ProsePasses:
    """Runs the candidate pass, then the mention pass, over ``documents`` (in order).

    ``prose`` gives the texts the rules read, ``passages`` the texts whose mentions
    count, each for a run of documents and in document order. Use as a context
    manager, so that a helper process never outlives the build.
    """

    def __init__(
        self,
        documents: Sequence[Document],
        vocabulary: Vocabulary,
        prose: TextsOf,
        passages: TextsOf,
    ) -> None:
        self._vocabulary = vocabulary
        self._prose, self._passages = prose, passages
        parallel = len(documents) >= PARALLEL_DOCUMENTS and _can_fork()
        half = len(documents) // 2 if parallel else len(documents)
        self._own, self._helped = documents[:half], documents[half:]
        self._helper = (
            _ForkedHelper(_helper, self._helped, vocabulary, prose, passages)
            if self._helped
            else None
        )

    def __enter__(self) -> ProsePasses:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def candidates(self) -> list[Candidate]:
        """Every candidate name in every document's prose, in document order."""
        own = _candidates(self._own, self._vocabulary, self._prose)
        received = self._helper.receive() if self._helper else _DIED
        if received is _DIED:
            return own + _candidates(self._helped, self._vocabulary, self._prose)
        return own + _from_columns(cast("Columns", received))

    def mentions(self, aliases: Aliases) -> Mentions:
        """The mentions of known names in every passage, in document order."""
        if self._helper:
            self._helper.send(dict(aliases))
        own = _mentions(aliases, self._passages(self._own))
        helped = self._helper.receive() if self._helper else _DIED
        if helped is _DIED:  # the helper died (or there is none): its half is read here
            helped = _mentions(aliases, self._passages(self._helped)) if self._helped else []
        return own + cast("Mentions", helped)

    def close(self) -> None:
        if self._helper:
            self._helper.close()


def _can_fork() -> bool:
    # Only from the main thread: a fork copies the locks other threads hold at that
    # instant, and a server rebuilding its corpus in a worker thread while it serves
    # could hand the helper a lock that nobody will release. There it builds alone.
    return (
        sys.platform == "linux"
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.current_thread() is threading.main_thread()
    )


def _run_tasks(connection: Connection, tasks: Sequence[Callable[[], object]]) -> None:
    try:
        for task in tasks:
            connection.send(task())
    finally:
        connection.close()


class ForkedTasks:
    """Tasks run one after another in a forked helper process; results read in order.

    While the helper works, this process goes on with something else and asks for
    each result when it needs it (:meth:`result`). Where the system cannot fork, or
    the helper fails, a task runs here when its result is asked for, so the results
    are the same either way. Use as a context manager.
    """

    def __init__(self, tasks: Sequence[Callable[[], object]]) -> None:
        self._tasks = list(tasks)
        self._next = 0
        self._helper = (
            _ForkedHelper(_run_tasks, self._tasks) if self._tasks and _can_fork() else None
        )

    def __enter__(self) -> ForkedTasks:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def result(self) -> object:
        """The result of the next task, in the order the tasks were given."""
        task = self._tasks[self._next]
        self._next += 1
        received = self._helper.receive() if self._helper else _DIED
        return task() if received is _DIED else received  # the helper died: run it here

    def close(self) -> None:
        if self._helper:
            self._helper.close()


_DIED = object()  # what a helper that died (or never was) "sends"


class _ForkedHelper:
    """A forked process running ``target(connection, *args)``, and our end of its pipe.

    Once the helper dies, :meth:`receive` gives :data:`_DIED` and :meth:`send` does
    nothing, so that the caller does the helper's share itself.
    """

    def __init__(self, target: Callable[..., None], *args: object) -> None:
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        self._process: BaseProcess | None = context.Process(
            target=target, args=(theirs, *args), daemon=True
        )
        self._process.start()
        theirs.close()
        self._connection: Connection | None = ours

    def send(self, message: object) -> None:
        if self._connection is not None:
            try:
                self._connection.send(message)
            except OSError:
                self.close()

    def receive(self) -> object:
        if self._connection is None:
            return _DIED
        try:
            received: object = self._connection.recv()
            return received
        except (EOFError, OSError):
            self.close()
            return _DIED

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._process is not None:
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join()
            self._process = None
