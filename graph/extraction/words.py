"""The word lists the rules read: model words, function words, openers, organisations, roles."""

from __future__ import annotations

import functools
import re

__all__ = [
    "BODY_WORDS",
    "CAPITAL_ONLY_HEADS",
    "CONNECTORS",
    "COUNT_WORDS",
    "EPONYM_HEADS",
    "EPONYM_TAILS",
    "FUNCTION_WORDS",
    "GENERIC_ADJECTIVES",
    "HEADS",
    "LEGAL_HEADS",
    "LOWER_CASE_HEADS",
    "MODEL_LIKE_TAILS",
    "NAME_JOINERS",
    "ORGANISATION_WORDS",
    "PLACE_WORDS",
    "REFERRED_KINDS",
    "ROLE_FIRST_WORDS",
    "ROLE_WORDS",
    "SENTENCE_OPENERS",
    "SINGULAR_HEADS",
    "STANDARDS_BODIES",
    "STRONG_HEADS",
    "TITLE_BEFORE_SUBJECT",
    "WEAK_HEADS",
    "WHOLE_NAME_ENDS",
    "names_no_model",
]

# Words that mark a name as a model when they follow it.
STRONG_HEADS = frozenset(
    "model framework cycle chain paradox matrix theory diagram scale index scorecard "
    "hierarchy grid funnel wheel pyramid triangle canvas mnemonic curve equation "
    "paradigm".split()
)
# Model words that make a lower-case name after "the" a model: "the service recovery
# paradox", but not "the regulatory framework" or "the evaluation framework", which
# are generic; a framework needs a proper name ("the Cynefin framework").
LOWER_CASE_HEADS = STRONG_HEADS - {"framework"}
# Words that mark a model only after a capitalised, quoted or acronym name.
WEAK_HEADS = frozenset(
    "analysis method methodology score technique approach principle act regulation "
    "directive standard charter rule law effect protocol code tool toolkit formula "
    "convention guideline window test loop triad factor ladder continuum indicator survey "
    "guide benchmark clause taxonomy book manual handbook checklist drill interview "
    "inventory questionnaire byelaw bylaw constitution classification".split()
)
# Model words that are verbs too when plural ("Porter's Five Forces tests how ...",
# "the model factors in ..."): heads only in the singular.
SINGULAR_HEADS = frozenset("window test loop triad factor ladder continuum indicator guide".split())
# Heads only when capitalised: "the CAP Code", but not "the society's code of conduct";
# "the Equality Act", but not "the Duty requires firms to act"; "the Gatsby Benchmarks"
# and "the Baker Clause", but not "the industry benchmark" or "a clause of the contract";
# "the Equal Treatment Bench Book" (guidance), but not "book a table".
CAPITAL_ONLY_HEADS = frozenset(
    {
        "code",
        "survey",
        "act",
        "order",
        "bill",
        "benchmark",
        "clause",
        "book",
        "interview",
        "inventory",
        "questionnaire",
        # "the Railway Byelaws 2005", but not "the park's byelaws"
        "byelaw",
        "bylaw",
        # "the NHS Constitution", but not "the club's constitution"
        "constitution",
    }
)
HEADS = STRONG_HEADS | WEAK_HEADS

