#!/usr/bin/env python3
"""Boilerplate removal and body retention of ingest + cleaning.

Two gold sets:
- the shared development set (``shared/data/dev/gold/boilerplate.jsonl``): refs name files of
  ``shared/data/dev/corpus`` (``FILE``, ``manifest.jsonl#ID``, ``FEED.xml#N``);
- our own pages (``eval/gold/boilerplate_own.jsonl``): each item carries its own input
  (``form``: html | text | jsonl-html, ``content``), written to a temporary folder.

Both are ingested with ``tidings.ingest.ingest`` into an in-memory store and the cleaned text of
each ref is checked: a ``must_drop`` string must be absent, a ``must_keep`` string present
(whitespace-insensitive). Prints "boilerplate removed: X%" and "body kept: Y%" per set and overall.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from tidings.ingest import ingest
from tidings.store import Store

HERE = Path(__file__).resolve()
DEV = HERE.parents[2] / "shared/data/dev"
OWN = HERE.parent / "gold" / "boilerplate_own.jsonl"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _texts(store: Store) -> dict[tuple[str, str], str]:
    """(file name, locator or external id) -> cleaned text."""
    out: dict[tuple[str, str], str] = {}
    for r in store.query("SELECT source_path, source_locator, external_id, text FROM articles"):
        name = Path(r["source_path"]).name
        out[(name, r["source_locator"] or "")] = r["text"]
        if r["external_id"]:
            out[(name, "#" + r["external_id"])] = r["text"]
        if r["source_locator"] and r["source_locator"].startswith("item "):
            out[(name, "#" + r["source_locator"][5:])] = r["text"]
    return out


def _score(items: list[dict], texts: dict[tuple[str, str], str], label: str, verbose: bool) -> tuple[int, int, int, int]:
    dropped = drops = kept = keeps = 0
    for it in items:
        ref = it["ref"]
        name, _, frag = ref.partition("#")
        text = texts.get((name, "#" + frag if frag else ""))
        if text is None:
            print(f"  [{label}] {ref}: NOT INGESTED")
        norm = _norm(text or "")
        for s in it.get("must_drop", []):
            drops += 1
            ok = text is not None and _norm(s) not in norm
            dropped += ok
            if not ok and verbose:
                print(f"  [{label}] {ref}: furniture left: {s!r}")
        for s in it.get("must_keep", []):
            keeps += 1
            ok = _norm(s) in norm
            kept += ok
            if not ok and verbose:
                print(f"  [{label}] {ref}: body lost: {s!r}")
    return dropped, drops, kept, keeps


def _ingest_dir(folder: Path, *, meta: bool = False) -> dict[tuple[str, str], str]:
    store = Store(":memory:")
    try:
        ingest(store, [folder], workers=1)
        if meta:
            _metadata_scores(store)
        return _texts(store)
    finally:
        store.close()


def _metadata_scores(store: Store) -> None:
    """Dates and outlets of the dev articles against ``gold/articles.jsonl`` (the gold calls a feed's
    pubDate 'metadata'; ingest calls it 'feed', counted as the same source here)."""
    gold_path = DEV / "gold/articles.jsonl"
    if not gold_path.exists():
        return
    rows = {}
    for r in store.query("SELECT source_path, source_locator, external_id, published_date, published_source, outlet "
                         "FROM articles"):
        name = Path(r["source_path"]).name
        key = name + ("#" + r["external_id"] if r["external_id"] and name.endswith(".jsonl") else
                      "#" + r["source_locator"][5:] if (r["source_locator"] or "").startswith("item ") else "")
        rows[key] = r
    gold = [json.loads(x) for x in gold_path.read_text().splitlines() if x.strip()]
    date_ok = src_ok = outlet_ok = 0
    for g in gold:
        r = rows.get(g["ref"])
        if r is None:
            print(f"  [articles] {g['ref']}: NOT INGESTED")
            continue
        date_ok += str(r["published_date"]) == g["published"]
        src = {"feed": "metadata"}.get(r["published_source"], r["published_source"])
        src_ok += src == g["published_source"]
        outlet_ok += (r["outlet"] or "") == g["outlet"]
        if str(r["published_date"]) != g["published"] or (r["outlet"] or "") != g["outlet"]:
            print(f"  [articles] {g['ref']}: got {r['published_date']} / {r['outlet']!r}, gold {g['published']} / {g['outlet']!r}")
    n = len(gold)
    print(f"[dev articles] {n} articles: publication date {date_ok}/{n}, date source {src_ok}/{n}, outlet {outlet_ok}/{n}")


def _own_inputs(tmp: Path) -> list[dict]:
    items = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for it in items:
        form = it.get("form", "text")
        if form == "jsonl-html":
            name = f"{it['id']}.jsonl"
            (tmp / name).write_text(json.dumps({"id": it["id"], "html": it["content"]}) + "\n", encoding="utf-8")
            ref = f"{name}#{it['id']}"
        else:
            name = f"{it['id']}.{'html' if form == 'html' else 'txt'}"
            (tmp / name).write_text(it["content"], encoding="utf-8")
            ref = name
        out.append({"ref": ref, "must_drop": it["must_drop"], "must_keep": it["must_keep"]})
    return out


def main() -> int:
    verbose = "-q" not in sys.argv
    totals = [0, 0, 0, 0]
    sets = []
    if (DEV / "gold/boilerplate.jsonl").exists():
        items = [json.loads(x) for x in (DEV / "gold/boilerplate.jsonl").read_text().splitlines() if x.strip()]
        sets.append(("dev", items, _ingest_dir(DEV / "corpus", meta=True)))
    else:
        print(f"(dev gold not found at {DEV}; skipped)")
    with tempfile.TemporaryDirectory() as tmp:
        own = _own_inputs(Path(tmp))
        sets.append(("own", own, _ingest_dir(Path(tmp))))
    for label, items, texts in sets:
        d, nd, k, nk = _score(items, texts, label, verbose)
        totals = [a + b for a, b in zip(totals, (d, nd, k, nk))]
        print(f"[{label}] {len(items)} items: boilerplate removed: {100 * d / max(nd, 1):.1f}% ({d}/{nd})   "
              f"body kept: {100 * k / max(nk, 1):.1f}% ({k}/{nk})")
    d, nd, k, nk = totals
    print(f"boilerplate removed: {100 * d / max(nd, 1):.1f}%")
    print(f"body kept: {100 * k / max(nk, 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
