"""Session 23 (vocab23): object nouns the lexicon's verb tables treat as synonyms read alike under every verb."""

from coding import coded

from tidings.events.triggers import _object_equivalents


def test_equivalents_are_derived_from_the_tables():
    eq = _object_equivalents()
    assert "assistance" in eq["aid"]
    assert "tie" in eq.get("relation", ())


def test_extended_assistance_is_aid():
    # only "extend aid" is listed; "assistance" is its synonym in the tables
    got = coded("Japan has extended humanitarian assistance to Nepal after the floods.", "AID")
    assert ("AID", "JPN", "NPL") in got


def test_unrelated_object_stays_silent():
    # "extended its stay" is no event: "stay" is no synonym of anything "extend" lists
    assert coded("The Japanese minister extended her stay in the capital by two days.", "AID") == []
