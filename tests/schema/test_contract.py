"""The API's names are a contract: nothing a client relied on may be renamed or retyped.

``contract/`` keeps the SDL of each release a client may have written queries against;
graphql-core's ``find_breaking_changes`` compares it with the schema served now. Adding
types, fields and optional arguments is fine; removing or retyping is not (deprecate
instead, naming the replacement).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import GraphQLSchema, build_schema, find_breaking_changes

from schema import schema

CONTRACTS = sorted((Path(__file__).parent / "contract").glob("*.graphql"))
CHANGELOG = Path(__file__).resolve().parents[2] / "docs" / "schema-changelog.md"


@pytest.mark.parametrize("contract", CONTRACTS, ids=[path.stem for path in CONTRACTS])
def test_no_released_name_is_removed_or_retyped(contract: Path) -> None:
    released = build_schema(contract.read_text(encoding="utf-8"))
    changes = find_breaking_changes(released, schema._schema)
    assert not changes, "\n".join(change.description for change in changes)


def test_every_deprecation_names_its_replacement() -> None:
    deprecated: list[tuple[str, str]] = []
    for type_name, graphql_type in schema._schema.type_map.items():
        if type_name.startswith("__"):
            continue
        for field_name, field in getattr(graphql_type, "fields", {}).items():
            if field.deprecation_reason:
                deprecated.append((f"{type_name}.{field_name}", field.deprecation_reason))
            for argument_name, argument in getattr(field, "args", {}).items():
                if argument.deprecation_reason:
                    name = f"{type_name}.{field_name}({argument_name}:)"
                    deprecated.append((name, argument.deprecation_reason))
    assert deprecated
    for name, reason in deprecated:
        assert "use `" in reason.lower(), f"{name}: {reason!r} does not name the replacement"


def _changes_since(released: GraphQLSchema) -> tuple[list[str], list[str]]:
    """What the schema served now adds to ``released``, and what it newly deprecates.

    Names as a changelog writes them: ``Type``, ``Type.field``, ``Type.field(argument:)``;
    the fields of a new type come with it.
    """
    added: list[str] = []
    deprecated: list[str] = []
    for type_name, graphql_type in schema._schema.type_map.items():
        if type_name.startswith("__"):
            continue
        old_type = released.type_map.get(type_name)
        if old_type is None:
            added.append(type_name)
            continue
        old_fields = getattr(old_type, "fields", {})
        for field_name, field in getattr(graphql_type, "fields", {}).items():
            name = f"{type_name}.{field_name}"
            old_field = old_fields.get(field_name)
            if old_field is None:
                added.append(name)
                continue
            if field.deprecation_reason and not old_field.deprecation_reason:
                deprecated.append(name)
            for argument_name, argument in getattr(field, "args", {}).items():
                old_argument = old_field.args.get(argument_name)
                if old_argument is None:
                    added.append(f"{name}({argument_name}:)")
                elif argument.deprecation_reason and not old_argument.deprecation_reason:
                    deprecated.append(f"{name}({argument_name}:)")
    return added, deprecated


def test_the_changelog_names_every_change_since_the_last_release() -> None:
    """docs/schema-changelog.md: what a client author reads before upgrading."""
    released = build_schema(CONTRACTS[-1].read_text(encoding="utf-8"))
    added, deprecated = _changes_since(released)
    changelog = CHANGELOG.read_text(encoding="utf-8")
    assert [name for name in added if f"`{name}`" not in changelog] == []
    rows = [line for line in changelog.splitlines() if line.startswith("| `")]
    for name in deprecated:
        row = next((row for row in rows if row.startswith(f"| `{name}")), None)
        assert row is not None, f"{name}: deprecated, but not in the changelog's table"
        replacement = row.split("|")[2]
        assert "`" in replacement, f"{name}: the changelog names no replacement"
