"""Event dates on dev-world, with worldcheck's definitions: among `must` gold events that some exported
event matches loosely (type, dyad, status), the share for which such an event also has the right date
(its interval inside the gold date or window, one day of slack).

    .venv/bin/python eval/world_dates.py [BATCH_DIR ...] [--keep DIR] [--reuse DIR] [--verbose]

Runs the pipeline on each batch as worldcheck does (../shared/tools/worldcheck.py, imported, so the
definitions cannot drift); `--keep DIR` saves the exports and `--reuse DIR` scores saved ones.
`--verbose` lists each date miss with the dates the loosely matching events carry.

Each date miss is also told by what became of the sentence of its evidence (session 27): `dated` (an event
coded from that sentence matches loosely: its date is wrong, or it is the event of another clause of the sentence,
of the same type and dyad), `other` (the sentence is coded only as events of another type, dyad or status: the loose
match is another event of the article, a miss of coverage rather than of dating) or `uncoded` (no event is coded
from that sentence: coverage again).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from worldexports import SHARED, batch_exports, load_jsonl, load_worldcheck

WORLD = SHARED / "data/dev-world"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("batches", nargs="*")
    ap.add_argument("--keep", help="save each batch's exports under this directory")
    ap.add_argument("--reuse", help="score exports saved earlier with --keep (no pipeline run)")
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    wc = load_worldcheck()
    batches = [Path(b) for b in a.batches] or sorted(WORLD.glob("batch*"))
    total = Counter()
    for b in batches:
        gold = load_jsonl(b / "gold/events.jsonl")
        arts, evs = batch_exports(wc, b, save=a.keep, reuse=a.reuse)
        a2r = {x["article_id"]: x.get("external_id") for x in arts}
        linked = [(e, {a2r.get(m["article_id"]) for m in e.get("mentions") or []} - {None}) for e in evs]
        c = Counter()
        for g in (g for g in gold if g["must"]):
            cands = [e for e, refs in linked if refs & set(g["refs"])]
            c["must"] += 1
            c["strict"] += any(wc.loose(g, e) and wc.date_ok(g, e) and wc.place_ok(g, e) for e in cands)
            if not any(wc.loose(g, e) and wc.date_ok(g, e) and wc.place_ok(g, e) for e in cands):
                c["miss:" + wc.cause(g, cands)] += 1
            ls = [e for e in cands if wc.loose(g, e)]
            if not ls:
                continue
            c["matched"] += 1
            ok = any(wc.date_ok(g, e) for e in ls)
            clause = "" if ok else clause_kind(wc, g, cands)
            if clause:
                c["clause:" + clause] += 1
            c["date_ok"] += ok
            if g.get("date"):
                c["dated"] += 1
                c["dated_ok"] += ok
            if not ok and a.verbose:
                got = "; ".join(sorted({f"{e.get('date')}/{e.get('date_precision')}"
                                        f"[{e.get('date_from')}..{e.get('date_to')}]" for e in ls}))
                print(f"  {b.name} {g['id']} {'/'.join(g['types'])} {g['source']}-{g['target']} {g['status']} "
                      f"gold={g.get('date')} got={got} refs={','.join(g['refs'])} sentence={clause}\n      | {g['evidence'][:140]}")
        with_gold = {r for g in gold for r in g["refs"]}
        ont = [(e, refs) for e, refs in linked if refs & with_gold]
        c["events"] += len(ont)
        c["good"] += sum(1 for e, refs in ont if any(wc.loose(g, e) for g in gold if refs & set(g["refs"])))
        n = max(1, c["matched"])
        causes = ", ".join(f"{k[5:]} {v}" for k, v in sorted(c.items()) if k.startswith("miss:"))
        print(f"{b.name}: must {c['must']}: strict {c['strict'] / max(1, c['must']):.2f} "
              f"loose {c['matched'] / max(1, c['must']):.2f}; precision {c['good'] / max(1, c['events']):.2f} "
              f"of {c['events']}; misses: {causes}; matched must {c['matched']}: "
              f"date right {c['date_ok'] / n:.3f} (with a gold date: {c['dated_ok']}/{c['dated']})")
        total.update(c)
    clauses = ", ".join(f"{k[7:]} {v}" for k, v in sorted(total.items()) if k.startswith("clause:"))
    n = max(1, total["matched"])
    print(f"dev-world: strict recall {total['strict'] / max(1, total['must']):.2f}, loose recall "
          f"{total['matched'] / max(1, total['must']):.2f}, precision {total['good'] / max(1, total['events']):.2f} "
          f"({total['must']} must events, {total['events']} exported); date misses {total['miss:date']}")
    print(f"dev-world: matched must events {total['matched']}, date right {total['date_ok']}/{total['matched']} "
          f"= {total['date_ok'] / n:.3f}; wrong dates by evidence sentence: {clauses}")
    return 0


def clause_kind(wc, g: dict, cands: list[dict]) -> str:
    """What became of the evidence sentence of a gold event no loosely matching event dates right: `dated`,
    `other` or `uncoded` (module docstring)."""
    key = (g.get("evidence") or "")[:40]
    told = [e for e in cands if key and any(key in (m.get("sentence_text") or "") for m in e.get("mentions") or [])]
    if any(wc.loose(g, e) for e in told):
        return "dated"
    return "other" if told else "uncoded"


if __name__ == "__main__":
    sys.exit(main())
