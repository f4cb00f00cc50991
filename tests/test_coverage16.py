"""Events missed outright on real news (session 16, branch `coverage16`): an acronym the article defines in brackets
names its body again, and craft stopped, cut off, doused or crossed at sea are coerced.

The sentences are made up; actors of the coding tests are given by hand as the enrich stage would give them
(tests/coding.py).
"""

from __future__ import annotations

import datetime as dt

from coding import code, types

from tidings.actors import resolve
from tidings.enrich import analyse
from tidings.events.coder import code_article

ACTS = [
    ("Vietnamese", "VNM", "country"),
    ("Vietnam", "VNM", "country"),
    ("Chinese", "CHN", "country"),
    ("China", "CHN", "country"),
]


def _resolved(nlp, text):
    return {m.text: m for m in resolve(nlp(text), published=dt.date(2024, 3, 1))}


def test_an_acronym_defined_in_brackets_names_its_body_again(nlp):
    ms = _resolved(
        nlp,
        "The Vietnamese Coast Guard (VCG) said its patrol had been followed. On Monday the VCG urged the "
        "China Coast Guard to leave the area.",
    )
    assert ms["the VCG"].country == "VNM" and ms["the VCG"].resolved
    # a credit in brackets after a person, or letters that are not the name's, define nothing
    ms = _resolved(nlp, "Chinese Foreign Minister Wang Yi (AFP) spoke on Monday. The AFP said nothing.")
    assert not any(m.country == "CHN" and m.text.endswith("AFP") for m in ms.values())


def test_craft_stopped_cut_off_doused_or_crossed_are_coerced(nlp):
    for text in (
        "A Chinese coast guard ship blocked a Vietnamese fishing boat near the reef on Monday.",
        "Chinese vessels obstructed two Vietnamese supply boats on Monday.",
        "A Chinese cutter maneuvered to cut off the Vietnamese patrol vessel on Monday.",
        "A Chinese ship sprayed a Vietnamese trawler with water cannon on Monday.",
        "A Chinese cutter cut across the bow of a Vietnamese patrol ship on Monday.",
        "A Chinese cutter crossed the bow of a Vietnamese vessel on Monday.",
    ):
        ms = code(nlp, text, ACTS, published="2024-03-05")
        assert ("COERCE", "CHN", "VNM") in types(ms), text
    # roads blocked and supplies cut off keep their own readings
    ms = code(nlp, "Vietnam cut off aid to China on Monday.", ACTS, published="2024-03-05")
    assert ("SANCTION", "VNM", "CHN") in types(ms)
    ms = code(nlp, "A Vietnamese truck crossed the bridge on Monday.", ACTS, published="2024-03-05")
    assert not any(m.type == "COERCE" for m in ms)


def test_a_capitalised_title_plural_of_both_nations_is_the_pair(nlp):
    text = (
        "Vietnam and China agreed on Friday to restore their hotline. After that, the Foreign Ministers of both "
        "nations will meet to prepare the next round."
    )
    ms = code(nlp, text, ACTS, published="2024-03-02")
    assert any(m.type == "CONSULT" and {m.source.country, m.target.country} == {"VNM", "CHN"} for m in ms)


def test_an_alternative_clause_with_its_own_subject_is_its_own_threat(nlp):
    text = "Vietnam said China must free the crew within a week, or Vietnam will take all necessary measures."
    ms = code(nlp, text, ACTS, published="2024-03-02")
    assert ("REQUEST", "VNM", "CHN") in types(ms)
    assert ("THREATEN", "VNM", "CHN") in types(ms)
    # the demand's own further content stays part of it
    ms = code(nlp, "Vietnam urged China to free the crew and return the boat.", ACTS, published="2024-03-02")
    assert types(ms) == [("REQUEST", "VNM", "CHN")]


def test_an_act_added_with_also_is_dated_as_the_same_sides_act_before_it(nlp):
    text = (
        "On Saturday morning, a Chinese ship rammed a Vietnamese supply boat near the reef. "
        "Vietnam summoned China's ambassador on Monday to protest. It also demanded that China withdraw its vessels."
    )
    enriched = analyse("a1", nlp(text), published=dt.date(2024, 3, 6))
    demand = next(m for m in code_article(enriched) if m.type == "REQUEST")
    assert demand.date_value == "2024-03-04", demand.date_value


def test_a_border_reopened_between_two_states_is_their_cooperation(nlp):
    acts = [("Chile", "CHL", "country"), ("Peru", "PER", "country")]
    ms = code(nlp, "Chile and Peru reopened their border on Monday.", acts, published="2024-03-06")
    assert ("COOPERATE", "CHL", "PER") in types(ms)
    # a noun act is dated by its own time phrase: read with the enrich stage's time expressions
    text = "Chile and Peru restored ties in May. Traders hailed the reopening of the border between the two countries on Monday."
    ms = code_article(analyse("a1", nlp(text), published=dt.date(2024, 3, 6)))
    assert any(m.type == "COOPERATE" and m.trigger.startswith("reopening") for m in ms)
    ms = code_article(analyse("a1", nlp("Traders hailed Peru's reopening of its border with Chile on Monday."), published=dt.date(2024, 3, 6)))
    assert ("COOPERATE", "PER", "CHL") in types(ms)


def test_a_verb_shares_the_object_of_the_verb_coordinated_after_it(nlp):
    for text in (
        "Chinese coast guard ships blocked and sideswiped a Vietnamese patrol vessel on Monday.",
        "Three Chinese ships blocked and rammed two Vietnamese supply boats on Monday.",
    ):
        ms = code(nlp, text, ACTS, published="2024-03-06")
        assert any(m.type == "COERCE" and m.trigger.startswith("blocked") and m.target.country == "VNM" for m in ms), text
