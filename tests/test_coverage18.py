"""Events whose sentence yielded none (session 18, branch `coverage18`): a meeting stated as the setting of a
statement ("told reporters after talks with X", "speaking after talks with X") is dated as that statement, so it is
coded although the meeting noun has no date of its own; settling terms of any name ("reached a provisional
arrangement", "struck an understanding", "reached a compromise") is an agreement (AGREE), and "struck an
arrangement" is no attack.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

import datetime as dt

from coding import types

from tidings.enrich import analyse
from tidings.events.coder import code_article


def code(nlp, text):
    return code_article(analyse("a1", nlp(text), published=dt.date(2024, 5, 10)))


def dated(ms, kind):
    return sorted(
        {(m.type, m.source.country, m.target.country if m.target else None, m.date_value) for m in ms if m.type == kind}
    )


def test_a_meeting_that_is_the_setting_of_a_statement_is_dated_as_the_statement(nlp):
    # the statement's own date
    got = dated(
        code(nlp, "Scholz told reporters on Tuesday after talks with Erdogan that trade would grow."), "CONSULT"
    )
    assert ("CONSULT", "DEU", "TUR", "2024-05-07") in got, got
    # no date at all: the article's news day, as an undated statement is
    got = dated(code(nlp, "After talks with Erdogan, Scholz told reporters that trade would grow."), "CONSULT")
    assert ("CONSULT", "DEU", "TUR", "2024-05-10") in got, got
    got = dated(code(nlp, "Scholz told reporters after his talks with Erdogan that trade would grow."), "CONSULT")
    assert ("CONSULT", "DEU", "TUR", "2024-05-10") in got, got
    # a participle of speaking hung on a reported clause: the reporting verb's subject and date
    got = dated(
        code(
            nlp,
            "German Chancellor Olaf Scholz said on Monday that the plan could work, speaking after talks in Ankara "
            "with Turkish President Recep Tayyip Erdogan.",
        ),
        "CONSULT",
    )
    assert ("CONSULT", "DEU", "TUR", "2024-05-06") in got, got
    # a past statement keeps its own time
    got = dated(code(nlp, "In 2019, Scholz told reporters after talks with Erdogan that ties were good."), "CONSULT")
    assert ("CONSULT", "DEU", "TUR", "2019") in got, got


def test_talks_that_are_no_setting_of_a_statement_stay_undated_and_uncoded(nlp):
    # the talks are what is said, or a state the subject is in: no meeting held on the day of a statement
    for text in (
        "Scholz said the talks with Erdogan would be hard.",
        "Germany said it was in talks with Turkey over a loan.",
    ):
        assert not any(t[0] == "CONSULT" for t in types(code(nlp, text))), text


def test_settling_terms_of_any_name_is_an_agreement(nlp):
    for text, pair in (
        (
            "Vietnam and Malaysia have reached a provisional arrangement on fishing, the ministry said on Monday.",
            {"VNM", "MYS"},
        ),
        (
            "The accord builds on an interim arrangement that Egypt and Sudan struck in Cairo in March 2015.",
            {"EGY", "SDN"},
        ),
        ("Kenya and Somalia reached an understanding on the border on Monday.", {"KEN", "SOM"}),
        ("Greece and Turkey struck a compromise on migration on Tuesday.", {"GRC", "TUR"}),
    ):
        got = types(code(nlp, text))
        assert any(t[0] == "AGREE" and {t[1], t[2]} == pair for t in got), (text, got)
        assert not any(t[0] == "ASSAULT" for t in got), (text, got)


def test_striking_or_reaching_a_place_is_no_agreement(nlp):
    for text in (
        "The missile struck a residential building in Kyiv on Tuesday.",
        "The floods reached the capital of Kenya on Tuesday.",
    ):
        assert not any(t[0] == "AGREE" for t in types(code(nlp, text))), text
