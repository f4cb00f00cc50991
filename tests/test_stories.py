"""Stories on real-looking news: one happening = one story, incrementally, with independent source counts."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from article_records import insert_articles
from tidings.dedup.stage import dedup_batch
from tidings.pipeline import NullProgress
from tidings.stories import list_stories
from tidings.stories.stage import assign_batch, run

BASE = Path(__file__).resolve().parents[1] / "eval" / "gold" / "dedup_base.jsonl"
ITEMS = {it["id"]: it for it in map(json.loads, BASE.read_text(encoding="utf-8").splitlines())}


def _swap(text: str, table: dict[str, str]) -> str:
    keys = sorted(table, key=len, reverse=True)
    return re.sub("|".join(rf"\b{re.escape(k)}\b" for k in keys), lambda m: table[m.group()], text)


def rec(ref: str, text: str, title: str, date: str, outlet: str = "Meridian Wire") -> dict:
    return {"ref": ref, "text": text, "title": title, "published": date, "outlet": outlet}


@pytest.fixture
def store():
    from tidings.store import Store

    s = Store(":memory:")
    yield s
    s.close()


def _add(store, recs: list[dict]) -> dict[str, str]:
    ids = insert_articles(store, recs)
    dedup_batch(store, ids)
    assign_batch(store, ids)
    return {r["ref"]: i for r, i in zip(recs, ids)}


def _story(store, aid: str) -> str:
    return store.scalar("SELECT story_id FROM story_articles WHERE article_id = ?", [aid])


def _item_recs(item: str) -> list[dict]:
    it = ITEMS[item]
    d0 = dt.date.fromisoformat(it["date"])
    return [
        rec("orig", it["text"], it["title"], it["date"]),
        rec("copy", "\n\n".join(it["text"].split("\n\n")[:4]), "UPDATE " + it["title"], str(d0 + dt.timedelta(days=1)),
            outlet="Valley Courier"),
        rec("own", it["own_report"]["text"], it["own_report"]["title"], it["date"], outlet=it["own_report"]["outlet"]),
        rec("template", _swap(it["text"], it["swap"]), _swap(it["title"], it["swap"]), str(d0 + dt.timedelta(days=9))),
    ]


@pytest.mark.parametrize("item", ["b02", "b08"])
def test_press_conference_reports_share_a_story_template_other_day_does_not(store, item: str) -> None:
    ids = _add(store, _item_recs(item))
    assert _story(store, ids["orig"]) == _story(store, ids["own"]) == _story(store, ids["copy"])
    assert _story(store, ids["template"]) != _story(store, ids["orig"])
    s = next(r for r in list_stories(store) if r["story_id"] == _story(store, ids["orig"]))
    assert s["n_articles"] == 3 and s["n_sources"] == 2  # the copy is not an independent source
    assert s["title"] == ITEMS[item]["title"] and s["story_id"] == "s" + min(ids["orig"], ids["own"])


def test_second_batch_joins_the_existing_story(store) -> None:
    recs = _item_recs("b13")
    first = _add(store, recs[:1])
    sid = _story(store, first["orig"])
    second = _add(store, recs[2:3])  # another outlet's own report, next run
    assert _story(store, second["own"]) == sid
    [s] = [r for r in list_stories(store) if r["story_id"] == sid]
    assert s["n_sources"] == 2 and s["first_seen"] == dt.date(2025, 4, 9)


BRIDGE_A = rec("a", """MOYALE - Hundreds of trucks carrying coffee and livestock were stranded at the Moyale crossing on Tuesday as drivers waited for a fifth day to clear customs.

"We sleep in the cabins and buy water from children," said driver Abdi Galgalo, who has been queuing since Friday.

Local traders said food prices in the town had risen as supplies ran short.""",
               "Hundreds of trucks stranded at Moyale crossing", "2024-04-02", "Horn Observer")
BRIDGE_B = rec("b", """NAIROBI - Kenyan Trade Minister Rebecca Miano and Ethiopian State Minister Kassahun Gofe signed a customs cooperation accord in Nairobi on Wednesday.

The accord sets up joint inspection teams and shared electronic documents for freight.

