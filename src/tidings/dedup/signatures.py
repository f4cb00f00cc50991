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
from datasketch import MinHash

from .text import exact_key, keywords_of, shingle_hashes, word_hashes, words

__all__ = ["Signature", "signature", "minhash_values", "NEAR", "ANCHOR", "TOPIC", "NUM_PERM", "TOPIC_PERM"]

NEAR, ANCHOR, TOPIC = 1, 2, 3
NUM_PERM, NEAR_BANDS, NEAR_ROWS = 128, 32, 4
TOPIC_PERM, TOPIC_BANDS, TOPIC_ROWS = 64, 32, 2
ANCHOR_MOD = 8
SEED = 1


_PERMS: dict[int, tuple[np.ndarray, np.ndarray]] = {}
# MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies to each input hash.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_EMPTY = np.uint32(0xFFFFFFFF)


def _perms(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    if num_perm not in _PERMS:  # the permutations datasketch draws for this seed and size
        a, b = MinHash(num_perm=num_perm, seed=SEED, scheme="affine32").permutations
        _PERMS[num_perm] = (np.asarray(a, dtype=np.uint32), np.asarray(b, dtype=np.uint32))
    return _PERMS[num_perm]


def minhash_values(hashes: np.ndarray, num_perm: int) -> np.ndarray:
    """The ``hashvalues`` datasketch's ``MinHash(num_perm, seed=1, scheme='affine32')`` has after
    ``update_batch`` of these 32-bit hashes (identity hash function), computed in one numpy pass.

    Why not datasketch itself: it calls the hash function once per item in Python and converts a
    list back to an array, which was a third of the signature cost; the arithmetic is the same, so
    stored signatures keep their meaning (tests compare the two).
    """
    a, b = _perms(num_perm)
    if len(hashes) == 0:
        return np.full(num_perm, _EMPTY, dtype=np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hashes.astype(np.uint32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    return (hv[:, None] * a + b).min(axis=0)


def _band_keys(kind: int, hv: np.ndarray, bands: int, rows: int) -> list[int]:
    """One signed 64-bit key per band: hash of (kind, band index, the band's rows)."""
    out = []
    for b in range(bands):
        h = hashlib.blake2b(hv[b * rows : (b + 1) * rows].tobytes(), digest_size=8, person=bytes([kind, b]) * 8)
        out.append(int.from_bytes(h.digest(), "little", signed=True))
    return out


@dataclass(frozen=True)
class Signature:
    """What dedup keeps of one article: its exact key, shingles and blocking keys."""

    article_id: str
    exact: str
    n_words: int
    shingles: np.ndarray  # distinct 32-bit shingle hashes, sorted
    minhash: np.ndarray  # NUM_PERM uint32 values (datasketch affine32, seed 1)
    keys: tuple[tuple[int, int], ...]  # (kind, key)
    keywords: frozenset[str]


def signature(article_id: str, text: str) -> Signature:
    ws = words(text)
    sh = shingle_hashes(ws)
    mh = minhash_values(sh, NUM_PERM)
    kw = keywords_of(ws)
    kw_hashes = np.unique(shingle_hashes_of_set(kw))
    keys: list[tuple[int, int]] = []
    if len(sh):
        keys += [(NEAR, k) for k in _band_keys(NEAR, mh, NEAR_BANDS, NEAR_ROWS)]
        keys += [(ANCHOR, int(h)) for h in sh[(sh % ANCHOR_MOD) == 0]]
    if len(kw_hashes):
        tm = minhash_values(kw_hashes, TOPIC_PERM)
        keys += [(TOPIC, k) for k in _band_keys(TOPIC, tm, TOPIC_BANDS, TOPIC_ROWS)]
    return Signature(article_id, exact_key(text, ws), len(ws), sh, mh, tuple(keys), kw)


def shingle_hashes_of_set(items: frozenset[str]) -> np.ndarray:
    """32-bit hashes of single words (1-shingles), for the topic MinHash."""
    return word_hashes(list(items))