CONNECTORS = frozenset({"of", "and", "for", "the", "to", "in", "on", "at", "&"})
# Counts in words, as names hold them: "the five-point scale", "Tilden's six principles"
COUNT_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
# Words that are never part of a name, so they end a run of modifiers.
FUNCTION_WORDS = frozenset(
    """a an the this that these those it its they them their there here we our you your
    he she his her i me my what which who whom whose how why when where whether if
    then than so as at by for from in into of off on onto or and nor but with without
    within about above across after against along among around before behind below
    beneath beside besides alongside amid amongst between beyond during except inside near
    over past since through though although unless whilst because
    throughout till toward towards under until up upon via is are was were be been being
    am do does did done doing have has had having can could may might must shall should
    will would not no yes only also just even very too such each every either neither
    both all any some many much more most few less least other another same own""".split()
)
# Adjectives that describe rather than name ("the complete cycle").
GENERIC_ADJECTIVES = frozenset(
    """complete whole entire full clear same following above below key main basic
    overall new different various several specific general generic simple common
    relevant appropriate suitable effective efficient good best better strong weak
    structured systematic recognised recognized established traditional modern
    theoretical practical conceptual proposed chosen wider broader broad narrow
    appropriate particular typical standard formal informal own certain regulatory
    statutory legal eventual actual final initial original newer older newest oldest
    latest earlier revised updated""".split()
)
# Capitalised only because they open a sentence.
SENTENCE_OPENERS = (
    frozenset(
        """use apply award credit assess look expect require provide demonstrate explain
    describe identify evaluate analyse analyze compare contrast discuss outline structure
    support focus link relate map ensure remember consider include avoid define show give
    make mention reference cite highlight emphasise emphasize distinguish practise
    practice revise read write plan check learn know understand recognise recognize marks
    mark evidence candidates candidate students student learners learner always never
    often sometimes answers answer questions question examiners examiner assessors
    assessor responses response note try take keep draw state list justify illustrate
    propose recommend review reflect create develop build manage measure monitor
    confusing assuming failing ignoring overlooking focusing neglecting underestimating
    misinterpreting treating believing thinking seeing refer quote name set
    finish present sketch calculate prepare""".split()
    )
    | FUNCTION_WORDS
)
# Last words of names that are organisations, not models ("Financial Ombudsman Service").
ORGANISATION_WORDS = frozenset(
    """service services ombudsman authority office commission council agency institute
    institution association society department ltd plc inc limited university college
    bank trust foundation group company corporation project""".split()
)
# Last words of job titles ("General Manager", "Customer Service Adviser").
ROLE_WORDS = frozenset(
    """manager managers director directors officer officers executive executives assistant
    assistants adviser advisers advisor advisors supervisor supervisors leader leaders
    coordinator coordinators administrator administrators president chair chairman
    representative representatives agent agents""".split()
)
# First words of job titles ("Head of Operations", "Director of Customer Experience").
ROLE_FIRST_WORDS = frozenset({"head", "director", "chief", "manager", "minister", "secretary"})

# Joining words allowed inside a capitalised name before a head ("Hierarchy of Effects
# Model", "Freedom of Information Act"); "and" is left out: "PESTLE and SWOT analysis"
# names two things.
NAME_JOINERS = frozenset({"of", "for"})


LEGAL_HEADS = frozenset(
    {"act", "regulation", "directive", "order", "bill", "code", "byelaw", "bylaw"}
)
# What a document calls a law or a code of its own by the kind alone ("the Act", "the
# Code of Practice"), longest first: :mod:`graph.references` reads each in its
# document, so none is a second name corpus-wide.
REFERRED_KINDS = (
    "Code of Practice",
    *"""Act Regulations Order Rules Directive Code Duty Guide Standard Standards Charter
    Convention Framework Guidance Measure Byelaws Bylaws Protocol""".split(),
)


# A run that ends in one of these names one thing, however many "and"s it holds.
WHOLE_NAME_ENDS = HEADS | {"act", "bill", "order", "regulation", "regulations", "guidance"}

# "Monday in London", "Manager at Tesco": a run joined by these is two names unless the
# vocabulary knows the whole ("Health and Safety at Work Act", "Investors in People").
PLACE_WORDS = frozenset({"in", "on", "at", "to"})

# Acronyms of standards bodies: their numbers name standards ("ISO 9001", "BS 8477"),
# never a year of one thing, and "BS ISO 22458" adopts "ISO 22458".
STANDARDS_BODIES = frozenset(
    {"ISO", "IEC", "BS", "EN", "PAS", "BSI", "CEN", "ANSI", "DIN", "IEEE", "NIST", "ETSI"}
)

