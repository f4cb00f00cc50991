"""Event status, session 15 (branch `status15`): meetings called off, turned down or skipped did not take place;
a governing word the lemmatizer misreads ("hopes" as "hop") still decides; a plan told in the past perfect and
contrasted by "but" was given up; a present with a word of time to come is scheduled.

Made-up sentences; actors are given by hand as the enrich stage would give them (tests/coding.py).
"""

from __future__ import annotations

import re

from coding import FICTION as ACTS
from coding import Actor, code, status, statuses

from tidings.events import code_doc
from tidings.timex import Timex


def test_a_meeting_called_off_is_a_negated_meeting(nlp):
    for text in (
        "The Oslandian president cancelled his visit to Westmark.",
        "The Oslandian president called off his meeting with Westmark's leader.",
        "Oslandia cancelled talks with Westmark.",
        "The visit by the Oslandian president to Westmark was cancelled.",
    ):
        assert statuses(nlp, text, "CONSULT") == ["negated"], text
    # the calling off itself stays the side's act
    assert status(nlp, "Oslandia cancelled talks with Westmark.", "SANCTION") == "occurred"
    # postponing: unchanged
    assert status(nlp, "Oslandia postponed talks with Westmark.", "CONSULT") == "negated"


def test_the_calling_off_keeps_its_date(nlp):
    # the date is the calling off's, not taken by the meeting that did not take place
    text = "Oslandia called off the summit with Westmark in a letter on May 2, citing hostile statements."
    i = text.index("on May 2")
    tx = Timex(start=i, end=i + 8, text="on May 2", kind="date", value="2024-05-02", precision="day", anchor="dct")
    acts = [
        Actor(m.start(), m.end(), s, s.lower(), s, c, kind=k, sector="GOV")
        for s, c, k in ACTS
        for m in re.finditer(r"\b" + s + r"\b", text)
    ]
    ms = code_doc("a1", nlp(text), published="2024-05-10", actors=acts, timexes=[tx])
    assert [m.date_value for m in ms if m.type == "SANCTION"] == ["2024-05-02"]


def test_an_invitation_turned_down_and_a_meeting_skipped(nlp):
    assert status(nlp, "Oslandia turned down an invitation to visit Westmark.", "CONSULT") == "negated"
    assert status(nlp, "The Oslandian minister skipped a planned meeting with Westmark's envoy.", "CONSULT") == (
        "negated"
    )
    # accepted: unchanged
    assert status(nlp, "Oslandia accepted an invitation to visit Westmark.", "CONSULT") == "planned"


def test_a_hope_to_meet_is_a_plan(nlp):
    # the lemmatizer reads "hopes" and "hoped" as "hop"
    assert status(nlp, "The Oslandian president hopes to meet Westmark's leader.", "CONSULT") == "planned"
    assert status(nlp, "The Oslandian president hoped to visit Westmark.", "CONSULT") == "planned"


def test_a_past_perfect_plan_contrasted_by_but_was_given_up(nlp):
    for text in (
        "The Oslandian president had hoped to visit Westmark himself but agreed to host its leader instead.",
        "The Oslandian president had planned to visit Westmark in May, but the trip was scrapped.",
    ):
        assert status(nlp, text, "CONSULT") == "negated", text
    # an agreement is no intention: what was agreed went ahead whatever came of it
    text = "Oslandia and Westmark had agreed to resume talks, but the round in May produced little."
    assert "negated" not in statuses(nlp, text, "CONSULT")
    # a plan told in the past perfect without a contrast: unchanged
    assert status(nlp, "The Oslandian president had planned to visit Westmark in May.", "CONSULT") == "planned"


def test_a_present_with_a_time_to_come_is_scheduled(nlp):
    assert status(nlp, "The Oslandian president heads to Westmark next week.", "CONSULT") == "planned"
    assert status(nlp, "The Oslandian president travels to Westmark later this month.", "CONSULT") == "planned"
    # a present with no time to come: unchanged
    assert status(nlp, "The Oslandian president visits Westmark.", "CONSULT") == "occurred"


def test_a_stance_on_an_act_leaves_the_act_as_it_is(nlp):
    # refusing to condemn an attack, or not condemning it, says nothing against the attack having happened
    for text in (
        "Oslandia has refused to condemn Westmark's attack on Oslandian ships.",
        "Oslandia did not condemn Westmark's attack on Oslandian ships.",
    ):
        assert "negated" not in statuses(nlp, text, "ASSAULT"), text
        assert status(nlp, text, "ACCUSE") == "negated", text
    # an act not held is still negated
    assert status(nlp, "Oslandia did not hold talks with Westmark.", "CONSULT") == "negated"


def test_the_purpose_of_a_denied_act_did_not_take_place(nlp):
    for text in (
        "Oslandia denied sending agents to kill dissidents in Westmark.",
        "Oslandia denied that it had sent agents to kill dissidents in Westmark.",
    ):
        assert status(nlp, text, "ASSAULT") == "negated", text
    assert status(nlp, "Oslandia sent agents to kill dissidents in Westmark.", "ASSAULT") == "occurred"


def test_looking_forward_to_meeting_is_a_planned_meeting_of_the_one_who_looks_forward(nlp):
    actors = [("Ruiz", "CHL", "person"), ("Vale", "FJI", "person")]
    got = code(nlp, "Ruiz said on Monday that he looked forward to meeting Vale in Suva next month.", actors=actors)
    assert [(m.type, m.status) for m in got] == [("CONSULT", "planned")]
    # "looked into" is no plan, and a look forward to a mere topic makes no event
    assert code(nlp, "Ruiz looks forward to better ties.", actors=actors) == []


def test_someone_expected_somewhere_is_a_planned_visit_and_a_force_a_planned_deployment(nlp):
    actors = [("Ruiz", "CHL", "person"), ("Vale", "FJI", "person"), ("Chilean", "CHL", "country")]
    places = [("Suva", "FJI")]
    got = code(nlp, "Ruiz is expected in Suva next month for talks with Vale.", actors=actors, places=places)
    assert [(m.type, m.mode, m.status, m.source.country if m.source else None) for m in got][:1] == [("CONSULT", "visit", "planned", "CHL")]
    got = code(nlp, "About 300 Chilean troops are expected in Suva next month.", actors=actors, places=places)
    assert [(m.type, m.status) for m in got] == [("MOBILIZE", "planned")]
    # weather and decisions are expected somewhere too: no side, no event
    assert code(nlp, "Heavy rain is expected in Suva next month.", actors=actors, places=places) == []
