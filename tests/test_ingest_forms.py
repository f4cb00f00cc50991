"""Every input form and encoding ingested from real-looking files built in tmp_path."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

import tidings
from tidings.ingest import STAGE_NAME, STAGE_VERSION
from tidings.store import Store

from test_ingest_helpers import BODY, by_name, rejects, run, write

HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Blinken and Wang hold talks in Beijing | Coastal Courier</title>
<meta property="og:title" content="Blinken and Wang hold talks in Beijing">
<meta property="og:site_name" content="Coastal Courier">
<meta property="article:published_time" content="2024-04-26T18:30:00+08:00">
<link rel="canonical" href="https://coastalcourier.example/world/2024/04/26/blinken-wang">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Blinken and Wang hold talks in Beijing", "datePublished": "2024-04-26T18:30:00+08:00",
 "author": {"@type": "Person", "name": "Mei Tanaka"}}</script>
<script>trackPageView("world");</script><style>.ad { display: none }</style>
</head><body onload="initAds()">
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/asia">Asia</a> | <a href="/markets">Markets</a></nav>
<article><h1>Blinken and Wang hold talks in Beijing</h1>
<p onclick="logClick()">BEIJING — Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Friday for
more than five hours of talks on Taiwan, trade and Russia's war in Ukraine, the State Department said.</p>
<p>Both sides described the meeting as candid and agreed to keep lines of communication open, while
differences remained over Chinese support for Russia's defence industry.</p>
<p>Mr. Blinken later met President Xi Jinping at the Great Hall of the People.</p>
</article>
<footer>© 2024 Coastal Courier. All rights reserved.</footer></body></html>"""


def test_stage_constants() -> None:
    assert STAGE_NAME == "ingest" and STAGE_VERSION


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    write(tmp_path / "in", {"page.html": HTML})
    with Store(":memory:") as s:
        rep = run(s, tmp_path / "in")
        a = by_name(s)["page.html"]
    assert rep.articles_new == 1 and rep.by_form == {"html": 1}
    assert a["title"] == "Blinken and Wang hold talks in Beijing"
    assert a["outlet"] == "Coastal Courier" and a["author"] == "Mei Tanaka"
    assert a["url"] == "https://coastalcourier.example/world/2024/04/26/blinken-wang"
    assert a["published"] == "2024-04-26T18:30:00+08:00" and a["published_date"] == dt.date(2024, 4, 26)
    assert a["published_source"] == "metadata" and a["language"] == "en"
    assert "more than five hours of talks" in a["text"] and "Great Hall of the People" in a["text"]
    for junk in ("trackPageView", "display: none", "initAds", "logClick", "All rights reserved", "Home | World"):
        assert junk not in a["text"]
    assert a["raw_text"].startswith("<!DOCTYPE html>") and a["word_count"] == len(a["text"].split())
    assert a["article_id"].startswith("a") and len(a["article_id"]) == 21


def test_html_date_from_jsonld_or_time_and_outlet_from_host(tmp_path: Path) -> None:
    ld = ('<html><head><link rel="canonical" href="https://www.riverpost.example/a/1">'
          '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2023-11-15T09:00:00-08:00"}]}'
          f'</script></head><body><p>{BODY}</p></body></html>')
    tm = f'<html><body><article><time datetime="2022-08-03">Aug 3</time><p>{BODY}</p></article></body></html>'
    write(tmp_path, {"ld.html": ld, "time.html": tm})
    with Store(":memory:") as s:
        run(s, tmp_path)
        arts = by_name(s)
    assert arts["ld.html"]["published"] == "2023-11-15T09:00:00-08:00"
    assert arts["ld.html"]["outlet"] == "riverpost.example"
    assert arts["time.html"]["published_date"] == dt.date(2022, 8, 3)


def test_text_with_header_block(tmp_path: Path) -> None:
    write(tmp_path, {"wire.txt": "Yellen wraps up Guangzhou talks\nBy Dana Whitfield, Harbor Ledger\nPublished: 6 April 2024\n\n"
                                 "GUANGZHOU — Treasury Secretary Janet Yellen wrapped up talks with Vice Premier He Lifeng on Saturday.\n\n"
                                 "The two sides agreed to hold intensive exchanges on balanced growth.\n",
                     "plain.txt": "date 2024-04-03\n\n" + BODY})
    with Store(":memory:") as s:
        run(s, tmp_path)
        arts = by_name(s)
    a = arts["wire.txt"]
    assert (a["title"], a["author"], a["outlet"]) == ("Yellen wraps up Guangzhou talks", "Dana Whitfield", "Harbor Ledger")
    assert a["published"] == "2024-04-06" and a["published_source"] == "dateline"
    assert a["text"].startswith("GUANGZHOU — Treasury") and "Published" not in a["text"]
    assert arts["plain.txt"]["published"] == "2024-04-03" and arts["plain.txt"]["title"] is None


