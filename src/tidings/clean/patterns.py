"""Boilerplate patterns loaded once from ``tidings/data/clean/boilerplate.yaml``.

Patterns live in a data file so that adding a new furniture phrase needs no code change and can be
reviewed as data; this module only compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

__all__ = ["LinePattern", "Patterns", "patterns"]


@dataclass(frozen=True)
class LinePattern:
    regex: re.Pattern[str]
    max_len: int


@dataclass(frozen=True)
class Patterns:
    line: tuple[LinePattern, ...]
    sentence: tuple[re.Pattern[str], ...]
    tail: tuple[re.Pattern[str], ...]
    bio: re.Pattern[str]
    bio_max_len: int
    bio_last: int


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    raw = yaml.safe_load(resources.files("tidings").joinpath("data/clean/boilerplate.yaml").read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    bio = raw["bio"]
    return Patterns(
        line=tuple(LinePattern(re.compile(p["pattern"], flags), int(p.get("max_len", 200))) for p in raw["line"]),
        sentence=tuple(re.compile(p, flags) for p in raw["sentence"]),
        tail=tuple(re.compile(p, flags) for p in raw["tail"]),
        bio=re.compile(bio["pattern"]),  # case-sensitive: a bio starts with a capitalised name
        bio_max_len=int(bio.get("max_len", 400)),
        bio_last=int(bio.get("last_paragraphs", 3)),
    )
