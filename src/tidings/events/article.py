"""Per-article coding state: indexes over the enrichment and the running context.

The context answers "who are 'the two men'?" (the article's main dyad so far), "who is 'he'?" (the
subject of a recent clause or the speaker of the governing reporting verb) and "what is 'the bloc'?"
(the last actor of that kind), and keeps the events coded so far for date inheritance.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from ..actors.kb import kb as actor_kb
from ..nlp import doc_text
from .attach import PlaceIndex, TimexIndex
from .lexicon import lexicon
from .model import EventMention, Party
from .parties import ActorIndex, is_dual, is_explicit_dual, is_pronoun, is_relative
from .triggers import called_off_meeting, find_triggers

__all__ = ["Article", "dateline_end", "as_date", "is_definite"]


def as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# "BEIJING —", "LIMA, Peru -", "WASHINGTON (Reuters) -", "BEIJING, July 3 —", "BEIJING, Nov 9 (Wire) -",
# "WASHINGTON/BEIJING, May 16 (Wire) -", "NEW DELHI:", "REYKJAVIK, (Wire) -": where the reporter filed from;
# and the other wire styles of real copy: a period after the city or the date ("BISHKEK. March 13 (Wire) -",
# "CAIRO, May 7. /WIRE/."), a tag in lower case or of two agencies ("Bogota, May 3 (efe-epa).-", "Ankara
# (ABC/DEF) -"), the tag or the city in brackets first ("(Wire) - BELGRADE, JUN 24 -", "(LONDON) --"), a
# city with an accent ("BOGOTÁ, Colombia -"), no space after the dash ("ISLAMABAD (Wire) -Pakistan")
_AGENCY = r"\([A-Za-z][A-Za-z.&'/ -]{1,30}\)"
_DATE = r"(?:[,.]\s*[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}(?:,\s*\d{4})?)"
_CAPS = r"[A-ZÀ-Þ][A-ZÀ-Þ.'\-]+(?:[ /][A-ZÀ-Þ][A-ZÀ-Þ.'\-]+)*"
_DASH = r"(?:[—–-]{1,2}|:)(?:\s|(?=[A-Z]))"  # "-Pakistan recalled": a dash glued to the first word
_DATELINE = re.compile(
    rf"^\s*{_CAPS}(?:,\s*[A-Z][A-Za-z.' ]+?)?(?:,?\s*\([^)]{{1,40}}\))?"
    rf"{_DATE}?(?:\s*\([^)]{{1,40}}\))?\.?\s*{_DASH}"
    # an agency's tag makes the city certain: "Paris (Wire) -", "Johannesburg- South Africa (Wire) --",
    # and a copy that ends the dateline with its line ("PARIS, March 11 (Wire) Mar 11, 2008")
    rf"|^\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?:\s*[,-]\s*[A-Z][A-Za-z.' ]+?)?{_DATE}?,?\s*{_AGENCY}"
    r"\.?\s*(?:[—–-]{1,2}|:)\s*"
    # "Moscow, May 31 (Wire) Russian Foreign Minister ...": a city, a date and a tag need no dash
    rf"|^\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}{_DATE},?\s*{_AGENCY}\s+(?=[A-Z])"
    rf"|^\s*{_CAPS}(?:,\s*[A-Z][A-Za-z.' ]+?)?{_DATE}?,?\s*{_AGENCY}[^\n]{{0,25}}\d{{4}}\s*\n"
    # nor the tag of a city in capitals ("ISLAMABAD (Wire) -Pakistan": nlp.unwrap_lines reads the glued dash
    # as a space)
    rf"|^\s*{_CAPS}(?:,\s*[A-Z][A-Za-z.' ]+?)?{_DATE}?,?\s*{_AGENCY}\s+(?=[A-Z])"
    # "CAIRO, May 7. /WIRE/. Hamas said": the tag between slashes
    rf"|^\s*(?:{_CAPS}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}){_DATE}\.?\s*/[A-Z][A-Za-z-]{{1,20}}/\.?\s+"
    # "(Wire) - BELGRADE, JUN 24 - ", "(LONDON) -- ", "(Wire) -Burkina Faso's ...": the tag or the city first
    rf"|^\s*\([^)\n]{{1,30}}\)\s*(?:[—–-]{{1,2}}|(?=\s\s[A-Z]))\s*(?:{_CAPS}(?:,\s*[A-Z][A-Za-z.' ]+?)?{_DATE}?\s*[—–-]{{1,2}}\s*)?"
    # "Algiers, July 30" alone on its line: a city and a date (checked against places)
    rf"|^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?{_DATE}[ \t]*\n"
    # "New Delhi: Prime Minister ...": a place name in title case with a colon (checked against places), also
    # with the date of the copy, as South Asian papers print it ("Paris, Feb 17: Ukrainian President ...",
    # "Beijing, Apr 10 : President Xi ...")
    rf"|^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:{_DATE}[ \t]*)?:\s"
    # a press release's places and dated day ("Presidential Palace, Hanoi, Vietnam, Tuesday 15 March 2022 -"),
    # whose dash nlp.unwrap_lines reads as a full stop
    r"|^\s*(?:[A-Z][\w'\u2019.&-]*(?: (?:of |de |the )?[A-Z][\w'\u2019.&-]*){0,4},\s*){1,4}"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
    r"\s+[.\u2013\u2014-]{1,2}\s+"
)
# Datelines of other outlets' copy, read only when the span holds a place the places stage found (session 25): a city
# in title case before a spaced dash ("Cairo - ", "Nairobi – ", "Kampala — "), a city with an agency's name in
# capitals ("Beijing, MINA – ", "ASTANA. KAZINFORM "), a city in capitals alone on its line ("ANKARA\n", "NAIROBI,
# Kenya\n"), the date first and the city in brackets ("May 13, 2022 (JUBA) – ")
_PLACE_CHECKED_DATELINE = re.compile(
    r"^\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s+[—–-]{1,2}\s+(?=[A-Z])"
    r"|^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z]{2,12}\s+[—–-]{1,2}\s+(?=[A-Z])"
    rf"|^\s*{_CAPS}\.\s+[A-Z]{{3,12}}\s+(?=[A-Z][a-z])"
    r"|^\s*[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]{2,})?(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?[ \t]*\n"
    rf"|^\s*[A-Z][a-z]+\.? \d{{1,2}},? \d{{4}}\s*\({_CAPS}\)\s*[\u2014\u2013-]{{1,2}}\s*"
)
# "Wire | Istanbul | Updated: 29-03-2022 18:49": a byline of three or more fields, one of them the city and
# one the time of the copy (a menu's "Home | World | Asia" is no byline)
_PIPE_BYLINE = re.compile(r"^(?=[^\n]*(?:Updated|Published|\d{1,2}[-/.:]\d{2}))[^\n|]{1,40}(?:\|[^\n|]{1,40}){2,}\n")


def _checked_form(text: str, dl: int) -> bool:
    """Whether the dateline ending at ``dl`` is one of the forms read only with a city in it."""
    line = text.rfind("\n", 0, max(len(text[:dl].rstrip("\n")) - 1, 0)) + 1  # the dateline's own line
    return not _DATELINE.match(text[line : line + 120]) and bool(_PLACE_CHECKED_DATELINE.match(text[line : line + 120]))


def dateline_end(text: str) -> int:
    """End of the dateline, 0 if none: a dateline names no actor and no event place.

    The dateline opens the body, which may follow a byline or a date line ("By Jane Doe | Outlet",
    "January 15, 2020"): short lines before it are skipped.
    """
    # the forms read only with a city in them come second: "Iran - Saudi talks resume\nTEHRAN (Wire) -" is TEHRAN's
    return _dateline_scan(text, _DATELINE) or _dateline_scan(text, _PLACE_CHECKED_DATELINE, byline=False)


def _dateline_scan(text: str, pattern: re.Pattern[str], *, byline: bool = True) -> int:
    start = end = 0
    for _ in range(3):
        m = pattern.match(text[start : start + 120])
        if m:
            return start + m.end()
        b = _PIPE_BYLINE.match(text[start : start + 140]) if byline else None
        if b and not end:
            end = start + b.end()
        nl = text.find("\n", start)
        if nl < 0 or nl - start > 100:
            return end
        start = nl + 1
        while text[start : start + 1] in ("\n", " "):
            start += 1
    return end


# a dateline in capitals that opens a later paragraph or sentence: the body of a page whose opening is a photo
# caption, a headline or a standfirst ("Handout photo ... shows ... \n\nMANILA, Philippines — The coast guard ...",
# "... talks\n\nBRUSSELS (Wire) — European Union officials ...")
_INNER_START = re.compile(r"(?:\n\s*|(?<=[.!?\"\u201d]) )(?=[A-Z\u00c0-\u00de]{3,}[ ,:(/\u2014\u2013-])")


# page furniture kept in real copy: a credit line ("Photo: A. Name / Agency", "Source: Wire", "(Photo: WIRE/Name)")
# and an agency's name alone on the line above the copy's time ("Xinhua\n  00:51 UTC+8, 2021-04-26")
_CREDIT = re.compile(
    r"(?m)^[ \t]*(?:Photos?|Source|Credits?|Image|Picture|File photo|Video)\s*:[^\n]*"
    r"|\((?:Photos?|Source|Credits?|Image|File photo)\s*:[^)\n]*\)"
    r"|^[ \t]*[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)?[ \t]*(?=\n[ \t]*(?:\d{1,2}:\d{2}|\d{1,2} [A-Z][a-z]{2} \d{4}|"
    r"(?:Updated|Published)\b))"
)


def _furniture(text: str) -> list[tuple[int, int]]:
    """Spans of credit and byline lines: an actor named there (a wire, a state agency) is no party (session 20)."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(text)]


