"""Other names a text gives a name: "also known as", "usually called", "(or ...)".

``the Boston Matrix, also known as the growth-share matrix``, ``the Payment Services
Regulations 2017, usually called the PSRs``, ``Gas and Electricity (...) Regulations
2008 (the Complaints Handling Standards)``, ``the Ansoff Matrix (product-market
matrix)`` and ``Herzberg's two-factor (motivation-hygiene) theory`` each name one thing
twice. The second name is an :attr:`Rule.ALIAS` of the first: it joins the first
name's node, and never makes a model on its own.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from graph.extraction.acronyms import find_long_form
from graph.extraction.candidates import Candidate, Rule, known_keys
from graph.extraction.keys import (
    LAW_HEAD,
    LAW_YEAR,
    Token,
    concept_key,
    is_acronym,
    is_capitalised,
    is_mixed_acronym,
    is_possessive,
    joined,
    normalise_word,
    tokenize,
    unquoted,
)
from graph.extraction.names import PROVISION, find_head_noun_phrases
from graph.extraction.words import (
    CONNECTORS,
    FUNCTION_WORDS,
    HEADS,
    LEGAL_HEADS,
    ORGANISATION_WORDS,
    REFERRED_KINDS,
    names_no_model,
)
from graph.vocabulary import Vocabulary

__all__ = ["TRIGGER_WORDS", "find_aliases"]

# What introduces another name: after a comma, a dash or an opening parenthesis
# ("X, usually called Y", "X (also known as Y)"), or on its own when it says "also"
# ("X also known as Y"); "(or Y)", "(aka Y)", "(formerly Y)"; and "(the Y)" when Y is
# capitalised, a short title after a long one.
_MARKER = re.compile(
    r"(?P<open>[,(–—]|(?<=\s)-)\s*"
    # "now more often called": up to three such words
    r"(?:(?:also|usually|often|commonly|generally|sometimes|more|better|"
    # "still widely known as the Community Trigger"
    r"otherwise|widely|simply|now|formerly|always|still)\s+){0,3}"
    r"(?:just\s+)?"  # "(usually just called the Confidence Code)"
    # "known in the trade as the Fittings Regulations"
    r"(?:known(?:\s+(?:in|across|throughout)\s+the\s+(?:trade|industry|sector|business|field)"
    # "known to helpdesk staff as the Repayment Regulations"
    r"|\s+(?:to|among)(?:\s+[a-z][\w-]*){1,3}?)?"
    r"\s+as|called|"
    # "referred to here as the OECD Principles"; "shortened in most retail software to
    # RFM analysis"
    r"referred\s+to\s+(?:here\s+|simply\s+)?as|(?:shortened|abbreviated)(?:\s+(?:in|by|on|within)(?:\s+[\w-]+){1,3}?)?"
    r"\s+to|abbreviated\s+as|"
    # "Moore's public value framework, usually drawn as the strategic triangle"
    r"termed|dubbed|drawn\s+as|depicted\s+as|"
    # "SERVQUAL, often taught as the RATER model", "the no-show rate, also recorded as
    # the did-not-attend (DNA) rate"
    r"taught\s+as|recorded\s+as|presented\s+as|branded\s+as|remembered\s+as|"
    # "the Accessible Information Standard, published as DCB1605"
    r"published\s+as|issued\s+as)\s+"
    # "usually called simply ISO 17100": the adverb says how, and is no name
    r"(?:(?:simply|just|merely)\s+)?"
    r"|\b(?:also|otherwise|better)\s+known\s+as\s+"
    # "Natasha's Law, the popular name for the UK Food Information Amendment"
    r"|,\s*the\s+(?:popular|common|usual|informal|everyday|familiar|short)\s+name\s+"
    r"(?:for|of)\s+"
    # "(AIS, formally DCB1605)": an official name or an old one, after a comma
    # ("Natasha's Law, formally the UK Food Information ... Regulations 2019")
    r"|,\s*(?:formally|officially|formerly)\s+(?=(?:the\s+)?[A-Z0-9])"
    # "Explain Natasha's Law in full, the Food Information (Amendment) ...": its whole
    # name, given after it
    # (from the first space of a run only: from each would take minutes)
    r"|(?<!\s)\s+in\s+full,\s*(?=(?:the\s+)?[A-Z0-9])",
    re.IGNORECASE,
)
_KIND_ALONE = re.compile(
    r"(?:the\s+)?(?:(?:18|19|20)\d\d\s+)?(?:"
    + "|".join(kind.replace(" ", r"\s+") for kind in REFERRED_KINDS)
    + ")",
    re.IGNORECASE,
)
# A parenthesis, found by its opening mark (a fast search for one character).
_PARENTHESIS = re.compile(r"\((?P<inner>[^()]{1,120})\)")
# What opens a second name inside a parenthesis: "(or Y)", "(aka Y)", "(formerly Y)",
# "(also Y)", and "(the Y)" or "(the retained Y)" when Y is capitalised, a short title
# after a long one.
_BRACKET_OPENER = re.compile(
    r"\s*(?:or|aka|a\.k\.a\.|formerly|formally|officially|also|"
    # "(the retained Denied Boarding Regulation)": one word may describe the title
    r"the(?:\s+[a-z]+)?(?= [A-Z]| (?:19|20)\d\d [A-Z]))\s+"
)
_OPENER_LETTERS = frozenset("oaftOAFT \t")
_WORD_BEFORE = re.compile(r"(?P<word>[^\W_]+)[ \t]*\Z")
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W_]+)")
_ALTERNATIVE = re.compile(r"[^\W_][\w'’–-]*(?: [\w'’–-]+){0,2}")
_CLAUSE_END = re.compile(r"[.;:!?]\s")
_MOST_WORDS = 6
# (and a bracket that says more of it: "the four realms of experience (entertainment,
# ...)")
_MARK_AFTER = re.compile(r"[ \t]*[,.;:()]")
# "Section 75 of the", "Regulation 20 of": a numbered provision of the law named next
_NUMBERED_RULE = (
    r"(?:(?:Principle|Rule|Article|Section|Regulation|Condition)|[A-Z]{3,6})[ \t]+\d{1,3}[A-Z]?"
)
_SET_OUT_IN = re.compile(
    r"(?P<name>(?!The\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,3}),[ \t]+set[ \t]+out[ \t]+in[ \t]+"
    rf"(?P<first>{_NUMBERED_RULE})(?:[ \t]+and[ \t]+(?P<second>{_NUMBERED_RULE}))?(?![\w-])"
)
# who publishes what is named before: "... Electrical Equipment published by the "
_PUBLISHED_BY = re.compile(r"[ \t]+(?:published|issued|produced)[ \t]+by[ \t]+(?:the[ \t]+)?\Z")
_PROVISION_OF = re.compile(rf"(?P<provision>{PROVISION})[ \t]+of(?:[ \t]+the)?[ \t]+\Z")


def find_aliases(
    text: str,
    tokens: list[Token],
    vocabulary: Vocabulary,
    found: Sequence[Candidate],
    words: AbstractSet[str] | None = None,
) -> Iterator[Candidate]:
    """Candidates for the second name of every name ``text`` names twice.

    ``found`` holds what the other rules found in ``text``: the first name is the
    longest of them that ends where the second begins (else the words before it).
    ``words``, if given, holds the words of ``text`` among :data:`TRIGGER_WORDS` (and
    maybe others), maybe with a stop or a comma after them.
    """
    if words is None:
        might_alias = not TRIGGER_WORDS.isdisjoint(map(_text, tokens))
    else:
        might_alias = not TRIGGER_WORDS.isdisjoint(word.rstrip(".,;:)") for word in words)
    if ", the " in text or _CODE_THEN_CAPITAL.search(text) is not None:
        yield from _titles_after_codes(text, vocabulary)
    if "set out in" in text:
        # "The Consumer Duty, set out in Principle 12 and PRIN 2A": the rules that set
        # a duty out are where it is written, and name it
        for match in _SET_OUT_IN.finditer(text):
            for provision in (match["first"], match["second"]):
                if provision is not None:
                    yield Candidate(provision, Rule.ALIAS, same_as=match["name"])
    if "(" not in text and not might_alias:
        return  # most texts
    # names other rules found (a mark that a name is a body's makes no name of it)
    surfaces = sorted(
        {c.surface for c in found if c.rule is not Rule.ORGANISATION}, key=len, reverse=True
    )
    # what the text says is a person or a body ("Naomi Feil", "the Royal Voluntary
    # Service (RVS), formerly the WRVS")
    marked = {c.surface for c in found if c.rule is Rule.ORGANISATION}
    # where what introduces a second name starts, and where the second name begins
    openings: list[tuple[int, int]] = []
    if might_alias:
        openings.extend((match.start(), match.end()) for match in _MARKER.finditer(text))
        if " and " in text:
            openings.extend((m.start(), m.end()) for m in _CALLED_AFTER_A_CLAUSE.finditer(text))
    parentheses = list(_PARENTHESIS.finditer(text)) if "(" in text else []
    for match in parentheses:
        inner = match["inner"]
        opener = _BRACKET_OPENER.match(inner) if inner[:1] in _OPENER_LETTERS else None
        if opener is not None:
            openings.append((match.start(), match.start("inner") + opener.end()))
    for start, opening in sorted(openings):
        first = _found_before(text, start, surfaces) or _known_before(text, start, vocabulary)
        if first is not None:
            # "Regulation 20 of the ... Regulations, known as Y": Y is the provision,
            # unless Y spells the law ("Schedule 4 of the Protection of Freedoms Act
            # 2012, known as PoFA")
            end = start - len(first)
            provision = _PROVISION_OF.search(text, max(0, end - 40), end)
            if provision is not None and not _spells_the_law(text, opening, first):
                first = provision["provision"]
        head = normalise_word(first.split()[-1]) if first else None
        second = _name_after(text, tokens, opening, head if head in HEADS else None)
        if (
            second is None
            or text.startswith(f"{second}:", opening)
            # "usually referred to simply as the Code": a kind alone names the document's
            # code there only (graph.references), no code corpus-wide
            or _KIND_ALONE.fullmatch(second) is not None
        ):
            # "(the Insurance: Conduct of Business sourcebook)": a title goes on after
            # its colon, and its first words are no name of their own
            continue
        second = _whole_name(text, opening, second, surfaces)
        if first is not None and is_acronym(second) and " " in first:
            # "did-not-attend rate (often shortened to DNA rate)": the letters keep the
            # first name's last word
            last = first.rsplit(None, 1)[1]
            at = text.find(second, opening)
            if (
                text.startswith(f" {last}", at + len(second))
                and not text[
                    at + len(second) + len(last) + 1 : at + len(second) + len(last) + 2
                ].isalnum()
            ):
                second = f"{second} {last}"
        if first is not None and (
            names_no_model(first) or first.split()[0].casefold() in ORGANISATION_WORDS
        ):
            # "the Code of Practice for ... published by the Institution of Engineering
            # and Technology (IET), often shortened to the IET Code of Practice": the
            # second name is the publication's, not its publisher's
            at = text.rfind(first, 0, start)
            published = _PUBLISHED_BY.search(text, max(0, at - 40), at) if at > 0 else None
            if published is not None:
                before = text[: published.start()]
                first = next((s for s in surfaces if before.endswith(s)), first)
        if first in marked and (
            second[:1].islower() or normalise_word(second.split()[-1]) in HEADS
        ):
            # "the approach developed by Naomi Feil, also known as validation therapy": a
            # person or a body has no second name that is a method
            first = None
        if first is None and _OFFICIAL.match(text, start) and _ENDS_IN_LAW.search(second):
            # "the right to repair rules, formally the Ecodesign ... Regulations 2021":
            # what the text calls a law informally is another name of it
            informal = _INFORMAL_BEFORE.search(text, max(0, start - 60), start)
            if informal is not None and not vocabulary.is_not_model(second):
                yield Candidate(informal["name"], Rule.ALIAS, same_as=second)
            continue
        if first is None:
            same_head = _same_head_before(text, start, second)
            if same_head is not None:
                # "media richness theory, also known as information richness theory":
                # two lower-case names for one theory make a name of both
                yield Candidate(same_head, Rule.HEAD_NOUN)
                yield Candidate(second, Rule.ALIAS, same_as=same_head)
                continue
            same_start = _same_start_before(text, start, second)
            if same_start is not None:
                # "the Boston grid (also called the Boston matrix)": the second name
                # is the model, the first another name of it
                yield Candidate(same_start, Rule.ALIAS, same_as=second)
                continue
            # "average speed of answer, also known as ASA": a name no rule found is
            # taken only when the acronym spells it
            letters = second.split()[0]
            if not (is_acronym(letters) or is_mixed_acronym(letters)):
                continue
            first = find_long_form(letters, text[max(0, start - 120) : start])
            if first is None:
                continue
            yield Candidate(first, Rule.DEFINITION, same_as=second)
        elif second != first and not (
            vocabulary.is_not_model(first) or vocabulary.is_not_model(second)
        ):
            yield Candidate(second, Rule.ALIAS, same_as=first)
            dated = _LETTERS_AND_YEAR.fullmatch(second)
            if dated is not None and is_mixed_acronym(dated["letters"]):
                # "often abbreviated to EqA 2010", then "the EqA": letters no rule
                # finds alone name the law without its year too
                yield Candidate(dated["letters"], Rule.ALIAS, same_as=first)
    if might_alias and ", the " in text:
        for match in _GLOSS_CALLED.finditer(text):
            second = _name_after(text, tokens, match.end(), None)
            if (
                second is not None
                and match["acronym"] in surfaces
                and not vocabulary.is_not_model(second)
            ):
                yield Candidate(second, Rule.ALIAS, same_as=match["acronym"])
    for match in parentheses:
        yield from _same_head_gloss(text, match, vocabulary, surfaces)
        yield from _formal_title(text, match, vocabulary, surfaces)
        yield from _inner_alternative(text, match, vocabulary)
        yield from _coded_title(text, match, vocabulary)


# "Regulation (EU) No 181/2011, retained in UK law and often called the ...": a clause
# on what the name is comes between it and its second name
_CALLED_AFTER_A_CLAUSE = re.compile(
    r",[ \t]+[a-z]+(?:ed|en)(?:[ \t]+[\w-]+){0,4}?[ \t]+and[ \t]+"
    r"(?:(?:also|usually|often|commonly|widely|more)[ \t]+){1,2}(?:called|known[ \t]+as)[ \t]+"
)
# an acronym, then after its comma what it is in lower case, and what that is called:
# "DISP, the dispute resolution rules usually called the complaints sourcebook"
_GLOSS_CALLED = re.compile(
    r"(?<![\w-])(?P<acronym>[A-Z][A-Za-z0-9]{1,8}),[ \t]+the[ \t]+"
    r"(?:[a-z][a-z-]*[ \t]+){1,5}?(?:usually|often|commonly|also)[ \t]+"
    r"(?:called|known[ \t]+as)[ \t]+"
)
# an acronym and capitalised words that end in a law's kind: "the PSV Conduct Regulations"
_ACRONYM_TITLE = re.compile(rf"[A-Z][A-Za-z0-9&]+(?:[ \t]+[A-Z][a-z]+){{1,3}}[ \t]+{LAW_HEAD}\b")
# "X, formally Y", "X, officially Y": Y is the official name of what X names informally
_OFFICIAL = re.compile(r",\s*(?:formally|officially)\s", re.IGNORECASE)
_ENDS_IN_LAW = re.compile(rf"\b{LAW_HEAD}{LAW_YEAR}\Z")
# the lower-case name after "the" just before that comma: "the right to repair rules"
_INFORMAL_BEFORE = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<name>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){1,4})[ \t]*\Z"
)


def _spells_the_law(text: str, opening: int, law: str) -> bool:
    """True when the acronym at ``opening`` spells ``law``'s title ("PoFA")."""
    letters = _LETTERS_AT.match(text, opening)
    if letters is None:
        return False
    return find_long_form(letters["letters"], law) is not None


