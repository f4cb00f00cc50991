"""Force and protest on real news (session 22, branch `force22`): an act of force or protest by a state's own
people, police, forces or armed groups inside that state, with no other side named, is a domestic event (source =
target); armed groups are their country's; a raid or a detonated bomb is an attack; an intercepted missile
"launched by" a side is that side's attack on the interceptor; a headline over the lead with one line break is
its own sentence.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

from coding import coded


def test_police_arrests_and_protests_at_home_are_domestic():
    assert ("COERCE", "NIC", "NIC") in coded(
        "Nicaraguan police arrested dozens of opposition supporters in Managua on Friday."
    )
    assert ("PROTEST", "VEN", "VEN") in coded("Thousands of demonstrators gathered in central Caracas on Saturday.")
    assert ("ASSAULT", "MMR", "MMR") in coded(
        "Myanmar security forces fired on pro-democracy protesters in Mandalay on Monday."
    )


def test_an_act_abroad_is_not_domestic():
    assert ("COERCE", "ISR", "PSE") in coded("Israeli forces arrested 13 people in Jenin on Monday.")
    assert ("ASSAULT", "RUS", "UKR") in coded("Russian forces shelled Kharkiv overnight.")
    assert not [t for t in coded("Russian forces shelled Kharkiv overnight.") if t[1] == t[2]]


def test_a_decree_is_no_domestic_coercion():
    # only arrests among coercions: an emergency or a curfew declared at home is no event between sides
    assert not [t for t in coded("The president declared a state of emergency in Lima on Monday.") if t[1] == t[2]]


def test_armed_groups_are_their_country():
    assert ("ASSAULT", "COL", "COL") in coded("ELN guerrillas attacked a police station in Cucuta on Saturday.")
    assert ("ASSAULT", "COL", "COL") in coded("FARC dissidents ambushed an army patrol in Cauca on Monday.")


def test_raid_and_detonate_are_attacks():
    assert ("ASSAULT", "NGA", "NGA") in coded("Boko Haram militants raided a military base near Maiduguri on Friday.")
    assert ("ASSAULT", "COL", "COL") in coded(
        "The ELN detonated a car bomb in the port city of Barranquilla on Saturday."
    )


def test_intercepted_missile_launched_by_a_side():
    assert ("ASSAULT", "YEM", "SAU") in coded(
        "Saudi air defences intercepted a ballistic missile fired by Houthi rebels."
    )
    assert ("ASSAULT", "YEM", "ISR") in coded(
        "The Israeli military said it intercepted a drone launched by the Houthis."
    )


def test_headline_over_the_lead_is_its_own_sentence():
    text = "Troops Raid Border Villages, Detain 20\nOSLO (Reuters) - Norwegian police on Monday arrested two Swedish nationals."
    assert ("COERCE", "NOR", "SWE") in coded(text)


def test_kosovo_is_a_side():
    assert ("CONSULT", "SRB", "XKX") in coded(
        "The Serbian president met Kosovo's prime minister in Brussels on Monday."
    )
    assert ("COERCE", "XKX", "SRB") in coded("Kosovo police arrested two Serbs near Zubin Potok on Tuesday.")
