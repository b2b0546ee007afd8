"""The topic overlap view: the heatmap, its table, and what a selected pair shares, by
either measure: shared content (``similarity``, the default) or shared concepts
(Jaccard)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from bench.corpus import write_corpus
from graph import KnowledgeGraph, Snapshot, load_corpus
from graph.model import Topic
from serving import create_app
from tests.live_server import ROOT, serve_in_thread
from tests.web.conftest import Open, screenshot

# the heatmap's own limit, read from the page's source so the two cannot drift apart
MATRIX_TOPICS = int(
    re.search(  # type: ignore[union-attr]
        r"export const MATRIX_TOPICS = (\d+);", (ROOT / "web/src/heatmap.js").read_text()
    ).group(1)
)


Api = Callable[..., dict[str, Any]]

# what a cell's label calls each measure's number, after "shared content, " or
# "shared concepts, "
LABELLED = {"content": "similarity", "concepts": "Jaccard"}
MATRIX = "{ overlapMatrix { a { slug } b { slug } jaccard similarity } }"


def _cells(page: Page):
    cells = page.locator(".heatmap button.cell")
    expect(cells.first).to_be_visible()
    return cells


def _names(page: Page, group: str) -> list[str]:
    """The concept names listed under one group of the overlap detail, as shown."""
    return page.locator(f'.overlap-detail [data-group="{group}"] .chip-name').all_text_contents()


def _luminance(css: str) -> float:
    red, green, blue = (int(part) / 255 for part in css.removeprefix("rgb(").rstrip(")").split(","))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _values(snapshot: Snapshot, measure: str) -> dict[tuple[str, str], float]:
    """Every pair's value by one measure, both ways round, as the analysis has it."""
    values = {}
    for overlap in snapshot.graph.overlap_matrix:
        value = (
            overlap.jaccard
            if measure == "concepts"
            else snapshot.analysis.topic_similarity(overlap.a, overlap.b)
        )
        values[overlap.a, overlap.b] = values[overlap.b, overlap.a] = value
    return values


def _expect_cells_show(page: Page, values: dict[tuple[str, str], float], measure: str) -> None:
    """Every cell off the diagonal shows its pair's value, as text and in its label."""
    for (a, b), value in values.items():
        cell = page.locator(f'.heatmap button[data-a="{a}"][data-b="{b}"]')
        expect(cell).to_have_text(f"{value:.2f}")
        expect(cell).to_have_attribute(
            "aria-label", re.compile(rf": shared {measure}, {LABELLED[measure]} {value:.2f}$")
        )


def test_the_heatmap_has_a_cell_for_every_pair_of_topics_coloured_by_shared_content(
    open_page: Open, seed_snapshot: Snapshot
) -> None:
    page, _ = open_page("/overlap")
    topics = seed_snapshot.graph.topics
    cells = _cells(page)
    expect(cells).to_have_count(len(topics) ** 2)
    assert len(topics) ** 2 == 25  # the seeds: 5 by 5
    row_titles = page.locator(".heatmap tbody th .row-title").all_text_contents()
    assert sorted(row_titles) == sorted(topic.title for topic in topics)
    expect(page.get_by_role("radio", name="Shared content")).to_be_checked()
    # both halves of the matrix show the pair's value
    _expect_cells_show(page, _values(seed_snapshot, "content"), "content")


@pytest.mark.parametrize("measure", ["content", "concepts"])
def test_darker_cells_mean_less_overlap(
    open_page: Open, seed_snapshot: Snapshot, measure: str
) -> None:
    """Viridis runs dark to light: ordering the cells by the measure orders them by lightness."""
    page, _ = open_page(f"/overlap?measure={measure}")
    _cells(page)
    shades = []
    for (a, b), value in _values(seed_snapshot, measure).items():
        cell = page.locator(f'.heatmap button[data-a="{a}"][data-b="{b}"]')
        colour = cell.evaluate("element => getComputedStyle(element).backgroundColor")
        shades.append((value, _luminance(colour)))
    shades.sort()
    lightness = [luminance for _, luminance in shades]
    assert lightness == sorted(lightness)
    assert lightness[0] < lightness[-1]


