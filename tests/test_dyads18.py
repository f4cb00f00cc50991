"""Session 18 dyads: how news states the parties of an event, on made-up sentences run through the real actor
recognition and coder (parse, enrich, code)."""

from __future__ import annotations

from coding import coded as _dyads


# -- "between A on one side and B, C and D on the other": one agreement per pair ---------------------------------
def test_an_accord_concluded_between_one_side_and_a_list_is_one_agreement_per_state(nlp) -> None:
    text = (
        "The Vienna Protocol, as the pact is known, was concluded between Norway on one side and Chile, Peru, "
        "Brazil and Argentina on the other, with the United Nations chairing the talks."
    )
    assert [(s, t) for _, s, t in _dyads(text, "AGREE")] == [
        ("NOR", "ARG"),
        ("NOR", "BRA"),
        ("NOR", "CHL"),
        ("NOR", "PER"),
    ]


def test_a_deal_signed_by_one_side_and_a_list_on_the_other(nlp) -> None:
    text = "The deal was signed by Kenya on one side and Ghana, Senegal and Mali on the other."
    assert [(s, t) for _, s, t in _dyads(text, "AGREE")] == [("KEN", "GHA"), ("KEN", "MLI"), ("KEN", "SEN")]


def test_a_sealed_ceasefire_between_two_states_is_an_agreement(nlp) -> None:
    assert {frozenset((s, t)) for _, s, t in _dyads("A truce was sealed between Armenia and Azerbaijan.", "AGREE")} == {
        frozenset(("ARM", "AZE"))
    }


def test_talks_that_concluded_are_no_agreement(nlp) -> None:
    # the intransitive "concluded" ends a meeting; only a passive with "between" settles a text
    assert _dyads("The negotiations between Chile and Peru concluded on Tuesday in Lima.", "AGREE") == []


# -- a speaker's act hung on the reported clause ------------------------------------------------------------------
def test_a_call_coordinated_after_a_reported_clause_about_a_thing_is_the_speakers(nlp) -> None:
    text = (
        "Foreign Ministry spokeswoman Mao Ning briefed reporters in Beijing on Monday. She said the statement "
        "breached the pledges Vietnam had given to China, and urged Hanoi to halt its survey work."
    )
    assert ("REQUEST", "CHN", "VNM") in _dyads(text, "REQUEST")


def test_an_accusation_after_a_reported_clause_about_strikes_is_the_writers(nlp) -> None:
    text = (
        "Canadian Foreign Minister Melanie Joly dismissed the report on Saturday. In a post she wrote that the "
        "missiles had not been fired from Syria and accused Iran of staging the raid."
    )
    assert ("ACCUSE", "CAN", "IRN") in _dyads(text, "ACCUSE")


def test_a_conjunct_verb_with_a_party_subject_keeps_its_own_doer(nlp) -> None:
    # "Peru ... and accused" inside the reported clause: Peru's own act, not the reporter's
    text = "The Chilean minister said Peru had closed the border and accused Bolivia of smuggling."
    assert ("ACCUSE", "CHL", "BOL") not in _dyads(text, "ACCUSE")


# -- approving a measure against another side is taking it --------------------------------------------------------
def test_approved_retaliatory_tariffs_against_a_state_are_a_sanction(nlp) -> None:
    text = "After a long debate, European Union ministers approved retaliatory tariffs against Japan on Thursday."
    assert ("SANCTION", "EUR", "JPN") in _dyads(text, "SANCTION")


def test_approving_a_bill_is_no_sanction(nlp) -> None:
    assert _dyads("The Senate approved a bill on farm tariffs.", "SANCTION") == []


def test_approved_aid_stays_aid(nlp) -> None:
    assert _dyads("Brazil approved military aid for Ecuador.", "AID") == [("AID", "BRA", "ECU")]


# -- "its own" measure and a follower ---------------------------------------------------------------------------
def test_its_own_controls_are_aimed_where_the_earlier_controls_were_and_the_follower_copies_them(nlp) -> None:
    text = (
        "In January, Washington unveiled export controls on chipmaking tools to Vietnam. Taiwan unveiled its own "
        "controls in March, and South Korea followed at the end of that month."
    )
    got = _dyads(text, "SANCTION")
    assert ("SANCTION", "TWN", "VNM") in got
    assert ("SANCTION", "KOR", "VNM") in got
    assert ("SANCTION", "TWN", "KOR") not in got  # the follower is no target


def test_a_measure_with_no_earlier_measure_takes_no_follower_as_target(nlp) -> None:
    got = _dyads("Chile unveiled its own controls in March, and Peru followed in April.", "SANCTION")
    assert ("SANCTION", "CHL", "PER") not in got


# -- an aid package's sums, each for its own recipient -------------------------------------------------------------
def test_a_package_named_again_gives_each_sum_to_the_side_its_for_names(nlp) -> None:
    text = (
        "Japan's parliament approved a $40 billion aid package on Friday. The package provides $20 billion for Kenya, "
        "$12 billion for Ghana and flood relief, plus emergency assistance for Fiji."
    )
    got = {(s, t) for typ, s, t in _dyads(text, "AID")}
    assert {("JPN", "KEN"), ("JPN", "GHA"), ("JPN", "FJI")} <= got


def test_a_sum_for_a_purpose_names_no_recipient_list(nlp) -> None:
    # one "for" naming a state: the usual single target, no list
    assert _dyads("Norway provided $4 million for refugees in Chad.", "AID") == [("AID", "NOR", "TCD")]


def test_a_package_with_no_aid_told_before_has_no_giver(nlp) -> None:
    assert _dyads("The package provides $20 billion for Kenya and $12 billion for Ghana.", "AID") == []


# -- a warning coordinated with a told request goes to the same addressee ------------------------------------------
def test_a_warning_after_a_told_request_is_addressed_to_the_one_asked(nlp) -> None:
    text = (
        "Canadian Prime Minister Mark Carney met Xi in Ottawa on Monday. He said he had asked him to press Iran "
        "to halt the fighting, and warned that Canada was ready to act against unfair trade."
    )
    got = _dyads(text, "THREATEN")
    assert ("THREATEN", "CAN", "CHN") in got
    assert ("THREATEN", "CAN", "IRN") not in got


def test_a_warning_naming_its_own_side_keeps_it(nlp) -> None:
    got = _dyads("Kenya said it had asked Uganda to reopen the border and warned that Somalia would exploit it.")
    assert ("THREATEN", "KEN", "UGA") not in got
