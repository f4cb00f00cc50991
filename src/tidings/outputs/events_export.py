"""Event and mention exports: JSON Lines (nested), CSV (flat), Parquet (nested), GDELT 2.0 layout.

An event carries every mention that supports it (article, outlet, sentence, offsets), honest counts
(mentions, articles, independent source groups) and the conflicts between sources. The GDELT layout
is the 61-column GDELT 2.0 Events table, tab-separated and header-less like GDELT's own files
(``header=True`` adds a header line); docs/events.md says where our values differ from GDELT's.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import TidingsError
from ..store import Store

__all__ = ["export_events", "export_mentions", "event_records", "mention_records", "GDELT_COLUMNS", "gdelt_row"]

FORMATS = ("jsonl", "csv", "parquet", "gdelt")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{n}{f}" for n in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *[f"{g}Geo_{f}" for g in ("Actor1", "Actor2", "Action") for f in ("Type", "FullName", "CountryCode", "ADM1Code",
                                                                       "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# Actor sector -> CAMEO actor type code (Actor1Type1Code; also appended to Actor1Code as GDELT does).
SECTOR_CODES = {
    "government": "GOV", "military": "MIL", "business": "BUS", "media": "MED", "ngo": "NGO", "opposition": "OPP",
    "police": "COP", "judiciary": "JUD", "legislature": "LEG", "igo": "IGO", "rebel": "REB", "civilian": "CVL",
    "education": "EDU", "health": "HLH", "religion": "REL", "party": "PTY", "diplomacy": "GOV", "intelligence": "SPY",
}


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
    return {"name": r["place_name"], "country": r.get("place_country"), "admin1": r.get("place_admin1"),
            "lat": r.get("place_lat"), "lon": r.get("place_lon"), "geonameid": r.get("place_geonameid")}


def _mention_rows(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT l.event_id, m.*, a.outlet, a.url, a.published_date FROM event_mentions m "
        "JOIN articles a USING (article_id) LEFT JOIN event_links l USING (mention_id) "
        "ORDER BY a.published_date NULLS LAST, m.article_id, m.sentence, m.trigger_start")


def _require(store: Store, *tables: str) -> None:
    missing = [t for t in tables if t not in store.table_names()]
    if missing:
        raise TidingsError(f"no events in this store (missing {', '.join(missing)}): run `tidings run` first")


def mention_records(store: Store) -> list[dict[str, Any]]:
    """One flat record per mention (the evidence behind events)."""
    _require(store, "event_mentions", "event_links")
    out = []
    for r in _mention_rows(store):
        out.append({
            "mention_id": r["mention_id"], "event_id": r.get("event_id"), "article_id": r["article_id"],
            "outlet": r.get("outlet"), "url": r.get("url"), "published_date": r.get("published_date"),
            "sentence": r["sentence"], "start": r["start_char"], "end": r["end_char"], "sentence_text": r["sentence_text"],
            "trigger": r["trigger_text"], "type": r["type"], "mode": r["mode"],
            "source_name": r["source_name"], "source_country": r["source_country"], "source_sector": r["source_sector"],
            "source_role": r["source_role"], "source_actor_id": r["source_actor_id"],
            "target_name": r["target_name"], "target_country": r["target_country"], "target_sector": r["target_sector"],
            "target_role": r["target_role"], "target_actor_id": r["target_actor_id"],
            "status": r["status"], "date": _fmt_date(r["date_value"], r["date_precision"], r["date_from"]),
            "date_value": r["date_value"], "date_precision": r["date_precision"], "date_from": r["date_from"],
            "date_to": r["date_to"], "date_source": r["date_source"], "place_name": r["place_name"],
            "place_country": r["place_country"], "background": r["background"], "implied": r["implied"],
            "attribution": _json(r["attribution"]), "confidence": r["confidence"], "cameo": r["cameo"],
            "goldstein": r["goldstein"], "quad_class": r["quad_class"], "coder": r["coder"],
        })
    return out


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
        out.append({
            "event_id": e["event_id"], "type": e["type"], "mode": e["mode"],
            "source": _party(e, "source"), "target": _party(e, "target"), "status": e["status"],
            "date": _fmt_date(e["date_value"], e["date_precision"], e["date_from"]), "date_precision": e["date_precision"],
            "date_from": e["date_from"], "date_to": e["date_to"], "location": _location(e),
            "issues": _json(e["issues"]) or [], "background": e["background"], "confidence": e["confidence"],
            "n_mentions": e["n_mentions"], "n_articles": e["n_articles"], "n_sources": e["n_sources"],
            "first_reported": e["first_reported"], "conflicts": _json(e["conflicts"]) or [],
            "status_history": _json(e["status_history"]) or [],
            "cameo": e["cameo"], "goldstein": e["goldstein"], "quad_class": e["quad_class"],
            "attribution": _json(e["attribution"]),
            "mentions": [{"article_id": m["article_id"], "outlet": m.get("outlet"), "url": m.get("url"),
                          "sentence": m["sentence_text"], "sentence_index": m["sentence"], "start": m["start_char"],
                          "end": m["end_char"], "status": m["status"], "mention_id": m["mention_id"]} for m in ms],
            "_rows": ms,
        })
    return out


# -- writers ----------------------------------------------------------------------------------------
def _default(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def _open(out: Any, binary: bool):
    if isinstance(out, (str, Path)):
        return open(out, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else ""), True
    return out, False


def _write_text(out: Any, text_fn) -> int:
    fh, close = _open(out, binary=False)
    try:
        return text_fn(fh)
    finally:
        if close:
            fh.close()


def _jsonl(records: list[dict[str, Any]], fh: IO[str]) -> int:
    for r in records:
        fh.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False, default=_default))
        fh.write("\n")
    return len(records)


def _flatten(r: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for k, v in r.items():
        if k.startswith("_") or k == "mentions":
            continue
        if isinstance(v, dict) and k in ("source", "target", "location"):
            for kk, vv in v.items():
                flat[f"{k}_{kk}"] = vv
        elif k in ("source", "target", "location") and v is None:
            keys = ("name", "country", "admin1", "lat", "lon", "geonameid") if k == "location" else (
                "name", "country", "sector", "role", "actor_id")
            for kk in keys:
                flat[f"{k}_{kk}"] = None
        elif isinstance(v, (list, dict)):
            flat[k] = json.dumps(v, ensure_ascii=False, default=_default)
        else:
            flat[k] = v
    return flat


def _csv(records: list[dict[str, Any]], fh: IO[str]) -> int:
    rows = [_flatten(r) for r in records]
    if not rows:
        return 0
    w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()), extrasaction="ignore")
    w.writeheader()
    for row in rows:
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return len(rows)


def _parquet(records: list[dict[str, Any]], out: Any) -> int:
    clean = []
    for r in records:
        d = {k: v for k, v in r.items() if not k.startswith("_")}
        for k in ("conflicts", "status_history", "attribution"):
            if k in d:
                d[k] = json.dumps(d[k], default=_default) if d[k] not in (None, []) else None
        clean.append(d)
    return _write_parquet_rows(clean, out, id_column="event_id")


def _write_parquet_rows(rows: list[dict[str, Any]], out: Any, *, id_column: str) -> int:
    """Rows as one Parquet table (an empty export still has its id column, so readers see a schema)."""
    table = pa.Table.from_pylist(rows) if rows else pa.table({id_column: pa.array([], pa.string())})
    fh, close = _open(out, binary=True)
    try:
        pq.write_table(table, fh)
    finally:
        if close:
            fh.close()
    return len(rows)


def _num(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.6g}" if abs(v) < 1e6 else str(v)
    return str(v)


def gdelt_row(e: dict[str, Any]) -> list[str]:
    """One event in the GDELT 2.0 Events layout (61 fields)."""
    rows = e.get("_rows") or []
    d = e.get("date_from")
    if d is None and e.get("first_reported"):
        d = e["first_reported"]
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    gid = int(hashlib.sha1(e["event_id"].encode()).hexdigest()[:12], 16)
    def actor(p: dict[str, Any] | None) -> list[str]:
        if not p:
            return [""] * 10
        sector = p.get("sector") or ""
        typ = sector.upper() if len(sector) == 3 and sector.isalpha() else SECTOR_CODES.get(sector.lower(), "")
        code = (p.get("country") or "") + typ
        return [code, (p.get("name") or "").upper(), p.get("country") or "", "", "", "", "", typ, "", ""]
    loc = e.get("location")
    geo_action = [""] * 8
    if loc:
        gtype = "3" if loc.get("country") == "USA" else "4"
        adm1 = f"{loc.get('country') or ''}{loc.get('admin1') or ''}" if loc.get("admin1") else (loc.get("country") or "")
        geo_action = [gtype, loc.get("name") or "", loc.get("country") or "", adm1, "", _num(loc.get("lat")),
                      _num(loc.get("lon")), _num(loc.get("geonameid"))]
    cameo = e.get("cameo") or ""
    is_root = "1" if any((m.get("sentence") or 0) <= 1 for m in rows) else "0"
    added = max((m.get("created_at") for m in rows if m.get("created_at")), default=None)
    url = next((m.get("url") for m in rows if m.get("url")), "") or ""
    fields = [
        str(gid), d.strftime("%Y%m%d") if d else "", d.strftime("%Y%m") if d else "", str(d.year) if d else "",
        f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}" if d else "",
        *actor(e.get("source")), *actor(e.get("target")),
        is_root, cameo, cameo[:3], cameo[:2], _num(e.get("quad_class")), _num(e.get("goldstein")),
        str(e.get("n_mentions") or 0), str(e.get("n_sources") or 0), str(e.get("n_articles") or 0), "",
        *([""] * 8), *([""] * 8), *geo_action,
        added.strftime("%Y%m%d%H%M%S") if added else "", url,
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


def export_events(store: Store, fmt: str, out: Any, *, header: bool = False) -> int:
    """Write every event as ``fmt`` (jsonl, csv, parquet, gdelt) to ``out`` (path or handle); return events written."""
    if fmt not in FORMATS:
        raise TidingsError(f"unknown format {fmt!r} for events; choose one of: {', '.join(FORMATS)}")
    records = event_records(store)
    if fmt == "parquet":
        return _parquet(records, out)
    if fmt == "jsonl":
        return _write_text(out, lambda fh: _jsonl(records, fh))
    if fmt == "csv":
        return _write_text(out, lambda fh: _csv(records, fh))
    return _write_text(out, lambda fh: _gdelt(records, fh, header=header))


def export_mentions(store: Store, fmt: str, out: Any) -> int:
    """Write every mention (flat) as jsonl, csv or parquet; return mentions written."""
    if fmt == "gdelt":
        raise TidingsError("--format gdelt is for --what events only")
    if fmt not in FORMATS:
        raise TidingsError(f"unknown format {fmt!r} for mentions; choose one of: jsonl, csv, parquet")
    records = mention_records(store)
    if fmt == "parquet":
        clean = [{k: (json.dumps(v) if isinstance(v, dict) else v) for k, v in r.items()} for r in records]
        return _write_parquet_rows(clean, out, id_column="mention_id")
    if fmt == "jsonl":
        return _write_text(out, lambda fh: _jsonl(records, fh))
    return _write_text(out, lambda fh: _csv(records, fh))
