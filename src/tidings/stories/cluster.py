"""Incremental story clustering in memory: articles join the most similar story near them in time.

Why centroids: linking article to article chains unrelated reports together (A~B, B~C, so A~C);
an article joins a story only if it is similar to the story's centroid (average link), and two
stories merge only when a bridging article is close to both *and* their centroids, after it
joins, are close to each other.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
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
# Terms used by more than this share of the stories within the article's reach (the stories it could
# join, see ``_weeks``), and by at least MIN_POSTING of them, are not used to look stories up: a
# common term says nothing about which happening. A share, not a count, because the number of
# stories in reach grows with the density of the news: a count fixed for a sparse store lets common
# terms through in a dense one, more unrelated stories get scored and some pass the join cut (bench
# at 100k: B-cubed P 0.71 with a fixed cap of 200). 2 % is about the effective cut before version 2,
# when batches spanned a year (200 of about 9,000 stories at 20k articles; P 0.947). The floor keeps
# small stores, where a share would be a handful of stories, at a plain count.
MAX_POSTING_SHARE = 0.02
MIN_POSTING = 40
# The inverted index is bucketed by week of each member's date, so a lookup touches only the stories
# an article could join (members within MAX_SPAN_DAYS of it), not every story of a long batch.
WEEK_DAYS = 7


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
            self._top = frozenset(heapq.nlargest(STORY_TOP, self.centroid, key=self.centroid.__getitem__))
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
        """Within GAP_DAYS of the span, and joining keeps the span within MAX_SPAN_DAYS."""
        if date is None or self.first is None or self.last is None:
            return True
        after, before = (date - self.first).days, (self.last - date).days
        return -GAP_DAYS <= after <= MAX_SPAN_DAYS and -GAP_DAYS <= before <= MAX_SPAN_DAYS


def _close_in_time(a: Story, b: Story) -> bool:
    """Spans within GAP_DAYS of each other, and together no longer than MAX_SPAN_DAYS (undated
    stories never merge). The span cap holds for merges as for joins: without it, a chain of merges
    grows one story through weeks of loosely related coverage."""
    if None in (a.first, a.last, b.first, b.last):
        return False
    gap = dt.timedelta(days=GAP_DAYS)
    if (max(a.last, b.last) - min(a.first, b.first)).days > MAX_SPAN_DAYS:  # type: ignore[type-var,operator]
        return False
    return a.first - gap <= b.last and b.first - gap <= a.last  # type: ignore[operator]


def _top_terms(vec: Mapping[str, float]) -> list[str]:
    return heapq.nlargest(LOOKUP_TERMS, vec, key=vec.__getitem__)


def _week(date: dt.date | None) -> int | None:
    return None if date is None else date.toordinal() // WEEK_DAYS


def _weeks(date: dt.date | None) -> range | None:
    """Index buckets holding every story an article of this date could join (None: all of them).

    A story the article may join has all its members within MAX_SPAN_DAYS of the article's date
    (``Story.near``), so they sit in these weeks; undated members sit in bucket None, always read.
    """
    if date is None:
        return None
    d = date.toordinal()
    return range((d - MAX_SPAN_DAYS) // WEEK_DAYS, (d + MAX_SPAN_DAYS) // WEEK_DAYS + 1)


class Clusterer:
    """Stories and an inverted index from specific terms to the stories using them."""

    def __init__(self) -> None:
        self.stories: dict[int, Story] = {}
        self.parent: dict[int, int] = {}
        self.index: dict[str, dict[int | None, set[int]]] = {}  # term -> week -> story keys
        self.story_of: dict[str, int] = {}
        # stories indexed per week (merged keys renamed, as in the postings): the size of an
        # article's reach, for the common-term cap (a story spanning two weeks counts in both)
        self.week_stories: dict[int | None, set[int]] = {}

    def _reach(self, weeks: range | None) -> int:
        if weeks is None:
            return sum(map(len, self.week_stories.values()))
        return sum(len(self.week_stories[w]) for w in (*weeks, None) if w in self.week_stories)

    def _find(self, k: int) -> int:
        parent = self.parent
        root = k
        while parent[root] != root:
            root = parent[root]
        while parent[k] != root:  # path compression: merged keys in old postings resolve in one step
            parent[k], k = root, parent[k]
        return root

    def _new(self) -> Story:
        s = Story(key=len(self.parent))
        self.parent[s.key] = s.key
        self.stories[s.key] = s
        return s

    def _index(self, key: int, vec: Mapping[str, float], date: dt.date | None) -> None:
        w = _week(date)
        self.week_stories.setdefault(w, set()).add(key)
        index = self.index
        for t in vec:
            buckets = index.get(t)
            if buckets is None:
                index[t] = {w: {key}}
            elif w in buckets:
                buckets[w].add(key)
            else:
                buckets[w] = {key}

    def _posting(self, term: str, weeks: range | None) -> set[int]:
        """Stories using ``term`` in the given weeks (all weeks if None); keys are current (see _merge)."""
        buckets = self.index.get(term)
        if not buckets:
            return set()
        if weeks is None:
            return set().union(*buckets.values())
        return set().union(*(buckets[w] for w in (*weeks, None) if w in buckets))

    def load(self, story_id: str, members: Iterable[tuple[str, Mapping[str, float], dt.date | None]]) -> None:
        """An existing story from the store (members inside the time window)."""
        s = self._new()
        s.old_ids.add(story_id)
        for aid, vec, date in members:
            s.add(aid, vec, date)
            self.story_of[aid] = s.key
            self._index(s.key, vec, date)

    def assign(
        self, article_id: str, vec: Mapping[str, float], date: dt.date | None, copy_of: str | None = None
    ) -> tuple[int, float]:
        """Put one article in a story (its original's, the best near one, or a new one); merge bridged stories."""
        if copy_of is not None and copy_of in self.story_of:
            s = self.stories[self._find(self.story_of[copy_of])]
            self._join(s, article_id, vec, date)
            return s.key, 1.0
        shared: Counter[int] = Counter()
        top = _top_terms(vec)
        weeks = _weeks(date)
        cap = max(MIN_POSTING, MAX_POSTING_SHARE * self._reach(weeks))
        for t in top:
            posting = self._posting(t, weeks)
            if len(posting) > cap:  # a common term: says nothing about which happening
                continue
            shared.update(posting)
        specific = top[:ARTICLE_TOP]
        stories = self.stories
        ok = []
        for k, n in shared.items():  # filter first, then rank the few that pass (no sort of all)
            if n < MIN_SPECIFIC:
                continue
            st = stories[k]
            if not st.near(date):
                continue
            story_top = st.top_terms()
            if sum(1 for t in specific if t in story_top) >= MIN_SPECIFIC:
                ok.append((-n, k))
        cands = [k for _, k in sorted(ok)[:MAX_SCORED]]
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
        self._index(s.key, vec, date)

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
        for keys in self.week_stories.values():
            if other.key in keys:
                keys.discard(other.key)
                keys.add(into.key)
        # Postings name current stories only, so lookups need no union-find step per posting.
        for t in other.centroid:
            for keys in self.index.get(t, {}).values():
                if other.key in keys:
                    keys.discard(other.key)
                    keys.add(into.key)

    def final(self) -> list[Story]:
        """Stories changed in this run."""
        return [s for s in self.stories.values() if s.touched]
