"""How real news states events: policy acts, calls as nouns, protests, attacks, arrests (issue 15).

Actors are given by hand as the enrich stage would give them, so these tests exercise the lexicon,
and the trigger finder, not actor resolution.
"""

from __future__ import annotations

from coding import code, types


def test_called_off_decides_by_its_object(nlp):
    ms = code(nlp, "Trump called off the summit with North Korea on Thursday.",
              [("Trump", "USA", "person"), ("North Korea", "PRK", "country")])
    assert ("SANCTION", "USA", "PRK") in types(ms)   # halting talks (CAMEO 164), not a retreat
    ms = code(nlp, "The United States called off the tariffs on Chinese goods on Monday.",
              [("The United States", "USA", "country"), ("Chinese", "CHN", "country")])
    assert [m.type for m in ms if m.trigger.startswith("called")] == ["CONCEDE"]


def test_a_phone_conversation_is_a_call(nlp):
    ms = code(nlp, "Chinese President Xi Jinping and U.S. President Joe Biden held a phone conversation on Thursday.",
              [("Xi Jinping", "CHN", "person"), ("Joe Biden", "USA", "person")])
    m = next(m for m in ms if m.type == "CONSULT")
    assert m.mode == "phone/video" and {m.source.country, m.target.country} == {"CHN", "USA"}


def test_protest_by_citizens_is_dissent_and_by_a_state_is_an_accusation(nlp):
    ms = code(nlp, "Thousands of Nigerians staged a rally in Lagos on Thursday.", [("Nigerians", "NGA", "group")])
    assert [(m.type, m.trigger) for m in ms] == [("PROTEST", "staged rally")]   # spaCy lemmatises "staged" as "stag"
    ms = code(nlp, "Students from Chile protested against the government of Peru on Sunday.",
              [("Chile", "CHL", "group"), ("Peru", "PER", "country")])
    assert {m.type for m in ms} == {"PROTEST"}
    ms = code(nlp, "China protested strongly to the United States on Monday.",
              [("China", "CHN", "country"), ("the United States", "USA", "country")])
    assert types(ms) == [("ACCUSE", "CHN", "USA")]


def test_rockets_fired_at_a_target_are_an_attack_and_a_test_launch_is_not(nlp):
    ms = code(nlp, "Russian forces fired rockets at Ukrainian positions near Kharkiv on Monday.",
              [("Russian", "RUS", "country"), ("Ukrainian", "UKR", "country")])
    assert ("ASSAULT", "RUS", "UKR") in types(ms)
    ms = code(nlp, "North Korea fired two ballistic missiles into the sea on Monday.", [("North Korea", "PRK", "country")])
    assert {m.type for m in ms} <= {"MOBILIZE"}


def test_violence_and_arrests_by_armed_groups(nlp):
    ms = code(nlp, "Afghan rebels kidnapped 16 Russian advisers on Tuesday.",
              [("Afghan", "AFG", "group"), ("Russian", "RUS", "country")])
    assert ("ASSAULT", "AFG", "RUS") in types(ms)
    ms = code(nlp, "Zambia extradited a British militant to Britain on Sunday.",
              [("Zambia", "ZMB", "country"), ("Britain", "GBR", "country"), ("British", "GBR", "country")])
    assert ("COOPERATE", "ZMB", "GBR") in types(ms)


def test_strike_deal_is_an_agreement_not_an_attack(nlp):
    ms = code(nlp, "China and Brazil struck a deal on soybeans on Monday.",
              [("China", "CHN", "country"), ("Brazil", "BRA", "country")])
    assert {m.type for m in ms} == {"AGREE"}


def test_a_shared_general_intent_is_no_request(nlp):
    actors = [("Xi", "CHN", "person"), ("Biden", "USA", "person"), ("Washington", "USA", "country")]
    ms = code(nlp, "Xi told Biden that the two countries should respect each other and coexist in peace.", actors)
    assert "REQUEST" not in {m.type for m in ms}
    ms = code(nlp, "Xi told Biden that Washington should lift the sanctions on Chinese firms.", actors)
    assert ("REQUEST", "CHN", "USA") in types(ms)


def test_characterising_another_sides_act_is_an_accusation(nlp):
    actors = [("Beijing", "CHN", "country"), ("U.S.", "USA", "country"), ("Canberra", "AUS", "country")]
    named = code(nlp, "Beijing on Friday called the new U.S. chip rules an abuse of state power.", actors)
    assert ("ACCUSE", "CHN", "USA") in types(named)
    as_phrase = code(nlp, "Canberra described the U.S. decision as a clear violation of the trade pact.", actors)
    assert ("ACCUSE", "AUS", "USA") in types(as_phrase)
    # praise is no accusation: the complement decides
    praised = code(nlp, "Canberra called the U.S. proposal a useful first step.", actors)
    assert not any(t == "ACCUSE" for t, _, _ in types(praised))


def test_a_coercive_act_its_actor_states_as_possible_is_a_threat(nlp):
    actors = [("Warsaw", "POL", "country"), ("Minsk", "BLR", "country")]
    ms = code(nlp, "Warsaw might impose fresh sanctions on Minsk, the prime minister said on Friday.", actors)
    assert [(m.type, m.source.country, m.target.country, m.status) for m in ms] == [("THREATEN", "POL", "BLR", "occurred")]
    # the condition of an if-clause is nobody's threat
    ms = code(nlp, "Warsaw said it would respond if Minsk imposed new sanctions.", actors)
    assert not any(m.type == "THREATEN" and m.source.country == "BLR" for m in ms)


def test_announced_aid_and_approved_arms_sales_are_aid(nlp):
    actors = [("Washington", "USA", "country"), ("Manila", "PHL", "country"), ("Berlin", "DEU", "country")]
    ms = code(nlp, "Washington on Tuesday approved the sale of 12 fighter jets to Manila.", actors)
    assert ("AID", "USA", "PHL") in types(ms)
    # "announce" is a reporting verb, yet what it announces can be the event itself
    ms = code(nlp, "Berlin announced 300 million euros in assistance for Manila on Monday.", actors)
    assert ("AID", "DEU", "PHL") in types(ms)
    # approving a company's takeover is no aid
    ms = code(nlp, "Washington approved the sale of a Manila port operator to a private fund.", actors)
    assert not any(t == "AID" for t, _, _ in types(ms))


