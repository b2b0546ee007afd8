"""Precision and recall of model extraction on the gold set (tests/graph/gold).

The thresholds sit a little below today's scores so that a lost rule fails the
build while a single new miss does not:

* development half (78 gold models in 10 documents, used to tune the rules; before
  tuning, the first six scored 0.81 / 0.81 and the last four, written after the first
  round of fixes, 0.88 / 0.96): the rules were fitted to it, so it must stay high;
  0.90 allows about seven misses.
* fresh set (23 gold models in 4 documents): scored once blind at 0.62 / 0.65, then
  used as a third development round, so it is held to the development threshold.
* held-out half (46 gold models in 6 documents, written before any tuning and not
  used for it): before the rule changes it scored precision 0.77 / recall 0.78; now
  0.93 / 0.93. 0.85 allows about three more misses or extra models; dropping
  a rule such as acronym definitions or the capitalised-name splitting falls below it.
* blind set (26 gold models in 4 documents on subjects nothing else covers): 0.80 /
  0.77 at its first scoring; its error categories (numbered names such as 6Cs,
  versions, slash-joined standards, eponyms) were then fixed as general rules, so it
  is no longer blind: 0.95 / 0.81 now, guarded at 0.75.
* blind2 set (66 gold models in 5 documents, written by someone who had not read the
  rules or the vocabulary, on airline service, workforce planning, key accounts,
  supporter care and inclusive service): 0.61 / 0.77 at its first scoring, 0.77 /
  0.76 after one general change it suggested (a capitalised name with no sign of a
  model, such as "British Airways" or "Planning Team", is a concept), 0.79 / 0.76
  once an acronym standing for a body (Civil Aviation Authority) was too. Its gold marks
  ten metrics written only in lower case (shrinkage, occupancy, share of wallet...),
  which no rule claims to find: without them recall is 0.88. This is the current best
  estimate for unseen documents; 0.70 / 0.70 guards it.

* blind3 and blind4 (62 and 85 gold models; 8 and 10 documents, issue 16), written by
  a helper who had not read the rules, from a brief that asked for the hard kinds
  (laws with years, mixed-case acronyms, second names, eponyms, lower-case metrics,
  organisations): blind3 was tuned on from the start (now 0.97 / 0.95, 28 of 32
  merges); blind4 was held out through the first round (0.85 / 0.81, 28 of 40 merges,
  7 not-models as MODEL nodes), then opened for the second (now 0.96 / 0.91, 33 of 40,
  1).
* blind5 (138 gold models in 10 documents by another such helper, written after the
  second round): held out then at 0.73 / 0.76, 44 of 63 merges, 8 not-models as MODEL
  nodes; its author's notion of a named model reaches further into lower-case practice
  names ("deadlock rate", "cost to serve", "General Condition C4") than any rule here.
  Opened for the third round (general rules for each kind of error, each with a test
  on a document of its own, in test_extraction.py): now 0.90 / 0.81, 54 of 63, 4; its
  author's borderline names are ``grey`` (see extraction_report).
* blind6 (97 gold models in 12 documents by a fourth such helper, written during the
  third round): held out then at 0.86 / 0.88, 38 of 55 merges, 6 not-models as MODEL
  nodes. Opened for the fourth round (now 0.99 / 0.98, 53 of 55, 0); the same round
  took blind5 to 0.94 / 0.92, 57 of 63, 3.
* blind7 (117 gold models in 12 documents by a fifth such helper, written during the
  fourth round): held out then at 0.81 / 0.79, 35 of 60 merges, 10 not-models as
  MODEL nodes with the code the round began with, 0.82 / 0.81, 38 of 60, 10 after
  it. Opened for the fifth round: now 0.93 / 0.92, 46 of 60, 3.
* blind8 (147 gold models in 12 documents by a sixth such helper, written during the
  fifth round): held out then at 0.75 / 0.79, 42 of 60 merges, 31 not-models as MODEL
  nodes with the code of the start of the fourth round, 0.78 / 0.82, 45, 29 after it,
  0.79 / 0.83, 45, 28 after the fifth. Its author lists 160 names as not models,
  services, databases and allowances among them. Opened for the sixth round: 0.91 /
  0.85, 45 of 60, 7; 0.93 / 0.86, 46, 3 after the seventh.
* blind9 (169 gold models in 12 documents by a seventh such helper, written during the
  sixth round and never tuned on: its errors are never printed): 0.83 / 0.70, 50 of
  72 merges, 17 not-models as MODEL nodes with the code of the start of the fourth
  round, 0.84 / 0.72, 52, 15 before the sixth, 0.85 / 0.72, 52, 13 after it. Opened
  for the seventh round: now 0.95 / 0.82, 60 of 72, 3.
* blind10 (174 gold models in 12 documents by an eighth such helper, written during
  the seventh round and never tuned on: its errors are never printed): 0.88 / 0.83, 41
  of 62 merges, 14 not-models as MODEL nodes with the code of the start of that round,
  0.90 / 0.85, 42, 14 after it. Opened for the eighth round: now 0.96 / 0.89, 49 of
  62, 4.
* blind11 (148 gold models in 12 documents by a ninth such helper, written during the
  eighth round and never tuned on: its errors are never printed): 0.86 / 0.80, 30 of
  40 merges, 14 not-models as MODEL nodes with the code of the start of that round,
  0.86 / 0.80, 31, 14 after it. Opened for the ninth round: now 0.95 / 0.85, 31 of 40,
  0.
* blind12 (152 gold models in 12 documents by a tenth such helper, written during the
  ninth round and never tuned on: its errors are never printed): 0.82 / 0.85, 41 of
  63 merges, 16 not-models as MODEL nodes with the code of the start of that round,
  0.83 / 0.86, 41, 14 after it. Opened for the tenth round: now 0.89 / 0.87, 43 of 63,
  7.
* blind13 (136 gold models in 12 documents by an eleventh such helper, written during
  the tenth round and never tuned on: its errors are never printed): 0.89 / 0.85, 38
  of 49 merges, 16 not-models as MODEL nodes with the code of the start of that round,
  0.89 / 0.85, 39, 15 after it. Opened for the eleventh round: now 0.97 / 0.90, 40 of
  49, 4.
* blind14 (184 gold models in 12 documents by a twelfth such helper, written during
  the eleventh round and never tuned on: its errors are never printed): 0.96 / 0.79,
  64 of 72 merges, 3 not-models as MODEL nodes with the code of the start of that
  round, 0.96 / 0.80, 64, 3 after it. Opened for the twelfth round: now 0.97 / 0.93,
  71 of 72, 3.
* blind15 (158 gold models in 12 documents by a thirteenth such helper, written during
  the twelfth round and never tuned on: its errors are never printed): 0.88 / 0.79,
  39 of 55 merges, 10 not-models as MODEL nodes with the code of the start of that
  round, 0.89 / 0.83, 39, 10 after it. Opened for the thirteenth round: now 0.95 /
  0.91, 45 of 55, 4.
* blind16 (145 gold models in 12 documents by a fourteenth such helper, written during
  the thirteenth round and never tuned on: its errors are never printed): 0.88 /
  0.81, 39 of 56 merges, 6 not-models as MODEL nodes with the code of the start of
  that round, 0.88 / 0.82, 39, 6 after it. Opened for the fourteenth round: now 0.94 /
  0.90, 41 of 56, 1.
* blind17 (140 gold models in 12 documents by a fifteenth such helper, written during
  the fourteenth round and never tuned on: its errors are never printed): 0.85 /
  0.79, 29 of 40 merges, 5 not-models as MODEL nodes with the code of the start of
  that round, the same after it. Opened for the fifteenth round: now 0.95 / 0.94, 33
  of 40, 0.
* blind18 (108 gold models in 12 documents by a sixteenth such helper, written during
  the fifteenth round and never tuned on: its errors are never printed): 0.81 /
  0.82, 25 of 30 merges, 16 not-models as MODEL nodes with the code of the start of
  that round, the same after it. Opened for the sixteenth round: now 0.96 / 0.92, 27
  of 30, 2.
* blind19 (124 gold models in 12 documents by a seventeenth such helper, written
  during the sixteenth round and never tuned on: its errors are never printed): 0.89 /
  0.87, 30 of 34 merges, 8 not-models as MODEL nodes with the code of the start of
  that round, 0.90 / 0.87, 30, 7 after it. Opened for the seventeenth round: now
  1.00 / 0.90, 32 of 34, 0.
* blind20 (119 gold models in 12 documents by an eighteenth such helper, written
  during the seventeenth round and never tuned on: its errors are never printed):
  0.90 / 0.85, 24 of 27 merges, 7 not-models as MODEL nodes with the code of the
  start of that round, the same after it. Opened for the eighteenth round: now 0.98 /
  0.94, 25 of 27, 1.
* blind21 (125 gold models in 12 documents by a nineteenth such helper, written
  during the eighteenth round and never tuned on: its errors are never printed):
  0.91 / 0.94, 32 of 38 merges, 17 not-models as MODEL nodes with the code of the
  start of that round, the same after it but for one merge more (33 of 38). Opened
  for the nineteenth round: now 0.97 / 0.95, 34 of 38, 3.
* blind22 (109 gold models in 12 documents by a twentieth such helper, written during
  the nineteenth round and never tuned on: its errors are never printed): 0.91 / 0.84,
  26 of 28 merges, 6 not-models as MODEL nodes with the code of the start of that
  round, the same after it. Opened for the twentieth round: now 0.98 / 0.89, 26 of 28,
  3.
* blind23 (126 gold models in 12 documents by a twenty-first such helper, written
  during the twentieth round and never tuned on: its errors are never printed): 0.94
  / 0.91, 31 of 36 merges, 9 not-models as MODEL nodes with the code of the start of
  that round, the same after it. Opened for the twenty-first round: now 1.00 / 0.96, 35
  of 36, 0.
* blind24 (107 gold models in 12 documents by a twenty-second such helper, written
  during the twenty-first round and never tuned on: its errors are never printed): 0.92
  / 0.85, 26 of 32 merges, 3 not-models as MODEL nodes with the code of the start of
  that round, 0.93 / 0.87 after it. Opened for the twenty-second round: now 1.00 /
  0.92, 29 of 32, 0.
* blind25 (126 gold models in 12 documents by a twenty-third such helper, written
  during the twenty-second round and never tuned on: its errors are never printed): 0.86
  / 0.89, 32 of 35 merges, 9 not-models as MODEL nodes with the code of the start of
  that round, the same after it but for one merge more (33 of 35). Opened for the
  twenty-third round: now 0.92 / 0.94, 34 of 35, 2.
* blind26 (125 gold models in 12 documents by a twenty-fourth such helper, written
  during the twenty-third round and never tuned on: its errors are never printed): 0.87
  / 0.85, 25 of 28 merges, 5 not-models as MODEL nodes with the code of the start of
  that round, the same after it. Its subjects are those of the earliest sets (contact
  centres, regulation, digital service), by another author. Opened for the
  twenty-fourth round: now 0.95 / 0.90, 27 of 28, 2.
* blind27 (128 gold models in 12 documents by a twenty-fifth such helper, written
  during the twenty-fourth round and never tuned on: its errors are never printed):
  0.83 / 0.84, 17 of 22 merges, 9 not-models as MODEL nodes with the code of the start
  of that round, the same after it. Opened for the twenty-fifth round: now 0.91 / 0.88,
  18 of 22, 6.
* blind28 (100 gold models in 12 documents by a twenty-sixth such helper, written
  during the twenty-fifth round and never tuned on: its errors are never printed): 0.94
  / 0.92, 19 of 23 merges, 3 not-models as MODEL nodes with the code of the start of
  that round, the same after it. Opened for the twenty-sixth round: now 0.98 / 0.94,
  21 of 23, 1.
* blind29 (149 gold models in 12 documents by a twenty-seventh such helper, written
  during the twenty-sixth round and never tuned on: its errors are never printed): 0.95
  / 0.85, 35 of 38 merges, 3 not-models as MODEL nodes with the code of the start of
  that round, the same after it. Opened for the twenty-seventh round: now 0.98 / 0.86,
  37 of 38, 1.
* blind30 (108 gold models in 12 documents by a twenty-eighth such helper, written
  during the twenty-seventh round and never tuned on: its errors are never printed):
  0.88 / 0.88, 29 of 32 merges, 5 not-models as MODEL nodes with the code of the start
  of that round, the same after it. Opened for the twenty-eighth round: now 0.98 / 0.95,
  32 of 32, 1.
* blind31 (110 gold models in 12 documents by a twenty-ninth such helper, written
  during the twenty-eighth round and never tuned on: its errors are never printed):
  0.91 / 0.93, 19 of 21 merges, 5 not-models as MODEL nodes with the code of the start
  of that round; 0.93 / 0.94, 19 of 21, 5 after it. Opened for the twenty-ninth round:
  now 0.97 / 0.96, 20 of 21, 2.
* blind32 (108 gold models in 12 documents by a thirtieth such helper, written during
  the twenty-ninth round and never tuned on: its errors are never printed): 0.92 /
  0.97, 34 of 39 merges, 5 not-models as MODEL nodes with the code of the start of that
  round, the same after it. Opened for the thirtieth round: now 0.98 / 0.99, 37 of 39,
  2.
* blind33 (92 gold models in 12 documents by a thirty-first such helper, written during
  the thirtieth round and never tuned on: its errors are never printed): 0.90 / 0.92,
  21 of 25 merges, 4 not-models as MODEL nodes with the code of the start of that
  round, the same after it. Opened for the thirty-first round: now 0.99 / 0.96, 22 of
  25, 0.
* blind34 (121 gold models in 12 documents by a thirty-second such helper, written
  during the thirty-first round and never tuned on: its errors are never printed): 0.95
  / 0.96, 31 of 39 merges, 3 not-models as MODEL nodes with the code of the start of
  that round, the same after it. Opened for the thirty-second round: now 1.00 / 0.97,
  34 of 39, 0.
* blind35 (112 gold models in 12 documents by a thirty-third such helper, written
  during the thirty-second round and never tuned on: its errors are never printed):
  0.94 / 0.92, 24 of 26 merges, 3 not-models as MODEL nodes with the code of the start
  of that round, the same after it. Opened for the thirty-third round: now 0.97 / 0.94,
  24 of 26, 1.
* blind36 (127 gold models in 12 documents by a thirty-fourth such helper, written
  during the thirty-third round and never tuned on: its errors are never printed):
  0.89 / 0.90, 30 of 34 merges, 4 not-models as MODEL nodes with the code of the start
  of that round, the same after it. Opened for the thirty-fourth round: now 0.96 / 0.95,
  33 of 34, 0.
* blind37 (100 gold models in 12 documents by a thirty-fifth such helper, written after
  the thirty-third round and held out until the end of the thirty-fourth): 0.96 / 0.93,
  21 of 27 merges, 2 not-models as MODEL nodes with the code of the end of the
  thirty-third round, the same after the thirty-fourth. Opened for the thirty-fifth
  round: now 0.98 / 0.98, 23 of 27, 0.
* blind38 and blind39 (108 and 102 gold models in 12 documents each by a thirty-sixth
  and a thirty-seventh such helper, written during the thirty-fourth round and held
  out: their errors were never printed): 0.96 / 0.87, 30 of 37 merges, 7 not-models as
  MODEL nodes, and 0.92 / 0.98, 27 of 32, 4, with the code of the end of that round,
  the same after the thirty-fifth. blind38 was opened for the thirty-sixth round: now
  1.00 / 0.91, 32 of 37, 0. blind39 was opened for the thirty-seventh round: now 0.96
  / 0.99, 29 of 32, 1.
* blind40 (99 gold models in 12 documents by a thirty-eighth such helper, written after
  the thirty-fifth round and held out until the end of the thirty-seventh): 0.85 /
  0.81, 12 of 19 merges, 6 not-models as MODEL nodes with the code of the end of the
  thirty-fifth round, the same after the thirty-seventh. Opened for the thirty-eighth
  round: now 0.94 / 0.89, 14 of 19, 4.
* blind41 (95 gold models in 12 documents by a thirty-ninth such helper, written during
  the thirty-seventh round and held out until the end of the thirty-eighth): 0.94 /
  0.94, 31 of 34 merges, 4 not-models as MODEL nodes with the code of the end of the
  thirty-seventh round, the same after the thirty-eighth. Opened for the thirty-ninth
  round: now 0.97 / 0.95, 33 of 34, 2.
* blind42 (100 gold models in 12 documents by a fortieth such helper, written during the
  thirty-eighth round and held out until the end of the thirty-ninth): 0.85 / 0.89,
  47 of 58 merges, 10 not-models as MODEL nodes with the code of the start of the
  thirty-eighth round, the same after it and after the thirty-ninth. Opened for the
  fortieth round: now 0.93 / 0.91, 49 of 58, 2.
* blind43 (114 gold models in 12 documents by a forty-first such helper, written during
  the thirty-ninth round and held out until the end of the fortieth): 0.88 / 0.87, 47
  of 63 merges, 10 not-models as MODEL nodes with the code of the end of the
  thirty-ninth round, the same after the fortieth. Opened for the forty-first round:
  now 0.93 / 0.88, 47 of 63, 2.
* blind44 (92 gold models in 12 documents by a forty-second such helper, written during
  the fortieth round and held out until the end of the forty-first): 0.87 / 0.93, 44
  of 56 merges, 10 not-models as MODEL nodes with the code of the end of the fortieth
  round, the same after the forty-first. Opened for the forty-second round: now 0.90 /
  0.93, 46 of 56, 5.
* blind45 (132 gold models in 12 documents by a forty-third such helper, written during
  the forty-first round and held out until the end of the forty-second): 0.91 / 0.91,
  56 of 69 merges, 10 not-models as MODEL nodes with the code of the end of that round,
  the same after the forty-second. Opened for the forty-third round: now 0.99 / 0.93,
  60 of 69, 0.
* blind46 (102 gold models in 12 documents by a forty-fourth such helper, written during
  the forty-second round and held out until the end of the forty-third): 0.91 / 0.93,
  33 of 41 merges, 4 not-models as MODEL nodes with the code of the end of that round,
  0.92 / 0.93, 34 of 41, 3 after the forty-third. Opened for the forty-fourth round: now
  0.97 / 0.98, 39 of 41, 0.
* blind47 (119 gold models in 12 documents by a forty-fifth such helper, written during
  the forty-third round and held out until the end of the forty-fourth): 0.89 / 0.97,
  57 of 65 merges, 6 not-models as MODEL nodes with the code of the middle of that round
  (its first rule in), 0.90 / 0.97, 57 of 65, 6 after it and after the forty-fourth.
  Opened for the forty-fifth round: now 0.96 / 0.99, 63 of 65, 0.
* blind48 (106 gold models in 12 documents by a forty-sixth such helper, written during
  the forty-third round and held out until the end of the forty-fifth): 0.89 / 0.92,
  45 of 56 merges, 8 not-models as MODEL nodes with the code of the end of that round,
  the same after the forty-fourth and the forty-fifth. Opened for the forty-sixth
  round: now 0.94 / 0.95, 48 of 56, 2.
* blind49 (146 gold models in 12 documents by a forty-seventh such helper, written
  during the forty-fifth round and held out until the end of the forty-sixth): 0.97 /
  0.90, 68 of 75 merges, 2 not-models as MODEL nodes with the code of the end of that
  round, the same after the forty-sixth but 69 of 75 merges. Opened for the
  forty-seventh round: now 0.99 / 0.96, 72 of 75, 0.
* blind50 (146 gold models in 12 documents by a forty-eighth such helper, written
  during the forty-sixth round and held out until the end of the forty-seventh): 0.96 /
  0.95, 69 of 81 merges, 4 not-models as MODEL nodes with the code of the end of that
  round, the same after the forty-seventh. Opened for the forty-eighth round: now 0.97
  / 0.98, 73 of 81, 0.
* blind51 (155 gold models in 12 documents by a forty-ninth such helper, written
  during the forty-seventh round and held out until the end of the forty-eighth): 0.94
  / 0.95, 67 of 77 merges, 7 not-models as MODEL nodes with the code of the end of the
  forty-sixth round, 8 after the forty-seventh (the same precision, recall and merges),
  0.95 / 0.95, 67 of 77, 4 after the forty-eighth. Opened for the forty-ninth round:
  now 0.99 / 0.99, 71 of 77, 2.
* blind52 (152 gold models in 12 documents by a fiftieth such helper, written during
  the forty-seventh and forty-eighth rounds and held out until the end of the
  forty-ninth): 0.96 / 0.96, 74 of 80 merges, 6 not-models as MODEL nodes with the code
  of the end of the forty-seventh round, the same after the forty-eighth and the
  forty-ninth. Opened for the fiftieth round: now 0.99 / 0.99, 76 of 80, 0.
* blind53 (100 gold models in 12 documents by a fifty-first such helper, written
  before the forty-ninth round and held out until the end of the fiftieth): 0.91 /
  0.92, 31 of 35 merges, 3 not-models as MODEL nodes with the code of the end of the
  forty-eighth round, the same after the forty-ninth, 0.91 / 0.93 after the fiftieth.
  Opened for the fifty-first round: now 0.97 / 0.95, 32 of 35, 1.
* blind54 (126 gold models in 12 documents by a fifty-second such helper, written
  during the forty-ninth round and held out until the end of the fifty-first): 0.92 /
  0.88, 25 of 26 merges, 2 not-models as MODEL nodes with the code of the end of the
  forty-ninth round, the same after the fiftieth and the fifty-first. Opened for the
  fifty-second round: now 0.95 / 0.91, 25 of 26, 1.
* blind55 (95 gold models in 12 documents by a fifty-third such helper, written during
  the fiftieth round and held out until the end of the fifty-second): 0.93 / 0.93, 40
  of 45 merges, 4 not-models as MODEL nodes with the code of the end of the fiftieth
  round, 0.94 / 0.93 after the fifty-first and the fifty-second. Opened for the
  fifty-third round: now 0.95 / 0.95, 44 of 45, 4.
* blind56 (106 gold models in 12 documents by a fifty-fourth such helper, written
  during the fiftieth and fifty-first rounds and held out until the end of the
  fifty-third): 0.92 / 0.88, 35 of 38 merges, no not-model as a MODEL node with the
  code of the end of the fifty-first round, the same after the fifty-second and the
  fifty-third. Opened for the fifty-fourth round: now 0.96 / 0.89, 35 of 38, 0.
* blind57 (107 gold models in 12 documents by a fifty-fifth such helper, written
  during the fifty-first and fifty-second rounds and held out until the end of the
  fifty-fourth): 0.90 / 0.88, 24 of 26 merges, 2 not-models as MODEL nodes with the
  code of the end of the fifty-second round, the same after the fifty-third and the
  fifty-fourth (one false positive fewer). Opened for the fifty-fifth round: now 0.93
  / 0.90, 25 of 26, 0.
* blind58 (100 gold models in 12 documents by a fifty-sixth such helper, written
  during the fifty-second and fifty-third rounds and held out until the end of the
  fifty-fifth): 0.89 / 0.90, 25 of 29 merges, 2 not-models as MODEL nodes with the
  code of the end of the fifty-third round, the same after the fifty-fourth and the
  fifty-fifth. Opened for the fifty-sixth round: now 0.91 / 0.92, 26 of 29, 2.
* blind59 (93 gold models in 12 documents by a fifty-seventh such helper, written
  during the fifty-third and fifty-fourth rounds and held out until the end of the
  fifty-sixth): 0.94 / 0.88, 35 of 39 merges, no not-model as a MODEL node with the
  code of the end of the fifty-fourth round, the same after the fifty-fifth and the
  fifty-sixth. Opened for the fifty-seventh round: now 0.98 / 0.91, 36 of 39, 0.
* blind60 (98 gold models in 12 documents by a fifty-eighth such helper, written
  during the fifty-fifth and fifty-sixth rounds and held out until the end of the
  fifty-seventh): 0.94 / 0.94, 32 of 39 merges, 1 not-model as a MODEL node with the
  code of the end of the fifty-sixth round, the same after the fifty-seventh. Opened
  for the fifty-eighth round: now 0.98 / 0.96, 37 of 39, 0.
* blind61 (97 gold models in 12 documents by a fifty-ninth such helper, written during
  the fifty-seventh round and held out until the end of the fifty-eighth): 0.94 / 0.94,
  19 of 21 merges, 1 not-model as a MODEL node with the code of the end of the
  fifty-seventh round, the same after the fifty-eighth. Opened for the fifty-ninth
  round: now 0.96 / 0.94, 21 of 21, 0.
* blind62 (120 gold models in 12 documents by a sixtieth such helper, written during
  the fifty-eighth round and held out until the end of the fifty-ninth): 0.96 / 0.96,
  64 of 70 merges, 4 not-models as MODEL nodes with the code of the end of the
  fifty-seventh round, the same after the fifty-eighth and the fifty-ninth. Opened for
  the sixtieth round: now 0.98 / 1.00, 67 of 70, 0.
* blind63 (105 gold models in 12 documents by a sixty-first such helper, written
  during the fifty-eighth round and held out until the end of the sixtieth): 0.97 /
  0.98, 58 of 63 merges, 1 not-model as a MODEL node with the code of the end of the
  fifty-eighth round, the first set to meet 0.97 / 0.97 when first seen; the same
  after the fifty-ninth and the sixtieth. Opened for the sixty-first round: now 0.99 /
  1.00, 58 of 63, 0.
* blind64 (123 gold models in 12 documents by a sixty-second such helper, written
  during the fifty-ninth round and held out until the end of the sixty-first): 0.98 /
  0.95, 58 of 65 merges, 1 not-model as a MODEL node with the code of the end of the
  fifty-ninth round, the same after the sixtieth and the sixty-first. Opened for the
  sixty-second round: now 1.00 / 0.99, 59 of 65, 0.
* blind65 (104 gold models in 12 documents by a sixty-third such helper, written
  during the sixtieth round and held out until the end of the sixty-second): 0.92 /
  0.93, 46 of 60 merges, 2 not-models as MODEL nodes with the code of the end of the
  sixtieth round, the same after the sixty-first and the sixty-second. Opened for the
  sixty-third round: now 0.98 / 0.94, 46 of 60, 0.
* blind66 (98 gold models in 12 documents by a sixty-fourth such helper, written during
  the sixty-first round and held out until the end of the sixty-third): 0.97 / 0.95,
  49 of 55 merges, no not-model as a MODEL node with the code of the end of the
  sixty-first round, the same after the sixty-second and the sixty-third. Opened for
  the sixty-fourth round: now 0.98 / 1.00, 55 of 55, 0.
* blind67 (93 gold models in 12 documents by a sixty-fifth such helper, written during
  the sixty-first and sixty-second rounds and held out until the end of the
  sixty-fourth): 0.91 / 0.92, 49 of 57 merges, 3 not-models as MODEL nodes with the
  code of the end of the sixty-second round, the same after the sixty-third and the
  sixty-fourth. Opened for the sixty-fifth round: now 0.98 / 0.97, 54 of 57, 1.
* blind68 (132 gold models in 12 documents by a sixty-sixth such helper, written during
  the sixty-fourth round and held out until the end of the sixty-fifth): 0.92 / 0.92,
  52 of 63 merges, 2 not-models as MODEL nodes with the code of the end of the
  sixty-fourth round, the same after the sixty-fifth. Opened for the sixty-sixth round:
  now 0.97 / 0.98, 56 of 63, 0.
* blind69 (130 gold models in 12 documents by a sixty-seventh such helper, written
  during the sixty-fifth round and held out until the end of the sixty-sixth): 0.95 /
  0.96, 49 of 59 merges, no not-model as a MODEL node with the code of the end of the
  sixty-fifth round; one false positive fewer (0.96 / 0.96) after the sixty-sixth.
  Opened for the sixty-seventh round: now 0.98 / 0.98, 51 of 59, 0.
* blind70 (111 gold models in 12 documents by a sixty-eighth such helper, written
  during the sixty-sixth round and never tuned on: its errors are never printed): 0.96
  / 0.99, 67 of 74 merges, 4 not-models as MODEL nodes with the code of the end of the
  sixty-sixth round, the same after the sixty-seventh.
* blind71 (105 gold models in 12 documents by a sixty-ninth such helper, written
  during the sixty-seventh round and never tuned on: its errors are never printed):
  0.94 / 0.98, 55 of 62 merges, 5 not-models as MODEL nodes with the code of the end of
  the sixty-seventh round. With blind70, the honest estimate for unseen documents.

A not-model name counts against a document only when the MODEL node it finds is linked
to that document: "ASA" is a model where a document defines the Average Speed of
Answer, and no model in the one that defines the Advertising Standards Authority.

On failure the message lists every false negative, false positive and failed merge.
Print the table with ``python -m tests.graph.extraction_report``.
"""

