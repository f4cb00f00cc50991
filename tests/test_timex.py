"""Time stage: temporal expressions in news sentences, normalised against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.nlp import doc_from_bytes, doc_to_bytes, load_nlp, parse
from tidings.timex import Timex, extract, resolve_date

D = dt.date


@pytest.fixture(scope="module", autouse=True)
def nlp():
    """Load the spaCy model once for the module (extract parses when no doc is given)."""
    return load_nlp()


def tx(text: str, dct: D, expr: str, nth: int = 0) -> Timex:
    """The extracted expression overlapping the nth occurrence of ``expr``."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(expr, i + 1)
    j = i + len(expr)
    hits = [t for t in extract(text, dct) if t.start < j and t.end > i]
    assert hits, f"nothing found over {expr!r} in {extract(text, dct)}"
    return max(hits, key=lambda t: min(j, t.end) - max(i, t.start))


def value(text: str, dct: D, expr: str, nth: int = 0) -> str:
    return tx(text, dct, expr, nth).value


# ---- weekdays by tense ----------------------------------------------------------------------------
def test_past_weekday_is_the_most_recent_one():
    # published Tuesday 2023-06-20
    t = tx("Secretary of State Antony Blinken met President Xi Jinping in Beijing on Monday.", D(2023, 6, 20), "on Monday")
    assert (t.value, t.kind, t.precision, t.anchor) == ("2023-06-19", "date", "day", "dct")


def test_past_weekday_can_be_the_publication_day():
    text = "China will restrict exports of gallium and germanium, the Commerce Ministry said on Monday."
    assert value(text, D(2023, 7, 3), "on Monday") == "2023-07-03"


def test_future_weekday_is_the_next_one():
    # published Wednesday 2023-06-21: "will travel on Tuesday" is six days later
    assert value("Blinken will travel to London on Tuesday for a conference on Ukraine.", D(2023, 6, 21), "on Tuesday") == "2023-06-27"


@pytest.mark.parametrize("text", [
    "Treasury Secretary Janet Yellen is due to arrive in Beijing on Thursday.",
    "The foreign minister is expected to visit Ankara on Thursday.",
    "Taiwan holds presidential elections on Thursday.",
])
def test_future_frames_point_forward(text):
    assert value(text, D(2023, 7, 3), "Thursday") == "2023-07-06"


def test_date_after_a_reporting_verb_takes_its_tense():
    # the parser hangs "on Wednesday" on "send"; the date belongs to "said"
    text = "Germany said on Wednesday it would send Leopard 2 tanks to Ukraine."
    assert value(text, D(2023, 1, 27), "on Wednesday") == "2023-01-25"


def test_early_and_late_give_mods():
    t = tx("The economy contracted late last year, the statistics office said.", D(2024, 3, 28), "last year")
    assert (t.value, t.mod) == ("2023", "END")


def test_earlier_on_monday_and_monday_night():
    text = "Mr. Blinken also met Wang Yi earlier on Monday. Protesters gathered outside on Monday night."
    assert value(text, D(2023, 6, 19), "earlier on Monday") == "2023-06-19"
    t = tx(text, D(2023, 6, 19), "on Monday night")
    assert (t.value, t.kind) == ("2023-06-19TNI", "time")


# ---- months, years, relative periods --------------------------------------------------------------
def test_bare_month_by_tense():
    dct = D(2023, 6, 20)
    assert value("The two leaders last met in November on the sidelines of a summit.", dct, "in November") == "2022-11"
    assert value("Elections will be held in November, the commission said.", dct, "in November") == "2023-11"
    assert value("The visit had been planned for February but was postponed.", dct, "for February") == "2023-02"


def test_relative_periods_against_the_publication_date():
    dct = D(2024, 3, 28)
    assert value("NATO foreign ministers will meet in Brussels next week.", dct, "next week") == "2024-W14"
    assert value("Parliament approved the budget last month.", dct, "last month") == "2024-02"
    assert value("Biden met Xi in California last November.", dct, "last November") == "2023-11"
    assert value("Exports have recovered earlier this year.", dct, "earlier this year") == "2024"
    assert value("The two leaders last met a year ago in California.", D(2024, 11, 17), "a year ago") == "2023-11"
    t = tx("The government has promised a deal by the end of the year.", dct, "by the end of the year")
    assert (t.value, t.mod) == ("2024", "END")
    t = tx("Austin said he expects to speak with his Chinese counterpart in the coming weeks.", dct, "in the coming weeks")
    assert (t.value, t.kind) == ("FUTURE_REF", "vague")


def test_weekends():
    text = "A record number of aircraft entered the air defence zone over the weekend."
    assert value(text, D(2021, 10, 7), "over the weekend") == "2021-W39-WE"
    assert value("The minister will visit Moscow this weekend.", D(2021, 10, 7), "this weekend") == "2021-W40-WE"


