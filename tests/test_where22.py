"""Session 22 event places (branch where22), on made-up text: a meeting brought to its end ("concluded their
meeting in X", "wrapped up talks") took place there, and a meeting told with no place is held where a meeting noun
of the same or the next or previous sentence places a meeting of that time."""

from coding import of_type as _of
from test_events import code

ACTORS = [
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Oslandian", "NOR", "country"),
    ("Westmarkian", "SWE", "country"),
    ("Kordavia", "FIN", "country"),
]


def _seen(ms):
    return [(m.type, m.trigger, m.status, m.date_value, m.place.name if m.place else None) for m in ms]


# --- a meeting brought to its end ----------------------------------------------------------------------------------


def test_a_meeting_concluded_somewhere_took_place_there(nlp):
    text = "Delegations of Oslandia and Westmark concluded their meeting in Tromso on Friday."
    ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Friday", "2024-03-15")], places=[("Tromso", "NOR")])
    (m,) = _of(ms, "CONSULT")
    assert (m.status, m.date_value, m.place.name if m.place else None) == ("occurred", "2024-03-15", "Tromso"), _seen(
        ms
    )


def test_talks_wrapped_up_and_a_visit_completed_took_place(nlp):
    text = "Ministers of Oslandia and Westmark wrapped up a two-day meeting in Tromso on Friday."
    ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Friday", "2024-03-15")], places=[("Tromso", "NOR")])
    assert any(m.place is not None and m.place.name == "Tromso" for m in _of(ms, "CONSULT")), _seen(ms)
    text = "The Oslandian president completed a three-day state visit to Westmark on Friday."
    ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Friday", "2024-03-15")])
    assert [m.status for m in _of(ms, "CONSULT")] == ["occurred"], _seen(ms)


def test_a_concluded_deal_is_no_meeting(nlp):
    # negative: concluding an agreement is the agreement, not a meeting
    text = "Oslandia and Westmark concluded a trade deal on Friday."
    ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Friday", "2024-03-15")])
    assert _of(ms, "AGREE") and not _of(ms, "CONSULT"), _seen(ms)


# --- the venue told near -------------------------------------------------------------------------------------------


def test_talks_placed_by_the_negotiations_that_concluded_there(nlp):
    text = (
        "Oslandian officials said on Sunday they reached a deal with Westmark, describing progress in talks with "
        "Westmarkian officials as two days of negotiations concluded in Tromso."
    )
    ms = code(nlp, text, "2024-03-17", actors=ACTORS, times=[("on Sunday", "2024-03-17")], places=[("Tromso", "NOR")])
    talks = _of(ms, "CONSULT")
    assert talks and all(m.place is not None and m.place.name == "Tromso" for m in talks), _seen(ms)
    (deal,) = _of(ms, "AGREE")
    assert deal.place is not None and deal.place.name == "Tromso", _seen(ms)  # an act of that meeting (scene rule)


def test_a_summit_placed_by_the_meetings_of_the_sentence_before(nlp):
    text = (
        "The signing followed a series of meetings at a luxury Tromso resort. "
        "The Oslandian president and his Westmarkian counterpart held a summit on Tuesday."
    )
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Tromso", "NOR")])
    (m,) = _of(ms, "CONSULT")
    assert m.place is not None and m.place.name == "Tromso", _seen(ms)


def test_a_meeting_of_another_time_or_other_sides_places_nothing(nlp):
    # negative: the last talks, in another year, were elsewhere
    text = (
        "The Oslandian president and his Westmarkian counterpart held a summit on Tuesday. "
        "Talks were held in Tromso in March 2019."
    )
    ms = code(
        nlp,
        text,
        "2024-03-12",
        actors=ACTORS,
        times=[("on Tuesday", "2024-03-12"), ("in March 2019", "2019-03")],
        places=[("Tromso", "NOR")],
    )
    summit = [m for m in _of(ms, "CONSULT") if m.date_value == "2024-03-12"]
    assert summit and all(m.place is None for m in summit), _seen(ms)
    # negative: a meeting with a third side in the next sentence is another meeting
    text = (
        "The Oslandian president and his Westmarkian counterpart held a summit on Tuesday. "
        "Talks with Kordavia were held in Tromso."
    )
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Tromso", "NOR")])
    summit = [m for m in _of(ms, "CONSULT") if "FIN" not in (m.source.country, m.target and m.target.country)]
    assert summit and all(m.place is None for m in summit), _seen(ms)


