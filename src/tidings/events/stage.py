"""The 'events' stage: code every enriched article into PLOVER event mentions.

Reads each article's stored parse and enrichment (``tidings.enrich.load``), runs the pure coder and
rewrites the article's rows of ``event_mentions`` in one transaction with its ``stage_state`` mark,
so a crash never leaves half an article coded and a new coder version re-codes everything.

Rebuilding the records and coding them is CPU work per article, so a large run (``PARALLEL_MIN``)
does it on two forked worker processes, as the nlp and enrich stages do: the parent stays the only
DuckDB user, reading each batch's rows as plain tuples (``enrich.rows.read_rows``) and writing the Arrow
table of mentions each worker sends back; workers never open the store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from ..errors import reraise_interrupt
from ..pipeline import Progress, Stage, StageReport
from ..runtime import ordered_map, settings
from ..store import now, registered
from .coder import code_article
from .model import CODER, EventMention

if TYPE_CHECKING:
    from ..enrich.rows import Payload

__all__ = [
    "STAGE",
    "NAME",
    "VERSION",
    "run",
    "mention_rows",
    "mention_table",
    "write_mentions",
    "code_batch",
    "MENTION_COLUMNS",
    "fuse_columns",
    "code_parsed",
    "write_fused",
]

NAME = "events"
VERSION = CODER
BATCH_SIZE = 200  # articles per transaction (and per worker task)
PARALLEL_MIN = 1000  # pending articles from which two worker processes pay for themselves (forked: cheap start)

MENTION_COLUMNS = (
    "mention_id",
    "article_id",
    "sentence",
    "start_char",
    "end_char",
    "sentence_text",
    "trigger_text",
    "trigger_start",
    "trigger_end",
    "type",
    "mode",
    "source_name",
    "source_country",
    "source_sector",
    "source_role",
    "source_actor_id",
    "source_kind",
    "target_name",
    "target_country",
    "target_sector",
    "target_role",
    "target_actor_id",
    "target_kind",
    "status",
    "date_value",
    "date_precision",
    "date_from",
    "date_to",
    "date_source",
    "place_name",
    "place_country",
    "place_admin1",
    "place_lat",
    "place_lon",
    "place_geonameid",
    "place_text",
    "issues",
    "background",
    "attribution",
    "duration",
    "implied",
    "confidence",
    "cameo",
    "goldstein",
    "quad_class",
    "extra",
    "coder",
    "created_at",
)


def _d(v: str | None) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def mention_rows(mentions: Iterable[EventMention], *, created: dt.datetime | None = None) -> list[dict[str, Any]]:
    created = created or now()
    rows = []
    for m in mentions:
        s, t, p = m.source, m.target, m.place
        rows.append(
            {
                "mention_id": m.mention_id,
                "article_id": m.article_id,
                "sentence": m.sentence,
                "start_char": m.start,
                "end_char": m.end,
                "sentence_text": m.sentence_text,
                "trigger_text": m.trigger,
                "trigger_start": m.trigger_start,
                "trigger_end": m.trigger_end,
                "type": m.type,
                "mode": m.mode,
                "source_name": s.name if s else None,
                "source_country": s.country if s else None,
                "source_sector": s.sector if s else None,
                "source_role": s.role if s else None,
                "source_actor_id": s.actor_id if s else None,
                "source_kind": s.kind if s else None,
                "target_name": t.name if t else None,
                "target_country": t.country if t else None,
                "target_sector": t.sector if t else None,
                "target_role": t.role if t else None,
                "target_actor_id": t.actor_id if t else None,
                "target_kind": t.kind if t else None,
                "status": m.status,
                "date_value": m.date_value,
                "date_precision": m.date_precision,
                "date_from": _d(m.date_from),
                "date_to": _d(m.date_to),
                "date_source": m.date_source,
                "place_name": p.name if p else None,
                "place_country": p.country if p else None,
                "place_admin1": p.admin1 if p else None,
                "place_lat": p.lat if p else None,
                "place_lon": p.lon if p else None,
                "place_geonameid": int(p.geonameid) if p and p.geonameid is not None else None,
                "place_text": p.text if p else None,
                "issues": json.dumps(list(m.issues)),
                "background": m.background,
                "attribution": json.dumps(m.attribution.to_dict()) if m.attribution else None,
                "duration": m.duration,
                "implied": m.implied,
                "confidence": m.confidence,
                "cameo": m.cameo,
                "goldstein": m.goldstein,
                "quad_class": m.quad_class,
                "extra": json.dumps(m.extra, default=str) if m.extra else None,
                "coder": m.coder,
                "created_at": created,
            }
        )
    return rows


_ARROW = pa.schema(
    [
        ("sentence", pa.int32()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("date_from", pa.date32()),
        ("date_to", pa.date32()),
        ("place_lat", pa.float64()),
        ("place_lon", pa.float64()),
        ("place_geonameid", pa.int64()),
        ("background", pa.bool_()),
        ("implied", pa.bool_()),
        ("confidence", pa.float64()),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int32()),
        ("created_at", pa.timestamp("us")),
    ]
)


def mention_table(rows: list[dict[str, Any]]) -> pa.Table:
    """``mention_rows`` as the Arrow table ``write_mentions`` inserts (built where the rows are: in a worker)."""
    fields = [_ARROW.field(c) if c in _ARROW.names else pa.field(c, pa.string()) for c in MENTION_COLUMNS]
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def write_mentions(con: Any, article_ids: Sequence[str], rows: list[dict[str, Any]] | pa.Table) -> None:
    """Replace the mentions of ``article_ids`` with ``rows`` (call inside a transaction)."""
    if article_ids:
        with registered(con, "_ev_ids", pa.table({"article_id": pa.array(list(article_ids), type=pa.string())})):
            con.execute("DELETE FROM event_mentions WHERE article_id IN (SELECT article_id FROM _ev_ids)")
    table = rows if isinstance(rows, pa.Table) else mention_table(rows) if rows else None
    if table is None or table.num_rows == 0:
        return
    with registered(con, "_ev_rows", table):
        cols = ", ".join(MENTION_COLUMNS)
        con.execute(f"INSERT INTO event_mentions ({cols}) SELECT {cols} FROM _ev_rows")


# A coded batch: done ids, their mentions as an Arrow table, (article_id, error) pairs.
Coded = tuple[list[str], pa.Table, list[tuple[str, BaseException | str]]]


def _code(items: Iterable[Any], created: dt.datetime) -> Coded:
    """Code enriched records; one failing article is reported, not fatal."""
    coded: list[EventMention] = []
    done: list[str] = []
    failed: list[tuple[str, BaseException | str]] = []
    for e in items:
        try:
            coded.extend(code_article(e))
            done.append(e.article_id)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
            reraise_interrupt(exc)
            failed.append((e.article_id, exc))
    return done, mention_table(mention_rows(coded, created=created)), failed


def code_batch(task: tuple[Payload, dt.datetime]) -> Coded | str:
    """What a worker runs: rebuild the batch's records from its rows and code them.

    Returns the coded batch, or the error message when the batch's records cannot be rebuilt (the
    single-process path records that error for every article of the batch; so does the parent here).
    Errors travel as messages: an exception object need not pickle.
    """
    from ..enrich.rows import build_records

    payload, created = task
    try:
        items = list(build_records(payload))
    except Exception as exc:  # noqa: BLE001 - recorded per article by the parent
        return f"{type(exc).__name__}: {exc}"
    done, table, failed = _code(items, created)
    return done, table, [(a, e if isinstance(e, str) else f"{type(e).__name__}: {e}") for a, e in failed]


def _warm() -> None:
    """Load the vocabulary and the coder's lexicons once in the parent, so forked workers start with them."""
    from ..nlp import load_nlp
    from .cameo_verbs import _dictionary as cameo_verbs
    from .lexicon import cameo_mapping, lexicon

    load_nlp()
    lexicon()
    cameo_mapping()
    cameo_verbs()  # 1.8 s to read: once, not once per worker


