"""Evaluate dialogue channel states (issue 11) against a small hand-made gold.

    .venv/bin/python eval/channels.py [--sets sample,world1] [--verbose]

The gold (eval/gold/channels_sample.jsonl, eval/gold/channels_world1.jsonl) was written from reading
the articles of the bundled sample corpus and of ../shared/data/dev-world/batch1: for each channel of
data/analysis/channels.yaml, its state at the end of the corpus (active, suspended, resumed, no contact
recorded), the date of that state (suspended since / resumed on), the date of the last contact and of
the next planned contact. Dates are a day, a month (any day of it matches) or a [from, to] window.

Runs the real pipeline on each corpus in a temporary store, then `tidings.analysis.channels` and prints,
per set: state accuracy, date accuracy of the state (for suspended/resumed gold), last-contact accuracy
(a channel with no contact in the gold must have none), next-planned accuracy where the gold has one.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared/data"
SETS = {
    "sample": (ROOT / "src/tidings/data/sample", ROOT / "eval/gold/channels_sample.jsonl"),
    "world1": (SHARED / "dev-world/batch1/manifest.jsonl", ROOT / "eval/gold/channels_world1.jsonl"),
}


def date_ok(gold: Any, got: Any) -> bool:
    """A system date (ISO day) inside the gold day, month or [from, to] window; None matches None."""
    if gold is None or got is None:
        return gold is None and got is None
    got = str(got)[:10]
    if isinstance(gold, list):
        return gold[0] <= got <= gold[1]
    return got.startswith(gold) if len(gold) < 10 else got == gold


def evaluate(name: str, tmp: Path, verbose: bool) -> Counter[str]:
    import tidings

    corpus, gold_file = SETS[name]
    gold = [json.loads(line) for line in gold_file.open(encoding="utf-8") if line.strip()]
    res: Counter[str] = Counter()
    with tidings.open(tmp / f"{name}.duckdb") as t:
        t.run([corpus])
        by_dyad: dict[str, dict[str, Any]] = {}
        for g in gold:
            if g["dyad"] not in by_dyad:
                by_dyad[g["dyad"]] = {c["key"]: c for c in t.channels(dyad=g["dyad"])["channels"]}
            c = by_dyad[g["dyad"]].get(g["channel"])
            if c is None:
                print(f"  {name}: channel {g['channel']!r} is not in channels.yaml")
                continue
            last = (c["last_contact"] or {}).get("date")
            nxt = (c["next"] or {}).get("date") if c["next"] else None
            ok_state = c["state"] == g["state"]
            res["channels"] += 1
            res["state"] += ok_state
            if g["state"] in ("suspended", "resumed"):
                res["dated_states"] += 1
                res["since"] += ok_state and date_ok(g["since"], c["since"])
            ok_last = date_ok(g["last_contact"], last)
            res["last"] += ok_last
            ok_next = True
            if g.get("next"):
                res["with_next"] += 1
                ok_next = nxt is not None and date_ok(g["next"], nxt)
                res["next"] += ok_next
            elif nxt is not None:
                res["extra_next"] += 1
            if verbose and not (ok_state and ok_last and ok_next):
                print(f"  {name} {g['channel']:18s} gold {g['state']} {g['since'] or ''} last {g['last_contact']} next {g.get('next')}"
                      f" | got {c['state']} {c['since'] or ''} last {last} next {nxt}")
    return res


def _pct(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "n/a"


def report(name: str, r: Counter[str]) -> None:
    print(f"{name:7s} channels {r['channels']:3d} | state {_pct(r['state'], r['channels'])} | "
          f"state date {_pct(r['since'], r['dated_states'])} | last contact {_pct(r['last'], r['channels'])} | "
          f"next planned {_pct(r['next'], r['with_next'])} (next given where gold has none: {r['extra_next']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    total: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="tidings-channels-") as tmp:
        for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
            if name not in SETS:
                print(f"unknown set {name!r}", file=sys.stderr)
                return 2
            if not SETS[name][0].exists():
                print(f"{name}: {SETS[name][0]} not found, skipped")
                continue
            r = evaluate(name, Path(tmp), args.verbose)
            total.update(r)
            report(name, r)
    report("ALL", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