_LETTERS_AT = re.compile(r"(?:the[ \t]+)?(?P<letters>[A-Z][A-Za-z]{1,8})\b")


def _whole_name(text: str, opening: int, second: str, surfaces: Sequence[str]) -> str:
    """The longest name another rule found that begins where ``second`` does: a title
    the run of capitals stopped short of ("formally the Food Information (Amendment)
    (England) Regulations 2019"), an eponym with its "of" part ("also called Kano's
    theory of attractive quality")."""
    begins = text.find(second, opening)
    if begins < 0 or is_acronym(second) or is_mixed_acronym(second):
        return second  # "often taught as the TGROW model": the acronym is the name
    for surface in surfaces:  # longest first
        if len(surface) <= len(second):
            break
        if text.startswith(surface, begins) and surface.startswith(second):
            return surface
    return second


# The words that introduce a second name ("also known as", "usually called" ...).
TRIGGER_WORDS = frozenset(
    """known called referred shortened abbreviated termed dubbed drawn depicted formally
    officially formerly taught recorded presented branded published issued remembered
    name full""".split()
)
_text = operator.attrgetter("text")


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’–-]*[ \t]+){1,3}[a-z][\w-]*[ \t]*\Z")


def _same_start_before(text: str, position: int, second: str) -> str | None:
    """The words before ``position`` when they open as ``second`` does and end in
    another word: "Calgary–Cambridge guide" before "Calgary–Cambridge model"."""
    words = second.split()
    if len(words) < 2 or normalise_word(words[-1]) not in HEADS:
        return None
    before = _CAPITALISED_BEFORE.search(text, max(0, position - 80), position)
    if before is None:
        return None
    first = re.sub(r"^(?:The|A|An)[ \t]+", "", before[0].strip())
    opening = first.split()[:-1]
    if opening != words[: len(opening)] or first.split()[-1] == words[-1]:
        return None
    return first


