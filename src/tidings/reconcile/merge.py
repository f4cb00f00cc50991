"""Merging event mentions into events: the pure logic, no store.

Two mentions are the same event when their types agree (CONSULT modes: phone never merges with
in-person), their actors agree (same countries, either direction for symmetric types; two different
named people on the same side are two events: Blinken meeting Xi is not Blinken meeting Wang), their
dates overlap (a date inherited from context may be off by a day) and their places are in the same
country or unknown. A planned mention joins the occurred event it announced. Candidates come from a
blocking index (type + country + month), never all pairs.
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

__all__ = ["Cluster", "Merger", "merged_event", "compatible", "block_months"]

_STATUS_GROUP = {"occurred": "real", "ongoing": "real", "planned": "future", "proposed": "future",
                 "hypothetical": "future", "negated": "negated"}
_STATUS_RANK = {"occurred": 5, "ongoing": 4, "planned": 3, "proposed": 2, "hypothetical": 1, "negated": 0}
_INFERRED = ("previous", "published")
_PLAN_HORIZON = dt.timedelta(days=90)


def _date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])


_SIG_FIELDS = ("type", "source_country", "target_country", "source_actor_id", "target_actor_id", "source_kind",
               "target_kind", "mode", "status", "date_from", "date_to", "date_source", "background", "place_country")


def signature(m: dict[str, Any]) -> tuple:
    """What compatibility depends on: mentions with one signature need one comparison, not one each."""
    return tuple(str(m.get(k)) for k in _SIG_FIELDS) + (str(m.get("published_date")) if m["status"] != "occurred" else "",
                                                        m["article_id"] if m.get("date_from") is None else "")


@dataclass
class Cluster:
    event_id: str
    mentions: list[dict[str, Any]] = field(default_factory=list)
    sigs: dict[tuple, dict[str, Any]] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return self.mentions[0]["type"]

    def add(self, m: dict[str, Any]) -> None:
        self.mentions.append(m)
        self.sigs.setdefault(signature(m), m)

    def reindex(self) -> None:
        self.sigs = {}
        for m in self.mentions:
            self.sigs.setdefault(signature(m), m)


def _countries(m: dict[str, Any]) -> tuple[str | None, str | None]:
    return m.get("source_country"), m.get("target_country")


def _dyad_ok(a: dict[str, Any], b: dict[str, Any], sym: bool) -> bool:
    sa, ta = _countries(a)
    sb, tb = _countries(b)
    if sa == sb and (ta == tb or ta is None or tb is None):
        return True
    if not sym:
        return False
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
        if (ia is None) != (ib is None) and {_STATUS_GROUP[a["status"]], _STATUS_GROUP[b["status"]]} == {"real", "future"}:
            return True  # an undated plan and the event that happened: _status_ok checks the timing
        # otherwise undated mentions only join undated ones of the same kind that name a common actor
        # ("Qin accepted an invitation to visit Washington" in three reports of the same trip)
        return (ia is None and ib is None and bool(a.get("background")) == bool(b.get("background"))
                and _shared_actor(a, b))
    # a day's slack when one date is inferred from context, or when the same named people are on both
    # sides (then two stated days are one event whose sources disagree: a recorded conflict)
    lenient = a.get("date_source") in _INFERRED or b.get("date_source") in _INFERRED or _same_people(a, b)
    slack = dt.timedelta(days=1) if lenient else dt.timedelta(0)
    return ia[0] <= ib[1] + slack and ib[0] <= ia[1] + slack


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
    """Whether two mentions can be the same event."""
    if a["type"] != b["type"]:
        return False
    if a["article_id"] == b["article_id"] and a.get("trigger_start") == b.get("trigger_start"):
        return False
    sym = a["type"] in SYMMETRIC_TYPES
    # cheapest and most selective tests first: this runs for every candidate pair
    return (_dates_ok(a, b) and _dyad_ok(a, b, sym) and _status_ok(a, b) and _mode_ok(a, b) and _place_ok(a, b)
            and _persons_ok(a, b))


def _score(m: dict[str, Any], c: Cluster) -> float:
    s = 0.0
    for o in c.sigs.values():
        ia, ib = _interval(m), _interval(o)
        if ia and ib and ia == ib:
            s += 1.0
        if m.get("place_country") and m.get("place_country") == o.get("place_country"):
            s += 0.5
        if m.get("mode") and m.get("mode") == o.get("mode"):
            s += 0.3
    return s / max(len(c.sigs), 1)


def block_months(m: dict[str, Any]) -> list[str]:
    """Months a mention's date touches (at most 13), or ['none'] when undated."""
    iv = _interval(m)
    if iv is None:
        return ["none"]
    out, y, mo = [], iv[0].year, iv[0].month
    while (y, mo) <= (iv[1].year, iv[1].month) and len(out) < 13:
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    if len(out) == 13:
        return ["wide"]
    return out


