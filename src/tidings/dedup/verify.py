"""Verifiers: is a candidate pair a near copy, a rewrite, or two reports that merely agree?

Blocking finds pairs that *might* copy each other; these functions decide, on the texts. Both
check facts: a copy keeps the numbers, dates and names of what it copies, while a template article
of another day (same sentences, other people and dates) or an own report swaps them. Thresholds
are named constants with the calibration that chose them (see docs/dedup.md and eval/).
"""

from __future__ import annotations

import difflib
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..runtime import FORK_LOCK
from .text import SHINGLE_K, body_text, fact_found, facts, proper_names, sentences, shingle_hashes, word_set, words

__all__ = [
    "NearResult",
    "RewriteResult",
    "near_check",
    "rewrite_check",
    "containment",
    "jaccard",
    "NEAR_CONTAINMENT",
    "NEAR_JACCARD",
    "NEAR_MAX_SWAPS",
    "LEAD_CONTAINMENT",
    "lead_shingles",
    "SENT_COS",
    "REWRITE_COVERAGE",
    "REWRITE_MAX_SWAP_SHARE",
    "lexical_rewrite_check",
    "align",
]

# Near copy: the shorter text's shingles found in the longer. Generated variants (trimmed to a
# third, re-headlined, re-footered, 1 word in 25 edited) all score >= 0.55; independent reports of
# one press conference sharing a few quotes score <= 0.35; same-template other-day pairs 0.2-0.6,
# which the fact check below rejects.
NEAR_CONTAINMENT = 0.5
NEAR_JACCARD = 0.5
# The shorter text must have this many shingles (about 14 words): a caption or a one-line brief is
# not evidence of copying, every outlet writes "Photo: Reuters".
NEAR_MIN_SHINGLES = 10
# Facts swapped in aligned text (a number, date or name replaced by another the other text lacks).
# A wire update may correct one figure; a template article of another day swaps several.
NEAR_MAX_SWAPS = 1
# Sentence paraphrase cosine (all-MiniLM-L6-v2). Calibrated on MRPC train (first 1,500 pairs,
# eval/dedup.py --calibrate): F1 peaks at 0.816 at 0.60-0.62 and stays >= 0.80 up to 0.72; 0.62
# keeps recall for heavier paraphrases (news rewrites restructure sentences more than MRPC pairs).
# Looser alignment is safe because facts are checked on every aligned pair.
SENT_COS = 0.62
# Share of the shorter article's sentences (up to MAX_SENTS) with a one-to-one paraphrase in the
# other. Hand-written sentence-by-sentence paraphrases (eval/gold/dedup_base.jsonl): 0.83-1.0 at
# SENT_COS; other outlets' own reports of the same press conference: <= 0.5 (they share quotes and
# a fact or two, not the narrative). Other authors' rewrites (dev, dev-world, condensed machine
# rewrites among them) align 0.73-1.0 with 24 sentences in reach; independent reports of one
# meeting reach 0.60 against the full original and 0.70 against a condensed rewrite of it (dev-world
# batch 4), which the complete link in dedup.stage then refuses.
REWRITE_COVERAGE = 0.65
# A rewrite restates much of its source, so the aligned pairs also cover this share of the LONGER
# article's sentences (up to MAX_SENTS). Every rewrite the verifier accepts in eval/dedup.py's sets
# covers 0.50-1.0 of the longer text (a condensed rewrite keeps about 60% of its original; 0.35 leaves
# room for one cut to 40%); a four-sentence notice and another outlet's own report of it, almost three
# times as long, align 3 of 4 sentences of the notice but 0.27 of the report (real h15c-12 / h15c-14).
REWRITE_MIN_LONG_COVERAGE = 0.35
# A rewrite keeps facts: at most this share of aligned sentences may swap one for another.
REWRITE_MAX_SWAP_SHARE = 0.15
# Sentences compared per article; bounds MiniLM cost. A condensed rewrite (about 60% of the length)
# follows its original to the end, so the original's later sentences must be in reach: with 12, a
# 16-19 sentence original left a third of a condensed rewrite without its source (dev-world batch 4).
MAX_SENTS = 24
# Two one-line briefs saying the same thing are not a rewrite of one another: too little to tell.
REWRITE_MIN_SENTS = 3


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller shingle set found in the larger (sorted unique arrays)."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / min(len(a), len(b))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) == 0 or len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def _swap(fa: frozenset[str], fb: frozenset[str], words_a: frozenset[str], words_b: frozenset[str]) -> int:
    """Facts swapped between two aligned spans: per kind (number, date, name), how many facts each
    side has that the other text lacks entirely (the smaller count). "On Tuesday ... 340,000
    tonnes, 13 percent" against "On Thursday ... 150,000 tonnes, 8 percent" swaps 3."""
    only_a = [f for f in fa if not fact_found(f, words_b)]
    only_b = [f for f in fb if not fact_found(f, words_a)]
    if not only_a or not only_b:
        return 0
    kind = lambda f: f[0] if f[0] in "#@" else "n"  # noqa: E731
    ka, kb = Counter(map(kind, only_a)), Counter(map(kind, only_b))
    return sum(min(n, kb[k]) for k, n in ka.items())


