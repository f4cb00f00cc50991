"""Session 27, event places (branch places27): conventions read off real news, tested on made-up text.

Actors, time expressions and places are given by hand with tests/test_events.py's ``code``; a place is a city
unless given with a feature ("admin1", "country").
"""

from __future__ import annotations

from test_events import code


def test_each_name_of_a_list_that_shares_a_plural_division_word_is_that_division(nlp):
    # "in the Varn and Tesk regions": the act is in the Varn region, not in the town of Varn
    text = "Oslandian drones struck fuel depots in the Varn and Tesk regions overnight, Westmark officials said."
    ms = code(nlp, text, "2024-05-10",
              actors=[("Oslandian drones", "NOR", "military"), ("Westmark", "SWE", "country")],
              places=[("Varn", "SWE"), ("Tesk", "SWE")])
    hits = [m for m in ms if m.type == "ASSAULT"]
    assert hits and hits[0].place is not None, [(m.type, m.place) for m in ms]
    assert (hits[0].place.name, hits[0].place.text) == ("Varn region", "Varn region")
    # three names and a comma before "and": each one is its own province
    text = "Oslandian jets bombed villages in the Varn, Tesk, and Holm provinces on Monday, Westmark officials said."
    ms = code(nlp, text, "2024-05-10",
              actors=[("Oslandian jets", "NOR", "military"), ("Westmark", "SWE", "country")],
              places=[("Varn", "SWE"), ("Tesk", "SWE"), ("Holm", "SWE")])
    names = {m.place.name for m in ms if m.type == "ASSAULT" and m.place is not None}
    assert names and names <= {"Varn province", "Tesk province", "Holm province"}, names


def test_a_list_of_towns_with_no_division_word_keeps_the_town(nlp):
    # near miss: "Varn and Tesk" with no plural division word are towns; "and other regions" names no list
    text = "Oslandian forces shelled Varn and Tesk on Monday, Westmark officials said."
    ms = code(nlp, text, "2024-05-10",
              actors=[("Oslandian forces", "NOR", "military"), ("Westmark", "SWE", "country")],
              places=[("Varn", "SWE"), ("Tesk", "SWE")])
    assert {m.place.name for m in ms if m.type == "ASSAULT" and m.place is not None} <= {"Varn", "Tesk"}
    text = "Oslandian drones struck Varn and other regions of Westmark on Sunday, officials said."
    ms = code(nlp, text, "2024-05-10",
              actors=[("Oslandian drones", "NOR", "military"), ("Westmark", "SWE", "country")],
              places=[("Varn", "SWE")])
    assert all(m.place is None or m.place.name == "Varn" for m in ms if m.type == "ASSAULT")


def test_a_title_case_dateline_with_a_date_and_a_colon():
    from tidings.events.article import dateline_end

    assert dateline_end("Paris, Feb 17: Ukrainian President Zelenskyy has signed") == len("Paris, Feb 17: ")
    assert dateline_end("Beijing, Apr 10 :   President Xi on Friday called") == len("Beijing, Apr 10 : ")
    assert dateline_end("New Delhi, March 3: India said") == len("New Delhi, March 3: ")
    # no date, no city: a speaker's colon or a sentence stays body text
    assert dateline_end("He said on Monday, May 6: we will go") == 0


def test_a_visitor_s_deal_under_a_title_case_dated_dateline_is_at_the_dateline(nlp):
    text = ("Ostby, Feb 17: Westmark President Lind has signed a 10-year security agreement with Oslandia hours "
            "after he signed a similar one with Germany.")
    ms = code(nlp, text, "2024-02-18",
              actors=[("Westmark President Lind", "SWE", "person"), ("Oslandia", "NOR", "country"),
                      ("Germany", "DEU", "country")],
              times=[("Feb 17", "2024-02-17")],
              places=[("Ostby", "NOR")])
    deals = [m for m in ms if m.type == "AGREE" and m.target is not None and m.target.country == "NOR"]
    assert deals and deals[0].place is not None and deals[0].place.name == "Ostby", [(m.type, m.place) for m in ms]
