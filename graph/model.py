"""The values the knowledge graph is made of: topics, concepts, statements and links.

All are frozen; the graph is built once per corpus version and only read afterwards.
Identifiers are plain strings, stable for as long as the corpus says the same thing:
a topic's id is its slug, a concept's id is derived from its canonical name, a
statement's id is ``<slug>/<kind>/<position>``, and a passage's id is its statement's,
``<slug>/synopsis`` or ``<slug>/key-concept/<position>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = [
    "CoOccurrence",
    "Concept",
    "ConceptKind",
    "Passage",
    "PassageKind",
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


class PassageKind(Enum):
    """Which part of a topic document a passage is."""

    SYNOPSIS = "synopsis"
    KEY_CONCEPT = "key-concept"  # a key concept's description
    EXAM_TIP = "exam-tip"
    MISCONCEPTION = "misconception"
    MARKING_POINT = "marking-point"

    @classmethod
    def of(cls, kind: StatementKind) -> PassageKind:
        """The passage kind of a statement of ``kind``."""
        return cls(kind.value)


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
    # what the document means by a law or code it names by kind alone ("the Act"):
    # (the reference, the concept's id), by reference
    local_names: tuple[tuple[str, str], ...] = ()

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
    passage_ids: tuple[str, ...] = ()  # passages that name it, in corpus order


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage of prose whose mentions count: a synopsis, a description, a statement.

    ``concept_ids`` are the concepts it names, in order of first mention; a key
    concept's description names its ``subject_id`` first.
    """

    id: str
    kind: PassageKind
    topic_slug: str
    text: str
    concept_ids: tuple[str, ...]
    subject_id: str | None = None  # the key concept a description describes
    position: int = 1  # 1-based within its section (a synopsis is 1)
    heading: str | None = None  # a key concept's name, as the document writes it


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
    in; see :func:`graph.build.build_graph`. ``co_mentions`` counts the passages that
    name both (:meth:`KnowledgeGraph.shared_passages` lists them), the evidence that
    ranks a link above one that rests on shared topics alone.
    """

    source: str
    target: str
    weight: int
    evidence: tuple[str, ...]  # ids of statements that mention both
    strength: float
    co_mentions: int = 0

    def other(self, concept_id: str) -> str:
        """The concept at the other end from ``concept_id``."""
        return self.target if concept_id == self.source else self.source
