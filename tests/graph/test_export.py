"""Every export reads back with the library made for its format and matches the graph."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, SKOS, Graph, Literal, URIRef

from bench.corpus import write_corpus
from graph import ExportError, KnowledgeGraph, Snapshot, build_graph, load_corpus, load_vocabulary
from graph.export import EXPORT_FORMATS, SKOS_BASE, export, export_format
from tests.conftest import analysis_of

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def _export(graph: KnowledgeGraph, format_name: str) -> bytes:
    """The export of a graph with its analysis (computed once per graph)."""
    return export(Snapshot(graph, analysis_of(graph)), format_name)


def _read_network(graph: KnowledgeGraph, format_name: str) -> nx.Graph:
    data = io.BytesIO(_export(graph, format_name))
    read = nx.read_graphml if format_name == "graphml" else nx.read_gexf
    network: nx.Graph = read(data)
    return network


def _zip_tables(graph: KnowledgeGraph) -> dict[str, list[list[str]]]:
    tables = {}
    with zipfile.ZipFile(io.BytesIO(_export(graph, "csv"))) as archive:
        for name in archive.namelist():
            raw = archive.read(name)
            assert raw.startswith(b"\xef\xbb\xbf"), f"{name} has no byte-order mark"
            text = raw.decode("utf-8-sig")
            tables[name] = list(csv.reader(io.StringIO(text, newline="")))
    return tables


def _skos(graph: KnowledgeGraph) -> Graph:
    rdf = Graph()
    rdf.parse(data=_export(graph, "skos"), format="turtle")
    return rdf


def _concept_uri(concept_id: str) -> URIRef:
    return URIRef(f"{SKOS_BASE}concept/{concept_id}")


# formats ------------------------------------------------------------------------------


def test_an_unknown_format_is_an_error_listing_the_valid_ones(seed_graph) -> None:
    with pytest.raises(ExportError, match="unknown export format 'pdf'") as caught:
        _export(seed_graph, "pdf")
    for name in ("csv", "gexf", "graphml", "json", "skos"):
        assert name in str(caught.value)


def test_format_names_ignore_case_and_carry_media_types() -> None:
    assert export_format("GraphML") is EXPORT_FORMATS["graphml"]
    assert EXPORT_FORMATS["csv"].media_type == "application/zip"
    assert EXPORT_FORMATS["skos"].extension == ".ttl"
    assert set(EXPORT_FORMATS) == {"graphml", "gexf", "json", "csv", "skos"}


# GraphML and GEXF ---------------------------------------------------------------------


@pytest.mark.parametrize("format_name", ["graphml", "gexf"])
def test_network_formats_keep_every_concept_link_and_attribute(seed_graph, format_name) -> None:
    network = _read_network(seed_graph, format_name)
    analysis = analysis_of(seed_graph)

    assert network.number_of_nodes() == len(seed_graph.concepts)
    assert network.number_of_edges() == len(seed_graph.links)
    for concept in seed_graph.concepts:
        node = network.nodes[concept.id]
        centrality = analysis.centrality[concept.id]
        theme = analysis.theme_of(concept.id)
        assert theme is not None
        assert node["label"] == concept.name
        assert node["kind"] == concept.kind.value
        assert node["theme"] == theme.id
        assert node["theme_label"] == theme.label
        assert node["degree"] == centrality.degree
        assert node["betweenness"] == pytest.approx(centrality.betweenness)
        assert node["pagerank"] == pytest.approx(centrality.pagerank)
        assert node["topic_count"] == len(concept.topic_slugs)
        assert node["topics"].split("; ") == list(concept.topic_slugs)
        assert node["description"] == (concept.description or "")
    for link in seed_graph.links:
        edge = network.edges[link.source, link.target]
        assert edge["weight"] == link.weight
        assert edge["strength"] == pytest.approx(link.strength)
        assert edge["evidence"] == len(link.evidence)
        assert edge["shared_topics"].split("; ") == list(seed_graph.shared_topics(link))


def test_gexf_carries_no_date_so_the_bytes_depend_on_the_corpus_only(seed_graph) -> None:
    data = _export(seed_graph, "gexf")
    assert b"lastmodifieddate" not in data
    assert b"<meta>" in data


# Cytoscape.js JSON ----------------------------------------------------------------------


def test_json_is_cytoscape_elements_with_the_graph_fields(seed_graph) -> None:
    document = json.loads(_export(seed_graph, "json"))
    nodes = document["elements"]["nodes"]
    edges = document["elements"]["edges"]
    analysis = analysis_of(seed_graph)

    assert [node["data"]["id"] for node in nodes] == [c.id for c in seed_graph.concepts]
    assert len(edges) == len(seed_graph.links)
    for node, concept in zip(nodes, seed_graph.concepts, strict=True):
        data = node["data"]
        assert data["label"] == concept.name
        assert data["aliases"] == list(concept.aliases)
        assert data["description"] == concept.description  # null when there is none
        assert data["pagerank"] == analysis.centrality[concept.id].pagerank
    ids = {node["data"]["id"] for node in nodes}
    for edge, link in zip(edges, seed_graph.links, strict=True):
        data = edge["data"]
        assert (data["source"], data["target"]) == (link.source, link.target)
        assert {data["source"], data["target"]} <= ids
        assert data["strength"] == link.strength
        assert data["shared_topics"] == list(seed_graph.shared_topics(link))
    assert len({edge["data"]["id"] for edge in edges}) == len(edges)
    themes = document["data"]["themes"]
    assert [theme["id"] for theme in themes] == [theme.id for theme in analysis.themes]
    assert document["data"]["modularity"] == analysis.modularity


# CSV ----------------------------------------------------------------------------------


def test_csv_zip_holds_four_tables_matching_the_graph(seed_graph) -> None:
    tables = _zip_tables(seed_graph)
    assert sorted(tables) == [
        "assessments.csv",
        "edges.csv",
        "nodes.csv",
        "overlap-matrix.csv",
        "similarity-matrix.csv",
        "statements.csv",
    ]

    header, *nodes = tables["nodes.csv"]
    assert header[:3] == ["id", "label", "kind"]
    assert [row[0] for row in nodes] == [c.id for c in seed_graph.concepts]
    column = header.index("degree")
    analysis = analysis_of(seed_graph)
    assert [int(row[column]) for row in nodes] == [
        analysis.centrality[c.id].degree for c in seed_graph.concepts
    ]

    header, *edges = tables["edges.csv"]
    assert [(row[0], row[1]) for row in edges] == [
        (link.source, link.target) for link in seed_graph.links
    ]
    strength = header.index("strength")
    assert [float(row[strength]) for row in edges] == [link.strength for link in seed_graph.links]

    header, *statements = tables["statements.csv"]
    # statements quote commas, quotes and dashes: the text must come back unchanged
    assert [row[header.index("text")] for row in statements] == [
        s.text for s in seed_graph.statements
    ]
    assert [row[0] for row in statements] == [s.id for s in seed_graph.statements]


def test_overlap_matrix_is_square_symmetric_and_the_jaccard_of_topics(seed_graph) -> None:
    header, *rows = _zip_tables(seed_graph)["overlap-matrix.csv"]
    slugs = [topic.slug for topic in seed_graph.topics]
    assert header == ["topic", "title", *slugs]
    assert [row[0] for row in rows] == slugs
    matrix = {row[0]: dict(zip(slugs, map(float, row[2:]), strict=True)) for row in rows}
    for a in slugs:
        assert matrix[a][a] == 1.0
        for b in slugs:
            assert matrix[a][b] == matrix[b][a]
            if a != b:
                overlap = seed_graph.topic_overlap(a, b)
                assert overlap is not None
                assert matrix[a][b] == pytest.approx(overlap.jaccard, abs=5e-7)


def test_csv_zip_entries_carry_a_fixed_date(seed_graph) -> None:
    with zipfile.ZipFile(io.BytesIO(_export(seed_graph, "csv"))) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


# SKOS ---------------------------------------------------------------------------------


def test_skos_is_a_concept_scheme_with_labels_definitions_and_relations(seed_graph) -> None:
    rdf = _skos(seed_graph)
    scheme = URIRef(f"{SKOS_BASE}scheme")
    assert (scheme, RDF.type, SKOS.ConceptScheme) in rdf
    concepts = set(rdf.subjects(RDF.type, SKOS.Concept))
    assert concepts == {_concept_uri(c.id) for c in seed_graph.concepts}
    for concept in seed_graph.concepts:
        node = _concept_uri(concept.id)
        assert (node, SKOS.inScheme, scheme) in rdf
        assert list(rdf.objects(node, SKOS.prefLabel)) == [Literal(concept.name, lang="en")]
        assert {str(label) for label in rdf.objects(node, SKOS.altLabel)} == set(concept.aliases)
        definitions = [str(text) for text in rdf.objects(node, SKOS.definition)]
        assert definitions == ([concept.description] if concept.description else [])
        related = {str(other) for other in rdf.objects(node, SKOS.related)}
        assert related == {
            str(_concept_uri(link.other(concept.id))) for link in seed_graph.related(concept.id)
        }
    assert len(list(rdf.triples((None, SKOS.related, None)))) == 2 * len(seed_graph.links)


def test_skos_topics_and_themes_are_collections_of_their_concepts(seed_graph) -> None:
    rdf = _skos(seed_graph)
    collections = set(rdf.subjects(RDF.type, SKOS.Collection))
    assert len(collections) == len(seed_graph.topics) + len(analysis_of(seed_graph).themes)
    for topic in seed_graph.topics:
        node = URIRef(f"{SKOS_BASE}topic/{topic.slug}")
        assert node in collections
        members = set(rdf.objects(node, SKOS.member))
        assert members == {_concept_uri(cid) for cid in topic.concept_ids}
        assert (node, SKOS.prefLabel, Literal(topic.title, lang="en")) in rdf


@pytest.mark.parametrize("format_name", sorted(EXPORT_FORMATS))
def test_an_empty_graph_exports_an_empty_file_of_the_format(format_name) -> None:
    empty = build_graph([], load_vocabulary())
    if format_name in ("graphml", "gexf"):
        network = _read_network(empty, format_name)
        assert network.number_of_nodes() == network.number_of_edges() == 0
    elif format_name == "json":
        assert json.loads(_export(empty, "json"))["elements"] == {"nodes": [], "edges": []}
    elif format_name == "csv":
        tables = _zip_tables(empty)
        assert all(len(rows) == 1 for rows in tables.values())  # headers only
    else:
        assert len(set(_skos(empty).subjects(RDF.type, SKOS.Concept))) == 0


# determinism and scale ----------------------------------------------------------------


@pytest.mark.parametrize("format_name", sorted(EXPORT_FORMATS))
def test_two_builds_export_identical_bytes(format_name) -> None:
    first, second = load_corpus(SEEDS), load_corpus(SEEDS)
    assert export(first, format_name) == export(second, format_name)


_DIGESTS = """
import hashlib, sys
from graph import load_corpus
from graph.export import EXPORT_FORMATS, export
graph = load_corpus(sys.argv[1])
for name in sorted(EXPORT_FORMATS):
    print(name, hashlib.sha256(export(graph, name)).hexdigest())
