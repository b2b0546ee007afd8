"""Command line: ``python -m graph check DIR`` and ``python -m graph export DIR --format F``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from graph.corpus import load_corpus
from graph.errors import CurriculumGraphError
from graph.export import EXPORT_FORMATS, export, export_format
from graph.graph import KnowledgeGraph
from graph.snapshot import Snapshot
from graph.vocabulary import DEFAULT_VOCABULARY_PATH, load_vocabulary


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m graph", description="Curriculum Graph: check and export a corpus."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser(
        "check",
        help="parse a folder of topic documents, print a summary and every problem",
        description="Read a folder of topic documents (.txt, .md, .docx). Prints a summary "
        "on standard output and every problem on standard error, as FILE:LINE: message "
        "(FILE:¶N in a Word document; warnings as FILE:LINE: warning: message). Exits "
        "1 when a document has an error (it is left out), or with --strict a warning "
        "too; 2 when the folder cannot be read.",
    )
    check.add_argument("folder", type=Path, help="folder of topic documents")
    check.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 on warnings too (an unknown section, a legacy encoding, a skipped file)",
    )
    check.add_argument(
        "--vocabulary",
        type=Path,
        default=DEFAULT_VOCABULARY_PATH,
        help="vocabulary file (default: the bundled graph/vocabulary.toml)",
    )
    exporter = commands.add_parser(
        "export",
        help="write the graph for Gephi, yEd, Cytoscape, spreadsheets or SKOS tools",
        description="Write the graph of a folder of topic documents in one format. "
        "Documents with errors are reported as FILE:LINE on standard error and left "
        "out; the others are exported, and the exit status is then 1. Warnings are "
        "reported too, and do not change the exit status.",
    )
    exporter.add_argument("folder", type=Path, help="folder of topic documents")
    exporter.add_argument(
        "--format",
        "-f",
        required=True,
        dest="format_name",
        metavar="FORMAT",
        help="; ".join(f"{name}: {found.description}" for name, found in EXPORT_FORMATS.items()),
    )
    exporter.add_argument(
        "-o",
        "--output",
        type=Path,
        help="file to write (default: standard output, as bytes)",
    )
    exporter.add_argument(
        "--vocabulary",
        type=Path,
        default=DEFAULT_VOCABULARY_PATH,
        help="vocabulary file (default: the bundled graph/vocabulary.toml)",
    )
    return parser


def summary_lines(graph: KnowledgeGraph) -> list[str]:
    """The human-readable summary ``check`` prints."""
    counts = graph.counts
    return [
        f"topics: {counts.topics}",
        f"nodes: {counts.topics} topics, {counts.concepts} concepts, {counts.models} models, "
        f"{counts.statements} statements ({counts.exam_tips} exam tips, "
        f"{counts.misconceptions} misconceptions, {counts.marking_points} marking points)",
        f"links: {counts.links} co-occurrence links",
        f"problems: {_plural(counts.errors, 'error')}, {_plural(counts.warnings, 'warning')}",
    ]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command: 0 when all went well, 2 when it could not run at all, and 1 when
    documents had errors (were left out), or with ``check --strict`` any problem."""
    args = _parser().parse_args(argv)
    if args.command == "export":
        return _export(args.folder, args.format_name, args.output, args.vocabulary)
    try:
        graph = load_corpus(args.folder, load_vocabulary(args.vocabulary)).graph
    except CurriculumGraphError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for line in summary_lines(graph):
        print(line)
    for problem in graph.problems:
        print(problem, file=sys.stderr)  # FILE:LINE: message, or FILE:LINE: warning: message
    counts = graph.counts
    return 1 if counts.errors or (args.strict and counts.warnings) else 0


def _export(folder: Path, format_name: str, output: Path | None, vocabulary: Path) -> int:
    try:
        chosen = export_format(format_name)  # before loading, so a typo fails fast
        snapshot: Snapshot = load_corpus(folder, load_vocabulary(vocabulary))
        data = export(snapshot, chosen.name)
    except CurriculumGraphError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for problem in snapshot.problems:
        print(problem, file=sys.stderr)
    errors = snapshot.graph.counts.errors
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        try:
            output.write_bytes(data)
        except OSError as err:
            print(f"error: {output}: cannot write the export: {err.strerror}", file=sys.stderr)
            return 2
        print(f"wrote {output} ({chosen.name}, {len(data)} bytes)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # the reader went away (`... | head`): nothing more to say, and no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
