"""Session 25 (branch sides25): events dropped for want of a side. A statement, communique, resolution or declaration
that is the subject of an act speaks for those who issued it (coder ``_text_authors``). Made-up sentences through the
real parse, actor recognition and coder (tests/coding.py ``pipeline_mentions``)."""

from __future__ import annotations

import pytest

from coding import pipeline_mentions

pytestmark = pytest.mark.filterwarnings("ignore")


def _last(text, typ=None):
    """(type, source, target) of the events of the text's last sentence (the one told by the text noun)."""
    ms = pipeline_mentions(text)
    last = len(list(text.split(". "))) - 1
    return sorted(
        {
            (m.type, m.source.country if m.source else None, m.target.country if m.target else None)
            for m in ms
            if m.sentence == last and (typ is None or m.type == typ)
        },
        key=str,
    )


def test_a_resolution_speaks_for_the_body_that_adopted_it():
    got = _last(
        "The General Assembly of the United Nations adopted a resolution on Tuesday. The resolution demands that "
        "Armenia withdraw its troops from the border villages.",
        "REQUEST",
    )
    assert got == [("REQUEST", "UNO", "ARM")]


def test_a_statement_speaks_for_those_who_said_it():
    got = _last(
        "Kenya and Uganda said in a joint statement on Monday that they would reopen the border. The statement also "
        "urged Somalia to stop the cattle raids.",
        "REQUEST",
    )
    assert got == [("REQUEST", "KEN", "SOM"), ("REQUEST", "UGA", "SOM")]


def test_a_joint_statement_after_a_meeting_is_the_meetings_sides():
    got = _last(
        "Sergei Lavrov met Wang Yi in Beijing on Tuesday. The joint statement criticised NATO's expansion in Asia.",
        "ACCUSE",
    )
    assert ("ACCUSE", "RUS", "NAT") in got and ("ACCUSE", "CHN", "NAT") in got


def test_a_text_rejected_or_submitted_is_not_its_answerers():
    # "rejected the resolution", "submitted a draft resolution": no author read from those verbs
    assert _last("Russia rejected the resolution on Monday. The resolution condemns the annexation of Crimea.") == []
    got = _last("Ukraine submitted a resolution to the assembly. The resolution demands that Russia free the sailors.")
    assert not any(src == "UKR" for _, src, _ in got)


def test_an_indefinite_statement_with_no_author_names_no_side():
    assert _last("Riots broke out in Kabul on Monday. A statement condemned the attack on the Pakistani embassy.") == []


def test_a_resolution_with_no_antecedent_is_the_body_named_before():
    got = _last(
        "Forty countries abstained from voting in the United Nations General Assembly on Wednesday. The resolution "
        "deplored Armenia's aggression against Azerbaijan.",
        "ACCUSE",
    )
    assert got == [("ACCUSE", "UNO", "ARM")]
