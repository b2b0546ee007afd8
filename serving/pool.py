"""Expensive operations in worker processes, so that the event loop stays free.

An operation whose cost is over ``inline_cost`` (see ``serving/http.py``) runs in one
of ``workers`` processes instead of on the event loop: ``/healthz`` and cheap queries
are answered while it runs, whatever it costs. At most ``workers`` run at once and
``queue`` more wait; beyond that :meth:`ExecutionPool.run` raises :class:`PoolSaturated`
at once, and the client is told to come back (503, ``Retry-After``), instead of
joining a queue without end.

The workers are forked from the server process once a snapshot is served, so they
share its graph (copy on write) without loading or sending it, and a new snapshot
gets new workers: the old ones finish what they were given and exit. They run at a
lower CPU priority (``nice`` +5) than the process that answers cheap queries.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from graph import Snapshot

__all__ = ["WORKER_NICENESS", "ExecutionPool", "PoolSaturated", "worker_snapshot"]

logger = logging.getLogger("curriculum_graph")

WORKER_NICENESS = 5
"""How much lower the workers' CPU priority is than the server process's."""

_Result = TypeVar("_Result")

# The snapshot a worker process answers from, set when it starts (see _start_worker)
_snapshot: Snapshot | None = None


class PoolSaturated(Exception):
    """Every worker is busy and the queue is full: the operation was not started."""


def worker_snapshot() -> Snapshot:
    """The snapshot this worker process was started with (call it only in a worker)."""
    if _snapshot is None:
        raise RuntimeError("not in an execution worker")
    return _snapshot


def _start_worker(snapshot: Snapshot) -> None:
    global _snapshot
    _snapshot = snapshot
    # The server handles signals and stops the workers itself; the wake-up pipe is the
    # server's event loop's, which a worker must not write to.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    gc.enable()  # forked while a reload may have paused it
    with contextlib.suppress(OSError):  # where it is not permitted, the same priority
        os.nice(WORKER_NICENESS)


class ExecutionPool:
    """Worker processes for expensive operations, bounded in how many run and wait."""

    def __init__(self, workers: int, queue: int) -> None:
        if workers < 1:
            raise ValueError("an execution pool needs at least one worker")
        self.workers = workers
        self.queue = queue
        self._executor: ProcessPoolExecutor | None = None
        self._snapshot: Snapshot | None = None
        self._in_flight = 0
        self._lock = threading.Lock()  # retire() comes from the thread that reloads

    @property
    def in_flight(self) -> int:
        """Operations running or waiting now."""
        return self._in_flight

    async def run(
        self, snapshot: Snapshot, function: Callable[..., _Result], *args: Any
    ) -> _Result:
        """``function(*args)`` in a worker that serves ``snapshot`` (see :func:`worker_snapshot`).

        Raises :class:`PoolSaturated` without starting it when ``workers + queue``
        operations are already running or waiting.
        """
        if self._in_flight >= self.workers + self.queue:
            raise PoolSaturated
        with self._lock:
            future = self._executor_for(snapshot).submit(function, *args)
        self._in_flight += 1
        try:
            return await asyncio.wrap_future(future)
        finally:
            self._in_flight -= 1

    def retire(self) -> None:
        """Let the workers finish what they were given, then exit; the next run forks anew.

        Called when a new snapshot is served, so that the old graph's memory goes with
        its workers rather than at the next expensive operation.
        """
        with self._lock:
            executor, self._executor, self._snapshot = self._executor, None, None
        if executor is not None:
            executor.shutdown(wait=False)

    def close(self) -> None:
        """Stop the workers: what waits is cancelled, what runs is finished first."""
        with self._lock:
            executor, self._executor, self._snapshot = self._executor, None, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    def _executor_for(self, snapshot: Snapshot) -> ProcessPoolExecutor:
        executor = self._executor
        broken = executor is not None and getattr(executor, "_broken", False)
        if executor is None or broken or snapshot is not self._snapshot:
            if executor is not None:
                executor.shutdown(wait=False)
            if broken:
                logger.error("an execution worker died; starting new ones")
            # fork: the workers inherit the snapshot in memory, nothing is sent to them
            executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_start_worker,
                initargs=(snapshot,),
            )
            self._executor, self._snapshot = executor, snapshot
        return executor
