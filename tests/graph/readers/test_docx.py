"""Word: documents built here with python-docx, and one saved by LibreOffice Writer."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

from graph import DocumentError, Problem, Severity, load_documents
from graph.readers.docx import read_docx
from graph.readers.text import parse_document, read_text
from tests.conftest import SEEDS
from tests.documents import as_docx
from tests.graph.test_document import VALID

FILES = Path(__file__).parent / "files"
EXPECTED = parse_document(VALID, "unit-7.docx")


def _saved(document: WordDocument) -> bytes:
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def _append_xml(paragraph: Paragraph, fragment: str) -> None:
    """Add raw WordprocessingML (runs, insertions, deletions) to the end of a paragraph."""
    wrapper = parse_xml(f"<w:p {nsdecls('w')}>{fragment}</w:p>")
    for element in list(wrapper):
        paragraph._p.append(element)


def _numbered(paragraph: Paragraph, level: int, num_id: int = 1) -> None:
    """Give a paragraph list numbering of its own, as word processors do."""
    numbering = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    paragraph._p.get_or_add_pPr().append(numbering)


def _unit_7(**changes: Callable[[WordDocument], None]) -> bytes:
    """The VALID document as Word would hold it, with each named step of ``changes`` done.

    Headings use a different style each (a Heading 2, plain Normal text, Title Case in
    bold, a Heading 1, a Heading 3); bullets use bulleted, numbered and nested lists.
    """
    document = docx.Document()
    document.add_paragraph("A preview of the synopsis, cut sh")
    document.add_heading("Topic Synopsis", level=2)
    synopsis = document.add_paragraph("This unit explores how teams handle complaints.")
    synopsis.add_run(" It also covers feedback.")
    document.add_paragraph("KEY CONCEPTS AND CORE PRINCIPLES:")
    first = document.add_paragraph(style="List Bullet")
    first.add_run("Complaint Handling").bold = True
    first.add_run(": Receiving and resolving complaints")
    first.add_run().add_break()  # Shift+Enter: a line broken inside one bullet
    first.add_run("using the HEARD technique.")
    document.add_paragraph("Feedback Loops: Closing the loop with customers.", style="List Number")
    document.add_paragraph().add_run("Exam Tips and Revision Strategies").bold = True
    document.add_paragraph("Quote the Kano model when discussing delight.", style="List Number")
    _numbered(document.add_paragraph("Use examples."), level=2)
    document.add_heading("Common Misconceptions & Mistakes to Avoid", level=1)
    document.add_paragraph("Thinking complaints are bad news.", style="List Bullet 3")
    document.add_heading("Examiner Marking Points", level=3)
    document.add_paragraph("Award credit for a structured complaints procedure.", "List Bullet")
    document.add_paragraph("Credit use of NPS.", style="List Bullet 2")
    document.add_paragraph("Look for evaluation.", style="List Bullet")
    for change in changes.values():
        change(document)
    return _saved(document)


def test_headings_by_their_text_and_list_paragraphs_of_any_kind_and_level() -> None:
    document = read_docx(_unit_7(), "unit-7.docx", "unit-7")

    assert document.synopsis == EXPECTED.synopsis
    assert document.key_concepts[0].description == EXPECTED.key_concepts[0].description
    assert [(k.name, k.description) for k in document.key_concepts] == [
        (k.name, k.description) for k in EXPECTED.key_concepts
    ]
    assert document.exam_tips == EXPECTED.exam_tips
    assert document.misconceptions == EXPECTED.misconceptions
    assert document.marking_points == EXPECTED.marking_points
    assert document.warnings == ()


def test_bullets_are_numbered_by_their_paragraph() -> None:
    document = read_docx(_unit_7(), "unit-7.docx", "unit-7")

    assert [k.line for k in document.key_concepts] == [5, 6]
    assert [b.line for b in document.marking_points] == [13, 14, 15]


def _tables_headers_footers_and_comments(document: WordDocument) -> None:
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "Key Concepts & Core Principles"
    table.cell(1, 0).text = "- Table Concept: a row that is not content"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Exam Tips & Revision Strategies"
    section.footer.paragraphs[0].text = "- Page footer: not content"
    look = document.paragraphs[-1]
    document.add_comment(look.runs, text="Examiner Marking Points: say more", author="Reviewer")


def _tracked_changes(document: WordDocument) -> None:
    credit = document.paragraphs[-2]  # "Credit use of NPS."
    for run in credit.runs:
        run.text = ""
    _append_xml(
        credit,
        '<w:r><w:t xml:space="preserve">Credit use of </w:t></w:r>'
        '<w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
        "<w:r><w:delText>CSAT and </w:delText></w:r></w:del>"
        '<w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">'
        "<w:r><w:t>NPS</w:t></w:r></w:ins>"
        "<w:r><w:t>.</w:t></w:r>",
    )


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(_tables_headers_footers_and_comments, id="tables-headers-footers-comments"),
        pytest.param(_tracked_changes, id="tracked-changes-accepted"),
    ],
)
def test_only_the_text_of_the_body_counts(change: Callable[[WordDocument], None]) -> None:
    plain = read_docx(_unit_7(), "unit-7.docx", "unit-7")

    document = read_docx(_unit_7(change=change), "unit-7.docx", "unit-7")

    assert document == plain


def test_a_list_paragraph_whose_bullet_was_taken_away_continues_the_bullet_above() -> None:
    def continued(document: WordDocument) -> None:
        document.add_paragraph("in a final report.", style="List Paragraph")

    document = read_docx(_unit_7(more=continued), "unit-7.docx", "unit-7")

    assert document.marking_points[-1].text == "Look for evaluation. in a final report."


def test_numbering_taken_away_from_a_list_style_makes_a_paragraph_text() -> None:
    def unnumbered(document: WordDocument) -> None:
        _numbered(document.add_paragraph("Not a bullet.", style="List Bullet"), 0, num_id=0)

    with pytest.raises(DocumentError) as caught:
        read_docx(_unit_7(more=unnumbered), "unit-7.docx", "unit-7")

    assert str(caught.value).startswith("unit-7.docx:¶16: text outside a bullet")


def test_a_problem_in_word_names_the_paragraph() -> None:
    def stray(document: WordDocument) -> None:
        document.add_paragraph("Award credit for timeliness, which matters.")

    with pytest.raises(DocumentError) as caught:
        read_docx(_unit_7(stray=stray), "unit-7.docx", "unit-7")

    assert caught.value.paragraph
    assert caught.value.line == 16
    assert str(caught.value) == (
        "unit-7.docx:¶16: text outside a bullet: expected a bulleted or numbered "
        "paragraph, got 'Award credit for timeliness, which matte'"
    )
    assert Problem.of(caught.value) == Problem(
        "unit-7.docx", caught.value.message, Severity.ERROR, paragraph=16
    )


def test_an_unknown_heading_styled_section_is_left_out_with_a_warning_at_its_paragraph() -> None:
    def reading(document: WordDocument) -> None:
        document.add_heading("Further Reading", level=2)
        document.add_paragraph("Kano, N. (1984) Attractive Quality.", style="List Bullet")
        document.add_paragraph("A note on the references.")

    document = read_docx(_unit_7(reading=reading), "unit-7.docx", "unit-7")

    assert document.marking_points == read_docx(_unit_7(), "x", "x").marking_points
    assert [str(w) for w in document.warnings] == [
        "unit-7.docx:¶16: warning: unknown section 'Further Reading' left out of the graph, "
        "with 2 paragraphs under it"
    ]


def _zip(members: dict[str, bytes]) -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return packed.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(VALID.encode(), "a .docx is a ZIP package and this is not one", id="text"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "Word 97-2003", id="doc"),
        pytest.param(_zip({"hello.txt": b"hi"}), "not a Word document", id="other-zip"),
        pytest.param(
            _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}),
            "not a Word document",
            id="broken-xml",
        ),
    ],
)
def test_a_file_that_is_not_a_word_document_is_one_located_error(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        read_docx(data, "unit-7.docx", "unit-7")

    assert caught.value.line == 1
    assert message in caught.value.message
    assert len(str(caught.value).splitlines()) == 1


def test_a_broken_word_document_never_stops_the_others(tmp_path: Path) -> None:
    (tmp_path / "broken.docx").write_bytes(_zip({"hello.txt": b"hi"}))
    (tmp_path / "good.docx").write_bytes(_unit_7())

    result = load_documents(tmp_path)

    assert [d.slug for d in result.documents] == ["good"]
    assert [(p.source, p.severity) for p in result.problems] == [
        (str(tmp_path / "broken.docx"), Severity.ERROR)
    ]


def test_a_seed_saved_by_libreoffice_reads_as_the_seed() -> None:
    saved = FILES / "000_9738f595519dce83.docx"
    seed = SEEDS / "000_9738f595519dce83.txt"

    document = read_docx(saved.read_bytes(), "seed.docx", "seed")

    assert document == read_text(seed.read_bytes(), "seed.docx", "seed")


def test_a_seed_built_with_python_docx_reads_as_the_seed() -> None:
    seed = SEEDS / "004_b5f39bc41b65eb3f.txt"

    document = read_docx(as_docx(seed.read_text("utf-8")), "seed.docx", "seed")

    assert document == read_text(seed.read_bytes(), "seed.docx", "seed")