from __future__ import annotations

import pytest

from graph import build_graph, parse_document
from graph.vocabulary import parse_vocabulary
from tests.graph.extraction_report import (
    GOLD,
    SPLITS,
    GoldTopic,
    SplitScore,
    load_gold,
    score_split,
    score_topics,
)

THRESHOLDS = {
    # split: (minimum precision, minimum recall, most failed merges, most not-models
    # found as MODEL nodes)
    "dev": (0.90, 0.90, 0, 0),
    "fresh": (0.90, 0.90, 0, 1),
    "heldout": (0.85, 0.85, 2, 1),
    "blind": (0.75, 0.75, 3, 0),
    "blind2": (0.70, 0.70, 9, 8),
    "blind3": (0.92, 0.90, 5, 1),
    "blind4": (0.90, 0.85, 9, 2),
    "blind5": (0.90, 0.85, 9, 4),
    "blind6": (0.95, 0.95, 4, 1),
    "blind7": (0.90, 0.88, 16, 4),
    "blind8": (0.90, 0.84, 16, 5),
    "blind9": (0.92, 0.79, 14, 5),
    "blind10": (0.94, 0.86, 15, 6),
    "blind11": (0.92, 0.82, 11, 2),
    "blind12": (0.87, 0.85, 22, 8),
    "blind13": (0.94, 0.87, 11, 6),
    "blind14": (0.94, 0.89, 3, 5),
    "blind15": (0.92, 0.87, 12, 6),
    "blind16": (0.91, 0.87, 17, 3),
    "blind17": (0.92, 0.91, 10, 2),
    "blind18": (0.93, 0.89, 5, 4),
    "blind19": (0.96, 0.87, 4, 2),
    "blind20": (0.95, 0.91, 4, 3),
    "blind21": (0.94, 0.92, 6, 5),
    "blind22": (0.95, 0.86, 4, 5),
    "blind23": (0.97, 0.93, 3, 2),
    "blind24": (0.97, 0.88, 5, 3),
    "blind25": (0.89, 0.91, 3, 5),
    "blind26": (0.92, 0.87, 3, 4),
    "blind27": (0.88, 0.85, 6, 8),
    "blind28": (0.95, 0.91, 4, 3),
    "blind29": (0.95, 0.83, 3, 3),
    "blind30": (0.95, 0.93, 2, 3),
    "blind31": (0.94, 0.94, 2, 4),
    "blind32": (0.95, 0.96, 3, 3),
    "blind33": (0.96, 0.93, 4, 2),
    "blind34": (0.97, 0.95, 6, 2),
    "blind35": (0.95, 0.91, 3, 2),
    "blind36": (0.94, 0.93, 2, 1),
    "blind37": (0.96, 0.95, 5, 1),
    "blind38": (0.97, 0.88, 7, 1),
    "blind39": (0.94, 0.96, 5, 2),
    "blind40": (0.91, 0.86, 7, 6),
    "blind41": (0.94, 0.92, 3, 4),
    "blind42": (0.90, 0.88, 11, 4),
    "blind43": (0.91, 0.85, 18, 4),
    "blind44": (0.87, 0.91, 12, 7),
    "blind45": (0.96, 0.90, 11, 2),
    "blind46": (0.94, 0.95, 4, 2),
    "blind47": (0.93, 0.96, 4, 2),
    "blind48": (0.91, 0.92, 11, 4),
    "blind49": (0.96, 0.93, 6, 2),
    "blind50": (0.94, 0.95, 12, 2),
    "blind51": (0.96, 0.96, 9, 5),
    "blind52": (0.97, 0.96, 6, 3),
    "blind53": (0.94, 0.93, 5, 3),
    "blind54": (0.93, 0.89, 4, 3),
    "blind55": (0.92, 0.92, 3, 6),
    "blind56": (0.93, 0.86, 5, 2),
    "blind57": (0.91, 0.87, 4, 2),
    "blind58": (0.89, 0.90, 5, 4),
    "blind59": (0.95, 0.89, 4, 2),
    "blind60": (0.95, 0.93, 4, 2),
    "blind61": (0.94, 0.92, 2, 2),
    "blind62": (0.96, 0.97, 5, 2),
    "blind63": (0.97, 0.97, 7, 2),
    "blind64": (0.97, 0.97, 8, 2),
    "blind65": (0.95, 0.91, 16, 2),
    "blind66": (0.96, 0.97, 3, 1),
    "blind67": (0.95, 0.94, 5, 2),
    "blind68": (0.95, 0.95, 9, 1),
    "blind69": (0.96, 0.96, 10, 1),
    "blind70": (0.93, 0.96, 10, 6),
    "blind71": (0.92, 0.95, 10, 7),
}


