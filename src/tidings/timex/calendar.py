"""Calendar arithmetic on TIMEX3 values: the shared vocabulary between normalisation and event dating.

Values are ISO-like strings ('2023-06-19', '2023-11', '2024-W14', '2021-W39-WE', '2024-Q2', '2024-H1',
'2024-SU', '2023', '202' decade, '20' century). ``resolve_date`` turns one into the calendar interval
it denotes so later stages can compare events without re-parsing strings.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

__all__ = [
    "resolve_date",
    "add_months",
    "add_years",
    "day_value",
    "month_value",
    "week_value",
    "weekend_value",
    "quarter_of",
    "value_precision",
    "shift_value",
]

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def add_months(d: dt.date, n: int) -> dt.date:
    """Shift by whole months, clamping the day (Jan 31 + 1 month = Feb 28/29)."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def add_years(d: dt.date, n: int) -> dt.date:
    return add_months(d, 12 * n)


def day_value(d: dt.date) -> str:
    return d.isoformat()


def month_value(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekend_value(d: dt.date) -> str:
    return week_value(d) + "-WE"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def value_precision(value: str) -> str:
    """Precision name of a value: 'day', 'month', 'week', ..."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T.*", value):
        return "time"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d{2}(-WE)?", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}-(Q\d|H\d|SP|SU|FA|WI)", value):
        return "quarter"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "decade"
    if value.startswith("P"):
        return "duration"
    return "vague"


def resolve_date(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last calendar day a TIMEX3 date value covers, or None for vague/duration values."""
    try:
        return _resolve(value)
    except ValueError:
        return None


def _resolve(value: str) -> tuple[dt.date, dt.date] | None:
    v = value.split("T", 1)[0] if re.match(r"\d{4}-\d{2}-\d{2}T", value) else value
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
        mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6)
        return mon, mon + dt.timedelta(days=6)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), dt.date(y, mo, _cal.monthrange(y, mo)[1])
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        y, q = int(m[1]), int(m[2])
        last = 3 * q
        return dt.date(y, last - 2, 1), dt.date(y, last, _cal.monthrange(y, last)[1])
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        y, h = int(m[1]), int(m[2])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        y = int(m[1])
        a, b = _SEASON_MONTHS[m[2]]
        y2 = y + 1 if b < a else y
        return dt.date(y, a, 1), dt.date(y2, b, _cal.monthrange(y2, b)[1])
    if m := re.fullmatch(r"\d{4}", v):
        y = int(v)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if re.fullmatch(r"\d{3}", v):
        y = int(v) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    if re.fullmatch(r"\d{2}", v):
        y = int(v) * 100
        return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    return None


def shift_value(anchor: dt.date, n: int, unit: str) -> tuple[str, str]:
    """The value ``n`` units from ``anchor`` at the grain of the unit: (value, precision)."""
    if unit in ("second", "minute", "hour"):
        return day_value(anchor), "day"
    if unit in ("day", "night"):
        return day_value(anchor + dt.timedelta(days=n)), "day"
    if unit in ("week", "weekend"):
        d = anchor + dt.timedelta(weeks=n)
        return (weekend_value(d) if unit == "weekend" else week_value(d)), "week"
    if unit == "month":
        return month_value(add_months(anchor, n)), "month"
    if unit == "quarter":
        d = add_months(anchor, 3 * n)
        return f"{d.year:04d}-Q{quarter_of(d)}", "quarter"
    if unit == "year":
        return f"{anchor.year + n:04d}", "year"
    if unit == "decade":
        return f"{(anchor.year + 10 * n) // 10:03d}", "decade"
    if unit == "century":
        return f"{(anchor.year + 100 * n) // 100:02d}", "decade"
    raise ValueError(unit)
