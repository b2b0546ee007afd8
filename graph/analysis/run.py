"""The whole analysis of one graph and its text layer, once per corpus version: :func:`analyse`."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from graph.analysis.alignment import alignment
from graph.analysis.assessment import assessed_by, assessments
from graph.analysis.bridges import bridges
from graph.analysis.gaps import gaps
from graph.analysis.network import Network, centrality, communities
from graph.analysis.results import CorpusAnalysis, TopicSimilarity
from graph.analysis.similarity import TopicPairs, similar_topics
from graph.analysis.summary import concept_orders, summary
from graph.analysis.themes import modularity, ranked_communities, themes
from graph.graph import KnowledgeGraph
from graph.parallel import ForkedWorker
from graph.text.layer import TextLayer, build_text_layer

__all__ = ["WORKER_SIMILAR_SHARE", "analyse"]


# The share of the similar topics a worker finds, when there is one: this process has
# the assessments, the communities and the centralities to find meanwhile, together
# about 70% as long as all the similar topics at 10,000 topics (the worker has half
# the betweenness too).
WORKER_SIMILAR_SHARE = 0.85


@dataclass(frozen=True, slots=True)
class _Inputs:
    """What a worker process inherits: the igraph network and the topic pairs."""

    network: Network
    pairs: TopicPairs


def _betweenness_share(inputs: _Inputs, half: int) -> list[float]:
    return inputs.network.betweenness(inputs.network.sources[half:])


# The similar topics as plain tuples, (slug, [(other, score, shared ids, similarity)]):
# frozen dataclasses unpickle through a Python-level __setstate__ each, which cost more
# than making them again.
_Sent = list[tuple[str, list[tuple[str, float, tuple[str, ...], float]]]]


def _similar_share(inputs: _Inputs, stop: int) -> _Sent:
    return [
        (slug, [(s.other, s.score, s.shared_concept_ids, s.similarity) for s in found])
        for slug, found in similar_topics(inputs.pairs, 0, stop).items()
    ]


def _received(sent: _Sent) -> dict[str, tuple[TopicSimilarity, ...]]:
    return {slug: tuple(TopicSimilarity(slug, *row) for row in rows) for slug, rows in sent}


def analyse(graph: KnowledgeGraph, text: TextLayer | None = None) -> CorpusAnalysis:
    """Analyse ``graph``: themes, centrality, bridges, gaps, similarity, alignment, summary.

    ``text`` is the graph's text layer (built here when not given). Pure and
    deterministic: the same graph gives an equal result on every run and in every
    process. Works on any graph, including an empty one or one without links. A large
    graph (betweenness from a sample of sources) is analysed by two processes: a forked
    worker counts the paths from the second half of the sources and finds the similar
    topics of the first :data:`WORKER_SIMILAR_SHARE` of the topics, while this one does
    the rest.
    """
    text = text if text is not None else build_text_layer(graph)
    network = Network(graph)
    names = {concept.id: concept.name.casefold() for concept in graph.concepts}
    half = len(network.sources) // 2
    pairs = TopicPairs(graph, text)
    parallel = not network.exact
    # the worker's share of the similar topics: it has less else to do
    split = round(len(pairs.slugs) * WORKER_SIMILAR_SHARE) if parallel else len(pairs.slugs)
    with ForkedWorker(_Inputs(network, pairs), enabled=parallel) as worker:
        second_half = worker.submit(_betweenness_share, half)
        similar_elsewhere = worker.submit(_similar_share, split)
        found_assessments = assessments(graph, text)
        found = communities(network)
        measures = centrality(network, names, second_half)
        similar = similar_topics(pairs, split)
        similar = _received(similar_elsewhere.result()) | similar
    ranked = ranked_communities(found, measures, names)
    partition_modularity = modularity(graph, ranked)
    theme_list = themes(graph, ranked, partition_modularity)
    theme_of_concept = {cid: theme for theme in theme_list for cid in theme.member_ids}
    theme_ids = {cid: theme.id for cid, theme in theme_of_concept.items()}
    return CorpusAnalysis(
        themes=theme_list,
        modularity=partition_modularity,
        centrality=MappingProxyType(measures),
        bridges=bridges(graph, theme_ids, measures, names),
        structural_gaps=gaps(graph, theme_list, theme_ids),
        similar_topics=MappingProxyType(similar),
        alignments=MappingProxyType(
            {t.slug: alignment(graph, t.slug, found_assessments) for t in graph.topics}
        ),
        assessments=MappingProxyType(found_assessments),
        assessed_by=MappingProxyType(assessed_by(found_assessments)),
        summary=summary(graph, len(theme_list)),
        concept_orders=MappingProxyType(concept_orders(graph, measures)),
        betweenness_pivots=None if network.exact else len(network.sources),
        _themes_by_id=MappingProxyType({theme.id: theme for theme in theme_list}),
        _theme_of_concept=MappingProxyType(theme_of_concept),
        _pairs=pairs,
    )
