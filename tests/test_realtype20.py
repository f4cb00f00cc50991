"""Events missed or mis-typed on real news (session 20, branch `realtype20`): a mission opened or reopened in another
state is cooperation (COOPERATE) with the state that hosts it, named also as "the capital Riyadh" or "the harbour of
Port Sudan"; a mission's staff withdrawn from a state is a recall (SANCTION), troops withdrawn stay a retreat; a
measure being prepared or drafted is planned ("is preparing sanctions", "is drawing up a list of sanctions against
...") and its preparer takes it; an aid delivery whose vehicle or cargo comes "from" a side is that side's aid; an
undertaking ("undertook to reopen their embassies") is a plan.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

from coding import coded, pipeline_mentions


def _events(text):
    return sorted(
        {
            (m.type, m.source.country if m.source else None, m.target.country if m.target else None, m.status)
            for m in pipeline_mentions(text)
        },
        key=str,
    )


def test_a_mission_opened_in_another_state_is_cooperation_with_its_host():
    assert ("COOPERATE", "QAT", "EGY") in coded("Qatar reopened its embassy in Cairo on Sunday.")
    assert ("COOPERATE", "IND", "UKR") in coded("India opened an embassy in Kyiv on Wednesday.")
    # the host named by a place noun's apposition
    assert ("COOPERATE", "IRN", "SAU") in coded(
        "On Tuesday Iran reopened its embassy in the capital Riyadh and its consulate in Jeddah."
    )
    # closing one stays a sanction
    assert ("SANCTION", "DEU", "TUR") in coded("Germany closed its consulate in Istanbul on Monday.")


def test_a_missions_staff_withdrawn_from_a_state_is_a_recall():
    got = _events("Egypt and Bahrain announced on Monday that they were withdrawing their diplomatic staff from Qatar.")
    assert ("SANCTION", "EGY", "QAT", "occurred") in got, got
    assert ("SANCTION", "BHR", "QAT", "occurred") in got, got
    assert ("SANCTION", "CAN", "AFG") in coded("Canada withdrew its embassy personnel from Afghanistan on Friday.")
    # troops withdrawn are no recall
    got = coded("Russia withdrew its troops from Syria on Friday.")
    assert not any(t == "SANCTION" for t, _, _ in got), got


def test_a_measure_being_prepared_is_planned():
    for text, pair in (
        ("The European Union is preparing new sanctions against Belarus.", ("EUR", "BLR")),
        ("The European Union is drafting a new package of sanctions against Belarus.", ("EUR", "BLR")),
        ("Washington is readying new tariffs on Chinese steel.", ("USA", "CHN")),
        ("The European Union is drawing up a list of sanctions against Belarus.", ("EUR", "BLR")),
    ):
        got = _events(text)
        assert ("SANCTION", *pair, "planned") in got, (text, got)
    # imposed is done
    assert ("SANCTION", "EUR", "BLR", "occurred") in _events(
        "The European Union imposed new sanctions on Belarus on Monday."
    )
    # a list prepared with no target named in the noun's phrase is nobody's measure (the parser may give the verb
    # another clause's subject)
    got = _events("Officials say Belarus is sending fuel to Russia, and the bloc is drawing up a list of sanctions.")
    assert not any(t == "SANCTION" for t, *_ in got), got
    # a report prepared on sanctions is no measure
    got = _events("The ministry is preparing a report on the sanctions against Belarus.")
    assert not any(t == "SANCTION" for t, *_ in got), got


def test_aid_from_a_side_is_that_sides_aid():
    assert ("AID", "TUR", "SDN") in coded(
        "A ship carrying over 1,500 tons of humanitarian aid from Turkey reached Sudan, bringing food and medicine."
    )
    assert ("AID", "ARE", "SDN") in coded(
        "A shipment of relief supplies from the United Arab Emirates, destined for Darfur, docked in the harbour of "
        "Port Sudan on Sunday."
    )
    # people carried from a place are no aid
    got = coded("A ship carrying migrants from Libya reached Italy on Monday.")
    assert not any(t == "AID" for t, _, _ in got), got


def test_an_undertaking_is_a_plan():
    got = _events("Iran and Saudi Arabia undertook to reopen their embassies within two months.")
    assert got and all(s == "planned" for t, _, _, s in got if t == "COOPERATE"), got
    # a visit undertaken took place
    assert ("CONSULT", "NOR", "SWE", "occurred") in _events(
        "The Norwegian prime minister undertook a three-day visit to Sweden on Monday."
    )


def test_a_state_suspended_by_a_body_is_sanctioned():
    got = _events("The African Union said on Friday it would suspend Guinea after the coup.")
    assert ("SANCTION", "AFR", "GIN", "occurred") in got, got
    # the parser's entity label for the state varies
    assert ("SANCTION", "AFR", "BFA") in coded("The African Union has suspended Burkina Faso after the coup.")
    # a person suspended is no state
    got = coded("The league suspended Ronaldo for two games on Monday.")
    assert not any(t == "SANCTION" for t, _, _ in got), got
    # a possessive object is the thing suspended, not the state
    got = coded("The United States suspended Guinea's aid on Monday.")
    assert ("SANCTION", "USA", "GIN") in got, got
