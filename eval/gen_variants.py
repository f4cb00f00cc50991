"""Generate the larger dedup/story gold from hand-written base articles (eval/gold/dedup_base.jsonl).

Each base item has an original wire story, a hand-written sentence-by-sentence paraphrase, often
another outlet's own report of the same event, and a fact swap table (same template, other day,
other people). From them we derive:

- exact: the same body with other furniture (whitespace, quotes, case folded away);
- near: trimmed (first 3-5 paragraphs) + re-headlined, re-footered, an added local paragraph,
  small wording edits (1 word in ~25);
- rewrite: the paraphrase (published the same or next day by another outlet);
- hard negatives: the template other day (facts swapped, 7-30 days later: another story) and the
  other outlet's own report (same story, not a copy).

Output: eval/gold/dedup_variants.jsonl, and eval/gold/dedup_variants_heldout.jsonl from the held-out\nbase items (eval/gold/dedup_heldout.jsonl) (ref, published, outlet, title, text, story, duplicate_of,
dup_kind, variant). Deterministic: run it again and the file is identical.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE / "gold" / "dedup_base.jsonl"
OUT = HERE / "gold" / "dedup_variants.jsonl"
# Written after every threshold was set and never used to tune one: the held-out check.
HELD_BASE = HERE / "gold" / "dedup_heldout.jsonl"
HELD_OUT = HERE / "gold" / "dedup_variants_heldout.jsonl"

OUTLETS = ["Harbor Ledger", "Valley Courier", "Coastal Star", "Evening Standard-Times", "Metro Gazette",
           "Lakeside News", "Capital Record", "Northern Echo Post"]
FOOTERS = [
    "Copyright {year} Meridian Wire. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.",
    "(Reporting by Meridian Wire staff; editing by the {outlet} news desk)",
    "Sign up for our morning briefing to get the day's top stories in your inbox.",
]
LOCAL = [
    "The {outlet} has asked the embassy in the capital for comment and will update this story.",
    "Readers can follow our live coverage of the region on the {outlet} website.",
]
EDITS = {"on Monday": "Monday", "on Tuesday": "Tuesday", "on Wednesday": "Wednesday", "countries": "nations",
         "minister": "secretary", "talks": "discussions", "deal": "pact", "would": "will", "the two": "both",
         "said": "stated", "about": "around", "also": "additionally", "after": "following", "more than": "over",
         "told reporters": "told journalists", "agreed": "consented", "officials": "authorities", "expected": "due"}


def _paras(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _edit(text: str, rng: random.Random, every: int = 25) -> str:
    """Small wording changes: swap a few common words for synonyms (about 1 word in ``every``)."""
    n_words = len(text.split())
    budget = max(1, n_words // every)
    keys = list(EDITS)
    rng.shuffle(keys)
    for k in keys:
        if budget <= 0:
            break
        new, n = re.subn(rf"\b{re.escape(k)}\b", EDITS[k], text, count=1)
        if n:
            text, budget = new, budget - 1
    return text


def _swap(text: str, table: dict[str, str]) -> str:
    keys = sorted(table, key=len, reverse=True)
    return re.sub("|".join(rf"\b{re.escape(k)}\b" for k in keys), lambda m: table[m.group()], text)


def variants(item: dict, rng: random.Random) -> list[dict]:
    d0 = dt.date.fromisoformat(item["date"])
    base_ref = item["id"] + "-orig"
    story = item["story"]
    paras = _paras(item["text"])
    out = []

    def rec(suffix: str, text: str, title: str, outlet: str, days: int, dup_kind: str | None,
            duplicate_of: str | None, st: str = story) -> None:
        out.append({"ref": f"{item['id']}-{suffix}", "published": (d0 + dt.timedelta(days=days)).isoformat(),
                    "outlet": outlet, "title": title, "text": text, "story": st,
                    "duplicate_of": duplicate_of, "dup_kind": dup_kind, "variant": suffix})

    outlets = rng.sample(OUTLETS, 6)
    rec("orig", item["text"], item["title"], item["outlet"], 0, None, None)
    # exact: same body, other furniture and typography (folded away)
    exact = item["text"].replace('"', "\u201c", 1).replace("  ", " ").replace("\n\n", "\n\n\n")
    rec("exact", exact, item["title"].upper(), outlets[0], 1, "exact", base_ref)
    # near: trimmed + re-headlined
    keep = rng.randint(3, max(3, len(paras) - 2))
    rec("trim", "\n\n".join(paras[:keep]), "UPDATE: " + item["title"], outlets[1], 1, "near", base_ref)
    # near: re-footered + added local paragraph
    foot = rng.choice(FOOTERS).format(year=d0.year, outlet=outlets[2])
    local = rng.choice(LOCAL).format(outlet=outlets[2])
    rec("foot", "\n\n".join(paras[:-1] + [local, paras[-1], foot]), item["title"] + " | " + outlets[2],
        outlets[2], 1, "near", base_ref)
    # near: small wording edits, trimmed by one paragraph
    rec("edit", _edit("\n\n".join(paras[:-1]), rng), item["title"].replace(" and ", " & "), outlets[3], 1,
        "near", base_ref)
    # rewrite: the hand-written paraphrase, and a trimmed copy of it
    para = item["paraphrase"]
    rec("rewrite", para["text"], para["title"], outlets[4], rng.randint(1, 2), "rewrite", base_ref)
    # rewrite, harder: the paraphrase with its body paragraphs reordered and its last one dropped
    pp = _paras(para["text"])
    body = pp[1:-1]
    rng.shuffle(body)
    rec("rewrite_reorder", "\n\n".join([pp[0]] + body), para["title"] + " (updated)", outlets[5], 2, "rewrite",
        base_ref)
    # near, harder: about one word in ten edited and the last paragraph dropped
    rec("edit_heavy", _edit("\n\n".join(paras[:-1]), rng, every=10), item["title"], "Lakeside News", 2, "near",
        base_ref)
    # hard negatives
    if item.get("own_report"):
        own = item["own_report"]
        rec("own", own["text"], own["title"], own["outlet"], rng.randint(0, 1), None, None)
    # same template two days later (another meeting): never a copy; whether it is the same story is
    # ambiguous, so it has no story label (eval/stories.py skips it)
    half = dict(list(item["swap"].items())[: max(2, len(item["swap"]) // 2)])  # another meeting, other facts
    rec("template_near", _swap(item["text"], half), _swap(item["title"], half), item["outlet"], 2,
        None, None, st=None)
    days = rng.randint(7, 30)
    rec("template", _swap(item["text"], item["swap"]), _swap(item["title"], item["swap"]), item["outlet"], days,
        None, None, st=story + "-other")
    return out


def generate(base: Path, out: Path, seed: int) -> None:
    rng = random.Random(seed)
    rows = []
    for line in base.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows += variants(json.loads(line), rng)
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["variant"]] = kinds.get(r["variant"], 0) + 1
    print(f"wrote {len(rows)} articles to {out.relative_to(HERE.parent)}: {kinds}")


def main() -> None:
    generate(BASE, OUT, 20240601)
    if HELD_BASE.exists():
        generate(HELD_BASE, HELD_OUT, 20250901)


if __name__ == "__main__":
    main()
