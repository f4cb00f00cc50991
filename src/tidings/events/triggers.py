"""Finding event words in a sentence: verbs, verb+particle, light verb+object, and nouns.

All vocabulary comes from the lexicon (data/events/lexicon.yaml). A trigger records the word that
carries tense and modality (``head``), the object it consumed ("held *talks*", "imposed *tariffs*")
and whether it is nominal ("the talks", "their meeting").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .cameo_verbs import cameo_match, cameo_synset
from .lexicon import Frames, lexicon
from .modality import hedge_of, inflection_readings, modality, negating_verb
from .parties import is_relative

__all__ = ["Trigger", "called_off_meeting", "denied_share", "find_triggers", "verb_object"]


@dataclass(frozen=True)
class Trigger:
    head: Token  # verb (or noun, when nominal)
    type: str
    mode: str | None
    obj: Token | None = None  # object consumed by a light verb or policy verb
    particle: Token | None = None
    nominal: bool = False
    frame: str | None = None  # a frames.yaml reading ("delivery", "transit"...): the coder finds its parties

    @property
    def text(self) -> str:
        toks = sorted([t for t in (self.head, self.particle, self.obj) if t is not None], key=lambda t: t.i)
        return " ".join(t.text for t in toks)

    @property
    def span(self) -> tuple[int, int]:
        toks = [t for t in (self.head, self.particle, self.obj) if t is not None]
        return min(t.idx for t in toks), max(t.idx + len(t) for t in toks)


def _noun_key(tok: Token) -> list[str]:
    lemma = tok.lemma_.lower()
    keys = []
    comps = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    # "a search and rescue team": each coordinated modifier names the noun ("rescue team")
    comps += [d for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i for d in c.conjuncts]
    for c in comps:
        keys.append(f"{c.lemma_.lower()} {lemma}")
        keys.append(f"{c.lower_} {lemma}")
    keys.append(tok.lower_)
    keys.append(lemma)
    if tok.pos_ == "PROPN":  # "released German journalist Mesale Tolu": the title noun names what it is
        keys += [c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS") and tok.lower_ in lexicon().demonyms:
        keys.append("national")  # "released 215 Ukrainians": a people's plural name is nationals of that state
    return keys


# participles read as adjectives in front of a noun ("holding threatening military exercises", "staged
# intimidating drills"), which the parser takes for a verb whose object is the noun
_ATTRIBUTIVE_PARTICIPLES = frozenset({"threatening", "intimidating", "menacing"})


def _attributive_participle(tok: Token) -> bool:
    """ "China is holding threatening military exercises": the parser made "threatening" an xcomp of
    "holding" with the exercises as its object; it is the exercises' adjective (no "to", no subject)."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "xcomp"
        and tok.lower_ in _ATTRIBUTIVE_PARTICIPLES
        and tok.i == tok.head.i + 1
        and not any(c.dep_ in ("aux", "nsubj", "mark") for c in tok.children)
        and any(c.dep_ == "dobj" and c.i > tok.i for c in tok.children)
    )


# verbs of freeing a passive participle of which, after "after", frees the clause's subject (misparsed_captive)
_FREEING = ("release", "free")


def misparsed_captive(verb: Token) -> tuple[Token, Token] | None:
    """(captive, custody participle) of a passive verb the parser hung on a custody participle: "Two Canadians
    detained in China on spying charges have been released" (the participle made the main verb, its noun the
    subject, the passive its conjunct), "A Japanese academic detained in Beijing since September has been released"
    (the passive an adverbial clause of the participle, the date its subject). The verb happens to the participle's
    noun, as if the sentence had been parsed right (lexicon ``custody_verbs``; session 28). A release told as a
    participle after "after" frees the subject of its clause ("returned home after being released"; the second of
    the pair is then the captive itself, whose custody clause says where it was held)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ not in ("DATE", "TIME") for c in verb.children):
        return None
    head = verb.head
    if (
        verb.dep_ == "pcomp"
        and verb.lemma_.lower() in _FREEING
        and head.dep_ == "prep"
        and head.lower_ in ("after", "upon", "on", "before")
        and head.head.pos_ in ("VERB", "AUX")
    ):
        # "returned home on Wednesday after being released": the one freed is the subject of the clause
        held = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (held[0], held[0]) if len(held) == 1 and held[0].pos_ in ("NOUN", "PROPN") else None
    if verb.dep_ not in ("conj", "advcl"):
        return None
    if head.tag_ != "VBN" or head.lemma_.lower() not in lexicon().custody_verbs:
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in head.children):
        return None  # "were detained and have been released", "had detained two men": parsed right
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head, head
    subj = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "ROOT" and len(subj) == 1 and subj[0].pos_ in ("NOUN", "PROPN"):
        return subj[0], head
    return None


def verb_object(verb: Token) -> Token | None:
    """The verb's object: dobj, the subject of a passive, or the noun a participle/relative modifies."""
    if (mis := misparsed_captive(verb)) is not None:
        return mis[0]
    kids = list(verb.children)  # walked up to three times: the Token objects built once
    for c in kids:
        if c.dep_ in ("dobj", "obj"):
            if is_relative(c) and verb.dep_ in ("relcl", "acl"):
                return verb.head
            return c
    for c in kids:
        if _attributive_participle(c):
            return next(g for g in c.children if g.dep_ == "dobj")
    for c in kids:
        if c.dep_ == "nsubjpass":
            if is_relative(c) and verb.dep_ in ("relcl", "acl"):
                return verb.head
            return c
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _prep_objects(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ in ("prep", "dative") for g in c.children if g.dep_ == "pobj"]


_OUGHT = {"should", "must", "ought"}


def _shared_subject(clause: Token) -> bool:
    """ "we should ...", "the two countries should ...", "both sides must ...": a general intent the
    speaker shares, not a demand made of another party."""
    for s in clause.children:
        if s.dep_ in ("nsubj", "nsubjpass"):
            if s.lower_ in ("we", "both") or any(c.lower_ in ("two", "both") for c in s.children):
                return True
    return False


def _demand_frame(tok: Token) -> bool:
    """ "X told Y that Washington should respect ...", "X said Japan must withdraw": a demand."""
    for c in tok.children:
        if c.dep_ != "ccomp":
            continue
        # "the ship was seized illegally and the Iranians should release it, the spokesman said": a conjunct too
        for cl in (c, *c.conjuncts):
            if any(a.dep_ == "aux" and a.lower_ in _OUGHT for a in cl.children):
                return not _shared_subject(cl)
    return False


_CALLED_NOUNS = {"government", "authorities", "side", "sides", "parties", "states", "countries", "nations", "members"}
_ACT_WORDS = {"action", "actions", "step", "steps", "measure", "measures", "effort", "efforts"}


def _named_actor(t: Token) -> bool:
    """A side named as one that is to act: a name ("Rwanda", "the RSF militia") or "the government"; not "we",
    "both sides", "the two countries" (the speaker's own part in a shared course: ``_shared_subject``)."""
    if t.lower_ in ("we", "both", "all") or any(c.lower_ in ("two", "both", "all") for c in t.children):
        return False
    named = t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
    named = named or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
    return named or t.lower_ in _CALLED_NOUNS


def needed_party(tok: Token) -> Token | None:
    """The side a stated need names as the one to act, when the verb's object is a need (lexicon
    `needed_act_nouns`): "stressed the need for Rwanda to return to negotiations" (Rwanda), "emphasised the
    importance of Pakistan taking action" (Pakistan), "the need for immediate action from Pakistan" (Pakistan).
    Said of another side, the need asks it to act (REQUEST, session 28); "the need to tackle terrorism" names no one."""
    lex = lexicon()
    for c in tok.children:
        # "said it was important for China to use its influence", "said it is necessary that Pakistan do more"
        if (
            c.dep_ != "ccomp"
            or c.lemma_.lower() != "be"
            or not any(s.dep_ in ("nsubj", "expl") and s.lower_ == "it" for s in c.children)
        ):
            continue
        if not any(a.dep_ == "acomp" and a.lemma_.lower() in lex.needed_act_adjectives for a in c.children):
            continue
        for cl in c.children:
            if cl.dep_ not in ("advcl", "ccomp", "xcomp") or not any(
                m.dep_ == "mark" and m.lower_ in ("for", "that") for m in cl.children
            ):
                continue
            s = next((s for s in cl.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if s is not None:
                return _asked_to(s, cl)
    obj = verb_object(tok)
    if obj is None or obj.lemma_.lower() not in lex.needed_act_nouns or obj.i < tok.i:
        return None
    for c in obj.children:
        # "the need for Rwanda to return": the infinitive's own subject, after "for"
        if c.dep_ in ("acl", "relcl", "advcl") and c.pos_ in ("VERB", "AUX"):
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                    return _asked_to(s, c)
        if c.dep_ != "prep" or c.lower_ not in ("of", "for"):
            continue
        for g in c.children:
            if g.dep_ == "pcomp" and g.tag_ == "VBG":  # "the importance of Pakistan taking action"
                s = next((s for s in g.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                if s is not None:
                    return _asked_to(s, g)
            if g.dep_ != "pobj":
                continue
            acting = [a for a in (*g.children, *obj.children) if a.dep_ in ("acl", "relcl") and a.i > g.i]
            act = next((a for a in acting if a.tag_ == "VBG" or _to_infinitive(a)), None)
            if act is not None and _named_actor(g):
                return _asked_to(
                    g, act
                )  # "the importance of Argentina lifting its curbs", "the need for Russia to withdraw"
            if g.lemma_.lower() in _ACT_WORDS:  # "the need for urgent action from Ethiopia"
                for p in g.children:
                    if p.dep_ == "prep" and p.lower_ in ("from", "by"):
                        s = next((x for x in p.children if x.dep_ == "pobj"), None)
                        if s is not None and _named_actor(s):
                            return s
    return None


def _asked_to(side: Token, act: Token) -> Token | None:
    """``side`` when the need names it as the one to do ``act``: a named side, in the active, of an act it can be
    asked to do; not "the need for Ukraine to receive more air defences", "for Israel to defend itself" (lexicon
    ``unasked_need_verbs``: what is wished for a side, no demand of it), "for Russia to be held accountable"."""
    if side.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in act.children):
        return None
    if act.lemma_.lower() in lexicon().unasked_need_verbs:
        return None
    return side if _named_actor(side) else None


def _called_party(obj: Token) -> bool:
    """The one called on is a party named as such: a name ("called Moscow to"), or "the government", "both sides";
    not a thing ("what she called Russia's cynical move to end the deal": a characterisation)."""
    if obj.lower_ in _CALLED_NOUNS:
        return True
    named = obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
    return named and not any(c.dep_ in ("poss", "case") for c in obj.children)


def _infinitive_asked(tok: Token) -> bool:
    """ "called Moscow to withdraw": the verb's complement is a to-infinitive (not "called him a liar"); the parser
    also hangs it as an adverbial clause ("called Moscow to pull its troops out")."""
    purposes = lexicon().call_purpose_verbs
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.i > tok.i
        and c.pos_ in ("VERB", "AUX")
        and c.lemma_.lower() not in purposes
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    )


_ASK_VERBS = {"ask", "press", "request"}
_PROMISED = {"planned", "proposed", "hypothetical"}


def _asks_for_something(tok: Token) -> bool:
    """ "asked X to ...", "asked for ...", "requested a meeting": not "asked whether ...", and not a
    question put to the sentence's subject ("Asked on Monday whether Iran was behind it, he said ...",
    "When asked about the talks, she said ...": a participle with no subject of its own)."""
    if (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "agent") for c in tok.children)
    ):
        return False
    for c in tok.children:
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue  # "asked on Monday": a time, not a topic
        if c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("for", "on")):
            return True
        if c.dep_ == "ccomp" and not any(m.lower_ in ("whether", "if") or m.tag_.startswith("W") for m in c.children):
            return True
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in ("question",):
            return True
    return False


def _verb_lemma(tok: Token) -> str:
    """The verb's lemma, or a regular-inflection reading of its word when spaCy's lemma is no trigger
    ("staged" -> "stag", "rioted" -> "riot"?): the rule lemmatizer guesses wrong on rarer verbs."""
    lemma = tok.lemma_.lower()
    known = _verb_lemmas()
    if lemma in known:
        return lemma
    return next((c for c in inflection_readings(tok.lower_) if c in known), lemma)


def _characterisation(tok: Token, lemma: str) -> Trigger | None:
    """ "called the curbs an act of bullying", "described the decision as a violation", "branded the
    expulsions a hostile act": ACCUSE, when the complement holds a disapproval word (data, in the lexicon)."""
    lex = lexicon()
    if lemma not in lex.characterise_verbs:
        return None
    obj = verb_object(tok)
    if obj is None or obj.i < tok.i:
        return None
    comps = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.i > obj.i]
    comps += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    comps += [c for c in obj.children if c.dep_ == "appos"]
    comps += [c for c in tok.children if c.dep_ == "dobj" and c.i > obj.i]  # "designated Kenya a major ally"
    # the parser's other readings of the same words: "described Canberra's decision as a stab in the back" with the
    # "as" phrase hung on the object; "called the commanders' return a violation" with the object read as a verb
    # ("return") whose own object is the complement
    comps += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    if obj.pos_ == "VERB":
        comps += [c for c in obj.children if c.dep_ == "dobj" and c.i > obj.i]
    # "called China's action of issuing a list of new names as senseless": the "as" phrase hung deep in the object's
    # own phrase, on the last word before it (session 28 round 2)
    comps += [g for c in obj.subtree if c.dep_ == "prep" and c.lower_ == "as" and c.head.i != obj.i for g in c.children]
    if any(c.dep_ == "dative" and c.i < obj.i for c in tok.children):
        comps.append(obj)  # the same, parsed "Kenya" (dative) "ally" (object)
    words = lex.disapproval_words | lex.frames.verdict_words
    if any(w.lemma_.lower() in words or w.lower_ in words for c in comps for w in c.subtree):
        return Trigger(tok, "ACCUSE", "disapprove")  # the object stays free: it may be an event itself
    heads = [c for c in comps if c.pos_ in ("NOUN", "PROPN")]
    if any(h.lemma_.lower() in lex.approval_words for h in heads) and not any(
        w.dep_ == "neg" or w.lower_.startswith("un") for h in heads for w in h.subtree
    ):
        return Trigger(tok, "SUPPORT", None)  # "designated Kenya a major non-NATO ally"
    return None


