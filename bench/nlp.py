"""Throughput of the nlp + enrich stages against bare ``nlp.pipe`` on the same texts, same run.

Usage: .venv/bin/python bench/nlp.py [--n 2000] [--seed 7] [--fused-only]

Articles are made by recombining sentences written for this bench (US-China relations wire copy),
so they look like the real input: names, titles, metonyms, dates and places in every paragraph.
Prints words per second of bare ``nlp.pipe`` (one and two processes) and of the full nlp + enrich
stages writing a store (in one process, and with their two worker processes), the ratios, and the
cost of each analyser in ``enrich.analyse``. The stages run two ways: "fused", as ``tidings run``
runs them (``run_stages``: the nlp pass also enriches, see docs/decisions.md), and "apart" (the nlp
stage, then the enrich stage from the stored parse, as after an enrich VERSION bump); when both run,
their rows are compared. ``--fused-only`` skips "apart" (large --n). The CPU-time ratio (one process,
``process_time``) is robust to other load on the machine; wall-clock ratios are not; CPU seconds with
workers count the reaped children (``getrusage``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import time
from typing import Any

SENTENCES = [
    "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, the State Department said.",
    "Mr. Xi told Blinken that the two sides had made progress and reached agreement on some specific issues.",
    "Foreign Minister Qin Gang said China hoped Washington would take a rational and pragmatic attitude.",
    "The Chinese Foreign Ministry said on Tuesday that it firmly opposed the latest U.S. export controls on advanced chips.",
    "Commerce Secretary Gina Raimondo said the rules were aimed at protecting national security, not at containing China.",
    "China's Commerce Ministry said it would take all necessary measures to safeguard the rights of Chinese companies.",
    "Treasury Secretary Janet Yellen arrived in Guangzhou on Thursday for four days of talks with Vice Premier He Lifeng.",
    "Yellen said Chinese industrial overcapacity threatened jobs in the United States and in other countries.",
    "Beijing said the accusation was groundless and urged Washington to stop politicising trade.",
    "The Pentagon said Defense Secretary Lloyd Austin had spoken with his Chinese counterpart for the first time in 18 months.",
    "Gen. CQ Brown, the chairman of the Joint Chiefs of Staff, held a video call with Gen. Liu Zhenli on Thursday.",
    "Taiwan's defense ministry said it had tracked 35 Chinese military aircraft and nine navy ships around the island.",
    "The PLA's Eastern Theater Command said the drills were a stern warning to separatist forces.",
    "President Joe Biden said he would raise the issue of fentanyl when he meets Xi in San Francisco next month.",
    "National Security Adviser Jake Sullivan and Wang Yi held two days of talks in Vienna, the White House said.",
    "The talks were candid, substantive and constructive, according to a readout published by Xinhua.",
    "Foreign ministry spokesman Wang Wenbin told a regular briefing that China would never accept the sanctions.",
    "Chinese officials have repeatedly warned that Taiwan is the first red line that must not be crossed.",
    "Japanese Prime Minister Fumio Kishida said Tokyo would coordinate closely with Washington and Seoul.",
    "The European Union opened an anti-subsidy investigation into Chinese electric vehicles in October.",
    "Russian President Vladimir Putin arrived in Beijing on Wednesday for a two-day state visit.",
    "The Kremlin said Putin and Xi would discuss energy cooperation and the situation in Ukraine.",
    "The UN Security Council met in an emergency session after North Korea launched a ballistic missile.",
    "Analysts said the meeting was unlikely to produce a breakthrough but could stabilise relations.",
    "Exports of gallium and germanium will require licences from Aug. 1, the ministry said in a statement.",
    "The measures come weeks after the Netherlands and Japan announced their own restrictions on chipmaking equipment.",
    "U.S. Trade Representative Katherine Tai said the tariffs would remain in place while the review continued.",
    "The two leaders agreed to resume military-to-military communication and to set up talks on artificial intelligence.",
    "Chinese state media described the visit as a positive step but warned against unrealistic expectations.",
    "Prices of rare earths rose by 12 percent in Shanghai trading after the announcement.",
    "In a phone call last week, the two defence chiefs discussed the South China Sea and the Taiwan Strait.",
    "The Philippines accused the China Coast Guard of firing water cannon at a resupply vessel near Second Thomas Shoal.",
    "Beijing summoned the Philippine ambassador and lodged a solemn protest with Manila.",
    "The Biden administration added 36 Chinese companies to the entity list on Friday.",
    "Indian Prime Minister Narendra Modi and Xi agreed to expedite the disengagement of troops along the border.",
    "Australian Prime Minister Anthony Albanese said Canberra would cooperate with China where it could.",
    "The White House said the president had no plans to lift the tariffs imposed by the previous administration.",
    "Chinese diplomat Zhang Ming said the embassy had not received any notice before the decision.",
    "Premier Li Qiang told foreign business leaders that China would keep opening its economy.",
    "House Speaker Mike Johnson said Congress would take up a bill on outbound investment next year.",
    "The State Department approved the possible sale of air defence missiles to Taiwan worth $300 million.",
    "China's Taiwan Affairs Office said the sale seriously harmed peace and stability across the strait.",
    "German Chancellor Olaf Scholz urged Beijing to use its influence on Moscow to end the war.",
    "French President Emmanuel Macron said Europe must reduce its dependence on Chinese supply chains.",
    "The International Monetary Fund cut its growth forecast for China to 4.6 percent for next year.",
    "A spokesman for the Commerce Department declined to comment on the talks.",
    "Officials from both sides will meet again in Washington in the coming weeks, a senior official said.",
    "Xinhua reported that the vice premier had a video call with Yellen on Friday evening.",
    "Some members of Congress criticised the visit, saying it rewarded Beijing for bad behaviour.",
    "The Chinese Embassy in Washington called the report a smear campaign.",
]
DATELINES = ["WASHINGTON (Reuters) - ", "BEIJING - ", "TAIPEI - ", "TOKYO - ", "", "", ""]


def make_articles(n: int, seed: int) -> list[tuple[str, str, dt.date]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        k = rng.randint(8, 16)
        paras = []
        sents = rng.sample(SENTENCES, k)
        for j in range(0, k, 2):
            paras.append(" ".join(sents[j:j + 2]))
        text = rng.choice(DATELINES) + "\n\n".join(paras)
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
        out.append((f"b{i:05d}", text, day))
    return out


def _cpu() -> float:
    """CPU seconds of this process and of its reaped children (worker processes)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--fused-only", action="store_true", help="time only the fused pass (as `tidings run` runs it)")
    args = ap.parse_args(argv)

    from tidings.enrich import stage as enrich_stage
    from tidings.nlp import load_nlp
    from tidings.nlp import stage as nlp_stage
    from tidings.pipeline import NullProgress, run_stages
    from tidings.store import Store

    arts = make_articles(args.n, args.seed)
    texts = [t for _, t, _ in arts]
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    list(nlp.pipe(texts[:20]))  # warm up
    from tidings.actors import resolve  # noqa: F401 - KB and matchers loaded before timing, like a running pipeline
    from tidings.actors.kb import kb
    kb()

    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=nlp_stage.BATCH):
        pass
    bare_wall, bare_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), _cpu()
    for _ in nlp.pipe(texts, batch_size=nlp_stage.BATCH, n_process=2):
        pass
    bare2_wall, bare2_cpu = time.perf_counter() - t0, _cpu() - c0

    def stages(parallel: bool, fused: bool) -> dict[str, Any]:
        store = Store(":memory:")
        store.con.executemany(
            "INSERT INTO articles (article_id, text, raw_text, published_date, published_source, language, word_count, "
            "source_path, ingested_at) VALUES (?, ?, ?, ?, 'metadata', 'en', ?, 'bench', ?)",
            [(a, t, t, d, len(t.split()), dt.datetime(2025, 1, 1)) for a, t, d in arts])
        nlp_stage.PARALLEL_MIN = enrich_stage.PARALLEL_MIN = 1 if parallel else 10**9
        t0, c0, cc0 = time.perf_counter(), time.process_time(), _cpu()
        if fused:
            r1, r2 = run_stages(store, only=["nlp", "enrich"])
            t_nlp = time.perf_counter() - t0 - r2.seconds
        else:
            r1 = nlp_stage.run(store, NullProgress())
            t_nlp = time.perf_counter() - t0
            r2 = enrich_stage.run(store, NullProgress())
        out = {"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "cpu_all": _cpu() - cc0,
               "nlp": t_nlp, "r1": r1, "r2": r2,
               "rows": {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                        for t in ("actor_mentions", "timexes", "places", "topic_tags", "actors")}}
        store.close()
        return out

    wps = lambda secs: words / secs  # noqa: E731
    runs = {}
    for fused in ((True,) if args.fused_only else (False, True)):
        for parallel in (False, True):
            runs[fused, parallel] = stages(parallel, fused)
    f1 = runs[True, False]
    mentions = f1["r1"].notes.get("enrich_actor_mentions")
    print(f"articles={args.n} words={words} actor_mentions={mentions} errors={f1['r1'].errors + f1['r2'].errors}")
    print(f"bare nlp.pipe, 1 process:   {wps(bare_wall):8.0f} words/s wall, {wps(bare_cpu):8.0f} words/CPU-s")
    print(f"bare nlp.pipe, 2 processes: {wps(bare2_wall):8.0f} words/s wall, {wps(bare2_cpu):8.0f} words/CPU-s (incl. workers)")
    for (fused, parallel), r in runs.items():
        how = ("fused" if fused else "apart") + (", 2 workers:" if parallel else ", 1 process:")
        cpu = f"{wps(r['cpu']):8.0f} words/CPU-s" if not parallel else f"{wps(r['cpu_all']):8.0f} words/CPU-s (incl. workers)"
        print(f"nlp+enrich {how:22} {wps(r['wall']):8.0f} words/s wall, {cpu} "
              f"(nlp stage {r['nlp']:.1f} s, enrich {r['wall'] - r['nlp']:.1f} s; "
              f"enrich processed {r['r2'].processed}, in the nlp pass {r['r1'].notes.get('enriched_in_same_pass', 0)})")
    if (False, False) in runs:
        same = all(runs[k]["rows"] == runs[False, False]["rows"] for k in runs)
        print(f"enrich rows identical, fused and apart, 1 process and 2 workers: {'yes' if same else 'NO'}")
    for fused in (False, True):
        if (fused, False) not in runs:
            continue
        one, two = runs[fused, False], runs[fused, True]
        name = "fused" if fused else "apart"
        print(f"[{name}] ratio, CPU (1 process, robust to other load): {bare_cpu / one['cpu']:.2f}")
        print(f"[{name}] ratio, CPU (2 workers vs bare 2 processes, incl. workers): {bare2_cpu / two['cpu_all']:.2f}")
        print(f"[{name}] ratio, wall, 1 process vs bare 1 process:     {bare_wall / one['wall']:.2f}")
        print(f"[{name}] ratio, wall, 2 workers vs bare 1 process:     {bare_wall / two['wall']:.2f}")
        print(f"[{name}] ratio, wall, 2 workers vs bare 2 processes:   {bare2_wall / two['wall']:.2f}")
    _components(nlp, arts[:50])
    return 0


