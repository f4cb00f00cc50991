"""Incremental story clustering in memory: articles join the most similar story near them in time.

Why centroids: linking article to article chains unrelated reports together (A~B, B~C, so A~C);
an article joins a story only if it is similar to the story's centroid (average link), and two
stories merge only when a bridging article is close to both *and* their centroids, after it
joins, are close to each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .terms import cosine

__all__ = ["Story", "Clusterer", "JOIN_T", "MERGE_T", "GAP_DAYS", "LOOKUP_TERMS", "MAX_SCORED"]

# Cosine (tf-idf of title x3 + lead x2 + body x0.5) to a story centroid needed to join it. On the
# generated gold, other outlets' own reports of one happening score 0.26-0.43 against its wire
# story and unrelated stories at most 0.11; 0.2 sits between with margin on both sides.
JOIN_T = 0.2
# Centroid-to-centroid cosine for merging two stories a bridging article links.
MERGE_T = 0.2
# An article joins a story only within this many days of the story's first/last article. Template
# articles about another day's meeting (same wording, other people) come a week or more apart;
# coverage of one happening clusters within a few days of it.
GAP_DAYS = 4
# A story spans at most this many days: coverage of one happening is dense in its first days, and
# a cap stops a story from creeping through a year of loosely related articles.
MAX_SPAN_DAYS = 14
# Specificity guard against centroid drift: the article's 10 heaviest terms must include at least
# 2 of the story's 40 heaviest centroid terms (its names and key words). A story that has become a
# blend of common words has no specific profile left, so nothing more joins it.
ARTICLE_TOP, STORY_TOP, MIN_SPECIFIC = 10, 40, 2
# Terms of an article used to look up candidate stories (its heaviest, i.e. most specific, terms),
# and how many of the stories sharing most of them are scored (bounds the work per article).
LOOKUP_TERMS = 20
MAX_SCORED = 50
# Terms used by more stories than this (in the loaded window) are not used to look stories up.
MAX_POSTING = 200


@dataclass
class Story:
    """A story under construction: members, centroid (sum of unit vectors) and date span."""

    key: int
    members: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    first: dt.date | None = None
    last: dt.date | None = None
    old_ids: set[str] = field(default_factory=set)  # story_ids in the store this story comprises
    touched: bool = False
    _top: frozenset[str] | None = None
    _norm: float | None = None

    def top_terms(self) -> frozenset[str]:
        if self._top is None:
            self._top = frozenset(t for t, _ in sorted(self.centroid.items(), key=lambda kv: -kv[1])[:STORY_TOP])
        return self._top

    def norm(self) -> float:
        if self._norm is None:
            self._norm = sum(x * x for x in self.centroid.values()) ** 0.5 or 1.0
        return self._norm

    def add(self, article_id: str, vec: Mapping[str, float], date: dt.date | None) -> None:
        self._top = self._norm = None
        self.members.append(article_id)
        for t, x in vec.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + x
        if date is not None:
            self.first = date if self.first is None else min(self.first, date)
            self.last = date if self.last is None else max(self.last, date)

    def similarity(self, vec: Mapping[str, float]) -> float:
        return cosine(vec, self.centroid) / self.norm()

    def near(self, date: dt.date | None) -> bool:
        if date is None or self.first is None or self.last is None:
            return True
        if (date - self.first).days > MAX_SPAN_DAYS or (self.last - date).days > MAX_SPAN_DAYS:
            return False
        return (self.first - dt.timedelta(days=GAP_DAYS)) <= date <= (self.last + dt.timedelta(days=GAP_DAYS))


def _close_in_time(a: Story, b: Story) -> bool:
    """Spans within GAP_DAYS of each other (undated stories never merge)."""
    if None in (a.first, a.last, b.first, b.last):
        return False
    gap = dt.timedelta(days=GAP_DAYS)
    return a.first - gap <= b.last and b.first - gap <= a.last  # type: ignore[operator]


def _top_terms(vec: Mapping[str, float]) -> list[str]:
    return [t for t, _ in sorted(vec.items(), key=lambda kv: -kv[1])[:LOOKUP_TERMS]]


class Clusterer:
    """Stories and an inverted index from specific terms to the stories using them."""

    def __init__(self) -> None:
        self.stories: dict[int, Story] = {}
        self.parent: dict[int, int] = {}
        self.index: dict[str, set[int]] = {}
        self.story_of: dict[str, int] = {}

    def _find(self, k: int) -> int:
        while self.parent.get(k, k) != k:
            k = self.parent[k]
        return k

    def _new(self) -> Story:
        s = Story(key=len(self.parent))
        self.parent[s.key] = s.key
        self.stories[s.key] = s
        return s

    def _index(self, key: int, vec: Mapping[str, float]) -> None:
        for t in vec:
            self.index.setdefault(t, set()).add(key)

    def load(self, story_id: str, members: Iterable[tuple[str, Mapping[str, float], dt.date | None]]) -> None:
        """An existing story from the store (members inside the time window)."""
        s = self._new()
        s.old_ids.add(story_id)
        for aid, vec, date in members:
            s.add(aid, vec, date)
            self.story_of[aid] = s.key
            self._index(s.key, vec)

    def assign(self, article_id: str, vec: Mapping[str, float], date: dt.date | None,
               copy_of: str | None = None) -> tuple[int, float]:
        """Put one article in a story (its original's, the best near one, or a new one); merge bridged stories."""
        if copy_of is not None and copy_of in self.story_of:
            s = self.stories[self._find(self.story_of[copy_of])]
            self._join(s, article_id, vec, date)
            return s.key, 1.0
        shared: dict[int, int] = {}
        for t in _top_terms(vec):
            posting = self.index.get(t, ())
            if len(posting) > MAX_POSTING:  # a common term: says nothing about which happening
                continue
            for k in posting:
                k = self._find(k)
                shared[k] = shared.get(k, 0) + 1
        specific = _top_terms(vec)[:ARTICLE_TOP]
        cands = []
        for k in sorted(shared, key=lambda k: -shared[k]):
            if len(cands) >= MAX_SCORED or shared[k] < MIN_SPECIFIC:
                break
            st = self.stories[k]
            if st.near(date) and sum(t in st.top_terms() for t in specific) >= MIN_SPECIFIC:
                cands.append(k)
        scored = sorted(((self.stories[k].similarity(vec), k) for k in cands), reverse=True)
        scored = [(sim, k) for sim, k in scored if sim >= JOIN_T]
        if not scored:
            s = self._new()
            self._join(s, article_id, vec, date)
            return s.key, 1.0
        best_sim, best = scored[0]
        s = self.stories[best]
        self._join(s, article_id, vec, date)
        if date is None:  # an undated article may join a story, never bridge two
            return s.key, best_sim
        for _, k in scored[1:]:
            other = self.stories[self._find(k)]
            if other.key == s.key or not _close_in_time(s, other):
                continue
            if cosine(s.centroid, other.centroid) / (s.norm() * other.norm()) >= MERGE_T:
                self._merge(s, other)
        return s.key, best_sim

    def _join(self, s: Story, article_id: str, vec: Mapping[str, float], date: dt.date | None) -> None:
        s.add(article_id, vec, date)
        s.touched = True
        self.story_of[article_id] = s.key
        self._index(s.key, vec)

    def _merge(self, into: Story, other: Story) -> None:
        into._top = into._norm = None
        for t, x in other.centroid.items():
            into.centroid[t] = into.centroid.get(t, 0.0) + x
        into.members += other.members
        into.old_ids |= other.old_ids
        for d in (other.first, other.last):
            if d is not None:
                into.first = d if into.first is None else min(into.first, d)
                into.last = d if into.last is None else max(into.last, d)
        into.touched = True
        self.parent[other.key] = into.key
        del self.stories[other.key]

    def final(self) -> list[Story]:
        """Stories changed in this run."""
        return [s for s in self.stories.values() if s.touched]
