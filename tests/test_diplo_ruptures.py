"""Diplomatic ruptures told in lists, reciprocals and nouns (session 28 round 2), from invented sentences.

Each state of a list behind a mission or envoy noun is a target ("recall all members of its diplomatic missions in A,
B and C"); "these countries" after such a list is each of its states; a state summoning or pulling its own envoy
recalls him; an envoy asked to leave is expelled; "A and B each recalled their ambassadors" is one recall each way.
"""

from __future__ import annotations

from coding import code, types

from tidings.nlp import heading_breaks

NORDIC = [
    ("Norway", "NOR", "country"),
    ("Sweden", "SWE", "country"),
    ("Finland", "FIN", "country"),
    ("Denmark", "DNK", "country"),
    ("Iceland", "ISL", "country"),
    ("Swedish", "SWE", "country"),
    ("Danish", "DNK", "country"),
    ("Norwegian", "NOR", "country"),
]


def _of(nlp, text, typ):
    return {(s, t) for ty, s, t in types(code(nlp, text, NORDIC)) if ty == typ}


def test_each_state_of_a_list_behind_a_mission_noun_is_a_target(nlp):
    text = "Norway has decided to recall all members of its diplomatic missions in Sweden, Finland and Denmark."
    assert _of(nlp, text, "SANCTION") == {("NOR", "SWE"), ("NOR", "FIN"), ("NOR", "DNK")}


def test_envoys_in_a_list_of_states_are_recalled_from_each(nlp):
    text = "Norway recalled its ambassadors in Sweden, Finland and Denmark."
    assert _of(nlp, text, "SANCTION") == {("NOR", "SWE"), ("NOR", "FIN"), ("NOR", "DNK")}
    text = "Norway is recalling its diplomats from Sweden, Finland and Denmark."
    assert _of(nlp, text, "SANCTION") == {("NOR", "SWE"), ("NOR", "FIN"), ("NOR", "DNK")}


def test_these_countries_after_a_list_are_each_asked(nlp):
    text = (
        "Norway has decided to recall all members of its diplomatic missions in Sweden, Finland and Denmark and "
        "also demands that these countries' governments recall their diplomats from Norway."
    )
    assert _of(nlp, text, "REQUEST") == {("NOR", "SWE"), ("NOR", "FIN"), ("NOR", "DNK")}


def test_a_state_pulling_or_summoning_its_own_envoy_recalls_him(nlp):
    assert _of(nlp, "Norway said it was pulling its ambassador from Sweden.", "SANCTION") == {("NOR", "SWE")}
    text = "Norway had summoned its ambassador to Sweden for consultations."
    ms = types(code(nlp, text, NORDIC))
    assert ("SANCTION", "NOR", "SWE") in ms
    assert ("ACCUSE", "NOR", "SWE") not in ms


def test_summoning_another_states_envoy_stays_a_protest(nlp):
    for text in ("Norway summoned Sweden's ambassador over the remarks.", "Norway summoned the Swedish ambassador."):
        ms = types(code(nlp, text, NORDIC))
        assert ("ACCUSE", "NOR", "SWE") in ms, text
        assert ("SANCTION", "NOR", "SWE") not in ms, text


def test_an_envoy_asked_to_leave_is_expelled(nlp):
    text = "Denmark announced that it had asked its Swedish ambassador to leave within 48 hours."
    assert _of(nlp, text, "SANCTION") == {("DNK", "SWE")}
    # asked to explain: a request; one's own envoy asked to leave: no expulsion
    assert _of(nlp, "Norway asked the Swedish ambassador to explain the remarks.", "SANCTION") == set()
    assert _of(nlp, "Norway asked its ambassador to leave Sweden.", "SANCTION") == set()


def test_a_finite_verb_joined_to_an_infinitive_has_the_governing_subject(nlp):
    text = "Norway asked the Swedish ambassador to leave and recalled its envoy from Sweden."
    assert _of(nlp, text, "SANCTION") == {("NOR", "SWE")}


def test_each_recalled_their_ambassadors_is_one_recall_each_way(nlp):
    text = "Norway and Sweden each recalled their ambassadors for consultations on Thursday."
    assert _of(nlp, text, "SANCTION") == {("NOR", "SWE"), ("SWE", "NOR")}
    # recalled from a third state: no reciprocal
    assert _of(nlp, "Norway and Sweden recalled their ambassadors from Finland.", "SANCTION") == {
        ("NOR", "FIN"),
        ("SWE", "FIN"),
    }


def test_each_others_envoys_after_a_fronted_phrase(nlp):
    text = "In the latest development on fishing quotas, Norway and Sweden on Tuesday summoned each other's envoys."
    assert _of(nlp, text, "ACCUSE") == {("NOR", "SWE"), ("SWE", "NOR")}


def test_a_titled_envoy_summoned_in_the_passive_is_the_hosts_protest(nlp):
    text = "In Oslo, Sweden Ambassador Lars Berg was summoned to the Norwegian Foreign Ministry after the raid."
    assert _of(nlp, text, "ACCUSE") == {("NOR", "SWE")}


def test_a_subheading_between_single_line_paragraphs_is_its_own_sentence():
    text = (
        "The ministry said on Tuesday it had foiled an attack.\nEnvoys summoned\n"
        "In the latest development, Norway and Sweden summoned each other's envoys over the row.\n"
    )
    assert [text[i : i + 6] for i in heading_breaks(text)] == ["In the"]
    # a wrapped line of a paragraph (lower case after it, or as long as the line after) is no heading
    wrapped = "The ministry said on Tuesday it had foiled an attack.\nThe talks were\nheld in Oslo on Monday.\n"
    assert heading_breaks(wrapped) == []


def test_the_drc_spelled_without_the_article_of_congo_is_a_place():
    from tidings.places import lookup

    assert [p.country for p in lookup("Democratic Republic of Congo")][:1] == ["COD"]
    assert [p.country for p in lookup("Republic of Congo")][:1] == ["COG"]
