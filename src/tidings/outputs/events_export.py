"""Event and mention exports: JSON Lines (nested), CSV (flat), Parquet (nested), GDELT 2.0 layout.

An event carries every mention that supports it (article, outlet, sentence, offsets), honest counts
(mentions, articles, independent source groups) and the conflicts between sources. The GDELT layout
is the 61-column GDELT 2.0 Events table, tab-separated and header-less like GDELT's own files
(``header=True`` adds a header line); docs/events.md says where our values differ from GDELT's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from ..errors import TidingsError
from ..store import Store

__all__ = ["export_events", "export_mentions", "event_records", "mention_records", "GDELT_COLUMNS", "gdelt_row"]

FORMATS = ("jsonl", "csv", "parquet", "gdelt")

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *[
        f"Actor{n}{f}"
        for n in (1, 2)
        for f in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ],
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *[
        f"{g}Geo_{f}"
        for g in ("Actor1", "Actor2", "Action")
        for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    ],
    "DATEADDED",
    "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# Actor sector -> CAMEO actor type code (Actor1Type1Code; also appended to Actor1Code as GDELT does).
SECTOR_CODES = {
    "government": "GOV",
    "military": "MIL",
    "business": "BUS",
    "media": "MED",
    "ngo": "NGO",
    "opposition": "OPP",
    "police": "COP",
    "judiciary": "JUD",
    "legislature": "LEG",
    "igo": "IGO",
    "rebel": "REB",
    "civilian": "CVL",
    "education": "EDU",
    "health": "HLH",
    "religion": "REL",
    "party": "PTY",
    "diplomacy": "GOV",
    "intelligence": "SPY",
}


# -- typed layout: one Arrow schema per export, used by every format --------------------------------
_S = pa.string()
PARTY = pa.struct([("name", _S), ("country", _S), ("sector", _S), ("role", _S), ("actor_id", _S)])
ATTRIBUTION = pa.struct(
    [
        ("name", _S),
        ("country", _S),
        ("sector", _S),
        ("role", _S),
        ("actor_id", _S),
        ("kind", _S),
        ("text", _S),
        ("inferred", pa.bool_()),
    ]
)
LOCATION = pa.struct(
    [
        ("name", _S),
        ("country", _S),
        ("admin1", _S),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("geonameid", pa.int64()),
        # the place as the article prints it ("Gomel" where name is "Homyel'"); null when no mention printed
        # it (a capital or seat the coder placed the event at). Added after geonameid: an additive field.
        ("text", _S),
    ]
)
CONFLICT = pa.struct(
    [
        ("field", _S),
        (
            "values",
            pa.list_(
                pa.struct(
                    [("value", _S), ("article_ids", pa.list_(_S)), ("outlets", pa.list_(_S)), ("n_sources", pa.int32())]
                )
            ),
        ),
    ]
)
STATUS_CHANGE = pa.struct([("published", pa.date32()), ("status", _S), ("article_id", _S)])
EVENT_MENTION = pa.struct(
    [
        ("mention_id", _S),
        ("article_id", _S),
        ("outlet", _S),
        ("url", _S),
        ("sentence_index", pa.int32()),
        ("sentence_text", _S),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("status", _S),
    ]
)
EVENTS_SCHEMA = pa.schema(
    [
        ("event_id", _S),
        ("type", _S),
        ("mode", _S),
        ("source", PARTY),
        ("target", PARTY),
        ("status", _S),
        ("date", _S),
        ("date_precision", _S),
        ("date_from", pa.date32()),
        ("date_to", pa.date32()),
        ("location", LOCATION),
        ("issues", pa.list_(_S)),
        ("background", pa.bool_()),
        ("confidence", pa.float64()),
        ("n_mentions", pa.int32()),
        ("n_articles", pa.int32()),
        ("n_sources", pa.int32()),
        ("first_reported", pa.date32()),
        ("conflicts", pa.list_(CONFLICT)),
        ("status_history", pa.list_(STATUS_CHANGE)),
        ("cameo", _S),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int32()),
        ("attribution", ATTRIBUTION),
        ("date_basis", _S),
        ("mentions", pa.list_(EVENT_MENTION)),
    ]
)
MENTIONS_SCHEMA = pa.schema(
    [
        ("mention_id", _S),
        ("event_id", _S),
        ("article_id", _S),
        ("outlet", _S),
        ("url", _S),
        ("published_date", pa.date32()),
        ("sentence_index", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("sentence_text", _S),
        ("trigger", _S),
        ("type", _S),
        ("mode", _S),
        *[
            (f"{side}_{k}", _S)
            for side in ("source", "target")
            for k in ("name", "country", "sector", "role", "actor_id")
        ],
        ("status", _S),
        ("date", _S),
        ("date_value", _S),
        ("date_precision", _S),
        ("date_from", pa.date32()),
        ("date_to", pa.date32()),
        ("date_source", _S),
        ("place_name", _S),
        ("place_country", _S),
        ("place_text", _S),
        ("background", pa.bool_()),
        ("implied", pa.bool_()),
        ("attribution", ATTRIBUTION),
        ("confidence", pa.float64()),
        ("cameo", _S),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int32()),
        ("coder", _S),
    ]
)
# In CSV, these struct columns become NAME_FIELD columns; other nested values become JSON text.
CSV_FLATTEN = ("source", "target", "location")


def _day(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _struct(v: Any, typ: pa.StructType) -> dict[str, Any] | None:
    """``v`` (dict or JSON text) with exactly the fields of ``typ``."""
    v = _json(v)
    if not isinstance(v, dict):
        return None
    return {typ.field(i).name: v.get(typ.field(i).name) for i in range(typ.num_fields)}


def _history(v: Any) -> list[dict[str, Any]]:
    return [
        {"published": _day(h.get("published")), "status": h.get("status"), "article_id": h.get("article_id")}
        for h in (_json(v) or [])
        if isinstance(h, dict)
    ]


def _table(records: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    names = schema.names
    return pa.Table.from_pylist([{k: r.get(k) for k in names} for r in records], schema=schema)


def _json(v: Any) -> Any:
    if isinstance(v, str):
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def _fmt_date(value: str | None, precision: str | None, d_from: Any) -> str | None:
    """ISO date, YYYY-MM or YYYY per precision; other grains keep their TIMEX3 value (2023-W27)."""
    if d_from is None:
        return value
    d = d_from if isinstance(d_from, dt.date) else dt.date.fromisoformat(str(d_from))
    if precision == "day":
        return d.isoformat()
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "year":
        return f"{d.year:04d}"
    return value


def _party(r: dict[str, Any], side: str) -> dict[str, Any] | None:
    if not r.get(f"{side}_name") and not r.get(f"{side}_country"):
        return None
    return {k: r.get(f"{side}_{k}") for k in ("name", "country", "sector", "role", "actor_id")}


def _location(r: dict[str, Any]) -> dict[str, Any] | None:
    if not r.get("place_name"):
        return None
    return {
        "name": r["place_name"],
        "country": r.get("place_country"),
        "admin1": r.get("place_admin1"),
        "lat": r.get("place_lat"),
        "lon": r.get("place_lon"),
        "geonameid": r.get("place_geonameid"),
        "text": r.get("place_text"),
    }


def _mention_rows(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT l.event_id, m.*, a.outlet, a.url, a.published_date FROM event_mentions m "
        "JOIN articles a USING (article_id) LEFT JOIN event_links l USING (mention_id) "
        "ORDER BY a.published_date NULLS LAST, m.article_id, m.sentence, m.trigger_start, m.mention_id"
    )


def _require(store: Store, *tables: str) -> None:
    missing = [t for t in tables if t not in store.table_names()]
    if missing:
        raise TidingsError(f"no events in this store (missing {', '.join(missing)}): run `tidings run` first")


def mention_records(store: Store) -> list[dict[str, Any]]:
    """One flat record per mention (the evidence behind events)."""
    _require(store, "event_mentions", "event_links")
    return [mention_record(r) for r in _mention_rows(store)]


def mention_record(r: dict[str, Any]) -> dict[str, Any]:
    """The mentions export's record of one stored mention row (the web API serves the same record)."""
    return {
        "mention_id": r["mention_id"],
        "event_id": r.get("event_id"),
        "article_id": r["article_id"],
        "outlet": r.get("outlet"),
        "url": r.get("url"),
        "published_date": r.get("published_date"),
        "sentence_index": r["sentence"],
        "start": r["start_char"],
        "end": r["end_char"],
        "sentence_text": r["sentence_text"],
        "trigger": r["trigger_text"],
        "type": r["type"],
        "mode": r["mode"],
        "source_name": r["source_name"],
        "source_country": r["source_country"],
        "source_sector": r["source_sector"],
        "source_role": r["source_role"],
        "source_actor_id": r["source_actor_id"],
        "target_name": r["target_name"],
        "target_country": r["target_country"],
        "target_sector": r["target_sector"],
        "target_role": r["target_role"],
        "target_actor_id": r["target_actor_id"],
        "status": r["status"],
        "date": _fmt_date(r["date_value"], r["date_precision"], r["date_from"]),
        "date_value": r["date_value"],
        "date_precision": r["date_precision"],
        "date_from": _day(r["date_from"]),
        "date_to": _day(r["date_to"]),
        "date_source": r["date_source"],
        "place_name": r["place_name"],
        "place_country": r["place_country"],
        "place_text": r.get("place_text"),
        "background": r["background"],
        "implied": r["implied"],
        "attribution": _struct(r["attribution"], ATTRIBUTION),
        "confidence": r["confidence"],
        "cameo": r["cameo"],
        "goldstein": r["goldstein"],
        "quad_class": r["quad_class"],
        "coder": r["coder"],
    }


