"""Precision and recall of model extraction on the gold set in ``tests/graph/gold``.

The gold set has four parts, each a folder of topic documents and a TOML file of the
models a careful reader marks in each document:

* ``heldout``: written before the rules were tuned and never used to tune them;
* ``dev``: used to find and fix rule weaknesses;
* ``fresh``: scored once blind after two rounds of tuning, then used as a third round;
* ``blind``: written after all tuning, on new subjects, and never used to tune.

A gold model counts as found when :meth:`KnowledgeGraph.find_concept` resolves one of
its spellings to a MODEL node linked to that topic. Every other MODEL node linked to
the topic is a false positive. Counts are summed over topics (micro averages).

Run ``python -m tests.graph.extraction_report`` to print the table.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from graph import ConceptKind, KnowledgeGraph, load_corpus

GOLD = Path(__file__).resolve().parent / "gold"
SPLITS = ("dev", "fresh", "heldout", "blind", "blind2")


@dataclass(frozen=True, slots=True)
class TopicScore:
    """One document's comparison: gold models found and missed, and extra models."""

    slug: str
    found: tuple[str, ...]
    missed: tuple[str, ...]
    extra: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SplitScore:
    """A half of the gold set, scored topic by topic."""

    split: str
    topics: tuple[TopicScore, ...]
    unmerged: tuple[str, ...]  # alias groups that did not come out as one node

    @property
    def true_positives(self) -> int:
        return sum(len(t.found) for t in self.topics)

    @property
    def false_negatives(self) -> int:
        return sum(len(t.missed) for t in self.topics)

    @property
    def false_positives(self) -> int:
        return sum(len(t.extra) for t in self.topics)

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    def errors(self) -> str:
        """The false negatives, false positives and failed merges, one topic a line."""
        lines = []
        for topic in self.topics:
            if topic.missed or topic.extra:
                lines.append(
                    f"{topic.slug}: missed {list(topic.missed)}; extra {list(topic.extra)}"
                )
        lines.extend(f"not merged: {group}" for group in self.unmerged)
        return "\n".join(lines)


def load_gold(split: str) -> dict[str, dict[str, list[list[str]]]]:
    """``{slug: {"models": [[spelling, ...], ...], "same": [[surface, ...], ...]}}``."""
    data = tomllib.loads((GOLD / f"{split}.toml").read_text(encoding="utf-8"))
    return {
        slug: {
            "models": [[s.strip() for s in item.split("|")] for item in entry.get("models", [])],
            "same": [list(group) for group in entry.get("same", [])],
        }
        for slug, entry in data.items()
    }


def score_topics(graph: KnowledgeGraph, gold: dict[str, dict[str, list[list[str]]]]) -> SplitScore:
    """Compare the MODEL nodes of every gold topic in ``graph`` with the gold lists."""
    topics: list[TopicScore] = []
    unmerged: list[str] = []
    for slug in sorted(gold):
        if graph.topic(slug) is None:
            raise LookupError(f"gold topic {slug!r} is not in the gold corpus")
        accounted: set[str] = set()
        found: list[str] = []
        missed: list[str] = []
        for spellings in gold[slug]["models"]:
            ids = {
                concept.id
                for concept in map(graph.find_concept, spellings)
                if concept is not None
                and concept.kind is ConceptKind.MODEL
                and slug in concept.topic_slugs
            }
            accounted |= ids
            (found if ids else missed).append(spellings[0])
        extra = [
            concept.name
            for concept in graph.topic_concepts(slug, ConceptKind.MODEL)
            if concept.id not in accounted
        ]
        topics.append(TopicScore(slug, tuple(found), tuple(missed), tuple(extra)))
        for group in gold[slug]["same"]:
            nodes = [graph.find_concept(surface) for surface in group]
            if None in nodes or len({node.id for node in nodes if node is not None}) != 1:
                names = [node.name if node else None for node in nodes]
                unmerged.append(f"{slug}: {group} -> {names}")
    return SplitScore("", tuple(topics), tuple(unmerged))


def score_split(split: str) -> SplitScore:
    """Build the graph of one half of the gold set and score it."""
    score = score_topics(load_corpus(GOLD / split).graph, load_gold(split))
    return SplitScore(split, score.topics, score.unmerged)


def report(scores: list[SplitScore]) -> str:
    """The table printed by ``python -m tests.graph.extraction_report``."""
    lines = [
        f"{'split':<8} {'topics':>6} {'gold':>5} {'TP':>4} {'FP':>4} {'FN':>4} "
        f"{'precision':>9} {'recall':>6} {'unmerged':>8}"
    ]
    for s in scores:
        lines.append(
            f"{s.split:<8} {len(s.topics):>6} {s.true_positives + s.false_negatives:>5} "
            f"{s.true_positives:>4} {s.false_positives:>4} {s.false_negatives:>4} "
            f"{s.precision:>9.2f} {s.recall:>6.2f} {len(s.unmerged):>8}"
        )
    for s in scores:
        if s.errors():
            lines.extend(["", f"[{s.split}]", s.errors()])
    return "\n".join(lines)


def main() -> None:
    print(report([score_split(split) for split in SPLITS if (GOLD / split).is_dir()]))


if __name__ == "__main__":
    main()
