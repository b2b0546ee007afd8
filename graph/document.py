"""The topic document format: its sections, and the parsed :class:`Document`.

Every reader (``graph/readers/``: plain text, Markdown, Word) turns a file into the
same :class:`Block` values: a heading, a line or paragraph of text, a list item, or
the continuation of the item above, each with its line (its paragraph, in a Word
document). :func:`parse_blocks` applies the format's rules to them, whatever the file
was, so that the same content gives the same :class:`Document`::

    <a preview of the synopsis, cut short: the first line or paragraph; not content>
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

Headings are found by their text: case, a trailing colon, leading ``#`` marks, a
number ("1. Topic Synopsis") and "and" for "&" do not matter. A heading that is not
one of the five starts an unknown section, which is left out of the graph with a
warning (see :func:`parse_blocks` for what counts as one). Problems that stop the
document raise :class:`DocumentError`; the others are kept as the document's
``warnings``.

Parsing is pure: nothing here touches the file system.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum

from graph.errors import DocumentError
from graph.problems import Problem, Severity

__all__ = [
    "MAX_TITLE_LENGTH",
    "Block",
    "BlockKind",
    "Bullet",
    "Document",
    "KeyConcept",
    "Placing",
    "Section",
    "derive_title",
    "parse_blocks",
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
_BULLET_SECTIONS = _SECTION_ORDER[1:]

# "1.", "2)", "1.2." or "a)" before a heading's words
_ENUMERATOR = re.compile(r"^(?:(?P<number>\d{1,3})(?:\.\d{1,3})*[.)]?|[a-z]\))\s+")


@functools.lru_cache(maxsize=1024)  # the same headings, document after document
def _heading_key(text: str) -> str:
    key = text.strip().lstrip("#").strip().rstrip(":").strip().casefold()
    key = _ENUMERATOR.sub("", key)
    return re.sub(r"\s+", " ", key).replace(" and ", " & ")


def _enumerator(text: str) -> int | None:
    """The number before a heading's words ("6. Further Reading" is 6), if any."""
    match = _ENUMERATOR.match(text.strip().lstrip("#").strip())
    return int(match["number"]) if match and match["number"] else None


_HEADINGS = {_heading_key(section.value): section for section in Section}
_TITLE_LINE = re.compile(r"^title\s*:\s*(?P<title>.*)$", re.IGNORECASE)
# The colon that ends the name in "Name: description": the first one followed by a space
# or the end of the line, so that a name such as "ISO 9001:2015" keeps its colon. (Found
# with a search, not a lazy "(.*?)\s*:" match, which is quadratic in a run of spaces.)
_NAME_END = re.compile(r":(?=\s|$)")


class BlockKind(Enum):
    """What a reader found a piece of text to be."""

    HEADING = "heading"  # marked as one by its file: a Markdown heading, a Word Heading style
    TEXT = "text"  # a line or paragraph of text
    BULLET = "bullet"  # a list item marked with a symbol ("-", "*", "•"): never a heading
    NUMBERED = "numbered"  # a numbered or lettered item ("1.", "a)"), or a Word list paragraph
    CONTINUATION = "continuation"  # continues the item above: an indented or wrapped line


