"""Policy acts and their targets (session 11, branch policy11): sanctions, coercion and aid by the conventions a
reader states: relations broken are severed, a measure taken is no threat, relief dropped from the air is aid, an
action noun ("the suspension of aid") decides what the announced object is, an order's relative clause acts for
the order's owner, a tariff added is imposed, a list of those a measure hits is the measure, recognition switched
to one claimant is withdrawn from the other, another clause's subject is no target.

Actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import code, types


ACTS = [
    ("Chile", "CHL", "country"),
    ("Peru", "PER", "country"),
    ("Peruvian", "PER", "country"),
    ("Chilean", "CHL", "country"),
]


def test_relations_broken_are_severed(nlp):
    for text in (
        "Chile announces that it is breaking diplomatic relations with Peru.",
        "Chile broke diplomatic ties with Peru on Monday.",
    ):
        ms = code(nlp, text, ACTS)
        assert ("SANCTION", "CHL", "PER") in types(ms), text
        assert "THREATEN" not in [m.type for m in ms], text
    # breaking a law or a truce is no measure against anyone
    assert "SANCTION" not in [m.type for m in code(nlp, "Chile broke the truce with Peru on Monday.", ACTS)]


def test_a_measure_taken_is_a_sanction_one_to_take_a_threat(nlp):
    for text in (
        "Chile has decided to take countermeasures against 12 Peruvian mining companies.",
        "The Chilean trade ministry took similar action against Peru in April.",
        "Chile had already taken punitive steps against Peru on Friday.",
    ):
        ms = code(nlp, text, ACTS)
        assert ("SANCTION", "CHL", "PER") in types(ms), text
        assert all(m.status == "occurred" for m in ms if m.type == "SANCTION"), text
    # the same words in the future are a threat, made when they are said
    ms = code(
        nlp, "Chile will take countermeasures against Peruvian mining companies, the ministry said on Monday.", ACTS
    )
    assert [m.type for m in ms] == ["THREATEN"]
    # steps taken that aim at nobody are no sanction
    assert "SANCTION" not in [m.type for m in code(nlp, "Peru has taken the required steps, Chile said.", ACTS)]


def test_relief_dropped_from_the_air_is_aid(nlp):
    acts = [*ACTS, ("Bolivia", "BOL", "country")]
    ms = code(nlp, "Chile carried out three humanitarian airdrops over Bolivia on Sunday.", acts)
    assert ("AID", "CHL", "BOL") in types(ms)
    ms = code(nlp, "Chile said on Saturday that it would resume aid drops over Bolivia at once.", acts)
    assert [(m.type, m.source.country, m.target.country, m.status) for m in ms] == [("AID", "CHL", "BOL", "planned")]


def test_an_action_noun_decides_what_is_done_to_the_announced_measure(nlp):
    ms = code(nlp, "Chile announced the suspension of development aid to Peru on Saturday.", ACTS)
    assert types(ms) == [("SANCTION", "CHL", "PER")]
    ms = code(nlp, "Chile announced the lifting of sanctions on Peru on Saturday.", ACTS)
    assert types(ms) == [("CONCEDE", "CHL", "PER")]


def test_an_order_acts_for_its_owner_through_a_relative_clause(nlp):
    acts = [*ACTS, ("Boric", "CHL", "person")]
    ms = code(
        nlp,
        "The expulsion follows Boric's executive order last month that halted federal funding to Peru, citing its policies.",
        acts,
        published="2025-03-17",
    )
    assert ("SANCTION", "CHL", "PER") in types(ms)


def test_a_further_tariff_added_is_a_tariff_imposed(nlp):
    ms = code(nlp, "Chile said on Friday it would add levies of 5 or 10 percent to some 3,000 Peruvian products.", ACTS)
    assert ("SANCTION", "CHL", "PER") in types(ms)


def test_recognition_switched_to_one_claimant_is_withdrawn_from_the_other(nlp):
    acts = [("Honduras", "HND", "country"), ("Beijing", "CHN", "country")]
    ms = code(nlp, "Honduras switched its recognition to Beijing last month.", acts)
    assert ("SANCTION", "HND", "TWN") in types(ms) and ("SUPPORT", "HND", "CHN") in types(ms)


def test_a_list_of_those_a_measure_hits_is_the_measure(nlp):
    ms = code(
        nlp,
        "The ministry spoke after Chile expanded its list of Peruvian companies subject to export controls on mining "
        "equipment.",
        ACTS,
    )
    assert ("SANCTION", "CHL", "PER") in types(ms)
    # a list of guests is no measure
    assert "SANCTION" not in [m.type for m in code(nlp, "Chile expanded its list of Peruvian guests on Monday.", ACTS)]


def test_a_licence_required_for_exports_is_an_export_control(nlp):
    acts = [*ACTS, ("the U.S.", "USA", "country")]
    ms = code(
        nlp,
        "Chile said in July 2023 it would require exporters to apply for licenses to send to the U.S. the lithium it mines.",
        acts,
        published="2024-12-03",
    )
    assert ("SANCTION", "CHL", "USA") in types(ms)
    # applying for a licence oneself is no measure
    ms = code(nlp, "Chile said on Monday its exporters had applied for licenses to sell lithium to Peru.", ACTS)
    assert "SANCTION" not in [m.type for m in ms]


def test_a_side_placed_on_a_blacklist_is_sanctioned(nlp):
    """Session 12 (missed12): "placed a dozen Chilean firms on its trade blacklist", "added ... to its sanctions list":
    a side put on a list of those a measure hits is sanctioned, also where the parser hangs the list on the object."""
    for text in (
        "Peru said on Wednesday it had placed a dozen more Chilean companies on its trade blacklist.",
        "Peru on Tuesday added 12 Chilean banks to its sanctions list.",
        "Peru put four Chilean firms on its entity list on Monday.",
    ):
        assert ("SANCTION", "PER", "CHL") in types(code(nlp, text, ACTS)), text
    # a place on a guest list is no measure
    ms = code(nlp, "Peru placed two Chilean singers on its guest list for the gala on Monday.", ACTS)
    assert "SANCTION" not in [m.type for m in ms]


def test_an_intercept_conducted_is_coercion_of_the_intercepted_side(nlp):
    """Session 12 (missed12): "two Chilean jets conducted an unprofessional intercept of a Peruvian surveillance plane":
    an intercept conducted, carried out or made is the interceptor's coercion of the craft's side (as the noun is)."""
    for text in (
        "Two Chilean jets conducted an unprofessional intercept of a Peruvian surveillance plane on Friday.",
        "A Chilean fighter carried out an unsafe intercept of a Peruvian patrol aircraft on Friday.",
        "Two Chilean jets made an unprofessional intercept of a Peruvian navy plane on Friday.",
    ):
        assert ("COERCE", "CHL", "PER") in types(code(nlp, text, ACTS)), text
