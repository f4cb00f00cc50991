"""Session 28 dating conventions (branch dates28), on made-up text with hand-given times: a date the parser hangs
on the act that a ban kept from happening ("banned Smith from entering the country on Monday") is the ban's."""

from test_events import code

ACTORS = [
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
    ("Oslandian", "NOR", "country"),
    ("Smith", "NOR", "person"),
]


def _seen(ms):
    return [(m.type, m.trigger, m.status, m.date_value, m.date_source) for m in ms]


def test_a_date_on_the_barred_act_dates_the_ban(nlp):
    text = "Westmark banned Smith from entering the country on Monday."
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Monday", "2024-03-11")])
    got = [(m.type, m.date_value) for m in ms if m.trigger.startswith("banned")]
    assert got == [("COERCE", "2024-03-11")], _seen(ms)


def test_a_date_after_publication_on_the_barred_act_is_when_the_ban_takes_effect(nlp):
    # "banned them from entering come Monday": the ban starts then; the order was not given on that day
    text = "Westmark banned Smith from entering the country from next Monday."
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("from next Monday", "2024-03-18")])
    got = [m.date_value for m in ms if m.trigger.startswith("banned")]
    assert got and "2024-03-18" not in got, _seen(ms)


def test_a_year_naming_a_thing_in_the_clause_above_does_not_date_an_act_hanging_on_it(nlp):
    # the parser hangs "accusing" on "violated", whose only time is the year that names the convention
    text = (
        "Oslandia’s foreign ministry responded with “disgust” to allegations that it violated the 1948 Genocide "
        "Convention, which was drafted in the wake of the war, accusing Westmark of “blood libel” and calling on "
        "the court to reject the case."
    )
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("1948", "1948")])
    got = [(m.type, m.date_value) for m in ms if m.type in ("ACCUSE", "REQUEST")]
    assert got and all(d != "1948" for _, d in got), _seen(ms)


def test_a_year_naming_the_deal_still_dates_its_signing_and_what_hangs_on_it(nlp):
    text = "Oslandia signed the 2015 nuclear deal with Westmark."
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("2015", "2015")])
    assert [(m.type, m.date_value) for m in ms] == [("AGREE", "2015")], _seen(ms)


def test_the_next_sentence_saying_when_the_ceremony_took_place_dates_the_signing(nlp):
    text = "Oslandia and Westmark signed an agreement to end hostilities. The ceremony took place on Monday at the palace."
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Monday", "2024-03-11")])
    assert [(m.type, m.date_value) for m in ms if m.type == "AGREE"] == [("AGREE", "2024-03-11")], _seen(ms)


def test_a_later_ceremony_or_one_not_said_to_take_place_dates_nothing(nlp):
    # a date after publication is a plan; "presided over the ceremony" does not say when the signing was
    text = "Oslandia and Westmark signed an agreement to end hostilities. The ceremony took place on Friday at the palace."
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Friday", "2024-03-15")])
    assert [m.date_value for m in ms if m.type == "AGREE"] == ["2024-03-12"], _seen(ms)
    text = "Oslandia and Westmark signed an agreement. Their leaders presided over the ceremony on Monday."
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Monday", "2024-03-11")])
    assert [m.date_source for m in ms if m.type == "AGREE"] != ["timex"], _seen(ms)
