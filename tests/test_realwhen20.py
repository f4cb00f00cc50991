"""Session 20 dates and places on real news (branch realwhen20), on made-up text with hand-given actors, times and
places: a plan set for a stretch to come ("in the coming weeks", "within the next three months") lies between the day
after the report and the stretch's end; what happened "earlier this week" happened before the report's day; a guest
welcomed to a city was met there."""

from coding import FICTION as ACTORS
from coding import of_type as _of
from test_events import code


def _seen(ms):
    return [(m.type, m.trigger, m.status, m.date_value, m.date_from, m.date_to, m.place) for m in ms]


def test_a_visit_in_the_coming_weeks_is_a_window_of_seven_weeks(nlp):
    text = "The Oslandian foreign minister will visit Westmark in the coming weeks, a spokesman said."
    ms = code(nlp, text, "2024-03-11", actors=ACTORS)
    (m,) = _of(ms, "CONSULT")
    assert m.status == "planned", _seen(ms)
    assert (m.date_from, m.date_to) == ("2024-03-12", "2024-04-29"), _seen(ms)


def test_a_meeting_agreed_within_the_next_three_months(nlp):
    # the phrase hangs on "agreed", the verb the plan completes
    text = "Oslandia and Westmark agreed to meet again, within the next three months or at another time."
    ms = code(nlp, text, "2024-03-11", actors=ACTORS)
    plans = [m for m in _of(ms, "CONSULT") if m.status == "planned"]
    assert plans and (plans[0].date_from, plans[0].date_to) == ("2024-03-12", "2024-06-09"), _seen(ms)
    # the agreement itself happened: no window to come
    assert all(m.date_from != "2024-03-12" for m in _of(ms, "AGREE")), _seen(ms)


def test_a_plan_with_its_own_day_keeps_it(nlp):
    text = "The Oslandian foreign minister will visit Westmark on Thursday, in the coming weeks' first trip."
    ms = code(nlp, text, "2024-03-11", actors=ACTORS, times=[("on Thursday", "2024-03-14")])
    (m,) = _of(ms, "CONSULT")
    assert m.date_value == "2024-03-14", _seen(ms)


def test_what_happened_earlier_this_week_ends_before_the_report(nlp):
    text = "Earlier this week, Oslandia summoned the Westmarkian ambassador to protest the arrests."
    ms = code(nlp, text, "2024-03-16", actors=ACTORS, times=[("Earlier this week", "2024-W11")])
    m = _of(ms, "ACCUSE")[0]
    assert (m.date_from, m.date_to) == ("2024-03-11", "2024-03-15"), _seen(ms)


def test_this_week_without_earlier_still_reaches_the_report(nlp):
    text = "This week, Oslandia summoned the Westmarkian ambassador to protest the arrests."
    ms = code(nlp, text, "2024-03-16", actors=ACTORS, times=[("This week", "2024-W11")])
    m = _of(ms, "ACCUSE")[0]
    assert (m.date_from, m.date_to) == ("2024-03-11", "2024-03-16"), _seen(ms)


