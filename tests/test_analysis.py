"""The analyst outputs (issue 11) on the sample corpus run through the whole pipeline: briefs quote
their articles verbatim and cite originals, the index weights and dates events as documented, the
channels see the August 2022 suspension, upcoming matches plans to what became of them."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import tidings
from tidings.analysis import brief, channels, index, upcoming
from tidings.analysis._common import norm_sentence, quad_goldstein, same_sentence
from tidings.errors import TidingsError


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("analysis") / "sample.duckdb"
    with tidings.open(db) as t:
        t.run([sample_dir])
    # The CLI runs in another process: it gets its own copy, since the module's store stays open here.
    shutil.copyfile(db, db.with_name("cli.duckdb"))
    return db


@pytest.fixture(scope="module")
def t(sample_db: Path):
    with tidings.open(sample_db) as handle:
        yield handle


def _texts(t, ids):
    return {r["article_id"]: norm_sentence(r["text"]) for r in
            t.query("SELECT article_id, text FROM articles WHERE list_contains(?, article_id)", [list(ids)])}


def _items(b):
    return [it for sec in ("happened", "agreed", "planned") for it in b[sec]]


def test_brief_sentences_are_verbatim_in_every_cited_article(t) -> None:
    b = t.brief(dyad="USA-CHN", date_from="2023-01-01", date_to="2023-12-31")
    json.dumps(b)   # plain data all the way down
    by_n = {s["n"]: s for s in b["sources"]}
    texts = _texts(t, [s["article_id"] for s in b["sources"]])
    quoted = [it for it in _items(b) if it["sentence"]] + [v for d in b["disagreements"] for v in d["values"] if v["sentence"]]
    assert len(quoted) >= 10
    for it in quoted:
        assert it["cite"], it
        for n in it["cite"]:
            assert it["sentence"] in texts[by_n[n]["article_id"]], (it["sentence"], by_n[n]["outlet"])
    # one sentence shown once: no two quoted sentences are near-identical
    sents = [it["sentence"] for it in _items(b) if it["sentence"]]
    assert not [(a, c) for i, a in enumerate(sents) for c in sents[i + 1:] if same_sentence(a, c)]


def test_brief_cites_originals_and_collapses_copies(t) -> None:
    b = t.brief(dyad="USA-CHN", date_from="2023-11-01", date_to="2023-11-30")
    cited = {s["article_id"] for s in b["sources"]}
    dups = {r["article_id"]: r["duplicate_of"] for r in t.query("SELECT article_id, duplicate_of FROM duplicates")}
    assert not [a for a in cited if dups.get(a) in cited], "a cited article is a copy of another cited one"
    # The Woodside summit: the Meridian Wire original with its copies listed under it, not cited apart.
    summit = [s for s in b["sources"] if s["outlet"] == "Meridian Wire" and "California summit" in (s["title"] or "")]
    assert summit and len(summit[0]["copies"]) >= 3
    assert all(c["article_id"] not in cited for c in summit[0]["copies"])
    assert b["counts"]["independent_sources"] == len(b["sources"])
    woodside = [ev for it in b["happened"] for ev in it["events"] if ev["type"] == "CONSULT" and ev["date"] == "2023-11-15"]
    assert woodside and max(ev["n_sources"] for ev in woodside) >= 3


def test_brief_of_a_story_and_its_errors(t) -> None:
    top = t.query("SELECT story_id FROM stories ORDER BY n_articles DESC, story_id LIMIT 1")[0]["story_id"]
    b = t.brief(story=top)
    assert b["scope"]["story"] == top and b["happened"]
    assert any(ev["date"] == "2023-11-15" for it in b["happened"] for ev in it["events"])
    with pytest.raises(TidingsError):
        t.brief()
    with pytest.raises(TidingsError):
        t.brief(story="s-no-such-story")
    with pytest.raises(TidingsError):
        t.brief(dyad="USA")


def test_index_weights_by_independent_sources_and_confidence(t) -> None:
    ix = t.index(dyad="USA-CHN", by="week")
    json.dumps(ix)
    periods = [p for p in ix["periods"] if p["events"]]
    assert sum(p["events"] for p in periods) == ix["events"] > 20
    peak = max(periods, key=lambda p: p["net"])
    assert peak["start"] <= "2023-11-15" <= peak["end"], "the Woodside summit week is the warmest"
    trough = min(periods, key=lambda p: p["net"])
    assert trough["net"] < 0
    for p in periods:
        for ev in p["top_events"]:
            assert ev["weight"] == pytest.approx(max(ev["n_sources"], 1) * ev["confidence"], abs=1e-3)
            assert ev["contribution"] == pytest.approx(ev["weight"] * ev["goldstein"], abs=1e-3)
    assert quad_goldstein({"type": "CONSULT", "mode": "summit"}) == (2.5, 1)   # from plover_cameo.csv
    assert quad_goldstein({"type": "SANCTION", "mode": None}) == (-8.0, 4)
    assert ix["moves"] and all(m["events"][0]["sentence"] for m in ix["moves"])
    # Months: fewer, fuller periods, the same events.
    assert t.index(dyad="CHN-USA", by="month")["events"] == ix["events"]


def test_index_counts_background_events_at_their_own_date(t) -> None:
    bg = t.query("SELECT event_id, date_from, first_reported FROM events WHERE background AND status = 'occurred' "
                 "AND date_precision IN ('day', 'month') AND date_from < first_reported - 20 "
                 "AND ((source_country = 'USA' AND target_country = 'CHN') OR (source_country = 'CHN' AND target_country = 'USA'))")
    assert bg, "the sample corpus recounts history (Bali, Glasgow, the 2022 suspension)"
    ix = t.index(dyad="USA-CHN", by="month")
    by_month = {p["period"]: p for p in ix["periods"]}
    e = bg[0]
    assert by_month[e["date_from"].strftime("%Y-%m")]["events"] >= 1
    # Restricting the period to before the first report still counts it: it is dated when it happened.
    ix2 = t.index(dyad="USA-CHN", by="month", date_from=e["date_from"], date_to=e["first_reported"] - dt.timedelta(days=1))
    assert ix2["events"] >= 1


def test_index_plot_renders_png_and_svg(t, tmp_path: Path) -> None:
    from tidings.analysis.index import plot, sparkline

    ix = t.index(dyad="USA-CHN")
    png = Path(plot(ix, str(tmp_path / "ix.png")))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    svg = Path(plot(ix, str(tmp_path / "ix.svg")))
    top_type = ix["moves"][0]["events"][0]["label"].split(":")[0]  # e.g. "CONSULT: Antony Blinken → Xi Jinping"
    assert "<svg" in svg.read_text()[:2000] and top_type in svg.read_text()   # the largest moves are annotated
    assert sparkline([0, 1, 2, 3]) == "▁▃▆█" and sparkline([]) == ""


def test_channels_see_the_2022_suspension_and_the_resumption(t) -> None:
    ch = t.channels(dyad="USA-CHN")
    json.dumps(ch)
    by_key = {c["key"]: c for c in ch["channels"]}
    assert set(by_key) >= {"leaders", "foreign_ministers", "nsa_top_diplomat", "defence_ministers", "military",
                           "treasury", "commerce", "counternarcotics", "climate", "ai"}
    suspended = {k for k, c in by_key.items() if any(h["state"] == "suspended" and h["date"] == "2022-08-05"
                                                      for h in c["history"])}
    assert {"military", "climate"} <= suspended
    for k in suspended:   # all three were restored (Bali 2022 for climate, Woodside 2023 for the others)
        assert by_key[k]["state"] == "resumed" and by_key[k]["since"] > "2022-08-05", by_key[k]
    assert by_key["leaders"]["state"] == "active" and by_key["leaders"]["last_contact"]["date"] >= "2023-11-15"
    assert by_key["leaders"]["last_contact"]["sentence"]


def test_upcoming_matches_plans_to_what_became_of_them(t) -> None:
    open_plans = t.upcoming(dyad="USA-CHN")
    every = t.upcoming(dyad="USA-CHN", include_all=True)
    json.dumps(every)
    assert {p["event_id"] for p in open_plans["plans"]} < {p["event_id"] for p in every["plans"]}
    assert all(p["outcome"] != "occurred" for p in open_plans["plans"])
    outcomes = {p["outcome"] for p in every["plans"]}
    assert outcomes <= {"occurred", "postponed", "cancelled", "pending", "no report since"}
    assert "occurred" in outcomes
    for p in every["plans"]:
        if p["outcome"] == "occurred":
            assert p["matched"] and p["matched"]["status"] in ("occurred", "ongoing")
    # Blinken's February 2023 trip "had been due" and was postponed after the balloon.
    assert any(p["outcome"] == "postponed" and "Blinken" in (p["sentence"] or "") for p in every["plans"])
    assert len(t.upcoming()["plans"]) >= len(open_plans["plans"])


def test_library_takes_a_connection_a_store_or_a_tidings(t) -> None:
    a = brief(t, dyad="USA-CHN", date_from="2024-01-01", date_to="2024-12-31")
    b = brief(t.store, dyad="USA-CHN", date_from="2024-01-01", date_to="2024-12-31")
    c = brief(t.store.con, dyad="USA-CHN", date_from="2024-01-01", date_to="2024-12-31")
    assert a == b == c
    assert index(t, dyad="USA-CHN") == t.index()
    assert channels(t.store) == t.channels()
    assert upcoming(t.store.con, dyad="USA-CHN") == t.upcoming(dyad="USA-CHN")


def test_cli_commands(sample_db: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tidings.cli", *args, "--db", str(sample_db.with_name("cli.duckdb"))],
                              capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "160"})

    r = run("brief", "--dyad", "USA-CHN", "--from", "2023-01-01", "--to", "2023-12-31")
    assert r.returncode == 0, r.stderr
    assert "## What happened" in r.stdout and "## Sources" in r.stdout and "Woodside" in r.stdout
    r = run("brief", "--dyad", "USA-CHN", "--from", "2023-11-01", "--to", "2023-11-30", "--format", "html",
            "-o", str(tmp_path / "b.html"))
    assert r.returncode == 0 and "<blockquote>" in (tmp_path / "b.html").read_text()
    r = run("index", "--plot", str(tmp_path / "index.png"))
    assert r.returncode == 0, r.stderr
    assert "2023-W46" in r.stdout and (tmp_path / "index.png").stat().st_size > 20_000
    assert any(ch in r.stdout for ch in "▁▂▃▄▅▆▇█")
    r = run("index", "--by", "month", "--format", "csv")
    assert r.returncode == 0 and r.stdout.startswith("period,start,end,events,verbal_coop")
    r = run("channels", "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["dyad"] == "USA-CHN"
    r = run("channels")
    assert r.returncode == 0 and "resumed" in r.stdout and "Counternarcotics" in r.stdout
    r = run("upcoming", "--all")
    assert r.returncode == 0 and "postponed" in r.stdout
    for bad in (["brief"], ["index", "--by", "year"], ["index", "--plot", "x.gif"], ["channels", "--dyad", "US"],
                ["brief", "--dyad", "USA-CHN", "--format", "pdf"]):
        r = run(*bad)
        assert r.returncode == 1 and "Traceback" not in r.stderr and r.stderr.count("\n") <= 2, (bad, r.stderr)


def test_channels_see_the_2022_counternarcotics_suspension(t) -> None:
    # The suspension's sentences date it differently: the day (2022-08-05), the week, "in August 2022".
    # The coarser dates contain the day and support it; they must not outvote it as their first day.
    by_key = {c["key"]: c for c in t.channels(dyad="USA-CHN")["channels"]}
    assert any(h["state"] == "suspended" and h["date"] == "2022-08-05" for h in by_key["counternarcotics"]["history"])


def test_channels_same_when_sentence_keys_collide(t, monkeypatch: pytest.MonkeyPatch) -> None:
    # The channels key the dyad's sentences by a hash of their text; should two sentences share a key, they are
    # numbered instead and the channels come out the same (here every two sentences of one length collide).
    import importlib

    mod = importlib.import_module("tidings.analysis.channels")
    calls = [dict(dyad="USA-CHN"), dict(dyad="CHN-USA", date_from="2023-01-01", date_to="2023-12-31")]
    want = [channels(t, **kw) for kw in calls]
    monkeypatch.setattr(mod, "_SENTENCE_KEY", "length(m.sentence_text)::UBIGINT")
    assert [channels(t, **kw) for kw in calls] == want


def test_channels_read_only_the_signals_they_show(t, monkeypatch: pytest.MonkeyPatch) -> None:
    # Beyond _HISTORY signals a channel's history keeps every change of state and the latest; the channels then
    # read only those (and the last suspension and what follows it) with the total: the same as reading them all.
    import importlib

    mod = importlib.import_module("tidings.analysis.channels")
    for n in (0, 1, 2, 3, 5):
        monkeypatch.setattr(mod, "_HISTORY", n)
        monkeypatch.setattr(mod, "_FEW_SIGNALS", True)
        few = channels(t, dyad="USA-CHN")
        monkeypatch.setattr(mod, "_FEW_SIGNALS", False)
        assert channels(t, dyad="USA-CHN") == few, n
    assert any("history_total" in c for c in few["channels"])
