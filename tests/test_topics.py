"""Topics: taxonomy data and sentence tagging on news-like text, including near-misses."""

from __future__ import annotations

import pytest

from tidings.topics import TopicTag, tag, taxonomy

REQUIRED = {"taiwan", "trade", "export_controls", "ai", "military", "fentanyl", "climate", "human_rights",
            "ukraine_russia", "middle_east", "korea", "south_china_sea", "cyber", "nuclear_arms",
            "people_to_people", "economy_finance"}


def topics(nlp, text: str) -> set[str]:
    return {t.topic for t in tag(nlp(text))}


def test_taxonomy_has_documented_topics():
    tax = taxonomy()
    assert REQUIRED <= set(tax)
    for tid, spec in tax.items():
        assert spec["label"] and spec["description"], tid
        assert spec.get("terms") or spec.get("case") or spec.get("patterns"), tid


@pytest.mark.parametrize("text, expected", [
    ("Washington raised tariffs on Chinese electric vehicles to 100 percent.", "trade"),
    ("The Commerce Department added 36 companies to the Entity List.", "export_controls"),
    ("Beijing restricted exports of gallium and germanium, metals used in chipmaking.", "export_controls"),
    ("Nvidia said it would design a new chip for the Chinese market.", "export_controls"),
    ("The two presidents agreed to hold talks on the risks of AI in military systems.", "ai"),
    ("Officials discussed artificial intelligence governance.", "ai"),
    ("The defense ministers agreed to resume military-to-military communication.", "military"),
    ("A Chinese fighter jet intercepted a U.S. reconnaissance plane over the East China Sea.", "military"),
    ("China pledged to curb exports of fentanyl precursor chemicals.", "fentanyl"),
    ("The envoys met to discuss methane emissions before COP28.", "climate"),
    ("Rights groups accused Beijing of forced labor in Xinjiang.", "human_rights"),
    ("Thousands of Uyghurs have been detained, the report said.", "human_rights"),
    ("Kyiv said Russian drones struck the power grid overnight.", "ukraine_russia"),
    ("The Houthis attacked another tanker in the Red Sea.", "middle_east"),
    ("Pyongyang test-fired a ballistic missile on Sunday.", "korea"),
    ("Chinese coast guard ships fired water cannon near Scarborough Shoal.", "south_china_sea"),
    ("Hackers linked to Volt Typhoon breached water utilities.", "cyber"),
    ("Washington urged Beijing to join arms control talks on nuclear weapons.", "nuclear_arms"),
    ("Both sides agreed to expand student exchanges and restore journalist visas.", "people_to_people"),
    ("Treasury Secretary Janet Yellen raised concerns about the yuan and China's debt.", "economy_finance"),
    ("Taiwanese officials said the ships stayed away from the island.", "taiwan"),
    ("Lai Ching-te was sworn in as president in Taipei.", "taiwan"),
])
def test_positive(nlp, text, expected):
    assert expected in topics(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Beijing sees the detained executive as a bargaining chip in the negotiations.", "export_controls"),
    ("Blue-chip stocks slipped on Monday.", "export_controls"),
    ("The artist Ai Weiwei spoke about his ai project.", "ai"),
    ("The political climate in Washington has soured.", "climate"),
    ("The building held a fire drill on Tuesday.", "military"),
    ("He urged both sides to exercise restraint.", "military"),
    ("Survivors gathered at the site of the World Trade Center.", "trade"),
    ("She told reporters that the meeting was productive.", "people_to_people"),
    ("The two leaders shook hands and smiled for the cameras.", "taiwan"),
])
def test_negative(nlp, text, absent):
    assert absent not in topics(nlp, text)


def test_tags_carry_sentence_and_offsets(nlp):
    text = "The talks were long. Both sides discussed tariffs and export controls."
    tags = tag(nlp(text))
    assert tags and all(isinstance(t, TopicTag) for t in tags)
    by_topic = {t.topic: t for t in tags}
    assert by_topic["trade"].sentence == 1
    assert text[by_topic["trade"].start:by_topic["trade"].end] == by_topic["trade"].matched == "tariffs"
    assert by_topic["export_controls"].matched == "export controls"
    # "export controls" is not trade: the longer, more specific phrase is vetoed for 'trade'
    assert [t.matched for t in tags if t.topic == "trade"] == ["tariffs"]


def test_plain_sentence_has_no_topic(nlp):
    assert tag(nlp("The spokesman declined to comment on the schedule.")) == []


def test_docs_list_every_topic():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs/topics.md").read_text(encoding="utf-8")
    for tid in taxonomy():
        assert f"| `{tid}` |" in doc, f"topic {tid} missing from docs/topics.md"


@pytest.mark.parametrize("text, absent", [
    ("An auto manufacturers trade group urged the president to act.", "trade"),
    ("The event was not sanctioned by the university.", "sanctions"),
    ("The two men were released on bond last year.", "economy_finance"),
])
def test_domestic_senses_are_not_issues(nlp, text, absent):
    assert absent not in topics(nlp, text)


def test_sanctions_on_companies(nlp):
    assert "sanctions" in topics(nlp, "The Treasury sanctioned five Chinese companies for supplying Russia.")
