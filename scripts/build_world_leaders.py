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

A third source (session 19) widens the roles: the per-country repositories of the same organisation
(github:every-politician-scrapers/<country>-cabinet, -ministers, ...) each keep ``html/holders21.csv``, the holders of
that country's wanted positions from Wikidata (P39 with exact P580/P582 dates, reaching back to the 1990s). Kept from
it: heads of state and government, foreign, defence, finance and trade ministers and chiefs of the general or defence
staff (and army chiefs), by the position's label (``HOLDER_ROLES``: whole labels only, so "Minister for Defence
Materiel", "Minister of State for Finance" or "Deputy Prime Minister" never count); a role ending before 2015 is
dropped. The file lists sub-national offices under the same short label ("Treasurer" of Australia and of New South
Wales); the holders of one position are listed together, the country's after its states', so of several positions
under one label the last listed is kept; and a label is used in a repository only when fewer than ``CONCURRENT``
people held it on any one day from 2015 (two may overlap at a hand-over or in a disputed office). A term without an
end ends when the next holder's begins, or, for the holder in office when the file was last written (mostly mid-2022),
``OPEN_DAYS`` after that: the data vouch for no later day, and a stale holder would deny the office to a successor
named in later news. These exact dates replace the year-precision ones of the first source for the same role.
A full name written for two different people is left out (neither is found by it).

