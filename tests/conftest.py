"""Fixtures shared by every test package."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import KnowledgeGraph, load_corpus
from tests.synthetic import write_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seed_graph() -> KnowledgeGraph:
    """The bundled seed corpus, built once for the whole test session."""
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def generated_graph(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    """A generated corpus of 300 topics (see ``tests/synthetic.py``), built once."""
    return load_corpus(write_corpus(tmp_path_factory.mktemp("generated"), 300))
