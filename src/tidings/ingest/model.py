"""Records passed between the reader (worker processes) and the writer (the parent)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Reject", "Article", "Hints", "FileResult", "Part", "article_id", "reject_id", "excerpt"]

_TRAILING_WS = re.compile(r"[ \t]+$", re.MULTILINE)


@dataclass(frozen=True)
class Reject:
    """Input that could not become an article (or a note about one that was kept), with the reason."""

    source_path: str
    source_locator: str | None
    reason: str
    excerpt: str


@dataclass(frozen=True)
class Hints:
    """What the container of a record says about it (manifest fields, feed item fields, WARC URI)."""

    external_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: str | None = None  # where ``published`` came from: manifest | feed
    language: str | None = None


@dataclass(frozen=True)
class Article:
    """One article as stored in ``articles`` (plus the input form, for the report)."""

    article_id: str
    external_id: str | None
    url: str | None
    outlet: str | None
    title: str | None
    author: str | None
    published: str | None
    published_date: dt.date | None
    published_source: str
    language: str | None
    raw_text: str
    text: str
    word_count: int
    source_path: str
    source_locator: str | None
    form: str


@dataclass(frozen=True)
class FileResult:
    """Everything one input file gave. ``done`` is False when it could not be read at all
    (missing, permission denied, worker failure), so the next run tries it again."""

    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    articles: tuple[Article, ...]
    rejects: tuple[Reject, ...]
    done: bool
    part: int = 0  # a large JSONL/WARC file is read in parts (see ``split``); the last part
    parts: int = 1  # marks the file done
    counts: tuple[int, int] | None = None  # (articles, rejects) of the whole file, if not just this part


@dataclass(frozen=True)
class Part:
    """A byte range of a large JSONL or WARC file, read by one worker task."""

    path: str
    kind: str  # jsonl | warc
    start: int
    end: int
    first: int  # number of the first line / record in the range
    index: int
    count: int
    size: int
    mtime_ns: int
    sha256: str


def normalise_raw(text: str) -> str:
    """The text the article id is computed from: NFC, \\n newlines, no trailing spaces."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _TRAILING_WS.sub("", text)


def article_id(raw: str) -> str:
    return "a" + hashlib.sha256(normalise_raw(raw).encode("utf-8")).hexdigest()[:20]


def reject_id(path: str, locator: str | None, reason: str) -> str:
    key = "\x1f".join((path, locator or "", reason))
    return "r" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _shown(c: str) -> str:
    """One character as a reader can see it: control bytes as \\xNN escapes, other characters that do not print
    (unassigned code points such as the U+0379 a gzip header's timestamp can decode to, format characters, lone
    surrogates) as "?"; wide spaces stay, for the whitespace collapse to read."""
    if c.isprintable() or (c.isspace() and ord(c) >= 0x80):
        return c
    return "\\x%02x" % ord(c) if ord(c) < 256 else "?"


def excerpt(data: bytes | str, limit: int = 200) -> str:
    """Up to ``limit`` printable characters of the offending input (binary shown as escapes)."""
    if isinstance(data, bytes):
        data = data[: limit * 4].decode("utf-8", "backslashreplace")
    text = "".join(_shown(c) for c in data[: limit * 4])
    text = " ".join(text.split())
    return text[:limit]