def _inner_datelines(text: str, start_dl: int, places: Any) -> list[tuple[int, int]]:
    """Spans of datelines after the text's start: a city in capitals where a paragraph or a sentence opens, in the
    dateline's form, whose span holds a place the places stage found (real pages, session 20: a caption or a
    headline before the body). Their city names no actor, as the opening dateline's does not."""
    spans = []
    ends = [p.end for p in places or () if getattr(p, "country", None)]
    for m in _INNER_START.finditer(text, max(start_dl, 1)):
        d = _DATELINE.match(text[m.end() : m.end() + 120])
        if d is None or d.end() < 4:
            continue
        s, e = m.end(), m.end() + d.end()
        if any(s < x <= e for x in ends):
            spans.append((s, e))
    return spans


def _dateline_seat(text: str, dl: int) -> tuple[Any, str] | None:
    """The seat a dateline names instead of a city ("UNITED NATIONS (AP) -": the UN's headquarters in New York), as a
    place spanning the name, and the organisation seated there; lexicon ``dateline_seats``."""
    from ..places import lookup

    line = text.rfind("\n", 0, max(dl - 1, 0)) + 1  # the dateline's own line (short lines may come before it)
    head = text[line:dl].lstrip()
    for printed, (name, igo) in lexicon().dateline_seats.items():
        if head.startswith(printed) and not head[len(printed) : len(printed) + 1].isalpha():
            found = lookup(name)
            if found and found[0].name == name:
                start = text.index(printed, line)
                return replace(found[0], start=start, end=start + len(printed), text=printed), igo
    return None


