"""Benchmark dedup and story assignment on generated articles; extrapolate to 1,000,000.

What runs: the real stages (tidings.dedup.stage.run and tidings.stories.stage.run) on a DuckDB
store in a temporary directory, so store reads, joins and writes are included. Articles are
inserted first with tests/article_records.py's insert_articles (not timed: that is ingest's work).

The generated corpus: events spread over a year; each event has a wire story (12-20 sentences of
news-like words, names and numbers) and copies: exact copies with other furniture (20 %), trimmed or
edited near copies (30 %), reordered "rewrites" with synonym swaps that reach the rewrite verifiers
(2 %), and other outlets' own reports of the event (sharing names, not text).

Each size runs in a fresh subprocess (as bench/ingest.py does), so one size's peak memory does not
carry into the next. Memory is sampled every 0.5 s during the two stages as PSS (proportional set
size, /proc/PID/smaps_rollup): a page shared by the parent and its forked workers counts once in
total, split between them, where RSS counts it in each. Printed: the parent's peak PSS, the workers'
peak (sum over the live workers at one sample), and the peak of parent + workers at one sample,
which is what the machine must hold. The parent's ru_maxrss is printed too, for comparison.

Corpus 2 (the default since 2026-11-23) differs from corpus 1 in word, name and place frequencies
only (see _CUM_V1 / _CUM_V2 below) and in rewording a fifth of a rewrite's content words (corpus
1's synonym table covered a fifth of its content words; in corpus 2 those words are rare). Corpus 1
made every story centroid converge to the same few words and names, so stories merged into blends
of hundreds of unrelated events. Each run also scores the stories against the generated events
(B-cubed), so a speed-up that merges or splits stories wholesale shows.

Usage: .venv/bin/python bench/dedup.py [--sizes 10000,100000] [--corpus 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import math
import os
import random
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

WORDS = ("government minister talks agreement security trade border officials president foreign defence "
         "economy sanctions summit meeting delegation treaty ceasefire aid exports imports tariffs energy gas oil "
         "military navy army exercise election parliament opposition court ruling investment bank loan budget "
         "inflation currency visit statement spokesman ministry cooperation dialogue relations dispute protest "
         "crisis refugees drought water farmers ports shipping pipeline technology chips satellite vaccine health "
         "police attack rebels peace negotiations envoy embassy council resolution vote regional neighbours "
         "infrastructure railway highway investment corridor fisheries coast guard vessel island shoal airspace "
         "missile launch nuclear inspectors agency reactor uranium enrichment cameras site report analysts "
         "markets shares growth forecast quarter industry workers strike union wages pensions reform").split()
FILLER = "the a of to in and on for with by at from that as is was were has have will would said".split()
NAMES = [f"{a}{b}" for a in ("Kar", "Mol", "Ten", "Ash", "Bel", "Dor", "Fen", "Gal", "Hol", "Ira", "Jun", "Kel",
                                "Lor", "Mar", "Nor", "Orl", "Pel", "Quin", "Ros", "Sal", "Tor", "Ulm", "Val", "Wen")
         for b in ("ov", "ani", "ez", "sson", "berg", "ski", "ini", "ard", "ella", "oto", "enko", "ida")]
PLACES = [f"{a}{b}" for a in ("Port ", "San ", "New ", "North ", "East ", "Lake ", "Mount ", "Fort ")
          for b in ("Alder", "Brisa", "Corvo", "Delmar", "Esk", "Fairhaven", "Granton", "Hale", "Ivar", "Jasper")]
SYN = {"said": "stated", "talks": "discussions", "agreement": "accord", "officials": "authorities",
       "meeting": "session", "minister": "secretary", "president": "leader", "visit": "trip"}


_SYL = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "dan", "gor", "hal", "jen", "kor", "lim", "mar",
        "nor", "pol", "ras", "sen", "tul", "var", "wen", "zel")
# A news-sized vocabulary: the real words above, then pseudo-words, drawn with Zipf weights (a word's
# frequency ~ 1/rank), so unrelated articles share common words but few rare ones, as in real news.
VOCAB = WORDS + [a + b + c for a in _SYL for b in _SYL for c in ("", "s", "ine", "ath", "ure")][:6000]


def _cum(n: int, shift: float, s: float = 1.05) -> list[float]:
    """Cumulative Zipf-Mandelbrot weights 1 / (rank + shift) ** s for ranks 1..n."""
    out, acc = [], 0.0
    for r in range(n):
        acc += 1.0 / (r + 1 + shift) ** s
        out.append(acc)
    return out


# Corpus 1 (the first version of this bench): pure Zipf over content words, so "government" alone was
# 7.5 % of all tokens (more than "the" in real English) and the top 4 content words were in every
# lead; 288 person names and 80 places for a year of news. Every story's centroid then converged to
# the same few words and names, and stories merged into blends of hundreds of unrelated events.
_CUM_V1 = _cum(len(VOCAB), 0.0)
# Corpus 2 (default): Zipf-Mandelbrot with a shifted head (the most common content word is about
# 0.3 % of tokens, as in real news, where function words take the head); 6,912 person names and
# 13,824 places, also Zipf-drawn (a few are in the news every day, most rarely).
_CUM_V2 = _cum(len(VOCAB), 50.0)
_NAMES_V2 = [a + b + c for a in ("Kar", "Mol", "Ten", "Ash", "Bel", "Dor", "Fen", "Gal", "Hol", "Ira", "Jun", "Kel",
                                 "Lor", "Mar", "Nor", "Orl", "Pel", "Quin", "Ros", "Sal", "Tor", "Ulm", "Val", "Wen")
             for b in _SYL for c in ("ov", "ani", "ez", "sson", "berg", "ski", "ini", "ard", "ella", "oto", "enko", "ida")]
random.Random(3).shuffle(_NAMES_V2)
_PLACES_V2 = [p + a.capitalize() + b + c for p in ("Port ", "San ", "New ", "North ", "East ", "Lake ", "Mount ", "Fort ")
              for a in _SYL for b in _SYL for c in ("", "ton", "ford")]
random.Random(4).shuffle(_PLACES_V2)
_CUM_NAMES, _CUM_PLACES = _cum(len(_NAMES_V2), 10.0), _cum(len(_PLACES_V2), 10.0)


_VOCAB_POS = {w: i for i, w in enumerate(VOCAB)}
_VOCAB_SET = frozenset(VOCAB)


def _reword(w: str) -> str:
    """A fixed 'synonym' of a vocabulary word (SYN, else its neighbour in VOCAB): what a rewrite swaps."""
    if w in SYN:
        return SYN[w]
    j = _VOCAB_POS[w] ^ 1
    return VOCAB[j] if j < len(VOCAB) else w


class _Draw:
    """Word, name and place draws of one corpus version."""

    def __init__(self, rng: random.Random, version: int) -> None:
        self.rng, self.version = rng, version
        self.cum = _CUM_V1 if version == 1 else _CUM_V2

    def words(self, k: int) -> list[str]:
        return self.rng.choices(VOCAB, cum_weights=self.cum, k=k)

    def names(self) -> list[str]:
        if self.version == 1:
            return self.rng.sample(NAMES, 3)
        out: list[str] = []
        while len(out) < 3:
            n = self.rng.choices(_NAMES_V2, cum_weights=_CUM_NAMES)[0]
            if n not in out:
                out.append(n)
        return out

    def place(self) -> str:
        if self.version == 1:
            return self.rng.choice(PLACES)
        return self.rng.choices(_PLACES_V2, cum_weights=_CUM_PLACES)[0]


def _sentence(draw: _Draw, names: list[str], place: str) -> str:
    rng = draw.rng
    n = rng.randint(12, 26)
    content = draw.words(n)
    ws = [rng.choice(FILLER) if rng.random() < 0.35 else content[i] for i in range(n)]
    ws[rng.randrange(n)] = rng.choice(names)
    if rng.random() < 0.4:
        ws[rng.randrange(n)] = str(rng.randint(2, 900))
    if rng.random() < 0.3:
        ws[rng.randrange(n)] = place
    s = " ".join(ws)
    return s[0].upper() + s[1:] + "."


def corpus(n: int, seed: int = 7, version: int = 2) -> list[dict]:
    """About ``n`` articles with copies, as described in the module docstring (``version``: see _CUM_V2)."""
    rng = random.Random(seed)
    draw = _Draw(rng, version)
    start = dt.date(2024, 1, 1)
    out: list[dict] = []
    k = 0
    while len(out) < n:
        k += 1
        day = start + dt.timedelta(days=rng.randrange(365))
        names = draw.names()
        place = draw.place()
        sents = [_sentence(draw, names, place) for _ in range(rng.randint(12, 20))]
        title = f"{names[0]} and {names[1]} discuss {draw.words(1)[0]} in {place}"
        paras = [" ".join(sents[i:i + 2]) for i in range(0, len(sents), 2)]
        body = "\n\n".join(paras)
        out.append({"ref": f"e{k}", "title": title, "text": body, "published": day.isoformat(), "outlet": "Wire"})
        for c in range(rng.choice((0, 0, 1, 1, 2, 3))):
            r = rng.random()
            d = (day + dt.timedelta(days=rng.randint(0, 2))).isoformat()
            if r < 0.2:
                text = body.replace("\n\n", "\n\n\n")
            elif r < 0.5:
                text = "\n\n".join(paras[:rng.randint(3, len(paras))]) + "\n\nAll rights reserved."
            elif r < 0.52:
                if version == 1:
                    ss = [" ".join(SYN.get(w, w) for w in s.split()) for s in sents]
                else:  # SYN words are rare in corpus 2: reword a fifth of content words (as corpus 1's SYN swaps did), keep names and figures
                    ss = [" ".join(_reword(w) if w in _VOCAB_SET and rng.random() < 0.2 else w for w in s.split())
                          for s in sents]
                rng.shuffle(ss)
                text = "\n\n".join(ss)
            else:
                text = "\n\n".join(" ".join(_sentence(draw, names, place) for _ in range(2)) for _ in range(5))
            out.append({"ref": f"e{k}c{c}", "title": title.upper(), "text": text, "published": d, "outlet": f"Paper {c}"})
    return out[:n]


def _cpu_s() -> float:
    """User+system CPU seconds of this process and its finished workers (robust to other load)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _pss_kb(pid: int) -> int:
    """PSS of one process in kB (0 if it is gone or the kernel lacks smaps_rollup)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(me: int) -> list[int]:
    """Child processes, recursively, from /proc/PID/task/TID/children (cheap), else a /proc scan."""
    try:
        out, todo = [], [me]
        while todo:
            pid = todo.pop()
            for task in Path(f"/proc/{pid}/task").iterdir():
                kids = [int(x) for x in (task / "children").read_text().split()]
                out += kids
                todo += kids
        return out
    except FileNotFoundError:
        pass
    except OSError:
        return []
    return _ingest_bench().PeakRss()._descendants()  # the full /proc scan, shared with bench/ingest.py


def _ingest_bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("_bench_ingest", Path(__file__).with_name("ingest.py"))
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


class PeakPss:
    """Peak PSS of this process, of its worker processes (summed at each sample) and of both
    together, sampled every 0.5 s from /proc; forked workers' shared pages are counted once."""

    def __init__(self) -> None:
        self.parent_kb = self.workers_kb = self.total_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        me = os.getpid()
        own = _pss_kb(me)
        kids = sum(_pss_kb(p) for p in _descendants(me))
        self.parent_kb = max(self.parent_kb, own)
        self.workers_kb = max(self.workers_kb, kids)
        self.total_kb = max(self.total_kb, own + kids)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()

    def __enter__(self) -> "PeakPss":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def bcubed(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """B-cubed P, R, F1 of (story_id, ref) against the generated events (every copy and own report
    of event k has a ref starting 'e<k>'): a sanity check that speed did not come from merging or
    splitting stories wholesale."""
    gold: dict[str, set[str]] = {}
    pred: dict[str, set[str]] = {}
    ev = {ref: ref.split("c")[0] for _, ref in pairs}
    sid_of = {ref: sid for sid, ref in pairs}
    for sid, ref in pairs:
        gold.setdefault(ev[ref], set()).add(ref)
        pred.setdefault(sid, set()).add(ref)
    p = r = 0.0
    for ref, e in ev.items():
        inter = len(gold[e] & pred[sid_of[ref]])
        p += inter / len(pred[sid_of[ref]])
        r += inter / len(gold[e])
    p, r = p / max(len(ev), 1), r / max(len(ev), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def bench(n: int, version: int = 2) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from article_records import insert_articles  # tests' helper: plain records straight into the store
    from tidings.dedup.stage import run as dedup_run
    from tidings.pipeline import NullProgress
    from tidings.stories.stage import run as stories_run
    from tidings.store import Store

    recs = corpus(n, version=version)
    events = len({r["ref"].split("c")[0] for r in recs})
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        for i in range(0, len(recs), 20000):
            insert_articles(store, recs[i:i + 20000])
        del recs  # the generator's copy is not the stages' memory
        pss0 = _pss_kb(os.getpid())
        with PeakPss() as mem_dedup:
            t0, c0 = time.perf_counter(), _cpu_s()
            rep = dedup_run(store, NullProgress())
            t1, c1 = time.perf_counter(), _cpu_s()
        with PeakPss() as mem_stories:
            srep = stories_run(store, NullProgress())
            t2, c2 = time.perf_counter(), _cpu_s()
        kinds = dict(store.con.execute("SELECT coalesce(dup_kind, 'none'), count(*) FROM duplicates GROUP BY 1").fetchall())
        largest = store.scalar("SELECT max(n_articles) FROM stories")
        acc = bcubed(store.con.execute("SELECT sa.story_id, a.external_id FROM story_articles sa "
                                       "JOIN articles a USING (article_id)").fetchall())
        size_mb = Path(tmp, "bench.duckdb").stat().st_size / 1e6
    return {"n": n, "dedup_s": t1 - t0, "stories_s": t2 - t1, "dedup_cpu": c1 - c0, "stories_cpu": c2 - c1, "kinds": kinds, "embedded": rep.notes.get("embedded", 0),
            "stories": srep.notes.get("stories"), "store_mb": size_mb,
            "mem": {name: {"parent": m.parent_kb / 1024, "workers": m.workers_kb / 1024, "total": m.total_kb / 1024}
                    for name, m in (("dedup", mem_dedup), ("stories", mem_stories))},
            "pss_before_mb": pss0 / 1024, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "largest": largest,
            "events": events, "bcubed": acc}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes")
    ap.add_argument("--corpus", type=int, choices=(1, 2), default=2,
                    help="generated corpus version (1: the first, degenerate one; see _CUM_V1)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print("RESULT " + json.dumps(bench(args.one, args.corpus), default=str), flush=True)
        return 0
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        proc = subprocess.run([sys.executable, __file__, "--one", str(n), "--corpus", str(args.corpus)],
                              stdout=subprocess.PIPE, text=True, check=True)
        r = json.loads(next(ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT "))[7:])
        results.append(r)
        tot = r["dedup_s"] + r["stories_s"]
        mem = "; ".join(f"{k}: parent {m['parent']:,.0f}, workers {m['workers']:,.0f}, together {m['total']:,.0f}"
                        for k, m in r["mem"].items())
        print(f"n={n:>8,d}  dedup {r['dedup_s']:7.1f} s ({n / r['dedup_s']:6.0f} art/s)  stories {r['stories_s']:6.1f} s "
              f"({n / r['stories_s']:6.0f} art/s)  total {tot:7.1f} s  store "
              f"{r['store_mb']:5.0f} MB  kinds {r['kinds']}  embedded {r['embedded']}  stories {r['stories']}\n"
              f"          CPU seconds (all processes): dedup {r['dedup_cpu']:.1f}, stories {r['stories_cpu']:.1f}, "
              f"total {r['dedup_cpu'] + r['stories_cpu']:.1f}; load average now {os.getloadavg()[0]:.1f} "
              f"(wall times above are inflated when it exceeds the cores)\n"
              f"          peak PSS MB (fresh process for this size; {r['pss_before_mb']:,.0f} MB before the stages): "
              f"{mem}; parent ru_maxrss {r['maxrss_mb']:,.0f} MB\n"
              f"          stories vs generated events ({r['events']:,}): B-cubed P {r['bcubed'][0]:.3f} R "
              f"{r['bcubed'][1]:.3f} F1 {r['bcubed'][2]:.3f}; largest story {r['largest']} articles",
              flush=True)
    if len(results) >= 2:
        a, b = results[-2], results[-1]
        ta, tb = a["dedup_s"] + a["stories_s"], b["dedup_s"] + b["stories_s"]
        exp = math.log(tb / ta) / math.log(b["n"] / a["n"])
        est = tb * (1_000_000 / b["n"]) ** exp
        print(f"scaling exponent between {a['n']:,} and {b['n']:,}: {exp:.2f}; extrapolated to 1,000,000 articles: "
              f"{est / 60:.0f} min (EXTRAPOLATED from the measured curve, not measured)")
    elif results:
        r = results[-1]
        est = (r["dedup_s"] + r["stories_s"]) * 1_000_000 / r["n"]
        print(f"linear extrapolation to 1,000,000 articles: {est / 60:.0f} min (EXTRAPOLATED, one size measured)")
    print(f"cores: {os.cpu_count()}; corpus {args.corpus}; dedup signatures and story terms use up to 2 worker "
          "processes per batch; timed: the dedup and stories stages on a DuckDB store, including all store reads "
          "and writes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
