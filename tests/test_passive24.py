"""Session 24 passive24: a court's sentence told without its doer is the penalty (SANCTION) of the state where it is
passed, against the convicted's state, as custody told so already was (session 19): the place of the verb, of the
convicted, of the arrest it is coordinated with, or of a court named by no side of its own; a sentence given is a
sentence passed. Made-up sentences run through the real parse, actor recognition and coder."""

from __future__ import annotations

from coding import coded


def test_sentenced_in_a_court_of_a_state(nlp) -> None:
    out = coded("A Danish engineer was sentenced to ten years in prison in an Egyptian court on Tuesday.", "SANCTION")
    assert out == [("SANCTION", "EGY", "DNK")]


def test_sentenced_where_the_convicted_is(nlp) -> None:
    out = coded("A Dutch aid worker in Iran was sentenced to six years for spying, his lawyer said.", "SANCTION")
    assert out == [("SANCTION", "IRN", "NLD")]


def test_sentenced_after_an_arrest_in_a_state(nlp) -> None:
    text = "A Swedish teacher was arrested in Vietnam in 2021 and sentenced in March to nine years in prison."
    assert coded(text, "SANCTION") == [("SANCTION", "VNM", "SWE")]
    assert ("COERCE", "VNM", "SWE") in coded(text, "COERCE")


def test_convicted_by_a_court_in_a_city(nlp) -> None:
    out = coded("A Japanese businessman was convicted of espionage by a court in Beijing on Monday.", "SANCTION")
    assert out == [("SANCTION", "CHN", "JPN")]


def test_a_sentence_given(nlp) -> None:
    out = coded("An Egyptian court gave the Canadian blogger a three-year sentence on Sunday.", "SANCTION")
    assert out == [("SANCTION", "EGY", "CAN")]
    out = coded("The Canadian blogger was given a three-year sentence by a court in Cairo on Sunday.", "SANCTION")
    assert out == [("SANCTION", "EGY", "CAN")]


def test_no_place_or_no_nationality_is_no_event(nlp) -> None:
    # negative: whose court, or whose national, the sentence does not say
    assert coded("The former minister was sentenced to five years in prison on Friday.", "SANCTION") == []
    assert coded("Several foreigners were sentenced in Egypt on Friday.", "SANCTION") == []
    assert coded("The coach gave the Danish team a sentence to remember.", "SANCTION") == []


def test_a_tribunal_in_a_city_names_no_state(nlp) -> None:
    # negative: an international tribunal sits in The Hague without acting for the Netherlands
    text = "Earlier this year, an arbitration tribunal in The Hague ruled against Oslandia's claims in the sea."
    assert not [e for e in coded(text) if e[1] == "NLD"]


def test_a_domestic_sentence_is_no_event(nlp) -> None:
    # negative: a state's own citizen sentenced at home names no other side
    assert (
        coded("A Russian opposition activist was sentenced to 19 years in prison in Moscow on Friday.", "SANCTION")
        == []
    )


def test_deported_from_states(nlp) -> None:
    text = "Hundreds of Nigerian workers were deported from Ghana and Togo last week, officials said."
    assert coded(text, "COERCE") == [("COERCE", "GHA", "NGA"), ("COERCE", "TGO", "NGA")]


def test_deported_with_no_state_or_no_nationality_is_no_event(nlp) -> None:
    # negative: sent away from nowhere named, or whose national the sentence does not say
    assert coded("Hundreds of Nigerian workers were deported last week, officials said.", "COERCE") == []
    assert coded("The blogger was deported from Ghana on Friday.", "COERCE") == []
