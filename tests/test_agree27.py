"""Session 27 agree27: an invitation is also the inviter's agreement to receive the invited (AGREE inviter ->
invited, beside the request it has always made), and a stated readiness to work with, or join, a named partner is
an offer to it (AGREE, occurred when stated). Made-up sentences run through the real parse, actor recognition and
coder."""

from __future__ import annotations

from coding import pipeline_mentions


def _events(text, typ):
    return {
        (m.source.country if m.source else None, m.target.country if m.target else None, m.status)
        for m in pipeline_mentions(text)
        if m.type == typ
    }


# -- invitations: AGREE beside the REQUEST, same sides and status -------------------------------------------------
def test_an_invitation_to_visit_is_also_an_agreement_of_the_inviter(nlp) -> None:
    text = "Kenyan President William Ruto invited Ghana's President Nana Akufo-Addo to visit Nairobi later this year."
    assert ("KEN", "GHA", "occurred") in _events(text, "AGREE")
    assert ("KEN", "GHA", "occurred") in _events(text, "REQUEST")


def test_an_extended_invitation_is_an_agreement(nlp) -> None:
    text = "Chilean President Gabriel Boric extended an invitation to Peru's president during a phone call on Friday."
    assert ("CHL", "PER", "occurred") in _events(text, "AGREE")


def test_an_invitation_not_made_is_a_negated_agreement(nlp) -> None:
    text = "Norway did not invite Russia to the conference in Oslo."
    assert {s for _, _, s in _events(text, "AGREE")} <= {"negated"}


def test_an_invitation_on_a_condition_stays_hypothetical(nlp) -> None:
    text = "Kenya would invite Uganda's president to Nairobi if the border talks succeed, officials said."
    assert {s for _, _, s in _events(text, "AGREE")} <= {"hypothetical"}


def test_an_invitation_that_brings_a_response_is_no_agreement(nlp) -> None:
    text = "Any provocation by Serbia would invite a firm response, Kosovo warned."
    assert _events(text, "AGREE") == set()


# -- a readiness to work with, or join, a partner -----------------------------------------------------------------
def test_ready_to_work_with_a_partner_is_an_offer_made_now(nlp) -> None:
    text = "Brazilian President Lula said he was ready to work with Argentina to deepen trade within the bloc."
    assert ("BRA", "ARG", "occurred") in _events(text, "AGREE")


def test_ready_to_join_a_partner_in_an_act(nlp) -> None:
    text = "Vietnam's foreign minister said his country was ready to join Indonesia in calling for restraint at sea."
    assert ("VNM", "IDN", "occurred") in _events(text, "AGREE")


def test_willing_to_work_with_a_partner(nlp) -> None:
    text = "Egypt's president said he is willing to work with Sudan to protect the Nile waters."
    assert ("EGY", "SDN", "occurred") in _events(text, "AGREE")


def test_ready_to_work_together_names_no_partner(nlp) -> None:
    text = "The Kenyan and Ugandan transport ministries are ready to work together on the railway, officials said."
    assert _events(text, "AGREE") == set()


def test_not_ready_to_work_with_is_no_offer(nlp) -> None:
    text = "Chile is not ready to work with Bolivia on the new port."
    assert not any(s == "occurred" for _, _, s in _events(text, "AGREE"))


def test_could_be_ready_if_is_no_offer_made(nlp) -> None:
    text = "Peru could be ready to work with Ecuador on the border if it withdraws its troops, analysts said."
    assert not any(s == "occurred" for _, _, s in _events(text, "AGREE"))


def test_a_participle_telling_how_a_person_came_is_no_agreement(nlp) -> None:
    text = "Kenya's foreign minister, invited by Uganda's president, joined the summit in Kampala on Friday."
    assert ("UGA", "KEN", "occurred") not in _events(text, "AGREE")
