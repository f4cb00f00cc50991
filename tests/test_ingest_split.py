"""Large JSONL and WARC files are read in parts; the store ends up as if they were read whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.ingest import split
from tidings.store import Store

from test_ingest_helpers import BODY, run, write
from test_ingest_forms import HTML, _warc

QUERY = ("SELECT source_locator, external_id, published, text FROM articles ORDER BY source_locator")


def _files(root: Path) -> Path:
    lines = [json.dumps({"id": f"j{i}", "published": "2024-03-01", "text": f"ROME — {BODY} Line {i}."}) for i in range(120)]
    lines[57] = "{broken"
    recs = [("response", f"https://coastal.example/{i}", "200 OK|text/html",
             HTML.replace("Great Hall", f"Great Hall {i}").encode()) for i in range(30)]
    return write(root, {"big.jsonl": "\n".join(lines) + "\n", "crawl.warc.gz": _warc(recs)})


@pytest.mark.parametrize("workers", [1, 2])
def test_split_files_equal_whole_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    root = _files(tmp_path / "in")
    with Store(":memory:") as whole:
        run(whole, root)
        expected = whole.con.execute(QUERY).fetchall()
        expected_rejects = whole.query("SELECT source_locator, reason FROM rejects ORDER BY 1")
    monkeypatch.setattr(split, "SPLIT_OVER", 4096)
    monkeypatch.setattr(split, "PART_BYTES", 8192)
    assert len(split.split_file(str(root / "big.jsonl"), "jsonl", size=0, mtime_ns=0)) > 3
    assert len(split.split_file(str(root / "crawl.warc.gz"), "warc", size=0, mtime_ns=0)) > 3
    with Store(tmp_path / f"s{workers}.duckdb") as parts:
        rep = run(parts, root, workers=workers)
        assert parts.con.execute(QUERY).fetchall() == expected
        assert parts.query("SELECT source_locator, reason FROM rejects ORDER BY 1") == expected_rejects
        assert expected_rejects[0]["reason"].startswith("line 58: invalid JSON")
        files = {Path(r["source_path"]).name: r["n_articles"] for r in parts.query("SELECT * FROM source_files")}
        assert files == {"big.jsonl": 119, "crawl.warc.gz": 30} and rep.articles_new == 149
        assert run(parts, root, workers=workers).files_skipped == 2
