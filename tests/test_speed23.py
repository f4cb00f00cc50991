"""Session 23 throughput: reconcile merges each event type on its own (forked workers), with the same events."""

from __future__ import annotations

import datetime as dt
import os
import random

import pytest

import tidings
from tidings.reconcile.merge import Cluster, Merger
from tidings.reconcile.stage import EVENT_COLUMNS, merge_group, merge_groups, type_groups
from tidings.runtime import configure

TYPES = ["CONSULT", "CONSULT", "ACCUSE", "AGREE", "REQUEST", "SANCTION"]
UPDATED = dt.datetime(2024, 1, 1, 12, 0)


def _mentions(n: int, seed: int, prefix: str = "m") -> list[dict]:
    """Made-up mentions crowding a few cells: several types, dyads, people, places, modes and dates."""
    rng = random.Random(seed)
    people = {"USA": ["blinken", "yellen", None], "CHN": ["wang_yi", "he_lifeng", None], "JPN": [None]}
    out = []
    for i in range(n):
        src, tgt = rng.choice([("USA", "CHN"), ("CHN", "USA"), ("USA", None), ("JPN", "CHN")])
        s_id, t_id = rng.choice(people[src]), (rng.choice(people[tgt]) if tgt else None)
        dated = rng.random() < 0.85
        day = dt.date(2023, 6, 1) + dt.timedelta(days=rng.randint(0, 40))
        width = rng.choice([0, 0, 0, 1, 6, 29])
        place = rng.choice([None, None, "CHN", "USA", "IDN"])
        article = f"a{rng.randint(0, n // 3):04d}"
        out.append(
            {
                "mention_id": f"{prefix}{i:04d}",
                "article_id": article,
                "sentence": rng.randint(0, 9),
                "trigger_start": rng.randint(0, 3),
                "type": rng.choice(TYPES),
                "mode": rng.choice([None, "visit", "phone/video"]),
                "source_name": src,
                "target_name": tgt,
                "source_country": src,
                "target_country": tgt,
                "source_actor_id": s_id or f"{src.lower()}_gov",
                "target_actor_id": t_id or (f"{tgt.lower()}_gov" if tgt else None),
                "source_kind": "person" if s_id else "state",
                "target_kind": "person" if t_id else ("state" if tgt else None),
                "status": rng.choice(["occurred", "occurred", "planned", "negated"]),
                "date_value": day.isoformat() if dated else None,
                "date_precision": "day" if dated and width == 0 else ("month" if dated else None),
                "date_from": day if dated else None,
                "date_to": day + dt.timedelta(days=width) if dated else None,
                "date_source": rng.choice(["timex", "timex", "previous", "published"]) if dated else None,
                "place_name": f"capital of {place}" if place else None,
                "place_country": place,
                "published_date": day + dt.timedelta(days=rng.randint(-20, 5)),
                "outlet": f"Outlet {rng.randint(0, 5)}",
                "source_group": f"g{rng.randint(0, 40)}",
                "background": False,
                "confidence": round(rng.uniform(0.4, 0.9), 2),
                "issues": "[]",
                "cameo": "040",
            }
        )
    return out


def _stored(seed: int) -> list[Cluster]:
    """Events as a store holds them: a first batch of mentions merged (fresh dicts on every call)."""
    merger = Merger()
    for m in _mentions(300, seed, prefix="s"):
        merger.add(m)
    merger.consolidate()
    out = []
    for c in merger.clusters.values():
        if c.mentions:
            stored = Cluster(c.event_id)
            for m in c.mentions:
                stored.add({k: v for k, v in m.items() if not k.startswith("_")})
            out.append(stored)
    return out


def _case(seed: int) -> tuple[list[Cluster], list[dict], set[str], set[str]]:
    clusters = _stored(seed)
    new = _mentions(400, seed + 100)
    rng = random.Random(seed)
    # re-coded articles: some stored mentions are gone, and two events lose their only mentions' links
    removed = {m["mention_id"] for c in clusters for m in c.mentions if rng.random() < 0.1}
    stale = {clusters[0].event_id, clusters[3].event_id, "e-gone-elsewhere"}
    return clusters, new, removed, stale


def _outcome(results: list) -> tuple[list[str], dict]:
    touched = sorted(set().union(*(t for t, _ in results)))
    done: dict = {}
    for _, out in results:
        assert not set(done) & set(out)  # an event belongs to one group
        done.update(out)
    return touched, done


def test_type_groups_split_by_type_in_order():
    clusters, new, _, _ = _case(1)
    groups = type_groups(clusters, new)
    assert len(groups) == len({m["type"] for m in new} | {c.type for c in clusters})
    for cs, ms in groups:
        assert len({c.type for c in cs} | {m["type"] for m in ms}) == 1
    # each group keeps the given order
    order = {m["mention_id"]: i for i, m in enumerate(new)}
    for _, ms in groups:
        assert [order[m["mention_id"]] for m in ms] == sorted(order[m["mention_id"]] for m in ms)
    sizes = [sum(len(c.mentions) for c in cs) + len(ms) for cs, ms in groups]
    assert sizes == sorted(sizes, reverse=True)