_MODAL_AUX = {"would", "could", "might", "may", "will", "should", "can", "shall", "must", "'d", "'ll"}


def coverage_treaty(tok: Token) -> Token | None:
    """The defence treaty or commitment a coverage verb is said of (frames.yaml ``coverage``): its subject ("the
    security treaty covers ..."), or the agent of the passive ("are covered by Article 5 of the security treaty")."""
    fr = lexicon().frames
    heads = [c for c in tok.children if c.dep_ == "nsubj"]
    heads += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for h in heads:
        words = {t.lemma_.lower() for t in h.subtree} | {t.lower_ for t in h.subtree}
        if h.lemma_.lower() in fr.coverage_treaty_nouns and words & fr.coverage_treaty_words:
            return h
    return None


def _coverage_trigger(tok: Token) -> Trigger | None:
    """ "restated that the mutual defense treaty with Manila covers armed attacks on Philippine forces": a speaker
    stating that a defence treaty covers a side backs it (SUPPORT, frames.yaml ``coverage``); only in what a verb of
    saying or affirming reports, not negated. The coder finds its parties."""
    fr = lexicon().frames
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in fr.coverage_speech_verbs:
        return None
    if any(c.dep_ == "neg" for c in tok.children) or coverage_treaty(tok) is None:
        return None
    return Trigger(tok, "SUPPORT", None, frame="coverage")


def _verdict_trigger(tok: Token) -> Trigger | None:
    """ "The ministry said Washington's demand was a one-sided provocation", "said the American accusations
    were baseless": a speaker's copular verdict on an act holding a disapproval word is ACCUSE, only in what
    a reporting verb reports, not modal or negated (frames.yaml ``verdict``). The coder finds its parties."""
    lex = lexicon()
    fr = lex.frames
    lemma = tok.lemma_.lower()
    if lemma in fr.coverage_verbs:
        return _coverage_trigger(tok)
    if (
        lemma not in fr.verdict_verbs
        and lemma not in fr.allegation_verbs
        and lemma not in fr.crime_verbs
        and lemma not in fr.merit_verbs
        and lemma not in fr.consequence_verbs
        and lemma not in fr.consequence_act_verbs
        and lemma not in fr.threat_verdict_verbs
    ):
        return None
    if lemma in fr.threat_verdict_verbs:
        return _threat_verdict(tok)
    reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex.reporting_verbs
    reported = reported or hedged_report(tok) is not None  # "said it was highly likely that Russia was responsible"
    according = tok.dep_ == "ROOT" and any(c.dep_ == "prep" and c.lower_ == "according" for c in tok.children)
    # "The decision, he said, constituted unacceptable behaviour": the reporting verb set in the reported clause
    inserted = tok.dep_ == "ROOT" and reporting_aside(tok) is not None
    if not (reported or according or inserted):  # "According to the ministry, Washington's demand was a provocation"
        return None
    subject_deps = ("nsubj", "expl", "nsubjpass") if lemma in fr.consequence_act_verbs else ("nsubj", "expl")
    if not any(c.dep_ in subject_deps for c in tok.children):
        return None
    if lemma in fr.consequence_verbs or lemma in fr.consequence_act_verbs:
        # "said the United States would face serious consequences", "will pay a heavy price": a threat by the speaker;
        # "said any provocation would be met with a response"
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        if lemma in fr.consequence_act_verbs:
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            with_ = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
            obj = (with_[0] if with_ else None) if passive else (obj if lemma != "meet" else None)
        if obj is None:
            return None
        paid = lemma == "pay" and obj.lower_ in fr.paid_nouns
        if not paid and obj.lemma_.lower() not in fr.consequence_nouns and obj.lower_ not in fr.consequence_nouns:
            return None
        if any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in obj.children):
            return None
        if not any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in tok.children):
            return None
        return Trigger(tok, "THREATEN", None, frame="consequence")
    if lemma in fr.merit_verbs:
        # "declared that Ukraine deserved to be a member of NATO" backs Ukraine; "did not deserve" disapproves
        if any(c.dep_ == "aux" and c.lower_ in _MODAL_AUX for c in tok.children):
            return None
        if any(c.dep_ == "neg" for c in tok.children):
            return Trigger(tok, "ACCUSE", "disapprove", frame="merit")
        return Trigger(tok, "SUPPORT", None, frame="merit")
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODAL_AUX) for c in tok.children):
        return None
    if lemma in fr.crime_verbs:  # "said Israel is committing genocide": only a crime named by its noun
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        # "committed an act of aggression": the crime named in the object's "of" phrase
        named = [obj] if obj is not None else []
        named += [g for n in named for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if not any(n.lemma_.lower() in fr.crime_nouns for n in named):
            return None
        return Trigger(tok, "ACCUSE", "allege", frame="allegation")
    if lemma in fr.allegation_verbs:  # "said China had been spying from Cuba": the subject's side is accused
        if _verb_trigger(tok) or _cameo_trigger(tok):
            return None  # a verb that codes its own event keeps it ("said Israeli forces destroyed the bridge")
        return Trigger(tok, "ACCUSE", "allege", frame="allegation")
    comps = [c for c in tok.children if c.dep_ in ("attr", "acomp", "dobj")]
    comps += [cj for c in comps for cj in c.conjuncts]
    words = set().union(*(_phrase_lemmas(c) for c in comps)) if comps else set()
    if words & fr.falsehood_words and claim_of_verdict(tok) is not None:
        return Trigger(tok, "REJECT", None, frame="verdict")  # "said the American accusations were baseless"
    if words & (lex.disapproval_words | fr.verdict_words):
        return Trigger(tok, "ACCUSE", "disapprove", frame="verdict")
    # "said Russia was responsible", "was to blame", "was behind the attacks": the complement's own head
    heads = [c for c in tok.children if c.dep_ in ("acomp", "attr", "xcomp", "prep")]
    culprits = [h for h in heads if h.lemma_.lower() in fr.culprit_words or h.lower_ in fr.culprit_words]
    duties = {w.lemma_.lower() for h in culprits for p in h.children if p.dep_ == "prep" for w in p.subtree}
    if culprits and not duties & fr.duty_nouns:  # "was responsible for the security of the summit" is a duty
        return Trigger(tok, "ACCUSE", "allege", frame="allegation")
    return None


_POLITIES = frozenset({"government", "state", "country", "authority", "authorities", "regime", "administration"})


def _unrecognised(tok: Token) -> Trigger | None:
    """ "said it would no longer recognise Taiwan as a separate country": recognition withdrawn from the object
    (SANCTION withdraw, lexicon ``unrecognising_verbs``); "no longer" is the verb's advmod "longer" with "no"; the object
    names a side (a name, or a government or state)."""
    obj = verb_object(tok)
    if tok.lemma_.lower() not in lexicon().unrecognising_verbs or obj is None:
        return None
    if not (
        obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or obj.lemma_.lower() in _POLITIES
    ):
        return None  # "no longer recognizes the document as valid": no side
    if not any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children
    ):
        return None
    return Trigger(tok, "SANCTION", "withdraw", obj=None)


def hedged_report(tok: Token) -> Token | None:
    """The reported clause that states ``tok``'s clause under the speaker's judgement of likelihood: "said it was
    highly likely that Russia was responsible" (the copula "was" whose adjective "likely" holds the clause), "agreed
    with London's assessment that it was highly likely Russia was responsible" (frames ``verdict.hedge_words``,
    ``hedge_verbs``). Not negated or modal ("it was not clear whether"), no "whether"/"if" clause."""
    fr = lexicon().frames
    if tok.dep_ != "ccomp":
        return None
    adj = hedge_of(tok.head)
    if adj is None:
        return None
    be = adj.head  # the copula, whether "likely" holds the clause or the copula does
    if be.lemma_ != "be" or be.dep_ != "ccomp":
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODAL_AUX) for c in (*be.children, *adj.children)):
        return None
    said = be.head.lemma_.lower()
    return be if said in lexicon().reporting_verbs or said in fr.hedge_verbs else None


def reporting_aside(tok: Token) -> Token | None:
    """The reporting verb set off by commas inside the clause it reports ("the decision, he said, was a betrayal";
    "the move was, the ministry said, a provocation"), parsed as the main verb's parataxis, with a subject of its own
    and no clause of its own."""
    for c in tok.children:
        if (
            c.dep_ == "parataxis"
            and c.pos_ == "VERB"
            and c.lemma_.lower() in lexicon().reporting_verbs
            and any(g.dep_ == "nsubj" for g in c.children)
            and not any(g.dep_ in ("ccomp", "dobj", "xcomp") for g in c.children)
        ):
            return c
    return None


def _blamed_act(tok: Token) -> Trigger | None:
    """ "the coast guard said the foreign vessel had intentionally rammed its ship": what a reporting verb reports,
    done on purpose, unlawfully or dangerously by its subject (a blame adverb, frames ``blame_adverbs``), or a war crime
    or abuse ("had executed captured soldiers", "targeted protesters": ``_atrocity``), accuses the subject's side
    (ACCUSE allege, parties as for an allegation). Active, not modal, not negated."""
    if tok.pos_ != "VERB":
        return None
    lex = lexicon()
    blamed = any(c.dep_ == "advmod" and c.lower_ in lex.frames.blame_adverbs for c in tok.children)
    if not blamed and not _atrocity(tok):
        return None
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in lex.reporting_verbs:
        return None
    if cur is not tok and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # a later clause with its own subject is no part of the reported one's blame
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None  # "was deliberately rammed": the doer is the victim's other side, named by "by" if at all
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODAL_AUX) for c in tok.children):
        return None
    if cur is tok and not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    return Trigger(tok, "ACCUSE", "allege", frame="allegation")


def held_view(tok: Token) -> Token | None:
    """The verb that holds the view ``tok``'s clause states: "shared the view that North Korea's deployment poses a
    threat" (the clause hung on "view", the object of "shared"; frames ``threat_verdict.view_nouns``, ``view_verbs``)."""
    fr = lexicon().frames
    noun = tok.head
    if tok.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in fr.view_nouns:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return None
    holder = noun.head
    if noun.dep_ not in ("dobj", "obj") or holder.lemma_.lower() not in fr.view_verbs:
        return None
    return holder


def _threat_verdict(tok: Token) -> Trigger | None:
    """ "said Russia poses the most significant threat", "shared the view that the deployment poses a serious threat":
    a side said to pose a threat is accused (ACCUSE disapprove, frames ``threat_verdict``); only in what a reporting
    verb reports or a view held states, not modal, not negated ("poses no threat"). The coder finds its parties as for
    an allegation."""
    fr = lexicon().frames
    reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lexicon().reporting_verbs
    if not reported and held_view(tok) is None:
        return None
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODAL_AUX) for c in tok.children):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in fr.threat_verdict_nouns]
    if not objs or any(c.dep_ == "det" and c.lower_ == "no" for c in objs[0].children):
        return None
    return Trigger(tok, "ACCUSE", "disapprove", frame="allegation")


def _atrocity(tok: Token) -> bool:
    """ "had executed more than 150 captured soldiers", "targeted protesters", "tortured the detainees": a war crime or
    an abuse, which accuses its doer when a side states it as a blame adverb does (frames ``atrocity``)."""
    fr = lexicon().frames
    lemma = tok.lemma_.lower()
    if lemma not in fr.atrocity_verbs and lemma not in fr.abuse_verbs:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objs += [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children if g.dep_ == "pobj"
    ]
    objs += [cj for o in objs for cj in o.conjuncts]
    if lemma in fr.atrocity_verbs:
        return bool(objs) and not any(o.lemma_.lower() in fr.executed_things for o in objs)
    return any(o.lemma_.lower() in fr.protected_victims for o in objs)


def blamed_causes(tok: Token) -> list[Token]:
    """The causes a reported clause gives for what happened (frames ``cause_blame``): the agent of a passive verb of
    causing ("was caused by the Indian side"), the "from" phrase of "resulted from", the "of" phrase of a copula's
    "the result of" or of "as a result of" on the clause, the subject of "are the cause of"; with their coordinated
    causes. Only causes that are an act, a force or a weapon, or a name (a side is told apart by the coder)."""
    fr = lexicon().frames
    lemma = tok.lemma_.lower()
    heads: list[Token] = []

    def pobjs(prep: Token) -> list[Token]:
        return [g for g in prep.children if g.dep_ == "pobj"]

    def result_of(noun: Token) -> list[Token]:
        if noun.lemma_.lower() not in fr.cause_result_nouns:
            return []
        return [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)]

    if lemma in fr.cause_passive_verbs and any(c.dep_ == "auxpass" for c in tok.children):
        heads += [g for c in tok.children if c.dep_ == "agent" for g in pobjs(c)]
    if lemma in fr.cause_from_verbs:
        heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for g in pobjs(c)]
    if lemma == "be":
        for c in tok.children:
            if c.dep_ != "attr":
                continue
            heads += result_of(c)
            if c.lemma_.lower() in fr.cause_nouns:
                heads += [s for s in tok.children if s.dep_ == "nsubj"]
    # "were killed as a result of the shelling", and on the harm itself: "there are losses ... as a result of"
    harms = [tok, *(c for c in tok.children if c.dep_ in ("attr", "dobj", "nsubj", "nsubjpass"))]
    for c in (c for h in harms for c in h.children):
        if c.dep_ == "prep" and c.lower_ == "as":
            heads += [r for g in pobjs(c) for r in result_of(g)]
    # "the result of the political impasse, the failure to ..., the ongoing Israeli aggression": a list the parser
    # hangs as an apposition with its conjuncts
    heads += [a for h in heads for a in h.children if a.dep_ == "appos"]
    heads += [cj for h in heads for cj in h.conjuncts]
    return [
        h
        for h in heads
        if h.lemma_.lower() in fr.cause_acts
        or h.lower_ in fr.cause_acts
        or h.pos_ == "PROPN"
        or h.ent_type_ in ("GPE", "NORP", "ORG")
    ]


