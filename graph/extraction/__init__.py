"""Finding named models and quoted terms in prose, and normalising their names.

Extraction works in two passes (see :mod:`graph.build`):

1. :func:`find_candidates` applies general rules to a piece of prose and returns the
   names it sees, with the evidence that ties names together (an acronym and its
   expansion, "the AIDA model" and "AIDA").
2. :class:`MentionMatcher` then finds every known name (candidates, key concepts and
   the vocabulary) in any text, longest match first, so that a name found in one
   topic is recognised wherever it is written.

The rules, in order:

* **acronyms**: ``NPS``, ``KPIs``, ``PRINCE2``, ``ISO 9001`` (minus the vocabulary's
  not-model words such as HR or IT); a version or a law's year is the same thing (``ITIL
  4``, ``CRA 2015``), a standard's number and a rule book's inserted chapter (``PRIN
  2A``) another one, and a national adoption of a standard is that standard, part and
  all (``BS ISO 22458``, ``BS EN 1645-1``, ``BS EN 81-20``, ``NIST SP 800-88``, ``ETSI
  EN 303 645``, a number in groups of three, a part with a letter: ``NIST SP 800-63B``),
  and so is its edition (``BS ISO 22458:2022``); a joint standard is named by ISO alone
  too (``ISO/IEC 27001`` is ``ISO 27001``), and a series' paired number is one name
  (``HTM 01-04``); a number and the letter its words open with is a mnemonic, named as
  written (``the 6Cs``), and so is a count and a capital's plural (``the 5 Rs``, ``the
  three Rs of recovery``); capitals after an "e" are letters too (``a quarterly eNPS``),
  and the parts of what letters name are another name of it (``the RATER
  dimensions``);
* **definitions**: an acronym and its expansion in parentheses, either way round: ``Net
  Promoter Score (NPS)``, ``NPS (Net Promoter Score)``, also with a year (``Equality Act
  2010 (EqA 2010)``, and a dated law's title that the letters spell before its year:
  ``the New Roads and Street Works Act 1991 (NRSWA)``) or lower-case letters inside
  (``RoHS``, ``MiCA``: these count as acronyms only where defined); the pieces a
  capitalised run splits a defined name into belong to it (``Crypto-Assets``); an
  expansion that spells the acronym word by word (``LATER (Listen, Apologise, ...)``) is
  a mnemonic and becomes the model's description and another name of it (not where its
  last word is a role: ``..., Champion``) (an item may spell its letter by a capital
  inside it: ``TEXAS (Thank, Explain, eXplicit consent, Ask, Signpost)``); an acronym
  hyphenated to a capitalised word is part of one name, no acronym alone (``the
  STOP-Bang questionnaire``, whose lower-case questionnaire names it, with it or
  without); a loose gloss of an acronym the vocabulary already knows (``customer
  satisfaction (CSAT)``) is not taken as its definition; an X may stand for a word
  opening "ex" (``experience level agreements (XLAs)``), single capitals hyphenated to
  an acronym are one (``E-S-QUAL``, ``C-MeX (the customer measure of experience)``), and
  a colon may stand inside a title (``Insurance: Conduct of Business sourcebook
  (ICOBS)``), also after "the", in brackets after the acronym (``ICOBS (the Insurance:
  Conduct of Business sourcebook)``) or between commas (``MCOB, the Mortgages and Home
  Finance: Conduct of Business sourcebook,``; ``C-MeX, the Customer Measure of
  Experience``, and after a body's possessive, with "the" or without: ``ICOBS, the FCA's
  Insurance: Conduct of Business sourcebook,``, ``C-MeX, Ofwat's Customer Measure of
  Experience``), also when the letters spell a law's title without its kind and year
  (``COSHH, the Control of Substances Hazardous to Health Regulations 2002``), or after
  "or" (``HACCP, or Hazard Analysis and Critical Control Points,``); a standard's code
  number names the title before it (``the Accessible Information Standard (DCB1605)``,
  and a long title without a model word: ``Managing Health and Safety in Swimming Pools
  (HSG179)``), a word clipped from a name's words is one of its names (``Semantic
  Versioning (SemVer)``), and mixed-case or hyphenated letters with a name's last
  words spell the rest of it (``the Learning Outside the Classroom Quality Badge (LOtC
  Quality Badge)``, ``Service-dominant logic (S-D logic)``, and ``S-D`` alone is S-D
  logic),
  two acronyms in brackets may spell one title together (``(PRM TSI)``), and letters
  read inside a title's parenthesis mean the whole title (``the Consumer Contracts
  (Information, Cancellation and Additional Charges) Regulations 2013 (CCRs)``), a
  capital hyphenated to a mixed-case acronym is one (``the customer measure of
  experience (C-MeX)``), and a capitalised word before the words an acronym spells is
  part of a longer name (``the Gas Industry Unsafe Situations Procedure (IUSP)``); one
  or two words between an acronym and its expansion make a second name of it (``a HACCP
  plan (Hazard Analysis and Critical Control Point)``, ``the PACT intake checklist
  (Photograph, Agree, Confirm, Tag)``), and a web address is no acronym (``GOV.UK``); an
  acronym and a model word in brackets name what the words before spell with that word
  (``the Contingent Reimbursement Model Code (CRM Code)``, also after "the": ``(the CRM
  Code)``; ``the DNA rate`` written alone is then the same measure), or spell that word
  too (``portable appliance testing (PAT testing)``), a regulator's paper names the
  title before it (``Guidance for firms on the fair treatment of vulnerable customers
  (FG21/1)``, also in lower case after its owner: ``the FCA's guidance on the fair
  treatment of vulnerable customers (FG21/1)``), and a body's acronym before an
  expansion is part of a longer name (``the RCVS Practice Standards Scheme (PSS)``); an
  acronym with a law's kind after it names the title with its kind and year (``the
  Countryside and Rights of Way Act 2000 (CRoW Act)``), one with a lower-case model word
  after the brackets names that too (``the Customer Service Excellence (CSE) standard``
  is the ``CSE standard``), a numbered rule and its name in brackets are one
  (``Principle 12 (the Consumer Duty)``), a numbered part of a rule book in brackets
  names the title before it when the letters do not spell it (``the Standards of Conduct
  (SLC 0)``), and an acronym's gloss may open with the words it spells and go on (``the
  RTT standard (referral to treatment within 18 weeks)``); the letters may spell a title
  up to what it is for (``the Common European Framework of Reference for Languages
  (CEFR)``), a title between commas may be followed by a clause about it (``C-MeX, the
  Customer Measure of Experience that Ofwat uses ...``), and a numbered acronym after
  "the second" or "the third" is that edition of the title (``the second Payment
  Services Directive (PSD2)``, ``(MiFID II)``); a mixed-case acronym's capitals may be
  its words' initials (``MoSCoW prioritisation (must have, should have, could have,
  won't have)``); an acronym after a dated law's title with a parenthesis inside may
  spell the words outside it (``the Public Sector Bodies (Websites and Mobile
  Applications) (No. 2) Accessibility Regulations 2018 (PSBAR)``) or the parenthesis and
  the kind (``the Regulatory Reform (Fire Safety) Order 2005 (FSO)``); a body in the
  possessive before its acronym is the acronym's expansion (``the General Pharmaceutical
  Council's (GPhC) standards``: the council, not its standards);
* **quoted names**: ``the 'LATER' method``; a quoted lower-case term such as
  ``'customer journey'``, and one quoted word with no model word after it (``a "Child"
  ego state``), is kept as a concept, as are quoted words listed as jargon (``terms
  such as "OLED" or "IP68"``) and a quoted lower-case term before a lower-case clause or
  code (``a "non-refundable deposit" clause``);
* **head nouns**: ``the Gaps Model``, ``the service recovery paradox``, ``the 70:20:10
  model``, ``SWOT analysis``, ``Freedom of Information Act 2000``: a model word (model,
  framework, cycle, chain, paradox, curve ...) after a name; with a weaker word
  (analysis, method, score, Code, Constitution ...) the name must be capitalised,
  quoted, an acronym or one hyphenated compound (``the feel-felt-found technique``),
  and may hold a capitalised function word (``the Most Significant Change technique``);
  letters of mixed case before what a technique does name it, defined or not (``MoSCoW
  prioritisation``; a word of its own has two capitals at most: ``PhD``), and
  two capitalised words or more before a lower-case model, framework, score or test are
  that name without it too (``the Flesch Reading Ease score``, ``... test``, ``the
  Investing in Volunteers standard``, whose "in" joins capitals); a name's edition
  before a lower-case model word is the name too (``the Incoterms 2020 rules``), and a
  theory named by a compound needs no article (``applying self-determination theory``);
  a brand's lower-case score or test is named without it too (``the Flesch reading ease
  score``), and a capitalised model word after lower-case words opens no name (``the
  social enterprise Triangle``); a key concept in sentence case opened by a participle
  names a kind of model, not one (``Tiered support model``), nor does a heading's own
  "Framework" (``Legal and Welfare Framework``), nor a model word after a preposition
  (``Rapid Onboarding at Scale``), and an infinitive is no model word (``WCAG 2.2 to
  test``); "model" before a document is a model to copy (``the ACRE model hiring
  agreement``), and a capitalised name an apposition calls a standard, a framework or a
  model, or an accreditation, is one (``Hallmark, the quality standard for village
  halls``, ``Clubmark, the accreditation for community clubs``; not the maker
  before it: ``by Toyota, the model for ...``). A name credited to a person (``Tuckman's
  model``, ``the Kübler-Ross change curve``) is linked to the plain name, and an Act
  with a year to the Act without it;
* **eponyms**: a person (or two: ``Kaplan and Norton's``) in the possessive before
  lower-case words that end in a structure noun, maybe with an "of" part (``Belbin's
  team roles``, ``Tuckman's stages of group development``, ``Dick & Basu's framework``,
  ``Ostrom's design principles``), but not a body's (``Ofgem's overarching principles``,
  ``the GPhC's standards``); a body's possessive is no part of a name (``the Housing
  Ombudsman's Complaint Handling Code`` is the Complaint Handling Code); a bare
  ``Tuckman's stages`` is only an alias, and :mod:`graph.build` joins ``Kotter's model``
  to the one fuller model the corpus credits to Kotter; a box, a razor, heuristics or
  conditions name a model only just after a person's possessive (``Betari's box``,
  ``Nielsen's usability heuristics``), also one after a final s (``Rogers' core
  conditions``), whose apostrophe a name keeps (``Rogers' approach`` is Rogers' one
  fuller model, ``the Victims' Code`` no one's); a surname keeps its particle (``Van
  Hagen's pyramid``), and a plural before a mark ends an "of" part (``Van Hagen's
  pyramid of customer needs, which ...``); a double-barrelled name is one person
  (``Kübler-Ross's five stages``, not Ross's), and a hyphenated compound is one word of
  an "of" part (``Lipsky's theory of street-level bureaucracy``); a possessive after
  "the" is a thing's, no one's (``the Award's conditions``); two people's bare model
  word is read after the words of a sentence (``using Fitts and Posner's model``), an
  "of" part ends before a verb's object or an adverb (``Tilden's six principles of
  interpretation stress relating ...``), and propositions are a structure (``Maister's
  propositions``); :mod:`graph.merges` joins a person's counted and uncounted names
  (``Tilden's six principles of interpretation``), the person's name before a bare
  model word (``the Bronfenbrenner model``) to that person's one model, and never reads
  the plain name of a credited model as a short form of another person's (``Fitts and
  Posner's three-stage model`` is no ``Lewin's three-stage model``); a comparative or
  an edition's adjective is no part of a name (``the newer Five Domains model``);
* **metrics in lower case** (:mod:`graph.extraction.metrics`): the shape of a measure
  (``attrition rate``, ``cost per contact``; a conjunction opens none: ``even though
  host churn rate``), a definition in prose (``Occupancy is the proportion of ...``), a
  list of metrics (``KPIs such as agent utilisation``), a count per a round figure
  (``complaints per 1,000 customers``, with the kind counted: ``damage claims per 1,000
  movements``) or per what is done (``cost per pound raised``), a rate around an acronym
  (``the did-not-attend (DNA) rate``, and so an assessment: ``an income and expenditure
  (I&E) assessment``) or an acronym's rate defined in brackets (``the DNA rate (the
  proportion of ...)``); in a list of what is tracked, monitored or measured, or that a
  service is evaluated with (``Evaluate performance with NPS, return rate and
  delivery-slot adherence``), that holds a measure by its shape, the other names of two
  words or more are measures (``Tracking monthly churn rate, trial-to-paid conversion
  and ...``; not what a measure reads: ``customer feedback``), and so are one-word
  measures (``tracking churn, retention rate and ...``, ``measuring churn and
  breakage``), but people before "shows whether" are none (``an eNPS for coaches and
  reception staff shows whether``), a verb of measuring ends a measure's subject
  (``teams track dispute rate``, ``performance using dispute rate``), and so are the
  people counted (``tracking active users``); a key concept named for metrics lists them
  (``Operational Metrics: Occupancy rate, spend per head ...``), and one its description
  opens by defining as a measure is one (``Fleet Utilisation: fleet utilisation, the
  share of ...``), and a superlative rate is none (``the cheapest rate``); a list that
  opens a passage and holds a measure by its shape lists measures (``donor retention
  rate, regular giving attrition and ...``); how long something takes, named by what is
  timed (``complaint response time``, ``time to first visit``), and a second base of
  time (``leakage per property per day``), a capitalised name of what is measured
  (``Gift Aid sign-up rate``); "indicators such as" opens a list as "measures such as"
  does, a measure is read without where or when it is taken (``queue time at the
  counter``, ``retention rate after the first season``), a list of rates may open its
  sentence with a verb's form (``Repeat booking rate and progression rate, ...``), a
  hyphenated base is kept whole (``revenue per available table-hour``), as is a kind of
  hour (``sales per labour hour``), a verb of measuring takes a verb's form after it as
  a noun (``tracking track utilisation, the share ...``), a word before a purpose in a
  list of metrics is none (``metrics such as ... retention to drive improvement``), and
  :mod:`graph.merges` joins a measure named by a one-word measure to its rate (``court
  utilisation`` is the ``court utilisation rate``), an average yield is a measure
  (``average ticket yield``), but a count before a verb is none (``with four joining
  gives a conversion rate``), nor what a measure just named counts (``Footfall, the
  total number of attendances per session``); :mod:`graph.references` reads a one-word
  measure alone as its rate in the document that names the rate (``churn`` for ``churn
  rate``), and a list goes on past a measure in the plural (``right first time rates``),
  and what is done in time is counted (``complaints closed within 20 working days``,
  ``jobs completed within target``); a list a sentence uses as measures lists measures
  (``Use fall-through rate and time to exchange as performance measures``), and "rate"
  after a plural and before an adverb is a verb (``what older travellers rate most
  highly``); a plural verb after a defined measure has another measure before it
  (``capacity utilisation and secondary spend per head show whether ...``); after "how"
  or an -ing form, no verb stands before a measure (``show how quote conversion rate
  ...``), but a plural and "rate" after "how" are a subject and its verb (``how patients
  rate access``), and neither "for example" nor an amount per head is part of a measure,
  but an average of one is (``average spend per head``), and where or how often a
  measure is taken is not (``the national average waiting time`` is the average waiting
  time; ``monthly churn`` is churn), a verb of measuring takes the measure after it
  whole (``Track quote acceptance rate``), and an average attendance is a measure
  (``average session attendance``); a stage-to-stage conversion is a measure
  (``enquiry-to-enrolment conversion``), a rate that is a price is none (``a poor
  exchange rate``, ``a variable interest rate``), nor an amount of things per a unit
  (``a limited number of entry slots per hour``), nor how a time turns out (``the
  eventual resolution time``; nor is which version, in a model's name: ``Shostack's
  original method``); what a rate is watched alongside is a measure (``the no-show rate
  ... alongside slot utilisation``), and a participle's clause ends a list (``such as
  drop-off rate, linked to specific improvements``), and so does the verb of the
  sentence the list is the subject of (``measures precisely: ..., abandonment rate and
  right first time are different measures``); a rate whose capital only opens a sentence
  is one (``Containment rate measures ...``), a plural measure is no verb (``attendance
  times``), and a word alone in a list is a measure only by its ending or when known as
  one (``occupancy``, ``churn``; not ``abandonment``); a named rate per unit is the rate
  (``snag rate per job``), and a listed measure ends before its purpose, the list with
  it (``review score to evaluate service``, ``uphold rate to propose improvements``);
  "practical measures for a sole trader, such as" lists measures too; an average time to
  do something is a measure (``the average time to reunite``, ``the average time to
  process new claims``), as is the time from one step to the next (``the time from
  referral to wish``), and a pump's rate or a steady one is none (``the flow rate``,
  ``at a steady rate``); a list goes on past where a measure is taken (``the actual read
  rate at change of tenancy, final bill accuracy and ...``); who measures and the verb
  are no part of a listed measure (``managers combine dwell rate, ...``), and an average
  of days, hours or weeks to do something is a measure as an average time is (``average
  days to resolve``); a verb's form opening a clause of listed measures is a noun (``Use
  call data with care: answer rate and average handling time help ...``, ``track answer
  rate``; not ``reduce rate and cost``); a count per a round figure may name its base in
  two words (``complaints per 10,000 supply points``), a time from one step to the next
  may be listed (``..., time from enquiry to survey and ...``), a rating ends before its
  purpose (``app store rating to spot problems``), service levels listed as examples are
  measures (``service levels, such as engineer response times and uptime``), and what an
  acronym is, said in other words, is no measure of its own (``mean time between
  failures (MTBF) is the average running time between faults``); an average of steps to
  an end is a measure (``average lessons to test``), a verb's form in a list of measures
  is a noun (``owings rate, turnaround time and dispensing error rate``), a kind of time
  beside a timed measure is a measure (``first response time and resolution time``),
  after "average" a verb's form is a noun (``average review score``), how a listed
  measure is used is no part of it (``rebooking rate used to improve ...``), nor is a
  verb after "that" (``management that balances waiting time targets``), a survey listed
  among measures is how they are taken (``an annual survey, NPS and renewal rate``), and
  what a service "tracks" is listed as what it tracks;
* **listed methods**: lower-case names of two or three words (or with "of": ``the
  hierarchy of effects``) and capitalised names listed as examples of models, methods
  or techniques (``ALC techniques, such as step testing and acoustic logging``,
  ``frameworks such as Museum Accreditation``), and capitalised tools, scales or
  instruments listed where a text measures or assesses (``Outcome measurement: Tools
  such as the Outcomes Star``; not ``tools such as Microsoft Teams``);
* **laws' titles**: a title with parentheses inside (``the Consumer Contracts
  (Information, Cancellation and Additional Charges) Regulations 2013``, ``the Water
  Industry (Charges) (Vulnerable Groups) Regulations 1999``), maybe with a hyphenated
  word (``the Ecodesign for Energy-Related Products ... Regulations``), or with words
  that split capitalised runs (``the Health and Safety at Work etc. Act 1974``) or holds
  model words (``the School Standards and Framework Act 1998``), without its country
  (``the EU AI Act``); a law's popular name and its title in a parenthesis (``Martyn's
  Law (the Terrorism (Protection of Premises) Act 2025)``); a European law by its number
  (``Regulation (EC) No 261/2004``, ``EC Regulation 1107/2006``, and ``the 1177 rules``
  for ``Regulation (EU) No 1177/2010``), a regulator's numbered paper (``FG21/1``, also
  after its subject in lower case: ``its branch and ATM closure guidance (FG22/6)``, and
  after its kind: ``Finalised Guidance FG21/1``), conditions a regulator sets, in
  capitals (``the General Conditions of Entitlement``, ``Consumer Protection Condition
  3``), guidance titled in capitals (``the Hospital Discharge and Community Support
  Guidance``), a guidance title after its kind (``the statutory guidance Working
  Together to Safeguard Children``), a body's paper by its kind and code, which names it
  (``NICE guideline NG202`` is ``NG202``), a title with where it applies (``the Code of
  Practice for Victims of Crime in England and Wales``, the same code without it), a
  named interview, inventory or questionnaire (``the Zarit Burden Interview``), a
  standard in capitals that a plural key concept heads (``Helpline Quality Standards``:
  ``the Helplines Quality Standard``), a guide by its title after the word (``Ofcom's
  guide Treating Vulnerable Customers Fairly``), an owned order with its year (``the
  CMA's Retail Banking Market Investigation Order 2017``), a title opened by a capital's
  compound (``the Anti-social Behaviour, Crime and Policing Act 2014``), one word, "in"
  and capitals that end in a title's head (``the Competition in Connections Code of
  Practice``), and numbered provisions written alone (``Section 75``; ``Article 22 of
  the UK GDPR`` is a mention of the GDPR); a title's head and the verb after it go on
  past "the" (``the Convention Abolishing the Requirement of Legalisation for Foreign
  Public Documents``); :mod:`graph.merges` joins a code, a charter or a convention named
  by its last words to its title, where documents write both (``the Appeals Code``,
  ``the School Admission Appeals Code``; before what it is of or for: ``the Single
  Code``, ``the Private Parking Sector Single Code of Practice``), and a short title to
  the one longer title it shortens (``the Package Travel Regulations``, ``the Fire
  Safety Order``, what the brackets of ``the Regulatory Reform (Fire Safety) Order
  2005`` hold before its kind, ``the ADR Regulations 2015``, ``the 2018 Regulations``
  within a document), a name to the one longer name that goes on with "of" or "for"
  (``the RCVS Code``, and a regulator's ``General Conditions`` ``of Entitlement``), a
  person's name and a model word to the one longer name that begins and ends with them
  (``a Flesch score``, ``the Flesch Reading Ease score``, and ``the 360Giving
  standard``, ``the 360Giving Data Standard``), a model named with its place or maker to
  the same model without it (``the Duluth Power and Control Wheel``), and a name after
  its owner's acronym or web address to the same name without it (``the SRA Transparency
  Rules``, ``the GOV.UK Service Standard``), and a long title to the initials of its
  words before the first comma and its kind (``the Money Laundering, Terrorist Financing
  and ... Regulations 2017`` are the ``MLRs``), and to the initials of every word before
  its kind, "of" too (``FOI`` for ``the Freedom of Information Act 2000``); a body's
  acronym and a model word name the body's model, not the body (``the SRA Principles``);
  an acronym a corpus defines as a body in one document and as a law or a model in
  another (``the Maritime and Coastguard Agency (MCA)``, ``the Mental Capacity Act 2005
  (MCA)``) is the body only in the document that says so, and a dated order or bill is a
  law (``the Funerals Market Investigation Order 2021``); a law's popular name and a
  title with two parentheses are one law (``Natasha's Law (the Food Information
  (Amendment) (England) Regulations 2019)``), and the bodies a law is about, opening its
  title, are no name of it (``the Parochial Church Councils (Powers) Measure 1956``
  after ``the Parochial Church Council (PCC)``); a Church of England or a Welsh law is
  named with its year (``the Cathedrals Measure 2021``); a law is named by its title,
  never by its year and kind (``the 2018 Regulations``, nor its possessive: ``the 2019
  Act's code``), "in the" may stand inside a title (``the Electrical Safety Standards in
  the Private Rented Sector (England) Regulations 2020``), and so may "to the" (``the
  National Parks and Access to the Countryside Act 1949``, but not after a model word:
  ``the Guide to the Data Protection Act 2018``), and so may "by" (``the Prevention of
  Damage by Pests Act 1949``, which is no other name of PEST); a person's law is a law
  (``Awaab's Law``, a key concept's name); a part of a law cited with it is a mention of
  the law (``Part P of the Building Regulations 2010``, ``Part III of the Environmental
  Protection Act 1990``), and a law's year may be of the nineteenth century (``the
  Police (Property) Act 1897``); what a law is about, joined by "and" in its title, or
  opening it before a parenthesis, is no name of it (``the Botulinum Toxin and Cosmetic
  Fillers (Children) Act 2021``, ``the Local Government (Miscellaneous Provisions) Act
  1976``, whose first words open the Local Government and Social Care Ombudsman too),
  unless it names a scheme the law sets up (``the Debt Respite Scheme (...)
  Regulations``); a code of practice may be named in capitals before its kind in lower
  case (``the Well-managed Highway Infrastructure code of practice``); an order by its
  year is the one order of that year its document names (``the 2005 Order``), and a code
  or guidance may be named by the section it is made under (``the section 45 Code of
  Practice``, ``the section 182 guidance``); a law a document names by its kind alone
  (``the Act``, ``the Code``, ``the 2015 Act``, ``the Guidance``, ``the Measure``, ``the
  Byelaws``, ``the Protocol``, ``the Code of Practice``, a body's ``its Code of
  Practice``, and before a list in brackets: ``the Duty (products and services, ...)``),
  and a document that says what it will call "the Code" means that code by it everywhere
  (``the Electronic Communications Code, usually called the Code``) means that
  document's law of that kind (:mod:`graph.references`), never a name of it corpus-wide,
  and never one in lower case (``consumer codes``) unless its words end one of the
  document's titles (``the licensing regulations``, ``the hygiene rating scheme``, ``the
  data sharing code``); byelaws are a law (``the Railway Byelaws 2005``), and a title
  may go on with "and" to its year (``the ... (Coronavirus) Regulations and General
  Directions 2020``, but ``... Regulations and Human Rights Act 1998`` are two laws);
* **second names** (:mod:`graph.extraction.aliases`): ``X, also known as Y`` (``X,
  usually called simply Y``: the adverb is no name; a kind alone, ``usually called the
  Code``, is left to the document's references) (Y maybe before a list in brackets:
  ``the four realms of experience (entertainment, ...)``), ``X, usually called Y``, ``X,
  still widely known as Y``, ``X, known to helpdesk staff as Y``, ``X, usually drawn as
  Y``, ``X, often taught as Y``, ``X, also recorded as Y``, ``X, known in the trade as
  Y``, ``X (known across the industry as Y)``, ``X (or Y)``, ``X (the Y)``, ``X (the
  retained Y)``, ``X (ACR, formally Y)``, ``X (ACR), now more often called Y``, ``X,
  shortened in most software to Y`` (Y may be an acronym and a law's short title: ``the
  PSV Conduct Regulations``), ``X, formally Y`` (Y the whole title other rules found,
  maybe after "the" and opened by a country's letters: ``Natasha's Law, formally the UK
  Food Information (Amendment) (England) Regulations 2019``, and X a law's lower-case
  name too: ``the right to repair rules, formally the ... Regulations 2021``), a gloss
  ending in the same model word (``the Ansoff Matrix (product-market matrix)``) and an
  alternative inside a name (``two-factor (motivation-hygiene) theory``, and its
  inventor's name: ``fishbone (Ishikawa) diagrams``) make Y an alias of X, and so does a
  document's title after its code, in brackets or between commas (``HSG179 (Managing
  health and safety in swimming pools)``, ``FG21/1, the FCA's Guidance for firms on
  ...,``, ``ISO 10002:2018, Guidelines for complaints handling in organizations,``), and
  an acronym keeps X's last word after it (``did-not-attend rate (often shortened to DNA
  rate)``), mixed letters with a year name the law without it too (``often abbreviated
  to EqA 2010``, then ``the EqA``), and so does a name given whole after "in full"
  (``Natasha's Law in full, the Food Information (Amendment) (England) Regulations
  2019``), and so does what an acronym's gloss is called
  (``DISP, the dispute resolution rules usually called the complaints sourcebook``);
  words no rule found are taken as X only when Y is an acronym that spells them, or when
  the vocabulary knows them (``principled negotiation, also known as the Harvard
  method``), and never a person or a body when Y is a method (``the validation approach
  developed by Naomi Feil, also known as validation therapy``); ``X, published as Y``
  names a standard by its code (``the Accessible Information Standard, published as
  DCB1605``); ``X, often remembered as Y`` and ``X, the popular name for Y`` are other
  names too, as are ``X, retained in UK law and often called Y`` and ``X, referred to
  here as Y``; a title after a code may open with its publisher's acronym (``BS 7671,
  the IET Wiring Regulations,``), and an acronym and a code in brackets after a title
  ending in that code are its other names (``Engineering Recommendation G98 (EREC
  G98)``, and ``G98`` alone); two lower-case names of as many words that end in one
  model word are one model (``media richness theory, also known as information richness
  theory``); and a short name's formal title in brackets, with its model word and
  another of its words, is its other name (``the Victims' Code (Code of Practice for
  Victims of Crime)``); the numbered rules a duty is set out in name it (``The Consumer
  Duty, set out in Principle 12 and PRIN 2A``); a second name after a publisher is the
  publication's (``the Code of Practice for ... published by the Institution of
  Engineering and Technology (IET), often shortened to the IET Code of Practice``);
* **what a body names**: a capitalised name after a body's possessive is its rules, a
  code or a standard (``Ofcom's General Conditions of Entitlement``; a brand's acronym
  and model word are the acronym's: ``Google's HEART framework``; also after a body
  named with "of": ``the College of Policing's Code of Ethics``), and so are lower-case
  words before a model word (``the CQC's single assessment framework``); a body's
  acronym defined in brackets names its code (``the British Compressed Gases Association
  (BCGA) Code of Practice CP44`` is the ``BCGA Code of Practice``, also as written, and
  ``CP44`` its number); but after a model the vocabulary knows, capitalised words are
  its parts and the text names the model (``SERVQUAL's Assurance and Empathy
  dimensions``), and letters that own a named framework are a body's (``the OIA's Good
  Practice Framework``);
* **counted acronyms**: an acronym counted with "a" (``obtain a PAC or STAC``), in the
  plural (``Solicitors, RELs and RFLs``), before what is sold (``GAP insurance``) or in
  a formula (``B=MAP``) is no model unless some text names it in words too (``a DPIA``,
  ``the CCRs``), nor is one before what is checked (``a TPMS check``); nor is one
  offered instead of a body (``the Communications Ombudsman or CISAS``, ``the Institute
  of Student Employers (ISE) or AGCAS``, ``WRAP (the Waste and Resources Action
  Programme) or the Environment Agency``), one in brackets that runs something (``NHS
  Blood and Transplant (NHSBT), which runs the register``), one that keeps a register,
  regulates, accredits or inspects (``the NRCPD holds the register of interpreters``), a
  team's (``the Learning and Development (L&D) department``), one before a body's people
  or branches (``HMCTS staff``, ``the LINK network``, ``UKVI caseworkers``, ``KBSA
  membership``, ``membership of AGRA``, ``belongs to BIAZA``; but a code's members are
  firms that signed up to it: ``RECC membership``, where some text spells RECC out as
  the Renewable Energy Consumer Code) or a crime's (``authorised push payment (APP)
  fraud``); who runs, registers or regulates a thing (``Better, run by GLL``), a company
  someone ran, partners and software named by what they are (``commercial partners such
  as VFS Global``, ``clinical systems such as EMIS Web``) and people known by their work
  or by the law that remembers them (``Elisabeth Kübler-Ross developed her model``,
  ``the death of Natasha Ednan-Laperouse``, ``Natasha Ednan-Laperouse died``) are no
  models either, nor is an acronym offered beside a body (``ABRSM or Trinity College
  London``), one that approves (``WRAS-approved products``), a publisher (``published by
  the Beer Judge Certification Program``), a venue in a town (``at the NEC in
  Birmingham``), a level of conformance (``WCAG 2.2 at level AA``), awards and events
  given as examples, whoever made a practice famous (``an approach made famous by
  Ritz-Carlton``), a body whose members a text names (``members of ARMA``, ``ACCA and
  AAT members``), a name a comma says is a scheme, a charity or a body (``GAMSTOP, the
  national online self-exclusion scheme``), an event or a prize (``the Warley National
  Model Railway Exhibition``), names right after the kind of body they are (``the
  certification bodies NSI and SSAIB``), who funds a thing, a police force (``British
  Transport Police``) or what a product contains (``gels containing HEMA``), an acronym
  that runs or represents something (``Natural Resources Wales and SEPA, which run their
  own warning services``), one beside a body or a payment scheme (``Faster Payments and
  CHAPS``) or on a badge or a hologram (``the PASS hologram``), a network's operators
  given as examples (``Networks such as Cadent, SGN``) or franchises (``national
  franchises such as Dyno-Rod``), an example's acronym in brackets after it (but never a
  law: ``products, including the Licensing Act 2003``), a register of people (``the
  Priority Services Register (PSR)``, ``the Register of Accredited Memorial Fixers``), a
  band's, a tier's or a year's label (``Band A``, ``Tier 2``, ``Year 11``), a permit, a
  notice, a licence or a certificate (``a Temporary Event Notice (TEN)``), pay a law
  owes (``Statutory Sick Pay``), a tariff or a guarantee a scheme pays (``the Feed-in
  Tariff``, ``the Smart Export Guarantee``), a name that ends in where it works
  (``Assistance Dogs UK``, ``VFS Global``, ``MBRRACE-UK``), a body the vocabulary knows,
  named with its place (``National Trading Standards``), or one that opens with an
  academy or a provider (``the Royal Academy of Dance``, ``the Independent Provider of
  Special Education Advice``), a service run by a body (``the Current Account Switch
  Service (CASS), run by Pay.UK``), who has a member (``a member of NICEIC``), a
  syndicate (``British Oil Security Syndicate (BOSS)``), what records are kept on
  (``recorded on CHAIN``, ``data held in SAP``), bodies given as examples (``membership
  bodies like BIAZA``), a body with offices, staff or a website (``HMCTS offices``), a
  body whose numbered paper is named (``BRE Digest 251``, which is a model), substances
  given as examples (``substances such as GHB``) and a course (``WAVE training``), nor a
  file or an app named with its acronym (``the National Change of Address (NCOA)
  file``), whoever led or developed a piece of work (``the initiative led by IVAR``),
  who keeps a register (``installers registered with HETAS``), a campaign (``the Act
  FAST campaign``), a document's code (``a V5C logbook``), an advocate (``an independent
  mental capacity advocate (IMCA)``); nor is where a complaint is escalated
  (``escalation to CCW and WATRS``, ``escalation to the Postal Redress Service``), who
  carries out a piece of work (``the assessment carried out by LINK``), examples after
  what their kind does (``charities that support users, such as Whizz-Kidz``), one name
  right after the one kind of body it is (``the airline SAS``, ``the charity Mind``), a
  name that ends in its nation (``Student Finance Wales``), a fund (``the Household
  Support Fund``), a nation and one word (``UK Athletics``, ``British Canoeing``), a
  zone (``the Ultra Low Emission Zone``), a condition someone has (``obstructive sleep
  apnoea (OSA)``), or a mark (``the PIF TICK as a mark of trustworthy health
  information``), a form (``the Home Oxygen Order Form (HOOF)``), a name of a place
  (``National Records of Scotland``), a service (``the Theft Risk Assessment Service
  (TRAS)``; not a way of serving: ``Knowledge-Centred Service``, ``grade of service``),
  stores given as examples (``stores such as Kobo or Apple Books``), or letters joined
  by "&" that the vocabulary lists (``NS&I``);
* **steps joined by hyphens**: three words or more, none a function word or a count,
  name a technique (``ask-tell-ask``, ``tell-show-do``; not ``face-to-face``, nor a word
  a prefix opens: ``anti-money-laundering``, nor what a measure counts:
  ``right-first-time measures``), with a noun of doing after them if there is one
  (``good-better-best pricing``); a phrase made one word is none (``a pick-your-own
  farm``) unless a noun of doing follows (``keep-it-all funding```; not what is sold:
  ``a blend-your-own session``); a name in lower case before a capitalised title's head
  is one (``the matrix Standard``; not ``the new Code``); and a principle named by an
  abstract noun is one (``the reversibility principle``), as is a matrix a team keeps,
  after "a" as after "the" (``an escalation matrix``);
* **credits**: a model of two people keeps its name only (``the Dual Process Model of
  Stroebe and Schut``), and a person's company is no part of their name (``Jan Carlzon
  of SAS``), nor a model (``Jan Carlzon at SAS``);
* **capitalised names**: two or more capitalised words inside a sentence (``Customer
  Satisfaction Score``, ``Plan-Do-Check-Act``), maybe opened by a web address in
  capitals (``the GOV.UK Service Standard``) or closed by a series number (``Good
  Practice Guide 45``), or opened by one word and "in" or "to" before a title's head
  (``the Home to School Travel and Transport Statutory Guidance``), and counted ways or
  steps go on to their end (``the Five Ways to Wellbeing``, which is a model), and so
  does what a model is of, through "with" (``the Dual Process Model of Coping with
  Bereavement``); a capital's hyphenated compound inside a name (not ``Welsh-language
  provision``) and, in a title, an ampersand go on too, and what a code is of may hold
  "and" (``the UK Code of Non-broadcast Advertising and Direct & Promotional
  Marketing``); they are split where they name two things (``the Boston Matrix and the
  Ansoff Matrix``, ``Monday in London``, ``the ESS and STOP-Bang``), without a person's
  initial after "of" (``The Experience Economy of B. Joseph Pine``) or the body a title
  is of (``the BHTA Code of Practice of the British Healthcare Trades Association``),
  exam-tip imperatives (``Refer to the ...``), people (``Jan Carlzon's``), job titles
  (``General Manager``; but ``the National Standards for Enforcement Agents`` are
  standards for people in a role, and keep their year: ``the National Standards of
  Healthcare Cleanliness 2021``), a product's model by its number (``a Tesla Model 3``),
  kinds of vehicle (``wheelchair-accessible vehicles (WAVs)``), bodies a practitioner
  registers with (``registered with the British Wheel of Yoga``), organisations
  (``Financial Ombudsman Service``, ``the Organisation for Economic Co-operation and
  Development``), teams (``the Child Protection in Sport Unit``), services (``General
  Ophthalmic Services``), products (``Cloud Video Platform``), files of records (``the
  Postcode Address File``) or desks (``the Guest Services Desk``, ``the Purser's
  Desk``); a title's subject may be a list of capitalised words before its model word
  (``the Transparency, Influence and Accountability Standard``) or a list of common
  words after it, commas and all (``the HCPC Standards of Conduct, Performance and
  Ethics``, ``The Purple Guide to Health, Safety and Welfare at Music and Other
  Events``, which :mod:`graph.merges` joins to ``the Purple Guide``), and a framework's
  or a charter's subject may open with "for the" as a code's does (``the Ethical
  Framework for the Counselling Professions``), and a subject after "for" goes on past
  "in" (``the Standards for Safeguarding and Protecting Children in Sport``), but not
  before a known place (``the Code of Practice for Retailers in London``). A
  lower-case model word after a word of
  the calendar names no model (``the weekly bidding cycle``), and a test, a principle or
  a rule a court case set is named by the case (``the Banks v Goodfellow test``); a case
  a document calls a ruling is a model, with that name (``Montgomery v Lanarkshire
  Health Board (2015), usually called the Montgomery ruling``, ``the Supreme Court
  ruling in FirstGroup v Paulley (2017)``), and :mod:`graph.references` reads its first
  party's name alone as the case there (``after Montgomery, ...``), as it reads a
  person's model named again without the person (``the ladder of participation`` for
  ``Hart's ladder of participation``). A scale's range names no scale (``on a 0-10
  scale``). A law's title with a subject after it is no body's (``Maister's First Law of
  Service``), and a possessive short form joins a capitalised title of that person's
  (``Maister's law``).
"""

