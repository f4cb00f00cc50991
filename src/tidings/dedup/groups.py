"""Source groups: articles that copy one another, as connected components of verified links.

Why components: a copy of a copy is still the same source. Every "reported by N sources" count
in tidings counts these groups, never articles.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

__all__ = ["UnionFind", "Link", "GroupRow", "assign_groups", "KIND_RANK", "order_key"]

KIND_RANK = {"exact": 3, "near": 2, "rewrite": 1}


class UnionFind:
    """Union-find with path halving; any hashable node."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        p = self.parent
        p.setdefault(x, x)
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def same(self, a: Hashable, b: Hashable) -> bool:
        return self.find(a) == self.find(b)


@dataclass(frozen=True)
class Link:
    """A verified copy: ``article_id`` (the later one) copies ``other_id``."""

    article_id: str
    other_id: str
    dup_kind: str
    similarity: float
    method: str


@dataclass(frozen=True)
class GroupRow:
    """One ``duplicates`` row."""

    article_id: str
    duplicate_of: str | None
    dup_kind: str | None
    similarity: float | None
    method: str | None
    source_group: str


def order_key(article_id: str, published: dt.date | None) -> tuple[int, dt.date, str]:
    """Canonical order: earliest published first (undated last), ties by article_id."""
    return (published is None, published or dt.date.max, article_id)


def assign_groups(
    members: Iterable[str],
    links: Iterable[Link],
    dates: dict[str, dt.date | None],
    sizes: dict[str, int] | None = None,
) -> list[GroupRow]:
    """Rows for every member: its group's canonical and the link that made it a copy.

    ``sizes``: word counts; with them, a trimmed copy's fuller source is the canonical when the
    dates cannot order the two (see ``_fuller_source``)."""
    members = list(members)
    # links come from the store in no fixed order; the widest path keeps the first of equal links
    links = sorted(links, key=lambda ln: (ln.article_id, ln.other_id, ln.dup_kind, ln.similarity, ln.method))
    uf = UnionFind()
    for m in members:
        uf.find(m)
    by_article: dict[str, list[Link]] = {}
    for ln in links:
        uf.union(ln.article_id, ln.other_id)
        by_article.setdefault(ln.article_id, []).append(ln)
        by_article.setdefault(ln.other_id, []).append(ln)
    comps: dict[Hashable, list[str]] = {}
    for m in members:
        comps.setdefault(uf.find(m), []).append(m)
    rows = []
    for comp in comps.values():
        canon = min(comp, key=lambda a: order_key(a, dates.get(a)))
        if sizes:
            canon = _fuller_source(canon, by_article, dates, sizes)
        group = "g" + canon
        best = _widest_paths(canon, by_article)
        for m in comp:
            if m == canon:
                rows.append(GroupRow(m, None, None, None, None, group))
                continue
            ln = best[m]
            rows.append(GroupRow(m, canon, ln.dup_kind, ln.similarity, ln.method, group))
    return rows


# A near copy this much longer than the earliest article is its fuller source, not a padded copy of it.
FULLER_SOURCE_RATIO = 1.05


def _fuller_source(
    canon: str, by_article: dict[str, list[Link]], dates: dict[str, dt.date | None], sizes: dict[str, int]
) -> str:
    """The original of a trimmed copy is the fuller text, when the dates cannot tell which came first.

    Why: a copy is cut from its source, not padded, so of a near copy pair (the same wording, one
    text's shingles found in the other) the longer is the source. Dates come first; but a page that
    gives no date is not thereby later (undated pages sort last in ``order_key``), and two pages of
    one day are ordered only by article_id. So when one of the pair is undated, or both are of one
    day, a near-linked article at least ``FULLER_SOURCE_RATIO`` times as long as the earliest one is
    the group's original. Rewrites are left to the dates: a machine rewrite may expand its source.
    """
    seen = {canon}
    while True:
        d0 = dates.get(canon)
        fuller = [
            x
            for ln in by_article.get(canon, [])
            if ln.dup_kind == "near"
            for x in (ln.other_id if ln.article_id == canon else ln.article_id,)
            if x not in seen
            and (d0 is None or dates.get(x) is None or dates.get(x) == d0)
            and sizes.get(x, 0) >= FULLER_SOURCE_RATIO * sizes.get(canon, 0) > 0
        ]
        if not fuller:
            return canon
        canon = max(fuller, key=lambda x: (sizes[x], x))
        seen.add(canon)


def _widest_paths(canon: str, by_article: dict[str, list[Link]]) -> dict[str, Link]:
    """For each member, the weakest link on its strongest path to the canonical article.

    Why: a copy's kind says how it relates to the original. A verbatim copy of a rewrite is a
    rewrite of the original; an exact copy of a trimmed copy is a near copy of the original. The
    path maximising its weakest link (exact > near > rewrite, then similarity) gives that relation.
    """
    best: dict[str, tuple[tuple[int, float], Link | None]] = {canon: ((99, 2.0), None)}
    heap: list[tuple[tuple[int, float], str]] = [((-99, -2.0), canon)]
    done: set[str] = set()
    while heap:
        _, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        width, weakest = best[node]
        for ln in by_article.get(node, []):
            nxt = ln.other_id if ln.article_id == node else ln.article_id
            if nxt in done:
                continue
            w = (KIND_RANK[ln.dup_kind], ln.similarity)
            new = min(width, w)
            if nxt not in best or new > best[nxt][0]:
                best[nxt] = (new, ln if w <= width or weakest is None else weakest)
                heapq.heappush(heap, ((-new[0], -new[1]), nxt))
    return {k: v[1] for k, v in best.items() if v[1] is not None}