def _blamed_cause(tok: Token) -> Trigger | None:
    """ "the ministry said the clash was caused by the Indian side", "said the violence had resulted from an attempt by
    the Chinese side": a harm a reporting verb reports as caused by another side's act, forces or weapon accuses that
    side (ACCUSE allege; frames ``cause_blame``). Not modal, not negated; the coder finds the side the cause names."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lex = lexicon()
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    reported = cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lex.reporting_verbs
    inserted = cur.dep_ == "ROOT" and (
        reporting_aside(cur) is not None or any(c.dep_ == "prep" and c.lower_ == "according" for c in cur.children)
    )
    if not (reported or inserted):
        return None
    if cur is not tok and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None  # a later clause with its own subject is no part of the reported one
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODAL_AUX) for c in tok.children):
        return None
    if not blamed_causes(tok):
        return None
    # what was caused: "the ceasefire was the result of joint action by Egypt and Qatar", "the agreement was the
    # result of an attempt by Colombia" credit the cause, they blame nobody
    effects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    effects += [c for c in tok.children if c.dep_ in ("attr", "dobj") and any(g.lower_ == "as" for g in c.children)]
    for e in effects:
        if e.lemma_.lower() in lex.frames.cause_credited or e.lower_ in lex.frames.cause_credited:
            return None
        own = _noun_trigger(e) if e.pos_ in ("NOUN", "PROPN") else None
        if own is not None and own.type in _CREDITED_TYPES:
            return None
    return Trigger(tok, "ACCUSE", "allege", frame="cause")


# events whose cause is credited, not blamed
_CREDITED_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT", "RETREAT", "CONCEDE"})


def claim_of_verdict(tok: Token) -> Token | None:
    """The claim a copular verdict judges: its subject ("the statements were false"), else its complement's noun
    ("this is a piece of false information", "it was a fabrication") when that is a claim (frames ``claim_nouns``)."""
    claims = lexicon().frames.claim_nouns
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in claims:
        return subj
    for c in tok.children:
        if c.dep_ != "attr":
            continue
        for t in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)):
            if t.lemma_.lower() in claims:
                return t
    return None


def _phrase_lemmas(head: Token) -> set[str]:
    """Lemmas and words of a noun phrase (its head and modifiers, with "carrying X" and "of X"), no other clause."""
    out: set[str] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        out |= {t.lemma_.lower(), t.lower_}
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "ccomp", "advcl", "conj", "cc", "punct", "appos"))
    return out


def _craft(tok: Token | None, craft: frozenset[str]) -> bool:
    """A warship or military aircraft: "a US destroyer", "the aircraft carrier Shandong", "Chinese warplanes"."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(k in craft for k in _noun_key(tok)) or any(
        c.dep_ in ("compound", "appos") and any(k in craft for k in _noun_key(c)) for c in tok.children
    )


def _projectile(tok: Token | None, fr: Frames) -> bool:
    """A missile, rocket or shell: "two 122mm rockets", "a ballistic missile", "mortar shells"."""
    return tok is not None and tok.pos_ in ("NOUN", "PROPN") and any(k in fr.projectiles for k in _noun_key(tok))


def _weapon(tok: Token | None, fr: Frames) -> bool:
    """A weapon or strike, or weapons coordinated: "Israeli artillery and airstrikes", "a Russian missile"."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lemma_.lower() in fr.weapon_quantity_heads or tok.lower_ in fr.weapon_quantity_heads:
        # "a series of drones", "a wave of missiles": the weapons counted
        of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of:
            tok = of[0]
    return any(any(k in fr.hit_weapons for k in _noun_key(t)) for t in (tok, *tok.conjuncts))


def _interception(tok: Token, lemma: str, fr: Frames) -> bool:
    """An active "intercepted a ballistic missile", "shot down a drone" (frames.yaml ``interception``)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    key = f"{lemma} {prt}" if prt is not None else lemma
    if key not in fr.intercept_verbs:
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    # "shot down a U.S. surveillance drone": a craft downed (lexicon verb_objects `down`) is the shooter's attack on
    # the craft's side, not an incoming projectile
    if obj is not None and any(k in lexicon().verb_objects.get("down", {}) for k in _noun_key(obj)):
        return False
    return _projectile(obj, fr)


def intercepted_fire(tok: Token) -> bool:
    """ "intercepted a missile fired from Yemen": the launch is the interception's projectile, coded by it."""
    fr = lexicon().frames
    if tok.dep_ != "acl" or tok.lemma_.lower() not in fr.launch_verbs:
        return False
    proj = tok.head
    while proj.dep_ == "conj" and proj.head is not proj:
        proj = proj.head
    return proj.dep_ in ("dobj", "obj") and _interception(proj.head, proj.head.lemma_.lower(), fr)


def _enacted_text(tok: Token) -> bool:
    """A verb whose subject is an enacted text: "the law gives ...", "legislation that gives ..."."""
    arts = lexicon().artifact_nouns
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in arts:
        return True
    return tok.dep_ == "relcl" and tok.head.lemma_.lower() in arts


def _deadline(tok: Token, fr: Frames) -> bool:
    """ "gave the military 15 days to return to barracks": an active give/grant whose object or adverbial is a
    counted span of time (day, hour, week) with an infinitive for the act it is given for (frames.yaml ``deadline``)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False
    spans = list(tok.children)
    # "gives TikTok's owner, ByteDance, nine months to sell": the span parsed as the object's apposition
    spans += [a for c in tok.children if c.dep_ in ("dobj", "dative") for a in c.children if a.dep_ == "appos"]
    for span in spans:
        if span.dep_ not in ("dobj", "npadvmod", "appos") or span.lemma_.lower() not in fr.deadline_units:
            continue
        if not any(n.dep_ == "nummod" for n in span.children):
            continue
        acts = [v for v in span.children if v.dep_ in ("acl", "relcl") and v.pos_ in ("VERB", "AUX")]
        acts += [v for v in tok.children if v.dep_ in ("advcl", "xcomp") and v.i > span.i and v.pos_ in ("VERB", "AUX")]
        acts = [v for v in acts if any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
        if acts and not any(v.lemma_.lower() in fr.deadline_not_acts for v in acts):
            return True
    return False


def _crowd(subj: Token | None, fr: Frames) -> bool:
    """A subject that names protesters: "demonstrators", "thousands of pro-junta protesters"."""
    if subj is None:
        return False
    if subj.lemma_.lower() in fr.crowd_quantity_heads or subj.pos_ == "NUM":
        of = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of:
            subj = of[0]
    return subj.pos_ == "NOUN" and (subj.lemma_.lower() in fr.crowd_nouns or subj.lower_.rstrip("s") in fr.crowd_nouns)


_RALLIES = frozenset({"rally", "demonstration", "protest", "march", "sit-in", "vigil"})


def _gathered_to_protest(v: Token) -> bool:
    """A gathering whose stated purpose is a protest: "thousands of Nigerians converged for a rally in Lagos",
    "hundreds gathered to protest the verdict" (a crowd gathering to welcome a leader is no protest)."""
    for c in v.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in _RALLIES for g in c.children)
        ):
            return True
        if (
            c.dep_ in ("advcl", "xcomp")
            and c.lemma_.lower() in ("protest", "demonstrate", "rally")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return True
    return False


def _frame_trigger(tok: Token, lemma: str) -> Trigger | None:
    """Events a verb makes with its subject or complement (data/events/frames.yaml): an aid delivery
    ("a cargo plane carrying relief goods arrived in Turkey"), an envoy declared persona non grata, a
    warship transiting a strait or shadowed, a ministry that feels regret."""
    fr = lexicon().frames
    if lemma not in fr.verbs:
        return None  # the hot path: most verbs read no frame
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and is_relative(subj) and tok.dep_ == "relcl":
        subj = tok.head  # "a US destroyer that transited through the Taiwan Strait"
    if lemma in fr.delivery_verbs and subj is None and tok.dep_ == "conj":
        # "a shipment of aid from the UAE, destined for Darfur, docked in Port Sudan": the parser made the participle
        # the root and the arrival its conjunct, which shares its subject
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if lemma in fr.delivery_verbs and subj is not None and subj.pos_ in ("NOUN", "PROPN"):
        words = _phrase_lemmas(subj)
        head = subj.lemma_.lower()
        if (head in fr.vehicles and words & fr.strong_cargo) or (
            head in fr.cargo and (head in fr.strong_cargo or words & fr.strong_cargo)
        ):
            return Trigger(tok, "AID", None, frame="delivery")
    if lemma in fr.expulsion_verbs and any(
        w.lower_ in fr.expulsion_complements
        for c in tok.children
        if c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass", "punct")
        for w in c.subtree
    ):
        return Trigger(tok, "SANCTION", "expel", frame="expulsion")
    if lemma in fr.deadline_verbs and _deadline(tok, fr):
        if _enacted_text(tok):
            # "signed legislation that gives ByteDance nine months to sell TikTok": a law or order that sets the
            # time limit compels (COERCE, CAMEO 17); the signer's act, taken when signed
            return Trigger(tok, "COERCE", None, frame="deadline")
        return Trigger(tok, "THREATEN", None, frame="deadline")  # "gave the military 15 days to return to barracks"
    if lemma in fr.aimed_verbs:
        # "fired two rockets into Rwanda": aimed at a place or side (the coder checks it is another state's)
        proj = verb_object(tok)
        if _projectile(proj, fr) and any(
            c.dep_ == "prep" and c.lower_ in fr.aimed_preps and any(g.dep_ == "pobj" for g in c.children)
            for c in tok.children
        ):
            return Trigger(tok, "ASSAULT", None, obj=proj, frame="aimed")
    if lemma in fr.hit_verbs and subj is not None and subj.dep_ == "nsubj" and _weapon(subj, fr):
        # "Israeli artillery and airstrikes hit southern Lebanon": the weapon's side attacks what it hits
        if verb_object(tok) is not None or any(c.dep_ == "prep" for c in tok.children):
            return Trigger(tok, "ASSAULT", None, frame="weapon_hit")
    if lemma in fr.weapon_casualty_verbs:
        # "a roadside bomb killed three soldiers", "were killed by an improvised explosive device": the weapon's
        # attack on those it killed
        if (
            subj is not None
            and subj.dep_ == "nsubj"
            and (_weapon(subj, fr) or _armed_scene(subj, fr))
            and verb_object(tok) is not None
        ):
            return Trigger(tok, "ASSAULT", None, frame="weapon_hit")
        if weapon_agent(tok) is not None:
            return Trigger(tok, "ASSAULT", None, frame="weapon_hit")
    if _interception(tok, lemma, fr):
        # "air defences intercepted a missile fired from Yemen": the firer's attack on the interceptor
        return Trigger(tok, "ASSAULT", None, obj=verb_object(tok), frame="interception")
    if lemma in fr.transit_verbs and _craft(subj, fr.craft):
        return Trigger(tok, "MOBILIZE", "weapons", frame="transit")
    if lemma in fr.force_move_verbs or lemma in fr.force_errand_verbs:
        moved = _forces_moved(tok, lemma, fr)
        if moved is not None:
            return moved
    if lemma in fr.shadow_verbs:
        obj = verb_object(tok)
        if obj is None:  # "to follow and monitor a US destroyer": the object of the coordinated verb
            obj = next((o for cj in tok.conjuncts if cj.i > tok.i for o in [verb_object(cj)] if o is not None), None)
        if _craft(obj, fr.craft) and not (obj is not None and obj.dep_ == "nsubjpass" and _craft(subj, fr.craft)):
            return Trigger(tok, "COERCE", None, obj=None, frame="shadow")
    if lemma in fr.crowd_verbs and (_crowd(subj, fr) or _gathered_to_protest(tok)):
        return Trigger(tok, "PROTEST", "demo", frame="crowd")  # "thousands of protesters gathered outside ..."
    if lemma in fr.feeling_verbs and any(
        c.dep_ == "acomp" and (c.lemma_.lower() in fr.feelings or c.lower_ in fr.feelings) for c in tok.children
    ):
        return Trigger(tok, "ACCUSE", "disapprove", frame="feeling")
    return None


def _killer(tok: Token, fr: Frames) -> bool:
    """A weapon or an attack that kills: "a roadside bomb", "a suicide bombing" (frames ``weapon_hit``)."""
    return _weapon(tok, fr) or any(k in fr.casualty_acts for k in _noun_key(tok))


def _armed_scene(tok: Token, fr: Frames) -> bool:
    """A blast with a weapon in its compounds: "a car bomb explosion", "a minefield explosion" (not "a gas
    explosion")."""
    if tok.lemma_.lower() not in fr.casualty_scenes:
        return False
    inner = [t for t in tok.subtree if t.i < tok.i and t.dep_ == "compound"]
    return any(_weapon(t, fr) or t.lower_ in fr.hit_weapons for t in inner)  # "minefield" is parsed as an adjective


def weapon_agent(tok: Token) -> Token | None:
    """The weapon or attack a passive casualty verb names as its agent ("were killed by an improvised explosive
    device") or as its scene ("was killed in a car bomb explosion": a weapon in the scene noun's compounds)."""
    fr = lexicon().frames
    if not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    for c in tok.children:
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if c.dep_ == "agent" and _killer(g, fr):
                return g
            if c.dep_ == "prep" and c.lower_ == "in" and g.lemma_.lower() in fr.casualty_scenes:
                if g.lemma_.lower() in fr.casualty_acts or _armed_scene(g, fr):
                    return g
    return None


@functools.lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    """Words of an armed force (frames ``force_moves.forces``, with the CAMEO dictionary's synsets expanded)."""
    out: set[str] = set()
    for w in lexicon().frames.forces:
        out |= cameo_synset(w[1:]) if w.startswith("&") else {w}
    return frozenset(out)


def _forces_moved(tok: Token, lemma: str, fr: Frames) -> Trigger | None:
    """Armed forces placed or moved ("massed troops near the border", "ordered the carrier strike group to the
    eastern Mediterranean"; frames ``force_moves``): MOBILIZE, the forces the object."""
    obj = verb_object(tok)
    # "dispatched four Navy destroyers": the parser may tag a plural object noun as a verb; its role is the noun's
    if obj is None or (obj.pos_ not in ("NOUN", "PROPN") and obj.dep_ not in ("dobj", "obj")):
        return None
    errand = lemma in fr.force_errand_verbs
    forces = _force_words() - fr.force_errand_shared if errand else _force_words()
    keys = _noun_key(obj)
    if not (any(k in forces or k in fr.craft for k in keys) or _craft(obj, fr.craft)):
        return None
    if errand and lemma in lexicon().verb_objects and _object_trigger(tok, lemma, obj) is not None:
        return None  # "sent troops", "dispatched relief supplies": the verb's own table reads its object
    destined = any(
        c.dep_ == "prep" and c.lower_ in fr.force_destination_preps and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    )
    if lemma in fr.force_destination_verbs:
        if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) and not destined:
            return None  # "ordered troops to withdraw": an order, read as one ("ordered troops to the Gulf to
            # protect shipping" places them, session 25)
        if any(c.lower_ in fr.force_back_words for c in tok.children if c.dep_ in ("prt", "advmod")):
            return None  # "moved troops back to their barracks"
        if not destined:
            return None
    if errand and any(c.lower_ in fr.force_back_words for c in tok.children if c.dep_ in ("prt", "advmod")):
        return None  # "sent the troops home", "sent its warships back"
    return Trigger(tok, "MOBILIZE", "troops", obj=obj)


