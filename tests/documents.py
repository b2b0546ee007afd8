"""A topic document in the seed format, written again in each form the readers accept.

Each conversion keeps one line (or Word paragraph) per line of the original, so that
bullets keep their line numbers and the converted document reads to exactly the same
:class:`~graph.document.Document` (but for its ``source``):

    as_markdown        ``##`` headings, bold names, ``-``, ``*``, ``+`` and ``1.`` lists
    as_docx            Heading 2, List Bullet (a bold name), List Number, List Bullet 2
    as_numbered_text   "1. Topic Synopsis", items numbered ``1.``, ``1)`` and lettered ``a)``
    with_further_reading   a "Further Reading" section with references at the end
"""

from __future__ import annotations

import io
import re
import string
from collections.abc import Iterator

import docx

from graph.document import Section

__all__ = [
    "FURTHER_READING",
    "as_docx",
    "as_markdown",
    "as_numbered_text",
    "lines_of",
    "with_further_reading",
]

_HEADINGS = {section.value: section for section in Section}

FURTHER_READING = (
    "Further Reading",
    "- Parasuraman, A., Zeithaml, V. and Berry, L. (1988) SERVQUAL: A Multiple-Item Scale.",
    "- Kano, N. (1984) Attractive Quality and Must-Be Quality.",
    "- Reichheld, F. (2003) The One Number You Need to Grow (the Net Promoter Score).",
)


def lines_of(text: str) -> Iterator[tuple[Section | None, str, str]]:
    """Each line with the section it is in, and whether it is a heading, a bullet or text.

    Yields ``(section, kind, text)``: ``kind`` is ``"heading"``, ``"bullet"`` (text
    without its ``- ``) or ``"text"``.
    """
    section: Section | None = None
    for line in text.splitlines():
        if line in _HEADINGS:
            section = _HEADINGS[line]
            yield section, "heading", line
        elif line.startswith("- "):
            yield section, "bullet", line[2:]
        else:
            yield section, "text", line


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#])")


def _escaped(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def as_markdown(text: str) -> str:
    """The document in Markdown, line for line."""
    lines: list[str] = []
    number = 0
    for section, kind, line in lines_of(text):
        if kind == "heading":
            lines.append(f"## {line}")
            number = 0
        elif kind == "text":
            lines.append(_escaped(line))
        elif section is Section.KEY_CONCEPTS:
            name, _, description = line.partition(": ")
            lines.append(f"- **{_escaped(name)}**: {_escaped(description)}")
        elif section is Section.EXAM_TIPS:
            number += 1
            lines.append(f"{number}. {_escaped(line)}")
        else:
            mark = "*" if section is Section.MISCONCEPTIONS else "+"
            lines.append(f"{mark} {_escaped(line)}")
    return "\n".join(lines) + "\n"


def as_docx(text: str) -> bytes:
    """The document as a Word file built with python-docx, one paragraph per line."""
    document = docx.Document()
    for section, kind, line in lines_of(text):
        if kind == "heading":
            document.add_heading(line, level=2)
        elif kind == "text":
            document.add_paragraph(line)
        elif section is Section.KEY_CONCEPTS:
            name, _, description = line.partition(": ")
            paragraph = document.add_paragraph(style="List Bullet")
            paragraph.add_run(name).bold = True
            paragraph.add_run(f": {description}")
        else:
            style = {
                Section.EXAM_TIPS: "List Number",
                Section.MISCONCEPTIONS: "List Bullet 2",
            }.get(section or Section.MARKING_POINTS, "List Bullet")
            document.add_paragraph(line, style=style)
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def as_numbered_text(text: str) -> str:
    """The document in plain text with numbered headings and numbered or lettered bullets."""
    lines: list[str] = []
    heading = item = 0
    for section, kind, line in lines_of(text):
        if kind == "heading":
            heading += 1
            item = 0
            lines.append(f"{heading}. {line}")
        elif kind == "text":
            lines.append(line)
        else:
            item += 1
            if section is Section.KEY_CONCEPTS:
                lines.append(f"{string.ascii_lowercase[item - 1]}) {line}")
            elif section is Section.MISCONCEPTIONS:
                lines.append(f"{item}) {line}")
            else:
                lines.append(f"{item}. {line}")
    return "\n".join(lines) + "\n"


def with_further_reading(text: str) -> str:
    """The document with a "Further Reading" section and its references at the end."""
    return text.rstrip("\n") + "\n" + "\n".join(FURTHER_READING) + "\n"
