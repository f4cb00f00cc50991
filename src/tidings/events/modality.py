"""Status of an event mention: occurred, ongoing, planned, proposed, negated or hypothetical.

GDELT and ICEWS code "will meet" and "did not meet" as meetings. Here the clause around the event
word decides: its own negation and auxiliaries, the verb or noun that governs it ("plans to",
"is due to", "agreed to", "declined to", "a request to"), conditionals and modals.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import lexicon

__all__ = ["Modality", "cue_lemma", "governed_infinitive_before", "included_in", "modality", "negating_verb"]

_FUTURE = {"will", "shall", "'ll", "wo"}
_MAYBE = {"could", "might", "may", "can"}
_OUGHT = {"should", "must", "ought"}
_PRESENT_BE = {"is", "are", "am", "'s", "'re"}
_COND_MARKS = {"if", "unless", "whether"}


@dataclass(frozen=True)
class Modality:
    status: str
    cue: str | None = None  # the word that decided it
    by_aux: bool = False  # decided by the event's own future auxiliary (will/would)
    past_perfect: bool = False  # "had been planned": history recounted
    reported: bool = False  # inside a reporting verb's complement
    cue_lemma: str | None = None  # the governing word's lemma ("decide" for "decided to close")
    intent: bool = False  # a negation of the future or of an infinitive ("would not send troops")


def _cue_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset().union(
        lex.planned, lex.proposed, lex.negating, lex.hypothetical, lex.attempt_verbs, lex.denying, lex.plan_nouns
    )


def inflection_readings(w: str) -> list[str]:
    """The base forms a regularly inflected word may have ("staged" -> "stage", "stag"; "hopes" -> "hope"): where
    spaCy's rule lemmatizer guesses wrong on rarer verbs ("hoped" -> "hop", "slated" -> "slat"), the caller keeps
    the reading its own word list knows."""
    cands: list[str] = []
    if w.endswith("ied"):
        cands.append(w[:-3] + "y")
    if w.endswith("ed"):
        cands += [w[:-1], w[:-2], w[:-3] if len(w) > 5 and w[-3] == w[-4] else ""]
    if w.endswith("ing"):
        cands += [w[:-3], w[:-3] + "e", w[:-4] if len(w) > 6 and w[-4] == w[-5] else ""]
    if w.endswith("es"):
        cands += [w[:-1], w[:-2]]
    elif w.endswith("s"):
        cands.append(w[:-1])
    return [c for c in cands if c]


def cue_lemma(tok: Token) -> str:
    """The word's lemma, or a regular-inflection reading of it when spaCy's lemma is no modality cue and the
    reading is: the rule lemmatizer reads "hopes" and "hoped" as "hop", "slated" as "slat". A verb that is a cue
    only with its adverb is read with it ("look_forward")."""
    lemma = tok.lemma_.lower()
    words = _cue_words()
    if lemma in words or tok.pos_ not in ("VERB", "AUX", "ADJ"):
        return lemma
    # a verb that is a cue only with its adverb or particle, written with "_" in the lexicon: "looks forward to"
    phrasal = next((f"{lemma}_{c.lower_}" for c in tok.children if c.dep_ in ("prt", "advmod") and c.i > tok.i), None)
    if phrasal is not None and phrasal in words:
        return phrasal
    return next((c for c in inflection_readings(tok.lower_) if c in words), lemma)


def presence_passive(verb: Token) -> bool:
    """A passive that says someone is awaited somewhere ("the premier is expected in Berlin", lexicon
    ``presence_passives``): its subject is the one who comes, and the coming is planned."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep" and f"{verb.lemma_.lower()} {c.lower_}" in lexicon().presence_passives for c in verb.children
    )


def negating_verb(verb: Token) -> bool:
    """A verb that turns down, calls off or puts off what it takes, phrasal ones included ("called off", "turned
    down", "put off")."""
    negating = lexicon().negating
    if cue_lemma(verb) in negating:
        return True
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return prt is not None and f"{verb.lemma_.lower()}_{prt}" in negating


def _aux(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


def _promise_advcl(v: Token) -> bool:
    """ "have sworn to fight until ...": an infinitive right after a verb of planning or vowing that the parser took
    for a purpose clause is its complement (as "vowed to fight" parsed as xcomp)."""
    return (
        v.dep_ == "advcl"
        and v.i == v.head.i + 2
        and v.doc[v.head.i + 1].lower_ == "to"
        and cue_lemma(v.head) in lexicon().planned
    )


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in tok.children)


