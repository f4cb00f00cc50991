"""Stances stated inside a report that yielded no event (session 19, branch `reported19`): a speaker's act stated as a
participle after a comma that the parser hangs on the reported clause ("Armenia said the talks had collapsed, blaming
Azerbaijan") is the reporter's; a characterisation whose "as" phrase the parser hangs on the object ("described
Canberra's decision as a stab in the back") or whose object it reads as a verb ("called the commanders' return a
violation") is still one; a verdict with the reporting verb set inside it ("the seizure, the foreign secretary said,
was a violation of international law") is the reporter's verdict.

The sentences are made up; they go through the real parse, enrich stage (actors) and coder.
"""

from __future__ import annotations

from coding import coded


def test_a_speakers_participle_hung_on_the_reported_clause_is_the_reporters_act():
    got = coded("Armenia said on Monday that the talks had collapsed, blaming Azerbaijan for the impasse.", "ACCUSE")
    assert ("ACCUSE", "ARM", "AZE") in got, got
    got = coded(
        "The foreign ministry of Armenia said the shelling had killed two civilians, accusing Azerbaijan of "
        "targeting homes.",
        "ACCUSE",
    )
    assert ("ACCUSE", "ARM", "AZE") in got, got
    got = coded("Pakistan said the strike had killed three soldiers, urging India to show restraint.", "REQUEST")
    assert ("REQUEST", "PAK", "IND") in got, got


def test_a_participle_of_the_reported_clauses_own_side_or_of_no_speakers_act_stays_out():
    # the reported clause's subject names a side: the participle is that side's, and it names nobody else
    assert coded("Armenia said Azerbaijani troops had crossed the border, blaming a navigation error.", "ACCUSE") == []
    # not a speaker's act
    assert coded("Armenia said the border crossing had reopened, calling it a step forward.", "ACCUSE") == []


def test_a_characterisation_the_parser_reads_otherwise_is_still_one():
    got = coded('On Thursday the French minister described Canberra\'s decision as "a stab in the back".', "ACCUSE")
    assert ("ACCUSE", "FRA", "AUS") in got, got
    got = coded("Tokyo described Seoul's move as a betrayal of trust.", "ACCUSE")
    assert ("ACCUSE", "JPN", "KOR") in got, got
    assert coded("The minister called the return of the soldiers a relief.", "ACCUSE") == []


def test_a_verdict_with_the_reporting_verb_inside_it_is_the_reporters():
    got = coded(
        "Russia's seizure of the tanker, the British foreign secretary said, was a violation of international law.",
        "ACCUSE",
    )
    assert ("ACCUSE", "GBR", "RUS") in got, got
    got = coded(
        "India's decision to ban the apps, the Chinese commerce ministry said, constituted discrimination against "
        "Chinese firms.",
        "ACCUSE",
    )
    assert ("ACCUSE", "CHN", "IND") in got, got
    # no disapproval in the verdict: none
    assert coded("India's decision, the Chinese commerce ministry said, was a difficult one.", "ACCUSE") == []


def test_recognition_ended_with_no_longer_is_withdrawn():
    got = coded("The government of Honduras announced on Monday that it would no longer recognize Taiwan as a country.")
    assert ("SANCTION", "HND", "TWN") in got, got
    got = coded("The United States no longer recognizes Maduro as president.", "SANCTION")
    assert ("SANCTION", "USA", "VEN") in got, got
    # a thing, not a side: none
    assert coded("Honduras no longer recognizes the document as valid.", "SANCTION") == []
    assert coded("Taiwan no longer recognizes the old passports.", "SANCTION") == []


def test_relations_resumed_are_restored():
    got = coded("The Maldives government said it had decided to resume diplomatic relations with Iran.", "COOPERATE")
    assert ("COOPERATE", "MDV", "IRN") in got, got
    got = coded("Honduras said it would seek to resume full diplomatic relations with Beijing.", "COOPERATE")
    assert ("COOPERATE", "HND", "CHN") in got, got
    # talks resumed stay a meeting, a vote resumed is no event
    assert coded("Honduras said the vote would resume on Monday.") == []