def test_datelines_years_and_filenames(tmp_path: Path) -> None:
    write(tmp_path, {
        "y/full.txt": "BEIJING, July 3, 2023 — China will restrict exports of gallium and germanium, the Commerce Ministry said on Monday.",
        "2024/wire.txt": "WASHINGTON, April 3 (Reuters) - The United States and China held talks on Wednesday about fentanyl and trade.",
        "y/weekday.txt": "WASHINGTON, April 2 (Atlas Wire) - President Joe Biden and President Xi Jinping spoke by phone on Tuesday, "
                         "their first call since their summit in November 2023, the White House said.",
        "y/none.txt": "WASHINGTON, April 2 (Wire) - President Joe Biden and President Xi Jinping spoke by phone on Tuesday, officials said.",
        "y/2022-03-18-call.txt": BODY,
    })
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        arts = by_name(s)
    assert (arts["full.txt"]["published"], arts["full.txt"]["published_source"]) == ("2023-07-03", "dateline")
    assert arts["wire.txt"]["published"] == "2024-04-03"          # year from the folder name
    assert arts["weekday.txt"]["published"] == "2024-04-02"       # 2 April 2024 was a Tuesday
    assert arts["none.txt"]["published_source"] == "unknown" and arts["none.txt"]["published"] is None
    assert arts["none.txt"]["article_id"] in rep.undated
    assert (arts["2022-03-18-call.txt"]["published"], arts["2022-03-18-call.txt"]["published_source"]) == ("2022-03-18", "filename")


@pytest.mark.parametrize("encoding,bom", [("utf-16", b""), ("utf-16-le", b""), ("cp1252", b""), ("latin-1", b""),
                                          ("utf-8", b"\xef\xbb\xbf")])
def test_encodings_are_detected_and_normalised(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = ("Président Macron et Xi Jinping à Paris\nPublished: 6 May 2024\n\n"
            "PARIS — French President Emmanuel Macron welcomed Chinese President Xi Jinping to the Élysée Palace on Monday, "
            "pressing him on trade and on China's stance on the war in Ukraine.\n\nThe café owners on the Champs-Élysées "
            "watched the motorcade pass.")
    if encoding == "cp1252":
        text = text.replace("welcomed", "“welcomed”")
    if encoding == "latin-1":
        text = text.replace("—", "-")
    (tmp_path / "f.txt").write_bytes(bom + text.encode(encoding))
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        a = by_name(s)["f.txt"]
    assert rep.articles_new == 1, rep.rejects
    assert a["title"] == "Président Macron et Xi Jinping à Paris"
    assert "Élysée Palace" in a["text"] and "café" in a["text"] and a["published"] == "2024-05-06"
    if encoding == "cp1252":
        assert "“welcomed”" in a["text"]


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body>'
            "<p>KRAKÓW - Polish and Czech officials met in Łódź on Tuesday to discuss energy links and a new "
            "gas interconnector between the two countries.</p></body></html>")
    (tmp_path / "pl.html").write_bytes(page.encode("iso-8859-2"))
    with Store(":memory:") as s:
        run(s, tmp_path)
        assert "met in Łódź on Tuesday" in s.scalar("SELECT text FROM articles")


def test_nfd_input_is_normalised_to_nfc(tmp_path: Path) -> None:
    import unicodedata
    body = "ZÜRICH — Diplomats from both sides met in Zürich on Wednesday for six hours of talks near the airport."
    (tmp_path / "a.txt").write_text(unicodedata.normalize("NFD", body), encoding="utf-8")
    (tmp_path / "b.txt").write_text(unicodedata.normalize("NFC", body), encoding="utf-8")
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        assert rep.articles_new == 1 and rep.articles_known == 1  # same text once normalised
        assert s.scalar("SELECT count(*) FROM article_sources") == 2
        assert "Zürich" in s.scalar("SELECT text FROM articles")


