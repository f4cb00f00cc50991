"""Precision, session 15 (branch `precision15`): exports a careful reader would not accept. A warning of a danger
("warned of a possible escalation") threatens nothing; drones or missiles deployed in an attack the same clause
reports are that attack, not a second event.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import code, types


ACTS = [
    ("Norwegian", "NOR", "country"),
    ("Norway", "NOR", "country"),
    ("Oslo", "NOR", "country"),
    ("Swedish", "SWE", "country"),
    ("Sweden", "SWE", "country"),
    ("Finland", "FIN", "country"),
]


def test_a_warning_of_a_danger_threatens_nothing(nlp):
    for text in (
        "The Norwegian president warned of a possible invasion of Sweden, saying neighbours should not support it.",
        "Norway warned of a potential armed escalation at its border with Sweden on Monday.",
        "The Norwegian foreign minister warned of the risk of a wider war with Sweden.",
    ):
        assert "THREATEN" not in [m.type for m in code(nlp, text, ACTS)], text
    # a warning of a response, of consequences or of sanctions is still a threat
    for text in (
        "Norway warned Sweden of severe consequences on Monday.",
        "The Norwegian president warned of retaliation against Sweden.",
    ):
        assert ("THREATEN", "NOR", "SWE") in types(code(nlp, text, ACTS)), text


def test_munitions_deployed_in_an_attack_are_the_attack(nlp):
    ms = code(nlp, "Norway launched a large aerial attack on Sweden on Sunday, deploying over 300 drones and "
              "decoys that hit targets across the country.", ACTS)
    assert ("ASSAULT", "NOR", "SWE") in types(ms)
    assert "MOBILIZE" not in [m.type for m in ms]
    # troops deployed beside an attack are a deployment of their own
    ms = code(nlp, "Norway deployed 3,000 troops to the Swedish border on Sunday.", ACTS)
    assert ("MOBILIZE", "NOR", "SWE") in types(ms)


def test_munitions_deployed_overnight_are_the_night_attack(nlp):
    for second in ("Ninety drones are believed to have been deployed by Oslo during the night of May 8.",
                   "A total of 90 drones are believed to have been deployed by Oslo during the night of May 8."):
        ms = code(nlp, "Norway launched an attack with drones on Sweden early on May 9, officials said. " + second, ACTS)
        assert ("ASSAULT", "NOR", "SWE") in types(ms)
        assert "MOBILIZE" not in [m.type for m in ms], second


def test_dismissing_a_person_or_a_speech_disparages(nlp):
    ms = code(nlp, "The Norwegian leader responded by dismissing the Swedish president as a dangerous clown.", ACTS)
    assert ("ACCUSE", "NOR", "SWE") in types(ms)
    assert "REJECT" not in [m.type for m in ms]
    ms = code(nlp, "Norway dismissed the Swedish minister's speech as silly and shallow on Monday.", ACTS)
    assert ("ACCUSE", "NOR", "SWE") in types(ms)
    # a proposal dismissed is rejected
    ms = code(nlp, "Norway dismissed the Swedish proposal on Monday.", ACTS)
    assert ("REJECT", "NOR", "SWE") in types(ms)


def test_a_habit_in_the_simple_present_is_no_event(nlp):
    for text in (
        "Norway routinely accuses Sweden of plotting against its government.",
        "Norway regularly sends warplanes near the Swedish coast.",
    ):
        assert code(nlp, text, ACTS) == [], text
    # a past act, a perfect and repeated blows in one incident stay
    ms = code(nlp, "Norway accused Sweden of plotting against its government on Monday.", ACTS)
    assert ("ACCUSE", "NOR", "SWE") in types(ms)


def test_uavs_shot_down_are_the_firers_fire(nlp):
    # a UAV is a drone: shooting one down is the interceptor's defence, the firer's attack (frames aimed_fire)
    ms = code(nlp, "Swedish air defences shot down a Norwegian UAV on Monday.", ACTS)
    assert types(ms) == [("ASSAULT", "NOR", "SWE")]