def event_records(store: Store) -> list[dict[str, Any]]:
    """One nested record per event, mentions included, in date order."""
    _require(store, "events", "event_links", "event_mentions")
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _mention_rows(store):
        if r.get("event_id"):
            by_event[r["event_id"]].append(r)
    out = []
    for e in store.query("SELECT * FROM events ORDER BY date_from NULLS LAST, first_reported, event_id"):
        ms = by_event.get(e["event_id"], [])
        out.append(
            {
                "event_id": e["event_id"],
                "type": e["type"],
                "mode": e["mode"],
                "source": _party(e, "source"),
                "target": _party(e, "target"),
                "status": e["status"],
                "date": _fmt_date(e["date_value"], e["date_precision"], e["date_from"]),
                "date_precision": e["date_precision"],
                "date_from": _day(e["date_from"]),
                "date_to": _day(e["date_to"]),
                "location": _location(e),
                "issues": _json(e["issues"]) or [],
                "background": e["background"],
                "confidence": e["confidence"],
                "n_mentions": e["n_mentions"],
                "n_articles": e["n_articles"],
                "n_sources": e["n_sources"],
                "first_reported": _day(e["first_reported"]),
                "conflicts": _json(e["conflicts"]) or [],
                "status_history": _history(e["status_history"]),
                "cameo": e["cameo"],
                "goldstein": e["goldstein"],
                "quad_class": e["quad_class"],
                "attribution": _struct(e["attribution"], ATTRIBUTION),
                "date_basis": None,
                "mentions": [
                    {
                        "mention_id": m["mention_id"],
                        "article_id": m["article_id"],
                        "outlet": m.get("outlet"),
                        "url": m.get("url"),
                        "sentence_index": m["sentence"],
                        "sentence_text": m["sentence_text"],
                        "start": m["start_char"],
                        "end": m["end_char"],
                        "status": m["status"],
                    }
                    for m in ms
                ],
                "_rows": ms,
            }
        )
        out[-1]["date_basis"] = _date_basis(out[-1])
    return out


