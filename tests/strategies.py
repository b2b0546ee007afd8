"""Hypothesis strategies for topic documents: valid ones in every allowed layout, and damage.

``written_topics()`` draws the content of a topic (:class:`TopicSpec`) and writes it
in the real format with a random but allowed layout (bullet marks, line ends, a
byte-order mark, heading spelling, blank lines, trailing spaces, bullets wrapped onto
indented lines). The written text records the line each bullet starts on, so a test
can compare what the parser read with what was written.

``damaged()`` takes the bytes of a document and applies one to four kinds of damage a
file meets in practice: lines lost, repeated, swapped or cut short, a cut-off file, stray bytes,
invalid UTF-8, NUL bytes, huge lines, re-cased headings, stray bullets, mixed line
ends, a byte-order mark in the middle.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

from graph.document import Section
from tests.conftest import SEEDS

__all__ = [
    "SEED_BYTES",
    "DamagedDocument",
    "TopicSpec",
    "WrittenTopic",
    "damaged",
    "damaged_documents",
    "documents_of_random_lines",
    "topic_specs",
    "written_topics",
]

SEED_BYTES: tuple[bytes, ...] = tuple(path.read_bytes() for path in sorted(SEEDS.glob("*.txt")))

# -- content ------------------------------------------------------------------------------

# Words of the subject, with the punctuation and typography real documents use.
_SUBJECT_WORDS = (
    "service", "customer", "quality", "complaints", "loyalty", "feedback", "retention",
    "SERVQUAL", "NPS", "CSAT", "KPIs", "LATER", "PDCA", "Gaps", "Model", "model", "cycle",
    "framework", "the", "a", "of", "and", "to", "with", "Net", "Promoter", "Score",
    "(NPS)", "'touchpoints'", "‘moments", "of", "truth’", "“delight”", "café", "naïve",
    "Maslow’s", "hierarchy", "e.g.,", "—", "–", "&", "ISO", "9001:2015", "B2B", "4Ps",
    "Plan-Do-Check-Act", "front-line", "staff;", "(e.g.", "SWOT)", "100%", "£5", "1.",
)  # fmt: skip

# Every heading ends in one of these words, so text without them can never be read as
# a heading, whatever line it lands on.
_HEADING_ENDINGS = ("synopsis", "principles", "strategies", "avoid", "points")

_word_characters = st.characters(
    categories=("L", "N", "P", "S"),
    exclude_characters="\ufeff",
)


def _plain(word: str) -> bool:
    folded = word.casefold()
    return (
        not any(ch.isspace() for ch in word)
        and not any(ending in folded for ending in _HEADING_ENDINGS)
        and not folded.startswith("title")
    )


# A word never holds whitespace, never ends a heading and never opens a "Title:" line.
words = st.one_of(
    st.sampled_from(_SUBJECT_WORDS),
    st.text(_word_characters, min_size=1, max_size=14),
).filter(_plain)

# A key concept's name: no colon that ends a word, since ": " is what ends the name.
_name_words = st.one_of(
    st.sampled_from([w for w in _SUBJECT_WORDS if not w.endswith(":")]),
    st.text(st.characters(categories=("L", "N")), min_size=1, max_size=14),
).filter(lambda w: _plain(w) and not w.endswith(":"))


def _sentence(
    word: st.SearchStrategy[str], min_words: int, max_words: int
) -> st.SearchStrategy[str]:
    return st.lists(word, min_size=min_words, max_size=max_words).map(" ".join)


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# A key concept's name: one to four words, one with a letter or digit ("—" names nothing).
_names = st.lists(_name_words, min_size=1, max_size=4).map(" ".join).filter(_LETTER_OR_DIGIT.search)


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """What a topic document says, independent of how it is laid out."""

    synopsis: str
    title: str | None
    key_concepts: tuple[tuple[str, str], ...]  # (name, description)
    exam_tips: tuple[str, ...]
    misconceptions: tuple[str, ...]
    marking_points: tuple[str, ...]


_statements = st.lists(_sentence(words, 1, 12), max_size=5).map(tuple)


@st.composite
def topic_specs(draw: st.DrawFn) -> TopicSpec:
    """The content of a valid topic: plausible words, any number of bullets (even none)."""
    synopsis = draw(_sentence(words, 1, 40)) + "."  # a full stop: never a heading
    title = draw(st.none() | _sentence(words, 1, 8))
    names = draw(st.lists(_names, max_size=5))
    descriptions = draw(st.lists(_sentence(words, 0, 15), min_size=len(names), max_size=len(names)))
    return TopicSpec(
        synopsis=synopsis,
        title=title,
        key_concepts=tuple(zip(names, descriptions, strict=True)),
        exam_tips=draw(_statements),
        misconceptions=draw(_statements),
        marking_points=draw(_statements),
    )


# -- layout -------------------------------------------------------------------------------


_GAPS = (" ", "  ", "\t")  # between a bullet mark and its text
# A continuation line is indented by four or more: three or fewer before a mark make a bullet.
_INDENTS = ("    ", "      ", "\t\t\t\t", "    \t")


@dataclass(frozen=True, slots=True)
class WrittenTopic:
    """A topic written out: its content, its text, and the line each bullet starts on."""

    spec: TopicSpec
    text: str
    bullet_lines: dict[Section, tuple[int, ...]]


_CASES: tuple[Callable[[str], str], ...] = (str, str.upper, str.lower, str.title)


@st.composite
def _heading(draw: st.DrawFn, section: Section) -> str:
    text = section.value
    if draw(st.booleans()):
        text = text.replace("&", draw(st.sampled_from(["and", "AND", "&"])))
    text = draw(st.sampled_from(_CASES))(text)
    if draw(st.booleans()):
        text = text.replace(" ", draw(st.sampled_from(["  ", "\t", " \t "])))
    prefix = draw(st.sampled_from(["", "# ", "## ", "###"]))
    suffix = draw(st.sampled_from(["", ":", " :", " "]))
    return prefix + text + suffix


@st.composite
def written_topics(draw: st.DrawFn) -> WrittenTopic:
    """A valid topic document in a random but allowed layout (see the module docstring)."""
    spec = draw(topic_specs())
    lines: list[str] = []
    bullet_lines: dict[Section, tuple[int, ...]] = {}

    def blank_lines() -> None:
        lines.extend([draw(st.sampled_from(["", " ", "\t"]))] * draw(st.integers(0, 1)))

    def wrapped(first: str, text: str) -> None:
        """``first + text``, its words wrapped onto indented continuation lines."""
        pieces = text.split(" ")
        cuts = sorted(draw(st.sets(st.integers(1, max(1, len(pieces) - 1)), max_size=2)))
        cuts = [cut for cut in cuts if cut < len(pieces)]
        for start, end in zip([0, *cuts], [*cuts, len(pieces)], strict=True):
            chunk = " ".join(pieces[start:end])
            lines.append(first + chunk if start == 0 else draw(st.sampled_from(_INDENTS)) + chunk)

    lines.append(spec.synopsis[: draw(st.integers(1, 60))])  # line 1: the preview
    if spec.title is not None:
        lines.append(f"{draw(st.sampled_from(['Title:', 'title: ', 'TITLE :']))} {spec.title}")
    blank_lines()
    lines.append(draw(_heading(Section.SYNOPSIS)))
    blank_lines()
    wrapped("", spec.synopsis)
    bodies: list[tuple[Section, list[str]]] = [
        (Section.KEY_CONCEPTS, [f"{name}: {about}" for name, about in spec.key_concepts]),
        (Section.EXAM_TIPS, list(spec.exam_tips)),
        (Section.MISCONCEPTIONS, list(spec.misconceptions)),
        (Section.MARKING_POINTS, list(spec.marking_points)),
    ]
    for section, bullets in bodies:
        blank_lines()
        lines.append(draw(_heading(section)))
        starts: list[int] = []
        for bullet in bullets:
            blank_lines()
            mark = draw(st.sampled_from(["-", "*", "•"]))
            indent = draw(st.sampled_from(["", " ", "   "]))
            starts.append(len(lines) + 1)
            gap = draw(st.sampled_from(_GAPS))
            wrapped(f"{indent}{mark}{gap}", bullet)
        bullet_lines[section] = tuple(starts)
    if draw(st.booleans()):
        lines = [line + draw(st.sampled_from(["", " ", "\t", "  "])) for line in lines]
    ends = draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"]))
    if ends == "mixed":
        chosen = [draw(st.sampled_from(["\n", "\r\n", "\r"])) for _ in lines]
        # a CR before an empty line would pair with the next line end into one CRLF
        chosen = [
            "\r\n" if end == "\r" and index + 1 < len(lines) and not lines[index + 1] else end
            for index, end in enumerate(chosen)
        ]
        text = "".join(line + end for line, end in zip(lines, chosen, strict=True))
    else:
        text = ends.join(lines) + draw(st.sampled_from(["", ends]))
    if draw(st.booleans()):
        text = "\ufeff" + text
    return WrittenTopic(spec, text, bullet_lines)


# -- damage -------------------------------------------------------------------------------

_INVALID_UTF8 = (
    b"\xff",  # never valid
    b"\xc3",  # a lead byte with no continuation
    b"\x80",  # a continuation byte with no lead
    b"\xc0\xaf",  # an overlong encoding of '/'
    b"\xed\xa0\x80",  # a UTF-16 surrogate
    b"\xf4\x90\x80\x80",  # beyond U+10FFFF
    b"\xe9",  # latin-1 'é'
)
_STRAY_LINES = (b"-", b"- ", b"* ", b"\xe2\x80\xa2", b"   -", b"- :", b"-:", b":", b"Title:", b"#")
_LINE_ENDS = (b"\r\n", b"\r", b"\n\r", b"\r\r\n", b"\xe2\x80\xa8", b"\xc2\x85", b"\x0c", b"\x0b")
_BOM = "\ufeff".encode()
_HEADINGS = tuple(section.value.encode() for section in Section)
_HUGE = 200_000  # bytes: enough for anything quadratic to show, little enough to stay quick

Damage = Callable[[st.DrawFn, list[bytes]], list[bytes]]


@dataclass(frozen=True, slots=True)
class DamagedDocument:
    """The bytes of a damaged document, and the damage done, in order.

    Its repr is kept short (huge lines would make Hypothesis print megabytes): the
    damage names, the length, and the start and end of the bytes.
    """

    data: bytes
    damage: tuple[str, ...]

    def __repr__(self) -> str:
        data = self.data
        shown = repr(data) if len(data) <= 600 else f"{data[:300]!r}...{data[-300:]!r}"
        return f"DamagedDocument({len(self.data)} bytes after {', '.join(self.damage)}: {shown})"


def _index(draw: st.DrawFn, lines: list[bytes]) -> int:
    return draw(st.integers(0, len(lines) - 1))


def _delete_line(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    if len(lines) > 1:
        del lines[_index(draw, lines)]
    return lines


def _duplicate_line(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    lines.insert(_index(draw, lines), lines[_index(draw, lines)])
    return lines


def _swap_lines(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    a, b = _index(draw, lines), _index(draw, lines)
    lines[a], lines[b] = lines[b], lines[a]
    return lines


def _truncate(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    data = b"\n".join(lines)
    return data[: draw(st.integers(0, len(data)))].split(b"\n")


def _truncate_line(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    index = _index(draw, lines)
    lines[index] = lines[index][: draw(st.integers(0, len(lines[index])))]
    return lines


def _insert_bytes(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    index = _index(draw, lines)
    line = lines[index]
    at = draw(st.integers(0, len(line)))
    lines[index] = line[:at] + draw(st.binary(min_size=1, max_size=12)) + line[at:]
    return lines


def _invalid_utf8(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    index = _index(draw, lines)
    line = lines[index]
    at = draw(st.integers(0, len(line)))
    lines[index] = line[:at] + draw(st.sampled_from(_INVALID_UTF8)) + line[at:]
    return lines


def _nul_bytes(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    index = _index(draw, lines)
    at = draw(st.integers(0, len(lines[index])))
    lines[index] = lines[index][:at] + b"\x00" * draw(st.integers(1, 3)) + lines[index][at:]
    return lines


def _huge_line(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    """A line stretched by a long run of one piece, inside it or in place of it."""
    index = _index(draw, lines)
    line = lines[index]
    piece = draw(st.sampled_from([b" ", b"a", b"A ", b"'", b"(", b"NPS ", b"- ", b":", b"\t"]))
    run = piece * (draw(st.integers(_HUGE // 4, _HUGE)) // len(piece))
    at = draw(st.integers(0, len(line)))
    lines[index] = line[:at] + run + line[at:]
    return lines


def _recase_heading(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    headings = [i for i, line in enumerate(lines) if line.strip().rstrip(b":") in _HEADINGS]
    if headings:
        index = draw(st.sampled_from(headings))
        change = draw(st.sampled_from([bytes.upper, bytes.lower, bytes.swapcase, bytes.title]))
        lines[index] = change(lines[index])
    return lines


def _stray_bullet(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    index = _index(draw, lines)
    stray = draw(st.sampled_from(_STRAY_LINES))
    if draw(st.booleans()):
        lines.insert(index, stray)
    else:
        lines[index] = stray + lines[index]
    return lines


def _mixed_line_ends(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    """Join some lines with another line end (CRLF, CR, LFCR, or separators only Unicode knows)."""
    if len(lines) < 2:
        return lines
    end = draw(st.sampled_from(_LINE_ENDS))
    index = draw(st.integers(0, len(lines) - 2))
    return [*lines[:index], lines[index] + end + lines[index + 1], *lines[index + 2 :]]


def _bom_inside(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    index = _index(draw, lines)
    at = draw(st.sampled_from([0, len(lines[index])]) | st.integers(0, len(lines[index])))
    lines[index] = lines[index][:at] + _BOM + lines[index][at:]
    return lines


def _indent(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    index = _index(draw, lines)
    lines[index] = draw(st.sampled_from([b" ", b"    ", b"\t"])) + lines[index]
    return lines


def _drop_name_colon(draw: st.DrawFn, lines: list[bytes]) -> list[bytes]:
    named = [i for i, line in enumerate(lines) if line.startswith(b"- ") and b": " in line]
    if named:
        index = draw(st.sampled_from(named))
        lines[index] = lines[index].replace(b": ", b" ", 1)
    return lines


DAMAGE: tuple[Damage, ...] = (
    _delete_line,
    _duplicate_line,
    _swap_lines,
    _truncate,
    _truncate_line,
    _insert_bytes,
    _invalid_utf8,
    _nul_bytes,
    _huge_line,
    _recase_heading,
    _stray_bullet,
    _mixed_line_ends,
    _bom_inside,
    _indent,
    _drop_name_colon,
)


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> DamagedDocument:
    """``data`` after one to four kinds of damage (see :data:`DAMAGE`)."""
    lines = data.split(b"\n")
    steps = draw(st.lists(st.sampled_from(DAMAGE), min_size=1, max_size=4))
    for damage in steps:
        lines = damage(draw, lines)
    return DamagedDocument(b"\n".join(lines), tuple(step.__name__.lstrip("_") for step in steps))


def valid_document_bytes() -> st.SearchStrategy[bytes]:
    """A seed, or a generated valid document, as the bytes of a file."""
    return st.one_of(
        st.sampled_from(SEED_BYTES),
        written_topics().map(lambda topic: topic.text.encode("utf-8")),
    )


def damaged_documents() -> st.SearchStrategy[DamagedDocument]:
    """A seed or a generated valid document, damaged."""
    return valid_document_bytes().flatmap(damaged)


# -- documents from plausible lines -------------------------------------------------------

_line_pieces = st.one_of(
    st.sampled_from(Section).flatmap(_heading),
    st.builds("{} {}".format, st.sampled_from(["-", "*", "•", " -"]), _sentence(words, 0, 6)),
    st.builds("- {}: {}".format, _sentence(_name_words, 0, 3), _sentence(words, 0, 6)),
    st.builds("Title: {}".format, _sentence(words, 0, 4)),
    st.builds("    {}".format, _sentence(words, 1, 6)),
    st.sampled_from(["", " ", "-", ":", "#", "\ufeff", "\x00"]),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=30),
    st.text(string.printable, max_size=30),
)


def documents_of_random_lines() -> st.SearchStrategy[str]:
    """Text made of lines that look like a document's (headings in any order, bullets, ...)."""
    return st.lists(_line_pieces, max_size=40).map("\n".join)
