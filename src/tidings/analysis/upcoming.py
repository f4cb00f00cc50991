"""What is planned next, and whether it then happened.

A plan is an event reported as planned or proposed (or one whose reports began as a plan and that
reconcile later merged with its occurrence). Its outcome is looked up among the later records of the
same dyad: occurred (the plan's own event became an occurrence, or a later occurred event of the
same type with a shared participant falls in the plan's date window), postponed or cancelled (a
report with such a cue about the same type and participants, or the plan's own reports saying
"had been due"), else pending (its date is not past the newest article) or 'no report since'.
By default only what is still open is listed (pending, postponed, cancelled, no report since);
``include_all`` adds the plans that were carried out, each matched to the event that carried it out.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ._common import (
    OCCURRED,
    UPCOMING,
    articles_for,
    best_mention,
    connection,
    dyad_events,
    event_date,
    jsonable,
    label,
    mentions_for,
    norm_sentence,
    parse_dyad,
    require_events,
    rows,
)

__all__ = ["upcoming", "render_table"]

_POSTPONED = re.compile(
    r"\b(?:postpone[sd]?|postponing|delay(?:s|ed)?|put off|push(?:ed)? back|reschedul\w*|had been due|"
    r"was due to .{0,40} but)\b",
    re.I,
)
_CANCELLED = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ing)?|call(?:ed)? off|scrap(?:s|ped)?|declined|refused|"
    r"no (?:meeting|call|visit) (?:took place|was held))\b",
    re.I,
)
_SLACK = {"day": 3, "week": 7, "month": 10, "quarter": 20, "year": 30}
_UNDATED_WINDOW = 90  # days after the first report an undated plan can be matched


MAX_PLANS = 300  # plans listed (the latest expected first); older ones are counted, their outcomes not computed


def upcoming(
    con_or_store: Any, *, dyad: str | None = None, include_all: bool = False, limit: int = MAX_PLANS
) -> dict[str, Any]:
    """Planned and proposed events with expected date, precision and outcome (matched to the later event).

    At most ``limit`` plans are listed: the latest expected (what comes next and what was just due), found
    by examining the plans from the latest back until ``limit`` are listed; the older plans left are
    counted in ``plans_not_examined`` (present only then). A plan's outcome depends on it and its later
    events only, so a listed plan is the same as in a list without the limit."""
    con = connection(con_or_store)
    tables = require_events(con)
    pair = parse_dyad(dyad)
    newest = con.execute("SELECT max(published_date) FROM articles").fetchone()[0]
    keys = _plan_keys(con, pair, include_all)
    if not keys and (include_all or not _plan_keys(con, pair, True)):  # no plan at all, not even carried out
        return jsonable(
            {"kind": "upcoming", "dyad": pair and f"{pair[0]}-{pair[1]}", "as_of": newest, "plans": [], "counts": {}}
        )
    keys.sort(reverse=True)  # the latest expected first
    out: list[dict[str, Any]] = []
    examined, size = 0, max(limit, 1)
    while examined < len(keys) and len(out) < limit:
        chunk = [eid for _, eid in keys[examined : examined + size]]
        recs = {r["event_id"]: r for r in _outcomes(con, tables, chunk, newest)}
        for eid in chunk:
            examined += 1
            rec = recs[eid]
            if include_all or rec["outcome"] != "occurred":
                out.append(rec)
                if len(out) >= limit:
                    break
        # the next read: as many plans as the share listed so far says are needed for the rest, and some over
        size = int((limit - len(out)) * examined / len(out) * 1.25) + 10 if out else size * 4
    out.sort(key=lambda r: (r["expected_from"] or r["reported"] or dt.date.max, r["event_id"]))
    counts: dict[str, int] = {}
    for r in out:
        counts[r["outcome"]] = counts.get(r["outcome"], 0) + 1
    res = {
        "kind": "upcoming",
        "dyad": None if pair is None else f"{pair[0]}-{pair[1]}",
        "as_of": newest,
        "include_all": include_all,
        "counts": counts,
        "plans": out,
    }
    if examined < len(keys):
        res["plans_not_examined"] = len(keys) - examined
    return jsonable(res)


def _plan_keys(con: Any, pair: tuple[str, str] | None, include_all: bool) -> list[tuple[tuple[dt.date, str], str]]:
    """(list order, event id) of every plan: events planned or proposed now, and (for ``include_all``; their
    outcome is always 'occurred') occurred events whose history began as a plan. Dates and ids only."""
    cols = "event_id, date_from, first_reported"
    planned = dyad_events(con, pair, statuses=UPCOMING, columns=cols)
    became = (
        [
            e
            for e in dyad_events(
                con,
                pair,
                statuses=OCCURRED,
                where_sql="status_history LIKE '%\"planned\"%' OR status_history LIKE '%\"proposed\"%'",
                columns=cols + ", status_history",
            )
            if any(h.get("status") in UPCOMING for h in e["status_history"])
        ]
        if include_all
        else []
    )
    return [
        ((e["date_from"] or e["first_reported"] or dt.date.max, e["event_id"]), e["event_id"])
        for e in (*planned, *became)
    ]


def _outcomes(con: Any, tables: set[str], ids: list[str], newest: dt.date | None) -> list[dict[str, Any]]:
    """Each plan's record with its outcome, for the plans ``ids``."""
    plans = dyad_events(con, None, event_ids=ids)
    later = _candidates(con, plans)
    # Mentions of the plans and of their negated candidates (their cues decide), then of the matched events
    # (their evidence is shown): not of every candidate occurrence.
    negated = {e["event_id"] for es in later.values() for e in es if e["status"] == "negated"}
    mentions = mentions_for(con, [p["event_id"] for p in plans] + sorted(negated))
    matched = {b[2]["event_id"] for p in plans if (b := _match(p, later.get(p["event_id"], []), mentions))}
    mentions.update(mentions_for(con, sorted(matched - set(mentions))))
    arts = articles_for(con, {m["article_id"] for ms in mentions.values() for m in ms}, tables)
    return [_outcome(p, later.get(p["event_id"], []), mentions, arts, newest) for p in plans]


