"""Session 22 (branch type22): event types read from everyday diplomatic wording, on made-up sentences through the
real pipeline.

- reinforcements sent are forces deployed (MOBILIZE), not a promise of military aid (AGREE);
- trade suspended or halted is an embargo (SANCTION);
- regret expressed over another side's act disapproves of it (ACCUSE); regret for something is an apology, no accusation;
- a state's citizens or migrants expelled are deported (COERCE), its diplomats expelled a sanction;
- "announced the recall of their ambassadors from X" recalls them (SANCTION);
- a state that suspects another of an act accuses it (ACCUSE); "men suspected of spying" names no accuser;
- a meeting noun with no side of its own, told as the scene of an act between two named sides, was held by them
  (CONSULT): "X told Y in a telephone conversation", "A and B signed three agreements at a meeting in Z"."""

from __future__ import annotations

from coding import coded


def test_reinforcements_sent_are_mobilised():
    got = coded("Kenya has sent military reinforcements to its border with Somalia, the army said on Sunday.")
    assert ("MOBILIZE", "KEN", "SOM") in got
    assert not any(t == "AGREE" for t, _, _ in got)


def test_trade_suspended_is_sanction():
    assert ("SANCTION", "TUR", "ISR") in coded("Ankara suspended all trade with Israel on Thursday.")
    assert ("SANCTION", "SAU", "QAT") in coded("Saudi Arabia halted trade with Qatar last June.")


def test_regret_over_an_act_accuses():
    assert ("ACCUSE", "JPN", "KOR") in coded("Tokyo expressed strong regret over Seoul's decision to scrap the pact.")


def test_regret_for_is_no_accusation():
    got = coded("Japan expressed deep regret to South Korea for the collision of the two fishing boats.")
    assert not any(t == "ACCUSE" for t, _, _ in got)


def test_citizens_expelled_are_deported():
    assert ("COERCE", "GAB", "CMR") in coded(
        "Gabon decided on Monday to expel Cameroonian citizens from its territory."
    )
    # a diplomat expelled stays a sanction
    assert ("SANCTION", "GAB", "CMR") in coded("Gabon expelled a Cameroonian diplomat on Monday.")


def test_recall_noun_is_sanction():
    got = coded("Chad and Sudan announced on Friday the recall of their ambassadors from Libya.")
    assert ("SANCTION", "TCD", "LBY") in got and ("SANCTION", "SDN", "LBY") in got
    assert not coded("Toyota announced the recall of 10,000 cars sold in Japan.", "SANCTION")


def test_telephone_conversation_as_scene():
    got = coded("Joko Widodo told Anthony Albanese in a telephone conversation on Monday that trade would grow.")
    assert ("CONSULT", "IDN", "AUS") in got


def test_agreements_signed_at_a_meeting():
    got = coded("Pakistan and Afghanistan signed three agreements at a meeting in Kabul on Sunday.")
    assert ("AGREE", "PAK", "AFG") in got
    assert any(t == "CONSULT" and {s, o} == {"PAK", "AFG"} for t, s, o in got)


def test_meeting_of_others_is_no_scene_pair():
    # a criticism voiced at someone else's meeting is no meeting with the criticised
    got = coded("Blinken criticized China at a meeting of G7 foreign ministers in Tokyo on Tuesday.")
    assert not any(t == "CONSULT" for t, _, _ in got)
    got = coded("Blinken criticized China at a meeting in Tokyo on Tuesday.")
    assert not any(t == "CONSULT" for t, _, _ in got)


def test_suspecting_a_state_accuses_it():
    assert ("ACCUSE", "UKR", "RUS") in coded("Kyiv suspects Moscow of orchestrating the sabotage of the pipeline.")
    # the participle names no accuser
    assert not coded("Police arrested three men suspected of spying for Russia.", "ACCUSE")


def test_suspected_in_the_passive_names_no_accuser():
    got = coded("New rules allow the coast guard to detain foreigners suspected of trespassing in Chinese waters.")
    assert not any(t == "ACCUSE" for t, _, _ in got)
