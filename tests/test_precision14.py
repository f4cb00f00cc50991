"""Precision, session 14 (branch `precision14`): exports that should not exist. A pronoun object takes the
object of the verb it is coordinated with; a mere possibility, a stated will to work together and a stance on
"any country" make no event.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

from coding import code, types


ACTS = [
    ("Oslandia", "NOR", "country"),
    ("Norwegian", "NOR", "country"),
    ("Norway", "NOR", "country"),
    ("Swedish", "SWE", "country"),
    ("Sweden", "SWE", "country"),
    ("Finland", "FIN", "country"),
]


def test_a_pronoun_object_is_the_object_of_the_coordinated_verb(nlp):
    ms = code(nlp, "The Norwegian navy tracked the Swedish frigate, warned and expelled it, the ministry said.", ACTS)
    assert ("COERCE", "NOR", "SWE") in types(ms)
    assert "SANCTION" not in [m.type for m in ms]
    ms = code(nlp, "The Norwegian coast guard spotted a Swedish vessel and expelled it from the area.", ACTS)
    assert ("COERCE", "NOR", "SWE") in types(ms)
    # an envoy expelled is still a sanction
    ms = code(nlp, "Norway summoned the Swedish ambassador and expelled him.", ACTS)
    assert ("SANCTION", "NOR", "SWE") in types(ms)


def test_a_mere_possibility_is_no_event(nlp):
    for text in (
        "There is speculation that the Norwegian minister could meet with Swedish Prime Minister Lind later on Monday.",
        "Officials named areas in which Norway and Sweden could cooperate.",
        "The Norwegian envoy might visit Sweden next year, officials said.",
    ):
        assert code(nlp, text, ACTS) == [], text
    # a coercive act its actor is reported to state as possible is a threat, made when it is said
    ms = code(nlp, "The Norwegian president said in August that Norway could suspend diplomatic relations with Sweden.", ACTS)
    assert [(m.type, m.source.country, m.target.country, m.status) for m in ms] == [
        ("THREATEN", "NOR", "SWE", "occurred")
    ]
    # a planned meeting stays
    ms = code(nlp, "The Norwegian minister will meet Swedish Prime Minister Lind on Monday.", ACTS)
    assert [(m.type, m.status) for m in ms] == [("CONSULT", "planned")]


def test_a_stated_will_to_work_together_is_no_event(nlp):
    for text in (
        "Norway said it would work with Sweden to implement the resolution.",
        "Norway and Sweden will continue their efforts to achieve peace, the Norwegian minister said.",
        "They confirmed that Norway and Sweden will cooperate for the anniversary.",
    ):
        assert "COOPERATE" not in [m.type for m in code(nlp, text, ACTS)], text
    # restoring relations is a planned act
    ms = code(nlp, "Norway and Sweden will restore diplomatic relations on August 7.", ACTS)
    assert ("COOPERATE", "planned") in [(m.type, m.status) for m in ms]


def test_a_stance_on_any_country_is_no_event(nlp):
    for text in (
        "Norway firmly opposes any country imposing unilateral sanctions on Norwegian firms, he said.",
        "We firmly oppose any country damaging Norway's sovereignty, the Norwegian spokesman said of the Swedish ship.",
    ):
        assert code(nlp, text, ACTS) == [], text
    # a named side's move is opposed: disapproval of that side
    ms = code(nlp, "Norway firmly opposes any Swedish move to sell arms to Finland.", ACTS)
    assert ("ACCUSE", "NOR", "SWE") in types(ms)


def test_opposing_a_move_is_disapproval_and_opposing_a_proposal_its_rejection(nlp):
    ms = code(nlp, "Norway firmly opposes the Swedish move to add Norwegian firms to its list.", ACTS)
    assert types(ms) == [("ACCUSE", "NOR", "SWE")]
    # opposed and condemned: one kind of act, not a REJECT beside the ACCUSE
    ms = code(nlp, "Norway firmly opposed and strongly condemned the Swedish decision.", ACTS)
    assert {m.type for m in ms} == {"ACCUSE"}
    # an opposition aimed at no named side is a stance, no event (as the REJECT it was made none)
    assert code(nlp, "Norway firmly opposes such actions.", ACTS) == []
    for text in (
        "Norway opposed the resolution proposed by Sweden.",
        "Norway opposed the deployment of a Swedish peacekeeping force.",
        "Norway opposed the peace plan of Sweden.",
    ):
        assert ("REJECT", "NOR", "SWE") in types(code(nlp, text, ACTS)), text


def test_a_past_act_stated_with_may_have_is_an_allegation_not_a_possibility(nlp):
    # "could meet" is a possibility (no event); "may have attacked" speculates about what happened: the act is kept
    assert code(nlp, "Norway could meet Sweden later on Monday.", ACTS) == []
    ms = code(nlp, "Swedish hackers may have launched cyber attacks on Norway's power grid.", ACTS)
    assert [(m.source.country, m.target.country) for m in ms] == [("SWE", "NOR")]
