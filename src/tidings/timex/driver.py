"""The ``extract`` driver: candidates -> normalised Timex records in text order."""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Doc

from ..nlp import doc_text, unwrap_lines
from .normalise import Normaliser
from .spans import Cand, find_candidates
from .tense import governing_verb, is_planned, is_reporting, tense_at, will_future
from .types import Timex

__all__ = ["extract", "reference_day"]

_TIME_RULES = {"time", "time24", "clock", "noon"}


@functools.lru_cache(maxsize=1)
def _dateparser():
    """dateparser reads absolute forms in spaCy DATE entities our patterns missed (English only: fast, strict)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False, "REQUIRE_PARTS": ["year"]}
    )


def _from_entities(doc: Doc, text: str, dct: dt.date, cands: list[Cand]) -> list[Timex]:
    """spaCy DATE/TIME entities with a year in them that no pattern covered, read by dateparser."""
    out: list[Timex] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or not re.search(r"\b(1[5-9]|20)\d\d\b", ent.text):
            continue
        if re.fullmatch(r"\W*\d{4}\W*", ent.text):
            continue  # a bare number: the year patterns (with their filters) already judged it
        if any(not (ent.end_char <= c.start or ent.start_char >= c.end) for c in cands):
            continue
        data = _dateparser().get_date_data(ent.text)
        if data is None or data.date_obj is None:
            continue
        d = data.date_obj.date()
        period = data.period or "day"
        value = {"year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}"}.get(period, d.isoformat())
        prec = period if period in ("year", "month") else "day"
        out.append(Timex(ent.start_char, ent.end_char, ent.text, "date", value, prec, "absolute"))
    return out


def _attach_time(c: Cand, norm: Normaliser, found: list[Timex], dct: dt.date) -> Timex | None:
    """A clock time takes its day from the nearest day-precise date of its sentence, else from the last day its
    paragraph named before it (``_story_day``), else the DCT."""
    best: tuple[int, Timex] | None = None
    for t in found:
        if t.precision not in ("day",) or t.kind not in ("date",):
            continue
        dist = c.start - t.end if t.end <= c.start else t.start - c.end
        if dist < 0 or not norm._same_sentence(min(t.start, c.start), max(t.start, c.start)):
            continue
        if best is None or dist < best[0]:
            best = (dist, t)
    anchor = best[1].anchor if best else "dct"
    if best is None and (story := _story_day(c, norm, found)) is not None:
        best, anchor = (0, story), "previous"
    day = dt.date.fromisoformat(best[1].value[:10]) if best else dct
    value = norm._time_value(c, day)
    if value is None:
        return None
    return Timex(c.start, c.end, norm.text[c.start : c.end], "time", value, "time", anchor)


def _story_day(c: Cand, norm: Normaliser, found: list[Timex]) -> Timex | None:
    """ "On Tuesday the army shelled the town. The shelling began at 10 p.m.": a clock time whose sentence names
    no day is on the day the story has reached, the last day its paragraph named before it (not publication's).
    Wires write a sentence a paragraph ("A man was shot on Saturday night, police said Sunday. / Officers arrived
    around 10 p.m."): a past clause also reaches back one paragraph, past the day of a report ("said Sunday")."""
    doc = norm.doc
    past = doc is not None and tense_at(doc, c.start, c.end) == "past"
    best: Timex | None = None
    for t in found:
        if t.end > c.start or t.kind not in ("date", "time") or not re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", t.value):
            continue
        breaks = len(re.findall(r"\n\s*", norm.text[t.end : c.start]))
        if breaks > (1 if past else 0):
            continue  # another paragraph: the story may have moved on
        if breaks and doc is not None and is_reporting(doc, t.start, t.end):
            continue  # "police said Sunday": the day of the report, not of what it tells
        if re.search(
            r"(?i)\b(?:the|a|an|its|their|his|her|this|that)\s+$|'s\s+$", norm.text[max(0, t.start - 8) : t.start]
        ):
            continue  # "the Sept. 11, 2001 attacks": a date naming a thing, not where the story is
        if best is None or t.start > best.start:
            best = t
    return best


def _time_range(c: Cand, norm: Normaliser, found: list[Timex], dct: dt.date) -> Timex | None:
    """ "a curfew from 10 p.m. to 6 a.m.", "between 9 a.m. and 5 p.m.": two clock times are one range on the
    day the first one takes; an end earlier in the day than the start is on the next day (overnight)."""
    a, b = c.parts
    ta = _attach_time(a, norm, found, dct)
    if ta is None:
        return None
    day = dt.date.fromisoformat(ta.value[:10])
    end = norm._time_value(b, day)
    if end is None:
        return None
    if end < ta.value:
        end = norm._time_value(b, day + dt.timedelta(days=1)) or end
    return Timex(c.start, c.end, norm.text[c.start : c.end], "range", ta.value, "time", ta.anchor, end_value=end)


def reference_day(found: list[Timex], doc: Doc) -> dt.date | None:
    """The latest day an undated text names in full (day, month and year) in a clause that does not
    look ahead ("will meet on", "is scheduled for"): the story's own time, standing in for its date.

    Without one, a day told in the present tense stands in: a photo caption or a headline tells the past in the
    present ("Kamikawa and Cho shake hands in Rio de Janeiro on Feb. 21, 2024"), and an undated story that names
    no other full day has nothing better to read "Wednesday" or "last month" by. Never a clause that says
    will/shall, nor a schedule ("is scheduled for")."""
    full = [
        t
        for t in found
        if t.kind == "date"
        and t.anchor == "absolute"
        and t.precision == "day"
        and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
        and not is_planned(doc, t.start, t.end)
    ]
    days = [dt.date.fromisoformat(t.value) for t in full if not will_future(doc, t.start, t.end)]
    if not days:
        days = [dt.date.fromisoformat(t.value) for t in full if not _will(doc, t.start, t.end)]
    if not days:
        # "The ceremony took place on Friday, August 8": a weekday with its month and day fixes the year (the
        # latest in which August 8 fell on a Friday, as the normaliser reads it), as a reader dates an undated page
        days = [
            d
            for t in found
            if t.kind == "date"
            and t.precision == "day"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value)
            and (m := _WEEKDAY_DATE.search(t.text)) is not None
            and (d := dt.date.fromisoformat(t.value)).strftime("%A").lower() == m.group(1).lower()
            and not is_planned(doc, t.start, t.end)
            and not _will(doc, t.start, t.end)
        ]
    return max(days) if days else None


_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
_WEEKDAY_DATE = re.compile(
    rf"(?i)\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTHS})\b)"
)


def _will(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause of the expression at [start, end) says will/shall (not a bare present)."""
    verb = governing_verb(doc, start, end)
    if verb is None:
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll", "wo") for c in verb.children)


def extract(text: str, dct: dt.date | None, *, doc: Doc | None = None) -> list[Timex]:
    """All temporal expressions in ``text``, normalised against ``dct`` (the publication date).

    ``doc`` is the spaCy parse of the same text (tense and sentence bounds); without it the text is parsed.
    A datetime or ISO string is accepted for ``dct``; with None the latest day the text names in full
    stands in for it (``reference_day``), and without one only DCT-independent expressions are kept.
    """
    if isinstance(dct, str):
        dct = dt.date.fromisoformat(dct[:10])
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    if doc is not None and doc_text(doc) not in (text, unwrap_lines(text)):
        doc = None  # a parse of some other text would misplace every offset
    if doc is None:
        from tidings.nlp import parse

        doc = next(iter(parse([text])))
    if dct is None:
        # no publication date: the article is read as of the latest day it names in full, as a reader
        # reads a story ("arrived on June 25, 2024 ... signed such an agreement on March 1"); without
        # one, only what does not lean on a reference date (absolute dates, durations, sets, vague refs)
        undated = extract(text, dt.date.today(), doc=doc)
        ref = reference_day(undated, doc)
        if ref is not None:
            return extract(text, ref, doc=doc)
        return [t for t in undated if t.anchor in ("absolute", "none") or t.kind in ("vague", "duration", "set")]
    cands = find_candidates(text)
    norm = Normaliser(text, dct, doc)
    found: list[Timex] = []
    times: list[Cand] = []
    for c in cands:
        if c.rule in _TIME_RULES or (c.rule == "range" and all(p.rule in _TIME_RULES for p in c.parts)):
            times.append(c)
            continue
        t = norm.normalise(c)
        if t is not None:
            found.append(t)
    for c in times:
        t = _time_range(c, norm, found, dct) if c.rule == "range" else _attach_time(c, norm, found, dct)
        if t is not None:
            found.append(t)
    found.extend(_from_entities(doc, text, dct, cands))
    found.sort(key=lambda t: t.start)
    return _time_then_day(found, text)


def _time_then_day(found: list[Timex], text: str) -> list[Timex]:
    """ "at 10 p.m. Wednesday", "noon Thursday": a clock time followed directly by the day it falls on is
    one expression (as TimeML marks it), the day's date at that time; "at midnight on Thursday" is two."""
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        n = found[i + 1] if i + 1 < len(found) else None
        if (
            n is not None
            and t.kind == "time"
            and "T" in t.value
            and n.kind == "date"
            and n.precision == "day"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", n.value)
            and re.fullmatch(r"\s*,?\s*", text[t.end : n.start])
            and not re.match(r"[a-z]", n.text)  # "at midnight on Thursday": the day has its own phrase
        ):
            value = f"{n.value}T{t.value.split('T', 1)[1]}"
            out.append(Timex(t.start, n.end, text[t.start : n.end], "time", value, "time", n.anchor, mod=t.mod))
            i += 2
            continue
        out.append(t)
        i += 1
    return out
