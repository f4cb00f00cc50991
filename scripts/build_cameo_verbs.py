"""Write src/tidings/data/events/cameo_verbs.yaml from the PETRARCH2 CAMEO verb dictionary.

The CAMEO verb dictionary (``CAMEO.2.0.txt``, Open Event Data Alliance, MIT licence) lists about 400
blocks of synonymous verbs, each verb with an optional CAMEO code of its own, and about 4,700 patterns
that refine the code by the verb's particle, object, prepositional phrases or subject
("ask * (FOR {HUMANITARIAN AID})" 0233, "put * OFF TALK" 164). Each CAMEO code is turned into a PLOVER
type with the CAMEO2PLOVER table (PLOVER project, manual draft 0.8, CC BY-SA 4.0). The output keeps the
dictionary's structure (synonym sets, verbs, patterns), lower-cased, so the coder can match it on a
dependency parse (``tidings.events.cameo_verbs``); the PLOVER type of every code is written next to it.

Usage:
    git clone https://github.com/openeventdata/petrarch2   # commit 676801c (2019-03-05) was used
    git clone https://github.com/openeventdata/PLOVER      # commit 5e0c24f (2024-02-04) was used
    python scripts/build_cameo_verbs.py petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt \\
        PLOVER/CAMEO2PLOVER-2021.txt

Translations made here, each a convention a reader can check:
- CAMEO 01 (public statements) has no PLOVER type: a verb or pattern coded 01x is no event.
- CAMEO 02 (appeal) is absent from CAMEO2PLOVER; PLOVER's REQUEST merges CAMEO's appeals (02) and
  demands (10), whose sub-codes run in parallel (020/100 ... 028/108), so 02ab is read as 10ab.
- A pattern applies to the verb its comment names (the verb it was written for, as the file's header
  says), not to every verb of the block: "TAKE * PART" (030) is an idiom of "take", and "capture part
  of a stronghold" is no intent to cooperate. A pattern whose comment names no verb of its block
  applies to the whole block, as in PETRARCH.
- A dual code "[042:043]" (source visits target, target hosts) keeps its first code; a pattern with
  only a reverse code ("[:173]", the court acts on the subject) is dropped.
- Where tidings' own PLOVER -> CAMEO table (src/tidings/data/events/plover_cameo.csv) names a CAMEO
  code for one type only (CONSULT aside, whose modes come from the code as below), that code reads back as that type and mode, so the dictionary speaks
  tidings' conventions (the dev-world GUIDE's): 057 "sign formal agreement" is AGREE (sign), not
  CAMEO2PLOVER's SUPPORT; 163 "impose embargo, boycott or sanctions" is SANCTION, not COERCE; 083
  is RETREAT (resign); 087 RETREAT (withdraw).
- PLOVER modes are kept only where tidings' lexicon uses the same (type, mode) pair; CONSULT modes are
  renamed to tidings' names (phone -> phone/video, 043 -> hosted visit, third-party -> third-party
  meeting). Other modes are left empty.
"""

from __future__ import annotations

import csv
import functools
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "tidings" / "data" / "events" / "cameo_verbs.yaml"
LEXICON = ROOT / "src" / "tidings" / "data" / "events" / "lexicon.yaml"
OWN_TABLE = ROOT / "src" / "tidings" / "data" / "events" / "plover_cameo.csv"

# words that follow a verb as its particle (adverb), not as its object
PARTICLES = frozenset(
    "off out up down away back over forward aside ahead together apart about around through along".split()
)
CONSULT_MODES = {"041": "phone/video", "042": "visit", "043": "hosted visit", "044": "third-party meeting"}

