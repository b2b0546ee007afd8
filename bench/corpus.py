"""A generated corpus of any size in the seed format: ``python -m bench.corpus``.

``python -m bench.corpus --topics N --out DIR [--seed S]`` writes ``N`` topic documents
into ``DIR``. The same seed always writes the same bytes.

The vocabulary is made, not copied: a seeded random generator combines a few dozen
subject words and invented syllables into

* a few thousand **concepts** ("supplier escalation mapping"), ranked so that how
  often a topic uses one falls off as a power of its rank (Zipf, exponent
  :data:`ZIPF_EXPONENT`): a few concepts appear in most topics, most in a handful;
* a few hundred **models**: acronyms written "Expansion (ACR)" on first use in a topic
  and "ACR" after it ("Dravelin Loyalty Index (DLI)"), and named frameworks ("the
  Tormane Matrix", "the Escalation Capability Framework"), also Zipf-ranked.

Concepts and models belong to areas of study; a topic draws mostly from one main
area, partly from a second and a little from everywhere, so concepts cluster into
themes and some bridge them, as in a real programme of study.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.extraction import concept_key, find_long_form, is_acronym
from graph.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "DEFAULT_SEED",
    "ZIPF_EXPONENT",
    "Model",
    "Programme",
    "generate_documents",
    "make_programme",
    "write_corpus",
]

DEFAULT_SEED = 6
ZIPF_EXPONENT = 1.0
CONCEPTS = 3000
MODELS = 300
AREAS = 24

# Subject words: combined two or three at a time into concept names. None of them opens
# an exam-tip sentence ("Review", "Plan"), which the extraction rules would drop.
_SUBJECTS = """customer service staff digital complaint quality team brand stakeholder
process performance data channel feedback loyalty value risk change knowledge contact
frontline supplier community partner product policy budget training workforce demand
queue retail patient passenger member donor tenant citizen client account sales
marketing operational financial ethical cultural emotional omnichannel""".split()
_ACTIVITIES = """management planning engagement recovery retention analysis journey
standards culture expectations communication mapping segmentation governance
empowerment resilience measurement design strategy capability ownership alignment
motivation escalation handling satisfaction advocacy insight forecasting scheduling
accessibility continuity compliance coaching onboarding benchmarking monitoring
prioritisation reporting integration consistency responsiveness trust experience
feedback wellbeing innovation""".split()
_HEADS = "Model Framework Matrix Cycle Theory Grid Pyramid Canvas Wheel Funnel".split()
_METRIC_HEADS = "Index Score Rate Model Framework Method Scale".split()
_ONSETS = "b br c cl d dr f g gr h k l m n p pr r s st t tr v w z".split()
_VOWELS = "a e i o u ai ea io".split()
_CODAS = ["", "n", "r", "l", "x", "m", "nd", "st", "rn", "ll"]

_OPENINGS = (
    "This element explores",
    "This unit examines",
    "This topic introduces",
    "This subtopic develops",
)
_PURPOSES = (
    "and equips learners to apply them in real organisations.",
    "with a focus on practical application and evaluation.",
    "so that learners can diagnose problems and recommend improvements.",
    "and how they contribute to long-term customer loyalty.",
)
_SYNOPSIS_TAILS = (
    " It also considers how {c} supports {o}, drawing on the {m}.",
    " Learners compare {c} with {o} and judge when the {m} helps.",
    " Attention is given to {c} and {o} across different sectors.",
)
_DESCRIPTIONS = (
    "How {o} shapes the way an organisation meets customer needs, drawing on the {m}.",
    "Applying the {m} to improve {o} and measure the results.",
    "The principles that link {o} to organisational goals.",
    "Evaluating evidence about {o} from customers and staff before deciding how to act.",
)
_TIPS = (
    "Use the {m} to structure your analysis of {c}.",
    "Support answers on {c} with a current example from a service sector.",
    "Plan your answer on {c} before writing and keep to the time available.",
    "Link {c} to {o} to show critical understanding.",
    "Recommend the {m} only where it fits the organisation in the question.",
    "Compare {c} with {o} and explain which matters more in the scenario.",
)
_MISCONCEPTIONS = (
    "Confusing {c} with {o}.",
    "Assuming the {m} applies in the same way to every organisation.",
    "Treating {c} as a one-off task rather than an ongoing process.",
    "Ignoring the effect of {o} on {c}.",
    "Describing {c} without applying it to the scenario given.",
)
_MARKING_POINTS = (
    "Award credit for applying {c} to the organisation in the scenario.",
    "Look for accurate use of the {m} when evaluating {c}.",
    "Expect a justified link between {c} and {o}.",
    "Credit answers that use the {m} to support recommendations on {c}.",
    "Require evidence of evaluation of {c} rather than description alone.",
)


@dataclass(frozen=True, slots=True)
class Model:
    """A generated model: its name, and its acronym when it has one."""

    name: str
    acronym: str | None = None

    @property
    def defined(self) -> str:
        """How the model is written on first use in a topic: "Name (ACR)" or "Name"."""
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def short(self) -> str:
        """How the model is written after its first use in a topic."""
        return self.acronym or self.name


@dataclass(frozen=True, slots=True)
class _Area:
    concepts: tuple[int, ...]  # indexes into Programme.concepts, most used first
    concept_weights: tuple[float, ...]  # cumulative Zipf weights
    models: tuple[int, ...]
    model_weights: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Programme:
    """The generated vocabulary: concepts and models most used first, and the areas."""

    concepts: tuple[str, ...]
    models: tuple[Model, ...]
    areas: tuple[_Area, ...]


def _cumulative_zipf(count: int) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, count + 1)))


def _draw(rng: random.Random, items: Sequence[int], cumulative: Sequence[float]) -> int:
    return items[bisect.bisect(cumulative, rng.random() * cumulative[-1])]


def _invented_word(rng: random.Random) -> str:
    syllables = rng.choice((2, 2, 3))
    word = "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + (rng.choice(_CODAS) if last else "")
        for last in (index == syllables - 1 for index in range(syllables))
    )
    return word.capitalize()


def _concept_names(rng: random.Random, count: int) -> list[str]:
    names: dict[str, str] = {}  # key -> name, so that two spellings never collide
    while len(names) < count:
        words = [rng.choice(_SUBJECTS)]
        if rng.random() < 0.45:
            words.append(rng.choice(_SUBJECTS))
        words.append(rng.choice(_ACTIVITIES))
        if len(set(words)) < len(words):
            continue
        name = " ".join(words)
        names.setdefault(concept_key(name), name)
    return list(names.values())


def _model_names(rng: random.Random, count: int, taken: set[str]) -> list[Model]:
    vocabulary = load_vocabulary()
    reserved = {concept_key(e.name) for e in vocabulary.entries}
    reserved |= {concept_key(a) for e in vocabulary.entries for a in e.aliases}
    models: list[Model] = []
    while len(models) < count:
        eponym = _invented_word(rng)
        subject = rng.choice(_SUBJECTS + _ACTIVITIES).capitalize()
        if rng.random() < 0.5:
            name = f"{eponym} {subject} {rng.choice(_METRIC_HEADS)}"
            acronym: str | None = "".join(word[0] for word in name.split()).upper()
        else:
            shape = rng.randrange(3)
            head = rng.choice(_HEADS)
            if shape == 0:
                name = f"{eponym} {head}"
            elif shape == 1:
                name = f"{eponym} {subject} {head}"
            else:
                second = rng.choice(_ACTIVITIES).capitalize()
                name = f"{subject} {second} {head}"
            acronym = None
        keys = {concept_key(name), concept_key(acronym or name)}
        if (
            keys & (taken | reserved)
            or (acronym and not _defines(acronym, name, vocabulary))
            or eponym.casefold() in _SUBJECTS
        ):
            continue
        taken |= keys
        models.append(Model(name, acronym))
    return models


def _defines(acronym: str, expansion: str, vocabulary: Vocabulary) -> bool:
    """True when the extraction rules read "expansion (acronym)" as one definition."""
    return (
        is_acronym(acronym)
        and not vocabulary.is_not_model(acronym)
        and find_long_form(acronym, expansion) == expansion
    )


def make_programme(seed: int = DEFAULT_SEED) -> Programme:
    """The vocabulary of :data:`CONCEPTS` concepts and :data:`MODELS` models for ``seed``."""
    rng = random.Random(seed)
    concepts = _concept_names(rng, CONCEPTS)
    models = _model_names(rng, MODELS, {concept_key(c) for c in concepts})
    areas = []
    for area in range(AREAS):
        # every area gets concepts from the head and the tail of the global ranking
        concept_ids = tuple(range(area, len(concepts), AREAS))
        model_ids = tuple(range(area, len(models), AREAS))
        areas.append(
            _Area(
                concept_ids,
                _cumulative_zipf(len(concept_ids)),
                model_ids,
                _cumulative_zipf(len(model_ids)),
            )
        )
    return Programme(tuple(concepts), tuple(models), tuple(areas))


class _TopicWriter:
    """Draws the concepts and models of one topic and writes its document."""

    def __init__(self, programme: Programme, rng: random.Random) -> None:
        self._programme = programme
        self._rng = rng
        self._global_concepts = tuple(range(len(programme.concepts)))
        self._global_concept_weights = _cumulative_zipf(len(programme.concepts))
        self._global_models = tuple(range(len(programme.models)))
        self._global_model_weights = _cumulative_zipf(len(programme.models))

    def _area_for_draw(self, main: _Area, second: _Area) -> _Area | None:
        roll = self._rng.random()
        return main if roll < 0.7 else second if roll < 0.9 else None

    def concept(self, main: _Area, second: _Area) -> str:
        area = self._area_for_draw(main, second)
        if area is None:
            index = _draw(self._rng, self._global_concepts, self._global_concept_weights)
        else:
            index = _draw(self._rng, area.concepts, area.concept_weights)
        return self._programme.concepts[index]

    def model(self, main: _Area, second: _Area) -> Model:
        area = self._area_for_draw(main, second)
        if area is None:
            index = _draw(self._rng, self._global_models, self._global_model_weights)
        else:
            index = _draw(self._rng, area.models, area.model_weights)
        return self._programme.models[index]

    def document(self, index: int) -> str:
        rng = self._rng
        areas = self._programme.areas
        main = areas[index % len(areas)] if index < len(areas) else rng.choice(areas)
        second = rng.choice(areas)
        introduced: set[str] = set()

        def model() -> str:
            chosen = self.model(main, second)
            if chosen.name in introduced:
                return chosen.short
            introduced.add(chosen.name)
            return chosen.defined

        def fill(template: str) -> str:
            concept = self.concept(main, second)
            other = self.concept(main, second)
            while other == concept:
                other = self.concept(main, second)
            fields = {"c": concept, "o": other}
            if "{m}" in template:
                fields["m"] = model()
            return template.format(**fields)

        drawn = (self.concept(main, main) for _ in range(rng.randint(4, 5)))
        key_concepts = list(dict.fromkeys(drawn))
        synopsis = (
            f"{rng.choice(_OPENINGS)} {key_concepts[0]} and "
            f"{key_concepts[min(1, len(key_concepts) - 1)]} in customer service, "
            f"{rng.choice(_PURPOSES)}{fill(rng.choice(_SYNOPSIS_TAILS))}"
        )
        lines = [synopsis[:150].rstrip(), "Topic Synopsis", synopsis]
        lines.append("Key Concepts & Core Principles")
        lines.extend(
            f"- {name.title()}: {fill(rng.choice(_DESCRIPTIONS))}" for name in key_concepts
        )
        sections = (
            ("Exam Tips & Revision Strategies", _TIPS),
            ("Common Misconceptions & Mistakes to Avoid", _MISCONCEPTIONS),
            ("Examiner Marking Points", _MARKING_POINTS),
        )
        for heading, templates in sections:
            lines.append(heading)
            lines.extend(f"- {fill(rng.choice(templates))}" for _ in range(rng.randint(3, 5)))
        return "\n".join(lines) + "\n"


def generate_documents(topics: int, seed: int = DEFAULT_SEED) -> dict[str, str]:
    """``topics`` documents as ``{file name: text}``; the same for the same seed.

    Every document follows the seed format and parses without problems. The first
    topics cover each area once, so even a small corpus reaches every area.
    """
    programme = make_programme(seed)
    rng = random.Random(seed + 1)
    writer = _TopicWriter(programme, rng)
    width = max(3, len(str(topics - 1)))
    return {
        f"{index:0{width}d}_{rng.getrandbits(64):016x}.txt": writer.document(index)
        for index in range(topics)
    }


def write_corpus(folder: Path, topics: int, seed: int = DEFAULT_SEED) -> Path:
    """Write ``generate_documents(topics, seed)`` into ``folder`` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate_documents(topics, seed).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.corpus", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--topics", type=int, required=True, help="how many topic documents")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    args = parser.parse_args(argv)
    if args.topics < 1:
        parser.error("--topics must be positive")
    write_corpus(args.out, args.topics, args.seed)
    print(f"wrote {args.topics} topics to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
