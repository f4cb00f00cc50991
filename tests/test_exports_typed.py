"""Issue 14: exports are typed and the same in every format. Each export of a real store is written as
JSON Lines, CSV and Parquet and loaded back in DuckDB and in pandas, and its columns' types checked."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import pytest

import tidings
from tidings.events.model import EventMention, EventPlace, Party
from tidings.events.stage import mention_rows, write_mentions
from tidings.outputs.events_export import GDELT_COLUMNS, export_events
from tidings.pipeline import NullProgress
from tidings.reconcile.stage import run as reconcile_run
from tidings.store import now

FORMATS = ("jsonl", "csv", "parquet")
USA = Party("Antony Blinken", "USA", "government", "Secretary of State", "blinken", "person")
CHN = Party("Wang Yi", "CHN", "government", "Foreign Minister", "wang_yi", "person")


def _mention(aid: str, date: str, *, src=USA, tgt=CHN, place=EventPlace("Beijing", "CHN", "CN.22", 39.9, 116.4, 1816670),
             start=10) -> EventMention:
    return EventMention(
        article_id=aid, sentence=2, start=0, end=80, sentence_text=f"{src.name} met {tgt.name} ({aid}).",
        trigger="met", trigger_start=start, trigger_end=start + 3, type="CONSULT", mode="meeting", source=src,
        target=tgt, status="occurred", date_value=date, date_precision="day", date_from=date, date_to=date,
        date_source="timex", place=place, attribution=USA, confidence=0.85, cameo="042", goldstein=1.9, quad_class=1)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with every exported table filled: a date-only and a timestamped article, a story with
    main actors, actors, rejects, and events reported with conflicting dates."""
    path = tmp_path_factory.mktemp("typed") / "t.duckdb"
    with tidings.open(path) as t, t.store.transaction() as con:
        for aid, outlet, published, day in (("a1", "Harbor Ledger", "2023-06-19", "2023-06-19"),
                                            ("a2", "Wire", "2023-06-19T06:00:00-04:00", "2023-06-19")):
            con.execute("INSERT INTO articles (article_id, outlet, url, published, published_date, published_source, "
                        "raw_text, text, word_count, source_path, ingested_at) "
                        "VALUES (?, ?, ?, ?, ?, 'metadata', 'x', 'x', 1, 'p', ?)",
                        [aid, outlet, f"https://{outlet.lower().replace(' ', '')}.example/{aid}", published, day, now()])
            con.execute("INSERT INTO duplicates (article_id, source_group) VALUES (?, ?)", [aid, "g" + aid])
        con.execute("INSERT INTO rejects VALUES ('r1', 'p/bad.bin', NULL, 'binary data', '', 'ingest', ?, NULL)", [now()])
        con.execute("INSERT INTO stories VALUES ('sa1', 'Blinken in Beijing', '2023-06-19', '2023-06-19', 2, 2, "
                    "'[[\"Antony Blinken\", 4], [\"Wang Yi\", 2]]', '[[\"Beijing\", 3]]', ?)", [now()])
        con.execute("INSERT INTO actors VALUES ('person:blinken', 'Antony Blinken', 'person', 'USA', 'GOV', '', '')")
        con.execute("INSERT INTO actor_mentions VALUES ('a1', 0, 0, 0, 7, 'Blinken', 'person:blinken', 'Antony Blinken', "
                    "'USA', 'GOV', 'Secretary of State', 'person', true)")
        ms = [_mention("a1", "2023-06-18"), _mention("a2", "2023-06-19")]
        write_mentions(con, ["a1", "a2"], mention_rows(ms))
        t.store.mark_done(con, "events", "x", ["a1", "a2"])
    with tidings.open(path) as t:
        reconcile_run(t.store, NullProgress())
    return path