@pytest.fixture(scope="module", params=SPLITS)
def split_score(request: pytest.FixtureRequest) -> SplitScore:
    return score_split(request.param)


def test_model_precision_is_above_threshold(split_score: SplitScore) -> None:
    minimum = THRESHOLDS[split_score.split][0]
    assert split_score.precision >= minimum, (
        f"{split_score.split}: precision {split_score.precision:.2f} < {minimum}\n"
        + split_score.errors()
    )


def test_model_recall_is_above_threshold(split_score: SplitScore) -> None:
    minimum = THRESHOLDS[split_score.split][1]
    assert split_score.recall >= minimum, (
        f"{split_score.split}: recall {split_score.recall:.2f} < {minimum}\n" + split_score.errors()
    )


def test_gold_aliases_are_merged_into_one_node(split_score: SplitScore) -> None:
    most = THRESHOLDS[split_score.split][2]
    assert len(split_score.unmerged) <= most, split_score.errors()


def test_organisations_brands_languages_and_roles_are_not_models(
    split_score: SplitScore,
) -> None:
    most = THRESHOLDS[split_score.split][3]
    violations = split_score.not_model_violations
    assert len(violations) <= most, split_score.errors()


@pytest.mark.parametrize("split", SPLITS)
def test_gold_lists_every_document_of_its_folder(split: str) -> None:
    documents = {path.stem for path in (GOLD / split).glob("*.txt")}
    assert set(load_gold(split)) == documents
    assert len(documents) >= 4


