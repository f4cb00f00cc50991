"""Event types by CAMEO's and PLOVER's conventions (issue 15, types): a refusal stated with "not accept",
an ultimatum, willingness ("is prepared to"), giving in to demands, a restated demand and its content,
a force's arrival.

Actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from pathlib import Path

from coding import code, types

import tidings


def test_will_not_accept_is_a_rejection_made_now(nlp):
    ms = code(
        nlp,
        "Jordan says it will not accept any more refugees from Syria.",
        [("Jordan", "JOR", "country"), ("Syria", "SYR", "country")],
    )
    assert [(m.type, m.status) for m in ms] == [("REJECT", "occurred")]
    ms = code(
        nlp,
        "Iran does not accept the European terms, its foreign minister said on Monday.",
        [("Iran", "IRN", "country"), ("European", "EUR", "organization")],
    )
    assert ("REJECT", "IRN", "EUR") in types(ms)
    # a past "did not accept" reports what did not happen
    ms = code(
        nlp,
        "Modi did not accept an invitation from Japan, an Indian official said.",
        [("Modi", "IND", "person"), ("Japan", "JPN", "country"), ("Indian", "IND", "country")],
    )
    assert "REJECT" not in [m.type for m in ms]


def test_an_act_made_conditional_on_the_other_side_is_an_ultimatum(nlp):
    ms = code(
        nlp,
        "Kenya announced on Monday that it will withdraw its troops from Somalia unless the "
        "government pays the soldiers.",
        [("Kenya", "KEN", "country"), ("Somalia", "SOM", "country")],
    )
    assert [(m.type, m.status) for m in ms if m.trigger == "withdraw"] == [("THREATEN", "occurred")]
    ms = code(
        nlp,
        "Trump said on Friday that he would impose tariffs on Mexico unless it stopped the flow of migrants.",
        [("Trump", "USA", "person"), ("Mexico", "MEX", "country")],
    )
    assert ("THREATEN", "USA", "MEX") in types(ms)
    assert "SANCTION" not in [m.type for m in ms]
    # without a condition the announced measure stays what it is
    ms = code(
        nlp,
        "Kenya announced on Monday that it will withdraw its troops from Somalia.",
        [("Kenya", "KEN", "country"), ("Somalia", "SOM", "country")],
    )
    assert "THREATEN" not in [m.type for m in ms]


def test_prepared_to_is_willingness_and_a_coercive_one_a_threat(nlp):
    ms = code(
        nlp,
        "The government of Peru announced on Sunday that it is prepared to impose a curfew in Lima.",
        [("Peru", "PER", "country")],
    )
    assert [(m.type, m.status) for m in ms] == [("THREATEN", "occurred")]
    ms = code(nlp, "The army of Peru prepared to impose a curfew in Lima on Sunday.", [("Peru", "PER", "country")])
    assert "THREATEN" not in [m.type for m in ms]


def test_accepting_demands_is_giving_in(nlp):
    ms = code(
        nlp,
        "Serbia on Thursday accepted demands from Kosovo that it release the detained officers.",
        [("Serbia", "SRB", "country"), ("Kosovo", "XKX", "country")],
    )
    assert ("CONCEDE", "SRB", "XKX") in types(ms)
    assert ("REQUEST", "XKX", "SRB") in types(ms)
    assert "AGREE" not in [m.type for m in ms]


def test_a_restated_demand_is_a_request_and_what_it_demands_is_no_event(nlp):
    ms = code(
        nlp,
        "The spokesperson reiterated Beijing's demand that Manila withdraw the vessel from the shoal.",
        [("Beijing", "CHN", "country"), ("Manila", "PHL", "country")],
    )
    assert types(ms) == [("REQUEST", "CHN", "PHL")]
    ms = code(
        nlp,
        "Ankara repeated its demand that Stockholm lift the restrictions on arms sales.",
        [("Ankara", "TUR", "country"), ("Stockholm", "SWE", "country")],
    )
    assert [m.type for m in ms] == ["REQUEST"]  # not the CONCEDE it demands


def test_a_force_that_arrives_is_deployed_not_visiting(nlp):
    ms = code(
        nlp,
        "The first Rwandan troops of the U.N.-backed peacekeeping mission arrived in Bangui on Tuesday.",
        [("Rwandan", "RWA", "country"), ("Bangui", "CAF", "country")],
    )
    assert [m.type for m in ms] == ["AID"]
    ms = code(
        nlp,
        "Hundreds of American troops arrived in Poland on Monday.",
        [("American", "USA", "country"), ("Poland", "POL", "country")],
    )
    assert [(m.type, m.mode) for m in ms] == [("MOBILIZE", "troops")]
    ms = code(
        nlp,
        "The Chinese foreign minister arrived in Islamabad on Monday.",
        [("Chinese", "CHN", "country"), ("Islamabad", "PAK", "country")],
    )
    assert [m.type for m in ms] == ["CONSULT"]


def test_every_state_adjective_names_its_country(nlp):
    # the actor data lists adjectives for some states only; the event lexicon knows the others
    ms = code(
        nlp,
        "Ugandan President Yoweri Museveni accused Rwanda of backing the rebels on Monday.",
        [("Rwanda", "RWA", "country")],
    )
    assert ("ACCUSE", "UGA", "RWA") in types(ms)
    ms = code(
        nlp,
        "The Azerbaijani parliament threatened on Monday to break relations with Russia.",
        [("Russia", "RUS", "country")],
    )
    assert ("THREATEN", "AZE", "RUS") in types(ms)


def test_an_apology_is_diplomatic_cooperation(nlp):
    ms = code(
        nlp,
        "Japan apologized to South Korea on Monday for the incident.",
        [("Japan", "JPN", "country"), ("South Korea", "KOR", "country")],
    )
    assert types(ms) == [("SUPPORT", "JPN", "KOR")]  # CAMEO 055, not yielding (CONCEDE)


def test_a_plural_demonym_names_its_country_but_an_ethnic_group_does_not(nlp):
    ms = code(nlp, "Young Zimbabweans blocked roads in Harare on Sunday to press their demands.", [])
    assert ("PROTEST", "ZWE", None) in types(ms)
    ms = code(
        nlp,
        "Serbian police arrested three ethnic Albanians near Presevo on Friday.",
        [("Serbian police", "SRB", "country")],
    )
    assert all(m.target is None or m.target.country != "ALB" for m in ms)


def test_no_data_file_repeats_a_key():
    # YAML keeps the last of two equal keys without a word: a repeated entry silently drops the first
    import glob

    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        # a merge key (`<<: *anchor`) brings an anchored table in; only the keys written out here can repeat
        keys = [loader.construct_object(k) for k, _ in node.value if k.tag != "tag:yaml.org,2002:merge"]
        repeated = {k for k in keys if isinstance(k, str) and keys.count(k) > 1}
        assert not repeated, f"{node.start_mark.name}:{node.start_mark.line + 1} repeats {sorted(repeated)}"
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    files = glob.glob(str(Path(tidings.__file__).parent / "data" / "**" / "*.yaml"), recursive=True)
    assert files
    for f in files:
        with open(f, encoding="utf-8") as fh:
            yaml.load(fh, Loader=Strict)


def test_measures_on_forces_property_ground_and_access_by_their_object(nlp):
    # more forces in a place is mobilising (CAMEO 154)
    ms = code(
        nlp,
        "Turkey has reinforced its troops in northern Syria after the attacks, officials said on Monday.",
        [("Turkey", "TUR", "country"), ("Syria", "SYR", "country")],
    )
    assert [(m.type, m.source.country) for m in ms] == [("MOBILIZE", "TUR")]
    # cutting part of an aid programme or supplies is a sanction (CAMEO 162)
    ms = code(
        nlp,
        "Germany suspended part of its development aid programme for Niger on Thursday.",
        [("Germany", "DEU", "country"), ("Niger", "NER", "country")],
    )
    assert ("SANCTION", "DEU", "NER") in types(ms)
    # destroying homes is coercion (CAMEO 171), taking a town is force
    ms = code(
        nlp,
        "Indian troops demolished Kashmiri houses near the border, Pakistani officials said.",
        [("Indian", "IND", "country"), ("Pakistani", "PAK", "country")],
    )
    assert "COERCE" in {m.type for m in ms}
    ms = code(
        nlp,
        "Russian forces recaptured the village from Ukrainian troops after days of shelling.",
        [("Russian", "RUS", "country"), ("Ukrainian", "UKR", "country")],
    )
    assert ("ASSAULT", "RUS", "UKR") in types(ms)
    # letting inspectors or aid in is yielding (CAMEO 086); prolonging a curfew imposes it again
    ms = code(
        nlp,
        "Iran allowed inspectors from the United Nations into the site on Tuesday.",
        [("Iran", "IRN", "country"), ("United Nations", "UNO", "organization")],
    )
    assert ("RETREAT", "IRN", "UNO") in types(ms)
    ms = code(nlp, "The Kenyan government extended the curfew in Nairobi on Friday.", [("Kenyan", "KEN", "country")])
    assert "COERCE" in {m.type for m in ms}
    ms = code(
        nlp,
        "Egypt relaxed the curfew on Sinai on Friday, the Egyptian army said.",
        [("Egypt", "EGY", "country"), ("Egyptian", "EGY", "country")],
    )
    assert "CONCEDE" in {m.type for m in ms}


def test_welcoming_people_is_hosting_them_welcoming_a_decision_is_support(nlp):
    ms = code(
        nlp,
        "Chinese President Xi Jinping welcomed Brazilian President Lula da Silva in Beijing on Friday.",
        [("Chinese", "CHN", "country"), ("Brazilian", "BRA", "country")],
    )
    assert {(m.type, m.mode, m.source.country, m.target.country) for m in ms} == {("CONSULT", "visit", "BRA", "CHN")}
    ms = code(
        nlp,
        "Welcoming his Kenyan counterpart at the State House, the Ugandan president praised the new road deal.",
        [("Kenyan", "KEN", "country"), ("Ugandan", "UGA", "country")],
    )
    assert "CONSULT" in {m.type for m in ms}
    ms = code(
        nlp,
        "China's foreign ministry welcomed Honduras's decision on Sunday.",
        [("China", "CHN", "country"), ("Honduras", "HND", "country")],
    )
    assert [m.type for m in ms] == ["SUPPORT"]


def test_a_question_put_to_the_speaker_is_no_request(nlp):
    ms = code(
        nlp,
        "Asked on Friday whether Russia was behind the drone attack, the Turkish president said it was too early to say.",
        [("Turkish", "TUR", "country"), ("Russia", "RUS", "country")],
    )
    assert "REQUEST" not in {m.type for m in ms}
    # a request made of the sentence's subject by someone named still is one
    ms = code(
        nlp,
        "Asked by Germany to send more troops, France said it would consider the request.",
        [("Germany", "DEU", "country"), ("France", "FRA", "country")],
    )
    assert ("REQUEST", "DEU") in {(m.type, m.source.country) for m in ms}


def test_a_denied_share_in_an_act_is_the_act_negated(nlp):
    ms = code(
        nlp,
        "Damascus denied any involvement in the bombing of the Turkish consulate.",
        [("Damascus", "SYR", "country"), ("Turkish", "TUR", "country")],
    )
    assert ("ASSAULT", "negated", "SYR") in {(m.type, m.status, m.source.country) for m in ms}
    assert "REJECT" not in {m.type for m in ms}
    ms = code(
        nlp,
        "Pakistan said it had played no part in the attack on Indian troops.",
        [("Pakistan", "PAK", "country"), ("Indian", "IND", "country")],
    )
    assert ("ASSAULT", "negated", "PAK", "IND") in {
        (m.type, m.status, m.source.country, m.target.country if m.target else None) for m in ms
    }
    # a denial that names no act stays a rejection
    ms = code(
        nlp,
        "Khan denied any Pakistani involvement in a televised address.",
        [("Khan", "PAK", "country"), ("Pakistani", "PAK", "country")],
    )
    assert "ASSAULT" not in {m.type for m in ms}


def test_receiving_foreign_observers_is_letting_them_in(nlp):
    ms = code(
        nlp,
        "Iran received inspectors from the United Nations at the Fordow site on Tuesday.",
        [("Iran", "IRN", "country"), ("United Nations", "UNO", "organization")],
    )
    assert [(m.type, m.source.country) for m in ms] == [("RETREAT", "IRN")]


def test_greeting_guests_named_by_what_they_are_is_hosting_them(nlp):
    # courtesy_call.guests: a delegation, envoy or pronoun object is people received, not a decision praised
    ms = code(
        nlp,
        "Kenyan President William Ruto welcomed the Ugandan delegation at State House on Monday.",
        [("Kenyan", "KEN", "country"), ("Ugandan", "UGA", "country")],
    )
    # coded as the guests' visit to their host (visitor -> host)
    assert {(m.type, m.mode, m.source.country, m.target.country) for m in ms} == {("CONSULT", "visit", "UGA", "KEN")}


def test_a_measure_placed_or_put_on_a_side_is_a_sanction(nlp):
    # session 9: "placed sanctions on", "put tariffs on" impose the measure (CAMEO 163), also in a relative clause
    acts = [("Canada", "CAN", "country"), ("Peru", "PER", "country"), ("Peruvian", "PER", "country")]
    ms = code(nlp, "Peru protested against the sanctions that Canada placed on Peruvian banks in May.", acts)
    assert ("SANCTION", "CAN", "PER") in types(ms)
    ms = code(nlp, "Canada put new tariffs on Peruvian copper on Monday.", acts)
    assert ("SANCTION", "CAN", "PER") in types(ms)
    # placing troops on alert is no measure against anyone
    assert "SANCTION" not in [m.type for m in code(nlp, "Canada placed its troops on high alert on Monday.", acts)]


def test_economic_measures_eased_or_retaliated_by_their_object(nlp):
    # session 10 (coop10): lowering, pausing or delisting is a concession (CAMEO 08); a complaint or case dropped
    # yields; countermeasures and hyphenated counter-tariffs announced are sanctions
    acts = [
        ("Chile", "CHL", "country"),
        ("Peru", "PER", "country"),
        ("Peruvian", "PER", "country"),
        ("Chilean", "CHL", "country"),
    ]
    for text in (
        "Chile will cut its tariffs on Peruvian copper to 5% from 20%, the ministry said on Monday.",
        "Chile on Monday paused the tariffs on Peruvian fruit for 60 days.",
        "Chile removed four Peruvian fishing firms from its entity list on Monday.",
        "Chile said on Monday it would drop its complaint against Peru at the World Trade Organization.",
    ):
        assert ("CONCEDE", "CHL", "PER") in types(code(nlp, text, acts)), text
    for text in (
        "Chile announced countermeasures against three Peruvian mining companies on Monday.",
        "Chile announced counter-tariffs on Peruvian goods on Monday.",
    ):
        assert ("SANCTION", "CHL", "PER") in types(code(nlp, text, acts)), text
    # a complaint dropped at an international body yields to the side it accused, not to the body
    ms = code(
        nlp,
        "Chile said it was dropping its complaint to the World Trade Organization alleging Peru's unfair subsidies.",
        [*acts, ("World Trade Organization", "WTO", "igo")],
    )
    assert ("CONCEDE", "CHL", "PER") in types(ms) and ("CONCEDE", "CHL", "WTO") not in types(ms)
    # ... and when it names nobody, to the article's other side
    ms = code(
        nlp,
        "Peru lifted its export controls on Chile on Monday. Chile said on Monday it would drop its complaint at the "
        "World Trade Organization.",
        [*acts, ("World Trade Organization", "WTO", "igo")],
    )
    assert ("CONCEDE", "CHL", "PER") in types(ms) and ("CONCEDE", "CHL", "WTO") not in types(ms)
    ms = code(
        nlp,
        "Peru lifted its export controls on Chile on Monday. Chile, for its part, said it would withdraw the complaint "
        "it lodged at the World Trade Organization.",
        [*acts, ("World Trade Organization", "WTO", "igo")],
    )
    assert ("CONCEDE", "CHL", "PER") in types(ms) and ("CONCEDE", "CHL", "WTO") not in types(ms)
    # a concession that names nobody else eases the measure for the side the article has it aimed at
    ms = code(
        nlp,
        "Chile imposed export controls on lithium against Peru in March. On Monday the ministry said Chile would "
        "suspend for one year the export controls on lithium.",
        acts,
    )
    assert ("CONCEDE", "CHL", "PER") in types(ms)


def test_relief_delivered_relations_restored_and_thanks_expressed(nlp):
    # session 10 (coop10): delivering or handing over relief is aid; mending relations and exchanging ambassadors
    # cooperate, normalising them establishes them (SUPPORT); expressed respect or gratitude supports; authorising
    # military hardware is aid
    acts = [("Chile", "CHL", "country"), ("Peru", "PER", "country"), ("Bolivia", "BOL", "country")]
    assert ("AID", "CHL", "PER") in types(
        code(nlp, "On Monday, the government of Chile delivered emergency relief goods to Peru.", acts)
    )
    assert ("AID", "CHL", "PER") in types(
        code(nlp, "Chile handed over relief supplies worth $2 million to Peru on Monday.", acts)
    )
    # a dateline the parser reads as the verb's first object does not hide the relief
    assert ("AID", "CHL", "PER") in types(
        code(nlp, "LIMA (Reuters) - Chile handed over relief supplies worth $2 million to Peru on Monday.", acts)
    )
    for text in (
        "Chile and Bolivia mended ties on Monday.",
        "Chile and Bolivia exchanged ambassadors on Monday.",
    ):
        assert "COOPERATE" in [m.type for m in code(nlp, text, acts)], text
    assert "SUPPORT" in [m.type for m in code(nlp, "Chile and Bolivia normalised relations on Monday.", acts)]
    assert ("SUPPORT", "CHL", "PER") in types(
        code(nlp, "Chile expressed its gratitude to Peru for the rescue on Monday.", acts)
    )
    assert ("AID", "CHL", "PER") in types(
        code(nlp, "Chile on Monday authorized the sale of spare parts for fighter aircraft to Peru.", acts)
    )
    # delivered goods alone are trade, not aid
    assert "AID" not in [m.type for m in code(nlp, "Chile delivered goods to Peru on Monday.", acts)]


def test_an_agreement_signed_in_a_ceremony_the_actors_attend(nlp):
    # session 10 (coop10): "through the signing of seven memoranda", "witnessed the signing of agreements" are the
    # subject's agreement (AGREE) on the governing verb's date; welcoming a signing stays support
    acts = [("Chile", "CHL", "country"), ("Bolivia", "BOL", "country"), ("Peru", "PER", "country")]
    for text in (
        "Chile and Bolivia cemented their relationship on Monday through the signing of five memoranda of understanding.",
        "The presidents of Chile and Bolivia on Monday witnessed the signing of five agreements on trade and energy.",
    ):
        ms = code(nlp, text, acts)
        assert [(m.type, m.status) for m in ms] == [("AGREE", "occurred")], text
        assert {ms[0].source.country, ms[0].target.country} == {"CHL", "BOL"}
    ms = code(nlp, "Peru welcomed the signing of the accord between Chile and Bolivia on Monday.", acts)
    assert "AGREE" not in [m.type for m in ms]
    # a signing with nothing signed is no agreement ("the signing of a new striker")
    assert code(nlp, "Chile and Bolivia celebrated on Monday with the signing of a new coach.", acts) == []


def test_talks_named_as_cancelled_or_suspended_were_not_held(nlp):
    text = "Armenia blamed Turkey for the suspension of talks with Ankara last week."
    ms = code(nlp, text, [("Armenia", "ARM", "country"), ("Turkey", "TUR", "country"), ("Ankara", "TUR", "country")])
    assert ("ACCUSE", "ARM", "TUR") in types(ms)
    assert not [m for m in ms if m.type == "CONSULT"]
