"""Damaged documents: whatever happens to a file, the result is a graph or a DocumentError."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from graph import (
    DocumentError,
    build_graph,
    decode_document,
    load_corpus,
    load_vocabulary,
    parse_document,
)
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
MUTATIONS_PER_FILE = 60  # bounded: 5 files x 60 = 300 damaged documents


def _damage(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(6)
        index = rng.randrange(len(lines))
        if choice == 0 and len(lines) > 1:
            del lines[index]
        elif choice == 1:
            lines.insert(index, lines[rng.randrange(len(lines))])
        elif choice == 2:
            other = rng.randrange(len(lines))
            lines[index], lines[other] = lines[other], lines[index]
        elif choice == 3:
            lines[index] = lines[index][: rng.randrange(len(lines[index]) + 1)]
        elif choice == 4:
            lines.insert(index, bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))))
        else:
            lines[index] = lines[index].replace(b": ", b" ", 1)
    return b"\n".join(lines)


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.stem[:3] for p in SEED_FILES])
def test_damaged_documents_parse_or_raise_a_located_document_error(path: Path) -> None:
    rng = random.Random(path.stem)
    original = path.read_bytes()
    parsed = 0
    rejected: list[tuple[DocumentError, int]] = []  # the error and the file's line count
    for _ in range(MUTATIONS_PER_FILE):
        data = _damage(original, rng)
        try:
            parse_document(decode_document(data, "damaged.txt"), "damaged.txt")
        except DocumentError as err:
            rejected.append((err, data.count(b"\n") + 1))
        else:
            parsed += 1
    assert all(err.source == "damaged.txt" for err, _ in rejected)
    assert all(1 <= err.line <= lines for err, lines in rejected)
    # the damage is varied enough to exercise both outcomes
    assert parsed > 0
    assert rejected


def test_a_damaged_document_never_costs_the_others(tmp_path: Path) -> None:
    rng = random.Random(7)
    for path in SEED_FILES:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    for number in range(20):
        (tmp_path / f"zz-damaged-{number}.txt").write_bytes(
            _damage(SEED_FILES[number % len(SEED_FILES)].read_bytes(), rng)
        )

    graph = load_corpus(tmp_path).graph

    loaded = {topic.slug for topic in graph.topics}
    assert {path.stem for path in SEED_FILES} <= loaded
    assert len(loaded) + len(graph.problems) == len(SEED_FILES) + 20


# -- huge lines -----------------------------------------------------------------------------

HUGE = 100_000  # characters in one line


def _topic(
    synopsis: str = "A topic about service.", name: str = "Service Quality", tip: str = "Use it."
) -> str:
    return (
        f"preview\nTopic Synopsis\n{synopsis}\n"
        f"Key Concepts & Core Principles\n- {name}: how good the service is\n"
        f"Exam Tips & Revision Strategies\n- {tip}\n"
        "Common Misconceptions & Mistakes to Avoid\n- Ignoring it.\n"
        "Examiner Marking Points\n- Credit the Kano Model.\n"
    )


def test_a_thousand_ands_in_one_bullet_do_not_exhaust_the_stack() -> None:
    # Splitting "Kano Model and Kano Model and ..." recursed once per "and": about
    # 1,000 of them (15 kB) raised RecursionError and took the whole corpus down.
    document = parse_document(_topic(tip="Kano Model and " * 3_000 + "Kano Model"), "a.txt")

    graph = build_graph([document], load_vocabulary())

    assert graph.find_concept("Kano Model") is not None


def test_half_a_name_in_parentheses_never_makes_a_nameless_concept() -> None:
    # "— (NPS)" and "Quality (—)" were split at the parenthesis, and both halves "—"
    # had the empty key: Quality, NPS and "—" became one concept.
    documents = [
        parse_document(_topic(name="\u2014 (NPS)"), "a.txt"),
        parse_document(_topic(name="Quality (\u2014)"), "b.txt"),
    ]

    graph = build_graph(documents, load_vocabulary())

    nps, quality = graph.find_concept("NPS"), graph.find_concept("Quality (\u2014)")
    assert nps is not None
    assert quality is not None
    assert nps != quality
    assert all(concept.id for concept in graph.concepts)


@pytest.mark.parametrize(
    "text",
    [
        # regular expressions that tried every split of a run of spaces: minutes
        pytest.param(_topic(name="Service" + " " * HUGE + "(SQ)"), id="spaces-before-an-alias"),
        pytest.param(_topic(tip="Use." + " " * HUGE + "- SERVQUAL"), id="spaces-after-a-stop"),
        # a scan of every word for each quote, law or parenthesis: seconds to minutes
        pytest.param(_topic(tip="'Beta' " * (HUGE // 7)), id="quoted-names"),
        pytest.param(_topic(tip="Data Act, " * (HUGE // 10)), id="laws"),
        pytest.param(_topic("Use the " + "(NPS) " * (HUGE // 6)), id="acronyms-in-parentheses"),
        # every length up to the longest name tried at every word
        pytest.param(_topic("Use the " + "A/B " * (HUGE // 4)), id="capitalised-run"),
        # second names, laws' titles and people's models (issue 16)
        pytest.param(_topic(name="Service" + " " * HUGE + "(or SQ)"), id="spaces-before-or"),
        pytest.param(_topic(tip="Kano Model, also known as " * (HUGE // 26)), id="known-as"),
        pytest.param(_topic(tip="Data (Use) Act " * (HUGE // 15)), id="titles-with-parentheses"),
        pytest.param(_topic(tip="(" + "Abc " * (HUGE // 4)), id="unclosed-title-parenthesis"),
        pytest.param(_topic(tip="Tuckman's stages of " * (HUGE // 20)), id="possessives"),
        pytest.param(_topic(tip="the churn rate per contact " * (HUGE // 27)), id="metrics"),
        pytest.param(_topic(tip="Churn" + " " * HUGE + "is the share of"), id="spaces-definition"),
        pytest.param(_topic(tip="KPIs such as " + "cost, " * (HUGE // 6)), id="list-of-metrics"),
        pytest.param(_topic(tip="Abc v Def Ghi " * (HUGE // 14)), id="court-cases"),
        pytest.param(_topic(tip="sales per" + " " * HUGE + "labour hour"), id="spaces-in-a-rate"),
        pytest.param(_topic(tip="Abc Law" + " " * HUGE + "in full, the Abc Act"), id="in-full"),
    ],
)
def test_a_huge_line_builds_in_time_linear_in_its_length(text: str, plain_prose: float) -> None:
    # A bound on blow-ups, which took seconds to minutes (a scan of every word for each
    # parenthesis), not a timing: wide, and measured again before failing, as a shared
    # machine's busy moment took a linear case past ten times plain prose.
    limit = 20 * plain_prose + 2.0
    elapsed = _build_seconds(text)
    if elapsed >= limit:
        elapsed = min(elapsed, _build_seconds(text))

    assert elapsed < limit, f"{elapsed:.1f}s; {plain_prose:.1f}s for plain prose"


def _build_seconds(text: str) -> float:
    document = parse_document(text, "a.txt")
    started = time.perf_counter()
    assert build_graph([document], load_vocabulary()).topic("a") is not None
    return time.perf_counter() - started


@pytest.fixture(scope="module")
def plain_prose() -> float:
    """Seconds to build a line of plain prose as long, measured on this machine."""
    return _build_seconds(_topic(tip="Service quality matters to customers, " * (HUGE // 38)))