def _ticks(page: Page) -> list[str]:
    """The values the legend marks, smallest first."""
    return page.locator(".heatmap-legend .legend-ticks span").all_text_contents()


def test_switching_the_measure_changes_the_cells_labels_and_the_legend(
    open_page: Open, seed_snapshot: Snapshot
) -> None:
    """The radio group works from the keyboard: an arrow key moves to the other measure."""
    content, concepts = _values(seed_snapshot, "content"), _values(seed_snapshot, "concepts")
    page, _ = open_page("/overlap")
    _cells(page)
    expect(page.locator(".heatmap-legend .legend-title")).to_have_text(
        "Shared content (similarity)"
    )
    ticks = _ticks(page)
    assert ticks[0] == f"{min(content.values()):.2f}"
    assert ticks[-1] == f"{max(content.values()):.2f}"
    group = page.get_by_role("group", name="Compare topics by")
    group.get_by_role("radio", name="Shared content").focus()
    page.keyboard.press("ArrowDown")
    expect(group.get_by_role("radio", name="Shared concepts")).to_be_checked()
    expect(page.get_by_role("radio", name="Shared concepts")).to_be_focused()
    expect(page.locator(".heatmap-legend .legend-title")).to_have_text("Shared concepts (Jaccard)")
    ticks = _ticks(page)
    assert ticks[0] == f"{min(concepts.values()):.2f}"
    assert ticks[-1] == f"{max(concepts.values()):.2f}"
    expect(page.locator(".heatmap")).to_have_attribute("aria-label", re.compile("Jaccard"))
    _expect_cells_show(page, concepts, "concepts")
    assert "measure=concepts" in page.url
    screenshot(page, "overlap-shared-concepts")


def test_clicking_a_cell_lists_what_the_two_topics_share(
    open_page: Open, seed_graph: KnowledgeGraph
) -> None:
    richest = max(seed_graph.overlap_matrix, key=lambda overlap: len(overlap.shared))
    assert richest.shared, "the seeds have two topics that share concepts"
    names = {concept.id: concept.name for concept in seed_graph.concepts}
    page, _ = open_page("/overlap")
    _cells(page)
    page.locator(f'.heatmap button[data-a="{richest.a}"][data-b="{richest.b}"]').click()
    detail = page.locator(".overlap-detail")
    first, second = seed_graph.topic(richest.a), seed_graph.topic(richest.b)
    assert first is not None
    assert second is not None
    expect(detail.locator("h3")).to_have_text(f"{first.title} and {second.title}")
    expect(detail.locator('[data-group="shared"] .chip')).to_have_count(len(richest.shared))
    assert _names(page, "shared") == [names[cid] for cid in richest.shared]
    assert _names(page, "only-a") == [names[cid] for cid in richest.only_in_a]
    assert _names(page, "only-b") == [names[cid] for cid in richest.only_in_b]
    assert f"a={richest.a}" in page.url
    assert f"b={richest.b}" in page.url
    expect(page.locator(".heatmap button[aria-pressed=true]")).to_have_count(1)
    screenshot(page, "overlap")


def test_the_heatmap_is_a_keyboard_grid(open_page: Open, seed_graph: KnowledgeGraph) -> None:
    """One cell in the tab order; arrows move; Enter selects; focus is visible."""
    page, _ = open_page("/overlap")
    cells = _cells(page)
    expect(page.locator(".heatmap button.cell[tabindex='0']")).to_have_count(1)
    page.get_by_role("link", name="Topics", exact=True).focus()
    for _ in range(10):  # Tab from the last tab to the heatmap, bounded
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cell')"):
            break
    focused = page.locator(".heatmap button.cell:focus")
    expect(focused).to_have_attribute("data-row", "0")
    assert focused.evaluate("element => getComputedStyle(element).outlineStyle") == "solid"
    for key in ("ArrowRight", "ArrowRight", "ArrowDown"):
        page.keyboard.press(key)
    expect(focused).to_have_attribute("data-column", "2")
    expect(focused).to_have_attribute("data-row", "1")
    slugs = focused.get_attribute("data-a") or "", focused.get_attribute("data-b") or ""
    page.keyboard.press("Enter")
    a, b = (seed_graph.topic(slug) for slug in slugs)
    assert a is not None
    assert b is not None
    expect(page.locator(".overlap-detail h3")).to_have_text(f"{a.title} and {b.title}")
    expect(cells.nth(len(seed_graph.topics) + 2)).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("End")
    expect(focused).to_have_attribute("data-column", str(len(seed_graph.topics) - 1))


