"""Write src/tidings/data/actors/people_wikidata.yaml: heads of state and government and foreign ministers of every
country, from Wikidata as collected by the public repositories github:every-politician-scrapers/world-leaders-2021
and github:every-politician-scrapers/world.

That repository ran one Wikidata query (every country's head-of-state and head-of-government office, P1313/P1906,
and each holder with a start date, P39/P580/P582) for the holders in office in 2021 and after, and kept its
answer in ``data/wikidata.csv``, re-run weekly from August 2021 to October 2022. This script reads every stored
version of that file from a local snapshot of the repository (``git show``; nothing is downloaded) and keeps the
union of its rows, each holder's newest row winning. The second repository kept, in ``sources/foreign/wikidata.csv``,
every country's foreign minister in office (P39 of a subclass of Q7330070, with its P580 start date), re-run from
August to December 2022; a minister listed in one version and gone from a later one left office before that later
version's date, which is taken as the role's end. Wikidata content is CC0 (public domain dedication).

Rules (so that a name from the list never adds a wrong party):
  - the office's label decides the role: a president, prime minister (premier, chancellor, taoiseach, chairman of
    a council of ministers), king/queen/emperor/sultan/emir (monarch) or supreme leader; governors-general,
    co-princes, popes and military leaders are left out;
  - a person holding offices in more than one country (the monarch of the Commonwealth realms) is left out: their
    country is not their name's;
  - a name of one word, a name with a comma, a bracket or a quoted nickname ("Salman bin Hamad, Crown Prince of
    Bahrain", "Jioji (George) Konrote") or a bare Wikidata id (no English label) is left out;
  - a person the hand-written files already know is left out, the hand-written entry winning: the same name or
    alias (in any country: "Mark Rutte" is there as NATO's Secretary General), or, in the same country and for an
    office of the same function, a name that contains the hand-written surname ("Abiy Ahmed Ali");
  - Wikidata gives years only here: a role runs from 1 January of its first year to 1 January after its last;
    a holder listed without an end in an older version but gone from the newest is taken to have left by the
    end of the year they were last listed.
The file sets ``full_name_only``: these people are found by their full name only (a later bare surname follows
through coreference), never by a surname alone.

Usage: python scripts/build_world_leaders.py /path/to/world-leaders-2021/git-dir [/path/to/world/git-dir]
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "actors" / "people_wikidata.yaml"
CSV = "data/wikidata.csv"
HEADER = """# Heads of state and government (and foreign ministers) of every country in office from 2021 (and the years before, for those
# still in office then), built by scripts/build_world_leaders.py; do not edit by hand (hand-written
# people_*.yaml files win: people they know are left out here).
# source: Wikidata (CC0), P39 position held with P580/P582 dates of each country's P1313/P1906 office,
# as queried by github:every-politician-scrapers/world-leaders-2021 (data/wikidata.csv, {n} versions,
# {first} to {last}, last commit {commit}); role dates have year precision.
"""
_MONARCH = ("monarch", "king", "queen", "emperor", "sultan", "emir", "druk gyalpo", "ngwenyama", "yang di-pertuan")
# a "President of the Executive Yuan" or "of the Council of Ministers" heads a government, not a state
_HEAD_GOV = ("prime minister", "premier", "chancellor", "taoiseach", "council of ministers", "executive yuan",
             "president of the government")
_SKIP = ("governor-general", "co-prince", "pope", "pontifical", "military leader", "vice", "deputy", "crown prince")


def role_of(label: str) -> str | None:
    low = label.lower()
    if any(s in low for s in _SKIP):
        return None
    if "supreme leader" in low:
        return "Supreme Leader"
    if any(s in low for s in _HEAD_GOV):
        return "Prime Minister"
    if low.startswith("president") or "president of" in low:
        return "President"
    if "emir" in low:
        return "Emir"
    if any(s in low for s in _MONARCH):
        return "King"
    return None


def versions(git_dir: str, path: str = CSV) -> list[tuple[str, str]]:
    """(commit, date) of every commit that changed the file, oldest first."""
    out = subprocess.run(
        ["git", "--git-dir", git_dir, "log", "--reverse", "--format=%H %ad", "--date=short", "--", path],
        capture_output=True, text=True, check=True,
    ).stdout
    return [tuple(line.split()) for line in out.splitlines() if line.strip()]  # type: ignore[misc]


def rows(git_dir: str, commit: str, path: str = CSV, column: str = "countryid") -> list[dict[str, str]]:
    text = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], capture_output=True, text=True, check=True
    ).stdout
    out = []
    for r in csv.DictReader(io.StringIO(text)):
        if column not in r:  # the first version named its columns after the query's variables
            continue
        out.append(r)
    return out


FOREIGN = "sources/foreign/wikidata.csv"


def foreign_ministers(git_dir: str) -> tuple[list[tuple[str, str, str, str, str | None]], str]:
    """(qid, name, country label, start, end) of every foreign minister listed in some version, and a note
    on the versions read."""
    vers = versions(git_dir, FOREIGN)
    first: dict[tuple[str, str], str] = {}
    last: dict[tuple[str, str], int] = {}
    info: dict[tuple[str, str], tuple[str, str]] = {}
    for n, (commit, _) in enumerate(vers):
        for r in rows(git_dir, commit, FOREIGN, "person"):
            if not r["person"] or not r["start"]:
                continue
            key = (r["person"], r["countryLabel"])
            first.setdefault(key, r["start"][:10])
            last[key] = n
            info[key] = (r.get("name") or r.get("personLabel") or "", r["positionLabel"])
    out = []
    for key, n in last.items():
        end = vers[n + 1][1] if n + 1 < len(vers) else None  # gone from the next version: left before its date
        out.append((key[0], info[key][0], key[1], first[key], end))
    note = f"sources/foreign/wikidata.csv, {len(vers)} versions, {vers[0][1]} to {vers[-1][1]}, last commit {vers[-1][0][:12]}"
    return out, note


def main(git_dir: str, world_dir: str | None = None) -> None:
    from tidings.actors.kb import _ascii, load_kb, slug

    kb = load_kb()
    hand = [a for a in kb.people() if not a.actor_id.startswith("person:wd-")]  # the hand-written files only
    iso = {n.lower(): c.iso3 for c in kb.countries.values() for n in c.names}
    iso |= {"kingdom of denmark": "DNK", "kingdom of the netherlands": "NLD", "ivory coast": "CIV",
            "democratic republic of the congo": "COD", "republic of the congo": "COG", "east timor": "TLS",
            "federated states of micronesia": "FSM", "the gambia": "GMB", "the bahamas": "BHS",
            "people's republic of china": "CHN", "state of palestine": "PSE", "kosovo": "XKX",
            "republic of ireland": "IRL"}
    vers = versions(git_dir)
    latest: dict[tuple[str, str, str], dict[str, str]] = {}  # (country, position, holder) -> newest row
    seen: dict[tuple[str, str, str], str] = {}  # -> date of the last version listing it
    for commit, day in vers:
        for r in rows(git_dir, commit):
            key = (r["countryid"], r["position"], r["officeholder"])
            latest[key], seen[key] = r, day
    for key, r in latest.items():
        if not r["end_year"] and seen[key] != vers[-1][1]:
            # listed in office once, gone from the newest answer: out of office by the year after it was last seen
            latest[key] = {**r, "end_year": seen[key][:4]}
    # people and their roles
    people: dict[str, dict] = {}
    countries_of: dict[str, set[str]] = {}
    for r in latest.values():
        countries_of.setdefault(r["officeholder"], set()).add(r["country"])
    for r in sorted(latest.values(), key=lambda r: (r["country"], r["officeholderLabel"], r["start_year"])):
        qid, name = r["officeholder"], r["officeholderLabel"].strip()
        role = role_of(r["positionLabel"])
        c = iso.get(r["country"].lower())
        if role is None or c is None or len(countries_of[qid]) > 1:
            continue
        if name == qid or any(ch in name for ch in ',()"') or len(name.split()) < 2 or not r["start_year"]:
            continue
        start = f"{int(r['start_year']):04d}-01-01"
        end = f"{int(r['end_year']) + 1:04d}-01-01" if r["end_year"] else None
        p = people.setdefault(qid, {"id": f"person:wd-{qid.lower()}-{slug(_ascii(name))}", "country": c,
                                    "name": name, "roles": [], "source": f"Wikidata {qid} (CC0) via every-politician-scrapers/world-leaders-2021"})
        if [role, start, end] not in p["roles"]:
            p["roles"].append([role, start, end])
    fm_note = ""
    if world_dir:
        fms, fm_note = foreign_ministers(world_dir)
        for qid, name, country, start, end in sorted(fms):
            name = name.strip().removeprefix("Dr. ").removeprefix("Sheikh ")
            c = iso.get(country.lower())
            if c is None or any(ch in name for ch in ',()"') or len(name.split()) < 2:
                continue  # not a member state (Abkhazia, Somaliland), or a name not to match on
            p = people.setdefault(qid, {"id": f"person:wd-{qid.lower()}-{slug(_ascii(name))}", "country": c,
                                        "name": name, "roles": [],
                                        "source": f"Wikidata {qid} (CC0) via every-politician-scrapers/world"})
            if p["country"] == c:
                p["roles"].append(["Foreign Minister", start, end])
                if "/world)" not in p["source"] and not p["source"].endswith("/world"):
                    p["source"] += " and every-politician-scrapers/world"
    # hand-written wins
    def known(p: dict) -> bool:
        full = _ascii(p["name"]).lower()
        tokens = set(full.replace("-", " ").split())
        fns = {f for r in p["roles"] for f in kb.fns(r[0])}
        for a in hand:
            names = {_ascii(x).lower() for x in (a.name, *a.aliases)}
            if full in names:  # the same name, whatever country the hand-written entry gives (an IGO office)
                return True
            if a.country != p["country"] or not fns & {f for r in a.roles for f in r.fns}:
                continue
            # the same office in the same country under another spelling ("Mohamed bin Zayed" for "Mohammed bin
            # Zayed Al Nahyan", "Abiy Ahmed" for "Abiy Ahmed Ali"): the hand-written surname is one of its words
            if " of " in full and any(full.split()[0] in n.split() for n in names):
                return True  # a regnal name ("Salman of Saudi Arabia" for "King Salman")
            # and its first word begins as the dataset name's does (not "Khalifa bin Zayed" for "Mohamed bin Zayed")
            first = _ascii(a.name).lower().split()[0]
            if (
                a.surname
                and set(_ascii(a.surname).lower().replace("-", " ").split()) <= tokens
                and first[:4] == full.split()[0][:4]
            ):
                return True
        return False

    kept = [p for p in people.values() if not known(p)]
    kept.sort(key=lambda p: (p["country"], p["name"]))
    lines = [HEADER.format(n=len(vers), first=vers[0][1], last=vers[-1][1], commit=vers[-1][0][:12])]
    if fm_note:
        lines.append(f"# Foreign ministers: github:every-politician-scrapers/world ({fm_note}); exact start dates.\n")
    lines.append("full_name_only: true\npeople:\n")
    for p in kept:
        roles = ", ".join(f"[{r[0]}, {r[1]}, {r[2] or 'null'}]" for r in p["roles"])
        name = yaml.safe_dump(p["name"], allow_unicode=True, default_style=None).strip().removesuffix("...").strip()
        lines.append(f"  - {{id: {p['id']}, country: {p['country']}, name: {name}, source: '{p['source']}', roles: [{roles}]}}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{len(kept)} people written ({len(people) - len(kept)} known to the hand-written files) to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
