"""Evaluate the time stage (tidings.timex): value accuracy and span precision/recall.

Three sets: the dev gold (/work/shared/data/dev/gold/time.jsonl over the dev corpus), our own gold
(eval/gold/time_own.jsonl: sentences with a DCT each) and TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT),
the TempEval-3 TRAINING data. The TempEval-3 platinum TEST set (20 documents of 2013) is scored when
its directory is there (--platinum DIR, default ../shared/data/public/timex/te3-platinum): figures only,
its errors are never listed, so that classes are chosen on the training data and only confirmed on it.
Run: .venv/bin/python eval/time.py [--verbose] [--no-tbaq] [--platinum DIR]
     .venv/bin/python eval/time.py --dev [-v]   # TempEval-3 training only, its errors counted by class
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
import lxml.html

from tidings.nlp import parse
from tidings.timex import Timex, extract

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[2] / "shared/data"
DEV = SHARED / "dev"
TBAQ = SHARED / "public/timex/TBAQ-cleaned"
PLATINUM = SHARED / "public/timex/te3-platinum"
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "br", "tr", "article", "section", "aside", "footer", "nav", "title"}


# ---- loading the dev corpus without the ingest stage -------------------------------------------
def html_text(html: str) -> str:
    """Crude tag stripping: drop head/script/style, keep block boundaries as newlines."""
    root = lxml.html.fromstring(html)
    for el in root.xpath("//script|//style|//head|//noscript"):
        el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK:
            el.tail = "\n\n" + (el.tail or "")
    lines = [ln.strip() for ln in root.text_content().splitlines()]
    return "\n".join(ln for ln in lines if ln)


def load_article(ref: str) -> str:
    corpus = DEV / "corpus"
    name, _, frag = ref.partition("#")
    if name == "manifest.jsonl":
        for line in (corpus / name).read_text("utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] == frag:
                body = rec.get("text") or html_text(rec.get("html", ""))
                return f"{rec.get('title', '')}\n\n{body}"
        raise KeyError(ref)
    path = corpus / name
    if path.suffix == ".html":
        return html_text(path.read_text("utf-8"))
    if path.suffix == ".xml":
        feed = feedparser.parse(str(path))
        item = feed.entries[int(frag or 1) - 1]
        return f"{item.title}\n\n{html_text('<div>' + item.get('description', '') + '</div>')}"
    return path.read_text("utf-8")


def dev_set() -> list[tuple[str, str, dt.date, list[dict]]]:
    pub = {}
    for line in (DEV / "gold/articles.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        pub[rec["ref"]] = dt.date.fromisoformat(rec["published"][:10])
    golds: dict[str, list[dict]] = {}
    for line in (DEV / "gold/time.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        golds.setdefault(rec["ref"], []).append(rec)
    return [(ref, load_article(ref), pub[ref], items) for ref, items in golds.items()]


def place_golds(text: str, items: list[dict]) -> list[tuple[int, int, dict]]:
    """Char spans for gold strings: longest first, each on the first occurrence not already claimed."""
    placed: list[tuple[int, int, dict]] = []
    for it in sorted(items, key=lambda r: -len(r["text"])):
        # a gold string with a preposition the article words differently ("in February" vs "for February")
        for needle in (it["text"], it["text"].split(" ", 1)[-1]):
            if _place(text, needle, it, placed):
                break
        else:
            print(f"  [gold text not found] {it['text']!r}", file=sys.stderr)
    return sorted(placed, key=lambda p: p[0])


def _place(text: str, needle: str, it: dict, placed: list[tuple[int, int, dict]]) -> bool:
    pos = 0
    while (i := text.find(needle, pos)) >= 0:
        j = i + len(needle)
        if all(j <= a or i >= b for a, b, _ in placed):
            placed.append((i, j, it))
            return True
        pos = i + 1
    return False


def best_overlap(sys_tx: list[Timex], a: int, b: int) -> Timex | None:
    best, size = None, 0
    for t in sys_tx:
        ov = min(b, t.end) - max(a, t.start)
        if ov > size:
            best, size = t, ov
    return best


def same_value(a: str, b: str) -> bool:
    """Equal TIMEX3 values; TimeBank writes weeks unpadded ('2000-W7'), ISO pads them ('2000-W07')."""
    pad = lambda v: re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)  # noqa: E731
    return pad(a) == pad(b)


# leading prepositions our spans keep ("on Friday", "by the end of the year") and TimeML leaves out
_LEAD_PREP = re.compile(r"(?i)^(?:(?:as (?:early|late|soon) as|in|on|at|by|since|until|till|from|for|during|over|"
                        r"through|throughout|before|after|within|between|into|of|to)\s+)+")


def strip_prep(t: Timex) -> tuple[int, int]:
    """The span without its leading prepositions."""
    m = _LEAD_PREP.match(t.text)
    return (t.start + m.end(), t.end) if m and m.end() < len(t.text) else (t.start, t.end)


_REF = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def error_class(gold: str, got: str | None, text: str) -> str:
    """A coarse class for one error of the training data (--dev): what kind of value was missed or wrong."""
    if got is None:
        if gold in _REF:
            return "missed: vague reference (current, recent, future)"
        if gold.startswith("P"):
            return "missed: duration"
        if gold.startswith(("XXXX", "T")) or text.lower() in ("daily", "weekly", "annually", "hourly"):
            return "missed: set or generic"
        return "missed: point"
    if (gold in _REF) != (got in _REF):
        return "wrong: vague reference vs value"
    if gold.startswith("P") != got.startswith("P"):
        return "wrong: duration vs point"
    if gold.startswith("P"):
        return "wrong: duration length"
    if "T" in gold or "T" in got:
        return "wrong: time of day" if gold.split("T")[0] == got.split("T")[0] else "wrong: day of a time"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", gold) and re.fullmatch(r"\d{4}-\d\d-\d\d", got):
        diff = abs((dt.date.fromisoformat(gold) - dt.date.fromisoformat(got)).days)
        return "wrong: weekday a week off" if diff % 7 == 0 and diff <= 14 else "wrong: day"
    if "W" in gold or "W" in got:
        return "wrong: week"
    if "Q" in gold or "Q" in got or "H" in gold or "H" in got:
        return "wrong: quarter or half"
    if re.fullmatch(r"\d{3}X?|\d{2}X*", gold) or re.fullmatch(r"\d{3}|\d{2}", got):
        return "wrong: decade or century"
    if gold.startswith(got) or got.startswith(gold):
        return "wrong: granularity (same time, finer or coarser)"
    if gold[4:] == got[4:]:
        return "wrong: year"
    return "wrong: other"


class Score:
    def __init__(self, name: str, *, with_precision: bool = True) -> None:
        self.name, self.gold, self.found, self.correct, self.sys, self.sys_hit = name, 0, 0, 0, 0, 0
        self.strict = {"with": 0, "without": 0}  # gold spans matched exactly, with and without leading prepositions
        self.with_precision = with_precision
        self.misses: list[str] = []
        self.classes: dict[str, list[str]] = {}

    def _note(self, cls: str, line: str) -> None:
        self.misses.append(line)
        self.classes.setdefault(cls, []).append(line)

    def add(self, text: str, placed: list[tuple[int, int, str]], sys_tx: list[Timex], label: str) -> None:
        self.gold += len(placed)
        self.sys += len(sys_tx)
        self.sys_hit += sum(1 for t in sys_tx if any(min(b, t.end) > max(a, t.start) for a, b, _ in placed))
        for a, b, value in placed:
            t = best_overlap(sys_tx, a, b)
            if t is None:
                self._note(error_class(value, None, text[a:b]), f"{label}: MISSED {text[a:b]!r} gold={value}")
                continue
            self.found += 1
            self.strict["with"] += (t.start, t.end) == (a, b)
            self.strict["without"] += strip_prep(t) == (a, b)
            if same_value(t.value, value):
                self.correct += 1
            else:
                self._note(error_class(value, t.value, text[a:b]),
                           f"{label}: WRONG {text[a:b]!r} gold={value} got={t.value} ({t.text!r}, {t.kind})")
        for t in sys_tx:
            if not any(min(b, t.end) > max(a, t.start) for a, b, _ in placed):
                self.classes.setdefault(f"extra: {t.kind}", []).append(f"{label}: EXTRA {t.text!r} -> {t.value}")

    def report_classes(self, verbose: bool) -> None:
        """Errors by class, largest first (the training data's, for --dev)."""
        print(f"{self.name}: errors by class")
        for cls, lines in sorted(self.classes.items(), key=lambda kv: -len(kv[1])):
            print(f"   {len(lines):4d}  {cls}")
            if verbose:
                for ln in lines:
                    print("         " + ln)

    def report(self, verbose: bool) -> None:
        p = self.sys_hit / self.sys if self.sys else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = self.correct / self.found if self.found else 0.0
        spans = f"span P(vs listed gold)={p:.3f} R={r:.3f} F1={f:.3f}" if self.with_precision else f"span R={r:.3f}"
        print(f"{self.name}: gold={self.gold} system={self.sys}  {spans}  "
              f"value accuracy (on found)={acc:.3f}  value accuracy (on all gold)={self.correct / max(self.gold, 1):.3f}")
        if self.with_precision:
            # the official te3 scorer: value F1 = value accuracy among relaxed matches x relaxed span F1
            # (leading prepositions change only strict matching: relaxed matching is overlap)
            for how in ("with", "without"):
                sp, sr = self.strict[how] / max(self.sys, 1), self.strict[how] / max(self.gold, 1)
                sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
                print(f"   TE3 scoring, spans {how} leading prepositions: strict span F1={sf:.3f} "
                      f"relaxed span F1={f:.3f}  value F1={acc * f:.3f}")
        if verbose:
            for m in self.misses:
                print("   " + m, file=sys.stderr)


def eval_dev(verbose: bool) -> Score:
    sc = Score("dev gold")
    for ref, text, dct, items in dev_set():
        placed = [(a, b, it["value"]) for a, b, it in place_golds(text, items)]
        sc.add(text, placed, extract(text, dct), ref)
        if verbose:
            extra = [t for t in extract(text, dct) if not any(min(b, t.end) > max(a, t.start) for a, b, _ in placed)]
            for t in extra:
                print(f"   {ref}: EXTRA {t.text!r} -> {t.value} ({t.kind})", file=sys.stderr)
    return sc


def eval_own(verbose: bool) -> Score:
    sc = Score("own gold", with_precision=False)  # one gold expression per sentence: no precision
    rows = [json.loads(x) for x in (HERE / "gold/time_own.jsonl").read_text("utf-8").splitlines() if x.strip()]
    docs = parse([r["text"] for r in rows])
    for r, doc in zip(rows, docs):
        i = r["text"].find(r["expr"])
        if i < 0:
            print(f"  [expr not in text] {r['expr']!r}", file=sys.stderr)
            continue
        tx = extract(r["text"], dt.date.fromisoformat(r["dct"]), doc=doc)
        # only the one expression is gold in each row: count system spans over it for precision
        hit = [t for t in tx if min(i + len(r["expr"]), t.end) > max(i, t.start)]
        sc.add(r["text"], [(i, i + len(r["expr"]), r["value"])], hit, f"[{r['dct']}] {r['text']}")
    return sc


# ---- TempEval-3 ---------------------------------------------------------------------------------
def read_tml(path: Path) -> tuple[str, dt.date, list[tuple[int, int, str]]]:
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    dct = dt.date.fromisoformat(dct_el.get("value")[:10])
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []

    def walk(el: ET.Element) -> None:
        start = sum(map(len, parts))
        if el.text:
            parts.append(el.text)
        for ch in el:
            walk(ch)
            if ch.tail:
                parts.append(ch.tail)
        if el.tag == "TIMEX3":
            spans.append((start, sum(map(len, parts)), el.get("value", "")))

    walk(root.find("TEXT"))
    return "".join(parts), dct, spans


_RANGE_JOIN = re.compile(r"\s+(?:to|and|through|until|till)\s+|\s*[-\u2013]\s*(?=[A-Z])")


def timeml_view(tx: list[Timex]) -> list[Timex]:
    """TimeML marks each end of a range ("from 1991 to 1997") as its own TIMEX3: split our range records
    at their last joining word so that each end is scored with its own value. A record that carries
    TimeML's own value (``Timex.timeml``: "three days later" P3D) is scored with it."""
    out: list[Timex] = []
    for t in tx:
        if t.timeml:  # "three days later": the day for tidings, the DURATION P3D TimeML annotates
            t = dataclasses.replace(t, value=t.timeml)
        joins = list(_RANGE_JOIN.finditer(t.text)) if t.kind == "range" and t.end_value and \
            not t.end_value.endswith("_REF") else []
        if not joins:
            out.append(t)
            continue
        m = joins[-1]
        out.append(dataclasses.replace(t, end=t.start + m.start(), text=t.text[:m.start()], kind="date", end_value=None))
        out.append(dataclasses.replace(t, start=t.start + m.end(), text=t.text[m.end():], kind="date",
                                       value=t.end_value, end_value=None))
    return out


def eval_tbaq(verbose: bool, root: Path = TBAQ, name: str = "TempEval-3 TBAQ-cleaned (training)") -> Score:
    sc = Score(name)
    files = sorted(root.glob("*/*.tml")) or sorted(root.glob("*.tml"))
    docs = [read_tml(f) for f in files]
    for (text, dct, spans), doc, f in zip(docs, parse([d[0] for d in docs], batch_size=16), files):
        sc.add(text, spans, timeml_view(extract(text, dct, doc=doc)), f.name)
    return sc


# ---- Duckling English corpus (informational) --------------------------------------------------------
DUCKLING = SHARED / "public/timex/duckling/Time_EN_Corpus.hs"
_DUCK_REF = dt.date(2013, 2, 12)  # Testing_Types.hs refTime: Tuesday 2013-02-12 04:30
_CAPS = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                   r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
                   r"saturday|sunday)\b")


