"""GraphQL enums mirroring the domain's, matched by member name."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import strawberry

from graph import analysis, model, problems

__all__ = [
    "ConceptKind",
    "ConceptKindFilter",
    "ConceptOrder",
    "PassageKind",
    "ProblemSeverity",
    "StatementKind",
]


@strawberry.enum(description="What a concept node stands for.")
class ConceptKind(Enum):
    CONCEPT = strawberry.enum_value(
        "CONCEPT", description="A named idea: a key concept, or a term the documents quote."
    )
    MODEL = strawberry.enum_value(
        "MODEL", description="A named model, framework, method, metric or regulation."
    )

    @classmethod
    def of(cls, kind: model.ConceptKind) -> ConceptKind:
        return cls[kind.name]

    def to_domain(self) -> model.ConceptKind:
        return model.ConceptKind[self.name]


@strawberry.enum(description="Which section of a topic document a statement comes from.")
class StatementKind(Enum):
    EXAM_TIP = strawberry.enum_value("EXAM_TIP", description="Exam Tips & Revision Strategies.")
    MISCONCEPTION = strawberry.enum_value(
        "MISCONCEPTION", description="Common Misconceptions & Mistakes to Avoid."
    )
    MARKING_POINT = strawberry.enum_value("MARKING_POINT", description="Examiner Marking Points.")

    @classmethod
    def of(cls, kind: model.StatementKind) -> StatementKind:
        return cls[kind.name]


@strawberry.enum(description="Which part of a topic document a passage is.")
class PassageKind(Enum):
    SYNOPSIS = strawberry.enum_value("SYNOPSIS", description="The Topic Synopsis.")
    KEY_CONCEPT = strawberry.enum_value(
        "KEY_CONCEPT", description="A key concept's description (Key Concepts & Core Principles)."
    )
    EXAM_TIP = strawberry.enum_value("EXAM_TIP", description="Exam Tips & Revision Strategies.")
    MISCONCEPTION = strawberry.enum_value(
        "MISCONCEPTION", description="Common Misconceptions & Mistakes to Avoid."
    )
    MARKING_POINT = strawberry.enum_value("MARKING_POINT", description="Examiner Marking Points.")

    @classmethod
    def of(cls, kind: model.PassageKind) -> PassageKind:
        return cls[kind.name]


@strawberry.enum(
    description="How to order `concepts`: by name A to Z, or by a measure, highest first "
    "(ties by name)."
)
class ConceptOrder(Enum):
    NAME = strawberry.enum_value("NAME", description="By name, A to Z.")
    DEGREE = strawberry.enum_value(
        "DEGREE", description="Most co-occurring concepts first (`Centrality.degree`)."
    )
    BETWEENNESS = strawberry.enum_value(
        "BETWEENNESS",
        description="Most often on the shortest paths between other concepts first "
        "(`Centrality.betweenness`).",
    )
    PAGERANK = strawberry.enum_value(
        "PAGERANK", description="Highest strength-weighted PageRank first (`Centrality.pagerank`)."
    )
    TOPIC_COUNT = strawberry.enum_value(
        "TOPIC_COUNT", description="Mentioned by the most topics first."
    )

    def to_domain(self) -> analysis.ConceptOrder:
        return analysis.ConceptOrder[self.name]


# The optional `kind` argument of every list of concepts.
ConceptKindFilter = Annotated[
    ConceptKind | None,
    strawberry.argument(description="Only concepts of this kind; all kinds when null."),
]


@strawberry.enum(description="Whether a problem kept its document out of the graph.")
class ProblemSeverity(Enum):
    ERROR = strawberry.enum_value(
        "ERROR", description="The document breaks the format and is left out of the graph."
    )
    WARNING = strawberry.enum_value(
        "WARNING",
        description="The document is served; the message says what was left out of it or "
        "guessed (an unknown section, a legacy encoding, an empty part), or a file in the "
        "folder was not read.",
    )

    @classmethod
    def of(cls, severity: problems.Severity) -> ProblemSeverity:
        return cls[severity.name]
