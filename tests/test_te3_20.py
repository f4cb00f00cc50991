"""Session 20 time expressions (branch te3_20): made-up news sentences with their expected TIMEX3 values."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.nlp import load_nlp
from tidings.timex import extract

D = dt.date
MAR24 = D(2024, 3, 14)  # a Thursday


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return load_nlp()


def found(text: str, dct: D = MAR24) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract(text, dct)]


# ---- "soon" and "shortly": ahead of publication only when the clause looks ahead -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The fighters withdrew shortly after the ceasefire was signed.",
        "Police have been searching for the driver since shortly after the crash.",
        "The ministers met shortly before the vote.",
        "The protest began as a trickle of students that soon became a crowd of thousands.",
        "The hostage was soon released and flown to the capital.",
    ],
)
def test_soon_and_shortly_of_the_story_s_own_past_are_no_time(text: str) -> None:
    assert not [v for _, v in found(text) if v == "FUTURE_REF"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides will soon resume talks in Doha.",
        "The minister said the troops would withdraw shortly.",
        "The rebels plan to strike again soon, the army warned.",
        "The envoy is expected to arrive shortly.",
    ],
)
def test_soon_and_shortly_ahead_stay_future(text: str) -> None:
    assert [v for _, v in found(text) if v == "FUTURE_REF"], found(text)


# ---- a rate: "annually", "daily" after an amount is no recurrence of its own -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry expects exports to grow 6% annually through 2030.",
        "The plant would produce about 20,000 cars annually.",
        "The pipeline carries 300,000 barrels daily.",
        "The deal will save the state $40 million annually.",
    ],
)
def test_a_rate_adverb_after_an_amount_is_no_set(text: str) -> None:
    assert not [v for _, v in found(text) if v.startswith("P1")], found(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Crowds gather daily outside the embassy.", "P1D"),
        ("The festival is held annually in the old town.", "P1Y"),
        ("The council meets weekly in the town hall.", "P1W"),
        ("The city publishes its figures every year.", "P1Y"),
    ],
)
def test_a_recurrence_of_an_act_stays_a_set(text: str, value: str) -> None:
    assert value in [v for _, v in found(text)], found(text)


def test_an_adjective_before_a_noun_is_still_no_set() -> None:
    assert found("The spokesman gave the daily briefing.") == []


# ---- "three days later": the day it lands on, and TimeML's DURATION beside it ----------------------------
@pytest.mark.parametrize(
    "text, expr, day, timeml",
    [
        (
            "The rebels took the town on Monday. Three days later, the army retook it.",
            "Three days later",
            "2024-03-14",
            "P3D",
        ),
        ("The envoy landed on Monday. A day earlier, he had met the king.", "A day earlier", "2024-03-10", "P1D"),
        (
            "The ship sank on Monday. An hour and a half later, the first boats arrived.",
            "An hour and a half later",
            "2024-03-11",
            "PT1H30M",
        ),
    ],
)
def test_an_offset_later_or_earlier_keeps_its_day_and_carries_timeml_s_duration(
    text: str, expr: str, day: str, timeml: str
) -> None:
    t = next(t for t in extract(text, MAR24) if t.text == expr)
    assert (t.value, t.timeml) == (day, timeml)


@pytest.mark.parametrize(
    "text, expr",
    [
        ("Net income rose to $5 million from $4 million a year earlier.", "a year earlier"),
        ("The rebels took the town three days ago.", "three days ago"),
        ("The rebels took the town two days before the vote.", "two days before"),
    ],
)
def test_a_year_earlier_an_ago_and_a_before_carry_no_second_value(text: str, expr: str) -> None:
    t = next(t for t in extract(text, MAR24) if t.text == expr)
    assert t.timeml is None


# ---- names and restatements that are no second time -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "For the striking miners, high noon came on Thursday.",
        "Thousands joined a March for Peace in the capital.",
        "She led the March of the Mothers through the old town.",
    ],
)
def test_high_noon_and_a_march_s_name_are_no_time(text: str) -> None:
    assert not [v for t, v in found(text) if t.lower().endswith(("noon", "march"))], found(text)


def test_a_time_restated_in_another_zone_is_one_time() -> None:
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) on Friday."
    assert [v for _, v in found(text) if "T" in v] == ["2024-03-08T10:35"]


def test_noon_and_a_month_naming_a_happening_stay() -> None:
    assert "2024-03-15T12:00" in [v for _, v in found("The ultimatum expires at noon on Friday.")]
    assert "2023-08" in [v for _, v in found("The envoy was recalled after the August announcement.")]


def test_the_quarter_a_year_ago_is_that_quarter_of_the_year_before() -> None:
    text = "Third-quarter net rose to $5 million. For the quarter a year earlier, the bank earned $3 million."
    assert ("For the quarter a year earlier", "2022-Q3") in found(text)
    assert ("For the quarter", "2023-Q4") in found(
        "Fourth-quarter net rose to $5 million. For the quarter, it earned more."
    )