def _finite_after_modal(tok: Token) -> bool:
    """A finite conjunct cannot share its head's modal: in "said Washington would impose sanctions, and
    called on NATO", "called" is the speaker's second act, not a second thing Washington would do."""
    head_modal = any(a.tag_ == "MD" for a in _aux(tok.head))
    return head_modal and tok.tag_ in ("VBD", "VBZ")


def _called_off(noun: Token) -> bool:
    """The noun ("a summit") is the one cancelled: subject of a passive or object of a negating verb,
    phrasal ones included ("was called off", "scrapped the summit")."""
    if noun.dep_ not in ("nsubjpass", "dobj"):
        return False
    return negating_verb(noun.head)


def _failed(attempt: Token) -> bool:
    """An attempt whose own conjunct says it failed: "tried to telephone Modi but had not been able to
    reach him", "attempted to meet him but failed"."""
    lex = lexicon()
    for c in attempt.children:
        if c.dep_ == "conj" and (_has_neg(c) or c.lemma_.lower() in lex.negating):
            return True
    return False


def _plan_given_up(plan: Token) -> bool:
    """A plan told in the past perfect and contrasted by "but": "had hoped to visit Taiwan but agreed to host
    her in California instead", "had planned to attend, but the trip was scrapped" (what was planned did
    not take place)."""
    if cue_lemma(plan) not in lexicon().intention_verbs or not any(a.lower_ == "had" for a in _aux(plan)):
        return False  # "had agreed to restart talks, but the round produced little": the talks were held
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in plan.children) and any(
        c.dep_ == "conj" for c in plan.children
    )


def _judged(verb: Token) -> bool:
    """A verb that takes a stance on what it governs (condemn, criticise, praise, welcome: lexicon
    ``stance_verb_types``), not one that holds, plans or calls off an act."""
    lex = lexicon()
    entry = lex.verbs.get(cue_lemma(verb))
    return verb.pos_ == "VERB" and entry is not None and entry[0] in lex.stance_verb_types


_INCLUDING = {"including", "like", "notably"}


def part_of(noun: Token) -> Token | None:
    """The stage, phase or round (lexicon modality ``part_nouns``) whose "of" phrase ``noun`` is: "the next stage of
    a prisoner swap"."""
    h = noun.head
    if noun.dep_ != "pobj" or h.lower_ != "of" or h.dep_ != "prep":
        return None
    part = h.head
    if part.pos_ == "NOUN" and part.lemma_.lower() in lexicon().part_nouns:
        return part
    return None


def included_in(noun: Token) -> Token | None:
    """The noun whose list ``noun`` is an item of ("engagements, including meetings with Hipkins")."""
    h = noun.head
    if noun.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in _INCLUDING and h.head.pos_ in ("NOUN", "PROPN"):
        return h.head
    return None


_FIRST_PERSON = {"i", "we"}


def _indicative(verb: Token) -> bool:
    """A past or perfect clause ("has agreed", "agreed", "had been sent"), not a bare or modal one
    ("that they meet", "that they should meet")."""
    if any(a.tag_ == "MD" for a in _aux(verb)):
        return False
    return verb.tag_ == "VBD" or any(a.lower_ in ("has", "have", "had", "was", "were", "did") for a in _aux(verb))


_DONE_AUX = frozenset({"has", "have", "had", "'ve", "was", "were", "did"})


def _told_done(verb: Token) -> bool:
    """A verb with a perfect or past auxiliary of its own and no modal ("have agreed", "had been held", "was
    signed", "did meet"): it tells what is done, not what is to come."""
    auxes = _aux(verb)
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return any(a.lower_ in _DONE_AUX for a in auxes) and verb.tag_ in ("VBN", "VB")


def _predicated(word: Token) -> bool:
    """An adjective-like participle after "be": "is prepared to", "would be prepared to", "was prepared to"."""
    if word.dep_ == "acomp":
        return True
    return any(c.dep_ in ("auxpass", "cop") or (c.dep_ == "aux" and c.lemma_ == "be") for c in word.children)


# past-tense finite forms (a conjunct of this form after a governed infinitive belongs to the governor)
_FINITE_PAST = frozenset({"VBD"})


