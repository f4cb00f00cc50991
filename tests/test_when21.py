"""Session 21 event dates and places (branch when21), on made-up text: a small town's dateline qualified by its
state or country, a venue the parser runs into its town, "UNITED NATIONS" as a dateline, talks that "got under way"
somewhere, a place an arrival verb takes as its object, and a put-off visit dated by when it was to start."""

from coding import FICTION as ACTORS
from coding import of_type as _of
from test_events import code

from tidings.places import geocode


def _places(nlp, text):
    return {p.text: p for p in geocode(nlp(text))}


def _seen(ms):
    return [(m.type, m.trigger, m.status, m.date_value, m.place.name if m.place else None) for m in ms]


# --- places stage --------------------------------------------------------------------------------------------------


def test_a_small_town_dateline_with_its_state_is_the_town(nlp):
    ps = _places(nlp, "RANCHO MIRAGE, Calif. — The two presidents met on Friday at a desert estate.")
    assert ps["RANCHO MIRAGE"].name == "Rancho Mirage" and ps["RANCHO MIRAGE"].admin1 == "California"


def test_a_dateline_town_needs_a_qualifier_it_lies_in():
    from tidings.places.mentions import _qualified_town

    assert _qualified_town("WOODSIDE", ", Calif. — The two presidents met.")
    # negative: no qualifier (many towns share the name), or one the town does not lie in
    assert not _qualified_town("WOODSIDE", " — The two presidents met.")
    assert not _qualified_town("KENNEBUNKPORT", ", Calif. — The two presidents met.")


def test_a_venue_run_into_its_town_is_split(nlp):
    ps = _places(nlp, "The two leaders met at the Great Hall of the People in Beijing on Thursday.")
    assert ps["Beijing"].country == "CHN"
    assert any(p.name == "Great Hall of the People" for p in ps.values())


# --- event places --------------------------------------------------------------------------------------------------


def test_talks_that_got_under_way_somewhere_were_held_there(nlp):
    text = "Talks between Oslandia and Westmark got under way on Tuesday at a hotel in Tromso."
    ms = code(nlp, text, "2024-03-13", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Tromso", "NOR")])
    (m,) = _of(ms, "CONSULT")
    assert m.place is not None and m.place.name == "Tromso", _seen(ms)


def test_a_place_in_a_clause_after_got_under_way_is_not_the_talks(nlp):
    # negative: a place inside a later clause names where something else happened
    text = "Talks between Oslandia and Westmark got under way on Tuesday as fighting raged in Tromso."
    ms = code(nlp, text, "2024-03-13", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Tromso", "NOR")])
    assert all(m.place is None or m.place.name != "Tromso" for m in _of(ms, "CONSULT")), _seen(ms)


def test_aid_that_reached_a_country_was_delivered_there(nlp):
    text = "A ship carrying 2,000 tons of humanitarian aid from Oslandia reached Westmark on Monday."
    ms = code(
        nlp,
        text,
        "2024-03-13",
        actors=ACTORS,
        times=[("on Monday", "2024-03-11")],
        places=[("Westmark", "SWE", "country")],
    )
    aid = _of(ms, "AID")
    assert aid and aid[0].place is not None and aid[0].place.name == "Westmark", _seen(ms)


def test_an_un_dateline_places_the_assemblys_vote_at_the_seat(nlp):
    text = (
        "UNITED NATIONS (Wire) — The U.N. General Assembly voted on Thursday to condemn Oslandia's blockade "
        "of Westmark."
    )
    ms = code(
        nlp,
        text,
        "2024-03-14",
        actors=ACTORS + [("U.N. General Assembly", "UNO", "igo")],
        times=[("on Thursday", "2024-03-14")],
    )
    acc = [m for m in _of(ms, "ACCUSE") if m.source is not None and m.source.country == "UNO"]
    assert acc and acc[0].place is not None and acc[0].place.name == "United Nations Headquarters", _seen(ms)
    assert acc[0].place.country == "USA"


def test_united_nations_in_running_text_is_no_dateline(nlp):
    # negative: the body's "the United Nations" names the organisation, not a place
    text = "Oslandia's envoy told the United Nations on Thursday that Westmark had shelled the border."
    ms = code(nlp, text, "2024-03-14", actors=ACTORS, times=[("on Thursday", "2024-03-14")])
    assert all(m.place is None or m.place.name != "United Nations Headquarters" for m in ms), _seen(ms)


# --- event dates ---------------------------------------------------------------------------------------------------


def test_a_put_off_visit_is_dated_when_it_was_to_start(nlp):
    text = "The Oslandian foreign minister postponed a visit to Westmark that had been expected to start on Friday."
    ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Friday", "2024-03-15")])
    visits = [m for m in _of(ms, "CONSULT") if m.status == "negated"]
    assert visits and visits[0].date_value == "2024-03-15", _seen(ms)


def test_a_visit_that_began_is_not_dated_as_scheduled(nlp):
    # negative: an occurred visit keeps the rules it had ("a visit that began on Friday" is the onset rule's)
    text = "The Oslandian foreign minister praised a visit to Westmark that had been expected to draw crowds."
    ms = code(nlp, text, "2024-03-15", actors=ACTORS)
    assert all(m.date_value != "2024-03-15" or m.date_source != "timex" for m in _of(ms, "CONSULT")), _seen(ms)


def test_a_visited_country_takes_the_city_told_next(nlp):
    text = (
        "The Oslandian king visited Westmark on Monday for the first time in a decade. He was greeted at the "
        "airport by the Westmarkian crown prince in the port city of Bergsby."
    )
    ms = code(
        nlp,
        text,
        "2024-03-12",
        actors=ACTORS,
        times=[("on Monday", "2024-03-11")],
        places=[("Westmark", "SWE", "country"), ("Bergsby", "SWE")],
    )
    visits = [m for m in _of(ms, "CONSULT") if m.trigger.startswith("visited")]
    assert visits and visits[0].place is not None and visits[0].place.name == "Bergsby", _seen(ms)


def test_a_visited_country_keeps_its_capital_when_the_city_told_next_is_elsewhere(nlp):
    # negative: a city of another country named next is no part of the visit
    text = (
        "The Oslandian king visited Westmark on Monday for the first time in a decade. He was greeted at the "
        "airport by the Westmarkian crown prince before flying on to Tromso."
    )
    ms = code(
        nlp,
        text,
        "2024-03-12",
        actors=ACTORS,
        times=[("on Monday", "2024-03-11")],
        places=[("Westmark", "SWE", "country"), ("Tromso", "NOR")],
    )
    visits = [m for m in _of(ms, "CONSULT") if m.trigger.startswith("visited")]
    assert visits and visits[0].place is not None and visits[0].place.name == "Stockholm", _seen(ms)