def test_jsonl_manifest_with_broken_line(tmp_path: Path) -> None:
    good = {"id": "m1", "url": "https://example.org/a", "outlet": "Example Post", "published": "2024-04-03",
            "author": "Sam Lee", "language": "en", "title": "Blinken lands in Shanghai", "text": BODY}
    html = {"id": "m2", "published": "2024-05-15T08:05:00+00:00",
            "html": "<html><body><div class='cookie'>We use cookies to improve your experience. Accept all</div>"
                    f"<p>{BODY}</p></body></html>"}
    lines = [json.dumps(good), "{broken json", json.dumps(html), json.dumps({"id": "m3", "title": "No body"})]
    write(tmp_path, {"feed.jsonl": "\n".join(lines) + "\n"})
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        arts = by_name(s)
        rej = rejects(s)
    assert rep.articles_new == 2 and rep.by_form == {"jsonl": 2}
    a = arts["feed.jsonl|line 1"]
    assert (a["external_id"], a["outlet"], a["published_source"], a["author"]) == ("m1", "Example Post", "manifest", "Sam Lee")
    b = arts["feed.jsonl|line 3"]
    assert b["published"] == "2024-05-15T08:05:00+00:00" and "cookies" not in b["text"] and "candid" in b["text"]
    reasons = {r["source_locator"]: r["reason"] for r in rej}
    assert reasons["line 2"].startswith("line 2: invalid JSON: ")
    assert reasons["line 4"] == "line 4: record has no text (neither 'text' nor 'html')"


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Capitol Brief: Defense</title>
<link>https://capitolbrief.example/defense</link><description>Defense news</description>
<item><title>Top generals hold first talks in a year</title><link>https://capitolbrief.example/1</link>
<guid>cb-1</guid><pubDate>Fri, 22 Dec 2023 09:15:00 GMT</pubDate>
<description><![CDATA[<p>WASHINGTON — Gen. CQ Brown held a video call with Gen. Liu Zhenli on Thursday, the first such talks in more than a year.</p><script>bad()</script>]]></description></item>
<item><title>Army misses recruiting goal</title><link>https://capitolbrief.example/2</link>
<pubDate>Thu, 21 Dec 2023 14:00:00 -0500</pubDate>
<description>The Army fell short of its recruiting target for the second year running, officials said.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Ridgeline Daily — World</title><id>tag:r,2021:world</id><updated>2024-08-28T12:30:00-04:00</updated>
<entry><title>U.S. and China hold AI talks in Geneva</title><link href="https://ridgeline.example/ai"/>
<id>tag:r,2024:ai</id><updated>2024-05-15T09:00:00-04:00</updated><author><name>Noor Haddad</name></author>
<content type="html">&lt;p&gt;GENEVA — Officials from the United States and China held their first talks on the risks of artificial intelligence on Tuesday.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    write(tmp_path, {"brief.xml": RSS, "ridge.atom": ATOM})
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        arts = by_name(s)
    assert rep.by_form == {"rss": 2, "atom": 1}
    one = arts["brief.xml|item 1"]
    assert (one["published"], one["published_source"], one["outlet"]) == ("2023-12-22T09:15:00+00:00", "feed", "Capitol Brief")
    assert one["title"] == "Top generals hold first talks in a year" and one["external_id"] == "cb-1"
    assert "bad()" not in one["text"] and one["text"].startswith("WASHINGTON — Gen. CQ Brown")
    assert arts["brief.xml|item 2"]["published"] == "2023-12-21T14:00:00-05:00"
    at = arts["ridge.atom|item 1"]
    assert (at["author"], at["outlet"], at["published"]) == ("Noor Haddad", "Ridgeline Daily", "2024-05-15T09:00:00-04:00")


