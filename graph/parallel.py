"""A second process for a large build: a fork-context ``ProcessPoolExecutor`` of one worker.

A large corpus is read, built and analysed in two halves at once (see
:mod:`graph.passes` and :mod:`graph.analysis.run`). The worker is forked with
``state`` (the documents, the igraph network): under the fork start method a pool's
``initargs`` are inherited, never pickled, so only each call's other arguments and its
result travel between the processes. Each call is ``function(state, *args)``, where
``function`` is defined at module level (it is sent by name).

Where the system cannot fork safely, or the worker dies, a call runs in this process
when its result is asked for: the results are the same either way.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

__all__ = ["ForkedWorker", "Pending", "can_fork"]

_State = TypeVar("_State")
_Result = TypeVar("_Result")

_inherited: Any = None  # the state, in the worker process


def _inherit(state: object) -> None:
    global _inherited
    _inherited = state


def _call(function: Callable[..., object], *args: object) -> object:
    return function(_inherited, *args)


def can_fork() -> bool:
    """Whether a worker may be forked from here.

    Only on Linux and from the main thread: a fork copies the locks that other threads
    hold at that instant, and a server rebuilding its corpus in a worker thread while
    it serves could hand the worker a lock that nobody will release. There the build
    runs in one process.
    """
    return (
        sys.platform == "linux"
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.current_thread() is threading.main_thread()
    )


class Pending(Generic[_Result]):
    """The result of one call, made by the worker or, failing that, here when asked."""

    def __init__(self, future: Future[Any] | None, fallback: Callable[[], _Result]) -> None:
        self._future = future
        self._fallback = fallback

    def result(self) -> _Result:
        if self._future is not None:
            try:
                found: _Result = self._future.result()
                return found
            except BrokenProcessPool:
                pass  # the worker died: its share is done here
        return self._fallback()


class ForkedWorker(Generic[_State]):
    """One forked worker that starts with ``state``; use as a context manager.

    With ``enabled`` false (or where :func:`can_fork` says no) there is no worker and
    every call runs here when its result is asked for.
    """

    def __init__(self, state: _State, *, enabled: bool = True) -> None:
        self._state = state
        self._pool: ProcessPoolExecutor | None = None
        if enabled and can_fork():
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_inherit,
                initargs=(state,),
            )

    def __enter__(self) -> ForkedWorker[_State]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def forked(self) -> bool:
        return self._pool is not None

    def submit(self, function: Callable[..., _Result], *args: object) -> Pending[_Result]:
        """Start ``function(state, *args)`` in the worker (calls run in submission order)."""

        def here() -> _Result:
            return function(self._state, *args)

        future = None
        if self._pool is not None:
            try:
                future = self._pool.submit(_call, function, *args)
            except BrokenProcessPool:
                future = None
        return Pending(future, here)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
