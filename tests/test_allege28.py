"""Session 28 allegations and denials told as reports (branch allege28), on made-up text: a side said to pose a
threat is accused ("said Westmark's launches pose a serious threat", "shared the view that ..."); a concern two sides share
is stated by each ("Oslandia and Westmark shared serious concerns about Eastria's provocative acts"); a denial of
the allegations, accusations or charges answers the accuser (REJECT), as "dismissed the allegations" did; a war crime
or an abuse a side states of another accuses it ("said Westmarkian forces had executed captured soldiers", "targeted
protesters"), not a plan executed, nor a side's own act, nor an act done to no protected person; an opposition to
"such actions" is aimed at the maker of the act told before."""

from coding import OSLANDIA_WESTMARK, coded_invented, dyads_of_type

_seen = dyads_of_type
_code = coded_invented

_THREE = [*OSLANDIA_WESTMARK, ("Eastria", "FIN", "country"), ("Eastrian", "FIN", "country")]


def _code3(nlp, text):
    from test_events import code

    return code(nlp, text, "2024-03-12", actors=_THREE, times=[("on Monday", "2024-03-11")])


def test_a_shared_concern_is_each_sides_concern(nlp):
    for text in (
        "Oslandia and Westmark shared serious concerns on Monday about a series of provocative acts by Eastria.",
        "The foreign ministers of Oslandia and Westmark shared grave concerns on Monday over Eastria's missile "
        "launches.",
    ):
        seen = _seen(_code3(nlp, text), "ACCUSE")
        assert ("ACCUSE", "NOR", "FIN") in seen and ("ACCUSE", "SWE", "FIN") in seen, (text, seen)


def test_sharing_information_is_still_cooperation(nlp):
    seen = _seen(_code(nlp, "Oslandia shared intelligence with Westmark on Monday."), "ACCUSE")
    assert not seen


def test_denying_the_allegations_answers_the_accuser(nlp):
    for text in (
        "Westmark accused Oslandia on Monday of backing the rebels. Oslandia has denied the allegations.",
        "Westmark accused Oslandia on Monday of backing the rebels. Oslandia denied the accusations on Monday.",
        "Westmark accused Oslandia on Monday of backing the rebels. Oslandia has denied the charges.",
    ):
        assert ("REJECT", "NOR", "SWE") in _seen(_code(nlp, text), "REJECT"), text


def test_a_war_crime_or_abuse_stated_of_another_side_accuses_it(nlp):
    for text in (
        "Oslandia's intelligence agency said on Monday that Westmarkian forces had executed 40 captured soldiers.",
        "Oslandia said on Monday that Westmarkian troops had tortured the detainees.",
        "Oslandia said on Monday that Westmarkian police had targeted protesters in the capital.",
        "Oslandia said on Monday that Westmarkian forces had killed more than 100 prisoners of war.",
    ):
        assert ("ACCUSE", "NOR", "SWE") in _seen(_code(nlp, text), "ACCUSE"), text


def test_an_act_that_is_no_war_crime_accuses_nobody(nlp):
    for text in (
        "Oslandia said on Monday that Westmark had executed the plan to build the bridge.",
        "Oslandia said on Monday that Westmark had released 90 prisoners of war.",
        "Oslandia's army said on Monday that its forces had executed 40 captured Westmarkian soldiers.",
        "Oslandia's army said on Monday that Westmarkian forces had killed 40 Oslandian soldiers in the battle.",
        "Oslandia said on Monday that Westmarkian forces would not execute captured soldiers.",
    ):
        assert not _seen(_code(nlp, text), "ACCUSE"), text


def test_opposing_such_actions_accuses_the_maker_of_the_act_told_before(nlp):
    text = "Westmark imposed sanctions on Oslandian firms on Monday. Oslandia firmly opposes such actions."
    assert ("ACCUSE", "NOR", "SWE") in _seen(_code(nlp, text), "ACCUSE")


def test_a_side_said_to_pose_a_threat_is_accused(nlp):
    text = "Oslandia's foreign minister said on Monday that Westmark's missile launches pose a serious threat to peace."
    assert ("ACCUSE", "NOR", "SWE") in _seen(_code(nlp, text), "ACCUSE")
    text = "Oslandia and Westmark shared the view on Monday that Eastria's troop deployment poses a serious threat."
    seen = _seen(_code3(nlp, text), "ACCUSE")
    assert ("ACCUSE", "NOR", "FIN") in seen and ("ACCUSE", "SWE", "FIN") in seen, seen


def test_no_threat_or_a_possible_threat_or_no_side_is_no_charge(nlp):
    for text in (
        "Oslandia's ministry said on Monday that its military exercises pose no threat to Westmark.",
        "Oslandia's ministry said on Monday that the virus poses a serious threat to public health in Westmark.",
        "Oslandia's ministry said on Monday that Westmark's buildup could pose a threat.",
    ):
        assert not _seen(_code(nlp, text), "ACCUSE"), text


def test_a_denial_with_no_accuser_told_answers_nobody(nlp):
    text = (
        "Oslandia and Westmark held talks on Monday. Separately, Oslandia's finance minister denied the charges of "
        "corruption brought by opposition lawmakers."
    )
    assert not _seen(_code(nlp, text), "REJECT")