def test_list_carries_the_year_forward():
    text = "Rounds of talks were held in Vienna in May 2023, Malta in September and Bangkok in January."
    dct = D(2024, 3, 28)
    assert value(text, dct, "in May 2023") == "2023-05"
    assert value(text, dct, "in September") == "2023-09"
    assert value(text, dct, "in January") == "2024-01"


def test_a_dated_phrase_in_the_same_sentence_does_not_leak_into_a_bare_month():
    text = "Blinken was received by Xi on Monday, the most senior encounter since the summit in Bali in November."
    assert value(text, D(2023, 6, 20), "in November") == "2022-11"


# ---- anchored on the previous date ----------------------------------------------------------------
def test_the_day_before_is_anchored_on_the_previous_event():
    text = ("America's top diplomat was received by Xi Jinping in Beijing on Monday, after the summit in Bali in "
            "November.\n\nThe day before, Blinken and Qin Gang talked for more than seven hours.")
    t = tx(text, D(2023, 6, 20), "The day before")
    assert (t.value, t.anchor) == ("2023-06-18", "previous")


def test_later_and_following_week_anchor_on_previous_date():
    text = "Protests erupted on March 3, 2023. Three days later, police cleared the square. The following week, the cabinet resigned."
    dct = D(2023, 6, 20)
    assert value(text, dct, "Three days later") == "2023-03-06"
    t = tx(text, dct, "The following week")
    assert (t.value, t.anchor) == ("2023-W11", "previous")  # the week after Monday 6 March (W10)


# ---- durations, ranges, absolute forms ------------------------------------------------------------
def test_durations_stay_durations():
    dct = D(2023, 6, 19)
    t = tx("Negotiators talked for seven hours without a deal.", dct, "seven hours")
    assert (t.kind, t.value) == ("duration", "PT7H")
    t = tx("Blinken held more than seven hours of talks with Qin Gang.", dct, "more than seven hours")
    assert (t.kind, t.value, t.mod) == ("duration", "PT7H", "MORE_THAN")
    assert tx("Mr. Blinken's two-day visit ended on Monday.", dct, "two-day").value == "P2D"
    t = tx("It was the first trip to China by a U.S. secretary of state in five years.", dct, "in five years")
    assert (t.kind, t.value) == ("duration", "P5Y")
    assert tx("The meeting lasted nearly two hours, officials said.", dct, "nearly two hours").value == "PT2H"


def test_in_five_years_in_a_future_clause_is_a_date():
    t = tx("The government says the new port will open in five years.", D(2023, 6, 19), "in five years")
    assert (t.kind, t.value) == ("date", "2028")


def test_ranges():
    dct = D(2024, 3, 28)
    t = tx("The tariffs were in force from 2021 to 2023.", dct, "from 2021 to 2023")
    assert (t.kind, t.value, t.end_value) == ("range", "2021", "2023")
    t = tx("Fighting was heaviest between May and July, the monitors said.", dct, "between May and July")
    assert (t.kind, t.value, t.end_value) == ("range", "2023-05", "2023-07")
    t = tx("Inflation has fallen since 2022, the central bank said.", dct, "since 2022")
    assert (t.kind, t.value, t.end_value) == ("range", "2022", "PRESENT_REF")
    t = tx("G7 leaders met in Puglia from June 13 to 15, 2023.", dct, "June 13")
    assert (t.kind, t.value, t.end_value) == ("range", "2023-06-13", "2023-06-15")


@pytest.mark.parametrize("text,expr,expected", [
    ("The accord was signed on June 19, 2023, in Geneva.", "June 19, 2023", "2023-06-19"),
    ("Talks resumed in Doha on 3 July 2023.", "3 July 2023", "2023-07-03"),
    ("The report, dated 2023-06-19, was leaked to reporters.", "2023-06-19", "2023-06-19"),
    ("From August 1, exporters will need a licence to ship the metals.", "August 1", "2023-08-01"),
    ("Officials expect a decision by mid-2024.", "mid-2024", "2024"),
    ("Relations were frozen in the 1990s.", "the 1990s", "199"),
    ("Output fell in the second half of 2022.", "the second half of 2022", "2022-H2"),
])
def test_absolute_forms(text, expr, expected):
    assert value(text, D(2023, 7, 3), expr) == expected


def test_mid_year_carries_the_mod():
    t = tx("Officials expect a decision by mid-2024.", D(2023, 7, 3), "mid-2024")
    assert t.mod == "MID" and t.anchor == "absolute"


def test_clock_time_takes_the_day_of_its_sentence():
    t = tx("The foreign minister will speak to reporters at 3:30 p.m. on Tuesday.", D(2023, 6, 21), "3:30 p.m.")
    assert (t.kind, t.value, t.precision) == ("time", "2023-06-27T15:30", "time")


