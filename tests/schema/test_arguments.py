"""Invalid arguments are GraphQL errors that name the argument; nothing is logged."""

from __future__ import annotations

import logging

import pytest

from schema.ids import encode_id
from tests.schema.conftest import Execute, data_of

NPS = 'concept(name: "NPS")'


@pytest.mark.parametrize(
    ("query", "argument"),
    [
        pytest.param("{ concepts(first: -1) { totalCount } }", "first", id="negative-first"),
        pytest.param("{ concepts(first: 101) { totalCount } }", "first", id="first-above-100"),
        pytest.param('{ concepts(after: "garbage") { totalCount } }', "after", id="bad-cursor"),
        pytest.param(
            f'{{ concepts(after: "{encode_id("Concept", "later")}") {{ totalCount }} }}',
            "after",
            id="node-id-is-not-a-cursor",
        ),
        pytest.param(f"{{ {NPS} {{ related(limit: -1) {{ weight }} }} }}", "limit", id="limit"),
        pytest.param(
            f"{{ {NPS} {{ related(minWeight: -0.5) {{ weight }} }} }}", "minWeight", id="minWeight"
        ),
        pytest.param(f"{{ {NPS} {{ neighbors(depth: -1) {{ name }} }} }}", "depth", id="depth"),
        pytest.param(f"{{ {NPS} {{ neighbors(depth: 6) {{ name }} }} }}", "depth", id="depth-max"),
        pytest.param("{ bridges(limit: -1) { score } }", "limit", id="bridges-limit"),
        pytest.param("{ structuralGaps(limit: -2) { connection } }", "limit", id="gaps-limit"),
        pytest.param(
            "{ topics { similarTopics(limit: -1) { score } } }", "limit", id="similar-topics-limit"
        ),
    ],
)
def test_invalid_argument_is_an_error_naming_it(
    execute: Execute, caplog: pytest.LogCaptureFixture, query: str, argument: str
) -> None:
    with caplog.at_level(logging.DEBUG):
        result = execute(query)
    assert result.errors is not None
    [error] = result.errors
    assert f"'{argument}'" in error.message
    assert error.extensions == {"code": "BAD_USER_INPUT", "argument": argument}
    assert caplog.records == []  # the client's mistake is not the operator's problem


def test_cursor_from_another_search_is_rejected(execute: Execute) -> None:
    query = (
        "query($s: String, $a: String) "
        "{ concepts(search: $s, first: 1, after: $a) { edges { cursor } } }"
    )
    cursor = data_of(execute(query, s="SERVQUAL"))["concepts"]["edges"][0]["cursor"]
    elsewhere = execute(query, s="complaint", a=cursor)
    assert elsewhere.errors is not None
    assert "'after'" in elsewhere.errors[0].message


def test_errors_in_one_field_leave_the_others_answered(execute: Execute) -> None:
    result = execute(f"{{ ok: {NPS} {{ name }} bad: {NPS} {{ neighbors(depth: 9) {{ name }} }} }}")
    assert result.errors is not None
    assert result.data == {"ok": {"name": "Net Promoter Score"}, "bad": None}
