"""The nlp and enrich stages on a small in-memory store: rows written, incremental, versioned."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import NullProgress
from tidings.store import Store

pytest.importorskip("tidings.timex")
try:  # the places and topics helpers land separately; until then these tests are skipped
    import tidings.places  # noqa: F401
    import tidings.topics  # noqa: F401
except ImportError:  # pragma: no cover
    pytest.skip("places/topics not available yet", allow_module_level=True)

from tidings.enrich import load  # noqa: E402
from tidings.enrich import stage as enrich_stage  # noqa: E402
from tidings.nlp import stage as nlp_stage  # noqa: E402

A1 = ("WASHINGTON (Reuters) - Secretary of State Antony Blinken will travel to Beijing next week, the State "
      "Department said on Tuesday. Blinken is expected to meet Foreign Minister Qin Gang. Beijing said it welcomed "
      "the visit and urged Washington to stop interfering in Taiwan.")
A2 = ("BEIJING - China's Commerce Ministry said on Wednesday it would restrict exports of gallium and germanium "
      "from Aug. 1. Foreign ministry spokesman Wang Wenbin said the move was not aimed at any country.")


def _add(s: Store, aid: str, text: str, day: dt.date, lang: str | None = "en") -> None:
    s.con.execute(
        "INSERT INTO articles (article_id, text, raw_text, published_date, published_source, language, word_count, "
        "source_path, ingested_at) VALUES (?, ?, ?, ?, 'metadata', ?, ?, 'test', ?)",
        [aid, text, text, day, lang, len(text.split()), dt.datetime(2024, 1, 1)])


@pytest.fixture
def store():
    s = Store(":memory:")
    _add(s, "a1", A1, dt.date(2023, 6, 13))
    _add(s, "a2", A2, dt.date(2023, 7, 3))
    yield s
    s.close()


def _run(s: Store):
    return nlp_stage.run(s, NullProgress()), enrich_stage.run(s, NullProgress())


def test_stages_write_parse_and_everything_resolved(store: Store) -> None:
    nlp_rep, enr_rep = _run(store)
    assert nlp_rep.processed == 2 and enr_rep.processed == 2 and enr_rep.errors == 0
    docs = store.query("SELECT article_id, n_sentences, n_tokens, docbin IS NOT NULL AS has FROM nlp_docs ORDER BY 1")
    assert [d["article_id"] for d in docs] == ["a1", "a2"] and all(d["has"] and d["n_sentences"] >= 2 for d in docs)
    for r in store.query("SELECT s.*, a.text AS body FROM sentences s JOIN articles a USING (article_id)"):
        assert r["body"][r["start_char"]:r["end_char"]] == r["text"]
    rows = store.query("SELECT m.*, a.text AS body FROM actor_mentions m JOIN articles a USING (article_id) ORDER BY article_id, idx")
    for r in rows:
        assert r["body"][r["start_char"]:r["end_char"]] == r["text"]
    by_text = {(r["article_id"], r["text"]): r for r in rows}
    assert by_text[("a1", "Secretary of State Antony Blinken")]["role"] == "Secretary of State"
    assert by_text[("a1", "Foreign Minister Qin Gang")]["actor_id"] == "person:qin-gang"
    assert by_text[("a2", "Foreign ministry spokesman Wang Wenbin")]["country"] == "CHN"
    assert any(r["actor_id"] == "gov:CHN" and r["text"] == "Beijing" for r in rows)
    actors = {r["actor_id"] for r in store.query("SELECT actor_id FROM actors")}
    assert {"person:antony-blinken", "person:qin-gang", "org:usa-state-department"} <= actors
    assert store.scalar("SELECT count(*) FROM timexes") > 0


def test_rerun_does_nothing_and_version_bump_reruns(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _run(store)
    before = store.scalar("SELECT count(*) FROM actor_mentions")
    again = _run(store)
    assert again[0].processed == 0 and again[1].processed == 0
    monkeypatch.setattr(enrich_stage, "VERSION", "test-bump")
    rep = enrich_stage.run(store, NullProgress())
    assert rep.processed == 2
    assert store.scalar("SELECT count(*) FROM actor_mentions") == before  # replaced, not duplicated
    assert store.scalar("SELECT count(*) FROM nlp_docs") == 2


def test_reset_stages_rerun_replaces_rows(store: Store) -> None:
    # reset_stage forgets what was done but keeps the rows: the re-run must still replace, not add
    _run(store)
    counts = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in ("nlp_docs", "sentences", "actor_mentions",
                                                                      "timexes", "places", "topic_tags", "actors")}
    store.reset_stage("nlp")
    store.reset_stage("enrich")
    nlp_rep, enr_rep = _run(store)
    assert nlp_rep.processed == 2 and enr_rep.processed == 2 and enr_rep.errors == 0
    assert {t: store.scalar(f"SELECT count(*) FROM {t}") for t in counts} == counts


def test_non_english_is_skipped_with_a_note(store: Store) -> None:
    _add(store, "a3", "Le ministre des Affaires étrangères a déclaré mardi que la France soutenait l'accord.",
         dt.date(2023, 7, 4), "fr")
    nlp_rep, enr_rep = _run(store)
    assert nlp_rep.notes.get("skipped_not_english") == 1
    row = store.query("SELECT docbin, skipped FROM nlp_docs WHERE article_id = 'a3'")[0]
    assert row["docbin"] is None and row["skipped"] == "language fr"
    assert store.scalar("SELECT count(*) FROM actor_mentions WHERE article_id = 'a3'") == 0
    assert enr_rep.errors == 0


def test_per_article_errors_are_recorded(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp_stage.run(store, NullProgress())
    real = enrich_stage.analyse

    def flaky(aid, doc, *, published):
        if aid == "a2":
            raise ValueError("boom")
        return real(aid, doc, published=published)

    monkeypatch.setattr(enrich_stage, "analyse", flaky)
    rep = enrich_stage.run(store, NullProgress())
    assert rep.processed == 1 and rep.errors == 1
    err = store.query("SELECT item_id, error FROM stage_errors WHERE stage = 'enrich'")
    assert err == [{"item_id": "a2", "error": "ValueError: boom"}]


def test_load_rebuilds_records_without_reparsing(store: Store) -> None:
    _run(store)
    [e1, e2] = list(load(store, ["a1", "a2"]))
    assert e1.article_id == "a1" and e1.published == dt.date(2023, 6, 13)
    assert e1.doc.text == A1 and len(e1.actors) == store.scalar("SELECT count(*) FROM actor_mentions WHERE article_id = 'a1'")
    assert e1.actors[0].text == A1[e1.actors[0].start:e1.actors[0].end]
    assert any(t.text for t in e2.timexes)


def test_worker_processes_store_the_same_parse(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The two-process path (used for large runs) writes what the in-process path writes."""
    nlp_stage.run(store, NullProgress())
    local = store.query("SELECT article_id, n_tokens, n_sentences FROM nlp_docs ORDER BY 1")
    local_sents = store.query("SELECT * FROM sentences ORDER BY article_id, idx")
    monkeypatch.setattr(nlp_stage, "VERSION", "parallel-test")
    monkeypatch.setattr(nlp_stage, "PARALLEL_MIN", 1)
    monkeypatch.setattr(nlp_stage, "CHUNK", 1)
    rep = nlp_stage.run(store, NullProgress())
    assert rep.notes["n_process"] == 2 and rep.processed == 2 and rep.errors == 0
    assert store.query("SELECT article_id, n_tokens, n_sentences FROM nlp_docs ORDER BY 1") == local
    assert store.query("SELECT * FROM sentences ORDER BY article_id, idx") == local_sents
