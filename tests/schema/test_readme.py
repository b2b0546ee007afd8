"""The example queries in the README's API guide run against the seeds without errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.schema.conftest import Execute

README = Path(__file__).resolve().parents[2] / "README.md"


def _api_guide_examples() -> list[str]:
    guide = README.read_text(encoding="utf-8").split("## API guide", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```graphql\n(.*?)```", guide, flags=re.DOTALL)


def test_the_api_guide_has_examples() -> None:
    assert len(_api_guide_examples()) >= 5


@pytest.mark.parametrize(
    "query",
    [pytest.param(q, id=q.splitlines()[0].lstrip("# ")[:40]) for q in _api_guide_examples()],
)
def test_api_guide_example_answers_without_errors(execute: Execute, query: str) -> None:
    result = execute(query)
    assert result.errors is None, result.errors
    assert result.data is not None
    assert all(value not in (None, []) for value in result.data.values()), result.data
