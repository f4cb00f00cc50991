"""What the four analyst outputs share: reading the store by key, dyads, dates, evidence, sources.

Every read is a keyed lookup (events by their two countries, links by event, mentions, articles
and duplicates by id: the indexes of migration 0011 and the primary keys), never a scan of the
whole events table into Python, so an output costs what its dyad holds, not what the store holds.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

from ..errors import TidingsError

__all__ = [
    "connection",
    "rows",
    "by_ids",
    "parse_dyad",
    "as_date",
    "require_events",
    "dyad_events",
    "mentions_for",
    "articles_for",
    "quad_goldstein",
    "weight",
    "event_date",
    "norm_sentence",
    "same_sentence",
    "label",
    "jsonable",
    "names_in",
    "readable",
    "best_mention",
    "show_date",
    "token_set",
    "QUAD_NAMES",
    "OCCURRED",
    "UPCOMING",
]

OCCURRED = ("occurred", "ongoing")
UPCOMING = ("planned", "proposed")
QUAD_NAMES = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}

_EVENT_COLS = (
    "event_id, type, mode, source_name, source_country, source_sector, source_role, source_actor_id, "
    "target_name, target_country, target_sector, target_role, target_actor_id, status, status_history, "
    "date_value, date_precision, date_from, date_to, place_name, place_country, issues, background, "
    "confidence, cameo, goldstein, quad_class, n_mentions, n_articles, n_sources, first_reported, conflicts"
)


def connection(con_or_store: Any) -> Any:
    """A DuckDB connection from a connection, a ``Store`` or a ``Tidings`` object."""
    obj = con_or_store
    if hasattr(obj, "store"):  # tidings.api.Tidings
        obj = obj.store
    if hasattr(obj, "con"):  # tidings.store.Store
        obj = obj.con
    if not hasattr(obj, "execute"):
        raise TypeError(f"expected a DuckDB connection, Store or Tidings, not {type(con_or_store).__name__}")
    return obj


def rows(con: Any, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params or []))
    cols = [d[0] for d in cur.description] if cur.description else []
    return [dict(zip(cols, r)) for r in cur.fetchall()]


_ID_CHUNK = 1000
_JOIN_ABOVE = 2000  # more ids than this: a semi-join with the ids as a table, not literal lists


def by_ids(con: Any, sql: str, ids: Iterable[str], params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Run ``sql`` whose ``{ids}`` is replaced by a literal list of ids, in chunks.

    DuckDB answers ``col IN ('a', 'b', ...)`` on an indexed column with an index scan; a joined or
    bound list (``IN (SELECT unnest(?))``, thousands of ``?``) is a hash join over a full scan or
    slow to bind. Ids here are the store's own keys; quotes are escaped all the same."""
    ids = list(dict.fromkeys(ids))
    out: list[dict[str, Any]] = []
    if len(ids) > _JOIN_ABOVE:
        # Thousands of keys: one semi-join against the ids as an in-memory table (a hash join over one
        # scan) costs less than many index scans of a thousand literals each.
        import pyarrow as pa

        name = f"_tidings_ids_{uuid.uuid4().hex}"
        con.register(name, pa.table({"id": [str(x) for x in ids]}))
        try:
            return rows(con, sql.replace("{ids}", f"SELECT id FROM {name}"), params)
        finally:
            con.unregister(name)
    for i in range(0, len(ids), _ID_CHUNK):
        lit = ", ".join("'" + str(x).replace("'", "''") + "'" for x in ids[i : i + _ID_CHUNK])
        out += rows(con, sql.replace("{ids}", lit), params)
    return out


def _tables(con: Any) -> set[str]:
    return {
        r[0]
        for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    }


def require_events(con: Any) -> set[str]:
    tables = _tables(con)
    if "events" not in tables:
        raise TidingsError("no events in this store: run `tidings run` (or `tidings demo`) first")
    return tables


