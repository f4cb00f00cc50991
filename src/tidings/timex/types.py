"""The record the time stage hands to the rest of tidings."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Timex"]


@dataclass(frozen=True)
class Timex:
    """One temporal expression with its TIMEX3-style normalised value.

    kind: 'date' | 'time' | 'duration' | 'set' | 'vague' | 'range'; precision: 'time'|'day'|'week'|'month'|
    'quarter'|'year'|'decade'|'vague'|'duration'; anchor: 'dct' | 'previous' | 'absolute' | 'none'.
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
