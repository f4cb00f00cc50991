#!/usr/bin/env python3
"""Check the sample corpus gold (eval/gold/sample_*.jsonl) against the corpus itself.

It reads every article of ``src/tidings/data/sample/`` with a deliberately simple reader of its own
(standard library + warcio, no tidings code, so that it checks the gold and not the pipeline) and
verifies that:

- the articles in ``sample_articles.jsonl`` are exactly the articles in the corpus, once each;
- every ``duplicate_of`` names an article that is itself canonical and published no later;
- every event, time expression and actor mention refers to known articles, uses the allowed
  values (PLOVER types, statuses, ISO 3166 alpha-3 codes, TIMEX3-style values), and its
  ``evidence`` / ``text`` / ``mention`` occurs verbatim in the referenced article's text
  (whitespace-insensitive; an event's evidence must occur in at least one of its refs).

Usage:
  python scripts/check_sample_gold.py            # check, print a summary, exit 1 on any problem
  python scripts/check_sample_gold.py --list     # list the article refs the reader finds
  python scripts/check_sample_gold.py --show REF # print one article's text as the checker sees it
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import re
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "src" / "tidings" / "data" / "sample"
GOLD = ROOT / "eval" / "gold"

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "ongoing", "planned", "proposed", "negated", "hypothetical"}
MODES = {None, "visit", "meeting", "phone/video"}
SOURCES = {"metadata", "manifest", "dateline", "feed", "filename", "unknown"}
DUP_KINDS = {None, "exact", "near", "rewrite"}
SECTORS = {"GOV", "MIL", "MED", "BUS", "IGO", "NGO", "CVL", "REB", "OPP", "JUD", "LEG", "POL"}
TIME_KINDS = {"date", "time", "duration", "set", "vague"}
EVENT_KEYS = ["id", "types", "source", "target", "sym", "status", "date", "place", "place_country", "mode",
              "refs", "background", "must", "evidence", "note"]
ARTICLE_KEYS = ["ref", "published", "published_source", "outlet", "story", "duplicate_of", "dup_kind"]
TIME_KEYS = ["ref", "text", "value", "kind", "note"]
ACTOR_KEYS = ["ref", "mention", "canonical", "country", "sector", "role"]

ISO_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
TIMEX = re.compile(
    r"^(" + ISO_DATE + r"(T(MO|AF|EV|NI|\d{2}:\d{2}))?"          # 2023-11-15, 2023-11, 2023-11-15TEV
    r"|XXXX-\d{2}(-\d{2})?"                                      # month/day of an unknown year
    r"|\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])"                         # seasons, quarters, halves
    r"|\d{4}-W\d{2}(-WE)?"                                       # weeks, weekends
    r"|P(\d+[YMWD])+|PT(\d+H(\d+M)?|\d+M)"                               # durations
    r"|PAST_REF|PRESENT_REF|FUTURE_REF)$")
EVENT_DATE = re.compile(r"^" + ISO_DATE + r"$")
COUNTRY = re.compile(r"^[A-Z]{3}$")


# ------------------------------------------------------------------ a small reader of the corpus


class _Text(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "article", "section", "header", "footer",
             "nav", "aside", "title", "ul", "ol", "address", "time"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _member(ref: str, name: str, data: bytes) -> Iterator[tuple[str, str]]:
    """Articles in one file or archive member (``ref`` is its ref so far)."""
    if name.endswith(".warc.gz"):
        yield from _warc(ref, data)
    elif name.endswith((".tar.gz", ".tgz")):
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            for info in sorted((m for m in tar.getmembers() if m.isfile()), key=lambda m: m.name):
                yield from _member(f"{ref}!{info.name}", info.name, tar.extractfile(info).read())  # type: ignore[union-attr]
    elif name.endswith(".gz"):
        yield from _member(ref, name[:-3], gzip.decompress(data))
    elif name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield from _member(f"{ref}!{info.filename}", info.filename, zf.read(info))
    elif name.endswith(".jsonl"):
        for line in decode(data).splitlines():
            if line.strip():
                rec = json.loads(line)
                body = rec["text"] if "text" in rec else html_to_text(rec["html"])
                yield f"{ref}#{rec['id']}", f"{rec.get('title', '')}\n{body}"
    elif name.endswith(".xml"):
        yield from _feed(ref, data)
    elif name.endswith((".html", ".htm")):
        yield ref, html_to_text(decode(data))
    elif name.endswith(".txt"):
        yield ref, decode(data)
    else:
        raise SystemExit(f"{ref}: no reader for this kind of file")


def _feed(ref: str, data: bytes) -> Iterator[tuple[str, str]]:
    root = ET.fromstring(data)
    atom = "{http://www.w3.org/2005/Atom}"
    content = "{http://purl.org/rss/1.0/modules/content/}encoded"
    if root.tag == "rss":
        for n, item in enumerate(root.iter("item"), 1):
            body = item.findtext(content) or item.findtext("description") or ""
            yield f"{ref}#{n}", f"{item.findtext('title', '')}\n{html_to_text(body)}"
    else:
        for n, entry in enumerate(root.iter(f"{atom}entry"), 1):
            body = entry.findtext(f"{atom}content") or entry.findtext(f"{atom}summary") or ""
            yield f"{ref}#{n}", f"{entry.findtext(f'{atom}title', '')}\n{html_to_text(body)}"


def _warc(ref: str, data: bytes) -> Iterator[tuple[str, str]]:
    """HTML responses, numbered among all response records (1-based); other records are skipped."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response":
            continue
        n += 1
        ctype = record.http_headers.get_header("Content-Type") or "" if record.http_headers else ""
        if ctype.startswith("text/html"):
            yield f"{ref}#{n}", html_to_text(decode(record.content_stream().read()))


