"""Attaching a date, a place and an attribution to an event word.

Dates: the time expression the parse attaches to the event word (or to the clause that governs it,
unless that clause is another event with another status), never blindly the article's date. Places:
a place reached from the event word through in/at/near/off/to prepositions with no other verb on
the way, so the dateline ("BEIJING —") never counts. Attribution: the subject of the reporting verb
whose complement holds the event ("..., the White House said"), or "according to X".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from ..places import capital_of
from .lexicon import lexicon
from .model import EventPlace, Party
from .parties import ActorIndex

try:  # the time stage's calendar arithmetic
    from tidings.timex.calendar import resolve_date, value_precision
except ImportError:  # pragma: no cover - only while the time stage is missing
    resolve_date = None  # type: ignore[assignment]
    value_precision = None  # type: ignore[assignment]

__all__ = ["TimexIndex", "PlaceIndex", "DateInfo", "attribution_of", "date_interval", "precision_of"]

_PLACE_PREPS = {"in", "at", "near", "off", "outside", "inside", "over", "to", "into", "across", "through"}
_PLACE_PREPS |= {"around", "along"}  # "expelled from the waters around the islands", "fire along the border"
_PLACE_PREPS |= {"throughout"}  # "drones targeted locations throughout Port Sudan"
_PLACE_PREPS |= {"within"}  # "sailed within 12 nautical miles of the Paracel Islands"
_PLACE_PREPS |= {"past"}  # "sailed past Fiery Cross Reef": a passage by a place is there (session 14)
_MOTION_PREPS = {"to", "into"}
# an attack happens where it strikes: "air strikes on Kharkiv", "rockets fired toward Ashkelon", "shells
# fired into Belgorod" (read only for attacks: "sanctions on Russia" and "talks on Gaza" are no place)
_STRUCK_PREPS = {"on", "toward", "towards", "against"}
# "agreed to a pause in the fighting in Gaza", "asked for talks in Geneva": a place inside what is agreed,
# asked or said is part of it, not where the agreeing happened
# "warned against interference in Lebanon", "summoned the envoy over a patrol in waters off the islands"
_OBJECT_PREPS = {"to", "for", "about", "against", "over"}
_SPECIFIC = {"continent": 0, "region": 0, "sea": 0, "country": 0, "admin1": 1, "admin2": 2}  # else 3: town, venue


@dataclass(frozen=True)
class DateInfo:
    value: str | None
    precision: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    source: str | None
    text: str | None = None


def precision_of(value: str | None, given: str | None = None) -> str | None:
    if given:
        return given
    if not value:
        return None
    if value_precision is not None:
        p = value_precision(value)
        return "vague" if p in ("duration",) else p
    return "day" if len(value) == 10 else "month" if len(value) == 7 else "year" if len(value) == 4 else "vague"


def date_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value or resolve_date is None:
        return None
    return resolve_date(value)


_NAMING_DEPS = ("compound", "nmod", "amod", "nummod", "poss")


def _is_duration(tx: Any) -> bool:
    v = getattr(tx, "value", None) or ""
    return getattr(tx, "kind", "") in ("duration", "set") or v.startswith("P")


class TimexIndex:
    """Time expressions of one article, each assigned to the word it modifies (its 'owner')."""

    def __init__(
        self,
        doc: Doc,
        timexes: Iterable[Any],
        trigger_tokens: set[int],
        dateline_end: int = 0,
        published: dt.date | None = None,
    ) -> None:
        self.owner: dict[int, list[Any]] = {}
        # ids of expressions inside the dateline ("MEXICO CITY, Nov 30 (Wire) -"): the day the copy was filed,
        # never when an event of the lead happened while the lead names a time of its own
        self.dateline: set[int] = set()
        self.by_sentence: dict[int, list[tuple[Any, int]]] = {}
        self.durations: dict[int, list[Any]] = {}
        self.naming: set[int] = set()  # ids of expressions that modify a noun other than their owner
        # ids of naming expressions whose noun lies in a phrase of a preposition under the owner ("withdrew from the
        # 2015 nuclear deal", "called it a violation of the 2015 Declaration"): what they name is no part of the act
        self.naming_aside: dict[int, int] = {}  # (id -> the named noun's index)
        self.direct: dict[
            int, list[Any]
        ] = {}  # the word the phrase hangs on ("a round of talks at the end of July": round)
        sent_starts = [s.start for s in doc.sents]
        for tx in timexes:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if tx.end <= dateline_end:
                self.dateline.add(id(tx))
            inside = {t.i for t in span}
            d = span.root
            for _ in range(6):  # (spaCy gives a new Token on each access: compare indexes, never identity)
                if d.head.i == d.i or not (d.i in inside or d.dep_ == "prep"):
                    break
                d = d.head
            if d.i not in inside and not _is_duration(tx):
                self.direct.setdefault(d.i, []).append(tx)
            cur, own = span.root, None
            for _ in range(12):
                if cur.head is cur:
                    own = cur if cur.i not in inside else None
                    break
                cur = cur.head
                if cur.i in inside:
                    continue
                if cur.i in trigger_tokens or cur.pos_ in ("VERB", "AUX"):
                    own = cur
                    break
            if own is None:
                continue
            held = _cause_noun(span.root, own, tx)
            if held is not None:
                own = held  # "sanctioned her for her visit this week": the visit's time, not the sanction's
            elif _past_year_on_present(own, span, tx, published):
                # "has blamed Russia for the attack last year": not when they blame it, but when the attack was
                # (the noun right before the year, over its preposition), else no word's
                k = span.start - 1
                if k >= 0 and doc[k].dep_ == "prep":
                    k -= 1
                if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN") or doc[k].i == own.i:
                    continue
                own = doc[k]
            if _is_duration(tx):
                self.durations.setdefault(own.i, []).append(tx)
                continue
            self.owner.setdefault(own.i, []).append(tx)
            r = span.root
            if r.dep_ in _NAMING_DEPS and r.head.pos_ in ("NOUN", "PROPN") and r.head.i != own.i:
                self.naming.add(id(tx))  # "withdrew from the 2015 nuclear agreement on Tuesday": names the deal
                w = r.head
                # only a year names a thing ("the 2015 deal"); a month or a day names a happening ("after the August
                # announcement", "Trump's March 22 decision"), whose time the act follows closely
                year = re.fullmatch(r"\d{4}", getattr(tx, "value", None) or "") is not None
                for _ in range(8 if year else 0):
                    if w.i == own.i or w.head.i == w.i:
                        break
                    if w.dep_ == "pobj" or (
                        w.dep_ == "dobj" and w.head.i == own.i and _now_or_later(own, tx, published)
                    ):
                        # (still the date of the thing it names: "the 2015 accord signed by the two countries");
                        # "cannot accept the 2015 agreement", "rejects the 2018 deal": an act told in the present
                        # or with a modal is not in the past year that names its object
                        self.naming_aside[id(tx)] = r.head.i
                        self.owner.setdefault(r.head.i, []).append(tx)
                        break
                    w = w.head
            si = bisect.bisect_right(sent_starts, span.start) - 1
            self.by_sentence.setdefault(si, []).append((tx, own.i))

    def own(self, tok: Token) -> Any | None:
        """The word's time expression; of several that nest ("in September, ... met on Sept. 4"), the
        most specific one, which says when inside the other."""
        xs = self.owner.get(tok.i)
        if not xs:
            return None
        # "calling the move a breach of the 2015 border accord": a year that names a thing the act
        # refers to in a phrase of its own is not when the act happened
        xs = [x for x in xs if self.naming_aside.get(id(x), tok.i) == tok.i]
        if not xs:
            return None
        if len(xs) > 1:
            # a date that names a thing ("the 2015 nuclear agreement", "the August 1988 cease-fire") is not
            # when the word happened while the clause has another date ("withdrew ... on Tuesday")
            xs = [x for x in xs if id(x) not in self.naming] or xs
            # "MEXICO CITY, Nov 30 (Wire) - Leaders will meet in Lima on Dec. 14": the parser hangs the
            # dateline's day on the lead's verb; the lead's own time is when it happens
            xs = [x for x in xs if id(x) not in self.dateline] or xs
        best = xs[0]
        for x in xs[1:]:
            if _inside(x, best):
                best = x
        return best

    def duration(self, tok: Token) -> Any | None:
        xs = self.durations.get(tok.i)
        return xs[0] if xs else None


_MODALS = {"can", "ca", "cannot", "could", "will", "wo", "would", "shall", "should", "must", "may", "might"}


def _now_or_later(verb: Token, tx: Any, published: dt.date | None) -> bool:
    """Whether ``verb`` is told in the present or with a modal ("rejects", "cannot accept", "will not renegotiate")
    while the year ``tx`` lies before the report's year: the act is not in that year."""
    value = getattr(tx, "value", None) or ""
    if published is None or not re.fullmatch(r"\d{4}", value) or int(value) >= published.year:
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


