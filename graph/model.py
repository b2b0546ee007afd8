"""The values the knowledge graph is made of: topics, concepts, statements and links.

All are frozen; the graph is built once per corpus version and only read afterwards.
Identifiers are plain strings, stable for as long as the corpus says the same thing:
a topic's id is its slug, a concept's id is derived from its canonical name, and a
statement's id is ``<slug>/<kind>/<position>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = [
    "CoOccurrence",
    "Concept",
    "ConceptKind",
    "Statement",
    "StatementKind",
    "Topic",
]


class ConceptKind(Enum):
    """What a concept node stands for."""

    CONCEPT = "concept"  # a named idea: a key concept, or a term the documents quote
    MODEL = "model"  # a named model, framework, method, metric or regulation


class StatementKind(Enum):
    """Which section a statement comes from."""

    EXAM_TIP = "exam-tip"
    MISCONCEPTION = "misconception"
    MARKING_POINT = "marking-point"


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic document."""

    slug: str
    title: str
    synopsis: str
    source: str
    key_concept_ids: tuple[str, ...]  # the Key Concepts section, in document order
    concept_ids: tuple[str, ...]  # every concept the topic mentions, by name
    exam_tip_ids: tuple[str, ...]
    misconception_ids: tuple[str, ...]
    marking_point_ids: tuple[str, ...]

    @property
    def statement_ids(self) -> tuple[str, ...]:
        return self.exam_tip_ids + self.misconception_ids + self.marking_point_ids


@dataclass(frozen=True, slots=True)
class Concept:
    """One real thing across all topics, with every surface form it was written as."""

    id: str
    name: str
    kind: ConceptKind
    aliases: tuple[str, ...]  # other spellings seen or declared, never the name itself
    description: str | None
    topic_slugs: tuple[str, ...]  # every topic that mentions it, in slug order
    key_topic_slugs: tuple[str, ...]  # topics where it is a key concept
    statement_ids: tuple[str, ...]  # statements that mention it, in corpus order


@dataclass(frozen=True, slots=True)
class Statement:
    """An exam tip, misconception or marking point."""

    id: str
    kind: StatementKind
    text: str
    topic_slug: str
    position: int  # 1-based, within its section
    line: int
    concept_ids: tuple[str, ...]  # in order of first mention


@dataclass(frozen=True, slots=True)
class CoOccurrence:
    """The link between two concepts that occur in the same topics.

    ``weight`` is the number of shared topics (which they are,
    :meth:`KnowledgeGraph.shared_topics` finds when asked: a large corpus has tens of
    millions). ``strength`` is the Jaccard index of the contexts each concept occurs
    in; see :func:`graph.build.build_graph`.
    """

    source: str
    target: str
    weight: int
    evidence: tuple[str, ...]  # ids of statements that mention both
    strength: float

    def other(self, concept_id: str) -> str:
        """The concept at the other end from ``concept_id``."""
        return self.target if concept_id == self.source else self.source
