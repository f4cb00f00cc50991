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
    deadline_verbs: frozenset[str]
    month_context: frozenset[str]
    holidays: dict[str, tuple[int, int]]
    floating_holidays: dict[str, tuple[int, int, int]]
    count_nouns: tuple[str, ...]
    reporting_verbs: frozenset[str]
    invariant_past: frozenset[str] = frozenset()
    era_nouns: frozenset[str] = frozenset()

    def month(self, word: str) -> int | None:
        """Month number of a (capitalised) month name or abbreviation."""
        w = word.strip()
        return self.months.get(w) or self.months.get(w + ".") or self.months.get(w.capitalize())


def alt(words: Any, *, boundary: bool = True) -> str:
    """Regex alternation of words, longest first, so 'a couple of' wins over 'a'.

    Written as a prefix tree ("a(?:bout|\\s+couple\\s+of|)" rather than "a\\s+couple\\s+of|about|a"):
    the regex engine then rejects a position after one comparison per first letter instead of one per
    word, and the candidate patterns try these alternations at every word. It matches what the flat
    longest-first list matches, in the same order of preference: words that can match at one position
    are prefixes of one another, and at each node the longer continuations come before the word's end.
    """
    ws = sorted({str(w) for w in words}, key=len, reverse=True)
    units = [_units(w) for w in ws]
    trie: dict = {}
    for u in units:
        node = trie
        for piece in u:
            node = node.setdefault(piece, {})
        node[_END] = {}
    try:
        return f"(?:{_emit(trie)})"
    except _CaseClash:  # two words that differ only in case share a node: keep the flat list
        return "(?:" + "|".join("".join(u) for u in units) + ")"


_END = ""  # trie key marking the end of a word (no regex piece is empty)


class _CaseClash(Exception):
    pass


def _units(word: str) -> list[str]:
    """Regex pieces of a word: each character escaped, each run of spaces one ``\\s+``."""
    out: list[str] = []
    for ch in word:
        if ch == " ":
            if out and out[-1] == r"\s+":
                continue
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return out


def _depth(node: dict) -> int:
    return max((1 + _depth(child) for key, child in node.items() if key != _END), default=0)


def _emit(node: dict) -> str:
    keys = [k for k in node if k != _END]
    if len({k.lower() for k in keys}) != len(keys):
        raise _CaseClash  # under (?i) both would match: their order would matter
    keys.sort(key=lambda k: -_depth(node[k]))
    branches = [k + _emit(node[k]) for k in keys]
    if _END in node:
        branches.append("")  # the word ends here: tried after every longer word through this node
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


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
        deadline_verbs=frozenset(raw["deadline_verbs"]),
        month_context=frozenset(raw["month_context"]),
        holidays={str(k): (int(v[0]), int(v[1])) for k, v in raw["holidays"].items()},
        floating_holidays={str(k): (int(v[0]), int(v[1]), int(v[2])) for k, v in raw["floating_holidays"].items()},
        count_nouns=tuple(raw["count_nouns"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        invariant_past=frozenset(raw.get("invariant_past", ())),
        era_nouns=frozenset(raw.get("era_nouns", ())),
    )