_MODIFIER_DEPS = ("poss", "npadvmod", "compound", "nmod", "amod", "nummod")


def _cause_noun(root: Token, own: Token, tx: Any) -> Token | None:
    """The noun a time expression modifies when that noun lies in the cause or content of the act above it, so
    the time is when that noun's happening took place, not when the act did: "sanctioned Pelosi for her visit
    earlier this week", "summoned the envoy in the aftermath of last week's brawl", "in retaliation for Friday's
    strike", "suspect Russia of involvement in the explosion in 2014" (a cause preposition, lexicon
    ``cause_preps``, or a reason noun, ``reason_nouns``, between the noun and the act). Only a time that modifies
    the noun itself (its possessive, "this week" after it, "the Feb 1 coup") or a year in a phrase on it: a day in
    a phrase the parse hangs on a noun may be the act's ("agreed on a truce in Gaza on Friday"). A setting of the
    act ("at a ceremony on Monday", "during the visit on Friday") is no cause and keeps its time for the act."""
    year = re.fullmatch(r"\d{4}", getattr(tx, "value", None) or "") is not None
    if root.dep_ in _MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
    elif year and root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head.head
    else:
        return None
    lex = lexicon()
    cur = noun
    for _ in range(8):
        if cur.head.i == cur.i or cur.i == own.i:
            return None
        h = cur.head
        if h.i == own.i:
            return None
        if cur.dep_ == "pobj" and h.dep_ == "prep":
            if h.lower_ in lex.cause_preps or h.head.lemma_.lower() in lex.reason_nouns:
                return noun
            # "accused Russia of the March 4 poisoning", "suspect them of involvement in the 2014 explosion": what an
            # act charges is its content ("of" under a noun is mostly a setting: "on the sidelines of Friday's summit")
            if h.lower_ == "of" and h.head.pos_ == "VERB":
                return noun
        if h.pos_ in ("VERB", "AUX"):
            return None
        cur = h
    return None


