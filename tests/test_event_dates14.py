"""Session 14 dating conventions: what happened happened by the report, and an act done during (or at) a dated
event happened then. Made-up text with hand-given times, as tests/test_events.py gives them."""

import pytest

from tidings.nlp import load_nlp

from test_events import code, one


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_an_event_that_happened_this_week_lies_between_the_week_s_start_and_the_report(nlp):
    text = "Nigeria's president has arrived in Ghana this week for talks."
    ms = code(nlp, text, "2022-02-02", actors=[("Nigeria", "NGA", "country"), ("Ghana", "GHA", "country")],
              times=[("this week", "2022-W05")])
    m = one(ms, "CONSULT")
    assert (m.status, m.date_value, m.date_precision) == ("occurred", "2022-W05", "week")
    assert (m.date_from, m.date_to) == ("2022-01-31", "2022-02-02")


def test_an_event_that_happened_this_month_ends_by_the_report_and_a_plan_still_starts_after_it(nlp):
    text = ("Nigeria's foreign minister visited Ghana this month. "
            "Nigeria's president will travel to Ghana later this month.")
    ms = code(nlp, text, "2022-02-10", actors=[("Nigeria", "NGA", "country"), ("Ghana", "GHA", "country")],
              times=[("this month", "2022-02"), ("later this month", "2022-02")])
    done = next(m for m in ms if m.type == "CONSULT" and m.status == "occurred")
    plan = next(m for m in ms if m.type == "CONSULT" and m.status == "planned")
    assert (done.date_value, done.date_from, done.date_to) == ("2022-02", "2022-02-01", "2022-02-10")
    assert (plan.date_from, plan.date_to) == ("2022-02-11", "2022-02-28")


def test_an_act_during_a_dated_meeting_happened_then(nlp):
    text = ("During the meeting between the two leaders in November, Okafor and Mensah reached an agreement "
            "on curbing smuggling.")
    ms = code(nlp, text, "2024-04-02", actors=[("Okafor", "NGA", "person"), ("Mensah", "GHA", "person")],
              times=[("in November", "2023-11")])
    m = one(ms, "AGREE")
    assert (m.date_value, m.date_precision) == ("2023-11", "month")

