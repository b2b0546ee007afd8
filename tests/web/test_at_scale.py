"""Every view on the seeds and on a whole programme (300 generated topics, issue 15):
how soon it shows, how long the page's main thread is ever busy once the data is in,
what axe finds, and what the concept map says it draws.

Durations are the browser's own (the Long Tasks API and ``performance.now()``). A shared
2-core machine stretches a task now and then whatever the page does, so a view counts
with the quickest of three loads, each measure on its own; a view that is slow every
time still fails.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from graph import KnowledgeGraph, Snapshot, load_corpus
from tests.live_server import ROOT
from tests.web.conftest import Open, screenshot

FIRST_PAINT_MS = 3_000  # the view's content on screen, from the start of navigation
LONGEST_TASK_MS = 200  # any one main-thread task once the view's data is in
LOADS = 3
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
MEASURES = ROOT / "artifacts" / "performance.json"

# Long tasks, and the moment the map's worker hands its data over, from the first instant
WATCH_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });
"""

# when each view has drawn its content (the overlap grid fills a few rows per task)
READY = {
    "overlap": """() => {
        const rows = document.querySelectorAll('.heatmap tbody tr').length;
        return rows > 0 && rows === document.querySelectorAll('.heatmap thead th').length;
    }""",
    "map": "() => document.querySelector('.map-canvas[data-state=ready]') !== null",
    "topics": "() => document.querySelector('#topic-title') !== null",
}

# when the last of the view's data arrived: API answers, or the map worker's hand-over
DATA_IN = """() => Math.max(0,
  ...performance.getEntriesByType('resource')
    .filter((entry) => /\\/(graphql|export\\/)/.test(entry.name))
    .map((entry) => entry.responseEnd),
  ...performance.getEntriesByName('map-data').map((entry) => entry.startTime))"""


@pytest.fixture(scope="module")
def large_snapshot(large_corpus: Path) -> Snapshot:
    return load_corpus(large_corpus)


@pytest.fixture(scope="module")
def measured() -> Iterator[dict[str, Any]]:
    """What the timing tests measured, written to artifacts/performance.json at the end."""
    found: dict[str, Any] = {}
    yield found
    MEASURES.parent.mkdir(parents=True, exist_ok=True)
    old = json.loads(MEASURES.read_text()) if MEASURES.exists() else {}
    MEASURES.write_text(json.dumps({**old, **found}, indent=2) + "\n")


def _load_and_time(open_page: Open, base: str, view: str) -> dict[str, float]:
    page, _ = open_page(f"/{view}", base=base, before=lambda p: p.add_init_script(WATCH_TASKS))
    page.wait_for_function(READY[view], timeout=15_000, polling=50)
    painted = page.evaluate("performance.now()")
    data_in = page.evaluate(DATA_IN)
    page.wait_for_timeout(2_000)  # the work that follows: lists filled, frames drawn
    tasks = page.evaluate("window.__longTasks")
    after = [duration for start, duration in tasks if start + duration > data_in]
    page.context.close()
    return {"first_paint_ms": round(painted), "longest_task_ms": round(max(after, default=0))}


def _best_of_loads(open_page: Open, base: str, view: str) -> dict[str, float]:
    """Each measure at its best of the loads: the machine's hiccups slow one load's paint
    and another's tasks, not the same load's (a view slow every time still fails)."""
    runs = [_load_and_time(open_page, base, view) for _ in range(LOADS)]
    best = {measure: min(run[measure] for run in runs) for measure in runs[0]}
    return {**best, "runs": runs}  # type: ignore[dict-item]


@pytest.mark.parametrize("view", ["overlap", "map", "topics"])
@pytest.mark.parametrize("corpus", ["seeds", "300 topics"])
def test_every_view_shows_within_3_s_and_never_blocks_the_page_for_200_ms(
    open_page: Open,
    site: str,
    large_site: str,
    measured: dict[str, Any],
    corpus: str,
    view: str,
) -> None:
    base = site if corpus == "seeds" else large_site
    result = _best_of_loads(open_page, base, view)
    measured[f"{corpus} / {view}"] = result
    assert result["first_paint_ms"] <= FIRST_PAINT_MS, result
    assert result["longest_task_ms"] <= LONGEST_TASK_MS, result


