"""The 'reconcile' stage: merge event mentions into events, incrementally.

New (or re-coded) articles' mentions are matched against the existing events that can hold a match
(``merge.lookup_ranges``: same type and country, dates that meet, undated plans and undated reports
of the same news cycle), found by one set-based query over the stored mentions, not by loading every
event of a dyad; only the events they touch are recomputed and rewritten. Source counts are recounted
for every event once at the end of the run because the dedup stage may have regrouped articles
since an event was last written.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from ..events.stage import MENTION_COLUMNS
from ..pipeline import Progress, Stage, StageReport
from ..runtime import fork_map, settings, start_method
from ..store import now, registered
from .merge import Cluster, Merger, lookup_ranges, mention_extra, merged_event

__all__ = ["STAGE", "NAME", "VERSION", "run", "reconcile"]

NAME = "reconcile"
# 9 (session 11): a weapons show of force (MOBILIZE mode weapons: a missile test, a drill) makes an event with no target
# 8: the merged event keeps the printed form (place_text) of the mention whose place it keeps
# 7: a one-sided pledge (extra.one_sided: "China committed to buying ...") never joins an AGREE the other way
# 6: what a threat threatens (cue threatened) and a negated intent (extra.intent: "would not send troops") make
# no event; nor does a mention without a target country unless ACCUSE/PROTEST/SANCTION (TARGETLESS_TYPES)
# 5: the condition of an if-clause (a hypothetical mention with cue if/unless) makes no event
# 4: two-sided types need both sides (since 6: every type but TARGETLESS_TYPES); 3: a merged event keeps the best-supported specific place
# 10 (session 13): a merged event's month or year narrows to the day other reports infer inside it (dates13)
VERSION = "10"
PARALLEL_MIN = 2000  # mentions (new and stored) from which the event types are merged on forked workers
CHUNK = 5000  # articles per transaction (fewer chunks: fewer rebuilds of the events several chunks touch)

EVENT_COLUMNS = (
    "event_id",
    "type",
    "mode",
    "source_name",
    "source_country",
    "source_sector",
    "source_role",
    "source_actor_id",
    "target_name",
    "target_country",
    "target_sector",
    "target_role",
    "target_actor_id",
    "status",
    "status_history",
    "date_value",
    "date_precision",
    "date_from",
    "date_to",
    "place_name",
    "place_country",
    "place_admin1",
    "place_lat",
    "place_lon",
    "place_geonameid",
    "place_text",
    "issues",
    "background",
    "attribution",
    "confidence",
    "cameo",
    "goldstein",
    "quad_class",
    "n_mentions",
    "n_articles",
    "n_sources",
    "first_reported",
    "conflicts",
    "block_key",
    "updated_at",
)

# What merging and the merged record read of a mention: all its columns but its sentence text, spans
# and coder notes (the `extra` column stays: the coder's modal cue, an if-clause's condition, makes no event).
_MENTION_COLUMNS = tuple(
    c
    for c in MENTION_COLUMNS
    if c
    not in {"start_char", "end_char", "sentence_text", "trigger_text", "trigger_end", "implied", "coder", "created_at"}
)


def _has(store: Any, table: str) -> bool:
    return table in store.table_names()


def _mention_sql(store: Any, where: str) -> str:
    group = "d.source_group" if _has(store, "duplicates") else "NULL"
    join = "LEFT JOIN duplicates d ON d.article_id = m.article_id" if _has(store, "duplicates") else ""
    cols = ", ".join(f"m.{c}" for c in _MENTION_COLUMNS)
    return (
        f"SELECT {cols}, a.published_date, a.outlet, {group} AS source_group "
        f"FROM event_mentions m JOIN articles a ON a.article_id = m.article_id {join} WHERE {where} "
        "ORDER BY a.published_date NULLS LAST, m.article_id, m.sentence, m.trigger_start"
    )


# Talks, agreements, support, requests, rejections and cooperation happen between two sides: a mention of one
# of these whose other side has no country stays a mention but makes no event (on dev-world 52 of 62 such
# events matched nothing). Since version 6 the same holds for every type but the ones below.
# An act with nobody at its other end makes an event only when its type stands without one: a statement
# aimed at a thing as much as at a state ("China condemned the pact", ACCUSE), a demonstration (PROTEST),
# an export control or embargo on no named state ("China will restrict exports of gallium", SANCTION). An
# attack, a threat, a concession or a withdrawal whose target has no country is a domestic act or a misread
# party ("signed an executive order declaring a national emergency", "a Ukraine International Airlines jet
# crashed"): on dev-world and realdev 19 of 19 such events matched nothing. Such a mention makes no event
# and joins none, as a two-sided type without its second side: whether it merged would otherwise depend on
# which articles a run happened to hold, and an updated store must equal a fresh run.
TARGETLESS_TYPES = frozenset({"ACCUSE", "PROTEST", "SANCTION"})
# A show of force with weapons (a missile test or launch, a drill) stands without a target too: "North Korea's
# first ballistic missile test since October 22" is PRK -> `*` (CAMEO 15 names no target for it)
TARGETLESS_MODES = frozenset({("MOBILIZE", "weapons")})


# The cues of a condition ("if Iran struck Americans", "unless Beijing withdrew its tariff"). A stated
# possibility or intent ("is considering sending aid", "is willing to provide", "may have launched
# attacks") is not a condition: it stays an event, as CAMEO codes it.
CONDITION_CUES = frozenset({"if", "unless"})
# The act a threat threatens is what is threatened, not an act: "has threatened to impose tariffs on another
# $325bn of goods" is one THREATEN event (the verb's own mention); the tariffs are its content.
THREAT_CUES = frozenset({"threaten", "threatens", "threatened", "threatening"})


def _cue(m: dict[str, Any]) -> str | None:
    """The modal cue the coder recorded for mention ``m`` (``extra.cue``), if any."""
    return mention_extra(m).get("cue")


def makes_event(m: dict[str, Any]) -> bool:
    """Whether mention ``m`` can make an event: it has a target country, or its type needs none
    (TARGETLESS_TYPES); never the condition of an if-clause or what a threat threatens. "If India takes any action, we will retaliate": the condition is
    no act that took place, and the act made now, the threat, is its own mention."""
    if m.get("status") == "hypothetical" and (_cue(m) in CONDITION_CUES or _cue(m) in THREAT_CUES):
        return False
    if m.get("status") == "negated" and mention_extra(m).get("intent"):
        return False  # "would not fire the first shot": an intent, not an act that did not take place
    return (
        bool(m.get("target_country")) or m["type"] in TARGETLESS_TYPES or (m["type"], m.get("mode")) in TARGETLESS_MODES
    )


def _rows(con: Any, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _register(con: Any, name: str, col: str, values: Sequence[str]) -> None:
    con.register(name, pa.table({col: pa.array(list(values), type=pa.string())}))


def _merge_ranges(ranges: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Overlapping (or nearly adjacent) ranges of one key fused: fewer rows for the prefilter join."""
    by: dict[tuple[Any, ...], list[tuple[Any, Any]]] = {}
    for r in ranges:
        by.setdefault(r[:-2], []).append((r[-2], r[-1]))
    out = []
    for key, spans in by.items():
        spans.sort()
        lo, hi = spans[0]
        for a, b in spans[1:]:
            if (a - hi).days <= 7:
                hi = max(hi, b)
            else:
                out.append((*key, lo, hi))
                lo, hi = a, b
        out.append((*key, lo, hi))
    return out