def test_a_decided_or_ordered_measure_is_taken_that_day(nlp):
    actors = [("Moscow", "RUS", "country"), ("Polish", "POL", "country")]
    ms = code(nlp, "Moscow decided on Monday to shut the Polish consulate in Smolensk.", actors)
    assert [(m.type, m.source.country, m.target.country, m.status) for m in ms] == [("SANCTION", "RUS", "POL", "occurred")]
    ms = code(nlp, "Moscow ordered four Polish diplomats to leave the country.", actors)
    assert ("SANCTION", "RUS", "POL") in types(ms)
    # a decision to talk is still a plan
    ms = code(nlp, "Moscow decided to hold talks with Polish officials next month.", actors)
    assert all(m.status == "planned" for m in ms if m.type == "CONSULT")


def test_cameo_verb_patterns_code_verbs_the_lexicon_lacks(nlp):
    """PETRARCH2's CAMEO verb patterns (data/events/cameo_verbs.yaml) read a verb by its object,
    particle or preposition where the event lexicon has no entry for it."""
    actors = [("China", "CHN", "country"), ("the United States", "USA", "country"), ("Israeli", "ISR", "country"),
              ("Palestinian", "PSE", "country"), ("Burmese", "MMR", "country"), ("Trump", "USA", "person"),
              ("Beijing", "CHN", "country"), ("Washington", "USA", "country")]
    ms = code(nlp, "China filed a lawsuit against the United States at the World Trade Organization on Tuesday.", actors)
    assert [(m.type, m.mode, m.source.country, m.target.country) for m in ms] == [("ACCUSE", "allege", "CHN", "USA")]
    ms = code(nlp, "Israeli troops remained on alert in the West Bank after a week of Palestinian unrest.", actors)
    # "remain * (ON ALERT)", CAMEO 152; "after a week of Palestinian unrest" is the scene, no target
    assert [(m.type, m.source.country) for m in ms] == [("MOBILIZE", "ISR")]
    ms = code(nlp, "Trump lashed out at Beijing on Monday.", actors)
    assert [m.type for m in ms] == ["ACCUSE"]


def test_cameo_verbs_alone_and_outside_the_main_clause_make_no_event(nlp):
    actors = [("China", "CHN", "country"), ("Burmese", "MMR", "country"), ("Trump", "USA", "person"),
              ("Beijing", "CHN", "country"), ("Washington", "USA", "country")]
    # the bare verb's own code (CAMEO 190 for "hit") is too loose for news
    assert code(nlp, "China hit back on Monday.", actors) == []
    # a pattern belongs to the verb it was written for: "take * PART" is no "capture * PART"
    # (taking ground by force is the lexicon's own reading, ASSAULT, not the pattern's intent to cooperate)
    ms = code(nlp, "Burmese troops captured part of a Karen guerrilla stronghold on Monday.", actors)
    assert [m.type for m in ms] == ["ASSAULT"]
    # a condition is nobody's act
    assert code(nlp, "Officials said Trump would act if Beijing lashed out at Washington.", actors) == []


def test_cameo_patterns_read_a_verb_the_lexicon_knows_only_with_other_objects(nlp):
    actors = [("The United States", "USA", "country"), ("Macedonia", "MKD", "country"), ("Indian", "IND", "country"),
              ("China", "CHN", "country")]
    # "provide" is in the lexicon only with aid-like objects; CAMEO reads "provide * &INFORMATION"-style objects
    ms = code(nlp, "The United States is providing aerial photographs and other military intelligence to Macedonia.",
              actors)
    # (intelligence shared is material cooperation: the lexicon's "provide" with an information object)
    assert {t for t, a, b in types(ms) if (a, b) == ("USA", "MKD")} & {"AID", "COOPERATE"}
    # "began pulling back": the aspect verb carries the main assertion; forces pulled back withdraw (lexicon
    # particle "pull back", RETREAT, CAMEO 0874; session 21), where CAMEO's first pattern read a yield (080)
    ms = code(nlp, "Indian troops began pulling back from the border with China on Monday.", actors)
    assert types(ms) == [("RETREAT", "IND", "CHN")]


def test_a_promised_response_is_a_threat_a_past_response_is_what_was_done(nlp):
    actors = [("Beijing", "CHN", "country"), ("Washington", "USA", "country"), ("American", "USA", "country")]
    ms = code(nlp, "Beijing said on Monday it would respond firmly to any provocation by Washington.", actors)
    assert [(m.type, m.source.country, m.target.country, m.status) for m in ms] == [("THREATEN", "CHN", "USA", "occurred")]
    ms = code(nlp, "Beijing responded on Monday by banning 59 American apps.", actors)
    assert "THREATEN" not in [m.type for m in ms]
    # the wire formula for no comment is no threat
    ms = code(nlp, "Beijing did not immediately respond to a request for comment from Washington.", actors)
    assert "THREATEN" not in [m.type for m in ms]


# -- giving, cutting and sharing, calls to an office-holder, releases (issue 15, session 6) ----------------
def test_giving_providing_and_contributing_are_aid(nlp):
    ms = code(nlp, "The U.S. military gave 625 new firearms to the Philippine Marines on Monday.",
              [("U.S.", "USA", "country"), ("Philippine", "PHL", "country")])
    assert ("AID", "USA", "PHL") in types(ms)
    ms = code(nlp, "Colombia is ready to contribute troops to the security force in Afghanistan.",
              [("Colombia", "COL", "country"), ("Afghanistan", "AFG", "country")])
    assert [m.type for m in ms] == ["AID"]


