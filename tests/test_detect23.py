"""Session 23 detection (branch detect23), on made-up text: a promised response is a threat whoever reports it
("will be met with X's resolute response", "would react strongly", "will counterattack any provocation"), and
fighting that broke out between two named sides is an attack between them ("clashes broke out between A and B",
"there were clashes between A and B")."""

from coding import FICTION as ACTORS
from test_events import code


def _seen(ms, type_):
    return sorted(
        {
            (m.type, m.source.country if m.source else None, m.target.country if m.target else None)
            for m in ms
            if m.type == type_
        }
    )


# --- a promised response -------------------------------------------------------------------------------------------


def test_a_response_owned_by_a_side_is_its_threat(nlp):
    text = (
        "Oslandia imposed sanctions on Westmark on Monday. "
        '"Otherwise, it will be met with Oslandia\'s resolute response," the spokeswoman said on Tuesday.'
    )
    ms = code(nlp, text, "2024-03-12", actors=ACTORS, times=[("on Monday", "2024-03-11"), ("on Tuesday", "2024-03-12")])
    assert ("THREATEN", "NOR", "SWE") in _seen(ms, "THREATEN")


def test_reacting_and_counterattacking_are_threats_only_as_a_promise(nlp):
    promised = "Oslandia will react strongly to any attack by Westmark, the minister said on Tuesday."
    ms = code(nlp, promised, "2024-03-12", actors=ACTORS, times=[("on Tuesday", "2024-03-12")])
    assert ("THREATEN", "NOR", "SWE") in _seen(ms, "THREATEN")
    vowed = "Oslandia will mercilessly counterattack any Westmarkian provocation, the minister said on Tuesday."
    ms = code(nlp, vowed, "2024-03-12", actors=ACTORS, times=[("on Tuesday", "2024-03-12")])
    assert ("THREATEN", "NOR", "SWE") in _seen(ms, "THREATEN")
    # done, not promised: how a side took the news is no threat
    past = "Oslandia reacted angrily to the vote in Westmark on Tuesday."
    ms = code(nlp, past, "2024-03-12", actors=ACTORS, times=[("on Tuesday", "2024-03-12")])
    assert _seen(ms, "THREATEN") == []


# --- fighting that broke out between two sides ---------------------------------------------------------------------


def test_clashes_that_broke_out_between_two_sides_are_an_attack_between_them(nlp):
    for text in (
        "Clashes broke out between Oslandia and Westmark on Thursday.",
        "Fighting between Oslandia and Westmark erupted on Thursday.",
        "Clashes broke out on the border between Oslandia and Westmark on Thursday.",
        "There were clashes between Oslandian and Westmarkian troops on Thursday.",
        "Scuffles broke out between Oslandian and Westmarkian soldiers on Thursday.",
        "Clashes erupted along the Oslandia-Westmark border on Thursday.",
    ):
        ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Thursday", "2024-03-14")])
        assert _seen(ms, "ASSAULT") == [("ASSAULT", "NOR", "SWE")], text


def test_violence_between_unnamed_groups_or_a_possible_outbreak_makes_no_attack(nlp):
    for text in (
        "Violence broke out between protesters and police in Oslandia on Thursday.",
        "Clashes between Oslandia and Westmark could break out again, analysts warned on Thursday.",
        # a line named with a dash is the sides' only for armed fighting, and never over a between-phrase of others
        "Violence erupted on the Oslandia-Westmark border on Thursday.",
        "Clashes erupted on the Oslandia-Westmark border on Thursday between smugglers and police.",
    ):
        ms = code(nlp, text, "2024-03-15", actors=ACTORS, times=[("on Thursday", "2024-03-14")])
        assert [m for m in _seen(ms, "ASSAULT") if m[1] and m[2] and m[1] != m[2]] == [], text
