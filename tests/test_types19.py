"""Event status and type (session 19, branch `types19`): a meeting named as the occasion of an agreement was held ("agreed
at their meeting to restore talks"); an order is not the act it orders ("ordered the army to shoot the drone
down" is planned, a measure or a deployment ordered is taken); a negation does not carry over "and" to a past verb
of its own ("had not changed and raised objections"); a journey under way ("is heading to Poland") is a visit
still to come.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

from coding import pipeline_mentions


def _status(text, typ, trigger_word=None):
    """Statuses of the mentions of ``typ`` (whose trigger contains ``trigger_word`` when given)."""
    return [
        m.status
        for m in pipeline_mentions(text)
        if m.type == typ and (trigger_word is None or trigger_word in (m.trigger or ""))
    ]


def test_a_meeting_that_is_the_occasion_of_an_agreement_was_held():
    for text, word in (
        ("Japan and South Korea agreed at their meeting in Seoul on Monday to resume defence talks.", "meeting"),
        ("At their summit in Rome on Monday, Italy and Egypt agreed to a joint plan on migration.", "summit"),
        ("Brazil and Argentina agreed in talks in Brasilia on Tuesday to reopen the border.", "talks"),
        ("India and Pakistan pledged during talks in Islamabad on Friday to release fishermen.", "talks"),
        (
            "The presidents of Brazil and Argentina agreed on Tuesday to reopen the border and to resume flights, in "
            "their first face-to-face talks in a year.",
            "talks",
        ),
    ):
        got = _status(text, "CONSULT", word)
        assert got and all(s == "occurred" for s in got), (text, got)


def test_what_the_meeting_agreed_stays_planned():
    # the talks agreed to are still to come; a summit awaited or a future agreement's occasion is planned
    got = _status(
        "Japan and South Korea agreed at their meeting in Seoul on Monday to hold defence talks in May.",
        "CONSULT",
        "talks",
    )
    assert got and all(s == "planned" for s in got), got
    got = _status(
        "Germany and France will agree at next month's summit in Paris to share the costs.", "CONSULT", "summit"
    )
    assert got and all(s == "planned" for s in got), got


def test_an_order_is_not_the_act_it_orders():
    got = _status("Iran said its president had ordered the army on Monday to shoot down any Israeli drone.", "ASSAULT")
    assert got and all(s == "planned" for s in got), got


def test_a_measure_ordered_is_taken():
    got = _status("The United States ordered Russia to close its consulate in Seattle.", "SANCTION")
    assert got and all(s == "occurred" for s in got), got


def test_a_negation_does_not_carry_over_and_to_a_past_verb():
    got = _status(
        "Tokyo said its policy on Taiwan had not changed and raised objections to China's drills near Japan.", "ACCUSE"
    )
    assert got and all(s == "occurred" for s in got), got
    # over "or", and to a bare verb sharing "did not", it does
    got = _status("Modi and Sharif had not met or spoken since 2019.", "CONSULT")
    assert got and all(s == "negated" for s in got), got
    got = _status("Iran and Saudi Arabia did not meet and talk in Baghdad.", "CONSULT")
    assert got and all(s == "negated" for s in got), got


def test_a_journey_under_way_is_a_visit_still_to_come():
    got = _status(
        "The chancellor is heading to Poland, where she will meet the Polish president on Tuesday.", "CONSULT"
    )
    assert got and all(s == "planned" for s in got), got
    got = _status("Blinken is travelling to Beijing for talks with Wang Yi.", "CONSULT", "travelling")
    assert got == ["planned"], got
    # a visit going on, or a journey done, is no plan
    assert _status("Scholz is visiting Beijing this week.", "CONSULT") == ["ongoing"]
    assert _status("Blinken travelled to Beijing for talks with Wang Yi on Sunday.", "CONSULT", "travelled") == [
        "occurred"
    ]