@pytest.mark.parametrize("dct,text,expr,expected", [
    (D(2022, 2, 24), "Moscow had massed troops near the border since November.", "since November", ("range", "2021-11")),
    (D(2023, 8, 24), "The bloc will hold its next summit in Kazan next October.", "next October", ("date", "2024-10")),
    (D(2024, 3, 28), "Voters will go to the polls this autumn.", "this autumn", ("date", "2024-FA")),
    (D(2024, 3, 12), "The jets arrived after 1,000 days of war.", "1,000 days", ("duration", "P1000D")),
    (D(2024, 7, 12), "The alliance was founded 75 years ago in Washington.", "75 years ago", ("date", "1949")),
    (D(2021, 9, 27), "Coalition talks could drag on until Christmas.", "Christmas", ("date", "2021-12-25")),
    (D(2023, 1, 27), "Kyiv has asked for tanks since the invasion in February last year.", "February last year",
     ("date", "2022-02")),
    (D(1999, 2, 10), "NATO has decided to admit the three countries in early March.", "early March", ("date", "1999-03")),
    (D(2024, 1, 8), "China's defence ministry said at the weekend that it would respond.", "the weekend", ("date", "2024-W01-WE")),
])
def test_more_relative_forms(dct, text, expr, expected):
    t = tx(text, dct, expr)
    assert (t.kind, t.value) == expected


# ---- things that are not times --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "China produces about 80 percent of the world's gallium, worth $18 billion.",
    "The talks may resume if both sides agree.",
    "Thousands of protesters plan to march on the parliament.",
    "A 45-year-old man was arrested near the embassy.",
    "The army deployed 2000 troops to the border.",
    "© 2023 Harbor Ledger. All rights reserved.",
    "The talks could go to a second round, and three-quarters of voters backed the deal.",
    "Rescuers pulled a 3-year-old girl from the rubble.",
    "Sign up for our daily briefing.",
])
def test_not_time(text):
    assert extract(text, D(2023, 7, 3)) == []


def test_spans_are_exact_and_ordered():
    text = "On Sunday, Blinken held more than seven hours of talks; he met Xi on Monday and left on Tuesday."
    found = extract(text, D(2023, 6, 20))
    assert [t.text for t in found] == ["On Sunday", "more than seven hours", "on Monday", "on Tuesday"]
    assert all(text[t.start:t.end] == t.text for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_without_publication_date_only_absolute_expressions():
    text = "The accord signed in June 2023 was discussed again on Monday for seven hours."
    found = extract(text, None)
    assert [(t.text, t.value) for t in found] == [("in June 2023", "2023-06"), ("for seven hours", "PT7H")]
    text = "The accord signed on June 19, 2023 was discussed again on Monday for seven hours."
    assert extract(text, dt.datetime(2023, 6, 21, 9, 30)) == extract(text, D(2023, 6, 21)) == extract(text, "2023-06-21")


def test_given_doc_is_used_and_agrees():
    text = "Biden and Xi met on Saturday in Lima, before Trump returns to the White House on January 20."
    doc = next(iter(parse([text])))
    assert extract(text, D(2024, 11, 17), doc=doc) == extract(text, D(2024, 11, 17))
    assert [t.value for t in extract(text, D(2024, 11, 17), doc=doc)] == ["2024-11-16", "2025-01-20"]


def test_stored_parse_gives_the_same_result():
    # later stages read the parse back from the store (DocBin); tense and sentences must survive that
    text = "Germany said on Wednesday it would send tanks. The day before, ministers met in Ramstein."
    doc = doc_from_bytes(doc_to_bytes(next(iter(parse([text])))))
    assert extract(text, D(2023, 1, 27), doc=doc) == extract(text, D(2023, 1, 27))
    assert [t.value for t in extract(text, D(2023, 1, 27), doc=doc)] == ["2023-01-25", "2023-01-24"]


def test_later_in_the_day_and_week_of():
    text = "The ministers met on Monday. Later in the day, they issued a joint statement."
    t = tx(text, D(2024, 3, 12), "Later in the day")
    assert (t.value, t.anchor) == ("2024-03-11", "previous")
    assert value("Talks are set for the week of March 18, 2024.", D(2024, 3, 12), "the week of") == "2024-W12"


_WORDS = ["on Monday", "last week", "in May", "the ministers", "said", "met", "will", "since 2022", "two days",
          "80 percent", ",", ".", "May", "talks", "the day before", "next year", "Bangkok", "in January",
          "year-end", "at", "2,000", "hours", "since", "Sunday night", "from", "to", "between", "and"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), st.dates(D(1990, 1, 1), D(2030, 12, 31)))
