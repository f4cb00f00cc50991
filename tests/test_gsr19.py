"""Events the PLOVER gold-standard sentences lost (session 19, branch `gsr19`): a domestic body or crowd "in" a
country is that country's ("police in Kenya", "rebels in the Ivory Coast"); agencies of the UN system are the UN's
(UNO); a blast named by its weapon that kills is an attack by an unnamed side ("a minefield explosion killed two
youths"); "have sworn to fight" (parsed as a purpose clause) is a vow, a threat of force; dispersing, breaking up,
preventing or blocking a demonstration is coercion (COERCE).

The sentences are made up; they go through the real pipeline (parse, actors, places, dates, coder).
"""

from __future__ import annotations

from coding import coded


def test_a_domestic_body_in_a_country_is_that_countrys(nlp):
    # force and arrests at home are domestic events, X -> X (session 22, force22); a rejection keeps no target
    assert ("ASSAULT", "KEN", "KEN") in coded("Police in Kenya fired tear gas at students on Monday.", "ASSAULT")
    assert ("REJECT", "CIV", None) in coded("Rebels in the Ivory Coast rejected a truce offer on Friday.", "REJECT")
    assert ("ASSAULT", "GIN", "GIN") in coded("Security forces in Guinea tortured dozens of detainees.", "ASSAULT")
    got = coded("Protesters in Tehran rallied outside the parliament on Saturday.")
    assert any(t[1] == "IRN" for t in got), got
    # a city names its country
    assert ("COERCE", "NGA", "NGA") in coded("Police in Lagos arrested 40 traders on Tuesday.", "COERCE")


def test_troops_in_a_country_are_not_its_own(nlp):
    # troops, soldiers, forces or diplomats "in" a country are often another state's: no side from the place
    got = coded("Troops in Syria shelled a village on Monday.", "ASSAULT")
    assert not any(t[1] == "SYR" for t in got), got
    got = coded("Diplomats in Beijing criticized the trial on Monday.", "ACCUSE")
    assert not any(t[1] == "CHN" for t in got), got
    got = coded("Foreign rebels in Congo attacked a police station on Monday.", "ASSAULT")
    assert not any(t[1] in ("COD", "COG") for t in got), got


def test_agencies_of_the_un_system_are_the_uns(nlp):
    assert ("REQUEST", "UNO", "ISR") in coded("UNRWA urged Israel on Monday to reopen the crossings.", "REQUEST")
    assert ("SANCTION", "ETH", "UNO") in coded("Ethiopia expelled the UNICEF representative on Tuesday.", "SANCTION")
    got = coded("The World Food Programme delivered food aid to Chad on Monday.", "AID")
    assert ("AID", "UNO", "TCD") in got, got


def test_a_blast_named_by_its_weapon_that_kills_is_an_attack(nlp):
    got = coded("A minefield explosion killed three Angolan farmers on Sunday.", "ASSAULT")
    assert ("ASSAULT", None, "AGO") in got, got
    got = coded("A car bomb explosion killed four Somali soldiers on Friday.", "ASSAULT")
    assert ("ASSAULT", None, "SOM") in got, got
    # a blast with no weapon named is no attack
    assert coded("A gas explosion killed three Chinese workers on Monday.", "ASSAULT") == []
    assert coded("An explosion at a chemical plant killed five Indian workers.", "ASSAULT") == []


def test_sworn_to_fight_is_a_threat(nlp):
    got = coded("Kurdish militants in Turkey have sworn to fight until they win autonomy.", "THREATEN")
    assert ("THREATEN", "TUR", None) in got, got
    # a fight told in the past is no threat
    assert coded("Turkish rebels fought for years in the mountains.", "THREATEN") == []


def test_stopping_or_scattering_a_demonstration_is_coercion(nlp):
    assert ("COERCE", "KEN", None) in coded("Kenyan police dispersed the protesters in Nairobi on Monday.", "COERCE")
    assert ("COERCE", "EGY", None) in coded("Egyptian police broke up a demonstration in Cairo on Monday.", "COERCE")
    got = coded("Turkish police prevented a demonstration by students in Ankara on Monday.", "COERCE")
    assert ("COERCE", "TUR", None) in got, got
    # protesters who disperse, or who block a road, are not repressed
    assert coded("Protesters dispersed peacefully after the speeches on Sunday.", "COERCE") == []
    assert coded("Kenyan protesters blocked roads in Nairobi on Monday.", "COERCE") == []


def test_a_gathering_for_a_rally_is_a_demonstration(nlp):
    got = coded(
        "Thousands of Ghanaians were converging on Thursday for a rally in Accra against fuel prices.", "PROTEST"
    )
    # a crowd protesting at home is a domestic event, X -> X (session 22, force22)
    assert ("PROTEST", "GHA", "GHA") in got, got
    got = coded("Hundreds of Kenyans gathered in Nairobi on Monday to protest the new tax law.", "PROTEST")
    assert ("PROTEST", "KEN", "KEN") in got, got
    # a crowd gathering to welcome a leader, or for a prayer, is no protest
    assert coded("Thousands of Indonesians gathered at the airport to welcome the president.", "PROTEST") == []
    assert coded("Crowds of Pakistanis gathered for a prayer at the mosque on Friday.", "PROTEST") == []


def test_what_a_demonstration_is_for_is_no_second_event(nlp):
    got = coded("Hundreds of Kenyan teachers staged a rally in Nairobi on Monday to protest against pay cuts.")
    assert [t[0] for t in got] == ["PROTEST"], got
    # a protest made by summoning an envoy is the summons' own accusation, kept
    got = coded("China summoned the Japanese ambassador on Monday to protest the visit.", "ACCUSE")
    assert ("ACCUSE", "CHN", "JPN") in got, got


def test_closing_a_newspaper_or_a_station_is_coercion(nlp):
    got = coded("Ethiopian authorities shut down two independent newspapers on Monday.", "COERCE")
    assert ("COERCE", "ETH", None) in got, got
    got = coded("Zimbabwean police closed an opposition radio station on Friday.", "COERCE")
    assert ("COERCE", "ZWE", None) in got, got
    # closing a border stays a sanction
    got = coded("Uganda closed its border with Kenya on Friday.")
    assert ("SANCTION", "UGA", "KEN") in got, got