def test_a_meeting_to_come_places_no_meeting_held(nlp):
    # negative: what lies ahead is another meeting
    text = (
        "The Oslandian president and his Westmarkian counterpart held a summit on Tuesday. "
        "They will hold further talks in Tromso."
    )
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Tuesday", "2024-03-12")], places=[("Tromso", "NOR")])
    held = [m for m in _of(ms, "CONSULT") if m.status == "occurred"]
    assert held and all(m.place is None for m in held), _seen(ms)


# --- a capital's printed name --------------------------------------------------------------------------------------


def test_a_capital_keeps_the_name_printed_after_it(nlp):
    text = "Oslandia and Westmark met in Oslandia's capital, Tromsvik, on Tuesday."
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Tuesday", "2024-03-12")])
    (m,) = _of(ms, "CONSULT")
    assert m.place is not None and m.place.name == "Oslo" and m.place.text == "Oslandia's capital, Tromsvik", _seen(ms)


def test_a_capital_with_no_name_printed_is_only_the_capital(nlp):
    # negative: no name follows the noun
    text = "Oslandia and Westmark met in Oslandia's capital on Tuesday."
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Tuesday", "2024-03-12")])
    (m,) = _of(ms, "CONSULT")
    assert m.place is not None and m.place.name == "Oslo" and m.place.text == "Oslandia's capital", _seen(ms)


# --- the first ... since YEAR --------------------------------------------------------------------------------------


def test_the_first_visit_since_a_year_is_not_in_that_year(nlp):
    text = "The Oslandian president made his first visit to Westmark since 2015 on Monday."
    ms = code(nlp, text, "2024-03-13", actors=ACTORS, times=[("since 2015", "2015"), ("on Monday", "2024-03-11")])
    visits = [m for m in _of(ms, "CONSULT") if not m.implied]
    assert visits and all(m.date_value == "2024-03-11" for m in visits), _seen(ms)
    text = "The Oslandian president visits Westmark for the first time since 2015."
    ms = code(nlp, text, "2024-03-13", actors=ACTORS, times=[("since 2015", "2015")])
    visits = [m for m in _of(ms, "CONSULT") if not m.implied]
    assert visits and all(m.date_value != "2015" for m in visits), _seen(ms)


def test_a_state_since_a_day_still_began_then(nlp):
    # negative: with no "first", a state that has lasted since a dated happening is dated by it
    text = "Oslandian warships have blockaded Westmark's ports since the invasion on Feb. 24, 2022."
    ms = code(nlp, text, "2024-03-13", actors=ACTORS, times=[("Feb. 24, 2022", "2022-02-24")])
    assert [m.date_value for m in _of(ms, "COERCE")] == ["2022-02-24"], _seen(ms)


def test_an_agreement_placed_by_the_meeting_it_was_reached_at(nlp):
    text = (
        "The leaders of Oslandia and Westmark agreed to a joint statement of commitment to a security treaty between "
        "the two countries at a meeting in Tromso on Thursday."
    )
    ms = code(nlp, text, "2024-03-14", actors=ACTORS, times=[("on Thursday", "2024-03-14")], places=[("Tromso", "NOR")])
    deals = _of(ms, "AGREE")
    assert deals and all(m.place is not None and m.place.name == "Tromso" for m in deals), _seen(ms)


def test_a_definite_summit_further_on_places_the_meeting(nlp):
    text = (
        "The Oslandian president and his Westmarkian counterpart sat down to dinner on Thursday. "
        "Both had said they wanted a friendship. "
        "The summit at a seaside resort in Tromso got off to a cordial start."
    )
    ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Thursday", "2024-03-14")], places=[("Tromso", "NOR")])
    dinner = [m for m in _of(ms, "CONSULT") if m.date_value == "2024-03-14"]
    assert dinner and all(m.place is not None and m.place.name == "Tromso" for m in dinner), _seen(ms)


def test_an_indefinite_meeting_further_on_places_nothing(nlp):
    # negative: two sentences away, a meeting with no article may be any meeting
    text = (
        "The Oslandian president and his Westmarkian counterpart sat down to dinner on Thursday. "
        "Both had said they wanted a friendship. "
        "Meetings at a seaside resort in Tromso are common."
    )
    ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Thursday", "2024-03-14")], places=[("Tromso", "NOR")])
    dinner = [m for m in _of(ms, "CONSULT") if m.date_value == "2024-03-14"]
    assert dinner and all(m.place is None for m in dinner), _seen(ms)
