"""A store whose articles an older ingest left undated is dated again by today's rules on the next run,
every stage re-does those articles, and the store then equals a fresh run's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tidings
from tidings import ingest
from tidings.ingest import build, redate

from test_invalidation import exports, redone, seqs

pytestmark = pytest.mark.slow

RECORDS = [
    {"id": "r1", "url": "https://wire.example/world/2023/06/19/blinken-xi-talks", "outlet": "Wire",
     "text": "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, the first visit "
             "by a US secretary of state in five years. Both sides agreed to stabilise relations, the State Department said."},
    {"id": "r2", "url": "https://wire.example/world/biden-xi-call", "outlet": "Wire",
     "text": "President Joe Biden and President Xi Jinping spoke by phone on Tuesday about Taiwan and trade, officials said."},
]


def test_undated_articles_are_dated_again_and_redone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    old, fresh = tmp_path / "old.duckdb", tmp_path / "fresh.duckdb"
    with monkeypatch.context() as m:  # the rules of an ingest that did not read URLs
        m.setattr(ingest, "STAGE_VERSION", "5")  # older code, older version
        m.setattr(build, "url_date", lambda url: None)
        m.setattr(build, "url_year", lambda url: None)
        with tidings.open(old) as t:
            t.run([src], workers=1)
            assert {r["published_source"] for r in t.query("SELECT published_source FROM articles")} == {"unknown"}
    before = seqs(old)
    with tidings.open(old) as t:
        t.run([], workers=1)
        dated = t.query("SELECT article_id, external_id, published, published_source FROM articles ORDER BY 2")
        events = t.query("SELECT date_from FROM events WHERE type = 'CONSULT'")
    assert [(d["external_id"], d["published"], d["published_source"]) for d in dated] == [
        ("r1", "2023-06-19", "url"), ("r2", None, "unknown")]
    assert any(str(e["date_from"]).startswith("2023-06-19") for e in events)  # "on Monday" now has its anchor
    after = seqs(old)
    r1 = next(r["article_id"] for r in dated if r["external_id"] == "r1")
    for stage in ("nlp", "enrich", "events"):
        assert redone(before, after, stage) == {r1}  # only the re-dated article was done again
    with tidings.open(fresh) as t:
        t.run([src], workers=1)
    assert exports(old, tmp_path) == exports(fresh, tmp_path)
    with tidings.open(old) as t:  # and the next run changes nothing
        t.run([], workers=1)
    assert seqs(old) == after


def test_an_article_dated_by_its_url_takes_the_dateline_a_newer_rule_reads(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The dateline comes before the URL: when a newer rule reads a dateline an older ingest could not
    ("Washington, DC [US], June 19 (ANI):"), a store that dated the article by its URL is dated again."""
    rec = {"id": "a1", "url": "https://news.example/world/2023/06/20/talks", "outlet": "Wire",
           "text": "Washington, DC [US], June 19 (ANI): Secretary of State Antony Blinken met Chinese President Xi "
                   "Jinping in Beijing, the State Department said."}
    src = tmp_path / "in"
    src.mkdir()
    (src / "wire.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    old, fresh = tmp_path / "old.duckdb", tmp_path / "fresh.duckdb"
    with monkeypatch.context() as m:  # an ingest that read no datelines
        m.setattr(ingest, "STAGE_VERSION", "5")
        m.setattr(build, "find_dateline", lambda *a, **k: None)
        with tidings.open(old) as t:
            t.run([src], workers=1)
            assert t.query("SELECT published, published_source FROM articles") == [
                {"published": "2023-06-20", "published_source": "url"}]
    with tidings.open(old) as t:
        t.run([], workers=1)
        assert t.query("SELECT published, published_source FROM articles") == [
            {"published": "2023-06-19", "published_source": "dateline"}]
    _equals_a_fresh_run_and_settles(old, fresh, src, tmp_path)


def test_a_lead_an_older_ingest_took_for_a_title_is_given_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lone first line of more than 20 words without its full stop was once read as a title and dropped;
    the next run gives the lead back, every stage re-does the article, and the store equals a fresh run."""
    from tidings.ingest import textfile

    rec = {"id": "l1", "url": "https://news.example/world/2023/06/20/talks", "outlet": "Wire", "title": "Talks",
           "text": "The Norwegian Foreign Ministry on Monday summoned the Swedish ambassador in Oslo and handed "
                   "her a protest note over an incident at the Norwegian embassy in Stockholm\n\n"
                   "The ministry also demanded that Sweden take immediate measures to protect Norwegian missions."}
    src = tmp_path / "in"
    src.mkdir()
    (src / "wire.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    old, fresh = tmp_path / "old.duckdb", tmp_path / "fresh.duckdb"
    with monkeypatch.context() as m:  # the older rule: any lone first line without a full stop is a title
        m.setattr(ingest, "STAGE_VERSION", "5")
        m.setattr(textfile, "HEADLINE_MAX_WORDS", 1000)
        with tidings.open(old) as t:
            t.run([src], workers=1)
            assert t.query("SELECT text FROM articles")[0]["text"].startswith("The ministry also")
    with tidings.open(old) as t:
        t.run([], workers=1)
        assert t.query("SELECT text FROM articles")[0]["text"].startswith("The Norwegian Foreign Ministry")
    _equals_a_fresh_run_and_settles(old, fresh, src, tmp_path)


def _equals_a_fresh_run_and_settles(old: Path, fresh: Path, src: Path, tmp_path: Path) -> None:
    """The mended store exports what a fresh run of ``src`` exports, and its next run changes nothing."""
    with tidings.open(fresh) as t:
        t.run([src], workers=1)
    assert exports(old, tmp_path) == exports(fresh, tmp_path)
    after = seqs(old)
    with tidings.open(old) as t:
        t.run([], workers=1)
    assert seqs(old) == after


def test_a_store_mended_by_the_current_rules_is_not_scanned_again(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The mending scans read every stored raw text: they run once per version of the ingest rules, so a
    store built or mended by the current version skips them, and one from an older version does not."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "wire.jsonl").write_text(json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    with tidings.open(db) as t:
        t.run([src], workers=1)
        assert t.query("SELECT version FROM stage_state WHERE stage = 'ingest-mend'") == [
            {"version": ingest.STAGE_VERSION}]
        calls: list[str] = []
        monkeypatch.setattr(redate, "relead", lambda store: calls.append("relead") or 0)
        monkeypatch.setattr(redate, "redate", lambda store: calls.append("redate") or 0)
        t.run([], workers=1)
        assert calls == []
        monkeypatch.setattr(ingest, "STAGE_VERSION", ingest.STAGE_VERSION + ".1")  # newer rules
        t.run([], workers=1)
        assert calls == ["relead", "redate"]
        t.run([], workers=1)
        assert calls == ["relead", "redate"]
