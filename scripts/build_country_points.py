"""Rewrite src/tidings/data/places/country_centroids.csv with GeoNames' own country points.

The gazetteer names a country by its GeoNames id, so its point should be the one GeoNames gives that
id (Canada 60.10867, -113.64258; Japan 35.68536, 139.75309), not another atlas' centre: a reader
mapping our ids next to GeoNames-based data then sees one place, not two 500 km apart. GeoNames'
country points are tabulated with the countries of github:gvenzl/sample-data
(countries-cities-currencies/countries.csv, CC BY 4.0, sources: GeoNames and the National
Geographic Atlas). A country that table lacks keeps the CIA World Factbook point already in the file.

Usage: python scripts/build_country_points.py PATH/TO/countries.csv [SOURCE-COMMIT]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "places" / "country_centroids.csv"
HEADER = """# Country reference points (lat, lon) by ISO 3166-1 alpha-2, built by scripts/build_country_points.py.
# GeoNames' own point of each country (as tabulated in github:gvenzl/sample-data {commit},
# countries-cities-currencies/countries.csv, CC BY 4.0); where that table has no row, the CIA World
# Factbook "geographic coordinates" (public domain, via github.com/exoslav/leaflet-map app/src/data/
# center-states.js, commit 6fa1b690). source: geonames | factbook.
"""


def main(src: str, commit: str = "unknown") -> None:
    old: dict[str, dict[str, str]] = {}
    with OUT.open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            old[row["iso2"]] = row
    geonames: dict[str, tuple[str, str]] = {}
    with open(src, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["LATITUDE"] and row["LONGITUDE"]:
                geonames[row["COUNTRY_CODE"]] = (row["LATITUDE"], row["LONGITUDE"])
    rows = []
    for iso2 in sorted(set(old) | set(geonames)):
        name = old.get(iso2, {}).get("name", "")
        if iso2 in geonames:
            rows.append((iso2, *geonames[iso2], name, "geonames"))
        else:
            rows.append((iso2, old[iso2]["lat"], old[iso2]["lon"], name, "factbook"))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER.format(commit=commit))
        w = csv.writer(fh)
        w.writerow(("iso2", "lat", "lon", "name", "source"))
        w.writerows(rows)
    print(f"{OUT}: {sum(r[-1] == 'geonames' for r in rows)} GeoNames points, {sum(r[-1] == 'factbook' for r in rows)} Factbook")


if __name__ == "__main__":
    main(*sys.argv[1:3])
