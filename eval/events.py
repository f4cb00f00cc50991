"""Score event accuracy on every gold set with the definitions used on held-out real news.

    .venv/bin/python eval/events.py [--gold all|dev|own|sample|world|world1..world4|conflibert|plover]
                                    [--verbose] [--limit N]
    .venv/bin/python eval/events.py --dir SET_DIR [--dir SET_DIR ...] [--verbose] [--keep DIR | --reuse DIR]

For each document set the real CLI runs (`tidings run` into a temporary store, then `tidings export`
of articles and events as JSON Lines, exactly as ../shared/tools/worldcheck.py does) and prints:
  - recall of the gold `must` events, loose (type in the acceptable set, source and target country,
    status) and strict (also date inside the gold day/month/window with one day of slack, and place
    among the acceptable names);
  - precision: the share of exported events (on articles that have gold) that loosely match some gold
    event, must or not, of an article they cite;
  - the cause of each strict miss, in worldcheck's order (missed, type, dyad, status, date, place), the
    dyad misses split by side (source, target, both), and `extra` (exported events matching nothing);
  - date and place errors separately: among must events with a loose match, how many have no loose
    match with the right date, and how many have none with the right place;
  - a type confusion table (gold preferred type -> type of the best same-article event).
The matching functions are imported from ../shared/tools/worldcheck.py when it is there, so the
dev-world figures are worldcheck's own; a copy of the same definitions below serves a fresh clone
without ../shared (only the project's own gold and the sample then run).

Sets: `dev` (../shared/data/dev), `world` (../shared/data/dev-world, each batch and all together),
`own` (eval/gold/events_own.jsonl), `sample` (eval/gold/sample_events.jsonl on the packaged sample
corpus), `conflibert` (the ConfliBERT CAMEO actor tags: each tagged sentence is one article; a
sentence counts when its source span and its target span each name exactly one country by a country
name, demonym or capital; it is right when an exported event of that sentence has that source and
that target country), and `plover` (eval/plover.py, when present).

`--dir PATH` (repeatable) scores any directory in the dev-world format (manifest.jsonl, gold/events.jsonl,
gold/articles.jsonl optional), e.g. the real development sets, or a folder of such sets (each subfolder
with a manifest.jsonl); with `--gold` left at its default only the directories run. Its verbose `extra`
lines name the article, the event's confidence and its whole evidence sentence, then the gold events of
the same article and pair (the dev-world lines of `--gold world` are unchanged).
`--keep DIR` saves each directory's exports under DIR/NAME, `--reuse DIR` scores saved ones (no run).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "data/dev"
WORLD = SHARED / "data/dev-world"
CONFLIBERT = SHARED / "data/public/events/conflibert_cameo_train/cameo_ner_train.txt"
OWN = ROOT / "eval/gold/events_own.jsonl"
SAMPLE_GOLD = ROOT / "eval/gold/sample_events.jsonl"
SAMPLE_CORPUS = ROOT / "src/tidings/data/sample"
TIDINGS = ROOT / ".venv/bin/tidings"


# -- matching definitions (worldcheck's; imported from ../shared/tools when present) -------------------------
def _local_defs() -> Any:
    """The same definitions as ../shared/tools/worldcheck.py, for a clone without ../shared."""
    planned = {"planned", "proposed", "expected", "scheduled", "future"}

    def interval(d: Any, precision: str | None = None) -> tuple[date, date] | None:
        if not d:
            return None
        d = str(d)
        try:
            if len(d) >= 10:
                x = date.fromisoformat(d[:10])
                if precision == "month":
                    x = x.replace(day=1)
                    return x, (x.replace(month=x.month % 12 + 1, year=x.year + x.month // 12) - timedelta(days=1))
                if precision == "year":
                    return date(x.year, 1, 1), date(x.year, 12, 31)
                if precision == "week":
                    return x - timedelta(days=x.weekday()), x - timedelta(days=x.weekday()) + timedelta(days=6)
                return x, x
            if len(d) == 7:
                y, m = int(d[:4]), int(d[5:7])
                return date(y, m, 1), date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
            if len(d) == 4:
                return date(int(d), 1, 1), date(int(d), 12, 31)
        except ValueError:
            return None
        return None

    def event_interval(ev: dict) -> tuple[date, date] | None:
        a, b = ev.get("date_from"), ev.get("date_to")
        try:
            if a and b:
                return date.fromisoformat(str(a)[:10]), date.fromisoformat(str(b)[:10])
        except ValueError:
            pass
        return interval(ev.get("date"), ev.get("date_precision"))

    def country(actor: Any) -> str | None:
        if not actor:
            return None
        if isinstance(actor, str):
            return actor[:3].upper()
        for k in ("country", "country_code", "code"):
            if actor.get(k):
                return str(actor[k])[:3].upper()
        return None

    def loc_text(ev: dict) -> str:
        loc = ev.get("location") or {}
        if isinstance(loc, str):
            return loc.lower()
        return " ".join(str(loc.get(k) or "") for k in ("name", "text", "admin1", "country")).lower()

    def status_ok(gold: str, got: Any) -> bool:
        got = (got or "occurred").lower()
        if gold == "planned":
            return got in planned
        if gold == "negated":
            return got in {"negated", "denied", "negative"}
        return got in {"occurred", "ongoing"}

    def dyad_ok(g: dict, ev: dict) -> bool:
        s, t = country(ev.get("source")), country(ev.get("target"))
        ok = lambda x, y: x == "*" or x == y  # noqa: E731
        return (ok(g["source"], s) and ok(g["target"], t)) or (g.get("sym") and ok(g["source"], t) and ok(g["target"], s))

    def type_ok(g: dict, ev: dict) -> bool:
        return str(ev.get("type") or "").upper() in set(g["types"])

    def date_ok(g: dict, ev: dict) -> bool:
        d = g.get("date")
        if not d:
            return True
        win = (date.fromisoformat(d[0]), date.fromisoformat(d[1])) if isinstance(d, list) else interval(d)
        iv = event_interval(ev)
        return bool(iv and win and iv[0] >= win[0] - timedelta(days=1) and iv[1] <= win[1] + timedelta(days=1))

    def place_ok(g: dict, ev: dict) -> bool:
        return not g.get("place") or any(p.lower() in loc_text(ev) for p in g["place"])

    def loose(g: dict, ev: dict) -> bool:
        return type_ok(g, ev) and dyad_ok(g, ev) and status_ok(g["status"], ev.get("status"))

    def cause(g: dict, cands: list) -> str:
        if any(loose(g, e) for e in cands):
            ls = [e for e in cands if loose(g, e)]
            return "place" if any(date_ok(g, e) for e in ls) else "date"
        if any(type_ok(g, e) and dyad_ok(g, e) for e in cands):
            return "status"
        if any(type_ok(g, e) for e in cands):
            return "dyad"
        if any(dyad_ok(g, e) for e in cands):
            return "type"
        return "missed"

    return SimpleDefs(country=country, dyad_ok=dyad_ok, type_ok=type_ok, date_ok=date_ok, place_ok=place_ok,
                      loose=loose, cause=cause, source="eval/events.py's copy of worldcheck's definitions")


class SimpleDefs:
    def __init__(self, **kw: Any) -> None:
        self.__dict__.update(kw)


def definitions() -> Any:
    path = SHARED / "tools/worldcheck.py"
    if not path.exists():
        return _local_defs()
    spec = importlib.util.spec_from_file_location("worldcheck", path)
    assert spec and spec.loader
    wc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wc)
    return SimpleDefs(country=wc.country, dyad_ok=wc.dyad_ok, type_ok=wc.type_ok, date_ok=wc.date_ok,
                      place_ok=wc.place_ok, loose=wc.loose, cause=wc.cause, source=str(path))


W = definitions()


# -- running the pipeline ------------------------------------------------------------------------------------
def _load(f: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()]


def run_corpus(corpus: Path, work: Path) -> tuple[list[dict], list[dict]]:
    """`tidings run` then export articles and events, as worldcheck does; returns (articles, events)."""
    db = work / "e.duckdb"
    for cmd in ([TIDINGS, "run", corpus, "--db", db],
                [TIDINGS, "export", "--db", db, "--what", "articles", "--format", "jsonl", "-o", work / "a.jsonl"],
                [TIDINGS, "export", "--db", db, "--what", "events", "--format", "jsonl", "-o", work / "e.jsonl"]):
        p = subprocess.run([str(c) for c in cmd], capture_output=True, text=True)
        if p.returncode:
            raise SystemExit(f"{corpus.name}: `tidings {cmd[1]}` failed: {(p.stderr or p.stdout).strip()[-400:]}")
    arts, evs = _load(work / "a.jsonl"), _load(work / "e.jsonl")
    db.unlink(missing_ok=True)
    return arts, evs


def ref_of(art: dict[str, Any], refs: set[str], arts: list[dict[str, Any]] | None = None) -> str | None:
    """The gold reference (`file`, `manifest#id`, `feed.xml#N`, `archive!member`, `crawl.warc.gz#N`) of an
    exported article. `#N` is the Nth item of a feed, else the Nth article of its file (a WARC's records
    include requests and metadata, so "record 4" can be the first article)."""
    ext = str(art.get("external_id") or "")
    if ext in refs:
        return ext
    sp = str(art.get("source_path") or "")
    loc = str(art.get("source_locator") or "")
    for ref in refs:
        file, _, frag = ref.partition("#")
        inner = None
        if "!" in file:
            file, inner = file.split("!", 1)
        if not (sp.endswith("/" + file) or sp == file or ("/" not in file and Path(sp).name == Path(file).name)):
            continue
        if inner and not (loc == inner or loc.endswith(" " + inner) or loc.endswith("!" + inner)):
            continue
        if frag:
            if ext == frag or loc == f"item {frag}":
                return ref
            if frag.isdigit() and not loc.startswith("item") and arts is not None:
                num = lambda a: int(m.group(0)) if (m := re.search(r"\d+$", str(a.get("source_locator") or ""))) else 0  # noqa: E731
                same = sorted((a for a in arts if a.get("source_path") == sp), key=num)
                if 0 < int(frag) <= len(same) and same[int(frag) - 1] is art:
                    return ref
            continue
        if not inner and loc and Path(sp).suffix in {".jsonl", ".xml", ".warc", ".gz", ".zip"} and not sp.endswith(".txt.gz"):
            continue
        return ref
    return None


# -- one set --------------------------------------------------------------------------------------------------
CAUSES = ("missed", "type", "dyad", "status", "date", "place")


def _side(g: dict, cands: list) -> str:
    """Which side a dyad miss got wrong: `source`, `target` or `both` (best type-right candidate)."""
    ok = lambda x, y: x == "*" or x == y  # noqa: E731
    best = "both"
    for e in cands:
        if not W.type_ok(g, e):
            continue
        s, t = W.country(e.get("source")), W.country(e.get("target"))
        src = ok(g["source"], s) or (g.get("sym") and ok(g["source"], t))
        tgt = ok(g["target"], t) or (g.get("sym") and ok(g["target"], s))
        if src and not tgt:
            return "target"
        if tgt and not src:
            best = "source"
    return best


def score(gold: list[dict], arts: list[dict], evs: list[dict], *, label: str, verbose: bool,
          garts: dict[str, dict] | None = None, full: bool = False) -> Counter:
    """worldcheck's counts for one set of documents, plus the extra views; prints verbose misses."""
    refs = {r for g in gold for r in g["refs"]}
    a2r = {a["article_id"]: ref_of(a, refs, arts) or a.get("external_id") for a in arts}
    linked = [(e, {a2r.get(m["article_id"]) for m in e.get("mentions") or []} - {None}) for e in evs]
    C: Counter = Counter()
    for g in (g for g in gold if g.get("must", True)):
        cands = [e for e, rs in linked if rs & set(g["refs"])]
        ls = [e for e in cands if W.loose(g, e)]
        strict = any(W.date_ok(g, e) and W.place_ok(g, e) for e in ls)
        C["must"] += 1
        C["loose"] += bool(ls)
        C["strict"] += strict
        if ls:
            C["err:date"] += not any(W.date_ok(g, e) for e in ls)
            C["err:place"] += not any(W.place_ok(g, e) for e in ls)
        # confusion: the gold preferred type against the best same-article candidate
        pick = ls or [e for e in cands if W.dyad_ok(g, e)] or [e for e in cands if W.type_ok(g, e)]
        got = g["types"][0] if ls else (str(pick[0].get("type") or "?").upper() if pick else "—")
        C[("conf", g["types"][0], got)] += 1
        if not strict:
            c = W.cause(g, cands)
            C["miss:" + c] += 1
            if c == "dyad":
                C["side:" + _side(g, cands)] += 1
            if verbose:
                print(f"  {c:7s} {label} {'/'.join(g['types'])} {g['source']}-{g['target']} {g['status']} "
                      f"{g.get('date')} | {(g.get('evidence') or '')[:90]}")
                near = {"dyad": lambda e: W.type_ok(g, e), "type": lambda e: W.dyad_ok(g, e)}.get(c, lambda e: W.loose(g, e))
                for e in [e for e in cands if near(e)][:2]:
                    print(f"          got {e.get('type')} {W.country(e.get('source'))}-{W.country(e.get('target'))} "
                          f"{e.get('status')} {e.get('date')} {(e.get('location') or {}).get('name') if isinstance(e.get('location'), dict) else e.get('location')}"
                          f" | {_sentence(e)[:100]}")
    with_gold = refs
    ont = [(e, rs) for e, rs in linked if rs & with_gold]
    C["events"] += len(ont)
    for e, rs in ont:
        good = any(W.loose(g, e) for g in gold if rs & set(g["refs"]))
        C["good"] += good
        if not good and verbose and full:
            _print_extra(label, e, rs & with_gold, gold)
        elif not good and verbose:
            print(f"  extra   {label} {e.get('type')} {W.country(e.get('source'))}-{W.country(e.get('target'))} "
                  f"{e.get('status')} {e.get('date')} | {_sentence(e)[:90]}")
    if garts is not None:  # worldcheck's copy figures (dev-world)
        root: Callable[[str], str] = lambda r: root(garts[r]["duplicate_of"]) if garts.get(r, {}).get("duplicate_of") else r  # noqa: E731
        got_dup = {x.get("external_id"): a2r.get(x.get("duplicate_of")) for x in arts if x.get("duplicate_of")}
        gold_rw = [r for r, x in garts.items() if x.get("dup_kind") == "rewrite"]
        C["rewrites"] += len(gold_rw)
        C["rewrites_found"] += sum(1 for r in gold_rw if got_dup.get(r) and root(got_dup[r]) == root(r))
        C["false_copies"] += sum(1 for r, d in got_dup.items() if r in garts and d and root(d) != root(r))
    return C


