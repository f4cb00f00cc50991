"""The rule coder: one parsed, enriched article in, PLOVER event mentions out (a pure function).

For each sentence: find event words (triggers.py), fill the source/target slots from the parse and
the actors stage (parties.py), decide the status (modality.py), then attach the event's own date,
place and attribution (attach.py). History the article recounts is coded with its own date and
marked ``background`` so it can merge with the same event reported elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from ..nlp import heading_breaks
from ..nlp.misparse import list_head_of, main_verb_under_noun
from ..places import capital_of
from .article import _PERSON_NOUNS, Article, as_date, dateline_end, is_definite, owned_agent_text
from .attach import DateInfo, attribution_of, info_from_timex, place_record
from .dating import (
    announcement_date,
    coming_window,
    copula,
    date_list,
    denied_act_date,
    effective_date,
    finish,
    following_occasion_date,
    implied_since,
    incident_dates,
    lead_day,
    own_date,
    paragraph_date,
    plan_date,
    relative_date,
    scene_date,
    sentence_event,
)
from .lexicon import lexicon
from .modality import (
    Modality,
    cue_lemma,
    governed_infinitive_before,
    included_in,
    modality,
    negating_verb,
    preparing_verb,
    presence_passive,
)
from .model import SYMMETRIC_TYPES, EventMention, EventPlace, Party
from .parties import is_dual, is_explicit_dual, is_pronoun, is_relative
from .triggers import (
    Trigger,
    _crowd,
    _force_words,
    _happened_subject,
    _noun_key,
    blamed_causes,
    by_agent,
    claim_of_verdict,
    court_ruling,
    coverage_treaty,
    custody_clauses,
    custody_places,
    denied_share,
    find_triggers,
    hedged_report,
    held_view,
    intercepted_fire,
    misparsed_captive,
    needed_party,
    of_objects,
    outbreak_sides,
    readiness_to_join,
    reporting_aside,
    span_holder,
    verb_object,
    weapon_agent,
)

__all__ = ["code_article", "code_doc", "dateline_end"]
# "earlier this week", "earlier in the month", "earlier this year": a stretch up to, not including, the report's day
_EARLIER_THIS = re.compile(r"(?i)^(?:earlier|previously)\s+(?:this|in\s+the)\s+(?:week|month|year)$")
_NOT_AT_DATELINE = frozenset({"ASSAULT", "MOBILIZE", "PROTEST", "AID"})  # events placed by the dateline only if stated
_AT_MEETING = frozenset({"AGREE", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "CONCEDE", "COOPERATE", "THREATEN"})
_TRAVELLERS = frozenset({"person", "group"})  # sides that travel, unlike a state or a ministry
_SAID_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT"})  # the saying is the act
_AREA_FEATURES = frozenset({"country", "continent", "region", "sea", "admin1"})  # places less specific than a city
_AT_CAPITAL = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION", "SUPPORT"})  # statements, measures

_TARGET_PREPS = {"with", "to", "on", "against", "from", "toward", "towards", "about", "over", "between", "into", "for"}
_VISIT_TYPES = {"CONSULT"}
# "quoted the minister as saying", "cited the ministry as telling": the one quoted is the speaker
_CITING_VERBS = frozenset({"quote", "cite"})
_LAUNCHED_TYPES = frozenset({"ASSAULT", "MOBILIZE"})  # fire "launched from" a place, with no agent
_WATERS_PREPS = {"through", "near", "into", "in", "across", "off", "around", "past", "over", "along", "within"}
_LOC_PREPS = {"in", "at", "near", "outside", "inside", "over", "off", "across", "into", "during"}
# phrases that set the scene, not the participants: "applied to join the alliance after the start of
# Russia's war" has no Russian target
_SCENE_PREPS = {"after", "before", "since", "amid", "despite", "following", "until", "like", "unlike"}
_BACKGROUND_DAYS = 7
# an act with no stated target is aimed at the other side of its actor's latest event: reactions
# ("firmly opposed the decision"), and attacks, measures and aid stated without an object ("since
# Moscow's forces invaded", "would provide more vaccines"), and concessions ("Beijing would suspend for one
# year the export controls on rare earths": eased for the side they were aimed at)
_COUNTERPART_TYPES = frozenset(
    {"REJECT", "THREATEN", "ACCUSE", "PROTEST", "REQUEST", "AGREE", "ASSAULT", "SANCTION", "AID", "CONCEDE"}
)
# an agreement or request still to come names its other side or has none yet: no counterpart from the context
_FUTURE_UNADDRESSED_TYPES = frozenset({"AGREE", "REQUEST"})
_REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# an attack or aid whose object names no other side is aimed at the state where what it struck or helped stands
_STRUCK_PLACE_TYPES = frozenset({"ASSAULT", "AID"})
# a threat of force is aimed at the foreign state where the threatened attack or seizure would take place
_THREATENED_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# a measure or a condemnation that names no other side at all is aimed at the foreign state its sentence is set in
_PLACED_MEASURE_TYPES = frozenset({"SANCTION", "ACCUSE"})
_COERCIVE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})  # stated as possible: a threat
# measures against a target: "agreed to sanction" is the sanction, not an agreement with the sanctioned
_MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})
_MEETING_SCENE_TYPES = frozenset({"AGREE", "COOPERATE"})  # reached at the meeting they follow (_meeting_scene)
# between two places of a list: "Kyiv, Warsaw", "Serbia and then Hungary", "Oslo in March, Doha in June"
# "..., and, most recently, in Tokyo in July": the last item of a list set off by an adverb of order (session 19);
# "in New York in September 2019, during the U.N. General Assembly, and again in Tokyo": an item's setting told in an
# aside between commas is no end of the list (session 27)
_PLACE_GAP = re.compile(
    r"(?:\s*,\s*(?:during|on\s+the\s+sidelines\s+of)\s+[^,;()\n]{1,60}?(?=\s*,))?"
    r"\s*(?:,\s*(?:(?:and|or)\s*,?\s+)?|(?:and|or)\s*,?\s+)"
    r"(?:(?:then|later|finally|again|lastly|(?:most|more)\s+recently)\s*,?\s+)?(?:on\s+)?(?:to|in|at)?\s*",
    re.I,
)
_ITEM_DATE_GAP = re.compile(r"\s*,?\s*(?:in|on|during)?\s*", re.I)  # "Oslo in March", "Doha on June 3"
# prepositions that place a listed event ("in Oslo and Doha", "inside Iraq and Syria")
_LIST_PREPS = {"in", "at", "to", "into", "across", "through", "inside", "within"}
# a verdict's sides are named in its subject's or complement's own words, not in a clause or aside inside them
_VERDICT_CLAUSE_DEPS = {
    "relcl",
    "ccomp",
    "advcl",
    "acl",
    "csubj",
    "xcomp",
    "parataxis",
    "punct",
    "appos",
}


def _country(p: Party | None) -> str | None:
    return p.country if p is not None else None


def code_article(enriched: Any) -> list[EventMention]:
    """Event mentions of one article (``tidings.enrich.Enriched`` or anything with its fields)."""
    return code_doc(
        enriched.article_id,
        enriched.doc,
        published=enriched.published,
        actors=enriched.actors,
        timexes=enriched.timexes,
        places=enriched.places,
        topics=getattr(enriched, "topics", ()),
    )


def code_doc(
    article_id: str,
    doc: Any,
    *,
    published: Any = None,
    actors: Any = (),
    timexes: Any = (),
    places: Any = (),
    topics: Any = (),
) -> list[EventMention]:
    art = Article(article_id, doc, published, actors, timexes, places, topics)
    unnamed: list[tuple[int, Span, Trigger]] = []
    headings = _heading_lines(art)
    for si, sent in enumerate(art.sents):
        if headings and _unnamed_heading(art, sent, headings):
            continue
        for tr in sorted(art.triggers[si], key=lambda t: t.head.i):
            ms = _code_trigger(art, si, sent, tr)
            ms += _unreached_accord(tr, ms)
            ms += _counter_releases(art, si, sent, tr, ms)
            ms += _conceded_releases(ms)
            ms += _proposed_meeting_requests(art, tr, ms)
            art.events.extend(ms)
            if not ms and _unnamed_meeting(art, tr):
                unnamed.append((si, sent, tr))
        art.events.extend(_followers(art, si, sent))
    # a dated meeting that names nobody is between the article's two main sides: known only once the whole
    # article is coded, and told after it so that it dates and places no other event
    for si, sent, tr in unnamed:
        found = _code_trigger(art, si, sent, tr, unnamed=True)
        found += _unreached_accord(tr, found)
        if _settled_by_agreement(art, tr) and not _agreed_on(art, si, tr):
            found = []  # the agreement that would settle the meeting was not coded: no sides for it
        if _sideless_act(art, tr):
            # "after eight hours of talks in Jeddah", "memoranda have been signed": the sides are only the article's
            # clear pair, a guess; kept only as that day's news, at a lower confidence than named sides (session 21)
            found = [
                replace(m, confidence=round(max(0.1, m.confidence - 0.15), 2))
                for m in found
                if m.status == "occurred" and not m.background
            ]
        art.events.extend(found)
    # "over the incident that took place on Saturday": the reported act's day, known once the article is read
    art.events = incident_dates(art, art.events)
    ms = _third_dateline_places(art, _anaphoric_places(art, _call_places(art.events, art.dateline_placed)))
    ms = _venue_told_near(art, ms)
    ms = _attack_means(art, ms)
    ms = _sea_places(art, _scene_places(_told_twice(ms), art.dateline_placed))
    ms = _domestic_counterparts(art, _capital_places(_programme_places(_country_refined(art, ms))))
    ms = _court_rulings(art, ms)
    return _dedupe(_group_hosts(art, _domestic_targets(art, ms)))


def _settled_by_agreement(art: Article, tr: Trigger) -> bool:
    """ "It was agreed to hold the next meeting in India": a meeting an agreement with no named side settles (the
    infinitive of an agreeing verb whose subject is none or the impersonal "it"); its sides are the agreement's, known
    once the agreement is coded from the article's pair (`_unnamed_meeting`, `_agreed_on`; session 28)."""
    v = tr.head
    return (
        tr.type == "CONSULT"
        and not tr.nominal
        and v.dep_ == "xcomp"
        and art.trigger_type.get(v.head.i) == "AGREE"
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it" for c in (*v.head.children, *v.children))
    )


def _agreed_on(art: Article, si: int, tr: Trigger) -> bool:
    """A meeting or joint act that an agreement coded in the sentence settles ("It was agreed to hold the next meeting
    of the core group in India"): planned between the sides of the agreement, as the agreement was made (session 28)."""
    v = tr.head
    return (
        not tr.nominal
        and v.dep_ == "xcomp"
        and any(
            e.sentence == si and e.trigger_start == v.head.idx and e.type == "AGREE" and e.status == "occurred"
            for e in art.events
        )
    )


def _state_groups(art: Article, ms: list[EventMention]) -> list[frozenset[str]]:
    """The groups of three states or more the article names: the states of one word's events ("Biden will host the
    leaders of Australia, India and Japan": USA, AUS, IND, JPN) and of one coordination ("foreign ministers of
    Japan, the US, India and Australia")."""
    by_trigger: dict[int, set[str]] = {}
    for m in ms:
        for p in (m.source, m.target):
            if p is not None and p.country and not p.inferred and p.kind != "igo":
                by_trigger.setdefault(m.trigger_start, set()).add(p.country)
    groups = {frozenset(g) for g in by_trigger.values() if len(g) >= 3}
    for i in art.actors.tokens_with("and"):
        cc = art.doc[i]
        if cc.dep_ != "cc":
            continue
        found = {p.country for p in art.actors.coordinated_in(cc.head, min_countries=3) if p.kind != "igo"}
        if len(found) >= 3:
            groups.add(frozenset(c for c in found if c))
    return list(groups)


def _group_hosts(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """A meeting of a group of three states or more held in one of them has the host as a side (dev-world batch 3
    and the real sets' gold code such meetings host -> the group): "Biden will host the leaders of Australia, India
    and Japan ... The leaders met at the White House in 2021, again in Tokyo in May 2022" is a Tokyo meeting with
    Japan on a side, not one of the article's main pair (Australia and the US) that happened to be in Tokyo. Only a
    meeting whose two sides the sentence does not name (both read from context, by a plural that does not say it is
    two: "the leaders", "foreign ministers"), and only when the host and both context sides belong to one group the
    article names; a pair's talks in a third country ("the two sides met again in Doha", a mediator's capital) and
    any meeting with a named side are left as they are. A group told as one side ("G7 leaders opened their summit
    in Hiroshima", no other side) meets with the member it met in (lexicon ``group_members``), not at its seat."""
    groups: list[frozenset[str]] | None = None
    out: list[EventMention] = []
    lex = lexicon()
    for m in ms:
        place, src, tgt = m.place, m.source, m.target
        host = place.country if place is not None else None
        if (
            m.type == "CONSULT"
            and m.mode != "phone/video"
            and place is not None
            and host is not None
            and src is not None
            and tgt is None
            and src.kind == "igo"
            and host in lex.group_members.get(src.country or "", ())
            and place.name not in lex.group_seats.get(src.country or "", ())
        ):
            # "G7 leaders opened their summit in Hiroshima", "ECOWAS leaders are meeting in Abuja": the group's
            # meeting in a member's city is that member's meeting with the group (not at the group's own seat)
            text = place.text or place.name
            host_party = Party(name=host, country=host, kind="country", text=text, inferred=True)
            out.append(replace(m, source=host_party, target=src))
            continue
        if (
            m.type != "CONSULT"
            or m.mode == "phone/video"
            or place is None
            or host is None
            or src is None
            or tgt is None
            or not (src.inferred and tgt.inferred)
            or not src.country
            or not tgt.country
            or host in (src.country, tgt.country)
        ):
            out.append(m)
            continue
        span = art.doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
        v = span.root if span is not None else None
        if v is None or any(is_explicit_dual(t) for t in _subject_tokens(v)[0]):
            out.append(m)  # "the two sides met again in Doha", "they met in Geneva": a pair, wherever it met
            continue
        if groups is None:
            groups = _state_groups(art, ms)
        if not any({host, src.country, tgt.country} <= g for g in groups):
            out.append(m)
            continue
        text = place.text or place.name
        out.append(replace(m, source=Party(name=host, country=host, kind="country", text=text, inferred=True)))
    return out


DOMESTIC_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})


def _domestic_targets(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """An act of force or protest by a state's own people, police, forces or armed groups inside that state, with no
    other side named, is a domestic event: the state is its target too (GUIDE, the real sets' gold: "police in
    Tbilisi detained 107 protesters" GEO -> GEO, "Boko Haram militants raided a base in northeast Nigeria" NGA ->
    NGA, "protesters marched on parliament in Managua" NIC -> NIC). Only where the act's place is in the doer's
    country; an act abroad ("forces raided Jenin") keeps its place's side or none."""
    igos = set(lexicon().igo_codes.values())
    out = []
    for m in ms:
        src = m.source.country if m.source is not None else None
        if (
            m.type in DOMESTIC_TYPES
            and m.target is None
            and src
            and src not in igos
            and (m.type != "COERCE" or m.mode == "arrest")
            and m.place is not None
            and m.place.country == src
            and m.mention_id not in art.dateline_placed
            and not (m.type == "PROTEST" and _names_another_state(art, m, src))
        ):
            m = replace(m, target=Party(name=m.place.name, country=src, kind="country", inferred=True))
        elif m.type == "COERCE" and m.mode in ("arrest", "seize") and m.target is None and src and src not in igos:
            # "Guinean special forces seized power and arrested Condé": the captive is one of the doer's own people
            # (a leader, an official), wherever it happens, so the arrest is domestic too; so is a person seized ("the
            # military has seized Prime Minister X") (session 26)
            own = _own_captive(art, m, src)
            if own is not None:
                m = replace(m, target=Party(name=own.name, country=src, kind="country", inferred=True))
        out.append(m)
    return out


def _trigger_token(art: Article, m: EventMention) -> Token | None:
    """The token a mention's trigger starts at (a lookup by character offset, not a scan of the whole article)."""
    span = art.doc.char_span(m.trigger_start, m.trigger_start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == m.trigger_start else None


def _domestic_counterparts(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """An accord or talks between one state's organised sides is a domestic event (GUIDE: VEN-VEN, government and
    opposition): when a two-sided act of state X found no other side, and its sides are a side of X (or a bare "the
    government") and a side named only as an opposition or armed movement (lexicon ``domestic_side_words``: "the
    Ivorian government and opposition parties resumed talks", "opposition groups resumed talks with the government",
    "Kiir and the opposition commander Riek Machar signed"), or a pair noun of X alone ("the two Venezuelan sides"),
    the other side is X too. Nothing else of one state is paired with itself (session 27)."""
    igos = set(lexicon().igo_codes.values())
    out = []
    for m in ms:
        src = m.source.country if m.source is not None else None
        if m.type in SYMMETRIC_TYPES and m.target is None and src and src not in igos and m.status != "negated":
            v = _trigger_token(art, m)
            other = _domestic_counterpart(art, v, src) if v is not None else None
            if other is not None:
                m = replace(m, target=other)
        out.append(m)
    return out


_COURT_NAME_WORDS = frozenset(
    {"high", "supreme", "constitutional", "court", "federal", "district", "appeals", "appeal", "administrative"}
)


def _court_state(art: Article, v: Token) -> Party | None:
    """The state of a court that voids an act: the one its own phrase names ("Kenya's High Court", "a high court in
    Kenya", "the United States Supreme Court"), else the one the act's phrase names ("a directive ordering all schools
    in Kenya to shut")."""
    act = court_ruling(v)
    subj = [c for c in v.children if c.dep_ == "nsubj"] or [
        g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    if not subj and v.dep_ == "conj":
        subj = [c for c in v.head.children if c.dep_ == "nsubj"]
    own = [t for s in subj for t in s.subtree]
    named = any(t.pos_ == "PROPN" and t.lower_ not in _COURT_NAME_WORDS for t in own)
    # a court whose name says more than "the High Court" ("the European Court of Human Rights") is not taken for the
    # state of the act it voids
    for phrase in (own, list(act.subtree) if act is not None and not named else []):
        for t in phrase:
            p = _side_at(art, t)
            if p is not None and p.country and p.kind != "igo":
                return Party(name=p.country, country=p.country, sector="JUD", kind="country", text=p.text)
    return None


def _court_rulings(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """A court's voiding of an act (triggers.court_ruling) is aimed at its own state's government, which made the act
    (GUIDE: "KEN-KEN: a court against the government"); an act whose phrase names another state ("blocked the U.S.
    request") is no domestic ruling and no event (session 27)."""
    out = []
    for m in ms:
        if m.type == "SANCTION" and m.source is not None and m.source.country:
            # the frame gives no target; one found later ("because Kenya had no arrangement with Haiti") is the
            # ruling's reason, not its side
            v = _trigger_token(art, m)
            act = court_ruling(v) if v is not None else None
            if act is not None:
                owners = {p.country for t in act.subtree if (p := _side_at(art, t)) is not None and p.country}
                if owners - {m.source.country}:
                    continue
                src = m.source.country
                m = replace(
                    m, target=Party(name="government", country=src, sector="GOV", kind="country", inferred=True)
                )
        out.append(m)
    return out


def _side_heads(v: Token) -> list[Token]:
    """The heads naming the sides of a two-sided act: the subject's conjuncts, and the "with" / "between" objects of
    the trigger, of its object noun, or (for a noun trigger) of the noun and its verb's subject."""
    lex = lexicon()
    verbs = [v] if v.pos_ in ("VERB", "AUX") else []
    nouns = [v] if v.pos_ in ("NOUN", "PROPN") else []
    if nouns and v.dep_ in ("dobj", "obj", "nsubjpass") and v.head.pos_ == "VERB":
        verbs.append(v.head)
    for verb in list(verbs):
        nouns += [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c not in nouns]
    heads: list[Token] = []
    for verb in verbs:
        subj, _ = _subject_tokens(verb)
        heads += subj
    for h in [*verbs, *nouns]:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                heads += [g for g in c.children if g.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        for t in (h, *h.conjuncts):
            if t not in out and t.lemma_.lower() not in lex.indefinite_pronouns:
                out.append(t)
    return out


def _own_phrase(h: Token) -> list[Token]:
    """The tokens of a side's phrase without its conjuncts ("the government and the opposition": "the government")."""
    skip: set[int] = set()
    for c in h.children:
        if c.dep_ in ("conj", "cc", "punct") and c.i > h.i:
            skip.update(t.i for t in c.subtree)
        if c.dep_ in ("relcl", "acl"):
            skip.update(t.i for t in c.subtree)
    return [t for t in h.subtree if t.i not in skip]


def _domestic_counterpart(art: Article, v: Token, src: str) -> Party | None:
    lex = lexicon()
    heads = _side_heads(v)
    if not heads:
        return None
    info = []
    for h in heads:
        phrase = _own_phrase(h)
        states = {p.country for t in phrase if (p := _side_at(art, t)) is not None and p.country}
        side = next((lex.domestic_side_words[t.lower_] for t in phrase if t.lower_ in lex.domestic_side_words), None)
        info.append((h, phrase, states, side))
    if any(states - {src} for _, _, states, _ in info):
        return None  # another state is a side: not one state's own affair
    if len(info) == 1:
        h, phrase, states, _ = info[0]
        pair = h.lemma_.lower() in lex.domestic_pair_nouns or h.lower_ in lex.domestic_pair_nouns
        paired = is_explicit_dual(h) or any(c.lower_ in ("rival", "warring") for c in h.children)
        if pair and paired and states == {src} and h.tag_ in ("NNS", "NNPS"):
            name = art.doc[phrase[0].i : h.i + 1].text
            return Party(name=name, country=src, kind="group", text=name, inferred=True)
        return None
    opp = [x for x in info if x[3] is not None]
    rest = [x for x in info if x[3] is None]
    if not opp or not rest:
        return None
    named = [x for x in rest if x[2] == {src}]
    rulers = [x for x in rest if not x[2] and x[0].lemma_.lower() in lex.domestic_ruler_nouns]
    if not named and not rulers:
        return None
    if named:
        h, phrase, _, sector = opp[0]
        name = art.doc[phrase[0].i : max(h.i, max(t.i for t in phrase if t.i <= h.i or t.dep_ == "appos")) + 1].text
        return Party(name=name, country=src, sector=sector, kind="group", text=name, inferred=True)
    # the source came from the opposition's own phrase ("Pakistani opposition groups ... with the government"):
    # the other side is the bare government of the same state
    if not any(x[2] == {src} for x in opp):
        return None
    h, phrase, _, _ = rulers[0]
    name = art.doc[phrase[0].i : h.i + 1].text
    return Party(name=name, country=src, sector="GOV", kind="country", text=name, inferred=True)


def _own_captive(art: Article, m: EventMention, src: str) -> Party | None:
    """The named person or official of state ``src`` an arrest verb takes (its object, or the passive subject), if
    any; a nationality group ("Guinean nationals") or a state named as such is not one."""
    v = _trigger_token(art, m)
    if v is None or v.pos_ != "VERB":
        return None
    heads = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    for h in heads:
        for t in (h, *h.conjuncts):
            for p in art.actors.phrase_parties(t, context=art.context):
                if p.country == src and p.kind == "person":
                    return p
    return None


def _names_another_state(art: Article, m: EventMention, own: str) -> bool:
    """Whether the mention's sentence names a place or a side of a state other than ``own``: a crowd in London
    "calling for a ceasefire in Gaza", "pro-Palestinian protesters rallied in Paris" protest about that state's
    affairs, not their own government (session 23: real wire copy of protests in many cities); such a protest is not
    made domestic."""
    sent = next((s for s in art.doc.sents if s.start_char <= m.trigger_start < s.end_char), None)
    if sent is None:
        return False
    for t in sent:
        p = art.places.at(t)
        if p is not None and p.country and p.country != own:
            return True
        a = art.actors.at(t)
        if a is not None and a.kind == "country" and a.country and a.country != own:
            return True
    return False


def _copying(v: Token) -> bool:
    """ "Japan followed", "followed suit", "did the same", "did likewise": a verb saying its subject did what another
    side had just done (lexicon ``copying_verbs``), in a main, coordinated or complement clause ("is expected to follow
    suit", "said Japan would follow suit"), not "followed by", "followed up", "the days that followed", "talks followed
    the summit"."""
    objs = lexicon().copying_verbs.get(v.lemma_.lower())
    if objs is None or v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("ROOT", "conj", "xcomp", "ccomp"):
        return False
    if any(c.dep_ in ("prt", "auxpass", "nsubjpass", "agent") for c in v.children):
        return False
    obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return "none" in objs or any(c.dep_ == "advmod" and c.lower_ in objs for c in v.children)
    return obj.lemma_.lower() in objs or obj.lower_ in objs


def _followers(art: Article, si: int, sent: Span) -> list[EventMention]:
    """The act a follower copies: "The Netherlands unveiled its own controls in March, and Japan followed at the end
    of that month" is SANCTION Japan -> China as the Dutch controls were SANCTION the Netherlands -> China; "Later
    Mauritania and the Comoros followed suit" after a list of states cutting ties with Qatar. The copied act is the
    last event told before the verb in its sentence or the one before, by another side; the follower's own date, else
    the act's; no place (the act's place is its first doer's). A two-sided act (a deal, talks) is not copied."""
    out: list[EventMention] = []
    for v in sent:
        if not _copying(v):
            continue
        subj, _ = _subject_tokens(v)
        followers = [p for p in _parties_for(art, subj) if p.country]
        if not followers:
            continue
        own = {p.country for p in followers}
        prior = [
            m
            for m in art.events
            if m.sentence in (si - 1, si)
            and m.trigger_start < v.idx
            and not m.implied
            and m.source is not None
            and m.source.country not in own
        ]
        if not prior:
            continue
        # the nearest sentence's main act: the trigger nearest its clause root ("announced that they severed ties
        # with Qatar, accusing Doha of ...": the severing, not the accusation its participle adds)
        near = max(m.sentence for m in prior)
        last = min(
            (m for m in prior if m.sentence == near), key=lambda m: (_depth(art, m.trigger_start), m.trigger_start)
        )
        if last.target is not None and last.target.country in own:
            continue  # "Iran attacked Israel, and Israel followed": a reply, not the same act
        if last.type in SYMMETRIC_TYPES:
            # "the deal under which Israel agreed to ... Bahrain announced that it would follow suit": which side of a
            # two-sided act the follower takes the place of is not said (Bahrain's deal is with Israel, not the UAE)
            continue
        mod = modality(v, nominal=False)
        date = own_date(art, v, mod.status)
        dated = last
        if date is not None:
            dated = replace(
                last,
                date_value=date.value,
                date_precision=date.precision,
                date_from=date.date_from.isoformat() if date.date_from else None,
                date_to=date.date_to.isoformat() if date.date_to else None,
                date_source=date.source,
            )
        seen: set[str | None] = set()
        for p in followers:
            if p.country in seen:
                continue
            seen.add(p.country)
            out.append(
                replace(
                    dated,
                    sentence=si,
                    start=sent.start_char,
                    end=sent.end_char,
                    sentence_text=sent.text,
                    trigger=v.text,
                    trigger_start=v.idx,
                    trigger_end=v.idx + len(v.text),
                    source=p,
                    status=mod.status,
                    place=None,
                    attribution=None,
                    part="",
                    confidence=round(last.confidence - 0.1, 2),
                )
            )
    return out


def _depth(art: Article, char: int) -> int:
    """How many heads lie between the token at a character offset and its sentence root."""
    span = art.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return 99
    t, n = span[0], 0
    while t.head is not t and n < 99:
        t, n = t.head, n + 1
    return n


def _deploys_munitions(art: Article, m: EventMention) -> bool:
    """Whether a deployment's object is munitions (frames.yaml ``attack_means``): "deploying over 800 drones",
    "111 UAVs are believed to have been deployed by Moscow"."""
    means = lexicon().frames.attack_means
    span = art.doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
    if span is None or not means:
        return False
    v = span.root
    heads = [v]
    while heads[-1].dep_ in ("xcomp", "auxpass") and heads[-1].head is not heads[-1]:
        heads.append(heads[-1].head)  # "are believed to have been deployed": the subject is the head's
    objs = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]
    objs += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # "a total of 111 UAVs", "a wave of drones": the things counted
    objs += [
        g
        for o in objs
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(any(k in means for k in _noun_key(t)) for o in objs for t in (o, *o.conjuncts))


def _attack_means(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """A deployment of munitions beside an attack by the same side on the same side, in the same sentence or on the
    same days, is that attack's means: "Russia launched its largest aerial assault on Ukraine ..., deploying over 800
    drones and decoys" is one ASSAULT, not an ASSAULT and a MOBILIZE (frames.yaml ``attack_means``)."""
    attacks = [a for a in ms if a.type == "ASSAULT" and a.source is not None and a.status == "occurred"]

    def means(m: EventMention) -> bool:
        if m.type != "MOBILIZE" or m.source is None or m.status != "occurred":
            return False
        tgt = _country(m.target)
        return any(
            a.source is not None
            and a.source.country == m.source.country
            and (tgt is None or _country(a.target) in (None, tgt))
            and (a.sentence == m.sentence or _night_of(a, m))
            for a in attacks
        ) and _deploys_munitions(art, m)

    return [m for m in ms if not means(m)]


def _heading_lines(art: Article) -> list[tuple[int, int]]:
    """(start, end) offsets of the heading lines of a plain text (``tidings.nlp.heading_breaks``)."""
    text = art.text
    out = []
    for p in heading_breaks(text) if "\n" in text else ():
        end = text.rfind("\n", 0, p)
        out.append((text.rfind("\n", 0, end) + 1, end))
    return out


def _unnamed_heading(art: Article, sent: Span, headings: list[tuple[int, int]]) -> bool:
    """ "10:05 - Expanded talks" over a live blog's entry: a heading that names no side tells an event the text
    under it names with its sides; coded alone it would take its sides from the entry before."""
    if not any(a <= sent.start_char and sent.end_char <= b + 1 for a, b in headings):
        return False
    return not any(art.actors.at(t) is not None for t in sent)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _anaphoric_places(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """An event whose sentence states no place of it (or only the dateline's) takes the place that the next
    sentence gives the same thing named again with a definite article ("agreed to sign a treaty with X. The
    treaty will be signed in Khujand"), or that the previous sentence gives the thing its own definite noun
    names ("Leaders will meet in Lima for a meeting of the bloc. The presidents will attend the meeting").
    An attack placed in its own side's country (where it was fired from: "intercepted a missile fired from
    Yemen") takes the place the missile struck ("The missile targeted Khamis Mushait")."""
    out = []
    for m in ms:
        fired_from = (
            m.type == "ASSAULT"
            and m.place is not None
            and m.place.feature == "country"
            and m.place.country == _country(m.source)
        )
        span = art.doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
        if m.type == "ASSAULT" and m.place is not None and m.place.feature == "country" and not fired_from and span:
            # "fired two rockets into Rwanda from the Bunagana area": the most specific place the text gives
            origin = _origin_place(art, span.root)
            if origin is not None:
                m = replace(m, place=place_record(origin))
            out.append(m)
            continue
        if not (m.place is None or fired_from or m.mention_id in art.dateline_placed):
            out.append(m)
            continue
        ahead = m.status in ("planned", "proposed")
        found = _stay_place(art, span.root) if span and m.type != "ASSAULT" else None
        if found is None and span:
            found = _restated_place(art, m.sentence, span.root, ahead, struck=m.type == "ASSAULT")
        if found is None and m.type == "CONSULT" and span and not span.root.pos_ == "NOUN":
            found = _meeting_restated_place(art, m, ahead)
        if found is not None:
            m = replace(m, place=place_record(found), confidence=round(max(0.1, m.confidence - 0.05), 2))
            art.dateline_placed.discard(m.mention_id)
        out.append(m)
    return out


def _venue_told_near(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """A meeting or an agreement of the article's news told with no place is held where a meeting noun of the same
    sentence or the sentence next to it places a meeting of that time (session 22): "reached a deal ... in talks with
    Chinese officials ... as two days of negotiations concluded in Geneva", "The signing followed a series of meetings
    at a Singapore resort. ... Trump and Kim came together for a summit", "agreed to a joint statement ... at a meeting
    in Port Moresby on Thursday"; further off, a definite or owned meeting noun ("The summit at the Mar-a-Lago resort
    in Palm Beach got off to a cordial start"). The noun names no other side, speaks of the same time (not what lies
    ahead for a meeting held; no date of its own other than the meeting's) and is placed by its own phrase or by the
    verb that states its happening; the nearest such noun is taken. The acts of that meeting then take its place
    (_scene_places)."""
    out = []
    n = len(art.sents)
    candidates: dict[int, list[Token]] | None = None  # the article's meeting nouns by sentence, read once
    for m in ms:
        if (
            m.type not in ("CONSULT", "AGREE")
            or m.place is not None
            or m.target is None
            or m.mode == "phone/video"
            or m.status not in ("occurred", "ongoing")
            or m.background
            or not m.date_from
        ):
            out.append(m)
            continue
        if candidates is None:
            candidates = _meeting_nouns_by_sentence(art)
        found = None
        # the sentence itself, the next, the previous, then the rest nearest first (there only a definite or owned
        # noun: "The summit at Mar-a-Lago got off to a cordial start", "The summit began ... at the VIP lounge")
        order = [m.sentence, m.sentence + 1, m.sentence - 1]
        order += sorted((i for i in range(n) if abs(i - m.sentence) > 1), key=lambda i: (abs(i - m.sentence), i))
        for si in order:
            if si not in candidates:
                continue
            found = _venue_in(art, art.sents[si], candidates[si], m, definite=abs(si - m.sentence) > 1)
            if found is not None:
                break
        if found is not None:
            m = replace(m, place=place_record(found), confidence=round(max(0.1, m.confidence - 0.05), 2))
        out.append(m)
    return out


def _meeting_nouns_by_sentence(art: Article) -> dict[int, list[Token]]:
    """The meeting nouns of each sentence that has any, in text order: what _venue_in reads for every unplaced
    meeting, found in one pass over the article instead of one per meeting and sentence."""
    lex = lexicon()
    nouns = lex.unnamed_meeting_nouns | lex.gathering_nouns | {"summit"}
    out: dict[int, list[Token]] = {}
    for si, sent in enumerate(art.sents):
        found = [t for t in sent if t.pos_ == "NOUN" and t.lemma_.lower() in nouns]
        if found:
            out[si] = found
    return out


def _venue_in(art: Article, sent: Span, nouns: list[Token], m: EventMention, *, definite: bool = False) -> Any | None:
    """The place one of ``sent``'s meeting nouns ``nouns`` (with ``definite``, a definite or owned one) gives a meeting
    of ``m``'s sides and days (see _venue_told_near)."""
    lex = lexicon()
    pair = _pair(m)
    for t in nouns:
        if definite and not (_definite(t) or any(_owner(c) for c in t.children)):
            continue
        named = [
            x
            for c in t.children
            if c.dep_ in ("poss", "nsubj", "compound", "amod")
            or (c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "of"))
            for x in c.subtree
            if art.places.at(x) is None
        ]
        if any(p.country not in pair for p in art.actors.all_in(named) if p.country):
            continue
        h = _clause_verb(t)
        if h is not None and _ahead(h):
            continue
        p = art.places.attached(t, meeting=True) or _happening_place(art, t)
        if p is None and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
            # "a series of meetings at a Singapore resort", "two days of talks in Doha": the phrase on the count
            p = art.places.attached(t.head.head, meeting=True)
        verb = None
        if p is None:
            # the parser's reading of "as two days of negotiations concluded in Geneva" with the verb on its own: a
            # verb of happening right after the noun, with no subject of its own, states the noun's happening
            nxt = art.doc[t.i + 1] if t.i + 1 < sent.end else None
            if (
                nxt is not None
                and nxt.pos_ == "VERB"
                and nxt.lemma_.lower() in lex.happening_verbs
                and nxt.lemma_.lower() != "take"
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in nxt.children)
            ):
                verb = nxt
                p = art.places.attached(nxt)
        if p is None or getattr(p, "feature", None) in ("sea", "continent"):
            continue
        d = own_date(art, verb if verb is not None else (h if h is not None else t), m.status)
        first, last = m.date_from or "", m.date_to or m.date_from or ""
        if (
            d is not None
            and d.date_from is not None
            and not (d.date_from.isoformat() <= last and first <= (d.date_to or d.date_from).isoformat())
        ):
            continue
        return p
    return None


def _country_refined(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """A meeting placed only at a country is at the city or venue of that country where the next sentence places
    the same meeting, told by a verb of meeting or receiving in the same time: "The foreign ministers of X and Y
    have met in Angola. Angola's president hosted the two ministers on Saturday in the capital Luanda" and
    "... met in Angola on Wednesday. They were received at a hotel in the capital Luanda" are Luanda."""
    lex = lexicon()
    out = []
    for m in ms:
        if (
            m.type != "CONSULT"
            or m.mode in ("phone/video",)
            or m.place is None
            or not (m.place.feature == "country" or _seat_for_country(m.place))
            or m.sentence + 1 >= len(art.sents)
        ):
            out.append(m)
            continue
        span = art.doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
        ahead = _ahead(span.root) if span else False
        found = None
        for t in art.sents[m.sentence + 1]:
            if t.pos_ != "VERB" or _ahead(t) != ahead:
                continue
            if art.trigger_type.get(t.i) != "CONSULT" and t.lemma_.lower() not in lex.reception_verbs:
                continue
            p = art.places.attached(t, meeting=True)
            if (
                p is not None
                and getattr(p, "country", None) == m.place.country
                and getattr(p, "feature", None) not in ("country", "region", "sea", "continent", "admin1")
            ):
                found = p
                break
        if found is not None:
            m = replace(m, place=place_record(found))
        out.append(m)
    return out


def _seat_for_country(p: EventPlace) -> bool:
    """The place is the capital the coder put for a visit to a country the text names ("visited Saudi Arabia":
    Riyadh, printed as the country): the text's own city of that country, told next, is the more specific place
    ("... was greeted at the airport in the Red Sea city of Jiddah", session 21)."""
    if p.feature != "city" or not p.text or p.text == p.name:
        return False
    cap = capital_of(p.country)
    return cap is not None and cap.name == p.name and p.text.lower() != cap.text.lower()


def _third_dateline_places(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """A wire bureau's dateline in a third country is where the copy was filed: an event of two other states
    placed only by it yields to the place that a later sentence states for the same happening, named again
    by a definite noun of its type ("TEHRAN - Pakistan and India have agreed to ... The agreement was reached
    in a meeting ... in New Delhi"), when that place lies in one side's country."""
    out = []
    for m in ms:
        pair = _pair(m)
        if (
            m.mention_id not in art.dateline_placed
            or m.place is None
            or m.target is None
            or None in pair
            or m.place.country in pair
        ):
            out.append(m)
            continue
        found = _happening_restated_place(art, m, pair)
        if found is not None:
            m = replace(m, place=place_record(found))
            art.dateline_placed.discard(m.mention_id)
        out.append(m)
    return out


def _happening_restated_place(art: Article, m: EventMention, pair: set[str | None]) -> Any | None:
    """The first city or venue in one side's country that a later sentence gives for ``m``'s happening, named
    again by a definite noun of its type in the same tense ("The agreement was reached ... in New Delhi")."""
    ahead = m.status in ("planned", "proposed")
    later = art.sents[m.sentence + 1 :]
    for _, h in _restating_nouns(later, _of_type(m.type), ahead, deps=("nsubj", "nsubjpass", "dobj")):
        for x in h.subtree:
            p = art.places.at(x)
            if (
                p is not None
                and getattr(p, "country", None) in pair
                and getattr(p, "feature", None) not in ("country", "region", "sea", "continent")
            ):
                return p
    return None


def _restating_nouns(
    sents: Iterable[Span],
    match: Callable[[Token], bool],
    ahead: bool,
    *,
    deps: tuple[str, ...] = (),
    definite: bool = True,
    owned: bool = False,
) -> Iterator[tuple[Token, Token]]:
    """(noun, clause verb) of each noun of ``sents`` that ``match`` accepts and whose clause speaks of the same time
    (what happened, or what lies ahead): only under ``deps`` when given; with ``definite``, only a definite noun
    ("the treaty"), and with ``owned`` an owned one too ("their meeting", "Soto's meeting")."""
    for sent in sents:
        for t in sent:
            if t.pos_ != "NOUN" or not match(t) or (deps and t.dep_ not in deps):
                continue
            if definite and not (_definite(t) or (owned and any(_owner(c) for c in t.children))):
                continue
            h = _clause_verb(t)
            if h is None or _ahead(h) != ahead:
                continue
            yield t, h


def _of_type(etype: str) -> Callable[[Token], bool]:
    """Whether a noun names an event of the type (lexicon ``nouns``: "the agreement" is AGREE)."""
    nouns = lexicon().nouns
    return lambda t: nouns.get(t.lemma_.lower(), ("", None))[0] == etype


def _owner(c: Token) -> bool:
    """Whether the child names its head's owner: "their meeting", "Soto's meeting" (the parse may make a name
    with a curly "’s" the noun's subject)."""
    return c.dep_ == "poss" or any(x.dep_ == "case" and x.tag_ == "POS" for x in c.children)


def _meeting_restated_place(art: Article, m: EventMention, ahead: bool) -> Any | None:
    """ "Soto and Paz met for talks. ... Officials say Soto's meeting with Paz in Montevideo is aimed at ...", "Soto
    and Paz have met to discuss trade. During the meeting held in Montevideo on Tuesday, ...": a
    meeting told by a verb with no place of its own is where the next sentence places the same meeting, named
    again by a definite or owned meeting noun whose parties, if it names any, are the meeting's."""
    if m.mode in ("phone/video", "visit") or m.sentence + 1 >= len(art.sents):
        return None
    pair = _pair(m)
    for t, _ in _restating_nouns([art.sents[m.sentence + 1]], _of_type("CONSULT"), ahead, owned=True):
        if lexicon().nouns[t.lemma_.lower()][1] in ("visit", "phone/video"):
            continue
        # the meeting's own parties: its owner and with/between phrases ("of the UN General Assembly" is its setting)
        named = [
            x
            for c in t.children
            if c.dep_ in ("poss", "nsubj", "compound", "amod")
            or (c.dep_ == "prep" and c.lower_ in ("with", "between", "among"))
            for x in c.subtree
            if art.places.at(x) is None
        ]
        if any(p.country not in pair for p in art.actors.all_in(named) if p.country):
            continue
        p = art.places.attached(t, meeting=True) or _happening_place(art, t)
        if p is not None:
            return p
    return None


def _origin_place(art: Article, v: Token) -> Any | None:
    """A town, division or site an attack was fired from ("from the Bunagana area"), when it struck only a country."""
    for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ == "from"):
        for t in prep.subtree:
            p = art.places.at(t)
            if p is not None and getattr(p, "feature", None) not in ("country", "region", "sea", "continent"):
                return p
    return None


def _stay_place(art: Article, v: Token) -> Any | None:
    """Where the subject is said to be staying now: "Liu, who is leading a delegation in Washington, met Trump",
    "the minister, who is visiting Hanoi, signed ..." (a clause in the present, not "who visited Hanoi in 2019")."""
    for subj in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
        for r in subj.children:
            if (
                r.dep_ in ("relcl", "acl")
                and r.pos_ == "VERB"
                and (
                    r.tag_ in ("VBZ", "VBP")
                    or (
                        r.tag_ == "VBG"
                        and (r.dep_ == "acl" or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in r.children))
                    )
                )
            ):
                p = art.places.attached(r, dobj_is_place=r.lemma_.lower() == "visit")
                if p is not None:
                    return p
    return None


def _things(v: Token) -> list[Token]:
    """The nouns that name what an event word is about: itself when a noun, its objects and those of the
    verbs it governs ("agreed to sign a treaty"), the noun a participle qualifies ("a missile fired from X"),
    the aim of "for" ("will meet in Lima for a meeting of the bloc")."""
    out = [v] if v.pos_ == "NOUN" else []
    if v.dep_ == "acl" and v.head.pos_ == "NOUN":
        out.append(v.head)
    for h in (v, *(c for c in v.children if c.dep_ == "xcomp")):
        for c in h.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "for":
                out.extend(o for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN")
    return out


def _describes(art: Article, p: Any, t: Token) -> bool:
    """Whether the place only describes the noun ("the ambassador in Tehran had a meeting": where he is posted,
    not where the clause happened)."""
    span = art.doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and any(a.i == t.i for a in span.root.ancestors)


def _definite(t: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children)


def _clause_verb(t: Token) -> Token | None:
    """The verb whose clause holds the noun, through of/for phrases ("will meet ... for a meeting of X")."""
    cur = t
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _ahead(v: Token) -> bool:
    """Whether the verb speaks of what lies ahead ("will be signed", "is to meet", "plans to")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "to") for c in v.children)


def _restated_place(art: Article, si: int, v: Token, ahead: bool, *, struck: bool) -> Any | None:
    """The place an adjacent sentence gives the thing the event is about, in a clause of the same time (what
    happened, or what lies ahead) as the event (see _anaphoric_places)."""
    things = _things(v)
    lemmas = {t.lemma_.lower() for t in things}
    if not lemmas:
        return None
    deps = ("nsubj", "nsubjpass", "dobj")
    for t, h in _restating_nouns(art.sents[si + 1 : si + 2], lambda t: t.lemma_.lower() in lemmas, ahead, deps=deps):
        # the noun's own verb only ("The treaty will be signed in Khujand")
        p = art.places.attached(h, struck=struck) if h.i == t.head.i else None
        if p is not None and not _describes(art, p, t):
            return p
    definite = {t.lemma_.lower() for t in things if _definite(t)}
    if definite and si > 0:
        before = [art.sents[si - 1]]
        for _, h in _restating_nouns(before, lambda t: t.lemma_.lower() in definite, ahead, definite=False):
            p = art.places.attached(h)
            if p is not None:
                return p
    return None


def _past_words(d: DateInfo) -> bool:
    """ "earlier this month": a time said to lie before publication, though its period runs on past it."""
    words = (d.text or "").lower().split()
    return bool(words) and words[0] in lexicon().past_time_words


def _pair(m: EventMention) -> set[str | None]:
    """The two sides' countries, in either order."""
    return {_country(m.source), _country(m.target)}


def _days_overlap(a: EventMention, b: EventMention) -> bool:
    """Whether two dated mentions share a day (an undated one shares none)."""
    if not a.date_from or not b.date_from:
        return False
    return a.date_from <= (b.date_to or b.date_from) and b.date_from <= (a.date_to or a.date_from)


def _night_of(a: EventMention, b: EventMention) -> bool:
    """Whether two dated mentions share a day or lie on days next to each other (a night's attack is dated by the
    evening before in one sentence, by the morning after in another)."""
    if not a.date_from or not b.date_from:
        return False
    try:
        day = dt.timedelta(days=1)
        a0, a1 = dt.date.fromisoformat(a.date_from), dt.date.fromisoformat(a.date_to or a.date_from)
        b0, b1 = dt.date.fromisoformat(b.date_from), dt.date.fromisoformat(b.date_to or b.date_from)
    except ValueError:
        return False
    return a0 - day <= b1 and b0 - day <= a1


def _within(a: EventMention, b: EventMention) -> bool:
    """Whether ``a``'s dates lie inside ``b``'s: "Cairo had protested in September" is not on the days of the
    round held in Addis Ababa on Sept. 23-24, though the two overlap."""
    if not a.date_from or not b.date_from:
        return False
    return b.date_from <= a.date_from and (a.date_to or a.date_from) <= (b.date_to or b.date_from)


def _call_places(ms: list[EventMention], from_dateline: set[str]) -> list[EventMention]:
    """What two sides said or agreed on the day of their phone or video call, with no place of its own,
    was said on the call: it takes no place from the dateline ("MOSCOW - Lavrov and Pompeo discussed
    ties in a phone conversation ... They agreed on the need to ...")."""
    calls = [m for m in ms if m.mode == "phone/video" and m.target is not None and m.date_from]
    if not calls:
        return ms
    out = []
    for m in ms:
        if m.mention_id in from_dateline and m.target is not None and m.date_from:
            if any(_pair(c) == _pair(m) and c.date_from == m.date_from for c in calls if c is not m):
                m = replace(m, place=None, mode="phone/video" if m.type == "CONSULT" else m.mode)
        out.append(m)
    return out


def _programme_places(ms: list[EventMention]) -> list[EventMention]:
    """A planned meeting or act between a visitor and the host, with no place of its own, is part of the
    visit's programme and happens where the visit goes ("Rabuka began his official visit to New Zealand
    ... including bilateral meetings with Prime Minister Hipkins"; "During the visit, Prachanda will hold
    talks with Modi"), when its date, if it has one, falls within the visit's."""
    # a visit recounted as history ("In February, Erdogan made his first visit to Egypt") has no programme
    # left: what the sides will do is on the programme of a current or coming visit only
    visits = [
        m
        for m in ms
        if m.mode == "visit"
        and m.place is not None
        and m.target is not None
        and m.status != "negated"
        and not m.background
    ]
    if not visits:
        return ms
    out = []
    for m in ms:
        if m.place is None and m.status == "planned" and m.target is not None and m.type in _AT_MEETING | {"CONSULT"}:
            host = next(
                (
                    x
                    for x in visits
                    if x is not m
                    and _pair(x) == _pair(m)
                    and (not m.date_from or _days_overlap(x, m) or _next_day(x, m))
                ),
                None,
            ) or _stay_host(visits, m)
            if host is not None:
                m = replace(m, place=host.place)
                stay = _stay(host)
                if not m.date_from and stay is not None and _DURING_STAY.search(m.sentence_text):
                    # "arrived in Turkey on Friday on a two-day visit. ... During the visit, he will have talks with
                    # Cavusoglu": a plan the text gives no day but puts during the visit is on the visit's days (an
                    # undated plan told otherwise, "the preparation of upcoming contacts", is left undated)
                    m = replace(
                        m,
                        date_value=stay[0].isoformat(),
                        date_precision="day",
                        date_from=stay[0].isoformat(),
                        date_to=stay[1].isoformat(),
                        date_source="previous",
                    )
        elif (
            m.place is None
            and m.status in ("occurred", "ongoing")
            and m.target is not None
            and m.type in _AT_MEETING | {"CONSULT"}
            and m.mode != "phone/video"
            and not m.background
        ):
            # what the visitor and the host did on the days of the visit, told in another sentence ("Store arrived in
            # Nairobi on Thursday. ... He held talks with Ruto on Friday"): the visitor is still where he arrived
            host = _stay_host([x for x in visits if x.status in ("occurred", "ongoing")], m)
            if host is not None:
                m = replace(m, place=host.place)
        out.append(m)
    return out


# "a three-day visit", "his 2-day trip": the length of a stay its sentence gives
_STAY_LENGTH = re.compile(
    r"\b(two|three|four|five|six|seven|[2-7])[- ]day\s+(?:official\s+|state\s+|working\s+)?(?:visit|trip|tour|stay)"
)
# "During the visit", "during his three-day trip", "during which he will ...": a plan put inside the visit
_DURING_STAY = re.compile(
    r"\b[Dd]uring (?:which\b|(?:the|his|her|their|this|that|its) (?:[\w-]+ ){0,2}(?:visit|trip|stay|tour)\b)"
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _stay(visit: EventMention) -> tuple[dt.date, dt.date] | None:
    """The days of the stay that ``visit`` (an arrival, a visit begun, dated to its day) starts: from its first day
    through its told length ("arrived on Wednesday for a three-day visit": to Friday), else through its last day and
    the morrow ("arrived in Tehran on Wednesday night ... is due to hold talks on Thursday")."""
    if visit.date_precision not in ("day", "time"):
        return None
    span = _day_span(visit)
    if span is None:
        return None
    first, last = span
    told = _STAY_LENGTH.search(visit.sentence_text)
    days = (int(told.group(1)) if told.group(1).isdigit() else _NUMBER_WORDS[told.group(1)]) if told else 2
    return first, max(last, first + dt.timedelta(days=days - 1))


def _stay_host(visits: list[EventMention], m: EventMention) -> EventMention | None:
    """The visit of ``m``'s two sides on whose stay ``m`` falls, when the visits of that stay agree on the place: a
    visitor who "arrived in Karachi" and is "visiting Pakistan" (Islamabad) may meet the host in either."""
    stays = [x for x in visits if x is not m and _pair(x) == _pair(m) and _in_stay(x, m)]
    if not stays or len({x.place.name for x in stays if x.place is not None}) != 1:
        return None
    return stays[0]


def _in_stay(visit: EventMention, m: EventMention) -> bool:
    """Whether ``m``'s days lie in the stay that ``visit`` starts (``_stay``)."""
    stay, days = _stay(visit), _day_span(m)
    return stay is not None and days is not None and stay[0] <= days[0] and days[1] <= stay[1]


def _day_span(m: EventMention) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a dated mention (None when undated or unreadable)."""
    if not m.date_from:
        return None
    first, last = as_date(m.date_from), as_date(m.date_to or m.date_from)
    return (first, last) if first is not None and last is not None else None


def _next_day(arrival: EventMention, plan: EventMention) -> bool:
    """ "arrived in Taipei on Sunday for a visit through Tuesday, during which it is expected to meet Tsai":
    a plan of the arrival's sentence that starts the day after it is on the visit's programme."""
    if arrival.sentence != plan.sentence or not arrival.date_to or not plan.date_from:
        return False
    gap = dt.date.fromisoformat(str(plan.date_from)[:10]) - dt.date.fromisoformat(str(arrival.date_to)[:10])
    return gap.days == 1


def _told_twice(ms: list[EventMention]) -> list[EventMention]:
    """The article's meeting told once with its place and no day ("discussed trade in a meeting on the margins of
    the regional summit in Montevideo") and once with its day and no place ("had a breakfast meeting with Peru's
    minister on Wednesday") is one meeting: the dated telling takes the place, when the article places
    that pair's undated meetings at one place only (its own news, not background, not a call)."""

    def news(m: EventMention) -> bool:
        return (
            m.type == "CONSULT"
            and m.target is not None
            and m.status in ("occurred", "ongoing")
            and not m.background
            and m.mode != "phone/video"
        )

    # undated: no date the text gives (the publication day stands in)
    placed = [m for m in ms if news(m) and m.place is not None and m.date_source in (None, "published")]
    if not placed:
        return ms
    out = []
    for m in ms:
        if news(m) and m.place is None and m.date_from and m.date_source in ("timex", "anchor", "previous"):
            same = [x for x in placed if _pair(x) == _pair(m)]
            if same and len({(x.place.name, x.place.country) for x in same if x.place is not None}) == 1:
                m = replace(m, place=same[0].place)
        out.append(m)
    return out


def _scene_places(ms: list[EventMention], from_dateline: frozenset[str] | set[str] = frozenset()) -> list[EventMention]:
    """An act between the parties of a meeting the article places, on the meeting's days and with no
    place of its own, happened at the meeting ("the two sides agreed to ...", "he urged Xi to ..."). A place
    that is only the dateline's is none of its own for a person at the meeting: "SEOUL - Korea's minister met his
    Japanese counterpart in Vientiane on Tuesday and agreed to expand cooperation" agreed in Vientiane, where the
    text placed the meeting (a meeting placed by the dateline too moves nothing; "the foreign ministry protested"
    that day under the home dateline stays at home)."""
    ms = _told_next(ms, from_dateline)
    meetings = [
        m
        for m in ms
        if m.type == "CONSULT"
        and m.place is not None
        and m.target is not None
        and m.mode != "phone/video"
        and m.status in ("occurred", "ongoing")
        and m.date_from
    ]
    if not meetings:
        return ms
    stated = [x for x in meetings if x.mention_id not in from_dateline]
    out = []
    for m in ms:
        if (
            m.place is not None
            and m.mention_id in from_dateline
            and stated
            and m.type in _AT_MEETING
            and m.source is not None
            and m.source.kind in _TRAVELLERS
        ):
            # a person at a meeting abroad that day, under the home dateline of one side (the ministry at home said
            # what it said at home; a meeting in the dateline's own country leaves the dateline's city, which may
            # be the more specific place; a third country's dateline is where the sides came together; a meeting
            # placed only at a country or region is no more specific than the dateline's city)
            host = next(
                (
                    x
                    for x in stated
                    if _pair(x) == _pair(m)
                    and m.target is not None
                    and m.status in ("occurred", "ongoing")
                    and m.mode != "phone/video"
                    and not x.background
                    and not m.background
                    and x.date_precision == "day"
                    and m.date_precision == "day"
                    and x.date_from == m.date_from
                    and x.place is not None
                    and x.place.feature not in _AREA_FEATURES
                    and x.place.country != m.place.country
                    and m.place.country in _pair(m)
                ),
                None,
            )
            if host is not None and host.place is not None:
                m = replace(m, place=host.place)
            out.append(m)
            continue
        if (
            m.place is None
            and m.type in _AT_MEETING
            and m.target is not None
            and m.date_from
            and m.status in ("occurred", "ongoing")
            and m.mode != "phone/video"
        ):
            host = next(
                (
                    x
                    for x in meetings
                    if _pair(x) == _pair(m) and x.background == m.background and _days_overlap(x, m) and _within(m, x)
                ),
                None,
            )
            if host is None:
                host = next((x for x in meetings if _addressed_from(m, x)), None)
            if host is not None:
                m = replace(m, place=host.place)
        out.append(m)
    return out


_SEA_ACTS = frozenset({"COERCE", "ASSAULT", "MOBILIZE"})


def _sea_feature(p: Any) -> int | None:
    """0 for a region of the sea named by its kind (lexicon ``sea_feature_words``: "Second Thomas Shoal", "the
    Senkaku Islands"), 1 for a sea, strait or gulf (feature ``sea``), None for any other place."""
    feature = getattr(p, "feature", None)
    if feature == "sea":
        return 1
    name = str(getattr(p, "name", None) or getattr(p, "text", "") or "")
    if feature == "region" and name.split() and name.split()[-1].lower() in lexicon().sea_feature_words:
        return 0
    return None


def _names_any(sent: Span, words: frozenset[str]) -> bool:
    """Whether the sentence has one of ``words`` (lower case or a noun's lemma; two-word entries match two tokens):
    lexicon ``craft_words`` ("coast guard ships fired water cannon", "entered Japan's territorial waters") and
    ``aircraft_words`` ("a fighter jet intercepted a patrol plane")."""
    toks = list(sent)
    for i, t in enumerate(toks):
        if t.lower_ in words or (t.pos_ == "NOUN" and t.lemma_.lower() in words):
            return True
        if i + 1 < len(toks) and f"{t.lower_} {toks[i + 1].lower_}" in words:
            return True
    return False


def _sea_places(art: Article, ms: list[EventMention]) -> list[EventMention]:
    """An act at sea or in the air (COERCE, ASSAULT, MOBILIZE with a vessel, an aircraft or waters in its sentence)
    that has no place of its own (none, or only the dateline's) happened at the sea feature the text names for it:
    in its own sentence at any depth ("fired water cannons at ships escorting supply boats to soldiers at Ayungin
    Shoal", "intercepted a patrol plane over the Black Sea" under a parse that hangs the phrase elsewhere), else in
    the nearest sentence before it that names a shoal, reef or island ("Chinese ships often enter the waters around the
    Senkaku Islands. The last time a Chinese vessel entered Japan's waters was Nov. 8"), else a shoal or island of the
    very next sentence ("A Chinese vessel hosed a patrol ship with water cannon. On August 5, a convoy tried to reach
    the garrison at Ayungin Shoal"; not a sea there: "said the spokesman for South China Sea matters"), else the
    nearest sea named before it. Within a sentence a named shoal, reef or island comes before a sea. An act of
    aircraft only takes a sea feature of its own sentence: an air strike on land told near a sea named for something
    else was not at sea."""
    lex = lexicon()
    by_sentence = art.places.by_sentence
    if not any(_sea_feature(art.places.by_token[i]) is not None for ids in by_sentence.values() for i in ids):
        return ms

    def named(si: int, kinds: tuple[int, ...] = (0, 1), under: Token | None = None) -> Any | None:
        found = [(_sea_feature(art.places.by_token[i]), i) for i in by_sentence.get(si, ())]
        # a sea of the act's own sentence lies under the act ("the spokesman for South China Sea matters said
        # that the coast guard used water cannon" names the sea for the spokesman)
        found = [
            (k, i)
            for k, i in found
            if k in kinds and (k == 0 or under is None or any(a.i == under.i for a in art.doc[i].ancestors))
        ]
        return art.places.by_token[min(found)[1]] if found else None

    out = []
    for m in ms:
        if (
            m.type in _SEA_ACTS
            and m.status in ("occurred", "ongoing")
            and (m.place is None or m.mention_id in art.dateline_placed)
            and 0 <= m.sentence < len(art.sents)
        ):
            sent = art.sents[m.sentence]
            span = art.doc.char_span(m.trigger_start, m.trigger_end, alignment_mode="expand")
            trig = span.root if span is not None else None
            if _names_any(sent, lex.craft_words):
                # a shoal or island told before (the scene) comes before a sea named nearer (the wider waters);
                # the next sentence only for a named shoal or island: a sea named there may be anybody's
                before = range(m.sentence - 1, -1, -1)
                order = [(m.sentence, (0, 1)), *((si, (0,)) for si in before), (m.sentence + 1, (0,))]
                order += [(si, (1,)) for si in before]
            elif _names_any(sent, lex.aircraft_words):
                order = [(m.sentence, (0, 1))]
            else:
                out.append(m)
                continue
            p = next(
                (
                    x
                    for x in (
                        named(si, k, trig if si == m.sentence else None) for si, k in order if si < len(art.sents)
                    )
                    if x is not None
                ),
                None,
            )
            if p is not None:
                m = replace(m, place=place_record(p))
                art.dateline_placed.discard(m.mention_id)
        out.append(m)
    return out


def _told_next(ms: list[EventMention], from_dateline: frozenset[str] | set[str]) -> list[EventMention]:
    """What the two sides of a meeting did, told in the very next sentence with no time of its own, happened at the
    meeting: "... after Pashinyan and Aliyev met in Brussels for talks hosted by the EU. Aliyev and Pashinyan agreed to
    instruct their foreign ministers ..." is Brussels, not the home dateline (YEREVAN). The meeting is placed by the
    text at a city or venue and told as what happened; the act is of the same pair and persons (a ministry's statement
    under its home dateline stays home), has no place or only the dateline's, and neither names a day the other
    does not."""
    meetings = [
        x
        for x in ms
        if x.type == "CONSULT"
        and x.place is not None
        and x.mention_id not in from_dateline
        and x.place.feature not in _AREA_FEATURES
        and x.target is not None
        and x.mode not in ("phone/video", "visit")
        and x.status in ("occurred", "ongoing")
    ]
    if not meetings:
        return ms
    out = []
    for m in ms:
        if (
            m.type in _AT_MEETING
            and m.target is not None
            and m.status in ("occurred", "ongoing")
            and m.mode != "phone/video"
            and (m.place is None or m.mention_id in from_dateline)
            and m.source is not None
            and m.source.kind in _TRAVELLERS
        ):
            host = next(
                (
                    x
                    for x in meetings
                    if x.sentence + 1 == m.sentence
                    and _pair(x) == _pair(m)
                    and x.background == m.background
                    and x.date_from == m.date_from
                    and x.date_to == m.date_to
                ),
                None,
            )
            if host is not None:
                m = replace(m, place=host.place)
        out.append(m)
    return out


def _addressed_from(m: EventMention, meeting: EventMention) -> bool:
    """What a side of a meeting said to a third state on the meeting's day, told after the meeting and with no
    place of its own, was said at the meeting: "At a joint news conference in Cairo on Tuesday, the foreign
    ministers of Sudan and Egypt met ... as they called on Ethiopia to show goodwill" (Sudan's call was made in
    Cairo, not in Khartoum). Only the article's own news of one day: a day-dated meeting and a day-dated act."""
    pair = _pair(meeting)
    return (
        m.type in _SAID_TYPES | {"AGREE"}
        and not m.background
        and not meeting.background
        and m.sentence >= meeting.sentence
        and m.date_precision == "day"
        and meeting.date_precision == "day"
        and m.date_from == meeting.date_from
        and _country(m.source) in pair
        and _country(m.target) not in pair
    )


def _capital_places(ms: list[EventMention]) -> list[EventMention]:
    """A government's statement or measure with no place stated, no dateline of its own side and no
    meeting it belongs to was made in its capital ("China said ...", "the Commerce Department added")."""
    out = []
    for m in ms:
        src = m.source
        if (
            m.place is None
            and m.type in _AT_CAPITAL
            and m.mode != "phone/video"
            and src is not None
            and (src.kind in ("country", "igo") or src.sector in ("GOV", "IGO") or _seated_body(src))
            and (m.status in ("occurred", "ongoing") or m.type == "SANCTION")
        ):
            cap = capital_of(src.country)
            if cap is not None:
                m = replace(
                    m,
                    place=place_record(cap, printed_in_article=False),
                    confidence=round(max(0.1, m.confidence - 0.05), 2),
                )
        out.append(m)
    return out


_DIVISION_AFTER = re.compile(
    r"\s+((?i:region|province|oblast|governorate|prefecture))\b"
    # "in the Lipetsk and Tula regions", "the Kharkiv, Sumy and Poltava regions": each name of a list that
    # shares one plural division word is that kind of division
    r"|(?:,\s*[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?)*,?\s+(?:and|or)\s+[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?"
    r"\s+((?i:region|province|oblast|governorate|prefecture))s\b"
    r"|\s+((?i:region|province|oblast|governorate|prefecture))s\b"
)


def _division_as_printed(art: Article, raw: Any, place: EventPlace) -> EventPlace:
    """ "talks in the Gomel region", "shelling in the Kursk region": the event is in the division the
    name and its word make, named as printed ("Gomel region", not the town of Homyel' nor "Gomel
    Oblast"); the point stays the one the name resolved to."""
    end = getattr(raw, "end", None)
    text = getattr(raw, "text", None)
    if end is None or not text or getattr(raw, "feature", None) not in ("admin1", "city"):
        return place
    m = _DIVISION_AFTER.match(art.text, end)
    if m is None:
        return place
    own = getattr(raw, "feature", None) == "admin1"  # a town's id is no id of its division
    kind = next(g for g in m.groups() if g).lower()
    start = getattr(raw, "start", None)
    printed = art.text[start : m.end()].strip() if start is not None and m.group(1) else place.text
    if start is not None and not m.group(1):
        printed = f"{text.strip()} {kind}"  # one name of the list, with its division word in the singular
    return replace(
        place,
        name=f"{text.strip()} {kind}",
        feature="admin1",
        geonameid=place.geonameid if own else None,
        text=printed,
    )


_COMPASS_BEFORE = re.compile(
    r"\b((?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\s+$", re.IGNORECASE
)


def _compass_as_printed(art: Article, raw: Any, place: EventPlace) -> EventPlace:
    """ "camps in northern Iraq", "strikes in southern Lebanon": the event is in that part of the country
    or division, and its place is printed so ("northern Iraq"); the name, id and point stay the area's."""
    start = getattr(raw, "start", None)
    if start is None or not place.text or getattr(raw, "feature", None) not in ("country", "admin1"):
        return place
    m = _COMPASS_BEFORE.search(art.text, max(0, start - 20), start)
    if m is None:
        return place
    return replace(place, text=f"{m.group(1)} {place.text}")


def _seated_body(p: Party) -> bool:
    """A legislature or a state's council named as the institution ("the Hungarian parliament", "Pakistan's
    National Security Committee"), not its members ("lawmakers")."""
    words = (p.text or "").lower().split()
    bodies = lexicon().seated_bodies
    return (
        p.kind != "person"
        and p.sector in ("LEG", "GOV", None)
        and any(" ".join(words[i:]) in bodies for i in range(len(words)))
    )


def _dedupe(ms: list[EventMention]) -> list[EventMention]:
    """One mention per trigger and meaning. When the reported event ("the first visit since 2016")
    comes out the same as the background event it implies (same type, parties, status and date), the
    date is the background's, so the two are one claim: the implied background mention stays."""

    def meaning(m: EventMention) -> tuple:
        party = lambda p: (p.name, p.country) if p else None  # noqa: E731
        return (m.trigger_start, m.type, party(m.source), party(m.target), m.date_value, m.status)

    implied = {meaning(m) for m in ms if m.implied}
    seen, out = set(), []
    for m in ms:
        if m.mention_id in seen or (not m.implied and meaning(m) in implied):
            continue
        seen.add(m.mention_id)
        out.append(m)
    return out


# -- slots ------------------------------------------------------------------------------------------
def _requester_of_adjunct(cur: Token) -> Token | None:
    """The demanding verb a comma-set speech participle really hangs on: "urged Russia to free the fishermen,
    calling the seizure illegal" (the parser hangs "calling" on "free"), or None."""
    lex = lexicon()
    if not (
        cur.dep_ == "advcl"
        and cur.tag_ == "VBG"
        and cur.i > cur.head.i
        and cur.lemma_.lower() in lex.speech_participles
        and cur.doc[cur.i - 1].text == ","
    ):
        return None
    asked = cur.head
    while asked.dep_ == "conj" and asked.head is not asked:  # "demanded that China return the rifles and pay for ..."
        asked = asked.head
    if asked.dep_ not in ("xcomp", "ccomp") or asked.head.pos_ not in ("VERB", "AUX"):
        return None
    asker = asked.head
    lemma = asker.lemma_.lower()
    requests = (lex.verbs.get(lemma) or ("",))[0] == "REQUEST"
    if not (requests or lemma in lex.object_control_verbs or lemma in lex.directive_verbs):
        return None
    return asker


def _subject_tokens(v: Token) -> tuple[list[Token], list[Token]]:
    """(subject heads, passive-subject heads) of a verb, following control and coordination."""
    if (mis := misparsed_captive(v)) is not None:
        return [], [mis[0]]  # "Two Canadians detained in China have been released": the parser's subject is held
    cur, n, controlled, undergone = v, 0, False, False
    while n < 5:
        if (
            cur.tag_ == "VBG"
            and cur.dep_ == "pcomp"
            and cur.head.dep_ == "prep"
            and cur.head.lower_ in ("in", "at", "before")
            and cur.head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "pobj" for c in cur.head.children)
            and any(c.dep_ == "nsubj" and cur.head.i < c.i < cur.i for c in cur.children)
        ):
            # "filed a case in the International Court of Justice accusing Israel of genocide": the parser makes the
            # court the subject of the participle; the one who files accuses (session 28)
            cur, n = cur.head.head, n + 1
            continue
        kids = list(cur.children)  # walked three times: the Token objects built once
        subj = [c for c in kids if c.dep_ in ("nsubj", "csubj", "expl")]
        passive = [c for c in kids if c.dep_ == "nsubjpass"]
        agent = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not (subj or passive or agent):
            subj = _dated_subject(cur)
        if controlled and undergone and (subj or passive):
            # "Two Japanese nationals were confirmed to have been injured", "the crew is feared to have been
            # killed": the subject a passive complement inherits is the one it happened to, never its doer
            return [], [*subj, *passive]
        if controlled and passive and not subj:
            # "Trump and Xi are expected to meet", "the envoy was told to leave": the passive subject of
            # the governing verb is the one who does what its complement says
            return passive, []
        if subj or passive or agent:
            if (first := list_head_of(cur)) is not None:
                # "Burkina Faso, Mali, and Niger recalled ...": the list's first names were split off the verb
                subj = [first, *subj]
            subj = [_coord_root(cur.head) if is_relative(s) and cur.dep_ in ("relcl", "acl") else s for s in subj]
            passive = [cur.head if is_relative(s) and cur.dep_ in ("relcl",) else s for s in passive]
            return (subj or agent), passive
        if cur.dep_ == "xcomp":
            objs = []
            if cur.head.lemma_.lower() in lexicon().object_control_verbs:  # "urged Washington to stop": object control
                objs = [c for c in cur.head.children if c.dep_ in ("dobj",)]
                objs += [
                    g
                    for c in cur.head.children
                    if c.dep_ == "prep" and c.lower_ == "on"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
            if objs:
                return objs, []
            if not controlled:
                undergone = any(c.dep_ == "auxpass" for c in cur.children)
            cur, controlled = cur.head, True  # "summoned the ambassador to protest": the summoner protests
            n += 1
            continue
        elif (
            cur.dep_ == "advcl"
            and cur.tag_ == "VBN"
            and cur.i > cur.head.i
            and cur.doc[cur.i - 1].text != ","
            and not any(c.dep_ in ("aux", "auxpass") for c in cur.children)
        ):
            # "Britain seized an Iranian tanker off Gibraltar accused of violating sanctions": a bare past participle
            # right after a noun describes that noun (what was done to it), not what the main clause's subject did
            return [], []
        elif (asker := _requester_of_adjunct(cur)) is not None:
            # "urged Russia to free the fishermen, calling the seizure illegal", "demanded that China return the
            # rifles, calling the boarding an act of piracy": a speech participle after a demand speaks for the one
            # who demands, not for the side asked to act (the parser hangs it on the asked-for verb)
            cur, controlled = asker, False
        elif (
            cur.dep_ == "conj"
            and cur.tag_ in ("VBD", "VBZ")
            and cur.head.dep_ == "xcomp"
            and cur.head.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in cur.head.children)
        ):
            # "asked the Turkish ambassador to leave and recalled its envoy from Ankara": a finite verb the parser
            # joined to an infinitive is the governing verb's conjunct, its subject that verb's (session 28)
            cur, controlled = cur.head.head, False
        elif cur.dep_ in ("conj", "advcl", "acomp") or (cur.dep_ == "ccomp" and cur.head.pos_ == "ADJ"):
            cur, controlled = cur.head, False
        elif (
            cur.dep_ == "pcomp"
            and cur.head.lower_ == "as"
            and cur.head.head.lemma_.lower() in _CITING_VERBS
            and (cited := [c for c in cur.head.head.children if c.dep_ == "dobj"])
        ):
            # "the agency quoted the minister as saying", "cited the foreign ministry as telling Washington that":
            # the one quoted speaks, not the one who quotes
            return cited, []
        elif (
            cur.dep_ == "pcomp"
            and cur.tag_ == "VBG"
            and cur.head.dep_ == "prep"
            and (
                cur.head.lower_ in lexicon().manner_preps
                # "said he looked forward to meeting Xi": the gerund after a planning cue is the looker's act
                or (cur.head.lower_ == "to" and cue_lemma(cur.head.head) in lexicon().planned)
                # "the UAE succeeded in mediating the release": the gerund is the subject's act (session 21)
                or (cur.head.lower_ == "in" and cur.head.head.lemma_.lower() in lexicon().in_gerund_verbs)
            )
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            # "Russia responded in kind by expelling two German diplomats": the gerund of a manner phrase
            # is done by the subject of the verb it qualifies
            cur, controlled = cur.head.head, False
        elif (
            cur.dep_ == "pcomp"
            and cur.tag_ == "VBG"
            and cur.head.lower_ == "of"
            and cur.head.head.lower_ in lexicon().capacity_words
        ):
            # "India was capable of giving a befitting reply": the one capable does what the gerund says
            cur, controlled = cur.head.head, True
        elif (
            cur.dep_ == "pcomp"
            and cur.tag_ == "VBG"
            and cur.head.lower_ == "in"
            and cur.head.head.pos_ == "VERB"
            and cur.head.head.lemma_.lower() in lexicon().joining_verbs
            and (joined := [c for c in cur.head.head.children if c.dep_ == "dobj"])
        ):
            # "the UAE and Egypt joined Bahrain and Saudi Arabia in cutting ties": the ones who join and the ones
            # joined all do what the gerund says
            # ("Beijing was willing to join Paris in urging restraint": the joiner is the controlled subject)
            return _subject_tokens(cur.head.head)[0] + joined, []
        elif cur.dep_ == "acl" and cur.head.dep_ in ("dobj", "pobj") and (owner := _act_owner(cur)):
            # "objected to new American sanctions announced on the eve of the talks", "condemned the US's order
            # to close its consulate": the measure's owner acts, not the one who objects to it
            return owner, []
        elif (
            cur.dep_ == "acl"
            and cur.tag_ == "VBN"
            and cur.head.dep_ in ("dobj", "pobj")
            and (cur.head.lemma_.lower() in lexicon().force_nouns or cur.head.lower_ in lexicon().force_nouns)
        ):
            # "ordered Danish soldiers deployed in the Takuba operation to leave Mali": troops deployed are deployed by
            # their own state, not by whoever acts on them
            noun = cur.head
            return [c for c in _owner_words(noun) if c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE")], []
        elif cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.dep_ == "pobj" and cur.head.head.lower_ == "among":
            # "Two Japanese were among those killed in the attack", "among the people injured": who is among those a
            # deed was done to is one of its victims; with no "by" agent the participle names no doer
            return [], []
        elif (
            cur.dep_ == "acl"
            and cur.tag_ == "VBG"
            and cur.head.dep_ == "pobj"
            and (cur.head.pos_ == "PROPN" or cur.head.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))
        ):
            # "China is opposed to the United States adding Chinese firms to its list", "objected to Peru imposing
            # tariffs": the side a gerund follows does what it says, not the one who objects to it
            return [cur.head], []
        elif main_verb_under_noun(cur):
            # "China, which has close ties with Pakistan, called on both countries to ...", "Russia, a close ally of
            # Serbia, called ...": the parser hangs the main verb on its own subject as a reduced relative
            return [cur.head], []
        elif cur.dep_ == "acl" and cur.head.dep_ in ("dobj", "pobj"):
            # "accepted an invitation to visit": the invitee is the one who will visit
            gov = cur.head.head if cur.head.dep_ == "dobj" else cur.head.head.head
            cur, controlled = gov, False
        else:
            return [], []
        n += 1
    return [], []


def _judged_meeting_sides(art: Article, si: int, tr: Trigger, own: set[str]) -> list[Party]:
    """The sides of a meeting a praise or criticism is about, when its object is a meeting noun naming no side
    ("welcomed the summit", "hailed the outcome of the summit", "criticized the meeting"): the sides of the latest
    meeting (CONSULT) told in this or an earlier sentence, other than the judge's own (lexicon
    ``judged_meeting_nouns``)."""
    lex = lexicon()
    if tr.type not in ("SUPPORT", "ACCUSE") or tr.nominal:
        return []
    obj = tr.obj or next((c for c in tr.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i == tr.head.i:
        return []
    noun = obj
    if noun.lemma_.lower() in lex.outcome_nouns:  # "the outcome of the summit"
        noun = next(
            (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
            obj,
        )
    if noun.lemma_.lower() not in lex.judged_meeting_nouns and noun.lower_ not in lex.judged_meeting_nouns:
        return []
    if not _definite(noun) or art.actors.all_in(list(obj.subtree)):
        return []  # "a summit", "the Trump-Kim summit", "Nauru's visit": no meeting told before, or its sides named
    for e in reversed(art.events):
        if e.type != "CONSULT" or e.sentence > si or e.source is None or e.target is None:
            continue
        sides = [p for p in (e.source, e.target) if p.country and p.country not in own]
        if e.source.country and e.target.country and e.source.country != e.target.country:
            return [p for i, p in enumerate(sides) if p.country not in {q.country for q in sides[:i]}]
    return []


def _shared_addressee(art: Article, v: Token) -> list[Party]:
    """The addressee of the speech act ``v`` (lexicon ``speaker_act_verbs``, no object, "that"-clause or none) is
    coordinated with: that verb's own object ("urged him ... and warned that"), or, when it is a reporting verb, the
    object of the speech act it reports ("said she had urged him ..., and warned that")."""
    for objs in _shared_addressee_objects(v):
        found = [p for p in _parties_for(art, objs) if p.country]
        if found:
            return found
    return []


def _shared_addressee_objects(v: Token) -> list[list[Token]]:
    """The object phrases of the speech acts ``v`` may share its addressee with (``_shared_addressee``), in order."""
    lex = lexicon()
    if v.lemma_.lower() not in lex.speaker_act_verbs or v.i < v.head.i:
        return []
    if any(c.dep_ in ("dobj", "dative", "nsubj", "nsubjpass") for c in v.children):
        return []
    if v.dep_ == "advcl" and v.tag_ == "VBG":
        # "called both leaders urging them to settle ..., warning he would not ...": participles hung side by side on
        # one verb, the later speech act sharing the earlier one's addressee (session 28)
        return [
            [c for c in s.children if c.dep_ in ("dobj", "dative")]
            for s in reversed(list(v.head.children))
            if s.dep_ == "advcl" and s.i < v.i and s.tag_ == "VBG" and s.lemma_.lower() in lex.speaker_act_verbs
        ]
    if v.dep_ != "conj":
        return []
    head = v.head
    acts = [head]
    if head.lemma_.lower() in lex.reporting_verbs:
        acts = [c for c in head.children if c.dep_ == "ccomp" and c.i < v.i]
    return [
        [c for c in act.children if c.dep_ in ("dobj", "dative")]
        for act in acts
        if act.lemma_.lower() in lex.speaker_act_verbs or act.lemma_.lower() == "tell"
    ]


def _package_giver(art: Article, si: int, v: Token) -> list[Party]:
    """The giver of a package named again as the subject of an aid verb ("The package provides ..."): the source of
    the latest aid event of this or the two sentences before; none when the subject is no definite package noun."""
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if (
        len(subj) != 1
        or subj[0].lemma_.lower() not in lexicon().container_nouns
        or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj[0].children)
    ):
        return []
    for e in reversed(art.events):
        if e.type == "AID" and si - 2 <= e.sentence <= si and e.source is not None and e.source.country:
            return [e.source]
    return []


def _amount_recipients(art: Article, tr: Trigger) -> list[Party]:
    """The sides the sums of an aid verb's object are for, one per "for" phrase in the object ("$20 billion for Kenya,
    $12 billion for Ghana"), when the object is a sum (a currency or a number word heads it)."""
    obj = tr.obj
    if obj is None or tr.nominal or not (obj.like_num or obj.lower_ in _SUM_WORDS):
        return []
    out: list[Party] = []
    for t in obj.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "for":
            for p in _parties_for(art, [t]):
                if p.country and p.country not in {q.country for q in out}:
                    out.append(p)
    return out


_SUM_WORDS = frozenset({"million", "billion", "trillion", "dollars", "euros"})


# nouns that stand for a side itself ("the Chinese side had rejected ..., calling"): their clause is the side's own
_SIDE_HEADS = frozenset(
    "side government authority administration leadership delegation ministry force troop military army navy "
    "regime team country state nation party guard police coastguard".split()
)


def _owned_thing_speaker(art: Article, v: Token) -> tuple[list[Token], Token] | None:
    """(the reporter's subject, the reported subject) when ``v`` is a speaker's act set off by a comma after a reported
    clause whose subject is a thing of one side: "Tokyo's spokesman said the Chinese action violated international
    law, describing the intrusion as unacceptable", "said Greece's buildup breached the treaty, calling it a
    provocation" (real news, session 20). The parser hangs the participle on the reported verb, so the thing's side
    was read as the one who describes; the reporter describes, and the thing's side is whom it is aimed at. A side
    itself ("the Chinese side", "Greek forces") or a person as the reported subject keeps its own participle."""
    if not _comma_participle(v):
        return None
    head = v.head
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1:
        return None
    s = subj[0]
    if (
        s.pos_ != "NOUN"
        or s.ent_type_
        or is_pronoun(s)
        or s.lemma_.lower() in _PERSON_NOUNS
        or s.lemma_.lower() in _SIDE_HEADS
        or art.actors.at(s) is not None
        or art.actors.in_phrase(s) is None
    ):
        return None
    speaker = _reporter_above(head, 3)
    return (speaker, s) if speaker else None


def _comma_participle(v: Token) -> bool:
    """``v`` is a speech participle with no subject of its own, set off by a comma after the clause it hangs on
    ("said ..., calling it a provocation"): the parser hangs it on the reported clause, but it may be the reporter's."""
    lex = lexicon()
    return (
        v.dep_ == "advcl"
        and v.tag_ == "VBG"
        and v.i > v.head.i
        and v.doc[v.i - 1].text == ","
        and v.lemma_.lower() in lex.speech_participles | lex.speaker_act_verbs
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
    )


def _reporter_above(head: Token, steps: int, *, gerund: bool = False) -> list[Token]:
    """The subject of the first reporting verb above the reported clause ``head`` (through at most ``steps``
    ccomp/conj links), or none. ``gerund``: "opened his remarks by saying ..." has the subject of the verb that the
    saying qualifies."""
    lex = lexicon()
    cur = head
    for _ in range(steps):
        if cur.dep_ not in ("ccomp", "conj") or cur.head is cur:
            return []
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in lex.reporting_verbs:
            speaker = [c for c in cur.children if c.dep_ == "nsubj"]
            if not speaker and gerund and cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
                speaker = [c for c in cur.head.head.children if c.dep_ == "nsubj"]
            return speaker
    return []


def _self_aimed_participle(art: Article, v: Token, source: Party) -> tuple[list[Token], Party] | None:
    """(the reporter's subject, the side aimed at) when ``v`` is a speech participle set off by a comma after a
    reported clause and aimed at the very side that clause's subject names: "the spokesman said Beijing must stop its
    drills, accusing China of raising tensions", "opened his remarks by saying Moscow needed to withdraw, lambasting
    Russia for ..." (real news, session 21). The parser hangs the participle on the reported verb, so the reported
    side was read as accusing itself; no side accuses, calls or lambasts itself, so the one who reports does. A
    participle aimed at another side ("said Russia had rejected the offer, calling it a provocation") stays."""
    if not (_comma_participle(v) and source.country):
        return None
    aimed = next(
        (
            p
            for c in v.children
            if c.dep_ == "dobj" and not is_pronoun(c)
            for p in [art.actors.in_phrase(c)]
            if p is not None and p.country == source.country
        ),
        None,
    )
    if aimed is None:
        return None
    speaker = _reporter_above(v.head, 4, gerund=True)
    return (speaker, aimed) if speaker else None


def _misplaced_speaker(art: Article, v: Token) -> list[Token]:
    """The subject of the reporting verb above ``v`` when ``v`` is a speaker's act (lexicon ``speaker_act_verbs``)
    coordinated with a verb of the reported clause, or hung on it as a participle after a comma, whose subject is a
    thing that names no side and no person ("the remarks breached ..., and urged Lima", "the missiles had been fired
    from Syria and accused Iraq", "the talks had ended without agreement, blaming Ethiopia")."""
    lex = lexicon()
    # "Egypt said the talks had ended without agreement, blaming Ethiopia's refusal": a participle of a speaker's act
    # set off by a comma is hung by the parser on the reported clause; it is the reporter's act as a conjunct is
    participle = v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == ","
    if not (v.dep_ == "conj" or participle) or v.lemma_.lower() not in lex.speaker_act_verbs or v.i < v.head.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    head = v.head
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj or any(
        s.pos_ != "NOUN"
        or s.ent_type_
        or is_pronoun(s)
        or s.lemma_.lower() in _PERSON_NOUNS
        or art.actors.in_phrase(s) is not None
        for s in subj
    ):
        return []
    cur = head
    for _ in range(6):
        if cur.dep_ not in ("ccomp", "relcl", "acl", "attr", "conj", "advcl") or cur.head is cur:
            return []
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in lex.reporting_verbs:
            return [c for c in cur.children if c.dep_ == "nsubj"]
    return []


def _act_owner(acl: Token) -> list[Token]:
    """The owner of the noun an act qualifies, when that owner does the act: the possessor or nationality
    word of a measure done to it ("American sanctions announced", "Washington's tariffs imposed on steel":
    a past participle) or of a decision to do it ("the US's order to close", "Beijing's decision to expel":
    lexicon `owned_act_nouns`). An invitation's owner is the host, not the visitor: no owner then; nor is the
    nationality of people a participle describes ("Palestinian women jailed in Israel")."""
    noun = acl.head
    passive = (
        acl.tag_ == "VBN"
        and noun.lemma_.lower() in lexicon().nouns  # an act noun ("sanctions"), not people ("Palestinians jailed")
        and not any(c.dep_ == "agent" for c in acl.children)
    )
    if not (passive or noun.lemma_.lower() in lexicon().owned_act_nouns):
        return []
    return [
        c
        for c in noun.children
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE"))
    ]


def _threatened_content(v: Token) -> bool:
    """Whether a verb is the to-infinitive a threat noun governs (lexicon ``threat_nouns``): "his threat to impose
    tariffs", "renewed its threat to expel the envoys"."""
    return (
        v.dep_ == "acl"
        and v.head.lemma_.lower() in lexicon().threat_nouns
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    )


def _dated_subject(v: Token) -> list[Token]:
    """ "On Monday Biden and the leaders of ... issued": the parser reads the subject as the object of the
    fronted date's preposition ("On [Monday Biden]"); the name after the date is the subject."""
    for c in v.children:
        if c.dep_ == "prep" and c.i < v.i and c.lower_ in ("on", "in", "at"):
            for g in c.children:
                if (
                    g.dep_ == "pobj"
                    and g.ent_type_ != "DATE"
                    and g.pos_ in ("PROPN", "NOUN")
                    and any(k.dep_ == "compound" and k.ent_type_ == "DATE" for k in g.children)
                ):
                    return [g]
    # "In the latest development on grain imports, Poland and Ukraine summoned ...": the parser made the names after
    # the comma conjuncts of the fronted phrase's noun; the first name after the comma is the subject (session 28)
    for c in v.children:
        if c.dep_ != "prep" or c.i > v.i or c.i != c.sent.start:
            continue
        for t in c.subtree:
            if t.dep_ == "conj" and t.pos_ == "PROPN" and t.i > 0 and t.doc[t.i - 1].text == "," and t.head.i < t.i:
                if not any(k.dep_ == "cc" for k in t.head.children if k.i < t.i):
                    return [t]
    return []


def _described_first_conjunct(v: Token) -> Token | None:
    """The name a relative clause describes alone: one set off after the first of coordinated names, before the
    "and" ("Iran, which has supported Russia, and Saudi Arabia"); the verb may be the clause's or one it governs."""
    cur, n = v, 0
    while cur.dep_ == "xcomp" and n < 3:
        cur, n = cur.head, n + 1
    if cur.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and is_relative(c) for c in cur.children):
        return None
    h = cur.head
    if h.dep_ == "conj" or not any(c.dep_ == "conj" and c.i > cur.i for c in h.children):
        return None
    return h


def _coord_root(tok: Token) -> Token:
    """The first conjunct of a coordination: "Austin and Dong, who spoke" is about both."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _with_conj_preps(host: Token) -> list[Token]:
    """``host``'s children, and after each preposition among them the prepositions coordinated with it: "spoke with
    Mexico's president and with Canada's prime minister", "met his Russian counterpart on Monday and with the Iranian
    minister on Tuesday" (session 21: the parser hangs the second "with" on the first preposition, or on the one
    before it, as its conjunct; each "with" names a side of its own)."""
    out: list[Token] = []
    for c in host.children:
        out.append(c)
        if c.dep_ in ("prep", "agent"):
            out.extend(
                g
                for g in c.subtree
                if g is not c
                and g.dep_ == "conj"
                and g.pos_ == "ADP"
                and g.head.dep_ in ("prep", "agent", "conj")
                and g.lower_ in _TARGET_PREPS
            )
    return out


def _object_tokens(tr: Trigger) -> list[Token]:
    v = tr.head
    out: list[Token] = []
    obj = verb_object(v) if not tr.nominal else None
    if obj is not None and v.lemma_.lower() in lexicon().topic_object_verbs:
        obj = None  # "did not discuss Taiwan": the object is the topic
    if (
        obj is not None
        and v.lemma_.lower() in lexicon().with_topic_verbs
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children)
    ):
        obj = None  # "raised Taiwan with Xi": Xi's side is the target, Taiwan the topic
    if obj is not None and obj is not tr.obj and not (tr.obj is None and v.dep_ in ("acl", "relcl") and obj is v.head):
        out.append(obj)
    # "announced sanctions on Speaker Pelosi for her visit earlier this week to Taiwan": the act noun's own phrase
    # names whom it is aimed at before a phrase the parser hangs on the verb (session 21)
    hosts = (
        (tr.obj, v, tr.particle)
        if tr.obj is not None and tr.obj.i != v.i and tr.obj.pos_ == "NOUN"
        else (v, tr.obj, tr.particle)
    )
    for host in [h for h in hosts if h is not None]:
        for c in _with_conj_preps(host):
            if c.dep_ in ("dative", "iobj"):
                out.append(c)
            if c.dep_ in ("prep", "agent") or c is tr.particle or (c.dep_ == "conj" and c.pos_ == "ADP"):
                if c.lower_ in _TARGET_PREPS or c is tr.particle:
                    # "meet on the second day of the G20 summit": a time or occasion, not a party
                    setting = lexicon().setting_nouns
                    # "reached a truce with tireless Qatari and Egyptian efforts", "with the help of Qatar": the
                    # means (a mediator's effort) is no partner
                    means = lexicon().means_nouns if c.lower_ == "with" else ()
                    out.extend(
                        g
                        for g in c.children
                        if g.dep_ == "pobj" and g.lemma_.lower() not in setting and g.lemma_.lower() not in means
                    )
        if host is tr.particle:
            out.extend(g for g in host.children if g.dep_ == "pobj")
    return out


def _parties_for(art: Article, heads: list[Token]) -> list[Party]:
    out: list[Party] = []
    for h in heads:
        found = art.actors.phrase_parties(h, context=art.context)
        out.extend(found or _flag_party(h) or _flagged(art, h) or _domestic_in(art, h) or _craft_antecedent(art, h))
    return out


def _domestic_in(art: Article, head: Token) -> list[Party]:
    """ "police in Kenya", "rebels in the Ivory Coast", "security forces in Guinea": a domestic body or crowd whose
    phrase names no side is the side of the country (or the place's country) it is "in" (lexicon domestic_in_nouns)."""
    word = head.lower_
    if word == "forces":
        word = " ".join(c.lower_ for c in head.children if c.dep_ == "compound" and c.i == head.i - 1) + " forces"
    sector = lexicon().domestic_in_nouns.get(word)
    if sector is None or any(c.lower_ in ("foreign", "international", "overseas") for c in head.children):
        return []  # "foreign rebels in Congo" are not Congo's
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i > head.i:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                p = _side_at(art, g)
                if p is not None and p.country and p.kind in ("country", None):
                    name = art.doc[head.left_edge.i : head.i + 1].text
                    return [Party(name=name, country=p.country, sector=sector, kind="group", text=name)]
    return []


def _craft_antecedent(art: Article, head: Token) -> list[Party]:
    """ "The American destroyer Milius sailed near the reef. The command said it had warned off the ship": a craft
    named again by a bare definite noun (frames.yaml ``encountered_craft``: "the ship", "the vessel", "the
    destroyer") is the nearest craft of this or the two sentences before whose phrase names its side."""
    craft = lexicon().frames.encountered_craft
    if head.lemma_.lower() not in craft or not _definite(head) or head.tag_ == "NNS":
        return []
    if any(c.dep_ in ("poss", "amod", "compound", "prep", "appos") for c in head.children):
        return []  # "the Chinese ship", "the ship's crew", "the ship in the strait": a phrase of its own
    first = head.sent.start
    for _ in range(2):
        if first > 0:
            first = head.doc[first - 1].sent.start
    for i in range(head.i - 1, first - 1, -1):
        t = head.doc[i]
        if t.lemma_.lower() not in craft or t.i == head.i or t.tag_ == "NNS":
            continue
        if not any(c.dep_ in ("amod", "compound", "poss", "appos") for c in t.children) and not t.ent_type_:
            continue
        found = art.actors.phrase_parties(t, context=art.context) or _flag_party(t) or _flagged(art, t)
        found = [p for p in found if p.country]
        if found:
            return [replace(p, inferred=True) for p in found[:1]]
    return []


def _flagged(art: Article, head: Token) -> list[Party]:
    """ "Iran seized a UK-flagged tanker", "a British-flagged oil tanker": a ship's flag is the state it sails
    for, when its phrase names no side otherwise."""
    for c in head.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in ("flagged", "registered"):
            for t in c.subtree:
                if t is c:
                    continue
                p = _side_at(art, t)
                if p is not None and p.country:
                    return [p]
    return []


def _flag_party(head: Token) -> list[Party]:
    """ "made aggressive maneuvers toward the USS Decatur": a named warship's prefix says whose it is, when its
    phrase names no state (frames.yaml ``ship_prefixes``)."""
    prefixes = lexicon().frames.ship_prefixes
    flag = next(
        (
            prefixes[t.lower_]
            for t in (head, *head.children)
            if t.lower_ in prefixes and (t is head or t.dep_ == "compound")
        ),
        None,
    )
    return [Party(name=flag, country=flag, kind="country", text=flag)] if flag is not None else []


def _act_noun_parties(art: Article, tr: Trigger) -> tuple[list[Party], list[Party]]:
    """An act stated as a noun with its doer (triggers._act_noun_trigger): the "by" phrase is the doer, else the
    possessive; the target the "of" phrase ("Beijing's expulsion of the diplomats"), the owner when a "by" phrase
    names the doer ("his expulsion by Washington"), or an "on"/"against"/"at" phrase."""
    n = tr.head
    agent = by_agent(n)
    by = [agent] if agent is not None else []
    poss = [c for c in n.children if c.dep_ == "poss" and c.i < n.i]
    if tr.obj is not None and tr.obj.dep_ == "poss" and tr.obj.head.i == n.i:
        # "since his arrest in Moscow": the owner is the one held (triggers._act_noun_trigger); the doer is the state
        # of the place of custody (_custody_noun_state)
        return [], _parties_for(art, [tr.obj])
    src = _parties_for(art, by) if by else _parties_for(art, poss)
    tgt = _parties_for(art, [tr.obj]) if tr.obj is not None else []
    if by and poss:
        tgt += _parties_for(art, poss)
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "at"):
            tgt += _parties_for(art, [g for g in c.children if g.dep_ == "pobj"])
    return src, tgt


_HOLDER_TYPES = frozenset({"CONSULT", "MOBILIZE", "COOPERATE"})
_STRUCK_PREPS = frozenset({"on", "in", "into", "against", "at", "near", "across", "inside"})


def _listed(t: Token) -> bool:
    """Whether a noun phrase lists several sides: conjuncts ("the US, Japan and India") or coordinated modifiers
    ("Russian, Ukrainian and Turkish officials"); not one body's name ("the Non-Aligned Countries")."""
    return bool(t.conjuncts) or any(m.conjuncts for m in t.children if m.dep_ in ("amod", "compound", "nmod"))


def _answering_verb(n: Token) -> Token | None:
    """The verb of answering whose "with" phrase the event noun is, or a conjunct in it ("responded with artillery
    fire and airstrikes"; lexicon ``answer_verbs``), else None."""
    head = n
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "with":
        return None
    v = head.head.head
    return v if v.pos_ == "VERB" and v.lemma_.lower() in lexicon().answer_verbs else None


def _noun_parties(art: Article, tr: Trigger) -> tuple[list[Party], list[Party]]:
    n = tr.head
    if tr.frame == "act_noun":
        return _act_noun_parties(art, tr)
    if tr.frame == "outbreak":
        # "clashes broke out between Thailand and Cambodia": the first side named and the other (session 23)
        sides: list[Party] = []
        for h in outbreak_sides(n):
            mods = [m for m in h.children if m.dep_ in ("amod", "compound", "nmod", "poss") and m.i < h.i]
            for p in [
                *_parties_for(art, [h]),
                *(q for m in mods for q in art.actors.phrase_parties(m, context=art.context)),
            ]:
                if p.country and p.country not in {q.country for q in sides}:
                    sides.append(p)
        return (sides[:1], sides[1:2]) if len(sides) >= 2 else ([], [])
    src: list[Party] = []
    tgt: list[Party] = []
    span = span_holder(n)
    owners = [c for c in span.children if c.dep_ == "poss" and c.i < span.i] if span is not n else []
    for c in [*owners, *n.children]:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < c.head.i:
            ps = art.actors.phrase_parties(c, context=art.context)
            joined = _dash_joined(art, c)
            if joined and len(ps) == 1 and joined.country != ps[0].country:
                ps = [joined, *ps]  # "the Russia-Ukraine negotiations": the two names joined by a dash are the sides
            if len(ps) >= 2:
                src.append(ps[0])
                tgt.extend(ps[1:])
            else:
                src.extend(ps)
        elif c.dep_ == "dobj" and c.i > n.i:
            # "agreed to sanction 27 Russians": a verb the parser read as a noun keeps its object
            tgt.extend(_parties_for(art, [c]))
        elif c.dep_ == "prep":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if not pobj:
                continue
            ps = _parties_for(art, pobj)
            if c.lower_ == "between":
                src.extend(ps[:1])
                tgt.extend(ps[1:])
            elif c.lower_ in ("by", "from"):
                src.extend(ps)
            elif c.lower_ in ("with", "to", "on", "against", "toward", "towards"):
                tgt.extend(ps)
            elif c.lower_ == "of" and tr.type in lexicon().of_target_types and src:
                tgt.extend(ps)  # "the Russian invasion of Ukraine": the attacker named before, the attacked after
            elif c.lower_ == "of" and tr.type in _HOLDER_TYPES and not src and len(ps) >= 2 and _listed(pobj[0]):
                # "the joint naval exercises of the US, Japan and the Philippines", "a meeting of Russian and Ukrainian
                # officials": the sides that hold it (session 24; one side alone may be the place or the topic)
                src.append(ps[0])
                tgt.extend(ps[1:])
        elif c.dep_ == "acl" and c.i > n.i and c.tag_ == "VBG":
            # "war games encircling Taiwan", "strikes targeting Houthi sites": whom the participle's object names
            tgt.extend(_parties_for(art, [o for o in c.children if o.dep_ in ("dobj", "obj")]))
    if not tgt and n.i > 0 and n.doc[n.i - 1].lower_ == "to" and n.dep_ in ("pobj", "xcomp"):
        # "agreed to sanction 14 Syrians": the parser read the verb as a noun and hung its object on the
        # governing verb
        gov = n.head.head if n.dep_ == "pobj" else n.head
        tgt.extend(_parties_for(art, [c for c in gov.children if c.dep_ == "dobj" and c.i > n.i]))
    listed = included_in(n)
    if not src and listed is not None:
        # "Rabuka will undertake a series of engagements, including meetings with Hipkins": the list's doer
        gov, k = listed, 0
        while gov.dep_ in ("dobj", "pobj", "prep") and gov.head is not gov and k < 4:
            gov, k = gov.head, k + 1
        if gov.pos_ in ("VERB", "AUX"):
            src = _parties_for(art, _subject_tokens(gov)[0])
    answered = _answering_verb(n)
    if not src and answered is not None:
        # "Israel responded with airstrikes on Gaza": the answer is the act of the one who answers (session 24)
        subj, passive = _subject_tokens(answered)
        src = _parties_for(art, subj) if not passive else []
    if not src and n.dep_ in ("pobj", "dobj"):
        # "Qin agreed to a visit to Washington", "accepted an invitation": the planner is the party
        gov = n.head.head if n.dep_ == "pobj" else n.head
        lex = lexicon()
        if gov.pos_ == "VERB" and (cue_lemma(gov) in lex.planned or negating_verb(gov)):
            subj, _ = _subject_tokens(gov)
            src = _parties_for(art, subj)
        elif n.dep_ == "pobj" and n.head.lower_ == "on" and gov.lemma_.lower() == "be" and tr.type in _VISIT_TYPES:
            # "Prachanda will be on an official visit to India": the subject of "be on" is the visitor
            src = _parties_for(art, _subject_tokens(gov)[0])
        elif tr.mode == "visit" and (jv := _journey_verb(n)) is not None and jv.i == gov.i:
            # "left Delhi for a visit to Japan", "used a state visit to Washington to urge": the subject's own visit
            subj, passive = _subject_tokens(gov)
            src = _parties_for(art, subj) if not passive else []
            dest = _destination(art, n) if src and not tgt else None
            tgt = [dest] if dest is not None else tgt  # "a working visit to Canada", "a state visit to Ottawa"
            if any(g.conjuncts for c in n.children if c.dep_ == "prep" for g in c.children):
                # "left Beijing for state visits to Spain, Argentina and Panama": each listed place's state is the
                # host (the place list of ``_code_trigger``), not the first one named nor a summit listed with them
                tgt = [replace(p, inferred=True) for p in tgt]
    if not src and tgt:
        prep_verb = preparing_verb(n)
        if prep_verb is not None:
            # "the bloc is drawing up a list of sanctions", "EU readying sanctions against Iran" (a headline's verb
            # hangs on its doer): who prepares the measure takes it, when the noun's own phrase names its target
            subj = _subject_tokens(prep_verb)[0] or ([prep_verb.head] if prep_verb.dep_ == "acl" else [])
            src = _parties_for(art, subj)
    if not src and tgt and tr.type == "CONSULT":
        src = _setting_speaker(art, n)
    if not src and not tgt and tr.type == "CONSULT":
        src, tgt = _scene_pair(art, n)
    if (
        not src
        and not tgt
        and tr.type == "AGREE"
        and n.dep_ == "nsubjpass"
        and n.head.tag_ == "VBN"
        and n.head.lemma_.lower() in lexicon().sideless_agree_verbs
        and not any(c.dep_ == "agent" for c in n.head.children)
    ):
        # "two agreements on trade between A and B were signed", "a treaty on X between A and B was concluded":
        # the accord's own "between" phrase names who signed it, when the accord noun is the trigger (session 25)
        ps = [
            p
            for c in _accord_between(n.head, [n])
            for p in _parties_for(art, [g for g in c.children if g.dep_ == "pobj"])
            if p.country
        ]
        if len({p.country for p in ps}) >= 2:
            src, tgt = ps[:1], [p for p in ps[1:] if p.country != ps[0].country][:1]
    return src, tgt


def _journey_verb(n: Token) -> Token | None:
    """The verb a visit noun is the journey of (session 26): a departure "for"/"on" it ("left China on Saturday for a
    visit to the UAE", "set off on a tour of the Gulf") or a verb that carries it as its object ("used a state visit to
    Washington to urge", "began a three-day visit to Hanoi"); lexicon ``journey_departure_verbs``/``_carrier_verbs``."""
    lex = lexicon()
    if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.lower_ in lex.journey_departure_preps:
        gov = n.head.head
        if gov.pos_ == "VERB" and gov.lemma_.lower() in lex.journey_departure_verbs:
            return gov
    if n.dep_ == "dobj" and n.head.pos_ == "VERB" and n.head.lemma_.lower() in lex.journey_carrier_verbs:
        return n.head
    return None


def _scene_verb(n: Token) -> Token | None:
    """The verb whose act a meeting noun is the scene of ("told Trump in a telephone conversation": told), climbing
    through the phrases it hangs on ("agreed to a joint statement of commitment to a treaty ... at a meeting")."""
    if n.dep_ != "pobj" or n.head.lower_ not in lexicon().scene_meeting_preps or n.head.dep_ != "prep":
        return None
    gov, k = n.head.head, 0
    while gov.pos_ not in ("VERB", "AUX") and gov.dep_ in ("pobj", "dobj", "prep") and gov.head.i != gov.i and k < 6:
        gov, k = gov.head, k + 1
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _scene_pair(art: Article, n: Token) -> tuple[list[Party], list[Party]]:
    """The two sides of a meeting noun that names none, told as the scene of an act between them: "Xi told Trump in
    a telephone conversation on Monday" (the teller and the one told, lexicon ``scene_listener_verbs``), "Albanese
    and Marape agreed to a joint statement at a meeting in Port Moresby" (two sides in the subject of an agreeing or
    meeting verb, ``scene_pair_verbs``), "signed a deal with X during talks in Y" (the verb's with-side). Only a
    plain noun ("at", "during" or "in" it, lexicon ``scene_meeting_preps``): an owner, a compound other than the
    mode's ("a NATO meeting", "the cabinet meeting"), or an of/between/with phrase names whose meeting it was."""
    lex = lexicon()
    gov = _scene_verb(n)
    if gov is None:
        return [], []
    for c in n.children:
        if c.dep_ in ("poss", "nmod") or (c.dep_ == "compound" and c.lemma_.lower() not in lex.scene_mode_words):
            return [], []
        if c.dep_ == "prep" and c.lower_ in ("of", "between", "with", "among", "on"):
            if c.lower_ == "on" and all(g.ent_type_ in ("DATE", "TIME") for g in c.children if g.dep_ == "pobj"):
                continue  # "in a telephone conversation on Monday": its day, not its topic
            return [], []
        if c.dep_ == "amod" and art.actors.in_phrase(c) is not None:
            return [], []  # "a European meeting", "the Arab summit"
    subj = [p for p in _parties_for(art, _subject_tokens(gov)[0]) if p.country]
    if not subj:
        return [], []
    lemma = gov.lemma_.lower()
    heard: list[Token] = []
    if lemma in lex.scene_listener_verbs:
        heard = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
    heard += [
        g for c in gov.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    own = {p.country for p in subj}
    other = [p for p in _parties_for(art, heard) if p.country and p.country not in own]
    if other:
        return subj, other
    if len(own) >= 2 and (lemma in lex.scene_pair_verbs or lex.verbs.get(lemma, ("",))[0] == "CONSULT"):
        first = subj[0]
        return [first], [p for p in subj if p.country != first.country]
    return [], []


def _dash_joined(art: Article, c: Token) -> Party | None:
    """The state named before ``c`` and joined to it by a dash, both modifying one noun ("Russia-Ukraine talks")."""
    for g in c.children:
        if (
            g.i < c.i
            and g.dep_ in ("compound", "nmod", "amod")
            and all(t.text in ("-", "\u2013", "\u2014") for t in c.doc[g.i + 1 : c.i])
        ):
            if g.i + 1 == c.i:
                continue  # no dash between them
            p = art.actors.in_phrase(g)
            if p is not None and p.country:
                return p
    return None


def _setting_speaker(art: Article, n: Token) -> list[Party]:
    """A meeting stated only as the setting of a statement or act: "said at the start of a meeting with
    Wang Yi", "told reporters after talks with Ruto", "speaking at a news conference with X, Y said":
    the one who speaks or acts there (the subject of the verb the phrase hangs on) is the meeting's source."""
    gov = _setting_verb(n)
    if gov is None:
        return []
    if (
        gov.dep_ == "advcl"
        and gov.tag_ == "VBG"
        and not any(c.dep_ == "nsubj" for c in gov.children)
        and gov.head.dep_ == "ccomp"
        and gov.head.head.pos_ in ("VERB", "AUX")
    ):
        # "Putin said much of the plan could serve as a basis, speaking after talks with Xi": a participle of speaking
        # hung on a reported clause is the reporter's; that clause's subject is what is said, not who speaks
        return _parties_for(art, _subject_tokens(gov.head.head)[0])
    src = _parties_for(art, _subject_tokens(gov)[0])
    if not src and gov.dep_ == "ccomp" and gov.head.pos_ in ("VERB", "AUX"):
        # "Blinken said there was no substitute for diplomacy at the start of a meeting with Wang": the
        # parser hangs the setting on the reported clause; the speaker is the one at the meeting
        src = _parties_for(art, _subject_tokens(gov.head)[0])
    return src


def _setting_verb(n: Token) -> Token | None:
    """The verb a meeting noun is the setting of ("told reporters after talks with Ruto": told), else None."""
    lex = lexicon()
    cur = n
    # "at the start of a meeting", "on the sidelines of talks": climb through a frame noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in lex.setting_frames:
        cur = cur.head.head
    if cur.dep_ != "pobj":
        return None
    prep = cur.head
    words = prep.lower_
    if prep.i > 0 and prep.lower_ == "of" and prep.doc[prep.i - 1].lower_ == "ahead":
        words = "ahead of"
        prep = prep.doc[prep.i - 1] if prep.head.i == prep.i - 1 else prep
    if words not in lex.setting_preps or prep.dep_ != "prep":
        return None
    gov = prep.head
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _frame_parties(
    art: Article, si: int, tr: Trigger, subj: list[Token], sources: list[Party], targets: list[Party]
) -> tuple[list[Party], list[Party]]:
    """Parties of a frames.yaml reading (triggers._frame_trigger), where the plain slots miss them."""
    v = tr.head
    if tr.frame == "court_ruling":
        state = _court_state(art, v)
        return ([state] if state is not None else []), []
    if tr.frame == "delivery" and not sources:
        # "its humanitarian aid flight landed in Herat": the owner of the vehicle; else the article's sender
        poss = [c for s in subj for c in s.subtree if c.dep_ == "poss"]
        for c in poss:
            own = art.actors.in_phrase(c)
            sources += [own] if own is not None else art.context(c)
        sources = [p for p in sources if p.country]
        if not sources:
            # "a ship carrying 2,400 tons of aid from Türkiye reached Sudan", "a shipment of aid from the UAE docked in
            # Port Sudan": the side the aid comes from (an actor, not a port of departure)
            sources = [
                p
                for s in subj
                for c in s.subtree
                if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children
                if g.dep_ == "pobj"
                for p in [art.actors.in_phrase(g)]
                if p is not None and p.country
            ][:1]
        if not sources:
            donor = _donor(art, v)
            sources = [donor] if donor is not None else []
    if tr.frame == "delivery" and not targets:
        # "aid trucks entered Gaza", "crossed into Gaza", "reached Kabul": the country of the place reached
        for c in v.children:
            pl = art.places.at(c) if c.dep_ in ("dobj", "obj") else None
            if pl is not None and getattr(pl, "country", None):
                targets = [Party(name=pl.country, country=pl.country, kind="country", text=pl.text)]
            elif c.dep_ == "prep" and c.lower_ in ("in", "at", "into", "to"):
                targets = _prep_parties(art, c)
            if targets:
                break
    elif tr.frame == "expulsion" and not targets:
        # "after declaring him persona non grata": the parser makes the envoy the complement's subject
        heads = [g for c in v.children if c.dep_ in ("ccomp", "oprd", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        targets = _parties_for(art, heads)
    elif tr.frame == "feeling" and any(p.inferred for p in sources):
        # "We feel deeply regretful, the spokesperson said": "we" is the speaker's side, nobody else's
        speaker = attribution_of(v, art.actors)
        sources = [speaker] if speaker is not None and speaker.country else []
    elif tr.frame in ("verdict", "allegation"):
        # the speaker judges or accuses: "the ministry said Washington's demand was a provocation", "an official
        # said China had been spying"
        sources = [p for p in _parties_for(art, _verdict_speaker(v)) if p.country]
        # a view shared is each holder's ("they shared the view that ..."); a report has one speaker
        sources = sources if held_view(v) is not None else sources[:1]
        claim = claim_of_verdict(v) if tr.frame == "verdict" and tr.type == "REJECT" else None
        if tr.frame == "allegation":
            if not sources and not held_view(v):
                # "Lu said the ship violated China's sovereignty": a speaker with no side of his own states the
                # wronged side's claim
                sources = _wronged_side(art, v)
            # the side the reported clause's subject names, nobody else in it
            targets = [p for p in _verdict_sides(art, subj) if not sources or p.country != sources[0].country]
            if not targets:
                # "... said the ship violated China's sovereignty": the craft named just before
                targets = [
                    p
                    for t in subj
                    for w in t.subtree
                    for p in _craft_antecedent(art, w)
                    if not sources or p.country != sources[0].country
                ][:1]
        elif claim is not None:
            # "said the statements on missile transfers to Russia were false": the claim's author, not its topic
            targets = _claim_authors(art, claim)
        else:
            # the judged side is named in the copula's subject, else in its complement ("a response to
            # American unilateralism")
            comps = [c for c in v.children if c.dep_ in ("attr", "acomp", "dobj")]
            targets = _verdict_sides(art, subj) or _verdict_sides(art, comps)
    elif tr.frame == "coverage":
        # "restated that Washington's defense treaty with Manila covers attacks on Philippine forces": the speaker backs
        # the side the covered phrase names, else the treaty's other party
        said, participle = v.head, False
        for _ in range(3):
            # "condemned ..., and restated that ...", "said ..., reiterating that ...": the speaker of the first verb
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children) or said.dep_ not in ("conj", "advcl"):
                break
            participle = participle or said.dep_ == "advcl"
            said = said.head
        if participle and said.dep_ == "ccomp" and said.head.lemma_.lower() in lexicon().reporting_verbs:
            # "said China was acting aggressively, reiterating that ...": the parser hangs the speaker's participle
            # on the reported verb; the speaker is who said it
            said = said.head
        sources = [p for p in _parties_for(art, [c for c in said.children if c.dep_ == "nsubj"][:1]) if p.country][:1]
        backer = sources[0].country if sources else None
        treaty = coverage_treaty(v)
        # "assured Manila that the pact covers its dispute with China": the side assured is the side backed
        heard = [c for c in v.head.children if c.dep_ in ("dobj", "dative") and c.i < v.i]
        covered = [c for c in v.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        covered += [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "over") for g in c.children]
        # the side a covered dispute or attack is with, by or against is the adversary, not the side covered
        adverse = {
            w.i
            for t in covered
            for c in t.subtree
            if c.dep_ == "prep" and c.lower_ in ("with", "by", "against", "from")
            for w in c.subtree
        }
        found = [p for p in _parties_for(art, heard) if p.country and p.country != backer]
        found += [
            p
            for t in covered
            for p in art.actors.all_in([w for w in t.subtree if w.i not in adverse])
            if p.country and p.country != backer
        ]
        if not found:
            found = [
                Party(name=pl.country, country=pl.country, kind="country", text=pl.text)
                for t in covered
                for w in t.subtree
                if w.i not in adverse
                for pl in [art.places.at(w)]
                if pl is not None and getattr(pl, "country", None) and pl.country != backer
            ]
        if not found and treaty is not None:
            found = [p for p in art.actors.all_in(list(treaty.subtree)) if p.country and p.country != backer]
        targets = found[:1]
        if not sources:
            targets = []
    elif tr.frame == "cause":
        # "the ministry said the clash was caused by the Indian side": the speaker accuses the side the cause names
        # (or the agent of a participle on it: "a missile fired by Ukraine"), never its own
        sources = [p for p in _parties_for(art, _verdict_speaker(v)) if p.country][:1]
        causes = blamed_causes(v)
        causes += [
            g
            for h in causes
            for a in h.children
            if a.dep_ == "acl"
            for c in a.children
            if c.dep_ == "agent"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        targets = [p for p in _verdict_sides(art, causes) if not sources or p.country != sources[0].country][:1]
    elif tr.frame == "merit":
        # "Erdogan declared that Ukraine deserved to be a member of NATO": the speaker backs the subject's side
        sources = [p for p in _parties_for(art, _verdict_speaker(v)) if p.country][:1]
        targets = [p for p in _verdict_sides(art, subj) if not sources or p.country != sources[0].country][:1]
    elif tr.frame == "consequence":
        # "China said the United States would face serious consequences": the speaker threatens the subject's side;
        # "anyone who attacked French nationals would face a response" names nobody: the speaker's counterpart
        sources = [p for p in _parties_for(art, _verdict_speaker(v)) if p.country][:1]
        if v.dep_ == "ccomp" and any(c.dep_ == "nsubjpass" for c in v.head.children):
            sources = []  # "the American side was told that ...": the passive subject heard it, it did not say it
        owner = _consequence_owner(art, v)
        if owner is not None:
            sources = [owner]  # "it will be met with China's resolute response": the side that will respond
        subj = subj or [c for c in v.children if c.dep_ == "nsubjpass"]  # "any provocation would be met with ..."
        targets = [p for p in _verdict_sides(art, subj) if not sources or p.country != sources[0].country][:1]
        indefinite = lexicon().indefinite_pronouns
        if not targets and sources and v.lemma_.lower() in lexicon().frames.consequence_act_verbs:
            # "told the United States that any hostile actions would provoke a response": the addressee
            said = v.head
            heard = [c for c in said.children if c.dep_ in ("dobj", "dative") and c.i < v.i]
            targets = [p for p in _parties_for(art, heard) if p.country and p.country != sources[0].country][:1]
        if (
            not targets
            and sources
            and any(
                s.lower_ in indefinite
                or any(d.lower_ == "any" for d in s.children)
                or (s.lower_ in ("it", "this", "that") and v.lemma_.lower() in lexicon().frames.consequence_act_verbs)
                for s in subj
            )
        ):
            # "any provocation would be met with a response", "it (what the other side does) will be met with ..."
            other = art.counterpart(sources[0].country)
            targets = [replace(other, inferred=True)] if other is not None else []
    elif tr.frame == "shadow":
        # "to follow and monitor a US destroyer": the warship's state (the coordinated verb's object)
        obj = verb_object(v) or next(
            (o for cj in v.conjuncts if cj.i > v.i for o in [verb_object(cj)] if o is not None), None
        )
        targets = _parties_for(art, [obj]) if obj is not None else []
    elif tr.frame == "interception" and tr.obj is not None:
        # "Saudi air defences intercepted a missile fired from Yemen": the interceptor's state is attacked by the
        # side the projectile came from
        src_countries = {p.country for p in sources if p.country}
        targets = [p for p in sources if p.country]
        sources = [p for p in _firers(art, tr.obj) if p.country not in src_countries][:1]
    elif tr.frame == "phone":
        # "expressed disappointment by phone to his counterpart, Zarif", "told Zarif by phone": the side spoken to,
        # in the verb's object or dative, or in a to/with phrase of the verb or its object; nobody named, no call
        src = {p.country for p in sources}
        heads = [c for c in v.children if c.dep_ in ("dative", "dobj")] + [
            g
            for h in (v, *(c for c in v.children if c.dep_ == "dobj"))
            for c in h.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        found = [p for h in heads if (p := art.actors.in_phrase(h)) is not None and p.country]
        targets = [p for p in found if p.country not in src] or [p for p in targets if p.country not in src]
    elif tr.frame == "deadline":
        # "gave the military 15 days to return to barracks": the side given the time limit, nobody else in the
        # sentence ("..., and France and the European Union have halted budget support")
        heads = [
            c
            for c in v.children
            if c.dep_ in ("dative", "dobj") and c.lemma_.lower() not in lexicon().frames.deadline_units
        ]
        targets = [p for p in _parties_for(art, heads) if p.country]
    if tr.frame == "transit" and not sources:
        # "the USS McCampbell sailed ...": a named warship's prefix says whose it is
        prefixes = lexicon().frames.ship_prefixes
        flag = next((prefixes[t.lower_] for s in subj for t in s.subtree if t.lower_ in prefixes), None)
        if flag is not None:
            sources = [Party(name=flag, country=flag, kind="country", text=flag)]
    if tr.frame == "transit" and sources:
        # the relative clause's noun is the warship itself, not a target
        targets = [p for p in targets if p.country != sources[0].country]
    if tr.frame == "transit" and not targets and sources:
        # "sailed through waters southeast of Taiwan": the country of a place in the verb's phrase; "a US
        # destroyer transited through the Taiwan Strait": international waters name no host, the side the
        # sentence has the warship's state facing is the target
        src_country = sources[0].country
        for c in v.children:  # "through waters southeast of Taiwan": the parser hangs "of Taiwan" off the adverb
            if not ((c.dep_ == "prep" and c.lower_ in _WATERS_PREPS) or c.dep_ == "advmod"):
                continue
            for t in c.subtree:
                p = _side_at(art, t)
                if p is not None and p.country and p.country != src_country:
                    targets = [p]
                    break
            if targets:
                break
        if not targets:  # the side the same sentence has the warship's state facing ("tracked a US destroyer that ...")
            targets = [
                p
                for e in art.events
                if e.sentence == si and e.source and e.target and e.status == "occurred"
                for p in (e.source, e.target)
                if p.country and p.country != src_country
            ][:1]
        if not targets:
            # "Chinese military aircraft crossed the median line, Taiwan's defence ministry said": the side that
            # reports another's warship or aircraft passing is the side it faces
            speaker = attribution_of(v, art.actors)
            if speaker is not None and speaker.country and speaker.country != src_country:
                targets = [speaker]
        if not targets:
            # "The USS Lassen sailed within 12 nautical miles of Subi Reef": the article's other main side; the
            # side the warship's own state is told with most, when the article's main pair is two others (a US
            # transit in a report of China's drills around Taiwan faces China, session 26)
            targets = (
                _main_partner(art, src_country, v)
                or [p for p in art.main_dyad(v) if p.country and p.country != src_country][:1]
            )
    return sources, targets


def _main_partner(art: Article, country: str | None, v: Token) -> list[Party]:
    """The side that the article's events so far (the news's, not recounted history) pair most often with
    ``country``, when its main pair is two other states; else nothing (the main pair decides)."""
    main = {p.country for p in art.main_dyad(v) if p.country}
    if not country or not main or country in main:
        return []
    counts: dict[str, int] = {}
    latest: dict[str, Party] = {}
    for ev in art.events:
        if ev.background or ev.implied or ev.status != "occurred" or not (ev.source and ev.target):
            continue
        pair = (ev.source, ev.target) if ev.source.country == country else (ev.target, ev.source)
        if pair[0].country != country or not pair[1].country or pair[1].country == country:
            continue
        counts[pair[1].country] = counts.get(pair[1].country, 0) + 1
        latest[pair[1].country] = pair[1]
    if not counts:
        return []
    return [latest[max(counts, key=lambda k: counts[k])]]


def _shared_object_sides(art: Article, tr: Trigger) -> list[Party]:
    """The sides of a thing two states share (lexicon ``mutual_nouns``: a border, ties) that an act noun's object
    names in a "between" or "with" phrase: "the reopening of the border between the two countries", "its border with
    Colombia"; two sides for "between", one for "with"."""
    obj = tr.obj
    if obj is None or obj.i == tr.head.i or obj.lemma_.lower() not in lexicon().mutual_nouns:
        return []
    out: list[Party] = []
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "with"):
            found = _parties_for(art, [g for g in c.children if g.dep_ == "pobj"])
            out += [p for p in found if p.country and p.country not in {q.country for q in out}]
            if c.lower_ == "between" and len(out) < 2:
                return []
    return out


def _unowned_craft(tr: Trigger) -> bool:
    """Whether the object an encounter verb consumed is a craft (frames.yaml ``encountered_craft``)."""
    if tr.nominal:
        return False
    craft = lexicon().frames.encountered_craft
    # "fired water cannon at a boat": the particle's object
    met = [g for g in (tr.particle.children if tr.particle is not None else ()) if g.dep_ == "pobj"]
    if tr.obj is not None:
        # "made a series of maneuvers toward the destroyer Decatur": the craft is the manoeuvre's "toward" phrase
        met += [tr.obj, *(g for p in tr.obj.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
    return any(
        g.lemma_.lower() in craft or any(c.dep_ == "compound" and c.lemma_.lower() in craft for c in g.children)
        for g in met
    )


def _reaction_act(tr: Trigger) -> bool:
    """An act of force a reaction may name as an event of its own (lexicon ``reaction_act_types``): "protest
    airstrikes", "protested against a US ship patrol"; coercion and shows of force only in the singular."""
    lex = lexicon()
    if tr.type not in lex.reaction_act_types:
        return False
    return tr.type not in lex.reaction_single_types or tr.head.tag_ != "NNS"


def _facing_side(art: Article, si: int, sent: Span, v: Token, own: set[str]) -> list[Party]:
    """The side a show of force with no target is aimed at: another side the sentence names, else the article's
    other main side (frames.yaml ``patrol_nouns``)."""
    if not own:
        return []
    near = [p for p in _sentence_parties(art, si, sent, v) if p.country and p.country not in own and p.kind != "igo"]
    if near:
        return near[:1]
    return [p for p in art.main_dyad(v) if p.country and p.country not in own][:1]


def _protest_sides(
    art: Article, tr: Trigger, sources: list[Party], targets: list[Party]
) -> tuple[list[Party], list[Party]]:
    """Who protests and at whom (frames.yaml ``protest``): a foreign mission the protest is held at stands for
    its state ("rallied outside the French embassy"); a crowd that no state names is of the country where it
    protests ("students staged rallies in the Gaza Strip"), else of the dateline's (a verb's subject, not a noun's:
    "in protest at the visit" names no crowd)."""
    fr = lexicon().frames
    v = tr.head
    for host in (v, *(c for c in v.children if c.dep_ in ("dobj", "obj"))):
        attacked = _mission_of(host) if host is not v else None
        if attacked is not None:
            # "protesters stormed the U.S. embassy": the mission attacked is the one protested at
            own = _mission_state(art, attacked)
            if own:
                targets = [own[0], *targets]
                break
        mission = next(
            (
                p
                for c in host.children
                if c.dep_ == "prep" and c.lower_ in fr.protest_preps
                for t in c.subtree
                if t.lemma_.lower() in fr.protest_missions
                for p in _mission_state(art, t)
            ),
            None,
        )
        if mission is not None:
            targets = [mission, *targets]
            break
    if sources or tr.nominal:
        return sources, targets  # "shut the channels in protest at the visit": the motive of another act
    place = art.places.attached(v)
    if place is None:
        # "marched in European cities including London, Berlin and Paris": the first place the list names
        place = next(
            (
                art.places.by_token[t.i]
                for t in v.sent
                if t.i in art.places.by_token and _governed_place(t, {v.i}, tr) and _examples_of_places(t.head)
            ),
            None,
        )
    country, text = getattr(place, "country", None), getattr(place, "text", None)
    if country is None and art.dateline_places:
        country, text = art.dateline_places[0].country, getattr(art.dateline_places[0], "text", None)
    if country is None:
        return sources, targets
    return [Party(name=country, country=country, kind="country", text=text)], targets


def _crowd_at_mission(v: Token) -> bool:
    """A crowd that attacks or storms a foreign mission (frames ``protest.mission_attack_verbs``): "protesters attacked
    Saudi diplomatic missions in Iran", "demonstrators stormed the embassy"."""
    fr = lexicon().frames
    if v.lemma_.lower() not in fr.mission_attack_verbs:
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    obj = verb_object(v)
    head = subj
    if head is not None and (head.lemma_.lower() in fr.crowd_quantity_heads or head.pos_ == "NUM"):
        # "hundreds of supporters of the cleric stormed ...": the counted noun
        head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children), head)
    crowd = _crowd(subj, fr) or (head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in fr.mission_crowds)
    return crowd and obj is not None and _mission_of(obj) is not None


def _mission_of(obj: Token) -> Token | None:
    """The mission an object names: itself ("stormed the embassy"), or its "of" phrase ("the outer compound of the
    U.S. embassy", "the gates of the consulate")."""
    if _mission_word(obj):
        return obj
    return next(
        (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if _mission_word(g)),
        None,
    )


def _mission_word(tok: Token) -> bool:
    """ "embassy", "consulate", "the high commission": a diplomatic mission's own noun."""
    missions = lexicon().frames.protest_missions
    if tok.lemma_.lower() not in missions and tok.lower_ not in missions:
        return False
    return tok.lemma_.lower() != "commission" or any(c.lower_ == "high" for c in tok.children)


def _crowd_subject(v: Token) -> bool:
    """A verb done by people in numbers: a plural or counted subject ("students protested", "hundreds of students
    protesting"), not a document ("a memorandum protesting the attack")."""
    subj = [c for c in v.children if c.dep_ == "nsubj"] or ([v.head] if v.dep_ == "acl" else [])
    return any(s.tag_ == "NNS" or s.pos_ == "NUM" for s in subj)


def _mission_state(art: Article, mission: Token) -> list[Party]:
    """The state a diplomatic mission stands for: its actor, else the country adjective or name that qualifies it
    ("the French embassy", "the U.S. consulate")."""
    found = [p for p in _parties_for(art, [mission]) if p.country]
    found += [
        p
        for c in mission.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < mission.i
        for p in [art.actors.at(c)]
        if p is not None and p.country
    ]
    return found[:1]


def _consequence_owner(art: Article, v: Token) -> Party | None:
    """The side a consequence is owned by ("will be met with China's resolute response", "would face Russia's
    retaliation"): the one who will respond, whoever reports it (session 23)."""
    nouns = lexicon().frames.consequence_nouns
    heads = [c for c in v.children if c.dep_ == "dobj"]
    heads += [g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    owners = [
        o for h in heads if h.lemma_.lower() in nouns or h.lower_ in nouns for o in h.children if o.dep_ == "poss"
    ]
    found = [p for p in _parties_for(art, owners) if p.country]
    return found[0] if found else None


def _verdict_speaker(v: Token) -> list[Token]:
    """Who passes a verdict: the reporting verb's subject, or the "according to" phrase's object."""
    v = hedged_report(v) or v  # "May said it was highly likely that Russia was responsible": May
    if (holder := held_view(v)) is not None:  # "they shared the view that ... poses a threat": they
        return [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    if v.dep_ == "ccomp":
        own = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
        if own or v.head.dep_ != "pcomp":
            return own
        return _subject_tokens(v.head)[0][:1]  # "cited the ministry as telling Washington that ..."
    if (aside := reporting_aside(v)) is not None:  # "the decision, he said, constituted ..."
        return [c for c in aside.children if c.dep_ == "nsubj"][:1]
    return [
        g for c in v.children if c.lower_ == "according" for p in c.children for g in p.children if g.dep_ == "pobj"
    ]


# the official voices a state speaks by, when named by a bare title ("the spokesman said ...")
_STATE_VOICES = frozenset(
    {
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "ministry",
        "official",
        "statement",
        "command",
        "government",
        "minister",
        "diplomat",
        "envoy",
        "ambassador",
        "military",
        "army",
        "navy",
        "embassy",
    }
)


def _wronged_side(art: Article, v: Token) -> list[Party]:
    """The side whose own sovereignty, territory or affairs a reported breach wrongs (frames.yaml ``breach_verbs``,
    ``verdict.victim_nouns``), as the accuser when the speaker names no side: "Lu said the ship violated China's
    sovereignty", "said the passage seriously violated Chinese sovereignty", "infringed on the sovereignty of China".
    Not for a speaker who is a plural common noun ("analysts said ...": no state's voice)."""
    fr = lexicon().frames
    if v.lemma_.lower() not in fr.breach_verbs:
        return []
    speaker = _verdict_speaker(v)
    if not speaker:
        return []
    who = speaker[0]
    if not (
        who.pos_ == "PRON"
        or (who.pos_ == "PROPN" and who.ent_type_ in ("PERSON", ""))
        or (who.pos_ == "NOUN" and who.tag_ != "NNS" and who.lemma_.lower() in _STATE_VOICES)
    ):
        return []  # "analysts said ...", "Amnesty said ...": no state's voice
    wronged = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    wronged += [g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    wronged += [cj for w in wronged for cj in w.conjuncts]
    owners: list[Token] = []
    for w in wronged:
        if w.lemma_.lower() not in fr.victim_nouns:
            continue
        owners += [c for c in w.children if c.dep_ in ("poss", "amod", "compound")]
        owners += [
            g for c in w.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
    found = [p for t in owners for p in [art.actors.at(t)] if p is not None and p.country]
    return [replace(found[0], inferred=True)] if found else []


def _claim_authors(art: Article, claim: Token) -> list[Party]:
    """Who made a claim: its owner ("the American accusations", "Washington's claims") or the side after "by"/
    "from"/"of" ("claims by Washington"); a side the claim is about ("statements on transfers to Russia") is not."""
    preps = lexicon().frames.author_preps
    heads = [c for c in claim.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    heads += [
        g for c in claim.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
    ]
    return [p for p in _parties_for(art, heads) if p.country]


def _verdict_sides(art: Article, heads: list[Token]) -> list[Party]:
    """The sides a verdict's subject or complement names, in its own words (no clause, no pronoun), leaving
    out a side named as the owner of what was wronged ("a violation of Ukraine's sovereignty")."""
    victims = lexicon().frames.victim_nouns
    out: list[Party] = []
    # in the order of the words: "the U.S. arms sales to Taiwan violate ...", "Russia's invasion of Ukraine": the
    # doer the act noun is named with comes before the side it is done to
    stack = [h for h in reversed(heads) if h.pos_ != "PRON"]
    while stack:
        t = stack.pop()
        p = art.actors.at(t)
        if (
            p is not None
            and p.country
            and not (t.dep_ in ("poss", "amod", "compound") and t.head.lemma_.lower() in victims)
        ):
            out.append(p)
            continue
        stack.extend(reversed([c for c in t.children if c.dep_ not in _VERDICT_CLAUSE_DEPS]))
    return out


def _agent(v: Token) -> bool:
    return any(c.dep_ == "agent" for c in v.children)


def _accord_between(v: Token, passive: list[Token]) -> list[Token]:
    """The "between" phrases of the accord a passive agreeing verb tells of: its passive subject ("a deal between
    Israel and Hamas ... was signed"), or the noun its participle describes ("the agreement between A and B, signed
    on Monday"), also of a noun inside the accord's name ("a protocol on rail links between A and B was signed").
    Only through the noun phrase (prepositions, compounds), never into a clause of its own ("a deal on people
    fleeing the fighting between A and B")."""
    nouns = [t for t in passive if t.pos_ in ("NOUN", "PROPN")]
    if not nouns and v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
        nouns = [v.head]
    out: list[Token] = []
    todo, n = list(nouns), 0
    while todo and n < 12:
        t, n = todo.pop(), n + 1
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("on", "of", "for"):
                todo += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                todo.append(c)
    return out


def _donor(art: Article, v: Token) -> Party | None:
    """The sender of an aid delivery the sentence does not name ("a cargo plane carrying relief goods arrived
    in Turkey"): the article's most named country other than the one where it arrives, when named twice."""
    place = art.places.attached(v, motion=True)
    dest = getattr(place, "country", None)
    counts: dict[str, int] = {}
    first: dict[str, Party] = {}
    for _, p in art.actors.ordered:
        if p.country and p.country != dest:
            counts[p.country] = counts.get(p.country, 0) + 1
            first.setdefault(p.country, p)
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])  # ties: the first named (dicts keep insertion order)
    if counts[best] < 2 or dest is None:
        return None
    return replace(first[best], inferred=True)


def _owner_words(noun: Token) -> list[Token]:
    """The words of a noun that say whose it is: its possessive and its country adjectives ("European concerns")."""
    return [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")]


def _concern_about(art: Article, tr: Trigger) -> list[Party]:
    """The sides what a statement's own noun is about names: "raised European concerns about Chinese overcapacity",
    "voiced Japan's worries over China's buildup" (the noun's "about", "over" or "against" phrase, lexicon
    ``grievance_preps``), when the noun's own modifier names a side too (it is then the speaker's, not the target).
    Empty otherwise."""
    lex = lexicon()
    obj = tr.obj
    if tr.nominal or obj is None or tr.type not in lex.statement_types:
        return []
    if not any(art.actors.in_phrase(w) is not None for w in _owner_words(obj)):
        return []
    return [
        p
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ in lex.grievance_preps
        for g in c.children
        if g.dep_ == "pobj"
        for p in [art.actors.in_phrase(g)]
        if p is not None and p.country
    ]


def _force_hosts(art: Article, tr: Trigger) -> list[Party]:
    """The state an international force or mission serves in, when troops, police or help go to it: "is sending
    troops to the United Nations peacekeeping force in South Sudan", "contribute troops to the NATO-led security
    force in Afghanistan" are aimed at South Sudan and Afghanistan, the organisation only runs the force
    (lexicon ``mission_force_nouns``). Empty when the force's phrase names no state it is in."""
    lex = lexicon()
    if tr.nominal or tr.type not in lex.mission_force_types:
        return []
    out: list[Party] = []
    for host in [h for h in (tr.head, tr.obj, tr.particle) if h is not None]:
        for c in host.children:
            if c.dep_ != "prep" or c.lower_ != "to":
                continue
            for g in c.children:
                if g.dep_ != "pobj" or g.lemma_.lower() not in lex.mission_force_nouns:
                    continue
                out += [
                    p
                    for k in g.children
                    if k.dep_ == "prep" and k.lower_ in ("in", "to")
                    for p in _prep_parties(art, k)
                    if p.kind != "igo"
                ]
    return out


def _trip_partners(art: Article, tr: Trigger) -> list[Party]:
    """Whom a trip's purpose says is met: "flew to Geneva for talks with the Swedish minister", "will send a
    delegation to Jeddah to consult with US officials". The purpose is a "for" phrase whose object is a meeting
    noun (lexicon CONSULT nouns, unnamed_meeting_nouns) with its "with" side, or a "to" clause with a meeting
    verb (lexicon CONSULT verbs) and its object or "with" side, or one that holds a meeting ("to hold talks with X",
    lexicon held_verbs); the phrase may hang on the trip's verb, its object or its destination."""
    lex = lexicon()
    v = tr.head
    heads = [h for h in (v, tr.obj) if h is not None]
    heads += [
        g
        for h in list(heads)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("to", "in")
        for g in c.children
        if g.dep_ == "pobj"
    ]

    def is_meeting(n: Token) -> bool:
        lemma = n.lemma_.lower()
        return lex.nouns.get(lemma, ("",))[0] == "CONSULT" or lemma in lex.unnamed_meeting_nouns

    sides: list[Token] = []
    for h in heads:
        for c in h.children:
            purpose = (
                c.dep_ in ("advcl", "xcomp", "acl")
                and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            )
            if c.dep_ == "prep" and c.lower_ == "for":
                meets = [n for n in c.children if n.dep_ == "pobj" and is_meeting(n)]
            elif purpose and lex.verbs.get(c.lemma_.lower(), ("",))[0] == "CONSULT":
                meets = [c]
                sides += [g for g in c.children if g.dep_ == "dobj"]
            elif purpose and c.lemma_.lower() in lex.held_verbs:
                meets = [g for g in c.children if g.dep_ == "dobj" and is_meeting(g)]  # "to hold talks with X"
            else:
                continue
            for n in meets:
                sides += [
                    g
                    for w in n.children
                    if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children
                    if g.dep_ == "pobj"
                ]
    return [p for p in _parties_for(art, sides) if p.country]


def _gathering_venues(v: Token) -> set[int]:
    """Token indices of the place phrases in ``v``'s clause that say where a gathering is held: a locative
    preposition hanging on a meeting noun (lexicon CONSULT nouns, ``unnamed_meeting_nouns``, ``gathering_nouns``),
    on a clause describing one, or on a verb that depends on ``v``; and the occasion ("on the sidelines of" a
    gathering, lexicon ``setting_frames``). "Turkey has backed the negotiations in Kazakhstan's capital": the
    venue's state is no side of the support."""
    lex = lexicon()

    def gathering(n: Token) -> bool:
        lemma = n.lemma_.lower()
        return (
            lex.nouns.get(lemma, ("",))[0] == "CONSULT"
            or lemma in lex.unnamed_meeting_nouns
            or lemma in lex.gathering_nouns
        )

    def gathering_side(n: Token) -> bool:
        while n.dep_ == "conj" and n.head.i != n.i:
            n = n.head
        return (
            n.dep_ == "pobj"
            and n.head.lower_ in ("between", "with", "among")
            and n.head.head.i != n.head.i
            and gathering(n.head.head)
        )

    def setting(c: Token) -> bool:
        # "on the sidelines of the UN climate summit", "at the start of the NATO summit": the occasion, not a side
        return c.lower_ in lex.setting_preps and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in lex.setting_frames
            and any(o.dep_ == "prep" and o.lower_ == "of" and any(gathering(x) for x in o.children) for o in g.children)
            for g in c.children
        )

    return {
        t.i
        for c in v.subtree
        if c.dep_ == "prep"
        and (
            setting(c)
            or (
                c.lower_ in _LOC_PREPS
                and c.head.i != v.i
                and (
                    gathering(c.head)  # "the talks in Doha"
                    # "talks between the army and the RSF in the Saudi city of Jeddah": hung on the talks' sides
                    or gathering_side(c.head)
                    # "the negotiations held in the Qatari capital"
                    or (c.head.dep_ in ("acl", "relcl") and c.head.head.i != v.i and gathering(c.head.head))
                    # "ending two weeks of bargaining in the Austrian capital": the parse hangs the gathering's
                    # venue on a dependent verb whose object is the gathering
                    or (
                        c.head.pos_ in ("VERB", "AUX")
                        and c.head.dep_ in ("advcl", "xcomp", "conj")
                        and c.head.head.i == v.i
                        and any(gathering(t) for o in c.head.children if o.dep_ == "dobj" for t in o.subtree)
                    )
                )
            )
        )
        for t in c.subtree
    }


def _prep_parties(art: Article, prep: Token) -> list[Party]:
    """The parties of a preposition's object; a place stands for its country ("to Beijing")."""
    out: list[Party] = []
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    # "in the capital Riyadh", "docked in the harbour of Port Sudan": a place noun's apposition or "of" phrase names
    # the place
    kinds = [g for g in objs if g.lemma_.lower() in lexicon().place_kind_nouns]
    objs += [a for g in kinds for a in g.children if a.dep_ == "appos"]
    objs += [
        a
        for g in kinds
        for c in g.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for a in c.children
        if a.dep_ == "pobj"
    ]
    for g in objs:
        p = art.actors.in_phrase(g)
        if p is not None and p.country:
            out.append(p)
            continue
        pl = art.places.at(g)
        if pl is not None and getattr(pl, "country", None):
            out.append(Party(name=pl.country, country=pl.country, kind="country", text=pl.text))
    return out


def _switched(art: Article, v: Token, out: list[EventMention]) -> list[EventMention]:
    """One act, two events: "switched its recognition from Taiwan to Beijing" withdraws it from the
    "from" party (the lexicon's type) and gives it to the "to" party (SUPPORT)."""
    obj = verb_object(v)
    if obj is None or obj.lemma_.lower() not in lexicon().switch_objects:
        return out
    preps = [c for h in (v, obj) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "to")]
    old = [p for c in preps if c.lower_ == "from" for p in _prep_parties(art, c)]
    new = [p for c in preps if c.lower_ == "to" for p in _prep_parties(art, c)]
    if not new:
        return out
    if not old:
        # "switched its recognition to Beijing": withdrawn from the rival claimant (lexicon recognition_rivals)
        rivals = lexicon().recognition_rivals
        old = [
            Party(name=rivals[p.country], country=rivals[p.country], kind="country", inferred=True)
            for p in new
            if p.country in rivals
        ][:1]
    res: list[EventMention] = []
    for m in out:
        gone = next((p for p in old if p.country and p.country != _country(m.source)), None)
        to = next((p for p in new if p.country and p.country != _country(m.source)), None)
        if gone is not None:
            res.append(finish(replace(m, target=gone)))
        if to is not None:
            res.append(finish(replace(m, type="SUPPORT", mode=None, target=to)))
        elif gone is None:
            res.append(m)
    return res


def _one_side_other(art: Article, sent: Span, v: Token) -> tuple[list[Party], list[Party]] | None:
    """The two sides of "between A on one side and B, C and D on the other" (or "by A on one side and ...") when the phrase is the
    event word's (or its head's): A is the source, each state of B, C, D a target. None otherwise."""
    if "side" not in art.text[sent.start_char : sent.end_char].lower():
        return None  # no word "side" (a token's lower form is in its sentence's lower-cased text): no match below
    toks = list(sent)
    low = [t.lower_ for t in toks]
    for k in range(len(toks) - 2):
        if low[k : k + 3] != ["on", "one", "side"]:
            continue
        # "between A on one side and ...", or the passive's agent: "signed by A on one side and ..."
        b = next((i for i in range(k - 1, -1, -1) if low[i] in ("between", "by")), None)
        if b is None or k - b > 12 or v.i not in (toks[b].head.i, toks[b].head.head.i):
            return None
        e = next((i for i in range(k + 3, len(toks) - 2) if low[i : i + 3] == ["on", "the", "other"]), None)
        if e is None:
            return None
        one = [p for p in art.actors.all_in(toks[b + 1 : k]) if p.country]
        other = [p for p in art.actors.all_in(toks[k + 3 : e]) if p.country]
        countries = {p.country for p in one}
        other = [p for p in other if p.country not in countries]
        if len(countries) != 1 or not other:
            return None
        return one[:1], other
    return None


def _mediated_parties(art: Article, tr: Trigger, sources: list[Party]) -> list[Party]:
    """ "mediated the release of Russian prisoners in exchange for prisoners from the Ukrainian side", "mediated a
    prisoner swap between ...": what a mediator mediates names the parties (lexicon ``mediation_verbs``); each
    side its object phrase names, other than the mediator's own, is one the mediator deals with."""
    v = tr.head
    if tr.nominal or v.lemma_.lower() not in lexicon().mediation_verbs:
        return []
    if verb_object(v) is None:
        return []
    own = {p.country for p in sources if p.country}
    subjects = {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    out: list[Party] = []
    for p in art.actors.all_in([t for t in v.subtree if t.i not in subjects]):
        if p.country not in own and p.country not in {q.country for q in out}:
            out.append(p)
    return out


def _coordinated(art: Article, tr: Trigger, first: Party) -> list[Party]:
    """The parties coordinated with the chosen target in one object phrase ("expelled diplomats of
    Russia and Belarus", "talks with Britain, France and Germany"); a topic ("over China's claims")
    or a party of another phrase is not one of them."""
    v = tr.head
    heads = (
        [
            g
            for c in v.children
            if c.dep_ == "prep" and c.lower_ in ("with", "between", "to", "against", "on")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if tr.nominal
        else _object_tokens(tr)
    )
    posts = _envoy_posts(art, tr)
    if len({p.country for p in posts}) > 1 and any(p.country == first.country for p in posts):
        return posts
    for h in heads:
        if any(
            cj.i in art.trigger_type
            or (cj.pos_ == "NOUN" and any(c.dep_ == "poss" and is_pronoun(c) for c in cj.children))
            for cj in h.conjuncts
        ):
            # "their support for Israel and their condemnation of Hamas" parsed with the second act as a conjunct of
            # the first act's side: another act's side, not a second target of this one (session 28)
            continue
        ps = art.actors.phrase_parties(h)
        if len(ps) > 1 and any(p.country == first.country for p in ps):
            return ps
    return [first]


def _envoy_posts(art: Article, tr: Trigger) -> list[Party]:
    """The states an envoy or mission object is posted to: "recalling its ambassadors to Washington and Tel Aviv", each
    state (or capital), wherever the parser hangs the "to" (session 28); "recall all members of its diplomatic missions
    in A, B and C", "its ambassadors in A, B and C": each state of a list behind a mission or envoy noun (round 2)."""
    v = tr.head
    obj = tr.obj if tr.obj is not None and tr.obj.i != v.i else (verb_object(v) if not tr.nominal else None)
    if obj is None or not _posted_noun(obj):
        return []
    for c in (*v.children, *obj.children):
        if c.dep_ != "prep" or c.lower_ not in ("to", "in"):
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            posts = [p for x in (g, *g.conjuncts) for p in [_side_at(art, x)] if p is not None and p.country]
            if posts:
                return posts
    return []


def _conjunct_measure_targets(art: Article, tr: Trigger) -> list[Party]:
    """ "announced tariffs on Chinese goods, as well as tariffs on imports from Canada and Mexico": a measure
    coordinated with the verb's object measure is aimed at the sides its own phrase names, each a target."""
    obj = tr.obj
    if tr.nominal or obj is None or obj.i == tr.head.i or tr.type != "SANCTION":
        return []
    lex = lexicon()
    out: list[Party] = []
    for cj in obj.conjuncts:
        if cj.i < obj.i or cj.pos_ != "NOUN":
            continue
        if cj.lemma_.lower() != obj.lemma_.lower() and lex.nouns.get(cj.lemma_.lower(), ("",))[0] != tr.type:
            continue
        for c in cj.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "against"):
                out.extend(p for p in art.actors.all_in(list(c.subtree)) if p.country)
    return out


def _envoy_owner(art: Article, tr: Trigger) -> Party | None:
    """An envoy is recalled or withdrawn by the state whose envoy he is: the named possessor of the envoy
    ("recall the bloc's ambassador", "withdrew Britain's envoy"), whatever the parse makes the subject."""
    if tr.mode != "withdraw" or tr.obj is None or tr.obj.lemma_.lower() not in lexicon().envoy_nouns:
        return None
    for c in tr.obj.children:
        if c.dep_ == "poss" and not is_pronoun(c):
            ps = art.actors.phrase_parties(c, context=art.context)
            if len(ps) == 1 and ps[0].country:
                return ps[0]
    return None


def _envoy_host(art: Article, v: Token, passive: list[Token]) -> list[Party]:
    """The state an envoy named as the passive subject is posted to, which alone summons him: the posting his
    phrase names ("Russia's ambassador to Warsaw"), else the side the verb's to-phrase names ("was summoned to
    Poland's foreign ministry"), never the envoy's own state."""
    lex = lexicon()
    # "Azerbaijan Ambassador Rahman Mustafayev was summoned": the title before the name names an envoy (session 28)
    envoys = [
        t
        for t in passive
        if t.lemma_.lower() in lex.envoy_nouns
        or (t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in lex.envoy_nouns for c in t.children))
    ]
    if not envoys:
        return _told_envoy_host(art, v, passive)
    own = {p.country for p in _mission_state(art, envoys[0])}
    preps = [c for t in envoys for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")]
    preps += [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "from")]
    for prep in preps:
        found = [p for p in _prep_parties(art, prep) if p.country not in own]
        # "summoned to the foreign ministry in Athens": the ministry's place stands for its state
        found += [p for t in prep.subtree for p in [_place_state(art, t)] if p is not None and p.country not in own]
        if found:
            return found[:1]
    # "Ten Russian diplomats were expelled, the White House said": the state that says so, when not the envoy's own
    speaker = attribution_of(v, art.actors)
    if speaker is None:  # the reporting clause hangs on the act: "were expelled on Thursday, the White House said"
        speaker = next(
            (
                p
                for c in v.children
                if c.dep_ == "parataxis" and c.lemma_.lower() in lex.reporting_verbs
                for s in c.children
                if s.dep_ == "nsubj"
                for p in [art.actors.in_phrase(s)]
                if p is not None
            ),
            None,
        )
    if speaker is not None and speaker.country and speaker.country not in own and speaker.kind != "igo":
        return [speaker]
    return []


def _arrival_at_summons(v: Token) -> bool:
    """A going to a place that a "where" clause says the goer was summoned to: "the ambassador has arrived at the
    Russian Foreign Ministry, where he was summoned" (real news, session 27)."""
    hosts = lexicon().host_verbs
    return any(
        r.dep_ == "relcl"
        and r.lemma_.lower() in hosts
        and any(c.dep_ == "nsubjpass" for c in r.children)
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in r.children)
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("at", "to", "in")
        for o in c.children
        if o.dep_ == "pobj"
        for r in o.children
    )


def _told_envoy_host(art: Article, v: Token, passive: list[Token]) -> list[Party]:
    """A summons told by the envoy's going to the host's ministry, the envoy named before and the summons by a
    pronoun: "the Moldovan ambassador to Russia has arrived at the Russian Foreign Ministry, where he was summoned",
    "the US ambassador left the Russian Foreign Ministry, where he was summoned on Friday", "... arrived at the
    Russian Foreign Ministry. He was summoned to the ministry over ...". The host is the state of the ministry the
    "where" clause hangs on, else of the verb's to-phrase (or where a ministry stands), never the side the pronoun
    stands for (which must be known: the envoy's state). Real news, session 27."""
    if len(passive) != 1 or passive[0].lower_ not in ("he", "she", "they"):
        return []
    own = {p.country for p in _parties_for(art, passive) if p.country}
    if not own:
        return []
    heads: list[Token] = []
    if v.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in v.children):
        heads.append(v.head)  # "the Russian Foreign Ministry, where he was summoned"
    heads += [c for c in v.children if c.dep_ == "prep" and c.lower_ == "to"]
    for h in heads:
        found = [
            p
            for t in h.subtree
            if t.i < v.i or h.i > v.i
            for p in [art.actors.in_phrase(t), _place_state(art, t)]
            if p is not None and p.country and p.country not in own and p.kind != "igo"
        ]
        if found:
            return found[:1]
    return []


# the acts of force between two sides that make them rivals in an article ("the two armies" facing each other)
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE"})


def _mutual_pullback(art: Article, tr: Trigger, sides: list[Party], targets: list[Party]) -> bool:
    """ "The two armies began pulling back tanks and troops", "Indian and Chinese troops pulled back": two rival sides
    withdrawing forces with no other place's state named withdraw from each other, one RETREAT each way (session 27).
    Only forces (a force word as the doer or what is withdrawn; "the two sides withdrew from the deal" is no
    pullback) and only sides the article has already shown in force against each other, or whose standoff it names
    (lexicon ``rival_pullback_words``: "disengagement", "standoff"); allies pulling back together ("US and British
    troops pulled back") are no pair of rivals."""
    if tr.type != "RETREAT" or tr.mode != "withdraw" or tr.nominal:
        return False
    pair = {p.country for p in sides}
    if len(pair) != 2 or any(p.country and p.country not in pair for p in targets):
        return False
    v = tr.head
    heads = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")]
    if v.dep_ == "xcomp":  # "began pulling back": the subject of the aspect verb
        heads += [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    forces = _force_words()
    if not any(t.lemma_.lower() in forces or t.lower_ in forces for h in heads for t in (h, *h.conjuncts)):
        return False
    if any(
        e.type in _HOSTILE_TYPES and e.source and e.target and {e.source.country, e.target.country} == pair
        for e in art.events
    ):
        return True
    words = lexicon().rival_pullback_words
    return any(t.lower_ in words or t.lemma_.lower() in words for t in art.doc)


def _reciprocal(v: Token) -> bool:
    """Whether the clause says the subjects act on each other ("each other's goods", "one another", "their ties")."""
    obj = verb_object(v)
    if (
        obj is not None
        and obj.lemma_.lower() in lexicon().mutual_nouns
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children)
    ):
        return True  # "upgraded their diplomatic ties"
    if (
        obj is not None
        and obj.lemma_.lower() in lexicon().envoy_nouns
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children)
        and any(
            t.lower_ == "each" and t.dep_ in ("appos", "advmod", "det", "nsubj")
            for s in (v, *(c for c in v.children if c.dep_ == "nsubj"))
            for t in s.children
        )
    ):
        return True  # "A and B each recalled their ambassadors": each from the other (session 28)
    words = [t.lower_ for t in v.subtree]
    return any(
        a == "each" and b in ("other", "other's") or a == "one" and b in ("another", "another's")
        for a, b in zip(words, words[1:])
    )


def _foreign_place(art: Article, tokens: Iterable[Token], country: str | None) -> Party | None:
    """The state of the first place among `tokens` that lies outside `country`: the side an act with no named
    target is aimed at when it is set abroad (a camp struck in Iraq, aid suspended in Niamey)."""
    for t in tokens:
        pl = art.places.at(t)
        if pl is not None and pl.country and pl.country != country:
            return Party(name=pl.country, country=pl.country, kind="country", text=pl.name)
    return None


def _threatened_force_place(art: Article, sent: Span, v: Token, country: str | None) -> Party | None:
    """The foreign state where the act of force a threat verb announces would happen: the verb's complement
    clause or object holds an attack or seizure (a trigger of `_THREATENED_FORCE_TYPES`) and a place abroad
    ("threatened to resume attacks in Israel"). A threat to deploy or exercise somewhere ("threatened to
    deploy missiles in Belarus") is no threat to that place's state, nor is where the threat was made."""
    for c in v.children:
        # an infinitive after an adverbial ("threatened on Monday to resume attacks") is parsed as an advcl
        infinitive = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if c.dep_ not in ("xcomp", "ccomp", "dobj") and not infinitive:
            continue
        inside = {t.i for t in c.subtree}
        if any(tr.head.i in inside and tr.type in _THREATENED_FORCE_TYPES for tr in find_triggers(sent)):
            found = _foreign_place(art, c.subtree, country)
            if found is not None:
                return found
    return None


def _other_side(targets: list[Party], own: set[str]) -> bool:
    """Whether a target names a state other than the source's own."""
    return any(p.country and p.country not in own for p in targets)


def _shown_near(art: Article, tr: Trigger, own: set[str]) -> Party | None:
    """The other state a show of force is staged near (frames ``force_moves.near_preps``: "drills near Taiwan",
    "exercises off the coast of Japan"): a side named in the phrase, else the state of a place there."""
    preps = lexicon().frames.force_near_preps
    for host in [h for h in (tr.head, tr.obj) if h is not None]:
        for c in host.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for t in c.subtree:
                p = _side_at(art, t)
                if p is not None and p.country and p.country not in own:
                    return p
    return _across_line(tr, own)


def _across_line(tr: Trigger, own: set[str]) -> Party | None:
    """The other of the two rival states a contested dividing line or water separates, for a show of force there by
    one of them (frames ``force_moves.dividing_lines``): "crossed the median line of the Taiwan Strait", "drills
    around the Taiwan Strait". Read in the verb's object and its phrases of place, never elsewhere in the clause."""
    lines = lexicon().frames.force_dividing_lines
    if not lines or not own:
        return None
    spans = [tr.obj] if tr.obj is not None and tr.obj.i != tr.head.i else []
    if tr.obj is not None and tr.obj.dep_ == "conj":
        spans.append(tr.obj.head)  # "started patrols and drills around the Taiwan Strait": the list's first member
    spans += [
        c
        for c in tr.head.children
        if c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ in _LOC_PREPS | {"through", "along"})
    ]
    for h in spans:
        toks = list(h.subtree)
        text = " ".join(t.lower_ for t in toks)
        for name, pair in lines.items():
            if f" {name} " not in f" {text} " or not own & set(pair):
                continue
            other = next((c for c in pair if c not in own), None)
            if other is not None:
                return Party(name=other, country=other, kind="country", text=name)
    return None


def _aimed_at(art: Article, v: Token, country: str | None) -> Party | None:
    """The other state a fire verb's aiming preposition names ("fired two rockets into Rwanda", "at a base in
    Iraq"): a side named there, else the state of a place there."""
    preps = lexicon().frames.aimed_preps
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for t in c.subtree:
            p = _side_at(art, t)
            if p is not None and p.country and p.country != country:
                return p
    return None


def _occupants(art: Article, tr: Trigger, country: str | None) -> Party | None:
    """The foreign side a struck site houses: "fired missiles at two Iraqi bases housing U.S. troops", "attacked a
    base in Syria that hosts American forces", "an Iraqi base used by U.S. forces": an attack on a base, camp or
    compound that another state's troops occupy is aimed at that state, not at the one whose soil it is on
    (lexicon ``occupant_verbs``). None when no such site is struck or its occupants name no other state."""
    lex = lexicon()
    v = tr.head
    sites = [t for t in (verb_object(v) if not tr.nominal else None, tr.obj) if t is not None]
    sites += [
        g
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in lex.frames.aimed_preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for site in sites:
        # "a base in Syria housing U.S. troops": the parser may hang the participle on the site's place
        for c in site.subtree:
            if c.dep_ not in ("acl", "relcl") or c.lemma_.lower() not in lex.occupant_verbs:
                continue
            held = [g for g in c.children if g.dep_ == "dobj"]
            held += [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            for h in held:
                p = art.actors.in_phrase(h)
                if p is None:
                    p = next((q for t in h.subtree if (q := art.actors.at(t)) is not None), None)
                if p is not None and p.country and p.country != country:
                    return p
    return None


def _side_at(art: Article, t: Token) -> Party | None:
    """The side a token names: an actor there, else the state of a place there ("into Rwanda", "of Taiwan")."""
    p = art.actors.at(t)
    return p if p is not None else _place_state(art, t)


def _place_state(art: Article, t: Token) -> Party | None:
    """The state of the place a token is part of, as a party ("the foreign ministry in Athens": Greece)."""
    pl = art.places.at(t)
    if pl is None or not getattr(pl, "country", None):
        return None
    return Party(name=pl.country, country=pl.country, kind="country", text=pl.text)


def _firers(art: Article, proj: Token) -> list[Party]:
    """Who fired an intercepted projectile: the side or place it was fired "from" ("a missile fired from Yemen",
    "rockets from Lebanon") or the launch's agent ("a missile launched by the Houthis"), else the side its own modifier
    names ("a Houthi missile"), never where it was made."""
    launch = lexicon().frames.launch_verbs
    out: list[Party] = []
    for p in [proj, *proj.conjuncts]:
        hosts = [p, *(c for c in p.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in launch)]
        for h in hosts:
            for c in h.children:
                # "fired from rebel-held territory in neighbouring Yemen": the parser may hang "in" off the launch
                if c.dep_ == "prep" and (c.lower_ == "from" or (c.lower_ == "in" and h is not p)):
                    out += _prep_parties(art, c)
                    # "from rebel-held territory in neighbouring Yemen": the place inside the phrase
                    out += [
                        q for g in c.subtree if g.dep_ == "pobj" for q in _prep_parties(art, g.head) if q not in out
                    ]
                    fp = _foreign_place(art, c.subtree, None)
                    if fp is not None:
                        out.append(fp)
                elif c.dep_ == "agent" and h is not p:
                    # "a missile launched by Houthi forces", "a drone fired by Hezbollah": the launcher's agent
                    # (session 22)
                    out += [q for q in _prep_parties(art, c) if q not in out]
        for c in p.children:
            if c.dep_ in ("compound", "amod", "nmod", "poss") and "-" not in c.text and c.i < p.i:
                q = art.actors.at(c)
                if q is not None:
                    out.append(q)
    return [q for q in out if q.country]


def _joint_exercise(tr: Trigger, sources: list[Party], targets: list[Party]) -> bool:
    """An exercise (show of force) held by two states' forces together: coordinated subjects of two states, or a
    partner named with "with" (lexicon ``joint_exercise``)."""
    lex = lexicon()
    if tr.type != "MOBILIZE" or tr.nominal or tr.obj is None or lex.joint_entry is None:
        return False
    if not any(k in lex.joint_nouns for k in _noun_key(tr.obj)):
        return False
    if len({p.country for p in sources if p.country}) >= 2:
        return True
    partners = [
        c for h in (tr.head, tr.obj) for c in h.children if c.dep_ == "prep" and c.lower_ in lex.joint_partner_preps
    ]
    own = {p.country for p in sources}
    return bool(partners) and any(p.country and p.country not in own for p in targets)


def _governing_verb(n: Token) -> Token | None:
    """The verb a noun phrase hangs on, through prepositions and objects: "given 72 hours to leave following his
    expulsion" (given), "expelled three envoys in response to Chad's declaration" (expelled)."""
    cur, k = n, 0
    while cur.dep_ in ("pobj", "dobj", "prep", "pcomp", "conj") and cur.head is not cur and k < 5:
        cur, k = cur.head, k + 1
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep":  # "following his expulsion": a preposition
            return cur
    return None


def _reaction_verb(art: Article, n: Token) -> Token | None:
    """The reaction (ACCUSE) verb an attack noun is the object or the grievance ("over", "for", "about") of."""
    if n.dep_ == "dobj":
        g = n.head
    elif n.dep_ == "pobj" and n.head.lower_ in lexicon().grievance_preps | {"for"}:
        g = n.head.head
    else:
        return None
    return g if g.pos_ == "VERB" and art.trigger_type.get(g.i) == "ACCUSE" else None


def _reaction_sides(art: Article, n: Token) -> list[Party]:
    """Whom the reaction an attack noun hangs on is aimed at: "rebuked Turkey over two air raids" (its object),
    "summoned Turkey's ambassador to protest airstrikes" (the envoy's state, through the governing verb)."""
    g = _reaction_verb(art, n)
    if g is None:
        return []
    heads = [c for c in g.children if c.dep_ == "dobj" and c.i != n.i]
    if not heads and g.dep_ in ("xcomp", "advcl") and g.head.pos_ == "VERB":
        heads = [c for c in g.head.children if c.dep_ == "dobj"]  # "summoned the envoy to protest ..."
    return _parties_for(art, heads)


_UNNAMED = Party(name="unnamed attacker")


def _unnamed_attack(art: Article, tr: Trigger) -> bool:
    """An attack the text states without naming its doer's side: a weapon with no side as the subject ("a drone
    strike hit the base"), a passive with no agent ("the depot was attacked"), an attacker named by the deed
    ("gunmen opened fire", lexicon ``unnamed_attackers``), an interception of fire from nowhere named, or an
    attack noun no owner names ("drone strikes on Port Sudan on Tuesday")."""
    if tr.type != "ASSAULT":
        return False
    v = tr.head
    if tr.frame == "interception":
        return True
    subj, passive = _subject_tokens(v) if not tr.nominal else ([], [])
    if tr.nominal or tr.frame == "weapon_hit":
        # "the strikes", "these attacks" refer back to an attack already reported, whose doer it names
        # unless a time of its own marks a new one ("the massacre of tourists in Kashmir last month")
        noun = v if tr.nominal else subj[0] if subj else weapon_agent(v)
        if noun is None or any(c.dep_ == "poss" for c in noun.children):
            return False
        # an attack noun with no doer needs a time of its own to be a happening, not a kind ("the treaty covers
        # armed attacks on its forces")
        if tr.nominal:
            return art.timex.own(noun) is not None
        return art.timex.own(noun) is not None or not _definite(noun)
    if passive:
        # "a balloon was shot down", "a drone was intercepted": a defence, coded only with its defender named
        prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
        key = f"{v.lemma_.lower()} {prt}" if prt else v.lemma_.lower()
        fr = lexicon().frames
        # "the strikes had been launched from Yemen": the attack noun refers back to one already reported
        back = any(
            _definite(p) and art.timex.own(p) is None
            for p in passive
            if p.lemma_.lower() in lexicon().act_nouns or p.lower_ in lexicon().act_nouns
        )
        return (
            not _agent(v)
            and not back
            and v.lemma_.lower() not in lexicon().casualty_verbs
            and key not in fr.intercept_verbs
        )
    return bool(subj) and (
        subj[0].lemma_.lower() in lexicon().unnamed_attackers or subj[0].lower_ in lexicon().unnamed_attackers
    )


def _custody_state(art: Article, tr: Trigger) -> list[Party]:
    """The state that took custody a passive with no agent states ("the reporter was detained in Yekaterinburg",
    "was arrested at a hotel in Beijing"), or frees captives it held ("a Briton jailed in Iran was freed"): the side
    or place of an "in"/"at" phrase of the verb, or of the captive and its custody clause for a release (lexicon
    ``custody_place_preps``), since police and courts act for the state where they arrest; none without a place, or
    when the held side names no state. An investigation or charge in the passive ("was put under investigation in
    Italy", "were charged in Dubai") is the accusation of that state's prosecutors (lexicon ``prosecution_verbs``); a
    sentence or conviction ("was sentenced in a Chinese court", "by a court in Beijing") that state's penalty (lexicon
    ``penalty_verbs``, ``court_agent_nouns``), and people deported "from" a state are sent away by it."""
    lex = lexicon()
    legal = tr.type == "ACCUSE" and (tr.mode == "investigate" or tr.head.lemma_.lower() in lex.prosecution_verbs)
    # "was sentenced", "was convicted", or a sentence given ("was given a suspended death sentence")
    penalty = tr.type == "SANCTION" and (
        tr.head.lemma_.lower() in lex.penalty_verbs
        or (tr.obj is not None and tr.obj.lemma_.lower() in lex.penalty_verbs)
    )
    if tr.nominal or (tr.mode not in ("arrest", "release", "deport") and not legal and not penalty):
        return []
    v = tr.head
    held = _subject_tokens(v)[1]
    courts = _court_agents(v)
    if not held or (_agent(v) and not courts) or (tr.mode == "arrest" and _released_background(v)):
        return []
    if not any(p.country for p in _parties_for(art, held)):
        return []  # "several foreigners were detained in China": whose nationals, the text does not say here
    preps = lex.custody_place_preps
    if courts:
        # "was sentenced to death by a court in Beijing": a court named by no side of its own sits in the state it
        # acts for
        if not (penalty or tr.mode == "arrest"):
            return []
        v = courts[0]
    if tr.mode == "deport":
        # "Afghan migrants were deported from Iran and Pakistan", "a Russian journalist deported from Belarus": sent
        # away by each state they are sent from, never their own
        own = {p.country for p in _parties_for(art, held)}
        grounds = [
            x
            for c in v.children
            if c.dep_ == "prep" and c.lower_ in ("from", *preps)
            for g in c.children
            if g.dep_ == "pobj"
            for x in (g, *g.conjuncts, *(a for a in g.children if a.dep_ == "appos"))
        ]
        sides = [p for g in grounds for p in [_side_at(art, g)] if p is not None and p.country and p.country not in own]
        return [p for i, p in enumerate(sides) if p.country not in {q.country for q in sides[:i]}]
    if tr.mode == "arrest" or penalty:
        # "was sentenced in a Chinese court", "a U.S. journalist in Iran was sentenced", "was detained in China in
        # 2014 and sentenced in November": the place of the verb, else of the captive, else of the custody verb the
        # penalty is coordinated with (one person's arrest and sentence, told in one breath, are in one state)
        chain = {*lex.custody_verbs, *lex.penalty_verbs, *lex.prosecution_verbs}
        hosts = [v, *held, *([v.head] if v.dep_ == "conj" and v.head.lemma_.lower() in chain else [])]
        for x in hosts:
            pobjs = [
                g for c in x.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"
            ]
            if found := _holder_at(art, pobjs):
                if penalty and found[0].country in {p.country for p in _parties_for(art, held)}:
                    return []  # "a Russian activist was sentenced in Moscow": a domestic sentence, no event
                return found
        return []
    if tr.mode == "release":
        # "three Americans who had been held in Iran were freed on Monday", "hostages in Gaza will be released": the
        # state that held the captives frees them (the release's own place is where they were handed over)
        # the custody told of the captives: their custody or sentence clause ("a man who had been sentenced to prison
        # in China"), the participle the parser hung the release on, or a custody verb the release is coordinated
        # with ("She was detained by Russia for a year and was freed"); its "in"/"at" place, else its agent
        mis = misparsed_captive(v)
        kept = (*lex.custody_verbs, *lex.penalty_verbs)
        custody = [
            *(c for h in held for c in h.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in kept),
            *([mis[1]] if mis is not None else []),
            *([v.head] if v.dep_ == "conj" and v.head.lemma_.lower() in lex.custody_verbs else []),
        ]
        todo = [c for x in (*held, *custody) for c in x.children if c.dep_ == "prep" and c.lower_ in preps]
        grounds = [g for prep in todo for g in prep.children if g.dep_ == "pobj"]
        grounds += [g for x in custody for c in x.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # "was freed from China", "released from prison in Dalian", "released from years of detention in Iran",
        # "released from Russian prisons": the state the captives are freed from (after the custody clause's place)
        grounds += [
            c
            for f in v.children
            if f.dep_ == "prep" and f.lower_ == "from"
            for g in f.children
            if g.dep_ == "pobj"
            for c in (g, *(a for a in g.children if a.dep_ in ("amod", "compound") and a.i < g.i))
        ]
        return _holder_at(art, grounds)
    else:
        # "put under investigation in Italy": the place may hang on the investigation
        at = (v, tr.obj) if legal and tr.obj is not None and tr.obj.head.head.i == v.i else (v,)
        todo = [c for x in at for c in x.children if c.dep_ == "prep" and c.lower_ in preps]
    return _holder_at(art, [g for prep in todo for g in prep.children if g.dep_ == "pobj"])


def _proposed_meeting_requests(art: Article, tr: Trigger, ms: list[EventMention]) -> list[EventMention]:
    """Talks or a meeting a side proposes to hold ("Ukraine proposed to hold a new peace meeting with Russia", "He
    proposed that representatives of both countries meet in Istanbul", "proposes to resume direct negotiations with
    Kyiv", "proposed for the two military leaders to meet"; lexicon ``proposing_verbs``) are asked of the other side:
    a REQUEST from the proposer beside the proposed CONSULT, with the status of the proposing (made, not planned); one
    proposing talks between two others asks each (session 28)."""
    v = tr.head
    # "proposed for the two military leaders to meet": the parser makes the clause with "for" an adverbial
    for_clause = v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in v.children)
    if tr.type != "CONSULT" or tr.nominal or (v.dep_ not in ("xcomp", "ccomp") and not for_clause):
        return []
    p = v.head
    if p.lemma_.lower() not in lexicon().proposing_verbs or p.pos_ != "VERB":
        return []
    proposers = [q for q in _parties_for(art, _subject_tokens(p)[0]) if q.country]
    me = proposers[0] if proposers else None  # "He proposed that ...": a pronoun proposes for the meeting's source
    status = modality(p, nominal=False).status
    out: list[EventMention] = []
    for m in ms:
        if m.type != "CONSULT" or m.source is None or m.target is None or not m.source.country:
            continue
        if not m.target.country:
            continue
        if me is None or m.source.country == me.country:
            pairs = [(m.source, m.target)]
        elif m.target.country == me.country:
            pairs = [(m.target, m.source)]
        else:
            pairs = [(me, m.source), (me, m.target)]
        for a, b in pairs:
            req = finish(replace(m, type="REQUEST", mode=None, source=a, target=b, status=status))
            if all((o.source, o.target) != (a, b) for o in out):
                out.append(req)
    return out


def _conceded_releases(ms: list[EventMention]) -> list[EventMention]:
    """A release of another state's nationals is also a concession to that state (lexicon ``conceding_retreat_modes``):
    a CONCEDE beside each RETREAT of those modes whose two sides are different states (session 28)."""
    modes = lexicon().conceding_retreat_modes
    return [
        finish(replace(m, type="CONCEDE", mode=None))
        for m in ms
        if m.type == "RETREAT"
        and m.mode in modes
        and m.source is not None
        and m.target is not None
        and m.source.country
        and m.target.country
        and m.source.country != m.target.country
    ]


def _counter_releases(art: Article, si: int, sent: Span, tr: Trigger, ms: list[EventMention]) -> list[EventMention]:
    """A release "in return for" (lexicon ``counter_release_nouns``) other captives is one half of a swap; the other
    half frees those captives (RETREAT release, as a swap noun is): "Russia released 215 Ukrainians in return for 55
    Russians" is also Ukraine's release of Russians, by the side the first captives went to, else by the state the
    captives given in return are held in ("in exchange for Palestinians jailed in Israel"). When the release itself
    names no releaser ("hostages held in the enclave will be freed in exchange for ..."), each side frees the other's
    people: the released are freed by the state of the captives given for them, to the state that held those. Only
    captives given in return (a captive noun of release's object table or a people's name), never "in return for a
    promise" or "for sanctions relief"."""
    lex = lexicon()
    v = tr.head
    if tr.nominal or tr.type != "RETREAT" or tr.mode != "release":
        return []

    def own(c: Token) -> bool:
        # the phrase is the release's, also where the parser hangs it on a noun of its object ("released 215
        # Ukrainians, many of them defenders of ..., in return for"), never on another verb
        h = c.head
        while h.i != v.i and h.pos_ not in ("VERB", "AUX") and h.head is not h:
            h = h.head
        return h.i == v.i

    given = [
        g
        for c in v.subtree
        if c.dep_ == "prep" and c.lower_ == "in" and own(c)
        for n in c.children
        if n.dep_ == "pobj" and n.lemma_.lower() in lex.counter_release_nouns
        for f in n.children
        if f.dep_ == "prep" and f.lower_ == "for"
        for g in f.children
        if g.dep_ == "pobj"
    ]
    if not given:
        return []
    g = given[0]
    if lex.action_nouns.get(g.lemma_.lower()) in ("release", "free") and of_objects(g):
        g = of_objects(g)[0]  # "in exchange for the release of 30 soldiers"
    captive_nouns = lex.verb_objects.get("release") or {}
    people = [p for p in _parties_for(art, [g]) if p.country and p.kind in ("group", "country")]
    # the captives' people: named by the noun itself ("55 Russians") or its nationality word ("Palestinian women"),
    # not by a possessor or "of" phrase ("Russia's consent")
    own_words = {g.lower_, *(c.lower_ for c in g.children if c.dep_ in ("amod", "compound"))}
    theirs = next((p for p in people if (p.text or "").lower() in own_words), None)
    if theirs is None and g.lemma_.lower() not in captive_nouns:
        return []  # "in return for a promise", "in exchange for Russia's consent": no captives given
    preps = lex.custody_place_preps
    held_by = _holder_at(
        art,
        [
            x
            for h in (g, *g.conjuncts)
            for cl in custody_clauses(h)
            for c in cl.children
            if c.dep_ == "prep" and c.lower_ in preps
            for x in c.children
            if x.dep_ == "pobj"
        ],
    )
    out: list[EventMention] = []
    done = [m for m in ms if m.type == "RETREAT" and m.source and m.target and m.source.country and m.target.country]
    for m in done:
        assert m.source is not None and m.target is not None
        src = held_by[0] if held_by else m.target
        tgt = theirs if theirs is not None else m.source
        if src.country and tgt.country and src.country != tgt.country:
            out.append(replace(m, source=src, target=tgt))
    if ms or theirs is None:
        return out
    # no releaser named: the state holding the captives given in return ("Palestinians jailed in Israel"), else the
    # people of the released ("Israeli hostages were freed in return for Palestinian prisoners")
    freed = [p for p in _parties_for(art, _subject_tokens(v)[0] + _object_tokens(tr)) if p.country]
    other = held_by[0] if held_by else (freed[0] if freed else None)
    if other is None or other.country == theirs.country or any(p.country != other.country for p in freed):
        return out  # the released name a side of their own: not the other half of this swap
    if not tr.nominal:
        mod = modality(v, nominal=False)
        for a, b in ((theirs, other), (other, theirs)):
            half = _build(art, si, sent, tr, mod, a, b, False)
            if half is not None and half.target is not None and half.target.country == b.country:
                out.append(half)
    return out


def _sentencing_court(art: Article, tr: Trigger) -> list[Party]:
    """ "A court in Beijing sentenced Australian journalist Yang Hengjun to death", "a Moscow court convicted the
    American": a court named by no side of its own that sentences or convicts (lexicon ``penalty_verbs``,
    ``court_agent_nouns``) in the active voice acts for the state of its place (an "in"/"at" phrase or a place
    before it), as the passive "by a court in Beijing" does (_custody_state); a person of that same state sentenced is
    a domestic sentence, no event (session 27)."""
    lex = lexicon()
    v = tr.head
    if tr.nominal or tr.type != "SANCTION" or v.lemma_.lower() not in lex.penalty_verbs:
        return []
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].lemma_.lower() not in lex.court_agent_nouns:
        return []
    court = subj[0]
    held = [c for c in v.children if c.dep_ in ("dobj", "obj", "dative")]
    own = {p.country for p in _parties_for(art, held) if p.country}
    if not own:
        return []  # whose national was sentenced, the text does not say here
    before = [c for c in court.children if c.dep_ in ("compound", "amod") and c.i < court.i]
    for t in before:
        p = _place_state(art, t)
        if p is not None and p.country and p.country not in own:
            return [p]
    pobjs = [
        g
        for c in court.children
        if c.dep_ == "prep" and c.lower_ in lex.custody_place_preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    found = _holder_at(art, pobjs)
    return found if found and found[0].country not in own else []


def _court_agents(v: Token) -> list[Token]:
    """The agents of a verb when all are courts or judges (lexicon ``court_agent_nouns``: "by a court in Beijing")."""
    agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents or any(a.lemma_.lower() not in lexicon().court_agent_nouns for a in agents):
        return []
    return agents


def _holder_at(art: Article, grounds: list[Token]) -> list[Party]:
    """The side of the first of these custody places that names a state, looking through a venue to the place it is
    in ("at a hotel in Beijing"; lexicon ``custody_place_preps``), breadth first."""
    preps = lexicon().custody_place_preps
    todo = list(grounds)
    while todo:
        g = todo.pop(0)
        if g.lemma_.lower() in lexicon().custody_request_nouns:
            continue  # "at the request of U.S. authorities": who asked, not who held
        side = _side_at(art, g)
        if side is not None and side.country:
            return [side]
        todo += [
            x for c in g.children if c.dep_ == "prep" and c.lower_ in preps for x in c.children if x.dep_ == "pobj"
        ]
    return []


def _release_noun(tr: Trigger) -> Token | None:
    """The release noun a verb's trigger reads its freed people through ("announced the release of two aid
    workers"), if any."""
    o = tr.obj
    if o is None or o.dep_ != "pobj" or o.head.lower_ != "of" or o.head.head is tr.head:
        return None
    noun = o.head.head
    return (
        noun if noun.pos_ == "NOUN" and lexicon().action_nouns.get(noun.lemma_.lower()) in ("release", "free") else None
    )


def _released_background(v: Token) -> bool:
    """A custody clause on people a release frees ("released two workers who had been detained in Kabul", "the
    release of nationals held in Russia"): the background of the release, no event of its own."""
    if v.dep_ not in ("acl", "relcl"):
        return False
    held = v.head
    gov = held.head.head if held.dep_ == "pobj" and held.head.lower_ == "of" else held.head
    if held.dep_ not in ("dobj", "obj", "nsubjpass", "pobj"):
        return False
    lemma = gov.lemma_.lower()
    return lemma in ("release", "free", "freeing") and (held.dep_ != "pobj" or gov.pos_ == "NOUN")


def _swap_sides(art: Article, tr: Trigger, named: list[Party]) -> list[Party]:
    """The two sides of a swap of captives named as a noun: those the noun's own phrases name ("between Russia and
    Ukraine", "the Russia-Ukraine prisoner swap"), else the captives' sides ("of Iranian and American detainees");
    one per state."""
    n = tr.head
    sides = [p for p in named if p.country]
    if len({p.country for p in sides}) < 2:
        held = of_objects(n)
        # "the exchange of prisoners between Armenia and Azerbaijan": the parser may hang "between" on the captives
        between = [
            g for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
        ]
        sides = [p for p in _parties_for(art, between or held) if p.country]
    return [p for i, p in enumerate(sides) if p.country not in {q.country for q in sides[:i]}]


def _custody_noun_state(art: Article, tr: Trigger, noun: Token | None = None) -> list[Party]:
    """The state that holds the captive of an act of custody named as a noun with no doer (triggers.custody_places;
    the trigger's own noun, or the release noun a verb reads its captive through): the side of the first place phrase
    that names a state, looking through "at a hotel in Beijing"."""
    if tr.obj is None or not any(p.country for p in _parties_for(art, [tr.obj])):
        return []  # "the arrest of several people in China": whose side, the text does not say
    return _holder_at(art, custody_places(noun if noun is not None else tr.head))


# the fighting the dead or wounded were counted in, or counted after ("died after a clash with ...")
_CASUALTY_PREPS = frozenset({"in", "after", "following", "during"})


def _casualty_verb(n: Token) -> Token | None:
    """The casualty verb an incident noun is counted by: "died after a clash", "were killed in the clash"."""
    lex = lexicon()
    if n.dep_ == "pobj" and n.head.lower_ in _CASUALTY_PREPS and n.head.head.lemma_.lower() in lex.casualty_verbs:
        return n.head.head
    return None


def _casualty_sides(art: Article, tr: Trigger, targets: list[Party]) -> tuple[list[Party], list[Party]] | None:
    """The two sides of fighting that names neither (a mutual verb or an incident noun: "troops fought", "a clash
    on the ridge"), from the dead or wounded a casualty verb counts with it: "a clash in June 2020 in which 20 Indian
    soldiers and four Chinese troops were killed" (a relative clause of the noun or of a phrase inside it), "two
    Armenian soldiers were killed when troops clashed" (the fighting the casualty verb's "when" clause). The dead of
    two states are the two sides; the dead of one fought the side the act names ("died in clashes with Chinese
    troops"), else that state's counterpart in the article, who is the doer. A casualty count with no side ("three
    people were killed") names none; so does fighting with no casualty verb."""
    lex = lexicon()
    v = tr.head
    lemma = v.lemma_.lower()
    counted: list[Token] = []
    if tr.nominal and lemma in lex.incident_nouns:
        counted = [t for t in v.subtree if t.dep_ == "relcl" and t.lemma_.lower() in lex.casualty_verbs]
        if (cv := _casualty_verb(v)) is not None:
            # "six soldiers were killed in the clash", "20 soldiers died after a clash with Chinese troops"
            counted.append(cv)
    elif not tr.nominal and lemma in lex.fighting_verbs and v.dep_ == "advcl":
        counted = [v.head] if v.head.lemma_.lower() in lex.casualty_verbs else []
    elif not tr.nominal and lemma in lex.casualty_verbs:
        # "six soldiers were killed in the clash", the trigger parsed on the casualty verb
        fights = [g for c in v.children if c.dep_ == "prep" and c.lower_ in _CASUALTY_PREPS for g in c.children]
        counted = [v] if any(g.lemma_.lower() in lex.incident_nouns for g in fights) else []
        # "were killed following clashes with Azerbaijani forces": the side the incident is fought with
        targets = targets + [
            p
            for g in fights
            if g.lemma_.lower() in lex.incident_nouns
            for c in g.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in _parties_for(art, [x for x in c.children if x.dep_ == "pobj"])
            if p.country
        ]
    dead = [
        h
        for c in counted
        for d in c.children
        if d.dep_ == "nsubjpass" or (d.dep_ == "nsubj" and c.lemma_.lower() == "die")
        for h in [d, *d.conjuncts]
        if h.pos_ in ("NOUN", "PROPN")
    ]
    sides: list[Party] = []
    for p in _parties_for(art, dead):
        if p.country and p.kind != "igo" and p.country not in {q.country for q in sides}:
            sides.append(p)
    if len(sides) >= 2:
        return sides[:1], sides[1:2]
    if len(sides) == 1:
        named = [p for p in targets if p.country and p.country != sides[0].country]
        if named:
            return sides, named  # "three Indian soldiers died in clashes with Chinese troops"
        other = art.counterpart(sides[0].country)
        if other is not None and other.country and other.country != sides[0].country:
            return [replace(other, inferred=True)], sides
    return None


def _unreached_accord(tr: Trigger, ms: list[EventMention]) -> list[EventMention]:
    """The accord a meeting ended without ("the summit ended without an agreement", "talks that came to an end without
    agreement"): AGREE negated between the meeting's sides (lexicon ``unreached_accord``; session 26)."""
    ua = lexicon().unreached_accord
    noun = tr.head if tr.nominal else tr.obj  # "the talks ended ...", "concluded their talks without a deal"
    if tr.type != "CONSULT" or noun is None or noun.lemma_.lower() not in ua.get("meetings", ()):
        return []
    verbs = [tr.head] if not tr.nominal else [noun.head] if noun.dep_ == "nsubj" else []
    verbs += [c for c in noun.children if c.dep_ == "relcl"] if tr.nominal else []
    for v in verbs:
        if v.lemma_.lower() not in ua.get("verbs", ()):
            continue
        for w in v.subtree:
            if w.lower_ != "without" or w.dep_ not in ("prep", "conj"):
                continue
            up = w.head  # "ended abruptly and without an agreement": the phrase may hang on a coordinated adverb
            while up.i != v.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                up = up.head
            accord = next((g for g in w.children if g.dep_ == "pobj"), None)
            if up.i != v.i or accord is None or accord.lemma_.lower() not in ua.get("accords", ()):
                continue
            return [
                finish(
                    replace(
                        m,
                        type="AGREE",
                        mode=None,
                        status="negated",
                        trigger=accord.text,
                        trigger_start=accord.idx,
                        trigger_end=accord.idx + len(accord),
                    )
                )
                for m in ms
                if m.status in ("occurred", "ongoing") and m.target is not None
            ]
    return []


def _brought_to_forum(tr: Trigger) -> bool:
    """A case brought to a court or body named by the verb's own phrase ("will take Japan to the WTO", "is taking the
    fight over tariffs to the WTO"): the body is the forum, never a side (session 26)."""
    return tr.type in lexicon().forum_types and not tr.nominal and tr.obj is not None and tr.obj.dep_ == "pobj"


def _first_other(parties: list[Party], country: str | None) -> Party | None:
    for p in parties:
        if p.country and p.country != country:
            return p
    return None


# -- one trigger -> mentions ------------------------------------------------------------------------
_STANCE_NOUNS = frozenset({"support", "solidarity", "backing", "opposition"})


def _code_trigger(art: Article, si: int, sent: Span, tr: Trigger, *, unnamed: bool = False) -> list[EventMention]:
    lex = lexicon()
    v = tr.head
    borrowed = False
    needed: Token | None = None  # "stressed the need for Rwanda to return": the side named as the one to act
    many_recipients = False  # "provides $20 billion for Kenya, $12 billion for Ghana": one event per recipient
    passive_asked = False  # a request told in the passive with no agent, the speaker's (session 28 round 3)
    if tr.type != "THREATEN" and _threatened_content(v):
        # "his threat to impose a 25% tariff on Mexico's exports", "Ankara's threat to cut off the pipeline": the
        # act a threat names is threatened, not done (CAMEO 13); its owner threatens the act's target
        tr = replace(tr, type="THREATEN", mode=None)
    if _blames_a_cause(art, tr):
        return []  # "officials blamed a technical fault": the blamed one is no party, the blame accuses nobody
    if not tr.nominal:
        cur = v
        while cur.dep_ == "conj" and cur.head is not cur:
            # "called on Moscow to withdraw its troops, stop the attacks and allow monitors": a bare infinitive the
            # parser hangs on the calling verb coordinates with the infinitive asked for
            inf = governed_infinitive_before(cur)
            cur = inf if inf is not None else cur.head
        # "said the junta must cede power ..., or the bloc will take all necessary measures": a conjunct clause with a
        # subject of its own and no "should"/"must" states its own act (here a threat), not what is demanded
        own_clause = (
            cur is not v
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            and not any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in v.children)
        )
        if cur.dep_ in ("xcomp", "ccomp") and art.trigger_type.get(cur.head.i) == "REQUEST" and not own_clause:
            return []  # "urged Washington to correct ... and cancel ...": the request's content, not an event
        if (
            cur.dep_ == "advcl"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in cur.children)
            and cur.i > cur.head.i
            and art.trigger_type.get(cur.head.i) == "REQUEST"
            and (
                cur.head.lemma_.lower() in lex.directive_verbs
                or _asked_party_before(cur)
                or any(m.dep_ == "mark" and m.lower_ == "for" for m in cur.children)
            )
        ):
            # "pushed Israel to free prisoners", 'called on China's Coast Guard to "restrain its forces"' (parsed as
            # a purpose), "called for the US to lift the sanctions": the request's content
            return []
        if (
            cur.dep_ in ("xcomp", "advcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in cur.children)
            and art.trigger_type.get(cur.head.i) == "SANCTION"
            and cur.head.lemma_.lower() in lex.expel_orders
        ):
            return []  # "ordered Denmark to withdraw its troops": the expulsion's content, not Denmark's retreat
        if tr.type == "AGREE" and v.lemma_.lower() in lex.decision_verbs and _decides_measure(art, v):
            # "EU ministers agreed on Tuesday to sanction 27 Russians": the decision is the sanction (coded
            # from its own word), not an agreement with the sanctioned
            return []
        if (
            cur.dep_ in ("acl", "ccomp", "xcomp")
            and cur.head.pos_ in ("NOUN", "PROPN")
            and cur.head.lemma_.lower() in lex.content_nouns
            and _imposed(art, v, tr) is None
        ):
            return []  # "reiterated its demand that Israel ease restrictions": what is demanded is no event
    if (
        not tr.nominal
        and v.lemma_.lower() in ("protest", "demonstrate")
        and v.dep_ in ("advcl", "xcomp", "acl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
        and "PROTEST" in (art.trigger_type.get(v.head.i), art.trigger_type.get(v.head.head.i))
    ):
        return []  # "staged a rally to protest the verdict": what the demonstration is for, not a second event
    if tr.nominal and _requested_content(art, v):
        return []  # "repeated his offer of dialogue": the offer (REQUEST) is the event; no dialogue was held
    if _asked_for(art, v):
        return []  # "urging Algeria to prioritise dialogue": the dialogue is what is asked, the REQUEST the event
    if _needed_content(art, v):
        return []  # "stressed the need for Venezuela to release prisoners": the release is what is asked, not done
    if tr.frame == "act_noun" and _requested_act(art, v):
        return []  # "called for the release of a journalist held in Iran": what is asked for, not yet done
    if not tr.nominal and intercepted_fire(v):
        return []  # "intercepted a missile fired from Yemen": the interception codes the firer's attack
    if _refusal_double(art, tr):
        return []  # "refused to accept the migrants" is one rejection; "declined to condemn" one negated accusation
    if (
        tr.type == "CONCEDE"
        and not tr.nominal
        and v.lemma_.lower() in lex.said_concessions
        and any(c.dep_ == "ccomp" for c in v.children)
    ):
        return []  # "conceded privately that it would be hard to shield European firms": a statement, no concession
    rejected = False
    refusable = tr.type in lex.reject_when_negated_types
    if not tr.nominal and tr.type != "REJECT" and (v.lemma_.lower() in lex.reject_when_negated or refusable):
        m0 = modality(v, nominal=False)
        past = any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in v.children)
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "shall", "'ll") for c in v.children)
        if m0.status == "negated" and m0.cue == "not" and not past and (future or not refusable):
            # a past "did not accept an invitation" reports what did not happen; a present, future or modal
            # refusal is a statement of rejection
            # "will not accept any more refugees", "a trade he could not accept": a rejection, made now
            tr = replace(tr, type="REJECT", mode=None)
            rejected = True
    if not tr.nominal and tr.mode == "visit" and tr.type == "CONSULT":
        force = _arriving_force(v)
        if force is not None:
            tr = replace(tr, type=force[0], mode=force[1])
    if tr.nominal:
        sources, targets = _noun_parties(art, tr)
        if tr.type == "ASSAULT" and sources and not any(p.country for p in targets):
            # "Israeli airstrikes on Gaza", "a drone strike in southern Lebanon": an attack named as a noun is aimed at
            # the state of the place its phrase names, when that is another state than the attacker's (session 24)
            answering = _answering_verb(v)
            struck = next(
                (
                    p
                    for c in [*v.children, *(answering.children if answering is not None else ())]
                    if c.dep_ == "prep" and c.lower_ in _STRUCK_PREPS
                    for t in c.subtree
                    if (p := _side_at(art, t)) is not None and p.country and p.country != sources[0].country
                ),
                None,
            )
            targets = [struck] if struck is not None else targets
        if tr.frame == "swap":
            # "a prisoner swap between Russia and Ukraine", "the mutual release of Iranian and American detainees":
            # the two sides, each freeing the other's captives
            sides = _swap_sides(art, tr, sources + targets)
            topic = v
            while topic.dep_ == "conj" and topic.head is not topic:
                topic = topic.head
            if len(sides) != 2 or (topic.dep_ == "dobj" and topic.head.lemma_.lower() in lex.topic_object_verbs):
                return []  # "will discuss ... a possible prisoner exchange between Moscow and Kyiv": a topic, no act
            sources, targets = sides, []
        if tr.frame == "act_noun":
            # an act named as a noun is coded only when a side does it ("the seizure of the tanker by the
            # gunmen" names none); the side acted on, when the phrase names none, as for a verb
            sources = [p for p in sources if p.country][:1]
            shared = _shared_object_sides(art, tr)
            if shared and not sources:
                # "the reopening of the border between the two countries": the two sides of a thing they share
                sources, targets = shared[:1], shared[1:] + targets
            elif shared:
                targets = [p for p in shared if p.country != sources[0].country] + targets  # "its border with Colombia"
            if not sources:
                # "the arrest of an Iranian diplomat in Germany", "the release of an Afghan citizen detained in the
                # United States": custody with no doer named is the act of the state that holds the captive
                held = _custody_noun_state(art, tr)
                if held and any(p.country and p.country != held[0].country for p in targets):
                    sources = held
            targets = [p for p in targets if p.country and (not sources or p.country != sources[0].country)]
            if not sources:
                return []
        if v.lemma_.lower() in lex.frames.patrol_nouns and not any(p.country for p in targets):
            targets = _facing_side(art, si, sent, v, {p.country for p in sources if p.country})
            if not targets:
                return []  # a patrol with nobody named on the other side: no interaction
        if tr.type == "ACCUSE" and v.lemma_.lower() in lex.accusation_nouns:
            # "Copenhagen's allegations that Iranian officers were plotting": the owner accuses the side the
            # "that" clause names; an accusation without both is no event ("denied the allegations")
            sources = [p for p in sources if p.country][:1]
            targets = [p for p in targets if p.country] + _accused(art, v)
            targets = [p for p in targets if not sources or p.country != sources[0].country]
            if not sources or not targets:
                return []
        if not sources and tr.type in _VISIT_TYPES | SYMMETRIC_TYPES:
            # "six hours of talks" next to "Sullivan and Yang agreed": borrow the sentence's dyad
            # "have not spoken since a phone call on Jan. 17", "no talks since their meeting in May": the
            # contact a "since" phrase names was between the same two sides, whatever the clause's status
            since = v.dep_ == "pobj" and v.head.lower_ == "since"
            same_sent = [
                e
                for e in art.events
                if e.sentence == si
                and e.source
                and e.target
                and (e.status == "occurred" or since)
                # "military contacts that China suspended ..., among them defense policy talks": contacts
                # cut off are no talks between the sides
                and e.type != "SANCTION"
            ]
            definite = any(c.dep_ in ("det", "poss") for c in v.children) or v.dep_ in ("nsubj", "nsubjpass")
            if same_sent and tr.type == "CONSULT" and (not definite or since):
                last = same_sent[-1]
                sources = [last.source] if last.source else []
                targets = [last.target] if last.target else []
                borrowed = True
    else:
        subj, passive = _subject_tokens(v)
        sources = _parties_for(art, subj)
        if not subj and passive and tr.particle is not None and presence_passive(v):
            # "the premier is expected in Berlin later this month": the one expected is the one who comes
            sources, passive = _parties_for(art, passive), []
        lone = _described_first_conjunct(v)
        lone_party = art.actors.in_phrase(lone) if lone is not None else None
        if lone_party is not None:
            # "Iran, which has supported Russia in its invasion, and Saudi Arabia agreed ...": the clause is Iran's
            sources = [lone_party]
        if v.lemma_.lower() in lex.reporting_verbs:  # "X said Washington should ...": the ccomp's subject
            # "... and the Iranians should release it, the spokesman said": the subject of the clause that says
            # what ought to be done, else the reported clause's
            clauses = [c for c in v.children if c.dep_ == "ccomp"]
            ought = [
                cl
                for c in clauses
                for cl in (c, *c.conjuncts)
                if any(a.dep_ == "aux" and a.lower_ in ("should", "must", "ought") for a in cl.children)
            ]
            targets_pre = [s for c in (ought or clauses) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        else:
            targets_pre, ought = [], []
        pointed = [
            s
            for c in v.children
            if tr.type == "REQUEST" and not tr.nominal and c.dep_ == "ccomp"
            for s in c.children
            if s.dep_ == "nsubj" and art._pointed_list(s)
        ]
        if pointed and not targets_pre:
            # "demands that these countries' governments recall their diplomats": each state of the list named before
            # is asked (session 28; ``Article._pointed_list``)
            targets_pre = pointed
        if (
            not sources
            and tr.type == "REQUEST"
            and not tr.nominal
            and passive
            and all(t.lower_ == "it" for t in passive)
            and v.dep_ == "ccomp"
            and v.head.lemma_.lower() in lex.reporting_verbs
        ):
            # '"It has been formally requested that the U.S. authorities conduct a full investigation," the foreign
            # ministry said': a request made in the passive is the speaker's, of the side the that-clause names
            # (session 28)
            sources = _parties_for(art, _subject_tokens(v.head)[0])
            targets_pre = [s for c in v.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        if (
            not sources
            and tr.type == "REQUEST"
            and not tr.nominal
            and passive
            and not any(t.lower_ == "it" for t in passive)
            and v.lemma_.lower() in lex.asking_verbs
            and not any(c.dep_ == "agent" for c in v.children)
            and any(c.dep_ == "xcomp" or (c.dep_ == "aux" and c.lower_ == "to") for c in v.children)
        ):
            # '"India must be urged to exercise restraint," the ministry said', "the government of Nepal has been
            # requested to share the report, India said": a request made in the passive with no agent is the
            # speaker's, of the side asked (session 28 round 3)
            speaker = attribution_of(v, art.actors) or _quotation_speaker(art, v)
            if speaker is not None and speaker.country:
                sources, passive_asked = [speaker], True
                targets_pre = list(passive)
        needed = needed_party(v) if tr.type == "REQUEST" and not tr.nominal and not ought else None
        if needed is not None:
            # "stressed the need for Rwanda to return to negotiations": the side named as the one to act is asked
            targets_pre = [needed]
        holder_tok = _artifact_antecedent(v, subj[0]) if subj else None
        if not sources and holder_tok is not None:
            # "Biden signed an order that will prohibit investments": the order acts for its signer
            holder = holder_tok
            gov = holder.head if holder.dep_ in ("dobj", "nsubjpass") else None
            if gov is not None and gov.pos_ == "VERB":
                sources = _parties_for(art, _subject_tokens(gov)[0])
            if not sources:  # "Trump's executive order that halted federal funding": the order's owner
                sources = _parties_for(art, [c for c in holder.children if c.dep_ == "poss"])
        if (
            not sources
            and subj
            and not tr.nominal
            and (subj[0].head.i == v.i or (subj[0].head.i == v.head.i and v.dep_ == "conj"))
        ):
            # "The General Assembly adopted a resolution ... The resolution demands that Russia withdraw", "met in
            # Jakarta. The joint statement condemned the launch": a text that acts speaks for its authors (session 25)
            sources = _text_authors(art, si, subj[0])
        if not sources and subj:
            # 'the ministry said in a statement that condemned "the ongoing Israeli war"': the text a relative
            # clause acts for is the one its verb of saying or issuing was told in, and speaks for that verb's
            # subject (session 28 round 2)
            sources = _said_in_authors(art, v, subj[0])
        if (
            not sources
            and needed is not None
            and subj
            and subj[0].pos_ == "NOUN"
            and v.dep_ == "ccomp"
            and v.head.lemma_.lower() in lex.reporting_verbs
        ):
            # '"Today's action underscores the need for Rwanda to return to negotiations," it added': a need that a
            # measure or text is said to show is stated by the one who says so (session 28)
            sources = _parties_for(art, _subject_tokens(v.head)[0])
        if (
            not sources
            and tr.obj is not None
            and tr.obj.lemma_.lower() in _STANCE_NOUNS
            and tr.type in ("SUPPORT", "REJECT")
        ):
            # "Minh reaffirmed Vietnam's support to Cuba", "the minister reiterated Ghana's solidarity with Togo": a
            # stated stance is its owner's, when the speaker is no known side
            sources = [p for p in _parties_for(art, [c for c in tr.obj.children if c.dep_ == "poss"]) if p.country]
        targets = _parties_for(art, targets_pre) + _parties_for(art, _object_tokens(tr))
        if pointed and len({p.country for p in targets if p.country}) >= 2:
            many_recipients = True
        addressed = [p for t in _object_tokens(tr) if is_explicit_dual(t) for p in _parties_for(art, [t])]
        contacted = _contacted_for(art, tr) if not targets else []
        if len({p.country for p in contacted if p.country} - {p.country for p in sources}) >= 2:
            # "telephoned the presidents of Armenia and Azerbaijan to urge progress": an act a contact was made for is
            # addressed to each side contacted (session 28)
            targets, many_recipients = contacted, True
        if not addressed and not tr.nominal and not _object_tokens(tr):
            # "urging them to settle their differences, warning he would not ...": a warning coordinated with a call
            # on both of a pair is addressed to both (session 28; ``_shared_addressee``)
            objs = next(iter(_shared_addressee_objects(v)), [])
            addressed = [p for t in objs if is_explicit_dual(t) for p in _parties_for(art, [t])]
            if len({p.country for p in addressed if p.country} - {p.country for p in sources}) >= 2:
                targets = targets + addressed
        if len({p.country for p in addressed if p.country} - {p.country for p in sources}) >= 2:
            # "called on both countries to exercise restraint", "urged the two sides to talk": each of the pair is
            # the target of an act of its own, as each state of a coordinated object is; the one addressing both
            # is neither side's counterpart (``Article.counterpart``)
            many_recipients = True
            art.pair_addressed.add((si, tr.span[0]))
        recipients = _amount_recipients(art, tr)
        if len(recipients) > 1:
            # "provides $20 billion for Kenya, $12 billion for Ghana ..., including assistance for Fiji": each sum
            # is given to the side its own "for" names
            targets, many_recipients = recipients, True
        if tr.type == "CONSULT" and (
            tr.mode == "visit" or (not tr.nominal and tr.mode is None and v.lemma_.lower() in lex.errand_verbs)
        ):
            # session 28: "went to Moscow for talks with Russian and Turkish diplomats" is a journey as "travelled" is
            # "travelled to Geneva for talks with the Swedish minister": the side the trip's purpose names is the one
            # met; the destination is only where (its state is no counterpart unless it is the one met)
            met = [p for p in _trip_partners(art, tr) if p.country not in {q.country for q in sources}]
            if met:
                targets = met + [p for p in targets if p.country in {q.country for q in met}]
        concerned = _concern_about(art, tr)
        if concerned:
            # "raised European concerns about Chinese overcapacity": whose concerns they are is the speaker's side;
            # what they are about is the target
            owners = {p.country for p in _parties_for(art, _owner_words(tr.obj))} if tr.obj is not None else set()
            targets = concerned + [p for p in targets if p.country not in owners]
        giver = _gathering_giver(art, tr)
        if giver is not None and not _other_side(targets, {p.country for p in sources if p.country}):
            # "attended a dinner hosted by Macron": the guest meets whoever gives the gathering (session 25)
            targets = [giver, *targets]
        force_hosts = _force_hosts(art, tr)
        if force_hosts:
            # "sending troops to the United Nations peacekeeping force in South Sudan": the state the force is in
            targets = force_hosts + [p for p in targets if p.kind != "igo"]

        mediated = _mediated_parties(art, tr, sources)
        if len(mediated) > 1 or (mediated and not any(p.country for p in targets)):
            # "succeeded in mediating the release of 100 Russian prisoners ... from the Ukrainian side": the mediator
            # consults each side its object names (CAMEO 045)
            targets, many_recipients = mediated, len(mediated) > 1
        own = {p.country for p in sources if p.country}
        judged = (
            _judged_meeting_sides(art, si, tr, own)
            if not _other_side(_parties_for(art, _object_tokens(tr)), own)
            else []
        )
        if judged:
            # "Abe welcomed the summit", "the office also criticized the meeting": aimed at the sides of the meeting
            # told before (each side other than the judge's own), not at a party of another clause
            targets, many_recipients = judged, len(judged) > 1
        if ought and tr.type == "REQUEST" and all(cl.dep_ == "conj" for cl in ought):
            # what a later conjunct of the reported clause says ought to be done is a demand of the side its subject
            # names, another than the speaker's: "McCarthy said ... and that the United States must continue arms
            # sales" states his own side's course, "said ... and that those taking such decisions should be aware of
            # it" names nobody
            named = [p for p in _parties_for(art, targets_pre) if p.country]
            if not named or all(p.country in own for p in named):
                return []
        if (ought or needed is not None) and tr.type == "REQUEST":
            # "the Japanese minister said Japan must strengthen its defences against North Korea", "stressed the need
            # for the government to invest more": what the speaker's own state ought to do is its own course, no
            # demand of anyone (session 28); "Burhan said the RSF must leave" (a rebel force of his state) still asks
            named = [p for p in _parties_for(art, targets_pre) if p.country]
            if named and all(p.country in own and (p.kind == "country" or p.sector == "GOV") for p in named):
                return []
        if tr.type in lex.of_target_types and not tr.nominal and tr.obj is not None and tr.obj.i != v.i:
            # "ordered a total blockade of the Gaza Strip", "began the bombardment of Gaza": the measure's "of" side
            # is its target, as in "Israel's blockade of Gaza" (lexicon of_target_types)
            if not _other_side(targets, own):
                of = [
                    p
                    for c in tr.obj.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in _prep_parties(art, c)
                    if p.country and p.country not in own
                ]
                targets = of[:1] + targets
        if tr.type == "MOBILIZE" and not tr.nominal:
            # "staged live-fire drills near Taiwan", "held naval exercises off the coast of Japan": a show of force is
            # aimed at the state it is shown near, when no other target is named
            if not _other_side(targets, own):
                near = _shown_near(art, tr, own)
                targets = ([near] if near is not None else []) + targets
        imposed = _imposed(art, v, tr)
        if imposed is not None:
            # "the United States ordered China to close its consulate": the orderer's measure against China
            sources, targets = imposed
        if tr.type in lex.forum_types and targets and targets[0].kind == "igo":
            # "Lebanon complained to the United Nations over two Israeli air raids": a complaint brought
            # to an international body is aimed at the state it is about, the body is only its audience
            # (the phrase may hang on the body: "its complaint to the WTO against Japan's export curbs")
            hosts = [h for h in (v, tr.obj) if h is not None]
            hosts += [
                g for h in list(hosts) for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
            ]
            about = [
                p
                for host in hosts
                for c in host.children
                if c.dep_ == "prep" and c.lower_ in lex.grievance_preps
                for p in _prep_parties(art, c)
                if p.kind != "igo"
            ]
            # "complained to the Security Council, accusing Israel of violations": the side the complaint alleges against
            about += [
                p
                for c in [
                    *(c for c in (tr.obj.children if tr.obj is not None else ()) if c.dep_ == "acl"),
                    *(
                        c
                        for c in v.children
                        if c.dep_ == "advcl" and lex.verbs.get(c.lemma_.lower(), ("",))[0] == "ACCUSE"
                    ),
                ]
                for p in art.actors.all_in(list(c.subtree))
                if p.kind != "igo"
            ]
            if about:
                targets = about + targets
        if _withdrawn_grievance(tr) and tr.obj is not None:
            # "dropped its complaint to the WTO alleging Japan's unfair trade practices": a concession to the
            # state the complaint is about (named in its phrase, else found as any target is), not to the forum
            about = [p for p in _parties_for(art, list(tr.obj.subtree)) if p.kind != "igo" and p.country]
            targets = about + [p for p in targets if p.kind != "igo"]
        if (
            tr.type == "RETREAT"
            and tr.obj is not None
            and tr.obj.i != v.i
            and tr.obj.lemma_.lower() in lex.stationed_force_nouns
            and not _other_side(targets, own)
        ):
            # "cut its troop presence in Afghanistan", "began reducing its presence in Mali": forces drawn down
            # where they are stationed leave that state (lexicon stationed_force_nouns; session 24)
            targets = targets + [
                p
                for h in (tr.obj, v)
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in _prep_parties(art, c)
            ]
        if tr.obj is not None and _is_mission(tr.obj) and tr.obj.i != v.i:
            # "Iran reopened its embassy in Riyadh", "closed its consulate in Basra": the mission's host state
            targets = targets + [
                p for c in tr.obj.children if c.dep_ == "prep" and c.lower_ == "in" for p in _prep_parties(art, c)
            ]
        owner = _envoy_owner(art, tr)
        if owner is not None and tr.obj is not None:
            # "decided to recall the bloc's ambassador to Moscow": the bloc recalls its envoy from where he
            # is posted (a place stands for its country)
            sources = [owner]
            posted = [
                p for c in tr.obj.children if c.dep_ == "prep" and c.lower_ == "to" for p in _prep_parties(art, c)
            ]
            targets = posted + targets
        if not sources and passive and not _agent(v) and v.lemma_.lower() in lex.host_verbs:
            # "Russia's ambassador to Warsaw was summoned to Poland's foreign ministry": the host summons
            sources = _envoy_host(art, v, passive)
        if passive:
            pp = _parties_for(art, passive)
            if sources:
                targets = pp + targets
            elif tr.type in SYMMETRIC_TYPES:
                targets = pp + targets
            else:
                targets = pp + targets
        if tr.frame == "aimed":
            aimed = _aimed_at(art, v, sources[0].country if sources else None)
            if aimed is None:  # "fired two missiles into the sea": a launch aimed at no state shows force
                tr = replace(tr, type="MOBILIZE", mode="weapons", frame=None)
            else:
                targets = [aimed] + targets
        if tr.type in ("COERCE", "ASSAULT"):
            occupants = _occupants(art, tr, sources[0].country if sources else None)
            if occupants is not None:
                # "fired missiles at two Iraqi bases housing U.S. troops": aimed at the troops' state
                targets = [occupants] + [p for p in targets if p.country != occupants.country]
        if tr.type in ("COERCE", "ASSAULT") and not any(p.country for p in targets) and _unowned_craft(tr):
            # "a CCG vessel collided with an AFP-contracted boat": the craft met is the side facing the actor's
            targets = _facing_side(art, si, sent, v, {p.country for p in sources if p.country})
        if tr.frame is not None:
            sources, targets = _frame_parties(art, si, tr, subj, sources, targets)
            if (
                tr.frame
                in (
                    "transit",
                    "shadow",
                    "expulsion",
                    "verdict",
                    "allegation",
                    "cause",
                    "deadline",
                    "merit",
                    "coverage",
                    "consequence",
                    "phone",
                )
                and not targets
                and tr.type != "REJECT"
            ):
                # a warship sailing or shadowed with nobody named on the other side, "declared that meddling
                # was unwelcome" (no envoy declared): no interaction
                return []
        if not sources and tr.type in SYMMETRIC_TYPES and (not _agent(v) or tr.type == "AGREE"):
            # "the deal was concluded between Iran and the powers", "the accord signed between the two countries": the
            # sides of a "between" phrase are the sides of a mutual act stated without its doers; for an agreement
            # also the "between" phrase of the accord itself, told as the subject of the passive or as the noun a
            # participle describes ("a deal between A and B ... was signed by representatives", "the agreement
            # between A and B, signed on Monday"; session 25): the sides of an accord are its signatories
            preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "between"] if not _agent(v) else []
            if tr.type == "AGREE" and not tr.nominal and v.tag_ == "VBN":
                preps += _accord_between(v, passive)

            between = [
                p for c in preps for p in _parties_for(art, [g for g in c.children if g.dep_ == "pobj"]) if p.country
            ]
            if len({p.country for p in between}) >= 2:
                sources, targets = between[:1], [p for p in between[1:] if p.country != between[0].country]
        if not sources and passive and tr.type in _LAUNCHED_TYPES and not _agent(v):
            # "rockets were fired from Gaza toward Ashdod": fire with no agent, aimed at a named side, comes from
            # where it was launched ("no evidence the strikes had been launched from Yemen" names no target)
            launch = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "from" for p in _prep_parties(art, c)]
            if any(t.country not in {p.country for p in launch} for t in targets if t.country):
                sources = launch
    if unnamed and not sources and not targets:
        # "The first formal negotiations took place on Nov. 29-30 in Tokyo", "the inaugural 2+2 meeting in April
        # 2022", "Delegations met in Cairo on Aug. 27-28": a dated meeting that names nobody was held between the
        # article's two main sides
        dyad = art.main_dyad(v, events_only=True)
        speakers = _scene_speakers(art, v) if tr.nominal and _sideless_act(art, tr) else []
        if speakers and speakers[0].country not in {p.country for p in dyad}:
            # "Rubio told reporters after eight hours of talks in Jeddah" in a story whose main pair is Russia and
            # Ukraine, "NATO's chief said, announcing the deal after days of meetings": the speaker was at the talks,
            # so they are not the main pair's; with whom is a guess (his state's last counterpart was wrong on real
            # news: a mediator's), so no event (session 21)
            dyad = []
        if tr.nominal and len(dyad) == 2 and _sideless_act(art, tr):
            # the pair's meeting goes the way the article told the pair's meetings (the visitor to the host)
            pair = {dyad[0].country, dyad[1].country}
            pair_meeting = next(
                (
                    e
                    for e in reversed(art.events)
                    if e.type == "CONSULT"
                    and not e.implied
                    and e.source is not None
                    and e.target is not None
                    and {e.source.country, e.target.country} == pair
                ),
                None,
            )
            if (
                pair_meeting is not None
                and pair_meeting.source is not None
                and pair_meeting.source.country != dyad[0].country
            ):
                dyad = [dyad[1], dyad[0]]
        if len(dyad) == 2 and dyad[0].country and dyad[1].country and dyad[0].country != dyad[1].country:
            sources = [replace(dyad[0], inferred=True)]
            targets = [replace(dyad[1], inferred=True)]
    if _joint_exercise(tr, sources, targets):
        # "the Egyptian air force and its Sudanese counterpart began a military drill", "India held naval exercises
        # with France": forces exercising together cooperate (CAMEO 062), neither shows force to the other
        assert lex.joint_entry is not None
        tr = replace(tr, type=lex.joint_entry[0], mode=lex.joint_entry[1])
    # "talks between Iran on one side and Britain, China and France on the other": the single side with each
    # state of the other side, whatever the parse hung where
    two_sided = _one_side_other(art, sent, v)
    if not tr.nominal and sources:
        sources = sources + _fellow_travellers(art, tr, v)
    if two_sided is not None:
        sources, targets = two_sided
    # "Biden and Xi met": coordinated subjects of a symmetric event are its two sides; "Britain, China
    # and France signed the deal with Iran": each subject with the object (one event per named state)
    sides_given = False
    swap = False
    domestic = False  # two sides of one state ("the army and the RSF"): the target is of the source's country
    # "troops from Kyrgyzstan and Tajikistan exchanged gunfire": a mutual act's subjects are its two sides
    symmetric = (
        tr.type in SYMMETRIC_TYPES
        or (not tr.nominal and v.lemma_.lower() in lex.mutual_verbs)
        or tr.frame == "swap"
        # "Riyadh and Tehran severed diplomatic ties": coordinated subjects that cut the ties between them act on
        # each other (real news, session 20); named ones only: "they severed ties" does not say which of the two
        # named before cut them. Ties upgraded or restored keep one event each way ("their ties": test_dyads)
        or (
            tr.type == "SANCTION"
            and not tr.nominal
            and tr.obj is not None
            and tr.obj.lemma_.lower() in ("tie", "relation", "relationship")
            and not any(p.inferred for p in sources)
        )
    )
    if symmetric and len(sources) >= 2 and len({p.country for p in sources if p.country}) >= 2:
        subj_countries = {p.country for p in sources}
        if any(p.country and p.country not in subj_countries for p in targets):
            sides_given = True
        elif _visited_elsewhere(art, tr, v, subj_countries):
            # "Blinken and Lammy arrived in Kyiv": travellers named together visit the host together, neither
            # visits the other
            sides_given = True
        elif (
            not tr.nominal
            and v.lemma_.lower() in lexicon().attendance_verbs
            and (tr.obj is None or tr.obj.lemma_.lower() not in lexicon().happening_nouns)
        ):
            # "Harris and Cleverly attended the state funeral": guests named together each attend the ceremony (its
            # giver's), neither meets the other (session 25); "the presidents of A and B will attend the meeting" meet
            sides_given = True
        elif tr.mode == "release" and len({p.country for p in sources if p.country}) == 2:
            # "Russia and Ukraine exchanged prisoners": a one-way act done mutually is one act of each side,
            # aimed at the other
            swap = True
            symmetric = False
        else:
            sources, targets = sources[:1], sources[1:]
    elif (
        symmetric
        and not tr.nominal
        and _domestic_rivals(sources)
        and not any(p.country and p.country != sources[0].country for p in targets)
    ):
        # "The Sudanese army and the RSF resumed talks", "the government and the TPLF signed a deal": coordinated
        # sides of one state, a rebel (or opposition) side and another, are the two sides of a domestic event (X-X,
        # session 28); "Biden and Harris met" (no rebel side) stays as it was
        sources, targets = sources[:1], sources[1:2]
        domestic = True
    sources = [p for p in sources if p.country]
    if not sources and tr.obj is not None and tr.obj.lemma_.lower() in lex.content_nouns:
        # "the spokesperson reiterated China's demand that ...": the demand is its owner's
        sources = [p for p in _parties_for(art, [c for c in tr.obj.children if c.dep_ == "poss"]) if p.country]
    if tr.type == "ACCUSE" and v.lemma_.lower() == "protest" and not tr.nominal and not sources and _crowd_subject(v):
        tr = replace(tr, type="PROTEST", mode="demo")  # "hundreds of students protested outside the embassy"
    if tr.type == "ASSAULT" and not tr.nominal and not sources and _crowd_at_mission(v):
        tr = replace(tr, type="PROTEST", mode="riot")  # "protesters stormed the U.S. embassy in Baghdad"
    if tr.type == "PROTEST":
        sources, targets = _protest_sides(art, tr, sources, targets)
    if not sources and tr.nominal and _reaction_act(tr):
        # "rebuked Turkey over two air raids on Sinjar", "summoned Turkey's envoy to protest airstrikes": an attack
        # a reaction names, with no doer of its own, is the act of the side the reaction is aimed at
        sources = [p for p in _reaction_sides(art, v) if p.country]
    release_noun = _release_noun(tr) if not tr.nominal and tr.mode == "release" else None
    if release_noun is not None:
        # "Qatar announced the release of two aid workers who had been detained in Kabul", "the release of fishermen
        # jailed in Chile was announced": the release is the act of the state that held them, whoever tells it
        sources = _custody_noun_state(art, tr, release_noun) or sources
    if not sources and tr.type == "ASSAULT":
        # "a clash on the border in which three Armenian and two Azerbaijani soldiers were killed", "two Armenian
        # soldiers were killed when troops clashed": fighting that names no side is between the sides of its dead
        sources, targets = _casualty_sides(art, tr, targets) or (sources, targets)
    if not sources:
        # "the reporter was detained in Yekaterinburg": custody with no doer named is taken by the place's state
        sources = _custody_state(art, tr) or _sentencing_court(art, tr)
    if not sources and not tr.nominal and tr.type == "AID":
        # "a $40 billion aid package that parliament approved ... The package provides $20 billion for Kenya": the
        # package named again gives what its giver gives (the side of the latest aid told in this or the two
        # sentences before)
        sources = _package_giver(art, si, v)
    if sources and not tr.nominal and (owned := _owned_thing_speaker(art, v)) is not None:
        # "the spokesman said the Chinese action violated the law, describing it as unacceptable": the reporter
        # describes, aimed at the side whose act the reported clause names
        speakers = [p for p in _parties_for(art, owned[0]) if p.country]
        thing = art.actors.in_phrase(owned[1])
        if speakers and thing is not None and thing.country and thing.country != speakers[0].country:
            sources = speakers
            if not any(t.country and t.country != speakers[0].country for t in targets):
                targets = [thing]
    if sources and not tr.nominal and (self_aimed := _self_aimed_participle(art, v, sources[0])) is not None:
        # "the spokesman said Beijing must stop its drills, accusing China of ...": no side accuses itself; the one
        # who reports does, aimed at the side the reported clause names
        reporter, aimed_at = self_aimed
        speakers = [p for p in _parties_for(art, reporter) if p.country and p.country != aimed_at.country]
        if speakers:
            sources, targets = speakers, [aimed_at]
    if not sources and not tr.nominal:
        # "She said the remarks breached ... and urged Lima to stop": the parser hangs the speaker's own act on the
        # reported clause, whose subject is a thing; the one who reports it acts
        sources = [p for p in _parties_for(art, _misplaced_speaker(art, v)) if p.country]
    if not sources and _unnamed_attack(art, tr):
        # "the country's central fuel depot was attacked", "a drone strike hit the base in the city": an attack
        # whose doer the text does not name is still an attack, from an unnamed side (`*`) on what it struck
        sources = [_UNNAMED]
    if not sources:
        return []
    if tr.type == "ACCUSE" and v.lemma_.lower() == "protest" and not tr.nominal and not _official(sources[0]):
        tr = replace(tr, type="PROTEST", mode="demo")  # "students protested": dissent, not a government's protest
    if tr.type == "CONSULT" and not tr.nominal and _arrival_at_summons(v):
        # "has arrived at the Russian Foreign Ministry, where he was summoned": the going is the summons (the host's
        # ACCUSE), no visit of the envoy's own
        return []

    mod = modality(v, nominal=tr.nominal)
    denied = denied_share(v) if not tr.nominal and tr.obj is not None else None
    if denied is not None and tr.obj is not None and denied.i == tr.obj.i:
        # "Moscow denied any involvement in the poisoning": the act, denied by its alleged doer
        mod = Modality("negated", v.lower_, reported=mod.reported)
    if rejected:
        mod = Modality("occurred", "not", reported=mod.reported)
    if passive_asked and (mod.cue or "").lower() in ("must", "should", "ought", "need"):
        # "must be urged to exercise restraint": the speaker asks when it says so
        mod = replace(mod, status="occurred", cue=None)
    if (
        tr.type == "AGREE"
        and not tr.nominal
        and mod.status in ("planned", "hypothetical")
        and (mod.cue or "").lower() in {"would", "will", *lexicon().readiness_to_join.get("heads", ())}
        and readiness_to_join(v, v.lemma_.lower())
    ):
        # "said he was ready to work with Putin": the offer is made when stated, whatever the work to come ("could
        # be ready to work with" keeps its own cue, could)
        mod = replace(mod, status="occurred", cue=None)
    if _measure_taken(tr, mod):
        # "Hanoi had already taken punitive steps on Friday", "took similar action against the firm", "has decided
        # to take countermeasures against 20 US companies": measures taken (or decided) are done, not threatened;
        # aimed at someone they are a sanction, otherwise ("has taken steps to cut emissions", "failed to take any
        # concrete steps") they name no interaction
        if mod.status == "negated" or not _aimed_measure(tr):
            return []
        tr = replace(tr, type="SANCTION", mode=None)
    if _called_for_infinitive(tr):
        # "have rejected Western calls to condemn Moscow", "resisted pressure to condemn Russia", "renewed its call on
        # China to condemn Russia": what a call asks for is not done, and not by the one who calls or who is called on
        return []
    if _sought_agreement(tr):
        # "mediation efforts led by the US, Egypt and Qatar to reach a ceasefire", "Egypt and Qatar are working with
        # both sides to reach a truce": an agreement aimed at is not made, and the mediators are not its sides
        return []
    if _agreed_content(art, tr, mod):
        # "agreed to collaborate more closely", "agreed that Iran will open an embassy": the AGREE is the event
        return []
    if (
        _speculated(tr, mod)
        or _stated_intent(art, tr, mod)
        or _anyone_opposed(tr)
        or _habit(tr)
        or _standing_stance(si, sent, tr)
    ):
        # "could meet with Xi later on Monday", "areas in which Beijing and Washington could cooperate"; "will work
        # with the Indian side to implement the resolution": a possibility or a stated will to work together, no act;
        # "firmly opposes any country imposing unilateral sanctions": a policy aimed at no one in particular
        return []
    alleged = _plain_warning(art, tr, sources[0].country)
    if alleged is not None:
        # "warned that time was running out", "warned that Beijing often made promises that went unfulfilled": a
        # warning of what is or was, with nothing to come, threatens nothing; one about another side's doings is an
        # allegation against that side, one about nobody no event
        if not alleged:
            return []
        tr = replace(tr, type="ACCUSE", mode="allege")
        targets = alleged + targets
    if _brought_to_forum(tr):
        targets = [t for t in targets if t.kind != "igo"]
    out: list[EventMention] = []
    per_source = sources if not symmetric or sides_given else sources[:1]
    per_source = [p for i, p in enumerate(per_source) if p.country not in {q.country for q in per_source[:i]}]
    mutual = len(per_source) == 2 and (
        swap
        or mod.status in ("occurred", "ongoing")
        and _reciprocal(v)
        or _mutual_pullback(art, tr, per_source, targets)
    )
    for src in per_source:
        co = {p.country for p in per_source} if len(per_source) > 1 and not mutual else set()
        tgt = _first_other([p for p in targets if p.country not in co], src.country)  # co-subjects act together
        if tgt is None and domestic:
            tgt = targets[0]
        if mutual and tgt is None:
            # "the two countries agreed to ease restrictions on each other's journalists": each the other's target
            tgt = next(p for p in per_source if p.country != src.country)
        if tgt is None and tr.type == "SANCTION" and tr.mode == "withdraw":
            # "recalled its ambassadors in A, B and C": the states the envoys are posted in (the "in" phrase is no
            # side of the clause; ``_envoy_posts``)
            tgt = next((p for p in _envoy_posts(art, tr) if p.country != src.country), None)
        if tgt is None and needed is not None and src.sector != "REB":
            # "Al-Burhan stressed the need for the RSF militia to leave civilian locations": an armed movement of the
            # speaker's own state named as the one to act is asked at home (SDN-SDN; session 28)
            tgt = next((p for p in targets if p.country == src.country and p.sector == "REB"), None)
        tgts: list[Party | None] = [tgt]
        if two_sided is not None or many_recipients:
            tgts = [
                p
                for i, p in enumerate(targets)
                if p.country and p.country != src.country and p.country not in {q.country for q in targets[:i]}
            ] or [tgt]
        elif symmetric and not sides_given and len(per_source) == 1 and len(targets) >= 2:
            # "Xi and the presidents of Brazil and India met": the first named side with each of the others
            tgts = [
                p
                for i, p in enumerate(targets)
                if p.country and p.country != src.country and p.country not in {q.country for q in targets[:i]}
            ] or [tgt]
        elif tgt is not None:
            # "raised Russia's war and Chinese actions against ...", "met the leaders of Britain, France
            # and Germany": each coordinated party is a target
            # "Russia and Turkey urged Armenia and Azerbaijan to ...": a one-way act of coordinated sides at
            # coordinated targets is each source's act at each target (session 28); a symmetric one keeps its
            # first side's targets (its co-subjects are its other sides)
            seen = {tgt.country} | co
            for p in _coordinated(art, tr, tgt) + _conjunct_measure_targets(art, tr):
                if (
                    p.country
                    and p.country != src.country
                    and p.country not in seen
                    and (len(per_source) == 1 or not symmetric)
                ):
                    seen.add(p.country)
                    tgts.append(p)
        # "imposed two rounds of tariffs in February and March", "met on March 3 and March 7": one
        # event per date of a list (each with its own date, status and background)
        listed = date_list(art, v, mod.status, nominal=tr.nominal)
        dates: list[DateInfo | None] = [d for d, _ in listed] if listed else [None]
        item_places = [p for _, p in listed] if listed else [None]
        # a statement is made in one place: the places of what it is about are no list of events
        places = _place_list(art, si, tr) if tr.type not in lex.statement_types else None
        # (target, date, mention-id part, place, host) of each event the clause makes
        variants: list[tuple[Party | None, DateInfo | None, str, Any | None, bool]]
        abroad = _wrong_states(art, tr, src) if len(tgts) == 1 and tgts[0] is None and not _brought_to_forum(tr) else []
        crowd_places = False
        if abroad:
            # "imposed restrictive measures against 18 individuals for human rights violations in Afghanistan, South
            # Sudan and Russia": a measure that names no side is aimed at each foreign state of the list it governs,
            # one event each (the list says where the wrongs were done, not where the measure was taken)
            variants = [(p, dates[0], f"p{j}" if j else "", None, False) for j, p in enumerate(abroad)]
        elif places is not None and len(tgts) == 1:
            # "they met in Oslo in March, Doha in June and Nairobi in October", "with stops in Kyiv, Warsaw
            # and Paris": one event per place of a list, each with its own date when the list gives one
            posting = _envoy_posting(tr, places[0][0])
            host = tr.mode == "visit" or _counterparts_at(places[0][0]) or posting
            t0 = tgts[0]
            if host and (t0 is None or t0.inferred or posting):
                t0 = None  # the host is the listed place's country ("their counterparts in Tokyo and Seoul")
            variants = [(t0, d_item, f"p{j}" if j else "", place, host) for j, (_, place, d_item) in enumerate(places)]
            # "protesters marched in London, Berlin, Madrid and Paris": a crowd no state names is of the country it
            # marches in, one per listed place (session 22); its side was read off the first place only
            if tr.type == "PROTEST" and any(
                src.text == getattr(p, "text", None) and src.country == getattr(p, "country", None)
                for _, p, _ in places
            ):
                crowd_places = True
        else:
            variants = [(t, d, f"d{k}" if k else "", item_places[k], False) for t in tgts for k, d in enumerate(dates)]
        for t, d, part, place, host in variants:
            src_v = src
            if crowd_places and place is not None and getattr(place, "country", None):
                src_v = Party(name=place.country, country=place.country, kind="country", text=place.text)
                if t is not None and t.country == src_v.country:
                    continue  # a crowd in the state it protests against names no foreign side
            m = _build(
                art,
                si,
                sent,
                tr,
                mod,
                src_v,
                t,
                borrowed,
                frozenset(co),
                date_given=d,
                part=part,
                place_given=place,
                host=host,
                domestic=domestic,
            )
            if m is not None:
                out.append(m)
        out.extend(_guests_with_host(art, si, sent, tr, mod, src, tgts, borrowed, out))
    if not tr.nominal and out:
        out = _switched(art, v, out)
    # "declined a U.S. request": also the request, by its owner, to the decliner
    if not tr.nominal and tr.type in ("REJECT", "AGREE", "CONCEDE") and out:
        obj = verb_object(v)
        if obj is not None and obj.lemma_.lower() in lex.embedded_nouns:
            owner = None
            for c in obj.children:
                if c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ == "from"):
                    owner = art.actors.in_phrase(c if c.dep_ != "prep" else next(iter(c.children), c))
                    if owner is not None:
                        break
            if owner is not None and owner.country:
                base = out[0]
                entry = lex.nouns.get(obj.lemma_.lower(), ("REQUEST", None))
                if base.target is None:
                    out[0] = finish(replace(base, target=owner))
                out.append(
                    finish(
                        replace(
                            base,
                            type=entry[0],
                            mode=entry[1],
                            source=owner,
                            target=base.source,
                            trigger=obj.text,
                            trigger_start=obj.idx,
                            trigger_end=obj.idx + len(obj),
                            confidence=round(base.confidence - 0.1, 2),
                        )
                    )
                )
    return out


def _guests_with_host(
    art: Article,
    si: int,
    sent: Span,
    tr: Trigger,
    mod: Modality,
    src: Party,
    tgts: list[Party | None],
    borrowed: bool,
    made: list[EventMention],
) -> list[EventMention]:
    """A meeting of one side with several others in the named place of one of them: each other guest
    meets the host too ("in Ankara, where he met Erdogan and Putin for a summit": Russia -> Turkey as
    well as Iran with each), and so for any symmetric event ("the navies of China, Iran and Russia held a
    joint exercise near Iran's Chabahar Port": Russia -> Iran as well). Only when the text names the place
    and it lies in one listed side's country; the guests' own pair is not made (the GUIDE's host -> guest
    convention)."""
    if tr.type not in SYMMETRIC_TYPES or len(tgts) < 2:
        return []
    places = [m.place for m in made if m.source is src and m.place is not None and m.place.text]
    if not places or places[0] is None:
        return []
    where = places[0].country
    host = next((t for t in tgts if t is not None and t.country == where), None)
    if host is None or host.country == src.country:
        return []
    out: list[EventMention] = []
    for k, guest in enumerate(tgts):
        if guest is None or guest is host or not guest.country or guest.country in (src.country, host.country):
            continue
        m = _build(art, si, sent, tr, mod, guest, host, borrowed, part=f"h{k}")
        if m is not None:
            out.append(m)
    return out


def _build(
    art: Article,
    si: int,
    sent: Span,
    tr: Trigger,
    mod: Modality,
    src: Party,
    tgt: Party | None,
    borrowed: bool,
    co: frozenset[str | None] = frozenset(),
    *,
    date_given: DateInfo | None = None,
    part: str = "",
    place_given: Any | None = None,
    host: bool = False,
    domestic: bool = False,
) -> EventMention | None:
    lex = lexicon()
    v = tr.head
    if tr.mode is None and _on_call(art, si, tr):
        # "spoke by telephone on Monday and discussed Syria", "discussed ties in a phone conversation"
        tr = replace(tr, mode="phone/video") if tr.type == "CONSULT" else tr
        on_call = True
    else:
        on_call = tr.mode == "phone/video"
    conf = 0.85 if not tr.nominal else 0.7
    # "Copenhagen's allegations that ...": an owned accusation naming the accused is dated as its sentence's news
    accusation = tr.nominal and tr.type == "ACCUSE" and v.lemma_.lower() in lex.accusation_nouns
    target_fallback = borrowed
    visited = False
    # place: "met ... in Beijing", "visited Tianjin", "arrive in Beijing"
    motion = tr.mode == "visit" or (
        # "welcomed his Angolan counterpart to Cairo": a guest welcomed to a city is met there
        tr.type == "CONSULT" and not tr.nominal and v.lemma_.lower() in lex.reception_verbs
    )
    cop = copula(v) if tr.nominal else None
    place_raw = place_given or art.places.attached(
        v,
        extra_heads=tuple(t for t in (tr.obj, tr.particle, cop) if t is not None),
        motion=motion,
        # "a ship carrying aid reached Sudan": a place an arrival verb takes as its object is where it arrived
        dobj_is_place=tr.mode == "visit" or (not tr.nominal and v.lemma_.lower() in lex.arrival_verbs),
        nested_objects=tr.type in _NOT_AT_DATELINE or tr.type == "COERCE",
        struck=tr.type == "ASSAULT",
        meeting=tr.type == "CONSULT",
    )
    if place_raw is None and not tr.nominal and v.dep_ in ("conj", "advcl"):
        place_raw = _fronted_place(art, v) or _arrival_place(art, v)
    elif place_raw is None and not tr.nominal and v.dep_ == "xcomp":
        place_raw = _arrival_place(art, v)
    if place_raw is None and not tr.nominal:
        place_raw = _where_place(art, v) or (_said_place(art, v) if tr.type in _SAID_TYPES else None)
    if place_raw is None and not tr.nominal and tr.type in _LAUNCH_TYPES:
        place_raw = _launch_place(art, v)
    if place_raw is None and not tr.nominal:
        place_raw = _gathered_place(art, v)
    if place_raw is None and not tr.nominal and tr.type not in _NOT_AT_DATELINE:
        place_raw = _posting_place(art, v)
    if place_raw is None and tr.type == "PROTEST":
        place_raw = _mission_place(art, v)
    if place_raw is None and tr.frame == "shadow":
        # "organised troops to follow and monitor a US destroyer that transited through the Taiwan Strait":
        # the shadowing happens where the shadowed ship went
        obj = verb_object(v) or next(
            (o for cj in v.conjuncts if cj.i > v.i for o in [verb_object(cj)] if o is not None), None
        )
        for c in obj.children if obj is not None else ():
            if c.dep_ == "relcl" and place_raw is None:
                place_raw = art.places.attached(c, motion=True)
    if place_raw is None and not tr.nominal and verb_object(v) is None:
        # "tracked, warned and expelled a destroyer from the waters around the Paracel Islands": verbs
        # listed before their shared object act where the last of them is placed
        later = [cj for cj in v.conjuncts if cj.i > v.i]
        if later and verb_object(later[-1]) is not None:
            place_raw = art.places.attached(
                later[-1],
                motion=motion,
                nested_objects=tr.type in _NOT_AT_DATELINE or tr.type == "COERCE",
                struck=tr.type == "ASSAULT",
            )
    if place_raw is None and tr.nominal:
        place_raw = _happening_place(art, v)
    if place_raw is None:
        place_raw = _visit_scene(art, v, src, tgt)
    if place_raw is None and tr.type in _MEETING_SCENE_TYPES:
        place_raw = _meeting_scene(art, v)
    if place_raw is None and not tr.nominal and tr.type in _AT_MEETING | {"CONSULT"}:
        place_raw = _guests_place(art, v)
    if place_raw is None and not tr.nominal:
        place_raw = _meeting_clause_place(art, v)
    if place_raw is None and not tr.nominal:
        place_raw = _when_clause_place(art, v)
    if place_raw is None:
        place_raw = _here_place(art, v)
    if place_raw is None and not tr.nominal and tr.type == "CONSULT":
        place_raw = _errand_place(art, v)
    trip = v if tr.nominal and tr.mode == "visit" else v.head if tr.type == "CONSULT" and v.dep_ == "acl" else None
    if place_raw is None and trip is not None and lex.nouns.get(trip.lemma_.lower(), ("", None))[1] == "visit":
        # "since her Washington visit to meet Trump", "his Moscow trip": a place naming the visit is where it went
        place_raw = next(
            (
                p
                for c in trip.children
                if c.dep_ in ("compound", "nmod") and c.i < trip.i
                for p in [art.places.at(c)]
                if p is not None and getattr(p, "feature", None) in ("city", "country") and p.country != src.country
            ),
            None,
        )
    if place_raw is None and tr.nominal and v.dep_ in ("nsubj", "nsubjpass") and _held(v.head):
        # "The first formal negotiations took place on Nov. 29-30 in Tokyo", "the talks were held in Doha"
        place_raw = art.places.attached(v.head)
    if tr.nominal and (place_raw is None or getattr(place_raw, "feature", "") == "country"):
        # "the first visit to Vietnam by Locsin during their talks in Hanoi": the event it took place
        # during happened where it is placed (the city, when the visit names only its country)
        scene = next(
            (
                g
                for c in v.children
                if c.dep_ == "prep" and c.lower_ == "during"
                for g in c.children
                if g.dep_ == "pobj" and g.i in art.trigger_type
            ),
            None,
        )
        during = art.places.attached(scene) if scene is not None else None
        if during is not None and (place_raw is None or getattr(during, "country", None) == place_raw.country):
            place_raw = during
    place = (
        _compass_as_printed(art, place_raw, _division_as_printed(art, place_raw, place_record(place_raw)))
        if place_raw is not None
        else None
    )
    # "visited Tianjin", "arrive in Beijing": the place's country is the host; "meet in Brussels" says nothing
    if (
        tgt is None
        and place is not None
        and place.country
        and place.country != src.country
        and (
            tr.mode == "visit"
            or host
            or tr.type in ("ASSAULT", "MOBILIZE", "COERCE", "CONCEDE", "AID")
            or (tr.type == "CONSULT" and _unnamed_partner(tr))
            # "attended the consultations in Manila": a gathering attended abroad is given by the place's state
            or (tr.type == "CONSULT" and not tr.nominal and v.lemma_.lower() in lex.attendance_verbs)
        )
        and not _at_summit(art, place_raw, v)
    ):
        tgt = Party(name=place.country, country=place.country, kind="country", text=place.name)
        target_fallback = True
        visited = tr.mode == "visit" or host  # "visited Beijing": a host as sure as a named one
    if tgt is None and v.dep_ == "relcl" and any(c.lower_ == "where" for c in v.children):
        h = v.head
        p = art.actors.at(h)
        pl = art.places.at(h)
        cand = p or (
            Party(name=pl.name, country=pl.country, kind="country", text=pl.text)
            if pl is not None and pl.country
            else None
        )
        if cand is not None and cand.country != src.country:
            tgt, target_fallback = cand, True
    if tgt is None and not tr.nominal and tr.type in _REACTION_TYPES:
        # "praised the assault", "condemned the launch": the act's actor, when the article reported it
        actor = _act_actor(art, v, src, si, tr.type)
        if actor is not None:
            tgt, target_fallback = actor, True
    if tgt is None and tr.obj is not None and lex.nouns.get(tr.obj.lemma_.lower(), ("", None))[1] == "visit":
        # "cancelled a planned visit to Malaysia under pressure from Saudi Arabia": the host is the visit's
        # destination, not a party of the circumstances
        dest = _destination(art, tr.obj)
        if dest is not None and dest.country != src.country:
            tgt, target_fallback = dest, True
    # a claim judged false names its author or nobody: what it is about is no target (the article's counterpart is)
    claim_verdict = tr.frame == "verdict" and tr.type == "REJECT"
    # a withdrawn complaint is no concession to the forum it was lodged with ("at the WTO")
    grievance = _withdrawn_grievance(tr) or _brought_to_forum(tr)
    # a request addressed to a state's own people or firms ("urged its nationals abroad to come home", "told its shipping
    # companies to refuse any boarding") is made at home: no party of its clause or sentence and not the article's
    # last counterpart is its addressee (issue 15 point 6: no target where the party is only a guess)
    home_addressed = tr.type == "REQUEST" and not tr.nominal and _home_addressee(art, v, src.country)
    if tgt is None and not tr.nominal and tr.type != "CONSULT" and not claim_verdict and not home_addressed:
        # a party inside the clause ("to limit China's access"), not a location ("in the Chinese capital")
        # nor a coordinated clause's ("unveiled controls, and Japan followed")
        skip = {
            t.i
            for c in v.children
            if (c.dep_ == "prep" and c.lower_ in _LOC_PREPS | _SCENE_PREPS)
            or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
            # an unnamed side's attack strikes its object, not who a consequence names ("leaving a Pakistani
            # national wounded")
            or (src.country is None and c.dep_ in ("advcl", "xcomp", "ccomp"))
            or (src.country is None and c.dep_ == "prep" and c.lower_ == "from")  # where it came from
            # a contrasting clause names a parallel side ("criticised the drills, while Japan urged restraint")
            or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS for m in c.children))
            for t in c.subtree
        }
        skip |= _gathering_venues(v) | _means_tokens(v)
        clause = [t for t in v.subtree if t.i > v.i and t.i not in skip]
        # an unnamed side's attack on "Sudan's central fuel depot": the struck thing's owner, when named
        struck = [t for c in v.children if c.dep_ == "nsubjpass" for t in c.subtree] if src.country is None else []
        cand = _first_other(
            [p for p in art.actors.all_in(struck + clause) if not grievance or p.kind != "igo"], src.country
        )
        if cand is None:
            # "submitted applications to join the alliance": a definite description names the nearest
            # earlier actor of its kind
            cand = _first_other(
                [
                    replace(p, text=t.text, inferred=True)
                    for t in clause
                    if is_definite(t) and not is_dual(t)  # "the two countries" is no description of one party
                    for p in art.definite(t)
                ],
                src.country,
            )
        if cand is None and tr.type in _STRUCK_PLACE_TYPES:
            # "bombed camps belonging to the PKK in northern Iraq", "struck a militant training camp near
            # Balakot in Pakistan": an attack on a group's camp abroad is aimed at the state it stands in
            cand = _foreign_place(art, clause, src.country)
        if cand is None and tr.type == "THREATEN":
            # "Hamas threatened to resume attacks in Israel", "warned it would strike bases in Iraq": the threat
            # is aimed at the state where the threatened force would be used
            cand = _threatened_force_place(art, sent, v, src.country)
        if cand is not None:
            tgt, target_fallback = cand, True
    if src.country is None and (tgt is None or mod.status not in ("occurred", "ongoing")):
        # an unnamed side's attack on nobody named is no interaction; one foreseen ("attacks against India
        # have been planned") is no act yet
        return None
    if src.country is None and tgt is not None:
        # "intercepted another ballistic missile over Khamis Mushait": the state the article already reported
        # attacked by a named side was attacked by that side again
        earlier = next(
            (
                e.source
                for e in reversed(art.events)
                if e.type == "ASSAULT"
                and e.source
                and e.source.country
                and e.target
                and e.target.country == tgt.country
            ),
            None,
        )
        if earlier is not None:
            src = replace(earlier, inferred=True)
    if tgt is None and not tr.nominal and tr.type not in SYMMETRIC_TYPES and not claim_verdict:
        # "He said he had urged him to use his influence on Iran ..., and warned that Canada would ...": a warning
        # or call with no addressee of its own, coordinated with the telling of a request to someone, is addressed to
        # the same one (not to a side the request's content names)
        cand = _first_other(_shared_addressee(art, v), src.country)
        if cand is not None:
            tgt, target_fallback = cand, True
    if tgt is None and not tr.nominal and tr.type not in SYMMETRIC_TYPES and not claim_verdict and not home_addressed:
        # a party elsewhere in the sentence ("ordered increases in tariffs on Chinese imports, raising levies")
        speaker = attribution_of(v, art.actors)
        means = _means_tokens(v)
        cand = _first_other(
            [
                p
                for p in _sentence_parties(art, si, sent, v, exclude=means)
                if (speaker is None or p.actor_id != speaker.actor_id) and not (grievance and p.kind == "igo")
            ],
            src.country,
        )
        if cand is not None:
            tgt, target_fallback = cand, True
            conf -= 0.1
    # a pledge is one-sided: "Lai pledged to preserve the status quo" names nobody it is made to, and the
    # article's last counterpart is not its addressee
    pledge = tr.type == "AGREE" and not tr.nominal and v.lemma_.lower() in lex.vow_verbs
    # "we will sign documents", "said he would invite Kim": an agreement or request still to come that names
    # nobody is addressed to nobody the article has reported yet
    still_to_come = tr.type in _FUTURE_UNADDRESSED_TYPES and mod.status not in ("occurred", "ongoing") and not grievance
    # a rejection, denial or refusal that names no other side ("The Kremlin has always denied any involvement",
    # "Washington rejected both verdicts as baseless", "Kyiv had refused to put its name to any document") answers
    # someone the sentence does not name: the article's last counterpart is a guess (session 22)
    unanswered = tr.type == "REJECT" and not grievance
    if (
        tgt is None
        and (tr.type in _COUNTERPART_TYPES or grievance)
        and not (pledge or still_to_come or unanswered or home_addressed)
    ):
        # "Seoul said it would withdraw the complaint it lodged at the WTO": the other side of the dispute
        cand = art.counterpart(src.country)
        if cand is not None:
            tgt, target_fallback = cand, True
            conf -= 0.15
    if tgt is None and not tr.nominal and tr.obj is not None and any(c.lower_ == "own" for c in tr.obj.children):
        # "Taiwan unveiled its own controls in March": a side's "own" measure is one like the measure of
        # the same kind another side took before, against the same target
        cand = next(
            (
                e.target
                for e in reversed(art.events)
                if e.type == tr.type
                and e.source is not None
                and e.source.country not in (None, src.country)
                and e.target is not None
                and e.target.country not in (None, src.country)
            ),
            None,
        )
        if cand is not None:
            tgt, target_fallback = cand, True
    if tgt is None and not src.inferred and tr.type in _PLACED_MEASURE_TYPES:
        # "protesters gathered at the French embassy in Niamey after Paris suspended aid", "Riyadh had severed
        # ties after protesters attacked its missions in Iran": a measure or a condemnation that names no
        # other side is aimed at the foreign state where its sentence is set; a state that is another clause's subject
        # acts there ("Taiwan unveiled its own controls in March, and South Korea followed"), it is no setting
        cand = _foreign_place(art, (t for t in sent if not _acting_subject(t, v)), src.country)
        if cand is not None:
            tgt, target_fallback = cand, True
            conf -= 0.15
    home_movement = tr.type == "REQUEST" and tgt is not None and tgt.sector == "REB" and src.sector != "REB"
    if tgt is not None and (tgt.country == src.country or tgt.country in co) and not home_movement and not domestic:
        # "The Netherlands and Japan adopted restrictions": co-actors are not each other's targets; a state's leader
        # asking its own armed movement to act asks at home ("Al-Burhan stressed the need for the RSF to leave",
        # SDN-SDN, session 28)
        tgt = None
    if target_fallback:
        conf -= 0.1
    if tgt is None and src.inferred:
        return None  # a sentence that names neither side ("It said it had deployed ships") reports no interaction
    if (
        tgt is not None
        and target_fallback
        and (src.inferred or tgt.inferred)
        and src.kind != "group"
        and owned_agent_text(src.text)
    ):
        # "the command said its troops were ready to fight": a side read off a possessive pronoun, with a target
        # guessed from context and either side from outside the sentence, is a guess on a guess (session 24)
        return None
    if tgt is None and tr.type == "ACCUSE" and not tr.nominal and v.lemma_.lower() == "oppose":
        return None  # "China firmly opposes such actions": an opposition aimed at no named side is a stance
    if tgt is None and tr.type == "ACCUSE" and _general_charge(art, tr, v):
        # "ASEAN ministers expressed concern over regional instability", "condemns terrorism in all its forms": a charge
        # against nothing determinate and aimed at no side the text names (after every fallback above) is a stance,
        # not an act between two sides; a charge against a determinate deed ("China condemned the pact") is aimed at
        # its unnamed makers and kept, as the gold codes it X-* (session 25)
        return None
    if tgt is None and unanswered:
        # "Lima accused Santiago of shelling its posts. Chile rejected the accusation": a denial of a charge
        # answers the side that last accused the one denying; any other rejection with no side is dropped
        # a denial answers the side that last accused the one denying (else, as before, the article's counterpart),
        # a refusal the side that last asked it; any other rejection with no side is dropped
        if _denies_charge(v) or (tr.obj is not None and tr.obj.lemma_.lower() in lex.answered_acts):
            # "firmly opposed the decision": a thing another side did answers its author, as before
            tgt = _accuser_of(art, src.country, "ACCUSE")
            if tgt is None and not _denies_charge_noun(v):
                tgt = art.counterpart(src.country)
        else:
            # "Spain demanded an apology ... Milei refused to apologize": a refusal answers who last asked
            tgt = _accuser_of(art, src.country, "REQUEST")
        if tgt is None and art.counterpart(src.country) is not None:
            return None  # "refused to sign", "rejected both verdicts": not aimed at the article's last counterpart
        conf -= 0.25 if tgt is not None else 0

    # status
    status = mod.status
    # not the condition of an if-clause; a vow is made when it is said ("vowed to retaliate")
    stated = mod.by_aux or (mod.reported and mod.cue != "if") or mod.cue_lemma in lex.vow_verbs
    if status in ("planned", "hypothetical") and stated and tr.type in lex.speech_act_types:
        status = "occurred"  # "would take all necessary measures" is a threat made now
    elif (
        status == "hypothetical"
        and (mod.reported or mod.cue == "not rule out")
        and mod.cue != "if"
        and tr.type in _COERCIVE_TYPES
    ):
        # "Ankara could suspend relations with Abu Dhabi, the president said": a coercive act that its
        # actor states as a possibility is a threat, made when it is said
        tr = replace(tr, type="THREATEN", mode=None)
        status = "occurred"
    elif status == "hypothetical" and (mod.cue or "").lower() in lex.readiness and tr.type not in _COERCIVE_TYPES:
        status = "planned"  # "Japan is ready to provide emergency aid": an intention announced

    if status in ("planned", "hypothetical") and tr.type in lex.ultimatum_types and _ultimatum(v):
        # "will withdraw its force from Chad unless the government holds elections": an ultimatum, a
        # threat made when it is said
        tr = replace(tr, type="THREATEN", mode=None)
        status = "occurred"

    ordered_measure = False
    if (
        status == "planned"
        and mod.cue_lemma in lex.order_verbs
        and (tr.type in lex.announce_types or tr.type in lex.ordered_taken_types)
    ):
        # "ordered China to close its consulate", "ordered troops to deploy to the border": the measure or the show of
        # force is taken by the order (an ordered strike or meeting is still to come)
        status = "occurred"
        ordered_measure = True

    # date: own timex, else the governing clause's (if it is not another event with another status)
    # ("made his first visit since 2015", "visits Brasilia for the first time since 2015" is this visit, not one in
    # 2015, which implied_since adds; a visit named only by the noun, "It was the first visit since 2016", still is
    # the implied one)
    date = date_given or own_date(art, v, status, own_only=tr.nominal, past_first_since=not tr.nominal)
    if date is None and cop is not None and art.timex.own(cop) is not None:
        date = info_from_timex(art.timex.own(cop), "timex")
    if (date is None or art.timex.own(v) is None) and date_given is None and status in ("occurred", "ongoing"):
        # "The strikes came a day after similar attacks inside Iraq": a day before the strikes; "visited Accra on
        # Thursday, two days after the army attacked a border post": the measured span dates the clause it
        # introduces, not the time of the clause above it (only the event's own time expression wins)
        date = relative_date(art, v, si, anchored_only=date is not None) or date
    if ordered_measure and date_given is None and date is not None and effective_date(date):
        # "has ordered his government to close the border beginning tomorrow": taken on the day of the order (session 25)
        date = announcement_date(art, v, status)
    decision_noun = (
        not tr.nominal and v.dep_ == "acl" and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in lex.decision_verbs
    )  # "made an announcement to impose tariffs from Sept. 24", "the decision to expel the envoy"
    if (
        (status == "planned" and mod.cue_lemma in lex.decision_verbs) or (status == "occurred" and decision_noun)
    ) and tr.type in lex.announce_types:
        own = date is not None and date.date_from is not None and not (date_given is None and effective_date(date))
        decided = date if own else announcement_date(art, v, "occurred")
        if not tr.nominal or decided is not None:
            # "decided to close the consulate", "agreed on Tuesday to sanction": the decision is the
            # measure, taken that day
            status, date = "occurred", decided
    enacted = (
        v.dep_ == "relcl" and v.head.lemma_.lower() in lexicon().artifact_nouns
    )  # "signed an order that will prohibit"
    # an arrangement stated by the reporter is the measure announced (session 25): "The UK is to impose sanctions on
    # 370 more Russians", the headline "Russia to expel 60 US diplomats" (a measure, not a pledge of aid), and a
    # coercive measure its imposer "will" take in the reporter's own words ("Canada will impose 25% tariffs on U.S.
    # goods effective immediately", as "..., the ministry said" already was); a date still to come keeps it planned
    arranged = mod.cue in lex.announced_arrangement_cues and tr.type not in lex.pledge_types
    stated_will = mod.by_aux and mod.cue == "will" and tr.type in _MEASURE_TYPES and _main_clause(v)
    if (
        status in ("planned", "proposed")
        and (mod.by_aux or arranged)
        and tr.type in lex.announce_types
        and (mod.reported or enacted or arranged or stated_will)
        and not _announcement_ahead(v, tr.type)
        and (
            date is None
            or (art.published and date.date_from and date.date_from <= art.published)
            or (date_given is None and effective_date(date))
        )
    ):
        status = "occurred"  # an announced measure: coded on its announcement date
        if date_given is None and date is not None and effective_date(date):
            # "On Monday, Beijing announced it would raise duties from June 1": announced on Monday;
            # the day the duties start is not the measure's date
            date = announcement_date(art, v, status)
        else:
            date = date_given or own_date(art, v, status)
    # "hosted by Trump, who had held separate meetings with the delegations beforehand": a flashback
    # that names no time of its own belongs to the news it is told in; it takes that news's date (the
    # same sentence's, the paragraph's, the lead's), never the bare publication date
    flashback = mod.past_perfect and not mod.reported
    setting = _setting_verb(v) if tr.nominal and tr.type == "CONSULT" and date_given is None else None
    if setting is not None and (
        setting.lemma_.lower() == "be" or src.country not in {p.country for p in _setting_speaker(art, v)}
    ):
        # "it was in talks with Portugal": a state of affairs, not a statement's setting; "Lula told Xi at the start
        # of their talks" coded for another side than the speaker's: not the speaker's meeting, left undated
        setting = None
    pair = {src.country, tgt.country if tgt is not None else None}
    if setting is not None and any(
        e.type == tr.type and {e.source.country if e.source else None, e.target.country if e.target else None} == pair
        for e in art.events
    ):
        # "Okafor met Ramos on Monday. Okafor said at the meeting with Ramos that ...": the meeting already told is
        # not told again
        setting = None
    if setting is not None and date is None and status in ("occurred", "ongoing"):
        # "Okafor told reporters on Monday after talks with Ramos", "speaking after talks with Xi, Putin said": a
        # meeting stated as the setting of a statement is held when the statement is made, dated as that verb is
        date = own_date(art, setting, status)
        if date is None and setting.dep_ in ("advcl", "ccomp") and setting.head.pos_ in ("VERB", "AUX"):
            date = own_date(art, setting.head, status)
    sideless = src.inferred and date is None and _sideless_act(art, tr)
    # "the joint exercises of A and B took place in the South China Sea": an event noun whose clause says it happened
    # is dated as that clause's act would be (session 24)
    told_happened = tr.nominal and date is None and (_happened_subject(v) or _answering_verb(v) is not None)
    if told_happened and (answering := _answering_verb(v)) is not None:
        date = own_date(art, answering, status)  # "answered on Sunday with artillery fire and a drone strike"
    if (
        date is None
        and status in ("occurred", "ongoing")
        and (not tr.nominal or accusation or setting is not None or sideless or told_happened)
    ):
        # the same sentence's dated event, else the article's lead event: body paragraphs tell the lead's news
        prev = sentence_event(
            art,
            v,
            [
                e
                for e in art.events
                if e.sentence == si
                and e.status in ("occurred", "ongoing")
                and not e.background
                and e.date_value
                and e.date_source == "timex"
            ],
        )
        if prev is None and any(c.dep_ == "advmod" and c.lower_ == "also" for c in v.children):
            # "The ministry summoned the ambassador on Monday. It also demanded that ...": an act added with "also"
            # is done on the occasion of the same side's dated act just before it
            prev = next(
                (
                    e
                    for e in reversed(art.events)
                    if e.sentence in (si - 1, si)
                    and e.status in ("occurred", "ongoing")
                    and e.date_value
                    and e.date_source == "timex"
                    and e.source is not None
                    and e.source.country == src.country
                ),
                None,
            )
        # "X and Y signed an agreement. The ceremony took place on Friday": the next sentence says when it happened
        occasion = following_occasion_date(art, si, status) if prev is None else None
        para = paragraph_date(art, si, sent) if prev is None and occasion is None else None
        if prev is None and para is None and occasion is None:
            para = scene_date(art, si, sent)
        if prev is None and occasion is None:
            # the lead's news day: its first event dated to a day ("said on Monday"), not a week or a
            # month it mentions in passing ("after their meeting last week")
            leads = [
                e
                for e in art.events
                if e.status in ("occurred", "ongoing")
                and not e.background
                and e.date_value
                and e.date_source == "timex"
            ]
            prev = next((e for e in leads if e.date_precision in ("day", "time")), leads[0] if leads else None)
        if occasion is not None:
            date = occasion
            conf -= 0.1
        elif para is not None:
            date = para
            conf -= 0.1
        elif prev is not None:
            date = DateInfo(
                prev.date_value, prev.date_precision, as_date(prev.date_from), as_date(prev.date_to), "previous"
            )
            conf -= 0.1
        elif (lead := lead_day(art, si)) is not None and not flashback:
            # no dated event yet, but the lead names the news day ("Trump on Sunday became ..."): the body's news
            date = lead
            conf -= 0.1
        elif art.published is not None and not flashback:
            date = DateInfo(art.published.isoformat(), "day", art.published, art.published, "published")
            conf -= 0.2
    share = denied_share(v) if date is None and status == "negated" and not tr.nominal and tr.obj is not None else None
    if share is not None and tr.obj is not None and share.i == tr.obj.i:
        # "Moscow has denied any involvement in the poisoning": the act denied, at the time the article gave it
        date = denied_act_date(art, share, tr.type, si)
    if date is None and status == "planned":
        # an undated plan belongs to the programme just dated: "will visit the Maldives on March 26-27.
        # He will go to Addu to meet the president" (never the publication date: a plan lies ahead)
        date = plan_date(art, v, si, sent)
        if date is not None:
            conf -= 0.1
    if status in ("planned", "proposed") and (date is None or date.date_from is None):
        # "will visit Baku in the coming weeks", "agreed to meet again within the next three months": a stretch
        # to come from the report (TimeML's FUTURE_REF has no interval)
        date = coming_window(art, v) or date
    if tr.nominal and date is None and _reaction_act(tr) and status in ("occurred", "ongoing"):
        # "summoned the envoy to protest airstrikes": an attack protested with no time of its own is the
        # protest's news, dated as the protest is
        g = _reaction_verb(art, v)
        prev = next((e for e in art.events if g is not None and e.sentence == si and e.trigger_start == g.idx), None)
        if prev is not None and prev.date_value:
            date = DateInfo(
                prev.date_value, prev.date_precision, as_date(prev.date_from), as_date(prev.date_to), "previous"
            )
    if tr.frame in ("act_noun", "swap") and date is None and status in ("occurred", "ongoing"):
        # "had been given 72 hours to leave following his expulsion by Washington": an act named as a noun with
        # no time of its own is the news of the clause it hangs on, dated as that clause's event is
        g = _governing_verb(v)
        prev = next(
            (
                e
                for e in art.events
                if g is not None
                and e.sentence == si
                and e.trigger_start == g.idx
                and e.date_value
                and e.status in ("occurred", "ongoing")
                and not e.background
            ),
            None,
        )
        governed = g is not None and any(
            e.sentence == si and e.trigger_start == g.idx and e.status in ("occurred", "ongoing") and not e.background
            for e in art.events
        )
        if prev is not None:
            date = DateInfo(
                prev.date_value, prev.date_precision, as_date(prev.date_from), as_date(prev.date_to), "previous"
            )
        elif g is not None:
            date = own_date(art, g, status)  # the clause's own time, else its reporting verb's
            if date is None and art.published is not None:
                # "the good offices of Qatar have resulted in the release of two Americans": the clause is the
                # article's news, dated as an undated verb's clause is
                date = DateInfo(art.published.isoformat(), "day", art.published, art.published, "published")
                conf -= 0.2
        # "summoned the envoys in protest at the arrest of a diplomat in Germany" in a page with no date: the act is
        # the news of the clause it hangs on, as undated as that clause's event
        undated_news = governed and (date is None or date.date_from is None)
    else:
        undated_news = False
    scene = _scene_verb(v) if tr.nominal and tr.type == "CONSULT" and date is None else None
    if scene is not None and status in ("occurred", "ongoing") and _scene_pair(art, v)[0]:
        # "agreed to a joint statement at a meeting in Port Moresby on Thursday": a meeting with no time of its own
        # told as the scene of an act between its sides is as old as that act
        prev = next(
            (
                e
                for e in art.events
                if e.sentence == si
                and e.trigger_start == scene.idx
                and e.date_value
                and e.status in ("occurred", "ongoing")
            ),
            None,
        )
        if prev is not None:
            date = DateInfo(
                prev.date_value, prev.date_precision, as_date(prev.date_from), as_date(prev.date_to), "previous"
            )
        else:
            date = own_date(art, scene, status)
    counted_by = _casualty_verb(v) if tr.nominal and tr.type == "ASSAULT" else None
    if counted_by is not None and date is None and status in ("occurred", "ongoing"):
        # "20 soldiers have died after a clash with Chinese troops": fighting told through its dead, with no time
        # of its own, is the news of the casualty verb's clause, dated as that clause is (else as undated news)
        date = own_date(art, counted_by, status)
        if date is None and art.published is not None:
            date = DateInfo(art.published.isoformat(), "day", art.published, art.published, "published")
            conf -= 0.2
    if (
        tr.nominal
        and (date is None or date.date_from is None)
        and not borrowed
        and not accusation
        and not undated_news
        and not told_happened
    ):
        # a nominal event needs its own date to be coded, unless the text plans it between two parties
        if not (status in ("planned", "negated") and tgt is not None and mod.cue):
            return None
    if tr.nominal and date is None and borrowed:
        prev = next(
            (e for e in reversed(art.events) if e.sentence == si and e.date_value and e.status == "occurred"), None
        )
        if prev is None:
            return None
        date = DateInfo(
            prev.date_value, prev.date_precision, as_date(prev.date_from), as_date(prev.date_to), "previous"
        )
        borrowed_day = True
    else:
        borrowed_day = False

    # a date after publication makes an unmarked event planned; a past date makes a nominal one occurred
    if (
        art.published
        and date
        and date.date_from
        and date.date_from > art.published
        and status in ("occurred", "ongoing")
    ):
        if not _simple_past(v, tr.nominal):
            status = "planned"
        elif not tr.nominal and _perfect(v) and date_given is None:
            # "ahead of the anniversary next year, Cho and Iwaya have agreed to cooperate": what is done by now is not
            # dated by the time of what it is about; it is the clause's news, as an undated perfect is (session 28)
            date = announcement_date(art, v, status) or DateInfo(
                art.published.isoformat(), "day", art.published, art.published, "published"
            )
    if (
        tr.nominal
        and status == "planned"
        # a day borrowed from the sentence's act says the nominal happened only when it is that act's setting ("agreed
        # at the G20 meeting"), not what was agreed ("agreed that each side would resume negotiations")
        and not (borrowed_day and not _in_setting(v))
        and art.published
        and date
        and date.date_to
        and (date.date_to < art.published or _past_words(date))
    ):
        status = "occurred"

    background = False
    if status in ("occurred", "ongoing"):
        if mod.past_perfect and not mod.reported:  # "said X had agreed" is backshift, not history
            background = True
        elif (
            art.published
            and date
            and date.date_to
            and date.date_to < art.published - dt.timedelta(days=_BACKGROUND_DAYS)
        ):
            background = True

    # the dateline, as a weak fallback for the article's own news when the sentence states no place:
    # "LIMA — Biden and Xi met on Saturday" happened in Lima, "WASHINGTON — Biden raised tariffs" in
    # Washington; under "WASHINGTON/BEIJING —" China's statement is Beijing's. Fighting, protests and
    # aid happen where they happen, not where the reporter filed from.
    dp = None
    # "had held talks on Tuesday": a flashback of the story's own days is still the dateline's news
    recent = bool(
        art.published
        and date
        and date.date_from
        and date.date_to
        and date.date_from >= art.published - dt.timedelta(days=_BACKGROUND_DAYS)
        and date.date_to <= art.published
    )
    summons = (
        not tr.nominal
        and v.lemma_.lower() in lex.capital_verbs
        and (src.kind == "country" or src.sector == "GOV")
        and any(
            t.lemma_.lower() in lex.envoy_nouns
            for c in v.children
            if c.dep_ in ("dobj", "nsubjpass")
            for t in c.subtree
        )
    )
    if summons and place is not None and place_raw is not None and not _on_verb(art, place_raw, v):
        # "summoned the envoys in protest at the arrest of a diplomat in Germany": a place inside the phrase
        # that gives the summons' reason is the reason's; the summons is at the ministry
        place = None
    if place is None and summons:
        # a summons happens at the summoner's foreign ministry, not where the reporter filed from
        cap = capital_of(src.country)
        place = place_record(cap, printed_in_article=False) if cap is not None else None
    if (
        place is None
        and art.dateline_places
        and status in ("occurred", "ongoing")
        and (not background or recent)
        and not on_call
        and (tr.type not in _NOT_AT_DATELINE or _aid_at_home(tr, tgt, art))
        and not (tr.type == "COOPERATE" and tr.mode == "military")  # forces exercise where they are
    ):
        first = art.dateline_places[0]
        # "UNITED NATIONS (AP) - The General Assembly voted ...": the organisation acts at the seat the dateline names
        dp = first if art.dateline_igo is not None and src.country == art.dateline_igo else None
        dp = dp or next((p for p in art.dateline_places if p.country == src.country), None)
        if tr.type == "AID":
            dp = first  # "HARARE - China donated ... to Zimbabwe": given where the reporter saw it arrive
        # under a third country's dateline the sides came to it ("DOHA - Israel and Hamas agreed"), but a
        # state's statement or measure is still made at home ("PARIS - China condemned the pact")
        third = first.country not in (src.country, tgt.country if tgt is not None else None)
        third = third and tr.type not in _AT_CAPITAL
        traveller = src.kind in _TRAVELLERS and (
            (tgt is not None and tgt.country in (first.country, art.dateline_igo)) or _in_lead(art, src)
        )
        if dp is None and (tr.type == "CONSULT" or traveller or third):
            # a person or a delegation acts where the reporter saw them: "BEIJING - Trump urged Xi ...";
            # the visitor is the lead's or deals with the host ("PARIS - Lavrov urged ..." is Paris, but
            # "Ahmadinejad has rejected talks with the EU" further down is not)
            dp = first
    if (
        place is None
        and dp is None
        and status in ("planned", "proposed")
        and not tr.nominal
        and v.lemma_.lower() in lex.reception_verbs
        and art.dateline_places
        and tgt is not None
        and not background
    ):
        # "MOSCOW - Lavrov will host his Turkish counterpart for a two-day visit": a host receives guests at home,
        # so a planned hosting announced under a dateline of one side's country (the host's) is at that city
        hosts = {c.country for c in _parties_for(art, [x for x in v.children if x.dep_ == "nsubj"])}
        dp = next(
            (p for p in art.dateline_places if p.country in hosts and p.country in (src.country, tgt.country)),
            None,
        )
    if (
        place is None
        and dp is None
        and status == "planned"
        and tr.type == "CONSULT"
        and art.dateline_places
        and tgt is not None
        and art.published
        and date
        and date.date_from == art.published
        and date.date_to == art.published
    ):
        # "CAIRO - ... an Egyptian-Qatari summit would be held Friday" (the day of publication): a meeting planned for
        # that very day under a dateline of one side's country is held in that city, where the sides already are
        # (session 22)
        dp = next((p for p in art.dateline_places if p.country in (src.country, tgt.country)), None)
    if (
        place is not None
        and place.feature == "country"
        and art.dateline_places
        and status in ("occurred", "ongoing")
        and (not background or recent)
        and tr.type not in _NOT_AT_DATELINE
    ):
        # "ISLAMABAD - Ghani arrived in Pakistan on Friday": the dateline names the city of that country
        dp = next(
            (p for p in art.dateline_places if p.country == place.country and getattr(p, "feature", "") == "city"),
            None,
        )
    if (
        dp is None
        and tr.type == "AID"
        and status in ("planned", "proposed", "hypothetical")
        and art.dateline_places
        and tgt is not None
        and (place is None or (place.feature == "country" and place.country == tgt.country))
        and (not background or recent)
    ):
        # a pledge is the giver's announcement: "TOKYO - Japan will provide $1 million in aid to Taiwan" was
        # pledged in Tokyo; the country the aid is for ("for victims of the quake in Myanmar") is where it goes
        dp = next((p for p in art.dateline_places if p.country == src.country and p.country != tgt.country), None)
    if dp is not None:
        place = place_record(dp)
        conf -= 0.05
        if tgt is None and tr.mode == "visit" and dp.country and dp.country != src.country:
            # "BEIJING - Macron arrived on Wednesday for a three-day state visit": a visit that names no
            # destination is to where the reporter saw it, so the dateline's country hosts it
            tgt = Party(name=dp.country, country=dp.country, kind="country", text=dp.text)
            conf -= 0.1
    # a planned event happens after the report: clip "before the end of the year" to what is left of it
    if (
        status in ("planned", "proposed")
        and date
        and date.date_from
        and art.published
        and date.date_to
        and date.date_from <= art.published < date.date_to
    ):
        date = DateInfo(
            date.value, date.precision, art.published + dt.timedelta(days=1), date.date_to, date.source, date.text
        )
    # and what happened happened by the report: "has arrived in Kyiv this week" (published on Wednesday) lies
    # between Monday and Wednesday, "agreed this month" between the first and the day of the report
    if (
        status in ("occurred", "ongoing")
        and date
        and date.date_from
        and art.published
        and date.date_to
        and date.date_from <= art.published < date.date_to
    ):
        end = art.published
        if (
            date.text
            and _EARLIER_THIS.match(date.text)
            and date.date_from < art.published
            and date.precision in ("week", "month", "quarter", "year")
        ):
            # "Earlier this week, Mali summoned ...", "earlier in the month": before the day of the report
            end = art.published - dt.timedelta(days=1)
        date = DateInfo(date.value, date.precision, date.date_from, end, date.source, date.text)
    if background:
        # "since the leaders' summit in Bali": the context gives the countries, not which leaders
        src = replace(src, actor_id=None, kind=None) if src.inferred else src
        tgt = replace(tgt, actor_id=None, kind=None) if tgt is not None and tgt.inferred else tgt
    mode = tr.mode
    if (
        tr.type in lex.received_types
        and mode != "hosted visit"  # "received a delegation from Vietnam": the visit branch below
        and tgt is not None
        and v.pos_ == "VERB"
        and v.lemma_.lower() in lex.receiving_verbs
        and not _agent(v)
        and any(c.dep_ == "prep" and c.lower_ == "from" for h in (v, tr.obj) if h is not None for c in h.children)
    ):
        # the thing received is the giver's act: "Peru received missiles from Chile" is AID Chile -> Peru
        src, tgt = tgt, src
    elif tr.type == "CONSULT" and tgt is not None and (mode == "hosted visit" or _meets_guests(tr)):
        # a visit goes from the visitor to the host, whoever the subject is: "Xi received Lula in Beijing",
        # "held separate meetings with the visiting delegations" are visits of the guests to the host
        src, tgt, mode = tgt, src, "visit"
        if place is None:
            venue = _host_venue(art, v)
            place = place_record(venue) if venue is not None else None
    elif tr.type == "CONSULT" and mode in (None, "meeting") and place and place.country:
        if tgt is not None and place.country == tgt.country:
            mode = "visit"
        elif tgt is not None and place.country not in (src.country, tgt.country):
            mode = "third-party meeting"
    if (
        tr.type == "CONSULT"
        and mode == "visit"
        and place is not None
        and place.feature == "country"
        and tgt is not None
        and place.country == tgt.country
    ):
        # "will pay an official visit to India", "talks in Vietnam": a visit to a country whose city is not
        # stated goes to its seat of government; the place keeps the country as printed
        cap = capital_of(place.country)
        if cap is not None and cap.country == place.country:
            place = replace(place_record(cap, printed_in_article=False), text=place.text or place.name)
    dur = art.timex.duration(v) or (art.timex.duration(tr.obj) if tr.obj is not None else None)
    s0, s1 = tr.span
    m = EventMention(
        article_id=art.article_id,
        sentence=si,
        start=sent.start_char,
        end=sent.end_char,
        sentence_text=art.text[sent.start_char : sent.end_char],  # ``Span.text`` joins its tokens: the same words
        trigger=tr.text,
        trigger_start=s0,
        trigger_end=s1,
        type=tr.type,
        mode=mode,
        source=src,
        target=tgt,
        status=status,
        date_value=date.value if date else None,
        date_precision=date.precision if date else None,
        date_from=date.date_from.isoformat() if date and date.date_from else None,
        date_to=date.date_to.isoformat() if date and date.date_to else None,
        date_source=date.source if date else None,
        place=place,
        issues=tuple(dict.fromkeys(art.topics.get(si, ()))),
        background=background,
        attribution=attribution_of(v, art.actors),
        duration=getattr(dur, "value", None) if dur else None,
        confidence=round(max(0.1, min(conf, 0.95)), 2),
        extra=_extra(tr, mod),
        part=part,
    )
    m = finish(m)
    if dp is not None:
        art.dateline_placed.add(m.mention_id)
    art.trigger_status[v.i] = status
    if (
        tgt is not None
        and (not target_fallback or visited)
        and not src.inferred
        and not tgt.inferred
        and src.country
        and tgt.country != src.country
        and len(co) < 2  # "Mali, Burkina Faso and Niger recalled ... they condemned": they are the co-subjects
    ):
        art.dyad_marks.append((v.i, [src, tgt]))  # an antecedent for "the two sides" further on
    implied = implied_since(art, tr, m)
    if implied is not None:
        art.events.append(implied)
    return m


def _at_summit(art: Article, raw: Any, v: Token) -> bool:
    """The place is where a summit sits ("was due to arrive at the summit in the Lithuanian capital"): coming to a
    gathering of many states is no visit to the host state."""
    start = getattr(raw, "start", None)
    span = art.doc.char_span(start, raw.end, alignment_mode="expand") if start is not None else None
    if span is None or not len(span):
        return False
    nouns = lexicon().nouns
    for a in span.root.ancestors:
        if a.i == v.i:
            return False
        if a.pos_ == "NOUN" and nouns.get(a.lemma_.lower(), ("", None))[1] == "summit":
            return True
    return False


def _aid_at_home(tr: Trigger, tgt: Party | None, art: Article) -> bool:
    """Aid reported under a dateline of the receiving country was given there ("HARARE - China has decided to
    donate $800,000 to Zimbabwe"); aid announced at the giver's dateline is not placed by it."""
    return tr.type == "AID" and tgt is not None and tgt.country == art.dateline_places[0].country


def _host_venue(art: Article, v: Token) -> Any | None:
    """ "The Palacio Quemado stepped in, hosting the foreign ministers of Chile and Peru", "the Kremlin received",
    "Beijing hosted the talks": a host named by its seat or its city hosts there (a venue or a town the places
    stage found in the host's own words, never a country: "China hosted" says nothing of where)."""
    subj, _ = _subject_tokens(v)
    for h in subj:
        for x in (h, *(c for c in h.children if c.dep_ == "compound")):
            p = art.places.at(x)
            if p is not None and getattr(p, "feature", None) not in ("country", "region", "sea", "continent"):
                return p
    return None


def _guests_place(art: Article, v: Token) -> Any | None:
    """ "The Palacio Quemado stepped in, hosting the foreign ministers of Chile and Peru, who agreed to resume
    talks", "met the visiting delegations in Cairo, which agreed ...": what the guests of a meeting did in a
    relative clause on them happened at the meeting (a meeting the same sentence places, told in the same time)."""
    if v.dep_ != "relcl":
        return None
    cur = v.head
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ not in ("dobj", "pobj", "conj", "prep", "appos"):
            break
        cur = cur.head
    if cur.pos_ != "VERB" or art.trigger_type.get(cur.i) != "CONSULT" or _ahead(cur) != _ahead(v):
        return None
    return art.places.attached(cur, meeting=True) or _host_venue(art, cur)


def _here_place(art: Article, v: Token) -> Any | None:
    """ "ABUJA, July 30 (Xinhua) -- Leaders agreed to impose sanctions at an emergency meeting held here on Sunday",
    "arrived here on Monday": in a datelined report "here" is the dateline's city. The adverb is the event word's own
    (or its clause's, through "agreed to"), or that of a participle on a meeting noun inside the clause (the parse
    may hang "at the meeting held here" on any noun before it)."""
    if not art.dateline_places:
        return None
    nouns = lexicon().nouns
    heads = [v, *(c for c in v.children if c.dep_ == "xcomp")]
    if v.dep_ == "xcomp":
        heads.append(v.head)
    for h in heads:
        if h.idx < art.dateline_end:
            continue
        if any(c.dep_ == "advmod" and c.lower_ == "here" for c in h.children):
            return art.dateline_places[0]
        for x in h.subtree:
            if (
                x.dep_ == "advmod"
                and x.lower_ == "here"
                and x.head.dep_ == "acl"
                and x.head.tag_ == "VBN"
                and nouns.get(x.head.head.lemma_.lower(), ("", None))[0] == "CONSULT"
            ):
                return art.dateline_places[0]
    return None


def _errand_place(art: Article, v: Token) -> Any | None:
    """ "will send a delegation to the Saudi city of Jeddah to consult with US officials", "flew to Doha to meet the
    emir": a meeting that is the purpose of a journey happens where the journey goes (lexicon ``errand_verbs``)."""
    if v.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    go = v.head
    if go.lemma_.lower() not in lexicon().errand_verbs or go.i > v.i:
        return None
    found = art.places.attached(go, motion=True)
    if found is None:
        # "plans to leave for the Mongolian capital of Ulaanbaatar on Sunday to hold talks": "for" names where
        # a departure goes
        for prep in (c for c in go.children if c.dep_ == "prep" and c.lower_ == "for"):
            found = next((p for t in prep.subtree for p in [art.places.at(t)] if p is not None), None)
            if found is not None:
                break
    return found


def _on_verb(art: Article, place: Any, v: Token) -> bool:
    """Whether the place is the object of a preposition of the verb itself ("summoned the envoy to the ministry in
    Tehran": in on summoned), not nested in another phrase."""
    span = art.doc.char_span(place.start, place.end, alignment_mode="expand") if hasattr(place, "start") else None
    if span is None:
        return True
    r = span.root
    return r.dep_ == "pobj" and r.head.dep_ == "prep" and r.head.head.i == v.i


def _meeting_clause_place(art: Article, v: Token) -> Any | None:
    """ "denounced a meeting in Washington on Friday, in which the two governments agreed to ...", "the summit in
    Abuja, at which the leaders decided ...", "talks in Doha, during which ...": what a relative clause on a meeting
    noun tells happened in, at or during the meeting happened where the meeting is."""
    cur = v
    for _ in range(3):  # "in which they agreed to draw up ...": the clause's verb, through xcomp and conj
        if cur.dep_ not in ("xcomp", "conj") or cur.head is cur:
            break
        cur = cur.head
    if cur.dep_ not in ("relcl", "advcl"):
        return None
    which = next(
        (
            c
            for c in cur.children
            if c.dep_ == "prep"
            and c.lower_ in ("in", "at", "during")
            and any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
        ),
        None,
    )
    nouns = lexicon().nouns

    def meeting(t: Token) -> bool:
        kind = nouns.get(t.lemma_.lower(), ("", None))
        return t.pos_ == "NOUN" and kind[0] == "CONSULT" and kind[1] not in ("visit", "phone/video")

    if cur.dep_ == "relcl":
        noun = cur.head
        if which is None and not any(c.lower_ == "where" and c.dep_ == "advmod" for c in cur.children):
            return None
    elif which is not None:
        # the parse may make ", in which ..." an adverbial clause: the meeting it follows is the antecedent
        before = [t for t in v.doc[max(cur.sent.start, which.i - 8) : which.i] if t.pos_ == "NOUN"]
        noun = before[-1] if before else cur
    else:
        return None
    if not meeting(noun):
        return None
    return art.places.attached(noun, meeting=True) or _happening_place(art, noun)


def _when_clause_place(art: Article, v: Token) -> Any | None:
    """ "met at the Chushul-Moldo meeting point, most recently on Saturday, when they discussed ...", "Liu came to
    Washington later that month, when the two sides issued a statement in which China agreed ...": what a "when"
    clause on a placed meeting or visit tells happened at it. The clause hangs on the meeting verb (advcl) or on its
    time ("on Saturday, when ...": relcl); an act told in a relative clause on the when-clause's object ("a statement
    in which China agreed") is the when-clause's too."""
    cur = v
    for step in range(2):
        for _ in range(3):  # "when they reviewed ... and discussed ...": the clause's first verb
            if cur.dep_ not in ("xcomp", "conj") or cur.head is cur:
                break
            cur = cur.head
        if any(c.dep_ == "advmod" and c.lower_ == "when" for c in cur.children) or step:
            break
        # "a joint statement in which China agreed": up from the relative clause to the verb whose object it names
        obj = cur.head
        if not (
            cur.dep_ == "relcl"
            and obj.dep_ in ("dobj", "obj")
            and any(
                c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
                for c in cur.children
            )
        ):
            return None
        cur = obj.head
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in cur.children):
        return None
    if cur.dep_ == "advcl":
        anchor = cur.head
    elif cur.dep_ == "relcl" and cur.head.dep_ in ("pobj", "npadvmod"):
        # "on Saturday, when ...", "later that month, when ...": the time's verb
        t = cur.head
        anchor = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
    else:
        return None
    if anchor.i == v.i or art.trigger_type.get(anchor.i) != "CONSULT":
        return None
    return art.places.attached(anchor, motion=True, meeting=True)


def _meets_guests(tr: Trigger) -> bool:
    """ "held separate meetings with the visiting delegations", "met his visiting counterpart": the other side
    is the host's guest (lexicon `guest_words`)."""
    words = lexicon().guest_words
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words for t in _object_tokens(tr) for c in t.children)


def _ultimatum(v: Token) -> bool:
    """The act is conditioned on the other side: an "unless" clause of the verb or of the verb it completes."""
    cur, n = v, 0
    while n < 3:
        for c in cur.children:
            if c.dep_ == "advcl" and c.i > v.i and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children):
                return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head is cur:
            return False
        cur, n = cur.head, n + 1
    return False


def _arriving_force(v: Token) -> tuple[str, str | None] | None:
    """ "U.S. troops arrived in Poland", "the first Kenyan police officers of the mission arrived in Haiti": a
    force's arrival is a deployment (MOBILIZE), or peacekeeping (AID, CAMEO 074) when the subject says so."""
    lex = lexicon()
    # "3,000 U.S. troops are expected in Poland": the subject of a presence passive is the force that comes
    subj = next((c for c in v.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and presence_passive(v))), None)
    if subj is None:
        return None
    if subj.pos_ == "NUM" or subj.lemma_.lower() in lex.force_quantity_heads:
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is not None:
            subj = obj  # "hundreds of American troops arrived"
    head = subj.lemma_.lower()
    if head not in lex.force_nouns and not (head in lex.force_plural_nouns and subj.tag_ == "NNS"):
        return None
    words = {t.lemma_.lower() for t in subj.subtree} | {t.lower_ for t in subj.subtree}
    if words & lex.peacekeeping_words:
        return ("AID", None)
    return ("MOBILIZE", "troops")


_MISSIONS = frozenset({"embassy", "consulate", "mission"})


_TO_MISSION = frozenset({"to", "at", "outside", "toward", "towards", "before", "near"})


def _is_mission(t: Token) -> bool:
    """ "the embassy", "the consulate", "the Indian High Commission" (a Commonwealth country's embassy), "the U.S.
    Consulate General"."""
    low = t.lemma_.lower()
    return (
        low in _MISSIONS
        or (low == "commission" and any(c.lower_ == "high" for c in t.children))
        or (low == "general" and any(c.lemma_.lower() == "consulate" for c in t.children if c.dep_ == "compound"))
    )


def _mission_place(art: Article, v: Token) -> Any | None:
    """A demonstration at a foreign mission happened where the mission is: "held a protest march and
    submitted a memorandum to the Indian High Commission in Dhaka", "rallied outside the U.S. embassy in
    Seoul". The mission is the object of to/at/outside/toward on the protest's verb, a verb coordinated
    with it or their objects; its place is the city its in-phrase names."""
    verbs = [v, *(c for c in v.children if c.dep_ == "conj"), *([v.head] if v.dep_ == "conj" else [])]
    heads = [*verbs, *(c for verb in verbs for c in verb.children if c.dep_ in ("dobj", "obj"))]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _TO_MISSION):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and _is_mission(c)):
                for inner in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"):
                    for g in (c for c in inner.children if c.dep_ == "pobj"):
                        pl = art.places.at(g)
                        if pl is not None and getattr(pl, "feature", None) == "city":
                            return pl
    return None


def _posting_place(art: Article, v: Token) -> Any | None:
    """An envoy or an embassy acts where it is posted: "Chinese Ambassador to Japan Cheng Yonghua protested"
    is Tokyo, "The Chinese embassy in Washington responded" Washington (the subject names the posting)."""
    lex = lexicon()
    subj_heads, passive = _subject_tokens(v)
    for subj in (*subj_heads, *passive):
        for t in subj.subtree:
            if t.lemma_.lower() not in lex.envoy_nouns and t.lemma_.lower() not in _MISSIONS:
                continue
            for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")):
                for g in (c for c in prep.children if c.dep_ == "pobj"):
                    pl = art.places.at(g)
                    if pl is None or not getattr(pl, "country", None):
                        continue
                    if getattr(pl, "feature", None) == "city":
                        return pl
                    if getattr(pl, "feature", None) == "country":
                        return capital_of(pl.country)
    return None


def _in_lead(art: Article, party: Party) -> bool:
    """Whether the party is named in the article's first sentence (the news the dateline reports)."""
    lead = next((s.text for s in art.sents if s.end_char > art.dateline_end), "")
    if not lead or not party.name:
        return False
    return party.name in lead or (bool(party.text) and str(party.text) in lead)


def _on_call(art: Article, si: int, tr: Trigger) -> bool:
    """Whether the event was said or done in a phone or video call the sentence names: the verb is
    coordinated with a call ("spoke by telephone and discussed"), or its in/during/by/over phrase is one
    ("discussed ties in a phone conversation", "agreed during a video call")."""
    calls = art.sentence_calls.get(si)
    if calls is None:  # the sentence's calls, found once for all its triggers (they depend on the sentence alone)
        found = {t.head.i for t in art.triggers[si] if t.mode == "phone/video"}
        for t in art.sents[si]:
            if t.pos_ == "NOUN" and t.dep_ == "pobj":
                mods = [c.lower_ for c in t.children if c.dep_ in ("compound", "amod")]
                if any(
                    lexicon().noun_compounds.get(f"{m} {t.lemma_.lower()}", ("", None))[1] == "phone/video"
                    for m in mods
                ):
                    found.add(t.i)  # "in a phone conversation" beside a verb trigger is no event of its own
        calls = art.sentence_calls[si] = frozenset(found)
    v = tr.head
    if not calls:
        return False
    if v.dep_ == "conj" and v.head.i in calls:
        return True
    # the call phrase hangs on the verb or on its object ("discussed [relations in a phone conversation]")
    for h in (v, *(c for c in v.children if c.dep_ == "dobj")):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "over"):
                if any(g.i in calls for g in c.children if g.dep_ == "pobj"):
                    return True
    return False


def _gathered_place(art: Article, v: Token) -> Any | None:
    """ "EU leaders meeting in Brussels agreed ...", "ministers, who gathered in Luxembourg, decided to ...": a
    gathering on the subject (participle or relative clause) names where the subject acted."""
    gathering = lexicon().gathering_verbs
    subj_heads, _ = _subject_tokens(v)
    for subj in subj_heads:
        for c in subj.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in gathering and c.i != v.i:
                if any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ not in ("WP", "WDT") for t in c.children):
                    # "Scholz, whom Zelenskiy met in Berlin last month, promised ...": someone else's meeting
                    # with the subject, not the subject gathered there to act
                    continue
                pl = art.places.attached(c)
                if pl is not None:
                    return pl
    # the parser's reading of the same: "leaders meeting in Brussels on Thursday agreed ..." with the
    # participle as the root and the act an adverbial clause without a subject of its own
    cur = v
    while cur.dep_ in ("conj", "xcomp") and cur.head is not cur:
        cur = cur.head
    if (
        cur.dep_ == "advcl"
        and cur.head.lemma_.lower() in gathering
        and cur.head.tag_ == "VBG"
        and cur.head.i < cur.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
        and any(c.dep_ == "nsubj" for c in cur.head.children)
    ):
        return art.places.attached(cur.head)
    return None


def _happening_place(art: Article, v: Token) -> Any | None:
    """ "The talks were held in Geneva", "negotiations resumed in Istanbul", "the summit took place in Nairobi",
    "the commission, held in Addis Ababa last week": an event noun is placed where the verb that states its
    happening places it (the noun as that verb's subject, or a participle on the noun)."""
    happening = lexicon().happening_verbs

    def states_happening(w: Token) -> bool:
        lemma = w.lemma_.lower()
        if lemma in lexicon().under_way_verbs and _under_way(w):
            return True  # "talks got under way in Athens", "negotiations are underway in Doha"
        if lemma not in happening:
            return False
        return lemma != "take" or any(c.lower_ == "place" and c.dep_ in ("dobj", "obj") for c in w.children)

    noun = v
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a new round of talks began in Vienna"
    cands: list[Token] = []
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and states_happening(noun.head):
        cands.append(noun.head)
    cands += [c for w in {v, noun} for c in w.children if c.dep_ == "acl" and c.tag_ == "VBN" and states_happening(c)]
    for w in cands:
        pl = art.places.attached(w)
        if pl is not None:
            return pl
    return None


def _under_way(w: Token) -> bool:
    """The verb is told with "under way" / "underway" ("got under way", "are underway")."""
    for c in w.children:
        if c.lower_ == "underway":
            return True
        if c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ == "way" for g in c.children):
            return True
    return False


def _visit_scene(art: Article, v: Token, src: Party, tgt: Party | None) -> Any | None:
    """ "signed ... following the talks held as part of the president's state visit to Bishkek", "agreed
    during his visit to Hanoi", "met Xi on a trip to Beijing": what the sides did during, on or as part of
    a visit happened in the visited place, when that place lies in one side's country."""
    lex = lexicon()
    sides = {src.country, tgt.country if tgt is not None else None} - {None}
    for t in v.subtree:
        if t.pos_ != "NOUN" or lex.nouns.get(t.lemma_.lower(), ("", None))[1] != "visit" or t.dep_ != "pobj":
            continue
        prep = t.head
        low = prep.lower_
        scene = low in lex.visit_scene_preps or (
            low == "of" and prep.head.lemma_.lower() in lex.visit_scene_frames and prep.head.dep_ == "pobj"
        )
        if not scene:
            continue
        pl = art.places.attached(t, motion=True)
        if pl is not None and getattr(pl, "country", None) in sides:
            return pl
    return None


def _meeting_scene(art: Article, v: Token) -> Any | None:
    """ "agreed on Friday to reopen the border following a first meeting between their presidents in Montevideo", "a
    joint declaration made after talks in X": an agreement stated as coming out of a meeting was reached
    where the meeting was (any country: a third country's summit too), and so was one reported as agreed after it
    ("Following the meeting in X, the government said both sides had agreed"), or as closing it ("signed a
    trade accord alongside Peru's president, capping off their summit in Montevideo"). Not "a week after the talks in Geneva"."""
    lex = lexicon()
    nouns = lex.unnamed_meeting_nouns | {"summit"}
    words = list(v.subtree)
    if v.dep_ == "ccomp" and v.head.lemma_.lower() in lex.reporting_verbs:
        # "Following the meeting in X, the government said both sides had agreed to ..."
        words += [x for c in v.head.children if c.dep_ == "prep" for x in c.subtree]
    for t in words:
        if t.i == v.i or t.pos_ != "NOUN" or t.lemma_.lower() not in nouns:
            continue
        prep = t.head
        closing = (
            t.dep_ == "dobj"
            and prep.tag_ == "VBG"
            and prep.dep_ == "advcl"
            and prep.head.i == v.i
            and prep.lemma_.lower() in lex.meeting_closing_verbs
        )
        if closing:
            pl = art.places.attached(t, meeting=True) or _happening_place(art, t)
            if pl is not None:
                return pl
            continue
        if t.dep_ != "pobj":
            continue
        if prep.lower_ not in lex.meeting_scene_preps or any(c.dep_ == "npadvmod" for c in prep.children):
            continue
        pl = art.places.attached(t, meeting=True) or _happening_place(art, t)
        if pl is not None:
            return pl
    return None


def _where_place(art: Article, v: Token) -> Any | None:
    """ "Speaking in Ankara, where he met Erdogan": a "where" clause happened at the place it describes."""
    if v.dep_ != "relcl" or not any(c.lower_ == "where" for c in v.children):
        return None
    return art.places.at(v.head)


def _said_place(art: Article, v: Token) -> Any | None:
    """ "Abe told reporters in Tokyo that he supported the decision": a statement was made where it was
    said ("said in Tokyo", "speaking in Ankara, he said"), so the reporting clause's place is the event's."""
    cur = v
    for _ in range(3):  # "said that China would take ... and would not ...": a conjunct's clause too
        if cur.dep_ != "conj":
            break
        cur = cur.head
    if cur.dep_ not in ("ccomp", "xcomp") or cur.head.lemma_.lower() not in lexicon().reporting_verbs:
        return None
    say = cur.head
    subj = [c for c in say.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = min((t.left_edge.i for t in subj), default=say.i)
    speaking = tuple(c for c in say.children if c.dep_ == "advcl" and c.i < first)  # "Speaking in Ankara, he said"
    return art.places.attached(say, extra_heads=speaking)


def _place_list(art: Article, si: int, tr: Trigger) -> list[tuple[Token, Any, DateInfo | None]] | None:
    """The places of a list the event word governs ("met in Oslo in March, Doha in June and Nairobi in
    October", "with stops in Kyiv, Warsaw and Paris", "fly on to Serbia and then Hungary"), each with
    the date that follows it; None unless two or more places are joined by nothing but "," / "and" /
    "then" (and each one's own date). The list is read off the text: parsers attach its items anywhere."""
    toks = art.places.by_sentence.get(si) or []
    if len(toks) < 2:
        return None
    text = art.text
    seen: set[tuple[int, int]] = set()
    items: list[tuple[Token, Any]] = []
    for i in toks:
        p = art.places.by_token[i]
        if (p.start, p.end) not in seen:
            seen.add((p.start, p.end))
            items.append((art.doc[i], p))
    txs = sorted((tx for tx, _ in art.timex.by_sentence.get(si, [])), key=lambda x: x.start)
    heads = {t.i for t in (tr.head, tr.obj, tr.particle) if t is not None}
    for k, (tok, first) in enumerate(items):
        if not _governed_place(tok, heads, tr):
            continue
        run: list[tuple[Token, Any, DateInfo | None]] = []
        end = first.end
        cur = (tok, first)
        j = k
        while True:
            d_item = None
            after = next((x for x in txs if x.start >= cur[1].end), None)
            if after is not None and _ITEM_DATE_GAP.fullmatch(text[cur[1].end : after.start]):
                d = info_from_timex(after, "timex")
                if d.date_from is not None and usable_date(after, tr):
                    d_item, end = d, after.end
            run.append((cur[0], cur[1], d_item))
            if j + 1 >= len(items) or not _PLACE_GAP.fullmatch(text[end : items[j + 1][1].start]):
                break
            nxt = items[j + 1][1]
            if "," in text[end : nxt.start] and _contains(nxt, cur[1]):
                break  # "Woodside, California": where the place is, not another place
            j += 1
            cur = items[j]
            end = cur[1].end
        # "met X in Seoul in March, in Tokyo in June and in Busan in October": the parser may hang the first item
        # on a word other than the event's ("X in Seoul"); an item after the event word that the list's joint (a
        # comma) and the same pairing with a date join to the run is the list's first
        b = k
        while b > 0 and len(run) >= 2:
            ptok, prev = items[b - 1]
            if ptok.i <= tr.head.i:
                break
            pend, d_prev = prev.end, None
            after = next((x for x in txs if x.start >= prev.end), None)
            if (
                after is not None
                and after.end <= run[0][1].start
                and _ITEM_DATE_GAP.fullmatch(text[prev.end : after.start])
            ):
                d = info_from_timex(after, "timex")
                if d.date_from is not None and usable_date(after, tr):
                    d_prev, pend = d, after.end
            gap = text[pend : run[0][1].start]
            if not _PLACE_GAP.fullmatch(gap) or "," not in gap or (d_prev is None) != (run[0][2] is None):
                break
            run.insert(0, (ptok, prev, d_prev))
            b -= 1
        joined = " ".join(text[a[1].end : b[1].start] for a, b in zip(run, run[1:], strict=False)).lower()
        # a place named again with a date of its own is another visit there: "met in Cairo on Aug. 27-28, in
        # Addis Ababa on Sept. 23-24 and again in Cairo on Oct. 23-24"
        dated = all(d is not None for _, _, d in run)
        if len(run) < 2 or (len({(p.name, p.country) for _, p, _ in run}) < len(run) and not dated):
            return None
        if not re.search(r"\b(?:and|or|then)\b", joined):
            return None  # a list ends with "and"/"or": "Paris, Texas" is one place
        if run[-1][2] is not None and all(d is None for _, _, d in run[:-1]):
            run = [(t, p, None) for t, p, _ in run]  # "in Tokyo and Seoul last week": one date for the list
        if any(d is not None for _, _, d in run) and not all(d is not None for _, _, d in run):
            return None  # "in Oslo in March and Doha": the dates do not pair with the places
        return run
    return None


def _held(v: Token) -> bool:
    """ "took place", "were held", "was convened": a verb saying that its subject event happened."""
    held = lexicon().held_verbs
    lemma = v.lemma_.lower()
    if v.pos_ not in ("VERB", "AUX"):
        return False
    return lemma in held or any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in held for c in v.children)


def _unnamed_meeting(art: Article, tr: Trigger) -> bool:
    """ "The first formal negotiations on the pact took place on Nov. 29-30 in Tokyo", "the inaugural 2+2
    meeting in April 2022": talks or a meeting the text dates but whose sides it does not name (no owner,
    no with/between/by phrase, no one who holds them)."""
    v = tr.head
    lex = lexicon()
    if tr.type == "AGREE":
        return _sideless_act(art, tr)
    if tr.type != "CONSULT":
        return False
    if _settled_by_agreement(art, tr):
        return True
    if not tr.nominal:
        # "Delegations met in Cairo on Aug. 27-28", "Corps commanders from both sides met at Moldo on June 6":
        # a plural of people who stand for a side, naming none, meeting on a date the clause gives
        subj, passive = _subject_tokens(v)
        return (
            v.lemma_.lower() in lex.unnamed_meeting_verbs
            and not passive
            and len(subj) == 1
            and subj[0].tag_ == "NNS"
            and subj[0].lemma_.lower() in lex.pair_nouns | lex.led_groups
            and not art.actors.all_in(list(subj[0].subtree))
            and not any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS - {"from"} for c in v.children)
            and not any(c.dep_ in ("dobj", "conj") for c in v.children)
            and own_date(art, v, "occurred", own_only=True) is not None
        )
    if v.lemma_.lower() not in lex.unnamed_meeting_nouns:
        return _sideless_act(art, tr)
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _PARTY_PREPS) for c in v.children):
        return False
    return own_date(art, v, "occurred", own_only=True) is not None or _sideless_act(art, tr)


def _sideless_act(art: Article, tr: Trigger) -> bool:
    """A meeting or an agreement the sentence tells as done but names no side of, whose sides a reader takes from the
    article (its clear main pair, session 21): a meeting noun with no date of its own as the scene of the clause
    ("told reporters after eight hours of talks in Jeddah", "a day after a historic summit", "After a meeting in
    Tachira, the ministers ..."; lexicon ``sideless_meeting_nouns`` under ``sideless_scene_preps``), and an agreement
    in the passive with no agent whose subject names no side ("Five items were agreed on", "memoranda of
    understanding have been signed"; lexicon ``sideless_agree_verbs``). Not a meeting in general ("talks are the
    only way", no scene), not one with a side or an owner ("after talks with Kyiv", "after their summit"), not "any
    talks", and not an agreement still to come ("will be signed": the caller keeps only occurred news)."""
    v = tr.head
    lex = lexicon()
    if tr.nominal:
        if tr.type != "CONSULT" or v.lemma_.lower() not in lex.sideless_meeting_nouns:
            return False
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _PARTY_PREPS) for c in v.children):
            return False  # "their summit", "talks with Kyiv": sides of their own
        if any(c.dep_ == "compound" for c in v.children):
            return False  # "after a cabinet meeting", "after the NATO summit": a body's own meeting, not the pair's
        if any(art.actors.at(t) is not None for t in v.subtree):
            return False  # "after a summit that Moscow boycotted": a side named, read otherwise
        if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each", "future") for c in v.children):
            return False
        if any(c.dep_ == "amod" and c.lower_ in ("future", "possible", "new", "further", "next") for c in v.children):
            return False
        if own_date(art, v, "occurred", own_only=True) is not None:
            return False  # dated: the older rule's (its sides alone, no confidence cost)
        if _told_held(v):
            return True
        prep = _scene_prep(v)
        if prep is None:
            return False
        gov = prep.head if prep.dep_ == "prep" else prep.head.head
        n = 0
        while gov.pos_ not in ("VERB", "AUX") and gov.head is not gov and n < 6:
            gov, n = gov.head, n + 1  # "as a goodwill gesture during negotiations": the verb the phrase tells of
        # "a tariff it had suspended as a goodwill gesture during negotiations": the scene of a recounted act ("said
        # it had reached an agreement during a meeting": reported, the news's backshift, stays)
        # "said it would restore a tariff ... during negotiations": the scene of an act to come is no meeting held
        return not any(
            (c.dep_ == "aux" and c.lower_ in ("had", "'d") and h.dep_ != "ccomp")
            or (c.dep_ == "aux" and c.lower_ in _MODAL_AUX)
            for h in {gov, prep.head}
            for c in h.children
        )
    if tr.type != "AGREE" or v.lemma_.lower() not in lex.sideless_agree_verbs or v.tag_ != "VBN":
        return False
    subj, passive = _subject_tokens(v)
    if not passive or subj or _agent(v) or len(passive) != 1:
        return False
    if any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "should", "could", "may", "might", "must")
        for c in v.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("between", "with", "by") for c in v.children):
        return False
    return not art.actors.all_in(list(passive[0].subtree)) and not any(
        art.actors.at(t) is not None for t in passive[0].subtree
    )


_MODAL_AUX = frozenset({"will", "would", "shall", "'ll", "to", "could", "might", "may", "should", "must", "can"})


def _told_held(v: Token) -> bool:
    """ "It added that the talks had been held over four days", "the meeting was held behind closed doors": the
    article's talks (a definite meeting noun) told as held, in the past or perfect, naming no side (session 28)."""
    h = v.head
    if v.dep_ != "nsubjpass" or h.lemma_.lower() not in ("hold", "conduct") or h.tag_ != "VBN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in v.children):
        return False
    auxes = [a for a in h.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes) or any(c.dep_ == "neg" for c in h.children):
        return False
    return any(a.lower_ in ("was", "were", "had", "has", "have") for a in auxes)


def _scene_prep(v: Token) -> Token | None:
    """The scene preposition a meeting noun hangs on ("after talks", "after eight hours of talks"; lexicon
    ``sideless_scene_preps``), else None."""
    if v.dep_ == "nsubj" and v.head.pos_ in ("VERB", "AUX"):
        # "a day after a historic summit marked a start to ...": the subject of a clause the preposition introduces
        mark = next((c for c in v.head.children if c.dep_ == "mark"), None)
        return mark if mark is not None and mark.lower_ in lexicon().sideless_scene_preps else None
    if v.dep_ != "pobj":
        return None
    h = v.head
    if h.lower_ == "of" and h.head.pos_ == "NOUN" and h.head.dep_ == "pobj":
        h = h.head.head  # "after eight hours of talks", "after two days of negotiations"
    return h if h.dep_ == "prep" and h.lower_ in lexicon().sideless_scene_preps else None


def _scene_speakers(art: Article, v: Token) -> list[Party]:
    """The named subject of the verb a sideless meeting is the scene of ("Rubio told reporters after eight hours of
    talks"): one who was at the meeting."""
    prep = _scene_prep(v)
    gov = prep.head if prep is not None else None
    if prep is not None and prep.dep_ == "mark":
        gov = gov.head if gov is not None and gov.dep_ == "advcl" else None  # the clause the summit's clause qualifies
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return []
    subj, passive = _subject_tokens(gov)
    return [p for p in _parties_for(art, subj) if p.country] if subj and not passive else []


_PARTY_PREPS = frozenset({"with", "between", "by", "among", "from", "of", "to"})


def _gathering_giver(art: Article, tr: Trigger) -> Party | None:
    """ "Attended a dinner hosted by Macron", "a banquet given by the emperor": the agent of a participle of giving
    (lexicon ``giving_participles``) on the object of an attendance verb (``attendance_verbs``) is the side the
    guest meets (session 25)."""
    lex = lexicon()
    if tr.nominal or tr.type != "CONSULT" or tr.obj is None or tr.head.lemma_.lower() not in lex.attendance_verbs:
        return None
    for acl in tr.obj.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in lex.giving_participles:
            continue
        for ag in acl.children:
            if ag.dep_ == "agent":
                found = [p for g in ag.children if g.dep_ == "pobj" for p in _parties_for(art, [g]) if p.country]
                if found:
                    return found[0]
    return None


def _unnamed_partner(tr: Trigger) -> bool:
    """ "held talks with senior administration officials in Washington": talks with people the text does
    not name, at a place abroad, are with that place's side."""
    for h in (tr.head, tr.obj):
        for c in h.children if h is not None else ():
            if c.dep_ == "prep" and c.lower_ == "with":
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in lexicon().pair_nouns:
                        return True
    return False


def _blames_a_cause(art: Article, tr: Trigger) -> bool:
    """A blame whose blamed one is a cause that is no party (lexicon ``impersonal_causes``): "Iranian officials
    blamed a technical fault", "blamed the collapse on heavy rain". The blamed one is the object of "blame", or the
    object of its "on" phrase when it has one; a party named inside it ("blamed Chile's negligence") keeps the
    accusation, and so does a blamed side ("blamed Peru for the outage")."""
    v = tr.head
    if tr.nominal or tr.type != "ACCUSE" or v.lemma_.lower() != "blame":
        return False
    on = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    objs = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    blamed = on or objs
    if not blamed:
        return False
    causes = lexicon().impersonal_causes
    return all(
        b.pos_ in ("NOUN", "PROPN")
        and b.lemma_.lower() in causes
        and not any(art.actors.at(t) is not None for t in b.subtree)
        for b in blamed
    )


def _withdrawn_grievance(tr: Trigger) -> bool:
    """A complaint, case or lawsuit given up ("dropped its complaint to the WTO"): a concession to the side it
    was about, never to the forum (lexicon ``grievance_nouns``)."""
    return tr.type == "CONCEDE" and tr.obj is not None and tr.obj.lemma_.lower() in lexicon().grievance_nouns


def _accused(art: Article, noun: Token) -> list[Party]:
    """The side an accusation noun's "that" clause names ("allegations that Iranian officers were plotting",
    "allegations claiming that Turkish troops are inside Syria")."""
    heads: list[Token] = []
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            heads += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        elif c.dep_ == "acl" and c.lemma_.lower() in lexicon().reporting_verbs | {"claim", "allege", "say", "suggest"}:
            heads += [
                g for cc in c.children if cc.dep_ == "ccomp" for g in cc.children if g.dep_ in ("nsubj", "nsubjpass")
            ]
    return [p for p in _parties_for(art, heads) if p.country]


def _imposed(art: Article, v: Token, tr: Trigger) -> tuple[list[Party], list[Party]] | None:
    """(orderer, ordered) of a measure one side is ordered to carry out ("the United States ordered China to
    close its consulate", "the US's order to close its consulate", "the U.S. demand that China shut its
    consulate"; lexicon ``imposed_measures``), or None when the measure is no such order or a side is unnamed."""
    lex = lexicon()
    if tr.nominal or tr.type not in lex.imposed_types:
        return None
    cur = v
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    gov = cur.head
    if gov is cur:
        return None
    word = gov.lemma_.lower()
    by: list[Token] = []
    ordered: list[Token] = []
    if cur.dep_ in ("xcomp", "ccomp") and gov.pos_ in ("VERB", "AUX") and word in lex.command_verbs:
        ordered = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
        ordered += [c for c in cur.children if c.dep_ == "nsubj"] if cur.dep_ == "ccomp" else []
        by = _subject_tokens(gov)[0]
        if not ordered:  # "China was ordered to close its consulate by Washington"
            ordered = [c for c in gov.children if c.dep_ == "nsubjpass"]
            by = [g for c in gov.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    elif (
        (cur.dep_ in ("acl", "ccomp", "xcomp") or (cur.dep_ == "relcl" and any(c.dep_ == "mark" for c in cur.children)))
        and gov.pos_ in ("NOUN", "PROPN")
        and word in lex.command_nouns
    ):
        # "the demand that China shut ...": the parser reads the noun's "that" clause as a relative clause
        by = [c for c in gov.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        ordered = [c for c in cur.children if c.dep_ == "nsubj"]
        if not ordered and gov.dep_ in ("dobj", "pobj"):
            # "China condemned the US's order to close its consulate": the side that answers the order
            verb = gov.head if gov.dep_ == "dobj" else gov.head.head
            if verb.pos_ in ("VERB", "AUX"):
                ordered = _subject_tokens(verb)[0]
    else:
        return None
    sources = [p for p in _parties_for(art, by) if p.country][:1]
    if not sources:
        return None
    targets = [p for p in _parties_for(art, ordered) if p.country and p.country != sources[0].country]
    return (sources, targets) if targets else None


def _act_actor(art: Article, v: Token, src: Party, si: int, etype: str) -> Party | None:
    """Whose act a reaction's object names ("praised the assault", "condemned the launch"): the source
    of the article's latest event of the noun's type, when the object phrase names no party itself. An act
    that happened after the reaction's own day is not the one reacted to ("praised the assault on Saturday" is
    not Sunday's shooting). A decision, move or step judged is its maker's (``_decision_maker``)."""
    obj = verb_object(v)
    if obj is None:
        # "backed what he called a bold decision": the parser makes the free relative a clause of the verb
        obj = next(
            (g for c in v.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "dobj" and g.lower_ == "what"),
            None,
        )
    if obj is None:
        return None
    kind = (
        lexicon().act_nouns.get(obj.lemma_.lower()) or lexicon().act_nouns.get(obj.lower_)
        if obj.pos_ == "NOUN"
        else None
    )
    if kind is None:
        # "China firmly opposes such actions", "condemned this move": a decision, move or action pointed back to
        # is its maker's for a disapproval too (session 28); a support takes any definite one
        if etype == "SUPPORT" or (etype == "ACCUSE" and _pointed_back(obj)):
            return _decision_maker(art, v, obj, src, si)
        return None
    if art.actors.all_in(list(obj.subtree)):
        return None
    said = own_date(art, v, "occurred")
    day = said.date_from if said is not None and said.precision == "day" else None
    for e in reversed(art.events):
        if e.type == kind and e.source is not None and e.source.country and e.source.country != src.country:
            begun = as_date(e.date_from)
            if day is not None and begun is not None and begun > day:
                continue  # not yet done on the day it was praised or condemned
            return replace(e.source, inferred=True)
    return None


_NOT_DECISIONS = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "CONSULT", "REJECT"})
_POINTING = frozenset({"such", "this", "these", "that", "those"})


def _pointed_back(noun: Token) -> bool:
    """A noun pointed back to an act told before: "such actions", "these moves", "this decision"."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("det", "amod", "predet") and c.lower_ in _POINTING for c in noun.children
    )


def _decision_maker(art: Article, v: Token, obj: Token, src: Party, si: int) -> Party | None:
    """The maker of a decision, move or step a support names with no owner in its own phrase (lexicon
    ``judged_decision_nouns``): "welcomed the decision", "fully backed what he called a bold decision", "a statement
    welcoming it" (a decision named before in the sentence). The owner a noun of the list names in this or the three
    sentences before ("the American decision", "the decision by Iran") is taken first, the nearest; else the doer of
    the latest act (no statement, request or meeting) told in this or the two sentences before. Never the judge's
    own side; for SUPPORT, and for ACCUSE of a noun pointed back to ("opposes such actions", session 28)."""
    nouns = lexicon().judged_decision_nouns
    sent = art.sents[si]
    if obj.pos_ == "NOUN" and obj.lemma_.lower() in nouns:
        if not _definite(obj) and not _pointed_back(obj):
            return None  # "welcomed a move": none told before
    elif obj.lower_ == "what":
        # "backed what he called a bold decision": the noun the free relative's verb names it by
        named = [t for t in obj.head.subtree if t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.i > obj.i]
        if not named:
            return None
    elif obj.lower_ in ("it", "this", "that") and obj.dep_ == "dobj":
        # "a statement welcoming it": "it" stands for a decision named before it in the sentence
        if not any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns for t in sent if t.i < obj.i):
            return None
    else:
        return None
    own = src.country

    def owner(noun: Token) -> Party | None:
        toks = [
            t
            for c in noun.children
            if (c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i)
            or (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"))
            for t in c.subtree
        ]
        return next((p for p in art.actors.all_in(toks) if p.country and p.country != own), None)

    for k in range(si, max(-1, si - 4), -1):
        for t in reversed(art.sents[k]):
            if k == si and t.i >= obj.i:
                continue
            if t.pos_ == "NOUN" and t.lemma_.lower() in nouns:
                p = owner(t)
                if p is not None:
                    return replace(p, inferred=True)
    for e in reversed(art.events):
        if e.sentence > si:
            continue
        if e.sentence < si - 2:
            break
        if e.type in _NOT_DECISIONS or e.source is None or not e.source.country or e.source.country == own:
            continue
        return replace(e.source, inferred=True)
    # "The United States said on Monday it would end a waiver. Saudi Arabia said it welcomed the decision": the side
    # the sentence before says will act (the subject of its reported clause, else its own subject) made it
    if si > 0:
        root = art.sents[si - 1].root
        if root.pos_ in ("VERB", "AUX"):
            said = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            subjects = [g for c in said for g in c.children if g.dep_ == "nsubj"]
            subjects += [c for c in root.children if c.dep_ == "nsubj"]
            for subj in subjects:
                found = [p for p in _parties_for(art, [subj]) if p.country]
                if found and found[0].country != own:
                    return replace(found[0], inferred=True)
                if found:
                    return None
    return None


def _destination(art: Article, noun: Token) -> Party | None:
    """Where a visit or trip goes: the party or place of its "to"/"in" phrase ("a visit to Malaysia")."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "in"):
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                p = art.actors.in_phrase(g)
                if p is not None and p.country:
                    return p
                pl = art.places.at(g)
                if pl is not None and getattr(pl, "country", None):
                    return Party(name=pl.country, country=pl.country, kind="country", text=pl.text)
    return None


def _contains(outer: Any, inner: Any) -> bool:
    """Whether ``outer`` is the region or country ``inner`` lies in ("Woodside, California")."""
    feature = getattr(outer, "feature", None) or ""
    return feature in ("admin1", "admin2", "country", "region") and getattr(outer, "country", None) == getattr(
        inner, "country", None
    )


def usable_date(tx: Any, tr: Trigger) -> bool:
    """A listed item's date: a calendar date, not a duration or a future reference."""
    value = getattr(tx, "value", "") or ""
    return (
        bool(value)
        and not value.startswith(("FUTURE", "PAST", "PRESENT", "P"))
        # "in Addis Ababa on Sept. 23-24": a span of days is an item's date too
        and getattr(tx, "kind", "date") in ("date", "range")
    )


def _wrong_states(art: Article, tr: Trigger, src: Party) -> list[Party]:
    """The foreign states of a list of places "in" which what a measure answers was done: "imposed restrictive
    measures against 18 individuals and 5 entities for human rights violations in Afghanistan, South Sudan and
    Russia" (each a target of its own), reached from the measure word through nouns and prepositions only. Only for
    a sanction or condemnation with no side named; [] unless the list has a foreign state."""
    if tr.type not in _PLACED_MEASURE_TYPES or tr.nominal:
        return []
    heads = {t.i for t in (tr.head, tr.obj) if t is not None}
    for tok in tr.head.subtree:
        pl = art.places.at(tok)
        if pl is None or tok.dep_ != "pobj" or tok.head.lower_ != "in" or not getattr(pl, "country", None):
            continue
        cur, ok = tok.head, False
        for _ in range(8):
            cur = cur.head
            if cur.i in heads:
                ok = True
                break
            if cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                break
        if not ok:
            return []
        out: list[Party] = []
        items, todo = [tok], [tok]
        while todo:  # "in Afghanistan, South Sudan, Central African Republic and Russia": conjuncts and appositions
            nxt = [c for t in todo for c in t.children if c.dep_ in ("conj", "appos")]
            items += nxt
            todo = nxt
        for t in items:
            q = art.places.at(t)
            if q is not None and getattr(q, "country", None) and q.country != src.country:
                if q.country not in {p.country for p in out}:
                    out.append(Party(name=q.country, country=q.country, kind="country", text=q.name))
        listed = {p.country for p in out}
        if any(
            p.country and p.country != src.country and p.country not in listed
            for p in art.actors.all_in(list(tr.head.subtree))
        ):
            return []  # "denounced Serbia's suppression of unrest in Montenegro": the side named is the target
        return out
    return []


def _governed_place(tok: Token, heads: set[int], tr: Trigger) -> bool:
    """Whether the place ``tok`` hangs on the event word through a place preposition with no verb
    between ("met in Oslo", "with stops in Kyiv", "fly on to Serbia"), or is what a visit visits."""
    cur = tok
    preps: list[str] = []
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "dobj" and cur.head.i in heads:
            return tr.mode == "visit"
        if cur.dep_ == "conj" and cur.i != tok.i:
            return False  # "entered the zone, as well as rights in Xinjiang": another phrase's place
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.i != tok.i:
            return False  # "That envoy, a former ambassador to Moscow, travelled": the subject's description
        cur = cur.head
        example = _examples_of_places(cur)
        if (cur.dep_ == "prep" or cur.pos_ == "ADP") and not example:
            preps.append(cur.lower_)
        if cur.i in heads:
            # "raise concerns about China's actions in Xinjiang, Hong Kong and Taiwan": places inside what
            # the event is about are its topic, not where it happens
            return bool(preps) and preps[0] in _LIST_PREPS and not any(p in _TOPIC_PREPS for p in preps[1:])
        if (cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("relcl", "acl", "advcl", "ccomp")) and not example:
            return False
    return False


_TOPIC_PREPS = frozenset({"about", "over", "concerning", "regarding"})
# "in major cities including London, Berlin and Paris", "in capitals such as Rome and Madrid": the places a plural place
# noun is exemplified by are where the event happens (session 22)
_EXAMPLE_PREPS = frozenset({"including", "like", "as"})


def _examples_of_places(prep: Token) -> bool:
    """Whether ``prep`` introduces examples of a plural place noun ("cities including London", "capitals such as")."""
    if prep.lower_ not in _EXAMPLE_PREPS:
        return False
    if prep.lower_ == "as" and (prep.i == 0 or prep.doc[prep.i - 1].lower_ != "such"):
        return False
    head = prep.head
    return head.tag_ == "NNS" and head.lemma_.lower() in lexicon().place_kind_nouns | {"country", "nation"}


def _general_charge(art: Article, tr: Trigger, v: Token) -> bool:
    """Whether a charge is made against nothing determinate: no noun it is about ("condemns terrorism", "expressed
    concern over regional instability") carries a definite determiner or an owner ("the pact", "this move",
    "Beijing's drills"), as the charge's object or the object of "over"/"about"/"at"/"on" after it."""
    heads = [tr.obj] if tr.obj is not None else [c for c in v.children if c.dep_ == "dobj"]
    for h in list(heads):
        heads += [
            g
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in _CHARGE_PREPS
            for g in p.children
            if g.dep_ == "pobj"
        ]
    heads += [
        g for p in v.children if p.dep_ == "prep" and p.lower_ in _CHARGE_PREPS for g in p.children if g.dep_ == "pobj"
    ]
    if any(art.actors.at(h) is not None for h in heads):
        return False  # "lashed out at Beijing": a side, whatever finds it later
    return not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for h in heads
        for c in h.children
    )


_CHARGE_PREPS = frozenset({"over", "about", "at", "on", "regarding"})


def _home_addressee(art: Article, v: Token, own: str | None) -> bool:
    """Whether a request is addressed at home: the asked (the verb's object, or what "call on" takes) is a state's own
    people or firms (lexicon ``home_addressees``: "urged its nationals", "told its airlines", "advising Korean
    travellers") with no other state's word on them. A pronoun ("urged him to"), a side ("urged Beijing"), a body
    ("urged the cabinet to expel the foreign envoy": its content names the side asked against) are not, nor a telling
    with a that-clause (its content is a statement about a side)."""
    if any(c.dep_ == "ccomp" for c in v.children):
        return False  # "told its diplomats that the talks should go on with Oslandia": a statement's content
    objs = [c for c in v.children if c.dep_ == "dobj"]
    objs += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    for obj in objs:
        if obj.tag_ == "NNPS" and own:
            # "urged Canadians abroad to return", "urges Filipinos there to leave": its own people by name
            party = art.actors.at(obj)
            return party is not None and party.country == own
        if obj.lemma_.lower() not in lexicon().home_addressees:
            return False
        for t in obj.subtree:
            if t.i < obj.i:
                party = art.actors.at(t)
                if party is not None and party.country and party.country != own:
                    return False  # "urged Lebanese citizens to ...": another state's people
        return True
    return False


def _contacted_for(art: Article, tr: Trigger) -> list[Party]:
    """The sides a contact (a meeting or call verb, CONSULT) was made with when ``tr`` is the act it was made for, a
    "to" clause hung on it with no object side of its own ("telephoned the presidents of A and B to urge progress")."""
    v = tr.head
    if (
        tr.nominal
        or v.dep_ not in ("advcl", "xcomp")
        or not any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
    ):
        return []
    host = v.head
    if art.trigger_type.get(host.i) != "CONSULT" or host.pos_ != "VERB":
        return []
    objs = [c for c in host.children if c.dep_ in ("dobj", "dative")]
    objs += [
        g for c in host.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    return [p for p in _parties_for(art, objs) if p.country]


_REBEL_SECTORS = frozenset({"REB", "OPP", "INS"})


def _domestic_rivals(sources: list[Party]) -> bool:
    """Whether coordinated subjects are two sides of one state at odds: all of one country, of two sectors, one of them
    a rebel or opposition side (``Party.sector``)."""
    if len(sources) < 2 or not sources[0].country or any(p.country != sources[0].country for p in sources):
        return False
    sectors = {p.sector for p in sources[:2]}
    return len(sectors) == 2 and bool(sectors & _REBEL_SECTORS) and None not in sectors


def _posted_noun(t: Token) -> bool:
    """An envoy or a diplomatic mission, a noun whose "to" or "in" phrase says where it is posted."""
    lemma = t.lemma_.lower()
    return lemma in lexicon().envoy_nouns or (
        lemma in _MISSIONS and any(c.dep_ in ("amod", "compound") and c.lower_ == "diplomatic" for c in t.children)
    )


def _envoy_posting(tr: Trigger, tok: Token) -> bool:
    """ "recalling its ambassadors to Washington and Tel Aviv": a place list says where the envoys object of the act
    are posted, each place's state the target of an act of its own (session 28)."""
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ != "to":
        return False
    envoys = lexicon().envoy_nouns
    gov = prep.head
    if gov.lemma_.lower() in envoys and gov.pos_ == "NOUN":
        return gov.dep_ in ("dobj", "nsubjpass") and gov.head.i == tr.head.i
    obj = verb_object(gov) if gov.i == tr.head.i and not tr.nominal else None
    return obj is not None and obj.lemma_.lower() in envoys


def _counterparts_at(tok: Token) -> bool:
    """ "talks with their counterparts in Tokyo and Seoul": the place names the counterparts' country."""
    prep = tok.head
    return prep.dep_ == "prep" and prep.head.lemma_.lower() in ("counterpart", "host", "leader", "official")


def _fronted_place(art: Article, v: Token) -> Any | None:
    """ "In Moscow, Singh met Wei on Sept. 4, and (or while) the two ministers agreed ... on Sept. 10":
    a place put before the subject of a coordination's first clause sets the scene of every clause."""
    if v.dep_ == "advcl":  # "..., while the two ministers agreed ...": a clause alongside, not a cause or a time
        if not any(c.dep_ == "mark" and c.lower_ == "while" for c in v.children):
            return None
        root = v.head
    else:
        root = _coord_root(v)
    if root.i == v.i or root.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        return None
    p = art.places.attached(root)
    first = min(t.left_edge.idx for t in subj)
    return p if p is not None and p.end <= first else None


def _visited_elsewhere(art: Article, tr: Trigger, v: Token, subj_countries: set[str | None]) -> bool:
    """A visit or arrival by several named sides at a place in none of their states ("Blinken and Lammy arrived
    in Kyiv", "the French and German ministers will visit Kyiv"): they travel together to the host."""
    if tr.nominal or tr.mode != "visit":
        return False
    place = art.places.attached(v, motion=True, dobj_is_place=True)
    country = getattr(place, "country", None) if place is not None else None
    return bool(country) and country not in subj_countries


def _fellow_travellers(art: Article, tr: Trigger, v: Token) -> list[Party]:
    """ "Johnson arrived in Kyiv along with Rutte", "together with": who travels with the subject visits too."""
    if tr.nominal or tr.mode != "visit":
        return []
    out: list[Party] = []
    for c in v.children:
        if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together"):
            for w in c.children:
                if w.dep_ == "prep" and w.lower_ == "with":
                    out.extend(p for p in _prep_parties(art, w) if p.country)
    return out


_DUE_WORDS = frozenset({"due", "expect", "schedule", "set", "slate", "plan"})


_LAUNCH_TYPES = frozenset({"MOBILIZE", "THREATEN"})
_LAUNCH_RANK = {"continent": 0, "region": 0, "sea": 0, "country": 0, "admin1": 1, "admin2": 2}


def _launch_place(art: Article, v: Token) -> Any | None:
    """ "fired a ballistic missile from the vicinity of Pyongyang", "launched a missile eastward from Pyongsong, South
    Pyongan Province", "fired a missile from its capital, Pyongyang": a launch or weapons test (no side struck, so
    MOBILIZE or THREATEN) is placed where it was fired from, the most specific place of the verb's "from" phrase (lexicon
    ``launch_verbs``)."""
    if v.lemma_.lower() not in lexicon().launch_verbs:
        return None
    best: tuple[tuple[int, int], Any] | None = None
    for c in v.subtree:
        if c.dep_ != "prep" or c.lower_ != "from" or not _within_clause(c, v):
            continue  # (also on the object or an adverb: "fired a missile eastward from ...")
        for t in c.subtree:
            p = art.places.by_token.get(t.i)
            if p is None:
                continue
            key = (-_LAUNCH_RANK.get(getattr(p, "feature", None) or "", 3), t.i)
            if best is None or key < best[0]:
                best = (key, p)
    return best[1] if best else None


def _within_clause(t: Token, v: Token) -> bool:
    """Whether ``t`` hangs under ``v`` through words of ``v``'s own clause (no other verb or clause between)."""
    cur = t.head
    for _ in range(8):
        if cur.i == v.i:
            return True
        if (
            cur.pos_ in ("VERB", "AUX")
            or cur.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp")
            or cur.head.i == cur.i
        ):
            return False
        cur = cur.head
    return False


def _arrival_place(art: Article, v: Token) -> Any | None:
    """ "landed in Buenos Aires on Thursday and met with Macri": a clause that shares the subject of an
    arrival somewhere happened there (the later conjunct, with no subject of its own)."""
    # "arrived in Vilnius on Monday and was due to meet Erdogan", "landed in Hanoi and is expected to meet": the
    # plan completes a conjunct that only says it is due or expected
    for _ in range(2):
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in _DUE_WORDS:
            v = v.head
        elif v.dep_ == "acomp" and v.head.lemma_.lower() == "be":
            v = v.head
        else:
            break
    if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    root = _coord_root(v)
    if root.i >= v.i or root.lemma_.lower() not in lexicon().arrival_verbs:
        return None
    return art.places.attached(root, motion=True)


_OFFICIAL_SECTORS = {"GOV", "MIL", "LEG", "JUD", "IGO", "COP"}


def _official(p: Party) -> bool:
    """A state, an office holder or an official body (whose protest is a diplomatic one, ACCUSE)."""
    return p.kind in ("country", "igo") or bool(p.role) or (p.sector or "").upper() in _OFFICIAL_SECTORS


def _sentence_parties(
    art: Article, si: int, sent: Span, v: Token | None = None, exclude: set[int] | None = None
) -> list[Party]:
    """The sentence's parties outside location phrases (once per sentence, not once per trigger),
    less those that are the subject of another clause than ``v``'s: "The Netherlands unveiled
    controls, and Japan followed" does not make the Netherlands Japan's target."""
    cached = art.sentence_parties.get(si)
    if cached is None:
        skip = {t.i for t in sent if t.dep_ == "prep" and t.lower_ in _LOC_PREPS | _SCENE_PREPS for t in t.subtree}
        skip |= _gathering_venues(sent.root)  # "on the sidelines of the UN climate summit": the occasion
        toks = [t for t in sent if t.i not in skip]
        seen: set[str | None] = set()
        cached = []
        for t in toks:
            for p in art.actors.all_in([t]):
                if (p.actor_id or p.text) not in seen:
                    seen.add(p.actor_id or p.text)
                    cached.append((t.i, p))
        art.sentence_parties[si] = cached
    if v is None:
        return [p for _, p in cached]
    return [
        p
        for i, p in cached
        if not _other_clause_subject(art.doc[i], v)
        and not _describes_subject(art.doc[i], v)
        and not (exclude and i in exclude)
    ]


def _describes_subject(tok: Token, v: Token) -> bool:
    """Whether ``tok`` lies in a description of the subject of ``v`` (or of a verb ``v`` depends on): an
    appositive or a relative clause ("Hungary, a close ally of Russia, refused ...", "Serbia, which relies on
    Russian gas, rejected ..."). A side named there is the subject's relation, not the act's other side."""
    cur = tok
    while cur.head.i != cur.i and cur.i != v.i:
        subj = cur.head
        if (
            cur.dep_ in ("appos", "relcl", "acl")
            and subj.dep_ in ("nsubj", "nsubjpass")
            and (subj.head.i == v.i or subj.head.is_ancestor(v))
        ):
            return True
        cur = cur.head
    return False


def _acting_subject(tok: Token, v: Token) -> bool:
    """Whether ``tok`` is itself (or coordinated into) the subject of a clause other than ``v``'s: a state named as
    another clause's doer ("..., and South Korea followed"), not a possessor inside it ("Hanoi's answer took a day")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ in ("nsubj", "nsubjpass") and _other_clause_subject(tok, v)


def _other_clause_subject(tok: Token, v: Token) -> bool:
    """Whether ``tok`` (or the phrase it heads or coordinates into) is the subject of a verb other than ``v``."""
    cur = tok  # (tokens are compared by index: spaCy makes a new Token object on each access)
    while cur.dep_ in ("conj", "appos", "compound", "amod", "poss", "nmod") and cur.head.i != cur.i:
        if cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"):
            break
        cur = cur.head
    if cur.dep_ not in ("nsubj", "nsubjpass"):
        return False
    gov = cur.head
    while gov.i != v.i:
        if gov.dep_ == "conj" or gov.head.i == gov.i:
            return True  # a coordinated or unrelated clause's subject
        if gov.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in gov.children):
            return True  # "China criticised the drills, while Japan urged restraint": a parallel side, no target
        gov = gov.head
    return False  # a clause nested in the event's own ("sanctioned firms that China uses")


_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


_QUOTES = frozenset({'"', "“", "”", "``", "''"})


def _quotation_speaker(art: Article, v: Token) -> Party | None:
    """The speaker of a quotation that runs over more than one sentence, named after its closing quote: '"Bangladesh
    flagged that the border force must be urged to exercise restraint. The Indian side assured ...," the ministry
    said' (the parser ends the first sentence inside the quotation, so the reporting verb is not above ``v``)."""
    doc, lex = v.doc, lexicon()
    i = v.i - 1
    while i >= max(0, v.i - 150) and doc[i].text not in _QUOTES:
        i -= 1
    if i < 0 or doc[i].text not in _QUOTES or doc[i].text == "\u201d":
        return None  # not inside a quotation
    j = v.i + 1
    while j < min(len(doc), v.i + 150) and doc[j].text not in _QUOTES:
        j += 1
    if j >= len(doc) or doc[j].text not in _QUOTES or doc[j].text == "\u201c":
        return None
    closing = doc[j].sent
    if closing.start == v.sent.start:
        return None  # one sentence: the reporting verb is above the act (``attribution_of``)
    for h in doc[j + 1 : closing.end]:
        if h.lemma_.lower() in lex.reporting_verbs and h.pos_ in ("VERB", "AUX"):
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return art.actors.in_phrase(subj) if subj is not None else None
    return None


def _asked_party_before(inf: Token) -> bool:
    """Whether the verb an infinitive hangs on names whom it asks before it: an object or an "on"/"upon" phrase
    ("called on China's Coast Guard to ...", "urged Beijing to ...")."""
    return any(
        (c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))) and c.i < inf.i
        for c in inf.head.children
    )


def _requested_content(art: Article, noun: Token) -> bool:
    """An act noun that is what an offer, call or demand coded REQUEST asks for ("repeated his offer of dialogue",
    "issued a demand for talks"): the request's content, as the infinitive of "urged X to ..." is."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("of", "for"):
        return False
    gov = noun.head.head
    if gov.pos_ != "NOUN" or gov.lemma_.lower() not in lexicon().proposal_nouns:
        return False
    holder = gov.head if gov.dep_ in ("dobj", "obj") else None
    return art.trigger_type.get(gov.i) == "REQUEST" or (
        holder is not None and art.trigger_type.get(holder.i) == "REQUEST"
    )


def _asked_for(art: Article, v: Token) -> bool:
    """An act deeper inside the infinitive of a verb of asking coded REQUEST than its first verb (session 22): "urging
    Algeria to prioritise dialogue with the authorities", "urge G7 members to catch up ... and get back to the path of
    dialogue", "urged the assembly before the vote to support reason" (the infinitive hung on the vote). A clause
    with a subject of its own on the way states its own act ("urged Japan to act after China seized the boat")."""
    lex = lexicon()
    if v.pos_ == "VERB" and v.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False  # "urged Russia to free the fishermen, calling the seizure illegal": the asker's own words
    cur, inf = v, False
    for _ in range(8):
        h = cur.head
        if h is cur:
            return False
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return False
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            inf = True
        if (
            inf
            and cur is not v
            and h.pos_ == "VERB"
            and h.lemma_.lower() in lex.asking_verbs
            and art.trigger_type.get(h.i) == "REQUEST"
        ):
            return True
        cur = h
    return False


def _denies_charge(v: Token) -> bool:
    """A denial of a charge: "denied the accusation", "dismissed claims that ...", "denied any involvement", "denied
    that its troops fired", "a claim the military rejected", "an attack it has denied any role in"."""
    lex = lexicon()
    if v.pos_ != "VERB" or v.lemma_.lower() not in lex.denying:
        return False
    charged = lex.denied_nouns | lex.denied_charges
    if v.dep_ == "relcl" and v.head.lemma_.lower() in charged:
        return True
    return any(c.dep_ == "ccomp" or (c.dep_ in ("dobj", "obj") and c.lemma_.lower() in charged) for c in v.children)


def _denies_charge_noun(v: Token) -> bool:
    """ "denied the accusations", "rejected the allegations": a denial whose object is the charge itself (lexicon
    ``accuser_only_charges``), which answers only an accuser the article told."""
    nouns = lexicon().accuser_only_charges
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns for c in v.children)


def _accuser_of(art: Article, country: str | None, typ: str) -> Party | None:
    """The side that last accused (``typ`` ACCUSE) or asked (REQUEST) ``country`` in the article: a denial answers
    the accuser, a refusal the one who asked."""
    if not country:
        return None
    for e in reversed(art.events):
        if e.type == typ and e.status == "occurred" and e.target is not None and e.target.country == country:
            if e.source is not None and e.source.country not in (None, country):
                return e.source
    return None


def _requested_act(art: Article, noun: Token) -> bool:
    """An act named as a noun that a verb coded REQUEST asks for, as its object or "for" phrase ("demanded the
    release of the sailors", "called for the release of a journalist held in Iran"): the request's content."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ == "for":
        gov = gov.head
    elif noun.dep_ != "dobj":
        return False
    return gov.i != noun.i and art.trigger_type.get(gov.i) == "REQUEST"


def _refusal_double(art: Article, tr: Trigger) -> bool:
    """One refusal coded twice: a cooperative act refused ("refused to accept the returned migrants", "rejected
    Lome's deal with the rebels") is the refusal's REJECT, not also a negated act of its own; a hostile act withheld
    ("has declined to condemn the coup") is that act negated, not also a rejection of the side it would have hit."""
    lex = lexicon()
    refusing, v = lex.refusal.get("verbs", frozenset()), tr.head
    if tr.type == "REJECT" and not tr.nominal and v.lemma_.lower() in refusing:
        # "declined to comment on the report", "refused to confirm the timing": nothing said, nobody rejected
        unsaid = lex.refusal.get("unsaid", ())
        return any(
            c.dep_ == "xcomp"
            and (art.trigger_type.get(c.i) in lex.refusal.get("withheld_types", ()) or c.lemma_.lower() in unsaid)
            for c in v.children
        )
    if tr.type not in lex.refusal.get("cooperative_types", ()):
        return False
    # the refused act itself, not a conjunct with a tense of its own ("refused to recognize the vote and
    # backed the opposition candidate": the backing happened)
    gov = v.head
    if not tr.nominal and v.dep_ == "acl" and gov.lemma_.lower() in lex.refusal.get("nouns", frozenset()):
        return True  # "blaming Ethiopia's persistent refusal to accept any compromise": nothing was accepted
    governed = v.dep_ in (("dobj", "obj") if tr.nominal else ("xcomp",))
    return governed and gov.lemma_.lower() in refusing and art.trigger_type.get(gov.i) == "REJECT"


# verbs whose infinitive "take steps/measures" is the content agreed or asked for
_STEP_CONTENT_VERBS = frozenset({"agree", "demand", "urge", "ask", "call", "request", "press", "push", "encourage"})


def _measure_taken(tr: Trigger, mod: Modality) -> bool:
    """A threat read from "take measures/steps/action" whose taking is done (a past form with no future cue)
    or negated: no threat is made by it."""
    v, taken = tr.head, lexicon().taken_measures
    if tr.type != "THREATEN" or tr.nominal or v.lemma_.lower() != "take" or tr.obj is None:
        return False
    if tr.obj.lemma_.lower() not in taken.get("nouns", ()):
        return False
    if mod.status == "negated":
        return True
    infinitive = v.dep_ == "xcomp" or (
        v.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
    )
    if infinitive and v.head.lemma_.lower() in _STEP_CONTENT_VERBS and not _aimed_measure(tr):
        # "Xi agreed to take steps to curtail the supply of chemicals", "demanded from Canada to take immediate
        # measures to ensure the security of its missions": the steps are what is agreed or asked, no threat
        return True
    if mod.status == "planned" and mod.cue_lemma in lexicon().decision_verbs and not mod.by_aux:
        return _aimed_measure(tr)  # "has decided to take countermeasures against ...": decided that day
    if mod.status == "ongoing" and mod.cue == "is ...ing":
        return True  # "we are taking concrete steps for normalising relations": being done, not threatened
    return mod.status in ("occurred", "ongoing") and mod.cue is None and v.tag_ in ("VBD", "VBN")


def _plain_warning(art: Article, tr: Trigger, own: str | None) -> list[Party] | None:
    """A warning verb's that-clause that threatens nothing: what is or was ("warned that time was running out",
    "warned that Beijing often made promises ..."), or what may come about by no side's doing ("warned that a major
    offensive could follow", "warned that hundreds of millions of people would pay the price"). None when the
    warning is a threat or has no such clause: the clause holds a condition (if, unless), a word of response or
    damage (`plain_warning.threat_words`: "would be met with an immediate military response", "would seriously
    damage relations", "faces severe consequences"), has the warner's own side as its subject ("warned that
    Pakistan would retaliate", "the United States had identified 52 Iranian sites it would hit"), or a side as the
    subject of something to come or possible ("warned that Russia would pay a heavy price"), or a resolve ("would
    not shy away from tough decisions"). Otherwise the other sides the clause's subject names (an allegation
    against them: ACCUSE), or [] (no event)."""
    pw = lexicon().plain_warning
    v = tr.head
    if tr.type != "THREATEN" or tr.nominal or v.lemma_.lower() not in pw.get("verbs", ()):
        return None
    clause = next((c for c in v.children if c.dep_ == "ccomp"), None)
    if clause is not None and _participle_of_warned_noun(v, clause):
        clause = None
    if clause is None:
        return _danger_warned(art, v, own)
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    words = list(clause.subtree)
    if any(t.lower_ in ("if", "unless") or t.lemma_.lower() in pw.get("threat_words", ()) for t in words):
        return None
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    parties = [p for p in _parties_for(art, subj) if p.country]
    if any(p.country == own for p in parties):
        return None
    to_come = any(
        t.tag_ == "MD" or t.lower_ in ("will", "would", "shall", "'ll", "wo") or t.tag_ == "TO" for t in words
    )
    if to_come:
        # "warned that Europe would not shy away from tough decisions": a resolve stated, a threat
        resolve = any(c.dep_ == "neg" for c in clause.children)
        return None if parties or resolve else []
    return parties


def _participle_of_warned_noun(v: Token, clause: Token) -> bool:
    """A participle the parser hangs on a warning verb as its that-clause when it qualifies the noun the warning is
    "of" or "about": "warned of an 'inevitable' response to military drills staged earlier in the day by South Korean
    and US troops" is a warning of a response (the drills were staged), not one that drills were staged. The
    participle has no subject or auxiliary of its own and follows the of-phrase's noun; the parser may tag it as a
    past tense (VBD), which a that-clause without a subject cannot be (real news, session 27)."""
    if clause.dep_ != "ccomp" or clause.tag_ not in ("VBN", "VBG", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark") for c in clause.children):
        return False
    nouns = [
        p
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("of", "about")
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
    ]
    return any(n.i < clause.i and n.right_edge.i < clause.left_edge.i for n in nouns)


def _danger_warned(art: Article, v: Token, own: str | None) -> list[Party] | None:
    """A warning "of" or "about" a thing named by a noun, with no that-clause: a warning of a danger ("warned of a
    possible invasion", "warned of a potential armed escalation", "warned of the risk of a wider war") threatens
    nothing: [] (no event). None (a threat, as before) when the phrase holds a word of response or damage
    (`plain_warning.threat_words`: "warned of severe consequences", "warned of retaliation") or a condition, or
    names the warner's own side as the doer. The other side named as the doer of the danger (a possessor or a
    country adjective: "warned of Russian aggression") is alleged to do it: ACCUSE of that side."""
    pw = lexicon().plain_warning
    preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("of", "about")]
    nouns = [p for c in preps for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
    if len(nouns) != 1 or any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and not _participle_of_warned_noun(v, c) for c in v.children
    ):
        return None
    words = list(nouns[0].subtree)
    if any(t.lower_ in ("if", "unless") or t.lemma_.lower() in pw.get("threat_words", ()) for t in words):
        return None
    doers = [c for c in nouns[0].children if c.dep_ in ("poss", "amod", "compound")]
    parties = [p for p in _parties_for(art, doers) if p.country]
    if any(p.country == own for p in parties):
        return None
    return parties


_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj", "oprd", "attr"})


def _called_for_infinitive(tr: Trigger) -> bool:
    """A verb in the infinitive of a call or pressure noun (lexicon `called_for_nouns`): "calls to condemn Moscow's
    invasion", "Western pressure to condemn Russia", "its call on China to condemn Russia" (the infinitive hung on the
    noun, or on the side called on) ask for an act; the act is not done (real news, session 20)."""
    v = tr.head
    if tr.nominal or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    nouns = lexicon().called_for_nouns
    if v.dep_ == "advcl" and v.head.pos_ in ("VERB", "AUX"):
        # "rejected Western calls to condemn ...", "renewed its call on China to condemn ...": the parser hangs the
        # infinitive on the verb whose object the call is, right after that object
        objs = [c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i]
        return bool(objs) and objs[-1].lemma_.lower() in nouns and objs[-1].right_edge.i == v.i - 2
    if v.dep_ not in ("acl", "xcomp", "relcl", "advcl") or v.head.pos_ not in ("NOUN", "PROPN"):
        return False
    h = v.head
    if h.lemma_.lower() in nouns:
        # "its call for Washington to withdraw": the parser may hang the infinitive, with its "for" subject, on the noun
        return True
    # "its call on China to condemn": the parser hangs the infinitive on the side called on
    return h.dep_ == "pobj" and h.head.lower_ == "on" and h.head.head.lemma_.lower() in nouns


def _means_tokens(v: Token) -> set[int]:
    """Tokens of a "with" phrase of ``v``'s clause whose noun is an effort, a mediation or help (lexicon `means_nouns`):
    "reached a truce agreement with tireless Qatari and Egyptian efforts" names the means, not a partner."""
    means = lexicon().means_nouns
    return {
        t.i
        for w in v.subtree
        if w.dep_ == "prep"
        and w.lower_ == "with"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in means for g in w.children)
        for t in w.subtree
    }


def _needed_content(art: Article, v: Token) -> bool:
    """An act inside a need that a verb coded REQUEST states of another side (session 28): "stressed the need for
    Venezuela to release political prisoners", "emphasised the importance of Argentina lifting its curbs", "the need
    for urgent action from Ethiopia to stop the fighting" ask for the release, the lifting, the stop; none is done."""
    needed_nouns = lexicon().needed_act_nouns
    cur = v
    for _ in range(4):
        h = cur.head
        if h is cur or cur.dep_ not in ("acl", "relcl", "advcl", "pcomp", "pobj", "prep", "xcomp", "dobj", "ccomp"):
            return False
        if (
            h.lemma_.lower() == "be"
            and h.dep_ == "ccomp"
            and art.trigger_type.get(h.head.i) == "REQUEST"
            and needed_party(h.head) is not None
        ):
            return True  # "said it was important for China to use its influence": the use is asked
        if (
            h.lemma_.lower() in needed_nouns
            and h.head is not h
            and art.trigger_type.get(h.head.i) == "REQUEST"
            and needed_party(h.head) is not None
        ):
            return True
        if cur.dep_ == "advcl" and art.trigger_type.get(h.i) == "REQUEST" and needed_party(h) is not None:
            return True  # the parser hangs "to stop the fighting" on the verb
        cur = h
    return False


def _sought_agreement(tr: Trigger) -> bool:
    """An agreement verb in the infinitive of purpose of an effort or a working verb (lexicon `sought_agreement`):
    "efforts to reach a ceasefire", "are working with Hamas and Israel to reach a deal", "a push to secure a truce"
    (real news, session 20). What is sought is no agreement, and those who seek it are not its sides."""
    v = tr.head
    if tr.type != "AGREE" or tr.nominal or v.dep_ not in ("acl", "xcomp", "advcl", "relcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    heads = lexicon().sought_agreement
    h = v.head
    if h.dep_ == "acl" and h.tag_ == "VBN" and h.head.lemma_.lower() in heads:
        return True  # "efforts led by the US and Egypt to reach": the parser hangs the aim on the participle
    return h.lemma_.lower() in heads or (
        # "are exerting intensive efforts with Hamas and Israel to reach": the effort is the light verb's object
        h.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in heads for c in h.children)
    )


def _agreed_content(art: Article, tr: Trigger, mod: Modality) -> bool:
    """A planned act that is what two sides agreed on ("agreed to collaborate", "agreed that Iran will open an
    embassy", "agreed to resume their dialogue"): the agreement, coded from its own verb, is the event. A
    meeting the agreement names as a future event of its own stays ("agreed that the envoys would meet", "agreed
    to hold talks next month")."""
    ac = lexicon().agreed_content
    if tr.nominal or mod.status != "planned" or not ac:
        return False
    cur, n, via_that = tr.head, 0, False
    while True:
        if n >= 6 or cur.dep_ not in _CONTENT_DEPS:
            return False
        if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return False  # "agreed to ..., and Yoon ensured full cooperation": a clause of its own
        if cur.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in cur.children):
            return False  # only the other half of the deal ("..., while Saudi Arabia will open its embassy")
        h = cur.head
        # a that-clause with a verb of its own ("agreed that the envoys would meet"), not a small clause ("agreed to
        # make the summit a start in resuming their shuttle diplomacy")
        via_that = via_that or (cur.dep_ == "ccomp" and any(c.dep_ in ("aux", "mark") for c in cur.children))
        if (
            h.lemma_.lower() in ac.get("verbs", ())
            and h.pos_ in ("VERB", "AUX")
            and art.trigger_type.get(h.i) == "AGREE"
        ):
            break
        if h.lemma_.lower() in lexicon().reporting_verbs:
            return False
        cur, n = h, n + 1
    if tr.type in ac.get("types", ()):
        return True
    v = tr.head
    return (
        tr.type == "CONSULT"
        and not via_that
        and v.lemma_.lower() in ac.get("consult_verbs", ())
        and art.timex.own(v) is None
    )


# The modal cues of a mere possibility: "could meet", "might attend", "may join", "can cooperate".
_POSSIBLE = frozenset({"could", "might", "may", "can"})
# The verbs of working together whose future states a will, not a plan: "will work with the Indian side to
# implement the resolution", "would work with the United States and like-minded partners to keep the peace",
# "will cooperate for the anniversary", "will continue their efforts", "would no longer work with him".
_JOINT_WORK = frozenset({"work", "cooperate", "collaborate", "coordinate", "partner", "continue"})


def _speculated(tr: Trigger, mod: Modality) -> bool:
    """An act stated only as possible ("there is speculation that Blinken could meet Xi", "areas in which the two
    could cooperate", "they could kill him"): a possibility is no event; what was said or threatened about it is
    (the speech act is its own mention). Conditions ("if ...") are decided in reconcile. A coercive act its actor is
    reported to state as possible is a threat ("Ankara could suspend relations with Abu Dhabi, the president said"),
    as is a speech act under "could" (both decided in `_build`)."""
    if mod.status != "hypothetical" or mod.cue not in _POSSIBLE:
        return False
    if _perfect_modal(tr.head):
        return False  # "hackers may have launched cyber attacks on ...": a past act alleged, not a possibility
    if tr.type in lexicon().speech_act_types:
        return False
    return not (mod.reported and tr.type in _COERCIVE_TYPES)


def _habit(tr: Trigger) -> bool:
    """An act stated as a habit in the simple present ("Venezuela routinely accuses Colombia of plotting", "Beijing
    regularly sends warplanes near the island"): what a side does, not an act on a day (lexicon `habitual_adverbs`)."""
    v = tr.head
    if tr.nominal or v.tag_ not in ("VBZ", "VBP"):
        return False
    habitual = lexicon().habitual_adverbs
    return any(c.dep_ == "advmod" and c.lower_ in habitual for c in v.children)


def _standing_stance(si: int, sent: Span, tr: Trigger) -> bool:
    """A standing position the writer states in the simple present (lexicon ``stance_verbs``): "Beijing sees the
    island as part of its territory and rejects any official contact with Taiwan", "China, which claims nearly all
    of the South China Sea, rejects a 2016 arbitral ruling". Only as the sentence's own assertion (its root or a
    clause coordinated with it) with no date or time on the verb, no reporting verb beside it, no quotation mark in
    the sentence, and not in the article's first sentence (a headline's "China rejects ..."), nor aimed at an act
    pointed back to ("opposes such actions", session 28)."""
    v = tr.head
    if tr.nominal or si == 0 or v.tag_ not in ("VBZ", "VBP") or v.lemma_.lower() not in lexicon().stance_verbs:
        return False
    root = v
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass", "neg") for c in v.children):
        return False
    if any(c.dep_ in ("dobj", "obj") and _pointed_back(c) for c in v.children):
        return False  # "China firmly opposes such actions": a reaction to the act just told, not a standing position
    if any(t.tag_ in ("``", "''") or t.text in ('"', "“", "”", "«", "»") for t in sent):
        return False
    if any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in lexicon().reporting_verbs for c in root.children):
        return False  # "..., the ministry says"
    subtree_dates = [t for c in v.children if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree]
    return not any(t.ent_type_ in ("DATE", "TIME") for t in subtree_dates)


def _perfect_modal(tok: Token) -> bool:
    """ "may have launched", "might have shelled" (also for a noun: the verb it is the object of): a modal with
    the perfect speculates about what happened, which is reported as an allegation, not as a possibility."""
    for v in (tok, tok.head):
        if v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in v.children):
            return True
    return False


def _stated_intent(art: Article, tr: Trigger, mod: Modality) -> bool:
    """A planned COOPERATE stated with a verb of working together and no date of its own ("will work with India to
    implement it", "France and Germany will continue their efforts"): a stated will, not a planned act. Restoring
    relations, opening an embassy or a dated project stay planned events."""
    if tr.type != "COOPERATE" or tr.nominal or mod.status not in ("planned", "hypothetical"):
        return False
    v = tr.head
    return v.lemma_.lower() in _JOINT_WORK and art.timex.own(v) is None


# A party named only by "any" ("any country", "any nation", "any side"): a stance on whoever might act
_ANY_PARTY = frozenset({"country", "nation", "state", "government", "side", "party", "one", "power"})


def _any_party(t: Token) -> bool:
    return t.lemma_.lower() in _ANY_PARTY and any(c.dep_ == "det" and c.lower_ == "any" for c in t.children)


def _anyone_opposed(tr: Trigger) -> bool:
    """A rejection or accusation whose object is "any country" ("China firmly opposes any country imposing
    unilateral sanctions on Chinese entities", "we oppose any country damaging China's sovereignty") states a
    policy aimed at no one in particular: no event (the same statement's protest against a named side is its own
    mention); nor is an act whose subject is "any country" ("any country imposing sanctions"). "Opposes any U.S.
    move" names its side and stays."""
    if tr.nominal:
        return False
    v = tr.head
    if any(c.dep_ == "nsubj" and _any_party(c) for c in v.children) or (v.dep_ == "acl" and _any_party(v.head)):
        return True  # "any country imposing unilateral sanctions": the act of whoever might do it
    if tr.type not in ("REJECT", "ACCUSE"):
        return False
    obj = tr.obj if tr.obj is not None else verb_object(tr.head)
    return obj is not None and _any_party(obj)


def _aimed_measure(tr: Trigger) -> bool:
    """Measures taken against someone, or punitive by their own name ("punitive steps", "countermeasures")."""
    taken, obj = lexicon().taken_measures, tr.obj
    if obj is None:
        return False
    if obj.lemma_.lower() in taken.get("punitive_nouns", ()):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in taken.get("punitive", ()) for c in obj.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "against" for c in tr.head.subtree)


def _extra(tr: Trigger, mod: Modality) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if mod.cue:
        out["cue"] = mod.cue
    if mod.intent:
        out["intent"] = True
    if tr.type in lexicon().one_sided_types and _pledge(tr):
        out["one_sided"] = True
    if tr.type == "REQUEST":
        for c in tr.head.children:
            if c.dep_ in ("xcomp", "ccomp"):
                out["content"] = "".join(t.text_with_ws for t in c.subtree).strip()
                break
    return out


def _pledge(tr: Trigger) -> bool:
    """ "China committed to buying more farm goods", "Beijing promised to tighten protections": a single
    subject binding itself to an act of its own, with no partner named, is that side's pledge."""
    v = tr.head
    if tr.nominal or tr.obj is not None:
        return False
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1 or any(c.dep_ == "conj" for c in subj[0].children):
        return False  # "the two Koreas committed themselves", "Moon and Kim agreed to": both sides
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
        return False  # "agreed with Japan to": a deal
    return any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" for g in c.children))
        for c in v.children
    )


def _artifact_antecedent(v: Token, subj: Token) -> Token | None:
    """The order, law or decree that acts as the subject of ``v``: the subject itself ("the order bans"), or
    the noun a relative "that/which" stands for, also when the parser hangs the clause on the governing verb
    ("follows Trump's executive order last month that halted federal funding")."""
    arts = lexicon().artifact_nouns
    if subj.lemma_.lower() in arts:
        return subj
    if subj.lower_ not in ("that", "which"):
        return None
    if v.dep_ == "relcl" and v.head.lemma_.lower() in arts:
        return v.head
    if v.dep_ == "ccomp":
        prior = [c for c in v.head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < subj.i]
        if prior and prior[-1].lemma_.lower() in arts:
            return prior[-1]
    return None


def _said_in_authors(art: Article, v: Token, subj: Token) -> list[Party]:
    """The sides that said or issued the statement, communique or declaration (lexicon ``authored_text_nouns``) that
    is the subject of ``v`` by a relative "that/which", when the text is the one a verb of saying or issuing was told
    in: "the foreign ministry said in a statement that condemned ...", "Seoul announced in a communique which
    deplored ..." (its subject is the author). The parser also hangs such a clause on the verb of saying (a ccomp whose
    subject is the relative right after the text)."""
    lex = lexicon()
    if v.dep_ == "relcl" and v.head.i == subj.i:
        n = subj
    elif v.dep_ == "ccomp" and subj.lower_ in ("that", "which") and subj.i > 0 and subj.head.i == v.i:
        n = subj.doc[subj.i - 1]
        if n.head.dep_ != "prep" or n.head.head.i != v.head.i:
            return []
    else:
        return []
    if n.lemma_.lower() not in lex.authored_text_nouns or n.dep_ != "pobj":
        return []
    prep = n.head
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    gov = prep.head
    if gov.pos_ not in ("VERB", "AUX") or not (
        gov.lemma_.lower() in lex.reporting_verbs or gov.lemma_.lower() in lex.issuing_verbs
    ):
        return []
    return [p for p in _parties_for(art, _subject_tokens(gov)[0]) if p.country]


def _text_authors(art: Article, si: int, n: Token) -> list[Party]:
    """The sides that issued the statement, communique, resolution or declaration ``n`` (lexicon
    ``authored_text_nouns``) that is the subject of an act and names no side in its own phrase: a text speaks for its
    authors. They are those of the same kind of text told in this or the two sentences before, by its own phrase ("a
    joint statement by the four ministers") or as the subject of the verb that issued, adopted or made it ("the
    General Assembly adopted a resolution ... The resolution demands", "Seoul and Tokyo said in a joint statement ...
    The statement urged"); a joint text with no such antecedent is that of the sides of the meeting told last in
    those sentences ("the ministers met in Jakarta. The joint statement condemned"). A bare "a statement" with no
    antecedent is nobody's."""
    lex = lexicon()
    words = lex.authored_text_nouns
    if n.lemma_.lower() not in words or n.tag_ == "NNS":
        return []
    joint = any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in n.children)
    if not (joint or _definite(n)):
        return []
    first = art.sents[max(0, si - 2)].start
    cands = [art.doc[i] for i in range(n.i - 1, first - 1, -1)]
    for t in cands:
        if t.lemma_.lower() not in words or t.pos_ != "NOUN":
            continue
        # its owner or "by" phrase ("the G7's communique", "a joint statement by the four ministers"), a joint text's
        # modifiers ("a joint US-Saudi statement"); never what it is about ("a resolution on Ukraine")
        own_joint = any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in t.children)
        owners = [c for c in t.children if c.dep_ == "poss" or (own_joint and c.dep_ in ("amod", "compound"))]
        owners += [
            g for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"
        ]
        # "a resolution adopted by the assembly"
        owners += [
            g
            for c in t.children
            if c.dep_ == "acl" and c.lemma_.lower() in lex.issuing_verbs
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ]
        found = [p for p in _parties_for(art, owners) if p.country]
        if not found:
            gov = t.head if t.dep_ in ("dobj", "nsubjpass") else None
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "in":
                gov = t.head.head  # "said in a joint statement"
            if gov is not None and gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in lex.issuing_verbs:
                found = [p for p in _parties_for(art, _subject_tokens(gov)[0]) if p.country]
        if found:
            return [replace(p, inferred=True) for p in found]
    if n.lemma_.lower() in lex.body_texts:
        # "abstained from voting in the General Assembly against Russia. The resolution deplored ...": a resolution
        # with no antecedent is that of the international body named last in those sentences
        for t in cands:
            p = art.actors.at(t)
            if p is not None and p.kind == "igo" and p.country:
                return [replace(p, inferred=True)]
    if joint:
        for ev in reversed(art.events):
            if ev.sentence < si - 2 or ev.sentence > si:
                continue
            if ev.type == "CONSULT" and ev.source is not None and ev.target is not None:
                return [replace(p, inferred=True) for p in (ev.source, ev.target) if p.country]
    return []


def _decides_measure(art: Article, v: Token) -> bool:
    """Whether the decision verb ``v`` governs a coercive measure ("agreed to impose sanctions", "agreed
    on Tuesday to sanction 27 Russians")."""
    comps = [c for c in v.children if c.dep_ == "xcomp"]
    comps += [g for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    return any(art.trigger_type.get(c.i) in _MEASURE_TYPES for c in comps)


def _reporting_head(v: Token) -> Token | None:
    """The reporting verb whose complement holds ``v`` ("said", "announced"), if any."""
    rep = lexicon().reporting_verbs
    cur, n = v, 0
    while cur.head is not cur and n < 8:
        if cur.dep_ in ("ccomp", "parataxis", "conj", "xcomp", "advcl") and cur.head.lemma_.lower() in rep:
            return cur.head
        cur, n = cur.head, n + 1
    return None


def _main_clause(v: Token) -> bool:
    """Whether ``v`` (a verb, or an event noun through the verb it is the subject or object of) is in the sentence's
    main clause, conjuncts included: "Canada will impose tariffs" is the reporter's statement, "Seoul fears that Japan
    will impose controls" or "many believe that ..." a view of what may come."""
    cur = v
    if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ in ("nsubj", "nsubjpass", "dobj"):
        cur = cur.head
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    return cur.dep_ == "ROOT"


def _announcement_ahead(v: Token, etype: str) -> bool:
    """A "would" measure that is not yet announced stays planned: the announcing act itself is still to
    come ("would unveil sanctions later this week"), or aid is promised in plain reported speech
    ("Macron said France would supply missiles"), which delivers it later, unlike an announced sanction."""
    lex = lexicon()
    if v.lemma_.lower() in lex.announcing_verbs:
        return True
    if etype in lex.pledge_types:
        rep = _reporting_head(v)
        return rep is not None and rep.lemma_.lower() not in lex.announcing_verbs
    return False


def _in_setting(v: Token) -> bool:
    """Whether a nominal event lies in a setting phrase of the nearest verb above it ("agreed at the Group of 20
    meeting in Osaka": at, during, after ...), not in what that verb says or wants ("to restart negotiations")."""
    cur = v
    for _ in range(6):
        h = cur.head
        if h.i == cur.i:
            return False
        if h.pos_ in ("VERB", "AUX"):
            return cur.dep_ == "prep" and cur.lower_ in lexicon().setting_preps
        cur = h
    return False


def _simple_past(v: Token, nominal: bool) -> bool:
    """A verb in the simple past ("Russian forces invaded Ukraine on Feb. 24 last year") or the perfect (`_perfect`)
    reports what happened: a date after publication then is a misread date, or the date of what the act is about, not
    a plan."""
    if nominal:
        return False
    return (v.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in v.children)) or _perfect(v)


def _perfect(v: Token) -> bool:
    """A verb in the present or past perfect, with no modal ("Cho and Iwaya have agreed to cooperate ahead of the
    anniversary next year", "had met"; not "will have agreed"): what is done by the time told (session 28)."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    return (
        v.tag_ == "VBN"
        and any(a.dep_ == "aux" and a.lower_ in ("has", "have", "had", "'ve") for a in auxes)
        and not any(a.tag_ == "MD" for a in auxes)
    )