HEADER = """\
# CAMEO verb patterns -> PLOVER types, for tidings.events.cameo_verbs. GENERATED: do not edit by hand;
# rebuild with scripts/build_cameo_verbs.py (its docstring gives the sources and every translation).
#
# Source 1: CAMEO.2.0.txt, the CAMEO verb pattern dictionary of PETRARCH2
#   (https://github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/, commit 676801c).
#   The MIT License (MIT). Copyright (c) 2015 Open Event Data Alliance.
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
#   associated documentation files (the "Software"), to deal in the Software without restriction,
#   including without limitation the rights to use, copy, modify, merge, publish, distribute,
#   sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
#   furnished to do so, subject to the following conditions: The above copyright notice and this
#   permission notice shall be included in all copies or substantial portions of the Software.
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
#   Dictionary development was funded by the U.S. National Science Foundation (see the source file).
# Source 2: CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, Philip Schrodt), from
#   https://github.com/openeventdata/PLOVER (commit 5e0c24f), licensed CC BY-SA 4.0; the `codes`
#   table below is derived from it and is shared under the same licence.
#
# Layout (all words lower case):
#   codes:    CAMEO code -> [PLOVER type or null (no event), mode or null]
#   synsets:  name -> words (a phrase's head is its last word)
#   blocks:   the dictionary's verb blocks: verbs (lemma -> CAMEO code of the verb alone; null: the verb
#             alone is no event) and patterns that hold for every verb of the block (or only for `verb`):
#             {code, verb, subject, particle, object, preps: [[preposition, noun or null]]}; a noun is a
#             word, "&synset", or a phrase "modifier ... head" (each part a word or &synset)
"""


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _code(s: str) -> str | None:
    """ "[042:043]" -> "042"; "[---]" or "[:173]" -> None."""
    first = re.sub(r"[^0-9]", "", s.strip("[] ").split(":")[0])
    return first or None


def _tokens(s: str) -> list[str]:
    """Split a pattern on spaces, keeping "{...}" and "(...)" groups whole."""
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        if ch.isspace() and depth == 0:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _noun(tok: str) -> str | None:
    """ "{HUMANITARIAN AID}" -> "humanitarian aid", "&WEAPON" -> "&weapon"; markers ($ + ^ %) -> None."""
    tok = tok.strip("{}").strip()
    words = [w.lower().rstrip("_") for w in tok.replace("_", " ").split() if w not in ("$", "+", "^", "%")]
    words = [w for w in words if w]
    return " ".join(words) or None


def _pattern(body: str) -> dict[str, Any] | None:
    """One "- PRE * POST [code]" line as {subject, particle, object, preps, code}; None if unreadable."""
    m = re.match(r"^(.*)(\[[^\]]*\])\s*$", body)
    if not m or "*" not in m.group(1):
        return None
    pre, post = m.group(1).split("*", 1)
    pat: dict[str, Any] = {"code": m.group(2)}
    subj = [n for n in (_noun(t) for t in _tokens(pre) if not t.startswith("(")) if n]
    if len(subj) > 1:
        return None
    if subj:
        pat["subject"] = subj[0]
    preps = []
    nouns = []
    for t in _tokens(post):
        if t.startswith("("):
            inner = _tokens(t[1:-1])
            if not inner:
                continue
            prep = inner[0].lower()
            noun = _noun(" ".join(inner[1:])) if len(inner) > 1 else None
            preps.append([prep, noun])
        elif t in ("$", "+", "^", "%"):
            continue
        elif not preps and not nouns and t.lower() in PARTICLES and "particle" not in pat:
            pat["particle"] = t.lower()
        else:
            n = _noun(t)
            if n:
                nouns.append(n)
    if len(nouns) > 1:
        return None  # "* OUT VIEWS FIRMLY": two bare nouns, no reading on a parse
    if nouns:
        pat["object"] = nouns[0]
    if preps:
        pat["preps"] = preps
    if len(pat) == 1:
        return None
    return pat


