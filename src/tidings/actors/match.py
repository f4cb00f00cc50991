"""KB phrase matching: every alias, title, demonym, capital and generic body as spaCy PhraseMatcher
patterns, so titles and metonyms that NER misses are still found.

Short all-capital aliases (US, UN, WHO, PLA) are matched case-sensitively so "us" and "who" are
not actors; everything else is matched on lower case and, for proper names, must be capitalised
in the text ("the Treasury" is a body, "a treasury" is not).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from .kb import ActorKB

__all__ = ["Cand", "candidates", "PROPER"]

# Candidate types. PROPER types must be capitalised in the text.
PROPER = {"ACTOR", "COUNTRY", "SEAT"}
_PRIORITY = {"TITLE": 6, "ACTOR": 5, "SEAT": 4, "GENERIC": 3, "COUNTRY": 2, "DEMONYM": 2, "GROUP": 2, "HONOR": 1}


@dataclass
class Cand:
    """A matched span of tokens [start, end) with every KB reading of it."""

    start: int
    end: int
    type: str
    keys: tuple[str, ...]
    used: bool = False


def _case_sensitive(alias: str) -> bool:
    return alias.isalpha() and alias.isupper() and len(alias) <= 6


def _entries(kb: ActorKB) -> list[tuple[str, str, str]]:
    """(type, key, alias) for every pattern."""
    out: list[tuple[str, str, str]] = []
    for a in kb.actors.values():
        if a.kind in ("person", "org", "igo"):
            out += [("ACTOR", a.actor_id, al) for al in {a.name, *a.aliases}]
        if a.kind == "igo":
            # British and Asian house style writes an acronym said as a word in title case: "Nato", "Asean",
            # "Opec", "Ecowas", "Unicef" (session 21); three letters ("Who", "Sco") stay capitals only
            out += [("ACTOR", a.actor_id, al.title()) for al in a.aliases if _case_sensitive(al) and len(al) >= 4]
    for c in kb.countries.values():
        out += [("COUNTRY", c.iso3, n) for n in c.names]
        out += [("DEMONYM", c.iso3, d) for d in c.demonyms]
        if c.adj not in c.demonyms and c.adj not in c.names:
            out.append(("DEMONYM", c.iso3, c.adj))
    out += [("SEAT", aid, cap) for cap, aid in kb.capitals.items()]
    out += [("TITLE", t, t) for t in kb.titles]
    out += [("HONOR", h, h) for h in kb.honorifics]
    for g in kb.generics.values():
        out += [("GENERIC", g.key, al) for al in g.aliases]
    out += [("GROUP", g, g) for g in kb.groups]
    return out


_CACHE: dict[tuple[int, int], tuple] = {}


def _matchers(vocab, kb: ActorKB):  # noqa: ANN001, ANN202
    """Matchers for one (vocab, KB) pair, built once (about 0.3 s)."""
    key = (id(vocab), id(kb))
    if key not in _CACHE:
        if len(_CACHE) > 4:
            _CACHE.clear()
        _CACHE[key] = _build(vocab, kb)
    return _CACHE[key]


def _build(vocab, kb: ActorKB):  # noqa: ANN001, ANN202
    from ..nlp import load_nlp

    tok = load_nlp().tokenizer
    exact = PhraseMatcher(vocab, attr="ORTH")
    lower = PhraseMatcher(vocab, attr="LOWER")
    labels: dict[int, tuple[str, str]] = {}
    by_label: dict[tuple[str, str, bool], list[str]] = {}
    for typ, key, alias in _entries(kb):
        # abbreviations tokenise by case ("Gen." is one token, "gen." two): add cased variants
        variants = {alias, alias.replace("'", "\u2019")}
        if not _case_sensitive(alias):
            variants |= {v.capitalize() for v in variants} | {v.title() for v in variants}
        for v in variants:
            by_label.setdefault((typ, key, _case_sensitive(v)), []).append(v)
    for (typ, key, cs), aliases in by_label.items():
        label = f"{typ}|{key}"
        labels[vocab.strings.add(label)] = (typ, key)
        docs = [tok(a) for a in aliases]
        (exact if cs else lower).add(label, docs)
    return exact, lower, labels


def candidates(doc: Doc, kb: ActorKB) -> list[Cand]:
    """Non-overlapping KB matches in text order (longest first, then by type priority)."""
    exact, lower, labels = _matchers(doc.vocab, kb)
    spans: dict[tuple[int, int], dict[str, list[str]]] = {}
    hits = [(mid, s, e) for mid, s, e in [*exact(doc), *lower(doc)]]
    sure = _sure_countries(doc, kb, [(labels[mid], s, e) for mid, s, e in hits])
    # spans of unambiguous country names: a list member beside one of them is a country too
    countries = {(s, e) for mid, s, e in hits if labels[mid][0] == "COUNTRY" and doc[s:e].text not in kb.ambiguous}
    for mid, s, e in hits:
        typ, key = labels[mid]
        if typ in PROPER and not _capitalised(doc, s, e):
            continue
        if typ == "DEMONYM" and s > 0 and doc[s - 1].lower_ in _REGION_PREFIXES and doc[s].lower_ in _REGION_DEMONYMS:
            continue  # "the South American country", "Latin American leaders": a region, not the United States
        if typ == "DEMONYM" and s > 0 and doc[s - 1].lower_ in _ETHNIC_MARKERS:
            continue  # "ethnic Albanians in Serbia", "an ethnic Russian minority": a people, not that state's side
        if _stance_prefixed(doc, s):
            continue  # "pro-Palestinian protesters", "anti-Israel marchers", "a pro-Kremlin politician": a stance
        if (
            typ == "COUNTRY"
            and doc[s:e].text in kb.ambiguous
            and doc[s].ent_type_ != "GPE"
            and key not in sure
            and not _listed_with_country(doc, s, e, countries)
        ):
            continue
        spans.setdefault((s, e), {}).setdefault(typ, []).append(key)
    chosen: list[Cand] = []
    for (s, e), by_type in spans.items():
        typ = max(by_type, key=lambda t: _PRIORITY[t])
        chosen.append(Cand(s, e, typ, tuple(dict.fromkeys(by_type[typ]))))
        # keep the other readings of the same span (a body that is also a generic, "Treasury")
        for other, keys in by_type.items():
            if other != typ:
                chosen[-1].keys += tuple(f"{other}|{k}" for k in keys)
    as_spans = {(c.start, c.end): c for c in chosen}
    kept = filter_spans([doc[c.start : c.end] for c in sorted(chosen, key=lambda c: -_PRIORITY[c.type])])
    return sorted((as_spans[(sp.start, sp.end)] for sp in kept), key=lambda c: c.start)


_LIST_SEPARATORS = {",", "and", "or", "&"}
# "South American", "Latin American", "Central American", "North American": a continent's part, not a state's people
_REGION_PREFIXES = {"south", "latin", "central", "north"}
_REGION_DEMONYMS = {"american", "americans"}
# a demonym after "ethnic" names a people wherever it lives, not the state of that name (CAMEO codes ethnic groups
# by where they live): "ethnic Albanians" of Serbia are no Albanian side
_ETHNIC_MARKERS = {"ethnic"}


def _listed_with_country(doc: Doc, s: int, e: int, countries: set[tuple[int, int]]) -> bool:
    """An ambiguous name ("Niger", "Chad") listed with a country name is the country: "Mali, Burkina Faso
    and Niger", "Niger or Chad". The name and its neighbour in the list stand one or two separators apart
    (a comma, "and", "or")."""
    ends = {b for _, b in countries}
    starts = {a for a, _ in countries}
    for gap in (1, 2):
        before = range(s - gap, s)
        if s - gap >= 0 and all(doc[i].lower_ in _LIST_SEPARATORS for i in before) and s - gap in ends:
            return True
        after = range(e, e + gap)
        if e + gap < len(doc) and all(doc[i].lower_ in _LIST_SEPARATORS for i in after) and e + gap in starts:
            return True
    return False


def _sure_countries(doc: Doc, kb: ActorKB, hits: list[tuple[tuple[str, str], int, int]]) -> set[str]:
    """Countries with an ambiguous name ("Niger", "Chad", "Georgia") that the article shows it means: one
    sense per article. The name is the country wherever it stands when spaCy tags one of its mentions a
    place, or the article also names the country's capital or demonym ("Niamey", "Nigerien")."""
    out: set[str] = set()
    for (typ, key), s, e in hits:
        if typ == "COUNTRY" and doc[s:e].text in kb.ambiguous and doc[s].ent_type_ == "GPE":
            out.add(key)
        elif typ == "DEMONYM" and _capitalised(doc, s, e):
            out.add(key)
        elif typ == "SEAT" and key.startswith("gov:") and doc[s:e].text.lower() in kb.strict_capitals:
            out.add(key[4:])
    return out


# "pro-" and "anti-" before a name make it the side the noun's people are for or against, not their own side:
# "pro-Palestinian protesters rallied in London" are no Palestinian side, "anti-American marchers" no American one
# (session 23; real wire copy on protests in many cities)
_STANCE_PREFIXES = {"pro", "anti"}


def _stance_prefixed(doc: Doc, s: int) -> bool:
    """Whether the match at ``s`` follows "pro-" or "anti-" (split by the tokenizer or kept as one token)."""
    if s >= 2 and doc[s - 1].text == "-" and doc[s - 2].lower_ in _STANCE_PREFIXES and doc[s - 2].whitespace_ == "":
        return doc[s - 1].whitespace_ == ""
    return s >= 1 and doc[s - 1].lower_ in {"pro-", "anti-"} and doc[s - 1].whitespace_ == ""


def _capitalised(doc: Doc, s: int, e: int) -> bool:
    first = doc[s]
    if first.lower_ == "the" and e - s > 1:
        first = doc[s + 1]
    return first.text[:1].isupper() or first.text[:1].isdigit()
