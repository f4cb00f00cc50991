"""Meetings of a group of three states or more held in one of them (session 27, branch group27): the host is a
side. Invented states and cities; places given by hand as the places stage would give them."""

from __future__ import annotations

from coding import code

STATES = [
    ("Zorn", "USA", "person"),
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Kaldor", "FIN", "country"),
    ("Oslandian", "NOR", "country"),
    ("Westmarkian", "SWE", "country"),
]


def _consult_at(ms, city):
    return [m for m in ms if m.type == "CONSULT" and m.place is not None and m.place.name == city]


def test_a_group_meeting_in_a_members_city_has_the_host_as_a_side(nlp):
    text = (
        "President Zorn will host the leaders of Oslandia, Westmark and Kaldor on Saturday in Delton. "
        "The leaders met again in Stockholm on Friday."
    )
    ms = _consult_at(code(nlp, text, STATES, places=[("Delton", "USA"), ("Stockholm", "SWE")]), "Stockholm")
    assert ms and all("SWE" in (m.source.country, m.target.country) for m in ms)


def test_a_pair_said_to_be_two_keeps_its_sides_in_a_third_members_city(nlp):
    text = (
        "Oslandia, Westmark and Kaldor signed a trade pact on Monday. Oslandia and Westmark disagree on fishing. "
        "The two sides met again in Helsinki on Friday."
    )
    ms = _consult_at(code(nlp, text, STATES, places=[("Helsinki", "FIN")]), "Helsinki")
    assert [(m.source.country, m.target.country) for m in ms] == [("NOR", "SWE")]


def test_named_sides_meeting_in_a_third_members_city_keep_their_sides(nlp):
    text = (
        "Oslandia, Westmark and Kaldor signed a trade pact on Monday. "
        "Oslandian and Westmarkian negotiators met in Helsinki on Friday."
    )
    ms = _consult_at(code(nlp, text, STATES, places=[("Helsinki", "FIN")]), "Helsinki")
    assert [(m.source.country, m.target.country) for m in ms] == [("NOR", "SWE")]


GROUPS = [("Group of Seven", "G7", "igo"), ("EU", "EUR", "igo")]


def test_a_groups_summit_in_a_members_city_is_the_hosts_meeting_with_the_group(nlp):
    ms = code(nlp, "Leaders of the Group of Seven opened their summit in Hiroshima on Friday.", GROUPS,
              places=[("Hiroshima", "JPN")])
    assert [(m.type, m.source.country, m.target.country) for m in ms] == [("CONSULT", "JPN", "G7")]


def test_a_groups_meeting_outside_its_members_or_at_its_seat_has_no_host(nlp):
    ms = code(nlp, "Group of Seven finance ministers met in Marrakech on Thursday.", GROUPS,
              places=[("Marrakech", "MAR")])
    assert [(m.source.country, m.target) for m in ms if m.type == "CONSULT"] == [("G7", None)]
    ms = code(nlp, "EU foreign ministers met in Brussels on Monday.", GROUPS, places=[("Brussels", "BEL")])
    assert [(m.source.country, m.target) for m in ms if m.type == "CONSULT"] == [("EUR", None)]


def test_an_aside_after_a_listed_place_does_not_end_the_list(nlp):
    text = (
        "President Zorn will host the leaders of Oslandia, Westmark and Kaldor on Saturday in Delton. "
        "The foreign ministers first met in Maple City, during the Arctic Forum, and again in Stockholm."
    )
    places = [("Delton", "USA"), ("Maple City", "USA"), ("Stockholm", "SWE")]
    ms = _consult_at(code(nlp, text, STATES, places=places), "Stockholm")
    assert ms and all("SWE" in (m.source.country, m.target.country) for m in ms)
