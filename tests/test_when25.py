"""Session 25 event places (branch when25), on made-up text: a place name set off by a comma after its kind noun ("in
the capital, Vesterby") is that noun's apposition however the parse hangs it; datelines of other outlets' forms
("Vesterby - ", "Vesterby, WIRE - ", "VESTERBY\\n") are read when the places stage finds a city in them."""

from coding import of_type as _of
from test_events import code

from tidings.events.article import dateline_end

ACTORS = [
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Oslandian", "NOR", "country"),
    ("Westmarkian", "SWE", "country"),
    ("Minister Berg", "NOR", "person"),
    ("President Lund", "SWE", "person"),
]


def _seen(ms):
    return [(m.type, m.trigger, m.status, m.date_value, m.place.name if m.place else None) for m in ms]


# --- a name after "the capital," -----------------------------------------------------------------------------------


def test_a_name_after_the_capital_and_a_comma_places_the_meeting(nlp):
    text = "Oslandian Minister Berg met Westmarkian President Lund in the capital, Vesterby, on Tuesday."
    ms = code(
        nlp, text, "2024-03-13", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Vesterby", "SWE")]
    )
    (m,) = _of(ms, "CONSULT")
    assert m.place is not None and m.place.name == "Vesterby", _seen(ms)


def test_a_visit_to_the_port_city_comma_name_is_there(nlp):
    text = "Oslandian Minister Berg held talks with President Lund in the port city, Vesterby, on Tuesday."
    ms = code(
        nlp, text, "2024-03-13", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Vesterby", "SWE")]
    )
    (m,) = _of(ms, "CONSULT")
    assert m.place is not None and m.place.name == "Vesterby", _seen(ms)


def test_a_name_that_opens_the_next_clause_is_no_apposition(nlp):
    # negative: "in the region, Vesterby said": the name after the comma is the subject of the next clause
    text = "Oslandian jets struck Westmarkian positions in the region, Vesterby said on Tuesday."
    ms = code(
        nlp, text, "2024-03-13", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Vesterby", "SWE")]
    )
    assert all(m.place is None or m.place.name != "Vesterby" for m in _of(ms, "ASSAULT")), _seen(ms)


# --- datelines of other outlets' forms -----------------------------------------------------------------------------


def test_other_dateline_forms_are_read():
    assert dateline_end("Vesterby - Minister Berg met President Lund on Tuesday.") == len("Vesterby - ")
    assert dateline_end("Vesterby, WIRE \u2013 Minister Berg met President Lund.") == len("Vesterby, WIRE \u2013 ")
    assert dateline_end("VESTERBY. WIREPRESS Minister Berg met President Lund.") == len("VESTERBY. WIREPRESS ")
    assert dateline_end("VESTERBY, Westmark\nMinister Berg met President Lund.") == len("VESTERBY, Westmark\n")
    assert dateline_end("May 13, 2022 (VESTERBY) \u2013 Minister Berg met President Lund.") == len(
        "May 13, 2022 (VESTERBY) \u2013 "
    )


def test_a_title_case_dateline_places_the_meeting_it_reports(nlp):
    text = "Vesterby - Oslandian Minister Berg met Westmarkian President Lund on Tuesday."
    ms = code(
        nlp, text, "2024-03-13", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Vesterby", "SWE")]
    )
    (m,) = _of(ms, "CONSULT")
    assert m.place is not None and m.place.name == "Vesterby", _seen(ms)


def test_a_headline_naming_a_country_before_a_dash_is_no_dateline(nlp):
    # negative: "Westmark - Oslandia talks resume": the form of a dateline, but no city in it
    text = "Westmark - Oslandia talks resume\nOslandian Minister Berg met Westmarkian President Lund on Tuesday."
    ms = code(
        nlp,
        text,
        "2024-03-13",
        actors=ACTORS,
        times=[("on Tuesday", "2024-03-12")],
        places=[("Westmark", "SWE", "country")],
    )
    assert all(m.place is None or m.place.name != "Westmark" for m in _of(ms, "CONSULT")), _seen(ms)