def _warc(records: list[tuple[str, str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for kind, uri, status_ctype, payload in records:
        if kind == "request":
            rec = w.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        else:
            status, ctype = status_ctype.split("|")
            hdrs = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=hdrs)
        w.write_record(rec)
    return buf.getvalue()


def test_warc_html_responses_only(tmp_path: Path) -> None:
    page = HTML.encode()
    data = _warc([("request", "https://coastal.example/a", "", b""),
                  ("response", "https://coastal.example/a", "200 OK|text/html; charset=utf-8", page),
                  ("response", "https://coastal.example/logo.png", "200 OK|image/png", b"\x89PNG...."),
                  ("response", "https://coastal.example/gone", "404 Not Found|text/html", b"<html>gone</html>")])
    write(tmp_path, {"crawl.warc.gz": data})
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        arts = list(by_name(s).values())
    assert rep.by_form == {"warc": 1} and not rep.rejects
    assert arts[0]["source_locator"] == "record 2" and arts[0]["published_source"] == "metadata"
    assert arts[0]["url"] == "https://coastal.example/a"  # the WARC-Target-URI
    assert arts[0]["outlet"] == "Coastal Courier"
    assert arts[0]["external_id"].startswith("<urn:uuid:")


def _tar_gz(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_nested_archives_and_locators(tmp_path: Path) -> None:
    inner = _tar_gz({"x.html": HTML.encode(), "notes/y.txt": ("Talks\nPublished: 1 May 2024\n\n" + BODY).encode()})
    a_zip = _zip({"inner.tar.gz": inner})
    outer = _zip({"a.zip": a_zip, "pages/z.txt": ("date 2023-02-19\n\nMUNICH — " + BODY).encode(),
                  "feed.jsonl.gz": gzip.compress(json.dumps({"id": "k", "text": "KYIV — " + BODY}).encode()),
                  "__MACOSX/pages/._z.txt": b"\x00\x05\x16\x07 resource fork"})
    write(tmp_path, {"bundle.zip": outer, "solo.txt.gz": gzip.compress(("ROME — " + BODY).encode())})
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        locs = {(Path(a["source_path"]).name, a["source_locator"]) for a in by_name(s).values()}
    assert not rep.rejects
    assert locs == {("bundle.zip", "a.zip!inner.tar.gz!x.html"), ("bundle.zip", "a.zip!inner.tar.gz!notes/y.txt"),
                    ("bundle.zip", "pages/z.txt"), ("bundle.zip", "feed.jsonl.gz!line 1"), ("solo.txt.gz", None)}


def test_same_text_in_two_files_is_one_article_with_two_sources(tmp_path: Path) -> None:
    write(tmp_path, {"a/one.txt": "WASHINGTON — " + BODY + "\n", "b/two.txt": "WASHINGTON — " + BODY + "   \r\n"})
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        assert (rep.articles_new, rep.articles_known) == (1, 1)
        assert s.scalar("SELECT source_path FROM articles").endswith("one.txt")
        assert s.scalar("SELECT count(*) FROM article_sources") == 2


def test_idempotent_rerun_and_new_files_only(tmp_path: Path) -> None:
    write(tmp_path, {"p.html": HTML, "f.xml": RSS, "bad.gz": b"nope", "m.jsonl": '{"text": "x"}\n{oops\n'})
    db = tmp_path.parent / (tmp_path.name + ".duckdb")
    with Store(db) as s:
        first = run(s, tmp_path, workers=2)
        counts = {t: s.scalar(f"SELECT count(*) FROM {t}") for t in ("articles", "article_sources", "rejects", "source_files")}
        again = run(s, tmp_path, workers=2)
        assert (again.files_skipped, again.articles_new, again.rejects) == (again.files_seen, 0, [])
        assert counts == {t: s.scalar(f"SELECT count(*) FROM {t}") for t in counts}
        write(tmp_path, {"new.txt": "OTTAWA — " + BODY})
        third = run(s, tmp_path)
        assert (third.files_seen - third.files_skipped, third.articles_new) == (1, 1)
    assert first.articles_new == 3 and len(first.rejects) == 3


def test_brace_text_is_text_and_visible_published_line_dates_a_page(tmp_path: Path) -> None:
    write(tmp_path, {
        "note.txt": "{Editor's note: updated with comment from Beijing}\n\nWASHINGTON — " + BODY,
        "plain.html": "<html><body><article><h1>Talks</h1><p>Published: 14 May 2024</p>"
                      f"<p>{BODY.split(chr(10))[0]}</p><p>{BODY.split(chr(10))[-1]}</p></article></body></html>",
    })
    with Store(":memory:") as s:
        rep = run(s, tmp_path)
        arts = by_name(s)
    assert not rep.rejects
    assert arts["note.txt"]["title"].startswith("{Editor's note") and "Wang Yi" in arts["note.txt"]["text"]
    assert (arts["plain.html"]["published"], arts["plain.html"]["published_source"]) == ("2024-05-14", "dateline")


def test_outlet_from_byline_title_and_dateline_agency(tmp_path: Path) -> None:
    """Issue 14.7: the outlet the page states: its own outlet line over the byline's agency, a
    "SECTION | Outlet" title when the text names the outlet again, and the dateline's agency."""
    files = {
        "syndicated.txt": "Biden and Xi agree to restore military contacts\nBy Ellen Marsh, Meridian Wire\nLakeshore Courier\n"
                          "Published November 16, 2023\n\nWOODSIDE, Calif. (Meridian Wire) — President Joe Biden and "
                          "President Xi Jinping agreed on Wednesday to restore communications between their militaries.\n",
        "newsletter.txt": "CHINA WATCH | Beltway Bulletin\ndate 2024-04-26\n\nSecretary of State Antony Blinken met "
                          "President Xi Jinping in Beijing on Friday after five hours of talks.\n\nTips and feedback go to "
                          "the Beltway Bulletin policy desk.\n",
        "wire.txt": "Biden and Xi hold first call since summit\n\nWASHINGTON, April 2 (Atlas Wire) - President Joe Biden and "
                    "President Xi Jinping spoke by phone on Tuesday for the first time since their summit.\n",
        "byline.txt": "Talks in Geneva\nBy Ana Ruiz, Harbor Ledger\n\nGENEVA — Trade officials from both countries met "
                      "in Geneva on Saturday for talks on tariffs and export controls.\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with tidings.open(tmp_path / "s.duckdb") as t:
        t.ingest([tmp_path], workers=1)
        got = {Path(r["source_path"]).name: r["outlet"] for r in t.query("SELECT source_path, outlet FROM articles")}
    assert got == {"syndicated.txt": "Lakeshore Courier", "newsletter.txt": "Beltway Bulletin",
                   "wire.txt": "Atlas Wire", "byline.txt": "Harbor Ledger"}


def test_a_dateline_on_its_own_line_stays_in_the_body() -> None:
    from tidings.ingest.textfile import split_header

    for text in (
        "OSLO, March 11 (Meridian Wire) Mar 11, 2008\nNorway's prime minister on Tuesday urged calm.\n\nMore.",
        "Meridian Wire | Ankara | Updated: 29-03-2022 18:49 IST\nTurkey's minister says talks progressed.\n\nMore.",
    ):
        header, body = split_header(text)
        assert header.title is None and body.startswith(text.split("\n")[0])
    header, body = split_header("Ministers Meet in Oslo\nBy Jane Roe | Meridian Wire\n\nThe ministers met.")
    assert header.title == "Ministers Meet in Oslo" and body.startswith("The ministers met.")


def test_a_long_lead_line_without_its_full_stop_is_body_not_a_title() -> None:
    """A headline is short; a lone first line of 21+ words is the lead paragraph, whatever its last character."""
    from tidings.ingest.textfile import split_header

    lead = ("The Norwegian Foreign Ministry on Monday summoned the Swedish ambassador in Oslo and handed her a "
            "protest note over an incident at the Norwegian embassy in Stockholm")
    header, body = split_header(lead + "\n\nThe ministry also demanded that Sweden protect its missions.")
    assert header.title is None and body.startswith(lead)
    # a headline of ordinary length still is one
    header, body = split_header("Norway Summons Swedish Ambassador Over Embassy Incident\n\nThe ministry said.")
    assert header.title == "Norway Summons Swedish Ambassador Over Embassy Incident" and body == "The ministry said."


def test_manifest_record_without_a_date_takes_the_date_in_its_url(tmp_path: Path) -> None:
    records = [
        {"id": "u1", "url": "https://wire.example/world/2023/06/19/blinken-xi",
         "text": "Secretary of State Antony Blinken met President Xi Jinping in Beijing on Monday, the State Department said."},
        {"id": "u2", "url": "https://wire.example/2024/biden-xi-call",
         "text": "WASHINGTON, April 2 (Wire) - President Joe Biden and President Xi Jinping spoke by phone on Tuesday, officials said."},
        {"id": "u3", "url": "https://wire.example/world/biden-xi-call",
         "text": "President Joe Biden and President Xi Jinping spoke by phone on Tuesday, officials said in Washington."},
    ]
    (tmp_path / "m.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    with Store(":memory:") as s:
        run(s, tmp_path)
        got = {r["external_id"]: (r["published"], r["published_source"])
               for r in s.query("SELECT external_id, published, published_source FROM articles")}
    assert got["u1"] == ("2023-06-19", "url")
    assert got["u2"] == ("2024-04-02", "dateline")   # a dateline without a year takes the URL's year
    assert got["u3"] == (None, "unknown")
