"""Who did what to whom: actor lookup over the dependency parse.

The actors stage gives resolved mentions with character offsets; here we find which of them fill the
subject and object slots of an event word, following conjunctions ("Biden and Xi met"), relative
pronouns ("Qin Gang, who accepted"), passives ("was received by Xi"), control ("agreed to hold") and,
when the parse has no actor, country adjectives ("a Chinese balloon") from the lexicon.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]  # public in spacy.strings, not in its stub
from spacy.tokens import Doc, Token

from .lexicon import lexicon
from .model import Party

__all__ = ["ActorIndex", "party_from_actor"]

_REL_PRONOUNS = {"who", "which", "that", "whom", "whose"}
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i"}
_DUAL_WORDS = {"two", "both", "pair"}
# Dependency labels we never cross when looking for an actor inside a noun phrase.
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis"}
# Dependency labels followed inside one noun phrase when looking for coordinated parties.
_COORD_NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "pobj", "conj", "flat", "nummod", "npadvmod"}
_NP_DEPS_OK = {"compound", "amod", "poss", "appos", "nmod", "prep", "pobj", "nummod", "det", "case", "npadvmod", "flat"}


def party_from_actor(a: Any) -> Party | None:
    """A party for an actor mention; None when it names no country (then context decides)."""
    country = getattr(a, "country", None)
    if not country and getattr(a, "kind", None) == "igo":
        country = lexicon().igo_codes.get(getattr(a, "actor_id", None) or "")
    if not country and getattr(a, "role", None):
        country = lexicon().igo_roles.get(a.role)  # the UN Secretary-General acts for the UN
    if not country:
        return None  # "the two leaders", "officials": resolved from context, not a party of its own
    return Party(
        name=getattr(a, "name", None) or a.text,
        country=country,
        sector=getattr(a, "sector", None),
        role=getattr(a, "role", None),
        actor_id=getattr(a, "actor_id", None),
        kind=getattr(a, "kind", None),
        text=a.text,
    )


@dataclass
class ActorIndex:
    """Actor mentions of one article, indexed by token, plus the article's running context."""

    doc: Doc
    by_token: dict[int, Any]
    ordered: list[tuple[int, Party]]  # (token index, party) in text order
    sent_starts: list[int] | None = None  # first token of each sentence, when the caller knows them
    _lower: Any = None
    # tokens ``at`` found no party at: the coder asks again and again (the answer depends on the parse alone); a
    # party found is built anew each time, as before (a caller compares parties by identity)
    _none: set[int] = field(default_factory=set)

    def tokens_with(self, lower: str) -> list[int]:
        """Indices of the tokens spelling ``lower``, ascending: read from an index of the doc's lower-case forms
        built once (one ``Doc.to_array``, no Token objects); the coder asks thousands of times per article."""
        if self._lower is None:
            index: dict[int, list[int]] = {}
            for i, h in enumerate(self.doc.to_array(LOWER).tolist()):
                index.setdefault(h, []).append(i)
            self._lower = index
        return list(self._lower.get(hash_string(lower), ()))

    def sentence_bounds(self, tok: Token) -> tuple[int, int]:
        """(first token, end token) of ``tok``'s sentence; ``Token.sent`` builds a Span per call."""
        if self.sent_starts is None:
            sent = tok.sent
            return sent.start, sent.end
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return self.sent_starts[k], end

    @classmethod
    def build(cls, doc: Doc, actors: Iterable[Any]) -> ActorIndex:
        by_token: dict[int, Any] = {}
        ordered: list[tuple[int, Party]] = []
        for a in actors:
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            for tok in span:
                by_token.setdefault(tok.i, a)
            p = party_from_actor(a)
            if p is not None:
                ordered.append((span.root.i, p))
        ordered.sort(key=lambda x: x[0])
        return cls(doc, by_token, ordered)

    # -- single noun phrase --------------------------------------------------------------------------
    def at(self, tok: Token) -> Party | None:
        """The actor at this token, or a country adjective/name from the lexicon."""
        if tok.i in self._none and tok.doc is self.doc:
            return None
        p = self._at(tok)
        if p is None and tok.doc is self.doc:
            self._none.add(tok.i)
        return p

    def _at(self, tok: Token) -> Party | None:
        if _maker(tok):
            return None  # "Iranian-made drones attacked Kyiv": where the drones were made, not who attacked
        a = self.by_token.get(tok.i)
        if a is not None:
            p = party_from_actor(a)
            if p is not None or tok.pos_ == "PRON" or is_dual(tok):
                return p
        if tok.pos_ == "PRON":
            return None
        lex = lexicon()
        key = tok.lower_
        if tok.i > tok.doc[0].i and key == "korean" and tok.nbor(-1).lower_ in ("north", "south"):
            key = tok.nbor(-1).lower_ + " korean"
        country = lex.demonyms.get(key)
        if (
            key in ("american", "americans")
            and tok.i > 0
            and tok.nbor(-1).lower_ in ("south", "latin", "central", "north")
        ):
            return None  # "the South American country": a region's, not the United States'
        if (
            country
            and any(c.lower_ == "ethnic" for c in tok.children)
            or (tok.i > 0 and tok.nbor(-1).lower_ == "ethnic")
        ):
            return None  # "ethnic Albanians in Kosovo": an ethnic group, not a state's people
        if country and _stance_prefixed(tok):
            return None  # "pro-Palestinian protesters", "anti-American marchers": a stance, not the people's side
        if country and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in lex.currencies:
            return None  # "donate 800,000 U.S. dollars": an amount, not a party
        if (
            country
            and (tok.ent_type_ in ("NORP", "GPE") or tok.pos_ in ("ADJ", "PROPN"))
            and (tok.ent_type_ != "PERSON" or _lone_adjective(tok))  # "Chad Wolf" is no Chadian
        ):
            return Party(name=tok.text, country=country, kind="country", text=tok.text)
        return None

    def in_phrase(self, head: Token, *, max_depth: int = 4) -> Party | None:
        """The actor a noun phrase names: its head, else the nearest actor inside it (no clauses)."""
        p = self.at(head)
        if p is not None:
            return p
        leader = _leader(head)
        if leader is not None:  # "a delegation led by Treasury Secretary Mnuchin": the leader's side
            p = self.in_phrase(leader, max_depth=max_depth)
            if p is not None:
                return p
        frontier, depth = [head], 0
        while frontier and depth < max_depth:
            nxt: list[Token] = []
            for t in frontier:
                for c in t.children:
                    if c.dep_ in _CLAUSE_DEPS:
                        continue
                    if (
                        c.dep_ == "prep"
                        and c.lower_ not in ("of", "from", "for")
                        and depth == 0
                        and head.pos_ != "PROPN"
                    ):
                        # "a number of Chinese aircraft", "chief of ... China's", not "tariffs on Chinese EVs"
                        continue
                    p = self.at(c)
                    if p is not None:
                        return p
                    nxt.append(c)
            frontier, depth = nxt, depth + 1
        return None

    def phrase_parties(self, head: Token, *, context: ContextFn | None = None) -> list[Party]:
        """All parties of a (possibly coordinated) noun phrase: "the Netherlands and Japan"."""
        if head.lower_ in lexicon().indefinite_pronouns:
            return []  # "anyone who attacked French nationals": nobody in particular, not the French
        out: list[Party] = []
        if self.at(head) is None:
            # "LIMA, Peru - President Biden and Xi met": the dateline took the subject slot, the
            # actors hang off it as an apposition
            app = next((c for c in head.children if c.dep_ == "appos" and self.in_phrase(c) is not None), None)
            if app is not None and (head.is_upper or head.ent_type_ == "GPE"):
                head = app
        # "Iranian security chief Ali Shamkhani and Saudi adviser Musaed al-Aiban": the coordination
        # hangs off the apposition
        extra = [cj for c in head.children if c.dep_ == "appos" for cj in c.conjuncts if cj.i > c.i]
        conjuncts = head.conjuncts  # read three times below: walked once
        # "Mali, Burkina Faso and Niger" parsed with the second name as an apposition of the first, "Mali and
        # its allies Burkina Faso and Niger": a country named in apposition to another party is a list member
        for tok in (head, *conjuncts):
            own = self.at(tok)
            listed = bool(extra) or any(c.dep_ == "conj" for c in tok.children)
            for c in tok.children:
                if c.dep_ == "appos" and c.i > tok.i and listed and c.lemma_.lower() in lexicon().list_member_nouns:
                    # "Chile, Peru, as well as the interim government of Haiti, Jamaica and the Bahamas": a state named
                    # by its government in a list is a member, and so are the names coordinated after it
                    extra.append(c)
                    continue
                # "Qatar, Egypt, Jordan, and Saudi Arabia": the second name after a comma is sometimes hung as a bare
                # noun modifier (npadvmod) rather than an apposition; a list member all the same
                listed_after_comma = c.dep_ == "npadvmod" and c.i > 0 and c.doc[c.i - 1].text == ","
                if (c.dep_ != "appos" and not listed_after_comma) or c.i < tok.i or c.pos_ != "PROPN":
                    continue  # "hostages: an American mother and daughter" describes them, lists no state
                p = self.at(c)
                if p is not None and p.kind == "country" and p.country and (own is None or own.country != p.country):
                    extra.extend(x for x in (c, *c.conjuncts) if x.i >= c.i and x not in extra)
        for tok in (head, *conjuncts, *extra):
            if tok.i < head.i and tok is not head:
                continue
            p = self.in_phrase(tok)
            if p is None and context is not None:
                p_list = context(tok)
                out.extend(p_list)
                continue
            if p is not None:
                inner = self.coordinated_in(tok) if tok.i != head.i else []
                # "Biden and the leaders of Britain, France, Germany and Italy": every leader is a party
                out.extend(inner if len(inner) >= 2 else [p])
        have = {p.country for p in out}
        inner = self.coordinated_in(head)
        if len(inner) >= 2 and len(have) < 2:
            return inner
        paired = any(
            c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)
            for tok in (head, *conjuncts)
            for c in tok.children
        )
        if paired and have < {p.country for p in inner}:
            # "the Danish and Dutch ambassadors and Sweden's envoy": states coordinated as modifiers of one
            # member are members too
            return inner
        return out

    def coordinated_in(self, head: Token, *, min_countries: int = 2) -> list[Party]:
        """The parties coordinated inside one noun phrase, wherever the parse hangs them: "the
        governments of Peru and Chile", "Japanese Prime Minister Kishida and South Korean President Yoon"
        parsed as one name with the other inside it. Only when the phrase holds an "and" and at least two
        countries; never across a clause or a relational preposition ("talks between A and B")."""
        toks, frontier, has_cc = [], [head], False
        while frontier:
            t = frontier.pop()
            toks.append(t)
            for c in t.children:
                if c.dep_ == "cc" and c.lower_ in ("and", "&"):
                    has_cc = True
                if c.dep_ in _COORD_NP_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "from")):
                    frontier.append(c)
        if not has_cc:
            return []
        seen: set[str] = set()
        out: list[Party] = []
        for t in sorted(toks, key=lambda x: x.i):
            p = self.at(t)
            if p is None or not p.country:
                continue
            key = p.actor_id or p.text or ""
            if key in seen:
                continue
            seen.add(key)
            out.append(p)
        return out if len({p.country for p in out}) >= min_countries else []

    def all_in(self, tokens: Sequence[Token]) -> list[Party]:
        seen, out = set(), []
        for t in tokens:
            p = self.at(t)
            if p is not None and p.country and (p.actor_id or p.text) not in seen:
                seen.add(p.actor_id or p.text)
                out.append(p)
        return out


