"""Hostile input: every bad file becomes a reject with a reason, good records beside it survive."""

from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from tidings.ingest import ingest
from tidings.store import Store

from test_ingest_helpers import BODY, by_name, rejects, run, write

GOOD = "Talks in Geneva\nPublished: 12 May 2025\n\nGENEVA — " + BODY + "\n"


@pytest.fixture
def store() -> Store:
    s = Store(":memory:")
    yield s
    s.close()


def _reasons(store: Store) -> dict[tuple[str, str | None], str]:
    return {(Path(r["source_path"]).name, r["source_locator"]): r["reason"] for r in rejects(store)}


def _check_pile(store: Store, tmp_path: Path, bad: dict[str, bytes | str], *,
                min_rejects: int | None = None) -> dict[tuple[str, str | None], str]:
    """Ingest a known article first, then the pile with the bad files and a good one; both must stay."""
    write(tmp_path / "before", {"earlier.txt": "date 2024-01-01\n\nBERLIN — " + BODY})
    run(store, tmp_path / "before")
    write(tmp_path / "pile", {"good.txt": GOOD, **bad})
    rep = run(store, tmp_path / "pile")
    names = set(by_name(store))
    assert {"earlier.txt", "good.txt"} <= names
    assert len(rep.rejects) >= (len(bad) if min_rejects is None else min_rejects)
    for r in rep.rejects:
        assert len(r.excerpt) <= 200 and r.excerpt.isprintable()
    return _reasons(store)


def test_empty_binary_nul_and_undecodable(store: Store, tmp_path: Path) -> None:
    reasons = _check_pile(store, tmp_path, {
        "empty.txt": b"", "blank.txt": "  \n\t\n  ", "noise.bin": bytes(range(256)) * 40,
        "nul.txt": b"Some text\x00\x00 with NUL bytes inside" * 10,
        "badbom.txt": b"\xff\xfe" + "Secretary of State".encode("utf-16-le") + b"\x00",
        "ctrl.txt": bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15]) * 50,
    })
    assert reasons[("empty.txt", None)] == "empty file (0 bytes)"
    assert reasons[("blank.txt", None)] == "empty file (only whitespace)"
    assert reasons[("noise.bin", None)] == "binary data (NUL bytes), not text"
    assert reasons[("nul.txt", None)] == "binary data (NUL bytes), not text"
    assert reasons[("badbom.txt", None)].startswith("undecodable bytes: utf-16-le BOM")
    assert reasons[("ctrl.txt", None)].startswith("binary data (")


def test_fake_gzip_corrupt_and_truncated_archives(store: Store, tmp_path: Path) -> None:
    good_zip = io.BytesIO()
    with zipfile.ZipFile(good_zip, "w") as zf:
        zf.writestr("a.txt", "ROME — " + BODY)
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w") as tf:
        for name, text in (("first.txt", "OSLO — " + BODY), ("second.txt", "LIMA — " + BODY + " " + "More text. " * 2000)):
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    tar_bytes = tar.getvalue()
    reasons = _check_pile(store, tmp_path, {
        "fake.gz": b"this is not gzip at all",
        "fake.zip": "plain text pretending",
        "cut.zip": good_zip.getvalue()[:40],
        "cut.txt.gz": gzip.compress(("PARIS — " + BODY).encode() * 20)[:120],
        "cut.tar": tar_bytes[:2048],
    })
    assert reasons[("fake.gz", None)] == "named .gz but is not a gzip file (wrong magic bytes)"
    assert reasons[("fake.zip", None)] == "named .zip but is not a zip file (wrong magic bytes)"
    assert reasons[("cut.zip", None)].startswith("corrupt or truncated zip archive")
    assert reasons[("cut.txt.gz", None)].startswith("truncated gzip file")
    assert reasons[("cut.tar", "second.txt")].startswith("truncated tar member")
    assert "cut.tar|first.txt" in by_name(store)  # what came before the cut is kept


def test_zip_bombs_are_capped(store: Store, tmp_path: Path) -> None:
    zeros = b"\x00" * (60 * 1024 * 1024)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("big.txt", zeros)
        zf.writestr("ratio.txt", b" " * (5 * 1024 * 1024))
        zf.writestr("fine.txt", "KYIV — " + BODY)
    reasons = _check_pile(store, tmp_path, {
        "bomb.zip": bomb.getvalue(),
        "bomb.txt.gz": gzip.compress(zeros, compresslevel=1),
    })
    assert "exceeds 50 MB (possible zip bomb)" in reasons[("bomb.zip", "big.txt")]
    assert "compression ratio" in reasons[("bomb.zip", "ratio.txt")]
    assert "possible zip bomb" in reasons[("bomb.txt.gz", None)]
    assert "bomb.zip|fine.txt" in by_name(store)


