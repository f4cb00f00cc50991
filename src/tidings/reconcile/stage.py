"""The 'reconcile' stage: merge event mentions into events, incrementally.

New (or re-coded) articles' mentions are matched against the existing events that share their
blocking key (type + country + month) and either join one or found a new one; only the events they
touch are recomputed. Source counts are recounted for every event at the end of the run because
the dedup stage may have regrouped articles since an event was last written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from ..pipeline import Progress, Stage, StageReport
from ..store import now
from .merge import Cluster, Merger, merged_event

__all__ = ["STAGE", "NAME", "VERSION", "run", "reconcile"]

NAME = "reconcile"
VERSION = "1"

EVENT_COLUMNS = (
    "event_id", "type", "mode", "source_name", "source_country", "source_sector", "source_role", "source_actor_id",
    "target_name", "target_country", "target_sector", "target_role", "target_actor_id", "status", "status_history",
    "date_value", "date_precision", "date_from", "date_to", "place_name", "place_country", "place_admin1", "place_lat",
    "place_lon", "place_geonameid", "issues", "background", "attribution", "confidence", "cameo", "goldstein",
    "quad_class", "n_mentions", "n_articles", "n_sources", "first_reported", "conflicts", "block_key", "updated_at",
)


def _has(store: Any, table: str) -> bool:
    return table in store.table_names()


def _mention_sql(store: Any, where: str) -> str:
    group = "d.source_group" if _has(store, "duplicates") else "NULL"
    join = "LEFT JOIN duplicates d ON d.article_id = m.article_id" if _has(store, "duplicates") else ""
    return (f"SELECT m.*, a.published_date, a.outlet, a.url, {group} AS source_group "
            f"FROM event_mentions m JOIN articles a ON a.article_id = m.article_id {join} WHERE {where} "
            "ORDER BY a.published_date NULLS LAST, m.article_id, m.sentence, m.trigger_start")


def _register(con: Any, name: str, col: str, values: Sequence[str]) -> None:
    con.register(name, pa.table({col: pa.array(list(values), type=pa.string())}))


def reconcile(store: Any, article_ids: Sequence[str]) -> dict[str, int]:
    """Merge the mentions of ``article_ids`` into events; return counts."""
    con = store.con
    _register(con, "_rc_ids", "article_id", article_ids)
    try:
        new = store.query(_mention_sql(store, "m.article_id IN (SELECT article_id FROM _rc_ids)"))
        # links to mentions that no longer exist (re-coded articles) or that are about to be re-linked
        stale = store.query(
            "SELECT l.event_id, l.mention_id FROM event_links l LEFT JOIN event_mentions m USING (mention_id) "
            "WHERE m.mention_id IS NULL OR m.article_id IN (SELECT article_id FROM _rc_ids)")
    finally:
        con.unregister("_rc_ids")
    types = sorted({m["type"] for m in new})
    countries = sorted({c for m in new for c in (m["source_country"], m["target_country"]) if c})
    stale_events = sorted({r["event_id"] for r in stale})
    stale_mentions = {r["mention_id"] for r in stale}
    # the existing events in the blocks the new mentions fall in, plus those losing mentions
    existing: list[dict[str, Any]] = []
    if (types and countries) or stale_events:
        _register(con, "_rc_types", "type", types)
        _register(con, "_rc_c", "country", countries)
        _register(con, "_rc_ev", "event_id", stale_events)
        try:
            ev_ids = [r[0] for r in con.execute(
                "SELECT event_id FROM events WHERE (type IN (SELECT type FROM _rc_types) AND "
                "(source_country IN (SELECT country FROM _rc_c) OR target_country IN (SELECT country FROM _rc_c))) "
                "OR event_id IN (SELECT event_id FROM _rc_ev)").fetchall()]
        finally:
            for t in ("_rc_types", "_rc_c", "_rc_ev"):
                con.unregister(t)
        if ev_ids:
            _register(con, "_rc_e", "event_id", ev_ids)
            try:
                existing = store.query(
                    "SELECT l.event_id AS _event_id, q.* FROM event_links l JOIN (" +
                    _mention_sql(store, "TRUE") + ") q USING (mention_id) WHERE l.event_id IN (SELECT event_id FROM _rc_e)")
            finally:
                con.unregister("_rc_e")
    clusters: dict[str, Cluster] = {}
    for m in existing:
        eid = m.pop("_event_id")
        clusters.setdefault(eid, Cluster(eid)).add(m)
    merger = Merger(clusters.values())
    merger.remove_mentions(stale_mentions | {m["mention_id"] for m in new})
    for eid in stale_events:
        merger.touched.add(eid)
    for m in new:
        merger.add(m)
    merger.consolidate()
    touched = sorted(merger.touched)
    updated = now()
    rows = [merged_event(merger.clusters[e], updated=updated) for e in touched if e in merger.clusters and merger.clusters[e].mentions]
    keep_links = [(e, m["mention_id"]) for e in touched if e in merger.clusters for m in merger.clusters[e].mentions]
    with store.transaction() as tx:
        _register(tx, "_rc_t", "event_id", touched)
        try:
            tx.execute("DELETE FROM event_links WHERE event_id IN (SELECT event_id FROM _rc_t)")
            tx.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM _rc_t)")
        finally:
            tx.unregister("_rc_t")
        if stale_mentions:
            _register(tx, "_rc_sm", "mention_id", sorted(stale_mentions))
            try:
                tx.execute("DELETE FROM event_links WHERE mention_id IN (SELECT mention_id FROM _rc_sm)")
            finally:
                tx.unregister("_rc_sm")
        if rows:
            table = pa.Table.from_pylist(rows)
            tx.register("_rc_rows", table)
            try:
                cols = ", ".join(EVENT_COLUMNS)
                tx.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _rc_rows")
            finally:
                tx.unregister("_rc_rows")
        if keep_links:
            tx.register("_rc_links", pa.table({"event_id": [e for e, _ in keep_links], "mention_id": [m for _, m in keep_links]}))
            try:
                tx.execute("INSERT OR REPLACE INTO event_links (event_id, mention_id) SELECT event_id, mention_id FROM _rc_links")
            finally:
                tx.unregister("_rc_links")
        _recount_sources(store, tx)
        store.mark_done(tx, NAME, VERSION, article_ids)
    return {"mentions": len(new), "events_touched": len(rows)}


def _recount_sources(store: Any, con: Any) -> None:
    """Independent sources per event from the current source groups (dedup may have regrouped)."""
    if not _has(store, "duplicates"):
        return
    con.execute(
        "UPDATE events SET n_sources = s.n FROM ("
        " SELECT l.event_id, count(DISTINCT coalesce(d.source_group, 'g' || m.article_id)) AS n"
        " FROM event_links l JOIN event_mentions m USING (mention_id) LEFT JOIN duplicates d ON d.article_id = m.article_id"
        " GROUP BY l.event_id) s WHERE events.event_id = s.event_id AND events.n_sources <> s.n")


def run(store: Any, progress: Progress) -> StageReport:
    report = StageReport(stage=NAME)
    if "event_mentions" not in store.table_names():
        report.notes["skipped"] = "no event mentions"
        return report
    ids = store.pending(NAME, VERSION, requires="events")
    if not ids:
        return report
    progress.start("reconcile", len(ids))
    total = {"mentions": 0, "events_touched": 0}
    step = 2000
    for i in range(0, len(ids), step):
        got = reconcile(store, ids[i:i + step])
        for k in total:
            total[k] += got[k]
        progress.advance(len(ids[i:i + step]))
    progress.finish()
    report.processed = len(ids)
    report.notes.update(total)
    report.notes["events"] = store.scalar("SELECT count(*) FROM events")
    return report


STAGE = Stage(name=NAME, version=VERSION, requires=("events", "dedup"), run=run,
              description="merge event mentions across articles into events with honest source counts",
              writes=("events", "event_links"))
