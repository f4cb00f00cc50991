"""Events missed on real news (session 21, branch `realmiss21`): "X called Y to <act>" (no "on", as UN, agency and
translated copy write it) is a call on Y to act, REQUEST, unless the infinitive is what a phone call is for; an
emphasis verb with a that-clause whose subject ought to act is a demand, as "said ... should" is; "the Government of
<country>", capitalised (the tagger then reads it as an organisation), is that state; a mediator consults each side
what it mediates names ("mediated the release of Russian prisoners in exchange for Ukrainian ones"), and "succeeded
in <gerund>" is the subject's act.

The sentences are made up; they go through the real enrich stage (actors, places, dates) and the coder.
"""

from __future__ import annotations

from coding import coded, pipeline_mentions


def test_called_a_state_to_act_is_a_request():
    assert ("REQUEST", "NOR", "SWE") in coded("Norway called Sweden to halt the deportations of refugees at once.")
    assert ("REQUEST", "FRA", "RUS") in coded("The French government called Moscow to pull its troops out of Moldova.")


def test_a_call_to_talk_or_a_characterisation_is_no_request():
    assert not coded("Norway called Sweden to discuss the fishing quotas on Monday.", "REQUEST")
    assert not coded("Oslo called Sweden to congratulate it on the election.", "REQUEST")
    assert not coded("The Norwegian minister called Sweden a reliable partner.", "REQUEST")
    assert not coded("Norway called the Swedish ambassador to protest the incursion.", "REQUEST")
    assert not coded("Oslo condemned what it called Sweden's cynical move to end the fishing deal.", "REQUEST")


def test_emphasised_that_another_side_should_act_is_a_demand():
    assert ("REQUEST", "NOR", "SWE") in coded(
        "The Norwegian side emphasized that the Swedish side should stop the expulsions."
    )
    assert ("REQUEST", "NOR", "SWE") in coded("Norway underlined that Sweden must release the fishermen.")


def test_emphasis_without_a_demand_is_none():
    # a shared intent, a fact, and a visit whose significance is underlined (the visit stays a visit)
    assert not coded("Norway emphasized that both sides should keep talking with Sweden.", "REQUEST")
    assert not coded("Norway emphasized that Sweden had released the fishermen.", "REQUEST")
    assert ("CONSULT", "BRA", "ARG") in coded(
        "The Brazilian president underlined the significance of his visit to Argentina on Monday."
    )


def test_the_government_of_a_country_capitalised_is_that_state():
    assert ("ACCUSE", "LKA", "IND") in coded("The Government of Sri Lanka condemned India on Monday.")
    assert ("AGREE", "IND", "JPN") in coded("India and the Government of Japan signed a trade agreement on Monday.")


def test_an_organisation_named_of_a_country_stays_the_organisation():
    # "Bank of China" is a bank (of China's), not the Chinese state
    ms = [
        m for m in pipeline_mentions("The Bank of China criticised the United States on Monday.") if m.type == "ACCUSE"
    ]
    assert ms and all("Bank" in (m.source.name or "") for m in ms)


def test_a_mediator_consults_each_side_its_mediation_names():
    got = coded("Oman said it had mediated the release of 50 Iranian prisoners in exchange for 40 French prisoners.")
    assert ("CONSULT", "OMN", "IRN") in got and ("CONSULT", "OMN", "FRA") in got
    # "succeeded in mediating": the gerund is the subject's act
    got = coded("Oman succeeded in mediating the release of 50 Iranian prisoners in exchange for 40 French prisoners.")
    assert ("CONSULT", "OMN", "IRN") in got and ("CONSULT", "OMN", "FRA") in got


def test_a_mediation_between_named_sides_is_unchanged_and_a_plain_act_keeps_its_doer():
    got = coded("Qatar mediated between Israel and Hamas on Monday.")
    assert ("CONSULT", "QAT", "ISR") in got
    assert ("SANCTION", "RUS", "DEU") in coded("Russia succeeded in expelling two German diplomats on Friday.")
