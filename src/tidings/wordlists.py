"""General English word lists that several stages read, from ``data/text/words.yaml``.

Why a data file: the lists are vocabulary a reader may extend, and editing the file changes the
``words`` data fingerprint of every stage that reads it (dedup, stories, enrich), which then re-runs.
"""

from __future__ import annotations

import functools
from importlib import resources

import yaml

__all__ = ["word_list"]


@functools.cache
def _lists() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load((resources.files("tidings") / "data" / "text" / "words.yaml").read_text(encoding="utf-8"))
    return {str(name): frozenset(str(text).split()) for name, text in raw.items()}


def word_list(name: str) -> frozenset[str]:
    """The list ``name`` of words.yaml (a KeyError names a list the file lacks)."""
    return _lists()[name]
