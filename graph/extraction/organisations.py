"""Names a text says are organisations: "retailers such as ASOS", "CEB (now part of Gartner)".

A rule cannot know every company, but prose often says what a name is. Such a name
is marked with :attr:`Rule.ORGANISATION`: it never becomes a MODEL node, whatever
other rule finds it, and it makes no node of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.extraction.candidates import Candidate, Rule
from graph.extraction.words import BODY_WORDS, FUNCTION_WORDS, HEADS, ROLE_WORDS, names_no_model

__all__ = ["find_organisations"]

# Plural nouns for kinds of organisation, before the names that are examples of them
_KINDS = (
    "retailers|companies|firms|brands|banks|building societies|carriers|couriers|charities|"
    "organisations|organizations|providers|suppliers|insurers|airlines|businesses|vendors|"
    "operators|supermarkets|regulators|ombudsmen|sellers|marketplaces|employers|chains|"
    "agencies|councils|universities|manufacturers|utilities|telcos|broadcasters|lenders|"
    "platforms|apps|hotels|restaurants|consultancies|publishers|newspapers|products|"
    # "stores such as Kobo or Apple Books": where things are sold
    "stores|shops|outlets|"
    # "trade associations such as the NAFD and SAIF", "corporate groups such as ...",
    # "membership bodies like BIAZA"
    "associations|federations|groups|bodies|"
    # "a scheduling system such as CM2000": software by what it is for
    "(?:clinical|scheduling|booking|ticketing|rostering|telephony|records|payroll|till|"
    "case[ \t]+management|practice[ \t]+management|property[ \t]+management|branch|stock)"
    "[ \t]+systems?|"
    "software|packages|applications|suites|screen readers|checkers|browsers|devices|websites|"
    # "a private medical insurer such as Bupa, AXA Health or Vitality"
    # "commercial partners such as VFS Global or TLScontact"
    "partners|contractors|"
    # "Networks such as Cadent, SGN, Northern Gas Networks": who runs a network
    "networks|franchises|"
    "insurer|retailer|company|firm|bank|brand|provider|supplier|carrier|courier|operator|"
    "lender|airline|charity|regulator|platform|"
    # "awards such as AA Rosettes": prizes and events are no models either
    "awards|prizes|events|shows|competitions|"
    # "spiking with substances such as GHB"
    "substances|drugs|chemicals"
)
_NAME = r"[A-Z0-9][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w&'’.-]*)*"
# a listed example's name may hold "for", "of" or "on" between capitals ("Homes for
# Ukraine", "Bank of Scotland")
_ONE_NAME = re.compile(rf"{_NAME}(?:[ \t]+(?:for|of|on)[ \t]+{_NAME})?")
# a law's kind in a name: a law is never a product or a body
_A_LAW = re.compile(r"\b(?:Act|Acts|Regulations|Directive|Order)\b")
# an acronym in brackets right after an example is one of them: "the Afghan Relocations
# and Assistance Policy (ARAP)"
_ACRONYM_ASIDE = re.compile(r"[ \t]*\((?P<acronym>[A-Z][A-Z0-9]{1,7})\)")
_EXAMPLES = re.compile(
    rf"\b(?:{_KINDS})"
    # "products named in a case study, such as Verint or NICE"
    r"(?:[ \t]+(?:named|used|sold|offered|made|mentioned)\b[^.,;:()]{0,40}"
    # "charities that support users, such as Whizz-Kidz": what they do, then the names
    r"|[ \t]+(?:that|which|who)[ \t]+[a-z][^.,;:()]{0,40})?"
    r"[ \t]*,?[ \t]+(?:such[ \t]+as|like|including|e\.g\.,?)[ \t]+",
    re.IGNORECASE,
)
# the list of examples: the rest of the clause, in items split at commas, "and", "or"
_LIST_END = re.compile(r"[.;:()\[\]!?]")
_ASIDE = re.compile(r"[ \t]*\([^()]{1,60}\)")
_ITEMS = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
# "CEB (now part of Gartner)", "Mind (formerly ...)", "Evri (owned by ...)": found by
# the parenthesis first, then the name just before it, so that a long run of capitalised
# words is never read again from each of its words
_NOW_PART_OF = re.compile(
    rf"(?<![ \t])[ \t]+\((?:now[ \t]+(?:part[ \t]+of[ \t]+)?|formerly[ \t]+|part[ \t]+of[ \t]+|"
    rf"owned[ \t]+by[ \t]+|a[ \t]+subsidiary[ \t]+of[ \t]+)(?P<owner>{_NAME})"
)
_BODY_AND_ACRONYM = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and|&|[A-Z][\w'’-]*)){1,10}?)"
    # "the Royal Life Saving Society (RLSS UK)": maybe with its country
    # "the Gemmological Association of Great Britain (Gem-A)": maybe hyphenated
    r"[ \t]+\((?P<acronym>[A-Z][A-Za-z-]{0,6}[A-Za-z])(?:[ \t]+(?:UK|GB|NI|EU|US))?\)"
)
_NAME_BEFORE = re.compile(rf"(?<![\w&'’.-])(?:{_NAME})\Z")
_LOOK_BACK = 80
_MOST_ITEMS = 12


# "the Learning and Development (L&D) department": a body named with its acronym
_UNIT_AND_ACRONYM = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w'’-]*)){0,6})"
    r"[ \t]+\((?P<acronym>[A-Z][A-Za-z&]{1,7})\)[ \t]+"
    r"(?:department|team|unit|function|division|directorate|office)s?\b"
)
# "the National Change of Address (NCOA) file": a file, a database or an app named with
# its acronym is a product
_PRODUCT_AND_ACRONYM = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w'’-]*)){0,6})"
    r"[ \t]+\((?P<acronym>[A-Z][A-Za-z&]{1,7})\)[ \t]+"
    r"(?:file|files|database|databases|app|apps|card|cards)\b"
)
# "the Communications Ombudsman or CISAS": an acronym offered instead of a body is one
_BODY_OR_ACRONYM = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and|&|[A-Z][\w'’-]*)){0,9})"
    # "the Institute of Student Employers (ISE) or AGCAS": maybe with its own acronym
    r"(?:[ \t]+\([A-Z][A-Za-z&-]{1,7}\))?"
    # "the Office of the Independent Adjudicator for Higher Education, or OIA"
    r",?[ \t]+or[ \t]+(?P<acronym>[A-Z]{2,8})\b"
)
# "exams with ABRSM or Trinity College London": an acronym offered beside a body is one
_ACRONYM_OR_BODY = re.compile(
    # "WRAP (the Waste and Resources Action Programme) or the Environment Agency": maybe
    # with its own name in brackets
    r"(?<![\w-])(?P<acronym>[A-Z]{2,8})(?:[ \t]+\([^()]{1,80}\))?[ \t]+or[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and|&|[A-Z][\w'’-]*)){0,9})"
)
# "Natural Resources Wales and SEPA, which run their own warning services", "NABMA for
# market operators, which runs ...": what runs or represents something is a body ("NPS,
# which runs from -100 to 100" is a scale)
_ACRONYM_WHICH_RUNS = re.compile(
    # "NHS Blood and Transplant (NHSBT), which runs the register": maybe in brackets
    r"(?<![\w-])\(?(?P<acronym>[A-Z]{2,8})\)?(?:[ \t]+for[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?,[ \t]+"
    r"(?:which|who)[ \t]+(?:run|runs|operate|operates|represent|represents|regulate|"
    r"regulates|employ|employs|fund|funds)\b(?![ \t]+(?:from|between|to)\b)"
)
# "the NRCPD holds the register of interpreters", "the ICO investigates": what keeps a
# register, regulates, accredits or inspects is a body, no model
_ACRONYM_DOES_A_BODY_S_WORK = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<acronym>[A-Z]{2,8})[ \t]+(?:regulates|accredits|licenses|"
    r"licences|inspects|investigates|(?:holds|keeps|maintains|publishes)[ \t]+(?:the|a|its)"
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:register|list|directory))\b"
)
# "The Current Account Switch Service (CASS), run by Pay.UK": a service or a scheme
# someone runs is what they offer, no model
_SERVICE_RUN_BY = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w'’-]*)){0,6}[ \t]+"
    r"(?:Service|Scheme|Helpline|Portal|Network))"
    r"(?:[ \t]+\((?P<acronym>[A-Z][A-Za-z]{1,7})\))?,[ \t]+(?:run|operated|managed)[ \t]+by\b"
)
# "contacts are recorded on CHAIN": what records are kept on is a database
_RECORDED_ON = re.compile(
    r"\b(?:recorded|logged|held|stored|entered|kept)[ \t]+(?:on|in)[ \t]+(?P<acronym>[A-Z]{2,8})\b"
)
# "Faster Payments and CHAPS": an acronym beside a body or a scheme is one too
_BODY_AND_ACRONYM_BESIDE = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|&|[A-Z][\w'’-]*)){0,6})"
    r"[ \t]+and[ \t]+(?P<acronym>[A-Z]{2,8})\b(?![ \t]*\()"
)
# "Jan Carlzon of SAS", "Jan Carlzon at SAS": a person's company or body, after their
# first name and surname
_PERSON_OF = re.compile(
    r"\b[A-Z][a-z]+[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+(?:of|at)[ \t]+"
    r"(?P<acronym>[A-Z]{2,6})\b"
)
# "obtain a PAC or STAC", "an MVNO": an acronym counted with "a" names a thing there
# are many of (a code, a card, a kind of company), not a model, unless some text
# defines it ("a DPIA" is an assessment); read where the noun phrase ends at the
# acronym ("a CSAT survey" is a survey)
_COUNTED_ACRONYM = re.compile(
    # "(a faulty ONT)": maybe with a word that says which
    r"\b(?:a|an|each|every|another)[ \t]+(?:[a-z]+[ \t]+)?(?P<acronym>[A-Z][A-Z0-9]{1,7})"
    r"(?:[ \t]+or[ \t]+(?P<other>[A-Z][A-Z0-9]{1,7}))?"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:or|and|to|from|by|for|with|which|that|who|in|on|at|is|are|"
    r"was|were|will|can|may|must|should|would|could|has|have|had)\b)"
)


# "GAP insurance", "an ISA account", "the CAFM system": an acronym before what is sold
# names a product
_PRODUCT_ACRONYM = re.compile(
    r"(?<![\w-])(?P<acronym>[A-Z][A-Z0-9]{1,7})[ \t]+(?:insurance|cover|card|cards|account|"
    r"accounts|loan|loans|mortgage|mortgages|tariff|tariffs|contract|contracts|"
    # "the CAFM system": software is a product too
    r"system|systems|software|platform|platforms|portal|portals|app|apps|database|databases|"
    # "a TPMS check", "a DBS check": what is checked; "CCTV coverage": equipment
    r"check|checks|coverage|camera|cameras|footage|equipment|device|devices|radio|radios|"
    # "cards that carry the PASS hologram": a scheme's mark on a thing
    r"hologram|holograms|logo|logos|badge|badges|sticker|stickers|"
    # "WAVE training", "a MiDAS course": a course people take
    r"training|course|courses|"
    # "the VT30 refusal certificate": a form issued; "a V5C logbook": a document
    r"certificate|certificates|form|forms|(?:refusal|test|pass)[ \t]+certificates?|"
    r"logbook|logbooks)\b"
)
# "HMCTS offices", "DVLA staff": who has offices, staff or a website is a body
_ACRONYM_S_PEOPLE = re.compile(
    r"(?<![\w-])(?P<acronym>[A-Z][A-Z0-9]{1,7})[ \t]+(?:offices|staff|website|websites|"
    r"helpline|helplines|inspectors|caseworkers|branches|headquarters)\b"
)
_PERSON_HINTS = (
    " her ",
    " his ",
    " their ",
    "th of ",
    "ry of ",
    "ur of ",
    "or of ",
    "named ",
    " died",
    " killed",
)
# "Better, run by GLL": who runs or operates a thing is an organisation
_RUN_BY = re.compile(
    rf"[ \t](?:run|operated|owned|managed|registered|licensed|accredited|regulated|"
    # "the BJCP Style Guidelines published by the Beer Judge Certification Program"
    # ("supported by ATV or conversion rate": what supports may be evidence); "an
    # approach made famous by Ritz-Carlton": who made a practice known
    rf"administered|published|issued|maintained|funded|made[ \t]+famous|popularised|"
    # "the assessment carried out by LINK": who does a piece of work
    rf"pioneered|carried[ \t]+out|conducted|"
    # "the initiative led by IVAR", "the approach developed by Naomi Feil": who leads
    # or devises a piece of work is a body or a person
    rf"led|developed|devised)[ \t]+by[ \t]+(?:the[ \t]+)?"
    # "a helpline funded by RNIB and Guide Dogs": two bodies
    rf"(?P<owner>{_NAME})(?:[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?(?P<second>{_NAME}))?"
    # "installers registered with HETAS": who keeps a register is a body
    # ("registered with the British Wheel of Yoga": a name may go on with "of")
    rf"|\b(?:registered|accredited|certified)[ \t]+with[ \t]+(?:the[ \t]+)?"
    rf"(?P<register>{_NAME}(?:[ \t]+of[ \t]+{_NAME})?)"
    # "members of ARMA", "a member of NICEIC", "membership of AGRA", "belongs to
    # BIAZA": who has members is a body
    rf"|\b(?:(?:members|a[ \t]+member|membership)[ \t]+of|belongs[ \t]+to)[ \t]+"
    rf"(?:the[ \t]+)?(?P<membership>{_NAME})"
    # "the National Occupational Standards ... published through HABIA"
    rf"|[ \t]published[ \t]+through[ \t]+(?:the[ \t]+)?(?P<publisher>{_NAME})"
    # "Jan Carlzon when he ran SAS": a company someone ran
    rf"|\b(?:he|she|who)[ \t]+(?:ran|founded|led|headed|chaired)[ \t]+(?P<company>{_NAME})"
)
# "Elisabeth Kübler-Ross developed her model": a person, by what she did with her work;
# "following the death of Natasha Ednan-Laperouse", "named after Owen Smith": a person a
# law or a scheme remembers
_PERSON_AT_WORK = re.compile(
    r"(?P<person>[A-Z][a-zà-ÿ]+[ \t]+[A-Z][\w'’-]+)[ \t]+(?:developed|devised|created|"
    r"proposed|coined|wrote|published|introduced|designed|built|founded|based)[ \t]+"
    r"(?:her|his|their)\b"
    r"|\b(?:death|murder|killing|memory|honour|honor)[ \t]+of[ \t]+"
    r"(?P<remembered>[A-Z][a-zà-ÿ]+[ \t]+[A-Z][\w'’-]+)"
    r"|\bnamed[ \t]+(?:after|for)[ \t]+(?P<named>[A-Z][a-zà-ÿ]+[ \t]+[A-Z][\w'’-]+)"
    # "Natasha Ednan-Laperouse died after eating a sandwich": only a person dies
    r"|(?P<died>[A-Z][a-zà-ÿ]+[ \t]+[A-Z][\w'’-]+)[ \t]+(?:died|was[ \t]+killed)\b"
)
# "escalation to CCW and WATRS", "complain to the LGSCO": where a complaint goes next is
# a body or its scheme
_ESCALATED_TO = re.compile(
    r"\b(?:[Ee]scalat|[Cc]omplain|[Aa]ppeal)[a-z]*[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"(?P<body>[A-Z][A-Z0-9]{1,7}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,4})\b"
    r"(?:[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?(?P<other>[A-Z][A-Z0-9]{1,7})\b)?"
)
# "the Act FAST campaign": a campaign is an event, no model
_CAMPAIGN = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})[ \t]+campaigns?\b"
)
# "the PIF TICK as a mark of trustworthy health information": a mark or a badge is a
# scheme's, no model
_AS_A_MARK = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})[ \t]+as[ \t]+an?[ \t]+"
    r"(?:[a-z]+[ \t]+)?(?:mark|badge|kitemark|seal|logo|stamp)\b"
)
# "MBRRACE-UK", "PAC-UK": an acronym that says where it works is a body's, as a name
# ending in "UK" is
_UK_BODY = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{1,9}-UK(?![\w-])")
# "WRAS-approved products": who approves, registers or accredits is a body
_APPROVED_BY = re.compile(
    r"(?<![\w-])(?P<acronym>[A-Z][A-Z0-9&]{1,7})-(?:approved|registered|accredited|certified|"
    r"regulated|licensed|endorsed)\b"
)
# "HMCTS staff", "the LINK network": an acronym before its people or its branches is
# the organisation's
_BODY_ACRONYM = re.compile(
    # "ACCA and AAT members": two bodies' people
    r"(?<![\w-])(?:(?P<other>[A-Z][A-Z0-9]{1,7})[ \t]+(?:and|or)[ \t]+)?"
    r"(?P<acronym>[A-Z][A-Z0-9]{1,7})[ \t]+(?:staff|employees|colleagues|workforce|"
    r"network|branch|branches|website|helpline|headquarters|"
    # "UKVI caseworkers": the people an organisation employs
    r"caseworkers|officers|inspectors|examiners|assessors|investigators|agents|"
    # "KBSA membership standards": who has members is a body
    r"membership|members)\b"
)
# "WCAG 2.2 at level AA": a grade of conformance, no model
_LEVEL = re.compile(r"\b[Ll]evels?[ \t]+(?P<acronym>A{1,3})\b")
# "gels containing HEMA": what a product contains is a substance
_CONTAINED = re.compile(
    r"\b(?:containing|contains|contain|free[ \t]+of)[ \t]+(?P<acronym>[A-Z][A-Z0-9]{1,7})\b"
)
# "the certification bodies NSI and SSAIB", "the regulators Ofgem and Ofwat": names
# right after the plural kind of body they are
_NAMED_AFTER_KIND = re.compile(
    r"\b(?:bodies|regulators|charities|companies|firms|retailers|insurers|banks|"
    r"ombudsmen|associations|schemes|networks|suppliers|providers|platforms|apps)[ \t]+"
    rf"(?P<first>{_NAME})(?:[ \t]*,[ \t]*(?P<middle>{_NAME}))?"
    rf"[ \t]*,?[ \t]+(?:and|or)[ \t]+(?P<last>{_NAME})"
)
# "the airline SAS", "the charity Mind", "the regulator Ofcom": one name right after
# the singular kind of body it is (no possessive: "the regulator Ofgem's Standards ...")
_ONE_AFTER_KIND = re.compile(
    r"\b[Tt]he[ \t]+(?:airline|retailer|charity|bank|insurer|regulator|supermarket|"
    r"carrier|courier|broadcaster|lender|manufacturer|ombudsman|telco|publisher)[ \t]+"
    r"(?P<name>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})(?![\w&'’-])"
)
# "GAMSTOP, the national online self-exclusion scheme": a name and, after a comma, the
# kind of body or scheme it is
_SAID_TO_BE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Z0-9]{2,9}|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}),[ \t]+"
    r"(?:the|a|an)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,4}"
    r"(?:scheme|charity|helpline|regulator|ombudsman|organisation|body|company|firm|"
    r"association|provider)(?=[ \t]*[,.;:)]|[ \t]+(?:and|that|which|who|for|run)\b)"
)
# "a stand at the NEC in Birmingham": an acronym one is at, in a town, is a place
_VENUE = re.compile(r"\bat[ \t]+the[ \t]+(?P<acronym>[A-Z][A-Z0-9]{1,7})[ \t]+in[ \t]+[A-Z][a-z]+")
# "authorised push payment (APP) fraud": a crime is no model, nor are its initials
_CRIME = re.compile(
    r"(?P<acronym>[A-Z][A-Z0-9]{1,7})\)[ \t]+(?:fraud|frauds|scam|scams|crime|crimes|"
    r"offence|offences)\b"
)
# "Fogg's behaviour model (B=MAP)": the letters of a formula name no model
_FORMULA = re.compile(r"\b[A-Z][ \t]*=[ \t]*(?P<acronym>[A-Z]{2,8})\b")
# "Solicitors, RELs and RFLs": an acronym in the plural counts things, as "a PAC" does
_PLURAL_ACRONYM = re.compile(r"(?<![\w-])(?P<acronym>[A-Z]{2,7}s)\b")


def find_organisations(text: str) -> Iterator[Candidate]:
    """Every name ``text`` presents as an organisation, every acronym it counts, and the
    acronyms of products and formulas."""
    for pattern in (_PRODUCT_ACRONYM, _FORMULA, _PLURAL_ACRONYM):
        for match in pattern.finditer(text):
            yield Candidate(match["acronym"], Rule.COUNTED)
    for match in _ACRONYM_S_PEOPLE.finditer(text):
        yield Candidate(match["acronym"], Rule.ORGANISATION)
    if " a" in text or " e" in text or "(a" in text:
        for match in _COUNTED_ACRONYM.finditer(text):
            yield Candidate(match["acronym"], Rule.COUNTED)
            if match["other"]:
                yield Candidate(match["other"], Rule.COUNTED)
    if " of " in text or " at " in text:
        for match in _PERSON_OF.finditer(text):
            first, surname = match[0].split()[:2]
            if not ({first.casefold(), surname.casefold()} & _NOT_PEOPLE):
                yield Candidate(match["acronym"], Rule.ORGANISATION)
    if " or " in text:
        for match in _BODY_OR_ACRONYM.finditer(text):
            if names_no_model(match["name"]):
                yield Candidate(match["acronym"], Rule.ORGANISATION)
        for match in _ACRONYM_OR_BODY.finditer(text):
            words = match["name"].split()
            # "Trinity College London": a body's name, maybe with its place after it
            if any(names_no_model(" ".join(words[:end])) for end in range(2, len(words) + 1)):
                yield Candidate(match["acronym"], Rule.ORGANISATION)
    if (
        "ed on " in text
        or "ed in " in text
        or "eld on " in text
        or "eld in " in text
        or "ept on " in text
    ):
        for match in _RECORDED_ON.finditer(text):
            yield Candidate(match["acronym"], Rule.COUNTED)
    if " by " in text and ", " in text:
        for match in _SERVICE_RUN_BY.finditer(text):
            yield Candidate(match["name"].removeprefix("The "), Rule.ORGANISATION)
            if match["acronym"]:
                yield Candidate(match["acronym"], Rule.ORGANISATION)
    if ", wh" in text:
        for match in _ACRONYM_WHICH_RUNS.finditer(text):
            yield Candidate(match["acronym"], Rule.ORGANISATION)
    for match in _ACRONYM_DOES_A_BODY_S_WORK.finditer(text):
        yield Candidate(match["acronym"], Rule.ORGANISATION)
    if " to " in text and ("scalat" in text or "omplain" in text or "ppeal" in text):
        for match in _ESCALATED_TO.finditer(text):
            yield Candidate(match["body"], Rule.ORGANISATION)
            if match["other"]:
                yield Candidate(match["other"], Rule.ORGANISATION)
    if "ampaign" in text:
        for match in _CAMPAIGN.finditer(text):
            # a law's campaign is about the law ("an Equality Act campaign"), but "Act
            # FAST" opens with a verb
            if not _A_LAW.fullmatch(match["name"].split()[-1]):
                yield Candidate(match["name"], Rule.ORGANISATION)
    if " as a" in text:
        for match in _AS_A_MARK.finditer(text):
            yield Candidate(match["name"], Rule.ORGANISATION)
            yield from _acronyms_within(match["name"])
    if " and " in text:
        for match in _BODY_AND_ACRONYM_BESIDE.finditer(text):
            if names_no_model(match["name"]):
                yield Candidate(match["acronym"], Rule.ORGANISATION)
    for match in _BODY_ACRONYM.finditer(text):
        yield Candidate(match["acronym"], Rule.ORGANISATION)
        if match["other"]:
            yield Candidate(match["other"], Rule.ORGANISATION)
    if ", the " in text or ", a" in text:
        for match in _SAID_TO_BE.finditer(text):
            yield Candidate(match["name"], Rule.ORGANISATION)
    if "at the " in text:
        for match in _VENUE.finditer(text):
            yield Candidate(match["acronym"], Rule.ORGANISATION)
    if "evel" in text:
        for match in _LEVEL.finditer(text):
            yield Candidate(match["acronym"], Rule.COUNTED)
    if "ontain" in text or "free of" in text:
        for match in _CONTAINED.finditer(text):
            yield Candidate(match["acronym"], Rule.COUNTED)
    for match in _ONE_AFTER_KIND.finditer(text):
        if not _numbered(match["name"]):
            yield Candidate(match["name"].rstrip("."), Rule.ORGANISATION)
    for match in _NAMED_AFTER_KIND.finditer(text):
        for name in (match["first"], match["middle"], match["last"]):
            if name is not None and not _numbered(name):
                yield Candidate(name.rstrip("."), Rule.ORGANISATION)
    if "-" in text:
        for match in _APPROVED_BY.finditer(text):
            yield Candidate(match["acronym"], Rule.ORGANISATION)
        if "-UK" in text:
            for match in _UK_BODY.finditer(text):
                yield Candidate(match[0], Rule.ORGANISATION)
    if any(word in text for word in _PERSON_HINTS):
        for match in _PERSON_AT_WORK.finditer(text):
            person = match["person"] or match["remembered"] or match["named"] or match["died"]
            yield Candidate(person, Rule.ORGANISATION)
    if (
        " by " in text
        or " through " in text
        or " ran " in text
        or " led " in text
        or "ounded " in text
        or "members of " in text
        or "member of " in text
        or "membership of " in text
        or "belongs to " in text
        or "ed with " in text
    ):
        for match in _RUN_BY.finditer(text):
            owner = (
                match["owner"]
                or match["company"]
                or match["publisher"]
                or match["membership"]
                or match["register"]
            ).rstrip(".")
            if not _numbered(owner):
                yield Candidate(owner, Rule.ORGANISATION)
                if match["second"] and not _numbered(match["second"]):
                    second = match["second"].rstrip(".")
                    yield Candidate(second, Rule.ORGANISATION)
                    # "RNIB and Guide Dogs", which the rule for capitals reads as one
                    yield Candidate(
                        text[match.start("owner") : match.end("second")], Rule.ORGANISATION
                    )
    if "(" in text:
        for match in _CRIME.finditer(text):
            yield Candidate(match["acronym"], Rule.ORGANISATION)
        for pattern in (_UNIT_AND_ACRONYM, _PRODUCT_AND_ACRONYM):
            for match in pattern.finditer(text):
                yield Candidate(match["name"], Rule.ORGANISATION)
                yield Candidate(match["acronym"], Rule.ORGANISATION)
        for match in _BODY_AND_ACRONYM.finditer(text):
            # "the Office of the Independent Adjudicator for Higher Education (OIA)":
            # a body's acronym is no model, even where no rule reads it as the body's
            if names_no_model(match["name"]):
                yield Candidate(match["acronym"], Rule.ORGANISATION)
        for match in _NOW_PART_OF.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
            if before is not None and not (_numbered(before[0]) or _numbered(match["owner"])):
                yield Candidate(before[0], Rule.ORGANISATION)
                yield Candidate(match["owner"], Rule.ORGANISATION)
    if " as " in text or " like " in text or "including" in text or "e.g." in text:
        for match in _EXAMPLES.finditer(text):
            # "Royal Mail, Evri (formerly Hermes) and DPD": a bracket inside the list
            # says more of one item, it does not end the list
            window = text[match.end() : match.end() + 300]
            rest = _ASIDE.sub("", window)
            end = _LIST_END.search(rest)
            listed = rest[: end.start() if end else len(rest)]
            for item in _ITEMS.split(listed)[:_MOST_ITEMS]:
                # "providers such as the AA, the RAC or Green Flag"
                name = _ONE_NAME.match(item.removeprefix("the "))
                if name is None:
                    break  # "ASOS, Amazon or a small seller": the names end the list
                if _A_LAW.search(name[0]):
                    continue  # "products, including the Licensing Act 2003": a law's
                yield Candidate(name[0], Rule.ORGANISATION)
                if "(" in window:
                    at = window.find(name[0])
                    aside = _ACRONYM_ASIDE.match(window, at + len(name[0])) if at >= 0 else None
                    if aside is not None:
                        yield Candidate(aside["acronym"], Rule.ORGANISATION)
                yield from _acronyms_within(name[0])


def _acronyms_within(name: str) -> Iterator[Candidate]:
    """ "NICE IEX", "the PIF TICK": the acronyms in a product's or a mark's name of two
    words or more are its maker or itself, no models."""
    words = name.split()
    if len(words) > 1:
        for word in words:
            if word.isupper() and len(word) > 1:
                yield Candidate(word, Rule.ORGANISATION)


# words that make "X Y of ACR" a model or a body's part, not a person of a company
_NOT_PEOPLE = HEADS | BODY_WORDS | ROLE_WORDS | FUNCTION_WORDS | {"code", "version", "part"}


def _numbered(name: str) -> bool:
    """ "ISO 44001:2017 (formerly BS 11000)": a standard or a law renamed, not a company."""
    return any(character.isdigit() for character in name)