@dataclass(frozen=True)
class NearResult:
    ok: bool
    containment: float
    jaccard: float
    swaps: int
    lead: float = 0.0  # shingle containment of the leads, when the lead decided (see ``LEAD_CONTAINMENT``)


# Versions of one wire dispatch: outlets that ran it at different hours keep its lead (the first two
# sentences) word for word and cut, reorder or update the rest (a later version adds reactions and
# background), so the whole texts share few shingles. Independent reports and rewrites word their own
# lead; same-template articles of another day keep the lead's words but swap its facts. So two leads
# of at least LEAD_MIN_WORDS words sharing LEAD_CONTAINMENT of their shingles, with no fact swapped
# anywhere in the texts, are one source (near copies). Real pairs: two outlets' versions of one AFP
# dispatch share 0.84 of their leads and swap nothing; no independent pair of any gold set or of the
# real pages checked shares more than 0.5 of its lead; generated same-template pairs share 0.7-1.0
# and swap 2-8 facts.
LEAD_SENTS = 2
LEAD_MIN_WORDS = 30
LEAD_CONTAINMENT = 0.8


@functools.lru_cache(maxsize=1 << 15)
def lead_shingles(text: str) -> tuple[np.ndarray, int]:
    """Shingles of a text's lead (its first LEAD_SENTS sentences) and the lead's word count (cached
    by text: an article meets up to MAX_NEAR_CANDIDATES candidates in a batch). An entry is small (a
    few dozen hashes), so the cache holds a whole batch: at 4,096 entries a 10,000-article batch of
    the bench missed 33,832 times for 10,000 texts (session 27)."""
    ws = words(" ".join(sentences(text, limit=LEAD_SENTS)[:LEAD_SENTS]))
    return shingle_hashes(ws), len(ws)


def near_check(text_a: str, text_b: str, sh_a: np.ndarray, sh_b: np.ndarray) -> NearResult:
    """Near copy if the shingles overlap enough and the aligned text swaps no more than one fact; or
    if the leads are the same words and no fact is swapped (versions of one dispatch)."""
    # ``containment`` and ``jaccard`` of the pair, from one intersection (most candidate pairs stop below)
    c = j = 0.0
    if len(sh_a) and len(sh_b):
        inter = len(np.intersect1d(sh_a, sh_b, assume_unique=True))
        c, j = inter / min(len(sh_a), len(sh_b)), inter / (len(sh_a) + len(sh_b) - inter)
    if min(len(sh_a), len(sh_b)) < NEAR_MIN_SHINGLES:
        return NearResult(False, c, j, 0)
    if c < NEAR_CONTAINMENT and j < NEAR_JACCARD:
        # Shared leads share that many shingles in the whole texts too: most pairs stop here.
        if c * min(len(sh_a), len(sh_b)) < LEAD_CONTAINMENT * (LEAD_MIN_WORDS - SHINGLE_K + 1):
            return NearResult(False, c, j, 0)
        (la, na), (lb, nb) = lead_shingles(text_a), lead_shingles(text_b)
        lead = containment(la, lb) if min(na, nb) >= LEAD_MIN_WORDS else 0.0
        if lead < LEAD_CONTAINMENT:
            return NearResult(False, c, j, 0)
        swaps = count_swaps(text_a, text_b)
        return NearResult(swaps == 0, c, j, swaps, lead)
    swaps = count_swaps(text_a, text_b)
    return NearResult(swaps <= NEAR_MAX_SWAPS, c, j, swaps)


