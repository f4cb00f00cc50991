"""The timeline view: what happened between two countries, in date order, with its evidence.

Planned and proposed events are listed apart as "Upcoming" so a reader never mistakes "will meet"
for "met". Each row shows how many independent sources report the event and its best sentence.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import TidingsError
from ..store import Store

__all__ = ["Row", "Timeline", "timeline", "render_timeline"]

_UPCOMING = ("planned", "proposed")


@dataclass(frozen=True)
class Row:
    event_id: str
    date: str | None
    date_precision: str | None
    type: str
    mode: str | None
    source: str
    target: str
    place: str | None
    status: str
    background: bool
    n_sources: int
    n_articles: int
    evidence: str
    outlet: str | None
    conflicts: int = 0
    place_text: str | None = None  # the place as the article prints it ("Gomel" for Homyel'), None: not printed


@dataclass(frozen=True)
class Timeline:
    dyad: str | None
    past: list[Row] = field(default_factory=list)
    upcoming: list[Row] = field(default_factory=list)


def _label(name: Any, country: Any) -> str:
    if name and country and name != country:
        return f"{name} ({country})"
    return str(name or country or "—")


def _fmt(value: str | None, precision: str | None, d: Any) -> str | None:
    if d is None:
        return value
    d = d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))
    return {"day": d.isoformat(), "month": d.strftime("%Y-%m"), "year": str(d.year)}.get(precision or "", value)


def timeline(
    store: Store,
    *,
    dyad: str | None = "USA-CHN",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    type: str | None = None,
) -> Timeline:  # noqa: A002 - the CLI's word
    """Events between the two countries of ``dyad`` (either direction; None: all), in date order."""
    if "events" not in store.table_names():
        raise TidingsError("no events in this store: run `tidings run` first")
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    if dyad:
        parts = [p.strip().upper() for p in dyad.replace("/", "-").split("-") if p.strip()]
        if len(parts) != 2:
            raise TidingsError(f"--dyad wants two ISO alpha-3 codes like USA-CHN, not {dyad!r}")
        a, b = parts
        where.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
        params += [a, b, b, a]
    if date_from:
        where.append("(date_to IS NULL OR date_to >= ?)")
        params.append(date_from)
    if date_to:
        where.append("(date_from IS NULL OR date_from <= ?)")
        params.append(date_to)
    if type:
        where.append("type = ?")
        params.append(type.upper())
    events = store.query(
        f"SELECT * FROM events WHERE {' AND '.join(where)} ORDER BY date_from NULLS LAST, first_reported, event_id",
        params,
    )
    evidence = _evidence(store, [e["event_id"] for e in events])
    past: list[Row] = []
    upcoming: list[Row] = []
    for e in events:
        ev = evidence.get(e["event_id"], {})
        row = Row(
            event_id=e["event_id"],
            date=_fmt(e["date_value"], e["date_precision"], e["date_from"]),
            date_precision=e["date_precision"],
            type=e["type"],
            mode=e["mode"],
            source=_label(e["source_name"], e["source_country"]),
            target=_label(e["target_name"], e["target_country"]),
            place=e["place_name"],
            status=e["status"],
            background=bool(e["background"]),
            n_sources=e["n_sources"],
            n_articles=e["n_articles"],
            evidence=" ".join((ev.get("sentence_text") or "").split()),
            outlet=ev.get("outlet"),
            conflicts=len(json.loads(e["conflicts"] or "[]")),
            place_text=e.get("place_text"),
        )
        (upcoming if e["status"] in _UPCOMING else past).append(row)
    return Timeline(dyad=dyad, past=past, upcoming=upcoming)


def _evidence(store: Store, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Best sentence per event: the most confident mention whose status is the event's, dated from the text."""
    if not event_ids:
        return {}
    rows = store.query(
        "SELECT l.event_id, m.sentence_text, m.confidence, m.status, m.date_source, a.outlet, e.status AS ev_status "
        "FROM event_links l JOIN event_mentions m USING (mention_id) JOIN articles a USING (article_id) "
        "JOIN events e ON e.event_id = l.event_id WHERE l.event_id IN (SELECT unnest(?::VARCHAR[]))",
        [event_ids],
    )
    best: dict[str, tuple[tuple, dict[str, Any]]] = {}
    for r in rows:
        key = (r["status"] == r["ev_status"], r["date_source"] == "timex", r["confidence"], -len(r["sentence_text"]))
        if r["event_id"] not in best or key > best[r["event_id"]][0]:
            best[r["event_id"]] = (key, r)
    return {k: v[1] for k, v in best.items()}


def render_timeline(tl: Timeline, console: Any) -> None:
    """Two Rich tables: what happened (with background history marked) and what is upcoming."""
    from rich.table import Table

    def table(title: str, rows: list[Row]) -> Table:
        t = Table(title=title, show_lines=True, expand=True)
        t.add_column("Date", no_wrap=True)
        t.add_column("Event")
        t.add_column("Actors")
        t.add_column("Place")
        t.add_column("Status")
        t.add_column("Sources", justify="right")
        t.add_column("Evidence", ratio=3)
        for r in rows:
            date = f"{r.date or '?'}\n[dim]{r.date_precision or ''}[/dim]"
            what = r.type + (f"\n[dim]{r.mode}[/dim]" if r.mode else "")
            status = (
                r.status
                + ("\n[dim]background[/dim]" if r.background else "")
                + (f"\n[yellow]{r.conflicts} conflict(s)[/yellow]" if r.conflicts else "")
            )
            src = f"{r.n_sources}" + (f" [dim]({r.n_articles} art.)[/dim]" if r.n_articles != r.n_sources else "")
            ev = r.evidence + (f" [dim]— {r.outlet}[/dim]" if r.outlet else "")
            t.add_row(date, what, f"{r.source}\n→ {r.target}", r.place or "", status, src, ev)
        return t

    label = tl.dyad or "all countries"
    if not tl.past and not tl.upcoming:
        console.print(f"No events for {label}.")
        return
    console.print(table(f"Timeline: {label} (sources = independent source groups)", tl.past))
    if tl.upcoming:
        console.print(table("Upcoming (planned or proposed)", tl.upcoming))
