"""Session 15 dating conventions: a measured span ("two days after", "a week after") dates the clause it introduces,
from the time of the clause it hangs on, even when that clause has a time of its own; a bound ("less than two weeks
after") says no date. Made-up text with hand-given times, as tests/test_events.py gives them."""



from test_events import code, one

ACTORS = [("Ghana", "GHA", "country"), ("Nigeria", "NGA", "country"), ("Ghanaian", "GHA", "country"),
          ("Nigerian", "NGA", "country")]


def test_an_act_told_two_days_before_a_dated_visit_happened_two_days_before_it(nlp):
    text = "Ghana's president visited Nigeria on Thursday, two days after Nigeria's army attacked a Ghanaian border post."
    ms = code(nlp, text, "2024-06-21", actors=ACTORS, times=[("on Thursday", "2024-06-20")])
    assert one(ms, "CONSULT").date_value == "2024-06-20"
    m = one(ms, "ASSAULT")
    assert (m.date_value, m.date_from, m.date_to) == ("2024-06-18", "2024-06-18", "2024-06-18")


def test_a_week_after_counts_seven_days_back(nlp):
    text = ("Ghana and Nigeria signed a trade pact on Thursday. "
            "The pact comes a week after Ghana lifted tariffs on Nigerian goods.")
    ms = code(nlp, text, "2024-06-21", actors=ACTORS, times=[("on Thursday", "2024-06-20")])
    assert one(ms, "CONCEDE").date_value == "2024-06-13"


def test_a_bounded_span_gives_no_date_of_its_own(nlp):
    text = ("Ghana and Nigeria signed a trade pact on Thursday. "
            "The pact came less than two weeks after Nigeria accused Ghana of dumping rice.")
    ms = code(nlp, text, "2024-06-21", actors=ACTORS, times=[("on Thursday", "2024-06-20")])
    assert one(ms, "ACCUSE").date_value != "2024-06-06"


def test_the_event_s_own_time_still_wins_over_a_span(nlp):
    text = "Ghana's president visited Nigeria on Thursday, two days after Nigeria's army attacked a Ghanaian post on Tuesday."
    ms = code(nlp, text, "2024-06-21", actors=ACTORS, times=[("on Thursday", "2024-06-20"), ("on Tuesday", "2024-06-18")])
    assert one(ms, "ASSAULT").date_value == "2024-06-18"


def test_the_body_s_undated_acts_take_the_day_the_lead_names_when_no_dated_event_carries_it(nlp):
    text = ("ACCRA - Ghana's president on Saturday became the first leader to cross into the disputed zone.\n\n"
            "Afterward Ghana's president said Ghana had invited Nigeria's president to Accra.")
    ms = code(nlp, text, "2024-06-24", actors=ACTORS, times=[("on Saturday", "2024-06-22")])
    m = next(m for m in ms if m.sentence == 1)
    assert (m.status, m.date_value) == ("occurred", "2024-06-22")


def test_a_lead_day_long_before_the_report_is_history_not_the_news_day(nlp):
    text = ("ACCRA - Ghana's president on March 2 became the first leader to cross into the disputed zone.\n\n"
            "Afterward Ghana's president said Ghana had invited Nigeria's president to Accra.")
    ms = code(nlp, text, "2024-06-24", actors=ACTORS, times=[("on March 2", "2024-03-02")])
    m = next(m for m in ms if m.sentence == 1)
    assert m.date_value == "2024-06-24"


def test_a_planned_nominal_that_borrows_the_agreement_s_day_stays_planned(nlp):
    text = "Ghana's president said on Monday that Ghana and Nigeria had agreed that each side would resume negotiations."
    ms = code(nlp, text, "2024-06-26", actors=ACTORS, times=[("on Monday", "2024-06-24")])
    talks = [m for m in ms if m.type == "CONSULT"]
    assert talks and all(m.status == "planned" for m in talks), [(m.trigger, m.status, m.date_value) for m in ms]
