"""Ranking gazetteer candidates for one name, given what the article tells us.

Scores live on the gazetteer's log10(population) scale: a matching qualifier ("Paris, Texas")
outweighs everything, the article's countries add the weight of a 100x bigger population, and a
match on an alternate rather than the main name costs a little.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection
from dataclasses import dataclass

from .gazetteer import ALT_NAME_PENALTY, PRIOR, Entry, country_records, demonyms, gazetteer, normalise

__all__ = ["Scored", "rank", "to_alpha3", "candidates", "normalised", "QUALIFIER_BONUS", "CONTEXT_BONUS"]

QUALIFIER_BONUS = 5.0
ADMIN1_ALONE_BONUS = 1.0
CONTEXT_BONUS = 2.0
CO_MENTION_BONUS = 1.5  # a country inferred from other places in the same article
NEARBY_BONUS = 2.0  # a division that contains, or lies in, another place of the article (Savannah ~ Georgia)
_IN_DIVISION = frozenset({"city", "admin2"})  # what lies in a first-level division (towns, counties)

# Words of a landscape or a direction that are also the whole name of some division or town: Tanzania's
# "Coast" region, Papua New Guinea's "Gulf" province, South Sudan's "Lakes" state, Hong Kong's "Islands"
# district, Cameroon's "Littoral", Nigeria's "Delta", "Plateau" and "Rivers" states.
_GENERIC_WORDS = frozenset(
    {
        "north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern",
        "western", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
        "south-west", "far", "upper", "lower", "middle", "inner", "outer", "coast", "coasts", "coastal", "gulf",
        "capital", "lake", "lakes", "island", "islands", "border", "borders", "highland", "highlands", "lowlands",
        "delta", "valley", "plateau", "plateaux", "littoral", "maritime", "river", "rivers", "bay", "hill", "hills",
        "plain", "plains", "mountain", "mountains", "interior", "desert", "oasis", "sea", "seaboard", "shore",
    }
)  # fmt: skip
_GENERIC_FEATURES = frozenset({"admin1", "admin2", "city"})


@functools.lru_cache(maxsize=1)
def _shores() -> dict[str, frozenset[str]]:
    """Curated seas known by a bare generic word ("the Gulf") -> the countries on their shores."""
    import yaml

    from .gazetteer import _data_dir

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser: the same objects, faster
    raw = yaml.load((_data_dir() / "curated.yaml").read_text(encoding="utf-8"), Loader=loader)["entries"]
    return {e["name"]: frozenset(e["shores"]) for e in raw if e.get("shores")}


def generic_name(name: str) -> bool:
    """Is `name` made only of landscape and compass words ("the Gulf", "east coast", "the Lakes")?

    Such a phrase is a common noun as often as a name: a division or town called so is meant only when
    the story is about its country (named by another place or an actor), even as "Coast province": "fired
    into the sea off its east coast" names no Tanzanian region, "Coast province, Kenya" no Tanzanian one."""
    words = normalised(name).split()
    return bool(words) and all(w in _GENERIC_WORDS for w in words)


@dataclass(frozen=True, slots=True)
class Scored:
    entry: Entry
    score: float
    confidence: float


@functools.lru_cache(maxsize=16384)
def candidates(name: str) -> tuple[tuple[Entry, bool], ...]:
    """``gazetteer().candidates`` remembered per name: an article asks about each of its places up to
    four times (qualifier, spatial context, two ranking passes), and a corpus names the same ones."""
    return tuple(gazetteer().candidates(name))


normalised = functools.lru_cache(maxsize=16384)(normalise)


def to_alpha3(code: str | None) -> str | None:
    """Accept alpha-2 or alpha-3 country codes (callers have both)."""
    if not code:
        return None
    code = code.upper()
    if len(code) == 3:
        return code
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    if c is not None:
        return c.alpha_3
    return "XKX" if code == "XK" else None


def _qualifies(entry: Entry, qualifier: Entry) -> bool:
    """Does `qualifier` (the place after the comma) contain `entry`?"""
    if entry is qualifier or entry.feature in {"country", "continent"}:
        return False
    if qualifier.feature == "country":
        return entry.country == qualifier.country
    if qualifier.feature == "admin1":
        return entry.country == qualifier.country and entry.admin1 in {qualifier.name, qualifier.admin1}
    return False


def _same_place(a: Entry, b: Entry) -> bool:
    if a.country != b.country or a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return False
    return abs(a.lat - b.lat) < 0.5 and abs(a.lon - b.lon) < 0.5


_BIG_CITY = 100_000
_SMALL_STATE = 1_000_000  # people: the parishes of Barbados, Dominica, Bermuda or Jersey


def _small_state_division(entry: Entry, named: Collection[str | None]) -> bool:
    """A first-order division of a state of under a million people (the parishes "Saint Peter", "Saint
    Michael", "Southampton") that the story neither names nor places anything in: "St. Peter's Basilica",
    "St. Michael's Hospital" and "on loan from Southampton" are no parishes of Barbados or Bermuda."""
    if entry.feature != "admin1" or not entry.country or entry.country in named:
        return False
    rec = country_records().get(entry.country)
    return rec is not None and int(rec["population"] or 0) < _SMALL_STATE


