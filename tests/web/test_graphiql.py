"""GraphiQL at /graphql, as `make web` builds it: it works with every request that would
leave this machine blocked (``open_page`` aborts them and fails the test on any)."""

from __future__ import annotations

import re

import httpx
from playwright.sync_api import Page, Request, expect

from tests.web.conftest import Open, screenshot

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_graphiql_runs_a_query_and_shows_the_docs_offline(open_page: Open) -> None:
    sent: list[Request] = []

    def keep_posts(page: Page) -> None:
        page.on(
            "request", lambda request: sent.append(request) if request.method == "POST" else None
        )

    page, watch = open_page(path="/graphql", before=keep_posts)
    run = page.get_by_role("button", name=re.compile(r"^Execute query"))
    expect(run).to_be_visible()
    # the editor holds the page's default query, TopicsWithKeyConcepts; run it
    expect(page.locator(".graphiql-query-editor")).to_contain_text("TopicsWithKeyConcepts")
    with page.expect_response(
        lambda response: (
            response.request.method == "POST"
            and "TopicsWithKeyConcepts" in (response.request.post_data or "")
        )
    ) as answered:
        run.click()
    response = answered.value
    assert response.status == 200
    body = response.json()
    assert "errors" not in body, body
    first = body["data"]["topicsConnection"]["nodes"][0]
    expect(page.locator(".graphiql-response")).to_contain_text(first["slug"])

    # every request GraphiQL made (the schema's introspection, the query) was JSON
    # that the server takes from a browser, asking for the spec's media type first
    assert len(sent) >= 2
    for request in sent:
        assert request.url.endswith("/graphql")
        headers = request.headers
        assert headers["content-type"] == "application/json"
        assert headers["accept"].startswith("application/graphql-response+json")

    page.get_by_role("button", name="Show Documentation Explorer").click()
    docs = page.locator(".graphiql-doc-explorer")
    expect(docs).to_be_visible()
    docs.get_by_role("link", name="Query").click()
    expect(docs).to_contain_text("topicsConnection")
    screenshot(page, "graphiql")
    assert watch.outside_requests == []


def test_graphiql_page_loads_nothing_from_another_host(site: str) -> None:
    response = httpx.get(f"{site}/graphql", headers={"accept": BROWSER_ACCEPT}, timeout=10)
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "connect-src 'self'" in policy
    references = re.findall(r'(?:src|href)="([^"]+)"', response.text)
    assert references, "the page loads no script or style sheet"
    assert all(reference.startswith("./") for reference in references), references
