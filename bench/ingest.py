#!/usr/bin/env python3
"""Ingest throughput and peak memory on generated corpora of mixed forms.

For each size N (``--sizes 10000,100000``) a fresh subprocess generates N articles (30% .txt,
30% .html, 20% in .jsonl files of 20, 10% in RSS feeds of 10, 10% in .zip files of 10) in a temp
dir, ingests them into a temp store with ``--workers`` processes and prints articles/s, peak RSS of
the parent and of the largest worker (VmHWM sampled from /proc: forkserver workers are not our
direct children), and CPU time per article, from which the rate on idle cores follows (wall-clock
figures on a shared, loaded machine understate it; the load average is printed). Memory should
stay flat as N grows: the parent streams files through a bounded number of in-flight chunks.
Ingest caps DuckDB's block cache itself (``tidings.ingest._cache_cap``), as it does for a user;
``--duckdb-memory-limit`` only sets the store's limit before ingest (default: DuckDB's, 80% of RAM).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

CITIES = ["BEIJING", "WASHINGTON", "GENEVA", "TOKYO", "BRUSSELS", "NAIROBI", "LIMA", "SEOUL", "KYIV", "CAIRO"]
PEOPLE = ["Foreign Minister Wang Yi", "Secretary of State Antony Blinken", "President Xi Jinping",
          "Treasury Secretary Janet Yellen", "Chancellor Olaf Scholz", "President Emmanuel Macron",
          "Prime Minister Fumio Kishida", "President William Ruto"]
VERBS = ["met", "held talks with", "spoke by phone with", "criticised", "praised", "hosted"]
TOPICS = ["trade and tariffs", "export controls on chips", "the war in Ukraine", "climate cooperation",
          "military communication", "fentanyl trafficking", "tensions in the South China Sea"]


def _body(rng: random.Random, i: int) -> str:
    paras = []
    for k in range(rng.randint(4, 8)):
        a, b = rng.sample(PEOPLE, 2)
        paras.append(f"{a} {rng.choice(VERBS)} {b} on {['Monday', 'Tuesday', 'Friday'][k % 3]} to discuss "
                     f"{rng.choice(TOPICS)}, officials said in statement number {i}-{k}. The two sides agreed to "
                     f"continue talks on {rng.choice(TOPICS)} and to meet again within {rng.randint(2, 9)} months.")
    return f"{rng.choice(CITIES)} — " + "\n\n".join(paras)


def _html(rng: random.Random, i: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in _body(rng, i).split("\n\n"))
    return (f"<!DOCTYPE html><html lang='en'><head><title>Story {i}</title>"
            f"<meta property='og:site_name' content='Bench Post'><meta property='article:published_time' "
            f"content='2024-0{1 + i % 9}-1{i % 10}T10:00:00+00:00'><script>track({i})</script></head><body>"
            f"<nav>Home | World | Asia | Markets</nav><article><h1>Story {i}</h1>{body}</article>"
            f"<footer>© 2024 Bench Post. All rights reserved.</footer></body></html>")


def _txt(rng: random.Random, i: int) -> str:
    return f"Story {i}\nBy Bench Writer, Bench Wire\nPublished: {1 + i % 28} May 2024\n\n{_body(rng, i)}\n\nBack to top\n"


def generate(root: Path, n: int) -> None:
    """n articles: 30% txt, 30% html, 20% jsonl, 10% rss, 10% in zips; 500 files per folder."""
    rng = random.Random(n)
    i = 0
    fileno = 0

    def path(ext: str) -> Path:
        nonlocal fileno
        d = root / f"d{fileno // 500:04d}"
        d.mkdir(exist_ok=True)
        fileno += 1
        return d / f"f{fileno:07d}.{ext}"

    def take(k: int) -> int:
        return max(0, min(k, n - i))

    while i < n:  # one round: 30 txt, 30 html, a jsonl of 20, a feed of 10, a zip of 10 = 100 articles
        for _ in range(take(30)):
            path("txt").write_text(_txt(rng, i), encoding="utf-8"); i += 1
        for _ in range(take(30)):
            path("html").write_text(_html(rng, i), encoding="utf-8"); i += 1
        if k := take(20):
            lines = [json.dumps({"id": f"j{i + j}", "published": "2024-03-01", "outlet": "Bench Lines",
                                 "text": _body(rng, i + j)}) for j in range(k)]
            path("jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8"); i += k
        if k := take(10):
            items = "".join(f"<item><title>Item {i + j}</title><pubDate>Fri, 22 Dec 2023 09:15:00 GMT</pubDate>"
                            f"<description><![CDATA[{''.join(f'<p>{p}</p>' for p in _body(rng, i + j).split(chr(10) * 2))}]]>"
                            f"</description></item>" for j in range(k))
            path("xml").write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Bench Feed</title>"
                                   f"{items}</channel></rss>", encoding="utf-8"); i += k
        if k := take(10):
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                for j in range(k):
                    zf.writestr(f"pages/{j}.html" if j % 2 else f"notes/{j}.txt",
                                _html(rng, i + j) if j % 2 else _txt(rng, i + j))
            path("zip").write_bytes(buf.getvalue()); i += k


class PeakRss:
    """Peak resident memory (VmHWM) of this process's descendants (pool workers under the forkserver are
    not our direct children, so RUSAGE_CHILDREN misses them), sampled from /proc every 0.2 s."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self.cpu: dict[int, float] = {}  # pid -> user+system CPU seconds last seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _descendants(self) -> list[int]:
        parent: dict[int, int] = {}
        for d in Path("/proc").iterdir():
            if d.name.isdigit():
                try:
                    fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
                    parent[int(d.name)] = int(fields[1])
                except (OSError, IndexError, ValueError):
                    continue
        me, out = os.getpid(), []
        for pid in parent:
            p, hops = pid, 0
            while p in parent and p != me and hops < 10:
                p, hops = parent[p], hops + 1
            if p == me and pid != me:
                out.append(pid)
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            tick = os.sysconf("SC_CLK_TCK")
            for pid in self._descendants():
                try:
                    f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    self.cpu[pid] = (int(f[11]) + int(f[12])) / tick
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    continue

    def __enter__(self) -> "PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def one(n: int, workers: int, db_memory: str) -> None:
    from tidings.ingest import ingest
    from tidings.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        root.mkdir()
        t0 = time.perf_counter()
        generate(root, n)
        gen_s = time.perf_counter() - t0
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        ru0 = resource.getrusage(resource.RUSAGE_SELF)
        with Store(Path(tmp) / "bench.duckdb") as store, PeakRss() as workers_rss:
            if db_memory:  # DuckDB caches written blocks up to 80% of RAM unless limited
                store.con.execute(f"SET memory_limit = '{db_memory}'")
            rep = ingest(store, [root], workers=workers)
            stored = store.scalar("SELECT count(*) FROM articles")
        ru1 = resource.getrusage(resource.RUSAGE_SELF)
        parent_cpu = ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime
        workers_cpu = sum(workers_rss.cpu.values())
        self_kb = ru1.ru_maxrss
        child_kb = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, workers_rss.peak_kb)
        print(f"N={n:,}: generated in {gen_s:.1f}s; ingested {rep.articles_new:,} articles "
              f"({stored:,} stored, {len(rep.rejects)} rejects) from {rep.files_seen:,} files in {rep.seconds:.1f}s "
              f"= {rep.articles_new / rep.seconds:,.0f} articles/s with {workers} workers")
        print(f"N={n:,}: peak memory (DuckDB memory_limit {db_memory or 'default'}): parent {self_kb / 1024:,.0f} MB (after generation {rss_before / 1024:,.0f} MB), "
              f"largest worker {child_kb / 1024:,.0f} MB", flush=True)
        bound = max(parent_cpu, workers_cpu / workers)
        print(f"N={n:,}: CPU: parent {1000 * parent_cpu / n:.2f} ms/article, workers {1000 * workers_cpu / n:.2f} "
              f"ms/article; CPU-bound rate on {workers} idle cores ~ {n / bound:,.0f} articles/s "
              f"(load average now {os.getloadavg()[0]:.1f})", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated article counts")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--duckdb-memory-limit", default="",
                    help="DuckDB memory_limit set before ingest ('' for DuckDB's default, 80%% of RAM)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(args.one, args.workers, args.duckdb_memory_limit)
        return 0
    for n in (int(x) for x in args.sizes.split(",") if x.strip()):
        subprocess.run([sys.executable, __file__, "--one", str(n), "--workers", str(args.workers),
                        "--duckdb-memory-limit", args.duckdb_memory_limit], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
