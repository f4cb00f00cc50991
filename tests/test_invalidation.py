"""Stages follow the data: after a version bump, an edited actor list, enrich re-run on two articles or
an upgrade of an older store, the next run re-does exactly what is stale, downstream included, and the
store then equals a fresh run's (exports compared as sorted JSON)."""

from __future__ import annotations

import dataclasses
import importlib
import json
import shutil
from pathlib import Path

import duckdb
import pytest

import tidings
from tidings import pipeline
from tidings.enrich import stage as enrich_stage

pytestmark = pytest.mark.slow

kb_mod = importlib.import_module("tidings.actors.kb")  # the module (``tidings.actors.kb`` is also a function)

WHATS = ("articles", "stories", "events", "mentions")


def _inputs(sample_dir: Path) -> list[Path]:
    return [sample_dir / "html", sample_dir / "text"]


def exports(path: Path, tmp: Path) -> dict[str, list[str]]:
    """Every export of the store as sorted JSON lines (what a user sees of it)."""
    out: dict[str, list[str]] = {}
    with tidings.open(path) as t:
        for what in WHATS:
            f = tmp / f"{path.stem}-{what}.jsonl"
            t.export(what, "jsonl", f)
            out[what] = sorted(json.dumps(json.loads(line), sort_keys=True) for line in f.read_text().splitlines())
    return out


