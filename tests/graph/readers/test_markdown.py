"""Markdown: CommonMark headings, lists and emphasis read as the plain-text format reads."""

from __future__ import annotations

import pytest

from graph import DocumentError, Severity
from graph.readers.markdown import parse_markdown, read_markdown
from graph.readers.text import parse_document
from tests.documents import as_markdown
from tests.graph.test_document import VALID

MARKDOWN = """\
# Handling complaints

## Topic Synopsis

This unit explores how teams handle complaints.
It also covers feedback.

### Key Concepts and Core Principles

* **Complaint Handling**: Receiving and resolving complaints using the
  *HEARD* technique.
* __Feedback Loops__: Closing the loop with [customers](https://example.org/loop).

Exam Tips & Revision Strategies
-------------------------------

1. Quote the `Kano` model when discussing delight.
2) Use examples.

#### Common Misconceptions & Mistakes to Avoid

+ Thinking complaints are bad news. <!-- a reviewer's note -->

<!-- a comment block adds nothing -->

## Examiner Marking Points:

- Award credit for a structured complaints procedure.
  - Credit use of NPS.
- Look for evaluation.
"""


def test_headings_of_any_level_lists_of_any_kind_and_emphasis_read_as_the_text_format() -> None:
    expected = parse_document(VALID, "unit-7.txt")

    document = parse_markdown(MARKDOWN, "unit-7.md")

    assert document.synopsis == expected.synopsis
    assert [(k.name, k.description) for k in document.key_concepts] == [
        (k.name, k.description) for k in expected.key_concepts
    ]
    assert [b.text for b in document.exam_tips] == [b.text for b in expected.exam_tips]
    assert [b.text for b in document.misconceptions] == [b.text for b in expected.misconceptions]
    assert [b.text for b in document.marking_points] == [b.text for b in expected.marking_points]
    assert document.warnings == ()


def test_bullets_are_numbered_at_their_line_in_the_markdown_file() -> None:
    document = parse_markdown(MARKDOWN, "unit-7.md")

    assert [k.line for k in document.key_concepts] == [10, 12]
    assert [b.line for b in document.marking_points] == [28, 29, 30]


def test_the_seed_layout_saved_as_md_reads_the_same() -> None:
    # no "#": a heading line right after a bullet is a lazy continuation in CommonMark
    assert parse_markdown(VALID, "a.md") == parse_document(VALID, "a.md")


def test_markdown_conversion_of_a_document_reads_to_the_same_document() -> None:
    assert parse_markdown(as_markdown(VALID), "a.md") == parse_document(VALID, "a.md")


def test_an_unknown_markdown_heading_leaves_its_section_out_with_a_warning() -> None:
    text = MARKDOWN.replace(
        "## Examiner Marking Points:",
        "## Learning Outcomes\n\n- Explain **HEARD**.\n\n## Examiner Marking Points:",
    )

    document = parse_markdown(text, "unit-7.md")

    assert "HEARD" not in " ".join(b.text for b in document.misconceptions)
    [warning] = document.warnings
    assert warning.severity is Severity.WARNING
    assert str(warning) == (
        "unit-7.md:26: warning: unknown section 'Learning Outcomes' left out of the graph, "
        "with 1 line under it"
    )


def test_a_markdown_error_names_the_line_of_the_md_file() -> None:
    text = MARKDOWN.replace("2) Use examples.", "2) Use examples.\n\nJust a paragraph.")

    with pytest.raises(DocumentError) as caught:
        parse_markdown(text, "unit-7.md")

    assert str(caught.value).startswith("unit-7.md:20: text outside a bullet")


def test_an_empty_list_item_is_an_empty_bullet() -> None:
    with pytest.raises(DocumentError, match="empty bullet") as caught:
        parse_markdown(MARKDOWN.replace("- Look for evaluation.", "-"), "unit-7.md")

    assert caught.value.line == 30


def test_markdown_bytes_are_decoded_as_text_is() -> None:
    text = MARKDOWN.replace("feedback.", "feedback at the caf\u00e9.")

    document = read_markdown(text.encode("cp1252"), "unit-7.md", "unit-7")

    assert document.synopsis.endswith("feedback at the caf\u00e9.")
    assert [w.message[:32] for w in document.warnings] == ["not UTF-8: read as Windows-1252,"]
