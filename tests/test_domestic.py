"""One state's organised sides and the courts of a state (session 27, branch domestic27): a government and its
opposition that sign or talk, a court voiding its own government's act, a court "in" a city sentencing a foreign
national. Invented states and sentences; actors given by hand as the enrich stage would give them."""

from __future__ import annotations

from coding import code, types

OSL = [("Oslandia", "NOR", "country"), ("Oslandian", "NOR", "country"), ("Westmark", "SWE", "country")]


def _of(ms, typ):
    return [t for t in types(ms) if t[0] == typ]


# -- a government and its opposition ----------------------------------------------------------------
def test_a_government_and_its_opposition_signing_is_a_domestic_accord(nlp):
    ms = code(nlp, "The Oslandian government and the opposition signed a power-sharing agreement on Tuesday.", OSL)
    assert _of(ms, "AGREE") == [("AGREE", "NOR", "NOR")]


def test_opposition_groups_resuming_talks_with_the_government_are_both_of_one_state(nlp):
    ms = code(nlp, "Oslandian opposition groups on Wednesday resumed talks with the government.", OSL)
    assert _of(ms, "CONSULT") == [("CONSULT", "NOR", "NOR")]


def test_the_two_sides_of_one_state_are_that_state_twice(nlp):
    ms = code(nlp, "The ban was eased after the two Oslandian sides resumed talks in the capital.", OSL)
    assert _of(ms, "CONSULT") == [("CONSULT", "NOR", "NOR")]


def test_an_opposition_rally_or_a_foreign_accord_makes_no_domestic_pair(nlp):
    ms = code(nlp, "The Oslandian opposition held a rally on Sunday.", OSL)
    assert not [t for t in types(ms) if t[1] == t[2] == "NOR"]
    ms = code(nlp, "Oslandia signed an agreement with Westmark on Monday, and the opposition criticised the deal.", OSL)
    assert _of(ms, "AGREE") == [("AGREE", "NOR", "SWE")]


# -- a court against its own government -----------------------------------------------------------------
def test_a_court_ruling_its_governments_plan_unconstitutional_is_a_domestic_sanction(nlp):
    ms = code(nlp, "On Friday, Oslandia's High Court ruled the planned deployment unconstitutional.", OSL)
    assert _of(ms, "SANCTION") == [("SANCTION", "NOR", "NOR")]


def test_a_court_in_a_state_suspending_a_government_directive_is_that_states(nlp):
    ms = code(nlp, "A high court in Oslandia has suspended a government directive on farm subsidies.", OSL)
    assert _of(ms, "SANCTION") == [("SANCTION", "NOR", "NOR")]


def test_a_court_upholding_an_act_or_a_foreign_court_voiding_one_is_no_domestic_sanction(nlp):
    ms = code(nlp, "Oslandia's High Court upheld the government's decision on Friday.", OSL)
    assert not _of(ms, "SANCTION")
    ms = code(nlp, "The Westmark Court of Human Rights ruled that Oslandia's law on farming was unlawful.", OSL)
    assert ("SANCTION", "NOR", "NOR") not in types(ms)


# -- a court in a city sentencing a foreign national ----------------------------------------------------------------
def test_a_court_in_a_city_sentencing_a_foreign_national_is_the_citys_state(nlp):
    text = "A court in Oslo sentenced Westmarkian journalist Per Berg to ten years in prison on Monday."
    ms = code(nlp, text, [("Westmarkian journalist Per Berg", "SWE", "person")], places=[("Oslo", "NOR")])
    assert _of(ms, "SANCTION") == [("SANCTION", "NOR", "SWE")]


def test_a_court_sentencing_its_own_national_is_no_event(nlp):
    text = "A court in Oslo sentenced Oslandian activist Per Berg to ten years in prison on Monday."
    ms = code(nlp, text, [("Oslandian activist Per Berg", "NOR", "person")], places=[("Oslo", "NOR")])
    assert not _of(ms, "SANCTION")
