"""A lean executor for the queries this API serves: plans built once, run per request.

graphql-core's executor is general: incremental delivery, async resolvers, abort
signals, a resolve-info object per field. This API needs none of that for a
query, and paid for it in every field of every answer. Here the fields of each
selection set are collected once per (object type, selection) and cached on the
prepared document; a request then only resolves, completes and checks its limits.

It follows the GraphQL specification's "Executing Requests" for what it accepts:
response keys in selection order, arguments coerced with graphql-core, leaf values
serialised by their types, a field error recorded with its path and locations and
nulling the nearest nullable ancestor. Anything else (introspection, directives,
operations other than queries) returns ``None``, and the caller hands the request to
graphql-core. ``tests/schema/test_compiled.py`` runs both on the same queries and
requires the same answers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence, Sized
from dataclasses import dataclass, field
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLAbstractType,
    GraphQLError,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLString,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    is_abstract_type,
    is_leaf_type,
    located_error,
)
from graphql.execution.values import VariableValues, get_argument_values
from graphql.language import Visitor, visit

__all__ = ["Plan", "StopExecution", "plan_operation"]


class StopExecution(GraphQLError):
    """An operation over a limit: the whole result is refused with this one error."""

    @classmethod
    def time_limit(cls, seconds: float, nodes: Any = None, path: Any = None) -> StopExecution:
        return cls(
            f"The operation ran past the time limit of {seconds:g} s; ask for less (smaller "
            "`limit` or `first`, fewer nested lists).",
            nodes,
            path=path,
            extensions={"code": "TIME_LIMIT_EXCEEDED", "limit": "time_limit"},
        )

    @classmethod
    def too_many_items(cls, items: int, nodes: Any = None, path: Any = None) -> StopExecution:
        return cls(
            f"The result would hold more than {items} list items; ask for less (smaller "
            "`limit` or `first`, fewer nested lists).",
            nodes,
            path=path,
            extensions={"code": "RESULT_TOO_LARGE", "limit": "max_result_items"},
        )


class _Unsupported(Exception):
    """The document uses something this executor leaves to graphql-core."""


class _Null(Exception):
    """A non-null field came out null: its parent must be null in turn."""


@dataclass(slots=True)
class _Field:
    key: str
    name: str
    parent: str
    nodes: tuple[FieldNode, ...]
    definition: GraphQLField | None  # None for __typename
    return_type: GraphQLOutputType
    static_arguments: dict[str, Any] | None  # None when an argument is a variable
    non_null: bool = False
    complete: Callable[[_Run, _Field, Any, Any], Any] | None = None
    children: dict[str, list[_Field]] = field(default_factory=dict)  # by object type
    serialize: Callable[[Any], Any] | None = None  # for a leaf field
    readers: dict[str, tuple[_Reader, ...] | None] = field(default_factory=dict)  # by type

    def __post_init__(self) -> None:
        self.non_null = isinstance(self.return_type, GraphQLNonNull)
        self.complete = _completer(self.return_type)
        nullable = (
            self.return_type.of_type
            if isinstance(self.return_type, GraphQLNonNull)
            else self.return_type
        )
        if is_leaf_type(nullable):
            self.serialize = nullable.serialize


# How to read one leaf field of an object at once: response key, resolver (None for
# __typename, whose value is then the constant), arguments, serialiser, non-null.
_Reader = tuple[str, Callable[..., Any] | None, Any, Callable[[Any], Any] | None, bool]


class _Fallback(Exception):
    """A list the quick way cannot complete: the general way does, errors and all."""


Completer = Callable[["_Run", _Field, Any, Any], Any]
_completers: dict[int, tuple[Any, Completer]] = {}  # by id() of a schema type, kept alive


def _completer(type_: Any) -> Completer:
    """How to complete a value of ``type_``, decided once per type rather than per value."""
    known = _completers.get(id(type_))
    if known is not None:
        return known[1]
    complete: Completer
    if isinstance(type_, GraphQLNonNull):
        inner = _completer(type_.of_type)

        def complete(run: _Run, planned: _Field, value: Any, path: Any) -> Any:
            completed = inner(run, planned, value, path)
            if completed is None:
                run.null_in_non_null(planned, path)
            return completed

    elif isinstance(type_, GraphQLList):
        item = _completer(type_.of_type)
        nullable = not isinstance(type_.of_type, GraphQLNonNull)
        items_type = type_.of_type if nullable else type_.of_type.of_type
        objects = items_type if isinstance(items_type, GraphQLObjectType) else None

        def complete(run: _Run, planned: _Field, value: Any, path: Any) -> Any:
            if value is None:
                return None
            if objects is not None:
                rows = run.rows(objects, planned, value, path)
                if rows is not None:
                    return rows
            return run.complete_list(item, nullable, planned, value, path)

    elif is_leaf_type(type_):
        serialize = type_.serialize

        def complete(run: _Run, planned: _Field, value: Any, path: Any) -> Any:
            return None if value is None else serialize(value)

    elif isinstance(type_, GraphQLObjectType):

        def complete(run: _Run, planned: _Field, value: Any, path: Any) -> Any:
            return None if value is None else run.object(type_, planned, value, path)

    else:

        def complete(run: _Run, planned: _Field, value: Any, path: Any) -> Any:
            if value is None:
                return None
            return run.object(run.runtime_type(type_, value), planned, value, path)

    _completers[id(type_)] = (type_, complete)
    return complete


@dataclass(slots=True)
class _Info:
    """What a resolver may read: this API's resolvers read ``context`` only."""

    context: Any


