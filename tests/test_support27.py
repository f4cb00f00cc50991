"""Session 27 (branch support27): a decision, move or step welcomed, backed or praised with no owner in its own
phrase is the act of the side that made it; an act done after the day it was praised is not the one praised.
Made-up sentences."""

from __future__ import annotations

from coding import coded


def test_backed_free_relative_and_welcoming_it():
    # the owner is named three sentences before ("the Norwegian decision"); "it" stands for the decision
    text = (
        "Norway withdrew from the fisheries accord with Iceland on Tuesday. "
        "Denmark and Sweden issued a joint statement saying they regretted the Norwegian decision. "
        "There was no such regret in Helsinki or Tallinn. "
        "Finland's prime minister said his government fully backed what he called a brave decision, "
        "and Estonia's foreign ministry issued a statement welcoming it."
    )
    got = coded(text, "SUPPORT")
    assert ("SUPPORT", "FIN", "NOR") in got
    assert ("SUPPORT", "EST", "NOR") in got


def test_welcomed_the_decision_told_before():
    text = (
        "Japan said on Monday it would lift its ban on beef imports from Australia. "
        "South Korea's foreign ministry said on Tuesday it welcomed the decision."
    )
    assert ("SUPPORT", "KOR", "JPN") in coded(text, "SUPPORT")


def test_praised_assault_not_a_later_one():
    # the praise on Saturday is of Saturday's assault, not of Sunday's shooting told after it
    text = (
        "Ethiopian troops attacked Eritrean border posts on Saturday. "
        "On Sunday an Eritrean soldier opened fire on Sudanese traders near the border. "
        "Somali officials openly praised the assault on Saturday."
    )
    got = coded(text, "SUPPORT")
    assert ("SUPPORT", "SOM", "ETH") in got
    assert ("SUPPORT", "SOM", "ERI") not in got


def test_own_and_ownerless_decisions_stay():
    # negative: a welcome of one's own side's decision, or of a move nobody is said to have made, names no target
    own = coded("Brazil closed its consulate in Lima. The Brazilian president welcomed the decision.", "SUPPORT")
    assert all(tgt is None for _, _, tgt in own)
    ownerless = coded("Norway's government said it welcomed a move to cut fishing quotas.", "SUPPORT")
    assert all(tgt is None for _, _, tgt in ownerless)


def test_defence_treaty_said_to_cover_a_side():
    # a speaker stating that a defence treaty covers a side's forces or islands backs that side
    text = (
        "The Australian foreign ministry on Monday criticized Indonesia's actions, and restated that "
        "Canberra's mutual defense treaty with Wellington covers armed attacks on New Zealand vessels."
    )
    assert ("SUPPORT", "AUS", "NZL") in coded(text, "SUPPORT")
    assured = "Britain's foreign secretary assured Estonia that the defence pact covers its border dispute with Russia."
    got = coded(assured, "SUPPORT")
    assert ("SUPPORT", "GBR", "EST") in got
    assert ("SUPPORT", "GBR", "RUS") not in got


def test_treaty_not_said_to_cover_stays():
    # negative: a treaty described, or said not to cover, backs nobody
    assert not coded("The 1951 treaty between Australia and New Zealand covers attacks in the Pacific.", "SUPPORT")
    assert not coded("Canberra said the defense treaty with Wellington does not cover the islands.", "SUPPORT")
