"""The static cost of an operation: the most objects its answer can hold, known before it runs.

Modelled on GitHub's node limit and Shopify's calculated query cost:

- every object in the answer costs 1; scalars, enums and lists of them cost nothing;
- a list multiplies what it holds by its size: its ``first``, ``last`` or ``limit``
  argument (the argument's default when it is null or left out), no more than the
  corpus holds; a list without such an argument counts as long as the corpus lets it
  be (``bounds.py``: ``neighbors`` by the concepts ``depth`` hops reach, ``topics`` by
  the topics ...). Nested lists multiply;
- a field that takes ``first``, ``last`` or ``limit`` but returns one object (a
  connection) sizes the lists inside it (``edges``, ``nodes``) instead;
- where a field may return several types (``path``, ``node``), the costliest counts;
- introspection (``__schema``, ``__type``) costs nothing: its size is the schema's, and
  the result budget bounds it.

The arguments are read from the schema, not from a list kept by hand: any list field
that takes ``first``, ``last`` or ``limit`` is sized by it. :class:`CostPlan` is built
once per document (with the rest of :func:`~schema.execution.operations.prepare`);
:meth:`CostPlan.cost` is arithmetic over it, per request, with the request's variables
and the served corpus's bounds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    Undefined,
    is_abstract_type,
    is_leaf_type,
)
from graphql.execution.values import VariableValues, get_argument_values

from schema.execution.bounds import CorpusBounds
from schema.limits import Limits

__all__ = ["MAX_REPORTED_COST", "SLICING_ARGUMENTS", "CostPlan"]

SLICING_ARGUMENTS = ("first", "last", "limit")
"""The arguments that say how many items a list (or a connection's lists) holds."""

MAX_REPORTED_COST = 10**15
"""Costs are counted up to here (a nested query can multiply past any number JSON holds)."""

_INTROSPECTION = frozenset({"__schema", "__type"})
_KEPT_COSTS = 256  # per operation: values of its sizing variables whose cost is kept


@dataclass(slots=True)
class _Field:
    """One field of a selection, as the cost sees it."""

    parent: str  # the object type it is selected on
    name: str
    node: FieldNode  # the first of its nodes: the arguments are the same on all
    definition: GraphQLField
    item_type: str  # the named type it returns
    is_list: bool
    slicing: tuple[str, ...]  # its arguments among SLICING_ARGUMENTS
    static_arguments: dict[str, Any] | None  # None when an argument is a variable
    children: list[list[_Field]] = field(default_factory=list)  # one list per possible type


class CostPlan:
    """The fields of one operation, arranged to count its cost for any variables."""

    def __init__(
        self, schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode
    ) -> None:
        self._schema = schema
        self._fragments = {
            definition.name.value: definition
            for definition in document.definitions
            if isinstance(definition, FragmentDefinitionNode)
        }
        self._collected: dict[tuple[str, tuple[int, ...]], list[_Field]] = {}
        sizing: set[str] = set()  # variables in the arguments of lists and connections
        self._sizing = sizing
        root = schema.get_root_type(operation.operation)
        self._root = [] if root is None else self._fields(root, (operation.selection_set,))
        self._sizing_names = tuple(sorted(sizing))
        # the cost of each sizing variables' values, with the bounds it was counted on
        self._counted: dict[tuple[Limits, str], tuple[CorpusBounds, int]] = {}

    def cost(self, variables: VariableValues, bounds: CorpusBounds, limits: Limits) -> int:
        """The most objects the answer can hold with these variables, on this corpus.

        Kept per value of the variables that size a list, for as long as the bounds
        are the same: most operations cost the same on every request.
        """
        values = repr(tuple(variables.coerced.get(name) for name in self._sizing_names))
        kept = self._counted.get((limits, values))
        if kept is not None and kept[0] is bounds:
            return kept[1]
        cost = _Count(variables, bounds, limits).of(self._root, None)
        if len(self._counted) >= _KEPT_COSTS:
            self._counted.clear()
        self._counted[(limits, values)] = (bounds, cost)
        return cost

    def _fields(
        self, object_type: GraphQLObjectType, selection_sets: Sequence[SelectionSetNode | None]
    ) -> list[_Field]:
        key = (object_type.name, tuple(id(selection) for selection in selection_sets))
        found = self._collected.get(key)
        if found is None:
            found = self._collected[key] = []  # a fragment cannot spread itself: no cycle
            grouped: dict[str, list[FieldNode]] = {}
            visited: set[str] = set()  # as graphql-core does: a fragment counts once per field
            for selection_set in selection_sets:
                self._gather(object_type, selection_set, grouped, visited)
            found.extend(
                planned
                for nodes in grouped.values()
                if (planned := self._field(object_type, nodes)) is not None
            )
        return found

    def _gather(
        self,
        object_type: GraphQLObjectType,
        selection_set: SelectionSetNode | None,
        grouped: dict[str, list[FieldNode]],
        visited: set[str],
    ) -> None:
        # @skip and @include are not evaluated: a field they may drop is counted (an upper bound)
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                key = selection.alias.value if selection.alias else selection.name.value
                grouped.setdefault(key, []).append(selection)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                if condition is None or self._applies(condition.name.value, object_type):
                    self._gather(object_type, selection.selection_set, grouped, visited)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self._fragments.get(name)
                if (
                    name in visited
                    or fragment is None
                    or not self._applies(fragment.type_condition.name.value, object_type)
                ):
                    continue
                visited.add(name)
                self._gather(object_type, fragment.selection_set, grouped, visited)

    def _applies(self, condition: str, object_type: GraphQLObjectType) -> bool:
        if condition == object_type.name:
            return True
        conditional = self._schema.get_type(condition)
        return is_abstract_type(conditional) and self._schema.is_sub_type(
            conditional,
            object_type,
        )

    def _field(self, object_type: GraphQLObjectType, nodes: list[FieldNode]) -> _Field | None:
        name = nodes[0].name.value
        if name.startswith("__"):  # __typename is a leaf; introspection is not counted
            return None
        definition = object_type.fields.get(name)
        if definition is None:  # pragma: no cover - the document was validated
            return None
        type_ = definition.type
        if isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        is_list = isinstance(type_, GraphQLList)
        while isinstance(type_, GraphQLList | GraphQLNonNull):
            type_ = type_.of_type
        if is_leaf_type(type_):
            return None
        static = None
        variables = _variables_in(nodes[0])
        if not variables:
            static = _arguments(definition, nodes[0])
        elif is_list or any(arg in definition.args for arg in SLICING_ARGUMENTS):
            self._sizing.update(variables)
        planned = _Field(
            parent=object_type.name,
            name=name,
            node=nodes[0],
            definition=definition,
            item_type=type_.name,
            is_list=is_list,
            slicing=tuple(arg for arg in SLICING_ARGUMENTS if arg in definition.args),
            static_arguments=static,
        )
        selection_sets = tuple(node.selection_set for node in nodes)
        if isinstance(type_, GraphQLObjectType):
            planned.children.append(self._fields(type_, selection_sets))
        else:
            for possible in self._schema.get_possible_types(type_):
                planned.children.append(self._fields(possible, selection_sets))
        return planned


class _Count:
    """One count of a plan: its variables, the corpus's bounds and the limits."""

    __slots__ = ("bounds", "counted", "limits", "variables")

    def __init__(self, variables: VariableValues, bounds: CorpusBounds, limits: Limits) -> None:
        self.variables = variables
        self.bounds = bounds
        self.limits = limits
        # a fragment's fields are planned once and shared: counted once per page size
        self.counted: dict[tuple[int, int | None], int] = {}

    def of(self, fields: list[_Field], page: int | None) -> int:
        """The cost of ``fields`` selected on one object; ``page`` sizes a connection's lists."""
        key = (id(fields), page)
        found = self.counted.get(key)
        if found is not None:
            return found
        total = 0
        for planned in fields:
            size, below = 1, None
            if planned.is_list or planned.slicing:  # one object needs no arguments read
                arguments = planned.static_arguments
                if arguments is None:
                    arguments = _arguments(planned.definition, planned.node, self.variables)
                requested = self._requested(planned, arguments) if planned.slicing else None
                if planned.is_list:
                    size = self.bounds.of(
                        planned.parent, planned.name, planned.item_type, arguments
                    )
                    if requested is not None:
                        size = min(size, requested)
                    elif page is not None:
                        size = min(size, page)
                else:
                    below = requested  # a connection: its first sizes its lists
            children = planned.children
            each = 1 + (
                self.of(children[0], below)
                if len(children) == 1
                else max((self.of(found, below) for found in children), default=0)
            )
            total = min(total + size * each, MAX_REPORTED_COST)
        self.counted[key] = total
        return total

    def _requested(self, planned: _Field, arguments: Mapping[str, Any]) -> int | None:
        """How many items ``first``, ``last`` or ``limit`` asks for; None when none says."""
        given = [arguments[name] for name in planned.slicing if arguments.get(name) is not None]
        if not given:  # null or left out: the argument's default, when it has one
            given = [
                default
                for name in planned.slicing
                if (default := planned.definition.args[name].default_value) is not None
                and default is not Undefined
            ]
        if not given:
            return None
        most = max(int(value) for value in given)
        # past its maximum an argument is refused (and its list is empty): no more than that
        ceiling = self.limits.max_limit if "limit" in planned.slicing else self.limits.max_first
        return max(0, min(most, ceiling))


def _arguments(
    definition: GraphQLField, node: FieldNode, variables: VariableValues | None = None
) -> dict[str, Any]:
    try:
        return get_argument_values(definition, node, variables)
    except GraphQLError:  # the field will fail on this argument; its list holds nothing
        return {}


def _variables_in(node: FieldNode) -> set[str]:
    """The names of the variables the arguments of ``node`` use."""
    found: set[str] = set()
    for argument in node.arguments or ():
        _collect_variables(argument.value, found)
    return found


def _collect_variables(value: Any, found: set[str]) -> None:
    kind = value.kind
    if kind == "variable":
        found.add(value.name.value)
    elif kind == "list_value":
        for item in value.values:
            _collect_variables(item, found)
    elif kind == "object_value":
        for item in value.fields:
            _collect_variables(item.value, found)
