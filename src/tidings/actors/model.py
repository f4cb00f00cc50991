"""The actor mention record (the public interface the events stage codes against)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ActorMention"]


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor, with character offsets into the cleaned article text.

    ``actor_id`` is a canonical id ('country:CHN', 'gov:USA', 'org:usa-state-department',
    'person:xi-jinping', 'igo:un-security-council') or None when unresolved; ``name`` is then the
    surface name. ``role`` is the office held on the article's date. ``kind`` is person | org |
    country | igo | group; ``sector`` a PLOVER/CAMEO agent type (GOV, MIL, LEG, JUD, MED, BUS, ...).
    """

    start: int
    end: int
    text: str
    actor_id: str | None
    name: str
    country: str | None
    sector: str | None
    role: str | None
    kind: str
    resolved: bool
    sentence: int
