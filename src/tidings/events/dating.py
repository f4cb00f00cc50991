"""The event's own date: the time expression attached to the event word or its governing clause.

Never blindly the article's date: a governing clause that is another event with another status does
not date this one ("agreed on Wednesday that they would meet"), a future reference never dates an
occurred event, and "the first visit since 2016" implies a 2016 visit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from .article import Article, as_date
from .attach import DateInfo, info_from_timex
from .lexicon import lexicon, map_event
from .model import EventMention
from .triggers import Trigger

__all__ = [
    "announcement_date",
    "effective_date",
    "copula",
    "usable",
    "own_date",
    "date_list",
    "paragraph_date",
    "scene_date",
    "plan_date",
    "coming_window",
    "lead_day",
    "sentence_event",
    "implied_since",
    "relative_date",
    "incident_dates",
    "denied_act_date",
    "finish",
]


def copula(n: Token) -> Token | None:
    """ "The meeting was calmer than their first encounter, in Anchorage in March": 'was' carries its date."""
    cur = n
    for _ in range(3):
        if cur.dep_ not in ("pobj", "prep", "attr", "acomp"):
            return None
        cur = cur.head
        if cur.lemma_ == "be":
            return cur
    return None


def usable(tx: Any, status: str) -> bool:
    """ "agreed to a visit at a convenient time": a future reference is not when something happened."""
    return not (status in ("occurred", "ongoing") and (getattr(tx, "value", "") or "").startswith("FUTURE"))


def own_date(
    art: Article, v: Token, status: str, *, own_only: bool = False, past_first_since: bool = False
) -> DateInfo | None:
    tx = art.timex.own(v)
    # with ``past_first_since``, "made his first visit to Brasilia since 2015" is not dated 2015 (_first_since)
    if tx is not None and usable(tx, status) and not (past_first_since and _first_since(art, tx)):
        return info_from_timex(tx, "timex")
    if own_only:
        # "a meeting hosted by Stoltenberg in Vilnius on Monday", "talks held in Geneva last week": the
        # participle that describes the event carries its date
        for c in v.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                tx = art.timex.own(c)
                if tx is not None and usable(tx, status):
                    return info_from_timex(tx, "timex")
        # "the invasion of Ukraine that began in February 2022": a relative clause saying when it began or happened
        onset = lexicon().onset_verbs
        # (also said of the frame it opens: "since the start of the invasion of Ukraine that began in 2022")
        frame = v.head.head if v.dep_ == "pobj" and v.head.lower_ == "of" else None
        framed = frame is not None and frame.lemma_.lower() in lexicon().setting_frames
        for c in (*v.children, *(frame.children if framed and frame is not None else ())):
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in onset:
                tx = art.timex.own(c)
                if tx is not None and usable(tx, status):
                    return info_from_timex(tx, "timex")
        # "a visit that had been expected to start on Friday", "talks that were scheduled for Tuesday": a relative
        # clause that schedules the event says when it was to happen (put off or called off, it is dated so)
        if status not in ("occurred", "ongoing"):
            for c in v.children:
                d = _scheduled_in(art, c, status) if c.dep_ in ("relcl", "acl") else None
                if d is not None:
                    return d
        # "the visit to Hanoi by Locsin during their talks on July 8": the event it took place during
        # carries its date
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "during":
                for g in c.children:
                    tx = art.timex.own(g) if g.dep_ == "pobj" and g.i in art.trigger_type else None
                    if tx is not None and usable(tx, status):
                        return info_from_timex(tx, "timex")
        # "a round of talks in Shanghai at the end of July": the phrase around the event carries its date
        if v.dep_ == "pobj" and v.head.lower_ == "of" and v.head.head.pos_ == "NOUN":
            for tx in art.timex.direct.get(v.head.head.i, []):
                if usable(tx, status):
                    return info_from_timex(tx, "timex")
        # "will be signed during the visit to the Maldives during March 26-27": a date right after the
        # event that frames another is the event's own, though the parser hangs it on the framed verb
        if v.dep_ == "pobj" and v.head.lower_ == "during" and v.head.head.i != v.head.i:
            tx = art.timex.own(v.head.head)
            end = max(t.idx + len(t) for t in v.subtree)
            if tx is not None and usable(tx, status) and tx.start >= end and not art.text[end : tx.start].strip(" ,"):
                return info_from_timex(tx, "timex")
        # "retaliated with military action following Pelosi's visit to Taiwan on Tuesday": a date right after
        # an event that another act followed is the event's own, though the parser hangs it on a word above
        if v.dep_ == "pobj" and v.head.lower_ in lexicon().preceding_preps:
            end = max(t.idx + len(t) for t in v.subtree)
            for a in v.head.ancestors:
                tx = art.timex.own(a)
                if tx is not None and tx.start >= end:
                    gap = art.text[end : tx.start].strip(" ,").lower()
                    if usable(tx, status) and gap in ("", *lexicon().setting_preps):
                        return info_from_timex(tx, "timex")
                    break
        # "The visit followed a phone call ... earlier this month": the relating verb carries the date,
        # also through "a round of" ("held three rounds of talks on Feb. 28")
        # "The telephone call between Jaishankar and Wang on Thursday produced one result": the parser hangs
        # the date on the verb the event is the subject of
        gov = _governing_verb(art, v)
        if gov is not None:
            tx = art.timex.own(gov)
            if tx is not None and usable(tx, status):
                return info_from_timex(tx, "timex")
        return None
    # "talks had been frozen since April 2021, when a round in Kinshasa collapsed": a when-clause told right after a
    # time expression happened at that time (not at the time of the clause above or of its reporting verb)
    d = _time_when_date(art, v, status)
    if d is not None:
        return d
    # "agreed ... after Biden and Xi met on Wednesday", "agreed to hold the summit when they met in
    # Zurich last month": a when/after clause of the event (or of its infinitive) gives the same time
    d = _since_date(art, v, status)
    if d is None:
        d = _when_date(art, v, status)
    for c in v.children:
        if d is None and c.dep_ == "xcomp":
            d = _when_date(art, c, status)
    if d is None:
        d = _object_infinitive_date(art, v, status)
    if d is None:
        d = _prevented_act_date(art, v, status)
    if d is None:
        d = _during_which_date(art, v, status)
    if d is None:
        d = _during_date(art, v, status)
    if d is not None:
        return d
    d = _medium_date(art, v, status)
    if d is not None:
        return d
    cur, n = v, 0
    while cur.head is not cur and n < 8:
        h = cur.head
        if h.i in art.trigger_status and art.trigger_status[h.i] != status:
            break
        tx = art.timex.own(h)
        # "allegations that it violated the 1948 Genocide Convention, accusing Westmark of lies": a year that
        # only names a thing in the clause above ("the 1948 Convention") is no time for an act hanging on it
        # (only a year names a thing: "after the August announcement" is a happening, a dateline's day the copy's)
        if (
            tx is not None
            and id(tx) in art.timex.naming
            and h.i not in art.trigger_type
            and h.pos_ in ("VERB", "AUX")  # ("the 2015 accord signed by the two": the act on the named thing keeps it)
            and re.fullmatch(r"\d{4}", getattr(tx, "value", None) or "")
        ):
            tx = None
        if tx is not None and not _under_since(art, tx) and usable(tx, status):
            return info_from_timex(tx, "timex")
        d = _medium_date(art, h, status)
        if d is not None:
            return d
        # "When the House passed the bill in March, the ministry said it would ...": the saying's time
        d = _when_date(art, h, status, skip=cur)
        if d is not None:
            return d
        # "took part in a phone conversation on June 3 to discuss trade": the purpose of a clause told as taking
        # part in an event takes the date the parser hangs on that event's noun
        d = _event_object_date(art, h, status) if n == 0 and _purpose(cur) else None
        if d is not None:
            return d
        cur, n = h, n + 1
    return None


def _scheduled_in(art: Article, clause: Token, status: str) -> DateInfo | None:
    """The time of a clause on an event noun that schedules it: the schedule verb's own ("scheduled for Tuesday"), or
    that of the onset verb it governs ("expected to start on Friday", "was due to begin on Monday")."""
    lex = lexicon()
    heads = [clause] + [c for c in clause.children if c.dep_ == "acomp"]
    if not any(h.lemma_.lower() in lex.schedule_verbs for h in heads):
        return None
    words = heads + [x for h in heads for x in h.children if x.dep_ == "xcomp" and x.lemma_.lower() in lex.onset_verbs]
    for w in words:
        tx = art.timex.own(w)
        if tx is not None and usable(tx, status):
            return info_from_timex(tx, "timex")
    return None


def _time_when_date(art: Article, v: Token, status: str) -> DateInfo | None:
    """ "Ties have been strained since July 2019, when Japan imposed export controls", "in 2019, when the talks
    collapsed": the clause "when ..." that follows a time expression (nothing but a comma between) says what
    happened then, so an event in it (its verb or a word under it) takes that time, though the parser hangs the
    clause on the verb above (whose "since" the event does not share). For an event that happened, never a time
    after publication; for a plan, never one before it."""
    cur = v
    for _ in range(6):
        when = next(
            (c for c in cur.children if c.dep_ in ("advmod", "mark") and c.lower_ == "when" and c.i < v.i), None
        )
        if when is not None:
            break
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "conj", "parataxis"):
            return None
        cur = cur.head
        if art.timex.own(cur) is not None:
            return None  # "a breach of the 2015 accord signed by the two": a nearer time dates it
    else:
        return None
    end = len(art.text[: when.idx].rstrip(" ,"))
    if "," not in art.text[end : when.idx]:
        return None  # "protested in September when Nigeria filled the reservoir": the clause above dates it
    for tx, _own in art.timex.by_sentence.get(_sentence_of(art, when), []):
        if tx.end != end or not usable(tx, status):
            continue
        d = info_from_timex(tx, "timex")
        if d.date_from is None or d.date_to is None or effective_date(d):
            return None
        if art.published is not None:
            # "will meet again in May, when Japan hosts the G7 summit": a clause in the present under a time to come
            # is a plan (the coder makes an unmarked event with a later date planned); one in the past is not
            past = cur.tag_ in ("VBD", "VBN")
            if status in ("occurred", "ongoing", "negated") and d.date_from > art.published and past:
                return None
            if status not in ("occurred", "ongoing", "negated") and d.date_to <= art.published:
                return None
        if d.text and d.text.lower().startswith("since "):
            d = replace(d, text=d.text[6:])
        return d
    return None


def _medium_date(art: Article, verb: Token, status: str) -> DateInfo | None:
    """ "In messages posted on Saturday he wrote ... and accused Iran", "in a statement issued late on Monday, the
    ministry accused ...": what is said in a statement (lexicon ``medium_nouns`` after ``medium_preps``) is said when
    the statement is issued, so the time of the participle that issues it, or of the noun itself, dates ``verb``. For
    an act that happened, never a time after publication; never a date a measure takes effect. The parser may hang a
    closing phrase on what the saying is about ("accused China of violating its airspace in a statement released on
    Saturday"): a statement is the saying's, so the complements of ``verb`` are read too."""
    lex = lexicon()
    words = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    for c in (c for w in words for c in w.children):
        if c.dep_ != "prep" or c.lower_ not in lex.medium_preps:
            continue
        for n in c.children:
            if n.dep_ != "pobj" or (n.lemma_.lower() not in lex.medium_nouns and n.lower_ not in lex.medium_nouns):
                continue
            found = list(art.timex.direct.get(n.i, []))
            found += [art.timex.own(a) for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN"]
            for tx in found:
                d = _dated(art, tx, status) if tx is not None and not _under_since(art, tx) else None
                if d is not None:
                    return d
    return None


def _dated(art: Article, tx: Any, status: str) -> DateInfo | None:
    """The date ``tx`` gives an event of ``status``, or None: unusable for that status, with no start, vague, or after
    publication for an act told as done (one check for the statement, object and "during"/"at" dates)."""
    if tx is None or not usable(tx, status):
        return None
    d = info_from_timex(tx, "timex")
    if d.date_from is None or effective_date(d):
        return None
    if status in ("occurred", "ongoing") and art.published is not None and d.date_from > art.published:
        return None
    return d


def _purpose(v: Token) -> bool:
    """Whether ``v`` is a purpose infinitive with no subject of its own ("met on Monday to discuss trade")."""
    return (
        v.dep_ in ("advcl", "xcomp")
        and v.tag_ == "VB"
        and any(m.dep_ == "aux" and m.tag_ == "TO" for m in v.children)
        and not any(m.dep_ in ("nsubj", "nsubjpass") for m in v.children)
    )


def _event_object_date(art: Article, h: Token, status: str) -> DateInfo | None:
    """The date of the event noun (lexicon ``nouns``: talks, conversation, meeting, call) that the clause ``h`` takes
    as its object or in a prepositional phrase ("held talks on Monday", "took part in a conversation on June 3")."""
    nouns = lexicon().nouns
    objs = [c for c in h.children if c.dep_ == "dobj"]
    objs += [g for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        if o.lemma_.lower() not in nouns and o.lower_ not in nouns:
            continue
        for tx in (art.timex.own(o), *art.timex.direct.get(o.i, [])):
            d = _dated(art, tx, status) if tx is not None and not _under_since(art, tx) else None
            if d is not None:
                return d
    return None


def _governing_verb(art: Article, v: Token) -> Token | None:
    """The verb a nominal event is the subject or object of, when it is no event and no saying: "the
    talks took place on Monday", "held three rounds of talks on Feb. 28" (the parser hangs the event's
    date on it)."""
    w = v.head.head if v.dep_ == "pobj" and v.head.lower_ == "of" and v.head.head.pos_ == "NOUN" else v
    gov = w.head.head if w.dep_ == "pobj" else w.head if w.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if (
        gov is not None
        and gov.pos_ == "VERB"
        and gov.i not in art.trigger_type
        and gov.lemma_.lower() not in lexicon().reporting_verbs
    ):
        return gov
    return None


_EFFECTIVE = re.compile(
    r"(?i)^(?:from|starting(?:\s+(?:on|in|from))?|effective(?:\s+(?:on|from))?|as\s+of|beginning)\b"
)


def effective_date(d: DateInfo) -> bool:
    """ "raise duties from June 1", "effective Aug. 1": the day a measure takes effect, not when it was
    announced (dev-world GUIDE: announced measures are coded on the announcement date)."""
    return bool(d.text and _EFFECTIVE.match(d.text))


def announcement_date(art: Article, v: Token, status: str) -> DateInfo | None:
    """The date of the clause that announces the measure ``v`` ("On Monday, Beijing announced it would
    raise duties from June 1": Monday), skipping effective dates; None when no governing clause has one."""
    cur, n = v, 0
    while cur.head.i != cur.i and n < 8:
        cur, n = cur.head, n + 1
        tx = art.timex.own(cur)
        if tx is None or not usable(tx, status):
            continue
        d = info_from_timex(tx, "timex")
        if not effective_date(d) and (art.published is None or d.date_from is None or d.date_from <= art.published):
            return d
    return None


def _since_date(art: Article, v: Token, status: str) -> DateInfo | None:
    """ "Russian warships have blockaded Ukraine's ports since the invasion on Feb. 24, 2022": a state that
    has lasted since a dated happening began then (the date inside the "since" phrase)."""
    if status not in ("occurred", "ongoing"):
        return None
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ != "since":
            continue
        for n in c.subtree:
            tx = art.timex.own(n) if n.i != c.i else None
            if tx is not None and usable(tx, status) and not _first_since(art, tx):
                d = info_from_timex(tx, "timex")
                if d.date_from is not None and (art.published is None or d.date_from <= art.published):
                    return d
    return None


def _during_which_date(art: Article, v: Token, status: str) -> DateInfo | None:
    """ "arrived on Sunday for a visit through Tuesday, during which it is expected to meet Tsai": an event
    told in a "during which" clause happened within the stretch the clause hangs on, so it takes that
    stretch's date (the visit's), not the time of the verb that introduced it (the arrival)."""
    cur, n = v, 0
    while n < 4:
        for c in cur.children:
            if c.dep_ == "prep" and c.lower_ == "during" and any(w.lower_ == "which" for w in c.children):
                ante = c.doc[c.i - 1] if c.i > 0 else None
                if ante is not None and ante.is_punct and c.i > 1:
                    ante = c.doc[c.i - 2]
                steps = 0
                while (
                    ante is not None
                    and steps < 4
                    and (ante.pos_ not in ("NOUN",) or ante.ent_type_ in ("DATE", "TIME"))
                ):
                    if ante.head is ante:
                        ante = None
                        break
                    ante, steps = ante.head, steps + 1
                if ante is None or ante.pos_ != "NOUN":
                    return None
                for tx in [art.timex.own(ante), *art.timex.direct.get(ante.i, [])]:
                    if tx is not None and usable(tx, status):
                        return _stretch_window(art, ante, info_from_timex(tx, "timex"))
                return None
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head is cur:
            break
        cur, n = cur.head, n + 1
    return None


def _during_date(art: Article, v: Token, status: str) -> DateInfo | None:
    """ "During their meeting in November, Biden and Xi reached an agreement", "at the summit in Bali last
    month, the leaders agreed": an act told as done during (or at) a dated event happened then. "during" may
    name any dated stretch ("during his visit to Hanoi in May"); "at" only an event ("at the talks on Monday",
    not "at the border on Monday", which the clause's own date gives). For an event that happened, never a
    date after publication."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in ("during", "at"):
            continue
        for g in c.children:
            if g.dep_ != "pobj" or (c.lower_ == "at" and g.i not in art.trigger_type):
                continue
            d = _dated(art, art.timex.own(g), status)
            if d is not None:
                return d
    return None


_STRETCH_END = re.compile(r"(?i)^(?:through|thru|until|till)\b")


def _stretch_window(art: Article, noun: Token, end: DateInfo) -> DateInfo:
    """ "arrived on Sunday evening for a visit through Tuesday": the stretch runs from the day of the
    clause that names it to its end, a window (an end alone says only when it stops)."""
    if not (end.text and _STRETCH_END.match(end.text)) or end.date_from is None or end.date_to is None:
        return end
    verb = noun
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    tx = art.timex.own(verb)
    start = info_from_timex(tx, "timex") if tx is not None else None
    if start is None or start.date_from is None or start.precision not in ("day", "time"):
        return end
    if not (start.date_from < end.date_from and (end.date_from - start.date_from).days <= 31):
        return end
    day = start.date_from.isoformat()
    return DateInfo(day, "day", start.date_from, end.date_to, "timex", f"{start.text} ... {end.text}")


def _object_infinitive_date(art: Article, v: Token, status: str) -> DateInfo | None:
    """ "submitted their applications to join the alliance in May last year": a past date that the parser
    hangs on the infinitive describing the event's object (what was asked for, offered, proposed) is
    when the event happened, since the infinitive's own act still lay ahead of it. Only for an event
    that happened, and only a date before publication."""
    if status not in ("occurred", "ongoing") or art.published is None:
        return None
    for o in v.children:
        if o.dep_ != "dobj":
            continue
        for c in o.children:
            if not (
                c.dep_ == "acl"
                and c.tag_ == "VB"
                and any(m.dep_ == "aux" and m.tag_ == "TO" for m in c.children)
                and not any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
            ):
                continue
            tx = art.timex.own(c)
            if tx is None or not usable(tx, status):
                continue
            d = info_from_timex(tx, "timex")
            if d.date_to is not None and d.date_to < art.published and not effective_date(d):
                return d
    return None


def _prevented_act_date(art: Article, v: Token, status: str) -> DateInfo | None:
    """ "banned Smith from entering the country on Monday", "was barred from entering Moldova on April 17": a
    date the parser hangs on the act that a ban, a bar or a refusal kept from happening is the ban's own (the
    act never took place, so it has no time of its own). Only for an event that happened, and only a date
    not after publication."""
    if status not in ("occurred", "ongoing"):
        return None
    for p in v.children:
        if p.dep_ != "prep" or p.lower_ != "from":
            continue
        for g in p.children:
            if g.dep_ not in ("pcomp", "pobj") or g.tag_ != "VBG":
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in g.children):
                continue
            tx = art.timex.own(g)
            if tx is None or not usable(tx, status):
                continue
            d = info_from_timex(tx, "timex")
            if art.published is not None and d.date_from is not None and d.date_from > art.published:
                continue
            return d
    return None


_WHEN_MARKS = ("after", "when", "as")


def _when_date(art: Article, tok: Token, status: str, skip: Token | None = None) -> DateInfo | None:
    """The date of a when/after/as clause attached to ``tok`` (not the clause ``skip`` we came from), of
    an "after" phrase naming a dated event, or of the event's purpose infinitive: for an event that
    happened, never one after publication; for a plan, never one before it."""
    for c in tok.children:
        if skip is not None and c.i == skip.i:
            continue
        d = None
        if c.dep_ == "prep" and c.lower_ == "after":
            # "After a meeting with Kristersson in Vilnius on Monday, Turkey agreed": the meeting's day
            for n in c.children:
                if n.dep_ == "pobj" and n.i in art.trigger_type:
                    d = own_date(art, n, "occurred", own_only=True)
                    d = d if d is not None and d.precision in ("day", "time") else None
        elif c.dep_ == "advcl":
            when = any(m.dep_ in ("mark", "advmod") and m.lower_ in _WHEN_MARKS for m in c.children)
            # "travelled to Sochi to see Putin on Sept. 4": the purpose infinitive of the trip, its time
            purpose = (
                skip is None
                and not when
                and any(m.dep_ == "aux" and m.tag_ == "TO" for m in c.children)
                and not any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)
                and c.i > tok.i
            )
            tx = art.timex.own(c) if when or purpose else None
            d = info_from_timex(tx, "timex") if tx is not None and usable(tx, status) else None
        if d is None:
            continue
        if art.published and d.date_from and d.date_to:
            if status in ("occurred", "ongoing", "negated") and d.date_from > art.published:
                continue
            if status not in ("occurred", "ongoing", "negated") and d.date_to <= art.published:
                continue  # "agreed to hold a summit when they met last month": not the summit's date
        return d
    return None


# between two dates of a list: "in February and March", "on March 3 and March 7", and a place that each
# item adds ("in the Gomel region on Feb. 28 and in the Brest region on March 3"); an adverb of order may set off the
# last item ("in February, in September and, most recently, in March", session 19)
_LIST_GAP = re.compile(
    r"\s*(?:,\s*)?(?i:and|or|,)\s*,?\s*(?i:(?:then|again|later|finally|lastly|(?:most|more)\s+recently)\s*,?\s+)*"
    r"(?:(?i:in|at)\s+(?:(?i:the)\s+)?[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}?\s+)?(?i:on|in|during)?\s*"
)
# the place an item names after its date: "on Oct. 6 in Accra, and Oct. 31 in Lagos"
_PLACE_AFTER = re.compile(r"\s*(?i:in|at)\s+(?:(?i:the)\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}")


def date_list(
    art: Article, v: Token, status: str, *, nominal: bool = False
) -> list[tuple[DateInfo, Any | None]] | None:
    """The dates of a list the event word owns ("in February and March", "on March 3 and March 7"),
    each its own event, with the place an item names (None: the event's own); None unless there are two
    or more, joined by nothing but "," / "and" / "or" and the place of an item. A nominal event's list
    may hang on the verb it is the subject or object of ("similar shelling took place on March 19 and
    May 23", "follows the visits to India by the minister last December and earlier this month")."""

    def listed(owner: int) -> list[Any]:
        return sorted(
            (
                x
                for x in art.timex.owner.get(owner, [])
                # "met on Aug. 27-28 and Sept. 23-24": a span of days is an item too
                if usable(x, status) and getattr(x, "kind", "date") in ("date", "range")
            ),
            key=lambda x: x.start,
        )

    xs = listed(v.i)
    if xs:
        # "in their meetings on Oct. 6 in Accra, and Oct. 31 in Lagos": the parser hangs a later item on a clause
        # above, or elsewhere in a sentence it misparses; it is the list's when nothing but the list's joints lies between
        # and a clause ends with it
        sent = v.sent
        later = sorted(
            (
                x
                for own in {o for _, o in art.timex.by_sentence.get(_sentence_of(art, v), [])} - {v.i}
                for x in listed(own)
                if x.start > xs[-1].end
            ),
            key=lambda x: x.start,
        )
        for x in later:
            tail = _PLACE_AFTER.match(art.text, x.end)
            rest = art.text[tail.end() if tail is not None else x.end : sent.end_char]
            if not _list_gap_after_place(art.text[xs[-1].end : x.start]):
                break  # (only a list whose items name their place after the date: the parse of a plain one holds)
            if re.match(r"\s*(?:[.,;:!?\"”’')]|$)", rest):
                xs = [*xs, x]
    via_verb = False
    if nominal and not xs:
        gov = _governing_verb(art, v)
        xs, via_verb = (listed(gov.i) if gov is not None else []), True
    if len(xs) < 2:
        return None
    text = art.text
    run = [xs[0]]
    after = False  # each item names its place after its date
    for x in xs[1:]:
        gap = text[run[-1].end : x.start]
        post = _PLACE_AFTER.match(gap)
        if post is not None and _LIST_GAP.fullmatch(gap[post.end() :]) and (len(run) == 1 or after):
            run.append(x)
            after = True
        elif not after and _LIST_GAP.fullmatch(gap):
            run.append(x)
        elif len(run) < 2:
            run = [x]
        else:
            break
    if len(run) < 2:
        return None
    infos = [info_from_timex(x, "timex") for x in run]
    if len({d.precision for d in infos}) != 1 or any(d.date_from is None for d in infos):
        return None  # "in March, on March 12": one date inside another, not a list
    if via_verb:
        return [(d, None) for d in infos]  # the places between are the event's own phrase, not items
    if after:
        # "in their meetings on Oct. 6 in Accra, and Oct. 31 in Lagos": each item's place follows its date
        ends = [x.end for x in run]
        tail = _PLACE_AFTER.match(text, run[-1].end)
        bounds = [*(x.start for x in run[1:]), tail.end() if tail is not None else run[-1].end]
        after_places: list[Any] = []
        for a, b in zip(ends, bounds, strict=True):
            span = art.doc.char_span(a, b, alignment_mode="contract") if b > a else None
            after_places.append(next((art.places.at(t) for t in span or [] if art.places.at(t) is not None), None))
        return list(zip(infos, after_places, strict=True))
    # each item's place: one the list names between the previous date and this one ("in the Gomel region
    # on Feb. 28 and in the Brest region on March 3 and March 7": Brest for both March dates)
    first = art.doc.char_span(v.idx + len(v), run[0].start, alignment_mode="contract") if v.idx < run[0].start else None
    places: list[Any] = [next((art.places.at(t) for t in reversed(first or []) if art.places.at(t) is not None), None)]
    for k in range(1, len(run)):
        span = art.doc.char_span(run[k - 1].end, run[k].start, alignment_mode="contract")
        here = next((art.places.at(t) for t in span or [] if art.places.at(t) is not None), None)
        places.append(here or places[-1])
    return list(zip(infos, places, strict=True))


def _list_gap_after_place(gap: str) -> bool:
    """Whether ``gap`` joins two dates of a list whose first item names its place after the date."""
    post = _PLACE_AFTER.match(gap)
    return post is not None and _LIST_GAP.fullmatch(gap[post.end() :]) is not None


def paragraph_date(art: Article, si: int, sent: Any) -> DateInfo | None:
    """An undated event in a paragraph that recounts dated history ("On Oct. 7, 2022, Washington issued
    rules. China's Foreign Ministry accused it of abusing export controls.") happened then, not on the
    lead's day: the latest date of an earlier sentence of the same paragraph, when it is past and in
    an earlier month than the lead event. A news paragraph (dated in the lead's month) keeps the lead's date."""
    text = art.text
    lead = next(
        (
            e
            for e in art.events
            if e.status in ("occurred", "ongoing") and not e.background and e.date_value and e.date_source == "timex"
        ),
        None,
    )
    lead_from = as_date(lead.date_from) if lead is not None else None
    for j in range(si - 1, -1, -1):
        prev = art.sents[j]
        if "\n" in text[prev.start_char + len(prev.text.rstrip()) : sent.start_char]:
            return None  # another paragraph
        named = [
            (tx, own)
            for tx, own in art.timex.by_sentence.get(j, [])
            # "a tariff that it had suspended at the start of the year": a flashback inside
            if not (own is not None and _in_past_perfect(art.doc[own]))
            # "met in Beijing on Thursday for the first time since re-establishing ties last month": when a state
            # began, said in passing, does not make the paragraph history
            and not _under_since(art, tx)
        ]
        # "On the same day, Japan said it would lift the controls it imposed in July 2019": a date in a clause
        # that describes a thing tells that thing's history; the sentence's own time is the paragraph's
        main = [(tx, own) for tx, own in named if not (own is not None and _in_noun_clause(art.doc[own]))]
        if main:
            named = main
        for tx, _own in reversed(named):
            d = info_from_timex(tx, "previous")  # inherited from context, as reconcile reads it
            if d.precision == "week":
                return None  # "over the weekend", "last week": the news cycle's own words
            if d.precision not in ("day", "month", "time") or d.date_to is None:
                continue
            if lead_from is None or d.date_to >= lead_from.replace(day=1):
                return None  # the lead's month: a news paragraph
            if art.published is not None and d.date_to > art.published:
                continue  # a plan or deadline the paragraph mentions
            return d
    return None


def _first_since(art: Article, tx: Any) -> bool:
    """ "made his first visit to Brasilia since 2015", "visits Brasilia for the first time since 2015": a time in a
    "since" phrase that closes "the first ... since" is when the last such event was (implied_since), not when this
    one happened (session 22); the event takes the clause's other time or the report's."""
    if not _under_since(art, tx):
        return False
    span = art.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None:
        return False
    since = next((t for t in (span[0], *span.root.ancestors) if t.lower_ == "since"), None)
    if since is None:
        return False
    sent = since.sent
    return any(t.lower_ == "first" for t in art.doc[max(sent.start, since.i - 12) : since.i])


def _under_since(art: Article, tx: Any) -> bool:
    """Whether a time expression lies inside a "since" phrase, with or without the preposition in the expression
    ("since October 22", "for the first time since re-establishing ties last month"): when a state began, not
    when the events of the clauses under it happened."""
    if (getattr(tx, "text", None) or art.text[tx.start : tx.end]).lower().startswith("since "):
        return True
    span = art.doc.char_span(tx.start, tx.end, alignment_mode="expand")
    if span is None:
        return False
    if span[0].lower_ == "since" or span.root.head.lower_ == "since":
        return True
    cur = span.root
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ == "since" and cur.dep_ == "prep":
            return True
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("pcomp", "pobj"):
            return False
    return False


def _in_noun_clause(tok: Token) -> bool:
    """Whether ``tok`` lies in a clause that describes a noun ("the controls it imposed in July 2019", "the
    sanctions announced last year"): a relative clause or a participle, not the sentence's own clause."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("relcl", "acl") and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _in_past_perfect(tok: Token) -> bool:
    """Whether ``tok``'s clause is told in the past perfect ("that it had suspended at the start of the year")."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return cur.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in cur.children)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _timed_sentence_before(art: Article, si: int, sent: Any) -> int | None:
    """The nearest earlier sentence of ``sent``'s paragraph that names a time (its index), or None."""
    j, cur = si - 1, sent
    while j >= 0:
        prev = art.sents[j]
        if "\n" in art.text[prev.start_char + len(prev.text.rstrip()) : cur.start_char]:
            return None  # another paragraph
        if art.timex.by_sentence.get(j):
            return j
        j, cur = j - 1, prev
    return None


def scene_date(art: Article, si: int, sent: Any) -> DateInfo | None:
    """ "Tension spilled beyond the Taiwan Strait on Monday. The destroyer Milius sailed near the reef.":
    a sentence of the same paragraph, which names one past day and tells no event of its own, sets the
    time of the undated events that follow it until a sentence names another time."""
    j = _timed_sentence_before(art, si, sent)
    if j is None or any(e.sentence == j for e in art.events):
        return None
    root = art.sents[j].root
    days = [
        d
        for d in (info_from_timex(tx, "previous") for tx, own in art.timex.by_sentence.get(j, []) if own == root.i)
        if d.precision in ("day", "time") and d.date_from is not None and not effective_date(d)
    ]
    if len(days) != 1 or len(art.timex.by_sentence[j]) != 1:
        return None  # the time of the sentence itself, not of a clause inside it ("the tariff announced on Wednesday")
    d = days[0]
    if art.published is not None and d.date_from is not None and d.date_from > art.published:
        return None
    return d


def lead_day(art: Article, si: int) -> DateInfo | None:
    """The article's news day as its lead names it, when no event told so far carries it: "SEOUL - Trump on Sunday
    became the first sitting president to set foot in North Korea" (published Monday) makes Sunday the day of the
    undated acts the body goes on to tell ("Afterward Trump told reporters they had agreed ..."), as the lead's
    dated event would. The day of the lead sentence's own clause (its root), one past day, within the week before
    publication; not the dateline's day, a time in a "since" phrase or the day a measure takes effect."""
    pub = art.published
    if pub is None:
        return None
    end = _lead_end(art)
    if si <= end and si > 0:
        return None  # inside the lead the sentence's own neighbours date it
    j = next((k for k in range(end + 1) if art.timex.by_sentence.get(k)), None)
    if j is None or j > si:
        return None
    root = art.sents[j].root
    days = [
        d
        for tx, own in art.timex.by_sentence[j]
        if own == root.i and id(tx) not in art.timex.dateline and not _under_since(art, tx) and usable(tx, "occurred")
        for d in (info_from_timex(tx, "previous"),)
        if d.precision in ("day", "time") and d.date_from is not None and not effective_date(d)
    ]
    if len(days) != 1:
        return None
    d = days[0]
    assert d.date_from is not None
    if not (pub - dt.timedelta(days=7) <= d.date_from <= pub):
        return None
    return d


def plan_date(art: Article, v: Token, si: int, sent: Any) -> DateInfo | None:
    """When an undated plan is to happen: a plan belongs to the programme the story has just dated.

    "Agreements will be signed during the visit to the Maldives on March 26-27. He will go to Addu to
    meet the president": the meeting takes the visit's days. The time comes from the nearest earlier
    sentence of the same paragraph that names a time, when that time is still to come (the last such
    time it names); a paragraph, or a sentence naming only past times, ends it. Not from a clause of the
    plan's own sentence: "promised on Tuesday to cut tariffs" says when the promise was made."""
    pub = art.published
    if pub is None:
        return None
    j = _timed_sentence_before(art, si, sent)
    if j is None:
        # "This week, the ministers will travel to the Pacific. [...] During the visit he will meet the prime
        # minister": a paragraph that names no time goes on with the programme the article's lead announced;
        # not a plan made at a time its sentence states ("had agreed in June to restart negotiations")
        owners = {own for _, own in art.timex.by_sentence.get(si, [])}
        j = None if any(a.i in owners for a in v.ancestors) else _lead_sentence(art, si)
        if j is None:
            return None
    named = art.timex.by_sentence[j]
    # not the dateline's day ("MEXICO CITY, Nov 30 (Wire) -") while the sentence names a time of its own
    named = [(tx, o) for tx, o in named if id(tx) not in art.timex.dateline] or named
    ahead = [
        d
        for d in (info_from_timex(tx, "previous") for tx, _ in named)
        if d.date_from is not None
        and d.date_to is not None
        # today's programme is still under way: "began an official visit to Turkey Wednesday [today] ... they
        # will reportedly sign around 20 agreements", "On Tuesday Macron took his guest to the Pyrenees. Xi is
        # due to fly on to Serbia": the day of publication named to the day
        and (d.date_to > pub or (d.date_to == pub and d.precision in ("day", "time")))
        and d.precision in ("day", "time", "week", "month")
        and not effective_date(d)
    ]
    # "Leaders will meet in Lima on Dec. 14, the ministry said on Wednesday [today]. The presidents will
    # attend the meeting": a time still to come is the programme's; today's only when none lies ahead
    later = [d for d in ahead if d.date_to is not None and d.date_to > pub]
    return (later or ahead)[-1] if ahead else None


# a stretch still to come, counted from the report: "in (the) coming weeks", "in the next few days", "within the next
# three months", "over the next two to three weeks"
_COMING = re.compile(
    r"(?i)^(?:in|over|within|during)\s+(?:the\s+)?(?:(coming|next|following)\s+(?:(few|couple\s+of)\s+)?"
    r"|(?:next|following)\s+(\d{1,2}|[a-z]+)\s+(?:(?:to|or)\s+(\d{1,2}|[a-z]+)\s+)?)(days|weeks|months)$"
)
# how far a stretch of unstated length reaches (inside the dev-world gold's windows: "in the coming days" 12 and
# 17 days, "in the coming weeks" 52)
_COMING_DAYS = {"days": 12, "weeks": 49, "months": 182}
_UNIT_DAYS = {"days": 1, "weeks": 7, "months": 30}


def _coming_stretch(text: str) -> int | None:
    """Days from the report to the end of a stretch to come ("in the coming weeks" 49, "within the next three
    months" 90), None when ``text`` is no such phrase."""
    m = _COMING.match(" ".join(text.split()))
    if m is None:
        return None
    unit = m.group(5).lower()
    if m.group(1):
        return _COMING_DAYS[unit]
    last = (m.group(4) or m.group(3)).lower()
    n = _count(last)
    return n * _UNIT_DAYS[unit] if n else None


def coming_window(art: Article, v: Token) -> DateInfo | None:
    """The window of a plan set for a stretch to come: "will visit Azerbaijan in the coming weeks" lies between
    the day after the report and seven weeks on, "agreed to meet again within the next three months" within three
    months (the phrase may hang on the verb of agreeing above the plan). Only phrases on the plan's verb (or the
    verb it completes), so "said in the coming weeks ... that it had met" dates nothing it does not govern."""
    pub = art.published
    if pub is None:
        return None
    heads = [v] + ([v.head] if v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i else [])
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "over", "within", "during") or c.i < h.i - 12:
                continue
            text = art.doc[c.i : c.right_edge.i + 1].text
            days = _coming_stretch(text) if len(text) < 60 else None
            if days is None:
                # "within the next three months or at another agreed time": the first of two options
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is not None:
                    days = _coming_stretch(art.doc[c.i : pobj.i + 1].text)
            if days:
                end = pub + dt.timedelta(days=days)
                return DateInfo("FUTURE_REF", "vague", pub + dt.timedelta(days=1), end, "timex", text)
    return None


def _lead_end(art: Article) -> int:
    """The index of the last sentence of the article's lead paragraph (sentences up to a line break)."""
    end = 0
    while end + 1 < len(art.sents):
        cur, nxt = art.sents[end], art.sents[end + 1]
        if "\n" in art.text[cur.start_char + len(cur.text.rstrip()) : nxt.start_char]:
            break
        end += 1
    return end


def _lead_sentence(art: Article, si: int) -> int | None:
    """The sentence of the article's lead paragraph (its first) that names a time, when ``si`` lies in a
    later paragraph; None otherwise."""
    end = _lead_end(art)
    if si <= end:
        return None  # the lead itself (the paragraph rule has already looked there)
    return next((j for j in range(end + 1) if art.timex.by_sentence.get(j)), None)


def sentence_event(art: Article, v: Token, events: list[EventMention]) -> EventMention | None:
    """Which dated event of the same sentence an undated one shares its time with: the one whose clause
    governs it ("In July, it said it would sanction Lockheed after the State Department approved a
    package, and it threatened sanctions in August of last year": the approval is July's, not August's),
    else the nearest one before it, else the nearest after it."""
    if not events:
        return None
    at = {e.trigger_start: e for e in events}
    cur, n = v, 0
    while cur.head.i != cur.i and n < 10:
        cur, n = cur.head, n + 1
        if cur.idx in at:
            return at[cur.idx]
    before = [e for e in events if e.trigger_start < v.idx]
    if before:
        return max(before, key=lambda e: e.trigger_start)
    return min(events, key=lambda e: e.trigger_start)


_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _count(word: str) -> int | None:
    """A span's count in words or digits: "two days after", "12 days after" (not "1,000")."""
    if word.isdigit() and 0 < int(word) <= 400:
        return int(word)
    return _COUNTS.get(word)


def _span_before(w: Token, near: list[Token]) -> tuple[int | str, int] | None:
    """The measured span on the after/before word ``w`` ("a day", "one month", "hours"): (unit, count)."""
    units = lexicon().relative_span_units
    bounds = lexicon().relative_span_bounds
    for h in (w, *near):
        for c in h.children:
            if c.dep_ != "npadvmod" or c.i > w.i:
                continue
            unit = units.get(c.lemma_.lower())
            if unit is None:
                continue
            # "less than two weeks after", "nearly a month before": a bound, no date
            if any(t.lower_ in bounds for t in c.subtree if t.i < c.i):
                return None
            if unit == 0:
                return 0, 0  # "hours after": the same day
            counts = [_count(m.lower_) for m in c.children if m.dep_ in ("det", "nummod")]
            n = next((k for k in counts if k is not None), None)
            return (unit, n) if n is not None else None
    return None


def relative_date(art: Article, v: Token, si: int, *, anchored_only: bool = False) -> DateInfo | None:
    """ "The strikes in Pakistan came a day after similar attacks by Tehran inside Iraq and Syria", "The summit
    comes one month after Iran and Saudi Arabia agreed to restore ties": an undated event told a measured span
    after or before another is dated from that other's date (the time of the clause it hangs on, else the latest
    earlier event its subject names, else the lead's news day), a day, a week, a month or a year away, never the
    report's day. ``anchored_only``: only from the time of the clause it hangs on (what may replace a date the
    event already took from that clause)."""
    marks = lexicon().relative_span_marks
    w = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in marks), None)
    anchor = v.head if w is not None and v.dep_ == "advcl" else None
    if w is None:
        n = v.head if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN") else v
        if n.dep_ == "pobj" and n.head.lower_ in marks:
            w, anchor = n.head, n.head.head
    if w is None or anchor is None or anchor.i == w.i:
        return None
    span = _span_before(w, [v, anchor])
    if span is None:
        return None
    unit, count = span
    base: DateInfo | None = None
    tx = art.timex.own(anchor)
    if tx is not None and usable(tx, "occurred"):
        base = info_from_timex(tx, "timex")
    elif anchored_only:
        return None
    else:
        subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        kind = lexicon().relative_anchor_nouns.get(subj.lemma_.lower()) if subj is not None else None
        told = [
            e
            for e in art.events
            if e.status in ("occurred", "ongoing") and e.date_source == "timex" and e.date_value and e.sentence <= si
        ]
        own = [x for x in told if subj is not None and x.trigger_start == subj.idx]
        ref: EventMention | None
        if own:
            ref = own[0]
        elif kind is not None:
            ref = next((x for x in reversed(told) if x.type == kind and x.sentence < si), None)
        else:
            ref = next((x for x in told if not x.background and x.date_precision in ("day", "time")), None)
        if ref is not None:
            base = DateInfo(
                ref.date_value, ref.date_precision, as_date(ref.date_from), as_date(ref.date_to), "previous"
            )
    if base is None or base.date_from is None:
        return None
    sign = marks[w.lower_]
    text = f"{count} {unit} {w.lower_}"
    if unit in ("month", "year"):
        # "a year after the two sides agreed": the same month a year away (the text names no day)
        if base.precision not in ("day", "time", "month"):
            return None
        k = base.date_from.year * 12 + base.date_from.month - 1 + sign * count * (12 if unit == "year" else 1)
        first = dt.date(k // 12, k % 12 + 1, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return DateInfo(first.strftime("%Y-%m"), "month", first, last, "previous", text)
    if base.precision not in ("day", "time") or not isinstance(unit, int):
        return None
    day = base.date_from + dt.timedelta(days=sign * unit * count)
    if art.published is not None and day > art.published:
        return None
    return DateInfo(day.isoformat(), "day", day, day, "previous", text)


def implied_since(art: Article, tr: Trigger, m: EventMention) -> EventMention | None:
    """ "the first visit since 2016": a visit in 2016 happened (background, implied)."""
    v = tr.head
    # "first" among the trigger's children or anywhere in its sentence (a word list, not a Span per call)
    sent = art.sents[m.sentence]
    if not any(sent.start <= i < sent.end for i in art.actors.tokens_with("first")):
        return None
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "since":
            for tok in c.subtree:
                span_tx = [
                    x
                    for x in art.timex.by_sentence.get(m.sentence, [])
                    if art.doc.char_span(x[0].start, x[0].end, alignment_mode="expand") is not None
                    and tok.i in [t.i for t in art.doc.char_span(x[0].start, x[0].end, alignment_mode="expand")]
                ]
                if span_tx:
                    d = info_from_timex(span_tx[0][0], "implied")
                    return finish(
                        replace(
                            m,
                            status="occurred",
                            background=True,
                            date_value=d.value,
                            date_precision=d.precision,
                            date_from=d.date_from.isoformat() if d.date_from else None,
                            date_to=d.date_to.isoformat() if d.date_to else None,
                            date_source="implied",
                            implied=True,
                            confidence=round(m.confidence - 0.2, 2),
                        )
                    )
    return None


_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _incident_day(art: Article, n: Token) -> DateInfo | None:
    """The past day a definite incident noun is dated to: "the incident that took place on Saturday", "the
    clash on Monday", "Saturday's incident", "The incident happened Saturday"."""
    if not any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or (c.dep_ == "poss" and c.lower_ in _WEEKDAYS)
        for c in n.children
    ):
        return None
    onset = lexicon().onset_verbs | {"take"}
    owners = [n]
    owners += [c for c in n.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in onset]
    if n.dep_ == "nsubj" and n.head.lemma_.lower() in onset:
        owners.append(n.head)
    txs = [tx for o in owners for tx in (art.timex.own(o), *art.timex.direct.get(o.i, [])) if tx is not None]
    # "Saturday's incident": the possessive day
    txs += [
        tx
        for c in n.children
        if c.dep_ == "poss" and c.lower_ in _WEEKDAYS
        for tx, _ in art.timex.by_sentence.get(_sentence_of(art, n), [])
        if tx.start <= c.idx < tx.end
    ]
    for tx in txs:
        if not usable(tx, "occurred"):
            continue
        d = info_from_timex(tx, "previous")
        if d.precision in ("day", "time") and d.date_from is not None:
            if art.published is None or d.date_from <= art.published:
                return d
    return None


def _sentence_of(art: Article, tok: Token) -> int:
    return next((i for i, s in enumerate(art.sents) if s.start <= tok.i < s.end), -1)


def incident_dates(art: Article, events: list[EventMention]) -> list[EventMention]:
    """ "The Philippines protested after China's coast guard fired water cannon at its boats [...] over the
    incident that took place on Saturday": a definite incident the article dates to one past day is the physical
    act it reports, which took place that day, not on the day it was said or protested. Applies to an act of
    the incident's types dated, without a time of its own, to one of the seven days after that day; nothing
    when the article dates its incidents to different days."""
    lex = lexicon()
    if not lex.incident_nouns or not any(e.type in lex.incident_types for e in events):
        return events
    days = {
        (d.date_from, d.value): d
        for t in art.doc
        if t.pos_ == "NOUN" and t.lemma_.lower() in lex.incident_nouns
        for d in (_incident_day(art, t),)
        if d is not None
    }
    if len({k[0] for k in days}) != 1:
        return events
    day = next(iter(days.values()))
    assert day.date_from is not None
    out = []
    for e in events:
        start = as_date(e.date_from)
        span = art.doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        if (
            e.type in lex.incident_types
            and e.status in ("occurred", "ongoing")
            and e.date_precision in ("day", "time")
            and start is not None
            and 0 < (start - day.date_from).days <= 7
            and span is not None
            and not any(art.timex.own(t) is not None for t in span)
        ):
            e = replace(
                e,
                date_value=day.value,
                date_precision=day.precision,
                date_from=day.date_from.isoformat(),
                date_to=(day.date_to or day.date_from).isoformat(),
                date_source="previous",
            )
        out.append(e)
    return out


_DEFINITE = ("the", "this", "that", "these", "those")


def denied_act_date(art: Article, v: Token, etype: str, si: int) -> DateInfo | None:
    """ "Moscow has consistently denied any involvement in the poisoning", "Iran denied it had any part in the
    strikes": a denied part in a definite act names an act the article has told, and the denial is coded as that
    act, not happening, at that act's time: the latest earlier event of the same type that happened, dated by the
    text (not by the publication day), else the latest earlier word of the same lemma (or one naming the same act,
    lexicon ``act_synonyms``: "The attacks on Saturday ... the strikes") that a past time expression dates ("Drones
    struck two oil facilities on Saturday ... the strikes"). None when the noun is not definite ("denied any attacks")."""
    if v.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in v.children):
        return None
    told = [
        e
        for e in art.events
        if e.type == etype
        and e.status in ("occurred", "ongoing")
        and e.date_value
        and e.date_from
        and e.date_source in ("timex", "previous")
        and (e.sentence < si or (e.sentence == si and e.trigger_start < v.idx))
    ]
    if told:
        e = max(told, key=lambda x: (x.sentence, x.trigger_start))
        return DateInfo(e.date_value, e.date_precision, as_date(e.date_from), as_date(e.date_to), "previous")
    lemma = v.lemma_.lower()
    same = lexicon().act_synonyms.get(lemma, frozenset()) | {lemma}  # "the attacks on Saturday ... the strikes"
    for t in reversed(art.doc[: v.i]):
        if t.lemma_.lower() not in same:
            continue
        # its own time, or one in its phrase ("the poisoning of a former spy in Salisbury on March 4")
        # (or right after its phrase, though the parser hangs it on the verb above)
        under = {w.i for w in t.subtree} if t.pos_ == "NOUN" else {t.i}
        end = max(w.idx + len(w) for w in t.subtree) if t.pos_ == "NOUN" else t.idx + len(t)
        start = t.idx
        inside = [
            tx
            for tx, own in art.timex.by_sentence.get(_sentence_of(art, t), [])
            if own in under
            or (tx.start >= end and not art.text[end : tx.start].strip())
            # "The attacks before dawn on Saturday set fire to ...": a time inside the noun's phrase, which the
            # parser's walk gives to the verb above
            or (t.pos_ == "NOUN" and start < tx.start and tx.end <= end)
        ]
        for tx in (art.timex.own(t), *art.timex.direct.get(t.i, []), *inside):
            if tx is None or not usable(tx, "occurred"):
                continue
            d = info_from_timex(tx, "previous")
            if d.date_from is None or d.precision not in ("day", "time", "month") or effective_date(d):
                continue
            if art.published is not None and d.date_from > art.published:
                continue
            return d
    return None


