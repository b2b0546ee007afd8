"""The schema as a contract: the committed SDL, the names frontends rely on, descriptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
    build_schema,
    is_required_argument,
    print_ast,
)
from graphql.utilities import ast_from_value

from schema import schema
from schema.connection import MAX_FIRST
from schema.nodes import MAX_DEPTH

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"

# The contract from the API issue, verbatim: these names, types and defaults are fixed.
API_CONTRACT = build_schema(
    """
interface Node { id: ID! }
type Query {
  node(id: ID!): Node
  topics: [Topic!]!
  topic(slug: String!): Topic
  concept(name: String!): Concept
  concepts(kind: ConceptKind, search: String, first: Int = 20, after: String): ConceptConnection!
  path(from: String!, to: String!): [Node!]
  topicOverlap(a: String!, b: String!): TopicOverlap
  overlapMatrix: [TopicOverlap!]!
}
enum ConceptKind { CONCEPT MODEL }
enum StatementKind { EXAM_TIP MISCONCEPTION MARKING_POINT }
type Topic implements Node {
  id: ID!  slug: String!  title: String!  synopsis: String!
  keyConcepts: [Concept!]!
  concepts(kind: ConceptKind): [Concept!]!
  examTips: [Statement!]!  misconceptions: [Statement!]!  markingPoints: [Statement!]!
}
type Concept implements Node {
  id: ID!  name: String!  kind: ConceptKind!  aliases: [String!]!  description: String
  topics: [Topic!]!
  statements: [Statement!]!
  related(limit: Int = 10, minWeight: Float = 0): [RelatedConcept!]!
  neighbors(depth: Int = 1): [Concept!]!
}
type RelatedConcept {
  concept: Concept!
  weight: Float!
  strength: Float!
  sharedTopics: [Topic!]!
  evidence: [Statement!]!
}
type Statement implements Node {
  id: ID!  kind: StatementKind!  text: String!  topic: Topic!  concepts: [Concept!]!
}
type TopicOverlap {
  a: Topic!  b: Topic!
  jaccard: Float!
  sharedConcepts: [Concept!]!  onlyInA: [Concept!]!  onlyInB: [Concept!]!
}
type ConceptConnection { totalCount: Int!  pageInfo: PageInfo!  edges: [ConceptEdge!]! }
type ConceptEdge { cursor: String!  node: Concept! }
type PageInfo {
  hasNextPage: Boolean!  hasPreviousPage: Boolean!  startCursor: String  endCursor: String
}
"""
)

# The names issue 4 (analysis) fixes, and the shapes chosen for them; a type or field
# named in both contracts must satisfy both.
ANALYSIS_CONTRACT = build_schema(
    """
