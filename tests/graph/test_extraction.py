"""The extraction rules, one table per rule, on sentences written here.

Each case is a phrasing found in curriculum documents; the expected result is what a
careful reader marks, not what the code happened to print.
"""

from __future__ import annotations

import pytest

from graph import ConceptKind, KnowledgeGraph, build_graph, parse_document
from graph.extraction import (
    Candidate,
    MatchMode,
    MentionMatcher,
    Rule,
    concept_key,
    find_candidates,
    find_long_form,
    is_acronym,
    is_mixed_acronym,
    lookup_key,
    names_no_model,
)
from graph.extraction.aliases import TRIGGER_WORDS
from graph.extraction.names import find_ratio_names
from graph.model import PassageKind
from graph.vocabulary import Vocabulary, load_vocabulary, parse_vocabulary

# A small vocabulary, so that these tests say which rule (not which entry) finds a name.
VOCABULARY = parse_vocabulary(
    """
[models]
"Lean" = []
"Six Sigma" = []
[concepts]
[not_models]
words = ["HR", "IT", "SEO", "PPC", "UK", "CEO", "FAQ"]
names = ["Microsoft", "Microsoft Teams", "Instagram"]
""",
    "test vocabulary",
)


def _found(text: str, vocabulary: Vocabulary = VOCABULARY) -> list[Candidate]:
    return find_candidates(text, vocabulary)


def _surfaces(text: str, *rules: Rule) -> set[str]:
    return {c.surface for c in _found(text) if not rules or c.rule in rules}


# --- acronyms ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("NPS", True, id="capitals"),
        pytest.param("KPIs", True, id="plural"),
        pytest.param("PRINCE2", True, id="with-digit"),
        pytest.param("B2B", True, id="digit-inside"),
        pytest.param("4Ps", True, id="numbered-name"),
        pytest.param("5S", True, id="numbered-single-letter"),
        pytest.param("4G", False, id="network-generation"),
        pytest.param("3D", False, id="dimensions"),
        pytest.param("9AM", False, id="time-of-day"),
        pytest.param("Agile", False, id="capitalised-word"),
        pytest.param("I", False, id="one-letter"),
        pytest.param("later", False, id="lower-case"),
        pytest.param("SuperLongAcronymWord", False, id="mixed-case"),
    ],
)
def test_is_acronym(word: str, expected: bool) -> None:
    assert is_acronym(word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Teams track NPS weekly.", {"NPS"}, id="acronym"),
        pytest.param("Report KPIs monthly.", {"KPIs"}, id="plural-acronym"),
        pytest.param("Certify to ISO 9001 first.", {"ISO 9001"}, id="acronym-with-number"),
        pytest.param("Align to ISO/IEC 20000 now.", {"ISO/IEC 20000"}, id="slash-joined-standard"),
        pytest.param("Adopt ITIL 4 practices.", {"ITIL 4", "ITIL"}, id="version-is-the-name"),
        pytest.param("Apply the 6Cs of nursing.", {"6Cs"}, id="numbered-name"),
        pytest.param("Use the JD-R model.", {"JD-R"}, id="hyphenated-acronym"),
        pytest.param("HR and IT teams share data.", set(), id="departments-are-not-models"),
        pytest.param("Fund SEO and PPC campaigns.", set(), id="channels-are-not-models"),
        pytest.param("The CEO reads the FAQ in the UK.", set(), id="roles-pages-places"),
        pytest.param("SEE THE NOTES ON THE BOARD TODAY", set(), id="shouting-is-not-acronyms"),
    ],
)
def test_acronyms_and_not_model_words(text: str, expected: set[str]) -> None:
    assert _surfaces(text, Rule.ACRONYM) == expected


@pytest.mark.parametrize(
    ("text", "surface", "same_as"),
    [
        pytest.param("Adopt ITIL 4 practices.", "ITIL 4", "ITIL", id="version"),
        pytest.param("Meet WCAG 2.2 at level AA.", "WCAG 2.2", "WCAG", id="dotted-version"),
        pytest.param(
            "Meet the Web Content Accessibility Guidelines (WCAG) 2.1 fully.",
            "WCAG 2.1",
            "WCAG",
            id="version-after-the-definition",
        ),
        pytest.param("Apply the CRA 2015 to refunds.", "CRA 2015", "CRA", id="law-and-year"),
        pytest.param("Cite DPA 2018 duties.", "DPA 2018", "DPA", id="another-law-and-year"),
        pytest.param("Certify to ISO 9001 first.", "ISO 9001", None, id="standard-number"),
        pytest.param("Meet ISO 2001 here.", "ISO 2001", None, id="standard-number-like-a-year"),
        pytest.param("Follow BS 1998 here.", "BS 1998", None, id="british-standard-number"),
        pytest.param(
            "Follow BS ISO 22458 for inclusion.", "ISO 22458", "BS ISO 22458", id="adopted-standard"
        ),
        pytest.param(
            "Audit to BS EN ISO 9001 yearly.", "ISO 9001", "BS EN ISO 9001", id="twice-adopted"
        ),
        pytest.param("Audit to BS EN ISO 9001 yearly.", "BS EN ISO 9001", None, id="adopted-whole"),
        pytest.param(
            "Certify to ISO 9001:2015 now.", "ISO 9001:2015", "ISO 9001", id="standard-edition"
        ),
        pytest.param("Meet ISO 18295-1 fully.", "ISO 18295-1", None, id="standard-part"),
        pytest.param(
            "Meet ISO 18295-1:2017 fully.", "ISO 18295-1:2017", "ISO 18295-1", id="part-and-edition"
        ),
    ],
)
def test_numbered_acronyms_are_linked_to_what_they_name(
    text: str, surface: str, same_as: str | None
) -> None:
    (numbered,) = [c for c in _found(text) if c.surface == surface and c.rule is Rule.ACRONYM]

    assert numbered.same_as == same_as


def test_a_renamed_standard_is_one_standard_not_an_organisation() -> None:
    found = _found("Use ISO 44001 (formerly BS 11000) for partners.")

    assert Candidate("BS 11000", Rule.ALIAS, same_as="ISO 44001") in found
    assert not [c for c in found if c.rule is Rule.ORGANISATION]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("RoHS", True, id="lower-case-o"),
        pytest.param("MiCA", True, id="lower-case-i"),
        pytest.param("EqA", True, id="three-letters"),
        pytest.param("VoC", True, id="voice-of-the-customer"),
        pytest.param("NPS", False, id="all-capitals-is-a-plain-acronym"),
        pytest.param("KPIs", False, id="plural-is-a-plain-acronym"),
        pytest.param("YouTube", False, id="brand-with-two-lower-case-letters"),
        pytest.param("McKinsey", False, id="surname"),
        pytest.param("iPhone", False, id="product"),
        pytest.param("Ab", False, id="one-capital"),
    ],
)
def test_is_mixed_acronym(word: str, expected: bool) -> None:
    assert is_mixed_acronym(word) is expected


@pytest.mark.parametrize(
    ("text", "long_form", "short"),
    [
        pytest.param(
            "Products must meet Restriction of Hazardous Substances (RoHS) rules.",
            "Restriction of Hazardous Substances",
            "RoHS",
            id="lower-case-letter-in-acronym",
        ),
        pytest.param(
            "Exchanges follow Markets in Crypto-Assets (MiCA) now.",
            "Markets in Crypto-Assets",
            "MiCA",
            id="skipped-word-and-hyphen",
        ),
        pytest.param(
            "Employers apply the Equality Act 2010 (EqA 2010) to adjustments.",
            "Equality Act 2010",
            "EqA 2010",
            id="acronym-with-year",
        ),
        pytest.param(
            "Lenders follow the Consumer Credit Act 1974 (CCA) closely.",
            "Consumer Credit Act 1974",
            "CCA",
            id="year-in-expansion-only",
        ),
        pytest.param(
            "Exchanges follow MiCA (Markets in Crypto-Assets) now.",
            "Markets in Crypto-Assets",
            "MiCA",
            id="mixed-acronym-first",
        ),
    ],
)
def test_laws_and_mixed_case_acronyms_are_defined(text: str, long_form: str, short: str) -> None:
    found = _found(text)

    assert Candidate(long_form, Rule.DEFINITION, same_as=short) in found
    assert short.split()[0] in _surfaces(text, Rule.ACRONYM)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("She holds a PhD in marketing.", id="qualification"),
        pytest.param("The DfE sets the policy.", id="undefined-mixed-acronym"),
        pytest.param("Watch it on YouTube (YT) later.", id="brand-is-no-acronym"),
    ],
)
def test_mixed_case_words_are_acronyms_only_where_defined(text: str) -> None:
    assert not [c for c in _found(text) if c.surface in {"PhD", "DfE", "YouTube"}]


@pytest.mark.parametrize(
    ("text", "piece", "whole"),
    [
        pytest.param(
            "Exchanges follow Markets in Crypto-Assets (MiCA) now.",
            "Crypto-Assets",
            "Markets in Crypto-Assets",
            id="split-at-in",
        ),
        pytest.param(
            "Under the Digital Markets, Competition and Consumers Act 2024 (DMCCA), firms act.",
            "Competition and Consumers Act",
            "Digital Markets, Competition and Consumers Act 2024",
            id="split-at-a-comma",
        ),
    ],
)
def test_a_piece_of_a_defined_name_is_that_name(text: str, piece: str, whole: str) -> None:
    pieces = [c for c in _found(text) if c.surface == piece]

    assert pieces
    assert {c.same_as for c in pieces} == {whole}


# --- acronym definitions (Schwartz & Hearst) ------------------------------------------


@pytest.mark.parametrize(
    ("short", "before", "expected"),
    [
        pytest.param("NPS", "customers answer the Net Promoter Score", "Net Promoter Score"),
        pytest.param("PDCA", "tools like Plan-Do-Check-Act", "Plan-Do-Check-Act", id="hyphens"),
        pytest.param(
            "PDCA", "using Plan-Do-Check-Act", "Plan-Do-Check-Act", id="opener-word-in-hyphens"
        ),
        pytest.param("KPIs", "monitoring key performance indicators", "key performance indicators"),
        pytest.param(
            "OKR", "set Objectives and Key Results", "Objectives and Key Results", id="connector"
        ),
        pytest.param("KPI", "some unrelated words here", None, id="no-match"),
        pytest.param("NPS", "Use Promoter Score", None, id="first-letter-must-start-word"),
        pytest.param("CX", "the complete experience", None, id="generic-adjective"),
        pytest.param(
            "ORR", "rules set by the Office of Rail and Road", "Office of Rail and Road", id="of"
        ),
        pytest.param(
            "CA", "Under the Communications Act", "Communications Act", id="letters-inside-a-word"
        ),
        pytest.param(
            "DNA", "such as the did-not-attend", "did-not-attend", id="function-word-in-a-compound"
        ),
        pytest.param("KS", "the key stages", "key stages", id="generic-word-that-spells-it"),
    ],
)
def test_find_long_form(short: str, before: str, expected: str | None) -> None:
    assert find_long_form(short, before) == expected


@pytest.mark.parametrize(
    ("text", "long_form", "short"),
    [
        pytest.param(
            "Track Net Promoter Score (NPS) monthly.", "Net Promoter Score", "NPS", id="long-first"
        ),
        pytest.param(
            "Track CES (Customer Effort Score) too.",
            "Customer Effort Score",
            "CES",
            id="short-first",
        ),
        pytest.param(
            "Run Plan-Do-Check-Act (PDCA) cycles.", "Plan-Do-Check-Act", "PDCA", id="hyphenated"
        ),
        pytest.param(
            "Run PDCA (plan do check act) cycles.",
            "plan do check act",
            "PDCA",
            id="lower-short-first",
        ),
        pytest.param(
            "Ask for a Data Protection Impact Assessment (DPIA) early.",
            "Data Protection Impact Assessment",
            "DPIA",
            id="four-words",
        ),
    ],
)
def test_definitions_link_acronym_and_expansion(text: str, long_form: str, short: str) -> None:
    definitions = [c for c in _found(text) if c.rule is Rule.DEFINITION]
    assert definitions == [Candidate(long_form, Rule.DEFINITION, same_as=short)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ask customers (e.g. NPS surveys) often.", id="example-in-parentheses"),
        pytest.param("Use SWOT (strengths and threats) here.", id="does-not-spell-it"),
        pytest.param("Talk to HR (Human Resources) first.", id="not-model-acronym"),
    ],
)
def test_parentheses_that_define_nothing(text: str) -> None:
    assert not [c for c in _found(text) if c.rule is Rule.DEFINITION or c.expansion]


def test_loose_gloss_of_a_known_acronym_is_not_a_definition() -> None:
    vocabulary = parse_vocabulary('[models]\n"Customer Satisfaction Score" = ["CSAT"]\n', "test")
    loose = find_candidates("Track customer satisfaction (CSAT) weekly.", vocabulary)
    exact = find_candidates("Track Customer Satisfaction Score (CSAT) weekly.", vocabulary)
    assert not [c for c in loose if c.rule is Rule.DEFINITION]
    assert Candidate("Customer Satisfaction Score", Rule.DEFINITION, same_as="CSAT") in exact


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        pytest.param(
            "Explain the Consumer Contracts Regulations 2013 here.",
            Candidate(
                "Consumer Contracts Regulations 2013",
                Rule.HEAD_NOUN,
                same_as="Consumer Contracts Regulations",
            ),
            id="year-variant",
        ),
        pytest.param(
            "Explain Tuckman's model here.",
            Candidate("Tuckman's model", Rule.HEAD_NOUN, same_as="Tuckman"),
            id="owner-of-model",
        ),
        pytest.param(
            "Learn SPIN Selling early.",
            Candidate("SPIN Selling", Rule.CAPITALISED, same_as="SPIN"),
            id="acronym-and-word",
        ),
        pytest.param(
            "Draw the Kübler-Ross change curve.",
            Candidate("Kübler-Ross change curve", Rule.HEAD_NOUN, same_as="change curve"),
            id="credited-to-a-person",
        ),
    ],
)
def test_variants_are_linked_to_the_plain_name(text: str, linked: Candidate) -> None:
    assert linked in _found(text)


# --- mnemonics -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        pytest.param(
            "Use the 'LATER' method (Listen, Apologise, Thank, Explain, Resolve).",
            "LATER",
            "Listen, Apologise, Thank, Explain, Resolve",
            id="quoted-method",
        ),
        pytest.param(
            "The GROW model (Goal, Reality, Options, Will) structures coaching.",
            "GROW",
            "Goal, Reality, Options, Will",
            id="model",
        ),
        pytest.param(
            "Staff follow BLAST (Believe, Listen, Apologise, Satisfy and Thank).",
            "BLAST",
            "Believe, Listen, Apologise, Satisfy and Thank",
            id="unknown-mnemonic-with-and",
        ),
    ],
)
def test_mnemonic_expansion_describes_the_acronym(text: str, acronym: str, expansion: str) -> None:
    assert Candidate(acronym, Rule.ACRONYM, expansion=expansion) in _found(text)


# --- quoted names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Use the ‘HEARD’ technique.", {("HEARD", Rule.QUOTED_MODEL)}, id="curly"),
        pytest.param(
            "Apply the 'Five Gaps' model.", {("Five Gaps", Rule.QUOTED_MODEL)}, id="before-head"
        ),
        pytest.param(
            "Identify “moments of truth” on the journey.",
            {("moments of truth", Rule.QUOTED_TERM)},
            id="lower-case-term",
        ),
        pytest.param(
            "Avoid vague answers such as 'ask customers what they think'.", set(), id="speech"
        ),
    ],
)
def test_quoted_names(text: str, expected: set[tuple[str, Rule]]) -> None:
    quoted = {
        (c.surface, c.rule)
        for c in _found(text)
        if c.rule in {Rule.QUOTED_MODEL, Rule.QUOTED_TERM} and c.same_as is None
    }
    assert quoted == expected


def test_quoted_acronym_and_head_are_one_thing_without_quotes() -> None:
    assert Candidate("HEARD technique", Rule.QUOTED_MODEL, same_as="HEARD") in _found(
        "Coach with the ‘HEARD’ technique."
    )


# --- head nouns ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Apply the AIDA model here.", "AIDA model", id="acronym-model"),
        pytest.param("Explain the service recovery paradox.", "service recovery paradox"),
        pytest.param("Use the trust equation here.", "trust equation", id="equation"),
        pytest.param("Link it to the service-profit chain.", "service-profit chain", id="hyphen"),
        pytest.param("Start with a SWOT analysis.", "SWOT analysis", id="weak-head-acronym"),
        pytest.param("Compare it with the Kano Model.", "Kano Model", id="capitalised"),
        pytest.param(
            "Explain the Freedom of Information Act 2000 today.",
            "Freedom of Information Act 2000",
            id="of-inside-name-and-year",
        ),
        pytest.param(
            "Students apply the Hierarchy of Effects Model.",
            "Hierarchy of Effects Model",
            id="head-word-inside-name",
        ),
        pytest.param(
            "Use the ‘LATER’ method with upset callers.", "LATER method", id="quotes-dropped"
        ),
        pytest.param("Follow the Six Sigma DMAIC cycle.", "DMAIC cycle", id="acronym-names-it"),
        pytest.param("Use the feel-felt-found technique.", "feel-felt-found technique"),
        pytest.param("Draw the Kübler-Ross change curve.", "change curve", id="accented-owner"),
        pytest.param("Quote the CAP Code here.", "CAP Code", id="capitalised-code"),
        pytest.param("Rank with the MoSCoW method.", "MoSCoW method", id="mixed-case-acronym"),
        pytest.param("Draw the Johari Window.", "Johari Window", id="window"),
        pytest.param("Track the Bradford Factor.", "Bradford Factor", id="factor"),
        pytest.param("Run the Friends and Family Test.", "Friends and Family Test", id="test"),
        pytest.param("Protect the CIA triad.", "CIA triad", id="triad"),
        pytest.param(
            "Explain the two-factor theory.", "two-factor theory", id="head-word-inside-compound"
        ),
        pytest.param(
            "Contrast the social model of disability with others.",
            "social model of disability",
            id="of-part",
        ),
        pytest.param(
            "Rate it on the five-point Likert scale daily.", "Likert scale", id="counted-prefix"
        ),
        pytest.param("Use the teach-back method daily.", "teach-back method", id="coined-method"),
        pytest.param("Read the GP Patient Survey results.", "GP Patient Survey", id="named-survey"),
    ],
)
def test_head_noun_phrases(text: str, expected: str) -> None:
    assert expected in _surfaces(text, Rule.HEAD_NOUN, Rule.QUOTED_MODEL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Set a clear evaluation framework.", set(), id="indefinite-generic"),
        pytest.param("Always link theoretical models to practice.", set(), id="plural-generic"),
        pytest.param("Emphasise the complete cycle of feedback.", set(), id="generic-adjective"),
        pytest.param("A detailed analysis helps.", set(), id="weak-head-lower-case"),
        pytest.param("Contrast PESTLE and SWOT analysis.", {"SWOT analysis"}, id="and-ends-a-name"),
        pytest.param("Use the Plan-Do-Review model.", set(), id="hyphenated-name-never-cut"),
        pytest.param("Follow the society's code of conduct.", set(), id="lower-case-code"),
        pytest.param(
            "Explain the regulatory framework here.", set(), id="lower-case-framework-is-generic"
        ),
        pytest.param("Check the delivery window.", set(), id="lower-case-window"),
        pytest.param(
            "Porter's Five Forces tests how attractive it is.", set(), id="plural-head-is-a-verb"
        ),
        pytest.param("Hygiene is a two-factor idea.", set(), id="compound-ending-in-factor"),
        pytest.param(
            "Apply the Cynefin framework here.", {"Cynefin framework"}, id="named-framework"
        ),
        pytest.param("Team leaders score calls.", set(), id="sentence-start-capital"),
        pytest.param(
            "Ask the Advertising Standards Authority.", set(), id="head-inside-longer-name"
        ),
        pytest.param(
            "Identify the longest chain of tasks.",
            set(),
            id="superlative",
            marks=pytest.mark.xfail(strict=True, reason="superlatives are not generic yet"),
        ),
        pytest.param(
            "Name the coaching model you are applying.", set(), id="described-by-a-clause"
        ),
        pytest.param("Send the survey to customers.", set(), id="a-survey-in-lower-case"),
    ],
)
def test_head_nouns_only_after_a_name(text: str, expected: set[str]) -> None:
    assert _surfaces(text, Rule.HEAD_NOUN) == expected


# --- models credited to people ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Belbin's team roles help the leader.", "Belbin's team roles", id="roles"),
        pytest.param(
            "Tuckman's stages of group development (forming, storming) recur.",
            "Tuckman's stages of group development",
            id="stages-of",
        ),
        pytest.param(
            "Maslow's hierarchy of needs explains it.",
            "Maslow's hierarchy of needs",
            id="plural-ends-the-of-part",
        ),
        pytest.param(
            "Apply Kirkpatrick's four levels of training evaluation now.",
            "Kirkpatrick's four levels of training evaluation",
            id="number-and-two-words-after-of",
        ),
        pytest.param("Use Porter's five forces here.", "Porter's five forces", id="forces"),
        pytest.param(
            "Shannon and Weaver's model of communication describes noise.",
            "Shannon and Weaver's model of communication",
            id="of-part-before-a-verb",
        ),
        pytest.param(
            "Use Kaplan and Norton's balanced scorecard.",
            "Kaplan and Norton's balanced scorecard",
            id="two-people",
        ),
        pytest.param(
            "The Hersey and Blanchard model differs.",
            "Hersey and Blanchard model",
            id="two-people-without-possessive",
        ),
        pytest.param("Tuckman's model can be used.", "Tuckman's model", id="sentence-start"),
        pytest.param(
            "Pay matters; Adams' equity theory explains why.",
            "Adams' equity theory",
            id="possessive-of-a-name-ending-in-s",
        ),
        pytest.param(
            "Leaders use Kotter's 8-step change model.",
            "Kotter's 8-step change model",
            id="name-starts-at-its-owner",
        ),
    ],
)
def test_models_credited_to_people(text: str, expected: str) -> None:
    surfaces = _surfaces(text, Rule.HEAD_NOUN)

    assert expected in surfaces
    assert not [s for s in surfaces if s.startswith(expected) and s != expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In Herzberg's terms pay is a hygiene factor.", id="no-model-word"),
        pytest.param("The customer's needs come first.", id="lower-case-owner"),
        pytest.param("Amazon's prices fell last year.", id="company-and-plain-noun"),
        pytest.param("Leaders use Kotter's 8-step change model.", id="words-before-owner"),
    ],
)
def test_possessives_that_credit_no_model(text: str) -> None:
    assert not [
        c.surface
        for c in _found(text)
        if c.rule is Rule.HEAD_NOUN and not c.surface.startswith(("Kotter", "8-step"))
    ]


def test_a_person_and_a_structure_noun_alone_is_only_an_alias() -> None:
    (bare,) = [c for c in _found("Tuckman's stages recur.") if c.surface == "Tuckman's stages"]

    assert (bare.rule, bare.same_as) == (Rule.ALIAS, "Tuckman")


def test_an_acronym_after_the_owner_names_the_model() -> None:
    found = _found("PR Smith's SOSTAC planning framework gives a plan its shape.")

    assert Candidate("SOSTAC planning framework", Rule.HEAD_NOUN, same_as="SOSTAC") in found
    assert "planning framework" not in {c.surface for c in found}


# --- other names: "also known as", "(or ...)", alternatives in parentheses -----------------


@pytest.mark.parametrize(
    ("text", "second", "first"),
    [
        pytest.param(
            "Firms apply the Payment Services Regulations 2017, usually called the PSRs.",
            "PSRs",
            "Payment Services Regulations 2017",
            id="usually-called-an-acronym",
        ),
        pytest.param(
            "Use the Boston Matrix, also known as the growth-share matrix, for products.",
            "growth-share matrix",
            "Boston Matrix",
            id="also-known-as",
        ),
        pytest.param(
            "The two-factor theory, sometimes called motivation-hygiene theory, explains pay.",
            "motivation-hygiene theory",
            "two-factor theory",
            id="sometimes-called-lower-case",
        ),
        pytest.param(
            "Plan the week with the Eisenhower Matrix (or urgent-important matrix) daily.",
            "urgent-important matrix",
            "Eisenhower Matrix",
            id="or-in-parentheses",
        ),
        pytest.param(
            "Use the Ansoff Matrix (product-market matrix) for growth.",
            "product-market matrix",
            "Ansoff Matrix",
            id="gloss-with-the-same-model-word",
        ),
        pytest.param(
            "Shops follow the Code of Practice for Returns (the Returns Code) strictly.",
            "Returns Code",
            "Code of Practice for Returns",
            id="short-title-in-parentheses",
        ),
        pytest.param(
            "Patients use the Local Authority Social Services and National Health Service"
            " Complaints (England) Regulations 2009, usually called the 2009 Complaints"
            " Regulations.",
            "2009 Complaints Regulations",
            "Local Authority Social Services and National Health Service Complaints (England)"
            " Regulations 2009",
            id="long-law-and-a-short-title-with-its-year",
        ),
        pytest.param(
            "Regulation 20, known as the statutory Duty of Candour, applies.",
            "Duty of Candour",
            "Regulation 20",
            id="adjective-before-a-capitalised-second-name",
        ),
        pytest.param(
            "Section 75 of the Consumer Credit Act 1974, known as the Card Protection Rule,"
            " helps buyers.",
            "Card Protection Rule",
            "Section 75",
            id="a-provision-of-a-law-named-again",
        ),
    ],
)
def test_a_second_name_is_an_alias_of_the_first(text: str, second: str, first: str) -> None:
    assert Candidate(second, Rule.ALIAS, same_as=first) in _found(text)


def test_a_law_made_under_another_law_is_a_law_of_its_own() -> None:
    found = _found(
        "Providers follow the Health and Social Care Act 2008 (Regulated Activities)"
        " Regulations 2014 closely."
    )

    whole = "Health and Social Care Act 2008 (Regulated Activities) Regulations"
    assert Candidate(whole, Rule.HEAD_NOUN) in found
    assert Candidate("Health and Social Care Act", Rule.HEAD_NOUN) in found


def test_a_first_name_no_rule_found_is_a_second_name_of_the_model_named_after_it() -> None:
    found = _found(
        "Staff use the Calgary–Cambridge schema (also called the Calgary–Cambridge model)."
    )

    assert (
        Candidate("Calgary–Cambridge schema", Rule.ALIAS, same_as="Calgary–Cambridge model")
        in found
    )


def test_a_guide_named_like_a_model_is_found_by_its_model_word() -> None:
    found = _found(
        "Staff use the Calgary–Cambridge guide (also called the Calgary–Cambridge model)."
    )

    assert Candidate("Calgary–Cambridge guide", Rule.HEAD_NOUN) in found
    assert (
        Candidate("Calgary–Cambridge model", Rule.ALIAS, same_as="Calgary–Cambridge guide") in found
    )


def test_a_second_name_may_end_in_a_lower_case_model_word() -> None:
    found = _found("The Boston grid, also known as the Boston matrix, sorts products.")

    assert Candidate("Boston matrix", Rule.ALIAS, same_as="Boston grid") in found


@pytest.mark.parametrize(
    ("text", "second", "first"),
    [
        pytest.param(
            "Use the Kano model (also called Kano's theory of attractive quality) here.",
            "Kano's theory of attractive quality",
            "Kano model",
            id="also-called-in-parentheses",
        ),
        pytest.param(
            "The Kraljic matrix (also known as Kraljic's purchasing model) helps buyers.",
            "Kraljic's purchasing model",
            "Kraljic matrix",
            id="also-known-as-in-parentheses",
        ),
    ],
)
def test_the_words_that_introduce_a_second_name_are_never_that_name(
    text: str, second: str, first: str
) -> None:
    aliases = {c.surface for c in _found(text) if c.rule is Rule.ALIAS}

    assert second in aliases
    assert aliases.isdisjoint(TRIGGER_WORDS)


def test_an_acronym_given_in_apposition_defines_the_words_before_it() -> None:
    found = _found("Track average speed of answer, also known as ASA, daily.")

    assert Candidate("average speed of answer", Rule.DEFINITION, same_as="ASA") in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Posts on X (formerly Twitter) spread fast.", id="brand-renamed"),
        pytest.param("A method called mirroring helps.", id="no-comma-no-also"),
        pytest.param("This is what is known as good service.", id="what-is-known-as"),
        pytest.param("The team, known for its speed, won.", id="known-for"),
        pytest.param("Use the matrix, also known as the grid, for plans.", id="nameless-first"),
        pytest.param("Call the Financial Ombudsman Service, known as FOS.", id="not-a-model-word"),
        pytest.param(
            "Go to the Ombudsman Scheme (the dispute resolution service) last.",
            id="lower-case-gloss-in-parentheses",
        ),
    ],
)
def test_phrases_that_give_no_second_name(text: str) -> None:
    vocabulary = parse_vocabulary('[not_models]\nwords = ["FOS"]\nnames = []\n', "test")

    assert not [c for c in find_candidates(text, vocabulary) if c.rule is Rule.ALIAS]


def test_an_alternative_joined_by_an_en_dash_names_the_same_model() -> None:
    found = _found("Grönroos's two-part (technical–functional) model helps.")

    alternative = Candidate("technical–functional model", Rule.HEAD_NOUN, same_as="two-part model")
    assert alternative in found


def test_an_alternative_inside_a_name_names_the_same_theory() -> None:
    found = _found("Herzberg's two-factor (motivation-hygiene) theory separates factors.")

    assert Candidate("motivation-hygiene theory", Rule.HEAD_NOUN, same_as="two-factor theory") in (
        found
    )
    assert (
        Candidate(
            "Herzberg's two-factor (motivation-hygiene) theory",
            Rule.ALIAS,
            same_as="Herzberg's two-factor theory",
        )
        in found
    )


# --- laws with a parenthesis in their title, and provisions -------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "The Consumer Contracts (Information, Cancellation and Additional Charges) "
            "Regulations 2013 give rights.",
            "Consumer Contracts (Information, Cancellation and Additional Charges) Regulations",
            id="list-in-parentheses",
        ),
        pytest.param(
            "Suppliers follow the Gas and Electricity (Consumer Complaints Handling Standards)"
            " Regulations 2008.",
            "Gas and Electricity (Consumer Complaints Handling Standards) Regulations",
            id="and-before-parentheses",
        ),
        pytest.param(
            "Charge under the Late Payment of Commercial Debts (Interest) Act 1998.",
            "Late Payment of Commercial Debts (Interest) Act",
            id="of-before-parentheses",
        ),
        pytest.param("Under Section 75 the lender is liable.", "Section 75", id="section"),
        pytest.param("Article 17 gives a right to erasure.", "Article 17", id="article"),
    ],
)
def test_laws_with_parentheses_in_their_titles(text: str, title: str) -> None:
    assert title in _surfaces(text, Rule.HEAD_NOUN)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ask customers (Which Brand) Code first.", id="opener-before-parentheses"),
        pytest.param("Staff (see the Team Charter) Rules apply.", id="sentence-in-parentheses"),
        pytest.param("Read section 75 carefully.", id="lower-case-section"),
        pytest.param("Pass Level 3 first.", id="level-is-no-provision"),
    ],
)
def test_parentheses_and_numbers_that_make_no_law(text: str) -> None:
    assert not [s for s in _surfaces(text, Rule.HEAD_NOUN) if "(" in s or s[-1].isdigit()]


def test_pieces_of_a_law_title_belong_to_the_law() -> None:
    text = "Apply the Charities (Protection and Social Investment) Act 2016 in fundraising."
    pieces = [c for c in _found(text) if c.surface == "Protection and Social Investment"]

    assert pieces
    assert {c.same_as for c in pieces} == {"Charities (Protection and Social Investment) Act"}


# --- metrics written in lower case --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Track the attrition rate monthly.", "attrition rate", id="noun-rate"),
        pytest.param(
            "A high abandonment rate means callers give up.", "abandonment rate", id="adjective"
        ),
        pytest.param("Staff aim to reduce churn rate.", "churn rate", id="verb-before"),
        pytest.param(
            "Improve the first time fix rate.", "first time fix rate", id="three-word-rate"
        ),
        pytest.param("Refer to cost per contact in each channel.", "cost per contact", id="per"),
        pytest.param("Advisers handle contacts per hour.", "contacts per hour", id="plural-per"),
        pytest.param("Watch the digital take-up rate.", "digital take-up rate", id="hyphenated"),
        pytest.param("The on-time rate fell.", "on-time rate", id="short-word-in-compound"),
        pytest.param(
            "Report the average waiting time daily.", "average waiting time", id="average-of"
        ),
        pytest.param("Raise the average order value.", "average order value", id="average-value"),
        pytest.param("Watch the FOS change rate.", "FOS change rate", id="acronym-before-rate"),
        pytest.param(
            "Customer acquisition cost, the total spend on marketing, matters.",
            "Customer acquisition cost",
            id="defined-as-a-total",
        ),
        pytest.param(
            "Occupancy is the proportion of logged-in time spent on contacts.",
            "Occupancy",
            id="defined-one-word-opening-a-sentence",
        ),
        pytest.param(
            "Service level, the percentage of calls answered in 20 seconds, matters.",
            "Service level",
            id="defined-in-apposition",
        ),
        pytest.param(
            "Confusing occupancy with utilisation, which measures handling time as a share"
            " of paid time.",
            "utilisation",
            id="defined-in-a-which-clause",
        ),
        pytest.param(
            "Schedule adherence shows whether advisers are where the plan says.",
            "Schedule adherence",
            id="shows-whether",
        ),
        pytest.param(
            "Report KPIs such as cost of sale, agent utilisation and first contact resolution.",
            "agent utilisation",
            id="listed-with-other-metrics",
        ),
        pytest.param(
            "Track metrics such as first contact resolution and customer effort.",
            "customer effort",
            id="listed-after-metrics-with-no-measure-word",
        ),
        pytest.param(
            "Low response rate weakens a survey.", "response rate", id="noun-that-opens-sentences"
        ),
        pytest.param(
            "Leaders weigh speed and quality measures: wrap time, average handle time (AHT),"
            " and quality score.",
            "quality score",
            id="listed-after-measures-and-a-colon-past-an-acronym",
        ),
        pytest.param(
            "Key measures are return rate, refund processing time and repeat contact.",
            "refund processing time",
            id="listed-after-measures-are",
        ),
    ],
)
def test_metrics_written_in_lower_case(text: str, expected: str) -> None:
    assert expected in _surfaces(text, Rule.METRIC)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lenders offer a fixed rate and a high interest rate.", id="prices"),
        pytest.param("Agents answer two calls per hour at £5 per hour.", id="quantities"),
        pytest.param("Mishandled bags per thousand passengers fell.", id="per-a-number"),
        pytest.param("In retail, the share of online sales grew.", id="opening-phrase"),
        pytest.param("For example, the number of calls rose.", id="for-example"),
        pytest.param("The survey shows whether customers are happy.", id="one-word-mid-sentence"),
        pytest.param("Response rates show how many customers replied.", id="plural-subject"),
        pytest.param("Use measures such as training and coaching.", id="measures-are-actions"),
        pytest.param("Good service is the number one priority.", id="generic-subject"),
        pytest.param("KPIs such as waiting times matter.", id="plural-item"),
        pytest.param("The average time fell for the average customer.", id="average-of-nothing"),
        pytest.param("Buy pay-per-click ads at £2 per click.", id="per-inside-a-compound"),
        pytest.param("Review the (NS) rate, the share of visits missed.", id="bare-measure-word"),
        pytest.param("Check five calls per agent per month.", id="per-after-per"),
        pytest.param("KPIs are useful when agreed with staff.", id="metrics-are-no-list"),
        pytest.param("Safety measures are training and fencing.", id="measures-are-steps"),
        pytest.param("Track the cost to serve per return.", id="to-before-per"),
    ],
)
def test_words_that_name_no_metric(text: str) -> None:
    assert not _surfaces(text, Rule.METRIC)


