"""Reading the parse around a mention: actor or place, and which country an article is about.

"Beijing said" is an actor, "in Beijing" is a place: a capital is an actor only when the parse
makes it the subject or agent of speech or action, a possessor, an object of a non-movement verb,
or the object of a relational preposition (talks *with* Beijing, a request *from* Washington).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp.misparse import misparsed_subject
from ..wordlists import word_list
from .kb import ActorKB

__all__ = ["actor_reading", "dateline_country"]

_LOCATIVE = {
    "in",
    "at",
    "inside",
    "within",
    "across",
    "throughout",
    "near",
    "around",
    "into",
    "outside",
    "via",
    "through",
    "off",
    "beyond",
    "along",
    "onto",
    "over",
}
# Heads of "to <capital>" that make the capital an addressee, not a destination.
_RELATIONAL = {"with", "between", "against", "by", "toward", "towards", "on", "upon", "among", "versus", "vs."}


def _listed_name(tok: Token) -> bool:
    """ "Qatar, Egypt, Jordan, and Saudi Arabia have condemned ...": a name after a comma that the parser hung on the
    name before it as a bare noun modifier (npadvmod) is the next member of a list, as an apposition is."""
    return (
        tok.dep_ == "npadvmod" and tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN" and tok.doc[tok.i - 1].text == ","
    )


def _climb(tok: Token) -> Token:
    while (tok.dep_ in ("conj", "appos") or _listed_name(tok)) and tok.head is not tok:
        if tok.head.pos_ in ("VERB", "AUX") and tok.pos_ == "PROPN":
            # "signed between Chile on one side and Peru, Bolivia and Ecuador on the other": a name the parser
            # hung on a verb as its conjunct is a misparsed list member; it reads on its own (no use of its own)
            return tok
        tok = tok.head
    return tok


def actor_reading(span: Span, *, strict: bool) -> bool:
    """Whether a capital, seat or country name is used as an actor here (see module docstring).

    ``strict`` (capitals): only agentive uses count. Otherwise (seats, country names) every use
    counts except locative ones ("in China", "to the White House", "visited Moscow").
    """
    root = _climb(span.root)
    dep = root.dep_
    if dep in ("nsubj", "nsubjpass", "poss", "agent", "csubj"):
        return True
    if dep == "pobj":
        prep = root.head.lower_
        head = root.head.head
        if prep in _RELATIONAL:
            return prep != "over" or not strict
        if prep == "from":  # a request/warnings from Beijing; not "returned from Beijing"
            return head.lemma_ not in word_list("movement_verbs") and head.lemma_ not in word_list("movement_nouns")
        if prep in ("to", "for"):
            if strict:
                return prep == "to" and head.lemma_ in word_list("address_words")
            return not (head.lemma_ in word_list("movement_verbs") or head.lemma_ in word_list("movement_nouns"))
        if prep == "of":
            return not strict and head.lemma_ not in ("city", "capital", "part", "province", "region", "coast")
        return not strict and prep not in _LOCATIVE
    if dep in ("dobj", "dative", "oprd"):
        return root.head.lemma_ not in word_list("movement_verbs")
    if dep in ("compound", "amod", "nmod") and not strict and _hyphen_pair(span):
        return True
    if dep == "ROOT" and misparsed_subject(root):
        return True  # "China, which has ties with both, called on ...": the subject the parser took for the root
    if dep in ("compound", "amod", "nmod", "npadvmod", "ROOT", "attr", "nummod", "dep", "advmod"):
        return False
    return not strict


_DASHES = ("-", "\u2013", "\u2014", "/")


def _hyphen_pair(span: Span) -> bool:
    """ "the Russia-Ukraine negotiations", "US-China talks": two names joined by a dash before a noun are the two
    sides of what the noun names, each an actor (a lone name before a noun, "the China trip", is not)."""
    doc = span.doc
    after = span.end + 1 < len(doc) and doc[span.end].text in _DASHES and doc[span.end + 1].pos_ == "PROPN"
    before = span.start >= 2 and doc[span.start - 1].text in _DASHES and doc[span.start - 2].pos_ == "PROPN"
    return after or before


_DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*([A-Z][A-Za-z.\- ]{1,30}?))?\s*(?:\(|[-\u2013\u2014]|,\s*[A-Z][a-z]{2})"
)


def dateline_country(text: str, kb: ActorKB) -> tuple[str | None, int]:
    """Country of the dateline ("LIMA, Peru -", "WASHINGTON (Reuters) -") and where the dateline
    ends (0 when the text has none)."""
    m = _DATELINE.match(text[:120])
    if not m:
        return None, 0
    city, extra = m.group(1).strip(), (m.group(2) or "").strip()
    if not city.isupper():
        return None, 0
    end = m.end()
    close = re.match(r"[^-\u2013\u2014]{0,40}[-\u2013\u2014]", text[m.start(0) : m.start(0) + 120])
    if close:
        end = max(end, m.start(0) + close.end())
    for name in (extra, city):
        if not name:
            continue
        key = name.lower()
        aid = kb.capitals.get(key)
        if aid and aid.startswith("gov:"):
            return aid[4:], end
        for c in kb.countries.values():
            if key in (n.lower() for n in c.names):
                return c.iso3, end
    return None, end