@dataclass
class Plan:
    """The fields of every (object type, selection) of one operation, collected lazily."""

    schema: GraphQLSchema
    operation: OperationDefinitionNode
    fragments: dict[str, FragmentDefinitionNode]
    _fields: dict[tuple[str, tuple[int, ...]], list[_Field]] = field(default_factory=dict)

    def run(
        self,
        variables: VariableValues,
        context: Any,
        time_limit: float,
        max_items: int,
        deadline: float | None = None,
    ) -> ExecutionResult:
        """Execute with coerced ``variables``; stop at ``deadline`` (``time.monotonic()``),
        by default ``time_limit`` seconds from now."""
        if deadline is None:
            deadline = time.monotonic() + time_limit
        run = _Run(self, variables, context, time_limit, max_items, deadline)
        root = self.schema.query_type
        assert root is not None
        try:
            data = run.fields(self.fields_of(root, (self.operation,)), None, None)
        except _Null:
            data = None
        except StopExecution as stop:
            return ExecutionResult(data=None, errors=[stop])
        return ExecutionResult(data=data, errors=run.errors or None)

    def fields_of(self, object_type: GraphQLObjectType, owners: Sequence[Any]) -> list[_Field]:
        """The fields to execute on ``object_type`` for the merged selection sets of ``owners``."""
        key = (object_type.name, tuple(id(owner) for owner in owners))
        found = self._fields.get(key)
        if found is None:
            found = self._fields[key] = self._collect(object_type, owners)
        return found

    def _collect(self, object_type: GraphQLObjectType, owners: Sequence[Any]) -> list[_Field]:
        grouped: dict[str, list[FieldNode]] = {}
        visited: set[str] = set()  # shared by the owners, as graphql-core's collect_subfields
        for owner in owners:
            self._gather(object_type, owner.selection_set, grouped, visited)
        return [self._field(object_type, key, nodes) for key, nodes in grouped.items()]

    def _gather(
        self,
        object_type: GraphQLObjectType,
        selection_set: SelectionSetNode | None,
        grouped: dict[str, list[FieldNode]],
        visited: set[str],
    ) -> None:
        """Group the fields of ``selection_set`` by response key, as the spec's
        CollectFields does: a fragment spread a second time adds nothing."""
        if selection_set is None:
            return
        for selection in selection_set.selections:
            if selection.directives:
                raise _Unsupported("directives")
            if isinstance(selection, FieldNode):
                key = selection.alias.value if selection.alias else selection.name.value
                grouped.setdefault(key, []).append(selection)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                if condition is None or self._applies(condition.name.value, object_type):
                    self._gather(object_type, selection.selection_set, grouped, visited)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments[name]
                if fragment.directives:
                    raise _Unsupported("directives")
                if name in visited or not self._applies(
                    fragment.type_condition.name.value, object_type
                ):
                    continue
                visited.add(name)
                self._gather(object_type, fragment.selection_set, grouped, visited)

    def _applies(self, condition: str, object_type: GraphQLObjectType) -> bool:
        if condition == object_type.name:
            return True
        conditional = self.schema.get_type(condition)
        return is_abstract_type(conditional) and self.schema.is_sub_type(
            conditional,
            object_type,
        )

    def _field(self, object_type: GraphQLObjectType, key: str, nodes: list[FieldNode]) -> _Field:
        name = nodes[0].name.value
        if name == "__typename":
            return _Field(key, name, object_type.name, tuple(nodes), None, _TYPENAME, {})
        if name.startswith("__"):
            raise _Unsupported("introspection")
        definition = object_type.fields[name]
        static = None if _has_variables(nodes[0]) else get_argument_values(definition, nodes[0])
        return _Field(
            key, name, object_type.name, tuple(nodes), definition, definition.type, static
        )


