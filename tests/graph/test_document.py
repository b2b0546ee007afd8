from __future__ import annotations

import time

import pytest

from graph.document import MAX_TITLE_LENGTH, Document, derive_title
from graph.errors import DocumentError
from graph.readers.text import decode_document, parse_document
from tests.timing import allowed, timed

VALID = """\
A preview of the synopsis, cut sh
Topic Synopsis
This unit explores how teams handle complaints. It also covers feedback.
Key Concepts & Core Principles
- Complaint Handling: Receiving and resolving complaints using the HEARD technique.
- Feedback Loops: Closing the loop with customers.
Exam Tips & Revision Strategies
- Quote the Kano model when discussing delight.
- Use examples.
Common Misconceptions & Mistakes to Avoid
- Thinking complaints are bad news.
Examiner Marking Points
- Award credit for a structured complaints procedure.
- Credit use of NPS.
- Look for evaluation.
"""


def test_valid_document_yields_every_section_in_file_order() -> None:
    document = parse_document(VALID, "corpus/unit-7.txt")

    assert document.slug == "unit-7"
    assert document.synopsis.startswith("This unit explores")
    assert [k.name for k in document.key_concepts] == ["Complaint Handling", "Feedback Loops"]
    assert document.key_concepts[0].description.endswith("HEARD technique.")
    assert [b.text for b in document.exam_tips] == [
        "Quote the Kano model when discussing delight.",
        "Use examples.",
    ]
    assert len(document.misconceptions) == 1
    assert [b.line for b in document.marking_points] == [13, 14, 15]


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda t: "\ufeff" + t, id="byte-order-mark"),
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: t.replace("\n", "   \n"), id="trailing-spaces"),
        pytest.param(lambda t: t.replace("\n-", "\n\n-"), id="blank-lines-between-bullets"),
        pytest.param(lambda t: t.rstrip("\n"), id="no-final-newline"),
        pytest.param(lambda t: t.replace("\n- ", "\n* "), id="star-bullets"),
    ],
)
def test_layout_variations_parse_to_the_same_content(transform) -> None:
    expected = parse_document(VALID, "a.txt")

    document = parse_document(transform(VALID), "a.txt")

    assert document.key_concepts == tuple(
        type(k)(k.name, k.description, document.key_concepts[i].line)
        for i, k in enumerate(expected.key_concepts)
    )
    assert [b.text for b in document.marking_points] == [b.text for b in expected.marking_points]
    assert document.synopsis == expected.synopsis


def test_indented_line_continues_the_bullet_above() -> None:
    text = VALID.replace("- Use examples.\n", "- Use examples\n  from your own workplace.\n")

    document = parse_document(text, "a.txt")

    assert document.exam_tips[1].text == "Use examples from your own workplace."


def test_title_line_overrides_the_derived_title() -> None:
    text = VALID.replace("Topic Synopsis\n", "Title: Handling Complaints\nTopic Synopsis\n", 1)

    document = parse_document(text, "a.txt")

    assert document.title == "Handling Complaints"
    assert document.title_overridden


def test_heading_match_ignores_case_colon_and_markdown_marks() -> None:
    text = VALID.replace("Topic Synopsis", "## topic synopsis:").replace(
        "Examiner Marking Points", "EXAMINER MARKING POINTS"
    )

    document = parse_document(text, "a.txt")

    assert len(document.marking_points) == 3


def test_a_name_with_a_colon_inside_keeps_it() -> None:
    text = VALID.replace("- Feedback Loops:", "- ISO 9001:2015 Audits:")

    document = parse_document(text, "a.txt")

    assert document.key_concepts[1].name == "ISO 9001:2015 Audits"


SPACES = " " * 1_000_000  # a megabyte of spaces in one line