def _sentence(e: dict) -> str:
    return str(next((m.get("sentence") for m in e.get("mentions") or [] if m.get("sentence")), ""))


def _text(e: dict) -> str:
    """The evidence sentence of an exported event (its first mention's), on one line."""
    m: dict = next((m for m in e.get("mentions") or [] if m.get("sentence_text") or m.get("sentence")), {})
    return " ".join(str(m.get("sentence_text") or m.get("sentence") or "").split())


def _print_extra(label: str, e: dict, refs: set, gold: list[dict]) -> None:
    """One extra event in full: its article, event, confidence and sentence; then the gold events of the same
    article whose pair is the event's (either direction), to tell a wrong type or side from no interaction."""
    s, t = W.country(e.get("source")), W.country(e.get("target"))
    print(f"  extra   {label} {','.join(sorted(refs))} {e.get('type')} {s}-{t} {e.get('status')} {e.get('date')} "
          f"conf {e.get('confidence')}{' background' if e.get('background') else ''} | {_text(e)}")
    flip = lambda g: dict(g, source=g["target"], target=g["source"])  # noqa: E731
    pair = [g for g in gold if refs & set(g["refs"]) and (W.dyad_ok(g, e) or W.dyad_ok(flip(g), e))
            and {g["source"], g["target"]} - {"*"}]
    if pair:
        print("          gold same pair: " + "; ".join(
            f"{'/'.join(g['types'])} {g['source']}-{g['target']} {g['status']}{'' if g.get('must', True) else ' (not must)'}"
            for g in pair[:4]))


