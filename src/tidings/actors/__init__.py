"""Actors: who is acting in an article, resolved to canonical actors with the office they held then.

``resolve(doc, published=...)`` finds people, bodies, governments (including metonyms such as
"Beijing said"), countries, IGOs and collective references in a parsed article and resolves each
against the knowledge base in ``src/tidings/data/actors/`` (see docs/actors.md). ``kb()`` gives
the knowledge base itself, for lookups from the CLI and web.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from .kb import Actor, ActorKB, Role, kb, load_kb
from .model import ActorMention

__all__ = ["ActorMention", "Actor", "ActorKB", "Role", "resolve", "kb", "load_kb"]


def resolve(doc: Doc, *, published: dt.date | None) -> list[ActorMention]:
    """Actor mentions of one parsed article, in text order; offices as held on ``published``."""
    from .heads import resolve_doc

    return resolve_doc(doc, kb(), published)
