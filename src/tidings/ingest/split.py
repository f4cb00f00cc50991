"""Large JSON Lines and WARC files are read in parts, so neither a worker nor the writer ever holds
a whole multi-gigabyte crawl in memory, and the work spreads over the pool.

The parent scans the file once (JSONL: newline positions; WARC: record offsets with warcio, which
also works on per-record gzip) and cuts it into ranges of about ``PART_BYTES`` that start at a
line or record boundary; each range is a complete JSONL or WARC file by itself.
"""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Iterator

from .model import Part

__all__ = ["PART_BYTES", "SPLIT_OVER", "splittable", "split_file"]

PART_BYTES = 8 * 1024 * 1024
SPLIT_OVER = 16 * 1024 * 1024  # files up to this size are read whole


def splittable(path: str) -> str | None:
    """'jsonl' or 'warc' if the file at ``path`` is one of those (by content), else None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(65536)
    except OSError:
        return None
    if head[:2] == b"\x1f\x8b":
        try:
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return None
        return "warc" if inner.startswith(b"WARC/") else None
    if head.startswith(b"WARC/"):
        return "warc"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return None


def _jsonl_ranges(path: str) -> Iterator[tuple[int, int, int]]:
    start, line, pos, first = 0, 1, 0, 1
    with open(path, "rb") as fh:
        for raw in fh:
            pos += len(raw)
            line += 1
            if pos - start >= PART_BYTES:
                yield start, pos, first
                start, first = pos, line
    if pos > start:
        yield start, pos, first


def _warc_ranges(path: str) -> Iterator[tuple[int, int, int]]:
    from warcio.archiveiterator import ArchiveIterator

    start, first, n, offset = 0, 1, 0, 0
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh, arc2warc=True)
        try:
            for _rec in it:
                n += 1
                offset = it.get_record_offset()
                if offset - start >= PART_BYTES:
                    yield start, offset, first
                    start, first = offset, n
        except Exception:  # a corrupt tail: the last range reads up to it and reports it
            pass
    yield start, os.path.getsize(path), first


def split_file(path: str, kind: str, *, size: int, mtime_ns: int) -> list[Part]:
    """The parts of one large file (with the whole file's sha256, computed while scanning)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    ranges = list(_jsonl_ranges(path) if kind == "jsonl" else _warc_ranges(path))
    return [
        Part(path, kind, s, e, first, i, len(ranges), size, mtime_ns, h.hexdigest())
        for i, (s, e, first) in enumerate(ranges)
    ]
