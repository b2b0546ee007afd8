"""The topic view: sections as the documents have them, alignment gaps marked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import expect

from graph import KnowledgeGraph, Snapshot
from tests.conftest import SEEDS
from tests.web.conftest import Open, screenshot

Api = Callable[..., dict[str, Any]]

ALIGNMENT = """query($slug: String!) {
  topic(slug: $slug) {
    models: concepts(kind: MODEL) { name }
    alignment {
      unassessedKeyConcepts { name }
      markingPointsWithoutKeyConcept { text }
      tipModelsNeverAssessed { name }
    }
  }
}"""

SEED_SLUGS = sorted(path.stem for path in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("slug", SEED_SLUGS)
def test_the_topic_view_lists_every_statement_of_the_topic(
    open_page: Open, seed_graph: KnowledgeGraph, slug: str
) -> None:
    topic = seed_graph.topic(slug)
    assert topic is not None
    page, _ = open_page(f"/topics?topic={slug}")
    expect(page.locator("#topic-title")).to_have_text(topic.title)

    def texts(section: str) -> list[str]:
        return page.locator(f'[data-section="{section}"] .statement-text').all_text_contents()

    def statements(ids: tuple[str, ...]) -> list[str]:
        return [statement.text for sid in ids if (statement := seed_graph.statement(sid))]

    marking_points = page.locator('[data-section="marking-points"] li.statement')
    expect(marking_points).to_have_count(len(topic.marking_point_ids))
    expect(page.locator('[data-section="marking-points"] h3')).to_have_text(
        f"Marking points ({len(topic.marking_point_ids)})"
    )
    assert texts("marking-points") == statements(topic.marking_point_ids)
    assert texts("exam-tips") == statements(topic.exam_tip_ids)
    assert texts("misconceptions") == statements(topic.misconception_ids)
    key_concepts = page.locator('[data-section="key-concepts"] .chip-name').all_text_contents()
    names = [concept.name for cid in topic.key_concept_ids if (concept := seed_graph.concept(cid))]
    assert key_concepts == names


def test_alignment_gaps_are_marked_where_they_are(open_page: Open, api: Api) -> None:
    slug = SEED_SLUGS[0]
    topic = api(ALIGNMENT, slug=slug)["topic"]
    gaps = topic["alignment"]
    total = sum(len(found) for found in gaps.values())
    assert total > 0, "the first seed topic has alignment gaps to show"
    page, _ = open_page(f"/topics?topic={slug}")
    summary = page.locator(".alignment")
    expect(summary).to_have_attribute("data-gaps", str(total))
    expect(summary).to_contain_text(f"{total} alignment gaps")

    def flagged(section: str, part: str) -> list[str]:
        return page.locator(f'[data-section="{section}"] li.gap {part}').all_text_contents()

    expect(page.locator('[data-section="key-concepts"] li.gap')).to_have_count(
        len(gaps["unassessedKeyConcepts"])
    )
    unassessed = [concept["name"] for concept in gaps["unassessedKeyConcepts"]]
    assert flagged("key-concepts", ".chip-name") == unassessed
    assert flagged("marking-points", ".statement-text") == [
        s["text"] for s in gaps["markingPointsWithoutKeyConcept"]
    ]
    # models are listed by name, the gaps in order of first mention
    assert sorted(flagged("models", ".chip-name")) == sorted(
        c["name"] for c in gaps["tipModelsNeverAssessed"]
    )
    # a gap is said in words too, not by colour alone
    expect(page.locator("li.gap .gap-tag")).to_have_count(total)
    screenshot(page, "topics")


def test_the_topic_list_names_every_topic_and_its_status(
    open_page: Open, seed_graph: KnowledgeGraph
) -> None:
    page, _ = open_page("/topics")
    links = page.locator(".topic-list a")
    expect(links).to_have_count(len(seed_graph.topics))
    assert links.locator(".topic-title").all_text_contents() == [t.title for t in seed_graph.topics]
    # with no topic chosen the first is shown, and marked as the current one
    expect(page.locator("#topic-title")).to_have_text(seed_graph.topics[0].title)
    expect(links.first).to_have_attribute("aria-current", "page")
    links.nth(2).focus()
    page.keyboard.press("Enter")
    expect(page.locator("#topic-title")).to_have_text(seed_graph.topics[2].title)


def test_a_concept_in_a_topic_opens_on_the_concept_map(open_page: Open) -> None:
    page, _ = open_page(f"/topics?topic={SEED_SLUGS[0]}")
    chip = page.locator('[data-section="key-concepts"] .chip').first
    name = chip.locator(".chip-name").inner_text()
    chip.click()
    expect(page.locator(".concept-panel h2")).to_have_text(name)
    expect(page.locator(".tabs a[aria-current=page]")).to_have_text("Concept map")


def test_an_unknown_topic_in_a_link_says_so(open_page: Open) -> None:
    page, _ = open_page("/topics?topic=nope")
    expect(page.locator(".topic-content [role=alert]")).to_contain_text("No topic “nope”")


def test_every_view_at_1280_by_800_without_console_errors(open_page: Open) -> None:
    """A tour of the page as a designer would take it, watched for console errors."""
    page, watch = open_page()
    expect(page.locator(".heatmap button.cell").first).to_be_visible()
    page.locator(".heatmap button.cell").nth(1).click()
    expect(page.locator(".overlap-detail [data-group=shared]")).to_be_visible()
    page.get_by_role("link", name="Concept map").click()
    expect(page.locator(".map-canvas[data-state=ready]")).to_be_attached()
    page.get_by_role("combobox").fill("SERVQUAL")
    page.get_by_role("combobox").press("Enter")
    expect(page.locator(".concept-panel h2")).to_have_text("SERVQUAL")
    page.get_by_role("link", name="Topics", exact=True).click()
    expect(page.locator("#topic-title")).to_be_visible()
    page.get_by_role("link", name="Topic overlap").click()  # back as it was left
    expect(page.locator(".overlap-detail [data-group=shared]")).to_be_visible()
    page.get_by_role("link", name="Concept map").click()
    expect(page.locator(".concept-panel h2")).to_have_text("SERVQUAL")
    assert watch.console_errors == []
    assert watch.outside_requests == []


def test_each_marking_point_shows_the_key_concepts_it_assesses(
    open_page: Open, seed_snapshot: Snapshot, site: str
) -> None:
    """By meaning, as the analysis has it; a key concept no point assesses is marked instead."""
    graph, analysis = seed_snapshot.graph, seed_snapshot.analysis
    page, _ = open_page()
    shown = 0
    for slug in SEED_SLUGS:
        topic = graph.topic(slug)
        assert topic is not None
        page.goto(f"{site}/#/topics?topic={slug}")
        expect(page.locator("#topic-title")).to_have_text(topic.title)
        points = page.locator('[data-section="marking-points"] li.statement')
        expect(points).to_have_count(len(topic.marking_point_ids))
        assessed: set[str] = set()
        for index, statement_id in enumerate(topic.marking_point_ids):
            assessments = analysis.assessments_of(statement_id)
            listed = points.nth(index).get_by_role("list", name="Key concepts it assesses")
            if not assessments:
                expect(listed).to_have_count(0)
                expect(points.nth(index).locator(".gap-tag")).to_have_text(
                    "⚠ Assesses none of the key concepts"
                )
                continue
            names = [_concept_name(graph, a.concept_id) for a in assessments]
            expect(listed.locator(".chip-name")).to_have_text(names)
            expect(listed.locator(".score")).to_have_text(
                [f"score {a.score:.2f}" for a in assessments]
            )
            best = assessments[0]
            reason = (
                _concept_name(graph, best.shared_concept_ids[0])
                if best.shared_concept_ids
                else best.shared_terms[0]
            )
            expect(listed.locator(".reasons").first).to_contain_text(f"“{reason}”")
            assessed.update(names)
            shown += 1
        # the key concepts marked unassessed are exactly those no point lists
        key_names = [_concept_name(graph, cid) for cid in topic.key_concept_ids]
        marked = page.locator('[data-section="key-concepts"] li.gap .chip-name')
        expect(marked).to_have_text([name for name in key_names if name not in assessed])
    assert shown > 0, "some marking point of the seeds assesses a key concept"
    screenshot(page, "topic-what-marking-points-assess")


def _concept_name(graph: KnowledgeGraph, concept_id: str) -> str:
    concept = graph.concept(concept_id)
    assert concept is not None
    return concept.name