# -- writers ----------------------------------------------------------------------------------------
def _default(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def _open(out: Any, binary: bool):
    if isinstance(out, (str, Path)):
        return open(
            out, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else ""
        ), True
    return out, False


def _write_text(out: Any, text_fn) -> int:
    fh, close = _open(out, binary=False)
    try:
        return text_fn(fh)
    finally:
        if close:
            fh.close()


def _num(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.6g}" if abs(v) < 1e6 else str(v)
    return str(v)


_CODE3 = re.compile(r"^[A-Z]{3}$")


def _date_basis(e: dict[str, Any]) -> str | None:
    """What dates the event in GDELT's SQLDATE: its own date ('event'), else the first report's
    publication date ('article'), else the day the store got it ('added')."""
    if e.get("date_from"):
        return "event"
    if e.get("first_reported"):
        return "article"
    return "added" if any(m.get("created_at") for m in e.get("_rows") or []) else None


def gdelt_row(e: dict[str, Any]) -> list[str]:
    """One event in the GDELT 2.0 Events layout (61 fields), following the GDELT Event codebook:
    actor codes are concatenated three-letter CAMEO codes, geography per ``gdelt_geo``."""
    from .gdelt_geo import geo_fields

    rows = e.get("_rows") or []
    added = max((m.get("created_at") for m in rows if m.get("created_at")), default=None)
    d = e.get("date_from") or e.get("first_reported") or (added.date() if added else None)
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    gid = int(hashlib.sha1(e["event_id"].encode()).hexdigest()[:12], 16)

    def actor(p: dict[str, Any] | None) -> list[str]:
        if not p:
            return [""] * 10
        sector = p.get("sector") or ""
        typ = sector.upper() if len(sector) == 3 and sector.isalpha() else SECTOR_CODES.get(sector.lower(), "")
        country = (p.get("country") or "").upper()
        country = country if _CODE3.match(country) else ""  # "G7", "EU": not CAMEO country codes
        return [country + typ, (p.get("name") or "").upper(), country, "", "", "", "", typ, "", ""]

    cameo = e.get("cameo") or ""
    is_root = "1" if any((m.get("sentence") or 0) <= 1 for m in rows) else "0"
    url = next((m.get("url") for m in rows if m.get("url")), "") or ""
    fields = [
        str(gid),
        d.strftime("%Y%m%d") if d else "",
        d.strftime("%Y%m") if d else "",
        str(d.year) if d else "",
        f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else "",
        *actor(e.get("source")),
        *actor(e.get("target")),
        is_root,
        cameo,
        cameo[:3],
        cameo[:2],
        _num(e.get("quad_class")),
        _num(e.get("goldstein")),
        str(e.get("n_mentions") or 0),
        str(e.get("n_sources") or 0),
        str(e.get("n_articles") or 0),
        "",
        *([""] * 8),
        *([""] * 8),
        *geo_fields(e.get("location")),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        url,
    ]
    return [f.replace("\t", " ").replace("\n", " ") for f in fields]


def _gdelt(records: list[dict[str, Any]], fh: IO[str], *, header: bool) -> int:
    if header:
        fh.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for r in records:
        fh.write("\t".join(gdelt_row(r)) + "\n")
        n += 1
    return n


def events_table(store: Store) -> pa.Table:
    """Every event as one typed Arrow table (EVENTS_SCHEMA), mentions nested."""
    return _table(event_records(store), EVENTS_SCHEMA)


def mentions_table(store: Store) -> pa.Table:
    """Every mention as one typed Arrow table (MENTIONS_SCHEMA)."""
    return _table(mention_records(store), MENTIONS_SCHEMA)


def _write(table: pa.Table, fmt: str, out: Any, *, csv_drop: tuple[str, ...] = ()) -> int:
    from .export import write_reader

    reader = table.to_reader()
    if fmt == "parquet":
        fh, close = _open(out, binary=True)
    else:
        fh, close = _open(out, binary=False)
    try:
        return write_reader(reader, fmt, fh, csv_flatten=CSV_FLATTEN, csv_drop=csv_drop)
    finally:
        if close:
            fh.close()


def export_events(store: Store, fmt: str, out: Any, *, header: bool = False) -> int:
    """Write every event as ``fmt`` (jsonl, csv, parquet, gdelt) to ``out`` (path or handle); return events written."""
    if fmt not in FORMATS:
        raise TidingsError(f"unknown format {fmt!r} for events; choose one of: {', '.join(FORMATS)}")
    if fmt == "gdelt":
        records = event_records(store)
        return _write_text(out, lambda fh: _gdelt(records, fh, header=header))
    # CSV: one row per event; its mentions are the mentions export
    return _write(events_table(store), fmt, out, csv_drop=("mentions",))


def export_mentions(store: Store, fmt: str, out: Any) -> int:
    """Write every mention (flat) as jsonl, csv or parquet; return mentions written."""
    if fmt == "gdelt":
        raise TidingsError("--format gdelt is for --what events only")
    if fmt not in FORMATS:
        raise TidingsError(f"unknown format {fmt!r} for mentions; choose one of: jsonl, csv, parquet")
    return _write(mentions_table(store), fmt, out)
