"""Session 23 (branch widen23): rules of sessions 21-22 widened to the mechanism after fresh real sentences showed
them reading only their own wording; made-up sentences through the real pipeline.

- "pro-" and "anti-" before a name make a stance, not the side of the noun's people ("pro-Ukrainian marchers in
  Madrid" are Spain's crowd, no Ukrainian side);
- a protest whose sentence names another state's place or side is about that state, not made domestic;
- any adverb that makes a phrasal verb of the particle table is its particle ("pulling its troops away from");
- a memorandum signed by two sides, or "of understanding", is an accord (AGREE); a one-sided memo is none;
- "after" and "following" a meeting with no side of its own, an act of two named sides was at their meeting;
- a visit ended took place (CONSULT), as one concluded or completed; talks ended stay as they were."""

from __future__ import annotations

from coding import coded


def test_pro_prefix_is_a_stance_not_the_crowd():
    got = coded("Thousands of pro-Ukrainian demonstrators marched in Madrid and Lisbon on Sunday.", "PROTEST")
    assert {s for _, s, _ in got} == {"ESP", "PRT"}


def test_plain_demonym_crowd_keeps_its_side():
    got = coded("Ukrainian demonstrators marched in Kyiv on Sunday against Russia.", "PROTEST")
    assert ("PROTEST", "UKR", "RUS") in got


def test_foreign_issue_protest_is_not_domestic():
    got = coded("Protesters rallied in Rome on Saturday calling for an end to the war in Sudan.", "PROTEST")
    assert got and all(o != "ITA" for _, _, o in got)


def test_domestic_protest_stays_domestic():
    assert ("PROTEST", "PER", "PER") in coded("Thousands of protesters marched on parliament in Lima on Saturday.")


def test_pulled_away_is_a_withdrawal():
    got = coded("Turkey began pulling its troops away from the border with Syria on Tuesday.")
    assert ("RETREAT", "TUR", "SYR") in got


def test_an_adverb_of_no_listed_phrasal_verb_is_none():
    # "pull ahead" is no phrasal verb of the particle table: the adverb is not read as a particle
    assert not coded("Turkey pulled ahead of Greece in the tourism rankings this year.", "RETREAT")


def test_memorandum_of_understanding_is_an_accord():
    assert ("AGREE", "GHA", "TGO") in coded("Ghana and Togo signed a memorandum of understanding on border security.")
    assert ("AGREE", "KEN", "ETH") in coded("Kenya signed a memorandum with Ethiopia on Monday.")


def test_one_sided_memorandum_is_none():
    got = coded("President Biden signed a memorandum directing agencies to review the export rules.", "AGREE")
    assert all(o is None for _, _, o in got)  # no accord with anyone (a sideless reading was there before)


def test_acts_following_a_meeting_were_at_it():
    got = coded("Following the meeting, Kenya and Uganda signed three agreements on trade.")
    assert any(t == "CONSULT" and {s, o} == {"KEN", "UGA"} for t, s, o in got)


def test_a_body_meeting_names_its_own_sides():
    got = coded("After the cabinet meeting, Kenya and Uganda signed three agreements on trade.")
    assert not any(t == "CONSULT" for t, _, _ in got)


def test_visit_ended_took_place():
    got = coded("Senegalese President Macky Sall ended his two-day visit to Mauritania on Thursday.")
    assert ("CONSULT", "SEN", "MRT") in got


def test_talks_ended_are_no_meeting():
    assert not coded("Iran ended talks with the IAEA on Monday.", "CONSULT")