# two to four lower-case words just before a mark: "media richness theory"
_LOWER_CASE_BEFORE = re.compile(r"(?<![\w'’-])[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){1,3}[ \t]*\Z")


def _same_head_before(text: str, position: int, second: str) -> str | None:
    """The lower-case words before ``position``, as many as ``second`` has, when they end
    in the model word that ends ``second``, itself a lower-case name of two to four
    words: "media richness theory" before "information richness theory"."""
    words = second.split()
    if not 2 <= len(words) <= 4 or not second.islower() or normalise_word(words[-1]) not in HEADS:
        return None
    before = _LOWER_CASE_BEFORE.search(text, max(0, position - 80), position)
    if before is None:
        return None
    # as many words as the second name: "apply media richness theory" is no name
    first = before[0].split()[-len(words) :]
    if (
        len(first) < len(words)
        or normalise_word(first[-1]) != normalise_word(words[-1])
        or any(word in FUNCTION_WORDS for word in first)
        or first == words
    ):
        return None
    return " ".join(first)


def _is_modifier(token: Token) -> bool:
    """A lower-case word that may stand before a capitalised name: "the statutory"."""
    return token.text.islower() and token.text.endswith(_MODIFIER_ENDINGS)


# the endings of adjectives: "statutory", "national", "legal", "revised"
_MODIFIER_ENDINGS = ("ory", "al", "ic", "ive", "ed", "ary", "ous", "ful", "ible", "able")