def _told_held(tok: Token) -> bool:
    """Whether a verb's clause tells its act as done or going on (not planned, possible, asked for or denied):
    the happening table of ``aspect_verbs`` reads only those (session 24: "will continue consultations", "are going
    to start discussions" stay the verb's own table's)."""
    return modality(tok, nominal=False).status in ("occurred", "ongoing")


_OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})


def _own_envoy(tok: Token, obj: Token) -> bool:
    """Whether the envoy a verb acts on is the subject's own (lexicon ``own_envoy_verbs``): "had summoned its ambassador
    for consultations", "summoned their envoys home"; not "summoned Russia's ambassador" nor "summoned the ambassador".
    The subject's own country named as the envoy's ("Spain summoned Spain's ambassador") is rare and not read."""
    if obj.lemma_.lower() not in lexicon().envoy_nouns or tok.dep_ == "relcl":
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return False  # "its ambassador was summoned": the passive's agent is another state
    return any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in obj.children)


def _object_trigger(tok: Token, lemma: str, obj: Token | None) -> Trigger | None:
    """A verb whose event depends on its object ("held talks", "imposed tariffs"), from ``verb_objects``."""
    lex = lexicon()
    table = lex.verb_objects[lemma]
    # "launched air and artillery strikes": the parser may make the first conjunct the object
    cands = [obj, *obj.conjuncts] if obj is not None else []
    # "the trial took place in a Moscow court": an idiom's object leaves the verb no reading of its phrases; a verb of
    # lexicon ``object_only_verbs`` reads none ("searched for survivors in homes" searched no homes)
    if lemma not in lex.object_only_verbs and (
        obj is None or obj.lemma_.lower() not in lex.phrase_blocking_objects.get(lemma, ())
    ):
        cands += _prep_objects(tok)
    # "announced counter-tariffs on American goods": the parser splits a hyphenated compound into several objects
    cands += [c for c in tok.children if c.dep_ in ("dobj", "obj") and c is not obj and c not in cands]
    if obj is not None and obj.lower_ in ("it", "them"):
        # "identified the U.S. warship, warned and expelled it": the pronoun is the object of an earlier verb of the
        # same coordination (what the first verb acted on)
        head = tok
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
            cands += [c for c in head.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")]
    if obj is not None and obj.lemma_.lower() not in lex.stated_value_nouns:
        # "held seven hours of talks", "a series of sanctions" (not "stressed the importance of solidarity among ...":
        # a value stated of a thing is no act on it)
        cands += [
            g
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ in ("of", "in")
            for g in c.children
            if g.dep_ == "pobj"
        ]  # "ordered increases in tariffs"
        # "placed a dozen Chinese firms on its trade blacklist": the parser may hang the list on the object
        cands += [
            g
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ in ("on", "to", "onto")
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in lex.measure_lists
        ]
    if lemma in lex.attendance_verbs and tok.dep_ == "relcl" and obj is not None and obj.i == tok.head.i:
        # "the ninth meeting of the consultation mechanism on the South China Sea, which the minister attended": the
        # parser hangs the relative clause on the last noun of the gathering's phrase; the gathering is further up
        cur = obj
        for _ in range(3):
            if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
                break
            cur = cur.head.head
            cands.append(cur)
    acted = _action_noun_trigger(tok, obj) if obj is not None else None
    if acted is not None:
        return acted
    if lemma in lex.requiring_verbs:
        # "would require exporters to apply for licenses": what the required act is for
        cands += [
            g for x in tok.children if x.dep_ == "xcomp" for g in x.subtree if g.pos_ == "NOUN" and g not in cands
        ]
    if obj is not None and obj.lemma_.lower() in lex.measure_lists:
        # "expanded its list of Chinese companies subject to export controls": a list of those a measure hits
        # is the measure
        # (or in the clause's "subject to" phrase, where the parser may hang it on the verb)
        inner = [t for t in obj.subtree if t.i > obj.i] + [
            t for a in tok.children if a.lemma_.lower() == "subject" for t in a.subtree if t.i > obj.i
        ]
        cands += [t for t in inner if t.pos_ == "NOUN" and t not in cands]
    for cand in cands:
        if cand.ent_type_ in ("DATE", "TIME"):
            continue  # "held talks ... on March 3": the month is no protest march
        keys = _noun_key(cand)
        if cand.lemma_.lower() in lex.container_nouns:
            # "announced a military aid package for Ukraine": the compound names what the package holds
            keys = [k for c in cand.children if c.dep_ == "compound" and c.i < cand.i for k in _noun_key(c)] + keys
        if cand.pos_ == "PROPN":  # "ordered South African Ambassador Ebrahim Rasool to leave": the title names him
            keys += [c.lemma_.lower() for c in cand.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        for key in keys:
            if key in table:
                if (lemma, key) in lex.aspect_pairs and not _told_held(tok):
                    continue  # "will continue consultations": the happening table reads held happenings only
                typ, mode = table[key]
                for k2 in _noun_key(cand):  # "held a virtual meeting": the compound decides the mode
                    e2 = lex.noun_compounds.get(k2)
                    if e2 and e2[0] == typ:
                        mode = e2[1]
                        break
                preps = lex.apology_objects.get(key, frozenset())
                if preps and any(c.dep_ == "prep" and c.lower_ in preps for h in (tok, cand) for c in h.children):
                    return None  # "expressed regret for its unintended entry": an apology, no disapproval
                if typ == "SANCTION" and mode == "expel" and lemma in lex.told_content_verbs:
                    return _told_envoy(tok, cand)
                return Trigger(tok, typ, mode, obj=cand)
    equiv = _object_equivalents() if "*" not in table else {}  # a table with a default reads every object
    for cand in cands:  # "extended humanitarian assistance": a noun the table lacks, read as its lexicon synonym
        if cand.ent_type_ in ("DATE", "TIME"):
            continue
        for key in _noun_key(cand):
            alts = [a for a in equiv.get(key, ()) if a in table]
            if alts and 2 * len(alts) >= len(equiv[key]):
                # the table lists at least half the noun's synonyms: it covers the class ("extend aid" with
                # "assistance"); one member of a large class is singled out ("send warship", not "send ship")
                return Trigger(tok, table[alts[0]][0], table[alts[0]][1], obj=cand)
    if obj is not None and "*" in table and obj.lemma_.lower() not in lex.verb_not_objects.get(lemma, ()):
        if obj.pos_ in ("NOUN", "PROPN"):
            return Trigger(tok, table["*"][0], table["*"][1], obj=obj)
    return None


@functools.lru_cache(maxsize=1)
def _object_equivalents() -> dict[str, tuple[str, ...]]:
    """Object nouns the lexicon's own ``verb_objects`` tables treat as synonyms: two nouns listed under at least
    ten verbs together, always with the same reading, and together in three quarters of the verbs listing either
    ("aid"/"assistance", "relation"/"tie", "ship"/"vessel"). A verb's table that lists one reads the other the
    same: the tables were filled verb by verb, and a synonym missing from one is a gap, not a distinction
    (session 23: "extended humanitarian assistance", where only "extend aid" was listed)."""
    tables = [t for t in lexicon().own_verb_objects.values() if isinstance(t, dict)]
    count: dict[str, int] = {}
    same: dict[tuple[str, str], int] = {}
    differ: set[tuple[str, str]] = set()
    for t in tables:
        keys = sorted(k for k in t if k != "*")
        for k in keys:
            count[k] = count.get(k, 0) + 1
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if tuple(t[a]) == tuple(t[b]):
                    same[a, b] = same.get((a, b), 0) + 1
                else:
                    differ.add((a, b))
    out: dict[str, list[str]] = {}
    for (a, b), n in same.items():
        if (a, b) not in differ and n >= 10 and n / (count[a] + count[b] - n) >= 0.75:
            out.setdefault(a, []).append(b)
            out.setdefault(b, []).append(a)
    return {k: tuple(sorted(v)) for k, v in out.items()}


_LEAVING = frozenset({"departure", "exit"})
_ORDERED_LEAVING = frozenset({"order", "mandate"})


def _action_noun_trigger(tok: Token, obj: Token) -> Trigger | None:
    """An object that names an action on a measure (lexicon ``action_nouns``: "announced the suspension of
    development aid", "ordered the lifting of sanctions") is that action's verb with the "of" phrase as its
    object: the aid is suspended (SANCTION), not given, and the sanctions lifted (CONCEDE), not imposed."""
    lex = lexicon()
    for cand in [obj, *obj.conjuncts]:
        verb = lex.action_nouns.get(cand.lemma_.lower())
        if verb is None and cand.lemma_.lower() in _LEAVING and tok.lemma_.lower() in _ORDERED_LEAVING:
            verb = "expel"  # "ordered the departure of two diplomats": they are expelled ("delayed" it: no)
        table = lex.verb_objects.get(verb or "")
        if not table:
            continue
        for c in cand.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for inner in [g, *g.conjuncts]:
                    for key in _noun_key(inner):
                        if key in table:
                            return Trigger(tok, table[key][0], table[key][1], obj=inner)
    return None


def by_agent(tok: Token) -> Token | None:
    """The "by" phrase of an act named as a noun ("the expulsion of the envoy by Washington"); also one the parser
    hung on the active verb whose object the noun is ("triggering an expulsion of its envoys by Islamabad")."""
    preps = [c for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    # "the arrest of a businessman by Chinese police": the parser may hang the doer on the "of" phrase's noun
    preps += [
        b
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
        for b in g.children
        if b.dep_ == "prep" and b.lower_ == "by"
    ]
    gov = tok.head
    on_verb: list[Token] = []
    if tok.dep_ == "dobj" and gov.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in gov.children):
        on_verb = [c for c in gov.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i]
    verb_by = {c.i for c in on_verb}
    for c in preps + on_verb:
        for g in c.children:
            if g.ent_type_ in ("DATE", "TIME"):
                continue  # "his departure by Friday": a deadline, no doer
            # (spaCy makes a new token object on each access: tokens compare by their index, never by identity)
            if g.dep_ == "pobj" and (g.pos_ in ("PROPN", "PRON") or (g.pos_ == "NOUN" and c.i not in verb_by)):
                return g
    return None


def act_agent(tok: Token) -> Token | None:
    """The doer of an act named as a noun: its "by" phrase ("the expulsion of the envoy by Washington"), else
    its possessive ("Beijing's expulsion of the diplomats")."""
    by = by_agent(tok)
    if by is not None:
        return by
    for c in tok.children:
        if c.dep_ == "poss" and c.i < tok.i:
            return c
    return None


def _shared_between(tok: Token) -> bool:
    """Whether an act noun's "of" phrase is a thing two sides share, with both named in a "between" phrase: "the
    reopening of the border between the two countries" is done by both (lexicon ``mutual_nouns``)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and g.dep_ == "pobj"
        and g.lemma_.lower() in lexicon().mutual_nouns
        and any(b.dep_ == "prep" and b.lower_ == "between" for b in g.children)
        for c in tok.children
        for g in c.children
    )


def of_objects(tok: Token) -> list[Token]:
    """The nouns of a word's "of" phrase with their conjuncts ("the release of Iranian and American detainees")."""
    return [
        inner
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
        for inner in [g, *g.conjuncts]
    ]


def custody_places(tok: Token) -> list[Token]:
    """The places of custody an act of custody named as a noun states when it names no doer (lexicon
    ``custody_verbs``): the "in"/"at" phrase of an arrest or of the captive ("the arrest of an Iranian diplomat in
    Germany", "the release of the hostages in Gaza"; not the place of a release, where the captive is handed over),
    else of a participle or relative clause on the captive that says where the captive is held ("the release of an
    Afghan citizen detained in the United States", "of two Americans who had been held in Iran"). Only for acts of
    custody: an arrest (mode ``arrest``) or a release."""
    lex = lexicon()
    verb = lex.action_nouns.get(tok.lemma_.lower()) or lex.action_nouns.get(tok.lower_) or ""
    entry = lex.verbs.get(verb)
    table = lex.verb_objects.get(verb) or {}
    arrest = bool(entry and entry[1] == "arrest")
    if not (arrest or any(v[1] == "release" for v in table.values() if v)):
        return []
    preps = lex.custody_place_preps
    held = of_objects(tok)

    def places(heads: list[Token]) -> list[Token]:
        return [
            g
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
        ]

    # a release's own place is where the captive was handed over ("the release of the prisoners in Doha"), not
    # who held the captive
    found = places([tok, *held] if arrest else held)
    if not found:
        found = places([c for h in held for c in custody_clauses(h)])
    return found


def custody_clauses(held: Token) -> list[Token]:
    """The participles and relative clauses that say a noun is held ("a citizen detained in Iran", "an academic who
    had been imprisoned in Iran"; lexicon ``custody_verbs``)."""
    return [c for c in held.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lexicon().custody_verbs]


def _swap_trigger(tok: Token) -> Trigger | None:
    """A swap of captives named as a noun (lexicon ``swap_nouns``, ``mutual_modifiers``): "a prisoner swap between
    Russia and Ukraine", "the exchange of detainees between the two nations", "the mutual release of Iranian and
    American detainees" is a release by each side (RETREAT release; coder: the sides free each other's captives)."""
    lex = lexicon()
    table = lex.verb_objects.get("release") or {}
    freeing = next((v for v in table.values() if v and v[1] == "release"), None)
    if freeing is None or tok.tag_ == "NNS":
        return None

    def captive(t: Token) -> bool:
        return any(k in table and table[k][1] == "release" for k in _noun_key(t))

    lemma = tok.lemma_.lower()
    if lemma in lex.swap_nouns:
        held = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + of_objects(tok)
        if not any(captive(h) for h in held):
            return None
    elif lex.action_nouns.get(lemma) == "release":
        if not any(c.dep_ == "amod" and c.lower_ in lex.mutual_modifiers for c in tok.children):
            return None
    else:
        return None
    return Trigger(tok, freeing[0], freeing[1], nominal=True, frame="swap")


def _act_noun_trigger(tok: Token) -> Trigger | None:
    """An act stated as a noun with its doer (lexicon ``action_nouns``): "Beijing's expulsion of the diplomats",
    "the expulsion of two envoys by Islamabad", "his expulsion by Washington" (the envoy expelled), "Chad's
    declaration of four diplomats as unwelcome". The act is the verb's with the "of" phrase as its object
    (``verb_objects``); with no doer named it is no event ("expulsions are rare", "the suspension of talks")."""
    lex = lexicon()
    if tok.dep_ == "compound" or tok.tag_ == "NNS":
        return None  # "expulsions", "sanction expulsion lists": no one act
    agent = act_agent(tok)
    if agent is None and not _shared_between(tok) and not custody_places(tok):
        return None
    lemma = tok.lemma_.lower()
    fr = lex.frames
    ofs = of_objects(tok)
    # "the expulsion of one of its envoys", "of two of the diplomats": the group the number is taken from
    ofs += [
        g
        for o in ofs
        if o.pos_ == "NUM" or o.lower_ in ("one", "some", "several", "all", "most", "many")
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if lemma == "declaration" and ofs:
        # "the declaration of two diplomats as persona non grata": declaring an envoy unwelcome expels him
        # the parser may hang the "as" phrase on any word before it: read the words that follow the "of" phrase
        after = [t.lower_ for t in tok.doc[ofs[0].i + 1 : min(ofs[0].i + 10, tok.sent.end)]]
        words = set(after[after.index("as") + 1 :]) if "as" in after else set()
        if words & fr.expulsion_complements:
            return Trigger(tok, "SANCTION", "expel", obj=ofs[0], nominal=True, frame="act_noun")
        return None
    verb = lex.action_nouns.get(lemma) or lex.action_nouns.get(tok.lower_)
    table = lex.verb_objects.get(verb or "")
    entry = lex.verbs.get(verb or "")
    if not ofs and entry and entry[1] == "arrest" and by_agent(tok) is None and custody_places(tok):
        # "had been held since his arrest in Moscow in December 2018": a person owning an arrest is the one held,
        # the place's state the doer, as for "the arrest of a diplomat in Germany" (session 28)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and (owner.pos_ == "PRON" or owner.ent_type_ == "PERSON"):
            return Trigger(tok, entry[0], entry[1], obj=owner, nominal=True, frame="act_noun")
    if not table:
        # "Iran's seizure of the tanker", "China's detention of two Canadians": a verb with one reading
        entry = lex.verbs.get(verb or "")
        if entry and entry[0] and ofs:
            return Trigger(tok, entry[0], entry[1], obj=ofs[0], nominal=True, frame="act_noun")
        return None
    for inner in ofs:
        for key in _noun_key(inner):
            if key in table and table[key][0]:
                return Trigger(tok, table[key][0], table[key][1], obj=inner, nominal=True, frame="act_noun")
    freeing = next((v for v in table.values() if v and v[1] == "release"), None)
    for inner in ofs:
        if freeing is not None and custody_clauses(inner):
            # "the release of an Australian academic who had been imprisoned in Iran": whoever is held is a captive
            return Trigger(tok, freeing[0], freeing[1], obj=inner, nominal=True, frame="act_noun")
    if not ofs and verb == "expel" and any(c.dep_ == "poss" for c in tok.children) and by_agent(tok) is not None:
        # "following his expulsion by Washington": the owner is the one expelled, the "by" phrase the doer
        owner = next(c for c in tok.children if c.dep_ == "poss")
        if owner.pos_ == "PRON" or owner.ent_type_ == "PERSON" or owner.lemma_.lower() in table:
            return Trigger(tok, "SANCTION", "expel", nominal=True, frame="act_noun")
    return None


def _acted_on(tok: Token, tr: Trigger) -> bool:
    """A noun in the "of" phrase of an action noun (lexicon ``action_nouns``) that turns it into another type:
    "the cancellation of bilateral security talks", "the suspension of dialogue", "the lifting of sanctions" name
    no talks held and no sanction imposed ("the resumption of talks" stays talks)."""
    lex = lexicon()
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    act = tok.head.head
    verb = lex.action_nouns.get(act.lemma_.lower()) or lex.action_nouns.get(act.lower_)
    table = lex.verb_objects.get(verb or "") or {}
    return any(key in table and table[key][0] != tr.type for key in _noun_key(tok))


def _doer_names_a_state(tok: Token) -> bool:
    """The verb's subject (or its conjunction head's) names a state or a nationality ("Israeli helicopters", "the
    Russian army", "Egypt"); "U.N. helicopters" and "the Red Cross" do not."""
    head = tok
    while (
        not any(c.dep_ == "nsubj" for c in head.children) and head.dep_ in ("conj", "xcomp") and head.head is not head
    ):
        head = head.head
    return any(t.ent_type_ in ("GPE", "NORP") for c in head.children if c.dep_ == "nsubj" for t in c.subtree)


def _verbal_dispute(tok: Token) -> bool:
    """States, governments or officials clashing over an issue ("the two governments clashed over journalists"): a
    dispute, no fighting (lexicon ``verbal_dispute``); troops or crowds, or ground or a time fought over, are not this."""
    vd = lexicon().verbal_dispute
    ground = vd.get("ground", frozenset()) | lexicon().place_kind_nouns
    issues = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in vd.get("preps", ())
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not issues or any(
        g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "QUANTITY") or g.lemma_.lower() in ground
        for g in issues
    ):
        return False
    head = tok
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and head.dep_ in ("conj", "xcomp"):
        head = head.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    parties = vd.get("parties", frozenset())
    return all(
        (t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "ORG", "PERSON")) or t.lemma_.lower() in parties
        for t in (subj, *subj.conjuncts)
    )


def _verb_trigger(tok: Token) -> Trigger | None:
    lex = lexicon()
    lemma = _verb_lemma(tok)
    characterised = _characterisation(tok, tok.lemma_.lower())
    if characterised is not None:
        return characterised
    framed = _frame_trigger(tok, lemma)
    if framed is not None:
        return framed
    directed = _directive_trigger(tok, tok.lemma_.lower())
    if directed is not None:
        return directed
    if lemma in lex.fighting_verbs and tok.dep_ == "advcl" and tok.head.lemma_.lower() in lex.casualty_verbs:
        return Trigger(tok, "ASSAULT", None)  # "were killed when troops fought": fighting done, whatever "fight" reads
    if _joint_announcement(tok, lemma):
        return Trigger(tok, "AGREE", None)  # "A and B announced that they would restore relations", "decided to"
    if readiness_to_join(tok, lemma):
        return Trigger(tok, "AGREE", None)  # "was ready to work with Putin", "is ready to join Russia in"
    if lemma not in _verb_lemmas():
        return None
    if (
        lemma in lex.active_only_verbs
        and not any(c.dep_ in ("nsubj", "agent") for c in tok.children)
        and (tok.dep_ in ("acl", "amod", "relcl") or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children))
    ):
        # "foreigners suspected of trespassing", "North Korea is suspected of": no one who suspects ("vessels
        # suspected by Philippine authorities" names them)
        return None
    if lemma in lex.verbal_dispute.get("verbs", ()) and _verbal_dispute(tok):
        return None
    obj = verb_object(tok)
    if (
        lemma in lex.member_suspension_verbs
        and obj is not None
        and obj.pos_ == "PROPN"  # the parser's entity label varies ("Burkina Faso", "Guinea-Bissau" come as ORG)
        and not any(c.dep_ == "case" for c in obj.children)  # "suspended Guinea's aid": the aid
    ):
        # "the African Union decided to suspend Guinea", "ECOWAS suspended Mali from its bodies": a state suspended
        # from a body is sanctioned by it (SANCTION, CAMEO 16; session 20)
        return Trigger(tok, "SANCTION", None, obj=obj)
    if lemma in lex.reporting_verbs:
        # "announced sanctions", "announced $500 million in assistance": the object's own table first
        own = _object_trigger(tok, lemma, obj) if lemma in lex.verb_objects and obj is not None else None
        if own is not None and _course_stated(own):
            return None  # "reiterated its commitment to achieving denuclearization": a course stated, no pledge
        if own is not None:
            return own
        for c in tok.children:  # "insisted on the complete denuclearization": the phrasal verb's own reading
            entry = lex.particle.get(f"{lemma} {c.lower_}") if c.dep_ == "prep" and c.i > tok.i else None
            if entry is not None and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
                return Trigger(tok, entry[0], entry[1], particle=c)
        # "said X should ...", "stressed the need for X to ...": a demand of X
        return Trigger(tok, "REQUEST", None) if _demand_frame(tok) or needed_party(tok) is not None else None
    if lemma in lex.emphasis_verbs and (_demand_frame(tok) or needed_party(tok) is not None):
        return Trigger(tok, "REQUEST", None)  # "emphasized that the Hungarian side should stop ..."
    # verb + particle + object: "called off the summit" (SANCTION) vs "called off the tariffs" (CONCEDE)
    for c in tok.children:
        if c.dep_ in ("prt", "prep") and c.i > tok.i:
            table = lex.particle_objects.get(f"{lemma} {c.lower_}")
            if not table:
                continue
            objs = [obj] if obj is not None and c.dep_ == "prt" else []
            if c.dep_ == "prt":  # "MANILA - Japan handed over relief supplies": a dateline parsed as the first object
                objs += [o for o in tok.children if o.dep_ in ("dobj", "obj") and o is not obj]
            else:  # "cut across the bow of the patrol ship": the preposition's own object
                objs += [g for g in c.children if g.dep_ == "pobj"]
            # "pulled out of the grain deal": the particle's "of" phrase is what is left
            objs += [
                g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            ]
            # "handed over a note of protest": what the note is
            objs += [
                g
                for o in list(objs)
                if o.lemma_.lower() == "note"
                for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
            for o in objs:
                for key in _noun_key(o):
                    if key in table:
                        if (f"{lemma} {c.lower_}", key) in lex.aspect_pairs and not _told_held(tok):
                            continue  # "will carry out strikes": the happening table reads held happenings only
                        return Trigger(tok, table[key][0], table[key][1], obj=o, particle=c)
    # verb + particle / preposition: "turned down", "called on", "arrive in"; never a time phrase
    # ("fired missiles on Monday" is no "fire on")
    for c in tok.children:
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue
        # "pulled back its troops", "pulling its troops away from the border": the parser makes the particle an
        # adverb; any adverb that makes a phrasal verb of the lexicon's particle table is read as its particle
        if (
            c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and f"{lemma} {c.lower_}" in lex.particle)
        ) and c.i > tok.i:
            entry = lex.particle.get(f"{lemma} {c.lower_}")
            if (
                entry
                and lemma in lex.reflexive_particle_verbs
                and (obj is None or not obj.lower_.endswith(("self", "selves")))
            ):
                continue  # "committed troops to the mission", "they committed to consultations": only "committed
                # themselves to" pledges
            if entry:
                courtesy = lex.courtesy_particles.get(f"{lemma} {c.lower_}")
                if courtesy is not None and _courtesy_call(tok, c):
                    return Trigger(tok, courtesy[0], courtesy[1], particle=c)
                return Trigger(tok, entry[0], entry[1], particle=c)
    # "has called for the US to lift the sanctions": the parser makes "for" the mark of an infinitive clause with its own
    # subject; the phrasal verb's reading ("call for", REQUEST) holds, the clause's subject the side asked (session 28)
    for cl in tok.children:
        if cl.dep_ not in ("advcl", "ccomp", "xcomp") or cl.i < tok.i or not _to_infinitive(cl):
            continue
        mark = next((m for m in cl.children if m.dep_ == "mark" and m.lower_ == "for"), None)
        entry = lex.particle.get(f"{lemma} for") if mark is not None else None
        if entry is not None and entry[0] == "REQUEST" and any(s.dep_ == "nsubj" for s in cl.children):
            return Trigger(tok, entry[0], entry[1], particle=mark)
    # "began pulling back tanks and troops", "agreed to pull back troops": the parser makes the particle an adjective
    # of the object right after the verb; read as the phrasal verb's particle (session 27)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (
        nxt is not None
        and nxt.dep_ in ("amod", "advmod")
        and nxt.head.dep_ in ("dobj", "obj")
        and nxt.head.head.i == tok.i
        and (entry := lex.particle.get(f"{lemma} {nxt.lower_}")) is not None
        and lemma not in lex.reflexive_particle_verbs
        and f"{lemma} {nxt.lower_}" not in lex.courtesy_particles
    ):
        return Trigger(tok, entry[0], entry[1], particle=nxt)
    if lemma == "call" and obj is not None and _called_party(obj) and _infinitive_asked(tok):
        # "the resolution called Moscow to withdraw its forces" (UN, agency and translated copy drop the "on"): a
        # call on the object to act, as "urged Moscow to" (session 21)
        return Trigger(tok, "REQUEST", None)
    if lemma == "call" and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in tok.children):
        return None  # "called the president a liar": a characterisation, not a phone call
    held = _held_responsible(tok, lemma, obj)
    if held is not None:
        return held
    if lemma in lex.courtesy_verbs and obj is not None and (_office_holder(obj) or _guest(obj)):
        return Trigger(tok, *lex.courtesy_verbs[lemma])  # "will welcome Prime Minister Albanese": hosting
    if lemma in lex.own_envoy_verbs and obj is not None and _own_envoy(tok, obj):
        return Trigger(tok, "SANCTION", "withdraw", obj=obj)
    if lemma in lex.verb_objects:
        found = _object_trigger(tok, lemma, obj)
        if found is not None and lemma in lex.receiving_verbs and found.type == "CONSULT" and not _caller(tok, found):
            return None  # "received calls to resign", "received calls from angry citizens": no caller side named
        if found is None and obj is None:
            shared = _shared_object(tok)
            found = _object_trigger(tok, lemma, shared) if shared is not None else None
            later = _verb_trigger(shared.head) if found is not None and shared is not None else None
            if found is not None and later is not None and later.type != found.type:
                found = None  # "opposed and condemned the decision": one act, of the kind the later verb makes it
        if (
            found is not None
            and found.obj is not None
            and found.obj.lemma_.lower() in lex.future_only_objects.get(lemma, ())
        ):
            promise = modality(tok, nominal=False)
            if promise.status not in _PROMISED:
                return (
                    None  # "gave a befitting reply": a past act told by its effect; only a promised reply is a threat
                )
            if not (promise.by_aux or promise.reported):
                # "a white paper stressing its willingness to use force to thwart any move towards independence": a
                # stance nobody states to anyone (no will/would, no speaker) is a policy, no threat made (session 26)
                return None
        if (
            found is not None
            and found.obj is not None
            and {found.obj.lemma_.lower(), found.obj.lower_} & lex.third_party_objects.get(lemma, frozenset())
            and _doer_names_a_state(tok)
        ):
            return None  # "Israeli helicopters evacuated the wounded from Gaza": a side's own casualties
        if found is not None and _course_stated(found):
            return None  # "reiterated its commitment to achieving denuclearization": a course stated, no pledge
        if found is not None:
            return found
    if lemma in lex.verbs:
        if (
            obj is not None
            and obj.lemma_.lower() in lex.verb_not_objects.get(lemma, ())
            and not (lemma == "sign" and _two_sided_memorandum(tok, obj))
        ):
            return None
        if "*" in lex.verb_not_objects.get(lemma, ()) and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            return None  # "demonstrated its commitment", "demonstrated that ...": showing, not a protest
        if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" not in lex.particle for c in tok.children) and lemma in (
            "sign",
        ):
            return None
        if lemma == "raise" and (obj is None or obj.pos_ not in ("NOUN", "PROPN")):
            return None
        if lemma in _ASK_VERBS and not _asks_for_something(tok):
            return None  # "Asked whether he still regarded Xi as a dictator": a question, not a request
        if lemma == "receive" and obj is not None and obj.lemma_.lower() in lex.verb_not_objects.get("receive", ()):
            return None
        if lemma in lex.future_only_verbs and modality(tok, nominal=False).status not in _PROMISED:
            return None  # "responded by banning apps", "did not immediately respond to a request for comment"
        entry = lex.verbs[lemma]
        return Trigger(tok, entry[0], entry[1])
    return None


