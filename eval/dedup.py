"""Evaluate duplicate detection: precision, recall and F1 per kind, and false merges.

Sets: the generated gold (eval/gold/dedup_variants.jsonl, from eval/gen_variants.py; its base
articles also served to set thresholds), the held-out generated gold (dedup_variants_heldout.jsonl,
from base articles written after the thresholds were set), the sample
corpus (src/tidings/data/sample with eval/gold/sample_articles.jsonl) and the development gold
(/work/shared/data/dev) and the four dev-world batches (world1..world4, written by other authors;
batch 4 holds condensed machine rewrites and independent reports of one happening); all but the
generated sets need tidings.ingest and are skipped, with a note, without it.

Scoring, per kind K (exact, near, rewrite):
- recall: share of articles the gold marks as a K copy that land in the same predicted source
  group as their gold original;
- precision: share of articles predicted as K copies whose predicted original is, in the gold, in
  the same copy group (an other-kind copy counts as right: the group is what counts sources);
- false merges: pairs of articles in one predicted group that the gold keeps apart, printed.

Usage: .venv/bin/python eval/dedup.py [--sets generated,sample,dev] [--calibrate [--limit N]]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEV = Path(__file__).resolve().parents[2] / "shared/data/dev"
WORLD = Path(__file__).resolve().parents[2] / "shared/data/dev-world"
PUBLIC = Path(__file__).resolve().parents[2] / "shared/data/public/dup"
KINDS = ("exact", "near", "rewrite")


# -- loading sets -------------------------------------------------------------------------------
def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def load_set(name: str, store: Any) -> tuple[dict[str, dict], str | None]:
    """Fill ``store`` with a set's articles; return gold rows keyed by article_id (or a skip reason)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from article_records import insert_articles  # tests' helper: plain records straight into the store

    if name in ("generated", "heldout"):
        rows = _jsonl(HERE / "gold" / ("dedup_variants.jsonl" if name == "generated" else "dedup_variants_heldout.jsonl"))
        ids = insert_articles(store, rows)
        by_ref = {r["ref"]: i for r, i in zip(rows, ids)}
        return {i: {**r, "duplicate_of": by_ref.get(r["duplicate_of"])} for r, i in zip(rows, ids)}, None
    if name == "sample":
        corpus, gold_path = REPO / "src/tidings/data/sample", HERE / "gold" / "sample_articles.jsonl"
    elif name == "dev":
        corpus, gold_path = DEV / "corpus", DEV / "gold" / "articles.jsonl"
    elif name.startswith("world"):  # world1..world4: dev-world batchN (manifest ids are the refs)
        corpus = WORLD / f"batch{name[5:]}" / "manifest.jsonl"
        gold_path = corpus.parent / "gold" / "articles.jsonl"
    else:
        raise SystemExit(f"unknown set {name}")
    if not gold_path.exists() or not corpus.exists():
        return {}, f"{gold_path} or {corpus} missing"
    try:
        from tidings.ingest import ingest
    except ImportError:
        return {}, "tidings.ingest.ingest is not available yet"
    ingest(store, [corpus])
    gold = _jsonl(gold_path)
    if name.startswith("world"):
        gold = [{**g, "ref": f"manifest.jsonl#{g['ref']}",
                 "duplicate_of": g["duplicate_of"] and f"manifest.jsonl#{g['duplicate_of']}"} for g in gold]
    ref_id = match_refs(store, [g["ref"] for g in gold])
    out = {}
    for g in gold:
        aid = ref_id.get(g["ref"])
        if aid:
            out[aid] = {**g, "duplicate_of": ref_id.get(g["duplicate_of"]) if g["duplicate_of"] else None}
    missing = [g["ref"] for g in gold if g["ref"] not in ref_id]
    if missing:
        print(f"  [{name}] {len(missing)} gold refs not matched to articles: {missing[:5]}")
    return out, None


