"""What the web server reads and writes: one process owns the store, readers and one writer share it.

DuckDB lets one process write a file, so ``tidings serve`` is that process: it opens the store once,
answers reads on per-thread cursors of that one database (DuckDB's MVCC gives every read a committed
snapshot while a write transaction is open) and runs write jobs (uploaded articles, a pipeline run)
one at a time on a single job thread. Nobody in the server ever waits on a file lock, and what a
job commits is visible to the next request. Field names are the exports' (``tidings.outputs``).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import queue
import tempfile
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from ..api import Tidings
from ..api import open as open_store
from ..errors import TidingsError
from ..outputs.events_export import _fmt_date, _json, _location, _party, mention_record
from ..outputs.export import ARTICLE_COLUMNS, STORIES_SQL
from .search import QueryTimeout, SearchIndex, snippet_parts

__all__ = ["Backend", "EventFilter", "QueryTimeout", "BadRequest", "NotFound"]

MAX_PAGE = 200
_FAR = dt.date(9999, 12, 31)
_NEAR = dt.date(1, 1, 1)


class BadRequest(ValueError):
    """A parameter the server refuses (shown to the user as a 400 with this message)."""


class NotFound(LookupError):
    """No such record (a 404)."""


def encode_cursor(key: list[Any]) -> str:
    raw = json.dumps([v.isoformat() if isinstance(v, dt.date) else v for v in key], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, n: int) -> list[Any] | None:
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except ValueError:
        raise BadRequest("cursor is not one this server gave out") from None
    if (
        not isinstance(key, list)
        or len(key) != n
        or not all(isinstance(v, (str, int, float)) or v is None for v in key)
    ):
        raise BadRequest("cursor is not one this server gave out")
    return key


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name} must be a date like 2024-04-03, not {value[:40]!r}") from None


class EventFilter:
    """The event filters of the timeline, the event list and the dashboard, as SQL."""

    FIELDS = (
        "dyad",
        "actor",
        "type",
        "status",
        "date_from",
        "date_to",
        "issue",
        "min_sources",
        "min_confidence",
        "background",
    )

    def __init__(
        self,
        *,
        dyad: str | None = None,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002
        status: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        issue: str | None = None,
        min_sources: int | None = None,
        min_confidence: float | None = None,
        background: bool | None = None,
    ) -> None:
        for name, v in (("dyad", dyad), ("actor", actor), ("type", type), ("status", status), ("issue", issue)):
            if v is not None and len(v) > 120:
                raise BadRequest(f"{name} is limited to 120 characters")
        self.background = background
        self.dyad = (dyad or "").strip().upper() or None
        self.actor = (actor or "").strip() or None
        self.type = (type or "").strip().upper() or None
        self.status = (status or "").strip().lower() or None
        self.date_from, self.date_to = _date(date_from, "date_from"), _date(date_to, "date_to")
        self.issue = (issue or "").strip() or None
        self.min_sources = min_sources
        self.min_confidence = min_confidence
        if self.dyad:
            parts = [p for p in self.dyad.replace("/", "-").split("-") if p]
            if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
                raise BadRequest(f"dyad wants two ISO alpha-3 codes like USA-CHN, not {self.dyad[:40]!r}")
            self._pair = parts

    def params(self) -> dict[str, Any]:
        """The filters as they were given (for links and the JSON twin)."""
        return {
            k: (v.isoformat() if isinstance(v, dt.date) else v)
            for k in self.FIELDS
            if (v := getattr(self, k)) not in (None, "")
        }

    def sql(self, alias: str = "e") -> tuple[str, list[Any]]:
        w: list[str] = ["TRUE"]
        p: list[Any] = []
        if self.dyad:
            a, b = self._pair
            w.append(
                f"(({alias}.source_country = ? AND {alias}.target_country = ?) OR "
                f"({alias}.source_country = ? AND {alias}.target_country = ?))"
            )
            p += [a, b, b, a]
        if self.actor:
            if len(self.actor) == 3 and self.actor.isalpha():
                w.append(f"({alias}.source_country = ? OR {alias}.target_country = ?)")
                p += [self.actor.upper()] * 2
            else:
                w.append(f"({alias}.source_actor_id = ? OR {alias}.target_actor_id = ?)")
                p += [self.actor] * 2
        if self.type:
            w.append(f"{alias}.type = ?")
            p.append(self.type)
        if self.status:  # one status or several, comma-separated
            statuses = [x.strip() for x in self.status.split(",") if x.strip()]
            w.append(f"{alias}.status IN ({', '.join('?' * len(statuses))})")
            p += statuses
        # A date range keeps the events whose own dates overlap it; undated events are left out.
        if self.date_from:
            w.append(f"{alias}.date_to >= ?")
            p.append(self.date_from)
        if self.date_to:
            w.append(f"{alias}.date_from <= ?")
            p.append(self.date_to)
        if self.issue:
            w.append(f"list_contains(from_json({alias}.issues, '[\"VARCHAR\"]'), ?)")
            p.append(self.issue)
        if self.min_sources is not None:
            w.append(f"{alias}.n_sources >= ?")
            p.append(int(self.min_sources))
        if self.min_confidence is not None:
            w.append(f"{alias}.confidence >= ?")
            p.append(float(self.min_confidence))
        if self.background is not None:
            w.append(f"{alias}.background = ?")
            p.append(bool(self.background))
        return " AND ".join(w), p


class Backend:
    """The server's store: reads on per-thread cursors with a time limit, writes on one job thread."""

    def __init__(self, db: str | Path, *, query_timeout: float = 10.0, writable: bool = False) -> None:
        self.db = str(db)
        if not Path(self.db).is_file():
            raise TidingsError(f"no store at {self.db} (run `tidings demo` or `tidings run` first)")
        self.tidings: Tidings = open_store(self.db, create=False)
        self.store = self.tidings.store
        self.query_timeout = query_timeout
        self.writable = writable
        self._root = self.store.con.cursor()  # readers' connections are made from this one, not the writer's
        self._root_lock = threading.Lock()
        self._local = threading.local()
        self._tables = set(self.store.table_names())
        # The store changes only through this server's jobs: aggregates are cached per generation, and a job
        # recomputes the ones readers asked for before it publishes the next generation (refresh()).
        self._gen_cache: tuple[int, dict[str, Any]] = (0, {})
        self._asked: OrderedDict[str, Callable[[], Any]] = OrderedDict()
        self._asked_lock = threading.Lock()
        self.writing = False  # a job is writing: results computed now are not cached (the store is half-written)
        self.search_index = SearchIndex(self.db + ".search.sqlite")
        self.sync_search()
        self._evidence_map = self._all_evidence(self.store.con)
        self.jobs = JobRunner(self)

    # -- reading --------------------------------------------------------------------------------
    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = getattr(self._local, "cur", None)
        if cur is None:
            with self._root_lock:
                cur = self._root.cursor()
            cur.execute("USE store")
            self._local.cur = cur
        return cur

    def rows(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        """Run one read with the query time limit (DuckDB's interrupt() from a timer)."""
        cur = self._cursor()
        timer = threading.Timer(self.query_timeout, cur.interrupt)
        timer.start()
        try:
            res = cur.execute(sql, params or [])
            cols = [d[0] for d in res.description] if res.description else []
            return [dict(zip(cols, r)) for r in res.fetchall()]
        except duckdb.InterruptException:
            raise QueryTimeout(f"query took longer than {self.query_timeout:g} s") from None
        finally:
            timer.cancel()

    def one(self, sql: str, params: Any = None) -> dict[str, Any] | None:
        r = self.rows(sql, params)
        return r[0] if r else None

    WARM_MAX = 32  # results a write job recomputes (the most recently asked); others are computed when asked
    CACHE_MAX = 256  # results cached per generation

    @property
    def generation(self) -> int:
        return self._gen_cache[0]

    def cached(self, key: str, fn: Callable[[], Any]) -> Any:
        """``fn()`` computed once per store generation. A write job computes the next generation's results
        of what readers asked for before publishing it (refresh), so the first request after a write is
        answered from the cache too."""
        building = getattr(self._local, "building", None)
        if building is not None:  # refresh() on this thread: results of the new generation, computed once
            if key not in building:
                building[key] = fn()
            return building[key]
        with self._asked_lock:
            self._asked[key] = fn
            self._asked.move_to_end(key)
            while len(self._asked) > self.CACHE_MAX:
                self._asked.popitem(last=False)
        gen, cache = self._gen_cache
        if key in cache:
            return cache[key]
        value = fn()
        if not self.writing and self._gen_cache[0] == gen and len(cache) < self.CACHE_MAX:
            cache[key] = value
        return value

    def refresh(self) -> dict[str, Any]:
        """After a write has committed, on the writer's thread: compute the results readers asked for most
        recently (up to WARM_MAX) on the new store, then publish them as the next generation at once.
        Until then readers get the previous generation's results (the store as it was before the job);
        from then on the new ones, each equal to a computation on the current store."""
        with self._asked_lock:
            recent = list(self._asked.items())[-self.WARM_MAX :][::-1]
        t0 = time.perf_counter()
        self._local.building = building = {}
        try:
            for key, fn in recent:
                if key not in building:
                    try:
                        building[key] = fn()
                    except Exception:  # noqa: BLE001 - computed when next asked (and its error shown then)
                        building.pop(key, None)
        finally:
            del self._local.building
        self._gen_cache = (self._gen_cache[0] + 1, building)
        return {"results": len(building), "seconds": round(time.perf_counter() - t0, 2)}

    def bump(self) -> None:
        """A new generation with nothing cached."""
        self._gen_cache = (self._gen_cache[0] + 1, {})

    def tables(self) -> list[str]:
        return sorted(self._tables)

    def counts(self) -> dict[str, int]:
        return self.cached("counts", self._counts)

    def _counts(self) -> dict[str, int]:
        r = self.one(
            "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM stories) AS stories, "
            "(SELECT count(*) FROM events) AS events, (SELECT count(*) FROM actors) AS actors"
        )
        return {k: int(v) for k, v in (r or {}).items()}

    # -- analyst outputs (tidings.analysis) ------------------------------------------------------
    def analysis(self, name: str, **kw: Any) -> dict[str, Any]:
        """brief, index, channels or upcoming of tidings.analysis on this thread's cursor, with the query
        time limit; cached per store generation (they aggregate over the whole dyad)."""
        from .. import analysis

        fns: dict[str, Any] = {
            "brief": analysis.brief,
            "index": analysis.index,
            "channels": analysis.channels,
            "upcoming": analysis.upcoming,
        }
        fn = fns[name]

        def run() -> dict[str, Any]:
            cur = self._cursor()
            timer = threading.Timer(self.query_timeout, cur.interrupt)
            timer.start()
            try:
                return fn(cur, **kw)
            except duckdb.InterruptException:
                raise QueryTimeout(f"{name} took longer than {self.query_timeout:g} s") from None
            except TidingsError as exc:
                raise BadRequest(str(exc)) from None
            finally:
                timer.cancel()

        return self.cached(name + json.dumps(kw, sort_keys=True, default=str), run)

    # -- search index ---------------------------------------------------------------------------
    def sync_search(self) -> int:
        """Index the articles the search index lacks (at start and after every job)."""
        con = self.store.con  # called from __init__ or the job thread, the writer's own thread

        def ids() -> list[str]:
            return [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]

        def fetch(batch: list[str]) -> list[tuple]:
            return con.execute(
                "SELECT article_id, title, outlet, text FROM articles "
                "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                [batch],
            ).fetchall()

        if self.search_index.count() == (con.execute("SELECT count(*) FROM articles").fetchone() or (0,))[0]:
            return 0
        return self.search_index.sync(ids, fetch)

    # -- events ---------------------------------------------------------------------------------
    def dyads(self, limit: int = 30) -> list[dict[str, Any]]:
        return self.cached(f"dyads{limit}", lambda: self._dyads(limit))

    def _dyads(self, limit: int) -> list[dict[str, Any]]:
        return self.rows(
            "SELECT least(source_country, target_country) || '-' || greatest(source_country, target_country) AS dyad, "
            "count(*) AS n_events FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
            "AND source_country <> target_country GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
            [limit],
        )

    def facets(self) -> dict[str, list[str]]:
        """Values the timeline's pickers offer: event types, statuses, issues."""
        return self.cached("facets", self._facets)

    def _facets(self) -> dict[str, list[str]]:
        types = [r["type"] for r in self.rows("SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY 1")]
        statuses = [
            r["status"] for r in self.rows("SELECT DISTINCT status FROM events WHERE status IS NOT NULL ORDER BY 1")
        ]
        issues = [
            r["i"]
            for r in self.rows(
                "SELECT DISTINCT unnest(from_json(issues, '[\"VARCHAR\"]')) AS i FROM events WHERE issues IS NOT NULL ORDER BY 1"
            )
        ]
        return {"types": types, "statuses": statuses, "issues": issues}

    def _event_page(
        self, f: EventFilter, *, cursor: str | None, limit: int, desc: bool, columns: str = "e.*"
    ) -> tuple[list[dict[str, Any]], str | None]:
        limit = _page_size(limit)
        where, params = f.sql("e")
        key = decode_cursor(cursor, 2)
        # Undated events come last in either order.
        kexpr = f"coalesce(e.date_from, DATE '{(_NEAR if desc else _FAR).isoformat()}')"
        if key:
            op = "<" if desc else ">"
            where += f" AND ({kexpr} {op} ?::DATE OR ({kexpr} = ?::DATE AND e.event_id {op} ?))"
            params += [key[0], key[0], key[1]]
        order = "DESC" if desc else "ASC"
        # The page's ids first, then their columns: DuckDB's top-N sort carries every selected column of
        # every matching row, so sorting a dyad of 400,000 events with all columns cost 6x the ids alone.
        keys = self.rows(
            f"SELECT e.event_id, {kexpr} AS _k FROM events e WHERE {where} "
            f"ORDER BY _k {order}, e.event_id {order} LIMIT ?",
            [*params, limit + 1],
        )
        nxt = encode_cursor([keys[limit - 1]["_k"], keys[limit - 1]["event_id"]]) if len(keys) > limit else None
        keys = keys[:limit]
        if not keys:
            return [], nxt
        ids = [k["event_id"] for k in keys]
        by_id = {
            r["event_id"]: r
            for r in self.rows(
                f"SELECT {columns} FROM events e WHERE e.event_id IN ({', '.join('?' * len(ids))})",  # a list: pushed down
                ids,
            )
        }
        return [{**by_id[k["event_id"]], "_k": k["_k"]} for k in keys if k["event_id"] in by_id], nxt

    def events(
        self, f: EventFilter, *, cursor: str | None = None, limit: int = 50, desc: bool = False
    ) -> dict[str, Any]:
        """Events as the events export writes them (without the mentions), one page."""
        rows, nxt = self._event_page(f, cursor=cursor, limit=limit, desc=desc)
        return {"filters": f.params(), "items": [event_record(e) for e in rows], "next_cursor": nxt}

    def timeline(
        self, f: EventFilter, *, cursor: str | None = None, limit: int = 50, desc: bool = False
    ) -> dict[str, Any]:
        """Timeline rows (tidings.outputs.timeline.Row's fields) with their best evidence sentence."""
        from ..outputs.timeline import _fmt, _label

        rows, nxt = self._event_page(f, cursor=cursor, limit=limit, desc=desc, columns=_TIMELINE_COLUMNS)
        ev = self.evidence_of({e["event_id"]: e["status"] for e in rows})
        items = []
        for e in rows:
            best = ev.get(e["event_id"], {})
            items.append(
                {
                    "event_id": e["event_id"],
                    "date": _fmt(e["date_value"], e["date_precision"], e["date_from"]),
                    "date_precision": e["date_precision"],
                    "type": e["type"],
                    "mode": e["mode"],
                    "source": _label(e["source_name"], e["source_country"]),
                    "target": _label(e["target_name"], e["target_country"]),
                    "place": e["place_name"],
                    "place_text": e.get("place_text"),
                    "status": e["status"],
                    "background": bool(e["background"]),
                    "n_sources": e["n_sources"],
                    "n_articles": e["n_articles"],
                    "evidence": " ".join((best.get("sentence_text") or "").split()),
                    "outlet": best.get("outlet"),
                    "conflicts": len(_json(e["conflicts"]) or []),
                    "confidence": e["confidence"],
                    "issues": _json(e["issues"]) or [],
                }
            )
        return {"filters": f.params(), "items": items, "next_cursor": nxt}

    def event(self, event_id: str) -> dict[str, Any]:
        """One event as the export writes it, its mentions each with their article's text to highlight in."""
        e = self.one("SELECT * FROM events WHERE event_id = ?", [event_id])
        if e is None:
            raise NotFound(f"no event {event_id}")
        rec = event_record(e)
        ms = self._linked_mentions(
            [event_id], "m.*", "a.outlet, a.url, a.title, a.published_date, a.text AS article_text"
        )
        ms.sort(
            key=lambda m: (m["published_date"] is None, m["published_date"] or _FAR, m["article_id"], m["sentence"])
        )
        # The sentence the timeline shows for this event (outputs.timeline._evidence's choice) comes first.
        shown = self.evidence_of({event_id: e["status"]}).get(event_id, {}).get("sentence_text")
        best = next((m for m in ms if m["sentence_text"] == shown), None)
        if best is not None:
            ms = [best] + [m for m in ms if m is not best]
        rec["mentions"] = [
            {
                "article_id": m["article_id"],
                "outlet": m["outlet"],
                "url": m["url"],
                "sentence_text": m["sentence_text"],
                "sentence_index": m["sentence"],
                "start": m["start_char"],
                "end": m["end_char"],
                "status": m["status"],
                "mention_id": m["mention_id"],
                "title": m["title"],
                "published_date": m["published_date"],
                "trigger": m["trigger_text"],
                "trigger_start": m["trigger_start"],
                "trigger_end": m["trigger_end"],
                "_text": m["article_text"] or "",
            }
            for m in ms
        ]
        return rec

    def _linked_mentions(self, event_ids: list[str], mention_cols: str, article_cols: str) -> list[dict[str, Any]]:
        """Mentions of ``event_ids`` with columns of their articles, by index lookups step by step.

        One three-way join scans every mention and article (text included) to probe a handful of ids;
        links by the event index, then mentions and articles by primary key cost a fraction of it.
        """
        if not event_ids:
            return []
        links = self.rows(
            f"SELECT event_id, mention_id FROM event_links WHERE event_id IN ({_marks(event_ids)})", event_ids
        )
        if not links:
            return []
        mids = [r["mention_id"] for r in links]
        ms = self.rows(f"SELECT {mention_cols} FROM event_mentions m WHERE m.mention_id IN ({_marks(mids)})", mids)
        aids = list({m["article_id"] for m in ms})
        arts = {
            a["article_id"]: a
            for a in self.rows(
                f"SELECT a.article_id, {article_cols} FROM articles a WHERE a.article_id IN ({_marks(aids)})", aids
            )
        }
        event_of = {r["mention_id"]: r["event_id"] for r in links}
        return [{**m, **arts.get(m["article_id"], {}), "event_id": event_of[m["mention_id"]]} for m in ms]

    @staticmethod
    def _all_evidence(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str | None]]:
        """Every event's timeline sentence and outlet, in one pass (at start and after each write job):
        a timeline page then costs one query over events, not three lookups per page."""
        rows = con.execute(
            "SELECT event_id, sentence_text, outlet FROM (SELECT l.event_id, m.sentence_text, a.outlet, row_number() OVER ("
            "PARTITION BY l.event_id ORDER BY (m.status = e.status) DESC, (m.date_source = 'timex') DESC, "
            "coalesce(m.confidence, 0) DESC, length(m.sentence_text), m.mention_id DESC) AS rn "
            "FROM event_links l JOIN event_mentions m USING (mention_id) JOIN articles a USING (article_id) "
            "JOIN events e ON e.event_id = l.event_id) WHERE rn = 1"
        ).fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def evidence_of(self, status_of: dict[str, str]) -> dict[str, dict[str, Any]]:
        """The timeline's sentence per event from the precomputed map; events newer than it looked up."""
        known = self._evidence_map
        out = {k: {"sentence_text": known[k][0], "outlet": known[k][1]} for k in status_of if k in known}
        missing = {k: v for k, v in status_of.items() if k not in known}
        if missing:
            out.update(self.evidence(missing))
        return out

    def evidence(self, status_of: dict[str, str]) -> dict[str, dict[str, Any]]:
        """The timeline's sentence per event (the same choice as tidings.outputs.timeline._evidence):
        a mention whose status is the event's, dated from its own text, most confident, shortest."""
        rows = self._linked_mentions(
            list(status_of),
            "m.mention_id, m.article_id, m.sentence_text, m.confidence, m.status, m.date_source",
            "a.outlet",
        )
        best: dict[str, tuple[tuple, dict[str, Any]]] = {}
        for r in rows:
            key = (
                r["status"] == status_of[r["event_id"]],
                r["date_source"] == "timex",
                r["confidence"] or 0,
                -len(r["sentence_text"] or ""),
                r["mention_id"],
            )  # the id last: ties never depend on row order
            if r["event_id"] not in best or key > best[r["event_id"]][0]:
                best[r["event_id"]] = (key, r)
        return {k: v[1] for k, v in best.items()}

    def mentions(
        self, *, event_id: str | None = None, article_id: str | None = None, cursor: str | None = None, limit: int = 50
    ) -> dict[str, Any]:
        """Event mentions, flat, with the mentions export's field names."""
        limit = _page_size(limit)
        w, p = ["TRUE"], []
        if event_id:
            w.append("l.event_id = ?")
            p.append(event_id)
        if article_id:
            w.append("m.article_id = ?")
            p.append(article_id)
        key = decode_cursor(cursor, 1)
        if key:
            w.append("m.mention_id > ?")
            p.append(key[0])
        rows = self.rows(
            "SELECT l.event_id, m.*, a.outlet, a.url, a.published_date FROM event_mentions m JOIN articles a USING (article_id) "
            f"LEFT JOIN event_links l USING (mention_id) WHERE {' AND '.join(w)} ORDER BY m.mention_id LIMIT ?",
            [*p, limit + 1],
        )
        nxt = encode_cursor([rows[limit - 1]["mention_id"]]) if len(rows) > limit else None
        return {"items": [mention_record(r) for r in rows[:limit]], "next_cursor": nxt}

    # -- articles, stories, actors --------------------------------------------------------------
    def _article_select(self, with_text: bool) -> str:
        cols = [f"a.{c}" for c in ARTICLE_COLUMNS if with_text or c != "text"]
        cols += [
            "a.published_date",
            "d.duplicate_of",
            "d.dup_kind",
            "d.similarity AS dup_similarity",
            "d.source_group",
            "sa.story_id",
        ]
        return (
            f"SELECT {', '.join(cols)} FROM articles a LEFT JOIN duplicates d USING (article_id) "
            "LEFT JOIN story_articles sa USING (article_id)"
        )

    def articles(self, *, cursor: str | None = None, limit: int = 50, outlet: str | None = None) -> dict[str, Any]:
        limit = _page_size(limit)
        w, p = ["TRUE"], []
        if outlet:
            w.append("a.outlet = ?")
            p.append(outlet)
        key = decode_cursor(cursor, 2)
        k = f"coalesce(a.published_date, DATE '{_FAR.isoformat()}')"
        if key:
            w.append(f"({k} > ?::DATE OR ({k} = ?::DATE AND a.article_id > ?))")
            p += [key[0], key[0], key[1]]
        rows = self.rows(
            f"{self._article_select(False)} WHERE {' AND '.join(w)} ORDER BY {k}, a.article_id LIMIT ?", [*p, limit + 1]
        )
        nxt = None
        if len(rows) > limit:
            last = rows[limit - 1]
            nxt = encode_cursor([last["published_date"] or _FAR, last["article_id"]])
        return {"items": rows[:limit], "next_cursor": nxt}

    def article(self, article_id: str) -> dict[str, Any]:
        """One article (export fields, text included) with what the pipeline found in it, as spans."""
        a = self.one(f"{self._article_select(True)} WHERE a.article_id = ?", [article_id])
        if a is None:
            raise NotFound(f"no article {article_id}")
        actors = self.rows(
            "SELECT idx, sentence, start_char, end_char, text, actor_id, name, country, sector, role, kind "
            "FROM actor_mentions WHERE article_id = ? ORDER BY idx",
            [article_id],
        )
        places = self.rows(
            "SELECT idx, sentence, start_char, end_char, text, name, geonameid, country, lat, lon "
            "FROM places WHERE article_id = ? ORDER BY idx",
            [article_id],
        )
        times = self.rows(
            "SELECT idx, sentence, start_char, end_char, text, kind, value "
            "FROM timexes WHERE article_id = ? ORDER BY idx",
            [article_id],
        )
        events = self.rows(
            "SELECT m.mention_id, l.event_id, m.type, m.status, m.start_char, m.end_char, m.sentence_text, "
            "m.trigger_text, m.trigger_start, m.trigger_end FROM event_mentions m "
            "LEFT JOIN event_links l USING (mention_id) WHERE m.article_id = ? ORDER BY m.start_char",
            [article_id],
        )
        return {**a, "actor_mentions": actors, "places": places, "timexes": times, "event_mentions": events}

    def stories(self, *, cursor: str | None = None, limit: int = 50) -> dict[str, Any]:
        """Stories with the stories export's fields, most recent first."""
        limit = _page_size(limit)
        base = STORIES_SQL.split(" FROM ")[0]
        k = "coalesce(last_seen, DATE '0001-01-01')"
        w, p = "TRUE", []
        key = decode_cursor(cursor, 2)
        if key:
            w = f"({k} < ?::DATE OR ({k} = ?::DATE AND story_id > ?))"
            p = [key[0], key[0], key[1]]
        rows = self.rows(
            f"{base}, {k} AS _k FROM stories WHERE {w} ORDER BY _k DESC, story_id LIMIT ?", [*p, limit + 1]
        )
        nxt = encode_cursor([rows[limit - 1]["_k"], rows[limit - 1]["story_id"]]) if len(rows) > limit else None
        return {"items": [_story(r) for r in rows[:limit]], "next_cursor": nxt}

    def story(self, story_id: str) -> dict[str, Any]:
        """A story and its articles, grouped by source group: the original first, its copies after it."""
        base = STORIES_SQL.split(" FROM ")[0]
        s = self.one(f"{base} FROM stories WHERE story_id = ?", [story_id])
        if s is None:
            raise NotFound(f"no story {story_id}")
        arts = self.rows(
            f"{self._article_select(False)} WHERE sa.story_id = ? "
            "ORDER BY d.source_group, d.duplicate_of NULLS FIRST, a.published_date, a.article_id",
            [story_id],
        )
        groups: dict[str, dict[str, Any]] = {}
        for a in arts:
            g = groups.setdefault(
                a["source_group"] or a["article_id"], {"source_group": a["source_group"], "articles": []}
            )
            g["articles"].append(a)
        rec = _story(s)
        rec["source_groups"] = list(groups.values())
        rec["events"] = [
            event_record(e)
            for e in self.rows(
                "SELECT DISTINCT e.* FROM events e JOIN event_links l USING (event_id) JOIN event_mentions m USING (mention_id) "
                "JOIN story_articles sa ON sa.article_id = m.article_id WHERE sa.story_id = ? "
                "ORDER BY e.date_from NULLS LAST, e.event_id LIMIT 100",
                [story_id],
            )
        ]
        return rec

    def actors(self, *, cursor: str | None = None, limit: int = 50, q: str | None = None) -> dict[str, Any]:
        """Actors with the actors export's fields, most mentioned first."""
        limit = _page_size(limit)
        offset = int((decode_cursor(cursor, 1) or [0])[0])
        w, p = "TRUE", []
        if q:
            w, p = "(a.name ILIKE ? OR a.actor_id ILIKE ?)", [f"%{q}%", f"%{q}%"]
        rows = self.rows(
            "SELECT a.actor_id, a.name, a.kind, a.country, a.sector, "
            "list(DISTINCT m.role ORDER BY m.role) FILTER (WHERE m.role IS NOT NULL) AS roles, "
            "count(m.article_id) AS n_mentions, count(DISTINCT m.article_id) AS n_articles, "
            "list(DISTINCT m.text ORDER BY m.text) AS surface_forms "
            f"FROM actors a LEFT JOIN actor_mentions m USING (actor_id) WHERE {w} "
            "GROUP BY ALL ORDER BY n_mentions DESC, a.actor_id LIMIT ? OFFSET ?",
            [*p, limit + 1, offset],
        )
        nxt = encode_cursor([offset + limit]) if len(rows) > limit else None
        return {"items": rows[:limit], "next_cursor": nxt}

    def actor(self, actor_id: str) -> dict[str, Any]:
        """An actor: the actors export's fields, its roles with the dates they were reported, its events."""
        a = self.one(
            "SELECT a.actor_id, a.name, a.kind, a.country, a.sector, a.description, a.source FROM actors a "
            "WHERE a.actor_id = ?",
            [actor_id],
        )
        if a is None:
            raise NotFound(f"no actor {actor_id}")
        stats = self.one(
            "SELECT count(*) AS n_mentions, count(DISTINCT article_id) AS n_articles, "
            "list(DISTINCT text ORDER BY text) AS surface_forms FROM actor_mentions WHERE actor_id = ?",
            [actor_id],
        )
        a.update(stats or {})
        a["roles"] = self.rows(
            "SELECT m.role, m.sector, min(ar.published_date) AS first_seen, max(ar.published_date) AS last_seen, "
            "count(*) AS n_mentions FROM actor_mentions m JOIN articles ar USING (article_id) "
            "WHERE m.actor_id = ? AND m.role IS NOT NULL GROUP BY 1, 2 ORDER BY first_seen NULLS LAST, 1",
            [actor_id],
        )
        a["events"] = self.events(EventFilter(actor=actor_id), limit=100, desc=True)["items"]
        return a

    def search(self, q: str, *, cursor: str | None = None, limit: int = 20) -> dict[str, Any]:
        """Full-text search over title, outlet and text (SQLite FTS5, BM25), with highlighted snippets."""
        q = (q or "").strip()
        if len(q) > 200:
            raise BadRequest("search text is limited to 200 characters")
        limit = min(_page_size(limit), 50)
        offset = int((decode_cursor(cursor, 1) or [0])[0])
        if offset > 10_000:
            raise BadRequest("search pages stop at 10,000 results")
        total, hits = self.search_index.search(q, limit=limit, offset=offset, timeout=self.query_timeout)
        meta = (
            {
                r["article_id"]: r
                for r in self.rows(
                    "SELECT article_id, title, outlet, url, published FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                    [[h["article_id"] for h in hits]],
                )
            }
            if hits
            else {}
        )
        items = []
        for h in hits:
            m = meta.get(h["article_id"], {})
            items.append(
                {
                    "article_id": h["article_id"],
                    "title": m.get("title"),
                    "outlet": m.get("outlet"),
                    "url": m.get("url"),
                    "published": m.get("published"),
                    "score": h["score"],
                    "snippet": h["snippet"].replace("\x02", "").replace("\x03", ""),
                    "_parts": snippet_parts(h["snippet"]),
                }
            )
        nxt = encode_cursor([offset + limit]) if offset + limit < total else None
        return {"q": q, "total": total, "items": items, "next_cursor": nxt}

    def close(self) -> None:
        self.jobs.stop()
        self.search_index.close()
        self.tidings.close()


