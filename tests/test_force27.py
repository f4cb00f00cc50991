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


def test_two_rival_armies_pulling_back_withdraw_from_each_other():
    # the particle parsed as the object's adjective ("pulling back tanks") is still the phrasal verb
    ms = coded(
        "Indian and Chinese troops clashed on the border last June. "
        "The two armies began pulling back tanks and troops from the lake shore on Wednesday."
    )
    assert ("RETREAT", "IND", "CHN") in ms
    assert ("RETREAT", "CHN", "IND") in ms


def test_a_pullback_in_a_standoff_named_as_such_is_mutual():
    ms = coded(
        "The disengagement along the disputed frontier went on for a third day. "
        "Armenian and Azerbaijani forces pulled back armoured vehicles from the ridge on Friday, officials said."
    )
    assert ("RETREAT", "ARM", "AZE") in ms
    assert ("RETREAT", "AZE", "ARM") in ms


def test_allies_pulling_back_together_are_not_each_others_target():
    ms = coded(
        "Iraqi forces fired on American troops near the city on Tuesday. "
        "US and British troops pulled back from the outskirts of the city on Wednesday."
    )
    assert ("RETREAT", "USA", "GBR") not in ms
    assert ("RETREAT", "GBR", "USA") not in ms


def test_two_sides_leaving_a_deal_are_no_pullback():
    ms = coded(
        "The standoff between the two neighbours entered its tenth month. "
        "India and China withdrew from the water-sharing arrangement on Monday."
    )
    assert ("RETREAT", "IND", "CHN") not in ms or ("RETREAT", "CHN", "IND") not in ms