def _past_year_on_present(own: Token, span: Any, tx: Any, published: dt.date | None) -> bool:
    """A year before the report's year that the parse hangs on a verb told in the present or the present perfect:
    English dates neither by a past year ("*has blamed Russia last year"), so a past year the parse gives such a verb
    belongs to something inside its clause ("has blamed Russia for the attack last year", "suspect Russia of involvement in the explosion at a
    depot in 2014"), and the act is the report's news. Not a year under "since" ("has occupied it since 2014")."""
    value = getattr(tx, "value", None) or ""
    if published is None or not re.fullmatch(r"\d{4}", value) or int(value) >= published.year:
        return False
    if own.pos_ not in ("VERB", "AUX"):
        return False
    before = [span.doc[span.start - 1]] if span.start > 0 else []
    if any(t.lower_ in ("since", "until", "till") for t in (*span, *before, *span.root.ancestors)):
        return False  # "has not visited China since 2019": the span reaches back to the year
    aux = [c for c in own.children if c.dep_ in ("aux", "auxpass")]
    if own.tag_ in ("VBZ", "VBP") and not aux:
        return True  # "suspect", "blames"
    # "has blamed", "have accused" (not "had", not "will have")
    return own.tag_ == "VBN" and len(aux) == 1 and aux[0].lower_ in ("has", "have", "'s", "'ve")


