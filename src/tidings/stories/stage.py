"""The 'stories' stage: group articles reporting the same happening, incrementally.

Per run: the new articles' title+lead terms go to ``story_terms``; the stories near them in time
are loaded with their members' terms; each new article joins its original's story (copies), the
most similar story in the window, or a new one; bridged stories merge. Only touched stories are
rewritten, with stable ids ('s' + earliest article).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from ..dedup.groups import order_key
from ..pipeline import Progress, Stage, StageReport
from ..runtime import fork_starmap, settings
from ..store import now, registered
from .cluster import GAP_DAYS, Clusterer
from .terms import article_terms, tfidf

__all__ = ["STAGE", "NAME", "VERSION", "run", "assign_batch"]

NAME = "stories"
# 2: merges respect the 14-day span cap; common terms counted among the stories an article can reach.
# 3: the common-term cap is a share of the stories in reach (at least 40), not a count of 200.
# 4 (session 11): article terms read the lead through dedup's sentence splitter, which now ends a sentence
# at "the U.S." or "on X." before a function word.
VERSION = "4"
# Batches are cut in date order (see ``_chronological``), so a batch's context (stories near it in
# time) is only the tail of the previous batch; larger batches reload that tail less often.
BATCH_SIZE = 50000
TOP_N = 5  # main actors / places kept per story


def _reg(con, name: str, col: str, values: Sequence[Any]):
    """One column of values, registered for the block: ``with _reg(con, "_b", "article_id", ids):``."""
    return registered(con, name, pa.table({col: list(values)}))


PARALLEL_MIN = 2000  # below this many articles, worker processes cost more than they save


def _terms_of(rows: Sequence[tuple[str | None, str]]) -> list[dict[str, float]]:
    """Article terms (title, text) for a batch, on all cores when the batch is large: term
    extraction is a third of the stage's work and each article is independent."""
    return fork_starmap(article_terms, rows, min_rows=PARALLEL_MIN, chunksize=500)


def assign_batch(store: Any, ids: Sequence[str]) -> dict[str, int]:
    """Assign ``ids`` (deduplicated articles in the store) to stories; return counts."""
    con = store.con
    with _reg(con, "_b", "article_id", ids):
        batch = con.execute(
            "SELECT a.article_id, a.title, a.text, a.published_date, d.duplicate_of FROM articles a "
            "JOIN _b USING (article_id) LEFT JOIN duplicates d USING (article_id)"
        ).fetchall()
    batch.sort(key=lambda r: order_key(r[0], r[3]))
    terms = dict(zip((r[0] for r in batch), _terms_of([(r[1], r[2]) for r in batch])))
    dates = {r[0]: r[3] for r in batch}
    dated = [d for d in dates.values() if d is not None]
    with store.transaction():
        with _reg(con, "_b", "article_id", ids):
            con.execute("DELETE FROM story_terms WHERE article_id IN (SELECT article_id FROM _b)")
            con.execute("DELETE FROM story_articles WHERE article_id IN (SELECT article_id FROM _b)")
        rows = [(a, t, w, dates[a]) for a, ts in terms.items() for t, w in ts.items()]
        with registered(
            con,
            "_t",
            pa.table(
                {
                    "article_id": [r[0] for r in rows],
                    "term": [r[1] for r in rows],
                    "weight": [float(r[2]) for r in rows],
                    "published_date": pa.array([r[3] for r in rows], type=pa.date32()),
                }
            ),
        ):
            con.execute("INSERT INTO story_terms SELECT * FROM _t")
        # Context: stories with members near the batch in time, and the stories of the batch's originals.
        lo = (min(dated) - dt.timedelta(days=2 * GAP_DAYS)) if dated else dt.date.min
        hi = (max(dated) + dt.timedelta(days=2 * GAP_DAYS)) if dated else dt.date.max
        originals = sorted({r[4] for r in batch if r[4]})
        with _reg(con, "_o", "article_id", originals):
            ctx = con.execute(
                "WITH s AS (SELECT DISTINCT sa.story_id FROM story_articles sa JOIN articles a USING (article_id) "
                "  WHERE a.published_date BETWEEN ? AND ? UNION SELECT story_id FROM story_articles JOIN _o USING (article_id)) "
                "SELECT sa.story_id, sa.article_id, a.published_date, t.term, t.weight FROM story_articles sa "
                "JOIN s USING (story_id) JOIN articles a USING (article_id) JOIN story_terms t USING (article_id) "
                "WHERE a.published_date BETWEEN ? AND ? OR a.article_id IN (SELECT article_id FROM _o)",
                [lo, hi, lo, hi],
            ).fetchall()
        ctx_terms: dict[str, dict[str, float]] = {}
        ctx_story: dict[str, str] = {}
        ctx_date: dict[str, dt.date | None] = {}
        for sid, aid, d, t, w in ctx:
            ctx_terms.setdefault(aid, {})[t] = w
            ctx_story[aid], ctx_date[aid] = sid, d
        idf, default_idf = _idf(con, {t for ts in list(terms.values()) + list(ctx_terms.values()) for t in ts})
        cl = Clusterer()
        by_story: dict[str, list[str]] = {}
        for aid, sid in ctx_story.items():
            by_story.setdefault(sid, []).append(aid)
        for sid, members in sorted(by_story.items()):
            cl.load(
                sid,
                [
                    (a, tfidf(ctx_terms[a], idf, default_idf), ctx_date[a])
                    for a in sorted(members, key=lambda x: order_key(x, ctx_date[x]))
                ],
            )
        scores: dict[str, float] = {}
        for aid, _, _, d, dup_of in batch:
            _, scores[aid] = cl.assign(aid, tfidf(terms[aid], idf, default_idf), d, copy_of=dup_of)
        n = _write(con, cl, scores)
        store.mark_done(con, NAME, VERSION, [r[0] for r in batch])
    return {"articles": len(batch), "stories_written": n}


