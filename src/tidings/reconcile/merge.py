"""Merging event mentions into events: the pure logic, no store.

Two mentions are the same event when their types agree (CONSULT modes: phone never merges with
in-person), their actors agree (same countries, either direction for symmetric types; two different
named people on the same side are two events: Blinken meeting Xi is not Blinken meeting Wang), their
dates overlap (a date inherited from context may be off by a day) and their places are in the same
country or unknown. A planned mention joins the occurred event it announced. Candidates come from a
blocking index (``BlockIndex``: type + country + the days, months or years a date covers), never all
pairs, and every key it looks up can only find mentions that compatibility could accept, so a block
holds what one day or one news cycle holds, not what the whole corpus holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..events.model import SYMMETRIC_TYPES

__all__ = [
    "Cluster",
    "Merger",
    "BlockIndex",
    "merged_event",
    "compatible",
    "block_months",
    "index_keys",
    "lookup_keys",
    "lookup_ranges",
    "UNDATED_WINDOW",
]

_STATUS_GROUP = {
    "occurred": "real",
    "ongoing": "real",
    "planned": "future",
    "proposed": "future",
    "hypothetical": "future",
    "negated": "negated",
}
_STATUS_RANK = {"occurred": 5, "ongoing": 4, "planned": 3, "proposed": 2, "hypothetical": 1, "negated": 0}
_INFERRED = ("previous", "published")
_PLAN_HORIZON = dt.timedelta(days=90)
# Undated mentions of one event are reports of one news cycle: "did not discuss Taiwan" in two
# articles a month apart are two meetings, not one (and an unbounded undated event would make every
# later report compare against every earlier one). A plan is recounted for longer than a fact
# ("agreed at Woodside last November that ..." ten months on), so undated plans get a year.
UNDATED_WINDOW = {"real": dt.timedelta(days=14), "negated": dt.timedelta(days=14), "future": dt.timedelta(days=365)}


def _date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])


def signature(m: dict[str, Any]) -> tuple:
    """What compatibility depends on: mentions with one signature need one comparison, not one each."""
    g = m.get
    return (
        g("type"),
        g("source_country"),
        g("target_country"),
        g("source_actor_id"),
        g("target_actor_id"),
        g("source_kind"),
        g("target_kind"),
        g("mode"),
        g("status"),
        _date(g("date_from")),
        _date(g("date_to")),
        g("date_source"),
        bool(g("background")),
        g("place_country"),
        _date(g("published_date")) if m["status"] != "occurred" else None,
        m["article_id"] if g("date_from") is None else None,
        _one_sided(m),
    )


def mention_extra(m: dict[str, Any]) -> dict[str, Any]:
    """What the coder recorded for mention ``m`` beyond its columns (``extra``, JSON in the store)."""
    extra = m.get("extra")
    if isinstance(extra, str):
        try:
            extra = json.loads(extra)
        except ValueError:
            return {}
    return extra if isinstance(extra, dict) else {}


def _one_sided(m: dict[str, Any]) -> bool:
    """The coder's mark of a one-sided pledge ("China committed to buying more American farm products"):
    an AGREE of one side, not the deal both signed, so it never joins a mention of the other direction."""
    return bool(mention_extra(m).get("one_sided"))


class _Feat:
    """What compatibility reads of a mention, derived once: the test runs for every candidate pair."""

    __slots__ = (
        "owner",
        "sig",
        "type",
        "article",
        "trigger",
        "sa",
        "ta",
        "group",
        "iv",
        "place",
        "mode",
        "phone",
        "people",
        "inferred",
        "pair",
        "bg",
        "pub",
        "ids",
        "person",
        "one_sided",
    )

    def __init__(self, m: dict[str, Any]) -> None:
        self.owner = id(m)  # a copy of the dict (``dict(m, status=...)``) carries the key but not the identity
        self.sig = signature(m)
        self.type, self.article, self.trigger = m["type"], m["article_id"], m.get("trigger_start")
        self.sa, self.ta = m.get("source_country"), m.get("target_country")
        self.group = _STATUS_GROUP[m["status"]]
        f, t = _date(m.get("date_from")), _date(m.get("date_to"))
        self.iv = (f, t) if f and t else None
        self.place = m.get("place_country") or None
        mode = self.mode = m.get("mode")
        self.phone = (mode == "phone/video") if m["type"] == "CONSULT" and mode else None
        self.people: dict[str, str] = {}
        for side in ("source", "target"):
            if m.get(f"{side}_kind") == "person" and m.get(f"{side}_actor_id") and m.get(f"{side}_country"):
                self.people[m[f"{side}_country"]] = m[f"{side}_actor_id"]
        self.inferred = m.get("date_source") in _INFERRED
        s_id, t_id = m.get("source_actor_id"), m.get("target_actor_id")
        self.pair = frozenset((s_id, t_id)) if s_id is not None and t_id is not None and s_id != t_id else None
        self.bg = bool(m.get("background"))
        self.pub = _date(m.get("published_date"))
        self.ids = {
            (m.get(f"{s}_actor_id"), m.get(f"{s}_country")) for s in ("source", "target") if m.get(f"{s}_actor_id")
        }
        self.person = any(m.get(f"{s}_kind") == "person" for s in ("source", "target"))
        self.one_sided = self.sig[-1]  # ``_one_sided(m)``, the signature's last field (its JSON read once)


def _feat(m: dict[str, Any]) -> _Feat:
    f = m.get("_f")
    if f is None or f.owner != id(m):
        f = m["_f"] = _Feat(m)
    return f


_ONE_DAY = dt.timedelta(days=1)
_NO_DAY = dt.timedelta(0)


@dataclass
class Cluster:
    """One event being built: its mentions, and one representative (with its features) per signature.

    It also keeps what its signatures say of the tests that do not depend on the article (places, call or
    visit, named people per country, the latest start and earliest end of its dates): ``excludes`` reads them
    to skip an event that some signature of it would reject, without testing every signature.
    """

    event_id: str
    mentions: list[dict[str, Any]] = field(default_factory=list)
    sigs: dict[tuple, dict[str, Any]] = field(default_factory=dict)
    feats: list[_Feat] = field(default_factory=list)
    places: set[str] = field(default_factory=set, repr=False, compare=False)
    phones: set[bool] = field(default_factory=set, repr=False, compare=False)
    people: dict[str, set[str]] = field(default_factory=dict, repr=False, compare=False)
    last_start: dt.date | None = field(default=None, repr=False, compare=False)
    first_end: dt.date | None = field(default=None, repr=False, compare=False)
    dated_cells: set[tuple[str, str]] = field(default_factory=set, repr=False, compare=False)

    @property
    def type(self) -> str:
        return self.mentions[0]["type"]

    def add(self, m: dict[str, Any]) -> bool:
        """Add a mention; True when its signature is new to the event."""
        self.mentions.append(m)
        f = _feat(m)
        if f.sig in self.sigs:
            return False
        self.sigs[f.sig] = m
        self.feats.append(f)
        self._summarise(f)
        return True

    def _summarise(self, f: _Feat) -> None:
        if f.place:
            self.places.add(f.place)
        if f.phone is not None:
            self.phones.add(f.phone)
        for c, pid in f.people.items():
            self.people.setdefault(c, set()).add(pid)
        if f.iv is not None:
            for c in [c for c in (f.sa, f.ta) if c] or ["*"]:
                self.dated_cells.add((f.type, c))
            lo, hi = f.iv
            if self.last_start is None or lo > self.last_start:
                self.last_start = lo
            if self.first_end is None or hi < self.first_end:
                self.first_end = hi

    def clear(self) -> None:
        self.sigs, self.feats = {}, []
        self.places, self.phones, self.people = set(), set(), {}
        self.last_start = self.first_end = None
        self.dated_cells = set()

    def reindex(self) -> None:
        self.clear()
        for m in self.mentions:
            f = _feat(m)
            if f.sig not in self.sigs:
                self.sigs[f.sig] = m
                self.feats.append(f)
                self._summarise(f)

    def excludes(self, fm: _Feat) -> bool:
        """True when some signature of the event is certainly incompatible with ``fm`` by a test that reads
        the signatures alone (not their articles): another place country, a call against a visit, another
        named person for the same country, or dates that do not meet even with a day's slack. A necessary
        test only: False says nothing, and ``_compatible`` still decides."""
        places = self.places
        if fm.place and places and (len(places) > 1 or fm.place not in places):
            return True
        phones = self.phones
        if fm.phone is not None and phones and (len(phones) > 1 or fm.phone not in phones):
            return True
        if fm.people and self.people:
            for c, pid in fm.people.items():
                ids = self.people.get(c)
                if ids and (len(ids) > 1 or pid not in ids):
                    return True
        iv = fm.iv
        if iv is not None and self.last_start is not None:
            # _compatible's slack is a day at most
            if self.last_start > iv[1] + _ONE_DAY or iv[0] > self.first_end + _ONE_DAY:  # type: ignore[operator]
                return True
        return False


def _countries(m: dict[str, Any]) -> tuple[str | None, str | None]:
    return m.get("source_country"), m.get("target_country")


def _dyad_ok(a: dict[str, Any], b: dict[str, Any], sym: bool) -> bool:
    sa, ta = _countries(a)
    sb, tb = _countries(b)
    if sa == sb and (ta == tb or ta is None or tb is None):
        return True
    if not sym or _one_sided(a) or _one_sided(b):
        return False  # a one side's pledge is not the other side's
    # either direction: A->B matches B->A, and A->? matches ?->A's partner
    return (tb is not None and sa == tb and (ta is None or ta == sb)) or (ta is not None and ta == sb and tb is None)


def _persons_ok(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two different named people for the same country on an event are two events."""

    def people(m: dict[str, Any]) -> dict[str, str]:
        cached = m.get("_people")
        if cached is not None:
            return cached
        out = {}
        for side in ("source", "target"):
            if m.get(f"{side}_kind") == "person" and m.get(f"{side}_actor_id") and m.get(f"{side}_country"):
                out[m[f"{side}_country"]] = m[f"{side}_actor_id"]
        m["_people"] = out
        return out

    pa_, pb = people(a), people(b)
    return all(pb[c] == pid for c, pid in pa_.items() if c in pb)


