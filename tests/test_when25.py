"""Session 25 event places (branch when25), on made-up text: a place name set off by a comma after its kind noun ("in
the capital, Vesterby") is that noun's apposition however the parse hangs it."""

from coding import of_type as _of
from test_events import code

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