def _joint_announcement(tok: Token, lemma: str) -> bool:
    """ "Israel and Turkey announced that they would restore full diplomatic relations", "the envoys announced that
    their countries would reopen embassies", "the two countries have decided to restore full diplomatic ties": two
    sides announcing or deciding together what they will do with each other make their agreement (lexicon
    ``joint_announcement``; session 26)."""
    ja = lexicon().joint_announcement
    that_verbs, to_verbs = ja.get("verbs", frozenset()), ja.get("decision_verbs", frozenset())
    if lemma not in that_verbs and lemma not in to_verbs:
        return False
    plurals = lexicon().conceding_agreement.get("mutual_plurals", frozenset())
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    coordinated = subj is not None and (
        any(c.dep_ == "conj" for c in subj.children)
        # "the governments of the United States and Venezuela"
        or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "conj" for o in p.children for g in o.children)
            for p in subj.children
        )
    )
    for clause in tok.children:
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        if lemma in that_verbs and clause.dep_ == "ccomp":
            if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll") for a in clause.children):
                continue
            inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        elif lemma in to_verbs and clause.dep_ == "xcomp" and _to_infinitive(clause):
            inner = subj  # "the two countries have decided to restore": the deciders act
        else:
            continue
        if inner is None:
            continue
        il = inner.lemma_.lower()
        plural_sides = inner.tag_ == "NNS" and il in plurals
        if not (plural_sides or coordinated and (inner is subj or il in ("they", "both"))):
            continue
        found = _verb_trigger(clause)
        if found is not None and found.type in ja.get("types", ()):
            return True
    return False


