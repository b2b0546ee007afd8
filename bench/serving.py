"""Serving against the floor, latency under load and start-up: the HTTP measures.

The queries are the API's representative reads (see :data:`QUERIES`); the variable
sets for each come from the corpus being served (:func:`variable_sets`). Each real
response is recorded first, then the floor (:mod:`bench.floor`) serves those very
bytes, and wrk measures both in alternating rounds in one run, beside a third
server that answers through graphql-core alone (``CG_EXECUTOR=graphql-core``): what
the lean executor gains.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.floor import save_responses
from bench.load import (
    Server,
    WrkResult,
    free_port,
    lua_script,
    post_json,
    run_wrk,
    serve,
    server_command,
)

__all__ = [
    "QUERIES",
    "CorpusNames",
    "FloorComparison",
    "Query",
    "measure_floor",
    "measure_latency",
    "measure_startup",
    "mixed_bodies",
    "request_bodies",
    "variable_sets",
]


@dataclass(frozen=True, slots=True)
class Query:
    """A representative query: its name in the report and its document."""

    name: str
    document: str


QUERIES: tuple[Query, ...] = (
    Query(
        "concept, related, shared topics",
        """query Concept($name: String!) {
  concept(name: $name) {
    id name kind aliases
    related(limit: 5) {
      concept { id name kind }
      weight strength
      sharedTopics { slug title }
    }
  }
}""",
    ),
    Query(
        "topic, statements, concepts",
        """query Topic($slug: String!, $kind: ConceptKind, $similar: Int) {
  topic(slug: $slug) {
    id slug title
    concepts(kind: $kind) { id name }
    examTips { id text concepts { id name kind } }
    misconceptions { id text concepts { id name kind } }
    markingPoints { id text concepts { id name kind } }
    similarTopics(limit: $similar) { topic { slug } score }
  }
}""",
    ),
    Query(
        "path",
        """query Path($from: String!, $to: String!) {
  path(from: $from, to: $to) {
    __typename id
    ... on Concept { name }
    ... on Topic { slug title }
  }
}""",
    ),
    Query(
        "overlap",
        """query Overlap($a: String!, $b: String!) {
  topicOverlap(a: $a, b: $b) {
    jaccard
    sharedConcepts { name }
    onlyInA { name }
    onlyInB { name }
  }
}""",
    ),
)

# The whole overlap matrix has no variables: it is measured as the same request only.
OVERLAP_MATRIX = Query(
    "overlap matrix",
    "{ overlapMatrix { a { slug } b { slug } jaccard sharedConcepts { name } } }",
)

_VARIABLE_SETS = 2000


@dataclass(frozen=True, slots=True)
class CorpusNames:
    """What variable sets are made of: the served corpus's concept names and slugs."""

    concept_names: tuple[str, ...]
    slugs: tuple[str, ...]


_NAMES_PAGE = """query Names($after: String) {
  concepts(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { name } }
  }
}"""


def corpus_names(server: Server) -> CorpusNames:
    """The concept names and topic slugs a running server holds, asked over GraphQL."""
    names: list[str] = []
    after: str | None = None
    while True:
        body = json.dumps({"query": _NAMES_PAGE, "variables": {"after": after}}).encode()
        _, answer, _ = post_json(f"{server.url}/graphql", body)
        page = json.loads(answer)["data"]["concepts"]
        names.extend(edge["node"]["name"] for edge in page["edges"])
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    _, answer, _ = post_json(f"{server.url}/graphql", b'{"query": "{ topics { slug } }"}')
    slugs = [topic["slug"] for topic in json.loads(answer)["data"]["topics"]]
    return CorpusNames(tuple(names), tuple(slugs))


def _spelling(rng: random.Random, name: str) -> str:
    """Another way of writing a name that the API reads as the same: case and spacing."""
    cased = rng.choice([name, name.lower(), name.upper()])
    words = cased.split(" ")
    spaced = words[0] + "".join(rng.choice([" ", "  "]) + word for word in words[1:])
    return rng.choice(["", " "]) + spaced + rng.choice(["", " ", "  "])


def variable_sets(names: CorpusNames, query: Query, seed: int = 7) -> list[dict[str, object]]:
    """Up to 2,000 distinct variable sets for ``query``, drawn from the corpus.

    Concept names are written in spellings the API takes as the same name (case,
    spacing), so that requests differ while they ask about real concepts; topic
    queries vary the slug, the kind filter and the similar-topics limit, which is
    as many as a small corpus allows (the report says how many).
    """
    rng = random.Random(seed)
    found: dict[str, dict[str, object]] = {}
    for _ in range(_VARIABLE_SETS * 4):
        if len(found) >= _VARIABLE_SETS:
            break
        variables: dict[str, object]
        if query.name.startswith("concept"):
            variables = {"name": _spelling(rng, rng.choice(names.concept_names))}
        elif query.name.startswith("topic"):
            variables = {
                "slug": rng.choice(names.slugs),
                "kind": rng.choice([None, "CONCEPT", "MODEL"]),
                "similar": rng.randrange(11),
            }
        elif query.name == "path":
            variables = {
                "from": _spelling(rng, rng.choice(names.concept_names)),
                "to": _spelling(rng, rng.choice(names.concept_names)),
            }
        else:
            variables = {"a": rng.choice(names.slugs), "b": rng.choice(names.slugs)}
        found.setdefault(json.dumps(variables, sort_keys=True), variables)
    return list(found.values())