# --- capitalised names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Learners use surveys and Net Promoter Score daily.",
            {"Net Promoter Score"},
            id="inside-sentence",
        ),
        pytest.param("Net Promoter Score matters.", {"Net Promoter Score"}, id="sentence-start"),
        pytest.param("Track NPS and CSAT weekly.", set(), id="sentence-start-verb-before-acronyms"),
        pytest.param("Using Kepner-Tregoe wisely.", {"Kepner-Tregoe"}, id="short-gerund-opener"),
        pytest.param(
            "Refer to the Balanced Scorecard here.", {"Balanced Scorecard"}, id="imperative-opener"
        ),
        pytest.param(
            "Thinking that Lean and Six Sigma agree.", {"Six Sigma"}, id="split-at-known-and"
        ),
        pytest.param(
            "Contrast the Boston Matrix and the Ansoff Matrix.",
            {"Boston Matrix", "Ansoff Matrix"},
            id="split-at-the",
        ),
        pytest.param(
            "Capture the Voice of the Customer.", {"Voice of the Customer"}, id="of-the-inside"
        ),
        pytest.param(
            "McGregor's Theory X and Theory Y differ.",
            {"Theory X and Theory Y", "McGregor's Theory X and Theory Y"},
            id="owner-possessive",
        ),
        pytest.param(
            "Mention the Consumer Rights Act 2015.",
            {"Consumer Rights Act", "Consumer Rights Act 2015"},
            id="act-with-and-without-year",
        ),
        pytest.param("Chat on Microsoft Teams daily.", set(), id="product"),
        pytest.param("Read Jan Carlzon's book.", set(), id="person-possessive"),
        pytest.param("Call the Financial Ombudsman Service.", set(), id="organisation"),
        pytest.param("Meet every Monday in London.", set(), id="day-in-place"),
        pytest.param("Ask the General Manager.", set(), id="job-title"),
        pytest.param("Ask the Head of Operations.", set(), id="head-of"),
        pytest.param("Situation, Problem, Implication and Need questions.", set(), id="list"),
        pytest.param("Data from the Office for National Statistics.", set(), id="public-body"),
    ],
)
def test_capitalised_names(text: str, expected: set[str]) -> None:
    assert _surfaces(text, Rule.CAPITALISED) == expected


# --- normal forms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("The PDCA cycles", "pdca cycle", id="leading-the-plural-case"),
        pytest.param("KPIs", "KPI", id="plural-acronym"),
        pytest.param("Maslow's hierarchy of needs", "Maslow hierarchy of need", id="possessive"),
        pytest.param("Service-Profit Chain", "service profit chain", id="hyphen"),
        pytest.param("Customer Service Excellence", "Customer service excellence", id="case"),
        pytest.param("Plan–Do–Check–Act", "plan do check act", id="en-dash"),
        pytest.param("Adams’ equity theory", "adams equity theory", id="plural-possessive"),
        pytest.param("Kübler-Ross", "kübler ross", id="accented-letters"),
    ],
)
def test_concept_key_ignores_surface_differences(a: str, b: str) -> None:
    assert concept_key(a) == concept_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Process", "Proces", id="ss-is-not-plural"),
        pytest.param("Kano Model", "Kano", id="head-word-kept"),
        pytest.param("The", "", id="lone-the-kept"),
    ],
)
def test_concept_key_keeps_real_differences(a: str, b: str) -> None:
    assert concept_key(a) != concept_key(b)


def test_lookup_key_ignores_spacing_as_well() -> None:
    assert lookup_key("Plan Do Check Act") == lookup_key("PlanDoCheckAct") == "plandocheckact"
    assert concept_key("Plan Do") != concept_key("PlanDo")


# --- MentionMatcher --------------------------------------------------------------------


def _matcher() -> MentionMatcher:
    return MentionMatcher(
        {
            "later": [("LATER", MatchMode.ACRONYM), ("LATER method", MatchMode.ANY_CASE)],
            "agile": [("Agile", MatchMode.CAPITALISED)],
            "six-sigma": [("Six Sigma", MatchMode.ANY_CASE)],
            "lean-six-sigma": [("Lean Six Sigma", MatchMode.ANY_CASE)],
            "nps": [("Net Promoter Score", MatchMode.ANY_CASE), ("NPS", MatchMode.ACRONYM)],
        }
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Use LATER with callers.", [("later", "LATER")], id="acronym"),
        pytest.param("We will call back later.", [], id="word-later-is-not-acronym"),
        pytest.param("Agile teams plan sprints.", [("agile", "Agile")], id="capitalised"),
        pytest.param("An agile response helps.", [], id="lower-case-agile"),
        pytest.param(
            "Train in Lean Six Sigma.", [("lean-six-sigma", "Lean Six Sigma")], id="longest-match"
        ),
        pytest.param(
            "Track the net promoter score and NPS.",
            [("nps", "net promoter score"), ("nps", "NPS")],
            id="any-case-and-acronym",
        ),
        pytest.param(
            "Apply the 'LATER' method.", [("later", "LATER method")], id="quotes-inside-match"
        ),
        pytest.param("Six, Sigma and more.", [], id="no-match-across-punctuation"),
    ],
)
def test_mention_matcher(text: str, expected: list[tuple[str, str]]) -> None:
    assert _matcher().find(text) == expected


# --- naming and kind, end to end --------------------------------------------------------

_DOCUMENT = """preview
Topic Synopsis
Teams use the plan do check act cycle and an agile mindset.
They track CES (Customer Effort Score) and KPIs.
Key Concepts & Core Principles
- Key Performance Indicator: A KPI is a measure of success.
- Statistical Process Control (SPC): Control charts show stability.
- Recovery Models: Structured ways to recover from failure.
- Likert Scales: Respondents rate a Likert scale item.
- FAB: Use the features-advantages-benefits approach to sell.
Exam Tips & Revision Strategies
- Explain Customer Effort Score alongside KPI targets.
Common Misconceptions & Mistakes to Avoid
- Believing that Agile means no planning.
- Thinking a five-star rating from the AA proves quality, or ignoring the Equality Act.
- Forgetting that the Equality Act 2010 applies.
Examiner Marking Points
- Credit use of the Plan-Do-Check-Act cycle.
"""

_BUILD_VOCABULARY = parse_vocabulary(
    '[models]\n"Plan-Do-Check-Act" = ["PDCA"]\n"Agile" = []\n[concepts]\n'
    "[not_models]\nwords = []\nnames = []\n",
    "test",
)


@pytest.fixture(scope="module")
def small_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_DOCUMENT, "t.txt", slug="t")], _BUILD_VOCABULARY)


@pytest.mark.parametrize(
    ("surfaces", "name", "kind"),
    [
        pytest.param(
            ["CES", "Customer Effort Score"],
            "Customer Effort Score",
            ConceptKind.MODEL,
            id="definition-names-the-acronym",
        ),
        pytest.param(
            ["KPIs", "KPI", "Key Performance Indicator"],
            "Key Performance Indicator",
            ConceptKind.MODEL,
            id="plural-and-key-concept-merge",
        ),
        pytest.param(
            ["plan do check act", "Plan-Do-Check-Act", "PDCA"],
            "Plan-Do-Check-Act",
            ConceptKind.MODEL,
            id="hyphenated-vocabulary-name-in-lower-case",
        ),
        pytest.param(
            ["SPC", "Statistical Process Control"],
            "Statistical Process Control",
            ConceptKind.MODEL,
            id="key-concept-with-own-acronym-is-a-model",
        ),
        pytest.param(
            ["Recovery Models"], "Recovery Models", ConceptKind.CONCEPT, id="plural-heading"
        ),
        pytest.param(
            ["Likert Scales", "Likert scale"],
            "Likert Scales",
            ConceptKind.MODEL,
            id="plural-heading-named-singular-in-prose",
        ),
        pytest.param(["AA"], "AA", ConceptKind.CONCEPT, id="bare-two-letter-acronym"),
        pytest.param(
            ["FAB", "features-advantages-benefits approach"],
            "FAB",
            ConceptKind.MODEL,
            id="initials-spell-acronym-without-head-word",
        ),
        pytest.param(
            ["Equality Act", "Equality Act 2010"],
            "Equality Act",
            ConceptKind.MODEL,
            id="year-variant-one-node",
        ),
    ],
)
def test_one_node_per_thing_with_name_and_kind(
    small_graph: KnowledgeGraph, surfaces: list[str], name: str, kind: ConceptKind
) -> None:
    nodes = {small_graph.find_concept(surface) for surface in surfaces}
    assert len(nodes) == 1
    (node,) = nodes
    assert node is not None
    assert (node.name, node.kind) == (name, kind)
    assert "t" in node.topic_slugs


def test_single_capitalised_vocabulary_word_needs_its_capital(
    small_graph: KnowledgeGraph,
) -> None:
    agile = small_graph.find_concept("Agile")
    assert agile is not None
    # only the misconception writes "Agile"; the synopsis's "agile mindset" is not a mention
    assert len(agile.statement_ids) == 1
    assert "agile" not in agile.aliases


def test_acronym_tool_is_the_acronym() -> None:
    linked = [c for c in _found("Hand over with the SBAR tool.") if c.same_as == "SBAR"]

    assert [c.surface for c in linked] == ["SBAR tool"]


_EPONYMS = """\
preview
Topic Synopsis
Teams diagnose incidents with Kepner-Tregoe and fix them under ITIL 4.
Key Concepts & Core Principles
- Problem Solving: Using Kepner-Tregoe analysis to find causes, within ITIL.
Exam Tips & Revision Strategies
- Quote the Kano model, and certify against ISO 9001 or ISO 14001.
Common Misconceptions & Mistakes to Avoid
- Thinking the Service Recovery Paradox always holds.
Examiner Marking Points
- Credit service recovery examples.
"""


@pytest.fixture(scope="module")
def eponym_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_EPONYMS, "e.txt")], _BUILD_VOCABULARY)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Kepner-Tregoe", "Kepner-Tregoe analysis", id="eponym-and-its-method"),
        pytest.param("ITIL", "ITIL 4", id="acronym-and-its-version"),
    ],
)
def test_a_name_and_its_variant_are_one_node(
    eponym_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = eponym_graph.find_concept(first)

    assert node is not None
    assert eponym_graph.find_concept(second) == node


def test_numbered_standards_stay_apart(eponym_graph: KnowledgeGraph) -> None:
    iso_9001 = eponym_graph.find_concept("ISO 9001")
    iso_14001 = eponym_graph.find_concept("ISO 14001")

    assert iso_9001 is not None
    assert iso_14001 is not None
    assert iso_9001 != iso_14001


def test_a_model_named_after_one_proper_name_answers_to_that_name(
    eponym_graph: KnowledgeGraph,
) -> None:
    kano = eponym_graph.find_concept("Kano model")

    assert kano is not None
    assert eponym_graph.find_concept("kano") == kano


def test_a_multi_word_name_does_not_merge_into_its_first_words(
    eponym_graph: KnowledgeGraph,
) -> None:
    paradox = eponym_graph.find_concept("Service Recovery Paradox")

    assert paradox is not None
    assert eponym_graph.find_concept("service recovery") != paradox


_CAPITALISED = """\
preview
Topic Synopsis
Planners forecast with Holt-Winters smoothing and staff with Erlang C.
Key Concepts & Core Principles
- Staffing: The Erlang C formula and the Montreal Convention both matter here.
Exam Tips & Revision Strategies
- Compare what the Planning Team and British Airways do.
Common Misconceptions & Mistakes to Avoid
- Thinking Theory X explains every team.
Examiner Marking Points
- Credit accurate staffing.
"""


@pytest.fixture(scope="module")
def capitalised_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_CAPITALISED, "c.txt")], _BUILD_VOCABULARY)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        pytest.param("Planning Team", ConceptKind.CONCEPT, id="team-is-not-a-model"),
        pytest.param("British Airways", ConceptKind.CONCEPT, id="company-is-not-a-model"),
        pytest.param("Holt-Winters", ConceptKind.MODEL, id="hyphenated-eponyms"),
        pytest.param("Erlang C", ConceptKind.MODEL, id="name-and-letter"),
        pytest.param("Theory X", ConceptKind.MODEL, id="theory-and-letter"),
        pytest.param("Montreal Convention", ConceptKind.MODEL, id="convention-is-a-model-word"),
    ],
)
def test_a_capitalised_name_is_a_model_only_with_a_sign_of_one(
    capitalised_graph: KnowledgeGraph, name: str, kind: ConceptKind
) -> None:
    concept = capitalised_graph.find_concept(name)

    assert concept is not None
    assert concept.kind is kind


def test_a_named_formula_joins_the_name_written_alone(capitalised_graph: KnowledgeGraph) -> None:
    erlang = capitalised_graph.find_concept("Erlang C")

    assert erlang is not None
    assert capitalised_graph.find_concept("Erlang C formula") == erlang


_BODIES = """\
preview
Topic Synopsis
Airlines answer to the Civil Aviation Authority (CAA) and apply the
  Job Demands-Resources (JD-R) model.
Key Concepts & Core Principles
- Regulation: What the CAA expects of airlines.
Exam Tips & Revision Strategies
- Explain the JD-R model.
Common Misconceptions & Mistakes to Avoid
- Thinking the CAA sets fares.
Examiner Marking Points
- Credit accurate use of JD-R.
"""


@pytest.fixture(scope="module")
def bodies_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_BODIES, "b.txt")], _BUILD_VOCABULARY)


def test_an_acronym_that_stands_for_a_body_is_not_a_model(bodies_graph: KnowledgeGraph) -> None:
    caa = bodies_graph.find_concept("CAA")

    assert caa is not None
    assert caa.name == "Civil Aviation Authority"
    assert caa.kind is ConceptKind.CONCEPT


def test_a_hyphenated_acronym_meets_its_expansion(bodies_graph: KnowledgeGraph) -> None:
    jdr = bodies_graph.find_concept("JD-R")

    assert jdr is not None
    assert jdr == bodies_graph.find_concept("Job Demands-Resources")
    assert jdr.kind is ConceptKind.MODEL


_LAWS = """\
preview
Topic Synopsis
Retailers apply the Equality Act 2010 (EqA 2010) and the Consumer Credit Act 1974 (CCA),
  and importers meet Restriction of Hazardous Substances (RoHS) rules.
Key Concepts & Core Principles
- Adjustments: What EqA 2010 requires of service providers.
Exam Tips & Revision Strategies
- Quote the EqA and the CCA by name, and explain what RoHS restricts.
Common Misconceptions & Mistakes to Avoid
- Thinking the Consumer Credit Act covers debit cards.
Examiner Marking Points
- Credit accurate use of the Equality Act.
"""


@pytest.fixture(scope="module")
def laws_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_LAWS, "l.txt")], _BUILD_VOCABULARY)


@pytest.mark.parametrize(
    "surfaces",
    [
        pytest.param(
            ["Equality Act 2010", "EqA 2010", "EqA", "Equality Act"], id="law-year-and-short-form"
        ),
        pytest.param(["Consumer Credit Act 1974", "CCA", "Consumer Credit Act"], id="law-acronym"),
        pytest.param(["Restriction of Hazardous Substances", "RoHS"], id="mixed-case-acronym"),
    ],
)
def test_every_form_of_a_law_is_one_model(laws_graph: KnowledgeGraph, surfaces: list[str]) -> None:
    nodes = {laws_graph.find_concept(surface) for surface in surfaces}

    assert len(nodes) == 1
    (node,) = nodes
    assert node is not None
    assert node.kind is ConceptKind.MODEL


def test_a_short_form_of_a_law_is_found_where_it_is_written_alone(
    laws_graph: KnowledgeGraph,
) -> None:
    node = laws_graph.find_concept("EqA")

    assert node is not None
    assert "l/exam-tip/1" in node.statement_ids  # "Quote the EqA ..."
    assert "EqA" in node.aliases


_OWNED = """\
preview
Topic Synopsis
Leaders use Kotter's 8-step change model and Tuckman's stages of group development.
Key Concepts & Core Principles
- Change: Kotter's model is often criticised; Porter's five forces and Porter's value
  chain differ, and Porter's model means either.
- Teams: Tuckman's model explains conflict; Belbin's roles are different.
Exam Tips & Revision Strategies
- Do not confuse Lewin's force field analysis with Lewin's model.
- Quote Mehrabian's 7-38-55 rule with care: Mehrabian's rule concerns feelings only.
Common Misconceptions & Mistakes to Avoid
- Thinking Tuckman's stages always run in order.
Examiner Marking Points
- Credit accurate use of Kotter's model.
"""


@pytest.fixture(scope="module")
def owned_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_OWNED, "o.txt")], _BUILD_VOCABULARY)


@pytest.mark.parametrize(
    ("bare", "full"),
    [
        pytest.param("Kotter's model", "Kotter's 8-step change model", id="model"),
        pytest.param("Tuckman's model", "Tuckman's stages of group development", id="stages"),
        pytest.param("Tuckman's stages", "Tuckman's stages of group development", id="bare-stages"),
        pytest.param("Mehrabian's rule", "Mehrabian's 7-38-55 rule", id="same-last-word"),
    ],
)
def test_a_persons_model_is_their_one_fuller_model(
    owned_graph: KnowledgeGraph, bare: str, full: str
) -> None:
    node = owned_graph.find_concept(full)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert owned_graph.find_concept(bare) == node


@pytest.mark.parametrize(
    ("bare", "others"),
    [
        pytest.param("Porter's model", ["Porter's five forces", "Porter's value chain"], id="two"),
        pytest.param("Lewin's model", ["Lewin's force field analysis"], id="analysis-is-no-model"),
    ],
)
def test_a_persons_model_stays_apart_when_it_could_be_another(
    owned_graph: KnowledgeGraph, bare: str, others: list[str]
) -> None:
    node = owned_graph.find_concept(bare)

    assert node is not None
    assert all(owned_graph.find_concept(other) not in {None, node} for other in others)


def test_a_person_and_a_structure_noun_with_no_fuller_name_is_no_model(
    owned_graph: KnowledgeGraph,
) -> None:
    roles = owned_graph.find_concept("Belbin's roles")

    assert roles is None or roles.kind is ConceptKind.CONCEPT


_SECOND_NAMES = """\
preview
Topic Synopsis
Payment firms apply the Payment Services Regulations 2017, usually called the PSRs, and
  the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations
  2013, usually shortened to the Consumer Contracts Regulations.
Key Concepts & Core Principles
- Motivation: Herzberg's two-factor (motivation-hygiene) theory separates hygiene factors
  from motivators.
- Portfolio: The Boston Matrix, also known as the growth-share matrix, sorts products.
Exam Tips & Revision Strategies
- Quote the PSRs and the Consumer Contracts Regulations by name.
Common Misconceptions & Mistakes to Avoid
- Thinking the motivation-hygiene theory says pay motivates.
Examiner Marking Points
- Credit use of the growth-share matrix and of the two-factor theory.
"""


@pytest.fixture(scope="module")
def second_names_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SECOND_NAMES, "s.txt")], _BUILD_VOCABULARY)


@pytest.mark.parametrize(
    "surfaces",
    [
        pytest.param(
            ["Payment Services Regulations 2017", "PSRs", "Payment Services Regulations"],
            id="usually-called",
        ),
        pytest.param(
            [
                "Consumer Contracts (Information, Cancellation and Additional Charges) "
                "Regulations 2013",
                "Consumer Contracts Regulations",
            ],
            id="long-title-and-short-title",
        ),
        pytest.param(
            [
                "Herzberg's two-factor (motivation-hygiene) theory",
                "motivation-hygiene theory",
                "two-factor theory",
                "Herzberg's two-factor theory",
            ],
            id="alternative-in-parentheses",
        ),
        pytest.param(["Boston Matrix", "growth-share matrix"], id="also-known-as"),
    ],
)
def test_two_names_of_one_thing_are_one_model(
    second_names_graph: KnowledgeGraph, surfaces: list[str]
) -> None:
    nodes = {second_names_graph.find_concept(surface) for surface in surfaces}

    assert len(nodes) == 1
    (node,) = nodes
    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert len(node.statement_ids) >= 1


# --- names that are no models ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Financial Conduct Authority", True, id="regulator"),
        pytest.param("Royal National Institute of Blind People", True, id="institute-of"),
        pytest.param("Department for Work and Pensions", True, id="department-for"),
        pytest.param("Money Advice Trust", True, id="charity-trust"),
        pytest.param("Financial Ombudsman Service", True, id="ombudsman-service"),
        pytest.param("Data Protection Officer", True, id="job-title"),
        pytest.param("Scrum Master", True, id="role"),
        pytest.param("Customer Service Team", True, id="team"),
        pytest.param("British Sign Language", True, id="language"),
        pytest.param("Giving Tuesday", True, id="day"),
        pytest.param("Passengers with Reduced Mobility", True, id="group-of-people"),
        pytest.param("Patient Advice and Liaison Service", True, id="advice-service"),
        pytest.param("Government Digital Service", True, id="government-service"),
        pytest.param("Knowledge-Centred Service", False, id="method-ending-in-service"),
        pytest.param("Grade of Service", False, id="measure-ending-in-service"),
        pytest.param("Decision-Making Unit", False, id="marketing-model-ending-in-unit"),
        pytest.param("Housing Ombudsman's Complaint Handling Code", False, id="an-ombudsman-code"),
        pytest.param("Service Level Agreement", False, id="agreement"),
    ],
)
def test_names_no_model(name: str, expected: bool) -> None:
    assert names_no_model(name) is expected


_NOT_MODELS = """\
preview
Topic Synopsis
Advisers refer customers to Citizens Advice (CA) and the Royal National Institute of
  Blind People (RNIB), and the Financial Conduct Authority, known as the FCA, sets rules.
Key Concepts & Core Principles
- Regulatory framework: The regulatory framework covers the Data Protection Officer (DPO).
- Access: Staff learn British Sign Language (BSL), as in the well-known Ritz-Carlton
  practice of training every employee.
- Knowledge: Teams use Knowledge-Centred Service (KCS) and map the Decision-Making Unit
  (DMU), and diagnose faults with Kepner-Tregoe.
Exam Tips & Revision Strategies
- Say what the CA, the RNIB, the FCA and the DPO do.
Common Misconceptions & Mistakes to Avoid
- Thinking BSL is English in signs.
Examiner Marking Points
- Credit use of KCS and of the DMU.
"""


@pytest.fixture(scope="module")
def not_models_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary(
        '[models]\n[concepts]\n[not_models]\nwords = []\nnames = ["Citizens Advice"]\n',
        "test",
    )
    return build_graph([parse_document(_NOT_MODELS, "n.txt")], vocabulary)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("CA", id="listed-charity-with-an-acronym"),
        pytest.param("RNIB", id="charity-named-an-institute-of"),
        pytest.param("FCA", id="regulator-known-as"),
        pytest.param("DPO", id="job-title-with-an-acronym"),
        pytest.param("BSL", id="language-with-an-acronym"),
        pytest.param("Ritz-Carlton", id="brand-before-a-noun"),
        pytest.param("Regulatory framework", id="generic-framework-key-concept"),
    ],
)
def test_organisations_roles_languages_and_brands_are_no_models(
    not_models_graph: KnowledgeGraph, name: str
) -> None:
    node = not_models_graph.find_concept(name)

    assert node is None or node.kind is ConceptKind.CONCEPT


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("KCS", id="method-ending-in-service"),
        pytest.param("DMU", id="model-ending-in-unit"),
        pytest.param("Kepner-Tregoe", id="method-named-after-two-people"),
    ],
)
def test_models_that_look_like_bodies_stay_models(
    not_models_graph: KnowledgeGraph, name: str
) -> None:
    node = not_models_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


_MEASURES = """\
preview
Topic Synopsis
Contact centres watch the containment rate, the service recovery paradox, the
  situational leadership model and Adair's action-centred leadership model, and
  leaders compare Lewin's change model and Kotter's change model.
Key Concepts & Core Principles
- Bots: Use the terms 'containment' and 'deflection' with care.
- Recovery: The recovery paradox rarely holds twice; the leadership model and the
  change model need a name.
- Costs: Refer to cost per contact in every channel, and to the customer retention rate;
  a falling retention rate costs more.
Exam Tips & Revision Strategies
- Compare Cost per contact across channels.
Common Misconceptions & Mistakes to Avoid
- Thinking containment means resolution.
Examiner Marking Points
- Credit use of the containment rate.
"""


@pytest.fixture(scope="module")
def measures_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_MEASURES, "m.txt")], _BUILD_VOCABULARY)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        pytest.param("recovery paradox", "service recovery paradox", id="shortened-name"),
        pytest.param("containment", "containment rate", id="quoted-term-for-a-rate"),
        pytest.param("retention rate", "customer retention rate", id="shortened-metric"),
    ],
)
def test_a_short_form_is_the_one_longer_name_it_shortens(
    measures_graph: KnowledgeGraph, short: str, full: str
) -> None:
    node = measures_graph.find_concept(full)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert measures_graph.find_concept(short) == node


@pytest.mark.parametrize(
    ("short", "longer"),
    [
        pytest.param(
            "leadership model",
            ["situational leadership model", "Adair's action-centred leadership model"],
            id="two-names-end-in-it",
        ),
        pytest.param(
            "change model",
            ["Lewin's change model", "Kotter's change model"],
            id="two-people-credited-with-it",
        ),
    ],
)
def test_a_short_form_of_two_longer_names_stays_apart(
    measures_graph: KnowledgeGraph, short: str, longer: list[str]
) -> None:
    node = measures_graph.find_concept(short)
    nodes = {measures_graph.find_concept(name) for name in longer}

    assert node is not None
    assert node not in nodes
    assert len(nodes) == 2


def test_a_lower_case_metric_is_found_wherever_it_is_written(
    measures_graph: KnowledgeGraph,
) -> None:
    node = measures_graph.find_concept("cost per contact")

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert node.name == "Cost per Contact"
    assert "m/exam-tip/1" in node.statement_ids  # "Compare Cost per contact ..."


_KNOWN_AND_CODE = """\
preview
Topic Synopsis
Councils follow the Complaint Handling Code, often called the Code, and leaders apply
  Lewin's unfreeze-change-refreeze model.
Key Concepts & Core Principles
- Stages: The Code sets two stages; a code of conduct is something else.
Exam Tips & Revision Strategies
- Quote the Code and the unfreeze, change, refreeze stages.
Common Misconceptions & Mistakes to Avoid
- Writing code for the website.
Examiner Marking Points
- Credit use of the Code.
"""


@pytest.fixture(scope="module")
def known_and_code_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary(
        '[models]\n"Lewin\'s Change Model" = ["unfreeze, change, refreeze"]\n', "test"
    )
    return build_graph([parse_document(_KNOWN_AND_CODE, "k.txt")], vocabulary)


def test_a_known_name_before_a_model_word_is_that_model(
    known_and_code_graph: KnowledgeGraph,
) -> None:
    lewin = known_and_code_graph.find_concept("Lewin's Change Model")

    assert lewin is not None
    assert known_and_code_graph.find_concept("unfreeze-change-refreeze model") == lewin


def test_a_one_word_second_name_keeps_its_capital(known_and_code_graph: KnowledgeGraph) -> None:
    code = known_and_code_graph.find_concept("Complaint Handling Code")
    topic = known_and_code_graph.topic("k")

    assert code is not None
    assert topic is not None
    # "often called the Code": what this document calls the Code, not a name of the code
    # in every document (graph.references)
    assert dict(topic.local_names).get("the Code") == code.id
    # the Code in the key concept, the tip and the marking point; not "code of conduct"
    # nor "Writing code"
    assert code.statement_ids == ("k/exam-tip/1", "k/marking-point/1")


# -- issue 16, second round: what the held-out blind4 set showed ------------------------

_SECOND_ROUND = """\
preview
Topic Synopsis
Teams track staff turnover and eNPS (employee Net Promoter Score), and mediators use
  Fisher and Ury's principled negotiation. Lean grew out of Toyota's approach to
  manufacturing. Research by CEB (now part of Gartner) is cited, with retailers such as
  ASOS, Amazon or a small seller. The Payment Protection Insurance (PPI) scandal is a case.
Key Concepts & Core Principles
- Transactional analysis: Eric Berne's theory that people speak from ego states.
- Conflict styles: The Thomas-Kilmann Conflict Mode Instrument (TKI) names five styles;
  Thomas-Kilmann is often cited alone.
- Returns law: The Consumer Contracts (Information, Cancellation and Additional Charges)
  Regulations 2013 give a cancellation period.
- Demand: Data can reveal failure demand, John Seddon's term for demand caused by a
  failure to do something right.
- Measures: Measures such as cycle time, staff turnover, error rate and right-first-time
  percentage show
  whether a change worked; use measures such as training and coaching too.
- Planning: The Plan-Do-Check-Act (PDCA) cycle guides each step, and Adams' equity theory
  explains fairness.
Exam Tips & Revision Strategies
- Contrast a change-of-mind return under the Consumer Contracts Regulations with a fault.
- Link account measures such as CLV and share of wallet to outcomes like retention,
  growth and margin.
- Use principled negotiation when interests compete, and Berne's theory of transactions.
Common Misconceptions & Mistakes to Avoid
- Thinking staff turnover is always bad.
Examiner Marking Points
- Credit use of eNPS and the TKI.
"""


@pytest.fixture(scope="module")
def second_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SECOND_ROUND, "s.txt")], _PRINCIPLED)


_PRINCIPLED = parse_vocabulary(
    '[models]\n"Principled Negotiation" = []\n[concepts]\n[not_models]\nwords = []\nnames = []\n',
    "test",
)


@pytest.mark.parametrize(
    "surfaces",
    [
        pytest.param(["eNPS", "employee Net Promoter Score"], id="acronym-opening-in-lower-case"),
        pytest.param(
            [
                "Consumer Contracts Regulations",
                "Consumer Contracts (Information, Cancellation and Additional Charges) "
                "Regulations 2013",
            ],
            id="law-title-without-its-brackets",
        ),
        pytest.param(
            ["Transactional analysis", "Berne's theory"], id="description-credits-the-concept"
        ),
        pytest.param(
            ["Thomas-Kilmann", "Thomas-Kilmann Conflict Mode Instrument", "TKI"],
            id="two-joined-surnames-alone",
        ),
        pytest.param(
            ["principled negotiation", "Fisher and Ury's principled negotiation"],
            id="credited-to-two-people",
        ),
        pytest.param(["PDCA", "Plan-Do-Check-Act cycle"], id="looked-up-with-a-model-word"),
    ],
)
def test_two_names_found_in_the_second_round_are_one_node(
    second_round_graph: KnowledgeGraph, surfaces: list[str]
) -> None:
    nodes = {second_round_graph.find_concept(surface) for surface in surfaces}

    assert None not in nodes
    assert len(nodes) == 1


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("failure demand", id="coined-by-a-person"),
        pytest.param("cycle time", id="listed-after-measures-such-as"),
        pytest.param("right-first-time percentage", id="hyphenated-measure-in-a-list"),
        pytest.param("staff turnover", id="lower-case-measure-with-a-rate-beside-it"),
        pytest.param("equity theory", id="credited-with-a-plural-possessive"),
    ],
)
def test_models_found_in_the_second_round(second_round_graph: KnowledgeGraph, name: str) -> None:
    node = second_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("CEB", id="now-part-of-a-company"),
        pytest.param("Gartner", id="the-company-it-is-part-of"),
        pytest.param("ASOS", id="listed-as-a-retailer"),
        pytest.param("Toyota's approach", id="an-approach-to-something"),
        pytest.param("PPI", id="an-insurance-product"),
        pytest.param("training", id="measures-that-are-steps"),
        pytest.param("growth", id="a-list-that-ended"),
        pytest.param("margin", id="the-list-s-last-word"),
    ],
)
def test_no_models_in_the_second_round(second_round_graph: KnowledgeGraph, name: str) -> None:
    node = second_round_graph.find_concept(name)

    assert node is None or node.kind is ConceptKind.CONCEPT


def test_two_people_s_models_of_one_name_stay_two(second_round_graph: KnowledgeGraph) -> None:
    graph = build_graph(
        [
            parse_document(
                _SECOND_ROUND.replace(
                    "Use principled negotiation when interests compete",
                    "Compare Lewin's change model, Kotter's change model and the change model",
                ),
                "s.txt",
            )
        ],
        _PRINCIPLED,
    )
    found = {graph.find_concept(n) for n in ("Lewin's change model", "Kotter's change model")}

    assert len(found) == 2
    assert graph.find_concept("change model") not in found


# -- issue 16, third round: what the blind5 set showed once opened ------------------------

_THIRD_ROUND = """\
preview
Topic Synopsis
Planners use workforce management (WFM) software such as NICE IEX or Verint, and the
  Kano model (also called Kano's theory of attractive quality) sorts features.
Key Concepts & Core Principles
- Quality: ISO 18295-1:2017 sets requirements for contact centres; ISO 44001:2017
  (formerly BS 11000) covers partnerships.
- Law: The Payment Services Regulations 2017, usually called the PSRs, protect payers.
Exam Tips & Revision Strategies
- Treat products named in a case study, such as Genesys or AVAYA, only as examples.
Common Misconceptions & Mistakes to Avoid
- Thinking the Kano model is only about delight.
Examiner Marking Points
- Credit use of the Kano model and of ISO 18295-1.
"""


@pytest.fixture(scope="module")
def third_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRD_ROUND, "t.txt")], _PRINCIPLED)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("NICE", id="acronym-in-a-listed-product"),
        pytest.param("IEX", id="second-acronym-in-a-listed-product"),
        pytest.param("AVAYA", id="product-named-in-a-case-study"),
    ],
)
def test_no_new_models_in_the_third_round(third_round_graph: KnowledgeGraph, name: str) -> None:
    node = third_round_graph.find_concept(name)

    assert node is None or node.kind is ConceptKind.CONCEPT


