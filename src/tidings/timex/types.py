"""The record the time stage hands to the rest of tidings."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Timex"]


@dataclass(frozen=True)
class Timex:
    """One temporal expression with its TIMEX3-style normalised value.

    kind: 'date' | 'time' | 'duration' | 'set' | 'vague' | 'range'; precision: 'time'|'day'|'week'|'month'|
    'quarter'|'year'|'decade'|'vague'|'duration'; anchor: 'dct' | 'previous' | 'absolute' | 'none'.
    timeml: the TIMEX3 value TimeML annotates where it differs from ``value``: "three days later" is the day
    the story reaches for tidings, TimeML's DURATION P3D (not stored; no part of equality).
    """

    start: int
    end: int
    text: str
    kind: str
    value: str
    precision: str
    anchor: str
    end_value: str | None = None
    mod: str | None = None
    timeml: str | None = field(default=None, compare=False)
