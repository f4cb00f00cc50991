"""Session 21 (branch type21): event types read from the act, on made-up sentences through the real pipeline.

- forces pulled back withdraw (RETREAT), not a yield (CONCEDE);
- an order to a news outlet to stop publishing or broadcasting restricts expression (COERCE);
- the wounded, the sick or refugees evacuated from a place are relief to it (AID); not the wounded a state's forces
  take out (their own);
- states or governments clashing over an issue dispute it (no ASSAULT); troops, or ground fought over, still fight;
- a reply promised ("would give a befitting reply") is a threat; one given in the past is no event."""

from __future__ import annotations

from coding import coded


def test_troops_pulled_back_retreat():
    assert ("RETREAT", "ARM", "AZE") in coded(
        "Armenian troops pulled back from two villages near the border with Azerbaijan on Sunday."
    )
    got = coded("Serbia began pulling back its forces from the boundary with Kosovo.")
    assert any(t == "RETREAT" and s == "SRB" for t, s, _ in got)
    assert not any(t == "CONCEDE" for t, _, _ in got)


def test_outlet_ordered_to_stop_is_coerced():
    got = coded("Turkish authorities ordered the Kurdish newspaper to suspend publication for a month.")
    assert any(t == "COERCE" and s == "TUR" for t, s, _ in got)
    assert ("COERCE", "VEN", "COL") in coded(
        "Venezuela's government ordered the Colombian television station to stop broadcasting."
    )


def test_order_to_a_company_is_no_coercion():
    assert not any(t == "COERCE" for t, _, _ in coded("The Kenyan government ordered the company to pay the fine."))


def test_evacuated_patients_are_relief():
    assert ("AID", "UNO", "PSE") in coded(
        "The World Health Organization evacuated 30 patients from a hospital in Gaza."
    )


def test_own_wounded_soldiers_evacuated_are_no_aid():
    got = coded("The Israeli army evacuated wounded soldiers from Gaza by helicopter.")
    assert not any(t == "AID" for t, _, _ in got)
    # a side's forces taking "the wounded" out of where they fight take out their own
    assert not any(t == "AID" for t, _, _ in coded("Israeli helicopters evacuated the wounded from Gaza on Sunday."))


def test_the_wounded_evacuated_by_an_international_body_are_relief():
    assert ("AID", "UNO", "BIH") in coded("U.N. helicopters evacuated the wounded from the Bosnian town of Srebrenica.")


def test_states_clashing_over_an_issue_do_not_fight():
    assert not any(t == "ASSAULT" for t, _, _ in coded("Britain and France clashed over fishing rights on Tuesday."))
    assert not any(
        t == "ASSAULT" for t, _, _ in coded("Washington and Beijing have clashed over visas for journalists this year.")
    )


def test_troops_or_ground_clashing_still_fight():
    assert ("ASSAULT", "IND", "CHN") in coded(
        "Indian and Chinese troops clashed over a disputed border post on Monday."
    )
    assert ("ASSAULT", "ARM", "AZE") in coded(
        "Armenia and Azerbaijan clashed over the disputed region of Nagorno-Karabakh in 2020."
    )
    assert ("ASSAULT", "ISR", "PSE") in coded("Israel and Hamas clashed over the weekend in Gaza.")


def test_a_promised_reply_is_a_threat_a_past_one_is_none():
    assert ("THREATEN", "PAK", "IND") in coded(
        "Pakistan's army chief said Pakistan would give a befitting reply to any Indian aggression."
    )
    assert not any(
        t == "THREATEN"
        for t, _, _ in coded(
            "The army chief said India gave a befitting reply to China's attempt to change the status quo."
        )
    )
    assert not any(t == "THREATEN" for t, _, _ in coded("China gave a cautious response to the US proposal on Monday."))
