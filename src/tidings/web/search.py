"""Full-text search over article text with SQLite FTS5, kept next to the store and updated incrementally.

Why FTS5: DuckDB's fts extension is a download (not possible here) and is rebuilt whole, not
incrementally. SQLite ships in Python's standard library with FTS5 compiled in: no new dependency,
transactional inserts (an article added is searchable at once), BM25 ranking and highlighted
snippets. The index is a derived file (``<store>.search.sqlite``); deleting it only costs a rebuild.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

__all__ = ["SearchIndex", "fts_query", "QueryTimeout"]

_WORD = re.compile(r"\w+", re.UNICODE)
# Snippet markers: control characters that never occur in cleaned article text, so the template can
# split on them and escape every piece (the snippet itself is never trusted as HTML).
OPEN, CLOSE = "\x02", "\x03"
SCHEMA_VERSION = "1"


class QueryTimeout(Exception):
    """A search ran longer than the server's query time limit."""


def fts_query(q: str, *, max_terms: int = 12) -> str:
    """A user's words as a safe FTS5 query: every word quoted (no operators, no syntax errors), all required."""
    words = _WORD.findall(q or "")[:max_terms]
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


class SearchIndex:
    """One SQLite FTS5 table of (title, outlet, text) per article, with a rowid -> article_id map.

    Writes come from one thread (``sync``); readers use one connection per thread.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        con = self._con()
        with con:
            con.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row and row[0] != SCHEMA_VERSION:
                con.execute("DROP TABLE IF EXISTS docs")
                con.execute("DROP TABLE IF EXISTS fts")
            con.execute("CREATE TABLE IF NOT EXISTS docs (rowid INTEGER PRIMARY KEY, article_id TEXT UNIQUE NOT NULL)")
            con.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, outlet, text, "
                "tokenize = 'unicode61 remove_diacritics 2')"
            )
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", [SCHEMA_VERSION])

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, check_same_thread=True, timeout=30)
            con.execute("PRAGMA journal_mode = WAL")  # readers never wait for the writer
            con.execute("PRAGMA synchronous = NORMAL")
            self._local.con = con
        return con

    def count(self) -> int:
        return int(self._con().execute("SELECT count(*) FROM docs").fetchone()[0])

    def known(self) -> set[str]:
        return {r[0] for r in self._con().execute("SELECT article_id FROM docs")}

    def add(self, rows: Iterable[tuple[str, str | None, str | None, str | None]]) -> int:
        """Index (article_id, title, outlet, text) rows not indexed yet; return how many were added."""
        n = 0
        with self._write_lock:
            con = self._con()
            with con:
                for article_id, title, outlet, text in rows:
                    cur = con.execute("INSERT OR IGNORE INTO docs (article_id) VALUES (?)", [article_id])
                    if cur.rowcount:
                        con.execute(
                            "INSERT INTO fts (rowid, title, outlet, text) VALUES (?, ?, ?, ?)",
                            [cur.lastrowid, title or "", outlet or "", text or ""],
                        )
                        n += 1
        return n

    def sync(
        self, fetch_ids: Callable[[], list[str]], fetch_rows: Callable[[list[str]], list[tuple]], *, batch: int = 2000
    ) -> int:
        """Add every article the store has and the index lacks (ids diffed, texts read in batches)."""
        known = self.known()
        missing = [a for a in fetch_ids() if a not in known]
        added = 0
        for i in range(0, len(missing), batch):
            added += self.add(fetch_rows(missing[i : i + batch]))
        return added

    def search(
        self, q: str, *, limit: int = 20, offset: int = 0, timeout: float = 2.0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total matches, one page of {article_id, score, snippet}) best first; raises QueryTimeout."""
        match = fts_query(q)
        if not match:
            return 0, []
        con = self._con()
        deadline = time.monotonic() + timeout
        con.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            total = con.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", [match]).fetchone()[0]
            rows = con.execute(
                f"SELECT d.article_id, bm25(fts, 4.0, 1.0, 1.0) AS score, "
                f"snippet(fts, 2, '{OPEN}', '{CLOSE}', ' … ', 24) AS snippet "
                "FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ? ORDER BY score LIMIT ? OFFSET ?",
                [match, limit, offset],
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise QueryTimeout(f"search took longer than {timeout:g} s") from None
            raise
        finally:
            con.set_progress_handler(None, 0)
        return int(total), [{"article_id": a, "score": round(-s, 4), "snippet": snip} for a, s, snip in rows]

    def close(self) -> None:
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet on its markers into (text, matched) pieces for escaping in the template."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(re.split(f"[{OPEN}{CLOSE}]", snippet or "")):
        if chunk:
            parts.append((chunk, i % 2 == 1))
    return parts