@functools.lru_cache(maxsize=2048)
def _diff_view(text: str) -> tuple[list[str], list[str], frozenset[str], frozenset[str]]:
    """Tokens, folded tokens, word set and proper names of a text: an original meets many copies in
    one batch, so its view is computed once (keyed by the text itself)."""
    toks = text.split()
    return toks, [w.casefold() for w in toks], word_set(text), proper_names(sentences(text))


def count_swaps(text_a: str, text_b: str) -> int:
    """Fact swaps in the word-level diff: replaced spans where each side brings its own fact.

    Only body prose is compared (``text.body_text``): a republisher's byline and time stamp ("By IANS |
    Updated: September 29, 2023 01:10 IST" against "By Yashwant Raj") are furniture, not facts of the report.
    """
    ta, la, all_a, pa = _diff_view(body_text(text_a))
    tb, lb, all_b, pb = _diff_view(body_text(text_b))
    sm = difflib.SequenceMatcher(None, la, lb, autojunk=False)
    swaps = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "replace":
            continue
        fa = facts(" ".join(ta[i1:i2]), pa)
        fb = facts(" ".join(tb[j1:j2]), pb)
        swaps += _swap(fa, fb, all_a, all_b)
    return swaps


@dataclass(frozen=True)
class RewriteResult:
    ok: bool
    coverage: float  # share of the shorter article's sentences aligned one-to-one
    mean_cos: float
    swaps: int
    aligned: int


def align(ea: np.ndarray, eb: np.ndarray, threshold: float = SENT_COS) -> list[tuple[int, int, float]]:
    """Greedy one-to-one sentence alignment by cosine (best pairs first), pairs >= threshold."""
    if len(ea) == 0 or len(eb) == 0:
        return []
    with FORK_LOCK:  # a BLAS product (see runtime.FORK_LOCK)
        sims = ea @ eb.T
    return _align(sims, threshold)