def test_reducing_or_suspending_aid_and_supplies_is_a_sanction(nlp):
    ms = code(nlp, "The United States reduced military aid to Argentina by $17 million.",
              [("The United States", "USA", "country"), ("Argentina", "ARG", "country")])
    assert types(ms) == [("SANCTION", "USA", "ARG")]
    ms = code(nlp, "Turkey has suspended food supplies and flights to Armenia.",
              [("Turkey", "TUR", "country"), ("Armenia", "ARM", "country")])
    assert ("SANCTION", "TUR", "ARM") in types(ms)


def test_calling_a_counterpart_is_a_phone_call_and_calling_him_names_is_not(nlp):
    ms = code(nlp, "The Iranian president called his Lebanese counterpart, Michel Aoun, on Sunday.",
              [("Iranian", "IRN", "country"), ("Michel Aoun", "LBN", "person")])
    assert [(m.type, m.mode, m.target.country) for m in ms] == [("CONSULT", "phone/video", "LBN")]
    ms = code(nlp, "Trump called the president a liar.", [("Trump", "USA", "person")])
    assert not [m for m in ms if m.type == "CONSULT"]


def test_sharing_evidence_is_cooperation_and_releasing_a_named_journalist_a_release(nlp):
    ms = code(nlp, "Afghan officials shared evidence with their Pakistani counterparts on Monday.",
              [("Afghan", "AFG", "country"), ("Pakistani", "PAK", "country")])
    assert ("COOPERATE", "AFG", "PAK") in types(ms)
    ms = code(nlp, "A Turkish court has released German journalist Mesale Tolu.",
              [("Turkish", "TUR", "country"), ("Mesale Tolu", "DEU", "person")])
    assert types(ms) == [("RETREAT", "TUR", "DEU")]


def test_a_cancelled_visit_is_against_its_destination_not_the_pressure(nlp):
    ms = code(nlp, "Pakistani Prime Minister Imran Khan has cancelled a planned visit to Malaysia under pressure from "
                   "Saudi Arabia.", [("Imran Khan", "PAK", "person"), ("Malaysia", "MYS", "country"),
                                     ("Saudi Arabia", "SAU", "country")])
    # the cancelling is the side's act; the visit itself is a negated meeting with the same host (session 15)
    assert types(ms) == [("CONSULT", "PAK", "MYS"), ("SANCTION", "PAK", "MYS")]
    assert [m.status for m in ms if m.type == "CONSULT"] == ["negated"]


def test_coordinated_objects_are_each_the_object(nlp):
    ms = code(nlp, "The U.S. military launched air and artillery strikes on Syrian troops on Wednesday.",
              [("U.S.", "USA", "country"), ("Syrian", "SYR", "country")])
    assert ("ASSAULT", "USA", "SYR") in types(ms)


def test_lifting_curbs_and_suspending_a_tax_are_concessions(nlp):
    ms = code(nlp, "Japan lifted travel curbs to and from North Korea.",
              [("Japan", "JPN", "country"), ("North Korea", "PRK", "country")])
    assert types(ms) == [("CONCEDE", "JPN", "PRK")]
    ms = code(nlp, "France suspended a 3% digital tax on U.S. tech companies.",
              [("France", "FRA", "country"), ("U.S.", "USA", "country")])
    assert types(ms) == [("CONCEDE", "FRA", "USA")]


def test_withdrawing_from_a_deal_or_an_envoy_reduces_relations_withdrawing_troops_is_a_retreat(nlp):
    actors = [("Washington", "USA", "country"), ("Iran", "IRN", "country"), ("Ramallah", "PSE", "country"),
              ("Bahrain", "BHR", "country"), ("Russia", "RUS", "country"), ("Ukrainian", "UKR", "country"),
              ("Paris", "FRA", "country")]
    ms = code(nlp, "Washington withdrew from the nuclear agreement with Iran on Tuesday.", actors)
    assert types(ms) == [("SANCTION", "USA", "IRN")]
    ms = code(nlp, "Ramallah withdrew its envoy to Bahrain on Friday.", actors)
    assert types(ms) == [("SANCTION", "PSE", "BHR")]
    ms = code(nlp, "Russia withdrew its troops from the Ukrainian border on Friday.", actors)
    assert types(ms) == [("RETREAT", "RUS", "UKR")]
    # cancelling a commemoration with another side cuts ties, as cancelling talks does
    ms = code(nlp, "Paris cancelled a gala with Washington planned for Friday evening.", actors)
    assert [m.type for m in ms] == ["SANCTION"]


def test_releasing_captured_people_is_a_retreat(nlp):
    actors = [("Pakistan", "PAK", "country"), ("Indian", "IND", "country"), ("Iran", "IRN", "country"),
              ("British", "GBR", "country")]
    ms = code(nlp, "Pakistan announced on Thursday it would release a captured Indian Air Force pilot on Friday.", actors)
    assert [(m.type, m.mode, m.source.country, m.target.country) for m in ms if m.type != "CONCEDE"] == [
        ("RETREAT", "release", "PAK", "IND")
    ]
    ms = code(nlp, "Iran released two British journalists on Monday.", actors)
    assert types(ms) == [("RETREAT", "IRN", "GBR")]


def test_an_offer_to_act_is_an_intent_to_cooperate_and_an_offered_reading_is_not(nlp):
    ms = code(nlp, "Libya has offered to hand over to Great Britain two of its nationals suspected of the bombing.",
              [("Libya", "LBY", "country"), ("Great Britain", "GBR", "country")])
    assert types(ms) == [("AGREE", "LBY", "GBR")]
    ms = code(nlp, "Iranian President Hassan Rouhani offered a different reading of the attack on Saudi Arabia.",
              [("Hassan Rouhani", "IRN", "person"), ("Saudi Arabia", "SAU", "country")])
    assert not [m for m in ms if m.type == "AGREE"]


def test_giving_up_a_penalty_is_a_concession(nlp):
    ms = code(nlp, "On Monday, the Treasury Department dropped its designation of China as a currency manipulator.",
              [("the Treasury Department", "USA", "organization"), ("China", "CHN", "country")])
    assert ("CONCEDE", "USA", "CHN") in types(ms)
    ms = code(nlp, "The administration delayed the tariffs on China until December.",
              [("The administration", "USA", "organization"), ("China", "CHN", "country")])
    assert ("CONCEDE", "USA", "CHN") in types(ms)