# Pseudo-documents added to the idf denominator: a store of a few articles cannot tell a rare term
# from a common one, so idf stays flat (plain tf cosine) until the store has hundreds of articles.
IDF_PRIOR_DOCS = 200


def _idf(con, terms: set[str]) -> tuple[dict[str, float], float]:
    """Smoothed idf from every article's terms in the store (the batch included)."""
    n = con.execute("SELECT count(DISTINCT article_id) FROM story_terms").fetchone()[0] or 1
    with _reg(con, "_terms", "term", sorted(terms)):
        df = dict(
            con.execute("SELECT term, count(*) FROM story_terms JOIN _terms USING (term) GROUP BY term").fetchall()
        )
    n += IDF_PRIOR_DOCS
    return ({t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}, math.log(n + 1) + 1.0)


def _write(con, cl: Clusterer, scores: dict[str, float]) -> int:
    """Rewrite the touched stories: memberships under a stable id, then their summary rows."""
    finals = cl.final()
    if not finals:
        return 0
    old = sorted({o for s in finals for o in s.old_ids})
    with _reg(con, "_old", "story_id", old):
        members = con.execute(
            "SELECT story_id, article_id, score FROM story_articles JOIN _old USING (story_id)"
        ).fetchall()
        con.execute("DELETE FROM story_articles WHERE story_id IN (SELECT story_id FROM _old)")
        con.execute("DELETE FROM stories WHERE story_id IN (SELECT story_id FROM _old)")
    old_score = {a: sc for _, a, sc in members}
    old_members: dict[str, list[str]] = {}
    for sid, a, _ in members:
        old_members.setdefault(sid, []).append(a)
    groups = []
    for s in finals:
        groups.append(sorted(set(s.members) | {a for o in s.old_ids for a in old_members.get(o, [])}))
    allm = sorted({a for g in groups for a in g})
    with _reg(con, "_m", "article_id", allm):
        info = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT a.article_id, a.title, a.published_date, d.duplicate_of, coalesce(d.source_group, 'g' || a.article_id) "
                "FROM articles a JOIN _m USING (article_id) LEFT JOIN duplicates d USING (article_id)"
            ).fetchall()
        }
    sa_rows, story_rows = [], []
    for group in groups:
        # Id from the earliest article; on a tie the one already stored wins, so a same-day newcomer
        # does not rename a story that users may already have seen.
        arts = sorted(group, key=lambda a: (order_key(a, info[a][1])[:2], a not in old_score, a))
        sid = "s" + arts[0]
        # Title: the original of the most copied source group (the wire story), earliest on ties.
        size = Counter(info[a][3] for a in arts)
        canon = sorted([a for a in arts if info[a][2] is None] or arts, key=lambda a: -size[info[a][3]])
        ds = [info[a][1] for a in arts if info[a][1] is not None]
        story_rows.append(
            (
                sid,
                info[canon[0]][0],
                min(ds) if ds else None,
                max(ds) if ds else None,
                len(arts),
                len({info[a][3] for a in arts}),
            )
        )
        sa_rows += [(a, sid, scores.get(a, old_score.get(a))) for a in arts]
    with registered(
        con,
        "_sa",
        pa.table(
            {
                "article_id": [r[0] for r in sa_rows],
                "story_id": [r[1] for r in sa_rows],
                "score": pa.array([r[2] for r in sa_rows], type=pa.float64()),
            }
        ),
    ):
        con.execute("INSERT INTO story_articles SELECT * FROM _sa")
    by_story: dict[str, list[str]] = {}
    for a, sid, _ in sa_rows:
        by_story.setdefault(sid, []).append(a)
    mains = _mains(con, by_story)
    ts = now()
    cols = list(zip(*story_rows))
    with registered(
        con,
        "_st",
        pa.table(
            {
                "story_id": list(cols[0]),
                "title": list(cols[1]),
                "first_seen": pa.array(cols[2], type=pa.date32()),
                "last_seen": pa.array(cols[3], type=pa.date32()),
                "n_articles": pa.array(cols[4], type=pa.int32()),
                "n_sources": pa.array(cols[5], type=pa.int32()),
                "main_actors": [json.dumps(mains.get(r[0], {}).get("actors", [])) for r in story_rows],
                "main_places": [json.dumps(mains.get(r[0], {}).get("places", [])) for r in story_rows],
            }
        ),
    ):
        con.execute(
            "INSERT INTO stories SELECT story_id, title, first_seen, last_seen, n_articles, n_sources, "
            "main_actors::JSON, main_places::JSON, ? FROM _st",
            [ts],
        )
    return len(story_rows)