def test_a_renamed_standard_is_named_by_its_current_name(third_round_graph: KnowledgeGraph) -> None:
    node = third_round_graph.find_concept("BS 11000")

    assert node is not None
    assert node.name == "ISO 44001"


def test_a_second_name_s_trigger_word_joins_nothing(third_round_graph: KnowledgeGraph) -> None:
    kano = third_round_graph.find_concept("Kano model")
    psrs = third_round_graph.find_concept("PSRs")

    assert kano is not None
    assert psrs is not None
    assert kano != psrs
    assert third_round_graph.find_concept("called") is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        pytest.param("ISO 18295-1:2017", "ISO 18295-1", id="part-and-edition"),
        pytest.param("ISO 44001:2017", "ISO 44001", id="edition"),
        pytest.param("BS 11000", "ISO 44001", id="former-name"),
    ],
)
def test_a_standard_s_edition_and_former_name_find_the_standard(
    third_round_graph: KnowledgeGraph, written: str, name: str
) -> None:
    node = third_round_graph.find_concept(written)

    assert node is not None
    assert node == third_round_graph.find_concept(name)
    assert node.kind is ConceptKind.MODEL


# -- issue 16, fourth round: what the blind6 set showed once opened ------------------------

_FOURTH_ROUND = """\
preview
Topic Synopsis
Field teams follow the Control of Substances Hazardous to Health Regulations 2002 (COSHH)
  and the Rail Passengers (Assistance) (Amendment) Regulations 2021, and the Energy
  Ombudsman's Complaint Handling Code sets deadlines.
Key Concepts & Core Principles
- Law: Finn's Law (the Animal Welfare (Service Animals) Act 2019) protects assistance
  animals; the Travel Trust Scheme (TTS) protects deposits; the Protection from
  Harassment Act 1997 covers staff; Regulation (EC) No 1008/2008 covers fares.
- Travel: Under the Package Holiday and Connected Booking Regulations 2019 organisers
  stay liable, and the Alternative Dispute Resolution for Travel Disputes (Approved
  Bodies) Regulations 2016 name the schemes.
- Loyalty: Using Dick & Basu's framework, Maister's principles of waiting explain why
  idle waits feel long. The UK Equality Act 2010 and the EU AI Act apply, and PS22/9
  sets the rules.
- Measures: Chat containment rate, customer effort and escalation rate together show
  whether the bot helps. Track errors per 1,000 orders and the no-show (NS) rate.
- Codes: Staff follow the Code of Practice on Customer Information During Delays.
Exam Tips & Revision Strategies
- Apply the Package Holiday Regulations to the case, and the ADR Regulations 2016 to
  the complaint; the 2019 Regulations apply to every organiser.
- Check websites with automated checkers such as PAGECHECK and SCANALL, and screen
  readers such as READIT.
Common Misconceptions & Mistakes to Avoid
- Thinking Article 17 of the UK GDPR applies to every request; Section 75 covers cards.
- Believing Dick and Basu's framework is only about habit.
Examiner Marking Points
- Credit use of the SMART criteria, the Kano model and the Finn's Law duties.
"""

_FOURTH_ROUND_VOCABULARY = parse_vocabulary(
    """
[models]
"SMART" = []
"Equality Act" = ["Equality Act 2010"]
"Kano Model" = []
[concepts]
[not_models]
words = ["UK", "EU", "AI", "NHS"]
names = []
""",
    "test",
)


@pytest.fixture(scope="module")
def fourth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FOURTH_ROUND, "f.txt")], _FOURTH_ROUND_VOCABULARY)


@pytest.mark.parametrize(
    "surfaces",
    [
        pytest.param(
            ["COSHH", "Control of Substances Hazardous to Health Regulations 2002"],
            id="acronym-of-a-title-with-joining-words",
        ),
        pytest.param(
            ["Finn's Law", "Animal Welfare (Service Animals) Act 2019"],
            id="a-law-s-popular-name-and-its-title",
        ),
        pytest.param(["TTS", "Travel Trust Scheme"], id="every-initial-opens-a-word"),
        pytest.param(
            [
                "Package Holiday Regulations",
                "Package Holiday and Connected Booking Regulations 2019",
                "2019 Regulations",
            ],
            id="short-and-year-first-titles",
        ),
        pytest.param(
            [
                "ADR Regulations 2016",
                "Alternative Dispute Resolution for Travel Disputes (Approved Bodies) "
                "Regulations 2016",
            ],
            id="short-title-with-an-acronym",
        ),
        pytest.param(["Dick & Basu's framework", "Dick and Basu's framework"], id="ampersand"),
        pytest.param(["Equality Act", "UK Equality Act 2010"], id="a-law-with-its-country"),
        pytest.param(["AI Act", "EU AI Act"], id="a-law-named-with-a-no-model-word"),
        pytest.param(["SMART", "SMART criteria"], id="looked-up-with-criteria"),
        pytest.param(
            ["Complaint Handling Code", "Energy Ombudsman's Complaint Handling Code"],
            id="a-body-s-code",
        ),
    ],
)
def test_two_names_found_in_the_fourth_round_are_one_node(
    fourth_round_graph: KnowledgeGraph, surfaces: list[str]
) -> None:
    nodes = {fourth_round_graph.find_concept(surface) for surface in surfaces}

    assert None not in nodes
    assert len(nodes) == 1


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Rail Passengers (Assistance) (Amendment) Regulations", id="two-brackets"),
        pytest.param("Protection from Harassment Act", id="title-with-from"),
        pytest.param("Regulation (EC) No 1008/2008", id="european-law-by-number"),
        pytest.param("PS22/9", id="a-regulator-s-numbered-paper"),
        pytest.param("Section 75", id="a-provision-written-alone"),
        pytest.param("escalation rate", id="measure-before-together"),
        pytest.param("errors per 1,000 orders", id="count-per-round-number"),
        pytest.param("no-show rate", id="rate-around-an-acronym"),
        pytest.param("NS rate", id="the-acronym-s-rate"),
        pytest.param("Maister's principles of waiting", id="ends-before-the-verb"),
        pytest.param(
            "Code of Practice on Customer Information During Delays", id="code-of-practice-on"
        ),
    ],
)
def test_models_found_in_the_fourth_round(fourth_round_graph: KnowledgeGraph, name: str) -> None:
    node = fourth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Article 17", id="a-provision-cited-with-its-law"),
        pytest.param("escalation rate together", id="adverb-after-a-measure"),
        pytest.param("Basu's framework", id="one-of-two-authors"),
        pytest.param("Work Regulations", id="piece-of-a-title"),
        pytest.param("PAGECHECK", id="an-automated-checker"),
        pytest.param("READIT", id="a-screen-reader"),
    ],
)
def test_no_models_in_the_fourth_round(fourth_round_graph: KnowledgeGraph, name: str) -> None:
    node = fourth_round_graph.find_concept(name)

    assert node is None or node.kind is ConceptKind.CONCEPT


def test_a_verb_after_a_name_is_no_part_of_it(fourth_round_graph: KnowledgeGraph) -> None:
    names = [n for c in fourth_round_graph.concepts for n in (c.name, *c.aliases)]

    assert "Maister's principles of waiting" in names
    assert not [n for n in names if "explain" in n]


def test_a_body_s_code_is_one_node_without_the_body(fourth_round_graph: KnowledgeGraph) -> None:
    codes = [c for c in fourth_round_graph.concepts if "Complaint Handling Code" in c.name]

    assert [c.name for c in codes] == ["Complaint Handling Code"]
    assert "Ombudsman's Complaint Handling Code" not in codes[0].aliases


@pytest.mark.parametrize(
    ("short", "before", "expected"),
    [
        pytest.param(
            "W3C",
            "guidance of the World Wide Web Consortium",
            "World Wide Web Consortium",
            id="a-digit-repeats-a-letter",
        ),
        pytest.param(
            "HSWA",
            "the Health and Safety at Work etc. Act 1974",
            "Health and Safety at Work etc. Act 1974",
            id="across-etc",
        ),
        pytest.param(
            "CIDRA",
            "Under the Consumer Insurance (Disclosure and Representations) Act 2012",
            "Consumer Insurance (Disclosure and Representations) Act 2012",
            id="across-a-title-s-brackets",
        ),
        pytest.param(
            "PTRs",
            "Under the Package Travel and Linked Travel Arrangements Regulations 2018",
            "Package Travel and Linked Travel Arrangements Regulations 2018",
            id="a-law-s-acronym-skips-words",
        ),
    ],
)
def test_long_forms_found_in_the_fourth_round(short: str, before: str, expected: str) -> None:
    assert find_long_form(short, before) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Regulator for Water Services", True, id="regulator-for"),
        pytest.param("Open Data Consortium", True, id="consortium"),
    ],
)
def test_bodies_named_in_the_fourth_round(name: str, expected: bool) -> None:
    assert names_no_model(name) is expected


_ASA_VOCABULARY = parse_vocabulary(
    '[models]\n"Average Speed of Answer" = ["ASA"]\n"Customer Effort Score" = ["CES"]\n'
    "[concepts]\n[not_models]\nwords = []\nnames = []\n",
    "test",
)
_CONTACT_CENTRE = """\
preview
Topic Synopsis
Contact centres track ASA and CES every day.
Key Concepts & Core Principles
- Speed: ASA measures how quickly calls are answered; CES measures effort.
Exam Tips & Revision Strategies
- Quote ASA in seconds.
Common Misconceptions & Mistakes to Avoid
- Thinking CES is satisfaction.
Examiner Marking Points
- Credit use of ASA.
"""
_ADVERTISING = """\
preview
Topic Synopsis
Adverts must follow the Advertising Standards Authority (ASA) rules, and the Cost
  Efficiency Survey (CES) ranks suppliers.
Key Concepts & Core Principles
- Rules: The ASA can ban adverts; the CES is run each spring.
Exam Tips & Revision Strategies
- Name the ASA when adverts mislead.
Common Misconceptions & Mistakes to Avoid
- Thinking the ASA is a court; reading the CES as a satisfaction score.
Examiner Marking Points
- Credit use of the CES.
"""


def test_an_acronym_a_document_defines_its_own_way_means_its_definition_there() -> None:
    graph = build_graph(
        [parse_document(_CONTACT_CENTRE, "a.txt"), parse_document(_ADVERTISING, "b.txt")],
        _ASA_VOCABULARY,
    )
    speed = graph.find_concept("Average Speed of Answer")
    effort = graph.find_concept("Customer Effort Score")
    survey = graph.find_concept("Cost Efficiency Survey")

    assert speed is not None
    assert effort is not None
    assert survey is not None
    assert speed.topic_slugs == ("a",)  # the b document's ASA is the Authority, no node
    assert effort.topic_slugs == ("a",)
    assert survey.topic_slugs == ("b",)
    assert graph.find_concept("CES") == effort  # the corpus's sense stays the vocabulary's


# -- issue 16, fifth round: what the blind7 set showed once opened -------------------------

_FIFTH_ROUND = """\
preview
Topic Synopsis
Planners compare Erlang B with Erlang A, following Edward T. Hall's and Geert H.
  Hofstede's work. Delivery firms track On time in full (OTIF) and the mishandled
  parcel rate, not the increased claim rate.
Key Concepts & Core Principles
- Erlang B: A queuing formula for lost calls.
- Hotels: Measures include average room rate, revenue per available bed (RevPAB) and the
  price paid per occupied bed; the link rate, the proportion of cases linked, matters.
- Couriers: Carriers such as Parcel Express, Swiftpost (formerly Rapidpost) and QDX
  compete on price, and Northern Airways (NA) flies parcels.
- Systems: A booking management system (BMS) and a smart water meter (SWM) help, as
  does conversational AI (ConvAI); the Common Framework of Reference for Languages
  (CFRL) grades staff.
- Rules: Ofwat's Fair Charging principles apply; the Board requires staff to act
  fairly; apply the Service Charter, and the peak–end rule.
Exam Tips & Revision Strategies
- Apply Regulation (EC) No 2027/97 and Regulation 2027/97 to lost bags.
- Map contacts in the Service Design and value demand review; the service charter
  applies to staff.
Common Misconceptions & Mistakes to Avoid
- Thinking the Kano model of customer delight is only about delight.
Examiner Marking Points
- Credit use of the Kano model and the DISP sourcebook.
"""


def _model_surfaces(graph: KnowledgeGraph) -> set[str]:
    """Every name and alias of a MODEL node, case-folded."""
    return {
        surface.casefold()
        for concept in graph.concepts
        if concept.kind is ConceptKind.MODEL
        for surface in (concept.name, *concept.aliases)
    }


@pytest.fixture(scope="module")
def fifth_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary(
        '[models]\n"Kano Model" = []\n"DISP" = []\n[concepts]\n[not_models]\n'
        'words = ["A", "AI"]\nnames = ["Ofwat"]\n',
        "test",
    )
    return build_graph([parse_document(_FIFTH_ROUND, "v.txt")], vocabulary)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Erlang A", id="a-variant-letter-the-vocabulary-lists-alone"),
        pytest.param("Erlang B", id="a-key-concept-named-with-a-variant-letter"),
        pytest.param("OTIF", id="an-acronym-opening-with-a-function-word"),
        pytest.param("On time in full", id="its-expansion"),
        pytest.param("mishandled parcel rate", id="a-participle-in-a-rate"),
        pytest.param("revenue per available bed", id="per-a-qualified-noun"),
        pytest.param("RevPAB", id="two-lower-case-letters-in-an-acronym"),
        pytest.param("link rate", id="a-verb-s-form-after-an-article"),
        pytest.param("Fair Charging principles", id="a-regulator-s-principles"),
        pytest.param("Common Framework of Reference for Languages", id="about-languages"),
        pytest.param("Regulation 2027/97", id="a-european-law-by-its-number"),
        pytest.param("peak–end rule", id="a-compound-before-rule"),
        pytest.param("Kano model of customer delight", id="looked-up-with-what-it-is-of"),
        pytest.param("DISP sourcebook", id="looked-up-with-sourcebook"),
    ],
)
def test_models_found_in_the_fifth_round(fifth_round_graph: KnowledgeGraph, name: str) -> None:
    node = fifth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Edward T", id="a-middle-initial"),
        pytest.param("Geert H", id="another-middle-initial"),
        pytest.param("QDX", id="listed-after-a-bracket-in-a-list"),
        pytest.param("Northern Airways", id="an-airline"),
        pytest.param("booking management system", id="a-system-in-lower-case"),
        pytest.param("smart water meter", id="a-device-in-lower-case"),
        pytest.param("conversational AI", id="a-kind-of-a-no-model-word"),
        pytest.param("increased claim rate", id="a-change-is-no-part-of-a-rate"),
        pytest.param("paid per occupied bed", id="a-verb-before-per"),
        pytest.param("requires staff to act", id="act-in-lower-case"),
    ],
)
def test_no_models_in_the_fifth_round(fifth_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(fifth_round_graph)


def test_a_european_law_is_one_node_however_written(fifth_round_graph: KnowledgeGraph) -> None:
    written = {
        fifth_round_graph.find_concept(n)
        for n in ("Regulation (EC) No 2027/97", "Regulation 2027/97")
    }

    assert None not in written
    assert len(written) == 1


def test_a_capitalised_name_before_a_weak_model_word_keeps_its_capitals(
    fifth_round_graph: KnowledgeGraph,
) -> None:
    charter = fifth_round_graph.find_concept("Service Charter")

    assert charter is not None
    assert charter.passage_ids == ("v/key-concept/5",)  # not the tip's "service charter"


def test_a_short_name_after_and_is_no_short_form_of_the_whole() -> None:
    document = _FIFTH_ROUND.replace(
        "- Erlang B: A queuing formula for lost calls.",
        "- Erlang B: A queuing formula for lost calls.\n"
        "- Journey reviews and defect rate: Reviews trace the defect rate.",
    )
    graph = build_graph([parse_document(document, "v.txt")], VOCABULARY)
    key_concept = graph.find_concept("Journey reviews and defect rate")

    assert key_concept is not None
    assert graph.find_concept("defect rate") != key_concept


# -- issue 16, sixth round: what the blind8 set showed once opened -------------------------

_SIXTH_ROUND = """\
preview
Topic Synopsis
Students may take complaints to the Office of the Independent Reviewer for Private
  Colleges (OIRPC); callers screen lists against the Letter Preference Service (LPS).
Key Concepts & Core Principles
- Data: Insurers check the Vehicle Claims Database (VCD) and the Repairs Information
  Exchange (RIE); the Carers' Travel Allowance (CTA) helps; Transport for West
  Yorkshire (TfWY) runs the buses, and an in-store display (ISD) shows queue times.
- Methods: Use Kepner-Tregoe analysis, not Wi-Fi coverage maps, and the OfS regulatory
  framework.
Exam Tips & Revision Strategies
- Track the Kepner-Tregoe results and the ISD.
Common Misconceptions & Mistakes to Avoid
- Thinking the LPS is a model.
Examiner Marking Points
- Credit use of the VCD and OIRPC.
"""


@pytest.fixture(scope="module")
def sixth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTH_ROUND, "x.txt")], VOCABULARY)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("OIRPC", id="a-body-s-acronym-no-expansion-reads"),
        pytest.param("LPS", id="a-preference-service"),
        pytest.param("Vehicle Claims Database", id="a-database"),
        pytest.param("Repairs Information Exchange", id="an-exchange"),
        pytest.param("Carers' Travel Allowance", id="an-allowance"),
        pytest.param("Transport for West Yorkshire", id="transport-for"),
        pytest.param("in-store display", id="a-display-in-lower-case"),
        pytest.param("Wi-Fi", id="no-two-surnames"),
        pytest.param("regulatory framework", id="a-body-s-framework-is-no-person-s"),
    ],
)
def test_no_models_in_the_sixth_round(sixth_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(sixth_round_graph)


def test_two_joined_surnames_still_name_a_method(sixth_round_graph: KnowledgeGraph) -> None:
    node = sixth_round_graph.find_concept("Kepner-Tregoe analysis")

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leaders plan rosters, while tracking attrition rate, absence and morale.",
            {"attrition rate"},
            id="a-subordinator-opens-no-measure",
        ),
        pytest.param(
            "Explain why high occupancy (the proportion of logged-in time spent on contacts)"
            " tires advisers.",
            {"occupancy"},
            id="a-level-opens-no-measure",
        ),
        pytest.param(
            "Operators report on-time performance, the proportion of departures on time.",
            {"on-time performance"},
            id="a-hyphenated-measure-after-a-verb",
        ),
        pytest.param(
            "Use metrics such as conversion rate or the proportion of visits missed, to"
            " evaluate store performance.",
            {"conversion rate"},
            id="a-list-ends-at-to-and-a-description-is-no-name",
        ),
    ],
)
def test_metrics_found_in_the_sixth_round(text: str, expected: set[str]) -> None:
    assert _surfaces(text, Rule.METRIC) == expected


# -- issue 16, seventh round: what the blind9 set showed once opened -----------------------

_SEVENTH_ROUND = """\
preview
Topic Synopsis
Tutors write objectives at each level of Anderson's taxonomy and follow Marlow's Six
  Events of Onboarding, the Harbour Benchmarks and the Fenwick Clause, under the
  Patients and Carers Act 2019 and the SEN Code of Practice.
Key Concepts & Core Principles
- Bed triage: A sorting method in which each request is scored before a bed is offered.
- Access: Meeting the Digital Access Standard (DAS, formally DCB0921), claiming under UK8
  (the retained Lost Luggage Regulation) and the Retail Services (Refunds) Regulations
  2016 (the 2016 Refund Regulations); D-MeX (the developer measure of experience)
  ranks firms, and experience quality agreements (XQAs) are spreading.
- Quality: Apply the E-R-SERV scale, the COBIT 5 framework, the 60:30:10 model, the
  90/10 rule and the Northern General Practice Access approach, while monitoring the
  UTA rate (the proportion of calls unable to answer) and completing a needs and risks
  (N&R) assessment.
- Repairs: Mains teams use repair techniques, such as pipe relining in each district,
  trench sealing and leak clamping, with careful planning; the FCA's Banking: Conduct of
  Business sourcebook (BCOBS) and Ofqual's General Conditions of Recognition apply.
Exam Tips & Revision Strategies
- Anchor answers in the regulatory hierarchy, and explain when a privacy impact
  assessment (PIA) is needed and when a PIA is not.
- Travellers show a Rail Discount Card (RDC); the Marine Safety Inspectorate (MSI) and
  HM Land Registry are bodies, and the Learning and Development (L&D) team trains staff.
- Customers request a PUK or NAC by text, and escalate to the Telecoms Ombudsman or TOSS.
Common Misconceptions & Mistakes to Avoid
- Thinking research methods such as surveys or focus group reviews, and giving clear
  advice, are one model.
- Thinking staff models including the Rota Planning approach, while monitoring cover,
  differ.
Examiner Marking Points
- Credit use of the COBIT 5 framework and the UTA rate.
"""


@pytest.fixture(scope="module")
def seventh_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary(
        '[models]\n[concepts]\n[not_models]\nwords = ["SEN", "HM"]\nnames = ["Ofqual"]\n',
        "test",
    )
    return build_graph([parse_document(_SEVENTH_ROUND, "y.txt")], vocabulary)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Anderson's taxonomy", id="a-person-s-taxonomy"),
        pytest.param("Six Events of Onboarding", id="a-person-s-capitalised-events"),
        pytest.param("Harbour Benchmarks", id="capitalised-benchmarks"),
        pytest.param("Fenwick Clause", id="a-capitalised-clause"),
        pytest.param("Patients and Carers Act 2019", id="a-law-for-a-group-of-people"),
        pytest.param("SEN Code of Practice", id="a-code-after-a-no-model-word"),
        pytest.param("Bed triage", id="a-key-concept-defined-as-a-method"),
        pytest.param("E-R-SERV", id="hyphenated-single-capitals"),
        pytest.param("60:30:10 model", id="shares-of-a-whole-before-model"),
        pytest.param("90/10 rule", id="two-shares-before-rule"),
        pytest.param("Northern General Practice Access approach", id="general-inside-a-name"),
        pytest.param("UTA rate", id="an-acronym-s-rate-defined-in-brackets"),
        pytest.param("needs and risks assessment", id="an-assessment-around-its-acronym"),
        pytest.param("pipe relining", id="listed-as-a-technique-past-a-phrase"),
        pytest.param("trench sealing", id="listed-as-a-technique"),
        pytest.param("leak clamping", id="the-last-listed-technique"),
        pytest.param("General Conditions of Recognition", id="a-regulator-s-conditions"),
        pytest.param("privacy impact assessment", id="counted-but-defined"),
    ],
)
def test_models_found_in_the_seventh_round(seventh_round_graph: KnowledgeGraph, name: str) -> None:
    node = seventh_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Digital Access Standard", "DCB0921", id="formally"),
        pytest.param("UK8", "Lost Luggage Regulation", id="the-retained-title"),
        pytest.param(
            "Retail Services (Refunds) Regulations 2016",
            "2016 Refund Regulations",
            id="a-short-title-with-its-year-first",
        ),
        pytest.param("D-MeX", "developer measure of experience", id="an-article-in-brackets"),
        pytest.param("XQAs", "experience quality agreements", id="x-for-ex"),
        pytest.param("COBIT 5", "COBIT 5 framework", id="a-version-before-a-model-word"),
        pytest.param("UTA", "UTA rate", id="an-acronym-and-its-rate"),
        pytest.param("N&R assessment", "needs and risks assessment", id="an-ampersand"),
        pytest.param(
            "BCOBS", "Banking: Conduct of Business sourcebook", id="a-colon-inside-a-title"
        ),
        pytest.param(
            "Northern General Practice Access",
            "Northern General Practice Access approach",
            id="written-without-its-approach",
        ),
    ],
)
def test_two_names_found_in_the_seventh_round_are_one_node(
    seventh_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = seventh_round_graph.find_concept(first)

    assert node is not None
    assert seventh_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("regulatory hierarchy", id="a-regulatory-adjective"),
        pytest.param("Rail Discount Card", id="a-card"),
        pytest.param("RDC", id="a-card-s-acronym"),
        pytest.param("Marine Safety Inspectorate", id="an-inspectorate"),
        pytest.param("HM", id="a-title-of-office"),
        pytest.param("Learning and Development", id="a-team-named-with-its-acronym"),
        pytest.param("L&D", id="that-team-s-acronym"),
        pytest.param("PUK", id="counted-with-a"),
        pytest.param("NAC", id="counted-with-a-after-or"),
        pytest.param("TOSS", id="offered-instead-of-a-body"),
        pytest.param("E-R", id="a-piece-of-a-hyphenated-acronym"),
        pytest.param("SERV", id="another-piece"),
        pytest.param("focus group reviews", id="a-plural-in-a-list-of-methods"),
        pytest.param("giving clear advice", id="a-verb-ends-a-list-of-methods"),
        pytest.param("while monitoring cover", id="a-clause-after-a-list-of-methods"),
    ],
)
def test_no_models_in_the_seventh_round(seventh_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(seventh_round_graph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Credit candidates for correctly interpreting churn rate.",
            {"churn rate"},
            id="a-verb-s-ing-form-opens-no-measure",
        ),
        pytest.param(
            "The model is an exact ratio, not a rough ratio.", set(), id="exact-is-no-measure"
        ),
        pytest.param(
            "Firms report leakage in litres per household per day.", set(), id="a-unit-per-a-unit"
        ),
        pytest.param(
            "Agents cut the average queue time at the desk.",
            {"average queue time"},
            id="an-average-after-a-verb",
        ),
    ],
)
def test_metrics_found_in_the_seventh_round(text: str, expected: set[str]) -> None:
    assert _surfaces(text, Rule.METRIC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Use the 70:20:10 model.", {"70:20:10 model"}, id="three-shares"),
        pytest.param("Apply the 80/20 rule.", {"80/20 rule"}, id="two-shares"),
        pytest.param("Book the 10:30 model review.", set(), id="a-time"),
        pytest.param("Run a 24/7 model of support.", set(), id="round-the-clock"),
    ],
)
def test_a_split_in_figures_before_a_model_word_is_a_model(text: str, expected: set[str]) -> None:
    assert {c.surface for c in find_ratio_names(text)} == expected


def test_a_count_before_a_name_makes_no_joint_authors() -> None:
    found = _surfaces("Use the 5 Whys and Ishikawa diagrams to find causes.", Rule.HEAD_NOUN)

    assert "Ishikawa diagrams" in found
    assert not any("Whys and" in surface for surface in found)


# -- issue 16, eighth round: what the blind10 set showed once opened -----------------------

_EIGHTH_ROUND = """\
preview
Topic Synopsis
Surveyors work under the Chartered Valuers Board (CVB) and its CVB Principles, the
  CVB Standards and Regulations and the CVB Conduct Rules, written plainly as the
  Conduct Rules; the CVB Code of Ethical Practice for Valuers is the CVB Code.
Key Concepts & Core Principles
- Grief: Owners may follow the Parkes model, better known as the four phases of loss,
  and staff use the Harwell practice quality standard; the Hale Model of Recovery (HMR),
  also known as the recovery ladder model, guides calls.
- Measures: Teams track containment rate, sometimes called deflection rate, and note
  that forty per cent of contacts come by chat.
- Products: Dealers sell GAP insurance and Fenn's habit model (B=MAP) explains use;
  advisers serve Solicitors, RELs and RFLs.
- Roles: The compliance officer for claims handling (COCH) records themes, and the
  Bond Protection Service (BPS) holds money; Brook's four realms of play, Tanner's
  maxims and listening frameworks such as Quiet Hours Accreditation apply.
- Codes: The voluntary Shared Refund Model Code (SRM Code) ended, and the Office's
  Guidance for lenders on the fair treatment of older borrowers (FG24/3) applies with
  the CVB Valuation Standards Scheme (VSS).
Exam Tips & Revision Strategies
- Compare communication models such as the hierarchy of persuasion and the Hale Model
  of Recovery, and the SRM Code.
- Large language models (LLMs) draft replies to direct messages (DMs).
Common Misconceptions & Mistakes to Avoid
- Thinking the Hierarchy of Persuasion Model is new.
Examiner Marking Points
- Credit use of the CVB Code, the SRM Code and FG24/3.
"""


@pytest.fixture(scope="module")
def eighth_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary(
        '[models]\n[concepts]\n"Sherwood Refund Model" = ["SRM"]\n[not_models]\n'
        'words = ["DM", "LLM"]\nnames = ["large language model", "direct message"]\n',
        "test",
    )
    return build_graph([parse_document(_EIGHTH_ROUND, "z.txt")], vocabulary)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("CVB Principles", id="a-body-s-principles"),
        pytest.param("CVB Standards and Regulations", id="standards-and-regulations-is-one"),
        pytest.param("Harwell practice quality standard", id="a-brand-s-standard"),
        pytest.param("deflection rate", id="called-opens-no-measure"),
        pytest.param("Brook's four realms of play", id="realms"),
        pytest.param("Quiet Hours Accreditation", id="a-capitalised-name-listed-as-a-model"),
        pytest.param("hierarchy of persuasion", id="a-listed-name-with-of"),
        pytest.param("Shared Refund Model Code", id="defined-with-a-model-word"),
    ],
)
def test_models_found_in_the_eighth_round(eighth_round_graph: KnowledgeGraph, name: str) -> None:
    node = eighth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Parkes model", "four phases of loss", id="better-known-as-up-to-a-comma"),
        pytest.param("Hale Model of Recovery", "recovery ladder model", id="past-its-acronym"),
        pytest.param("CVB Conduct Rules", "Conduct Rules", id="without-the-owner-s-acronym"),
        pytest.param(
            "CVB Code", "CVB Code of Ethical Practice for Valuers", id="before-an-of-part"
        ),
        pytest.param("SRM Code", "Shared Refund Model Code", id="not-the-acronym-s-other-sense"),
        pytest.param(
            "FG24/3",
            "Guidance for lenders on the fair treatment of older borrowers",
            id="a-paper-after-its-title",
        ),
        pytest.param("VSS", "CVB Valuation Standards Scheme", id="the-owner-before-an-expansion"),
        pytest.param("hierarchy of persuasion", "Hierarchy of Persuasion Model", id="a-model-word"),
        pytest.param("Tanner's maxims", "Tanner", id="maxims-credited-to-a-person"),
    ],
)
def test_two_names_found_in_the_eighth_round_are_one_node(
    eighth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = eighth_round_graph.find_concept(first)

    assert node is not None
    assert eighth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("CVB", id="the-body"),
        pytest.param("GAP", id="an-acronym-before-insurance"),
        pytest.param("MAP", id="letters-of-a-formula"),
        pytest.param("RELs", id="a-plural-acronym"),
        pytest.param("compliance officer for claims handling", id="an-officer-for"),
        pytest.param("COCH", id="that-officer-s-acronym"),
        pytest.param("Bond Protection Service", id="a-protection-service"),
        pytest.param("Large language models", id="a-listed-name-in-the-plural"),
        pytest.param("LLMs", id="a-listed-acronym-in-the-plural"),
        pytest.param("direct messages", id="a-kind-of-message"),
        pytest.param("forty per cent", id="a-share-is-no-rate"),
        pytest.param("called deflection rate", id="called-is-no-part-of-a-rate"),
        pytest.param("practice quality standard", id="a-brand-s-standard-is-its"),
    ],
)
def test_no_models_in_the_eighth_round(eighth_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(eighth_round_graph)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("CVB Principles", "CVB", id="a-body-s-model-is-not-the-body"),
        pytest.param("SRM Code", "Sherwood Refund Model", id="a-defined-code-is-not-a-known-sense"),
    ],
)
def test_names_kept_apart_in_the_eighth_round(
    eighth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    assert eighth_round_graph.find_concept(first) != eighth_round_graph.find_concept(second)


# -- issue 16, ninth round: what the blind11 set showed once opened ------------------------

_NINTH_ROUND = """\
preview
Topic Synopsis
Counsellors compare Fenwick's three tasks of healing with the Dual Loss Model of
  Harper and Lowe, and the Garden Rentals Market Investigation Order 2019 applies.
Key Concepts & Core Principles
- Extras: Desks offer a tyre damage waiver (TDW) and teams track first-time repair
  success rate and promise-to-call kept rate.
- Bodies: centres of excellence (CoEs) advise; the Tenant Redress Adjudication Service
  (TRAS) hears cases, whose Code of Practice for Tenant Disputes, usually called the
  TRAS Code, applies; the idea was popularised by Anna Lindqvist of NLA, and a private
  insurer such as HXA Health or Vela pays.
- Safety: Ships follow the Ocean Safety Rules, always referred to as the Blue Book, and the Pewter
  Code of Practice on Lifting and Handling Procedures.
- Capacity: Apply the Care Decisions Act 2005 (CDA).
Exam Tips & Revision Strategies
- Under the Regulator's Disputes: Complaints sourcebook (RDCS), firms reply in eight weeks.
Common Misconceptions & Mistakes to Avoid
- Thinking the Coastal Defence Agency (CDA) is the same as the Act.
Examiner Marking Points
- Credit use of the TRAS Code and the CDA.
"""


@pytest.fixture(scope="module")
def ninth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_NINTH_ROUND, "n.txt")], VOCABULARY)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Fenwick's three tasks of healing", id="a-person-s-tasks"),
        pytest.param("Dual Loss Model", id="a-model-of-two-people"),
        pytest.param("Garden Rentals Market Investigation Order 2019", id="a-dated-order"),
        pytest.param("first-time repair success rate", id="a-compound-opens-a-rate"),
        pytest.param("promise-to-call kept rate", id="a-longer-compound-opens-a-rate"),
        pytest.param("Code of Practice for Tenant Disputes", id="a-body-s-code"),
        pytest.param("Pewter Code of Practice on Lifting and Handling Procedures", id="on-x-and-y"),
        pytest.param("Care Decisions Act 2005", id="an-act-sharing-a-body-s-acronym"),
    ],
)
def test_models_found_in_the_ninth_round(ninth_round_graph: KnowledgeGraph, name: str) -> None:
    node = ninth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("TRAS Code", "Code of Practice for Tenant Disputes", id="acronym-and-code"),
        pytest.param("Blue Book", "Ocean Safety Rules", id="always-referred-to-as"),
        pytest.param("Care Decisions Act", "CDA", id="the-act-keeps-its-acronym"),
    ],
)
def test_two_names_found_in_the_ninth_round_are_one_node(
    ninth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = ninth_round_graph.find_concept(first)

    assert node is not None
    assert ninth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("tyre damage waiver", id="a-waiver"),
        pytest.param("TDW", id="a-waiver-s-acronym"),
        pytest.param("centres of excellence", id="centres-of"),
        pytest.param("Tenant Redress Adjudication Service", id="an-adjudication-service"),
        pytest.param("TRAS", id="its-acronym"),
        pytest.param("NLA", id="a-person-s-company"),
        pytest.param("HXA", id="listed-after-an-insurer-such-as"),
        pytest.param("Dual Loss Model of Harper and Lowe", id="the-credit-is-no-part"),
        pytest.param("Regulator's Disputes", id="a-title-s-heading"),
        pytest.param("Coastal Defence Agency", id="the-body-of-the-other-sense"),
        pytest.param("time repair success rate", id="no-half-compound"),
    ],
)
def test_no_models_in_the_ninth_round(ninth_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(ninth_round_graph)


def test_a_person_of_a_company_ends_before_it() -> None:
    found = _surfaces("The idea was popularised by Anna Lindqvist of NLA, and others.")

    assert "Anna Lindqvist" in found
    assert "Anna Lindqvist of" not in found


def test_a_code_called_by_a_body_s_acronym_is_not_the_body(
    ninth_round_graph: KnowledgeGraph,
) -> None:
    code = ninth_round_graph.find_concept("Code of Practice for Tenant Disputes")

    assert code is not None
    assert ninth_round_graph.find_concept("TRAS") != code


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        pytest.param(
            "Ships follow the International Convention for the Safety of Life at Sea.",
            "International Convention for the Safety of Life at Sea",
            "Safety of Life at Sea",
            id="for-the-and-at-inside-a-title",
        ),
        pytest.param(
            "Meet the Code of Practice for Retailers in London and the Boston Matrix.",
            "Code of Practice for Retailers",
            "Code of Practice for Retailers in London",
            id="a-place-after-a-title-is-no-part-of-it",
        ),
    ],
)
def test_a_title_s_subject_may_hold_the_and_at(text: str, expected: str, not_expected: str) -> None:
    found = _surfaces(text, Rule.CAPITALISED)

    assert expected in found
    assert not_expected not in found