def test_declaring_war_is_a_threat_of_force(nlp):
    ms = code(nlp, "Israel's security cabinet formally declared war on Hamas on Sunday.",
              [("Israel", "ISR", "country"), ("Hamas", "PSE", "organization")])
    assert ("THREATEN", "ISR", "PSE") in types(ms)


def test_freezing_contacts_or_scrapping_a_contract_breaks_relations(nlp):
    ms = code(nlp, "Britain froze high-level bilateral contacts with Russia on Wednesday.",
              [("Britain", "GBR", "country"), ("Russia", "RUS", "country")])
    assert ("SANCTION", "GBR", "RUS") in types(ms)
    ms = code(nlp, "Australia scrapped a submarine programme with France on Wednesday.",
              [("Australia", "AUS", "country"), ("France", "FRA", "country")])
    assert ("SANCTION", "AUS", "FRA") in types(ms)


def test_hailing_and_ratifying_are_support(nlp):
    ms = code(nlp, "South Korean President Moon Jae-in hailed the summit with North Korea as historic.",
              [("Moon Jae-in", "KOR", "person"), ("North Korea", "PRK", "country")])
    assert ("SUPPORT", "KOR", "PRK") in types(ms)
    ms = code(nlp, "The Hungarian parliament ratified Finland's accession protocol on March 27.",
              [("Hungarian", "HUN", "country"), ("Finland", "FIN", "country")])
    assert ("SUPPORT", "HUN", "FIN") in types(ms)


def test_a_missile_test_is_a_show_of_force_and_a_scuffle_is_violence(nlp):
    ms = code(nlp, "North Korea test-fired a series of short-range missiles on Thursday.",
              [("North Korea", "PRK", "country")])
    assert [m.type for m in ms] == ["MOBILIZE"]
    ms = code(nlp, "Chinese and Indian soldiers scuffled on the banks of Pangong Tso on Monday.",
              [("Chinese", "CHN", "country"), ("Indian", "IND", "country")])
    assert "ASSAULT" in [m.type for m in ms]


def test_switching_recognition_withdraws_it_from_one_and_gives_it_to_the_other(nlp):
    ms = code(nlp, "Solomon Islands switched diplomatic recognition from Taiwan to Beijing in September 2019.",
              [("Solomon Islands", "SLB", "country"), ("Taiwan", "TWN", "country"), ("Beijing", "CHN", "country")])
    assert {("SANCTION", "SLB", "TWN"), ("SUPPORT", "SLB", "CHN")} <= set(types(ms))
    assert ("SANCTION", "SLB", "CHN") not in types(ms)


def test_an_ultimatum_is_a_threat_and_an_issued_invitation_a_request(nlp):
    ms = code(nlp, "The United States gave Iran an ultimatum on Monday.",
              [("The United States", "USA", "country"), ("Iran", "IRN", "country")])
    assert ("THREATEN", "USA", "IRN") in types(ms)
    ms = code(nlp, "NATO issued an invitation to Finland on Tuesday.",
              [("NATO", "NAT", "organization"), ("Finland", "FIN", "country")])
    assert ("REQUEST", "NAT", "FIN") in types(ms)


def test_calling_on_an_office_holder_is_a_courtesy_call_and_calling_on_someone_to_act_a_request(nlp):
    # South Asian, African and Commonwealth usage: "call on the President" is a courtesy visit (a meeting)
    ms = code(nlp, "During the visit, the Prime Minister of Ghana will call on President Ruto at State House.",
              [("Ghana", "GHA", "country"), ("Ruto", "KEN", "person")])
    assert [(m.type, m.mode, m.source.country, m.target.country) for m in ms if m.trigger.startswith("call")] == [
        ("CONSULT", "meeting", "GHA", "KEN")]
    ms = code(nlp, "Other Kenyan dignitaries will call on the Prime Minister of Ghana.",
              [("Kenyan", "KEN", "country"), ("Ghana", "GHA", "country")])
    assert [m.type for m in ms if m.trigger.startswith("call")] == ["CONSULT"]
    # asking someone to act stays a request, a person named or not
    for text in ("Ruto called on President Akufo-Addo to reopen the border.",
                 "Kenya called on Ghana's president for restraint."):
        ms = code(nlp, text, [("Ruto", "KEN", "person"), ("Kenya", "KEN", "country"),
                              ("Akufo-Addo", "GHA", "person"), ("Ghana", "GHA", "country")])
        assert [m.type for m in ms if m.trigger.startswith("called")] == ["REQUEST"], text


def test_a_joint_exercise_is_cooperation_between_the_forces_and_a_lone_one_a_show_of_force(nlp):
    ms = code(nlp, "India and France started joint naval exercises off Goa on Monday.",
              [("India", "IND", "country"), ("France", "FRA", "country")])
    assert [(m.type, m.mode, {m.source.country, m.target.country}) for m in ms] == [
        ("COOPERATE", "military", {"IND", "FRA"})]
    ms = code(nlp, "Japan and the Philippines held combined drills in the South China Sea.",
              [("Japan", "JPN", "country"), ("the Philippines", "PHL", "country")])
    assert [(m.type, {m.source.country, m.target.country}) for m in ms] == [("COOPERATE", {"JPN", "PHL"})]
    ms = code(nlp, "China staged military drills around Taiwan on Monday.",
              [("China", "CHN", "country"), ("Taiwan", "TWN", "country")])
    assert [(m.type, m.source.country, m.target.country) for m in ms] == [("MOBILIZE", "CHN", "TWN")]


def test_releasing_a_peoples_plural_name_is_releasing_its_nationals(nlp):
    # "215 Ukrainians" is nationals of Ukraine, as "Ukrainian nationals" would be
    ms = code(nlp, "On Sept. 21, Russia released 215 Ukrainians, many of them soldiers captured in Mariupol.",
              [("Russia", "RUS", "country"), ("Ukrainians", "UKR", "group")], published="2022-09-22")
    assert ("RETREAT", "RUS", "UKR") in types(ms)


