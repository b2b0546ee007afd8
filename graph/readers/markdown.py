"""Markdown (``.md``): read with markdown-it-py, a CommonMark parser.

Headings of any level are headings; items of ``-``, ``*``, ``+`` and numbered lists
are bullets at any depth; emphasis, links and code marks are dropped from the text
(``**SERVQUAL**`` is SERVQUAL), and HTML, images and rules add nothing. Each line of
a paragraph is read like a line of plain text, so a heading written without ``#`` is
still found, and the lines of a list item after its first continue it. A problem
names the line of the ``.md`` file. The bytes are decoded as plain text is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from graph.document import Block, BlockKind, Document, Placing, parse_blocks
from graph.problems import Problem
from graph.readers.text import decode_text, stem

__all__ = ["parse_markdown", "read_markdown"]

# inline tokens whose text is not content: raw HTML (comments) and images
_SKIPPED_INLINE = frozenset({"html_inline", "image"})
_LINE_BREAKS = frozenset({"softbreak", "hardbreak"})


@functools.cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


def read_markdown(data: bytes, source: str, slug: str) -> Document:
    """Decode and parse the bytes of a ``.md`` file."""
    text, warning = decode_text(data, source)
    return parse_markdown(text, source, slug, () if warning is None else (warning,))


def parse_markdown(
    text: str, source: str, slug: str | None = None, warnings: tuple[Problem, ...] = ()
) -> Document:
    """Parse the text of one Markdown topic document (see :func:`graph.document.parse_blocks`).

    Raises :class:`~graph.errors.DocumentError` at the line that breaks the format.
    """
    text = text.removeprefix("\ufeff")
    tokens = _parser().parse(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").count("\n") + 1
    return parse_blocks(
        _blocks(tokens),
        Placing(source),
        slug if slug is not None else stem(source),
        last=lines,
        warnings=warnings,
    )


def _blocks(tokens: Sequence[Token]) -> Iterator[Block]:
    # for each open list item, its number (None in a bulleted list) and whether its
    # first paragraph has been read
    items: list[tuple[int | None, bool]] = []
    for index, token in enumerate(tokens):
        start = token.map[0] + 1 if token.map else 1
        if token.type == "list_item_open":
            number = int(token.info) if token.info.isdigit() else None
            following = tokens[index + 1].type if index + 1 < len(tokens) else ""
            if following != "paragraph_open":  # "-" alone, or an item that opens a list
                yield _item(number, "", start)
                items.append((number, True))
            else:
                items.append((number, False))
        elif token.type == "list_item_close":
            items.pop()
        elif token.type == "heading_open":
            text = " ".join(_lines(tokens[index + 1]))
            yield Block(BlockKind.HEADING, text, start)
        elif token.type == "paragraph_open":
            lines = _lines(tokens[index + 1])
            for offset, line in enumerate(lines):
                if not line:
                    continue
                if items and not items[-1][1] and offset == 0:
                    number, _ = items[-1]
                    items[-1] = (number, True)
                    yield _item(number, line, start)
                else:
                    kind = BlockKind.CONTINUATION if items else BlockKind.TEXT
                    yield Block(kind, line, start + offset)
        elif token.type in ("fence", "code_block"):
            first = start + 1 if token.type == "fence" else start
            for offset, line in enumerate(token.content.splitlines()):
                if line.strip():
                    yield Block(BlockKind.TEXT, line.strip(), first + offset)


def _item(number: int | None, text: str, location: int) -> Block:
    if number is None:
        return Block(BlockKind.BULLET, text, location)
    return Block(BlockKind.NUMBERED, text, location, f"{number}. {text}", number)


def _lines(inline: Token) -> list[str]:
    """The plain text of an inline token, one string per source line."""
    lines = [""]
    for child in inline.children or ():
        if child.type in _LINE_BREAKS:
            lines.append("")
        elif child.type in ("text", "code_inline"):
            lines[-1] += child.content
        elif child.type in _SKIPPED_INLINE:
            lines.extend([""] * child.content.count("\n"))  # keep the lines counted
    return [" ".join(line.split()) for line in lines]