def _found_before(text: str, position: int, surfaces: Sequence[str]) -> str | None:
    """The longest name another rule found that ends at ``position``, or before the
    acronym in brackets there ("the Transtheoretical Model (TTM), also known as ...")."""
    before = text[max(0, position - 120) : position].rstrip(" '’\"”")
    before = _ACRONYM_IN_BRACKETS.sub("", before)
    for surface in surfaces:  # longest first
        if before.endswith(surface) and (
            len(before) == len(surface) or not before[-len(surface) - 1].isalnum()
        ):
            return surface
    return None


def _keyed_before(text: str, position: int, surfaces: Sequence[str]) -> str | None:
    """The longest name another rule found that the words ending at ``position`` spell,
    however their apostrophes differ ("Victims' Code" read as "Victims Code")."""
    words = text[max(0, position - 120) : position].split()
    for surface in surfaces:  # longest first
        count = len(surface.split())
        if count <= len(words) and concept_key(" ".join(words[-count:])) == concept_key(surface):
            return surface
    return None


_ACRONYM_IN_BRACKETS = re.compile(r"[ \t]*\([A-Z][A-Za-z0-9&]{1,9}\)\Z")
_WORDS_BEFORE = re.compile(r"(?:[\w'’-]+[ \t]+){0,4}[\w'’-]+\Z")


