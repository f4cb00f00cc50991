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


def test_inked_sealed_clinched_agreements_are_agree() -> None:
    """News verbs for concluding an agreement, with the agreement nouns "reach" takes (lexicon verb_objects)."""
    assert ("AGREE", "IND", "BGD") in coded("India and Bangladesh inked a raft of agreements on Saturday, officials said.")
    assert ("AGREE", "PAK", "LKA") in coded("Pakistan and Sri Lanka on Monday sealed a free trade deal in Colombo.")
    assert ("AGREE", "USA", "IND") in coded("The United States and India clinched a ten-year defence pact on Friday.")


def test_sealed_border_and_clinched_title_are_no_agreement() -> None:
    assert coded("Turkey sealed its border with Syria on Tuesday.") == []
    assert coded("Argentina clinched the title on Sunday.") == []
