"""Read one input file into articles and rejects (runs in a worker process).

Content decides the form (see ``sniff``); containers are unwrapped recursively with the limits of
``containers``. Any failure is turned into a ``Reject`` with a reason: a worker never raises.
"""

from __future__ import annotations

import bz2
import hashlib
import json
import lzma
import os
import stat
from collections.abc import Iterator

from .build import build_article
from .containers import MAX_DEPTH, MAX_MEMBER, Budget, ContainerError, gunzip, tar_members, zip_members
from .decode import DecodeError, decode_bytes
from .model import Article, FileResult, Part, Reject, excerpt
from .records import Unit, feed_units, jsonl_units, warc_units
from .sniff import claimed_container, sniff_container, sniff_text

__all__ = ["read_file", "read_part", "MAX_FILE"]

MAX_FILE = 256 * 1024 * 1024  # a single input file read whole; larger ones are rejected


def _strip_ext(name: str, kind: str) -> str:
    low = name.lower()
    if kind == "gzip":
        if low.endswith(".tgz"):
            return name[:-4] + ".tar"
        if low.endswith(".gz"):
            return name[:-3]
    if kind == "bzip2" and low.endswith(".bz2"):
        return name[:-4]
    if kind == "xz" and low.endswith(".xz"):
        return name[:-3]
    return name


def _decompress_stream(data: bytes, kind: str, budget: Budget) -> bytes:
    dec = bz2.BZ2Decompressor() if kind == "bzip2" else lzma.LZMADecompressor()
    try:
        out = dec.decompress(data, max_length=MAX_MEMBER + 1)
    except (OSError, lzma.LZMAError, EOFError) as exc:
        raise ContainerError(f"corrupt {kind} data: {exc}") from None
    if len(out) > MAX_MEMBER:
        raise ContainerError(f"{kind} data expands past {MAX_MEMBER // 2**20} MB (possible zip bomb)")
    if not dec.eof:
        raise ContainerError(f"truncated {kind} file: ends before the end of the compressed stream")
    budget.take(len(out))
    return out


def blob_units(
    data: bytes, *, path: str, name: str, prefix: str, depth: int, budget: Budget
) -> Iterator[Unit | Reject]:
    """Units (single articles' raw input) and rejects found in ``data``."""
    loc = prefix.rstrip("!") or None
    if not data:
        yield Reject(path, loc, "empty file (0 bytes)", "")
        return
    kind = sniff_container(data)
    claimed = claimed_container(name)
    if claimed and claimed != kind:
        ext = name.rsplit(".", 1)[-1]
        yield Reject(path, loc, f"named .{ext} but is not a {claimed} file (wrong magic bytes)", excerpt(data))
        return
    if kind in ("gzip", "bzip2", "xz", "zip", "tar") and depth >= MAX_DEPTH:
        yield Reject(path, loc, f"archives nested more than {MAX_DEPTH} deep", "")
        return
    try:
        if kind in ("gzip", "bzip2", "xz"):
            inner = gunzip(data, budget) if kind == "gzip" else _decompress_stream(data, kind, budget)
            yield from blob_units(
                inner, path=path, name=_strip_ext(name, kind), prefix=prefix, depth=depth + 1, budget=budget
            )
            return
        if kind in ("zip", "tar"):
            members = zip_members(data, budget) if kind == "zip" else tar_members(data, budget)
            for m in members:
                mloc = prefix + m.name if m.name else loc
                if m.data is None:
                    yield Reject(path, mloc, m.error or "unreadable member", "")
                    continue
                yield from blob_units(
                    m.data, path=path, name=m.name, prefix=(mloc or "") + "!", depth=depth + 1, budget=budget
                )
            return
    except ContainerError as exc:
        yield Reject(path, loc, str(exc), excerpt(data[:64]))
        return
    if kind == "warc":
        yield from warc_units(data, path, prefix)
        return
    try:
        text, _enc = decode_bytes(data)
    except DecodeError as exc:
        yield Reject(path, loc, str(exc), excerpt(data))
        return
    if not text.strip():
        yield Reject(path, loc, "empty file (only whitespace)", "")
        return
    form = sniff_text(text, name)
    if form == "html":
        yield Unit(loc, "html", text, True)
    elif form in ("rss", "atom"):
        yield from feed_units(text, form, path, prefix)
    elif form == "jsonl" and (_is_json_line(text) or name.lower().endswith((".jsonl", ".ndjson", ".json"))):
        yield from jsonl_units(text, path, prefix)
    elif form == "xml":
        yield Reject(path, loc, "XML document that is neither an RSS nor an Atom feed", excerpt(text))
    elif form == "json":
        yield Reject(path, loc, "a JSON document, not JSON Lines (one article object per line)", excerpt(text))
    else:
        yield Unit(loc, "text", text, False)