def test_a_guest_welcomed_to_a_city_is_met_there(nlp):
    text = "The Oslandian president welcomed his Westmarkian counterpart to Nordby on Tuesday for talks."
    ms = code(nlp, text, "2024-03-14", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Nordby", "NOR")])
    (m,) = _of(ms, "CONSULT")
    assert m.place is not None and m.place.name == "Nordby", _seen(ms)


def test_a_decision_welcomed_is_not_placed_where_it_leads(nlp):
    # "welcomed X's return to <place>" is a stance (SUPPORT), no meeting at that place
    text = "Oslandia welcomed Westmark's decision to return its envoy to Nordby."
    ms = code(nlp, text, "2024-03-14", actors=ACTORS, places=[("Nordby", "SWE")])
    assert not any(m.place is not None and m.place.name == "Nordby" for m in _of(ms, "CONSULT")), _seen(ms)


def test_a_present_act_is_not_in_the_past_year_naming_its_object(nlp):
    text = "Oslandia cannot accept the 2015 agreement, its foreign minister told Westmark on Monday."
    ms = code(nlp, text, "2017-06-22", actors=ACTORS, times=[("2015", "2015"), ("on Monday", "2017-06-19")])
    m = _of(ms, "REJECT")[0]
    assert m.date_value != "2015", _seen(ms)


def test_a_past_act_keeps_the_year_of_its_object(nlp):
    text = "Oslandia signed the 2015 agreement with Westmark."
    ms = code(nlp, text, "2017-06-22", actors=ACTORS, times=[("2015", "2015")])
    m = _of(ms, "AGREE")[0]
    assert m.date_value == "2015", _seen(ms)


def test_a_future_act_keeps_a_year_still_to_come(nlp):
    text = "Oslandia will host the 2026 summit with Westmark."
    ms = code(nlp, text, "2024-06-22", actors=ACTORS, times=[("2026", "2026")])
    assert all(m.date_value == "2026" for m in _of(ms, "CONSULT")), _seen(ms)


def _timex(text, day, expr):
    import datetime as dt

    from tidings.timex import extract

    i = text.index(expr)
    hits = [t for t in extract(text, dt.date.fromisoformat(day)) if t.start < i + len(expr) and t.end > i]
    return hits[0].value if hits else None


def test_a_sentence_opening_in_may_names_the_month(nlp):
    text = "The talks were cordial.\n\nIn May, Oslandia closed its border with Westmark."
    assert _timex(text, "2017-07-24", "May") == "2017-05"


def test_a_name_ending_in_may_is_still_a_name(nlp):
    text = "The ship Amina May 2 was stopped. The Amina May then sailed home."
    assert _timex(text, "2017-07-24", "Amina May then") is None


def test_a_datelines_day_is_the_filing_day_after_an_old_caption(nlp):
    text = (
        "A patrol boat near the islands, in a photo taken August 8, 2013. — file pic\n\n"
        "NORDBY, July 24 — Oslandian jets intercepted a Westmarkian plane over the weekend."
    )
    assert _timex(text, "2017-07-24", "July 24") == "2017-07-24"


def test_a_story_in_a_past_year_still_moves_on_without_a_dateline(nlp):
    # a paragraph that recounts 2013 carries a bare day into 2013's sequel (the narrative rule stays)
    text = "On August 8, 2013, Oslandia closed its border.\nOn September 2, it reopened the crossing."
    assert _timex(text, "2017-07-24", "September 2") == "2013-09-02"


def test_a_meeting_due_after_an_arrival_is_where_the_guest_arrived(nlp):
    text = "The Oslandian president arrived in Nordby on Monday and was due to meet Westmark's leader on Tuesday."
    ms = code(
        nlp,
        text,
        "2024-03-11",
        actors=ACTORS,
        times=[("on Monday", "2024-03-11"), ("on Tuesday", "2024-03-12")],
        places=[("Nordby", "SWE")],
    )
    plans = [m for m in _of(ms, "CONSULT") if m.status == "planned"]
    assert plans and plans[0].place is not None and plans[0].place.name == "Nordby", _seen(ms)


def test_a_meeting_due_in_the_next_sentence_keeps_its_own_place(nlp):
    text = "The Oslandian president arrived in Nordby on Monday. Oslandia's foreign minister was due to meet Westmark's leader in Sudby in May."
    ms = code(
        nlp,
        text,
        "2024-03-11",
        actors=ACTORS,
        times=[("on Monday", "2024-03-11"), ("in May", "2024-05")],
        places=[("Nordby", "SWE"), ("Sudby", "SWE")],
    )
    plans = [m for m in _of(ms, "CONSULT") if m.status == "planned"]
    assert plans and plans[0].place is not None and plans[0].place.name == "Sudby", _seen(ms)