def test_property_spans_match_text_and_do_not_overlap(words, dct):
    text = " ".join(words)
    found = extract(text, dct)
    for t in found:
        assert text[t.start:t.end] == t.text and t.text == t.text.strip()
        assert t.kind in {"date", "time", "duration", "set", "vague", "range"}
        if t.kind in ("date", "range") and t.precision not in ("vague",):
            assert resolve_date(t.value) is not None, t
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# ---- resolve_date ---------------------------------------------------------------------------------
@pytest.mark.parametrize("v,expected", [
    ("2023-06-19", (D(2023, 6, 19), D(2023, 6, 19))),
    ("2023-06-19TNI", (D(2023, 6, 19), D(2023, 6, 19))),
    ("2023-11", (D(2023, 11, 1), D(2023, 11, 30))),
    ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
    ("2024-W14", (D(2024, 4, 1), D(2024, 4, 7))),
    ("2021-W39-WE", (D(2021, 10, 2), D(2021, 10, 3))),
    ("2024-Q2", (D(2024, 4, 1), D(2024, 6, 30))),
    ("2022-H2", (D(2022, 7, 1), D(2022, 12, 31))),
    ("2023-WI", (D(2023, 12, 1), D(2024, 2, 29))),
    ("2023", (D(2023, 1, 1), D(2023, 12, 31))),
    ("202", (D(2020, 1, 1), D(2029, 12, 31))),
    ("P5Y", None),
    ("PRESENT_REF", None),
    ("2023-13", None),
])
def test_resolve_date(v, expected):
    assert resolve_date(v) == expected


# ---- issue 16: narrative years, nearest months, results quarters, two-day windows ----------------
def test_bare_month_follows_the_year_a_recounting_paragraph_has_reached():
    text = ("In late January 2023, the Netherlands and Japan agreed to limit sales. In March, China barred "
            "Micron. On Aug. 9, President Biden signed an executive order.\n\n"
            "President-elect Trump, who takes office on Jan. 20, said he will raise tariffs.")
    dct = D(2024, 12, 10)
    assert value(text, dct, "In March") == "2023-03"
    assert value(text, dct, "On Aug. 9") == "2023-08-09"
    assert value(text, dct, "on Jan. 20") == "2025-01-20"  # a new paragraph, and a schedule: ahead of the DCT


def test_a_date_that_names_a_thing_does_not_move_the_story():
    text = ("The two were removed after the Dec. 21, 1988, bombing of Pan Am Flight 103. "
            "Gadhafi agreed in April to hand them over.")
    assert value(text, D(1999, 6, 7), "in April") == "1999-04"


def test_month_without_tense_or_with_a_deadline_is_the_nearest_one():
    assert value("Her flats, worth $130 million in October, are worth half that now.", D(1998, 1, 8), "in October") == "1997-10"
    assert value("The three are expected to join in April.", D(1998, 12, 5), "in April") == "1999-04"
    assert value("The banks have extended the loans through January.", D(1989, 10, 30), "January") == "1990-01"
    assert value("The two sides met in March.", D(2024, 6, 1), "in March") == "2024-03"


def test_a_year_earlier_in_a_results_sentence_is_the_same_quarter():
    text = "Third-quarter net income rose 12% to $45 million from $40 million a year earlier."
    assert value(text, D(1989, 11, 1), "a year earlier") == "1988-Q3"
    assert value("Profit in the second quarter fell from a year ago.", D(1989, 11, 1), "a year ago") == "1988-Q2"
    assert value("The two leaders met a year ago in Paris.", D(1989, 11, 1), "a year ago") == "1988-11"


def test_an_undated_story_is_read_as_of_the_latest_day_it_names():
    # no publication date: relative dates lean on the story's own latest full date, not on nothing
    text = ("The first officers arrived in the capital on June 25, 2024. Ruto and Henry signed such an "
            "agreement in Nairobi on March 1, and Biden received Ruto on May 23. The summit will open on "
            "Jan. 10, 2025.")
    assert value(text, None, "on March 1") == "2024-03-01"
    assert value(text, None, "on May 23") == "2024-05-23"
    # a plan's date is not the story's time
    found = extract("The summit will open on Jan. 10, 2025. It was agreed on Monday.", None)
    assert [t.text for t in found] == ["on Jan. 10, 2025"]


def test_an_undated_story_with_only_a_caption_day_is_read_as_of_that_day():
    # a caption (or a headline) tells the past in the present: with no other full day, its day stands in
    text = ("Oslandia and Westmark agreed Wednesday to keep working together. Their ministers shake hands in "
            "Lisbon on March 13, 2024. (Photo courtesy of the ministry) They had spoken by phone last month.")
    assert value(text, None, "Wednesday") == "2024-03-13"
    assert value(text, None, "last month") == "2024-02"
    # a day in a past-tense clause is still preferred, and a clause that says will/shall never stands in
    text = ("The ministers met on Feb. 2, 2024. Their deputies shake hands in Lisbon on March 13, 2024. "
            "They agreed Wednesday to meet again.")
    assert value(text, None, "Wednesday") == "2024-01-31"
    found = extract("The summit will open on Jan. 10, 2025. It was agreed on Monday.", None)
    assert [t.text for t in found] == ["on Jan. 10, 2025"]


def test_an_undated_story_is_read_by_a_weekday_with_its_month_and_day():
    # "Friday, August 8": the latest year in which August 8 fell on a Friday (2025 until 2031)
    text = "The two leaders signed the accord. The ceremony took place on Friday, August 8, in the capital."
    found = extract(text, None)
    assert [(t.text, t.value) for t in found] == [("on Friday, August 8", "2025-08-08")]
    # without a weekday, a month and day alone fix no year
    assert extract("The ceremony took place on August 8 in the capital, they said on Monday.", None) == []


