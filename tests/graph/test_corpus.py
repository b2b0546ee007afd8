from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import graph.build
import graph.corpus as corpus_module
from graph import CorpusError, Severity, load_corpus, load_documents
from graph.__main__ import main
from graph.corpus import collection_paused, corpus_version
from tests.conftest import SEEDS


def _good(name: str) -> str:
    return f"""preview
Topic Synopsis
This unit explores {name} for customer teams.
Key Concepts & Core Principles
- {name.title()}: What {name} means, measured with the Net Promoter Score (NPS).
Exam Tips & Revision Strategies
- Mention NPS.
Common Misconceptions & Mistakes to Avoid
- Ignoring {name}.
Examiner Marking Points
- Award credit for explaining {name}.
"""


BROKEN = {
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02\xff\xfe binary junk",
    "no-sections.txt": b"Just some notes\nwith no headings at all\n",
    "duplicated.txt": _good("loyalty")
    .replace("Examiner Marking Points", "Exam Tips & Revision Strategies")
    .encode(),
    "nameless.txt": _good("retention").replace("- Retention:", "- :").encode(),
    "damaged-utf8.txt": _good("caf\u00e9 service").encode().replace(b"Mention", b"Men\xfftion"),
}


@pytest.fixture
def broken_corpus(tmp_path: Path) -> Path:
    for name, data in BROKEN.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good-one.txt").write_text(_good("complaint handling"), encoding="utf-8")
    (tmp_path / "good-two.txt").write_text(_good("service recovery"), encoding="utf-8")
    return tmp_path


def test_each_broken_document_is_one_problem_and_good_ones_still_load(
    broken_corpus: Path,
) -> None:
    result = load_documents(broken_corpus)

    assert sorted(d.slug for d in result.documents) == ["good-one", "good-two"]
    problem_files = sorted(Path(p.source).name for p in result.problems)
    assert problem_files == sorted(BROKEN)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        pytest.param("empty.txt", ":1: empty file", id="empty"),
        pytest.param("binary.txt", ":1: binary file", id="binary"),
        pytest.param("no-sections.txt", ":2: text before the 'Topic Synopsis' heading", id="none"),
        pytest.param("duplicated.txt", ":10: section 'Exam Tips", id="duplicated"),
        pytest.param("nameless.txt", ":5: key concept bullet has no name", id="nameless"),
        pytest.param("damaged-utf8.txt", ":7: not UTF-8", id="damaged-utf-8"),
    ],
)
def test_problem_lines_say_file_line_and_what(
    broken_corpus: Path, name: str, fragment: str
) -> None:
    problems = {Path(p.source).name: str(p) for p in load_documents(broken_corpus).problems}

    assert problems[name].startswith(str(broken_corpus / name))
    assert fragment in problems[name]


def test_broken_documents_do_not_keep_good_ones_out_of_the_graph(broken_corpus: Path) -> None:
    graph = load_corpus(broken_corpus).graph

    assert [t.slug for t in graph.topics] == ["good-one", "good-two"]
    nps = graph.find_concept("NPS")
    assert nps is not None
    assert nps.topic_slugs == ("good-one", "good-two")
    assert len(graph.problems) == len(BROKEN)


def test_check_command_prints_one_line_per_problem_and_exits_1(
    broken_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["check", str(broken_corpus)])

    out, err = capsys.readouterr()
    assert status == 1
    assert "topics: 2" in out
    problem_lines = err.strip().splitlines()
    assert len(problem_lines) == len(BROKEN)
    assert all(line.startswith(str(broken_corpus)) for line in problem_lines)


def test_check_command_on_seeds_reports_five_topics_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = main(["check", str(SEEDS)])

    out, err = capsys.readouterr()
    assert status == 0
    assert out.splitlines()[0] == "topics: 5"
    assert "problems: 0" in out
    assert err == ""


def test_check_command_on_a_missing_folder_says_so_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["check", str(tmp_path / "nowhere")])

    assert status == 2
    assert "not a folder" in capsys.readouterr().err


