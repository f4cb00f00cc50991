"""Evaluate tidings.places on gold toponyms.

1. Dev gold events (place names + place_country), resolved with lookup(): country and name accuracy.
2. Our own gold (eval/gold/places_own.jsonl), geocoded in context with geocode().
3. Public geoparsing sets (GeoWebNews, GeoVirus, TR-News, Gritta et al.): recall (share of gold toponyms
   we geocode), accuracy within 161 km (100 miles, the usual threshold) among those found and overall,
   and the exact GeoNames id rate among those found (TR-News gives ids; GeoWebNews gives the GeoNames
   name and point, from which the id is recovered; GeoVirus gives Wikipedia points only).
4. The mordecai test suites' assertions on geonameid / country / admin1, as hand-checkable cases.

Run: .venv/bin/python eval/places.py [--verbose] [--limit N]
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from tidings.nlp import load_nlp
from tidings.places import Place, geocode, lookup
from tidings.places.gazetteer import demonyms, normalise

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared/data"
DEV_GOLD = SHARED / "dev/gold/events.jsonl"
GEO = SHARED / "public/geo"
OWN_GOLD = ROOT / "eval/gold/places_own.jsonl"
KM = 161.0


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def pct(n: int, d: int) -> str:
    return f"{n / d:.3f} ({n}/{d})" if d else "n/a (0)"


# -- 1. dev gold events ---------------------------------------------------------------------

def eval_dev(verbose: bool) -> tuple[int, int, int]:
    if not DEV_GOLD.exists():
        print("dev gold: not found", DEV_GOLD)
        return 0, 0, 0
    n = ok_c = ok_n = 0
    for line in DEV_GOLD.open(encoding="utf-8"):
        row = json.loads(line)
        for name in row.get("place") or []:
            n += 1
            cands = lookup(name)
            best = cands[0] if cands else None
            c_ok = best is not None and best.country == row.get("place_country")
            n_ok = best is not None and normalise(best.name) == normalise(name)
            ok_c += c_ok
            ok_n += n_ok
            if verbose and not (c_ok and n_ok):
                print(f"  MISS dev {name!r}: gold {row.get('place_country')} got {best and (best.name, best.country)}")
    print(f"[1] dev gold events: toponyms {n}  country acc {pct(ok_c, n)}  name acc {pct(ok_n, n)}")
    return n, ok_c, ok_n


# -- 2. own gold ----------------------------------------------------------------------------

def _match(places: list[Place], used: set[int], text: str) -> Place | None:
    for i, p in enumerate(places):
        if i not in used and p.text == text:
            used.add(i)
            return p
    return None


def eval_own(verbose: bool) -> tuple[int, int, int]:
    rows = [json.loads(line) for line in OWN_GOLD.open(encoding="utf-8") if line.strip()]
    nlp = load_nlp()
    n = found = ok_c = ok_n = 0
    by_set: Counter = Counter()
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows])):
        places = geocode(doc)
        used: set[int] = set()
        part = row.get("set", "tuned")
        for gold in row["toponyms"]:
            n += 1
            by_set[(part, "n")] += 1
            p = _match(places, used, gold["text"])
            found += p is not None
            c_ok = p is not None and p.country == gold["country"]
            n_ok = p is not None and normalise(p.name) == normalise(gold["name"])
            ok_c += c_ok
            ok_n += n_ok
            by_set[(part, "c")] += c_ok
            if verbose and not (c_ok and n_ok):
                got = p and (p.name, p.country, p.feature, p.score)
                print(f"  MISS own {gold['text']!r}: gold ({gold['name']}, {gold['country']}) got {got} | {row['text'][:70]}")
    print(f"[2] own gold: toponyms {n}  found {pct(found, n)}  country acc {pct(ok_c, n)}  name acc {pct(ok_n, n)}")
    for part in sorted({k[0] for k in by_set}):
        print(f"    {part:8s} country acc {pct(by_set[(part, 'c')], by_set[(part, 'n')])}"
              + ("  (written after the rules were tuned)" if part == "heldout" else ""))
    return n, ok_c, ok_n


# -- 3. public geoparsing corpora ------------------------------------------------------------

_GWN_SKIP = {"Demonym", "Language", "Non_Toponym", "Homonym"}
_DEMONYM_ENDINGS = ("ish", "ese", "ian", "ean", "an", "i", "ic", "ch")


def _gwn() -> list[tuple[str, list[tuple]]]:
    """GeoWebNews; each gold toponym also carries the GeoNames name from gwn_full.txt (for the exact id)."""
    lines = (GEO / "gritta/gwn_full.txt").read_text(encoding="utf-8").splitlines()
    out = []
    for art, line in zip(ET.parse(GEO / "gritta/GWN.xml").getroot().iter("article"), lines):
        names = {(int(r[4]), int(r[5])): r[0] for r in (x.split(",,") for x in line.split("||") if x) if len(r) >= 6}
        gold = []
        for t in art.iter("toponym"):
            if t.findtext("type") in _GWN_SKIP or not t.findtext("latitude"):
                continue
            s, e = int(t.findtext("start")), int(t.findtext("end"))
            gold.append((s, e, float(t.findtext("latitude")), float(t.findtext("longitude")), None, names.get((s, e))))
        out.append((art.findtext("text") or "", gold))
    return out


def _geovirus() -> list[tuple[str, list[tuple[int, int, float, float]]]]:
    out = []
    for art in ET.parse(GEO / "gritta/GeoVirus.xml").getroot().iter("article"):
        gold = [(int(loc.findtext("start")), int(loc.findtext("end")), float(loc.findtext("lat")),
                 float(loc.findtext("lon")), None, None) for loc in art.iter("location")]
        out.append((art.findtext("text") or "", gold))
    return out


def _trnews() -> list[tuple[str, list[tuple[int, int, float, float]]]]:
    out = []
    for art in ET.parse(GEO / "gritta/TR-News.xml").getroot().iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            if g is None or g.findtext("lat") is None:
                continue
            phrase = t.findtext("phrase") or ""
            name = g.findtext("name") or ""
            if phrase != name and phrase.lower().endswith(_DEMONYM_ENDINGS) and not lookup(phrase):
                continue  # adjectival/demonym ("Turkish"): not a place for us
            gold.append((int(t.findtext("start")), int(t.findtext("end")), float(g.findtext("lat")),
                         float(g.findtext("lon")), int(g.get("geonameid")) if g.get("geonameid") else None, name))
        out.append((text, gold))
    return out


_ID_KM = 25.0  # a gazetteer entry of the gold's name this close to the gold point is the gold's entry


def gold_id(name: str | None, surface: str, lat: float, lon: float) -> int | None:
    """The GeoNames id a gold toponym stands for, when the gold gives only its name and point (GeoWebNews).

    GeoWebNews' points are GeoNames' own, so the entry of that name (or of the surface form) nearest the
    point, within 25 km, is the gold entry; a country or division is matched by name and country alone
    (its reference point differs between gazetteers). None when our gazetteer has no such entry.
    """
    best = None
    for n in dict.fromkeys(x for x in (name, surface) if x):
        for p in lookup(n):
            if p.geonameid is None or p.lat is None:
                continue
            d = haversine(lat, lon, p.lat, p.lon)
            limit = _ID_KM if p.feature in {"city", "poi"} else 800.0
            if d <= limit and (best is None or d < best[0]):
                best = (d, p.geonameid)
    return best[1] if best else None


def eval_corpus(name: str, articles: list, verbose: bool, limit: int | None) -> None:
    if limit:
        articles = articles[:limit]
    nlp = load_nlp()
    n = found = close = skipped = 0
    ids = Counter()
    towns = Counter()  # the same for places we resolve to a town or venue (a point, not an area)
    for (text, gold), doc in zip(articles, nlp.pipe([a[0] for a in articles], batch_size=16)):
        places = [p for p in geocode(doc) if p.lat is not None]
        for s, e, lat, lon, gid, gname in gold:
            if normalise(text[s:e]) in demonyms():
                skipped += 1  # "Russian forces": a demonym used as modifier, not a place by design
                continue
            n += 1
            hit = next((p for p in places if p.start < e and s < p.end), None)
            if hit is None:
                if verbose:
                    print(f"  MISS {name} not found {text[s:e]!r}")
                continue
            found += 1
            d = haversine(lat, lon, hit.lat, hit.lon)
            close += d <= KM
            if gid is None and gname is not None:
                gid = gold_id(gname, text[s:e], lat, lon)
            if gid is not None or gname is not None:
                ids["n"] += 1
                ids["ok"] += gid is not None and hit.geonameid == gid
                ids["known"] += gid is not None
            if hit.feature in {"city", "poi"}:
                towns["n"] += 1
                towns["ok"] += d <= KM
            if verbose and d > KM:
                print(f"  MISS {name} {text[s:e]!r} -> {hit.name} {hit.country} ({d:.0f} km)")
    print(f"[3] {name}: gold toponyms {n}  recall (found) {pct(found, n)}  acc@161km among found {pct(close, found)}"
          f"  overall acc@161km {pct(close, n)}  (demonyms left out: {skipped})")
    if ids["n"]:
        print(f"    {name}: exact GeoNames id among found {pct(ids['ok'], ids['n'])}"
              f"  (gold id known for {ids['known']}: " + ("recovered from the gold name and point)" if name == "GeoWebNews"
                                                            else "given by the corpus)"))
    print(f"    {name}: acc@161km where we resolved to a town/venue {pct(towns['ok'], towns['n'])}"
          " (countries and provinces are areas: their reference points differ between gazetteers)")


# -- 4. mordecai tests ------------------------------------------------------------------------

_FIELDS = {"geonameid": "geonameid", "country_code3": "country", "country_predicted": "country",
           "admin1_name": "admin1", "admin1": "admin1"}


def _chain(node: ast.AST) -> list:
    keys = []
    while isinstance(node, ast.Subscript):
        sl = node.slice
        keys.append(sl.value if isinstance(sl, ast.Constant) else None)
        node = node.value
    return list(reversed(keys))


def _in_order(node: ast.AST) -> list[ast.AST]:
    """Depth-first, in source order (ast.walk is breadth-first: asserts would precede calls)."""
    out = [node]
    for child in ast.iter_child_nodes(node):
        out.extend(_in_order(child))
    return out


def _mordecai_cases() -> list[tuple[str, int, str, str]]:
    cases = []
    for f in sorted((GEO / "mordecai_tests").glob("test_*.py")):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for fn in [n for n in tree.body if isinstance(n, ast.FunctionDef)]:
            texts: dict[str, str] = {}
            current = None
            nodes = [n for stmt in fn.body for n in _in_order(stmt)]
            for st in nodes:
                if isinstance(st, ast.Assign) and isinstance(st.value, ast.Constant) and isinstance(st.value.value, str):
                    texts[st.targets[0].id if isinstance(st.targets[0], ast.Name) else "_"] = st.value.value
                elif isinstance(st, ast.Call) and getattr(st.func, "attr", "") in {"geoparse_doc", "geoparse"} and st.args:
                    a = st.args[0]
                    current = a.value if isinstance(a, ast.Constant) else texts.get(getattr(a, "id", ""), current)
                elif isinstance(st, ast.Assert) and isinstance(st.test, ast.Compare) and current:
                    keys = _chain(st.test.left)
                    ints = [k for k in keys if isinstance(k, int)]
                    comp = st.test.comparators[0]
                    if len(ints) == 1 and keys and keys[-1] in _FIELDS and isinstance(comp, ast.Constant) \
                            and isinstance(st.test.ops[0], ast.Eq):
                        cases.append((current, ints[0], keys[-1], str(comp.value)))
    return cases


def eval_mordecai(verbose: bool) -> None:
    cases = _mordecai_cases()
    nlp = load_nlp()
    seen, ok = set(), 0
    uniq = [c for c in cases if not (c in seen or seen.add(c))]
    for text, i, key, want in uniq:
        places = geocode(nlp(text))
        got = str(getattr(places[i], _FIELDS[key])) if i < len(places) else None
        ok += got == want
        if verbose and got != want:
            print(f"  MISS mordecai [{i}].{key} want {want} got {got} | {text[:80]!r}")
    print(f"[4] mordecai test assertions: {pct(ok, len(uniq))}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--limit", type=int, default=None, help="articles per public corpus")
    args = ap.parse_args()
    n1, c1, _ = eval_dev(args.verbose)
    n2, c2, _ = eval_own(args.verbose)
    if n1 + n2:
        print(f"    gold toponyms (1+2) country acc {pct(c1 + c2, n1 + n2)}")
    if (GEO / "gritta").exists():
        for name, loader in (("GeoWebNews", _gwn), ("GeoVirus", _geovirus), ("TR-News", _trnews)):
            eval_corpus(name, loader(), args.verbose, args.limit)
    if (GEO / "mordecai_tests").exists():
        eval_mordecai(args.verbose)


if __name__ == "__main__":
    main()
