"""Running one GraphQL operation within the request limits, with nothing internal leaking.

    prepare()   parse (at most ``max_tokens``), validate, then check depth and aliases,
                and plan the lean execution and the cost; the outcome is cached
                (``functools.lru_cache``) per document text, so a repeated query is
                parsed and validated once
    admit()     coerce the variables (at most 50 errors, as graphql-core) and count the
                cost on the served corpus; an operation over ``max_cost`` is refused
                before it runs
    run()       admit, then execute with the lean executor or graphql-core's (``lean``);
                lists stop growing past the time limit or the item budget, and the
                whole result is then refused. The time limit counts from here, for
                both executors alike
    to_client() the errors as a client sees them: unexpected ones masked with a
                request id, and logged with it and their traceback

Every error a client can cause carries ``extensions.code``:

    GRAPHQL_PARSE_FAILED        the document does not parse
    GRAPHQL_VALIDATION_FAILED   it does not validate against the schema
    BAD_USER_INPUT              a variable or argument value is wrong (names it)
    QUERY_TOO_COMPLEX           too many tokens, too deep, too many aliases, or a cost
                                over the budget (``cost`` and ``budget`` in extensions)
    RESULT_TOO_LARGE            the result would hold more list items than allowed
    TIME_LIMIT_EXCEEDED         the operation ran past the time limit
    INTERNAL_SERVER_ERROR       a fault of the server's; ``requestId`` finds it in the log
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Iterable, Sized
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any
from uuid import uuid4

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    execute,
    get_operation_ast,
    parse,
    validate,
)
from graphql.execution.values import VariableValues, get_variable_values
from graphql.language import Visitor, visit
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from schema.context import Context
from schema.errors import ArgumentError
from schema.execution.bounds import corpus_bounds
from schema.execution.compiled import Plan, StopExecution, plan_operation
from schema.execution.cost import CostPlan
from schema.limits import Limits
from schema.schema import schema

__all__ = [
    "MAX_VARIABLE_ERRORS",
    "Admission",
    "LimitError",
    "Prepared",
    "admit",
    "execute_admitted",
    "new_request_id",
    "prepare",
    "run",
    "to_client",
]

logger = logging.getLogger("curriculum_graph")

# strawberry keeps the graphql-core schema it builds here
_core_schema = schema._schema

_CACHE_SIZE = 512  # distinct documents kept parsed and validated
_INTROSPECTION = frozenset({"__schema", "__type"})

MAX_VARIABLE_ERRORS = 50
"""Variable errors reported before coercion stops, as graphql-core's ``execute`` does."""

# When the running operation must stop: set by run() for graphql-core's executor, which
# is built inside graphql-core and cannot be handed it
_deadline: ContextVar[float] = ContextVar("deadline")


