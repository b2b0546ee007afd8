"""The API's names are a contract: nothing a client relied on may be renamed or retyped.

``contract/`` keeps the SDL of each release a client may have written queries against;
graphql-core's ``find_breaking_changes`` compares it with the schema served now. Adding
types, fields and optional arguments is fine; removing or retyping is not (deprecate
instead, naming the replacement).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import build_schema, find_breaking_changes

from schema import schema

CONTRACTS = sorted((Path(__file__).parent / "contract").glob("*.graphql"))


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
