"""From candidate spans to TIMEX3 values, in text order, so later phrases can lean on earlier ones.

"the day before" needs the last day-precise date; "Malta in September" after "May 2023" needs the
last dated month of the same list; both are state carried along the document by ``Normaliser``.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from . import resolve as R
from .calendar import add_months, day_value, resolve_date, shift_value, value_precision, week_value, weekend_value
from .lexicon import lexicon
from .normalise_extra import PART_MOD as _PART_MOD
from .normalise_extra import RelativeRules
from .normalise_extra import Res as _Res
from .spans import Cand
from .tense import after_happening, governing_verb, is_planned, is_reporting, past_perfect, tense_at, will_future
from .types import Timex

__all__ = ["Normaliser"]

# a dateline before a day: a city in capitals opening its line ("WASHINGTON, ", "NEW YORK, N.Y., ")
_DATELINE_DAY = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'/-]+(?:, [A-Z][A-Za-z.]+)?,\s*$")

_DP = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
_SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


# the forms a list of calendar dates is made of ("in May 2023, Malta in September and ...")
_CALENDAR_RULES = frozenset({"iso", "mdy", "dmy", "ordday", "month_year", "month_relyear", "month", "year"})


# results comparisons ("from a year earlier", "the year-ago quarter"): the period compared with
_COMPARISON_RULES = frozenset({"ago", "year_ago_adj", "results_period", "quarter"})


class Normaliser(RelativeRules):
    """Normalise candidates of one document against its publication date."""

    def __init__(self, text: str, dct: dt.date, doc: Doc | None) -> None:
        self.text, self.dct, self.doc = text, dct, doc
        self.history: list[tuple[Cand, _Res]] = []

    # ---- context -------------------------------------------------------------------------------
    def tense(self, c: Cand) -> str | None:
        """Direction of the clause; "since March" always looks back."""
        if c.prep == "since":
            return "past"
        if c.prep in ("as soon as", "as early as"):
            return "future"
        if self.doc is None:
            return None
        return tense_at(self.doc, c.start, c.end)

    def named_direction(self, c: Cand) -> str | None:
        """Direction for a month or day named without a year. A deadline ("by February", "until
        mid-November", "through January") and a clause with no tense ("worth $130 million in October")
        take the nearest one (None); so does the present ("are expected to join in April")."""
        if (c.prep or "").lower() in ("by", "until", "till", "through", "for"):
            # "will double its flights by August": a deadline in a will-clause lies ahead
            return "future" if self._says_will(c) else None
        if re.search(r"(?i)\beffective\s+$", self.text[max(0, c.start - 12) : c.start]):
            return "future"  # "created an office, effective Feb. 1": when it starts, ahead unless far off
        t = self.tense(c)
        return None if t == "present" else t

    def _deadline_ahead(self, c: Cand) -> bool:
        """ "postponed until Tuesday morning any action", "has given the family until 9 a.m. Tuesday": a
        deadline set or moved lies ahead of the report, whatever the tense of the setting (not "had")."""
        at = self.text.find(c.groups.get("wd") or "\x00", c.start)
        before = self.text[max(0, c.start - 25) : at if at >= 0 else c.start]
        clock = r"(?:[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?,?\s*)?"  # "until 9 a.m. EST Tuesday"
        if self.doc is None or not re.search(r"(?i)\b(?:until|till)\s+" + clock + "$", before):
            return False
        verb = governing_verb(self.doc, c.start, c.end)
        return (
            verb is not None
            and verb.lemma_.lower() in lexicon().deadline_verbs
            and not any(a.lower_ == "had" for a in verb.children if a.dep_ in ("aux", "auxpass"))
        )

    def _stretch_start(self, c: Cand) -> dt.date | None:
        """The day a stretch "through/until <weekday>" began: the last day named before it in the same
        sentence (not a weekday that is itself an end: that one is a list or a range of its own)."""
        if (c.prep or "").lower() not in ("through", "until", "till", "thru"):
            return None
        if not self.history:
            return None
        pc, pr = self.history[-1]
        if pr.kind not in ("date", "time") or value_precision(pr.value) not in ("day", "time"):
            return None
        if (pc.prep or "").lower() in ("through", "until", "till", "thru", "to"):
            return None
        if not self._same_sentence(pc.start, c.start):
            return None
        iv = resolve_date(pr.value)
        return iv[0] if iv else None

    def _says_will(self, c: Cand) -> bool:
        if self.doc is None:
            return False
        verb = governing_verb(self.doc, c.start, c.end)
        return verb is not None and any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in ("will", "shall", "'ll", "wo") for a in verb.children
        )

    def _same_sentence(self, a: int, b: int) -> bool:
        if "\n" in self.text[a:b]:
            return False
        if self.doc is None:
            return not re.search(r"[.!?]\s+[A-Z\"]", self.text[a:b])
        sa, sb = (
            self.doc.char_span(a, a + 1, alignment_mode="expand"),
            self.doc.char_span(b, b + 1, alignment_mode="expand"),
        )
        return sa is not None and sb is not None and sa[0].sent.start == sb[0].sent.start

    def _opens_sentence(self, pos: int) -> bool:
        """Whether at most one word precedes ``pos`` in its sentence."""
        if self.doc is not None and (sp := self.doc.char_span(pos, pos + 1, alignment_mode="expand")) is not None:
            head = self.text[sp[0].sent.start_char : pos]
        else:
            head = re.split(r"[.!?\n]\s+", self.text[max(0, pos - 200) : pos])[-1]
        return len(head.split()) <= 1

    def _no_verb_between(self, a: int, b: int) -> bool:
        if self.doc is None:
            return len(self.text[a:b].split()) <= 6
        span = self.doc.char_span(a, b, alignment_mode="contract")
        return span is None or not any(t.pos_ == "VERB" or t.lemma_ == "be" for t in span)

    def _list_prev(self, c: Cand) -> dt.date | None:
        """The date a bare month/day in a list continues from ("in May 2023, Malta in September and ...")."""
        if not self.history:
            return None
        pc, pr = self.history[-1]
        if pr.kind not in ("date", "range") or pr.anchor not in ("absolute", "previous"):
            return None
        if pc.rule not in _CALENDAR_RULES:
            return None  # "down 4.5% from the previous Friday and 6.8% from Oct. 13": no calendar list
        if value_precision(pr.value) not in ("day", "month"):
            return None
        gap = self.text[pc.end : c.start]
        if "\n" in gap or len(gap.split()) > 5 or not re.search(r",|;|\band\b|\bthen\b", gap):
            return None
        if not (self._same_sentence(pc.start, c.start) and self._no_verb_between(pc.end, c.start)):
            return None
        iv = resolve_date(pr.value)
        return iv[0] if iv else None

    def _sentence_year(self, c: Cand) -> int | None:
        """A year that opens the sentence ("In 2019, ... in November") sets the year of later bare dates."""
        for pc, pr in reversed(self.history):
            if not self._same_sentence(pc.start, c.start):
                return None
            if not self._opens_sentence(pc.start):
                continue
            if pr.kind == "date" and pr.anchor == "absolute" and value_precision(pr.value) == "year":
                return int(pr.value)
        return None

    def _narrative_ref(self, c: Cand) -> dt.date | None:
        """The date a story recounting an earlier year has reached ("In late January 2023, ... in March,
        ... On Aug. 9"): the last month- or day-precise date of this paragraph or the one before, when it
        lies in an earlier year than publication. A clause that says "will" looks ahead from the DCT.
        A dateline's day ("WASHINGTON, July 24 -") is the day the copy was filed: no story before it (a photo
        caption dated years ago) has moved it there."""
        if _DATELINE_DAY.search(self.text[max(0, c.start - 60) : c.start]) and re.match(
            r"\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]", self.text[c.end : c.end + 40]
        ):
            return None
        paras = 0
        for pc, pr in reversed(self.history):
            paras += len(re.findall(r"\n\s*\n|\n", self.text[pc.end : c.start])) > 0
            if paras > 1 or len(re.findall(r"\n+", self.text[pc.end : c.start])) > 1:
                return None
            grain = value_precision(pr.value)
            if pr.kind == "date" and grain == "year" and pr.value == f"{self.dct.year:04d}":
                return None  # "this year", "in 2020" said in 2020: the story is back in the present year
            if pr.kind not in ("date", "range") or grain not in ("day", "month"):
                continue  # a year alone ("in 2016", "that year") is often an aside
            if self._modifies_noun(pc):
                continue  # "the August 1988 cease-fire", "the Dec. 21, 1988, bombing": a name, not the story's time
            if self.doc is not None and past_perfect(self.doc, pc.start, pc.end):
                continue  # "had severed ties in January 2016": a flashback, the story has not moved there
            iv = resolve_date(pr.value)
            if iv is None or iv[0].year >= self.dct.year:
                return None
            if self.doc is not None and will_future(self.doc, c.start, c.end):
                return None
            return iv[0]
        return None

    def _modifies_noun(self, c: Cand) -> bool:
        if re.search(
            r"(?i)\b(?:the|a|an|its|their|his|her|this|that)\s+$|'s\s+$", self.text[max(0, c.start - 8) : c.start]
        ):
            return True  # a determiner before a date: it names a thing ("the Dec. 21, 1988, bombing")
        if self.doc is None or (sp := self.doc.char_span(c.start, c.end, alignment_mode="expand")) is None:
            return False
        root = sp.root
        return root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") and root.head.pos_ in ("NOUN", "PROPN")

    def _previous(self, grains: tuple[str, ...], *, paragraph_of: int | None = None) -> dt.date | None:
        """Start of the last resolved date at one of ``grains`` (optionally only from the same paragraph)."""
        for pc, pr in reversed(self.history):
            if paragraph_of is not None and "\n" in self.text[pc.end : paragraph_of]:
                return None
            if pc.rule in _COMPARISON_RULES and pr.anchor == "previous" and pr.precision == "quarter":
                continue  # "up 8% from a year earlier": the quarter compared with, not where the story is
            if pr.kind in ("date", "time") and value_precision(pr.value) in grains:
                iv = resolve_date(pr.value)
                if iv:
                    return iv[0]
        return None

    # ---- entry point ---------------------------------------------------------------------------
    def normalise(self, c: Cand) -> Timex | None:
        res = self._dispatch(c)
        if res is None:
            return None
        self.history.append((c, res))
        kind, end_value, mod = res.kind, res.end_value, res.mod
        if c.prep == "since" and kind == "date":
            kind, end_value = "range", "PRESENT_REF"
        if mod is None and c.part:
            mod = _PART_MOD.get(c.part)
        if mod is None and c.prep and kind in ("date", "time"):
            mod = lexicon().date_preps.get(c.prep)  # "by 2025" ON_OR_BEFORE, "from August 1" ON_OR_AFTER
        precision = res.precision or value_precision(res.value)
        value = res.value
        if c.part == "week" and precision == "day":
            value, precision, mod = week_value(dt.date.fromisoformat(value)), "week", None
        if c.part and re.fullmatch(r"(?:first|second|last) half", c.part) and precision == "year":
            value, precision, mod = f"{value}-H{1 if c.part == 'first half' else 2}", "quarter", None
        return Timex(
            start=c.start,
            end=c.end,
            text=self.text[c.start : c.end],
            kind=kind,
            value=value,
            precision=precision,
            anchor=res.anchor,
            end_value=end_value,
            mod=mod,
            timeml=res.timeml,
        )

    def _dispatch(self, c: Cand) -> _Res | None:
        fn = getattr(self, "_r_" + c.rule, None)
        return fn(c) if fn else None

    # ---- absolute and partial calendar dates -------------------------------------------------
    def _r_iso(self, c: Cand) -> _Res | None:
        g = c.groups
        try:
            d = dt.date(int(g["year"]), int(g["mon"]), int(g["day"]))
        except ValueError:
            return None
        if g.get("hh"):
            return _Res("time", f"{d.isoformat()}T{g['hh']}:{g['mi']}", "absolute", "time")
        return _Res("date", d.isoformat(), "absolute")

    def _day_month(self, c: Cand) -> _Res | None:
        g = c.groups
        mon = lexicon().month(g["mon"])
        day = int(g["day"])
        wd = lexicon().weekdays.get(g["wd"].lower()) if g.get("wd") else None
        if mon is None or not 1 <= day <= 31:
            return None
        if g.get("year"):
            try:
                d = dt.date(int(g["year"]), mon, day)
            except ValueError:
                return None
            anchor = "absolute"
        elif g.get("relyr"):
            # "on Feb. 24 last year", "March 3 of this year": the day in the year the phrase names
            y = self.dct.year + {"last": -1, "next": 1}.get(g["relyr"].lower(), 0)
            try:
                d = dt.date(y, mon, day)
            except ValueError:
                return None
            anchor = "dct"
        else:
            after = self._list_prev(c)
            sy = self._sentence_year(c)
            nr = self._narrative_ref(c) if sy is None and after is None else None
            d = None
            if nr is not None:  # the story moves on from where it has got to, not past publication
                d = R.pick_day(nr, mon, day, direction=None, weekday=wd, after=nr - dt.timedelta(days=1))
                d = d if d is not None and d <= self.dct else None
            if d is not None:
                pass
            elif sy is not None:
                try:
                    d = dt.date(sy, mon, day)
                except ValueError:
                    return None
            else:
                d = R.pick_day(self.dct, mon, day, direction=self.named_direction(c), weekday=wd, after=after)
            if d is None:
                return None
            anchor = "dct"
        assert d is not None  # each branch above returned None otherwise
        if g.get("day2"):
            try:
                d2 = d.replace(day=int(g["day2"]))
            except ValueError:
                return None
            # "on March 3 and 4": two days in a row are one two-day window; "on March 3 and 10" names
            # two separate days, the first standing for both
            if d2 > d and (not g.get("conj") or d2 == d + dt.timedelta(days=1)):
                return _Res("range", d.isoformat(), anchor, "day", d2.isoformat())
        return _Res("date", d.isoformat(), anchor)

    _r_mdy = _day_month
    _r_dmy = _day_month

    def _r_ordday(self, c: Cand) -> _Res | None:
        """ "on the 19th": a day of the month last named, else of the publication month (by tense)."""
        day = int(c.groups["day"])
        for _, pr in reversed(self.history):
            if pr.kind in ("date", "range") and value_precision(pr.value) in ("day", "month"):
                y, m = int(pr.value[:4]), int(pr.value[5:7])
                break
        else:
            y, m = self.dct.year, self.dct.month
            direction = self.tense(c)
            if direction == "past" and day > self.dct.day:
                y, m = (y, m - 1) if m > 1 else (y - 1, 12)
            elif direction == "future" and day < self.dct.day:
                y, m = (y, m + 1) if m < 12 else (y + 1, 1)
        try:
            return _Res("date", dt.date(y, m, day).isoformat(), "dct")
        except ValueError:
            return None

    def _r_month_year(self, c: Cand) -> _Res:
        g = c.groups
        mon = lexicon().month(g["mon"]) or 1
        return _Res(
            "date", f"{int(g['year']):04d}-{mon:02d}", "absolute", mod=_PART_MOD.get((g.get("part") or "").lower())
        )

    def _r_month_relyear(self, c: Cand) -> _Res | None:
        g = c.groups
        mon = lexicon().month(g["mon"])
        y = self.dct.year + {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
        mod = _PART_MOD.get((g.get("part") or "").lower())
        return _Res("date", f"{y:04d}-{mon:02d}", "dct", mod=mod) if mon else None

    def _r_month(self, c: Cand) -> _Res | None:
        g = c.groups
        mon = lexicon().month(g["mon"])
        if mon is None:
            return None
        rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower()) or None
        mod = _PART_MOD.get((g.get("part") or "").lower())
        if rel in ("the following", "the previous", "that"):
            prev = self._previous(("day", "time", "week", "month"))
            if prev is not None:
                if rel == "that":
                    return _Res("date", f"{prev.year:04d}-{mon:02d}", "previous", mod=mod)
                if rel == "the following":
                    y, m = R.pick_month(prev, mon, direction=None, rel="next")
                else:
                    y, m = R.pick_month(prev, mon, direction=None, rel="last")
                return _Res("date", f"{y:04d}-{m:02d}", "previous", mod=mod)
            rel = {"the following": "next", "the previous": "last"}.get(rel, "this")
        if rel == "the coming":
            rel = "next"
        sy = self._sentence_year(c) if rel is None else None
        if sy is not None:
            return _Res("date", f"{sy:04d}-{mon:02d}", "dct", mod=mod)
        after = self._list_prev(c) if rel is None else None
        if after is None and rel is None and (nr := self._narrative_ref(c)) is not None:
            # "in late January 2023 ... in March": the story's year, while that stays before publication
            y, m = R.pick_month(self.dct, mon, direction=None, after=add_months(nr.replace(day=1), -1))
            if dt.date(y, m, 1) <= self.dct:
                return _Res("date", f"{y:04d}-{m:02d}", "previous", mod=mod)
        direction = self.named_direction(c)
        if rel is None and not c.prep and re.search(r"(?i)\b(?:a|an)\s+$", self.text[max(0, c.start - 4) : c.start]):
            direction = None  # "under a June agreement": a happening named by its month, the nearest one
        y, m = R.pick_month(self.dct, mon, direction=direction, rel=rel, after=after)
        return _Res("date", f"{y:04d}-{m:02d}", "previous" if after else "dct", mod=mod)

    def _r_year(self, c: Cand) -> _Res:
        g = c.groups
        return _Res("date", f"{int(g['year']):04d}", "absolute", mod=_PART_MOD.get((g.get("part") or "").lower()))

    def _r_year_range(self, c: Cand) -> _Res:
        y1, y2 = c.groups["year"], c.groups["year2"]
        if len(y2) == 2:
            y2 = y1[:2] + y2
        return _Res("range", y1, "absolute", "year", y2)

    def _r_decade(self, c: Cand) -> _Res:
        g = c.groups
        mod = _PART_MOD.get((g.get("part") or "").lower())
        if g.get("dec"):
            return _Res("date", g["dec"][:3], "absolute", "decade", mod=mod)
        # "the '80s", "the '90s": the latest such decade that has begun by publication (in 1989 the 1980s,
        # in 2013 the 1990s, in 2023 the 2020s for "the '20s")
        if g.get("wdec"):
            words = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")
            g = dict(g, dd=str(10 * (2 + words.index(g["wdec"].lower()))))
            mod = _PART_MOD.get((g.get("part2") or "").lower())
        dd = int(g["dd"])
        cent = self.dct.year // 100 if (self.dct.year // 100) * 100 + dd <= self.dct.year else self.dct.year // 100 - 1
        return _Res("date", f"{cent}{dd // 10}", "dct", "decade", mod=mod)

    def _r_century(self, c: Cand) -> _Res:
        if c.groups.get("cent"):
            return _Res("date", f"{int(c.groups['cent']) - 1:02d}", "absolute", "decade")
        return _Res("date", f"{self.dct.year // 100:02d}", "dct", "decade")

    def _r_holiday(self, c: Cand) -> _Res | None:
        name = re.sub(r"\s+", " ", c.groups["hol"].lower())
        rel = (c.groups.get("rel") or "").lower()
        direction = {"last": "past", "next": "future"}.get(rel) or self.tense(c)
        if name in lexicon().floating_holidays:
            mon, wd, nth = lexicon().floating_holidays[name]
            if c.groups.get("year"):
                return _Res("date", R.nth_weekday(int(c.groups["year"]), mon, wd, nth).isoformat(), "absolute")
            days = [R.nth_weekday(y, mon, wd, nth) for y in (self.dct.year - 1, self.dct.year, self.dct.year + 1)]
            if direction == "past":
                d = max(x for x in days if x < self.dct or (x == self.dct and rel != "last"))
            elif direction == "future":
                d = min(x for x in days if x > self.dct or (x == self.dct and rel != "next"))
            else:
                d = min(days, key=lambda x: abs((x - self.dct).days))
            return _Res("date", d.isoformat(), "dct")
        mon, day = lexicon().holidays[name]
        if c.groups.get("year"):
            return _Res("date", dt.date(int(c.groups["year"]), mon, day).isoformat(), "absolute")
        fixed = R.pick_day(self.dct, mon, day, direction=direction)
        return _Res("date", fixed.isoformat(), "dct") if fixed else None

    # ---- weekdays, days and parts of days -----------------------------------------------------
    def _r_weekday(self, c: Cand) -> _Res:
        g = c.groups
        wd = lexicon().weekdays[g["wd"].lower()]
        rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower()) or None
        ref, anchor = self.dct, "dct"
        if rel in ("the previous", "the following", "the next", "that"):
            prev = self._previous(("day", "time", "week"))
            ref, anchor = (prev, "previous") if prev else (self.dct, "dct")
            rel = {"the previous": "last", "the following": "next", "the next": "next"}.get(rel, "this")
        direction = self.tense(c)
        if self.doc is not None and is_planned(self.doc, c.start, c.end):
            direction = "future"
        elif self._deadline_ahead(c):
            direction = "future"
        elif direction == "present" and self.doc is not None:
            # news uses the present for schedules ("holds elections on Saturday"), except reporting verbs
            # and a day's happening named by its weekday ("follows Tuesday's declaration", "a premium over
            # Thursday's closing price"), unless the phrase looks ahead to it ("ahead of Sunday's vote")
            possessive = re.search(r"['’]s$", self.text[c.start : c.end]) or re.match(
                r"['’]s\b", self.text[c.end : c.end + 3]
            )
            at = self.text.find(g["wd"], c.start)
            ahead = re.search(
                r"(?i)\b(?:ahead\s+of|before|until|till|by|for|next|coming|upcoming)\s+(?:(?:the|this)\s+)?$",
                self.text[max(0, at - 20) : at],
            )
            if (
                is_reporting(self.doc, c.start, c.end)
                or (possessive and not ahead)
                or after_happening(self.doc, c.start, c.end)
            ):
                direction = "past"
            else:
                direction = "future"
        d = R.pick_weekday(ref, wd, direction=direction, rel=rel)
        start = self._stretch_start(c) if rel is None else None
        if start is not None:
            # "arrived on Sunday evening for a visit through Tuesday": the end of a stretch that began on
            # a day the sentence names is the first such weekday after it
            d = start + dt.timedelta(days=(wd - start.weekday()) % 7 or 7)
        if g.get("dp"):
            return _Res("time", f"{d.isoformat()}T{_DP[g['dp'].lower()]}", anchor, "time")
        return _Res("date", d.isoformat(), anchor)

    def _r_daypart(self, c: Cand) -> _Res:
        """ "In the afternoon, protesters marched": that part of the day the story has reached (the last day
        it named, else the publication day), as "later that day" is."""
        prev = self._previous(("day", "time"))
        d = prev or self.dct
        return _Res("time", f"{d.isoformat()}T{_DP[c.groups['dp'].lower()]}", "previous" if prev else "dct", "time")

    def _r_weekday_week(self, c: Cand) -> _Res:
        """ "Tuesday last week", "on Monday of this week", "Friday next week": that day of the ISO week the
        phrase names (counted from publication), whatever the tense."""
        wd = lexicon().weekdays[c.groups["wd"].lower()]
        n = {"last": -1, "next": 1}.get(c.groups["rel"].lower(), 0)
        monday = self.dct - dt.timedelta(days=self.dct.weekday()) + dt.timedelta(weeks=n)
        return _Res("date", (monday + dt.timedelta(days=wd)).isoformat(), "dct")

    def _r_weekdays(self, c: Cand) -> _Res:
        wd = lexicon().weekdays[c.groups["wd"].lower()]
        dp = (c.groups.get("dps") or "").lower()  # "Tuesday nights": that part of every Tuesday
        return _Res("set", f"XXXX-WXX-{wd + 1}" + (f"T{_DP[dp]}" if dp else ""), "none", "duration")

    def _r_relday(self, c: Cand) -> _Res:
        word = re.sub(r"\s+", " ", c.groups["word"].lower())
        off = {
            "today": 0,
            "tonight": 0,
            "overnight": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[word]
        d = self.dct + dt.timedelta(days=off)
        dp = (c.groups.get("dp") or "").lower() or ("night" if word in ("tonight", "overnight") else "")
        if c.groups.get("dpb"):  # "mid-afternoon yesterday"
            dp = re.sub(r"^(?:mid|early|late)[\s-]?", "", c.groups["dpb"].lower())
        if dp:
            return _Res("time", f"{d.isoformat()}T{_DP[dp]}", "dct", "time")
        return _Res("date", d.isoformat(), "dct")

    def _r_nth_day(self, c: Cand) -> _Res:
        """ "It's the second day of an offensive": the publication day (spans._accept keeps only that form)."""
        return _Res("date", self.dct.isoformat(), "dct")

    def _r_reldp(self, c: Cand) -> _Res:
        rel = c.groups["rel"].lower()
        d = self.dct - dt.timedelta(days=1) if "last" in rel else self.dct
        return _Res("time", f"{d.isoformat()}T{_DP[c.groups['dp'].lower()]}", "dct", "time")

    def _r_weekend(self, c: Cand) -> _Res:
        return _Res("date", R.pick_weekend(self.dct, direction=self.tense(c)), "dct", "week")

    # ---- "last month", "next week", "this weekend", "the end of the year" ----------------------
    def _unit_value(self, ref: dt.date, n: int, unit: str) -> _Res | None:
        if unit in _SEASON:
            return None
        if unit == "weekend":
            return _Res("date", weekend_value(ref + dt.timedelta(weeks=n)), "dct", "week")
        value, prec = shift_value(ref, n, unit)
        return _Res("date", value, "dct", prec)

    def _r_relunit(self, c: Cand) -> _Res | None:
        rel = re.sub(r"\s+", " ", c.groups["rel"].lower())
        unit = c.groups["unit"].lower()
        if unit in _SEASON:
            code = _SEASON[unit]
            anchored = self._anchored_season(code, rel)
            if anchored is not None:
                return anchored
            which = {"last": "last", "next": "next", "coming": "next", "the coming": "next"}.get(rel, "this")
            return _Res("date", R.pick_season(self.dct, code, direction=self.tense(c), rel=which), "dct", "quarter")
        if rel in ("the past", "the last", "past"):
            return _Res("duration", R.duration_value(1, unit), "none", "duration")
        if rel in (
            "the next",
            "the following",
            "the previous",
            "the same",
            "that",
            "earlier that",
            "later that",
            "earlier in the",
            "later in the",
        ):
            grains = {
                "day": ("day", "time"),
                "week": ("day", "time", "week"),
                "weekend": ("day", "time", "week"),
                "month": ("day", "time", "week", "month"),
            }.get(unit, ("day", "time", "week", "month", "quarter", "year"))
            # "earlier in the year" continues a narrative only within its paragraph; elsewhere it is this year
            loose = rel in ("earlier in the", "later in the") and unit not in ("day", "week", "weekend")
            prev = self._previous(grains, paragraph_of=c.start if loose else None)
            n = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
            if prev is None:
                if rel == "the next":
                    return _Res("duration", R.duration_value(1, unit), "none", "duration")
                prev_anchor = "dct"
                prev = self.dct
            else:
                prev_anchor = "previous"
            r = self._unit_value(prev, n, unit)
            return _Res(r.kind, r.value, prev_anchor, r.precision) if r else None
        if unit == "weekend":
            which = {"last": "last", "this past": "last", "next": "next", "coming": "next", "the coming": "next"}.get(
                rel, "this"
            )
            return _Res("date", R.pick_weekend(self.dct, direction=self.tense(c), rel=which), "dct", "week")
        if unit == "day":
            return None
        if rel == "last" and unit == "year" and (q := self._compared_quarter(c)) is not None:
            # "a loss of $23 million in the latest quarter, compared with earnings of $33 million last year":
            # a results comparison is with the same quarter of the year before
            return _Res("date", f"{int(q[:4]) - 1:04d}{q[4:]}", "previous", "quarter")
        n = {"last": -1, "this past": -1, "next": 1, "coming": 1, "the coming": 1}.get(rel, 0)
        r = self._unit_value(self.dct, n, unit)
        if r and rel in ("earlier this", "early this", "so far this"):
            return _Res(r.kind, r.value, r.anchor, r.precision, mod="START" if rel == "early this" else None)
        if r and rel == "late this":
            return _Res(r.kind, r.value, r.anchor, r.precision, mod="END")
        return r

    def _compared_quarter(self, c: Cand) -> str | None:
        """The quarter a results comparison ("compared with $33 million last year", "from $1.55 billion last
        year") is made for; None outside such a comparison or when the sentence reports another period."""
        if self.doc is not None and (sp := self.doc.char_span(c.start, c.end, alignment_mode="expand")) is not None:
            a = sp[0].sent.start_char
        else:
            a = self.text.rfind(".", 0, c.start) + 1
        head = self.text[a : c.start]
        if not re.search(
            r"(?i)\b(?:compar(?:ed|es?)\s+(?:with|to)|from|versus|vs\.?|against)\b[^.;]*[$\d][^.;]*$", head
        ):
            return None
        if re.search(r"(?i)\b(?:months|year\s+ended|full\s+year|fiscal\s+year|half|year\s+to\s+date)\b", head):
            return None
        return self._quarter_in_view(c)

    def _anchored_season(self, code: str, rel: str) -> _Res | None:
        """ "In October 2018 ... the following summer", "that winter": a season counted from the date the
        story has reached (the last resolved one), not from publication; None when the text has none."""
        if rel not in ("the following", "the next", "the previous", "that", "the same"):
            return None
        prev = self._previous(("day", "time", "week", "month", "quarter"))
        if prev is None:
            return None
        start_m = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}[code]
        y = prev.year - 1 if code == "WI" and prev.month <= 2 else prev.year  # the season that holds or ends near prev
        start = dt.date(y, start_m, 1)
        end = add_months(start, 3) - dt.timedelta(days=1)
        if rel in ("the following", "the next"):
            y = y if start > prev else y + 1
        elif rel == "the previous":
            y = y if end < prev else y - 1
        return _Res("date", f"{y:04d}-{code}", "previous", "quarter")

    def _r_yearend(self, c: Cand) -> _Res:
        rel = (c.groups.get("rel") or c.groups.get("rel2") or "").lower()
        y = self.dct.year + {"last": -1, "next": 1}.get(rel, 0)
        return _Res("date", f"{y:04d}", "dct", "year", mod="END")

    def _r_bare_unit(self, c: Cand) -> _Res | None:
        """ "the end of the year": the current unit (the part-of mod is added by ``normalise``)."""
        unit = c.groups["unit"].lower()
        if unit == "day":
            prev = self._previous(("day", "time"))
            return _Res("date", day_value(prev or self.dct), "previous" if prev else "dct")
        return self._unit_value(self.dct, 0, unit)

    def _r_season(self, c: Cand) -> _Res:
        g = c.groups
        code = _SEASON[g["season"].lower()]
        if g.get("year"):
            return _Res("date", f"{int(g['year']):04d}-{code}", "absolute", "quarter")
        rel = (g.get("rel") or "").lower()
        mod = _PART_MOD.get(rel)
        r = rel if rel in ("this", "last", "next") else None
        return _Res("date", R.pick_season(self.dct, code, direction=self.tense(c), rel=r), "dct", "quarter", mod=mod)

    def _r_quarter(self, c: Cand) -> _Res:
        g = c.groups
        n = _ORD[g["ord"].lower()]
        half = g["qh"].lower() == "half" or bool(g.get("two"))
        if g.get("two"):  # "the first two quarters of 1990" is its first half, "the final two quarters" its second
            n = 1 if n == 1 else 2
        if half:
            n = min(n, 2)
        code = f"H{n}" if half else f"Q{n}"
        if g.get("year"):
            return _Res("date", f"{int(g['year']):04d}-{code}", "absolute", "quarter")
        rel = g.get("rel") or g.get("ryr")  # "the third quarter of last year", "next year's first quarter"
        if rel:
            y = self.dct.year + {"last": -1, "next": 1}.get(rel.lower(), 0)
            return _Res("date", f"{y:04d}-{code}", "dct", "quarter")
        q = n if not half else (1 if n == 1 else 3)
        y = R.pick_quarter(self.dct, q, direction=self.tense(c))
        if g.get("ago"):
            # "the year-ago third quarter": the quarter of that name a year before (a comparison, not the
            # quarter the story reports: anchored on it)
            return _Res("date", f"{y - 1:04d}-{code}", "previous", "quarter")
        return _Res("date", f"{y:04d}-{code}", "dct", "quarter")

    def _r_year_quarter(self, c: Cand) -> _Res:
        g = c.groups
        n = _ORD[g["ord"].lower()]
        code = f"H{min(n, 2)}" if g["qh"].lower() == "half" else f"Q{n}"
        return _Res("date", f"{int(g['year']):04d}-{code}", "absolute", "quarter")

    def _r_qcode(self, c: Cand) -> _Res | None:
        g = c.groups
        if not g.get("year"):
            return None
        return _Res("date", f"{int(g['year']):04d}-{g['qh']}{g['ord']}", "absolute", "quarter")