def _single(store: Any, ids: list[str]) -> Iterator[tuple[list[str], Coded | str | BaseException]]:
    """Batches coded in this process, records from ``tidings.enrich.load``."""
    from ..enrich import load

    size = settings().batch_size(NAME, BATCH_SIZE)
    for i in range(0, len(ids), size):
        batch = ids[i : i + size]
        try:
            items = list(load(store, batch))
        except Exception as exc:  # noqa: BLE001 - a batch that cannot be loaded: recorded per article
            reraise_interrupt(exc)
            yield batch, exc
            continue
        yield batch, _code(items, now())


def _parallel(store: Any, ids: list[str]) -> Iterator[tuple[list[str], Coded | str | BaseException]]:
    """Batches coded on ``settings().workers`` processes: the parent reads rows (``enrich.rows.read_rows``) and writes; workers
    rebuild the records and code them. Results come back in batch order."""
    from ..enrich.rows import Payload, read_rows

    size = settings().batch_size(NAME, BATCH_SIZE)
    batches = [ids[i : i + size] for i in range(0, len(ids), size)]
    failed_reads: dict[int, BaseException] = {}

    def tasks() -> Iterator[tuple[Payload, dt.datetime]]:
        for k, batch in enumerate(batches):
            try:
                payload = read_rows(store, batch)
            except Exception as exc:  # noqa: BLE001 - recorded per article below; the worker gets nothing to do
                reraise_interrupt(exc)
                failed_reads[k] = exc
                payload = Payload(ids=[], docs={}, tables={})
            yield payload, now()

    for k, res in enumerate(ordered_map(code_batch, tasks(), parallel=True, initializer=_warm)):
        yield batches[k], (failed_reads.pop(k) if k in failed_reads else res)