def test_results_periods_name_the_quarter_the_story_reports():
    text = ("Acme posted a third-quarter loss of $2 million. Net advanced to $94.2 million from $85 million "
            "a year ago. In the latest quarter, sales rose 5% from the year-earlier period.")
    dct = D(1989, 11, 2)
    assert value(text, dct, "a year ago") == "1988-Q3"
    assert value(text, dct, "the latest quarter") == "1989-Q3"
    assert value(text, dct, "the year-earlier period") == "1988-Q3"
    # no quarter in the story: "a year ago" stays a month, and "the quarter" of a city is no time
    assert value("Exports rose 5% from $3 billion a year ago.", dct, "a year ago") == "1988-11"
    assert not extract("Police sealed off the old quarter of the city.", dct)


def test_two_days_in_a_row_are_one_window():
    t = tx("Blinken and Wang met in Beijing on Monday and Tuesday.", D(2023, 6, 16), "Monday and Tuesday")
    assert (t.kind, t.value, t.end_value) == ("range", "2023-06-12", "2023-06-13")
    # two days apart are two dates, not a window over the days between
    assert tx("They met on Monday and again on Thursday.", D(2023, 6, 16), "Monday").kind == "date"


def test_this_year_brings_a_recounting_paragraph_back_to_the_present_year():
    text = ("Ottawa has complained before: it lodged a protest in October of last year.\n\n"
            "The minister has travelled widely this year. She toured Lima in October.")
    dct = D(2022, 11, 14)
    assert value(text, dct, "in October of last year") == "2021-10"
    assert value(text, dct, "in October.") == "2022-10"


def test_a_past_perfect_flashback_does_not_move_the_story():
    text = ("The two governments agreed on March 2 to restore ties. Oslo had broken them off in October 2017 "
            "after a dispute over fishing rights.\n\n"
            "Their envoys met in Geneva on May 9.")
    assert value(text, D(2024, 7, 1), "on May 9") == "2024-05-09"


def test_holidays_on_a_weekday_of_a_month():
    # Thanksgiving is the fourth Thursday of November: 1999-11-25, 2000-11-23
    assert value("Families gathered on Thanksgiving Day.", D(2000, 1, 7), "Thanksgiving Day") == "1999-11-25"
    assert value("He will be home by Thanksgiving.", D(2000, 1, 7), "Thanksgiving") == "2000-11-23"
    assert value("They last met at Thanksgiving 1998.", D(2000, 1, 7), "Thanksgiving 1998") == "1998-11-26"
    assert value("The parade was held on Memorial Day.", D(2021, 6, 10), "Memorial Day") == "2021-05-31"


def test_years_spelled_out_as_transcripts_write_them():
    dct = D(2000, 3, 1)
    assert value("In nineteen ninety-six the wall fell.", dct, "nineteen ninety-six") == "1996"
    assert value("It rose in January nineteen ninety-seven.", dct, "January nineteen ninety-seven") == "1997-01"
    assert value("By the year two thousand, all was ready.", dct, "the year two thousand") == "2000"
    assert not extract("Some nineteen fifty people came.", dct)  # a count


def test_a_clock_time_followed_by_its_day_is_one_expression():
    t = tx("The polls closed at 10 p.m. Wednesday.", D(1998, 2, 13), "10 p.m. Wednesday")
    assert (t.text, t.value, t.kind) == ("at 10 p.m. Wednesday", "1998-02-11T22:00", "time")
    assert value("They met at noon Thursday.", D(1998, 2, 13), "noon Thursday") == "1998-02-12T12:00"
    # "Friday at 9 a.m." stays two expressions, the time on Friday
    assert value("Talks resumed Friday at 9 a.m.", D(1998, 2, 13), "9 a.m.") == "1998-02-13T09:00"
    assert value("The policy expired at midnight on Thursday.", D(2023, 5, 12), "on Thursday") == "2023-05-11"


def test_a_relative_day_before_a_calendar_date_starts_no_list():
    text = "The index was down 4.5% from the previous Friday and 6.8% from Oct. 13, when Wall Street plunged."
    assert value(text, D(1989, 10, 30), "Oct. 13") == "1989-10-13"
    text = "They met in Rome in May 2023, in Malta in September and in Oslo in January."
    assert value(text, D(2024, 6, 30), "in January") == "2024-01"


def test_an_effective_date_looks_ahead_unless_far_off():
    text = "U.S. Trust also created a four-member office of the chairman, effective Feb. 1."
    assert value(text, D(1989, 10, 26), "Feb. 1") == "1990-02-01"
    assert value("China imposed the tariffs, effective Aug. 1.", D(1989, 8, 5), "Aug. 1") == "1989-08-01"


def test_a_day_with_last_year_is_that_day_of_last_year():
    text = "Troops crossed the border on March 3 last year and withdrew on 12 October of last year."
    assert value(text, D(2024, 5, 10), "March 3") == "2023-03-03"
    assert value(text, D(2024, 5, 10), "12 October") == "2023-10-12"
    assert value("The plant is due to open on June 1 next year.", D(2024, 5, 10), "June 1") == "2025-06-01"


