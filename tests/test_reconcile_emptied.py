"""An event whose mentions were all re-coded away is gone, as in a fresh run: no later mention takes its id."""

from __future__ import annotations

import datetime as dt

from tidings.reconcile.merge import Cluster, Merger, new_event_id


def _mention(mid: str, article: str, status: str, day: dt.date) -> dict:
    return {
        "mention_id": mid,
        "article_id": article,
        "sentence": 0,
        "trigger_start": 0,
        "type": "CONSULT",
        "mode": None,
        "source_name": "USA",
        "target_name": "CHN",
        "source_country": "USA",
        "target_country": "CHN",
        "source_actor_id": "usa_gov",
        "target_actor_id": "chn_gov",
        "source_kind": "state",
        "target_kind": "state",
        "status": status,
        "date_value": day.isoformat(),
        "date_precision": "day",
        "date_from": day,
        "date_to": day,
        "date_source": "timex",
        "place_name": None,
        "place_country": None,
        "published_date": day,
        "outlet": "Outlet",
        "source_group": article,
        "background": False,
        "confidence": 0.8,
        "issues": "[]",
        "cameo": "040",
    }


def _stored(*mentions: dict) -> Cluster:
    c = Cluster(new_event_id(mentions[0]["mention_id"]))
    for m in mentions:
        c.add(m)
    return c


def test_an_emptied_event_is_gone_and_its_id_is_not_reused():
    day = dt.date(2023, 6, 5)
    denied = _mention("m-denied", "a1", "negated", day)  # a denial, re-coded away below
    merger = Merger([_stored(denied)])
    merger.remove_mentions({"m-denied"})
    held = _mention("m-held", "a2", "occurred", day)
    eid = merger.add(held)
    fresh = Merger()
    assert eid == fresh.add(_mention("m-held", "a2", "occurred", day)) == new_event_id("m-held")
    assert new_event_id("m-denied") not in merger.clusters
    assert new_event_id("m-denied") in merger.touched  # so the stage deletes its row


def test_an_event_that_keeps_a_mention_still_takes_a_compatible_one():
    day = dt.date(2023, 6, 5)
    first, second = _mention("m1", "a1", "occurred", day), _mention("m2", "a2", "occurred", day)
    merger = Merger([_stored(first, second)])
    merger.remove_mentions({"m2"})
    assert merger.add(_mention("m3", "a3", "occurred", day)) == new_event_id("m1")