Usage: python scripts/build_world_leaders.py /path/to/world-leaders-2021/git-dir [/path/to/world/git-dir
       [/path/to/<country-repo>/git-dir ...]]   (the snapshots of 2026-12-04: 177 country repositories)
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "actors" / "people_wikidata.yaml"
CSV = "data/wikidata.csv"
HEADER = """# Heads of state and government, foreign ministers (and, from the country repositories below, defence, finance and
# trade ministers and chiefs of staff from 2015) of every country, built by scripts/build_world_leaders.py; do not edit
# by hand (hand-written people_*.yaml files win: people they know are left out here).
# source: Wikidata (CC0), P39 position held with P580/P582 dates of each country's P1313/P1906 office,
# as queried by github:every-politician-scrapers/world-leaders-2021 (data/wikidata.csv, {n} versions,
# {first} to {last}, last commit {commit}); role dates from it alone have year precision.
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


# holders21.csv position labels -> role (whole label, case-sensitive); checked in this order
HOLDER_ROLES: list[tuple[str, str]] = [
    (r"President|Federal President|President of the Republic", "President"),
    (r"King|Queen|[Mm]onarch|Sultan|Grand Duke|Sovereign Prince", "King"),
    (r"[Ee]mir", "Emir"),
    (r"Supreme Leader", "Supreme Leader"),
    (r"Prime Minister|Premier|Federal Chancellor|Chancellor|Taoiseach|President of the Government"
     r"|Chairman of the Cabinet of Ministers \(Prime Minister\)|Chairman of the Council of Ministers", "Prime Minister"),
    (r"(Federal )?(Minister|Secretary) (of|for) (the )?(Foreign|External|Foreign and European|Europe and Foreign)"
     r" Affairs([ ,].*)?|Foreign Minister|Foreign Secretary", "Foreign Minister"),
    (r"(Federal )?(Minister|Secretary) (of|for) (the )?(National )?Defen[cs]e( and [^,]+)?", "Defence Minister"),
    (r"(Federal )?(Minister|Secretary) (of|for) (the )?(Economy,? (and )?)?Financ(e|es)( and [^,]+| and [^,]+, [^,]+)?"
     r"|Treasurer|Secretary of the Treasury|Chancellor of the Exchequer", "Finance Minister"),
    (r"(Federal )?(Minister|Secretary) (of|for) (the )?((Foreign|International|External) )?(Trade|Commerce)( and [^,]+)?"
     r"|(Federal )?(Minister|Secretary) (of|for) (the )?(Industry|Economy|Industry and Trade|Economy, Trade|Trade, Industry)"
     r"( and| ,)? (Trade|Commerce|Industry)( and [^,]+)?", "Trade Minister"),
    (r"(Chief|Head|Chairman) of (the )?General Staff( of the Armed Forces)?|Chief of the National Defen[cs]e General Staff",
     "Chief of the General Staff"),
    (r"Chief of (the )?Defen[cs]e( Staff| Forces?)?|Chief of (the )?National Defen[cs]e Force|Chief of Staff of the"
     r" (Defence|Armed) Forces|Chief of the Armed Forces Joint Staff|Commander of the (\w+ )?Defen[cs]e Forces?",
     "Chief of Defence Staff"),
    (r"Chief of (the )?Army( Staff)?|Chief of Staff of the Army|Chief of the Army General Staff|Commander of the Army",
     "Army Chief"),
]
_HOLDER_RES = [(re.compile(rf"(?:{rx})"), role) for rx, role in HOLDER_ROLES]
CONCURRENT = 3
OPEN_DAYS = 365  # a term still running when the file was written is taken to run this much longer, not more
SINCE = "2015-01-01"
HOLDERS = "html/holders21.csv"


def concurrent(rows: list[dict]) -> int:
    """The most different people holding the rows' office on one day from 2015 (a term is held past its start by a
    week at least, so that a hand-over day does not count twice)."""
    days = sorted({max(r["start"], dt.date(2015, 1, 1)) + dt.timedelta(days=7) for r in rows})
    return max((len({r["qid"] for r in rows if r["start"] <= d < (r["end"] or dt.date.max)}) for d in days), default=0)


def holder_role(label: str) -> str | None:
    label = label.strip()
    if re.search(r"\b(Deputy|Vice|Assistant|Delegate|State|Shadow|Acting|Under|Junior)\b", label):
        return None
    for rx, role in _HOLDER_RES:
        if rx.fullmatch(label):
            return role
    return None


def _day(v: str) -> dt.date | None:
    """'2016-04-09' -> date; '2016-04' and '2016' -> the first of the month or year; '' -> None."""
    v = v.strip()
    if not v:
        return None
    parts = [int(x) for x in v.split("-")[:3] if x.isdigit()]
    if not parts:
        return None
    return dt.date(parts[0], *(parts[1:] + [1, 1])[:2])


def cabinet_holders(repos: list[str], iso: dict[str, str]) -> tuple[list[dict], str]:
    """Rows (qid, name, enwiki, country, role, start, end, repo) from every repository's ``html/holders21.csv``."""
    out: list[dict] = []
    notes = []
    for git_dir in repos:
        repo = Path(git_dir).parent.name.split("+", 1)[-1]
        try:
            meta = json.loads(subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:meta.json"],
                                             capture_output=True, text=True, check=True).stdout)
            text = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:{HOLDERS}"],
                                  capture_output=True, text=True, check=True).stdout
        except (subprocess.CalledProcessError, json.JSONDecodeError):
            continue
        jname = meta.get("jurisdiction", {}).get("name", "")
        c = iso.get(jname.lower()) or iso.get(jname.lower().removeprefix("the "))
        if c is None:
            print(f"  {repo}: no country for {jname!r}", file=sys.stderr)
            continue
        commit = subprocess.run(["git", "--git-dir", git_dir, "log", "-1", "--format=%h %ad", "--date=short", "--",
                                 HOLDERS], capture_output=True, text=True, check=True).stdout.split()
        notes.append(f"{repo}@{commit[0]}")
        snapshot = dt.date.fromisoformat(commit[1])
        by_label: dict[str, list[dict]] = {}
        prev: dict[str, str] = {}
        for r in csv.DictReader(io.StringIO(text)):
            # the file lists each position's holders together, oldest first: a label met again, or a start
            # going back, is another position under the same short label (a state's "Minister of Finance", listed
            # before the country's), which replaces the one before
            label = r.get("position", "").strip()
            if prev and label == prev.get("position", "").strip() and (r.get("start") or "0") >= (prev.get("start") or "0"):
                pass
            elif label in by_label:
                by_label[label] = []
            prev = r
            role = holder_role(label)
            start = _day(r.get("start", ""))
            if role is None or not r.get("personID") or start is None:
                continue
            row = {"qid": r["personID"], "name": r["person"].strip(), "enwiki": (r.get("enwiki") or "").strip(),
                   "country": c, "role": role, "start": start, "end": _day(r.get("end", "")), "repo": repo,
                   "label": r["position"].strip()}
            by_label.setdefault(row["label"], []).append(row)
        for label, rows in by_label.items():
            rows.sort(key=lambda x: x["start"])
            # one office, one holder at a time: overlapping holders mean several offices under one label
            for i, a in enumerate(rows):  # a term without an end ends when the next holder's begins
                if a["end"] is None:
                    nxt = [b["start"] for b in rows[i + 1:] if b["qid"] != a["qid"]]
                    # still held when the file was written: known to run until then, not after (a minister named in
                    # later news may have left, and a stale holder would deny the office to the one who followed)
                    a["end"] = nxt[0] if nxt else snapshot + dt.timedelta(days=OPEN_DAYS)
            # one office, one holder at a time (a hand-over or a disputed office may make two): three or more
            # holders in office together mean several offices under one label (a federation's states)
            clash = concurrent(rows) >= CONCURRENT
            if clash:
                print(f"  {repo}: {label!r} held by several at once, left out", file=sys.stderr)
                continue
            out += rows
    return out, ", ".join(notes)