def test_the_following_season_counts_from_the_story_s_date():
    text = "The court ruled in November 2018, and the ministry tightened export rules the following summer."
    assert value(text, D(2023, 3, 16), "the following summer") == "2019-SU"
    text = "The talks collapsed in March 2021; the two sides had met the previous winter."
    assert value(text, D(2023, 3, 16), "the previous winter") == "2020-WI"


def test_set_fire_and_set_up_are_no_schedule_but_set_for_is():
    assert value("The raids before dawn on Saturday set fire to a depot.", D(2019, 9, 16), "on Saturday") == "2019-09-14"
    assert value("Officials set up a crisis cell on Monday.", D(2019, 9, 18), "on Monday") == "2019-09-16"
    assert value("The vote is set for Sunday.", D(2019, 9, 18), "Sunday") == "2019-09-22"


def test_a_weekday_s_happening_in_a_present_clause_is_past_unless_awaited():
    text = "The move follows Tuesday's announcement by the ministry."
    assert value(text, D(2019, 9, 19), "Tuesday") == "2019-09-17"
    text = "Shares trade at a premium over Thursday's closing price."
    assert value(text, D(2019, 9, 23), "Thursday") == "2019-09-19"
    text = "Parties campaign ahead of Sunday's election."
    assert value(text, D(2019, 9, 19), "Sunday") == "2019-09-22"


def test_a_month_naming_a_happening_is_a_date():
    assert value("Protests grew after the August announcement.", D(2020, 9, 18), "August") == "2020-08"
    assert value("Their March meeting was tense.", D(2020, 9, 18), "March") == "2020-03"


def test_last_year_in_a_results_comparison_is_the_quarter_a_year_before():
    text = ("Acme reported a third-quarter loss of $23 million. "
            "Its insurance unit earned $24 million, compared with a loss of $3 million last year.")
    assert value(text, D(1989, 10, 30), "last year") == "1988-Q3"
    text = "Acme earned $2 billion last year, and sales in the nine months rose 4% from last year."
    assert value(text, D(1989, 10, 30), "last year") == "1988"


def test_a_deadline_in_a_will_clause_lies_ahead():
    text = "The airline will double its flights to Delhi by August."
    assert value(text, D(1998, 2, 13), "by August") == "1998-08"


def test_the_next_few_days_is_a_stretch_ahead():
    t = tx("Talks will continue over the next few days.", D(1991, 2, 25), "the next few days")
    assert (t.value, t.kind) == ("PXD", "duration")


def test_a_deadline_set_or_moved_until_a_weekday_lies_ahead():
    text = "Officials postponed until Tuesday morning any decision on the permit."
    assert value(text, D(2000, 3, 30), "Tuesday") == "2000-04-04TMO"
    text = "The ministry has given the company until 9 a.m. Tuesday to reply."
    assert value(text, D(2000, 3, 30), "Tuesday") == "2000-04-04T09:00"
    assert value("The talks lasted until Tuesday.", D(2000, 3, 30), "Tuesday") == "2000-03-28"


def test_a_stretch_through_a_weekday_ends_after_the_day_it_began():
    # published Sunday 2024-01-14
    text = "The delegation arrived in Taipei on Sunday evening for a visit through Tuesday."
    assert value(text, D(2024, 1, 14), "through Tuesday") == "2024-01-16"
    assert value("He stayed in Paris until Friday.", D(2024, 1, 14), "until Friday") == "2024-01-12"


# ---- session 9 (timex9): TempEval-3 training classes ---------------------------------------------------
def test_halves_in_durations_are_written_in_the_next_smaller_unit():
    dct = D(2013, 3, 22)
    assert value("The meeting lasted 5 1/2 hours.", dct, "5 1/2 hours") == "PT5H30M"
    assert value("He has served two and a half years of his term.", dct, "two and a half years") == "P2Y6M"
    assert value("The vote took an hour and a half.", dct, "an hour and a half") == "PT1H30M"
    assert value("They waited a minute and a half.", dct, "a minute and a half") == "PT1M30S"
    assert value("The flight took 1.5 hours.", dct, "1.5 hours") == "PT1H30M"


def test_more_and_additional_units_are_durations():
    dct = D(2013, 3, 22)
    assert value("The truce was extended for two more weeks.", dct, "two more weeks") == "P2W"
    assert value("The lender wants an additional year to decide.", dct, "an additional year") == "P1Y"
    assert value("The index fell for eight trading days.", dct, "eight trading days") == "P8D"
    assert value("Prices should rise over the next couple of years.", dct, "the next couple of years") == "P2Y"
    assert value("Several quarters of losses followed.", dct, "Several quarters") == "PXQ"
    assert not extract("Three-quarters of the vote went to the ruling party.", dct)


