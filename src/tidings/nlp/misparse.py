"""Two misparses of a clause's subject that the coder and the actor stage read the same way.

The parser sometimes takes a sentence's subject noun for its root and hangs the main verb below it:
- after a parenthesis set off by commas, the finite verb becomes a reduced relative (``acl``) of the noun: "China,
  which has close ties with Pakistan, called on both countries ...", "Russia, a close ally of Serbia, demanded ...";
- in a list with a serial comma, the first name becomes the root, the second its apposition, and the verb a
  conjunct of the first name with only the last name as its subject: "Burkina Faso, Mali, and Niger recalled ...".
A verb is neither a reduced relative nor a conjunct of the sentence's root noun in a well-formed sentence, so in both
the noun (with its list) is the verb's subject."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["list_head_of", "main_verb_under_noun", "misparsed_subject"]


def main_verb_under_noun(v: Token) -> bool:
    """``v`` is the main verb hung as a reduced relative on the root noun before it, after a parenthesis set off by
    commas. A finite past form only: a past participle there may be a true reduced relative ("du Toit, named player
    of the match, ..." is the parenthesis itself)."""
    head = v.head
    return (
        v.dep_ == "acl"
        and v.tag_ == "VBD"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and v.i > head.i + 1
        and v.doc[v.i - 1].text == ","
        and any(c.dep_ in ("appos", "relcl", "acl") and head.i < c.i < v.i for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    )


def list_head_of(v: Token) -> Token | None:
    """The root noun that opens the subject list of ``v`` when the parser split it off the verb (a serial comma):
    ``v`` is a verb conjunct of that noun, and the noun's "and"/"or" stands right before the verb's own subject,
    which names something (not a pronoun: "Gao Feng ..., but he said" is a second clause)."""
    head = v.head
    if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and head.i < c.i < v.i]
    if not subj or subj[0].pos_ == "PRON":
        return None
    first = min(subj[0].subtree, key=lambda t: t.i)
    cc = [c for c in head.children if c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i == first.i - 1]
    return head if cc else None


def misparsed_subject(noun: Token) -> bool:
    """``noun`` is a sentence root that is really the subject of a verb hung below it (either misparse above)."""
    return noun.dep_ == "ROOT" and any(main_verb_under_noun(c) or list_head_of(c) == noun for c in noun.children)
