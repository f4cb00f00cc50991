"""Session 18, event places (branch places18): made-up text.

Actors, time expressions and places are given by hand with tests/test_events.py's ``code``.
"""

from __future__ import annotations

from coding import place
from spacy.tokens import Span
from test_events import code

from tidings.events.attach import PlaceIndex


def where(ms, etype):
    return [(m.place.name if m.place else None) for m in ms if m.type == etype]


def test_a_strike_on_what_the_speaker_called_a_target_is_at_the_target(nlp):
    # the free relative only says what the striker calls the target; its place is still where the strike hit
    text = (
        "Bolivian jets struck what La Paz described as a rebel depot near the town of Tarija in Chile "
        "on Monday, officials said."
    )
    ms = code(
        nlp,
        text,
        "2024-05-07",
        actors=[("Bolivian jets", "BOL", "country"), ("La Paz", "BOL", "country")],
        times=[("on Monday", "2024-05-06")],
        places=[("Tarija", "CHL"), ("Chile", "CHL", "country")],
    )
    assert where(ms, "ASSAULT") == ["Tarija"], [(m.type, m.place) for m in ms]


def test_a_strike_on_what_the_speaker_said_were_positions_is_at_them(nlp):
    text = "Peru's army shelled what Lima said were rebel positions in the town of Tumbes on Friday."
    ms = code(
        nlp,
        text,
        "2024-05-07",
        actors=[("Peru's army", "PER", "country"), ("Lima", "PER", "country")],
        times=[("on Friday", "2024-05-03")],
        places=[("Tumbes", "ECU")],
    )
    assert where(ms, "ASSAULT") == ["Tumbes"], [(m.type, m.place) for m in ms]


def test_a_described_clause_is_crossed_for_attacks_only(nlp):
    # the free relative is crossed for an attack's object only: "praised what Lima described as talks in Quito"
    # does not reach Quito from "praised"
    text = "Chile's president praised what Lima described as fruitful talks in Quito on Friday."
    doc = nlp(text)
    idx = PlaceIndex(doc, [_place(text, "Quito", "ECU")])
    praised = next(t for t in doc if t.lower_ == "praised")
    assert idx.attached(praised) is None
    assert idx.attached(praised, struck=True) is not None  # the same parse, read as an attack's object


def _place(text, name, country="ISR"):
    return place(text, name, country)


def test_places_the_parser_tags_as_one_organisation_are_still_places(nlp):
    # "Ashdod and Ashkelon" tagged ORG by the parser: a pair of place names is no organisation's name
    text = "Rockets were fired toward the southern cities of Sderot and Netivot on Monday."
    doc = nlp(text)
    a, b = text.index("Sderot"), text.index("Netivot") + len("Netivot")
    doc.ents = [Span(doc, doc.char_span(a, b).start, doc.char_span(a, b).end, label="ORG")]
    idx = PlaceIndex(doc, [_place(text, "Sderot"), _place(text, "Netivot")])
    assert idx.at(doc[doc.char_span(a, a + 6).start]) is not None


def test_a_place_inside_an_organisations_name_is_still_no_place(nlp):
    text = "The Bank of Sderot said on Monday that rockets were fired."
    doc = nlp(text)
    a, b = text.index("Bank"), text.index("Sderot") + len("Sderot")
    doc.ents = [Span(doc, doc.char_span(a, b).start, doc.char_span(a, b).end, label="ORG")]
    idx = PlaceIndex(doc, [_place(text, "Sderot")])
    assert idx.at(doc[doc.char_span(text.index("Sderot"), b).start]) is None


def test_border_meeting_points_on_the_line_of_actual_control_are_places(nlp):
    from tidings.places import geocode

    doc = nlp("The corps commanders met at the Chushul-Moldo border meeting point on Saturday and at Moldo in June.")
    names = {p.name for p in geocode(doc)}
    assert {"Chushul-Moldo", "Moldo"} <= names, names


def test_what_a_when_clause_on_a_placed_meeting_tells_happened_there(nlp):
    text = (
        "LIMA - The two foreign ministers have met five times in Montevideo, most recently on Saturday, when they "
        "reviewed the border accord and discussed trade."
    )
    ms = code(
        nlp,
        text,
        "2024-05-07",
        actors=[("The two foreign ministers", "PER", "person"), ("they", "PER", "person")],
        times=[("on Saturday", "2024-05-04")],
        places=[("LIMA", "PER"), ("Montevideo", "URY")],
    )
    discussed = [m for m in ms if m.trigger.startswith("discussed")]
    assert all(m.place is not None and m.place.name == "Montevideo" for m in discussed), [
        (m.type, m.trigger, m.place) for m in ms
    ]


def test_an_act_told_in_a_statement_issued_during_a_visit_is_at_the_visit(nlp):
    text = (
        "Chile's foreign minister Ana Soto visited La Paz in May, when the two sides issued a joint statement "
        "in which Bolivia agreed to reopen the border crossing."
    )
    ms = code(
        nlp,
        text,
        "2024-06-07",
        actors=[("Chile's foreign minister Ana Soto", "CHL", "person"), ("Bolivia", "BOL", "country")],
        times=[("in May", "2024-05")],
        places=[("La Paz", "BOL")],
    )
    agreed = [m for m in ms if m.type == "AGREE"]
    assert agreed and all(m.place is not None and m.place.name == "La Paz" for m in agreed), [
        (m.type, m.trigger, m.place) for m in ms
    ]


def test_a_when_clause_on_no_meeting_takes_no_place_from_it(nlp):
    # the when-clause hangs on an expulsion, not on a meeting or visit: its place is not the agreement's
    text = "Peru expelled two Chilean diplomats from Lima in May, when Chile agreed to reopen the border crossing."
    ms = code(
        nlp,
        text,
        "2024-06-07",
        actors=[("Peru", "PER", "country"), ("Chilean diplomats", "CHL", "person"), ("Chile", "CHL", "country")],
        times=[("in May", "2024-05")],
        places=[("Lima", "PER")],
    )
    assert "Lima" not in where(ms, "AGREE"), [(m.type, m.trigger, m.place) for m in ms]
