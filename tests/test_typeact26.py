"""Session 26 (branch typeact26), on made-up text: one side's agreement or offer to give up its own means or plan
("agreed to dismantle its test site", "offered to suspend its drills") is a concession (CONCEDE) beside the
agreement (AGREE); two sides agreeing, or an act agreed to that makes its own event, make no concession of this
rule."""

from coding import coded_invented, dyads_of_type

_seen = dyads_of_type

_code = coded_invented


def test_one_side_agreeing_to_give_up_its_means_concedes(nlp):
    for verb, act in (
        ("agreed", "dismantle its rocket test range"),
        ("had offered", "permanently scrap its enrichment plant"),
        ("agreed", "suspend its plans to build a dam on the river"),
        ("has agreed", "shut down its old nuclear reactor"),
    ):
        ms = _code(nlp, f"Under the deal with Westmark, Oslandia {verb} to {act}, officials said on Monday.")
        assert ("CONCEDE", "NOR", "SWE") in _seen(ms, "CONCEDE"), (verb, act)
        assert any(m.source.country == "NOR" for m in ms if m.type == "AGREE"), (verb, act)  # the agreement stays


def test_two_sides_agreeing_make_an_agreement_only(nlp):
    ms = _code(nlp, "Oslandia and Westmark agreed on Monday to halt the patrols along the river.")
    assert not _seen(ms, "CONCEDE")
    ms = _code(nlp, "After talks with Westmark, the two countries agreed on Monday to freeze the border project.")
    assert not _seen(ms, "CONCEDE")


def test_other_agreements_are_no_concession(nlp):
    # an act of cooperation agreed to
    ms = _code(nlp, "Oslandia agreed on Monday to expand its trade with Westmark.")
    assert not _seen(ms, "CONCEDE")
    # an act agreed to that is its own event: the lifting's own CONCEDE, not a second one from "agreed"
    ms = _code(nlp, "Oslandia agreed on Monday to lift the sanctions on Westmark.")
    assert len([m for m in ms if m.type == "CONCEDE"]) == 1


# --- two sides announcing or deciding together ------------------------------------------------------------------------


def _statuses(ms, typ):
    return {m.status for m in ms if m.type == typ}


def test_two_sides_announcing_what_they_will_do_agree(nlp):
    for text in (
        "Oslandia and Westmark announced on Monday that they would restore full diplomatic relations.",
        "Oslandian and Westmarkian envoys announced on Monday that their countries would reopen embassies.",
        "Oslandia and Westmark decided on Monday to restore diplomatic relations.",
    ):
        ms = _code(nlp, text)
        assert {("AGREE", "NOR", "SWE"), ("AGREE", "SWE", "NOR")} & set(_seen(ms, "AGREE")), text
        assert _statuses(ms, "AGREE") == {"occurred"}, text
        assert not _seen(ms, "COOPERATE"), text  # the act announced is the agreement's content


def test_one_side_announcing_stays_its_own_act(nlp):
    ms = _code(nlp, "Oslandia announced on Monday that it would restore diplomatic relations with Westmark.")
    assert not _seen(ms, "AGREE") and _seen(ms, "COOPERATE")
    ms = _code(nlp, "Oslandia decided on Monday to restore diplomatic relations with Westmark.")
    assert not _seen(ms, "AGREE") and _seen(ms, "COOPERATE")
    # two sides announcing something that is no act of cooperation with each other
    ms = _code(nlp, "Oslandia and Westmark announced on Monday that they would raise their tariffs on steel.")
    assert not [m for m in ms if m.type == "AGREE" and m.trigger.startswith("announce")]


def test_a_headline_pair_agreeing_is_no_concession(nlp):
    ms = _code(nlp, "Oslandian government, WLF agree to cease hostilities on Monday")  # two subjects
    assert not _seen(ms, "CONCEDE")
