"""Session 18 precision: sentences that report no interaction give no event, on made-up sentences run through the
real actor recognition and coder (parse, enrich, code)."""

from __future__ import annotations

from coding import coded as _events
from coding import pipeline_mentions


# -- a blame that falls on a cause that is no party ----------------------------------------------------------------
def test_blaming_a_technical_fault_accuses_nobody(nlp) -> None:
    text = "Kenyan officials blamed a technical fault, while Uganda's president urged calm."
    assert _events(text, "ACCUSE") == []


def test_blaming_an_outage_on_the_weather_accuses_nobody(nlp) -> None:
    assert (
        _events("Chilean officials blamed the outage on heavy rain, while Peru's president urged calm.", "ACCUSE") == []
    )


def test_blaming_a_side_still_accuses_it(nlp) -> None:
    assert _events("Chile blamed Peru for the outage.", "ACCUSE") == [("ACCUSE", "CHL", "PER")]
    assert _events("Chile blamed the outage on Peru.", "ACCUSE") == [("ACCUSE", "CHL", "PER")]


def test_a_fault_of_a_named_side_still_accuses_it(nlp) -> None:
    # the blamed thing names a party: the accusation stays
    assert _events("Chile blamed Peru's negligence for the spill.", "ACCUSE") == [("ACCUSE", "CHL", "PER")]


# -- a benefit taken back is a sanction, not a retreat -------------------------------------------------------------
def test_withdrawing_a_trade_status_granted_is_a_sanction(nlp) -> None:
    text = "Chile responded by withdrawing the most-favoured-nation trade status it had granted Peru."
    assert _events(text) == [("SANCTION", "CHL", "PER")]


def test_withdrawing_permission_for_a_consulate_is_a_sanction(nlp) -> None:
    text = "Chile retaliated on Monday, withdrawing permission for Peru's consulate in Arica to operate."
    assert ("SANCTION", "CHL", "PER") in _events(text)
    assert _events(text, "RETREAT") == []


def test_revoking_or_suspending_a_status_is_a_sanction(nlp) -> None:
    assert _events("Norway moved to revoke Belarus's most favoured nation status.") == [("SANCTION", "NOR", "BLR")]
    assert _events("Chile suspended Peru's trade preferences in 2019.") == [("SANCTION", "CHL", "PER")]


def test_withdrawing_troops_stays_a_retreat(nlp) -> None:
    assert _events("Russia withdrew its troops from Moldova's Transnistria region.", "RETREAT") == [
        ("RETREAT", "RUS", "MDA")
    ]
    assert _events("Russia withdrew its troops from Moldova's Transnistria region.", "SANCTION") == []


# -- a willingness stated as a noun is an intention, not a meeting held ---------------------------------------------
def _statuses(text: str, typ: str) -> list[str]:
    return sorted(m.status for m in pipeline_mentions(text) if m.type == typ)


def test_a_willingness_to_talk_is_a_planned_meeting(nlp) -> None:
    assert _statuses("Chile reiterated its willingness to talk to Peru's president.", "CONSULT") == ["planned"]
    assert _statuses("Chile expressed readiness to meet Peru's leaders.", "CONSULT") == ["planned"]


def test_a_meeting_held_stays_occurred(nlp) -> None:
    assert _statuses("Chile's president met Peru's president in Lima on Monday.", "CONSULT") == ["occurred"]


# -- a contrasting clause names a parallel side, not the other side of the act ------------------------------------
def test_a_while_clause_subject_is_no_target(nlp) -> None:
    text = "Chile criticised the drills, while Bolivia urged restraint."
    assert ("ACCUSE", "CHL", "BOL") not in _events(text)


def test_a_target_named_in_the_main_clause_stays(nlp) -> None:
    text = "Chile criticised Peru's drills, while Bolivia urged restraint."
    assert ("ACCUSE", "CHL", "PER") in _events(text)
