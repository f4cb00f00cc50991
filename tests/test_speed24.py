"""Session 24 throughput: the events coded in the nlp stage's fused pass, dedup beside the parse.

The fused pass must write exactly what the events stage writes when the stages run apart (it codes from
the parse's bytes and the enrich rows as the store returns them, and leaves to the events stage any
article it cannot vouch for or that fails); the side thread now starts with the run, each side stage
once the stages it depends on are done, and errors and Ctrl-C stop the run as before.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import threading
import time
from pathlib import Path

import numpy
import pytest
from test_speed23 import _exports, _made_up_articles, _tables, _write_jsonl  # noqa: I001 - a sibling test module

import tidings
from tidings.enrich import stage as enrich_stage
from tidings.events import stage as events_stage
from tidings.nlp import doc_text
from tidings.nlp import stage as nlp_stage
from tidings.pipeline import NullProgress, run_stages
from tidings.runtime import configure, live_children
from tidings.store import Store

pytest.importorskip("tidings.timex")

_EVENT_COLS = ", ".join(c for c in events_stage.MENTION_COLUMNS if c != "created_at")


def _events_of(s: Store) -> dict[str, list[tuple]]:
    return {
        "event_mentions": s.con.execute(f"SELECT {_EVENT_COLS} FROM event_mentions ORDER BY ALL").fetchall(),
        "stage_state": s.con.execute(
            "SELECT stage, item_id, version, inputs FROM stage_state WHERE stage IN ('nlp', 'enrich', 'events') "
            "ORDER BY ALL"
        ).fetchall(),
        "stage_errors": s.con.execute("SELECT stage, item_id, error FROM stage_errors ORDER BY ALL").fetchall(),
    }


def _store(tmp_path: Path, name: str, arts: list[dict]) -> tidings.Tidings:
    f = tmp_path / f"{name}.jsonl"
    _write_jsonl(f, arts)
    t = tidings.open(tmp_path / f"{name}.duckdb")
    t.ingest([f], workers=1)
    return t


def _fused_and_apart(tmp_path: Path, arts: list[dict]) -> tuple[dict, dict, dict]:
    """The same articles: nlp, enrich and events in one run (fused), and each stage run on its own."""
    with _store(tmp_path, "fused", arts) as a, configure(workers=1):
        reports = {r.stage: r for r in run_stages(a.store, only=["nlp", "enrich", "events"])}
        fused = _events_of(a.store)
    with _store(tmp_path, "apart", arts) as b, configure(workers=1):
        nlp_stage.run(b.store, NullProgress())
        enrich_stage.run(b.store, NullProgress())
        events_stage.run(b.store, NullProgress())
        apart = _events_of(b.store)
    return fused, apart, reports


def test_events_coded_in_the_fused_pass_equal_the_events_stage_apart(tmp_path: Path) -> None:
    arts = _made_up_articles(12, 5)
    fused, apart, reports = _fused_and_apart(tmp_path, arts)
    assert reports["nlp"].notes["coded_in_same_pass"] == 12
    assert reports["nlp"].notes["event_mentions"] == len(fused["event_mentions"]) > 12
    assert reports["events"].processed == 0  # nothing left for the events stage
    assert fused == apart


def test_fused_pass_on_the_sample_corpus_equals_the_stages_apart(tmp_path: Path, sample_dir: Path) -> None:
    """The bundled demo articles (real wire styles): the fused pass writes the events stage's rows."""
    out = []
    for name in ("fused", "apart"):
        with tidings.open(tmp_path / f"{name}.duckdb") as t, configure(workers=1):
            t.ingest([sample_dir], workers=1)
            if name == "fused":
                rep = {r.stage: r for r in run_stages(t.store, only=["nlp", "enrich", "events"])}
                assert rep["nlp"].notes["coded_in_same_pass"] >= 10 and rep["events"].processed == 0
            else:
                for st in (nlp_stage, enrich_stage, events_stage):
                    st.run(t.store, NullProgress())
            out.append(_events_of(t.store))
    assert len(out[0]["event_mentions"]) > 20
    assert out[0] == out[1]


