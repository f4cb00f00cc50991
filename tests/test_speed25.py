"""Session 25 throughput: cheaper forms of work the fused pass repeats, with the same results.

Each rewritten helper is checked against its straightforward form spelled out here: the fused pass's type
check of the enrich rows (column by column, then row by row only where a column fails), the records rebuilt
from rows (positional arguments instead of a dict per record), and two coder helpers that walked the whole
sentence for every trigger (the calls of a sentence, found once; "on one side ... on the other", skipped
when the sentence has no word "side").
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tidings.enrich.rows import _builder
from tidings.events import coder
from tidings.events import stage as events_stage
from tidings.events.lexicon import lexicon

pytest.importorskip("tidings.timex")


@pytest.mark.parametrize(
    ("values", "sql_type"),
    [
        (["a", None, "b"], "VARCHAR"),
        (["a", "b\x00c"], "VARCHAR"),
        ([], "VARCHAR"),
        ([None, None], "INTEGER"),
        ([1, 2, -(2**31)], "INTEGER"),
        ([1, 2**31], "INTEGER"),
        ([True, 1], "INTEGER"),
        ([1.0, 2], "INTEGER"),
        ([2**31, -(2**63)], "BIGINT"),
        ([2**63], "BIGINT"),
        ([1.5, None], "DOUBLE"),
        ([1.5, 2], "DOUBLE"),
        ([True, False, None], "BOOLEAN"),
        ([True, 0], "BOOLEAN"),
        ([type("S", (str,), {})("x")], "VARCHAR"),
    ],
)
def test_the_column_check_agrees_with_the_value_check(values: list, sql_type: str) -> None:
    assert events_stage._column_as_stored(values, sql_type) == all(events_stage._as_stored(v, sql_type) for v in values)


def test_records_built_positionally_equal_those_built_by_name() -> None:
    from tidings.actors import ActorMention
    from tidings.places import Place
    from tidings.timex import Timex
    from tidings.topics import TopicTag

    for cls in (ActorMention, Timex, Place, TopicTag):
        names = [f.name for f in dataclasses.fields(cls)]
        # the table's columns: start/end stored as start_char/end_char, the first field missing, one extra column
        span = {"start": "start_char", "end": "end_char"}
        cols = ("article_id", *(span.get(n, n) for n in names[1:]), "extra")
        row = ("a1", *(f"v{i}" for i in range(len(names) - 1)), "x")
        where = {c: i for i, c in enumerate(cols)}
        by_name = cls(**{n: (row[where[span.get(n, n)]] if span.get(n, n) in where else None) for n in names})
        assert _builder(cls, cols)(row) == by_name


def _on_call_slow(art, si, tr) -> bool:
    """``coder._on_call`` as it was: the sentence's calls found anew for each trigger."""
    calls = {t.head.i for t in art.triggers[si] if t.mode == "phone/video"}
    v = tr.head
    for t in art.sents[si]:
        if t.pos_ == "NOUN" and t.dep_ == "pobj":
            mods = [c.lower_ for c in t.children if c.dep_ in ("compound", "amod")]
            if any(
                lexicon().noun_compounds.get(f"{m} {t.lemma_.lower()}", ("", None))[1] == "phone/video" for m in mods
            ):
                calls.add(t.i)
    if not calls:
        return False
    if v.dep_ == "conj" and v.head.i in calls:
        return True
    for h in (v, *(c for c in v.children if c.dep_ == "dobj")):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "over"):
                if any(g.i in calls for g in c.children if g.dep_ == "pobj"):
                    return True
    return False


TEXTS = [
    "Blinken spoke by telephone with Wang Yi on Monday and discussed Taiwan. They also agreed to meet in March.",
    "The French foreign minister discussed the crisis with her Iranian counterpart in a phone conversation on "
    "Tuesday. Germany and Italy held talks during a video call on Wednesday.",
    "An agreement was signed on Friday between Russia on one side and Ukraine and Turkey on the other, officials said.",
    "Talks were held between Egypt on one side and Israel on the other. ON ONE SIDE, China criticised Japan.",
    "India accused Pakistan of shelling villages on Sunday, and Pakistan denied the charge.",
]


def _rows(ms: list) -> list[dict]:
    return [
        {k: v for k, v in r.items() if k != "created_at"}
        for r in events_stage.mention_rows(ms, created=dt.datetime(2024, 1, 1))
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_the_coder_helpers_code_as_their_slow_forms(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from coding import pipeline_mentions

    fast = _rows(pipeline_mentions(text))
    monkeypatch.setattr(coder, "_on_call", _on_call_slow)
    assert _rows(pipeline_mentions(text)) == fast


def test_the_sides_of_on_one_side_and_on_the_other_are_read_whatever_the_case() -> None:
    """``_one_side_other`` now returns early without the word "side": the phrase, in any case, still gives its sides."""
    from coding import coded

    assert coded(TEXTS[2]) == [("AGREE", "RUS", "TUR"), ("AGREE", "RUS", "UKR")]
    assert ("CONSULT", "EGY", "ISR") in coded(TEXTS[3])
    assert coded("Talks were held between Egypt ON ONE SIDE and Israel ON THE OTHER.") == [("CONSULT", "EGY", "ISR")]