def seqs(path: Path) -> dict[tuple[str, str], int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {(s, i): q for s, i, q in con.execute("SELECT stage, item_id, seq FROM stage_state").fetchall()}
    finally:
        con.close()


def redone(before: dict[tuple[str, str], int], after: dict[tuple[str, str], int], stage: str) -> set[str]:
    """Items ``stage`` processed again between the two snapshots."""
    return {i for (s, i), q in after.items() if s == stage and before.get((s, i)) != q}


def run(path: Path, inputs: list[Path] | None = None) -> dict[str, pipeline.StageReport]:
    with tidings.open(path) as t:
        report = t.run(inputs or [])
        return {r.stage: r for r in report.stages}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> tuple[Path, dict[str, list[str]]]:
    d = tmp_path_factory.mktemp("base")
    path = d / "base.duckdb"
    run(path, _inputs(sample_dir))
    return path, exports(path, d)


def _copy(base: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "s.duckdb"
    shutil.copy(base, dst)
    return dst


def test_nothing_stale_after_a_run(base: tuple[Path, dict], tmp_path: Path) -> None:
    path = _copy(base[0], tmp_path)
    with tidings.open(path) as t:
        info = t.info()["stages"]
    assert all(s["stale"] == 0 and s["done"] > 0 for s in info), info
    before = seqs(path)
    reports = run(path)
    assert all(r.processed == 0 for r in reports.values())
    assert seqs(path) == before


def test_version_bump_reruns_the_stage_and_everything_downstream(base: tuple[Path, dict], tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = _copy(base[0], tmp_path)
    monkeypatch.setattr(enrich_stage, "VERSION", "2-bumped")
    monkeypatch.setattr(enrich_stage, "STAGE", dataclasses.replace(enrich_stage.STAGE, version="2-bumped"))
    with tidings.open(path) as t:
        stale = {s["stage"]: s["stale"] for s in t.info()["stages"]}
    before = seqs(path)
    enriched = {i for (s, i) in before if s == "enrich"}
    assert stale["enrich"] == len(enriched) and stale["nlp"] == 0 and stale["dedup"] == 0
    reports = run(path)
    after = seqs(path)
    assert redone(before, after, "nlp") == set() and redone(before, after, "dedup") == set()
    assert redone(before, after, "enrich") == enriched
    assert redone(before, after, "events") == enriched  # every coded article read the bumped stage's rows
    assert reports["stories"].notes["rebuilt_for_stale_items"] > 0
    assert reports["reconcile"].notes["rebuilt_for_stale_items"] > 0
    assert exports(path, tmp_path) == base[1]  # same code and data as the fresh run: the same store


def test_enrich_rerun_on_two_articles_redoes_exactly_those_downstream(base: tuple[Path, dict], tmp_path: Path) -> None:
    path = _copy(base[0], tmp_path)
    with tidings.open(path) as t:
        two = [r["article_id"] for r in t.query(
            "SELECT article_id FROM event_mentions GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2")]
        t.store.con.execute("DELETE FROM stage_state WHERE stage = 'enrich' AND item_id IN (SELECT unnest(?))", [two])
        assert t.run(only=["enrich"]).stages[0].processed == 2
        stale = {s["stage"]: s["stale"] for s in t.info()["stages"]}
    assert stale["events"] == 2 and stale["stories"] == 2 and stale["nlp"] == 0 and stale["dedup"] == 0
    before = seqs(path)
    reports = run(path)
    after = seqs(path)
    assert redone(before, after, "events") == set(two)  # the affected rows, and only those
    assert redone(before, after, "enrich") == set() and redone(before, after, "nlp") == set()
    assert reports["events"].processed == 2
    assert reports["stories"].notes["rebuilt_for_stale_items"] == 2
    assert exports(path, tmp_path) == base[1]


def test_edited_actor_list_reruns_enrich_and_equals_a_fresh_run(base: tuple[Path, dict], tmp_path: Path, sample_dir: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    actors = tmp_path / "actors"
    shutil.copytree(kb_mod._data_dir(), actors)  # a copy: the shipped file is never touched
    f = actors / "people_chn.yaml"
    text = f.read_text(encoding="utf-8")
    # the entry for Wang Yi taken out: his mentions no longer resolve to a known person
    edited = "".join(line for line in text.splitlines(keepends=True) if "{id: person:wang-yi," not in line)
    assert edited != text
    f.write_text(edited, encoding="utf-8")
    monkeypatch.setattr(kb_mod, "_data_dir", lambda: actors)
    kb_mod.kb.cache_clear()
    try:
        path = _copy(base[0], tmp_path)
        before = seqs(path)
        with duckdb.connect(str(path), read_only=True) as con:
            affected = {r[0] for r in con.execute(
                "SELECT DISTINCT article_id FROM actor_mentions WHERE actor_id = 'person:wang-yi'").fetchall()}
        assert affected
        run(path)
        after = seqs(path)
        enriched = {i for (s, i) in before if s == "enrich"}
        assert redone(before, after, "enrich") == enriched and redone(before, after, "events") == enriched
        assert redone(before, after, "nlp") == set()
        fresh = tmp_path / "fresh.duckdb"
        run(fresh, _inputs(sample_dir))
        got, want = exports(path, tmp_path), exports(fresh, tmp_path)
        assert got == want
        assert got["events"] != base[1]["events"]  # the edit shows
        assert any('"person:wang-yi"' in e for e in base[1]["events"])
        assert not any('"person:wang-yi"' in e for e in got["events"])
    finally:
        kb_mod.kb.cache_clear()


def test_store_from_before_the_fingerprints_upgrades_and_equals_a_fresh_run(base: tuple[Path, dict], tmp_path: Path) -> None:
    path = _copy(base[0], tmp_path)
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE stage_state DROP COLUMN seq")
    con.execute("ALTER TABLE stage_state DROP COLUMN inputs")
    con.execute("DELETE FROM schema_migrations WHERE version = 6")
    con.close()
    reports = run(path)  # opens (migration 0006), then re-does what it cannot prove current
    # the events are coded in the nlp stage's fused pass (session 24)
    assert reports["nlp"].processed > 0 and reports["nlp"].notes["coded_in_same_pass"] > 0
    assert exports(path, tmp_path) == base[1]
    with tidings.open(path) as t:
        assert all(s["stale"] == 0 for s in t.info()["stages"])


def test_declared_writes_are_the_tables_each_stage_writes(tmp_path: Path, sample_dir: Path) -> None:
    """Run the stages one by one on a fresh store and compare each stage's changed tables with its ``writes``."""
    path = tmp_path / "w.duckdb"
    with tidings.open(path) as t:
        t.ingest([sample_dir / "html"])

        def fingerprints() -> dict[str, tuple]:
            out = {}
            for (name,) in t.store.con.execute("SELECT table_name FROM information_schema.tables WHERE "
                                               "table_type = 'BASE TABLE' AND table_schema = 'main'").fetchall():
                out[name] = t.store.con.execute(f'SELECT count(*), sum(hash(x)) FROM "{name}" x').fetchone()
            return out

        for st in pipeline.stages():
            before = fingerprints()
            t.run(only=[st.name])
            after = fingerprints()
            changed = {n for n in after if after[n] != before.get(n)} - {"stage_state", "stage_errors", "runs"}
            assert changed == set(st.writes), (st.name, changed, st.writes)
