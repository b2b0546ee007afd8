"""The lean executor answers exactly as graphql-core does, on chosen and on random queries.

``run(..., lean=False)`` is the switch that serves through graphql-core alone
(``CG_EXECUTOR=graphql-core``); every comparison here runs the same prepared,
admitted operation both ways.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from graphql import GraphQLObjectType, execute, get_introspection_query, parse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import queries

from graph import Snapshot, snapshot_of
from schema.context import Context
from schema.execution import MAX_VARIABLE_ERRORS, Prepared, prepare, run
from schema.limits import Limits
from schema.schema import schema
from tests.schema.conftest import graph_with_problems
from tests.schema.strategies import with_fragments

LIMITS = Limits()

CHOSEN = [
    "{ topics { slug title keyConcepts { name kind } } }",
    '{ a: concept(name: "nps") { name } b: concept(name: "NPS") { n: name aliases } }',
    '{ concept(name: "no such thing") { name } }',
    '{ concept(name: "NPS") { ...C related(limit: 3) { concept { ...C } sharedTopics { slug } '
    "evidence { kind text } weight strength } } } fragment C on Concept { id name kind }",
    '{ concept(name: "NPS") { __typename neighbors(depth: 2) { name } theme { id label } } }',
    '{ path(from: "LATER", to: "SERVQUAL") { __typename id ... on Concept { name } '
    "... on Topic { slug } } }",
    '{ path(from: "LATER", to: "nothing") { id } }',
    "{ concepts(kind: MODEL, first: 3) { totalCount pageInfo { hasNextPage endCursor } "
    "edges { cursor node { name } } } }",
    "{ concepts(orderBy: PAGERANK, first: 2) { edges { node { name centrality { pagerank } } } } }",
    # argument errors: a nullable field goes null, a non-null root nulls the data
    '{ concept(name: "NPS") { name related(limit: 1000) { weight } } }',
    "{ concepts(first: 1000) { totalCount } }",
    '{ concepts(first: 2, after: "garbage") { totalCount } topics { slug } }',
    "{ themes { id label size members { name } } corpusSummary { linkCount "
    "recurringModels { name } nodesByKind { kind count } } }",
    "{ bridges(limit: 2) { concept { name } score } structuralGaps(limit: 1) { connection } }",
    '{ topicOverlap(a: "000_9738f595519dce83", b: "001_0e7da1a7d25fcc4f") { jaccard '
    "sharedConcepts { name } } overlapMatrix { jaccard } }",
    "{ topics { slug similarTopics(limit: 2) { score topic { slug } } "
    "alignment { unassessedKeyConcepts { name } isAligned } } }",
    "{ corpusVersion corpusProblems { file line message } }",
    "query Q($id: ID!) { node(id: $id) { __typename id ... on Topic { slug } } }",
    "{ ... on Query { topics { ... on Topic { slug } } } }",
    # a fragment spread twice: its fields once, and an error located once
    '{ concept(name: "NPS") { ...R ...R } } '
    "fragment R on Concept { related(limit: 1000) { weight } }",
    "{ topics { ...T ... on Topic { ...T slug } } } "
    "fragment T on Topic { slug keyConcepts { name } }",
]


def _both(
    snapshot: Snapshot,
    query: str,
    variables: dict[str, Any] | None = None,
    limits: Limits = LIMITS,
) -> Any:
    prepared = prepare(query, None, limits)
    assert isinstance(prepared, Prepared), prepared
    assert not prepared.errors, prepared.errors
    context = Context(snapshot=dataclasses.replace(snapshot, version="v1"), limits=limits)
    lean = run(prepared, variables, context)
    core = run(prepared, variables, context, lean=False)
    return prepared, lean, core


def _formatted(result: Any) -> tuple[Any, Any]:
    # as JSON text: the order of response keys is part of the answer
    return json.dumps(result.data), [error.formatted for error in result.errors or ()]


def test_the_lean_executor_answers_corpus_problems_as_graphql_core_does() -> None:
    snapshot = snapshot_of(graph_with_problems())
    query = "{ corpusProblems { file line paragraph severity message } }"

    _, lean, core = _both(snapshot, query)

    assert _formatted(lean) == _formatted(core)
    assert [p["severity"] for p in lean.data["corpusProblems"]] == ["ERROR", "WARNING", "WARNING"]


@pytest.mark.parametrize("query", CHOSEN)
def test_the_lean_executor_answers_as_graphql_core_does(
    seed_snapshot: Snapshot, query: str
) -> None:
    topic_id = schema.execute_sync("{ topics { id } }", context_value=Context(seed_snapshot))
    assert topic_id.data is not None
    variables = {"id": topic_id.data["topics"][0]["id"]}
    prepared, lean, core = _both(seed_snapshot, query, variables)
    assert prepared.plan is not None, "this query should run on the lean executor"
    assert _formatted(lean) == _formatted(core)


@pytest.mark.parametrize(
    "query",
    [
        pytest.param(get_introspection_query(), id="introspection"),
        pytest.param("{ topics @include(if: true) { slug } }", id="directive"),
    ],
)
def test_what_the_lean_executor_does_not_cover_goes_to_graphql_core(
    seed_snapshot: Snapshot, query: str
) -> None:
    prepared, lean, core = _both(seed_snapshot, query)
    assert prepared.plan is None
    assert lean.data is not None
    assert _formatted(lean) == _formatted(core)


def test_variables_that_do_not_coerce_are_errors_without_data(seed_snapshot: Snapshot) -> None:
    query = "query($n: String!) { concept(name: $n) { name } }"
    _, lean, core = _both(seed_snapshot, query, {"n": 12})
    assert lean.data is None
    assert _formatted(lean) == _formatted(core)


def test_variable_errors_stop_at_fifty_as_graphql_core_stops(seed_snapshot: Snapshot) -> None:
    query = "query($t: [String!]) { overlapMatrix(topics: $t) { jaccard } }"
    variables = {"t": list(range(MAX_VARIABLE_ERRORS + 10))}  # one error per item
    _, lean, core = _both(seed_snapshot, query, variables)
    reference = execute(schema._schema, parse(query), variable_values=variables)
    assert _formatted(lean) == _formatted(core) == _formatted(reference)
    assert lean.errors is not None
    assert len(lean.errors) == MAX_VARIABLE_ERRORS + 1
    assert lean.errors[-1].message.startswith("Too many errors processing variables")


def test_the_time_limit_counts_from_the_same_moment_for_both(seed_snapshot: Snapshot) -> None:
    query = '{ concept(name: "NPS") { related { concept { topics { slug } } } } }'
    _, lean, core = _both(seed_snapshot, query, limits=Limits(time_limit=1e-9))
    assert _formatted(lean) == _formatted(core)
    [error] = lean.errors
    assert error.extensions["code"] == "TIME_LIMIT_EXCEEDED"
    assert error.path == ["concept", "related"]  # the first list, whichever executor


def test_the_cost_is_reported_alike_by_both(seed_snapshot: Snapshot) -> None:
    _, lean, core = _both(seed_snapshot, "{ topics { slug keyConcepts { name } } }")
    assert lean.extensions == core.extensions
    assert lean.extensions["cost"] > len(seed_snapshot.graph.topics)


# Hypothesis runs inside each test, not on it: a test that takes a fixture and is given
# examples replays its failures inconsistently ("Inconsistent data generation").
_COMPARED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_random_valid_queries_get_the_same_answer_from_both(seed_snapshot: Snapshot) -> None:
    @_COMPARED
    @given(data=st.data())
    def compare(data: st.DataObject) -> None:
        query = data.draw(queries(schema._schema, allow_x00=False))
        assert isinstance(query, str)
        _assert_same_answer(seed_snapshot, data.draw(with_fragments(query), label="fragmented"))

    compare()


def _assert_same_answer(snapshot: Snapshot, query: str) -> None:
    prepared = prepare(query, None, LIMITS)
    if not isinstance(prepared, Prepared) or prepared.errors:
        return  # over a limit: nothing runs either way
    context = Context(snapshot=dataclasses.replace(snapshot, version="v1"), limits=LIMITS)
    lean = run(prepared, None, context)
    core = run(prepared, None, context, lean=False)
    assert _formatted(lean) == _formatted(core)


@pytest.mark.parametrize(
    ("query", "field_owner", "field_name"),
    [
        ("{ topics { slug title } }", "Topic", "title"),  # non-null: the list goes null
        ("{ topics { slug keyConcepts { name description } } }", "Concept", "description"),
        (
            '{ concept(name: "NPS") { related(limit: 3) { weight sharedTopics { title slug } } } }',
            "Topic",
            "title",
        ),
    ],
)
def test_a_failing_field_in_a_list_of_small_objects_is_reported_as_graphql_core_does(
    seed_snapshot: Snapshot,
    monkeypatch: pytest.MonkeyPatch,
    query: str,
    field_owner: str,
    field_name: str,
) -> None:
    owner = schema._schema.type_map[field_owner]
    assert isinstance(owner, GraphQLObjectType)
    definition = owner.fields[field_name]
    resolve = definition.resolve
    graph = seed_snapshot.graph
    failing = {graph.topics[1].slug, *(c.id for c in graph.concepts[::3])}

    def fails_for_some(source: Any, info: Any, **arguments: Any) -> Any:
        record = source.record
        if getattr(record, "slug", None) in failing or getattr(record, "id", None) in failing:
            raise ValueError("broken on purpose")
        return resolve(source, info, **arguments)

    monkeypatch.setattr(definition, "resolve", fails_for_some)
    _, lean, core = _both(seed_snapshot, query)
    assert lean.errors
    assert _formatted(lean) == _formatted(core)