def test_doubling_tariffs_is_a_sanction_and_doubling_purchases_none(nlp):
    ms = code(nlp, "Canada doubled its tariffs on Chinese electric vehicles on Monday.",
              [("Canada", "CAN", "country"), ("Chinese", "CHN", "country")])
    assert types(ms) == [("SANCTION", "CAN", "CHN")]
    ms = code(nlp, "China doubled its purchases of American soybeans.",
              [("China", "CHN", "country"), ("American", "USA", "country")])
    assert not [m for m in ms if m.trigger.startswith("doubled")]


def test_welcoming_an_office_holder_is_hosting_a_visit_and_welcoming_a_decision_praise(nlp):
    # CAMEO 043 "welcome counterparts": the host receives the visitor, coded as the guest's visit (visitor -> host)
    ms = code(nlp, "Ruto is due to welcome Ghanaian President Nana Akufo-Addo at State House on Friday.",
              [("Ruto", "KEN", "person"), ("Nana Akufo-Addo", "GHA", "person")])
    assert [(m.type, m.mode, m.source.country, m.target.country) for m in ms if m.trigger.startswith("welcome")] == [
        ("CONSULT", "visit", "GHA", "KEN")]
    ms = code(nlp, "Kenya welcomed Ghana's decision to reopen the border.",
              [("Kenya", "KEN", "country"), ("Ghana", "GHA", "country")])
    assert [m.type for m in ms if m.trigger.startswith("welcome")] == ["SUPPORT"]


def _tsd(ms):
    return sorted({(m.type, m.source.country, m.target.country if m.target else None, m.status) for m in ms})


def test_joining_an_alliance_backs_it_and_joining_talks_does_not(nlp):
    ms = code(nlp, "Montenegro formally joined NATO on Monday after a vote in Podgorica.",
              [("Montenegro", "MNE", "country"), ("NATO", "NAT", "organization")])
    assert ("SUPPORT", "MNE", "NAT") in types(ms)
    ms = code(nlp, "Qatar joined the talks between Chad and Sudan.",
              [("Qatar", "QAT", "country"), ("Chad", "TCD", "country"), ("Sudan", "SDN", "country")])
    assert not [m for m in ms if m.trigger.startswith("joined") and m.type == "SUPPORT"]


def test_a_court_sentence_is_a_penalty(nlp):
    ms = code(nlp, "An Iranian court sentenced the French researcher Adelkhah to five years on Saturday.",
              [("Iranian", "IRN", "country"), ("French", "FRA", "country")])
    assert ("SANCTION", "IRN", "FRA") in types(ms)


def test_designating_a_state_an_ally_backs_it_and_labelling_it_a_manipulator_accuses_it(nlp):
    ms = code(nlp, "On Friday the United States designated Brazil a major non-NATO ally.",
              [("United States", "USA", "country"), ("Brazil", "BRA", "country")])
    assert ("SUPPORT", "USA", "BRA") in types(ms)
    ms = code(nlp, "The U.S. Treasury labeled Vietnam a currency manipulator on Wednesday.",
              [("U.S.", "USA", "country"), ("Vietnam", "VNM", "country")])
    assert ("ACCUSE", "USA", "VNM") in types(ms)


def test_war_games_are_a_show_of_force(nlp):
    ms = code(nlp, "China held war games near Taiwan on Monday.",
              [("China", "CHN", "country"), ("Taiwan", "TWN", "country")])
    assert [m.type for m in ms] == ["MOBILIZE"]


def test_evacuating_settlements_is_a_withdrawal_and_evacuating_the_wounded_is_not(nlp):
    ms = code(nlp, "Israel will evacuate its settlements in the Gaza Strip next month.",
              [("Israel", "ISR", "country"), ("Gaza Strip", "PSE", "country")])
    assert [m.type for m in ms] == ["RETREAT"]
    ms = code(nlp, "Jordanian helicopters evacuated the wounded from Gaza on Friday.",
              [("Jordanian", "JOR", "country"), ("Gaza", "PSE", "country")])
    assert not [m for m in ms if m.type == "RETREAT"]


def test_violating_a_ban_defies_it(nlp):
    ms = code(nlp, "A Lebanese newspaper violated a ban imposed by Syria on Tuesday.",
              [("Lebanese", "LBN", "country"), ("Syria", "SYR", "country")])
    assert ("REJECT", "LBN", "SYR") in types(ms)


def test_a_sworn_fight_is_a_threat_and_a_past_fight_none(nlp):
    ms = code(nlp, "Sudan has sworn to fight Chad until it regains the border villages.",
              [("Sudan", "SDN", "country"), ("Chad", "TCD", "country")])
    assert [(m.type, m.source.country, m.target.country) for m in ms] == [("THREATEN", "SDN", "TCD")]
    ms = code(nlp, "Sudan fought Chad for years.", [("Sudan", "SDN", "country"), ("Chad", "TCD", "country")])
    assert not ms


def test_declaring_a_state_of_emergency_is_coercion(nlp):
    ms = code(nlp, "Ethiopia declared a state of emergency in Tigray on Tuesday.",
              [("Ethiopia", "ETH", "country"), ("Tigray", "ETH", "country")])
    assert [m.type for m in ms] == ["COERCE"]


def test_a_counted_time_limit_for_an_act_is_an_ultimatum(nlp):
    ms = code(nlp, "Nigeria on Sunday gave the Guinean junta 10 days to free the president.",
              [("Nigeria", "NGA", "country"), ("Guinean", "GIN", "country")])
    assert ("THREATEN", "NGA", "GIN") in types(ms)
    # no number: time to think; a time to leave is an expulsion, coded by its own verb
    ms = code(nlp, "Macron gave Putin a day to think.", [("Macron", "FRA", "person"), ("Putin", "RUS", "person")])
    assert not ms
    ms = code(nlp, "Russia gave the British diplomats 72 hours to leave the country.",
              [("Russia", "RUS", "country"), ("British", "GBR", "country")])
    assert not [m for m in ms if m.type == "THREATEN"]


