"""Session 26 anaphor26: an envoy told again by a definite or demonstrative title ("that envoy", "the envoy") is
the envoy of the actor said earlier to send or appoint him ("said it would send a special representative"), the
office named by any word of its kind (envoy, emissary, representative); his posting ("a former ambassador to
Cairo") is no side and no place of the event. Made-up sentences run through the real parse, actor recognition and
coder (a lead sentence first: a name that opens a text may be a dateline)."""

from __future__ import annotations

from coding import coded

LEAD = "The statement came on Monday. "


def test_that_envoy_is_the_senders_on_every_stop_of_his_tour(nlp) -> None:
    out = coded(
        LEAD + "Norway said it would send a special representative to Kenya and other countries. "
        "That envoy, Lars Holmvik, a former ambassador to Cairo, travelled from March 3 to March 9, "
        "with stops in Nairobi and Addis Ababa.",
        "CONSULT",
    )
    assert ("CONSULT", "NOR", "KEN") in out
    assert ("CONSULT", "NOR", "ETH") in out
    assert not any(src == "EGY" or tgt == "EGY" for _, src, tgt in out)


def test_the_envoy_is_the_appointers_not_the_speakers(nlp) -> None:
    out = coded(
        LEAD + "Brazil said that Mexico would send an emissary to the region. The envoy met Chilean officials in "
        "Santiago on Tuesday.",
        "CONSULT",
    )
    assert ("CONSULT", "MEX", "CHL") in out
    assert ("CONSULT", "BRA", "CHL") not in out


def test_an_envoy_nobody_sent_names_no_side(nlp) -> None:
    out = coded(
        LEAD + "A former ambassador to Egypt spoke at the conference in Geneva. That envoy later met Kenyan "
        "officials in Nairobi.",
        "CONSULT",
    )
    assert not any(src == "EGY" for _, src, _ in out)
