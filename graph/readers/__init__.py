"""Reading topic documents from files: one reader per format, each giving the same Document.

    text.py       .txt: UTF-8 or a detected legacy encoding, read line by line
    markdown.py   .md: CommonMark, read with markdown-it-py
    docx.py       .docx: Word, read with python-docx, paragraph by paragraph

Each reader turns a file's bytes into :class:`~graph.document.Block` values, and
:func:`graph.document.parse_blocks` applies the format's rules to them, so the same
content gives the same :class:`~graph.document.Document` in any format. Readers are
pure: they take bytes and touch no file. :func:`skip_reason` says why a file of a
corpus folder is not read at all.
"""

from __future__ import annotations

import os.path
from collections.abc import Callable

from graph.document import Document
from graph.errors import DocumentError
from graph.readers.markdown import parse_markdown, read_markdown
from graph.readers.text import decode_document, parse_document, read_text, stem

__all__ = [
    "READERS",
    "Reader",
    "decode_document",
    "is_transient_name",
    "parse_document",
    "parse_markdown",
    "read_document",
    "read_docx",
    "read_markdown",
    "read_text",
    "reader_for",
    "skip_reason",
]


def read_docx(data: bytes, source: str, slug: str) -> Document:
    """A Word document (see :mod:`graph.readers.docx`)."""
    # imported here: python-docx and lxml load only once a .docx is read, not at start-up
    from graph.readers.docx import read_docx as read

    return read(data, source, slug)


Reader = Callable[[bytes, str, str], Document]
"""``reader(data, source, slug)``: a Document, or a DocumentError naming where."""

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".docx": read_docx,
}
"""The reader of each file name suffix (compared in lower case)."""

_IMAGES = frozenset(
    ".png .jpg .jpeg .gif .bmp .tif .tiff .svg .webp .heic .heif .ico .emf .wmf".split()
)
_SAVE_AS = "save it as .docx, .md or .txt to have it read"
_OTHER_FORMATS = {
    ".pdf": f"a PDF is not read ({_SAVE_AS})",
    ".doc": "a Word 97-2003 document is not read (save it as .docx)",
    ".dot": "a Word template is not read",
    ".dotx": "a Word template is not read",
    ".docm": "a Word document with macros is not read (save it as .docx)",
    ".odt": f"an OpenDocument text is not read ({_SAVE_AS})",
    ".rtf": f"a Rich Text file is not read ({_SAVE_AS})",
    ".pages": f"a Pages document is not read ({_SAVE_AS})",
    ".html": f"an HTML page is not read ({_SAVE_AS})",
    ".htm": f"an HTML page is not read ({_SAVE_AS})",
}


# What editors, office suites, browsers and copy tools write while a file is not done yet
_TEMPORARY_SUFFIXES = (
    ".tmp", ".temp", ".swp", ".swo", ".swx", ".part", ".partial", ".crdownload", ".download",
)  # fmt: skip


def is_transient_name(name: str) -> bool:
    """Whether a file called ``name`` is hidden or temporary: never a document, and never
    a reason to read the folder again.

    Hidden: ``.draft.txt``, and the ``.x.swp`` and ``.~lock.x#`` of vim and
    LibreOffice. Temporary: ``~$x.docx`` (Word's lock), ``#x#`` (Emacs), ``x~`` (a
    backup), and names ending ``.tmp``, ``.temp``, ``.swp``, ``.part``, ``.partial``,
    ``.crdownload`` and the like, in any case.
    """
    base = os.path.basename(name)
    return (
        base.startswith((".", "~", "#"))
        or base.endswith("~")
        or base.lower().endswith(_TEMPORARY_SUFFIXES)
    )


def reader_for(name: str) -> Reader | None:
    """The reader for a file name, by its suffix; ``None`` for a file that is not read."""
    if skip_reason(name) is not None:
        return None
    return READERS[os.path.splitext(name)[1].lower()]


def skip_reason(name: str) -> str | None:
    """Why a file of this name is not read as a topic document; ``None`` if it is one.

    Hidden files, Word's lock files (``~$name.docx``, there while Word has the document
    open) and files of other kinds (PDF, images, ...) are never read.
    """
    base = os.path.basename(name)
    suffix = os.path.splitext(base)[1].lower()
    if base.startswith("."):
        return "a hidden file is not read"
    if base.startswith("~$"):
        return "a Word lock file (the document is open in Word) is not read"
    if is_transient_name(base):
        return "a temporary file (one still being written) is not read"
    if suffix in READERS:
        return None
    if suffix in _IMAGES:
        return "an image is not read"
    if suffix in _OTHER_FORMATS:
        return _OTHER_FORMATS[suffix]
    kind = f"a {suffix} file" if suffix else "a file without a suffix"
    return f"{kind} is not a topic document: only .txt, .md and .docx files are read"


def read_document(data: bytes, source: str, slug: str | None = None) -> Document:
    """Read a document's bytes with the reader its name (``source``) calls for.

    ``slug`` defaults to the file stem. Raises :class:`DocumentError` when the file
    is not a kind that is read, or breaks the format.
    """
    reason = skip_reason(source)
    if reason is not None:
        raise DocumentError(source, 1, reason)
    read = READERS[os.path.splitext(source)[1].lower()]
    return read(data, source, slug if slug is not None else stem(source))