def test_decades_ago_are_a_year_and_abbreviated_decades_have_begun():
    assert value("A decade ago, few villagers had phones.", D(2013, 3, 22), "A decade ago") == "2003"
    assert value("The bridge was built two centuries ago.", D(2013, 3, 22), "two centuries ago") == "1813"
    assert value("The boom of the '80s is over.", D(1989, 11, 1), "the '80s") == "198"
    assert value("The crash of the '90s still hurts.", D(2013, 3, 22), "the '90s") == "199"


def test_results_stories_name_their_quarters_by_year_and_comparison():
    text = (
        "Acme said third-quarter net income rose 8% to $33 million. In the year-earlier third quarter, it "
        "had a loss. Earnings beat the year-earlier $4.5 million. Kirschner earned $376,000 in the 1988 quarter. "
        "That compares with $1.8 million for the corresponding period last year and with last year's quarter. "
        "Analysts see growth in next year's first quarter."
    )
    dct = D(1989, 10, 30)
    assert value(text, dct, "the year-earlier third quarter") == "1988-Q3"
    assert value(text, dct, "year-earlier $4.5") == "1988-Q3"
    assert value(text, dct, "the 1988 quarter") == "1988-Q3"
    assert value(text, dct, "the corresponding period last year") == "1988-Q3"
    assert value(text, dct, "last year's quarter") == "1988-Q3"
    assert value(text, dct, "next year's first quarter") == "1990-Q1"
    # outside a results story "the same period last year" is the year before
    assert value("Arrivals fell 20% from the same period last year.", dct, "the same period last year") == "1988"


def test_the_year_of_a_results_story_and_the_year_ended():
    text = (
        "Acme expects a loss for the year ending June 30. Sales for the full year rose 4%. "
        "Profit will rise throughout the fiscal year, and it will cut costs by year's end."
    )
    dct = D(1989, 10, 30)
    assert value(text, dct, "the year ending") == "P1Y"
    assert value(text, dct, "the full year") == "1989"
    assert value(text, dct, "the fiscal year") == "1989"
    assert value(text, dct, "year's end") == "1989"
    assert not extract("It was the year the war began.", dct)


def test_so_far_and_conjunction_soon_are_no_times():
    dct = D(2013, 3, 22)
    assert not extract("At least 20 people have been killed so far.", dct)
    assert not extract("He was released soon after his arrest.", dct)
    assert value("The delegation could leave as soon as Tuesday.", dct, "Tuesday") == "2013-03-26"
    assert value("The court will soon rule on the case.", dct, "soon") == "FUTURE_REF"


def test_a_month_naming_a_happening_after_a_and_a_season_after_into():
    dct = D(1989, 10, 27)
    assert value("The bank is trying to sell itself under a June agreement with holders.", dct, "June") == "1989-06"
    assert value("Shortages of parts lasted well into the summer.", dct, "the summer") == "1989-SU"


def test_hours_of_the_morning_spelled_decades_and_pre_years():
    dct = D(1998, 3, 6)
    assert value("The blast came at 4 in the morning.", dct, "4 in the morning") == "1998-03-06T04:00"
    assert value("Shares fell mid-afternoon yesterday.", dct, "mid-afternoon yesterday") == "1998-03-05TAF"
    assert value("Crime peaked in the nineties.", dct, "the nineties") == "199"
    assert not [t for t in extract("Temperatures were in the fifties all week.", dct) if t.precision == "decade"]
    assert value("Troops returned to their pre-1967 lines.", dct, "1967") == "1967"


def test_a_time_word_inside_a_longer_word_is_no_time_of_its_own():
    dct = D(2024, 6, 12)
    # "quarterly" is no "quarter": the ordinal before it names no quarter of the year
    assert not extract("The carmaker reported its first quarterly loss since the crisis.", dct)
    assert value("Exports rose in the third and fourth quarters.", dct, "fourth quarters") == "2023-Q4"
    assert value("Exports rose in the first quarter.", dct, "the first quarter") == "2024-Q1"
    # "a decades-long dispute": the article is the dispute's, "decades" an unspecified length, not one decade
    assert value("The two states ended a decades-long border dispute.", dct, "decades") == "PXDE"
    assert value("The weeks-long standoff at the crossing ended.", dct, "weeks") == "PXW"
    assert not [t for t in extract("The two states ended a decades-long border dispute.", dct) if t.value == "P10Y"]
    assert value("The minister began a three-day visit to Hanoi.", dct, "three-day") == "P3D"


def test_the_future_of_something_is_no_time():
    dct = D(2024, 6, 12)
    assert not extract("Ministers discussed the future of the alliance.", dct)
    assert value("They hope to meet again in the future.", dct, "in the future") == "FUTURE_REF"


def test_each_month_and_every_season_recur_every_year():
    dct = D(2024, 6, 12)
    assert value("Loyalist bands march through the town each July.", dct, "each July") == "XXXX-07"
    assert value("The two leaders meet every summer at the lake.", dct, "every summer") == "XXXX-SU"
    assert tx("Loyalist bands march through the town each July.", dct, "each July").kind == "set"
    assert tx("The talks resumed in July.", dct, "July").kind == "date"


