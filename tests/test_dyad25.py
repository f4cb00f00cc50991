"""Session 25 dyad25: a clause's subject the parser took for the sentence's root. After a parenthesis set off by
commas the main verb is hung on its subject as a reduced relative ("Turkey, which hosts the talks, called on ...");
in a list with a serial comma the first name becomes the root and the verb a conjunct of it with only the last name
as its subject, or the second name is hung on the first as a bare noun modifier ("Qatar, Egypt, Jordan, and ...").
Either way the names are the verb's subjects and the actor stage reads them as actors. Made-up sentences run through
the real parse, actor recognition and coder (a lead sentence first: a name that opens a text may be a dateline)."""

from __future__ import annotations

from coding import coded

LEAD = "The statement came on Monday. "


def _dyads(text: str, typ: str) -> list[tuple]:
    return coded(LEAD + text, typ)


def test_a_main_verb_after_a_relative_clause_keeps_its_subject(nlp) -> None:
    out = _dyads("Turkey, which hosts the talks, called on Russia to free the sailors.", "REQUEST")
    assert ("REQUEST", "TUR", "RUS") in out


def test_every_name_of_a_serial_comma_list_is_a_side(nlp) -> None:
    out = _dyads("Qatar, Egypt, Jordan, and Kuwait condemned the raid on the refugee camp.", "ACCUSE")
    assert {s for _, s, _ in out} == {"QAT", "EGY", "JOR", "KWT"}


def test_a_list_split_off_its_verb_keeps_its_first_names(nlp) -> None:
    from tidings.nlp import parse
    from tidings.nlp.misparse import list_head_of

    doc = next(parse([LEAD + "Saudi Arabia, the UAE, and Bahrain cut ties with Qatar."]))
    verb = next(t for t in doc if t.lower_ == "cut")
    if verb.dep_ == "conj":  # the misparse this reads (the parser's choice, not ours)
        assert list_head_of(verb) is not None
    out = _dyads("Saudi Arabia, the UAE, and Bahrain cut ties with Qatar.", "SANCTION")
    assert {s for _, s, _ in out} == {"SAU", "ARE", "BHR"}


def test_a_second_clause_with_a_pronoun_subject_is_no_list(nlp) -> None:
    # negative: "X ..., but he said" coordinates two clauses; the pronoun is not the last member of a list
    from tidings.nlp import parse
    from tidings.nlp.misparse import list_head_of, main_verb_under_noun

    doc = next(parse([LEAD + "Li Wei, a trade ministry spokesman, spoke on Friday, but he said nothing new."]))
    said = next(t for t in doc if t.lower_ == "said")
    assert list_head_of(said) is None
    # a past participle set off by commas is a true reduced relative, never the main verb
    doc = next(parse([LEAD + "The envoy, summoned on Monday, left the ministry."]))
    summoned = next(t for t in doc if t.lower_ == "summoned")
    assert not main_verb_under_noun(summoned)


def test_a_name_at_the_root_with_no_verb_under_it_is_no_actor(nlp) -> None:
    # negative: a bare heading or caption names no actor ("Qatar, Egypt and Jordan" over a photo)
    assert coded(LEAD + "Qatar, Egypt and Jordan.\nThe talks went on.") == []
