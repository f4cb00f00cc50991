"""Mention resolution: KB matches and NER spans composed into actor mentions, then resolved.

Two passes over one article. The structural pass attaches modifiers to their head ("Chinese" +
"President" + "Xi Jinping"; "China" + "'s" + "Commerce Ministry"), so a title or country word
belongs to at most one mention. The resolution pass goes in text order so later mentions can
link back to earlier ones ("Mr. Blinken" after "Antony Blinken"), and every office is the one held
on the article's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..nlp import doc_text
from .context import dateline_country
from .kb import Actor, ActorKB
from .match import Cand, candidates
from .model import ActorMention

__all__ = ["_Article", "_Done", "_Head"]

_FORMER = {"former", "ex", "ex-", "late", "outgoing", "then", "then-", "-"}
_DETS = {"the", "his", "her", "their", "its", "our", "a", "an"}
_POSS = {"'s", "\u2019s", "'"}
_DEPUTY = {"vice", "deputy", "assistant", "under", "junior"}
_NAME_STOP = {"said", "says", "told", "and", "of", "the"}
# An envoy's title right after an international body that is itself after a state's word ("Russia's U.N. ambassador
# Vassily Nebenzia", "China's UN envoy", "the Iranian U.N. representative"): the body names where the envoy serves,
# not a side; the envoy is the state's, as "Russia's ambassador to the United Nations" is (session 25)
_POSTED_TITLES = frozenset({"ambassador", "envoy", "special envoy", "representative", "delegate", "diplomat"})
_POSTED_BODIES = frozenset({"mission", "delegation"})  # "India's UN mission said": the state's mission to the body


@dataclass
class _Head:
    cand: Cand
    start: int  # first token of the mention (modifiers included)
    mods: list[Cand] = field(default_factory=list)  # titles and honorifics, nearest first
    cue: str | None = None  # country named inside the mention
    det: str | None = None
    former: bool = False
    deputy: str | None = None  # "Vice"/"Deputy" before a title: a different, lower office


@dataclass
class _Done:
    m: ActorMention
    head_text: str
    actor: Actor | None
    fns: tuple[str, ...]
    subject: bool = False  # the mention is a clause subject: who the article is talking about


class _Article:
    def __init__(self, doc: Doc, kb: ActorKB, published: dt.date | None) -> None:
        self.doc, self.kb, self.day = doc, kb, published
        self.text = doc_text(doc)  # Doc.text joins every token: compute it once
        self.sent_of = [0] * len(doc)
        for i, s in enumerate(doc.sents):
            self.sent_of[s.start : s.end] = [i] * (s.end - s.start)
        self.cands = candidates(doc, kb)
        self._leader_governments()
        self._absorb_orgs()
        self.cands += self._name_cands()
        self.cands.sort(key=lambda c: c.start)
        self.by_end = {c.end: c for c in self.cands}
        self.posts = self._posts()
        self.cues = self._country_cues()
        counts = Counter(iso for _, iso in self.cues)
        self.dateline, self.dateline_end = dateline_country(self.text, kb)
        self.main = self.dateline or (counts.most_common(1)[0][0] if counts else None)
        self.done: list[_Done] = []
        self.quoted = _quoted(doc)

    # -- candidates ---------------------------------------------------------------------------------
    def _posts(self) -> dict[int, int]:
        """International bodies named as an envoy's post between a state's word and the envoy's title ("Russia's U.N.
        Ambassador Vassily Nebenzia", "the Chinese UN envoy", "a Chinese United Nations (UN) envoy"): no mention of
        their own, and the envoy's chain reads through them to the state (``_POSTED_TITLES``). Maps the title's first
        token to the body's."""
        doc = self.doc
        by_start = {c.start: c for c in self.cands}
        out: dict[int, int] = {}
        for c in self.cands:
            if c.type != "ACTOR" or (a := self.kb.get(c.keys[0])) is None or a.kind != "igo":
                continue
            j = c.end
            inner = None
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
                inner = by_start.get(j + 1)  # "United Nations (UN) envoy": the acronym in brackets
                j += 3
            title = by_start.get(j)
            if not (
                (title is not None and title.type in ("TITLE", "HONOR") and title.keys[0].lower() in _POSTED_TITLES)
                or (title is None and j < len(doc) and doc[j].lower_ in _POSTED_TITLES | _POSTED_BODIES)
            ):
                continue
            poss = c.start > 0 and doc[c.start - 1].text in _POSS
            owner = self.by_end.get(c.start - 1) if poss else self.by_end.get(c.start)
            if owner is not None and owner.type in (("COUNTRY", "SEAT") if poss else ("DEMONYM",)):
                c.used = True
                if inner is not None:
                    inner.used = True
                out[j] = c.start
        return out

    def _name_cands(self) -> list[Cand]:
        """Person names the KB patterns did not cover: NER PERSON spans, capitalised words after a
        title or honorific, and KB surnames."""
        doc, covered = self.doc, set[int]()
        for c in self.cands:
            covered.update(range(c.start, c.end))
        out: list[Cand] = []

        def add(s: int, e: int, typ: str = "PNAME") -> None:
            while s < e and s in covered:
                s += 1
            while e > s and (e - 1) in covered:
                e -= 1
            if s < e and not any(i in covered for i in range(s, e)):
                out.append(Cand(s, e, typ, (doc[s:e].text,)))
                covered.update(range(s, e))

        for ent in doc.ents:
            if ent.label_ == "PERSON":
                s, e = ent.start, ent.end
                while e > s and doc[e - 1].is_punct or (e > s and doc[e - 1].lower_ in _POSS):
                    e -= 1
                add(s, e)
        for c in list(self.cands):
            if c.type in ("TITLE", "HONOR"):
                e = c.end
                while e < len(doc) and e - c.end < 3 and _namelike(doc[e]) and e not in covered:
                    e += 1
                if e > c.end:
                    add(c.end, e)
        for t in doc:  # the cheap dictionary test first: few words are KB surnames
            if (
                t.lower_ in self.kb.by_surname
                and t.i not in covered
                and _namelike(t)
                and t.ent_type_ in ("PERSON", "", "ORG", "GPE", "NORP")
            ):
                add(t.i, t.i + 1)
        for ent in doc.ents:
            if ent.label_ == "ORG" and not any(i in covered for i in range(ent.start, ent.end)) and len(ent) <= 6:
                s = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
                add(s, ent.end, "ORGX")
        return out

    def _leader_governments(self) -> None:
        """'A Biden administration official', 'the Kishida government', "Putin's government": a leader's
        surname before a government noun is that country's government, as of the leader's time in office
        (``ActorKB.leader_government``). The span becomes one LGOV candidate keyed to the government."""
        doc, kb = self.doc, self.kb
        for t in doc:
            if t.lower_ not in kb.leader_gov_nouns or t.i == 0:
                continue
            j = t.i - 1
            if doc[j].text in _POSS and j > 0:
                j -= 1
            name = doc[j]
            if not name.text[:1].isupper() or not name.is_alpha:
                continue
            got = kb.leader_government(name.text, self.day)
            if got is None:
                continue
            s = j
            for c in self.cands:  # "Vladimir Putin's government": the whole name
                if c.start < j < c.end or (c.start < j and c.end == j + 1):
                    s = min(s, c.start)
            ent = name.ent_type_ == "PERSON" and next((e for e in doc.ents if e.start <= j < e.end), None)
            if ent:
                s = min(s, ent.start)
            self.cands = [c for c in self.cands if c.end <= s or c.start > t.i]
            self.cands.append(Cand(s, t.i + 1, "LGOV", (f"gov:{got[0].country}", got[0].actor_id)))
        self.cands.sort(key=lambda c: c.start)

    def _absorb_orgs(self) -> None:
        """An NER organisation that contains a country word is the organisation ("Bank of China",
        "China Daily", "U.S. Chamber of Commerce"), with that country."""
        for ent in self.doc.ents:
            if ent.label_ != "ORG" or len(ent) > 6:
                continue
            inner = [c for c in self.cands if c.start < ent.end and c.end > ent.start]
            if not inner or any(c.type not in ("COUNTRY", "SEAT", "DEMONYM") for c in inner):
                continue
            s = ent.start + (1 if self.doc[ent.start].lower_ == "the" else 0)
            if s >= min(c.start for c in inner) and ent.end <= max(c.end for c in inner):
                continue
            if self.country_list(ent.start, ent.end):
                continue  # "Mali, Burkina Faso and Niger" tagged as one organisation: a list of countries
            iso = next((c.keys[0] for c in inner if c.type in ("COUNTRY", "DEMONYM")), "")
            self.cands = [c for c in self.cands if c not in inner]
            self.cands.append(Cand(s, ent.end, "ORGX", (ent.text, iso)))

    def country_list(self, start: int, end: int) -> bool:
        """The span is a list of country names and nothing else ("Mali, Burkina Faso", "Chad and
        Niger"), however the tagger labels it: every word outside the names is a comma or a conjunction."""
        inner = [c for c in self.cands if c.type == "COUNTRY" and start <= c.start and c.end <= end]
        return len(inner) >= 2 and all(
            t.is_punct or t.lower_ in ("and", "or", "&", "the")
            for t in self.doc[start:end]
            if not any(c.start <= t.i < c.end for c in inner)
        )

    def _country_cues(self) -> list[tuple[int, str]]:
        cues = []
        for c in self.cands:
            iso = None
            if c.type in ("COUNTRY", "DEMONYM"):
                iso = c.keys[0]
            elif c.type in ("SEAT", "ACTOR", "LGOV"):
                a = self.kb.get(c.keys[0])
                iso = a.country if a else None
            if iso:
                cues.append((c.start, iso))
        return cues

    def context_country(self, i: int, *, lookahead: bool = True) -> str | None:
        """Country of an unqualified title or body ("the president", "the foreign ministry"): the
        nearest country cue before it in the sentence, else the country of the latest subject
        mention before it ("China said ... The ministry"), else the dateline's, else the nearest
        cue after it in the sentence, else the article's commonest."""
        sent = self.sent_of[i]
        # a speaker outside a quotation takes no country from the quoted words: in '"We oppose the
        # moves of the United States," spokesperson Zhang said' Zhang is no American
        inside = self.quoted[i]
        pre = [(p, iso) for p, iso in self.cues if self.sent_of[p] == sent and p < i and self.quoted[p] == inside]
        if pre:
            return max(pre)[1]
        here = self.doc[i].idx
        subj = [d for d in self.done if d.subject and d.m.country and d.m.end <= here]
        if subj:
            return subj[-1].m.country
        if self.dateline or not lookahead:
            return self.dateline
        post = [(p, iso) for p, iso in self.cues if self.sent_of[p] == sent and p > i and self.quoted[p] == inside]
        if post:
            return min(post)[1]
        return self.main

    def capital_lead(self) -> str | None:
        """The state of a capital that opens the text as a title-case dateline ("Karachi: the port reopened ..."),
        which the dateline reader (capitals in upper case) leaves."""
        m = re.match(r"\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?::|\n)", self.text[:40])
        aid = self.kb.capitals.get(m.group(1).lower()) if m else None
        return aid[4:] if aid and aid.startswith("gov:") else None

    def namesake_home(self, cand: Cand, actor: Actor) -> tuple[str | None, int]:
        """The state whose body a name several states' bodies bear means, where the text names no state on it: "the
        Foreign Office" is Britain's and Pakistan's, "the National Security Council" America's, Japan's, South Korea's
        (orgs.yaml ``namesakes``). A capital right after it decides ("the Foreign Office in Islamabad"), else the
        article's own state: the state of a clause subject before it in its sentence, else the dateline's, else the
        states of the subjects before it, latest first ("Tokyo then convened a National Security Council session";
        "Pakistan lodged a protest ... the envoy was called in by the Foreign Office"), else the article's commonest;
        the first of these that has such a body. None where that is the named body's own state, or none has one; with
        the mention's end."""
        names = self.kb.namesakes.get(actor.actor_id)
        if not names or not actor.generic or actor.generic not in self.kb.generics:
            return None, cand.end
        seat, end = self.seat_cue(cand)
        if seat is not None:
            return (seat if seat in names else None), end
        here = self.doc[cand.start].idx
        sent = self.doc[cand.start].sent.start_char
        near = []  # "Seoul's president will chair a National Security Council session too"
        for d in self.done:
            if d.m.country and sent <= d.m.start and d.m.end <= here:
                span = self.doc.char_span(d.m.start, d.m.end, alignment_mode="expand")
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                    near.append(d.m.country)
        subj = [d.m.country for d in self.done if d.subject and d.m.country and d.m.end <= here]
        for iso in (*reversed(near), self.dateline or self.capital_lead(), *reversed(subj), self.main):
            if iso == actor.country:
                return None, end
            if iso in names and iso in self.kb.countries:
                return iso, end
        return None, end

    # -- structure ------------------------------------------------------------------------------------
    def chain(self, c: Cand) -> _Head:
        h = _Head(c, c.start)
        b = c.start
        doc = self.doc
        while b > 0:
            prev = self.by_end.get(b)
            t = doc[b - 1]
            if b in self.posts and (h.mods or c.type in ("TITLE", "HONOR")) and h.cue is None:
                b = self.posts[b]  # "Russia's U.N. Ambassador ...": the body is the envoy's post, read on to the state
                continue
            host = self._host_before(prev) if not h.mods and h.cue is None and c.type != "TITLE" else None
            if host is not None:
                # "Chinese Ambassador to the Philippines Huang Xilian", "the Canadian ambassador in Moscow Alison
                # LeClaire": a country or capital after "to"/"in" is the object of the preposition, where the title's
                # holder serves, not a word before the name; the name takes the title (and its country) before it
                prev.used = True  # type: ignore[union-attr]
                b = host
                continue
            if prev is not None and not prev.used and prev.type in ("TITLE", "HONOR") and h.cue is None:
                h.mods.append(prev)
                b = prev.start
                if prev.type == "TITLE" and b > 0 and doc[b - 1].lower_ in _DEPUTY:
                    h.deputy = doc[b - 1].text
                    b -= 1
            elif prev is not None and not prev.used and prev.type in ("COUNTRY", "DEMONYM", "LGOV") and h.cue is None:
                h.cue = prev.keys[0].removeprefix("gov:")
                prev.used = True
                b = prev.start
            elif (
                prev is not None
                and not prev.used
                and prev.type == "SEAT"
                and h.cue is None
                and (c.type in ("TITLE", "HONOR") or h.mods)
                and (a := self.kb.get(prev.keys[0])) is not None
                and a.country
            ):
                # "a White House official", "a Kremlin aide", "a No 10 spokesman": a seat of government naming
                # where the one speaking serves is that state, as "a U.S. official" is; the seat names no
                # party of its own here
                h.cue = a.country
                prev.used = True
                b = prev.start
            elif (
                t.text in _POSS
                and h.cue is None
                and self.by_end.get(b - 1) is not None
                and self.by_end[b - 1].type in ("COUNTRY", "SEAT", "LGOV")
                and not self.by_end[b - 1].used
            ):
                p = self.by_end[b - 1]
                a = self.kb.get(p.keys[0]) if p.type in ("SEAT", "LGOV") else None
                h.cue = a.country if a else p.keys[0]
                if h.cue is None:
                    break
                p.used = True
                b = p.start
            elif (
                t.text in _POSS
                and h.cue is None
                and (h.mods or c.type == "TITLE")
                and self.by_end.get(b - 1) is not None
                and self.by_end[b - 1].type in ("ACTOR", "PNAME")
                and (a := self.kb.get(self.by_end[b - 1].keys[0]))
                and a.kind == "person"
                and a.country
            ):
                h.cue = a.country  # "Biden's national security adviser": the person is a mention of its own
                break
            elif (
                prev is not None
                and prev.type == "ACTOR"
                and h.mods
                and h.cue is None
                and not self._is_person(prev)
                and (a := self.kb.get(prev.keys[0])) is not None
                and a.country
            ):
                # "State Department spokesperson Vedant Patel": the body's country, body kept ("Foreign Office
                # spokesman Ali Khan" under an Islamabad dateline: the namesake body's state)
                h.cue = (self.namesake_home(prev, a)[0] if prev.start < c.start else None) or a.country
                break
            elif (
                t.lower_ in _FORMER
                and c.type in ("TITLE", "PNAME", "ACTOR")
                and (t.lower_ != "-" or b > 1 and doc[b - 2].lower_ == "then")
            ):
                h.former = h.former or t.lower_ != "-"
                b -= 1
            elif t.lower_ in _DETS:
                h.det = t.lower_
                b -= 1
                break
            else:
                break
        for m in h.mods:
            m.used = True
        h.start = b
        return h

    def _host_before(self, prev: Cand | None) -> int | None:
        """For a country or capital candidate right before a name: the end of an unused title or honorific before
        it with "to"/"in" (and "the") between ("Ambassador to the Philippines", "envoy in Moscow"), or "for" after an
        envoy's title ("special envoy for Syria"), else None."""
        if prev is None or prev.used or prev.type not in ("COUNTRY", "SEAT"):
            return None
        k = prev.start
        if k > 0 and self.doc[k - 1].lower_ == "the":
            k -= 1
        if k < 2 or self.doc[k - 1].lower_ not in ("to", "in", "for"):
            return None
        title = self.by_end.get(k - 1)
        if title is None or title.type not in ("TITLE", "HONOR") or title.used:
            return None
        if self.doc[k - 1].lower_ == "for" and title.keys[0] not in self.kb.remit_honorifics:
            return None  # "for" names a remit only after an envoy's title ("special envoy for Syria NAME")
        return k - 1

    def right_cue(self, c: Cand) -> tuple[str | None, int]:
        """'the president of Brazil': a country after 'of'."""
        e = c.end
        if e + 1 < len(self.doc) and self.doc[e].lower_ == "of":
            nxt = self.by_end.get(next((x.end for x in self.cands if x.start == e + 1), -1))
            if nxt is not None and nxt.start == e + 1 and nxt.type == "COUNTRY" and not nxt.used:
                nxt.used = True
                return nxt.keys[0], nxt.end
        return None, e

    def seat_cue(self, c: Cand) -> tuple[str | None, int]:
        """'the government in Quito', 'officials in Beijing', 'the authorities in Iran': the state of a
        capital or country right after 'in' (wire style for a state's government)."""
        e = c.end
        if e + 1 < len(self.doc) and self.doc[e].lower_ == "in":
            nxt = next((x for x in self.cands if x.start == e + 1), None)
            if nxt is None or nxt.type not in ("SEAT", "COUNTRY"):
                return None, e
            iso = nxt.keys[0] if nxt.type == "COUNTRY" else getattr(self.kb.get(nxt.keys[0]), "country", None)
            if iso is not None:
                nxt.used = True
                return iso, nxt.end
        return None, e

    def structure(self) -> list[_Head]:
        heads: list[_Head] = []
        for c in self.cands:
            if c.type == "ORGX" and self.doc[c.start].idx < self.dateline_end:
                c.used = True
        persons = [c for c in self.cands if c.type == "PNAME" or (c.type == "ACTOR" and self._is_person(c))]
        for c in sorted(persons, key=lambda c: c.start):
            heads.append(self.chain(c))
            c.used = True
        for c in self.cands:
            if not c.used and c.type in ("GENERIC", "ACTOR", "ORGX"):
                heads.append(self.chain(c))
                c.used = True
        for c in self.cands:
            if not c.used and c.type in ("TITLE", "HONOR"):
                heads.append(self.chain(c))
                c.used = True
        for c in self.cands:
            if not c.used and c.type in ("SEAT", "COUNTRY", "ORGX") and self.doc[c.start].idx < self.dateline_end:
                c.used = True  # "TAIPEI, Taiwan (AP) -": the dateline says where, not who
        for c in self.cands:
            if not c.used and c.type in ("SEAT", "COUNTRY", "GROUP", "DEMONYM", "LGOV"):
                c.used = True
                heads.append(_Head(c, c.start - (1 if c.start > 0 and self.doc[c.start - 1].lower_ == "the" else 0)))
        heads.sort(key=lambda h: h.cand.start)
        return heads

    def _is_person(self, c: Cand) -> bool:
        a = self.kb.get(c.keys[0])
        return a is not None and a.kind == "person"


def _quoted(doc: Doc) -> list[bool]:
    """For each token, whether it stands inside double quotation marks. Curly quotes open and close;
    a straight quote toggles; a paragraph break closes any quotation left open."""
    out = [False] * len(doc)
    inside = False
    for t in doc:
        if "\n" in t.text or "\n" in t.whitespace_:
            out[t.i] = inside and "\n" not in t.text
            inside = False
            continue
        if t.text == "\u201c":
            inside = True
        elif t.text == "\u201d":
            out[t.i] = inside
            inside = False
            continue
        elif t.text == '"':
            inside = not inside
            if not inside:
                out[t.i] = True
                continue
        out[t.i] = inside
    return out


def _namelike(t) -> bool:  # noqa: ANN001 - a spaCy Token
    """A word that can be (part of) a person's name: capitalised proper noun, or initials ("CQ")."""
    if not t.text[:1].isupper() or t.lower_ in _NAME_STOP:
        return False
    if t.is_alpha and (t.pos_ == "PROPN" or t.ent_type_ == "PERSON"):
        return True
    return t.pos_ == "PROPN" and len(t.text) <= 4 and t.text.replace(".", "").isalpha()
