"""Event types on real news (session 17, branch `types17`): relations or a diplomatic presence reduced, and a
release of held people with no doer named.

Actors (and places) are given by hand as the enrich stage would give them (tests/coding.py); the sentences are made
up.
"""

from __future__ import annotations

import re

from coding import Actor, code, types
from tidings.events import code_doc
from tidings.timex import Timex
from tidings.timex.calendar import value_precision


ACTS = [
    ("Chile", "CHL", "country"),
    ("Chilean", "CHL", "country"),
    ("Peru", "PER", "country"),
    ("Peruvian", "PER", "country"),
    ("Bolivia", "BOL", "country"),
    ("Bolivian", "BOL", "country"),
]
PLACES = [("Santiago", "CHL"), ("Lima", "PER"), ("La Paz", "BOL")]


def places(text):
    return [p for p in PLACES if p[0] in text]


def test_relations_or_diplomatic_presence_reduced_is_a_sanction(nlp):
    for text in (
        "Chile downgraded its diplomatic ties with Peru on Tuesday.",
        "Chile has downgraded relations with Peru, officials said on Tuesday.",
        "Chile reduced its embassy staff in Lima by half on Tuesday.",
        "Chile said on Tuesday it had cut the diplomatic staff of the Peruvian embassy.",
        "Chile pared its diplomatic presence in Peru on Tuesday.",
        "Chile lowered its diplomatic representation in Peru to the level of chargé d'affaires on Tuesday.",
    ):
        ms = code(nlp, text, ACTS, places=places(text))
        assert ("SANCTION", "CHL", "PER") in types(ms), text
    # staff cut with no diplomatic post, tariffs lowered: no sanction
    text = "The Chilean airline reduced its staff in Lima on Tuesday."
    ms = code(nlp, text, ACTS, places=places(text))
    assert "SANCTION" not in [m.type for m in ms]
    ms = code(nlp, "Chile lowered its tariffs on Peruvian copper on Tuesday.", ACTS)
    assert ("CONCEDE", "CHL", "PER") in types(ms)


def test_release_with_no_doer_is_done_by_the_state_that_held_them(nlp):
    for text in (
        "Two Peruvian engineers held in Chile were freed on Tuesday.",
        "A Peruvian tourist who had been detained in Santiago was released on Tuesday.",
        "Bolivia announced the release of two Peruvian sailors who had been detained in Chile on Tuesday.",
        "The release of three Peruvian fishermen jailed in Chile was announced on Tuesday.",
    ):
        ms = code(nlp, text, ACTS, places=places(text))
        assert ("RETREAT", "CHL", "PER") in types(ms), text
        # the custody told of the freed is the release's background, no event of its own
        assert "COERCE" not in [m.type for m in ms], text
    # a named doer stays the doer; no place of custody: no holder named
    ms = code(nlp, "Two Peruvian engineers were freed by Bolivia on Tuesday.", ACTS)
    assert ("RETREAT", "BOL", "PER") in types(ms)
    ms = code(nlp, "Two Peruvian engineers were freed on Tuesday.", ACTS)
    assert "RETREAT" not in [m.type for m in ms]
    # custody with no release stays custody
    text = "A Peruvian tourist was detained in Santiago on Tuesday."
    ms = code(nlp, text, ACTS, places=places(text))
    assert ("COERCE", "CHL", "PER") in types(ms)


def test_the_act_a_threat_names_is_threatened(nlp):
    for text in (
        "On Tuesday Chile repeated its threat to cut aid to Peru.",
        "Chile renewed on Tuesday its threat to expel the Peruvian ambassador.",
        "Chile on Tuesday renewed its threat to impose tariffs on Peruvian copper.",
    ):
        ms = code(nlp, text, ACTS, places=places(text))
        assert ("THREATEN", "CHL", "PER") in types(ms), text
        assert not any(m.type in ("SANCTION", "CONCEDE") for m in ms), text
    # a decision's infinitive is still done by its owner
    text = "Chile announced on Tuesday its decision to expel the Peruvian ambassador."
    ms = code(nlp, text, ACTS, places=places(text))
    assert ("SANCTION", "CHL", "PER") in types(ms)


def test_hand_to_hand_fighting_between_two_sides_is_an_assault(nlp):
    for text in (
        "Chilean and Peruvian soldiers fought with sticks and stones on the ridge on Tuesday.",
        "Soldiers from Chile and Peru scuffled near the border post on Tuesday.",
        "Chilean and Peruvian troops brawled at the crossing on Tuesday.",
    ):
        ms = code(nlp, text, ACTS)
        assert any(m.type == "ASSAULT" and {m.source.country, m.target.country} == {"CHL", "PER"} for m in ms if m.target), text


def _dated(nlp, text, actors, when):
    """Code ``text`` with its date phrase ``when`` given as the timex stage gives it (a noun event needs a date)."""
    acts = [
        Actor(m.start(), m.end(), s, s.lower(), s, c, kind=k, sector="GOV")
        for s, c, k in actors
        for m in re.finditer(r"\b" + re.escape(s) + r"\b", text)
    ]
    i = text.index(when[0])
    tx = [Timex(start=i, end=i + len(when[0]), text=when[0], kind="date", value=when[1],
                precision=value_precision(when[1]), anchor="dct")]
    return code_doc("a1", nlp(text), published="2024-05-10", actors=acts, timexes=tx, places=[])


def test_an_assault_named_as_a_noun_is_an_attack(nlp):
    for text in (
        "Peru said a new Chilean assault on Peru's border towns on Tuesday had derailed the talks.",
        "Peru said Chile's onslaught on the Peruvian border towns on Tuesday killed six people.",
    ):
        ms = _dated(nlp, text, ACTS, ("on Tuesday", "2024-05-07"))
        assert ("ASSAULT", "CHL", "PER") in types(ms), text
    # a weak noun: with no owner and no date of its own, no attack
    ms = code(nlp, "Peru warned against any assault on its territory.", ACTS)
    assert "ASSAULT" not in [m.type for m in ms]