def _natural(loc: str | None) -> list:
    return [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", loc or "")]


def match_refs(store: Any, refs: list[str]) -> dict[str, str]:
    """Gold refs to article ids. 'path' is a whole file, 'path!member' an archive member, 'path#id' a
    manifest/feed id, 'path#N' the N-th article found in the file (in locator order)."""
    rows = store.query("SELECT s.article_id, s.source_path, s.source_locator, a.external_id FROM article_sources s "
                       "JOIN articles a USING (article_id)")
    out: dict[str, str] = {}
    for ref in refs:
        head, _, loc = ref.partition("#")
        path, _, member = head.partition("!")
        cands = [r for r in rows if r["source_path"].replace("\\", "/").endswith(path)]
        if member:
            cands = [r for r in cands if (r["source_locator"] or "") == member]
        if loc:
            by_id = [r for r in cands if r["external_id"] in (loc, f"<{loc}>")]
            if by_id:
                cands = by_id
            elif loc.isdigit():
                cands = sorted(cands, key=lambda r: _natural(r["source_locator"]))[int(loc) - 1:int(loc)]
            else:
                cands = []
        if cands:
            out[ref] = cands[0]["article_id"]
    return out


# -- scoring -------------------------------------------------------------------------------------
def _groups(links: dict[str, str | None]) -> dict[str, str]:
    from tidings.dedup.groups import UnionFind

    uf = UnionFind()
    for a, b in links.items():
        uf.find(a)
        if b:
            uf.union(a, b)
    return {a: str(uf.find(a)) for a in links}


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, Any]:
    ggroup = _groups({a: g["duplicate_of"] for a, g in gold.items()})
    res: dict[str, Any] = {}
    for kind in KINDS + ("any",):
        gold_k = [a for a, g in gold.items() if g["dup_kind"] and (kind == "any" or g["dup_kind"] == kind)]
        pred_k = [a for a, p in pred.items() if a in gold and p["dup_kind"] and (kind == "any" or p["dup_kind"] == kind)]
        tp_r = sum(1 for a in gold_k if pred[a]["source_group"] == pred.get(gold[a]["duplicate_of"], {}).get("source_group"))
        tp_p = sum(1 for a in pred_k if pred[a]["duplicate_of"] in ggroup and ggroup[a] == ggroup[pred[a]["duplicate_of"]])
        p = tp_p / len(pred_k) if pred_k else 1.0
        r = tp_r / len(gold_k) if gold_k else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        kind_ok = sum(1 for a in gold_k if pred[a]["dup_kind"] == gold[a]["dup_kind"])
        res[kind] = {"gold": len(gold_k), "pred": len(pred_k), "P": p, "R": r, "F1": f, "kind_agrees": kind_ok}
    members = defaultdict(list)
    for a, p in pred.items():
        if a in gold:
            members[p["source_group"]].append(a)
    res["false_merges"] = [(a, b) for ms in members.values() for i, a in enumerate(ms) for b in ms[i + 1:]
                           if ggroup[a] != ggroup[b]]
    return res


