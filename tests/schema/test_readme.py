"""The README's examples work: queries run against the seeds, export commands write files,
and the operations pass graphql-codegen and ``tsc --strict`` as a typed client's would."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from graphql import GraphQLInterfaceType, OperationDefinitionNode, parse, validate
from graphql.validation import NoDeprecatedCustomRule

from schema import schema
from tests.schema.conftest import Execute

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SDL = ROOT / "schema.graphql"
NODE_BIN = ROOT / "node_modules" / ".bin"


def _section(heading: str) -> str:
    return README.read_text(encoding="utf-8").split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def _blocks(heading: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", _section(heading), flags=re.DOTALL)


def _query_params(heading: str) -> list[object]:
    return [
        pytest.param(q, id=q.splitlines()[0].lstrip("# ")[:40]) for q in _blocks(heading, "graphql")
    ]


def _operations() -> list[str]:
    """Every GraphQL operation the README shows, in order."""
    return _blocks("API guide", "graphql") + _blocks("For curriculum designers", "graphql")


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


def test_every_readme_operation_has_a_name_of_its_own() -> None:
    """Codegen loads all the operations together, where an anonymous one is refused."""
    names: list[str | None] = []
    for text in _operations():
        operations = [
            definition
            for definition in parse(text).definitions
            if isinstance(definition, OperationDefinitionNode)
        ]
        assert len(operations) == 1, text
        names.append(operations[0].name.value if operations[0].name else None)
    assert None not in names, "an operation in the README has no name"
    assert len(set(names)) == len(names), f"two operations share a name: {names}"


@pytest.mark.parametrize(
    "query", _query_params("API guide") + _query_params("For curriculum designers")
)
def test_readme_example_uses_no_deprecated_field(query: str) -> None:
    """The guide teaches the fields a new client should use, not their deprecated forms."""
    errors = validate(schema._schema, parse(query), [NoDeprecatedCustomRule])
    assert errors == [], [error.message for error in errors]


def test_the_apollo_possible_types_are_the_types_of_node() -> None:
    declared = re.search(r"possibleTypes: \{ Node: \[([^\]]*)\] \}", _section("API guide"))
    assert declared is not None, "the API guide shows no possibleTypes for Node"
    named = re.findall(r"'(\w+)'", declared.group(1))
    node = schema._schema.get_type("Node")
    assert isinstance(node, GraphQLInterfaceType)
    implementations = schema._schema.get_implementations(node).objects
    assert sorted(named) == sorted(graphql_type.name for graphql_type in implementations)


def test_readme_operations_pass_codegen_and_strict_tsc(tmp_path: Path) -> None:
    """All the README's operations, together, through graphql-codegen (the typescript and
    typescript-operations plugins, against the committed SDL) and ``tsc --noEmit --strict``.

    Codegen 6's typescript-operations declares the enums it uses itself, so the two
    plugins write two files, as its documentation pairs them: the schema's types, and
    the operations' types importing them (``importSchemaTypesFrom``).
    """
    codegen, tsc = NODE_BIN / "graphql-codegen", NODE_BIN / "tsc"
    if shutil.which("node") is None or shutil.which("npm") is None:
        if os.environ.get("CI"):
            pytest.fail("node and npm are needed for graphql-codegen and tsc")
        pytest.skip("node and npm are needed for graphql-codegen and tsc")
    for tool in (codegen, tsc):
        if not tool.is_file():
            pytest.fail(f"{tool.name} is not installed: run `make install` (it runs npm ci)")
    operations = _operations()
    (tmp_path / "readme.graphql").write_text("\n".join(operations), encoding="utf-8")
    schema_types, operation_types = tmp_path / "schema-types.ts", tmp_path / "operations.ts"
    config = {
        "schema": str(SDL),
        "documents": str(tmp_path / "readme.graphql"),
        "generates": {
            str(schema_types): {"plugins": ["typescript"]},
            str(operation_types): {
                "plugins": ["typescript-operations"],
                "config": {"importSchemaTypesFrom": str(schema_types)},
            },
        },
    }
    (tmp_path / "codegen.json").write_text(json.dumps(config), encoding="utf-8")
    generated = subprocess.run(
        [str(codegen), "--config", str(tmp_path / "codegen.json"), "--silent"],
        cwd=ROOT,  # where codegen finds its plugins
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    typed = operation_types.read_text(encoding="utf-8")
    for text in operations:
        name = re.search(r"^query (\w+)", text, re.M)
        assert name is not None, text
        assert f"export type {name.group(1)}Query = " in typed, f"no type for {name.group(1)}"
    checked = subprocess.run(
        [str(tsc), "--noEmit", "--strict", str(schema_types), str(operation_types)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


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
