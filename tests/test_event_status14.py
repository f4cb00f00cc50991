"""Event status, session 14 (branch `status14`): what is arranged ("are to sign", headline "X to impose"),
what is denied ("denied that ...", "rejected reports that ..."), what is not yet done ("has yet to"), what is
ended without ("without an agreement"), a progressive with a time to come, and a stated readiness.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import FICTION as ACTS
from coding import code, status


def test_be_to_an_infinitive_is_arranged(nlp):
    assert status(nlp, "Oslandia and Westmark are to sign a fisheries agreement on Friday.", "AGREE") == "planned"
    assert status(nlp, "The Oslandian foreign minister is to visit Westmark next month.", "CONSULT") == "planned"
    # a headline infinitive: a measure so arranged is the measure announced, occurred (GUIDE: announced measures are
    # occurred on the announcement day; session 25, tests/test_status25.py); a visit so arranged stays planned (above)
    assert status(nlp, "Oslandia to impose new tariffs on Westmarkian cheese", "SANCTION") == "occurred"
    # done: unchanged
    assert status(nlp, "Oslandia and Westmark signed a fisheries agreement on Friday.", "AGREE") == "occurred"


def test_what_a_side_denies_did_not_happen(nlp):
    for text in (
        "Oslandia denied that Oslandian troops had attacked Westmark.",
        "Oslandia denied it had attacked Westmark.",
        "Oslandia rejected reports that it had attacked Westmark.",
        "Oslandia dismissed claims that it had attacked Westmark.",
    ):
        assert status(nlp, text, "ASSAULT") == "negated", text
    # reported, not denied: unchanged
    assert status(nlp, "Oslandia confirmed reports that it had attacked Westmark.", "ASSAULT") == "occurred"


def test_yet_to_is_not_done(nlp):
    assert status(nlp, "Oslandia has yet to impose sanctions on Westmark.", "SANCTION") == "negated"
    assert status(nlp, "The Oslandian president is yet to meet Westmark's leader.", "CONSULT") == "negated"


def test_ended_without_an_agreement_is_no_agreement(nlp):
    ms = code(nlp, "Oslandia's talks with Westmark ended on Monday without an agreement with Westmark.", ACTS)
    assert all(m.status == "negated" for m in ms if m.type == "AGREE")


def test_a_progressive_with_a_time_to_come_is_planned(nlp):
    assert status(nlp, "The Oslandian president is meeting Westmark's leader later on Tuesday.", "CONSULT") == "planned"
    assert status(nlp, "The Oslandian president is visiting Westmark next week.", "CONSULT") == "planned"
    # no time to come: what is going on
    assert status(nlp, "The Oslandian president is visiting Westmark.", "CONSULT") in ("ongoing", "occurred")


def test_a_stated_readiness_is_an_intention_and_a_coercive_one_a_threat(nlp):
    assert status(nlp, "Oslandia is ready to provide emergency aid to Westmark.", "AID") == "planned"
    assert status(nlp, "Oslandia is willing to hold talks with Westmark.", "CONSULT") == "planned"
    ms = code(nlp, "Oslandia said it is ready to impose sanctions on Westmark.", ACTS)
    assert ("THREATEN", "occurred") in [(m.type, m.status) for m in ms]


def test_an_event_noun_that_is_to_be_held_is_planned_and_one_yet_to_take_place_negated(nlp):
    ms = code(nlp, "Talks between Oslandia and Westmark are to be held in the spring.", ACTS)
    assert [m.status for m in ms if m.type == "CONSULT"] == ["planned"]
    ms = code(nlp, "Talks between Oslandia and Westmark have yet to take place.", ACTS)
    assert [m.status for m in ms if m.type == "CONSULT"] == ["negated"]


def test_a_coercive_act_not_ruled_out_is_a_threat_not_a_negated_act(nlp):
    ms = code(nlp, "Oslandia did not rule out imposing sanctions on Westmark.", ACTS)
    assert [(m.type, m.status) for m in ms] == [("THREATEN", "occurred")]


def test_no_plans_to_act_is_no_plan_and_no_act(nlp):
    ms = code(nlp, "Oslandia said it has no plans to send troops to Westmark.", ACTS)
    assert all(m.status == "negated" and m.extra.get("intent") for m in ms if m.type == "MOBILIZE")
    assert "planned" not in [m.status for m in ms]
