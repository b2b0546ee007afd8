"""The GraphQL schema of the Curriculum Graph API."""

from __future__ import annotations

import logging
from collections.abc import Callable
from operator import attrgetter
from typing import Any

import strawberry
from graphql import GraphQLError, GraphQLObjectType
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext
from strawberry.types.arguments import convert_arguments
from strawberry.types.field import StrawberryField

from schema.errors import ArgumentError
from schema.nodes import Concept, Passage, Statement, Theme, Topic
from schema.query import Query

__all__ = ["CurriculumSchema", "schema"]

logger = logging.getLogger(__name__)


class CurriculumSchema(strawberry.Schema):
    """A schema that logs unexpected errors only: a bad argument is the client's news."""

    def process_errors(
        self,
        errors: list[GraphQLError],
        execution_context: ExecutionContext | None = None,
    ) -> None:
        for error in errors:
            if isinstance(error.original_error, ArgumentError) or error.original_error is None:
                continue  # expected: reported to the client, nothing for the operator to fix
            logger.error("unexpected error in %s", error.path, exc_info=error.original_error)


schema = CurriculumSchema(query=Query, types=[Topic, Concept, Statement, Passage, Theme])


def _direct_resolvers(strawberry_schema: strawberry.Schema) -> None:
    """Let graphql-core call each resolver directly, without strawberry's per-field wrapper.

    strawberry wraps every field in layers (extensions, permissions, its own Info
    object, argument conversion) that this schema does not use, and which cost more
    than the resolvers themselves. Each field gets instead the shortest call that
    gives the same result: an attribute read, the method with the source (and
    graphql-core's info, whose ``context`` is all our resolvers read), or, for fields
    with arguments, strawberry's own argument conversion and then the method.
    """
    registry = strawberry_schema.schema_converter.scalar_registry
    config = strawberry_schema.config
    for graphql_type in strawberry_schema._schema.type_map.values():
        if not isinstance(graphql_type, GraphQLObjectType) or graphql_type.name.startswith("__"):
            continue
        for graphql_field in graphql_type.fields.values():
            definition = graphql_field.extensions.get("strawberry-definition")
            if isinstance(definition, StrawberryField):
                graphql_field.resolve = _direct_resolver(definition, registry, config)


def _direct_resolver(
    definition: StrawberryField, registry: Any, config: StrawberryConfig
) -> Callable[..., Any]:
    resolver = definition.base_resolver
    if resolver is None:
        read = attrgetter(definition.python_name)
        return lambda source, info: read(source)
    if resolver.is_async or resolver.self_parameter is None:
        raise TypeError(f"{definition.python_name}: only synchronous methods are supported")
    method: Callable[..., Any] = resolver.wrapped_func  # type: ignore[assignment]
    info_name = resolver.info_parameter.name if resolver.info_parameter else None
    arguments = definition.arguments
    if not arguments:
        if info_name is None:
            return lambda source, info: method(source)
        return lambda source, info: method(source, **{info_name: info})

    def resolve(source: Any, info: Any, **given: Any) -> Any:
        converted = convert_arguments(given, arguments, scalar_registry=registry, config=config)
        if info_name is not None:
            converted[info_name] = info
        return method(source, **converted)

    return resolve


_direct_resolvers(schema)
