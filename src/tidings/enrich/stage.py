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

VERSION = "2"  # 2: time expressions no longer start inside a word ("noon" in "afternoon")
CHUNK = 64
PARALLEL_MIN = 1500  # as for the nlp stage: at 400 articles the workers start-up costs more than it saves

Row = tuple[Any, ...]
_ACTOR_COLS = ("actor_id", "name", "kind", "country", "sector", "description", "source")
Result = tuple[list[str], dict[str, list[Row]], list[Row], list[tuple[str, str]], int]


def _warm() -> None:
    """Load the model, the KB and every analyser's lexicons and matchers (one short article through
    ``analyse``), so that the first batch does not pay for them."""
    import datetime as dt

    from ..actors import kb
    from ..nlp import load_nlp

    kb()
    analyse("warm-up", load_nlp()("Secretary of State Antony Blinken arrived in Beijing on Monday."),
            published=dt.date(2024, 1, 1))


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


def _stored(store: Any, ids: list[str]) -> set[str]:
    """Which of ``ids`` already have rows in the stage's tables (a re-run or a version bump).

    Asked once per run: a DELETE per batch scans each table whole, so the batches of a long run
    would pay for every row written before them; articles with no rows need no DELETE.
    """
    union = " UNION ".join(f"SELECT article_id FROM {t} WHERE article_id IN (SELECT unnest($ids))" for t in TABLES)
    return {r[0] for r in store.con.execute(union, {"ids": ids}).fetchall()}


def _write(store: Any, res: Result, stored: set[str] | None = None) -> None:
    """Replace the rows of the batch's articles (``stored``: the ids that may have rows; None: any)."""
    done, rows, actors, errors, _ = res
    with store.transaction() as con:
        old = done if stored is None else [a for a in done if a in stored]
        if old:
            for table in TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [old])
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
    stored = _stored(store, ids)
    written: set[str] = set()  # actors rows come from the KB: written once per run is enough
    for res in ordered_map(enrich_batch, tasks(), parallel=parallel, initializer=_warm):
        new_actors = [a for a in res[2] if a[0] not in written]
        written.update(a[0] for a in new_actors)
        _write(store, (res[0], res[1], new_actors, res[3], res[4]), stored)
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