@pytest.fixture(scope="module")
def exports(store_path: Path) -> dict[tuple[str, str], Path]:
    out = {}
    with tidings.open(store_path, read_only=True) as t:
        for what in ("articles", "rejects", "stories", "actors", "events", "mentions"):
            for fmt in FORMATS:
                out[(what, fmt)] = store_path.parent / f"{what}.{fmt}"
                t.export(what, fmt, out[(what, fmt)])
    return out


def duck_types(path: Path) -> dict[str, str]:
    with duckdb.connect() as con:
        return {r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()}


def duck_rows(path: Path) -> list[dict]:
    with duckdb.connect() as con:
        cur = con.execute(f"SELECT * FROM '{path}'")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


# (export, column) -> DuckDB type per format. CSV holds nested values as JSON text.
STRUCT_NC = 'STRUCT("name" VARCHAR, mentions BIGINT)[]'
EXPECTED = {
    ("articles", "published_date"): {"jsonl": "DATE", "csv": "DATE", "parquet": "DATE"},
    ("articles", "published_at"): {"jsonl": "TIMESTAMP", "csv": "TIMESTAMP WITH TIME ZONE",
                                   "parquet": "TIMESTAMP WITH TIME ZONE"},
    ("articles", "published"): {"jsonl": "VARCHAR", "csv": "VARCHAR", "parquet": "VARCHAR"},
    ("rejects", "created_at"): {"jsonl": "TIMESTAMP", "csv": "TIMESTAMP", "parquet": "TIMESTAMP"},
    ("stories", "first_seen"): {"jsonl": "DATE", "csv": "DATE", "parquet": "DATE"},
    ("stories", "main_actors"): {"jsonl": STRUCT_NC, "csv": "VARCHAR", "parquet": STRUCT_NC},
    ("actors", "roles"): {"jsonl": "VARCHAR[]", "csv": "VARCHAR", "parquet": "VARCHAR[]"},
    ("events", "cameo"): {"jsonl": "VARCHAR", "csv": "VARCHAR", "parquet": "VARCHAR"},
    ("events", "date_from"): {"jsonl": "DATE", "csv": "DATE", "parquet": "DATE"},
    ("events", "first_reported"): {"jsonl": "DATE", "csv": "DATE", "parquet": "DATE"},
    ("mentions", "cameo"): {"jsonl": "VARCHAR", "csv": "VARCHAR", "parquet": "VARCHAR"},
    ("mentions", "published_date"): {"jsonl": "DATE", "csv": "DATE", "parquet": "DATE"},
    ("mentions", "sentence_index"): {"jsonl": "BIGINT", "csv": "BIGINT", "parquet": "INTEGER"},
    ("mentions", "sentence_text"): {"jsonl": "VARCHAR", "csv": "VARCHAR", "parquet": "VARCHAR"},
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("what,column", sorted(EXPECTED))
def test_duckdb_reads_each_export_with_its_types(exports, what: str, column: str, fmt: str) -> None:
    assert duck_types(exports[(what, fmt)])[column] == EXPECTED[(what, column)][fmt]


@pytest.mark.parametrize("fmt", ("jsonl", "parquet"))
def test_nested_values_are_nested_in_jsonl_and_parquet(exports, fmt: str) -> None:
    types = duck_types(exports[("events", fmt)])
    for col in ("conflicts", "status_history", "mentions", "issues"):
        assert types[col].endswith("[]") and "NULL" not in types[col], (col, types[col])
    for col in ("source", "target", "location", "attribution"):
        assert types[col].startswith("STRUCT("), (col, types[col])
    (event,) = duck_rows(exports[("events", fmt)])
    assert [c["field"] for c in event["conflicts"]] == ["date"]
    assert {m["sentence_text"] for m in event["mentions"]} == {"Antony Blinken met Wang Yi (a1).",
                                                               "Antony Blinken met Wang Yi (a2)."}
    (story,) = duck_rows(exports[("stories", fmt)])
    assert story["main_actors"] == [{"name": "Antony Blinken", "mentions": 4}, {"name": "Wang Yi", "mentions": 2}]


def test_csv_holds_nested_values_as_json_text_and_flattens_parties(exports) -> None:
    with exports[("events", "csv")].open(encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["source_country"] == "USA" and row["location_name"] == "Beijing" and "mentions" not in row
    assert [c["field"] for c in json.loads(row["conflicts"])] == ["date"]
    with exports[("stories", "csv")].open(encoding="utf-8") as fh:
        (story,) = list(csv.DictReader(fh))
    assert json.loads(story["main_actors"])[0] == {"name": "Antony Blinken", "mentions": 4}


def test_pandas_reads_parquet_typed_and_text_formats_with_the_same_values(exports) -> None:
    pq_articles = pd.read_parquet(exports[("articles", "parquet")])
    assert str(pq_articles["published_at"].dtype) == "datetime64[us, UTC]"
    assert all(isinstance(v, dt.date) for v in pq_articles["published_date"])
    events = pd.read_parquet(exports[("events", "parquet")])
    assert events["cameo"].tolist() == ["042"]
    # JSON Lines and CSV carry no types: pandas parses the dates (it failed on the mixed `published`
    # column before) and keeps codes as text when told they are text, as docs/schema.md says
    for fmt, read in (("jsonl", lambda p, **kw: pd.read_json(p, lines=True, **kw)), ("csv", pd.read_csv)):
        arts = read(exports[("articles", fmt)], dtype={"external_id": str})
        assert pd.to_datetime(arts["published_date"]).dt.date.tolist() == pq_articles["published_date"].tolist()
        at = pd.to_datetime(arts["published_at"], utc=True)
        assert at.tolist() == pq_articles["published_at"].tolist()
        assert at.dropna().tolist() == [pd.Timestamp("2023-06-19T10:00:00Z")]
        ev = read(exports[("events", fmt)], dtype={"cameo": str})
        assert ev["cameo"].tolist() == ["042"]


@pytest.mark.parametrize("what", ("articles", "rejects", "stories", "actors", "events", "mentions"))
def test_same_columns_and_rows_in_every_format(exports, what: str) -> None:
    cols = {fmt: list(duck_types(exports[(what, fmt)])) for fmt in FORMATS}
    assert cols["jsonl"] == cols["parquet"]
    flat = [c for c in cols["csv"]]
    for c in cols["parquet"]:
        assert c in flat or any(f.startswith(c + "_") for f in flat) or (what, c) == ("events", "mentions"), c
    assert "sentence" not in cols["parquet"]  # one name per meaning: sentence_index / sentence_text
    n = {fmt: len(duck_rows(exports[(what, fmt)])) for fmt in FORMATS}
    assert len(set(n.values())) == 1 and n["parquet"] >= 1, n


# -- 6. GDELT 2.0 layout, checked against the GDELT Event codebook's rules -------------------------------
def _gdelt_store(tmp_path: Path) -> Path:
    places = {
        "country": EventPlace("China", "CHN", None, 35.0, 103.0, 1814991),
        "world_adm1": EventPlace("Xinjiang", "CHN", "Xinjiang", 41.0, 85.0, None),
        "world_city": EventPlace("Beijing", "CHN", "CN.22", 39.9, 116.4, 1816670),
        "us_state": EventPlace("California", "USA", "California", 37.0, -120.0, None),
        "us_city": EventPlace("Woodside", "USA", "California", 37.43, -122.25, 5411015),
        "sea": EventPlace("South China Sea", None, None, 12.0, 113.0, None),
    }
    g7 = Party("Group of Seven", "G7", "igo", None, "igo:g7", "igo")
    path = tmp_path / "g.duckdb"
    with tidings.open(path) as t, t.store.transaction() as con:
        ms = []
        for i, (key, place) in enumerate(places.items()):
            aid = f"a{i}"
            published = None if key == "sea" else "2023-06-19"
            con.execute("INSERT INTO articles (article_id, outlet, url, published_date, published_source, raw_text, "
                        "text, word_count, source_path, ingested_at) VALUES (?, 'W', ?, ?, 'metadata', 'x', 'x', 1, 'p', ?)",
                        [aid, f"https://w.example/{aid}", published, now()])
            date = None if key in ("us_city", "sea") else f"2023-0{i + 1}-15"  # distinct events, none merged
            m = _mention(aid, date, place=place, src=g7 if key == "country" else USA, start=10 + i)
            if date is None:
                m = replace(m, date_precision=None, date_from=None, date_to=None, date_source=None)
            if key == "us_city":
                m = replace(m, target=Party("Lai Ching-te", "TWN", "government", "President", "lai", "person"))
            if key == "sea":
                m = replace(m, type="MOBILIZE", mode=None, cameo="150", goldstein=-7.2, quad_class=4)
            ms.append(m)
        write_mentions(con, [m.article_id for m in ms], mention_rows(ms))
        t.store.mark_done(con, "events", "x", [m.article_id for m in ms])
    with tidings.open(path) as t:
        reconcile_run(t.store, NullProgress())
    return path


def test_gdelt_rows_follow_the_codebook(tmp_path: Path) -> None:
    path = _gdelt_store(tmp_path)
    out = tmp_path / "events.tsv"
    with tidings.open(path, read_only=True) as t:
        n = export_events(t.store, "gdelt", out)
        records = {r["event_id"]: r for r in __import__("tidings.outputs.events_export", fromlist=["x"]).event_records(t.store)}
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in out.read_text().splitlines()]
    assert n == len(rows) == 6 and all(len(r) == 61 for r in rows)
    by_place = {r["ActionGeo_FullName"].split(",")[0]: r for r in rows}
    # geo types by feature class: 1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE
    assert {k: r["ActionGeo_Type"] for k, r in by_place.items()} == {
        "China": "1", "Xinjiang": "5", "Beijing": "4", "California": "2", "Woodside": "3", "South China Sea": "5"}
    # FIPS 10-4 country codes; ADM1 = FIPS country + division code (a country row: the country code alone)
    assert by_place["Xinjiang"]["ActionGeo_CountryCode"] == "CH" and by_place["Xinjiang"]["ActionGeo_ADM1Code"] == "CH13"
    assert by_place["Beijing"]["ActionGeo_ADM1Code"] == "CH22" and by_place["China"]["ActionGeo_ADM1Code"] == "CH"
    assert by_place["Woodside"]["ActionGeo_ADM1Code"] == "USCA" and by_place["California"]["ActionGeo_ADM1Code"] == "USCA"
    for r in rows:
        cc, adm1 = r["ActionGeo_CountryCode"], r["ActionGeo_ADM1Code"]
        assert cc == "" or (len(cc) == 2 and adm1.startswith(cc)), r
        assert r["ActionGeo_Type"] != "1" or adm1 == cc
        # FeatureID whenever a GeoNames id exists (the place's, its division's or its country's)
        if r["ActionGeo_FullName"].split(",")[0] != "South China Sea":
            assert r["ActionGeo_FeatureID"].isdigit(), r
        # actor codes: concatenated three-letter CAMEO codes only ("G7" is not one)
        for side in ("Actor1", "Actor2"):
            code = r[f"{side}Code"]
            assert len(code) % 3 == 0 and code.isalpha() and code.isupper(), code
            assert r[f"{side}CountryCode"] in ("", *[code[:3]]) and len(r[f"{side}CountryCode"]) in (0, 3)
        # SQLDATE always: the event's date, else the article's (flagged in the events export's date_basis)
        assert len(r["SQLDATE"]) == 8 and r["SQLDATE"].isdigit() and r["MonthYear"] == r["SQLDATE"][:6]
        assert r["Year"] == r["SQLDATE"][:4]
    assert by_place["China"]["Actor1Code"] == "IGO" and by_place["China"]["Actor1CountryCode"] == ""
    assert by_place["Woodside"]["SQLDATE"] == "20230619"  # undated event: its article's date
    assert sorted(r["date_basis"] for r in records.values()) == ["added", "article", "event", "event", "event", "event"]


@pytest.mark.parametrize("loc,expected", [
    (dict(name="Washington", country="USA", admin1="District of Columbia", geonameid=4140963, lat=38.9, lon=-77.0),
     ("3", "US", "USDC", "4140963")),
    (dict(name="Bali", country="IDN", admin1="Bali", lat=-8.4, lon=115.1), ("5", "ID", "ID02", "1650535")),
    (dict(name="Taiwan", country="TWN", geonameid=1668284, lat=24.0, lon=121.0), ("1", "TW", "TW", "1668284")),
])
def test_gdelt_geography_of_single_places(loc: dict, expected: tuple) -> None:
    from tidings.outputs.gdelt_geo import geo_fields

    f = geo_fields(loc)
    assert (f[0], f[2], f[3], f[7]) == expected


def test_location_carries_the_place_as_printed_in_every_format(tmp_path: Path) -> None:
    """An event's location has the gazetteer's name and, added beside it, the place as the article printed it
    ("Gomel" for Homyel'); the merged event keeps the text of the mention whose place it keeps, and a place
    no article printed (a capital placed by rule) has none."""
    gomel = EventPlace("Homyel'", "BLR", "BY.02", 52.43, 30.99, 627907, feature="city", text="Gomel")
    minsk = EventPlace("Minsk", "BLR", "BY.04", 53.9, 27.57, 625144, feature="city")  # by rule: not printed
    blr = Party("Alexander Lukashenko", "BLR", "government", "President", "lukashenko", "person")
    rus = Party("Vladimir Putin", "RUS", "government", "President", "putin", "person")
    path = tmp_path / "p.duckdb"
    with tidings.open(path) as t, t.store.transaction() as con:
        for aid in ("a1", "a2"):
            con.execute("INSERT INTO articles (article_id, outlet, url, published_date, published_source, raw_text, text, "
                        "word_count, source_path, ingested_at) VALUES (?, 'Wire', ?, '2024-06-03', 'metadata', 'x', 'x', "
                        "1, 'p', ?)", [aid, f"https://wire.example/{aid}", now()])
            con.execute("INSERT INTO duplicates (article_id, source_group) VALUES (?, ?)", [aid, "g" + aid])
        ms = [_mention("a1", "2024-06-01", src=blr, tgt=rus, place=gomel),
              _mention("a2", "2024-06-01", src=blr, tgt=rus, place=gomel),
              replace(_mention("a2", "2024-05-20", src=rus, tgt=blr, place=minsk, start=300), type="ACCUSE",
                      mode=None, cameo="112")]
        write_mentions(con, ["a1", "a2"], mention_rows(ms))
        t.store.mark_done(con, "events", "x", ["a1", "a2"])
    with tidings.open(path) as t:
        reconcile_run(t.store, NullProgress())
        assert {(r["place_name"], r["place_text"]) for r in t.store.query("SELECT * FROM events")} == {
            ("Homyel'", "Gomel"), ("Minsk", None)}
        for fmt in FORMATS:
            t.export("events", fmt, tmp_path / f"events.{fmt}")
            t.export("mentions", fmt, tmp_path / f"mentions.{fmt}")
    for fmt in ("jsonl", "parquet"):
        locs = {r["location"]["name"]: r["location"]["text"] for r in duck_rows(tmp_path / f"events.{fmt}")}
        assert locs == {"Homyel'": "Gomel", "Minsk": None}, fmt
    with (tmp_path / "events.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["location_name"]: r["location_text"] for r in rows} == {"Homyel'": "Gomel", "Minsk": ""}
    assert sorted((r["place_name"], r["place_text"]) for r in duck_rows(tmp_path / "mentions.parquet")) == [
        ("Homyel'", "Gomel"), ("Homyel'", "Gomel"), ("Minsk", None)]
