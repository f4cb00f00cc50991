"""Records the coder produces: frozen, plain, storable.

An ``EventMention`` is one claim in one sentence of one article: who did what to whom, with the
modality the text gives it ("met" vs "will meet" vs "did not meet") and the spans that support it.
Reconciliation later merges mentions of the same real-world event across articles.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Party", "EventPlace", "EventMention", "STATUSES", "PLOVER_TYPES", "SYMMETRIC_TYPES", "CODER", "mention_id"]

# What each coder version changed:
#   16+types: "will not / could not accept" is REJECT; an act made conditional ("unless ...") is an ultimatum
#      (THREATEN); "is prepared to" is willingness (hypothetical); accepting demands is CONCEDE; a restated demand
#      ("reiterated its demand that ...") is a REQUEST by the demand's owner and what it demands no event; a force
#      that arrives is MOBILIZE, or AID as peacekeeping (issue 15, types)
#   16: 15 without "is to visit" as planned (it cost must events on held-out real news: purposes, "the visit was to ...")
#   15: 12 and 14 together. 12 (status, issue 15/16): a finite conjunct does not take its head's "would"; aid
#      promised with "would" under a saying verb is planned; an announcement still to come stays planned; a simple
#      past is never made planned by a later date; "was called off", a failed attempt, are negated; "is to visit"
#      is planned. 14 (trigger coverage, issue 15): dropping a designation or tariff is CONCEDE, declaring war
#      THREATEN, freezing contacts or scrapping a programme SANCTION, ratify/hail SUPPORT, test-fire MOBILIZE, an
#      arrest warrant ACCUSE, an ultimatum THREATEN, an invitation REQUEST; switching recognition is two events
#   11: a flashback of the story's own days ("had held talks on Tuesday") takes the dateline (issue 16, places)
#   10: praising or condemning an act is aimed at its actor; talks with unnamed officials in a foreign city are
#      with that country; "offered to" is AGREE; two states acting on "their ties" target each other; travel is
#      a visit; a country adjective is no part of a person's name (issue 15, dyads)
#   7, 9: verbs the event lexicon lacks are read with the CAMEO verb patterns of PETRARCH2 (verb + object,
#      particle or preposition; main clause only; cameo_verbs.py); a promised response is THREATEN;
#      withdrawing from a deal or an envoy, cancelling a gala, is SANCTION (issue 15, types)
#   8: dyads and trigger coverage (issue 15): a list of places is one event per place with its own date ("met in
#      Oslo in March, Doha in June"); every coordinated side; no target from a scene phrase; giving, providing and
#      contributing aid, cuts and suspensions of aid, sharing evidence, calling an office-holder, releases,
#      cyberattacks; a cancelled visit's target is its destination
#   6: a person or delegation acts at the dateline of another country ("BEIJING - Trump urged Xi"); a
#      statement happened where it was said ("told reporters in Tokyo that ..."); a "where" clause at its
#      place ("in Ankara, where he met Erdogan") (issue 16, places)
#   5: a date is never a light verb's object ("held talks ... on March 3" was a protest march); "held rounds
#      of talks on <date>" dates the talks; "at the start of the year" is January, "at the end of" it
#      December, but not a deadline ("by the end of the year") (issue 16, dates)
#   4: an announced measure is dated by its announcement, not by the day it takes effect ("from June 1");
#      a state that lasts "since <dated happening>" began then; an undated event shares the time of the
#      dated event whose clause governs it, else of the nearest one before it (issue 16, dates)
#   3: characterising another's act ("called the curbs an abuse") is ACCUSE; a coercive act stated as possible
#      is THREATEN; what "announce" announces; approved arms sales are AID; a decided measure is taken that
#      day; dates of when-clauses, purpose infinitives, 'after <dated event>', a nominal's participle or
#      phrase, the most specific nested date; one event per date of a list; the lead's day; a fronted place
#      for coordinated clauses (issue 16, dates);
#      parties coordinated inside a noun phrase; "they"/"the two sides" take the nearest antecedent; IGO
#      office holders; he/she/it by gender, binding and unknown antecedents; no event naming neither side;
#      "each other"; "prompted X to" object control (issue 15, dyads)
#   2: one mention per implied/reported twin; event places (dateline by side, governing preposition, most
#      specific); an undated event in a paragraph recounting dated history takes that date; trigger coverage
#      of policy acts, nominal calls and talks, attacks (issue 15); lists of parties, no party from another
#      clause, target in the mention id
#  17: session 7, every branch measured on a real-news dev set too: decisions that are the measure and
#      planned programmes (status); definite descriptions, envoys, 65 more states (dyads); CAMEO type
#      conventions, 84 state adjectives (types); deliveries, expulsions, transits, shadowing, recognition
#      (missed, data/events/frames.yaml); courtesy calls, joint exercises; dates of lists and named deals
#      (dates); wire datelines, summons, calls and postings as places (geo)
#  18: a visit "during" talks takes their date and place; a joint exercise takes no dateline; shadowing a
#      warship happens where the ship went (session 7, places2); title anaphors ("the secretary"), doubled
#      tariffs (lead)
#  19: a pronoun skips a verb's second "subject" after it, a misparsed object ("Xi told Biden ... He") (lead)
#  20: "the administration"/"the government" in what a state's official says is that state (lead)
#  21: attacks/aid/complaints aimed at the foreign place's state, "by -ing" manner clauses (dyads); dates on
#      infinitives, day-setting sentences, "through <weekday>", "during which" windows, topic places (dates)
#  22: verb + object CAMEO rows (strengthen forces, demolish homes, allow inspectors ...), welcoming a person is
#      hosting, "asked whether" is no request, a denied share in an act is that act negated (types)
#  23: verdicts on another side's act are accusations, "the ministry" names its nearest qualified antecedent,
#      a group led by a person acts for their country (missed)
#  24: a negated future is an intent (no event), "will not release" is REJECT, welcoming an official is
#      hosting, a threat's content is no event, a statement is not split by the places it is about (precision)
#  25: gatherings on the subject, legislatures and councils at the capital, IGO statements at their seat,
#      "the Gomel region" as printed, attacks where they strike, "City" kept in a city's name (places)
#  26: CAMEO classes with no trigger: joining an alliance, court sentences, designations, emergencies, war
#      games, evacuations, violations, sworn to fight, pulling out of deals, suspended contacts, deadlines (triggers2)
#  27: a visit goes from guest to host whoever is the subject ("received", "hosted", "the visiting
#      delegations"); a one-sided pledge keeps its direction (extra.one_sided) (dyads2)
#  28: a place carries the name as the article prints it (EventPlace.text: "Gomel" for Homyel',
#      "St Petersburg"), None for a place no mention printed (a capital or seat rule) (placetext)
#  29 (session 9): a measure or condemnation naming no other side is aimed at the foreign state its sentence is
#      set in ("after Paris suspended aid", in Niamey); a country word before a currency ("U.S. dollars") is no
#      party (dyads9); an undated plan takes the still-to-come time of the sentence before it, an undated
#      past-perfect flashback the date of the news it is told in, and a past-perfect clause's date does not
#      carry to the sentences after it (dates9); demonstrations (a crowd that gathers protests; a mission
#      protested at is its state's target; an unnamed crowd is of the country where it protests), a claim judged
#      false is rejected (REJECT), measures placed or put on a side are sanctions (types9);
#      a planned act is placed by the current visit, not one told as history; "began a visit" is a visit; an
#      attack on a target described by a participle clause is where the target is; a compass word stays in the
#      printed place; a protest at a foreign mission is where the mission is (places9); "suggested that X has
#      agreed" is a reported claim, not a proposal, and a first-person "I want to thank" performs the thanks
#      (status9); a reported hostile act no event word codes ("said China had been spying") or a side said to
#      be responsible, to blame or behind an act accuses it; a complaint filed or a case brought accuses
#      (triggers9); arms or aid received "from" a party is that party's AID to the receiver (from9)
#  30 (session 10): fire aimed into another state is ASSAULT on it; an intercepted projectile is its firer's
#      ASSAULT on the interceptor (security10); a summons with no agent is the host's, a mission closure another
#      side orders is the orderer's SANCTION, an envoy ordered home is his state's recall, demarches are ACCUSE,
#      "his country" is the pronoun's state (diplomacy10)
#      a nominal event takes the date of the verb it is the subject of; an undated plan in a later paragraph
#      takes the programme the lead announces (dates10)
#      an ordered measure is the orderer's; a withdrawn complaint concedes to the accused state, never the
#      forum; a state's accusation stated as a noun is its ACCUSE (dyads10)
#      signing ceremonies are AGREE of the governing verb's subject; relief delivered is AID; tariffs cut and
#      firms delisted are CONCEDE; countermeasures announced are SANCTION; respect and gratitude expressed are
#      SUPPORT; arms sales authorised are AID (coop10)
#      tightened ties are no sanction; a past verb the parser hangs on a refused one keeps the governing
#      status; an act noun owned by another side (the US's order, American sanctions) is that side's act
#      (precision10)
#      a named warship's prefix names its state; expelling a ship or aircraft is COERCE; a transit naming no
#      other side faces the reporting state; joint drills are COOPERATE between the two forces; an attack
#      noun's of-side is its target; a relative clause says when an event noun began (security10)
#      envoys expelled with no agent are expelled by their host; opening an embassy is SUPPORT; a mission's
#      in-place names its host state (diplomacy10, later commits)
#      an attack takes the place it strikes; verbs sharing a placed object share its place; a visit to a
#      country with no city stated is at its capital (places10)
#      a breach of law or sovereignty a speaker says another side committed is the speaker's ACCUSE; stated
#      congratulations back, stated condemnation, anger or objection accuse (speech10)
#      a weapon as the subject of hit/pound/target is its side's ASSAULT (weapons10)
#      a meeting stated as the setting of a statement ("said at the start of a meeting with Y") is the
#      speaker's CONSULT; "on the resort island of Bali" places the event (meeting10)
#      guests of a multi-party meeting in one side's named place each meet the host (summit10)
#  31 (session 11): breaking relations is a sanction; a vowed retaliation is a threat made; measures taken (or
#      decided) and aimed are a sanction, taken and not aimed no event; a refusal is one event; what is raised
#      with someone is a topic (precision11, policy11); relief airdrops are aid; an action noun ("the suspension
#      of aid") decides what is done to its of-object; an order acts for its owner through a relative clause;
#      a licence required for exports is an export control (policy11); guests of any symmetric event in one
#      party's place pair with the host; "inside/within" list places (parties11); an attack with no named doer
#      is ASSAULT from an unnamed side on the struck state; an attack a protest names is the protested side's;
#      missile tests and launches are MOBILIZE weapons (attacks11); a dated meeting that names nobody is
#      between the article's main pair (talks11); a list of dates of one event noun is one event per date;
#      "earlier this month" is past; an undated plan takes the programme day of publication (dates11);
#      wire datelines of more styles; context places: a thing named again with "the", an attack's struck
#      place, the happening verb's place (places11); shelling, bombing, incursion, offensive and clashes are attack
#      nouns; an event noun after "after/following" a past verb took place; a date right after such a noun
#      is its own (nouns11); a pledge naming no addressee, and an agreement or request still to come naming
#      no other side, take no counterpart from the context (speakers11)
#  32 (session 12): air and sea encounters (intercepts, manoeuvres, collisions, rammings, exchanged fire) are
#      coercion of the craft's owner, a protested patrol a show of force; the cancellation of talks is no
#      CONSULT (encounters12); a side placed on a blacklist or entity list is sanctioned; a state named by its
#      region ("the West African country") is the nearest earlier state of that region (missed12); what two
#      sides agreed to do is the AGREE, agreeing to a fact a view; a relative clause describes the first of two
#      names (precision12); the dateline day is no event date when the word has another; lists of rounds; "a
#      day after" another event; a "since" aside dates nothing (dates12); talks in a third country and a
#      visit's events take the stated or visited city; forums and venues; towns struck (places12); lists of
#      states, "the country" is not its clause's other side, "they" after co-subjects (dyads12); a third
#      country's dateline yields to the place a later sentence states; press-release datelines (places12b);
#      what a speaker says another side deserves (support12); a declined invitation negates its act, an act
#      on its own "if" is hypothetical (status12)
# 33 (session 13): place of an aid pledge and of a visit named by its city, what a side says to a third state at a
#      meeting (places13); a heading names no side; a date in a describing clause is not the paragraph's (dates13);
#      threats of consequences, refusals to negotiate, laws with deadlines, crowds storming missions, peacekeepers,
#      demands in a later conjunct (types13); plain warnings, makers, "declined to comment", offers of talks
#      (precision13); aid teams, restated support, scrapped trips, protest notes, expulsions ordered, what is said
#      by phone (missed13); dyads of anaphora, flags, missions, bases, concerns (dyads13); encouraging and ordering
#      to leave (requests13)
# 34 (session 14): an occurred act dated to a period ends by the report, acts during a dated meeting, incidents
#      dated by a later "the incident on Saturday" (dates14); oppose and voiced protest are ACCUSE, cut relations,
#      approved arms transfers (missed14); a speaker's "we", travellers named together, lists joined by "as well
#      as", passive deals "between", gerund doers (dyads14); a meeting's place reaches what is reported with it,
#      hosts' seats, "past" a reef (places14); "it" as an earlier verb's object, possibilities and stated will to
#      cooperate are no events, "may have" alleges a past act (precision14); "are to sign", headline infinitives,
#      denials, "has yet to", "without", "is meeting ... later", readiness to help (status14); act nouns with a
#      doer ("his expulsion by Washington", "declared persona non grata", an order of departure) (actnouns14)
# 35 (session 15): a measured span dates the clause it introduces, the lead's day for undated body acts, a borrowed
#      day does not make a plan happen (dates15); a threat of force aimed at the place of the attack, descriptions
#      of the subject give no target (dyads15); forces moved or placed, custody taken by the place's state,
#      container nouns, protests handed, weapons that kill, shows of force near a state, blockades "of"
#      (types15); acts at a meeting abroad, topics discussed are no places (places15); cancelled meetings are
#      negated CONSULT, more negating verbs, "hopes"/"slated", given-up plans, present with a future time word
#      (status15); warnings of a danger, munitions of a reported attack, dismissing a person, habits (precision15);
#      a bare "on"/"off" in the lexicons read as a word, not a YAML boolean; "looks forward to meeting" is a planned
#      meeting (upcoming15); someone "expected in" a place is a planned visit (expected15)
# 36 (session 16): lists whose items name their place after the date, a purpose clause takes its event noun's
#      date, a year naming a thing inside the act's phrase (dates16); capital appositions, a country refined to the
#      city the sides were received in, reasons are no places, "here", a journey's purpose meets where it goes
#      (places16); a trip's purpose names whom it meets (precision16); a reported act done on purpose accuses its
#      doer, governments in lists, coordinated demonyms, dash-joined states (dyads16); craft obstructed is
#      COERCE, conjunct threats under a demand, a reopened border, a shared object (coverage16); "not disclosed"
#      does not negate (status16); a passive light verb whose subject is an event noun leaves it to the noun
# 37 (sessions 17 and 18): a call received from another side is the caller's, "followed suit" copies the act to the follower
#      (parties17); craft and vessels at sea features, month-in-letters URL dates (whenwhere17); custody nouns and
#      releases with no doer are the holder's, captive swaps each way (nounev17); diplomatic cuts are SANCTION,
#      threat nouns, brawls, assault nouns, a release announced by a third side (types17); a meeting's venue or
#      occasion is no party, a standing position in the simple present is no event, the demands after "called on X
#      to" are the request's content (precision17); and session 18 (never released apart from 17): a "when" clause
#      after a time, digit spans, a denied part of a definite act (dates18); the dead of a clash name its sides,
#      "the North"/"the South", "both sides" (types18); one side and a list on the other, a speaker's act hung on the
#      reported clause, approved measures, "its own" measures, aid sums per recipient (dyads18); a meeting that
#      is the setting of a statement is dated as the statement, terms reached or struck are AGREE (coverage18); the place of an attack on
#      "what X described as" a site, places joined by "and" read as one organisation, India-China meeting points,
#      a "when" clause of a placed meeting (places18); blaming a thing is no
#      accusation, a benefit taken back is SANCTION, a willingness stated as a noun is planned, a "while" clause's
#      subject is no target (precision18)
# 38 (session 19): a statement issued on a day dates what it says, denied "strikes" point back to "the attacks", list
#      items after "and, most recently," (dates19); a reporter's participle after a comma, characterisations the parser
#      reads otherwise, "no longer recognise", resumed ties are COOPERATE (reported19); a meeting that is the occasion
#      of an agreement was held, an order is not the act, no negation over "and" to a past verb, a journey under way is
#      planned (types19); a domestic body "in" a country is its side, UN agencies are the UN, a killing blast named by
#      its weapon is an attack, vows, crowds gathering to protest, dispersed demonstrations and closed newspapers are
#      COERCE (gsr19); a speech participle after a demand is the asker's, judgments of a meeting told before aim at its
#      sides, "the ship" named again, "at the request of" names who asked (doers19); UN-system heads (actors19)
#  39 (session 20): a signed aid package is AID, a levied attack an attack, "push for" a request, sanctions for
#      wrongs in listed states one per state, clashes told through their dead, "the government in Quito" (real20);
#      datelines and credit lines inside a page name no party, a speaker's participle after another side's thing, an
#      agreement that an effort seeks is not made, what a call asks for is not done, named states severing ties act
#      on each other (realdyad20); embassies opened are COOPERATE, mission staff withdrawn a recall, measures being
#      prepared planned, aid "from" a side, "undertook to", a state suspended by a body (realtype20); a mediation
#      launched, investigations and charges "in" a state, inspectors and monitors withdrawn (gsr20); plans "in the
#      coming weeks" a window, "welcomed X to Cairo", a present act on a past year's object (realwhen20)
#  40 (session 21): "called X to <act>" a request, emphasis verbs with "should" a demand, mediators consult each side,
#      "succeeded in <doing>" (realmiss21); a self-aimed speech participle is the reporter's, a second with-partner,
#      "A joined B in doing", an act noun's own target, "the two sides" after one subject with a partner (dyad21);
#      forces pulled back RETREAT, orders to news outlets COERCE, the wounded evacuated AID, states clashing over an
#      issue no ASSAULT, a promised befitting reply THREATEN (type21); UNITED NATIONS datelines, talks got under way,
#      arrival verbs' places, the visited city told next, put-off visits dated by their clause (when21); meetings
#      and agreements told with no side take the article's one clear pair at lower confidence (noside21)
#  41 (session 22): lists of marching cities each their country's crowd, missiles "launched by" a side, a bare title
#      anaphor takes its earlier holder (dyad22); meetings "concluded" took place, a venue told near places an
#      unplaced meeting or agreement, capitals keep their printed name (where22); a meeting as the scene of another
#      act, reinforcements MOBILIZE, trade suspended SANCTION, regret over an act ACCUSE, citizens expelled COERCE,
#      "suspect X of" ACCUSE (type22); domestic force and protest X -> X where the act is, armed groups by country,
#      raid/detonate ASSAULT (force22); events that "would be held/resume" planned, "future", reopened talks
#      (planned22); sideless rejections answer who asked or accused, acts inside a request not done (precision22)
#  42 (session 23): seat-of-government and state-titled office speakers, a quoted "we" of the spokesperson (dyad23);
#      a time inside an act's cause or content is the cause's, missile launches placed where fired from (when23);
#      pro-/anti- stances name no side, a protest naming another state not domestic, adverbs of listed phrasal verbs
#      their particle, memoranda signed AGREE, "after/following" meeting scenes, "ended his visit" (widen23); vows of
#      response THREATEN, fighting that broke out between two named states ASSAULT (detect23); downed aircraft
#      ASSAULT (nodet23); object nouns the verb tables read alike are read alike, inked/sealed/clinched agreements
#      (vocab23, lead)
#  43 (session 24): an agentless sentence, conviction or deportation is the state of its court or place's
#      (passive24); a visit's place and days for its meetings told in another sentence (when24); requests to a
#      state's own citizens name no foreign target (precision24); forces owned by "its/his/our" act for that side, "it"
#      never a plural antecedent, pairs addressed as objects ("urged both sides") (unnamed24); event nouns held,
#      begun or said to have taken place, answers "with" strikes, sides from inside the noun phrase, common-noun
#      doers "by police" (nouns24); harsh criticism ACCUSE, restated commitments/threats/charges, "committed
#      themselves to", "insisted on", drawn-down forces and released civilians RETREAT (detect24)
#  44 (session 25): a clause's subject the parser hung as the root is the verb's subject (dyad25); vowed responses
#      THREATEN, censure adjectives, emphasised support, median line crossed, possible sales approved AID (type25);
#      a measure arranged in the reporter's words ("is to", headlines, a coercive "will") occurred (status25);
#      "the capital, Cairo," and outlets' own dateline forms (when25); an ACCUSE aimed at nothing determinate
#      dropped (precision25); forces sent or dispatched MOBILIZE (force25); an accord's own "between" phrase
#      gives its sides (agree25); a statement or resolution speaks for its issuers (sides25); a gathering attended
#      (ceremony, inauguration, dinner, talks ...) is CONSULT with its giver (meet25)
#  45 (session 26): a release in return for other captives is also the other side's release, barring a person is a
#      ban (custody26); a promised confrontation or foiling and a stated capacity are threats (typesay26); shows of
#      force at a dividing line face the other side, a mob storming a mission riots against its state (force26); a
#      case brought to a court or trade body is ACCUSE, a meeting ended without an accord is AGREE negated
#      (status26); a one-sided agreement to give up one's means is also CONCEDE, two sides announcing a joint act
#      AGREE (typeact26); a visit noun a departure goes for is the subject's journey (tour26); a restated request
#      is REQUEST, a joined clause's pronoun takes the first clause's subject (request26); "that envoy" takes its
#      sender's side (anaphor26)
#  46 (session 27): a group's meeting in a member state has the host as a side (group27); a welcomed decision
#      belongs to its maker, a defence treaty said to cover a side is SUPPORT (support27); a side saying it is at
#      war threatens its enemy, rival armies pulling back retreat from each other (force27); blame told as the
#      cause of a harm accuses the side it names (accuse27); an invitation is also AGREE, readiness to work with a
#      partner is AGREE (agree27); a government and its opposition, a court against its government (domestic27);
#      a stage of an event shares its status (status27); a warning of a response, a pronoun envoy summoned, bans
#      put in force (rdyad27); lists of regions, title-case datelines with a colon (places27)
#  47 (session 28): credit lines and loans AID, searched premises COERCE, signing ceremonies, any person freed a
#      release (material28); a perfect conjunct keeps occurred under a future head, planned visits (status28);
#      shared concerns, "poses a threat", reported war crimes, denials of allegations (allege28); statements speak
#      for their authors, characterisations and restated concerns (allege28b); ban and naming-year dates, the next
#      sentence's ceremony date (dates28); needs, obligations and passive requests are REQUEST (demand28);
#      coordinated sources x targets, "them" as the last pair, domestic rivals (plural28); proposed talks REQUEST,
#      passive releases (propose28); lists of missions and envoys, "these countries", reciprocal summonses, own envoys
#      recalled (diplo28); a breach of a side's sovereignty, envoys told a protest (protest28); assurances AGREE,
#      "called for X to act", passive requests (request28b)
CODER = "plover-rules/47"

STATUSES = ("occurred", "ongoing", "planned", "proposed", "negated", "hypothetical")
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
# Types where "A met B" and "B met A" are the same event: either direction matches.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True)
class Party:
    """One side of an event, as the actors stage resolved it (country is ISO 3166 alpha-3)."""

    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    actor_id: str | None = None
    kind: str | None = None
    text: str | None = None
    inferred: bool = False  # from context ("the two men", "he"), not named in the sentence

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EventPlace:
    """Where the event happened (the place attached to the predicate, never the dateline)."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None
    # the place as the article prints it ("Gomel", "St Petersburg", "BEIJING" of a dateline); None when
    # no mention printed it (a capital or an organisation's seat the coder placed the event at)
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EventMention:
    """One event as one sentence reports it. Offsets are character offsets into the article text."""

    article_id: str
    sentence: int  # sentence index in the article
    start: int  # sentence start (char)
    end: int  # sentence end (char)
    sentence_text: str
    trigger: str  # the word(s) that express the event ("met", "talks", "raised tariffs")
    trigger_start: int
    trigger_end: int
    type: str  # PLOVER type
    mode: str | None
    source: Party | None
    target: Party | None
    status: str  # one of STATUSES
    date_value: str | None = None  # TIMEX3 value (2023-06-19, 2022-11, 2023-W27, FUTURE_REF ...)
    date_precision: str | None = None  # day|week|month|quarter|year|vague
    date_from: str | None = None  # ISO date interval the value covers
    date_to: str | None = None
    date_source: str | None = None  # timex|anchor|previous|published|implied|None: how the date was found
    place: EventPlace | None = None
    issues: tuple[str, ...] = ()
    background: bool = False
    attribution: Party | None = None
    duration: str | None = None  # a duration the sentence gives the event (PT7H), for conflicts
    confidence: float = 0.5
    implied: bool = False  # implied by the text ("first visit since 2016"), not stated
    coder: str = CODER
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    part: str = ""  # which item of a list of dates the mention is ("" for the first)

    @property
    def mention_id(self) -> str:
        src = self.source.country if self.source and self.source.country else ""
        tgt = self.target.country if self.target and self.target.country else ""
        return mention_id(self.article_id, self.trigger_start, self.type, self.implied, src, tgt, self.part)


def mention_id(
    article_id: str,
    trigger_start: int,
    type_: str,
    implied: bool = False,
    source: str = "",
    target: str = "",
    part: str = "",
) -> str:
    """Stable id: the same article coded twice by the same coder gives the same ids. The target is part
    of it: "expelled diplomats of Russia and Belarus" is two events of one trigger; so is the item of
    a list of dates: "met on March 3 and March 7" is two meetings."""
    raw = (
        f"{article_id}|{trigger_start}|{type_}|{int(implied)}|{source}"
        + (f"|{target}" if target else "")
        + (f"|{part}" if part else "")
    )
    return "m" + hashlib.sha1(raw.encode()).hexdigest()[:19]