def test_pulling_out_of_an_agreement_reduces_relations_and_pulling_troops_out_is_a_retreat(nlp):
    ms = code(nlp, "Iran pulled out of the nuclear agreement with France on Monday.",
              [("Iran", "IRN", "country"), ("France", "FRA", "country")])
    assert [m.type for m in ms] == ["SANCTION"]
    ms = code(nlp, "Russia pulled its troops out of Kherson in Ukraine on Friday.",
              [("Russia", "RUS", "country"), ("Ukraine", "UKR", "country")])
    assert [m.type for m in ms] == ["RETREAT"]


def test_a_deadline_is_aimed_at_whoever_is_given_it_and_what_is_applied_for_is_no_event(nlp):
    # nobody named as the one given the time limit: no threat, not one against the next clause's subject
    ms = code(nlp, "Nigeria has given the officers 10 days to return to barracks, and France has halted aid.",
              [("Nigeria", "NGA", "country"), ("France", "FRA", "country")])
    assert not [m for m in ms if m.type == "THREATEN"]
    ms = code(nlp, "Norway and Austria submitted their applications to join NATO in June.",
              [("Norway", "NOR", "country"), ("Austria", "AUT", "country"), ("NATO", "NAT", "organization")])
    assert not [m for m in ms if m.type == "SUPPORT"]


def test_suspended_contacts_are_a_sanction_and_the_talks_among_them_no_meeting(nlp):
    ms = code(nlp, "Military contacts with Chile that Peru suspended in June 2022 are to restart, among them defense "
              "policy talks, maritime safety meetings and phone calls between theater commanders.",
              [("Peru", "PER", "country"), ("Chile", "CHL", "country")], published="2024-08-29")
    assert [m.type for m in ms if m.source.country == "PER"] == ["SANCTION"]
    assert not [m for m in ms if m.type == "CONSULT" and m.source.country == "PER"]


def test_a_visit_goes_from_the_guest_to_the_host_whoever_the_subject_is(nlp):
    # "received", "hosted" and a meeting with "the visiting delegation" are visits of the guest to the host
    ms = code(nlp, "Prime Minister Modi received Nepalese Prime Minister Prachanda at Hyderabad House on Thursday.",
              [("Modi", "IND", "person"), ("Nepalese", "NPL", "country")])
    assert [(m.type, m.mode, m.source.country, m.target.country) for m in ms if m.type == "CONSULT"] == [
        ("CONSULT", "visit", "NPL", "IND")]
    ms = code(nlp, "Chancellor Scholz held talks with the visiting Brazilian delegation in Berlin on Monday.",
              [("Scholz", "DEU", "person"), ("Brazilian", "BRA", "country")])
    assert [(m.type, m.source.country, m.target.country) for m in ms if m.type == "CONSULT"] == [
        ("CONSULT", "BRA", "DEU")]
    ms = code(nlp, "Chancellor Scholz held talks with the Brazilian delegation in Berlin on Monday.",
              [("Scholz", "DEU", "person"), ("Brazilian", "BRA", "country")])
    assert [(m.source.country, m.target.country) for m in ms if m.type == "CONSULT"] == [("DEU", "BRA")]


def test_a_single_subject_binding_itself_to_its_own_act_is_a_one_sided_pledge(nlp):
    ms = code(nlp, "Chile also promised to protect Argentine patents.",
              [("Chile", "CHL", "country"), ("Argentine", "ARG", "country")], "2021-03-02")
    assert [(m.type, m.source.country, m.extra.get("one_sided")) for m in ms if m.type == "AGREE"] == [
        ("AGREE", "CHL", True)]
    ms = code(nlp, "Chile and Argentina agreed to resume regular summits.",
              [("Chile", "CHL", "country"), ("Argentina", "ARG", "country")], "2021-03-02")
    assert not any(m.extra.get("one_sided") for m in ms)


# -- precision, session 11 (branch precision11) ----------------------------------------------------------------
def test_breaking_relations_is_a_sanction_not_a_threat(nlp):
    actors = [("Bolivia", "BOL", "country"), ("Chile", "CHL", "country")]
    ms = code(nlp, "Bolivia announces that it is breaking diplomatic relations with Chile.", actors)
    assert [(m.type, m.source.country, m.target.country) for m in ms] == [("SANCTION", "BOL", "CHL")]
    ms = code(nlp, "Bolivia broke ties with Chile on Thursday after the raid.", actors)
    assert [(m.type, m.source.country, m.target.country) for m in ms] == [("SANCTION", "BOL", "CHL")]


def test_a_vowed_retaliation_is_a_threat_made_when_vowed(nlp):
    actors = [("Belarus", "BLR", "country"), ("Lithuania", "LTU", "country")]
    ms = code(nlp, "Belarus condemned the expulsion and vowed to retaliate against Lithuania.", actors)
    assert [(m.type, m.status) for m in ms if m.type == "THREATEN"] == [("THREATEN", "occurred")]
    # a vowed visit is still a planned visit
    ms = code(nlp, "Belarus vowed to visit Lithuania next spring.", actors)
    assert [m.status for m in ms if m.type == "CONSULT"] == ["planned"]


def test_measures_taken_are_done_not_threatened(nlp):
    actors = [("Hanoi", "VNM", "country"), ("Manila", "PHL", "country"), ("Vietnam", "VNM", "country")]
    # promised: a threat
    ms = code(nlp, "Hanoi will take all necessary measures against Manila.", actors)
    assert [(m.type, m.status) for m in ms] == [("THREATEN", "occurred")]
    # taken against someone: a sanction
    ms = code(nlp, "Hanoi took similar action against Manila in March.", actors)
    assert [(m.type, m.source.country, m.target.country) for m in ms] == [("SANCTION", "VNM", "PHL")]
    # taken, aimed at nobody, or not taken at all: no interaction
    ms = code(nlp, "Vietnam has taken steps to curb its coal exports, Manila said.", actors)
    assert "THREATEN" not in [m.type for m in ms] and "SANCTION" not in [m.type for m in ms]
    ms = code(nlp, "Manila said Hanoi had failed to take any concrete steps against the smugglers.", actors)
    assert "THREATEN" not in [m.type for m in ms]


