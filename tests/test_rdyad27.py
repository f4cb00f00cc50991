"""Session 27 (rdyad27): real-news type and dyad misses (warnings of a response, summons told by the envoy's
arrival, bans put in place). Invented sentences of the constructions found in real news."""

from __future__ import annotations

from coding import code, types


def test_a_warning_of_a_response_to_drills_staged_by_others_is_a_threat(nlp):
    # the parser hangs "staged" on "warned" as a that-clause; the warning is of a response, a threat
    ms = code(nlp, 'Hours later Tehran warned of an "inevitable" response to naval drills staged earlier in the day '
                   "by British and French ships.",
              [("Tehran", "IRN", "country"), ("British", "GBR", "country"), ("French", "FRA", "country")])
    assert ("THREATEN", "IRN", "GBR") in types(ms)
    # a warning of another side's doing, with the same participle, stays an allegation against it
    ms = code(nlp, "Britain warned of Russian aggression staged along the border earlier in the month.",
              [("Britain", "GBR", "country"), ("Russian", "RUS", "country")])
    assert types(ms) == [("ACCUSE", "GBR", "RUS")]
    # a warning of a danger with no doer stays no event
    ms = code(nlp, "The agency warned of a humanitarian catastrophe unfolding in the region.", [])
    assert ms == []


def test_a_summons_told_by_the_envoys_arrival_is_the_hosts(nlp):
    ms = code(nlp, "Danish Ambassador to Iran Lars Holm has arrived at the Iranian Foreign Ministry, where he was "
                   "summoned over a newspaper cartoon.",
              [("Lars Holm", "DNK", "person"), ("Danish", "DNK", "country"), ("Iran", "IRN", "country"),
               ("Iranian", "IRN", "country")])
    assert ("ACCUSE", "IRN", "DNK") in types(ms)
    assert ("ACCUSE", "DNK", "IRN") not in types(ms)
    assert not [m for m in ms if m.type == "CONSULT"]  # the going is the summons, no visit of the envoy's own
    # an arrival where the envoy met someone stays a meeting
    ms = code(nlp, "Danish Ambassador Lars Holm arrived at the Iranian Foreign Ministry, where he met the deputy "
                   "minister.",
              [("Lars Holm", "DNK", "person"), ("Danish", "DNK", "country"), ("Iranian", "IRN", "country")])
    assert [m.type for m in ms] and all(m.type == "CONSULT" for m in ms)
    ms = code(nlp, "Danish Ambassador Lars Holm left the Iranian Foreign Ministry, where he was summoned on Monday.",
              [("Lars Holm", "DNK", "person"), ("Danish", "DNK", "country"), ("Iranian", "IRN", "country")])
    assert ("ACCUSE", "IRN", "DNK") in types(ms)


def test_a_ban_implemented_or_placed_is_imposed(nlp):
    ms = code(nlp, "Seoul implemented a complete ban on Chinese pork in May.",
              [("Seoul", "KOR", "country"), ("Chinese", "CHN", "country")])
    assert ("SANCTION", "KOR", "CHN") in types(ms)
    ms = code(nlp, "Seoul has placed a ban on Chinese pork imports since the outbreak.",
              [("Seoul", "KOR", "country"), ("Chinese", "CHN", "country")])
    assert ("SANCTION", "KOR", "CHN") in types(ms)
    ms = code(nlp, "Seoul lifted the ban on Chinese pork on Monday.",
              [("Seoul", "KOR", "country"), ("Chinese", "CHN", "country")])
    assert types(ms) == [("CONCEDE", "KOR", "CHN")]
