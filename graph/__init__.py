"""Curriculum Graph's domain layer: documents in, an analysed, immutable snapshot out.

    problems.py     errors and warnings as values, with a severity
    document.py     the document format: sections and bullets, from any reader's blocks (pure)
    readers/        one reader per file format (.txt, .md, .docx), bytes to a Document
    extraction/     find names in prose: rules, name keys, the mention matcher
    build.py        resolve names to nodes and link them (with passes.py, parallel.py)
    graph.py        the immutable KnowledgeGraph and its traversals (paths.py)
    analysis/       themes, centrality, bridges, gaps, similarity, alignment, summary
    snapshot.py     a graph paired with its analysis and version: what is served
    corpus.py       load_corpus(): read a folder, build, analyse (the one loader)
    export.py       GraphML, GEXF, JSON, CSV, SKOS

Imports run one way, down that list (graph -> analysis -> snapshot -> corpus). Knows
nothing of GraphQL or HTTP: ``schema/`` and ``serving/`` build on it.
"""

from graph.analysis import CorpusAnalysis, analyse
from graph.build import build_graph
from graph.corpus import LoadResult, load_corpus, load_documents
from graph.document import Document
from graph.errors import (
    CorpusError,
    CurriculumGraphError,
    DocumentError,
    ExportError,
    VocabularyError,
)
from graph.export import EXPORT_FORMATS, ExportFormat, export, export_format
from graph.graph import CorpusCounts, KnowledgeGraph, TopicOverlap
from graph.model import Concept, ConceptKind, CoOccurrence, Statement, StatementKind, Topic
from graph.problems import Problem, Severity
from graph.readers import decode_document, parse_document, read_document
from graph.snapshot import Snapshot, snapshot_of
from graph.vocabulary import Vocabulary, load_vocabulary

__all__ = [
    "EXPORT_FORMATS",
    "CoOccurrence",
    "Concept",
    "ConceptKind",
    "CorpusAnalysis",
    "CorpusCounts",
    "CorpusError",
    "CurriculumGraphError",
    "Document",
    "DocumentError",
    "ExportError",
    "ExportFormat",
    "KnowledgeGraph",
    "LoadResult",
    "Problem",
    "Severity",
    "Snapshot",
    "Statement",
    "StatementKind",
    "Topic",
    "TopicOverlap",
    "Vocabulary",
    "VocabularyError",
    "analyse",
    "build_graph",
    "decode_document",
    "export",
    "export_format",
    "load_corpus",
    "load_documents",
    "load_vocabulary",
    "parse_document",
    "read_document",
    "snapshot_of",
]