interface Node { id: ID! }
type Query {
  themes: [Theme!]!
  concepts(orderBy: ConceptOrder): ConceptConnection!
  bridges(limit: Int = 10): [Bridge!]!
  structuralGaps(limit: Int = 10): [StructuralGap!]!
  corpusSummary: CorpusSummary!
}
type ConceptConnection { totalCount: Int! }
enum ConceptOrder { NAME DEGREE BETWEENNESS PAGERANK TOPIC_COUNT }
type Theme implements Node {
  id: ID!  label: String!  members: [Concept!]!  size: Int!  modularity: Float!
}
type Concept implements Node { id: ID!  theme: Theme!  centrality: Centrality! }
type Centrality { degree: Int!  betweenness: Float!  pagerank: Float! }
type Topic implements Node {
  id: ID!
  similarTopics(limit: Int = 10): [SimilarTopic!]!
  alignment: TopicAlignment!
}
type Statement implements Node { id: ID! }
type Bridge {
  concept: Concept!  score: Float!  themes: [Theme!]!  linkedConcepts: [Concept!]!
  topics: [Topic!]!
}
type StructuralGap {
  a: Theme!  b: Theme!  connection: Float!  linkingConcepts: [Concept!]!
  meetingTopics: [Topic!]!
}
type SimilarTopic { topic: Topic!  score: Float!  sharedConcepts: [Concept!]! }
type TopicAlignment {
  unassessedKeyConcepts: [Concept!]!
  markingPointsWithoutKeyConcept: [Statement!]!
  tipModelsNeverAssessed: [Concept!]!
  isAligned: Boolean!
}
type KindCount { kind: String!  count: Int! }
type CorpusSummary {
  nodesByKind: [KindCount!]!  statementsByKind: [KindCount!]!
  recurringModels: [Concept!]!  conceptsTaughtOnce: [Concept!]!
}
"""
)

OURS = schema._schema


def _default(field: GraphQLField, name: str) -> str | None:
    """The default of an argument as SDL prints it, or ``None`` when it has none."""
    argument = field.args[name]
    if argument.ast_node is not None:  # built from SDL: the default is kept as written
        node = argument.ast_node.default_value
    elif argument.default_value is Undefined:
        node = None
    else:
        node = ast_from_value(argument.default_value, argument.type)
    return None if node is None else print_ast(node)


def _kind(named_type: GraphQLNamedType) -> str:
    kinds = (GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType, GraphQLScalarType)
    return next(kind.__name__ for kind in kinds if isinstance(named_type, kind))


def _contract_types() -> list[object]:
    return [
        pytest.param(named_type, id=f"{label}-{name}")
        for label, contract in (("api", API_CONTRACT), ("analysis", ANALYSIS_CONTRACT))
        for name, named_type in contract.type_map.items()
        if not name.startswith("__") and name not in {"String", "Int", "Float", "Boolean", "ID"}
    ]


def test_committed_sdl_matches_the_schema() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema.as_str() + "\n", (
        "schema.graphql is stale: run `make schema` and review the diff"
    )


@pytest.mark.parametrize("contract_type", _contract_types())
def test_contract_type_is_served_with_the_same_shape(contract_type: GraphQLNamedType) -> None:
    served = OURS.get_type(contract_type.name)
    assert served is not None, f"{contract_type.name} is missing"
    assert _kind(served) == _kind(contract_type)
    if isinstance(contract_type, GraphQLEnumType):
        assert isinstance(served, GraphQLEnumType)
        assert list(served.values) == list(contract_type.values)
    if isinstance(contract_type, GraphQLObjectType | GraphQLInterfaceType):
        assert isinstance(served, GraphQLObjectType | GraphQLInterfaceType)
        assert {i.name for i in served.interfaces} == {i.name for i in contract_type.interfaces}
        for name, field in contract_type.fields.items():
            assert name in served.fields, f"{contract_type.name}.{name} is missing"
            ours = served.fields[name]
            assert str(ours.type) == str(field.type), f"{contract_type.name}.{name}"
            for arg_name, argument in field.args.items():
                where = f"{contract_type.name}.{name}({arg_name}:)"
                assert arg_name in ours.args, f"{where} is missing"
                assert str(ours.args[arg_name].type) == str(argument.type), where
                assert _default(ours, arg_name) == _default(field, arg_name), where
            # an argument the contract does not name may be added, if old queries stay valid
            added = [ours.args[arg] for arg in set(ours.args) - set(field.args)]
            assert not any(is_required_argument(argument) for argument in added), name


def test_every_type_field_and_argument_is_described() -> None:
    undescribed = []
    for name, named_type in OURS.type_map.items():
        if name.startswith("__") or name in {"String", "Int", "Float", "Boolean", "ID"}:
            continue
        if not named_type.description:
            undescribed.append(name)
        if isinstance(named_type, GraphQLEnumType):
            undescribed += [
                f"{name}.{v}" for v, value in named_type.values.items() if not value.description
            ]
        if isinstance(named_type, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in named_type.fields.items():
                if not field.description:
                    undescribed.append(f"{name}.{field_name}")
                undescribed += [
                    f"{name}.{field_name}({arg}:)"
                    for arg, argument in field.args.items()
                    if not argument.description
                ]
    assert undescribed == []


@pytest.mark.parametrize(
    ("type_name", "field_name", "argument", "bounds"),
    [
        pytest.param("Query", "concepts", "first", f"0 to {MAX_FIRST}", id="first"),
        pytest.param("Concept", "neighbors", "depth", f"0 to {MAX_DEPTH}", id="depth"),
        pytest.param("Concept", "related", "limit", "0 or more", id="limit"),
        pytest.param("Concept", "related", "minWeight", "0 or more", id="minWeight"),
        pytest.param("Query", "bridges", "limit", "0 or more", id="bridges-limit"),
        pytest.param("Query", "structuralGaps", "limit", "0 or more", id="gaps-limit"),
        pytest.param("Topic", "similarTopics", "limit", "0 or more", id="similar-topics-limit"),
    ],
)
def test_argument_bounds_are_documented_where_graphiql_shows_them(
    type_name: str, field_name: str, argument: str, bounds: str
) -> None:
    owner = OURS.get_type(type_name)
    assert isinstance(owner, GraphQLObjectType)
    assert bounds in (owner.fields[field_name].args[argument].description or "")
