"""Enriched records to and from store rows (tables of migration 0002)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from ..actors import ActorMention

if TYPE_CHECKING:
    from . import Enriched

__all__ = ["TABLES", "article_rows", "actor_rows", "load_rows"]

# table -> insert column order (article_id first).
TABLES: dict[str, tuple[str, ...]] = {
    "actor_mentions": ("article_id", "idx", "sentence", "start_char", "end_char", "text", "actor_id", "name",
                       "country", "sector", "role", "kind", "resolved"),
    "timexes": ("article_id", "idx", "sentence", "start_char", "end_char", "text", "kind", "value", "precision",
                "anchor", "end_value", "mod"),
    "places": ("article_id", "idx", "sentence", "start_char", "end_char", "text", "name", "geonameid", "country",
               "admin1", "lat", "lon", "feature", "score"),
    "topic_tags": ("article_id", "sentence", "topic", "start_char", "end_char", "matched"),
}


def _sentence_of(doc: Any) -> Any:
    starts = [s.start_char for s in doc.sents]
    return lambda ch: max(0, bisect.bisect_right(starts, ch) - 1)


def article_rows(e: "Enriched") -> dict[str, list[tuple[Any, ...]]]:
    """Rows of every 0002 table for one enriched article."""
    aid = e.article_id
    sent = _sentence_of(e.doc)
    out: dict[str, list[tuple[Any, ...]]] = {}
    out["actor_mentions"] = [(aid, i, m.sentence, m.start, m.end, m.text, m.actor_id, m.name, m.country, m.sector,
                              m.role, m.kind, m.resolved) for i, m in enumerate(e.actors)]
    out["timexes"] = [(aid, i, sent(t.start), t.start, t.end, t.text, t.kind, t.value, t.precision, t.anchor,
                       t.end_value, t.mod) for i, t in enumerate(e.timexes)]
    out["places"] = [(aid, i, p.sentence, p.start, p.end, p.text, p.name, p.geonameid, p.country, p.admin1, p.lat,
                      p.lon, p.feature, p.score) for i, p in enumerate(e.places)]
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
                seen[a.actor_id] = (a.actor_id, a.name, a.kind, a.country, a.sector, a.description or None,
                                    a.source or None)
    return list(seen.values())


def _build(cls: type, row: dict[str, Any], mapping: dict[str, str]) -> Any:
    names = [f.name for f in fields(cls)]
    return cls(**{n: row.get(mapping.get(n, n)) for n in names})


def load_rows(store: Any, article_ids: Sequence[str]) -> Iterator["Enriched"]:
    from ..nlp import doc_from_bytes
    from ..places import Place
    from ..timex import Timex
    from ..topics import TopicTag
    from . import Enriched

    ids = list(article_ids)
    if not ids:
        return
    docs = {r["article_id"]: r for r in store.query(
        "SELECT n.article_id, n.docbin, a.published_date FROM nlp_docs n JOIN articles a USING (article_id) "
        "WHERE n.article_id IN (SELECT unnest(?))", [ids])}
    by: dict[str, dict[str, list[dict[str, Any]]]] = {t: defaultdict(list) for t in TABLES}
    for table in TABLES:
        order = "sentence, start_char" if table == "topic_tags" else "idx"
        for r in store.query(f"SELECT * FROM {table} WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, {order}",
                             [ids]):
            by[table][r["article_id"]].append(r)
    span = {"start": "start_char", "end": "end_char"}
    for aid in ids:
        d = docs.get(aid)
        if d is None or d["docbin"] is None:
            continue
        yield Enriched(
            article_id=aid,
            published=d["published_date"],
            doc=doc_from_bytes(d["docbin"]),
            actors=[_build(ActorMention, r, span) for r in by["actor_mentions"][aid]],
            timexes=[_build(Timex, r, span) for r in by["timexes"][aid]],
            places=[_build(Place, r, span) for r in by["places"][aid]],
            topics=[_build(TopicTag, r, span) for r in by["topic_tags"][aid]],
        )
