"""The cooperation–conflict index of a dyad: per day, week or month, events by quad class and a
Goldstein-weighted net score, with the largest moves explained by their events.

Weighting (why): an event reported by three independent outlets is better attested than one a
single outlet reports in eight copies, and a fallback coding (context target, inherited date) is
weaker than a direct one. So each event counts ``n_sources x confidence`` (source groups, not
articles), and only what happened (occurred, ongoing) is counted, at the event's own date: history
an article recounts is counted when it happened, not when it was retold. Quad class and Goldstein
come from ``data/events/plover_cameo.csv`` (type and mode).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from ..errors import TidingsError
from ._common import (
    QUAD_NAMES,
    as_date,
    best_mention,
    connection,
    dyad_events,
    jsonable,
    mentions_for,
    norm_sentence,
    parse_dyad,
    period_where,
    require_events,
    rows,
)

__all__ = ["index", "period_start", "render_table", "to_csv", "to_jsonl", "plot", "sparkline", "PERIODS"]

PERIODS = ("day", "week", "month")
_PRECISE = {"day": {"day", "time"}, "week": {"day", "time", "week"}, "month": {"day", "time", "week", "month"}}
# Coarser than this, an event has no place in the series (a "2016" or "vague" date is not a week);
# such events are counted in ``left_out``. Month-dated events stay in day and week series, marked.


def period_start(d: dt.date, by: str) -> dt.date:
    if by == "day":
        return d
    if by == "week":
        return d - dt.timedelta(days=d.weekday())
    return d.replace(day=1)


def _next(d: dt.date, by: str) -> dt.date:
    if by == "day":
        return d + dt.timedelta(days=1)
    if by == "week":
        return d + dt.timedelta(days=7)
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _name(d: dt.date, by: str) -> str:
    if by == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    return d.isoformat() if by == "day" else d.strftime("%Y-%m")


def _short(e: dict[str, Any]) -> str:
    what = e["type"] + (f" {e['mode']}" if e.get("mode") else "")
    src = e.get("source_name") or e.get("source_country") or "?"
    tgt = e.get("target_name") or e.get("target_country") or "?"
    return f"{what}: {src} → {tgt}"


def index(
    con_or_store: Any,
    *,
    dyad: str = "USA-CHN",
    by: str = "week",
    date_from: Any = None,
    date_to: Any = None,
    moves: int = 5,
) -> dict[str, Any]:
    """Per-period quad-class counts and net score of ``dyad`` (either direction), as plain data."""
    if by not in PERIODS:
        raise TidingsError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    con = connection(con_or_store)
    require_events(con)
    pair = parse_dyad(dyad)
    if pair is None:
        raise TidingsError("the index needs a dyad like USA-CHN")
    d_from, d_to = as_date(date_from, "date_from"), as_date(date_to, "date_to")
    aggs, tops, left_out = _aggregate(con, pair, by, d_from, d_to)
    periods: list[dict[str, Any]] = []
    if aggs:
        start = period_start(d_from, by) if d_from else min(aggs)
        end = period_start(d_to, by) if d_to else max(aggs)
        p = start
        while p <= end:
            periods.append(_period(p, by, aggs.get(p), tops.get(p, [])))
            p = _next(p, by)
    top = _moves(periods, moves)
    ids = [t["event_id"] for m in top for t in m["events"]]
    evidence = _evidence(con, ids)
    for m in top:
        for t in m["events"]:
            t["sentence"] = evidence.get(t["event_id"])
    return jsonable(
        {
            "kind": "index",
            "dyad": f"{pair[0]}-{pair[1]}",
            "by": by,
            "date_from": d_from,
            "date_to": d_to,
            "weighting": "each occurred event counts n_sources (independent source groups) x confidence, at its own date",
            "events": sum(a["events"] for a in aggs.values()),
            "left_out": left_out,
            "periods": periods,
            "moves": top,
        }
    )


def _cameo_values() -> str:
    """data/events/plover_cameo.csv as an SQL VALUES list: (type, mode, goldstein, quad class)."""
    from ._common import _cameo_table

    def q(x: str) -> str:
        return "'" + x.replace("'", "''") + "'"

    return ", ".join(f"({q(t)}, {q(m)}, {g}, {c})" for (t, m), (g, c) in _cameo_table().items())


def _aggregate(
    con: Any, pair: tuple[str, str], by: str, d_from: dt.date | None, d_to: dt.date | None
) -> tuple[dict[dt.date, dict[str, Any]], dict[dt.date, list[dict[str, Any]]], int]:
    """Per-period sums and the three largest events of each period, computed in DuckDB (a dyad can hold
    hundreds of thousands of events; only the periods and their top events come back to Python)."""
    a, b = pair
    where = [
        "status IN ('occurred', 'ongoing')",
        "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))",
    ]
    period, period_params = period_where(d_from, d_to)
    where += period
    params: list[Any] = [a, b, b, a, *period_params]
    counted = "(date_from IS NULL OR date_precision IS NULL OR date_precision IN ('day', 'time', 'week', 'month'))"
    precise = ", ".join(f"'{x}'" for x in sorted(_PRECISE[by]))
    base = f"""
        WITH cameo(ctype, cmode, g, q) AS (VALUES {_cameo_values()}),
        ev AS (SELECT event_id, type, mode, source_name, target_name, source_country, target_country, n_sources,
                      confidence, background, date_precision, date_from, coalesce(date_from, first_reported) AS d,
                      greatest(coalesce(n_sources, 1), 1) * confidence AS w, goldstein AS eg, quad_class AS eq
               FROM events WHERE {" AND ".join(where)}),
        m AS (SELECT ev.*, coalesce(c1.g, c2.g, ev.eg) AS g, coalesce(c1.q, c2.q, ev.eq) AS q,
                     CAST(date_trunc('{by}', d) AS DATE) AS p
              FROM ev LEFT JOIN cameo c1 ON c1.ctype = ev.type AND c1.cmode = coalesce(ev.mode, '')
                      LEFT JOIN cameo c2 ON c2.ctype = ev.type AND c2.cmode = ''
              WHERE d IS NOT NULL AND {counted})"""
    rows_ = rows(
        con,
        base
        + f"""
        SELECT p, count(*) AS events, sum(w) AS weighted, sum(w * coalesce(g, 0)) AS net,
               sum(w) FILTER (WHERE q = 1) AS q1, sum(w) FILTER (WHERE q = 2) AS q2,
               sum(w) FILTER (WHERE q = 3) AS q3, sum(w) FILTER (WHERE q = 4) AS q4,
               count(*) FILTER (WHERE q = 1) AS n1, count(*) FILTER (WHERE q = 2) AS n2,
               count(*) FILTER (WHERE q = 3) AS n3, count(*) FILTER (WHERE q = 4) AS n4,
               count(*) FILTER (WHERE date_from IS NOT NULL AND coalesce(date_precision, 'day') NOT IN ({precise})) AS imprecise
        FROM m WHERE q IS NOT NULL GROUP BY p""",
        params,
    )
    top_rows = rows(
        con,
        base
        + """
        SELECT * FROM (SELECT m.*, row_number() OVER (PARTITION BY p ORDER BY abs(w * coalesce(g, 0)) DESC, event_id) AS rn
                       FROM m WHERE q IS NOT NULL) WHERE rn <= 3 ORDER BY p, rn""",
        params,
    )
    left_out = rows(con, f"SELECT count(*) AS n FROM events WHERE {' AND '.join(where)} AND NOT {counted}", params)[0][
        "n"
    ]
    aggs = {r["p"]: r for r in rows_}
    tops: dict[dt.date, list[dict[str, Any]]] = {}
    for r in top_rows:
        tops.setdefault(r["p"], []).append(r)
    return aggs, tops, int(left_out or 0)


def _period(p: dt.date, by: str, agg: dict[str, Any] | None, top: list[dict[str, Any]]) -> dict[str, Any]:
    agg = agg or {}
    names = list(QUAD_NAMES.values())
    return {
        "period": _name(p, by),
        "start": p,
        "end": _next(p, by) - dt.timedelta(days=1),
        "events": int(agg.get("events") or 0),
        "weighted": float(agg.get("weighted") or 0.0),
        "quad": {n: float(agg.get(f"q{i + 1}") or 0.0) for i, n in enumerate(names)},
        "counts": {n: int(agg.get(f"n{i + 1}") or 0) for i, n in enumerate(names)},
        "net": float(agg.get("net") or 0.0),
        "imprecise": int(agg.get("imprecise") or 0),
        "top_events": [
            {
                "event_id": e["event_id"],
                "date": e["d"],
                "label": _short(e),
                "weight": float(e["w"]),
                "goldstein": float(e["g"] or 0),
                "contribution": float(e["w"]) * float(e["g"] or 0),
                "n_sources": int(e.get("n_sources") or 0),
                "confidence": float(e.get("confidence") or 0),
                "background": bool(e.get("background")),
            }
            for e in top
        ],
    }


def _moves(periods: list[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    """The k periods whose net score moved most from the period before, with the events behind the move."""
    cands = []
    prev = 0.0
    for p in periods:
        change = p["net"] - prev
        prev = p["net"]
        if p["events"]:
            cands.append((abs(change), p, change))
    cands.sort(key=lambda t: (-t[0], t[1]["start"]))
    out = []
    for _, p, change in cands[:k]:
        evs = [dict(t) for t in p["top_events"] if (t["contribution"] >= 0) == (change >= 0)] or [
            dict(p["top_events"][0])
        ]
        out.append({"period": p["period"], "start": p["start"], "net": p["net"], "change": change, "events": evs[:2]})
    out.sort(key=lambda m: m["start"])
    return out


def _evidence(con: Any, ids: list[str]) -> dict[str, str]:
    events = {e["event_id"]: e for e in dyad_events(con, None, event_ids=ids)} if ids else {}
    out = {}
    for eid, ms in mentions_for(con, ids).items():
        best = best_mention(events.get(eid, {}), ms)
        if best:
            out[eid] = norm_sentence(best["sentence_text"])
    return out


# -- outputs ------------------------------------------------------------------------------------------------
_BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float]) -> str:
    """One block character per value, scaled between the series' minimum and maximum."""
    if not values:
        return ""
    lo, hi = min(values), max(values)
    if hi == lo:
        return _BLOCKS[3] * len(values)
    return "".join(_BLOCKS[round((v - lo) / (hi - lo) * (len(_BLOCKS) - 1))] for v in values)