class Article:
    """Per-article state: indexes and the running context (previous events, for 'the two men')."""

    def __init__(self, article_id: str, doc: Any, published: Any, actors: Any, timexes: Any, places: Any, topics: Any):
        self.article_id, self.doc = article_id, doc
        self.text: str = doc_text(doc)  # spaCy joins every token's text each time doc.text is read: read it once
        self.published = as_date(published)
        dl = dateline_end(self.text)
        head = self.text[:dl]
        if dl and (head.rstrip().endswith(":") or head.endswith("\n")) and not any(p.end <= dl for p in places or ()):
            dl = 0  # "NEW DELHI:" is a dateline, "NATO:" a headline's speaker, "Monday, July 30" a date line
        if (
            dl
            and _checked_form(self.text, dl)
            and not any(p.end <= dl and getattr(p, "feature", None) == "city" for p in places or ())
        ):
            dl = 0  # "Cairo - Egypt's president says" is a dateline; "Iran - Saudi talks resume" a headline
        self.dateline_end = dl
        inner = _inner_datelines(self.text, dl, places) + _furniture(self.text)
        self.actors = ActorIndex.build(
            doc, [a for a in actors or () if a.start >= dl and not any(s <= a.start < e for s, e in inner)]
        )
        self.sents = list(doc.sents)
        self.actors.sent_starts = [s.start for s in self.sents]
        self.places = PlaceIndex(doc, [p for p in places or () if p.start >= dl], self.actors.sent_starts)
        self.places.add_capitals(doc, self.actors)
        # every place of the dateline ("WASHINGTON/BEIJING -"): each side's own news happened at home
        self.dateline_places = [p for p in places or () if p.end <= dl and getattr(p, "country", None)]
        # the organisation whose seat the dateline names ("UNITED NATIONS (AP) -"), or None
        self.dateline_igo: str | None = None
        if dl and not self.dateline_places:
            seat = _dateline_seat(self.text, dl)
            if seat is not None:
                self.dateline_places, self.dateline_igo = [seat[0]], seat[1]
        self.dateline_place = self.dateline_places[0] if self.dateline_places else None
        self.triggers = [find_triggers(s) for s in self.sents]
        # a meeting called off ("called off the summit on May 24") owns no time: the date is the calling off's
        trig_tokens = {t.head.i for ts in self.triggers for t in ts if not called_off_meeting(t)}
        # a word's own event type: the first trigger of a word wins (a call "by phone" is added after the verb's own act)
        self.trigger_type = {t.head.i: t.type for ts in self.triggers for t in reversed(ts)}
        self.timex = TimexIndex(doc, timexes or (), trig_tokens, dl, self.published)
        self.topics: dict[int, list[str]] = {}
        for tg in topics or ():
            self.topics.setdefault(getattr(tg, "sentence", -1), []).append(tg.topic)
        self.events: list[EventMention] = []
        self.dateline_placed: set[str] = set()  # mentions whose place is the dateline's, not the sentence's
        self.trigger_status: dict[int, str] = {}
        self.sentence_parties: dict[int, list[tuple[int, Party]]] = {}  # coder cache: (token, party) of a sentence
        # (trigger token, [source, target]) of events whose two sides the sentence names: antecedents
        self.dyad_marks: list[tuple[int, list[Party]]] = []
        self._group_cache: list[tuple[int, list[Party]]] | None = None
        self._speaker_hit = -1  # the pronoun last resolved to its own sentence's speaker
        # (sentence, trigger offset) of acts addressed to both sides of a pair ("called on both countries")
        self.pair_addressed: set[tuple[int, int]] = set()
        self.sentence_calls: dict[int, frozenset[int]] = {}  # coder cache: tokens of a sentence's phone/video calls

    # -- context ------------------------------------------------------------------------------------
    def dyad_context(self, tok: Token) -> list[Party]:
        """The parties a plural like "the two men", "both sides" or "they" refers to: the nearest fitting
        antecedent. "They" in "India and Pakistan said they had agreed" is the reporting verb's
        subject; otherwise the nearest earlier coordinated subject ("Peru and Chile ... The two sides")
        or event with two named sides ("Biden met Xi ... the two leaders"); only when there is none,
        the article's main dyad so far. A nearer coordination of people the actors stage could not
        place ("two advisers, X and Y") is still the antecedent: "they" then names no known party."""
        pronoun = tok.lower_ in ("they", "them", "their")
        subj = self._reporting_subject(tok)
        found = self._nearest_dyad(tok, pronoun, subj)
        actor = self._acting_sides(tok) if is_explicit_dual(tok) else set()
        if actor & {p.country for p in found}:
            # "Kubrakov then signed an identical one with the same two", "the AU body called on the two countries":
            # the side addressing a pair is none of it, so the nearest pair without it (when there is one)
            other = self._nearest_dyad(tok, pronoun, subj, actor)
            if len({p.country for p in other}) >= 2:
                found = other
        # "China's foreign ministry confirmed that the two sides had agreed": the speaker's side first
        speaker = self.actors.in_phrase(subj) if subj is not None and len(found) >= 2 else None
        if speaker is not None and speaker.country in {p.country for p in found[1:]}:
            found = sorted(found, key=lambda p: p.country != speaker.country)
        return found

    def _acting_sides(self, tok: Token) -> set[str]:
        """The countries of the subject of the verb a pair is the object of ("China called on both countries",
        "Pompeo urged the two sides"): the one who addresses a pair is not one of it."""
        if tok.dep_ in ("dobj", "dative"):
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "prt"):
            verb = tok.head.head
        else:
            return set()
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        out: set[str] = set()
        for c in verb.children:
            if c.dep_ != "nsubj" or is_dual(c):
                continue
            ps = self.pronoun_context(c, bind=False) if is_pronoun(c) else [p for p in [self.actors.in_phrase(c)] if p]
            out.update(p.country for p in ps if p.country)
        return out

    def _object_pairs(self, tok: Token) -> list[tuple[int, list[Party]]]:
        """Coordinated objects naming two states or more before ``tok`` ("urged India and Pakistan to exercise
        restraint ... encouraged both ministers"), by the position of their "and"."""
        out: list[tuple[int, list[Party]]] = []
        for i in self.actors.tokens_with("and"):
            cc = self.doc[i]
            if i >= tok.i or cc.dep_ != "cc" or cc.head.dep_ not in ("dobj", "pobj", "dative"):
                continue
            parties = _one_per_country(self.actors.coordinated_in(cc.head, min_countries=0))
            if len({p.country for p in parties if p.country}) >= 2:
                out.append((i, parties))
        return out

    def _nearest_dyad(
        self, tok: Token, pronoun: bool, subj: Token | None, actor: set[str] | None = None
    ) -> list[Party]:
        if actor:
            # a pair addressed by a side: the nearest earlier pair (coordinated subjects or objects, an event's two
            # sides) that does not hold the addressing side
            best_a: tuple[int, list[Party]] | None = None
            cands = [*self.dyad_marks, *self._groups(), *self._object_pairs(tok)]
            for pos, parties in cands:
                others = [p for p in parties if p.country and p.country not in actor]
                if pos >= tok.i or len({p.country for p in others}) < 2:
                    continue
                if best_a is None or pos > best_a[0]:
                    best_a = (pos, others)
            return _one_per_country(best_a[1]) if best_a is not None else []
        if pronoun:
            if subj is not None and (
                subj.tag_ in ("NNS", "NNPS")
                or any(c.dep_ == "conj" for c in subj.children)
                or self.actors.coordinated_in(subj)
            ):
                found = self.actors.phrase_parties(subj)
                if found:
                    self._speaker_hit = tok.i
                    return _one_per_country(found)
        best: tuple[int, list[Party]] | None = None
        for pos, parties in self.dyad_marks:
            if pos < tok.i and (best is None or pos > best[0]):
                best = (pos, parties)
        for pos, parties in self._groups():
            if pos < tok.i and (best is None or pos > best[0]) and (pronoun or len({p.country for p in parties}) >= 2):
                best = (pos, parties)
            elif pronoun and tok.dep_ == "nsubj" and best is not None and self._subject_of(pos) == best[0]:
                # "Sarraj and Haftar went to Moscow for talks with Russian diplomats. They did not meet directly": a
                # subject "they" is the subject group of the act that named a pair, not that act's pair (session 28)
                best = (best[0], parties)
        if pronoun:
            # session 28: "them" is the last parties named as a group, and its own sentence's pair is nearer than any
            # before it: "telephoned the presidents of A and B, urging them to ..." (a coordinated object), "called
            # both leaders, urging them to ..." (a pair said to be two, read as such a pair is)
            first, _ = self.actors.sentence_bounds(tok)
            if tok.lower_ == "them":
                for pos, parties in self._object_pairs(tok):
                    if first <= pos and (best is None or pos > best[0]):
                        best = (pos, parties)
            dual = next(
                (
                    t
                    for t in reversed(self.doc[first : tok.i])
                    if t.lower_ not in ("they", "them", "their") and is_explicit_dual(t)
                ),
                None,
            )
            if dual is not None and (best is None or dual.i > best[0]):
                pair = self.dyad_context(dual)
                if len({p.country for p in pair if p.country}) >= 2:
                    return pair
        if not pronoun:
            for pos, parties in self._with_pairs(tok):
                if best is None or pos > best[0]:
                    best = (pos, parties)
        if best is not None and (pronoun or len(best[1]) >= 2):
            return _one_per_country(best[1])
        return self.main_dyad(tok)

    def _with_pairs(self, tok: Token) -> list[tuple[int, list[Party]]]:
        """Pairs named earlier in ``tok``'s own sentence by a single subject and its "with" side: "India has a
        similar agreement with the US and the two sides held talks last month" (session 21: the two sides are India
        and the US, not the article's main pair; "has an agreement" is no event, so it left no other antecedent)."""
        out: list[tuple[int, list[Party]]] = []
        sent = tok.sent
        for t in sent:
            if t.i >= tok.i:
                break
            if t.dep_ != "prep" or t.lower_ != "with":
                continue
            other = [p for g in t.children if g.dep_ == "pobj" for p in [self.actors.in_phrase(g)] if p is not None]
            gov = t.head
            if gov.pos_ == "NOUN" and gov.dep_ in ("dobj", "attr") and gov.head.pos_ in ("VERB", "AUX"):
                gov = gov.head  # "has an agreement with the US"
            if gov.pos_ not in ("VERB", "AUX"):
                continue
            # one side as the subject: "Lavrov and Kuleba held their first meeting ..., with Turkey's minister at
            # the table" names its pair by the coordination, not by the "with" phrase
            subj = [
                p
                for c in gov.children
                if c.dep_ == "nsubj" and not any(g.dep_ == "conj" for g in c.children)
                for p in [self.actors.in_phrase(c)]
                if p is not None
            ]
            if subj and other and subj[0].country and other[0].country and subj[0].country != other[0].country:
                out.append((t.i, [subj[0], other[0]]))
        return out

    def _reporting_subject(self, tok: Token, *, through_subjectless: bool = False) -> Token | None:
        """The subject of the reporting verb that governs ``tok`` ("X said they ..."), if any; with
        ``through_subjectless``, a reporting verb with no subject of its own ("said, adding that ...")
        passes on to the one it depends on, and the verb ``tok`` hangs on may itself be one."""
        lex = lexicon()
        cur = tok.head
        for _ in range(8 if through_subjectless else 6):
            if cur.lemma_.lower() in lex.reporting_verbs and (through_subjectless or cur.i != tok.head.i):
                for c in cur.children:
                    if c.dep_ == "nsubj" and (through_subjectless or c.i != tok.i) and not is_pronoun(c):
                        return c
                if not through_subjectless:
                    return None
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None

    def _groups(self) -> list[tuple[int, list[Party]]]:
        """Coordinated subjects naming actors ("India and Pakistan", "Kishida and Yoon", "the envoys
        X and Y"), by the position of their "and", with the parties they name (maybe none)."""
        if self._group_cache is not None:
            return self._group_cache
        out: list[tuple[int, list[Party]]] = []
        for i in self.actors.tokens_with("and"):
            cc = self.doc[i]
            if cc.dep_ != "cc":
                continue
            first = cc.head
            conj = [first, *[c for c in first.children if c.dep_ == "conj"]]
            if len(conj) < 2 or not any(
                t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or self.actors.at(t) is not None for t in conj
            ):
                continue
            r = first
            while r.head.i != r.i:
                if r.dep_ in ("conj", "compound", "amod", "appos", "nmod", "flat", "poss"):
                    r = r.head
                elif r.dep_ == "pobj" and r.head.lower_ in ("of", "from"):
                    r = r.head.head
                else:
                    break
            if r.dep_ not in ("nsubj", "nsubjpass") and not (r.dep_ == "pobj" and r.head.lower_ in ("between", "by")):
                continue
            out.append((i, self.actors.coordinated_in(r, min_countries=0)))
        self._group_cache = out
        return out

    def _subject_of(self, and_i: int) -> int:
        """The verb a coordinated subject (given by its "and") is the subject of, or -1."""
        r = self.doc[and_i].head
        while r.dep_ == "conj" and r.head.i != r.i:
            r = r.head
        return r.head.i if r.dep_ in ("nsubj", "nsubjpass") else -1

    def main_dyad(self, tok: Token, *, events_only: bool = False) -> list[Party]:
        """The article's main dyad so far (the most frequent pair of the news's protagonists); with
        ``events_only``, only a pair that events coded so far (recounted history included) name more often
        than any other (at least twice), never the last two actors named."""
        counts: dict[frozenset[str], int] = {}
        latest: dict[frozenset[str], list[Party]] = {}
        for ev in self.events:
            if (ev.background and not events_only) or ev.implied or ev.status != "occurred":
                continue  # "the two men" are the news's protagonists, not a recounted or imagined event's
            if (
                ev.source
                and ev.target
                and ev.source.country
                and ev.target.country
                and ev.source.country != ev.target.country
            ):
                key = frozenset((ev.source.country, ev.target.country))
                counts[key] = counts.get(key, 0) + 1
                latest[key] = [ev.source, ev.target]
        if events_only:
            # a clear main pair: told at least twice, and more often than any other pair
            ranked = sorted(counts.values(), reverse=True)
            if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
                return []
        if counts:
            return latest[max(counts, key=lambda k: counts[k])]
        if events_only:
            return []
        seen: dict[str, Party] = {}
        for i, p in reversed(self.actors.ordered):
            if i >= tok.i:
                continue
            if p.country and p.country not in seen:
                seen[p.country] = p
            if len(seen) == 2:
                return list(reversed(list(seen.values())))
        return []

    def pronoun_context(self, tok: Token, *, bind: bool = True) -> list[Party]:
        """ "he/she/it": the nearest fitting antecedent. The speaker of the governing reporting verb
        ("Khan said he had tried"), else the subject of the nearest earlier clause. "She" fits a woman
        and "he" a man (the people files mark women), "it" a state or body. A nearer antecedent the
        actors stage could not place ("The company said it", "That envoy, Li Hui, ... he") names no
        party rather than letting a farther actor stand in; an object pronoun is never its own
        clause's subject ("Xi will host him", "he urged him")."""
        lex = lexicon()
        low = tok.lower_
        if low not in _PERSONAL:
            return []  # "you" is the addressee; "anyone", "each", "someone" refer to no party named before
        fem, masc = low in _FEMININE, low in _MASCULINE
        person = fem or masc
        speaker = low in ("we", "us", "our", "i", "me", "my")  # "'We urge ...,' Wang said": the speaker's side
        singular = not speaker and low not in ("they", "them", "their")
        banned = self._bound_subject(tok) if bind else set()

        def fits(p: Party) -> bool:
            if _key(p) in banned:
                return False
            if speaker:
                return True
            if not person:
                return p.kind in ("country", "org", "igo", None)
            if p.kind != "person":
                return False
            return (_gender(p) == "f") if fem else (_gender(p) != "f")

        def unknown(t: Token) -> bool:
            """An antecedent of the pronoun's kind that names no known actor."""
            if person:
                return t.ent_type_ == "PERSON" or t.lemma_.lower() in _PERSON_NOUNS
            return t.ent_type_ in ("ORG", "NORP") or t.lemma_.lower() in lex.company_nouns

        owner = self._claim_owner(tok)
        if owner is not None and fits(owner):
            return [owner]
        first_subj = _first_conjunct_subject(tok)
        if first_subj is not None:
            # "It said the United States bore full responsibility, and it renewed its call ...": the subject
            # pronoun of a second conjoined clause is the first clause's subject, not a side named inside the
            # first clause's reported content (session 26)
            if is_pronoun(first_subj):
                if first_subj.lower_ == low:
                    return self.pronoun_context(first_subj, bind=bind)
            else:
                p = self.actors.in_phrase(first_subj)
                if p is not None and fits(p):
                    return [p]
        cur = tok.head
        for _ in range(6):
            if cur.lemma_.lower() in lex.reporting_verbs:
                for c in cur.children:
                    if c.dep_ == "nsubj" and c.i != tok.i and not is_pronoun(c):
                        p = self.actors.in_phrase(c)
                        if p is None and speaker and is_definite(c) and c.lemma_.lower() in lex.title_anaphors:
                            # "'We call on Moscow to ...,' the spokesperson said" after "a State Department
                            # spokesperson said": the bare title names the one introduced earlier (``definite``)
                            p = next(iter(self.definite(c)), None)
                        if p is not None and fits(p):
                            self._speaker_hit = tok.i
                            return [p]
                        if p is None and unknown(c):
                            return []
                    elif speaker and c.dep_ == "nsubj" and c.i != tok.i and c.lower_ in _THIRD_PERSON:
                        # "'If India takes any action, we will have to retaliate,' he said": "we" is the side of
                        # the one "he" stands for, never a side the quote itself names
                        found = self.pronoun_context(c, bind=False)
                        if found:
                            self._speaker_hit = tok.i
                            return found
            if cur.head.i == cur.i:
                break
            cur = cur.head
        if speaker:
            first, _ = self.actors.sentence_bounds(tok)
            earlier = next((t for t in self.doc[first : tok.i] if t.lower_ in ("we", "us", "our")), None)
            if earlier is not None:
                # "We urge X to stop, and we will take measures": one speaker's "we" throughout the sentence
                return self.pronoun_context(earlier)
            # "'Such action helps nobody,' said the spokesperson. 'We urge the United States to stop it'": "we" in a
            # sentence with no speaker of its own goes on the last speaker's words
            said = self._last_speaker(tok)
            if said is not None:
                return [said]
        if banned and person:
            # "Sanchez met Xi in Beijing and said he had encouraged him to talk": an object pronoun whose own
            # clause's subject is known is the other person its sentence named before it, subject or not
            first, _ = self.actors.sentence_bounds(tok)
            for i, p in reversed(self.actors.ordered):
                if first <= i < tok.i and fits(p) and p.country:
                    return [p]
        # the subject of the nearest earlier clause of the right kind; never one inside the words the pronoun itself
        # is said to speak ('"Today's action underscores the need for Rwanda to return," it added': the one who
        # adds is no side the quotation names, session 28)
        quoted = (
            [(c.left_edge.i, c.right_edge.i) for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i]
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.reporting_verbs
            else []
        )
        lo = max(0, tok.i - 80)
        for t in reversed(self.doc[lo : tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or is_pronoun(t) or is_relative(t):
                continue
            if any(a <= t.i <= b for a, b in quoted):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.head.children):
                continue  # "Xi ... told Biden that": a verb's second "subject" after it is a misparsed object
            if singular and t.tag_ == "NNS":
                continue  # "China said it would expel American journalists working for ... It also demanded": "it"
                # is never a plural noun's
            p = self.actors.in_phrase(t)
            if p is None and is_definite(t) and not is_dual(t):
                p = next(iter(self.definite(t)), None)  # "The bloc ordered ... It also imposed": the bloc's
                if p is not None and person and not fits(p) and t.lemma_.lower() in lex.title_anaphors:
                    return [p]  # "That envoy, Li Hui, travelled ... he met": the side the envoy's title names
            if p is not None and fits(p):
                return [p]
            if p is None and unknown(t) and t.tag_ not in ("NNS", "NNPS"):
                return []  # "That envoy, Li Hui, travelled ... In Kyiv he was received": Li Hui, unknown
        for i, p in reversed(self.actors.ordered):
            if i < tok.i and fits(p) and not any(a <= i <= b for a, b in quoted):
                return [p]
        return []

    def _last_speaker(self, tok: Token) -> Party | None:
        """The side of the one the previous sentence reports as speaking, when the pronoun's own sentence is a
        quotation and names no speaker ("... said the spokesperson. 'We urge ...'")."""
        first, end = self.actors.sentence_bounds(tok)
        if first == 0 or not any(t.text in _QUOTES for t in self.doc[max(0, first - 1) : end]):
            return None
        lex = lexicon()
        if any(t.lemma_.lower() in lex.reporting_verbs and t.pos_ == "VERB" for t in self.doc[first:end]):
            return None
        prev, _ = self.actors.sentence_bounds(self.doc[first - 1])
        for t in reversed(self.doc[prev:first]):
            if t.lemma_.lower() not in lex.reporting_verbs or t.pos_ != "VERB":
                continue
            for c in t.children:
                if c.dep_ == "nsubj" and not is_pronoun(c):
                    p = self.actors.in_phrase(c)
                    return p if p is not None and p.country else None
            return None
        return None

    def _claim_owner(self, tok: Token) -> Party | None:
        """ "rejecting Tehran's explanation that it had seized the vessel": the subject pronoun of what an owned
        statement noun says (lexicon ``claim_nouns``) is the noun's owner, not the one who answers it."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        clause = tok.head
        noun = clause.head
        if clause.dep_ not in ("acl", "relcl", "ccomp") or noun.lemma_.lower() not in lexicon().claim_nouns:
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        for c in noun.children:
            if c.dep_ == "poss" and not is_pronoun(c):
                p = self.actors.in_phrase(c)
                if p is not None and p.country:
                    return p
        return None

    def _bound_subject(self, tok: Token) -> set[tuple]:
        """The parties of the subject of the clause an object pronoun belongs to ("he urged him")."""
        if tok.dep_ in ("dobj", "dative", "iobj"):
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            verb = tok.head.head
        elif tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.lower_ in ("we", "i"):
            # "we urge the United States to stop": a speaker is never the side its own verb addresses
            return {
                _key(p)
                for c in tok.head.children
                if c.dep_ in ("dobj", "dative") and not is_pronoun(c)
                for p in [self.actors.in_phrase(c)]
                if p is not None
            }
        else:
            return set()
        out: set[tuple] = set()
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            ps = self.pronoun_context(c, bind=False) if is_pronoun(c) else [p for p in [self.actors.in_phrase(c)] if p]
            out.update(_key(p) for p in ps)
        return out

    def context(self, tok: Token) -> list[Party]:
        """Parties from context, marked inferred (history recounted drops their identity, see _build)."""
        owner = _owning_pronoun(tok)
        if tok.lower_ in ("their", "they", "them") and _plural_subject(tok):
            found = []  # "APEC leaders begin their meetings": theirs, not the dyad's
        elif owner is not None:
            # "its warplanes attacked", "two of its warships had warned": the side the owning pronoun stands for
            found = self.pronoun_context(owner)
            if self._speaker_hit == owner.i:
                self._speaker_hit = tok.i
        elif is_dual(tok):
            found = self.dyad_context(tok)
        elif (pair := _dual_of(tok)) is not None:
            found = self.dyad_context(pair)  # "corps commanders from both sides met": the pair's people
        elif is_pronoun(tok):
            found = self.pronoun_context(tok)
        elif (listed := self._pointed_list(tok)) is not None:
            found = listed  # "recalled its diplomats from A, B and C and demands that these countries' governments ..."
        elif (own := self._own_state(tok)) is not None:
            found = [own]  # "Mexico's top diplomat announced that his country had granted asylum"
        elif is_definite(tok):
            found = self.definite(tok)  # "the bloc", "the alliance", "the government", "the kingdom"
        else:
            found = []
        # the speaker of the same sentence ("Beijing said it would ...") is as good as named
        local = self._speaker_hit == tok.i
        text = tok.text
        if found and tok.lemma_.lower() in lexicon().title_anaphors and is_definite(tok):
            # "That envoy": a title told again, not an agent read off an owning pronoun ("its envoy")
            text = " ".join(c.text for c in tok.children if c.dep_ == "det") + " " + tok.text
        return [replace(p, text=text, inferred=not local) for p in found]

    def _pointed_list(self, tok: Token) -> list[Party] | None:
        """ "these countries", "those governments", "these countries' governments": the states of the list of three or
        more named last before it, in its own sentence or the one before (session 28: "recall all members of its
        diplomatic missions in A, B, C and D, and also demands that these countries' governments recall their
        diplomats"). A pair is left to ``dyad_context``."""
        nouns = lexicon().pointed_list_nouns

        def pointed(t: Token) -> bool:
            return (
                t.lemma_.lower() in nouns
                and t.tag_ in ("NNS", "NNPS")
                and any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in t.children)
            )

        head = tok if pointed(tok) else next((c for c in tok.children if c.dep_ == "poss" and pointed(c)), None)
        if head is None:
            return None
        starts = [s for s in self.actors.sent_starts or () if s <= head.i]
        lo = starts[-2] if len(starts) >= 2 else 0
        best: list[Party] = []
        for t in self.doc[lo : head.i]:
            if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
                continue
            group = [p for x in (t, *t.conjuncts) if x.i < head.i for p in [self.actors.at(x)] if p is not None]
            if len({p.country for p in group if p.country}) >= 3 and all(p.kind == "country" for p in group):
                best = group
        return best or None

    def definite(self, tok: Token) -> list[Party]:
        """A definite description ("the bloc", "the alliance", "the kingdom"): the nearest earlier actor of
        its kind; a noun that only some states fit ("the kingdom", "the island") takes the nearest of those."""
        lex = lexicon()
        word = tok.lemma_.lower()
        if word in lex.title_anaphors:
            # "the secretary", "the foreign minister": the nearest earlier person whose role has the title
            # and every word that qualifies it
            words = [word, *(c.lower_ for c in tok.children if c.dep_ in ("amod", "compound"))]
            for i, p in reversed(self.actors.ordered):
                role = (p.role or "").lower()
                if i < tok.i and p.kind == "person" and role and all(w in role for w in words):
                    return [p]
            if len(words) == 1:
                # "A Chinese foreign ministry spokesman said ... The spokesman also accused Washington": a bare title
                # nobody in the KB holds names the one introduced earlier with the side they speak or act for
                # (session 22); the nearest earlier such noun decides, and one that names no side names none here
                kin = lex.title_kin.get(word, frozenset((word,)))  # "the envoy" after "a special representative"
                for t in reversed(self.doc[max(0, tok.i - 300) : tok.i]):
                    if t.lemma_.lower() not in kin or t.pos_ != "NOUN":
                        continue
                    # the side is named before the title ("a Chinese foreign ministry spokesman", "China's envoy"),
                    # never by where the envoy is posted ("the ambassador to Poland")
                    before = [g for c in t.children if c.i < t.i and c.dep_ != "det" for g in c.subtree]
                    named = self.actors.at(t) or next(iter(self.actors.all_in(before)), None)
                    if named is not None and named.country:
                        return [named]
                    sender = self._sender(t)
                    if sender is not None:
                        return [sender]
                    if not any(c.lower_ == "the" for c in t.children):
                        return []
            return []
        if word in lex.institution_anaphors:
            # "the ministry", not "the Joint Commission" (a name of its own)
            return self._institution(tok, word) if tok.pos_ == "NOUN" else []
        region = region_states(tok)
        if region is not None:
            # "the West African country", "the Southeast Asian nation": the nearest earlier state of that region
            for i, p in reversed(self.actors.ordered):
                if i < tok.i and p.country in region and p.kind != "igo":
                    return [p if p.kind == "country" else Party(name=p.country, country=p.country, kind="country")]
            return []
        kinds = lex.anaphor_nouns.get(word)
        if kinds is None:
            return []
        if word in lex.speaker_anaphors:
            own = self._speakers_state(tok)
            if own is not None:
                return [own]
        if word in lex.leader_anaphors and not any(c.dep_ in ("amod", "compound") for c in tok.children):
            # "the new administration", "the previous administration": maybe not the one in office, so not his
            for i, p in reversed(self.actors.ordered):
                if i < tok.i and p.kind == "person" and p.role in lex.leader_roles and p.country:
                    state = next(
                        (q for _, q in reversed(self.actors.ordered) if q.kind == "country" and q.country == p.country),
                        None,
                    )
                    return [state or Party(name=p.country, country=p.country, kind="country")]
        states = lex.anaphor_countries.get(word)
        # "Mali accused Algeria ... The country will recall its ambassador from Algeria": the subject a
        # description stands for is not the side its own clause names as the other party (an object of the verb
        # or of a preposition)
        others: set[str | None] = set()
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            verb = tok.head
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            objects = {c.i for c in objs} | {  # "recall its ambassador from Algeria", "met with Algeria's envoy"
                g.i
                for h in (verb, *objs)
                for c in h.children
                if c.dep_ == "prep"
                for g in c.children
                if g.dep_ == "pobj"
            }
            others = {p.country for i, p in self.actors.ordered if i in objects}
        for i, p in reversed(self.actors.ordered):
            if i < tok.i and p.kind in kinds and (states is None or p.country in states) and p.country not in others:
                return [p]
        return []

    def _sender(self, t: Token) -> Party | None:
        """ "Beijing said it would send a special representative", "Qatar appointed an envoy": the side of the one
        who sends or appoints the envoy ``t`` (lexicon ``envoy_sending_verbs``), else None."""
        verb = t.head
        if t.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().envoy_sending_verbs:
            return None
        for c in verb.children:
            if c.dep_ == "nsubj":
                p = self.actors.in_phrase(c)
                found = [p] if p is not None else (self.pronoun_context(c) if is_pronoun(c) else [])
                found = [q for q in found if q.country]
                return found[0] if len(found) == 1 else None
        return None

    def _institution(self, tok: Token, word: str) -> list[Party]:
        """ "Taiwan's Ministry of National Defense said ... The ministry condemned": the nearest earlier mention
        of the same noun with every word qualifying this one, and the side it names (none: no party)."""
        quals = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        for i in range(tok.i - 1, -1, -1):
            t = tok.doc[i]
            if t.lemma_.lower() != word:
                continue
            words = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
            if not quals <= words:
                continue
            if is_definite(t) and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in t.children):
                return []  # "the ministry ... the ministry": the earlier one is no name either
            p = self.actors.in_phrase(t)
            return [p] if p is not None and p.country else []
        return []

    def _own_state(self, tok: Token) -> Party | None:
        """ "his country", "her government", "our country": the state of the person or side the possessive
        pronoun stands for ("Mexico's top diplomat announced that his country had granted asylum")."""
        lex = lexicon()
        if tok.lemma_.lower() not in lex.own_state_nouns or tok.tag_ in ("NNS", "NNPS"):
            return None  # "our countries share a focus" is both sides
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "our", "my")), None)
        if pron is None:
            return None
        p = next(iter(self.pronoun_context(pron)), None)
        if p is None or not p.country or p.kind == "igo":
            return None
        state = next(
            (q for _, q in reversed(self.actors.ordered) if q.kind == "country" and q.country == p.country), None
        )
        return state or Party(name=p.country, country=p.country, kind="country")

    def _speakers_state(self, tok: Token) -> Party | None:
        """ "Psaki said, adding that the administration would ...": in what an official of a state says, "the
        administration" or "the government" is that state (through reporting verbs with no subject of
        their own, such as "adding")."""
        subj = self._reporting_subject(tok, through_subjectless=True)
        p = self.actors.in_phrase(subj) if subj is not None else None
        if p is None or not p.country or p.kind == "igo":
            return None
        state = next(
            (q for _, q in reversed(self.actors.ordered) if q.kind == "country" and q.country == p.country), None
        )
        return state or Party(name=p.country, country=p.country, kind="country")

    def counterpart(self, country: str | None) -> Party | None:
        """The other side of the most recent event involving ``country`` (reactions: "opposed the decision")."""
        if not country:
            return None
        for ev in reversed(self.events):
            if ev.status != "occurred" or ev.background:
                continue
            if (ev.sentence, ev.trigger_start) in self.pair_addressed:
                continue  # "Erdogan urged both sides to agree a ceasefire": a mediator is neither side's counterpart
            if ev.source and ev.target and ev.source.country and ev.target.country:
                if ev.source.country == country and ev.target.country != country:
                    return ev.target
                if ev.target.country == country and ev.source.country != country:
                    return ev.source
        return None


