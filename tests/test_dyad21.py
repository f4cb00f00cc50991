"""Session 21 dyad21: the sides of events (a speech participle aimed at the side its reported clause names, a second
"with" phrase coordinated after the first, international organisations written in title case), on made-up sentences
run through the real actor recognition and coder (parse, enrich, code)."""

from __future__ import annotations

from coding import coded as _dyads


# -- a speech participle aimed at the reported clause's own side is the reporter's ------------------------------------
def test_a_participle_aimed_at_the_reported_side_is_the_speakers(nlp) -> None:
    text = (
        "The French foreign minister opened the meeting by saying Moscow needed to pull back its troops, "
        "accusing Russia of breaking international law."
    )
    assert _dyads(text, "ACCUSE") == [("ACCUSE", "FRA", "RUS")]


def test_a_scolding_participle_after_a_reported_side_is_the_speakers(nlp) -> None:
    text = "Blinken began by saying Beijing had to respect the rules, lambasting China for its cyber attacks."
    assert ("ACCUSE", "USA", "CHN") in _dyads(text, "ACCUSE")
    assert ("ACCUSE", "CHN", "USA") not in _dyads(text, "ACCUSE")


def test_a_participle_aimed_at_another_side_stays_the_reported_sides(nlp) -> None:
    # the reported side accuses someone else: its own participle, not the speaker's
    text = "The Indian minister said Pakistan had shelled the post, accusing India of lying about the raid."
    assert ("ACCUSE", "PAK", "IND") in _dyads(text, "ACCUSE")
    assert ("ACCUSE", "IND", "PAK") not in _dyads(text, "ACCUSE")


# -- a second "with" phrase coordinated after the first names a side of its own ---------------------------------------
def test_a_second_with_phrase_is_another_partner(nlp) -> None:
    text = (
        "Biden also spoke separately with Mexican President Andres Manuel Lopez Obrador "
        "and with Canadian Prime Minister Justin Trudeau."
    )
    assert {("CONSULT", "USA", "MEX"), ("CONSULT", "USA", "CAN")} <= set(_dyads(text, "CONSULT"))


def test_a_with_phrase_after_a_time_phrase_is_another_partner(nlp) -> None:
    text = (
        "The Chinese foreign minister met with his Russian counterpart on Monday and with the Iranian foreign minister."
    )
    assert {("CONSULT", "CHN", "RUS"), ("CONSULT", "CHN", "IRN")} <= set(_dyads(text, "CONSULT"))


def test_a_second_with_phrase_naming_no_side_adds_none(nlp) -> None:
    text = "Putin held talks with Erdogan on energy and with a view to a ceasefire."
    assert _dyads(text, "CONSULT") == [("CONSULT", "RUS", "TUR")]


# -- organisations said as a word, written in title case ---------------------------------------------------------------
def test_an_organisation_in_title_case_is_the_organisation(nlp) -> None:
    assert ("CONSULT", "ASN", "MMR") in _dyads(
        "Two senior Asean officials met Myanmar junta leader Min Aung Hlaing in Naypyitaw on Friday.", "CONSULT"
    )
    assert ("CONSULT", "NAT", "UKR") in _dyads(
        "Nato leaders met Ukrainian President Volodymyr Zelensky in Vilnius on Tuesday.", "CONSULT"
    )


def test_a_three_letter_word_in_title_case_is_no_organisation(nlp) -> None:
    # "Who" is a pronoun, not the World Health Organization
    assert all("WHO" not in d and "UNO" not in d for d in _dyads("Who met the Chinese president in Beijing on Monday?"))


# -- "A joined B in doing": both do it --------------------------------------------------------------------------------
def test_the_side_joined_in_a_gerund_acts_too(nlp) -> None:
    text = "Kenya and Uganda joined Tanzania and Rwanda in cutting diplomatic ties with Burundi on Monday."
    dyads = set(_dyads(text, "SANCTION"))
    assert {("SANCTION", c, "BDI") for c in ("KEN", "UGA", "TZA", "RWA")} <= dyads


def test_joining_talks_is_no_joint_act(nlp) -> None:
    assert _dyads("Germany joined the talks in Geneva on Monday.", "SANCTION") == []


# -- a measure noun's own phrase names its target before a phrase hung on the verb -------------------------------------
def test_a_measure_nouns_own_target_comes_first(nlp) -> None:
    text = "China announced sanctions on U.S. House Speaker Nancy Pelosi for her visit earlier this week to Taiwan."
    assert _dyads(text, "SANCTION") == [("SANCTION", "CHN", "USA")]


# -- a title whose country is only its default, on a person the KB does not know --------------------------------------
def test_a_default_title_country_yields_to_the_country_in_focus(nlp) -> None:
    text = (
        "President Ferdinand Marcos Jr. said on Monday that the pact opened a new stage in ties with Japan. "
        "Both Defense Secretary Gilberto Teodoro and Japanese Foreign Minister Yoko Kamikawa signed the agreement."
    )
    dyads = _dyads(text, "AGREE")
    assert ("AGREE", "PHL", "JPN") in dyads or ("AGREE", "JPN", "PHL") in dyads
    assert all("USA" not in d for d in dyads)


def test_a_default_title_on_the_known_holder_keeps_its_country(nlp) -> None:
    text = "WASHINGTON - Defense Secretary Lloyd Austin met Japanese Foreign Minister Yoko Kamikawa on Monday."
    assert ("CONSULT", "USA", "JPN") in _dyads(text, "CONSULT")


# -- "the two sides" after a pair named by a subject and its "with" side in the same sentence --------------------------
def test_the_two_sides_after_a_with_pair_of_the_same_sentence(nlp) -> None:
    text = (
        "Kenya and Ethiopia signed four agreements on Monday. Kenya has a similar accord with Uganda, "
        "and the two sides held talks in Nairobi last month."
    )
    assert ("CONSULT", "KEN", "UGA") in _dyads(text, "CONSULT")


def test_the_two_sides_in_a_sentence_of_their_own_keep_the_pair_before(nlp) -> None:
    text = "Kenya and Ethiopia signed four agreements on Monday. The two sides held talks in Nairobi in March."
    assert _dyads(text, "CONSULT") == [("CONSULT", "KEN", "ETH")]
