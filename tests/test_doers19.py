"""Session 19 doers: the sides of events the pipeline detects, on made-up sentences run through the real actor
recognition and coder (parse, enrich, code)."""

from __future__ import annotations

from coding import coded as _dyads


# -- a speech participle after a demand speaks for the one who demands ----------------------------------------------
def test_a_participle_after_an_appeal_is_the_askers_accusation(nlp) -> None:
    text = "Japan's foreign minister urged Russia to free the fishermen, calling the seizure illegal."
    assert _dyads(text, "ACCUSE") == [("ACCUSE", "JPN", "RUS")]


def test_a_participle_after_a_demand_with_a_that_clause_is_the_demanders(nlp) -> None:
    text = "The Indian foreign ministry demanded that Pakistan hand over the suspects, accusing Islamabad of lying."
    assert _dyads(text, "ACCUSE") == [("ACCUSE", "IND", "PAK")]


def test_a_deed_after_an_order_is_not_the_orderers_words(nlp) -> None:
    # only words of saying and judging move to the asker; a deed stays with whoever did it
    text = "Police said the gunman opened fire on the crowd, killing three people."
    assert _dyads(text, "ACCUSE") == []


# -- praise or criticism of a meeting told before is aimed at its sides ---------------------------------------------
def test_welcoming_the_summit_supports_the_sides_of_the_meeting_told_before(nlp) -> None:
    text = (
        "Biden met Xi Jinping in Woodside on Wednesday. "
        "Japanese Prime Minister Fumio Kishida welcomed the summit as a step toward stability."
    )
    assert _dyads(text, "SUPPORT") == [("SUPPORT", "JPN", "CHN"), ("SUPPORT", "JPN", "USA")]


def test_criticising_the_visit_targets_the_sides_other_than_the_critics_own(nlp) -> None:
    text = "Modi visited Moscow on Monday. Putin welcomed the visit."
    assert _dyads(text, "SUPPORT") == [("SUPPORT", "RUS", "IND")]


def test_a_meeting_that_names_its_sides_keeps_them(nlp) -> None:
    text = "Modi visited Moscow on Monday. Sweden's foreign minister welcomed the talks between Serbia and Kosovo."
    assert ("SUPPORT", "SWE", "IND") not in _dyads(text, "SUPPORT")


# -- a craft named again by a bare definite noun -----------------------------------------------------------------
def test_the_ship_named_again_is_the_craft_named_before(nlp) -> None:
    text = (
        "The American destroyer Milius sailed near Mischief Reef on Monday. "
        "The Chinese navy said it had tracked and warned off the ship."
    )
    assert ("COERCE", "CHN", "USA") in _dyads(text, "COERCE")


def test_the_ship_with_no_craft_before_has_no_side(nlp) -> None:
    assert _dyads("The Chinese navy said it had warned off the ship.", "COERCE") == [("COERCE", "CHN", None)]


# -- "at the request of" names who asked for an arrest, not who made it ----------------------------------------------
def test_an_arrest_at_anothers_request_is_the_place_states(nlp) -> None:
    text = "A Russian businessman was detained in Milan at the request of the United States."
    assert _dyads(text, "COERCE") == [("COERCE", "ITA", "RUS")]


def test_an_arrest_at_anothers_request_with_no_place_has_no_doer(nlp) -> None:
    assert ("COERCE", "USA", "IRN") not in _dyads("An Iranian engineer was arrested at Washington's request.")
