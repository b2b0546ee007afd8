"""The static cost: the most objects an answer can hold, counted before the operation runs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import queries

from graph import KnowledgeGraph, Snapshot
from schema.context import Context
from schema.execution import Prepared, admit, prepare, run
from schema.execution.bounds import corpus_bounds
from schema.limits import Limits
from schema.schema import schema
from tests.schema.conftest import run_as_served
from tests.schema.strategies import with_fragments

ROOT = Path(__file__).resolve().parents[2]
UNLIMITED = Limits(max_cost=10**15)


def _cost(snapshot: Snapshot, query: str, variables: dict[str, Any] | None = None) -> int:
    prepared = prepare(query, None, UNLIMITED)
    assert isinstance(prepared, Prepared), prepared
    assert not prepared.errors, prepared.errors
    admission = admit(prepared, variables, Context(snapshot=snapshot, limits=UNLIMITED))
    assert admission.cost is not None, admission.errors
    return admission.cost


def _objects(value: Any) -> int:
    """How many objects an answer holds (every JSON object below ``data``)."""
    if isinstance(value, dict):
        return 1 + sum(_objects(item) for item in value.values())
    if isinstance(value, list):
        return sum(_objects(item) for item in value)
    return 0


def _longest(lengths: Any) -> int:
    return max(lengths, default=0)


def _expected(graph: KnowledgeGraph) -> dict[str, int]:
    """The cost of each query of the table below, from the graph itself."""
    topics = len(graph.topics)
    key_concepts = _longest(len(t.key_concept_ids) for t in graph.topics)
    degree = _longest(len(graph.links_of(c.id)) for c in graph.concepts)
    concepts = len(graph.concepts)
    return {
        "scalars only": 0,
        "a list": topics,
        "aliases count apart": 2 * topics,
        "nested lists multiply": topics * (1 + key_concepts),
        "a connection sizes its edges": 1 + 3 + 3,
        "page info is one object": 1 + 1 + 3 + 3,
        "first from a variable": 1 + 4 + 4,
        "first null: its default, 20": 1 + 2 * min(20, concepts),
        "limit": 1 + 2 * (1 + 1),
        "limit left out: its default, 10": 1 + min(10, degree),
        "limit null: its default, 10": 1 + min(10, degree),
        "past its maximum: at most the maximum": 1 + min(100, degree),
        "neighbors by reach": 1 + degree,
        "a fragment spread twice counts once": topics * (1 + key_concepts),
        "a skipped field still counts": topics,
        "introspection costs nothing": 0,
    }


TABLE = [
    pytest.param("{ corpusVersion corpusProblems { line } }", None, id="scalars only"),
    pytest.param("{ topics { slug title } }", None, id="a list"),
    pytest.param("{ topics { slug } again: topics { slug } }", None, id="aliases count apart"),
    pytest.param("{ topics { keyConcepts { name } } }", None, id="nested lists multiply"),
    pytest.param(
        "{ concepts(first: 3) { totalCount edges { cursor node { name } } } }",
        None,
        id="a connection sizes its edges",
    ),
    pytest.param(
        "{ concepts(first: 3) { pageInfo { hasNextPage } edges { node { name } } } }",
        None,
        id="page info is one object",
    ),
    pytest.param(
        "query($n: Int) { concepts(first: $n) { edges { node { name } } } }",
        {"n": 4},
        id="first from a variable",
    ),
    pytest.param(
        "query($n: Int) { concepts(first: $n) { edges { node { name } } } }",
        {"n": None},
        id="first null: its default, 20",
    ),
    pytest.param(
        '{ concept(name: "NPS") { related(limit: 2) { concept { name } } } }', None, id="limit"
    ),
    pytest.param(
        '{ concept(name: "NPS") { related { weight } } }',
        None,
        id="limit left out: its default, 10",
    ),
    pytest.param(
        '{ concept(name: "NPS") { related(limit: null) { weight } } }',
        None,
        id="limit null: its default, 10",
    ),
    pytest.param(
        '{ concept(name: "NPS") { related(limit: 1000) { weight } } }',
        None,
        id="past its maximum: at most the maximum",
    ),
    pytest.param(
        '{ concept(name: "NPS") { neighbors(depth: 1) { name } } }',
        None,
        id="neighbors by reach",
    ),
    pytest.param(
        "{ topics { ...T ...T } } fragment T on Topic { keyConcepts { name } }",
        None,
        id="a fragment spread twice counts once",
    ),
    pytest.param(
        "{ topics @include(if: false) { slug } }", None, id="a skipped field still counts"
    ),
    pytest.param(
        "{ __schema { types { name fields { name } } } }", None, id="introspection costs nothing"
    ),
]


@pytest.mark.parametrize(("query", "variables"), TABLE)
def test_the_cost_counts_each_object_the_answer_can_hold(
    request: pytest.FixtureRequest,
    seed_snapshot: Snapshot,
    query: str,
    variables: dict[str, Any] | None,
) -> None:
    case = request.node.callspec.id
    assert _cost(seed_snapshot, query, variables) == _expected(seed_snapshot.graph)[case]


def test_where_several_types_may_come_back_the_costliest_counts(seed_snapshot: Snapshot) -> None:
    graph = seed_snapshot.graph
    query = (
        '{ path(from: "LATER", to: "SERVQUAL") { __typename ... on Concept { theme { id } } '
        "... on Topic { keyConcepts { name } } } }"
    )
    longest_path = corpus_bounds(seed_snapshot).lists[("Query", "path")]
    key_concepts = _longest(len(t.key_concept_ids) for t in graph.topics)
    assert isinstance(longest_path, int)
    assert _cost(seed_snapshot, query) == longest_path * (1 + max(1, key_concepts))


def test_deeper_neighbors_reach_more_but_never_more_than_every_concept(
    seed_snapshot: Snapshot,
) -> None:
    costs = [
        _cost(seed_snapshot, f'{{ concept(name: "NPS") {{ neighbors(depth: {d}) {{ id }} }} }}')
        for d in range(6)
    ]
    assert costs[0] == 1  # the concept alone
    assert costs == sorted(costs)
    assert costs[-1] <= 1 + len(seed_snapshot.graph.concepts) - 1


_LONGEST = {
    ("Topic", "concepts"): lambda g: _longest(len(t.concept_ids) for t in g.topics),
    ("Concept", "topics"): lambda g: _longest(len(c.topic_slugs) for c in g.concepts),
    ("Concept", "statements"): lambda g: _longest(len(c.statement_ids) for c in g.concepts),
    ("RelatedConcept", "sharedTopics"): lambda g: _longest(link.weight for link in g.links),
    ("Query", "topics"): lambda g: len(g.topics),
}


@pytest.mark.parametrize(("parent", "field"), list(_LONGEST), ids=".".join)
def test_a_list_without_a_size_argument_is_as_long_as_the_longest_in_the_corpus(
    generated_snapshot: Snapshot, parent: str, field: str
) -> None:
    bound = corpus_bounds(generated_snapshot).lists[(parent, field)]
    assert bound == _LONGEST[(parent, field)](generated_snapshot.graph)


def test_every_list_the_bounds_name_is_a_list_of_the_schema(seed_snapshot: Snapshot) -> None:
    from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType

    for parent, name in corpus_bounds(seed_snapshot).lists:
        owner = schema._schema.type_map.get(parent)
        assert isinstance(owner, GraphQLObjectType), parent
        type_ = owner.fields[name].type
        if isinstance(type_, GraphQLNonNull):
            type_ = type_.of_type
        assert isinstance(type_, GraphQLList), f"{parent}.{name}"


# -- the cost is never too low --------------------------------------------------------------

_RANDOM = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_no_answer_holds_more_objects_than_its_cost(seed_snapshot: Snapshot) -> None:
    limits = Limits(max_result_items=10**9)
    context = Context(snapshot=seed_snapshot, limits=limits)

    @_RANDOM
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        query = data.draw(queries(schema._schema, allow_x00=False))
        assert isinstance(query, str)
        query = data.draw(with_fragments(query), label="fragmented")
        prepared = prepare(query, None, limits)
        if not isinstance(prepared, Prepared) or prepared.errors:
            return
        result = run(prepared, None, context)
        if result.extensions is None or (result.errors and result.data is None):
            return  # refused before it ran (over the budget), or stopped
        assert _objects(result.data) - 1 <= result.extensions["cost"], query

    check()


# -- the default budget ---------------------------------------------------------------------


def _readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```graphql\n(.*?)```", text, flags=re.DOTALL)


def _web_queries() -> dict[str, str]:
    """Every operation ``web/src/queries.js`` exports, its string constants filled in."""
    source = (ROOT / "web" / "src" / "queries.js").read_text(encoding="utf-8")
    constants = dict(re.findall(r"const (\w+) = '([^']*)';", source))
    found = {}
    for name, body in re.findall(r"export const (\w+) = `(.*?)`;", source, flags=re.DOTALL):
        for constant, value in constants.items():
            body = body.replace("${" + constant + "}", value)
        found[name] = body
    return found


def _web_variables(graph: KnowledgeGraph) -> dict[str, Any]:
    """What the page sends: its largest `related`, and 50 topics of a larger corpus."""
    slugs = [topic.slug for topic in graph.topics]
    busiest = max(graph.concepts, key=lambda concept: len(concept.topic_slugs))
    return {
        "name": busiest.name,
        "related": 100,
        "slug": slugs[0],
        "a": slugs[0],
        "b": slugs[-1],
        "text": "service",
        "topics": None if len(slugs) <= 50 else slugs[:50],
    }


def test_every_readme_query_fits_the_default_budget(seed_snapshot: Snapshot) -> None:
    budget = Limits().max_cost
    found = _readme_queries()
    assert len(found) >= 10
    for query in found:
        result = run_as_served(query, seed_snapshot)
        assert result.errors is None, (query, result.errors)
        assert result.extensions is not None
        assert result.extensions["cost"] <= budget


@pytest.mark.parametrize("fixture", ["seed_snapshot", "generated_snapshot"])
def test_every_query_of_the_web_view_fits_the_default_budget(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    snapshot: Snapshot = request.getfixturevalue(fixture)
    variables = _web_variables(snapshot.graph)
    found = _web_queries()
    assert {"CONCEPT", "TOPIC", "TOPIC_LIST", "OVERLAP"} <= set(found)
    for name, query in found.items():
        used = {key: value for key, value in variables.items() if f"${key}" in query}
        result = run_as_served(query, snapshot, used)
        assert result.errors is None, (name, result.errors)


def test_an_operation_over_the_budget_is_refused_before_anything_runs(
    seed_snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graphql import GraphQLObjectType

    query_type = schema._schema.query_type
    assert isinstance(query_type, GraphQLObjectType)
    field = query_type.fields["topics"]
    called: list[object] = []
    resolve = field.resolve
    assert resolve is not None

    def counting(*args: Any, **kwargs: Any) -> Any:
        called.append(args)
        return resolve(*args, **kwargs)

    monkeypatch.setattr(field, "resolve", counting)
    topics = len(seed_snapshot.graph.topics)
    query = "{ topics { slug } }"
    within = run_as_served(query, seed_snapshot, limits=Limits(max_cost=topics))
    assert within.errors is None
    assert within.extensions == {"cost": topics, "budget": topics}
    called.clear()
    refused = run_as_served(query, seed_snapshot, limits=Limits(max_cost=topics - 1))
    assert refused.data is None
    assert called == []
    [error] = refused.errors or []
    assert error.extensions == {
        "code": "QUERY_TOO_COMPLEX",
        "limit": "max_cost",
        "cost": topics,
        "budget": topics - 1,
    }
    assert f"could return {topics} objects" in error.message


def test_the_readme_example_costs_what_the_readme_says(seed_snapshot: Snapshot) -> None:
    text = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    found = re.search(r"So `(\{ concepts.*?\})` costs (\d+) on the seeds", text)
    assert found is not None, "the cost example of 'Limits, settings and production'"
    example, cost = found.groups()
    assert _cost(seed_snapshot, example) == int(cost)
    assert f'"extensions": {{"cost": {cost}, "budget": {Limits().max_cost}}}' in text


def test_a_kept_cost_is_counted_again_on_another_corpus(
    seed_snapshot: Snapshot, generated_snapshot: Snapshot
) -> None:
    query = "query($n: Int) { topics { slug } concepts(first: $n) { edges { cursor } } }"
    costs = [
        _cost(snapshot, query, {"n": n})
        for snapshot in (seed_snapshot, generated_snapshot, seed_snapshot)
        for n in (2, 3)
    ]
    seeds, generated = len(seed_snapshot.graph.topics), len(generated_snapshot.graph.topics)
    assert costs == [
        seeds + 1 + 2,
        seeds + 1 + 3,
        generated + 1 + 2,
        generated + 1 + 3,
        seeds + 1 + 2,
        seeds + 1 + 3,
    ]