def _verb(line: str) -> tuple[str, str | None, str | None] | None:
    """A verb line -> (lemma, particle or None, own code text or None). "+ASK_FOR {...} [020]" is
    "ask" with particle "for"; "WIRE_+TAP" (a word before the verb) is not read."""
    code = None
    m = re.search(r"\[[^\]]*\]", line)
    if m:
        code = m.group(0)
        line = line[: m.start()]
    line = re.sub(r"\{[^}]*\}", "", line).strip()
    if not line:
        return None
    word = line.split()[0]
    if word.startswith("+"):
        parts = word[1:].lower().split("_")
        if not all(parts):
            return None
        return parts[0], " ".join(parts[1:]) or None, code
    if "+" in word:
        return None
    if word.startswith("RE_"):
        word = "re" + word[3:]
    if "_" in word:
        return None
    return word.lower(), None, code


def parse_dictionary(text: str) -> dict[str, Any]:
    """Synonym sets and verb blocks (each block's verbs with their own codes, and its patterns)."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None
    synset: str | None = None
    in_verbs = False
    for raw in text.splitlines():
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if raw.startswith("--- "):
            m = re.match(r"^---\s+\S+\s+(\[[^\]]*\])", raw)
            block = {"code": m.group(1) if m else None, "verbs": {}, "patterns": []}
            blocks.append(block)
            synset = None
            continue
        line = _strip_comment(raw)
        comment = raw.split("#", 1)[1].split() if "#" in raw else []
        if not line.strip():
            synset = None
            continue
        if line.startswith("&"):
            synset = line.split()[0][1:].rstrip("_").lower()
            synsets[synset] = []
            continue
        if line.startswith("+") and synset is not None:
            synsets[synset].append(_noun(line[1:]) or "")
            continue
        if not in_verbs or block is None:
            continue
        if line.startswith("-"):
            pat = _pattern(line[1:].strip())
            if pat is not None:
                if comment and comment[0].lower() in block["verbs"]:
                    pat["verb"] = comment[0].lower()  # written for that verb: "take * PART" is no "capture * PART"
                block["patterns"].append(pat)
            continue
        v = _verb(line)
        if v is None:
            continue
        lemma, particle, own = v
        if particle:  # a multi-word verb: that verb with that particle, a pattern of its own
            block["patterns"].append({"code": own or block["code"] or "[---]", "verb": lemma, "particle": particle})
            continue
        block["verbs"].setdefault(lemma, own or block["code"])
    return {"synsets": synsets, "blocks": blocks}


def read_table(text: str) -> dict[str, tuple[str, str | None]]:
    """CAMEO2PLOVER: "0311: AGREE,  ,   economic # ..." -> {"0311": ("AGREE", None)}, roots included."""
    out: dict[str, tuple[str, str | None]] = {}
    for line in text.splitlines():
        m = re.match(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)\s*(?:,([^,#]*))?", line)
        if m and m.group(1) not in out:
            mode = (m.group(3) or "").strip() or None
            out[m.group(1)] = (m.group(2), mode)
    return out


def lexicon_pairs() -> set[tuple[str, str]]:
    """Every (type, mode) pair tidings' own lexicon uses: a CAMEO2PLOVER mode is kept only if listed."""
    raw = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    pairs: set[tuple[str, str]] = set()

    def walk(x: Any) -> None:
        if isinstance(x, list) and len(x) == 2 and all(isinstance(a, str) for a in x) and x[0].isupper():
            pairs.add((x[0], x[1]))
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)

    walk(raw)
    return pairs


@functools.lru_cache(maxsize=1)
def own_codes() -> dict[str, list[Any]]:
    """CAMEO code -> [type, mode] from tidings' own table, for codes it gives to one type only."""
    rows = list(csv.DictReader(OWN_TABLE.read_text(encoding="utf-8").splitlines()))
    out: dict[str, list[Any]] = {}
    for code in {r["cameo_code"] for r in rows}:
        mine = [r for r in rows if r["cameo_code"] == code]
        if len({r["type"] for r in mine}) == 1 and mine[0]["type"] != "CONSULT":
            modes = {r["mode"] for r in mine}
            out[code] = [mine[0]["type"], modes.pop() or None if len(modes) == 1 else None]
    return out


