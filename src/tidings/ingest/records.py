"""Multi-article inputs: JSON Lines manifests, RSS/Atom feeds (feedparser), WARC files (warcio).

Each yields ``Unit``s (one article's raw text or HTML plus what the container says about it) and
``Reject``s for records that cannot be articles; a bad record never stops the good ones after it.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..clean import normalise_whitespace
from .model import Hints, Reject, excerpt

__all__ = ["Unit", "jsonl_units", "feed_units", "warc_units"]

_FIELDS = ("id", "url", "title", "outlet", "published", "author", "language")


@dataclass(frozen=True)
class Unit:
    """One article's raw input, before extraction and cleaning."""

    locator: str | None
    form: str  # text | html | jsonl | rss | atom | warc
    raw: str
    is_html: bool
    hints: Hints = Hints()


def _s(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        v = value.strip()
        return v or None
    return None


def jsonl_units(text: str, path: str, prefix: str, *, first_line: int = 1) -> Iterator[Unit | Reject]:
    """One article per line: ``text`` or ``html`` plus optional manifest fields."""
    for n, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        loc = f"{prefix}line {n}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield Reject(path, loc, f"line {n}: invalid JSON: {exc}", excerpt(line))
            continue
        if not isinstance(rec, dict):
            yield Reject(path, loc, f"line {n}: not a JSON object ({type(rec).__name__})", excerpt(line))
            continue
        body, is_html = rec.get("text"), False
        if not isinstance(body, str) or not body.strip():
            body, is_html = rec.get("html"), True
        if not isinstance(body, str) or not body.strip():
            yield Reject(path, loc, f"line {n}: record has no text (neither 'text' nor 'html')", excerpt(line))
            continue
        f = {k: _s(rec.get(k)) for k in _FIELDS}
        author = rec.get("author")
        if isinstance(author, list):
            f["author"] = ", ".join(a for a in author if isinstance(a, str)) or None
        yield Unit(
            loc,
            "jsonl",
            body,
            is_html,
            Hints(
                external_id=f["id"],
                url=f["url"],
                outlet=f["outlet"],
                title=f["title"],
                author=f["author"],
                published=f["published"],
                published_source="manifest" if f["published"] else None,
                language=(f["language"] or "").split("-")[0].lower() or None,
            ),
        )


def _feed_outlet(title: str | None) -> str | None:
    """A channel title "Capitol Brief: Defense" or "Ridgeline Daily — World" names outlet and section."""
    if not title:
        return None
    return re.split(r"\s+[—–|-]\s+|:\s+", title.strip(), maxsplit=1)[0].strip() or None


def _feed_date(entry: dict) -> str | None:
    for key in ("published", "updated", "created", "dc_date"):
        v = entry.get(key)
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def feed_units(text: str, form: str, path: str, prefix: str) -> Iterator[Unit | Reject]:
    """Each item of an RSS 2.0 / Atom feed, from its full content or else its description."""
    import feedparser

    parsed = feedparser.parse(text)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        yield Reject(path, prefix.rstrip("!") or None, f"broken feed: {exc}", excerpt(text))
        return
    outlet = _feed_outlet(parsed.get("feed", {}).get("title"))
    lang = (parsed.get("feed", {}).get("language") or "").split("-")[0].lower() or None
    for n, e in enumerate(entries, start=1):
        loc = f"{prefix}item {n}"
        content = ""
        for c in e.get("content") or []:
            if isinstance(c.get("value"), str) and len(c["value"]) > len(content):
                content = c["value"]
        summary = e.get("summary") or e.get("description") or ""
        body = content if len(content) >= len(summary) else summary
        if not body.strip():
            yield Reject(path, loc, f"item {n}: feed item has no content or description", excerpt(e.get("title") or ""))
            continue
        is_html = "<" in body and ">" in body
        author = e.get("author") or None
        date = _feed_date(e)
        yield Unit(
            loc,
            form,
            body,
            is_html,
            Hints(
                external_id=_s(e.get("id")),
                url=_s(e.get("link")),
                outlet=outlet,
                title=normalise_whitespace(e.get("title") or "") or None,
                author=author,
                published=date,
                published_source="feed" if date else None,
                language=lang,
            ),
        )
    if parsed.get("bozo") and entries:
        exc = parsed.get("bozo_exception")
        yield Reject(
            path,
            prefix.rstrip("!") or None,
            f"feed is not well-formed ({type(exc).__name__}: {exc}); {len(entries)} items read",
            "",
        )


def warc_units(data: bytes, path: str, prefix: str, *, first_record: int = 1) -> Iterator[Unit | Reject]:
    """HTML responses (status 200) of a WARC file; requests, metadata and non-HTML are skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .decode import DecodeError, decode_bytes

    n = first_record - 1
    try:
        for rec in ArchiveIterator(io.BytesIO(data), arc2warc=True):
            n += 1
            if rec.rec_type != "response":
                continue
            loc = f"{prefix}record {n}"
            http = rec.http_headers
            status = http.get_statuscode() if http else None
            ctype = (http.get_header("Content-Type") or "").lower() if http else ""
            if status != "200" or "html" not in ctype:
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            try:
                payload = rec.content_stream().read(50 * 1024 * 1024)
            except Exception as exc:  # chunked/compressed bodies can fail to decode
                yield Reject(path, loc, f"record {n}: unreadable HTTP body: {exc}", "")
                continue
            m = re.search(r"charset=([\w-]+)", ctype)
            try:
                html = payload.decode(m.group(1)) if m else decode_bytes(payload)[0]
            except (LookupError, UnicodeDecodeError, DecodeError):
                try:
                    html = decode_bytes(payload)[0]
                except DecodeError as exc:
                    yield Reject(path, loc, f"record {n}: {exc}", excerpt(payload))
                    continue
            yield Unit(
                loc, "warc", html, True, Hints(external_id=rec.rec_headers.get_header("WARC-Record-ID"), url=uri)
            )
    except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:
        yield Reject(path, f"{prefix}record {n + 1}", f"corrupt or truncated WARC after record {n}: {exc}", "")
