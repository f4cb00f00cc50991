"""Exports: the store's records as JSON Lines, CSV or Parquet, streamed in record batches.

Column names are a public contract (docs/schema.md): columns are only ever added. Later stages
add theirs to the article export when their tables exist (duplicates, stories).
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.compute  # noqa: F401 - pa.compute in _csv_column
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..errors import TidingsError
from ..store import Store

__all__ = ["FORMATS", "WHATS", "export", "article_rows", "article_sql", "write_reader", "export_schema"]

FORMATS = ("jsonl", "csv", "parquet")
ARTICLE_COLUMNS = (
    "article_id",
    "external_id",
    "url",
    "outlet",
    "title",
    "author",
    "published",
    "published_source",
    "language",
    "text",
    "word_count",
    "source_path",
    "source_locator",
)
BATCH_ROWS = 10_000


def _has_table(store: Store, name: str) -> bool:
    return name in store.table_names()


def article_sql(store: Store) -> str:
    """The article export's SELECT, with the dedup/story columns once those stages exist."""
    cols = [f"a.{c}" for c in ARTICLE_COLUMNS]
    # typed dates beside `published` (as found): the calendar date, and the instant when a time was given
    cols += [
        "a.published_date",
        "CASE WHEN length(a.published) > 10 THEN TRY_CAST(a.published AS TIMESTAMPTZ) END AS published_at",
    ]
    joins = []
    if _has_table(store, "duplicates"):
        cols += ["d.duplicate_of", "d.dup_kind", "d.similarity AS dup_similarity", "d.source_group"]
        joins.append("LEFT JOIN duplicates d USING (article_id)")
    if _has_table(store, "story_articles"):
        cols += ["sa.story_id"]
        joins.append("LEFT JOIN story_articles sa USING (article_id)")
    return (
        f"SELECT {', '.join(cols)} FROM articles a {' '.join(joins)} ORDER BY a.published_date NULLS LAST, a.article_id"
    )