def plover(code: str, table: dict[str, tuple[str, str | None]], pairs: set[tuple[str, str]]) -> list[Any]:
    """A CAMEO code's [PLOVER type, mode]; [None, None] for statements (01) and unknown codes."""
    if code.startswith("01"):
        return [None, None]
    if code in own_codes():
        return own_codes()[code]
    look = "10" + code[2:] if code.startswith("02") else code
    entry = None
    for k in (look, look[:3], look[:2]):
        if k in table:
            entry = table[k]
            break
    if entry is None:
        return [None, None]
    typ, mode = entry
    if typ == "CONSULT":
        mode = CONSULT_MODES.get(code[:3])
    elif mode is not None and (typ, mode) not in pairs:
        mode = None
    return [typ, mode]


def build(dict_text: str, table_text: str) -> dict[str, Any]:
    d = parse_dictionary(dict_text)
    table = read_table(table_text)
    pairs = lexicon_pairs()
    codes: dict[str, list[Any]] = {}

    def use(c: str | None) -> str | None:
        code = _code(c) if c else None
        if code is not None and code not in codes:
            codes[code] = plover(code, table, pairs)
        return code

    blocks = []
    for b in d["blocks"]:
        pats, seen = [], set()
        for p in b["patterns"]:
            if p["code"].strip("[] ").startswith(":"):
                continue  # a reverse-only code: the target acts on the subject
            q = dict(p, code=use(p["code"]))
            key = repr(sorted(q.items()))
            if key not in seen:
                seen.add(key)
                pats.append(q)
        verbs = {v: use(c) for v, c in b["verbs"].items()}
        if verbs or pats:
            blocks.append({"verbs": verbs, "patterns": pats})
    used_syn = {
        w[1:]
        for b in blocks
        for p in b["patterns"]
        for n in [p.get("subject"), p.get("object"), *[q[1] for q in p.get("preps", [])]]
        if n
        for w in n.split()
        if w.startswith("&")
    }
    synsets = {k: sorted(set(v) - {""}) for k, v in sorted(d["synsets"].items()) if k in used_syn}
    return {"codes": dict(sorted(codes.items())), "synsets": synsets, "blocks": blocks}


def _flow(x: Any) -> str:
    return yaml.safe_dump(x, default_flow_style=True, width=10**6).strip()


def _dump(data: dict[str, Any]) -> str:
    """One verb block after another, one pattern a line: readable in review, and small."""
    lines = [HEADER, "codes:"]
    lines += [f"  '{k}': {_flow(v)}" for k, v in data["codes"].items()]
    lines.append("synsets:")
    lines += [f"  {k}: {_flow(v)}" for k, v in data["synsets"].items()]
    lines.append("blocks:")
    for b in data["blocks"]:
        lines.append(f"  - verbs: {_flow(b['verbs'])}")
        if b["patterns"]:
            lines.append("    patterns:")
            lines += [f"      - {_flow(p)}" for p in b["patterns"]]
    return "\n".join(lines) + "\n"


def main(dict_path: str, table_path: str) -> None:
    data = build(Path(dict_path).read_text(encoding="latin-1"), Path(table_path).read_text(encoding="utf-8"))
    text = _dump(data)
    assert [dict(b, patterns=b.get("patterns", [])) for b in yaml.safe_load(text)["blocks"]] == data["blocks"]
    OUT.write_text(text, encoding="utf-8")
    n_verbs = sum(len(b["verbs"]) for b in data["blocks"])
    n_pat = sum(len(b["patterns"]) for b in data["blocks"])
    print(f"wrote {len(data['blocks'])} blocks, {n_verbs} verbs, {n_pat} patterns, {len(data['codes'])} codes to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
