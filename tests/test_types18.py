"""Event types and events missed outright (session 18, branch `types18`): a weapons test written with a hyphen
("test-fired", "test-launched") is one verb token, so the launch keeps its doer (MOBILIZE, CAMEO 15); fighting that
names no side is between the sides of the dead a casualty verb counts with it (ASSAULT).

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

import datetime as dt

from coding import types

from tidings.enrich import analyse
from tidings.events.coder import code_article


def code(nlp, text):
    return code_article(analyse("a1", nlp(text), published=dt.date(2024, 5, 10)))


def test_hyphenated_test_verbs_are_one_token(nlp):
    doc = nlp("Iran test-fired a missile and Pakistan test-launches rockets.")
    assert "test-fired" in [t.text for t in doc]
    assert "test-launches" in [t.text for t in doc]
    # other hyphenated words are split as before
    assert "fire" in [t.text for t in nlp("The cease-fire held.")]


def test_a_weapons_test_written_with_a_hyphen_is_a_show_of_force(nlp):
    for text in (
        "In March, Iran test-fired a series of medium-range missiles.",
        "Pakistan test-fired two cruise missiles over the Arabian Sea on Thursday.",
        "On Friday, Iran test-launched a new ballistic missile farther than ever before.",
        "Pakistan said on Monday it had test-fired a nuclear-capable missile.",
    ):
        got = types(code(nlp, text))
        assert any(t[0] == "MOBILIZE" and t[1] in ("IRN", "PAK") for t in got), (text, got)


def test_a_test_that_is_no_weapons_launch_is_no_event(nlp):
    # a test of an engine or a vaccine by a firm names no show of force
    got = types(code(nlp, "The Indian carmaker tested a new engine on Monday."))
    assert not any(t[0] == "MOBILIZE" for t in got)


def test_fighting_that_names_no_side_is_between_the_sides_of_its_dead(nlp):
    # the dead of two states, in a relative clause of the clash noun or as the casualty verb's subject
    for text in (
        "Relations between the neighbours fell to their lowest level in years after a clash in the Tavush region in "
        "May 2021 in which 12 Armenian soldiers and three Azerbaijani troops were killed.",
        "A clash near the border on Sunday in which four Armenian soldiers and two Azerbaijani soldiers were wounded "
        "prompted the talks.",
    ):
        got = types(code(nlp, text))
        assert any(t[0] == "ASSAULT" and {t[1], t[2]} == {"ARM", "AZE"} for t in got), (text, got)
    got = types(code(nlp, "Four Thai soldiers and two Cambodian soldiers were killed in the clash on Sunday."))
    assert any(t[0] == "ASSAULT" and {t[1], t[2]} == {"THA", "KHM"} for t in got), got
    # the dead of one state: the other side is that state's counterpart in the article
    got = types(
        code(
            nlp,
            "Armenia accused Azerbaijan of aggression on Tuesday. Two Armenian soldiers were wounded when "
            "troops skirmished near the border on Monday.",
        )
    )
    assert ("ASSAULT", "AZE", "ARM") in got, got
    got = types(
        code(
            nlp,
            "Thailand accused Cambodia of provocation on Tuesday. Five Thai soldiers died when troops fought "
            "on a hill on Monday night.",
        )
    )
    assert ("ASSAULT", "KHM", "THA") in got, got


def test_a_casualty_count_with_no_side_or_a_fight_vowed_is_no_attack(nlp):
    for text in (
        "Two people were killed in the clashes in the capital on Sunday.",
        "A clash on Monday in which three people were killed shook the town.",
        "Two people were killed when rival gangs clashed in the capital on Monday.",
    ):
        assert not any(t[0] == "ASSAULT" for t in types(code(nlp, text))), text
    # "fight" with no casualty clause stays what it was (a vow to fight is a threat, no attack)
    assert not any(t[0] == "ASSAULT" for t in types(code(nlp, "Thailand said it would fight to the end.")))


def test_the_north_and_the_south_capitalised_stand_for_the_korean_states(nlp):
    text = (
        "Blinken met Kim Yong Chol of North Korea in Singapore on Monday. The North had offered to close a rocket site."
    )
    assert ("AGREE", "PRK", "USA") in types(code(nlp, text))
    got = types(code(nlp, "Kim Jong Un met Yoon Suk Yeol on Friday. The South agreed to halt drills, the North said."))
    assert ("AGREE", "KOR", "PRK") in got, got
    # a region in lower case is no state
    got = types(
        code(
            nlp,
            "North Korea said on Monday it was ready. Turkey attacked Kurdish forces in the north of Syria on Monday.",
        )
    )
    assert not any(t[1] == "PRK" or t[2] == "PRK" for t in got if t[0] == "ASSAULT"), got


def test_people_from_both_sides_are_the_pair(nlp):
    for text in (
        "Chile and Peru agreed on Tuesday to ease tensions. Generals from both sides met in Arica on Friday.",
        "Chile and Peru agreed on Tuesday to ease tensions. Officials of the two countries held talks in Lima on Friday.",
    ):
        got = types(code(nlp, text))
        assert any(t[0] == "CONSULT" and {t[1], t[2]} == {"CHL", "PER"} for t in got), (text, got)
    # one of the pair is not both
    got = types(
        code(nlp, "Chile and Peru agreed on Tuesday to ease tensions. One of the two countries attacked a post.")
    )
    assert not any(t[0] == "ASSAULT" for t in got), got