def _align(sim: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    if sim.size == 0:
        return []
    ii, jj = np.nonzero(sim >= threshold)
    order = np.argsort(-sim[ii, jj], kind="stable")
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for k in order:
        i, j = int(ii[k]), int(jj[k])
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((i, j, float(sim[i, j])))
    return out


# A rewrite restates its source sentence by sentence, so some of its sentences are close paraphrases.
# Independent reports of one happening (each outlet's own words, the same facts, names and quoted
# posts) also find a loose partner (cosine 0.62-0.75) for most sentences of a short text, but hardly a
# close one. So loose agreement alone is not a copy: at least STRONG_MIN_PAIRS aligned pairs must reach
# STRONG_COS; or, for a heavy rewrite that rewords every sentence, at least LOOSE_MIN_PAIRS pairs must
# be aligned in the source's order (Kendall tau >= LOOSE_MIN_TAU): a long restatement in order is not
# chance. Rewrites of the gold sets, dev-world and real pages (read through search): 2-13 close pairs
# (the dev rewrite 2 of 8 sentences; one dev-world heavy rewrite 2, with 10 pairs in order);
# independent real reports that pass the coverage cut (two short reports of one ministers' meeting,
# restating the same post): 1 close pair each, 4-6 pairs in all.
STRONG_COS = 0.75
STRONG_MIN_PAIRS = 2
LOOSE_MIN_PAIRS = 8
LOOSE_MIN_TAU = 0.8


def _in_order(pairs: Sequence[tuple[int, int, float]]) -> float:
    """Kendall tau of the aligned pairs' positions (1.0: the same order in both texts)."""
    n = len(pairs)
    if n < 2:
        return 1.0
    conc = disc = 0
    for x in range(n):
        for y in range(x + 1, n):
            d = (pairs[x][0] - pairs[y][0]) * (pairs[x][1] - pairs[y][1])
            conc += d > 0
            disc += d < 0
    return (conc - disc) / max(conc + disc, 1)


def rewrite_check(sents_a: Sequence[str], sents_b: Sequence[str], ea: np.ndarray, eb: np.ndarray) -> RewriteResult:
    """Rewrite if most sentences of the shorter article have a paraphrase in the other, keeping facts, and
    the paraphrases are close (or many, in order) rather than the loose agreement of two own reports."""
    if len(ea) == 0 or len(eb) == 0:
        return RewriteResult(False, 0.0, 0.0, 0, 0)
    r, pairs = _check(sents_a, sents_b, ea[:MAX_SENTS] @ eb[:MAX_SENTS].T, SENT_COS)
    if not r.ok:
        return r
    strong = sum(1 for *_, c in pairs if c >= STRONG_COS)
    if strong >= STRONG_MIN_PAIRS or (len(pairs) >= LOOSE_MIN_PAIRS and _in_order(pairs) >= LOOSE_MIN_TAU):
        return r
    return RewriteResult(False, r.coverage, r.mean_cos, r.swaps, r.aligned)


def _check(
    sents_a: Sequence[str], sents_b: Sequence[str], sim: np.ndarray, threshold: float
) -> tuple[RewriteResult, list[tuple[int, int, float]]]:
    """The verdict on the aligned sentence pairs, and the pairs (the caller may weigh them further)."""
    n = min(len(sents_a), len(sents_b), MAX_SENTS)
    if n < REWRITE_MIN_SENTS:
        return RewriteResult(False, 0.0, 0.0, 0, 0), []
    pairs = _align(sim, threshold)
    all_a = word_set(" ".join(sents_a))
    all_b = word_set(" ".join(sents_b))
    pa, pb = proper_names(sents_a), proper_names(sents_b)
    swaps = sum(_swap(facts(sents_a[i], pa), facts(sents_b[j], pb), all_a, all_b) for i, j, _ in pairs)
    coverage = len(pairs) / n
    long_coverage = len(pairs) / min(max(len(sents_a), len(sents_b)), MAX_SENTS)
    mean_sim = float(np.mean([c for *_, c in pairs])) if pairs else 0.0
    ok = (
        coverage >= REWRITE_COVERAGE
        and long_coverage >= REWRITE_MIN_LONG_COVERAGE
        and swaps <= max(1, REWRITE_MAX_SWAP_SHARE * len(pairs))
    )
    return RewriteResult(ok, coverage, mean_sim, swaps, len(pairs)), pairs


# Lexical alignment first: sentences sharing this share of their content words (Jaccard) are taken
# as aligned without MiniLM. Light rewrites (synonyms, reordering) are decided this way for free;
# anything it cannot accept goes to the sentence encoder.
LEX_SENT_JACCARD = 0.5


def lexical_vectors(sents: Sequence[str]) -> list[frozenset[str]]:
    from .text import keywords

    return [keywords(s) for s in sents]


def lexical_rewrite_check(sents_a: Sequence[str], sents_b: Sequence[str]) -> RewriteResult:
    """``rewrite_check`` with content-word Jaccard in place of MiniLM cosine (accepts, never rejects)."""
    la, lb = lexical_vectors(sents_a[:MAX_SENTS]), lexical_vectors(sents_b[:MAX_SENTS])
    sim = np.array([[len(x & y) / len(x | y) if x and y else 0.0 for y in lb] for x in la], dtype=np.float32)
    r, _ = _check(sents_a, sents_b, sim, LEX_SENT_JACCARD)
    # Same words but a swapped fact is the template signature: leave any such pair to the encoder.
    return r if r.swaps == 0 else RewriteResult(False, r.coverage, r.mean_cos, r.swaps, r.aligned)


def word_count(text: str) -> int:
    return len(words(text))
