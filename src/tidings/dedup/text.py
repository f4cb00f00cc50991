"""Text views the duplicate detectors compare: folded text, word shingles, sentences, facts.

Why separate views: an exact copy is the same *folded* text (case, whitespace and punctuation do
not count); a near copy shares long word sequences (shingles); a rewrite shares sentences' meaning
but not their words; and what tells a copy from a template article of another day is its *facts*
(numbers, dates, proper names), which a copy keeps and a template swaps.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Sequence

import numpy as np

from ..wordlists import word_list

__all__ = [
    "fold",
    "exact_key",
    "body_text",
    "key_of_words",
    "keywords_of",
    "word_set",
    "fact_surface",
    "fact_found",
    "proper_names",
    "words",
    "word_hashes",
    "shingle_hashes",
    "sentences",
    "facts",
    "keywords",
    "SHINGLE_K",
    "STOPWORDS",
    "WEEKDAYS",
]

# 5-word shingles: long enough that two independent reports rarely share one by chance, short
# enough that one edited word spoils only five of them.
SHINGLE_K = 5

_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*", re.UNICODE)
_SPACE = re.compile(r"\s+")

STOPWORDS = word_list("stopwords")
_TITLES = word_list("title_words")
_MONTHS_DAYS = word_list("months_days")
_NUMBER_WORDS = word_list("number_words")
WEEKDAYS = word_list("weekdays")


def fold(text: str) -> str:
    """Case-, whitespace- and punctuation-folded text: what 'the same body' means for exact copies."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(t))


# A body paragraph ends like a sentence and has a few words; headlines, "Updated 2 hours ago",
# "(Reporting by ...)" credits, newsletter and copyright lines do not, whatever the cleaner kept.
_BODY_END = re.compile(r"[.!?][\"'”’)\]]*$")
BODY_MIN_WORDS = 8


def body_text(text: str) -> str:
    """The paragraphs of a text that read as body prose (all of it if none does)."""
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    body = [p for p in paras if _BODY_END.search(p) and len(p.split()) >= BODY_MIN_WORDS]
    return "\n".join(body) if body else text


def exact_key(text: str, ws: Sequence[str] | None = None) -> str:
    """Hash (20 hex) of the folded body: the same report with other furniture has the same key.

    ``ws``: the text's ``words``, if the caller has them; reused when every paragraph is body prose
    (then the body's words are the text's), which saves tokenising most articles twice.
    """
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    body = [p for p in paras if _BODY_END.search(p) and len(p.split()) >= BODY_MIN_WORDS]
    if ws is not None and len(body) == len(paras):
        return key_of_words(ws)
    return key_of_words(words("\n".join(body) if body else text))


def key_of_words(ws: Sequence[str]) -> str:
    """``exact_key`` from already tokenised words (fold is the words joined by spaces)."""
    return hashlib.sha1(" ".join(ws).encode("utf-8")).hexdigest()[:20]


