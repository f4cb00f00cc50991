"""Events the PLOVER gold-standard sentences lost (session 20, branch `gsr20`): a person's full name written with a
middle name or another spelling of the Arabic article is the person the KB knows ("Omar Hassan al-Bashir", "Omar El
Bashir"); US presidents since 1981 are known; a mediation launched is a consultation (CAMEO 045); and the scorer
reads a signed agreement as SUPPORT (CAMEO2PLOVER 057) and a boycott announced for later as THREATEN (1312).

The sentences are made up; they go through the real pipeline (parse, actors, places, dates, coder).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

from coding import coded

from tidings.actors.kb import bare_surname, name_key

_SPEC = importlib.util.spec_from_file_location("plover_eval20", Path(__file__).resolve().parents[1] / "eval/plover.py")
assert _SPEC is not None and _SPEC.loader is not None
plover = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(plover)


def test_a_name_key_leaves_out_middle_names_and_the_arabic_article():
    assert name_key("Omar Hassan Ahmad al-Bashir") == ("omar", "bashir")
    assert name_key("Omar El Bashir") == ("omar", "bashir")
    assert name_key("Omar Al Bashir") == name_key("Omar el-Bashir") == ("omar", "bashir")
    assert name_key("Bashir") is None
    assert bare_surname("al-Sisi") == "Sisi"
    assert bare_surname("Allawi") == "Allawi"  # a name that only begins with the letters "al"


def test_a_full_name_spelt_otherwise_is_the_kb_person(nlp):
    day = "2005-03-02"
    assert ("CONSULT", "SDN", "EGY") in coded("Omar Hassan al-Bashir met Egypt's president in Cairo.", "CONSULT", day)
    assert ("CONSULT", "SDN", "EGY") in coded("President Omar El Bashir met Egypt's president.", "CONSULT", day)
    assert ("CONSULT", "SDN", "EGY") in coded("Omar Al Bashir met Egypt's president on Sunday.", "CONSULT", day)


def test_a_different_person_sharing_a_given_name_is_not_the_kb_person(nlp):
    # two written words must be the KB's two words: "Omar Khalid" is nobody the KB knows
    got = coded("Omar Khalid met Egypt's president on Sunday.", "CONSULT", "2005-03-02")
    assert not any(t[1] == "SDN" for t in got), got


def test_former_us_presidents_are_known(nlp):
    got = coded("President Bill Clinton imposed sanctions on Burma on Tuesday.", "SANCTION", "1997-05-20")
    assert ("SANCTION", "USA", "MMR") in got, got
    got = coded("The Reagan administration demanded that Libya stop backing militants.", "REQUEST", "1986-01-08")
    assert any(t[1] == "USA" for t in got), got
    got = coded("Former President George W. Bush met Kenya's president on Monday.", "CONSULT")
    assert ("CONSULT", "USA", "KEN") in got, got


def test_a_mediation_launched_is_a_consultation(nlp):
    got = coded("Oman launched a mediation effort between Iran and Saudi Arabia on Sunday.")
    assert any(t[0] == "CONSULT" and t[1] == "OMN" for t in got), got
    got = coded("Kenya launched a new mediation bid between Sudan's rival generals.")
    assert any(t[0] == "CONSULT" and t[1] == "KEN" for t in got), got
    # an attack launched stays an attack; a campaign launched is no consultation
    assert any(
        t[0] == "ASSAULT" for t in coded("Malian troops launched an attack on a rebel base near Kidal on Sunday.")
    )
    assert not any(t[0] == "CONSULT" for t in coded("Oman launched a campaign against smoking on Sunday."))


def _m(typ, status, trigger, mode=None):
    return SimpleNamespace(type=typ, status=status, trigger=trigger, mode=mode, background=False)


def test_the_scorer_reads_signing_and_announced_boycotts_in_plovers_convention():
    assert plover.plover_type(_m("AGREE", "occurred", "signed treaty")) == "SUPPORT"  # CAMEO 057
    assert plover.plover_type(_m("AGREE", "occurred", "agreed")) == "AGREE"
    assert plover.plover_type(_m("AGREE", "planned", "sign")) == "AGREE"  # an intention to sign: 03
    assert plover.plover_type(_m("PROTEST", "planned", "boycott", "boycott")) == "THREATEN"  # 1312
    assert plover.plover_type(_m("PROTEST", "occurred", "boycott", "boycott")) == "PROTEST"
    assert plover.plover_type(_m("PROTEST", "planned", "rally", "demo")) == "PROTEST"


def test_an_unknown_holder_of_an_international_office_acts_for_the_organisation(nlp):
    day = "1998-02-10"
    got = coded("U.N. Secretary-General Kofi Annan accused Israel of violating the truce.", "ACCUSE", day)
    assert ("ACCUSE", "UNO", "ISR") in got, got
    got = coded("NATO Secretary-General Javier Solana accused Serbia of violating the truce.", "ACCUSE", day)
    assert ("ACCUSE", "NAT", "SRB") in got, got
    # a commission president of no stated organisation is not the European Commission's
    got = coded("Electoral commission president Wafula Chebukati accused the police of bias.", "ACCUSE", "2022-08-20")
    assert not any(t[1] == "EUR" for t in got), got


def test_inspectors_observers_or_aid_workers_withdrawn_reduce_relations(nlp):
    got = coded("The UN withdrew its weapons inspectors from Iraq on Monday.")
    assert ("SANCTION", "UNO", "IRQ") in got, got
    got = coded("The US withdrew its embassy staff from Kabul on Sunday.")
    assert any(t[0] == "SANCTION" and t[1] == "USA" for t in got), got
    # troops or peacekeepers withdrawn are a retreat, not a sanction
    got = coded("Kenya withdrew its troops from Somalia on Monday.")
    assert any(t[0] == "RETREAT" for t in got) and not any(t[0] == "SANCTION" for t in got), got
    got = coded("Kenya withdrew its peacekeepers from Somalia on Monday.")
    assert not any(t[0] == "SANCTION" for t in got), got


def test_an_investigation_or_charge_with_no_agent_is_the_accusation_of_the_state_where_it_is_made(nlp):
    got = coded("A Russian businessman was placed under investigation in France for fraud.", "ACCUSE")
    assert ("ACCUSE", "FRA", "RUS") in got, got
    got = coded("Two Britons were charged in Dubai with fraud on Monday.", "ACCUSE")
    assert ("ACCUSE", "ARE", "GBR") in got, got
    got = coded("Three Chinese nationals were indicted in New York on Tuesday.", "ACCUSE")
    assert ("ACCUSE", "USA", "CHN") in got, got
    # a report is no state; a suspect of no stated side is no event
    assert coded("A US national was accused in a report of rioting.", "ACCUSE") == []
    assert coded("Several foreigners were charged in Kenya with fraud.", "ACCUSE") == []
