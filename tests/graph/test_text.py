"""The text layer: content terms, their weights, and topic vectors."""

from __future__ import annotations

import math

import pytest

import graph.text.layer as layer_module
from graph import KnowledgeGraph, load_corpus
from graph.parallel import ForkedWorker, can_fork
from graph.text import build_text_layer, content_terms
from graph.text.terms import lemma
from tests.conftest import SEEDS
from tests.schema.conftest import graph_of, topic_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Complaints", ["complaint"], id="plural-to-lemma"),
        pytest.param("handled the queries", ["handle", "query"], id="verb-and-noun"),
        pytest.param("the and of with", [], id="function-words"),
        pytest.param("a an of to", [], id="short-words"),
        pytest.param(
            "subject access request",
            ["subject", "access", "request", "subject access", "access request"],
            id="phrases-of-neighbours",
        ),
        pytest.param("complaints, escalation", ["complaint", "escalation"], id="comma-breaks"),
        pytest.param("complaints were escalated", ["complaint", "escalate"], id="stop-word-breaks"),
        pytest.param(
            "self-service portal",
            ["self", "service", "portal", "self service", "service portal"],
            id="hyphen-splits",
        ),
        pytest.param(
            "the customer's journey", ["customer", "journey", "customer journey"], id="possessive"
        ),
    ],
)
def test_content_terms_are_lemmas_and_neighbouring_pairs(text: str, expected: list[str]) -> None:
    assert content_terms(text) == expected


def test_the_commonest_english_words_are_not_content() -> None:
    assert lemma("people") is None
    assert lemma("ombudsman") == "ombudsman"


@pytest.fixture(scope="module")
def two_topics() -> KnowledgeGraph:
    return graph_of(
        energy=topic_document(
            "Complaints about energy bills and how suppliers put things right.",
            [
                "Complaint handling: logging, investigating and resolving billing complaints.",
                "Redress: refunds and goodwill payments for the trouble caused.",
            ],
            ["Learn the ombudsman referral deadline."],
            ["Thinking an apology is enough."],
            [
                "Award credit for explaining how a billing complaint is investigated.",
                "Award credit for a proportionate refund.",
            ],
        ),
        hotel=topic_document(
            "Recovering from service failures with hotel guests.",
            [
                "Service recovery: apologising and putting the failure right quickly.",
                "Empowerment: front-line staff may offer refunds without approval.",
            ],
            ["Use the service recovery paradox carefully."],
            ["Assuming every guest wants a refund."],
            [
                "Award credit for a recovery plan for a failed booking.",
                "Award credit for explaining empowerment.",
            ],
        ),
    )


def test_section_boilerplate_weighs_less_than_content(two_topics: KnowledgeGraph) -> None:
    text = build_text_layer(two_topics)
    weights = {term.text: term.weight for term in text.weighted_terms("energy/marking-point/1")}
    # "award" and "credit" open every marking point: the section's boilerplate
    assert weights["award"] < weights["complaint"]
    assert weights["credit"] < weights["investigate"]


def test_topic_vectors_have_length_one_and_similarity_is_symmetric(
    two_topics: KnowledgeGraph,
) -> None:
    text = build_text_layer(two_topics)
    for slug in ("energy", "hotel"):
        length = math.sqrt(sum(term.weight**2 for term in text.topic_terms(slug)))
        assert length == pytest.approx(1.0)
    assert text.content_similarity("energy", "hotel") == text.content_similarity("hotel", "energy")
    assert 0 < text.content_similarity("energy", "hotel") < 1
    assert text.content_similarity("energy", "energy") == pytest.approx(1.0)
    assert text.content_similarity("energy", "unknown") == 0.0


def test_shared_terms_are_what_both_teach_heaviest_first(two_topics: KnowledgeGraph) -> None:
    text = build_text_layer(two_topics)
    shared = text.shared_terms("energy", "hotel")
    names = [term.text for term in shared]
    assert "refund" in names
    assert "ombudsman" not in names  # only the energy topic uses it
    weights = [term.weight for term in shared]
    assert weights == sorted(weights, reverse=True)
    assert sum(weights) == pytest.approx(text.content_similarity("energy", "hotel"))
    assert len(text.shared_terms("energy", "hotel", limit=2)) == 2


def test_a_helper_process_gives_the_text_layer_one_process_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    graph = load_corpus(SEEDS).graph
    alone = build_text_layer(graph)
    monkeypatch.setattr(layer_module, "PARALLEL_PASSAGES", 2)
    forked: list[bool] = []
    real_worker = ForkedWorker

    def watched(*args: object, **kwargs: bool) -> ForkedWorker[object]:
        worker = real_worker(*args, **kwargs)
        forked.append(worker.forked)
        return worker

    monkeypatch.setattr(layer_module, "ForkedWorker", watched)
    split = build_text_layer(graph)
    assert forked == [can_fork()]
    assert split.terms == alone.terms
    assert (split.passage_weights != alone.passage_weights).nnz == 0
    assert (split.topic_vectors != alone.topic_vectors).nnz == 0
