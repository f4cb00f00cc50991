"""Evaluate story assignment: B-cubed precision, recall and F1 against gold story labels.

Sets as in eval/dedup.py: the generated gold (variants without a story label, i.e. same-template
articles two days apart, are left out of the score), the sample corpus and the development gold
(both need tidings.ingest). Also runs the same set in two batches to show the incremental path
gives the same answer as one batch.

Usage: .venv/bin/python eval/stories.py [--sets generated,sample,dev]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dedup import load_set  # noqa: E402  (eval/dedup.py)
from tidings.dedup.stage import VERSION as DEDUP_VERSION  # noqa: E402


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed over the gold-labelled articles (Bagga & Baldwin 1998)."""
    items = [a for a in gold if a in pred]
    pc, gc = defaultdict(set), defaultdict(set)
    for a in items:
        pc[pred[a]].add(a)
        gc[gold[a]].add(a)
    p = sum(len(pc[pred[a]] & gc[gold[a]]) / len(pc[pred[a]]) for a in items) / len(items)
    r = sum(len(pc[pred[a]] & gc[gold[a]]) / len(gc[gold[a]]) for a in items) / len(items)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def run_set(name: str, *, batches: int = 1) -> tuple[float, float, float] | None:
    from tidings.dedup.stage import dedup_batch
    from tidings.stories.stage import assign_batch
    from tidings.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.duckdb") as store:
        gold_rows, skip = load_set(name, store)
        if skip:
            print(f"[{name}] skipped: {skip}")
            return None
        ids = store.pending("dedup", DEDUP_VERSION)  # date order
        t0 = time.perf_counter()
        size = -(-len(ids) // batches)
        for i in range(0, len(ids), size):
            dedup_batch(store, ids[i:i + size])
            assign_batch(store, ids[i:i + size])
        secs = time.perf_counter() - t0
        pred = {r["article_id"]: r["story_id"] for r in store.query("SELECT article_id, story_id FROM story_articles")}
        gold = {a: g["story"] for a, g in gold_rows.items() if g.get("story")}
        p, r, f = bcubed(pred, gold)
        ref = {r["article_id"]: (r["external_id"] or r["source_path"]) for r in
               store.query("SELECT article_id, external_id, source_path FROM articles")}
        print(f"[{name}] {len(gold)} labelled articles in {len(set(gold.values()))} gold stories, "
              f"{len(set(pred[a] for a in gold))} predicted; {batches} batch(es), {secs:.1f} s")
        print(f"  B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        by_gold = defaultdict(set)
        for a, g in gold.items():
            by_gold[g].add(pred.get(a))
        for g, ps in sorted(by_gold.items()):
            if len(ps) > 1:
                print(f"    split: {g} -> {len(ps)} stories: "
                      + "; ".join(sorted(ref[a] for a in gold if gold[a] == g))[:300])
        by_pred = defaultdict(set)
        for a in gold:
            by_pred[pred.get(a)].add(gold[a])
        for sid, gs in sorted(by_pred.items(), key=lambda kv: str(kv[0])):
            if len(gs) > 1:
                print(f"    merged: {sorted(gs)}")
        return p, r, f


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="generated,heldout,sample,dev")
    args = ap.parse_args(argv)
    for name in args.sets.split(","):
        run_set(name.strip())
        if name.strip() == "generated":
            run_set(name.strip(), batches=4)
    return 0


if __name__ == "__main__":
    sys.exit(main())
