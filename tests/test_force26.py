"""The sides of material acts (session 26, branch `force26`): a show of force at a contested line or water that
divides two rival states is aimed, for one of them, at the other; people in numbers who storm a foreign mission
riot against its state even when no word says they protest.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

from coding import coded


def test_a_show_of_force_across_a_dividing_line_faces_the_other_side():
    assert ("MOBILIZE", "CHN", "TWN") in coded(
        "Chinese fighter jets crossed the median line of the Taiwan Strait on Wednesday, the island's ministry said."
    )
    assert ("MOBILIZE", "CHN", "TWN") in coded(
        "The Chinese navy on Sunday began live-fire drills and patrols around the Taiwan Strait."
    )


def test_a_third_state_at_the_line_is_not_given_either_side():
    assert ("MOBILIZE", "USA", "TWN") not in coded("A U.S. destroyer sailed through the Taiwan Strait on Wednesday.")
    # a place elsewhere in the clause than the act's own phrases does not count
    assert ("MOBILIZE", "CHN", "TWN") not in coded(
        "China held naval drills in the Yellow Sea on Monday, days after a debate on the Taiwan Strait."
    )


def test_supporters_storming_a_mission_riot_against_its_state():
    ms = coded("Supporters of the cleric stormed the outer wall of the French embassy in Tripoli on Friday.")
    assert ("PROTEST", "LBY", "FRA") in ms


def test_supporters_who_only_gather_are_no_protest():
    assert coded("Supporters of the president gathered in Tripoli on Friday to welcome him home.", "PROTEST") == []


def test_crossing_the_korean_demarcation_line_is_a_show_of_force_at_the_south():
    assert ("MOBILIZE", "PRK", "KOR") in coded(
        "About twenty North Korean soldiers briefly crossed the military demarcation line on Tuesday, officials said."
    )
