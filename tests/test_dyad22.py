"""Session 22 dyad22: the sides of events (a crowd marching in a list of cities is each city's country; a missile
"launched by" a group is that group's attack; bare "Congo" is the Democratic Republic; Spanish-accented country names;
"the recall of their ambassadors" recalls them), on made-up sentences run through the real actor recognition and coder
(parse, enrich, code)."""

from __future__ import annotations

from coding import coded as _dyads


# -- a crowd marching in a list of places is of each place's country ---------------------------------------------------
def test_protests_in_a_list_of_cities_are_each_citys_country(nlp) -> None:
    text = "Thousands of demonstrators rallied against Israel on Sunday in Rome, Vienna and Lisbon."
    assert {("PROTEST", "ITA", "ISR"), ("PROTEST", "AUT", "ISR"), ("PROTEST", "PRT", "ISR")} <= set(
        _dyads(text, "PROTEST")
    )


def test_cities_including_a_list_are_the_list(nlp) -> None:
    text = (
        "Thousands of protesters marched against Israel on Sunday in European cities including Rome, Vienna and Lisbon."
    )
    assert {("PROTEST", "ITA", "ISR"), ("PROTEST", "AUT", "ISR"), ("PROTEST", "PRT", "ISR")} <= set(
        _dyads(text, "PROTEST")
    )


def test_a_crowd_in_the_state_it_protests_against_names_no_foreign_side(nlp) -> None:
    # negative: the protest in the target's own country makes no event between a state and itself
    text = "Thousands of demonstrators rallied against Israel on Sunday in Rome, Vienna and Tel Aviv."
    assert ("PROTEST", "ISR", "ISR") not in _dyads(text, "PROTEST")


def test_a_named_crowd_keeps_its_own_side_in_a_list_of_cities(nlp) -> None:
    # negative: a crowd whose side is named keeps it, wherever it marches
    text = "Turkish students rallied against Israel on Sunday in Rome, Vienna and Lisbon."
    assert {s for _, s, _ in _dyads(text, "PROTEST")} <= {"TUR"}


# -- a missile "launched by" a group is that group's attack on the interceptor ------------------------------------------
def test_an_intercepted_missile_launched_by_a_group_is_its_attack(nlp) -> None:
    text = "Saudi air defences intercepted a ballistic missile launched by the Houthis toward Jazan on Monday."
    assert ("ASSAULT", "YEM", "SAU") in _dyads(text, "ASSAULT")


def test_an_intercepted_missile_launched_by_nobody_named_is_no_attack(nlp) -> None:
    # negative: "by unknown militants" names no side
    text = "Saudi air defences intercepted a missile launched by unknown militants on Monday."
    assert not [d for d in _dyads(text, "ASSAULT") if d[1]]


# -- "Congo" alone is the Democratic Republic; the Republic keeps its full names ----------------------------------------
def test_bare_congo_is_the_democratic_republic(nlp) -> None:
    assert ("AGREE", "COD", "RWA") in _dyads("Congo and Rwanda signed a peace agreement in Washington on Friday.")


def test_the_republic_of_congo_stays_itself(nlp) -> None:
    text = "The Republic of Congo and Gabon signed a border agreement on Friday."
    assert ("AGREE", "COG", "GAB") in _dyads(text)
    assert not [d for d in _dyads(text) if "COD" in d]


# -- country names written with their Spanish accent ---------------------------------------------------------------------
def test_accented_country_names_are_the_countries(nlp) -> None:
    text = "Caracas expelled the diplomats of Perú and Panamá on Monday."
    assert {("SANCTION", "VEN", "PER"), ("SANCTION", "VEN", "PAN")} <= set(_dyads(text, "SANCTION"))


# -- "the recall of their ambassadors" --------------------------------------------------------------------------------
def test_the_recall_of_envoys_is_a_recall(nlp) -> None:
    text = "Oslo announced the recall of its ambassador from Moscow on Sunday."
    assert ("SANCTION", "NOR", "RUS") in _dyads(text, "SANCTION")


def test_the_recall_of_goods_is_no_recall(nlp) -> None:
    # negative: a product recall names no envoy
    assert _dyads("The carmaker announced the recall of a million cars from Japan.", "SANCTION") == []


# -- a bare title nobody in the KB holds names the one introduced earlier with their side --------------------------------
def test_the_spokesman_is_the_one_introduced_with_his_side(nlp) -> None:
    text = (
        "A Chinese foreign ministry spokesman spoke to reporters on Monday. "
        "The spokesman also accused Washington of meddling in Hong Kong."
    )
    assert ("ACCUSE", "CHN", "USA") in _dyads(text, "ACCUSE")


def test_a_spokesman_introduced_with_no_side_names_none(nlp) -> None:
    # negative: nobody named the spokesman's side, so no side is guessed
    text = "A spokesman spoke to reporters on Monday. The spokesman also accused Washington of meddling in Hong Kong."
    assert _dyads(text, "ACCUSE") == []