def parse_dyad(dyad: str | Sequence[str] | None) -> tuple[str, str] | None:
    """'USA-CHN', 'usa/chn' or ('USA', 'CHN') -> ('USA', 'CHN'); None stays None."""
    if dyad is None or dyad == "":
        return None
    parts = [p.strip().upper() for p in (dyad.replace("/", "-").split("-") if isinstance(dyad, str) else dyad)]
    parts = [p for p in parts if p]
    if len(parts) != 2 or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parts):
        raise TidingsError(f"a dyad is two ISO alpha-3 codes like USA-CHN, not {dyad!r}")
    return parts[0], parts[1]


def as_date(value: Any, what: str = "date") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise TidingsError(f"{what} must be a date like 2024-04-03, not {value!r}") from None


def event_date(e: dict[str, Any]) -> dt.date | None:
    """The day an event is counted at: its own date (background history too), else when first reported."""
    return e.get("date_from") or e.get("first_reported")


def period_where(date_from: Any, date_to: Any) -> tuple[list[str], list[Any]]:
    """SQL conditions (and their parameters) for an event that overlaps [date_from, date_to]: its own
    span, or, undated, its first report. Either end may be None (open)."""
    where: list[str] = []
    params: list[Any] = []
    if date_from:
        where.append("coalesce(date_to, date_from, first_reported) >= ?")
        params.append(date_from)
    if date_to:
        where.append("coalesce(date_from, first_reported) <= ?")
        params.append(date_to)
    return where, params


def dyad_events(
    con: Any,
    dyad: tuple[str, str] | None,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    statuses: Iterable[str] | None = None,
    event_ids: Sequence[str] | None = None,
    where_sql: str | None = None,
    columns: str = _EVENT_COLS,
) -> list[dict[str, Any]]:
    """Events between the two countries (either direction), whose own date meets [date_from, date_to].
    ``columns``: fewer than every column, for a caller that reads many events and few fields (the JSON
    ones, issues, conflicts and status_history, are parsed when selected).

    One equality lookup per direction (UNION ALL, not OR) so DuckDB can use the (source_country,
    target_country) index; undated events count at their first report."""
    where, params = period_where(date_from, date_to)
    if statuses:
        st = list(statuses)
        where.append(f"status IN ({', '.join('?' * len(st))})")
        params += st
    if where_sql:
        where.append(f"({where_sql})")
    extra = "".join(f" AND {w}" for w in where)
    if event_ids is not None:
        out = by_ids(con, f"SELECT {columns} FROM events WHERE event_id IN ({{ids}}){extra}", event_ids, params)
        if dyad is not None:
            out = [e for e in out if {e["source_country"], e["target_country"]} == set(dyad)]
    elif dyad is None:
        sql = f"SELECT {columns} FROM events WHERE TRUE{extra}"
        out = rows(con, sql, params)
    else:
        a, b = dyad
        sql = f"SELECT {columns} FROM events WHERE source_country = ? AND target_country = ?{extra}"
        out = rows(con, sql, [a, b, *params])
        if a != b:
            out += rows(con, sql, [b, a, *params])
    for col in ("issues", "conflicts", "status_history"):
        if out and col in out[0]:
            for e in out:
                e[col] = _json(e[col]) or []
    out.sort(key=lambda e: (event_date(e) or dt.date.max, e.get("first_reported") or dt.date.max, e["event_id"]))
    return out


def _json(v: Any) -> Any:
    if v is None or isinstance(v, (list, dict)):
        return v
    if v == "[]":  # most events: no conflicts, no history (not worth a parse each)
        return []
    try:
        return json.loads(v)
    except (TypeError, ValueError):
        return None