def _known_before(text: str, position: int, vocabulary: Vocabulary) -> str | None:
    """The longest name the vocabulary knows that ends at ``position`` ("principled
    negotiation, also known as the Harvard method"), or ``None``."""
    words = _WORDS_BEFORE.search(text, max(0, position - 80), position)
    if words is None:
        return None
    known = known_keys(vocabulary)
    parts = words[0].split()
    for first in range(len(parts)):
        name = " ".join(parts[first:])
        if concept_key(name) in known:
            return name
    return None


_INNER_JOINERS = frozenset({"of", "per", "to", "and"})


def _name_after(text: str, tokens: list[Token], position: int, head: str | None) -> str | None:
    """The name that begins at ``position``: an acronym, a capitalised run or a few words.

    A lower-case name ends at its model word when the first name has one (``head``),
    else at a function word or a mark.
    """
    index = bisect.bisect_left(tokens, position, key=lambda t: t.start)
    if index >= len(tokens) or tokens[index].start - position > 2:
        return None
    if tokens[index].text.casefold() in {"the", "a", "an"}:
        index += 1
        if index >= len(tokens) or not joined(text, tokens[index - 1], tokens[index]):
            return None
    first = tokens[index]
    if first.text.casefold() in TRIGGER_WORDS:
        return None  # "(also called Y)" read from "(also": the marker reads Y itself
    if is_acronym(first.text) or is_mixed_acronym(first.text):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following and following.text.isdigit() and joined(text, first, following):
            return f"{first.text} {following.text}"  # "CRA 2015", "BS 11000"
        if (
            following
            and is_capitalised(following)
            and following.norm in HEADS
            and joined(text, first, following)
        ):
            return f"{first.text} {following.text}"  # "usually called the ISCAS Code"
        titled = _ACRONYM_TITLE.match(text, first.start)
        if titled is not None:
            return titled[0]  # "usually shortened to the PSV Conduct Regulations"
        if not (
            following
            and is_capitalised(following)
            and not is_acronym(following.text)
            and joined(text, first, following)
        ):
            return first.text
        # "formally the UK Food Information (Amendment) (England) Regulations 2019": a
        # country's letters open a capitalised title, read below
    if first.text.casefold() in FUNCTION_WORDS:
        return None
    capital = is_capitalised(first) or (
        # "usually called the 2009 Complaints Regulations"
        first.text.isdigit()
        and index + 1 < len(tokens)
        and is_capitalised(tokens[index + 1])
        and joined(text, first, tokens[index + 1])
    )
    words = [first]
    at_a_mark = False  # the name ends at a comma or a stop, not amid a clause
    for number, token in enumerate(tokens[index + 1 : index + _MOST_WORDS], index + 1):
        if not joined(text, words[-1], token):
            at_a_mark = _MARK_AFTER.match(text, words[-1].end) is not None
            break
        word = token.text.casefold()
        if capital and is_possessive(words[-1]) and not is_capitalised(token):
            # "Kano's theory of attractive quality": the owner's name and its model word
            words.extend(_up_to_model_word(text, tokens, number))
            break
        if capital and not (is_capitalised(token) or (word in CONNECTORS and word != "the")):
            if token.norm in HEADS and words[-1].text.casefold() not in CONNECTORS:
                words.append(token)  # "the Boston matrix", "the Kraljic matrix"
            break
        if not capital and (word in FUNCTION_WORDS and word not in _INNER_JOINERS):
            break
        if not capital and is_capitalised(token):
            if len(words) == 1 and _is_modifier(words[0]):
                # "known as the statutory Duty of Candour": the name is capitalised
                words, capital = [token], True
                continue
            break
        words.append(token)
        if not capital and head is not None and token.norm == head:
            break
    while words and words[-1].text.casefold() in CONNECTORS | _INNER_JOINERS:
        words.pop()
    if not words:
        return None
    if (
        not capital
        and head is not None
        and words[-1].norm != head
        and len(words) > 1
        and not at_a_mark
    ):
        # "also known as the matrix of ... which": no clear end ("better known as the
        # five stages of grief, without ..." ends at its comma)
        return None
    return unquoted(text[words[0].start : words[-1].end])


