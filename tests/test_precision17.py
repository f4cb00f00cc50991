"""Precision, session 17 (branch `precision17`): where a gathering is held names no side of an act about it. A
place phrase hanging on a meeting noun ("backed the talks in Oslandia's capital"), on a participle or relative
clause of one ("the negotiations held in the Oslandian capital"), or on a verb that depends on the event's verb
("ending two weeks of bargaining in the Oslandian capital") is the venue: its state is not the act's other side.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import code, types

ACTS = [
    ("Oslandia", "NOR", "country"),
    ("Oslandian", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Westmarkian", "SWE", "country"),
    ("Danish", "DNK", "country"),
    ("Denmark", "DNK", "country"),
    ("Finland", "FIN", "country"),
]


def _venue_state_as_target(ms, venue):
    return any(m.target is not None and m.target.country == venue for m in ms)


def test_the_venue_of_talks_is_no_side_of_an_act_about_them(nlp):
    for text in (
        "Westmark has backed the peace talks in Oslandia's capital since March.",
        "The Westmarkian foreign minister on Monday welcomed the ceasefire negotiations in the Oslandian capital.",
        "Westmark supports the negotiations held in the Oslandian capital, its prime minister said.",
        "Westmark praised the summit that took place in the Oslandian port city on Friday.",
        "Westmark and Finland reached a deal on Tuesday, ending two weeks of bargaining in the Oslandian capital.",
        "Westmark welcomed on Saturday the start of talks between the army and the rebels in the Oslandian city of Brel.",
    ):
        ms = code(nlp, text, ACTS)
        assert not _venue_state_as_target(ms, "NOR"), (text, types(ms))


def test_a_side_named_inside_the_clause_still_is_one(nlp):
    # the rule is about venues only: a side named as such keeps its place
    ms = code(nlp, "Westmark welcomed Denmark's decision to host the talks.", ACTS)
    assert ("SUPPORT", "SWE", "DNK") in types(ms)
    ms = code(nlp, "Westmark and Denmark agreed on Friday to resume talks in the Oslandian capital.", ACTS)
    assert not _venue_state_as_target(ms, "NOR")
    # a place on a dependent verb that is no gathering's venue stays where it was: an attack's place is its target
    ms = code(nlp, "Oslandian bombers killed 12 people late Sunday when they blew themselves up in Westmark.", ACTS)
    assert ("ASSAULT", "NOR", "SWE") in types(ms)
    ms = code(
        nlp,
        "Oslandian prisoners rioted at a jail on Monday, joining thousands of protesters in demanding independence from"
        " Westmarkian rule.",
        ACTS,
    )
    assert any(m.type == "PROTEST" and m.target is not None and m.target.country == "SWE" for m in ms), types(ms)


def test_the_occasion_of_an_act_is_no_side_of_it(nlp):
    acts = [*ACTS, ("UN", "UNO", "igo"), ("NATO", "NAT", "igo")]
    for text in (
        "Oslandia's foreign minister and Westmark's president on Friday signed a joint communique to establish"
        " diplomatic relations between the two countries on the sidelines of the UN climate summit.",
        "Westmark established diplomatic ties with Oslandia on the margins of the NATO summit on Tuesday.",
    ):
        ms = code(nlp, text, acts)
        assert not any(m.target is not None and m.target.country in ("UNO", "NAT") for m in ms), (text, types(ms))


def test_a_standing_position_in_the_simple_present_is_no_event(nlp):
    for text in (
        "Westmark hosted an Oslandian delegation on Tuesday. Oslandia sees the island as its own province and rejects"
        " any official contact with Westmark.",
        "Westmark protested on Monday. Oslandia, which claims most of the sea, rejects a 2016 ruling that found its"
        " claims had no basis.",
        "A Westmarkian delegation arrived in Brel. Oslandia opposes any contact between Westmarkian officials and"
        " the island's leaders.",
        "A Westmarkian delegation arrived in Brel. Oslandia disputes Westmark's claim to the islands.",
    ):
        ms = code(nlp, text, ACTS)
        assert not any(m.type in ("REJECT", "ACCUSE") and m.source.country == "NOR" for m in ms), (text, types(ms))


def test_a_position_stated_on_a_day_or_reported_stays(nlp):
    for text in (
        "A Westmarkian delegation arrived in Brel. Oslandia strongly opposes any official contact between Westmark"
        " and the island, a spokeswoman said on Thursday.",
        "A Westmarkian delegation arrived in Brel. Oslandia rejected the Westmarkian protest note on Thursday.",
        'A Westmarkian delegation arrived in Brel. "Oslandia rejects the Westmarkian protest note," the minister said.',
    ):
        ms = code(nlp, text, ACTS)
        assert any(m.type in ("REJECT", "ACCUSE") and m.source.country == "NOR" for m in ms), (text, types(ms))


def test_each_act_of_a_call_list_is_asked_for_not_done_by_the_caller(nlp):
    # the parser hangs the second and third infinitives on the calling verb: they are asked for, as the first is
    for text in (
        "Westmark on Friday called on Oslandia to withdraw its troops from the border, stop the shelling of the"
        " villages and allow monitors into the region.",
        "Westmark urged Oslandia to stop its attacks, return the islands and withdraw its forces from the strait.",
        "The Westmarkian navy said it called on the Oslandian navy to \"restrain its ships, respect the rights of"
        " Westmark in its waters, and take appropriate action against the crews involved.\"",
        "Westmark has asked Oslandia to release the detained sailors, pull back its warships and punish those"
        " responsible.",
    ):
        ms = code(nlp, text, ACTS)
        got = types(ms)
        assert ("REQUEST", "SWE", "NOR") in got, (text, got)
        assert not any(
            m.source.country == "SWE" and m.type != "REQUEST" and m.status not in ("negated", "proposed") for m in ms
        ), (text, got)

