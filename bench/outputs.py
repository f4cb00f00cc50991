"""Time of the analyst outputs (issue 11) on a large generated store.

    .venv/bin/python bench/outputs.py [--n 2000] [--copies 5] [--repeat 3] [--keep DIR]

Builds a store the way a user would (``tidings run`` on ``--n`` articles of bench/pipeline.py's
generator: US and Chinese officials meeting, talking, sanctioning, planning, in recombined sentences),
then grows it to ``n x copies`` articles by copying its articles, duplicates, stories, mentions,
links and events under new ids with dates shifted by a few days per copy (docs/events.md measures
reconcile on the same kind of copies). Running spaCy on 100,000 articles is hours on the shared
machine; the outputs only read the stored tables, whose sizes the copies reproduce.

Then times, warm (the first call of a process also pays DuckDB's import of pandas, printed apart),
the median of ``--repeat`` calls of: the index of USA-CHN by week, the brief of USA-CHN over one
year, the brief of the largest story, the channels of USA-CHN, the upcoming plans of USA-CHN and of
every dyad. It also prints, from DuckDB's profiler, whether the keyed lookups the outputs make
(links by event, mentions by id, articles by id) run as index scans. Target: under 2 s each.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Columns rewritten per copy; every other column is copied as it is.
_COPY = {
    "articles": {"article_id": "article_id || '_{k}'", "published_date": "published_date + {k}",
                 "url": "url || '#{k}'", "raw_text": "raw_text || ' '", "external_id": "external_id || '_{k}'"},
    "duplicates": {"article_id": "article_id || '_{k}'", "duplicate_of": "duplicate_of || '_{k}'",
                   "source_group": "source_group || '_{k}'"},
    "stories": {"story_id": "story_id || '_{k}'", "first_seen": "first_seen + {k}", "last_seen": "last_seen + {k}"},
    "story_articles": {"article_id": "article_id || '_{k}'", "story_id": "story_id || '_{k}'"},
    "event_mentions": {"mention_id": "mention_id || '_{k}'", "article_id": "article_id || '_{k}'",
                       "date_from": "date_from + {k}", "date_to": "date_to + {k}"},
    "event_links": {"event_id": "event_id || '_{k}'", "mention_id": "mention_id || '_{k}'"},
    "events": {"event_id": "event_id || '_{k}'", "date_from": "date_from + {k}", "date_to": "date_to + {k}",
               "first_reported": "first_reported + {k}"},
    # the copies count as processed by every stage, so that a write (bench/serve.py --writes) runs the
    # pipeline on what it adds, not again on 98% of the store
    "stage_state": {"item_id": "item_id || '_{k}'"},
}


def _generator():
    spec = importlib.util.spec_from_file_location("_bench_pipeline", ROOT / "bench/pipeline.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod.generate


def build(path: Path, n: int, copies: int, seed: int, base: Path | None = None) -> dict[str, int]:
    """The pipeline's store of ``n`` articles (kept beside ``path`` and reused), then its copies.
    ``base``: an existing store already through the pipeline (e.g. ``tidings demo``'s) instead."""
    import shutil

    import tidings

    base = base or path.parent / f"pipeline-{n}-seed{seed}.duckdb"
    if not base.exists():
        manifest = path.parent / f"bench-outputs-{n}.jsonl"
        with manifest.open("w", encoding="utf-8") as f:
            for a in _generator()(n, seed):
                f.write(json.dumps(a) + "\n")
        t0 = time.perf_counter()
        with tidings.open(base.with_suffix(".part")) as t:
            t.run([manifest])
        base.with_suffix(".part").rename(base)
        print(f"pipeline on {n:,} generated articles: {time.perf_counter() - t0:.0f} s", flush=True)
    shutil.copyfile(base, path)
    with tidings.open(path) as t:
        t0 = time.perf_counter()
        with t.store.transaction() as con:
            for table, rewrite in _COPY.items():
                cols = [r[0] for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                    [table]).fetchall()]
                for k in range(1, copies):
                    sel = ", ".join(rewrite[c].format(k=k) if c in rewrite else c for c in cols)
                    key = "item_id" if table == "stage_state" else cols[0]
                    con.execute(f"INSERT INTO {table} SELECT {sel} FROM {table} WHERE NOT contains({key}, '_')")
        con = t.store.con
        con.execute("CHECKPOINT")
        sizes = {tb: t.store.scalar(f"SELECT count(*) FROM {tb}") for tb in ("articles", "event_mentions", "events", "stories")}
        sizes["usa_chn_events"] = t.store.scalar(
            "SELECT count(*) FROM events WHERE (source_country = 'USA' AND target_country = 'CHN') "
            "OR (source_country = 'CHN' AND target_country = 'USA')")
        print(f"copied x{copies} in {time.perf_counter() - t0:.0f} s: "
              + ", ".join(f"{k} {v:,}" for k, v in sizes.items()), flush=True)
    return sizes


