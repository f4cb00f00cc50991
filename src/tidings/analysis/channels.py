"""The state of each dialogue channel of a dyad: last contact, suspended or resumed, next planned.

Channels are data (``data/analysis/channels.yaml``): pairs of roles and subject keywords. A
contact is a CONSULT event between the two countries whose actors' roles match a pair, or whose
sentence names the subject. A state change is an event of a suspending type (SANCTION, REJECT, ...)
whose sentence has a suspension cue and names the channel ("suspended talks ... on climate change"),
or of an agreeing type with a resumption cue ("agreed to restore theater-level talks"). The state:

- suspended since DATE: the latest change is a suspension and no contact came after it;
- resumed on DATE: a resumption after a suspension (or the first contact after one);
- active: contacts and no suspension on record; 'no contact recorded' otherwise.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources
from typing import Any

import yaml

from ..errors import TidingsError
from ._common import (
    OCCURRED,
    UPCOMING,
    articles_for,
    as_date,
    best_mention,
    connection,
    dyad_events,
    event_date,
    jsonable,
    label,
    mentions_for,
    names_in,
    norm_sentence,
    parse_dyad,
    require_events,
    rows,
)

__all__ = ["channels", "load_channels", "render_table"]


@functools.lru_cache(maxsize=1)
def load_channels() -> dict[str, Any]:
    """channels.yaml compiled: role patterns (whole role) and keyword/cue patterns (word-bounded)."""
    path = resources.files("tidings") / "data" / "analysis" / "channels.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def whole(pats: list[str]) -> re.Pattern[str]:
        return re.compile(r"^(?:" + "|".join(pats) + r")$", re.I)

    def words(pats: list[str]) -> re.Pattern[str] | None:
        return re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.I) if pats else None

    win = int(data.get("window", 8))

    def near(cues: list[str], keywords: list[str]) -> re.Pattern[str] | None:
        """A cue with the channel's subject within ``window`` words after it ("suspended talks ... on
        climate change"), or just before it ("theater-level talks were cut off")."""
        if not keywords:
            return None
        c, k = "|".join(cues), "|".join(keywords)
        return re.compile(
            rf"\b(?:{c})\b(?:\W+[\w'’-]+){{0,{win}}}?\W+(?:{k})\b|\b(?:{k})\b(?:\W+[\w'’-]+){{0,3}}?\W+(?:{c})\b", re.I
        )

    chans = [
        {
            "key": c["key"],
            "label": c["label"],
            "pairs": [(whole(a), whole(b)) for a, b in c.get("pairs") or []],
            "either": whole(c["either"]) if c.get("either") else None,
            "keywords": words(c.get("keywords") or []),
            "signals": {name: near(st["cues"], c.get("keywords") or []) for name, st in data["states"].items()},
        }
        for c in data["channels"]
    ]
    states = {name: {"types": set(st["types"]), "cues": words(st["cues"])} for name, st in data["states"].items()}
    return {"channels": chans, "states": states}


def _roles_match(ch: dict[str, Any], e: dict[str, Any]) -> bool:
    s, t = (e.get("source_role") or "").strip(), (e.get("target_role") or "").strip()
    if ch["either"] is not None and (ch["either"].match(s) or ch["either"].match(t)):
        return True
    if not s or not t:
        return False
    return any((a.match(s) and b.match(t)) or (b.match(s) and a.match(t)) for a, b in ch["pairs"])


