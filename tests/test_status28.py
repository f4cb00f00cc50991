"""Status, session 28 (branch `status28`): a perfect verb tells what is done whatever frame surrounds it (a conjunct
with "have agreed" under "will continue to support", a perfect dated by the time of what it is about); "the planned
visit" and a visit confirmed "later this year" are planned; a meeting settled by an agreement that names neither side
("It was agreed to hold the next meeting in ...") is planned between the agreement's sides. Near misses keep their
status: a conjunct with no auxiliary of its own shares its head's future, "will have agreed" is not done, "had been
expected to resume" stays planned.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py), or found by the
real pipeline (``pipeline_mentions``) where the article's context decides.
"""

from __future__ import annotations

from coding import FICTION, code, pipeline_mentions

from tidings.events.modality import modality

PAIR = [
    ("Peru", "PER", "country"),
    ("Chilean", "CHL", "country"),
    ("Boric", "CHL", "person"),
    ("Boluarte", "PER", "person"),
]


def _status_of(nlp, text, word, nominal):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return modality(tok, nominal=nominal).status


def _acts(ms, typ):
    return sorted(
        {(m.source.country, m.target.country if m.target else None, m.status) for m in ms if m.type == typ}, key=str
    )


def test_a_perfect_conjunct_is_done_under_a_future_head(nlp):
    text = (
        "In a statement released after her meeting with Boric, Boluarte said that Peru will continue to support the "
        "Chilean government and that the two countries have agreed on investment, industrial and agricultural "
        "cooperation."
    )
    assert _acts(code(nlp, text, PAIR), "AGREE") == [("PER", "CHL", "occurred")]
    assert _acts(code(nlp, text, PAIR), "SUPPORT") == [("PER", "CHL", "planned")]
    # a bare conjunct with no auxiliary of its own still shares the future
    text = "Boluarte said that Peru will continue to support the Chilean government and sign a trade pact."
    assert _status_of(nlp, text, "sign", nominal=False) == "planned"


def test_a_perfect_is_not_planned_by_the_date_of_what_it_is_about():
    text = (
        "Ahead of the 60th anniversary of the normalization of the two nations' diplomatic relationship next year, "
        "Peru's foreign minister and his Chilean counterpart have agreed to closely cooperate to prepare for various "
        "commemorative projects."
    )
    ms = [m for m in pipeline_mentions(text, "2024-11-15") if m.type == "AGREE"]
    assert [(m.status, m.date_value) for m in ms] == [("occurred", "2024-11-15")]


def test_a_future_perfect_is_not_done(nlp):
    text = "Boluarte said that Peru and Chile will have agreed on a trade pact by next year."
    assert _status_of(nlp, text, "agreed", nominal=False) == "planned"


def test_a_planned_or_confirmed_visit_is_planned(nlp):
    text = "Westmark welcomed the planned visit of the Oslandian president."
    assert _status_of(nlp, text, "visit", nominal=True) == "planned"
    text = "Amal Toren has confirmed his visit to Westmark later this year."
    assert _status_of(nlp, text, "visit", nominal=True) == "planned"
    ms = code(nlp, text, [*FICTION, ("Amal Toren", "NOR", "person")])
    assert _acts(ms, "CONSULT") == [("NOR", "SWE", "planned")]
    # a visit confirmed with no time to come keeps the status of the telling
    text = "Amal Toren confirmed his visit to Westmark last week."
    assert _status_of(nlp, text, "visit", nominal=True) == "occurred"


def test_an_impersonal_agreement_to_hold_a_meeting_plans_it_between_the_agreements_sides():
    text = (
        "LIMA: Peru and Chile held extensive talks on Sunday to find a workable solution after President Boric "
        "requested Lima to withdraw all troops from the border by March 15. "
        "The issue was discussed during the first meeting of the Peru-Chile high-level core group in Lima. "
        "During the meeting, both sides discussed a solution that will enable continued operation of the Peruvian "
        "aircraft in Chile. "
        "Both sides also held discussions on finding a workable solution, the ministry of external affairs said. "
        "The ministry said that both sides held discussions on wide-ranging issues related to bilateral cooperation. "
        "\u201cIt was agreed to hold the next meeting of the high-level core group in Santiago on a mutually convenient "
        "date,\u201d it said."
    )
    ms = [m for m in pipeline_mentions(text, "2024-01-14") if m.trigger == "hold meeting"]
    assert [(m.type, {m.source.country, m.target.country}, m.status) for m in ms] == [
        ("CONSULT", {"PER", "CHL"}, "planned")
    ]


def test_an_expectation_told_in_the_pluperfect_stays_planned(nlp):
    text = "Talks between Oslandia and Westmark had been expected to resume on Wednesday, but both sides went home."
    assert _status_of(nlp, text, "resume", nominal=False) != "occurred"


def test_the_talks_told_as_held_are_the_articles_talks():
    text = (
        "Peru and Chile agreed on Friday to restore diplomatic relations, according to a joint statement issued by the "
        "two countries and Brazil. Peruvian and Chilean officials signed the agreement in Brasilia. "
        "It added that the talks had been held over four days."
    )
    ms = [m for m in pipeline_mentions(text, "2023-03-10") if m.type == "CONSULT"]
    assert [({m.source.country, m.target.country}, m.status) for m in ms] == [({"PER", "CHL"}, "occurred")]
    # talks not held, or still to be held, are no such news
    text = "Peru and Chile said talks would resume next month. The talks were not held last year."
    assert not [m for m in pipeline_mentions(text, "2024-01-14") if m.type == "CONSULT" and m.status == "occurred"]
