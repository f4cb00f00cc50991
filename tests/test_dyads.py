"""Who did what to whom (issue 15): the two sides of an event, from invented sentences.

Actors are given by hand as the enrich stage would give them, so these tests exercise party
resolution in the coder: coordination inside a noun phrase, antecedents of "they"/"the two sides".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from tidings.events import code_doc
from tidings.nlp import load_nlp


@dataclass(frozen=True)
class Actor:
    start: int
    end: int
    text: str
    actor_id: str
    name: str
    country: str
    sector: str | None = None
    role: str | None = None
    kind: str = "country"
    resolved: bool = True
    sentence: int = 0


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def code(nlp, text, actors, published="2024-05-10"):
    acts = []
    for surface, country, kind in actors:
        for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
            acts.append(Actor(m.start(), m.end(), surface, surface.lower().replace(" ", "_"), surface, country,
                              kind=kind, sector="GOV" if kind == "country" else None))
    return code_doc("a1", nlp(text), published=published, actors=acts)


def dyads(ms, type_=None, sentence=None):
    return sorted({(m.type, m.source.country, m.target.country if m.target else None) for m in ms
                   if (type_ is None or m.type == type_) and (sentence is None or m.sentence == sentence)})


def sides(ms, type_, sentence=None):
    return [frozenset((m.source.country, m.target.country if m.target else None)) for m in ms
            if m.type == type_ and (sentence is None or m.sentence == sentence)]


# -- coordination inside one noun phrase ------------------------------------------------------------
def test_the_governments_of_two_states_are_the_two_sides(nlp):
    ms = code(nlp, "The governments of Norway and Iceland agreed on Tuesday to share fishing data.",
              [("Norway", "NOR", "country"), ("Iceland", "ISL", "country")])
    assert sides(ms, "AGREE") == [frozenset({"NOR", "ISL"})]


def test_two_titled_leaders_coordinated_are_the_two_sides(nlp):
    # long titles make the parser hang one leader inside the other's name; both are still the sides
    text = ("Chilean Foreign Minister Ana Vidal and Argentine Defence Minister Tomas Berra agreed on Monday "
            "to open a joint rescue centre.")
    ms = code(nlp, text, [("Chilean Foreign Minister Ana Vidal", "CHL", "person"),
                          ("Argentine Defence Minister Tomas Berra", "ARG", "person")])
    assert sides(ms, "AGREE") == [frozenset({"CHL", "ARG"})]


def test_a_directed_act_of_two_coordinated_states_has_one_source_each(nlp):
    ms = code(nlp, "The leaders of Denmark and Finland condemned Belarus on Friday.",
              [("Denmark", "DNK", "country"), ("Finland", "FIN", "country"), ("Belarus", "BLR", "country")])
    assert dyads(ms, "ACCUSE") == [("ACCUSE", "DNK", "BLR"), ("ACCUSE", "FIN", "BLR")]


def test_talks_between_two_states_as_a_topic_do_not_make_a_subject_pair(nlp):
    ms = code(nlp, "The envoy of Qatar condemned the border between Sudan and Chad.",
              [("Qatar", "QAT", "country"), ("Sudan", "SDN", "country"), ("Chad", "TCD", "country")])
    assert all(m.source.country == "QAT" for m in ms)
