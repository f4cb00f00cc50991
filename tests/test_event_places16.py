"""Session 16, event places (branch places16): conventions read off real news, tested on made-up text.

Actors, time expressions and places are given by hand with tests/test_events.py's ``code``; a place is a city
unless given with a feature ("country").
"""

from __future__ import annotations

from test_events import code


def where(ms, etype):
    return [(m.place.name if m.place else None) for m in ms if m.type == etype]


def test_a_city_named_after_its_kind_noun_is_reached_through_the_noun(nlp):
    # "in the capital Montevideo": the parse may hang the name on the verb, not on "capital"
    text = "Zambia's president hosted the two ministers on Friday in the capital Lusaka, officials said."
    ms = code(nlp, text, "2024-05-05",
              actors=[("Zambia's president", "ZMB", "person"), ("the two ministers", "PER", "person")],
              times=[("on Friday", "2024-05-03")],
              places=[("Lusaka", "ZMB")])
    assert where(ms, "CONSULT") and all(p == "Lusaka" for p in where(ms, "CONSULT")), \
        [(m.type, m.place) for m in ms]


def test_a_meeting_placed_at_a_country_takes_the_city_where_the_next_sentence_receives_the_sides(nlp):
    text = ("Bolivia's president Luis Paz and Chile's foreign minister Ana Soto met in Uruguay on Wednesday. "
            "Paz and Soto were received at a hotel in the capital Montevideo by the Uruguayan president.")
    ms = code(nlp, text, "2024-05-02",
              actors=[("Bolivia's president Luis Paz", "BOL", "person"), ("Chile's foreign minister Ana Soto", "CHL", "person"),
                      ("Paz", "BOL", "person"), ("Soto", "CHL", "person")],
              times=[("on Wednesday", "2024-05-01")],
              places=[("Uruguay", "URY", "country"), ("Montevideo", "URY")])
    meets = [m for m in ms if m.type == "CONSULT" and m.sentence == 0]
    assert meets and all(m.place is not None and m.place.name == "Montevideo" for m in meets), \
        [(m.type, m.sentence, m.place) for m in ms]


def test_a_meeting_placed_at_a_country_keeps_it_when_the_next_city_is_elsewhere(nlp):
    text = ("Bolivia's president Luis Paz and Chile's foreign minister Ana Soto met in Uruguay on Wednesday. "
            "Paz later hosted Peru's minister in La Paz.")
    ms = code(nlp, text, "2024-05-02",
              actors=[("Bolivia's president Luis Paz", "BOL", "person"), ("Chile's foreign minister Ana Soto", "CHL", "person"),
                      ("Paz", "BOL", "person"), ("Peru's minister", "PER", "person")],
              times=[("on Wednesday", "2024-05-01")],
              places=[("Uruguay", "URY", "country"), ("La Paz", "BOL")])
    meets = [m for m in ms if m.type == "CONSULT" and m.sentence == 0]
    assert meets and all(m.place is not None and m.place.name == "Uruguay" for m in meets), \
        [(m.type, m.sentence, m.place) for m in ms]


def test_a_place_inside_the_reason_of_a_summons_is_not_where_it_happened(nlp):
    text = ("BERLIN - Chile's foreign ministry summoned the Peruvian ambassador in protest at the detention of a "
            "Chilean diplomat in Peru, the ministry said on Tuesday.")
    ms = code(nlp, text, "2024-05-07",
              actors=[("Chile's foreign ministry", "CHL", "country"), ("Peruvian ambassador", "PER", "person")],
              times=[("on Tuesday", "2024-05-07")],
              places=[("BERLIN", "DEU"), ("Peru", "PER", "country")])
    acts = [m for m in ms if m.type == "ACCUSE"]
    assert acts and not any(m.place is not None and m.place.country == "PER" for m in acts), \
        [(m.type, m.place) for m in ms]


def test_what_a_relative_clause_on_a_meeting_tells_happened_at_the_meeting(nlp):
    text = ("Bolivia's foreign ministry condemned a meeting in Lima on Friday, in which Chile's government and "
            "Peru's government agreed to draw up new border rules.")
    ms = code(nlp, text, "2024-05-04",
              actors=[("Bolivia's foreign ministry", "BOL", "country"), ("Chile's government", "CHL", "country"),
                      ("Peru's government", "PER", "country")],
              times=[("on Friday", "2024-05-03")],
              places=[("Lima", "PER")])
    agree = [m for m in ms if m.type == "AGREE"]
    assert agree and all(m.place is not None and m.place.name == "Lima" for m in agree), \
        [(m.type, m.place) for m in ms]


