"""The one writer: a batch of file results goes into the store in one transaction.

A batch holds whole files only, and a file's ``source_files`` row is written in the same
transaction as its articles, sources and rejects, so a crash leaves each file either fully stored
and marked done or not marked at all (then re-read; every insert is idempotent).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from ..store import Store, now, registered
from .model import Article, FileResult, Reject, reject_id

__all__ = ["Batch", "write_batch", "WriteResult"]

_ARTICLE_COLS = [
    "article_id",
    "external_id",
    "url",
    "outlet",
    "title",
    "author",
    "published",
    "published_date",
    "published_source",
    "language",
    "raw_text",
    "text",
    "word_count",
    "source_path",
    "source_locator",
]


@dataclass
class Batch:
    files: list[FileResult] = field(default_factory=list)
    n_articles: int = 0

    def add(self, res: FileResult) -> None:
        self.files.append(res)
        self.n_articles += len(res.articles)


@dataclass
class WriteResult:
    new: list[Article] = field(default_factory=list)
    known: int = 0
    rejects: list[Reject] = field(default_factory=list)


def _article_table(arts: list[Article], run_id: str | None, at: object) -> pa.Table:
    cols = {c: [getattr(a, c) for a in arts] for c in _ARTICLE_COLS}
    cols["ingested_at"] = [at] * len(arts)
    cols["run_id"] = [run_id] * len(arts)
    return pa.table(cols)


def _insert(con: object, sql: str, cols: dict[str, list[object]]) -> None:
    """Bulk insert through an Arrow table (DuckDB's executemany is row by row and slow)."""
    with registered(con, "_batch", pa.table(cols)):  # type: ignore[arg-type]
        con.execute(sql)  # type: ignore[attr-defined]


def write_batch(store: Store, batch: Batch, *, run_id: str | None) -> WriteResult:
    """Store one batch in one transaction; return what was new."""
    at = now()
    out = WriteResult()
    seen: dict[str, Article] = {}
    sources: dict[tuple[str, str, str], None] = {}
    rejects: dict[str, Reject] = {}
    for res in batch.files:
        for a in res.articles:
            seen.setdefault(a.article_id, a)
            sources[(a.article_id, a.source_path, a.source_locator or "")] = None
        for r in res.rejects:
            rejects.setdefault(reject_id(r.source_path, r.source_locator, r.reason), r)
    with store.transaction() as con:
        ids = list(seen)
        existing: set[str] = set()
        if ids:
            existing = {
                r[0]
                for r in con.execute(
                    "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
                ).fetchall()
            }
        new = [a for i, a in seen.items() if i not in existing]
        if new:
            tbl = _article_table(new, run_id, at)
            with registered(con, "_ingest_articles", tbl):
                con.execute(
                    f"INSERT OR IGNORE INTO articles ({', '.join(_ARTICLE_COLS)}, ingested_at, run_id) "
                    f"SELECT {', '.join(_ARTICLE_COLS)}, ingested_at, run_id FROM _ingest_articles"
                )
        if sources:
            src = pa.table(
                {
                    "article_id": [k[0] for k in sources],
                    "source_path": [k[1] for k in sources],
                    "source_locator": [k[2] for k in sources],
                    "first_seen": [at] * len(sources),
                }
            )
            with registered(con, "_ingest_sources", src):
                con.execute(
                    "INSERT OR IGNORE INTO article_sources SELECT article_id, source_path, source_locator, "
                    "first_seen FROM _ingest_sources"
                )
        rids = list(rejects)
        old_r: set[str] = set()
        if rids:
            old_r = {
                r[0]
                for r in con.execute(
                    "SELECT reject_id FROM rejects WHERE reject_id IN (SELECT unnest(?::VARCHAR[]))", [rids]
                ).fetchall()
            }
        new_r = [(rid, r) for rid, r in rejects.items() if rid not in old_r]
        if new_r:
            _insert(
                con,
                "INSERT OR IGNORE INTO rejects (reject_id, source_path, source_locator, reason, excerpt, stage, "
                "created_at, run_id) SELECT reject_id, source_path, source_locator, reason, excerpt, 'ingest', "
                "created_at, run_id FROM _batch",
                {
                    "reject_id": [rid for rid, _ in new_r],
                    "source_path": [r.source_path for _, r in new_r],
                    "source_locator": [r.source_locator for _, r in new_r],
                    "reason": [r.reason for _, r in new_r],
                    "excerpt": [r.excerpt for _, r in new_r],
                    "created_at": [at] * len(new_r),
                    "run_id": [run_id] * len(new_r),
                },
            )
        done = [f for f in batch.files if f.done]
        if done:
            _insert(
                con,
                "INSERT OR REPLACE INTO source_files SELECT source_path, size, mtime_ns, sha256, n_articles, "
                "n_rejects, ingested_at, run_id FROM _batch",
                {
                    "source_path": [f.path for f in done],
                    "size": [f.size for f in done],
                    "mtime_ns": [f.mtime_ns for f in done],
                    "sha256": [f.sha256 for f in done],
                    "n_articles": [f.counts[0] if f.counts else len(f.articles) for f in done],
                    "n_rejects": [f.counts[1] if f.counts else len(f.rejects) for f in done],
                    "ingested_at": [at] * len(done),
                    "run_id": [run_id] * len(done),
                },
            )
    out.new = new
    out.known = batch.n_articles - len(new)
    out.rejects = [r for _, r in new_r]
    return out
