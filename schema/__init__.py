"""The GraphQL layer: strawberry types over the knowledge graph, and its HTTP endpoint.

Resolvers only read the :class:`~graph.KnowledgeGraph` in the request context; all
the answers are computed by ``graph/``.
"""

from schema.context import Context
from schema.schema import schema

__all__ = ["Context", "schema"]