def mentions_for(con: Any, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Every mention of each event with its sentence (by event_links' index, then mention ids)."""
    if not event_ids:
        return {}
    # In the order the links were written (rowid): an IN list over a large table is scanned in parallel and
    # returns its rows in no fixed order, and the first mention of an event decides some choices.
    if len(set(event_ids)) > _JOIN_ABOVE:  # many events: links and mentions in one join
        found = by_ids(
            con,
            f"SELECT l.event_id, l.rowid AS _row, {', '.join('m.' + c for c in _MENTION_COLS)} "
            "FROM event_links l JOIN event_mentions m ON m.mention_id = l.mention_id "
            "WHERE l.event_id IN ({ids})",
            event_ids,
        )
        found.sort(key=lambda r: r["_row"])
        out: dict[str, list[dict[str, Any]]] = {}
        for r in found:
            eid = r.pop("event_id")
            del r["_row"]
            out.setdefault(eid, []).append(r)
        return out
    links = by_ids(
        con, "SELECT event_id, mention_id, rowid AS _row FROM event_links WHERE event_id IN ({ids})", event_ids
    )
    if not links:
        return {}
    links.sort(key=lambda r: r["_row"])
    ms = by_ids(
        con,
        f"SELECT {', '.join(_MENTION_COLS)} FROM event_mentions WHERE mention_id IN ({{ids}})",
        [r["mention_id"] for r in links],
    )
    by_id = {m["mention_id"]: m for m in ms}
    out = {}
    for r in links:
        m = by_id.get(r["mention_id"])
        if m is not None:
            out.setdefault(r["event_id"], []).append(m)
    return out


_MENTION_COLS = (
    "mention_id",
    "article_id",
    "sentence",
    "start_char",
    "end_char",
    "sentence_text",
    "trigger_text",
    "type",
    "mode",
    "status",
    "date_value",
    "date_precision",
    "date_from",
    "date_to",
    "date_source",
    "confidence",
    "background",
    "source_name",
    "target_name",
    "extra",
)


def articles_for(
    con: Any, article_ids: Iterable[str], tables: set[str] | None = None, *, text: bool = False
) -> dict[str, dict[str, Any]]:
    """Outlet, title, date, URL and copy status of each article (originals of copies included)."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    tables = tables if tables is not None else _tables(con)
    cols = "article_id, outlet, title, url, published_date" + (", text" if text else "")
    arts = {r["article_id"]: r for r in by_ids(con, f"SELECT {cols} FROM articles WHERE article_id IN ({{ids}})", ids)}
    if "duplicates" in tables:
        dups = {
            r["article_id"]: r
            for r in by_ids(
                con,
                "SELECT article_id, duplicate_of, dup_kind, source_group FROM duplicates WHERE article_id IN ({ids})",
                ids,
            )
        }
    else:
        dups = {}
    for aid, a in arts.items():
        d = dups.get(aid, {})
        a["duplicate_of"] = d.get("duplicate_of")
        a["dup_kind"] = d.get("dup_kind")
        a["source_group"] = d.get("source_group") or f"g{aid}"
    missing = {a["duplicate_of"] for a in arts.values() if a["duplicate_of"] and a["duplicate_of"] not in arts}
    if missing:
        arts.update(articles_for(con, missing, tables, text=text))
    return arts


@functools.lru_cache(maxsize=1)
def _cameo_table() -> dict[tuple[str, str], tuple[float, int]]:
    path = resources.files("tidings") / "data" / "events" / "plover_cameo.csv"
    out: dict[tuple[str, str], tuple[float, int]] = {}
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            key = (r["type"], r["mode"] or "")
            if key not in out and r["goldstein"] and r["quad_class"]:
                out[key] = (float(r["goldstein"]), int(r["quad_class"]))
    return out


def quad_goldstein(e: dict[str, Any]) -> tuple[float | None, int | None]:
    """Goldstein score and quad class from data/events/plover_cameo.csv (type and mode, else type alone)."""
    table = _cameo_table()
    hit = table.get((e.get("type") or "", e.get("mode") or "")) or table.get((e.get("type") or "", ""))
    if hit:
        return hit
    return e.get("goldstein"), e.get("quad_class")


def weight(e: dict[str, Any]) -> float:
    """Independent sources (source groups, not copies) times confidence."""
    return max(int(e.get("n_sources") or 1), 1) * float(e.get("confidence") or 0.0)


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def norm_sentence(s: str) -> str:
    """Whitespace collapsed, as shown to a reader (the characters themselves are the article's). A
    quotation mark left dangling at the start by the sentence splitter (the close of the previous
    sentence's quote) is dropped: what remains is still a verbatim substring of the article."""
    out = " ".join((s or "").split())
    if out[:2] in ('" ', "” ") and out.count('"') + out.count("”") + out.count("“") == 1:
        out = out[2:]
    return out


def show_date(e: dict[str, Any]) -> str | None:
    """An event's date as precise as it is known: 2023-11-15, 2023-11, 2023, or its TIMEX value."""
    d = e.get("date_from")
    if d is None:
        return e.get("date_value")
    d = d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))
    prec = e.get("date_precision")
    if prec == "month":
        return d.strftime("%Y-%m")
    if prec in ("year", "quarter"):
        return e.get("date_value") or str(d.year)
    if prec == "week":
        return e.get("date_value") or d.isoformat()
    return d.isoformat()


def _tokens(s: str) -> list[str]:
    return _WORD.findall(s.lower())


def token_set(s: str) -> frozenset[str]:
    return frozenset(_tokens(s))


def same_sentence(a: str | frozenset[str], b: str | frozenset[str], threshold: float = 0.8) -> bool:
    """Near-identical: the same words up to a few edits (token-set overlap of the shorter one).
    Takes sentences or their precomputed ``token_set``."""
    ta = a if isinstance(a, frozenset) else token_set(a)
    tb = b if isinstance(b, frozenset) else token_set(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= threshold and abs(len(ta) - len(tb)) <= max(
        3, 0.25 * max(len(ta), len(tb))
    )


def names_in(e: dict[str, Any], sentence: str) -> int:
    """How many of the event's two actors the sentence names (by the last word of the name)."""
    n = 0
    for side in ("source_name", "target_name"):
        name = (e.get(side) or "").split()
        if name and len(name[-1]) > 2 and re.search(r"\b" + re.escape(name[-1]) + r"\b", sentence or ""):
            n += 1
    return n


def readable(sentence: str) -> bool:
    """A whole sentence of body text: one paragraph, starting like a sentence (not '(Wire) —')."""
    s = (sentence or "").strip()
    return "\n\n" not in s and bool(re.match(r"[\"'“‘]?[A-Z0-9]", s))


def best_mention(
    e: dict[str, Any],
    ms: list[dict[str, Any]],
    arts: dict[str, dict[str, Any]] | None = None,
    prefer: Sequence[str] | None = None,
) -> dict[str, Any] | None:
    """The mention a reader should see for an event: with the wanted status (the event's own by
    default), as much history as the event (a report of the news, not a later recap), naming its
    actors, from an original rather than a copy, one clean sentence, dated by its own text."""
    arts = arts or {}
    want = tuple(prefer) if prefer else (e.get("status"),)

    def key(m: dict[str, Any]) -> tuple:
        a = arts.get(m["article_id"]) or {}
        return (
            m.get("status") in want,
            bool(m.get("background")) == bool(e.get("background")),
            names_in(e, m["sentence_text"]),
            not a.get("duplicate_of"),
            readable(m["sentence_text"]),
            m.get("date_source") == "timex",
            float(m.get("confidence") or 0),
            -len(m["sentence_text"] or ""),
            m["mention_id"],
        )

    ms = [m for m in ms if (m.get("sentence_text") or "").strip()]
    return max(ms, key=key) if ms else None


def label(name: Any, country: Any, role: Any = None) -> str:
    n = str(name or country or "?")
    extra = [x for x in (role, country) if x and x != name]
    return f"{n} ({', '.join(str(x) for x in extra)})" if extra else n


def jsonable(v: Any) -> Any:
    """Dates as ISO strings, tuples as lists: what json.dumps and a web layer take unchanged."""
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set)):
        return [jsonable(x) for x in v]
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, float):
        return round(v, 4)
    return v
