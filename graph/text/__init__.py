"""The text layer: what each passage and topic says, as weighted content terms.

    terms.py    content terms of a text: lemmas (simplemma) and two-word phrases
    layer.py    the weighted terms of every passage and every topic of a graph

Built once per corpus version, after the graph (see :mod:`graph.snapshot`); the
analysis reads it for topic similarity and for the key concepts marking points assess.
"""

from graph.text.layer import TextLayer, WeightedTerm, build_text_layer
from graph.text.terms import content_terms

__all__ = ["TextLayer", "WeightedTerm", "build_text_layer", "content_terms"]
