"""Session 26 threats stated as a promise to face down or foil another side (branch typesay26), on made-up text: a
promised confrontation of another side's hostility ("ready to confront any aggression", "will counter any
misadventure") and a promised foiling of its bid ("will firmly block any attempt", "will crush any plot") are threats;
a capacity stated ("is capable of giving a befitting reply", "capable to counter") promises as a readiness does."""

from coding import coded_invented, dyads_of_type

_seen = dyads_of_type

_code = coded_invented


def test_a_promised_confrontation_of_hostility_is_a_threat(nlp):
    for text in (
        "Oslandia said on Monday it stood ready to confront any aggression by Westmark.",
        "Oslandia said on Monday it would confront any Westmarkian provocation.",
        "Oslandia said on Monday its forces were willing and able to confront any aggression by Westmark.",
        "Oslandia said on Monday its army would counter any misadventure by Westmark.",
    ):
        assert ("THREATEN", "NOR", "SWE") in _seen(_code(nlp, text), "THREATEN"), text


def test_a_confrontation_told_as_done_is_no_threat(nlp):
    ms = _code(nlp, "Oslandian troops confronted a Westmarkian incursion on Monday.")
    assert not _seen(ms, "THREATEN")


def test_a_promised_foiling_of_a_bid_is_a_threat(nlp):
    for text in (
        "Oslandia said on Monday it would firmly block any attempt by Westmark to land troops on the island.",
        "Oslandia will resolutely crush any Westmarkian plot to split the country, its ministry said on Monday.",
        "Oslandia said on Monday it would thwart any scheme by Westmark to seize the islands.",
    ):
        assert ("THREATEN", "NOR", "SWE") in _seen(_code(nlp, text), "THREATEN"), text


def test_a_bid_foiled_is_no_threat(nlp):
    ms = _code(nlp, "Oslandian guards on Monday thwarted an attempt by Westmarkian smugglers to cross the river.")
    assert not _seen(ms, "THREATEN")
    ms = _code(nlp, "Oslandia on Monday blocked a Westmarkian supply boat near the reef.")
    assert ("COERCE", "NOR", "SWE") in _seen(ms, "COERCE")


def test_a_capacity_stated_promises_a_reply(nlp):
    for text in (
        "Oslandia said on Monday it was capable of giving a befitting reply to Westmark if provoked.",
        "Oslandia said on Monday its forces were fully capable to counter any aggression by Westmark.",
    ):
        assert ("THREATEN", "NOR", "SWE") in _seen(_code(nlp, text), "THREATEN"), text


def test_a_capacity_for_something_else_is_no_event(nlp):
    ms = _code(nlp, "Oslandia said on Monday it was capable of building its own submarines with Westmark.")
    assert not _seen(ms, "THREATEN")
    ms = _code(nlp, "Oslandia said on Monday it had been able to reach an agreement with Westmark.")
    assert ("AGREE", "NOR", "SWE") in _seen(ms, "AGREE")


def test_a_stance_nobody_states_is_no_threat(nlp):
    ms = _code(
        nlp,
        "Oslandia on Monday published a defence paper stressing its willingness to use force to thwart any move "
        "by Westmark.",
    )
    assert not _seen(ms, "THREATEN")
