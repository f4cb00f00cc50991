"""The store: one DuckDB file that every stage reads from and writes back to.

Design notes (see docs/schema.md for every table):
- One writer. DuckDB allows one writing process per file, so a ``Store`` holds the only
  connection and every write goes through ``transaction()``; worker processes compute, the
  parent writes.
- Numbered migrations (``migrations/NNNN_name.sql``) are applied in order inside a transaction
  and recorded in ``schema_migrations``; an older store is upgraded in place on open, a newer one
  is refused.
- Incrementality: ``stage_state`` records which stage processed which item at which version, so
  ``pending()`` returns only what is new or was processed by an older version of the stage.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import SchemaTooNewError, SchemaTooOldError, StoreError, StoreLockedError
from . import holder as _holder

__all__ = ["Store", "Migration", "migrations", "now", "registered"]

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

# Rows per DuckDB row group. DuckDB's default (122,880) makes a checkpoint hold a whole row group of
# article texts (raw + cleaned, ~10 KB a row) in memory: the writer's peak grew from 270 MB at 10k
# articles to 960 MB at 300k. With 8,192 rows the peak is bounded by a small, fixed amount of text
# (bench/ingest.py prints it), and scans still run in units far larger than DuckDB's 2,048-row vector.
ROW_GROUP_SIZE = 8192


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

    def __init__(self, path: str | Path = "tidings.duckdb", *, read_only: bool = False, upgrade: bool = True,
                 create: bool = True) -> None:
        self.path = str(path)
        self.read_only = read_only
        if self.path != ":memory:":
            p = Path(self.path)
            if p.is_dir():
                raise StoreError(f"cannot open store {self.path}: it is a directory, not a DuckDB file")
            if (read_only or not create) and not p.exists():
                raise StoreError(f"cannot open store {self.path}: no such file (run `tidings run` first)")
        try:
            self.con = _connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower() and "conflicting" in str(exc).lower():
                raise StoreLockedError(_holder.describe_conflict(self.path, str(exc))) from None
            raise StoreError(f"cannot open store {self.path}: {_short(exc)}") from None
        except OSError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc.strerror or exc}") from None
        self._in_tx = False
        self._check_schema(upgrade=upgrade)
        self._claimed = not read_only and self.path != ":memory:"
        if self._claimed:  # tell other commands who holds the store (store/holder.py)
            _holder.claim(self.path)

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
                raise SchemaTooOldError(f"store {self.path} has schema version {current} (current is {latest}); "
                                 f"run `tidings db upgrade --db {self.path}`")
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

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        row = self.con.execute(sql, params or []).fetchone()
        return row[0] if row else None

    def table_names(self) -> list[str]:
        return [r[0] for r in self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_catalog = current_database() ORDER BY 1").fetchall()]

    # -- stage bookkeeping ---------------------------------------------------------------------------
    def pending(self, stage: str, version: str, *, requires: str | None = None) -> list[str]:
        """Article ids not yet processed by ``stage`` at ``version`` (and done by ``requires``, if given)."""
        sql = (
            "SELECT a.article_id FROM articles a "
            "LEFT JOIN stage_state s ON s.stage = ? AND s.item_id = a.article_id "
        )
        params: list[Any] = [stage]
        if requires:
            sql += "JOIN stage_state r ON r.stage = ? AND r.item_id = a.article_id "
            params.append(requires)
        sql += "WHERE s.item_id IS NULL OR s.version <> ? ORDER BY a.published_date NULLS LAST, a.article_id"
        params.append(version)
        return [r[0] for r in self.con.execute(sql, params).fetchall()]

    def mark_done(self, con: duckdb.DuckDBPyConnection, stage: str, version: str, ids: Iterable[str]) -> None:
        """Record ``ids`` as processed by ``stage`` at ``version`` (call inside the batch's transaction)."""
        id_list = list(dict.fromkeys(ids))
        if not id_list:
            return
        # One set-based statement: executemany costs milliseconds per row in DuckDB.
        con.execute("DELETE FROM stage_state WHERE stage = ? AND item_id IN (SELECT unnest(?::VARCHAR[]))", [stage, id_list])
        con.execute("INSERT INTO stage_state (stage, item_id, version, processed_at) "
                    "SELECT ?, unnest(?::VARCHAR[]), ?, ?", [stage, id_list, version, now()])
        con.execute("DELETE FROM stage_errors WHERE stage = ? AND item_id IN (SELECT unnest(?::VARCHAR[]))", [stage, id_list])

    def record_error(self, con: duckdb.DuckDBPyConnection, stage: str, version: str, item_id: str, error: BaseException | str) -> None:
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