ContextFn = Any  # Callable[[Token], list[Party]]


def _maker(tok: Token) -> bool:
    """A country word hyphenated to a participle of making ("Iranian-made drones", "South Korean-built tanks"):
    it names where a thing was made, not a side that acts with it (`maker_participles` in lexicon.yaml)."""
    t = tok
    while t.dep_ in ("amod", "compound") and t.head.i == t.i + 1:
        t = t.head  # "South" of "South Korean-built"
    h = t.head
    return h.i == t.i + 2 and t.nbor(1).text == "-" and h.lower_ in lexicon().maker_participles


def _lone_adjective(tok: Token) -> bool:
    """A country adjective the entity recogniser took alone for a person's name ("the Armenian and Azerbaijani
    sides" with "Azerbaijani" tagged PERSON): an adjective that is the whole of its entity, not part of a name."""
    doc = tok.doc
    return tok.pos_ == "ADJ" and tok.ent_iob_ == "B" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")


def is_pronoun(tok: Token) -> bool:
    return tok.lower_ in _PRONOUNS or tok.pos_ == "PRON"


def _singular(tok: Token) -> str:
    """The lower-case lemma of a plural noun; a capitalised title plural ("the Foreign Ministers", tagged NNPS) keeps
    its plural as its lemma and is read without its "s"."""
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and lemma == tok.lower_ and lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def is_dual(tok: Token) -> bool:
    """ "the two men", "both sides", "the leaders'", "they/their": a plural that names the dyad in context."""
    if tok.lower_ in ("they", "their", "them", "both"):
        return True
    if tok.tag_ in ("NNS", "NNPS") or tok.lower_ in _DUAL_WORDS:
        if tok.lower_ in _DUAL_WORDS:
            return True
        lemma = _singular(tok)
        if any(c.lower_ in _DUAL_WORDS for c in tok.children):
            # "the two sides", "both leaders", not "both agreements" or "two missiles"
            return lemma in lexicon().pair_nouns or lemma == "party" or tok.ent_type_ in ("NORP", "GPE")
        # "the leaders' summit", "their countries": a definite plural of the pair's kind
        return lemma in lexicon().pair_nouns and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "their") for c in tok.children
        )
    return False


