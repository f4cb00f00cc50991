"""Military acts and declarations of war (session 27, branch `force27`): a state of war stated by a side ("we are
at war", "said the country was at war") is a threat of force against the side it fights, as "declared war" is;
figurative wars ("at war with terrorism", "at war with nobody") and a war denied stay no event.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

from coding import coded


def test_a_state_of_war_stated_in_a_quote_threatens_the_enemy():
    ms = coded(
        "Syrian rebels fired rockets at the Turkish town of Kilis on Saturday. "
        '"Citizens of Turkey, we are at war," President Recep Tayyip Erdogan said on Sunday, as Turkish jets struck '
        "Syrian army positions."
    )
    assert ("THREATEN", "TUR", "SYR") in ms


def test_a_state_of_war_reported_threatens_the_enemy():
    ms = coded(
        "Armenian artillery shelled Azerbaijani villages on Sunday. Azerbaijani President Ilham Aliyev said on Monday "
        "that Azerbaijan was at war with Armenia."
    )
    assert ("THREATEN", "AZE", "ARM") in ms


def test_a_war_on_an_abstraction_or_on_nobody_is_no_threat():
    ms = coded(
        "The prime minister met President Joe Biden in Washington on Monday. "
        'Speaking on Tuesday, the British prime minister said: "We are at war with terrorism."'
    )
    assert ("THREATEN", "GBR", "USA") not in ms
    ms = coded(
        "The United States imposed tariffs on Chinese goods on Friday, and Beijing condemned them. "
        '"We are at war with nobody," the U.S. trade representative said.'
    )
    assert not [m for m in ms if m[0] == "THREATEN"]


def test_not_at_war_is_no_threat():
    ms = coded(
        "Indian and Chinese troops clashed in the Galwan Valley on Monday. "
        '"We are not at war with China," India\'s defence minister Rajnath Singh said on Tuesday.'
    )
    assert ("THREATEN", "IND", "CHN") not in ms
