"""Topics: issue tags ('taiwan', 'trade', 'export_controls', 'ai', ...) on the sentences of a doc.

The taxonomy and its terms are data (src/tidings/data/topics/taxonomy.yaml, documented in
docs/topics.md). Terms match on lowercase lemmas so "tariffs" finds "tariff", case-sensitive
terms keep "AI" apart from "ai", and per-topic exclusions veto idioms ("bargaining chip").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["TopicTag", "tag", "taxonomy"]

_POS_SUFFIX = re.compile(r"/(NOUN|VERB|ADJ|PROPN)\b")


@dataclass(frozen=True)
class TopicTag:
    topic: str  # taxonomy id, e.g. 'taiwan', 'trade', 'export_controls', 'ai'
    sentence: int  # index in doc.sents
    start: int
    end: int  # the matched words' char offsets
    matched: str


@functools.lru_cache(maxsize=1)
def _raw() -> dict[str, dict[str, Any]]:
    path = resources.files("tidings") / "data" / "topics" / "taxonomy.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))["topics"]


def taxonomy() -> dict[str, dict]:
    """Topic id -> {label, description, terms, case, patterns, exclude} as in the data file."""
    return {k: dict(v) for k, v in _raw().items()}


def _key(token) -> str:
    return token.lemma_.lower() or token.lower_


def _parse_term(term: str) -> tuple[str, dict[int, str]]:
    """'drill/NOUN' -> ('drill', {0: 'NOUN'}): word index -> required part of speech."""
    words, pos = [], {}
    for i, w in enumerate(term.split()):
        m = _POS_SUFFIX.search(w)
        if m:
            pos[i] = m.group(1)
        words.append(_POS_SUFFIX.sub("", w))
    return " ".join(words), pos


@dataclass(frozen=True)
class _Matchers:
    by_lemma: PhraseMatcher  # on a doc of lowercase lemmas ("tariffs" -> "tariff")
    by_lower: PhraseMatcher  # on lowercase surface forms (the term as written)
    by_case: PhraseMatcher  # exact case ("AI")
    raw: Matcher  # YAML token patterns
    excluder: PhraseMatcher
    pos: dict[str, dict[int, str]]  # rule label -> {token offset in match: POS}


@functools.lru_cache(maxsize=4)
def _matchers(vocab: Vocab) -> _Matchers:
    """PhraseMatchers (hash lookups in C) rather than a Matcher with token predicates: ~100x faster."""
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

    from tidings.nlp import load_nlp

    nlp = load_nlp()
    tokenizer: Any = nlp.tokenizer  # a Tokenizer (with .pipe), typed by spaCy as a plain callable
    by_lemma, by_lower = PhraseMatcher(vocab, attr="ORTH"), PhraseMatcher(vocab, attr="LOWER")
    by_case, excluder, raw = PhraseMatcher(vocab, attr="ORTH"), PhraseMatcher(vocab, attr="LOWER"), Matcher(vocab)
    pos: dict[str, dict[int, str]] = {}
    terms = [(topic, *_parse_term(t)) for topic, spec in _raw().items() for t in spec.get("terms", [])]
    for n, ((topic, plain, need), parsed) in enumerate(zip(terms, nlp.pipe(t[1] for t in terms))):
        label = f"{topic}|{n}"
        pos[label] = {i: p for i, p in need.items() if i < len(parsed)} if len(parsed) == len(plain.split()) else {}
        keys = [_key(t) for t in parsed]
        variants = [keys]
        if parsed[-1].text[:1].isupper() and parsed[-1].is_alpha:
            variants.append(keys[:-1] + [parsed[-1].lower_ + "s"])  # "Uyghurs": plural proper noun kept as is
        by_lemma.add(label, [Doc(vocab, words=v) for v in variants])
        by_lower.add(label, [nlp.make_doc(plain.lower())])
    for topic, spec in _raw().items():
        if spec.get("case"):
            by_case.add(topic, list(tokenizer.pipe(spec["case"])))
        if spec.get("patterns"):
            raw.add(topic, [list(p) for p in spec["patterns"]])
        if spec.get("exclude"):
            excluder.add(topic, list(tokenizer.pipe(spec["exclude"])))
    return _Matchers(by_lemma, by_lower, by_case, raw, excluder, pos)


def tag(doc: Doc) -> list[TopicTag]:
    """Every topic term in `doc`, one tag per match (callers group by sentence or topic)."""
    from spacy.tokens import Doc

    m = _matchers(doc.vocab)
    strings = doc.vocab.strings
    keyed = Doc(doc.vocab, words=[_key(t) for t in doc])
    hits: list[tuple[str, int, int]] = []
    for matcher, target in ((m.by_lemma, keyed), (m.by_lower, doc)):
        for mid, s, e in matcher(target):
            label = strings[mid]
            need = m.pos.get(label, {})
            if all(doc[s + i].pos_ == p for i, p in need.items()):
                hits.append((label.split("|", 1)[0], s, e))
    for exact in (m.by_case, m.raw):
        hits.extend((strings[mid], s, e) for mid, s, e in exact(doc))
    vetoes: dict[str, list[tuple[int, int]]] = {}
    for mid, s, e in m.excluder(doc):
        vetoes.setdefault(strings[mid], []).append((s, e))
    sent_of = {}
    for i, sent in enumerate(doc.sents if doc.has_annotation("SENT_START") else [doc[:]]):
        sent_of.update(dict.fromkeys(range(sent.start, sent.end), i))
    found: dict[tuple[str, int], tuple[int, int]] = {}
    for topic, s, e in hits:
        if any(vs < e and s < ve for vs, ve in vetoes.get(topic, [])):
            continue
        # Keep the longest match starting at a token ("export controls" over "export").
        prev = found.get((topic, s))
        if prev is None or e > prev[1]:
            found[(topic, s)] = (s, e)
    tags = []
    covered: dict[str, list[tuple[int, int]]] = {}
    for (topic, _), (s, e) in sorted(found.items(), key=lambda kv: (kv[1][0], -(kv[1][1]))):
        if any(cs <= s and e <= ce for cs, ce in covered.get(topic, [])):
            continue  # nested in a longer match of the same topic
        covered.setdefault(topic, []).append((s, e))
        span = doc[s:e]
        tags.append(TopicTag(topic, sent_of.get(s, 0), span.start_char, span.end_char, span.text))
    return sorted(tags, key=lambda t: (t.start, t.topic))
