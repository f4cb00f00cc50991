"""Dedup gives the same answer whatever order the store returns candidate pairs and links in.

Session 21 found three different ``duplicates`` tables from one 4,000-article store: DuckDB returns
the candidate pairs in no fixed order, and the cut to the best near-copy candidates kept different
ones among equal hits. These tests give the same ties in opposite orders."""

from __future__ import annotations

import datetime as dt
import itertools

from tidings.dedup import stage
from tidings.dedup.groups import Link, assign_groups
from tidings.dedup.signatures import ANCHOR, NEAR


def test_equal_near_candidates_are_cut_in_canonical_order(monkeypatch) -> None:
    monkeypatch.setattr(stage, "MAX_NEAR_CANDIDATES", 2)
    dates = {"w3": dt.date(2024, 5, 2), "w1": dt.date(2024, 5, 1), "w2": dt.date(2024, 5, 1), "w9": dt.date(2024, 4, 1)}
    hits = [("w3", {NEAR: 2}), ("w2", {NEAR: 2}), ("w1", {NEAR: 2}), ("w9", {NEAR: 1}), ("x", {ANCHOR: 0})]
    got = {tuple(stage._near_candidates(list(p), dates)) for p in itertools.permutations(hits)}
    # the most hits first; among equals the earliest, then by id; fewer hits and no near key are cut
    assert got == {("w1", "w2")}


def test_groups_do_not_depend_on_the_order_of_links() -> None:
    dates = {"a": dt.date(2024, 5, 1), "b": dt.date(2024, 5, 2), "c": dt.date(2024, 5, 2)}
    links = [
        Link("b", "a", "near", 0.9, "minhash-lsh+containment"),
        Link("b", "a", "near", 0.9, "lead-shingles+no-swaps"),  # one pair found twice (two batches)
        Link("c", "a", "near", 0.9, "minhash-lsh+containment"),
        Link("c", "b", "near", 0.9, "lead-shingles+no-swaps"),
        Link("c", "b", "exact", 1.0, "folded-text-hash"),
    ]
    rows = {frozenset(assign_groups(["a", "b", "c"], p, dates)) for p in itertools.permutations(links)}
    assert len(rows) == 1
    (one,) = rows
    assert {r.article_id: r.duplicate_of for r in one} == {"a": None, "b": "a", "c": "a"}