def _neighbour_months(months: list[str]) -> set[str]:
    out = set(months)
    for k in months:
        if k in ("none", "wide"):
            continue
        y, mo = int(k[:4]), int(k[5:])
        for d in (-1, 1):
            y2, m2 = (y, mo + d)
            if m2 == 0:
                y2, m2 = y - 1, 12
            if m2 == 13:
                y2, m2 = y + 1, 1
            out.add(f"{y2:04d}-{m2:02d}")
    out.add("wide")
    return out


def new_event_id(mention_id: str) -> str:
    return "e" + hashlib.sha1(mention_id.encode()).hexdigest()[:19]


class Merger:
    """Incremental clustering: add mentions one by one; each joins the best compatible event or starts one."""

    def __init__(self, clusters: Iterable[Cluster] = ()) -> None:
        self.clusters: dict[str, Cluster] = {}
        self.index: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        self.touched: set[str] = set()
        self.founded: set[str] = set()   # events consolidate must re-check: shrunk, or founded outside month blocks
        for c in clusters:
            c.reindex()
            self.clusters[c.event_id] = c
            for m in c.sigs.values():
                self._index(c.event_id, m)

    def _keys(self, m: dict[str, Any]) -> list[tuple[str, str, str]]:
        countries = {c for c in _countries(m) if c} or {"*"}
        return [(m["type"], c, mo) for c in countries for mo in block_months(m)]

    def _index(self, event_id: str, m: dict[str, Any]) -> None:
        for k in self._keys(m):
            self.index[k].add(event_id)

    def candidates(self, m: dict[str, Any]) -> set[str]:
        countries = {c for c in _countries(m) if c} or {"*"}
        months = _neighbour_months(block_months(m))
        months.add("none")  # undated plans this event may fulfil
        out: set[str] = set()
        for c in countries:
            for mo in months:
                out |= self.index.get((m["type"], c, mo), set())
        if block_months(m) == ["none"] and _STATUS_GROUP[m["status"]] == "future":
            for c in countries:
                for (t, cc, mo), ids in self.index.items():
                    if t == m["type"] and cc == c:
                        out |= ids  # an undated planned event may join a later occurred one
        return out

    def add(self, m: dict[str, Any]) -> str:
        best, best_score = None, -1.0
        for eid in sorted(self.candidates(m)):
            c = self.clusters.get(eid)
            if c is None:
                continue
            if all(compatible(m, o) for o in c.sigs.values()):
                sc = _score(m, c)
                if sc > best_score:
                    best, best_score = c, sc
        if best is None:
            best = Cluster(new_event_id(m["mention_id"]))
            self.clusters[best.event_id] = best
            if block_months(m)[0] in ("none", "wide"):
                self.founded.add(best.event_id)  # blocking is asymmetric only for undated and wide dates
        fresh = signature(m) not in best.sigs
        best.add(m)
        if fresh:
            self._index(best.event_id, m)
        self.touched.add(best.event_id)
        return best.event_id

    def consolidate(self) -> int:
        """Merge touched events that turned out compatible with another event of their blocks.

        Greedy insertion depends on arrival order: a mention that founds an event before the one
        that links two others arrives leaves two events for one happening. Two events merge when
        every pair of their mention signatures is compatible (the same test a single mention faces).
        """
        merged = 0
        # with complete linkage only an event founded or shrunk in this run can have become mergeable
        for eid in sorted(self.founded):
            c = self.clusters.get(eid)
            if c is None or not c.mentions:
                continue
            cands = self.candidates(c.mentions[0])
            for other_id in sorted(cands - {eid}):
                d = self.clusters.get(other_id)
                if d is None or not d.mentions or d.type != c.type:
                    continue
                if all(compatible(x, y) for x in c.sigs.values() for y in d.sigs.values()):
                    keep, gone = (c, d) if len(c.mentions) >= len(d.mentions) else (d, c)
                    for m in gone.mentions:
                        keep.add(m)
                        self._index(keep.event_id, m)
                    gone.mentions = []
                    gone.sigs = {}
                    del self.clusters[gone.event_id]
                    self.touched |= {keep.event_id, gone.event_id}
                    merged += 1
                    if gone is c:
                        break
                    c = keep
        return merged

    def remove_mentions(self, mention_ids: set[str]) -> None:
        """Drop mentions that were re-coded or deleted; their events are recomputed (or vanish)."""
        for eid, c in list(self.clusters.items()):
            keep = [m for m in c.mentions if m["mention_id"] not in mention_ids]
            if len(keep) != len(c.mentions):
                c.mentions = keep
                c.reindex()
                self.touched.add(eid)
                self.founded.add(eid)


# -- the merged record ------------------------------------------------------------------------------
def _majority(values: Iterable[Any]) -> Any:
    vals = [v for v in values if v is not None]
    return Counter(vals).most_common(1)[0][0] if vals else None


def _group(m: dict[str, Any]) -> str:
    return m.get("source_group") or ("g" + m["article_id"])