@pytest.mark.parametrize(
    ("measure", "heading"),
    [
        pytest.param("content", "Shared content (similarity)", id="shared content"),
        pytest.param("concepts", "Shared concepts (Jaccard)", id="shared concepts"),
    ],
)
def test_the_table_view_lists_every_pair_by_the_chosen_measure_most_first(
    open_page: Open, seed_snapshot: Snapshot, measure: str, heading: str
) -> None:
    page, _ = open_page("/overlap" if measure == "content" else f"/overlap?measure={measure}")
    _cells(page)
    page.locator(".table-view summary").click()
    rows = page.locator(".table-view tbody tr")
    pairs = list(combinations(seed_snapshot.graph.topics, 2))
    expect(rows).to_have_count(len(pairs))
    expect(page.locator(".table-view thead th").nth(2)).to_have_text(heading)
    shown = [float(value) for value in rows.locator("td.number").all_text_contents()]
    assert shown == sorted(shown, reverse=True)
    values = _values(seed_snapshot, measure)
    expected = sorted(round(values[o.a, o.b], 2) for o in seed_snapshot.graph.overlap_matrix)
    assert sorted(shown) == expected
    rows.first.get_by_role("button").click()
    expect(page.locator(".overlap-detail [data-group=shared]")).to_be_visible()
    assert f"measure={measure}" in page.url


def test_the_address_bar_keeps_the_measure(open_page: Open, seed_snapshot: Snapshot) -> None:
    """A link opens on its measure; selecting a pair keeps it; back returns to the other."""
    first, last = seed_snapshot.graph.topics[0], seed_snapshot.graph.topics[-1]
    page, _ = open_page("/overlap?measure=concepts")
    _cells(page)
    expect(page.get_by_role("radio", name="Shared concepts")).to_be_checked()
    expect(page.locator(".heatmap-legend .legend-title")).to_have_text("Shared concepts (Jaccard)")
    page.locator(f'.heatmap button[data-a="{first.slug}"][data-b="{last.slug}"]').click()
    expect(page.locator(".overlap-detail h3")).to_have_text(f"{first.title} and {last.title}")
    assert "measure=concepts" in page.url
    page.get_by_role("radio", name="Shared content").check()
    expect(page.locator(".heatmap-legend .legend-title")).to_have_text(
        "Shared content (similarity)"
    )
    assert "measure=content" in page.url
    assert f"a={first.slug}" in page.url, "the selected pair stays selected"
    expect(page.locator(".heatmap button[aria-pressed=true]")).to_have_count(1)
    page.go_back()
    expect(page.get_by_role("radio", name="Shared concepts")).to_be_checked()
    expect(page.locator(".heatmap-legend .legend-title")).to_have_text("Shared concepts (Jaccard)")
    # the tab leads back to the view with its measure
    page.get_by_role("link", name="Topics", exact=True).click()
    expect(page.locator("#topic-title")).to_be_visible()
    page.get_by_role("link", name="Topic overlap").click()
    expect(page.get_by_role("radio", name="Shared concepts")).to_be_checked()