def channels(con_or_store: Any, *, dyad: str = "USA-CHN", date_from: Any = None, date_to: Any = None) -> dict[str, Any]:
    """Each channel's last contact, state (active / suspended since / resumed on) and next planned contact."""
    con = connection(con_or_store)
    tables = require_events(con)
    pair = parse_dyad(dyad)
    if pair is None:
        raise TidingsError("channels need a dyad like USA-CHN")
    d_from, d_to = as_date(date_from, "date_from"), as_date(date_to, "date_to")
    spec = load_channels()
    state_types = set().union(*(s["types"] for s in spec["states"].values()))
    types = sorted({"CONSULT", *state_types})
    events = dyad_events(
        con,
        pair,
        date_from=d_from,
        date_to=d_to,
        statuses=(*OCCURRED, *UPCOMING),
        where_sql="type IN (" + ", ".join("'" + t.replace("'", "''") + "'" for t in types) + ")",
        columns=_COLUMNS,
    )
    # Mentions are read only for the events that can matter: those whose sentences name a channel's subject
    # (found by one regular-expression scan in DuckDB), and per channel the latest contacts and plans of
    # its officials and the first ones after its last suspension. A dyad can hold many thousands of
    # meetings of the same officials; the state needs a few of them.
    by_id = {e["event_id"]: e for e in events}
    keyword_ids = _keyword_events(con, spec, by_id)
    cache: dict[str, list[dict[str, Any]]] = {}
    arts: dict[str, dict[str, Any]] = {}

    def load(ids: set[str]) -> None:
        new = [i for i in ids if i not in cache]
        if new:
            got = mentions_for(con, new)
            for i in new:
                cache[i] = [m for m in got.get(i, []) if (m.get("sentence_text") or "").strip()]
            arts.update(articles_for(con, {m["article_id"] for i in new for m in cache[i]} - set(arts), tables))

    load(keyword_ids)
    memo = _Memo(spec)
    # A contact belongs to the channel of its officials; the subject decides only for officials of no channel
    # (a leaders' call that touches on fentanyl is the leaders' channel, not counternarcotics).
    # Roles are matched once per distinct pair of roles, not per event and channel.
    by_roles: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for e in events:
        by_roles.setdefault((e.get("source_role"), e.get("target_role")), []).append(e)
    pair_channels = {
        rp: frozenset(c["key"] for c in spec["channels"] if memo.roles(c, es[0])) for rp, es in by_roles.items()
    }
    with_pairs = {c["key"] for c in spec["channels"] if c["pairs"]}
    role_channel = {e["event_id"]: bool(pair_channels[rp] & with_pairs) for rp, es in by_roles.items() for e in es}
    keyword_events = sorted((by_id[i] for i in keyword_ids), key=_ekey)
    # The channels whose subject a keyword event's sentences name: only those (and the channels of its
    # officials) can take it as a contact or a signal.
    sentence_channels: dict[str, frozenset[str]] = {}
    for e in keyword_events:
        for m in cache.get(e["event_id"], []):
            if m["sentence_text"] not in sentence_channels:
                sentence_channels[m["sentence_text"]] = frozenset(
                    c["key"]
                    for c in spec["channels"]
                    if c["keywords"] is not None and memo.keyword(c, m["sentence_text"])
                )
    kw_channels = {
        e["event_id"]: frozenset().union(*(sentence_channels[m["sentence_text"]] for m in cache.get(e["event_id"], [])))
        for e in keyword_events
    }
    out = []
    for ch in spec["channels"]:
        # The keyword events are scanned once per channel; the officials' latest contacts and plans are added.
        mine = [
            e
            for e in keyword_events
            if ch["key"] in kw_channels[e["event_id"]]
            or (
                e["type"] in _CONTACT_TYPES and ch["key"] in pair_channels[(e.get("source_role"), e.get("target_role"))]
            )
        ]
        kw = _scan(ch, spec, mine, cache, arts, role_channel, memo)
        role = sorted(
            (
                e
                for rp, es in by_roles.items()
                if ch["key"] in pair_channels[rp]
                for e in es
                if e["type"] in _CONTACT_TYPES
            ),
            key=_ekey,
        )
        done = [e for e in role if e["status"] in OCCURRED]
        plans_ = [e for e in role if e["status"] in UPCOMING]
        last_sus = max((x["date"] for x in kw[2] if x["state"] == "suspended" and x["date"]), default=None)
        pick = done[-_KEEP:] + plans_[-_KEEP:]
        if last_sus is not None:
            pick += [e for e in done if (event_date(e) or dt.date.min) > last_sus][:_KEEP]
        load({e["event_id"] for e in pick})
        extra = _scan(
            ch,
            spec,
            sorted({e["event_id"]: e for e in pick if e["event_id"] not in keyword_ids}.values(), key=_ekey),
            cache,
            arts,
            role_channel,
            memo,
        )
        contacts, plans, signals = (kw[0] + extra[0], kw[1] + extra[1], kw[2] + extra[2])
        if any(c["type"] == "CONSULT" for c in contacts):
            contacts = [c for c in contacts if c["type"] == "CONSULT"]
        rec = _state(ch, contacts, plans, signals)
        rec["contacts"] = max(rec["contacts"], sum(1 for e in done if e["type"] == "CONSULT") or len(done))
        out.append(rec)
    return jsonable(
        {"kind": "channels", "dyad": f"{pair[0]}-{pair[1]}", "date_from": d_from, "date_to": d_to, "channels": out}
    )


