"""Store side of dedup: signatures and blocking keys in, candidate pairs out, by SQL joins.

Why in the store: the LSH and anchor keys of every article ever seen live in ``dedup_keys``, so a
new batch finds its candidates among old articles by one hash join (no all-pairs work, nothing
recomputed), and the state survives between runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from ..store import registered
from .signatures import ANCHOR, NEAR, TOPIC, Signature

__all__ = [
    "Candidates",
    "write_signatures",
    "find_candidates",
    "delete_state",
    "load_embeddings",
    "save_embeddings",
    "MAX_KEY_DF",
    "REWRITE_WINDOW_DAYS",
]

# A key shared by more articles than this is boilerplate (or a topic word everyone uses): skipped,
# so one "All rights reserved" shingle cannot make a million candidate pairs.
MAX_KEY_DF = 2000
# Topic bands (2 rows of a content-word MinHash) collide far more often; one shared by more than
# this many articles is a common-topic band and would flood the join (and memory) with pairs that
# the time window drops anyway.
MAX_TOPIC_DF = 300
# Texts shorter than this are never exact copies of one another (two empty or one-line items are
# not the same report).
EXACT_MIN_WORDS = 10
# Anchor or topic keys two articles must share to be a candidate pair (one shared near-LSH band is
# enough: a band is 4 MinHash rows agreeing).
MIN_SHARED_KEYS = 2
# Rewrites are looked for among articles published within this many days of each other.
REWRITE_WINDOW_DAYS = 3
# Pairs kept per batch article and key kind, best first (most shared keys). The verifiers look at
# the best 30 near and 3 rewrite candidates of an article anyway; without a cap, a corpus written
# from templates (every article sharing keys with thousands) returned tens of millions of pairs to
# Python (14.6 GB at 10,000 articles in bench/pipeline.py).
MAX_PAIRS_PER_KIND = 60
# Rows each batch article may pull from the key table per key kind, rarest keys first (a key's rows
# are the articles that share it). Copies share their rarest keys, so a wire story copied a few
# hundred times is found whole; but in text written from templates every key is shared by thousands,
# and without a budget the pair aggregation held 5.6 GB of hash table at 10,000 articles
# (bench/pipeline.py). The budget bounds the join at (batch size x kinds x budget) rows.
KEY_ROW_BUDGET = 1000


@dataclass(frozen=True)
class Candidates:
    """Candidate pairs of one batch: (batch article, other article) -> key hits, per kind."""

    exact: dict[str, list[str]]
    hits: dict[tuple[str, str], dict[int, int]]


def delete_state(con, ids: Sequence[str]) -> None:
    """Forget dedup state of articles being (re)processed."""
    t = pa.table({"article_id": list(ids)})
    with registered(con, "_del_ids", t):
        for table in ("dedup_keys", "dedup_signatures", "duplicates"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _del_ids)")
        con.execute(
            "DELETE FROM dedup_links WHERE article_id IN (SELECT article_id FROM _del_ids) "
            "OR other_id IN (SELECT article_id FROM _del_ids)"
        )


def write_signatures(con, sigs: Sequence[Signature], dates: dict[str, dt.date | None]) -> None:
    if not sigs:
        return
    n_anchor = [sum(1 for k, _ in s.keys if k == ANCHOR) for s in sigs]
    t = pa.table(
        {
            "article_id": [s.article_id for s in sigs],
            "exact_key": [s.exact for s in sigs],
            "published_date": pa.array([dates.get(s.article_id) for s in sigs], type=pa.date32()),
            "n_words": pa.array([s.n_words for s in sigs], type=pa.int32()),
            "n_anchors": pa.array(n_anchor, type=pa.int32()),
            "minhash": [np.asarray(s.minhash, dtype=np.uint32).tobytes() for s in sigs],
        }
    )
    with registered(con, "_sig", t):
        con.execute(
            "INSERT INTO dedup_signatures (article_id, exact_key, published_date, n_words, n_anchors, minhash) "
            "SELECT article_id, exact_key, published_date, n_words, n_anchors, minhash FROM _sig"
        )
    kinds, keys, aids = [], [], []
    for s in sigs:
        for k, v in s.keys:
            kinds.append(k)
            keys.append(v)
            aids.append(s.article_id)
    kt = pa.table({"kind": pa.array(kinds, type=pa.int8()), "key": pa.array(keys, type=pa.int64()), "article_id": aids})
    with registered(con, "_keys", kt):
        con.execute("INSERT INTO dedup_keys SELECT kind, key, article_id FROM _keys")


def find_candidates(con, ids: Sequence[str]) -> Candidates:
    """Exact matches and key-sharing pairs for the batch (already written to the store).

    Topic pairs are joined on (band key, day) over the rewrite window's days: joined on the key
    alone, a common topic band pairs articles from the whole year (tens of millions of rows to
    aggregate at 20,000 articles) only for the window to drop nearly all of them afterwards.
    """
    with registered(con, "_batch", pa.table({"article_id": list(ids)})):
        exact: dict[str, list[str]] = {}
        for a, b in con.execute(
            "SELECT s.article_id, o.article_id FROM dedup_signatures s JOIN _batch USING (article_id) "
            "JOIN dedup_signatures o ON o.exact_key = s.exact_key AND o.article_id <> s.article_id "
            f"WHERE s.n_words >= {EXACT_MIN_WORDS}"
        ).fetchall():
            exact.setdefault(a, []).append(b)
        rows = con.execute(f"""
            WITH bk AS (SELECT k.kind, k.key, k.article_id FROM dedup_keys k JOIN _batch USING (article_id)),
            df AS (SELECT k.kind, k.key, count(*) AS n FROM dedup_keys k JOIN (SELECT DISTINCT kind, key FROM bk) u USING (kind, key)
                   GROUP BY ALL HAVING count(*) <= CASE WHEN k.kind = {TOPIC} THEN {MAX_TOPIC_DF} ELSE {MAX_KEY_DF} END),
            bkb AS (SELECT bk.kind, bk.key, bk.article_id FROM bk JOIN df USING (kind, key)
                    QUALIFY sum(df.n) OVER (PARTITION BY bk.article_id, bk.kind ORDER BY df.n, bk.key
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - df.n < {KEY_ROW_BUDGET}),
            copies_all AS (
                SELECT bk.article_id AS a, o.article_id AS b, bk.kind, count(*) AS hits
                FROM bkb bk
                JOIN dedup_keys o ON o.kind = bk.kind AND o.key = bk.key AND o.article_id <> bk.article_id
                WHERE bk.kind <> {TOPIC}
                GROUP BY ALL HAVING bk.kind = {NEAR} OR count(*) >= {MIN_SHARED_KEYS}),
            copies AS (SELECT * FROM copies_all
                QUALIFY row_number() OVER (PARTITION BY a, kind ORDER BY hits DESC, b) <= {MAX_PAIRS_PER_KIND}),
            tb AS (SELECT bk.key, bk.article_id, s.published_date AS d FROM bkb bk
                   JOIN dedup_signatures s USING (article_id) WHERE bk.kind = {TOPIC}),
            tk AS (SELECT o.key, o.article_id, s.published_date AS d FROM dedup_keys o
                   JOIN dedup_signatures s USING (article_id)
                   WHERE o.kind = {TOPIC} AND o.key IN (SELECT key FROM tb)),
            tbx AS (SELECT tb.key, tb.article_id, tb.d + CAST(r.off AS INTEGER) AS d FROM tb
                    CROSS JOIN range(-{REWRITE_WINDOW_DAYS}, {REWRITE_WINDOW_DAYS + 1}) r(off) WHERE tb.d IS NOT NULL),
            tpairs AS (  -- dated pairs within the window; pairs with an undated side (as before: no window)
                SELECT tbx.article_id AS a, tk.article_id AS b FROM tbx JOIN tk ON tk.key = tbx.key AND tk.d = tbx.d
                UNION ALL
                SELECT tb.article_id, u.article_id FROM (SELECT * FROM tb WHERE d IS NULL) tb JOIN tk u USING (key)
                UNION ALL
                SELECT tb.article_id, u.article_id FROM (SELECT * FROM tb WHERE d IS NOT NULL) tb
                JOIN (SELECT * FROM tk WHERE d IS NULL) u USING (key)),
            topics_all AS (SELECT a, b, {TOPIC} AS kind, count(*) AS hits FROM tpairs WHERE a <> b
                           GROUP BY ALL HAVING count(*) >= {MIN_SHARED_KEYS}),
            topics AS (SELECT * FROM topics_all
                       QUALIFY row_number() OVER (PARTITION BY a ORDER BY hits DESC, b) <= {MAX_PAIRS_PER_KIND})
            SELECT a, b, kind, hits FROM copies UNION ALL SELECT a, b, kind, hits FROM topics
        """).fetchall()
    hits: dict[tuple[str, str], dict[int, int]] = {}
    for a, b, kind, n in rows:
        hits.setdefault((a, b), {})[int(kind)] = int(n)
    return Candidates(exact, hits)


def load_embeddings(con, ids: Sequence[str]) -> dict[str, np.ndarray]:
    """Cached sentence embeddings (float32) of those articles that have them."""
    if not ids:
        return {}
    with registered(con, "_emb_ids", pa.table({"article_id": list(ids)})):
        rows = con.execute(
            "SELECT article_id, embedding, n_sentences FROM dedup_signatures "
            "JOIN _emb_ids USING (article_id) WHERE embedding IS NOT NULL"
        ).fetchall()
    return {a: np.frombuffer(e, dtype=np.float16).reshape(int(n), -1).astype(np.float32) for a, e, n in rows}


def save_embeddings(con, embs: dict[str, np.ndarray]) -> None:
    if not embs:
        return
    t = pa.table(
        {
            "article_id": list(embs),
            "embedding": [e.astype(np.float16).tobytes() for e in embs.values()],
            "n_sentences": pa.array([len(e) for e in embs.values()], type=pa.int32()),
        }
    )
    with registered(con, "_emb", t):
        con.execute(
            "UPDATE dedup_signatures SET embedding = e.embedding, n_sentences = e.n_sentences "
            "FROM _emb e WHERE dedup_signatures.article_id = e.article_id"
        )