def test_subfolders_are_not_read_and_not_reported(tmp_path: Path) -> None:
    (tmp_path / "topic.txt").write_text(_good("empathy"), encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "draft.txt").write_text(_good("rapport"), encoding="utf-8")

    result = load_documents(tmp_path)

    assert [d.slug for d in result.documents] == ["topic"]
    assert result.problems == ()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param(".DS_Store", b"\x00\x00junk", "a hidden file", id="hidden"),
        pytest.param("~$unit.docx", b"\x05Alice\x00\x00", "a Word lock file", id="word-lock"),
        pytest.param("unit-7.pdf", b"%PDF-1.7\n" + _good("x").encode(), "a PDF", id="pdf"),
        pytest.param("diagram.png", b"\x89PNG\r\n\x1a\n\x00", "an image", id="image"),
        pytest.param("old.doc", b"\xd0\xcf\x11\xe0", "Word 97-2003", id="word-97"),
        pytest.param("notes", _good("x").encode(), "without a suffix", id="no-suffix"),
    ],
)
def test_files_of_other_kinds_are_skipped_with_a_warning_and_never_read(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    (tmp_path / "topic.txt").write_text(_good("empathy"), encoding="utf-8")
    (tmp_path / name).write_bytes(data)

    result = load_documents(tmp_path)

    assert [d.slug for d in result.documents] == ["topic"]
    [problem] = result.problems
    assert problem.severity is Severity.WARNING
    assert (problem.source, problem.line, problem.paragraph) == (str(tmp_path / name), None, None)
    assert problem.message.startswith("skipped: ")
    assert reason in problem.message
    assert str(problem).startswith(f"{tmp_path / name}: warning: skipped: ")


def test_a_skipped_file_changes_the_version_by_its_name_alone(tmp_path: Path) -> None:
    (tmp_path / "topic.txt").write_text(_good("empathy"), encoding="utf-8")
    clean = load_documents(tmp_path).version
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7 one")
    with_pdf = load_documents(tmp_path).version
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7 two")

    assert with_pdf != clean  # the warning list changed, so the answers did
    assert load_documents(tmp_path).version == with_pdf == corpus_version(tmp_path)


def test_two_files_with_one_stem_keep_the_first_and_report_the_second_naming_both(
    tmp_path: Path,
) -> None:
    (tmp_path / "unit.md").write_text(_good("empathy"), encoding="utf-8")
    (tmp_path / "unit.txt").write_text(_good("rapport"), encoding="utf-8")

    result = load_documents(tmp_path)

    assert [d.source for d in result.documents] == [str(tmp_path / "unit.md")]
    [problem] = result.problems
    assert problem.severity is Severity.ERROR
    assert problem.source == str(tmp_path / "unit.txt")
    assert f"already defined by {tmp_path / 'unit.md'}" in str(problem)


def test_the_first_of_two_files_with_one_stem_is_read_even_when_it_is_broken(
    tmp_path: Path,
) -> None:
    (tmp_path / "unit.docx").write_bytes(b"not a zip")
    (tmp_path / "unit.txt").write_text(_good("rapport"), encoding="utf-8")

    result = load_documents(tmp_path)

    assert result.documents == ()
    assert [(Path(p.source).name, p.severity) for p in result.problems] == [
        ("unit.docx", Severity.ERROR),
        ("unit.txt", Severity.ERROR),
    ]
    assert "already defined by" in result.problems[1].message


def test_a_legacy_encoding_is_read_and_reported_as_a_warning_naming_it(tmp_path: Path) -> None:
    text = _good("caf\u00e9 service").replace("Ignoring", "Ignoring the customer\u2019s")
    (tmp_path / "windows.txt").write_bytes(text.encode("cp1252"))

    result = load_documents(tmp_path)

    [document] = result.documents
    assert document.synopsis == "This unit explores caf\u00e9 service for customer teams."
    assert document.misconceptions[0].text.startswith("Ignoring the customer\u2019s")
    [problem] = result.problems
    assert problem.severity is Severity.WARNING
    assert problem.line == 3  # the first byte that is not UTF-8
    assert "not UTF-8: read as Windows-1252" in problem.message


def test_check_command_prints_warnings_and_exits_0_unless_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "topic.txt").write_text(_good("empathy"), encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")

    status = main(["check", str(tmp_path)])
    out, err = capsys.readouterr()
    strict_status = main(["check", "--strict", str(tmp_path)])

    assert status == 0
    assert strict_status == 1
    assert "problems: 0 errors, 1 warning" in out
    assert (
        err == f"{tmp_path / 'scan.pdf'}: warning: skipped: a PDF is not read "
        "(save it as .docx, .md or .txt to have it read)\n"
    )


def test_check_command_exits_1_on_errors_with_or_without_strict(
    broken_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(broken_corpus)]) == 1
    assert main(["check", "--strict", str(broken_corpus)]) == 1


def test_a_file_is_not_a_corpus_folder(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_text("x", encoding="utf-8")

    with pytest.raises(CorpusError, match="not a folder"):
        load_documents(file)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_cycle_collector_is_paused_while_a_corpus_builds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    build_graph = graph.build.build_graph

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return build_graph(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus_module, "build_graph", spy)
    load_corpus(SEEDS)
    assert seen == [False]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_overlapping_pauses_restore_the_collector_when_the_last_ends() -> None:
    first, second = collection_paused(), collection_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()
    with pytest.raises(ValueError, match="boom"), collection_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_pause_leaves_a_collector_that_was_off_off() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()


def test_a_loaded_corpus_is_analysed_before_anyone_reads_it() -> None:
    snapshot = load_corpus(SEEDS)
    assert "overlap_matrix" in vars(snapshot.graph)  # a cached_property, computed already
    assert snapshot.analysis.themes
    assert snapshot.version == load_documents(SEEDS).version
    assert snapshot.build_seconds > 0
    assert snapshot.analysis_seconds > 0
