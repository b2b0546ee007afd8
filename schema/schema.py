"""The GraphQL schema of the Curriculum Graph API."""

from __future__ import annotations

import logging

import strawberry
from graphql import GraphQLError
from strawberry.types import ExecutionContext

from schema.analysis import Theme
from schema.errors import ArgumentError
from schema.nodes import Concept, Statement, Topic
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


schema = CurriculumSchema(query=Query, types=[Topic, Concept, Statement, Theme])
