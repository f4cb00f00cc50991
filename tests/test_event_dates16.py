"""Session 16 dating conventions, on made-up text with hand-given times (as tests/test_events.py gives them): a list
of dates whose items each name their place after the date ("on Oct. 6 in Accra, and Oct. 31 in Lagos") is one event
per item, each with its own place; the purpose of a clause told as taking part in an event ("engaged in a phone
conversation on June 3 to discuss ...") takes the date the parser hangs on the event's noun."""

from test_events import code

ACTORS = [("Ghana", "GHA", "country"), ("Nigeria", "NGA", "country"), ("Ghanaian", "GHA", "country"),
          ("Nigerian", "NGA", "country")]
PLACES = [("Accra", "GHA"), ("Lagos", "NGA")]


def _consults(ms):
    return sorted((m.date_value, m.place.name if m.place else None) for m in ms if m.type == "CONSULT")


def test_a_list_of_dates_each_followed_by_its_place_is_one_meeting_per_item(nlp):
    text = "Ghana's president met Nigeria's president on Oct. 6 in Accra and on Oct. 31 in Lagos."
    ms = code(nlp, text, "2022-11-08", actors=ACTORS, times=[("on Oct. 6", "2022-10-06"), ("on Oct. 31", "2022-10-31")],
              places=PLACES)
    assert _consults(ms) == [("2022-10-06", "Accra"), ("2022-10-31", "Lagos")]


def test_a_later_item_the_parser_hangs_on_the_clause_above_still_belongs_to_the_list(nlp):
    text = ("The ministers reaffirmed the commitments made by the leaders of Ghana and Nigeria in their meetings "
            "on Oct. 6 in Accra, and Oct. 31 in Lagos.")
    ms = code(nlp, text, "2022-11-08", actors=ACTORS, times=[("on Oct. 6", "2022-10-06"), ("Oct. 31", "2022-10-31")],
              places=PLACES)
    assert _consults(ms) == [("2022-10-06", "Accra"), ("2022-10-31", "Lagos")]


def test_places_before_their_dates_still_go_with_the_date_that_follows(nlp):
    text = "Ghana's president met Nigeria's president in Accra on Oct. 6 and in Lagos on Oct. 31."
    ms = code(nlp, text, "2022-11-08", actors=ACTORS, times=[("on Oct. 6", "2022-10-06"), ("on Oct. 31", "2022-10-31")],
              places=PLACES)
    assert _consults(ms) == [("2022-10-06", "Accra"), ("2022-10-31", "Lagos")]


def test_the_purpose_of_taking_part_in_a_dated_conversation_happened_that_day(nlp):
    text = ("Ghana's president and Nigeria's president engaged in a phone conversation on Aug. 2 to discuss "
            "the grain deal.")
    ms = code(nlp, text, "2023-08-09", actors=ACTORS, times=[("on Aug. 2", "2023-08-02")])
    assert [m.date_value for m in ms if m.type == "CONSULT"] == ["2023-08-02"]


def test_a_date_after_publication_on_the_noun_does_not_date_an_act_that_happened(nlp):
    text = ("Ghana's president and Nigeria's president engaged in talks about a summit on Aug. 20 to discuss "
            "the grain deal.")
    ms = code(nlp, text, "2023-08-09", actors=ACTORS, times=[("on Aug. 20", "2023-08-20")])
    assert all(m.date_value != "2023-08-20" for m in ms if m.type == "CONSULT" and m.status == "occurred")


def test_a_year_naming_a_thing_in_a_phrase_of_the_act_is_not_when_the_act_happened(nlp):
    text = "Ghana withdrew from the 2015 trade agreement with Nigeria on Tuesday."
    ms = code(nlp, text, "2023-12-20", actors=ACTORS, times=[("2015", "2015"), ("on Tuesday", "2023-12-19")])
    assert [m.date_value for m in ms if m.type == "SANCTION"] == ["2023-12-19"]
    text = ("Ghana had protested in September when Nigeria filled the reservoir, calling the move a breach of the "
            "2015 border accord signed by the two countries.")
    ms = code(nlp, text, "2023-12-20", actors=ACTORS, times=[("in September", "2023-09"), ("2015", "2015")])
    calling = [m for m in ms if m.trigger == "calling"]
    assert calling and all(m.date_value == "2023-09" for m in calling)
    # the thing it names still has that date
    assert [m.date_value for m in ms if m.type == "AGREE"] == ["2015"]


def test_a_year_naming_the_object_of_the_act_still_dates_it(nlp):
    ms = code(nlp, "Ghana signed the 2015 trade agreement with Nigeria.", "2023-12-20", actors=ACTORS,
              times=[("2015", "2015")])
    assert [m.date_value for m in ms if m.type == "AGREE"] == ["2015"]


def test_may_inside_a_name_the_text_also_writes_without_a_number_is_no_date():
    from tidings.timex.spans import find_candidates

    def found(t):
        return [t[c.start:c.end] for c in find_candidates(t)]

    assert found("Water cannon hit the cargo ship Amina May 2 on Saturday. The Amina May then sailed home.") == [
        "on Saturday"]
    assert found("The talks resume on May 2. Ghana's envoy Amina May 2 said.") != []  # no bare "Amina May": a date
    assert "May 2" in " ".join(found("Talks Resume May 2 in Accra."))
