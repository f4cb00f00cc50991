"""Event types, session 13 (branch `types13`): a consequence promised to another side is a threat, a refusal to
negotiate is a rejection, signing legislation is no agreement.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations


from coding import code, types


def test_a_consequence_a_speaker_promises_another_side_is_a_threat_made_now(nlp):
    acts = [("Oslandia", "NOR", "country"), ("Sweden", "SWE", "country"), ("Norwegian", "NOR", "country")]
    ms = code(nlp, "The Norwegian ministry said on Monday that Sweden would face serious consequences.", acts)
    assert [(m.type, m.source.country, m.target.country, m.status) for m in ms] == [
        ("THREATEN", "NOR", "SWE", "occurred")
    ]
    ms = code(nlp, "The Norwegian minister said Sweden will pay a heavy price for the raid.", acts)
    assert ("THREATEN", "NOR", "SWE") in types(ms)
    # negated, not modal, or not a consequence: none
    for text in (
        "The Norwegian ministry said Sweden would not face any consequences.",
        "The Norwegian minister said Sweden faced consequences after the war.",
        "The Norwegian ministry said Sweden will face higher prices for gas.",
        "The Norwegian ministry said Sweden will pay higher prices for gas.",
    ):
        assert "THREATEN" not in [m.type for m in code(nlp, text, acts)], text


def test_anyone_who_would_face_a_response_is_the_speakers_counterpart(nlp):
    acts = [("Peru", "PER", "country"), ("Chile", "CHL", "country"), ("Chilean", "CHL", "country")]
    ms = code(
        nlp,
        "Peru accused Chile of massing troops on Monday. The Chilean presidency said that anyone who attacked "
        "Chilean nationals would face an immediate response.",
        acts,
    )
    assert ("THREATEN", "CHL", "PER") in types(ms)


def test_a_refusal_to_negotiate_is_a_rejection_and_a_past_one_a_negated_consult(nlp):
    acts = [("Israel", "ISR", "country"), ("Hamas", "PSE", "country")]
    ms = code(nlp, "Israel will not negotiate with Hamas, the prime minister said on Monday.", acts)
    assert [(m.type, m.status) for m in ms] == [("REJECT", "occurred")]
    ms = code(nlp, "Israel does not negotiate with Hamas, the prime minister said.", acts)
    assert [(m.type, m.status) for m in ms] == [("REJECT", "occurred")]
    ms = code(nlp, "Israel did not negotiate with Hamas on Tuesday.", acts)
    assert "REJECT" not in [m.type for m in ms]


def test_signing_legislation_is_no_agreement(nlp):
    acts = [("Biden", "USA", "person"), ("Chinese", "CHN", "country"), ("China", "CHN", "country")]
    ms = code(nlp, "Biden on Wednesday signed legislation that bans Chinese drones.", acts)
    assert "AGREE" not in [m.type for m in ms]
    assert ("COERCE", "USA", "CHN") in types(ms)
    ms = code(nlp, "Biden and China signed an agreement on trade on Wednesday.", acts)
    assert "AGREE" in [m.type for m in ms]


def test_a_crowd_that_storms_a_foreign_mission_riots_against_its_state(nlp):
    acts = [("Peruvian", "PER", "country"), ("Chile", "CHL", "country")]
    ms = code(nlp, "Thousands of protesters stormed the Peruvian embassy in Santiago on Sunday.", acts,
              places=[("Santiago", "CHL")])
    assert [(m.type, m.mode, m.source.country, m.target.country) for m in ms] == [("PROTEST", "riot", "CHL", "PER")]
    ms = code(nlp, "Demonstrators stormed the outer compound of the Peruvian embassy in Santiago on Sunday.", acts,
              places=[("Santiago", "CHL")])
    assert [(m.type, m.source.country, m.target.country) for m in ms] == [("PROTEST", "CHL", "PER")]
    # an armed side's attack on a mission stays an attack; a crowd attacking no mission is no riot against a state
    ms = code(nlp, "Chile attacked the Peruvian embassy on Sunday.", acts)
    assert ("ASSAULT", "CHL", "PER") in types(ms)
    ms = code(nlp, "Protesters attacked police in Santiago on Saturday.", acts, places=[("Santiago", "CHL")])
    assert "PROTEST" not in [m.type for m in ms]


def test_a_law_that_sets_a_time_limit_compels_and_a_leaders_deadline_threatens(nlp):
    acts = [
        ("Biden", "USA", "person"),
        ("Chinese", "CHN", "country"),
        ("Norway", "NOR", "country"),
        ("Sweden", "SWE", "country"),
    ]
    ms = code(
        nlp, "Biden on Wednesday signed legislation that gives the app's Chinese owner nine months to sell it.", acts
    )
    assert [(m.type, m.source.country, m.target.country, m.status) for m in ms] == [
        ("COERCE", "USA", "CHN", "occurred")
    ]
    ms = code(nlp, "Norway on Sunday gave Sweden one week to withdraw its troops.", acts)
    assert ("THREATEN", "NOR", "SWE") in types(ms)


def test_deploying_peacekeepers_is_aid_and_refusing_to_is_a_rejection(nlp):
    acts = [("Norway", "NOR", "country"), ("Sweden", "SWE", "country")]
    ms = code(nlp, "Norway deployed peacekeepers in Sweden on Tuesday.", acts)
    assert types(ms) == [("AID", "NOR", "SWE")]
    ms = code(nlp, "Norway has refused to deploy peacekeepers in Sweden.", acts)
    assert [m.type for m in ms] == ["REJECT"]
    ms = code(nlp, "Norway deployed troops to the border with Sweden on Monday.", acts)
    assert [m.type for m in ms] == ["MOBILIZE"]


def test_an_act_that_would_bring_a_response_is_a_threat_to_its_doer(nlp):
    acts = [("Norway", "NOR", "country"), ("Sweden", "SWE", "country"), ("Norwegian", "NOR", "country")]
    ms = code(
        nlp, "The Norwegian ministry said any provocation by Sweden would be met with an immediate response.", acts
    )
    assert types(ms) == [("THREATEN", "NOR", "SWE")]
    ms = code(
        nlp, "The Norwegian ministry told Sweden that any hostile actions would provoke a decisive response.", acts
    )
    assert ("THREATEN", "NOR", "SWE") in types(ms)
    ms = code(nlp, "The Norwegian minister said the talks would trigger a new round of negotiations with Sweden.", acts)
    assert "THREATEN" not in [m.type for m in ms]


def test_what_ought_to_be_done_in_a_conjunct_of_a_quote_is_a_demand(nlp):
    acts = [("Norway", "NOR", "country"), ("Swedes", "SWE", "country"), ("Norwegian", "NOR", "country")]
    ms = code(
        nlp,
        '"The ship was seized illegally and the Swedes should release it immediately," the Norwegian minister said.',
        acts,
    )
    assert ("REQUEST", "NOR", "SWE") in types(ms)


def test_what_the_speakers_own_side_or_nobody_ought_to_do_is_no_demand(nlp):
    acts = [("Norway", "NOR", "country"), ("Sweden", "SWE", "country"), ("Norwegian", "NOR", "country")]
    ms = code(
        nlp,
        "The Norwegian minister said ties with Sweden had never been stronger and that Norway must continue "
        "arms sales to Sweden.",
        acts,
    )
    assert "REQUEST" not in [m.type for m in ms]
    ms = code(
        nlp,
        "The Norwegian minister said the move by Sweden was dangerous and that those taking such decisions "
        "should be aware of it.",
        acts,
    )
    assert "REQUEST" not in [m.type for m in ms]


def test_a_side_told_of_a_response_is_not_its_speaker(nlp):
    acts = [("Norway", "NOR", "country"), ("Swedish", "SWE", "country"), ("Norwegian", "NOR", "country")]
    ms = code(
        nlp,
        "The Swedish side was told that any hostile actions against Norway would provoke a decisive response.",
        acts,
    )
    assert ("THREATEN", "SWE", "NOR") not in types(ms)
