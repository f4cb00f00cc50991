"""Write src/tidings/data/places/demonyms.yaml: every country's English demonym, from mledoze/countries.

A demonym ("Tunisian", "Salvadoran") names a country's people and is used as the country's adjective;
it is never a place, whatever small town shares the name. The curated list in aliases.yaml has the
common ones; this table adds the rest. A demonym that is also the main name of a country, a first-order
division or a city of 50,000 or more ("Djibouti") is left out: the place wins.

Usage: python scripts/build_demonyms.py PATH/TO/countries.json
(countries.json of the public repository github:mledoze/countries, ODC Open Database License; the
commit used is written into the output.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "places" / "demonyms.yaml"
HEADER = """# English demonyms of every country, built by scripts/build_demonyms.py from countries.json of
# github:mledoze/countries ({commit}; ODC Open Database License, (c) Mohammed Le Doze and contributors).
# Those that are also a place's main name are left out. Read by tidings.places.gazetteer.demonyms().
"""


def main(src: str, commit: str = "unknown") -> None:
    from tidings.places.mentions import _known_place

    words: set[str] = set()
    for country in json.loads(Path(src).read_text(encoding="utf-8")):
        eng = (country.get("demonyms") or {}).get("eng") or {}
        for form in (eng.get("m"), eng.get("f")):
            for word in (form or "").split(","):
                word = word.strip()
                if word and not _known_place(word, min_population=50_000):
                    words.add(word)
    text = HEADER.format(commit=commit) + yaml.safe_dump({"demonyms": sorted(words)}, allow_unicode=True, width=100)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {len(words)} demonyms")


if __name__ == "__main__":
    main(*sys.argv[1:3])
