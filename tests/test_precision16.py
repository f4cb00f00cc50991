"""Precision, session 16 (branch `precision16`): a trip whose purpose names whom it meets ("flew to Geneva for
talks with the Swedish minister", "will send a delegation to Helsinki to consult with Swedish officials") is a
meeting with that side; the destination's state is only where it is held, not a second counterpart.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import code, types

ACTS = [
    ("Norwegian", "NOR", "country"),
    ("Norway", "NOR", "country"),
    ("Swedish", "SWE", "country"),
    ("Sweden", "SWE", "country"),
    ("Helsinki", "FIN", "country"),
    ("Danish", "DNK", "country"),
]


def test_a_trip_for_talks_with_a_named_side_meets_that_side(nlp):
    for text in (
        "Norway said on Friday it will dispatch a delegation to Helsinki for consultations with Swedish officials.",
        "Norway will send a delegation to Helsinki next week for negotiations with Sweden.",
        "Norway's prime minister arrived in Helsinki on Tuesday for a summit with the Swedish premier.",
        "The Norwegian envoy flew to Helsinki on Monday to meet Swedish officials.",
        "A Norwegian delegation arrived in Helsinki on Saturday to hold talks with Swedish officials.",
    ):
        ms = code(nlp, text, ACTS)
        got = types(ms)
        assert any(t[0] == "CONSULT" and t[1:] == ("NOR", "SWE") for t in got), text
        assert not any(t[0] == "CONSULT" and "FIN" in t[1:] for t in got), text


def test_a_trip_to_a_third_place_takes_the_named_side_not_the_place(nlp):
    text = "Norway's foreign minister will travel to Geneva for talks with his Swedish counterpart on Friday."
    ms = code(nlp, text, ACTS, places=[("Geneva", "CHE")])
    assert ("CONSULT", "NOR", "SWE") in types(ms)
    assert not any(m.target is not None and m.target.country == "CHE" for m in ms)


def test_a_trip_without_a_named_purpose_still_visits_its_destination(nlp):
    for text in (
        "Norway's prime minister arrived in Helsinki on Tuesday for talks.",
        "Norway's prime minister visited Helsinki on Tuesday.",
    ):
        assert ("CONSULT", "NOR", "FIN") in types(code(nlp, text, ACTS)), text
    # every side the purpose names is met
    ms = code(nlp, "Norway's prime minister arrived in Helsinki on Tuesday for a summit with the Swedish premier "
              "and the Danish prime minister.", ACTS)
    assert {("CONSULT", "NOR", "SWE"), ("CONSULT", "NOR", "DNK")} <= set(types(ms))
