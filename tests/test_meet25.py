"""Session 25 meet25: a gathering attended is a meeting with whoever gives it. "Attend" with a gathering noun (a
ceremony, an inauguration, a funeral, a dinner or banquet, a parade, a meeting, talks, a debate, a session: lexicon
``verb_objects`` ``attend``) is CONSULT by the guest; the host is the gathering's owner ("Modi's swearing-in", "the
inauguration of X"), the agent of a participle of giving on it ("a dinner hosted by X": ``giving_participles``), else
the state of the place it is held in abroad. Made-up sentences through the real parse, actor recognition and coder."""

from __future__ import annotations

from coding import coded


def test_attended_an_inauguration_of_a_foreign_president(nlp) -> None:
    out = coded("Kenyan President William Ruto attended the inauguration of Ghanaian President John Mahama on Tuesday.")
    assert ("CONSULT", "KEN", "GHA") in out


def test_attended_a_foreign_leader_s_swearing_in(nlp) -> None:
    out = coded(
        "The Nepalese prime minister attended Indian Prime Minister Narendra Modi's swearing-in ceremony on Sunday."
    )
    assert ("CONSULT", "NPL", "IND") in out


def test_attended_a_dinner_hosted_by_a_foreign_leader(nlp) -> None:
    out = coded(
        "Spanish Prime Minister Pedro Sanchez attended a state dinner hosted by Japanese Prime Minister Fumio Kishida."
    )
    assert ("CONSULT", "ESP", "JPN") in out


def test_attended_consultations_held_abroad_meets_the_place_s_state(nlp) -> None:
    out = coded("Vietnamese Deputy Foreign Minister Nguyen Minh Vu attended the consultations in Canberra on Monday.")
    assert ("CONSULT", "VNM", "AUS") in out


def test_will_attend_a_debate_of_an_organisation(nlp) -> None:
    out = coded(
        "Brazilian Foreign Minister Mauro Vieira will attend the general debate of the UN General Assembly next week."
    )
    assert ("CONSULT", "BRA", "UNO") in out


def test_attending_a_ceremony_at_home_is_no_meeting_with_another_state(nlp) -> None:
    out = coded("Kenyan President William Ruto attended a military parade in Nairobi on Tuesday.", "CONSULT")
    assert not [t for t in out if t[2] not in (None, "KEN")]


def test_attending_a_school_or_a_court_is_no_meeting(nlp) -> None:
    assert coded("The Ghanaian president's son attended a school in London for three years.", "CONSULT") == []


def test_a_gathering_attended_told_in_a_relative_clause_hung_on_its_last_noun(nlp) -> None:
    out = coded(
        "The deal followed the fourth meeting of the joint commission on the Mekong River, which Thai Foreign Minister"
        " Maris Sangiampongsa attended in Vientiane on May 2.",
        "CONSULT",
    )
    assert ("CONSULT", "THA", "LAO") in out


def test_guests_named_together_do_not_meet_each_other(nlp) -> None:
    out = coded(
        "Kenyan President William Ruto and Ghanaian President John Mahama attended the state funeral on Monday."
    )
    assert ("CONSULT", "KEN", "GHA") not in out and ("CONSULT", "GHA", "KEN") not in out
