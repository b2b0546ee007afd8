"""The header: corpus summary, version, problems and downloads; loading, errors, offline."""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, Route, expect

from graph import KnowledgeGraph
from serving import create_app
from tests.documents import as_docx, with_further_reading
from tests.live_server import serve_in_thread
from tests.schema.conftest import topic_document
from tests.web.conftest import WEB_DIST, Open, require_the_built_page, screenshot

EXPORTS = {
    "GraphML": "curriculum-graph.graphml",
    "GEXF": "curriculum-graph.gexf",
    "JSON": "curriculum-graph.json",
    "CSV": "curriculum-graph.zip",
    "SKOS": "curriculum-graph.ttl",
}


def _count(page: Page, kind: str) -> str:
    return page.locator(f'.summary-counts [data-kind="{kind}"] dd').inner_text()


def test_header_shows_the_corpus_summary(open_page: Open, seed_graph: KnowledgeGraph) -> None:
    page, _ = open_page()
    counts = seed_graph.counts
    expect(page.locator(".summary-counts")).to_be_visible()
    assert [_count(page, kind) for kind in ("topic", "concept", "model", "statement")] == [
        str(counts.topics),
        str(counts.concepts),
        str(counts.models),
        str(counts.statements),
    ]
    detail = page.locator(".summary-detail").inner_text()
    assert f"{counts.marking_points} marking points" in detail
    assert f"{counts.links} links" in detail
    screenshot(page, "overview")


def test_header_shows_the_corpus_version_when_the_api_has_one(open_page: Open, site: str) -> None:
    body = httpx.post(f"{site}/graphql", json={"query": "{ corpusVersion }"}, timeout=10).json()
    page, _ = open_page()
    expect(page.locator(".summary-counts")).to_be_visible()
    version = page.locator("#corpus-version")
    if "errors" in body:  # a server from before corpusVersion: the page leaves it out
        page.wait_for_function("document.querySelector('#corpus-version').hidden === true")
        expect(version).to_be_hidden()
    else:
        expect(version).to_have_text(f"Corpus version {body['data']['corpusVersion']}")
        expect(page.locator("#corpus-problems")).to_be_hidden()  # the seeds load cleanly


@pytest.mark.parametrize(("label", "filename"), EXPORTS.items(), ids=EXPORTS.keys())
def test_export_buttons_download_the_graph(open_page: Open, label: str, filename: str) -> None:
    page, _ = open_page()
    link = page.locator(".exports").get_by_role("link", name=label, exact=True)
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == filename
    path = download.value.path()
    assert path.stat().st_size > 0


def test_a_server_without_corpus_version_still_shows_the_summary(open_page: Open) -> None:
    """An API older than corpusVersion/corpusProblems answers that query with a
    validation error: the rest of the overview must not depend on it."""

    def older_api(route: Route) -> None:
        if "CorpusHealth" in (route.request.post_data or ""):
            error = {"message": "Cannot query field 'corpusVersion' on type 'Query'."}
            # what the server answers a client that accepts application/json
            route.fulfill(
                status=200, content_type="application/json", body=json.dumps({"errors": [error]})
            )
        else:
            route.fallback()

    page, _ = open_page(before=lambda page: page.route("**/graphql", older_api))
    expect(page.locator(".summary-counts")).to_be_visible()
    expect(page.locator(".heatmap button.cell").first).to_be_visible()
    expect(page.locator("#corpus-version")).to_be_hidden()
    expect(page.locator("#corpus-problems")).to_be_hidden()


def test_the_page_retries_while_the_server_is_loading(open_page: Open) -> None:
    """503 with Retry-After while the corpus loads: the page says so, waits, and goes on."""
    refused: list[str] = []

    def loading_at_first(route: Route) -> None:
        if len(refused) < 3:
            refused.append(route.request.url)
            route.fulfill(
                status=503,
                headers={"Retry-After": "1"},
                content_type="application/json",
                body=json.dumps({"errors": [{"message": "the knowledge graph is still loading"}]}),
            )
        else:
            route.fallback()

    page, watch = open_page(before=lambda page: page.route("**/graphql", loading_at_first))
    watch.expect_console_error("status of 503")
    expect(page.locator("#status")).to_contain_text("loading the corpus")
    screenshot(page, "loading")
    expect(page.locator(".summary-counts")).to_be_visible()
    expect(page.locator(".heatmap button.cell").first).to_be_visible()
    expect(page.locator("#status")).to_be_hidden()
    assert len(refused) == 3


def test_an_unreachable_view_offers_to_try_again(open_page: Open) -> None:
    failures: list[str] = []

    def overlap_fails_once(route: Route) -> None:
        if "query Overlap" in (route.request.post_data or "") and not failures:
            failures.append(route.request.url)
            route.fulfill(status=500, content_type="text/plain", body="boom")
        else:
            route.fallback()

    page, watch = open_page(before=lambda page: page.route("**/graphql", overlap_fails_once))
    watch.expect_console_error("status of 500")
    alert = page.locator(".heatmap-region [role=alert]")
    expect(alert).to_contain_text("Could not load this view")
    alert.get_by_role("button", name="Try again").click()
    expect(page.locator(".heatmap button.cell").first).to_be_visible()


