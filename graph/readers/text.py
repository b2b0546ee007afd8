"""Plain text (``.txt``): decoded, then read one line at a time.

A line is a bullet when it starts with ``-``, ``*``, ``•`` (or ``‣ ◦ ▪ –``), a
numbered bullet when it starts with ``1.``, ``1)`` or ``a)``, and continues the
bullet above it when it is indented by four spaces or more. Text is UTF-8, with or
without a byte-order mark; a file that is not is read in the legacy encoding
charset-normalizer finds (Windows-1252 whenever it fits), with a warning naming it.
"""

from __future__ import annotations

import codecs
import functools
import re

import charset_normalizer

from graph.document import Block, BlockKind, Document, Placing, parse_blocks
from graph.errors import DocumentError
from graph.problems import Problem, Severity

__all__ = [
    "decode_document",
    "decode_text",
    "line_block",
    "parse_document",
    "read_text",
    "stem",
]

_BULLET = re.compile(r"^\s{0,3}[-*•‣◦▪–]\s*(?P<text>.*)$")
_NUMBERED = re.compile(r"^\s{0,3}(?P<enumerator>\d{1,3}[.)]|[A-Za-z]\))\s+(?P<text>\S.*)$")
# a character that may start a list item: a quick test before either pattern
_ITEM_START = frozenset("-*•‣◦▪–0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A sequence only UTF-8 writes: where one is found, a bad byte is damage, not an encoding.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# The legacy encodings English text most likely comes in, first first (see below).
_PREFERRED = ("cp1252", "iso8859_15", "latin_1")
_ENCODING_NAMES = {"mac-roman": "Mac OS Roman", "utf-16": "UTF-16"}


def line_block(line: str, location: int) -> Block:
    """What one line (or a Word paragraph's text) is: a bullet, a numbered item, or text.

    An indented line that is not a bullet continues the one above it.
    """
    start = line.lstrip()[:1]
    if start in _ITEM_START:
        if match := _BULLET.match(line):
            return Block(BlockKind.BULLET, match["text"].strip(), location, line.strip())
        if match := _NUMBERED.match(line):
            enumerator = match["enumerator"][:-1]
            number = int(enumerator) if enumerator.isdigit() else ord(enumerator.lower()) - 96
            return Block(BlockKind.NUMBERED, match["text"].strip(), location, line.strip(), number)
    kind = BlockKind.CONTINUATION if line[:1].isspace() else BlockKind.TEXT
    return Block(kind, line.strip(), location)


def parse_document(
    text: str, source: str, slug: str | None = None, warnings: tuple[Problem, ...] = ()
) -> Document:
    """Parse the text of one plain-text topic document.

    ``source`` names the document in problems; ``slug`` defaults to the file stem of
    ``source``; ``warnings`` (from decoding) are kept with the document's own. Raises
    :class:`DocumentError` (with the line) when the document breaks the format.
    """
    text = text.removeprefix("\ufeff")
    lines = [raw.rstrip() for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    blocks = (line_block(line, number) for number, line in enumerate(lines, start=1) if line)
    last = len(lines) if lines[-1] else max(1, len(lines) - 1)
    return parse_blocks(
        blocks,
        Placing(source),
        slug if slug is not None else stem(source),
        last=last,
        warnings=warnings,
    )


def read_text(data: bytes, source: str, slug: str) -> Document:
    """Decode and parse the bytes of a ``.txt`` file."""
    text, warning = decode_text(data, source)
    return parse_document(text, source, slug, () if warning is None else (warning,))


def decode_document(data: bytes, source: str) -> str:
    """The text of a document's bytes (see :func:`decode_text`), without the warning."""
    return decode_text(data, source)[0]


def decode_text(data: bytes, source: str) -> tuple[str, Problem | None]:
    """Decode a text file's bytes: UTF-8 (with or without a byte-order mark) if it is.

    Otherwise, UTF-16 with its byte-order mark, or the legacy encoding
    charset-normalizer detects, each with a warning that names the encoding. Raises
    :class:`DocumentError` for an empty file, a binary file, or damaged UTF-8 or bytes
    no encoding fits, naming the line of the first bad byte.
    """
    if not data.strip():
        raise DocumentError(source, 1, "empty file: expected a topic document")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _legacy(data, source, "utf_16", 1)
    if b"\x00" in data:
        raise DocumentError(source, 1, "binary file: NUL bytes found, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        bad = data[err.start : err.start + 1].hex()
        if _UTF8_SEQUENCE.search(data) is None:
            encoding = _detected_encoding(data)
            if encoding is not None:
                return _legacy(data, source, encoding, line)
        raise DocumentError(
            source, line, f"not UTF-8: byte 0x{bad} cannot be decoded (save the file as UTF-8)"
        ) from err


def _detected_encoding(data: bytes) -> str | None:
    # charset-normalizer ranks the encodings that fit by how chaotic and how coherent
    # the text reads, and on a few accented letters or dashes in English that ranking
    # is close to a coin toss (Big5, Baltic, DOS code pages). Windows-1252 is what an
    # English text that is not UTF-8 was almost always saved in: it is taken whenever
    # charset-normalizer finds that it fits at all, and its first choice otherwise.
    # Only encodings that keep ASCII as it is count: in EBCDIC, "%" is a line feed,
    # and the lines (and the format's marks) would not be the file's.
    matches = [
        match for match in charset_normalizer.from_bytes(data) if _keeps_ascii(match.encoding)
    ]
    if not matches:
        return None
    fitting = {encoding for match in matches for encoding in match.could_be_from_charset}
    return next((encoding for encoding in _PREFERRED if encoding in fitting), matches[0].encoding)


@functools.cache
def _keeps_ascii(encoding: str) -> bool:
    ascii_bytes = bytes(range(0x80))
    try:
        return ascii_bytes.decode(encoding) == ascii_bytes.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False


def _legacy(data: bytes, source: str, encoding: str, line: int) -> tuple[str, Problem]:
    try:
        text = data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        raise DocumentError(
            source, line, f"not {_encoding_name(encoding)}: the bytes cannot be decoded"
        ) from err
    name = _encoding_name(encoding)
    warning = Problem(
        source,
        f"not UTF-8: read as {name}, the encoding it appears to be saved in "
        "(save the file as UTF-8 to be sure)",
        Severity.WARNING,
        line=line,
    )
    return text, warning


def _encoding_name(encoding: str) -> str:
    codec = codecs.lookup(encoding).name
    if codec in _ENCODING_NAMES:
        return _ENCODING_NAMES[codec]
    if re.fullmatch(r"cp125\d", codec):
        return f"Windows-{codec[2:]}"
    if codec.startswith("iso8859-"):
        return f"ISO-8859-{codec[8:]}"
    return codec


def stem(source: str) -> str:
    """The file stem of a path: the slug a document gets by default."""
    name = re.split(r"[\\/]", source)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
