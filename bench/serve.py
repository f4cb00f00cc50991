"""Latency of `tidings serve`: p50/p95 of the timeline, event, search and index (dashboard) endpoints.

Builds a store of N generated articles straight in SQL (articles, copies, stories, actors, event
mentions, events: the shapes the pipeline writes, without running spaCy over them), starts a real
`tidings serve` on it, lets it build its search index, then sends a bounded loop of requests over
loopback, one at a time, and prints latency percentiles per endpoint.

    .venv/bin/python bench/serve.py --articles 20000 --requests 200
    .venv/bin/python bench/serve.py --db COPY_OF_STORE --writes 5

``--after-write N`` measures, in this process (no HTTP server, no pipeline), the first dashboard request
after a write N times each way: as a job left the cache before this change (cleared: the request computes
the index, channels and upcoming) and as it leaves it now (recomputed by the job: ``Backend.refresh``,
whose time is printed). It needs only the store, so it works on bench/outputs.py's dense store, whose
copied articles the pipeline would otherwise process again on the first real write.

``--writes N`` then uploads N one-article files (the server started with a token), and after each write
job reports done sends the dashboard page and its JSON twin at once: the first requests after a write,
whose results the job computed before it reported done (tidings.web.data.Backend.refresh). It prints
their latency, the job's time and the part of it spent recomputing the cached results. Run it on a copy
of bench/outputs.py's dense store (100,000 articles, 424,800 events of USA-CHN: ``bench/outputs.py --n 2000
--copies 50 --keep DIR`` builds DIR/outputs-2000x50.duckdb) for the dashboard's worst case; the writes
grow the store it is given.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tidings.store import Store  # noqa: E402

COUNTRIES = ["USA", "CHN", "RUS", "JPN", "IND", "GBR", "FRA", "DEU", "KOR", "PRK", "TWN", "AUS"]
TYPES = ["CONSULT", "AGREE", "DISAPPROVE", "ACCUSE", "THREATEN", "COERCE", "SUPPORT", "REQUEST", "AID", "SANCTION"]
WORDS = ("tariff trade export semiconductor talks summit minister envoy sanctions military drill strait security "
         "climate agreement investment currency embassy visa students fentanyl cooperation warning protest navy "
         "delegation spokesman statement bilateral ministry commerce treasury dialogue").split()


def generate(path: Path, n: int, seed: int = 7) -> None:
    """A store of ``n`` articles, ~n/2 events and ~n mentions, with copies (1 in 5) and stories (1 per 4)."""
    random.seed(seed)
    words = "[" + ", ".join(f"'{w}'" for w in WORDS) + "]"
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    with Store(path) as store, store.transaction() as con:
        con.execute("SELECT setseed(0.42)")
        con.execute(f"""
            INSERT INTO articles (article_id, external_id, url, outlet, title, author, published, published_date,
                                  published_source, language, raw_text, text, word_count, source_path, source_locator,
                                  ingested_at, run_id)
            SELECT 'a' || lpad(i::VARCHAR, 20, '0'), 'x' || i, 'https://news' || (i % 40) || '.example/' || i,
                   'Outlet ' || (i % 40), 'Report ' || i || ': ' || {words}[1 + i % 30] || ' ' || {words}[1 + (i * 7) % 30],
                   NULL, d::VARCHAR, d, 'metadata', 'en', txt, txt, 160, 'generated', i::VARCHAR, now(), 'bench'
            FROM (SELECT i, DATE '2020-01-01' + (i * 1461 // {n})::INTEGER AS d,
                         (SELECT string_agg({words}[1 + ((i * 31 + j * 17 + j * j) % 30)::INTEGER], ' ')
                          FROM range(160) r(j)) || '.' AS txt
                  FROM range({n}) t(i))
        """)
        con.execute(f"""
            INSERT INTO duplicates (article_id, duplicate_of, dup_kind, similarity, method, source_group)
            SELECT 'a' || lpad(i::VARCHAR, 20, '0'),
                   CASE WHEN i % 5 = 4 THEN 'a' || lpad((i - 1)::VARCHAR, 20, '0') END,
                   CASE WHEN i % 5 = 4 THEN 'near' END, CASE WHEN i % 5 = 4 THEN 0.93 ELSE 1.0 END, 'bench',
                   'ga' || lpad((CASE WHEN i % 5 = 4 THEN i - 1 ELSE i END)::VARCHAR, 20, '0')
            FROM range({n}) t(i)
        """)
        con.execute(f"""
            INSERT INTO story_articles (article_id, story_id, score)
            SELECT 'a' || lpad(i::VARCHAR, 20, '0'), 'sa' || lpad((i - i % 4)::VARCHAR, 20, '0'), 0.8 FROM range({n}) t(i)
        """)
        con.execute("""
            INSERT INTO stories (story_id, title, first_seen, last_seen, n_articles, n_sources, main_actors, main_places, updated_at)
            SELECT sa.story_id, min(a.title), min(a.published_date), max(a.published_date), count(*),
                   count(DISTINCT d.source_group), '[]', '[]', now()
            FROM story_articles sa JOIN articles a USING (article_id) JOIN duplicates d USING (article_id) GROUP BY 1
        """)
        con.execute(f"""
            INSERT INTO actors (actor_id, name, kind, country, sector, description, source)
            SELECT 'country:' || c, c, 'country', c, 'GOV', NULL, 'bench' FROM unnest({countries}) u(c)
        """)
        con.execute(f"""
            INSERT INTO event_mentions (mention_id, article_id, sentence, start_char, end_char, sentence_text, trigger_text,
                trigger_start, trigger_end, type, source_name, source_country, source_actor_id, source_kind, target_name,
                target_country, target_actor_id, target_kind, status, date_value, date_precision, date_from, date_to,
                date_source, issues, background, implied, confidence, quad_class, coder, created_at)
            SELECT 'm' || lpad(i::VARCHAR, 20, '0'), 'a' || lpad(i::VARCHAR, 20, '0'), 0, 0, 60,
                   substr(a.text, 1, 60), 'met', 0, 3, {types}[1 + i % 10],
                   {countries}[1 + i % 12], {countries}[1 + i % 12], 'country:' || {countries}[1 + i % 12], 'country',
                   {countries}[1 + (i // 12 + 1 + i) % 12], {countries}[1 + (i // 12 + 1 + i) % 12],
                   'country:' || {countries}[1 + (i // 12 + 1 + i) % 12], 'country',
                   CASE WHEN i % 17 = 0 THEN 'planned' ELSE 'occurred' END, a.published_date::VARCHAR, 'day',
                   a.published_date, a.published_date, 'published', '["trade"]', false, false, 0.7, 1 + i % 4,
                   'bench', now()
            FROM range({n}) t(i) JOIN articles a ON a.article_id = 'a' || lpad(i::VARCHAR, 20, '0')
            WHERE {countries}[1 + i % 12] <> {countries}[1 + (i // 12 + 1 + i) % 12]
        """)
        con.execute("""
            INSERT INTO event_links (event_id, mention_id, score)
            SELECT 'e' || substr(mention_id, 2, 20), mention_id, 1.0 FROM event_mentions
        """)
        con.execute("""
            INSERT INTO events (event_id, type, source_name, source_country, source_actor_id, target_name, target_country,
                target_actor_id, status, status_history, date_value, date_precision, date_from, date_to, issues, background,
                confidence, quad_class, n_mentions, n_articles, n_sources, first_reported, conflicts, block_key, updated_at)
            SELECT l.event_id, m.type, m.source_name, m.source_country, m.source_actor_id, m.target_name, m.target_country,
                   m.target_actor_id, m.status, '[]', m.date_value, 'day', m.date_from, m.date_to, m.issues, false,
                   m.confidence, m.quad_class, 1, 1, 1, m.date_from, '[]', 'bench', now()
            FROM event_links l JOIN event_mentions m USING (mention_id)
        """)
    with Store(path) as store:
        store.con.execute("CHECKPOINT")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, float]:
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, (time.perf_counter() - t0) * 1000


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc): what a request costs the server, whatever else runs."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


def _upload(base: str, token: str, record: dict) -> str:
    req = urllib.request.Request(base + "/api/upload", data=(json.dumps(record) + "\n").encode(), method="POST",
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())["job_id"]


def _run(base: str, token: str) -> str:
    req = urllib.request.Request(base + "/api/run", data=b"", method="POST", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())["job_id"]


def after_writes(base: str, token: str, n: int, pid: int, kind: str = "upload") -> None:
    """``n`` uploads of one generated article each; after each job is done, the dashboard page and its JSON
    twin at once (the first requests of the new store generation)."""
    spec = importlib.util.spec_from_file_location("_bench_pipeline", ROOT / "bench/pipeline.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    arts = mod.generate(n, 99)
    first: dict[str, list[float]] = {"dashboard page": [], "dashboard JSON": []}
    jobs, refresh, cpu = [], [], []
    for i, art in enumerate(arts):
        art = {**art, "id": f"serve-write-{os.getpid()}-{i}", "url": f"https://bench.example/w{os.getpid()}/{i}"}
        t0 = time.perf_counter()
        job_id = _upload(base, token, art) if kind == "upload" else _run(base, token)
        while True:
            job = json.loads(urllib.request.urlopen(f"{base}/api/jobs/{job_id}", timeout=30).read())
            if job["state"] in ("done", "failed"):
                break
            time.sleep(0.05)
        jobs.append(time.perf_counter() - t0)
        if job["state"] != "done":
            print(f"write {i}: job {job['state']}: {job.get('error')}")
            continue
        refresh.append((job["summary"].get("cache_refreshed") or {}).get("seconds", float("nan")))
        c0 = cpu_seconds(pid)
        for name, path in (("dashboard page", "/?dyad=USA-CHN"), ("dashboard JSON", "/index.json?dyad=USA-CHN")):
            status, ms = _get(base + path)
            first[name].append(ms if status == 200 else float("inf"))
        cpu.append((cpu_seconds(pid) - c0) * 1000 / 2)
        print(f"  write {i + 1}: job {jobs[-1]:.1f} s (recomputing the cached results {refresh[-1]} s); first dashboard "
              f"page {first['dashboard page'][-1]:.1f} ms, JSON {first['dashboard JSON'][-1]:.1f} ms", flush=True)
    what = "one generated article each" if kind == "upload" else "POST /api/run, nothing new"
    print(f"after each of {n} writes ({what}; job {statistics.median(jobs):.1f} s median, of which "
          f"recomputing the cached results {statistics.median(refresh):.1f} s), the first request:")
    for name, times in first.items():
        if times:
            print(f"{name + ' after write':<28} {len(times):>5} {pct(times, .5):>8.1f} {pct(times, .95):>8.1f} "
                  f"{max(times):>8.1f} {statistics.median(cpu):>10.1f}")


def after_write_in_process(db: Path, n: int) -> None:
    """The first dashboard JSON request of a new store generation, ``n`` times with the cache cleared (what a
    write job did before) and ``n`` times recomputed by the job (Backend.refresh, what it does now)."""
    from fastapi.testclient import TestClient

    from tidings.web.app import create_app
    from tidings.web.data import Backend

    backend = Backend(db)
    try:
        client = TestClient(create_app(backend), base_url="http://127.0.0.1")
        url = "/index.json?dyad=USA-CHN"

        def first() -> tuple[float, float]:
            t0, c0 = time.perf_counter(), time.process_time()
            r = client.get(url)
            assert r.status_code == 200, r.text[:200]
            return (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000

        first()  # the dashboard asked for once, as a reader would have before the write
        cleared, refreshed, refresh_s = [], [], []
        for _ in range(n):
            backend.bump()
            cleared.append(first())
            if hasattr(backend, "refresh"):  # (absent before it was written: the bench then measures the old way)
                t0 = time.perf_counter()
                backend.refresh()
                refresh_s.append(time.perf_counter() - t0)
                refreshed.append(first())
        print(f"first dashboard JSON after a write, in process, {n} times each (load {os.getloadavg()[0]:.1f}):")
        print(f"{'':<30} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu ms p50':>10}")
        for name, xs in (("cache cleared (before)", cleared), ("recomputed by the write (now)", refreshed)):
            if not xs:
                continue
            ms, cpu = [x[0] for x in xs], [x[1] for x in xs]
            print(f"{name:<30} {pct(ms, .5):>8.1f} {pct(ms, .95):>8.1f} {max(ms):>8.1f} {pct(cpu, .5):>10.1f}")
        if refresh_s:
            print(f"the write's recomputation (Backend.refresh): {statistics.median(refresh_s):.1f} s median")
    finally:
        backend.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000, help="generated articles (the issue's target is 100,000)")
    ap.add_argument("--requests", type=int, default=200, help="requests per endpoint (bounded loop, one at a time)")
    ap.add_argument("--db", type=Path, help="reuse or keep the generated store here")
    ap.add_argument("--writes", type=int, default=0, help="one-article uploads after the loop, each followed by "
                                                         "the dashboard (first request after a write)")
    ap.add_argument("--after-write", type=int, default=0, help="in-process: the first dashboard request after "
                                                              "a simulated write, cache cleared vs recomputed, N times")
    ap.add_argument("--write-kind", choices=("upload", "run"), default="upload",
                    help="upload: a generated article, run through every stage; run: POST /api/run, a write job "
                         "with nothing new to do (the cache is recomputed all the same; fast on a store whose "
                         "pipeline takes minutes per article)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            t0 = time.perf_counter()
            generate(db, args.articles)
            print(f"generated {args.articles:,} articles in {time.perf_counter() - t0:.1f} s -> {db}")
        if args.after_write:
            after_write_in_process(db, args.after_write)
            return 0
        port = _port()
        base = f"http://127.0.0.1:{port}"
        t0 = time.perf_counter()
        token = "bench-" + os.urandom(8).hex()
        cmd = [sys.executable, "-m", "tidings.cli", "serve", "--db", str(db), "--port", str(port)]
        proc = subprocess.Popen(cmd + (["--token", token] if args.writes else []),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while True:
                if proc.poll() is not None:
                    print(proc.stderr.read().decode() if proc.stderr else "", file=sys.stderr)
                    return 1
                try:
                    status = json.loads(urllib.request.urlopen(base + "/api/status", timeout=5).read())
                    break
                except OSError:
                    time.sleep(0.25)
            print(f"server up in {time.perf_counter() - t0:.1f} s (search index built or loaded): {status['counts']}")
            events = json.loads(urllib.request.urlopen(base + "/api/events?limit=200&dyad=USA-CHN").read())["items"]
            rng = random.Random(1)
            endpoints = {
                "timeline": lambda: f"/api/timeline?dyad={rng.choice(['USA-CHN', 'USA-RUS', 'CHN-JPN'])}&limit=50"
                                    f"&date_from=20{rng.randint(20, 23)}-01-01",
                "timeline page": lambda: "/timeline?dyad=USA-CHN&type=CONSULT",
                "event": lambda: f"/api/events/{rng.choice(events)['event_id']}",
                "event page": lambda: f"/events/{rng.choice(events)['event_id']}",
                "search": lambda: f"/api/search?q={rng.choice(WORDS)}+{rng.choice(WORDS)}",
                "index (dashboard)": lambda: f"/index.json?dyad={rng.choice(['USA-CHN', 'USA-RUS'])}",
                "dashboard page": lambda: "/?dyad=USA-CHN",
                "dashboard JSON": lambda: "/index.json?dyad=USA-CHN",
            }
            print(f"load average before the loop: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
            print(f"{'endpoint':<20} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'cpu ms/req':>10}  errors")
            for name, make in endpoints.items():
                for _ in range(5):  # warm-up
                    _get(base + make())
                times, errors = [], 0
                cpu0 = cpu_seconds(proc.pid)
                for _ in range(args.requests):
                    status, ms = _get(base + make())
                    times.append(ms)
                    errors += status != 200
                cpu = (cpu_seconds(proc.pid) - cpu0) * 1000 / len(times)
                print(f"{name:<20} {len(times):>5} {pct(times, .5):>8.1f} {pct(times, .95):>8.1f} {max(times):>8.1f} "
                      f"{cpu:>10.1f}  {errors}  (mean {statistics.mean(times):.1f})")
            if args.writes:
                after_writes(base, token, args.writes, proc.pid, args.write_kind)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
