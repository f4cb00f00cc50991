"""A run killed with SIGKILL mid-ingest and run again ends with the same store as an uninterrupted run."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tidings.store import Store

from test_ingest_helpers import BODY, run, write

SCRIPT = textwrap.dedent("""
    import sys
    from tidings.ingest import ingest
    from tidings.store import Store

    class Ticks:
        def start(self, label, total): pass
        def advance(self, n=1): print("tick", flush=True)
        def finish(self): print("done", flush=True)

    with Store(sys.argv[1]) as s:
        ingest(s, [sys.argv[2]], progress=Ticks(), workers=2, batch_size=10)
""")

TABLES = {
    "articles": "SELECT * EXCLUDE (ingested_at, run_id) FROM articles ORDER BY article_id",
    "article_sources": "SELECT * EXCLUDE (first_seen) FROM article_sources ORDER BY ALL",
    "rejects": "SELECT * EXCLUDE (created_at, run_id) FROM rejects ORDER BY reject_id",
    "source_files": "SELECT * EXCLUDE (ingested_at, run_id) FROM source_files ORDER BY source_path",
}


def _pile(root: Path) -> Path:
    files: dict[str, bytes | str] = {}
    for i in range(240):
        city = ["GENEVA", "TOKYO", "NAIROBI", "LIMA"][i % 4]
        files[f"d{i % 7}/story-{i:04d}.txt"] = f"Story {i}\nPublished: {1 + i % 28} March 2024\n\n{city} — {BODY} Item {i}.\n"
    files["dupes/copy.txt"] = files["d0/story-0000.txt"]
    files["m/wire.jsonl"] = "\n".join(json.dumps({"id": f"w{i}", "text": f"ROME — {BODY} Wire {i}."}) for i in range(30)) + "\n{bad\n"
    files["bad/fake.gz"] = b"not gzip"
    return write(root, files)


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with Store(db) as s:
        return {t: s.con.execute(q).fetchall() for t, q in TABLES.items()}


def test_kill_9_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    pile = _pile(tmp_path / "pile")
    ref_db = tmp_path / "ref.duckdb"
    with Store(ref_db) as s:
        run(s, pile, workers=1, batch_size=10)
    killed_db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(killed_db), str(pile)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    ticks = 0
    for line in proc.stdout:
        if line.strip() == "tick":
            ticks += 1
        if ticks == 3:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    with Store(killed_db) as s:
        partial = s.scalar("SELECT count(*) FROM source_files")
    assert 0 < partial < 243
    with Store(killed_db) as s:
        rep = run(s, pile, workers=2, batch_size=10)
    assert rep.files_skipped == partial
    assert _snapshot(killed_db) == _snapshot(ref_db)


def test_ingest_caps_duckdb_cache_while_writing_and_restores_settings(tmp_path: Path) -> None:
    """Ingest only writes, so DuckDB's block cache is capped for its length (else every written
    block stays cached and the writer grows with the corpus); the store's own settings come back."""
    from tidings.pipeline import NullProgress

    write(tmp_path / "in", {f"a{i}.txt": BODY.replace("Friday", f"Friday, the {i}th") for i in range(3)})

    def setting(store: Store, name: str) -> str:
        return str(store.scalar(f"SELECT current_setting('{name}')"))

    seen: list[str] = []

    class Watch(NullProgress):
        def advance(self, n: int = 1) -> None:
            seen.append(setting(store, "memory_limit"))

    with Store(tmp_path / "s.duckdb") as store:
        store.con.execute("SET memory_limit = '3GiB'")
        before = {n: setting(store, n) for n in ("memory_limit", "checkpoint_threshold")}
        rep = run(store, tmp_path / "in", progress=Watch())
        assert rep.articles_new == 3
        assert seen and all(v != before["memory_limit"] for v in seen)
        assert {n: setting(store, n) for n in before} == before
