"""Properties of the parser: whatever the input, a Document or a DocumentError at FILE:LINE.

These extend ``test_robustness.py`` (300 seeded damaged seeds) with Hypothesis: more
kinds of damage, generated documents as well as the seeds, arbitrary bytes and text,
and shrinking to the smallest input that breaks a property.
"""

from __future__ import annotations

import time

from hypothesis import example, given, settings
from hypothesis import strategies as st

from graph import Document, DocumentError, decode_document, parse_document
from graph.document import MAX_TITLE_LENGTH, Bullet, KeyConcept, Section, derive_title
from tests.strategies import (
    SEED_BYTES,
    DamagedDocument,
    WrittenTopic,
    damaged_documents,
    documents_of_random_lines,
    written_topics,
)
from tests.timing import allowed, parse_seconds_per_byte

SOURCE = "corpus/unit-7.txt"


def _lines_in(data: bytes | str) -> int:
    """At most how many lines the parser can number: any LF or CR may end one."""
    newline, carriage = (b"\n", b"\r") if isinstance(data, bytes) else ("\n", "\r")
    return data.count(newline) + data.count(carriage) + 1  # type: ignore[arg-type]


def _parse(data: bytes | str) -> Document | DocumentError:
    """Parse bytes (decoded first) or text; the DocumentError if there is one."""
    started = time.perf_counter()
    try:
        text = decode_document(data, SOURCE) if isinstance(data, bytes) else data
        result: Document | DocumentError = parse_document(text, SOURCE)
    except DocumentError as err:
        result = err
    elapsed = time.perf_counter() - started
    # the largest input here (about 1 MB) parses in milliseconds, while anything
    # quadratic in the length of a line takes minutes
    limit = allowed(len(data) * parse_seconds_per_byte())
    assert elapsed < limit, f"{len(data)} characters took {elapsed:.1f}s to parse ({limit:.1f}s)"
    return result


def _assert_located(error: DocumentError, data: bytes | str) -> None:
    """``FILE:LINE: message`` on one line, at a line the input has."""
    assert error.source == SOURCE
    assert 1 <= error.line <= _lines_in(data)
    assert error.message.strip()
    assert str(error) == f"{SOURCE}:{error.line}: {error.message}"
    assert len(str(error).splitlines()) == 1, "the check command prints one line per problem"


def _assert_well_formed(document: Document, data: bytes | str) -> None:
    """What every parsed document holds, however odd its file."""
    assert document.slug == "unit-7"
    assert document.synopsis.strip() == document.synopsis != ""
    assert document.title.strip()
    if not document.title_overridden:
        assert len(document.title) <= MAX_TITLE_LENGTH
    bullets: list[KeyConcept | Bullet] = [*document.key_concepts, *document.exam_tips]
    bullets += [*document.misconceptions, *document.marking_points]
    lines = [bullet.line for bullet in bullets]
    assert lines == sorted(set(lines)), "bullets are numbered in file order, one per line"
    assert all(2 <= line <= _lines_in(data) for line in lines)
    assert all(k.name == k.name.strip() != "" for k in document.key_concepts)
    statements = [*document.exam_tips, *document.misconceptions, *document.marking_points]
    assert all(b.text == b.text.strip() != "" for b in statements)


def _check(data: bytes | str) -> Document | DocumentError:
    result = _parse(data)
    if isinstance(result, DocumentError):
        _assert_located(result, data)
    else:
        _assert_well_formed(result, data)
    return result


# -- any input: a document or a located error, never another exception -------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2_000))
@example(b"")
@example(b"\xef\xbb\xbf")  # a byte-order mark and nothing else
@example(b"\xef\xbb\xbf\r\n \t\r")
@example(b"\xff\xfeT\x00o\x00p\x00")  # UTF-16
@example(b"%]\x80")  # EBCDIC fits, where "%" is a line feed: no longer a legacy encoding
def test_any_bytes_decode_and_parse_or_raise_a_located_document_error(data: bytes) -> None:
    _check(data)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2_000) | documents_of_random_lines())