def test_opening_a_theme_never_blocks_the_page_for_200_ms(
    open_page: Open, large_site: str, measured: dict[str, Any]
) -> None:
    """The heaviest step of the map: the largest theme's concepts and every link they have
    (5,000 or so, most of them crossing the screen), drawn to the last one."""
    runs = []
    for _ in range(LOADS):
        page, _ = open_page("/map", base=large_site)
        canvas = page.locator(".map-canvas")
        expect(page.locator(".map-canvas[data-state=ready]")).to_be_attached()
        page.wait_for_timeout(1_500)
        page.evaluate(WATCH_TASKS)  # buffered: it also reports the page's loading
        clicked = page.evaluate("performance.now()")
        page.locator("button.open-theme").first.click()
        expect(canvas).to_have_attribute("data-open-theme", "1")
        expect(canvas).to_have_attribute("data-links-pending", "0")
        page.wait_for_timeout(2_000)
        tasks = page.evaluate("window.__longTasks")
        after = [duration for start, duration in tasks if start + duration > clicked]
        runs.append(round(max(after, default=0)))
        page.context.close()
    measured["300 topics / map, opening the largest theme"] = {
        "longest_task_ms": min(runs),
        "runs": runs,
    }
    assert min(runs) <= LONGEST_TASK_MS, runs


def _axe(page: Page) -> list[dict[str, Any]]:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: make install (npm ci) installs axe-core")
    page.add_script_tag(path=str(AXE))
    violations: list[dict[str, Any]] = page.evaluate(
        """() => axe.run(document, { resultTypes: ['violations'] }).then((result) =>
            result.violations.map((v) => ({
              id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
            })))"""
    )
    return violations


Step = Callable[[Page], None]


def _pair_selected(page: Page) -> None:
    page.locator(".heatmap button.cell").nth(1).click()
    expect(page.locator(".overlap-detail [data-group=shared]")).to_be_visible()
    page.locator(".table-view summary").click()


def _concept_selected(page: Page) -> None:
    page.locator(".concept-list button").first.click()
    expect(page.locator(".concept-panel [data-section=related]")).to_be_visible()


def _topic_shown(page: Page) -> None:
    expect(page.locator("#topic-title")).to_be_visible()


@pytest.mark.parametrize(
    ("view", "ready", "step"),
    [
        pytest.param("overlap", ".heatmap button.cell", _pair_selected, id="overlap"),
        pytest.param("map", ".map-canvas[data-state=ready]", _concept_selected, id="map"),
        pytest.param("topics", "#topic-title", _topic_shown, id="topics"),
    ],
)
@pytest.mark.parametrize("corpus", ["seeds", "300 topics"])
def test_axe_finds_no_violation_of_any_impact(
    open_page: Open, site: str, large_site: str, corpus: str, view: str, ready: str, step: Step
) -> None:
    page, _ = open_page(f"/{view}", base=site if corpus == "seeds" else large_site)
    expect(page.locator(ready).first).to_be_attached()
    assert _axe(page) == []
    step(page)
    assert _axe(page) == []
    name = "seeds" if corpus == "seeds" else "300-topics"
    screenshot(page, f"{view}-{name}")


def test_the_map_opens_on_the_themes_and_counts_every_link(
    open_page: Open, large_site: str, large_snapshot: Snapshot
) -> None:
    graph, analysis = large_snapshot.graph, large_snapshot.analysis
    theme_of = {cid: theme.id for theme in analysis.themes for cid in theme.member_ids}
    inside = sum(1 for link in graph.links if theme_of[link.source] == theme_of[link.target])
    between = len(graph.links) - inside
    pairs = {
        frozenset((theme_of[link.source], theme_of[link.target]))
        for link in graph.links
        if theme_of[link.source] != theme_of[link.target]
    }
    themes, concepts = len(analysis.themes), len(graph.concepts)
    page, _ = open_page("/map", base=large_site)
    canvas = page.locator(".map-canvas[data-state=ready]")
    expect(canvas).to_have_attribute("data-level", "themes")
    expect(page.locator(".map-caption")).to_have_text(
        f"Showing {themes} of {themes} themes ({concepts:,} of {concepts} concepts) and "
        f"{len(pairs)} lines standing for the {between} links between themes, of "
        f"{len(graph.links)} links in all. The {inside} links inside themes are drawn at "
        "the concepts level."
    )
    screenshot(page, "concept-map-themes-300-topics")


