"""No process outlives a run: every worker pool is closed on exit, on error and on Ctrl-C, and a
killed run's workers die with it (tests/test_crash.py kills runs with SIGKILL). The test session
itself is checked at its end (tests/conftest.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from procs import session_procs, wait_gone
from tidings.runtime import configure, fork_starmap, live_children, ordered_map, settings

TIDINGS = str(Path(sys.executable).with_name("tidings"))


def _run(db: Path, inputs: Path, **env: str) -> subprocess.Popen:
    # SIGINT as a terminal's, even when the suite itself runs in the background (which ignores it)
    return subprocess.Popen([TIDINGS, "run", str(inputs), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, **env}, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def test_no_process_outlives_a_run_with_worker_pools(tmp_path: Path, sample_dir: Path) -> None:
    # every stage on worker processes, however few the articles: each of their pools must be closed
    proc = _run(tmp_path / "s.duckdb", sample_dir / "html", TIDINGS_PARALLEL_MIN="1")
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err.decode()
    assert wait_gone(proc.pid) == []


def test_no_process_outlives_ctrl_c(tmp_path: Path, sample_dir: Path) -> None:
    db = tmp_path / "s.duckdb"
    proc = _run(db, sample_dir / "text", TIDINGS_PARALLEL_MIN="1")
    deadline = time.monotonic() + 300
    while len(session_procs(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # until it has started workers
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        # fail this test alone: a run left behind would fail every later test that counts live children
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("Ctrl-C did not stop `tidings run` within 120 s")
    assert proc.returncode in (0, 130), err.decode()
    assert wait_gone(proc.pid) == []


def _boom(x: int) -> int:
    if x == 3:
        raise ValueError("bad item")
    return x * 2


def test_pools_are_closed_on_error_and_when_the_reader_stops_early() -> None:
    before = set(live_children())
    with pytest.raises(ValueError, match="bad item"):
        list(ordered_map(_boom, range(10), parallel=True, workers=2))
    it = ordered_map(_boom, [1, 2], parallel=True, workers=2)
    assert next(it) == 2
    it.close()  # a consumer that stops early (an error in the writer) closes the pool too
    with configure(workers=2, parallel_min=1):
        assert fork_starmap(_boom, [(1,), (2,)], min_rows=10**9, chunksize=1) == [2, 4]
        with pytest.raises(ValueError, match="bad item"):
            fork_starmap(_boom, [(3,), (4,)], min_rows=10**9, chunksize=1)
    time.sleep(0.2)
    assert set(live_children()) - before == set()


def test_settings_reach_the_stages(tmp_path: Path, sample_dir: Path) -> None:
    import tidings

    before = settings()
    with configure(parallel_min=1), tidings.open(tmp_path / "s.duckdb") as t:
        report = t.run([sample_dir / "text"], workers=1)  # every stage would start a pool, but --workers 1
    assert settings() == before  # restored after the run
    notes = {s.stage: s.notes for s in report.stages}
    # the events are coded in the nlp stage's fused pass (session 24): the events stage has nothing left
    assert notes["nlp"]["n_process"] == 1 and notes["events"].get("n_process", 1) == 1
    assert notes["nlp"]["coded_in_same_pass"] > 0
    with configure(workers=3, parallel_min=1):
        assert settings().parallel(1, 10**9) and settings().workers == 3
    with configure(workers=1, parallel_min=1):
        assert not settings().parallel(10**6, 1)  # one worker: never a pool
