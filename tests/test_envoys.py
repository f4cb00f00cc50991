"""Diplomatic measures and their two sides: summonses, recalls, closures of missions, formal protests, asylum.

Invented sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import Actor, code, types

from tidings.events import code_doc
from tidings.places import Place


def test_an_envoy_summoned_with_no_agent_is_summoned_by_his_host(nlp):
    # the posting named with the envoy is the summoner
    ms = code(
        nlp,
        "Belarus's ambassador to Vilnius was summoned to the foreign ministry on Friday over the balloons.",
        [("Belarus", "BLR", "country"), ("Vilnius", "LTU", "country")],
    )
    assert ("ACCUSE", "LTU", "BLR") in types(ms)
    # else the side the to-phrase names
    ms = code(
        nlp,
        "The Serbian envoy was summoned to Croatia's foreign ministry on Monday after the border incident.",
        [("Serbian", "SRB", "country"), ("Croatia", "HRV", "country")],
    )
    assert ("ACCUSE", "HRV", "SRB") in types(ms)


def test_a_mission_closure_ordered_by_another_is_the_orderers_measure(nlp):
    ms = code(
        nlp,
        "Canada on Tuesday ordered Venezuela to close its consulate in Vancouver within a week.",
        [("Canada", "CAN", "country"), ("Venezuela", "VEN", "country"), ("Vancouver", "CAN", "country")],
    )
    assert ("SANCTION", "CAN", "VEN") in types(ms)
    assert ("SANCTION", "VEN", "CAN") not in types(ms)


def test_an_envoy_ordered_home_is_recalled_by_his_own_state(nlp):
    ms = code(
        nlp,
        "Ghana expelled Togo's ambassador on Monday. Togo said on Tuesday it was ordering its envoy home.",
        [("Ghana", "GHA", "country"), ("Togo", "TGO", "country")],
    )
    recall = [m for m in ms if m.sentence == 1]
    assert [(m.type, m.mode, m.source.country, m.target.country if m.target else None) for m in recall] == [
        ("SANCTION", "withdraw", "TGO", "GHA")
    ]


def test_a_demarche_handed_to_an_envoy_is_a_protest_against_his_state(nlp):
    ms = code(
        nlp,
        "Cyprus filed a strong demarche to the Turkish ambassador on Thursday over the drilling ship.",
        [("Cyprus", "CYP", "country"), ("Turkish", "TUR", "country")],
    )
    assert types(ms) == [("ACCUSE", "CYP", "TUR")]


def test_his_country_is_the_state_of_the_one_the_pronoun_stands_for(nlp):
    ms = code(
        nlp,
        "Foreign Minister Rogelio Mayta announced that his country had granted asylum to two senators from Paraguay.",
        [("Rogelio Mayta", "BOL", "person"), ("Paraguay", "PRY", "country")],
    )
    assert ("AID", "BOL", "PRY") in types(ms)


def test_a_complaint_dropped_at_an_international_body_is_a_concession_to_the_accused(nlp):
    ms = code(
        nlp,
        "Vietnam said on Monday it would drop its complaint to the World Trade Organization against Indonesia's nickel ban.",
        [("Vietnam", "VNM", "country"), ("World Trade Organization", "WTO", "igo"), ("Indonesia", "IDN", "country")],
    )
    assert ("CONCEDE", "VNM", "IDN") in types(ms)
    assert ("CONCEDE", "VNM", "WTO") not in types(ms)


def test_respect_expressed_to_a_leader_is_praise(nlp):
    ms = code(
        nlp,
        "Chancellor Scholz expressed his respect to Prime Minister Tusk for the border agreement.",
        [("Scholz", "DEU", "person"), ("Tusk", "POL", "person")],
    )
    assert ("SUPPORT", "DEU", "POL") in types(ms)


def test_envoys_expelled_with_no_agent_are_expelled_by_their_host(nlp):
    ms = code(
        nlp,
        "On Monday the prime minister announced that 12 Iranian diplomats would be expelled from Albania.",
        [("Iranian", "IRN", "country"), ("Albania", "ALB", "country")],
    )
    assert ("SANCTION", "ALB", "IRN") in types(ms)
    # the state that says so, when it is not the envoys' own
    ms = code(
        nlp,
        "Seven Chinese diplomats were expelled on Friday, the Lithuanian foreign ministry said.",
        [("Chinese", "CHN", "country"), ("Lithuanian foreign ministry", "LTU", "country")],
    )
    assert ("SANCTION", "LTU", "CHN") in types(ms)


def test_opening_a_mission_in_another_state_is_cooperation(nlp):
    ms = code(
        nlp,
        "Qatar formally reopened its embassy in Cairo on Sunday.",
        [("Qatar", "QAT", "country"), ("Cairo", "EGY", "country")],
    )
    assert types(ms) == [("COOPERATE", "QAT", "EGY")]


def test_a_mission_in_a_place_names_the_state_that_hosts_it(nlp):
    # the place is a place, not an actor: it stands for its country
    text = "Bahrain formally reopened its embassy in Doha on Monday."
    i = text.index("Doha")
    doha = Place(
        start=i,
        end=i + 4,
        text="Doha",
        name="Doha",
        geonameid=None,
        country="QAT",
        admin1=None,
        lat=None,
        lon=None,
        feature="city",
        score=1.0,
        sentence=0,
    )
    acts = [Actor(0, 7, "Bahrain", "bahrain", "Bahrain", "BHR", sector="GOV")]
    ms = code_doc("a1", nlp(text), published="2024-05-10", actors=acts, places=[doha])
    assert types(ms) == [("COOPERATE", "BHR", "QAT")]