_PERSONAL = {
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "we",
    "us",
    "our",
    "i",
    "me",
    "my",
    "they",
    "them",
    "their",
}
_FEMININE = {"she", "her", "hers", "herself"}
_THIRD_PERSON = {"he", "she"}
_QUOTES = {'"', "\u201c", "\u201d", "''", "``"}
_MASCULINE = {"he", "him", "his", "himself"}
_PERSON_NOUNS = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "minister",
    "president",
    "leader",
    "envoy",
    "diplomat",
    "adviser",
    "advisor",
    "general",
    "commander",
    "chief",
    "ambassador",
    "secretary",
    "negotiator",
    "man",
    "woman",
    "premier",
    "chancellor",
    "king",
    "prince",
    "senator",
    "lawmaker",
}


def _key(p: Party) -> tuple:
    return (p.actor_id,) if p.actor_id else (p.country, p.name)


def _gender(p: Party) -> str | None:
    a = actor_kb().get(p.actor_id) if p.actor_id else None
    return getattr(a, "gender", None)


def _one_per_country(parties: list[Party]) -> list[Party]:
    seen: set[str | None] = set()
    out = []
    for p in parties:
        if p.country not in seen:
            seen.add(p.country)
            out.append(p)
    return out


# heads that pick one of a pair ("one of the two countries", "each of the two sides"), not both
_ONE_OF = frozenset({"one", "each", "either", "neither", "none", "any", "half", "some", "many", "most"})


