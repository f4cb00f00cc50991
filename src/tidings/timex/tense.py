"""Tense of the clause a time expression sits in, from the spaCy parse.

"met on Tuesday" is the last Tuesday and "will travel on Tuesday" the next one: the governing verb's
tense (and its auxiliaries, and "due to"/"plans to" frames) decides which way an underspecified date
points from the publication date.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Span, Token

from .lexicon import lexicon

Tense = Literal["past", "present", "future"]

__all__ = ["Tense", "tense_at", "governing_verb"]

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "could", "may", "might", "can", "should", "must"}
_HAVE = {"have", "has", "had", "'ve", "'d"}


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb (or auxiliary) that the expression at char offsets [start, end) depends on."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    seen = 0
    while seen < 12:
        if tok.pos_ in ("VERB", "AUX") and not (start <= tok.idx < end):
            return tok
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok, seen = tok.head, seen + 1
    return None


def _aux(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _verb_tense(verb: Token, _depth: int = 0) -> Tense | None:
    if _depth > 12:  # a malformed parse can chain verbs without end: give up rather than recurse
        return None
    aux = _aux(verb)
    lowers = {a.lower_ for a in aux}
    if lowers & {"will", "shall", "'ll", "wo"}:
        return "past" if lowers & _HAVE else "future"
    if lowers & _HAVE and lowers & {"would", "could", "might", "may", "should", "must"}:
        return "past"
    if lowers & {"may", "might", "can", "should", "must"}:
        return "present"
    if "would" in lowers:
        return "future"  # future-in-the-past of reported speech: after the reported moment, near the DCT
    if "could" in lowers:
        return None
    if any(a.tag_ == "TO" for a in aux):
        head = verb.head
        if head is not verb and (
            head.lemma_.lower() in lexicon().future_heads or head.lower_ in lexicon().future_heads
        ):
            return "future"
        if head is not verb and head.pos_ in ("VERB", "AUX", "ADJ"):
            return _verb_tense(head, _depth + 1) if head.pos_ != "ADJ" else _tense_of_adj(head)
        return None
    if verb.lemma_.lower() in ("due", "set", "expect", "schedule", "slate", "plan") and lowers & {
        "is",
        "are",
        "be",
        "'s",
        "'re",
    }:
        return "future"
    if any(a.tag_ == "VBD" for a in aux) or lowers & {"had", "was", "were"}:
        return "past"
    if lowers & {"has", "have", "'ve"}:
        return "past"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "'re"}:
        return "future"
    if verb.tag_ == "VBN":
        if not aux and verb.dep_ in ("acl", "amod") and _scheduled(verb):
            return "future"  # "a summit scheduled for April"; but "a record set on Aug. 6" is past
        if lowers & {"is", "are", "be", "'s", "'re"}:
            return "future" if verb.lemma_.lower() in lexicon().future_heads else "present"
        return "past"
    if verb.tag_ == "VBP" and not aux and _singular_subject(verb) and verb.lower_ in lexicon().invariant_past:
        return "past"  # "Weakness hurt the index": with a singular subject "hurt" is the past, not "hurts"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VB":
        return None
    return None


def _singular_subject(verb: Token) -> bool:
    """Whether the verb's subject is a singular noun or he/she/it (a present form would end in -s)."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.tag_ in ("NN", "NNP") or c.lower_ in ("he", "she", "it")
    return False


def _scheduled(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in ("schedule", "slate", "plan", "expect", "due"):
        return True
    return lemma == "set" and any(c.lower_ == "for" or c.dep_ == "xcomp" for c in verb.children)


def _tense_of_adj(adj: Token) -> Tense | None:
    cop = [c for c in adj.children if c.dep_ in ("cop", "aux")]
    for c in cop:
        if c.tag_ == "VBD":
            return "past"
    return None


def reporting_verb_before(doc: Doc, start: int) -> Token | None:
    """ "Germany said on Wednesday it would ...": the parser often hangs the date on the reported verb;
    a reporting verb just before the expression is the one it belongs to."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    i = span[0].i - 1
    for tok in reversed(list(doc[max(0, i - 3) : i + 1])):
        if tok.is_punct:
            return None
        if tok.pos_ in ("VERB", "AUX"):
            return tok if tok.lemma_.lower() in lexicon().reporting_verbs else None
    return None


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """Past/present/future of the clause governing [start, end), or None when nothing tells."""
    rep = reporting_verb_before(doc, start)
    if rep is not None and (t := _verb_tense(rep)) is not None:
        return t
    verb = governing_verb(doc, start, end)
    if verb is None:
        return None
    t = _verb_tense(verb)
    if t is None and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") and verb.head is not verb:
        t = _verb_tense(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return t


def will_future(doc: Doc, start: int, end: int) -> bool:
    """ "takes office on Jan. 20 and will raise tariffs": a clause that says will/shall, or a present-tense
    schedule, looks ahead from publication (unlike "would", the future of a past narrative)."""
    verb = governing_verb(doc, start, end)
    if verb is None:
        return False
    lowers = {a.lower_ for a in _aux(verb)}
    return bool(lowers & {"will", "shall", "'ll", "wo"}) or (verb.tag_ in ("VBZ", "VBP") and not lowers)


def past_perfect(doc: Doc, start: int, end: int) -> bool:
    """ "Riyadh had severed ties in January 2016": a flashback from the story's own time."""
    verb = governing_verb(doc, start, end)
    if verb is None:
        return False
    lowers = {a.lower_ for a in _aux(verb)}
    return "had" in lowers and not lowers & {"would", "could", "might", "may", "should", "must"}


_PLAN = {"plan", "schedule", "set", "slate", "expect"}


def is_planned(doc: Doc, start: int, end: int) -> bool:
    """ "planned a rally for Saturday", "has scheduled a news conference Thursday": the date is the plan's."""
    verb = governing_verb(doc, start, end)
    if verb is None or verb.lemma_.lower() not in _PLAN:
        return False
    if verb.lemma_.lower() == "set" and not _scheduled(verb):
        return False  # "set fire to the plant on Saturday", "set up a task force on Monday": no schedule
    return not any(a.lower_ == "had" for a in _aux(verb))


def is_reporting(doc: Doc, start: int, end: int) -> bool:
    if reporting_verb_before(doc, start) is not None:
        return True
    verb = governing_verb(doc, start, end)
    return verb is not None and verb.lemma_.lower() in lexicon().reporting_verbs


_AFTER = {"after", "following", "since"}
_STATE = {"be", "remain", "stay", "lie"}


def after_happening(doc: Doc, start: int, end: int) -> bool:
    """ "A man is dead after a shooting on Saturday night", "roads remain closed following a storm on
    Friday": a day inside a phrase that a present state follows names what already happened, so it points
    back. Only a state ("is", "remain", an adjective) reads so: "talks resume after a break on Friday" may
    be a schedule."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok, seen, after = span.root.head, 0, False
    while seen < 8:
        if tok.dep_ == "prep" and tok.lower_ in _AFTER and not (start <= tok.idx < end):
            after = True
        elif tok.pos_ == "ADJ" and after:
            return tok.lemma_.lower() not in lexicon().future_heads
        elif tok.pos_ in ("VERB", "AUX"):
            ahead = any(c.lemma_.lower() in lexicon().future_heads for c in tok.children)
            return after and not ahead and (tok.lemma_.lower() in _STATE or tok.tag_ == "VBN")
        if tok.head is tok:
            break
        tok, seen = tok.head, seen + 1
    return False
