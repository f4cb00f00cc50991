"""The store: migrations, refusing newer schemas, transactions that leave nothing half-written."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import tidings
from tidings.errors import SchemaTooNewError, StoreError
from tidings.store import Store, migrations


def test_new_store_has_every_migration(store_path: Path) -> None:
    with Store(store_path) as s:
        assert s.schema_version() == migrations()[-1].version
        applied = [r["version"] for r in s.query("SELECT version FROM schema_migrations ORDER BY 1")]
        assert applied == [m.version for m in migrations()]
        assert {"articles", "rejects", "stage_state", "source_files"} <= set(s.table_names())


def test_older_store_is_upgraded_in_place(store_path: Path) -> None:
    first = migrations()[0]
    con = duckdb.connect(str(store_path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
    con.execute(first.sql)
    con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [first.version, first.name])
    con.execute("INSERT INTO rejects (reject_id, source_path, reason, created_at) VALUES ('r1', 'old.txt', 'empty file', now())")
    con.close()
    with Store(store_path) as s:
        assert s.schema_version() == migrations()[-1].version
        assert s.scalar("SELECT reason FROM rejects WHERE reject_id = 'r1'") == "empty file"


def test_newer_store_is_refused_with_a_clear_message(store_path: Path) -> None:
    with Store(store_path) as s:
        s.con.execute("INSERT INTO schema_migrations VALUES (9999, 'from_the_future', now())")
    with pytest.raises(SchemaTooNewError, match=r"schema version 9999, newer than this tidings"):
        Store(store_path)


def test_not_a_duckdb_file_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.duckdb"
    bad.write_text("these are my notes, not a database")
    with pytest.raises(StoreError, match=r"cannot open store .*notes\.duckdb"):
        Store(bad)
    assert bad.read_text() == "these are my notes, not a database"


def test_failed_transaction_leaves_store_as_before(store_path: Path) -> None:
    with Store(store_path) as s:
        with s.transaction() as con:
            con.execute("INSERT INTO rejects (reject_id, source_path, reason, created_at) VALUES ('keep', 'a', 'x', now())")
        with pytest.raises(RuntimeError):
            with s.transaction() as con:
                con.execute("INSERT INTO rejects (reject_id, source_path, reason, created_at) VALUES ('lost', 'b', 'y', now())")
                raise RuntimeError("disk full halfway")
        assert [r["reject_id"] for r in s.query("SELECT reject_id FROM rejects")] == ["keep"]


def test_pending_respects_stage_versions(store_path: Path) -> None:
    with Store(store_path) as s:
        with s.transaction() as con:
            for aid in ("a1", "a2"):
                con.execute(
                    "INSERT INTO articles (article_id, published_source, raw_text, text, word_count, source_path, ingested_at) "
                    "VALUES (?, 'unknown', 'x', 'x', 1, 'f.txt', now())", [aid])
            s.mark_done(con, "nlp", "1", ["a1"])
        assert s.pending("nlp", "1") == ["a2"]
        assert s.pending("nlp", "2") == ["a1", "a2"]  # a new version re-runs everything
        assert s.pending("enrich", "1", requires="nlp") == ["a1"]


def test_open_returns_api_object(store_path: Path) -> None:
    with tidings.open(store_path) as t:
        assert t.info()["schema_version"] == migrations()[-1].version
        assert "ingest" in t.stage_names()


def test_rows_are_stored_in_small_row_groups_so_checkpoints_hold_little_text(store_path: Path) -> None:
    """Article tables hold ~10 KB a row; DuckDB's default 122,880-row groups made the writer's
    checkpoint peak grow with the corpus (bench/ingest.py). Old stores keep working when reopened."""
    from tidings.store import ROW_GROUP_SIZE

    with Store(store_path) as s, s.transaction() as con:
        con.execute("INSERT INTO stage_state (stage, item_id, version, processed_at) SELECT 'probe', 'a' || i, '1', now() FROM range(?) t(i)",
                    [3 * ROW_GROUP_SIZE])
    with Store(store_path) as s:
        s.con.execute("CHECKPOINT")
        groups = s.scalar("SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('stage_state')")
        assert groups >= 3
        assert s.scalar("SELECT count(*) FROM stage_state WHERE stage = 'probe'") == 3 * ROW_GROUP_SIZE


def _store_before(store_path: Path, version: int) -> duckdb.DuckDBPyConnection:
    """A store as the migrations before ``version`` left it (the state a user's older store is in)."""
    con = duckdb.connect(str(store_path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
    for mig in migrations():
        if mig.version < version:
            con.execute(mig.sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [mig.version, mig.name])
    return con


def test_article_sources_rekeyed_path_first_and_rows_kept(store_path: Path) -> None:
    """Migration 0005 reorders article_sources' key (path first, so an ingest in path order touches
    one branch of the in-memory index) without losing a row of a store made before it."""
    con = _store_before(store_path, 5)
    con.execute("INSERT INTO article_sources VALUES ('a1', '/in/b.txt', '', now()), ('a1', '/in/a.jsonl', 'line 3', now()), "
                "('a2', '/in/a.jsonl', 'line 4', now())")
    con.close()
    with Store(store_path) as s:
        assert s.schema_version() >= 5
        rows = s.query("SELECT article_id, source_path, source_locator FROM article_sources ORDER BY ALL")
        assert [tuple(r.values()) for r in rows] == [("a1", "/in/a.jsonl", "line 3"), ("a1", "/in/b.txt", ""),
                                                     ("a2", "/in/a.jsonl", "line 4")]
        key = s.scalar("SELECT constraint_text FROM duckdb_constraints() WHERE table_name = 'article_sources' "
                       "AND constraint_type = 'PRIMARY KEY'")
        assert key == "PRIMARY KEY(source_path, source_locator, article_id)"
        with pytest.raises(duckdb.ConstraintException):
            s.con.execute("INSERT INTO article_sources VALUES ('a2', '/in/a.jsonl', 'line 4', now())")
        assert "article_sources_0001" not in s.table_names()


def test_event_place_text_added_to_a_store_made_before_it(store_path: Path) -> None:
    """Migration 0012 adds the place as printed (place_text) to event_mentions and events of a store made
    before it: their rows are kept, with no printed form (the new coder version re-codes them), and new rows
    carry one."""
    con = _store_before(store_path, 12)
    con.execute("INSERT INTO event_mentions (mention_id, article_id, sentence, start_char, end_char, sentence_text, "
                "trigger_text, trigger_start, trigger_end, type, status, place_name, place_country, background, "
                "implied, confidence, coder, created_at) VALUES ('m1', 'a1', 0, 0, 40, 'Belarus and Russia met in Gomel.', "
                "'met', 19, 22, 'CONSULT', 'occurred', 'Homyel''', 'BLR', false, false, 0.8, 'plover-rules/25', now())")
    con.execute("INSERT INTO events (event_id, type, status, place_name, place_country, background, confidence, "
                "n_mentions, n_articles, n_sources, block_key, updated_at) VALUES ('e1', 'CONSULT', 'occurred', "
                "'Homyel''', 'BLR', false, 0.8, 1, 1, 1, 'BLR-RUS|C|2024-06', now())")
    con.close()
    with Store(store_path) as s:
        assert s.schema_version() == migrations()[-1].version
        assert s.query("SELECT mention_id, place_name, place_text FROM event_mentions") == [
            {"mention_id": "m1", "place_name": "Homyel'", "place_text": None}]
        assert s.query("SELECT event_id, place_name, place_text FROM events") == [
            {"event_id": "e1", "place_name": "Homyel'", "place_text": None}]
        s.con.execute("UPDATE events SET place_text = 'Gomel' WHERE event_id = 'e1'")
        assert s.scalar("SELECT place_text FROM events") == "Gomel"
