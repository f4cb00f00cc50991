"""Score the event coder on the PLOVER gold standard records (dev half), sentences nobody here wrote.

    .venv/bin/python eval/plover.py [--verbose] [--limit N]

Each record of ../shared/data/public/events/plover_gsr_dev/ is one edited CAMEO-manual sentence with
its PLOVER type and source/target actor codes. The sentence goes through the real pipeline as a
one-sentence article (spaCy parse, ``tidings.enrich.analyse`` for actors/time/places/topics, then
``tidings.events.code_article``), published on the record's date. Printed:

- type accuracy: the sentence's *main* mention, read in PLOVER's convention (below), (the trigger nearest the root of the parse, then the
  most confident) has the gold type; also "any": some mention has it, and "none": no mention at all;
- type + source + target accuracy: the main mention also has the gold dyad;
- a type confusion table (gold type x main mention's type, "—" for no event).

Gold types are PLOVER 0.5 names; the four renamed since (DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT) are mapped to today's 16 types, and every mapped type is
checked against the record set's CAMEO2PLOVER table. Dyads: a source matches when its country is among
the gold source codes ("IGO" matches any international organisation the coder codes); compound
actors (SRC/TAR, no target) are a symmetric pair; a target matches when it is among the gold target
codes, or is absent when the gold target is the source's own country (the coder drops same-country
targets) or the record has no target. A record set for measurement: never tune a rule to a sentence.

Convention: tidings codes an intention as the intended act with a status ("will provide aid": AID,
planned); PLOVER, following CAMEO's 03 "Express intent to ..." and 13 "Threaten ..." rows of the
CAMEO2PLOVER table, codes the statement itself: an intended cooperative act is AGREE, an intended
act of force or punishment is THREATEN, and so is a boycott or strike announced for later (1312 "Threaten to
boycott"); a signed formal agreement is SUPPORT (057), where tidings follows the PLOVER codebook's AGREE.
``plover_type`` makes that translation before scoring.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared/data/public/events/plover_gsr_dev"
RECORDS = GSR / "PLOVER_GSR_CAMEO.dev-half.json"
TABLE = GSR / "CAMEO2PLOVER-2021.txt"

RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO country codes older than ISO 3166 alpha-3 that the records still use
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def table_types(path: Path = TABLE) -> set[str]:
    """The PLOVER types the CAMEO2PLOVER table maps CAMEO codes to (``030: AGREE, mode, context``)."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*\d{2,4}\s*:\s*([A-Z]+)", line)
        if m:
            out.add(m.group(1))
    return out


def load_records(path: Path = RECORDS) -> list[dict[str, Any]]:
    valid = table_types()
    out = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        typ = RENAMED.get(r["event"], r["event"])
        if typ not in valid:
            raise SystemExit(f"eval/plover.py: type {r['event']!r} of {r['id']} is not in {TABLE.name}")
        codes = lambda k: [OLD_CODES.get(a.get("code"), a.get("code")) for a in (r.get(k) or []) if a.get("code")]
        out.append({"id": r["id"], "text": r["text"], "type": typ, "source": codes("source"), "target": codes("target"),
                    "date": r.get("date")})
    return out


# CAMEO2PLOVER: 03x "Express intent to <cooperate, aid, meet, yield, release ...>" -> AGREE;
# 13x "Threaten <sanctions, force, to halt talks ...>" -> THREATEN
INTENT_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE"}
INTENT_THREATEN = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN"}
INTENT_STATUSES = {"planned", "proposed", "hypothetical"}


# CAMEO2PLOVER 057 "Sign formal agreement" is SUPPORT (tidings: AGREE, the PLOVER codebook's "sign an
# agreement"); 1312 "Threaten to boycott, embargo, or sanction" is THREATEN (tidings: a planned PROTEST boycott)
SIGNED = re.compile(r"^sign(?:s|ed|ing)?\b", re.I)


def plover_type(m: Any, table_rows: bool = True) -> str:
    """The mention's type in PLOVER's convention: a stated intention is AGREE or THREATEN, a signed
    agreement SUPPORT (057), a boycott or strike announced for later THREATEN (1312). ``table_rows=False``
    leaves out the two table rows added in session 20, so that their share of the figure is printed."""
    if m.status in INTENT_STATUSES and not m.background:
        if m.type in INTENT_AGREE:
            return "AGREE"
        if m.type in INTENT_THREATEN:
            return "THREATEN"
        if table_rows and m.type == "PROTEST" and m.mode == "boycott":
            return "THREATEN"
    if table_rows and m.type == "AGREE" and m.status == "occurred" and SIGNED.match(m.trigger or ""):
        return "SUPPORT"
    return m.type


def _is_igo(code: str | None) -> bool:
    from tidings.events.lexicon import lexicon

    return code is not None and code in set(lexicon().igo_codes.values())


def _in(code: str | None, gold: list[str]) -> bool:
    if code is None:
        return False
    return code in gold or ("IGO" in gold and _is_igo(code))