def _index_scans(con) -> dict[str, bool]:
    """Does DuckDB answer the outputs' keyed lookups with an index scan? (profiled plan of each)"""
    from tidings.analysis._common import by_ids

    eids = [r[0] for r in con.execute("SELECT event_id FROM events USING SAMPLE 200 ROWS").fetchall()]
    mids = [r[0] for r in con.execute("SELECT mention_id FROM event_mentions USING SAMPLE 200 ROWS").fetchall()]
    aids = [r[0] for r in con.execute("SELECT article_id FROM articles USING SAMPLE 200 ROWS").fetchall()]
    out = {}
    for name, sql, ids in (("event_links by event_id", "SELECT * FROM event_links WHERE event_id IN ({ids})", eids),
                           ("event_mentions by mention_id", "SELECT * FROM event_mentions WHERE mention_id IN ({ids})", mids),
                           ("articles by article_id", "SELECT article_id, title FROM articles WHERE article_id IN ({ids})", aids)):
        plan = by_ids(con, "EXPLAIN ANALYZE " + sql, ids)
        out[name] = any("Index Scan" in str(v) for r in plan for v in r.values())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles run through the pipeline")
    ap.add_argument("--copies", type=int, default=5, help="the store holds n x copies articles")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", help="comma-separated words: time only the calls whose name has one (e.g. brief,channels)")
    ap.add_argument("--keep", type=Path, help="build (or reuse) the store in this folder")
    ap.add_argument("--base", type=Path, help="grow this store (already through the pipeline, e.g. the demo's) "
                                              "instead of running the pipeline on generated articles")
    args = ap.parse_args(argv)
    import tidings
    from tidings import analysis

    tmp = None
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        path = args.keep / (f"outputs-{args.base.stem if args.base else args.n}x{args.copies}.duckdb")
    else:
        tmp = tempfile.TemporaryDirectory(prefix="tidings-bench-outputs-")
        path = Path(tmp.name) / "outputs.duckdb"
    if not path.exists():
        build(path, args.n, args.copies, args.seed, args.base)
    with tidings.open(path) as t:
        n_articles = t.store.scalar("SELECT count(*) FROM articles")
        year = t.store.scalar("SELECT year(max(published_date)) - 1 FROM articles")
        story = t.query("SELECT story_id FROM stories ORDER BY n_articles DESC, story_id LIMIT 1")[0]["story_id"]
        calls = {
            "index USA-CHN by week": lambda: analysis.index(t, dyad="USA-CHN", by="week"),
            f"brief USA-CHN {year}": lambda: analysis.brief(t, dyad="USA-CHN", date_from=f"{year}-01-01", date_to=f"{year}-12-31"),
            "brief of the largest story": lambda: analysis.brief(t, story=story),
            "channels USA-CHN": lambda: analysis.channels(t, dyad="USA-CHN"),
            "upcoming USA-CHN": lambda: analysis.upcoming(t, dyad="USA-CHN"),
            "upcoming, every dyad, --all": lambda: analysis.upcoming(t, include_all=True),
        }
        if args.only:
            calls = {k: v for k, v in calls.items() if any(w in k for w in args.only.split(","))}
        print(f"store: {n_articles:,} articles ({args.base or f'{args.n:,} generated'} through the pipeline, x{args.copies}), "
              f"{t.store.scalar('SELECT count(*) FROM events'):,} events, "
              f"{t.store.scalar('SELECT count(*) FROM event_mentions'):,} mentions")
        first = True
        for name, call in calls.items():
            times, cpus = [], []
            for _ in range(args.repeat + (1 if first else 0)):
                t0, c0 = time.perf_counter(), time.process_time()
                out = call()
                times.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
            if first:
                print(f"  (first call of the process, incl. DuckDB's pandas import: {times.pop(0):.2f} s)")
                cpus.pop(0)
                first = False
            size = len(json.dumps(out))
            med = statistics.median(times)
            # CPU seconds of the process (all DuckDB threads included): what the call costs, whatever else
            # runs on the machine; the wall time is what a user waits on this machine now.
            print(f"  {name:30s} {med:6.2f} s (median of {args.repeat}; max {max(times):.2f} s; "
                  f"cpu {statistics.median(cpus):.2f} s) {'OK' if med < 2 else 'OVER 2 s'}  [{size / 1024:,.0f} KB of JSON]",
                  flush=True)
        for name, used in _index_scans(t.store.con).items():
            print(f"  lookup {name:30s} {'index scan' if used else 'NO index scan'}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
