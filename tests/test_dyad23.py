"""Session 23 dyad23: a side named only by an unnamed speaker: a person noun after a seat of government ("a White
House official", "a Kremlin aide", "a Downing Street spokesman") is that state's, as "a U.S. official" is; an
indefinite holder of an office whose title names its state ("a State Department spokesperson", "a Kremlin
spokesman") speaks for that state. Made-up sentences run through the real parse, actor recognition and coder."""

from __future__ import annotations

from coding import coded as _dyads


# -- a person noun after a seat of government ----------------------------------------------------------------------------
def test_an_official_of_a_seat_of_government_is_its_state(nlp) -> None:
    assert ("REQUEST", "USA", "RUS") in _dyads("A White House official urged Russia to halt the convoy.", "REQUEST")


def test_a_spokesman_of_a_seat_of_government_is_its_state(nlp) -> None:
    assert ("ACCUSE", "GBR", "RUS") in _dyads("A Downing Street spokesman accused Russia of spreading lies.", "ACCUSE")


def test_a_seat_before_a_named_spokesman_is_his_state(nlp) -> None:
    assert ("ACCUSE", "USA", "RUS") in _dyads("White House spokesman Tom Hadley accused Moscow of meddling.", "ACCUSE")


def test_a_seat_as_a_place_stays_a_place(nlp) -> None:
    # negative: a seat that is where something happens, not whom a speaker serves, gives no speaker its state
    out = _dyads("A Chinese official accused Washington of lying during talks at the White House.", "ACCUSE")
    assert ("ACCUSE", "CHN", "USA") in out
    assert not any(s == "USA" for _, s, _ in out)


# -- an indefinite holder of an office whose title names its state --------------------------------------------------------
def test_an_indefinite_state_department_spokesperson_speaks_for_the_united_states(nlp) -> None:
    text = '"We call on Russia to stop harassing our diplomats," a State Department spokesperson said.'
    assert ("REQUEST", "USA", "RUS") in _dyads(text, "REQUEST")


def test_an_indefinite_kremlin_spokesman_speaks_for_russia(nlp) -> None:
    assert ("ACCUSE", "RUS", "USA") in _dyads("A Kremlin spokesman accused the United States of lying.", "ACCUSE")


def test_an_indefinite_title_with_no_state_names_no_side(nlp) -> None:
    # negative: "a spokesperson" names no state; the title alone gives none
    out = _dyads("A spokesperson accused Russia of lying.", "ACCUSE")
    assert not any(s for _, s, _ in out if s not in (None, "RUS"))
