"""Session 21 time expressions (branch te3_21): made-up news sentences with their expected TIMEX3 values."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.nlp import load_nlp
from tidings.timex import extract

D = dt.date
NOV24 = D(2024, 11, 5)  # a Tuesday, after the third quarter and inside the fourth
MAR24 = D(2024, 3, 14)  # a Thursday


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return load_nlp()


def found(text: str, dct: D = NOV24) -> dict[str, str]:
    return {t.text: t.value for t in extract(text, dct)}


# ---- results stories: the quarter a story reports ----------------------------------------------------------
def test_a_fiscal_quarter_reported_is_over_though_the_calendar_s_is_not() -> None:
    got = found(
        "Acme Corp. reported a 30% decline in fourth-quarter earnings. The company earned $45 million, compared "
        "with $80 million a year earlier. Sales in the latest period were $1.7 billion."
    )
    assert got["a year earlier"] == "2023-Q4" and got["in the latest period"] == "2024-Q4", got


def test_a_fiscal_quarter_ended_is_over() -> None:
    got = found("Acme earned $4 million for its fourth quarter ended Sept. 30, up from $3 million a year earlier.")
    assert got["a year earlier"] == "2023-Q4", got


def test_a_quarter_expected_is_not_the_one_reported() -> None:
    got = found(
        "Acme said it expects fourth-quarter earnings to rise 10%. Net income was $5 million, compared with "
        "$4 million a year earlier."
    )
    assert got["a year earlier"] == "2023-Q3", got  # the last quarter completed, not the fourth


def test_a_quarter_named_in_passing_is_not_the_one_reported() -> None:
    got = found(
        "Acme posted a 20% gain in third-quarter net income. After a flat second quarter, the company credited "
        "higher prices. The quarter-to-quarter comparison was helped by charges taken in the year-earlier period. "
        "In the 2024 period also, interest costs were lower than a year ago."
    )
    assert got["in the year-earlier period"] == "2023-Q3", got
    assert got["In the 2024 period"] == "2024-Q3", got
    assert got["a year ago"] == "2023-Q3", got  # its sentence names the results period


def test_a_year_ago_outside_a_results_comparison_stays_a_month() -> None:
    got = found(
        "Acme posted a 20% gain in third-quarter net income. Six months ago the chief executive resigned; a year "
        "ago he had been hired."
    )
    assert got["a year ago"] == "2023-11", got


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        (
            "The slump will last through the first two quarters of 2025, analysts said.",
            "through the first two quarters of 2025",
            "2025-H1",
        ),
        ("Profit fell in the final two quarters of 2023.", "in the final two quarters of 2023", "2023-H2"),
        ("The third and fourth quarters were weak.", "fourth quarters", "2024-Q4"),
    ],
)
def test_two_quarters_of_a_year_are_its_half(text: str, expr: str, value: str) -> None:
    assert found(text).get(expr) == value, found(text)


# ---- "one day" ahead ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine will one day join the alliance, the minister said.",
        "The exiles hope to one day return to their villages.",
        "Peace could one day come to the valley.",
    ],
)
def test_one_day_between_a_modal_and_its_verb_is_some_day_ahead(text: str) -> None:
    assert "FUTURE_REF" in found(text, MAR24).values(), found(text, MAR24)


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted one day.",
        "The journalist was sentenced to one day in jail.",
        "The two sides agreed to one day of talks.",
        "The truce will be extended by one day.",
    ],
)
def test_one_day_counted_stays_a_day(text: str) -> None:
    assert "P1D" in found(text, MAR24).values(), found(text, MAR24)


# ---- "the second day of an offensive" ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("It's the second day of an offensive by the army in the north.", "the second day"),
        ("In the capital, today is the eighth day of the blockade.", "the eighth day"),
        ("It is the 100th day of the war.", "the 100th day"),
        ("Today marks the fifth straight day of strikes at the port.", "the fifth straight day"),
    ],
)
def test_the_nth_day_said_in_the_present_is_the_story_s_day(text: str, expr: str) -> None:
    assert found(text, MAR24).get(expr) == "2024-03-14", found(text, MAR24)


@pytest.mark.parametrize(
    "text",
    [
        "On the first day of the talks, the envoys agreed on a ceasefire.",
        "The strike entered its third day of disruption at the port.",
        "It was the third day of protests in the city.",
    ],
)
def test_the_nth_day_elsewhere_is_no_date(text: str) -> None:
    assert not [e for e in found(text, MAR24) if "day" in e.lower()], found(text, MAR24)


def test_a_quarter_ended_off_the_calendar_is_the_calendar_quarter_of_most_of_its_months() -> None:
    got = found("In the quarter ended July 31, the retailer had 5.6 million shares outstanding.")
    assert got["In the quarter"] == "2024-Q2", got  # May to July
    got = found(
        "Delta earned a record in the fiscal first quarter. For the quarter ended Sept. 30, it earned $133 million."
    )
    assert got["For the quarter"] == "2024-Q1", got  # the story's fiscal name stays


# ---- a plural part of a weekday recurs ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Two new flights will leave Mumbai on Tuesday nights from March 30.", "on Tuesday nights", "XXXX-WXX-2TNI"),
        ("The market opens on Saturday mornings.", "on Saturday mornings", "XXXX-WXX-6TMO"),
        ("Protesters gather every Friday night outside the court.", "every Friday night", "XXXX-WXX-5TNI"),
    ],
)
def test_a_weekday_s_plural_part_is_a_set(text: str, expr: str, value: str) -> None:
    assert found(text, MAR24).get(expr) == value, found(text, MAR24)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The rebels attacked the base on Monday night.", "on Monday night", "2024-03-11TNI"),
        ("The envoys will meet on Monday and Tuesday.", "on Monday and Tuesday", "2024-03-18"),
        # a pair's plural part is the pair's two nights, not a schedule (lead's decision, session 21)
        ("Police clashed with protesters on Saturday and Sunday nights.", "on Saturday and Sunday", "2024-03-09"),
    ],
)
def test_a_weekday_s_single_part_stays_a_day(text: str, expr: str, value: str) -> None:
    assert found(text, MAR24).get(expr) == value, found(text, MAR24)
