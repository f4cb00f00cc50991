"""Event places on dev-world, with worldcheck's own definitions.

Prints, per batch and overall, the share of loosely matched `must` events (type, dyad, status right)
whose place is right by worldcheck's rule (some acceptable gold name is a substring of the event
location's name/text/admin1/country, lowercased), the same share among those whose date is also
right, and with --verbose every place miss with the gold names and what we exported.

worldcheck.py (../shared/tools) is imported, not copied, so the definitions cannot drift.
Run: .venv/bin/python eval/event_places.py [--verbose] [--keep DIR] [BATCH_DIR ...]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from worldexports import SHARED, batch_exports, load_jsonl, load_worldcheck



def score_batch(wc, batch: Path, arts: list[dict], evs: list[dict], verbose: bool) -> Counter:
    gold = load_jsonl(batch / "gold/events.jsonl")
    a2r = {x["article_id"]: x.get("external_id") for x in arts}
    linked = [(e, {a2r.get(m["article_id"]) for m in e.get("mentions") or []} - {None}) for e in evs]
    c = Counter()
    for g in (g for g in gold if g["must"]):
        cands = [e for e, refs in linked if refs & set(g["refs"])]
        ls = [e for e in cands if wc.loose(g, e)]
        c["must"] += 1
        c["strict"] += any(wc.date_ok(g, e) and wc.place_ok(g, e) for e in ls)
        if not ls:
            continue
        c["loose"] += 1
        place = any(wc.place_ok(g, e) for e in ls)
        c["place"] += place
        dated = [e for e in ls if wc.date_ok(g, e)]
        if dated:
            c["dated"] += 1
            c["dated_place"] += any(wc.place_ok(g, e) for e in dated)
        if not place:
            got = sorted({wc.loc_text(e) or "-" for e in ls})
            why = "none" if all(not e.get("location") for e in ls) else "wrong"
            c["miss_" + why] += 1
            if verbose:
                print(f"  {why:5s} {batch.name} {g['id']} {'/'.join(g['types'])} gold={g.get('place')} "
                      f"got={got[:3]} | {g['evidence'][:80]}")
    return c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("batches", nargs="*")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--keep", help="keep (and reuse) each batch's exports under this directory")
    a = ap.parse_args()
    wc = load_worldcheck()
    batches = [Path(b) for b in a.batches] or sorted((SHARED / "data/dev-world").glob("batch*"))
    total = Counter()
    for b in batches:
        kept = a.keep and (Path(a.keep) / b.name / "e.jsonl").exists()
        arts, evs = batch_exports(wc, b, save=a.keep, reuse=a.keep if kept else None)
        c = score_batch(wc, b, arts, evs, a.verbose)
        total.update(c)
        print(f"{b.name}: loosely matched must {c['loose']}: place right {c['place'] / max(1, c['loose']):.2f}; "
              f"with the date right too {c['dated_place'] / max(1, c['dated']):.2f} of {c['dated']}; "
              f"place misses: no place {c['miss_none']}, wrong place {c['miss_wrong']}; "
              f"(worldcheck: must {c['must']}, strict {c['strict'] / max(1, c['must']):.2f}, "
              f"loose {c['loose'] / max(1, c['must']):.2f})")
    n = max(1, total["loose"])
    print(f"event places: place right among loosely matched must events {total['place'] / n:.3f} "
          f"({total['place']}/{total['loose']}); among those with the date right "
          f"{total['dated_place'] / max(1, total['dated']):.3f} ({total['dated_place']}/{total['dated']}); "
          f"no place {total['miss_none']}, wrong place {total['miss_wrong']}")
    print(f"worldcheck definitions: strict recall {total['strict'] / max(1, total['must']):.3f}, "
          f"loose recall {total['loose'] / max(1, total['must']):.3f} ({total['must']} must events)")


if __name__ == "__main__":
    main()