def test_problems_in_the_corpus_are_listed(open_page: Open, corpus_with_a_problem: Path) -> None:
    with serve_in_thread(create_app(corpus_with_a_problem)) as url:
        query = {"query": "{ corpusProblems { file line message } }"}
        body = httpx.post(f"{url}/graphql", json=query, timeout=10).json()
        if "errors" in body:
            pytest.skip("this API has no corpusProblems yet")
        problems = body["data"]["corpusProblems"]
        assert len(problems) == 1
        page, _ = open_page(base=url)
        banner = page.locator("#corpus-problems")
        expect(banner).to_contain_text("1 problem in 1 document")
        banner.locator("summary").click()
        expect(banner.locator("li")).to_have_count(1)
        expect(banner.locator("li")).to_contain_text(problems[0]["message"])
        assert "broken.txt" in banner.locator("li code").inner_text()
        screenshot(page, "problems")


def test_warnings_are_listed_as_warnings_with_word_paragraphs(
    open_page: Open, tmp_path: Path
) -> None:
    good = topic_document(
        "Handling complaints well.",
        ["Complaint Handling: turning complaints around"],
        ["Apply the LATER model."],
        ["Skipping the apology."],
        ["Credit a clear apology."],
    )
    (tmp_path / "good.docx").write_bytes(as_docx(with_further_reading(good)))
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    with serve_in_thread(create_app(tmp_path)) as url:
        page, _ = open_page(base=url)
        banner = page.locator("#corpus-problems")
        expect(banner).to_contain_text(
            "2 problems in 2 documents: warnings only, every document is served"
        )
        banner.locator("summary").click()
        items = banner.locator("li")
        expect(items).to_have_count(2)
        expect(items.nth(0)).to_contain_text("good.docx:¶12 warning: unknown section")
        expect(items.nth(1)).to_contain_text("scan.pdf warning: skipped: a PDF is not read")
        screenshot(page, "warnings")


def test_an_empty_corpus_shows_empty_states(open_page: Open, tmp_path: Path) -> None:
    with serve_in_thread(create_app(tmp_path)) as url:
        page, _ = open_page(base=url)
        expect(page.locator('.summary-counts [data-kind="topic"] dd')).to_have_text("0")
        expect(page.locator("#view-overlap .empty")).to_contain_text("no topics")
        screenshot(page, "empty-overlap")
        page.get_by_role("link", name="Concept map").click()
        expect(page.locator("#view-map .empty")).to_contain_text("no concepts")
        page.get_by_role("link", name="Topics").click()
        expect(page.locator("#view-topics .empty")).to_contain_text("no topics")


class _AssetReferences(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "link"}:
            self.references += [value for name, value in attrs if name in {"src", "href"} and value]


def test_the_built_page_loads_its_assets_by_relative_paths() -> None:
    require_the_built_page()
    parser = _AssetReferences()
    parser.feed((WEB_DIST / "index.html").read_text(encoding="utf-8"))
    assert parser.references, "the page loads no script or stylesheet"
    assert all(reference.startswith("./") for reference in parser.references), parser.references
    bundled = "".join(path.read_text("utf-8") for path in (WEB_DIST / "assets").glob("*.css"))
    assert not re.search(r"@import|url\(\s*['\"]?https?:", bundled), "a style sheet loads from afar"


def _corpus_version(url: str) -> str:
    body = httpx.post(f"{url}/graphql", json={"query": "{ corpusVersion }"}, timeout=10).json()
    version: str = body["data"]["corpusVersion"]
    return version


def test_a_changed_corpus_offers_a_reload(open_page: Open, corpus_with_a_problem: Path) -> None:
    """The server reloads a corpus whose folder changes; the page notices and offers one."""
    with serve_in_thread(create_app(corpus_with_a_problem)) as url:
        page, _ = open_page(base=url)
        expect(page.locator('.summary-counts [data-kind="topic"] dd')).to_have_text("1")
        before = page.locator("#corpus-version code").inner_text()
        (corpus_with_a_problem / "broken.txt").write_text(
            topic_document(
                "Queue management in contact centres.",
                ["Queue Management: keeping waits short and fair"],
                ["Quote Erlang C when sizing a team."],
                ["Thinking a longer queue always means poor service."],
                ["Credit use of Erlang C."],
            ),
            encoding="utf-8",
        )
        deadline = time.monotonic() + 20
        while _corpus_version(url) == before:
            assert time.monotonic() < deadline, "the server did not reload within 20 s"
            time.sleep(0.1)
        page.evaluate("window.dispatchEvent(new Event('focus'))")  # as when a reader comes back
        banner = page.locator("#corpus-changed")
        expect(banner).to_contain_text("The corpus has changed")
        banner.get_by_role("button", name="Reload to see it").click()
        expect(page.locator('.summary-counts [data-kind="topic"] dd')).to_have_text("2")
        expect(page.locator("#corpus-problems")).to_be_hidden()
        expect(banner).to_be_hidden()
