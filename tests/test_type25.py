"""Session 25 types of events never produced or coded with another type (branch type25), on made-up text: a
response vowed, pledged or promised is a threat; the thesaurus class of censure words (regrettable, unprofessional,
unfriendly ...) makes a reported verdict on another side's act an accusation; support or solidarity stated with
emphasis ("underscored its solidarity with") is support; military craft crossing a strait's median line are a show of
force."""

from coding import coded_invented, dyads_of_type

_seen = dyads_of_type

_code = coded_invented


# --- a response promised ---------------------------------------------------------------------------------------------


def test_a_response_vowed_or_promised_is_a_threat(nlp):
    for verb, noun in (
        ("vowed", "a harsh response"),
        ("pledged", "swift retaliation"),
        ("promised", "resolute countermeasures"),
        ("vowed", "revenge"),
    ):
        ms = _code(nlp, f"Oslandia on Monday {verb} {noun} against Westmark over the border shooting.")
        assert ("THREATEN", "NOR", "SWE") in _seen(ms, "THREATEN"), (verb, noun)
        assert not _seen(ms, "AGREE"), (verb, noun)


def test_other_pledges_stay_pledges(nlp):
    ms = _code(nlp, "Oslandia on Monday pledged closer cooperation with Westmark on energy.")
    assert not _seen(ms, "THREATEN")
    ms = _code(nlp, "Oslandia on Monday promised Westmark 30 million euros in humanitarian aid.")
    assert ("AID", "NOR", "SWE") in _seen(ms, "AID")
    assert not _seen(ms, "THREATEN")


# --- censure words ---------------------------------------------------------------------------------------------------


def test_a_verdict_of_censure_on_another_sides_act_accuses(nlp):
    for word in ("regrettable", "unprofessional", "unjustifiable", "deplorable", "very unfortunate"):
        ms = _code(nlp, f"The Oslandian foreign ministry said on Monday that the Westmarkian expulsions were {word}.")
        assert ("ACCUSE", "NOR", "SWE") in _seen(ms, "ACCUSE"), word
    ms = _code(nlp, "Oslandia said on Monday that Westmark's decision was an unfriendly step.")
    assert ("ACCUSE", "NOR", "SWE") in _seen(ms, "ACCUSE")


def test_censure_with_nobody_named_is_no_event(nlp):
    ms = _code(nlp, "The Oslandian minister said on Monday that it was unfortunate that the weather delayed the fair.")
    assert not _seen(ms, "ACCUSE")


# --- support stated with emphasis ------------------------------------------------------------------------------------


def test_support_stated_with_emphasis_is_support(nlp):
    for verb in ("underscored", "highlighted", "stressed"):
        ms = _code(nlp, f"Oslandia on Monday {verb} its solidarity with Westmark after the floods.")
        assert ("SUPPORT", "NOR", "SWE") in _seen(ms, "SUPPORT"), verb


def test_emphasis_on_something_else_is_no_support(nlp):
    ms = _code(nlp, "Oslandia on Monday underscored the importance of the fisheries dispute with Westmark.")
    assert not _seen(ms, "SUPPORT")


# --- a strait's median line crossed ----------------------------------------------------------------------------------


def test_warplanes_crossing_the_median_line_are_a_show_of_force(nlp):
    ms = _code(nlp, "Twelve Oslandian warplanes crossed the median line of the strait on Monday, Westmark said.")
    assert [t for t in _seen(ms, "MOBILIZE") if t[1] == "NOR"]


def test_other_lines_crossed_are_no_show_of_force(nlp):
    ms = _code(nlp, "Oslandian runners crossed the finish line in Westmark on Monday.")
    assert not _seen(ms, "MOBILIZE")


# --- a sale approved -------------------------------------------------------------------------------------------------


def test_a_possible_sale_approved_is_aid(nlp):
    for text in (
        "Oslandia on Monday approved the possible sale to Westmark of tanks, missiles and related equipment.",
        "Oslandia on Monday cleared a potential sale of spare parts to Westmark.",
    ):
        ms = _code(nlp, text)
        assert ("AID", "NOR", "SWE") in _seen(ms, "AID"), text
        assert not _seen(ms, "AGREE"), text


def test_a_plain_sale_approved_is_no_aid(nlp):
    ms = _code(nlp, "Oslandia on Monday approved the sale of the state airline to a Westmarkian investor.")
    assert not _seen(ms, "AID")


# --- a value stated ----------------------------------------------------------------------------------------------


def test_the_importance_of_solidarity_stressed_is_no_support(nlp):
    ms = _code(nlp, "Both sides on Monday stressed the importance of solidarity among Oslandia and Westmark.")
    assert not _seen(ms, "SUPPORT")