def report(name: str, C: Counter, *, confusion: bool = True) -> None:
    n, ne = max(1, C["must"]), max(1, C["events"])
    causes = ", ".join(f"{c} {C['miss:' + c]}" for c in CAUSES)
    sides = ", ".join(f"{s} {C['side:' + s]}" for s in ("source", "target", "both"))
    print(f"{name}: must {C['must']}: strict {C['strict'] / n:.2f} loose {C['loose'] / n:.2f}; "
          f"precision {C['good'] / ne:.2f} of {C['events']}")
    print(f"  misses: {causes}; dyad by side: {sides}; extra {C['events'] - C['good']}")
    print(f"  among {C['loose']} loose matches: date wrong {C['err:date']}, place wrong {C['err:place']}"
          + (f"; rewrites {C['rewrites_found']}/{C['rewrites']}, false copies {C['false_copies']}" if "rewrites" in C else ""))
    if confusion:
        conf = {k[1:]: v for k, v in C.items() if isinstance(k, tuple) and k[0] == "conf"}
        print("  type confusion (gold preferred type -> best same-article event; — none):")
        for gt in sorted({g for g, _ in conf}):
            row = sorted(((st, v) for (g, st), v in conf.items() if g == gt), key=lambda x: (x[0] != gt, -x[1]))
            print(f"    {gt:<10} " + ", ".join(f"{st}:{v}" for st, v in row))


