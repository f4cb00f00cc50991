"""kill -9 anywhere is safe: SIGKILL `tidings run` at random moments, over every stage and the migration
of an older store, then run again to completion: the store opens and its articles, stories and events
exports equal those of an uninterrupted run.

The kill moments come from a seeded generator (``TIDINGS_CRASH_SEED`` to replay one); a failure
prints the seed and the kill that broke the store. After every kill no process of the killed run may
be left (workers die with it).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import tidings
from procs import describe, wait_gone

pytestmark = pytest.mark.slow

SEED = int(os.environ.get("TIDINGS_CRASH_SEED", "20261202"))
KILLS = 20
WHATS = ("articles", "stories", "events")
TIDINGS = str(Path(sys.executable).with_name("tidings"))
STAGES = ("nlp", "enrich", "dedup", "stories", "events", "reconcile")


def _run_cli(db: Path, inputs: Path) -> subprocess.Popen:
    return subprocess.Popen([TIDINGS, "run", str(inputs), "--db", str(db)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def _exports(db: Path, tmp: Path) -> dict[str, list[str]]:
    out = {}
    with tidings.open(db) as t:
        for what in WHATS:
            f = tmp / f"x-{what}.jsonl"
            t.export(what, "jsonl", f)
            out[what] = sorted(json.dumps(json.loads(line), sort_keys=True) for line in f.read_text().splitlines())
    return out


def _where(db: Path) -> str:
    """How far the killed store had got: 'migration' (schema not yet current), 'ingest', a stage name
    (the first one not done on every article) or 'done'."""
    if not db.exists():
        return "start"
    probe = db.with_name("probe.duckdb")  # a copy: opening replays the killed writer's WAL
    for suffix in ("", ".wal"):
        src = Path(str(db) + suffix)
        dst = Path(str(probe) + suffix)
        dst.unlink(missing_ok=True)
        if src.exists():
            shutil.copy(src, dst)
    con = duckdb.connect(str(probe))
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "schema_migrations" not in tables:
            return "start"
        if not con.execute("SELECT count(*) FROM schema_migrations WHERE version = 6").fetchone()[0]:
            return "migration"  # 0006 (stage fingerprints) not applied yet; later migrations may be
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        done = dict(con.execute("SELECT stage, count(*) FROM stage_state WHERE seq IS NOT NULL AND inputs IS NOT NULL "
                                "GROUP BY 1").fetchall())
    finally:
        con.close()
    for st in STAGES:
        if done.get(st, 0) < n or n == 0:
            return "ingest" if n == 0 else st
    return "done"


def _downgrade(db: Path) -> None:
    """Make ``db`` a store of the schema before 0006 (what tidings wrote before stage fingerprints)."""
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE stage_state DROP COLUMN seq")
    con.execute("ALTER TABLE stage_state DROP COLUMN inputs")
    con.execute("DELETE FROM schema_migrations WHERE version = 6")
    con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    for name in ("atlas-biden-xi-call.txt", "atlas-china-countermeasures.txt", "beltway-china-watch-blinken-beijing.txt",
                 "beltway-china-watch-yellen-guangzhou.txt", "northgate-munich-blinken-wang.txt"):
        shutil.copy(sample_dir / "text" / name, d / name)
    shutil.copy(sample_dir / "html" / "meridian-woodside-summit.html", d)
    shutil.copy(sample_dir / "html" / "bayview-woodside-wire-copy.html", d)
    return d


def test_sigkill_anywhere_then_rerun_equals_an_uninterrupted_run(corpus: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    ref = tmp_path / "ref.duckdb"
    started = time.monotonic()
    done = subprocess.run([TIDINGS, "run", str(corpus), "--db", str(ref)], capture_output=True, text=True)
    span = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    want = _exports(ref, tmp_path)
    assert want["events"] and want["stories"]

    kills, where = 0, []
    rounds = 0
    while kills < KILLS:
        rounds += 1
        db = tmp_path / f"crash{rounds}.duckdb"
        upgrade = rounds % 2 == 0  # every other round starts from an older store that the run must migrate
        if upgrade:
            shutil.copy(ref, db)
            _downgrade(db)
        for _ in range(8):  # kill the same store's runs until one finishes
            proc = _run_cli(db, corpus)
            delay = rng.uniform(0.3, span * (0.6 if kills % 3 else 1.0))
            try:
                proc.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                os.kill(proc.pid, signal.SIGKILL)  # the run alone: its workers must go by themselves
                proc.wait()
                kills += 1
                left = wait_gone(proc.pid, seconds=20)  # its workers notice the parent is gone and exit
                if left:
                    what = [describe(pid) for pid in left]
                    os.killpg(proc.pid, signal.SIGKILL)
                    pytest.fail(f"seed {SEED}, kill {kills} after {delay:.1f} s: processes outlived the killed run: {what}")
                where.append(_where(db))
                continue
            assert proc.returncode == 0, f"seed {SEED}, kill {kills}: the run after the kill failed: {proc.stderr.read()}"
            break
        final = subprocess.run([TIDINGS, "run", str(corpus), "--db", str(db)], capture_output=True, text=True)
        assert final.returncode == 0, f"seed {SEED}: {final.stderr}"
        got = _exports(db, tmp_path)
        for what in WHATS:
            assert got[what] == want[what], f"seed {SEED}, round {rounds} (kills at {where}): {what} differ"
    print(f"\ncrash test: seed {SEED}, {kills} SIGKILLs over {rounds} rounds, all survived; "
          f"store state at each kill: {where}")


# A run through the Python API that says when each stage starts (the public Progress protocol), so that a
# kill can be aimed at every stage, not only where the time goes (parsing).
_SAYS_STAGES = """
import sys
import tidings

class Say:
    def start(self, label, total):
        print(label, flush=True)

    def advance(self, n=1):
        pass

    def finish(self):
        pass

with tidings.open(sys.argv[1]) as t:
    t.run([sys.argv[2]], progress=Say())
"""


def test_sigkill_aimed_at_each_stage_then_rerun_equals_an_uninterrupted_run(corpus: Path, tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    ref = tmp_path / "ref.duckdb"
    assert subprocess.run([TIDINGS, "run", str(corpus), "--db", str(ref)], capture_output=True).returncode == 0
    want = _exports(ref, tmp_path)
    labels = ("ingest", "parse", "dedup", "stories", "events", "reconcile")
    where = []
    for k, label in enumerate(labels * 2):
        db = tmp_path / f"aimed{k}.duckdb"
        proc = subprocess.Popen([sys.executable, "-c", _SAYS_STAGES, str(db), str(corpus)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, start_new_session=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(label):
                break
        time.sleep(rng.uniform(0.0, 0.2))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        left = wait_gone(proc.pid, seconds=20)
        assert not left, f"seed {SEED + 1}, kill in {label}: {[describe(pid) for pid in left]}"
        where.append((label, _where(db)))
        final = subprocess.run([TIDINGS, "run", str(corpus), "--db", str(db)], capture_output=True, text=True)
        assert final.returncode == 0, f"seed {SEED + 1}, kill in {label}: {final.stderr}"
        got = _exports(db, tmp_path)
        for what in WHATS:
            assert got[what] == want[what], f"seed {SEED + 1}, kill in {label} (store at {where[-1][1]}): {what} differ"
    print(f"\naimed crash test: seed {SEED + 1}, {len(where)} SIGKILLs, all survived; (stage aimed at, store state): {where}")