def test_a_stored_event_of_mixed_types_keeps_one_group():
    clusters, new, _, _ = _case(2)
    odd = clusters[0]
    odd.mentions.append(dict(odd.mentions[0], mention_id="odd", type="REJECT" if odd.type != "REJECT" else "AGREE"))
    assert len(type_groups(clusters, new)) == 1


def test_types_merged_apart_give_the_same_events():
    """Every event row and link, merged type by type, equals one merger over every type."""
    for seed in (1, 2, 3):
        whole = _outcome([merge_group(*_case(seed), UPDATED)])
        clusters, new, removed, stale = _case(seed)
        apart = _outcome([merge_group(cs, ms, removed, stale, UPDATED) for cs, ms in type_groups(clusters, new)])
        assert apart == whole
        touched, done = whole
        assert any(len(links) > 1 for _, links in done.values())  # some mentions do merge
        assert any(row is None for row, _ in done.values())  # and some events lose every mention
        assert "e-gone-elsewhere" not in touched  # a stale event of no group is the caller's


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="forks only with two cores")
def test_forked_workers_give_the_same_events():
    """``merge_groups`` on two forked workers (forced on a few hundred mentions) and in this process."""
    for seed in (4, 5):
        with configure(workers=1):
            one = merge_groups(*_case(seed), UPDATED)
        assert len(one) == 1
        with configure(workers=2, parallel_min=1):
            forked = merge_groups(*_case(seed), UPDATED)
        assert len(forked) > 1
        assert _outcome(forked) == _outcome(one)


def _store_events(store) -> tuple[list, list]:
    cols = [c for c in EVENT_COLUMNS if c != "updated_at"]
    events = store.con.execute(f"SELECT {', '.join(cols)} FROM events ORDER BY event_id").fetchall()
    links = store.con.execute("SELECT event_id, mention_id FROM event_links ORDER BY ALL").fetchall()
    return events, links


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="forks only with two cores")
def test_the_stage_on_forked_workers_writes_the_same_store(tmp_path):
    """The reconcile stage, one process against forked workers, on made-up articles of several types, then a
    re-coded article and a later batch: the same events and links after each run."""
    from test_reconcile import CHN, USA, WANG, _load, _mention

    from tidings.events.stage import mention_rows, write_mentions
    from tidings.pipeline import NullProgress
    from tidings.reconcile.stage import run as reconcile_run

    rng = random.Random(7)
    arts, ms = [], []
    for i in range(40):
        aid, day = f"a{i:02d}", f"2023-06-{rng.randint(10, 25)}"
        arts.append((aid, f"Outlet {i % 5}", day, f"g{i % 9}"))
        for k in range(rng.randint(1, 4)):
            src, tgt = rng.choice([(USA, CHN), (CHN, USA), (USA, WANG)])
            type_, mode = rng.choice(
                [("CONSULT", "visit"), ("CONSULT", "phone/video"), ("ACCUSE", None), ("AGREE", None)]
            )
            status = rng.choice(["occurred", "occurred", "planned", "negated"])
            date = None if rng.random() < 0.2 else f"2023-06-{rng.randint(10, 25)}"
            ms.append(_mention(aid, date=date, src=src, tgt=tgt, type_=type_, mode=mode, status=status, start=10 * k))
    results = []
    for workers in (1, 2):
        with tidings.open(tmp_path / f"w{workers}.duckdb") as t, configure(workers=workers, parallel_min=1):
            _load(t.store, [m for m in ms if m.article_id < "a30"], [a for a in arts if a[0] < "a30"])
            reconcile_run(t.store, NullProgress())
            first = _store_events(t.store)
            with t.store.transaction() as con:  # a03 re-coded: its meetings move a week on
                write_mentions(con, ["a03"], mention_rows([_mention("a03", date="2023-06-30", start=5)]))
                con.execute("DELETE FROM stage_state WHERE stage = 'reconcile' AND item_id = 'a03'")
            _load(t.store, [m for m in ms if m.article_id >= "a30"], [a for a in arts if a[0] >= "a30"])
            reconcile_run(t.store, NullProgress())
            results.append((first, _store_events(t.store)))
    assert results[0] == results[1]
    assert len(results[0][1][0]) > 10


# -- dedup and stories on a thread beside the events stage (run_stages' side branch) ----------------------

