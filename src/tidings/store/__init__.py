"""The store: one DuckDB file that every stage reads from and writes back to.

Design notes (see docs/schema.md for every table):
- One writer. DuckDB allows one writing process per file, so a ``Store`` holds the only
  connection and every write goes through ``transaction()``; worker processes compute, the
  parent writes.
- Numbered migrations (``migrations/NNNN_name.sql``) are applied in order inside a transaction
  and recorded in ``schema_migrations``; an older store is upgraded in place on open, a newer one
  is refused.
- Incrementality: ``stage_state`` records which stage processed which item, at which version, with
  which data fingerprint (``inputs``) and when (``seq``, increasing). ``pending()`` returns what is
  new or stale: processed by another version, with other data files, or before a stage it depends
  on re-processed the item. So the store always equals what a fresh run would make of its inputs.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import errno
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import SchemaTooNewError, SchemaTooOldError, StoreError, StoreLockedError
from . import holder as _holder

__all__ = ["Store", "StagePlan", "Migration", "migrations", "now", "registered"]

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

# Rows per DuckDB row group. DuckDB's default (122,880) makes a checkpoint hold a whole row group of
# article texts (raw + cleaned, ~10 KB a row) in memory: the writer's peak grew from 270 MB at 10k
# articles to 960 MB at 300k. With 8,192 rows the peak is bounded by a small, fixed amount of text
# (bench/ingest.py prints it), and scans still run in units far larger than DuckDB's 2,048-row vector.
ROW_GROUP_SIZE = 8192

_SEQ_LOCK = threading.Lock()  # stage_state sequence numbers drawn by a store and its cursor views


def now() -> dt.datetime:
    """Naive UTC timestamp, the convention for every *_at column."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@contextlib.contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: Any) -> Iterator[duckdb.DuckDBPyConnection]:
    """``table`` (Arrow) visible to SQL as ``name`` inside the block: bulk writes go through one
    INSERT ... SELECT, since DuckDB's executemany works row by row."""
    con.register(name, table)
    try:
        yield con
    finally:
        con.unregister(name)


@dataclass(frozen=True)
class StagePlan:
    """What ``pending`` needs to know of a stage: its data fingerprint, the stages that must have
    processed an item first, and those whose later re-processing makes its result stale."""

    version: str
    data_key: str
    requires: tuple[str, ...]
    upstream: tuple[str, ...]


class Migration:
    """One numbered schema change, applied once and never edited after release."""

    def __init__(self, version: int, name: str, sql: str) -> None:
        self.version, self.name, self.sql = version, name, sql

    def __repr__(self) -> str:
        return f"Migration({self.version:04d}_{self.name})"


