"""Requests and assurances told in passives, phrasal clauses and reported speech (session 28 round 3, branch
request28b): assuring another side is AGREE; "called for X to act" asks X; a request made in the passive with no
agent is the speaker's. Invented sentences, fictional states."""

from __future__ import annotations

from coding import FICTION, code, types


def test_assuring_another_side_is_a_promise(nlp):
    ms = code(nlp, "Oslandia assured Westmark on Tuesday that the fishermen would be released soon.", FICTION)
    assert ("AGREE", "NOR", "SWE") in types(ms)
    ms = code(nlp, "The Oslandian side assured Westmark that the matter had been addressed.", FICTION)
    assert ("AGREE", "NOR", "SWE") in types(ms)


def test_assuring_reporters_is_no_promise_to_a_state(nlp):
    ms = code(nlp, "The Oslandian minister assured reporters that the economy remained stable.", FICTION)
    assert not [t for t in types(ms) if t[0] == "AGREE" and t[2] is not None]


def test_called_for_a_side_to_act_asks_it(nlp):
    ms = code(nlp, "Oslandia has called for Westmark to lift the sanctions on its banks.", FICTION)
    assert ("REQUEST", "NOR", "SWE") in types(ms)
    assert not [t for t in types(ms) if t[0] == "CONCEDE"]  # the lifting is what is asked, not done
    ms = code(nlp, "Oslandia waited for Westmark to lift the sanctions.", FICTION)
    assert not [t for t in types(ms) if t[0] == "REQUEST"]


def test_meeting_proposed_for_others_asks_them(nlp):
    ms = code(nlp, "Oslandia proposed for Westmarkian and Oslandian negotiators to meet in Geneva next week.", FICTION)
    assert ("REQUEST", "NOR", "SWE") in types(ms)


def test_passive_request_with_no_agent_is_the_speakers(nlp):
    ms = code(nlp, "Westmark has been urged to release the fishermen, the Oslandian foreign ministry said.", FICTION)
    assert ("REQUEST", "NOR", "SWE") in types(ms)
    ms = code(nlp, "Westmark must be urged to show restraint, the Oslandian foreign ministry said.", FICTION)
    assert [m.status for m in ms if m.type == "REQUEST"] == ["occurred"]


def test_passive_request_in_a_quotation_over_two_sentences(nlp):
    text = (
        '"Oslandia flagged that the talks had stalled and that Westmark must be urged to show restraint. The talks will '
        'resume next month," the Oslandian foreign ministry said.'
    )
    assert ("REQUEST", "NOR", "SWE") in types(code(nlp, text, FICTION))


def test_passive_request_near_misses(nlp):
    ms = code(nlp, "Westmark was urged by Oslandia to withdraw its troops, the agency said.", FICTION)
    assert ("REQUEST", "NOR", "SWE") in types(ms)
    ms = code(nlp, "The minister was asked to comment on the report, the Oslandian ministry said.", FICTION)
    assert not [t for t in types(ms) if t[0] == "REQUEST" and t[2] is not None]
    ms = code(nlp, "Westmark was asked to host the talks.", FICTION)
    assert not [t for t in types(ms) if t[0] == "REQUEST"]