@pytest.mark.parametrize(
    ("bullet", "name"),
    [
        pytest.param(f"- Feedback{SPACES}Loops: Closing", f"Feedback{SPACES}Loops", id="named"),
        pytest.param(f"- Feedback{SPACES}:{SPACES}Closing", "Feedback", id="spaces-round-colon"),
        pytest.param(f"- Feedback{SPACES}Loops closing", None, id="no-name"),
    ],
)
def test_a_huge_key_concept_line_takes_time_linear_in_its_length(
    bullet: str, name: str | None
) -> None:
    # Finding the name with a lazy "(.*?)\s*:" tried every split of a run of spaces:
    # hours for this line, which now takes milliseconds.
    text = VALID.replace("- Feedback Loops: Closing the loop with customers.", bullet)
    plain = text.replace(SPACES, "x" * len(SPACES))
    started = time.perf_counter()

    if name is None:
        with pytest.raises(DocumentError, match="has no name"):
            parse_document(text, "a.txt")
    else:
        assert parse_document(text, "a.txt").key_concepts[1].name == name
    elapsed = time.perf_counter() - started
    # the same line of letters, parsed side by side: linear is a few milliseconds either way
    assert elapsed < allowed(timed(lambda: _parse_or_refuse(plain)))


def _parse_or_refuse(text: str) -> Document | DocumentError:
    try:
        return parse_document(text, "a.txt")
    except DocumentError as err:
        return err


def _swap(text: str, first: str, second: str) -> str:
    return text.replace(first, "\0").replace(second, first).replace("\0", second)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        pytest.param("", 1, "empty file", id="empty"),
        pytest.param("   \n\n  \n", 1, "empty file", id="only-whitespace"),
        pytest.param("just a line\nand another\n", 2, "text before", id="no-sections"),
        pytest.param("just one line", 1, "no sections", id="one-line-no-sections"),
        pytest.param(
            VALID.replace("Common Misconceptions", "Exam Tips & Revision Strategies\nCommon"),
            10,
            "appears twice (first at line 7)",
            id="duplicated-section",
        ),
        pytest.param(
            _swap(
                VALID,
                "Exam Tips & Revision Strategies",
                "Common Misconceptions & Mistakes to Avoid",
            ),
            7,
            "out of order",
            id="sections-out-of-order",
        ),
        pytest.param(
            VALID.replace("Examiner Marking Points\n", ""),
            14,
            "missing section 'Examiner Marking Points' (expected after 'Common Misconceptions",
            id="missing-heading",
        ),
        pytest.param(
            VALID.split("Examiner Marking Points")[0],
            11,
            "missing section 'Examiner Marking Points'",
            id="missing-last-section",
        ),
        pytest.param(
            VALID.replace("- Feedback Loops: Closing", "- : Closing"),
            6,
            "has no name",
            id="nameless-bullet",
        ),
        pytest.param(
            VALID.replace("- Feedback Loops: Closing", "- \u2014: Closing"),
            6,
            "has no name",
            id="name-without-a-letter",
        ),
        pytest.param(
            VALID.replace("- Feedback Loops: Closing", "- Feedback loops close"),
            6,
            "has no name",
            id="key-concept-without-colon",
        ),
        pytest.param(
            VALID.replace("- Use examples.", "Use examples."),
            9,
            "text outside a bullet",
            id="text-outside-bullet",
        ),
        pytest.param(VALID.replace("- Use examples.", "-"), 9, "empty bullet", id="empty-bullet"),
        pytest.param(
            VALID.replace(
                "This unit explores how teams handle complaints. It also covers feedback.\n", ""
            ),
            2,
            "Topic Synopsis section is empty",
            id="empty-synopsis",
        ),
    ],
)
def test_format_errors_name_file_and_line(text: str, line: int, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        parse_document(text, "corpus/bad.txt")

    assert caught.value.source == "corpus/bad.txt"
    assert caught.value.line == line
    assert message in caught.value.message
    assert str(caught.value).startswith(f"corpus/bad.txt:{line}: ")


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        pytest.param(b"", 1, "empty file", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, "binary file", id="binary"),
        pytest.param(
            "Topic Synopsis\nCaf\u00e9 service\n".encode() + b"\nbad \xff byte\n",
            4,
            "not UTF-8: byte 0xff",
            id="damaged-utf-8",
        ),
    ],
)
def test_undecodable_bytes_are_a_document_error_with_the_line(
    data: bytes, line: int, message: str
) -> None:
    with pytest.raises(DocumentError) as caught:
        decode_document(data, "x.txt")

    assert caught.value.line == line
    assert message in caught.value.message


