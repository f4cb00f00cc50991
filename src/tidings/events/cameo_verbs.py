"""Event verbs from the CAMEO verb dictionary (PETRARCH2, MIT), for verbs tidings' own lexicon lacks.

``data/events/cameo_verbs.yaml`` is built by ``scripts/build_cameo_verbs.py`` from PETRARCH2's
``CAMEO.2.0.txt`` and the CAMEO2PLOVER table. A verb block there lists synonymous verbs; its patterns
refine the verb's CAMEO code by the subject, particle, object and prepositional phrases ("rush * (TO
BORDER)" is mobilising, "rush * AID" aid). Here a pattern is read on the dependency parse: the object is
the verb's object (head word, its modifiers among the words before it), a preposition is one of the
verb's (or its object's) prepositions with its object. The most specific matching pattern wins; else
the verb's own code. A code PLOVER has no type for (CAMEO 01, statements) or a null code means the
verb, so used, is no event.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

__all__ = ["CameoMatch", "cameo_match", "cameo_lemmas", "cameo_synset"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class _Words:
    """Words one slot of a pattern accepts: single words, and phrases (matched on the words before)."""

    singles: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]

    def match(self, tok: Token) -> bool:
        if tok.lower_ in self.singles or tok.lemma_.lower() in self.singles:
            return True
        for ph in self.phrases:
            if (tok.lower_ == ph[-1] or tok.lemma_.lower() == ph[-1]) and tok.i >= len(ph) - 1:
                before = tok.doc[tok.i - len(ph) + 1 : tok.i]
                if [t.lower_ for t in before] == list(ph[:-1]):
                    return True
        return False


@dataclass(frozen=True)
class _Noun:
    """A pattern noun: its head word and the modifiers that must stand before the head in its phrase."""

    head: _Words
    mods: tuple[_Words, ...]

    def match(self, tok: Token) -> bool:
        if not self.head.match(tok):
            return False
        before = tok.doc[tok.left_edge.i : tok.i]
        return all(any(m.match(t) for t in before) for m in self.mods)

    @property
    def weight(self) -> int:
        return 1 + len(self.mods)


@dataclass(frozen=True)
class _Pattern:
    code: str | None
    subject: _Noun | None
    particle: str | None
    obj: _Noun | None
    preps: tuple[tuple[str, _Noun | None], ...]

    @property
    def weight(self) -> int:
        w = (self.subject.weight if self.subject else 0) + (self.obj.weight if self.obj else 0)
        w += 1 if self.particle else 0
        return w + sum(1 + (n.weight if n else 0) for _, n in self.preps)


@dataclass(frozen=True)
class _Dictionary:
    codes: dict[str, tuple[str | None, str | None]]
    verbs: dict[str, str | None]
    patterns: dict[str, tuple[_Pattern, ...]]
    synsets: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class CameoMatch:
    """A verb the CAMEO dictionary codes as an event: the code, its PLOVER type and mode, the words used."""

    code: str
    type: str
    mode: str | None
    obj: Token | None
    particle: Token | None


def _words(spec: str, synsets: dict[str, list[str]]) -> _Words:
    entries = synsets.get(spec[1:], []) if spec.startswith("&") else [spec]
    singles = frozenset(e for e in entries if " " not in e)
    phrases = tuple(tuple(e.split()) for e in entries if " " in e)
    return _Words(singles, phrases)


def _noun(spec: str | None, synsets: dict[str, list[str]]) -> _Noun | None:
    if not spec:
        return None
    parts = spec.split()
    return _Noun(_words(parts[-1], synsets), tuple(_words(p, synsets) for p in parts[:-1]))


@functools.lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    text = resources.files("tidings").joinpath("data", "events", "cameo_verbs.yaml").read_text(encoding="utf-8")
    raw: dict[str, Any] = yaml.load(text, Loader=_LOADER)
    syn = raw["synsets"]
    codes = {str(k): (v[0], v[1]) for k, v in raw["codes"].items()}
    verbs: dict[str, str | None] = {}
    patterns: dict[str, list[_Pattern]] = {}
    for block in raw["blocks"]:
        pats = [
            (
                p.get("verb"),
                _Pattern(
                    p.get("code"),
                    _noun(p.get("subject"), syn),
                    p.get("particle"),
                    _noun(p.get("object"), syn),
                    tuple((q[0], _noun(q[1], syn)) for q in p.get("preps", [])),
                ),
            )
            for p in block.get("patterns") or []
        ]
        for lemma, code in block["verbs"].items():
            verbs.setdefault(str(lemma), code)
            patterns.setdefault(str(lemma), []).extend(p for v, p in pats if v is None)
        for v, p in pats:
            if v is not None:
                patterns.setdefault(str(v), []).append(p)
    synsets = {str(k): tuple(str(w) for w in v) for k, v in syn.items()}
    return _Dictionary(codes, verbs, {k: tuple(v) for k, v in patterns.items()}, synsets)


def cameo_synset(name: str) -> frozenset[str]:
    """The words of one synset of the dictionary ("military": troops, soldiers, marines, ...)."""
    return frozenset(_dictionary().synsets.get(name, ()))


def cameo_lemmas() -> frozenset[str]:
    """Every verb lemma the dictionary knows."""
    d = _dictionary()
    return frozenset(d.verbs) | frozenset(d.patterns)


def _prep_phrases(tok: Token) -> list[tuple[str, Token | None]]:
    """(preposition, its object) for the token's prepositions; an object-less one pairs with None."""
    out: list[tuple[str, Token | None]] = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.i > tok.i:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            out += [(c.lower_, g) for g in objs] or [(c.lower_, None)]
    return out


def _matches(p: _Pattern, verb: Token, obj: Token | None) -> tuple[Token | None, Token | None] | None:
    """(object used, particle used) when the pattern holds for the verb, else None."""
    prt = None
    if p.particle:
        prt = next(
            (
                c
                for c in verb.children
                if c.i > verb.i and c.lower_ == p.particle and c.dep_ in ("prt", "prep", "advmod")
            ),
            None,
        )
        if prt is None:
            return None
    if p.subject and not any(c.dep_ == "nsubj" and p.subject.match(c) for c in verb.children):
        return None
    if p.obj and (obj is None or not p.obj.match(obj)):
        return None
    if p.preps:
        phrases = _prep_phrases(verb) + (_prep_phrases(obj) if obj is not None else [])
        for prep, noun in p.preps:
            if prep == p.particle:
                continue
            if not any(pr == prep and (noun is None or (g is not None and noun.match(g))) for pr, g in phrases):
                return None
    return (obj if p.obj else None), prt


def cameo_match(verb: Token, lemma: str, obj: Token | None) -> CameoMatch | None:
    """The CAMEO reading of a verb with its object, particle or preposition: the most specific pattern
    that holds; None when no pattern holds or the dictionary codes no PLOVER event for it. The verb's
    own code (the dictionary's reading of the bare verb) is not used: "hit", "engage", "take", "join",
    "attend" alone make too many false events in news."""
    d = _dictionary()
    best: tuple[int, str | None, Token | None, Token | None] | None = None
    for p in d.patterns.get(lemma, ()):
        got = _matches(p, verb, obj)
        if got is not None and (best is None or p.weight > best[0]):
            best = (p.weight, p.code, got[0], got[1])
    if best is None:
        return None  # a verb's code alone is too loose on news (tried: precision 0.69 -> 0.65 on dev-world)
    code, used_obj, prt = best[1], best[2], best[3]
    if code is None:
        return None
    typ, mode = d.codes.get(code, (None, None))
    if typ is None:
        return None
    return CameoMatch(code, typ, mode, used_obj, prt)