_TYPENAME: GraphQLOutputType = GraphQLNonNull(GraphQLString)


class _VariableFinder(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_variable(self, node: VariableNode, *_args: Any) -> None:
        self.found = True


def _has_variables(node: FieldNode) -> bool:
    if not node.arguments:
        return False
    finder = _VariableFinder()
    for argument in node.arguments:
        visit(argument, finder)
    return finder.found


def plan_operation(
    schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode
) -> Plan | None:
    """A plan for ``operation``, or ``None`` when it is left to graphql-core."""
    if operation.operation is not OperationType.QUERY or operation.directives:
        return None
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    plan = Plan(schema, operation, fragments)
    root = schema.query_type
    assert root is not None
    try:
        _check(plan, root, (operation,), set())
    except _Unsupported:
        return None
    return plan


def _check(
    plan: Plan,
    object_type: GraphQLObjectType,
    owners: Sequence[Any],
    seen: set[tuple[str, tuple[int, ...]]],
) -> None:
    """Collect every selection the operation can reach, so that _Unsupported shows now."""
    key = (object_type.name, tuple(id(owner) for owner in owners))
    if key in seen:
        return
    seen.add(key)
    for planned in plan.fields_of(object_type, owners):
        named = _named(planned.return_type)
        if planned.definition is None or is_leaf_type(named):
            continue
        if isinstance(named, GraphQLObjectType):
            _check(plan, named, planned.nodes, seen)
        else:
            for possible in plan.schema.get_possible_types(named):
                _check(plan, possible, planned.nodes, seen)


def _named(type_: Any) -> Any:
    while isinstance(type_, GraphQLNonNull | GraphQLList):
        type_ = type_.of_type
    return type_


class _Run:
    """One execution of a plan: its variables, errors and limits."""

    __slots__ = (
        "deadline",
        "errors",
        "info",
        "items",
        "max_items",
        "plan",
        "time_limit",
        "variables",
    )

    def __init__(
        self,
        plan: Plan,
        variables: VariableValues,
        context: Any,
        time_limit: float,
        max_items: int,
        deadline: float,
    ) -> None:
        self.plan = plan
        self.variables = variables
        self.info = _Info(context)
        self.time_limit = time_limit
        self.deadline = deadline
        self.max_items = max_items
        self.items = 0
        self.errors: list[GraphQLError] = []

    def object(
        self, object_type: GraphQLObjectType, parent: _Field, source: Any, path: Any
    ) -> dict[str, Any]:
        return self.fields(self._fields_of(object_type, parent), source, path)

    def _fields_of(self, object_type: GraphQLObjectType, parent: _Field) -> list[_Field]:
        """The fields selected on ``object_type`` below ``parent``, kept on ``parent``."""
        fields = parent.children.get(object_type.name)
        if fields is None:
            fields = parent.children[object_type.name] = self.plan.fields_of(
                object_type, parent.nodes
            )
        return fields

    def fields(self, fields: list[_Field], source: Any, path: Any) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for planned in fields:
            result[planned.key] = self.field(planned, source, (path, planned.key))
        return result

    def null_in_non_null(self, planned: _Field, path: Any) -> None:
        message = f"Cannot return null for non-nullable field {planned.parent}.{planned.name}."
        self.errors.append(GraphQLError(message, list(planned.nodes), path=_path_list(path)))
        raise _Null

    def field(self, planned: _Field, source: Any, path: Any) -> Any:
        definition = planned.definition
        if definition is None:
            return planned.parent
        try:
            arguments = planned.static_arguments
            if arguments is None:
                arguments = get_argument_values(definition, planned.nodes[0], self.variables)
            resolve: Callable[..., Any] = definition.resolve  # type: ignore[assignment]
            value = resolve(source, self.info, **arguments)
            return planned.complete(self, planned, value, path)  # type: ignore[misc]
        except _Null:
            if planned.non_null:
                raise
            return None
        except StopExecution:
            raise
        except Exception as error:
            self.errors.append(located_error(error, list(planned.nodes), _path_list(path)))
            if planned.non_null:
                raise _Null from None
            return None

    def rows(
        self, object_type: GraphQLObjectType, planned: _Field, values: Any, path: Any
    ) -> list[dict[str, Any]] | None:
        """A list of objects whose selected fields are all leaves, read the quick way.

        Long lists of small objects (a concept's shared topics, a topic's concepts)
        are most of a large answer; reading each object's leaves in one loop skips
        the per-field bookkeeping. ``None`` when the selection is not of that kind,
        or when anything unusual happens (an error, a null), for the general way,
        which gives the same answer, to complete.
        """
        if object_type.name not in planned.readers:
            planned.readers[object_type.name] = self._readers(object_type, planned)
        readers = planned.readers[object_type.name]
        if readers is None:
            return None
        if not isinstance(values, Sized):
            values = list(values)
        self._count(planned, len(values), path)
        info = self.info
        rows: list[dict[str, Any]] = []
        try:
            for value in values:
                if value is None:
                    raise _Fallback
                row: dict[str, Any] = {}
                for key, resolve, arguments, serialize, non_null in readers:
                    if resolve is None:
                        row[key] = arguments
                        continue
                    leaf = resolve(value, info, **arguments)
                    if leaf is None:
                        if non_null:
                            raise _Fallback
                        row[key] = None
                    else:
                        row[key] = serialize(leaf)  # type: ignore[misc]
                rows.append(row)
        except Exception:
            self.items -= len(values)  # complete_list counts them again
            return None
        return rows

    def _readers(
        self, object_type: GraphQLObjectType, planned: _Field
    ) -> tuple[_Reader, ...] | None:
        readers: list[_Reader] = []
        for child in self._fields_of(object_type, planned):
            if child.definition is None:
                readers.append((child.key, None, child.parent, None, True))
            elif child.serialize is None or child.static_arguments is None:
                return None
            else:
                resolve = child.definition.resolve
                arguments = child.static_arguments
                readers.append((child.key, resolve, arguments, child.serialize, child.non_null))
        return tuple(readers)

    def _count(self, planned: _Field, count: int, path: Any) -> None:
        if time.monotonic() > self.deadline:
            raise StopExecution.time_limit(self.time_limit, list(planned.nodes), _path_list(path))
        self.items += count
        if self.items > self.max_items:
            raise StopExecution.too_many_items(
                self.max_items, list(planned.nodes), _path_list(path)
            )

    def complete_list(
        self, item: Completer, nullable: bool, planned: _Field, values: Any, path: Any
    ) -> list[Any]:
        if not isinstance(values, Sized):  # a sized sequence is counted before it is read
            values = list(values)
        self._count(planned, len(values), path)
        completed: list[Any] = []
        for index, value in enumerate(values):
            item_path = (path, index)
            try:
                completed.append(item(self, planned, value, item_path))
            except _Null:
                if not nullable:
                    raise
                completed.append(None)
            except StopExecution:
                raise
            except Exception as error:
                self.errors.append(located_error(error, list(planned.nodes), _path_list(item_path)))
                if not nullable:
                    raise _Null from None
                completed.append(None)
        return completed

    def runtime_type(self, abstract: GraphQLAbstractType, value: Any) -> GraphQLObjectType:
        definition = getattr(type(value), "__strawberry_definition__", None)
        found = self.plan.schema.get_type(definition.name) if definition else None
        if not isinstance(found, GraphQLObjectType) or not self.plan.schema.is_sub_type(
            abstract, found
        ):
            raise GraphQLError(
                f"Abstract type '{abstract.name}' must resolve to an object type at runtime."
            )
        return found


def _path_list(path: Any) -> list[str | int]:
    keys: list[str | int] = []
    while path is not None:
        path, key = path
        keys.append(key)
    keys.reverse()
    return keys
