"""Session 27b throughput: the block index files each event by its place slot (no place, its one place country,
or several) within a cell, so a mention with a place country never visits the events ``Cluster.excludes`` would
reject for their place. The same events as the index without slots (every event in the no-place slot), on
tests/test_speed23.py's made-up mentions, which crowd a few cells with places, calls, visits, people and dates.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from test_speed23 import UPDATED, _mentions, _stored

from tidings.reconcile import merge
from tidings.reconcile.merge import BlockIndex, Cluster, Merger, _compatible, _feat, _place_slot, lookup_keys
from tidings.reconcile.stage import merge_group


def _run(mentions: list[dict[str, Any]], stored: list[Cluster] = ()) -> tuple:
    merger = Merger(stored)
    ids = [merger.add(dict(m)) for m in mentions]
    merger.consolidate()
    events = sorted((e, sorted(x["mention_id"] for x in c.mentions)) for e, c in merger.clusters.items())
    return ids, events, sorted(merger.touched)


def _unslotted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BlockIndex, "reslot", lambda self, c: None)  # every event stays in the no-place slot


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_place_slots_join_the_same_events(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    mentions = _mentions(600, seed)
    random.Random(seed).shuffle(mentions)
    got = _run(mentions)
    with monkeypatch.context() as mp:
        _unslotted(mp)
        plain = _run(mentions)
    assert got == plain
    assert len(plain[1]) < len(mentions)


@pytest.mark.parametrize("seed", [7, 8])
def test_place_slots_with_stored_and_removed_mentions(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stored events (filed from their reindexed signatures), some of their mentions removed (events shrink
    or vanish, and move slot), then new mentions and consolidation: the same rows as without slots."""
    new = _mentions(400, seed + 100, prefix="n")
    removed = {m["mention_id"] for c in _stored(seed) for m in c.mentions[::3]}
    got = merge_group(_stored(seed), [dict(m) for m in new], removed, set(), UPDATED)
    with monkeypatch.context() as mp:
        _unslotted(mp)
        plain = merge_group(_stored(seed), [dict(m) for m in new], removed, set(), UPDATED)
    assert got == plain


def test_candidates_hold_every_event_the_place_allows() -> None:
    """Before each mention joins: every live event of its cells (whatever their slot) that ``excludes`` does
    not reject for its place is a candidate, every event is filed in its current slot only, and the events
    left out are all incompatible with the mention."""
    merger = Merger()
    index = merger.index
    left_out = 0
    for m in _mentions(600, 31):
        fm = _feat(m)
        found = merger.candidates(m)
        every = set().union(*(index.filed(k) for k in lookup_keys(m)))
        assert found <= every
        for eid in every - found:
            c = merger.clusters.get(eid)
            if c is None:
                continue
            left_out += 1
            assert fm.place and c.places and (len(c.places) > 1 or fm.place not in c.places)
            assert not all(_compatible(fm, fo) for fo in c.feats)
        merger.add(m)
        for eid, c in merger.clusters.items():
            assert index._slot.get(eid) == _place_slot(c.places)
    assert left_out > 100
    for k, slots in index.cells.items():  # no event in two slots of one cell
        seen: set[str] = set()
        for ids in slots.values():
            live = {e for e in ids if e in merger.clusters}
            assert not live & seen, k
            seen |= live


def test_a_place_gained_later_moves_the_event() -> None:
    """An event founded without a place and given one later is found by mentions of that place, not of another."""
    base = _mentions(1, 5)[0] | {"place_country": None, "place_name": None}
    merger = Merger()
    eid = merger.add(dict(base))
    merger.add(dict(base, mention_id="x2", article_id="other", place_country="CHN", place_name="Beijing"))
    assert merger.clusters[eid].places == {"CHN"}
    assert eid in merger.candidates(dict(base, mention_id="x3", article_id="third", place_country="CHN"))
    assert eid not in merger.candidates(dict(base, mention_id="x4", article_id="fourth", place_country="IDN"))
    assert eid in merger.candidates(dict(base, mention_id="x5", article_id="fifth"))
    assert merge._SEVERAL == _place_slot({"CHN", "IDN"})