def test_truncated_html_is_still_extracted(store: Store, tmp_path: Path) -> None:
    page = ("<html><head><title>Talks</title><meta property='og:site_name' content='Balkan Desk'></head><body>"
            f"<p>BRUSSELS — {BODY}</p><p>The meeting follo")
    _check_pile(store, tmp_path, {"cut.html": page}, min_rejects=0)
    a = by_name(store)["cut.html"]
    assert "candid" in a["text"] and a["outlet"] == "Balkan Desk"


def test_jsonl_bad_records_and_unparsable_date(store: Store, tmp_path: Path) -> None:
    lines = [json.dumps({"id": "ok", "text": "SEOUL — " + BODY, "published": "2024-03-01"}),
             '{"id": "cut", "text": "unterminated',
             json.dumps({"id": "empty", "text": "   "}),
             json.dumps(["not", "an", "object"]),
             json.dumps({"id": "when", "text": "TOKYO — " + BODY, "published": "sometime last spring"}),
             json.dumps({"id": "short", "text": "Breaking news"})]
    reasons = _check_pile(store, tmp_path, {"m.jsonl": "\n".join(lines)})
    arts = by_name(store)
    assert arts["m.jsonl|line 1"]["published"] == "2024-03-01"
    undated = arts["m.jsonl|line 5"]
    assert undated["published_source"] == "unknown" and undated["published"] is None
    assert reasons[("m.jsonl", "line 2")].startswith("line 2: invalid JSON: Unterminated string")
    assert reasons[("m.jsonl", "line 3")] == "line 3: record has no text (neither 'text' nor 'html')"
    assert reasons[("m.jsonl", "line 4")] == "line 4: not a JSON object (list)"
    assert reasons[("m.jsonl", "line 5")] == 'unparsable date "sometime last spring" (article kept undated)'
    assert reasons[("m.jsonl", "line 6")] == "too short to be an article (2 words)"


def test_huge_single_line_and_broken_feed(store: Store, tmp_path: Path) -> None:
    line = ("NAIROBI — " + BODY.replace("\n", " ") + " ") * (2_000_000 // len(BODY))
    reasons = _check_pile(store, tmp_path, {
        "long.txt": line,
        "broken.xml": "<?xml version='1.0'?><rss version='2.0'><channel><title>X</title><item><title>unclosed",
        "half.xml": "<?xml version='1.0'?><rss version='2.0'><channel><title>Y</title><item><title>One</title>"
                    f"<description>DOHA — {BODY}</description></item><item><title>Two",
    })
    assert by_name(store)["long.txt"]["word_count"] > 300_000
    assert reasons[("broken.xml", None)].startswith("broken feed:") or reasons[("broken.xml", None)].startswith("feed is not well-formed")
    assert "half.xml|item 1" in by_name(store)


def test_missing_and_unreadable_paths(store: Store, tmp_path: Path) -> None:
    write(tmp_path, {"ok.txt": GOOD, "locked.txt": GOOD.replace("Geneva", "Vienna")})
    os.chmod(tmp_path / "locked.txt", 0)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block forever
    try:
        rep = ingest(store, [tmp_path, tmp_path / "nope.txt"], workers=1)
        reasons = _reasons(store)
        assert reasons[("nope.txt", None)] == "no such file or directory"
        assert reasons[("pipe.txt", None)] == "not a regular file"
        if os.geteuid() != 0:  # root reads anything
            assert reasons[("locked.txt", None)] == "permission denied"
            assert store.scalar("SELECT count(*) FROM source_files WHERE source_path LIKE '%locked.txt'") == 0
        assert rep.articles_new >= 1
        again = ingest(store, [tmp_path, tmp_path / "nope.txt"], workers=1)
        assert again.rejects == []  # same reject ids: nothing new
    finally:
        os.chmod(tmp_path / "locked.txt", 0o644)


def test_rejects_are_not_duplicated_on_rerun(tmp_path: Path) -> None:
    write(tmp_path / "pile", {"fake.gz": b"nope", "m.jsonl": "{bad\n"})
    with Store(tmp_path / "s.duckdb") as s:
        run(s, tmp_path / "pile")
        n = s.scalar("SELECT count(*) FROM rejects")
        s.con.execute("DELETE FROM source_files")  # force a full re-read
        again = run(s, tmp_path / "pile")
        assert again.rejects == [] and s.scalar("SELECT count(*) FROM rejects") == n == 2


def test_an_excerpt_is_printable_whatever_the_bytes_decode_to() -> None:
    """A gzip header's timestamp can decode as UTF-8 to an unassigned code point (b"\\xcd\\xb9" is U+0379), which
    str.isprintable rejects: such characters show as "?", control bytes as escapes, text as it is."""
    from tidings.ingest.model import excerpt

    shown = excerpt(b"\x1f\x8b\x08\x00\xcd\xb9\x14k\x02\xff rest \xe2\x80\x8b zero-width \xc2\xa0 wide space")
    assert shown.isprintable() and len(shown) <= 200
    assert shown.startswith("\\x1f\\x8b\\x08\\x00?") and "rest ? zero-width wide space" in shown
    assert excerpt("Secretary of State Blinken") == "Secretary of State Blinken"