_COLUMNS = (
    "period",
    "start",
    "end",
    "events",
    "verbal_coop",
    "material_coop",
    "verbal_conflict",
    "material_conflict",
    "net",
    "imprecise",
    "top_event",
)


def _flat(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "period": p["period"],
        "start": p["start"],
        "end": p["end"],
        "events": p["events"],
        **{k: round(v, 3) for k, v in p["quad"].items()},
        "net": round(p["net"], 3),
        "imprecise": p["imprecise"],
        "top_event": p["top_events"][0]["label"] if p["top_events"] else "",
    }


def to_csv(ix: dict[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_COLUMNS, lineterminator="\n")
    w.writeheader()
    for p in ix["periods"]:
        w.writerow(_flat(p))
    return buf.getvalue()


def to_jsonl(ix: dict[str, Any]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False, default=str) + "\n" for p in ix["periods"])


def render_table(ix: dict[str, Any], console: Any) -> None:
    """A Rich table of the periods with events, under a sparkline of the whole series' net score."""
    from rich.table import Table
    from rich.text import Text

    periods = ix["periods"]
    if not periods:
        console.print(f"No dated events for {ix['dyad']}.")
        return
    nets = [p["net"] for p in periods]
    console.print(
        Text.assemble(
            (f"{ix['dyad']} net score by {ix['by']}, {periods[0]['period']} … {periods[-1]['period']}: ", "bold"),
            (sparkline(nets), "cyan"),
        )
    )
    t = Table(
        title=f"Cooperation–conflict index {ix['dyad']} ({ix['events']} events; weight = independent sources × confidence)",
        expand=False,
    )
    for col, just in (
        ("Period", "left"),
        ("Events", "right"),
        ("Verbal coop", "right"),
        ("Material coop", "right"),
        ("Verbal confl.", "right"),
        ("Material confl.", "right"),
        ("Net", "right"),
        ("", "left"),
        ("Largest event", "left"),
    ):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    scale = max(abs(v) for v in nets) or 1.0
    for p in periods:
        if not p["events"]:
            continue
        q = p["quad"]
        n = round(abs(p["net"]) / scale * 10)
        bar = Text("█" * n, style="green" if p["net"] >= 0 else "red")
        t.add_row(
            p["period"],
            str(p["events"]) + (f" ({p['imprecise']}~)" if p["imprecise"] else ""),
            f"{q['verbal_coop']:.1f}",
            f"{q['material_coop']:.1f}",
            f"{q['verbal_conflict']:.1f}",
            f"{q['material_conflict']:.1f}",
            Text(f"{p['net']:+.1f}", style="green" if p["net"] >= 0 else "red"),
            bar,
            p["top_events"][0]["label"] if p["top_events"] else "",
        )
    console.print(t)
    if any(p["imprecise"] for p in periods):
        console.print("[dim]~ events dated only to a coarser period, counted at its first day[/dim]")