def duckling_examples() -> list[tuple[str, str]]:
    """(phrase, expected value) for day/week/month/quarter/year-grain examples of the default corpus."""
    raw = DUCKLING.read_text("utf-8")
    src = raw.split("negativeCorpus ::")[0] + raw.split("allExamples ::")[-1]  # skip negative and latent corpora
    out = []
    for m in re.finditer(r"examples \(datetime \((\d+), (\d+), (\d+), \d+, \d+, \d+\) (Day|Week|Month|Quarter|Year)\)"
                         r"\s*\[(.*?)\]", src, re.S):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        y, w, _ = d.isocalendar()
        value = {"Day": d.isoformat(), "Week": f"{y:04d}-W{w:02d}", "Month": f"{d.year:04d}-{d.month:02d}",
                 "Quarter": f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}", "Year": f"{d.year:04d}"}[m[4]]
        for phrase in re.findall(r'"([^"]+)"', m[5]):
            out.append((_CAPS.sub(lambda x: x[0].capitalize(), phrase), value))
    return out


def eval_duckling(verbose: bool) -> Score:
    """Duckling phrases (news-cased) in a future-tense frame, as duckling resolves forward from its reference time."""
    sc = Score("duckling EN (day..year grains, informational)", with_precision=False)
    rows = duckling_examples()
    texts = [f"The talks will be held {p}." for p, _ in rows]
    for (phrase, value), text, doc in zip(rows, texts, parse(texts, batch_size=256)):
        a = len("The talks will be held ")
        hit = [t for t in extract(text, _DUCK_REF, doc=doc) if min(a + len(phrase), t.end) > max(a, t.start)]
        sc.add(text, [(a, a + len(phrase), value)], hit, "duckling")
    return sc


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", "-v", action="store_true", help="print misses and wrong values to stderr")
    ap.add_argument("--no-tbaq", action="store_true", help="skip TempEval-3 (slow)")
    ap.add_argument("--only-tbaq", action="store_true", help="only TempEval-3")
    ap.add_argument("--duckling", action="store_true", help="also run the Duckling English corpus (informational)")
    ap.add_argument("--dev", action="store_true",
                    help="development mode: TempEval-3 training data only, its errors counted by class (-v lists them)")
    ap.add_argument("--platinum", type=Path, default=PLATINUM,
                    help="directory of the TempEval-3 platinum test .tml files (scored when present; errors never listed)")
    args = ap.parse_args()
    if args.dev:
        sc = eval_tbaq(args.verbose)
        sc.report(False)
        sc.report_classes(args.verbose)
        return 0
    scores = [] if args.only_tbaq else [eval_dev(args.verbose), eval_own(args.verbose)]
    if not args.no_tbaq and TBAQ.exists():
        scores.append(eval_tbaq(args.verbose))
    if args.duckling and DUCKLING.exists():
        scores.append(eval_duckling(args.verbose))
    for s in scores:
        s.report(args.verbose)
    if not args.no_tbaq and args.platinum.is_dir() and any(args.platinum.glob("*.tml")):
        # the test set: figures only, so that no class is chosen on its individual errors
        eval_tbaq(False, args.platinum, "TempEval-3 platinum (test; figures only)").report(False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
