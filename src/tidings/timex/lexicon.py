"""The time-stage lexicon, read once from data/timex/lexicon.yaml (words are data, not code)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = ["Lexicon", "lexicon", "alt"]


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    units: dict[str, str]
    ordinals: dict[str, int]
    duration_mods: dict[str, str]
    date_preps: dict[str, str | None]
    day_parts: dict[str, str]
    seasons: dict[str, str]
    part_mods: dict[str, str]
    vague: dict[str, str | None]
    future_heads: frozenset[str]
    month_context: frozenset[str]
    holidays: dict[str, tuple[int, int]]
    count_nouns: tuple[str, ...]

    def month(self, word: str) -> int | None:
        """Month number of a (capitalised) month name or abbreviation."""
        w = word.strip()
        return self.months.get(w) or self.months.get(w + ".") or self.months.get(w.capitalize())


def alt(words: Any, *, boundary: bool = True) -> str:
    """Regex alternation of words, longest first, so 'a couple of' wins over 'a'."""
    ws = sorted({str(w) for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws)
    return f"(?:{body})"


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load((resources.files("tidings") / "data" / "timex" / "lexicon.yaml").read_text("utf-8"))
    return Lexicon(
        months={str(k): int(v) for k, v in raw["months"].items()},
        weekdays={str(k): int(v) for k, v in raw["weekdays"].items()},
        numbers={str(k): float(v) for k, v in raw["numbers"].items()},
        vague_numbers=tuple(raw["vague_numbers"]),
        units={str(k): str(v[0]) for k, v in raw["units"].items()},
        ordinals={str(k): int(v) for k, v in raw["ordinals"].items()},
        duration_mods=dict(raw["duration_mods"]),
        date_preps=dict(raw["date_preps"]),
        day_parts=dict(raw["day_parts"]),
        seasons=dict(raw["seasons"]),
        part_mods=dict(raw["part_mods"]),
        vague=dict(raw["vague"]),
        future_heads=frozenset(raw["future_heads"]),
        month_context=frozenset(raw["month_context"]),
        holidays={str(k): (int(v[0]), int(v[1])) for k, v in raw["holidays"].items()},
        count_nouns=tuple(raw["count_nouns"]),
    )
