"""Session 24 nouns24: events told as a noun phrase. A happening noun (meetings, shows of force, attacks,
demonstrations: lexicon ``happening_nouns``) is read as the event of a verb of holding, beginning or completing
(``aspect_verbs``), as the subject of a verb saying it took place or ended (``occurrence_verbs``, also through a span:
"three days of drills"), and as the "with" phrase of a verb of answering (``answer_verbs``); its sides come from its
own modifiers (an owner, an "of" phrase of holders, a participle's object, the state of the place it struck). An act
whose doer its phrase names stays an event when a protest names it. Made-up sentences through the real parse, actor
recognition and coder."""

from __future__ import annotations

from coding import coded, pipeline_mentions


def test_finished_days_of_drills_around_an_island(nlp) -> None:
    out = coded("China finished three days of military drills around Taiwan on Monday.", "MOBILIZE")
    assert ("MOBILIZE", "CHN", "TWN") in out


def test_a_span_of_drills_ended(nlp) -> None:
    out = coded("China's three days of military drills around Taiwan ended on Monday.", "MOBILIZE")
    assert ("MOBILIZE", "CHN", "TWN") in out


def test_war_games_encircling_an_island_came_to_an_end(nlp) -> None:
    out = coded("China's war games encircling Taiwan came to an end on Sunday.")
    assert ("MOBILIZE", "CHN", "TWN") in out
    assert not any(t == "CONSULT" for t, _, _ in out)  # the drills neither meet nor travel


def test_joint_exercises_of_two_navies_took_place(nlp) -> None:
    out = coded("The joint naval exercises of India and France took place in the Arabian Sea on Tuesday.")
    assert ("COOPERATE", "IND", "FRA") in out


def test_navies_concluded_an_exercise(nlp) -> None:
    out = coded("Indian and French navies concluded a joint exercise in the Arabian Sea on Friday.", "COOPERATE")
    assert ("COOPERATE", "IND", "FRA") in out


def test_answered_with_airstrikes_on_a_place(nlp) -> None:
    out = coded("Turkey responded with airstrikes on northern Syria on Monday.", "ASSAULT")
    assert ("ASSAULT", "TUR", "SYR") in out


def test_answered_with_a_drone_strike_in_a_conjunct(nlp) -> None:
    out = coded("Israel answered on Sunday with artillery fire and a drone strike in southern Lebanon.", "ASSAULT")
    assert ("ASSAULT", "ISR", "LBN") in out


def test_an_arrest_protested_with_its_doer_named(nlp) -> None:
    out = coded("Japan protested the arrest of a Japanese businessman by Chinese police on Friday.")
    assert ("COERCE", "CHN", "JPN") in out
    assert ("ACCUSE", "JPN", "CHN") in out


def test_hypothetical_or_generic_drills_are_no_event(nlp) -> None:
    # negative: a risk, a call and a plan name no happening
    assert coded("Analysts warned of the risk of new Chinese drills around Taiwan.", "MOBILIZE") == []
    assert coded("Taiwan called for an end to Chinese military drills.", "MOBILIZE") == []


def test_a_possible_exercise_is_not_told_as_held(nlp) -> None:
    # negative: a modal clause keeps a held exercise planned or possible, never occurred
    ms = pipeline_mentions("India and France may conclude a joint naval exercise in the Arabian Sea next year.")
    assert not [m for m in ms if m.type in ("COOPERATE", "MOBILIZE") and m.status == "occurred"]


def test_exercise_of_a_right_is_no_event(nlp) -> None:
    # negative: "exercise" alone is read only as a subject of a verb saying it took place
    assert coded("France defended the exercise of its rights in the Mediterranean on Monday.", "MOBILIZE") == []
