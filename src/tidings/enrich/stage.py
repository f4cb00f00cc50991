"""The enrich stage: actors, time expressions, places and topics on each stored parse.

Reads the parse from ``nlp_docs`` (no re-parse), runs ``analyse`` and replaces the article's rows in
one transaction with ``mark_done``, so a re-run or a version bump never leaves two generations of
rows. A failing article is recorded in ``stage_errors`` and the run goes on. Like the nlp stage,
large runs compute on two worker processes (``enrich_batch`` returns plain rows) and the parent
writes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..nlp.stage import bulk_insert, ordered_map
from ..pipeline import Progress, Stage, StageReport
from . import analyse
from .rows import TABLES, actor_rows, article_rows

__all__ = ["STAGE", "run", "enrich_batch", "VERSION"]

VERSION = "1"
CHUNK = 64
PARALLEL_MIN = 1500  # as for the nlp stage: at 400 articles the workers start-up costs more than it saves

Row = tuple[Any, ...]
_ACTOR_COLS = ("actor_id", "name", "kind", "country", "sector", "description", "source")
Result = tuple[list[str], dict[str, list[Row]], list[Row], list[tuple[str, str]], int]


def _warm() -> None:
    from ..actors import kb
    from ..nlp import load_nlp

    load_nlp()
    kb()


def enrich_batch(items: list[tuple[str, bytes | None, Any]]) -> Result:
    """Enrich (article_id, docbin, published) items: done ids, rows per table, actor rows, errors."""
    from ..nlp import doc_from_bytes

    done: list[str] = []
    rows: dict[str, list[Row]] = {t: [] for t in TABLES}
    mentions: list[Any] = []
    errors: list[tuple[str, str]] = []
    for aid, docbin, published in items:
        if docbin is None:  # not parsed (not English): nothing to enrich
            done.append(aid)
            continue
        try:
            e = analyse(aid, doc_from_bytes(docbin), published=published)
            out = article_rows(e)
        except Exception as exc:  # noqa: BLE001 - one article's failure is recorded, not fatal
            errors.append((aid, f"{type(exc).__name__}: {exc}"))
            continue
        for table, r in out.items():
            rows[table] += r
        mentions += e.actors
        done.append(aid)
    return done, rows, actor_rows(mentions), errors, len(rows["actor_mentions"])


def _write(store: Any, res: Result) -> None:
    done, rows, actors, errors, _ = res
    with store.transaction() as con:
        if done:
            for table in TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [done])
        for table, cols in TABLES.items():
            bulk_insert(con, table, cols, rows.get(table, []))
        bulk_insert(con, "actors", _ACTOR_COLS, actors, replace=True)
        store.mark_done(con, "enrich", VERSION, done)
        for aid, msg in errors:
            store.record_error(con, "enrich", VERSION, aid, msg)


def run(store: Any, progress: Progress) -> StageReport:
    from .. import places, timex, topics  # noqa: F401 - fail the run, not every article, if one is missing

    report = StageReport("enrich")
    ids = store.pending("enrich", VERSION, requires="nlp")
    if not ids:
        return report
    parallel = len(ids) >= PARALLEL_MIN
    report.notes["n_process"] = 2 if parallel else 1

    def tasks() -> Iterator[list[tuple[str, bytes | None, Any]]]:
        for k in range(0, len(ids), CHUNK):
            yield store.con.execute(
                "SELECT n.article_id, n.docbin, a.published_date FROM nlp_docs n JOIN articles a USING (article_id) "
                "WHERE n.article_id IN (SELECT unnest(?))", [ids[k:k + CHUNK]]).fetchall()

    progress.start("enrich", len(ids))
    n_mentions = 0
    for res in ordered_map(enrich_batch, tasks(), parallel=parallel, initializer=_warm):
        _write(store, res)
        n_mentions += res[4]
        report.processed += len(res[0])
        report.errors += len(res[3])
        progress.advance(len(res[0]) + len(res[3]))
    progress.finish()
    report.notes["actor_mentions"] = n_mentions
    return report


STAGE = Stage(
    name="enrich",
    version=VERSION,
    requires=("nlp",),
    run=run,
    description="actors (with dated roles), time expressions, places and topics on the stored parse",
    writes=("actor_mentions", "actors", "timexes", "places", "topic_tags"),
)
