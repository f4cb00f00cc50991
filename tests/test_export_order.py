"""The mentions export's order is the code's, not the store file's: one trigger with two targets gives two
mentions tied on (date, article, sentence, trigger), and the tie is broken by mention id."""

from __future__ import annotations

from pathlib import Path

import tidings
from tidings.events.model import EventMention, Party
from tidings.events.stage import mention_rows, write_mentions
from tidings.outputs.events_export import mention_records
from tidings.store import now

PHL = Party("The Philippines", "PHL", "government", None, None, "state")
JPN = Party("Japan", "JPN", "government", None, None, "state")
USA = Party("the United States", "USA", "government", None, None, "state")


def _drill(target: Party) -> EventMention:
    return EventMention(
        article_id="a1",
        sentence=0,
        start=0,
        end=90,
        sentence_text="The Philippines, Japan and the United States held joint naval drills.",
        trigger="held",
        trigger_start=44,
        trigger_end=48,
        type="COOPERATE",
        mode=None,
        source=PHL,
        target=target,
        status="occurred",
        date_value="2024-04-07",
        date_precision="day",
        date_from="2024-04-07",
        date_to="2024-04-07",
        date_source="timex",
        place=None,
        attribution=None,
        confidence=0.8,
        cameo="062",
        goldstein=3.5,
        quad_class=2,
    )


def _store(path: Path, reverse: bool) -> list[str]:
    """A store whose two tied mentions were written in one order or the other; their exported ids."""
    with tidings.open(path) as t, t.store.transaction() as con:
        con.execute(
            "INSERT INTO articles (article_id, outlet, url, published, published_date, published_source, "
            "raw_text, text, word_count, source_path, ingested_at) VALUES ('a1', 'Wire', 'https://w.example/a1', "
            "'2024-04-07', '2024-04-07', 'metadata', 'x', 'x', 1, 'p', ?)",
            [now()],
        )
        rows = mention_rows([_drill(JPN), _drill(USA)])
        write_mentions(con, ["a1"], rows[::-1] if reverse else rows)
        t.store.mark_done(con, "events", "x", ["a1"])
    with tidings.open(path) as t:
        return [r["mention_id"] for r in mention_records(t.store)]


def test_tied_mentions_export_in_one_order_whatever_the_store_holds(tmp_path: Path):
    one, other = _store(tmp_path / "a.duckdb", False), _store(tmp_path / "b.duckdb", True)
    assert len(one) == 2 and one[0] != one[1]
    assert one == other == sorted(one)
