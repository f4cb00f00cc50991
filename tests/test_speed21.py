"""Session 21 throughput: shortcuts that must not change any result."""

from __future__ import annotations

import datetime as dt
import random

from tidings.reconcile import merge
from tidings.reconcile.merge import Cluster, Merger, _compatible, _feat


def _mentions(n: int, seed: int) -> list[dict]:
    """Made-up mentions crowding a few cells: two dyads, several people, places, modes and dates."""
    rng = random.Random(seed)
    people = {"USA": ["blinken", "yellen", None], "CHN": ["wang_yi", "he_lifeng", None]}
    out = []
    for i in range(n):
        src, tgt = rng.choice([("USA", "CHN"), ("CHN", "USA"), ("USA", None)])
        s_id, t_id = rng.choice(people[src]), (rng.choice(people[tgt]) if tgt else None)
        dated = rng.random() < 0.85
        day = dt.date(2023, 6, 1) + dt.timedelta(days=rng.randint(0, 40))
        width = rng.choice([0, 0, 0, 1, 6, 29])
        status = rng.choice(["occurred", "occurred", "planned", "negated"])
        out.append(
            {
                "mention_id": f"m{i:04d}",
                "article_id": f"a{rng.randint(0, n // 3):04d}",
                "trigger_start": rng.randint(0, 3),
                "type": rng.choice(["CONSULT", "CONSULT", "ACCUSE"]),
                "mode": rng.choice([None, "visit", "phone/video"]),
                "source_country": src,
                "target_country": tgt,
                "source_actor_id": s_id or f"{src.lower()}_gov",
                "target_actor_id": t_id or (f"{tgt.lower()}_gov" if tgt else None),
                "source_kind": "person" if s_id else "state",
                "target_kind": "person" if t_id else ("state" if tgt else None),
                "status": status,
                "date_from": day if dated else None,
                "date_to": day + dt.timedelta(days=width) if dated else None,
                "date_source": rng.choice(["timex", "timex", "previous", "published"]) if dated else None,
                "place_country": rng.choice([None, None, "CHN", "USA", "IDN"]),
                "published_date": day + dt.timedelta(days=rng.randint(-20, 5)),
                "background": False,
            }
        )
    return out


def _assignments(ms: list[dict]) -> tuple[list[str], list[list[str]]]:
    merger = Merger()
    who = [merger.add(dict(m)) for m in ms]
    merger.consolidate()
    events = sorted(sorted(x["mention_id"] for x in c.mentions) for c in merger.clusters.values() if c.mentions)
    return who, events


def test_excludes_is_a_necessary_test_of_compatibility():
    """Whenever an event is skipped, some signature of it rejects the mention."""
    ms = _mentions(300, 1)
    skipped = 0
    for seed in range(3):
        rng = random.Random(seed)
        c = Cluster("e")
        for m in rng.sample(ms, 4):
            c.add(dict(m))
        for m in ms:
            fm = _feat(dict(m))
            if c.excludes(fm):
                skipped += 1
                assert any(not _compatible(fm, fo) for fo in c.feats)
    assert skipped > 50


def test_same_events_with_and_without_the_shortcuts(monkeypatch):
    """Skipping events that ``excludes`` rules out, and filing an event's dated signatures as one
    interval, pick the same event for every mention as testing every event of every signature's cells."""
    for seed in (1, 2, 3):
        ms = _mentions(400, seed)
        fast = _assignments(ms)
        with monkeypatch.context() as mp:
            mp.setattr(merge.Cluster, "excludes", lambda self, fm: False)
            mp.setattr(merge.Merger, "_index", lambda self, c, m: self.index.add(c.event_id, m))
            mp.setattr(merge.BlockIndex, "file_event", lambda self, c: None)
            slow = _assignments(ms)
        assert fast == slow
        assert len(fast[1]) < len(ms)  # some mentions do merge


def test_excludes_leaves_a_compatible_event():
    """A mention with the event's place, people and day is not skipped; another place or person is."""
    base = _mentions(1, 5)[0] | {"place_country": "CHN", "source_kind": "person", "source_actor_id": "blinken"}
    c = Cluster("e")
    c.add(dict(base))
    assert not c.excludes(_feat(dict(base, mention_id="x", article_id="other")))
    assert c.excludes(_feat(dict(base, mention_id="y", place_country="IDN")))
    assert c.excludes(_feat(dict(base, mention_id="z", source_actor_id="yellen")))
    later = base["date_to"] + dt.timedelta(days=3)
    assert c.excludes(_feat(dict(base, mention_id="w", date_from=later, date_to=later)))


def test_an_event_is_filed_by_the_interval_all_its_dates_share():
    """An event told as June by one report and as June 20 by another is found from June 19-21, not
    from June 5; once the day report is gone (re-coded), from all of June again."""
    june = _mentions(1, 7)[0] | {
        "date_from": dt.date(2023, 6, 1),
        "date_to": dt.date(2023, 6, 30),
        "status": "occurred",
    }
    day = june | {
        "mention_id": "d",
        "article_id": "b",
        "date_from": dt.date(2023, 6, 20),
        "date_to": dt.date(2023, 6, 20),
    }
    merger = Merger()
    eid = merger.add(dict(june))
    assert merger.add(dict(day)) == eid
    near = day | {
        "mention_id": "n",
        "article_id": "c",
        "date_from": dt.date(2023, 6, 21),
        "date_to": dt.date(2023, 6, 21),
    }
    far = day | {"mention_id": "f", "article_id": "c", "date_from": dt.date(2023, 6, 5), "date_to": dt.date(2023, 6, 5)}
    assert eid in merger.candidates(near)
    assert eid not in merger.candidates(far)
    merger.remove_mentions({"d"})
    assert eid in merger.candidates(far)


def _word_set_spelled_out(text: str) -> frozenset[str]:
    """``dedup.text.word_set`` as it was before its per-word memo (session 20)."""
    from tidings.dedup.text import _DOTTED, _NUM, _POSS, _initials, _plain, words

    out: set[str] = set()
    for w in words(text):
        out.add(w)
        out.add(_plain(w))
        if _DOTTED.fullmatch(w):
            out.add(w.replace(".", ""))
        if any(c.isdigit() for c in w):
            out.update(m.group().replace(",", "").rstrip(".") for m in _NUM.finditer(w))
            if w[:1].isdigit():
                continue
        w = _POSS.sub("", w)
        out.add(w)
        if len(w) >= 6:
            out.add(w[:6] + "*")
    out.update(_initials(text))
    return frozenset(out)


def test_word_set_memo_gives_the_same_words():
    """The memo of each word's forms files the same forms, also on a second read and for digits, dotted
    initials, possessives, accents and capitalised runs."""
    from tidings.dedup.text import word_set

    texts = [
        "The European Union's envoy met U.S. officials in São Paulo on Tuesday, 12th March.",
        "Malaysia's A320-family order of 1,200 jets; Nicolás said 3.5% growth was 'unlikely'.",
        "Association of Southeast Asian Nations ministers met on Thursday; the ministry's statement followed.",
        "",
    ]
    for _ in range(2):
        for t in texts:
            assert word_set(t) == _word_set_spelled_out(t)