def test_the_selected_pair_lists_the_terms_both_teach_heaviest_first(
    open_page: Open, seed_snapshot: Snapshot, api: Api
) -> None:
    content = _values(seed_snapshot, "content")
    a, b = max(content, key=lambda pair: content[pair])  # the closest pair of the seeds
    expected = api(
        "query($a: String!, $b: String!) { topicOverlap(a: $a, b: $b) {"
        " similarity jaccard sharedTerms(limit: 10) { text weight } } }",
        a=a,
        b=b,
    )["topicOverlap"]
    terms = expected["sharedTerms"]
    assert len(terms) > 2, "the closest pair of the seeds teaches several terms in common"
    page, _ = open_page(f"/overlap?a={a}&b={b}")
    group = page.locator('.overlap-detail [data-group="terms"]')
    expect(group.locator("h4")).to_have_text(f"Terms both teach ({len(terms)})")
    items = group.locator("li.term")
    expect(items).to_have_count(len(terms))
    assert items.locator(".term-text").all_text_contents() == [term["text"] for term in terms]
    weights = items.locator(".term-weight").all_text_contents()  # "weight 0.012", read aloud
    assert weights == [f"weight {term['weight']:.3f}" for term in terms]
    widths = items.locator(".term-bar-fill").evaluate_all(
        "bars => bars.map(bar => bar.getBoundingClientRect().width)"
    )
    assert widths == sorted(widths, reverse=True), "the bars shrink with the weights"
    assert widths[0] > widths[-1]
    scores = page.locator(".overlap-detail .overlap-scores li")
    expect(scores.first).to_have_text(f"Shared content (similarity) {expected['similarity']:.2f}")
    expect(scores.nth(1)).to_contain_text(f"Shared concepts (Jaccard) {expected['jaccard']:.2f}")
    # the shared concepts are listed too
    expect(page.locator('.overlap-detail [data-group="shared"] .chip').first).to_be_visible()
    screenshot(page, "overlap-shared-terms")


def test_a_shared_link_opens_the_same_pair(open_page: Open, seed_graph: KnowledgeGraph) -> None:
    first, last = seed_graph.topics[0], seed_graph.topics[-1]
    page, _ = open_page(f"/overlap?a={first.slug}&b={last.slug}")
    expect(page.locator(".overlap-detail h3")).to_have_text(f"{first.title} and {last.title}")
    page.locator(".overlap-detail h3").get_by_role("link", name=last.title).click()
    expect(page.locator("#topic-title")).to_have_text(last.title)


def _row_topics(page: Page) -> list[str]:
    """The full titles of the heatmap's rows, top to bottom."""
    return [
        title or ""
        for title in page.locator(".heatmap tbody th").evaluate_all(
            "rows => rows.map(row => row.getAttribute('title'))"
        )
    ]


def test_a_large_corpus_compares_the_first_topics_and_says_so(
    open_page: Open, tmp_path: Path
) -> None:
    topics = MATRIX_TOPICS + 12
    folder = write_corpus(tmp_path / "corpus", topics)
    graph = load_corpus(folder).graph
    shown = graph.topics[:MATRIX_TOPICS]
    with serve_in_thread(create_app(folder)) as url:
        page, _ = open_page("/overlap", base=url)
        expect(_cells(page)).to_have_count(MATRIX_TOPICS**2)
        notice = page.locator(".heatmap-region .notice")
        expect(notice).to_contain_text(f"Comparing {MATRIX_TOPICS} of {topics} topics")
        assert sorted(_row_topics(page)) == sorted(topic.title for topic in shown)
        screenshot(page, "overlap-large-corpus")
        # a pair beyond the grid still opens from a link
        first, last = graph.topics[0], graph.topics[-1]
        page.goto(f"{url}/#/overlap?a={first.slug}&b={last.slug}")
        expect(page.locator(".overlap-detail h3")).to_have_text(f"{first.title} and {last.title}")