def test_utf8_with_and_without_bom_decode_to_the_same_text() -> None:
    text = "Topic Synopsis\nCaf\u00e9 \u2018service\u2019\n"

    assert decode_document(text.encode("utf-8"), "a") == text
    assert decode_document(b"\xef\xbb\xbf" + text.encode("utf-8"), "a") == text


@pytest.mark.parametrize(
    ("synopsis", "title"),
    [
        pytest.param(
            "This element explores how teams resolve complaints. More text.",
            "How teams resolve complaints",
            id="drops-lead-in-and-keeps-first-sentence",
        ),
        pytest.param(
            "This subtopic examines the strategic planning and operational management of "
            "customer service to align with organisational objectives and wider goals.",
            "The strategic planning and operational management of customer service",
            id="cuts-before-a-joining-word",
        ),
        pytest.param("Short synopsis", "Short synopsis", id="short-stays-whole"),
        # the first sentence with a word in it; punctuation alone is never an empty title
        pytest.param("... This unit explores complaints. More.", "Complaints", id="ellipsis-first"),
        pytest.param("?", "?", id="punctuation-only"),
        pytest.param(",", ",", id="a-comma-only"),
    ],
)
def test_derived_title_is_readable(synopsis: str, title: str) -> None:
    assert derive_title(synopsis) == title


@pytest.mark.parametrize(
    "synopsis",
    [
        pytest.param("\u00df" * 90, id="one-long-word"),  # "ß": its capital is "SS"
        pytest.param("\u0149" + "a" * 79, id="exactly-the-limit"),  # "ŉ": ditto
        pytest.param("This element explores \u00dfervice " + "x" * 72, id="after-the-lead-in"),
    ],
)
def test_a_capital_two_letters_long_keeps_the_title_within_the_limit(synopsis: str) -> None:
    title = derive_title(synopsis)

    assert len(title) <= MAX_TITLE_LENGTH
    assert synopsis.endswith(title) or synopsis.startswith(title)


def test_derived_title_never_exceeds_the_limit_nor_cuts_a_word() -> None:
    words = [f"word{n}" for n in range(60)]

    title = derive_title(" ".join(words))

    assert 0 < len(title) <= MAX_TITLE_LENGTH
    assert title.lower().split() == words[: len(title.split())]


# -- unknown sections and other warnings --------------------------------------------------


def _content(document: Document) -> tuple[object, ...]:
    """What a document says, without the lines it says it on."""
    return (
        document.title,
        document.synopsis,
        [(k.name, k.description) for k in document.key_concepts],
        [b.text for b in document.exam_tips],
        [b.text for b in document.misconceptions],
        [b.text for b in document.marking_points],
    )


def _after(heading: str, lines: str) -> str:
    """VALID with ``lines`` inserted just before ``heading`` (or at the end)."""
    if not heading:
        return VALID + lines
    return VALID.replace(f"{heading}\n", f"{lines}{heading}\n")


