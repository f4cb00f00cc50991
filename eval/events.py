"""Evaluate event coding + reconciliation against gold events.

    .venv/bin/python eval/events.py [--gold dev|own|sample|all] [--verbose]

Runs the real pipeline (tidings ingest + stages) on each gold set's corpus in a temporary store, then
matches merged events to gold events one-to-one (type within the acceptable set, source/target
country with `*` any and `sym` either direction, overlapping reporting articles; date decides ties).
An event is correct when it also has the gold status. Reported: precision/recall/F1, status
accuracy (among type+actor matches), date and place accuracy and link completeness (every reporting
article linked to the one merged event) among matched events, mode accuracy, and a type confusion table.

While a stage another helper writes is missing (ingest, enrich/actors/places), the script says so and
falls back: a minimal reader for the dev corpus, and ORACLE actors from the gold actor list. Figures
produced that way measure the coder and merger alone, not the whole pipeline, and are labelled so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import importlib.util
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(__file__).resolve().parents[2] / "shared/data/dev"
OWN = ROOT / "eval/gold/events_own.jsonl"
SAMPLE_GOLD = ROOT / "eval/gold/sample_events.jsonl"


def _has(mod: str) -> bool:
    try:
        return importlib.util.find_spec(mod) is not None
    except ModuleNotFoundError:
        return False


# -- corpus into a store ------------------------------------------------------------------------------
def _strip_html(s: str) -> str:
    s = re.sub(r"(?is)<(script|style|nav|footer|header)[^>]*>.*?</\1>", " ", s)
    paras = re.findall(r"(?is)<p[^>]*>(.*?)</p>", s) or [s]
    return "\n\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paras if p.strip())


def _fallback_dev_articles() -> list[dict[str, Any]]:
    """A minimal reader for the five dev corpus files (used only while tidings.ingest is missing)."""
    meta = {r["ref"]: r for r in map(json.loads, (DEV / "gold/articles.jsonl").open())}
    out = []
    corpus = DEV / "corpus"
    for line in (corpus / "manifest.jsonl").open():
        r = json.loads(line)
        ref = f"manifest.jsonl#{r['id']}"
        text = r.get("text") or _strip_html(r.get("html", ""))
        out.append({"ref": ref, "text": text, "url": r.get("url"), "outlet": r.get("outlet")})
    d1 = (corpus / "d01_blinken_beijing.html").read_text()
    body = [p for p in _strip_html(d1).split("\n\n") if len(p) > 120 and "correspondent" not in p]
    out.append({"ref": "d01_blinken_beijing.html", "text": "\n\n".join(body)})
    for name in ("d02_blinken_wire_copy.txt", "d04_gallium.txt"):
        paras = (corpus / name).read_text().split("\n\n")
        out.append({"ref": name, "text": "\n\n".join(p.strip() for p in paras if len(p) > 120)})
    xml = (corpus / "d05_military_call.xml").read_text()
    for i, item in enumerate(re.findall(r"(?is)<item>(.*?)</item>", xml), 1):
        body = re.search(r"(?is)<(content:encoded|description)>(.*?)</\1>", item)
        text = re.sub(r"<!\[CDATA\[|\]\]>", "", body.group(2) if body else "")
        out.append({"ref": f"d05_military_call.xml#{i}", "text": _strip_html(text) if "<" in text else text.strip()})
    for a in out:
        m = meta.get(a["ref"], {})
        a["published"] = m.get("published", "")[:10] or None
        a["outlet"] = a.get("outlet") or m.get("outlet")
        a["group"] = "g" + (m.get("duplicate_of") or a["ref"])
    return out


def _insert_articles(store: Any, arts: list[dict[str, Any]]) -> dict[str, str]:
    from tidings.store import now

    refmap = {}
    with store.transaction() as con:
        for i, a in enumerate(arts):
            aid = f"a{i:03d}"
            refmap[a["ref"]] = aid
            con.execute("INSERT INTO articles (article_id, external_id, url, outlet, published_date, published_source, "
                        "raw_text, text, word_count, source_path, ingested_at) VALUES (?,?,?,?,?,'gold',?,?,?,?,?)",
                        [aid, a["ref"], a.get("url"), a.get("outlet"), a.get("published"), a["text"], a["text"],
                         len(a["text"].split()), a["ref"], now()])
            con.execute("INSERT INTO duplicates (article_id, source_group) VALUES (?, ?)", [aid, a.get("group") or aid])
            store.mark_done(con, "dedup", "gold", [aid])
    return refmap


def _refmap_from_store(store: Any, refs: set[str], base: Path) -> dict[str, str]:
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


# -- enrichment fallback ---------------------------------------------------------------------------------
def _oracle_actors(text: str, gold: list[dict[str, Any]]) -> list[Any]:
    """Gold actor mentions, plus their surnames and 'Mr. X' forms (ORACLE; only while actors is missing)."""
    forms: dict[str, dict[str, Any]] = {}
    for g in gold:
        forms[g["mention"]] = g
        canon = g.get("canonical") or ""
        if g.get("role") and canon and len(canon.split()) >= 2:
            last = canon.split()[-1] if not canon.endswith("Jr.") else canon.split()[-2]
            first = canon.split()[0]
            for f in (canon, last, first, f"Mr. {last}", f"Gen. {last}", f"Mr. {first}"):
                forms.setdefault(f, g)
    out, taken = [], set()
    for f in sorted(forms, key=len, reverse=True):
        g = forms[f]
        for m in re.finditer(r"(?<![\w.])" + re.escape(f) + r"(?!\w)", text):
            if any(i in taken for i in range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            person = bool(g.get("role")) and bool(g.get("canonical"))
            out.append(SimpleNamespace(start=m.start(), end=m.end(), text=f, actor_id=g.get("canonical") or f,
                                       name=g.get("canonical") or f, country=g["country"], sector=(g.get("sector") or "").lower(),
                                       role=g.get("role"), kind="person" if person else "org", resolved=True, sentence=0))
    return sorted(out, key=lambda a: a.start)


def _gazetteer() -> dict[str, tuple[str, str, str]]:
    """surface -> (name, country, kind) from the actors stage's data files (fallback only)."""
    import yaml

    base = ROOT / "src/tidings/data/actors"
    out: dict[str, tuple[str, str, str]] = {}
    if not (base / "countries.yaml").exists():
        return out
    for iso, c in (yaml.safe_load((base / "countries.yaml").read_text()).get("countries") or {}).items():
        for f in [c.get("name"), *(c.get("aliases") or []), *(c.get("capitals") or []), *(c.get("seats") or [])]:
            if f and len(f) > 2:
                out.setdefault(f, (c.get("gov") or c.get("name"), iso, "country"))
    for path in base.glob("people_*.yaml"):
        d = yaml.safe_load(path.read_text())
        for p in d.get("people") or []:
            names = [p["name"], *(p.get("aliases") or [])]
            last = p["name"].split()[-1]
            names += [f"Mr. {last}", f"Ms. {last}", f"Gen. {last}", last]
            for f in names:
                out.setdefault(f, (p["name"], d["country"], "person"))
    return out