class _Memo:
    """The tests a channel makes on roles and sentences, each answered once per distinct role pair or
    sentence (a large store repeats the same sentences in copies and the same officials in thousands of
    events)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._d: dict[tuple, bool] = {}

    def _get(self, key: tuple, fn: Any) -> bool:
        v = self._d.get(key)
        if v is None:
            v = self._d[key] = bool(fn())
        return v

    def roles(self, ch: dict[str, Any], e: dict[str, Any]) -> bool:
        return self._get(("roles", ch["key"], e.get("source_role"), e.get("target_role")), lambda: _roles_match(ch, e))

    def names(self, e: dict[str, Any], sentence: str) -> bool:
        return self._get(("names", e.get("source_name"), e.get("target_name"), sentence), lambda: names_in(e, sentence))

    def keyword(self, ch: dict[str, Any], sentence: str) -> bool:
        return self._get(("kw", ch["key"], sentence), lambda: ch["keywords"].search(sentence))

    def suspends(self, m: dict[str, Any]) -> bool:
        return self._get(("sus", m["sentence_text"]), lambda: _suspends(self.spec, m))

    def signal(self, ch: dict[str, Any], state: str, sentence: str) -> bool:
        s, pat = self.spec["states"][state], ch["signals"][state]
        # cheap tests first: the windowed pattern backtracks, most sentences have no cue at all
        return self._get(
            ("sig", ch["key"], state, sentence),
            lambda: (
                s["cues"].search(sentence) and ch["keywords"].search(sentence) and pat.search(norm_sentence(sentence))
            ),
        )


_COLUMNS = (
    "event_id, type, mode, status, source_name, source_country, source_role, target_name, target_country, "
    "target_role, date_from, date_to, date_precision, first_reported, background, n_sources, confidence"
)
_KEEP = 25  # latest contacts and plans of a channel's officials read per channel (and first ones after a suspension)


def _ekey(e: dict[str, Any]) -> tuple:
    return (event_date(e) or dt.date.min, e.get("first_reported") or dt.date.min, e["event_id"])


def _keyword_events(con: Any, spec: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> set[str]:
    """Events of the dyad with a sentence naming any channel's subject: one scan of the mentions in DuckDB
    (RE2, case-insensitive), intersected with the dyad's events."""
    pats = [c["keywords"].pattern for c in spec["channels"] if c["keywords"] is not None]
    if not pats or not by_id:
        return set()
    rx = "(?i)" + "|".join(f"(?:{p})" for p in pats)
    found = rows(
        con,
        "SELECT DISTINCT l.event_id FROM event_mentions m JOIN event_links l ON l.mention_id = m.mention_id "
        "WHERE regexp_matches(m.sentence_text, ?)",
        [rx],
    )
    return {r["event_id"] for r in found if r["event_id"] in by_id}