# -- issue 16, tenth round: what the blind12 set showed once opened ------------------------

_TENTH_ROUND = """\
preview
Topic Synopsis
Clinics watch the did not return rate (DNR rate) and log jobs in the FMX system.
Key Concepts & Core Principles
- Bodies: Use rescue providers such as the AVR, the KRS or Blue Tow as examples, and
  report through the NHS Ward Safety Model (NHS WSM); approved riding instructors
  (ARIs) teach.
- Standards: The board's National Standard for Rider and Driver Coaching applies.
Exam Tips & Revision Strategies
- Track the DNR rate weekly.
Common Misconceptions & Mistakes to Avoid
- Thinking the FMX system is a model.
Examiner Marking Points
- Credit use of the NHS WSM and the DNR rate.
"""


@pytest.fixture(scope="module")
def tenth_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary('[models]\n[concepts]\n[not_models]\nwords = ["NHS"]\n', "test")
    return build_graph([parse_document(_TENTH_ROUND, "t.txt")], vocabulary)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("DNR rate", "did not return rate", id="a-measure-s-acronym-in-brackets"),
        pytest.param("NHS WSM", "Ward Safety Model", id="a-body-s-acronym-first"),
    ],
)
def test_two_names_found_in_the_tenth_round_are_one_node(
    tenth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = tenth_round_graph.find_concept(first)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert tenth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("FMX", id="an-acronym-before-system"),
        pytest.param("KRS", id="the-before-a-listed-company"),
        pytest.param("approved riding instructors", id="instructors-are-a-job"),
        pytest.param("return rate", id="not-opens-no-measure"),
    ],
)
def test_no_models_in_the_tenth_round(tenth_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(tenth_round_graph)


def test_a_standard_for_two_things_is_one_title() -> None:
    found = _surfaces("The board's National Standard for Rider and Driver Coaching applies.")

    assert "National Standard for Rider and Driver Coaching" in found


# -- issue 16, eleventh round: what the blind13 set showed once opened ---------------------

_ELEVENTH_ROUND = """\
preview
Topic Synopsis
Surgeries book video sessions on the Remote Consult Platform (RCP) and send most
disputes to the Dental Complaints Service (DCS). Publishers protect files with digital
rights management (DRM). Clinics log the did not finish rate (DNF rate) each week.
Key Concepts & Core Principles
- Charters: The Patients' Charter sets what every patient may expect, and the Sterile
  Practice Bench Book guides decontamination.
- Schemes: Eligible patients claim through Community Dental Services (CDS), and the PAS
  1010 framework, with its companion PAS 1011, sets how records are kept.
- Fraud: Staff learn the signs of safe account transfer (SAT) fraud and explain refunds
  under the rules that replaced the voluntary Dental Refund Model Code (the DRM Code).
- Guides: Events follow the Orange Guide to Noise, Light and Crowd Safety at Outdoor
  Events, and clinics the CQC Standards of Care, Dignity and Respect.
Exam Tips & Revision Strategies
- Treat GDS staff and the CASHNET network as part of the wider system.
- Compare measures such as DNF rate, waiting time or reach.
Common Misconceptions & Mistakes to Avoid
- Forgetting that a free PSI check is a service, not a method.
Examiner Marking Points
- Credit use of the Patients' Charter, PAS 1010 and the DRM Code.
- Credit use of the Orange Guide.
"""


@pytest.fixture(scope="module")
def eleventh_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary("[models]\n[concepts]\n[not_models]\n", "test")
    return build_graph([parse_document(_ELEVENTH_ROUND, "t.txt")], vocabulary)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Patients' Charter", id="a-charter-for-a-group-of-people"),
        pytest.param("Sterile Practice Bench Book", id="a-capitalised-book"),
        pytest.param("CQC Standards of Care, Dignity and Respect", id="a-title-s-listed-subjects"),
    ],
)
def test_models_found_in_the_eleventh_round(
    eleventh_round_graph: KnowledgeGraph, name: str
) -> None:
    node = eleventh_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("PAS 1010 framework", "PAS 1010", id="a-numbered-standard-s-framework"),
        pytest.param("DRM Code", "Dental Refund Model Code", id="a-code-named-again-with-the"),
        pytest.param("DNF rate", "did not finish rate", id="a-measure-s-acronym-used-again"),
        pytest.param(
            "Orange Guide",
            "Orange Guide to Noise, Light and Crowd Safety at Outdoor Events",
            id="a-title-and-the-words-before-its-subject",
        ),
    ],
)
def test_two_names_found_in_the_eleventh_round_are_one_node(
    eleventh_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = eleventh_round_graph.find_concept(first)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert eleventh_round_graph.find_concept(second) == node


def test_a_code_s_acronym_is_not_the_acronym_alone(eleventh_round_graph: KnowledgeGraph) -> None:
    code = eleventh_round_graph.find_concept("Dental Refund Model Code")

    assert code is not None
    assert eleventh_round_graph.find_concept("digital rights management") != code


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Remote Consult Platform", id="a-capitalised-platform"),
        pytest.param("RCP", id="a-platform-s-acronym"),
        pytest.param("Dental Complaints Service", id="a-complaints-service"),
        pytest.param("Community Dental Services", id="services-in-the-plural"),
        pytest.param("SAT", id="a-fraud-s-acronym"),
        pytest.param("safe account transfer", id="a-fraud-s-name"),
        pytest.param("GDS", id="an-acronym-before-its-staff"),
        pytest.param("CASHNET", id="an-acronym-before-its-network"),
        pytest.param("PSI", id="an-acronym-before-check"),
        pytest.param("DNF", id="a-measure-s-acronym-alone"),
    ],
)
def test_no_models_in_the_eleventh_round(eleventh_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(eleventh_round_graph)


def test_a_title_with_listed_subjects_is_found_where_a_text_names_it(
    eleventh_round_graph: KnowledgeGraph,
) -> None:
    standards = eleventh_round_graph.find_concept("CQC Standards of Care, Dignity and Respect")

    assert standards is not None
    assert "t/key-concept/4" in standards.passage_ids


def test_names_listed_after_a_title_are_not_its_subjects() -> None:
    found = _surfaces("Compare the Code of Practice, Kano and Herzberg today.")

    assert "Code of Practice" in found
    assert not any("Kano" in surface for surface in found)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        pytest.param(
            "Studios keep tracking no-show rate, first-visit conversion and member "
            "referral share each month.",
            "first-visit conversion",
            "each month",
            id="tracked-beside-a-rate",
        ),
        pytest.param(
            "Managers are monitoring staff training and rota changes this quarter.",
            None,
            "staff training",
            id="no-measure-no-metrics",
        ),
    ],
)
def test_what_is_tracked_beside_a_measure_is_a_measure(
    text: str, expected: str | None, not_expected: str
) -> None:
    found = _surfaces(text, Rule.METRIC)

    assert expected is None or expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Homes are rated under the CQC's single assessment framework each year.",
            "single assessment framework",
            id="an-acronym-s",
        ),
        pytest.param(
            "Schools meet the Regulator's learner outcomes model in full.",
            "learner outcomes model",
            id="a-body-word-s",
        ),
    ],
)
def test_a_body_s_framework_in_lower_case_is_named(text: str, expected: str) -> None:
    assert expected in _surfaces(text, Rule.HEAD_NOUN)


def test_a_body_s_framework_needs_a_name_of_its_own() -> None:
    found = _surfaces("The regulator's new framework and the society's code of conduct apply.")

    assert not any("framework" in surface or "code" in surface for surface in found)


def test_a_standard_s_code_number_in_brackets_is_its_second_name() -> None:
    found = _found("Clinics follow the Clinical Risk Management Standard (DCB0129) and report.")

    assert Candidate("Clinical Risk Management Standard", Rule.DEFINITION, "DCB0129") in found


def test_a_product_s_code_number_is_no_second_name() -> None:
    found = _found("Buy the Acme Deluxe Kettle (ABC1234) today.")

    assert not any(candidate.rule is Rule.DEFINITION for candidate in found)


# -- issue 16, twelfth round: what the blind14 set showed once opened ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shops follow the Payments: Conduct of Business sourcebook (PCOBS) daily.",
            Candidate("Payments: Conduct of Business sourcebook", Rule.DEFINITION, "PCOBS"),
            id="a-colon-title-after-the",
        ),
        pytest.param(
            "Shops follow PCOBS (the Payments: Conduct of Business sourcebook) daily.",
            Candidate("Payments: Conduct of Business sourcebook", Rule.DEFINITION, "PCOBS"),
            id="a-colon-title-in-brackets-after-its-acronym",
        ),
        pytest.param(
            "TCOB, the Travel and Leisure: Conduct of Business sourcebook, sets the rules.",
            Candidate(
                "Travel and Leisure: Conduct of Business sourcebook", Rule.DEFINITION, "TCOB"
            ),
            id="an-acronym-and-its-title-between-commas",
        ),
    ],
)
def test_a_colon_title_is_defined_either_way_round(text: str, expected: Candidate) -> None:
    found = _found(text)

    assert expected in found
    assert not any(c.rule is Rule.ALIAS and c.surface in {"Payments", "Travel"} for c in found)


def test_an_acronym_between_commas_needs_its_words() -> None:
    found = _found("Use CRM, the Kano model, and more.")

    assert not any(candidate.rule is Rule.DEFINITION for candidate in found)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        pytest.param(
            "Quote metrics carefully: footfall conversion, dwell rate and average basket.",
            "footfall conversion",
            None,
            id="metrics-an-adverb-then-a-colon",
        ),
        pytest.param(
            "Quote metrics such as refund rate, returns per thousand orders and average "
            "time to refund.",
            "returns per thousand orders",
            None,
            id="a-count-per-a-number-in-words",
        ),
        pytest.param(
            "Service metrics: Monitoring first response time (FRT), mean time to repair "
            "and repeat fault rate.",
            "mean time to repair",
            "monitoring first response time",
            id="a-list-opened-by-a-verb",
        ),
        pytest.param(
            "Advice rests on need, not on the cheapest rate.",
            None,
            "cheapest rate",
            id="a-superlative-rate",
        ),
        pytest.param(
            "Teams are tracking weekly active users, visits per 1,000 population and "
            "renewal rate, using cohort analysis to compare months.",
            "visits per 1,000 population",
            "using cohort",
            id="tracked-counts-then-a-clause",
        ),
        pytest.param(
            "Teams are tracking weekly active users and renewal rate.",
            "weekly active users",
            None,
            id="a-count-of-users-is-tracked",
        ),
    ],
)
def test_measures_found_in_the_twelfth_round(
    text: str, expected: str | None, not_expected: str | None
) -> None:
    found = _surfaces(text, Rule.METRIC)

    assert expected is None or expected in found
    assert not_expected is None or not_expected not in found


_TWELFTH_ROUND = """\
preview
Topic Synopsis
Leisure centres measure what members do and follow the FCA's FG22/4 guidance.
Key Concepts & Core Principles
- Operational Metrics: Footfall conversion, spend per visit and class fill ratio show how
  a centre performs.
- Value: Hart's civic value framework, usually drawn as the civic diamond, guides plans.
Exam Tips & Revision Strategies
- Refer to the FCA's FG22/4 guidance when a member is vulnerable.
Common Misconceptions & Mistakes to Avoid
- Ignoring the civic diamond.
Examiner Marking Points
- Credit use of footfall conversion and the civic value framework.
"""


@pytest.fixture(scope="module")
def twelfth_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary('[models]\n[concepts]\n[not_models]\nwords = ["FCA"]\n', "test")
    return build_graph([parse_document(_TWELFTH_ROUND, "t.txt")], vocabulary)


def test_a_key_concept_named_for_metrics_lists_them(twelfth_round_graph: KnowledgeGraph) -> None:
    node = twelfth_round_graph.find_concept("footfall conversion")

    assert node is not None
    assert node.kind is ConceptKind.MODEL


def test_a_model_usually_drawn_as_a_diagram_is_one_node(
    twelfth_round_graph: KnowledgeGraph,
) -> None:
    node = twelfth_round_graph.find_concept("civic value framework")

    assert node is not None
    assert twelfth_round_graph.find_concept("civic diamond") == node


def test_a_body_s_paper_number_is_the_paper(twelfth_round_graph: KnowledgeGraph) -> None:
    paper = twelfth_round_graph.find_concept("FG22/4")

    assert paper is not None
    assert set(paper.topic_slugs) == {"t"}
    assert "t/exam-tip/1" in paper.passage_ids
    assert twelfth_round_graph.find_concept("FCA's FG22/4") is None


# -- issue 16, thirteenth round: what the blind15 set showed once opened -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Appeal to the Office of the Independent Review Service for Further Education, "
            "or OIRS, when the college has finished.",
            "OIRS",
            id="a-body-comma-or-its-acronym",
        ),
        pytest.param(
            "Compare trade associations such as the NFDA and BIFA.", "BIFA", id="associations"
        ),
        pytest.param(
            "Contrast a small practice with corporate groups such as Petcare Partners.",
            "Petcare Partners",
            id="corporate-groups",
        ),
    ],
)
def test_names_given_as_bodies_in_the_thirteenth_round(text: str, expected: str) -> None:
    assert expected in _surfaces(text, Rule.ORGANISATION)


def test_an_acronym_counted_with_a_word_between_is_counted() -> None:
    assert "ONU" in _surfaces("Engineers swap the kit (a faulty ONU) on the visit.", Rule.COUNTED)


def test_two_acronyms_in_brackets_spell_one_title() -> None:
    found = _found(
        "Stations follow the Persons with Restricted Access Technical Standard for "
        "Interchanges (PRA TSI) for ramps."
    )

    assert (
        Candidate(
            "Persons with Restricted Access Technical Standard for Interchanges",
            Rule.DEFINITION,
            "PRA TSI",
        )
        in found
    )


def test_an_acronym_spelled_around_a_title_s_parenthesis_takes_the_whole_title() -> None:
    found = _found(
        "Borrowers have rights. The Credit Contracts (Information, Cancellation and "
        "Additional Charges) Regulations 2016 (CCRs) give a cancellation right."
    )

    whole = "Credit Contracts (Information, Cancellation and Additional Charges) Regulations 2016"
    assert Candidate(whole, Rule.DEFINITION, "CCRs") in found


def test_an_acronym_credited_to_its_author_is_a_second_name() -> None:
    found = _found("Lockers win users, as Davis's TAM predicts, when they are easy.")

    assert Candidate("Davis's TAM", Rule.ALIAS, "TAM") in found


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        pytest.param(
            "Vets use ask-tell-ask and tell-show-do with nervous owners.",
            "tell-show-do",
            None,
            id="steps-joined-by-hyphens",
        ),
        pytest.param(
            "Meet face-to-face, with state-of-the-art kit, for a two-year-old dog.",
            None,
            "face-to-face",
            id="phrases-with-function-words-or-counts",
        ),
    ],
)
def test_steps_joined_by_hyphens_name_a_technique(
    text: str, expected: str | None, not_expected: str | None
) -> None:
    found = _surfaces(text, Rule.HEAD_NOUN)

    assert expected is None or expected in found
    assert not_expected is None or not_expected not in found
    assert not any("year" in surface or "art" in surface for surface in found)


def test_a_body_s_guide_is_no_one_s_model() -> None:
    vocabulary = parse_vocabulary('[models]\n[concepts]\n[not_models]\nwords = ["Ofcom"]\n', "t")

    found = find_candidates("Ofcom's guide expects priority repair.", vocabulary)

    assert not any(candidate.surface == "Ofcom's guide" for candidate in found)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        pytest.param(
            "Persons with Reduced Mobility Technical Specification for Interoperability",
            False,
            id="a-specification-for-a-group",
        ),
        pytest.param("GDC Standards for the Dental Team", False, id="standards-for-a-team"),
        pytest.param("Institute of Customer Service", True, id="still-a-body"),
        pytest.param("Passengers with Reduced Mobility", True, id="still-a-group"),
    ],
)
def test_what_a_title_is_for_says_nothing_of_what_it_is(surface: str, expected: bool) -> None:
    assert names_no_model(surface) is expected


def test_standards_for_the_whom_is_one_title() -> None:
    found = _surfaces("Registrants follow the GDC Standards for the Dental Team at work.")

    assert "GDC Standards for the Dental Team" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pair operational measures such as right-first-time and repeat repair rate with "
            "the TSMs.",
            "right-first-time",
            id="a-measure-word-inside-an-item",
        ),
        pytest.param(
            "donor retention rate, regular giving attrition and supporter lifetime value "
            "(LTV) matter more than one-off income.",
            "regular giving attrition",
            id="a-list-that-opens-a-passage",
        ),
    ],
)
def test_lists_of_measures_in_the_thirteenth_round(text: str, expected: str) -> None:
    assert expected in _surfaces(text, Rule.METRIC)


# -- issue 16, fourteenth round: what the blind16 set showed once opened -------------------

_FOURTEENTH_ROUND = """\
preview
Topic Synopsis
Ferries apply Regulation (EU) No 1177/2010, which staff call the 1177 rules, and
advisers use the Debt Relief Scheme (Breathing Room Moratorium and Mental Health Crisis
Moratorium) (England and Wales) Regulations 2021.
Key Concepts & Core Principles
- Rights: Explain the 1177 rules when sailings are cancelled.
Exam Tips & Revision Strategies
- Quote the Debt Relief Scheme (Breathing Room Moratorium and Mental Health Crisis
  Moratorium) (England and Wales) Regulations 2021 accurately.
Common Misconceptions & Mistakes to Avoid
- Forgetting the 1177 rules.
Examiner Marking Points
- Credit use of the 1177 rules.
"""


@pytest.fixture(scope="module")
def fourteenth_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary("[models]\n[concepts]\n[not_models]\n", "test")
    return build_graph([parse_document(_FOURTEENTH_ROUND, "t.txt")], vocabulary)


def test_a_law_known_by_its_number_is_one_node(fourteenth_round_graph: KnowledgeGraph) -> None:
    law = fourteenth_round_graph.find_concept("Regulation (EU) No 1177/2010")

    assert law is not None
    assert fourteenth_round_graph.find_concept("1177 rules") == law


def test_a_law_title_of_fifteen_words_is_one_model(
    fourteenth_round_graph: KnowledgeGraph,
) -> None:
    title = (
        "Debt Relief Scheme (Breathing Room Moratorium and Mental Health Crisis Moratorium) "
        "(England and Wales) Regulations"
    )
    law = fourteenth_round_graph.find_concept(title)

    assert law is not None
    assert law.kind is ConceptKind.MODEL
    assert "t/exam-tip/1" in law.passage_ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Under EC Regulation 1107/2006 the airport assists.",
            Candidate("EC Regulation 1107/2006", Rule.HEAD_NOUN, "Regulation 1107/2006"),
            id="a-european-law-with-its-body-first",
        ),
        pytest.param(
            "Engineers follow the Gas Industry Unsafe Situations Procedure (IUSP) on site.",
            Candidate(
                "Gas Industry Unsafe Situations Procedure",
                Rule.ALIAS,
                "Industry Unsafe Situations Procedure",
            ),
            id="a-word-before-what-the-acronym-spells",
        ),
        pytest.param(
            "Avoid relying on a booking system such as TixPro alone.",
            Candidate("TixPro", Rule.ORGANISATION),
            id="software-named-by-what-it-is-for",
        ),
    ],
)
def test_names_found_in_the_fourteenth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


def test_a_word_before_a_defined_name_must_be_a_name() -> None:
    found = _found("Use Net Promoter Score (NPS) weekly.")

    assert not any(candidate.surface.startswith("Use ") for candidate in found)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        pytest.param(
            "Managers review complaint response time and time to first visit each week.",
            "complaint response time",
            "perceived waiting time",
            id="how-long-something-takes",
        ),
        pytest.param(
            "Reports show time to decision, not the perceived waiting time.",
            "time to decision",
            "perceived waiting time",
            id="time-to-a-decision",
        ),
        pytest.param(
            "Targets aim at a shorter handling time.",
            None,
            "shorter handling time",
            id="how-the-time-is",
        ),
        pytest.param(
            "Crews cut leakage per property per day by a tenth.",
            "leakage per property per day",
            "leakage per property",
            id="a-second-base-of-time",
        ),
    ],
)
def test_measures_found_in_the_fourteenth_round(
    text: str, expected: str | None, not_expected: str
) -> None:
    found = _surfaces(text, Rule.METRIC)

    assert expected is None or expected in found
    assert not_expected not in found


def test_a_compensation_scheme_is_a_body() -> None:
    assert names_no_model("Financial Services Compensation Scheme")


# -- issue 16, fifteenth round: what the blind17 set showed once opened --------------------

_FIFTEENTH_ROUND = """\
harbour
Topic Synopsis
Marina staff check berthing letters against the Harlow Plain English score and follow
HSG256 (Managing safety on pontoons and jetties) under the Safety at Sea etc. Act 1988.
Key Concepts & Core Principles
- Letters: Test each letter with the Harlow Plain English test before posting it.
- Rules: Apply PS24/7, the FCA's Guidance on fair value for berth holders, to renewals.
Exam Tips & Revision Strategies
- Quote the Safety at Sea etc. Act 1988 when asked about duties to visitors.
Common Misconceptions & Mistakes to Avoid
- Thinking Managing safety on pontoons and jetties applies only to staff.
Examiner Marking Points
- Credit use of Guidance on fair value for berth holders.
"""


@pytest.fixture(scope="module")
def fifteenth_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary("[models]\n[concepts]\n[not_models]\n", "test")
    return build_graph([parse_document(_FIFTEENTH_ROUND, "harbour.txt")], vocabulary)


def test_a_name_before_score_or_test_is_one_model_written_either_way(
    fifteenth_round_graph: KnowledgeGraph,
) -> None:
    score = fifteenth_round_graph.find_concept("Harlow Plain English score")

    assert score is not None
    assert score.kind is ConceptKind.MODEL
    assert fifteenth_round_graph.find_concept("Harlow Plain English test") == score
    assert fifteenth_round_graph.find_concept("Harlow Plain English") == score


@pytest.mark.parametrize(
    ("code", "title"),
    [
        pytest.param("HSG256", "Managing safety on pontoons and jetties", id="in-brackets"),
        pytest.param("PS24/7", "Guidance on fair value for berth holders", id="between-commas"),
    ],
)
def test_a_code_and_its_title_are_one_model(
    fifteenth_round_graph: KnowledgeGraph, code: str, title: str
) -> None:
    node = fifteenth_round_graph.find_concept(code)

    assert node is not None
    assert fifteenth_round_graph.find_concept(title) == node
    # the title alone, in a later passage, is a mention of the code's node
    assert any(
        passage_id.endswith(("misconception/1", "marking-point/1"))
        for passage_id in node.passage_ids
    )


def test_a_title_with_etc_is_found_again_in_later_passages(
    fifteenth_round_graph: KnowledgeGraph,
) -> None:
    law = fifteenth_round_graph.find_concept("Safety at Sea etc. Act 1988")

    assert law is not None
    assert "harbour/exam-tip/1" in law.passage_ids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Include measures such as dwell time at the gate, claims settled within 10 "
            "working days and paperless billing share, and explain each.",
            {"dwell time", "claims settled within 10 working days", "paperless billing share"},
            id="measures-where-and-within-a-time",
        ),
        pytest.param(
            "Quote service indicators such as missed collection rate, average wait to board "
            "and the refund rate.",
            {"missed collection rate", "average wait to board"},
            id="indicators-such-as",
        ),
        pytest.param(
            "Leads spend the week monitoring first reply time, reopen rates, ticket ageing and "
            "case turnaround against agreed targets.",
            {"ticket ageing"},
            id="a-measure-in-the-plural-keeps-the-list-going",
        ),
        pytest.param(
            "Supervisors keep tracking visits completed within target and the no-access rate.",
            {"visits completed within target"},
            id="what-is-done-within-target",
        ),
    ],
)
def test_measures_found_in_the_fifteenth_round(text: str, expected: set[str]) -> None:
    assert expected <= _surfaces(text, Rule.METRIC)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        pytest.param(
            "Measures such as average time in lane and the refund rate matter.",
            "average time",
            id="a-name-with-in-is-not-cut",
        ),
        pytest.param("Explain the unit rate and the standing charge.", "unit rate", id="a-price"),
    ],
)
def test_no_measures_in_the_fifteenth_round(text: str, not_expected: str) -> None:
    assert not_expected not in _surfaces(text, Rule.METRIC)


def test_a_periodic_cycle_is_no_named_cycle() -> None:
    assert "annual cycle" not in _surfaces("Use the annual cycle as a plan.", Rule.HEAD_NOUN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Compare centres such as Riverside, run by WLT, with others.",
            Candidate("WLT", Rule.ORGANISATION),
            id="who-runs-a-place",
        ),
        pytest.param(
            "The Royal Society of Anglers (RSOA UK) trains stewards.",
            Candidate("RSOA", Rule.ORGANISATION),
            id="a-body-s-acronym-with-its-country",
        ),
        pytest.param(
            "Use records from practice management systems such as VetBase or Orbit.",
            Candidate("VetBase", Rule.ORGANISATION),
            id="software-named-by-what-it-keeps",
        ),
        pytest.param(
            "Explain ANPR cameras and the barrier times.",
            Candidate("ANPR", Rule.COUNTED),
            id="equipment",
        ),
        pytest.param(
            "Join the Caravan & Leisure Parks Association (C&LPA) for guidance.",
            Candidate("Caravan & Leisure Parks Association", Rule.DEFINITION, "C&LPA"),
            id="an-acronym-with-an-ampersand",
        ),
        pytest.param(
            "Follow the Hale Tenancy Code (usually just called the Hale Code) at viewings.",
            Candidate("Hale Code", Rule.ALIAS, "Hale Tenancy Code"),
            id="usually-just-called",
        ),
    ],
)
def test_names_found_in_the_fifteenth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


def test_a_piece_of_an_acronym_with_an_ampersand_is_no_acronym() -> None:
    assert "LPA" not in _surfaces("Join the C&LPA for guidance.", Rule.ACRONYM)


@pytest.mark.parametrize(
    "name", ["British Angling Confederation", "Approved Training Provider"], ids=str
)
def test_confederations_and_providers_are_bodies(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, sixteenth round: what the blind18 set showed once opened --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Coaches apply GROW, often taught as the TGROW model, in reviews.",
            Candidate("TGROW", Rule.ALIAS, "GROW"),
            id="often-taught-as",
        ),
        pytest.param(
            "Managers watch the repeat visit rate, also recorded as the revisit ratio, monthly.",
            Candidate("revisit ratio", Rule.ALIAS, "repeat visit rate"),
            id="also-recorded-as",
        ),
        pytest.param(
            "Volunteers stay when leaders apply goal-setting theory to rotas.",
            Candidate("goal-setting theory", Rule.HEAD_NOUN),
            id="a-theory-named-by-a-compound-needs-no-article",
        ),
        pytest.param(
            "Explaining Tradeterms 2024 rules such as FOB to shippers.",
            Candidate("Tradeterms", Rule.CAPITALISED, "Tradeterms 2024"),
            id="a-name-s-edition-and-the-name-alone",
        ),
        pytest.param(
            "Testers work to the ATC inspection manual published by the agency.",
            Candidate("ATC inspection manual", Rule.HEAD_NOUN, "ATC"),
            id="a-manual",
        ),
        pytest.param(
            "Bookings go through commercial partners such as Travelgate or DocuServe.",
            Candidate("Travelgate", Rule.ORGANISATION),
            id="partners-such-as",
        ),
        pytest.param(
            "Fabric symbols are registered by TEXLAB and printed on labels.",
            Candidate("TEXLAB", Rule.ORGANISATION),
            id="who-registers-a-thing",
        ),
        pytest.param(
            "The phrase spread after Anna Berg, when she ran NORDAIR.",
            Candidate("NORDAIR", Rule.ORGANISATION),
            id="a-company-someone-ran",
        ),
        pytest.param(
            "Decisions are made by HOVI caseworkers, not by the centre.",
            Candidate("HOVI", Rule.ORGANISATION),
            id="an-acronym-before-its-caseworkers",
        ),
        pytest.param(
            "Show the customer the VX40 refusal certificate and the photos.",
            Candidate("VX40", Rule.COUNTED),
            id="a-form-issued",
        ),
        pytest.param(
            "Crews keep UHF radio etiquette on the pontoons.",
            Candidate("UHF", Rule.COUNTED),
            id="equipment-by-its-acronym",
        ),
    ],
)
def test_names_found_in_the_sixteenth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "not_expected", "rule"),
    [
        pytest.param(
            "Guidance sorts the information into Parts A, B and C.",
            "Parts A",
            Rule.CAPITALISED,
            id="parts-of-a-text",
        ),
        pytest.param(
            "Quality Leads spend the week focusing manual reviews on risky calls.",
            "Quality Leads focusing manual",
            Rule.HEAD_NOUN,
            id="manual-as-an-adjective",
        ),
        pytest.param(
            "Staff reduce frustration by explaining delays and occupying waiting time.",
            "occupying waiting time",
            Rule.METRIC,
            id="what-is-done-with-a-time",
        ),
        pytest.param(
            "Guests value the dimensions that older travellers rate most highly.",
            "older travellers rate",
            Rule.METRIC,
            id="rate-as-a-verb",
        ),
    ],
)
def test_no_names_in_the_sixteenth_round(text: str, not_expected: str, rule: Rule) -> None:
    assert not_expected not in _surfaces(text, rule)


def test_a_rate_after_an_article_is_a_measure_whatever_follows() -> None:
    assert "complaints rate" in _surfaces(
        "Boards watch the complaints rate above all.", Rule.METRIC
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "- Use fall-through rate and average time to completion as performance measures.",
            {"fall-through rate", "average time to completion"},
            id="used-as-measures",
        ),
        pytest.param(
            "- Credit evaluation of lapse rate and time to renewal as measures, with limits.",
            {"lapse rate", "time to renewal"},
            id="after-the-words-that-lead-to-the-list",
        ),
    ],
)
def test_lists_used_as_measures(text: str, expected: set[str]) -> None:
    assert expected <= _surfaces(text, Rule.METRIC)


def test_a_list_of_things_used_as_measures_of_something_names_no_measure() -> None:
    assert not _surfaces("Treat complaints and compliments as measures of trust.", Rule.METRIC)


@pytest.mark.parametrize(
    "name",
    [
        "Audit Bureau of Readership",
        "Campaign for Better Buses",
        "Independent Chief Inspector of Borders",
        "Passport Renewal Service",
    ],
    ids=str,
)
def test_bureaus_campaigns_inspectors_and_border_services_are_bodies(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, seventeenth round: what the blind19 set showed once opened ------------------

_SEVENTEENTH_ROUND = """\
parks
Topic Synopsis
Wardens explain the Parks Standards and Framework Act 2001 to visitors.
Key Concepts & Core Principles
- Limits: Knowing where the Parks Standards and Framework Act 2001 caps group sizes.
Exam Tips & Revision Strategies
- Refer to the 2001 Act when asked about group sizes.
Common Misconceptions & Mistakes to Avoid
- None.
Examiner Marking Points
- Credit accurate use of the 2001 Act.
"""


def test_a_title_with_a_model_word_inside_is_one_law_and_its_year_names_it() -> None:
    vocabulary = parse_vocabulary("[models]\n[concepts]\n[not_models]\n", "test")
    graph = build_graph([parse_document(_SEVENTEENTH_ROUND, "parks.txt")], vocabulary)
    law = graph.find_concept("Parks Standards and Framework Act 2001")

    assert law is not None
    assert law.kind is ConceptKind.MODEL
    assert graph.find_concept("2001 Act") == law


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Operating a TACCP plan (Threat Assessment and Critical Control Point) daily.",
            Candidate("TACCP plan", Rule.ALIAS, "TACCP"),
            id="an-acronym-a-word-and-its-expansion",
        ),
        pytest.param(
            "Reply with the CALM reply (Calm, Acknowledge, Listen, Move on) to hostile emails.",
            Candidate("CALM reply", Rule.ALIAS, "CALM"),
            id="an-acronym-a-word-and-its-mnemonic",
        ),
        pytest.param(
            "Anna Berg developed her model from work with hospital patients.",
            Candidate("Anna Berg", Rule.ORGANISATION),
            id="a-person-by-her-work",
        ),
        pytest.param(
            "The law followed the death of Owen Marsh, a young diner.",
            Candidate("Owen Marsh", Rule.ORGANISATION),
            id="a-person-a-law-remembers",
        ),
        pytest.param(
            "Credit TBSA membership standards in complaint answers.",
            Candidate("TBSA", Rule.ORGANISATION),
            id="an-acronym-with-members",
        ),
        pytest.param(
            "- Performance: Tracking arrival rate and wait time, alongside call abandonment "
            "rate in the centre.",
            Candidate("call abandonment rate", Rule.METRIC),
            id="alongside-is-no-part-of-a-measure",
        ),
        pytest.param(
            "- Link survey quality to downstream measures: refit rate and complaints per "
            "hundred fittings.",
            Candidate("complaints per hundred fittings", Rule.METRIC),
            id="what-a-count-is-per-is-no-verb",
        ),
    ],
)
def test_names_found_in_the_seventeenth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


