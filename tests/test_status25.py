"""Status, session 25 (branch `status25`): a measure arranged in the reporter's own words is the measure announced,
occurred on the announcement day (dev-world GUIDE), as one reported with "said it would" already was: "Oslandia is to
impose sanctions on Westmark", the headline "Oslandia to expel Westmark diplomats", "Oslandia will impose tariffs on
Westmark's goods"; and a measure ordered with a start still to come is taken on the day of the order. A condition, a
possibility, a date still to come, a visit and a pledge of aid keep their status.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import statuses


def test_a_measure_the_reporter_says_a_state_is_to_take_is_announced(nlp):
    for text in (
        "Oslandia is to impose sanctions on 40 more Westmark officials.",
        "Oslandia to expel 12 Westmark diplomats",
        "Oslandia is to close its border with Westmark from Monday.",
    ):
        assert statuses(nlp, text, "SANCTION") == ["occurred"], text


def test_a_coercive_measure_a_state_will_take_is_announced(nlp):
    for text in (
        "Oslandia will impose 25% tariffs on goods imported from Westmark, effective immediately.",
        "Oslandia will close its border crossings with Westmark after the clashes.",
    ):
        assert statuses(nlp, text, "SANCTION") == ["occurred"], text


def test_a_measure_ordered_with_a_start_to_come_is_taken_when_ordered(nlp):
    text = "Oslandia has ordered its army to close the border with Westmark beginning tomorrow."
    assert statuses(nlp, text, "SANCTION") == ["occurred"]


def test_conditions_possibilities_later_dates_visits_and_aid_keep_their_status(nlp):
    for text, typ in (
        ("If Westmark attacks, Oslandia will impose sanctions on Westmark.", "SANCTION"),
        ("Oslandia may impose sanctions on Westmark.", "SANCTION"),
        ("Oslandia will not impose sanctions on Westmark.", "SANCTION"),
        ("Westmark fears that Oslandia will impose sanctions on Westmark.", "SANCTION"),
        ("Oslandia's president is to visit Westmark.", "CONSULT"),
        ("Oslandia is to provide emergency aid to Westmark.", "AID"),
    ):
        assert "occurred" not in statuses(nlp, text, typ), text
