"""Session 25 agree25: an agreement told in the passive takes its sides from the accord itself, the "between"
phrase of its passive subject or of the noun its participle describes ("a pact between A and B ... was signed by
envoys", "the accord between A and B, signed on Monday"), also of a noun inside the accord's name ("a memorandum on
fisheries between A and B was signed"); the sides of an accord are its signatories. Made-up sentences run through
the real parse, actor recognition and coder."""

from __future__ import annotations

from coding import coded


def _pair(out):
    return {frozenset((s, t)) for _, s, t in out}


def test_passive_subject_between_with_an_unnamed_agent(nlp) -> None:
    text = "A pact between Peru and Chile to share fishing data was formally signed by envoys in Lima on Thursday."
    assert frozenset(("PER", "CHL")) in _pair(coded(text, "AGREE"))


def test_between_inside_the_accord_name(nlp) -> None:
    text = "A protocol on fisheries between Ghana and Nigeria was also signed on Wednesday."
    assert frozenset(("GHA", "NGA")) in _pair(coded(text, "AGREE"))


def test_participle_describing_the_accord(nlp) -> None:
    text = "The accord between Kenya and Uganda, signed on Monday in Nairobi, ends the dispute over the island."
    assert frozenset(("KEN", "UGA")) in _pair(coded(text, "AGREE"))


def test_named_agent_still_wins(nlp) -> None:
    text = "A pact between Peru and Chile was signed by Bolivia on Thursday."
    assert frozenset(("PER", "CHL")) not in _pair(coded(text, "AGREE"))


def test_between_inside_a_clause_of_the_accord_is_not_its_sides(nlp) -> None:
    # the fighting is between the two; the accord on the people fleeing it is signed by nobody named
    text = "A deal on refugees fleeing the fighting between Sudan and Chad was signed on Monday."
    assert frozenset(("SDN", "TCD")) not in _pair(coded(text, "AGREE"))


def test_accord_to_come_is_not_occurred(nlp) -> None:
    from coding import pipeline_mentions

    text = "A pact between Peru and Chile will be signed in Lima next month."
    assert all(m.status != "occurred" for m in pipeline_mentions(text) if m.type == "AGREE")


def test_noun_trigger_with_between_inside_its_name(nlp) -> None:
    text = "Two agreements on fisheries between Peru and Chile were signed on Friday in Lima."
    assert frozenset(("PER", "CHL")) in _pair(coded(text, "AGREE"))


def test_signed_agreements_with_no_side_stay_sideless(nlp) -> None:
    text = "Six agreements on fisheries were signed on Friday in Lima."
    assert coded(text, "AGREE") == []