@dataclass(frozen=True, slots=True)
class Block:
    """One heading, line, paragraph or list item of a document, as its reader found it.

    ``text`` is stripped and has no list mark; ``written`` is the text as written,
    mark included (the synopsis keeps it); ``location`` is the 1-based line, or the
    paragraph in a Word document; ``number`` is a numbered item's number.
    """

    kind: BlockKind
    text: str
    location: int
    written: str = ""
    number: int | None = None

    @property
    def as_written(self) -> str:
        return self.written or self.text


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
    """A parsed topic document.

    ``line`` numbers (of bullets and key concepts) are paragraph numbers in a Word
    document. ``warnings`` are the problems that did not stop the document: what was
    left out of it (an unknown section) or guessed (a legacy encoding), and empty
    optional parts.
    """

    source: str
    slug: str
    title: str
    synopsis: str
    key_concepts: tuple[KeyConcept, ...]
    exam_tips: tuple[Bullet, ...]
    misconceptions: tuple[Bullet, ...]
    marking_points: tuple[Bullet, ...]
    title_overridden: bool = False
    warnings: tuple[Problem, ...] = ()

    def prose(self) -> Iterator[str]:
        """Every text of the document, in order: synopsis, key concepts, bullets."""
        yield self.synopsis
        for key_concept in self.key_concepts:
            yield key_concept.name
            yield key_concept.description
        for section in (self.exam_tips, self.misconceptions, self.marking_points):
            for bullet in section:
                yield bullet.text


@dataclass(frozen=True, slots=True)
class Placing:
    """How a file places its problems: by line, or by paragraph (a Word document)."""

    source: str
    paragraphs: bool = False

    @property
    def unit(self) -> str:
        return "paragraph" if self.paragraphs else "line"

    def error(self, location: int, message: str) -> DocumentError:
        return DocumentError(self.source, location, message, paragraph=self.paragraphs)

    def warning(self, location: int | None, message: str) -> Problem:
        if self.paragraphs:
            return Problem(self.source, message, Severity.WARNING, paragraph=location)
        return Problem(self.source, message, Severity.WARNING, line=location)


# A heading of a section the format does not know, in a bulleted section where it can
# only be a heading or a mistake: a few words, none ending a sentence, written as a
# heading (Title Case or a colon at the end: "Further Reading", "Further reading:").
_MAX_HEADING_WORDS = 6
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with &".split())
_SENTENCE_ENDS = (".", "!", "?", ",", ";")
_MARKED_HEADING = re.compile(r"^#{1,6}\s+\S")  # "## Learning outcomes", as Markdown writes one


def _looks_like_a_heading(text: str, *, title_case: bool) -> bool:
    words = text.strip().lstrip("#").strip().split()
    if not words or len(words) > _MAX_HEADING_WORDS or not _WORD.search(text):
        return False
    if words[-1].endswith(_SENTENCE_ENDS):
        return False
    if not title_case or words[-1].endswith(":"):
        return True
    return (
        all(
            word.casefold() in _SMALL_WORDS or not word[:1].isalpha() or word[:1].isupper()
            for word in words
        )
        and words[0][:1].isupper()
    )


@dataclass(slots=True)
class _Unknown:
    """An unknown section being skipped: its heading and what was under it."""

    name: str
    location: int
    skipped: int = 0


