"""Exports: the graph in the formats curriculum designers' tools already read.

:func:`export` returns the bytes of one format; the command line and the HTTP route
only write them out. Every export is deterministic: the same corpus gives the same
bytes on every run.

Formats (see :data:`EXPORT_FORMATS` for media types and file extensions):

``graphml``, ``gexf``
    For Gephi, yEd and Cytoscape desktop. The concept network: one node per concept,
    one undirected edge per co-occurrence link. Topics and statements are left out,
    because as nodes they would swamp the layout and the centralities these tools
    compute; every node lists its topics instead. Node attributes: ``label``,
    ``kind``, ``theme``, ``theme_label``, ``degree``, ``betweenness``, ``pagerank``,
    ``topic_count``, ``key_topic_count``, ``topics``, ``aliases``, ``description``;
    edge attributes: ``weight`` (shared topics), ``strength`` (Jaccard),
    ``evidence`` (statements naming both), ``shared_topics``. Lists are joined with
    ``"; "``, a missing description is ``""``. GEXF leaves out the modification date
    networkx would stamp, so that the file depends on the corpus only.
``json``
    Cytoscape.js elements: ``{"elements": {"nodes": [{"data": ...}], "edges":
    [{"data": ...}]}}`` with the same fields as above (lists as JSON arrays, a
    missing description as ``null``), plus the modularity and the themes under
    ``data``; ``cy.json(document)`` loads it as it is.
``csv``
    A zip of ``nodes.csv`` (concepts), ``edges.csv`` (co-occurrence links),
    ``statements.csv``, ``assessments.csv`` (each marking point and the key concepts it
    assesses, with the score and the shared concepts and terms), ``overlap-matrix.csv``
    (topics x topics, Jaccard of their concept sets) and ``similarity-matrix.csv``
    (topics x topics, how much they teach in common; see
    :mod:`graph.analysis.similarity`), matrix cells with 6 decimals. UTF-8 with a
    byte-order mark, so that Excel reads the typographic quotes and dashes of the
    documents correctly; RFC 4180 quoting and CRLF line ends. Other numbers are
    written in full precision.
``skos``
    The concepts as a SKOS concept scheme in Turtle: ``skos:prefLabel``, an
    ``skos:altLabel`` per alias, ``skos:definition``, ``skos:related`` for every
    co-occurrence link (both ways), ``skos:inScheme``; every topic and every theme
    as an ``skos:Collection`` whose ``skos:member`` are the concepts it mentions or
    holds. URIs live under :data:`SKOS_BASE`; labels are tagged ``@en``.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from graph.analysis import CorpusAnalysis
from graph.errors import ExportError
from graph.graph import KnowledgeGraph
from graph.model import Concept
from graph.snapshot import Snapshot

# networkx and rdflib are imported where an export needs them: a tenth of a second of
# the server's start-up, for files most runs never ask for
if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph, URIRef

__all__ = ["EXPORT_FORMATS", "SKOS_BASE", "ExportFormat", "export", "export_format"]

SKOS_BASE = "https://curriculum-graph.example/"
_LANGUAGE = "en"
_LIST_SEPARATOR = "; "
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can hold: no clock in the bytes
_LAST_MODIFIED = re.compile(rb'\s+lastmodifieddate="[^"]*"')


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """What an HTTP response or a file of one export format is labelled with."""

    name: str
    media_type: str
    extension: str  # with the dot
    description: str


EXPORT_FORMATS: MappingProxyType[str, ExportFormat] = MappingProxyType(
    {
        "graphml": ExportFormat(
            "graphml", "application/graphml+xml", ".graphml", "GraphML for yEd and Cytoscape"
        ),
        "gexf": ExportFormat("gexf", "application/gexf+xml", ".gexf", "GEXF for Gephi"),
        "json": ExportFormat("json", "application/json", ".json", "Cytoscape.js elements"),
        "csv": ExportFormat(
            "csv", "application/zip", ".zip", "a zip of CSV tables for spreadsheets"
        ),
        "skos": ExportFormat("skos", "text/turtle", ".ttl", "a SKOS concept scheme in Turtle"),
    }
)


def export_format(name: str) -> ExportFormat:
    """The format called ``name`` (ignoring case); :class:`ExportError` when unknown."""
    found = EXPORT_FORMATS.get(name.strip().lower())
    if found is None:
        raise ExportError(
            f"unknown export format '{name}'; choose one of: {', '.join(sorted(EXPORT_FORMATS))}"
        )
    return found


def export(snapshot: Snapshot, format_name: str) -> bytes:
    """The snapshot's graph in ``format_name`` (see the module docstring), as bytes.

    Themes and centralities come from the snapshot's analysis. Raises
    :class:`ExportError` for an unknown format, listing the valid ones.
    """
    writers: dict[str, Callable[[KnowledgeGraph, CorpusAnalysis], bytes]] = {
        "graphml": _graphml,
        "gexf": _gexf,
        "json": _cytoscape_json,
        "csv": _csv_zip,
        "skos": _skos,
    }
    return writers[export_format(format_name).name](snapshot.graph, snapshot.analysis)


# the concept network -------------------------------------------------------------------


def _joined(values: Iterable[str]) -> str:
    return _LIST_SEPARATOR.join(values)


def _node_fields(analysis: CorpusAnalysis, concept: Concept) -> dict[str, Any]:
    """One concept's attributes, lists as lists and a missing description as None."""
    theme = analysis.theme_of(concept.id)
    centrality = analysis.centrality[concept.id]
    return {
        "label": concept.name,
        "kind": concept.kind.value,
        "theme": theme.id if theme else "",
        "theme_label": theme.label if theme else "",
        "degree": centrality.degree,
        "betweenness": centrality.betweenness,
        "pagerank": centrality.pagerank,
        "topic_count": len(concept.topic_slugs),
        "key_topic_count": len(concept.key_topic_slugs),
        "topics": list(concept.topic_slugs),
        "aliases": list(concept.aliases),
        "description": concept.description,
    }