def test_only_values_the_store_returns_unchanged_are_vouched_for() -> None:
    ok = [(None, "INTEGER"), ("x", "VARCHAR"), (3, "INTEGER"), (2**40, "BIGINT"), (0.5, "DOUBLE"), (True, "BOOLEAN")]
    bad = [
        (True, "INTEGER"),  # a bool in an integer column comes back as 1
        (1, "DOUBLE"),  # an int in a DOUBLE column comes back as 1.0
        (numpy.float64(0.5), "DOUBLE"),  # comes back as a plain float
        (2**31, "INTEGER"),  # out of range
        (1, "BOOLEAN"),
        ("a\x00b", "VARCHAR"),
        (type("S", (str,), {})("x"), "VARCHAR"),  # a str subclass comes back as str
    ]
    assert all(events_stage._as_stored(v, t) for v, t in ok)
    assert not any(events_stage._as_stored(v, t) for v, t in bad)


class _Name(str):
    """A str that is not exactly a str: the store would give back a plain str."""


def test_an_article_the_pass_cannot_vouch_for_is_coded_by_the_events_stage(tmp_path: Path, monkeypatch) -> None:
    """One article's actor rows carry a value of another type than the store returns: the fused pass leaves
    that article to the events stage, which reads it back; the store ends as when the stages run apart."""
    from tidings.enrich import rows as rows_mod

    arts = _made_up_articles(8, 6)
    odd = arts[1]["text"][:80]  # an original (every fourth article is a copy of the one before)
    real = rows_mod.article_rows

    def article_rows(e):
        out = real(e)
        if odd in doc_text(e.doc):
            out["actor_mentions"] = [(*r[:7], _Name(r[7]), *r[8:]) for r in out["actor_mentions"]]
        return out

    monkeypatch.setattr(enrich_stage, "article_rows", article_rows)
    fused, apart, reports = _fused_and_apart(tmp_path, arts)
    assert reports["nlp"].notes["coded_in_same_pass"] == 7
    assert reports["events"].processed == 1
    assert fused == apart


def test_an_article_that_fails_to_code_is_left_to_the_events_stage(tmp_path: Path, monkeypatch) -> None:
    """A coding error in the fused pass is not recorded there: the events stage retries the article and
    records its error, as when the stages run apart."""
    arts = _made_up_articles(8, 7)
    bad = arts[5]["text"][:80]
    real = events_stage.code_article

    def code_article(e):
        if bad in doc_text(e.doc):
            raise ValueError("cannot code this one")
        return real(e)

    monkeypatch.setattr(events_stage, "code_article", code_article)
    fused, apart, reports = _fused_and_apart(tmp_path, arts)
    assert reports["nlp"].notes["coded_in_same_pass"] == 7
    assert reports["events"].errors == 1
    assert [(s, e) for s, _, e in fused["stage_errors"]] == [("events", "ValueError: cannot code this one")]
    assert fused == apart


def test_no_fusion_without_the_events_stage_in_the_run(tmp_path: Path) -> None:
    with _store(tmp_path, "nlp-enrich", _made_up_articles(4, 8)) as t, configure(workers=1):
        reports = {r.stage: r for r in run_stages(t.store, only=["nlp", "enrich"])}
        assert "coded_in_same_pass" not in reports["nlp"].notes
        assert t.store.scalar("SELECT count(*) FROM event_mentions") == 0
        assert t.store.scalar("SELECT count(*) FROM stage_state WHERE stage = 'events'") == 0


# -- dedup beside the parse -------------------------------------------------------------------------------