@dataclass(slots=True)
class _Scan:
    """The blocks of a document sorted into sections, before their content is read."""

    placing: Placing
    bodies: dict[Section, list[Block]] = field(default_factory=dict)
    heading_locations: dict[Section, int] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    title: str | None = None
    current: Section | _Unknown | None = None
    heading_number: int | None = None  # the number written before the last heading

    def start(self, section: Section, block: Block) -> None:
        self._close_unknown()
        self._check_order(section, block.location)
        self.heading_locations[section] = block.location
        self.bodies[section] = []
        self.current = section
        self.heading_number = block.number if block.number is not None else _enumerator(block.text)

    def start_unknown(self, block: Block) -> None:
        self._close_unknown()
        name = _ENUMERATOR.sub("", block.text.strip().lstrip("#").strip()).rstrip(":").strip()
        self.current = _Unknown(name, block.location)
        number = block.number if block.number is not None else _enumerator(block.text)
        if number is not None:
            self.heading_number = number

    def finish(self) -> None:
        self._close_unknown()

    def _close_unknown(self) -> None:
        if isinstance(self.current, _Unknown):
            unknown, unit = self.current, self.placing.unit
            under = (
                f"with {unknown.skipped} {unit}{'s' * (unknown.skipped != 1)} under it"
                if unknown.skipped
                else "with nothing under it"
            )
            self.warnings.append(
                self.placing.warning(
                    unknown.location,
                    f"unknown section '{unknown.name}' left out of the graph, {under}",
                )
            )

    def _check_order(self, section: Section, location: int) -> None:
        seen = self.heading_locations
        unit = self.placing.unit
        if section in seen:
            raise self.placing.error(
                location,
                f"section '{section.value}' appears twice (first at {unit} {seen[section]})",
            )
        expected = _SECTION_ORDER[len(seen)]
        if section is not expected:
            raise self.placing.error(
                location,
                f"section '{section.value}' is out of order: expected '{expected.value}' here",
            )

    def starts_unknown_section(self, block: Block) -> bool:
        """Whether ``block`` is the heading of a section the format does not know."""
        if block.kind is BlockKind.HEADING:
            return True
        if block.kind in (BlockKind.BULLET, BlockKind.CONTINUATION):
            return False
        number = block.number if block.number is not None else _enumerator(block.text)
        if (
            number is not None
            and self.heading_number is not None
            and number == self.heading_number + 1
            and _looks_like_a_heading(block.text, title_case=False)
        ):
            # "6. Further Reading" after "5. Examiner Marking Points"; when it could also
            # go on numbering the items above it, only if written as a heading
            body = self.bodies[self.current] if isinstance(self.current, Section) else []
            goes_on = bool(body) and body[-1].number == number - 1
            return not goes_on or _looks_like_a_heading(block.text, title_case=True)
        return (
            block.kind is BlockKind.TEXT
            and self.current in _BULLET_SECTIONS
            and (
                _MARKED_HEADING.match(block.text) is not None
                or _looks_like_a_heading(block.text, title_case=True)
            )
        )


def parse_blocks(
    blocks: Iterable[Block],
    placing: Placing,
    slug: str,
    *,
    last: int,
    warnings: Sequence[Problem] = (),
) -> Document:
    """Read a document from the blocks its reader found, in file order.

    ``placing`` names the file and says whether it counts lines or paragraphs; ``last``
    is its last line (or paragraph), where a missing section is reported; ``warnings``
    are the reader's own (a legacy encoding), kept first.

    The first block is a preview and is ignored, unless it is a heading; a ``Title:``
    line may follow. A section the format does not know starts at a heading its file
    marks as one (Markdown, a Word Heading style), at a line numbered after the last
    heading ("6. Further Reading" after "5. Examiner Marking Points"), or, in a
    bulleted section, at a line that is not a bullet and is written as a heading: a
    ``#`` line, or a short line in Title Case or ending in a colon. (In the synopsis,
    which is free text, a line is never taken for a heading on its looks alone.) The
    section is left out with a warning, as are empty sections and key concepts
    without a description. Raises
    :class:`DocumentError` (at the line or paragraph) when the document breaks the
    format.
    """
    source = placing.source
    scan = _Scan(placing)
    first: int | None = None
    body: list[Block] | None = None  # the body of the known section being read
    for block in blocks:
        if block.kind is BlockKind.BULLET and body is not None:
            body.append(block)  # most lines: a bullet is never a heading
            continue
        if first is None:
            first = block.location
        section = _known_heading(block)
        if section is not None:
            scan.start(section, block)
        elif scan.current is None:
            _preamble(scan, block, first)
        elif scan.starts_unknown_section(block):
            scan.start_unknown(block)
        elif isinstance(scan.current, _Unknown):
            scan.current.skipped += 1
        else:
            scan.bodies[scan.current].append(block)
        body = scan.bodies[scan.current] if isinstance(scan.current, Section) else None
    scan.finish()
    if first is None:
        raise placing.error(1, "empty file: expected a topic document")
    if not scan.heading_locations:
        raise placing.error(
            first,
            "no sections found: expected the headings "
            + ", ".join(f"'{section.value}'" for section in Section),
        )
    for index, section in enumerate(Section):
        if section not in scan.heading_locations:
            previous = _SECTION_ORDER[index - 1]
            raise placing.error(
                last,
                f"missing section '{section.value}' (expected after '{previous.value}' at "
                f"{placing.unit} {scan.heading_locations[previous]})",
            )
    synopsis = " ".join(block.as_written for block in scan.bodies[Section.SYNOPSIS])
    if not synopsis:
        raise placing.error(
            scan.heading_locations[Section.SYNOPSIS], "the Topic Synopsis section is empty"
        )
    found = list(warnings)
    items = {section: _items(scan.bodies[section], placing) for section in _BULLET_SECTIONS}
    key_concepts = tuple(_key_concept(item, placing) for item in items[Section.KEY_CONCEPTS])
    for section in _BULLET_SECTIONS:
        if not items[section]:
            found.append(
                placing.warning(
                    scan.heading_locations[section], f"section '{section.value}' is empty"
                )
            )
    found.extend(
        placing.warning(concept.line, f"key concept '{concept.name}' has no description")
        for concept in key_concepts
        if not concept.description
    )
    found.extend(scan.warnings)
    found.sort(key=lambda problem: problem.line or problem.paragraph or 0)
    return Document(
        source=source,
        slug=slug,
        title=scan.title or derive_title(synopsis),
        synopsis=synopsis,
        key_concepts=key_concepts,
        exam_tips=items[Section.EXAM_TIPS],
        misconceptions=items[Section.MISCONCEPTIONS],
        marking_points=items[Section.MARKING_POINTS],
        title_overridden=scan.title is not None,
        warnings=tuple(found),
    )


