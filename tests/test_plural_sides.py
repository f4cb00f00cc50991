"""Sides given by plurals, pronouns and lists (session 28), from invented sentences.

Each conjunct of a coordinated side is a side of its own; "them" is the last parties named as a group (its own
sentence's pair first); coordinated sides of one state at odds (an army and a rebel force) are a domestic event.
"""

from __future__ import annotations

import re

from coding import Actor, code, types

from tidings.events import code_doc

NORDIC = [
    ("Norway", "NOR", "country"),
    ("Sweden", "SWE", "country"),
    ("Finland", "FIN", "country"),
    ("Denmark", "DNK", "country"),
    ("Iceland", "ISL", "country"),
    ("Swedish", "SWE", "country"),
]


def test_coordinated_sources_each_address_each_coordinated_target(nlp):
    ms = code(nlp, "Norway and Iceland urged Finland and Denmark to halt the fighting.", NORDIC)
    req = {(s, t) for ty, s, t in types(ms) if ty == "REQUEST"}
    assert req == {("NOR", "FIN"), ("NOR", "DNK"), ("ISL", "FIN"), ("ISL", "DNK")}


def test_them_after_a_pair_in_its_own_sentence_is_that_pair(nlp):
    for call in (
        "The Swedish president called both leaders on Saturday, urging them to settle their differences, ",
        "The Swedish president called both leaders at the weekend urging them to settle their differences, ",
    ):
        text = (
            "Finland and Denmark have clashed since Thursday, and Iceland and Sweden offered to help. "
            + call
            + "warning he would not conclude trade deals with them unless they ended the fighting."
        )
        got = types(code(nlp, text, NORDIC))
        for ty in ("REQUEST", "THREATEN"):
            assert (ty, "SWE", "FIN") in got and (ty, "SWE", "DNK") in got, (ty, call)
            assert (ty, "SWE", "ISL") not in got, (ty, call)


def test_an_act_coordinated_after_a_target_is_no_second_target(nlp):
    # "their support for A and their condemnation of B" parsed with the condemnation as a conjunct of A
    text = (
        "On Monday the leaders of Norway, Iceland and Denmark issued a joint statement expressing their steadfast "
        "support for Finland and their unequivocal condemnation of Sweden."
    )
    got = types(code(nlp, text, NORDIC))
    assert ("SUPPORT", "NOR", "SWE") not in got and ("SUPPORT", "ISL", "SWE") not in got


def test_them_after_a_coordinated_object_is_each_of_its_sides(nlp):
    text = "The Swedish president telephoned the presidents of Finland and Denmark on Friday, urging them to sign the deal."
    req = {(s, t) for ty, s, t in types(code(nlp, text, NORDIC)) if ty == "REQUEST"}
    assert req == {("SWE", "FIN"), ("SWE", "DNK")}


def test_an_act_a_call_was_made_for_is_addressed_to_each_side_called(nlp):
    text = "The Swedish president telephoned the presidents of Finland and Denmark on Friday to urge progress in the talks."
    req = {(s, t) for ty, s, t in types(code(nlp, text, NORDIC)) if ty == "REQUEST"}
    assert req == {("SWE", "FIN"), ("SWE", "DNK")}


def test_envoys_recalled_from_two_postings_are_two_recalls(nlp):
    text = "Norway said on Monday it was recalling its ambassadors to Stockholm and Helsinki for consultations."
    ms = code(nlp, text, NORDIC, places=[("Stockholm", "SWE"), ("Helsinki", "FIN")])
    got = {(s, t) for ty, s, t in types(ms) if ty == "SANCTION"}
    assert got == {("NOR", "SWE"), ("NOR", "FIN")}


def _sector_code(nlp, text, acts):
    """Code ``text`` with actors (surface, country, kind, sector)."""
    actors = [
        Actor(m.start(), m.end(), s, s.lower().replace(" ", "_"), s, c, sector=sec, kind=k)
        for s, c, k, sec in acts
        for m in re.finditer(r"\b" + re.escape(s) + r"\b", text)
    ]
    return code_doc("a1", nlp(text), published="2024-05-10", actors=actors)


def test_an_army_and_a_rebel_force_of_one_state_are_a_domestic_pair(nlp):
    acts = [("the Oslandian army", "NOR", "org", "MIL"), ("the Northern Front", "NOR", "org", "REB")]
    ms = _sector_code(nlp, "On Monday the Oslandian army and the Northern Front resumed talks in Bergen.", acts)
    assert ("CONSULT", "NOR", "NOR") in types(ms)


def test_two_officials_of_one_government_are_no_domestic_pair(nlp):
    acts = [("President Eriksen", "NOR", "person", "GOV"), ("Prime Minister Berg", "NOR", "person", "GOV")]
    ms = _sector_code(nlp, "President Eriksen and Prime Minister Berg met on Monday.", acts)
    assert ("CONSULT", "NOR", "NOR") not in types(ms)


def test_a_demonym_the_recogniser_took_for_a_name_is_still_a_side():
    # "the Armenian and Azerbaijani sides" with the second adjective tagged PERSON on its own
    from coding import coded

    got = coded("The Russian and French presidents called on the Armenian and Azerbaijani sides to take a step.")
    assert ("REQUEST", "RUS", "AZE") in got and ("REQUEST", "FRA", "AZE") in got


def test_meetings_conducted_with_a_list_of_envoys_are_one_meeting_per_state(nlp):
    text = (
        "Swedish President Eriksen will meet the Danish ambassador on Tuesday. Afterwards, he will conduct separate "
        "meetings with the ambassadors of Norway, Finland and Iceland."
    )
    acts = NORDIC + [("Danish", "DNK", "country"), ("Swedish President Eriksen", "SWE", "person")]
    got = {(s, t) for ty, s, t in types(code(nlp, text, acts)) if ty == "CONSULT"}
    assert {("SWE", "NOR"), ("SWE", "FIN"), ("SWE", "ISL")} <= got


def test_a_journey_gone_on_for_talks_meets_each_side_the_talks_name(nlp):
    acts = NORDIC + [("Norwegian", "NOR", "country"), ("Finnish", "FIN", "country")]
    text = "The Swedish president went to Bergen on Monday for talks with Norwegian and Finnish diplomats."
    got = {(s, t) for ty, s, t in types(code(nlp, text, acts, places=[("Bergen", "NOR")])) if ty == "CONSULT"}
    assert got == {("SWE", "NOR"), ("SWE", "FIN")}


def test_a_subject_they_is_the_subject_group_not_the_pair_its_act_named(nlp):
    # "A and B went to X for talks with C's diplomats. They did not meet directly": "they" are A and B
    acts = NORDIC + [("Norwegian", "NOR", "country")]
    text = (
        "Finland and Denmark went to Bergen on Monday for talks with Norwegian diplomats. "
        "They did not meet directly, but considered a draft document."
    )
    ms = code(nlp, text, acts, places=[("Bergen", "NOR")])
    assert not [
        m
        for m in ms
        if m.sentence == 1 and m.type == "CONSULT" and "NOR" in (m.source.country, m.target and m.target.country)
    ]