def plot(ix: dict[str, Any], path: str, *, title: str | None = None) -> str:
    """Net score bars (top) and weighted quad-class counts (bottom), the largest moves annotated."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    periods = ix["periods"]
    if not periods:
        raise TidingsError(f"nothing to plot: no dated events for {ix['dyad']}")
    x = [dt.date.fromisoformat(str(p["start"])) for p in periods]
    width = {"day": 0.9, "week": 6.0, "month": 26.0}[ix["by"]]
    net = [p["net"] for p in periods]
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(13, 7.5), sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    ax1.bar(x, net, width=width, color=["#2a9d4b" if v >= 0 else "#c0392b" for v in net], align="edge")
    ax1.axhline(0, color="#444", lw=0.8)
    ax1.set_ylabel("net score (Σ sources × confidence × Goldstein)")
    ax1.set_title(title or f"{ix['dyad']} cooperation–conflict index by {ix['by']}")
    span = (max(net) - min(net)) or 1.0
    moves = sorted(ix["moves"], key=lambda m: m["start"])
    level = {True: 0, False: 0}
    rows = {True: (0.97, 0.84, 0.71), False: (0.03, 0.16, 0.29)}  # label rows (axes fraction), staggered per side
    for m in moves:
        d = dt.date.fromisoformat(str(m["start"]))
        ev = m["events"][0]
        y = m["net"]
        up = y >= 0
        ty = rows[up][level[up] % 3]
        level[up] += 1
        ax1.annotate(
            f"{ev['date']}\n{_wrap(ev['label'], 30)}",
            xy=(d + dt.timedelta(days=width / 2), y),
            xytext=(d, ty),
            textcoords=("data", "axes fraction"),
            fontsize=7.5,
            ha="center",
            va="top" if up else "bottom",
            arrowprops={"arrowstyle": "-", "color": "#666", "lw": 0.7},
            bbox={"boxstyle": "round,pad=0.25", "fc": "white", "ec": "#999", "lw": 0.5},
        )
    lo, hi = min(0.0, min(net)), max(0.0, max(net))
    ax1.set_ylim(lo - (1.1 * span if lo < 0 else 0.1 * span), hi + 1.1 * span)
    colours = {
        "verbal_coop": "#8fd19e",
        "material_coop": "#2a9d4b",
        "verbal_conflict": "#f5a47a",
        "material_conflict": "#c0392b",
    }
    up = [0.0] * len(periods)
    down = [0.0] * len(periods)
    for name, col in colours.items():
        vals = [p["quad"][name] for p in periods]
        if name.endswith("coop"):
            ax2.bar(x, vals, width=width, bottom=up, color=col, label=name.replace("_", " "), align="edge")
            up = [a + b for a, b in zip(up, vals)]
        else:
            neg = [-v for v in vals]
            ax2.bar(x, neg, width=width, bottom=down, color=col, label=name.replace("_", " "), align="edge")
            down = [a + b for a, b in zip(down, neg)]
    ax2.axhline(0, color="#444", lw=0.8)
    ax2.set_ylabel("weighted events\n(cooperation up, conflict down)")
    ax2.legend(loc="lower left", fontsize=8, ncol=4, frameon=False)
    ax2.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    fig.autofmt_xdate()
    fig.text(
        0.01,
        0.005,
        f"{ix['events']} occurred events ({ix['left_out']} dated only to a year or vaguely, left out); each weighted by independent sources × confidence, "
        "counted at its own date (background history too). Quad class and Goldstein: data/events/plover_cameo.csv.",
        fontsize=7,
        color="#555",
    )
    fig.tight_layout(rect=(0, 0.02, 1, 1))
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def _wrap(s: str, n: int) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(s, n)[:2])