def _shared_actor(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ids_a = {(a.get(f"{s}_actor_id"), a.get(f"{s}_country")) for s in ("source", "target") if a.get(f"{s}_actor_id")}
    ids_b = {(b.get(f"{s}_actor_id"), b.get(f"{s}_country")) for s in ("source", "target") if b.get(f"{s}_actor_id")}
    named = {x for x in ids_a & ids_b if x[0] not in _GENERIC_IDS}
    return bool(named) and any(a.get(f"{s}_kind") == "person" for s in ("source", "target"))


_GENERIC_IDS: set[str] = set()


def _same_people(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ids_a = {a.get("source_actor_id"), a.get("target_actor_id")}
    ids_b = {b.get("source_actor_id"), b.get("target_actor_id")}
    return None not in ids_a and len(ids_a) == 2 and ids_a == ids_b


def _mode_ok(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ma, mb = a.get("mode"), b.get("mode")
    if a["type"] != "CONSULT" or not ma or not mb:
        return True
    return (ma == "phone/video") == (mb == "phone/video")


def _interval(m: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    if "_iv" in m:
        return m["_iv"]
    f, t = _date(m.get("date_from")), _date(m.get("date_to"))
    m["_iv"] = (f, t) if f and t else None
    return m["_iv"]


def _dates_ok(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        if (ia is None) != (ib is None) and {_STATUS_GROUP[a["status"]], _STATUS_GROUP[b["status"]]} == {
            "real",
            "future",
        }:
            return True  # an undated plan and the event that happened: _status_ok checks the timing
        # otherwise undated mentions only join undated ones of the same kind that name a common actor
        # ("Qin accepted an invitation to visit Washington" in three reports of the same trip)
        return (
            ia is None
            and ib is None
            and bool(a.get("background")) == bool(b.get("background"))
            and _same_news_cycle(a, b)
            and _shared_actor(a, b)
        )
    # a day's slack when one date is inferred from context, or when the same named people are on both
    # sides (then two stated days are one event whose sources disagree: a recorded conflict)
    lenient = a.get("date_source") in _INFERRED or b.get("date_source") in _INFERRED or _same_people(a, b)
    slack = dt.timedelta(days=1) if lenient else dt.timedelta(0)
    return ia[0] <= ib[1] + slack and ib[0] <= ia[1] + slack


def _same_news_cycle(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two undated reports are of one event only when published within ``UNDATED_WINDOW`` (of ``a``'s status)."""
    pa_, pb = _date(a.get("published_date")), _date(b.get("published_date"))
    return pa_ is not None and pb is not None and abs(pa_ - pb) <= UNDATED_WINDOW[_group_of(a)]


def _status_ok(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ga, gb = _STATUS_GROUP[a["status"]], _STATUS_GROUP[b["status"]]
    if ga == gb:
        return True
    if {ga, gb} == {"real", "future"}:
        # a planned mention joins the occurred event it announced: reported before it happened
        plan, real = (a, b) if ga == "future" else (b, a)
        ir = _interval(real)
        pub = _date(plan.get("published_date"))
        if ir is None or pub is None:
            return False
        # announced before it happened, in another article (one article reporting both means two events)
        return plan["article_id"] != real["article_id"] and pub < ir[0] and ir[0] - pub <= _PLAN_HORIZON
    return False


def _place_ok(a: dict[str, Any], b: dict[str, Any]) -> bool:
    pa_, pb = a.get("place_country"), b.get("place_country")
    return not pa_ or not pb or pa_ == pb


def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two mentions can be the same event (the tests of the module docstring)."""
    return _compatible(_feat(a), _feat(b))


def _compatible(fa: _Feat, fb: _Feat) -> bool:
    """``compatible`` on derived features, cheapest and most selective tests first."""
    if fa.type != fb.type:
        return False
    if fa.article == fb.article and fa.trigger == fb.trigger:
        return False
    if fa.place and fb.place and fa.place != fb.place:
        return False
    if fa.phone is not None and fb.phone is not None and fa.phone != fb.phone:
        return False  # a call is not a visit
    sa, ta, sb, tb = fa.sa, fa.ta, fb.sa, fb.ta
    if not (sa == sb and (ta == tb or ta is None or tb is None)):
        if fa.type not in SYMMETRIC_TYPES or fa.one_sided or fb.one_sided:
            return False  # a one side's pledge is not the other side's
        if not (
            (tb is not None and sa == tb and (ta is None or ta == sb)) or (ta is not None and ta == sb and tb is None)
        ):
            return False
    pb = fb.people
    for c, pid in fa.people.items():
        if c in pb and pb[c] != pid:
            return False  # two different named people on one side
    ia, ib = fa.iv, fb.iv
    ga, gb = fa.group, fb.group
    if ia is None or ib is None:
        if (ia is None) != (ib is None) and ga != gb and "negated" not in (ga, gb):
            pass  # an undated plan and the event that happened: the status test checks the timing
        elif not (
            ia is None
            and ib is None
            and fa.bg == fb.bg
            and fa.pub is not None
            and fb.pub is not None
            and abs(fa.pub - fb.pub) <= UNDATED_WINDOW[ga]
            and fa.person
            and any(x[0] not in _GENERIC_IDS for x in fa.ids & fb.ids)
        ):
            return False
    else:
        slack = _ONE_DAY if (fa.inferred or fb.inferred or (fa.pair is not None and fa.pair == fb.pair)) else _NO_DAY
        if not (ia[0] <= ib[1] + slack and ib[0] <= ia[1] + slack):
            return False
    if ga == gb:
        return True
    if "negated" in (ga, gb):
        return False
    fp, fr = (fa, fb) if ga == "future" else (fb, fa)
    if fr.iv is None or fp.pub is None:
        return False
    # announced before it happened, in another article (one article reporting both means two events)
    return fp.article != fr.article and fp.pub < fr.iv[0] and fr.iv[0] - fp.pub <= _PLAN_HORIZON


def _score(fm: _Feat, c: Cluster) -> float:
    s = 0.0
    for o in c.feats:
        if fm.iv and o.iv and fm.iv == o.iv:
            s += 1.0
        if fm.place and fm.place == o.place:
            s += 0.5
        if fm.mode and fm.mode == o.mode:
            s += 0.3
    return s / max(len(c.feats), 1)


def block_months(m: dict[str, Any]) -> list[str]:
    """Months a mention's date touches (at most 13), or ['none'] when undated."""
    iv = _interval(m)
    if iv is None:
        return ["none"]
    out: list[str] = []
    y, mo = iv[0].year, iv[0].month
    while (y, mo) <= (iv[1].year, iv[1].month) and len(out) < 13:
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    if len(out) == 13:
        return ["wide"]
    return out


_DAY_WIDTH = 8  # intervals up to 8 days are indexed by day (and by month, for wide lookups)
_MONTH_WIDTH = 62  # up to two months by month
_YEAR_WIDTH = 4000  # up to about eleven years by year; wider ones share one cell per type and country
_DAY_LOOKUP = 62  # a lookup range longer than this reads day-indexed mentions through their months
_DAY = dt.timedelta(days=1)
_PUB_BUCKET = 14  # days per publication bucket of undated mentions


def _months(lo: dt.date, hi: dt.date) -> list[int]:
    return list(range(lo.year * 12 + lo.month - 1, hi.year * 12 + hi.month))


def _group_of(m: dict[str, Any]) -> str:
    return _STATUS_GROUP[m["status"]]


Key = tuple[Any, ...]


def index_keys(m: dict[str, Any]) -> list[Key]:
    """The cells a mention signature is filed under.

    Dated: type x country x (each day | month | year | 'w') by the width of its interval. Undated:
    type x named actor x status group x two-week publication bucket (undated mentions only join
    undated ones of their news cycle that share an actor) and, for plans, type x country x
    publication month (a plan joins the occurred event it announced, at most ``_PLAN_HORIZON`` later).
    """
    t = m["type"]
    countries = [c for c in _countries(m) if c] or ["*"]
    iv = _interval(m)
    out: list[Key] = []
    if iv is not None:
        for c in countries:
            out += _dated_cells(t, c, *iv)
        return out
    pub = _date(m.get("published_date"))
    if pub is None:
        return [(t, "nopub")]  # joins nothing undated; filed so consolidation still sees it
    group = _group_of(m)
    bucket = pub.toordinal() // _PUB_BUCKET
    for side in ("source", "target"):
        if m.get(f"{side}_actor_id"):
            out.append((t, "a", m[f"{side}_actor_id"], m.get(f"{side}_country"), group, bucket))
    if _group_of(m) == "future":
        out += [(t, c, "p", pub.year * 12 + pub.month - 1) for c in countries]
    return out


def _dated_cells(t: str, c: str, lo: dt.date, hi: dt.date) -> list[Key]:
    """The cells a dated signature of type ``t`` and country ``c`` with interval [lo, hi] is filed under."""
    width = (hi - lo).days + 1
    if width <= _DAY_WIDTH:
        return [(t, c, "d", lo.toordinal() + i) for i in range(width)] + [(t, c, "dm", mo) for mo in _months(lo, hi)]
    if width <= _MONTH_WIDTH:
        return [(t, c, "m", mo) for mo in _months(lo, hi)]
    if width <= _YEAR_WIDTH:
        return [(t, c, "y", y) for y in range(lo.year, hi.year + 1)]
    return [(t, c, "w")]


def _dated_lookup(t: str, countries: list[str], lo: dt.date, hi: dt.date) -> list[Key]:
    """Cells holding every dated signature whose interval meets [lo, hi]."""
    out: list[Key] = []
    months = _months(lo, hi)
    years = range(lo.year, hi.year + 1)
    for c in countries:
        if (hi - lo).days + 1 <= _DAY_LOOKUP:
            out += [(t, c, "d", d) for d in range(lo.toordinal(), hi.toordinal() + 1)]
        else:
            out += [(t, c, "dm", mo) for mo in months]
        out += [(t, c, "m", mo) for mo in months]
        out += [(t, c, "y", y) for y in years]
        out.append((t, c, "w"))
    return out


def _lookup_countries(m: dict[str, Any]) -> list[str]:
    """The country cells ``lookup_keys`` reads. A directed type (not in ``SYMMETRIC_TYPES``) is only
    compatible with mentions of the same source country, and a mention is filed under each of its
    countries, so with a source country its cell alone holds every match: busy target countries'
    cells would only add candidates that fail the dyad test."""
    sa, ta = _countries(m)
    if sa and m["type"] not in SYMMETRIC_TYPES:
        return [sa]
    return [c for c in (sa, ta) if c] or ["*"]


def lookup_keys(m: dict[str, Any]) -> list[Key]:
    """The cells that can hold a signature ``compatible`` accepts with ``m`` (a superset of them)."""
    t = m["type"]
    countries = _lookup_countries(m)
    iv = _interval(m)
    if iv is not None:
        lo, hi = iv
        out = _dated_lookup(t, countries, lo - _DAY, hi + _DAY)  # a day's slack at most
        if _group_of(m) == "real":  # undated plans announced up to _PLAN_HORIZON before it
            out += [(t, c, "p", mo) for c in countries for mo in _months(lo - _PLAN_HORIZON, lo)]
        return out
    pub = _date(m.get("published_date"))
    if pub is None:
        return []
    group = _group_of(m)  # undated mentions only join undated ones of their own status group
    w = UNDATED_WINDOW[group]
    buckets = range((pub - w).toordinal() // _PUB_BUCKET, (pub + w).toordinal() // _PUB_BUCKET + 1)
    out = [
        (t, "a", m[f"{side}_actor_id"], m.get(f"{side}_country"), group, bb)
        for side in ("source", "target")
        if m.get(f"{side}_actor_id")
        for bb in buckets
    ]
    if _group_of(m) == "future":  # the occurred event this plan announced
        out += _dated_lookup(t, countries, pub + _DAY, pub + _PLAN_HORIZON)
    return out


def lookup_ranges(m: dict[str, Any]) -> list[tuple[Any, ...]]:
    """What ``lookup_keys`` reaches, as ranges a SQL prefilter can test on stored mentions.

    ("dated", type, country, lo, hi): dated mentions whose interval meets [lo, hi];
    ("plan", type, country, lo, hi): undated plans published in [lo, hi];
    ("actor", type, actor_id, country, lo, hi): undated mentions naming that actor, published in [lo, hi].
    """
    t = m["type"]
    countries = [c for c in _countries(m) if c] or ["*"]
    iv = _interval(m)
    out: list[tuple[Any, ...]] = []
    if iv is not None:
        lo, hi = iv
        out += [("dated", t, c, lo - _DAY, hi + _DAY) for c in countries]
        if _group_of(m) == "real":
            out += [("plan", t, c, lo - _PLAN_HORIZON, lo) for c in countries]
        return out
    pub = _date(m.get("published_date"))
    if pub is None:
        return out
    w = UNDATED_WINDOW[_group_of(m)]
    out += [
        ("actor", t, m[f"{side}_actor_id"], m.get(f"{side}_country"), pub - w, pub + w)
        for side in ("source", "target")
        if m.get(f"{side}_actor_id")
    ]
    if _group_of(m) == "future":
        out += [("dated", t, c, pub + _DAY, pub + _PLAN_HORIZON) for c in countries]
    return out


class BlockIndex:
    """Event ids by cell; ``candidates(m)`` are the events that may hold a match for ``m``.

    Both key lists depend only on the mention's signature, so they are computed once per signature.
    """

    def __init__(self) -> None:
        self.cells: dict[Key, set[str]] = defaultdict(set)
        self._index_keys: dict[tuple, list[Key]] = {}
        self._lookup_keys: dict[tuple, list[Key]] = {}
        self._dated: dict[str, tuple[Any, set[Key]]] = {}  # event -> (what its dated cells derive from, the cells)

    def add(self, event_id: str, m: dict[str, Any]) -> None:
        sig = _feat(m).sig
        keys = self._index_keys.get(sig)
        if keys is None:
            keys = self._index_keys[sig] = index_keys(m)
        for k in keys:
            self.cells[k].add(event_id)

    def file_event(self, c: Cluster) -> None:
        """File the dated signatures of event ``c`` as one interval: from the earliest end to the latest
        start of their dates (or the other way round), in each of their countries.

        A mention is compatible with an event only if its date meets every dated signature's interval
        with a day's slack at most, so it meets that one with the slack its lookup adds; the interval is
        far narrower than the widest signature's (an event told as "this year" by one report and as a day
        by another is found by mentions near that day, not by the whole year's). Refiled when it changes.
        """
        if c.last_start is None or c.first_end is None:
            return
        lo, hi = sorted((c.last_start, c.first_end))
        state = (frozenset(c.dated_cells), lo, hi)
        old_state, old = self._dated.get(c.event_id, (None, set()))
        if state == old_state:
            return
        new = {k for t, country in c.dated_cells for k in _dated_cells(t, country, lo, hi)}
        cells = self.cells
        for k in old - new:
            cells[k].discard(c.event_id)
        for k in new - old:
            cells[k].add(c.event_id)
        self._dated[c.event_id] = (state, new)

    def drop(self, c: Cluster) -> None:
        """Take event ``c`` out of every cell its signatures filed it in (before they are cleared): an event
        with no mention left must not be found, or the next mention of its cells would take its id."""
        cells = self.cells
        for m in c.sigs.values():
            f = _feat(m)
            if f.iv is None:  # filed by ``add`` under its signature's keys
                for k in self._index_keys.get(f.sig) or index_keys(m):
                    cells[k].discard(c.event_id)
        for k in self._dated.pop(c.event_id, (None, set()))[1]:
            cells[k].discard(c.event_id)

    def candidates(self, m: dict[str, Any]) -> set[str]:
        sig = _feat(m).sig
        keys = self._lookup_keys.get(sig)
        if keys is None:
            keys = self._lookup_keys[sig] = lookup_keys(m)
        out: set[str] = set()
        cells = self.cells
        for k in keys:
            ids = cells.get(k)
            if ids:
                out |= ids
        return out


def new_event_id(mention_id: str) -> str:
    return "e" + hashlib.sha1(mention_id.encode()).hexdigest()[:19]


class Merger:
    """Incremental clustering: add mentions one by one; each joins the best compatible event or starts one."""

    def __init__(self, clusters: Iterable[Cluster] = ()) -> None:
        self.clusters: dict[str, Cluster] = {}
        self.index = BlockIndex()
        self.touched: set[str] = set()
        self.founded: set[str] = set()  # events consolidate must re-check: founded or shrunk in this run
        self._rejected: dict[tuple, set[str]] = {}  # signature -> events known incompatible with it
        for c in clusters:
            c.reindex()
            self.clusters[c.event_id] = c
            for m in c.sigs.values():
                self._index(c, m)

    def _index(self, c: Cluster, m: dict[str, Any]) -> None:
        """File a new signature ``m`` of event ``c``: an undated one by its own cells, a dated one by
        the event's dated interval (``BlockIndex.file_event``)."""
        if _feat(m).iv is None:
            self.index.add(c.event_id, m)
        else:
            self.index.file_event(c)

    def candidates(self, m: dict[str, Any]) -> set[str]:
        return self.index.candidates(m)

    def add(self, m: dict[str, Any]) -> str:
        best, best_score = None, -1.0
        fm = _feat(m)
        clusters = self.clusters
        rejected = self._rejected.get(fm.sig)  # looked up once per mention: hashing the signature is not free
        if rejected is None:
            rejected = self._rejected[fm.sig] = set()
        best_id = ""
        # the candidates in any order: the best score wins, and of equal scores the smallest event id, as the
        # first of them in sorted order did (sorting some 46 ids a mention on the bench's busiest type cost more)
        place, phone, people, iv = fm.place, fm.phone, fm.people, fm.iv
        for eid in self.candidates(m):
            if eid in rejected:
                continue
            c = clusters.get(eid)
            if c is None:
                continue
            # ``c.excludes(fm)`` inlined, the mention's fields read once (it rejects most candidates: on the
            # bench's busiest type two thirds, by place, call or visit, and named people)
            if place:
                ps = c.places
                if ps and (len(ps) > 1 or place not in ps):
                    continue
            if phone is not None:
                calls = c.phones
                if calls and (len(calls) > 1 or phone not in calls):
                    continue
            if people:
                cp = c.people
                if cp:
                    other = False
                    for k, pid in people.items():  # a loop, not ``any``: no generator for each candidate
                        ids = cp.get(k)
                        if ids and (len(ids) > 1 or pid not in ids):
                            other = True
                            break
                    if other:
                        continue
            if iv is not None and c.last_start is not None:
                if c.last_start > iv[1] + _ONE_DAY or iv[0] > c.first_end + _ONE_DAY:  # type: ignore[operator]
                    continue
            for fo in c.feats:  # complete linkage: compatible with every signature of the event
                if not _compatible(fm, fo):
                    if fo.article != fm.article:
                        # not the same-article rules: every mention of this signature fails here, and an
                        # event only gains signatures while mentions are added
                        rejected.add(eid)
                    break
            else:
                sc = _score(fm, c)
                if sc > best_score or (sc == best_score and eid < best_id):
                    best, best_score, best_id = c, sc, eid
        if best is None:
            best = Cluster(new_event_id(m["mention_id"]))
            self.clusters[best.event_id] = best
            if block_months(m)[0] in ("none", "wide"):
                # compatibility is asymmetric only for undated plans and wide dates: such a founder may
                # have arrived before the event it belongs to
                self.founded.add(best.event_id)
        if best.add(m):
            self._index(best, m)
        self.touched.add(best.event_id)
        return best.event_id

    def consolidate(self) -> int:
        """Merge touched events that turned out compatible with another event of their blocks.

        Greedy insertion depends on arrival order: a mention that founds an event before the one
        that links two others arrives leaves two events for one happening. Two events merge when
        every pair of their mention signatures is compatible (the same test a single mention faces).
        """
        merged = 0
        self._rejected = {}  # events change shape from here on
        # with complete linkage only an event founded or shrunk in this run can have become mergeable
        for eid in sorted(self.founded):
            c = self.clusters.get(eid)
            if c is None or not c.mentions:
                continue
            cands = self.candidates(c.mentions[0])
            for other_id in sorted(cands - {eid}):
                d = self.clusters.get(other_id)
                if d is None or not d.mentions or d.feats[0].type != c.feats[0].type:
                    continue
                # the first pair alone before every pair: most candidates fail it, without a generator
                if _compatible(c.feats[0], d.feats[0]) and all(_compatible(x, y) for x in c.feats for y in d.feats):
                    keep, gone = (c, d) if len(c.mentions) >= len(d.mentions) else (d, c)
                    for m in gone.mentions:
                        if keep.add(m):
                            self._index(keep, m)
                    gone.mentions = []
                    gone.clear()
                    del self.clusters[gone.event_id]
                    self.touched |= {keep.event_id, gone.event_id}
                    merged += 1
                    if gone is c:
                        break
                    c = keep
        return merged

    def remove_mentions(self, mention_ids: set[str]) -> None:
        """Drop mentions that were re-coded or deleted; their events are recomputed (or vanish)."""
        self._rejected = {}
        for eid, c in list(self.clusters.items()):
            keep = [m for m in c.mentions if m["mention_id"] not in mention_ids]
            if not keep and c.mentions:
                # gone, as in a fresh run: out of the index and the events, so no later mention takes its id
                self.index.drop(c)
                c.mentions = []
                c.clear()
                del self.clusters[eid]
                self.touched.add(eid)
            elif len(keep) != len(c.mentions):
                c.mentions = keep
                c.reindex()
                self.index.file_event(c)  # fewer dates: a wider interval
                self.touched.add(eid)
                self.founded.add(eid)


# -- the merged record ------------------------------------------------------------------------------
def _majority(values: Iterable[Any]) -> Any:
    vals = [v for v in values if v is not None]
    return Counter(vals).most_common(1)[0][0] if vals else None


_LEVEL = {"country": 0, "continent": 0, "region": 0, "sea": 0, "admin1": 1, "admin2": 2}


def _level(m: dict[str, Any]) -> int:
    """How specific a mention's place is: country 0, division 1, county 2, town or venue 3."""
    from ..places import feature_of

    return _LEVEL.get(
        feature_of(m.get("place_geonameid")) or "", 3 if m.get("place_admin1") or m.get("place_lat") else 0
    )


def _contains(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Does `outer`'s place contain (or equal) `inner`'s? Kenya and Mombasa agree; a city holds its venues."""
    if outer.get("place_country") != inner.get("place_country"):
        return False
    if outer.get("place_name") == inner.get("place_name"):
        return True
    lo, li = _level(outer), _level(inner)
    if lo >= li:
        if lo == li == 3 and None not in (outer.get("place_lat"), inner.get("place_lat")):
            return abs(outer["place_lat"] - inner["place_lat"]) + abs(outer["place_lon"] - inner["place_lon"]) < 0.3
        return False
    return lo == 0 or (
        lo == 1 and outer.get("place_admin1") is not None and outer.get("place_admin1") == inner.get("place_admin1")
    )


def _best_place(placed: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The best-supported specific place: a place is supported by every independent source whose place
    contains it ("Kenya" supports "Mombasa"); among equally supported places the most specific wins."""
    if not placed:
        return None
    # per distinct place, not per pair of mentions (an event many articles recount has many): whether one place
    # contains another reads only the fields of ``_place_key``
    groups: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    first: dict[tuple[Any, ...], dict[str, Any]] = {}
    for m in placed:
        k = _place_key(m)
        groups[k].add(_group(m))
        first.setdefault(k, m)
    support = {k: len(set().union(*(g for o, g in groups.items() if _contains(first[o], first[k])))) for k in first}
    level = {k: _level(m) for k, m in first.items()}
    same = Counter(m["place_name"] for m in placed)
    return max(placed, key=lambda m: (support[k := _place_key(m)], level[k], same[m["place_name"]]))


def _place_key(m: dict[str, Any]) -> tuple[Any, ...]:
    """The fields ``_contains`` and ``_level`` read of a mention's place."""
    return (
        m.get("place_country"),
        m.get("place_name"),
        m.get("place_geonameid"),
        m.get("place_admin1"),
        m.get("place_lat"),
        m.get("place_lon"),
    )


def _group(m: dict[str, Any]) -> str:
    return m.get("source_group") or ("g" + m["article_id"])


def _conflict(field_: str, ms: list[dict[str, Any]], key: str) -> dict[str, Any] | None:
    sides: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for m in ms:
        if m.get(key) is not None:
            sides[m[key]].append(m)
    if len(sides) < 2:
        return None
    return {
        "field": field_,
        "values": [
            {
                "value": str(v),
                "article_ids": sorted({m["article_id"] for m in g}),
                "outlets": sorted({m.get("outlet") or "" for m in g} - {""}),
                "n_sources": len({_group(m) for m in g}),
            }
            for v, g in sorted(sides.items(), key=lambda kv: -len(kv[1]))
        ],
    }


def _date_conflicts(ms: list[dict[str, Any]]) -> dict[str, Any] | None:
    stated = [m for m in ms if m.get("date_source") == "timex" and m.get("date_precision") == "day"]
    if len({m["date_value"] for m in stated}) < 2:
        stated = [m for m in ms if m.get("date_source") == "timex" and _interval(m)]
        # only intervals that do not overlap disagree ("June" and "June 19" agree)
        ivs = {m["date_value"]: _interval(m) for m in stated}
        vals = list(ivs)
        if not any(ivs[a][1] < ivs[b][0] or ivs[b][1] < ivs[a][0] for a in vals for b in vals):  # type: ignore[index]
            return None
    return _conflict("date", stated, "date_value")


def _refined(date_m: dict[str, Any], ms: list[dict[str, Any]]) -> dict[str, Any]:
    """A stated month or year made precise by a day that another report gives the event from its context
    ("agreed in November" in one article; "They also agreed ..." told on the lead's Monday, Nov. 14, in another):
    an event reported by several articles carries the most precise date any of them gives, and a day inside
    the stated interval contradicts nobody. Inferred days that disagree among themselves refine nothing."""
    ivm = _interval(date_m)
    if ivm is None or ivm[0] == ivm[1]:
        return date_m
    group = _STATUS_GROUP[date_m["status"]]
    inside = [
        m
        for m in ms
        if m.get("date_source") in _INFERRED
        and m.get("date_precision") in ("day", "time")
        and _STATUS_GROUP[m["status"]] == group
        and (iv := _interval(m)) is not None
        and ivm[0] <= iv[0]
        and iv[1] <= ivm[1]
    ]
    days = {_interval(m) for m in inside}
    if len(days) != 1:
        return date_m
    return max(inside, key=lambda m: (m.get("date_source") == "previous", m["confidence"]))


def merged_event(c: Cluster, *, updated: dt.datetime) -> dict[str, Any]:
    """The event row for a cluster: majority fields, honest counts, status history and conflicts."""
    ms = sorted(
        c.mentions, key=lambda m: (_date(m.get("published_date")) or dt.date.max, m["article_id"], m["sentence"])
    )
    best = max(ms, key=lambda m: (m.get("target_country") is not None, m["confidence"], m["status"] == "occurred"))
    type_ = _majority(m["type"] for m in ms)
    mode = _majority(m.get("mode") for m in ms if m.get("mode") not in (None, "meeting")) or _majority(
        m.get("mode") for m in ms
    )
    # status: what the latest reports say; on the same day, the most definite
    latest_pub = max((_date(m.get("published_date")) or dt.date.min) for m in ms)
    latest = [m for m in ms if (_date(m.get("published_date")) or dt.date.min) == latest_pub]
    real = [m for m in ms if _STATUS_GROUP[m["status"]] == "real"]
    status = max((m["status"] for m in (real or latest)), key=lambda s: _STATUS_RANK[s])
    history = [
        {"published": str(m.get("published_date")), "status": m["status"], "article_id": m["article_id"]} for m in ms
    ]
    # date: the value most independent sources state, most precise first; inferred dates only if nothing else
    dated = [m for m in ms if _interval(m) and m.get("date_source") not in _INFERRED] or [m for m in ms if _interval(m)]
    if real and any(_interval(m) for m in real):
        dated = [m for m in dated if _STATUS_GROUP[m["status"]] == "real"] or dated
    date_m = None
    if dated:
        # a value is supported by every source whose date contains it: "November" supports "November 15",
        # so the most precise date that the most independent sources agree with wins
        # per distinct interval, not per pair of mentions: an event many articles recount has many
        groups_by_iv: dict[tuple[dt.date, dt.date], set[str]] = defaultdict(set)
        for o in dated:
            groups_by_iv[_interval(o)].add(_group(o))  # type: ignore[index]
        support = {
            iv: len(set().union(*(g for io, g in groups_by_iv.items() if io[0] <= iv[0] and iv[1] <= io[1])))
            for iv in groups_by_iv
        }

        def rank(m: dict[str, Any]) -> tuple:
            iv = _interval(m)
            assert iv is not None
            return (support[iv], -(iv[1] - iv[0]).days, m.get("date_source") == "timex", m["confidence"])

        date_m = max(dated, key=rank)
        date_m = _refined(date_m, ms)
    elif any(m.get("date_value") for m in ms):
        date_m = next(m for m in ms if m.get("date_value"))
    place_m = _best_place([m for m in ms if m.get("place_name")])
    conflicts = [
        x
        for x in (
            _date_conflicts(ms),
            _conflict("duration", ms, "duration"),
            _conflict("place_country", ms, "place_country"),
        )
        if x
    ]
    groups_all = {_group(m) for m in ms}
    issues = sorted(
        {
            i
            for m in ms
            for i in (json.loads(m["issues"]) if isinstance(m.get("issues"), str) else (m.get("issues") or []))
        }
    )
    src_c, tgt_c = best.get("source_country"), best.get("target_country")
    months = block_months(best)
    conf = min(0.99, max(m["confidence"] for m in ms) + 0.05 * (len(groups_all) - 1))
    return {
        "event_id": c.event_id,
        "type": type_,
        "mode": mode,
        **{f"source_{k}": best.get(f"source_{k}") for k in ("name", "country", "sector", "role", "actor_id")},
        **{f"target_{k}": best.get(f"target_{k}") for k in ("name", "country", "sector", "role", "actor_id")},
        "status": status,
        "status_history": json.dumps(history),
        "date_value": date_m.get("date_value") if date_m else None,
        "date_precision": date_m.get("date_precision") if date_m else None,
        "date_from": _date(date_m.get("date_from")) if date_m else None,
        "date_to": _date(date_m.get("date_to")) if date_m else None,
        **{
            f"place_{k}": (place_m.get(f"place_{k}") if place_m else None)
            for k in ("name", "country", "admin1", "lat", "lon", "geonameid", "text")
        },
        "issues": json.dumps(issues),
        "background": all(bool(m.get("background")) for m in ms),
        "attribution": next((m["attribution"] for m in ms if m.get("attribution")), None),
        "confidence": round(conf, 3),
        "cameo": best.get("cameo"),
        "goldstein": best.get("goldstein"),
        "quad_class": best.get("quad_class"),
        "n_mentions": len(ms),
        "n_articles": len({m["article_id"] for m in ms}),
        "n_sources": len(groups_all),
        "first_reported": min((d for m in ms if (d := _date(m.get("published_date")))), default=None),
        "conflicts": json.dumps(conflicts),
        "block_key": f"{'-'.join(sorted(x for x in (src_c, tgt_c) if x)) if type_ in SYMMETRIC_TYPES else f'{src_c}>{tgt_c}'}|{type_}|{months[0]}",
        "updated_at": updated,
    }