def main(git_dir: str, world_dir: str | None = None, cabinet_dirs: list[str] | None = None) -> None:
    from tidings.actors.kb import _ascii, load_kb, slug

    kb = load_kb()
    hand = [a for a in kb.people() if not a.actor_id.startswith("person:wd-")]  # the hand-written files only
    iso = {n.lower(): c.iso3 for c in kb.countries.values() for n in c.names}
    iso |= {"kingdom of denmark": "DNK", "kingdom of the netherlands": "NLD", "ivory coast": "CIV",
            "democratic republic of the congo": "COD", "republic of the congo": "COG", "east timor": "TLS",
            "federated states of micronesia": "FSM", "the gambia": "GMB", "the bahamas": "BHS",
            "people's republic of china": "CHN", "state of palestine": "PSE", "kosovo": "XKX",
            "republic of ireland": "IRL", "paraguary": "PRY", "são tomé and príncipe": "STP"}
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
    cab_note = ""
    if cabinet_dirs:
        holders, cab_note = cabinet_holders(cabinet_dirs, iso)
        exact: dict[str, set[str]] = {}  # qid -> roles whose dates come from holders21 (exact)
        for h in sorted(holders, key=lambda h: (h["country"], h["name"], h["start"])):
            qid, name, c = h["qid"], re.sub(r"^(Dr\.|Sheikh|Prince|Sir|Gen\.|General) ", "", h["name"]), h["country"]
            if h["end"] is not None and str(h["end"]) < SINCE:
                continue
            if name == qid or any(ch in name for ch in ',()"') or len(name.split()) < 2 or not _latin(name):
                continue
            src = f"every-politician-scrapers/{h['repo']}"
            p = people.setdefault(qid, {"id": f"person:wd-{qid.lower()}-{slug(_ascii(name.replace('Đ', 'D')))}",
                                        "country": c, "name": name, "roles": [],
                                        "source": f"Wikidata {qid} (CC0) via {src}"})
            if p["country"] != c:
                continue  # one person, two countries' offices: not this name's country to give
            if src not in p["source"]:
                p["source"] += f" and {src}"
            if h["role"] not in exact.setdefault(qid, set()):  # exact dates replace year-precision ones
                exact[qid].add(h["role"])
                p["roles"] = [r for r in p["roles"] if r[0] != h["role"]]
            role = [h["role"], str(h["start"]), str(h["end"]) if h["end"] else None]
            if role not in p["roles"]:
                p["roles"].append(role)
            wiki = re.sub(r" \(.*\)$", "", h["enwiki"])
            for al in (wiki, name.replace("Đ", "D").replace("đ", "d")):
                if al and al != p["name"] and len(al.split()) > 1 and _latin(al) and not any(ch in al for ch in ',()"'):
                    p.setdefault("aliases", [])
                    if al not in p["aliases"]:
                        p["aliases"].append(al)
    # roles in the order a mention prefers when several overlap: leaders first
    order = {r: i for i, r in enumerate(["President", "King", "Emir", "Supreme Leader", "Prime Minister",
                                         "Foreign Minister", "Defence Minister", "Finance Minister", "Trade Minister",
                                         "Chief of the General Staff", "Chief of Defence Staff", "Army Chief"])}
    for p in people.values():
        p["roles"].sort(key=lambda r: (order.get(r[0], 99), r[1]))
    # a full name (or alias) written for two different people finds neither
    owners: dict[str, set[str]] = {}
    for qid, p in people.items():
        for n in (p["name"], *p.get("aliases", [])):
            owners.setdefault(_ascii(n).lower(), set()).add(qid)
    shared = {n for n, q in owners.items() if len(q) > 1}
    for qid in [q for q, p in people.items() if _ascii(p["name"]).lower() in shared]:
        print(f"  {people[qid]['name']!r} names several people, left out", file=sys.stderr)
        del people[qid]
    for p in people.values():
        if p.get("aliases"):
            p["aliases"] = [a for a in p["aliases"] if _ascii(a).lower() not in shared]

    # hand-written wins
    def known(p: dict) -> bool:
        for al in p.get("aliases", []):  # an alias the hand-written files give someone
            if any(_ascii(al).lower() in {_ascii(x).lower() for x in (a.name, *a.aliases)} for a in hand):
                return True
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
    if cab_note:
        lines.append("# Heads of state and government, foreign, defence, finance and trade ministers, chiefs of the general or\n"
                     "# defence staff and army chiefs in office from 2015, exact dates: Wikidata (CC0) via html/holders21.csv of\n"
                     "# github:every-politician-scrapers/<repo>@<commit>: " + cab_note + "\n")
    lines.append("full_name_only: true\npeople:\n")
    for p in kept:
        roles = ", ".join(f"[{r[0]}, {r[1]}, {r[2] or 'null'}]" for r in p["roles"])
        name = yaml.safe_dump(p["name"], allow_unicode=True, default_style=None).strip().removesuffix("...").strip()
        aliases = ""
        if p.get("aliases"):
            aliases = ", aliases: [" + ", ".join(_q(a) for a in p["aliases"]) + "]"
        lines.append(f"  - {{id: {p['id']}, country: {p['country']}, name: {name}{aliases}, source: '{p['source']}', roles: [{roles}]}}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{len(kept)} people written ({len(people) - len(kept)} known to the hand-written files) to {OUT}")


def _q(text: str) -> str:
    return yaml.safe_dump(text, allow_unicode=True, default_style=None, width=1000).strip().removesuffix("...").strip()


def _latin(text: str) -> bool:
    """Written in Latin letters (a name in another script is not how English news writes it)."""
    return all(ord(ch) < 0x370 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in text)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None, sys.argv[3:] or None)
