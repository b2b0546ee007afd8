"""Fixtures shared by every test package."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from hypothesis import Phase, settings

from bench.corpus import write_corpus
from graph import KnowledgeGraph, Snapshot, load_corpus
from graph.analysis import CorpusAnalysis, analyse
from tests.schema.conftest import topic_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Property tests run the same examples on every CI run (derandomized, no example
# database), so a red build can be reproduced; on a workstation they explore new examples
# each run and replay past failures from .hypothesis/. Each test sets its own
# max_examples and deadline. HYPOTHESIS_PROFILE=ci runs the CI examples locally.
# CI does not shrink: shrinking a damaged corpus can outlast the 120 s test timeout,
# which would hide the failure; the printed blob replays it (and shrinks) locally.
settings.register_profile(
    "ci",
    settings.get_profile("ci"),
    derandomize=True,
    database=None,
    print_blob=True,
    phases=[phase for phase in Phase if phase is not Phase.shrink],
)
settings.register_profile("dev", print_blob=True)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


@functools.cache
def analysis_of(graph: KnowledgeGraph) -> CorpusAnalysis:
    """The analysis of a graph built inside a test, computed once per graph."""
    return analyse(graph)


@pytest.fixture(scope="session")
def seed_snapshot() -> Snapshot:
    """The bundled seed corpus, built and analysed once for the whole test session."""
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seed_graph(seed_snapshot: Snapshot) -> KnowledgeGraph:
    """The graph of the bundled seed corpus."""
    return seed_snapshot.graph


@pytest.fixture(scope="session")
def generated_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """A generated corpus of 300 topics (see ``bench/corpus.py``), built once."""
    return load_corpus(write_corpus(tmp_path_factory.mktemp("generated"), 300))


@pytest.fixture(scope="session")
def generated_graph(generated_snapshot: Snapshot) -> KnowledgeGraph:
    """The graph of the generated corpus."""
    return generated_snapshot.graph


@pytest.fixture
def corpus_with_a_problem(tmp_path: Path) -> Path:
    """A folder with one good topic document and one that breaks the format."""
    (tmp_path / "good.txt").write_text(
        topic_document(
            "Handling complaints well.",
            ["Complaint Handling: turning complaints around"],
            ["Apply the LATER model."],
            ["Skipping the apology."],
            ["Credit a clear apology."],
        ),
        encoding="utf-8",
    )
    (tmp_path / "broken.txt").write_text("just one line, no sections\n", encoding="utf-8")
    return tmp_path