_SMALL_DOCUMENT = """preview
Topic Synopsis
Teams track NPS and report to HR every Monday.
Key Concepts & Core Principles
- Feedback: Surveys such as the SERVQUAL questionnaire.
Exam Tips & Revision Strategies
- Mention the Kano model.
Common Misconceptions & Mistakes to Avoid
- None.
Examiner Marking Points
- Credit SWOT.
"""


def test_scorer_counts_found_missed_and_extra_models() -> None:
    vocabulary = parse_vocabulary(
        '[models]\n"Net Promoter Score" = ["NPS"]\n[concepts]\n'
        '[not_models]\nwords = ["HR"]\nnames = []\n',
        "test",
    )
    graph = build_graph([parse_document(_SMALL_DOCUMENT, "t.txt", slug="t")], vocabulary)
    gold: dict[str, GoldTopic] = {
        "t": {
            "models": [["net promoter score"], ["Kano Model"], ["Balanced Scorecard"]],
            "same": [["NPS", "Net Promoter Score"], ["SWOT", "Kano"]],
            "not_models": ["SWOT", "HR", "Monday"],
        }
    }
    score = score_topics(graph, gold)
    (topic,) = score.topics
    assert topic.found == ("net promoter score", "Kano Model")
    assert topic.missed == ("Balanced Scorecard",)
    assert sorted(topic.extra) == ["SERVQUAL", "SWOT"]
    assert score.precision == pytest.approx(2 / 4)
    assert score.recall == pytest.approx(2 / 3)
    assert len(score.unmerged) == 1
    assert (score.merged, score.alias_groups) == (1, 2)
    # SWOT is a MODEL node; HR is a not-model word and Monday no name at all
    assert [v.split(":")[0] for v in score.not_model_violations] == ["t"]
    assert "'SWOT'" in score.not_model_violations[0]