from graph.extraction.acronyms import find_long_form
from graph.extraction.candidates import Candidate, Rule
from graph.extraction.keys import (
    Token,
    concept_key,
    is_acronym,
    is_mixed_acronym,
    is_year,
    lookup_key,
    normalise_word,
    tokenize,
)
from graph.extraction.matcher import MAX_NAME_WORDS, MatchMode, MentionMatcher
from graph.extraction.metrics import MEASURES_ALONE
from graph.extraction.names import SURNAME_PARTICLES
from graph.extraction.rules import find_candidates
from graph.extraction.words import (
    CONNECTORS,
    EPONYM_TAILS,
    HEADS,
    LEGAL_HEADS,
    LOWER_CASE_HEADS,
    MODEL_LIKE_TAILS,
    REFERRED_KINDS,
    STRONG_HEADS,
    WEAK_HEADS,
    names_no_model,
)

__all__ = [
    "CONNECTORS",
    "EPONYM_TAILS",
    "HEADS",
    "LEGAL_HEADS",
    "LOWER_CASE_HEADS",
    "MAX_NAME_WORDS",
    "MEASURES_ALONE",
    "MODEL_LIKE_TAILS",
    "REFERRED_KINDS",
    "STRONG_HEADS",
    "SURNAME_PARTICLES",
    "WEAK_HEADS",
    "Candidate",
    "MatchMode",
    "MentionMatcher",
    "Rule",
    "Token",
    "concept_key",
    "find_candidates",
    "find_long_form",
    "is_acronym",
    "is_mixed_acronym",
    "is_year",
    "lookup_key",
    "names_no_model",
    "normalise_word",
    "tokenize",
]
