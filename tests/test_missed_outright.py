"""Events real news states that the coder made no event of (session 13, branch `missed13`): relief teams sent,
support restated, visits scrapped, protest notes handed over, expulsions and closures announced, and what one side
says to another by phone.

Actors are given by hand as the enrich stage would give them; the sentences are made up.
"""

from __future__ import annotations

from coding import code, types


def test_a_relief_team_or_relief_supplies_sent_are_aid(nlp):
    ms = code(
        nlp,
        "Norway has dispatched a medical team to Fiji after the cyclone.",
        [("Norway", "NOR", "country"), ("Fiji", "FJI", "country")],
    )
    assert ("AID", "NOR", "FJI") in types(ms)
    ms = code(
        nlp,
        "Chile dispatched a search and rescue team to Peru on Sunday.",
        [("Chile", "CHL", "country"), ("Peru", "PER", "country")],
    )
    assert ("AID", "CHL", "PER") in types(ms)
    ms = code(
        nlp,
        "Kenya sent relief supplies to Malawi on Monday.",
        [("Kenya", "KEN", "country"), ("Malawi", "MWI", "country")],
    )
    assert ("AID", "KEN", "MWI") in types(ms)
    # a team sent to talk is no aid
    ms = code(
        nlp,
        "Chile dispatched a negotiating team to Peru on Sunday.",
        [("Chile", "CHL", "country"), ("Peru", "PER", "country")],
    )
    assert not any(m.type == "AID" for m in ms)


def test_support_restated_is_support(nlp):
    ms = code(
        nlp,
        "Eduardo Lopez reaffirmed Uruguay's support for Bolivia on Monday.",
        [("Eduardo Lopez", "URY", "person"), ("Uruguay", "URY", "country"), ("Bolivia", "BOL", "country")],
    )
    assert ("SUPPORT", "URY", "BOL") in types(ms)
    ms = code(
        nlp,
        "The minister reiterated Ghana's solidarity with Togo.",
        [("Ghana", "GHA", "country"), ("Togo", "TGO", "country")],
    )
    assert ("SUPPORT", "GHA", "TGO") in types(ms)


def test_a_trip_scrapped_is_aimed_at_its_host_and_led_to_is_control(nlp):
    ms = code(
        nlp,
        "The dispute led Anna Berg on Friday to scrap a trip to Quito.",
        [("Anna Berg", "SWE", "person"), ("Quito", "ECU", "country")],
    )
    assert ("SANCTION", "SWE", "ECU") in types(ms)


def test_a_note_of_protest_handed_over_is_an_accusation(nlp):
    ms = code(
        nlp,
        "The Estonian foreign ministry handed over a note of protest to the Belarusian ambassador on Monday.",
        [("Estonian", "EST", "country"), ("Belarusian", "BLR", "country")],
    )
    assert ("ACCUSE", "EST", "BLR") in types(ms)


def test_an_expulsion_or_closure_announced_or_ordered_is_the_measure(nlp):
    ms = code(
        nlp,
        "Chile's foreign minister announced the expulsion of a senior Bolivian diplomat on Monday.",
        [("Chile", "CHL", "country"), ("Bolivian", "BOL", "country")],
    )
    assert ("SANCTION", "CHL", "BOL") in types(ms)
    ms = code(
        nlp,
        "Peru said it was ordering the closure of the Ecuadorian consulate in the city of Cusco.",
        [("Peru", "PER", "country"), ("Ecuadorian", "ECU", "country")],
    )
    assert ("SANCTION", "PER", "ECU") in types(ms)


def test_what_is_said_by_phone_to_another_side_is_also_a_call(nlp):
    ms = code(
        nlp,
        "Alvarez said he had expressed deep disappointment by phone to his counterpart, Okafor.",
        [("Alvarez", "ARG", "person"), ("Okafor", "NGA", "person")],
    )
    assert ("ACCUSE", "ARG", "NGA") in types(ms)
    call = [m for m in ms if m.type == "CONSULT"]
    assert [(m.mode, m.source.country, m.target.country) for m in call] == [("phone/video", "ARG", "NGA")]
    ms = code(
        nlp,
        "Alvarez told Okafor by telephone on Saturday that the seizure was unacceptable.",
        [("Alvarez", "ARG", "person"), ("Okafor", "NGA", "person")],
    )
    assert ("CONSULT", "ARG", "NGA") in types(ms)
    # nobody spoken to is named: no call
    ms = code(nlp, "Argentina condemned the seizure by phone.", [("Argentina", "ARG", "country")])
    assert not any(m.type == "CONSULT" for m in ms)
    # a consultation by phone is coded once
    ms = code(
        nlp,
        "Alvarez spoke by phone with Okafor on Tuesday.",
        [("Alvarez", "ARG", "person"), ("Okafor", "NGA", "person")],
    )
    assert [m.type for m in ms] == ["CONSULT"]
    # the call is added beside the verb's own act: what a request asks stays its content
    ms = code(
        nlp,
        "Alvarez urged Okafor by telephone to release the detained sailors.",
        [("Alvarez", "ARG", "person"), ("Okafor", "NGA", "person")],
    )
    assert types(ms) == [("CONSULT", "ARG", "NGA"), ("REQUEST", "ARG", "NGA")]
