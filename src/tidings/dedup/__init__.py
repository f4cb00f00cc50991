"""Duplicates, rewrites and independent sources.

News is copied everywhere: a wire story runs in fifty papers, a site rewrites another's report in
other words. This package marks every article's ``duplicate_of`` (the earliest copy), ``dup_kind``
(exact | near | rewrite) and ``source_group`` (articles that copy one another), so that every count
of sources in tidings counts independent groups, not copies. See docs/dedup.md.
"""

from __future__ import annotations

from .groups import GroupRow, Link, UnionFind, assign_groups
from .text import exact_key, facts, fold, sentences, words
from .verify import near_check, rewrite_check

__all__ = [
    "GroupRow",
    "Link",
    "UnionFind",
    "assign_groups",
    "exact_key",
    "facts",
    "fold",
    "sentences",
    "words",
    "near_check",
    "rewrite_check",
    "article_dedup",
]


def article_dedup(store) -> list[dict]:
    """Per-article duplicate_of, dup_kind, dup_similarity, source_group and story_id (the export's columns)."""
    return store.query("SELECT * FROM article_dedup ORDER BY article_id")
