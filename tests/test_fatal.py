"""Fatal conditions end with one line and a non-zero exit, and the store is as it was before the batch."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import duckdb


def _cli(*args: str, cwd: Path, preexec=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tidings.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, preexec_fn=preexec, env={**os.environ, "COLUMNS": "200"})


def test_store_that_cannot_grow_fails_cleanly_and_keeps_what_it_had(tmp_path: Path, sample_dir: Path) -> None:
    db = tmp_path / "s.duckdb"
    assert _cli("ingest", str(sample_dir / "html"), "--db", str(db), cwd=tmp_path).returncode == 0
    con = duckdb.connect(str(db), read_only=True)
    before = con.execute("SELECT article_id, text FROM articles ORDER BY 1").fetchall()
    con.close()
    pile = tmp_path / "pile"
    pile.mkdir()
    body = "The two sides met in Geneva to discuss tariffs and export controls on advanced chips. " * 40
    with (pile / "big.jsonl").open("w") as fh:
        for i in range(1500):
            fh.write(json.dumps({"id": f"x{i}", "published": "2024-01-01", "text": f"Report {i}. {body}"}) + "\n")
    limit = db.stat().st_size + 1_000_000

    def small_disk() -> None:  # the file-size limit stands in for a full disk: writes fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    res = _cli("ingest", str(pile), "--db", str(db), cwd=tmp_path, preexec=small_disk)
    assert res.returncode != 0
    assert "Traceback" not in res.stderr + res.stdout
    last = [line for line in res.stderr.splitlines() if line.strip()][-1]
    assert last.startswith("Error: cannot write store") and "File too large" in last
    con = duckdb.connect(str(db), read_only=True)
    after = con.execute("SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest(?))",
                        [[a for a, _ in before]]).fetchall()
    con.close()
    assert sorted(after) == before