def test_a_web_address_is_no_acronym() -> None:
    assert "HUB" not in _surfaces("Design against the HUB.UK Service Standard.", Rule.ACRONYM)


@pytest.mark.parametrize(
    "name", ["Hospital Travel Costs Scheme", "patient transport service"], ids=str
)
def test_schemes_that_pay_costs_and_transport_services_are_no_models(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, eighteenth round: what the blind20 set showed once opened -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Graded exams with LCMT or Ashford College Bristol mark progress.",
            Candidate("LCMT", Rule.ORGANISATION),
            id="an-acronym-offered-beside-a-body",
        ),
        pytest.param(
            "Committees apply Varga's design principles to shared plots.",
            Candidate("Varga's design principles", Rule.HEAD_NOUN),
            id="a-person-s-principles-in-lower-case",
        ),
        pytest.param(
            "The Experience Stage of B. Jane Smith and Tom Rees frames a visit as theatre.",
            Candidate("Experience Stage", Rule.CAPITALISED),
            id="credited-to-a-person-with-an-initial",
        ),
        pytest.param(
            "Store products in line with CHIP, the Chemicals Hazard Information and "
            "Packaging Regulations 2009.",
            Candidate(
                "Chemicals Hazard Information and Packaging Regulations 2009",
                Rule.DEFINITION,
                "CHIP",
            ),
            id="an-acronym-for-a-law-s-title-without-its-kind-and-year",
        ),
        pytest.param(
            "Awnings must meet BS EN 1234-2 before handover.",
            Candidate("BS EN 1234-2", Rule.ACRONYM),
            id="an-adopted-standard-s-part",
        ),
        pytest.param(
            "Wipe drives to NIST SP 800-53 before resale.",
            Candidate("NIST SP 800-53", Rule.ACRONYM),
            id="a-standards-body-s-publication",
        ),
    ],
)
def test_names_found_in_the_eighteenth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        pytest.param(
            "Act with reference to the Department of Leisure and Tourism's visitor principles.",
            "Department of Leisure and Tourism's visitor principles",
            id="a-body-s-principles",
        ),
        pytest.param(
            "The Experience Stage of B. Jane Smith and Tom Rees frames a visit as theatre.",
            "Experience Stage of B",
            id="no-initial-in-a-name",
        ),
    ],
)
def test_no_names_in_the_eighteenth_round(text: str, not_expected: str) -> None:
    assert not_expected not in _surfaces(text)


@pytest.mark.parametrize(
    "name", ["Tenancy Deposit Scheme", "Caravan Registration and Identification Scheme"], ids=str
)
def test_schemes_that_hold_deposits_or_register_are_no_models(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, nineteenth round: what the blind21 set showed once opened -------------------

_NINETEENTH_ROUND = """\
leasing
Topic Synopsis
Brokers explain the TVLA Fair Return Guide and the FCA Handbook to drivers.
Key Concepts & Core Principles
- Returns: Inspect cars against the TVLA Fair Return Guide at collection.
Exam Tips & Revision Strategies
- Treat the TVLA guide as a benchmark, not a contract term.
Common Misconceptions & Mistakes to Avoid
- None.
Examiner Marking Points
- Credit use of the TVLA guide at collection.
"""


@pytest.fixture(scope="module")
def nineteenth_round_graph() -> KnowledgeGraph:
    vocabulary = parse_vocabulary('[models]\n[concepts]\n[not_models]\nwords = ["FCA"]\n', "test")
    return build_graph([parse_document(_NINETEENTH_ROUND, "leasing.txt")], vocabulary)


def test_a_body_s_short_title_is_its_one_longer_title(
    nineteenth_round_graph: KnowledgeGraph,
) -> None:
    guide = nineteenth_round_graph.find_concept("TVLA Fair Return Guide")

    assert guide is not None
    assert nineteenth_round_graph.find_concept("TVLA guide") == guide


def test_an_acronym_is_no_name_of_the_handbook_it_owns(
    nineteenth_round_graph: KnowledgeGraph,
) -> None:
    handbook = nineteenth_round_graph.find_concept("FCA Handbook")

    assert handbook is not None
    assert nineteenth_round_graph.find_concept("FCA") != handbook


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "- Benchmark retention rate and cost per pound raised against sector figures.",
            "cost per pound raised",
            id="what-the-base-of-a-rate-is-done",
        ),
        pytest.param(
            "Timed sessions spread demand; court utilisation and secondary spend per head "
            "show whether offers work.",
            "court utilisation",
            id="two-measures-before-a-plural-verb",
        ),
    ],
)
def test_measures_found_in_the_nineteenth_round(text: str, expected: str) -> None:
    assert expected in _surfaces(text, Rule.METRIC)


@pytest.mark.parametrize(
    "name",
    [
        "Personal Contract Purchase",
        "personal contract hire",
        "Winter Fuel Payment",
        "Water Network Operator",
        "Heat Pump Certification Scheme",
        "Trader Codes Approval Scheme",
        "Video Relay Service",
    ],
    ids=str,
)
def test_products_benefits_operators_and_approval_schemes_are_no_models(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, twentieth round: what the blind22 set showed once opened --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Compare proofs with the ISO 54321 process standard when customers complain.",
            Candidate("ISO 54321 process standard", Rule.HEAD_NOUN, "ISO 54321"),
            id="a-numbered-standard-s-model-word-is-the-standard-s",
        ),
        pytest.param(
            "Staff follow the standards published through SKILLCO for the trade.",
            Candidate("SKILLCO", Rule.ORGANISATION),
            id="who-publishes-a-thing",
        ),
    ],
)
def test_names_found_in_the_twentieth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        pytest.param(
            "Compare proofs with the ISO 54321 process standard when customers complain.",
            Candidate("ISO 54321 process standard", Rule.HEAD_NOUN, "ISO"),
            id="not-the-standards-body-s",
        ),
        pytest.param(
            "- Discuss seating and link the layout to dwell time.",
            Candidate("to dwell time", Rule.METRIC),
            id="to-is-nothing-timed",
        ),
        pytest.param(
            "- Teams: Applying the guest-loyalty chain to show how well support adds value.",
            Candidate("guest-loyalty chain to", Rule.METRIC),
            id="an-infinitive-has-no-subject",
        ),
        pytest.param(
            "- Show awareness of anti-fraud-screening duties at the counter.",
            Candidate("anti-fraud-screening", Rule.HEAD_NOUN),
            id="a-prefix-is-no-step",
        ),
    ],
)
def test_no_names_in_the_twentieth_round(text: str, not_expected: Candidate) -> None:
    assert not_expected not in _found(text)


@pytest.mark.parametrize(
    "name", ["World Kindness Day", "Independent Cinema Week", "National Garden Tokens"], ids=str
)
def test_days_weeks_and_tokens_are_no_models(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, twenty-first round: what the blind23 set showed once opened -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "- Intake: Using the SNAP intake checklist (Scan, Note, Agree, Photograph) daily.",
            Candidate("SNAP intake checklist", Rule.ALIAS, "SNAP"),
            id="two-words-between-an-acronym-and-its-mnemonic",
        ),
        pytest.param(
            "Point customers to KWAS-approved products only.",
            Candidate("KWAS", Rule.ORGANISATION),
            id="who-approves-a-product",
        ),
        pytest.param(
            "Check stock figures in the branch system, such as Tillmaster 9, each week.",
            Candidate("Tillmaster 9", Rule.ORGANISATION),
            id="software-by-what-it-keeps",
        ),
        pytest.param(
            "Fittings must satisfy the Gas Supply (Gas Fittings) Regulations 2001, known in "
            "the trade as the Gas Fittings Rules, at all times.",
            Candidate(
                "Gas Fittings Rules", Rule.ALIAS, "Gas Supply (Gas Fittings) Regulations 2001"
            ),
            id="known-in-the-trade-as",
        ),
        pytest.param(
            "- Law: Understanding the Transport (Guidance about Costs of School Buses) Act 2022.",
            Candidate("Transport (Guidance about Costs of School Buses) Act", Rule.HEAD_NOUN),
            id="about-inside-a-title-s-parenthesis",
        ),
        pytest.param(
            "Judge sales against the RTMA Code of Practice of the Retail Trades Mobility "
            "Association (RTMA) at every visit.",
            Candidate("RTMA Code of Practice", Rule.CAPITALISED),
            id="a-title-before-the-body-it-is-of",
        ),
        pytest.param(
            "- Award credit for measures of desk performance, such as desk wait time and "
            "pick accuracy, linked to priorities.",
            Candidate("pick accuracy", Rule.METRIC),
            id="measures-of-something-such-as",
        ),
    ],
)
def test_names_found_in_the_twenty_first_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


def test_a_verb_is_nothing_timed() -> None:
    found = _surfaces("Credit a plan that sets turnaround time expectations.", Rule.METRIC)

    assert "sets turnaround time" not in found


@pytest.mark.parametrize(
    "name", ["Disabled Adaptations Grant", "Tool Hire Association Europe"], ids=str
)
def test_grants_and_bodies_with_their_place_are_no_models(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, twenty-second round: what the blind24 set showed once opened -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Explain that Owen's Law, formally the Pet Sales (Labelling) (Wales) Regulations "
            "2024, requires care sheets.",
            Candidate("Pet Sales (Labelling) (Wales) Regulations 2024", Rule.ALIAS, "Owen's Law"),
            id="formally-names-the-whole-title",
        ),
        pytest.param(
            "Recognise that the boiler safety rules, formally the Gas Appliances (Servicing) "
            "Regulations 2019, apply to landlords.",
            Candidate(
                "boiler safety rules",
                Rule.ALIAS,
                "Gas Appliances (Servicing) Regulations 2019",
            ),
            id="a-law-s-informal-name-before-formally",
        ),
        pytest.param(
            "- Repairs: Meeting the Design for Water-Using Products (Spares) Regulations 2023.",
            Candidate("Design for Water-Using Products (Spares) Regulations", Rule.HEAD_NOUN),
            id="a-hyphenated-word-inside-a-title",
        ),
        pytest.param(
            "Use customer lifetime banding, shortened on most tills to CLB, for offers.",
            Candidate("customer lifetime banding", Rule.DEFINITION, "CLB"),
            id="shortened-somewhere-to",
        ),
        pytest.param(
            "Show how quote acceptance rate differs from repeat booking rate.",
            Candidate("quote acceptance rate", Rule.METRIC),
            id="after-how-a-verb-s-form-is-a-noun",
        ),
        pytest.param(
            "Award credit for comparing quote conversion rate with complaint rate.",
            Candidate("quote conversion rate", Rule.METRIC),
            id="after-an-ing-form-a-verb-s-form-is-a-noun",
        ),
        pytest.param(
            "Apply value-volume-velocity segmentation to the customer base.",
            Candidate("value-volume-velocity segmentation", Rule.HEAD_NOUN),
            id="steps-before-a-noun-of-doing",
        ),
        pytest.param(
            "Explain the traceability principle to every customer.",
            Candidate("traceability principle", Rule.HEAD_NOUN),
            id="a-principle-named-by-an-abstract-noun",
        ),
        pytest.param(
            "The rules come from the Grading Handbook published by the Tea Tasting Guild.",
            Candidate("Tea Tasting Guild", Rule.ORGANISATION),
            id="who-publishes-is-a-body",
        ),
        pytest.param(
            "Staff ran a stand at the SECC in Glasgow in March.",
            Candidate("SECC", Rule.ORGANISATION),
            id="an-acronym-one-is-at-in-a-town",
        ),
    ],
)
def test_names_found_in_the_twenty_second_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The same principle applies to refunds.",
        "A key principle is fairness.",
        "Offer stop-start-continue feedback after each lesson.",
    ],
)
def test_plain_words_before_principle_or_steps_name_nothing(text: str) -> None:
    assert not any("principle" in c.surface or c.surface.endswith("feedback") for c in _found(text))


@pytest.mark.parametrize(
    "name",
    ["Great Northern Bridal Exhibition", "Ideal Garden Show", "Regional Service Awards"],
    ids=str,
)
def test_events_and_prizes_are_no_models(name: str) -> None:
    assert names_no_model(name)


_BACK_REFERENCES = """\
preview
Topic Synopsis
Breeders are licensed, and the 2021 Regulations say what a licence needs.
Key Concepts & Core Principles
- Licensing: Knowing the Dog Breeding (Licensing) (Wales) Regulations 2021 well.
Exam Tips & Revision Strategies
- Quote the 2021 Regulations when you explain star ratings.
Common Misconceptions & Mistakes to Avoid
- Thinking the 2021 Regulations cover cats.
Examiner Marking Points
- Credit accurate use of the 2021 Regulations.
"""


def test_a_law_is_named_by_its_title_not_by_its_year_and_kind() -> None:
    graph = build_graph([parse_document(_BACK_REFERENCES, "b.txt")], _BUILD_VOCABULARY)

    law = graph.find_concept("2021 Regulations")

    assert law is not None
    assert law.name == "Dog Breeding (Licensing) (Wales) Regulations"


@pytest.mark.parametrize("name", ["No-Show", "Did-Not-Show Rate", "Roadshow"], ids=str)
def test_a_no_show_is_no_event(name: str) -> None:
    assert not names_no_model(name)


# -- issue 16, twenty-third round: what the blind25 set showed once opened -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Keep the Vagrancy Act 1824 in mind when handling complaints.",
            Candidate("Vagrancy Act 1824", Rule.CAPITALISED, "Vagrancy Act"),
            id="a-law-of-the-nineteenth-century",
        ),
        pytest.param(
            "Drivers follow the Hackney Carriages (Conduct) Act 1869 at ranks.",
            Candidate(
                "Hackney Carriages (Conduct) Act 1869",
                Rule.HEAD_NOUN,
                "Hackney Carriages (Conduct) Act",
            ),
            id="a-titled-law-of-the-nineteenth-century",
        ),
        pytest.param(
            "Ferries follow the Harbours (Passenger Comfort) Regulations 2001, usually "
            "shortened to the HPC Comfort Regulations, on every crossing.",
            Candidate(
                "HPC Comfort Regulations",
                Rule.ALIAS,
                "Harbours (Passenger Comfort) Regulations 2001",
            ),
            id="an-acronym-opens-a-law-s-short-title",
        ),
        pytest.param(
            "Agree a response plan and an escalation matrix with each supplier.",
            Candidate("escalation matrix", Rule.HEAD_NOUN),
            id="a-matrix-after-a",
        ),
        pytest.param(
            "Explain the service dominance paradigm to new staff.",
            Candidate("service dominance paradigm", Rule.HEAD_NOUN),
            id="a-paradigm",
        ),
        pytest.param(
            "Check whether creams containing DMDM or parabens suit the client.",
            Candidate("DMDM", Rule.COUNTED),
            id="what-a-product-contains",
        ),
        pytest.param(
            "Refer to the regulators Ofwat and Ofgem when comparing codes.",
            Candidate("Ofwat", Rule.ORGANISATION),
            id="names-after-the-kind-of-body-they-are",
        ),
        pytest.param(
            "Cite the Institute of Clockmakers of Wales (IC-W) on training.",
            Candidate("IC-W", Rule.ORGANISATION),
            id="a-body-s-hyphenated-acronym",
        ),
        pytest.param(
            "The helpline, funded by the Hearing Trust and the Deaf Alliance, runs daily.",
            Candidate("Deaf Alliance", Rule.ORGANISATION),
            id="two-bodies-that-fund",
        ),
    ],
)
def test_names_found_in_the_twenty_third_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        pytest.param(
            "Use a worked priority matrix in the exam.",
            "worked priority matrix",
            id="an-example-of-a-matrix",
        ),
        pytest.param(
            "Give a realistic turnaround time before taking the job.",
            "realistic turnaround time",
            id="how-a-time-is-not-what-is-timed",
        ),
        pytest.param(
            "Slow service can shorten dwell time in the centre.",
            "shorten dwell time",
            id="a-verb-before-a-time",
        ),
        pytest.param(
            "Plans supported by NPS or conversion rate score well.",
            "NPS",
            id="what-supports-may-be-evidence",
        ),
    ],
)
def test_no_names_in_the_twenty_third_round(text: str, not_expected: str) -> None:
    found = _found(text)
    assert not any(
        c.surface == not_expected and c.rule in {Rule.HEAD_NOUN, Rule.METRIC, Rule.ORGANISATION}
        for c in found
    )


@pytest.mark.parametrize("name", ["British Transport Police", "Kent Constabulary"], ids=str)
def test_police_forces_are_no_models(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, twenty-fourth round: what the blind26 set showed once opened ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rail firms report the passenger measure of experience (P-MeX) each year.",
            Candidate("passenger measure of experience", Rule.DEFINITION, "P-MeX"),
            id="a-hyphenated-mixed-acronym-defined-after-its-words",
        ),
        pytest.param(
            "The rules sit in SYSC 10A of the handbook.",
            Candidate("SYSC 10A", Rule.ACRONYM),
            id="a-rule-book-s-inserted-chapter",
        ),
        pytest.param(
            "Inspectors use the Fairness, Openness and Redress Standard at each visit.",
            Candidate("Fairness, Openness and Redress Standard", Rule.HEAD_NOUN),
            id="a-title-named-by-a-list",
        ),
        pytest.param(
            "Councils apply the Waste Collection Safety and Reporting Code and local rules.",
            Candidate("Waste Collection Safety and Reporting Code", Rule.CAPITALISED),
            id="a-title-before-and-and-lower-case-words",
        ),
        pytest.param(
            "Forms must meet WCAG 2.1 at level AA throughout.",
            Candidate("AA", Rule.COUNTED),
            id="a-level-of-conformance",
        ),
        pytest.param(
            "Mention awards such as the Golden Spoon Prize when comparing venues.",
            Candidate("Golden Spoon Prize", Rule.ORGANISATION),
            id="awards-such-as",
        ),
        pytest.param(
            "Empowerment, an approach made famous by Nordhaven Hotels, needs budgets.",
            Candidate("Nordhaven Hotels", Rule.ORGANISATION),
            id="who-made-a-practice-famous",
        ),
        pytest.param(
            "Use measures such as jobs completed within target timescale and cost per job.",
            Candidate("jobs completed within target timescale", Rule.METRIC),
            id="within-a-target-timescale",
        ),
    ],
)
def test_names_found_in_the_twenty_fourth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        pytest.param(
            "The Consumer Duty expects root cause analysis of themes.",
            "Duty expects root cause analysis",
            id="a-name-and-its-verb",
        ),
        pytest.param(
            "Show, for example, how surveys show how residents rate access.",
            "residents rate",
            id="a-plural-and-rate-after-how",
        ),
        pytest.param(
            "Quote a figure, for example complaint reopen rate, in the answer.",
            "example complaint reopen rate",
            id="for-example-before-a-rate",
        ),
        pytest.param(
            "Staff may spend a set sum per guest without asking.",
            "sum per guest",
            id="an-amount-per-head",
        ),
    ],
)
def test_no_names_in_the_twenty_fourth_round(text: str, not_expected: str) -> None:
    assert not_expected not in {c.surface for c in _found(text)}


# -- issue 16, twenty-fifth round: what the blind27 set showed once opened -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Use the CRISIS triage checklist on every call.",
            Candidate("CRISIS triage checklist", Rule.HEAD_NOUN, "CRISIS"),
            id="an-acronym-s-checklist",
        ),
        pytest.param(
            "Teams are assessed against the Investors in Carers standard each year.",
            Candidate("Investors in Carers", Rule.CAPITALISED, "Investors in Carers standard"),
            id="in-inside-a-name-before-its-standard",
        ),
        pytest.param(
            "Lettings follow the Deposit Protection Standards in the Student Housing "
            "(Wales) Regulations 2022 at all times.",
            Candidate(
                "Deposit Protection Standards in the Student Housing (Wales) Regulations",
                Rule.HEAD_NOUN,
            ),
            id="in-the-inside-a-law-s-title",
        ),
        pytest.param(
            "Installs fall under Part L of the Building Regulations 2010 in full.",
            Candidate("Building Regulations 2010", Rule.CAPITALISED, "Building Regulations"),
            id="a-law-named-after-its-part",
        ),
        pytest.param(
            "Work is certified through a scheme run by GASCO or HEATSAFE.",
            Candidate("HEATSAFE", Rule.ORGANISATION),
            id="run-by-one-body-or-another",
        ),
        pytest.param(
            "Agents who are members of PAMA follow its code.",
            Candidate("PAMA", Rule.ORGANISATION),
            id="members-of-a-body",
        ),
        pytest.param(
            "Bookkeepers with CIBA and IAB members share a code.",
            Candidate("CIBA", Rule.ORGANISATION),
            id="two-bodies-members",
        ),
    ],
)
def test_names_found_in_the_twenty_fifth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


def test_a_mnemonic_after_a_word_and_a_model_word_is_the_acronym_s_expansion() -> None:
    text = "Use the TRIM welcome checklist (Thank, Reassure, Inform, Move) at the door."

    assert Candidate("TRIM", Rule.ACRONYM, None, "Thank, Reassure, Inform, Move") in _found(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        pytest.param(
            "Keepers use Tinbergen's ladder of arousal to read stress.",
            "Tinbergen's ladder of arousal to",
            id="an-of-part-ends-before-to",
        ),
        pytest.param(
            "Show the price per tonne before the customer pays.",
            "price per tonne",
            id="a-price-per-unit",
        ),
        pytest.param(
            "Read Part P of the Building Regulations 2010 closely.",
            "Part P of the Building Regulations",
            id="a-part-and-its-law-are-no-one-name",
        ),
        pytest.param(
            "Cite the Care Quality Act 2010 and the Data Protection Act 2018 both.",
            "Care Quality Act 2010 and the Data Protection Act",
            id="and-the-between-two-titles",
        ),
    ],
)
def test_no_names_in_the_twenty_fifth_round(text: str, not_expected: str) -> None:
    assert not_expected not in {c.surface for c in _found(text)}


# -- issue 16, twenty-sixth round: what the blind28 set showed once opened -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Use the CALM drill, also called the CALM routine (Check, Ask, Listen, "
            "reMind), with every caller.",
            Candidate("CALM", Rule.ACRONYM, None, "Check, Ask, Listen, reMind"),
            id="a-mnemonic-spelled-by-capitals-inside-words",
        ),
        pytest.param(
            "Devices are tested to ETSI EN 319 401 before sale.",
            Candidate("ETSI EN 319 401", Rule.ACRONYM),
            id="a-standard-numbered-in-groups-of-three",
        ),
        pytest.param(
            "Use the SAFE drill when a caller discloses harm.",
            Candidate("SAFE drill", Rule.HEAD_NOUN, "SAFE"),
            id="an-acronym-s-drill",
        ),
        pytest.param(
            "Section 2 of the Tenant Fees Act 2019, known as the TFA, bans most fees.",
            Candidate("TFA", Rule.ALIAS, "Tenant Fees Act 2019"),
            id="an-acronym-that-spells-the-law-not-its-section",
        ),
        pytest.param(
            "Offer BETBLOCK, the national self-exclusion scheme, to every customer.",
            Candidate("BETBLOCK", Rule.ORGANISATION),
            id="a-name-and-the-kind-of-scheme-it-is",
        ),
        pytest.param(
            "Appeals go to ADJUDIK or the Independent Appeals Service.",
            Candidate("ADJUDIK", Rule.ORGANISATION),
            id="an-acronym-beside-an-appeals-service",
        ),
    ],
)
def test_names_found_in_the_twenty_sixth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


_THE_CHARTER = """\
preview
Topic Synopsis
Advisers work to the published standards of the service.
Key Concepts & Core Principles
- The Revenue Charter: The statement of what customers can expect from advisers.
Exam Tips & Revision Strategies
- Link answers to the Revenue Charter.
Common Misconceptions & Mistakes to Avoid
- Treating the Revenue Charter as a slogan.
Examiner Marking Points
- Credit use of the Revenue Charter.
"""


def test_a_key_concept_named_the_charter_is_a_model() -> None:
    graph = build_graph([parse_document(_THE_CHARTER, "r.txt")], _BUILD_VOCABULARY)

    charter = graph.find_concept("Revenue Charter")

    assert charter is not None
    assert charter.kind is ConceptKind.MODEL


# -- issue 16, twenty-seventh round: what the blind29 set showed once opened ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Local Access Plan (LAP), now more often called the Community Access Plan "
            "(CAP), sets priorities.",
            Candidate("Community Access Plan", Rule.ALIAS, "Local Access Plan"),
            id="now-more-often-called",
        ),
        pytest.param(
            "Sites go through noise exposure testing (NET testing) every year.",
            Candidate("noise exposure testing", Rule.DEFINITION, "NET"),
            id="an-acronym-that-spells-the-shared-word-too",
        ),
        pytest.param(
            "Report measures such as Blue Badge renewal rate and complaint rate.",
            Candidate("Blue Badge renewal rate", Rule.METRIC),
            id="a-capitalised-name-of-what-is-measured",
        ),
    ],
)
def test_names_found_in_the_twenty_seventh_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize("name", ["Independent Case Examiner", "Independent Adjudicator"], ids=str)
def test_examiners_and_adjudicators_are_no_models(name: str) -> None:
    assert names_no_model(name)


# -- issue 16, twenty-eighth round: what the blind30 set showed once opened ---------------

_TWENTY_EIGHTH_ROUND = """\
preview
Topic Synopsis
Renewals move online under the NHS.UK Design Principles, and advisers explain a poor
exchange rate or a variable interest rate in plain words. The Seven Steps to Calmer
Queues shape the waiting area.
Key Concepts & Core Principles
- Conflict: Staff use Karpman's triangle with Lodge's box, also known as the anger
  loop, to read a tense exchange.
- Usability: Designers apply Krug's navigation heuristics before launch.
- Identity: Checks follow TG 12, also known as Technical Guide 12, for each document.
- Readability: Letters are tested with the Gunning fog score before they are sent.
- Redress: Under PRIN, the conduct rules usually called the principles sourcebook,
  firms treat customers fairly.
Exam Tips & Revision Strategies
- Mention Coastal Waters Wales and FLORA, which run their own alert services.
- Money moves through Rapid Payments and BACSNET within the country.
- Volunteers wear the TRUST badge on every visit and practise active listening.
- Look for suitable funnel metrics, such as drop-off rate, linked to specific fixes.
Common Misconceptions & Mistakes to Avoid
- Forgetting that the clinic tracks consultation-to-booking conversion every month.
- Confusing BS 7000, the British Standard for design management, with a law.
Examiner Marking Points
- Credit use of Lodge's box, Krug's navigation heuristics and the Gunning fog score.
"""


@pytest.fixture(scope="module")
def twenty_eighth_round_graph() -> KnowledgeGraph:
    # the bundled vocabulary: two of these rules are entries in it
    return build_graph([parse_document(_TWENTY_EIGHTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("NHS.UK Design Principles", id="a-web-address-in-capitals-opens-a-name"),
        pytest.param("Seven Steps to Calmer Queues", id="counted-steps-to-an-end"),
        pytest.param("Lodge's box", id="a-person-s-box"),
        pytest.param("Krug's navigation heuristics", id="a-person-s-heuristics"),
        pytest.param("Technical Guide 12", id="a-numbered-guide"),
        pytest.param("consultation-to-booking conversion", id="a-stage-to-stage-conversion"),
    ],
)
def test_models_found_in_the_twenty_eighth_round(
    twenty_eighth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = twenty_eighth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Lodge's box", "anger loop", id="a-person-s-box-also-known-as"),
        pytest.param("Technical Guide 12", "TG 12", id="a-numbered-guide-and-its-initials"),
        pytest.param("Gunning fog score", "Gunning fog", id="a-score-named-without-score"),
        pytest.param("PRIN", "principles sourcebook", id="what-an-acronym-s-gloss-is-called"),
    ],
)
def test_two_names_found_in_the_twenty_eighth_round_are_one_node(
    twenty_eighth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = twenty_eighth_round_graph.find_concept(first)

    assert node is not None
    assert twenty_eighth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("poor exchange rate", id="a-poor-price"),
        pytest.param("exchange rate", id="a-price"),
        pytest.param("variable interest rate", id="a-qualified-price"),
        pytest.param("linked to specific", id="a-participle-s-clause-after-a-list"),
        pytest.param("FLORA", id="an-acronym-that-runs-services"),
        pytest.param("BACSNET", id="an-acronym-beside-a-payment-scheme"),
        pytest.param("TRUST", id="an-acronym-on-a-badge"),
        pytest.param("British Standard", id="a-kind-of-standard"),
        pytest.param("UK Design Principles", id="the-web-address-cut-in-two"),
    ],
)
def test_no_models_in_the_twenty_eighth_round(
    twenty_eighth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(twenty_eighth_round_graph)


def test_active_listening_is_a_model_of_the_bundled_vocabulary(
    twenty_eighth_round_graph: KnowledgeGraph,
) -> None:
    node = twenty_eighth_round_graph.find_concept("active listening")

    assert node is not None
    assert node.kind is ConceptKind.MODEL


# -- issue 16, twenty-ninth round: what the blind31 set showed once opened ----------------

_TWENTY_NINTH_ROUND = """\
preview
Topic Synopsis
Clinics follow the Laser Pointers and Tattoo Removal (Young Persons) Act 2019 and the
Code of Non-surgical Treatments and Aesthetic & Cosmetic Procedures (the NTP Code),
which the Committee of Beauty Practice, usually called CBP, writes. The module uses
Layered Recovery Theory (LRT) and the ideas of the national charity Pyramid.
Key Concepts & Core Principles
- Listening: Advisers apply Mearns' core conditions, while Bitner's servicescape links
  ambient conditions and layout to behaviour.
- Outcome measurement: Validated tools such as the Recovery Compass, developed by the
  social enterprise Pyramid, and the Hartley Strain Inventory show change over time.
- Blended learning model: Courses mix online modules and workshops.
- Metrics: Performance is measured through first contact resolution and complaint rate.
Exam Tips & Revision Strategies
- Report service measures clearly: average wait time, missed collection rate and right
  first time are different measures, and one can harm another.
- Explain how a heat unit rate compares with a gas tariff.
- Use tools such as Microsoft Teams and Slack Huddles for quick questions.
Common Misconceptions & Mistakes to Avoid
- Thinking laser pointers are covered by product safety law alone.
Examiner Marking Points
- Credit use of Mearns' core conditions and the Recovery Compass.
"""


@pytest.fixture(scope="module")
def twenty_ninth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_TWENTY_NINTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Mearns' core conditions", id="a-possessive-after-s"),
        pytest.param("Recovery Compass", id="a-measuring-tool-listed"),
        pytest.param("Hartley Strain Inventory", id="a-second-measuring-tool-listed"),
        pytest.param("right first time", id="a-list-item-before-the-sentence-s-verb"),
        pytest.param("missed collection rate", id="a-list-after-measures-and-an-adverb"),
    ],
)
def test_models_found_in_the_twenty_ninth_round(
    twenty_ninth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = twenty_ninth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "NTP Code",
            "Code of Non-surgical Treatments and Aesthetic & Cosmetic Procedures",
            id="a-code-s-title-with-a-hyphen-and-an-ampersand",
        ),
        pytest.param("LRT", "Layered Recovery Theory", id="a-theory-after-lower-case-words"),
    ],
)
def test_two_names_found_in_the_twenty_ninth_round_are_one_node(
    twenty_ninth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = twenty_ninth_round_graph.find_concept(first)

    assert node is not None
    assert twenty_ninth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("laser pointers", id="what-a-law-is-about"),
        pytest.param("Tattoo Removal", id="what-a-law-is-about-after-and"),
        pytest.param("Committee of Beauty Practice", id="a-committee"),
        pytest.param("CBP", id="a-committee-s-short-name"),
        pytest.param("module uses Layered Recovery Theory", id="a-sentence-before-a-theory"),
        pytest.param("social enterprise Pyramid", id="a-body-described-before-its-name"),
        pytest.param("Bitner's servicescape links ambient conditions", id="conditions-far-on"),
        pytest.param("Blended learning model", id="a-kind-of-model-a-service-uses"),
        pytest.param("performance", id="a-sentence-s-subject-after-metrics"),
        pytest.param("heat unit rate", id="a-unit-price"),
        pytest.param("Microsoft Teams", id="a-tool-for-work"),
        pytest.param("Slack Huddles", id="a-second-tool-for-work"),
    ],
)
def test_no_models_in_the_twenty_ninth_round(
    twenty_ninth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(twenty_ninth_round_graph)


def test_a_law_s_subject_does_not_find_the_law(twenty_ninth_round_graph: KnowledgeGraph) -> None:
    law = twenty_ninth_round_graph.find_concept(
        "Laser Pointers and Tattoo Removal (Young Persons) Act 2019"
    )

    assert law is not None
    assert twenty_ninth_round_graph.find_concept("laser pointers") != law


# -- issue 16, thirtieth round: what the blind32 set showed once opened -------------------

_THIRTIETH_ROUND = """\
preview
Topic Synopsis
Archives answer requests under the section 46 Code of Practice. Bakeries use TACCP, or
Threat Assessment and Critical Control Points, and Ellie's Rule, formally the UK Food
Labelling (Amendment) (Wales) Regulations 2021, shapes labels.
Key Concepts & Core Principles
- Warranties: The Supply of Boiler Cover on Domestic Heating Goods Order 2011 sets
  prices, and staff explain why the 2011 Order exists.
- Self-service: Deflection rate measures contacts resolved without an adviser.
- Support: Staff identify customers on the Extra Care Register (ECR) before visits.
- Networks: Operators such as Coastline Buses (CLB) and Metro Links run the routes.
Exam Tips & Revision Strategies
- Look for accurate use of performance measures, including ASA, lateness and arrival
  times.
- Respondents rate the service highly when staff are kind.
Common Misconceptions & Mistakes to Avoid
- Forgetting that the Order covers cancellation rights.
Examiner Marking Points
- Credit use of TACCP and the section 46 Code of Practice.
"""


@pytest.fixture(scope="module")
def thirtieth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTIETH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("section 46 Code of Practice", id="a-code-named-by-its-section"),
        pytest.param("Deflection rate", id="a-rate-whose-capital-opens-the-sentence"),
    ],
)
def test_models_found_in_the_thirtieth_round(
    thirtieth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirtieth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "TACCP", "Threat Assessment and Critical Control Points", id="an-acronym-or-its-words"
        ),
        pytest.param(
            "Ellie's Rule",
            "UK Food Labelling (Amendment) (Wales) Regulations 2021",
            id="formally-the-title-a-country-opens",
        ),
        pytest.param(
            "Supply of Boiler Cover on Domestic Heating Goods Order 2011",
            "2011 Order",
            id="an-order-by-its-year",
        ),
    ],
)
def test_two_names_found_in_the_thirtieth_round_are_one_node(
    thirtieth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = thirtieth_round_graph.find_concept(first)

    assert node is not None
    assert thirtieth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Code of Practice", id="any-code-of-practice"),
        pytest.param("Extra Care Register", id="a-register-of-people"),
        pytest.param("ECR", id="a-register-s-acronym"),
        pytest.param("CLB", id="an-operator-s-acronym-among-examples"),
        pytest.param("lateness", id="one-word-in-a-list-of-measures"),
        pytest.param("arrival", id="a-measure-in-the-plural-cut-short"),
        pytest.param("Respondents rate", id="a-plural-and-its-verb"),
    ],
)
def test_no_models_in_the_thirtieth_round(thirtieth_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(thirtieth_round_graph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Networks such as Cadent, SGN and Northern Gas Networks run the service.",
            Candidate("SGN", Rule.ORGANISATION),
            id="a-network-operator",
        ),
        pytest.param(
            "Charities such as Homes for Heroes and Shelter help families.",
            Candidate("Homes for Heroes", Rule.ORGANISATION),
            id="an-example-s-name-with-for",
        ),
        pytest.param(
            "KPIs such as churn, occupancy and abandonment are tracked.",
            Candidate("churn", Rule.METRIC),
            id="a-one-word-measure-known-as-one",
        ),
    ],
)
def test_names_read_in_the_thirtieth_round(text: str, expected: Candidate) -> None:
    assert expected in _found(text)