class LimitError(GraphQLError):
    """A request over one of the limits; ``extensions.limit`` names the setting."""

    def __init__(self, code: str, limit: str, message: str, **details: Any) -> None:
        super().__init__(message, extensions={"code": code, "limit": limit, **details})


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document that parsed, the operation to run from it, and why it cannot run.

    ``errors`` is empty when the operation validated and is within the limits.
    """

    document: DocumentNode
    operation: OperationDefinitionNode
    errors: tuple[GraphQLError, ...] = ()
    plan: Plan | None = None  # None: graphql-core executes it
    cost: CostPlan | None = None  # None only when errors stop it


@functools.lru_cache(maxsize=_CACHE_SIZE)
def prepare(
    query: str, operation_name: str | None, limits: Limits
) -> Prepared | list[GraphQLError]:
    """The operation to run, or the errors that stop it from running (kept per arguments)."""
    try:
        document = parse(query, max_tokens=limits.max_tokens)
    except GraphQLError as err:
        if "Document contains more than" in err.message:
            return [
                LimitError(
                    "QUERY_TOO_COMPLEX",
                    "max_tokens",
                    f"The document has more than {limits.max_tokens} tokens.",
                )
            ]
        err.extensions = {**(err.extensions or {}), "code": "GRAPHQL_PARSE_FAILED"}
        return [err]
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        message = (
            f"No operation named '{operation_name}' in the document."
            if operation_name
            else "The document holds no operation, or several: say which in 'operationName'."
        )
        return [GraphQLError(message, extensions={"code": "GRAPHQL_VALIDATION_FAILED"})]
    errors = validate(_core_schema, document)
    if errors:
        for error in errors:
            error.extensions = {**(error.extensions or {}), "code": "GRAPHQL_VALIDATION_FAILED"}
        return Prepared(document, operation, tuple(errors))
    if problems := _check_shape(document, operation, limits):
        return Prepared(document, operation, tuple(problems))
    return Prepared(
        document,
        operation,
        plan=plan_operation(_core_schema, document, operation),
        cost=CostPlan(_core_schema, document, operation),
    )


def _check_shape(
    document: DocumentNode, operation: OperationDefinitionNode, limits: Limits
) -> list[GraphQLError]:
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    problems: list[GraphQLError] = []
    depth = _depth(operation.selection_set, fragments, limits.max_depth + 1)
    if depth > limits.max_depth:
        problems.append(
            LimitError(
                "QUERY_TOO_COMPLEX",
                "max_depth",
                f"The operation nests fields more than {limits.max_depth} deep.",
            )
        )
    aliases = _AliasCounter()
    visit(document, aliases)
    if aliases.count > limits.max_aliases:
        problems.append(
            LimitError(
                "QUERY_TOO_COMPLEX",
                "max_aliases",
                f"The document has {aliases.count} aliases; at most {limits.max_aliases} "
                "are allowed.",
            )
        )
    return problems


def _depth(
    selection_set: SelectionSetNode | None,
    fragments: dict[str, FragmentDefinitionNode],
    cap: int,
    level: int = 0,
) -> int:
    """How deep fields nest below ``selection_set``; stops counting at ``cap``.

    Introspection (``__schema``, ``__type``) is not counted: the query GraphiQL and
    code generators send nests 15 deep, and its breadth is bounded by the result budget.
    """
    if selection_set is None or level >= cap:
        return level
    deepest = level
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            below = None if selection.name.value in _INTROSPECTION else selection.selection_set
            found = _depth(below, fragments, cap, level + 1)
        elif isinstance(selection, InlineFragmentNode):
            found = _depth(selection.selection_set, fragments, cap, level)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            found = _depth(fragment.selection_set if fragment else None, fragments, cap, level)
        else:  # pragma: no cover - the three kinds of selection are all there is
            found = level
        deepest = max(deepest, found)
        if deepest >= cap:
            break
    return deepest


class _AliasCounter(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def enter_field(self, node: FieldNode, *_args: Any) -> None:
        if node.alias is not None:
            self.count += 1


class _LimitedExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor, counting list items and the time at every list."""

    _items = 0

    def complete_list_value(
        self,
        return_type: Any,
        field_details: Any,
        info: Any,
        path: Any,
        result: Any,
        position: Any,
    ) -> Any:
        context: Context = self.context_value
        limits = context.limits
        if time.monotonic() > _deadline.get():
            raise StopExecution.time_limit(limits.time_limit)
        if isinstance(result, Sized):
            self._items += len(result)
            if self._items > limits.max_result_items:
                raise StopExecution.too_many_items(limits.max_result_items)
        return super().complete_list_value(return_type, field_details, info, path, result, position)


@dataclass(frozen=True, slots=True)
class Admission:
    """An operation with its request's variables: what it costs, or why it may not run.

    ``errors`` is empty when the variables coerced and the cost is within the budget;
    ``cost`` is ``None`` only when the variables did not coerce.
    """

    variables: dict[str, Any] | None  # as the client sent them
    coerced: VariableValues | None
    cost: int | None
    budget: int
    errors: tuple[GraphQLError, ...] = ()

    @property
    def extensions(self) -> dict[str, Any] | None:
        """What every response says about its cost: ``{"cost": ..., "budget": ...}``."""
        return None if self.cost is None else {"cost": self.cost, "budget": self.budget}


