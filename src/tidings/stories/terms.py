"""Weighted terms of an article for story matching: the title and lead say what happened.

Why weight the lead: an article reports one happening and may mention older ones further down
("the talks follow last month's clash ..."); the title and first sentences name the happening it
reports, so they dominate its vector and it joins the story of that happening.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Mapping

from ..dedup.text import STOPWORDS, WEEKDAYS, sentences, words

__all__ = ["article_terms", "tfidf", "cosine", "TITLE_W", "LEAD_W", "BODY_W", "LEAD_SENTS", "BODY_SENTS"]

TITLE_W, LEAD_W, BODY_W = 3.0, 2.0, 0.5
LEAD_SENTS, BODY_SENTS = 2, 8
NAME_BOOST = 1.5  # names (capitalised words) identify a happening better than common words

_CAP = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]\b")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+ [-–—] ")


@functools.lru_cache(maxsize=1 << 17)  # a word's stem is looked up millions of times at scale
def _stem(w: str) -> str:
    """A light plural/verb-ending fold (talks ~ talk, agreed ~ agree) so wording matters less."""
    for suf, min_len in (("ies", 5), ("es", 5), ("s", 4), ("ed", 5), ("ing", 6)):
        if len(w) >= min_len and w.endswith(suf) and not w.endswith("ss"):
            return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


def _terms(text: str, weight: float, out: defaultdict[str, float]) -> None:
    names = {m.casefold() for m in _CAP.findall(text)}
    boosted = weight * NAME_BOOST
    for w in words(text):
        if len(w) < 3 or w in STOPWORDS or w in WEEKDAYS or w.isdigit():
            continue
        out[_stem(w)] += boosted if w in names else weight


def article_terms(title: str | None, text: str) -> dict[str, float]:
    """Term weights from the title (x3), lead (first 2 sentences, x2) and next 6 sentences (x0.5)."""
    out: defaultdict[str, float] = defaultdict(float)
    if title:
        _terms(title, TITLE_W, out)
    sents = sentences(_DATELINE.sub("", text.lstrip(), count=1), limit=BODY_SENTS)
    _terms(" ".join(sents[:LEAD_SENTS]), LEAD_W, out)
    _terms(" ".join(sents[LEAD_SENTS:BODY_SENTS]), BODY_W, out)
    return {t: round(w, 3) for t, w in out.items()}


def tfidf(terms: Mapping[str, float], idf: Mapping[str, float], default_idf: float) -> dict[str, float]:
    """Unit-length tf-idf vector (sublinear tf: log(1 + w))."""
    v = {t: math.log1p(w) * idf.get(t, default_idf) for t, w in terms.items() if w > 0}
    n = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / n for t, x in v.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())
