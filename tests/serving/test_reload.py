"""Live reload end to end: a real server, a client querying all along, a corpus that changes.

Documents are added, changed, broken and removed while a client thread keeps
asking for the version and the topics. Every answer must be a 200 from one whole
snapshot, and each change must show up as a new version within a bounded time.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from serving import Settings, create_app
from tests.conftest import SEEDS
from tests.live_server import ROOT, serve_in_process, serve_in_thread
from tests.schema.conftest import topic_document

QUERY = "{ corpusVersion topics { slug } corpusProblems { file line message } }"
NEW = topic_document(
    "Queue management in contact centres.",
    ["Queue Management: keeping waits short and fair"],
    ["Quote Erlang C when sizing a team."],
    ["Thinking a longer queue always means poor service."],
    ["Credit use of Erlang C."],
)


class Poller:
    """A client thread that queries until stopped (at most ``max_requests`` times)."""

    def __init__(self, url: str, max_requests: int = 5000) -> None:
        self.url = url
        self.max_requests = max_requests
        self.answers: list[dict[str, Any]] = []
        self.failures: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="poller", daemon=True)

    def __enter__(self) -> Poller:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=15)

    def _run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            for _ in range(self.max_requests):
                if self._stop.is_set():
                    return
                try:
                    response = client.post("/graphql", json={"query": QUERY})
                except httpx.HTTPError as err:
                    self.failures.append(repr(err))
                    continue
                if response.status_code != 200 or "errors" in response.json():
                    self.failures.append(f"{response.status_code}: {response.text[:200]}")
                else:
                    self.answers.append(response.json()["data"])
                time.sleep(0.005)

    def latest(self) -> dict[str, Any] | None:
        return self.answers[-1] if self.answers else None


def _wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"not seen within {timeout:g}s")
        time.sleep(0.05)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def served(corpus: Path) -> Iterator[str]:
    with serve_in_thread(create_app(corpus, Settings(reload=True))) as url:
        yield url


def test_adding_changing_breaking_and_removing_documents_while_a_client_queries(
    corpus: Path, served: str
) -> None:
    seed_slugs = sorted(path.stem for path in SEEDS.iterdir())
    with Poller(served) as poller:
        _wait_for(lambda: poller.latest() is not None)
        start = poller.latest()
        assert start is not None

        def version_after(change: Callable[[], object]) -> dict[str, Any]:
            before = poller.latest()
            assert before is not None
            change()
            _wait_for(
                lambda: (poller.latest() or before)["corpusVersion"] != before["corpusVersion"]
            )
            latest = poller.latest()
            assert latest is not None
            return latest

        added = version_after(lambda: (corpus / "queues.txt").write_text(NEW, encoding="utf-8"))
        assert [t["slug"] for t in added["topics"]] == sorted([*seed_slugs, "queues"])

        changed_text = NEW.replace("Erlang C", "Little's Law")
        changed = version_after(
            lambda: (corpus / "queues.txt").write_text(changed_text, encoding="utf-8")
        )
        assert "queues" in [t["slug"] for t in changed["topics"]]

        broken = version_after(
            lambda: (corpus / "queues.txt").write_text("no sections\n", encoding="utf-8")
        )
        assert [t["slug"] for t in broken["topics"]] == seed_slugs  # the good ones all stay
        [problem] = broken["corpusProblems"]
        assert problem["file"] == str(corpus / "queues.txt")
        assert problem["line"] == 1

        removed = version_after(lambda: (corpus / "queues.txt").unlink())
        assert removed["corpusVersion"] == start["corpusVersion"]
        assert removed["corpusProblems"] == []
    assert poller.failures == []
    # every answer came whole from one snapshot: one version, one set of topics
    topics_by_version: dict[str, set[tuple[str, ...]]] = {}
    for answer in poller.answers:
        slugs = tuple(t["slug"] for t in answer["topics"])
        topics_by_version.setdefault(answer["corpusVersion"], set()).add(slugs)
    assert all(len(seen) == 1 for seen in topics_by_version.values())


def test_a_reload_that_fails_keeps_serving_and_healthz_says_why(corpus: Path, served: str) -> None:
    before = httpx.get(f"{served}/healthz", timeout=10).json()
    shutil.rmtree(corpus)
    _wait_for(lambda: httpx.get(f"{served}/healthz", timeout=10).json()["lastReload"] is not None)
    health = httpx.get(f"{served}/healthz", timeout=10).json()
    assert health["status"] == "ok"
    assert health["corpusVersion"] == before["corpusVersion"]
    assert health["lastReload"]["ok"] is False
    assert "not a folder" in health["lastReload"]["error"]
    response = httpx.post(f"{served}/graphql", json={"query": "{ topics { slug } }"}, timeout=10)
    assert len(response.json()["data"]["topics"]) == before["topics"]
    # the folder comes back: watching resumes and the new content is served
    shutil.copytree(SEEDS, corpus)
    (corpus / "queues.txt").write_text(NEW, encoding="utf-8")
    _wait_for(
        lambda: httpx.get(f"{served}/healthz", timeout=10).json()["topics"] == before["topics"] + 1
    )


def test_healthz_details_the_version_and_each_problem_with_its_severity(corpus: Path) -> None:
    (corpus / "broken.txt").write_text("Title only\n", encoding="utf-8")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.7")
    with serve_in_thread(create_app(corpus, Settings(reload=False))) as url:
        health = httpx.get(f"{url}/healthz", timeout=10).json()
        version = httpx.post(
            f"{url}/graphql", json={"query": "{ corpusVersion }"}, timeout=10
        ).json()["data"]["corpusVersion"]
    assert health["corpusVersion"] == version
    assert (health["problems"], health["errors"], health["warnings"]) == (2, 1, 1)
    error, warning = health["corpusProblems"]
    assert error["file"] == str(corpus / "broken.txt")
    assert (error["severity"], error["line"], error["paragraph"]) == ("error", 1, None)
    assert error["message"]
    assert warning == {
        "file": str(corpus / "scan.pdf"),
        "line": None,
        "message": "skipped: a PDF is not read (save it as .docx, .md or .txt to have it read)",
        "severity": "warning",
        "paragraph": None,
    }


def test_strict_refuses_to_start_on_a_problem_in_one_clear_line(corpus: Path) -> None:
    (corpus / "broken.txt").write_text("no sections\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "server.py", "--seeds", str(corpus), "--strict", "--port", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0
    assert f"{corpus / 'broken.txt'}:1: " in output
    assert "Traceback" not in output


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=5).status_code == 200
    except httpx.ConnectError:
        return False


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_server_py_serves_with_several_workers(corpus: Path) -> None:
    port = _free_port()
    args = ["server.py", "--seeds", str(corpus), "--port", str(port), "--workers", "2"]
    with serve_in_process(args, timeout=60) as (url, _log):
        # the parent binds the port; it accepts once a worker has loaded and listens
        _wait_for(lambda: _answers(f"{url}/healthz"), timeout=30)
        response = httpx.post(f"{url}/graphql", json={"query": "{ corpusVersion }"}, timeout=10)
        assert response.status_code == 200
        health = httpx.get(f"{url}/healthz", timeout=10).json()
        assert health["corpusVersion"] == response.json()["data"]["corpusVersion"]