def migrations() -> list[Migration]:
    """All migrations shipped with this version of tidings, in order."""
    found: list[Migration] = []
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda mig: mig.version)
    versions = [mig.version for mig in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration numbers: {versions}")
    return found


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "no space left" in text


class Store:
    """A tidings store on disk (or ``:memory:``). Use ``tidings.open(path)`` to get one."""

    # Set by ``tidings.pipeline`` (which knows the stages): fills ``stage_plan`` for a store.
    planner: Callable[[Store], object] | None = None

    def __init__(
        self, path: str | Path = "tidings.duckdb", *, read_only: bool = False, upgrade: bool = True, create: bool = True
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        if self.path != ":memory:":
            p = Path(self.path)
            if p.is_dir():
                raise StoreError(f"cannot open store {self.path}: it is a directory, not a DuckDB file")
            if (read_only or not create) and not p.exists():
                raise StoreError(f"cannot open store {self.path}: no such file (run `tidings run` first)")
        # a write-ahead log left beside the store: the last writer was killed before it checkpointed
        replayed = not read_only and self.path != ":memory:" and Path(self.path + ".wal").exists()
        try:
            self.con = _connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower() and "conflicting" in str(exc).lower():
                raise StoreLockedError(_holder.describe_conflict(self.path, str(exc))) from None
            raise StoreError(f"cannot open store {self.path}: {_short(exc)}") from None
        except OSError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc.strerror or exc}") from None
        self._in_tx = False
        self._seq = 0
        self._seq_root: Store | None = None  # set on a cursor view: whose sequence it draws from
        self.stage_plan: dict[str, StagePlan] = {}
        self._check_schema(upgrade=upgrade)
        if replayed:
            self._rebuild_indexes()
        self._claimed = not read_only and self.path != ":memory:"
        if self._claimed:  # tell other commands who holds the store (store/holder.py)
            _holder.claim(self.path)

    def _rebuild_indexes(self) -> None:
        """Drop and re-create every index, then checkpoint. Why: after DuckDB (1.4) replays the log of
        a writer killed mid-transaction, an index can miss rows that a scan finds (tests/test_crash.py
        found event_links_event answering no links for every event); the tables themselves are whole."""
        found = self.con.execute(
            "SELECT index_name, sql FROM duckdb_indexes() WHERE database_name = current_database()"
        ).fetchall()
        for name, sql in found:
            self.con.execute(f'DROP INDEX "{name}"')
            self.con.execute(sql)
        self.con.execute("CHECKPOINT")

    # -- schema ---------------------------------------------------------------------------------
    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def applied_versions(self) -> set[int]:
        if self.schema_version() == 0:
            return set()
        return {int(r[0]) for r in self.con.execute("SELECT version FROM schema_migrations").fetchall()}

    def pending_migrations(self) -> list[Migration]:
        """Migrations not yet applied (by set, not by max: a gap left by a branch is still filled)."""
        done = self.applied_versions()
        return [m for m in migrations() if m.version not in done]

    def _check_schema(self, *, upgrade: bool) -> None:
        latest = migrations()[-1].version
        current = self.schema_version()
        if current > latest:
            self.con.close()
            raise SchemaTooNewError(
                f"store {self.path} has schema version {current}, newer than this tidings "
                f"(knows up to {latest}); upgrade tidings instead of using this store with it"
            )
        pending = self.pending_migrations() if current else migrations()
        if pending and (self.read_only or not upgrade) and current > 0:
            if upgrade:
                self.con.close()
                raise SchemaTooOldError(
                    f"store {self.path} has schema version {current} (current is {latest}); "
                    f"run `tidings db upgrade --db {self.path}`"
                )
            return
        if upgrade and pending and not self.read_only:
            self.upgrade()

    def upgrade(self) -> list[Migration]:
        """Apply every pending migration, each in its own transaction; return those applied."""
        applied = []
        if self.schema_version() == 0:
            self.con.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
            )
        for mig in self.pending_migrations():
            with self.transaction() as con:
                con.execute(mig.sql)
                con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [mig.version, mig.name, now()])
            applied.append(mig)
        return applied

    # -- transactions and queries ------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing writes: on any exception the store is as it was before the block."""
        if self._in_tx:  # nested: join the outer transaction
            yield self.con
            return
        self._in_tx = True
        try:
            self.con.execute("BEGIN TRANSACTION")
            try:
                yield self.con
            except BaseException:
                with contextlib.suppress(duckdb.Error):
                    self.con.execute("ROLLBACK")
                raise
            try:
                self.con.execute("COMMIT")
            except (duckdb.Error, OSError) as exc:
                with contextlib.suppress(duckdb.Error):
                    self.con.execute("ROLLBACK")
                if _is_disk_full(exc):
                    raise StoreError(f"disk full while writing {self.path}; nothing of this batch was stored") from None
                raise StoreError(f"cannot write store {self.path}: {_short(exc)}") from None
        finally:
            self._in_tx = False

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Run SQL and return rows as dicts (small results; use ``con`` for large ones)."""
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description] if cur.description else []
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None) -> Any:
        row = self.con.execute(sql, params or []).fetchone()
        return row[0] if row else None

    def table_names(self) -> list[str]:
        return [
            r[0]
            for r in self.con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                "AND table_catalog = current_database() ORDER BY 1"
            ).fetchall()
        ]

    # -- stage bookkeeping ---------------------------------------------------------------------------
    def plan_of(self, stage: str) -> StagePlan | None:
        """The stage's plan (computed once per store by ``tidings.pipeline``; None for an unknown stage)."""
        if not self.stage_plan and Store.planner is not None:
            Store.planner(self)
        return self.stage_plan.get(stage)

    def _stale_sql(self, stage: str, version: str, requires: str | None) -> tuple[str, dict[str, Any]]:
        """FROM/WHERE of the articles ``stage`` must (re)do: required stages done, and no state row,
        another version or data fingerprint, or an upstream stage that re-processed the item since."""
        plan = self.plan_of(stage)
        req = plan.requires if plan else ((requires,) if requires else ())
        ups = plan.upstream if plan else req
        params: dict[str, Any] = {
            "stage": stage,
            "version": version,
            "key": plan.data_key if plan else "",
            "ups": list(ups) or [""],
        }
        sql = "FROM articles a LEFT JOIN stage_state s ON s.stage = $stage AND s.item_id = a.article_id WHERE "
        for i, r in enumerate(req):
            params[f"r{i}"] = r
            sql += f"EXISTS (SELECT 1 FROM stage_state r WHERE r.stage = $r{i} AND r.item_id = a.article_id) AND "
        sql += (
            "(s.item_id IS NULL OR s.version <> $version OR s.inputs IS DISTINCT FROM $key OR s.seq IS NULL "
            "OR EXISTS (SELECT 1 FROM stage_state u WHERE u.item_id = a.article_id AND u.stage IN (SELECT unnest($ups)) "
            "AND u.seq > s.seq))"
        )
        return sql, params

    def pending(self, stage: str, version: str, *, requires: str | None = None) -> list[str]:
        """Article ids ``stage`` (at ``version``) has not done, or did before its data or an upstream
        stage's result for them changed. ``requires`` is used for stages the pipeline does not know."""
        sql, params = self._stale_sql(stage, version, requires)
        return [
            r[0]
            for r in self.con.execute(
                f"SELECT a.article_id {sql} ORDER BY a.published_date NULLS LAST, a.article_id", params
            ).fetchall()
        ]

    def count_stale(self, stage: str) -> int:
        """How many items ``stage`` processed whose result is stale (done, but pending again)."""
        from_where, params = self._stale_sql(stage, self._version_of(stage), None)
        return int(self.scalar(f"SELECT count(*) {from_where} AND s.item_id IS NOT NULL", params) or 0)

    def stage_counts(self, stage: str, version: str) -> dict[str, int]:
        """Items ``stage`` has done and up to date, and items done but stale."""
        done = self.scalar("SELECT count(*) FROM stage_state WHERE stage = ?", [stage]) or 0
        from_where, params = self._stale_sql(stage, version, None)
        stale = int(self.scalar(f"SELECT count(*) {from_where} AND s.item_id IS NOT NULL", params) or 0)
        return {"done": int(done) - stale, "stale": stale}

    def _version_of(self, stage: str) -> str:
        plan = self.plan_of(stage)
        if plan is None:
            raise KeyError(f"unknown stage {stage!r}")
        return plan.version

    def _next_seq(self) -> int:
        """A number larger than any in ``stage_state``: when, in order, an item was processed. Time-based
        (microseconds) so it continues the ``processed_at`` of rows from before it existed. A cursor view
        (``cursor_view``) draws from its store's counter, so the numbers stay increasing and distinct."""
        root = self._seq_root or self
        with _SEQ_LOCK:
            if not root._seq:
                root._seq = int(self.scalar("SELECT coalesce(max(seq), 0) FROM stage_state") or 0)
            root._seq = max(root._seq + 1, int(now().timestamp() * 1_000_000))
            return root._seq

    def cursor_view(self) -> Store:
        """This store on a DuckDB cursor of its own (a second connection to the same database instance),
        for stages run on another thread beside this one (``pipeline.run_stages``): its own queries and
        transactions, the same stage plan and ``stage_state`` sequence. Close it with ``close_view``."""
        view = copy.copy(self)
        view.con = self.con.cursor()
        view.con.execute("USE store")  # the store is attached to the connection (``_connect``); USE is per connection
        view._in_tx = False
        view._claimed = False  # the holder file belongs to this store
        view._seq_root = self._seq_root or self
        return view

    def close_view(self) -> None:
        """Close a ``cursor_view``'s cursor (the store itself stays open)."""
        with contextlib.suppress(Exception):
            self.con.close()

    def mark_done(self, con: duckdb.DuckDBPyConnection, stage: str, version: str, ids: Iterable[str]) -> None:
        """Record ``ids`` as processed by ``stage`` at ``version`` (call inside the batch's transaction)."""
        id_list = list(dict.fromkeys(ids))
        if not id_list:
            return
        plan = self.plan_of(stage)
        # One set-based statement: executemany costs milliseconds per row in DuckDB.
        con.execute(
            "DELETE FROM stage_state WHERE stage = ? AND item_id IN (SELECT unnest(?::VARCHAR[]))", [stage, id_list]
        )
        con.execute(
            "INSERT INTO stage_state (stage, item_id, version, processed_at, inputs, seq) "
            "SELECT ?, unnest(?::VARCHAR[]), ?, ?, ?, ?",
            [stage, id_list, version, now(), plan.data_key if plan else "", self._next_seq()],
        )
        con.execute(
            "DELETE FROM stage_errors WHERE stage = ? AND item_id IN (SELECT unnest(?::VARCHAR[]))", [stage, id_list]
        )

    def record_error(
        self, con: duckdb.DuckDBPyConnection, stage: str, version: str, item_id: str, error: BaseException | str
    ) -> None:
        """Keep one failing item's error (stage, item, message) instead of failing the run."""
        msg = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        con.execute(
            "INSERT OR REPLACE INTO stage_errors (stage, item_id, version, error, created_at) VALUES (?, ?, ?, ?, ?)",
            [stage, item_id, version, msg[:2000], now()],
        )

    def reset_stage(self, stage: str) -> None:
        """Forget what ``stage`` processed, so the next run re-does it (its tables are rewritten per item)."""
        with self.transaction() as con:
            con.execute("DELETE FROM stage_state WHERE stage = ?", [stage])

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.con.close()
        if getattr(self, "_claimed", False):
            self._claimed = False
            _holder.release(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open ``path`` as the connection's default database, with our row-group size.

    ``ROW_GROUP_SIZE`` is an ATTACH option only, so the file is attached to an in-memory connection
    and made the default (``USE``): every query sees the store as if opened directly.
    """
    con = duckdb.connect(":memory:")
    try:
        opts = f"ROW_GROUP_SIZE {ROW_GROUP_SIZE}" + (", READ_ONLY" if read_only else "")
        literal = path.replace("'", "''")  # ATTACH takes no parameters
        con.execute(f"ATTACH '{literal}' AS store ({opts})")
        con.execute("USE store")
    except BaseException:
        con.close()
        raise
    return con


def _short(exc: BaseException) -> str:
    """DuckDB messages carry multi-line context; the first line says what is wrong."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