def _resolve_actors(doc: Any, pub: Any) -> list[Any]:
    import tidings.actors as A

    return A.resolve(doc, published=pub)


def _local_events(store: Any, gold_actors: dict[str, list[dict[str, Any]]], id2ref: dict[str, str]) -> str:
    """Code events without the enrich stage: parse, time stage, ORACLE actors. Returns a label."""
    from tidings.events import code_article
    from tidings.events.stage import mention_rows, write_mentions
    from tidings.nlp import parse
    from tidings.timex import extract

    real_actors = _has("tidings.actors") and hasattr(__import__("tidings.actors", fromlist=["resolve"]), "resolve")
    places = _has("tidings.places") and hasattr(__import__("tidings.places", fromlist=["geocode"]), "geocode")
    gaz = {} if real_actors else _gazetteer()
    rows = store.query("SELECT article_id, text, published_date FROM articles ORDER BY article_id")
    docs = list(parse([r["text"] for r in rows]))
    coded = []
    for r, doc in zip(rows, docs):
        pub = r["published_date"] or dt.date.today()
        timexes = extract(r["text"], pub, doc=doc)
        if real_actors:
            actors = _resolve_actors(doc, pub)
        else:
            actors = _oracle_actors(r["text"], gold_actors.get(id2ref.get(r["article_id"], ""), []))
            taken = {i for a in actors for i in range(a.start, a.end)}
            for f, (name, iso, kind) in sorted(gaz.items(), key=lambda kv: -len(kv[0])):
                for m in re.finditer(r"(?<![\w.])" + re.escape(f) + r"(?!\w)", r["text"]):
                    if any(i in taken for i in range(m.start(), m.end())):
                        continue
                    taken.update(range(m.start(), m.end()))
                    actors.append(SimpleNamespace(start=m.start(), end=m.end(), text=f, actor_id=name, name=name,
                                                  country=iso, sector=None, role=None, kind=kind, resolved=True, sentence=0))
        pl = []
        if places:
            from tidings.places import geocode
            pl = geocode(doc)
        e = SimpleNamespace(article_id=r["article_id"], published=pub, doc=doc, actors=actors, timexes=timexes,
                            places=pl, topics=())
        coded.extend(code_article(e))
    with store.transaction() as con:
        ids = [r["article_id"] for r in rows]
        write_mentions(con, ids, mention_rows(coded))
        store.mark_done(con, "events", "local", ids)
    return ("local enrichment: real timex, " + ("real actors" if real_actors else "ORACLE gold actors + actors-data gazetteer") + ", "
            + ("real places" if places else "no places"))


