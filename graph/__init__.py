"""Curriculum Graph's domain layer: documents in, an immutable knowledge graph out.

Knows nothing of GraphQL or the web; ``schema/`` and ``server.py`` build on it.
"""

from graph.analysis import CorpusAnalysis, analyse
from graph.build import build_graph
from graph.corpus import LoadResult, load_corpus, load_documents
from graph.document import Document, decode_document, parse_document
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
]