# -- coded in the nlp stage's fused pass ---------------------------------------------------------------
#
# When one run has nlp, enrich and events pending for the same articles, the nlp stage's workers code
# each article right after enriching it (``code_parsed``), from exactly what this stage would read back:
# the stored parse's bytes and the enrich rows as the store returns them. ``read_rows`` gives each row as
# the table's columns in order with DuckDB's Python types; the fused pass hands ``build_records`` the rows
# the analysers made, reordered to the table's columns, and only for an article whose every value already
# has the type the store returns for its column (str for VARCHAR, int for INTEGER within its range, float
# for DOUBLE, bool for BOOLEAN, or None): such a value is returned unchanged by the store. Any other
# article, and any that fails to code, is left to this stage, which reads it back and records its error.

_PY_TYPES: dict[str, type] = {"VARCHAR": str, "INTEGER": int, "BIGINT": int, "DOUBLE": float, "BOOLEAN": bool}
_INT32 = 2**31
Columns = dict[str, tuple[tuple[str, ...], tuple[int, ...], tuple[str, ...]]]
"""table -> (its columns in the store's order, where each is in the enrich row, its DuckDB type)."""


def fuse_columns(store: Any) -> Columns | None:
    """The enrich tables' columns as ``read_rows`` returns them (``SELECT *``), or None when a table has a
    column the enrich rows do not carry, or of a type the fused pass does not check (then no fusion)."""
    from ..enrich.rows import TABLES

    out: Columns = {}
    for table, ins in TABLES.items():
        cols = store.con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
            "AND table_catalog = current_database() AND table_schema = 'main' ORDER BY ordinal_position",
            [table],
        ).fetchall()
        names = tuple(c for c, _ in cols)
        if sorted(names) != sorted(ins) or any(t not in _PY_TYPES for _, t in cols):
            return None
        out[table] = (names, tuple(ins.index(c) for c in names), tuple(t for _, t in cols))
    return out


def _as_stored(v: Any, sql_type: str) -> bool:
    """Whether the store gives ``v`` back unchanged (same type, same value) from a column of ``sql_type``."""
    if v is None:
        return True
    if type(v) is not _PY_TYPES[sql_type]:
        return False
    if isinstance(v, int) and sql_type in ("INTEGER", "BIGINT"):
        bound = _INT32 if sql_type == "INTEGER" else 2**63
        return -bound <= v < bound
    if isinstance(v, str):
        return "\x00" not in v
    return True


def _column_as_stored(values: list[Any], sql_type: str) -> bool:
    """Whether the store gives every value of ``values`` back unchanged: ``_as_stored`` of each, with one pass
    per check over the column instead of a call per value."""
    py = _PY_TYPES[sql_type]
    if not {type(v) for v in values} <= {py, type(None)}:
        return False
    if py is int:
        ints = [v for v in values if v is not None]
        bound = _INT32 if sql_type == "INTEGER" else 2**63
        return not ints or (-bound <= min(ints) and max(ints) < bound)
    if py is str:
        return "\x00" not in "".join(v for v in values if v is not None)
    return True


