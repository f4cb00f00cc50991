"""What a blob of bytes is, from its content (magic bytes, then the first characters).

The file name only matters when it promises a container the bytes are not (``x.gz`` that is not
gzip): that is a broken download, and silently reading it as text would store garbage.
"""

from __future__ import annotations

import re

__all__ = ["sniff_container", "sniff_text", "claimed_container"]

_CONTAINER_EXT = {".gz": "gzip", ".tgz": "gzip", ".zip": "zip", ".tar": "tar", ".warc": "warc"}
_HTML = re.compile(r"<(!doctype html|html|head|body|article|main|div|p|meta|title|h1|section|span|table)\b", re.I)


def sniff_container(data: bytes) -> str | None:
    """'gzip' | 'zip' | 'tar' | 'bzip2' | 'xz' | 'warc' by magic bytes, else None."""
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "zip"
    if len(data) > 262 and data[257:262] == b"ustar":
        return "tar"
    if data[:3] == b"BZh":
        return "bzip2"
    if data[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if data[:5] == b"WARC/" or data[:11] == b"filedesc://":  # WARC, or the older ARC (warcio reads both)
        return "warc"
    return None


def claimed_container(name: str) -> str | None:
    """The container a file name promises (``.gz``, ``.zip``, ``.tar``), if any."""
    low = name.lower()
    for ext, kind in _CONTAINER_EXT.items():
        if low.endswith(ext):
            return kind
    if low.endswith(".warc.gz"):
        return "gzip"
    return None


def sniff_text(text: str, name: str = "") -> str:
    """'rss' | 'atom' | 'xml' | 'html' | 'jsonl' | 'json' | 'text' for decoded text."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    low = head[:2048].lower()
    if head.startswith("<?xml") or head.startswith("<rss") or head.startswith("<feed") or head.startswith("<rdf"):
        if "<rss" in low or "<rdf:rdf" in low:
            return "rss"
        if "<feed" in low:
            return "atom"
        if "<html" in low:
            return "html"
        return "xml"
    if head.startswith("<") and _HTML.search(head[:2048]):
        return "html"
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("[") and name.lower().endswith(".json"):
        return "json"
    if name.lower().endswith((".html", ".htm", ".xhtml")) and _HTML.search(head):
        return "html"
    return "text"
