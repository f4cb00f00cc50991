"""Accent folding for name matching, shared by the actor KB, the gazetteer, place matching and the web.

Why its own module: those readers must not pay for importing the cleaning stage (trafilatura, lxml)
to fold a name.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold_accents"]


def fold_accents(text: str) -> str:
    """'Erdoğan' -> 'Erdogan', 'Homyel'' stays: news often drops diacritics, so names are matched without them."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
