"""Precision and recall of model extraction on the gold set in ``tests/graph/gold``.

The gold set has four parts, each a folder of topic documents and a TOML file of the
models a careful reader marks in each document:

* ``heldout``: written before the rules were tuned and never used to tune them;
* ``dev``: used to find and fix rule weaknesses;
* ``fresh``: scored once blind after two rounds of tuning, then used as a third round;
* ``blind``: written after all tuning, on new subjects, and never used to tune.

Later blind sets (``blind2`` ...) are described in the header of their TOML file.

A gold model counts as found when one of its spellings resolves to a MODEL node linked
to that topic. A spelling resolves in its own document first: to the one concept the
topic mentions with that name or alias, as an acronym a document defines its own way
means its own thing there ("CPR", the Civil Procedure Rules here, the Consumer
Protection Regulations there; see ``graph/senses.py``), as "the Act" means the one Act
its document names (``Topic.local_names``, see ``graph/references.py``); otherwise to what
:meth:`KnowledgeGraph.find_concept` finds corpus-wide. Every other MODEL node linked to
the topic is a false positive, unless it is one its author listed as ``grey`` (a
borderline name, marked neither a model nor a name to reject: the field's "don't
care"). Counts are summed over topics (micro averages).

Two more checks come from the same files. An alias group (``same``) is merged when
every surface in it finds one and the same node. A name listed under ``not_models``
(an organisation, a regulator, a brand, a language, a job title, a place ...) is a
violation when it finds a MODEL node linked to that document; finding a CONCEPT node,
or nothing, is fine (an acronym may be a model where another document defines it so).

Run ``python -m tests.graph.extraction_report`` to print the table, followed by the
meaning report's (``tests/graph/meaning_report.py``).
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NotRequired, TypedDict

from graph import Concept, ConceptKind, KnowledgeGraph, Topic, load_corpus

GOLD = Path(__file__).resolve().parent / "gold"
SPLITS = (
    "dev",
    "fresh",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
    "blind46",
    "blind47",
    "blind48",
    "blind49",
    "blind50",
    "blind51",
    "blind52",
    "blind53",
    "blind54",
    "blind55",
    "blind56",
    "blind57",
    "blind58",
    "blind59",
    "blind60",
    "blind61",
    "blind62",
    "blind63",
    "blind64",
    "blind65",
    "blind66",
    "blind67",
    "blind68",
    "blind69",
    "blind70",
    "blind71",
)
# Splits whose errors are never printed, only their totals: reading which names a
# held-out set misses would turn it into a tuning set.
HELD_OUT = frozenset({"blind70", "blind71"})


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
    alias_groups: int = 0  # how many alias groups the gold lists
    not_model_violations: tuple[str, ...] = ()  # not-model names that found a MODEL

    @property
    def merged(self) -> int:
        return self.alias_groups - len(self.unmerged)

    @property
    def merge_rate(self) -> float:
        return self.merged / self.alias_groups if self.alias_groups else 1.0

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
        """The false negatives, false positives and failed merges, one topic a line.

        For a held-out split only a line saying they are withheld.
        """
        if self.split in HELD_OUT:
            return f"({self.split} is held out: its errors are not shown)"
        lines = []
        for topic in self.topics:
            if topic.missed or topic.extra:
                lines.append(
                    f"{topic.slug}: missed {list(topic.missed)}; extra {list(topic.extra)}"
                )
        lines.extend(f"not merged: {group}" for group in self.unmerged)
        lines.extend(f"not a model: {name}" for name in self.not_model_violations)
        return "\n".join(lines)


class GoldTopic(TypedDict):
    """One document's table in a gold TOML file."""

    models: list[list[str]]  # each model as its acceptable spellings
    same: list[list[str]]  # groups of surfaces that must name one node
    not_models: NotRequired[list[str]]  # names that must not find a MODEL node
    # names the author marked as neither: a MODEL node for one is neither right nor wrong
    grey: NotRequired[list[str]]


def load_gold(split: str) -> dict[str, GoldTopic]:
    """The gold tables of one split, by slug (``models`` split at "|")."""
    data = tomllib.loads((GOLD / f"{split}.toml").read_text(encoding="utf-8"))
    return {
        slug: {
            "models": [[s.strip() for s in item.split("|")] for item in entry.get("models", [])],
            "same": [list(group) for group in entry.get("same", [])],
            "not_models": [name.strip() for name in entry.get("not_models", [])],
            "grey": [name.strip() for name in entry.get("grey", [])],
        }
        for slug, entry in data.items()
    }