# Stored mentions with their event, their block countries ('*' for none) and publication date.
_LINKED = """
    SELECT l.event_id, m.type, m.status, m.date_from, m.date_to, a.published_date AS pub,
           coalesce(m.source_country, CASE WHEN m.target_country IS NULL THEN '*' END) AS sc, m.target_country AS tc,
           m.source_actor_id AS sa, coalesce(m.source_country, '') AS sac,
           m.target_actor_id AS ta, coalesce(m.target_country, '') AS tac
    FROM event_links l JOIN event_mentions m USING (mention_id) JOIN articles a ON a.article_id = m.article_id
"""


def _candidate_events(con: Any, mentions: list[dict[str, Any]]) -> set[str]:
    """Stored events holding a mention that ``Merger.candidates`` could return for one of ``mentions``."""
    ranges = _merge_ranges([r for m in mentions for r in lookup_ranges(m)])
    dated = [r[1:] for r in ranges if r[0] == "dated"]
    plans = [r[1:] for r in ranges if r[0] == "plan"]
    actors = [(r[1], r[2], r[3] or "", r[4], r[5]) for r in ranges if r[0] == "actor"]
    if not (dated or plans or actors):
        return set()

    def table(rows: list[tuple[Any, ...]], names: tuple[str, ...], types: tuple[pa.DataType, ...]) -> pa.Table:
        return pa.table({n: pa.array([r[i] for r in rows], type=t) for i, (n, t) in enumerate(zip(names, types))})

    s, d = pa.string(), pa.date32()
    con.register("_rc_wd", table(dated, ("type", "country", "lo", "hi"), (s, s, d, d)))
    con.register("_rc_wp", table(plans, ("type", "country", "lo", "hi"), (s, s, d, d)))
    con.register("_rc_wa", table(actors, ("type", "actor", "country", "lo", "hi"), (s, s, s, d, d)))
    try:
        sql = f"""
        WITH lm AS ({_LINKED}),
        dated AS (SELECT * FROM lm WHERE date_from IS NOT NULL AND date_to IS NOT NULL),
        undated AS (SELECT * FROM lm WHERE date_from IS NULL OR date_to IS NULL)
        SELECT x.event_id FROM dated x JOIN _rc_wd w ON x.type = w.type AND x.sc = w.country
            WHERE x.date_from <= w.hi AND x.date_to >= w.lo
        UNION SELECT x.event_id FROM dated x JOIN _rc_wd w ON x.type = w.type AND x.tc = w.country
            WHERE x.date_from <= w.hi AND x.date_to >= w.lo
        UNION SELECT x.event_id FROM undated x JOIN _rc_wp w ON x.type = w.type AND x.sc = w.country
            WHERE x.status IN ('planned', 'proposed', 'hypothetical') AND x.pub BETWEEN w.lo AND w.hi
        UNION SELECT x.event_id FROM undated x JOIN _rc_wp w ON x.type = w.type AND x.tc = w.country
            WHERE x.status IN ('planned', 'proposed', 'hypothetical') AND x.pub BETWEEN w.lo AND w.hi
        UNION SELECT x.event_id FROM undated x JOIN _rc_wa w ON x.type = w.type AND x.sa = w.actor AND x.sac = w.country
            WHERE x.pub BETWEEN w.lo AND w.hi
        UNION SELECT x.event_id FROM undated x JOIN _rc_wa w ON x.type = w.type AND x.ta = w.actor AND x.tac = w.country
            WHERE x.pub BETWEEN w.lo AND w.hi
        """
        return {r[0] for r in con.execute(sql).fetchall()}
    finally:
        for t in ("_rc_wd", "_rc_wp", "_rc_wa"):
            con.unregister(t)