def governed_infinitive_before(tok: Token) -> Token | None:
    """The to-infinitive a bare infinitive ``tok`` really coordinates with when the parser hangs ``tok`` as a
    conjunct of the finite verb that governs that infinitive ("urged Russia to stop its attacks, return the islands
    and withdraw": return hangs on urged), else None. Only a base form (VB) with no subject or auxiliary of its
    own beyond "to", after the infinitive."""
    h = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VB" or h.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "neg") for c in tok.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ != "to" for c in tok.children):
        return None
    return next(
        (
            c
            for c in h.children
            if c.dep_ in ("xcomp", "advcl")
            and c.tag_ == "VB"
            and h.i < c.i < tok.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _reported(tok: Token) -> bool:
    lex = lexicon()
    cur, n = tok, 0
    while cur.head is not cur and n < 8:
        if (
            cur.dep_ in ("ccomp", "parataxis", "conj", "xcomp", "advcl")
            and cur.head.lemma_.lower() in lex.reporting_verbs
        ):
            return True
        cur, n = cur.head, n + 1
    return False


def _conditioned(verb: Token) -> bool:
    """The verb carries an "if" clause of its own: "will support Taiwan if China should act"."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children) for c in verb.children
    )


def _for_subject_clause(verb: Token) -> tuple[str, str] | None:
    """An infinitive with its own "for" subject under a verb that declines it ("had declined our invitation
    for the two men to meet") did not take place: negated."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    lex = lexicon()
    gov = verb.head
    if gov is verb:
        return None
    if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in ("dobj", "nsubjpass"):
        gov = gov.head  # "declined our invitation for the two men to meet"
    if gov.pos_ in ("VERB", "AUX") and (gov.lemma_.lower() in lex.negating or _has_neg(gov)):
        return ("negated", gov.lower_)
    return None  # "provided a platform for both nations to discuss": the clause's own status


def _denied(verb: Token) -> Token | None:
    """The denying verb whose content ``verb`` is: "denied that its troops had crossed", "denied it had
    sent troops", "rejected reports that it had sent troops", "dismissed claims that it had attacked"."""
    lex = lexicon()
    if verb.dep_ not in ("ccomp", "acl"):
        return None
    h = verb.head
    if verb.dep_ == "ccomp" and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in lex.denying:
        return h
    if (
        h.pos_ == "NOUN"
        and h.lemma_.lower() in lex.denied_nouns
        and h.dep_ in ("dobj", "nsubjpass")
        and h.head.lemma_.lower() in lex.denying
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    ):
        return h.head
    return None


def _yet_to(gov: Token) -> bool:
    """ "Has yet to respond", "is yet to be signed": not done so far."""
    return gov.lemma_.lower() in lexicon().yet_verbs and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in gov.children
    )


def _be_to(inf: Token) -> bool:
    """ "Are to sign an agreement on Friday", "was to visit Kyiv", "are to be led by Pompeo": "be" with an
    infinitive of its own states what is arranged (not "it is important to", "the aim is to" aside)."""
    h = inf.head
    if inf.dep_ != "xcomp" or h.lemma_ != "be" or h is inf:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return False
    if any(c.dep_ in ("acomp", "attr", "expl") for c in h.children):
        return False
    subject_of = h
    if (
        h.dep_ == "conj"
        and h.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children)
    ):
        # "met a rebel leader on Saturday and is to follow up by holding talks in Riyadh": the first conjunct's subject
        subject_of = h.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "this", "that") for c in subject_of.children)


def _would_happen(noun: Token) -> bool:
    """An event noun whose taking place is told with "would" (lexicon modality ``would_happen_verbs``): "an
    Egyptian-Qatari summit would be held Friday", "stalled trade talks would resume", "tariffs would follow in two
    weeks", "the talks would take place in Geneva" (not on a condition: "talks would resume if ...", nor negated,
    nor "take" without "place")."""
    h = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or h.pos_ not in ("VERB", "AUX"):
        return False
    if not any(a.lower_ == "would" for a in _aux(h)) or _has_neg(h) or _conditioned(h):
        return False
    lemma = h.lemma_.lower()
    if lemma not in lexicon().would_happen_verbs:
        return False
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in h.children)
    if lemma == "go":
        return any(c.dep_ in ("advmod", "prt") and c.lower_ == "ahead" for c in h.children)
    return True


def _not_ruled_out(verb: Token) -> bool:
    """ "Did not rule out sanctions", "refused to rule out military action": held open as possible."""
    if verb.lemma_.lower() != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    return _has_neg(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon().negating)


def _disclosed(verb: Token) -> bool:
    """A verb that makes an act known (lexicon ``disclosure_verbs``: disclose, announce, confirm, "made
    public"): it says whether the act was told, not whether it took place."""
    words = lexicon().disclosure_verbs
    if cue_lemma(verb) in words or verb.lemma_.lower() in words:
        return True
    return verb.lemma_.lower() == "make" and any(
        c.dep_ in ("oprd", "acomp", "ccomp") and c.lower_ == "public" for c in verb.children
    )