def rank(
    name: str,
    *,
    qualifiers: Collection[Entry] = (),
    context_countries: Collection[str] = (),
    co_mentioned: Collection[str] = (),
    prefer_admin1: bool = False,
    divisions_named: Collection[tuple] = (),
    divisions_with_towns: Collection[tuple] = (),
    town_before: Collection[tuple] = (),
    listed_with_divisions: Collection[str] = (),
    limit: int | None = None,
) -> list[Scored]:
    """Candidates for `name`, best first, with a 0..1 confidence from the score margin (the first
    ``limit`` of them when given: the confidence of each costs a pass over its rivals)."""
    if normalised(name) in demonyms():
        return []
    ctx = {to_alpha3(c) for c in context_countries} - {None}
    co = set(co_mentioned) - ctx
    best: dict[tuple, float] = {}
    entries: dict[tuple, Entry] = {}
    cands = list(candidates(name))
    letters = len(name.replace(".", ""))
    if name.isupper() and letters <= 4:
        # "EU", "UN", "NATO": abbreviations name countries/regions, not the village of Eu; a four-letter
        # dateline in capitals ("DOHA, Nov 22", "LIMA", "OSLO") still names its city
        cands = [(e, p) for e, p in cands if e.feature != "city" or (letters == 4 and e.population >= _BIG_CITY)]
    # An old or foreign name (Salisbury for Harare, Canton for Guangzhou) loses to a place
    # that bears the name today.
    alt_penalty = ALT_NAME_PENALTY * (2 if any(p for _, p in cands) else 1)
    city_countries = {e.country for e, _ in cands if e.feature == "city"}
    # "China, Japan and South Korea" is a list, not the village of China in Japan; a qualifier can
    # still pick a division that shares a country's name ("Georgia, US").
    qualified_features = {"admin1"} if any(p and e.feature == "country" for e, p in cands) else None
    named = ctx | co | set(co_mentioned)
    cands = [(e, p) for e, p in cands if not _small_state_division(e, named)]
    if generic_name(name):
        # "the Gulf", "off the east coast": a town or division of that name only in a story about its country
        # and a sea called so ("the Gulf") only in a story about a country on its shores: the Persian Gulf
        # beside Iran or Qatar, the Gulf of Mexico beside Texas
        shores = _shores()
        cands = [
            (e, p)
            for e, p in cands
            if (e.feature not in _GENERIC_FEATURES or e.country in named)
            and (e.name not in shores or shores[e.name] & named)
        ]
    for entry, primary in cands:
        s = entry.prior - (0.0 if primary else alt_penalty)
        if entry.feature == "admin1" and entry.prior <= PRIOR["admin1"] and entry.country not in city_countries:
            s += ADMIN1_ALONE_BONUS  # Ontario the province, unless Ontario is also a town of that country
        if entry.country in ctx:
            s += CONTEXT_BONUS
        elif entry.country in co:
            s += CO_MENTION_BONUS
        if (qualified_features is None or entry.feature in qualified_features) and any(
            _qualifies(entry, q) for q in qualifiers
        ):
            s += QUALIFIER_BONUS
        # Spatial coherence: "Savannah" and "Georgia" in one story support Savannah, Georgia.
        if (entry.feature in _IN_DIVISION and (entry.country, entry.admin1) in divisions_named) or (
            entry.feature == "admin1" and (entry.country, entry.admin1) in divisions_with_towns
        ):
            s += NEARBY_BONUS
        # "Atlanta, Georgia", "Blakely, Georgia": the division after a town's comma is the town's own division
        if entry.feature == "admin1" and (entry.country, entry.admin1) in town_before:
            s += QUALIFIER_BONUS
        # "Texas and Georgia", "Alabama, Arizona, Georgia": a name listed beside divisions is a division too
        if entry.feature == "admin1" and entry.country in listed_with_divisions:
            s += NEARBY_BONUS
        if prefer_admin1 and entry.feature == "admin1":
            s += QUALIFIER_BONUS
        key = (entry.geonameid, entry.name, entry.country, entry.feature)
        if s > best.get(key, -math.inf):
            best[key], entries[key] = s, entry
    ordered = sorted(best, key=lambda k: (-best[k], -entries[k].population))
    out: list[Scored] = []
    scores = [best[k] for k in ordered]
    for i, key in enumerate(ordered[:limit]):
        # The rival is the best candidate that would be a different answer (Hong Kong the
        # territory vs Hong Kong the city is not a disambiguation error).
        rival = next(
            (scores[j] for j, k in enumerate(ordered) if j != i and not _same_place(entries[k], entries[key])), None
        )
        margin = scores[i] - rival if rival is not None else 3.0
        out.append(Scored(entries[key], scores[i], round(1.0 / (1.0 + math.exp(-1.5 * margin)), 3)))
    return out
