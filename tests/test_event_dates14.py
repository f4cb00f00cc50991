"""Session 14 dating conventions: what happened happened by the report, and an act done during (or at) a dated
event happened then. Made-up text with hand-given times, as tests/test_events.py gives them."""



from test_events import code, one


def test_an_event_that_happened_this_week_lies_between_the_week_s_start_and_the_report(nlp):
    text = "Nigeria's president has arrived in Ghana this week for talks."
    ms = code(nlp, text, "2022-02-02", actors=[("Nigeria", "NGA", "country"), ("Ghana", "GHA", "country")],
              times=[("this week", "2022-W05")])
    m = one(ms, "CONSULT")
    assert (m.status, m.date_value, m.date_precision) == ("occurred", "2022-W05", "week")
    assert (m.date_from, m.date_to) == ("2022-01-31", "2022-02-02")


def test_an_event_that_happened_this_month_ends_by_the_report_and_a_plan_still_starts_after_it(nlp):
    text = ("Nigeria's foreign minister visited Ghana this month. "
            "Nigeria's president will travel to Ghana later this month.")
    ms = code(nlp, text, "2022-02-10", actors=[("Nigeria", "NGA", "country"), ("Ghana", "GHA", "country")],
              times=[("this month", "2022-02"), ("later this month", "2022-02")])
    done = next(m for m in ms if m.type == "CONSULT" and m.status == "occurred")
    plan = next(m for m in ms if m.type == "CONSULT" and m.status == "planned")
    assert (done.date_value, done.date_from, done.date_to) == ("2022-02", "2022-02-01", "2022-02-10")
    assert (plan.date_from, plan.date_to) == ("2022-02-11", "2022-02-28")


def test_an_act_during_a_dated_meeting_happened_then(nlp):
    text = ("During the meeting between the two leaders in November, Okafor and Mensah reached an agreement "
            "on curbing smuggling.")
    ms = code(nlp, text, "2024-04-02", actors=[("Okafor", "NGA", "person"), ("Mensah", "GHA", "person")],
              times=[("in November", "2023-11")])
    m = one(ms, "AGREE")
    assert (m.date_value, m.date_precision) == ("2023-11", "month")


def test_the_incident_dated_later_dates_the_reported_act_not_the_day_it_was_said(nlp):
    text = ("Ghana's president said on Monday that Nigeria's envoy was summoned after the Nigerian coast guard "
            "fired water cannon at Ghanaian boats.\n\n"
            "Ghana's foreign minister met the envoy to lodge a protest over the incident that took place on Saturday.")
    ms = code(nlp, text, "2023-08-07", actors=[("Nigeria", "NGA", "country"), ("Ghana", "GHA", "country"),
                                               ("Nigerian", "NGA", "country"), ("Ghanaian", "GHA", "country")],
              times=[("on Monday", "2023-08-07"), ("on Saturday", "2023-08-05")])
    assert one(ms, "ASSAULT").date_value == "2023-08-05"
    # the protest and the summons are Monday's news
    assert {m.date_value for m in ms if m.type == "ACCUSE"} == {"2023-08-07"}


def test_a_possessive_day_dates_the_incident_but_an_act_with_its_own_day_keeps_it(nlp):
    actors = [("Ghana", "GHA", "country"), ("Nigerian", "NGA", "country"), ("Ghanaian", "GHA", "country")]
    text = "Ghana said on Monday that the Nigerian coast guard fired water cannon at Ghanaian boats.\n\nSaturday's incident was the first since 2021."
    ms = code(nlp, text, "2023-08-07", actors=actors,
              times=[("on Monday", "2023-08-07"), ("Saturday's", "2023-08-05"), ("2021", "2021")])
    assert one(ms, "ASSAULT").date_value == "2023-08-05"
    text = ("Ghana said on Monday that the Nigerian coast guard fired water cannon at Ghanaian boats on Monday morning."
            "\n\nThe incident on Saturday was different.")
    ms = code(nlp, text, "2023-08-07", actors=actors,
              times=[("on Monday", "2023-08-07"), ("on Monday morning", "2023-08-07"), ("on Saturday", "2023-08-05")])
    assert one(ms, "ASSAULT").date_value == "2023-08-07"