_TIMELINE_COLUMNS = ", ".join(
    f"e.{c}"
    for c in (
        "event_id",
        "date_value",
        "date_precision",
        "date_from",
        "type",
        "mode",
        "source_name",
        "source_country",
        "target_name",
        "target_country",
        "place_name",
        "place_text",
        "status",
        "background",
        "n_sources",
        "n_articles",
        "conflicts",
        "confidence",
        "issues",
    )
)


def _marks(values: list[Any]) -> str:
    return ", ".join("?" * len(values))


def _page_size(limit: int | None) -> int:
    if limit is None:
        return 50
    if limit < 1 or limit > MAX_PAGE:
        raise BadRequest(f"limit must be between 1 and {MAX_PAGE}")
    return int(limit)


def _story(r: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in r.items() if not k.startswith("_")}
    for k in ("main_actors", "main_places"):
        out[k] = _json(out.get(k)) or []
    return out


def event_record(e: dict[str, Any]) -> dict[str, Any]:
    """The events export's record (tidings.outputs.events_export.event_records) of one events row."""
    rec = {
        "event_id": e["event_id"],
        "type": e["type"],
        "mode": e["mode"],
        "source": _party(e, "source"),
        "target": _party(e, "target"),
        "status": e["status"],
        "date": _fmt_date(e["date_value"], e["date_precision"], e["date_from"]),
        "date_precision": e["date_precision"],
        "date_from": e["date_from"],
        "date_to": e["date_to"],
        "location": _location(e),
        "issues": _json(e["issues"]) or [],
        "background": e["background"],
        "confidence": e["confidence"],
        "n_mentions": e["n_mentions"],
        "n_articles": e["n_articles"],
        "n_sources": e["n_sources"],
        "first_reported": e["first_reported"],
        "conflicts": _json(e["conflicts"]) or [],
        "status_history": _json(e["status_history"]) or [],
        "cameo": e["cameo"],
        "goldstein": e["goldstein"],
        "quad_class": e["quad_class"],
        "attribution": _json(e["attribution"]),
    }
    from ..outputs.events_export import _date_basis

    rec["date_basis"] = _date_basis(rec)
    return rec