def _no_plan(noun: Token) -> bool:
    """ "Has no plans to send troops", "there is no plan for a visit": the plan denied."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


_COMPLEMENTS = {"xcomp", "ccomp", "dobj"}


def _occasion_of_plan(noun: Token) -> Token | None:
    """The planning verb (lexicon modality ``planned``: agree, decide, pledge, invite) whose occasion ``noun`` names
    in an "at", "in" or "during" phrase (lexicon ``occasion_preps``) while the verb plans something else, its own
    complement: "agreed at their meeting to restore talks", "agreed at that meeting to a 100-day plan",
    "pledged during talks that ...". Not "is expected at the summit" (no complement: the summit is what is awaited)."""
    lex = lexicon()
    h = noun.head
    if noun.dep_ != "pobj" or h.dep_ != "prep" or h.lower_ not in lex.occasion_preps:
        return None
    gov = h.head
    if gov.pos_ not in ("VERB", "AUX") or cue_lemma(gov) not in lex.planned:
        return None
    planned_thing = any(
        c.dep_ in _COMPLEMENTS
        or (c.dep_ == "prep" and c.lower_ in ("to", "on") and c.i != h.i)
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))  # parsed as purpose
        for c in gov.children
    )
    return gov if planned_thing else None


def _negation_not_shared(conj: Token) -> bool:
    """A past conjunct joined by "and" to a negated verb is a clause of its own: "said U.S. policy had not changed
    and raised objections to China's actions" (the objections were raised). A negation carries over "or" and "nor"
    ("had not met or spoken since 2019") and to a bare verb that shares "did not" ("did not meet and talk")."""
    h = conj.head
    if conj.tag_ not in ("VBD", "VBN") or not _has_neg(h):
        return False
    ccs = {c.lower_ for c in h.children if c.dep_ == "cc" and h.i < c.i < conj.i}
    return ccs == {"and"}


def _future_time(verb: Token) -> bool:
    """A word of time to come on the verb: "later on Tuesday", "next week", "tomorrow", "in the coming days"."""
    words = lexicon().future_time_words

    def marked(t: Token) -> bool:
        return any(g.dep_ in ("amod", "advmod") and g.lower_ in words for g in t.children)

    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") and (c.lower_ in words or marked(c)):
            return True  # "tomorrow", "next week"
        if c.dep_ == "prep" and (
            marked(c) or any(o.dep_ == "pobj" and (marked(o) or o.lower_ in words) for o in c.children)
        ):
            return True  # "later on Tuesday", "in the coming days", "in the near future"
    return False


def preparing_verb(tok: Token) -> Token | None:
    """The verb that prepares a noun event (lexicon modality ``preparing_verbs``): its object ("is preparing sanctions"),
    or the "of" phrase of its object ("is drawing up a list of sanctions", "drafted a package of measures"); phrasal
    verbs are written with their particle ("draw_up", "work_on")."""
    lex = lexicon()
    cur = tok
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.dep_ == "dobj":
        cur = cur.head.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "on" and cur.head.head.pos_ == "VERB":
        verb, part = cur.head.head, "on"  # "is working on sanctions"
    elif cur.dep_ == "dobj" and cur.head.pos_ == "VERB":
        verb = cur.head
        part = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    else:
        return None
    lemma = verb.lemma_.lower()
    if (f"{lemma}_{part}" if part else lemma) in lex.preparing_verbs or (part == "" and lemma in lex.preparing_verbs):
        return verb
    return None


def hedge_of(gov: Token) -> Token | None:
    """The judgement of likelihood that governs a that-clause: the adjective itself ("it was likely that", the clause
    hung on "likely"), or the copula's adjective when the parser hangs the clause on the copula ("it was clear that")."""
    words = lexicon().frames.hedge_words
    if gov.pos_ == "ADJ" and gov.dep_ in ("acomp", "attr") and gov.lemma_.lower() in words:
        return gov
    if gov.lemma_ == "be":
        return next(
            (c for c in gov.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words and c.pos_ == "ADJ"),
            None,
        )
    return None