def is_explicit_dual(tok: Token) -> bool:
    """ "both countries", "the two sides", "both", "them": a pair said to be two, not a bare definite plural ("the
    officials", which may be any group of one side)."""
    if tok.lower_ in ("both", "them", "they"):
        return True
    return is_dual(tok) and (tok.lower_ in _DUAL_WORDS or any(c.lower_ in _DUAL_WORDS for c in tok.children))


def _leader(head: Token) -> Token | None:
    """The leader of a group noun ("a delegation led by X", "a team headed by X"): X, else None."""
    lex = lexicon()
    if head.lemma_.lower() not in lex.led_groups:
        return None
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() in lex.led_verbs and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent":
                    return next((g for g in a.children if g.dep_ == "pobj"), None)
    return None


def is_relative(tok: Token) -> bool:
    return tok.lower_ in _REL_PRONOUNS and tok.tag_ in ("WP", "WDT", "WP$", "IN", "DT")


def _stance_prefixed(tok: Token) -> bool:
    """Whether ``tok`` follows "pro-" or "anti-" written as one word ("pro-Palestinian", "anti-Israel"): the side the
    noun's people are for or against, never their own (session 23; as actors.match reads it)."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 1].whitespace_ == "" and doc[i - 2].whitespace_ == "":
        return doc[i - 2].lower_ in ("pro", "anti")
    return i >= 1 and doc[i - 1].lower_ in ("pro-", "anti-") and doc[i - 1].whitespace_ == ""
