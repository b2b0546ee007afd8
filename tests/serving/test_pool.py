"""Expensive operations in worker processes: the event loop stays free, the queue is bounded.

An operation whose cost is over ``inline_cost`` runs in an execution worker. Here a
resolver is made to wait for a file before it answers (the workers are forked from
this process, so they inherit the patch): while it waits, ``/healthz`` and cheap
queries must be answered, and past ``workers + queue`` expensive operations the
server must say 503 rather than queue them. No test here times anything.
"""

from __future__ import annotations

import dataclasses
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from graphql import GraphQLObjectType

from graph import Snapshot
from schema.schema import schema
from serving import Settings, create_app
from serving.pool import WORKER_NICENESS, ExecutionPool, PoolSaturated, worker_snapshot
from tests.conftest import SEEDS
from tests.live_server import serve_in_thread

CHEAP = "{ corpusVersion }"  # costs 0: always answered by the server process itself
EXPENSIVE = "{ themes { id label } }"  # costs the number of themes: over an inline cost of 0


def _wait_for(path: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} did not appear within {timeout:g}s")
        time.sleep(0.01)


@pytest.fixture
def held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """``Query.themes`` waits for ``release`` to exist; each call first writes its pid to
    ``started``. Yields (started, release); releases whatever still waits at the end."""
    started, release = tmp_path / "started", tmp_path / "release"
    query_type = schema._schema.query_type
    assert isinstance(query_type, GraphQLObjectType)
    field = query_type.fields["themes"]
    resolve = field.resolve
    assert resolve is not None

    def waiting(*args: Any, **kwargs: Any) -> Any:
        with started.open("a") as out:
            out.write(f"{os.getpid()}\n")
        _wait_for(release)
        return resolve(*args, **kwargs)

    monkeypatch.setattr(field, "resolve", waiting)
    try:
        yield started, release
    finally:
        release.touch()


@contextmanager
def _server(**settings: Any) -> Iterator[httpx.Client]:
    options = {"reload": False, "inline_cost": 0, **settings}
    app = create_app(SEEDS, Settings(**options))
    with serve_in_thread(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client


def _post(client: httpx.Client, query: str) -> httpx.Response:
    return client.post("/graphql", json={"query": query})


class _InBackground:
    """A request sent from another thread, its response read later."""

    def __init__(self, client: httpx.Client, query: str) -> None:
        self.response: httpx.Response | None = None
        self._thread = threading.Thread(target=self._send, args=(client, query), daemon=True)
        self._thread.start()

    def _send(self, client: httpx.Client, query: str) -> None:
        self.response = _post(client, query)

    def result(self) -> httpx.Response:
        self._thread.join(timeout=60)
        assert self.response is not None, "no response within 60 s"
        return self.response


def test_healthz_and_cheap_queries_are_answered_while_an_expensive_one_runs(
    held: tuple[Path, Path], seed_snapshot: Snapshot
) -> None:
    started, release = held
    with _server() as client:
        expensive = _InBackground(client, EXPENSIVE)
        _wait_for(started)
        # the expensive operation is held in its worker: these must not wait for it
        assert client.get("/healthz").status_code == 200
        cheap = _post(client, CHEAP)
        assert cheap.status_code == 200
        assert cheap.json()["data"]["corpusVersion"] == seed_snapshot.version
        release.touch()
        answer = expensive.result()
    assert answer.status_code == 200
    assert len(answer.json()["data"]["themes"]) == len(seed_snapshot.analysis.themes)
    [pid] = started.read_text().split()
    assert int(pid) != os.getpid()  # it ran in a worker process, not in the server's


def test_with_every_worker_busy_and_the_queue_full_an_expensive_operation_gets_503(
    held: tuple[Path, Path],
) -> None:
    started, release = held
    with _server(execution_workers=1, execution_queue=0) as client:
        first = _InBackground(client, EXPENSIVE)
        _wait_for(started)
        refused = _post(client, EXPENSIVE)
        assert refused.status_code == 503
        assert refused.headers["retry-after"] == "1"
        [error] = refused.json()["errors"]
        assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        assert _post(client, CHEAP).status_code == 200  # cheap ones still go through
        release.touch()
        assert first.result().status_code == 200
        assert _post(client, EXPENSIVE).status_code == 200  # a free worker again


def test_an_operation_waits_in_the_queue_while_it_has_room(held: tuple[Path, Path]) -> None:
    started, release = held
    with _server(execution_workers=1, execution_queue=1) as client:
        first = _InBackground(client, EXPENSIVE)
        _wait_for(started)
        second = _InBackground(client, "{ themes { id } }")
        time.sleep(0.2)  # let it reach the queue (if it did not, it is answered later anyway)
        release.touch()
        assert first.result().status_code == 200
        assert second.result().status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("{ topics { slug keyConcepts { name } } }", id="lists"),
        pytest.param('{ concept(name: "NPS") { related(limit: 3) { weight } } }', id="arguments"),
        pytest.param('{ concept(name: "NPS") { related(limit: 1000) { weight } } }', id="error"),
        pytest.param('{ node(id: "nope") { id } themes { members { name } } }', id="null"),
    ],
)
def test_a_worker_answers_the_same_bytes_as_the_server_process(query: str) -> None:
    answers = []
    for inline_cost in (0, 10**9):  # every operation in a worker, then none
        with _server(inline_cost=inline_cost) as client:
            answers.append(_post(client, query).content)
    assert answers[0] == answers[1]


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("{ topics { slug title keyConcepts { name kind } } }", id="lists"),
        pytest.param(
            '{ concept(name: "NPS") { ...C related(limit: 3) { concept { ...C } } } } '
            "fragment C on Concept { id name }",
            id="fragments",
        ),
        pytest.param("{ concepts(first: 1000) { totalCount } }", id="argument-error"),
        pytest.param('{ __type(name: "Topic") { name } }', id="introspection"),
    ],
)
def test_graphql_core_alone_serves_the_same_bytes(query: str) -> None:
    answers = []
    for executor in ("lean", "graphql-core"):
        with _server(executor=executor, inline_cost=10**9) as client:
            answers.append(json.loads(_post(client, query).content))
    assert answers[0] == answers[1]