def build(kind: str, tmp: Path) -> tuple[Any, dict[str, str], str]:
    import tidings
    from tidings.pipeline import NullProgress
    from tidings.reconcile.stage import run as reconcile_run

    t = tidings.open(tmp / f"{kind}.duckdb")
    store = t.store
    gold = _gold(kind)
    refs = {r for g in gold for r in g["refs"]}
    mode = []
    if kind == "dev":
        corpus, actors_file = DEV / "corpus", DEV / "gold/actors.jsonl"
    elif kind == "sample":
        corpus, actors_file = ROOT / "src/tidings/data/sample", ROOT / "eval/gold/sample_actors.jsonl"
    else:
        corpus, actors_file = tmp / "own", None
        corpus.mkdir(exist_ok=True)
        with (corpus / "own.jsonl").open("w") as fh:
            for a in map(json.loads, OWN.open()):
                fh.write(json.dumps({k: a[k] for k in ("id", "url", "outlet", "published", "text")}) + "\n")
    if _has("tidings.ingest.ingest") or _has("tidings.ingest.core") or hasattr(_try_ingest(), "ingest"):
        t.run([corpus])
        refmap = _refmap_from_store(store, refs, corpus)
        mode.append("real ingest + stages")
    else:
        if kind == "dev":
            arts = _fallback_dev_articles()
        elif kind == "own":
            arts = [{"ref": f"own.jsonl#{a['id']}", "text": a["text"], "url": a["url"], "outlet": a["outlet"],
                     "published": a["published"], "group": a["source_group"]} for a in map(json.loads, OWN.open())]
        else:
            raise SystemExit("the sample corpus needs the real ingest (archives, feeds)")
        refmap = _insert_articles(store, arts)
        mode.append("FALLBACK reader (tidings.ingest missing), gold dates/outlets/source groups")
    n_mentions = store.scalar("SELECT count(*) FROM event_mentions")
    if not n_mentions:
        id2ref = {v: k for k, v in refmap.items()}
        gold_actors: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if actors_file is not None:
            for a in map(json.loads, actors_file.open()):
                gold_actors[a["ref"]].append(a)
        else:
            for a in map(json.loads, OWN.open()):
                gold_actors[f"own.jsonl#{a['id']}"] = [
                    {"mention": s, "canonical": s if k == "person" else None, "country": c, "role": "x" if k == "person" else None}
                    for s, c, k in a["actors"]]
        mode.append(_local_events(store, gold_actors, id2ref))
        store.reset_stage("reconcile")
        reconcile_run(store, NullProgress())
    return t, refmap, "; ".join(mode)


def _try_ingest() -> Any:
    try:
        import tidings.ingest as ing
        return ing
    except ImportError:
        return None


