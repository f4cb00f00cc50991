"""Events stated as nouns on real news (session 17, branch `nounev17`): custody named as a noun with no doer is the
act of the state that holds the captive ("the arrest of an Iranian diplomat in Germany", "the release of an Afghan
citizen detained in the United States").

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

import datetime as dt

from coding import types

from tidings.enrich import analyse
from tidings.events.coder import code_article


def code(nlp, text):
    return code_article(analyse("a1", nlp(text), published=dt.date(2024, 5, 10)))

def test_custody_named_as_a_noun_is_the_act_of_the_state_where_the_captive_is_held(nlp):
    got = types(code(nlp, "Seoul lodged a protest on Monday over the arrest of a South Korean fisherman in Russia."))
    assert ("COERCE", "RUS", "KOR") in got
    got = types(code(nlp, "The detention of two Australian journalists in Myanmar on Friday drew wide criticism."))
    assert ("COERCE", "MMR", "AUS") in got


def test_a_release_is_done_by_the_state_that_held_the_captive(nlp):
    got = types(
        code(nlp, "Washington on Tuesday welcomed the release of three American citizens who had been held in Venezuela.")
    )
    assert ("RETREAT", "VEN", "USA") in got
    got = types(
        code(nlp, "Officials confirmed on Friday the release of a Russian national detained in Germany since 2022.")
    )
    assert ("RETREAT", "DEU", "RUS") in got
    got = types(code(nlp, "The release of a British aid worker jailed in Iran came on Sunday after months of talks."))
    assert ("RETREAT", "IRN", "GBR") in got


def test_custody_with_no_captive_side_or_no_captive_is_no_event(nlp):
    assert not any(t[0] in ("COERCE", "RETREAT") for t in types(code(nlp, "The arrest of several people in China on Monday worried observers.")))
    assert not any(t[0] == "RETREAT" for t in types(code(nlp, "The release of the report in Germany on Monday was delayed.")))


def test_an_announced_release_is_done_and_a_requested_one_is_not(nlp):
    # the object of a verb that reports the act: the reporter frees the captives
    assert ("RETREAT", "IRN", "FRA") in types(code(nlp, "Iran announced on Monday the release of three French citizens."))
    # what a call or a demand asks for is its content, not an act done
    for text in (
        "Britain called on Monday for the release of a British journalist held in Iran.",
        "Ottawa urged on Monday the release of two Canadians detained in China.",
    ):
        assert not any(t[0] == "RETREAT" for t in types(code(nlp, text))), text


def test_captives_freed_in_the_passive_are_freed_by_the_state_that_held_them(nlp):
    got = types(code(nlp, "Three American citizens who had been held in Iran were freed on Monday."))
    assert ("RETREAT", "IRN", "USA") in got
    got = types(code(nlp, "A British aid worker jailed in Iran was released on Sunday."))
    assert ("RETREAT", "IRN", "GBR") in got
    # where they were handed over says nothing of who held them
    assert not any(t[0] == "RETREAT" for t in types(code(nlp, "Two Canadians were released in Doha on Monday.")))


def test_a_swap_of_captives_named_as_a_noun_is_a_release_by_each_side(nlp):
    for text, a, b in (
        ("A prisoner swap between Russia and Ukraine took place on Friday.", "RUS", "UKR"),
        ("The exchange of prisoners between Armenia and Azerbaijan was completed on Sunday.", "ARM", "AZE"),
        ("Norway has appreciated the role of Qatar in the mutual release of Iranian and Swedish detainees.", "IRN", "SWE"),
    ):
        got = types(code(nlp, text))
        assert ("RETREAT", a, b) in got and ("RETREAT", b, a) in got, (text, got)
    # an exchange of no captives, or a swap only discussed, is no release
    for text in (
        "The two sides held an exchange of views on Monday.",
        "The leaders of Kenya and Somalia will discuss on Friday a possible prisoner exchange between Ethiopia and Eritrea.",
    ):
        assert not any(t[0] == "RETREAT" for t in types(code(nlp, text))), text
