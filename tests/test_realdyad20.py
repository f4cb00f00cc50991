"""Session 20 realdyad: how real news states its actors (datelines and credit lines inside the page, a speaker's
participle after a reported thing, mediators' aims, mutual ties, group names as modifiers), on made-up sentences
run through the real actor recognition and coder (parse, enrich, code)."""

from __future__ import annotations

from coding import coded as _dyads


# -- a dateline that opens a later paragraph names no actor -----------------------------------------------------------
def test_a_dateline_after_a_caption_is_no_party(nlp) -> None:
    text = (
        "A handout picture shows a patrol boat near the shoal.\n\n"
        "HANOI, Vietnam \u2014 The China Coast Guard (CCG) rammed two Vietnamese fishing boats on Tuesday, the navy said."
    )
    dyads = _dyads(text, "ASSAULT") + _dyads(text, "COERCE")
    assert dyads and all(d[1] == "CHN" and d[2] == "VNM" for d in dyads)


def test_a_capital_that_opens_a_sentence_as_its_subject_stays_a_party(nlp) -> None:
    text = "Talks stalled on Monday.\n\nMOSCOW will expel two Estonian diplomats, the ministry said on Tuesday."
    assert ("SANCTION", "RUS", "EST") in _dyads(text, "SANCTION")


# -- credit and byline lines name no party ------------------------------------------------------------------------------
def test_an_agency_name_above_the_time_line_is_no_party(nlp) -> None:
    text = (
        "Leaders back plan for Myanmar\n\nTass\n  10:15 UTC+3, 2022-05-02\n\n"
        "The leaders of Indonesia and Malaysia met in Jakarta on Saturday."
    )
    assert all("RUS" not in d for d in _dyads(text))


def test_a_photo_credit_names_no_party(nlp) -> None:
    text = "Photo: A. Petrov / Xinhua / Pool\n\nKazakhstan's president met Uzbekistan's president in Astana on Friday."
    assert all("CHN" not in d for d in _dyads(text))


# -- a speaker's participle after a reported clause whose subject is a thing of one side ------------------------------
def test_describing_after_a_reported_thing_is_the_speakers_accusation(nlp) -> None:
    text = (
        "Japan's foreign minister said the Chinese action breached international law, describing the intrusion "
        "as unacceptable."
    )
    assert ("ACCUSE", "JPN", "CHN") in _dyads(text, "ACCUSE")
    assert ("ACCUSE", "CHN", "JPN") not in _dyads(text, "ACCUSE")


def test_calling_after_a_reported_buildup_is_aimed_at_its_side(nlp) -> None:
    text = "Turkey's president said the Greek buildup violated the treaty, calling the deployment a provocation."
    assert ("ACCUSE", "TUR", "GRC") in _dyads(text, "ACCUSE")


def test_a_side_itself_as_the_reported_subject_keeps_its_participle(nlp) -> None:
    # "the Chilean side" is a side, not a thing of one: the participle may be its own, and stays as the parse reads it
    text = "Peru's foreign minister said the Chilean side had rejected the offer, calling it unfair."
    assert ("ACCUSE", "PER", "CHL") not in _dyads(text, "ACCUSE")


# -- "demonstrate" with an object shows something ----------------------------------------------------------------------
def test_demonstrating_a_quality_is_no_protest(nlp) -> None:
    text = "Kenya said Angola's president has demonstrated great statesmanship in his mediation with Rwanda."
    assert _dyads(text, "PROTEST") == []


def test_people_demonstrating_outside_an_embassy_still_protest(nlp) -> None:
    text = "Thousands of Iranians demonstrated outside the British embassy in Tehran on Friday."
    assert _dyads(text, "PROTEST") == [("PROTEST", "IRN", "GBR")]


# -- an agreement sought by mediators is not made, and they are not its sides -----------------------------------------
def test_mediation_efforts_to_reach_a_truce_are_no_agreement_of_the_mediators(nlp) -> None:
    text = "Mediation efforts led by Norway, Turkey and Qatar to reach a truce in Sudan have so far failed."
    assert _dyads(text, "AGREE") == []


def test_working_with_the_sides_to_reach_a_deal_is_no_agreement(nlp) -> None:
    text = "Egypt and Jordan are exerting intensive efforts with both sides to reach a ceasefire agreement."
    assert _dyads(text, "AGREE") == []


def test_an_agreement_reached_with_a_mediators_help_is_between_the_sides(nlp) -> None:
    text = "Armenia and Azerbaijan reached a prisoner agreement with the help of Russia on Monday."
    assert _dyads(text, "AGREE") == [("AGREE", "ARM", "AZE")]


def test_a_truce_reached_by_two_states_stays(nlp) -> None:
    text = "Ethiopia and Eritrea reached a peace deal on Monday."
    assert _dyads(text, "AGREE") == [("AGREE", "ETH", "ERI")]


# -- coordinated subjects acting on the ties between them act on each other -------------------------------------------
def test_two_states_that_severed_ties_severed_them_with_each_other(nlp) -> None:
    text = "Morocco and Algeria broke off diplomatic relations in August 2021."
    assert _dyads(text, "SANCTION") == [("SANCTION", "MAR", "DZA")]


def test_ties_cut_with_a_third_state_stay_aimed_at_it(nlp) -> None:
    text = "The United States and Canada cut ties with Moscow on Friday."
    assert _dyads(text, "SANCTION") == [("SANCTION", "CAN", "RUS"), ("SANCTION", "USA", "RUS")]


# -- a group's name as a modifier names the group ----------------------------------------------------------------------
def test_a_houthi_missile_is_the_groups_attack(nlp) -> None:
    text = "Another Houthi missile targeted a British destroyer on Sunday."
    assert _dyads(text, "ASSAULT") == [("ASSAULT", "YEM", "GBR")]


# -- what a call or pressure asks for is not done -----------------------------------------------------------------------
def test_rejecting_calls_to_condemn_is_no_condemnation(nlp) -> None:
    text = "Brazil and South Africa have rejected Western calls to condemn Moscow's offensive."
    assert _dyads(text, "ACCUSE") == []


def test_resisting_pressure_to_condemn_is_no_condemnation(nlp) -> None:
    text = "Indonesia has resisted Western pressure to condemn Russia."
    assert _dyads(text, "ACCUSE") == []


def test_a_condemnation_made_stays(nlp) -> None:
    text = "Indonesia condemned Russia on Monday after the strike."
    assert _dyads(text, "ACCUSE") == [("ACCUSE", "IDN", "RUS")]
