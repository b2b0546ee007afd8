"""Parsing one topic document into a frozen :class:`Document`.

The format (see ``seeds/``)::

    <line 1: a preview of the synopsis, cut short; not content>
    [Title: an optional title that overrides the derived one]
    Topic Synopsis
    <a paragraph>
    Key Concepts & Core Principles
    - Name: description
    Exam Tips & Revision Strategies
    - text
    Common Misconceptions & Mistakes to Avoid
    - text
    Examiner Marking Points
    - text

Headings are matched ignoring case, a trailing colon and leading ``#`` marks.
Bullets start with ``-``, ``*`` or ``•``; an indented line continues the bullet
above it. Blank lines and trailing spaces are ignored anywhere.

Parsing is pure: :func:`parse_document` takes text, :func:`decode_document`
takes bytes; neither touches the file system.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

from graph.errors import DocumentError

__all__ = [
    "MAX_TITLE_LENGTH",
    "Bullet",
    "Document",
    "KeyConcept",
    "Section",
    "decode_document",
    "derive_title",
    "parse_document",
]

MAX_TITLE_LENGTH = 80


class Section(Enum):
    """The five sections of a topic document, in the order they must appear."""

    SYNOPSIS = "Topic Synopsis"
    KEY_CONCEPTS = "Key Concepts & Core Principles"
    EXAM_TIPS = "Exam Tips & Revision Strategies"
    MISCONCEPTIONS = "Common Misconceptions & Mistakes to Avoid"
    MARKING_POINTS = "Examiner Marking Points"


_SECTION_ORDER = tuple(Section)


@functools.lru_cache(maxsize=1024)  # the same headings, document after document
def _heading_key(line: str) -> str:
    key = line.strip().lstrip("#").strip().rstrip(":").strip().casefold()
    return re.sub(r"\s+", " ", key).replace(" and ", " & ")


_HEADINGS = {_heading_key(section.value): section for section in Section}
_BULLET_MARKS = frozenset("-*•")
_BULLET = re.compile(r"^\s{0,3}[-*•]\s*(?P<text>.*)$")
_TITLE_LINE = re.compile(r"^title\s*:\s*(?P<title>.*)$", re.IGNORECASE)
# The colon that ends the name in "Name: description": the first one followed by a space
# or the end of the line, so that a name such as "ISO 9001:2015" keeps its colon. (Found
# with a search, not a lazy "(.*?)\s*:" match, which is quadratic in a run of spaces.)
_NAME_END = re.compile(r":(?=\s|$)")


@dataclass(frozen=True, slots=True)
class Bullet:
    """One bullet of a statement section: its text and the line it starts on."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class KeyConcept:
    """One ``- Name: description`` bullet of the Key Concepts section."""

    name: str
    description: str
    line: int


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed topic document."""

    source: str
    slug: str
    title: str
    synopsis: str
    key_concepts: tuple[KeyConcept, ...]
    exam_tips: tuple[Bullet, ...]
    misconceptions: tuple[Bullet, ...]
    marking_points: tuple[Bullet, ...]
    title_overridden: bool = False


def decode_document(data: bytes, source: str) -> str:
    """Decode a document's bytes as UTF-8 (with or without a byte-order mark).

    Raises :class:`DocumentError` for an empty file, a binary file or bytes that are
    not UTF-8, naming the line of the first bad byte.
    """
    if not data.strip():
        raise DocumentError(source, 1, "empty file: expected a topic document")
    if b"\x00" in data:
        raise DocumentError(source, 1, "binary file: NUL bytes found, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        bad = data[err.start : err.start + 1].hex()
        raise DocumentError(
            source, line, f"not UTF-8: byte 0x{bad} cannot be decoded (save the file as UTF-8)"
        ) from err


def _heading(line: str) -> Section | None:
    if line.lstrip()[:1] in _BULLET_MARKS:
        return None  # most lines are bullets, and no heading starts like one
    return _HEADINGS.get(_heading_key(line))


def _slug_from_source(source: str) -> str:
    name = re.split(r"[\\/]", source)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def parse_document(text: str, source: str, slug: str | None = None) -> Document:
    """Parse the text of one topic document.

    ``source`` names the document in error messages; ``slug`` defaults to the file
    stem of ``source``. Raises :class:`DocumentError` (with the line) when the
    document breaks the format.
    """
    text = text.removeprefix("\ufeff")
    lines = [raw.rstrip() for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if not any(lines):
        raise DocumentError(source, 1, "empty file: expected a topic document")
    first = _first_content_line(lines)
    title_override: str | None = None
    bodies: dict[Section, list[tuple[int, str]]] = {}
    heading_lines: dict[Section, int] = {}
    current: Section | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        section = _heading(line)
        if section is not None:
            _check_order(section, number, heading_lines, source)
            heading_lines[section] = number
            bodies[section] = []
            current = section
            continue
        if current is None:
            match = _TITLE_LINE.match(line.strip())
            if match and match["title"].strip():
                title_override = match["title"].strip()
            elif number != first:
                raise DocumentError(
                    source,
                    number,
                    f"text before the '{Section.SYNOPSIS.value}' heading "
                    "(only the preview line and an optional 'Title:' line may come first)",
                )
            continue
        bodies[current].append((number, line))
    if not heading_lines:
        raise DocumentError(
            source,
            first,
            "no sections found: expected the headings "
            + ", ".join(f"'{section.value}'" for section in Section),
        )
    for index, section in enumerate(Section):
        if section not in heading_lines:
            previous = _SECTION_ORDER[index - 1]
            raise DocumentError(
                source,
                len(lines) if lines[-1] else max(1, len(lines) - 1),
                f"missing section '{section.value}' "
                f"(expected after '{previous.value}' at line {heading_lines[previous]})",
            )
    synopsis = " ".join(line.strip() for _, line in bodies[Section.SYNOPSIS])
    if not synopsis:
        raise DocumentError(
            source, heading_lines[Section.SYNOPSIS], "the Topic Synopsis section is empty"
        )
    key_concepts = tuple(
        _key_concept(bullet, source) for bullet in _bullets(bodies[Section.KEY_CONCEPTS], source)
    )
    return Document(
        source=source,
        slug=slug if slug is not None else _slug_from_source(source),
        title=title_override or derive_title(synopsis),
        synopsis=synopsis,
        key_concepts=key_concepts,
        exam_tips=_bullets(bodies[Section.EXAM_TIPS], source),
        misconceptions=_bullets(bodies[Section.MISCONCEPTIONS], source),
        marking_points=_bullets(bodies[Section.MARKING_POINTS], source),
        title_overridden=title_override is not None,
    )


def _first_content_line(lines: list[str]) -> int:
    return next(number for number, line in enumerate(lines, start=1) if line.strip())


def _check_order(section: Section, number: int, seen: dict[Section, int], source: str) -> None:
    if section in seen:
        raise DocumentError(
            source,
            number,
            f"section '{section.value}' appears twice (first at line {seen[section]})",
        )
    expected = _SECTION_ORDER[len(seen)]
    if section is not expected:
        raise DocumentError(
            source,
            number,
            f"section '{section.value}' is out of order: expected '{expected.value}' here",
        )


def _bullets(body: list[tuple[int, str]], source: str) -> tuple[Bullet, ...]:
    bullets: list[Bullet] = []
    for number, line in body:
        match = _BULLET.match(line)
        if match:
            text = match["text"].strip()
            if not text:
                raise DocumentError(source, number, "empty bullet: expected text after '-'")
            bullets.append(Bullet(text, number))
        elif bullets and line[:1].isspace():
            previous = bullets[-1]
            bullets[-1] = Bullet(f"{previous.text} {line.strip()}", previous.line)
        else:
            raise DocumentError(
                source,
                number,
                "text outside a bullet: expected a line starting with '- ', "
                f"got {line.strip()[:40]!r}",
            )
    return tuple(bullets)


def _key_concept(bullet: Bullet, source: str) -> KeyConcept:
    end = _NAME_END.search(bullet.text)
    # a name has a letter or digit in it: "- —: ..." names nothing (and would be one
    # concept with every other such bullet)
    if end is None or not _WORD.search(bullet.text, 0, end.start()):
        raise DocumentError(
            source,
            bullet.line,
            "key concept bullet has no name: expected '- Name: description'",
        )
    name, description = bullet.text[: end.start()], bullet.text[end.end() :]
    return KeyConcept(name.strip(), description.strip(), bullet.line)


_LEAD_IN = re.compile(
    r"^(?:this|the)\s+(?:element|subtopic|sub-topic|topic|unit|module|section|chapter|"
    r"lesson|course|component|strand)\s+"
    r"(?:explores|examines|focuses on|covers|introduces|investigates|considers|addresses|"
    r"looks at|describes|outlines|deals with|is about|concerns|provides|develops|builds)\s+",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W_]")
_DANGLING = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "with", "while", "through", "that", "which", "its", "their", "how",
}  # fmt: skip

_PHRASE_STARTS = {
    "and", "while", "whilst", "to", "with", "through", "by", "which", "that", "including",
    "so", "because", "where", "when", "using", "via", "within", "across", "for",
}  # fmt: skip


def derive_title(synopsis: str, limit: int = MAX_TITLE_LENGTH) -> str:
    """A readable title from a synopsis: its first clause, at most ``limit`` characters.

    The lead-in ("This element explores ...") is dropped, the text is cut at a word
    boundary (never inside a word), and dangling joining words are trimmed.
    """
    sentences = _SENTENCE_END.split(synopsis.strip())
    # the first sentence with a word in it: "... This unit covers X." is about X
    first = next((text for text in sentences if _WORD.search(text)), sentences[0])
    sentence = first.rstrip(".!?") or first  # "?" alone is a title, "" is none
    sentence = _LEAD_IN.sub("", sentence).strip() or sentence
    words = sentence.split()
    title_words: list[str] = []
    for word in words:
        if len(" ".join([*title_words, word])) > limit:
            break
        title_words.append(word)
    if not title_words:  # a single word longer than the limit: cut at the limit
        return words[0][:limit] if words else ""
    if len(title_words) < len(words):
        # Prefer ending where a clause or phrase ends, if that keeps half the words.
        for index in range(len(title_words) - 1, len(title_words) // 2, -1):
            before, word = title_words[index - 1], title_words[index].casefold()
            if before.endswith((",", ";", ":")) or word in _PHRASE_STARTS:
                title_words = title_words[:index]
                break
        while len(title_words) > 1 and title_words[-1].strip(",;:").casefold() in _DANGLING:
            title_words.pop()
    title = " ".join(title_words).rstrip(",;:") or " ".join(title_words)
    capital = title[:1].upper()
    # a few letters have a capital two letters long ("ß" is "SS"), which would break the limit
    return (capital if len(capital) == 1 else title[:1]) + title[1:]
