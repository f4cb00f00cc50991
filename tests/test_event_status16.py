"""Event status, session 16 (branch `status16`): a negation on a verb that makes an act known ("had not been
disclosed", "did not announce", "was not made public") denies the telling, not the act.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import statuses


def test_a_meeting_not_disclosed_still_took_place(nlp):
    for text in (
        "The meeting between Oslandia's foreign minister and Westmark's envoy had not been disclosed before.",
        "Oslandia did not announce the meeting with Westmark's envoy.",
        "The talks between Oslandia and Westmark were not made public.",
    ):
        assert "negated" not in statuses(nlp, text, "CONSULT"), text


def test_a_meeting_not_held_is_still_negated(nlp):
    assert statuses(nlp, "Oslandia did not hold talks with Westmark.", "CONSULT") == ["negated"]
