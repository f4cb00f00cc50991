"""Reconciliation: one event from many articles, honest source counts, recorded conflicts, exports."""

from __future__ import annotations

import datetime as dt
import io
import json

import duckdb
import pytest

import tidings
from tidings.events.model import EventMention, EventPlace, Party
from tidings.events.stage import mention_rows, write_mentions
from tidings.outputs.events_export import GDELT_COLUMNS, export_events, export_mentions
from tidings.pipeline import NullProgress
from tidings.reconcile.merge import compatible
from tidings.reconcile.stage import run as reconcile_run
from tidings.store import now

USA = Party("Antony Blinken", "USA", "government", "Secretary of State", "blinken", "person")
CHN = Party("Xi Jinping", "CHN", "government", "President", "xi", "person")
WANG = Party("Wang Yi", "CHN", "government", "Director", "wang_yi", "person")


def _article(con, aid: str, outlet: str, published: str, group: str) -> None:
    con.execute(
        "INSERT INTO articles (article_id, outlet, url, published_date, published_source, raw_text, text, word_count, "
        "source_path, ingested_at) VALUES (?, ?, ?, ?, 'metadata', 'x', 'x', 1, 'p', ?)",
        [aid, outlet, f"https://{outlet.lower().replace(' ', '')}.example/{aid}", published, now()])
    con.execute("INSERT INTO duplicates (article_id, source_group) VALUES (?, ?)", [aid, group])


def _mention(aid: str, *, date: str, src=USA, tgt=CHN, type_="CONSULT", mode="visit", status="occurred",
             place="Beijing", duration=None, start=10, source="timex") -> EventMention:
    return EventMention(
        article_id=aid, sentence=0, start=0, end=80, sentence_text=f"{src.name} met {tgt.name if tgt else 'officials'} in {place} ({aid}).",
        trigger="met", trigger_start=start, trigger_end=start + 3, type=type_, mode=mode, source=src, target=tgt,
        status=status, date_value=date, date_precision="day" if date and len(date) == 10 else None,
        date_from=date if date and len(date) == 10 else None, date_to=date if date and len(date) == 10 else None,
        date_source=source if date else None, place=EventPlace(place, "CHN") if place else None, duration=duration,
        confidence=0.85, cameo="042", goldstein=1.9, quad_class=1)


@pytest.fixture
def store(tmp_path):
    with tidings.open(tmp_path / "r.duckdb") as t:
        yield t.store


def _load(store, mentions, articles):
    with store.transaction() as con:
        for a in articles:
            _article(con, *a)
        write_mentions(con, sorted({m.article_id for m in mentions}), mention_rows(mentions))
        store.mark_done(con, "events", "x", [a[0] for a in articles])


def test_three_articles_two_source_groups_make_one_event(store):
    arts = [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-19", "g1"),
            ("a3", "Pacific Weekly", "2023-06-20", "g3")]
    ms = [_mention("a1", date="2023-06-19"), _mention("a2", date="2023-06-19"),
          # the rewrite gives the sides the other way round and the date from context
          _mention("a3", date="2023-06-19", src=CHN, tgt=USA, source="previous"),
          # a different meeting the same day (Blinken with Wang Yi) stays its own event
          _mention("a1", date="2023-06-19", tgt=WANG, start=200)]
    _load(store, ms, arts)
    rep = reconcile_run(store, NullProgress())
    assert rep.processed == 3
    rows = store.query("SELECT * FROM events ORDER BY n_mentions DESC")
    assert len(rows) == 2
    e = rows[0]
    assert (e["n_mentions"], e["n_articles"], e["n_sources"]) == (3, 3, 2)
    assert e["first_reported"] == dt.date(2023, 6, 19) and e["date_value"] == "2023-06-19"
    assert json.loads(e["conflicts"]) == []
    assert rows[1]["n_articles"] == 1 and rows[1]["target_actor_id"] == "wang_yi"