def _flat(fields: dict[str, Any]) -> dict[str, Any]:
    """Attributes GraphML and GEXF can hold: no lists, no None."""
    return {
        key: _joined(value) if isinstance(value, list) else ("" if value is None else value)
        for key, value in fields.items()
    }


def _concept_network(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> nx.Graph:
    import networkx as nx

    network = nx.Graph()
    for concept in graph.concepts:
        network.add_node(concept.id, **_flat(_node_fields(analysis, concept)))
    # the links and their weight, strength and evidence as the graph defines them
    network.add_edges_from(graph.co_occurrence.edges(data=True))
    for link in graph.links:
        shared = _joined(graph.shared_topics(link))
        network.edges[link.source, link.target]["shared_topics"] = shared
    return network


def _graphml(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> bytes:
    buffer = io.BytesIO()
    import networkx as nx

    nx.write_graphml(_concept_network(graph, analysis), buffer, encoding="utf-8")
    return buffer.getvalue()


def _gexf(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> bytes:
    buffer = io.BytesIO()
    import networkx as nx

    nx.write_gexf(_concept_network(graph, analysis), buffer, encoding="utf-8")
    return _LAST_MODIFIED.sub(b"", buffer.getvalue(), count=1)


def _cytoscape_json(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> bytes:
    nodes = [
        {"data": {"id": concept.id, **_node_fields(analysis, concept)}}
        for concept in graph.concepts
    ]
    edges = [
        {
            "data": {
                "id": f"{link.source}--{link.target}",
                "source": link.source,
                "target": link.target,
                "weight": link.weight,
                "strength": link.strength,
                "evidence": len(link.evidence),
                "shared_topics": list(graph.shared_topics(link)),
            }
        }
        for link in graph.links
    ]
    document = {
        "data": {
            "name": "Curriculum Graph",
            "modularity": analysis.modularity,
            "themes": [
                {"id": theme.id, "label": theme.label, "members": list(theme.member_ids)}
                for theme in analysis.themes
            ],
        },
        "elements": {"nodes": nodes, "edges": edges},
    }
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# spreadsheets --------------------------------------------------------------------------


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return text.getvalue().encode("utf-8-sig")


def _csv_zip(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> bytes:
    tables = {
        "nodes.csv": _nodes_table(graph, analysis),
        "edges.csv": _edges_table(graph),
        "statements.csv": _statements_table(graph),
        "assessments.csv": _assessments_table(graph, analysis),
        "overlap-matrix.csv": _overlap_table(graph),
        "similarity-matrix.csv": _similarity_table(graph, analysis),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in tables.items():
            entry = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, data)
    return buffer.getvalue()


_NODE_COLUMNS = (
    "id",
    "label",
    "kind",
    "theme",
    "theme_label",
    "degree",
    "betweenness",
    "pagerank",
    "topic_count",
    "key_topic_count",
    "topics",
    "aliases",
    "description",
)


def _nodes_table(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> bytes:
    rows = []
    for concept in graph.concepts:
        fields = _flat(_node_fields(analysis, concept))
        rows.append([concept.id, *(fields[column] for column in _NODE_COLUMNS[1:])])
    return _table(_NODE_COLUMNS, rows)


def _edges_table(graph: KnowledgeGraph) -> bytes:
    names = {concept.id: concept.name for concept in graph.concepts}
    return _table(
        (
            "source",
            "target",
            "source_label",
            "target_label",
            "weight",
            "strength",
            "evidence",
            "shared_topics",
        ),
        (
            (
                link.source,
                link.target,
                names[link.source],
                names[link.target],
                link.weight,
                link.strength,
                len(link.evidence),
                _joined(graph.shared_topics(link)),
            )
            for link in graph.links
        ),
    )


def _statements_table(graph: KnowledgeGraph) -> bytes:
    return _table(
        ("id", "topic", "kind", "position", "line", "text", "concepts"),
        (
            (
                statement.id,
                statement.topic_slug,
                statement.kind.value,
                statement.position,
                statement.line,
                statement.text,
                _joined(statement.concept_ids),
            )
            for statement in graph.statements
        ),
    )


def _assessments_table(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> bytes:
    names = {concept.id: concept.name for concept in graph.concepts}
    return _table(
        (
            "statement",
            "topic",
            "position",
            "concept",
            "concept_label",
            "score",
            "shared_concepts",
            "shared_terms",
        ),
        (
            (
                statement.id,
                statement.topic_slug,
                statement.position,
                pair.concept_id,
                names[pair.concept_id],
                pair.score,
                _joined(names[cid] for cid in pair.shared_concept_ids),
                _joined(pair.shared_terms),
            )
            for statement in graph.statements
            for pair in analysis.assessments_of(statement.id)
        ),
    )


def _similarity_table(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> bytes:
    """Topics x topics, each cell how much the two teach in common (1 on the diagonal)."""
    slugs = [topic.slug for topic in graph.topics]
    rows = []
    for index, (topic, values) in enumerate(
        zip(graph.topics, analysis.similarity_rows(), strict=True)
    ):
        cells = [f"{value:.6f}" for value in values]
        cells[index] = f"{1.0:.6f}"
        rows.append([topic.slug, topic.title, *cells])
    return _table(("topic", "title", *slugs), rows)


def _overlap_table(graph: KnowledgeGraph) -> bytes:
    """The overlap matrix as n x n cells, one row at a time.

    The topics a row shares concepts with come from an inverted index of concepts, so
    no pair outlives its row: the values are those of ``graph.overlap_matrix``.
    """
    slugs = [topic.slug for topic in graph.topics]
    sizes = [len(frozenset(topic.concept_ids)) for topic in graph.topics]
    topics_of: dict[str, list[int]] = {}
    for index, topic in enumerate(graph.topics):
        for concept_id in frozenset(topic.concept_ids):
            topics_of.setdefault(concept_id, []).append(index)
    rows = []
    for index, topic in enumerate(graph.topics):
        shared = [0] * len(slugs)
        for concept_id in frozenset(topic.concept_ids):
            for other in topics_of[concept_id]:
                shared[other] += 1
        values = []
        for other, common in enumerate(shared):
            if other == index:
                values.append(1.0 if topic.concept_ids else 0.0)
            else:
                union = sizes[index] + sizes[other] - common
                values.append(common / union if union else 0.0)
        rows.append([topic.slug, topic.title, *(f"{value:.6f}" for value in values)])
    return _table(("topic", "title", *slugs), rows)


# SKOS ----------------------------------------------------------------------------------


def _uri(kind: str, identifier: str) -> URIRef:
    from rdflib import URIRef

    return URIRef(f"{SKOS_BASE}{kind}/{quote(identifier, safe='-._~')}")


def _skos(graph: KnowledgeGraph, analysis: CorpusAnalysis) -> bytes:
    from rdflib import RDF, SKOS, Graph, Literal, Namespace

    rdf = Graph(bind_namespaces="none")
    base = Namespace(SKOS_BASE)
    rdf.bind("skos", SKOS)
    rdf.bind("concept", Namespace(f"{SKOS_BASE}concept/"))
    rdf.bind("topic", Namespace(f"{SKOS_BASE}topic/"))
    rdf.bind("theme", Namespace(f"{SKOS_BASE}theme/"))
    scheme = base["scheme"]
    rdf.add((scheme, RDF.type, SKOS.ConceptScheme))
    rdf.add((scheme, SKOS.prefLabel, Literal("Curriculum Graph", lang=_LANGUAGE)))
    for concept in graph.concepts:
        node = _uri("concept", concept.id)
        rdf.add((node, RDF.type, SKOS.Concept))
        rdf.add((node, SKOS.inScheme, scheme))
        rdf.add((node, SKOS.prefLabel, Literal(concept.name, lang=_LANGUAGE)))
        for alias in concept.aliases:
            rdf.add((node, SKOS.altLabel, Literal(alias, lang=_LANGUAGE)))
        if concept.description:
            rdf.add((node, SKOS.definition, Literal(concept.description, lang=_LANGUAGE)))
    for link in graph.links:
        source, target = _uri("concept", link.source), _uri("concept", link.target)
        rdf.add((source, SKOS.related, target))
        rdf.add((target, SKOS.related, source))
    for topic in graph.topics:
        _collection(rdf, _uri("topic", topic.slug), topic.title, topic.concept_ids)
    for theme in analysis.themes:
        _collection(rdf, _uri("theme", theme.id), theme.label, theme.member_ids)
    turtle: bytes = rdf.serialize(format="turtle", encoding="utf-8")
    return turtle


def _collection(rdf: Graph, node: URIRef, label: str, member_ids: Iterable[str]) -> None:
    from rdflib import RDF, SKOS, Literal

    rdf.add((node, RDF.type, SKOS.Collection))
    rdf.add((node, SKOS.prefLabel, Literal(label, lang=_LANGUAGE)))
    for concept_id in member_ids:
        rdf.add((node, SKOS.member, _uri("concept", concept_id)))
