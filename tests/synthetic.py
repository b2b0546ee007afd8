"""A generated corpus: any number of valid topic documents in the seed format.

Tests and benchmarks need corpora far larger than the five seeds. The generator draws
each topic from one main area of study (and often a second one), so that topics
overlap the way real programmes do: concepts cluster into themes, some concepts
bridge areas, and marking points do not always assess what a topic teaches. The
same ``seed`` always writes the same bytes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

__all__ = ["AREAS", "Area", "generate_documents", "write_corpus"]


@dataclass(frozen=True, slots=True)
class Area:
    """An area of study: the concepts a topic in it teaches and the models it uses."""

    name: str
    concepts: tuple[str, ...]
    models: tuple[str, ...]  # names the bundled vocabulary knows as models


AREAS: tuple[Area, ...] = (
    Area(
        "service quality",
        (
            "Service Quality",
            "Customer Expectations",
            "Service Standards",
            "Perceived Value",
            "Service Consistency",
            "Reliability and Responsiveness",
            "Service Delivery",
            "Internal Service Quality",
        ),
        ("SERVQUAL", "RATER", "Gaps Model", "Kano Model", "Zone of Tolerance"),
    ),
    Area(
        "complaint handling",
        (
            "Complaint Handling",
            "Service Recovery",
            "Customer Retention",
            "Conflict Resolution",
            "Active Listening",
            "Escalation Procedures",
            "Empathy in Service",
        ),
        ("LATER", "HEARD", "Service Recovery Paradox", "Root Cause Analysis"),
    ),
    Area(
        "performance measurement",
        (
            "Performance Measurement",
            "Customer Feedback",
            "Benchmarking",
            "Data Analysis",
            "Service Metrics",
            "Target Setting",
        ),
        (
            "Net Promoter Score (NPS)",
            "Customer Satisfaction Score",
            "Customer Effort Score",
            "Key Performance Indicator",
            "Balanced Scorecard",
            "Mystery Shopping",
        ),
    ),
    Area(
        "continuous improvement",
        (
            "Continuous Improvement",
            "Process Improvement",
            "Quality Assurance",
            "Waste Reduction",
            "Change Management",
            "Standard Operating Procedures",
        ),
        ("PDCA", "Six Sigma", "Kaizen", "Total Quality Management", "Fishbone Diagram"),
    ),
    Area(
        "customer journey",
        (
            "Customer Journey",
            "Touchpoint",
            "Omnichannel Service",
            "Customer Experience",
            "Digital Channels",
            "Self-Service",
        ),
        ("Customer Journey Mapping", "Service Blueprinting", "Moments of Truth", "AIDA"),
    ),
    Area(
        "people and teams",
        (
            "Staff Empowerment",
            "Team Leadership",
            "Employee Engagement",
            "Staff Training",
            "Motivation",
            "Coaching",
            "Organisational Culture",
        ),
        (
            "Maslow's Hierarchy of Needs",
            "Herzberg's Two-Factor Theory",
            "Tuckman's Stages of Team Development",
            "GROW Model",
            "Service-Profit Chain",
        ),
    ),
    Area(
        "strategy and planning",
        (
            "Strategic Planning",
            "Competitive Advantage",
            "Stakeholder Engagement",
            "Resource Allocation",
            "Organisational Objectives",
            "Market Positioning",
        ),
        ("SWOT", "PESTLE", "Porter's Five Forces", "Ansoff Matrix", "SMART"),
    ),
    Area(
        "legislation and data",
        (
            "Data Protection",
            "Consumer Rights",
            "Equality and Diversity",
            "Information Security",
            "Ethical Practice",
        ),
        (
            "General Data Protection Regulation",
            "Consumer Rights Act",
            "Equality Act",
            "Data Protection Act",
        ),
    ),
)

# Each topic also teaches one concept specific to a sector ("Hospitality Service
# Recovery"), which gives large corpora the long tail of rare concepts real ones have.
_SECTORS = (
    "Retail",
    "Hospitality",
    "Healthcare",
    "Banking",
    "Telecoms",
    "Travel",
    "Utilities",
    "Public Sector",
    "Charity",
    "Education",
    "Logistics",
    "Leisure",
)

_OPENINGS = (
    "This topic explores",
    "This unit examines",
    "This element introduces",
    "This subtopic develops",
)
_PURPOSES = (
    "and equips learners to apply them in real organisations.",
    "with a focus on practical application and evaluation.",
    "so that learners can diagnose problems and recommend improvements.",
    "and how they contribute to long-term customer loyalty.",
)
_DESCRIPTIONS = (
    "understanding how {other} shapes the way an organisation meets customer needs.",
    "applying practical methods, including {model}, to improve outcomes for customers.",
    "the principles and practices that link {other} to organisational goals.",
    "evaluating evidence from customers and staff to decide how to act.",
)
_TIPS = (
    "Use {model} to structure your analysis of {concept}.",
    "Support answers on {concept} with a current example from a service sector.",
    "Link {concept} to {other} to show critical understanding.",
    "Recommend {model} only where it fits the organisation in the question.",
    "Plan your answer before writing and keep to the time available.",
)
_MISCONCEPTIONS = (
    "Confusing {concept} with {other}.",
    "Assuming {model} applies in the same way to every organisation.",
    "Treating {concept} as a one-off task rather than an ongoing process.",
    "Describing theory without applying it to the scenario given.",
)
_MARKING_POINTS = (
    "Award credit for applying {concept} to the organisation in the scenario.",
    "Look for accurate use of {model} when evaluating {concept}.",
    "Expect a justified link between {concept} and {other}.",
    "Credit answers that use {model} to support recommendations.",
    "Reward a clear structure and a well-argued conclusion.",
    "Require evidence of evaluation rather than description alone.",
)


def _topic_text(rng: random.Random, index: int) -> str:
    main = AREAS[index % len(AREAS)] if index < len(AREAS) else rng.choice(AREAS)
    areas = [main]
    if rng.random() < 0.6:
        areas.append(rng.choice([area for area in AREAS if area is not main]))
    concept_pool = [c for area in areas for c in area.concepts]
    model_pool = [m for area in areas for m in area.models]
    key_concepts = rng.sample(main.concepts, 3) + rng.sample(
        [c for c in concept_pool if c not in main.concepts] or list(main.concepts), 2
    )
    key_concepts = list(dict.fromkeys(key_concepts))
    key_concepts.append(f"{rng.choice(_SECTORS)} {rng.choice(main.concepts)}")

    def fill(template: str) -> str:
        concept = rng.choice(key_concepts if rng.random() < 0.7 else concept_pool)
        other = rng.choice([c for c in concept_pool if c != concept])
        model = rng.choice(model_pool)
        return template.format(concept=concept.lower(), other=other.lower(), model=model)

    area_names = " and ".join(area.name for area in areas)
    synopsis = (
        f"{rng.choice(_OPENINGS)} {area_names} in customer service, covering "
        f"{key_concepts[0].lower()} and {key_concepts[1].lower()}, {rng.choice(_PURPOSES)}"
    )
    lines = [synopsis[:150], "Topic Synopsis", synopsis, "Key Concepts & Core Principles"]
    for name in key_concepts:
        description = rng.choice(_DESCRIPTIONS).format(
            other=rng.choice(concept_pool).lower(), model=rng.choice(model_pool)
        )
        lines.append(f"- {name}: {description[0].upper()}{description[1:]}")
    sections = (
        ("Exam Tips & Revision Strategies", _TIPS),
        ("Common Misconceptions & Mistakes to Avoid", _MISCONCEPTIONS),
        ("Examiner Marking Points", _MARKING_POINTS),
    )
    for heading, templates in sections:
        lines.append(heading)
        lines.extend(f"- {fill(rng.choice(templates))}" for _ in range(rng.randint(3, 6)))
    return "\n".join(lines) + "\n"


def generate_documents(count: int, seed: int = 4) -> dict[str, str]:
    """``count`` topic documents as ``{file name: text}``, the same for the same seed.

    Every document follows the seed format and parses without problems. The first
    topics cover each area once, so even a small corpus reaches every area.
    """
    rng = random.Random(seed)
    return {
        f"{index:04d}_{rng.getrandbits(32):08x}.txt": _topic_text(rng, index)
        for index in range(count)
    }


def write_corpus(folder: Path, count: int, seed: int = 4) -> Path:
    """Write ``generate_documents(count, seed)`` into ``folder`` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate_documents(count, seed).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
