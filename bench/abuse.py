"""Small queries beside the heaviest ones the API accepts: does one client slow everyone?

One server on a corpus (127.0.0.1). First ``small`` connections send the mix of
representative queries alone (:func:`bench.serving.mixed_bodies`); then the same
again while ``heavy`` more connections send the heaviest queries the API accepts,
and ``/healthz`` is polled every 50 ms from a thread of this process. Both wrk runs
of the second round start together and last as long.

The heavy queries are the three shapes of issue 13 (neighbors of a page of concepts
and their related concepts' evidence; every topic's concepts' related concepts; the
overlap matrix's shared concepts' related concepts), each with the largest
``limit`` whose cost the server accepts, found by asking it. Every heavy request is
unique (``extensions.nonce``), so that no cached answer makes it cheap. The shapes
as the issue sent them are asked once more, to report their cost and refusal.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.load import (
    HealthProbe,
    WrkResult,
    free_port,
    lua_script,
    post_json,
    probe_healthz,
    run_wrk,
    serve,
    server_command,
)
from bench.serving import corpus_names, mixed_bodies

__all__ = [
    "HEAVY_SHAPES",
    "AbuseResult",
    "HeavyQuery",
    "heaviest_accepted",
    "measure_abuse",
]

# (what it asks, the document with %d for its `limit`, the limit issue 13 sent)
HEAVY_SHAPES: tuple[tuple[str, str, int], ...] = (
    (
        "neighbors of 100 concepts, their related, evidence",
        "{ concepts(first: 100) { edges { node { neighbors(depth: 5) { "
        "related(limit: %d) { evidence { text } } } } } } }",
        100,
    ),
    (
        "every topic's concepts, their related, evidence",
        "{ topics { concepts { related(limit: %d) { concept { name } evidence { text } } } } }",
        100,
    ),
    (
        "overlap matrix, shared concepts, their related",
        "{ overlapMatrix { sharedConcepts { related(limit: %d) { concept { name } "
        "sharedTopics { slug } } } } }",
        100,
    ),
)


@dataclass(frozen=True, slots=True)
class HeavyQuery:
    """One heavy shape: the largest limit accepted and its cost, and the issue's own cost."""

    name: str
    document: str | None  # None: refused at every limit
    limit: int
    cost: int
    issue_cost: int
    issue_refused: bool


@dataclass(frozen=True, slots=True)
class AbuseResult:
    """Small queries alone, then beside the heavy ones, and /healthz meanwhile."""

    setup: str  # how the server ran
    small_connections: int
    heavy_connections: int
    budget: int
    heavy_queries: tuple[HeavyQuery, ...]
    small_alone: WrkResult
    small_loaded: WrkResult
    heavy: WrkResult
    healthz: HealthProbe

    @property
    def p99_ratio(self) -> float:
        alone = self.small_alone.p99_ms
        return self.small_loaded.p99_ms / alone if alone else float("inf")


def _cost(url: str, document: str) -> tuple[int, bool, int]:
    """The cost the server at ``url`` counts for ``document``, whether it refused it, and
    the budget."""
    _, answer, _ = post_json(f"{url}/graphql", json.dumps({"query": document}).encode())
    body = json.loads(answer)
    extensions = body.get("extensions") or {}
    refused = any(
        error.get("extensions", {}).get("limit") == "max_cost" for error in body.get("errors", [])
    )
    return int(extensions.get("cost", 0)), refused, int(extensions.get("budget", 0))


def heaviest_accepted(url: str) -> tuple[list[HeavyQuery], int]:
    """For each heavy shape, the largest limit (1 to 100) the server at ``url`` accepts;
    and its budget."""
    found = []
    budget = 0
    for name, template, issue_limit in HEAVY_SHAPES:
        issue_cost, issue_refused, budget = _cost(url, template % issue_limit)
        low, high = 0, 100  # the cost grows with the limit: search for the largest accepted
        best_cost = 0
        while low < high:
            middle = (low + high + 1) // 2
            cost, refused, _ = _cost(url, template % middle)
            if refused:
                high = middle - 1
            else:
                low, best_cost = middle, cost
        document = template % low if low else None
        found.append(HeavyQuery(name, document, low, best_cost, issue_cost, issue_refused))
    return found, budget


def _run_together(
    runs: list[tuple[str, Path, float, int]],
) -> list[WrkResult]:
    """Run wrk for each (url, script, seconds, connections) at the same time."""
    results: list[WrkResult | BaseException | None] = [None] * len(runs)

    def one(index: int) -> None:
        url, script, seconds, connections = runs[index]
        try:
            results[index] = run_wrk(url, script, seconds, connections)
        except BaseException as err:  # reported below, on the caller's thread
            results[index] = err

    threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(len(runs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(seconds for _, _, seconds, _ in runs) + 120)
    finished = []
    for result in results:
        if not isinstance(result, WrkResult):
            raise RuntimeError(f"a wrk run failed: {result!r}")
        finished.append(result)
    return finished


def measure_abuse(
    corpus: Path,
    scratch: Path,
    seconds: float,
    small: int = 16,
    heavy: int = 4,
    setups: Sequence[tuple[str, Mapping[str, str]]] = (("as served", {}),),
) -> list[AbuseResult]:
    """Small queries alone, then beside the heaviest accepted ones, for each server setup.

    ``setups`` are (name, settings): the first finds the heavy queries (with the
    default budget unless its settings say otherwise); every setup is sent the same.
    """
    found: list[AbuseResult] = []
    heavy_queries: list[HeavyQuery] = []
    budget = 0
    for number, (setup, env) in enumerate(setups):
        port = free_port()
        log = scratch / f"abuse-{number}.log"
        with serve(server_command(corpus, port), port, log, env=env) as server:
            if not heavy_queries:
                heavy_queries, budget = heaviest_accepted(server.url)
            documents = [query.document for query in heavy_queries if query.document]
            if not documents:
                raise RuntimeError("the server refuses every heavy shape, even with limit 1")
            small_script = scratch / "small.lua"
            small_script.write_text(
                lua_script(mixed_bodies(corpus_names(server)), check_responses=True)
            )
            heavy_script = scratch / "heavy.lua"
            bodies = [json.dumps({"query": document}).encode() for document in documents]
            heavy_script.write_text(lua_script(bodies, check_responses=True, unique=True))
            url = server.url + "/graphql"
            print(f"  {setup}: small queries alone ...", file=sys.stderr)
            run_wrk(url, small_script, min(seconds, 3), small)  # warm up
            alone = run_wrk(url, small_script, seconds, small)
            print(f"  {setup}: small queries beside the heaviest accepted ...", file=sys.stderr)
            with probe_healthz(server.url) as probes:
                loaded, heavy_result = _run_together(
                    [(url, small_script, seconds, small), (url, heavy_script, seconds, heavy)]
                )
        found.append(
            AbuseResult(
                setup=setup,
                small_connections=small,
                heavy_connections=heavy,
                budget=budget,
                heavy_queries=tuple(heavy_queries),
                small_alone=alone,
                small_loaded=loaded,
                heavy=heavy_result,
                healthz=probes[0],
            )
        )
    return found