def _candidates(con: Any, plans: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """For each open plan, the later events that may be its outcome: the same type and countries,
    occurred within the plan's date window or negated after it was reported. One join in DuckDB over a
    table of the plans' windows (nearest 20 per plan), not every event of the dyad into Python."""
    import pyarrow as pa

    rows_ = []
    for p in plans:
        win = _window(p)
        if p["status"] in OCCURRED or win is None:
            continue
        rows_.append(
            (
                p["event_id"],
                p["type"],
                p.get("source_country"),
                p.get("target_country"),
                win[0],
                win[1],
                p.get("first_reported") or win[0],
            )
        )
    if not rows_:
        return {}
    cols = list(zip(*rows_))
    table = pa.table(
        {
            "pid": list(cols[0]),
            "ptype": list(cols[1]),
            "ca": list(cols[2]),
            "cb": list(cols[3]),
            "lo": pa.array(cols[4], pa.date32()),
            "hi": pa.array(cols[5], pa.date32()),
            "rep": pa.array(cols[6], pa.date32()),
        }
    )
    name = "_tidings_plans"
    con.register(name, table)
    try:
        # Equality joins only (type, the unordered pair of countries, and for occurrences each day of the
        # window), and the nearest 20 per plan by a top-n aggregate: a join on an OR of directions and date
        # ranges is a nested loop, and a window over every candidate sorts millions of rows.
        pairs = rows(
            con,
            f"""
            WITH p AS (SELECT pid, ptype, least(ca, cb) AS c1, greatest(ca, cb) AS c2, lo, hi, rep FROM {name}
                       WHERE ca IS NOT NULL AND cb IS NOT NULL),
            pd AS (SELECT pid, ptype, c1, c2, lo, CAST(unnest(generate_series(lo, hi, INTERVAL 1 DAY)) AS DATE) AS day FROM p),
            ev AS (SELECT event_id, type, status, least(source_country, target_country) AS c1,
                          greatest(source_country, target_country) AS c2, coalesce(date_from, first_reported) AS d, first_reported
                   FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
                   -- only the plans' types and countries (whole partitions of day_ev below: the same first 20)
                   AND type IN (SELECT ptype FROM p) AND source_country IN (SELECT c1 FROM p UNION SELECT c2 FROM p)
                   AND target_country IN (SELECT c1 FROM p UNION SELECT c2 FROM p)),
            -- an occurrence's distance to the window is its day's: no plan takes more than the first 20 of a day
            day_ev AS (SELECT * FROM ev WHERE status IN ('occurred', 'ongoing')
                       AND d BETWEEN (SELECT min(lo) FROM p) AND (SELECT max(hi) FROM p)
                       QUALIFY row_number() OVER (PARTITION BY type, c1, c2, d ORDER BY event_id) <= 20),
            occ AS (SELECT pd.pid, pd.lo, e.event_id, e.d FROM pd JOIN day_ev e
                      ON e.type = pd.ptype AND e.c1 = pd.c1 AND e.c2 = pd.c2 AND e.d = pd.day
                    WHERE e.event_id <> pd.pid),
            neg AS (SELECT p.pid, p.lo, e.event_id, e.d FROM p JOIN ev e ON e.type = p.ptype AND e.c1 = p.c1 AND e.c2 = p.c2
                    WHERE e.status = 'negated' AND e.first_reported BETWEEN p.rep AND p.hi + 30 AND e.event_id <> p.pid)
            SELECT pid, unnest(min_by(event_id, row(abs(date_diff('day', d, lo)), event_id), 20)) AS event_id
            FROM (SELECT * FROM occ UNION ALL SELECT * FROM neg) GROUP BY pid""",
        )
    finally:
        con.unregister(name)
    events = (
        {e["event_id"]: e for e in dyad_events(con, None, event_ids=sorted({r["event_id"] for r in pairs}))}
        if pairs
        else {}
    )
    out: dict[str, list[dict[str, Any]]] = {}
    for r in pairs:
        if r["event_id"] in events:
            out.setdefault(r["pid"], []).append(events[r["event_id"]])
    return out


def _names(e: dict[str, Any]) -> set[str]:
    return {
        n
        for n in (e.get("source_name"), e.get("target_name"))
        if n and n not in (e.get("source_country"), e.get("target_country"))
    }


def _window(p: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    if p.get("date_from"):
        slack = dt.timedelta(days=_SLACK.get(p.get("date_precision") or "", 7))
        return p["date_from"] - slack, (p.get("date_to") or p["date_from"]) + slack
    if p.get("first_reported"):
        return p["first_reported"], p["first_reported"] + dt.timedelta(days=_UNDATED_WINDOW)
    return None


def _same_parties(p: dict[str, Any], e: dict[str, Any]) -> bool:
    pn, en = _names(p), _names(e)
    if pn and en:
        return bool(pn & en)
    return {p.get("source_country"), p.get("target_country")} == {e.get("source_country"), e.get("target_country")}


def _mention_view(
    e: dict[str, Any], ms: list[dict[str, Any]], arts: dict[str, dict[str, Any]], prefer: tuple[str, ...]
) -> dict[str, Any]:
    best = best_mention(e, ms, arts, prefer)
    if best is None:
        return {"sentence": None, "outlet": None, "published": None, "article_id": None, "url": None}
    a = arts.get(best["article_id"]) or {}
    return {
        "sentence": norm_sentence(best["sentence_text"]),
        "outlet": a.get("outlet"),
        "published": a.get("published_date"),
        "article_id": best["article_id"],
        "url": a.get("url"),
    }


def _brief_event(e: dict[str, Any], view: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": e["event_id"],
        "type": e["type"],
        "mode": e.get("mode"),
        "status": e["status"],
        "date": event_date(e),
        "date_precision": e.get("date_precision"),
        "source": label(e.get("source_name"), e.get("source_country"), e.get("source_role")),
        "target": label(e.get("target_name"), e.get("target_country"), e.get("target_role")),
        "n_sources": int(e.get("n_sources") or 0),
        "confidence": round(float(e.get("confidence") or 0), 2),
        **view,
    }


def _match(
    p: dict[str, Any], later: list[dict[str, Any]], mentions: dict[str, list[dict[str, Any]]]
) -> tuple[int, str, dict[str, Any]] | None:
    """The later event that tells what became of an open plan: an occurrence of the same type and parties
    in its window (the nearest), else a negated report with a postponement or cancellation cue. Reads the
    mentions of the plan's negated candidates only."""
    win = _window(p)
    reported = p.get("first_reported") or dt.date.min
    best = None
    for e in later:
        if e["event_id"] == p["event_id"] or e["type"] != p["type"] or not _same_parties(p, e):
            continue
        if e["status"] == "negated":
            ems = mentions.get(e["event_id"], [])
            cue = next(
                (
                    "postponed" if _POSTPONED.search(m["sentence_text"] or "") else "cancelled"
                    for m in ems
                    if _POSTPONED.search(m["sentence_text"] or "") or _CANCELLED.search(m["sentence_text"] or "")
                ),
                None,
            )
            if cue and (e.get("first_reported") or reported) >= reported:
                cand = (1, cue, e)
            else:
                continue
        else:
            d = event_date(e)
            if (
                win is None
                or d is None
                or not (win[0] <= d <= win[1])
                or (e.get("date_from") and d < reported - dt.timedelta(days=1))
            ):
                continue
            cand = (2, "occurred", e)
        if best is None or cand[0] > best[0] or (cand[0] == best[0] and _dist(p, cand[2]) < _dist(p, best[2])):
            best = cand
    return best


def _outcome(
    p: dict[str, Any],
    later: list[dict[str, Any]],
    mentions: dict[str, list[dict[str, Any]]],
    arts: dict[str, dict[str, Any]],
    newest: dt.date | None,
) -> dict[str, Any]:
    pms = mentions.get(p["event_id"], [])
    plan_view = _mention_view(p, [m for m in pms if m["status"] in UPCOMING] or pms, arts, UPCOMING)
    rec = {
        **_brief_event(p, plan_view),
        "status": next((h["status"] for h in p["status_history"] if h.get("status") in UPCOMING), p["status"]),
        "expected": p.get("date_value"),
        "expected_from": p.get("date_from"),
        "expected_to": p.get("date_to"),
        "reported": p.get("first_reported"),
        "outcome": None,
        "matched": None,
        "how": None,
    }
    if p["status"] in OCCURRED:  # reconcile merged the plan with its occurrence
        occ = [m for m in pms if m["status"] in OCCURRED]
        rec.update(outcome="occurred", how="same event", matched=_brief_event(p, _mention_view(p, occ, arts, OCCURRED)))
        return rec
    if any(_POSTPONED.search(m["sentence_text"] or "") for m in pms):
        rec.update(outcome="postponed", how="its own reports")
        return rec
    best = _match(p, later, mentions)
    if best:
        _, outcome, e = best
        prefer = OCCURRED if outcome == "occurred" else ("negated",)
        rec.update(
            outcome=outcome,
            how="later report",
            matched=_brief_event(e, _mention_view(e, mentions.get(e["event_id"], []), arts, prefer)),
        )
        return rec
    exp = p.get("date_to") or p.get("date_from")
    reported = p.get("first_reported") or dt.date.min
    if newest is not None and (
        (exp is not None and exp >= newest) or (exp is None and reported >= newest - dt.timedelta(days=30))
    ):
        rec["outcome"] = "pending"
    else:
        rec["outcome"] = "no report since"
    return rec


def _dist(p: dict[str, Any], e: dict[str, Any]) -> int:
    a, b = event_date(p), event_date(e)
    return abs((a - b).days) if a and b else 10**6


def render_table(up: dict[str, Any], console: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    plans = up["plans"]
    scope = up["dyad"] or "all dyads"
    if not plans:
        console.print(
            f"No {'' if up.get('include_all') else 'open '}plans recorded for {scope}"
            + ("" if up.get("include_all") else " (add --all for plans that were carried out)")
            + "."
        )
        return
    t = Table(
        title=f"Planned and proposed: {scope} (as of {up['as_of']}; "
        + ("all plans" if up.get("include_all") else "open plans, --all adds those carried out")
        + ")",
        show_lines=True,
        expand=True,
    )
    t.add_column("Expected", no_wrap=True)
    t.add_column("Plan", ratio=2)
    t.add_column("Reported", ratio=3)
    t.add_column("Outcome", ratio=3)
    colours = {"occurred": "green", "postponed": "yellow", "cancelled": "red", "pending": "cyan"}
    for r in plans:
        when = f"{r['expected'] or 'undated'}\n[dim]{r['date_precision'] or 'no date'}[/dim]"
        what = f"{r['type']}{' (' + r['mode'] + ')' if r['mode'] else ''} {r['status']}\n{escape(r['source'])} → {escape(r['target'])}"
        rep = (
            f"[dim]“{escape(r['sentence'] or '')}” — {escape(r['outlet'] or '?')}, {r['published'] or r['reported'] or '?'}; "
            f"{r['n_sources']} source(s), conf. {r['confidence']:.2f}[/dim]"
        )
        oc = f"[{colours.get(r['outcome'], 'dim')}]{r['outcome']}[/]"
        if r["matched"]:
            m = r["matched"]
            oc += f" {m['date'] or ''}\n[dim]“{escape(m['sentence'] or '')}” — {escape(m['outlet'] or '?')}[/dim]"
        t.add_row(when, what, rep, oc)
    console.print(t)
    if up.get("plans_not_examined"):
        console.print(f"The latest {len(plans)} plans listed; {up['plans_not_examined']:,} older plans not examined.")
