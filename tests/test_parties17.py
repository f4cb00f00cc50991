"""Who did what to whom on real news (session 17, branch `parties17`): a call received is the caller's act, each of
coordinated callers a side; a side that follows another's act ("followed suit", "did the same") does that act.

The sentences are made up; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import code

ACTS = [
    ("Kenyan President Amina Otieno", "KEN", "person"),
    ("Kenyan President Otieno", "KEN", "person"),
    ("Ethiopian Prime Minister Dawit Bekele", "ETH", "person"),
    ("Ethiopian Prime Minister Bekele", "ETH", "person"),
    ("Ugandan President Okello", "UGA", "person"),
    ("Tanzanian President Juma", "TZA", "person"),
    ("Peruvian Foreign Minister Luis Ortega", "PER", "person"),
    ("Chilean Foreign Minister Rosa Vidal", "CHL", "person"),
    ("Indian Prime Minister Arjun Rao", "IND", "person"),
    ("British Prime Minister Tom Hale", "GBR", "person"),
    ("Britain", "GBR", "country"),
    ("Russian", "RUS", "country"),
    ("the United States", "USA", "country"),
    ("Norway", "NOR", "country"),
    ("Chile", "CHL", "country"),
    ("Peru", "PER", "country"),
    ("Senegal", "SEN", "country"),
    ("Mali", "MLI", "country"),
    ("Guinea", "GIN", "country"),
    ("Kenya", "KEN", "country"),
    ("Somalia", "SOM", "country"),
    ("Djibouti", "DJI", "country"),
    ("Poland", "POL", "country"),
    ("Ukrainian", "UKR", "country"),
    ("Hungary", "HUN", "country"),
    ("Slovakia", "SVK", "country"),
    ("Iran", "IRN", "country"),
    ("Israel", "ISR", "country"),
]


def dyads(ms, type_):
    return sorted({(m.source.country, m.target.country if m.target else None) for m in ms if m.type == type_})


# -- a call received: CONSULT from each caller to the one who received it ----------------------------------------
def test_a_call_received_is_the_callers_consultation(nlp):
    for text in (
        "Kenyan President Amina Otieno received a phone call on Tuesday from Ethiopian Prime Minister Dawit Bekele.",
        "Kenyan President Otieno has received a call from Ethiopian Prime Minister Bekele about the drought.",
        "On Monday, Kenyan President Otieno received a telephone call from Ethiopian Prime Minister Bekele.",
    ):
        assert dyads(code(nlp, text, ACTS), "CONSULT") == [("ETH", "KEN")], text


def test_coordinated_callers_are_one_call_each(nlp):
    for text in (
        "Kenyan President Otieno received phone calls on Sunday from Ugandan President Okello and Tanzanian "
        "President Juma, who offered condolences.",
        "Kenyan President Otieno has received two phone calls from Ugandan President Okello and Tanzanian "
        "President Juma.",
    ):
        assert dyads(code(nlp, text, ACTS), "CONSULT") == [("TZA", "KEN"), ("UGA", "KEN")], text


def test_a_guest_received_stays_a_visit_and_a_letter_no_call(nlp):
    ms = code(nlp, "Peruvian Foreign Minister Luis Ortega received Chilean Foreign Minister Rosa Vidal in Lima "
              "on Monday.", ACTS)
    assert dyads(ms, "CONSULT") == [("CHL", "PER")]
    ms = code(nlp, "Kenyan President Otieno received a letter from Ethiopian Prime Minister Bekele.", ACTS)
    assert dyads(ms, "CONSULT") == []


def test_calling_up_an_office_holder_is_a_call_not_a_mobilisation(nlp):
    ms = code(nlp, "British Prime Minister Tom Hale called up Indian Prime Minister Arjun Rao on Friday.", ACTS)
    assert dyads(ms, "CONSULT") == [("GBR", "IND")] and dyads(ms, "MOBILIZE") == []


# -- a side that follows another's act does the same act ----------------------------------------------------------
def test_a_follower_does_the_same_act_to_the_same_side(nlp):
    cases = [
        ("Britain expelled 23 Russian diplomats on Monday, and the United States followed suit on Tuesday.",
         [("GBR", "RUS"), ("USA", "RUS")]),
        ("Chile imposed tariffs on Peru in March, and Norway followed at the end of that month.",
         [("CHL", "PER"), ("NOR", "PER")]),
        ("Kenya severed diplomatic ties with Somalia on Friday. Djibouti did the same a day later.",
         [("DJI", "SOM"), ("KEN", "SOM")]),
        ("Senegal recalled its ambassador from Mali, and Guinea did likewise.", [("GIN", "MLI"), ("SEN", "MLI")]),
        ("Poland banned imports of Ukrainian grain. Later Hungary and Slovakia followed suit.",
         [("HUN", "UKR"), ("POL", "UKR"), ("SVK", "UKR")]),
    ]
    for text, want in cases:
        assert dyads(code(nlp, text, ACTS), "SANCTION") == want, text


def test_a_reply_or_a_following_event_is_no_copy(nlp):
    # the target that follows is replying, not copying; a thing that followed an event is no side
    ms = code(nlp, "Iran attacked Israel on Saturday, and Israel followed with strikes of its own.", ACTS)
    assert ("ISR", "ISR") not in dyads(ms, "ASSAULT")
    ms = code(nlp, "Poland banned imports of Ukrainian grain. Protests followed in Kyiv.", ACTS)
    assert dyads(ms, "SANCTION") == [("POL", "UKR")]


def test_the_follower_copies_the_main_act_not_its_participle(nlp):
    text = ("On Monday Kenya announced that it had severed diplomatic ties with Somalia, accusing Somalia of "
            "meddling. Later Djibouti followed suit.")
    ms = code(nlp, text, ACTS)
    assert dyads(ms, "SANCTION") == [("DJI", "SOM"), ("KEN", "SOM")]
    assert ("DJI", "SOM") not in dyads(ms, "ACCUSE")


def test_a_follower_still_to_come_is_planned(nlp):
    for text in (
        "Kenya severed diplomatic ties with Somalia on Friday, and officials said Djibouti would follow suit.",
        "Kenya severed diplomatic ties with Somalia on Friday. Djibouti is expected to follow suit.",
    ):
        ms = [m for m in code(nlp, text, ACTS) if m.type == "SANCTION" and m.source.country == "DJI"]
        assert [(m.target.country, m.status) for m in ms] == [("SOM", "planned")], text


def test_a_call_with_no_caller_side_is_no_consultation(nlp):
    for text in (
        "Kenyan President Otieno received calls to resign on Monday.",
        "Kenyan President Otieno has received many calls from citizens angry at Ethiopian Prime Minister Bekele.",
    ):
        assert dyads(code(nlp, text, ACTS), "CONSULT") == [], text


def test_a_two_sided_act_is_not_copied_to_a_follower(nlp):
    # whose place the follower takes in a deal between two sides is not said
    text = "Senegal agreed on Monday to restore ties with Mali. Guinea announced that it would follow suit."
    ms = code(nlp, text, ACTS)
    assert not any(m.source.country == "GIN" for m in ms)
