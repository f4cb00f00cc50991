"""Session 26 tour26: a visit named as a noun is the journey of the subject of the verb that departs for it or carries
it (lexicon ``journey_departure_verbs`` with ``journey_departure_preps``, ``journey_carrier_verbs``; coder
``_journey_verb``): "left Lima on Sunday for a state visit to Chile", "is due to leave for an official visit to Peru",
"used a working visit to Canada to press for ...". Made-up sentences through the real parse, actor recognition and
coder."""

from __future__ import annotations

from coding import coded, pipeline_mentions


def test_left_a_capital_for_a_visit_abroad(nlp) -> None:
    out = coded("Peruvian President Dina Boluarte left Lima on Sunday for a three-day state visit to Chile.")
    assert ("CONSULT", "PER", "CHL") in out


def test_left_for_a_visit_without_an_owner(nlp) -> None:
    out = coded("Kenyan President William Ruto left for a two-day official visit to Ghana on Tuesday.")
    assert ("CONSULT", "KEN", "GHA") in out


def test_due_to_leave_for_a_visit_is_planned(nlp) -> None:
    ms = pipeline_mentions("Chilean President Gabriel Boric is due to leave on Friday for an official visit to Peru.")
    got = [(m.source.country, m.target.country, m.status) for m in ms if m.type == "CONSULT" and m.target]
    assert ("CHL", "PER", "planned") in got


def test_used_a_visit_to_press_its_host(nlp) -> None:
    out = coded(
        "Mexican President Andres Manuel Lopez Obrador used a working visit to Canada on Monday to urge his hosts to keep the trade pact."
    )
    assert ("CONSULT", "MEX", "CAN") in out


def test_a_visit_the_subject_only_speaks_of_is_not_the_subject_s(nlp) -> None:
    # "criticised" neither departs for the visit nor carries it: the opposition's visit, not the president's
    out = coded("Kenyan President William Ruto criticised a visit to Ghana by opposition leaders.", "CONSULT")
    assert ("CONSULT", "KEN", "GHA") not in out


def test_left_for_visits_to_a_list_of_states_meets_each(nlp) -> None:
    # each listed state is a host of its own, not the first one named
    out = coded("Chinese Premier Li Qiang left Beijing on Monday for official visits to Kenya, Ghana and Senegal.")
    assert {("CONSULT", "CHN", "KEN"), ("CONSULT", "CHN", "GHA"), ("CONSULT", "CHN", "SEN")} <= set(out)
