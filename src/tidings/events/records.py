"""Enriched records for the events stage's worker processes: rows read by the parent, records built by a worker.

``tidings.enrich.load`` reads the rows *and* rebuilds the records (DocBin -> Doc, rows -> dataclasses)
in the process that holds the store; at ~1.3 ms an article that rebuilding is a fifth of the stage.
Here the two halves are split so the parent (the only DuckDB user) does only the cheap part: ``read``
fetches plain tuples, which pickle cheaply, and ``build`` rebuilds the records in a worker exactly as
``enrich.rows.load_rows`` does (tests/test_events.py checks both give the same mentions).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

__all__ = ["Payload", "read", "build"]

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Payload:
    """One batch's stored rows: the parse and date per article, and each enrich table's rows with their columns."""

    ids: list[str]
    docs: dict[str, tuple[bytes | None, Any]]
    tables: dict[str, tuple[tuple[str, ...], dict[str, list[Row]]]]


def read(store: Any, article_ids: Sequence[str]) -> Payload:
    """The rows ``enrich.load`` would read for ``article_ids`` (same queries, same order), as tuples."""
    from ..enrich.rows import TABLES

    ids = list(article_ids)
    docs = {aid: (docbin, published) for aid, docbin, published in store.con.execute(
        "SELECT n.article_id, n.docbin, a.published_date FROM nlp_docs n JOIN articles a USING (article_id) "
        "WHERE n.article_id IN (SELECT unnest(?))", [ids]).fetchall()}
    tables: dict[str, tuple[tuple[str, ...], dict[str, list[Row]]]] = {}
    for table in TABLES:
        order = "sentence, start_char" if table == "topic_tags" else "idx"
        cur = store.con.execute(
            f"SELECT * FROM {table} WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, {order}", [ids])
        cols = tuple(d[0] for d in cur.description)
        key = cols.index("article_id")
        by: dict[str, list[Row]] = defaultdict(list)
        for r in cur.fetchall():
            by[r[key]].append(r)
        tables[table] = (cols, dict(by))
    return Payload(ids=ids, docs=docs, tables=tables)


def _builder(cls: type, cols: tuple[str, ...]) -> Any:
    """Row tuple -> ``cls``, naming fields as ``enrich.rows._build`` does (start/end are start_char/end_char)."""
    span = {"start": "start_char", "end": "end_char"}
    where = {c: i for i, c in enumerate(cols)}
    picks = [(f.name, where.get(span.get(f.name, f.name))) for f in fields(cls)]
    return lambda r: cls(**{n: (r[i] if i is not None else None) for n, i in picks})


def build(payload: Payload) -> Iterator[Any]:
    """``tidings.enrich.Enriched`` records of the payload, in its order (articles without a parse skipped)."""
    from ..actors import ActorMention
    from ..enrich import Enriched
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