# -- the pool itself ----------------------------------------------------------------------


def _who_serves() -> tuple[int, str, int]:
    """In a worker: its pid, the version of its snapshot and its niceness."""
    return os.getpid(), worker_snapshot().version, os.nice(0)


def test_a_new_snapshot_gets_new_workers_that_serve_it(seed_snapshot: Snapshot) -> None:
    first = dataclasses.replace(seed_snapshot, version="first")
    second = dataclasses.replace(seed_snapshot, version="second")
    pool = ExecutionPool(workers=1, queue=0)

    async def scenario() -> list[tuple[int, str, int]]:
        return [
            await pool.run(first, _who_serves),
            await pool.run(first, _who_serves),
            await pool.run(second, _who_serves),
        ]

    try:
        (pid_a, version_a, nice), (pid_b, version_b, _), (pid_c, version_c, _) = anyio.run(scenario)
    finally:
        pool.close()
    assert (version_a, version_b, version_c) == ("first", "first", "second")
    assert pid_a == pid_b != pid_c  # the same worker for one snapshot, a new one after
    assert pid_a != os.getpid()
    assert nice == os.nice(0) + WORKER_NICENESS  # below the server process's priority


def test_a_full_pool_refuses_at_once_and_the_workers_stop_with_it(
    seed_snapshot: Snapshot, tmp_path: Path
) -> None:
    started, release = tmp_path / "started", tmp_path / "release"
    pool = ExecutionPool(workers=1, queue=0)

    async def scenario() -> None:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(pool.run, seed_snapshot, _hold, started, release)
            await anyio.to_thread.run_sync(_wait_for, started)
            with pytest.raises(PoolSaturated):
                await pool.run(seed_snapshot, _who_serves)
            assert pool.in_flight == 1
            release.touch()

    anyio.run(scenario)
    [pid] = started.read_text().split()
    pool.close()
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid), 0)


def _hold(started: Path, release: Path) -> None:
    """In a worker: say so in ``started``, then wait for ``release``."""
    started.write_text(f"{os.getpid()}\n")
    _wait_for(release)