def _inside(a: Any, b: Any) -> bool:
    """Whether ``a``'s interval lies inside ``b``'s and is shorter (a day inside its month)."""
    if getattr(a, "end_value", None) or getattr(b, "end_value", None):
        return False
    ia, ib = date_interval(getattr(a, "value", None)), date_interval(getattr(b, "value", None))
    return bool(ia and ib and ib[0] <= ia[0] and ia[1] <= ib[1] and ia != ib)


def info_from_timex(tx: Any, source: str) -> DateInfo:
    value = getattr(tx, "value", None)
    iv = date_interval(value)
    end_value = getattr(tx, "end_value", None)
    if end_value:
        iv2 = date_interval(end_value)
        if iv and iv2:
            iv = (iv[0], iv2[1])
    prec = precision_of(value, getattr(tx, "precision", None))
    if iv is None and prec not in ("vague",):
        prec = "vague"
    text = getattr(tx, "text", None)
    edge = _YEAR_EDGE.search(text or "")
    if iv is not None and prec == "year" and not end_value and edge:
        # "suspended at the start of the year": a reader dates it to January (TimeML keeps the year
        # with mod START); "at the end of last year" to December. "Early 2019" stays the year.
        first = edge.group(1).lower() in ("start", "beginning")
        month = 1 if first else 12
        value = f"{iv[0].year:04d}-{month:02d}"
        iv = date_interval(value)
        prec = "month"
    return DateInfo(value, prec, iv[0] if iv else None, iv[1] if iv else None, source, text)


# not a deadline: "by the end of the year" is any time until then
_YEAR_EDGE = re.compile(r"(?i)^(?!(?:by|before|until|till|through)\b).*?\b(start|beginning|end)\s+of\b")


