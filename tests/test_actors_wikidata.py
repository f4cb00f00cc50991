"""Actors worldwide from curated public data (session 17, branch `actors17`): heads of state and government and
foreign ministers of every country from Wikidata (people_wikidata.yaml, built by scripts/build_world_leaders.py)
sit beside the hand-written people files; they are found by their full name only, and the hand-written entry wins.

The sentences are made up (other countries, tenses and voices than any set's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.actors import kb, resolve
from tidings.enrich import analyse
from tidings.events.coder import code_article


def _mentions(nlp, text: str, day: str):
    return resolve(nlp(text), published=dt.date.fromisoformat(day))


def _dyads(nlp, text: str, day: str) -> set[tuple[str, str | None, str | None]]:
    ms = code_article(analyse("a1", nlp(text), published=dt.date.fromisoformat(day)))
    c = lambda a: a.country if a is not None else None  # noqa: E731
    return {(m.type, c(m.source), c(m.target)) for m in ms}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Hakainde Hichilema told parliament in Lusaka that the debt deal would be signed.", "Hakainde Hichilema", "ZMB"),
        ("On Friday Taneti Maamau flew to Beijing for a state visit.", "Taneti Maamau", "KIR"),
        ("Ararat Mirzoyan was due to meet his Azerbaijani counterpart in Washington.", "Ararat Mirzoyan", "ARM"),
        ("The proposal was rejected by Edi Rama on Tuesday.", "Edi Rama", "ALB"),
    ],
)
def test_a_leader_or_foreign_minister_named_in_full_has_the_country_wikidata_gives(nlp, text, name, country) -> None:
    m = next(m for m in _mentions(nlp, text, "2022-06-15") if name in m.text)
    assert m.resolved and m.country == country and m.actor_id and m.actor_id.startswith("person:wd-")
    a = kb().get(m.actor_id)
    assert a is not None and a.source.startswith("Wikidata Q") and "CC0" in a.source


def test_a_later_bare_surname_follows_the_full_name_but_a_surname_alone_names_nobody(nlp) -> None:
    ms = _mentions(nlp, "Hakainde Hichilema met the lenders on Monday. Hichilema said the terms were fair.", "2022-06-15")
    assert [m.country for m in ms if m.text == "Hichilema"] == ["ZMB"]
    # a common surname of a leader the data knows (Guyana's prime minister Mark Phillips) is no one by itself
    ms = _mentions(nlp, "Phillips told reporters the strike would go ahead on Monday.", "2022-06-15")
    assert not any((m.actor_id or "").startswith("person:wd-") for m in ms)


def test_the_hand_written_entry_wins() -> None:
    k = kb()
    wd = [a for a in k.people() if a.actor_id.startswith("person:wd-")]
    assert len(wd) > 300
    hand = {n.lower() for a in k.people() if not a.actor_id.startswith("person:wd-") for n in (a.name, *a.aliases)}
    assert not [a.name for a in wd if a.name.lower() in hand]
    # "Abiy Ahmed Ali" and "Mohammed bin Zayed Al Nahyan" are the hand-written Abiy Ahmed and Mohamed bin Zayed
    assert not [a for a in wd if a.name in ("Abiy Ahmed Ali", "Mohammed bin Zayed Al Nahyan", "Salman of Saudi Arabia")]
    # ... but Khalifa bin Zayed, another President of the same country, is kept
    assert [a.country for a in wd if a.name == "Khalifa bin Zayed Al Nahyan"] == ["ARE"]
    # full-name-only people have no surname: no bare-surname lookups, no "<surname> government"
    assert all(a.surname is None for a in wd)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Taneti Maamau met Chinese President Xi Jinping in Beijing on Friday.", ("CONSULT", "KIR", "CHN")),
        ("Edi Rama accused Serbia on Tuesday of stoking tension in the north.", ("ACCUSE", "ALB", "SRB")),
        ("Hakainde Hichilema signed a debt deal with China in Lusaka on Thursday.", ("AGREE", "ZMB", "CHN")),
        ("Ali Bongo Ondimba, President of Gabon, hosted French President Emmanuel Macron in Libreville on Wednesday.",
         ("CONSULT", "FRA", "GAB")),  # the visitor is the source of a visit
    ],
)
def test_events_of_leaders_the_hand_written_files_do_not_know(nlp, text, want) -> None:
    assert want in _dyads(nlp, text, "2022-06-15")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Indonesia summoned the Australian Ambassador to Indonesia Penny Walsh on Thursday.", "Penny Walsh", "AUS"),
        ("The Kenyan envoy to Somalia Ahmed Hassan Farah was expelled by Mogadishu on Monday.", "Ahmed Hassan Farah", "KEN"),
        ("The Ghanaian ambassador in Moscow Kofi Asante was summoned by Russia on Monday.", "Kofi Asante", "GHA"),
        ("The coast guard's moves threaten the region, US Ambassador to Vietnam Mark Keller wrote.", "Mark Keller", "USA"),
    ],
)
def test_an_envoy_named_after_his_post_keeps_the_country_that_sent_him(nlp, text, name, country) -> None:
    """The country after "to"/"in" in "<Adj> Ambassador to <host> NAME" is where the envoy serves, not a word
    before the name: the name takes the title and its country, and the host is no mention of its own."""
    ms = _mentions(nlp, text, "2024-05-10")
    m = next(m for m in ms if name in m.text)
    assert m.country == country, (m.text, m.country, m.role)
    assert "mbassador" in m.text or "envoy" in m.text  # one mention from the title to the name
