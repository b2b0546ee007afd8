"""Hypothesis strategies over GraphQL documents: one query rewritten with named fragments.

hypothesis-graphql writes every selection inline. :func:`with_fragments` moves some
selection sets of object type into named fragments, spread once or twice, with or
without the same fields beside the spreads: a document that means the same, and
exercises how an executor collects fields (a fragment spread twice adds nothing).
"""

from __future__ import annotations

from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    InlineFragmentNode,
    NamedTypeNode,
    NameNode,
    OperationDefinitionNode,
    SelectionNode,
    SelectionSetNode,
    parse,
    print_ast,
)
from hypothesis import strategies as st

from schema.schema import schema

__all__ = ["with_fragments"]

_core_schema = schema._schema


def _named(type_: Any) -> GraphQLNamedType:
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    named: GraphQLNamedType = type_
    return named


@st.composite
def with_fragments(draw: st.DrawFn, query: str) -> str:
    """``query`` (one operation, no fragments) with some selections in named fragments."""
    document = parse(query)
    [operation] = document.definitions
    assert isinstance(operation, OperationDefinitionNode)
    fragments: list[FragmentDefinitionNode] = []

    def selection_set(node: SelectionSetNode, type_: GraphQLNamedType) -> SelectionSetNode:
        selections: list[SelectionNode] = []
        for selection in node.selections:
            if isinstance(selection, FieldNode):
                selections.append(field(selection, type_))
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = _core_schema.get_type(condition.name.value) if condition else type_
                assert inner is not None
                selections.append(
                    InlineFragmentNode(
                        type_condition=condition,
                        directives=selection.directives,
                        selection_set=selection_set(selection.selection_set, inner),
                    )
                )
            else:
                selections.append(selection)
        if isinstance(type_, GraphQLObjectType) and draw(st.integers(0, 2)) == 0:
            name = f"F{len(fragments)}"
            fragments.append(
                FragmentDefinitionNode(
                    name=NameNode(value=name),
                    type_condition=NamedTypeNode(name=NameNode(value=type_.name)),
                    directives=(),
                    selection_set=SelectionSetNode(selections=tuple(selections)),
                )
            )
            spread = FragmentSpreadNode(name=NameNode(value=name), directives=())
            spreads: list[SelectionNode] = [spread] * draw(st.integers(1, 2), label="spreads")
            beside = selections if draw(st.booleans(), label="fields beside") else []
            selections = spreads + beside
        return SelectionSetNode(selections=tuple(selections))

    def field(node: FieldNode, parent: GraphQLNamedType) -> FieldNode:
        if node.selection_set is None or node.name.value.startswith("__"):
            return node
        definition = parent.fields[node.name.value]  # type: ignore[attr-defined]
        return FieldNode(
            alias=node.alias,
            name=node.name,
            arguments=node.arguments,
            directives=node.directives,
            selection_set=selection_set(node.selection_set, _named(definition.type)),
        )

    root = _core_schema.get_root_type(operation.operation)
    assert root is not None
    rewritten = OperationDefinitionNode(
        operation=operation.operation,
        name=operation.name,
        variable_definitions=operation.variable_definitions,
        directives=operation.directives,
        selection_set=selection_set(operation.selection_set, root),
    )
    return print_ast(DocumentNode(definitions=(rewritten, *fragments)))
