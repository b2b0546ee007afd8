"""``python -m schema``: print the schema's SDL (``make schema`` writes schema.graphql)."""

from __future__ import annotations

from schema.schema import schema

print(schema.as_str())