class PlaceIndex:
    """Geocoded places of one article by token, and their tokens by sentence.

    ``sent_starts`` (first token of each sentence) lets ``attached`` look only at the trigger's own
    sentence: ``Token.sent`` builds a new Span on every call, which cost more than the rest of the coder.
    """

    def __init__(self, doc: Doc, places: Iterable[Any], sent_starts: list[int] | None = None) -> None:
        self.by_token: dict[int, Any] = {}
        self.sent_starts = sent_starts if sent_starts is not None else [s.start for s in doc.sents]
        # "the Bank of China", "Beijing Normal University": a toponym inside an organisation's name
        # locates the organisation, it is not where an event happened
        # ("the embassy in Washington" says where the embassy is: that can be where it acted)
        # ("the White House" tagged ORG is the place itself: a determiner adds no organisation)
        places = list(places)
        in_org = {
            (e[1:].start_char if len(e) > 1 and e[0].lower_ == "the" else e.start_char, e.end_char)
            for e in doc.ents
            if e.label_ == "ORG" and not _only_places(e, places)
        }
        for p in places:
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                continue
            if any(s <= p.start and p.end <= e and e - s > p.end - p.start for s, e in in_org) and not (
                span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPS
            ):
                continue
            for t in span:
                self.by_token.setdefault(t.i, p)
        self.by_sentence: dict[int, list[int]] = {}
        for i in sorted(self.by_token):
            self.by_sentence.setdefault(bisect.bisect_right(self.sent_starts, i) - 1, []).append(i)

    def at(self, tok: Token) -> Any | None:
        return self.by_token.get(tok.i)

    def add_capitals(self, doc: Doc, actors: ActorIndex) -> None:
        """ "met in the Russian capital", "talks in China's capital": a state's capital named by the state is its
        capital city (the seat of government, as `capital_of` gives it), when no name of it is printed there ("the
        Indian capital New Delhi" has its name; "a European capital" is none in particular)."""
        for t in doc:
            if t.lower_ != "capital" or t.pos_ != "NOUN" or t.i in self.by_token:
                continue
            if any(c.dep_ in ("appos", "compound") and c.i in self.by_token for c in t.children):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].i in self.by_token:
                continue  # "the capital Luanda" however the parse hangs the name
            owner = next(
                (c for c in t.children if c.dep_ in ("amod", "poss", "compound") and c.right_edge.i == t.i - 1),
                None,
            )
            party = actors.at(owner) if owner is not None else None
            if owner is None or party is None or party.kind != "country" or not party.country:
                continue
            if owner.dep_ != "poss" and not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            cap = capital_of(party.country)
            if cap is None:
                continue
            start, end = owner.idx, t.idx + len(t.text)
            # "in Myanmar's capital Naypyitaw": a name printed after the noun that the gazetteer does not know under
            # that spelling is kept in the place's text (session 22), so the place reads as the article prints it
            j = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].text == ",")
            k = j
            while k < len(doc) and k - j < 4 and doc[k].pos_ == "PROPN" and doc[k].is_title and k not in self.by_token:
                if actors.at(doc[k]) is not None:
                    break
                k += 1
            if k > j and (k >= len(doc) or doc[k].pos_ != "PROPN"):
                end = doc[k - 1].idx + len(doc[k - 1].text)
            si = bisect.bisect_right(self.sent_starts, t.i) - 1
            self.by_token[t.i] = replace(cap, start=start, end=end, text=doc_text(doc)[start:end], sentence=si)
            bisect.insort(self.by_sentence.setdefault(si, []), t.i)

    def attached(
        self,
        trig: Token,
        *,
        extra_heads: tuple[Token, ...] = (),
        motion: bool = False,
        dobj_is_place: bool = False,
        nested_objects: bool = True,
        struck: bool = False,
        meeting: bool = False,
    ) -> Any | None:
        """The place linked to the event word through a place preposition, with no verb between.

        Without ``nested_objects``, a place inside a to/for/about phrase ("agreed to a pause in the
        fighting in Gaza") is part of the object, not the event's place; but with ``meeting``, a for-phrase
        naming the talks themselves ("met for talks in Beijing") places the meeting, and so does the venue of
        "on the sidelines of"."""
        in_sentence = self.by_sentence.get(bisect.bisect_right(self.sent_starts, trig.i) - 1)
        if not in_sentence:
            return None
        heads = {trig.i, *(h.i for h in extra_heads)}
        best = None
        doc = trig.doc
        described = _described_target(trig) if struck else set()
        for i in in_sentence:
            place = self.by_token[i]
            tok = doc[i]
            path: list[Token] = []
            cur, ok = tok, False
            kind = self._named_kind(tok, place)
            if kind is not None:
                cur = kind  # "hosted the ministers in the capital Luanda": the name stands for its kind's noun
            for _ in range(10):
                if cur.head is cur:
                    break
                path.append(cur)
                cur = cur.head
                if cur.i in heads:
                    ok = True
                    if cur.dep_ == "prep":  # the consumed particle of "arrive in"
                        path.append(cur)
                    break
                if (
                    struck
                    and cur.dep_ == "acl"
                    and cur.tag_ in ("VBN", "VBG")
                    and cur.head.dep_ in ("dobj", "obj")
                    and cur.head.head.i in heads
                ):
                    # "bombed camps belonging to the PKK in northern Iraq", "struck positions held by
                    # Hezbollah in southern Lebanon": the participle only says whose the target is
                    continue
                if _after_aside(path[-1], cur):
                    continue
                if cur.i in described:
                    # "struck what New Delhi described as a camp near Balakot", "hit what it called militant
                    # positions in northern Iraq": the clause only says what the speaker calls the target
                    continue
                if cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                    break
            if not ok:
                continue
            preps = [t for t in path if t.dep_ == "prep"]
            direct = path[-1]
            good = False
            # the preposition that governs the place ("on the sidelines of the summit in Jakarta": in),
            # or the event's own one over "of" phrases ("in the south of Lebanon")
            place_preps = _PLACE_PREPS | _STRUCK_PREPS if struck else _PLACE_PREPS
            gov = (
                preps[0]
                if preps and preps[0].lower_ in place_preps
                else next((t for t in preps if t.lower_ != "of"), None)
                if preps and preps[0].lower_ == "of"
                else None
            )
            if gov is not None and gov.lower_ in place_preps:
                good = motion or struck or gov.lower_ not in _MOTION_PREPS
            elif gov is not None and gov.lower_ == "on" and _kind_before_name(gov, path):
                good = True  # "met on the resort island of Bali": a place named after its kind
            elif meeting and gov is not None and gov.lower_ == "on" and _setting_of(gov, path, self.by_token, place):
                # "met on the sidelines of the Shangri-La Dialogue": at the forum's venue (a meeting only: "an
                # invitation to meet on the sidelines of ..." was not made there)
                good = True
            if not nested_objects and not motion and len(path) > 2 and direct.lower_ in _OBJECT_PREPS:
                # "met for talks in Beijing": the talks are the meeting itself, held where they are placed
                good = good and (
                    meeting
                    and direct.lower_ == "for"
                    and path[-2].dep_ == "pobj"
                    and path[-2].lemma_.lower() in lexicon().unnamed_meeting_nouns
                )
            if good and not struck and not motion and _topic_affair(trig, path):
                # "discussed the situation in Syria": the place says what was talked about, not where
                good = False
            if good and _in_later_event(path):
                # "will consult US officials ahead of next week's negotiations in Geneva": the later event's place
                good = False
            if good and _in_reason(path):
                # "summoned the envoys in protest at the arrest of a diplomat in Germany": where the reason happened
                good = False
            if dobj_is_place and direct.dep_ == "dobj":
                good = True
            if struck and direct.dep_ in ("dobj", "nsubjpass") and (not preps or _kind_named(direct, preps)):
                # "artillery hit southern Lebanon", "missiles struck Kyiv", "Kharkiv was shelled": an attack
                # happens at the place it strikes
                good = True
            # the most specific place stated ("in Kenya's Mombasa" is Mombasa), then the first
            key = (-_SPECIFIC.get(getattr(place, "feature", None) or "", 3), i)
            if good and (best is None or key < best[0]):
                best = (key, place)
        return best[1] if best else None

    def _named_kind(self, tok: Token, place: Any) -> Token | None:
        """The kind noun a place's name follows in apposition, when the parse hangs the name elsewhere: "hosted the
        two ministers in the capital Luanda" (Luanda an adverbial of "hosted"), "in the port city Aden". The noun
        (lexicon ``place_kind_nouns``) is the object of a preposition and directly precedes the name; a name the
        parse already hangs on it needs nothing."""
        doc = tok.doc
        first = tok.i
        while first > 0 and self.by_token.get(first - 1) is place:
            first -= 1
        if first == 0:
            return None
        kind = doc[first - 1]
        if kind.text == "," and first > 1:
            # "met President X in the capital, Cairo, on Tuesday", "a visit to the capital, Tripoli": the name set off
            # by a comma is the same apposition, which the parse often hangs on the person before the kind noun
            # (session 25); not a name that opens the next clause ("fighting in the region, Iran said")
            root = tok
            while root.head is not root and self.by_token.get(root.head.i) is place:
                root = root.head
            if root.dep_ in ("nsubj", "nsubjpass", "csubj", "ROOT"):
                return None
            kind = doc[first - 2]
        if (
            kind.pos_ == "NOUN"
            and kind.dep_ == "pobj"
            and kind.lemma_.lower() in lexicon().place_kind_nouns
            and not any(a.i == kind.i for a in tok.ancestors)
        ):
            return kind
        return None