def dyad_ok(rec: dict[str, Any], m: Any) -> bool:
    src = m.source.country if m.source else None
    tgt = m.target.country if m.target else None
    S, T = rec["source"], rec["target"]
    if not T:
        if len(set(S)) >= 2:  # compound actor: either direction, both sides named
            return _in(src, S) and _in(tgt, S) and src != tgt
        return _in(src, S)
    if not _in(src, S):
        return False
    if tgt is None:
        return all(t == src for t in T)  # a domestic event: the coder keeps no same-country target
    return _in(tgt, T)


def _depth(tok: Any) -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:  # spaCy makes a new Token object on each access: compare indices
        tok, n = tok.head, n + 1
    return n


def main_mention(ms: list[Any], doc: Any) -> Any:
    """The mention a reader takes as the sentence's event: nearest the parse root, then most confident."""
    if not ms:
        return None
    by_char = {t.idx: t for t in doc}

    def key(m: Any) -> tuple[int, float, int]:
        tok = by_char.get(m.trigger_start)
        if tok is None:
            tok = next((t for t in doc if t.idx <= m.trigger_start < t.idx + len(t)), doc[0])
        return (_depth(tok), -m.confidence, m.trigger_start)

    return min(ms, key=key)


def code_records(recs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[Any], Any]]:
    from tidings.enrich import analyse
    from tidings.events import code_article
    from tidings.nlp import parse

    out = []
    docs = parse([r["text"] for r in recs])
    for i, (r, doc) in enumerate(zip(recs, docs)):
        pub = dt.date.fromisoformat(r["date"]) if r.get("date") else None
        e = analyse(f"gsr{i:04d}", doc, published=pub)
        out.append((r, code_article(e), doc))
    return out


def score(coded: list[tuple[dict[str, Any], list[Any], Any]]) -> dict[str, Any]:
    n = len(coded)
    top = anyt = full = none = top0 = full0 = 0
    conf: Counter = Counter()
    rows = []
    for r, ms, doc in coded:
        m = main_mention(ms, doc)
        pred = plover_type(m) if m is not None else "—"
        ok_t = pred == r["type"]
        ok_d = ok_t and dyad_ok(r, m)
        ok_t0 = m is not None and plover_type(m, table_rows=False) == r["type"]
        top0 += ok_t0
        full0 += ok_t0 and dyad_ok(r, m)
        top += ok_t
        full += ok_d
        anyt += any(plover_type(x) == r["type"] for x in ms)
        none += not ms
        conf[(r["type"], pred)] += 1
        rows.append((r, m, ok_t, ok_d, ms))
    return {"n": n, "type": top / n, "type_any": anyt / n, "type_dyad": full / n, "no_event": none / n,
            "type_own": top0 / n, "type_dyad_own": full0 / n,
            "confusion": conf, "rows": rows}


def print_report(res: dict[str, Any], verbose: bool = False) -> None:
    n = res["n"]
    print(f"PLOVER GSR dev half: {n} sentences")
    print(f"  type accuracy (main mention)        {res['type']:.2f}   (target >= 0.70)")
    print(f"  type + source + target accuracy     {res['type_dyad']:.2f}   (target >= 0.55)")
    print(f"  without the 057/1312 table readings {res['type_own']:.3f} type, {res['type_dyad_own']:.3f} type + dyad")
    print(f"  type among any mention              {res['type_any']:.2f}")
    print(f"  sentences with no event             {res['no_event']:.2f}")
    conf: Counter = res["confusion"]
    golds = sorted({g for g, _ in conf})
    preds = sorted({p for _, p in conf}, key=lambda p: (p == "—", p))
    ab = {p: p[:4] for p in preds}
    print("\n  type confusion (rows gold, columns the main mention's type; — no event)")
    print("  " + " " * 10 + " ".join(f"{ab[p]:>4}" for p in preds) + "   n  acc")
    for g in golds:
        tot = sum(conf[(g, p)] for p in preds)
        cells = " ".join(f"{conf[(g, p)] or '.':>4}" for p in preds)
        print(f"  {g:<10}{cells} {tot:>3} {conf[(g, g)] / tot:.2f}")
    if verbose:
        print()
        for r, m, ok_t, ok_d, ms in res["rows"]:
            flag = "OK " if ok_d else ("T  " if ok_t else "-- ")
            got = (f"{plover_type(m)}({m.type} {m.status}) {m.source.country if m.source else None}->{m.target.country if m.target else None} "
                   f"[{m.trigger}]") if m is not None else "none"
            others = "; ".join(f"{x.type}/{x.status}[{x.trigger}]" for x in ms if x is not m)
            print(f"{flag}{r['id']} gold {r['type']} {r['source']}->{r['target']} | got {got}"
                  + (f" | also {others}" if others else ""))
            print(f"     {r['text']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="print every sentence with its coding")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N records")
    a = ap.parse_args(argv)
    if not RECORDS.exists():
        print(f"eval/plover.py: no PLOVER GSR records at {RECORDS}", file=sys.stderr)
        return 2
    recs = load_records()
    if a.limit:
        recs = recs[: a.limit]
    print_report(score(code_records(recs)), verbose=a.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
