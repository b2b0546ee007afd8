"""A law or code a document refers back to by its kind alone ("the Act", "the Code")."""

from __future__ import annotations

import pytest

from graph import KnowledgeGraph, build_graph, parse_document
from graph.vocabulary import load_vocabulary


def _document(key_concept: str, tip: str, marking_point: str = "Credit a clear answer.") -> str:
    return f"""\
preview
Topic Synopsis
A synopsis about harbours.
Key Concepts & Core Principles
- {key_concept}
- Boats: Keeping boats in good order.
Exam Tips & Revision Strategies
- {tip}
Common Misconceptions & Mistakes to Avoid
- Thinking every mooring is free.
Examiner Marking Points
- {marking_point}
"""


def _graph(*documents: str) -> KnowledgeGraph:
    return build_graph(
        [parse_document(text, f"t{index}.txt") for index, text in enumerate(documents)],
        load_vocabulary(),
    )


def _meant(graph: KnowledgeGraph, slug: str, reference: str) -> str | None:
    topic = graph.topic(slug)
    assert topic is not None
    concept_id = dict(topic.local_names).get(reference)
    concept = graph.concept(concept_id) if concept_id else None
    return concept.name if concept else None


def _statement_names(graph: KnowledgeGraph, statement_id: str) -> set[str]:
    statement = graph.statement(statement_id)
    assert statement is not None
    return {concept.name for c in statement.concept_ids if (concept := graph.concept(c))}


def test_the_act_is_the_one_act_its_document_names() -> None:
    graph = _graph(
        _document(
            "Moorings: Letting berths under the Harbour Moorings Act 2011.",
            "Explain the Act in plain words.",
            "Credit candidates who apply the Act to a berth dispute.",
        )
    )

    assert _meant(graph, "t0", "the Act") == "Harbour Moorings Act"
    assert "Harbour Moorings Act" in _statement_names(graph, "t0/marking-point/1")


def test_the_act_means_each_documents_own_act() -> None:
    graph = _graph(
        _document(
            "Moorings: Letting berths under the Harbour Moorings Act 2011.", "Quote the Act."
        ),
        _document("Ferries: Selling tickets under the Ferry Fares Act 2019.", "Quote the Act."),
    )

    assert _meant(graph, "t0", "the Act") == "Harbour Moorings Act"
    assert _meant(graph, "t1", "the Act") == "Ferry Fares Act"
    assert graph.find_concept("Harbour Moorings Act") != graph.find_concept("Ferry Fares Act")


def test_a_reference_is_no_name_of_what_it_means() -> None:
    graph = _graph(
        _document("Moorings: Letting berths under the Harbour Moorings Act 2011.", "Quote the Act.")
    )

    assert graph.find_concept("the Act") is None


@pytest.mark.parametrize(
    ("key_concept", "tip", "reference", "meant"),
    [
        pytest.param(
            "Giving: Fundraising within the Code of Harbour Giving.",
            "Say what the Code asks of volunteers.",
            "the Code",
            "Code of Harbour Giving",
            id="a-code-named-by-its-first-word",
        ),
        pytest.param(
            "Fairness: Meeting the Consumer Duty and the duty of candour.",
            "Explain how the Duty changes renewals.",
            "the Duty",
            "Consumer Duty",
            id="a-duty-in-capitals-not-one-in-lower-case",
        ),
        pytest.param(
            "Access: Following the Accessible Mooring Standard (AMS) for every berth.",
            "Apply the Standard's five steps.",
            "the Standard",
            "Accessible Mooring Standard",
            id="a-standard-with-its-acronym",
        ),
    ],
)
def test_a_reference_means_the_one_model_of_its_kind(
    key_concept: str, tip: str, reference: str, meant: str
) -> None:
    graph = _graph(_document(key_concept, tip))

    assert _meant(graph, "t0", reference) == meant


def test_a_reference_means_the_law_its_own_passage_named_last() -> None:
    graph = _graph(
        _document(
            "Moorings: Letting berths under the Harbour Moorings Act 2011, and again under "
            "the Harbour Moorings Act 2011 for winter berths.",
            "Weigh the Boat Safety Act 2004 (BSA) and the Harbour Moorings Act 2011; the "
            "BSA sets duties, and the Act sets penalties.",
        )
    )

    safety_act = graph.find_concept("BSA")

    # the key concept names the Moorings Act most, yet the tip's "the Act" follows the BSA
    assert safety_act is not None
    assert _meant(graph, "t0", "the Act") == safety_act.name


def test_among_equal_laws_a_reference_means_the_one_named_first() -> None:
    graph = _graph(
        _document(
            "Moorings: Letting berths under the Harbour Moorings Act 2011 and keeping records "
            "under the Boat Safety Act 2004.",
            "Quoting the Act at a worried owner as a threat.",
        )
    )

    assert _meant(graph, "t0", "the Act") == "Harbour Moorings Act"


@pytest.mark.parametrize(
    ("key_concept", "tip", "reference"),
    [
        pytest.param(
            "Moorings: Letting berths under the Harbour Moorings Act 2011.",
            "Quote the Act FAST campaign.",
            "the Act",
            id="a-reference-that-goes-on-to-a-name",
        ),
        pytest.param(
            "Giving: Fundraising within the Code of Harbour Giving.",
            "Follow the Code of Practice on ropes.",
            "the Code",
            id="a-code-of-something-else",
        ),
        pytest.param(
            "Complaints: Referring owners to Trading Standards.",
            "Know what the Standards team can do.",
            "the Standards",
            id="no-model-to-refer-to",
        ),
        pytest.param(
            "Moorings: Letting berths under the Harbour Moorings Act 2011.",
            "Quote the Code.",
            "the Code",
            id="no-model-of-that-kind",
        ),
    ],
)
def test_no_reference_read(key_concept: str, tip: str, reference: str) -> None:
    graph = _graph(_document(key_concept, tip))

    assert _meant(graph, "t0", reference) is None


def test_a_reference_is_not_read_as_another_documents_second_name() -> None:
    graph = _graph(
        _document(
            "Complaints: Answering owners under the Harbour Complaints Code (often called the "
            "Code).",
            "Quote the Code.",
        ),
        _document(
            "Giving: Fundraising within the Code of Harbour Giving; the Code also covers "
            "complaints.",
            "Quote the Code.",
        ),
    )

    assert _meant(graph, "t1", "the Code") == "Code of Harbour Giving"
    assert _statement_names(graph, "t1/exam-tip/1") == {"Code of Harbour Giving"}


def test_a_dated_reference_means_each_documents_own_law_of_that_year() -> None:
    graph = _graph(
        _document(
            "Waste: Taking back packaging under the Packaging Waste Regulations 2018.",
            "Explain the 2018 Regulations to staff.",
        ),
        _document(
            "Machines: Siting machines under the Gambling Machines Regulations 2018.",
            "Explain the 2018 Regulations to staff.",
        ),
    )

    assert _meant(graph, "t0", "the 2018 Regulations") == "Packaging Waste Regulations"
    assert _meant(graph, "t1", "the 2018 Regulations") == "Gambling Machines Regulations"
    assert graph.find_concept("Packaging Waste Regulations") != graph.find_concept(
        "Gambling Machines Regulations"
    )


def test_a_dated_reference_means_the_law_of_its_year() -> None:
    graph = _graph(
        _document(
            "Waste: Taking back packaging under the Packaging Waste Regulations 2018 and the "
            "Harbour Moorings Regulations 2011.",
            "Explain the 2011 Regulations to staff.",
        )
    )

    assert _meant(graph, "t0", "the 2011 Regulations") == "Harbour Moorings Regulations"