def _described_target(trig: Token) -> set[int]:
    """The verbs of a free relative that is the attack's object: "struck what New Delhi described as a camp", "hit
    what Israel said were Hezbollah positions" (the "what" right after the attack word, its clause under it)."""
    doc = trig.doc
    j = trig.i + 1
    if j < len(doc) and doc[j].dep_ == "prt":
        j += 1
    if j >= len(doc) or doc[j].lower_ != "what":
        return set()
    verbs: set[int] = set()
    cur = doc[j]
    for _ in range(4):
        if cur.head.i == cur.i:
            return set()
        cur = cur.head
        if cur.i == trig.i:
            return verbs
        if cur.pos_ not in ("VERB", "AUX"):
            return set()
        verbs.add(cur.i)
    return set()


def _only_places(ent: Any, places: list[Any]) -> bool:
    """The ORG entity is only place names joined by "and", "or" and commas: "the cities of Ashdod and Ashkelon" (the
    parser's ORG over the pair names no organisation; "the Bank of China" has a word of its own)."""
    covered = {t.i for t in ent for p in places if p.start <= t.idx and t.idx + len(t) <= p.end}
    return (
        bool(covered)
        and all(t.i in covered or t.lower_ in ("and", "or", ",", "the") for t in ent)
        and any(t.lower_ in ("and", "or", ",") for t in ent)
    )