def corpus(sample: Path = SAMPLE) -> dict[str, str]:
    articles: dict[str, str] = {}
    for path in sorted(p for p in sample.rglob("*") if p.is_file()):
        rel = path.relative_to(sample).as_posix()
        for ref, text in _member(rel, path.name, path.read_bytes()):
            articles[ref] = text
    return articles


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text).replace("\u00a0", " ")).strip()


# ------------------------------------------------------------------ checks


def load(name: str) -> list[dict]:
    path = GOLD / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check() -> list[str]:
    texts = {ref: norm(t) for ref, t in corpus().items()}
    problems: list[str] = []

    def found(needle: str, ref: str) -> bool:
        return norm(needle) in texts.get(ref, "")

    articles = load("sample_articles.jsonl")
    by_ref = {a["ref"]: a for a in articles}
    if len(by_ref) != len(articles):
        problems.append("sample_articles: a ref is listed twice")
    for missing in sorted(set(texts) - set(by_ref)):
        problems.append(f"sample_articles: corpus article {missing} has no gold record")
    for extra in sorted(set(by_ref) - set(texts)):
        problems.append(f"sample_articles: {extra} is not an article the corpus holds")
    for a in articles:
        where = f"sample_articles {a['ref']}"
        if list(a) != ARTICLE_KEYS:
            problems.append(f"{where}: keys must be {ARTICLE_KEYS}")
        if a["published_source"] not in SOURCES:
            problems.append(f"{where}: published_source {a['published_source']!r}")
        if (a["published"] is None) != (a["published_source"] == "unknown"):
            problems.append(f"{where}: published is null exactly when published_source is unknown")
        if a["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["published"]):
            problems.append(f"{where}: published {a['published']!r} is not YYYY-MM-DD")
        if a["dup_kind"] not in DUP_KINDS or (a["dup_kind"] is None) != (a["duplicate_of"] is None):
            problems.append(f"{where}: duplicate_of and dup_kind go together ({a['dup_kind']!r})")
        canon = by_ref.get(a["duplicate_of"]) if a["duplicate_of"] else None
        if a["duplicate_of"] and canon is None:
            problems.append(f"{where}: duplicate_of {a['duplicate_of']} is not a known article")
        if canon is not None:
            if canon["duplicate_of"]:
                problems.append(f"{where}: duplicate_of must name the canonical copy, not another duplicate")
            if canon["published"] and a["published"] and canon["published"] > a["published"]:
                problems.append(f"{where}: the canonical copy is published later than its duplicate")
            if canon["story"] != a["story"]:
                problems.append(f"{where}: a duplicate belongs to its canonical copy's story")

    events = load("sample_events.jsonl")
    if len({e["id"] for e in events}) != len(events):
        problems.append("sample_events: an id is used twice")
    for e in events:
        where = f"sample_events {e['id']}"
        if list(e) != EVENT_KEYS:
            problems.append(f"{where}: keys must be {EVENT_KEYS}")
            continue
        if not e["types"] or set(e["types"]) - PLOVER:
            problems.append(f"{where}: types {e['types']} outside PLOVER")
        if e["status"] not in STATUSES:
            problems.append(f"{where}: status {e['status']!r}")
        if e["mode"] not in MODES:
            problems.append(f"{where}: mode {e['mode']!r}")
        for side in ("source", "target", "place_country"):
            value = e[side]
            if value is not None and value != "*" and not COUNTRY.match(value):
                problems.append(f"{where}: {side} {value!r} is not ISO 3166 alpha-3 or '*'")
        date = e["date"]
        dates = date if isinstance(date, list) else [date] if date else []
        if any(not EVENT_DATE.match(d) for d in dates) or (isinstance(date, list) and (len(date) != 2 or date[0] > date[1])):
            problems.append(f"{where}: date {date!r}")
        if not e["refs"]:
            problems.append(f"{where}: no refs")
        for ref in e["refs"]:
            if ref not in by_ref:
                problems.append(f"{where}: ref {ref} is not a known article")
        if e["evidence"] and not any(found(e["evidence"], r) for r in e["refs"]):
            problems.append(f"{where}: evidence not found in any of its refs: {e['evidence']!r}")

    for t in load("sample_time.jsonl"):
        where = f"sample_time {t['ref']} {t['text']!r}"
        if list(t) != TIME_KEYS:
            problems.append(f"{where}: keys must be {TIME_KEYS}")
        if t["ref"] not in by_ref:
            problems.append(f"{where}: unknown ref")
        elif not found(t["text"], t["ref"]):
            problems.append(f"{where}: text not found in the article")
        if t["value"] is not None and not TIMEX.match(t["value"]):
            problems.append(f"{where}: value {t['value']!r} is not TIMEX3-style")
        if t["kind"] not in TIME_KINDS:
            problems.append(f"{where}: kind {t['kind']!r}")

    for a in load("sample_actors.jsonl"):
        where = f"sample_actors {a['ref']} {a['mention']!r}"
        if list(a) != ACTOR_KEYS:
            problems.append(f"{where}: keys must be {ACTOR_KEYS}")
        if a["ref"] not in by_ref:
            problems.append(f"{where}: unknown ref")
        elif not found(a["mention"], a["ref"]):
            problems.append(f"{where}: mention not found in the article")
        if a["country"] is not None and not COUNTRY.match(a["country"]):
            problems.append(f"{where}: country {a['country']!r}")
        if a["sector"] not in SECTORS:
            problems.append(f"{where}: sector {a['sector']!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the sample corpus gold against the corpus.")
    parser.add_argument("--list", action="store_true", help="list the article refs found in the corpus")
    parser.add_argument("--show", metavar="REF", help="print one article's text as the checker reads it")
    args = parser.parse_args(argv)
    if args.list or args.show:
        texts = corpus()
        if args.show:
            if args.show not in texts:
                print(f"no article {args.show!r}; use --list to see the refs", file=sys.stderr)
                return 1
            print(texts[args.show])
        else:
            print("\n".join(texts))
        return 0
    problems = check()
    counts = {name: len(load(f"sample_{name}.jsonl")) for name in ("articles", "events", "time", "actors")}
    for p in problems:
        print(p)
    print(", ".join(f"{n} {k}" for k, n in counts.items()) + f": {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
