"""Command line: ``python -m graph check DIR``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from graph.corpus import load_corpus
from graph.errors import CurriculumGraphError
from graph.graph import KnowledgeGraph
from graph.vocabulary import DEFAULT_VOCABULARY_PATH, load_vocabulary


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m graph", description="Curriculum Graph: check and export a corpus."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser(
        "check", help="parse a folder of topic documents, print a summary and every problem"
    )
    check.add_argument("folder", type=Path, help="folder of topic documents")
    check.add_argument(
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
        f"problems: {counts.problems}",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        graph = load_corpus(args.folder, load_vocabulary(args.vocabulary))
    except CurriculumGraphError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for line in summary_lines(graph):
        print(line)
    for problem in graph.problems:
        print(problem, file=sys.stderr)
    return 1 if graph.problems else 0


if __name__ == "__main__":
    sys.exit(main())
