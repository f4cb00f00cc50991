"""The fused nlp + enrich pass writes exactly what the two stages write when run apart.

Two stores are built from the bundled sample corpus: one through ``run_stages`` (nlp fuses enrich),
one with ``nlp.stage.run`` then ``enrich.stage.run``; every table the two stages write is compared
row for row (``processed_at`` aside).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tidings
from tidings.pipeline import NullProgress, run_stages
from tidings.store import Store

pytest.importorskip("tidings.timex")
pytest.importorskip("tidings.places")
pytest.importorskip("tidings.topics")

from tidings.enrich import stage as enrich_stage  # noqa: E402
from tidings.enrich.rows import TABLES  # noqa: E402
from tidings.nlp import stage as nlp_stage  # noqa: E402

ORDER = {  # a total order for each table
    "nlp_docs": "article_id", "sentences": "article_id, idx", "actor_mentions": "article_id, idx",
    "timexes": "article_id, idx", "places": "article_id, idx",
    "topic_tags": "article_id, sentence, topic, start_char, end_char, matched", "actors": "actor_id",
}


def _ingested(tmp_path: Path, sample_dir: Path, name: str) -> tidings.Tidings:
    t = tidings.open(tmp_path / f"{name}.duckdb")
    t.ingest([sample_dir], workers=1)
    return t


def _tables(s: Store) -> dict[str, list[tuple]]:
    out = {t: s.con.execute(f"SELECT * FROM {t} ORDER BY {o}").fetchall() for t, o in ORDER.items()}
    out["stage_state"] = s.con.execute("SELECT stage, item_id, version FROM stage_state WHERE stage IN ('nlp', 'enrich') "
                                       "ORDER BY 1, 2").fetchall()
    out["stage_errors"] = s.con.execute("SELECT stage, item_id, error FROM stage_errors ORDER BY 1, 2").fetchall()
    return out


def _separate(s: Store) -> None:
    nlp_stage.run(s, NullProgress())
    enrich_stage.run(s, NullProgress())


def _fused(s: Store):
    reports = {r.stage: r for r in run_stages(s, only=["nlp", "enrich"])}
    return reports["nlp"], reports["enrich"]


@pytest.fixture
def pair(tmp_path: Path, sample_dir: Path):
    a, b = _ingested(tmp_path, sample_dir, "fused"), _ingested(tmp_path, sample_dir, "apart")
    yield a.store, b.store
    a.close()
    b.close()


def test_fused_pass_writes_the_rows_of_the_stages_run_apart(pair: tuple[Store, Store]) -> None:
    fused, apart = pair
    n = fused.scalar("SELECT count(*) FROM articles")
    assert n >= 10
    nlp_rep, enr_rep = _fused(fused)
    _separate(apart)
    assert nlp_rep.processed == n and nlp_rep.notes["enriched_in_same_pass"] == n
    assert enr_rep.processed == 0 and enr_rep.errors == 0  # nothing left for the enrich stage
    a, b = _tables(fused), _tables(apart)
    assert all(a[t] for t in TABLES)  # real rows in every enrich table, not two empty stores
    for table in a:
        assert a[table] == b[table], table
    assert nlp_rep.notes["enrich_actor_mentions"] == len(a["actor_mentions"])


def test_enrich_alone_after_reset_reproduces_the_fused_rows(pair: tuple[Store, Store]) -> None:
    fused, _ = pair
    _fused(fused)
    before = _tables(fused)
    fused.reset_stage("enrich")
    nlp_rep, enr_rep = _fused(fused)  # nlp has nothing pending: enrich runs alone, from the stored parse
    assert nlp_rep.processed == 0 and "enriched_in_same_pass" not in nlp_rep.notes
    assert enr_rep.processed == len(before["nlp_docs"])
    assert _tables(fused) == before


def test_only_nlp_does_not_enrich(pair: tuple[Store, Store]) -> None:
    fused, _ = pair
    [rep] = run_stages(fused, only=["nlp"])
    assert rep.processed > 0 and "enriched_in_same_pass" not in rep.notes
    assert fused.scalar("SELECT count(*) FROM stage_state WHERE stage = 'enrich'") == 0
    assert fused.scalar("SELECT count(*) FROM actor_mentions") == 0


def test_reparse_reenriches_in_the_same_pass(pair: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch) -> None:
    # as when the stages run apart: a re-parsed article's enrichment is stale (Store.pending), so the
    # fused pass re-enriches what it re-parses, and enrich alone has nothing left; same code, same rows
    fused, _ = pair
    _fused(fused)
    before = _tables(fused)
    monkeypatch.setattr(nlp_stage, "VERSION", "reparse-test")
    nlp_rep, enr_rep = _fused(fused)
    assert nlp_rep.processed == len(before["nlp_docs"])
    assert nlp_rep.notes["enriched_in_same_pass"] == len(before["nlp_docs"])
    assert enr_rep.processed == 0
    after = _tables(fused)
    assert {t: after[t] for t in TABLES} == {t: before[t] for t in TABLES}


def test_a_failing_article_is_left_to_the_enrich_stage(pair: tuple[Store, Store],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    fused, _ = pair
    bad = fused.con.execute("SELECT min(article_id) FROM articles").fetchone()[0]
    real = enrich_stage.analyse

    def flaky(aid, doc, *, published):
        if aid == bad:
            raise ValueError("boom")
        return real(aid, doc, published=published)

    monkeypatch.setattr(enrich_stage, "analyse", flaky)
    nlp_rep, enr_rep = _fused(fused)
    n = fused.scalar("SELECT count(*) FROM articles")
    assert nlp_rep.notes["enriched_in_same_pass"] == n - 1 and nlp_rep.notes["enrich_failed_left_to_enrich_stage"] == 1
    assert enr_rep.processed == 0 and enr_rep.errors == 1  # retried from the stored parse, recorded once
    assert fused.query("SELECT stage, item_id, error FROM stage_errors") == [
        {"stage": "enrich", "item_id": bad, "error": "ValueError: boom"}]
    assert fused.scalar("SELECT count(*) FROM stage_state WHERE stage = 'nlp'") == n


def test_fused_worker_processes_write_the_same_rows(pair: tuple[Store, Store], monkeypatch: pytest.MonkeyPatch) -> None:
    """The two-process path (large runs) of the fused pass writes what the stages apart write."""
    fused, apart = pair
    monkeypatch.setattr(nlp_stage, "PARALLEL_MIN", 1)
    monkeypatch.setattr(nlp_stage, "CHUNK", 4)
    nlp_rep, enr_rep = _fused(fused)
    _separate(apart)
    assert nlp_rep.notes["n_process"] == 2 and enr_rep.processed == 0
    assert _tables(fused) == _tables(apart)
