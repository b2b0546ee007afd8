"""How well assessment links and topic similarity match designers' judgement (``gold/meaning``).

Each split is a corpus folder and two designers' annotations of it (``first`` and
``second``), written by people who had not read the code:

* ``assessment.toml``: for every marking point, the key concepts of its own topic it
  assesses, ``clear`` or ``arguable``;
* ``overlap.toml``: every pair of topics rated 0 to 3 on what they teach in common.

Scores, against the first designer:

* assessment pairs: a predicted pair is a true positive when clear, a false positive
  when neither clear nor arguable; a clear pair not predicted is a false negative
  (arguable pairs count neither way); precision, recall, F1, micro-averaged;
* topic pairs: Spearman's rank correlation of the served ``similarity`` with the
  ratings, and the same for the old Jaccard of shared concepts (the baseline);
* top 3: for each topic, its ``n = min(3, partners rated 2 or 3)`` most similar
  partners; the share of them rated 2 or 3.

The same measures between the two designers say how far people agree.
``python -m tests.graph.meaning_report`` prints the table.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from scipy.stats import spearmanr

from graph import KnowledgeGraph, Snapshot, load_corpus
from graph.model import PassageKind

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parent / "gold"
MEANING = GOLD / "meaning"
# split: the corpus folder it annotates
SPLITS: dict[str, Path] = {
    "seeds": ROOT / "seeds",
    "blind3": GOLD / "blind3",
    "blind4": GOLD / "blind4",
    "blind5": GOLD / "blind5",
    "blind6": GOLD / "blind6",
    "blind7": GOLD / "blind7",
    "blind8": GOLD / "blind8",
    "blind9": GOLD / "blind9",
    "blind10": GOLD / "blind10",
    "blind11": GOLD / "blind11",
    "blind12": GOLD / "blind12",
    "blind13": GOLD / "blind13",
    "blind14": GOLD / "blind14",
    "blind15": GOLD / "blind15",
    "blind16": GOLD / "blind16",
    "blind17": GOLD / "blind17",
    "blind18": GOLD / "blind18",
    "blind19": GOLD / "blind19",
    "blind20": GOLD / "blind20",
    "blind21": GOLD / "blind21",
    "blind22": GOLD / "blind22",
    "blind23": GOLD / "blind23",
    "blind24": GOLD / "blind24",
    "blind25": GOLD / "blind25",
    "blind26": GOLD / "blind26",
    "blind27": GOLD / "blind27",
    "blind28": GOLD / "blind28",
    "blind29": GOLD / "blind29",
    "blind30": GOLD / "blind30",
    "blind31": GOLD / "blind31",
    "blind32": GOLD / "blind32",
    "blind33": GOLD / "blind33",
    "blind34": GOLD / "blind34",
    "blind35": GOLD / "blind35",
    "blind36": GOLD / "blind36",
    "blind37": GOLD / "blind37",
    "blind38": GOLD / "blind38",
    "blind39": GOLD / "blind39",
    "blind40": GOLD / "blind40",
    "blind41": GOLD / "blind41",
    "blind42": GOLD / "blind42",
    "blind43": GOLD / "blind43",
    "blind44": GOLD / "blind44",
    "blind45": GOLD / "blind45",
    "blind46": GOLD / "blind46",
    "blind47": GOLD / "blind47",
    "blind48": GOLD / "blind48",
    "blind49": GOLD / "blind49",
    "blind50": GOLD / "blind50",
    "blind51": GOLD / "blind51",
    "blind52": GOLD / "blind52",
    "blind53": GOLD / "blind53",
    "blind54": GOLD / "blind54",
    "blind55": GOLD / "blind55",
    "blind56": GOLD / "blind56",
    "blind57": GOLD / "blind57",
    "blind58": GOLD / "blind58",
    "blind59": GOLD / "blind59",
    "blind60": GOLD / "blind60",
    "blind61": GOLD / "blind61",
    "blind62": GOLD / "blind62",
    "blind63": GOLD / "blind63",
    "blind64": GOLD / "blind64",
    "blind65": GOLD / "blind65",
    "blind66": GOLD / "blind66",
    "blind67": GOLD / "blind67",
    "blind68": GOLD / "blind68",
    "blind69": GOLD / "blind69",
    "blind70": GOLD / "blind70",
    "blind71": GOLD / "blind71",
}
SUBSTANTIAL = 2

Pair = tuple[str, int, str]  # slug, marking point position, key-concept name as written


@dataclass(frozen=True, slots=True)
class AssessmentGold:
    clear: frozenset[Pair]
    arguable: frozenset[Pair]
    points: frozenset[tuple[str, int]]


@dataclass(frozen=True, slots=True)
class Counts:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class MeaningScore:
    """One split's scores against the first designer, and the designers' agreement."""

    split: str
    assessment: Counts
    spearman: float
    baseline_spearman: float
    top3_hits: int
    top3_total: int
    # the second designer's clear pairs and ratings against the first's; None where
    # only one designer has annotated the split
    agreement: Counts | None
    agreement_spearman: float | None
    errors: tuple[str, ...]

    @property
    def top3(self) -> float:
        return self.top3_hits / self.top3_total if self.top3_total else 1.0


def load_assessment(path: Path) -> AssessmentGold:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    clear: set[Pair] = set()
    arguable: set[Pair] = set()
    points: set[tuple[str, int]] = set()
    for slug, entries in data.items():
        for position, entry in entries.items():
            points.add((slug, int(position)))
            clear.update((slug, int(position), name) for name in entry.get("clear", ()))
            arguable.update((slug, int(position), name) for name in entry.get("arguable", ()))
    return AssessmentGold(frozenset(clear), frozenset(arguable), frozenset(points))


def load_overlap(path: Path) -> dict[tuple[str, str], int]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))["overlap"]
    found: dict[tuple[str, str], int] = {}
    for key, rating in data.items():
        a, b = key.split()
        found[(a, b)] = int(rating)
    return found


def predicted_pairs(snapshot: Snapshot) -> set[Pair]:
    """The served assessment links, as (slug, position, key-concept name as written)."""
    graph = snapshot.graph
    found: set[Pair] = set()
    for topic in graph.topics:
        written = _written_names(graph, topic.slug)
        for passage in graph.topic_passages(topic.slug):
            if passage.kind is not PassageKind.MARKING_POINT:
                continue
            for pair in snapshot.analysis.assessments_of(passage.id):
                for name in written.get(pair.concept_id, ()):
                    found.add((topic.slug, passage.position, name))
    return found


def _written_names(graph: KnowledgeGraph, slug: str) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for passage in graph.topic_passages(slug):
        if passage.kind is PassageKind.KEY_CONCEPT and passage.subject_id and passage.heading:
            names.setdefault(passage.subject_id, []).append(passage.heading.strip())
    return names


def count(predicted: set[Pair], gold: AssessmentGold) -> Counts:
    predicted = {pair for pair in predicted if pair[:2] in gold.points}
    return Counts(
        true_positives=len(predicted & gold.clear),
        false_positives=len(predicted - gold.clear - gold.arguable),
        false_negatives=len(gold.clear - predicted),
    )


def spearman(values: dict[tuple[str, str], float], ratings: dict[tuple[str, str], int]) -> float:
    keys = sorted(ratings)
    found = spearmanr([values[key] for key in keys], [ratings[key] for key in keys])
    return float(found.statistic)


def top3(
    values: dict[tuple[str, str], float], ratings: dict[tuple[str, str], int]
) -> tuple[int, int]:
    slugs = sorted({slug for pair in ratings for slug in pair})
    hits = total = 0
    for slug in slugs:
        partners = [pair for pair in ratings if slug in pair]
        substantial = sum(1 for pair in partners if ratings[pair] >= SUBSTANTIAL)
        ranked = sorted(partners, key=lambda pair: (-values[pair], pair))
        for pair in ranked[: min(3, substantial)]:
            total += 1
            hits += ratings[pair] >= SUBSTANTIAL
    return hits, total


def score_split(split: str) -> MeaningScore:
    snapshot = load_corpus(SPLITS[split])
    folder = MEANING / split
    first = load_assessment(folder / "first" / "assessment.toml")
    ratings = load_overlap(folder / "first" / "overlap.toml")
    second = folder / "second"
    agreement, agreement_spearman = None, None
    if second.is_dir():
        agreement = count(set(load_assessment(second / "assessment.toml").clear), first)
        second_ratings = load_overlap(second / "overlap.toml")
        agreement_spearman = spearman({k: float(v) for k, v in second_ratings.items()}, ratings)
    predicted = predicted_pairs(snapshot)
    similarity = {pair: snapshot.analysis.topic_similarity(*pair) for pair in ratings}
    jaccard = {}
    for pair in ratings:
        overlap = snapshot.graph.topic_overlap(*pair)
        assert overlap is not None, f"gold names a topic the corpus lacks: {pair}"
        jaccard[pair] = overlap.jaccard
    hits, total = top3(similarity, ratings)
    errors = tuple(
        [f"extra: {pair}" for pair in sorted(predicted - first.clear - first.arguable)]
        + [f"missed: {pair}" for pair in sorted(first.clear - predicted)]
    )
    return MeaningScore(
        split=split,
        assessment=count(predicted, first),
        spearman=spearman(similarity, ratings),
        baseline_spearman=spearman(jaccard, ratings),
        top3_hits=hits,
        top3_total=total,
        agreement=agreement,
        agreement_spearman=agreement_spearman,
        errors=errors,
    )


def report(scores: list[MeaningScore]) -> str:
    """The table printed by ``python -m tests.graph.meaning_report``."""
    lines = [
        f"{'split':<7} {'P':>5} {'R':>5} {'F1':>5} {'rho':>5} {'rho0':>5} {'top3':>5} "
        f"{'| designers:':>12} {'F1':>5} {'rho':>5}"
    ]
    for s in scores:
        lines.append(
            f"{s.split:<7} {s.assessment.precision:>5.2f} {s.assessment.recall:>5.2f} "
            f"{s.assessment.f1:>5.2f} {s.spearman:>5.2f} {s.baseline_spearman:>5.2f} "
            f"{s.top3:>5.2f} {'':>12} {_maybe(s.agreement.f1 if s.agreement else None)} "
            f"{_maybe(s.agreement_spearman)}"
        )
    lines.append(
        "P, R, F1: assessment pairs; rho: Spearman of similarity with the ratings (rho0: "
        "the Jaccard of shared concepts); top3: most similar partners rated substantial."
    )
    return "\n".join(lines)


def _maybe(value: float | None) -> str:
    return f"{value:>5.2f}" if value is not None else f"{'-':>5}"


def main() -> None:
    print(report([score_split(split) for split in SPLITS]))


if __name__ == "__main__":
    main()