def _has_columns(con, table: str, cols: Sequence[str]) -> bool:
    found = {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
    }
    return all(c in found for c in cols)


def _mains(con, members: dict[str, list[str]]) -> dict[str, dict[str, list]]:
    """Most mentioned actors and places per story, from the enrich tables when they exist."""
    out: dict[str, dict[str, list]] = {}
    pairs = [(a, sid) for sid, arts in members.items() for a in arts]
    if not pairs:
        return out
    with registered(con, "_sm", pa.table({"article_id": [p[0] for p in pairs], "story_id": [p[1] for p in pairs]})):
        for key, table in (("actors", "actor_mentions"), ("places", "places")):
            if not _has_columns(con, table, ("article_id", "name")):
                continue
            counts: dict[str, Counter] = {}
            for sid, name, n in con.execute(
                f"SELECT sm.story_id, t.name, count(*) FROM {table} t JOIN _sm sm USING (article_id) "
                "WHERE t.name IS NOT NULL GROUP BY ALL"
            ).fetchall():
                counts.setdefault(sid, Counter())[name] = n
            for sid, c in counts.items():
                out.setdefault(sid, {})[key] = [
                    [name, n] for name, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]
                ]
    return out


def _chronological(con, ids: Sequence[str]) -> list[str]:
    """Pending ids in canonical order (earliest first, undated last).

    Why: a batch loads the stories near it in time with their members' terms. Batches cut from an
    unordered list each span the whole period, so every batch reloads every story; cut in date
    order, a batch meets only the stories at its edges, and a run over many batches assigns articles
    in the same order as one big batch would.
    """
    if not ids:
        return []
    with _reg(con, "_p", "article_id", ids):
        dates = dict(
            con.execute("SELECT article_id, published_date FROM articles JOIN _p USING (article_id)").fetchall()
        )
    return sorted(ids, key=lambda a: order_key(a, dates.get(a)))


def run(store: Any, progress: Progress) -> StageReport:
    report = StageReport(stage=NAME)
    ids = _chronological(store.con, store.pending(NAME, VERSION, requires="dedup"))
    progress.start("stories", len(ids))
    size = settings().batch_size(NAME, BATCH_SIZE)
    for start in range(0, len(ids), size):
        chunk = ids[start : start + size]
        counts = assign_batch(store, chunk)
        report.processed += counts["articles"]
        report.notes["stories_written"] = report.notes.get("stories_written", 0) + counts["stories_written"]
        progress.advance(len(chunk))
    progress.finish()
    report.notes["stories"] = store.scalar("SELECT count(*) FROM stories")
    return report


STAGE = Stage(
    name=NAME,
    version=VERSION,
    requires=("dedup",),
    run=run,
    description="stories: articles reporting the same happening, with independent source counts",
    writes=("stories", "story_articles", "story_terms"),
    reads=("articles", "duplicates", "actor_mentions", "places"),
    data=("words",),
    scope="store",
)
