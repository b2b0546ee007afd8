"""The server end to end: a real uvicorn server on 127.0.0.1 and a real HTTP client."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from graph import KnowledgeGraph
from schema.limits import Limits
from server import create_app
from serving.http import GRAPHQL_RESPONSE_JSON, JSON
from tests.conftest import SEEDS
from tests.live_server import ROOT, serve_in_process, serve_in_thread

BUDGET = Limits().max_cost
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def live_server() -> Iterator[str]:
    """Base URL of a real server answering from the seed corpus."""
    with serve_in_thread(create_app(SEEDS)) as url:
        yield url


@pytest.fixture
def client(live_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server, timeout=10, follow_redirects=False) as client:
        yield client


def _post(client: httpx.Client, query: str, **variables: Any) -> dict[str, Any]:
    response = client.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers={"accept": GRAPHQL_RESPONSE_JSON},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


# -- health -----------------------------------------------------------------------------


def test_healthz_reports_topic_and_node_counts_once_loaded(
    client: httpx.Client, seed_graph: KnowledgeGraph
) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    counts = seed_graph.counts
    body = response.json()
    assert body["status"] == "ok"
    assert body["topics"] == counts.topics
    assert body["nodes"] == counts.topics + counts.concepts + counts.models + counts.statements


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        pytest.param("/healthz", {}, id="healthz"),
        pytest.param("/graphql?query={topics{slug}}", {"accept": JSON}, id="graphql"),
        pytest.param("/export/gexf", {}, id="export"),
    ],
)
def test_answers_503_before_the_graph_is_loaded(path: str, headers: dict[str, str]) -> None:
    # ASGITransport never runs the lifespan, so the app is exactly as before start-up ends.
    async def get() -> httpx.Response:
        transport = httpx.ASGITransport(app=create_app(SEEDS))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.get(path, headers=headers)

    response = asyncio.run(get())
    assert response.status_code == 503
    assert "retry-after" in response.headers


# -- routes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        pytest.param("GET", {"params": {"query": "{ __typename }"}}, id="get"),
        pytest.param("POST", {"json": {"query": "{ __typename }"}}, id="post"),
    ],
)
def test_graphql_answers_at_exactly_its_path(
    client: httpx.Client, method: str, kwargs: dict[str, Any]
) -> None:
    response = client.request(method, "/graphql", **kwargs)
    assert response.status_code == 200
    assert response.json() == {
        "data": {"__typename": "Query"},
        "extensions": {"cost": 0, "budget": BUDGET},
    }


def test_browser_opening_graphql_gets_graphiql(client: httpx.Client) -> None:
    response = client.get("/graphql", headers={"accept": BROWSER_ACCEPT})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


# -- GraphQL over HTTP: media types and status codes ------------------------------------

NOT_A_FIELD = "{ noSuchField }"


@pytest.mark.parametrize(
    ("request_kwargs", "status", "media_type", "has_data"),
    [
        # a good request: the media type follows Accept, the legacy type by default
        pytest.param({"accept": GRAPHQL_RESPONSE_JSON}, 200, GRAPHQL_RESPONSE_JSON, True, id="ok"),
        pytest.param({"accept": JSON}, 200, JSON, True, id="ok-json"),
        pytest.param({"accept": None}, 200, JSON, True, id="ok-no-accept"),
        # request errors: 400 without data, but 200 for legacy application/json clients
        pytest.param(
            {"query": "{", "accept": GRAPHQL_RESPONSE_JSON},
            400,
            GRAPHQL_RESPONSE_JSON,
            False,
            id="syntax-error",
        ),
        pytest.param({"query": "{", "accept": JSON}, 200, JSON, False, id="syntax-error-json"),
        pytest.param(
            {"query": NOT_A_FIELD, "accept": GRAPHQL_RESPONSE_JSON},
            400,
            GRAPHQL_RESPONSE_JSON,
            False,
            id="invalid",
        ),
        pytest.param(
            {
                "query": "query($n: String!) { concept(name: $n) { id } }",
                "variables": {"n": 3},
                "accept": GRAPHQL_RESPONSE_JSON,
            },
            400,
            GRAPHQL_RESPONSE_JSON,
            False,
            id="variable-coercion",
        ),
        # a field error is an executed result: 200 with data (null where it failed)
        pytest.param(
            {"query": "{ concepts(first: 500) { totalCount } }", "accept": GRAPHQL_RESPONSE_JSON},
            200,
            GRAPHQL_RESPONSE_JSON,
            True,
            id="argument-error",
        ),
        # malformed HTTP requests
        pytest.param({"body": b'{"query": '}, 400, JSON, False, id="bad-json"),
        pytest.param({"body": b""}, 400, JSON, False, id="empty-body"),
        pytest.param({"body": b'["{ __typename }"]'}, 400, JSON, False, id="not-an-object"),
        pytest.param({"variables": "x"}, 400, JSON, False, id="variables-not-a-map"),
        pytest.param({"extensions": [1]}, 400, JSON, False, id="extensions-not-a-map"),
        pytest.param({"operationName": 1}, 400, JSON, False, id="operation-name-not-a-string"),
        pytest.param({"content_type": "text/plain"}, 400, JSON, False, id="csrf-text-plain"),
        pytest.param({"content_type": "application/xml"}, 415, JSON, False, id="not-json"),
        pytest.param({"content_type": f"{JSON}; charset=latin-1"}, 415, JSON, False, id="charset"),
        pytest.param({"accept": "text/csv"}, 406, JSON, False, id="not-acceptable"),
    ],
)
def test_post_status_and_media_type_follow_the_spec(
    client: httpx.Client,
    request_kwargs: dict[str, Any],
    status: int,
    media_type: str,
    has_data: bool,
) -> None:
    options = {"query": "{ topics { slug } }", "accept": JSON, "content_type": JSON}
    options.update(request_kwargs)
    payload = {
        k: options[k] for k in ("query", "variables", "extensions", "operationName") if k in options
    }
    headers = {"content-type": options["content_type"]}
    if options["accept"] is not None:
        headers["accept"] = options["accept"]
    body = options.get("body", json.dumps(payload).encode())
    response = client.post("/graphql", content=body, headers=headers)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == f"{media_type}; charset=utf-8"
    parsed = response.json()
    assert ("data" in parsed) is has_data
    assert ("errors" in parsed) is (status != 200 or not has_data or "first" in options["query"])


def test_mutation_over_get_is_405(client: httpx.Client) -> None:
    response = client.get(
        "/graphql",
        params={"query": "mutation { __typename }"},
        headers={"accept": GRAPHQL_RESPONSE_JSON},
    )
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"


def test_get_takes_variables_as_json(client: httpx.Client) -> None:
    response = client.get(
        "/graphql",
        params={
            "query": "query($n: String!) { concept(name: $n) { name } }",
            "variables": json.dumps({"n": "nps"}),
        },
        headers={"accept": GRAPHQL_RESPONSE_JSON},
    )
    assert response.status_code == 200
    assert response.json() == {
        "data": {"concept": {"name": "Net Promoter Score"}},
        "extensions": {"cost": 1, "budget": BUDGET},
    }


def test_other_methods_are_405_with_allow(client: httpx.Client) -> None:
    response = client.put("/graphql", json={"query": "{ __typename }"})
    assert response.status_code == 405
    assert {"GET", "POST"} <= {m.strip() for m in response.headers["allow"].split(",")}


# -- the seed corpus, over HTTP ---------------------------------------------------------


def test_seed_questions_over_http(client: httpx.Client, seed_graph: KnowledgeGraph) -> None:
    later, servqual = seed_graph.find_concept("LATER"), seed_graph.find_concept("SERVQUAL")
    nps = seed_graph.find_concept("NPS")
    assert later is not None
    assert servqual is not None
    assert nps is not None
    data = _post(
        client,
        """query($a: String!, $b: String!) {
          nps: concept(name: "nps") { related(limit: 3) { concept { name } strength } }
          path(from: "LATER", to: "SERVQUAL") { __typename ... on Concept { name } }
          topicOverlap(a: $a, b: $b) { sharedConcepts { name } }
        }""",
        a=seed_graph.topics[0].slug,
        b=seed_graph.topics[1].slug,
    )
    expected_related = [
        seed_graph.concept(link.other(nps.id)) for link in seed_graph.related(nps.id)[:3]
    ]
    assert [r["concept"]["name"] for r in data["nps"]["related"]] == [
        c.name for c in expected_related if c
    ]
    chain = seed_graph.path(later.id, servqual.id)
    assert chain is not None
    assert [step["__typename"] for step in data["path"]] == [type(s).__name__ for s in chain]
    overlap = seed_graph.topic_overlap(seed_graph.topics[0].slug, seed_graph.topics[1].slug)
    assert overlap is not None
    names = {concept.id: concept.name for concept in seed_graph.concepts}
    assert [c["name"] for c in data["topicOverlap"]["sharedConcepts"]] == [
        names[cid] for cid in overlap.shared
    ]


# -- the graphql-http audit suite -------------------------------------------------------


def _run_node_script(script: str, url: str) -> list[dict[str, Any]]:
    """Run ``tests/http/SCRIPT URL`` with node; its stdout is a JSON array of results."""
    node = shutil.which("node")
    if node is None or shutil.which("npm") is None:
        pytest.skip("node and npm are needed for the checks in tests/http/")
    for package in ("graphql-http", "@apollo/client"):
        if not (ROOT / "node_modules" / package / "package.json").is_file():
            pytest.fail(f"{package} is not installed: run `make install` (it runs npm ci)")
    finished = subprocess.run(
        [node, str(ROOT / "tests" / "http" / script), url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    results: list[dict[str, Any]] = json.loads(finished.stdout)
    return results


@pytest.mark.audit
def test_graphql_http_audit_passes_without_warnings(live_server: str) -> None:
    results = _run_node_script("audit.mjs", f"{live_server}/graphql")
    failing = [r for r in results if r["status"] != "ok"]
    assert len(results) >= 50, "the audit suite ran fewer audits than graphql-http defines"
    assert failing == [], "\n".join(
        f"{r['id']} {r['status']}: {r['name']}: {r.get('reason')}" for r in failing
    )


def test_apollo_client_pages_and_normalises_unchanged(live_server: str) -> None:
    results = _run_node_script("apollo.mjs", f"{live_server}/graphql")
    assert {r["check"] for r in results} >= {
        "paging merges every concept exactly once",
        "interface fragments resolve every node type",
        "one cache entry per node, shared across queries",
    }
    failing = [r for r in results if not r["ok"]]
    assert failing == [], json.dumps(failing, indent=2)


# -- running server.py and `uvicorn server:app` ------------------------------------------


def test_server_py_serves_good_documents_and_logs_problems_as_file_line(
    corpus_with_a_problem: Path,
) -> None:
    args = [
        "server.py",
        "--seeds",
        str(corpus_with_a_problem),
        "--host",
        "127.0.0.1",
        "--port",
        "0",
    ]
    with serve_in_process(args) as (url, log):
        health = httpx.get(f"{url}/healthz", timeout=10).json()
        assert (health["topics"], health["problems"]) == (1, 1)
        broken = str(corpus_with_a_problem / "broken.txt")
        assert any(line.startswith(f"{broken}:") for line in log), log


@pytest.mark.parametrize(
    ("options", "logged"),
    [
        pytest.param([], False, id="off-by-default"),
        pytest.param(["--access-log"], True, id="on-when-asked"),
        pytest.param(["--workers", "2"], False, id="off-with-workers"),
    ],
)
def test_the_access_log_is_off_unless_asked_for(options: list[str], logged: bool) -> None:
    args = ["server.py", "--seeds", str(SEEDS), "--port", "0", "--no-reload", *options]
    if "--workers" in options:
        args[args.index("0")] = str(_free_port())
    with serve_in_process(args, timeout=60) as (url, log):
        _wait_until_it_answers(f"{url}/healthz")
        for _ in range(3):
            httpx.post(f"{url}/graphql", json={"query": "{ corpusVersion }"}, timeout=10)
    # the block has ended: the log is whole
    requests = [line for line in log if '"POST /graphql HTTP/1.1" 200' in line]
    assert bool(requests) is logged, log
    if logged:
        assert len(requests) == 3


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_it_answers(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not answer within {timeout:g}s")


def test_uvicorn_server_app_reads_seeds_dir_from_the_environment(
    corpus_with_a_problem: Path,
) -> None:
    env = {**os.environ, "SEEDS_DIR": str(corpus_with_a_problem)}
    args = ["-m", "uvicorn", "server:app", "--host", "127.0.0.1", "--port", "0"]
    with serve_in_process(args, env) as (url, _):
        response = httpx.post(f"{url}/graphql", json={"query": "{ topics { slug } }"}, timeout=10)
        assert response.json()["data"] == {"topics": [{"slug": "good"}]}


def test_server_py_with_a_missing_folder_says_so_in_one_line_and_exits_2(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "nowhere"

    done = subprocess.run(
        [sys.executable, "server.py", "--seeds", str(missing), "--port", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"error: {missing}: not a folder of topic documents"
    ]
    assert "Traceback" not in done.stderr + done.stdout


def test_starting_on_the_seeds_leaves_the_heavy_libraries_for_later() -> None:
    """Start-up (target 2 s) imports what serving the seeds needs, and no more.

    networkx, rdflib and python-docx are imported by the exports and by the first
    .docx read; scipy.optimize not at all. Each cost a tenth to a quarter of a second.
    """
    code = (
        "import sys, server\n"
        "from graph import load_corpus\n"
        f"load_corpus({str(SEEDS)!r})\n"
        "print(sorted(m for m in ('networkx', 'rdflib', 'docx', 'scipy.optimize')"
        " if m in sys.modules))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )

    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "[]"
