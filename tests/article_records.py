"""Put plain records straight into ``articles`` (for tests, eval and the benchmark; not part of the package).

Why: dedup and stories read only a few article columns; their tests and benchmarks should not
depend on the ingest stage's file formats and cleaning, so they insert cleaned records directly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

from tidings.store import now, registered

__all__ = ["insert_articles", "record_id"]


def record_id(text: str, ref: str = "") -> str:
    """An article_id like ingest's ('a' + 20 hex), from the text and a reference."""
    return "a" + hashlib.sha256((ref + "\x00" + text).encode("utf-8")).hexdigest()[:20]


def insert_articles(store: Any, records: Iterable[Mapping[str, Any]]) -> list[str]:
    """Insert records (text, title, outlet, published 'YYYY-MM-DD', optional article_id/ref); return ids."""
    rows = []
    for r in records:
        text = r["text"]
        aid = r.get("article_id") or record_id(text, r.get("ref", ""))
        pub = r.get("published")
        date = dt.date.fromisoformat(pub[:10]) if pub else None
        rows.append({"article_id": aid, "external_id": r.get("ref"), "url": r.get("url"), "outlet": r.get("outlet"),
                     "title": r.get("title"), "published": pub, "published_date": date,
                     "published_source": "manifest" if pub else "unknown", "raw_text": text, "text": text,
                     "word_count": len(text.split()), "source_path": r.get("ref") or aid})
    if not rows:
        return []
    t = pa.Table.from_pylist(rows, schema=pa.schema([
        ("article_id", pa.string()), ("external_id", pa.string()), ("url", pa.string()), ("outlet", pa.string()),
        ("title", pa.string()), ("published", pa.string()), ("published_date", pa.date32()),
        ("published_source", pa.string()), ("raw_text", pa.string()), ("text", pa.string()),
        ("word_count", pa.int32()), ("source_path", pa.string())]))
    with store.transaction() as con:
        with registered(con, "_recs", t):
            con.execute("INSERT INTO articles (article_id, external_id, url, outlet, title, published, published_date, "
                        "published_source, raw_text, text, word_count, source_path, ingested_at) "
                        "SELECT *, ? FROM _recs", [now()])
    return [r["article_id"] for r in rows]