def test_a_refusal_is_one_event(nlp):
    actors = [("Ghana", "GHA", "country"), ("Togo", "TGO", "country"), ("Russia", "RUS", "country")]
    # a cooperative act refused: the rejection only
    ms = code(nlp, "Ghana refused to accept the deportation flights from Togo.", actors)
    assert [(m.type, m.source.country, m.target.country, m.status) for m in ms] == [
        ("REJECT", "GHA", "TGO", "occurred")
    ]
    ms = code(nlp, "Ghana rejected Togo's deal with the rebels.", actors)
    assert [m.type for m in ms] == ["REJECT"]
    # a hostile act withheld: that act negated, no rejection of its target
    ms = code(nlp, "Ghana, which has declined to condemn Russia, issued a statement.", actors)
    assert [(m.type, m.status) for m in ms] == [("ACCUSE", "negated")]


def test_what_is_raised_is_a_topic_the_side_it_is_raised_with_is_the_target(nlp):
    actors = [("Rutte", "NLD", "person"), ("Modi", "IND", "person"), ("Sri Lankan", "LKA", "country"),
              ("Indian", "IND", "country"), ("Dutch", "NLD", "country")]
    ms = code(nlp, "Rutte said he had raised with Modi the fate of Sri Lankan fishermen held since March.", actors)
    assert [(m.type, m.source.country, m.target.country) for m in ms if m.type == "ACCUSE"] == [("ACCUSE", "NLD", "IND")]
    ms = code(nlp, "Rutte raised Dutch concerns about Indian export curbs.", actors)
    assert [(m.type, m.source.country, m.target.country) for m in ms if m.type == "ACCUSE"] == [("ACCUSE", "NLD", "IND")]


def test_airdrops_carried_out_by_two_states_are_each_ones_aid(nlp):
    # lexicon verb_objects carry + airdrop/airlift: AID; each coordinated subject gives its own aid to the target
    ms = code(nlp, "Jordan and Egypt carried out three humanitarian airdrops to Gaza on Sunday.",
              [("Jordan", "JOR", "country"), ("Egypt", "EGY", "country"), ("Gaza", "PSE", "country")])
    assert {("AID", "JOR", "PSE"), ("AID", "EGY", "PSE")} <= set(types(ms))


def test_aid_promised_to_a_state_is_aid(nlp):
    actors = [("Norway", "NOR", "country"), ("Malawi", "MWI", "country")]
    ms = code(nlp, "Norway on Monday promised Malawi another $40 million in humanitarian aid.", actors)
    assert [(m.type, m.source.country, m.target.country) for m in ms] == [("AID", "NOR", "MWI")]
    ms = code(nlp, "Norway pledged to support Malawi's bid for a seat on the council.", actors)
    assert "AID" not in [m.type for m in ms]


def test_a_stage_of_an_event_shares_its_status(nlp):
    # session 27: "the next stage of a swap is set for today" is planned, as its stage is; a past round stays held
    from coding import FICTION

    text = "The next stage of a prisoner swap between Oslandia and Westmark is set for today."
    assert {m.status for m in code(nlp, text, FICTION) if m.type == "RETREAT"} == {"planned"}
    text = "The second phase of the prisoner exchange between Oslandia and Westmark will take place in June."
    assert {m.status for m in code(nlp, text, FICTION) if m.type == "RETREAT"} <= {"planned"}
    text = "The first round of talks between Oslandia and Westmark was held in Geneva on Monday."
    assert {m.status for m in code(nlp, text, FICTION) if m.type == "CONSULT"} <= {"occurred"}


def test_a_clause_told_before_a_verb_of_urging_is_not_what_is_urged():
    # session 27: "A used a visit to urge B ..., C pressed the same case": the visit and the urging took place
    from coding import pipeline_mentions

    text = (
        "Chancellor Angela Merkel used a visit to Beijing in May to urge Xi Jinping to open markets, "
        "French President Emmanuel Macron pressed the same case in June."
    )
    ms = pipeline_mentions(text)
    assert [m.status for m in ms if m.type == "CONSULT"] == ["occurred"]
    assert {m.status for m in ms if m.type == "REQUEST"} == {"occurred"}


def test_money_lent_or_announced_for_a_state_is_aid(nlp):
    # session 28: a credit line, a line of credit or a loan extended, announced or lent to a state
    for text in (
        "Oslandia also announced a $4.5 billion credit line to Westmark for projects in priority sectors.",
        "Oslandia extended a line of credit of $500 million to Westmark for importing fuel.",
        "Oslandia lent $2 billion to Westmark on Monday.",
    ):
        ms = code(nlp, text, [("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")])
        assert ("AID", "NOR", "SWE") in types(ms), text
    ms = code(nlp, "Oslandia lent its support to Westmark's bid.", [("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")])
    assert types(ms) == [("SUPPORT", "NOR", "SWE")]


def test_any_person_held_and_freed_is_released(nlp):
    # session 28: "released an Israeli couple held for days on spying charges"
    acts = [("Oslandia", "NOR", "country"), ("Westmarkian", "SWE", "country")]
    ms = code(nlp, "Oslandia released a Westmarkian couple held for days on spying charges.", acts)
    assert ("RETREAT", "NOR", "SWE") in types(ms)
    ms = code(nlp, "Oslandia released a report on the Westmarkian economy.", acts)
    assert "RETREAT" not in {m.type for m in ms}


def test_premises_searched_by_police_are_coerced(nlp):
    # session 28: only the direct object is read ("searched for survivors in homes" searched no homes)
    ms = code(nlp, "Oslandian police searched the offices of Westmark's state news agency on Monday.",
              [("Oslandian", "NOR", "country"), ("Westmark", "SWE", "country")])
    assert types(ms) == [("COERCE", "NOR", "SWE")]
    ms = code(nlp, "Rescuers from Oslandia searched for Westmarkian survivors in collapsed homes.",
              [("Oslandia", "NOR", "country"), ("Westmarkian", "SWE", "country")])
    assert "COERCE" not in {m.type for m in ms}