# -- the sets -------------------------------------------------------------------------------------------------
def world_sets(which: Iterable[str]) -> None:
    batches = sorted(WORLD.glob("batch*"))
    want = [b for b in batches if "world" in which or f"world{b.name[5:]}" in which]
    if not want:
        print("\n== dev-world: skipped (../shared/data/dev-world not found)")
        return
    T: Counter = Counter()
    print(f"\n== dev-world (definitions: {W.source})")
    for b in want:
        gold = _load(b / "gold/events.jsonl")
        garts = {x["ref"]: x for x in _load(b / "gold/articles.jsonl")}
        with tempfile.TemporaryDirectory(prefix="evset-") as w:
            arts, evs = run_corpus(b / "manifest.jsonl", Path(w))
        C = score(gold, arts, evs, label=b.name, verbose=ARGS.verbose, garts=garts)
        report(b.name, C, confusion=False)
        T.update(C)
    if len(want) > 1:
        report("dev-world (all batches)", T)
        n = max(1, T["must"])
        print(f"worldcheck: strict recall {T['strict'] / n:.2f}, loose recall {T['loose'] / n:.2f}, "
              f"precision {T['good'] / max(1, T['events']):.2f} ({T['must']} must events, {T['events']} exported)")


def dir_sets(paths: Iterable[str]) -> None:
    """Directories in the dev-world format, each scored like a dev-world batch, then all together."""
    dirs: list[Path] = []
    for p in map(Path, paths):
        dirs += [p] if (p / "manifest.jsonl").exists() else sorted(d for d in p.iterdir() if (d / "manifest.jsonl").exists())
    T: Counter = Counter()
    print(f"\n== directories (definitions: {W.source})")
    for b in dirs:
        gold = _load(b / "gold/events.jsonl")
        ga = b / "gold/articles.jsonl"
        garts = {x["ref"]: x for x in _load(ga)} if ga.exists() else None
        if ARGS.reuse:
            arts, evs = _load(Path(ARGS.reuse) / b.name / "a.jsonl"), _load(Path(ARGS.reuse) / b.name / "e.jsonl")
        else:
            with tempfile.TemporaryDirectory(prefix="evset-") as w:
                arts, evs = run_corpus(b / "manifest.jsonl", Path(w))
            if ARGS.keep:
                d = Path(ARGS.keep) / b.name
                d.mkdir(parents=True, exist_ok=True)
                for name, rows in (("a.jsonl", arts), ("e.jsonl", evs)):
                    (d / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        C = score(gold, arts, evs, label=b.name, verbose=ARGS.verbose, garts=garts, full=True)
        report(b.name, C, confusion=False)
        T.update(C)
    if len(dirs) > 1:
        report(f"all {len(dirs)} directories", T)
        n = max(1, T["must"])
        print(f"directories: strict recall {T['strict'] / n:.2f}, loose recall {T['loose'] / n:.2f}, "
              f"precision {T['good'] / max(1, T['events']):.2f} ({T['must']} must events, {T['events']} exported)")


def own_gold() -> list[dict]:
    merged: dict[str, dict] = {}
    for a in _load(OWN):
        for ev in a["events"]:
            g = merged.setdefault(ev["id"], dict(ev, refs=[]))
            g["refs"].append(a["id"])
    return list(merged.values())


def simple_set(name: str) -> None:
    if name == "dev":
        if not DEV.exists():
            print("\n== dev: skipped (../shared/data/dev not found)")
            return
        gold, corpus = _load(DEV / "gold/events.jsonl"), DEV / "corpus"
    elif name == "sample":
        gold, corpus = _load(SAMPLE_GOLD), SAMPLE_CORPUS
    else:
        gold, corpus = own_gold(), None
    with tempfile.TemporaryDirectory(prefix="evset-") as w:
        if corpus is None:
            corpus = Path(w) / "own.jsonl"
            with corpus.open("w", encoding="utf-8") as fh:
                for a in _load(OWN):
                    fh.write(json.dumps({k: a[k] for k in ("id", "url", "outlet", "published", "text")}) + "\n")
        arts, evs = run_corpus(corpus, Path(w))
    refs = {r for g in gold for r in g["refs"]}
    found = {ref_of(a, refs, arts) for a in arts}
    lost = sorted(refs - found)
    print(f"\n== {name} ({len(arts)} articles; gold references not found among them: {len(lost)}"
          + (f" {lost[:3]}" if lost else "") + ")")
    report(name, score(gold, arts, evs, label=name, verbose=ARGS.verbose))


# -- ConfliBERT actor tags -----------------------------------------------------------------------------------
def _country_names() -> dict[str, str]:
    """surface (lower case) -> ISO3: names, aliases, demonyms and capitals from the actors data and pycountry."""
    import yaml

    out: dict[str, str] = {}
    data = yaml.safe_load((ROOT / "src/tidings/data/actors/countries.yaml").read_text(encoding="utf-8"))
    try:
        import pycountry

        for c in pycountry.countries:
            for f in (c.name, getattr(c, "common_name", None)):
                if f:
                    out.setdefault(f.lower(), c.alpha_3)
    except ImportError:
        pass
    for iso, c in (data.get("countries") or {}).items():
        for f in [c.get("name"), c.get("adj"), *(c.get("aliases") or []), *(c.get("demonyms") or []),
                  *(c.get("capitals") or [])]:
            if f and len(f) > 2:
                out[str(f).lower()] = iso
    return out


def conflibert_sentences() -> list[dict]:
    """ConfliBERT's tagged sentences: text, and the source/target spans (joint actors `R` are skipped)."""
    out, toks, tags = [], [], []
    for line in CONFLIBERT.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if toks:
                out.append(_conflibert_one(toks, tags))
            toks, tags = [], []
            continue
        tok, _, tag = line.rpartition(" ")
        toks.append(tok)
        tags.append(tag)
    if toks:
        out.append(_conflibert_one(toks, tags))
    return out


_GLUE_LEFT = {",", ".", ";", ":", "'s", "\u2019s", "'", "\u2019", ")", "?", "!", "n't", "%", "-", "s"}


def _conflibert_one(toks: list[str], tags: list[str]) -> dict:
    """Detokenised text and the S/T spans of one CoNLL sentence ("government - backed" -> "government-backed")."""
    text, spans, cur = "", {"S": [], "T": []}, None
    for k, (tok, tag) in enumerate(zip(toks, tags)):
        prev = toks[k - 1] if k else ""
        glue = (not text or tok in _GLUE_LEFT and (tok != "s" or prev in ("'", "\u2019"))
                or prev in ("(", "$", "-") or (prev.endswith(".") and len(prev) == 2 and tok[:1].isupper() and len(tok) <= 2))
        if not glue:
            text += " "
        start = len(text)
        text += tok
        kind = tag[2:] if tag != "O" else None
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != kind)):
            cur = [kind, start, len(text)]
            if kind in spans:
                spans[kind].append(cur)
        elif tag.startswith("I-") and cur is not None:
            cur[2] = len(text)
        else:
            cur = None
    return {"text": text, "S": [text[a:b] for _, a, b in spans["S"]], "T": [text[a:b] for _, a, b in spans["T"]]}