Miano said the agreement would cut costs for exporters in both countries.""",
               "Kenyan and Ethiopian ministers sign customs accord in Nairobi", "2024-04-03", "Capital Record")
BRIDGE_C = rec("c", """NAIROBI - A customs accord signed in Nairobi on Wednesday by Kenyan and Ethiopian ministers aims to clear the queues of stranded trucks at the Moyale crossing, officials said.

Drivers at Moyale have waited up to five days to clear customs.

The joint inspection teams are to start work at the crossing next month.""",
               "Accord signed by Kenyan and Ethiopian ministers aims to clear Moyale truck queues", "2024-04-03",
               "Valley Courier")


def test_bridging_article_merges_two_stories_with_a_stable_id(store) -> None:
    ids = _add(store, [BRIDGE_A, BRIDGE_B])
    assert _story(store, ids["a"]) != _story(store, ids["b"])  # the stranded trucks vs the ministers' accord
    ids |= _add(store, [BRIDGE_C])
    merged = {_story(store, ids[k]) for k in "abc"}
    assert merged == {"s" + ids["a"]}  # earliest article names the merged story
    assert store.scalar("SELECT count(*) FROM stories") == 1
    [s] = list_stories(store)
    assert s["n_articles"] == 3 and s["n_sources"] == 3 and s["last_seen"] == dt.date(2024, 4, 3)


def test_article_mentioning_an_older_happening_joins_the_new_one(store) -> None:
    talks = ITEMS["b10"]
    clash = ITEMS["b06"]
    later = rec("later", talks["text"] + "\n\nThe talks came a week after " + clash["text"].split("\n\n")[0].split(" - ", 1)[1],
                talks["title"], talks["date"], "Balkan Monitor")
    ids = _add(store, [rec("talks", talks["text"], talks["title"], talks["date"]),
                       rec("clash", clash["text"], clash["title"], talks["date"])])
    ids |= _add(store, [later])
    assert _story(store, ids["later"]) == _story(store, ids["talks"]) != _story(store, ids["clash"])


def test_stage_run_is_incremental_and_since_filters(store) -> None:
    recs = _item_recs("b15")
    insert_articles(store, recs)
    from tidings.dedup.stage import run as dedup_run

    dedup_run(store, NullProgress())
    assert run(store, NullProgress()).processed == 4
    assert run(store, NullProgress()).processed == 0
    assert all(r["last_seen"] >= dt.date(2025, 6, 20) for r in list_stories(store, since=dt.date(2025, 6, 20)))
    assert len(list_stories(store, since=dt.date(2025, 6, 20))) == 1  # only the other-day template story
    assert store.scalar("SELECT count(*) FROM article_dedup WHERE story_id IS NULL") == 0


def test_main_actors_and_places_come_from_enrich_tables_when_present(store) -> None:
    if "actor_mentions" not in store.table_names():  # the enrich migration is not installed
        store.con.execute("CREATE TABLE actor_mentions (article_id VARCHAR, idx INTEGER, sentence INTEGER, "
                          "start_char INTEGER, end_char INTEGER, text VARCHAR, name VARCHAR, kind VARCHAR, resolved BOOLEAN)")
        store.con.execute("CREATE TABLE places (article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, "
                          "text VARCHAR, name VARCHAR)")
    recs = _item_recs("b05")[:3]
    ids = insert_articles(store, recs)
    for i in ids:
        store.con.execute("INSERT INTO actor_mentions (article_id, idx, sentence, start_char, end_char, text, name, kind, "
                          "resolved) VALUES (?, 0, 0, 0, 5, 'Goyal', 'Piyush Goyal', 'person', true), "
                          "(?, 1, 0, 9, 15, 'Zeyoudi', 'Thani Al Zeyoudi', 'person', true)", [i, i])
    store.con.execute("INSERT INTO places (article_id, idx, start_char, end_char, text, name) "
                      "VALUES (?, 0, 0, 9, 'New Delhi', 'New Delhi')", [ids[0]])
    dedup_batch(store, ids)
    assign_batch(store, ids)
    [s] = list_stories(store)
    assert s["main_actors"][0] == ["Piyush Goyal", 3] and s["main_places"] == [["New Delhi", 1]]


def _partition(store) -> set[frozenset[str]]:
    refs = dict(store.con.execute("SELECT article_id, external_id FROM articles").fetchall())
    groups: dict[str, set[str]] = {}
    for aid, sid in store.con.execute("SELECT article_id, story_id FROM story_articles").fetchall():
        groups.setdefault(sid, set()).add(refs[aid])
    return {frozenset(g) for g in groups.values()}


def test_small_batches_are_cut_in_date_order_and_match_one_batch(monkeypatch) -> None:
    """Run batches follow publication dates, so a run in batches of 2 forms the stories one batch forms."""
    from tidings.dedup.stage import run as dedup_run
    from tidings.store import Store
    import tidings.stories.stage as stage

    recs = []
    for item in ("b02", "b08", "b13"):
        recs += [dict(r, ref=f"{item}-{r['ref']}") for r in _item_recs(item)]
    recs.reverse()  # the latest first: pending order is not date order
    parts = []
    for batch_size in (2, 1000):
        monkeypatch.setattr(stage, "BATCH_SIZE", batch_size)
        with Store(":memory:") as s:
            insert_articles(s, recs)
            dedup_run(s, NullProgress())
            assert run(s, NullProgress()).processed == len(recs)
            parts.append(_partition(s))
    assert parts[0] == parts[1]
    for item in ("b02", "b08"):  # the press-conference reports share a story, the template does not
        story = next(p for p in parts[0] if f"{item}-orig" in p)
        assert {f"{item}-own", f"{item}-copy"} <= story and f"{item}-template" not in story


def _vec(*terms: str) -> dict[str, float]:
    w = 1.0 / len(terms) ** 0.5
    return {t: w for t in terms}


@pytest.mark.parametrize("drill_days, merged", [((12, 13), True), ((12, 15), False)])
def test_a_bridge_merges_stories_only_within_the_span_cap(drill_days: tuple[int, ...], merged: bool) -> None:
    """Merges obey MAX_SPAN_DAYS as joins do, so chains of merges cannot grow a story for weeks."""
    from tidings.stories.cluster import MAX_SPAN_DAYS, Clusterer

    day = lambda n: dt.date(2024, 5, 1) + dt.timedelta(days=n)  # noqa: E731
    cl = Clusterer()
    talks = _vec("kamikawa", "tokyo", "dialogue", "security")
    drills = _vec("pyongyang", "missile", "launch", "sea")
    for i, n in enumerate((0, 4)):
        cl.assign(f"t{i}", talks, day(n))
    for i, n in enumerate(drill_days):
        cl.assign(f"d{i}", drills, day(n))
    assert len({cl._find(cl.story_of[a]) for a in ("t0", "t1")}) == 1
    assert cl._find(cl.story_of["t0"]) != cl._find(cl.story_of["d0"])
    cl.assign("bridge", _vec("kamikawa", "tokyo", "dialogue", "security", "pyongyang", "missile", "launch", "sea"),
              day(8))
    assert (cl._find(cl.story_of["t0"]) == cl._find(cl.story_of["d0"])) is merged
    for s in cl.final():
        assert (s.last - s.first).days <= MAX_SPAN_DAYS


@pytest.mark.parametrize("n_stories, joins", [(30, True), (150, False)])
def test_a_term_most_stories_in_reach_use_does_not_look_stories_up(n_stories: int, joins: bool) -> None:
    """The common-term cap is a share of the stories in reach with a floor: among 30 stories a term
    they all use still finds candidates; among 150 (the floor of 40 passed) it is skipped, so an
    article sharing only it and one other term with a story starts its own."""
    from tidings.stories.cluster import Clusterer

    day = dt.date(2024, 5, 1)
    cl = Clusterer()
    for i in range(n_stories):
        cl.assign(f"s{i}", _vec("common", f"x{i}", f"y{i}"), day)
    assert len({cl._find(cl.story_of[f"s{i}"]) for i in range(n_stories)}) == n_stories
    assert cl._reach(range(0, 10**6)) == n_stories
    cl.assign("new", _vec("common", "x7", "p", "q"), day + dt.timedelta(days=1))
    assert (cl._find(cl.story_of["new"]) == cl._find(cl.story_of["s7"])) is joins