def code_parsed(
    parsed: Sequence[tuple[Any, ...]], published: dict[str, Any], enriched: Any, columns: Columns
) -> tuple[list[str], pa.Table] | None:
    """Code the articles a fused nlp task parsed and enriched (the worker side): ``parsed`` its ``nlp_docs``
    rows (the DocBin bytes are the third value), ``published`` article id -> published date (as the store
    gives it), ``enriched`` the enrich result (``enrich.stage.Result``). Returns the coded ids and their
    mentions; an article not among them is left to this stage (see above). None: nothing coded."""
    from ..enrich.rows import Payload, build_records

    done_enriched, rows, _, _, _ = enriched
    docbins = {r[0]: r[2] for r in parsed if r[2] is not None}
    ok = [a for a in done_enriched if a in docbins]
    bad: set[str] = set()
    tables: dict[str, tuple[tuple[str, ...], dict[str, list[tuple[Any, ...]]]]] = {}
    for table, (cols, where, types) in columns.items():
        by: dict[str, list[tuple[Any, ...]]] = {}
        pick = itemgetter(*where) if len(where) > 1 else lambda r, i=where[0]: (r[i],)
        picked = [pick(r) for r in rows.get(table, ())]
        # column by column first (the analysers' rows nearly always hold the stored types); row by row, to
        # find the articles, only in a table where some column has another value
        if not all(_column_as_stored([row[k] for row in picked], t) for k, t in enumerate(types)):
            for row in picked:
                if not all(_as_stored(v, t) for v, t in zip(row, types, strict=True)):
                    bad.add(row[0])
        for row in picked:
            by.setdefault(row[0], []).append(row)
        tables[table] = (cols, by)
    ids = [a for a in ok if a not in bad]
    if not ids:
        return None
    payload = Payload(ids=ids, docs={a: (docbins[a], published[a]) for a in ids}, tables=tables)
    try:
        items = list(build_records(payload))
    except Exception as exc:  # noqa: BLE001 - left to the events stage, which records it
        reraise_interrupt(exc)
        return None
    done, table, _ = _code(items, now())
    return done, table


def write_fused(store: Any, con: Any, coded: tuple[list[str], pa.Table], coded_before: set[str]) -> None:
    """Write what ``code_parsed`` coded, as ``run`` writes a batch (in the fused pass's transaction)."""
    done, table = coded
    write_mentions(con, [a for a in done if a in coded_before], table)
    store.mark_done(con, NAME, VERSION, done)


def coded_among(store: Any, ids: list[str]) -> set[str]:
    """Which of ``ids`` have stored mentions (the fused pass replaces them)."""
    return _has_rows(store, ids)[0] if ids else set()


def _has_rows(store: Any, ids: list[str]) -> tuple[set[str], set[str]]:
    """Which of ``ids`` have stored mentions, and which a reconcile mark (asked once per run: a DELETE per
    batch scans its table whole, and articles with nothing to delete need none)."""
    con = store.con
    with registered(con, "_ev_pending", pa.table({"article_id": pa.array(ids, type=pa.string())})):
        coded = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT article_id FROM event_mentions WHERE article_id IN (SELECT article_id FROM _ev_pending)"
            ).fetchall()
        }
        merged = {
            r[0]
            for r in con.execute(
                "SELECT item_id FROM stage_state WHERE stage = 'reconcile' "
                "AND item_id IN (SELECT article_id FROM _ev_pending)"
            ).fetchall()
        }
    return coded, merged


def run(store: Any, progress: Progress) -> StageReport:
    report = StageReport(stage=NAME)
    ids = store.pending(NAME, VERSION, requires="enrich")
    if not ids:
        return report
    parallel = settings().parallel(len(ids), PARALLEL_MIN)
    report.notes["n_process"] = settings().workers if parallel else 1
    coded_before, _ = _has_rows(store, ids)
    progress.start("events", len(ids))
    n_mentions = 0
    for batch, res in (_parallel if parallel else _single)(store, ids):
        if not isinstance(res, tuple):  # the batch could not be loaded: recorded per article, the run goes on
            with store.transaction() as con:
                for a in batch:
                    store.record_error(con, NAME, VERSION, a, res)
            report.errors += len(batch)
            progress.advance(len(batch))
            continue
        done, table, failed = res
        with store.transaction() as con:
            write_mentions(con, [a for a in done if a in coded_before], table)
            store.mark_done(con, NAME, VERSION, done)
            for a, exc in failed:
                store.record_error(con, NAME, VERSION, a, exc)
        report.processed += len(done)
        report.errors += len(failed)
        n_mentions += table.num_rows
        progress.advance(len(batch))
    progress.finish()
    report.notes["mentions"] = n_mentions
    return report


STAGE = Stage(
    name=NAME,
    version=VERSION,
    requires=("enrich",),
    run=run,
    description="PLOVER event mentions with status, date, place and evidence",
    writes=("event_mentions",),
    reads=("articles", "nlp_docs", "actor_mentions", "timexes", "places", "topic_tags"),
    data=("events", "timex"),
    parallel_min=PARALLEL_MIN,
)
