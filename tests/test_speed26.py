"""Session 26 throughput: ``Merger.add`` with its candidate loop unsorted and ``Cluster.excludes`` inlined gives
the same events as the plain form (sorted candidates, ``excludes`` called), spelled out here.

The made-up mentions of tests/test_speed23.py crowd a few cells with several types, dyads, named people, places,
calls and visits and dates, so many candidates tie on score (the smallest event id must win, as in sorted order)
and many are excluded by each of the inlined tests.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from test_speed23 import UPDATED, _mentions, _stored

from tidings.reconcile.merge import Cluster, Merger, _compatible, _feat, _score, block_months, new_event_id
from tidings.reconcile.stage import merge_group


class PlainMerger(Merger):
    """``Merger.add`` as it was at 57ed411: candidates in sorted order, the first best score kept."""

    def add(self, m: dict[str, Any]) -> str:
        best, best_score = None, -1.0
        fm = _feat(m)
        rejected = self._rejected.setdefault(fm.sig, set())
        for eid in sorted(self.candidates(m)):
            c = self.clusters.get(eid)
            if c is None or eid in rejected or c.excludes(fm):
                continue
            for fo in c.feats:
                if not _compatible(fm, fo):
                    if fo.article != fm.article:
                        rejected.add(eid)
                    break
            else:
                sc = _score(fm, c)
                if sc > best_score:
                    best, best_score = c, sc
        if best is None:
            best = Cluster(new_event_id(m["mention_id"]))
            self.clusters[best.event_id] = best
            if block_months(m)[0] in ("none", "wide"):
                self.founded.add(best.event_id)
        if best.add(m):
            self._index(best, m)
        self.touched.add(best.event_id)
        return best.event_id


def _run(cls: type[Merger], mentions: list[dict[str, Any]], stored: list[Cluster] = ()) -> tuple:
    merger = cls(stored)
    ids = [merger.add(dict(m)) for m in mentions]
    merger.consolidate()
    events = sorted((e, sorted(x["mention_id"] for x in c.mentions)) for e, c in merger.clusters.items())
    return ids, events, sorted(merger.touched)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_candidate_loop_joins_the_same_events(seed: int) -> None:
    mentions = _mentions(600, seed)
    random.Random(seed).shuffle(mentions)  # another arrival order: other ties
    plain = _run(PlainMerger, mentions)
    assert _run(Merger, mentions) == plain
    assert len(plain[1]) < len(mentions)  # the case merges (many events join)


@pytest.mark.parametrize("seed", [7, 8])
def test_the_candidate_loop_joins_stored_events_the_same_way(seed: int) -> None:
    new = _mentions(400, seed + 100, prefix="n")
    assert _run(Merger, new, _stored(seed)) == _run(PlainMerger, new, _stored(seed))


def test_merged_rows_are_the_same() -> None:
    import tidings.reconcile.stage as stage

    new = _mentions(500, 11)
    got = merge_group(_stored(3), new, set(), set(), UPDATED)
    original = stage.Merger
    stage.Merger = PlainMerger  # type: ignore[misc]
    try:
        plain = merge_group(_stored(3), _mentions(500, 11), set(), set(), UPDATED)
    finally:
        stage.Merger = original  # type: ignore[misc]
    assert got == plain


def test_the_inlined_exclusion_agrees_with_excludes() -> None:
    """Every candidate the loop skips before the compatibility test is one ``Cluster.excludes`` rejects."""
    mentions = _mentions(600, 21)
    merger = Merger()
    seen = 0
    for m in mentions:
        fm = _feat(m)
        for eid in merger.candidates(m):
            c = merger.clusters[eid]
            if c.excludes(fm):
                seen += 1
                # an excluded event is never chosen: no signature pair of it may be compatible with every one
                assert not all(_compatible(fm, fo) for fo in c.feats)
        merger.add(m)
    assert seen > 100
