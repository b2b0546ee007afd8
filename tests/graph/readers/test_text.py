"""Plain text: numbered bullets and headings, and the encodings a text file arrives in."""

from __future__ import annotations

import pytest

from graph import DocumentError, Severity
from graph.readers.text import decode_text, parse_document, read_text
from tests.graph.test_document import VALID


@pytest.mark.parametrize(
    "mark",
    [
        pytest.param("1. ", id="number-dot"),
        pytest.param("1) ", id="number-parenthesis"),
        pytest.param("a) ", id="letter-parenthesis"),
        pytest.param("12.\t", id="two-digits-and-a-tab"),
        pytest.param("– ", id="en-dash"),
        pytest.param("▪ ", id="square"),
    ],
)
def test_numbered_and_other_bullet_marks_read_as_bullets(mark: str) -> None:
    expected = parse_document(VALID, "a.txt")

    document = parse_document(VALID.replace("\n- ", f"\n{mark}"), "a.txt")

    assert document == expected
    assert document.warnings == ()


def test_a_number_without_a_space_after_it_is_not_a_bullet() -> None:
    text = VALID.replace("- Use examples.", "1.5% of marks go to examples.")

    with pytest.raises(DocumentError, match="text outside a bullet"):
        parse_document(text, "a.txt")


@pytest.mark.parametrize(
    "numbering",
    [
        pytest.param(("1. ", "2. ", "3. ", "4. ", "5. "), id="dots"),
        pytest.param(("1) ", "2) ", "3) ", "4) ", "5) "), id="parentheses"),
        pytest.param(("1.1 ", "1.2 ", "1.3 ", "1.4 ", "1.5 "), id="two-levels"),
        pytest.param(("## 1. ", "## 2. ", "## 3. ", "## 4. ", "## 5. "), id="marked"),
    ],
)
def test_numbered_headings_are_headings(numbering: tuple[str, ...]) -> None:
    headings = [
        "Topic Synopsis",
        "Key Concepts & Core Principles",
        "Exam Tips & Revision Strategies",
        "Common Misconceptions & Mistakes to Avoid",
        "Examiner Marking Points",
    ]
    text = VALID
    for number, heading in zip(numbering, headings, strict=True):
        text = text.replace(f"\n{heading}\n", f"\n{number}{heading}\n")

    assert parse_document(text, "a.txt") == parse_document(VALID, "a.txt")


# -- encodings ----------------------------------------------------------------------------

LEGACY = VALID.replace("complaints.", "complaints at the caf\u00e9.").replace(
    "Use examples.", "Use the customer\u2019s \u201cown words\u201d \u2014 na\u00efvely."
)


GREEK = VALID.replace("complaints.", "complaints: Εξυπηρέτηση πελατών και ποιότητα υπηρεσιών.")


@pytest.mark.parametrize(
    ("text", "encoding", "named"),
    [
        pytest.param(LEGACY, "cp1252", "Windows-1252", id="windows-1252"),
        pytest.param(LEGACY, "utf-16", "UTF-16", id="utf-16-with-its-mark"),
        pytest.param(GREEK, "cp1253", "Windows-1253", id="greek-windows-1253"),
    ],
)
def test_a_legacy_encoding_is_read_with_a_warning_naming_it(
    text: str, encoding: str, named: str
) -> None:
    document = read_text(text.encode(encoding), "old.txt", "old")

    assert document == parse_document(text, "old.txt", "old", document.warnings)
    [warning] = document.warnings
    assert warning.severity is Severity.WARNING
    assert warning.message.startswith(f"not UTF-8: read as {named},")


def test_a_legacy_warning_names_the_line_of_the_first_byte_that_is_not_utf8() -> None:
    text, warning = decode_text(LEGACY.encode("cp1252"), "old.txt")

    assert text == LEGACY
    assert warning is not None
    assert str(warning).startswith("old.txt:3: warning: not UTF-8: read as Windows-1252")


def test_latin1_text_reads_as_windows_1252_which_agrees_on_its_letters() -> None:
    text = VALID.replace("complaints.", "complaints at the caf\u00e9 in M\u00fcnchen.")

    document = read_text(text.encode("latin-1"), "old.txt", "old")

    assert "caf\u00e9 in M\u00fcnchen" in document.synopsis


def test_utf8_text_has_no_warning() -> None:
    assert read_text(LEGACY.encode(), "new.txt", "new").warnings == ()


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        pytest.param(
            LEGACY.encode() + b"\n- one \xff byte\n", 17, "not UTF-8: byte 0xff", id="damaged"
        ),
        pytest.param(b"\x00\x01\x02\xff\xfe binary junk", 1, "binary file", id="binary"),
        pytest.param(b"  \n\t\n", 1, "empty file", id="blank"),
    ],
)
def test_damaged_utf8_and_binary_files_stay_errors(data: bytes, line: int, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read_text(data, "bad.txt", "bad")

    assert caught.value.line == line
    assert message in caught.value.message