# -- issue 16, thirty-first round: what the blind33 set showed once opened ----------------

_THIRTY_FIRST_ROUND = """\
preview
Topic Synopsis
Shops sell age-restricted products, including the Scrap Metal Dealers Act 2013, and
national franchises such as Drain-Kings compete with sole traders. The Home Move
Switch Service (HMSS), run by Pay.Link, moves accounts.
Key Concepts & Core Principles
- Legal and Welfare Framework: Advice must respect the Wildlife Act.
- Identity Assurance: NIST SP 800-53A sets controls, and staff use WCAG 2.2 to test
  screens.
- Regulation: Ofcom's General Conditions of Entitlement bind providers, and the
  General Conditions are enforced.
- Electrics: Wiring must be done by a member of SPARKCERT.
Exam Tips & Revision Strategies
- Evaluate service using measures such as callback rate per job and review score to
  evaluate service.
- Use CCTV surveys honestly.
Common Misconceptions & Mistakes to Avoid
- Thinking the General Conditions are voluntary.
Examiner Marking Points
- Credit use of the callback rate and the Scrap Metal Dealers Act 2013.
"""


@pytest.fixture(scope="module")
def thirty_first_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_FIRST_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Scrap Metal Dealers Act 2013", id="a-law-listed-among-products"),
        pytest.param("NIST SP 800-53A", id="a-standard-s-part-with-a-letter"),
        pytest.param("callback rate", id="a-rate-per-unit-is-the-rate"),
        pytest.param("review score", id="a-measure-before-its-purpose"),
    ],
)
def test_models_found_in_the_thirty_first_round(
    thirty_first_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirty_first_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


def test_a_regulator_s_conditions_are_the_longer_title(
    thirty_first_round_graph: KnowledgeGraph,
) -> None:
    node = thirty_first_round_graph.find_concept("General Conditions of Entitlement")

    assert node is not None
    assert thirty_first_round_graph.find_concept("General Conditions") == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Drain-Kings", id="a-franchise-given-as-an-example"),
        pytest.param("Home Move Switch Service", id="a-service-run-by-a-body"),
        pytest.param("HMSS", id="a-service-s-acronym"),
        pytest.param("Legal and Welfare Framework", id="a-heading-s-own-framework"),
        pytest.param("SPARKCERT", id="who-has-a-member"),
        pytest.param("CCTV", id="a-kind-of-technology"),
        pytest.param("2 to test", id="an-infinitive-after-a-version"),
        pytest.param("callback rate per job", id="a-named-rate-per-unit"),
        pytest.param("rate per job", id="a-rate-per-unit-cut-short"),
    ],
)
def test_no_models_in_the_thirty_first_round(
    thirty_first_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_first_round_graph)


def test_a_rate_per_unit_with_no_name_of_its_own_is_found() -> None:
    found = _surfaces("Monitoring occupancy rate, rate per square foot and review scores.")

    assert "rate per square foot" in found


# -- issue 16, thirty-second round: what the blind34 set showed once opened ---------------

_THIRTY_SECOND_ROUND = """\
preview
Topic Synopsis
Ward staff hand over with ISBAR (Identify, Situation, Background, Assessment,
Recommendation), and deal teams qualify leads with PACEC (Purpose, Audience,
Concerns, Evidence, Champion).
Key Concepts & Core Principles
- Coercive control: The Lancaster Power and Control Wheel names behaviours, and the
  Power and Control Wheel is used in training.
- Care: Person-Centred Care guides every visit, following Retail Fuel Security
  Syndicate (RFSS) guidance on drive-offs.
- Records: Visits are recorded on STRLOG, and staff support LGBTQ callers.
- Donors: Tracking donor return rate to understand why some donors return and others
  never come back.
Exam Tips & Revision Strategies
- Quote practical measures for a mobile trader, such as callback rate, quote
  acceptance rate and average review rating.
- Use metrics such as uphold rate to propose improvements.
Common Misconceptions & Mistakes to Avoid
- Treating the wheel as a checklist.
Examiner Marking Points
- Credit use of ISBAR and the Power and Control Wheel.
"""


@pytest.fixture(scope="module")
def thirty_second_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_SECOND_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("PACEC", id="a-mnemonic-whose-last-word-is-a-role"),
        pytest.param("average review rating", id="practical-measures-for-someone"),
        pytest.param("uphold rate", id="a-rate-before-its-purpose"),
    ],
)
def test_models_found_in_the_thirty_second_round(
    thirty_second_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirty_second_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "ISBAR",
            "Identify, Situation, Background, Assessment, Recommendation",
            id="a-mnemonic-and-its-words",
        ),
        pytest.param(
            "Lancaster Power and Control Wheel",
            "Power and Control Wheel",
            id="a-model-named-with-its-place",
        ),
    ],
)
def test_two_names_found_in_the_thirty_second_round_are_one_node(
    thirty_second_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = thirty_second_round_graph.find_concept(first)

    assert node is not None
    assert thirty_second_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Person-Centred Care", id="a-compound-adjective-is-no-surname-pair"),
        pytest.param("Retail Fuel Security Syndicate", id="a-syndicate"),
        pytest.param("RFSS", id="a-syndicate-s-acronym"),
        pytest.param("STRLOG", id="what-visits-are-recorded-on"),
        pytest.param("LGBTQ", id="a-group-of-people"),
        pytest.param("others never come back", id="a-clause-after-a-rate-s-purpose"),
        pytest.param("uphold rate to propose", id="a-rate-with-its-purpose"),
    ],
)
def test_no_models_in_the_thirty_second_round(
    thirty_second_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_second_round_graph)


# -- issue 16, thirty-third round: what the blind35 set showed once opened ----------------

_THIRTY_THIRD_ROUND = """\
preview
Topic Synopsis
Door staff follow the Gambling Act 2005, interpreted through the section 25 guidance,
and watch for spiking with substances such as GBL. Staff complete SAFE training.
Key Concepts & Core Principles
- Access: Services offer Cornish-language leaflets, and the Cornish Language Act 2002
  sets duties.
- Health: The firm runs an occupational health (OH) service for staff.
Exam Tips & Revision Strategies
- Explain how OH advice differs from a diagnosis.
Common Misconceptions & Mistakes to Avoid
- Thinking the section 25 guidance is optional.
Examiner Marking Points
- Credit use of the section 25 guidance.
"""


@pytest.fixture(scope="module")
def thirty_third_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_THIRD_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("section 25 guidance", id="guidance-named-by-its-section"),
        pytest.param("Cornish Language Act 2002", id="a-language-s-act-beside-a-compound"),
    ],
)
def test_models_found_in_the_thirty_third_round(
    thirty_third_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirty_third_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("GBL", id="a-substance-given-as-an-example"),
        pytest.param("SAFE", id="a-training-course"),
        pytest.param("OH", id="a-department-s-initials"),
        pytest.param("occupational health", id="a-department"),
        pytest.param("Cornish-language", id="a-language-s-compound"),
    ],
)
def test_no_models_in_the_thirty_third_round(
    thirty_third_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_third_round_graph)


# -- issue 16, thirty-fourth round: what the blind36 set showed once opened ---------------

_THIRTY_FOURTH_ROUND = """\
preview
Topic Synopsis
Learners study the water regulator's rules under the General Conditions of Membership, the
PRA's Mortgage Market Review Order 2014 and its home repossession guidance (FG19/4).
Key Concepts & Core Principles
- Quality: Quote D-MeX, the Developer Services Measure of Experience, and the
  readability of letters checked with the Kessler Plain Words score.
- Redress: Escalation to CCWX and WRSX follows deadlock; the review carried out by
  BANKX differs from the lender's own.
- Support: Advisers refer to charities that help older people, such as
  SLVF, and mention the HIX SEAL as a mark of reliable health content.
Exam Tips & Revision Strategies
- A Kessler score cannot judge tone. Refer to the regulator's guide Dealing With
  Debt Fairly and use psychological first aid after a flood.
Common Misconceptions & Mistakes to Avoid
- Ignoring SIM swap fraud and PIN resets.
Examiner Marking Points
- Credit shared decision-making and accurate use of the General Conditions of Membership.
"""


@pytest.fixture(scope="module")
def thirty_fourth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_FOURTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("General Conditions of Membership", id="conditions-a-body-sets"),
        pytest.param("Mortgage Market Review Order 2014", id="an-owned-order-keeps-its-year"),
        pytest.param("Dealing With Debt Fairly", id="a-guide-s-title-after-the-word"),
        pytest.param("psychological first aid", id="known-lower-case-technique"),
        pytest.param("shared decision-making", id="known-lower-case-approach"),
    ],
)
def test_models_found_in_the_thirty_fourth_round(
    thirty_fourth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirty_fourth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "D-MeX", "Developer Services Measure of Experience", id="a-hyphenated-acronym-glossed"
        ),
        pytest.param("FG19/4", "home repossession guidance", id="guidance-named-in-lower-case"),
        pytest.param(
            "Kessler score", "Kessler Plain Words score", id="a-person-s-score-without-its-middle"
        ),
    ],
)
def test_two_names_found_in_the_thirty_fourth_round_are_one_node(
    thirty_fourth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = thirty_fourth_round_graph.find_concept(first)

    assert node is not None
    assert thirty_fourth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("CCWX", id="where-a-complaint-is-escalated"),
        pytest.param("WRSX", id="the-second-body-escalated-to"),
        pytest.param("BANKX", id="who-carried-out-a-review"),
        pytest.param("SLVF", id="examples-after-what-the-kind-does"),
        pytest.param("HIX", id="a-mark-s-initials"),
        pytest.param("SIM", id="a-kind-of-card"),
        pytest.param("PIN", id="a-kind-of-code"),
    ],
)
def test_no_models_in_the_thirty_fourth_round(
    thirty_fourth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_fourth_round_graph)


# -- issue 16, thirty-fifth round: what the blind37 set showed once opened ----------------

_THIRTY_FIFTH_ROUND = """\
preview
Topic Synopsis
Officers apply the Anti-fraud Payments, Cards and Banking Act 2021 and the Excellence in
Lettings Code of Practice, approved by the regulator.
Key Concepts & Core Principles
- Listening: Staff use active listening, also known as the reflective hearing technique,
  even though branch churn rate rises each winter.
- Records: Under Part IV of the Housing Services Act 1996, councils share addresses
  through the Postal Address Change (PACF) file.
Exam Tips & Revision Strategies
- Mention Gillick competence for callers under 16, and RevPAR for hostels.
Common Misconceptions & Mistakes to Avoid
- Forgetting the Excellence in Lettings Code of Practice.
Examiner Marking Points
- Credit accurate use of the Housing Services Act 1996.
"""


@pytest.fixture(scope="module")
def thirty_fifth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_FIFTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            "Anti-fraud Payments, Cards and Banking Act 2021", id="a-title-opened-by-a-compound"
        ),
        pytest.param("Excellence in Lettings Code of Practice", id="a-word-in-capitals-and-a-code"),
        pytest.param("branch churn rate", id="a-rate-after-though"),
        pytest.param("Gillick competence", id="known-legal-test"),
        pytest.param("RevPAR", id="known-hotel-measure"),
        pytest.param("Housing Services Act 1996", id="the-law-a-part-in-roman-numerals-is-of"),
    ],
)
def test_models_found_in_the_thirty_fifth_round(
    thirty_fifth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirty_fifth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


def test_a_known_name_and_what_it_is_also_known_as_are_one_node_in_the_thirty_fifth_round(
    thirty_fifth_round_graph: KnowledgeGraph,
) -> None:
    node = thirty_fifth_round_graph.find_concept("active listening")

    assert node is not None
    assert thirty_fifth_round_graph.find_concept("reflective hearing technique") == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("though branch churn rate", id="a-conjunction-opens-no-measure"),
        pytest.param("PACF", id="a-file-s-acronym"),
        pytest.param("Postal Address Change", id="a-file"),
        pytest.param("Part IV of the Housing Services Act", id="a-part-is-no-law-of-its-own"),
        pytest.param("Lettings Code of Practice", id="no-code-without-its-first-word"),
    ],
)
def test_no_models_in_the_thirty_fifth_round(
    thirty_fifth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_fifth_round_graph)


# -- issue 16, thirty-sixth round: what the blind38 set showed once opened ----------------

_THIRTY_SIXTH_ROUND = """\
preview
Topic Synopsis
Advisers introduce callers to the Royal British Legion or SSAFA, follow the Ward Transfer
and Community Care Guidance and apply Consumer Protection Condition 5.
Key Concepts & Core Principles
- Advice Quality Standards: Accreditation against the Advice Quality Standard, run by a
  partnership, and the Quiet Homes Standard, published as QHS2020.
- Practice: The open grants initiative led by GRNX and the approach developed by Mary
  Smithson, also known as the Smithson method, shape practice; an independent parking
  advocate (IPA) may help.
- Data: Publish awards under the 7Seas Data Standard.
Exam Tips & Revision Strategies
- Use the 7Seas standard and the Hendry Carer Strain Interview.
- Evaluate performance with Net Promoter Score (NPS), refund rate and collection-slot
  adherence.
Common Misconceptions & Mistakes to Avoid
- Forgetting escalation to the Parcel Redress Service (PRS).
Examiner Marking Points
- Reward evaluation of service plans using plan renewal rate and customer feedback.
- Evaluate the service with client retention rate and refund rate together.
"""


@pytest.fixture(scope="module")
def thirty_sixth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_SIXTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Ward Transfer and Community Care Guidance", id="guidance-titled-in-capitals"),
        pytest.param("Consumer Protection Condition 5", id="a-numbered-condition"),
        pytest.param("Advice Quality Standard", id="one-standard-under-a-plural-heading"),
        pytest.param("Hendry Carer Strain Interview", id="a-named-interview-scale"),
        pytest.param("collection-slot adherence", id="a-measure-a-service-is-evaluated-with"),
        pytest.param("Smithson method", id="a-method-also-known-as-after-its-author"),
    ],
)
def test_models_found_in_the_thirty_sixth_round(
    thirty_sixth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirty_sixth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("QHS2020", "Quiet Homes Standard", id="a-standard-published-as-a-code"),
        pytest.param("7Seas standard", "7Seas Data Standard", id="a-figure-opened-name-short"),
    ],
)
def test_two_names_found_in_the_thirty_sixth_round_are_one_node(
    thirty_sixth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = thirty_sixth_round_graph.find_concept(first)

    assert node is not None
    assert thirty_sixth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("SSAFA", id="a-charity-known-by-its-initials"),
        pytest.param("GRNX", id="who-led-an-initiative"),
        pytest.param("Mary Smithson", id="who-developed-an-approach"),
        pytest.param("IPA", id="an-advocate-s-initials"),
        pytest.param("independent parking advocate", id="an-advocate"),
        pytest.param("Parcel Redress Service", id="a-body-a-complaint-is-escalated-to"),
        pytest.param("PRS", id="its-acronym"),
        pytest.param("customer feedback", id="what-a-measure-reads"),
        pytest.param("refund rate together", id="an-adverb-after-a-list"),
    ],
)
def test_no_models_in_the_thirty_sixth_round(
    thirty_sixth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_sixth_round_graph)


# -- issue 16, thirty-seventh round: what the blind39 set showed once opened --------------

_THIRTY_SEVENTH_ROUND = """\
preview
Topic Synopsis
Sellers follow BS EN 17210:2021 and Finalised Guidance FG19/2, and teams track refund
rate each week.
Key Concepts & Core Principles
- Evidence: Keepers show a Q7R logbook; installers registered with FIREX self-certify.
- Outcomes: The Outcomes Star shows progress; do not confuse the SAFE check with the
  Act Early campaign.
Exam Tips & Revision Strategies
- Evaluate performance using complaint rate and time to refund.
- Useful measures include deflection rate, with care.
Common Misconceptions & Mistakes to Avoid
- Ignoring BS EN 17210 and FG19/2.
Examiner Marking Points
- Credit use of the SAFE check.
"""


@pytest.fixture(scope="module")
def thirty_seventh_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_SEVENTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("refund rate", id="a-rate-a-team-tracks"),
        pytest.param("complaint rate", id="a-rate-performance-is-evaluated-with"),
        pytest.param("deflection rate", id="a-rate-measures-include"),
        pytest.param("Outcomes Star", id="known-outcome-tool"),
    ],
)
def test_models_found_in_the_thirty_seventh_round(
    thirty_seventh_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirty_seventh_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("BS EN 17210:2021", "BS EN 17210", id="an-adopted-standard-s-edition"),
        pytest.param("Finalised Guidance FG19/2", "FG19/2", id="a-paper-by-its-kind-and-code"),
    ],
)
def test_two_names_found_in_the_thirty_seventh_round_are_one_node(
    thirty_seventh_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = thirty_seventh_round_graph.find_concept(first)

    assert node is not None
    assert thirty_seventh_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("teams track refund rate", id="a-verb-of-measuring-ends-a-subject"),
        pytest.param("performance using complaint rate", id="using-ends-a-subject"),
        pytest.param("include deflection rate", id="include-ends-a-subject"),
        pytest.param("Q7R", id="a-logbook-s-code"),
        pytest.param("FIREX", id="who-keeps-a-register"),
        pytest.param("Act Early", id="a-campaign-opened-by-a-verb"),
    ],
)
def test_no_models_in_the_thirty_seventh_round(
    thirty_seventh_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_seventh_round_graph)


# -- issue 16, thirty-eighth round: what the blind40 set showed once opened ---------------

_THIRTY_EIGHTH_ROUND = """\
preview
Topic Synopsis
Advisers follow the Duty Code (Code of Practice on Duty Handling) and keep to the
Support Framework for the Caring Professions.
Key Concepts & Core Principles
- Loss: Discuss Lennard-Jones's four phases with care; staff apply signal density
  theory, also known as cue density theory, to choosing a channel.
- Trust: Members join the Register of Approved Lantern Fitters (RALF), kept by the
  guild.
Exam Tips & Revision Strategies
- Seating plans balance covers and average spend per visit.
- Quote indicators such as the regional average queue time and the return rate.
- Explain the monthly allocation cycle, for example Band B to Band E, in plain words.
Common Misconceptions & Mistakes to Avoid
- Quoting the Duty Code without reading it.
Examiner Marking Points
- Credit use of the Duty Code.
"""


@pytest.fixture(scope="module")
def thirty_eighth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_EIGHTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Lennard-Jones's four phases", id="a-double-barrelled-owner"),
        pytest.param(
            "Support Framework for the Caring Professions", id="a-framework-for-the-subject"
        ),
        pytest.param("signal density theory", id="two-lower-case-names-of-one-theory"),
        pytest.param("average spend per visit", id="an-average-per-unit"),
        pytest.param("average queue time", id="a-measure-without-its-scope"),
    ],
)
def test_models_found_in_the_thirty_eighth_round(
    thirty_eighth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = thirty_eighth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert node.name.casefold() == name.casefold()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Duty Code", "Code of Practice on Duty Handling", id="a-formal-title"),
        pytest.param("signal density theory", "cue density theory", id="also-known-as"),
    ],
)
def test_two_names_found_in_the_thirty_eighth_round_are_one_node(
    thirty_eighth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = thirty_eighth_round_graph.find_concept(first)

    assert node is not None
    assert thirty_eighth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Jones's four phases", id="half-a-surname"),
        pytest.param("Register of Approved Lantern Fitters", id="a-register-of-people"),
        pytest.param("RALF", id="a-register-s-acronym"),
        pytest.param("regional average queue time", id="where-a-measure-is-taken"),
        pytest.param("Band B", id="a-band-s-label"),
        pytest.param("monthly allocation cycle", id="a-round-of-the-calendar"),
    ],
)
def test_no_models_in_the_thirty_eighth_round(
    thirty_eighth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_eighth_round_graph)


# -- issue 16, thirty-ninth round: what the blind41 set showed once opened ----------------

_THIRTY_NINTH_ROUND = """\
preview
Topic Synopsis
Caterers label food under Ada's Rule, the popular name for the Lift Safety Protocol,
and follow the Household Goods (Flammable Fillings) Order 2011.
Key Concepts & Core Principles
- Capacity: Advisers apply the Baker v Lindgren test before taking instructions.
- Partners: Reward coordination with the retailer; signpost SEPA in Scotland.
Exam Tips & Revision Strategies
- Remember the person behind the law: Mira Ostrand-Laverne died after a fall.
Common Misconceptions & Mistakes to Avoid
- Ignoring the Flammable Fillings Order when selling sofas.
Examiner Marking Points
- Credit use of the Baker v Lindgren test.
"""


@pytest.fixture(scope="module")
def thirty_ninth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_THIRTY_NINTH_ROUND, "t.txt")], load_vocabulary())


def test_a_test_named_by_its_court_case_is_a_model(
    thirty_ninth_round_graph: KnowledgeGraph,
) -> None:
    node = thirty_ninth_round_graph.find_concept("Baker v Lindgren test")

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Ada's Rule", "Lift Safety Protocol", id="the-popular-name-for"),
        pytest.param(
            "Household Goods (Flammable Fillings) Order 2011",
            "Flammable Fillings Order",
            id="what-a-title-s-brackets-hold-and-its-kind",
        ),
    ],
)
def test_two_names_found_in_the_thirty_ninth_round_are_one_node(
    thirty_ninth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = thirty_ninth_round_graph.find_concept(first)

    assert node is not None
    assert thirty_ninth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Mira Ostrand-Laverne", id="only-a-person-dies"),
        pytest.param("SEPA", id="a-regulator-known-by-its-initials"),
    ],
)
def test_no_models_in_the_thirty_ninth_round(
    thirty_ninth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(thirty_ninth_round_graph)


# -- issue 16, fortieth round: what the blind42 set showed once opened --------------------

_FORTIETH_ROUND = """\
preview
Topic Synopsis
Depots track breakage claims per 1,000 deliveries, and the New Harbour and Dock Works Act
1987 (NHDWA) sets notice periods.
Key Concepts & Core Principles
- Discretion: Front-line staff use judgement; Ortega's theory of rule-bound discretion
  explains how policy is shaped in practice.
- Standards: Membership of Lantern Guilds UK (LGUK) and accreditation by Lamp Keepers
  International (LKI) assure clients, and a Street Lamp Permit (SLP) is needed for each
  event.
- Exams: Name the awarding bodies, for example the Royal Academy of Lamplighting (RAL).
Exam Tips & Revision Strategies
- Recognise when a caller speaks from a "Parent" ego state.
- Do not present the 1987 Act's code as settled.
Common Misconceptions & Mistakes to Avoid
- Assuming works are lawful under NHDWA whatever the notice.
Examiner Marking Points
- Credit use of the New Harbour and Dock Works Act 1987.
"""


@pytest.fixture(scope="module")
def fortieth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTIETH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("breakage claims per 1,000 deliveries", id="what-kind-of-claims-per"),
        pytest.param(
            "Ortega's theory of rule-bound discretion", id="a-compound-in-an-eponym-s-of-part"
        ),
    ],
)
def test_models_found_in_the_fortieth_round(
    fortieth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = fortieth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert name.casefold() in {node.name.casefold(), *(a.casefold() for a in node.aliases)}


@pytest.mark.parametrize(
    "other",
    [
        pytest.param("NHDWA", id="a-dated-law-s-acronym-that-skips-and"),
        pytest.param("1987 Act", id="a-law-by-its-year-in-the-possessive"),
    ],
)
def test_other_names_of_a_law_found_in_the_fortieth_round(
    fortieth_round_graph: KnowledgeGraph, other: str
) -> None:
    node = fortieth_round_graph.find_concept("New Harbour and Dock Works Act 1987")

    assert node is not None
    assert fortieth_round_graph.find_concept(other) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Lantern Guilds UK", id="a-name-that-ends-in-where-it-works"),
        pytest.param("LGUK", id="its-acronym"),
        pytest.param("Lamp Keepers International", id="a-name-that-ends-international"),
        pytest.param("Royal Academy of Lamplighting", id="an-academy"),
        pytest.param("Street Lamp Permit", id="a-permit"),
        pytest.param("Parent", id="one-quoted-word"),
    ],
)
def test_no_models_in_the_fortieth_round(fortieth_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(fortieth_round_graph)


# -- issue 16, forty-first round: what the blind43 set showed once opened -----------------

_FORTY_FIRST_ROUND = """\
preview
Topic Synopsis
Members are paid through the Green Heat Tariff (GHT) and the Warm Home Guarantee (WHG),
following guidance from Scottish Trading Standards.
Key Concepts & Core Principles
- Planning: Staff apply the 5Ps (purpose, people, place, process and performance) to
  every visit.
- Awards: Participants are assessed against the Badge's conditions, as the QLARK-UK
  reports show; surveyors follow RICS guidance.
Exam Tips & Revision Strategies
- Use the 5Ps to structure answers.
Common Misconceptions & Mistakes to Avoid
- Confusing the GHT with a grant.
Examiner Marking Points
- Credit use of the 5Ps.
"""


@pytest.fixture(scope="module")
def forty_first_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_FIRST_ROUND, "t.txt")], load_vocabulary())


def test_a_number_and_the_letter_its_words_open_with_is_a_mnemonic(
    forty_first_round_graph: KnowledgeGraph,
) -> None:
    node = forty_first_round_graph.find_concept("5Ps")

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert node.name == "5Ps"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Green Heat Tariff", id="a-tariff"),
        pytest.param("GHT", id="a-tariff-s-acronym"),
        pytest.param("Warm Home Guarantee", id="a-guarantee"),
        pytest.param("Scottish Trading Standards", id="a-body-the-vocabulary-knows-by-place"),
        pytest.param("Badge's conditions", id="a-thing-s-possessive"),
        pytest.param("QLARK-UK", id="an-acronym-that-ends-in-uk"),
        pytest.param("RICS", id="a-surveyors-body"),
    ],
)
def test_no_models_in_the_forty_first_round(
    forty_first_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_first_round_graph)


# -- issue 16, forty-second round: what the blind44 set showed once opened ----------------

_FORTY_SECOND_ROUND = """\
preview
Topic Synopsis
Stewards follow the Manual of Harbour Safety (known across the industry as the Blue
Book), and payroll data is held in a system certified to ISO/IEC 31415.
Key Concepts & Core Principles
- Pay: Explaining Statutory Leave Pay (SLP) to employers, and referring families to the
  Independent Provider of Harbour Advice (IPHA).
- Scans: Booking MRI appointments with care.
Exam Tips & Revision Strategies
- Quote the Blue Book and ISO 31415 where they fit.
Common Misconceptions & Mistakes to Avoid
- Confusing SLP with a bonus.
Examiner Marking Points
- Credit use of the Blue Book.
"""


@pytest.fixture(scope="module")
def forty_second_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_SECOND_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Manual of Harbour Safety", "Blue Book", id="known-across-the-industry-as"),
        pytest.param("ISO/IEC 31415", "ISO 31415", id="a-joint-standard-by-iso-alone"),
    ],
)
def test_two_names_found_in_the_forty_second_round_are_one_node(
    forty_second_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = forty_second_round_graph.find_concept(first)

    assert node is not None
    assert forty_second_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Statutory Leave Pay", id="pay-a-law-owes"),
        pytest.param("SLP", id="its-acronym"),
        pytest.param("Independent Provider of Harbour Advice", id="a-provider-of"),
        pytest.param("MRI", id="a-kind-of-scan"),
    ],
)
def test_no_models_in_the_forty_second_round(
    forty_second_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_second_round_graph)


# -- issue 16, forty-third round: what the blind45 set showed once opened -----------------

_FORTY_THIRD_ROUND = """\
preview
Topic Synopsis
Wardens follow the Institute of Harbourcraft's Code of Ethics, tag boats with RFID, and
leave old logs to the National Archives of Scotland (NAS).
Key Concepts & Core Principles
- Forms: Completing the Mooring Permit Order Form (MPOF) with owners, once the Harbour
  Safety Assessment Service (HSAS) has checked the berth.
- Codes: Quoting the Harbour Users Association (HUA) Code of Practice HP12 on ropes, and
  matching the service model to each owner.
Exam Tips & Revision Strategies
- Use named measures. The berth fill rate, average time to moor, average time to process
  new claims and the time from booking to berth give a balanced picture.
- Charts are sold by stores such as Kobo or Harbour Books; deposits sit in bank, building
  society and NS&I accounts.
Common Misconceptions & Mistakes to Avoid
- Assuming ATOL protection covers a mooring, or that the pump's flow rate never changes
  because boats arrive at a steady rate.
Examiner Marking Points
- Credit a balanced picture of measures.
"""


@pytest.fixture(scope="module")
def forty_third_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_THIRD_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Code of Ethics", id="a-code-a-body-named-with-of-owns"),
        pytest.param("HUA Code of Practice", id="a-code-named-by-its-body-s-acronym"),
        pytest.param("average time to moor", id="an-average-time-to-do-something"),
        pytest.param("average time to process new claims", id="and-what-is-done"),
        pytest.param("time from booking to berth", id="the-time-from-one-step-to-the-next"),
    ],
)
def test_models_found_in_the_forty_third_round(
    forty_third_round_graph: KnowledgeGraph, name: str
) -> None:
    node = forty_third_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert name.casefold() in {node.name.casefold(), *(a.casefold() for a in node.aliases)}


def test_a_code_s_number_is_its_second_name(forty_third_round_graph: KnowledgeGraph) -> None:
    node = forty_third_round_graph.find_concept("HUA Code of Practice")

    assert node is not None
    assert forty_third_round_graph.find_concept("HP12") == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("National Archives of Scotland", id="a-name-of-a-place"),
        pytest.param("NAS", id="its-acronym"),
        pytest.param("Mooring Permit Order Form", id="a-form"),
        pytest.param("MPOF", id="the-form-s-acronym"),
        pytest.param("Harbour Safety Assessment Service", id="a-service"),
        pytest.param("HSAS", id="the-service-s-acronym"),
        pytest.param("Harbour Users Association (HUA) Code", id="a-body-s-name-and-bracket"),
        pytest.param("Harbour Books", id="a-store"),
        pytest.param("RFID", id="a-kind-of-tag"),
        pytest.param("NS&I", id="a-bank-with-an-ampersand"),
        pytest.param("ATOL", id="a-licence-by-its-acronym"),
        pytest.param("service model", id="how-a-business-serves"),
        pytest.param("flow rate", id="a-pump-s-rate"),
        pytest.param("steady rate", id="how-fast-not-what"),
    ],
)
def test_no_models_in_the_forty_third_round(
    forty_third_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_third_round_graph)


# -- issue 16, forty-fourth round: what the blind46 set showed once opened ----------------

_FORTY_FOURTH_ROUND = """\
preview
Topic Synopsis
Marinas report contacts per 1,000 bookings alongside Amazon's BOAT framework (Browse,
Order, Accept, Track), and the Harbour Authority's guidance on the fair handling of
anxious owners (HG24/3) shapes every call.
Key Concepts & Core Principles
- Attendance: Evening sessions reduce the did not moor (DNM) rate.
- Buying: Kraljic's portfolio model shows how a buyer sees the marina, and Grönroos's
  model splits what is delivered from how.
Exam Tips & Revision Strategies
- Quote measures precisely: the actual read rate at change of berth, final mooring
  accuracy and complaints per 1,000 owners are stronger evidence than praise.
- Apply the Kraljic matrix and the Nordic model of service quality.
Common Misconceptions & Mistakes to Avoid
- Thinking a UCAS offer is a model, or that wrong meter numbers (the MPAN for power)
  never produce wrong bills.
Examiner Marking Points
- Credit a clear answer.
"""


