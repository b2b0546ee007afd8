"""Fixtures shared by every test package."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import KnowledgeGraph, load_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seed_graph() -> KnowledgeGraph:
    """The bundled seed corpus, built once for the whole test session."""
    return load_corpus(SEEDS)
