"""End-to-end throughput: the whole tidings pipeline against bare spaCy on the same texts.

    .venv/bin/python bench/pipeline.py [--n 10000] [--workers 2] [--seed 1]

Generates ``--n`` news-like articles by recombining sentences (the project's own event gold and a
set of templates with rotating actors, places and dates), writes them as a JSONL manifest, then
times (1) bare ``nlp.pipe`` over the texts (one process, then as many as the pipeline uses) and (2) ``tidings run`` on the manifest into a fresh store,
in the same process run. Prints articles/s and words/s for both, the ratio, and peak memory.
Also prints the CPU seconds of all processes for (1) and (2), whose ratio does not depend on
other load on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PAIRS = [("Antony Blinken", "Wang Yi"), ("Janet Yellen", "He Lifeng"), ("Lloyd Austin", "Dong Jun"),
         ("Joe Biden", "Xi Jinping"), ("Jake Sullivan", "Wang Yi"), ("Gina Raimondo", "Wang Wentao")]
PLACES = ["Beijing", "Washington", "Geneva", "Singapore", "Jakarta", "Tokyo", "Vienna", "Bali"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [
    "{a} met {b} in {p} on {d}, the first such meeting in months.",
    "{a} held talks with {b} on {d} and said both sides had agreed to keep channels of communication open.",
    "{b} urged Washington to stop interfering in China's internal affairs, according to state media.",
    "{a} will travel to {p} next week for talks with Chinese officials, the State Department said.",
    "Chinese officials declined a U.S. request to restore military hotlines.",
    "The United States imposed new export controls on Chinese chipmakers on {d}.",
    "China said it would take all necessary measures to defend its interests.",
    "{a} and {b} did not discuss Taiwan, a senior official said.",
    "The two sides agreed to hold another round of talks before the end of the year.",
    "{a} raised concerns about China's support for Russia's defence industry.",
    "Analysts said the meeting was unlikely to change the trajectory of relations.",
    "Markets in Asia rose on {d} after the announcement.",
    "The ministry said in a statement that it firmly opposed the decision.",
    "Officials from both countries described the discussions as candid and constructive.",
]


def _own_sentences() -> list[str]:
    path = ROOT / "eval/gold/events_own.jsonl"
    out: list[str] = []
    if path.exists():
        for line in path.open():
            text = json.loads(line)["text"]
            out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if len(s.strip()) > 40]
    return out


def generate(n: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    own = _own_sentences()
    start = dt.date(2021, 1, 1)
    arts = []
    for i in range(n):
        a, b = rng.choice(PAIRS)
        sents = []
        for _ in range(rng.randint(6, 14)):
            if own and rng.random() < 0.35:
                sents.append(rng.choice(own))
            else:
                sents.append(rng.choice(TEMPLATES).format(a=a, b=b, p=rng.choice(PLACES), d=rng.choice(DAYS)))
        paras = [" ".join(sents[j:j + 3]) for j in range(0, len(sents), 3)]
        pub = start + dt.timedelta(days=rng.randint(0, 1400))
        arts.append({"id": f"b{i:06d}", "url": f"https://bench.example/{i}", "outlet": f"Outlet {i % 37}",
                     "published": pub.isoformat(), "title": f"{a} and {b}", "text": "\n\n".join(paras)})
    return arts


def peak_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, child_kb) / 1024


def bare(texts: list[str], n_process: int = 1) -> float:
    """Bare ``nlp.pipe`` over the texts: the yardstick (one process, and as many as the pipeline uses)."""
    from tidings.nlp import load_nlp

    nlp = load_nlp()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
        pass
    return time.perf_counter() - t0


def _sibling(name: str):
    """Another bench script as a module (bench/ is not a package), for its samplers."""
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", Path(__file__).with_name(f"{name}.py"))
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


_dedup = _sibling("dedup")


class StageMemory(_dedup.PeakPss):
    """Peak memory of the whole process tree (this process and every worker) per pipeline stage:
    bench/dedup.py's PSS sampler (pages that forked workers share with the parent count once),
    each sample filed under the stage that is running (the progress label)."""

    def __init__(self) -> None:
        super().__init__()
        self.label = "start"
        self.peak_mb: dict[str, float] = {}

    def sample(self) -> None:
        me = os.getpid()
        kb = _dedup._pss_kb(me) + sum(_dedup._pss_kb(p) for p in _dedup._descendants(me))
        self.peak_mb[self.label] = max(self.peak_mb.get(self.label, 0.0), kb / 1024)

    # the Progress protocol: only the label matters here
    def start(self, label: str, total: int | None) -> None:
        self.label = label

    def advance(self, n: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass

    def summary(self) -> str:
        return ", ".join(f"{k} {v:,.0f} MB" for k, v in self.peak_mb.items())


def whole(manifest: Path, store_path: Path, workers: int, mem: "StageMemory | None" = None) -> tuple[float, str]:
    import tidings

    t0 = time.perf_counter()
    with tidings.open(store_path) as t:
        rep = t.run([manifest], workers=workers, progress=mem)
        n_ev = t.store.scalar("SELECT count(*) FROM event_mentions")
        per = ", ".join(f"{s['stage']} {s.get('seconds', '?')}s" for s in rep.to_dict()["stages"] if "seconds" in s)
        return time.perf_counter() - t0, (f"tidings run (all installed stages: {', '.join(t.stage_names())}); "
                                          f"{n_ev} mentions" + (f"; per stage: {per}" if per else ""))


class CpuMeter:
    """CPU seconds (user + system) of this process and every descendant, including pool workers that are
    not our direct children (forkserver), sampled from /proc: less sensitive to other load than wall time,
    though not immune to it (sessions 19 and 20 saw it move with the machine's load)."""

    def __init__(self) -> None:
        self._sampler = _sibling("ingest").PeakRss()
        self.seconds = 0.0

    def __enter__(self) -> "CpuMeter":
        self._t0 = time.process_time()
        self._sampler.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._sampler.__exit__(*exc)
        self.seconds = time.process_time() - self._t0 + sum(self._sampler.cpu.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--whole-only", action="store_true",
                    help="skip the bare nlp.pipe yardsticks: per-stage time and memory of the pipeline only")
    args = ap.parse_args(argv)
    arts = generate(args.n, args.seed)
    texts = [a["text"] for a in arts]
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as d:
        manifest = Path(d) / "bench.jsonl"
        with manifest.open("w") as fh:
            for a in arts:
                fh.write(json.dumps(a) + "\n")
        if not args.whole_only:
            with CpuMeter() as c_bare:
                t_bare = bare(texts)
            t_bare2 = bare(texts, args.workers) if args.workers > 1 else t_bare
        with CpuMeter() as c_all, StageMemory() as mem:
            t_all, how = whole(manifest, Path(d) / "bench.duckdb", args.workers, mem)
    print(f"articles {len(arts)}, words {words}")
    if args.whole_only:
        print(f"whole pipeline:  {t_all:8.1f} s  {len(arts) / t_all:8.1f} articles/s  {words / t_all:9.0f} words/s  [{how}]")
        print(f"CPU seconds (all processes): {c_all.seconds:.1f}; load average now {os.getloadavg()[0]:.1f}")
        print(f"peak memory of the whole pipeline by stage (PSS of all its processes): {mem.summary()}")
        return 0
    print(f"bare nlp.pipe:   {t_bare:8.1f} s  {len(arts) / t_bare:8.1f} articles/s  {words / t_bare:9.0f} words/s")
    print(f"whole pipeline:  {t_all:8.1f} s  {len(arts) / t_all:8.1f} articles/s  {words / t_all:9.0f} words/s  [{how}]")
    if args.workers > 1:
        print(f"bare nlp.pipe x{args.workers}: {t_bare2:6.1f} s  {len(arts) / t_bare2:8.1f} articles/s  "
              f"{words / t_bare2:9.0f} words/s  (n_process={args.workers}, as many processes as the pipeline)")
    print(f"ratio (pipeline / bare words per second): {t_bare / t_all:.2f} against one-process nlp.pipe (target >= 0.6)")
    if args.workers > 1:
        print(f"ratio like for like:                       {t_bare2 / t_all:.2f} against nlp.pipe with "
              f"n_process={args.workers}")
    print(f"CPU seconds (all processes): bare nlp.pipe {c_bare.seconds:.1f}, whole pipeline {c_all.seconds:.1f}; "
          f"CPU ratio {c_bare.seconds / c_all.seconds:.2f} (words per CPU-second, pipeline / bare; less load-sensitive than wall time, not immune: cache and SMT contention move it)")
    print(f"load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times are inflated above the core count)")
    print(f"peak memory: {peak_mb():.0f} MB (largest resident set of one process, bare runs included)")
    print(f"peak memory of the whole pipeline by stage (PSS of all its processes): {mem.summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
