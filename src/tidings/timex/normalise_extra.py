"""Relative, anchored and quantity expressions: durations, "three days later", "a year ago", ranges.

Split from normalise.py to keep modules small; ``RelativeRules`` is mixed into ``Normaliser`` and uses
its context helpers (tense, previous dates, list carry).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from . import resolve as R
from .calendar import add_months, day_value, month_value, shift_value, value_precision
from .lexicon import lexicon
from .spans import Cand

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Res", "RelativeRules", "num", "unit_name", "PART_MOD"]

PART_MOD = {
    "beginning": "START",
    "start": "START",
    "early": "START",
    "turn": "START",
    "end": "END",
    "close": "END",
    "late": "END",
    "middle": "MID",
    "mid": "MID",
}
_DP = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_FIRST_LAST = re.compile(
    r"(?i)\b(?:first|last|only|longest|shortest|highest|lowest|biggest|largest|worst|best|since|"
    r"fastest|slowest|strongest|weakest|most|least|record|\w+est)\b"
)


_QUARTER = re.compile(r"(?i)\bquarter(?:ly)?\b|-quarter\b")


# the figures of a results sentence: money, percentages, per-share amounts
def _quarter_end(q: str) -> dt.date:
    """The last day of quarter value "YYYY-Qn"."""
    y, n = int(q[:4]), int(q[-1])
    return dt.date(y + 1, 1, 1) - dt.timedelta(days=1) if n == 4 else dt.date(y, 3 * n + 1, 1) - dt.timedelta(days=1)


# words after "to one day" that show a day counted ("sentenced to one day in jail", "to one day of talks")
_NOT_VERB = frozenset(
    "of in at on for and or but the a an to from by before after later earlier ago next last each per off only more "
    "less short".split()
)

_FIGURES = re.compile(r"(?i)\$\s?\d|\d\s?%|\bpercent\b|\bcents? a share\b")

# a results period longer than a quarter: "the first nine months", "the six-month period", "the first half",
# "the year to date" (its comparison "a year earlier" is that stretch of the year before, not a quarter)
_MULTI_MONTH = re.compile(
    r"(?i)\b(?:the|first|latest|past)\s+(?:nine|six|9|6)[\s-]+months?\b(?![\s-]+(?:high|low|peak|ago))|"
    r"\b(?:first|second)\s+half\b|\byear[\s-]+to[\s-]+date\b"
)


@dataclass(frozen=True)
class Res:
    """A normalised value before it becomes a Timex."""

    kind: str
    value: str
    anchor: str
    precision: str | None = None
    end_value: str | None = None
    mod: str | None = None
    timeml: str | None = None


def num(word: str) -> float | None:
    """Number of "seven", "a couple of", "1.5", "twenty-four"; None for "several"."""
    L = lexicon()
    w = re.sub(r"\s+", " ", word.lower().replace("-", " ")).strip()
    if half := re.fullmatch(r"(.+?)(?: and a half| 1/2|½)", w):
        whole = num(half[1])  # "5 1/2", "two and a half": the number and a half
        return whole + 0.5 if whole is not None else None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        w = w.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in L.numbers:
        return L.numbers[w]
    if w in L.vague_numbers:
        return None
    parts = w.split()
    if len(parts) == 2 and parts[0] in L.numbers and parts[1] in L.numbers:
        a, b = L.numbers[parts[0]], L.numbers[parts[1]]
        if a >= 20 and b < 10:
            return a + b
    return None


def unit_name(word: str) -> str:
    w = word.lower()
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in lexicon().units else w


def _grains(unit: str) -> tuple[str, ...]:
    """Which earlier dates can anchor "N <unit> later": a day offset needs a day, a year offset any year."""
    return {
        "second": ("time", "day"),
        "minute": ("time", "day"),
        "hour": ("time", "day"),
        "day": ("day", "time"),
        "night": ("day", "time"),
        "week": ("day", "time", "week"),
        "weekend": ("day", "time", "week"),
        "month": ("day", "time", "week", "month"),
    }.get(unit, ("day", "time", "week", "month", "quarter", "year"))


class RelativeRules:
    """Rules for phrases measured in units; mixed into Normaliser."""

    # What Normaliser supplies (declared here so that the rules type-check on their own).
    text: str
    dct: dt.date
    doc: Doc | None
    history: list[tuple[Cand, Res]]

    if TYPE_CHECKING:

        def tense(self, c: Cand) -> str | None: ...
        def _previous(self, grains: tuple[str, ...], *, paragraph_of: int | None = None) -> dt.date | None: ...
        def _dispatch(self, c: Cand) -> Res | None: ...

    def _r_duration(self, c: Cand) -> Res | None:
        g = c.groups
        unit = unit_name(g["unit"])
        n = num(g["num"])
        if n is None and (g["num"] or "").lower() not in lexicon().vague_numbers:
            return None
        if n is not None and g.get("half"):
            n += 0.5  # "an hour and a half"
        qmod = (g.get("qmod") or c.qmod or "").lower()
        mod = lexicon().duration_mods.get(qmod) if qmod else None
        if self._someday(c):
            return Res("vague", "FUTURE_REF", "dct", "vague")
        if c.prep == "in" and n is not None and self._future_in(c):
            value, prec = shift_value(self.dct, int(n), unit) if n == int(n) else (None, None)
            if value:
                if prec == "day" and unit in ("week",):
                    value, prec = day_value(self.dct + dt.timedelta(weeks=int(n))), "day"
                return Res("date", value, "dct", prec, mod=mod)
        return Res("duration", R.duration_value(n, unit), "none", "duration", mod=mod)

    def _someday(self, c: Cand) -> bool:
        """ "Islam will one day be the second religion", "he hopes to one day return": "one day" between a
        modal or "to" and its verb is some day ahead (TimeML's FUTURE_REF), no day's length."""
        if c.prep or not re.fullmatch(r"(?i)one\s+day", self.text[c.start : c.end]):
            return False
        if not re.search(
            r"(?i)\b(?:will|would|could|might|may|can|shall|should|must|to|'ll)\s+$",
            self.text[max(0, c.start - 12) : c.start],
        ):
            return False
        # a verb follows (the tagger often takes "to one day return" for a noun: any word but a function word)
        m = re.match(r"\s+([a-z]+)\b", self.text[c.end : c.end + 20])
        return m is not None and m[1] not in _NOT_VERB

    def _future_in(self, c: Cand) -> bool:
        """ "in five years" is a date when the clause looks ahead, a duration after "first ... in"."""
        sent_start = self.text.rfind(".", 0, c.start) + 1
        if _FIRST_LAST.search(self.text[sent_start : c.start]):
            return False
        return self.tense(c) == "future"

    def _r_duration_lead(self, c: Cand) -> Res | None:
        unit = unit_name(c.groups["unit"])
        if c.groups.get("pl"):
            lead = c.groups["lead"].lower()
            if re.search(r"(?:coming|next)$", lead):
                return Res("vague", "FUTURE_REF", "dct", "vague")
            return Res("vague", "PAST_REF", "dct", "vague")
        return Res("duration", R.duration_value(1, unit), "none", "duration")

    def _r_vague_units(self, c: Cand) -> Res:
        unit = unit_name(c.groups["unit"])
        return Res("duration", R.duration_value(None, unit), "none", "duration")

    def _r_ago(self, c: Cand) -> Res | None:
        g = c.groups
        unit = unit_name(g["unit"])
        n = num(g["num"])
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        text_after = self.text[c.end : c.end + 3]
        if rel in ("before", "after", "prior") and text_after.strip()[:1] not in ("", ",", ".", ";", ")"):
            # "two days before the election": a duration relative to an event, not a date
            return Res("duration", R.duration_value(n, unit), "none", "duration")
        if n is None:
            if unit in ("hour", "minute", "second") and rel in ("later", "earlier", "afterwards", "afterward"):
                # "hours later", "a few minutes earlier": the day of the time the story has reached
                if (prev := self._previous(_grains(unit))) is not None:
                    return Res("date", day_value(prev), "previous", "day")
            if rel not in ("ago", "from now", "hence"):
                # "a few days later", "several weeks earlier": a stretch of unstated length from a time the
                # story has named, not the publication's past or future (TimeML: PXD)
                return Res("duration", R.duration_value(None, unit), "none", "duration")
            return Res("vague", "PAST_REF" if rel == "ago" else "FUTURE_REF", "dct", "vague")
        sign = -1 if rel in ("ago", "earlier", "before", "prior") else 1
        if rel in ("ago", "from now", "hence"):
            ref, anchor = self.dct, "dct"
        else:
            prev = self._previous(_grains(unit))
            ref, anchor = (prev, "previous") if prev else (self.dct, "dct")
        k = int(n) if n == int(n) else None
        if k is None:
            return Res("vague", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor, "vague")
        if unit == "year" and k == 1 and sign < 0 and self._months_in_view(c):
            # "net for the nine months fell from $4 million a year earlier": the year before's stretch
            return Res("date", f"{self._report_year(c) - 1:04d}", "previous", "year")
        if unit == "year" and k == 1 and sign < 0 and (q := self._quarter_in_view(c)) is not None:
            # "third-quarter profit rose 8% from a year earlier": the same quarter of the year before
            return Res("date", f"{int(q[:4]) - 1:04d}{q[4:]}", "previous", "quarter")
        if unit == "year" and rel == "ago" and k == 1:
            # "a year ago": close enough to name the month (news uses it for anniversaries of events)
            return Res("date", month_value(add_months(ref, sign * 12 * k)), anchor, "month")
        # TimeML marks "three days later", "a day earlier", "an hour and a half later" as the DURATION (P3D) from
        # the time the story has reached; tidings keeps the day it lands on and carries TimeML's value beside it.
        # Not "a year earlier": TimeBank writes it as the year-ago period (a results comparison, a date)
        timeml = (
            R.duration_value(n + 0.5 if g.get("half") else n, unit)
            if rel in ("later", "earlier", "afterwards", "afterward") and unit not in ("year", "decade", "century")
            else None
        )
        if unit in ("hour", "minute", "second"):
            return Res("date", day_value(ref), anchor, "day", timeml=timeml)
        if unit in ("year", "decade", "century") and k * {"decade": 10, "century": 100}.get(unit, 1) >= ref.year:
            return Res("vague", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor, "vague")  # before year 1
        if unit in ("decade", "century"):
            # "a decade ago" is about ten years back, the year then (said in 2013: 2003), not the decade
            # that holds it (the 2000s)
            years = k * {"decade": 10, "century": 100}[unit]
            return Res("date", f"{ref.year + sign * years:04d}", anchor, "year")
        value, prec = shift_value(ref, sign * k, unit)
        return Res("date", value, anchor, prec, timeml=timeml)

    def _r_ago_bare(self, c: Cand) -> Res | None:
        """ "Hours later", "days earlier", "months ago": an unstated count (see ``_r_ago``)."""
        return self._r_ago(replace(c, groups={**c.groups, "num": "several"}))

    def _quarter_in_view(self, c: Cand, *, period: bool = False) -> str | None:
        """The quarter a results sentence compares: one that says "quarter", or one that gives figures
        ("net rose to $94 million from $85 million a year ago") in a story that spoke of a quarter
        before it. The quarter its sentence names, else the last one the story named, else the last
        quarter completed before publication (quarterly results are reported after the quarter)."""
        if self.doc is not None and (sp := self.doc.char_span(c.start, c.end, alignment_mode="expand")) is not None:
            a, b = sp[0].sent.start_char, sp[0].sent.end_char
        else:
            a, b = self.text.rfind(".", 0, c.start) + 1, len(self.text)
        # a sentence that says "quarter", or names a results period ("In the 1989 period also, interest expense
        # was lower than a year ago")
        here = bool(_QUARTER.search(self.text[a:b])) or any(
            pc.rule == "results_period" and a <= pc.start < b for pc, _ in self.history
        )
        figures = period or _FIGURES.search(self.text[a:b])
        if not here and not (figures and _QUARTER.search(self.text[:a])):
            return None
        named = [
            (pc, pr.value)
            for pc, pr in self.history
            if pr.kind == "date" and re.fullmatch(r"\d{4}-Q[1-4]", pr.value) and pr.anchor != "previous"
        ]
        for pc, q in reversed(named):
            if pc.start >= a:
                return q  # the quarter its own sentence names
        # the last completed quarter the story named (not "the first quarter of 1990"); one it gives results
        # for has ended, though the calendar's has not (a fiscal "fourth quarter ended Sept. 30"); and one
        # named with figures is the quarter reported, not a quarter named in passing ("after a flat second
        # quarter, ... the gain")
        over = [(pc, q) for pc, q in named if _quarter_end(q) <= self.dct or self._reports_quarter(pc)]
        reported = [(pc, q) for pc, q in over if _FIGURES.search(self.text[slice(*self._sentence(pc))])]
        if over:
            return (reported or over)[-1][1]
        done = (self.dct.month - 1) // 3
        return f"{self.dct.year:04d}-Q{done}" if done else f"{self.dct.year - 1:04d}-Q4"

    def _sentence(self, c: Cand) -> tuple[int, int]:
        """Start and end of ``c``'s sentence."""
        if self.doc is not None and (sp := self.doc.char_span(c.start, c.end, alignment_mode="expand")) is not None:
            return sp[0].sent.start_char, sp[0].sent.end_char
        a, b = self.text.rfind(".", 0, c.start) + 1, self.text.find(".", c.end)
        return a, len(self.text) if b < 0 else b

    def _reports_quarter(self, c: Cand) -> bool:
        """Whether the story gives a quarter's results as over: "for its fourth quarter ended Sept. 30",
        "reported a 47% decline in fourth-quarter earnings" (a past clause with figures)."""
        if re.match(r"\s*,?\s*(?:which\s+|that\s+)?ended\b", self.text[c.end : c.end + 20]):
            return True
        a, b = self._sentence(c)
        return bool(_FIGURES.search(self.text[a:b])) and self.tense(c) == "past"

    def _months_in_view(self, c: Cand) -> bool:
        """Whether the results period a comparison in ``c``'s sentence is made for is longer than a quarter:
        the period named last before it in the sentence (else the first after it) is "the nine months", "the
        first half" ("For the nine months, net fell to $608,413 from $967,809 a year earlier")."""
        if self.doc is not None and (sp := self.doc.char_span(c.start, c.end, alignment_mode="expand")) is not None:
            a, b = sp[0].sent.start_char, sp[0].sent.end_char
        else:
            a = self.text.rfind(".", 0, c.start) + 1
            b = self.text.find(".", c.end)
            b = len(self.text) if b < 0 else b
        if not _FIGURES.search(self.text[a:b]):
            return False  # "six months ago he was elected; a year ago ...": no results comparison
        marks = [(m.start(), True) for m in _MULTI_MONTH.finditer(self.text, a, b)]
        marks += [(m.start(), False) for m in _QUARTER.finditer(self.text, a, b)]
        marks = [(i, multi) for i, multi in marks if not c.start <= i < c.end]
        before = [m for m in marks if m[0] < c.start]
        pick = max(before) if before else min(marks, default=None)
        return bool(pick and pick[1])

    def _r_spelled_year(self, c: Cand) -> Res | None:
        """ "nineteen ninety-six", "the year two thousand": years as broadcast transcripts spell them."""
        g = c.groups
        if g.get("k"):
            year = 2000 + int(num(g["kones"]) or 0) if g.get("kones") else 2000
        else:
            tens, ones = num(g["tens"]), num(g["ones"]) if g.get("ones") else 0
            if tens is None or ones is None:
                return None
            year = (19 if g["cent"].lower() == "nineteen" else 20) * 100 + int(tens) + int(ones)
        mon = lexicon().month(g["mon"]) if g.get("mon") else None
        if mon:
            return Res("date", f"{year:04d}-{mon:02d}", "absolute", "month")
        return Res("date", f"{year:04d}", "absolute", "year")

    def _r_results_period(self, c: Cand) -> Res | None:
        """ "the latest quarter", "the year-earlier period", "the quarter" in a results story: the quarter
        the story reports (see ``_quarter_in_view``), or that quarter a year before; nothing elsewhere."""
        g = c.groups
        year_ago = bool(g.get("yago") or g.get("yago2") or g.get("lastyr"))  # "the quarter a year ago"
        which0 = re.sub(r"[\s-]+", " ", (g.get("which") or "").lower())
        compared = g.get("year") or year_ago or which0.startswith(("year", "comparable", "prior"))
        if compared and self._months_in_view(c):
            # "net for the nine months was $306 million, against a loss in the 1988 period": that year's stretch
            y = int(g["year"]) if g.get("year") else self._report_year(c) - 1
            return Res("date", f"{y:04d}", "previous", "year")
        if g.get("bare") and not year_ago and (q := self._quarter_ended(c)) is not None:
            return Res("date", q, "dct", "quarter")
        # "In the 1989 period, ...": a results period named by its year speaks of the story's quarter
        q = self._quarter_in_view(c, period=bool(g.get("year")))
        if q is None:
            # no quarter in view: "the 1988 period" is that year, "the same period last year" the year before
            if g.get("year"):
                return Res("date", g["year"], "absolute", "year")
            if year_ago:
                return Res("date", f"{self.dct.year - 1:04d}", "dct", "year")
            return None
        if g.get("year"):
            return Res("date", f"{g['year']}{q[4:]}", "previous", "quarter")  # "the 1988 quarter"
        which = re.sub(r"[\s-]+", " ", (g.get("which") or "").lower())
        if year_ago or which.startswith(("year", "comparable", "prior")):
            return Res("date", f"{int(q[:4]) - 1:04d}{q[4:]}", "previous", "quarter")
        return Res("date", q, "previous", "quarter")

    def _quarter_ended(self, c: Cand) -> str | None:
        """ "In the quarter ended July 31" in a story that has named no quarter: the calendar quarter that holds
        two of its three months (May to July: the second), the last such before publication. A story that
        named a fiscal quarter ("the fiscal first quarter ... the quarter ended Sept. 30") keeps its name."""
        m = re.match(r"\s+ended\s+([A-Z][a-z]+)\.?\s+\d", self.text[c.end : c.end + 24])
        mon = lexicon().month(m[1]) if m else None
        if mon is None or any(re.fullmatch(r"\d{4}-Q[1-4]", pr.value) for _, pr in self.history):
            return None
        y = self.dct.year if mon <= self.dct.month else self.dct.year - 1
        mid, y = (mon - 1, y) if mon > 1 else (12, y - 1)
        return f"{y:04d}-Q{(mid - 1) // 3 + 1}"

    def _r_the_year(self, c: Cand) -> Res | None:
        """ "the year ended Sept. 30" is a year's length (P1Y, the end date is its own expression); "for the
        year", "the full year", "the fiscal year" the year the story reports: that of its quarter, else the
        publication year."""
        if re.match(r"\s+(?:ended|ending)\b", self.text[c.end : c.end + 10]):
            return Res("duration", "P1Y", "none", "duration")
        q = self._quarter_in_view(c)
        return Res("date", q[:4] if q else f"{self.dct.year:04d}", "dct", "year")

    def _r_year_ago_adj(self, c: Cand) -> Res | None:
        """ "compared with the year-earlier $4.5 million", "year-ago levels": in a results story the quarter
        it reports a year before, elsewhere the year before publication."""
        if self._months_in_view(c):
            return Res("date", f"{self._report_year(c) - 1:04d}", "previous", "year")
        q = self._quarter_in_view(c)
        if q is None:
            return Res("date", f"{self.dct.year - 1:04d}", "dct", "year")
        return Res("date", f"{int(q[:4]) - 1:04d}{q[4:]}", "previous", "quarter")

    def _report_year(self, c: Cand) -> int:
        """The year a results story reports: that of the quarter in view, else publication's."""
        q = self._quarter_in_view(c, period=True)
        return int(q[:4]) if q else self.dct.year

    def _r_anchored(self, c: Cand) -> Res | None:
        phrase = re.sub(r"\s+", " ", c.groups["a1"].lower())
        unit = next(
            (
                u
                for u in ("day", "night", "week", "weekend", "month", "year", "morning", "evening", "afternoon")
                if re.search(rf"\b{u}\b", phrase)
            ),
            "day",
        )
        if re.search(r"\b(before|previous|prior|earlier)\b", phrase) and not phrase.startswith("earlier that"):
            n = -1
        elif re.search(r"\b(after|following|next)\b", phrase):
            n = 1
        else:
            n = 0
        dp = _DP.get(unit)
        base = "day" if dp else unit
        if phrase == "the night before":
            base, dp, n = "day", "NI", -1
        if re.search(r"\b(before|after|earlier)$", phrase) and re.match(r"\s*[A-Za-z]", self.text[c.end : c.end + 3]):
            # "the day before the plunge": relative to an event, not a date; only an apposition tells
            # its value ("Oct. 12, the day before the plunge")
            if self.history and re.fullmatch(r",\s*", self.text[self.history[-1][0].end : c.start]):
                last = self.history[-1][1]
                return Res(last.kind, last.value, "previous", last.precision)
            return None
        prev = self._previous(_grains(base))
        ref, anchor = (prev, "previous") if prev else (self.dct, "dct")
        value, prec = shift_value(ref, n, base)
        if base == "weekend":
            value = value + "-WE" if not value.endswith("-WE") else value
        if dp:
            return Res("time", f"{value}T{dp}", anchor, "time")
        return Res("date", value, anchor, prec)

    _r_bare_plural = _r_vague_units

    def _r_vague_plural(self, c: Cand) -> Res:
        """ "in recent years" is an unspecified duration (PXY); "in the coming weeks" points to the future."""
        lead = re.sub(r"\s+", " ", c.groups["lead"].lower())
        if re.search(r"next (?:few|several)", lead):
            # "over the next few days": a stretch of unstated length from now, as TimeML marks it (PXD)
            return Res("duration", R.duration_value(None, unit_name(c.groups["unit"])), "none", "duration")
        if re.search(r"coming|upcoming|next|future", lead):
            return Res("vague", "FUTURE_REF", "dct", "vague")
        if re.search(r"recent", lead):
            return Res("duration", R.duration_value(None, unit_name(c.groups["unit"])), "none", "duration")
        return Res("vague", "PAST_REF", "dct", "vague")

    def _r_vague(self, c: Cand) -> Res | None:
        phrase = re.sub(r"\s+", " ", c.groups["phrase"].lower())
        value = lexicon().vague.get(phrase)
        if phrase in ("soon", "shortly") and self.tense(c) == "past":
            # "the trickle soon became a flood", "he was soon released": soon after the story's own time, not
            # ahead of publication (TimeML's FUTURE_REF); "will soon", "would soon" and "plans to ... soon" stay
            return None
        return Res("vague", value, "dct", "vague") if value else None

    def _r_set(self, c: Cand) -> Res | None:
        g = c.groups
        if g.get("smon"):  # "each July": that month of every year
            mon = lexicon().month(g["smon"])
            return Res("set", f"XXXX-{mon:02d}", "none", "duration") if mon else None
        if g.get("sseason"):  # "every summer"
            return Res("set", f"XXXX-{lexicon().seasons[g['sseason'].lower()]}", "none", "duration")
        if g.get("adv"):
            adv = g["adv"].lower()
            unit = (
                re.sub(r".*\s", "", adv)
                if "every other" in adv
                else {
                    "daily": "day",
                    "weekly": "week",
                    "monthly": "month",
                    "quarterly": "quarter",
                    "hourly": "hour",
                }.get(adv, "year")
            )
            return Res("set", R.duration_value(2 if "every other" in adv else 1, unit_name(unit)), "none", "duration")
        u = (g.get("unit") or g.get("unit2") or "").lower()
        if u.rstrip("s") in lexicon().weekdays:
            dp = _DP[g["sdp"].lower()] if g.get("sdp") else ""  # "every Friday night"
            return Res(
                "set",
                f"XXXX-WXX-{lexicon().weekdays[u.rstrip('s')] + 1}" + (f"T{dp}" if dp else ""),
                "none",
                "duration",
            )
        n = num(g["num"]) if g.get("num") else 1
        return Res("set", R.duration_value(n or 1, unit_name(u)), "none", "duration")

    def _r_range(self, c: Cand) -> Res | None:
        a, b = c.parts
        a = replace(a, prep=None)
        if b.groups.get("year") and not a.groups.get("year") and a.rule in ("month", "mdy", "dmy"):
            ga = dict(a.groups, year=b.groups["year"])
            a = replace(a, rule="month_year" if a.rule == "month" else a.rule, groups=ga)
        ra = self._dispatch(a)
        if ra is None:
            return None
        self.history.append((a, ra))
        try:
            rb = self._dispatch(b)
        finally:
            self.history.pop()
        if rb is None:
            return None
        anchor = ra.anchor if ra.anchor == rb.anchor else "dct"
        return Res("range", ra.value, anchor, ra.precision or value_precision(ra.value), rb.value)

    def _time_value(self, c: Cand, day: dt.date) -> str | None:
        g = c.groups
        if c.rule == "noon":
            w = g["word"].lower()
            return f"{day.isoformat()}T{'24:00' if w == 'midnight' else '12:00'}"
        hh = int(g["hh"])
        mi = int(g.get("mi") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if g.get("ampm2"):  # "4 in the morning", "10 at night"
            ampm = "am" if "morning" in g["ampm2"].lower() else "pm"
        if ampm == "pm" and hh < 12:
            hh += 12
        if ampm == "am" and hh == 12:
            hh = 0
        if hh > 24:
            return None
        return f"{day.isoformat()}T{hh:02d}:{mi:02d}"
