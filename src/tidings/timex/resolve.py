"""Direction-aware date choices: which May, which Tuesday, which weekend a text means.

Underspecified dates have several calendar readings; the clause's tense (or a "last"/"next") picks one
relative to a reference date: past -> most recent on or before it, future -> first on or after it.
"""

from __future__ import annotations

import datetime as dt

from .calendar import add_months, quarter_of, weekend_value

__all__ = [
    "nth_weekday",
    "pick_weekday",
    "pick_month",
    "pick_day",
    "pick_weekend",
    "pick_quarter",
    "pick_season",
    "duration_value",
]


def pick_weekday(ref: dt.date, wd: int, *, direction: str | None, rel: str | None = None) -> dt.date:
    """The weekday ``wd`` nearest ``ref`` in the direction the text points."""
    back = (ref.weekday() - wd) % 7
    fwd = (wd - ref.weekday()) % 7
    if rel == "last":
        return ref - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return ref + dt.timedelta(days=fwd or 7)
    if rel == "this":
        return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=wd)
    if direction == "future":
        return ref + dt.timedelta(days=fwd)
    if direction == "present" and fwd < back:
        return ref + dt.timedelta(days=fwd)
    return ref - dt.timedelta(days=back)


def pick_month(
    ref: dt.date, month: int, *, direction: str | None, rel: str | None = None, after: dt.date | None = None
) -> tuple[int, int]:
    """(year, month) for a month named without a year."""
    if after is not None:
        y = after.year if month > after.month else after.year + 1
        return y, month
    y = ref.year
    if rel == "last":
        return (y if month < ref.month else y - 1), month
    if rel == "coming":
        return (y if month > ref.month else y + 1), month
    if rel == "next":
        # "next October" said in August is next year's: this year's would be "this October"
        return y + 1, month
    if rel == "this":
        return y, month
    if direction == "past":
        return (y if month <= ref.month else y - 1), month
    if direction == "future":
        return (y if month >= ref.month else y + 1), month
    # no tense to go by: the nearest such month ("worth $130 million in October", said in January)
    return min((y - 1, y, y + 1), key=lambda yy: (abs((yy - ref.year) * 12 + month - ref.month), yy > y)), month


def pick_day(
    ref: dt.date,
    month: int,
    day: int,
    *,
    direction: str | None,
    weekday: int | None = None,
    after: dt.date | None = None,
) -> dt.date | None:
    """The date of "August 1" (no year): by tense, else the nearest one; a weekday given pins the year."""
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if weekday is not None:
        pinned = [d for d in options if d.weekday() == weekday]
        if pinned:
            return min(pinned, key=lambda d: abs((d - ref).days))
    if after is not None:
        later = [d for d in options if d > after]
        if later:
            return later[0]
    # tense is weaker evidence for a named date than for a weekday (deadlines, schedules): it decides
    # only while the reading it asks for is within ~10 months; beyond that the nearest date wins
    if direction == "past":
        past = [d for d in options if d <= ref]
        if past and (ref - past[-1]).days <= 300:
            return past[-1]
    if direction == "future":
        fut = [d for d in options if d >= ref]
        if fut and (fut[0] - ref).days <= 300:
            return fut[0]
    return min(options, key=lambda d: abs((d - ref).days))


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth ``weekday`` (0 = Monday) of a month, or the last one for nth = -1 (Thanksgiving: the fourth
    Thursday of November)."""
    if nth < 0:
        last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def pick_weekend(ref: dt.date, *, direction: str | None, rel: str | None = None) -> str:
    """ISO-week weekend value ('2021-W39-WE') for "this/last/next/the weekend"."""
    on_weekend = ref.weekday() >= 5
    if rel == "last":
        return weekend_value(ref - dt.timedelta(days=7))
    if rel in ("next", "coming"):
        return weekend_value(ref + dt.timedelta(days=7) if on_weekend else ref)
    if on_weekend:
        return weekend_value(ref)
    if direction == "future" or (rel == "this" and direction != "past"):
        return weekend_value(ref)
    if rel == "this" and ref.weekday() >= 3:
        return weekend_value(ref)
    return weekend_value(ref - dt.timedelta(days=7))


def pick_quarter(ref: dt.date, q: int, *, direction: str | None) -> int:
    """Year of "the third quarter" named without a year."""
    cur = quarter_of(ref)
    if q <= cur:
        return ref.year  # quarters are reported during or after them: a named quarter is this year's
    return ref.year - 1 if direction == "past" else ref.year


_SEASON_START = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}


def pick_season(ref: dt.date, code: str, *, direction: str | None, rel: str | None = None) -> str:
    """'2024-SU' for "this/last/next summer", "in the summer"."""
    start_m = _SEASON_START[code]
    # year a season "belongs" to: winter belongs to the year it starts in
    season_year_now = ref.year if not (code == "WI" and ref.month <= 2) else ref.year - 1
    start = dt.date(season_year_now, start_m, 1)
    end = add_months(start, 3) - dt.timedelta(days=1)
    if rel == "this":
        return f"{season_year_now}-{code}"
    if rel == "last" or direction == "past":
        y = season_year_now if start <= ref else season_year_now - 1
        if rel == "last" and start <= ref <= end:
            y -= 1
        return f"{y}-{code}"
    if rel in ("next", "coming") or direction == "future":
        y = season_year_now if ref <= end else season_year_now + 1
        if rel in ("next", "coming") and start <= ref <= end:
            y += 1
        return f"{y}-{code}"
    return f"{season_year_now}-{code}"


_UNIT_CODE = {
    "second": ("T", "S"),
    "minute": ("T", "M"),
    "hour": ("T", "H"),
    "day": ("", "D"),
    "night": ("", "D"),
    "week": ("", "W"),
    "weekend": ("", "WE"),
    "month": ("", "M"),
    "quarter": ("", "Q"),
    "year": ("", "Y"),
    "decade": ("", "Y"),
    "century": ("", "Y"),
}
_UNIT_MULT = {"decade": 10, "century": 100}
# the unit a fraction is written in: (date or time part, how many in one, its letter)
_SMALLER = {
    "hour": ("time", 60, "M"),
    "minute": ("time", 60, "S"),
    "day": ("time", 24, "H"),
    "year": ("date", 12, "M"),
    "month": ("date", 30, "D"),
}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: 'P5Y', 'PT4H', 'P10Y' for a decade, 'PXY' when the number is vague."""
    t, code = _UNIT_CODE[unit]
    if n is None:
        return {"decade": "PXDE", "century": "PXCE"}.get(unit, f"P{t}X{code}")
    n = n * _UNIT_MULT.get(unit, 1)
    if n != int(n):
        # a fraction in the next smaller unit, as TimeML writes it: 5 1/2 hours PT5H30M, 2 1/2 years P2Y6M,
        # half an hour PT30M, a day and a half P1DT12H
        whole, rest = int(n), n - int(n)
        smaller = _SMALLER.get(unit)
        if smaller is not None and rest * smaller[1] == int(rest * smaller[1]):
            small, k, small_code = smaller
            big = f"{whole}{code}" if whole else ""
            part = f"{int(rest * k)}{small_code}"
            if t:  # both in the time part
                return f"PT{big}{part}"
            return f"P{big}{'T' if small == 'time' else ''}{part}"
        return f"P{t}{n:g}{code}"
    return f"P{t}{int(n)}{code}"
