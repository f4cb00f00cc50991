"""Session 21 (branch noside21): a meeting or agreement told with no side takes the article's clear main pair, at a
lower confidence than an event with named sides. Made-up sentences through the real parse, actor recognition and
coder."""

from __future__ import annotations

import pytest
from coding import pipeline_mentions

pytestmark = pytest.mark.filterwarnings("ignore")

LEAD = "Japan and the Philippines signed a defence pact on Monday. Kishida met Marcos in Manila on Monday. "


def _got(text, typ):
    return [
        (m.source.country if m.source else None, m.target.country if m.target else None, m.status, m.confidence)
        for m in pipeline_mentions(text)
        if m.type == typ
    ]


def test_talks_told_as_the_scene_of_a_statement_are_the_articles_pair():
    got = _got(
        LEAD + "Kishida told reporters after three hours of talks in Manila that the pact was historic.", "CONSULT"
    )
    named = max(c for *_, c in got)
    guessed = [g for g in got if g[3] < named]
    assert guessed and {frozenset(g[:2]) for g in guessed} == {frozenset({"JPN", "PHL"})}


def test_an_agentless_signing_is_the_articles_pair_at_lower_confidence():
    got = _got(LEAD + "Several memoranda of understanding were signed in the fields of energy and trade.", "AGREE")
    assert len(got) == 2
    assert min(c for *_, c in got) < max(c for *_, c in got)
    assert all(frozenset(g[:2]) == frozenset({"JPN", "PHL"}) for g in got)


def test_generic_talks_and_signings_to_come_take_no_pair():
    assert len(_got(LEAD + "Talks are the only way to settle disputes, Kishida said.", "CONSULT")) == 1
    assert len(_got(LEAD + "More memoranda will be signed next year.", "AGREE")) == 1


def test_no_pair_when_the_article_has_two_competing_pairs():
    text = (
        "Japan and the Philippines signed a defence pact on Monday. China accused Japan of meddling. Kishida met"
        " Marcos in Manila on Monday. China protested to Japan. The pact came after talks in Manila."
    )
    assert len(_got(text, "CONSULT")) == 1


def test_talks_a_third_sides_speaker_was_at_are_not_the_main_pair():
    text = (
        "Russia attacked Ukraine on Monday. Russia shelled Ukraine on Tuesday. The United States agreed on Tuesday to"
        " send aid to Ukraine. Rubio told reporters after eight hours of talks in Jeddah that peace was near."
    )
    got = {frozenset(g[:2]) for g in _got(text, "CONSULT")}
    assert frozenset({"RUS", "UKR"}) not in got


def test_a_bodys_own_meeting_takes_no_pair():
    got = _got(LEAD + "Tokyo approved the pact after a cabinet meeting that lasted three hours.", "CONSULT")
    assert len(got) == 1


def test_the_scene_of_a_recounted_act_takes_no_pair():
    told = _got(LEAD + "Kishida praised the text, which was drafted after long talks.", "CONSULT")
    recounted = _got(LEAD + "Kishida praised the text, which had been drafted after long talks.", "CONSULT")
    assert len(told) == 2 and len(recounted) == 1


def test_a_reported_past_perfect_is_the_news_and_keeps_the_pair():
    got = _got(LEAD + "Kishida said the two had reached a deal during a meeting in Manila.", "CONSULT")
    assert len(got) == 2


def test_the_scene_of_an_act_to_come_takes_no_pair():
    done = _got(LEAD + "Tokyo said it published the text after talks in Manila.", "CONSULT")
    to_come = _got(LEAD + "Tokyo said it would publish the text after talks in Manila.", "CONSULT")
    assert len(done) == 2 and len(to_come) == 1
