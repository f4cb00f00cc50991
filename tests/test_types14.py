"""Event types of stances and blame real news states (session 14, branch `missed14`): opposing another side's
act is disapproval (ACCUSE), opposing a proposal rejects it (REJECT), "is opposed to" reads as "opposes", a
protest voiced is a protest, relations cut are a sanction, and a side held responsible is accused.

Actors are given by hand as the enrich stage would give them; the sentences are made up.
"""

from __future__ import annotations

from coding import code, types


A = [("Norway", "NOR", "country"), ("Peru", "PER", "country"), ("Chile", "CHL", "country")]


def test_opposing_another_sides_act_is_disapproval(nlp):
    ms = code(nlp, "Norway firmly opposes Peru's move to add Norwegian firms to its blacklist, a spokesman said.", A)
    assert ("ACCUSE", "NOR", "PER") in types(ms)
    assert ("REJECT", "NOR", "PER") not in types(ms)
    ms = code(nlp, "Norway expressed its firm opposition to the Peruvian sanctions.", A)
    assert ("ACCUSE", "NOR", "PER") in types(ms)


def test_opposing_a_proposal_rejects_it(nlp):
    ms = code(nlp, "Norway opposes the Peruvian proposal to hold a referendum.", A)
    assert ("REJECT", "NOR", "PER") in types(ms)
    assert ("ACCUSE", "NOR", "PER") not in types(ms)
    ms = code(nlp, "Norway firmly opposes Peru's decision to add Norwegian firms to its blacklist, a spokesman said.", A)
    assert ("REJECT", "NOR", "PER") in types(ms)


def test_is_opposed_to_reads_as_opposes(nlp):
    ms = code(nlp, "Norway is firmly opposed to Peru adding 20 Norwegian firms to its blacklist, a spokesman said.", A)
    assert ("ACCUSE", "NOR", "PER") in types(ms)
    ms = code(nlp, "Norway is strongly opposed to the Peruvian plan.", A)
    assert ("REJECT", "NOR", "PER") in types(ms)
    ms = code(nlp, "Norway is not opposed to talks with Peru.", A)
    assert not [t for t in types(ms) if t[0] in ("ACCUSE", "REJECT")]


def test_a_protest_voiced_is_a_protest(nlp):
    ms = code(nlp, "Norway on Thursday voiced strong protest against a Peruvian warship sailing near the reef.", A)
    assert ("ACCUSE", "NOR", "PER") in types(ms)


def test_diplomatic_relations_cut_are_a_sanction(nlp):
    ms = code(nlp, "Chile decided to cut all diplomatic relations with Peru on Saturday.", A)
    assert ("SANCTION", "CHL", "PER") in types(ms)


def test_a_side_held_responsible_is_accused(nlp):
    ms = code(nlp, "Norway held Peru fully responsible for the consequences of the attack.", A)
    assert ("ACCUSE", "NOR", "PER") in types(ms)
    ms = code(nlp, "Norway held talks with Peru.", A)
    assert ("ACCUSE", "NOR", "PER") not in types(ms)
    # a duty, not a fault
    ms = code(nlp, "Norway holds the Peruvian government responsible for the security of the talks.", A)
    assert ("ACCUSE", "NOR", "PER") not in types(ms)


def test_an_arms_transfer_approved_is_aid(nlp):
    ms = code(nlp, "Last month Norway approved the first-ever Norwegian military transfer worth $80 million to Peru.", A)
    assert ("AID", "NOR", "PER") in types(ms)
    # a transfer of prisoners is no arms
    ms = code(nlp, "Norway approved the transfer of the prisoners to Peru.", A)
    assert ("AID", "NOR", "PER") not in types(ms)
