"""Actor resolution: precision/recall/F1 per field on the dev gold and on our own gold.

Usage: .venv/bin/python eval/actors.py [--verbose] [--only dev|own]

Our own gold (eval/gold/actors_own.jsonl) has a "heldout" part, written after the rules were
fixed and not tuned on; it is reported separately.

Gold mentions are matched to predicted mentions by equal text (case-insensitive) anywhere in the
article, else by overlapping an occurrence of the mention. Gold lists only some mentions of each
article, so precision is measured on matched mentions: a predicted value that differs from the
gold (including a value where the gold has none) is a false positive; a gold value not predicted
is a false negative. "person" is the canonical field restricted to gold mentions of people.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"
OWN = ROOT / "eval" / "gold" / "actors_own.jsonl"
FIELDS = ("canonical", "country", "sector", "role")


def _norm(v: Any) -> str | None:
    return None if v in (None, "") else str(v).strip().lower()


def _dev_articles() -> dict[str, tuple[str, dt.date | None]]:
    """ref -> (cleaned text, published date), by ingesting the dev corpus into a memory store."""
    from tidings.ingest import ingest
    from tidings.store import Store

    s = Store(":memory:")
    ingest(s, [DEV / "corpus"], workers=1)
    out = {}
    for r in s.query("SELECT a.text, a.published_date, a.external_id, s.source_path, s.source_locator "
                     "FROM articles a JOIN article_sources s USING (article_id)"):
        name = Path(r["source_path"]).name
        loc = r["source_locator"] or ""
        refs = [name]
        if r["external_id"]:
            refs.append(f"{name}#{r['external_id']}")
        if loc.startswith("item "):
            refs.append(f"{name}#{loc.split()[1]}")
        for ref in refs:
            out[ref] = (r["text"], r["published_date"])
    s.close()
    return out


def _load(which: str) -> list[dict[str, Any]]:
    if which == "own":
        rows = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line.strip()]
        for r in rows:
            r["published"] = dt.date.fromisoformat(r["published"]) if r.get("published") else None
        return rows
    arts = _dev_articles()
    rows = [json.loads(line) for line in (DEV / "gold" / "actors.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        r["text"], r["published"] = arts[r["ref"]]
    return rows


def _match(gold: dict[str, Any], preds: list[Any]) -> Any | None:
    want = gold["mention"].lower()
    same = [p for p in preds if p.text.lower() == want]
    if same:
        return same[0]
    text, best, best_ov = gold["text"], None, 0
    start = text.find(gold["mention"])
    while start >= 0:
        end = start + len(gold["mention"])
        for p in preds:
            ov = min(end, p.end) - max(start, p.start)
            if ov > best_ov:
                best, best_ov = p, ov
        start = text.find(gold["mention"], start + 1)
    return best


def _pred_value(p: Any, field: str) -> str | None:
    if p is None:
        return None
    if field == "canonical":
        return _norm(p.name) if p.resolved else None
    return _norm(getattr(p, field))


def evaluate(rows: list[dict[str, Any]], *, verbose: bool) -> dict[str, tuple[float, float, float, int]]:
    from tidings.actors import kb, resolve
    from tidings.nlp import load_nlp

    nlp = load_nlp()
    cache: dict[tuple[str, Any], list[Any]] = {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    misses = []
    for g in rows:
        key = (g["text"], g["published"])
        if key not in cache:
            cache[key] = resolve(nlp(g["text"]), published=g["published"])
        p = _match(g, cache[key])
        is_person = bool(g.get("role")) or any(a.kind == "person" for a in kb().search(g.get("canonical") or "\0")[:1])
        fields = list(FIELDS) + (["person"] if is_person else [])
        for f in fields:
            gv = _norm(g.get("canonical" if f == "person" else f))
            pv = _pred_value(p, "canonical" if f == "person" else f)
            c = counts[f]
            if gv is not None and pv == gv:
                c[0] += 1
            else:
                if pv is not None:
                    c[1] += 1
                if gv is not None:
                    c[2] += 1
                if f != "person" and gv != pv:
                    misses.append((f, g["mention"], gv, pv, p.text if p is not None else None, g.get("ref") or g["published"]))
    out = {}
    for f, (tp, fp, fn) in counts.items():
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[f] = (prec, rec, f1, tp + fn)
    if verbose:
        for f, mention, gv, pv, ptext, where in misses:
            print(f"  MISS {f:9} {mention!r:45} gold={gv!r} pred={pv!r} (matched {ptext!r}; {where})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="print every miss")
    ap.add_argument("--only", choices=("dev", "own"))
    args = ap.parse_args(argv)
    for which in ("dev", "own"):
        if args.only and args.only != which:
            continue
        if which == "dev" and not DEV.exists():
            print("dev gold not found, skipped", file=sys.stderr)
            continue
        rows = _load(which)
        splits = {which: rows}
        if which == "own":  # rows marked heldout were written after the rules were fixed
            splits = {"own (all)": rows, **{f"own {k}": [r for r in rows if r.get("split") == k] for k in ("heldout", "heldout2")}}
        for name, part in splits.items():
            print(f"== {name}: {len(part)} gold mentions")
            res = evaluate(part, verbose=args.verbose and "heldout" not in name)
            for f in (*FIELDS, "person"):
                if f in res:
                    p, r, f1, n = res[f]
                    print(f"  {f:10} P={p:.3f} R={r:.3f} F1={f1:.3f} (n={n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
