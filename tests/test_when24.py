"""Session 24 event places and dates (branch when24), on made-up text: a visitor who arrived somewhere, or began a
visit there, is still there on the days of the visit, so what the visitor and the host do on those days, told in
another sentence with no place of its own, happens there; a plan of the visit the text gives no day is on the days
of the visit."""

from test_events import code

ACTORS = [
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Oslandian", "NOR", "country"),
    ("Westmarkian", "SWE", "country"),
    ("Minister Berg", "NOR", "person"),
    ("President Lund", "SWE", "person"),
    ("Berg", "NOR", "person"),
    ("Lund", "SWE", "person"),
]


def _of(ms, type_):
    return [m for m in ms if m.type == type_]


def _seen(ms):
    return [(m.type, m.trigger, m.status, m.date_from, m.date_to, m.place.name if m.place else None) for m in ms]


def _talks(ms, trigger):
    found = [m for m in ms if m.type == "CONSULT" and trigger in m.trigger]
    assert found, _seen(ms)
    return found[0]


def test_talks_the_day_after_an_arrival_are_where_the_visitor_arrived(nlp):
    text = "Oslandian Minister Berg arrived in Vesterby on Thursday. He held talks with President Lund on Friday."
    ms = code(
        nlp,
        text,
        "2024-03-15",
        actors=ACTORS,
        times=[("on Thursday", "2024-03-14"), ("on Friday", "2024-03-15")],
        places=[("Vesterby", "SWE")],
    )
    m = _talks(ms, "held")
    assert m.place is not None and m.place.name == "Vesterby", _seen(ms)


def test_a_meeting_planned_the_day_after_the_arrival_is_where_the_visitor_is(nlp):
    text = "Oslandian Minister Berg arrived in Vesterby on Wednesday night. Berg is due to meet President Lund on Thursday."
    ms = code(
        nlp,
        text,
        "2024-03-13",
        actors=ACTORS,
        times=[("on Wednesday night", "2024-03-13TNI"), ("on Thursday", "2024-03-14")],
        places=[("Vesterby", "SWE")],
    )
    m = _talks(ms, "meet")
    assert m.status == "planned" and m.place is not None and m.place.name == "Vesterby", _seen(ms)


def test_the_told_length_of_the_visit_keeps_the_visitor_there(nlp):
    text = (
        "Oslandian Minister Berg arrived in Vesterby on Monday for a four-day visit. "
        "He held talks with President Lund on Wednesday."
    )
    ms = code(
        nlp,
        text,
        "2024-03-13",
        actors=ACTORS,
        times=[("on Monday", "2024-03-11"), ("on Wednesday", "2024-03-13")],
        places=[("Vesterby", "SWE")],
    )
    m = _talks(ms, "held")
    assert m.place is not None and m.place.name == "Vesterby", _seen(ms)


def test_talks_after_the_stay_are_not_placed_by_the_arrival(nlp):
    # no length told: the stay is the arrival's day and the morrow, not a week later
    text = "Oslandian Minister Berg arrived in Vesterby on Monday. He held talks with President Lund on Sunday."
    ms = code(
        nlp,
        text,
        "2024-03-17",
        actors=ACTORS,
        times=[("on Monday", "2024-03-11"), ("on Sunday", "2024-03-17")],
        places=[("Vesterby", "SWE")],
    )
    m = _talks(ms, "held")
    assert m.place is None or m.place.name != "Vesterby", _seen(ms)


def test_a_visit_recounted_as_history_places_no_later_talks(nlp):
    text = "Oslandian Minister Berg visited Vesterby in January. He held talks with President Lund on Friday."
    ms = code(
        nlp,
        text,
        "2024-03-15",
        actors=ACTORS,
        times=[("in January", "2024-01"), ("on Friday", "2024-03-15")],
        places=[("Vesterby", "SWE")],
    )
    m = _talks(ms, "held")
    assert m.place is None or m.place.name != "Vesterby", _seen(ms)


def test_two_places_of_one_stay_place_nothing(nlp):
    # an arrival at one city and a visit to the country's capital: the next day's meeting may be in either
    text = (
        "Oslandian Minister Berg arrived in Vesterby on Monday for a three-day visit to Westmark. "
        "Berg is visiting Westmark at the invitation of President Lund. "
        "Berg will meet President Lund on Tuesday."
    )
    ms = code(
        nlp,
        text,
        "2024-03-11",
        actors=ACTORS,
        times=[("on Monday", "2024-03-11"), ("on Tuesday", "2024-03-12")],
        places=[("Vesterby", "SWE"), ("Westmark", "SWE", "country")],
    )
    visits = {m.place.name for m in ms if m.mode == "visit" and m.place is not None}
    m = _talks(ms, "meet")
    if len(visits) > 1:
        assert m.place is None, _seen(ms)


def test_a_plan_of_the_visit_with_no_day_is_on_the_days_of_the_visit(nlp):
    text = (
        "Oslandian Minister Berg arrived in Vesterby on Friday on a two-day official visit.\n\n"
        "According to the Foreign Office, senior officials of the embassy received the minister at the airport.\n\n"
        "During the visit, Berg will have bilateral talks with President Lund."
    )
    ms = code(nlp, text, "2024-03-16", actors=ACTORS, times=[("on Friday", "2024-03-15")], places=[("Vesterby", "SWE")])
    m = _talks(ms, "talks")
    assert m.status == "planned", _seen(ms)
    assert (m.date_from, m.date_to) == ("2024-03-15", "2024-03-16"), _seen(ms)


def test_a_plan_with_a_day_of_its_own_keeps_it(nlp):
    text = (
        "Oslandian Minister Berg arrived in Vesterby on Friday on a two-day official visit.\n\n"
        "According to the Foreign Office, senior officials of the embassy received the minister at the airport.\n\n"
        "Berg will have talks with President Lund in May."
    )
    ms = code(
        nlp,
        text,
        "2024-03-16",
        actors=ACTORS,
        times=[("on Friday", "2024-03-15"), ("in May", "2024-05")],
        places=[("Vesterby", "SWE")],
    )
    m = _talks(ms, "talks")
    assert m.date_value == "2024-05" and (m.place is None or m.place.name != "Vesterby"), _seen(ms)


def test_an_undated_plan_not_put_during_the_visit_stays_undated(nlp):
    text = (
        "Oslandian Minister Berg arrived in Vesterby on Friday on a two-day official visit.\n\n"
        "According to the Foreign Office, senior officials of the embassy received the minister at the airport.\n\n"
        "Berg will have talks with President Lund to prepare upcoming contacts."
    )
    ms = code(nlp, text, "2024-03-16", actors=ACTORS, times=[("on Friday", "2024-03-15")], places=[("Vesterby", "SWE")])
    m = _talks(ms, "talks")
    assert m.date_from is None, _seen(ms)
