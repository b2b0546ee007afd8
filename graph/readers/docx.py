"""Word documents (``.docx``): read with python-docx, one paragraph at a time.

Headings are found by their text, whatever their style; a paragraph in a Heading (or
Title) style that is not one of the five starts an unknown section. List paragraphs,
bulleted or numbered at any level, are bullets; a paragraph in a list style whose
bullet was taken away ("List Paragraph", "List Continue") continues the bullet above
it; a line broken inside a paragraph stays in it. A paragraph in another style is
read like a line of plain text, so a bullet typed as "- " or "1. " still counts.

Only the text of the body counts: tables, headers and footers, comments, footnotes,
text boxes and content controls add nothing, and tracked changes are read as if
accepted (insertions in, deletions out). Word has no lines, so a problem names the
paragraph: ``FILE:¶N`` is the N-th paragraph of the body, counting empty ones and
leaving tables out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.parfmt import CT_PPr
from docx.oxml.text.run import CT_R
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from graph.document import Block, BlockKind, Document, Placing, parse_blocks
from graph.errors import DocumentError
from graph.readers.text import line_block

__all__ = ["MAX_UNPACKED_BYTES", "read_docx"]

MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # a study guide is a few hundred kB unpacked

# The runs of a paragraph that hold its text, changes accepted: inside hyperlinks,
# insertions, moves to, smart tags and fields, but not deletions, moves away, text
# boxes (and the copy Word keeps of them for older readers).
_RUNS = (
    ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent"
    " or ancestor::*[local-name()='Fallback'])]"
)
_STYLE_DEPTH = 16  # styles based on styles, at most this deep (a loop ends here)
_BODY_TEXT_LEVEL = 9  # outline levels 0 to 8 are headings; 9 is body text


def read_docx(data: bytes, source: str, slug: str) -> Document:
    """Parse the bytes of a ``.docx`` file.

    Raises :class:`DocumentError` when the file is not a Word document or breaks the
    format (at the paragraph, ``FILE:¶N``).
    """
    placing = Placing(source, paragraphs=True)
    paragraphs = _open(data, source)
    try:
        blocks = list(_blocks(paragraphs))
    except (AttributeError, KeyError, ValueError) as err:  # malformed XML parts
        raise DocumentError(source, 1, f"cannot read the Word document: {err}") from err
    return parse_blocks(blocks, placing, slug, last=max(1, len(paragraphs)))


def _open(data: bytes, source: str) -> list[Paragraph]:
    if not data.strip():
        raise DocumentError(source, 1, "empty file: expected a topic document")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(member.file_size for member in package.infolist())
    except zipfile.BadZipFile as err:
        raise DocumentError(
            source,
            1,
            "not a Word document: a .docx is a ZIP package and this is not one "
            "(a Word 97-2003 .doc renamed? save it as .docx)",
        ) from err
    if unpacked > MAX_UNPACKED_BYTES:
        raise DocumentError(
            source, 1, f"too large: {unpacked} bytes unpacked (at most {MAX_UNPACKED_BYTES})"
        )
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx and lxml raise many kinds on a broken package
        raise DocumentError(source, 1, f"not a Word document python-docx can open: {err}") from err
    return [item for item in document.iter_inner_content() if isinstance(item, Paragraph)]


def _blocks(paragraphs: list[Paragraph]) -> Iterator[Block]:
    for number, paragraph in enumerate(paragraphs, start=1):
        # python-docx has no public API for tracked insertions, outline levels or list
        # numbering: the paragraph's XML element is read for them.
        element = paragraph._p
        text = _text(element)
        if not text:
            continue
        styles = list(_style_chain(paragraph.style))
        properties = [element.pPr, *(style.element.pPr for style in styles)]
        names = [(style.name or "").casefold() for style in styles]
        if _is_heading(names, properties):
            yield Block(BlockKind.HEADING, text, number)
        elif _is_list_item(properties):
            yield Block(BlockKind.NUMBERED, text, number)
        elif any(name.startswith(("list paragraph", "list continue")) for name in names):
            yield Block(BlockKind.CONTINUATION, text, number)
        else:
            yield line_block(text, number)  # a bullet typed by hand, or text


def _text(element: CT_P) -> str:
    # Paragraph.text reads only the runs directly in the paragraph, which leaves out
    # tracked insertions and the text of fields and content controls.
    runs: list[CT_R] = element.xpath(_RUNS)
    return " ".join("".join(run.text for run in runs).split())


def _style_chain(style: ParagraphStyle | None) -> Iterator[ParagraphStyle]:
    for _ in range(_STYLE_DEPTH):
        if style is None:
            return
        yield style
        style = style.base_style


def _is_heading(names: list[str], properties: list[CT_PPr | None]) -> bool:
    if any(name.startswith("heading") or name == "title" for name in names):
        return True
    return any(
        p is not None and p.outlineLvl is not None and int(p.outlineLvl.val) < _BODY_TEXT_LEVEL
        for p in properties
    )


def _is_list_item(properties: list[CT_PPr | None]) -> bool:
    """Whether a paragraph is numbered or bulleted, by itself or by its style."""
    for p in properties:
        ids: list[str] = [] if p is None else p.xpath("./w:numPr/w:numId/@w:val")
        if ids:
            # the nearest numbering decides: numId 0 takes a style's numbering away
            return ids[0] != "0"
    return False
