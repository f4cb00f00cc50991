"""Session 24 (branch unnamed24): sides told without a name. Made-up sentences through the real parse, actor
recognition and coder (tests/coding.py ``coded``)."""

from __future__ import annotations

import pytest

from coding import coded

pytestmark = pytest.mark.filterwarnings("ignore")


def test_part_of_its_warships_is_the_speakers_side():
    # "two of its warships": a part of a state's forces, owned by the pronoun, acts for the pronoun's antecedent
    got = coded(
        "Vietnam's defence ministry said three of its patrol boats had warned a Malaysian survey ship to leave the area.",
        "THREATEN",
    )
    assert ("THREATEN", "VNM", "MYS") in got


def test_its_warplanes_attack_for_the_speaker():
    assert coded("The Egyptian army said its warplanes struck militant camps in Libya on Monday.", "ASSAULT") == [
        ("ASSAULT", "EGY", "LBY")
    ]


def test_owned_noun_that_is_no_agent_gives_no_side():
    # a report is no state's agent: "its report had criticised Russia" makes no accusation by Norway
    assert coded("Norway said on Monday that its report had criticised Russia.", "ACCUSE") == []


def test_it_never_takes_a_plural_noun_subject():
    # "Peruvian journalists working for ..." is parsed as a subject; "It" is Chile's, not the journalists'
    got = coded(
        "Chile announced on Monday that it would expel Peruvian journalists working for two newspapers. "
        "It also demanded that the newspapers hand over their records.",
        "REQUEST",
    )
    assert ("REQUEST", "CHL", "PER") in got
    assert ("REQUEST", "PER", "CHL") not in got


def test_a_pair_called_on_is_each_of_its_states():
    got = coded(
        "Argentina and Chile exchanged accusations on Monday. Brazil called on both countries to exercise restraint.",
        "REQUEST",
    )
    assert got == [("REQUEST", "BRA", "ARG"), ("REQUEST", "BRA", "CHL")]


def test_a_pair_addressed_excludes_the_addressing_side():
    # the nearest pair is not the United States and India of the talks (the addressing side is no member of the pair
    # it addresses) but Pakistan and India before them
    got = coded(
        "Pakistan and India exchanged fire on Sunday. The United States held talks with India on Monday. Secretary of "
        "State Mike Pompeo called on both sides to open a hotline.",
        "REQUEST",
    )
    assert got == [("REQUEST", "USA", "IND"), ("REQUEST", "USA", "PAK")]


def test_a_dual_subject_stays_one_symmetric_event():
    got = coded("Argentina and Chile said on Monday that the two countries had signed a trade agreement.", "AGREE")
    assert len(got) == 1 and {got[0][1], got[0][2]} == {"ARG", "CHL"}