class JobRunner:
    """Write jobs (ingest an upload, run the pipeline) one at a time on the server's single writer thread.

    Uploaded bytes go to a temporary directory the server creates, under names the server makes up:
    nothing a client sends becomes part of a path.
    """

    MAX_KEPT = 200

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.jobs: dict[str, dict[str, Any]] = {}
        self._q: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.Lock()
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._thread: threading.Thread | None = None

    def _start(self) -> None:
        if self._thread is None:
            self._dir = tempfile.TemporaryDirectory(prefix="tidings-serve-")
            self._thread = threading.Thread(target=self._loop, name="tidings-writer", daemon=True)
            self._thread.start()

    def submit(self, kind: str, payload: bytes | None = None) -> dict[str, Any]:
        with self._lock:
            self._start()
            job_id = uuid.uuid4().hex
            path = None
            if payload is not None:
                assert self._dir is not None
                path = Path(self._dir.name) / f"upload-{job_id}"
                path.write_bytes(payload)
            job = {
                "job_id": job_id,
                "kind": kind,
                "state": "queued",
                "submitted_at": dt.datetime.now(dt.UTC).isoformat(),
                "finished_at": None,
                "summary": None,
                "error": None,
                "_path": path,
            }
            self.jobs[job_id] = job
            if len(self.jobs) > self.MAX_KEPT:
                for old in [k for k, j in self.jobs.items() if j["state"] in ("done", "failed")][
                    : len(self.jobs) - self.MAX_KEPT
                ]:
                    del self.jobs[old]
        self._q.put(job_id)
        return public_job(job)

    def get(self, job_id: str) -> dict[str, Any]:
        job = self.jobs.get(job_id)
        if job is None:
            raise NotFound(f"no job {job_id}")
        return public_job(job)

    def _loop(self) -> None:
        while True:
            job_id = self._q.get()
            if job_id is None:
                return
            job = self.jobs.get(job_id)
            if job is None:
                continue
            job["state"] = "running"
            self.backend.writing = True
            refreshed = False
            try:
                inputs = [job["_path"]] if job["_path"] else []
                report = self.backend.tidings.run(inputs, workers=1, command="serve")
                job["summary"] = report.to_dict()
                job["summary"]["search_indexed"] = self.backend.sync_search()
                self.backend._evidence_map = self.backend._all_evidence(self.backend.store.con)
                # The cached results readers use, computed on the new store before the job is reported done.
                job["summary"]["cache_refreshed"] = self.backend.refresh()
                refreshed = True
                job["state"] = "done"
            except Exception as exc:  # a failed job is reported on its status, never kills the server
                job["error"] = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:500]
                job["state"] = "failed"
            finally:
                if not refreshed:
                    self.backend.bump()  # even a failed run may have committed batches
                self.backend.writing = False
                job["finished_at"] = dt.datetime.now(dt.UTC).isoformat()
                if job["_path"]:
                    Path(job["_path"]).unlink(missing_ok=True)

    def wait_idle(self, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end and any(j["state"] in ("queued", "running") for j in self.jobs.values()):
            time.sleep(0.05)

    def stop(self) -> None:
        if self._thread is not None:
            self._q.put(None)
            self._thread.join(timeout=5)
            self._thread = None
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None


def public_job(job: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in job.items() if not k.startswith("_")}
