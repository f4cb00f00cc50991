"""Verbs of directing, session 13 (branch `requests13`): encouraging or pressing a side to do something is a
request whose infinitive did not happen; ordering a foreign side to leave is an expulsion.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import code, types


ACTS = [("Norway", "NOR", "country"), ("Chile", "CHL", "country"), ("Peru", "PER", "country"),
        ("Norwegian", "NOR", "country"), ("Peruvian", "PER", "country")]


def test_encouraging_a_side_to_talk_is_a_request_and_no_talks(nlp):
    ms = code(nlp, "Norway encouraged Chile to hold talks with Peru.", ACTS)
    assert types(ms) == [("REQUEST", "NOR", "CHL")]
    ms = code(nlp, "Norway advised Chile to negotiate with Peru.", ACTS)
    assert types(ms) == [("REQUEST", "NOR", "CHL")]
    # a purpose reading of the parser ("pushed X to free ...") is still the request's content
    ms = code(nlp, "Norway pushed Chile to free the Peruvian prisoners.", ACTS)
    assert ("REQUEST", "NOR", "CHL") in types(ms)
    assert not [m for m in ms if m.type == "RETREAT" and m.status == "occurred"]


def test_encouraging_without_an_infinitive_or_ones_own_is_no_request(nlp):
    assert not [m for m in code(nlp, "Norway encouraged the progress made by Chile.", ACTS) if m.type == "REQUEST"]
    ms = code(nlp, "Norway instructed its ambassador to leave Chile.", ACTS)
    assert not [m for m in ms if m.type == "REQUEST"]


def test_an_order_to_a_foreign_side_to_leave_is_an_expulsion(nlp):
    for text in (
        "Peru ordered Norwegian soldiers to leave the country.",
        "Peru ordered Norway to withdraw its troops from Peru immediately.",
        "Peru ordered the Norwegian troops out of the country.",
    ):
        ms = code(nlp, text, ACTS)
        assert types(ms) == [("SANCTION", "PER", "NOR")], text
        assert ms[0].mode == "expel"


def test_an_order_to_ones_own_forces_is_no_expulsion(nlp):
    ms = code(nlp, "Norway ordered its troops to withdraw from Chile.", ACTS)
    assert not [m for m in ms if m.type == "SANCTION"]
