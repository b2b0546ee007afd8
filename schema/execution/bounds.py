"""How long each list of the schema can be in one corpus: the sizes the cost analysis uses.

A list with a ``first``, ``last`` or ``limit`` argument is sized by it (see
``cost.py``); every other list is as long as the corpus lets it be, and that is
what :func:`corpus_bounds` measures, once per snapshot: the most topics a concept
is mentioned in, the most concepts a topic mentions, the largest theme, and so on.
A list this table does not know is taken at the number of its items' type in the
whole corpus (every topic, every concept ...), which is never too low.

The numbers are maxima over the corpus, not averages: the cost of a query is the
most it can hold, whichever concept or topic its variables name.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from graph import Snapshot

__all__ = ["CorpusBounds", "corpus_bounds"]

# A list's most items: a number, or a function of the field's (coerced) arguments.
Bound = int | Callable[[Mapping[str, Any]], int]

_DEFAULT_HOPS = 1  # what `neighbors(depth: null)` walks


@dataclass(frozen=True, slots=True)
class CorpusBounds:
    """The most items each list can hold in one corpus."""

    lists: Mapping[tuple[str, str], Bound]
    """By (object type, field), for the lists whose length the corpus decides."""
    totals: Mapping[str, int]
    """By item type: how many the corpus holds in all (the bound of an unknown list)."""

    def of(self, parent: str, name: str, item_type: str, arguments: Mapping[str, Any]) -> int:
        """The most items the list ``parent.name`` can hold, given its arguments."""
        bound = self.lists.get((parent, name))
        if bound is None:
            return self.totals.get(item_type, max(self.totals.values(), default=0))
        return bound(arguments) if callable(bound) else bound


_cache: weakref.WeakKeyDictionary[Snapshot, CorpusBounds] = weakref.WeakKeyDictionary()


def corpus_bounds(snapshot: Snapshot) -> CorpusBounds:
    """The bounds of ``snapshot``, measured on first use and kept while it is served."""
    found = _cache.get(snapshot)
    if found is None:
        found = _cache[snapshot] = _measure(snapshot)
    return found


def _longest(lengths: Any) -> int:
    return max(lengths, default=0)


def _pairs(count: int) -> int:
    return count * (count - 1) // 2


def _measure(snapshot: Snapshot) -> CorpusBounds:
    graph, analysis = snapshot.graph, snapshot.analysis
    topics, concepts = graph.topics, graph.concepts
    topic_count, concept_count = len(topics), len(concepts)
    key_concepts = _longest(len(t.key_concept_ids) for t in topics)
    topic_concepts = _longest(len(t.concept_ids) for t in topics)
    per_kind = _longest(
        len(ids)
        for t in topics
        for ids in (t.exam_tip_ids, t.misconception_ids, t.marking_point_ids)
    )
    marking_points = _longest(len(t.marking_point_ids) for t in topics)
    concept_topics = _longest(len(c.topic_slugs) for c in concepts)
    key_topics = _longest(len(c.key_topic_slugs) for c in concepts)
    concept_statements = _longest(len(c.statement_ids) for c in concepts)
    assessed_by = _longest(len(ids) for ids in analysis.assessed_by.values())
    statement_concepts = _longest(len(s.concept_ids) for s in graph.statements)
    assesses = _longest(len(found) for found in analysis.assessments.values())
    passage_concepts = _longest(len(p.concept_ids) for p in graph.passages)
    link_weight = _longest(link.weight for link in graph.links)
    link_evidence = _longest(len(link.evidence) for link in graph.links)
    link_passages = _longest(link.co_mentions for link in graph.links)
    degree = _longest(len(graph.links_of(c.id)) for c in concepts)
    theme_size = _longest(theme.size for theme in analysis.themes)
    shared_concepts = _longest(
        len(found.shared_concept_ids)
        for similar in analysis.similar_topics.values()
        for found in similar
    )
    themes = len(analysis.themes)
    hops = _hops_bound(snapshot)

    def reach(arguments: Mapping[str, Any]) -> int:
        depth = arguments.get("depth")
        depth = _DEFAULT_HOPS if depth is None else max(0, int(depth))
        found, frontier = 0, 1
        for _ in range(min(depth, hops)):
            frontier *= degree  # every hop multiplies by the largest degree at most
            found += frontier
            if found >= concept_count:
                break
        return min(found, max(concept_count - 1, 0))

    def overlap_pairs(arguments: Mapping[str, Any]) -> int:
        chosen = arguments.get("topics")
        return _pairs(topic_count if chosen is None else len(set(chosen)))

    lists: dict[tuple[str, str], Bound] = {
        ("Query", "corpusProblems"): len(graph.problems),
        ("Query", "topics"): topic_count,
        ("Query", "themes"): themes,
        ("Query", "overlapMatrix"): overlap_pairs,
        # concept, topic, concept ...: one more concept and topic per hop
        ("Query", "path"): 2 * hops + 1,
        ("ConceptConnection", "edges"): concept_count,
        ("LinkConnection", "edges"): len(graph.links),
        ("Topic", "keyConcepts"): key_concepts,
        ("Topic", "concepts"): topic_concepts,
        ("Topic", "examTips"): per_kind,
        ("Topic", "misconceptions"): per_kind,
        ("Topic", "markingPoints"): per_kind,
        ("Topic", "similarTopics"): max(topic_count - 1, 0),
        ("Concept", "topics"): concept_topics,
        ("Concept", "keyInTopics"): key_topics,
        ("Concept", "statements"): concept_statements,
        ("Concept", "assessedBy"): assessed_by,
        ("Concept", "related"): degree,
        ("Concept", "neighbors"): reach,
        ("Statement", "concepts"): statement_concepts,
        ("Statement", "assesses"): assesses,
        ("Assessment", "sharedConcepts"): statement_concepts,
        ("Passage", "concepts"): passage_concepts,
        ("Theme", "members"): theme_size,
        ("Bridge", "themes"): themes,
        ("Bridge", "linkedConcepts"): _longest(len(b.linked_concept_ids) for b in analysis.bridges),
        ("Bridge", "topics"): concept_topics,
        ("StructuralGap", "linkingConcepts"): _longest(
            len(g.linking_concept_ids) for g in analysis.structural_gaps
        ),
        ("StructuralGap", "meetingTopics"): _longest(
            len(g.meeting_topic_slugs) for g in analysis.structural_gaps
        ),
        ("TopicAlignment", "unassessedKeyConcepts"): key_concepts,
        ("TopicAlignment", "markingPointsWithoutKeyConcept"): marking_points,
        ("TopicAlignment", "tipModelsNeverAssessed"): topic_concepts,
        ("TopicOverlap", "sharedConcepts"): topic_concepts,
        ("TopicOverlap", "onlyInA"): topic_concepts,
        ("TopicOverlap", "onlyInB"): topic_concepts,
        ("SimilarTopic", "sharedConcepts"): shared_concepts,
        ("CorpusSummary", "nodesByKind"): len(analysis.summary.nodes_by_kind),
        ("CorpusSummary", "statementsByKind"): len(analysis.summary.statements_by_kind),
        ("CorpusSummary", "recurringModels"): len(analysis.summary.recurring_model_ids),
        ("CorpusSummary", "conceptsTaughtOnce"): len(analysis.summary.taught_once_concept_ids),
    }
    for owner in ("RelatedConcept", "Link"):
        lists[(owner, "sharedTopics")] = link_weight
        lists[(owner, "evidence")] = link_evidence
        lists[(owner, "passages")] = link_passages
    passages = len(graph.passages)
    totals = {
        "Topic": topic_count,
        "Concept": concept_count,
        "Statement": len(graph.statements),
        "Passage": passages,
        "Theme": themes,
        "Link": len(graph.links),
        "TopicOverlap": _pairs(topic_count),
        "CorpusProblem": len(graph.problems),
        "Node": topic_count + concept_count + len(graph.statements) + passages + themes,
    }
    return CorpusBounds(lists, totals)


def _hops_bound(snapshot: Snapshot) -> int:
    """Hops that reach every concept reachable from any concept: at most the diameter.

    One breadth-first walk per connected group of concepts: no two concepts of a
    group are further apart than twice the furthest any is from the walk's start.
    """
    graph = snapshot.graph
    seen: set[str] = set()
    longest = 0
    for concept in graph.concepts:
        if concept.id in seen:
            continue
        seen.add(concept.id)
        frontier, depth = [concept.id], 0
        while frontier:
            following = []
            for current in frontier:
                for link in graph.links_of(current):
                    other = link.other(current)
                    if other not in seen:
                        seen.add(other)
                        following.append(other)
            if following:
                depth += 1
            frontier = following
        longest = max(longest, 2 * depth)
    return min(longest, max(len(graph.concepts) - 1, 0))