def words(text: str) -> list[str]:
    """Lower-cased word tokens (numbers keep their inner separators: 1,200 and 3.5 stay one token)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


class _Crc32Cache(dict):
    """word -> crc32, filled on first use: news reuses its words, and a dict lookup is several times
    cheaper than encoding and hashing the word again. Bounded so a hostile corpus cannot grow it."""

    MAX = 1 << 20

    def __missing__(self, w: str) -> int:
        v = zlib.crc32(w.encode("utf-8"))
        if len(self) < self.MAX:
            self[w] = v
        return v


_CRC32 = _Crc32Cache()


def word_hashes(ws: Sequence[str]) -> np.ndarray:
    """Stable 32-bit hashes of words (crc32: fast and the same in every process, unlike hash())."""
    return np.fromiter(map(_CRC32.__getitem__, ws), dtype=np.uint64, count=len(ws))


_MUL = np.uint64(0x9E3779B97F4A7C15)


def shingle_hashes(ws: Sequence[str], k: int = SHINGLE_K) -> np.ndarray:
    """Distinct 32-bit hashes of the k-word shingles (vectorised polynomial over word hashes).

    A text shorter than k words is one shingle, so short items still compare.
    """
    wh = word_hashes(ws)
    if len(wh) == 0:
        return np.zeros(0, dtype=np.uint64)
    if len(wh) < k:
        k = len(wh)
    n = len(wh) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _MUL + wh[j : j + n]
        h ^= h >> np.uint64(29)
        h = h * _MUL
        h ^= h >> np.uint64(32)
    return np.unique(h & np.uint64(0xFFFFFFFF))


_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Vol|Inc|Ltd|Co|Corp|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|vs|etc)\.$"
)
# Initials ("George W. Bush") and dotted abbreviations ("U.S. officials") are followed by a name or a
# noun; before a function word they end the sentence: "... in a post on X. He added ...", "... to
# the U.S. The ministry said ...".
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def sentences(text: str, limit: int | None = None) -> list[str]:
    """Sentences, split on end punctuation before a capital (abbreviations and initials kept whole).

    Paragraph breaks always end a sentence (headlines and datelines have no full stop). With
    ``limit``, splitting stops after the paragraph that reaches it (the first ``limit`` sentences
    are the same; callers that read only the lead need not split the whole text).
    """
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n(?=[A-Z\"“])", text):
        if limit is not None and len(out) >= limit and sum(1 for s in out if _WORD.search(s)) >= limit:
            break
        para = _SPACE.sub(" ", para).strip()
        if not para:
            continue
        start = 0
        for m in _SENT_END.finditer(para):
            head = para[start : m.start()].rstrip("\"'”’)]")
            last = head.rsplit(" ", 1)[-1]
            if _ABBREV.search(last):
                continue
            if _INITIALS.fullmatch(last):
                nxt = _WORD.search(para, m.end())
                if nxt is None or nxt.group().casefold() not in STOPWORDS:
                    continue
            out.append(para[start : m.start()].strip())
            start = m.end()
        rest = para[start:].strip()
        if rest:
            out.append(rest)
    return [s for s in out if _WORD.search(s)]


_NUM = re.compile(r"\d[\d,.]*\d|\d")
_POSS = re.compile(r"['’]s?$")
_CAP = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]\b|\b[A-Z]{2,}\b")


def facts(sentence: str, proper: frozenset[str] | None = None) -> frozenset[str]:
    """The checkable facts of a sentence: numbers, dates (months, weekdays) and proper names.

    A copy or a paraphrase keeps them; a template article of another day changes them. Names are
    capitalised words that are not common words; the sentence's first word counts only if the text
    also capitalises it mid-sentence (``proper``, from ``proper_names``): "Scholz said" yes,
    "Relations between" no. Whether a fact is really missing from the other text is checked against
    all its words (``word_set`` / ``fact_found``).
    """
    out: set[str] = set()
    for m in _NUM.finditer(sentence):
        out.add("#" + m.group().replace(",", "").rstrip("."))
    for m in _CAP.finditer(sentence):
        w = _POSS.sub("", m.group().casefold())
        if w in _MONTHS_DAYS:
            out.add("@" + w)
        elif w in STOPWORDS or w.strip("'’") in STOPWORDS or w in _TITLES:
            continue
        elif m.start() > 0 and sentence[: m.start()].strip(" \"'“‘(-–—"):
            out.add(w)
        elif proper is not None and w in proper:
            out.add(w)
    for w in words(sentence):
        if w in _MONTHS_DAYS:
            out.add("@" + w)
        elif w in _NUMBER_WORDS:
            out.add("#" + w)
    return frozenset(out)


def proper_names(sents: Sequence[str]) -> frozenset[str]:
    """Words a text capitalises mid-sentence: its proper names (folded)."""
    out: set[str] = set()
    for sent in sents:
        for m in _CAP.finditer(sent):
            if m.start() > 0 and sent[: m.start()].strip(" \"'“‘(-–—"):
                out.add(_POSS.sub("", m.group().casefold()))
    return frozenset(out)


_DOTTED = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")


def word_set(text: str) -> frozenset[str]:
    """Every folded word of a text, where facts are looked up: numbers also bare ('11th' -> '11',
    '1,200' -> '1200'; also inside a word: 'A320-family' -> '320', as ``facts`` reads it),
    possessives also without 's, dotted initials also without dots ('U.S.' -> 'us'), 6-letter prefixes of long words (so 'Malaysian' finds
    'Malaysia's'), and the initials of runs of capitalised words (so 'EU' finds 'European Union':
    a rewrite abbreviates a name without swapping it)."""
    out: set[str] = set()
    forms = _WORD_FORMS
    for w in words(text):
        f = forms.get(w)
        if f is None:
            f = _word_forms(w)
            if len(forms) < _WORD_FORMS_MAX:
                forms[w] = f
        out.update(f)
    out.update(_initials(text))
    return frozenset(out)


# word -> what ``word_set`` files for it (a word's forms depend on the word alone; news reuses its words)
_WORD_FORMS: dict[str, tuple[str, ...]] = {}
_WORD_FORMS_MAX = 1 << 20  # bounded, as ``_Crc32Cache``


def _word_forms(w: str) -> tuple[str, ...]:
    out = [w, _plain(w)]
    if _DOTTED.fullmatch(w):  # "U.S." states the fact "US"
        out.append(w.replace(".", ""))
    if any(c.isdigit() for c in w):
        out += [m.group().replace(",", "").rstrip(".") for m in _NUM.finditer(w)]
        if w[:1].isdigit():
            return tuple(out)
    w = _POSS.sub("", w)
    out.append(w)
    if len(w) >= 6:
        out.append(w[:6] + "*")
    return tuple(out)


# A run of two or more capitalised words, with "of/and/the/for" inside ("Association of Southeast
# Asian Nations").
_CAP_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|the|for)\s+)?[A-Z][a-z]+)+\b")


def _initials(text: str) -> set[str]:
    """Initials of each stretch of two or more words in a run of capitalised words, folded: 'The
    European Union' -> 'teu', 'eu' (the run may begin with a sentence's first word)."""
    out: set[str] = set()
    for m in _CAP_RUN.finditer(text):
        caps = [w[0].casefold() for w in m.group().split() if w[0].isupper()]
        out.update("".join(caps[i:j]) for i in range(len(caps)) for j in range(i + 2, len(caps) + 1))
    return out


def fact_found(f: str, ws: frozenset[str]) -> bool:
    """Whether the text with word set ``ws`` states fact ``f`` (itself or a name of the same stem)."""
    s = fact_surface(f)
    if s in ws or _plain(s) in ws or (f[:1] not in "#@" and len(s) >= 6 and s[:6] + "*" in ws):
        return True
    parts = [p for p in re.split(r"[-–]", s) if p]
    return len(parts) > 1 and all(p in ws for p in parts)


def _plain(w: str) -> str:
    """A word without its diacritics: a rewrite or an English outlet writes "Nicolas" and "San
    Cristobal" for "Nicolás" and "San Cristóbal", which is the same name, not a swapped fact."""
    if w.isascii():
        return w
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def fact_surface(f: str) -> str:
    """The word a fact stands for ('#60' -> '60', '@monday' -> 'monday')."""
    return f[1:] if f[:1] in "#@" else f


def keywords(text: str) -> frozenset[str]:
    """Content words (no stopwords, 3+ characters) and numbers: what a report is about, for blocking."""
    return keywords_of(words(text))


def keywords_of(ws: Sequence[str]) -> frozenset[str]:
    return frozenset(w for w in ws if (len(w) >= 3 or w[0].isdigit()) and w not in STOPWORDS)