def _event_mentions(store: Any, event_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Every mention of ``event_ids``, with its event id as ``_event_id``."""
    if not event_ids:
        return []
    con = store.con
    _register(con, "_rc_e", "event_id", event_ids)
    try:
        return _rows(
            con,
            "SELECT l.event_id AS _event_id, q.* FROM event_links l JOIN ("
            + _mention_sql(store, "TRUE")
            + ") q USING (mention_id) WHERE l.event_id IN (SELECT event_id FROM _rc_e) "
            "ORDER BY q.published_date NULLS LAST, q.article_id, q.sentence, q.trigger_start",
        )
    finally:
        con.unregister("_rc_e")


# Merged events of one group: the events the group touched, and for each of them its event row (None when it has
# no mention left) and its mention ids (empty when it is gone).
Merged = tuple[set[str], dict[str, tuple[dict[str, Any] | None, list[str]]]]


def merge_group(
    clusters: Sequence[Cluster],
    new: Sequence[dict[str, Any]],
    removed: set[str],
    stale: set[str],
    updated: Any,
) -> Merged:
    """Merge ``new`` mentions (in order) into the stored events ``clusters``, after dropping the ``removed``
    mentions; the touched events (and the ``stale`` ones among ``clusters``) with their rows and links."""
    merger = Merger(clusters)
    merger.remove_mentions(removed)
    merger.touched |= stale & merger.clusters.keys()
    for m in new:
        merger.add(m)
    merger.consolidate()
    out: dict[str, tuple[dict[str, Any] | None, list[str]]] = {}
    for e in sorted(merger.touched):
        c = merger.clusters.get(e)
        if c is None:
            out[e] = (None, [])
        else:
            ms = c.mentions
            out[e] = (merged_event(c, updated=updated) if ms else None, [m["mention_id"] for m in ms])
    return merger.touched, out


def type_groups(
    clusters: Sequence[Cluster], new: Sequence[dict[str, Any]]
) -> list[tuple[list[Cluster], list[dict[str, Any]]]]:
    """``clusters`` and ``new`` split by event type, each part in its given order, largest part first.

    Mentions of two types are never compatible (``_compatible`` tests the type first; every cell of the block
    index and every rejected-signature set is of one type; consolidation merges events of one type only), so
    each type's events grow exactly as in one merger over all types. One group holds everything when a stored
    event mixes types (no merger makes one). A finer split (negated mentions apart) changed events in
    tests/test_speed23.py's made-up cases while an emptied event kept its cells (session 23); emptied events
    now leave the index (``Merger.remove_mentions``), and the finer split has not been tried again."""
    by: dict[str, tuple[list[Cluster], list[dict[str, Any]]]] = {}
    for c in clusters:
        types = {m["type"] for m in c.mentions}
        if len(types) != 1:
            return [(list(clusters), list(new))]
        by.setdefault(types.pop(), ([], []))[0].append(c)
    for m in new:
        by.setdefault(m["type"], ([], []))[1].append(m)
    groups = list(by.values())
    # largest first: the pool hands the next group to whichever worker is free
    groups.sort(key=lambda g: -(sum(len(c.mentions) for c in g[0]) + len(g[1])))
    return groups


_GROUPS: list[tuple[list[Cluster], list[dict[str, Any]]]] = []
_GROUP_ARGS: tuple[set[str], set[str], Any] = (set(), set(), None)


def _merge_nth(k: int) -> Merged:
    """What a forked worker runs: group ``k`` of ``_GROUPS`` (inherited from the parent, not pickled)."""
    removed, stale, updated = _GROUP_ARGS
    clusters, new = _GROUPS[k]
    return merge_group(clusters, new, removed, stale, updated)


def _warm() -> None:
    """Load the place features ``merged_event`` reads before forking, so each worker does not load them again."""
    from ..places import feature_of

    feature_of(0)


def merge_groups(
    clusters: Sequence[Cluster],
    new: Sequence[dict[str, Any]],
    removed: set[str],
    stale: set[str],
    updated: Any,
) -> list[Merged]:
    """``merge_group`` over every event type: one group per type on ``settings().workers`` forked
    processes when there are at least ``PARALLEL_MIN`` mentions, else one group in this process
    (the same events: see ``type_groups``)."""
    n = len(new) + sum(len(c.mentions) for c in clusters)
    workers = min(settings().workers, os.cpu_count() or 1)
    if workers < 2 or not settings().parallel(n, PARALLEL_MIN) or start_method() != "fork":
        return [merge_group(clusters, new, removed, stale, updated)]
    groups = type_groups(clusters, new)
    if len(groups) < 2:
        return [merge_group(clusters, new, removed, stale, updated)]
    global _GROUPS, _GROUP_ARGS
    _warm()
    _GROUPS, _GROUP_ARGS = groups, (removed, stale, updated)
    # the workers' cyclic collector would walk (and copy, page by page) every object inherited from this process
    gc.freeze()
    try:
        return fork_map(_merge_nth, range(len(groups)), processes=min(workers, len(groups)))
    finally:
        gc.unfreeze()
        _GROUPS, _GROUP_ARGS = [], (set(), set(), None)


def reconcile(store: Any, article_ids: Sequence[str], *, recount: bool = True) -> dict[str, int]:
    """Merge the mentions of ``article_ids`` into events; return counts."""
    con = store.con
    _register(con, "_rc_ids", "article_id", article_ids)
    try:
        new = [
            m
            for m in _rows(con, _mention_sql(store, "m.article_id IN (SELECT article_id FROM _rc_ids)"))
            if makes_event(m)
        ]
        # links to mentions that no longer exist (re-coded articles) or that are about to be re-linked
        stale = con.execute(
            "SELECT l.event_id, l.mention_id FROM event_links l LEFT JOIN event_mentions m USING (mention_id) "
            "WHERE m.mention_id IS NULL OR m.article_id IN (SELECT article_id FROM _rc_ids)"
        ).fetchall()
    finally:
        con.unregister("_rc_ids")
    stale_events = sorted({e for e, _ in stale})
    stale_mentions = {m for _, m in stale}
    new_ids = {m["mention_id"] for m in new}
    # events losing mentions first: what they keep may now merge with a neighbour, so it is looked up too
    existing = _event_mentions(store, stale_events)
    gone = stale_mentions | new_ids
    # no stored event (a fresh store's first chunk): nothing to look up, and no ranges to compute
    linked = con.execute("SELECT 1 FROM event_links LIMIT 1").fetchone() is not None
    found = (
        _candidate_events(con, new + [m for m in existing if m["mention_id"] not in gone]) - set(stale_events)
        if linked
        else set()
    )
    existing += _event_mentions(store, sorted(found))
    clusters: dict[str, Cluster] = {}
    for m in existing:
        eid = m.pop("_event_id")
        clusters.setdefault(eid, Cluster(eid)).add(m)
    updated = now()
    merged = merge_groups(list(clusters.values()), new, stale_mentions | new_ids, set(stale_events), updated)
    touched = sorted(set(stale_events).union(*(g[0] for g in merged)))
    done: dict[str, tuple[dict[str, Any] | None, list[str]]] = {}
    for _, out in merged:
        done.update(out)
    rows = [r for e in touched if (r := done.get(e, (None, []))[0]) is not None]
    keep_links = [(e, m) for e in touched for m in done.get(e, (None, []))[1]]
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
            with registered(tx, "_rc_rows", table):
                cols = ", ".join(EVENT_COLUMNS)
                tx.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _rc_rows")
        if keep_links:
            with registered(
                tx,
                "_rc_links",
                pa.table({"event_id": [e for e, _ in keep_links], "mention_id": [m for _, m in keep_links]}),
            ):
                tx.execute(
                    "INSERT OR REPLACE INTO event_links (event_id, mention_id) SELECT event_id, mention_id FROM _rc_links"
                )
        if recount:
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
        " GROUP BY l.event_id) s WHERE events.event_id = s.event_id AND events.n_sources <> s.n"
    )


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
    size = settings().batch_size(NAME, CHUNK)
    for i in range(0, len(ids), size):
        # source groups are recounted once, with the last chunk (each chunk's own events are counted as written)
        got = reconcile(store, ids[i : i + size], recount=i + size >= len(ids))
        for k in total:
            total[k] += got[k]
        progress.advance(len(ids[i : i + size]))
    progress.finish()
    report.processed = len(ids)
    report.notes.update(total)
    report.notes["events"] = store.scalar("SELECT count(*) FROM events")
    return report


STAGE = Stage(
    name=NAME,
    version=VERSION,
    requires=("events",),
    run=run,
    description="merge event mentions across articles into events with honest source counts",
    writes=("events", "event_links"),
    reads=("articles", "event_mentions", "duplicates"),
    scope="store",
)
