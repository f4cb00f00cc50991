"""Status, session 26 (branch `status26`): a case brought to a court or a trade or justice body ("will take Westmark to
the court", "would challenge the ban in court") accuses the side it is brought against, planned when announced, and the
body is never a side; a meeting that ended without an accord is also the accord not reached (AGREE negated), as "failed
to reach an agreement" is. A court named in "took part in", "took place in", and a meeting that ended with an accord or
without something else, make none.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import FICTION, code

BODY = [*FICTION, ("World Trade Organization", "WTO", "igo")]


def _acts(nlp, text, typ, actors=BODY):
    return sorted(
        {
            (m.source.country, m.target.country if m.target else None, m.status)
            for m in code(nlp, text, actors)
            if m.type == typ
        }
    )


def test_a_case_brought_to_a_court_or_body_accuses_the_side_it_is_against(nlp):
    assert _acts(
        nlp, "Oslandia said it would take Westmark to the World Trade Organization over the levies.", "ACCUSE"
    ) == [("NOR", "SWE", "planned")]
    assert _acts(nlp, "Oslandia said on Monday it would challenge the Westmarkian ban in court.", "ACCUSE") == [
        ("NOR", "SWE", "planned")
    ]
    assert _acts(nlp, "Oslandia has taken Westmark to court over the seized ships.", "ACCUSE") == [
        ("NOR", "SWE", "occurred")
    ]


def test_the_body_a_case_is_brought_to_is_no_side(nlp):
    acts = _acts(nlp, "Oslandia is taking its fight over the levies to the World Trade Organization.", "ACCUSE")
    assert all(t != "WTO" for _, t, _ in acts)


def test_a_court_named_otherwise_brings_no_case(nlp):
    for text in (
        "Oslandian judges took part in a tribunal on Monday.",
        "The trial of the Westmarkian sailors took place in an Oslandian court on Monday.",
        "Oslandia will challenge the court ruling on Westmark.",
    ):
        assert _acts(nlp, text, "ACCUSE") == [], text


def test_a_meeting_ended_without_an_accord_is_the_accord_not_reached(nlp):
    for text in (
        "Talks between Oslandia and Westmark ended on Tuesday without an agreement.",
        "The summit between Oslandia and Westmark ended abruptly and without a deal on Thursday.",
        "Oslandia and Westmark concluded their talks on Monday without an agreement.",
    ):
        assert ("NOR", "SWE", "negated") in _acts(nlp, text, "AGREE") or ("SWE", "NOR", "negated") in _acts(
            nlp, text, "AGREE"
        ), text


def test_a_meeting_ended_with_an_accord_or_without_something_else_is_no_failed_accord(nlp):
    for text in (
        "Talks between Oslandia and Westmark ended on Tuesday with an agreement on fishing.",
        "The summit between Oslandia and Westmark ended on Tuesday without a joint statement.",
        "A visit to Westmark by the Oslandian minister ended without a deal.",
    ):
        assert all(s != "negated" for _, _, s in _acts(nlp, text, "AGREE")), text