def test_date_disagreement_is_a_recorded_conflict_and_incremental_join(store):
    _load(store, [_mention("a1", date="2023-06-18", duration="PT7H"), _mention("a2", date="2023-06-18", duration="PT7H")],
          [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-19", "g2")])
    reconcile_run(store, NullProgress())
    # a later article on the same talks says they lasted six hours: it joins the existing event
    m3 = _mention("a3", date="2023-06-18", duration="PT6H")
    _load(store, [m3], [("a3", "Pacific Weekly", "2023-06-20", "g3")])
    reconcile_run(store, NullProgress())
    (e,) = store.query("SELECT * FROM events")
    assert (e["n_articles"], e["n_sources"]) == (3, 3)
    conflicts = json.loads(e["conflicts"])
    dur = next(c for c in conflicts if c["field"] == "duration")
    assert {v["value"] for v in dur["values"]} == {"PT7H", "PT6H"}
    assert next(v for v in dur["values"] if v["value"] == "PT6H")["article_ids"] == ["a3"]


def test_day_level_date_conflict_between_sources():
    a = {"type": "CONSULT", "article_id": "a1", "source_country": "USA", "target_country": "CHN", "status": "occurred",
         "date_from": "2023-06-18", "date_to": "2023-06-18", "date_source": "timex", "mode": None, "trigger_start": 1}
    b = dict(a, article_id="a2", date_from="2023-06-19", date_to="2023-06-19")
    assert not compatible(a, b)                      # two stated days: two events unless one side is inferred
    assert compatible(a, dict(b, date_source="previous"))
    assert compatible(a, dict(b, source_country="CHN", target_country="USA", date_source="previous"))  # symmetric
    assert not compatible(a, dict(b, type="ACCUSE", date_source="previous"))
    assert not compatible(dict(a, mode="visit"), dict(b, mode="phone/video", date_source="previous"))  # call vs visit


def test_one_sides_pledge_does_not_join_the_other_direction():
    # "the two sides signed the deal" (USA -> CHN) and "China committed to buying more farm goods" (CHN -> USA,
    # the coder's one-sided mark) are two events; the same side's pledges still join
    a = {"type": "AGREE", "article_id": "a1", "source_country": "USA", "target_country": "CHN", "status": "occurred",
         "date_from": "2020-01-15", "date_to": "2020-01-15", "date_source": "timex", "mode": None, "trigger_start": 1}
    b = dict(a, source_country="CHN", target_country="USA", trigger_start=90)
    assert compatible(a, b)
    assert not compatible(a, dict(b, extra={"one_sided": True}))
    assert not compatible(a, dict(b, extra='{"one_sided": true}'))
    assert compatible(dict(b, extra={"one_sided": True}), dict(b, trigger_start=200, extra={"one_sided": True}))


def test_sources_disagreeing_on_the_day_give_one_event_with_a_date_conflict(store):
    # the same two people, stated days one apart: one event, the disagreement kept with each side's sources
    m1 = _mention("a1", date="2023-06-18")
    m2 = _mention("a2", date="2023-06-19")
    m3 = _mention("a3", date="2023-06-18")
    _load(store, [m1, m2, m3], [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-20", "g2"),
                                ("a3", "Pacific Weekly", "2023-06-20", "g3")])
    reconcile_run(store, NullProgress())
    (e,) = store.query("SELECT * FROM events")
    assert e["date_value"] == "2023-06-18"            # the day more independent sources state
    (c,) = [c for c in json.loads(e["conflicts"]) if c["field"] == "date"]
    sides = {v["value"]: v for v in c["values"]}
    assert sides["2023-06-18"]["article_ids"] == ["a1", "a3"] and sides["2023-06-19"]["outlets"] == ["Wire"]


def test_unnamed_sides_on_different_stated_days_stay_apart(store):
    anon_us, anon_cn = Party("U.S. officials", "USA"), Party("Chinese officials", "CHN")
    _load(store, [_mention("a1", date="2023-06-18", src=anon_us, tgt=anon_cn),
                  _mention("a2", date="2023-06-19", src=anon_us, tgt=anon_cn)],
          [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-20", "g2")])
    reconcile_run(store, NullProgress())
    assert store.scalar("SELECT count(*) FROM events") == 2


def test_planned_mention_attaches_to_the_event_it_announced(store):
    plan = _mention("a1", date=None, status="planned")
    done = _mention("a2", date="2023-06-19")
    _load(store, [plan, done], [("a1", "Harbor Ledger", "2023-06-10", "g1"), ("a2", "Wire", "2023-06-19", "g2")])
    reconcile_run(store, NullProgress())
    (e,) = store.query("SELECT * FROM events")
    assert e["status"] == "occurred" and e["n_articles"] == 2
    assert [h["status"] for h in json.loads(e["status_history"])] == ["planned", "occurred"]


def test_gdelt_export_has_61_columns_and_loads_in_duckdb(store, tmp_path):
    _load(store, [_mention("a1", date="2023-06-19"), _mention("a2", date="2023-06-19")],
          [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-19", "g1")])
    reconcile_run(store, NullProgress())
    path = tmp_path / "events.tsv"
    assert export_events(store, "gdelt", path) == 1
    line = path.read_text().splitlines()[0]
    assert len(line.split("\t")) == 61
    con = duckdb.connect()
    rows = con.execute(f"SELECT * FROM read_csv('{path}', delim='\t', header=false, columns="
                       + "{" + ", ".join(f"'{c}': 'VARCHAR'" for c in GDELT_COLUMNS) + "})").fetchall()
    row = dict(zip(GDELT_COLUMNS, rows[0]))
    assert (row["SQLDATE"], row["EventCode"], row["EventRootCode"], row["QuadClass"]) == ("20230619", "042", "04", "1")
    assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == ("2", "2", "1")
    assert row["Actor1CountryCode"] == "USA" and row["Actor1Code"] == "USAGOV"
    # a header line on request, for tools that want one
    buf = io.StringIO()
    export_events(store, "gdelt", buf, header=True)
    assert buf.getvalue().splitlines()[0].split("\t") == list(GDELT_COLUMNS)


def test_jsonl_csv_parquet_exports(store, tmp_path):
    _load(store, [_mention("a1", date="2023-06-19"), _mention("a2", date="2023-06-19")],
          [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-19", "g2")])
    reconcile_run(store, NullProgress())
    buf = io.StringIO()
    assert export_events(store, "jsonl", buf) == 1
    ev = json.loads(buf.getvalue())
    assert ev["source"]["country"] == "USA" and ev["date"] == "2023-06-19" and ev["n_sources"] == 2
    assert {m["outlet"] for m in ev["mentions"]} == {"Harbor Ledger", "Wire"}
    assert ev["location"]["name"] == "Beijing" and ev["cameo"] == "042"
    assert export_events(store, "parquet", tmp_path / "e.parquet") == 1
    got = duckdb.connect().execute(f"SELECT len(mentions), source.country FROM '{tmp_path / 'e.parquet'}'").fetchone()
    assert got == (2, "USA")
    out = io.StringIO()
    assert export_mentions(store, "csv", out) == 2
    assert out.getvalue().splitlines()[0].replace('"', "").startswith("mention_id,event_id,article_id")


def test_timeline_lists_past_and_upcoming_apart(store):
    from rich.console import Console

    from tidings.outputs.timeline import render_timeline, timeline

    _load(store, [_mention("a1", date="2023-06-19"), _mention("a2", date=None, status="planned", start=300,
                                                              src=Party("Qin Gang", "CHN", kind="person", actor_id="qin"),
                                                              tgt=Party("Washington", "USA"), place=None)],
          [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-19", "g2")])
    reconcile_run(store, NullProgress())
    tl = timeline(store, dyad="CHN-USA")
    assert [r.status for r in tl.past] == ["occurred"] and [r.status for r in tl.upcoming] == ["planned"]
    assert tl.past[0].date == "2023-06-19" and "met" in tl.past[0].evidence
    assert timeline(store, dyad="USA-RUS").past == []
    assert timeline(store, dyad=None, type="accuse").past == []
    console = Console(record=True, width=160)
    render_timeline(tl, console)
    text = console.export_text()
    assert "Upcoming" in text and "2023-06-19" in text


def test_consolidate_merges_events_that_arrival_order_left_apart():
    from tidings.reconcile.merge import Cluster, Merger

    base = {"type": "CONSULT", "source_country": "USA", "target_country": "CHN", "status": "occurred", "mode": None,
            "date_from": dt.date(2023, 6, 19), "date_to": dt.date(2023, 6, 19), "date_source": "timex", "sentence": 0,
            "confidence": 0.8, "background": False}
    a, b = Cluster("e1"), Cluster("e2")
    a.add(dict(base, mention_id="m1", article_id="a1", trigger_start=1))
    b.add(dict(base, mention_id="m2", article_id="a2", trigger_start=1, source_country="CHN", target_country="USA"))
    c = Cluster("e3")
    c.add(dict(base, mention_id="m3", article_id="a3", trigger_start=1, type="ACCUSE"))
    merger = Merger([a, b, c])
    merger.touched = merger.founded = {"e1", "e2", "e3"}
    assert merger.consolidate() == 1
    assert sorted(len(x.mentions) for x in merger.clusters.values()) == [1, 2]   # the ACCUSE stays apart


def test_undated_reports_merge_within_a_news_cycle_only(store):
    # "Blinken and Xi did not discuss Taiwan": two reports three days apart are one event, a report a
    # month later is another meeting's
    arts = [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-22", "g2"),
            ("a3", "Pacific Weekly", "2023-07-25", "g3")]
    _load(store, [_mention(a[0], date=None, status="negated", place=None) for a in arts], arts)
    reconcile_run(store, NullProgress())
    rows = store.query("SELECT n_articles, first_reported FROM events ORDER BY first_reported")
    assert [(r["n_articles"], str(r["first_reported"])) for r in rows] == [(2, "2023-06-19"), (1, "2023-07-25")]


def test_a_later_batch_joins_an_old_event_and_an_earlier_plan_links_to_it(store):
    # run 1: the meeting, and history recounted long after it
    _load(store, [_mention("a1", date="2023-06-19")], [("a1", "Harbor Ledger", "2023-06-19", "g1")])
    _load(store, [_mention("a9", date="2023-06-19", start=40)], [("a9", "Review", "2024-03-01", "g9")])
    reconcile_run(store, NullProgress())
    assert store.scalar("SELECT count(*) FROM events") == 1
    # run 2: a new article recounting it a year later, and the plan announced before it (ingested late)
    _load(store, [_mention("a2", date="2023-06-19", start=70)], [("a2", "Wire", "2024-06-01", "g2")])
    _load(store, [_mention("a3", date=None, status="planned", start=90)], [("a3", "Pacific Weekly", "2023-06-05", "g3")])
    rep = reconcile_run(store, NullProgress())
    assert rep.processed == 2
    (e,) = store.query("SELECT * FROM events")
    assert (e["n_articles"], e["n_sources"], e["status"]) == (4, 4, "occurred")
    assert [h["status"] for h in json.loads(e["status_history"])][0] == "planned"


def test_recoded_article_leaves_its_old_event(store):
    arts = [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-19", "g2")]
    _load(store, [_mention("a1", date="2023-06-19"), _mention("a2", date="2023-06-19")], arts)
    reconcile_run(store, NullProgress())
    assert store.scalar("SELECT max(n_articles) FROM events") == 2
    # the coder now reads a2 as a meeting two weeks later: its event splits off, the old one shrinks
    with store.transaction() as con:
        write_mentions(con, ["a2"], mention_rows([_mention("a2", date="2023-07-03", start=11)]))
        con.execute("DELETE FROM stage_state WHERE stage = 'reconcile' AND item_id = 'a2'")
    reconcile_run(store, NullProgress())
    rows = store.query("SELECT date_value, n_articles FROM events ORDER BY date_value")
    assert [(r["date_value"], r["n_articles"]) for r in rows] == [("2023-06-19", 1), ("2023-07-03", 1)]
    assert store.scalar("SELECT count(*) FROM event_links") == 2


def test_block_index_finds_every_compatible_mention():
    """The blocking cells are a superset of compatibility: no compatible pair is ever left unseen."""
    from itertools import product

    from tidings.reconcile.merge import BlockIndex

    days = [dt.date(2023, 1, 30), dt.date(2023, 1, 31), dt.date(2023, 2, 1), dt.date(2023, 3, 15), dt.date(2023, 4, 20)]
    spans = [0, 6, 27, 364, 5000]
    ms: list[dict] = []
    for n, (d, w, status, src, tgt) in enumerate(product(days, spans, ("occurred", "planned"), ("USA", "CHN"),
                                                          ("CHN", None))):
        ms.append({"mention_id": f"m{n}", "article_id": f"a{n}", "trigger_start": 1, "type": "CONSULT",
                   "source_country": src, "target_country": tgt, "source_actor_id": "xi" if src == "CHN" else "blinken",
                   "source_kind": "person", "status": status, "date_from": d, "date_to": d + dt.timedelta(days=w),
                   "date_source": "previous" if n % 3 else "timex", "published_date": d - dt.timedelta(days=n % 40)})
    for n, (pub, status, src) in enumerate(product(days, ("planned", "occurred", "negated"), ("USA", "CHN"))):
        ms.append({"mention_id": f"u{n}", "article_id": f"b{n}", "trigger_start": 1, "type": "CONSULT",
                   "source_country": src, "target_country": None, "source_actor_id": "xi" if src == "CHN" else "blinken",
                   "source_kind": "person", "status": status, "date_from": None, "date_to": None,
                   "published_date": pub})
    index = BlockIndex()
    for m in ms:
        index.add(m["mention_id"], m)
    pairs = 0
    for a in ms:
        found = index.candidates(a)
        for b in ms:
            ok = compatible(a, b)
            assert ok == compatible_slow(a, b), (a, b)   # the fast test is the spelled-out one
            if ok:
                pairs += 1
                assert b["mention_id"] in found, (a, b)
    assert pairs > 200  # the grid really exercises dated, undated and plan-to-event matches


def compatible_slow(a: dict, b: dict) -> bool:
    """``merge.compatible`` spelled out test by test: the reference the fast version is checked against."""
    from tidings.reconcile.merge import (SYMMETRIC_TYPES, _dates_ok, _dyad_ok, _mode_ok, _persons_ok, _place_ok,
                                         _status_ok)

    if a["type"] != b["type"]:
        return False
    if a["article_id"] == b["article_id"] and a.get("trigger_start") == b.get("trigger_start"):
        return False
    sym = a["type"] in SYMMETRIC_TYPES
    return (_dates_ok(a, b) and _dyad_ok(a, b, sym) and _status_ok(a, b) and _mode_ok(a, b) and _place_ok(a, b)
            and _persons_ok(a, b))


def test_talks_with_no_other_side_stay_a_mention_and_a_one_sided_act_is_an_event(store):
    arts = [("a1", "Harbor Ledger", "2023-06-19", "g1")]
    ms = [_mention("a1", date="2023-06-19", tgt=None),                               # talks with nobody named
          _mention("a1", date="2023-06-19", tgt=None, type_="PROTEST", mode=None, start=120),  # a protest stands alone
          _mention("a1", date="2023-06-19", start=240)]                              # talks with both sides
    _load(store, ms, arts)
    reconcile_run(store, NullProgress())
    assert store.scalar("SELECT count(*) FROM event_mentions") == 3
    events = store.query("SELECT type, target_country FROM events ORDER BY type")
    assert [(e["type"], e["target_country"]) for e in events] == [("CONSULT", "CHN"), ("PROTEST", None)]



def test_an_if_clause_condition_stays_a_mention_and_a_stated_intent_is_an_event(store):
    # "would retaliate if India attacked": the attack is a condition, not an act that took place;
    # "is considering sending aid" is an intent, which CAMEO codes
    import dataclasses

    arts = [("a1", "Harbor Ledger", "2019-02-27", "g1")]
    ms = [dataclasses.replace(_mention("a1", date=None, type_="ASSAULT", mode=None, status="hypothetical", place=None),
                              extra={"cue": "if"}),
          _mention("a1", date="2019-02-27", type_="THREATEN", mode=None, start=120),
          dataclasses.replace(_mention("a1", date=None, type_="AID", mode=None, status="hypothetical", place=None,
                                       start=240), extra={"cue": "considering"}),
          # "threatened to impose tariffs on Kenyan tea": the tariffs are what the threat threatens
          dataclasses.replace(_mention("a1", date=None, type_="SANCTION", mode=None, status="hypothetical",
                                       place=None, start=360), extra={"cue": "threatened"})]
    _load(store, ms, arts)
    reconcile_run(store, NullProgress())
    assert store.scalar("SELECT count(*) FROM event_mentions") == 4
    events = store.query("SELECT type, status FROM events ORDER BY type")
    assert [(e["type"], e["status"]) for e in events] == [("AID", "hypothetical"), ("THREATEN", "occurred")]


def test_a_negated_intent_stays_a_mention_and_a_reported_non_event_is_an_event(store):
    # "Kenya would not send troops to Somalia": what is still to come, negated, is an intent (extra.intent);
    # "Kenya did not recall its ambassador" reports that an act did not take place: a negated event
    import dataclasses

    arts = [("a1", "Harbor Ledger", "2019-02-27", "g1")]
    ms = [dataclasses.replace(_mention("a1", date=None, type_="MOBILIZE", mode=None, status="negated", place=None),
                              extra={"cue": "not", "intent": True}),
          dataclasses.replace(_mention("a1", date=None, type_="SANCTION", mode=None, status="negated", place=None,
                                       start=120), extra={"cue": "not"})]
    _load(store, ms, arts)
    reconcile_run(store, NullProgress())
    assert store.scalar("SELECT count(*) FROM event_mentions") == 2
    events = store.query("SELECT type, status FROM events ORDER BY type")
    assert [(e["type"], e["status"]) for e in events] == [("SANCTION", "negated")]


def test_an_act_with_no_target_is_an_event_only_when_its_type_needs_none(store):
    # "signed an executive order declaring a national emergency" (no target): a mention, no event;
    # "condemned the pact" (ACCUSE) and an export control on no named state (SANCTION) are exported
    arts = [("a1", "Harbor Ledger", "2023-06-19", "g1")]
    ms = [_mention("a1", date="2023-06-19", tgt=None, type_="COERCE", mode=None),
          _mention("a1", date="2023-06-19", tgt=None, type_="ACCUSE", mode=None, start=120),
          _mention("a1", date="2023-06-19", tgt=None, type_="SANCTION", mode=None, start=240)]
    _load(store, ms, arts)
    reconcile_run(store, NullProgress())
    assert store.scalar("SELECT count(*) FROM events") == 2
    buf = io.StringIO()
    assert export_events(store, "jsonl", buf) == 2
    assert sorted(json.loads(line)["type"] for line in buf.getvalue().splitlines()) == ["ACCUSE", "SANCTION"]


def _event_rows(store):
    return store.query("SELECT type, source_country, target_country, n_mentions, n_articles FROM events ORDER BY type")


def test_a_targetless_act_gives_the_same_events_in_one_run_or_article_by_article(tmp_path):
    # a1: an attack whose target the coder did not find; a2: the same attack with its target. Whether a1's
    # mention would join a2's event must not depend on whether both articles were in the same run
    arts = [("a1", "Harbor Ledger", "2023-06-19", "g1"), ("a2", "Wire", "2023-06-19", "g2")]
    ms = [_mention("a1", date="2023-06-19", tgt=None, type_="ASSAULT", mode=None),
          _mention("a2", date="2023-06-19", type_="ASSAULT", mode=None)]
    with tidings.open(tmp_path / "one.duckdb") as t:
        _load(t.store, ms, arts)
        reconcile_run(t.store, NullProgress())
        at_once = _event_rows(t.store)
    with tidings.open(tmp_path / "two.duckdb") as t:
        for m, a in zip(ms, arts):
            _load(t.store, [m], [a])
            reconcile_run(t.store, NullProgress())
        one_by_one = _event_rows(t.store)
    assert at_once == one_by_one
    assert [(e["type"], e["target_country"]) for e in at_once] == [("ASSAULT", "CHN")]



def test_a_weapons_show_of_force_makes_an_event_without_a_target():
    # "North Korea's first ballistic missile test since October 22": a missile test or a drill is an event with
    # no target (PRK -> *); a deployment with no target, or an attack with none, still makes none
    from tidings.reconcile.stage import makes_event

    base = {"status": "occurred", "target_country": None, "extra": None}
    assert makes_event({**base, "type": "MOBILIZE", "mode": "weapons"})
    assert not makes_event({**base, "type": "MOBILIZE", "mode": "troops"})
    assert not makes_event({**base, "type": "ASSAULT", "mode": None})


def test_a_stated_month_is_made_precise_by_a_day_another_report_gives_from_its_context(store):
    # "agreed in June" (stated) and "They also agreed ..." told on the lead's Monday, June 19 (inherited from context):
    # the event carries the most precise date any report gives, a day inside the month contradicting nobody
    from dataclasses import replace

    month = replace(_mention("a1", date="2023-06-19"), date_value="2023-06", date_precision="month",
                    date_from="2023-06-01", date_to="2023-06-30")
    arts = [("a1", "Harbor Ledger", "2023-06-28", "g1"), ("a2", "Pacific Weekly", "2023-06-19", "g2")]
    _load(store, [month, _mention("a2", date="2023-06-19", source="previous")], arts)
    reconcile_run(store, NullProgress())
    rows = store.query("SELECT * FROM events")
    assert len(rows) == 1 and rows[0]["date_value"] == "2023-06-19", [(r["date_value"], r["n_mentions"]) for r in rows]


def test_inferred_days_that_disagree_do_not_refine_a_stated_month(store):
    from dataclasses import replace

    month = replace(_mention("a1", date="2023-06-19"), date_value="2023-06", date_precision="month",
                    date_from="2023-06-01", date_to="2023-06-30")
    arts = [("a1", "Harbor Ledger", "2023-06-28", "g1"), ("a2", "Pacific Weekly", "2023-06-19", "g2"),
            ("a3", "Wire", "2023-06-18", "g3")]
    ms = [month, _mention("a2", date="2023-06-19", source="previous"), _mention("a3", date="2023-06-18", source="previous")]
    _load(store, ms, arts)
    reconcile_run(store, NullProgress())
    rows = store.query("SELECT * FROM events ORDER BY n_mentions DESC")
    assert rows[0]["date_value"] == "2023-06", [(r["date_value"], r["n_mentions"]) for r in rows]
