"""A forked worker gives what this process gives, and its share falls back here when it cannot."""

from __future__ import annotations

import os
import threading

import pytest

from graph.parallel import ForkedWorker, can_fork

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork, on the main thread")


def _pid_and_state(state: str, suffix: str) -> tuple[int, str]:
    return os.getpid(), state + suffix


def _dies_in_the_worker(parent: int) -> int:
    if os.getpid() != parent:
        os._exit(3)  # the worker dies without answering
    return 7


def test_calls_run_in_a_worker_that_inherits_the_state() -> None:
    state = "x" * 1_000_000  # inherited by the fork, never pickled
    with ForkedWorker(state) as worker:
        assert worker.forked
        pid, found = worker.submit(_pid_and_state, "!").result()
    assert pid != os.getpid()
    assert found == state + "!"


def test_without_a_worker_calls_run_here_when_asked() -> None:
    with ForkedWorker("state", enabled=False) as worker:
        assert not worker.forked
        pending = worker.submit(_pid_and_state, "?")
        assert pending.result() == (os.getpid(), "state?")


def test_a_worker_that_dies_leaves_its_calls_to_this_process() -> None:
    parent = os.getpid()
    with ForkedWorker(parent) as worker:
        first, second = worker.submit(_dies_in_the_worker), worker.submit(_dies_in_the_worker)
        assert [first.result(), second.result()] == [7, 7]


def test_a_build_in_a_worker_thread_never_forks() -> None:
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(can_fork()))
    thread.start()
    thread.join(timeout=10)
    assert seen == [False]