# Plural nouns that end a model credited to a person, as a model word does: "Belbin's
# team roles", "Tuckman's stages of group development", "Porter's five forces".
STRUCTURE_NOUNS = frozenset(
    """stage step level role force factor style dimension phase pillar principle
    discipline law type habit event taxonomy realm key maxim task proposition""".split()
)
# Words that name a model only right after a person's possessive (a word between at
# most): "Betari's box", "Occam's razor", "Nielsen's heuristics", "Rogers' core
# conditions" (but not "the ballot box", nor "Bitner's servicescape links ambient
# conditions").
EPONYM_HEADS = frozenset({"box", "razor", "heuristics", "condition"})
EPONYM_TAILS = HEADS | STRUCTURE_NOUNS | EPONYM_HEADS
# What "Kotter's model" or "Herzberg's theory" may stand for: a person's model,
# theory or stages, not an analysis, a score or a law of theirs.
MODEL_LIKE_TAILS = STRONG_HEADS | STRUCTURE_NOUNS | {"approach"}

# Last words of the names of organisations and public bodies ("Civil Aviation
# Authority", "Money Advice Trust", "Citizens Advice Bureau").
BODY_WORDS = frozenset(
    """authority office commission commissioner council agency institute institution
    association society department ombudsman regulator university college bank trust
    foundation corporation company ltd plc inc limited federation union board bureau
    ministry organisation organization charity partnership alliance network forum
    team division directorate committee panel consortium airlines airways inspectorate
    confederation provider providers syndicate academy
    treasury centre centres center centers police constabulary""".split()
)
# Last words of job titles, besides ROLE_WORDS ("Data Protection Officer", "Scrum
# Master", "Caldicott Guardian", "Product Owner").
_MORE_ROLE_WORDS = frozenset(
    """analyst analysts specialist specialists consultant consultants controller
    controllers champion champions ambassador ambassadors owner owners master masters
    guardian guardians inspector inspectors auditor auditors clerk clerks receptionist
    receptionists concierge trainer trainers coach coaches mentor mentors walker walkers
    lead leads planner planners instructor instructors teacher teachers tutor tutors
    technician technicians engineer engineers examiner examiners adjudicator
    adjudicators advocate advocates""".split()
)
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)
_NO_MODEL_ENDS = (
    BODY_WORDS
    | ROLE_WORDS
    | _MORE_ROLE_WORDS
    | _CALENDAR_WORDS
    # a language, a product sold ("Payment Protection Insurance"), a database ("Motor
    # Insurance Database", "Claims and Underwriting Exchange"), a register of people
    # ("Priority Services Register", "Gas Safe Register": thirteen times no model in the
    # gold sets, five times left grey, twice a model)
    | {"language", "languages", "insurance", "database", "databases", "exchange"}
    | {"register", "registers"}
    # a file of records ("the Postcode Address File")
    | {"file", "files"}
    # where customers are served ("the Guest Services Desk")
    | {"desk", "desks", "counter", "counters"}
    # a payment to people ("Disabled Students' Allowance"), a card people carry
    # ("Global Health Insurance Card")
    | {"allowance", "allowances", "card", "cards"}
    # a product bought or a benefit paid ("Personal Contract Purchase", "Personal
    # Independence Payment"), and who runs a network ("Distribution
    # Network Operator")
    | {"hire", "purchase", "lease", "loan", "loans", "payment", "payments", "grant", "grants"}
    | {"operator", "operators"}
    # a day or a week of the calendar ("World Book Day", "Independent Bookshop Week"),
    # and tokens or vouchers sold ("National Book Tokens")
    | {"day", "days", "week", "token", "tokens", "voucher", "vouchers"}
    # a product added to a contract ("Collision Damage Waiver")
    | {"waiver", "waivers"}
    # a permission or a document issued to someone ("a Temporary Event Notice", "a
    # Voter Authority Certificate"): three times no model in the gold sets, never a model
    | {"notice", "notices", "licence", "licences", "license", "licenses", "permit", "permits"}
    | {"certificate", "certificates", "passport", "passports"}
    # a form someone fills in ("a consent form", "the Home Oxygen Order Form"): three
    # times no model in the gold sets, never a model
    | {"form", "forms"}
    # a kind of vehicle ("wheelchair-accessible vehicles (WAVs)")
    | {"vehicle", "vehicles"}
    # a thing handed over or worn ("a security tamper-evident bag (STEB)", "the
    # Sunflower lanyard"): four times no model in the gold sets, never a model
    | {"bag", "bags", "lanyard", "lanyards", "wristband", "wristbands"}
    # a place a rule applies in ("the Ultra Low Emission Zone", "Clean Air Zones"):
    # twice no model in the gold sets, never a model ("the Zone of Tolerance" ends
    # otherwise)
    | {"zone", "zones"}
    # a condition someone has ("obstructive sleep apnoea (OSA)", "irritable bowel
    # syndrome"): never a model in the gold sets
    | {"apnoea", "apnea", "syndrome", "disorder", "disorders", "disease", "diseases"}
    | {"dementia", "diabetes", "infection", "infections"}
    # money a body hands out ("the Household Support Fund (HSF)", "Art Fund"): nine
    # times no model in the gold sets, never a model
    | {"fund", "funds"}
    # a price or a payment a scheme promises ("the Feed-in Tariff", "the Smart Export
    # Guarantee": seven times no model in the gold sets, five times grey, once a model)
    | {"tariff", "tariffs", "guarantee", "guarantees"}
    # pay a law or an employer owes someone ("Statutory Sick Pay", "Direct Pay")
    | {"pay"}
    # an event and a prize ("the National Model Railway Exhibition", "the UK Customer
    # Experience Awards"; a show or a fair: _EVENT_END)
    | {"exhibition", "exhibitions", "festival", "festivals", "expo", "conference"}
    | {"conferences", "championship", "championships", "award", "awards", "prize", "prizes"}
)
_LABEL = re.compile(
    r"(?:Band|Tier|Level|Grade|Stage|Phase|Category|Group|Class|Zone|Year|Priority|Step|Type)"
    r"[ \t]+(?:[A-Z]|[0-9]{1,2})"
)
# "the Ideal Home Show", "the Great Yorkshire Show": a show or a fair, not a "no-show"
_EVENT_END = re.compile(r"(?<![\w-])(?:Show|Shows|Fair|Fairs)\Z")
# "Institute of Customer Service", "Department for Work and Pensions", "Office for
# Students": a body's name holds "<body word> of/for" anywhere; and "Financial
# Ombudsman Service" ends in one (not "the Housing Ombudsman's Complaint Handling Code").
_BODY_OF = re.compile(
    r"\b(?:institute|institution|office|department|ministry|commission|commissioner|council|"
    r"association|society|bank|board|college|university|federation|union|authority|"
    r"agency|ombudsman|chamber|confederation|regulator|transport|centre|centres|center|"
    # "Audit Bureau of Circulations", "Campaign for Responsible Rodenticide Use",
    # "Committee of Advertising Practice"
    # "Organisation for Economic Co-operation and Development"
    r"bureau|campaign|committee|academy|provider|organisation|organization)\s+"
    r"(?:of|for)\b|\bombudsman\s+services?$",
    re.IGNORECASE,
)