def _scan(
    ch: dict[str, Any],
    spec: dict[str, Any],
    events: list[dict[str, Any]],
    mentions: dict[str, list[dict[str, Any]]],
    arts: dict[str, dict[str, Any]],
    role_channel: dict[str, bool],
    memo: _Memo,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Contacts, plans and state signals of one channel among ``events`` (whose mentions are loaded).
    Each is a ``_Lazy`` record: its date and order now, its evidence sentence only if it is shown."""
    contacts: list[dict[str, Any]] = []
    plans: list[dict[str, Any]] = []
    signals: list[dict[str, Any]] = []
    for e in events:
        ms = mentions.get(e["event_id"], [])
        if not ms:
            continue
        if e["type"] in _CONTACT_TYPES:
            if memo.roles(ch, e):  # the evidence must name one of the two officials (not a sentence merged in)
                hits = [m for m in ms if memo.names(e, m["sentence_text"])]
            elif not role_channel[e["event_id"]] and e["type"] == "CONSULT" and ch["keywords"]:
                hits = [m for m in ms if memo.keyword(ch, m["sentence_text"]) and not memo.suspends(m)]
            else:
                hits = []
            if hits:
                prefer = UPCOMING if e["status"] in UPCOMING else OCCURRED
                (plans if e["status"] in UPCOMING else contacts).append(_Lazy(e, hits, arts, prefer))
        for state, s in spec["states"].items():
            if e["type"] not in s["types"] or e["status"] not in (*OCCURRED, "planned"):
                continue
            if ch["signals"][state] is None:
                continue
            hits = [m for m in ms if memo.signal(ch, state, m["sentence_text"])]
            if hits:
                rec = _Lazy(e, hits, arts, (*OCCURRED, "planned"), state=state)
                # The date its own sentences give (else when they were published), not a date merged
                # into the event from another report.
                dated = _signal_date(hits)
                published = [
                    arts[m["article_id"]]["published_date"]
                    for m in hits
                    if (arts.get(m["article_id"]) or {}).get("published_date")
                ]
                if dated:
                    rec["date"] = dated
                elif published:
                    rec["date"] = min(published)
                signals.append(rec)
    return contacts, plans, signals


class _Lazy(dict):
    """A contact, plan or signal: date, first report, event id, type and state at once (what ordering and the
    state need); the rest of its record (best evidence sentence, outlet, labels) made when first shown."""

    def __init__(
        self,
        e: dict[str, Any],
        hits: list[dict[str, Any]],
        arts: dict[str, dict[str, Any]],
        prefer: tuple[str, ...],
        state: str | None = None,
    ) -> None:
        super().__init__(
            date=event_date(e), first_reported=e.get("first_reported"), event_id=e["event_id"], type=e["type"]
        )
        if state is not None:
            self["state"] = state
        self._src = (e, hits, arts, prefer)

    def full(self) -> dict[str, Any]:
        e, hits, arts, prefer = self._src
        rec = _record(e, _best(e, hits, arts, prefer), arts)
        rec.update(self)  # its own date (a signal's) and state
        return {k: rec[k] for k in (*_record_keys(), *(["state"] if "state" in self else []))}


def _record_keys() -> tuple[str, ...]:
    return (
        "date",
        "date_precision",
        "event_id",
        "type",
        "mode",
        "status",
        "source",
        "target",
        "n_sources",
        "confidence",
        "sentence",
        "article_id",
        "outlet",
        "published",
        "url",
        "first_reported",
    )


_PRECISION_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4}


def _signal_date(hits: list[dict[str, Any]]) -> dt.date | None:
    """The day a state change happened, by its sentences' own dates: the most precise dates given are the
    candidates, and each sentence votes for every candidate its date span contains ("in August 2022", a
    week) — a coarse date supports the day inside it, never stands for its first day against it. Ties go
    to the earliest candidate."""
    dated = [m for m in hits if m.get("date_from")]
    if not dated:
        return None
    rank = lambda m: _PRECISION_RANK.get(m.get("date_precision") or "", 5)  # noqa: E731
    finest = min(rank(m) for m in dated)
    candidates = {m["date_from"] for m in dated if rank(m) == finest}
    if len(candidates) == 1:
        return next(iter(candidates))

    def votes(d: dt.date) -> int:
        return sum(1 for m in dated if m["date_from"] <= d <= (m.get("date_to") or m["date_from"]))

    return max(candidates, key=lambda d: (votes(d), -d.toordinal()))


# Contacts are meetings and calls (CONSULT). An agreement between the two roles (AGREE) counts only
# where no meeting is on record: agreements are often recounted long after the meeting that made them.
_CONTACT_TYPES = ("CONSULT", "AGREE")


def _suspends(spec: dict[str, Any], m: dict[str, Any]) -> bool:
    """A sentence that reports a halt ("the halt to climate talks") is no evidence of a contact."""
    s = m["sentence_text"]
    return bool(spec["states"]["suspended"]["cues"].search(s)) and not spec["states"]["resumed"]["cues"].search(s)


def _best(
    e: dict[str, Any], ms: list[dict[str, Any]], arts: dict[str, dict[str, Any]], prefer: tuple[str, ...]
) -> dict[str, Any]:
    return best_mention(e, ms, arts, prefer) or ms[0]


def _record(e: dict[str, Any], m: dict[str, Any], arts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    a = arts.get(m["article_id"]) or {}
    return {
        "date": event_date(e),
        "date_precision": e.get("date_precision") if e.get("date_from") else "reported",
        "event_id": e["event_id"],
        "type": e["type"],
        "mode": e.get("mode"),
        "status": e["status"],
        "source": label(e.get("source_name"), e.get("source_country"), e.get("source_role")),
        "target": label(e.get("target_name"), e.get("target_country"), e.get("target_role")),
        "n_sources": int(e.get("n_sources") or 0),
        "confidence": round(float(e.get("confidence") or 0), 2),
        "sentence": norm_sentence(m["sentence_text"]),
        "article_id": m["article_id"],
        "outlet": a.get("outlet"),
        "published": a.get("published_date"),
        "url": a.get("url"),
        "first_reported": e.get("first_reported"),
    }


def _key(r: dict[str, Any]) -> tuple:
    return (r["date"] or dt.date.min, r.get("first_reported") or dt.date.min, r["event_id"])


def _state(
    ch: dict[str, Any], contacts: list[dict[str, Any]], plans: list[dict[str, Any]], signals: list[dict[str, Any]]
) -> dict[str, Any]:
    contacts.sort(key=_key)
    signals.sort(key=_key)
    last = contacts[-1] if contacts else None
    suspensions = [s for s in signals if s["state"] == "suspended"]
    state, since, evidence = ("active", last["date"], last) if last else ("no contact recorded", None, None)
    if suspensions:
        sus = suspensions[-1]
        after = [s for s in signals if s["state"] == "resumed" and _key(s) > _key(sus)]
        later_contacts = [c for c in contacts if c["date"] and sus["date"] and c["date"] > sus["date"]]
        if after:
            state, since, evidence = "resumed", after[0]["date"], after[0]
        elif later_contacts:
            state, since, evidence = "resumed", later_contacts[0]["date"], later_contacts[0]
        else:
            state, since, evidence = "suspended", sus["date"], sus
    elif signals and not contacts:  # agreed to open or resume, no suspension and no contact on record
        res = signals[0]
        state, since, evidence = "agreed", res["date"], res
    after_last = (last["first_reported"] if last else None) or dt.date.min
    pending = [p for p in plans if (p.get("first_reported") or dt.date.min) >= after_last]
    nxt = max(pending, key=lambda p: (p.get("first_reported") or dt.date.min, _key(p))) if pending else None
    full = _full
    # The history lists every state signal up to _HISTORY; beyond, every change of state (the first signal
    # of each run of the same state) and the latest repeats as room allows, with the total counted.
    shown = signals
    if len(signals) > _HISTORY:
        changes = {i for i, s in enumerate(signals) if i == 0 or s["state"] != signals[i - 1]["state"]}
        room = max(_HISTORY - len(changes), 0)
        latest = {i for i in range(len(signals) - 1, -1, -1) if i not in changes}
        latest = set(sorted(latest)[-room:]) if room else set()
        shown = [signals[i] for i in sorted(changes | latest)]
    rec = {
        "key": ch["key"],
        "label": ch["label"],
        "state": state,
        "since": since,
        "state_evidence": full(evidence),
        "last_contact": full(last),
        "contacts": len(contacts),
        "next": full(nxt),
        "history": [
            {k: f[k] for k in ("date", "state", "sentence", "outlet", "event_id")}
            for f in map(full, shown)
            if f is not None
        ],
    }
    if len(shown) < len(signals):
        rec["history_total"] = len(signals)
    return rec


_HISTORY = 100  # state signals listed per channel before the history keeps only changes and the latest


def _full(r: dict[str, Any] | None) -> dict[str, Any] | None:
    return r.full() if isinstance(r, _Lazy) else r


def render_table(ch: dict[str, Any], console: Any) -> None:
    """One Rich table: channel, state, last contact (date and evidence), next planned contact."""
    from rich.markup import escape
    from rich.table import Table

    t = Table(title=f"Dialogue channels {ch['dyad']}", show_lines=True, expand=True)
    t.add_column("Channel", ratio=1)
    t.add_column("State", ratio=2)
    t.add_column("Last contact", ratio=3)
    t.add_column("Next planned", ratio=2)
    colours = {"active": "green", "resumed": "green", "suspended": "red"}
    for c in ch["channels"]:
        st = f"[{colours.get(c['state'], 'dim')}]{c['state']}[/]"
        if c["state"] == "suspended":
            st += f"\nsince {c['since']}"
        elif c["state"] == "resumed":
            st += f"\non {c['since']}"
        if c["state_evidence"] and c["state"] in ("suspended", "resumed"):
            ev = c["state_evidence"]
            st += f"\n[dim]“{escape(_cut(ev['sentence']))}” — {escape(ev['outlet'] or '?')}[/dim]"
        last = c["last_contact"]
        lc = (
            (
                f"{last['date'] or '?'}: {escape(last['source'])} → {escape(last['target'])}\n[dim]“{escape(_cut(last['sentence'], 220))}” — "
                f"{escape(last['outlet'] or '?')}, {last['n_sources']} source(s), conf. {last['confidence']:.2f}[/dim]"
                + (f"\n{c['contacts']} contacts on record" if c["contacts"] > 1 else "")
            )
            if last
            else "[dim]none recorded[/dim]"
        )
        n = c["next"]
        nx = (
            f"{n['date'] or 'undated'} ({n['status']})\n[dim]“{escape(_cut(n['sentence'], 160))}” — {escape(n['outlet'] or '?')}[/dim]"
            if n
            else ""
        )
        t.add_row(c["label"], st, lc, nx)
    console.print(t)


def _cut(s: str, n: int = 140) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