def readiness_to_join(tok: Token, lemma: str) -> bool:
    """ "said he was ready to work with Putin", "is ready to join Russia in achieving", "is willing to work with",
    "would like to work with Tajikistan": a readiness to act together with a named partner is an offer to it, AGREE
    (lexicon ``readiness_to_join``; session 27). The verb is an infinitive under a readiness adjective after a copula
    ("is ready", "stands ready"), a readiness noun ("his willingness to work with") or "would like"; its partner is
    a ``with`` phrase (``join``: its object). Not negated ("is not ready to work with"), nor with no partner ("ready
    to work together")."""
    rj = lexicon().readiness_to_join
    if lemma not in rj.get("verbs", ()) or not _to_infinitive(tok) or tok.dep_ not in ("xcomp", "acl"):
        return False
    head = tok.head
    if head.lemma_.lower() not in rj.get("heads", ()) and head.lower_ not in rj.get("heads", ()):
        return False
    if head.lemma_.lower() == "like" and not any(c.lower_ in ("would", "'d") for c in head.children):
        return False  # "would like to work with"; "likes to work with" is a habit
    if head.pos_ == "ADJ" and (head.dep_ != "acomp" or head.head.lemma_.lower() not in ("be", "stand", "remain")):
        return False
    governors = (tok, head, head.head) if head.pos_ == "ADJ" else (tok, head)
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for g in governors for c in g.children):
        return False
    if any(
        (c.dep_ == "aux" and c.lower_ in ("could", "might", "may"))
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children))
        for g in governors
        for c in g.children
    ):
        return False  # "could be ready to work with Kyiv if it drops its bid": a possibility, no offer made
    if lemma == "join":
        return any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") for c in tok.children)
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children
    )


def _conceded_act(tok: Token, lemma: str) -> bool:
    """ "agreed to scrap its enrichment plant", "offered to permanently shut down the range", "agreed to freeze":
    one side's agreement or offer to give up its own means or plan is a concession as well as an agreement (lexicon
    ``conceding_agreement``; session 26). Not when the act agreed to makes an event of its own ("agreed to lift the
    sanctions"), nor when two sides agree ("the two sides agreed to halt the fighting", "A and B agreed to freeze")."""
    ca = lexicon().conceding_agreement
    if lemma not in ca.get("verbs", ()):
        return False
    acts = ca.get("acts", frozenset())
    for x in tok.children:
        if x.dep_ != "xcomp" or x.pos_ not in ("VERB", "AUX") or not _to_infinitive(x):
            continue
        xl = x.lemma_.lower()
        phrasal = {f"{xl} {c.lower_}" for c in x.children if c.dep_ in ("prt", "advmod")}
        if xl not in acts and not phrasal & acts:
            continue
        if _verb_trigger(x) is not None:
            return False  # "agreed to lift the sanctions": the lifting is its own event
        head = tok
        while (
            not any(c.dep_ == "nsubj" for c in head.children)
            and head.dep_ in ("conj", "xcomp")
            and head.head is not head
        ):
            head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        sl = subj.lemma_.lower()
        return not (
            sum(1 for c in head.children if c.dep_ == "nsubj") > 1  # a headline's "A, B agree to cease hostilities"
            or any(c.dep_ in ("conj", "appos") for c in subj.children)
            or sl in ca.get("mutual_subjects", ())
            or (subj.tag_ == "NNS" and sl in ca.get("mutual_plurals", ()))
        )  # "the two sides agreed to halt the fighting", "A and B agreed to freeze": an agreement between them
    return False


def _course_stated(tr: Trigger) -> bool:
    """ "reiterated the United States' commitment to achieving denuclearization": a commitment noun whose "to" phrase is
    a verb states a course of action, no pledge to anyone (lexicon ``course_commitments``; session 24); one to a people
    ("reaffirms its commitment to the Nicaraguan people") is solidarity, no pledge either (``public_nouns``)."""
    obj = tr.obj
    lex = lexicon()
    return (
        obj is not None
        and obj.lemma_.lower() in lex.course_commitments
        and any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(g.pos_ in ("VERB", "AUX") or g.lemma_.lower() in lex.public_nouns for g in c.children)
            for c in obj.children
        )
    )


def _shared_object(tok: Token) -> Token | None:
    """The object a verb shares with the verb coordinated after it when it has none of its own ("blocked and water
    cannoned two supply boats", "blocked and sideswiped a patrol vessel"): the later conjunct's object."""
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i:
            o = verb_object(c)
            if o is not None and o.i > c.i:
                return o
    return None


def _held_responsible(tok: Token, lemma: str, obj: Token | None) -> Trigger | None:
    """ "held Israel fully responsible for the repercussions", "considers Washington responsible": the object is
    accused (ACCUSE allege, frames ``verdict.holding_verbs``); the culprit word is the object's predicate, not a
    duty ("responsible for the security of the summit")."""
    fr = lexicon().frames
    if lemma not in fr.holding_verbs or obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    preds = [
        c
        for c in tok.children
        if c.i > obj.i and c.dep_ in ("oprd", "advcl", "acomp", "ccomp", "xcomp") and c.pos_ == "ADJ"
    ]
    preds += [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]  # "held Peru responsible", parsed inside
    culprits = [p for p in preds if p.lower_ in fr.culprit_words or p.lemma_.lower() in fr.culprit_words]
    duties = {w.lemma_.lower() for h in culprits for p in h.children if p.dep_ == "prep" for w in p.subtree}
    if not culprits or duties & fr.duty_nouns:
        return None
    return Trigger(tok, "ACCUSE", "allege", obj=obj)


_OWN = {"its", "their", "our", "his", "her", "my"}


def _to_infinitive(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)


def _told_envoy(tok: Token, obj: Token) -> Trigger | None:
    """An envoy told something: "told the ambassador to leave" expels him, but "told U.S. Ambassador Branstad that the
    law posed serious interference in China's internal affairs" conveys a protest to his state (ACCUSE disapprove,
    CAMEO 111) when what is told holds a disapproval word, and is no event otherwise (lexicon
    ``told_content_verbs``; session 28 round 3, real news)."""
    lex = lexicon()
    told = [c for c in tok.children if c.dep_ == "ccomp"]
    # "told the ambassador that Pakistan valued its ties": the parser may hang the that-clause on the envoy as a
    # relative clause whose "that" is a mark, not a pronoun
    told += [c for c in obj.children if c.dep_ == "relcl" and any(m.dep_ == "mark" for m in c.children)]
    if not told:
        return Trigger(tok, "SANCTION", "expel", obj=obj)
    words = {w.lemma_.lower() for c in told for w in c.subtree} | {w.lower_ for c in told for w in c.subtree}
    if any(c.dep_ == "neg" for c in tok.children) or not words & (lex.disapproval_words | lex.frames.verdict_words):
        return None
    return Trigger(tok, "ACCUSE", "disapprove", obj=obj)


def _envoy_asked_out(tok: Token, obj: Token | None) -> Trigger | None:
    """An envoy asked to leave (lexicon ``expel_orders.envoy_asks``) is expelled: "asked the Turkish ambassador to
    leave", "had asked its Lebanese ambassador to leave within 48 hours" (a possessive with another nationality names
    the envoy accredited to the subject); not "asked its ambassador to return" nor "asked its ambassador to leave"."""
    lex = lexicon()
    if obj is None or obj.lemma_.lower() not in lex.envoy_nouns:
        return None
    own = any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children)
    if own and not any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in obj.children):
        return None
    comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and _to_infinitive(c)]
    comps += [t for t in obj.subtree if t.i > obj.i and t.dep_ in ("acl", "xcomp", "advcl") and _to_infinitive(t)]
    if any(c.lemma_.lower() in lex.leave_verbs and c.lemma_.lower() != "pull" for c in comps):
        return Trigger(tok, "SANCTION", "expel", obj=obj)
    return None


def _directive_trigger(tok: Token, lemma: str) -> Trigger | None:
    """ "ordered Danish soldiers to leave Mali", "ordered French troops out of the country": an order to a
    side that is not the orderer's own to leave is an expulsion (SANCTION expel); "encouraged Japan to talk
    with Russia", "pushed Israel to free prisoners": a verb of encouraging or pressing with an object and an
    infinitive is a request (lexicon ``directive_verbs``, ``expel_orders``; session 13)."""
    lex = lexicon()
    if lemma not in lex.expel_orders and lemma not in lex.directive_verbs and lemma not in lex.envoy_leave_asks:
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "dative", "nsubjpass")), None)
    if lemma in lex.envoy_leave_asks and lemma not in lex.expel_orders | lex.directive_verbs:
        return _envoy_asked_out(tok, obj)
    if (
        obj is None
        or obj.pos_ not in ("NOUN", "PROPN", "PRON")
        or obj.lower_ == "it"
        or obj.lower_.endswith(("self", "selves"))
    ):
        # "encouraged him to talk" asks Xi; "told it to stop exporting chips" is mostly a firm told by its own
        # government, and "pushed itself to ..." asks nobody
        return None
    # "pushed Israel to free prisoners" is parsed as a purpose (advcl): right after the object it is the complement
    comps = [
        c for c in tok.children if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.i > obj.i)) and _to_infinitive(c)
    ]
    if lemma in lex.expel_orders and not any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children):
        # the infinitive may hang inside the object ("ordered Danish soldiers deployed in ... to leave")
        leave = [c for c in comps if c.lemma_.lower() in lex.leave_verbs]
        leave += [
            t
            for t in obj.subtree
            if t.i > obj.i
            and t.dep_ in ("advcl", "acl", "xcomp")
            and _to_infinitive(t)
            and t.lemma_.lower() in lex.leave_verbs
        ]
        out = any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out" and c.i > obj.i for c in tok.children)
        pulled = [c for c in leave if c.lemma_.lower() != "pull" or any(g.lower_ == "out" for g in c.children)]
        if pulled or out:
            return Trigger(tok, "SANCTION", "expel", obj=obj)
    if lemma in lex.directive_verbs and comps and not any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children):
        return Trigger(tok, "REQUEST", None)  # not "instructed its ambassador to ...": one's own are not asked
    return None


def _courtesy_call(verb: Token, prep: Token) -> bool:
    """ "Will call on the President", "called on President Ruto at State House": the preposition names an
    office holder and the verb asks for nothing (no "to ..." or "that ..." complement, no "for ...")."""
    if any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False
    if prep.dep_ == "prt":  # "called up Prime Minister Singh": the verb's own object
        return _office_holder(verb_object(verb))
    return _office_holder(next((c for c in prep.children if c.dep_ == "pobj"), None))