# ---- session 13 ----------------------------------------------------------------------------------
def test_a_weekday_of_a_named_week_is_that_day_of_that_week():
    dct = D(2024, 5, 15)  # a Wednesday
    t = tx("Rebels shelled the border post on Tuesday last week.", dct, "Tuesday last week")
    assert (t.value, t.kind, t.text) == ("2024-05-07", "date", "on Tuesday last week")
    assert value("The envoys will meet on Wednesday next week.", dct, "Wednesday next week") == "2024-05-22"
    assert value("Ministers met on Monday of this week in Rome.", dct, "Monday of this week") == "2024-05-13"
    # "last week's": the week names a happening of its own, the weekday is a day of its own
    assert value("He said on Tuesday last week's raid was a crime.", dct, "Tuesday") == "2024-05-14"


def test_two_days_joined_by_and_are_one_window():
    dct = D(2024, 5, 15)
    t = tx("The ministers met in Vienna on March 3 and 4.", dct, "March 3 and 4")
    assert (t.kind, t.value, t.end_value) == ("range", "2024-03-03", "2024-03-04")
    t = tx("The ministers met in Vienna on 3 and 4 March.", dct, "3 and 4 March")
    assert (t.kind, t.value, t.end_value) == ("range", "2024-03-03", "2024-03-04")
    # two days apart: the first stands for both; a count after "and" is no day
    assert tx("Talks were held on March 3 and 10 in Oslo.", dct, "March 3").value == "2024-03-03"
    assert tx("On March 3 and 4 soldiers were wounded.", dct, "March 3").text == "On March 3"


def test_or_so_and_a_vague_count_later():
    dct = D(2024, 5, 15)
    assert value("A week or so ago, the army shelled the town.", dct, "A week or so ago") == "2024-W19"
    assert value("Clashes a year or two ago killed dozens.", dct, "a year or two ago") == "2023-05"
    # a vague count from a time the story names is a stretch, not the future of publication
    t = tx("Troops entered the town on May 2. A few days later, the rebels withdrew.", dct, "A few days later")
    assert (t.kind, t.value) == ("duration", "PXD")
    assert value("The rebels withdrew a few weeks ago.", dct, "a few weeks ago") == "PAST_REF"


def test_the_last_half_of_a_year():
    dct = D(2024, 5, 15)
    assert value("Exports fell in the last half of 2023.", dct, "the last half of 2023") == "2023-H2"


def test_two_clock_times_are_one_range_overnight_ends_next_day():
    dct = D(2024, 5, 15)
    t = tx("The army imposed a curfew from 10 p.m. to 6 a.m.", dct, "10 p.m. to 6 a.m.")
    assert (t.kind, t.value, t.end_value) == ("range", "2024-05-15T22:00", "2024-05-16T06:00")
    t = tx("On Monday, polling stations stayed open between 7 a.m. and 8 p.m.", dct, "7 a.m. and 8 p.m.")
    assert (t.kind, t.value, t.end_value) == ("range", "2024-05-13T07:00", "2024-05-13T20:00")


def test_an_unstated_count_later_or_ago():
    dct = D(2019, 8, 6)
    text = "Washington named China a currency manipulator on Monday. Hours later, Beijing halted farm purchases."
    t = tx(text, dct, "Hours later")
    assert (t.kind, t.value, t.anchor) == ("date", "2019-08-05", "previous")
    t = tx("Troops entered the town on May 2. Days later, the rebels withdrew.", dct, "Days later")
    assert (t.kind, t.value) == ("duration", "PXD")
    assert value("Just months ago the company was close to collapse.", dct, "months ago") == "PAST_REF"
    # "days after the vote": a relation to a happening, no time of its own
    assert not extract("The bombing came days after the vote.", dct)


def test_a_results_comparison_is_not_where_the_story_is():
    dct = D(2024, 10, 25)
    text = (
        "Third-quarter profit rose 8% to $5 million from $4.6 million a year earlier. "
        "Borrowing costs were higher compared with a year earlier."
    )
    assert value(text, dct, "a year earlier") == "2023-Q3"
    # the second is a year before the story's quarter, not a year before the first comparison
    assert value(text, dct, "a year earlier", nth=1) == "2023"


def test_a_part_of_the_day_is_that_of_the_day_the_story_has_reached():
    dct = D(2024, 5, 15)
    t = tx("Troops entered the camp on Monday. In the afternoon, tanks shelled its edge.", dct, "In the afternoon")
    assert (t.kind, t.value, t.anchor) == ("time", "2024-05-13TAF", "previous")
    assert value("Negotiators talked through the night.", dct, "through the night") == "2024-05-15TNI"
    # "the night of May 3" is that day; "at 4 in the morning" a clock time
    assert value("The drones struck on the night of May 3.", dct, "May 3") == "2024-05-03"
    assert value("The father will leave at 4 in the morning.", dct, "4 in the morning") == "2024-05-15T04:00"
