"""Session 22 event places (branch where22), on made-up text: a meeting brought to its end ("concluded their
meeting in X", "wrapped up talks") took place there, and a meeting told with no place is held where a meeting noun
of the same or the next or previous sentence places a meeting of that time."""

from test_events import code

ACTORS = [
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Oslandian", "NOR", "country"),
    ("Westmarkian", "SWE", "country"),
    ("Kordavia", "FIN", "country"),
]


def _of(ms, type_):
    return [m for m in ms if m.type == type_]


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