def _caller(verb: Token, tr: Trigger) -> bool:
    """ "received a phone call from President Ruto", "received calls from the leaders of Ghana and Gabon": the "from"
    phrase of a received call names a person, an office holder or a state (a name), not "citizens" or a crowd."""
    for h in (verb, tr.obj):
        for p in h.children if h is not None else ():
            if p.dep_ != "prep" or p.lower_ != "from":
                continue
            for g in p.children:
                if g.dep_ == "pobj" and (
                    _office_holder(g) or g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG")
                ):
                    return True
    return False


def _office_holder(obj: Token | None) -> bool:
    """The noun phrase at ``obj`` names a person or an office holder ("President Ruto", "his counterpart")."""
    if obj is None or any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in obj.children):
        return False
    hosts = lexicon().courtesy_hosts
    words = [t for t in obj.subtree if t.i <= obj.i]  # the object's own words, not its "of Nepal"
    if any(t.lower_ in hosts or t.lemma_.lower() in hosts for t in words):
        return True
    text = " ".join(t.lower_ for t in words)
    return obj.ent_type_ == "PERSON" or any(f" {h}" in f" {text}" for h in hosts if " " in h)


def _guest(obj: Token) -> bool:
    """ "welcomed them", "greeted the visiting delegation": the object names guests, not a decision."""
    guests = lexicon().courtesy_guests
    return obj.lower_ in guests or obj.lemma_.lower() in guests


_ASPECT_VERBS = {"begin", "start", "continue", "resume"}


def _main_assertion(tok: Token) -> bool:
    """The sentence's own predicate (or one coordinated with it, what a reporting verb reports, or
    what "began/continued to" carries): not a verb inside a condition, a relative clause, a purpose
    or another verb's complement."""
    cur = tok
    while cur.dep_ == "conj" and cur.head is not cur:
        cur = cur.head
    if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lexicon().reporting_verbs:
        return _main_assertion(cur.head)
    if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in _ASPECT_VERBS:
        return _main_assertion(cur.head)
    return cur.dep_ == "ROOT"


def _lexicon_reads(lemma: str) -> bool:
    """The lexicon reads this verb on its own (or is deliberately silent on it: reporting and
    characterising verbs); a verb it knows only with listed objects or particles is not read on others."""
    lex = lexicon()
    return lemma in lex.verbs or lemma in lex.reporting_verbs or lemma in lex.characterise_verbs


def _two_sided_memorandum(verb: Token, obj: Token) -> bool:
    """A memorandum signed by two sides is an accord (CAMEO 057), not an executive memo: "A and B signed a
    memorandum", "signed a memorandum with B", "a memorandum of understanding" (the name of a bilateral instrument);
    "the president signed a memorandum directing ..." stays none (session 23: real diplomatic copy)."""
    if obj.lemma_.lower() not in ("memorandum", "memoranda", "memo"):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("understanding", "cooperation") for g in c.children)
        for c in obj.children
    ):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for h in (verb, obj) for c in h.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children) for c in verb.children)


def _cameo_trigger(tok: Token) -> Trigger | None:
    """A verb the event lexicon has no reading for, read with the CAMEO verb dictionary (cameo_verbs.py),
    only as a sentence's main assertion: its generic verbs are too loose anywhere else."""
    lemma = _verb_lemma(tok)
    if _lexicon_reads(lemma) or not _main_assertion(tok):
        return None  # the lexicon's own reading (or its deliberate silence) stands
    obj = verb_object(tok)
    if obj is not None and obj.lemma_.lower() in lexicon().verb_not_objects.get(lemma, ()):
        return None  # "released a statement": the lexicon says this object makes no event
    m = cameo_match(tok, lemma, obj)
    return None if m is None else Trigger(tok, m.type, m.mode, obj=m.obj, particle=m.particle)


@functools.lru_cache(maxsize=1)
def _noun_heads() -> frozenset[str]:
    """Every word a noun trigger can end in: a token whose word and lemma are not here is no trigger."""
    lex = lexicon()
    return frozenset(k.split()[-1] for k in (*lex.noun_compounds, *lex.nouns, *lex.happening_nouns) if k.split())


def occurrence_verb(v: Token) -> bool:
    """Whether a verb says that its subject event took place, began, went on or ended (lexicon ``occurrence_verbs``):
    "took place", "ended", "came to an end", "got under way", "kicked off"."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    verbs = lexicon().occurrence_verbs
    words = [v.lemma_.lower()]
    for t in v.doc[v.i + 1 : min(v.i + 4, v.sent.end)]:
        if t.pos_ in ("VERB", "AUX", "PUNCT") or t.head.i not in (v.i, *(w.i for w in v.children)):
            break
        words.append(t.lower_)
    return any(" ".join(words[:k]) in verbs for k in range(1, len(words) + 1))


def span_holder(tok: Token) -> Token:
    """The span or batch a happening noun is counted in ("three days of drills", "two rounds of talks"), else the
    noun itself (lexicon ``span_nouns``)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lexicon().span_nouns:
        return tok.head.head
    return tok


def _happened_subject(tok: Token) -> bool:
    """A noun that is the subject of a verb saying it happened ("the exercises took place"), or of a relative clause
    of one on it ("exercises that began on Monday"), also through its span ("three days of drills ended")."""
    tok = span_holder(tok)
    if tok.dep_ in ("nsubj", "nsubjpass") and occurrence_verb(tok.head):
        return True
    return any(c.dep_ == "relcl" and occurrence_verb(c) for c in tok.children)


@functools.lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """Every lemma ``_verb_trigger`` can return a trigger for (reporting verbs, verbs, verb + particle/object)."""
    lex = lexicon()
    return frozenset(
        {
            *lex.reporting_verbs,
            *lex.emphasis_verbs,
            *lex.verbs,
            *lex.verb_objects,
            *(k.split()[0] for k in (*lex.particle, *lex.particle_objects) if k.split()),
        }
    )


def _noun_trigger(tok: Token) -> Trigger | None:
    lex = lexicon()
    heads = _noun_heads()
    if tok.lower_ not in heads and tok.lemma_.lower() not in heads:
        return None
    for key in _noun_key(tok):
        entry = lex.noun_compounds.get(key)
        if entry:
            return Trigger(tok, entry[0], entry[1], nominal=True)
    entry = lex.nouns.get(tok.lower_) or lex.nouns.get(tok.lemma_.lower())
    if entry:
        return Trigger(tok, entry[0], entry[1], nominal=True)
    if _happened_subject(tok):
        # "the joint naval exercises of A and B took place": a happening noun told as having taken place (session 24)
        for key in _noun_key(tok):
            entry = lex.happening_nouns.get(key)
            if entry:
                return Trigger(tok, entry[0], entry[1], nominal=True)
    return None


def outbreak_sides(tok: Token) -> list[Token]:
    """The two sides a noun of fighting breaking out names ("clashes broke out between Thailand and Cambodia",
    "fighting between Armenia and Azerbaijan erupted", "the violence that flared between Kyrgyz and Tajik guards",
    "clashes broke out on the border between A and B"): the between-phrase's objects on the noun, on the onset verb
    it is the subject of (or the relative clause of one on it), or on a place that verb's phrase names; [] when the
    noun is no such subject or the phrase names fewer than two."""
    lex = lexicon()
    if tok.lemma_.lower() not in lex.outbreak_nouns and tok.lower_ not in lex.outbreak_nouns:
        return []
    verbs = [tok.head] if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex.outbreak_verbs else []
    if tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(c.dep_ == "expl" for c in tok.head.children):
        verbs.append(tok.head)  # "there were clashes between A and B on Sunday"
    verbs += [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in lex.outbreak_verbs]
    if not verbs:
        return []
    holders = [tok, *verbs]
    holders += [g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                sides = [g for g in c.children if g.dep_ == "pobj"]
                sides += [x for g in sides for x in g.conjuncts]
                paired = any(x.dep_ == "cc" for g in sides for m in g.children for x in m.children)
                # "between Russian and Ukrainian forces"; a between-phrase of other kinds of sides rules out a line
                return sides if len(sides) >= 2 or (sides and paired) else []
    armed = tok.lemma_.lower() in lex.outbreak_line_nouns or tok.lower_ in lex.outbreak_line_nouns
    for h in holders[len(verbs) + 1 :] if armed else []:
        if h.lemma_.lower() not in lex.outbreak_lines:
            continue
        # "along the Israel-Lebanon border", "on the Thai-Cambodian border": the two names a dash joins
        for m in h.children:
            if m.dep_ in ("compound", "amod", "nmod") and m.i < h.i:
                for g in m.children:
                    dash = tok.doc[g.i + 1 : m.i]
                    if (
                        g.dep_ in ("compound", "amod", "nmod")
                        and len(dash)
                        and all(t.text in "-\u2013\u2014" for t in dash)
                    ):
                        return [g, m]
    return []


def _outbreak(tok: Token) -> Trigger | None:
    """Fighting that broke out between two named sides is an ASSAULT between them (lexicon ``outbreak_nouns``)."""
    return Trigger(tok, "ASSAULT", None, nominal=True, frame="outbreak") if outbreak_sides(tok) else None


def _joint(tr: Trigger | None) -> Trigger | None:
    """ "began joint military exercises", "combined drills": forces exercising together cooperate (CAMEO 062);
    a show of force stays one only when nothing says it is held jointly."""
    lex = lexicon()
    if tr is None or tr.type != "MOBILIZE" or lex.joint_entry is None:
        return tr
    noun = tr.head if tr.nominal else tr.obj
    if noun is None or not any(
        c.dep_ in ("amod", "compound") and c.lower_ in lex.joint_modifiers for c in noun.children
    ):
        return tr
    return Trigger(
        tr.head, lex.joint_entry[0], lex.joint_entry[1], obj=tr.obj, particle=tr.particle, nominal=tr.nominal
    )


_SHARE_VERBS = {"have", "play", "bear"}


def denied_share(verb: Token) -> Token | None:
    """The act whose share a verb denies: "denied any involvement in the poisoning", "denied it had any part
    in the strikes", "had played no part in the operation"; the act noun, or None."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    holders: list[Token] = []
    if lemma == "deny":
        holders = [c for c in verb.children if c.dep_ == "dobj"]
        holders += [
            d
            for c in verb.children
            if c.dep_ == "ccomp" and c.lemma_.lower() in _SHARE_VERBS
            for d in c.children
            if d.dep_ == "dobj"
        ]
    elif lemma in _SHARE_VERBS:
        holders = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ]
    for share in holders:
        if share.lemma_.lower() not in lex.share_nouns:
            continue
        for prep in [*share.children, *share.head.children]:  # "played no part in": the parser may hang it on the verb
            if prep.dep_ == "prep" and prep.lower_ in ("in", "behind"):
                for act in prep.children:
                    if act.dep_ == "pobj" and (
                        act.lemma_.lower() in lex.act_nouns or act.lower_ in lex.act_nouns or _noun_trigger(act)
                    ):
                        return act
    return None


def _share_trigger(tok: Token) -> Trigger | None:
    """ "Moscow denied any involvement in the poisoning": the denied act itself (its status is negated),
    not a REJECT; "denied any involvement" with no act named stays a rejection."""
    act = denied_share(tok)
    if act is None:
        return None
    if tok.lemma_.lower() in _SHARE_VERBS and tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "deny":
        return None  # "denied it had any part in": coded once, at "denied"
    nt = _noun_trigger(act)
    if nt is not None:
        return Trigger(tok, nt.type, nt.mode, obj=act)
    kind = lexicon().act_nouns.get(act.lemma_.lower()) or lexicon().act_nouns[act.lower_]
    return Trigger(tok, kind, None, obj=act)


def _signing(tok: Token) -> Trigger | None:
    """ "through the signing of seven memoranda", "witnessed the signing of three agreements": an agreement (AGREE)
    at the verb that governs the signing, so its subject signs and its date and status hold; elsewhere ("the
    signing of the accord in Doha") a nominal agreement. The "of" phrase must name a document."""
    fr = lexicon().frames
    preps: tuple[str, ...] = ("of",)
    if tok.lemma_.lower() in fr.signing_occasions and any(
        c.dep_ in ("compound", "amod") and (c.lemma_.lower() in fr.signing_nouns or c.lower_ in fr.signing_nouns)
        for c in tok.children
    ):
        # "witnessed signing ceremonies of (for) bilateral agreements": the occasion is the signing
        preps = ("of", "for")
    elif tok.lemma_.lower() not in fr.signing_nouns and tok.lower_ not in fr.signing_nouns:
        return None
    docs = [
        d
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
        for d in (g, *g.conjuncts)
    ]
    if "for" in preps and tok.dep_ == "dobj":
        # "witnessed signing ceremonies for various agreements": the parser may hang the "for" phrase on the verb
        docs += [
            g
            for c in tok.head.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    if not any(d.lemma_.lower() in fr.signing_documents or d.lower_ in fr.signing_documents for d in docs):
        return None
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in fr.signing_verbs:
        return Trigger(tok.head, "AGREE", None, obj=tok, frame="signing")
    if tok.dep_ == "pobj" and tok.head.lower_ in fr.signing_preps and tok.head.head.pos_ == "VERB":
        return Trigger(tok.head.head, "AGREE", None, obj=tok, frame="signing")
    return Trigger(tok, "AGREE", None, nominal=True)


def _concluded_between(tok: Token) -> Trigger | None:
    """ "the accord was concluded between Chile on one side and Peru ... on the other": a passive verb of settling a
    text (lexicon ``between_agreement_verbs``) with a "between" phrase naming a state is an agreement (AGREE)."""
    if tok.lemma_.lower() not in lexicon().between_agreement_verbs:
        return None
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            if any(
                g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG")) for g in c.children
            ):
                return Trigger(tok, "AGREE", None)
    return None


def _fire_noun(tok: Token) -> Trigger | None:
    """ "the firing of a ballistic missile by North Korea", "the launch of two cruise missiles": a launch stated as
    a noun whose "of" phrase is a projectile is a show of force (MOBILIZE weapons, frames.yaml ``aimed_fire.nouns``)."""
    fr = lexicon().frames
    if tok.lemma_.lower() not in fr.fire_nouns and tok.lower_ not in fr.fire_nouns:
        return None
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not any(_projectile(g, fr) for g in of):
        return None
    return Trigger(tok, "MOBILIZE", "weapons", nominal=True)


def _protested_attack(tr: Trigger) -> bool:
    """ "summoned the envoy to protest Turkish airstrikes on Kurdish positions": an attack a protest names, not
    one it refers back to ("condemned the strikes"), is an event of its own as well as the protest's object."""
    obj = tr.obj
    if tr.type != "ACCUSE" or obj is None or obj.pos_ != "NOUN":
        return False
    if by_agent(obj) is not None and _act_noun_trigger(obj) is not None:
        # "protested the arrest of a businessman by Chinese police": an act whose doer the phrase names is told in
        # full, an event of its own (session 24)
        return True
    nt = _noun_trigger(obj)
    return (
        nt is not None
        and nt.type in lexicon().reaction_act_types
        and (nt.type not in lexicon().reaction_single_types or obj.tag_ != "NNS")
        and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children)
    )


_PHONE_PREPS = {"by", "over", "via"}
_PHONE_WORDS = {"phone", "telephone", "videoconference", "video", "videolink"}


def _by_phone(tok: Token) -> Trigger | None:
    """ "expressed extreme disappointment by phone to his counterpart", "told Zarif by telephone that ...": what one
    side says to another by phone is said in a call between them (CONSULT phone/video, CAMEO 040) as well as the act
    it is; a verb that is itself a consultation ("spoke by phone") is coded once. The phrase may hang on the verb or on
    its object."""
    if tok.pos_ != "VERB":
        return None
    holders = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in _PHONE_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and (g.lemma_.lower() in _PHONE_WORDS or g.lower_ in _PHONE_WORDS):
                        return Trigger(tok, "CONSULT", "phone/video", particle=c, frame="phone")
    return None


def _war_state(tok: Token) -> Trigger | None:
    """ "We are at war", "said the country was at war": a copula with "at" + war (lexicon ``war_state_nouns``) states a
    state of war, a threat of force at the copula (session 27); "at war with terrorism" (a "with" phrase that names
    no state or group), "not at war" and "at a trade war" are no state of war."""
    if tok.lemma_ not in lexicon().stance_copulas or tok.dep_ in ("aux", "auxpass") or tok.pos_ not in ("AUX", "VERB"):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    for c in (*tok.children, *(g for c in tok.children if c.dep_ == "prep" for g in c.subtree)):
        if c.dep_ == "prep" and c.lower_ == "with":
            foe = [g for g in c.children if g.dep_ == "pobj"]
            if not foe or not all(g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "NORP", "ORG") for g in foe):
                return None  # "we are at war with terrorism", "at war with nobody": no side to be at war with
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "at":
            for g in c.children:
                if (
                    g.dep_ == "pobj"
                    and g.lemma_.lower() in lexicon().war_state_nouns
                    and not any(m.dep_ in ("compound", "amod", "det", "poss", "nmod") for m in g.children)
                ):
                    return Trigger(tok, "THREATEN", None)
    return None


def _copular_stance(tok: Token) -> bool:
    return (
        tok.lower_ in lexicon().stance_adjectives
        and tok.dep_ == "acomp"
        and tok.head.lemma_ in lexicon().stance_copulas
        and tok.head.pos_ in ("AUX", "VERB")
    )


def _stance_adjective(tok: Token) -> Trigger | None:
    """ "China is firmly opposed to the United States adding 33 entities to its list": a copula with a stance
    adjective reads as its verb ("opposes"; lexicon ``stance_adjectives``) on the "to" phrase, at the copula."""
    lex = lexicon()
    lemma = lex.stance_adjectives.get(tok.lower_)
    if lemma is None or not _copular_stance(tok):
        return None
    if any(c.dep_ == "neg" for c in (*tok.children, *tok.head.children)):
        return None  # "is not opposed to talks"
    what = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    if not what:
        return None
    obj = what[0]
    if obj.pos_ in ("VERB", "AUX") and lemma in lex.course_commitments:
        return None  # "we are committed to using every tool": a course of action stated, no pledge to anyone
    if obj.pos_ in ("VERB", "AUX"):  # "opposed to the United States adding ...": the doer, else the act
        obj = next((c for c in obj.children if c.dep_ in ("nsubj", "poss")), obj)
    table = lex.verb_objects.get(lemma, {})
    for key in _noun_key(obj):
        if key in table:
            return Trigger(tok.head, table[key][0], table[key][1], obj=obj)
    entry = lex.verbs[lemma]
    return Trigger(tok.head, entry[0], entry[1], obj=obj)


def _meeting_called_off(tr: Trigger) -> bool:
    """A meeting a negating verb takes as object ("cancelled his visit to Algeria", "called off the summit",
    "scrapped talks"): the verb's own act (a withdrawal) is coded, and the meeting stays a noun event of its
    own, which did not take place (modality: negated)."""
    obj = tr.obj
    if obj is None or tr.nominal or obj.i == tr.head.i:
        return False
    if not negating_verb(tr.head):
        return False
    own = _noun_trigger(obj)
    return own is not None and own.type == "CONSULT"


def called_off_meeting(tr: Trigger) -> bool:
    """A meeting noun a negating verb takes ("called off the summit", "the visit was postponed")."""
    n = tr.head
    return tr.nominal and tr.type == "CONSULT" and n.dep_ in ("dobj", "nsubjpass") and negating_verb(n.head)


def _event_subject(verb: Token) -> bool:
    """Whether a verb's subject is a happening noun of another kind than a meeting ("the drills", "the air raid")."""
    lex = lexicon()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN":
            for key in _noun_key(c):
                entry = lex.happening_nouns.get(key) or lex.nouns.get(key)
                if entry and entry[0] != "CONSULT":
                    return True
    return False


def _held_event(verb: Token, tr: Trigger) -> bool:
    """Whether ``tr`` is a passive verb whose subject is an event noun of the same type with no doer named: "talks
    between the United States and China were held", "the U.S.-China talks were conducted in Geneva". The verb has
    no side (its subject is the event), so the noun's own trigger codes it, with the sides its "between" or its
    compound names."""
    obj = tr.obj
    if obj is None and verb.lemma_.lower() in lexicon().happening_verbs:
        # "stalled trade talks would resume", "negotiations between Kyiv and Moscow resumed": an intransitive verb of
        # taking place whose subject is the event noun (session 22)
        obj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
            return False
    elif obj is None or obj.dep_ != "nsubjpass" or obj.head.i != verb.i or by_agent(verb) is not None:
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("between", "among", "with")) for c in verb.children):
        return False  # "the deal was concluded between Chile and Peru": the verb names the sides
    own = _joint(_noun_trigger(obj))
    return own is not None and own.type == tr.type