"""


def test_exports_do_not_depend_on_the_hash_seed(tmp_path) -> None:
    folder = write_corpus(tmp_path / "corpus", 30)
    outputs = []
    for hash_seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", _DIGESTS, str(folder)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(EXPORT_FORMATS)


def test_generated_corpus_round_trips_in_every_format(generated_graph) -> None:
    concepts, links = len(generated_graph.concepts), len(generated_graph.links)
    for format_name in ("graphml", "gexf"):
        network = _read_network(generated_graph, format_name)
        assert (network.number_of_nodes(), network.number_of_edges()) == (concepts, links)
    elements = json.loads(_export(generated_graph, "json"))["elements"]
    assert (len(elements["nodes"]), len(elements["edges"])) == (concepts, links)
    tables = _zip_tables(generated_graph)
    assert len(tables["nodes.csv"]) == concepts + 1
    assert len(tables["edges.csv"]) == links + 1
    assert len(tables["statements.csv"]) == len(generated_graph.statements) + 1
    assert len(tables["overlap-matrix.csv"]) == len(generated_graph.topics) + 1
    rdf = _skos(generated_graph)
    assert len(set(rdf.subjects(RDF.type, SKOS.Concept))) == concepts
    assert len(list(rdf.triples((None, SKOS.related, None)))) == 2 * links