def _components(nlp, arts) -> None:  # noqa: ANN001
    """Seconds per article of each analyser in ``enrich.analyse`` (on 50 articles, one process)."""
    from tidings import places, timex, topics
    from tidings.actors import resolve

    docs = [(nlp(t), d) for _, t, d in arts]
    parts = {
        "actors": lambda doc, d: resolve(doc, published=d),
        "timex": lambda doc, d: timex.extract(doc.text, d, doc=doc),
        "places": lambda doc, d: places.geocode(doc),
        "topics": lambda doc, d: topics.tag(doc),
    }
    from tidings.nlp import doc_from_bytes, doc_to_bytes

    blobs = [doc_to_bytes(doc) for doc, _ in docs]
    parts["doc_to_bytes"] = lambda doc, d: doc_to_bytes(doc)
    parts["doc_from_bytes"] = lambda doc, d, it=iter(blobs * 2): doc_from_bytes(next(it))
    c0 = time.process_time()
    list(nlp.pipe([doc.text for doc, _ in docs], batch_size=32))
    parse_ms = (time.process_time() - c0) / len(docs) * 1000
    print(f"CPU ms per article (one process, {len(docs)} articles): parse {parse_ms:.1f}")
    cost = {}
    for name, fn in parts.items():
        fn(*docs[0])
        c0 = time.process_time()
        for doc, d in docs:
            fn(doc, d)
        cost[name] = (time.process_time() - c0) / len(docs) * 1000
        print(f"  {name:15} {cost[name]:7.1f}")
    own = cost["actors"] + cost["doc_to_bytes"] + cost["doc_from_bytes"]
    print(f"ratio if enrich ran actors only (parse / (parse + actors + serialisation)): {parse_ms / (parse_ms + own):.2f}")


if __name__ == "__main__":
    sys.exit(main())
