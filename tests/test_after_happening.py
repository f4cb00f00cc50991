"""A weekday inside an "after"/"following"/"since" phrase that a present state follows points back."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.nlp import load_nlp
from tidings.timex import extract

MONDAY = dt.date(2024, 5, 13)


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return load_nlp()


def value(text: str, expr: str) -> str:
    i = text.index(expr)
    hits = [t for t in extract(text, MONDAY) if t.start < i + len(expr) and t.end > i]
    assert hits, text
    return hits[0].value


@pytest.mark.parametrize(
    "text, expr, want",
    [
        ("A woman is dead after a stabbing on Saturday night, police said.", "Saturday", "2024-05-11TNI"),
        ("Three people are in hospital after a crash on Sunday.", "Sunday", "2024-05-12"),
    ],
)
def test_a_state_after_a_happening_points_back(text: str, expr: str, want: str) -> None:
    assert value(text, expr) == want


@pytest.mark.parametrize(
    "text, expr, want",
    [
        # a schedule stays ahead: "due", "expected" and a plain present schedule
        ("The leaders are due in Rome after the summit on Friday.", "Friday", "2024-05-17"),
        ("He is expected in Rome after the summit on Friday.", "Friday", "2024-05-17"),
        ("The minister is in Paris on Saturday for talks.", "Saturday", "2024-05-18"),
    ],
)
def test_a_schedule_stays_ahead(text: str, expr: str, want: str) -> None:
    assert value(text, expr) == want
