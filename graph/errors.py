"""Every error the graph package raises.

    CurriculumGraphError                 base class: catch this to catch them all
    ├── DocumentError                    a topic document breaks the format (FILE:LINE: message,
    │                                    or FILE:¶N: message in a Word document)
    ├── VocabularyError                  the vocabulary file cannot be read (FILE:LINE: message)
    ├── CorpusError                      a corpus folder cannot be read at all
    └── ExportError                      an export format is unknown or cannot be written

Each message names what went wrong and where, so that a command-line user can go
straight to the line and a server can show it without a traceback. Problems that do not
stop a document (warnings) are values, not exceptions: see :mod:`graph.problems`.
"""

from __future__ import annotations

__all__ = [
    "CorpusError",
    "CurriculumGraphError",
    "DocumentError",
    "ExportError",
    "VocabularyError",
]


class CurriculumGraphError(Exception):
    """Base class of every error raised by the graph package."""


class _LocatedError(CurriculumGraphError):
    """An error at a line of a file; ``str()`` gives ``FILE:LINE: message``."""

    def __init__(self, source: str, line: int, message: str) -> None:
        self.source = source
        self.line = line
        self.message = message
        super().__init__(f"{source}:{line}: {message}")


class DocumentError(_LocatedError):
    """A topic document that does not follow the format.

    In a Word document, which has no lines, ``line`` is the number of a paragraph and
    ``paragraph`` is true: ``str()`` then gives ``FILE:¶N: message``.
    """

    def __init__(self, source: str, line: int, message: str, *, paragraph: bool = False) -> None:
        super().__init__(source, line, message)
        self.paragraph = paragraph
        if paragraph:
            self.args = (f"{source}:¶{line}: {message}",)


class VocabularyError(_LocatedError):
    """A vocabulary file that cannot be parsed or holds an invalid entry."""


class CorpusError(CurriculumGraphError):
    """A corpus folder that is missing or cannot be listed."""


class ExportError(CurriculumGraphError):
    """An export that cannot be produced (unknown format, unwritable file)."""
