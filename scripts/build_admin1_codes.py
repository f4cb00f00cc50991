"""Write src/tidings/data/places/admin1_codes.tsv from GeoNames' admin1CodesASCII.txt.

The GDELT export writes ADM1 codes as GDELT does (FIPS 10-4 country code + the division's code,
"CH13" for Xinjiang) and a FeatureID for every place GeoNames knows. The events stage stores a
division either as a GeoNames code ("CN.13") or by name ("Xinjiang"), so this table maps both:
country, code, name, ASCII name, GeoNames id.

Usage: python scripts/build_admin1_codes.py PATH/TO/admin1CodesASCII.txt
(the file is GeoNames' public dump, CC BY 4.0: https://download.geonames.org/export/dump/; it is
also kept in public repositories, e.g. github:FiorixF1/what-time-is-it-bot).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "places" / "admin1_codes.tsv"


def main(src: str) -> None:
    rows = []
    for line in Path(src).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or "." not in parts[0]:
            continue
        cc, code = parts[0].split(".", 1)
        rows.append((cc, code, parts[1], parts[2], parts[3]))
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames admin1 codes (admin1CodesASCII.txt, CC BY 4.0), built by scripts/build_admin1_codes.py\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["country", "code", "name", "asciiname", "geonameid"])
        w.writerows(rows)
    print(f"wrote {len(rows)} divisions to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