def _known_heading(block: Block) -> Section | None:
    if block.kind is BlockKind.BULLET:
        return None  # "- Topic Synopsis" is a bullet, whatever it says
    return _HEADINGS.get(_heading_key(block.text))


def _preamble(scan: _Scan, block: Block, first: int) -> None:
    """A block before the first heading: the preview, a ``Title:`` line, or a mistake."""
    match = _TITLE_LINE.match(block.as_written)
    if match and match["title"].strip():
        scan.title = match["title"].strip()
    elif match and block.location != first:
        scan.warnings.append(scan.placing.warning(block.location, "empty 'Title:' line ignored"))
    elif block.location != first:
        raise scan.placing.error(
            block.location,
            f"text before the '{Section.SYNOPSIS.value}' heading "
            f"(only the preview {scan.placing.unit} and an optional 'Title:' "
            f"{scan.placing.unit} may come first)",
        )


def _items(body: list[Block], placing: Placing) -> tuple[Bullet, ...]:
    bullets: list[Bullet] = []
    for block in body:
        if block.kind in (BlockKind.BULLET, BlockKind.NUMBERED):
            if not block.text:
                raise placing.error(block.location, "empty bullet: expected text after '-'")
            bullets.append(Bullet(block.text, block.location))
        elif block.kind is BlockKind.CONTINUATION and bullets:
            previous = bullets[-1]
            bullets[-1] = Bullet(f"{previous.text} {block.text}", previous.line)
        elif placing.paragraphs:
            raise placing.error(
                block.location,
                "text outside a bullet: expected a bulleted or numbered paragraph, "
                f"got {block.text[:40]!r}",
            )
        else:
            raise placing.error(
                block.location,
                "text outside a bullet: expected a line starting with '- ', "
                f"got {block.as_written[:40]!r}",
            )
    return tuple(bullets)


def _key_concept(bullet: Bullet, placing: Placing) -> KeyConcept:
    end = _NAME_END.search(bullet.text)
    # a name has a letter or digit in it: "- —: ..." names nothing (and would be one
    # concept with every other such bullet)
    if end is None or not _WORD.search(bullet.text, 0, end.start()):
        raise placing.error(
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
