"""GraphiQL's page as `make web` builds it into web/dist, and what a browser gets without it."""

from __future__ import annotations

import os
from pathlib import Path

from serving.web import GRAPHIQL_POLICY, graphiql_page


def test_the_built_page_is_sent_with_a_policy_that_keeps_it_on_this_host(tmp_path: Path) -> None:
    (tmp_path / "graphiql.html").write_text("<title>GraphiQL</title>", encoding="utf-8")
    response = graphiql_page(tmp_path)
    assert response.status_code == 200
    assert response.body == b"<title>GraphiQL</title>"
    assert response.headers["content-security-policy"] == GRAPHIQL_POLICY
    assert "https:" not in GRAPHIQL_POLICY
    assert "*" not in GRAPHIQL_POLICY


def test_without_a_build_the_page_says_how_to_make_one(tmp_path: Path) -> None:
    response = graphiql_page(tmp_path)
    assert response.status_code == 404
    assert b"make web" in response.body
    assert b"POST /graphql" in response.body  # the API answers all the same


def test_a_new_build_is_served_without_a_restart(tmp_path: Path) -> None:
    page = tmp_path / "graphiql.html"
    page.write_text("old build", encoding="utf-8")
    assert graphiql_page(tmp_path).body == b"old build"
    page.write_text("new build", encoding="utf-8")
    later = page.stat().st_mtime_ns + 1_000_000_000
    os.utime(page, ns=(later, later))  # a coarse clock may give both writes one time
    assert graphiql_page(tmp_path).body == b"new build"