def _in_later_event(path: list[Token]) -> bool:
    """The place lies inside an "ahead of ...", "prior to ...", "before ..." phrase naming a later event: "consult
    with US officials ahead of next week's negotiations in Geneva" places the negotiations, not the consulting."""
    return any(
        (t.lower_ in ("ahead", "prior") and t.dep_ in ("advmod", "amod", "prep", "advcl") and k > 1)
        or (t.lower_ == "before" and t.dep_ == "prep" and k > 1 and any(o.pos_ == "NOUN" for o in t.children))
        for k, t in enumerate(path)
    )


def _in_reason(path: list[Token]) -> bool:
    """The place lies inside an "in protest at ...", "in response to ...", "in retaliation for ..." phrase (lexicon
    ``reason_nouns``): it says where the reason happened."""
    reasons = lexicon().reason_nouns
    return any(
        path[j].dep_ == "prep"
        and path[j].lower_ == "in"
        and path[j - 1].dep_ == "pobj"
        and path[j - 1].lemma_.lower() in reasons
        for j in range(2, len(path))
    )


def _after_aside(prep: Token, clause: Token) -> bool:
    """The phrase follows the closing comma of a relative clause set off by commas, so it belongs to the clause
    the aside interrupts, though the parse hangs it on the aside: "shot down the airship, which Washington
    has described as a spy balloon, off the coast of South Carolina" (the shooting was off the coast)."""
    doc = prep.doc
    first, last = prep.left_edge.i, clause.left_edge.i
    return (
        prep.dep_ == "prep"
        and clause.dep_ == "relcl"
        and prep.head.i == clause.i
        and first > 0
        and last > 0
        and doc[first - 1].text == ","
        and doc[first - 1].head.i == clause.i
        and doc[last - 1].text == ","
        and last < clause.i < first - 1
    )


