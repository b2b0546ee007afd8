"""Problems found in a corpus, as values: what, where, and whether it stopped the document.

An *error* keeps its document out of the graph (it was raised as a
:class:`~graph.errors.DocumentError`); a *warning* names something that was left out
of, or guessed about, a document that is served all the same: an unknown extra
section, a legacy encoding, an empty optional part, a file that is not a document.

A problem is placed by line in a text or Markdown file and by paragraph in a Word
document, which has no lines: ``str()`` gives ``FILE:LINE: message``,
``FILE:¶N: message``, or ``FILE: message`` when it concerns the whole file, with
``warning:`` before the message of a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from graph.errors import DocumentError

__all__ = ["Problem", "Severity"]


class Severity(Enum):
    """Whether a problem kept its document out of the graph."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one file of a corpus.

    ``line`` and ``paragraph`` are 1-based; at most one of them is set, and neither
    when the problem concerns the whole file.
    """

    source: str
    message: str
    severity: Severity = Severity.ERROR
    line: int | None = None
    paragraph: int | None = None

    def __post_init__(self) -> None:
        if self.line is not None and self.paragraph is not None:
            raise ValueError("a problem is placed by line or by paragraph, not both")

    @classmethod
    def of(cls, error: DocumentError) -> Problem:
        """The error that kept a document out, as a value."""
        if error.paragraph:
            return cls(error.source, error.message, Severity.ERROR, paragraph=error.line)
        return cls(error.source, error.message, Severity.ERROR, line=error.line)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def place(self) -> str:
        """``FILE:LINE``, ``FILE:¶N`` or ``FILE``."""
        if self.paragraph is not None:
            return f"{self.source}:¶{self.paragraph}"
        if self.line is not None:
            return f"{self.source}:{self.line}"
        return self.source

    def __str__(self) -> str:
        label = "" if self.is_error else "warning: "
        return f"{self.place}: {label}{self.message}"