def _up_to_model_word(text: str, tokens: list[Token], index: int) -> list[Token]:
    """The lower-case words from ``index`` to the first model word, or none without one."""
    words: list[Token] = []
    for token in tokens[index : index + _MOST_WORDS - 1]:
        if (words and not joined(text, words[-1], token)) or is_capitalised(token):
            return []
        words.append(token)
        if token.norm in HEADS:
            return words
        if token.text.casefold() in FUNCTION_WORDS:
            return []
    return []


def _same_head_gloss(
    text: str, match: re.Match[str], vocabulary: Vocabulary, surfaces: Sequence[str]
) -> Iterator[Candidate]:
    """ "the Ansoff Matrix (product-market matrix)": a gloss that ends in the same model word."""
    inner = match["inner"].strip()
    if " " not in inner:
        return  # most parentheses: "(NPS)"
    words = inner.split()
    if not 2 <= len(words) <= 5:
        return
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    head = normalise_word(words[-1])
    if (
        before is None
        or head not in HEADS
        or normalise_word(before["word"]) != head
        or any(word.casefold() in FUNCTION_WORDS - CONNECTORS for word in words)
    ):
        return
    first = _found_before(text, before.end("word"), surfaces)
    if first is not None and not vocabulary.is_not_model(inner):
        yield Candidate(unquoted(inner), Rule.ALIAS, same_as=first)