def _is_json_line(text: str) -> bool:
    """Whether the first non-blank line is a JSON value (a text that merely starts with "{" is text)."""
    first = next((ln for ln in text.split("\n", 20) if ln.strip()), "")
    try:
        json.loads(first)
    except ValueError:
        return False
    return True


def read_file(path: str) -> FileResult:
    """Everything in one input file. Never raises."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return FileResult(path, 0, 0, None, (), (Reject(path, None, "no such file or directory", ""),), False)
    except OSError as exc:
        return FileResult(path, 0, 0, None, (), (Reject(path, None, f"cannot read: {exc.strerror or exc}", ""),), False)
    size, mtime = st.st_size, st.st_mtime_ns
    if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
        return FileResult(path, size, mtime, None, (), (Reject(path, None, "not a regular file", ""),), False)
    if size > MAX_FILE:
        rej = Reject(path, None, f"file of {size:,} bytes is larger than {MAX_FILE // 2**20} MB; split it", "")
        return FileResult(path, size, mtime, None, (), (rej,), True)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE + 1)
    except PermissionError:
        return FileResult(path, size, mtime, None, (), (Reject(path, None, "permission denied", ""),), False)
    except OSError as exc:
        return FileResult(
            path, size, mtime, None, (), (Reject(path, None, f"cannot read: {exc.strerror or exc}", ""),), False
        )
    sha = hashlib.sha256(data).hexdigest()
    units = blob_units(data, path=path, name=os.path.basename(path), prefix="", depth=0, budget=Budget())
    articles, rejects, done = _consume(units, path)
    return FileResult(path, size, mtime, sha, tuple(articles), tuple(rejects), done)


def _consume(units: Iterator[Unit | Reject], path: str) -> tuple[list[Article], list[Reject], bool]:
    """Build the articles of ``units``; failures become rejects (and leave the file not done)."""
    articles: list[Article] = []
    rejects: list[Reject] = []
    done = True
    try:
        for item in units:
            if isinstance(item, Reject):
                rejects.append(item)
                continue
            display = path + ("!" + item.locator if item.locator else "")
            try:
                art, notes = build_article(item, path=path, display=display)
            except Exception as exc:  # a bug or a library failure on one record: keep the others
                rejects.append(
                    Reject(
                        path,
                        item.locator,
                        f"internal error while extracting: {type(exc).__name__}: {exc}"[:300],
                        excerpt(item.raw),
                    )
                )
                done = False
                continue
            rejects.extend(notes)
            if art is not None:
                articles.append(art)
    except Exception as exc:
        rejects.append(Reject(path, None, f"internal error while reading: {type(exc).__name__}: {exc}"[:300], ""))
        done = False
    return articles, rejects, done


def read_part(part: Part) -> FileResult:
    """One byte range of a large JSONL or WARC file (see ``split``). Never raises."""
    path = part.path
    try:
        with open(path, "rb") as fh:
            fh.seek(part.start)
            data = fh.read(part.end - part.start)
    except OSError as exc:
        rej = Reject(path, None, f"cannot read: {exc.strerror or exc}", "")
        return FileResult(path, part.size, part.mtime_ns, part.sha256, (), (rej,), False, part.index, part.count)
    if part.kind == "warc":
        units: Iterator[Unit | Reject] = warc_units(data, path, "", first_record=part.first)
    else:
        try:
            text = data.decode("utf-8-sig" if part.start == 0 else "utf-8")
        except UnicodeDecodeError:
            try:
                text = decode_bytes(data)[0]
            except DecodeError:  # keep the decodable lines; a broken one fails as invalid JSON
                text = data.decode("utf-8", "replace")
        units = jsonl_units(text, path, "", first_line=part.first)
    articles, rejects, done = _consume(units, path)
    return FileResult(
        path, part.size, part.mtime_ns, part.sha256, tuple(articles), tuple(rejects), done, part.index, part.count
    )