_SIDES = [("United States", "China"), ("China", "United States"), ("Japan", "South Korea"), ("France", "Germany")]
_SENTENCES = [
    "The foreign minister of {a} met his counterpart from {b} in {p} on {d} to discuss trade.",
    "Officials from {a} accused {b} of breaking the fishing agreement signed last spring.",
    "{a} will send a delegation to {p} next week for talks with {b}, a spokesman said.",
    "The government of {a} imposed new tariffs on steel imported from {b} on {d}.",
    "Leaders of {a} and {b} signed an accord on climate research in {p} on {d}.",
    "{a} denied reports that it had refused to meet envoys from {b}.",
    "Analysts said the visit to {p} was the first by a senior official in two years.",
]
_PLACES = ["Geneva", "Tokyo", "Paris", "Beijing", "Washington"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _made_up_articles(n: int, seed: int) -> list[dict[str, str]]:
    """Made-up wire-style articles; every fourth a lightly edited copy of the one before (near copies
    for dedup, shared stories)."""
    rng = random.Random(seed)
    arts: list[dict[str, str]] = []
    for i in range(n):
        day = dt.date(2023, 3, 1) + dt.timedelta(days=rng.randint(0, 20))
        if i % 4 == 3:
            prev = arts[-1]
            text = prev["text"].replace(" said.", " told reporters.") + " The talks are expected to continue."
            title, day = prev["title"], dt.date.fromisoformat(prev["published"]) + dt.timedelta(days=1)
        else:
            a, b = rng.choice(_SIDES)
            sents = [
                rng.choice(_SENTENCES).format(a=a, b=b, p=rng.choice(_PLACES), d=rng.choice(_DAYS))
                for _ in range(rng.randint(4, 7))
            ]
            text, title = "\n\n".join(" ".join(sents[j : j + 2]) for j in range(0, len(sents), 2)), f"{a} and {b}"
        arts.append(
            {
                "id": f"s{seed}-{i:03d}",
                "url": f"https://example.org/{seed}/{i}",
                "outlet": f"Outlet {i % 6}",
                "published": day.isoformat(),
                "title": title,
                "text": text,
            }
        )
    return arts


def _write_jsonl(path, arts) -> None:
    import json

    path.write_text("".join(json.dumps(a) + "\n" for a in arts))


_TIME_COLUMNS = {"seq", "run_id", "source_path"}


def _tables(store) -> dict[str, list]:
    """Every table in sorted order, time stamps, sequence numbers and run ids left out."""
    out = {}
    for t in store.table_names():
        cols = [
            r[0]
            for r in store.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [t],
            ).fetchall()
        ]
        keep = [c for c in cols if c not in _TIME_COLUMNS and not c.endswith("_at")]
        if t in ("runs", "schema_migrations", "article_sources", "source_files") or not keep:  # file paths, times
            continue
        out[t] = store.con.execute(
            f'SELECT {", ".join(chr(34) + c + chr(34) for c in keep)} FROM "{t}" ORDER BY ALL'
        ).fetchall()
    return out


def _exports(t, tmp) -> dict[str, str]:
    import json

    out = {}
    for what in ("articles", "stories", "actors", "events", "mentions"):
        f = tmp / f"x-{what}.jsonl"
        t.export(what, "jsonl", f)
        rows = [json.loads(line) for line in f.read_text().splitlines()]
        for r in rows:  # where and when the file was read
            for k in ("source_path", "ingested_at", "run_id"):
                r.pop(k, None)
        out[what] = "\n".join(sorted(json.dumps(r, sort_keys=True) for r in rows))
    return out


class _ThreadsSeen:
    """Which thread each stage's run function was called on."""

    def __init__(self, monkeypatch) -> None:
        import dataclasses
        import importlib
        import threading

        from tidings.pipeline import STAGE_MODULES

        self.seen: dict[str, list[str]] = {}
        for name in STAGE_MODULES:
            mod = importlib.import_module(name)
            st = mod.STAGE

            def wrapped(*args, _run=st.run, _name=st.name, **kw):
                self.seen.setdefault(_name, []).append(threading.current_thread().name)
                return _run(*args, **kw)

            monkeypatch.setattr(mod, "STAGE", dataclasses.replace(st, run=wrapped))


def _pipeline(tmp_path, name, batches, workers):
    with tidings.open(tmp_path / f"{name}.duckdb") as t, configure(workers=workers, parallel_min=1):
        for k, arts in enumerate(batches):
            f = tmp_path / f"{name}-{k}.jsonl"
            _write_jsonl(f, arts)
            t.run([f], workers=workers)
        again = t.run([], workers=workers)
        return _tables(t.store), _exports(t, tmp_path), again


