"""Session 24 precision24: a body whose name other states' bodies bear too ("the Foreign Office" is Britain's and
Pakistan's; "the National Security Council" America's, Japan's, South Korea's ...) is read, where the text puts no
state on it, as the state the article is about (a capital after it, a clause subject before it in its sentence, the
dateline, earlier subjects), not always as the one state the knowledge base first knew. Made-up sentences run through
the real parse, actor recognition and coder."""

from __future__ import annotations

import datetime as dt

from coding import coded as _dyads


def _bodies(text: str) -> list[str | None]:
    """Countries of the mentions of a Foreign Office or a National Security Council in ``text``."""
    from tidings.enrich import analyse
    from tidings.nlp import parse

    art = analyse("t24", next(parse([text])), published=dt.date(2024, 5, 10))
    return [m.country for m in art.actors if "Foreign Office" in m.text or "Security Council" in m.text]


# -- the Foreign Office ----------------------------------------------------------------------------------------------------
def test_a_foreign_office_under_an_islamabad_dateline_is_pakistan(nlp) -> None:
    text = "ISLAMABAD: The Foreign Office summoned India's deputy high commissioner on Monday over firing along the border."
    assert _bodies(text) == ["PAK"]
    out = _dyads(text)
    assert any(s == "PAK" and t == "IND" for _, s, t in out)
    assert not any(s == "GBR" for _, s, _ in out)


def test_a_foreign_office_in_islamabad_is_pakistan(nlp) -> None:
    text = (
        "New Delhi said its envoy had been summoned by the Foreign Office in Islamabad for the third time this month."
    )
    assert _bodies(text) == ["PAK"]


def test_a_title_case_dateline_names_the_state(nlp) -> None:
    text = (
        "Islamabad: Pakistan lodged a protest over the shelling. The Indian envoy was summoned by the Foreign Office."
    )
    assert _bodies(text) == ["PAK"]


def test_the_foreign_office_of_a_british_story_stays_british(nlp) -> None:
    # negative: in a story from London, or about Britain, the bare Foreign Office is Britain's
    assert _bodies("LONDON: The Foreign Office summoned the Russian ambassador on Tuesday.") == ["GBR"]
    text = "Britain expelled two Russian diplomats. The Foreign Office said Moscow had harassed its staff."
    assert _bodies(text) == ["GBR"]


def test_a_state_that_has_no_foreign_office_does_not_take_it(nlp) -> None:
    # negative: Russia calls its ministry otherwise, so a Russian subject does not make the Foreign Office Russian
    text = "Russia's ambassador was called into the Foreign Office on Monday over the expulsions."
    assert _bodies(text) == ["GBR"]


# -- the National Security Council --------------------------------------------------------------------------------------------
def test_a_japanese_subject_convenes_its_own_security_council(nlp) -> None:
    text = "North Korea fired a missile over Hokkaido on Tuesday. Japan convened a National Security Council meeting."
    assert _bodies(text) == ["JPN"]
    assert not any(t == "USA" or s == "USA" for _, s, t in _dyads(text))


def test_each_leader_holds_his_own_security_council(nlp) -> None:
    text = (
        "TOKYO: Prime Minister Kishida ordered a National Security Council meeting after the launch. "
        "South Korean President Yoon is also set to hold a National Security Council meeting on Friday."
    )
    assert _bodies(text) == ["JPN", "KOR"]


def test_a_seoul_dateline_gives_the_council_to_south_korea(nlp) -> None:
    assert _bodies("SEOUL: The National Security Council met on Sunday to discuss the launches.") == ["KOR"]


def test_the_american_council_stays_american(nlp) -> None:
    # negative: in an American story, or with no state the council could belong to, it is the U.S. body
    text = "WASHINGTON: President Biden met the National Security Council to discuss the strikes on Iran."
    assert _bodies(text) == ["USA"]
    assert _bodies("The National Security Council declined to comment on the talks with China.") == ["USA"]


# -- a request made at home -------------------------------------------------------------------------------------------------
# A request addressed to a state's own people or firms (lexicon ``home_addressees``; a plural demonym of the asker's
# state) is made at home: no party of its sentence and not the article's last counterpart is guessed as its target, so
# it makes no event (issue 15 point 6).
def test_a_travel_advice_to_its_own_citizens_aims_at_nobody(nlp) -> None:
    text = (
        "Israel shelled the border town of Khiam on Friday. "
        "Canada's foreign ministry urged its citizens in Lebanon to leave the country immediately."
    )
    assert not any(s == "CAN" and t is not None for _, s, t in _dyads(text, "REQUEST"))


def test_a_plural_demonym_of_the_asker_is_its_own_people(nlp) -> None:
    text = "Israel struck targets in Lebanon on Friday. The foreign minister urged Australians in Lebanon to leave at once."
    assert not any(s == "AUS" and t == "LBN" for _, s, t in _dyads(text, "REQUEST"))


def test_firms_told_to_refuse_are_no_foreign_side(nlp) -> None:
    text = (
        "China said its coast guard would board ships near Taiwan. "
        "Taiwan's port authority told shipping companies to refuse any boarding and to call the coast guard."
    )
    assert not any(s == "TWN" and t == "CHN" for _, s, t in _dyads(text, "REQUEST"))


def test_a_request_to_a_foreign_side_keeps_its_target(nlp) -> None:
    # negatives: a side asked by name, or the article's counterpart asked through a description, stays a REQUEST to it
    text = "France condemned the coup in Niger on Saturday. Paris urged the junta to release President Bazoum."
    assert ("REQUEST", "FRA", "NER") in _dyads(text, "REQUEST")
    text = "China detained a Japanese businessman in Beijing. Japan urged China to release one of its nationals."
    assert ("REQUEST", "JPN", "CHN") in _dyads(text, "REQUEST")