def modality(tok: Token, *, nominal: bool) -> Modality:
    """The status the text gives the event expressed at ``tok`` (a verb, or a noun for nominal events)."""
    lex = lexicon()
    reported = _reported(tok)
    if not nominal and presence_passive(tok) and not _has_neg(tok):
        return Modality("planned", tok.lower_, reported=reported)  # "the premier is expected in Berlin on Friday"
    # -- nominal events: "the planned visit", "plans for a call", "no talks", "a call is expected"
    if nominal:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return Modality("negated", "no", reported=reported)
        h = tok.head
        if tok.dep_ == "pobj" and h.lower_ == "without":
            return Modality("negated", "without", reported=reported)  # "the talks ended without an agreement"
        if _called_off(tok):
            return Modality("negated", h.lower_, reported=reported)  # "postponed a planned trip"
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and (
                c.lemma_.lower() in lex.planned_amods or c.lower_ in lex.planned_amods
            ):
                # "the planned visit" (spaCy gives the participle the lemma "plan")
                return Modality("planned", c.lower_, reported=reported)
        if (
            _future_time(tok)
            or (
                tok.dep_ == "pobj"
                and h.lower_ == "of"
                and h.head.lemma_.lower() in lex.round_nouns
                and _future_time(h.head)
            )
            or (tok.dep_ == "dobj" and (h.tag_ == "VBD" or _told_done(h)) and _future_time(h))
        ):
            # "discussed a new round of talks in the near future", "talks next week": the time on the event word
            # itself is to come; a past or perfect verb's time to come is its object's ("discussed a visit in the near
            # future", "has confirmed his visit to China later this year", as the parser hangs it) (session 22, 28)
            return Modality("planned", "future time", reported=reported)
        listed = included_in(tok)
        if listed is not None:
            # "will undertake a series of engagements, including meetings with Hipkins": the items of a
            # list share its status
            lm = modality(listed, nominal=True)
            if lm.status != "occurred":
                return Modality(lm.status, lm.cue, by_aux=lm.by_aux, reported=reported)
        part = part_of(tok)
        if part is not None:
            # "the next stage of a prisoner swap is set for today", "the second phase of the withdrawal will be
            # completed next year": the stage's status is the event's (session 27)
            pm = modality(part, nominal=True)
            if pm.status != "occurred":
                return Modality(pm.status, pm.cue, by_aux=pm.by_aux, reported=reported, intent=pm.intent)
        if (
            tok.dep_ == "pobj"
            and h.dep_ == "prep"
            and h.lower_ in lex.preceding_preps
            and h.head.tag_ in ("VBD", "VBN")
        ):
            return Modality("occurred", None, reported=reported)  # "agreed a ceasefire after shelling"
        occasion = _occasion_of_plan(tok)
        if occasion is not None:
            # "agreed at their meeting in Woodside to restore talks", "agreed ..., in their first talks in a year": the
            # meeting is where the agreement was reached, as held as the agreeing (not what was agreed)
            om = modality(occasion, nominal=False)
            return Modality(om.status, om.cue, by_aux=om.by_aux, reported=reported, intent=om.intent)
        cur = tok
        for _ in range(4):  # "plans for a call", "plans are in place for a call", "preparations for the summit"
            if cur.dep_ not in ("pobj", "prep") or cur.head is cur:
                break
            cur = cur.head
            if cur.lemma_.lower() in lex.plan_nouns:
                if _no_plan(cur):
                    return Modality("negated", "no " + cur.lower_, reported=reported, intent=True)
                if _called_off(cur):
                    return Modality("negated", cur.head.lower_, reported=reported)  # "shelved plans for a summit"
                return Modality("planned", cur.lower_, reported=reported)
            if cur.lemma_.lower() in lex.proposal_nouns and cur.pos_ == "NOUN":
                # "welcomed Uganda's offer of talks", "an appeal for a ceasefire": offered or asked for, not held
                if _called_off(cur):
                    return Modality("negated", cur.head.lower_, reported=reported)  # "rejected the offer of talks"
                return Modality("proposed", cur.lower_, reported=reported)
            if cur.pos_ in ("VERB", "AUX"):
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lex.plan_nouns for c in cur.children):
                    return Modality("planned", "plans", reported=reported)
                if cue_lemma(cur) in lex.planned and cue_lemma(cur) not in ("will",):
                    # "agreed to a visit", "agreed on Tuesday to sanction 27 Russians"
                    return Modality("planned", cur.lower_, reported=reported, cue_lemma=cue_lemma(cur))
                break
        if tok.dep_ in ("nsubj", "nsubjpass") and cue_lemma(h) in lex.planned:
            return Modality("planned", h.lower_, reported=reported)
        if tok.dep_ == "nsubj" and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in h.children):
            if _yet_to(h):
                return Modality("negated", "yet to", reported=reported)  # "talks have yet to take place"
            if any(_be_to(c) for c in h.children):
                return Modality("planned", h.lower_ + " to", reported=reported)  # "talks are to be held in Oslo"
        if tok.dep_ in ("nsubj", "nsubjpass") and any(a.lower_ in _FUTURE for a in _aux(h)):
            return Modality("planned", "will", by_aux=True, reported=reported)
        if _would_happen(tok):
            return Modality("planned", "would", by_aux=True, reported=reported)  # "the summit would be held Friday"
        if tok.dep_ == "dobj" and _not_ruled_out(h):
            return Modality("hypothetical", "not rule out", reported=reported)  # "did not rule out sanctions"
        if tok.dep_ in ("dobj", "nsubjpass") and _judged(h):
            # "has refused to condemn Russia's invasion", "did not welcome the visit": the verb is a stance taken
            # on the act, which keeps its own status (the refusal or negation is the stance's)
            return Modality("occurred", None, reported=reported)
        if tok.dep_ in ("dobj", "nsubjpass") and _has_neg(h) and not _disclosed(h):
            # "did not hold talks", "the summit was not held" (but "the meeting had not been disclosed": the
            # negation is the telling's, the meeting keeps its own status)
            return Modality("negated", "not", reported=reported)
        prep_verb = preparing_verb(tok)
        if prep_verb is not None:
            return Modality("planned", prep_verb.lower_, reported=reported)  # "is preparing sanctions against Iran"
        # "agreed to open talks", "was due to attend the meeting": the governing verb's future
        gov = h if tok.dep_ == "dobj" else h.head if tok.dep_ == "pobj" and h.dep_ == "prep" else None
        if gov is not None and gov.pos_ in ("VERB", "AUX") and gov is not tok:
            gm = modality(gov, nominal=False)
            if gm.status in ("planned", "proposed", "hypothetical"):
                return Modality(gm.status, gm.cue, by_aux=gm.by_aux, reported=reported)
            if gm.status == "negated" and not gm.intent and not (gm.cue == "not" and _disclosed(gov)):
                return Modality("negated", gm.cue, reported=reported)  # "rejected a proposal to hold talks"
        return Modality("occurred", None, reported=reported)

    # -- a finite verb the parser hangs on a governed infinitive is the governor's conjunct: "refused to
    # recognize the election and backed the opposition leader" (backed, like refused, took place; it is not
    # refused); "agreed to restore contacts and curb fentanyl" (a bare infinitive) shares the governor's future
    h = tok.head
    if (
        tok.dep_ == "conj"
        and tok.tag_ in _FINITE_PAST
        and h.tag_ == "VB"
        and h.dep_ == "xcomp"
        and h.head.tag_ == tok.tag_
        and not any(c.dep_ in ("aux", "auxpass", "neg", "mark") for c in tok.children)
    ):
        return modality(h.head, nominal=False)
    # -- and the other way round: a bare infinitive the parser hangs on the finite verb that governs an infinitive
    # before it is that infinitive's conjunct: "called on Moscow to withdraw its troops, stop the attacks and allow
    # monitors" (stop and allow are asked for, like withdraw, not done by the caller)
    inf = governed_infinitive_before(tok)
    if inf is not None:
        return modality(inf, nominal=False)
    # -- verbs: own negation, marks and auxiliaries (a conjunct inherits its head's auxiliaries)
    carrier = tok
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if (
        not _aux(tok)
        and tok.dep_ == "conj"
        and tok.head.pos_ in ("VERB", "AUX")
        and not own_subject
        and not _finite_after_modal(tok)
        and not _negation_not_shared(tok)
    ):
        # "will meet and discuss", "agreed to restore contacts and curb fentanyl": the conjunct shares
        # its head's modality (but not when it has a subject of its own)
        if not any(c.dep_ in ("neg", "mark") for c in tok.children):
            head_mod = modality(tok.head, nominal=False)
            if head_mod.status != "occurred":
                return head_mod
        carrier = tok.head
    if any(c.dep_ == "mark" and c.lower_ in _COND_MARKS for c in (*tok.children, *carrier.children)):
        return Modality("hypothetical", "if", reported=reported)  # "if China did not curb exports"
    for_subject = _for_subject_clause(tok)
    if for_subject is not None:
        return Modality(for_subject[0], for_subject[1], reported=reported)
    auxes = [a.lower_ for a in _aux(carrier)]
    if _has_neg(tok) or (carrier is not tok and _has_neg(carrier)):
        # "would not fire the first shot", "will not levy new tariffs", "counted on China not to supply
        # weapons": a negation of what is still to come is an intent, not a report that an act did not
        # take place ("did not discuss", "has not condemned")
        intent = any(a in _FUTURE or a in ("would", "to") for a in auxes)
        return Modality("negated", "not", reported=reported, intent=intent)
    denier = _denied(tok)
    if denier is not None:
        # "denied that its troops had crossed the border", "rejected reports that it had sent troops": the
        # denier's word is that it did not happen ("denied it would send troops": an intent)
        intent = any(a in _FUTURE or a == "would" for a in auxes)
        return Modality("negated", denier.lower_, reported=reported, intent=intent)
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return Modality("negated", "without", reported=reported)  # "left without meeting the president"
    past_perfect = "had" in auxes and tok.tag_ == "VBN"
    if any(a in _FUTURE or a == "would" for a in auxes) and _conditioned(carrier):
        # "will support Taiwan militarily if China should act": what is promised on a condition is
        # hypothetical ("unless" clauses are ultimatums, decided by the coder)
        return Modality("hypothetical", "if (condition)", by_aux=True, reported=reported)
    if any(a in _FUTURE for a in auxes):
        return Modality("planned", "will", by_aux=True, reported=reported)
    if "would" in auxes:
        # "agreed that they would hold talks", "said it would take measures": future in the past
        return Modality("planned", "would", by_aux=True, reported=reported)
    if any(a in _MAYBE for a in auxes):
        return Modality("hypothetical", next(a for a in auxes if a in _MAYBE), reported=reported)
    if any(a in _OUGHT for a in auxes):
        return Modality("proposed", next(a for a in auxes if a in _OUGHT), reported=reported)
    if tok.tag_ == "VBG" and any(a in _PRESENT_BE for a in auxes):
        if any(c.dep_ == "xcomp" for c in tok.children) and tok.lemma_ == "go":
            return Modality("planned", "going to", reported=reported)
        if _future_time(carrier):
            return Modality("planned", "is ...ing (future)", reported=reported)  # "is meeting Maduro later today"
        if cue_lemma(carrier) in lex.en_route_verbs and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in carrier.children
        ):
            # "the president is heading to Poland, where he will meet Duda": on the way, the visit still to come
            return Modality("planned", "is ...ing to", reported=reported)
        return Modality("ongoing", "is ...ing", reported=reported)
    if tok.tag_ in ("VBZ", "VBP") and not auxes and _future_time(carrier):
        # "heads to Kyiv next week", "travels to Seoul later this month": a present of what is scheduled
        return Modality("planned", "present (future)", reported=reported)

    if (
        tok.dep_ == "ROOT"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        return Modality("planned", "to (headline)", reported=reported)  # "Norway to impose tariffs on ..."

    # -- governing words: "plans to meet", "is due to arrive", "declined to meet", "urged X to ..."
    cur, n = tok, 0
    while (
        cur.dep_ in ("xcomp", "acl", "acomp", "pcomp", "ccomp", "pobj", "prep", "conj") or _promise_advcl(cur)
    ) and n < 5:
        h = cur.head
        lemma = cue_lemma(h)
        if cur.dep_ == "xcomp" and _yet_to(h):
            return Modality("negated", "yet to", reported=reported)  # "has yet to respond"
        if _be_to(cur):
            return Modality("planned", h.lower_ + " to", reported=reported)  # "are to sign a deal on Friday"
        if cur.dep_ == "ccomp" and lemma in lex.reporting_verbs:
            break
        if cur.dep_ == "conj":
            if h.pos_ == "ADJ" and cue_lemma(h) in lex.readiness:
                # "was willing and able to confront any aggression": a capacity joined to a readiness is one
                return Modality("hypothetical", h.lower_, reported=reported)
            if h.pos_ not in ("VERB", "AUX"):
                break
            if _told_done(cur):
                # "said Venezuela will continue to support Colombia and that the two countries have agreed on
                # investment": a conjunct with a perfect or past auxiliary of its own tells what is done, whatever
                # future or modal frame its head is in
                break
            cur, n = h, n + 1  # "agreed to restore contacts and to curb ...": the conjunct's governor decides
            continue
        if cur.dep_ == "ccomp" and lemma in lex.proposed and _indicative(cur) and cur.i < h.i:
            # "Macron used a state visit to urge Trump to stay, Merkel pressed the same case": a clause told before the
            # verb that is taken to govern it is a statement of its own, not what is urged (session 27)
            break
        if cur.dep_ == "ccomp" and lemma in lex.claim_verbs and _indicative(cur):
            break  # "a report suggested that Cuba has agreed": a claim, reported, not a proposal
        if cur.dep_ == "ccomp" and hedge_of(h) is not None and _indicative(cur):
            break  # "said it was highly likely that Russia was responsible": a judgement on what was, not a plan
        if cur.dep_ == "ccomp" and lemma in lex.view_verbs and _indicative(cur):
            break  # "agreed that such threats were irresponsible, and that he had asked Xi": a shared view
        if (
            cur.dep_ == "xcomp"
            and lemma in lex.wish_verbs
            and tok.lemma_.lower() in lex.performative_verbs
            and not _has_neg(h)
            and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in h.children)
        ):
            return Modality("occurred", "I want to", reported=reported)  # "I want to thank Fiji": thanked
        if cur.dep_ == "xcomp" and _not_ruled_out(h):
            return Modality("hypothetical", "not rule out", reported=reported)  # "did not rule out imposing ..."
        if _has_neg(h) and cur.dep_ in ("xcomp",):
            return Modality("negated", "not " + h.lower_, reported=reported)
        if lemma in lex.negating and cur.dep_ in ("xcomp",):
            return Modality("negated", h.lower_, reported=reported)
        if cur.dep_ == "relcl" and _called_off(h):
            return Modality("negated", "called off", reported=reported)  # "a summit it planned to host was called off"
        if cur.dep_ == "prep" and cur.lower_ == "of" and h.lower_ in lex.capacity_words:
            return Modality("hypothetical", h.lower_, reported=reported)  # "is capable of giving a befitting reply"
        if cur.dep_ == "xcomp" and h.lower_ in lex.hypothetical_forms and _predicated(h):
            return Modality("hypothetical", h.lower_, reported=reported)  # "is prepared to impose martial law"
        if cur.dep_ == "xcomp" and lemma in lex.order_verbs and not _has_neg(h):
            # "ordered the Pentagon to shoot the balloon down": the order is given, the act is still to come (the
            # coder keeps a measure ordered as taken, as a decision is)
            return Modality("planned", h.lower_, reported=reported, cue_lemma=lemma)
        if lemma in lex.planned or lemma in lex.plan_nouns:
            if _no_plan(h):
                # "said it has no plans to send troops": no plan, and no act that did not take place
                return Modality("negated", "no " + h.lower_, reported=reported, intent=True)
            if cur.dep_ == "xcomp" and h.dep_ == "relcl" and _called_off(h.head):
                return Modality("negated", "called off", reported=reported)
            if h.pos_ == "NOUN" and cur.dep_ in ("acl", "pobj", "prep") and _called_off(h):
                # "declined our invitation for the two men to meet", "scrapped plans to visit": the plan
                # or invitation is itself turned down
                return Modality("negated", h.head.lower_, reported=reported)
            if h.pos_ in ("VERB", "AUX") and _plan_given_up(h):
                return Modality("negated", "had " + h.lower_ + " but", reported=reported)
            return Modality("planned", h.lower_, reported=reported, cue_lemma=lemma)
        if lemma in lex.attempt_verbs and cur.dep_ == "xcomp" and _failed(h):
            return Modality("negated", h.lower_ + " but failed", reported=reported)
        if lemma in lex.proposed and cur.dep_ in ("xcomp", "acl", "ccomp"):
            return Modality("proposed", h.lower_, reported=reported)
        if lemma in lex.hypothetical and cur.dep_ in ("xcomp", "acl", "ccomp", "acomp"):
            return Modality("hypothetical", h.lower_, reported=reported)
        if h.lower_ == "going" and cur.dep_ == "xcomp":
            return Modality("planned", "going to", reported=reported)
        hx = [a.lower_ for a in _aux(h)]
        if cur.dep_ in ("xcomp", "acomp") and any(a in _FUTURE or a == "would" for a in hx):
            return Modality("planned", "will", by_aux=True, reported=reported)
        cur, n = h, n + 1
    # "are due to meet in Brussels to discuss aid": a purpose clause shares its event's future
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        purpose_of = modality(tok.head, nominal=False) if tok.head.pos_ in ("VERB", "AUX") else None
        if purpose_of is not None and purpose_of.status in ("planned", "proposed", "hypothetical"):
            return Modality(purpose_of.status, "to (purpose)", reported=reported)
        if purpose_of is not None and purpose_of.status == "negated" and tok.dep_ == "advcl":
            # "denied sending agents to kill dissidents", "did not send troops to fight": what the act was
            # for did not take place either
            return Modality("negated", "to (purpose)", reported=reported, intent=purpose_of.intent)
    return Modality("occurred", None, past_perfect=past_perfect, reported=reported)
