"""The README's examples work: queries run against the seeds, export commands write files."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.schema.conftest import Execute

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def _section(heading: str) -> str:
    return README.read_text(encoding="utf-8").split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def _blocks(heading: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", _section(heading), flags=re.DOTALL)


def _query_params(heading: str) -> list[object]:
    return [
        pytest.param(q, id=q.splitlines()[0].lstrip("# ")[:40]) for q in _blocks(heading, "graphql")
    ]


def _export_commands() -> list[object]:
    lines = [
        line for block in _blocks("For curriculum designers", "sh") for line in block.split("\n")
    ]
    commands = [line for line in lines if " -m graph export " in line]
    return [pytest.param(command, id=shlex.split(command)[6]) for command in commands]


def test_the_api_guide_has_examples() -> None:
    assert len(_blocks("API guide", "graphql")) >= 5


def test_the_designer_guide_shows_overlap_themes_alignment_and_gephi() -> None:
    queries = "".join(_blocks("For curriculum designers", "graphql"))
    for field in ("overlapMatrix", "themes", "alignment"):
        assert field in queries
    commands = "".join(_blocks("For curriculum designers", "sh"))
    assert "--format csv" in commands
    assert "--format gexf" in commands
    assert "/export/gexf" in commands


@pytest.mark.parametrize(
    "query", _query_params("API guide") + _query_params("For curriculum designers")
)
def test_readme_example_query_answers_without_errors(execute: Execute, query: str) -> None:
    result = execute(query)
    assert result.errors is None, result.errors
    assert result.data is not None
    assert all(value not in (None, []) for value in result.data.values()), result.data


@pytest.mark.parametrize("command", _export_commands())
def test_readme_export_command_writes_the_file(tmp_path: Path, command: str) -> None:
    words = shlex.split(command)
    assert words[:4] == [".venv/bin/python", "-m", "graph", "export"]
    output = words[words.index("-o") + 1]
    words[words.index("-o") + 1] = str(tmp_path / output)  # written here, not in the repository
    finished = subprocess.run(
        [sys.executable, *words[1:]], cwd=ROOT, capture_output=True, timeout=60, check=False
    )
    assert finished.returncode == 0, finished.stderr
    assert (tmp_path / output).stat().st_size > 0


def test_the_limits_table_gives_every_limit_with_its_true_default() -> None:
    from schema.limits import LIMIT_SETTINGS, Limits

    rows = re.findall(
        r"^\| [^|]+ \| ([\d.]+) \| `(CG_[A-Z_]+)` \|",
        _section("Limits, settings and production"),
        re.M,
    )
    documented = {variable: float(default) for default, variable in rows}
    defaults = Limits()
    assert documented == {
        variable: float(getattr(defaults, name)) for name, variable in LIMIT_SETTINGS.items()
    }
