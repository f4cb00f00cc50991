"""Extras on real news (session 22, branch `precision22`): a rejection, denial or refusal that names no other side
takes no side from the article's last event (a denial of a charge answers the side that last accused the one
denying; anything else is not coded); and an act deeper inside what a verb of asking asks for than its first verb
("urging Algeria to prioritise dialogue") is the request's content, not an event of its own.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

from coding import coded


def test_a_rejection_naming_no_side_takes_none_from_the_context():
    text = "Peru and Chile signed a fishing deal on Monday. Chile later refused to put its name to a second document."
    assert not coded(text, "REJECT")
    text = "Norway expelled two Russian diplomats on Monday. The Kremlin rejected both verdicts as baseless."
    assert not coded(text, "REJECT")


def test_a_rejection_with_no_context_stays_sideless():
    # with no earlier event of the side, there was no guess to drop: the refusal stays, with no target
    assert coded("Bolivia refused to put its name to the document.", "REJECT") == [("REJECT", "BOL", None)]


def test_a_denied_charge_answers_its_accuser():
    text = "Peru accused Chile of shelling its border posts on Monday. Chile rejected the accusation as baseless."
    assert ("REJECT", "CHL", "PER") in coded(text, "REJECT")
    text = "Peru accused Chile of shelling its border posts on Monday. Chile denied any involvement."
    assert ("REJECT", "CHL", "PER") in coded(text, "REJECT")


def test_a_refusal_answers_who_asked():
    text = "Spain demanded a public apology from Argentina on Monday. Milei refused to apologize."
    assert ("REJECT", "ARG", "ESP") in coded(text, "REJECT")


def test_opposing_another_sides_decision_answers_its_author():
    text = "Chile raised tariffs on Peruvian copper on Tuesday. Peru said on Wednesday it firmly opposed the decision."
    assert ("REJECT", "PER", "CHL") in coded(text, "REJECT")


def test_a_rejection_naming_its_side_stays():
    assert ("REJECT", "CHL", "PER") in coded("Chile rejected Peru's proposal on Monday.", "REJECT")
    assert ("REJECT", "COL", "USA") in coded("Colombia refused to accept U.S. military planes on Sunday.", "REJECT")


def test_what_a_request_asks_for_deep_in_its_infinitive_is_no_event():
    assert coded("Mali urged Algeria to prioritize dialogue with the Malian authorities.") == [
        ("REQUEST", "MLI", "DZA")
    ]
    assert not coded(
        "We urge Japan to catch up with the times and get back to the path of dialogue, the Chinese ministry said.",
        "CONSULT",
    )
    assert not coded("Peru urged Chile to make efforts to resume talks with Bolivia.", "CONSULT")


def test_an_act_with_a_subject_of_its_own_inside_a_request_stays():
    # "after Peru seized a boat" states its own act
    assert ("COERCE", "PER", "ARG") in coded("Chile urged Argentina to act after Peru seized a fishing boat.", "COERCE")
