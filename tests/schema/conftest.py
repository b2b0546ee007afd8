"""Helpers for schema tests: run an operation against a graph without HTTP.

Operations run as the server runs them (``schema.execution``: prepared, admitted
within the limits and executed by the lean executor), not through strawberry's
``execute_sync``, so that the tests pin the executor production uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from graphql import ExecutionResult

from graph import (
    KnowledgeGraph,
    Problem,
    Severity,
    Snapshot,
    build_graph,
    load_vocabulary,
    parse_document,
    snapshot_of,
)
from schema import Context
from schema.execution import Prepared, prepare, run
from schema.limits import Limits

Execute = Callable[..., ExecutionResult]


def run_as_served(
    query: str,
    snapshot: Snapshot,
    variables: dict[str, Any] | None = None,
    limits: Limits | None = None,
) -> ExecutionResult:
    """``query`` answered as the server answers it (without HTTP): prepared, admitted, run."""
    limits = limits or Limits()
    prepared = prepare(query, None, limits)
    if not isinstance(prepared, Prepared):
        return ExecutionResult(None, prepared)
    if prepared.errors:
        return ExecutionResult(None, list(prepared.errors))
    return run(prepared, variables, Context(snapshot=snapshot, limits=limits))


def topic_document(
    synopsis: str,
    key_concepts: list[str],
    exam_tips: list[str],
    misconceptions: list[str],
    marking_points: list[str],
) -> str:
    """A topic document in the seed format, written inside a test."""

    def bullets(items: list[str]) -> str:
        return "".join(f"- {item}\n" for item in items)

    return (
        f"{synopsis[:40]}\nTopic Synopsis\n{synopsis}\n"
        f"Key Concepts & Core Principles\n{bullets(key_concepts)}"
        f"Exam Tips & Revision Strategies\n{bullets(exam_tips)}"
        f"Common Misconceptions & Mistakes to Avoid\n{bullets(misconceptions)}"
        f"Examiner Marking Points\n{bullets(marking_points)}"
    )


def graph_of(**documents: str) -> KnowledgeGraph:
    """The graph of the given documents, keyed by slug."""
    parsed = [parse_document(text, f"{slug}.txt") for slug, text in documents.items()]
    return build_graph(parsed, load_vocabulary())


PROBLEMS = (
    Problem("corpus/a.txt", "no sections found", line=3),
    Problem("corpus/b.docx", "unknown section 'Glossary' left out", Severity.WARNING, paragraph=12),
    Problem("corpus/c.pdf", "skipped: a PDF is not read", Severity.WARNING),
)


def graph_with_problems() -> KnowledgeGraph:
    """One small topic, and a problem of each kind beside it."""
    document = parse_document(
        topic_document("Complaints.", ["Apology: saying sorry"], ["Use LATER."], [], ["Credit."]),
        "corpus/good.txt",
    )
    return build_graph([document], load_vocabulary(), PROBLEMS)


@pytest.fixture(scope="session")
def two_islands() -> KnowledgeGraph:
    """Two topics sharing no concept: quality (SERVQUAL, Gaps Model) and complaints (LATER)."""
    return graph_of(
        alpha=topic_document(
            "Quality of service in retail settings.",
            ["Service Quality: how good the service is, as customers judge it"],
            ["Use SERVQUAL and the Gaps Model together."],
            ["Thinking SERVQUAL measures profit."],
            ["Credit use of SERVQUAL."],
        ),
        beta=topic_document(
            "Handling complaints well.",
            ["Complaint Handling: turning complaints around"],
            ["Apply the LATER model to complaints."],
            ["Skipping the apology in LATER."],
            ["Credit PDCA cycles for fixing root causes."],
        ),
    )


_snapshots: dict[int, tuple[KnowledgeGraph, Snapshot]] = {}


def snapshot_for(graph: KnowledgeGraph) -> Snapshot:
    """The graph analysed, once per graph object (the analysis is what a snapshot adds)."""
    kept = _snapshots.get(id(graph))
    if kept is None or kept[0] is not graph:
        kept = _snapshots[id(graph)] = (graph, snapshot_of(graph))
    return kept[1]


@pytest.fixture
def execute(seed_snapshot: Snapshot) -> Execute:
    """Run a query against the seed corpus (or ``graph=``) with keyword variables."""

    def execute(
        query: str, graph: KnowledgeGraph | None = None, **variables: Any
    ) -> ExecutionResult:
        snapshot = seed_snapshot if graph is None else snapshot_for(graph)
        return run_as_served(query, snapshot, variables)

    return execute


def data_of(result: ExecutionResult) -> dict[str, Any]:
    """The data of a result that must have no errors."""
    assert result.errors is None, result.errors
    assert result.data is not None
    return result.data