@pytest.fixture(scope="module")
def forty_fourth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_FOURTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("BOAT framework", "BOAT", id="a-brand-s-framework-is-its-acronym-s"),
        pytest.param(
            "guidance on the fair handling of anxious owners",
            "HG24/3",
            id="a-regulator-s-guidance-on-its-subject",
        ),
        pytest.param("did not moor (DNM) rate", "DNM rate", id="a-rate-with-its-acronym-inside"),
        pytest.param("Kraljic's portfolio model", "Kraljic matrix", id="a-matrix-by-its-author"),
        pytest.param(
            "Grönroos's model", "Nordic model of service quality", id="a-model-by-its-place"
        ),
    ],
)
def test_two_names_found_in_the_forty_fourth_round_are_one_node(
    forty_fourth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = forty_fourth_round_graph.find_concept(first)

    assert node is not None
    assert forty_fourth_round_graph.find_concept(second) == node


def test_a_list_of_measures_goes_on_past_where_one_is_taken(
    forty_fourth_round_graph: KnowledgeGraph,
) -> None:
    assert "final mooring accuracy" in _model_surfaces(forty_fourth_round_graph)


def test_no_name_is_written_across_a_bracket(forty_fourth_round_graph: KnowledgeGraph) -> None:
    spellings = [
        spelling
        for concept in forty_fourth_round_graph.concepts
        for spelling in (concept.name, *concept.aliases)
    ]

    assert [s for s in spellings if s.count("(") != s.count(")")] == []


@pytest.mark.parametrize("name", ["UCAS", "MPAN"])
def test_no_models_in_the_forty_fourth_round(
    forty_fourth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_fourth_round_graph)


# -- issue 16, forty-fifth round: what the blind47 set showed once opened -----------------

_FORTY_FIFTH_ROUND = """\
preview
Topic Synopsis
Wardens cite the Rights of Way and Access Act 1998 (RoWA Act), and a short reference
to RoWA earns more than vague law; the Customer Service Excellence (CSE) standard frames
the service, and KLM is only an example.
Key Concepts & Core Principles
- Onboarding at Scale: Rule 7 (the Fair Pricing Rule) applies from day one, and the
  Member Licence Conditions (MLCs) apply too, including the Standards of Fair Dealing
  (MLC 2), which require fair treatment.
- Measures: Managers combine dwell rate (the share of visitors who stay an hour), the
  DTT standard (decision to treat within 31 days, set by the board) and average weeks to
  settle a claim.
- Culture: Meyer's cultural dimensions theory explains what visitors expect, as
  the airline KLM found.
Exam Tips & Revision Strategies
- Apply Meyer's model to one dimension; Meyer's cultural dimensions describe
  tendencies, and Meyer's dimensions are no stereotypes.
- Name the Electronic Money, Payment Services and Agents Regulations 2019 in full once,
  then the EMRs.
Common Misconceptions & Mistakes to Avoid
- Treating an Ordnance Survey map as proof, or forgetting the tamper-proof delivery bag
  (TDB) for refunds.
Examiner Marking Points
- Credit use of the RoWA Act and the CSE criteria.
"""


@pytest.fixture(scope="module")
def forty_fifth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_FIFTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Rights of Way and Access Act 1998", "RoWA Act", id="a-law-s-acronym-with-its-kind"
        ),
        pytest.param("RoWA", "RoWA Act", id="the-acronym-alone-too"),
        pytest.param(
            "Customer Service Excellence Standard", "CSE", id="an-acronym-before-its-model-word"
        ),
        pytest.param(
            "Meyer's model",
            "Meyer's cultural dimensions theory",
            id="a-person-s-model-named-two-ways-in-full",
        ),
        pytest.param(
            "Meyer's dimensions",
            "Meyer's cultural dimensions",
            id="a-person-s-dimensions",
        ),
        pytest.param(
            "Electronic Money, Payment Services and Agents Regulations 2019",
            "EMRs",
            id="a-long-title-by-its-words-before-a-comma",
        ),
        pytest.param("Rule 7", "Fair Pricing Rule", id="a-numbered-rule-and-its-name"),
        pytest.param("MLC 2", "Standards of Fair Dealing", id="a-numbered-part-and-its-title"),
        pytest.param("DTT", "decision to treat", id="an-acronym-s-gloss-that-goes-on"),
    ],
)
def test_two_names_found_in_the_forty_fifth_round_are_one_node(
    forty_fifth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = forty_fifth_round_graph.find_concept(first)

    assert node is not None
    assert forty_fifth_round_graph.find_concept(second) == node


def test_a_numbered_part_is_no_version_of_its_rule_book(
    forty_fifth_round_graph: KnowledgeGraph,
) -> None:
    assert forty_fifth_round_graph.find_concept("MLC 2") != (
        forty_fifth_round_graph.find_concept("Member Licence Conditions")
    )


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("dwell rate", id="a-rate-after-a-verb-of-using-measures"),
        pytest.param("average weeks to settle", id="an-average-count-of-weeks-to-an-end"),
    ],
)
def test_measures_found_in_the_forty_fifth_round(
    forty_fifth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name in _model_surfaces(forty_fifth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("managers combine dwell rate", id="the-verb-is-no-part-of-the-rate"),
        pytest.param("Onboarding at Scale", id="a-model-word-after-a-preposition"),
        pytest.param("KLM", id="a-name-after-the-kind-of-body-it-is"),
        pytest.param("Ordnance Survey", id="a-mapping-agency"),
        pytest.param("TDB", id="a-bag-s-acronym"),
        pytest.param("tamper-proof delivery bag", id="a-bag"),
    ],
)
def test_no_models_in_the_forty_fifth_round(
    forty_fifth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_fifth_round_graph)


# -- issue 16, forty-sixth round: what the blind48 set showed once opened -----------------

_FORTY_SIXTH_ROUND = """\
preview
Topic Synopsis
Advisers follow the Charter for Tenants of Social Housing in England and Wales, usually
shortened to the Tenants' Charter, and Jennings' reflective approach to listening.
Key Concepts & Core Principles
- Screening: Clinics use the DASH-Risk questionnaire and explain it; the BQS and
  DASH-Risk cannot diagnose anything, and neither can the RAG list.
- Listening: Treating Jennings' approach as passive misreads Jennings' reflective approach.
- Guidance: Staff follow the statutory guidance Keeping Residents Safe at Home and NICE
  guideline NG451 on falls.
- Measures: Use call data with care: answer rate and average handling time (AHT)
  help plan rotas, and teams track answer rate weekly.
Exam Tips & Revision Strategies
- Residents with restless legs syndrome (RLS) may need longer calls; remember the
  Quiet Air Zone (QAZ) for deliveries, and events run under Wales Rowing (WR) rules.
Common Misconceptions & Mistakes to Avoid
- Tip: reduce rate and cost at once.
Examiner Marking Points
- Credit use of the Tenants' Charter and the DASH-Risk questionnaire.
"""


@pytest.fixture(scope="module")
def forty_sixth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_SIXTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Charter for Tenants of Social Housing in England and Wales",
            "Tenants' Charter",
            id="a-title-where-it-applies-and-its-short-name-with-an-apostrophe",
        ),
        pytest.param(
            "Charter for Tenants of Social Housing",
            "Charter for Tenants of Social Housing in England and Wales",
            id="a-title-without-where-it-applies",
        ),
        pytest.param("DASH-Risk", "DASH-Risk questionnaire", id="an-acronym-s-compound"),
        pytest.param("Jennings' approach", "Jennings' reflective approach", id="an-s-possessive"),
        pytest.param("NICE guideline NG451", "NG451", id="a-body-s-paper-by-its-code"),
    ],
)
def test_two_names_found_in_the_forty_sixth_round_are_one_node(
    forty_sixth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = forty_sixth_round_graph.find_concept(first)

    assert node is not None
    assert forty_sixth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("DASH-Risk questionnaire", id="a-lower-case-questionnaire-after-a-compound"),
        pytest.param("Keeping Residents Safe at Home", id="a-guidance-title-after-its-kind"),
        pytest.param("answer rate", id="a-verb-s-form-opening-a-list-of-measures"),
    ],
)
def test_models_found_in_the_forty_sixth_round(
    forty_sixth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(forty_sixth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("DASH", id="an-acronym-hyphenated-to-a-word-is-no-acronym-alone"),
        pytest.param("BQS and DASH-Risk", id="two-acronyms-are-two-names"),
        pytest.param("restless legs syndrome", id="a-condition"),
        pytest.param("RLS", id="a-condition-s-acronym"),
        pytest.param("Quiet Air Zone", id="a-zone"),
        pytest.param("Wales Rowing", id="a-nation-and-one-word"),
        pytest.param("reduce rate", id="a-verb-before-a-bare-rate"),
    ],
)
def test_no_models_in_the_forty_sixth_round(
    forty_sixth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_sixth_round_graph)


def test_a_plural_s_possessive_before_a_title_is_no_person(
    forty_sixth_round_graph: KnowledgeGraph,
) -> None:
    charter = forty_sixth_round_graph.find_concept("Tenants' Charter")

    assert charter is not None
    assert charter.name != "Tenants"


_FORTY_SIXTH_ROUND_MERGES = """\
preview
Topic Synopsis
Tutors map courses to the Common Assessment Framework of Reference for Pilots (CAFR),
and link complaints to R-MeX, the Rail Measure of Experience that the regulator uses
to reward operators.
Key Concepts & Core Principles
- Duty: The Tenant Duty, set out in Principle 9 and TEN 3B, requires fair outcomes.
- Digital: Teams meet the GOV.UK Design Standard, and the Design Standard asks for
  plain words.
- Payments: Card rules come from the second Card Payments Directive (CPD2), and the
  third Deposit Guarantee Directive (DGD III) protects savers.
Exam Tips & Revision Strategies
- Cite Working Together to Safeguard Children when a child is at risk.
Common Misconceptions & Mistakes to Avoid
- Treating R-MeX as a survey alone.
Examiner Marking Points
- Credit use of the CAFR, the Design Standard and CPD2.
"""


@pytest.fixture(scope="module")
def forty_sixth_round_merges() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_SIXTH_ROUND_MERGES, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Common Assessment Framework of Reference for Pilots",
            "CAFR",
            id="an-acronym-spells-a-title-up-to-what-it-is-for",
        ),
        pytest.param(
            "Rail Measure of Experience", "R-MeX", id="an-apposition-a-clause-goes-on-after"
        ),
        pytest.param("Principle 9", "Tenant Duty", id="the-rule-a-duty-is-set-out-in"),
        pytest.param("TEN 3B", "Tenant Duty", id="the-second-rule-a-duty-is-set-out-in"),
        pytest.param("GOV.UK Design Standard", "Design Standard", id="a-name-after-a-web-address"),
        pytest.param("Card Payments Directive", "CPD2", id="the-second-directive-s-acronym"),
        pytest.param("Deposit Guarantee Directive", "DGD III", id="the-third-by-a-roman-number"),
    ],
)
def test_names_merged_late_in_the_forty_sixth_round_are_one_node(
    forty_sixth_round_merges: KnowledgeGraph, first: str, second: str
) -> None:
    node = forty_sixth_round_merges.find_concept(first)

    assert node is not None
    assert forty_sixth_round_merges.find_concept(second) == node


def test_statutory_guidance_titled_like_a_sentence_is_a_model(
    forty_sixth_round_merges: KnowledgeGraph,
) -> None:
    assert "working together to safeguard children" in _model_surfaces(forty_sixth_round_merges)


# -- issue 16, forty-seventh round: what the blind49 set showed once opened ----------------

_FORTY_SEVENTH_ROUND = """\
preview
Topic Synopsis
Guides apply Van Rijn's ladder of visitor needs, which ranks safety first, and the
three Ts of welcome (thank, tell, tidy) at every door.
Key Concepts & Core Principles
- Visitors: Van Rijn's model shows where complaints start; the four Ps of hosting
  support it.
- Measures: Tracking first reply time, ticket backlog and portal star rating to spot
  problems early, and tracking gift conversion rate, time from booking to visit and
  refund rate.
- Counts: Using pass accuracy rate, complaints per 10,000 gate entries and complaint
  resolution time to benchmark sites.
- Levels: Agreeing and reporting service levels, such as technician arrival times and
  uptime, within the contract.
- Meanings: Mean time to restore (MTTR) is the average waiting time for a fix.
- Planning: Rank requests with MoSCoW prioritisation (must have, should have, could
  have, won't have).
Exam Tips & Revision Strategies
- Follow Martha's Law (the Patient Safety (Escalation) (England) Regulations 2024)
  on wards.
- Apply the Code of Practice for Safe Ladders published by the Institution of Ladder
  Safety (ILS), often shortened to the ILS Code of Practice.
- Know the role of the Village Hall Committee (VHC) under the Village Hall Committees
  (Powers) Order 1961.
Common Misconceptions & Mistakes to Avoid
- Treating a portal star rating as proof of quality.
Examiner Marking Points
- Credit use of the ILS Code of Practice and Van Rijn's ladder.
"""


@pytest.fixture(scope="module")
def forty_seventh_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_SEVENTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Van Rijn's model",
            "Van Rijn's ladder of visitor needs",
            id="a-surname-with-its-particle-and-an-of-part-before-a-comma",
        ),
        pytest.param("four Ps", "four Ps of hosting", id="counted-letters-and-what-they-are-of"),
        pytest.param("MoSCoW prioritisation", "MoSCoW", id="a-mixed-case-acronym-s-capitals"),
        pytest.param(
            "Martha's Law",
            "Patient Safety (Escalation) (England) Regulations 2024",
            id="a-popular-name-and-a-title-with-two-parentheses",
        ),
        pytest.param(
            "ILS Code of Practice",
            "Code of Practice for Safe Ladders",
            id="a-short-name-is-the-publication-s-not-the-publisher-s",
        ),
    ],
)
def test_two_names_found_in_the_forty_seventh_round_are_one_node(
    forty_seventh_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = forty_seventh_round_graph.find_concept(first)

    assert node is not None
    assert forty_seventh_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("three Ts of welcome", id="a-count-and-a-letter-s-plural"),
        pytest.param("portal star rating", id="a-rating-before-its-purpose"),
        pytest.param("time from booking to visit", id="a-listed-time-from-one-step-to-the-next"),
        pytest.param(
            "complaints per 10,000 gate entries", id="a-count-per-a-round-figure-of-two-words"
        ),
        pytest.param("technician arrival time", id="a-service-level-named-in-the-plural"),
        pytest.param("uptime", id="a-service-level-in-one-word"),
        pytest.param("Village Hall Committees (Powers) Order 1961", id="a-law-about-a-body"),
    ],
)
def test_models_found_in_the_forty_seventh_round(
    forty_seventh_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(forty_seventh_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("average waiting time", id="an-acronym-s-gloss-is-no-measure"),
        pytest.param("Institution of Ladder Safety", id="an-institution-of-something"),
        pytest.param("ILS", id="an-institution-s-acronym"),
    ],
)
def test_no_models_in_the_forty_seventh_round(
    forty_seventh_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_seventh_round_graph)


# -- issue 16, forty-eighth round: what the blind50 set showed once opened -----------------

_FORTY_EIGHTH_ROUND = """\
preview
Topic Synopsis
Clerks follow the Parish Halls Measure 2019 and the Care of Steeples Measure 2008, and
the Harbour Works (Safety) (No. 3) Pier Regulations 2016 (HWPR), which the Measure
does not touch.
Key Concepts & Core Principles
- Safety: Meeting the Lifting Gear (Crane Safety) Order 2004 (CSO) keeps cranes safe.
- Loans: Repayments follow the Education (Bursaries) (Repayment) Regulations 2012,
  known to desk staff as the Bursary Regulations, and the Bursary Scheme Local
  Guidance; the Guidance explains plan types.
- Measures: Schools track first-time pass rate, average lessons to test, pupil
  retention rate and referral rate. The hire firm tracks average review rating,
  repeat booking rate and fleet utilisation rate across the season.
Exam Tips & Revision Strategies
- Borrowers in Wales deal with Student Awards Wales (SAW), and grants come from the
  Household Warmth Fund (HWF).
Common Misconceptions & Mistakes to Avoid
- Confusing the HWF with a benefit.
Examiner Marking Points
- Credit use of the HWPR and the Bursary Regulations.
"""


@pytest.fixture(scope="module")
def forty_eighth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FORTY_EIGHTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Harbour Works (Safety) (No. 3) Pier Regulations 2016",
            "HWPR",
            id="an-acronym-of-a-title-s-words-outside-its-brackets",
        ),
        pytest.param(
            "Lifting Gear (Crane Safety) Order 2004", "CSO", id="an-acronym-of-the-bracket-s-words"
        ),
        pytest.param(
            "Bursary Regulations",
            "Education (Bursaries) (Repayment) Regulations 2012",
            id="a-name-known-to-some-people",
        ),
    ],
)
def test_two_names_found_in_the_forty_eighth_round_are_one_node(
    forty_eighth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = forty_eighth_round_graph.find_concept(first)

    assert node is not None
    assert forty_eighth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Parish Halls Measure", id="a-dated-measure"),
        pytest.param("Care of Steeples Measure", id="a-dated-measure-with-of"),
        pytest.param("average lessons to test", id="an-average-count-of-steps-to-an-end"),
        pytest.param("average review rating", id="a-list-after-tracks"),
    ],
)
def test_models_found_in_the_forty_eighth_round(
    forty_eighth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(forty_eighth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Student Awards Wales", id="a-name-that-ends-in-its-nation"),
        pytest.param("SAW", id="its-acronym"),
        pytest.param("Household Warmth Fund", id="a-fund"),
        pytest.param("HWF", id="a-fund-s-acronym"),
    ],
)
def test_no_models_in_the_forty_eighth_round(
    forty_eighth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_eighth_round_graph)


def test_a_guidance_named_by_its_kind_alone_is_its_document_s_guidance(
    forty_eighth_round_graph: KnowledgeGraph,
) -> None:
    topic = forty_eighth_round_graph.topic("t")
    guidance = forty_eighth_round_graph.find_concept("Bursary Scheme Local Guidance")

    assert topic is not None
    assert guidance is not None
    assert dict(topic.local_names).get("the Guidance") == guidance.id


# -- issue 16, forty-ninth round: what the blind51 set showed once opened -----------------

_FORTY_NINTH_ROUND = """\
preview
Topic Synopsis
Wardens enforce the Harbour Byelaws 2012 and follow the Pedal Cycles (Trials)
Regulations and General Directions 2021, while firms meet the Widget (Labels)
Regulations and Human Rights Act 1998.
Key Concepts & Core Principles
- Standards: Centres work towards Keystone, the quality standard for community centres,
  and the Kestrel Dental Council's (KDC) Standards for Practice. Wiring follows BS 8555,
  the IET Cabling Regulations, and export follows Engineering Recommendation G83 (EREC
  G83).
- Law: Lifts follow Regulation (EU) No 999/2019, retained in UK law and often called the
  Lift Passenger Rights Regulation.
- Measures: Clinics publish the complaint rate, refund time and dispensing error rate,
  and explain the gap between first response time and handling time. It takes time and
  effort.
Exam Tips & Revision Strategies
- Explain the Byelaws and the KDC's standards; a missed G83 notice delays connection.
- Quality follows the matrix Standard, the national quality standard for advice, and
  Lean was developed by Toyota, the model for lean production.
Common Misconceptions & Mistakes to Avoid
- Leases use the VCA model lease agreement, and staff read the park's byelaws.
Examiner Marking Points
- Credit response-time and right-first-time measures.
"""

_FORTY_NINTH_ROUND_OTHER = """\
preview
Topic Synopsis
Quarries follow the Quarry Complaints Code (the Code), and the Code sets timescales.
Key Concepts & Core Principles
- Complaints: Handling complaints under the Code.
Exam Tips & Revision Strategies
- Quote the Code.
Common Misconceptions & Mistakes to Avoid
- Ignoring the Code.
Examiner Marking Points
- Credit the Code.
"""

_FORTY_NINTH_ROUND_CODES = """\
preview
Topic Synopsis
Installers comply with consumer codes and technical standards, and with codes of conduct.
Key Concepts & Core Principles
- Conduct: Following codes of conduct.
Exam Tips & Revision Strategies
- Name the codes.
Common Misconceptions & Mistakes to Avoid
- Ignoring codes.
Examiner Marking Points
- Credit codes of conduct.
"""


@pytest.fixture(scope="module")
def forty_ninth_round_graph() -> KnowledgeGraph:
    return build_graph(
        [
            parse_document(_FORTY_NINTH_ROUND, "t.txt"),
            parse_document(_FORTY_NINTH_ROUND_OTHER, "q.txt"),
            parse_document(_FORTY_NINTH_ROUND_CODES, "r.txt"),
        ],
        load_vocabulary(),
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Regulation 999/2019",
            "Lift Passenger Rights Regulation",
            id="a-second-name-after-a-clause-on-the-first",
        ),
        pytest.param("BS 8555", "IET Cabling Regulations", id="a-publisher-s-title-after-a-code"),
        pytest.param(
            "Engineering Recommendation G83", "EREC G83", id="an-acronym-and-the-title-s-code"
        ),
        pytest.param("Engineering Recommendation G83", "G83", id="the-code-alone"),
    ],
)
def test_two_names_found_in_the_forty_ninth_round_are_one_node(
    forty_ninth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = forty_ninth_round_graph.find_concept(first)

    assert node is not None
    assert forty_ninth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Harbour Byelaws 2012", id="byelaws"),
        pytest.param(
            "Pedal Cycles (Trials) Regulations and General Directions",
            id="regulations-and-directions-to-the-year",
        ),
        pytest.param("Widget (Labels) Regulations", id="a-law-before-another-law"),
        pytest.param("Human Rights Act 1998", id="the-other-law"),
        pytest.param("Keystone", id="a-name-called-a-standard"),
        pytest.param("Standards for Practice", id="a-body-s-standards"),
        pytest.param("dispensing error rate", id="a-verb-form-in-a-list-of-measures"),
        pytest.param("handling time", id="a-kind-of-time-beside-a-timed-measure"),
    ],
)
def test_models_found_in_the_forty_ninth_round(
    forty_ninth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(forty_ninth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Kestrel Dental Council's", id="a-body-s-possessive-before-its-acronym"),
        pytest.param("KDC", id="the-body-s-acronym"),
        pytest.param("KDC's standards", id="a-body-s-standards-are-not-the-body"),
        pytest.param("Standard", id="the-head-of-a-name-before-an-apposition"),
        pytest.param("Toyota", id="a-maker-before-an-apposition"),
        pytest.param("VCA model", id="a-model-to-copy"),
        pytest.param("right-first-time", id="what-a-measure-counts"),
        pytest.param("Pedal Cycles (Trials) Regulations", id="a-title-cut-before-its-end"),
        pytest.param("time and effort", id="time-alone"),
    ],
)
def test_no_models_in_the_forty_ninth_round(
    forty_ninth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(forty_ninth_round_graph)


def test_byelaws_named_by_their_kind_alone_are_the_document_s_byelaws(
    forty_ninth_round_graph: KnowledgeGraph,
) -> None:
    topic = forty_ninth_round_graph.topic("t")
    byelaws = forty_ninth_round_graph.find_concept("Harbour Byelaws 2012")

    assert topic is not None
    assert byelaws is not None
    assert dict(topic.local_names).get("the Byelaws") == byelaws.id


def test_the_code_of_one_document_is_no_lower_case_code_of_another(
    forty_ninth_round_graph: KnowledgeGraph,
) -> None:
    code = forty_ninth_round_graph.find_concept("Quarry Complaints Code")

    assert code is not None
    assert "q" in code.topic_slugs
    assert "r" not in code.topic_slugs


# -- issue 16, fiftieth round: what the blind52 set showed once opened --------------------

_FIFTIETH_ROUND = """\
preview
Topic Synopsis
Clinics apply the Patient Constitution for Wales, while the club's constitution sets
its own rules. Designers follow the Double Diamond and draw an empathy map.
Key Concepts & Core Principles
- Standards: Panels follow the Fair Jury Principles published by the Organisation for
  Civic Trust and Development (OCTD), referred to here as the OCTD Principles.
- Data: Using addresses drawn from the Street Gazetteer File (SGF) kept by the council.
- Measures: Quote metrics such as booking rate, average response time to enquiries and
  average review score on platforms such as Hitched.
Exam Tips & Revision Strategies
- Credit metrics such as on-time arrival rate and refill rate used to improve retention.
- Moments of truth, an idea popularised by Maria Lopez at KLX, matter.
Common Misconceptions & Mistakes to Avoid
- Assuming customers understand terms such as "QLED", "logic board" or "IP67".
- Believing a "no-quibble refund" clause is always enforceable.
Examiner Marking Points
- Credit the Patient Constitution and the OCTD Principles.
"""


@pytest.fixture(scope="module")
def fiftieth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTIETH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Fair Jury Principles", "OCTD Principles", id="a-second-name-referred-to-here"
        ),
        pytest.param(
            "Patient Constitution for Wales",
            "Patient Constitution",
            id="a-constitution-with-and-without-its-nation",
        ),
    ],
)
def test_two_names_found_in_the_fiftieth_round_are_one_node(
    fiftieth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = fiftieth_round_graph.find_concept(first)

    assert node is not None
    assert fiftieth_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Patient Constitution for Wales", id="a-capitalised-constitution"),
        pytest.param("average review score", id="an-average-score-after-a-list-item"),
        pytest.param("refill rate", id="a-measure-before-how-it-is-used"),
        pytest.param("Double Diamond", id="a-design-model-the-vocabulary-knows"),
        pytest.param("empathy map", id="a-design-tool-the-vocabulary-knows"),
    ],
)
def test_models_found_in_the_fiftieth_round(
    fiftieth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(fiftieth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("constitution", id="a-club-s-constitution"),
        pytest.param("Organisation for Civic Trust and Development", id="an-organisation-for"),
        pytest.param("OCTD", id="its-acronym"),
        pytest.param("Street Gazetteer File", id="a-file-of-records"),
        pytest.param("SGF", id="the-file-s-acronym"),
        pytest.param("refill rate used", id="how-a-measure-is-used"),
        pytest.param("KLX", id="where-a-person-worked"),
        pytest.param("QLED", id="quoted-jargon"),
        pytest.param("IP67", id="more-quoted-jargon"),
        pytest.param("no-quibble refund", id="a-contract-s-clause"),
    ],
)
def test_no_models_in_the_fiftieth_round(fiftieth_round_graph: KnowledgeGraph, name: str) -> None:
    assert name.casefold() not in _model_surfaces(fiftieth_round_graph)


# -- issue 16, fifty-first round: what the blind53 set showed once opened -----------------

_FIFTY_FIRST_ROUND = """\
preview
Topic Synopsis
Drivers are licensed under the Harbour Works (Miscellaneous Provisions) Act 1976, and
debts pause under the Debt Relief Scheme (Pause Periods) Regulations 2021.
Key Concepts & Core Principles
- Standards: Offices use the Kestrel Service Excellence framework, and arrange panels
  in line with the School Transport Appeals Code; the Appeals Code requires them to be
  independent. Repairs follow the Well-lit Street Lighting code of practice.
- Bodies: Describe membership bodies like ZOOMA accurately, and check the parts data
  held in PARTSYS.
Exam Tips & Revision Strategies
- Explain the Debt Relief Scheme and Breathing Space clearly.
Common Misconceptions & Mistakes to Avoid
- Members follow the Gas Safe Register code of practice.
Examiner Marking Points
- Credit Kestrel Service Excellence and the Appeals Code.
"""

_FIFTY_FIRST_ROUND_OMBUDSMAN = """\
preview
Topic Synopsis
Complaints go to the Harbour Works and Marine Ombudsman once the port has replied.
Key Concepts & Core Principles
- Escalation: Referring complaints to the Harbour Works and Marine Ombudsman.
Exam Tips & Revision Strategies
- Name the Harbour Works and Marine Ombudsman.
Common Misconceptions & Mistakes to Avoid
- Confusing the port with the ombudsman.
Examiner Marking Points
- Credit escalation to the ombudsman.
"""


@pytest.fixture(scope="module")
def fifty_first_round_graph() -> KnowledgeGraph:
    return build_graph(
        [
            parse_document(_FIFTY_FIRST_ROUND, "t.txt"),
            parse_document(_FIFTY_FIRST_ROUND_OMBUDSMAN, "o.txt"),
        ],
        load_vocabulary(),
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "Kestrel Service Excellence framework",
            "Kestrel Service Excellence",
            id="a-name-before-a-lower-case-framework",
        ),
        pytest.param(
            "School Transport Appeals Code", "Appeals Code", id="a-code-by-its-last-words"
        ),
        pytest.param(
            "Well-lit Street Lighting", "Well-lit Street Lighting code of practice", id="a-code"
        ),
        pytest.param(
            "Debt Relief Scheme (Pause Periods) Regulations",
            "Debt Relief Scheme",
            id="a-scheme-a-law-sets-up-opens-its-title",
        ),
        pytest.param("Debt Respite Scheme", "Breathing Space", id="the-vocabulary-s-scheme"),
    ],
)
def test_two_names_found_in_the_fifty_first_round_are_one_node(
    fifty_first_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = fifty_first_round_graph.find_concept(first)

    assert node is not None
    assert fifty_first_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Well-lit Street Lighting", id="a-code-of-practice-named-in-capitals"),
        pytest.param("Breathing Space", id="a-scheme-by-its-popular-name"),
    ],
)
def test_models_found_in_the_fifty_first_round(
    fifty_first_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(fifty_first_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("ZOOMA", id="one-of-the-bodies-like"),
        pytest.param("PARTSYS", id="where-data-is-held"),
        pytest.param("Gas Safe Register", id="a-body-s-code-of-practice"),
        pytest.param("Harbour Works", id="what-a-law-is-about"),
    ],
)
def test_no_models_in_the_fifty_first_round(
    fifty_first_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(fifty_first_round_graph)


def test_what_a_law_is_about_names_no_law_in_a_body_s_name(
    fifty_first_round_graph: KnowledgeGraph,
) -> None:
    law = fifty_first_round_graph.find_concept("Harbour Works (Miscellaneous Provisions) Act")

    assert law is not None
    assert law.topic_slugs == ("t",)


# -- issue 16, fifty-second round: what the blind54 set showed once opened ----------------

_FIFTY_SECOND_ROUND = """\
preview
Topic Synopsis
Rangers apply the Coastal Paths and Access to the Foreshore Act 1971, and wardens follow
the Ministry of Transport's National Standards for Parking Officers.
Key Concepts & Core Principles
- Improvement: Use Lean thinking and value stream mapping, and compare the subscription
  model with others; teams apply Making Safeguarding Personal and the Kano Model.
- Offices: PQRS offices in Wales answer in Welsh; ask the Customer Service Manager.
Exam Tips & Revision Strategies
- Read the Guide to the Data Protection Act 2018 carefully.
Common Misconceptions & Mistakes to Avoid
- Assuming a Zephyr Model 3 needs no software update.
Examiner Marking Points
- Credit the Coastal Paths and Access to the Foreshore Act.
"""


@pytest.fixture(scope="module")
def fifty_second_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTY_SECOND_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            "Coastal Paths and Access to the Foreshore Act 1971", id="a-title-with-to-the"
        ),
        pytest.param(
            "National Standards for Parking Officers", id="standards-for-people-in-a-role"
        ),
        pytest.param("value stream mapping", id="a-lean-tool-the-vocabulary-knows"),
        pytest.param("Making Safeguarding Personal", id="an-approach-the-vocabulary-knows"),
        pytest.param("Kano Model", id="a-model-word-before-no-number"),
        pytest.param("Data Protection Act 2018", id="the-law-a-guide-is-to"),
    ],
)
def test_models_found_in_the_fifty_second_round(
    fifty_second_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(fifty_second_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("subscription model", id="how-a-service-charges"),
        pytest.param("PQRS", id="a-body-with-offices"),
        pytest.param("Customer Service Manager", id="a-job-title"),
        pytest.param("Zephyr Model", id="a-product-s-model-number"),
        pytest.param("Guide to the Data Protection Act", id="a-guide-to-a-law"),
    ],
)
def test_no_models_in_the_fifty_second_round(
    fifty_second_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(fifty_second_round_graph)


def test_the_end_of_a_title_with_to_the_is_no_law_of_its_own(
    fifty_second_round_graph: KnowledgeGraph,
) -> None:
    whole = fifty_second_round_graph.find_concept("Coastal Paths and Access to the Foreshore Act")

    assert whole is not None
    assert fifty_second_round_graph.find_concept("Foreshore Act") in (None, whole)


# -- issue 16, fifty-third round: what the blind55 set showed once opened -----------------

_FIFTY_THIRD_ROUND = """\
preview
Topic Synopsis
Callers hear about the Noise Case Review, still widely known as the Quiet Trigger, and
staff use Q-MeX, Ofroad's Quality Measure of Experience, to explain incentives.
Key Concepts & Core Principles
- Codes: Applying the Private Mooring Sector Single Code of Practice to grace periods;
  the Single Code sets charge levels.
- Law: Answering requests under the Freedom of Information Act 2000, and damage
  categories under the BRD Digest 251.
Exam Tips & Revision Strategies
- Distinguish FOI requests from subject access requests.
Common Misconceptions & Mistakes to Avoid
- Assuming staff at the Visitor Services Desk, also called the Ranger's Desk on some
  sites, can refund fines.
Examiner Marking Points
- Credit use of the Single Code and Q-MeX.
"""


@pytest.fixture(scope="module")
def fifty_third_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTY_THIRD_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Noise Case Review", "Quiet Trigger", id="still-widely-known-as"),
        pytest.param(
            "Q-MeX", "Quality Measure of Experience", id="an-acronym-and-a-body-s-expansion"
        ),
        pytest.param(
            "Private Mooring Sector Single Code of Practice",
            "Single Code",
            id="a-code-by-its-words-before-of-practice",
        ),
        pytest.param("Freedom of Information Act", "FOI", id="a-law-s-initials-with-of"),
    ],
)
def test_two_names_found_in_the_fifty_third_round_are_one_node(
    fifty_third_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = fifty_third_round_graph.find_concept(first)

    assert node is not None
    assert fifty_third_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("BRD Digest 251", id="a-body-s-numbered-paper"),
        pytest.param("Quality Measure of Experience", id="a-measure-a-body-owns"),
    ],
)
def test_models_found_in_the_fifty_third_round(
    fifty_third_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(fifty_third_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("BRD", id="the-paper-s-body"),
        pytest.param("Visitor Services Desk", id="a-desk"),
        pytest.param("Ranger's Desk", id="a-desk-s-other-name"),
    ],
)
def test_no_models_in_the_fifty_third_round(
    fifty_third_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(fifty_third_round_graph)


# -- issue 16, fifty-fourth round: what the blind56 set showed once opened ----------------

_FIFTY_FOURTH_ROUND = """\
preview
Topic Synopsis
Surveyors use SERVQUAL's Reliability and Tangibles dimensions to evaluate visits, and
teams use fishbone (Ishikawa) diagrams to find out why complaints recur.
Key Concepts & Core Principles
- Measures: Measuring member sentiment with an annual survey, Net Promoter Score and
  renewal rate, and tracking the time from enquiry to survey.
Exam Tips & Revision Strategies
- Look for appointment management that balances waiting time targets with rebooking.
- Planners draw the lotus (Matsumura) diagram before each workshop.
Common Misconceptions & Mistakes to Avoid
- Comparing the fee-charging model with free providers.
Examiner Marking Points
- Credit use of SERVQUAL.
"""


@pytest.fixture(scope="module")
def fifty_fourth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTY_FOURTH_ROUND, "t.txt")], load_vocabulary())


