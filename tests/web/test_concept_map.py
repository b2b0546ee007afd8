"""The concept map: search, filters, the list of concepts and the concept panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from playwright.sync_api import Page, expect

from graph import ConceptKind, KnowledgeGraph
from schema.limits import Limits
from serving import Settings, create_app
from tests.conftest import SEEDS
from tests.live_server import serve_in_thread
from tests.web.conftest import Open, screenshot

Api = Callable[..., dict[str, Any]]

CONCEPT = """query($name: String!) {
  concept(name: $name) {
    id name
    statements { kind text }
    assessedBy { text }
    related(limit: 8) {
      concept { name }
      sharedTopics { title }
      passages { kind text }
    }
  }
}"""


def _map(page: Page) -> Page:
    expect(page.locator(".map-canvas[data-state=ready]")).to_be_attached()
    return page


def _search(page: Page, text: str) -> None:
    box = page.get_by_role("combobox", name="Find a concept by name or alias")
    box.fill(text)
    box.press("Enter")


def _panel_title(page: Page):
    return page.locator(".concept-panel h2")


def test_searching_net_promoter_score_selects_nps_with_its_evidence(
    open_page: Open, api: Api
) -> None:
    expected = api(CONCEPT, name="NPS")["concept"]
    page, _ = open_page("/map")
    _search(_map(page), "Net Promoter Score")
    expect(_panel_title(page)).to_have_text(expected["name"])
    expect(page.locator(".map-canvas")).to_have_attribute("data-selected-concept", expected["id"])
    expect(page.locator(".map-callout")).to_have_text(expected["name"])
    assert "concept=Net+Promoter+Score" in page.url
    related = page.locator(".related-list > li")
    expect(related).to_have_count(len(expected["related"]))
    assert related.locator(".related-head .chip-name").all_text_contents() == [
        link["concept"]["name"] for link in expected["related"]
    ]
    with_evidence = [link for link in expected["related"] if link["passages"]]
    assert with_evidence, "NPS has a related concept that a passage names with it"
    for index, link in enumerate(expected["related"]):
        item = related.nth(index)
        assert item.locator(".shared-topics .topic-link").all_text_contents() == [
            topic["title"] for topic in link["sharedTopics"]
        ]
        shown = item.locator(".evidence q").all_text_contents()
        assert shown == [passage["text"] for passage in link["passages"]]
    section = page.locator('[data-section="marking-points"] q')
    assert section.all_text_contents() == [s["text"] for s in expected["assessedBy"]]
    assessing = {s["text"] for s in expected["assessedBy"]}
    others = [
        s["text"]
        for s in expected["statements"]
        if s["kind"] == "MARKING_POINT" and s["text"] not in assessing
    ]
    assert page.locator('[data-section="mentioning-points"] q').all_text_contents() == others
    screenshot(page, "concept-map")


def test_search_suggests_by_alias_and_the_arrow_keys_pick(open_page: Open) -> None:
    page, _ = open_page("/map")
    box = _map(page).get_by_role("combobox")
    box.fill("nps")
    option = page.get_by_role("option").first
    expect(option).to_contain_text("Net Promoter Score")
    expect(option).to_contain_text("also NPS")
    expect(box).to_have_attribute("aria-expanded", "true")
    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    box.press("Enter")
    expect(_panel_title(page)).to_have_text("Net Promoter Score")
    expect(box).to_have_attribute("aria-expanded", "false")


def test_search_says_when_nothing_matches(open_page: Open) -> None:
    page, _ = open_page("/map")
    _search(_map(page), "zzzz no such concept")
    expect(page.locator(".search-message")).to_contain_text("No concept matches")
    expect(page.locator(".map-canvas")).to_have_attribute("data-selected-concept", "")


def _links(graph: KnowledgeGraph, kinds: set[ConceptKind], min_weight: float = 0) -> int:
    kind_of = {concept.id: concept.kind for concept in graph.concepts}
    return sum(
        1
        for link in graph.links
        if kind_of[link.source] in kinds and kind_of[link.target] in kinds
        if link.weight >= min_weight
    )


def _caption(concepts: int, all_concepts: int, links: int, all_links: int, *left: str) -> str:
    shown = f"Showing {concepts} of {all_concepts} concepts and {links} of {all_links} links."
    return shown + (f" Left out: {'; '.join(left)}." if left else "")


def test_the_map_draws_every_concept_and_link(open_page: Open, seed_graph: KnowledgeGraph) -> None:
    page, _ = open_page("/map")
    total, links = len(seed_graph.concepts), len(seed_graph.links)
    expect(_map(page).locator(".map-caption")).to_have_text(_caption(total, total, links, links))
    expect(page.locator(".map-canvas")).to_have_attribute("data-links-drawn", str(links))
    expect(page.locator(".concept-list button")).to_have_count(total)
    screenshot(page, "concept-map-overview")


def test_filters_hide_concepts_by_kind_and_links_by_weight(
    open_page: Open, seed_graph: KnowledgeGraph
) -> None:
    page, _ = open_page("/map")
    total, links = len(seed_graph.concepts), len(seed_graph.links)
    concepts_only = {ConceptKind.CONCEPT}
    plain = sum(1 for concept in seed_graph.concepts if concept.kind is ConceptKind.CONCEPT)
    _map(page).get_by_label("Models").uncheck()
    caption = page.locator(".map-caption")
    among_plain = _links(seed_graph, concepts_only)
    hidden = f"{total - plain} concepts hidden by the kind and theme filters"
    to_hidden = f"{links - among_plain} links to a hidden concept"
    expect(caption).to_have_text(_caption(plain, total, among_plain, links, hidden, to_hidden))
    expect(page.locator(".concept-list button")).to_have_count(plain)
    slider = page.get_by_label("Minimum shared topics per link")
    slider.focus()
    slider.press("ArrowRight")  # from 1 to 2 shared topics, from the keyboard
    expect(page.locator("#min-weight-value")).to_have_text("2")
    at_least_two = _links(seed_graph, concepts_only, min_weight=2)
    assert 0 < at_least_two < among_plain
    below = f"{among_plain - at_least_two} links with fewer than 2 shared topics"
    expect(caption).to_have_text(
        _caption(plain, total, at_least_two, links, hidden, to_hidden, below)
    )


def test_theme_filters_match_the_themes(open_page: Open, api: Api) -> None:
    themes = api("{ themes { label size } }")["themes"]
    total = sum(theme["size"] for theme in themes)
    page, _ = open_page("/map")
    boxes = _map(page).locator(".filter.themes input[type=checkbox]")
    expect(boxes).to_have_count(len(themes))
    labels = page.locator(".filter.themes .check-label").all_text_contents()
    assert labels == [theme["label"] for theme in themes]
    boxes.first.press("Space")  # a checkbox toggles from the keyboard
    expect(boxes.first).not_to_be_checked()
    expect(page.locator(".concept-list button")).to_have_count(total - themes[0]["size"])


def test_a_concept_hidden_by_a_filter_is_shown_when_searched(open_page: Open) -> None:
    page, _ = open_page("/map")
    models = _map(page).get_by_label("Models")
    models.uncheck()
    _search(page, "SERVQUAL")
    expect(_panel_title(page)).to_have_text("SERVQUAL")
    expect(models).to_be_checked()


def test_the_list_of_concepts_selects_from_the_keyboard(open_page: Open, api: Api) -> None:
    page, _ = open_page("/map")
    button = _map(page).locator(".concept-list button", has_text="SERVQUAL")
    button.focus()
    page.keyboard.press("Enter")
    expect(_panel_title(page)).to_have_text("SERVQUAL")
    expect(button).to_have_attribute("aria-pressed", "true")
    expected = api(CONCEPT, name="SERVQUAL")["concept"]
    expect(page.locator('[data-section="marking-points"] h3')).to_have_text(
        f"Marking points that assess it ({len(expected['assessedBy'])})"
    )


def test_a_related_concept_leads_to_its_own_panel(open_page: Open, api: Api) -> None:
    nps = api(CONCEPT, name="NPS")["concept"]
    first = nps["related"][0]["concept"]["name"]
    page, _ = open_page("/map?concept=NPS")
    expect(_panel_title(_map(page))).to_have_text(nps["name"])
    page.locator(".related-list > li").first.locator(".related-head .chip").click()
    expect(_panel_title(page)).to_have_text(first)
    page.go_back()  # the hash keeps the selections: back returns to NPS
    expect(_panel_title(page)).to_have_text(nps["name"])


def _name(graph: KnowledgeGraph, concept_id: str) -> str:
    concept = graph.concept(concept_id)
    assert concept is not None
    return concept.name


def _related_pages(page: Page) -> list[str]:
    """Every related concept's name, read page by page with the Next button (bounded)."""
    names: list[str] = []
    items = page.locator(".related-list > li .related-head .chip-name")
    following = page.locator(".concept-panel button.page-next")
    for _ in range(200):
        expect(items.first).to_be_visible()
        names += items.all_text_contents()
        if following.count() == 0 or following.is_disabled():
            return names
        first = items.first.inner_text()
        following.click()
        expect(items.first).not_to_have_text(first)
    raise AssertionError("more than 200 pages of related concepts")


