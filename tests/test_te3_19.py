"""Session 19 time expressions (branch te3_19): made-up news sentences with their expected TIMEX3 values."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.nlp import load_nlp
from tidings.timex import Timex, extract

D = dt.date
OCT89 = D(1989, 10, 30)  # a Monday
MAR24 = D(2024, 3, 14)  # a Thursday


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return load_nlp()


def found(text: str, dct: D) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract(text, dct)]


def at(text: str, dct: D, expr: str) -> Timex:
    i = text.index(expr)
    j = i + len(expr)
    hits = [t for t in extract(text, dct) if t.start < j and t.end > i]
    assert hits, f"nothing over {expr!r}: {found(text, dct)}"
    return max(hits, key=lambda t: min(j, t.end) - max(i, t.start))


# ---- results over more than a quarter: the comparison is the year before, not a quarter ------------
@pytest.mark.parametrize(
    "text, expr, value",
    [
        (
            "For the nine months, the miller reported a loss of $1.2 million, compared with year-earlier net "
            "income of $3.4 million.",
            "year-earlier",
            "1988",
        ),
        (
            "In the first nine months, net was $41 million, compared with a loss of $12 million in the 1988 period.",
            "the 1988 period",
            "1988",
        ),
        (
            "The brewer had losses of $73 million through the first nine months, compared with earnings a year "
            "earlier of $22 million.",
            "a year earlier",
            "1988",
        ),
        (
            "Sales for the six months rose 12% to $1.2 billion from $1.07 billion in the year-earlier period.",
            "year-earlier period",
            "1988",
        ),
    ],
)
def test_multi_month_results_compare_with_the_year_before(text, expr, value):
    assert at(text, OCT89, expr).value == value


def test_quarter_results_still_compare_with_the_quarter():
    text = "Third-quarter net at the toy maker rose 8% to $94 million from $87 million a year earlier."
    assert at(text, OCT89, "a year earlier").value == "1988-Q3"
    # the period named last before the comparison decides: the quarter here, the half after it
    two = (
        "In the third quarter, net rose to $9 million from $8 million a year earlier. For the first half, "
        "sales fell 3% from a year ago."
    )
    assert at(two, OCT89, "a year earlier").value == "1988-Q3"
    assert at(two, OCT89, "a year ago").value == "1988"


def test_a_six_month_high_is_no_results_period():
    text = "Shares rose to a six-month high of $40, up from $30 a year ago."
    assert at(text, OCT89, "a year ago").value == "1988-10"


def test_no_results_comparison_without_figures():
    # "six months" without amounts is no results period: "a year ago" keeps its month
    assert at("Six months ago he was elected; a year ago he was in prison.", OCT89, "a year ago").value == "1988-10"


# ---- an invariant past verb with a singular subject is the past ("hurt", not "hurts") ---------------
def test_invariant_past_verb_with_singular_subject_is_past():
    text = (
        "Weakness in big chip stocks hurt the composite as well as the tech index, which fell 1.4%, "
        "or 6.43, on Friday, to 437.68."
    )
    assert at(text, OCT89, "Friday").value == "1989-10-27"


def test_present_schedule_still_looks_ahead():
    assert at("The company holds its annual meeting on Friday.", OCT89, "Friday").value == "1989-11-03"


# ---- rates: "a year" after an amount is no time of its own ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The cuts should save the airline $500 million a year in costs.",
        "Qantas flies four flights a week to Bombay and will add nearly 700 seats a week.",
        "Room rates will be between $35 and $55 a night.",
        "The economy created jobs at a rate of 358,000 a month.",
    ],
)
def test_rates_are_not_durations(text):
    assert found(text, OCT89) == []


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("The talks lasted a week.", "a week", "P1W"),
        ("He was jailed for a year.", "for a year", "P1Y"),
        ("Turnout was 40% a year ago.", "a year ago", "1988-10"),
        ("The rebels held the town for 3 days a week ago.", "a week ago", "1989-W43"),
    ],
)
def test_durations_and_points_after_numbers_stay(text, expr, value):
    assert at(text, OCT89, expr).value == value


# ---- clock times take the day the story has reached -------------------------------------------------
def test_clock_time_takes_the_day_the_paragraph_named():
    text = "On Tuesday the army shelled the town. The shelling began at 10 p.m. and lasted until dawn."
    assert at(text, MAR24, "10 p.m.").value == "2024-03-12T22:00"
    text = "On March 2, rebels attacked the base. At 6 a.m., reinforcements arrived."
    assert at(text, MAR24, "6 a.m.").value == "2024-03-02T06:00"


def test_clock_time_without_a_day_in_its_paragraph_is_publications():
    text = "On Tuesday the army shelled the town.\n\nThe curfew begins at 10 p.m., officials said."
    assert at(text, MAR24, "10 p.m.").value == "2024-03-14T22:00"
    # a date naming a thing ("the Sept. 11, 2001 attacks") is not where the story is
    text = "Survivors recalled the Sept. 11, 2001 attacks. A bell rang at 8:46 a.m."
    assert at(text, D(2011, 9, 11), "8:46 a.m.").value == "2011-09-11T08:46"


# ---- conventions the brief names, checked on made-up phrasing ---------------------------------------
def test_ranges_keep_both_ends():
    t = at("He served as mayor from 2011 to 2015.", MAR24, "2011")
    assert (t.value, t.end_value) == ("2011", "2015")
    t = at("Exports fell in the 1998-99 fiscal year.", MAR24, "1998-99")
    assert (t.value, t.end_value) == ("1998", "1999")


@pytest.mark.parametrize(
    "text, value",
    [
        ("The ministers met in November.", "2023-11"),
        ("The ministers will meet in November.", "2024-11"),
        ("The ministers met in February.", "2024-02"),
        ("The ministers will meet in February.", "2025-02"),
    ],
)
def test_month_without_year_by_tense(text, value):
    assert at(text, MAR24, "in ").value == value


def test_by_the_end_of_the_year():
    t = at("The government plans to finish the wall by the end of the year.", MAR24, "the end of the year")
    assert (t.value, t.mod) == ("2024", "END")


# ---- a programme's title is no time ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        'The envoy, speaking on ABC News\' "This Week," said the request gives the allies room.',
        'The envoy said on ABC-TV\'s "This Week With David Brinkley" that the resolutions apply.',
        "The father said on CBS's ''60 Minutes.'' He spoke for an hour.",
    ],
)
def test_programme_titles_are_not_times(text):
    assert not any(t.value in ("1991-W09", "PT60M") for t in extract(text, D(1991, 2, 25)))


def test_quoted_times_in_speech_stay():
    assert at('He said: "This week we will vote."', D(1991, 2, 25), "This week").value == "1991-W09"
    assert at('The minister said "Next Monday" was too early.', D(1991, 2, 25), "Next Monday").value == "1991-03-04"


# ---- "today's youth": nowadays, not the day -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The case is for today's youth what the blockade was for their parents.",
        "It makes no sense in today's world.",
        "Its chips power many of today's personal computers.",
    ],
)
def test_todays_era_is_no_date(text):
    assert found(text, D(2000, 1, 7)) == []


@pytest.mark.parametrize(
    "text, expr",
    [
        ("The offer appeared in today's editions of the Journal.", "today's"),
        ("Today's talks ended without a deal.", "Today's"),
    ],
)
def test_todays_happening_is_the_day(text, expr):
    assert at(text, D(2000, 1, 7), expr).value == "2000-01-07"


def test_a_past_clock_time_reaches_back_one_paragraph_past_a_report_day():
    text = "A man was shot on Saturday night, police said Sunday.\n\nOfficers found him around 10 p.m."
    assert at(text, D(2019, 1, 6), "10 p.m.").value == "2019-01-05T22:00"


def test_a_present_clock_time_in_a_new_paragraph_is_publications():
    text = "Talks ended on Friday.\n\nThe curfew begins at 10 p.m., officials said."
    assert at(text, D(2019, 1, 6), "10 p.m.").value == "2019-01-06T22:00"
    text = "Talks ended on Friday.\n\nMore text here.\n\nThe blast happened at 10 p.m."
    assert at(text, D(2019, 1, 6), "10 p.m.").value == "2019-01-06T22:00"
