"""`tidings demo` end to end, as a new user runs it: the bundled corpus, every stage, a summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb


def test_demo_runs_whole_pipeline_and_is_idempotent(tmp_path: Path, sample_dir: Path) -> None:
    cmd = [sys.executable, "-m", "tidings.cli", "demo"]
    first = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "Traceback" not in first.stdout + first.stderr
    db = tmp_path / "tidings.duckdb"
    assert db.exists()
    con = duckdb.connect(str(db), read_only=True)
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 40 <= n_articles <= 80
    forms = {r[0].rsplit(".", 1)[-1] for r in con.execute("SELECT DISTINCT source_path FROM articles").fetchall()}
    assert {"html", "txt", "jsonl", "xml"} & forms
    assert con.execute("SELECT count(*) FROM rejects").fetchone()[0] == 0, "the sample corpus is all good input"
    counts_before = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                     for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                             "WHERE table_schema='main' AND table_name NOT IN ('runs', 'stage_state')").fetchall()}
    con.close()

    second = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "Nothing new" in second.stdout
    con = duckdb.connect(str(db), read_only=True)
    counts_after = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in counts_before}
    con.close()
    assert counts_after == counts_before