_ROLE_OF = re.compile(
    r"\b(?:officer|officers|director|directors|manager|managers|head|controller|"
    r"commissioner|secretary|minister|inspector)\s+(?:of|for)\b",
    re.IGNORECASE,
)


# Plural nouns for people that open the name of a group of them ("Passengers with
# Reduced Mobility", "Customers in Vulnerable Circumstances"): a group is no model.
_PEOPLE = frozenset(
    """people persons passengers customers users patients consumers employees tenants
    residents citizens members visitors clients students learners children adults carers
    travellers shoppers callers""".split()
)
# Words before "Service" that make it a body: what it offers or who runs it.
_SERVICE_BODY = frozenset(
    """advice advisory liaison helpline counselling conciliation arbitration mediation
    government civil public national health ambulance fire police probation prison courts
    citizens ombudsman preference pensions protection adjudication complaints complaint
    customs border immigration passport visa tax registration transport relay
    interpreting translation licensing inspection appeals""".split()
)


# what a service that is a model is: "grade of service", "Knowledge-Centred Service"
_A_WAY_OF_SERVICE = frozenset({"of", "centred", "centered", "a"})
# where a body works, or is, after its name: "Hire Association Europe", "Trinity College
# London", "National Records of Scotland"
_WORKS_IN = frozenset({"uk", "international", "global", "worldwide", "europe"})
_OF_A_PLACE = re.compile(
    r"[ \t](?:of|for)[ \t]+(?:the[ \t]+)?(?:Scotland|Wales|England|Northern[ \t]+Ireland|"
    r"Ireland|Great[ \t]+Britain|Britain|UK|London)\Z"
)
# the nations of the United Kingdom, by one word each ("Northern" opens Northern Ireland)
NATIONS = frozenset({"england", "wales", "scotland", "ireland", "northern"})
_NATION_AND_WORD = re.compile(
    r"(?:UK|British|Britain|England|English|Scottish|Scotland|Welsh|Wales|Irish)[ \t]+"
    r"[A-Z][a-z]+"
)
_BODY_PLACES = frozenset(
    "europe international global worldwide uk britain england scotland wales ireland london".split()
)
# what a scheme that is no model does: pay out, hold deposits, settle disputes, register
# or lend ("the Tenancy Deposit Scheme", "the Property Redress Scheme", "the Caravan
# Registration and Identification Scheme"), unlike one that sets standards
_PAYS_OUT = frozenset(
    """compensation costs payment payments grant grants refund refunds redress deposit
    deposits adjudication purchase registration identification loan loans certification
    approval""".split()
)
_LAW_ENDS = frozenset({"act", "acts", "regulations", "regulation", "directive", "order", "bill"})