_VERB_LOOP_POS = frozenset({"VERB", "AUX", "ADJ"})


def court_ruling(tok: Token) -> Token | None:
    """ "Kenya's High Court ruled the planned deployment unconstitutional", "a high court suspended a government
    directive", "the court set aside the order of the Centre": a court voiding an act (lexicon ``court_voiding_verbs``,
    ``court_verdict_verbs`` with ``court_void_words``, ``government_act_nouns``); the act's head, else None. The coder
    gives it its sides (coder._court_rulings)."""
    lex = lexicon()
    if tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return None
    courts = lex.court_agent_nouns | {"tribunal"}
    subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
    subj += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not subj and tok.dep_ == "conj":
        subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not subj or subj[0].lemma_.lower() not in courts:
        return None
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if lemma in lex.court_voiding_verbs:
        prt = lex.court_voiding_verbs[lemma]
        if prt is not None and not any(c.dep_ == "prt" and c.lower_ == prt for c in tok.children):
            return None
        return next((o for o in objs if o.lemma_.lower() in lex.government_act_nouns), None)
    if lemma in lex.court_verdict_verbs:
        said = objs + [c for c in tok.children if c.dep_ in ("ccomp", "oprd", "xcomp")]
        for c in said:
            words = list(c.subtree)
            if not any(w.lower_ in lex.court_void_words for w in words):
                continue
            act = next((w for w in words if w.lemma_.lower() in lex.government_act_nouns), None)
            if act is not None:
                return act
    return None


@functools.lru_cache(maxsize=1)
def _court_verbs() -> frozenset[str]:
    """The verbs court_ruling reads, built once (find_triggers asks for every verb token)."""
    lex = lexicon()
    return frozenset(lex.court_voiding_verbs) | lex.court_verdict_verbs


def find_triggers(sent: Span) -> list[Trigger]:
    """Every candidate event word of a sentence, verbs first; nouns a verb consumed are skipped."""
    verbs: list[Trigger] = []
    consumed: set[int] = set()
    for tok in sent:
        pos = tok.pos_
        if pos not in _VERB_LOOP_POS:
            continue  # every branch below adds only for a verb, an auxiliary or an adjective (session 22: speed)
        if pos in ("VERB", "AUX") and (tok.dep_ in ("ccomp", "ROOT") or held_view(tok) is not None):
            verdict = _verdict_trigger(tok)
            if verdict is not None:
                verbs.append(verdict)
                continue
        if pos in ("ADJ", "VERB"):
            if _copular_stance(tok):
                stance = _stance_adjective(tok)
                if stance is not None:
                    verbs.append(stance)
                continue  # the copula's stance, or none: never the adjective's own verb reading
        if tok.dep_ == "xcomp" and tok.lemma_.lower() in lexicon().frames.culprit_words and tok.head.lemma_ == "be":
            continue  # "Lima was to blame": Lima is blamed, it blames nobody
        if _attributive_participle(tok):
            continue  # "holding threatening military exercises": an adjective of the head verb's object
        if pos in ("AUX", "VERB") and (war := _war_state(tok)) is not None:
            verbs.append(war)
            continue
        if pos == "VERB" or (pos == "AUX" and tok.lemma_ == "have" and tok.dep_ not in ("aux", "auxpass")):
            ruled = court_ruling(tok) if tok.lemma_.lower() in _court_verbs() else None
            tr = Trigger(tok, "SANCTION", None, frame="court_ruling") if ruled is not None else None
            tr = tr or _joint(
                _share_trigger(tok)
                or _unrecognised(tok)
                or _verb_trigger(tok)
                or _concluded_between(tok)
                or _cameo_trigger(tok)
            )
            if tr is not None and _held_event(tok, tr):
                continue  # "the U.S.-China talks were held in Geneva": the event noun names its sides, not the verb
            if tr is not None and tr.type == "CONSULT" and _event_subject(tok):
                continue  # "the drills came to an end", "the strikes came after talks": an event neither meets nor travels
            if tr is not None:
                verbs.append(tr)
                if tr.type == "AGREE" and tr.obj is None and _conceded_act(tok, _verb_lemma(tok)):
                    # "had agreed to scrap its test site": the agreement, and beside it the concession it makes
                    verbs.append(Trigger(tok, "CONCEDE", None))
                if (
                    tr.type == "REQUEST"
                    and tr.mode in lexicon().inviting_modes
                    and not (tok.dep_ == "acl" and tok.tag_ == "VBN")
                ):
                    # "invited Putin to visit China": the request, and beside it the inviter's agreement to receive;
                    # not a participle that tells how a person came ("von der Leyen, invited by Macron, joined")
                    verbs.append(Trigger(tok, "AGREE", None, obj=tr.obj, particle=tr.particle))
                if (
                    tr.obj is not None
                    and tr.obj.lemma_.lower() not in lexicon().accusation_nouns
                    and not _protested_attack(tr)
                    and not _meeting_called_off(tr)
                ):
                    # "rejected Chilean accusations that its troops had crossed": the accusation stays an event
                    consumed.add(tr.obj.i)
    # both read verbs only (``_blamed_act``, ``_by_phone``): the sentence's verbs, listed once
    sent_verbs = [tok for tok in sent if tok.pos_ == "VERB"]
    # a blamed act accuses its doer beside its own event ("said the vessel had intentionally rammed its ship"); told
    # after the verbs so that the word's own type stays its type
    verbs += [
        b
        for b in (_blamed_act(tok) for tok in sent_verbs)
        if b is not None and not any(t.head.i == b.head.i and t.type == "ACCUSE" for t in verbs)
    ]
    # a harm told as caused by another side's act ("said the clash was caused by the Indian side"), the same way
    verbs += [
        b
        for b in (_blamed_cause(tok) for tok in sent if tok.pos_ in ("VERB", "AUX"))
        if b is not None and not any(t.head.i == b.head.i and t.type == "ACCUSE" for t in verbs)
    ]
    consults = {t.head.i for t in verbs if t.type == "CONSULT"}
    verbs += [t for t in (_by_phone(tok) for tok in sent_verbs if tok.i not in consults) if t is not None]
    verb_types = {t.head.i: t.type for t in reversed(verbs)}  # a word's own act first, not the call it was made in
    nouns: list[Trigger] = []
    for tok in sent:
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "nsubj" and tok.i not in consumed:
            gerund = _outbreak(tok)  # "Fighting between Armenia and Azerbaijan broke out": a gerund read as a verb
            if gerund is not None:
                verbs = [t for t in verbs if not (t.head.i == tok.head.i and t.type == gerund.type)]
                nouns.append(gerund)
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed:
            continue
        if tok.dep_ == "compound":
            continue
        signed = _signing(tok)
        if signed is not None:
            if not signed.nominal and signed.head.i in verb_types:
                continue  # the governing verb codes its own event ("signed ... with the signing of")
            (nouns if signed.nominal else verbs).append(signed)
            continue
        tr = (
            _outbreak(tok)
            or _joint(_noun_trigger(tok))
            or _fire_noun(tok)
            or _swap_trigger(tok)
            or _act_noun_trigger(tok)
        )
        if tr is None:
            continue
        if _acted_on(tok, tr):
            continue  # "since the cancellation of bilateral security talks": the talks were called off, not held
        # "arrive in Beijing for talks", "visited Tianjin for talks": the verb's own event
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        if (
            (verb_types.get(gov.i) == tr.type or verb_types.get(tok.head.i) == tr.type)
            and tok.lemma_.lower() not in lexicon().accusation_nouns  # "protest Copenhagen's allegations that ..."
            and tr.frame != "outbreak"  # "fighting erupted between A and B": the sides are the noun's
        ):
            continue
        if tr.frame == "outbreak":
            # "fighting erupted between A and B": one act, told by the noun, dated by the verb it breaks out with
            onset = {tok.head.i} | {c.i for c in tok.children if c.dep_ == "relcl"}
            verbs = [t for t in verbs if not (t.head.i in onset and t.type == tr.type)]
        nouns.append(tr)
    return verbs + nouns
