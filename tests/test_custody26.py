"""Session 26 custody events (branch custody26), on made-up text: a release "in return for" or "in exchange for"
other captives is one half of a swap, and the other half (those captives freed by the side that received the first
ones, or by the state that holds them) is an event too; nothing given in return that is no captive makes one."""

from coding import OSLANDIA_WESTMARK, coded_invented, dyads_of_type
from test_events import code

ACTORS = OSLANDIA_WESTMARK
_seen = dyads_of_type

_code = coded_invented


def test_a_release_in_return_for_captives_is_a_release_by_each_side(nlp):
    for text in (
        "Oslandia on Monday released 80 Westmarkian soldiers in return for 75 Oslandian prisoners.",
        "Oslandia on Monday freed 12 Westmarkian fishermen in exchange for nine Oslandian sailors.",
        "In exchange for 40 Oslandian prisoners, Oslandia on Monday released 38 Westmarkian soldiers.",
    ):
        ms = _code(nlp, text)
        assert _seen(ms, "RETREAT") == [("RETREAT", "NOR", "SWE"), ("RETREAT", "SWE", "NOR")], text


def test_captives_released_with_no_releaser_are_freed_by_the_side_of_those_given_for_them(nlp):
    # the captives given in return are held in Oslandia: Oslandia frees them, the Westmarkian side frees the others
    ms = _code(
        nlp,
        "Under the deal announced on Monday, 20 hostages held in the mountains will be freed in exchange for Westmarkian prisoners "
        "jailed in Oslandia.",
    )
    assert _seen(ms, "RETREAT") == [("RETREAT", "NOR", "SWE"), ("RETREAT", "SWE", "NOR")]
    assert {m.status for m in ms if m.type == "RETREAT"} == {"planned"}
    ms = _code(nlp, "14 Oslandian hostages were released on Monday in return for 40 Westmarkian prisoners.")
    assert _seen(ms, "RETREAT") == [("RETREAT", "NOR", "SWE"), ("RETREAT", "SWE", "NOR")]


def test_a_release_in_return_for_no_captives_is_one_release(nlp):
    for text in (
        "Oslandia on Monday released 15 Westmarkian soldiers in exchange for maps of minefields.",
        "Oslandia on Monday released 15 Westmarkian soldiers in return for Westmark's promise of talks.",
    ):
        assert _seen(_code(nlp, text), "RETREAT") == [("RETREAT", "NOR", "SWE")], text


def test_barring_a_person_is_a_ban(nlp):
    ms = _code(nlp, "Oslandia on Monday barred the Westmarkian envoy and her family from entering the country.")
    assert ("COERCE", "NOR", "SWE") in _seen(ms, "COERCE")
    # no state barred: a rule, not an act of a side
    assert not _seen(_code(nlp, "The new rules, announced on Monday, bar lorries from the old bridge."), "COERCE")


def test_soldiers_arresting_their_own_leader_is_a_domestic_arrest(nlp):
    actors = [*ACTORS, ("President Halvorsen", "NOR", "person")]
    ms = code(
        nlp,
        "Oslandian soldiers seized power on Monday and arrested President Halvorsen.",
        "2024-03-12",
        actors=actors,
        times=[("on Monday", "2024-03-11")],
    )
    assert ("NOR", "NOR") in _pairs(ms, "COERCE")
    # a captive no side names stays without a target
    ms = _code(nlp, "Oslandian soldiers seized power on Monday and arrested the mayor.")
    assert ("NOR", "NOR") not in _pairs(ms, "COERCE")


def _pairs(ms, typ):
    return {
        (m.source.country if m.source else None, m.target.country if m.target else None) for m in ms if m.type == typ
    }
