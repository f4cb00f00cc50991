"""Session 19 dating conventions (branch dates19), on made-up text with hand-given times (as tests/test_events.py gives
them): what is said in a statement, message or interview is said when it is issued ("In a statement issued on Saturday,
X accused Y"); a denied part in "the strikes" points back to "the attacks" told before, with the time inside that
noun's phrase ("The attacks before dawn on Saturday ...")."""

from test_events import code

ACTORS = [
    ("Oslandia", "NOR", "country"),
    ("Westmark", "SWE", "country"),
]


def _dates(ms, type_):
    return [(m.status, m.date_value) for m in ms if m.type == type_]


def _seen(ms):
    return [(m.type, m.trigger, m.status, m.date_value, m.date_source) for m in ms]


def test_a_statement_issued_on_a_day_dates_what_it_says(nlp):
    text = "In a statement issued on Saturday, Oslandia accused Westmark of violating its airspace."
    ms = code(nlp, text, "2024-03-11", actors=ACTORS, times=[("on Saturday", "2024-03-09")])
    assert _dates(ms, "ACCUSE") == [("occurred", "2024-03-09")], _seen(ms)


def test_a_closing_statement_phrase_dates_the_saying_not_its_content(nlp):
    # the parser hangs the phrase on "violating"; a statement is the accusation's
    text = "Oslandia accused Westmark of violating its airspace in a statement released on Saturday."
    ms = code(nlp, text, "2024-03-11", actors=ACTORS, times=[("on Saturday", "2024-03-09")])
    assert _dates(ms, "ACCUSE") == [("occurred", "2024-03-09")], _seen(ms)


def test_messages_posted_on_a_day_date_each_joined_verb(nlp):
    text = (
        "In messages posted on Saturday, Oslandia's foreign minister wrote that the claims were false "
        "and urged Westmark to withdraw its ships."
    )
    ms = code(nlp, text, "2024-03-11", actors=ACTORS, times=[("on Saturday", "2024-03-09")])
    assert _dates(ms, "REQUEST") == [("occurred", "2024-03-09")], _seen(ms)


def test_a_statement_that_is_only_the_topic_does_not_date_the_act(nlp):
    # "spoke about the statement issued on Saturday": no saying in that statement, so Saturday is not the request's day
    text = (
        "Oslandia's prime minister spoke about the statement issued by Westmark on Saturday "
        "and urged Westmark to withdraw its ships."
    )
    ms = code(nlp, text, "2024-03-11", actors=ACTORS, times=[("on Saturday", "2024-03-09")])
    got = _dates(ms, "REQUEST")
    assert got and all(d != "2024-03-09" for _, d in got), _seen(ms)


def test_a_denied_part_in_the_strikes_is_dated_by_the_attacks(nlp):
    text = (
        "The attacks before dawn on Saturday set fire to an oil plant in Westmark. "
        "Oslandia denied it had any part in the strikes."
    )
    ms = code(nlp, text, "2024-03-11", actors=ACTORS, times=[("on Saturday", "2024-03-09")])
    denied = [m for m in ms if m.type == "ASSAULT" and m.status == "negated"]
    assert [m.date_value for m in denied] == ["2024-03-09"], _seen(ms)


def test_a_denial_of_an_act_of_another_kind_stays_undated(nlp):
    # "the sanctions" name no attack: the attack's day does not date the denial
    text = (
        "The attacks before dawn on Saturday set fire to an oil plant in Westmark. "
        "Oslandia denied any role in the sanctions."
    )
    ms = code(nlp, text, "2024-03-11", actors=ACTORS, times=[("on Saturday", "2024-03-09")])
    got = _dates(ms, "SANCTION")
    assert got and all(d != "2024-03-09" for _, d in got), _seen(ms)


PLACES = [("Oslo", "NOR"), ("Stockholm", "SWE"), ("Bergen", "NOR"), ("Malmo", "SWE")]


def _met(ms):
    return sorted(m.date_value for m in ms if m.type == "CONSULT")


def test_a_list_item_set_off_by_most_recently_is_its_own_event(nlp):
    text = (
        "Oslandia's and Westmark's foreign ministers have met in Oslo in February 2022, in Stockholm in "
        "September 2022 and, most recently, in Bergen in March this year."
    )
    ms = code(
        nlp,
        text,
        "2024-05-10",
        actors=[("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")],
        times=[("in February 2022", "2022-02"), ("in September 2022", "2022-09"), ("in March this year", "2024-03")],
        places=PLACES,
    )
    assert _met(ms) == ["2022-02", "2022-09", "2024-03"], _seen(ms)


def test_a_list_of_dates_ending_with_most_recently_gives_each_its_month(nlp):
    text = (
        "Oslandia's minister met Westmark's minister in February 2022, in September 2022 and, most recently, in March."
    )
    ms = code(
        nlp,
        text,
        "2024-05-10",
        actors=[("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")],
        times=[("in February 2022", "2022-02"), ("in September 2022", "2022-09"), ("in March", "2024-03")],
    )
    assert _met(ms) == ["2022-02", "2022-09", "2024-03"], _seen(ms)


def test_the_first_item_of_a_place_list_hung_on_the_other_side_is_kept(nlp):
    # the parser hangs "in Oslo" on "minister"; the list's comma and its dates join it to the rest
    text = (
        "Oslandia's foreign minister met Westmark's foreign minister in Oslo in March, in Stockholm in June "
        "and in Malmo in October."
    )
    ms = code(
        nlp,
        text,
        "2024-11-10",
        actors=[("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")],
        times=[("in March", "2024-03"), ("in June", "2024-06"), ("in October", "2024-10")],
        places=PLACES,
    )
    assert _met(ms) == ["2024-03", "2024-06", "2024-10"], _seen(ms)


def test_a_place_before_the_event_word_is_no_item_of_its_list(nlp):
    text = (
        "In Oslo on Monday, Oslandia's foreign minister met Westmark's foreign minister in Stockholm in June and "
        "in Malmo in October."
    )
    ms = code(
        nlp,
        text,
        "2024-11-10",
        actors=[("Oslandia", "NOR", "country"), ("Westmark", "SWE", "country")],
        times=[("on Monday", "2024-11-04"), ("in June", "2024-06"), ("in October", "2024-10")],
        places=PLACES,
    )
    assert _met(ms) == ["2024-06", "2024-10"], _seen(ms)