def request_bodies(query: Query, variables: Sequence[dict[str, object]]) -> list[bytes]:
    """The JSON bodies that POST ``query`` with each variable set."""
    if not variables:
        return [json.dumps({"query": query.document}).encode()]
    return [json.dumps({"query": query.document, "variables": v}).encode() for v in variables]


def record(server: Server, bodies: Sequence[bytes]) -> dict[bytes, tuple[int, str, bytes]]:
    """Each body's response from the real server: status, content type, bytes."""
    recorded = {}
    for body in bodies:
        status, answer, kind = post_json(f"{server.url}/graphql", body)
        if status != 200 or b'"errors"' in answer:
            raise RuntimeError(f"the real server failed a benchmark query: {answer[:300]!r}")
        recorded[body] = (status, kind, answer)
    return recorded


@dataclass(frozen=True, slots=True)
class FloorComparison:
    """Requests per second of the real server and of the floor, round by round."""

    query: str
    workload: str  # "repeated" or "varying"
    distinct_requests: int
    real: tuple[float, ...]
    floor: tuple[float, ...]
    failures: int
    core: tuple[float, ...] = ()  # the real server answering through graphql-core alone

    @property
    def ratio(self) -> float:
        floor = statistics.median(self.floor)
        return statistics.median(self.real) / floor if floor else 0.0

    @property
    def lean_gain(self) -> float:
        """Requests per second of the lean executor over graphql-core's alone."""
        core = statistics.median(self.core) if self.core else 0.0
        return statistics.median(self.real) / core if core else 0.0


def measure_floor(
    seeds: Path,
    scratch: Path,
    rounds: int,
    seconds: float,
    connections: int = 16,
) -> list[FloorComparison]:
    """Every query, both workloads: real, floor and graphql-core in alternating rounds."""
    real_port, floor_port, core_port = free_port(), free_port(), free_port()
    comparisons = []
    with (
        serve(server_command(seeds, real_port), real_port, scratch / "real.log") as real,
        serve(
            server_command(seeds, core_port),
            core_port,
            scratch / "core.log",
            env={"CG_EXECUTOR": "graphql-core"},
        ) as core,
    ):
        names = corpus_names(real)
        workloads: list[tuple[Query, str, list[bytes]]] = []
        for query in QUERIES:
            sets = variable_sets(names, query)
            workloads.append((query, "repeated", request_bodies(query, sets[:1])))
            workloads.append((query, "varying", request_bodies(query, sets)))
        workloads.append((OVERLAP_MATRIX, "repeated", request_bodies(OVERLAP_MATRIX, [])))
        recorded: dict[bytes, tuple[int, str, bytes]] = {}
        for _, _, bodies in workloads:
            recorded.update(record(real, bodies))
        for body, (_, _, answer) in record(core, list(recorded)).items():
            if answer != recorded[body][2]:
                raise RuntimeError(f"graphql-core answered otherwise: {body[:200]!r}")
        responses = scratch / "responses.json"
        save_responses(responses, recorded)
        floor_command = [sys.executable, "-m", "bench.floor", str(responses), str(floor_port)]
        with serve(floor_command, floor_port, scratch / "floor.log") as floor:
            for number, (query, workload, bodies) in enumerate(workloads):
                script = scratch / f"workload-{number}.lua"
                # varying: every request unique, so that no response cache answers it
                script.write_text(lua_script(bodies, unique=workload == "varying"))
                rates: dict[str, list[float]] = {"real": [], "floor": [], "core": []}
                failures = 0
                for _ in range(rounds):
                    for name, server in (("real", real), ("floor", floor), ("core", core)):
                        result = run_wrk(server.url + "/graphql", script, seconds, connections)
                        rates[name].append(result.requests_per_second)
                        failures += result.failures
                comparisons.append(
                    FloorComparison(
                        query.name,
                        workload,
                        len(bodies),
                        tuple(rates["real"]),
                        tuple(rates["floor"]),
                        failures,
                        tuple(rates["core"]),
                    )
                )
                print(
                    f"  {query.name} ({workload}): {comparisons[-1].ratio:.2f} of the floor, "
                    f"{comparisons[-1].lean_gain:.2f} times graphql-core",
                    file=sys.stderr,
                )
    return comparisons


def mixed_bodies(names: CorpusNames) -> list[bytes]:
    """The four queries interleaved, each with its own varying variables."""
    per_query = [request_bodies(query, variable_sets(names, query)) for query in QUERIES]
    mixed: list[bytes] = []
    for bodies in zip(*per_query, strict=False):
        mixed.extend(bodies)
    return mixed


def measure_latency(
    seeds: Path, scratch: Path, seconds: float, connections: int = 64
) -> tuple[WrkResult, float]:
    """Latency of the mixed queries under ``connections`` connections; and start-up time."""
    port = free_port()
    with serve(server_command(seeds, port), port, scratch / "latency.log") as server:
        script = scratch / "mixed.lua"
        script.write_text(lua_script(mixed_bodies(corpus_names(server)), check_responses=True))
        run_wrk(server.url + "/graphql", script, min(seconds, 3), connections)  # warm up
        result = run_wrk(server.url + "/graphql", script, seconds, connections)
        return result, server.startup_seconds


def measure_startup(seeds: Path, times: int) -> list[float]:
    """Seconds from starting the server process to its first 200 from /healthz."""
    found = []
    with tempfile.TemporaryDirectory(prefix="curriculum-graph-startup-") as scratch:
        for _ in range(times):
            port = free_port()
            with serve(server_command(seeds, port), port, Path(scratch) / "startup.log") as server:
                found.append(server.startup_seconds)
    return found
