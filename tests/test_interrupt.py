"""Ctrl-C during a DuckDB query. DuckDB does not let the KeyboardInterrupt through: it stops the query and
raises RuntimeError('Query interrupted'). A stage that records one article's failure and goes on
(`except Exception`) used to swallow it: the articles of the batch were stored as failed and the run
went on as if no Ctrl-C had come. These tests interrupt real queries."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

import tidings
from tidings import cli
from tidings.errors import during_interrupt, interrupted
from tidings.pipeline import NullProgress, run_stages
from tidings.runtime import configure

# a query of a fraction of a second, run in a loop until the signal lands: with pandas loaded (as in
# tidings), DuckDB sees a Ctrl-C only when the running query ends
SHORT_QUERY = "SELECT count(*) FROM range(20000000) t(i) WHERE i % 7 = 3"


def _queries_until_interrupted() -> None:
    con = duckdb.connect()
    for _ in range(2000):
        con.execute(SHORT_QUERY).fetchall()
    raise AssertionError("no Ctrl-C came")


@pytest.fixture
def sigint_raises() -> Iterator[None]:
    """SIGINT as in a terminal (a suite started in the background, or an xdist worker, may ignore it)."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def _sigint_in(seconds: float) -> None:
    threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGINT)).start()


def test_duckdb_raises_a_runtime_error_that_counts_as_an_interrupt(sigint_raises: None) -> None:
    _sigint_in(0.3)
    with pytest.raises((RuntimeError, KeyboardInterrupt)) as caught:
        _queries_until_interrupted()
    assert interrupted(caught.value)
    assert not interrupted(RuntimeError("a bug")) and not interrupted(ValueError("Query interrupted"))


def test_ctrl_c_while_the_events_stage_loads_a_batch_stops_the_run_and_records_no_failure(
    tmp_path: Path, sample_dir: Path, sigint_raises: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = tidings.open(tmp_path / "s.duckdb")
    t.ingest([sample_dir], workers=1)
    with configure(workers=1):
        run_stages(t.store, only=["nlp", "enrich"], progress=NullProgress())
    import tidings.enrich as enrich

    def load_then_ctrl_c(store, batch):  # the batch's read is a query; Ctrl-C comes while it runs
        _sigint_in(0.3)
        _queries_until_interrupted()

    monkeypatch.setattr(enrich, "load", load_then_ctrl_c)
    with configure(workers=1), pytest.raises(KeyboardInterrupt):
        run_stages(t.store, only=["events"], progress=NullProgress())
    assert t.store.scalar("SELECT count(*) FROM stage_errors WHERE stage = 'events'") == 0
    assert t.store.scalar("SELECT count(*) FROM stage_state WHERE stage = 'events'") == 0
    t.close()


def _join_unstarted_thread_under_ctrl_c() -> None:
    """What a pool's cleanup can meet when the SIGINT lands inside ``Thread.start()``."""
    t = threading.Thread(target=lambda: None)
    try:
        raise KeyboardInterrupt
    finally:
        t.join()  # RuntimeError: cannot join thread before it is started


def test_an_error_raised_while_a_ctrl_c_unwinds_is_still_the_ctrl_c(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    with pytest.raises(RuntimeError) as caught:
        _join_unstarted_thread_under_ctrl_c()
    assert during_interrupt(caught.value) and not interrupted(caught.value)
    assert not during_interrupt(RuntimeError("a bug"))
    monkeypatch.delenv("TIDINGS_DEBUG", raising=False)
    monkeypatch.setattr(cli, "app", lambda **kw: _join_unstarted_thread_under_ctrl_c())
    with pytest.raises(SystemExit) as exited:
        cli.main(["run"])
    assert exited.value.code == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "internal error" not in err