def test_debt_settled_and_signing_ceremonies_witnessed(nlp):
    acts = [("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country"), ("Oslandian", "NOR", "country"),
            ("Westmarkian", "SWE", "country")]
    ms = code(nlp, "Oslandia settled a decades-old debt to Westmark.", acts)
    assert types(ms) == [("COOPERATE", "NOR", "SWE")]
    ms = code(nlp, "The Oslandian and Westmarkian presidents witnessed signing ceremonies of bilateral agreements.", acts)
    assert {(t, {s, g}) == ("AGREE", {"NOR", "SWE"}) for t, s, g in types(ms)} == {True}
    ms = code(nlp, "The Oslandian president attended a signing ceremony in the capital on Monday.", acts)
    assert "AGREE" not in {m.type for m in ms}


def test_a_persons_arrest_in_a_state_is_that_states_custody_of_them(nlp):
    # session 28: "had been held since his arrest in Moscow in December 2018": the owner is the one held
    acts = [("Oslandia", "NOR", "country"), ("Smith", "SWE", "person")]
    ms = code(nlp, "Smith had been held since his arrest in Oslandia in December 2018.", acts, places=[("Oslandia", "NOR")])
    assert types(ms) == [("COERCE", "NOR", "SWE")]
    ms = code(nlp, "Smith had been held since his arrest in 2018.", acts)
    assert not ms


def test_agreements_exchanged_before_leaders_are_signed(nlp):
    acts = [("Oslandian", "NOR", "country"), ("Westmarkian", "SWE", "country")]
    ms = code(nlp, "The Oslandian and Westmarkian presidents witnessed the exchange of these agreements on Tuesday.", acts)
    assert {m.type for m in ms} == {"AGREE"}
    ms = code(nlp, "The Oslandian and Westmarkian presidents witnessed the exchange of prisoners on Tuesday.", acts)
    assert "AGREE" not in {m.type for m in ms}


# -- session 28 round 2: releases told in passives, proposals of talks (branch propose28) -------------------------
_RELEASE_ACTS = [("Oslandia", "NOR", "country"), ("Westmarkian", "SWE", "country"), ("Westmarkians", "SWE", "country")]


def test_release_hung_by_the_parser_on_a_custody_participle_frees_its_noun(nlp):
    # "Two Canadians detained in China on spying charges have been released", "A Japanese academic detained in
    # Beijing since September has been released": the parser makes the participle the verb, or the release its clause
    for text in (
        "Two Westmarkian citizens detained in Oslandia on spying charges have been released from prison and flown home.",
        "A Westmarkian academic detained in Oslandia since September has been released.",
    ):
        ms = code(nlp, text, _RELEASE_ACTS)
        assert ("RETREAT", "NOR", "SWE") in types(ms), text


def test_release_told_after_after_or_from_a_state_names_the_holder(nlp):
    for text in (
        # "returned home on Wednesday after being released": the clause's subject, held where its clause says
        "A Westmarkian reporter, who had been detained in Oslandia, returned home on Wednesday after being released.",
        # "was freed from China", "released from years of detention in Iran"
        "Two Westmarkian nationals were freed from Oslandia in September.",
        "Two Westmarkian nationals flew home after being released from years of detention in Oslandia.",
        # "detained by Russia for over a year and was freed": the coordinated custody verb's agent
        "A Westmarkian teacher was detained by Oslandia for a year and was freed on Thursday.",
        # a sentence clause: "a man who had been sentenced to prison in China ... was released"
        "A Westmarkian man, who had been sentenced to prison in Oslandia in 2018, was released on Thursday.",
    ):
        ms = code(nlp, text, _RELEASE_ACTS)
        assert ("RETREAT", "NOR", "SWE") in types(ms), text
    # near misses: a delegation out of quarantine, a domestic release, a release of a report
    for text in (
        "The Westmarkian delegation returned home after being released from quarantine.",
        "Oslandia released a report on the Westmarkian economy after being criticised.",
    ):
        assert "RETREAT" not in {m.type for m in code(nlp, text, _RELEASE_ACTS)}, text


def test_talks_and_truces_proposed_are_requests_of_the_side_proposed_to(nlp):
    acts = [("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")]
    for text in (
        "Oslandia proposed direct talks with Westmark.",
        "Oslandia proposed direct negotiations with Westmark on Sunday.",
        "Oslandia proposed a meeting with Westmark in Geneva.",
    ):
        ms = code(nlp, text, acts)
        assert ("REQUEST", "NOR", "SWE") in types(ms), text
        assert "AGREE" not in {m.type for m in ms}, text
    ms = code(nlp, "Oslandia proposed a new budget for Westmark's schools.", acts)
    assert "REQUEST" not in {m.type for m in ms}


def test_talks_proposed_in_a_clause_are_asked_of_the_other_side(nlp):
    # "Ukraine proposed to hold a new peace meeting with Russia", "proposes to resume direct talks with Kyiv"
    acts = [("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")]
    for text in (
        "Oslandia proposed to hold a new peace meeting with Westmark next week.",
        "Oslandia proposes to resume direct talks with Westmark.",
    ):
        ms = code(nlp, text, acts)
        assert [(m.source.country, m.target.country, m.status) for m in ms if m.type == "REQUEST"] == [
            ("NOR", "SWE", "occurred")
        ], text
    ms = code(nlp, "Oslandia agreed to hold talks with Westmark.", acts)
    assert "REQUEST" not in {m.type for m in ms}


def test_a_release_of_another_states_nationals_is_one_retreat(nlp):
    # some real-news annotators type "Two Canadians detained in China have been released" CONCEDE; PLOVER's codebook
    # (0841) and dev-world say RETREAT, and the lexicon's conceding_retreat_modes ships empty: no twin
    ms = code(nlp, "Oslandia released two Westmarkian journalists on Monday.", _RELEASE_ACTS)
    assert types(ms) == [("RETREAT", "NOR", "SWE")]
