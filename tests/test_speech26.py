"""Session 26 (branch speech26): the sides of statements. The African Union's organs speak for the AU: "the African
Union's Peace and Security Council" was read as the UN Security Council by that body's short alias. Made-up sentences
through the real parse, actor recognition and coder (tests/coding.py ``coded``)."""

from __future__ import annotations

import pytest
from coding import coded

pytestmark = pytest.mark.filterwarnings("ignore")


def test_the_aus_peace_and_security_council_is_the_au_not_the_un():
    got = coded(
        "The African Union's Peace and Security Council demanded that the junta in Niger release President Bazoum."
    )
    assert ("REQUEST", "AFR", "NER") in got
    assert not any(src == "UNO" for _, src, _ in got)


def test_the_council_named_alone_is_the_aus():
    got = coded(
        "The Peace and Security Council suspended Gabon from all activities of the bloc on Thursday.", "SANCTION"
    )
    assert got == [("SANCTION", "AFR", "GAB")]


def test_the_au_commission_speaks_for_the_au():
    assert ("ACCUSE", "AFR", "GAB") in coded("The African Union Commission condemned the coup in Gabon on Wednesday.")


def test_the_un_security_council_is_still_the_un():
    # negative: the UN's own council keeps its code
    got = coded("The UN Security Council condemned the coup in Niger on Wednesday.")
    assert ("ACCUSE", "UNO", "NER") in got
    assert not any(src == "AFR" for _, src, _ in got)


def test_the_commissions_chairperson_still_reads_as_the_au():
    # the AU Commission's own chairperson title (offices.yaml) is not broken by the body's new name
    got = coded(
        "The chairperson of the African Union Commission, Moussa Faki Mahamat, condemned the coup in Niger on Wednesday."
    )
    assert ("ACCUSE", "AFR", "NER") in got
