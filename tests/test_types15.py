"""Event types and events missed outright (session 15, branch `types15`): armed forces moved or placed, custody
taken with no doer named, a container noun named by its compound, a protest handed to a side, what is conveyed, and
a weapon that kills.

Actors (and places) are given by hand as the enrich stage would give them (tests/coding.py); the sentences are made
up.
"""

from __future__ import annotations

from coding import code, types


ACTS = [
    ("Chile", "CHL", "country"),
    ("Chilean", "CHL", "country"),
    ("Peru", "PER", "country"),
    ("Peruvian", "PER", "country"),
    ("Bolivia", "BOL", "country"),
]


def test_armed_forces_placed_or_moved_are_a_show_of_force(nlp):
    for text in (
        "Chile massed troops near the Peruvian border on Tuesday.",
        "Chile moved tanks to the Peruvian border on Tuesday.",
        "Chile ordered two frigates to the Peruvian coast on Tuesday.",
        "Chile rushed reinforcements to the Peruvian frontier on Tuesday.",
    ):
        ms = code(nlp, text, ACTS)
        assert ("MOBILIZE", "CHL", "PER") in types(ms), text
    ms = code(nlp, "Chile stationed soldiers on the disputed island on Tuesday.", ACTS)
    assert any(m.type == "MOBILIZE" and m.source.country == "CHL" for m in ms)
    # an order to do something is read as an order; forces moved back, or goods ordered, are no show of force
    for text in (
        "Chile moved troops back to their barracks on Tuesday.",
        "Chile ordered a new batch of fighter jets from Peru.",
        "Chile ordered troops to withdraw from the border on Tuesday.",
    ):
        ms = code(nlp, text, ACTS)
        assert "MOBILIZE" not in [m.type for m in ms], text


def test_custody_with_no_doer_is_taken_by_the_state_where_it_happens(nlp):
    text = "A Peruvian engineer was detained in Santiago on Tuesday."
    ms = code(nlp, text, ACTS, places=[("Santiago", "CHL")])
    assert ("COERCE", "CHL", "PER") in types(ms)
    text = "A Peruvian engineer was arrested at a hotel in Santiago on Tuesday."
    ms = code(nlp, text, ACTS, places=[("Santiago", "CHL")])
    assert ("COERCE", "CHL", "PER") in types(ms)
    # the held side names no state: whose nationals, the sentence does not say
    ms = code(nlp, "Several foreigners were detained in Santiago on Tuesday.", ACTS, places=[("Santiago", "CHL")])
    assert "COERCE" not in [m.type for m in ms]
    # no place: no side took custody that the text names
    assert "COERCE" not in [m.type for m in code(nlp, "A Peruvian engineer was arrested on Tuesday.", ACTS)]
    # a named agent stays the doer
    ms = code(nlp, "A Peruvian engineer was detained by Bolivia in Santiago on Tuesday.", ACTS,
              places=[("Santiago", "CHL")])
    assert ("COERCE", "BOL", "PER") in types(ms)


def test_a_container_noun_is_what_its_compound_names(nlp):
    ms = code(nlp, "Chile announced a new military aid package for Peru on Tuesday.", ACTS)
    assert ("AID", "CHL", "PER") in types(ms)
    ms = code(nlp, "Chile unveiled a new sanctions package against Peru on Tuesday.", ACTS)
    assert ("SANCTION", "CHL", "PER") in types(ms)
    # a package of nothing the lexicon reads is none
    ms = code(nlp, "Chile announced a new stimulus package for its farmers on Tuesday.", ACTS)
    assert ms == [] or all(m.type not in ("AID", "SANCTION") for m in ms)


def test_a_protest_handed_or_a_concern_conveyed(nlp):
    ms = code(nlp, "Chile handed Peru a formal protest on Tuesday.", ACTS)
    assert ("ACCUSE", "CHL", "PER") in types(ms)
    ms = code(nlp, "Chile conveyed its concerns to Peru on Tuesday.", ACTS)
    assert ("ACCUSE", "CHL", "PER") in types(ms)
    ms = code(nlp, "Chile handed Peru a list of candidates on Tuesday.", ACTS)
    assert "ACCUSE" not in [m.type for m in ms]


def test_a_weapon_that_kills_is_an_attack(nlp):
    ms = code(nlp, "A roadside bomb killed three Chilean soldiers near the border on Sunday.", ACTS)
    assert [(m.type, m.target.country if m.target else None) for m in ms] == [("ASSAULT", "CHL")]
    ms = code(nlp, "Two Chilean soldiers were killed by an improvised explosive device on Sunday.", ACTS)
    assert [(m.type, m.target.country if m.target else None) for m in ms] == [("ASSAULT", "CHL")]
    # victims counted with no weapon named make no attack of their own
    assert code(nlp, "Three Chilean soldiers were killed on Sunday.", ACTS) == []


def test_a_show_of_force_is_aimed_at_the_state_it_is_staged_near(nlp):
    ms = code(nlp, "Chile staged live-fire drills near Peru on Tuesday.", ACTS)
    assert ("MOBILIZE", "CHL", "PER") in types(ms)
    # where, with no other state, names no target
    ms = code(nlp, "Chile staged live-fire drills in the Pacific on Tuesday.", ACTS)
    assert [(m.type, m.target) for m in ms] == [("MOBILIZE", None)]


def test_a_coercive_measure_is_aimed_at_its_of_side(nlp):
    # (a place stands for its state)
    ms = code(nlp, "Chile ordered a total blockade of Callao on Tuesday.", ACTS, places=[("Callao", "PER")])
    assert ("COERCE", "CHL", "PER") in types(ms)
