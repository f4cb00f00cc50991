"""Enriched records to and from store rows (tables of migration 0002)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

from ..actors import ActorMention
from .model import Enriched

__all__ = ["TABLES", "Payload", "article_rows", "actor_rows", "build_records", "load_rows", "read_rows"]

# table -> insert column order (article_id first).
TABLES: dict[str, tuple[str, ...]] = {
    "actor_mentions": (
        "article_id",
        "idx",
        "sentence",
        "start_char",
        "end_char",
        "text",
        "actor_id",
        "name",
        "country",
        "sector",
        "role",
        "kind",
        "resolved",
    ),
    "timexes": (
        "article_id",
        "idx",
        "sentence",
        "start_char",
        "end_char",
        "text",
        "kind",
        "value",
        "precision",
        "anchor",
        "end_value",
        "mod",
    ),
    "places": (
        "article_id",
        "idx",
        "sentence",
        "start_char",
        "end_char",
        "text",
        "name",
        "geonameid",
        "country",
        "admin1",
        "lat",
        "lon",
        "feature",
        "score",
    ),
    "topic_tags": ("article_id", "sentence", "topic", "start_char", "end_char", "matched"),
}


def _sentence_of(doc: Any) -> Any:
    starts = [s.start_char for s in doc.sents]
    return lambda ch: max(0, bisect.bisect_right(starts, ch) - 1)


def article_rows(e: Enriched) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of every 0002 table for one enriched article."""
    aid = e.article_id
    sent = _sentence_of(e.doc)
    out: dict[str, list[tuple[Any, ...]]] = {}
    out["actor_mentions"] = [
        (
            aid,
            i,
            m.sentence,
            m.start,
            m.end,
            m.text,
            m.actor_id,
            m.name,
            m.country,
            m.sector,
            m.role,
            m.kind,
            m.resolved,
        )
        for i, m in enumerate(e.actors)
    ]
    out["timexes"] = [
        (aid, i, sent(t.start), t.start, t.end, t.text, t.kind, t.value, t.precision, t.anchor, t.end_value, t.mod)
        for i, t in enumerate(e.timexes)
    ]
    out["places"] = [
        (
            aid,
            i,
            p.sentence,
            p.start,
            p.end,
            p.text,
            p.name,
            p.geonameid,
            p.country,
            p.admin1,
            p.lat,
            p.lon,
            p.feature,
            p.score,
        )
        for i, p in enumerate(e.places)
    ]
    out["topic_tags"] = [(aid, t.sentence, t.topic, t.start, t.end, t.matched) for t in e.topics]
    return out


def actor_rows(mentions: Sequence[ActorMention]) -> list[tuple[Any, ...]]:
    """``actors`` rows for the canonical actors among ``mentions``."""
    from ..actors import kb

    k = kb()
    seen: dict[str, tuple[Any, ...]] = {}
    for m in mentions:
        if m.actor_id and m.actor_id not in seen:
            a = k.get(m.actor_id)
            if a is not None:
                seen[a.actor_id] = (
                    a.actor_id,
                    a.name,
                    a.kind,
                    a.country,
                    a.sector,
                    a.description or None,
                    a.source or None,
                )
    return list(seen.values())


Row = tuple[Any, ...]


@dataclass(frozen=True)
class Payload:
    """One batch's stored rows: the parse and date per article, and each enrich table's rows with their columns.

    Plain tuples, so reading (``read_rows``, in the process that holds the store) and rebuilding
    (``build_records``, which can run in a worker: at ~1.3 ms an article it is the costly half) can
    happen in different processes."""

    ids: list[str]
    docs: dict[str, tuple[bytes | None, Any]]
    tables: dict[str, tuple[tuple[str, ...], dict[str, list[Row]]]]


def read_rows(store: Any, article_ids: Sequence[str]) -> Payload:
    """The stored parse and enrich rows of ``article_ids``, as tuples."""
    ids = list(article_ids)
    docs = {
        aid: (docbin, published)
        for aid, docbin, published in store.con.execute(
            "SELECT n.article_id, n.docbin, a.published_date FROM nlp_docs n JOIN articles a USING (article_id) "
            "WHERE n.article_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
    }
    tables: dict[str, tuple[tuple[str, ...], dict[str, list[Row]]]] = {}
    for table in TABLES:
        order = "sentence, start_char" if table == "topic_tags" else "idx"
        cur = store.con.execute(
            f"SELECT * FROM {table} WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, {order}", [ids]
        )
        cols = tuple(d[0] for d in cur.description)
        key = cols.index("article_id")
        by: dict[str, list[Row]] = defaultdict(list)
        for r in cur.fetchall():
            by[r[key]].append(r)
        tables[table] = (cols, dict(by))
    return Payload(ids=ids, docs=docs, tables=tables)


def _builder(cls: type, cols: tuple[str, ...]) -> Any:
    """Row tuple -> ``cls`` (the dataclasses' start/end are the tables' start_char/end_char)."""
    span = {"start": "start_char", "end": "end_char"}
    where = {c: i for i, c in enumerate(cols)}
    fs = fields(cls)
    picks = [(f.name, where.get(span.get(f.name, f.name))) for f in fs]
    if not all(f.init and not f.kw_only for f in fs):
        return lambda r: cls(**{n: (r[i] if i is not None else None) for n, i in picks})
    # every field an argument in field order: positional, without a dict per record (same values)
    idx = [i for _, i in picks]
    return lambda r: cls(*[(r[i] if i is not None else None) for i in idx])


def build_records(payload: Payload) -> Iterator[Enriched]:
    """``Enriched`` records of the payload, in its order (articles without a parse skipped)."""
    from ..nlp import doc_from_bytes
    from ..places import Place
    from ..timex import Timex
    from ..topics import TopicTag

    classes = {"actor_mentions": ActorMention, "timexes": Timex, "places": Place, "topic_tags": TopicTag}
    make = {t: _builder(classes[t], cols) for t, (cols, _) in payload.tables.items()}
    rows = {t: by for t, (_, by) in payload.tables.items()}

    def records(table: str, aid: str) -> list[Any]:
        return [make[table](r) for r in rows[table].get(aid, ())]

    for aid in payload.ids:
        d = payload.docs.get(aid)
        if d is None or d[0] is None:
            continue
        yield Enriched(
            article_id=aid,
            published=d[1],
            doc=doc_from_bytes(d[0]),
            actors=records("actor_mentions", aid),
            timexes=records("timexes", aid),
            places=records("places", aid),
            topics=records("topic_tags", aid),
        )


def load_rows(store: Any, article_ids: Sequence[str]) -> Iterator[Enriched]:
    """``read_rows`` then ``build_records``, in one process."""
    if not article_ids:
        return
    yield from build_records(read_rows(store, article_ids))
