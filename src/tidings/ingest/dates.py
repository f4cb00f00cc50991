"""Publication dates: parse what the input says, never guess.

Rules (see docs in ``ingest/__init__``):
- ISO 8601 values are kept exactly as found (with their offset); ``published_date`` is the calendar
  date in that offset. RFC 2822 feed dates become ISO timestamps with their offset.
- Free-text dates ("3 April 2024", "June 19, 2023") need day, month and year (dateparser, strict).
- A dateline without a year ("WASHINGTON, April 3 (Reuters) -") takes its year from, in order:
  a date or year in the file's path; else the one year, among the years the text mentions and the
  year after each, in which the dateline's day falls on the weekday the first paragraph names
  (or, when no such year fits, the day after it: "on Tuesday" in Wednesday's copy). Otherwise the
  article stays undated.
- File modification times are never used: copies and downloads reset them, and an honest
  'unknown' beats a wrong date.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import warnings
from dataclasses import dataclass
from urllib.parse import urlsplit

__all__ = ["ParsedDate", "parse_date", "header_date", "find_dateline", "path_date", "path_year"]

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$")
_DMY = re.compile(r"^(?:\w+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+(\d{4})\b", re.I)
_MDY = re.compile(r"^(?:\w+,?\s+)?" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_HEADER_DATE = re.compile(
    r"^(?:date[d]?|published(?: on)?|posted(?: on)?|first published(?: on)?|updated)\s*[:\-–—]?\s+(.{6,80})$", re.I
)
_DATELINE = re.compile(
    r"^\s*(?:([A-Z][A-Za-z.'’\- ]{1,40}(?:/[A-Z][A-Za-z.'’\- ]{1,40})*(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?)(?:\s*\[[A-Za-z.'’\- ]{1,30}\])?,?\s+)?"
    + _MONTH_RE
    + r"\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\([^)]{1,40}\))?\s*(?:[-—–]{1,2}|:)\s",
    re.I,
)
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
# "/news/2024/3/23/slug": folders of a year, a month and a day written without their leading zeros
_PATH_DATE_SHORT = re.compile(r"(?<![\d/])/((?:19|20)\d{2})/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])(?=/|$)")
# "/2018/Jan/18/slug", "/2024/nov/28/slug": a month folder named in letters (The Guardian, The Spokesman-Review,
# The New Indian Express), the day with or without its leading zero
_PATH_DATE_NAMED = re.compile(
    r"(?<![\d/])/((?:19|20)\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
    r"|june|july|august|september|october|november|december)/(0?[1-9]|[12]\d|3[01])(?=/|$)",
    re.I,
)
_PATH_YEAR = re.compile(r"(?<![\d])((?:19|20)\d{2})(?![\d])")
_TEXT_YEAR = re.compile(r"\b((?:19[89]|20[0-4])\d)\b")


@dataclass(frozen=True)
class ParsedDate:
    published: str  # ISO 8601 as stored
    date: dt.date  # calendar date in its own offset


def _iso(value: str) -> ParsedDate | None:
    v = value.strip()
    if not _ISO.match(v):
        return None
    try:
        parsed = dt.datetime.fromisoformat(v.replace(" ", "T", 1) if len(v) > 10 else v)
    except ValueError:
        try:
            d = dt.date.fromisoformat(v[:10])
        except ValueError:
            return None
        return ParsedDate(v[:10], d)
    return ParsedDate(v if len(v) > 10 else parsed.date().isoformat(), parsed.date())


def _sane(d: dt.date) -> bool:
    return 1900 <= d.year <= dt.date.today().year + 1


def parse_date(value: str | None) -> ParsedDate | None:
    """Parse one date value (ISO, RFC 2822, or a free-text date with day, month and year)."""
    if not value or not value.strip():
        return None
    v = " ".join(value.split())[:100]
    out = _iso(v)
    if out is None and re.match(r"^(\w{3},\s*)?\d{1,2}\s+\w{3}\s+\d{4}\s+\d{1,2}:\d{2}", v):
        try:
            ts = email.utils.parsedate_to_datetime(v)
            out = ParsedDate(ts.isoformat(), ts.date())
        except (TypeError, ValueError, IndexError):
            out = None
    if out is None:
        m = _DMY.match(v) or _MDY.match(v)
        if m:
            g = m.groups()
            day, mon, year = (g[0], g[1], g[2]) if m.re is _DMY else (g[1], g[0], g[2])
            try:
                d = dt.date(int(year), _month(mon), int(day))
                out = ParsedDate(d.isoformat(), d)
            except (ValueError, KeyError):
                out = None
    if out is None:
        out = _dateparser(v)
    return out if out is not None and _sane(out.date) else None


def _dateparser(v: str) -> ParsedDate | None:
    """Last resort for odd formats; strict, so a date without a year or day is not invented."""
    import dateparser

    if not re.search(r"(?<!\d)(19|20)\d{2}(?!\d)", v):
        return None  # no explicit year: "yesterday", "Tuesday" are not publication dates
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\b", v)
    if m and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        return None  # 03/04/2024: March 4 or 3 April? Undated beats a wrong guess

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            res = dateparser.parse(
                v,
                languages=["en", "fr", "de", "es", "pt", "it"],
                settings={
                    "STRICT_PARSING": True,
                    "REQUIRE_PARTS": ["day", "month", "year"],
                    "RETURN_AS_TIMEZONE_AWARE": False,
                    "PREFER_DATES_FROM": "past",
                },
            )
        except Exception:
            return None
    if res is None:
        return None
    return ParsedDate(res.date().isoformat(), res.date())


def header_date(line: str) -> tuple[str, ParsedDate | None] | None:
    """A header line like "date 2024-04-03" or "Published: 3 April 2024": (value, parsed or None)."""
    m = _HEADER_DATE.match(line.strip())
    if not m:
        return None
    value = m.group(1).strip()
    return value, parse_date(value)


def _month(name: str) -> int:
    n = name.lower().rstrip(".")
    return MONTHS.get(n) or MONTHS.get(n[:3], 0)


def find_dateline(body: str, *, path: str = "", year_hint: int | None = None) -> ParsedDate | None:
    """The date of a leading dateline ("BEIJING, July 3 —"), with the year rule of this module."""
    head = body.lstrip()[:300]
    m = _DATELINE.match(head)
    if not m:
        return None
    month, day = _month(m.group(2)), int(m.group(3))
    if not month:
        return None
    if m.group(4):
        year: int | None = int(m.group(4))
    else:
        year = year_hint or path_year(path) or _year_from_weekday(body, month, day)
    if year is None:
        return None
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return ParsedDate(d.isoformat(), d) if _sane(d) else None


def _year_from_weekday(body: str, month: int, day: int) -> int | None:
    first_para = body.lstrip().split("\n\n", 1)[0][:600].lower()
    named = {i for i, w in enumerate(_WEEKDAYS) if re.search(r"\b" + w + r"\b", first_para)}
    if len(named) != 1:
        return None
    wd = named.pop()
    years = {int(y) for y in _TEXT_YEAR.findall(body)}
    same, day_after = set(), set()
    for y in years | {y + 1 for y in years}:
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if not _sane(d):
            continue
        if wd == d.weekday():
            same.add(y)
        elif wd == (d.weekday() - 1) % 7:
            day_after.add(y)
    # a dateline most often names the news day itself ("ISTANBUL, July 22 - ... signed on Friday"):
    # the day after it counts only when no year has the day itself
    fits = same or day_after
    return fits.pop() if len(fits) == 1 else None


def path_date(path: str) -> ParsedDate | None:
    """A full date in a file name or folder ("2023-06-19", "20230619", "2018/Jan/18"), the last one in the path."""
    found = None
    hits = [(m.start(), m.group(1), m.group(3), m.group(4)) for m in _PATH_DATE.finditer(path)]
    hits += [(m.start(), m.group(1), m.group(2), m.group(3)) for m in _PATH_DATE_SHORT.finditer(path)]
    hits += [
        (m.start(), m.group(1), str(MONTHS[m.group(2).lower()]), m.group(3)) for m in _PATH_DATE_NAMED.finditer(path)
    ]
    for _, y, mo, da in sorted(hits):
        try:
            d = dt.date(int(y), int(mo), int(da))
        except ValueError:
            continue
        if _sane(d):
            found = ParsedDate(d.isoformat(), d)
    return found


def url_date(url: str | None) -> ParsedDate | None:
    """A full date in a URL's path ("/2023/06/19/slug", "-20230619-"), the way news sites file pages."""
    return path_date(urlsplit(url).path) if url else None


def url_year(url: str | None) -> int | None:
    """A year standing alone in a URL's path, for a dateline without a year."""
    return path_year(urlsplit(url).path) if url else None


def path_year(path: str) -> int | None:
    """A year standing alone in the path ("2024/", "-2024.zip"), for datelines without a year."""
    years = [int(y) for y in _PATH_YEAR.findall(path) if 1990 <= int(y) <= dt.date.today().year + 1]
    return years[-1] if years else None


# "WASHINGTON, April 2 (Atlas Wire) - ...": the agency in a leading dateline's parentheses
_DATELINE_AGENCY = re.compile(
    r"^\s*[A-Z][A-Za-z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
    r"\s*\(([A-Z][A-Za-z&'’. -]{1,40})\)\s*(?:[-—–]{1,2}|:)\s"
)


def dateline_agency(body: str) -> str | None:
    """The news agency named in the dateline at the top of ``body``, if any."""
    m = _DATELINE_AGENCY.match(body.lstrip()[:300])
    return m.group(1).strip() if m else None
