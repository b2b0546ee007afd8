"""Every seed, written as Word, Markdown or forgiving plain text, gives the same graph.

The graph compared is everything a client can read: the topics, every concept with its
names and topics, every statement with its line and concepts, and every link with its
weight, strength and evidence. Only a topic's ``source`` (the file's path) differs.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from graph import Document, KnowledgeGraph, Severity, load_corpus
from graph.__main__ import main
from graph.readers import parse_document, parse_markdown
from tests.conftest import SEEDS
from tests.documents import (
    FURTHER_READING,
    as_docx,
    as_markdown,
    as_numbered_text,
    with_further_reading,
)

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
# A seed saved by LibreOffice Writer (from an HTML page with Heading 2 and real lists;
# see tests/graph/readers/files/README.txt): a real word processor's file.
SAVED_BY_LIBREOFFICE = Path(__file__).parent / "readers" / "files" / f"{SEED_PATHS[0].stem}.docx"


def _content(graph: KnowledgeGraph) -> tuple[object, ...]:
    """What the graph says, with the path of each topic's file left out."""
    return (
        tuple(dataclasses.replace(topic, source="") for topic in graph.topics),
        graph.concepts,
        graph.statements,
        graph.links,
    )


def _write_markdown(folder: Path, seed: Path) -> None:
    (folder / f"{seed.stem}.md").write_text(as_markdown(seed.read_text("utf-8")), "utf-8")


def _write_docx(folder: Path, seed: Path) -> None:
    (folder / f"{seed.stem}.docx").write_bytes(as_docx(seed.read_text("utf-8")))


def _write_numbered(folder: Path, seed: Path) -> None:
    (folder / f"{seed.stem}.txt").write_text(as_numbered_text(seed.read_text("utf-8")), "utf-8")


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(_write_docx, id="docx"),
        pytest.param(_write_markdown, id="markdown"),
        pytest.param(_write_numbered, id="numbered-text"),
    ],
)
def test_each_seed_in_another_format_gives_the_same_graph(
    tmp_path: Path, seed_graph: KnowledgeGraph, write: Callable[[Path, Path], None]
) -> None:
    for seed in SEED_PATHS:
        write(tmp_path, seed)

    graph = load_corpus(tmp_path).graph

    assert graph.problems == ()
    assert _content(graph) == _content(seed_graph)


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Each seed once, in a different form, beside files that are not documents."""
    first, second, third, fourth, fifth = SEED_PATHS
    shutil.copyfile(SAVED_BY_LIBREOFFICE, tmp_path / SAVED_BY_LIBREOFFICE.name)
    (tmp_path / f"~${first.stem}.docx").write_bytes(b"\x05Alice\x00" * 20)  # Word's lock
    # the only seed with characters beyond ASCII (dashes), as an old Windows editor saves it
    (tmp_path / second.name).write_bytes(second.read_text("utf-8").encode("cp1252"))
    _write_markdown(tmp_path, third)
    _write_numbered(tmp_path, fourth)
    (tmp_path / fifth.name).write_text(with_further_reading(fifth.read_text("utf-8")), "utf-8")
    (tmp_path / "printout.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return tmp_path


def test_a_folder_of_mixed_formats_serves_the_seed_graph_with_only_the_expected_warnings(
    mixed_folder: Path, seed_graph: KnowledgeGraph
) -> None:
    graph = load_corpus(mixed_folder).graph

    assert _content(graph) == _content(seed_graph)
    second, fifth = SEED_PATHS[1], SEED_PATHS[4]
    legacy_line = (
        second.read_text("utf-8")
        .splitlines()
        .index(next(line for line in second.read_text("utf-8").splitlines() if "\u2014" in line))
    )
    reading_line = len(fifth.read_text("utf-8").splitlines()) + 1
    assert {problem.severity for problem in graph.problems} == {Severity.WARNING}
    assert [str(problem).removeprefix(f"{mixed_folder}/") for problem in graph.problems] == [
        ".DS_Store: warning: skipped: a hidden file is not read",
        f"{second.name}:{legacy_line + 1}: warning: not UTF-8: read as Windows-1252, the "
        "encoding it appears to be saved in (save the file as UTF-8 to be sure)",
        f"{fifth.name}:{reading_line}: warning: unknown section 'Further Reading' left out of "
        f"the graph, with {len(FURTHER_READING) - 1} lines under it",
        "printout.pdf: warning: skipped: a PDF is not read (save it as .docx, .md or .txt "
        "to have it read)",
        f"~${SEED_PATHS[0].stem}.docx: warning: skipped: a Word lock file (the document is "
        "open in Word) is not read",
    ]


def test_check_on_a_mixed_folder_exits_0_with_its_warnings_and_1_when_strict(
    mixed_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["check", str(mixed_folder)])
    out, err = capsys.readouterr()

    assert status == 0
    assert "topics: 5" in out
    assert "problems: 0 errors, 5 warnings" in out
    assert len(err.splitlines()) == 5
    assert all(": warning: " in line for line in err.splitlines())
    assert main(["check", "--strict", str(mixed_folder)]) == 1


def _readme_example(language: str) -> str:
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    # up to the next section's heading (the Markdown example holds "## " lines)
    section = readme.split("## The document format\n", 1)[1].split("\n## The vocabulary", 1)[0]
    examples: list[str] = re.findall(rf"```{language}\n(.*?)```", section, flags=re.DOTALL)
    [example] = examples
    return example


def _said(document: Document) -> tuple[object, ...]:
    """What a document says, whatever lines it says it on."""
    return (
        document.synopsis,
        [(k.name, k.description) for k in document.key_concepts],
        [b.text for b in document.exam_tips],
        [b.text for b in document.misconceptions],
        [b.text for b in document.marking_points],
        [w.message for w in document.warnings],
    )


def test_the_readme_examples_of_each_form_read_to_the_same_document() -> None:
    text = parse_document(_readme_example("text"), "guide.txt")
    markdown = parse_markdown(_readme_example("markdown"), "guide.md")

    assert text.title == "Measuring Service Quality"
    assert [k.name for k in text.key_concepts] == ["SERVQUAL", "Net Promoter Score (NPS)"]
    assert text.exam_tips[0].text == (
        "Use SERVQUAL to structure your analysis, and say which gap you mean."
    )
    assert _said(markdown) == _said(text)
    assert [w.message for w in text.warnings] == [
        "unknown section 'Further Reading' left out of the graph, with 1 line under it"
    ]
