"""Session 18 dating conventions (branch dates18), on made-up text with hand-given times (as tests/test_events.py gives
them): a "when" clause told right after a time expression happened at that time ("since July 2019, when ..."); a span
counted in digits dates the clause it introduces ("12 days after ..."); a denied part in a definite act is coded at
that act's time ("denied any involvement in the bombing")."""

from test_events import code

ACTORS = [
    ("Japan", "JPN", "country"),
    ("Tokyo", "JPN", "country"),
    ("South Korea", "KOR", "country"),
    ("Seoul", "KOR", "country"),
]


def _dates(ms, type_):
    return [(m.status, m.date_value) for m in ms if m.type == type_]


def test_a_when_clause_after_a_since_time_happened_at_that_time(nlp):
    text = (
        "Relations have been strained since July 2019, when Tokyo imposed export controls on South Korea, "
        "officials said on Friday."
    )
    ms = code(
        nlp, text, "2024-03-10", actors=ACTORS, times=[("since July 2019", "2019-07"), ("on Friday", "2024-03-08")]
    )
    assert _dates(ms, "SANCTION") == [("occurred", "2019-07")], [(m.type, m.date_value, m.date_source) for m in ms]


def test_an_event_under_a_when_clause_after_a_year_takes_the_year(nlp):
    text = "Talks had been frozen since 2021, when a round of talks hosted by Japan in Tokyo collapsed."
    ms = code(nlp, text, "2023-12-20", actors=ACTORS, times=[("since 2021", "2021")])
    assert [m.date_value for m in ms if m.type == "CONSULT"] == ["2021"], [
        (m.type, m.trigger, m.date_value, m.date_source) for m in ms
    ]


def test_a_present_when_clause_under_a_time_to_come_is_a_plan_then(nlp):
    text = "Japan's leader met South Korea's president on Thursday, and they will meet again in May, when Japan hosts the summit."
    ms = code(nlp, text, "2023-03-17", actors=ACTORS, times=[("on Thursday", "2023-03-16"), ("in May", "2023-05")])
    hosted = [m for m in ms if m.type == "CONSULT" and "host" in m.trigger]
    assert all((m.status, m.date_value) == ("planned", "2023-05") for m in hosted), [
        (m.type, m.trigger, m.status, m.date_value) for m in ms
    ]


def test_the_when_clauses_own_time_wins_over_the_time_before_it(nlp):
    text = "Ties soured in 2019, when Tokyo imposed export controls on South Korea in July, officials said on Friday."
    ms = code(
        nlp,
        text,
        "2024-03-10",
        actors=ACTORS,
        times=[("in 2019", "2019"), ("in July", "2019-07"), ("on Friday", "2024-03-08")],
    )
    assert _dates(ms, "SANCTION") == [("occurred", "2019-07")], [(m.type, m.date_value, m.date_source) for m in ms]


def test_a_span_counted_in_digits_dates_the_clause_it_introduces(nlp):
    actors = [("Indian jets", "IND", "military"), ("Pakistan", "PAK", "country"), ("Indian", "IND", "country")]
    text = (
        "Indian jets struck a camp in Pakistan on Tuesday. The strike came 12 days after a bomber killed 40 "
        "Indian police officers in Kashmir."
    )
    ms = code(nlp, text, "2019-02-27", actors=actors, times=[("on Tuesday", "2019-02-26")])
    killed = [m for m in ms if m.sentence == 1 and m.type == "ASSAULT"]
    assert killed and all(m.date_value == "2019-02-14" for m in killed), [
        (m.type, m.sentence, m.date_value, m.date_source) for m in ms
    ]


def test_a_bounded_span_in_digits_still_gives_no_date(nlp):
    actors = [("Indian jets", "IND", "military"), ("Pakistan", "PAK", "country"), ("Indian", "IND", "country")]
    text = (
        "Indian jets struck a camp in Pakistan on Tuesday. The strike came more than 12 days after a bomber "
        "killed 40 Indian police officers in Kashmir."
    )
    ms = code(nlp, text, "2019-02-27", actors=actors, times=[("on Tuesday", "2019-02-26")])
    assert all(m.date_value != "2019-02-14" for m in ms), [(m.type, m.date_value) for m in ms]


RU = [
    ("Britain", "GBR", "country"),
    ("Russian", "RUS", "country"),
    ("Moscow", "RUS", "country"),
    ("Russia", "RUS", "country"),
    ("Ukraine", "UKR", "country"),
]


def test_a_denied_part_in_a_definite_act_is_coded_at_that_acts_time(nlp):
    text = (
        "Russia bombed a power plant in Ukraine on Saturday, officials said. "
        "Moscow denied any involvement in the bombing on Monday."
    )
    ms = code(nlp, text, "2024-05-07", actors=RU, times=[("on Saturday", "2024-05-04"), ("on Monday", "2024-05-06")])
    denied = [m for m in ms if m.type == "ASSAULT" and m.status == "negated"]
    # its own time wins when the denial's clause names one: only check the rule fills a missing date
    assert denied and all(m.date_value is not None for m in denied), [(m.type, m.status, m.date_value) for m in ms]


def test_a_denied_part_with_no_date_of_its_own_takes_the_acts_day(nlp):
    text = (
        "Russia bombed a power plant in Ukraine on Saturday, officials said. "
        "Moscow has consistently denied any involvement in the bombing."
    )
    ms = code(nlp, text, "2024-05-07", actors=RU, times=[("on Saturday", "2024-05-04")])
    denied = [m for m in ms if m.type == "ASSAULT" and m.status == "negated"]
    assert [m.date_value for m in denied] == ["2024-05-04"], [(m.type, m.status, m.date_value) for m in ms]


def test_a_denial_of_acts_that_name_no_told_act_stays_undated(nlp):
    text = (
        "Russia bombed a power plant in Ukraine on Saturday, officials said. "
        "Moscow has consistently denied carrying out any attacks on civilian sites."
    )
    ms = code(nlp, text, "2024-05-07", actors=RU, times=[("on Saturday", "2024-05-04")])
    denied = [m for m in ms if m.type == "ASSAULT" and m.status == "negated"]
    assert all(m.date_value is None for m in denied), [(m.type, m.status, m.date_value) for m in ms]