# a title in capitals, its small words joined in: "Code of Practice for Victims of Crime"
_FORMAL_TITLE = re.compile(
    r"(?:[Tt]he[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|for|and|on|the|to|in)[ \t]+)*"
    r"[A-Z][\w'’-]*){2,11}"
)


def _formal_title(
    text: str, match: re.Match[str], vocabulary: Vocabulary, surfaces: Sequence[str]
) -> Iterator[Candidate]:
    """ "the Victims' Code (Code of Practice for Victims of Crime)": a short name and, in
    brackets, the formal title it shortens: the same model word and another word of the
    short name, in a title of capitalised words."""
    inner = match["inner"].strip()
    if inner[:1].islower() or _FORMAL_TITLE.fullmatch(inner) is None:
        return  # most parentheses: "(NPS)", "(for example ...)"
    first = _found_before(text, match.start(), surfaces) or _keyed_before(
        text, match.start(), surfaces
    )
    if first is None or " " not in first.strip():
        return
    short = [normalise_word(word) for word in first.split()]
    title = {normalise_word(word) for word in inner.split()}
    if (
        short[-1] in HEADS | LEGAL_HEADS
        and short[-1] in title
        and any(word in title for word in short[:-1] if word not in FUNCTION_WORDS)
        and not vocabulary.is_not_model(inner)
    ):
        yield Candidate(unquoted(inner), Rule.ALIAS, same_as=first)