def _topic_affair(trig: Token, path: list[Token]) -> bool:
    """The place modifies a state of affairs that a verb of talking takes as its topic: "discussed the situation
    in Syria", "discussed the war in Gaza with Shoukry" (lexicon ``topic_object_verbs``, ``topic_affair_nouns``)."""
    lex = lexicon()
    if trig.lemma_.lower() not in lex.topic_object_verbs or len(path) < 3:
        return False
    noun, prep = path[-1], path[-2]
    return (
        noun.dep_ in ("dobj", "obj")
        and prep.dep_ == "prep"
        and prep.head.i == noun.i
        and noun.lemma_.lower() in lex.topic_affair_nouns
        # "the situation in Syria's Idlib region", "the fighting in the south of Lebanon"
        and all(t.lower_ == "of" for t in path[:-2] if t.dep_ == "prep")
        # a second place phrase on the same noun is where they talked ("the situation in Syria in Sochi")
        and not any(c.dep_ == "prep" and c.i < prep.i and c.lower_ in _PLACE_PREPS for c in noun.children)
    )


def _kind_before_name(prep: Token, path: list[Token]) -> bool:
    """The "on" phrase names a kind of place and then the place: "on the resort island of Bali"."""
    i = path.index(prep)
    return i >= 2 and path[i - 1].lemma_.lower() in lexicon().place_kind_nouns and path[i - 2].lower_ == "of"


def _kind_named(obj: Token, preps: list[Token]) -> bool:
    """The struck object is a kind of place and then the place: "targeted the southern city of Jizan"."""
    return obj.lemma_.lower() in lexicon().place_kind_nouns and [t.lower_ for t in preps] == ["of"]


def _setting_of(prep: Token, path: list[Token], by_token: dict[int, Any], place: Any) -> bool:
    """The "on" phrase is the setting of a named venue: "on the sidelines of the Shangri-La Dialogue" (the
    venue itself is the object of "of": not a place naming a forum, "of the Asia-Pacific Economic Cooperation
    summit")."""
    i = path.index(prep)
    return (
        i >= 3
        and path[i - 1].lemma_.lower() in lexicon().setting_frames
        and path[i - 2].lower_ == "of"
        and by_token.get(path[i - 3].i) is place
    )


def place_record(p: Any, *, printed_in_article: bool = True) -> EventPlace:
    """The event's place from a geocoded mention. ``text`` is the mention as printed; a place no mention
    printed (a capital or seat the coder looked up: ``printed_in_article=False``, or a gazetteer
    lookup, whose offsets are empty) has none: no text is made up from the gazetteer's name."""
    name = getattr(p, "name", None) or p.text
    printed = str(getattr(p, "text", "") or "").strip()
    start, end = getattr(p, "start", None), getattr(p, "end", None)
    shown = printed_in_article and bool(printed) and not (start is not None and end is not None and end <= start)
    if printed.lower() == f"{name.lower()} city":
        # "Gaza City", "PUERTO PRINCESA CITY": the city as printed, where the gazetteer drops the word
        name = f"{name} City"
    return EventPlace(
        name=name,
        country=getattr(p, "country", None),
        admin1=getattr(p, "admin1", None),
        lat=getattr(p, "lat", None),
        lon=getattr(p, "lon", None),
        geonameid=getattr(p, "geonameid", None),
        feature=getattr(p, "feature", None),
        text=printed if shown else None,
    )


def attribution_of(tok: Token, actors: ActorIndex) -> Party | None:
    """Who reports the event: the reporting verb's subject, or 'according to X'."""
    lex = lexicon()
    cur, n = tok, 0
    while cur.head is not cur and n < 8:
        h = cur.head
        if h.lemma_.lower() in lex.reporting_verbs and cur.dep_ in ("ccomp", "parataxis", "advcl", "conj", "xcomp"):
            for c in h.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c is not cur:
                    return actors.in_phrase(c)
        cur, n = h, n + 1
    according = actors.tokens_with("according")
    if not according:  # most articles: no need to build the sentence span
        return None
    start, end = actors.sentence_bounds(tok)
    for i in according:
        if not start <= i < end:
            continue
        for p in tok.doc[i].children:
            if p.dep_ == "prep" and p.lower_ == "to":
                for o in p.children:
                    if o.dep_ == "pobj":
                        return actors.in_phrase(o)
    return None
