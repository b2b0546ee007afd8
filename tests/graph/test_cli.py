"""The ``export`` command: bytes to standard output or a file, problems on standard error."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import load_corpus
from graph.__main__ import main
from graph.export import export

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

GOOD = """preview
Topic Synopsis
A topic on listening to customers.
Key Concepts & Core Principles
- Active Listening: Hearing what the customer means.
Exam Tips & Revision Strategies
- Use the LATER model.
Common Misconceptions & Mistakes to Avoid
- Talking over the customer.
Examiner Marking Points
- Credit active listening.
"""


def test_export_to_standard_output_writes_the_export_bytes(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    status = main(["export", str(SEEDS), "--format", "graphml"])

    out, err = capsysbinary.readouterr()
    assert status == 0
    assert out == export(load_corpus(SEEDS), "graphml")
    assert err == b""


def test_export_to_a_file_writes_it_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "seeds.zip"

    status = main(["export", str(SEEDS), "-f", "csv", "-o", str(target)])

    assert status == 0
    assert target.read_bytes() == export(load_corpus(SEEDS), "csv")
    assert str(target) in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        pytest.param(["--format", "pdf"], "unknown export format 'pdf'", id="unknown-format"),
        pytest.param(
            ["--format", "json", "-o", "{tmp}/missing/x.json"], "cannot write", id="bad-output"
        ),
    ],
)
def test_export_errors_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    status = main(["export", str(SEEDS), *(a.format(tmp=tmp_path) for a in arguments)])

    assert status == 2
    assert message in capsys.readouterr().err


def test_export_of_a_missing_folder_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["export", str(tmp_path / "nowhere"), "--format", "json"])

    assert status == 2
    assert "not a folder" in capsys.readouterr().err


def test_broken_documents_are_reported_and_the_good_ones_exported(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.txt").write_text("preview\nno sections at all\n", encoding="utf-8")

    status = main(["export", str(tmp_path), "--format", "json"])

    out, err = capsysbinary.readouterr()
    assert status == 1
    assert err.decode().startswith(f"{tmp_path / 'broken.txt'}:")
    assert b'"label": "Active Listening"' in out