def _dual_of(tok: Token) -> Token | None:
    """The pair a plural group comes from: "commanders from both sides", "officials of the two countries" (the
    dual noun of a "from"/"of" phrase; not "one of the two countries")."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lower_ in _ONE_OF:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ not in ("they", "them", "their") and is_dual(g):
                    return g
    return None


# heads that take a part of a group ("two of its warships", "one of its vessels", "some of its troops")
_PART_HEADS = frozenset({"one", "some", "several", "many", "most", "all", "dozens", "hundreds", "thousands", "few"})


def _owning_pronoun(tok: Token) -> Token | None:
    """The singular possessive pronoun ("its", "his", "her", "our") owning a state's people, forces or craft that
    ``tok`` names ("its warplanes", "our troops"), or a part of them ("two of its warships"); else None (lexicon
    ``owned_agent_nouns``, the arriving forces and the craft). "Their" is left to the pair readings."""
    noun = tok
    if tok.pos_ == "NUM" or tok.lower_ in _PART_HEADS:
        noun = next(
            (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            tok,
        )
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    lex = lexicon()
    lemma = noun.lemma_.lower()
    words = {lemma, noun.lower_}
    words |= {f"{c.lower_} {w}" for c in noun.children if c.dep_ == "compound" for w in tuple(words)}
    kinds = lex.owned_agent_nouns | lex.force_nouns | lex.craft_words | lex.aircraft_words
    if not words & kinds:
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "his", "her", "our")), None)


def owned_agent_text(text: str | None) -> bool:
    """Whether a party's text is the head of a state's people, forces or craft read off an owning pronoun ("troops",
    "warplanes", "two" of "two of its warships")."""
    if not text:
        return False
    lex = lexicon()
    w = text.lower()
    kinds = lex.owned_agent_nouns | lex.force_nouns | lex.craft_words | lex.aircraft_words
    return w in kinds or w.rstrip("s") in kinds or w in _PART_HEADS or w.isdigit() or w in _NUMBER_WORDS


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"})


def is_definite(tok: Token) -> bool:
    """ "the bloc", "the alliance's", "the West African nation": a definite noun of the lexicon's anaphor kinds."""
    lex = lexicon()
    word = tok.lemma_.lower()
    known = word in lex.anaphor_nouns or word in lex.title_anaphors or word in lex.institution_anaphors
    if word in lex.capital_anaphors and not tok.text[:1].isupper():
        known = False  # "in the north of the country": a region
    if word in lex.title_anaphors and tok.tag_ == "NN" and any(c.lower_ in ("that", "this") for c in tok.children):
        return True  # "That envoy, Li Hui, ...": a title told again with a demonstrative (session 26)
    return (known or region_states(tok) is not None) and any(c.lower_ == "the" for c in tok.children)


def region_states(tok: Token) -> frozenset[str] | None:
    """The states a regional adjective before a state noun names ("the resource-rich West African nation", "the
    Southeast Asian country"; lexicon ``region_adjectives``), or None."""
    lex = lexicon()
    if tok.lemma_.lower() not in lex.region_nouns or tok.tag_ in ("NNS", "NNPS"):
        return None
    mods = [t for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i for t in c.subtree]
    if not mods:
        return None
    text = " ".join(t.lower_ for t in tok.doc[min(t.i for t in mods) : tok.i]).replace(" - ", "-").replace(" -", "-")
    best = max((k for k in lex.region_adjectives if text == k or text.endswith(" " + k)), key=len, default=None)
    return lex.region_adjectives[best] if best is not None else None


def _plural_subject(tok: Token) -> bool:
    """Whether 'their' belongs to a plural, non-dyadic subject of its own clause."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    for c in cur.children:
        if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") and not is_dual(c) and c is not tok:
            return True
    return False


def _first_conjunct_subject(tok: Token) -> Token | None:
    """The subject of the first of two conjoined clauses, when ``tok`` is the subject of the second ("X said ...,
    and it renewed ..."); None otherwise."""
    v = tok.head
    if tok.dep_ != "nsubj" or v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in v.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