def test_here_in_a_datelined_report_is_the_dateline_city(nlp):
    text = ("QUITO, May 5 (Wire) -- Leaders of the Andean Community agreed to impose sanctions on Peru's "
            "military leaders at an emergency meeting held here on Sunday.")
    ms = code(nlp, text, "2024-05-05",
              actors=[("Andean Community", "CHL", "country"), ("Peru's military leaders", "PER", "person")],
              times=[("on Sunday", "2024-05-05")],
              places=[("QUITO", "ECU")])
    sanctions = [m for m in ms if m.type == "SANCTION"]
    assert sanctions and all(m.place is not None and m.place.name == "QUITO" for m in sanctions), \
        [(m.type, m.place) for m in ms]


def test_a_planned_hosting_under_the_hosts_dateline_is_at_the_dateline(nlp):
    text = ("LIMA: Peru's foreign minister Ana Soto will host her Chilean counterpart for a two-day visit beginning "
            "Thursday, the ministry has announced.")
    ms = code(nlp, text, "2024-05-06",
              actors=[("Peru's foreign minister Ana Soto", "PER", "person"), ("Chilean counterpart", "CHL", "person")],
              times=[("Thursday", "2024-05-09")],
              places=[("LIMA", "PER")])
    meets = [m for m in ms if m.type == "CONSULT" and m.status == "planned"]
    assert meets and all(m.place is not None and m.place.name == "LIMA" for m in meets), \
        [(m.type, m.status, m.place) for m in ms]


def test_what_the_sides_did_in_the_sentence_after_their_placed_meeting_happened_there(nlp):
    text = ("SUCRE — In a rare phone call, the foreign ministers of Bolivia and Chile discussed plans to sign a treaty. "
            "The call came days after Bolivian President Luis Paz and Chilean President Ana Soto met in "
            "Lusaka for talks hosted by Zambia. Paz and Soto agreed to start talks on a border treaty.")
    ms = code(nlp, text, "2024-05-06",
              actors=[("Bolivian President Luis Paz", "BOL", "person"), ("Chilean President Ana Soto", "CHL", "person"),
                      ("Paz", "BOL", "person"), ("Soto", "CHL", "person"), ("Zambia", "ZMB", "country"),
                      ("foreign ministers of Bolivia and Chile", "BOL", "person"), ("Chile", "CHL", "country")],
              places=[("SUCRE", "BOL"), ("Lusaka", "ZMB")])
    agree = [m for m in ms if m.type == "AGREE" and m.sentence == 2]
    assert agree and all(m.place is not None and m.place.name == "Lusaka" for m in agree), \
        [(m.type, m.sentence, m.place) for m in ms]


def test_a_meeting_that_is_a_journeys_purpose_is_where_the_journey_goes_not_where_a_later_event_is(nlp):
    text = ("Bolivia announced on Friday that it will send a delegation to the Chilean city of Arica to consult with "
            "Chilean officials ahead of next week's negotiations with Peru in Lima.")
    ms = code(nlp, text, "2024-05-03",
              actors=[("Bolivia", "BOL", "country"), ("Chilean officials", "CHL", "person"), ("Peru", "PER", "country")],
              times=[("on Friday", "2024-05-03")],
              places=[("Arica", "CHL"), ("Lima", "PER")])
    meets = [m for m in ms if m.type == "CONSULT" and _ctry(m.target) == "CHL"]
    assert meets and all(m.place is not None and m.place.name == "Arica" for m in meets), \
        [(m.type, m.target, m.place) for m in ms]


def _ctry(p):
    return p.country if p is not None else None


def test_a_states_capital_named_by_the_state_is_its_capital_city(nlp):
    # "in the Peruvian capital" with no name printed is Lima; "a European capital" is none in particular
    text = "The foreign ministers of Chile and Peru will hold a meeting in the Peruvian capital on May 9."
    ms = code(nlp, text, "2024-05-06",
              actors=[("Chile", "CHL", "country"), ("Peru", "PER", "country"), ("Peruvian", "PER", "country")],
              times=[("on May 9", "2024-05-09")])
    meets = [m for m in ms if m.type == "CONSULT"]
    assert meets and all(m.place is not None and m.place.name == "Lima" for m in meets), \
        [(m.type, m.place) for m in ms]