def run_set(name: str, *, verbose: bool = True) -> dict[str, Any] | None:
    from tidings.dedup.stage import dedup_batch
    from tidings.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.duckdb") as store:
        gold, skip = load_set(name, store)
        if skip:
            print(f"[{name}] skipped: {skip}")
            return None
        from tidings.dedup.stage import VERSION
        ids = store.pending("dedup", VERSION)
        t0 = time.perf_counter()
        counts = dedup_batch(store, ids)
        secs = time.perf_counter() - t0
        pred = {r["article_id"]: r for r in store.query("SELECT * FROM duplicates")}
        ref = {r["article_id"]: (r["external_id"] or r["source_path"]) for r in
               store.query("SELECT article_id, external_id, source_path FROM articles")}
        res = score(gold, pred)
        print(f"[{name}] {len(ids)} articles, {counts['candidates']} candidate pairs, {counts['embedded']} embedded, "
              f"{secs:.1f} s")
        for kind in KINDS + ("any",):
            m = res[kind]
            print(f"  {kind:8s} gold {m['gold']:3d} pred {m['pred']:3d}  P {m['P']:.3f}  R {m['R']:.3f}  "
                  f"F1 {m['F1']:.3f}  (kind agrees on {m['kind_agrees']}/{m['gold']})")
        print(f"  false merges: {len(res['false_merges'])}")
        for a, b in res["false_merges"]:
            print(f"    {ref.get(a)} ~ {ref.get(b)}  (pred kinds {pred[a]['dup_kind']}/{pred[b]['dup_kind']})")
        if verbose:
            for a, g in gold.items():
                p = pred.get(a, {})
                want = (ref.get(g["duplicate_of"]), g["dup_kind"])
                got = (ref.get(p.get("duplicate_of")), p.get("dup_kind"))
                if want != got:
                    print(f"    diff {ref.get(a)}: gold {want} pred {got} sim {p.get('similarity')}")
        if name in ("generated", "heldout"):
            hard = [a for a, g in gold.items() if g.get("variant") in ("own", "template")]
            origs = {g["ref"].split("-")[0]: a for a, g in gold.items() if g.get("variant") == "orig"}
            bad = [ref[a] for a in hard if pred[a]["source_group"] == pred[origs[gold[a]["ref"].split("-")[0]]]["source_group"]]
            print(f"  hard negatives (own reports, same-template other day): {len(hard)}, merged with their "
                  f"original: {len(bad)} {bad}")
        return res


# -- calibration on public paraphrase sets -----------------------------------------------------------
def calibrate(limit: int) -> None:
    """Sentence cosine threshold: F1 on MRPC train and separation on STS-B main-news pairs."""
    import numpy as np

    from tidings.dedup.embed import load_model
    from tidings.dedup.verify import SENT_COS

    m = load_model()
    rows = [x.rstrip("\n").split("\t") for x in
            (PUBLIC / "mrpc/msr_paraphrase_train.canonical4076.txt").read_text(encoding="utf-8-sig").splitlines()[1:]]
    rows = rows[:limit]
    y = np.array([int(r[0]) for r in rows])
    c = (m.encode([r[3] for r in rows]) * m.encode([r[4] for r in rows])).sum(1)
    print(f"MRPC train ({len(rows)} pairs): threshold -> P / R / F1")
    for th in np.arange(0.60, 0.90, 0.02):
        pr = c >= th
        tp = int((pr & (y == 1)).sum())
        p, r = tp / max(int(pr.sum()), 1), tp / int((y == 1).sum())
        mark = "  <- SENT_COS" if abs(th - SENT_COS) < 0.011 else ""
        print(f"  {th:.2f}  {p:.3f} / {r:.3f} / {2 * p * r / (p + r):.3f}{mark}")
    sts = [x.split("\t") for x in (PUBLIC / "stsb_test/sts-test.csv").read_text(encoding="utf-8").splitlines()]
    sts = [r for r in sts if r[0] == "main-news"][:limit]
    s = np.array([float(r[4]) for r in sts])
    cs = (m.encode([r[5] for r in sts]) * m.encode([r[6] for r in sts])).sum(1)
    hi, lo = cs[s >= 4.0], cs[s <= 2.0]
    print(f"STS-B main-news ({len(sts)} pairs): score>=4 cos median {np.median(hi):.3f} (10th pct "
          f"{np.percentile(hi, 10):.3f}); score<=2 cos median {np.median(lo):.3f} (90th pct {np.percentile(lo, 90):.3f}); "
          f"at SENT_COS={SENT_COS}: {np.mean(hi >= SENT_COS):.2f} of >=4 and {np.mean(lo >= SENT_COS):.2f} of <=2 align")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="generated,heldout,sample,dev,world1,world2,world3,world4")
    ap.add_argument("--calibrate", action="store_true", help="also print MRPC / STS-B sentence threshold calibration")
    ap.add_argument("--limit", type=int, default=1000, help="pairs per public set for --calibrate")
    ap.add_argument("--quiet", action="store_true", help="do not list per-article differences")
    args = ap.parse_args(argv)
    for name in args.sets.split(","):
        run_set(name.strip(), verbose=not args.quiet)
    if args.calibrate:
        calibrate(args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
