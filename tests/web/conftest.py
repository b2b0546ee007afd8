"""Browser tests: Debian's Chromium, driven by Playwright, against a real server on
127.0.0.1 that serves the seeds and the built page (``server.py`` serves ``web/dist``
at ``/``; ``make test`` builds it first).

Every test gets a fresh page at 1280×800 that records console errors, uncaught
exceptions and any request that leaves the machine; a test fails on any of them
unless it says which it expects. Screenshots go to ``artifacts/screenshots/``.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Route,
    ViewportSize,
    expect,
    sync_playwright,
)

from bench.corpus import write_corpus
from serving import create_app
from tests.conftest import SEEDS
from tests.live_server import ROOT, serve_in_thread

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-quic",
    "--disable-component-update",
    "--disable-sync",
]
WEB_DIST = ROOT / "web" / "dist"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
VIEWPORT: ViewportSize = {"width": 1280, "height": 800}
TIMEOUT_MS = 15_000  # every wait in these tests ends by then
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

expect.set_options(timeout=TIMEOUT_MS)


def require_the_built_page() -> None:
    """Skip without the built page where it cannot be built; fail where it should be."""
    # server.py serves web/dist at / only if it is there when the app is made
    if (WEB_DIST / "index.html").is_file():
        return
    message = "web/dist/index.html is missing: `make test` builds it first (with npm)"
    if os.environ.get("CI") or shutil.which("npm"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """Headless Chromium from Debian; never a browser Playwright would download."""
    if not CHROMIUM.is_file():
        message = f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    require_the_built_page()
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS, timeout=30_000
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="package")
def site() -> Iterator[str]:
    """Base URL of a real server answering from the seed corpus, page included."""
    require_the_built_page()
    with serve_in_thread(create_app(SEEDS)) as url:
        yield url


LARGE_TOPICS = 300  # the size of a whole programme (issue 15)


@pytest.fixture(scope="package")
def large_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus of 300 topics (``python -m bench.corpus --topics 300``)."""
    return write_corpus(tmp_path_factory.mktemp("large"), LARGE_TOPICS)


@pytest.fixture(scope="package")
def large_site(large_corpus: Path) -> Iterator[str]:
    """Base URL of a real server answering from the 300-topic corpus, page included."""
    require_the_built_page()
    with serve_in_thread(create_app(large_corpus), timeout=60) as url:
        yield url


@dataclass
class Watch:
    """What a page reported that a test did not ask for."""

    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    expected: list[re.Pattern[str]] = field(default_factory=list)

    def expect_console_error(self, pattern: str) -> None:
        """Allow console errors matching ``pattern`` (e.g. the browser's line for a 503)."""
        self.expected.append(re.compile(pattern))

    def unexpected(self) -> list[str]:
        return [
            error
            for error in self.console_errors
            if not any(pattern.search(error) for pattern in self.expected)
        ]


Open = Callable[..., tuple[Page, Watch]]


@pytest.fixture
def open_page(browser: Browser, site: str) -> Iterator[Open]:
    """``open_page(fragment, base=site, path="/")``: a fresh 1280×800 page at BASE/PATH#FRAGMENT,
    and its Watch.

    The page may not reach any host but this machine (the page must work offline);
    at the end of the test it must have logged no console error it did not expect.
    """
    opened: list[tuple[Any, Watch]] = []

    def open_at(
        fragment: str = "",
        base: str = site,
        before: Callable[[Page], None] | None = None,
        path: str = "/",
    ) -> tuple[Page, Watch]:
        context = browser.new_context(viewport=VIEWPORT, reduced_motion="reduce")
        context.set_default_timeout(TIMEOUT_MS)
        watch = Watch()

        def keep_local(route: Route) -> None:
            host = urlsplit(route.request.url).hostname
            if route.request.url.startswith(("data:", "blob:")) or host in LOOPBACK:
                route.fallback()
            else:
                watch.outside_requests.append(route.request.url)
                route.abort()

        context.route("**/*", keep_local)
        page = context.new_page()

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                watch.console_errors.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: watch.console_errors.append(f"uncaught: {error}"))
        opened.append((context, watch))
        if before is not None:
            before(page)
        page.goto(f"{base}{path}{'#' + fragment if fragment else ''}")
        return page, watch

    yield open_at
    for context, watch in opened:
        context.close()
        assert watch.outside_requests == [], "the page reached outside this machine"
        assert watch.unexpected() == [], "the page logged console errors"


def screenshot(page: Page, name: str) -> Path:
    """Save what the page shows as ``artifacts/screenshots/NAME.png``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path)
    return path


@pytest.fixture(scope="package")
def api(site: str) -> Iterator[Callable[..., dict[str, Any]]]:
    """``api(query, **variables)``: the data of a query to the same server, for expectations."""
    with httpx.Client(base_url=site, timeout=30) as client:

        def run(query: str, **variables: Any) -> dict[str, Any]:
            response = client.post("/graphql", json={"query": query, "variables": variables})
            body: dict[str, Any] = response.json()
            assert "errors" not in body, body
            data: dict[str, Any] = body["data"]
            return data

        yield run
