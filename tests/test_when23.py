"""Session 23 event dates and places (branch when23), on made-up text: a time that belongs to the cause or content
of an act (a noun inside "for ...", "over ...", "in protest at ...", "in the aftermath of ...", or a past year hung on
an act told in the present or present perfect) is not the act's time; a missile launch is placed where it was fired
from."""

from coding import FICTION as ACTORS
from coding import of_type as _of
from test_events import code


def _seen(ms):
    return [(m.type, m.trigger, m.status, m.date_value, m.date_source, m.place.name if m.place else None) for m in ms]


# --- the time of a cause is not the act's --------------------------------------------------------------------------


def test_the_time_of_a_brawl_in_the_aftermath_clause_is_the_brawls(nlp):
    text = "Oslandia has summoned the Westmarkian ambassador in the aftermath of last week's brawl in Tromso."
    ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("last week", "2024-W10")], places=[("Tromso", "NOR")])
    (m,) = _of(ms, "ACCUSE")
    assert m.date_value != "2024-W10", _seen(ms)


def test_the_time_of_a_strike_the_act_answers_is_the_strikes(nlp):
    text = "Westmark recalled its ambassador to Oslandia in retaliation for Friday's raid on a border post."
    ms = code(nlp, text, "2024-03-18", actors=ACTORS, times=[("Friday", "2024-03-15")])
    made = [m for m in ms if m.source is not None and m.source.country == "SWE"]
    assert made and all(m.date_value != "2024-03-15" for m in made), _seen(ms)


def test_the_acts_own_time_stays_beside_a_cause(nlp):
    # negative: the act's own time is kept; only the cause's time goes to the cause
    text = "Oslandia on Monday imposed sanctions on Westmark over last week's raid on a border post."
    ms = code(nlp, text, "2024-03-19", actors=ACTORS, times=[("on Monday", "2024-03-18"), ("last week", "2024-W11")])
    (m,) = [m for m in _of(ms, "SANCTION") if m.source.country == "NOR"]
    assert m.date_value == "2024-03-18", _seen(ms)


def test_a_past_year_hung_on_a_present_act_is_not_its_time(nlp):
    text = "Oslandian authorities suspect Westmark of involvement in the explosion at a depot in Tromso in 2014."
    ms = code(nlp, text, "2021-04-17", actors=ACTORS, times=[("2014", "2014")], places=[("Tromso", "NOR")])
    (m,) = _of(ms, "ACCUSE")
    assert m.date_value != "2014", _seen(ms)


def test_a_past_year_after_since_stays(nlp):
    # negative: "has not visited ... since 2019" reaches back to the year
    text = "An Oslandian minister has not visited Westmark since 2019."
    ms = code(nlp, text, "2023-05-11", actors=ACTORS, times=[("since 2019", "2019")])
    assert all(m.date_value == "2019" for m in _of(ms, "CONSULT")), _seen(ms)


def test_a_past_year_on_a_past_act_stays(nlp):
    # negative: a past-tense act may well be in a past year
    text = "Oslandia accused Westmark of espionage in 2014."
    ms = code(nlp, text, "2021-04-17", actors=ACTORS, times=[("2014", "2014")])
    (m,) = _of(ms, "ACCUSE")
    assert m.date_value == "2014", _seen(ms)


# --- a launch is placed where it was fired from --------------------------------------------------------------------


def test_a_missile_fired_from_a_city_is_placed_there(nlp):
    text = "Oslandia fired a ballistic missile eastward from the vicinity of Tromso on Sunday, Westmark said."
    ms = code(nlp, text, "2024-03-18", actors=ACTORS, times=[("on Sunday", "2024-03-17")], places=[("Tromso", "NOR")])
    launches = [m for m in ms if m.type in ("MOBILIZE", "THREATEN") and m.source.country == "NOR"]
    assert launches and all(m.place is not None and m.place.name == "Tromso" for m in launches), _seen(ms)


def test_a_launch_prefers_the_city_to_the_country(nlp):
    text = "Oslandia launched a missile from its capital, Tromso, into the sea."
    ms = code(nlp, text, "2024-03-18", actors=ACTORS, places=[("Tromso", "NOR"), ("Oslandia", "NOR", "country")])
    launches = [m for m in ms if m.type in ("MOBILIZE", "THREATEN")]
    assert launches and launches[0].place is not None and launches[0].place.name == "Tromso", _seen(ms)


def test_a_from_phrase_of_another_verb_places_no_launch(nlp):
    # negative: "from" under another clause's verb is not where the missile was fired from
    text = "Oslandia fired a missile on Sunday after its envoy returned from Tromso."
    ms = code(nlp, text, "2024-03-18", actors=ACTORS, times=[("on Sunday", "2024-03-17")], places=[("Tromso", "NOR")])
    launches = [m for m in ms if m.type in ("MOBILIZE", "THREATEN")]
    assert all(m.place is None or m.place.name != "Tromso" for m in launches), _seen(ms)