@example("\r")
@example("Topic Synopsis\r\rKey Concepts & Core Principles\r")
@example("\u2028Topic Synopsis\u2028")  # a separator Unicode knows and the format does not
def test_any_text_parses_or_raises_a_located_document_error(text: str) -> None:
    _check(text)


def _spaces_in_a_name() -> DamagedDocument:
    """A seed with 200 kB of spaces inside its first key concept's name."""
    data = SEED_BYTES[0]
    at = data.index(b"\n- ") + len(b"\n- S")
    return DamagedDocument(data[:at] + b" " * 200_000 + data[at:], ("huge_line",))


@settings(max_examples=200, deadline=None)
@given(damaged_documents())
@example(_spaces_in_a_name())  # quadratic once: a minute to parse
def test_damaged_documents_parse_or_raise_a_located_document_error(
    document: DamagedDocument,
) -> None:
    _check(document.data)


# -- valid documents: always parse, to exactly what was written ---------------------------


@settings(max_examples=100, deadline=None)
@given(written_topics())
def test_a_valid_document_parses_to_what_was_written(topic: WrittenTopic) -> None:
    spec = topic.spec

    document = _check(topic.text.encode("utf-8"))

    assert isinstance(document, Document), document
    assert document.synopsis == spec.synopsis
    assert [(k.name, k.description) for k in document.key_concepts] == list(spec.key_concepts)
    assert [b.text for b in document.exam_tips] == list(spec.exam_tips)
    assert [b.text for b in document.misconceptions] == list(spec.misconceptions)
    assert [b.text for b in document.marking_points] == list(spec.marking_points)
    assert document.title_overridden == (spec.title is not None)
    assert document.title == (spec.title or derive_title(spec.synopsis))
    # every bullet is numbered at the line it was written on, whatever the line ends
    written: dict[Section, tuple[KeyConcept, ...] | tuple[Bullet, ...]] = {
        Section.KEY_CONCEPTS: document.key_concepts,
        Section.EXAM_TIPS: document.exam_tips,
        Section.MISCONCEPTIONS: document.misconceptions,
        Section.MARKING_POINTS: document.marking_points,
    }
    for section, bullets in written.items():
        assert tuple(b.line for b in bullets) == topic.bullet_lines[section], section


@settings(max_examples=30, deadline=None)
@given(written_topics())
def test_text_and_its_utf8_bytes_parse_alike(topic: WrittenTopic) -> None:
    from_text = parse_document(topic.text, SOURCE)

    from_bytes = parse_document(decode_document(topic.text.encode("utf-8"), SOURCE), SOURCE)
    with_bom = decode_document("\ufeff".encode() + topic.text.encode(), SOURCE)

    assert from_text == from_bytes == parse_document(with_bom, SOURCE)


# -- derived titles -----------------------------------------------------------------------


def _run_of(needle: list[str], haystack: list[str]) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack)))


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1).filter(str.strip))
@example("ß" * 90)  # a capital that is two letters long
@example("ŉ" + "a" * 79)
@example("This element explores ß" + "s" * 79)
def test_a_derived_title_is_at_most_the_limit_and_cuts_no_word(synopsis: str) -> None:
    title = derive_title(synopsis)

    assert 0 < len(title) <= MAX_TITLE_LENGTH
    words = [word.casefold() for word in synopsis.split()]
    title_words = [word.casefold() for word in title.split()]
    if len(words[0]) > MAX_TITLE_LENGTH and len(title_words) == 1:
        return  # one word longer than the limit: cut at the limit, as documented
    # whole words of the synopsis, in order; the last may lose its closing punctuation
    *whole, last = title_words
    candidates = [w for w in words if w.rstrip(".!?,;:") == last.rstrip(".!?,;:")]
    assert candidates, (title, synopsis)
    assert _run_of(whole, words), (title, synopsis)