def _resolver(graph: KnowledgeGraph, topic: Topic) -> Callable[[str], Concept | None]:
    """Finds a spelling's concept as ``topic``'s document means it (see the module
    docstring)."""
    # "the Act": what the document names by kind alone means one thing there
    referred = {reference.casefold(): concept_id for reference, concept_id in topic.local_names}
    spelled: dict[str, list[Concept]] = defaultdict(list)
    for concept in graph.topic_concepts(topic.slug):
        for spelling in {concept.name.casefold(), *(a.casefold() for a in concept.aliases)}:
            spelled[spelling].append(concept)

    def resolve(surface: str) -> Concept | None:
        # "Byelaws" for the text's "the Byelaws": some authors leave the article out
        for reference in (surface.casefold(), f"the {surface.casefold()}"):
            if reference in referred:
                return graph.concept(referred[reference])
        local = spelled.get(surface.casefold(), [])
        return local[0] if len(local) == 1 else graph.find_concept(surface)

    return resolve


def score_topics(graph: KnowledgeGraph, gold: dict[str, GoldTopic]) -> SplitScore:
    """Compare the MODEL nodes of every gold topic in ``graph`` with the gold lists."""
    topics: list[TopicScore] = []
    unmerged: list[str] = []
    alias_groups = 0
    violations: list[str] = []
    for slug in sorted(gold):
        topic = graph.topic(slug)
        if topic is None:
            raise LookupError(f"gold topic {slug!r} is not in the gold corpus")
        find = _resolver(graph, topic)
        accounted: set[str] = set()
        found: list[str] = []
        missed: list[str] = []
        for spellings in gold[slug]["models"]:
            ids = {
                concept.id
                for concept in map(find, spellings)
                if concept is not None
                and concept.kind is ConceptKind.MODEL
                and slug in concept.topic_slugs
            }
            accounted |= ids
            (found if ids else missed).append(spellings[0])
        grey = {
            concept.id for concept in map(find, gold[slug].get("grey", [])) if concept is not None
        }
        extra = [
            concept.name
            for concept in graph.topic_concepts(slug, ConceptKind.MODEL)
            if concept.id not in accounted | grey
        ]
        topics.append(TopicScore(slug, tuple(found), tuple(missed), tuple(extra)))
        for group in gold[slug]["same"]:
            alias_groups += 1
            nodes = [find(surface) for surface in group]
            if None in nodes or len({node.id for node in nodes if node is not None}) != 1:
                names = [node.name if node else None for node in nodes]
                unmerged.append(f"{slug}: {group} -> {names}")
        for name in gold[slug].get("not_models", []):
            node = find(name)
            # in this document: "ASA" may be a model where another document defines it
            if node is not None and node.kind is ConceptKind.MODEL and slug in node.topic_slugs:
                violations.append(f"{slug}: {name!r} is the MODEL {node.name!r}")
    return SplitScore("", tuple(topics), tuple(unmerged), alias_groups, tuple(violations))


def score_split(split: str) -> SplitScore:
    """Build the graph of one half of the gold set and score it."""
    score = score_topics(load_corpus(GOLD / split).graph, load_gold(split))
    return SplitScore(
        split, score.topics, score.unmerged, score.alias_groups, score.not_model_violations
    )


def report(scores: list[SplitScore]) -> str:
    """The table printed by ``python -m tests.graph.extraction_report``."""
    lines = [
        f"{'split':<8} {'topics':>6} {'gold':>5} {'TP':>4} {'FP':>4} {'FN':>4} "
        f"{'precision':>9} {'recall':>6} {'merges':>15} {'not-models':>10}"
    ]
    for s in scores:
        merges = f"{s.merged}/{s.alias_groups} ({s.merge_rate:.0%})"
        lines.append(
            f"{s.split:<8} {len(s.topics):>6} {s.true_positives + s.false_negatives:>5} "
            f"{s.true_positives:>4} {s.false_positives:>4} {s.false_negatives:>4} "
            f"{s.precision:>9.2f} {s.recall:>6.2f} {merges:>15} {len(s.not_model_violations):>10}"
        )
    for s in scores:
        if s.errors():
            lines.extend(["", f"[{s.split}]", s.errors()])
    return "\n".join(lines)


def main() -> None:
    from tests.graph import meaning_report  # the two reports are read side by side

    print(report([score_split(split) for split in SPLITS if (GOLD / split).is_dir()]))
    print("\nAssessment and overlap by meaning (python -m tests.graph.meaning_report):\n")
    meaning_report.main()


if __name__ == "__main__":
    main()
