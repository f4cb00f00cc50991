"""The event lexicon and the PLOVER -> CAMEO/Goldstein/QuadClass table, loaded once from data files.

Words and mappings live in ``tidings/data/events/`` so they can be reviewed and extended without
touching the coder; this module only shapes them for fast lookup.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

__all__ = ["Lexicon", "lexicon", "Mapping", "cameo_mapping", "map_event"]
# libyaml's parser when PyYAML has it: the objects ``yaml.safe_load`` gives, several times faster (tests/test_speed22.py)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Entry = tuple[str, str | None]


def _entry(v: Any) -> Entry:
    return (str(v[0]), v[1] if len(v) > 1 else None)


@dataclass(frozen=True)
class Frames:
    """data/events/frames.yaml shaped for look-ups: events a verb makes with its subject or complement."""

    delivery_verbs: frozenset[str]
    vehicles: frozenset[str]
    cargo: frozenset[str]
    strong_cargo: frozenset[str]  # cargo that alone makes a delivery aid ("relief", not "goods")
    expulsion_verbs: frozenset[str]
    expulsion_complements: frozenset[str]
    craft: frozenset[str]
    ship_prefixes: dict[str, str]  # "USS McCampbell": the warship's state
    transit_verbs: frozenset[str]
    shadow_verbs: frozenset[str]
    patrol_nouns: frozenset[str]
    encountered_craft: frozenset[
        str
    ]  # "collided with an unmarked boat": the other side's craft  # "a US ship patrol near the islands": a show of force aimed at the other side
    feeling_verbs: frozenset[str]
    merit_verbs: frozenset[str]
    threat_verdict_verbs: frozenset[str]  # "said Russia poses a threat": the subject's side accused
    threat_verdict_nouns: frozenset[str]
    view_nouns: frozenset[str]  # "shared the view that ...": a view held is stated
    view_verbs: frozenset[str]
    coverage_verbs: frozenset[str]  # "restated that the defense treaty covers attacks on X": backs X (session 27)
    coverage_treaty_nouns: frozenset[str]
    coverage_treaty_words: frozenset[str]
    coverage_speech_verbs: frozenset[str]
    consequence_verbs: frozenset[str]  # "said Washington would face consequences": a threat by the speaker
    consequence_nouns: frozenset[str]
    paid_nouns: frozenset[str]  # "will pay a heavy price"
    consequence_act_verbs: frozenset[str]  # "any provocation would be met with a response"
    feelings: frozenset[str]
    verdict_verbs: frozenset[str]  # a copula passing a verdict on an act ("the demand was a provocation")
    verdict_words: frozenset[str]  # words that make a verdict disapproval, beside the lexicon's disapproval words
    victim_nouns: frozenset[str]  # "a violation of Ukraine's sovereignty": Ukraine is wronged, not the target
    claim_nouns: frozenset[str]  # "the statements were false": a verdict of falsehood on a claim rejects it
    falsehood_words: frozenset[str]
    author_preps: frozenset[str]

    culprit_words: frozenset[str]  # "said Russia was responsible", "was to blame", "was behind the attack"
    duty_nouns: frozenset[str]  # "responsible for the security of the summit": a duty, no blame
    holding_verbs: frozenset[str]  # "held Israel fully responsible": the object is made the culprit
    allegation_verbs: frozenset[str]  # "said China had been spying from Cuba": a hostile act alleged of a side
    breach_verbs: frozenset[str]  # "said the ship violated China's sovereignty": the wronged side's claim (session 28)
    crime_verbs: frozenset[str]  # "said Israel is committing genocide": a crime alleged by its own noun
    crime_nouns: frozenset[str]
    blame_adverbs: frozenset[str]  # "said the vessel had intentionally rammed its ship": the speaker blames the doer
    atrocity_verbs: frozenset[str]  # "said Russian forces had executed captured soldiers": a war crime alleged
    executed_things: frozenset[str]  # "executed the plan": no person done to death
    abuse_verbs: frozenset[str]  # "said the security forces targeted protesters": harm to those a side must spare
    protected_victims: frozenset[str]  # prisoners, captives, protesters ...
    hedge_words: frozenset[str]  # "said it was highly likely that Russia was responsible": the speaker's judgement
    hedge_verbs: frozenset[str]  # "agreed with London's assessment that it was highly likely Russia was responsible"
    cause_passive_verbs: frozenset[str]  # "said the clash was caused by the Indian side": the cause's side is accused
    cause_from_verbs: frozenset[str]  # "said the violence had resulted from an attempt by the Chinese side"
    cause_result_nouns: frozenset[str]  # "had been the result of action by Chinese troops", "as a result of"
    cause_nouns: frozenset[str]  # "the provocations by the Philippine side are the direct cause of"
    cause_credited: frozenset[str]  # "the ceasefire was the result of joint action by": credit, no blame
    cause_acts: frozenset[str]  # what a blamed cause must be when it is no side itself: an act, a force, a weapon
    deadline_verbs: frozenset[str]  # "gave the military 15 days to return to barracks": an ultimatum
    deadline_units: frozenset[str]
    deadline_not_acts: frozenset[str]
    crowd_verbs: frozenset[str]  # "thousands of protesters gathered": a demonstration
    crowd_nouns: frozenset[str]
    crowd_quantity_heads: frozenset[str]
    weapon_quantity_heads: frozenset[str]  # "a series of drones targeted ...": the weapons are the subject
    protest_missions: frozenset[str]  # "rallied outside the French embassy": the mission's state is the target
    protest_preps: frozenset[str]
    mission_attack_verbs: frozenset[str]  # "protesters stormed the U.S. embassy": a riot against its state
    mission_crowds: frozenset[str]  # "supporters of the militia stormed the embassy": a crowd for those verbs only
    aimed_verbs: frozenset[str]  # "fired two rockets into Rwanda": an attack on the state the fire is aimed at
    projectiles: frozenset[str]
    aimed_preps: frozenset[str]
    fire_nouns: frozenset[str]  # "the firing of a ballistic missile by North Korea": a launch stated as a noun
    hit_verbs: frozenset[str]  # "Israeli artillery hit southern Lebanon": a weapon's attack on what it hits
    hit_weapons: frozenset[str]
    weapon_casualty_verbs: frozenset[str]  # "a roadside bomb killed three soldiers": the weapon's attack
    casualty_acts: frozenset[str]  # "a roadside bombing killed a soldier": the attack that killed
    casualty_scenes: frozenset[str]  # "was killed in a car bomb explosion": with a weapon in its phrase
    intercept_verbs: frozenset[str]  # "intercepted a missile fired from Yemen": the firer's attack on the interceptor
    launch_verbs: frozenset[str]
    attack_means: frozenset[str]  # "launched an assault on Ukraine, deploying 800 drones": the drones are the attack
    signing_nouns: frozenset[str]  # "through the signing of seven memoranda": an agreement signed by the verb's subject
    signing_documents: frozenset[str]
    signing_occasions: frozenset[str]  # "witnessed signing ceremonies of bilateral agreements"
    signing_verbs: frozenset[str]  # "witnessed the signing of three agreements"
    signing_preps: frozenset[str]
    force_move_verbs: frozenset[str]  # "massed troops near the border": armed forces placed (MOBILIZE)
    force_destination_verbs: frozenset[str]  # "ordered the carrier to the Mediterranean": only with a destination
    force_destination_preps: frozenset[str]
    force_back_words: frozenset[str]  # "moved troops back to their bases": no show of force
    forces: frozenset[str]  # armed forces: words, "&synset" names of the CAMEO verb dictionary
    force_near_preps: frozenset[str]  # "drills near Taiwan": a show of force aimed at the state it is near
    force_errand_verbs: frozenset[str]  # "dispatched four destroyers": verbs that also send aid, envoys, teams
    # "crossed the median line of the Taiwan Strait": the two states a contested dividing line or water separates
    force_dividing_lines: dict[str, tuple[str, str]]
    force_errand_shared: frozenset[str]  # "sent aircraft", "sent a task force": not forces for those verbs
    verbs: frozenset[str]  # every verb some frame reads: any other verb makes no frame event


def _frames(raw: dict[str, Any]) -> Frames:
    deliv, exp = raw["delivery"], raw["expulsion"]
    return Frames(
        delivery_verbs=frozenset(deliv["verbs"]),
        vehicles=frozenset(deliv["vehicles"]),
        cargo=frozenset(deliv["cargo"]),
        strong_cargo=frozenset(deliv["cargo"]) - frozenset(deliv["weak_cargo"]),
        expulsion_verbs=frozenset(exp["verbs"]),
        expulsion_complements=frozenset(exp["complements"]),
        craft=frozenset(raw["military_craft"]),
        ship_prefixes={str(k): str(v) for k, v in raw["ship_prefixes"].items()},
        transit_verbs=frozenset(raw["transit_verbs"]),
        shadow_verbs=frozenset(raw["shadow_verbs"]),
        patrol_nouns=frozenset(raw.get("patrol_nouns") or ()),
        encountered_craft=frozenset(raw.get("encountered_craft") or ()),
        feeling_verbs=frozenset(raw["feeling_verbs"]),
        merit_verbs=frozenset(raw["merit"]["verbs"]),
        threat_verdict_verbs=frozenset(raw["threat_verdict"]["verbs"]),
        threat_verdict_nouns=frozenset(raw["threat_verdict"]["nouns"]),
        view_nouns=frozenset(raw["threat_verdict"]["view_nouns"]),
        view_verbs=frozenset(raw["threat_verdict"]["view_verbs"]),
        coverage_verbs=frozenset(raw["coverage"]["verbs"]),
        coverage_treaty_nouns=frozenset(raw["coverage"]["treaty_nouns"]),
        coverage_treaty_words=frozenset(raw["coverage"]["treaty_words"]),
        coverage_speech_verbs=frozenset(raw["coverage"]["speech_verbs"]),
        consequence_verbs=frozenset(raw["consequence"]["verbs"]),
        consequence_nouns=frozenset(raw["consequence"]["nouns"]),
        paid_nouns=frozenset(raw["consequence"]["paid_nouns"]),
        consequence_act_verbs=frozenset(raw["consequence"].get("act_verbs") or ()),
        feelings=frozenset(raw["feelings"]),
        verdict_verbs=frozenset(raw["verdict"]["verbs"]),
        verdict_words=frozenset(raw["verdict"]["words"]),
        victim_nouns=frozenset(raw["verdict"]["victim_nouns"]),
        claim_nouns=frozenset(raw["verdict"]["claim_nouns"]),
        falsehood_words=frozenset(raw["verdict"]["falsehood_words"]),
        author_preps=frozenset(raw["verdict"]["author_preps"]),
        culprit_words=frozenset(raw["verdict"]["culprit_words"]),
        duty_nouns=frozenset(raw["verdict"]["duty_nouns"]),
        holding_verbs=frozenset(raw["verdict"]["holding_verbs"]),
        allegation_verbs=frozenset(raw["allegation_verbs"]),
        breach_verbs=frozenset(raw.get("breach_verbs") or ()),
        crime_verbs=frozenset(raw["crime"]["verbs"]),
        crime_nouns=frozenset(raw["crime"]["nouns"]),
        blame_adverbs=frozenset(raw["blame_adverbs"]),
        atrocity_verbs=frozenset(raw["atrocity"]["verbs"]),
        executed_things=frozenset(raw["atrocity"]["not_objects"]),
        abuse_verbs=frozenset(raw["atrocity"]["abuse_verbs"]),
        protected_victims=frozenset(raw["atrocity"]["victims"]),
        hedge_words=frozenset(raw["verdict"]["hedge_words"]),
        hedge_verbs=frozenset(raw["verdict"]["hedge_verbs"]),
        cause_passive_verbs=frozenset(raw["cause_blame"]["passive_verbs"]),
        cause_from_verbs=frozenset(raw["cause_blame"]["from_verbs"]),
        cause_result_nouns=frozenset(raw["cause_blame"]["result_nouns"]),
        cause_nouns=frozenset(raw["cause_blame"]["cause_nouns"]),
        cause_acts=frozenset(raw["cause_blame"]["acts"]),
        cause_credited=frozenset(raw["cause_blame"]["credited"]),
        deadline_verbs=frozenset(raw["deadline"]["verbs"]),
        deadline_units=frozenset(raw["deadline"]["units"]),
        deadline_not_acts=frozenset(raw["deadline"]["not_acts"]),
        crowd_verbs=frozenset(raw["crowd"]["verbs"]),
        crowd_nouns=frozenset(raw["crowd"]["nouns"]),
        crowd_quantity_heads=frozenset(raw["crowd"]["quantity_heads"]),
        weapon_quantity_heads=frozenset(raw["weapon_hit"].get("quantity_heads") or ()),
        protest_missions=frozenset(raw["protest"]["missions"]),
        protest_preps=frozenset(raw["protest"]["preps"]),
        mission_attack_verbs=frozenset(raw["protest"].get("mission_attack_verbs") or ()),
        mission_crowds=frozenset(raw["protest"].get("mission_crowds") or ()),
        aimed_verbs=frozenset(raw["aimed_fire"]["verbs"]),
        projectiles=frozenset(raw["aimed_fire"]["projectiles"]),
        aimed_preps=frozenset(raw["aimed_fire"]["preps"]),
        fire_nouns=frozenset(raw["aimed_fire"].get("nouns") or ()),
        hit_verbs=frozenset(raw["weapon_hit"]["verbs"]),
        weapon_casualty_verbs=frozenset(raw["weapon_hit"].get("casualty_verbs") or ()),
        casualty_acts=frozenset(raw["weapon_hit"].get("casualty_acts") or ()),
        casualty_scenes=frozenset(raw["weapon_hit"].get("casualty_scenes") or ()),
        hit_weapons=frozenset(raw["weapon_hit"]["weapons"]),
        intercept_verbs=frozenset(raw["interception"]["verbs"]),
        launch_verbs=frozenset(raw["interception"]["launch_verbs"]),
        attack_means=frozenset(raw.get("attack_means") or ()),
        signing_nouns=frozenset(raw["signing"]["nouns"]),
        signing_documents=frozenset(raw["signing"]["documents"]),
        signing_occasions=frozenset(raw["signing"].get("occasions") or ()),
        signing_verbs=frozenset(raw["signing"]["verbs"]),
        signing_preps=frozenset(raw["signing"]["preps"]),
        force_move_verbs=frozenset(raw["force_moves"]["verbs"]),
        force_destination_verbs=frozenset(raw["force_moves"]["destination_verbs"]),
        force_destination_preps=frozenset(raw["force_moves"]["destination_preps"]),
        force_back_words=frozenset(raw["force_moves"]["back_words"]),
        forces=frozenset(raw["force_moves"]["forces"]),
        force_near_preps=frozenset(raw["force_moves"].get("near_preps") or ()),
        force_errand_verbs=frozenset(raw["force_moves"].get("errand_verbs") or ()),
        force_dividing_lines={
            k.lower(): (v[0], v[1]) for k, v in (raw["force_moves"].get("dividing_lines") or {}).items()
        },
        force_errand_shared=frozenset(raw["force_moves"].get("errand_shared") or ()),
        verbs=frozenset(
            [
                *deliv["verbs"],
                *exp["verbs"],
                *raw["transit_verbs"],
                *raw["shadow_verbs"],
                *raw["feeling_verbs"],
                *raw["deadline"]["verbs"],
                *raw["crowd"]["verbs"],
                *raw["aimed_fire"]["verbs"],
                *raw["weapon_hit"]["verbs"],
                *(raw["weapon_hit"].get("casualty_verbs") or ()),
                *(v.split()[0] for v in raw["interception"]["verbs"]),
                *raw["force_moves"]["verbs"],
                *(raw["force_moves"].get("errand_verbs") or ()),
            ]
        ),
    )


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Entry]
    particle: dict[str, Entry]
    particle_objects: dict[str, dict[str, Entry]]
    courtesy_particles: dict[str, Entry]
    courtesy_hosts: frozenset[str]
    courtesy_guests: frozenset[str]
    courtesy_verbs: dict[str, Entry]
    joint_modifiers: frozenset[str]
    arrival_verbs: frozenset[str]
    launch_verbs: frozenset[str]  # "fired a missile from near Pyongyang": a launch is where it was fired from
    presence_passives: frozenset[str]
    joint_entry: Entry | None
    joint_nouns: frozenset[str]  # "X and Y began a military drill", "held exercises with Y": cooperation
    joint_partner_preps: frozenset[str]
    reaction_act_types: frozenset[str]  # "protested a US ship patrol": an act a reaction names is an event too
    reaction_single_types: frozenset[str]  # ... only in the singular ("a US ship patrol")
    of_target_types: frozenset[str]  # "the Russian invasion of Ukraine": the "of" side is attacked
    onset_verbs: frozenset[str]  # "the invasion that began in February 2022": the clause dates the noun
    incident_nouns: frozenset[str]  # "the incident that took place on Saturday": dates the act reported
    incident_types: frozenset[str]  # ... of these types
    verb_objects: dict[str, dict[str, Entry]]
    verb_not_objects: dict[str, frozenset[str]]
    nouns: dict[str, Entry]
    noun_compounds: dict[str, Entry]
    embedded_nouns: frozenset[str]
    weak_nouns: frozenset[str]
    planned: frozenset[str]
    proposed: frozenset[str]
    negating: frozenset[str]
    hypothetical: frozenset[str]
    planned_amods: frozenset[str]
    decision_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    view_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    vow_verbs: frozenset[str]
    performative_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    proposal_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    disclosure_verbs: frozenset[str]
    speech_act_types: frozenset[str]
    announce_types: frozenset[str]
    pledge_types: frozenset[str]
    announcing_verbs: frozenset[str]
    demonyms: dict[str, str]
    currencies: frozenset[str]  # the actor data's currency words: "U.S. dollars" names no party
    igo_codes: dict[str, str]
    group_members: dict[str, frozenset[str]]  # a group's event code -> its member states
    group_seats: dict[str, frozenset[str]]  # a group's event code -> the cities of its seat
    igo_roles: dict[str, str]
    company_nouns: frozenset[str]
    impersonal_causes: frozenset[str]  # "blamed a technical fault": a cause that is no party
    topic_object_verbs: frozenset[str]
    topic_affair_nouns: frozenset[str]  # "discussed the situation in Syria": the place is the topic
    with_topic_verbs: frozenset[str]
    call_purpose_verbs: frozenset[str]  # "called Xi to discuss trade": a phone call, not a call on Xi to act
    emphasis_verbs: frozenset[str]  # "emphasized that X should stop": a demand (triggers._demand_frame)
    mediation_verbs: frozenset[str]  # "mediated the release of Russian prisoners": the object names the parties
    in_gerund_verbs: frozenset[str]  # "succeeded in mediating": the gerund is the subject's act
    setting_nouns: frozenset[str]
    setting_preps: frozenset[str]
    setting_frames: frozenset[str]
    unnamed_meeting_verbs: frozenset[str]  # "Delegations met in Cairo on Aug. 27-28"
    held_verbs: frozenset[str]  # "the talks took place / were held in Tokyo": the verb places its subject event
    unnamed_meeting_nouns: frozenset[str]  # "the talks took place on Nov. 29": the article's two sides met
    sideless_meeting_nouns: frozenset[str]  # "after eight hours of talks in Jeddah": the article's clear pair met
    sideless_scene_preps: frozenset[str]
    sideless_agree_verbs: frozenset[str]  # "Five items were agreed on": the article's clear pair agreed
    gathering_nouns: frozenset[str]  # "backed the bargaining in the Austrian capital": where it is held, no side
    past_time_words: frozenset[str]
    medium_nouns: frozenset[str]  # "in a statement issued on Monday, X accused Y": the statement's time dates it
    medium_preps: frozenset[str]
    preceding_preps: frozenset[str]  # "agreed a ceasefire after shelling": the shelling took place
    relative_span_units: dict[str, int | str]  # "came a day after": a day counts 1, a month "month"
    relative_span_marks: dict[str, int]  # after: the other event is later (-1), before: earlier (+1)
    relative_span_bounds: frozenset[str]  # "less than two weeks after": a bound, not a span
    relative_anchor_nouns: dict[str, str]  # "The strikes came a day after ...": strikes are ASSAULT
    place_kind_nouns: frozenset[str]
    member_suspension_verbs: frozenset[str]
    craft_words: frozenset[str]  # "fired water cannon at the boats": an act at sea
    aircraft_words: frozenset[str]  # "a jet intercepted a patrol plane over the Black Sea": an act in the air
    sea_feature_words: frozenset[str]  # "Second Thomas Shoal", "Senkaku Islands": a region of the sea
    reception_verbs: frozenset[str]  # "were received in the capital Luanda": where the meeting's sides were met
    errand_verbs: frozenset[str]  # "will send a delegation to Jeddah to consult with ...": the journey's end
    journey_departure_verbs: frozenset[str]  # "left Delhi for a visit to Japan": the visitor leaves
    journey_departure_preps: frozenset[str]  # the departure's "for"/"on" a visit
    journey_carrier_verbs: frozenset[str]  # "used a state visit to Washington to urge": the visitor's own visit
    reason_nouns: frozenset[str]  # "summoned the envoy in protest at an arrest in Germany": the reason's place
    cause_preps: frozenset[str]  # "sanctioned her for her visit this week": the time is the visit's, not the act's
    visit_scene_preps: frozenset[str]  # "agreed during his visit to Hanoi": the visited place
    visit_scene_frames: frozenset[str]  # "as part of the state visit to Bishkek"
    meeting_scene_preps: frozenset[str]  # "agreed following a meeting in Montevideo": the meeting's place
    meeting_closing_verbs: frozenset[str]  # "signed ..., capping off their summit in Montevideo"
    object_control_verbs: frozenset[str]
    directive_verbs: frozenset[str]  # "encouraged Japan to talk": a request (session 13)
    asking_verbs: frozenset[str]  # "urging Algeria to prioritise dialogue": the dialogue is asked for (session 22)
    home_addressees: frozenset[str]  # "urged its citizens to leave": a request made at home (session 24)
    denied_charges: frozenset[str]  # "denied any involvement": a charge denied, answering its accuser (session 22)
    accuser_only_charges: frozenset[str]  # "denied the accusations": only a told accuser is answered
    answered_acts: frozenset[str]  # "opposed the decision": rejecting another side's act answers its author
    judged_meeting_nouns: frozenset[str]  # "welcomed the summit": the meeting's sides (session 19)
    outcome_nouns: frozenset[str]  # "hailed the outcome of the summit"
    judged_decision_nouns: frozenset[str]  # "welcomed the decision": its maker (session 27)
    called_for_nouns: frozenset[str]  # "calls to condemn Moscow": asked for, not done (session 20)
    means_nouns: frozenset[str]  # "reached a truce with Qatari efforts": the means, no partner (session 20)
    sought_agreement: frozenset[str]  # "efforts to reach a ceasefire": sought, not made (session 20)
    speech_participles: frozenset[str]  # "urged Russia to free them, calling ...": the asker's words (session 19)
    expel_orders: frozenset[str]  # "ordered Danish soldiers to leave Mali": an expulsion (session 13)
    envoy_leave_asks: frozenset[str]  # "asked the Lebanese ambassador to leave": an expulsion (session 28)
    leave_verbs: frozenset[str]
    artifact_nouns: frozenset[str]
    authored_text_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    body_texts: frozenset[str]
    pair_nouns: frozenset[str]
    led_groups: frozenset[str]  # "a delegation led by Mnuchin": the group acts for its leader's side
    led_verbs: frozenset[str]
    anaphor_nouns: dict[str, frozenset[str]]
    title_anaphors: frozenset[str]
    title_kin: dict[str, frozenset[str]]  # "the envoy": also "a special representative" told earlier
    envoy_sending_verbs: frozenset[str]  # "it would send a special representative": the sender's envoy
    speaker_anaphors: frozenset[str]
    leader_anaphors: frozenset[str]  # "the administration": the government of the nearest earlier leader named
    leader_roles: frozenset[str]
    mission_force_nouns: frozenset[str]  # an international force or mission that troops are sent to
    mission_force_types: frozenset[str]
    occupant_verbs: frozenset[str]
    claim_nouns: frozenset[
        str
    ]  # "Tehran's explanation that it had ...": "it" is the noun's owner  # a struck site "housing" another state's troops is aimed at that state
    institution_anaphors: frozenset[str]  # "the ministry": the nearest earlier mention of the same noun
    anaphor_countries: dict[str, frozenset[str]]  # "the kingdom": only these states fit
    capital_anaphors: frozenset[str]  # "the North": an anaphor only when capitalised
    region_adjectives: dict[str, frozenset[str]]  # "the West African country": the states of that region
    region_nouns: frozenset[str]  # nouns a regional adjective makes a state reference ("nation", "state")
    envoy_nouns: frozenset[str]
    own_state_nouns: frozenset[str]
    owned_agent_nouns: frozenset[str]  # "its warships", "two of its soldiers": the pronoun's side
    host_verbs: frozenset[str]
    pointed_list_nouns: frozenset[str]  # "these countries": the list named just before
    own_envoy_verbs: frozenset[str]  # "summoned its ambassador for consultations": a recall
    act_nouns: dict[str, str]
    act_synonyms: dict[
        str, frozenset[str]
    ]  # "the attacks ... the strikes": each lemma -> the lemmas naming the same act
    mutual_nouns: frozenset[str]
    mutual_verbs: frozenset[str]  # "exchanged gunfire", "clashed": coordinated subjects act on each other
    characterise_verbs: frozenset[str]
    disapproval_words: frozenset[str]
    told_content_verbs: frozenset[str]  # "told the ambassador that ...": what is told decides (session 28 round 3)
    approval_words: frozenset[str]
    future_only_verbs: frozenset[str]
    capital_verbs: frozenset[str]
    manner_preps: frozenset[str]
    joining_verbs: frozenset[str]  # "Egypt joined Saudi Arabia in cutting ties": both cut them (session 21)
    forum_types: frozenset[str]
    grievance_preps: frozenset[str]
    guest_words: frozenset[str]
    one_sided_types: frozenset[str]
    between_agreement_verbs: frozenset[str]
    speaker_act_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    received_types: frozenset[str]
    copying_verbs: dict[str, frozenset[str]]  # "Japan followed suit", "did the same": the same act by another side
    gathering_verbs: frozenset[str]
    attendance_verbs: frozenset[str]  # "attended the inauguration": a meeting with its giver
    giving_participles: frozenset[str]  # "a dinner hosted by Macron": who gives the gathering
    happening_verbs: frozenset[str]
    schedule_verbs: frozenset[str]  # "a visit that had been expected to start on Friday": when it was to happen
    under_way_verbs: frozenset[str]  # "talks got under way in Athens": with "under way", a verb of happening
    dateline_seats: dict[str, tuple[str, str]]  # "UNITED NATIONS (AP) -": (gazetteer name, organisation seated there)
    seated_bodies: frozenset[str]
    list_member_nouns: frozenset[str]  # "..., the interim government of Haiti, Jamaica and ...": a list member
    switch_objects: frozenset[str]
    stance_adjectives: dict[str, str]  # "is firmly opposed to ...": read as the verb ("opposes")
    frames: Frames  # data/events/frames.yaml: events a verb makes with its subject or complement
    hypothetical_forms: frozenset[str] = frozenset()
    capacity_words: frozenset[str] = frozenset()  # "is capable of giving a befitting reply": a capacity stated
    stationed_force_nouns: frozenset[str] = frozenset()  # "cut its troop presence in Afghanistan"
    course_commitments: frozenset[str] = frozenset()  # "committed to using every tool": a course, no pledge
    public_nouns: frozenset[str] = frozenset()  # "its commitment to the Nicaraguan people": no pledge
    stance_copulas: frozenset[str] = frozenset({"be"})  # "remains committed to": the copulas of a stance
    war_state_nouns: frozenset[str] = frozenset()  # "we are at war": a state of war stated (session 27)
    rival_pullback_words: frozenset[str] = frozenset()  # "disengagement", "standoff": two sides facing each other
    reflexive_particle_verbs: frozenset[str] = frozenset()  # "committed themselves to": no other object
    denying: frozenset[str] = frozenset()  # "denied that ...": the content did not happen (session 14)
    denied_nouns: frozenset[str] = frozenset()  # "rejected reports that ..."
    yet_verbs: frozenset[str] = frozenset()  # "has yet to respond"
    future_time_words: frozenset[str] = frozenset()  # "is meeting him later on Tuesday"
    # "the summit would be held Friday", "talks would resume": with "would", a verb whose subject event takes place
    would_happen_verbs: frozenset[str] = frozenset()
    round_nouns: frozenset[str] = frozenset()  # "a new round of talks in the near future": the time on the round
    part_nouns: frozenset[str] = frozenset()  # "the next stage of a swap": a part of an event shares its status
    readiness: frozenset[str] = frozenset()  # "is ready to provide aid": planned
    occasion_preps: frozenset[str] = frozenset()  # "agreed at their meeting to ...": the meeting is the occasion
    en_route_verbs: frozenset[str] = frozenset()  # "is heading to Poland": the visit still to come
    order_verbs: frozenset[str] = frozenset()  # "ordered the Pentagon to shoot ... down": the act still to come
    preparing_verbs: frozenset[str] = frozenset()  # "is preparing sanctions against Iran": the measure still to come
    announced_arrangement_cues: frozenset[str] = frozenset()  # "is to impose sanctions": announced (session 25)
    ordered_taken_types: frozenset[str] = frozenset()  # "ordered troops to deploy": a show of force when ordered
    intention_verbs: frozenset[str] = frozenset()  # "had hoped to visit ... but": given up
    stance_verb_types: frozenset[str] = frozenset()  # "refused to condemn the invasion": the invasion's own status
    owned_act_nouns: frozenset[str] = frozenset()
    threat_nouns: frozenset[str] = frozenset()  # "his threat to impose tariffs": the infinitive is threatened
    reject_when_negated: frozenset[str] = frozenset()
    unrecognising_verbs: frozenset[str] = frozenset()  # "would no longer recognise Taiwan": recognition withdrawn
    taken_measures: dict[str, frozenset[str]] = field(default_factory=dict)
    agreed_content: dict[str, frozenset[str]] = field(default_factory=dict)
    refusal: dict[str, frozenset[str]] = field(default_factory=dict)
    plain_warning: dict[str, frozenset[str]] = field(default_factory=dict)
    maker_participles: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()  # "Venezuela routinely accuses Colombia ...": a habit, no event
    stance_verbs: frozenset[str] = frozenset()  # "China ... rejects a 2016 arbitral ruling": a standing position
    said_concessions: frozenset[str] = frozenset()
    inviting_modes: frozenset[str] = frozenset()
    conceding_retreat_modes: frozenset[str] = frozenset()  # "released two Canadians": also CONCEDE (session 28)
    proposing_verbs: frozenset[str] = frozenset()  # "proposed to hold talks with": a REQUEST beside (session 28)
    readiness_to_join: dict[str, frozenset[str]] = field(default_factory=dict)
    # "agreed to scrap its plant": one side's agreement to give up its own means is a concession (session 26)
    conceding_agreement: dict[str, frozenset[str]] = field(default_factory=dict)
    # "A and B announced that they would restore relations": their agreement, announced (session 26)
    joint_announcement: dict[str, frozenset[str]] = field(default_factory=dict)
    reject_when_negated_types: frozenset[str] = frozenset()
    statement_types: frozenset[str] = frozenset()
    ultimatum_types: frozenset[str] = frozenset()
    content_nouns: frozenset[str] = frozenset()
    share_nouns: frozenset[str] = frozenset()  # "denied any involvement in the attack": the act is denied
    force_nouns: frozenset[str] = frozenset()
    force_plural_nouns: frozenset[str] = frozenset()
    force_quantity_heads: frozenset[str] = frozenset()
    peacekeeping_words: frozenset[str] = frozenset()
    indefinite_pronouns: frozenset[str] = frozenset()  # "anyone who attacks": nobody in particular, no antecedent
    # "the two governments clashed over journalists": a dispute, no fighting (verbs, preps, parties, ground)
    verbal_dispute: dict[str, frozenset[str]] = field(default_factory=dict)
    unreached_accord: dict[str, frozenset[str]] = field(default_factory=dict)
    phrase_blocking_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    object_only_verbs: frozenset[str] = frozenset()  # "searched the offices", never "searched for survivors in homes"
    future_only_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "will give a befitting reply"
    outbreak_nouns: frozenset[str] = frozenset()  # "clashes broke out between A and B": fighting between two sides
    outbreak_verbs: frozenset[str] = frozenset()
    outbreak_lines: frozenset[str] = frozenset()  # "along the Israel-Lebanon border"
    outbreak_line_nouns: frozenset[str] = frozenset()
    # objects stated with one of these prepositions are an apology, not what the object table reads: "regret for"
    apology_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    active_only_verbs: frozenset[str] = frozenset()  # "suspect": an event only with its doer as subject
    scene_meeting_preps: frozenset[str] = frozenset()  # "told Trump in a telephone conversation": the scene's pair
    scene_mode_words: frozenset[str] = frozenset()
    scene_listener_verbs: frozenset[str] = frozenset()
    scene_pair_verbs: frozenset[str] = frozenset()
    third_party_objects: dict[str, frozenset[str]] = field(
        default_factory=dict
    )  # "U.N. helicopters evacuated the wounded"
    # "police in Kenya", "rebels in the Ivory Coast": a domestic body's country is the one it is "in"
    domestic_in_nouns: dict[str, str] = field(default_factory=dict)  # noun -> the body's sector
    # "the government and the opposition signed", "the two Venezuelan sides resumed talks": one state's organised
    # sides dealing with each other (session 27)
    domestic_side_words: dict[str, str] = field(default_factory=dict)  # word -> the side's sector
    domestic_ruler_nouns: frozenset[str] = frozenset()  # a bare "the government" the other side deals with
    domestic_pair_nouns: frozenset[str] = frozenset()  # "the two Venezuelan sides": one state's pair
    # "Kenya's High Court ruled the deployment unconstitutional": a court voiding its own state's act (session 27)
    court_voiding_verbs: dict[str, str | None] = field(default_factory=dict)  # verb -> the particle it needs
    court_verdict_verbs: frozenset[str] = frozenset()  # "ruled / declared X unconstitutional"
    court_void_words: frozenset[str] = frozenset()
    government_act_nouns: frozenset[str] = frozenset()
    unnamed_attackers: frozenset[str] = frozenset()  # "gunmen opened fire": an attacker no side is named for
    casualty_verbs: frozenset[str] = frozenset()  # "three were killed": victims counted, no attack of its own
    fighting_verbs: frozenset[str] = frozenset()  # "were killed when troops fought": fighting (ASSAULT)
    custody_place_preps: frozenset[str] = frozenset()  # "was detained in Moscow": the place's state arrests
    prosecution_verbs: frozenset[str] = frozenset()  # "was charged in Dubai": the place's state accuses
    penalty_verbs: frozenset[str] = frozenset()  # "was sentenced in Kazan": the court's state penalises
    court_agent_nouns: frozenset[str] = frozenset()  # "sentenced by a court in Beijing": the court's place's state
    custody_request_nouns: frozenset[str] = frozenset()  # "at the request of U.S. authorities": who asked (session 19)
    # "the release of a citizen detained in Iran": the participles that say where a captive is held
    custody_verbs: frozenset[str] = frozenset()
    # "a prisoner swap between Russia and Ukraine", "the mutual release of detainees": each side frees the other's
    swap_nouns: frozenset[str] = frozenset()
    counter_release_nouns: frozenset[str] = frozenset()
    mutual_modifiers: frozenset[str] = frozenset()
    # "ordered China to close its consulate": an imposed measure is the orderer's, against the ordered side
    command_verbs: frozenset[str] = frozenset()
    command_nouns: frozenset[str] = frozenset()
    imposed_types: frozenset[str] = frozenset()
    # "dropped its complaint to the WTO": aimed at the state, not the forum
    grievance_nouns: frozenset[str] = frozenset()
    # "Copenhagen's allegations that Iranian officers were plotting": the owner accuses the side named
    accusation_nouns: frozenset[str] = frozenset()
    # "announced the suspension of aid": the noun's verb ("suspend") reads the "of" phrase as its object
    action_nouns: dict[str, str] = field(default_factory=dict)
    recognition_rivals: dict[str, str] = field(default_factory=dict)  # recognition switched to one leaves the other
    measure_lists: frozenset[str] = frozenset()  # "expanded its list of companies subject to export controls"
    container_nouns: frozenset[str] = frozenset()  # "a military aid package": the compound names what is contained
    stated_value_nouns: frozenset[str] = frozenset()  # "stressed the importance of solidarity": no act on the "of" noun
    requiring_verbs: frozenset[str] = frozenset()  # "require exporters to apply for licenses": the licence decides
    needed_act_nouns: frozenset[str] = frozenset()  # "stressed the need for Rwanda to return": a demand of Rwanda
    needed_act_adjectives: frozenset[str] = frozenset()  # "said it was important for China to use its influence"
    unasked_need_verbs: frozenset[str] = frozenset()  # "the need for Ukraine to receive air defences": no demand
    # each verb's own object table before the happening nouns joined it (``_object_equivalents`` reads these)
    own_verb_objects: dict[str, dict[str, Entry]] = field(default_factory=dict)
    happening_nouns: dict[str, Entry] = field(default_factory=dict)  # "drills", "talks", "air raid": take place
    aspect_pairs: frozenset[tuple[str, str]] = frozenset()  # (verb, noun) read only through the happening table
    occurrence_verbs: frozenset[str] = frozenset()  # "the exercises took place / ended": the subject happened
    answer_verbs: frozenset[str] = frozenset()  # "responded with airstrikes": the "with" phrase is the answer
    span_nouns: frozenset[str] = frozenset()  # "three days of drills": the span stands for the happening


def _data(name: str) -> str:
    return resources.files("tidings").joinpath("data", "events", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.load(_data("lexicon.yaml"), Loader=_LOADER)
    frames = yaml.load(_data("frames.yaml"), Loader=_LOADER)
    for verb, table in (frames.get("verb_objects") or {}).items():  # frames' objects join the verb's own table
        raw["verb_objects"][verb] = {**(raw["verb_objects"].get(verb) or {}), **table}
    own_verb_objects = {k: {o: _entry(e) for o, e in v.items()} for k, v in raw["verb_objects"].items()}
    happening = raw.get("happening_nouns") or {}
    aspect_pairs: set[tuple[str, str]] = set()
    for verb in raw.get("aspect_verbs") or ():
        # a verb of holding, beginning, pursuing or completing reads every happening noun its own table lacks
        # ("finished three days of drills", "carried out an air raid", "kicked off talks"); its own entries win
        key = "particle_objects" if " " in verb else "verb_objects"
        own = raw.setdefault(key, {}).get(verb) or {}
        aspect_pairs |= {(verb, noun) for noun in happening if noun not in own}
        raw[key][verb] = {**happening, **own}
    mod = raw["modality"]
    return Lexicon(
        verbs={k: _entry(v) for k, v in raw["verbs"].items()},
        particle={k: _entry(v) for k, v in raw["particle"].items()},
        courtesy_particles={k: _entry(v) for k, v in (raw.get("courtesy_call") or {}).get("particles", {}).items()},
        courtesy_hosts=frozenset((raw.get("courtesy_call") or {}).get("hosts") or ()),
        courtesy_guests=frozenset((raw.get("courtesy_call") or {}).get("guests") or ()),
        courtesy_verbs={k: _entry(v) for k, v in (raw.get("courtesy_call") or {}).get("verbs", {}).items()},
        joint_modifiers=frozenset((raw.get("joint_exercise") or {}).get("modifiers") or ()),
        arrival_verbs=frozenset(raw.get("arrival_verbs") or ()),
        launch_verbs=frozenset(raw.get("launch_verbs") or ()),
        presence_passives=frozenset(raw.get("presence_passives") or ()),
        joint_entry=_entry((raw.get("joint_exercise") or {})["entry"]) if raw.get("joint_exercise") else None,
        joint_nouns=frozenset((raw.get("joint_exercise") or {}).get("nouns") or ()),
        joint_partner_preps=frozenset((raw.get("joint_exercise") or {}).get("partner_preps") or ()),
        reaction_act_types=frozenset(raw.get("reaction_act_types") or ("ASSAULT",)),
        reaction_single_types=frozenset(raw.get("reaction_single_types") or ()),
        of_target_types=frozenset(raw.get("of_target_types") or ()),
        onset_verbs=frozenset(raw.get("onset_verbs") or ()),
        outbreak_nouns=frozenset(raw.get("outbreak_nouns") or ()),
        outbreak_verbs=frozenset(raw.get("outbreak_verbs") or ()),
        outbreak_lines=frozenset(raw.get("outbreak_lines") or ()),
        outbreak_line_nouns=frozenset(raw.get("outbreak_line_nouns") or ()),
        incident_nouns=frozenset(raw.get("incident_nouns") or ()),
        incident_types=frozenset(raw.get("incident_types") or ()),
        particle_objects={
            k: {o: _entry(e) for o, e in v.items()} for k, v in (raw.get("particle_objects") or {}).items()
        },
        verb_objects={k: {o: _entry(e) for o, e in v.items()} for k, v in raw["verb_objects"].items()},
        verb_not_objects={k: frozenset(v) for k, v in raw["verb_not_objects"].items()},
        nouns={k: _entry(v) for k, v in raw["nouns"].items()},
        noun_compounds={k: _entry(v) for k, v in raw["noun_compounds"].items()},
        embedded_nouns=frozenset(raw["embedded_nouns"]),
        weak_nouns=frozenset(raw["weak_nouns"]),
        planned=frozenset(mod["planned"]),
        proposed=frozenset(mod["proposed"]),
        negating=frozenset(mod["negating"]),
        hypothetical=frozenset(mod["hypothetical"]),
        planned_amods=frozenset(mod["planned_amods"]),
        decision_verbs=frozenset(mod["decision_verbs"]),
        claim_verbs=frozenset(mod["claim_verbs"]),
        view_verbs=frozenset(mod.get("view_verbs") or ()),
        wish_verbs=frozenset(mod["wish_verbs"]),
        vow_verbs=frozenset(mod.get("vow_verbs") or ()),
        performative_verbs=frozenset(mod["performative_verbs"]),
        attempt_verbs=frozenset(mod["attempt_verbs"]),
        plan_nouns=frozenset(mod["plan_nouns"]),
        proposal_nouns=frozenset(mod.get("proposal_nouns") or ()),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        disclosure_verbs=frozenset(raw["disclosure_verbs"]),
        speech_act_types=frozenset(raw["speech_act_types"]),
        announce_types=frozenset(raw["announce_types"]),
        pledge_types=frozenset(raw["pledge_types"]),
        announcing_verbs=frozenset(raw["announcing_verbs"]),
        demonyms=_with_plurals({**_kb_demonyms(), **{str(k).lower(): v for k, v in raw["demonyms"].items()}}),
        currencies=_kb_currencies(),
        igo_codes=dict(raw.get("igo_codes") or {}),
        group_members={str(k): frozenset(str(c) for c in v) for k, v in (raw.get("group_members") or {}).items()},
        group_seats={str(k): frozenset(str(c) for c in v) for k, v in (raw.get("group_seats") or {}).items()},
        igo_roles=dict(raw.get("igo_roles") or {}),
        company_nouns=frozenset(raw.get("company_nouns") or ()),
        impersonal_causes=frozenset(raw.get("impersonal_causes") or ()),
        topic_object_verbs=frozenset(raw.get("topic_object_verbs") or ()),
        topic_affair_nouns=frozenset(raw.get("topic_affair_nouns") or ()),
        with_topic_verbs=frozenset(raw.get("with_topic_verbs") or ()),
        call_purpose_verbs=frozenset(raw.get("call_purpose_verbs") or ()),
        emphasis_verbs=frozenset(raw.get("emphasis_verbs") or ()),
        mediation_verbs=frozenset(raw.get("mediation_verbs") or ()),
        in_gerund_verbs=frozenset(raw.get("in_gerund_verbs") or ()),
        setting_nouns=frozenset(raw.get("setting_nouns") or ()),
        setting_preps=frozenset(raw.get("setting_preps") or ()),
        setting_frames=frozenset(raw.get("setting_frames") or ()),
        unnamed_meeting_nouns=frozenset(raw.get("unnamed_meeting_nouns") or ()),
        sideless_meeting_nouns=frozenset(raw.get("sideless_meeting_nouns") or ()),
        sideless_scene_preps=frozenset(raw.get("sideless_scene_preps") or ()),
        sideless_agree_verbs=frozenset(raw.get("sideless_agree_verbs") or ()),
        scene_meeting_preps=frozenset(raw.get("scene_meeting_preps") or ()),
        scene_mode_words=frozenset(raw.get("scene_mode_words") or ()),
        scene_listener_verbs=frozenset(raw.get("scene_listener_verbs") or ()),
        scene_pair_verbs=frozenset(raw.get("scene_pair_verbs") or ()),
        gathering_nouns=frozenset(raw.get("gathering_nouns") or ()),
        held_verbs=frozenset(raw.get("held_verbs") or ()),
        unnamed_meeting_verbs=frozenset(raw.get("unnamed_meeting_verbs") or ()),
        past_time_words=frozenset(raw.get("past_time_words") or ()),
        medium_nouns=frozenset(raw.get("medium_nouns") or ()),
        medium_preps=frozenset(raw.get("medium_preps") or ()),
        preceding_preps=frozenset(raw.get("preceding_preps") or ()),
        relative_span_units=dict(raw.get("relative_span_units") or {}),
        relative_span_marks={str(k): int(v) for k, v in (raw.get("relative_span_marks") or {}).items()},
        relative_span_bounds=frozenset(str(w) for w in raw.get("relative_span_bounds") or ()),
        relative_anchor_nouns={str(k): str(v) for k, v in (raw.get("relative_anchor_nouns") or {}).items()},
        place_kind_nouns=frozenset(raw.get("place_kind_nouns") or ()),
        member_suspension_verbs=frozenset(raw.get("member_suspension_verbs") or ()),
        craft_words=frozenset(str(w).lower() for w in raw.get("craft_words") or ()),
        aircraft_words=frozenset(str(w).lower() for w in raw.get("aircraft_words") or ()),
        sea_feature_words=frozenset(str(w).lower() for w in raw.get("sea_feature_words") or ()),
        reception_verbs=frozenset(str(w) for w in raw.get("reception_verbs") or ()),
        errand_verbs=frozenset(str(w) for w in raw.get("errand_verbs") or ()),
        journey_departure_verbs=frozenset(str(w) for w in raw.get("journey_departure_verbs") or ()),
        journey_departure_preps=frozenset(str(w) for w in raw.get("journey_departure_preps") or ()),
        journey_carrier_verbs=frozenset(str(w) for w in raw.get("journey_carrier_verbs") or ()),
        reason_nouns=frozenset(str(w) for w in raw.get("reason_nouns") or ()),
        cause_preps=frozenset(str(w) for w in raw.get("cause_preps") or ()),
        visit_scene_preps=frozenset(raw.get("visit_scene_preps") or ()),
        visit_scene_frames=frozenset(raw.get("visit_scene_frames") or ()),
        meeting_scene_preps=frozenset(raw.get("meeting_scene_preps") or ()),
        meeting_closing_verbs=frozenset(raw.get("meeting_closing_verbs") or ()),
        object_control_verbs=frozenset(raw["object_control_verbs"]),
        directive_verbs=frozenset(raw.get("directive_verbs") or ()),
        asking_verbs=frozenset(raw.get("asking_verbs") or ()),
        home_addressees=frozenset(raw.get("home_addressees") or ()),
        denied_charges=frozenset(raw.get("denied_charges") or ()),
        accuser_only_charges=frozenset(raw.get("accuser_only_charges") or ()),
        answered_acts=frozenset(raw.get("answered_acts") or ()),
        speech_participles=frozenset(raw.get("speech_participles") or ()),
        sought_agreement=frozenset(raw.get("sought_agreement") or ()),
        means_nouns=frozenset(raw.get("means_nouns") or ()),
        called_for_nouns=frozenset(raw.get("called_for_nouns") or ()),
        judged_meeting_nouns=frozenset(raw.get("judged_meeting_nouns") or ()),
        outcome_nouns=frozenset(raw.get("outcome_nouns") or ()),
        judged_decision_nouns=frozenset(raw.get("judged_decision_nouns") or ()),
        expel_orders=frozenset((raw.get("expel_orders") or {}).get("verbs") or ()),
        leave_verbs=frozenset((raw.get("expel_orders") or {}).get("leave") or ()),
        envoy_leave_asks=frozenset((raw.get("expel_orders") or {}).get("envoy_asks") or ()),
        artifact_nouns=frozenset(raw["artifact_nouns"]),
        authored_text_nouns=frozenset(raw["authored_text_nouns"]),
        issuing_verbs=frozenset(raw["issuing_verbs"]),
        body_texts=frozenset(raw["body_texts"]),
        pair_nouns=frozenset(raw["pair_nouns"]),
        led_groups=frozenset(raw.get("led_groups") or ()),
        led_verbs=frozenset(raw.get("led_verbs") or ()),
        anaphor_nouns={
            str(k): frozenset(v["kinds"] if isinstance(v, dict) else v) for k, v in raw["anaphor_nouns"].items()
        },
        title_anaphors=frozenset(raw.get("title_anaphors") or ()),
        title_kin={str(w): frozenset(g) for g in (raw.get("title_kin") or ()) for w in g},
        envoy_sending_verbs=frozenset(raw.get("envoy_sending_verbs") or ()),
        speaker_anaphors=frozenset(raw.get("speaker_anaphors") or ()),
        leader_anaphors=frozenset(raw.get("leader_anaphors") or ()),
        leader_roles=frozenset(raw.get("leader_roles") or ()),
        mission_force_nouns=frozenset(raw.get("mission_force_nouns") or ()),
        mission_force_types=frozenset(raw.get("mission_force_types") or ()),
        occupant_verbs=frozenset(raw.get("occupant_verbs") or ()),
        claim_nouns=frozenset(raw.get("claim_nouns") or ()),
        institution_anaphors=frozenset(raw.get("institution_anaphors") or ()),
        capital_anaphors=frozenset(raw.get("capital_anaphors") or ()),
        anaphor_countries={
            str(k): frozenset(v["countries"]) for k, v in raw["anaphor_nouns"].items() if isinstance(v, dict)
        },
        region_adjectives={str(k): frozenset(v) for k, v in (raw.get("region_adjectives") or {}).items()},
        region_nouns=frozenset(raw.get("region_nouns") or ()),
        envoy_nouns=frozenset(raw.get("envoy_nouns") or ()),
        own_state_nouns=frozenset(raw.get("own_state_nouns") or ()),
        owned_agent_nouns=frozenset(str(w).lower() for w in raw.get("owned_agent_nouns") or ()),
        host_verbs=frozenset(raw.get("host_verbs") or ()),
        pointed_list_nouns=frozenset(raw.get("pointed_list_nouns") or ()),
        own_envoy_verbs=frozenset(raw.get("own_envoy_verbs") or ()),
        act_nouns={str(k): str(v) for k, v in (raw.get("act_nouns") or {}).items()},
        act_synonyms={
            str(w): frozenset(str(x) for x in group) for group in raw.get("act_synonyms") or () for w in group
        },
        mutual_nouns=frozenset(raw.get("mutual_nouns") or ()),
        mutual_verbs=frozenset(raw.get("mutual_verbs") or ()),
        characterise_verbs=frozenset(raw["characterise_verbs"]),
        disapproval_words=frozenset(raw["disapproval_words"]),
        told_content_verbs=frozenset(raw.get("told_content_verbs") or ()),
        approval_words=frozenset(raw.get("approval_words", ())),
        future_only_verbs=frozenset(raw.get("future_only_verbs") or ()),
        capital_verbs=frozenset(raw.get("capital_verbs") or ()),
        manner_preps=frozenset(raw.get("manner_preps") or ()),
        joining_verbs=frozenset(raw.get("joining_verbs") or ()),
        forum_types=frozenset(raw.get("forum_types") or ()),
        grievance_preps=frozenset(raw.get("grievance_preps") or ()),
        guest_words=frozenset(raw.get("guest_words") or ()),
        one_sided_types=frozenset(raw.get("one_sided_types") or ()),
        between_agreement_verbs=frozenset(raw.get("between_agreement_verbs") or ()),
        speaker_act_verbs=frozenset(raw.get("speaker_act_verbs") or ()),
        receiving_verbs=frozenset(raw.get("receiving_verbs") or ()),
        received_types=frozenset(raw.get("received_types") or ()),
        copying_verbs={k: frozenset(str(x) for x in v) for k, v in (raw.get("copying_verbs") or {}).items()},
        gathering_verbs=frozenset(raw.get("gathering_verbs") or ()),
        attendance_verbs=frozenset(raw.get("attendance_verbs") or ()),
        giving_participles=frozenset(raw.get("giving_participles") or ()),
        happening_verbs=frozenset(raw.get("happening_verbs") or ()),
        schedule_verbs=frozenset(raw.get("schedule_verbs") or ()),
        under_way_verbs=frozenset(raw.get("under_way_verbs") or ()),
        dateline_seats={str(k): (str(v["place"]), str(v["igo"])) for k, v in (raw.get("dateline_seats") or {}).items()},
        seated_bodies=frozenset(raw.get("seated_bodies") or ()),
        list_member_nouns=frozenset(raw.get("list_member_nouns") or ()),
        switch_objects=frozenset(raw.get("switch_objects") or ()),
        stance_adjectives=dict(raw.get("stance_adjectives") or {}),
        stance_copulas=frozenset(raw.get("stance_copulas") or ("be",)),
        war_state_nouns=frozenset(raw.get("war_state_nouns") or ()),
        rival_pullback_words=frozenset(raw.get("rival_pullback_words") or ()),
        reflexive_particle_verbs=frozenset(raw.get("reflexive_particle_verbs") or ()),
        stationed_force_nouns=frozenset(raw.get("stationed_force_nouns") or ()),
        course_commitments=frozenset(raw.get("course_commitments") or ()),
        public_nouns=frozenset(raw.get("public_nouns") or ()),
        frames=_frames(frames),
        hypothetical_forms=frozenset(mod.get("hypothetical_forms") or ()),
        capacity_words=frozenset(mod.get("capacity_words") or ()),
        denying=frozenset(mod.get("denying") or ()),
        denied_nouns=frozenset(mod.get("denied_nouns") or ()),
        yet_verbs=frozenset(mod.get("yet_verbs") or ()),
        future_time_words=frozenset(mod.get("future_time_words") or ()),
        would_happen_verbs=frozenset(mod.get("would_happen_verbs") or ()),
        round_nouns=frozenset(mod.get("round_nouns") or ()),
        part_nouns=frozenset(mod.get("part_nouns") or ()),
        readiness=frozenset(mod.get("readiness") or ()),
        occasion_preps=frozenset(mod.get("occasion_preps") or ()),
        order_verbs=frozenset(mod.get("order_verbs") or ()),
        preparing_verbs=frozenset(mod.get("preparing_verbs") or ()),
        en_route_verbs=frozenset(mod.get("en_route_verbs") or ()),
        ordered_taken_types=frozenset(mod.get("ordered_taken_types") or ()),
        announced_arrangement_cues=frozenset(mod.get("announced_arrangement_cues") or ()),
        intention_verbs=frozenset(mod.get("intention_verbs") or ()),
        stance_verb_types=frozenset(mod.get("stance_verb_types") or ()),
        reject_when_negated=frozenset(raw.get("reject_when_negated") or ()),
        unrecognising_verbs=frozenset(raw.get("unrecognising_verbs") or ()),
        taken_measures={k: frozenset(v) for k, v in (raw.get("taken_measures") or {}).items()},
        agreed_content={k: frozenset(v) for k, v in (raw.get("agreed_content") or {}).items()},
        refusal={k: frozenset(v) for k, v in (raw.get("refusal") or {}).items()},
        plain_warning={k: frozenset(v) for k, v in (raw.get("plain_warning") or {}).items()},
        maker_participles=frozenset(raw.get("maker_participles") or ()),
        habitual_adverbs=frozenset(raw.get("habitual_adverbs") or ()),
        stance_verbs=frozenset(raw.get("stance_verbs") or ()),
        said_concessions=frozenset(raw.get("said_concessions") or ()),
        inviting_modes=frozenset(raw.get("inviting_modes") or ()),
        conceding_retreat_modes=frozenset(raw.get("conceding_retreat_modes") or ()),
        proposing_verbs=frozenset(raw.get("proposing_verbs") or ()),
        readiness_to_join={k: frozenset(v) for k, v in (raw.get("readiness_to_join") or {}).items()},
        conceding_agreement={k: frozenset(v) for k, v in (raw.get("conceding_agreement") or {}).items()},
        joint_announcement={k: frozenset(v) for k, v in (raw.get("joint_announcement") or {}).items()},
        reject_when_negated_types=frozenset(raw.get("reject_when_negated_types") or ()),
        statement_types=frozenset(raw.get("statement_types") or ()),
        ultimatum_types=frozenset(raw.get("ultimatum_types") or ()),
        content_nouns=frozenset(raw.get("content_nouns") or ()),
        share_nouns=frozenset(raw.get("share_nouns") or ()),
        force_nouns=frozenset((raw.get("arriving_forces") or {}).get("nouns") or ()),
        force_plural_nouns=frozenset((raw.get("arriving_forces") or {}).get("plural_nouns") or ()),
        force_quantity_heads=frozenset((raw.get("arriving_forces") or {}).get("quantity_heads") or ()),
        peacekeeping_words=frozenset((raw.get("arriving_forces") or {}).get("peacekeeping") or ()),
        indefinite_pronouns=frozenset(raw.get("indefinite_pronouns") or ()),
        verbal_dispute={k: frozenset(v) for k, v in (raw.get("verbal_dispute") or {}).items()},
        unreached_accord={k: frozenset(v) for k, v in (raw.get("unreached_accord") or {}).items()},
        phrase_blocking_objects={k: frozenset(v) for k, v in (raw.get("phrase_blocking_objects") or {}).items()},
        object_only_verbs=frozenset(raw.get("object_only_verbs") or ()),
        future_only_objects={k: frozenset(v) for k, v in (raw.get("future_only_objects") or {}).items()},
        apology_objects={k: frozenset(v) for k, v in (raw.get("apology_objects") or {}).items()},
        active_only_verbs=frozenset(raw.get("active_only_verbs") or ()),
        third_party_objects={k: frozenset(v) for k, v in (raw.get("third_party_objects") or {}).items()},
        domestic_in_nouns=dict(raw.get("domestic_in_nouns") or {}),
        domestic_side_words=dict(raw.get("domestic_side_words") or {}),
        domestic_ruler_nouns=frozenset(raw.get("domestic_ruler_nouns") or ()),
        domestic_pair_nouns=frozenset(raw.get("domestic_pair_nouns") or ()),
        court_voiding_verbs=dict(raw.get("court_voiding_verbs") or {}),
        court_verdict_verbs=frozenset(raw.get("court_verdict_verbs") or ()),
        court_void_words=frozenset(raw.get("court_void_words") or ()),
        government_act_nouns=frozenset(raw.get("government_act_nouns") or ()),
        unnamed_attackers=frozenset(raw.get("unnamed_attackers") or ()),
        casualty_verbs=frozenset(raw.get("casualty_verbs") or ()),
        fighting_verbs=frozenset(raw.get("fighting_verbs") or ()),
        custody_place_preps=frozenset(raw.get("custody_place_preps") or ()),
        prosecution_verbs=frozenset(raw.get("prosecution_verbs") or ()),
        penalty_verbs=frozenset(raw.get("penalty_verbs") or ()),
        court_agent_nouns=frozenset(raw.get("court_agent_nouns") or ()),
        custody_request_nouns=frozenset(raw.get("custody_request_nouns") or ()),
        custody_verbs=frozenset(raw.get("custody_verbs") or ()),
        swap_nouns=frozenset(raw.get("swap_nouns") or ()),
        counter_release_nouns=frozenset(raw.get("counter_release_nouns") or ()),
        mutual_modifiers=frozenset(raw.get("mutual_modifiers") or ()),
        command_verbs=frozenset((raw.get("imposed_measures") or {}).get("verbs") or ()),
        command_nouns=frozenset((raw.get("imposed_measures") or {}).get("nouns") or ()),
        imposed_types=frozenset((raw.get("imposed_measures") or {}).get("types") or ()),
        action_nouns={str(k): str(v) for k, v in (raw.get("action_nouns") or {}).items()},
        recognition_rivals={str(k): str(v) for k, v in (raw.get("recognition_rivals") or {}).items()},
        measure_lists=frozenset(raw.get("measure_lists") or ()),
        container_nouns=frozenset(raw.get("container_nouns") or ()),
        stated_value_nouns=frozenset(raw.get("stated_value_nouns") or ()),
        requiring_verbs=frozenset(raw.get("requiring_verbs") or ()),
        needed_act_nouns=frozenset(raw.get("needed_act_nouns") or ()),
        needed_act_adjectives=frozenset(raw.get("needed_act_adjectives") or ()),
        unasked_need_verbs=frozenset(raw.get("unasked_need_verbs") or ()),
        own_verb_objects=own_verb_objects,
        happening_nouns={k: _entry(v) for k, v in happening.items()},
        aspect_pairs=frozenset(aspect_pairs),
        occurrence_verbs=frozenset(raw.get("occurrence_verbs") or ()),
        answer_verbs=frozenset(raw.get("answer_verbs") or ()),
        span_nouns=frozenset(raw.get("span_nouns") or ()),
        grievance_nouns=frozenset(raw.get("grievance_nouns") or ()),
        accusation_nouns=frozenset(raw.get("accusation_nouns") or ()),
        owned_act_nouns=frozenset(raw.get("owned_act_nouns") or ()),
        threat_nouns=frozenset(raw.get("threat_nouns") or ()),
    )


def _with_plurals(demonyms: dict[str, str]) -> dict[str, str]:
    """Each demonym also as a plural noun ("Young Algerians blocked roads", "Ugandans voted"), where none is listed."""
    out = dict(demonyms)
    for word, iso in demonyms.items():
        if " " not in word and not word.endswith(("s", "sh", "ch", "ese", "z", "x")):
            out.setdefault(word + "s", iso)
    return out


def _kb_currencies() -> frozenset[str]:
    from ..actors.kb import kb

    return kb().currencies


def _kb_demonyms() -> dict[str, str]:
    """Every country adjective and demonym of the actor data ("Norwegian", "Sudanese"): what the lexicon's
    own short list does not name ("Norwegian and Sudanese officials met" has two sides)."""
    from ..actors.kb import kb

    out: dict[str, str] = {}
    for c in kb().countries.values():
        for word in (c.adj, *c.demonyms):
            if word and word[0].isupper():
                out.setdefault(word.lower(), c.iso3)
    return out


@dataclass(frozen=True)
class Mapping:
    """What a PLOVER type (and mode) maps to in CAMEO/GDELT terms."""

    cameo_root: str
    cameo_code: str
    cameo_label: str
    goldstein: float
    quad_class: int


@functools.lru_cache(maxsize=1)
def cameo_mapping() -> dict[tuple[str, str], Mapping]:
    rows = csv.DictReader(_data("plover_cameo.csv").splitlines())
    return {
        (r["type"], r["mode"] or ""): Mapping(
            r["cameo_root"], r["cameo_code"], r["cameo_label"], float(r["goldstein"]), int(r["quad_class"])
        )
        for r in rows
    }


def map_event(type_: str, mode: str | None) -> Mapping | None:
    """The mode-specific row if there is one, else the type's default row."""
    table = cameo_mapping()
    return table.get((type_, mode or "")) or table.get((type_, ""))