@pytest.mark.parametrize(
    ("text", "line", "name", "under"),
    [
        pytest.param(
            _after("", "Further Reading\n- Kano (1984).\n- Parasuraman (1988).\n"),
            16,
            "Further Reading",
            "with 2 lines under it",
            id="title-case-at-the-end",
        ),
        pytest.param(
            _after("", "Further reading:\n- Kano (1984).\n"),
            16,
            "Further reading",
            "with 1 line under it",
            id="sentence-case-with-a-colon",
        ),
        pytest.param(
            _after("Exam Tips & Revision Strategies", "## Learning outcomes\nKnow HEARD.\n"),
            7,
            "Learning outcomes",
            "with 1 line under it",
            id="marked-between-sections",
        ),
        pytest.param(
            _after("", "REFERENCES\n"),
            16,
            "REFERENCES",
            "with nothing under it",
            id="capitals-and-nothing-under-it",
        ),
    ],
)
def test_an_unknown_section_is_left_out_with_a_warning_and_the_rest_is_read(
    text: str, line: int, name: str, under: str
) -> None:
    document = parse_document(text, "a.txt")

    assert _content(document) == _content(parse_document(VALID, "a.txt"))
    [warning] = document.warnings
    assert str(warning) == (
        f"a.txt:{line}: warning: unknown section '{name}' left out of the graph, {under}"
    )


def test_a_numbered_heading_after_the_last_numbered_heading_starts_an_unknown_section() -> None:
    numbered = VALID
    for number, heading in enumerate(
        ["Topic Synopsis", "Key Concepts & Core Principles", "Exam Tips & Revision Strategies",
         "Common Misconceptions & Mistakes to Avoid", "Examiner Marking Points"],
        start=1,
    ):  # fmt: skip
        numbered = numbered.replace(f"\n{heading}\n", f"\n{number}. {heading}\n")
    # the marking points are numbered too, and "4." goes on numbering them
    numbered = numbered.replace("- Award", "1. Award").replace("- Credit use", "2. Credit use")
    numbered = numbered.replace("- Look for", "3. Look for")

    document = parse_document(numbered + "4. Check the timing\n6. Further Reading\n- Kano.\n", "a")

    assert [b.text for b in document.marking_points][-1] == "Check the timing"
    assert [w.message for w in document.warnings] == [
        "unknown section 'Further Reading' left out of the graph, with 1 line under it"
    ]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Use examples", id="sentence-case"),
        pytest.param("Use Examples From Your Own Workplace Every Single Time", id="too-long"),
        pytest.param("Use Examples.", id="full-stop"),
    ],
)
def test_a_line_without_a_dash_that_is_not_written_as_a_heading_stays_an_error(line: str) -> None:
    with pytest.raises(DocumentError, match="text outside a bullet") as caught:
        parse_document(VALID.replace("- Use examples.", line), "a.txt")

    assert caught.value.line == 9


def test_a_bullet_that_says_a_heading_is_a_bullet() -> None:
    document = parse_document(
        VALID.replace("- Use examples.", "- Examiner Marking Points"), "a.txt"
    )

    assert document.exam_tips[1].text == "Examiner Marking Points"


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        pytest.param(
            VALID.replace("- Thinking complaints are bad news.\n", ""),
            "a.txt:10: warning: section 'Common Misconceptions & Mistakes to Avoid' is empty",
            id="empty-section",
        ),
        pytest.param(
            VALID.replace("Feedback Loops: Closing the loop with customers.", "Feedback Loops:"),
            "a.txt:6: warning: key concept 'Feedback Loops' has no description",
            id="key-concept-without-description",
        ),
        pytest.param(
            VALID.replace("Topic Synopsis\n", "Title:\nTopic Synopsis\n", 1),
            "a.txt:2: warning: empty 'Title:' line ignored",
            id="empty-title",
        ),
    ],
)
def test_an_empty_optional_part_is_a_warning(text: str, warning: str) -> None:
    document = parse_document(text, "a.txt")

    assert [str(found) for found in document.warnings] == [warning]


def test_warnings_come_in_line_order() -> None:
    text = VALID.replace("- Thinking complaints are bad news.\n", "").replace(
        "Feedback Loops: Closing the loop with customers.", "Feedback Loops:"
    )

    document = parse_document(text + "Further Reading\n", "a.txt")

    assert [w.line for w in document.warnings] == [6, 10, 15]