def test_opening_a_theme_draws_every_link_that_touches_it(
    open_page: Open, large_site: str, large_snapshot: Snapshot
) -> None:
    graph, analysis = large_snapshot.graph, large_snapshot.analysis
    largest = set(analysis.themes[0].member_ids)
    touching = sum(1 for link in graph.links if {link.source, link.target} & largest)
    page, _ = open_page("/map", base=large_site)
    expect(page.locator(".map-canvas[data-state=ready]")).to_be_attached()
    page.locator("button.open-theme").first.click()
    canvas = page.locator(".map-canvas")
    expect(canvas).to_have_attribute("data-open-theme", "1")
    expect(canvas).to_have_attribute("data-level", "concepts")
    assert "theme=1" in page.url
    left = len(graph.links) - touching
    # drawn a few hundred a frame, strongest first, until every one is on the canvas
    expect(canvas).to_have_attribute("data-links-drawn", str(touching))
    expect(canvas).to_have_attribute("data-links-pending", "0")
    expect(page.locator(".map-caption")).to_have_text(
        f"Showing {len(graph.concepts)} of {len(graph.concepts)} concepts and {touching:,} of "
        f"{len(graph.links)} links. Left out: {left} links that touch no concept of the "
        "open theme."
    )
    screenshot(page, "concept-map-theme-300-topics")


def test_the_concepts_level_says_what_the_link_budget_leaves_out(
    open_page: Open, large_site: str, large_snapshot: Snapshot
) -> None:
    graph = large_snapshot.graph
    page, _ = open_page("/map", base=large_site)
    expect(page.locator(".map-canvas[data-state=ready]")).to_be_attached()
    page.get_by_label("Concepts", exact=True).check()
    expect(page.locator(".map-canvas")).to_have_attribute("data-level", "concepts")
    caption = page.locator(".map-caption")
    expect(caption).to_contain_text(f"of {len(graph.links)} links. Left out:")
    text = caption.inner_text()
    drawn = int(text.split(" concepts and ")[1].split(" of ")[0].replace(",", ""))
    left = sum(
        int(part.split(" ")[0].replace(",", ""))
        for part in text.split("Left out: ")[1].split(". ")[0].split("; ")
    )
    assert drawn + left == len(graph.links)
    assert "at most 10,000 links at once" in text


def test_every_theme_has_a_marker_of_its_own_and_none_is_grey(
    open_page: Open, large_site: str, large_snapshot: Snapshot
) -> None:
    themes = large_snapshot.analysis.themes
    assert len(themes) > 7, "the corpus has more themes than the palette has colours"
    page, _ = open_page("/map", base=large_site)
    swatches = page.locator(".filter.themes .swatch")
    expect(swatches).to_have_count(len(themes))
    looks = swatches.evaluate_all(
        "all => all.map(s => getComputedStyle(s).backgroundImage"
        " + getComputedStyle(s).backgroundColor)"
    )
    assert len(set(looks)) == len(themes)
    assert not any("153, 153, 153" in look for look in looks), "a theme is drawn grey"


def test_a_busy_concept_lists_every_related_concept_a_page_at_a_time(
    open_page: Open, large_site: str, large_snapshot: Snapshot
) -> None:
    graph = large_snapshot.graph
    degree = Counter[str]()
    for link in graph.links:
        degree[link.source] += 1
        degree[link.target] += 1
    busy = min((cid for cid, d in degree.items() if 100 < d <= 160), key=lambda cid: degree[cid])
    concept = graph.concept(busy)
    assert concept is not None
    page, _ = open_page(f"/map?concept={concept.name}", base=large_site)
    panel = page.locator(".concept-panel")
    expect(panel.locator("h2")).to_have_text(concept.name)
    expect(panel.locator('[data-section="related"] h3')).to_have_text(
        f"Related concepts ({degree[busy]})"
    )
    expect(panel.locator(".centrality")).to_contain_text(f"Linked to {degree[busy]} concepts")
    names: list[str] = []
    following = panel.locator("button.page-next")
    for _ in range(40):
        items = panel.locator(".related-list > li .related-head .chip-name")
        expect(items.first).to_be_visible()
        names += items.all_text_contents()
        if following.is_disabled():
            break
        first = items.first.inner_text()
        following.click()
        expect(items.first).not_to_have_text(first)
    expected = sorted(_name(graph, link.other(busy)) for link in graph.related(busy))
    assert sorted(names) == expected


def _name(graph: KnowledgeGraph, concept_id: str) -> str:
    concept = graph.concept(concept_id)
    assert concept is not None
    return concept.name