class _Timeline:
    """Which thread ran each stage, and when it started and ended."""

    def __init__(self, monkeypatch) -> None:
        from tidings.pipeline import STAGE_MODULES

        self.runs: dict[str, list[tuple[str, float, float]]] = {}
        for name in STAGE_MODULES:
            mod = importlib.import_module(name)
            st = mod.STAGE

            def wrapped(*args, _run=st.run, _name=st.name, **kw):
                t0 = time.monotonic()
                try:
                    return _run(*args, **kw)
                finally:
                    self.runs.setdefault(_name, []).append((threading.current_thread().name, t0, time.monotonic()))

            monkeypatch.setattr(mod, "STAGE", dataclasses.replace(st, run=wrapped))


@pytest.mark.slow
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="forks only with two cores")
def test_dedup_runs_beside_the_parse_and_stories_after_enrich(tmp_path, monkeypatch):
    """With worker processes dedup starts with the run, beside the parse; stories starts once enrich is
    done; reconcile after dedup and events (beside stories). Every table and the five exports equal the one-process run's."""
    arts = _made_up_articles(20, 9)
    f = tmp_path / "a.jsonl"
    _write_jsonl(f, arts)
    timeline = _Timeline(monkeypatch)
    out = []
    for workers in (1, 2):
        timeline.runs.clear()
        with tidings.open(tmp_path / f"w{workers}.duckdb") as t, configure(workers=workers, parallel_min=1):
            t.run([f], workers=workers)
            out.append((_tables(t.store), _exports(t, tmp_path)))
    runs = {k: v[0] for k, v in timeline.runs.items()}
    assert runs["dedup"][0] == runs["stories"][0] == "tidings-beside"
    assert {runs[s][0] for s in ("nlp", "enrich", "events", "reconcile")} == {"MainThread"}
    assert runs["dedup"][1] < runs["nlp"][2]  # dedup started before the parse was over
    assert runs["stories"][1] >= runs["enrich"][2]  # stories waited for enrich
    assert runs["reconcile"][1] >= max(runs["dedup"][2], runs["events"][2])  # not stories: it reads no table of it
    assert out[0] == out[1]
    assert len(out[0][0]["event_mentions"]) > 20


def _boom(*args, **kw):
    raise RuntimeError("boom in the parse")


def _interrupt(*args, **kw):
    raise KeyboardInterrupt


@pytest.mark.slow
@pytest.mark.parametrize("how", [_boom, _interrupt])
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="forks only with two cores")
def test_a_failing_or_interrupted_parse_stops_the_run_with_dedup_beside(tmp_path, monkeypatch, how):
    """The nlp stage raising (or Ctrl-C in it) while dedup runs beside it: the run stops with that error
    (KeyboardInterrupt), stories (which waits for enrich) and everything after do not run, no thread or
    worker is left, and the next run completes the store as a run without the error would have."""
    arts = _made_up_articles(12, 10)
    f = tmp_path / "a.jsonl"
    _write_jsonl(f, arts)
    real = nlp_stage.STAGE
    with tidings.open(tmp_path / "e.duckdb") as t, configure(workers=2, parallel_min=1):
        monkeypatch.setattr(nlp_stage, "STAGE", dataclasses.replace(real, run=how))
        with pytest.raises(RuntimeError if how is _boom else KeyboardInterrupt):
            t.run([f], workers=2)
        assert not [th for th in threading.enumerate() if th.name == "tidings-beside" and th.is_alive()]
        assert not live_children()
        done = dict(t.store.con.execute("SELECT stage, count(*) FROM stage_state GROUP BY stage").fetchall())
        assert not {"nlp", "enrich", "stories", "events", "reconcile"} & set(done)
        if how is _boom:  # an error: dedup, which does not depend on the parse, was let finish
            assert done.get("dedup") == 12
        monkeypatch.setattr(nlp_stage, "STAGE", real)
        t.run([], workers=2)
        after = _tables(t.store)
    with tidings.open(tmp_path / "ref.duckdb") as t, configure(workers=2, parallel_min=1):
        t.run([f], workers=2)
        assert after == _tables(t.store)
