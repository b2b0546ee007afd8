"""The prose passes split between two processes give what one process gives."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph.passes as passes_module
from graph.build import _all_prose, _passages
from graph.corpus import load_documents
from graph.extraction import Candidate, MatchMode, Rule
from graph.passes import ProsePasses, _from_columns, _to_columns
from graph.vocabulary import load_vocabulary
from tests.conftest import SEEDS


def test_candidates_survive_the_trip_through_columns() -> None:
    candidates = [
        Candidate("NPS", Rule.ACRONYM),
        Candidate("Net Promoter Score", Rule.DEFINITION, same_as="NPS"),
        Candidate("LATER", Rule.ACRONYM, expansion="Listen, Apologise, Take, Explain, React"),
        Candidate("customer journey", Rule.QUOTED_TERM),
    ]
    assert _from_columns(_to_columns(candidates)) == candidates
    assert _from_columns(_to_columns([])) == []


@pytest.mark.parametrize("folder", [SEEDS, Path(__file__).parent / "gold" / "blind2"])
def test_a_helper_process_finds_what_one_process_finds(
    monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    documents = sorted(load_documents(folder).documents, key=lambda d: d.slug)
    vocabulary = load_vocabulary()
    with ProsePasses(documents, vocabulary, _all_prose, _passages) as alone:
        candidates = alone.candidates()
        aliases = {c.surface: [(c.surface, MatchMode.ANY_CASE)] for c in candidates}
        mentions = alone.mentions(aliases)
    monkeypatch.setattr(passes_module, "PARALLEL_DOCUMENTS", 2)
    with ProsePasses(documents, vocabulary, _all_prose, _passages) as split:
        assert split._worker.forked
        assert split.candidates() == candidates
        assert split.mentions(aliases) == mentions
    assert any(c.same_as for c in candidates)
    assert any(mentions)