_WHERE = re.compile(r"\s(?:in|near|at|across|inside|outside|on the border|along)\s.*$", re.IGNORECASE)


def _span_country(span: str, names: dict[str, str], pat: re.Pattern) -> str | None:
    """The one country a tagged actor span names, ignoring where it is ("positions in eastern Syria")."""
    found = {names[m.group(0).lower()] for m in pat.finditer(_WHERE.sub("", span))}
    return found.pop() if len(found) == 1 else None


def conflibert_set() -> None:
    if not CONFLIBERT.exists():
        print("\n== conflibert: skipped (ConfliBERT data not found under ../shared/data/public)")
        return
    names = _country_names()
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])",
                     re.IGNORECASE)
    rows = []
    for i, s in enumerate(conflibert_sentences()):
        if len(s["S"]) != 1 or len(s["T"]) != 1:
            continue
        sc, tc = _span_country(s["S"][0], names, pat), _span_country(s["T"][0], names, pat)
        if sc and tc and sc != tc:
            rows.append({"id": f"cb{i:04d}", "text": s["text"], "source": sc, "target": tc})
    if ARGS.limit:
        rows = rows[: ARGS.limit]
    with tempfile.TemporaryDirectory(prefix="evset-") as w:
        man = Path(w) / "conflibert.jsonl"
        with man.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps({"id": r["id"], "text": r["text"], "outlet": "ConfliBERT"}) + "\n")
        arts, evs = run_corpus(man, Path(w))
    a2r = {a["article_id"]: a.get("external_id") for a in arts}
    by: dict[str, list[dict]] = defaultdict(list)
    for e in evs:
        for m in e.get("mentions") or []:
            by[a2r.get(m["article_id"])].append(e)
    C: Counter = Counter()
    for r in rows:
        es = by.get(r["id"], [])
        dy = [(W.country(e.get("source")), W.country(e.get("target"))) for e in es]
        C["n"] += 1
        C["event"] += bool(es)
        C["both"] += (r["source"], r["target"]) in dy
        C["either"] += (r["source"], r["target"]) in dy or (r["target"], r["source"]) in dy
        C["source"] += any(s == r["source"] for s, _ in dy)
        C["target"] += any(t == r["target"] for _, t in dy)
        if ARGS.verbose and (r["source"], r["target"]) not in dy:
            print(f"  {r['source']}-{r['target']} got {dy or 'no event'} | {r['text'][:110]}")
    n = max(1, C["n"])
    print(f"\n== conflibert actor tags ({C['n']} sentences whose source and target spans each name one country)")
    print(f"conflibert: source and target country right {C['both'] / n:.2f} (target >= 0.70); either direction "
          f"{C['either'] / n:.2f}; source right {C['source'] / n:.2f}; target right {C['target'] / n:.2f}; "
          f"any event {C['event'] / n:.2f}")