@pytest.mark.slow
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="forks only with two cores")
def test_dedup_and_stories_beside_events_store_the_same(tmp_path, monkeypatch):
    """Two batches of made-up articles: with worker processes dedup and stories run on their own thread
    beside the events stage, and every table and the five exports equal the one-process run's, in
    which they run in pipeline order; a run after that has nothing to do."""
    batches = [_made_up_articles(24, 1), _made_up_articles(12, 2)]
    seen = _ThreadsSeen(monkeypatch)
    one = _pipeline(tmp_path, "one", batches, 1)
    assert {th for ths in seen.seen.values() for th in ths} == {"MainThread"}
    seen.seen.clear()
    two = _pipeline(tmp_path, "two", batches, 2)
    # both batches: dedup and stories on the side thread; the last run (nothing for events) in order
    assert seen.seen["dedup"] == seen.seen["stories"] == ["tidings-beside", "tidings-beside", "MainThread"]
    assert set(seen.seen["events"] + seen.seen["reconcile"]) == {"MainThread"}
    assert one[0] == two[0]
    assert one[1] == two[1]
    assert len(one[0]["event_mentions"]) > 20 and len(one[0]["duplicates"]) == 36
    assert any(r[1] is not None for r in one[0]["duplicates"])  # near copies found
    for again in (one[2], two[2]):
        assert [r.processed for r in again.stages] == [0] * len(again.stages)


def _boom(*args, **kw):
    raise RuntimeError("boom in a stage")


@pytest.mark.slow
@pytest.mark.parametrize("failing", ["dedup", "stories", "events"])
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="forks only with two cores")
def test_an_error_in_either_branch_stops_the_run_as_before(tmp_path, monkeypatch, failing):
    """A stage raising on the side thread (dedup, stories) or beside it (events): the run raises that
    error, reconcile does not run, what either branch committed is kept (the side branch finishes when
    events fails, as in pipeline order), no thread or worker is left, and the next run completes the
    store as a run without the error would have."""
    import dataclasses
    import importlib
    import threading

    from tidings.runtime import live_children

    arts = _made_up_articles(16, 3)
    f = tmp_path / "a.jsonl"
    _write_jsonl(f, arts)
    mod = importlib.import_module(f"tidings.{failing}.stage")
    real = mod.STAGE
    with tidings.open(tmp_path / "e.duckdb") as t, configure(workers=2, parallel_min=1):
        monkeypatch.setattr(mod, "STAGE", dataclasses.replace(real, run=_boom))
        with pytest.raises(RuntimeError, match="^boom in a stage$"):
            t.run([f], workers=2)
        assert not [th for th in threading.enumerate() if th.name == "tidings-beside"]
        assert not live_children()
        done = dict(t.store.con.execute("SELECT stage, count(*) FROM stage_state GROUP BY stage").fetchall())
        assert done.get("nlp") == done.get("enrich") == 16
        # session 24: reconcile waits only for dedup (it reads no table of stories'), so it ran beside stories
        assert ("reconcile" in done) == (failing == "stories")
        # session 24: the nlp stage's fused pass codes the events, so only the events stage's run (on what that
        # pass left, here nothing) raised
        assert done.get(failing) == (16 if failing == "events" else None)
        if failing == "events":  # the side branch finished before the error was raised
            assert done.get("dedup") == done.get("stories") == 16
        if failing == "stories":
            assert done.get("dedup") == 16
        monkeypatch.setattr(mod, "STAGE", real)
        t.run([], workers=2)
        after = _tables(t.store)
    with tidings.open(tmp_path / "ref.duckdb") as t, configure(workers=2, parallel_min=1):
        t.run([f], workers=2)
        assert after == _tables(t.store)


def _interrupt(*args, **kw):
    raise KeyboardInterrupt


@pytest.mark.slow
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="forks only with two cores")
def test_ctrl_c_beside_the_side_thread_stops_both(tmp_path, monkeypatch):
    """Ctrl-C in the events stage while dedup and stories run on their thread: the run stops with
    KeyboardInterrupt, the thread and every worker are gone, and the next run completes the store."""
    import dataclasses
    import threading

    from tidings.events import stage as events_stage
    from tidings.runtime import live_children

    f = tmp_path / "a.jsonl"
    _write_jsonl(f, _made_up_articles(16, 4))
    real = events_stage.STAGE
    with tidings.open(tmp_path / "i.duckdb") as t, configure(workers=2, parallel_min=1):
        monkeypatch.setattr(events_stage, "STAGE", dataclasses.replace(real, run=_interrupt))
        with pytest.raises(KeyboardInterrupt):
            t.run([f], workers=2)
        assert not [th for th in threading.enumerate() if th.name == "tidings-beside" and th.is_alive()]
        assert not live_children()
        monkeypatch.setattr(events_stage, "STAGE", real)
        t.run([], workers=2)
        after = _tables(t.store)
    with tidings.open(tmp_path / "ref.duckdb") as t, configure(workers=2, parallel_min=1):
        t.run([f], workers=2)
        assert after == _tables(t.store)