def test_the_panel_lists_every_related_concept_a_page_at_a_time(
    open_page: Open, seed_graph: KnowledgeGraph
) -> None:
    nps = seed_graph.find_concept("NPS")
    assert nps is not None
    related = seed_graph.related(nps.id)
    page, _ = open_page("/map?concept=NPS")
    expect(_map(page).locator('[data-section="related"] h3')).to_have_text(
        f"Related concepts ({len(related)})"
    )
    names = _related_pages(page)
    assert len(names) == len(related)
    assert names == [_name(seed_graph, link.other(nps.id)) for link in related]
    expect(page.locator(".concept-panel button.page-previous")).to_be_enabled()


def test_clicking_the_empty_map_clears_the_selection(open_page: Open) -> None:
    page, _ = open_page("/map?concept=SERVQUAL")
    expect(_panel_title(_map(page))).to_have_text("SERVQUAL")
    page.locator(".map-canvas").click(position={"x": 3, "y": 3})
    expect(_panel_title(page)).to_have_text("Concept")
    expect(page.locator(".map-canvas")).to_have_attribute("data-selected-concept", "")
    assert page.url.endswith("#/map")


def test_an_unknown_concept_in_a_link_says_so(open_page: Open) -> None:
    page, _ = open_page("/map?concept=no%20such%20thing")
    expect(_panel_title(_map(page))).to_have_text("Concept not found")
    expect(page.locator(".concept-panel [role=alert]")).to_contain_text("no such thing")


def test_the_map_keeps_within_a_server_with_lower_limits(
    open_page: Open, seed_graph: KnowledgeGraph
) -> None:
    """Limits are server settings: the panel lowers `limit` to what it is told, and lists
    the related concepts past it by name, so that none is missing."""
    settings = Settings(seeds_dir=SEEDS, limits=Limits(max_first=10, max_limit=5))
    nps = seed_graph.find_concept("NPS")
    assert nps is not None
    related = seed_graph.related(nps.id)
    with serve_in_thread(create_app(settings=settings)) as url:
        page, _ = open_page("/map?concept=NPS", base=url)
        expect(_map(page).locator(".concept-list button")).to_have_count(len(seed_graph.concepts))
        expect(_panel_title(page)).to_have_text("Net Promoter Score")
        expect(page.locator(".related-list > li.related:not(.related-named)")).to_have_count(5)
        expect(page.locator(".related-note")).to_contain_text(
            f"the other {len(related) - 5} are listed by name"
        )
        assert sorted(_related_pages(page)) == sorted(
            _name(seed_graph, link.other(nps.id)) for link in related
        )