def plover_set() -> None:
    path = ROOT / "eval/plover.py"
    if not path.exists():
        print("\n== plover: skipped (eval/plover.py not present)")
        return
    print("\n== PLOVER GSR dev half (eval/plover.py)", flush=True)
    subprocess.run([sys.executable, str(path)], check=False)


ARGS: Any = None
SETS = ("dev", "own", "sample", "world", "conflibert", "plover")


def main(argv: list[str] | None = None) -> int:
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="all", help="all, or a comma list of: " + ", ".join(SETS) + ", world1..world4")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every miss and every extra event")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N ConfliBERT sentences")
    ap.add_argument("--dir", action="append", default=[], metavar="PATH",
                    help="a set directory in the dev-world format, or a folder of them (repeatable)")
    ap.add_argument("--keep", metavar="DIR", help="save each --dir set's exports under DIR/NAME")
    ap.add_argument("--reuse", metavar="DIR", help="score --dir sets from exports saved with --keep (no run)")
    ARGS = ap.parse_args(argv)
    which = set(SETS) if ARGS.gold == "all" else set(ARGS.gold.split(","))
    if ARGS.dir and ARGS.gold == "all":
        which = set()
    bad = {w for w in which if w not in SETS and not re.fullmatch(r"world\d", w)}
    if bad:
        print(f"error: unknown set {', '.join(sorted(bad))} (choose from {', '.join(SETS)}, world1..world4)", file=sys.stderr)
        return 2
    if not TIDINGS.exists() and not ARGS.reuse:
        print(f"error: {TIDINGS} not found; run `make setup` first", file=sys.stderr)
        return 2
    if ARGS.dir:
        dir_sets(ARGS.dir)
    for name in ("dev", "own", "sample"):
        if name in which:
            simple_set(name)
    if any(w.startswith("world") for w in which):
        world_sets(which)
    if "conflibert" in which:
        conflibert_set()
    if "plover" in which:
        plover_set()
    return 0


if __name__ == "__main__":
    sys.exit(main())
