"""A store whose articles an older ingest left undated is dated again by today's rules on the next run,
every stage re-does those articles, and the store then equals a fresh run's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tidings
from tidings.ingest import build

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
