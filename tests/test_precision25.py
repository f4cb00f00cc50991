"""Session 25 precision25: an international body named between a state's word and an envoy's title ("Russia's U.N.
ambassador", "the Chinese UN envoy", "India's UN mission") is where the envoy serves, not a side: the envoy speaks for
the state, as "Russia's ambassador to the United Nations" always did. Made-up sentences run through the real parse,
actor recognition and coder."""

from __future__ import annotations

import datetime as dt

from coding import coded


def _actors(text: str) -> list[tuple[str, str | None]]:
    """(surface, country) of every actor mention of ``text``."""
    from tidings.enrich import analyse
    from tidings.nlp import parse

    art = analyse("t25", next(parse([text])), published=dt.date(2024, 5, 10))
    return [(m.text, m.country) for m in art.actors]


def test_a_states_un_ambassador_speaks_for_the_state(nlp) -> None:
    text = "Brazil's U.N. Ambassador Carlos Mendes criticized Washington for blocking the draft resolution."
    assert ("ACCUSE", "BRA", "USA") in coded(text)
    assert not any("UNO" in (s, t) for _, s, t in coded(text))
    assert [c for s, c in _actors(text) if "Ambassador" in s] == ["BRA"]


def test_a_demonym_before_the_un_envoy(nlp) -> None:
    assert ("REQUEST", "CHN", "USA") in coded("The Chinese UN envoy urged the United States to stop arming the rebels.")


def test_the_body_written_out_with_its_acronym(nlp) -> None:
    text = "A Turkish United Nations (UN) envoy on Monday called on Greece to halt the patrols."
    assert ("REQUEST", "TUR", "GRC") in coded(text)


def test_a_states_un_mission(nlp) -> None:
    text = "Egypt's UN mission accused Ethiopia of breaking the agreement on the dam."
    assert ("ACCUSE", "EGY", "ETH") in coded(text)
    assert not any(s == "UNO" for _, s, _ in coded(text))


def test_the_un_envoy_without_a_state_is_the_uns(nlp) -> None:
    # negative: with no state's word before it, "UN envoy" is the United Nations' own envoy
    assert ("CONSULT", "UNO", "YEM") in coded("UN envoy Martin Griffiths met Yemeni officials in Aden on Saturday.")


def test_an_ambassador_to_the_un_is_unchanged(nlp) -> None:
    # the after-the-title form was read right before and stays so
    text = "Brazil's Ambassador to the United Nations Carlos Mendes criticized Washington for blocking the resolution."
    assert ("ACCUSE", "BRA", "USA") in coded(text)


def test_a_states_accusation_against_the_un_itself_keeps_the_un(nlp) -> None:
    # negative: the body as an object is a side
    assert ("ACCUSE", "BRA", "UNO") in coded("Brazil accused the U.N. Security Council of ignoring the crisis.")


# -- a charge aimed at no side -------------------------------------------------------------------------------------
def test_a_condemnation_of_terrorism_in_general_is_no_event(nlp) -> None:
    assert coded("Norway condemns terrorism in all its forms and manifestations.", "ACCUSE") == []


def test_concern_over_instability_is_no_event(nlp) -> None:
    text = "The foreign ministers of the Nordic Council have expressed concern over regional and global instability."
    assert coded(text, "ACCUSE") == []


def test_a_condemnation_that_names_its_side_is_kept(nlp) -> None:
    # negative: the side named in the clause is the target, as before
    assert ("ACCUSE", "NOR", "RUS") in coded("Norway condemned Russia's missile attack on the port of Odesa.")
    assert ("SANCTION", "JPN", "PRK") in coded("Japan imposed new sanctions on North Korea on Friday.")


def test_a_charge_aimed_at_a_named_side_in_a_prepositional_phrase_is_kept(nlp) -> None:
    # negative: "lashed out at Beijing" names its side after a preposition
    assert ("ACCUSE", "USA", "CHN") in coded(
        "The US president lashed out at Beijing over its trade practices on Monday."
    )
