"""The vocabulary file: parsing, errors, and the consistency of the bundled one."""

from __future__ import annotations

import pytest

from graph import ConceptKind, VocabularyError
from graph.extraction import concept_key
from graph.vocabulary import load_vocabulary, parse_vocabulary

BUNDLED = load_vocabulary()


def test_entries_keep_their_section_as_kind() -> None:
    vocabulary = parse_vocabulary(
        '[models]\n"Net Promoter Score" = ["NPS"]\n'
        '[concepts]\n"Customer Experience" = ["CX"]\n'
        '[not_models]\nwords = ["HR"]\nnames = ["Microsoft Teams"]\n',
        "test",
    )
    kinds = {entry.name: (entry.kind, entry.aliases) for entry in vocabulary.entries}
    assert kinds == {
        "Net Promoter Score": (ConceptKind.MODEL, ("NPS",)),
        "Customer Experience": (ConceptKind.CONCEPT, ("CX",)),
    }


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        pytest.param("HR", True, id="listed-word"),
        pytest.param("FAQs", True, id="plural-of-listed-word"),
        pytest.param("hr", False, id="words-are-case-sensitive"),
        pytest.param("microsoft teams", True, id="names-ignore-case"),
        pytest.param("Large language models", True, id="names-ignore-number"),
        pytest.param("large language modelling", False, id="another-word-is-another-name"),
        pytest.param("NPS", False, id="not-listed"),
    ],
)
def test_is_not_model(surface: str, expected: bool) -> None:
    vocabulary = parse_vocabulary(
        '[not_models]\nwords = ["HR", "FAQ"]\n'
        'names = ["Microsoft Teams", "large language model"]\n',
        "test",
    )
    assert vocabulary.is_not_model(surface) is expected


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        pytest.param('[models]\n"A" = "B"\n', 2, "aliases must be a list", id="alias-not-list"),
        pytest.param('[models]\n" " = []\n', 2, "empty name", id="empty-name"),
        pytest.param("[models\n", 1, "", id="broken-toml"),
        pytest.param("[not_models]\nwords = 3\n", 1, "lists named", id="not-models-not-list"),
    ],
)
def test_errors_name_the_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(VocabularyError) as caught:
        parse_vocabulary(text, "vocab.toml")
    assert str(caught.value).startswith(f"vocab.toml:{line}: ")
    assert fragment in str(caught.value)


def test_bundled_aliases_name_one_entry_each() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for entry in BUNDLED.entries:
        for surface in (entry.name, *entry.aliases):
            key = concept_key(surface)
            if owner.setdefault(key, entry.name) != entry.name:
                clashes.append(f"{surface!r}: {owner[key]} and {entry.name}")
    assert clashes == []


def test_bundled_not_model_words_are_not_model_aliases() -> None:
    model_keys = {
        concept_key(surface)
        for entry in BUNDLED.entries
        if entry.kind is ConceptKind.MODEL
        for surface in (entry.name, *entry.aliases)
    }
    assert sorted(w for w in BUNDLED.not_model_words if concept_key(w) in model_keys) == []