def _inner_alternative(
    text: str, match: re.Match[str], vocabulary: Vocabulary
) -> Iterator[Candidate]:
    """ "Herzberg's two-factor (motivation-hygiene) theory": two names for one theory.

    The name is read without the parenthesis ("Herzberg's two-factor theory", found
    by the rule for head nouns); the alternative before the same model word
    ("motivation-hygiene theory") and the name as written are its aliases.
    """
    alternative = match["inner"]
    before = text[: match.start()].rstrip().rsplit(None, 1)[-1:] or [""]
    # "fishbone (Ishikawa) diagrams": its inventor's name, after a lower-case one
    eponym = alternative.isalpha() and alternative.istitle() and before[0].islower()
    if not (alternative.islower() or eponym):
        return  # "(NPS)"; "(Interest) Act" is part of a law's title
    after = _WORD_AFTER.match(text, match.end())
    if (
        after is None
        or _ALTERNATIVE.fullmatch(alternative) is None
        or normalise_word(after["word"]) not in HEADS
        or match.start() == 0
        or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in " \t")
        or any(word in FUNCTION_WORDS for word in alternative.split())
    ):
        return
    head = after["word"]
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
    plain = f"{text[clause_start : match.start()].rstrip()} {head}"
    names = [
        c
        for c in find_head_noun_phrases(plain, tokenize(plain), vocabulary)
        if plain.endswith(c.surface)
    ]
    if not names and (known := _known_before(plain, len(plain), vocabulary)) is not None:
        names = [Candidate(known, Rule.HEAD_NOUN)]  # "a fishbone diagram": the vocabulary's
    if not names:
        return
    yield from names
    shortest = min((c.surface for c in names), key=len)
    longest = max((c.surface for c in names), key=len)
    yield Candidate(f"{alternative} {head}", Rule.HEAD_NOUN, same_as=shortest)
    # the name as written, parenthesis and all, is what a reader may look up
    start = clause_start + len(plain) - len(longest)
    yield Candidate(text[start : after.end()], Rule.ALIAS, same_as=longest)


# A document's code before its title: "HSG179", "FG21/1", "DCB1605", "BS 8300"
_CODE_BEFORE = re.compile(
    r"(?<![\w/.-])(?P<code>[A-Z]{1,5}[0-9]{1,5}(?:/[0-9]{1,3})?|[A-Z]{2,5}[ \t][0-9]{3,5})[ \t]*\Z"
)
# a title in sentence case or in capitals: three to fourteen words, no sentence's stop
_TITLE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’,-]+){2,13}")


def _coded_title(text: str, match: re.Match[str], vocabulary: Vocabulary) -> Iterator[Candidate]:
    """ "HSG179 (Managing health and safety in swimming pools)": a code and its title."""
    inner = match["inner"].strip()
    code = _CODE_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if code is not None and _a_title(inner, vocabulary):
        yield Candidate(inner, Rule.ALIAS, same_as=code["code"])


# "FG21/1, the FCA's Guidance for firms on the fair treatment of vulnerable customers,":
# the same, between commas, maybe with its author
# ("ISO 10002:2018, Guidelines for complaints handling in organizations,": a
# standard's title, in its own words, needs no "the")
_CODE_AND_TITLE = re.compile(
    r"(?<![\w/.-])(?P<code>[A-Z]{1,5}[0-9]{1,5}(?:/[0-9]{1,3})?|[A-Z]{2,5}[ \t][0-9]{3,5})"
    r"(?::(?:19|20)[0-9]{2})?,"
    r"[ \t]+(?:the[ \t]+(?:[A-Z][\w-]*['’]s[ \t]+)?)?(?P<title>[A-Z][^,.;:()]{8,120}),"
)

_LETTERS_AND_YEAR = re.compile(r"(?P<letters>[A-Z][A-Za-z]+)[ \t](?:18|19|20)[0-9]{2}")
_CODE_THEN_CAPITAL = re.compile(r"[0-9],[ \t][A-Z]")


def _titles_after_codes(text: str, vocabulary: Vocabulary) -> Iterator[Candidate]:
    """ "FG21/1, the FCA's Guidance for firms on ...,": a code and its title in apposition."""
    for match in _CODE_AND_TITLE.finditer(text):
        if _a_title(match["title"], vocabulary):
            yield Candidate(match["title"], Rule.ALIAS, same_as=match["code"])


def _a_title(words: str, vocabulary: Vocabulary) -> bool:
    first = words.split()[0] if words else ""
    return (
        first[:1].isupper()
        and _TITLE.fullmatch(words) is not None
        # "BS 7671, the IET Wiring Regulations,": a publisher's acronym may open a title
        # that ends in a model word
        and (not is_acronym(first) or normalise_word(words.split()[-1]) in HEADS)
        and first.casefold() not in FUNCTION_WORDS
        and not names_no_model(words)
        and not vocabulary.is_not_model(words)
    )
