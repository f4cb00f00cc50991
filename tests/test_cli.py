"""The CLI as a user runs it: a real subprocess, a real store, real files."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

ARTICLE_COLUMNS = ["article_id", "external_id", "url", "outlet", "title", "author", "published", "published_source",
                   "language", "text", "word_count", "source_path", "source_locator"]


def tidings(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "300"}  # wide enough that long temp paths are not folded in tables
    return subprocess.run([sys.executable, "-m", "tidings.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600, env=env)


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A folder where good articles sit beside bad input."""
    d = tmp_path / "pile"
    d.mkdir()
    (d / "good.txt").write_text(
        "Chinese and U.S. trade officials meet in Geneva\nPublished: 12 May 2025\n\n"
        "GENEVA — Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Geneva on Saturday for talks on "
        "tariffs, the first face-to-face meeting between the two sides since the trade war escalated in April.\n\n"
        "Both delegations described the talks as constructive and said they would continue on Sunday.\n",
        encoding="utf-8")
    (d / "empty.txt").write_text("   \n\n")
    (d / "noise.bin").write_bytes(bytes(range(256)) * 40)
    (d / "fake.gz").write_bytes(b"this is not gzip at all")
    good_line = {"id": "m1", "url": "https://example.org/a", "outlet": "Example Post", "published": "2024-04-03",
                 "title": "Blinken lands in Shanghai",
                 "text": "Secretary of State Antony Blinken arrived in Shanghai on Wednesday for a three-day visit "
                         "that will include talks with Foreign Minister Wang Yi in Beijing."}
    (d / "feed.jsonl").write_text(json.dumps(good_line) + "\n{broken json\n", encoding="utf-8")
    with gzip.open(d / "wire.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("WASHINGTON, April 2 (Wire) - President Joe Biden and President Xi Jinping spoke by phone on Tuesday, "
                 "their first conversation since their November summit, the White House said.\n")
    return d


def test_run_on_hostile_pile_keeps_good_records_and_lists_rejects(hostile: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    res = tidings("ingest", str(hostile), "--db", str(db))
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stdout + res.stderr
    assert "Rejected input" in res.stdout
    for name in ("empty.txt", "noise.bin", "fake.gz", "feed.jsonl"):
        assert name in res.stdout
    summary = res.stdout.split("Rejected input")[0]  # new articles by form sit under their total, not under rejects
    assert summary.index("new articles") < summary.index("from jsonl") < summary.index("rejected inputs")
    con = duckdb.connect(str(db), read_only=True)
    titles = {r[0] for r in con.execute("SELECT title FROM articles").fetchall()}
    assert "Blinken lands in Shanghai" in titles
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM rejects WHERE source_path LIKE '%feed.jsonl'").fetchone()[0] == 1
    con.close()

    again = tidings("ingest", str(hostile), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "Nothing new" in again.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    con.close()


def test_exports_open_in_duckdb_and_pandas(hostile: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    assert tidings("ingest", str(hostile), "--db", str(db)).returncode == 0
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"articles.{fmt}"
        res = tidings("export", "--db", str(db), "--what", "articles", "--format", fmt, "-o", str(out))
        assert res.returncode == 0, res.stderr
        reader = {"jsonl": lambda p: pd.read_json(p, lines=True), "csv": pd.read_csv, "parquet": pd.read_parquet}[fmt]
        df = reader(out)
        assert list(df.columns)[: len(ARTICLE_COLUMNS)] == ARTICLE_COLUMNS
        assert len(df) == 3
        n = duckdb.sql(f"SELECT count(*) FROM '{out}'").fetchone()[0] if fmt != "jsonl" else \
            duckdb.sql(f"SELECT count(*) FROM read_json_auto('{out}')").fetchone()[0]
        assert n == 3
    res = tidings("export", "--db", str(db), "--what", "rejects", "--format", "jsonl")
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert any(r["source_path"].endswith("fake.gz") for r in rows)


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    res = tidings("export", "--what", "articles", "--db", str(tmp_path / "missing.duckdb"))
    assert res.returncode == 1
    assert res.stderr.strip().startswith("Error: cannot open store")
    assert "Traceback" not in res.stderr
    notdb = tmp_path / "notes.duckdb"
    notdb.write_text("not a database")
    res = tidings("run", str(tmp_path), "--db", str(notdb))
    assert res.returncode == 1 and "not a valid DuckDB database" in res.stderr and "Traceback" not in res.stderr
    assert notdb.read_text() == "not a database"
    res = tidings("export", "--what", "nonsense", "--db", str(notdb))
    assert res.returncode == 1 and "--what must be one of" in res.stderr


def test_version_and_db_info(tmp_path: Path, hostile: Path) -> None:
    res = tidings("--version")
    assert res.returncode == 0 and res.stdout.startswith("tidings ")
    db = tmp_path / "s.duckdb"
    tidings("ingest", str(hostile), "--db", str(db))
    res = tidings("db", "info", "--db", str(db))
    assert res.returncode == 0 and "articles" in res.stdout and "schema version" in res.stdout
    res = tidings("db", "upgrade", "--db", str(db))
    assert res.returncode == 0 and "up to date" in res.stdout