def test_similar_topics_sit_side_by_side_by_the_chosen_measure(
    open_page: Open, tmp_path: Path
) -> None:
    """By either measure: each row's neighbour is more like it, on average, than the rows
    in file order are, and the closest pair of all sit next to each other."""
    folder = write_corpus(tmp_path / "corpus", 30)
    graph = load_corpus(folder).graph
    by_title = {topic.title: topic.slug for topic in graph.topics}
    orders = {}
    with serve_in_thread(create_app(folder)) as url:
        matrix = httpx.post(f"{url}/graphql", json={"query": MATRIX}, timeout=30).json()
        values = {
            measure: {
                frozenset((pair["a"]["slug"], pair["b"]["slug"])): pair[field]
                for pair in matrix["data"]["overlapMatrix"]
            }
            for measure, field in (("content", "similarity"), ("concepts", "jaccard"))
        }
        for measure in values:
            page, _ = open_page(f"/overlap?measure={measure}", base=url)
            expect(page.locator(".heatmap")).to_have_attribute("data-measure", measure)
            expect(_cells(page)).to_have_count(30**2)
            orders[measure] = [by_title[title] for title in _row_topics(page)]

    for measure, order in orders.items():
        value = values[measure]

        def side_by_side(slugs: list[str], value: dict[frozenset[str], float] = value) -> float:
            return sum(value[frozenset(pair)] for pair in pairwise(slugs))

        assert side_by_side(order) > side_by_side([topic.slug for topic in graph.topics])
        closest = sorted(value, key=lambda pair: value[pair])[-2:]
        assert value[closest[1]] > value[closest[0]], "the closest pair is the only one"
        assert closest[1] in {frozenset(pair) for pair in pairwise(order)}, measure
    assert orders["content"] != orders["concepts"], "the order follows the measure"


def test_the_reader_chooses_the_topics_to_compare(open_page: Open, tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus", MATRIX_TOPICS + 12)
    graph = load_corpus(folder).graph
    words = {topic.title.split()[0].lower() for topic in graph.topics}

    def having(word: str) -> list[Topic]:
        return [topic for topic in graph.topics if word in topic.title.lower()]

    word = min((w for w in sorted(words) if len(having(w)) > 1), key=lambda w: len(having(w)))
    expected = having(word)
    assert 1 < len(expected) < MATRIX_TOPICS
    with serve_in_thread(create_app(folder)) as url:
        page, _ = open_page("/overlap", base=url)
        _cells(page)
        page.locator(".topic-chooser summary").click()
        page.get_by_role("button", name="Clear those shown").click()
        expect(page.locator(".chooser-status")).to_contain_text("0 of")
        page.get_by_label("Show topics whose title has").fill(word)
        page.get_by_role("button", name="Choose those shown").click()
        page.get_by_role("button", name="Compare", exact=True).click()
        expect(page.locator(".heatmap tbody tr")).to_have_count(len(expected))
        assert sorted(_row_topics(page)) == sorted(topic.title for topic in expected)
        expect(page.locator(".heatmap-region .notice")).to_contain_text("your choice")


def test_headers_stay_in_view_while_the_grid_scrolls(open_page: Open, tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus", MATRIX_TOPICS)
    with serve_in_thread(create_app(folder)) as url:
        page, _ = open_page("/overlap", base=url)
        expect(_cells(page)).to_have_count(MATRIX_TOPICS**2)
        scroller = page.locator(".heatmap-scroll")
        header = page.locator(".heatmap thead th").nth(3)
        row_head = page.locator(".heatmap tbody th").nth(10)
        before = header.bounding_box(), row_head.bounding_box()
        scroller.evaluate("element => { element.scrollTop = 400; element.scrollLeft = 300; }")
        after = header.bounding_box(), row_head.bounding_box()
        assert before[0] is not None
        assert after[0] is not None
        assert before[1] is not None
        assert after[1] is not None
        # stuck to the top and left edges (a border's width from where they started)
        assert abs(after[0]["y"] - before[0]["y"]) <= 3, "the column headers scrolled away"
        assert abs(after[1]["x"] - before[1]["x"]) <= 3, "the row headers scrolled away"
        # compact cells: short titles beside the rows, the full title on hover and focus
        cell = page.locator(".heatmap button.cell").nth(MATRIX_TOPICS + 3)
        cell.focus()
        a, b = cell.get_attribute("data-a") or "", cell.get_attribute("data-b") or ""
        titles = {o.slug: o.title for o in load_corpus(folder).graph.topics}
        expect(page.locator("#cell-readout")).to_contain_text(f"{titles[a]} and {titles[b]}")


def test_the_table_view_does_not_scroll_the_page(open_page: Open) -> None:
    """Its caption is visually hidden: it must stay inside the page, not stretch it."""
    page, _ = open_page("/overlap")
    _cells(page)
    page.locator(".table-view summary").click()
    expect(page.locator(".table-view tbody tr").first).to_be_visible()
    overflow = page.evaluate(
        "document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight"
    )
    assert overflow <= 0
