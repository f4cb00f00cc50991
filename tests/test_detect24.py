"""Session 24 detection by verb class (branch detect24), on made-up text: the thesaurus class of harsh criticism
("blasted", "assailed", "berated", "rounded on") is ACCUSE; a speech act restated is made again as its noun reads
("repeated his assurances", "repeated its call", "renewed its threat", "reiterated charges"); committing oneself
("committed themselves to") is a pledge; insisting on something is demanding it; forces
drawn down ("cut its troop presence in X") are a RETREAT from where they are stationed."""

from coding import coded_invented, dyads_of_type

_seen = dyads_of_type

_code = coded_invented


# --- harsh criticism -------------------------------------------------------------------------------------------------


def test_verbs_of_harsh_criticism_accuse(nlp):
    for verb in ("blasted", "assailed", "berated", "chided", "excoriated", "faulted", "chastised"):
        ms = _code(nlp, f"Oslandia on Monday {verb} Westmark over its new export curbs.")
        assert ("ACCUSE", "NOR", "SWE") in _seen(ms, "ACCUSE"), verb


def test_rounding_on_a_side_accuses_it(nlp):
    ms = _code(nlp, "Oslandia on Monday rounded on Westmark for its treatment of the minority.")
    assert ("ACCUSE", "NOR", "SWE") in _seen(ms, "ACCUSE")


def test_a_physical_blast_is_no_criticism(nlp):
    ms = _code(nlp, "Oslandian jets blasted militant positions near the Westmark border on Monday.")
    assert not _seen(ms, "ACCUSE")


# --- a speech act restated -------------------------------------------------------------------------------------------


def test_restated_assurances_and_willingness_are_pledges(nlp):
    ms = _code(nlp, "Oslandia on Monday repeated its assurances to Westmark that no foreign base would be built.")
    assert ("AGREE", "NOR", "SWE") in _seen(ms, "AGREE")
    ms = _code(nlp, "The Oslandian president on Monday reiterated his willingness to meet the leader of Westmark.")
    assert _seen(ms, "AGREE")


def test_a_repeated_call_is_a_request_and_a_renewed_or_revived_threat_a_threat(nlp):
    ms = _code(nlp, "Oslandia on Monday repeated its call for Westmark to withdraw the decision.")
    assert ("REQUEST", "NOR", "SWE") in _seen(ms, "REQUEST")
    ms = _code(nlp, "Oslandia on Monday renewed its threat to close the strait to Westmarkian ships.")
    assert ("THREATEN", "NOR", "SWE") in _seen(ms, "THREATEN")
    ms = _code(nlp, "Oslandia on Monday revived its threat of tariffs against Westmark.")
    assert ("THREATEN", "NOR", "SWE") in _seen(ms, "THREATEN")


def test_reiterated_charges_accuse(nlp):
    ms = _code(nlp, "Oslandia on Monday reiterated charges of Westmarkian support for the rebels.")
    assert ("ACCUSE", "NOR", "SWE") in _seen(ms, "ACCUSE")


# --- committing oneself -----------------------------------------------------------------------------------------------


def test_committing_oneself_is_a_pledge(nlp):
    ms = _code(nlp, "Oslandia and Westmark on Monday committed themselves to the goal of a demilitarised border.")
    assert _seen(ms, "AGREE")


def test_a_course_of_action_stated_is_no_pledge(nlp):
    ms = _code(
        nlp, "Oslandia is committed to using every tool to protect its technology from Westmark, it said on Monday."
    )
    assert not _seen(ms, "AGREE")
    ms = _code(nlp, "Oslandia on Monday reiterated its commitment to achieving a nuclear-free Westmark.")
    assert not _seen(ms, "AGREE")
    ms = _code(nlp, "Oslandia on Monday reaffirmed its commitment to the Westmarkian people.")
    assert not _seen(ms, "AGREE")
    ms = _code(nlp, "Oslandia on Monday reaffirmed its commitment to the border treaty with Westmark.")
    assert _seen(ms, "AGREE")


def test_forces_or_money_committed_are_no_pledge_of_this_kind(nlp):
    ms = _code(nlp, "Oslandia committed to ongoing consultations with Westmark on Monday.")
    assert not _seen(ms, "AGREE")
    ms = _code(nlp, "Oslandia on Monday committed two battalions to the mission in Westmark.")
    assert not _seen(ms, "AGREE")
    ms = _code(nlp, "Oslandian officers committed the massacre, Westmark said on Monday.")
    assert not _seen(ms, "AGREE")


# --- insisting on ----------------------------------------------------------------------------------------------------


def test_insisting_on_something_demands_it(nlp):
    ms = _code(nlp, "Oslandia on Monday insisted on the complete withdrawal of Westmarkian troops.")
    assert _seen(ms, "REQUEST")


# --- forces drawn down -----------------------------------------------------------------------------------------------


def test_forces_drawn_down_retreat_from_where_they_are_stationed(nlp):
    ms = _code(nlp, "Oslandia on Monday began reducing its military presence in Westmark.")
    assert ("RETREAT", "NOR", "SWE") in _seen(ms, "RETREAT")
    ms = _code(nlp, "Oslandia will cut its troop presence in Westmark by half, the ministry said on Monday.")
    assert ("RETREAT", "NOR", "SWE") in _seen(ms, "RETREAT")


def test_a_diplomatic_presence_reduced_stays_a_sanction_and_a_workforce_cut_is_nothing(nlp):
    ms = _code(nlp, "Oslandia on Monday reduced its diplomatic presence in Westmark.")
    assert not _seen(ms, "RETREAT")
    ms = _code(nlp, "The Oslandian carmaker on Monday cut its workforce in Westmark by a tenth.")
    assert not _seen(ms, "RETREAT")