def _conflict(field_: str, ms: list[dict[str, Any]], key: str) -> dict[str, Any] | None:
    sides: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for m in ms:
        if m.get(key) is not None:
            sides[m[key]].append(m)
    if len(sides) < 2:
        return None
    return {"field": field_, "values": [
        {"value": str(v), "article_ids": sorted({m["article_id"] for m in g}),
         "outlets": sorted({m.get("outlet") or "" for m in g} - {""}),
         "n_sources": len({_group(m) for m in g})}
        for v, g in sorted(sides.items(), key=lambda kv: -len(kv[1]))]}


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


def merged_event(c: Cluster, *, updated: dt.datetime) -> dict[str, Any]:
    """The event row for a cluster: majority fields, honest counts, status history and conflicts."""
    ms = sorted(c.mentions, key=lambda m: (_date(m.get("published_date")) or dt.date.max, m["article_id"], m["sentence"]))
    best = max(ms, key=lambda m: (m.get("target_country") is not None, m["confidence"], m["status"] == "occurred"))
    type_ = _majority(m["type"] for m in ms)
    mode = _majority(m.get("mode") for m in ms if m.get("mode") not in (None, "meeting")) or _majority(m.get("mode") for m in ms)
    # status: what the latest reports say; on the same day, the most definite
    latest_pub = max((_date(m.get("published_date")) or dt.date.min) for m in ms)
    latest = [m for m in ms if (_date(m.get("published_date")) or dt.date.min) == latest_pub]
    real = [m for m in ms if _STATUS_GROUP[m["status"]] == "real"]
    status = max((m["status"] for m in (real or latest)), key=lambda s: _STATUS_RANK[s])
    history = [{"published": str(m.get("published_date")), "status": m["status"], "article_id": m["article_id"]} for m in ms]
    # date: the value most independent sources state, most precise first; inferred dates only if nothing else
    dated = [m for m in ms if _interval(m) and m.get("date_source") not in _INFERRED] or [m for m in ms if _interval(m)]
    if real and any(_interval(m) for m in real):
        dated = [m for m in dated if _STATUS_GROUP[m["status"]] == "real"] or dated
    date_m = None
    if dated:
        # a value is supported by every source whose date contains it: "November" supports "November 15",
        # so the most precise date that the most independent sources agree with wins
        def rank(m: dict[str, Any]) -> tuple:
            iv = _interval(m)
            assert iv is not None
            support = {_group(o) for o in dated if (io := _interval(o)) and io[0] <= iv[0] and iv[1] <= io[1]}
            return (len(support), -(iv[1] - iv[0]).days, m.get("date_source") == "timex", m["confidence"])
        date_m = max(dated, key=rank)
    elif any(m.get("date_value") for m in ms):
        date_m = next(m for m in ms if m.get("date_value"))
    placed = [m for m in ms if m.get("place_name")]
    place_m = None
    if placed:
        top = _majority(m["place_name"] for m in placed)
        place_m = next(m for m in placed if m["place_name"] == top)
    conflicts = [x for x in (_date_conflicts(ms), _conflict("duration", ms, "duration"),
                             _conflict("place_country", ms, "place_country")) if x]
    groups_all = {_group(m) for m in ms}
    issues = sorted({i for m in ms for i in (json.loads(m["issues"]) if isinstance(m.get("issues"), str) else (m.get("issues") or []))})
    src_c, tgt_c = best.get("source_country"), best.get("target_country")
    months = block_months(best)
    conf = min(0.99, max(m["confidence"] for m in ms) + 0.05 * (len(groups_all) - 1))
    return {
        "event_id": c.event_id, "type": type_, "mode": mode,
        **{f"source_{k}": best.get(f"source_{k}") for k in ("name", "country", "sector", "role", "actor_id")},
        **{f"target_{k}": best.get(f"target_{k}") for k in ("name", "country", "sector", "role", "actor_id")},
        "status": status, "status_history": json.dumps(history),
        "date_value": date_m.get("date_value") if date_m else None,
        "date_precision": date_m.get("date_precision") if date_m else None,
        "date_from": _date(date_m.get("date_from")) if date_m else None,
        "date_to": _date(date_m.get("date_to")) if date_m else None,
        **{f"place_{k}": (place_m.get(f"place_{k}") if place_m else None)
           for k in ("name", "country", "admin1", "lat", "lon", "geonameid")},
        "issues": json.dumps(issues), "background": all(bool(m.get("background")) for m in ms),
        "attribution": next((m["attribution"] for m in ms if m.get("attribution")), None),
        "confidence": round(conf, 3), "cameo": best.get("cameo"), "goldstein": best.get("goldstein"),
        "quad_class": best.get("quad_class"), "n_mentions": len(ms), "n_articles": len({m["article_id"] for m in ms}),
        "n_sources": len(groups_all), "first_reported": min((_date(m.get("published_date")) for m in ms if m.get("published_date")), default=None),
        "conflicts": json.dumps(conflicts), "block_key": f"{'-'.join(sorted(x for x in (src_c, tgt_c) if x)) if type_ in SYMMETRIC_TYPES else f'{src_c}>{tgt_c}'}|{type_}|{months[0]}",
        "updated_at": updated,
    }
