"""Session 27 blame told as a cause (branch accuse27), on made-up text: a harm a reporting verb reports as caused by
another side's act, forces or weapon accuses that side ("said the clash was caused by the Westmarkian side", "had
resulted from an attempt by Westmark", "was the result of action by Westmarkian troops", "as a result of Westmarkian
shelling", "the provocations by Westmark are the cause of"); a cause that names no side or an act of no side, the
speaker's own side, a modal or negated clause, accuse nobody."""

from coding import coded_invented, dyads_of_type

_seen = dyads_of_type

_code = coded_invented


def test_a_harm_caused_by_another_sides_act_accuses_that_side(nlp):
    for text in (
        "Oslandia's defence ministry said on Monday the border clash was caused by the Westmarkian side.",
        "The Oslandian foreign minister told reporters on Monday that the clash had been the result of "
        "premeditated action by Westmarkian troops.",
        "Oslandia's ministry said on Monday the violence had resulted from an attempt by the Westmarkian side to "
        "change the status quo.",
        "Oslandia said on Monday that two villagers were killed as a result of Westmarkian shelling.",
        "Oslandia said on Monday the blast at the depot was caused by a missile fired by Westmark.",
        '"The provocations by Westmark are the direct cause of the tension," the Oslandian ministry said on Monday.',
    ):
        assert ("ACCUSE", "NOR", "SWE") in _seen(_code(nlp, text), "ACCUSE"), text


def test_a_cause_that_blames_no_other_side_accuses_nobody(nlp):
    for text in (
        "Oslandia's ministry said on Monday the drop in exports was the result of weaker demand from Westmark.",
        "Oslandia said on Monday the flooding was caused by heavy rain.",
        "Oslandia's army said on Monday the delay was caused by Oslandian engineers inspecting the bridge.",
        "Oslandia said on Monday the talks with Westmark were the result of months of preparation.",
        "Oslandia said on Monday the tension would not be the result of any Westmarkian provocation.",
        # a cooperative outcome credits its cause
        "Oslandia's ministry said on Monday the ceasefire was the result of joint action by Westmark.",
        "Oslandia said on Monday the agreement was the result of an attempt by Westmark to end the dispute.",
        "Oslandia said on Monday the talks had been started by Westmark.",
    ):
        assert not _seen(_code(nlp, text), "ACCUSE"), text


def test_a_charge_stated_under_a_judgement_of_likelihood_is_stated(nlp):
    for text in (
        "Oslandia's prime minister said on Monday it was highly likely that Westmark was responsible for the attack.",
        "The Oslandian ministry said on Monday it was clear that Westmark was behind the explosions.",
    ):
        ms = [m for m in _code(nlp, text) if m.type == "ACCUSE"]
        assert ("ACCUSE", "NOR", "SWE") in _seen(ms, "ACCUSE"), text
        assert all(m.status == "occurred" for m in ms), text


def test_a_doubt_or_a_likely_plan_is_no_charge(nlp):
    for text in (
        "Oslandia said on Monday it was not clear whether Westmark was behind the explosions.",
        "Oslandia said on Monday it was likely that talks with Westmark would resume.",
    ):
        assert not _seen(_code(nlp, text), "ACCUSE"), text
