"""Session 17, event dates and places (branch whenwhere17): conventions read off real news, tested on made-up text.

Actors, time expressions and places are given by hand with tests/test_events.py's ``code``; a place is a city
unless given with a feature ("region", "sea", "country").
"""

from __future__ import annotations

from test_events import code


def where(ms, *types):
    return [(m.place.name if m.place else None) for m in ms if m.type in types]


def test_an_act_of_vessels_takes_the_shoal_named_deep_in_its_own_sentence(nlp):
    # the shoal hangs under a participle ("escorting ... at"), so no place preposition links it to "fired"
    text = ("Chinese coast guard ships fired water cannon at Philippine navy boats escorting supplies to marines "
            "in a grounded ship at Sabina Shoal on Monday, officials said.")
    ms = code(nlp, text, "2024-05-08",
              actors=[("Chinese coast guard ships", "CHN", "military"), ("Philippine navy boats", "PHL", "military")],
              times=[("on Monday", "2024-05-06")],
              places=[("Sabina Shoal", None, "region")])
    assert where(ms, "ASSAULT", "COERCE") and all(p == "Sabina Shoal" for p in where(ms, "ASSAULT", "COERCE")), \
        [(m.type, m.place) for m in ms]


def test_an_act_of_vessels_takes_the_islands_named_in_the_sentence_before(nlp):
    text = ("Taiwan has long sent patrols to the waters around the Pratas Islands. "
            "On Thursday a Chinese coast guard vessel entered Taiwanese waters, the coast guard said.")
    ms = code(nlp, text, "2024-05-10",
              actors=[("Taiwan", "TWN", "country"), ("a Chinese coast guard vessel", "CHN", "military"),
                      ("Taiwanese", "TWN", "country")],
              times=[("On Thursday", "2024-05-09")],
              places=[("Pratas Islands", None, "region")])
    acts = [m for m in ms if m.sentence == 1 and m.type in ("COERCE", "MOBILIZE")]
    assert acts and all(m.place is not None and m.place.name == "Pratas Islands" for m in acts), \
        [(m.type, m.sentence, m.place) for m in ms]


def test_a_shoal_comes_before_the_sea_in_the_same_sentence(nlp):
    text = ("A Chinese frigate rammed a Vietnamese fishing boat on Friday near Bach Long Vi Island in the Gulf of "
            "Tonkin, Hanoi said.")
    ms = code(nlp, text, "2024-05-11",
              actors=[("A Chinese frigate", "CHN", "military"), ("a Vietnamese fishing boat", "VNM", "civilian"),
                      ("Hanoi", "VNM", "country")],
              times=[("on Friday", "2024-05-10")],
              places=[("Bach Long Vi Island", "VNM", "region"), ("Gulf of Tonkin", None, "sea")])
    got = where(ms, "COERCE", "ASSAULT")
    assert got and all(p == "Bach Long Vi Island" for p in got), [(m.type, m.place) for m in ms]


def test_an_air_strike_on_land_does_not_take_a_sea_named_elsewhere(nlp):
    text = ("Houthi rebels have attacked ships in the Red Sea for months. "
            "Saudi warplanes bombed Yemeni army positions on Tuesday, the coalition said.")
    ms = code(nlp, text, "2024-05-08",
              actors=[("Houthi rebels", "YEM", "rebel"), ("Saudi warplanes", "SAU", "military"),
                      ("Yemeni army", "YEM", "military")],
              times=[("on Tuesday", "2024-05-07")],
              places=[("Red Sea", None, "sea")])
    later = [m for m in ms if m.sentence == 1]
    assert later and all(m.place is None or m.place.name != "Red Sea" for m in later), \
        [(m.type, m.sentence, m.place) for m in ms]


def test_an_interception_in_the_air_takes_the_sea_of_its_own_sentence(nlp):
    text = ("A Russian fighter jet intercepted a Norwegian P-8 patrol plane over the Barents Sea near Russian airspace "
            "and escorted it away, the ministry said on Friday.")
    ms = code(nlp, text, "2024-05-11",
              actors=[("A Russian fighter jet", "RUS", "military"), ("Norwegian", "NOR", "country")],
              times=[("on Friday", "2024-05-10")],
              places=[("Barents Sea", None, "sea")])
    got = where(ms, "COERCE", "MOBILIZE", "ASSAULT")
    assert got and all(p == "Barents Sea" for p in got), [(m.type, m.place) for m in ms]


def test_a_shoal_told_before_comes_before_a_sea_named_nearer(nlp):
    text = ("Vietnamese fishermen were detained near Bombay Reef on Monday. "
            "Hanoi says China's claims in the South China Sea have no legal basis. "
            "Last year Chinese coast guard ships also rammed Vietnamese boats there.")
    ms = code(nlp, text, "2024-05-08",
              actors=[("Vietnamese fishermen", "VNM", "civilian"), ("Hanoi", "VNM", "country"), ("China", "CHN", "country"),
                      ("Chinese coast guard ships", "CHN", "military"), ("Vietnamese boats", "VNM", "civilian")],
              times=[("on Monday", "2024-05-06"), ("Last year", "2023")],
              places=[("Bombay Reef", None, "region"), ("South China Sea", None, "sea")])
    rams = [m for m in ms if m.sentence == 2 and m.type in ("COERCE", "ASSAULT")]
    assert rams and all(m.place is not None and m.place.name == "Bombay Reef" for m in rams), \
        [(m.type, m.sentence, m.place) for m in ms]


def test_a_sea_named_only_in_the_next_sentence_is_not_taken(nlp):
    text = ("Chinese coast guard ships fired water cannons at three Philippine vessels on Sunday morning. "
            "The spokesman for South China Sea matters said one boat was damaged.")
    ms = code(nlp, text, "2024-05-08",
              actors=[("Chinese coast guard ships", "CHN", "military"), ("Philippine vessels", "PHL", "military")],
              times=[("on Sunday morning", "2024-05-05")],
              places=[("South China Sea", None, "sea")])
    acts = [m for m in ms if m.sentence == 0 and m.type in ("COERCE", "ASSAULT")]
    assert acts and all(m.place is None for m in acts), [(m.type, m.sentence, m.place) for m in ms]


def test_a_sea_in_a_title_of_the_speaker_is_not_where_the_act_was(nlp):
    text = ("Lt. Rosa Diaz, the navy spokesperson for South China Sea matters, said Chinese coast guard cutters "
            "fired water cannon at Philippine boats on Saturday.")
    ms = code(nlp, text, "2024-05-08",
              actors=[("Chinese coast guard cutters", "CHN", "military"), ("Philippine boats", "PHL", "military")],
              times=[("on Saturday", "2024-05-04")],
              places=[("South China Sea", None, "sea")])
    acts = [m for m in ms if m.type in ("COERCE", "ASSAULT")]
    assert acts and all(m.place is None for m in acts), [(m.type, m.place) for m in ms]