def test_a_known_model_s_possessive_names_the_model_not_its_parts(
    fifty_fourth_round_graph: KnowledgeGraph,
) -> None:
    servqual = fifty_fourth_round_graph.find_concept("SERVQUAL")
    synopsis = next(
        p for p in fifty_fourth_round_graph.topic_passages("t") if p.kind is PassageKind.SYNOPSIS
    )

    assert servqual is not None
    assert servqual.id in synopsis.concept_ids
    assert "reliability and tangibles" not in _model_surfaces(fifty_fourth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("time from enquiry to survey", id="a-time-that-ends-in-survey"),
        pytest.param("renewal rate", id="a-listed-rate"),
    ],
)
def test_models_found_in_the_fifty_fourth_round(
    fifty_fourth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(fifty_fourth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("annual survey", id="a-survey-listed-among-measures"),
        pytest.param("balances waiting time", id="a-verb-before-a-kind-of-time"),
        pytest.param("fee-charging model", id="how-a-provider-charges"),
    ],
)
def test_no_models_in_the_fifty_fourth_round(
    fifty_fourth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(fifty_fourth_round_graph)


def test_an_inventor_s_name_in_brackets_is_the_model_s_other_name(
    fifty_fourth_round_graph: KnowledgeGraph,
) -> None:
    node = fifty_fourth_round_graph.find_concept("Matsumura diagram")

    assert node is not None
    assert fifty_fourth_round_graph.find_concept("lotus diagram") == node


# -- issue 16, fifty-fifth round: what the blind57 set showed once opened -----------------

_FIFTY_FIFTH_ROUND = """\
preview
Topic Synopsis
Councils keep districts free of rats under the Prevention of Damage by Pests Act 1949,
and analysts apply PEST analysis to plan services.
Key Concepts & Core Principles
- Martin's Law: Meeting the strict timescales for fixing damp hazards.
- Fairness: Appeals follow the OPA's Good Practice Framework, and providers refer to the
  UK Quality Code for Further Education; the Quality Code expects fair procedures.
Exam Tips & Revision Strategies
- Offer captioned and BSL-interpreted performances, and explain when students may ask
  the OPA for an external review.
Common Misconceptions & Mistakes to Avoid
- Confusing the Pests Act with an analysis.
Examiner Marking Points
- Credit use of Martin's Law and the Quality Code.
"""


@pytest.fixture(scope="module")
def fifty_fifth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTY_FIFTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Prevention of Damage by Pests Act 1949", id="by-inside-a-law-s-title"),
        pytest.param("Martin's Law", id="a-law-known-by-the-person-it-remembers"),
        pytest.param("Good Practice Framework", id="a-body-s-framework"),
    ],
)
def test_models_found_in_the_fifty_fifth_round(
    fifty_fifth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() in _model_surfaces(fifty_fifth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("OPA", id="letters-that-own-a-framework"),
        pytest.param("BSL", id="a-language-s-initials"),
    ],
)
def test_no_models_in_the_fifty_fifth_round(
    fifty_fifth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(fifty_fifth_round_graph)


def test_a_law_is_no_other_name_of_the_model_its_words_spell(
    fifty_fifth_round_graph: KnowledgeGraph,
) -> None:
    pest = fifty_fifth_round_graph.find_concept("PEST analysis")

    assert pest is not None
    assert fifty_fifth_round_graph.find_concept("Pests Act") != pest


def test_a_code_by_its_words_before_what_it_is_for_is_its_title(
    fifty_fifth_round_graph: KnowledgeGraph,
) -> None:
    node = fifty_fifth_round_graph.find_concept("UK Quality Code for Further Education")

    assert node is not None
    assert fifty_fifth_round_graph.find_concept("Quality Code") == node


# -- issue 16, fifty-sixth round: what the blind58 set showed once opened -----------------

_FIFTY_SIXTH_ROUND = """\
preview
Topic Synopsis
Laundries process linen in line with HBN 04-01, and insurers handle claims fairly.
Key Concepts & Core Principles
- Claims: Insurers meet ICHS, the FCA's Insurance: Claims Handling sourcebook, when
  claims are made.
- Audits: Scoring sites against the National Standards of Ward Hygiene 2021 each month.
Exam Tips & Revision Strategies
- Explain HBN 04-01 and ICHS.
Common Misconceptions & Mistakes to Avoid
- Ignoring the hygiene standards.
Examiner Marking Points
- Credit the National Standards of Ward Hygiene.
"""


@pytest.fixture(scope="module")
def fifty_sixth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTY_SIXTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(
            "ICHS",
            "Insurance: Claims Handling sourcebook",
            id="an-acronym-and-a-body-s-title-after-the",
        ),
        pytest.param(
            "National Standards of Ward Hygiene",
            "National Standards of Ward Hygiene 2021",
            id="a-title-with-its-year",
        ),
    ],
)
def test_two_names_found_in_the_fifty_sixth_round_are_one_node(
    fifty_sixth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = fifty_sixth_round_graph.find_concept(first)

    assert node is not None
    assert fifty_sixth_round_graph.find_concept(second) == node


def test_a_series_and_its_paired_number_are_one_name(
    fifty_sixth_round_graph: KnowledgeGraph,
) -> None:
    surfaces = _model_surfaces(fifty_sixth_round_graph)

    assert "hbn 04-01" in surfaces
    assert "hbn 04" not in surfaces


# -- issue 16, fifty-seventh round: what the blind59 set showed once opened ---------------

_FIFTY_SEVENTH_ROUND = """\
preview
Topic Synopsis
Coaches draw on the Triple Loop Model of Learning with Feedback developed by Argyris,
and engineers refer to BS EN 42-10 when lifts fail.
Key Concepts & Core Principles
- Ethics: Following the Association of Quiet Harbours (AQH) Code of Conduct, which
  commits members to honest information.
- Fraud: Branch staff apply the Cash Alert Protocol; the Protocol lets them call police.
Exam Tips & Revision Strategies
- Explain the Protocol with a branch scenario.
Common Misconceptions & Mistakes to Avoid
- Assuming EN 42-10 covers old lifts.
Examiner Marking Points
- Credit use of the AQH Code of Conduct.
"""


@pytest.fixture(scope="module")
def fifty_seventh_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTY_SEVENTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("BS EN 42-10", "EN 42-10", id="a-national-adoption-of-a-short-number"),
        pytest.param(
            "AQH Code of Conduct",
            "Association of Quiet Harbours (AQH) Code of Conduct",
            id="a-body-s-code-as-written",
        ),
    ],
)
def test_two_names_found_in_the_fifty_seventh_round_are_one_node(
    fifty_seventh_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = fifty_seventh_round_graph.find_concept(first)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert fifty_seventh_round_graph.find_concept(second) == node


def test_what_a_model_is_of_may_go_on_with_with(
    fifty_seventh_round_graph: KnowledgeGraph,
) -> None:
    assert "triple loop model of learning with feedback" in _model_surfaces(
        fifty_seventh_round_graph
    )


def test_a_protocol_named_by_its_kind_alone_is_the_document_s_protocol(
    fifty_seventh_round_graph: KnowledgeGraph,
) -> None:
    topic = fifty_seventh_round_graph.topic("t")
    protocol = fifty_seventh_round_graph.find_concept("Cash Alert Protocol")

    assert topic is not None
    assert protocol is not None
    assert dict(topic.local_names).get("the Protocol") == protocol.id


# -- issue 16, fifty-eighth round: what the blind60 set showed once opened ----------------

_FIFTY_EIGHTH_ROUND = """\
preview
Topic Synopsis
Harbour offices follow the Bridge to Work Statutory Guidance and the Coastal Moorings
(Safety) Regulations 2011, and stalls join the Pet Welfare Rating Scheme (PWRS).
Key Concepts & Core Principles
- Quality: Working to the lumen Standard, the national quality standard for advice, and
  the Noise Sharing Code of Practice.
- Capacity: Releasing a limited number of berths per hour to a pick-your-own orchard's
  visitors; crowdfunded repairs use keep-it-all funding.
- Bodies: Treating the Association of Quiet Moorings (AQM) or QMTA as frameworks.
Exam Tips & Revision Strategies
- Name the statutory guidance and the safety regulations when explaining duties.
- Explain how the welfare rating scheme is run, and when the noise sharing code applies.
Common Misconceptions & Mistakes to Avoid
- Believing the new regulations replaced the old Charter.
Examiner Marking Points
- Credit reference to the lumen Standard.
"""


@pytest.fixture(scope="module")
def fifty_eighth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTY_EIGHTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("reference", "title"),
    [
        pytest.param(
            "the statutory guidance",
            "Bridge to Work Statutory Guidance",
            id="guidance-by-its-last-words",
        ),
        pytest.param(
            "the safety regulations",
            "Coastal Moorings (Safety) Regulations 2011",
            id="regulations-by-the-words-in-their-parenthesis",
        ),
        pytest.param(
            "the welfare rating scheme", "Pet Welfare Rating Scheme", id="a-scheme-in-lower-case"
        ),
        pytest.param(
            "the noise sharing code",
            "Noise Sharing Code of Practice",
            id="a-code-before-its-of-practice",
        ),
    ],
)
def test_a_title_referred_to_in_lower_case_by_its_last_words_is_the_document_s_title(
    fifty_eighth_round_graph: KnowledgeGraph, reference: str, title: str
) -> None:
    topic = fifty_eighth_round_graph.topic("t")
    node = fifty_eighth_round_graph.find_concept(title)

    assert topic is not None
    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert dict(topic.local_names).get(reference) == node.id


def test_lower_case_words_that_end_no_title_of_the_document_refer_to_nothing(
    fifty_eighth_round_graph: KnowledgeGraph,
) -> None:
    topic = fifty_eighth_round_graph.topic("t")

    assert topic is not None
    assert "the new regulations" not in dict(topic.local_names)


def test_one_word_then_to_and_a_title_s_capitals_are_one_title(
    fifty_eighth_round_graph: KnowledgeGraph,
) -> None:
    surfaces = _model_surfaces(fifty_eighth_round_graph)

    assert "bridge to work statutory guidance" in surfaces
    assert "work statutory guidance" not in surfaces


def test_a_name_in_lower_case_before_a_capitalised_standard_is_a_model(
    fifty_eighth_round_graph: KnowledgeGraph,
) -> None:
    surfaces = _model_surfaces(fifty_eighth_round_graph)

    assert "lumen standard" in surfaces
    assert "old charter" not in surfaces


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("berths per hour", id="an-amount-per-hour-is-no-measure"),
        pytest.param("pick-your-own", id="a-phrase-made-one-word-is-no-steps"),
        pytest.param("QMTA", id="an-acronym-offered-instead-of-a-body-with-an-acronym"),
    ],
)
def test_names_the_fifty_eighth_round_leaves_out_are_no_models(
    fifty_eighth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(fifty_eighth_round_graph)


def test_a_phrase_made_one_word_before_a_noun_of_doing_still_names_a_model(
    fifty_eighth_round_graph: KnowledgeGraph,
) -> None:
    assert "keep-it-all funding" in _model_surfaces(fifty_eighth_round_graph)


# -- issue 16, fifty-ninth round: what the blind61 set showed once opened -----------------

_FIFTY_NINTH_ROUND = """\
preview
Topic Synopsis
Pilots follow the Harbour Pilotage Code of Practice and landlords the Tenant Fairness
Act 2019.
Key Concepts & Core Principles
- Regulation: Note that the QXA holds the register of pilots, whereas the Code of Practice
  sets expectations for harbours.
- Fairness: Apply the three outcomes of the Act (rent, repairs and respect).
Exam Tips & Revision Strategies
- Analyse the support model behind each harbour, and describe the role of the
  Authority and its Code of Practice.
Common Misconceptions & Mistakes to Avoid
- Assuming lodgers are tenants.
Examiner Marking Points
- Credit reference to the Code of Practice.
"""


@pytest.fixture(scope="module")
def fifty_ninth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_FIFTY_NINTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("reference", "title"),
    [
        pytest.param(
            "the Code of Practice",
            "Harbour Pilotage Code of Practice",
            id="a-code-of-practice-by-its-kind",
        ),
        pytest.param("the Act", "Tenant Fairness Act 2019", id="a-law-before-a-list-in-brackets"),
    ],
)
def test_a_title_named_by_its_kind_in_the_fifty_ninth_round_is_the_document_s_title(
    fifty_ninth_round_graph: KnowledgeGraph, reference: str, title: str
) -> None:
    topic = fifty_ninth_round_graph.topic("t")
    node = fifty_ninth_round_graph.find_concept(title)

    assert topic is not None
    assert node is not None
    assert dict(topic.local_names).get(reference) == node.id


def test_a_body_s_code_of_practice_after_its_is_the_document_s_code(
    fifty_ninth_round_graph: KnowledgeGraph,
) -> None:
    tip = next(
        passage
        for passage in fifty_ninth_round_graph.topic_passages("t")
        if passage.kind is PassageKind.EXAM_TIP
    )
    code = fifty_ninth_round_graph.find_concept("Harbour Pilotage Code of Practice")

    assert code is not None
    assert code.id in tip.concept_ids
    assert fifty_ninth_round_graph.find_concept("Code of Practice") in (None, code)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("QXA", id="an-acronym-that-holds-a-register"),
        pytest.param("support model", id="how-a-service-is-supported"),
    ],
)
def test_names_the_fifty_ninth_round_leaves_out_are_no_models(
    fifty_ninth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(fifty_ninth_round_graph)


# -- issue 16, sixtieth round: what the blind62 set showed once opened --------------------

_SIXTIETH_ROUND = """\
preview
Topic Synopsis
Marinas follow Careful Numbering (CarNum) for berths and the Quiet Harbour Consumer Code
(QHCC), and watch the late-arrival rate alongside berth occupancy.
Key Concepts & Core Principles
- Safety: Following Managing Noise and Light in Quiet Marinas (QMG123), the harbour
  guidance, and the Learning Beside the River Quality Mark (LBtR Quality Mark).
- Bodies: Confusing Harbour Blood and Transplant (HBT), which runs the register, with others.
Exam Tips & Revision Strategies
- Show how QHCC membership gives customers access to dispute resolution.
- Report berth occupancy, whatever the eventual repair time.
Common Misconceptions & Mistakes to Avoid
- Quoting guidance from QRAP (the Quiet Rivers Action Programme) or the Environment
  Agency as if it were policy.
Examiner Marking Points
- Credit use of CarNum and QMG123.
"""


@pytest.fixture(scope="module")
def sixtieth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTIETH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("Careful Numbering", "CarNum", id="a-name-clipped-to-one-word"),
        pytest.param(
            "Managing Noise and Light in Quiet Marinas", "QMG123", id="a-long-title-and-its-code"
        ),
        pytest.param(
            "Learning Beside the River Quality Mark",
            "LBtR Quality Mark",
            id="mixed-letters-and-the-title-s-last-words",
        ),
        pytest.param("Quiet Harbour Consumer Code", "QHCC", id="a-code-with-members"),
    ],
)
def test_two_names_found_in_the_sixtieth_round_are_one_model(
    sixtieth_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = sixtieth_round_graph.find_concept(first)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert sixtieth_round_graph.find_concept(second) == node


def test_what_a_rate_is_watched_alongside_is_a_measure(
    sixtieth_round_graph: KnowledgeGraph,
) -> None:
    assert "berth occupancy" in _model_surfaces(sixtieth_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("QRAP", id="an-acronym-offered-beside-a-body"),
        pytest.param("HBT", id="an-acronym-in-brackets-that-runs-something"),
        pytest.param("eventual repair time", id="how-a-time-turns-out-is-no-part-of-it"),
        pytest.param("Following Managing Noise", id="the-verb-before-a-title"),
    ],
)
def test_names_the_sixtieth_round_leaves_out_are_no_models(
    sixtieth_round_graph: KnowledgeGraph, name: str
) -> None:
    surfaces = _model_surfaces(sixtieth_round_graph)

    assert not any(surface.startswith(name.casefold()) for surface in surfaces)


# -- issue 16, sixty-first round: what the blind63 set showed once opened -----------------

_SIXTY_FIRST_ROUND = """\
preview
Topic Synopsis
Harbours apply the Lisbon Mooring Convention and the Convention Abolishing the Fees for
Harbour Papers, and plan with BaSKeT prioritisation.
Key Concepts & Core Principles
- Stories: Suggest the Most Quiet Change technique for gathering stories.
- Design: Using the harbour stay model, also known as the three tides of service
  (arrival, stay and departure), to design a visit.
Exam Tips & Revision Strategies
- Remember that the Mooring Convention applies to visiting boats.
Common Misconceptions & Mistakes to Avoid
- Assuming membership of QGRA or accreditation by the Board of Harbour Pilots is a
  model.
Examiner Marking Points
- Credit use of BaSKeT prioritisation.
"""


@pytest.fixture(scope="module")
def sixty_first_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTY_FIRST_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("BaSKeT", "BaSKeT prioritisation", id="mixed-letters-before-a-technique"),
        pytest.param(
            "Mooring Convention", "Lisbon Mooring Convention", id="a-convention-by-its-last-words"
        ),
        pytest.param(
            "harbour stay model",
            "three tides of service",
            id="a-second-name-before-a-bracketed-list",
        ),
    ],
)
def test_two_names_found_in_the_sixty_first_round_are_one_model(
    sixty_first_round_graph: KnowledgeGraph, first: str, second: str
) -> None:
    node = sixty_first_round_graph.find_concept(first)

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert sixty_first_round_graph.find_concept(second) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("most quiet change technique", id="a-capital-function-word-inside-a-name"),
        pytest.param(
            "convention abolishing the fees for harbour papers", id="a-title-s-head-then-its-verb"
        ),
    ],
)
def test_names_found_whole_in_the_sixty_first_round(
    sixty_first_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name in _model_surfaces(sixty_first_round_graph)


def test_an_acronym_someone_has_membership_of_is_no_model(
    sixty_first_round_graph: KnowledgeGraph,
) -> None:
    assert "qgra" not in _model_surfaces(sixty_first_round_graph)


# -- issue 16, sixty-second round: what the blind64 set showed once opened ----------------

_SIXTY_SECOND_ROUND = """\
preview
Topic Synopsis
Marinas measure how berths are used and how value is made with boat owners.
Key Concepts & Core Principles
- Berth Turnover Rate: berth turnover rate, the share of berths let again within a week,
  guides staffing on the pontoons.
- Value Making: Harbour-centred logic (H-C logic) treats value as made with the owner.
Exam Tips & Revision Strategies
- Refer to the wider context: the marina belongs to QMBA, and may partner with others.
Common Misconceptions & Mistakes to Avoid
- Treating H-C as a pricing rule.
Examiner Marking Points
- Credit use of H-C logic.
"""


@pytest.fixture(scope="module")
def sixty_second_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTY_SECOND_ROUND, "t.txt")], load_vocabulary())


def test_a_key_concept_its_description_defines_as_a_measure_is_a_model(
    sixty_second_round_graph: KnowledgeGraph,
) -> None:
    node = sixty_second_round_graph.find_concept("Berth Turnover Rate")

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    "short", [pytest.param("H-C logic", id="with-its-last-word"), pytest.param("H-C", id="alone")]
)
def test_hyphenated_letters_and_a_name_s_last_word_are_that_name(
    sixty_second_round_graph: KnowledgeGraph, short: str
) -> None:
    node = sixty_second_round_graph.find_concept("Harbour-centred logic")

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert sixty_second_round_graph.find_concept(short) == node


def test_what_something_belongs_to_is_a_body(sixty_second_round_graph: KnowledgeGraph) -> None:
    assert "qmba" not in _model_surfaces(sixty_second_round_graph)


# -- issue 16, sixty-third round: what the blind65 set showed once opened -----------------

_SIXTY_THIRD_ROUND = """\
preview
Topic Synopsis
Marinas follow ISO 91234:2020, usually called simply ISO 91234, and the Automatic Refund
Code of Practice, and sell a blend-your-own session.
Key Concepts & Core Principles
- Access: Using the Harbour Access Code, usually called the Code, to agree berths, and
  the Automatic Refund Code of Practice for late refunds.
- Design: A service blueprint, following Shostack's original method, maps the visit.
- Fleet: Marinas that specialise in wheelchair-accessible pontoon vehicles (WAPVs).
Exam Tips & Revision Strategies
- Expect accurate reference to the Code when access is delayed.
- Berthmark, the accreditation for community marinas backed by the council, can be cited.
Common Misconceptions & Mistakes to Avoid
- Believing ISO 91234 is law.
Examiner Marking Points
- Credit use of the Automatic Refund Code of Practice.
"""


@pytest.fixture(scope="module")
def sixty_third_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTY_THIRD_ROUND, "t.txt")], load_vocabulary())


def test_what_a_document_says_it_will_call_the_code_is_that_code(
    sixty_third_round_graph: KnowledgeGraph,
) -> None:
    topic = sixty_third_round_graph.topic("t")
    code = sixty_third_round_graph.find_concept("Harbour Access Code")

    assert topic is not None
    assert code is not None
    assert dict(topic.local_names).get("the Code") == code.id
    assert "code" not in {alias.casefold() for alias in code.aliases}


def test_a_second_name_after_simply_is_the_name_without_it(
    sixty_third_round_graph: KnowledgeGraph,
) -> None:
    node = sixty_third_round_graph.find_concept("ISO 91234:2020")

    assert node is not None
    assert sixty_third_round_graph.find_concept("ISO 91234") == node
    assert "simply" not in _model_surfaces(sixty_third_round_graph)


def test_a_name_an_apposition_calls_an_accreditation_is_a_model(
    sixty_third_round_graph: KnowledgeGraph,
) -> None:
    assert "berthmark" in _model_surfaces(sixty_third_round_graph)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("blend-your-own", id="a-phrase-made-one-word-before-what-is-sold"),
        pytest.param("original method", id="an-adjective-that-says-which-version"),
        pytest.param("WAPVs", id="a-kind-of-vehicle"),
    ],
)
def test_names_the_sixty_third_round_leaves_out_are_no_models(
    sixty_third_round_graph: KnowledgeGraph, name: str
) -> None:
    surfaces = _model_surfaces(sixty_third_round_graph)

    assert not any(surface.startswith(name.casefold()) for surface in surfaces)


# -- issue 16, sixty-fourth round: what the blind66 set showed once opened ----------------

_SIXTY_FOURTH_ROUND = """\
preview
Topic Synopsis
Boatyards follow Carrick v Harbour Trust Board (2016), usually called the Carrick ruling,
and ISO 31313:2019, Guidelines for mooring enquiries in marinas, usually shortened to
ISO 31313.
Key Concepts & Core Principles
- Bookings: The yard monitors its no-show mooring rate (often shortened to NSM rate) and
  its refit completion rate, the share of refits finished on time.
- Retention metrics: Monthly churn, the proportion of berth holders who leave in a month, is
  read alongside berth occupancy. Track quote acceptance rate, the share of quotes that
  become refits, together with launch-to-berth conversion and average launch attendance.
- Hulls: Grading each hull with the Penrose hull wear classification before any repair.
- Promises: Dunmore's First Law of Service (trust equals delivery minus promise) says
  why a yard underpromises.
Exam Tips & Revision Strategies
- After Carrick, the talk matters more than the signature; cite the NSM rate.
- Quote Dunmore's law accurately; churn is a share, not a count.
Common Misconceptions & Mistakes to Avoid
- Believing a signed form is consent.
Examiner Marking Points
- Credit use of ISO 31313 and of Penrose's classification.
"""


@pytest.fixture(scope="module")
def sixty_fourth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTY_FOURTH_ROUND, "t.txt")], load_vocabulary())


def test_a_case_a_document_calls_a_ruling_is_a_model_with_that_name(
    sixty_fourth_round_graph: KnowledgeGraph,
) -> None:
    case = sixty_fourth_round_graph.find_concept("Carrick v Harbour Trust Board")
    topic = sixty_fourth_round_graph.topic("t")

    assert case is not None
    assert case.kind is ConceptKind.MODEL
    assert sixty_fourth_round_graph.find_concept("Carrick ruling") == case
    # "After Carrick, ...": the first party's name alone is the case there
    assert topic is not None
    assert dict(topic.local_names).get("Carrick") == case.id


def test_letters_for_a_measure_keep_its_last_word(
    sixty_fourth_round_graph: KnowledgeGraph,
) -> None:
    node = sixty_fourth_round_graph.find_concept("no-show mooring rate")

    assert node is not None
    assert sixty_fourth_round_graph.find_concept("NSM rate") == node


def test_a_scope_before_a_one_word_measure_names_that_measure(
    sixty_fourth_round_graph: KnowledgeGraph,
) -> None:
    node = sixty_fourth_round_graph.find_concept("churn")

    assert node is not None
    assert node.kind is ConceptKind.MODEL
    assert sixty_fourth_round_graph.find_concept("monthly churn") == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("quote acceptance rate", id="a-verb-form-right-after-track"),
        pytest.param("average launch attendance", id="an-average-attendance"),
        pytest.param("Penrose hull wear classification", id="a-named-classification"),
        pytest.param("Dunmore's First Law of Service", id="a-law-of-what-bodies-are"),
    ],
)
def test_names_the_sixty_fourth_round_reads_are_models(
    sixty_fourth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = sixty_fourth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


def test_a_possessive_short_form_joins_the_capitalised_title_of_that_person(
    sixty_fourth_round_graph: KnowledgeGraph,
) -> None:
    node = sixty_fourth_round_graph.find_concept("Dunmore's First Law of Service")

    assert node is not None
    assert sixty_fourth_round_graph.find_concept("Dunmore's law") == node


def test_a_standards_title_after_its_code_and_year_is_another_name_of_it(
    sixty_fourth_round_graph: KnowledgeGraph,
) -> None:
    node = sixty_fourth_round_graph.find_concept("ISO 31313")

    assert node is not None
    assert (
        sixty_fourth_round_graph.find_concept("Guidelines for mooring enquiries in marinas") == node
    )


# -- issue 16, sixty-fifth round: what the blind67 set showed once opened -----------------

_SIXTY_FIFTH_ROUND = """\
preview
Topic Synopsis
Ferries follow the Harbour Access Act 2012, often abbreviated to HbA 2012, and Pell's
cycle of repair, and the Dock Safety Unit (DSU) advises them.
Key Concepts & Core Principles
- Loyalty: Return sailing rate and upgrade rate, the share of passengers who upgrade,
  show loyalty; the cancellation rate and attrition rate are read with them.
- Revenue: Some operators calculate revenue per available cabin-night. Footfall, the
  total number of boardings per sailing, is read together with average fare yield.
- Integration: Useful measures include the retention rate after the first season, boarding
  frequency and the number of new routes.
- Feedback: Passengers rate the crossing on a 0-10 scale; a group of twelve with four
  joining gives a conversion rate of a third.
Exam Tips & Revision Strategies
- Apply the HbA to every refusal; place a complaint on the cycle of repair.
- Explain why attrition matters more than footfall.
Common Misconceptions & Mistakes to Avoid
- Believing the HbA covers freight.
Examiner Marking Points
- Credit use of the retention rate.
"""


@pytest.fixture(scope="module")
def sixty_fifth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTY_FIFTH_ROUND, "t.txt")], load_vocabulary())


def test_mixed_letters_with_a_year_name_the_law_without_it_too(
    sixty_fifth_round_graph: KnowledgeGraph,
) -> None:
    law = sixty_fifth_round_graph.find_concept("Harbour Access Act 2012")

    assert law is not None
    assert sixty_fifth_round_graph.find_concept("HbA") == law


def test_a_one_word_measure_alone_is_its_rate_in_the_document_that_names_it(
    sixty_fifth_round_graph: KnowledgeGraph,
) -> None:
    topic = sixty_fifth_round_graph.topic("t")
    rate = sixty_fifth_round_graph.find_concept("attrition rate")

    assert topic is not None
    assert rate is not None
    assert dict(topic.local_names).get("attrition") == rate.id


def test_a_persons_model_named_without_the_person_is_that_model(
    sixty_fifth_round_graph: KnowledgeGraph,
) -> None:
    topic = sixty_fifth_round_graph.topic("t")
    model = sixty_fifth_round_graph.find_concept("Pell's cycle of repair")

    assert topic is not None
    assert model is not None
    assert dict(topic.local_names).get("cycle of repair") == model.id


def test_a_capitalised_unit_is_a_team_not_a_model(
    sixty_fifth_round_graph: KnowledgeGraph,
) -> None:
    surfaces = _model_surfaces(sixty_fifth_round_graph)

    assert "dock safety unit" not in surfaces
    assert "dsu" not in surfaces


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Return sailing rate", id="a-verb-form-opening-a-list-of-rates"),
        pytest.param("revenue per available cabin-night", id="a-hyphenated-base-kept-whole"),
        pytest.param("average fare yield", id="an-average-yield"),
        pytest.param("boarding frequency", id="a-list-past-when-a-measure-is-taken"),
    ],
)
def test_measures_the_sixty_fifth_round_reads(
    sixty_fifth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = sixty_fifth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("0-10 scale", id="the-range-of-a-scale"),
        pytest.param("four joining", id="a-count-before-a-verb"),
        pytest.param("boardings per sailing", id="what-a-measure-just-named-counts"),
    ],
)
def test_names_the_sixty_fifth_round_leaves_out_are_no_models(
    sixty_fifth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name.casefold() not in _model_surfaces(sixty_fifth_round_graph)


# -- issue 16, sixty-sixth round: what the blind68 set showed once opened -----------------

_SIXTY_SIXTH_ROUND = """\
preview
Topic Synopsis
Rowing clubs follow the Standards for Welcoming and Coaching Juniors in Rowing, and
coaches draw on Harlow and Pemberton's four-phase model of boat learning and on
Quill's cycle of patience.
Key Concepts & Core Principles
- Coaching: Teaching strokes using Harlow and Pemberton's model, with feedback; Varga's
  five rules of pacing stress keeping the rate steady; follow Varga's rules of pacing.
- Retention: Keeping members by tracking churn, renewal rate and crew lifetime value; a
  quarterly eSAT for coaches and boat staff shows whether the club works inside.
- Habits: Building habits so that rowers keep coming, measuring wastage and breakage and
  applying the Dory model.
- Welfare: Coaches registered with the Scottish Guild of Oarsmen (SGO) follow the newer
  Five Currents model and the SEAL dimensions.
- Trust: Quill's propositions say why unexplained waits feel longer.
Exam Tips & Revision Strategies
- Use the Quill model to show why trust is earned.
- Apply Harlow and Pemberton's four phases to a novice.
Common Misconceptions & Mistakes to Avoid
- Believing churn is the same as dissatisfaction.
Examiner Marking Points
- Credit use of the SEAL model.
"""


@pytest.fixture(scope="module")
def sixty_sixth_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTY_SIXTH_ROUND, "t.txt")], load_vocabulary())


@pytest.mark.parametrize(
    ("short", "full"),
    [
        pytest.param(
            "Harlow and Pemberton's model",
            "Harlow and Pemberton's four-phase model of boat learning",
            id="two-peoples-model-after-the-sentences-words",
        ),
        pytest.param("Quill model", "Quill's cycle of patience", id="a-name-before-model"),
        pytest.param("Quill's propositions", "Quill's cycle of patience", id="propositions"),
        pytest.param(
            "Varga's five rules of pacing", "Varga's rules of pacing", id="a-count-inside"
        ),
        pytest.param("SEAL dimensions", "SEAL model", id="letters-and-their-parts"),
    ],
)
def test_names_the_sixty_sixth_round_joins(
    sixty_sixth_round_graph: KnowledgeGraph, short: str, full: str
) -> None:
    node = sixty_sixth_round_graph.find_concept(full)

    assert node is not None
    assert sixty_sixth_round_graph.find_concept(short) == node


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("churn", id="a-one-word-measure-in-a-tracked-list"),
        pytest.param("breakage", id="another-one-word-measure"),
        pytest.param("eSAT", id="letters-after-an-e"),
        pytest.param("Five Currents model", id="without-newer"),
        pytest.param(
            "Standards for Welcoming and Coaching Juniors in Rowing", id="in-inside-a-subject"
        ),
    ],
)
def test_names_the_sixty_sixth_round_reads(
    sixty_sixth_round_graph: KnowledgeGraph, name: str
) -> None:
    node = sixty_sixth_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("boat staff", id="people-before-shows-whether"),
        pytest.param("newer five currents model", id="a-comparative-before-a-name"),
        pytest.param("varga's five rules of pacing stress", id="a-verb-after-an-of-part"),
        pytest.param("scottish guild of oarsmen", id="a-body-a-coach-registers-with"),
        pytest.param("sgo", id="its-letters"),
    ],
)
def test_names_the_sixty_sixth_round_leaves_out_are_no_models(
    sixty_sixth_round_graph: KnowledgeGraph, name: str
) -> None:
    assert name not in _model_surfaces(sixty_sixth_round_graph)


def test_a_persons_plain_model_name_is_no_short_form_of_anothers() -> None:
    vocabulary = parse_vocabulary(
        '[models]\n"Ortega\'s Cycle" = ["Ortega\'s three-stage model"]\n', "v.toml"
    )
    text = _SIXTY_SIXTH_ROUND.replace(
        "four-phase model of boat learning", "three-stage model of boat learning"
    )
    graph = build_graph([parse_document(text, "t.txt")], vocabulary)
    theirs = graph.find_concept("Harlow and Pemberton's three-stage model of boat learning")

    assert theirs is not None
    assert graph.find_concept("Ortega's Cycle") != theirs


# -- issue 16, sixty-seventh round: what the blind69 set showed once opened ---------------

_SIXTY_SEVENTH_ROUND = """\
preview
Topic Synopsis
Kiosks use service metrics such as bay occupancy and loyalty to drive improvement.
Key Concepts & Core Principles
- Labelling: Explain Ravi's Rule in full, the Snack Labelling (Amendment) (Wales)
  Regulations 2022, and show that it applies.
- Staffing: Upselling without slowing the queue, and tracking sales per counter hour.
- Bays: Tracking track occupancy, the share of bays that are in use, and the wait.
- Bay use: Managers track the share of bookable bays actually used, known as the bay
  occupancy rate.
Exam Tips & Revision Strategies
- Compare bay occupancy on a wet Tuesday with a sunny Saturday.
Common Misconceptions & Mistakes to Avoid
- Believing loyalty is a measure.
Examiner Marking Points
- Credit use of Ravi's Rule.
"""


@pytest.fixture(scope="module")
def sixty_seventh_round_graph() -> KnowledgeGraph:
    return build_graph([parse_document(_SIXTY_SEVENTH_ROUND, "t.txt")], load_vocabulary())


def test_a_name_given_in_full_after_it_is_another_name_of_it(
    sixty_seventh_round_graph: KnowledgeGraph,
) -> None:
    law = sixty_seventh_round_graph.find_concept(
        "Snack Labelling (Amendment) (Wales) Regulations 2022"
    )

    assert law is not None
    assert sixty_seventh_round_graph.find_concept("Ravi's Rule") == law


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("sales per counter hour", id="per-a-kind-of-hour"),
        pytest.param("track occupancy", id="a-noun-after-a-verb-of-measuring"),
    ],
)
def test_measures_the_sixty_seventh_round_reads(
    sixty_seventh_round_graph: KnowledgeGraph, name: str
) -> None:
    node = sixty_seventh_round_graph.find_concept(name)

    assert node is not None
    assert node.kind is ConceptKind.MODEL


def test_a_one_word_measure_named_with_and_without_its_rate_is_one_node(
    sixty_seventh_round_graph: KnowledgeGraph,
) -> None:
    node = sixty_seventh_round_graph.find_concept("bay occupancy rate")

    assert node is not None
    assert sixty_seventh_round_graph.find_concept("bay occupancy") == node


def test_a_word_before_a_purpose_in_a_list_of_metrics_is_no_measure(
    sixty_seventh_round_graph: KnowledgeGraph,
) -> None:
    surfaces = _model_surfaces(sixty_seventh_round_graph)

    assert not any(surface.startswith("loyalty") for surface in surfaces)
