"""Forces sent or dispatched (session 25, branch `force25`): a verb of sending whose object is an armed force, a
warship or a military aircraft is a show of force (MOBILIZE), wherever the forces go and whatever they are sent to
do; the sending verbs' own table still reads aid, teams and delegations, and a craft or task force that may be
civilian is no force for them. A force ordered to a place stays placed when an infinitive of purpose follows.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

from coding import coded


def test_warships_and_warplanes_sent_are_a_show_of_force():
    assert ("MOBILIZE", "GBR", None) in coded("Britain dispatched a frigate to the Gulf on Tuesday.")
    assert ("MOBILIZE", "CHN", "JPN") in coded(
        "China sent warships and bombers toward Japan's southern islands on Friday."
    )
    assert ("MOBILIZE", "RUS", "BLR") in coded("Russia sent paratroopers to Belarus on Thursday for joint exercises.")


def test_forces_sent_to_do_something_are_still_sent():
    assert [
        t for t in coded("Russia dispatched warplanes to patrol the area near Ukraine on Sunday.") if t[0] == "MOBILIZE"
    ]


def test_forces_ordered_to_a_place_with_a_purpose():
    assert ("MOBILIZE", "USA", None) in coded(
        "The United States ordered 2,000 troops to the Gulf region on Friday to protect shipping lanes."
    )


def test_the_sending_table_still_reads_aid_teams_and_delegations():
    assert coded("Japan sent two aircraft carrying relief supplies to Turkey on Monday.", "MOBILIZE") == []
    assert ("AID", "CHN", "NPL") in coded("China dispatched a rescue team to Nepal on Sunday.")
    assert ("CONSULT", "FRA", "DEU") in coded("France sent a delegation to Germany on Tuesday.")


def test_no_force_sent_no_show_of_force():
    assert coded("The health ministry sent a task force to investigate the outbreak in the province.") == []
    assert coded("The president sent the soldiers home after the parade on Monday.", "MOBILIZE") == []