# -- gold and matching ------------------------------------------------------------------------------------
def _gold(kind: str) -> list[dict[str, Any]]:
    if kind == "dev":
        return [json.loads(l) for l in (DEV / "gold/events.jsonl").open()]
    if kind == "sample":
        return [json.loads(l) for l in SAMPLE_GOLD.open()]
    merged: dict[str, dict[str, Any]] = {}
    for a in map(json.loads, OWN.open()):
        for ev in a["events"]:
            g = merged.setdefault(ev["id"], dict(ev, refs=[]))
            g["refs"].append(f"own.jsonl#{a['id']}")
    return list(merged.values())


def _window(d: Any) -> tuple[dt.date, dt.date] | None:
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


def _date_ok(g: dict[str, Any], e: dict[str, Any]) -> bool:
    gw = _window(g.get("date"))
    if gw is None:
        return e["date_from"] is None
    if e["date_from"] is None:
        return False
    return gw[0] <= e["date_from"] and e["date_to"] <= gw[1]


def _fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def _place_ok(g: dict[str, Any], e: dict[str, Any]) -> bool:
    name = _fold(e["place_name"] or "")
    return bool(name) and any(_fold(p) in name or name in _fold(p) for p in g["place"])


def _mode_norm(m: Any) -> Any:
    return {"summit": "meeting", "third-party meeting": "meeting", "hosted visit": "visit"}.get(m, m)


def evaluate(store: Any, gold: list[dict[str, Any]], refmap: dict[str, str], *, verbose: bool) -> dict[str, Any]:
    events = store.query("SELECT * FROM events")
    arts: dict[str, set[str]] = defaultdict(set)
    for r in store.query("SELECT l.event_id, m.article_id FROM event_links l JOIN event_mentions m USING (mention_id)"):
        arts[r["event_id"]].add(r["article_id"])
    pairs = []
    for gi, g in enumerate(gold):
        gids = {refmap[r] for r in g["refs"] if r in refmap}
        for e in events:
            if e["type"] not in g["types"] or not _actors_ok(g, e) or not (arts[e["event_id"]] & gids):
                continue
            specific = g["target"] != "*" and (e["target_country"] == g["target"] or e["source_country"] == g["target"])
            gw = _window(g.get("date"))
            narrow = -((gw[1] - gw[0]).days if gw else 99999)  # the most specific gold event chooses first
            score = (e["status"] == g["status"], specific, _date_ok(g, e), narrow, len(arts[e["event_id"]] & gids),
                     e["type"] == g["types"][0])
            pairs.append((score, gi, e["event_id"]))
    pairs.sort(key=lambda p: p[0], reverse=True)
    match: dict[int, dict[str, Any]] = {}
    used: set[str] = set()
    by_id = {e["event_id"]: e for e in events}
    for _, gi, eid in pairs:
        if gi in match or eid in used:
            continue
        match[gi], _ = by_id[eid], used.add(eid)
    correct = [gi for gi, e in match.items() if e["status"] == gold[gi]["status"]]
    must = [gi for gi, g in enumerate(gold) if g.get("must", True)]
    tp_recall = sum(1 for gi in correct if gi in must)
    tp_prec = len(correct)
    n_sys = len(events)
    p = tp_prec / n_sys if n_sys else 0.0
    r = tp_recall / len(must) if must else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    m_items = list(match.items())
    status_acc = sum(e["status"] == gold[gi]["status"] for gi, e in m_items) / max(len(m_items), 1)
    date_acc = sum(_date_ok(gold[gi], e) for gi, e in m_items) / max(len(m_items), 1)
    placed = [(gi, e) for gi, e in m_items if gold[gi].get("place")]
    place_acc = sum(_place_ok(gold[gi], e) for gi, e in placed) / max(len(placed), 1)
    place_c = sum((e["place_country"] == gold[gi].get("place_country")) for gi, e in placed) / max(len(placed), 1)
    linked = sum({refmap.get(x) for x in gold[gi]["refs"]} <= arts[e["event_id"]] for gi, e in m_items) / max(len(m_items), 1)
    moded = [(gi, e) for gi, e in m_items if gold[gi].get("mode")]
    mode_acc = sum(_mode_norm(e["mode"]) == _mode_norm(gold[gi]["mode"]) for gi, e in moded) / max(len(moded), 1)
    bg_acc = sum(bool(e["background"]) == bool(gold[gi].get("background")) for gi, e in m_items) / max(len(m_items), 1)
    # confusion: each gold event against the best same-article, same-actor system event of any type
    confusion: Counter = Counter()
    for gi, g in enumerate(gold):
        if gi in match:
            confusion[(g["types"][0], match[gi]["type"] if match[gi]["type"] != g["types"][0] else g["types"][0])] += 1
            continue
        gids = {refmap[x] for x in g["refs"] if x in refmap}
        cands = [e for e in events if _actors_ok(g, e) and arts[e["event_id"]] & gids and e["event_id"] not in used]
        cands.sort(key=lambda e: (_date_ok(g, e), len(arts[e["event_id"]] & gids)), reverse=True)
        confusion[(g["types"][0], cands[0]["type"] if cands else "—")] += 1
    res = {"gold": len(gold), "must": len(must), "system": n_sys, "matched": len(match), "precision": p, "recall": r,
           "f1": f1, "status_acc": status_acc, "date_acc": date_acc, "place_acc": place_acc, "place_country_acc": place_c,
           "n_placed": len(placed), "link_complete": linked, "mode_acc": mode_acc, "n_moded": len(moded),
           "background_acc": bg_acc, "confusion": confusion}
    if verbose:
        for gi, g in enumerate(gold):
            e = match.get(gi)
            flag = "OK " if gi in correct else ("st " if e else ("-- " if g.get("must", True) else "(-)"))
            if e is not None:
                flag += ("" if _date_ok(g, e) else "D") + (
                    "" if {refmap.get(x) for x in g["refs"]} <= arts[e["event_id"]] else "L") + (
                    "P" if g.get("place") and not _place_ok(g, e) else "") + (
                    "M" if g.get("mode") and _mode_norm(e["mode"]) != _mode_norm(g["mode"]) else "")
            print(f"  {flag} {g['id']:<30} {g['types'][0]:<9} {g['status']:<9} {str(g.get('date')):<26} -> "
                  + (f"{e['type']} {e['source_country']}>{e['target_country']} {e['status']} {e['date_value']} "
                     f"place={e['place_name']} mode={e['mode']} arts={len(arts[e['event_id']])}" if e else "none"))
        for e in events:
            if e["event_id"] not in used:
                print(f"  FP  {e['type']} {e['source_country']}>{e['target_country']} {e['status']} {e['date_value']} "
                      f"bg={e['background']} n_art={e['n_articles']}")
    return res


