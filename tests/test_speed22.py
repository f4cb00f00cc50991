"""Session 22 throughput: the coder's rewritten helpers give the answers of their straightforward forms."""

from __future__ import annotations

import numpy as np
import pytest
from coding import FICTION, code, types
from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]

from tidings.events import triggers
from tidings.events.article import Article
from tidings.events.parties import ActorIndex
from tidings.nlp import doc_from_bytes, doc_text, doc_to_bytes
from tidings.nlp.docbin import with_text

# Made-up text: verbs, auxiliaries, adjectives, participles, passives, relative clauses, a phone call, a
# blamed act, coordinated sides and a dateline whose hyphen the parser reads otherwise.
TEXTS = [
    "OSLO, May 9 (Reuters) - Oslandia and Westmark held talks in Bergen on Monday, the ministry said.",
    "The Oslandian minister told his Westmarkian counterpart by telephone that the decision was a provocation.",
    "Westmark said the Oslandian vessel had deliberately rammed its patrol boat near the islands.",
    "The agreement, which was signed by both sides, was welcomed by the council that met in Bergen.",
    "Oslandia is firmly opposed to Westmark adding new tariffs, and it was to blame for the delay.",
    "The army is holding threatening military exercises while officials have rejected the accusations.",
    "The talks were held in Geneva. Neither Oslandia nor Westmark has commented on the proposal yet.",
    "Westmark's foreign minister and the Oslandian envoy met again, having agreed to keep talking.",
]


class _Everything:
    """A set that holds every part of speech: ``find_triggers`` then skips no token (the straightforward form)."""

    def __contains__(self, item: object) -> bool:
        return True


def _key(tr: triggers.Trigger) -> tuple:
    part = tr.particle.i if tr.particle is not None else None
    return (tr.head.i, tr.type, tr.mode, tr.obj.i if tr.obj is not None else None, part, tr.nominal, tr.frame)


@pytest.mark.parametrize("text", TEXTS)
def test_find_triggers_skips_only_what_adds_nothing(nlp, text, monkeypatch):
    """Tokens that are no verb, auxiliary or adjective are skipped in the verb loop, and only verbs are asked about
    blamed acts and phone calls: the same triggers as walking every token."""
    doc = nlp(text)
    fast = [[_key(t) for t in triggers.find_triggers(s)] for s in doc.sents]
    for tok in doc:
        if tok.pos_ != "VERB":
            assert triggers._blamed_act(tok) is None and triggers._by_phone(tok) is None
    monkeypatch.setattr(triggers, "_VERB_LOOP_POS", _Everything())
    slow = [[_key(t) for t in triggers.find_triggers(s)] for s in doc.sents]
    assert fast == slow
    assert any(fast) or text.startswith("The talks")


def _verb_object_plain(verb):
    """``verb_object`` as it read before session 22 (three walks of the children)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            if triggers.is_relative(c) and verb.dep_ in ("relcl", "acl"):
                return verb.head
            return c
    for c in verb.children:
        if triggers._attributive_participle(c):
            return next(g for g in c.children if g.dep_ == "dobj")
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            if triggers.is_relative(c) and verb.dep_ in ("relcl", "acl"):
                return verb.head
            return c
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def test_verb_object_as_before(nlp):
    found = 0
    for text in TEXTS:
        for tok in nlp(text):
            a, b = triggers.verb_object(tok), _verb_object_plain(tok)
            assert (a.i if a is not None else None) == (b.i if b is not None else None)
            found += a is not None
    assert found >= 8


def test_tokens_with_as_an_array_compare(nlp):
    """The per-doc index of lower-case forms gives the indices one array compare gave, in order, and a fresh list."""
    doc = nlp(" ".join(TEXTS))
    index = ActorIndex(doc, {}, [])
    lower = doc.to_array(LOWER)
    for word in ("the", "oslandia", "westmark", "bergen", "talks", ",", "absent-word", "The"):
        plain = [int(i) for i in np.flatnonzero(lower == hash_string(word))]
        got = index.tokens_with(word)
        assert got == plain
        got.append(-1)  # the caller's list is its own
        assert index.tokens_with(word) == plain
    assert index.tokens_with("the") and not index.tokens_with("The")


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_text_is_the_article_slice(nlp, text):
    """``_build`` slices the article's text for a sentence: the words ``Span.text`` joins, on a fresh parse, on one
    whose dateline hyphen was read otherwise (``with_text``) and on one read back from the store."""
    parsed = with_text(nlp(text), text)
    for doc in (parsed, doc_from_bytes(doc_to_bytes(parsed))):
        art = Article("a1", doc, "2024-05-10", [], [], [], [])
        assert art.text == doc.text == text
        for sent in art.sents:
            assert art.text[sent.start_char : sent.end_char] == sent.text
    assert doc_text(parsed) == text


def test_coordinated_sides_still_found(nlp):
    """``phrase_parties`` reads the head's conjuncts once: coordinated and apposed sides are all still parties."""
    ms = code(nlp, "Oslandia and Westmark held talks in Bergen on Monday.", FICTION)
    assert ("CONSULT", "NOR", "SWE") in types(ms) or ("CONSULT", "SWE", "NOR") in types(ms)
    ms = code(nlp, "Analysts said the weather was mild on Monday.", FICTION)
    assert not ms  # no side, no event


def test_c_yaml_loader_reads_every_data_file_alike():
    """The loaders that use libyaml's parser (events lexicon, place mentions) get the objects the pure-Python one gives; so
    does every other data file."""
    from importlib import resources
    from pathlib import Path

    import yaml

    from tidings.events.lexicon import _LOADER

    files = sorted(Path(str(resources.files("tidings") / "data")).rglob("*.yaml"))
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        plain, fast = yaml.safe_load(text), yaml.load(text, Loader=_LOADER)
        assert fast == plain and repr(fast) == repr(plain), path.name
