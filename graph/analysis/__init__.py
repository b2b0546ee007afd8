"""Corpus analysis for curriculum designers: computed once per corpus version.

:func:`analyse` turns a :class:`~graph.graph.KnowledgeGraph` into a frozen
:class:`CorpusAnalysis`, which a :class:`~graph.snapshot.Snapshot` pairs with its
graph, so that readers (the GraphQL resolvers, the exports) only look answers up.
Every result carries the evidence behind it, and every ordering breaks ties on names
and ids, so the same corpus gives the same analysis on every run.

    results.py      the frozen result types
    network.py      igraph: betweenness, PageRank, Louvain (one implementation, any size)
    themes.py       communities ranked and labelled, modularity
    bridges.py      concepts that join themes
    gaps.py         pairs of themes that barely meet
    similarity.py   similar topics
    alignment.py    where teaching and assessment diverge
    summary.py      the corpus at a glance, and the concept orderings
    run.py          analyse(): all of it, with a worker process for large graphs

Definitions
-----------
Co-occurrence graph
    Concepts are nodes; two concepts are linked when some topic mentions both. A
    link's *strength* is the Jaccard index of the contexts the two concepts occur in
    (0..1]: a concept's contexts are the topics that mention it and the passages
    (synopsis, key-concept description, statement) that name it with another
    concept, so a shared passage counts on top of a shared topic (see
    :func:`graph.build.build_graph`).
Themes
    Louvain communities of the co-occurrence graph, weighted by strength: igraph's
    multilevel method from eight fixed seeds (fewer on large graphs), keeping the
    partition of highest modularity. A concept without links is a theme of its own.
    The *modularity* is that of the whole partition (strength-weighted, resolution 1).
Centrality
    *degree*: how many other concepts a concept co-occurs with. *betweenness*: the
    normalised share of shortest paths between other concepts that pass through it,
    where a link's length is ``1 / strength`` (strong links are short); paths whose
    lengths differ only by float rounding count as equally short. *pagerank*:
    PageRank with damping 0.85 over strength-weighted links (PRPACK); the values sum
    to 1. Exact betweenness costs about nodes * links steps; above
    :data:`~graph.analysis.network.EXACT_BETWEENNESS_BUDGET` it is estimated from a
    seeded sample of source concepts (``CorpusAnalysis.betweenness_pivots`` says how
    many): the Brandes-Pich estimator, unbiased, whose error shrinks as one over the
    square root of the sources (at least 64). Nothing in the analysis is quadratic in
    topics or concepts at any size except the structural gaps, quadratic in themes.
Bridges
    A concept whose links spread over several themes (its *participation*: one minus
    the sum of squared shares of its link strength per theme, 0 when every link stays
    in one theme) and which lies on shortest paths between other concepts. Its score
    is participation * betweenness; concepts scoring 0 are not bridges.
Structural gaps
    Pairs of themes of at least two concepts each, weakest connection first: the
    total strength of the links between them divided by the number of possible
    links (``|A| * |B|``). Pairs with no link at all come first.
Topic similarity
    Weighted Jaccard of two topics' concept sets, where a concept counts
    ``1 / (number of topics that mention it)``: sharing a rare concept says more
    than sharing one every topic mentions. Only topics that share something appear.
    Every pair of topics that shares a concept is scored while there are at most
    :data:`~graph.analysis.similarity.SIMILAR_TOPICS_BUDGET` such pairs (about 1,500
    generated topics). Beyond, each topic keeps its most similar, found among the
    topics that share one of its rarer concepts: every score kept is exact, and a
    pair left out shares only concepts so common that its score is at most
    ``F / mass(a)``, ``F`` being the weight of topic ``a``'s common concepts.
Assessment alignment (per topic)
    A concept is *taught* by a topic when it is one of its key concepts, and
    *assessed* by a topic when one of that topic's marking points mentions it. A
    marking point *without a key concept* mentions none of its own topic's key
    concepts. A *tip model never assessed* is a model that the topic's exam tips
    mention and none of its marking points does.
Corpus summary
    *Taught once*: concepts that are a key concept of exactly one topic. *Recurring
    models*: models mentioned by two or more topics.
"""

from graph.analysis.results import (
    Assessment,
    Bridge,
    Centrality,
    ConceptOrder,
    CorpusAnalysis,
    CorpusSummary,
    KindCount,
    StructuralGap,
    Theme,
    TopicAlignment,
    TopicSimilarity,
)
from graph.analysis.run import analyse

__all__ = [
    "Assessment",
    "Bridge",
    "Centrality",
    "ConceptOrder",
    "CorpusAnalysis",
    "CorpusSummary",
    "KindCount",
    "StructuralGap",
    "Theme",
    "TopicAlignment",
    "TopicSimilarity",
    "analyse",
]