def article_rows(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    sql = article_sql(store) + (f" LIMIT {int(limit)}" if limit else "")
    return store.query(sql)


def _simple(sql: str) -> Callable[[Store], str]:
    return lambda store: sql


REJECTS_SQL = (
    "SELECT reject_id, source_path, source_locator, reason, excerpt, stage, created_at, run_id "
    "FROM rejects ORDER BY source_path, source_locator, reason"
)
# main_actors / main_places are stored as JSON [[name, mentions], ...]: exported as a typed list of structs
_NAMED_COUNTS = "list_transform(CAST({c} AS JSON[]), x -> {{'name': x->>0, 'mentions': CAST(x->>1 AS BIGINT)}}) AS {c}"
STORIES_SQL = (
    "SELECT story_id, title, first_seen, last_seen, n_articles, n_sources, "
    + _NAMED_COUNTS.format(c="main_actors")
    + ", "
    + _NAMED_COUNTS.format(c="main_places")
    + " FROM stories ORDER BY first_seen, story_id"
)
ACTORS_SQL = (
    "SELECT a.actor_id, a.name, a.kind, a.country, a.sector, "
    "list(DISTINCT m.role ORDER BY m.role) FILTER (WHERE m.role IS NOT NULL) AS roles, "
    "count(m.article_id) AS n_mentions, count(DISTINCT m.article_id) AS n_articles, "
    "list(DISTINCT m.text ORDER BY m.text) AS surface_forms "
    "FROM actors a LEFT JOIN actor_mentions m USING (actor_id) "
    "GROUP BY ALL ORDER BY n_mentions DESC, a.actor_id"
)

# what -> (tables it needs, SQL builder). Events and mentions have their own exporter (nested mentions, GDELT).
WHATS: dict[str, tuple[tuple[str, ...], Callable[[Store], str]]] = {
    "articles": (("articles",), article_sql),
    "rejects": (("rejects",), _simple(REJECTS_SQL)),
    "stories": (("stories",), _simple(STORIES_SQL)),
    "actors": (("actors", "actor_mentions"), _simple(ACTORS_SQL)),
}


def export(store: Store, *, what: str, fmt: str, out: str | Path | IO[Any] | None = None, header: bool = False) -> int:
    """Write one export; return the number of rows written."""
    if what in ("events", "mentions"):
        try:
            from . import events_export
        except ImportError:
            raise TidingsError(f"--what {what} needs the events stage, which this installation does not have") from None
        with _sink(out, binary=fmt == "parquet") as fh:
            if what == "events":
                return int(events_export.export_events(store, fmt, fh, header=header))
            return int(events_export.export_mentions(store, fmt, fh))
    if what not in WHATS:
        raise TidingsError(f"unknown export {what!r}; choose one of: {', '.join([*WHATS, 'events', 'mentions'])}")
    if fmt not in FORMATS:
        raise TidingsError(f"unknown format {fmt!r} for {what}; choose one of: {', '.join(FORMATS)}")
    needed, build = WHATS[what]
    missing = [t for t in needed if not _has_table(store, t)]
    if missing:
        raise TidingsError(f"--what {what} needs table(s) {', '.join(missing)}: run `tidings run` first")
    _utc(store)
    reader = store.con.execute(build(store)).fetch_record_batch(BATCH_ROWS)
    with _sink(out, binary=fmt == "parquet") as fh:
        return write_reader(reader, fmt, fh)


def _utc(store: Store) -> None:
    """Timestamps with an offset leave the store in UTC (the same instant, one offset for every row)."""
    store.con.execute("SET TimeZone = 'UTC'")


def export_schema(store: Store, what: str) -> pa.Schema:
    """The Arrow schema of one export (what every format is typed from; docs/schema.md lists it)."""
    if what in ("events", "mentions"):
        from . import events_export

        return events_export.EVENTS_SCHEMA if what == "events" else events_export.MENTIONS_SCHEMA
    _utc(store)
    return store.con.execute(WHATS[what][1](store) + " LIMIT 0").fetch_arrow_table().schema


def write_reader(
    reader: pa.RecordBatchReader,
    fmt: str,
    fh: IO[Any],
    *,
    csv_flatten: tuple[str, ...] = (),
    csv_drop: tuple[str, ...] = (),
) -> int:
    """Write typed record batches as ``fmt``: nested values stay nested in JSON Lines and Parquet; CSV
    gets struct columns named in ``csv_flatten`` as NAME_FIELD columns and other nested values as JSON text."""
    if fmt == "csv":
        return _write_csv(reader, fh, flatten=csv_flatten, drop=csv_drop)
    return WRITERS[fmt](reader, fh)


@contextmanager
def _sink(out: str | Path | IO[Any] | None, *, binary: bool) -> Iterator[IO[Any]]:
    """A file handle for ``out``: a path (written via a temp file, then renamed), a handle, or stdout."""
    if out is None or str(out) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    if not isinstance(out, (str, Path)):
        yield out
        return
    path = Path(out)
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open(
            "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else ""
        ) as fh:
            yield fh
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def _json_default(value: Any) -> Any:
    # the forms JSON readers (DuckDB, pandas) type as timestamps: an instant in UTC ends in Z; the
    # store's *_at columns are naive UTC
    if isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(0) and not value.microsecond:
        return value.replace(tzinfo=None).isoformat() + "Z"
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def _decode_json_columns(row: dict[str, Any], json_cols: set[str]) -> dict[str, Any]:
    for c in json_cols:
        if isinstance(row.get(c), str):
            try:
                row[c] = json.loads(row[c])
            except ValueError:
                pass
    return row


def _json_columns(schema: pa.Schema) -> set[str]:
    # DuckDB's JSON type arrives as a string with extension metadata: decode it so JSONL nests.
    out = set()
    for f in schema:
        meta = f.metadata or {}
        if any(b"json" in (v or b"").lower() for v in meta.values()) or str(f.type).startswith("extension<arrow.json"):
            out.add(f.name)
    return out


def _write_jsonl(reader: pa.RecordBatchReader, fh: IO[Any]) -> int:
    n = 0
    json_cols = _json_columns(reader.schema)
    for batch in reader:
        for row in batch.to_pylist():
            fh.write(json.dumps(_decode_json_columns(row, json_cols), ensure_ascii=False, default=_json_default))
            fh.write("\n")
            n += 1
    return n


def _csv_column(name: str, col: pa.Array, flatten: tuple[str, ...]) -> list[tuple[str, pa.Array]]:
    if pa.types.is_struct(col.type) and name in flatten:
        out = []
        for i in range(col.type.num_fields):
            f = col.type.field(i)
            child = (
                col.field(i)
                if col.null_count == 0
                else pa.compute.if_else(col.is_null(), pa.nulls(len(col), f.type), col.field(i))
            )
            out.extend(_csv_column(f"{name}_{f.name}", child, ()))
        return out
    if pa.types.is_nested(col.type):
        return [
            (
                name,
                pa.array(
                    [
                        None if v is None else json.dumps(v, ensure_ascii=False, default=_json_default)
                        for v in col.to_pylist()
                    ],
                    type=pa.string(),
                ),
            )
        ]
    return [(name, col)]


def _csv_safe(batch: pa.RecordBatch, flatten: tuple[str, ...] = (), drop: tuple[str, ...] = ()) -> pa.RecordBatch:
    """CSV cannot hold lists or structs: flatten the named structs, write other nested values as JSON text."""
    pairs: list[tuple[str, pa.Array]] = []
    for name, col in zip(batch.schema.names, batch.columns):
        if name not in drop:
            pairs.extend(_csv_column(name, col, flatten))
    return pa.RecordBatch.from_arrays([c for _, c in pairs], names=[n for n, _ in pairs])


def _write_csv(
    reader: pa.RecordBatchReader, fh: IO[Any], *, flatten: tuple[str, ...] = (), drop: tuple[str, ...] = ()
) -> int:
    import io

    n = 0
    header = True
    for batch in reader:
        batch = _csv_safe(batch, flatten, drop)
        buf = io.BytesIO()
        pacsv.write_csv(batch, buf, write_options=pacsv.WriteOptions(include_header=header))
        fh.write(buf.getvalue().decode("utf-8"))
        header = False
        n += batch.num_rows
    if header:  # no rows: still write the header
        empty = _csv_safe(pa.RecordBatch.from_pylist([], schema=reader.schema), flatten, drop)
        buf = io.BytesIO()
        pacsv.write_csv(pa.Table.from_batches([empty]), buf)
        fh.write(buf.getvalue().decode("utf-8"))
    return n


def _write_parquet(reader: pa.RecordBatchReader, fh: IO[Any]) -> int:
    n = 0
    with pq.ParquetWriter(fh, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


WRITERS: dict[str, Callable[[pa.RecordBatchReader, IO[Any]], int]] = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "parquet": _write_parquet,
}
