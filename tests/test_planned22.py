"""Planned events, session 22 (branch `planned22`): an event noun whose taking place is told with "would" ("a summit
would be held Friday", "talks would resume") and an act after a conjoined "is to" ("met X and is to follow up by
holding talks") are planned, next to the occurred events of the same sentence.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import statuses


def test_an_event_noun_that_would_take_place_is_planned(nlp):
    for text in (
        "The ministry said a summit between Oslandia and Westmark would be held on Friday.",
        "Officials said negotiations between Oslandia and Westmark would resume next month.",
        "Officials said a meeting between Oslandia and Westmark would take place next month.",
    ):
        assert statuses(nlp, text, "CONSULT") == ["planned"], text


def test_would_with_a_judgement_or_a_condition_is_not_a_plan(nlp):
    for text in (
        "Officials said negotiations between Oslandia and Westmark would be pointless.",
        "Officials said negotiations between Oslandia and Westmark would resume if the shelling stopped.",
        "Officials said negotiations between Oslandia and Westmark would not resume.",
    ):
        assert "planned" not in statuses(nlp, text, "CONSULT"), text


def test_a_conjoined_is_to_is_planned_and_the_first_act_occurred(nlp):
    text = "Oslandia's envoy met Westmark's president on Saturday and is to follow up by holding talks with Westmark's army."
    assert sorted(statuses(nlp, text, "CONSULT")) == ["occurred", "planned"]


def test_an_event_noun_with_a_time_to_come_is_planned(nlp):
    text = (
        "Oslandia's foreign minister and Westmark's envoy discussed a new round of talks between the two countries' "
        "leaders in the near future."
    )
    # the discussion took place, the round of talks is to come
    assert sorted(statuses(nlp, text, "CONSULT")) == ["occurred", "planned"]
    assert statuses(nlp, "Oslandia's minister will visit Westmark in the near future.", "CONSULT") == ["planned"]


def test_talks_held_in_the_past_stay_occurred(nlp):
    for text in (
        "Oslandia and Westmark held talks last week.",
        "Oslandia and Westmark held a new round of talks in Geneva.",
    ):
        assert statuses(nlp, text, "CONSULT") == ["occurred"], text


def test_talks_reopened_or_restarted_are_talks(nlp):
    assert statuses(nlp, "Oslandia's minister is expected to reopen dialogue with Westmark.", "CONSULT") == ["planned"]
    assert statuses(nlp, "Oslandia restarted negotiations with Westmark.", "CONSULT") == ["occurred"]
    # a reopened embassy stays cooperation
    assert statuses(nlp, "Oslandia reopened its embassy in Westmark.", "CONSULT") == []


def test_talks_that_resume_are_talks_held_or_planned():
    from coding import coded, pipeline_mentions

    assert coded("Negotiations between Norway and Sweden resumed on Monday.", "CONSULT") == [("CONSULT", "NOR", "SWE")]
    planned = [m.status for m in pipeline_mentions("Officials said the talks between Norway and Sweden would resume.")]
    assert planned == ["planned"]
    # a side that resumes talks is the verb's own event, once
    assert len(pipeline_mentions("Norway resumed talks with Sweden on Monday.")) == 1


def test_a_meeting_planned_for_the_day_of_publication_is_in_the_dateline_city():
    from coding import pipeline_mentions

    today = "OSLO, May 10 (Reuters) - Officials said a summit between Norway and Sweden would be held on Friday."
    [m] = pipeline_mentions(today)
    assert (m.status, m.place.name if m.place else None) == ("planned", "Oslo")
    # a meeting next week may be anywhere
    [m] = pipeline_mentions(today.replace("on Friday", "next week"))
    assert m.place is None
