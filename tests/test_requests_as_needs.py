"""Requests told as needs, obligations and passive requests (session 28): "stressed the need for X to act", "said it
was important for X to act", "it has been requested that X act" ask X; a side's own duties ask no one.

Invented sentences of the constructions met in real news; actors given by hand unless the pipeline is named.
"""

from __future__ import annotations

from coding import Actor, code, pipeline_mentions, types

from tidings.events import code_doc


def test_a_need_stated_of_another_side_asks_it(nlp):
    ms = code(
        nlp,
        "Canada stressed the need for Venezuela to release all political prisoners on Monday.",
        [("Canada", "CAN", "country"), ("Venezuela", "VEN", "country")],
    )
    assert types(ms) == [("REQUEST", "CAN", "VEN")]  # the release is asked, not done (no RETREAT)
    ms = code(
        nlp,
        "Brazil emphasised the importance of Argentina lifting its import curbs on Monday.",
        [("Brazil", "BRA", "country"), ("Argentina", "ARG", "country")],
    )
    assert types(ms) == [("REQUEST", "BRA", "ARG")]  # no concession by Argentina
    ms = code(
        nlp,
        "Kenya stressed the need for urgent action from Ethiopia to stop the fighting.",
        [("Kenya", "KEN", "country"), ("Ethiopia", "ETH", "country")],
    )
    assert ("REQUEST", "KEN", "ETH") in types(ms)


def test_it_is_important_for_another_side_to_act_asks_it(nlp):
    ms = code(
        nlp,
        "Oslandia said on Friday it was important for Westmark to use its influence on its ally.",
        [("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")],
    )
    assert types(ms) == [("REQUEST", "NOR", "SWE")]


def test_a_need_that_names_no_one_or_the_speakers_own_state_asks_no_one(nlp):
    ms = code(nlp, "Oslandia stressed the need to tackle terrorism on Monday.", [("Oslandia", "NOR", "country")])
    assert "REQUEST" not in {m.type for m in ms}
    ms = code(
        nlp,
        "The Oslandian minister said Oslandia must strengthen its border controls against Westmark.",
        [("The Oslandian minister", "NOR", "person"), ("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")],
    )
    assert "REQUEST" not in {m.type for m in ms}  # its own course, no demand of Westmark
    ms = code(
        nlp,
        "The Oslandian minister said on Monday it was important for Oslandia to raise defence spending.",
        [("The Oslandian minister", "NOR", "person"), ("Oslandia", "NOR", "country")],
    )
    assert "REQUEST" not in {m.type for m in ms}


def test_a_need_said_of_the_speakers_own_armed_movement_is_a_domestic_request(nlp):
    text = "The Oslandian army chief stressed the need for the Northern Front militia to leave civilian areas."
    acts = [
        Actor(0, 26, "The Oslandian army chief", "chief", "Chief", "NOR", sector="MIL", kind="person"),
        Actor(
            text.index("the Northern Front"),
            text.index(" militia"),
            "the Northern Front",
            "nf",
            "Northern Front",
            "NOR",
            sector="REB",
            kind="org",
        ),
    ]
    ms = code_doc("a1", nlp(text), published="2024-05-10", actors=acts, places=[])
    assert types(ms) == [("REQUEST", "NOR", "NOR")]


def test_a_request_made_in_the_passive_is_the_speakers():
    ms = pipeline_mentions(
        '"It has been formally requested that the Chilean authorities conduct a full investigation of the incident," '
        "the Peruvian foreign ministry said in a statement on Monday."
    )
    assert ("REQUEST", "PER", "CHL") in types(ms)


def test_the_speaker_of_a_quote_is_no_side_the_quote_names():
    ms = pipeline_mentions(
        "The State Department said on Monday it had imposed sanctions on two Serbian officials. "
        '"Today\'s action underscores the need for Serbia to return to talks with Kosovo," it added.'
    )
    assert ("REQUEST", "USA", "SRB") in types(ms)


def test_a_participle_of_asking_asks_whom_the_governing_verb_addressed(nlp):
    ms = code(
        nlp,
        "Westmark and Eastmark fought along their border on Friday. Northland and Southland backed the talks on Saturday. "
        "The Oslandian president called the leaders of Westmark and Eastmark on Sunday, urging them to end the fighting.",
        [("Westmark", "SWE", "country"), ("Eastmark", "FIN", "country"), ("Northland", "DNK", "country"), ("Southland", "ISL", "country"),
         ("The Oslandian president", "NOR", "person")],
    )
    asked = {(m.source.country, m.target.country if m.target else None) for m in ms if m.type == "REQUEST"}
    assert asked == {("NOR", "SWE"), ("NOR", "FIN")}


def test_a_need_wished_for_a_side_asks_nothing_of_it(nlp):
    acts = [("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")]
    for text in (
        "Oslandia stressed the need for Westmark to receive more air defence systems on Monday.",
        "Oslandia stressed the need for Westmark to be held accountable on Monday.",
    ):
        assert "REQUEST" not in {m.type for m in code(nlp, text, acts)}, text