def admit(prepared: Prepared, variables: dict[str, Any] | None, context: Context) -> Admission:
    """Coerce the variables and count the cost of ``prepared`` on the context's corpus."""
    budget = context.limits.max_cost
    coerced = get_variable_values(
        _core_schema,
        prepared.operation.variable_definitions or (),
        variables or {},
        max_errors=MAX_VARIABLE_ERRORS,
    )
    if isinstance(coerced, list):
        return Admission(variables, None, None, budget, tuple(coerced))
    assert prepared.cost is not None, "an operation with errors is never admitted"
    cost = prepared.cost.cost(coerced, corpus_bounds(context.snapshot), context.limits)
    if cost <= budget:
        return Admission(variables, coerced, cost, budget)
    refused = LimitError(
        "QUERY_TOO_COMPLEX",
        "max_cost",
        f"The operation could return {cost:,} objects; at most {budget:,} are allowed. "
        "Ask for less: a smaller `first` or `limit`, fewer nested lists, a smaller `depth`.",
        cost=cost,
        budget=budget,
    )
    return Admission(variables, coerced, cost, budget, (refused,))


def run(
    prepared: Prepared,
    variables: dict[str, Any] | None,
    context: Context,
    *,
    lean: bool = True,
) -> ExecutionResult:
    """Admit and execute ``prepared``; an operation that may not run comes back with no data.

    ``lean=False`` executes with graphql-core's executor even where the lean one could.
    The time limit counts from this call, whichever executor runs.
    """
    started = time.monotonic()
    return execute_admitted(
        prepared, admit(prepared, variables, context), context, lean=lean, started=started
    )


def execute_admitted(
    prepared: Prepared,
    admission: Admission,
    context: Context,
    *,
    lean: bool = True,
    started: float | None = None,
) -> ExecutionResult:
    """Execute an admitted operation; its cost is in the result's ``extensions``.

    ``started`` (``time.monotonic()``) is when the time limit began; now by default.
    """
    deadline = (time.monotonic() if started is None else started) + context.limits.time_limit
    if admission.errors:
        return ExecutionResult(None, list(admission.errors), admission.extensions)
    if lean and prepared.plan is not None:
        assert admission.coerced is not None
        limits = context.limits
        result = prepared.plan.run(
            admission.coerced, context, limits.time_limit, limits.max_result_items, deadline
        )
        result.extensions = admission.extensions
        return result
    token = _deadline.set(deadline)
    try:
        executed = execute(
            _core_schema,
            prepared.document,
            context_value=context,
            variable_values=admission.variables,
            operation_name=prepared.operation.name.value if prepared.operation.name else None,
            executor_class=_LimitedExecutor,
        )
    finally:
        _deadline.reset(token)
    assert isinstance(executed, ExecutionResult), "every resolver is synchronous"
    result = executed
    stopped = [error for error in result.errors or () if _stopped_by(error)]
    if stopped:
        return ExecutionResult(None, stopped[:1], admission.extensions)
    result.extensions = admission.extensions
    return result


def _stopped_by(error: GraphQLError) -> bool:
    return isinstance(error.original_error, StopExecution)


def is_cacheable(result: ExecutionResult) -> bool:
    """Whether the same request on the same snapshot gives the same answer."""
    return all(_expected(error) for error in result.errors or ())


def _expected(error: GraphQLError) -> bool:
    if isinstance(error, StopExecution):  # depends on the time taken
        return False
    original = error.original_error
    return original is None or isinstance(original, ArgumentError)


def to_client(errors: Iterable[GraphQLError], request_id: str | None) -> list[dict[str, Any]]:
    """The errors as the client sees them; unexpected ones masked and logged."""
    shown: list[dict[str, Any]] = []
    for error in errors:
        original = error.original_error
        if original is None or isinstance(original, GraphQLError):
            shown.append(dict(error.formatted))
            continue
        request_id = request_id or new_request_id()
        logger.error(
            "request %s: unexpected error at %s",
            request_id,
            ".".join(str(key) for key in error.path or ()),
            exc_info=original,
        )
        masked: dict[str, Any] = {
            "message": f"Internal server error (request id {request_id}).",
            "extensions": {"code": "INTERNAL_SERVER_ERROR", "requestId": request_id},
        }
        if error.locations:
            masked["locations"] = [location.formatted for location in error.locations]
        if error.path:
            masked["path"] = error.path
        shown.append(masked)
    return shown


def new_request_id() -> str:
    """A fresh id that ties a masked error to its line in the server log."""
    return uuid4().hex[:16]