# Products whatever their case: "Cloud Video Platform", "Customer Data Platform", a
# "Patient Portal" (the "Housing Health and Safety Rating System" is a scheme, so a
# capitalised "System" is left to other signs).
_PRODUCTS_IN_ANY_CASE = frozenset("platform platforms app apps software portal portals".split())
_PRODUCT_WORDS = _PRODUCTS_IN_ANY_CASE | frozenset(
    """system systems software platform platforms app apps application applications
    meter meters device devices terminal terminals kiosk kiosks display displays card
    cards waiver waivers""".split()
)
# "Common European Framework of Reference for Languages": languages are what the name
# is about, not what it is
# "the GDC Standards for the Dental Team", "the Code of Practice for Victims of Crime":
# what a title is for ends it, and says nothing of what it is
# "the Code of Practice for ...", "the National Standards for Enforcement Agents": a
# title's kind before what or whom it is for
TITLE_BEFORE_SUBJECT = re.compile(
    r"\b(?:standards?|codes?|guides?|charters?|frameworks?|principles|laws?)\s+(?:for|of|on|to)\s",
    re.IGNORECASE,
)
_ENDS_IN_A_CODE = re.compile(r"\)[ \t]+(?:Code|Charter)(?:[ \t]+of[ \t]+(?:Practice|Conduct))?\Z")
_BODY_OWNS = re.compile(r"(?P<owner>[A-Z][^'’]*?)['’]s[ \t]+(?P<owned>[A-Z].*)")
# ("the Decision-Making Unit" is a model: a compound says what the unit does)
_A_UNIT = re.compile(r"(?:\A|[ \t])[A-Z][\w'’]*[ \t]+Units?\Z")
_A_CASE = re.compile(r"[A-Za-z)][ \t]+v\.?[ \t]+[A-Z]")
_LANGUAGES_AS_SUBJECT = re.compile(r"\b(?:for|of)\s+(?:\w+\s+)?languages?\Z", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)  # a corpus names the same things again and again
def names_no_model(surface: str) -> bool:
    """True when a name's own words say it is no model.

    An organisation or a public body ("Financial Conduct Authority", "Royal National
    Institute of Blind People"), a team or a department, a job title ("Data Protection
    Officer"), a language ("British Sign Language"), a day or a month ("Giving
    Tuesday"), a group of people ("Passengers with Reduced Mobility"), a card ("Global
    Health Insurance Card"), a product ("Cloud Video Platform", "Personal Contract
    Purchase"), a benefit ("Personal Independence Payment"). "Service" ends
    bodies ("Government Digital Service") and methods ("Knowledge-Centred Service")
    alike: it says a body only after a word for what bodies offer or who runs them
    ("Patient Advice and Liaison Service"); "Services" always names what is offered.
    """
    if _A_CASE.search(surface) is not None:
        return False  # "Montgomery v Lanarkshire Health Board": a court case, no board
    owned = _BODY_OWNS.fullmatch(surface)
    if owned is not None and names_no_model(owned["owner"]):
        # "the College of Policing's Code of Ethics": what a body owns is what it is
        return names_no_model(owned["owned"])
    words = re.findall(r"[^\W\d_]+", surface.casefold())
    return (
        bool(words)
        and (
            (
                words[-1] in _NO_MODEL_ENDS
                and not _LANGUAGES_AS_SUBJECT.search(surface)
                and not TITLE_BEFORE_SUBJECT.search(surface)
            )
            # a group of people, but not a law for them ("Children and Families Act")
            # nor the code or charter of one ("the Children's Code")
            or (
                len(words) > 1
                and words[0] in _PEOPLE
                and words[-1] not in _LAW_ENDS
                # nor a specification or a code for them
                and HEADS.isdisjoint(words)
                and "specification" not in words
            )
            # (but a body's code is a code: "the British Association of Removers (BAR)
            # Code of Practice")
            or (_BODY_OF.search(surface) is not None and _ENDS_IN_A_CODE.search(surface) is None)
            # "Band A", "Tier 2", "Year 11": a label of a band, a tier or a year group
            or _LABEL.fullmatch(surface.strip()) is not None
            # "the Child Protection in Sport Unit", "the Extra Help Unit": a capitalised
            # unit is a team (but "the decision-making unit" is a model)
            or _A_UNIT.search(surface) is not None
            # "the Register of Accredited Memorial Fixers": a register of people, its
            # kind first
            or (len(words) > 2 and words[0] in {"register", "registers"} and words[1] == "of")
            # "Hire Association Europe", "Trinity College London": a body and its place
            or (len(words) > 2 and words[-1] in _BODY_PLACES and words[-2] in BODY_WORDS)
            # "National Records of Scotland", "Transport for London": a name of a place
            # whose other words name no model is a body's
            or (
                len(words) > 2
                and _OF_A_PLACE.search(surface) is not None
                and HEADS.isdisjoint(words)
            )
            # "Assistance Dogs UK", "Cancer Research UK", "VFS Global": a name that ends
            # in where it works is a body's (43 times no model in the gold sets, once a
            # model), unless a model word says otherwise
            or (len(words) > 1 and words[-1] in _WORKS_IN and HEADS.isdisjoint(words))
            # "UK Athletics", "British Canoeing", "England Golf", "British Gas": a nation
            # and one word that is no model word (13 times no model in the gold sets,
            # never a model; not "UK GDPR")
            or (_NATION_AND_WORD.fullmatch(surface.strip()) is not None and words[-1] not in HEADS)
            # "Student Finance Wales", "Sport England", "Natural Resources Wales": a name
            # that ends in its nation is a body's (37 times no model in the gold sets,
            # never a model; not "the Curriculum for Wales", nor a code "in England")
            or (
                len(words) > 1
                and words[-1] in NATIONS
                and words[-2] not in {"for", "in", "and", "of"}
                and HEADS.isdisjoint(words)
            )
            # "Compliance Officer for Legal Practice", "Director of Customer Experience"
            or _ROLE_OF.search(surface) is not None
            or (len(words) > 1 and _EVENT_END.search(surface) is not None)
            or (words[-1] == "service" and not _SERVICE_BODY.isdisjoint(words[:-1]))
            # "the Theft Risk Assessment Service": a service is what a body offers (132
            # times no model in the gold sets), but not a measure or a way of serving
            # ("grade of service", "Knowledge-Centred Service": the models among them)
            or (
                len(words) > 1
                and words[-1] == "service"
                and surface[:1].isupper()
                and words[-2] not in _A_WAY_OF_SERVICE
            )
            # "General Ophthalmic Services": services are what a body or a scheme offers
            or (words[-1] == "services" and len(words) > 1)
            # "the Financial Services Compensation Scheme", "the Healthcare Travel Costs
            # Scheme": a fund that pays out, or a register
            or (words[-1] == "scheme" and not _PAYS_OUT.isdisjoint(words[:-1]))
            or words[-1] in _PRODUCTS_IN_ANY_CASE
            # "property management system (PMS)", "prepayment meter (PPM)": a product or a
            # device written in lower case ("Housing Health and Safety Rating System" is a
            # scheme)
            or (surface[:1].islower() and words[-1] in _PRODUCT_WORDS)
        )
    )