def report(kind: str, res: dict[str, Any], mode: str) -> None:
    print(f"\n== events: {kind} gold ({mode})")
    print(f"gold {res['gold']} (must {res['must']}), system events {res['system']}, matched {res['matched']}")
    print(f"event P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}   (type+actors+status)")
    print(f"among matched: status {res['status_acc']:.3f}  date {res['date_acc']:.3f}  links complete {res['link_complete']:.3f}"
          f"  background {res['background_acc']:.3f}")
    print(f"place name {res['place_acc']:.3f}  place country {res['place_country_acc']:.3f}  (n={res['n_placed']})"
          f"   mode {res['mode_acc']:.3f} (n={res['n_moded']})")
    conf = res["confusion"]
    types = sorted({g for g, _ in conf})
    print("type confusion (gold preferred type -> system type; — = nothing):")
    for gt in types:
        row = ", ".join(f"{st}:{n}" for (g, st), n in sorted(conf.items()) if g == gt)
        print(f"  {gt:<10} {row}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="all", choices=["dev", "own", "sample", "all"])
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    kinds = ["dev", "own", "sample"] if args.gold == "all" else [args.gold]
    with tempfile.TemporaryDirectory() as d:
        for kind in kinds:
            if kind == "sample" and (not SAMPLE_GOLD.exists() or _try_ingest() is None or not hasattr(_try_ingest(), "ingest")):
                print("\n== events: sample gold skipped (needs eval/gold/sample_events.jsonl and the real ingest)")
                continue
            t, refmap, mode = build(kind, Path(d))
            res = evaluate(t.store, _gold(kind), refmap, verbose=args.verbose)
            report(kind, res, mode)
            t.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
