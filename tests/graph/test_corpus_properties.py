"""Properties of loading a folder: damaged documents never cost the good ones beside them.

Extends ``test_robustness.py::test_a_damaged_document_never_costs_the_others`` (the
five seeds and twenty seeded damaged copies) to generated valid documents and every
kind of damage in ``tests/strategies.py``, and checks each document against how it
reads on its own.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from graph import (
    Concept,
    Document,
    DocumentError,
    KnowledgeGraph,
    load_corpus,
    read_document,
)
from tests.strategies import SEED_BYTES, DamagedDocument, damaged_documents, written_topics
from tests.timing import allowed, load_seconds_per_byte


def _alone(data: bytes, path: Path) -> Document | DocumentError:
    """How one file reads on its own."""
    try:
        return read_document(data, str(path), slug=path.stem)
    except DocumentError as err:
        return err


def _find(graph: KnowledgeGraph, name: str) -> Concept | None:
    """The concept a key concept's name gives: as written, or by either half of "Name (ALIAS)".

    (The API finds "Net Promoter Score" and "NPS", not "Net Promoter Score (NPS)".)
    """
    forms = [name]
    if name.endswith(")") and "(" in name:
        before, _, inside = name[:-1].rpartition("(")
        forms += [before, inside]
    return next(filter(None, map(graph.find_concept, forms)), None)


@settings(max_examples=50, deadline=None)
@given(
    generated=st.lists(written_topics().map(lambda t: t.text.encode()), min_size=1, max_size=3),
    seeds=st.sets(st.sampled_from(range(len(SEED_BYTES))), max_size=2),
    damaged=st.lists(damaged_documents(), min_size=1, max_size=3),
)
def test_damaged_documents_never_cost_the_good_ones_beside_them(
    generated: list[bytes], seeds: set[int], damaged: list[DamagedDocument]
) -> None:
    good = [*generated, *(SEED_BYTES[index] for index in sorted(seeds))]
    with tempfile.TemporaryDirectory() as folder:
        files = {Path(folder, f"good-{n}.txt"): data for n, data in enumerate(good)}
        files |= {Path(folder, f"damaged-{n}.txt"): d.data for n, d in enumerate(damaged)}
        for path, data in files.items():
            path.write_bytes(data)
        started = time.perf_counter()

        graph = load_corpus(folder).graph

        elapsed = time.perf_counter() - started
    size = sum(map(len, files.values()))
    limit = allowed(size * load_seconds_per_byte())
    assert elapsed < limit, f"{size} bytes took {elapsed:.1f}s ({limit:.1f}s allowed)"
    alone = {path: _alone(data, path) for path, data in files.items()}
    problems: dict[str, list[str]] = {}
    for problem in graph.problems:
        problems.setdefault(problem.source, []).append(str(problem))
    for path, expected in alone.items():
        if isinstance(expected, DocumentError):
            assert not path.stem.startswith("good"), expected
            # reported once, at the line it gives on its own, and left out
            assert problems.pop(str(path)) == [str(expected)]
            assert graph.topic(path.stem) is None
            continue
        # served, with the warnings it has on its own
        assert problems.pop(str(path), []) == [str(warning) for warning in expected.warnings]
        topic = graph.topic(path.stem)
        assert topic is not None, f"{path.name} parses alone but is not in the graph"
        assert (topic.title, topic.synopsis) == (expected.title, expected.synopsis)
        assert len(topic.exam_tip_ids) == len(expected.exam_tips)
        assert len(topic.misconception_ids) == len(expected.misconceptions)
        assert len(topic.marking_point_ids) == len(expected.marking_points)
        for key_concept in expected.key_concepts:
            concept = _find(graph, key_concept.name)
            assert concept is not None, f"{path.name}: {key_concept.name!r} is not in the graph"
            assert concept.id in topic.key_concept_ids, (path.name, key_concept.name)
    assert not problems, f"problems no file has on its own: {problems}"
