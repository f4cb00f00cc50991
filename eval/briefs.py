"""Evaluate the extractive briefs (issue 11) on every development corpus.

    .venv/bin/python eval/briefs.py [--sets sample,dev,world1,world2,world3,world4] [--verbose]

Runs the real pipeline on each corpus in a temporary store (the bundled sample corpus, ../shared/data/dev
and the four dev-world batches), then, for every must-have gold event that has a country on both sides,
asks for the brief of its dyad over the event's own gold period (its date, month, year or window; an
undated event: the days its reporting articles were published) and reports:

- verbatim: the share of quoted sentences (over every brief made) found, whitespace collapsed, in
  every article they cite (target 100%);
- coverage: the share of must-have events that appear in their brief: an event of an acceptable
  type between the gold countries (either direction when the gold says `sym`), in the section its
  status belongs to (occurred: what happened / what was agreed; planned: what is planned next)
  (target >= 0.9); negated gold events have no section in a brief and are counted apart;
- copies: cited articles that are a copy of another cited article, by the store's duplicates and
  by the gold `duplicate_of` (target 0).

Coverage is bounded by event coding (another issue): a missed event is usually an event the coder did
not find, so the script also prints the same share counted against the events table directly
("in store"), which tells a brief's own losses from the coder's.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared/data"
SETS = {
    "sample": (ROOT / "src/tidings/data/sample", ROOT / "eval/gold/sample_events.jsonl", ROOT / "eval/gold/sample_articles.jsonl"),
    "dev": (SHARED / "dev/corpus", SHARED / "dev/gold/events.jsonl", SHARED / "dev/gold/articles.jsonl"),
    **{f"world{i}": (SHARED / f"dev-world/batch{i}/manifest.jsonl", SHARED / f"dev-world/batch{i}/gold/events.jsonl",
                     SHARED / f"dev-world/batch{i}/gold/articles.jsonl") for i in range(1, 5)},
}


def _events_eval() -> Any:
    spec = importlib.util.spec_from_file_location("_eval_events", ROOT / "eval/events.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _refmap(store: Any, refs: set[str], corpus: Path, ev: Any) -> dict[str, str]:
    if corpus.suffix == ".jsonl":   # dev-world: refs are manifest ids
        rows = store.query("SELECT article_id, external_id FROM articles")
        by_ext = {r["external_id"]: r["article_id"] for r in rows}
        return {r: by_ext[r] for r in refs if r in by_ext}
    return _refmap_from_store(store, refs)


def _window(d: Any) -> Any:
    """A gold date (a TIMEX value or a [from, to] pair) as a (first, last) day window.
    (eval/events.py had this and _actors_ok until 8ae83cf; kept here.)"""
    from tidings.timex import resolve_date

    if d is None:
        return None
    if isinstance(d, list):
        a, b = resolve_date(d[0]), resolve_date(d[1])
        return (a[0], b[1]) if a and b else None
    return resolve_date(d)


def _actors_ok(g: dict[str, Any], e: dict[str, Any]) -> bool:
    def ok(gc: str, ec: Any) -> bool:
        return gc == "*" or gc == ec
    s, t = e["source_country"], e["target_country"]
    if ok(g["source"], s) and ok(g["target"], t):
        return True
    return bool(g.get("sym")) and ok(g["source"], t) and ok(g["target"], s)


def _refmap_from_store(store: Any, refs: set[str]) -> dict[str, str]:
    """Gold refs (`file`, `file#N`, `archive!member`) to stored article ids, by each article's sources.
    (eval/events.py had this until it moved to worldcheck's definitions in 8ae83cf; kept here.)"""
    rows = store.query("SELECT s.article_id, s.source_path, s.source_locator, a.external_id FROM article_sources s "
                       "JOIN articles a USING (article_id)")
    out = {}
    for ref in refs:
        file, _, frag = ref.partition("#")
        inner = None
        if "!" in file:
            file, inner = file.split("!", 1)
        for r in rows:
            sp = str(r["source_path"])
            if not (sp.endswith("/" + file) or sp == file or Path(sp).name == Path(file).name and "/" not in file):
                continue
            loc = str(r["source_locator"] or "")
            if inner and inner not in loc:
                continue
            if frag and not (r["external_id"] == frag or loc.split()[-1:] == [frag] or loc == frag or loc.endswith(f" {frag}")):
                continue
            out[ref] = r["article_id"]
            break
    return out


def _norm(s: str) -> str:
    return " ".join((s or "").split())


def evaluate(name: str, tmp: Path, ev: Any, verbose: bool) -> dict[str, Any]:
    import tidings
    from tidings.analysis import brief

    corpus, gold_events, gold_articles = SETS[name]
    t = tidings.open(tmp / f"{name}.duckdb")
    t.run([corpus])
    gold = [json.loads(line) for line in gold_events.open(encoding="utf-8") if line.strip()]
    arts_gold = [json.loads(line) for line in gold_articles.open(encoding="utf-8") if line.strip()]
    refs = {r for g in gold for r in g["refs"]} | {a["ref"] for a in arts_gold}
    refmap = _refmap(t.store, refs, corpus, ev)
    published = {r["article_id"]: r["published_date"] for r in t.query("SELECT article_id, published_date FROM articles")}
    gold_copy_of = {refmap[a["ref"]]: refmap.get(a["duplicate_of"]) for a in arts_gold
                    if a.get("duplicate_of") and a["ref"] in refmap}
    store_copy_of = {r["article_id"]: r["duplicate_of"] for r in t.query("SELECT article_id, duplicate_of FROM duplicates")}
    texts: dict[str, str] = {}

    briefs: dict[tuple, dict[str, Any]] = {}
    res: Counter[str] = Counter()
    misses = []
    for g in gold:
        if not g.get("must"):
            continue
        if "*" in (g["source"], g["target"]) or g["source"] == g["target"]:
            res["no_dyad"] += 1
            continue
        if g["status"] == "negated":
            res["negated"] += 1
            continue
        win = _window(g.get("date"))
        if win is None:
            days = [published.get(refmap.get(r)) for r in g["refs"]]
            days = [d for d in days if d]
            if not days:
                res["no_period"] += 1
                continue
            win = (min(days), max(days))
        key = (f"{g['source']}-{g['target']}", win[0], win[1])
        if key not in briefs:
            briefs[key] = brief(t, dyad=key[0], date_from=win[0], date_to=win[1])
        b = briefs[key]
        sections = ("happened", "agreed") if g["status"] != "planned" else ("planned",)
        shown = [e for s in sections for it in b[s] for e in it["events"]]
        res["must"] += 1
        hit = any(e["type"] in g["types"] and _actors_ok(g, e) for e in shown)
        res["covered"] += hit
        in_store = any(e["type"] in g["types"] and _actors_ok(g, e) and e["status"] in _statuses(g)
                       for e in _store_events(t, key))
        res["in_store"] += in_store
        if not hit:
            misses.append((g["id"], g["types"][0], key, "coded but not in brief" if in_store else "not coded"))

    for b in briefs.values():
        by_n = {s["n"]: s["article_id"] for s in b["sources"]}
        need = [a for a in by_n.values() if a not in texts]
        if need:
            texts.update({r["article_id"]: _norm(r["text"]) for r in
                          t.query("SELECT article_id, text FROM articles WHERE list_contains(?, article_id)", [need])})
        quoted = [it for s in ("happened", "agreed", "planned") for it in b[s] if it["sentence"]]
        quoted += [v for d in b["disagreements"] for v in d["values"] if v["sentence"]]
        for it in quoted:
            res["sentences"] += 1
            ok = bool(it["cite"]) and all(it["sentence"] in texts.get(by_n[n], "") for n in it["cite"])
            res["verbatim"] += ok
            if not ok and verbose:
                print(f"  NOT VERBATIM: {it['sentence'][:120]!r} cites {it['cite']}")
        cited = set(by_n.values())
        res["cited"] += len(cited)
        res["copy_store"] += sum(1 for a in cited if store_copy_of.get(a) in cited)
        res["copy_gold"] += sum(1 for a in cited if gold_copy_of.get(a) in cited)
    res["briefs"] = len(briefs)
    t.close()
    if verbose:
        for m in misses:
            print(f"  MISS {m[0]} ({m[1]} {m[2][0]} {m[2][1]}..{m[2][2]}): {m[3]}")
    return dict(res)


def _statuses(g: dict[str, Any]) -> tuple[str, ...]:
    return ("planned", "proposed") if g["status"] == "planned" else ("occurred", "ongoing")


def _store_events(t: Any, key: tuple) -> list[dict[str, Any]]:
    from tidings.analysis._common import dyad_events, parse_dyad

    return dyad_events(t.store.con, parse_dyad(key[0]), date_from=key[1], date_to=key[2])


def _pct(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated: " + ", ".join(SETS))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    ev = _events_eval()
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="tidings-briefs-") as tmp:
        for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
            if name not in SETS:
                print(f"unknown set {name!r}", file=sys.stderr)
                return 2
            if not SETS[name][0].exists():
                print(f"{name}: {SETS[name][0]} not found, skipped")
                continue
            r = Counter(evaluate(name, Path(tmp), ev, args.verbose))
            total.update(r)
            _report(name, r)
    _report("ALL", total)
    return 0


def _report(name: str, r: Counter[str]) -> None:
    print(f"{name:7s} briefs {r['briefs']:4d} | verbatim {_pct(r['verbatim'], r['sentences'])} | "
          f"must-have coverage {_pct(r['covered'], r['must'])} (in store {_pct(r['in_store'], r['must'])}) | "
          f"cited copies of cited: store {r['copy_store']}, gold {r['copy_gold']} of {r['cited']} cited | "
          f"not applicable: negated {r['negated']}, no dyad {r['no_dyad']}, no period {r['no_period']}")


if __name__ == "__main__":
    sys.exit(main())
