"""Enrichment: everything resolved on an article's parse (actors, time expressions, places, topics).

``analyse`` is pure (a parse in, records out) so it runs anywhere a Doc is; ``load`` rebuilds the
same records from the store without re-parsing or re-resolving, for the stages that follow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..actors import resolve
from .model import Enriched
from .rows import load_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Enriched", "analyse", "load"]


def analyse(article_id: str, doc: "Doc", *, published: dt.date | None) -> Enriched:
    """Run actors, time, places and topics on one parse. Places get the countries of the resolved
    actors as context ("Washington" next to the White House is the US capital)."""
    from .. import places, timex, topics
    from ..nlp import doc_text

    actors = resolve(doc, published=published)
    countries = tuple(dict.fromkeys(a.country for a in actors if a.resolved and a.country))
    return Enriched(
        article_id=article_id,
        published=published,
        doc=doc,
        actors=actors,
        timexes=list(timex.extract(doc_text(doc), published, doc=doc)),
        places=list(places.geocode(doc, context_countries=countries)),
        topics=list(topics.tag(doc)),
    )


def load(store: Any, article_ids: Sequence[str]) -> Iterator[Enriched]:
    """Enriched records from the store (stored parse + stored rows), in the order of ``article_ids``."""
    yield from load_rows(store, article_ids)