def finish(m: EventMention) -> EventMention:
    mp = map_event(m.type, m.mode)
    if mp is None:
        return m
    return replace(m, cameo=mp.cameo_code, goldstein=mp.goldstein, quad_class=mp.quad_class)


_OCCASION_NOUNS = frozenset(
    {"ceremony", "signing", "meeting", "talks", "summit", "visit", "event", "session", "encounter"}
)


def following_occasion_date(art: Article, si: int, status: str) -> DateInfo | None:
    """ "Aliyev and Pashinyan signed an agreement to end hostilities. The ceremony took place on Friday, August 8":
    the sentence right after an undated act that says when "the ceremony" (the signing, the meeting, the talks) took
    place or was held dates that act, as a reader takes it. Only "the"/"this" occasion (what was just told), only
    a verb saying it happened (lexicon ``held_verbs``), and for an act that happened, not a date after publication."""
    if status not in ("occurred", "ongoing") or si + 1 >= len(art.sents):
        return None
    root = art.sents[si + 1].root
    lemma = root.lemma_.lower()
    held = lexicon().held_verbs
    if lemma == "take":
        if not any(c.dep_ == "dobj" and c.lower_ == "place" for c in root.children) or "take place" not in held:
            return None
    elif lemma not in held or (
        lemma in ("hold", "conduct", "convene") and not any(c.dep_ == "auxpass" for c in root.children)
    ):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in _OCCASION_NOUNS and subj.lower_ not in _OCCASION_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children):
        return None
    tx = art.timex.own(root)
    if tx is None or not usable(tx, status):
        return None
    d = info_from_timex(tx, "timex")
    if d.date_from is None or (art.published is not None and d.date_from > art.published):
        return None
    return d
