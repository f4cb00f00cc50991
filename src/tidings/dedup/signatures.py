"""Per-article signatures and the blocking keys that find candidate pairs without all-pairs work.

Three kinds of key, all kept in the store (``dedup_keys``) so a new batch meets old articles by a
join instead of recomputation:

- ``NEAR`` LSH band keys over a 128-permutation datasketch MinHash of 5-word shingles (32 bands of
  4 rows: an S-curve centred near Jaccard 0.42), for copies with small edits;
- ``ANCHOR`` keys: the shingles whose hash is 0 mod 8 (content-defined sampling, as in winnowing).
  A trimmed copy keeps the anchors of what it kept, whatever it dropped, so anchors find copies by
  containment where Jaccard-LSH misses them (a third of a story has Jaccard 0.33 with it);
- ``TOPIC`` LSH band keys over a 64-permutation MinHash of content words (32 bands of 2 rows,
  centred near Jaccard 0.18), for rewrites, which share names and facts but few shingles.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash

from .text import exact_key, keywords_of, shingle_hashes, words

__all__ = ["Signature", "signature", "NEAR", "ANCHOR", "TOPIC", "NUM_PERM", "TOPIC_PERM"]

NEAR, ANCHOR, TOPIC = 1, 2, 3
NUM_PERM, NEAR_BANDS, NEAR_ROWS = 128, 32, 4
TOPIC_PERM, TOPIC_BANDS, TOPIC_ROWS = 64, 32, 2
ANCHOR_MOD = 8
SEED = 1


def _ident(x: int) -> int:
    return x


_PERMS: dict[int, object] = {}


def _minhash(hashes: np.ndarray, num_perm: int) -> LeanMinHash:
    if num_perm not in _PERMS:  # datasketch draws permutations per instance; draw them once
        _PERMS[num_perm] = MinHash(num_perm=num_perm, seed=SEED).permutations
    m = MinHash(num_perm=num_perm, seed=SEED, hashfunc=_ident, permutations=_PERMS[num_perm],
                scheme="affine32")
    if len(hashes):
        m.update_batch(hashes)
    return LeanMinHash(m)


def _band_keys(kind: int, hv: np.ndarray, bands: int, rows: int) -> list[int]:
    """One signed 64-bit key per band: hash of (kind, band index, the band's rows)."""
    out = []
    for b in range(bands):
        h = hashlib.blake2b(hv[b * rows:(b + 1) * rows].tobytes(), digest_size=8, person=bytes([kind, b]) * 8)
        out.append(int.from_bytes(h.digest(), "little", signed=True))
    return out


@dataclass(frozen=True)
class Signature:
    """What dedup keeps of one article: its exact key, shingles and blocking keys."""

    article_id: str
    exact: str
    n_words: int
    shingles: np.ndarray  # distinct 32-bit shingle hashes, sorted
    minhash: LeanMinHash
    keys: tuple[tuple[int, int], ...]  # (kind, key)
    keywords: frozenset[str]


def signature(article_id: str, text: str) -> Signature:
    ws = words(text)
    sh = shingle_hashes(ws)
    mh = _minhash(sh, NUM_PERM)
    kw = keywords_of(ws)
    kw_hashes = np.unique(shingle_hashes_of_set(kw))
    keys: list[tuple[int, int]] = []
    if len(sh):
        keys += [(NEAR, k) for k in _band_keys(NEAR, mh.hashvalues, NEAR_BANDS, NEAR_ROWS)]
        keys += [(ANCHOR, int(h)) for h in sh[(sh % ANCHOR_MOD) == 0]]
    if len(kw_hashes):
        tm = _minhash(kw_hashes, TOPIC_PERM)
        keys += [(TOPIC, k) for k in _band_keys(TOPIC, tm.hashvalues, TOPIC_BANDS, TOPIC_ROWS)]
    return Signature(article_id, exact_key(text), len(ws), sh, mh, tuple(keys), kw)


def shingle_hashes_of_set(items: frozenset[str]) -> np.ndarray:
    """32-bit hashes of single words (1-shingles), for the topic MinHash."""
    import zlib

    return np.fromiter((zlib.crc32(w.encode("utf-8")) for w in items), dtype=np.uint64, count=len(items))
