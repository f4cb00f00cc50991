"""Session 26 (branch request26): a request restated by its owner ("renewed its call for X to ...") is a request
made on the day of the restating; the infinitive the call asks for is not done; the subject pronoun of a second
conjoined clause is the first clause's subject. Made-up sentences."""

from __future__ import annotations

from coding import coded


def test_renewed_call_for_side_to_act():
    got = coded("Norway renewed its call for Sweden to lift the fishing ban without delay.", "REQUEST")
    assert got == [("REQUEST", "NOR", "SWE")]


def test_renewed_calls_on_side():
    assert coded("The Chilean government renewed calls on Peru to release the fishing crews.", "REQUEST") == [
        ("REQUEST", "CHL", "PER")
    ]


def test_renewed_demand_and_request():
    assert coded("Ghana renewed its demand that Togo hand over the suspects.", "REQUEST") == [("REQUEST", "GHA", "TGO")]
    assert coded("Kenya renewed its request for Uganda to extradite the two men.", "REQUEST") == [
        ("REQUEST", "KEN", "UGA")
    ]


def test_called_for_act_is_not_done():
    # the withdrawal a renewed call asks for has not happened
    got = coded("Norway renewed its call for Sweden to withdraw its troops from the island.")
    assert ("REQUEST", "NOR", "SWE") in got
    assert not [e for e in got if e[0] == "RETREAT"]


def test_pronoun_of_second_conjunct_is_first_subject():
    text = (
        "Chile closed its consulate in Lima on Friday. The foreign ministry of Chile issued a statement. "
        "It said Peru bore full responsibility for the crisis, and it renewed its call for Lima to reverse its decision."
    )
    got = coded(text, "REQUEST")
    assert ("REQUEST", "CHL", "PER") in got
    assert ("REQUEST", "PER", "CHL") not in got


def test_phone_call_stays_consult():
    # negative: a call held between two leaders is a consultation, not a request
    assert coded("Macron held a phone call with Putin on Monday.") == [("CONSULT", "FRA", "RUS")]
    assert not coded("Macron held a phone call with Putin on Monday.", "REQUEST")
