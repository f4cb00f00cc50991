"""The record enrichment produces for one article (its own module: ``enrich`` and ``enrich.rows`` both
build it, and neither imports the other for it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..actors import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Enriched"]


@dataclass(frozen=True)
class Enriched:
    """One article's parse with everything resolved on it (offsets into the cleaned text)."""

    article_id: str
    published: dt.date | None
    doc: "Doc"
    actors: list[ActorMention]
    timexes: list[Any]  # tidings.timex.Timex
    places: list[Any]  # tidings.places.Place
    topics: list[Any]  # tidings.topics.TopicTag
