"""gzip, zip and tar containers, nested, with limits that stop zip bombs.

Limits: each member (or gzip stream) at most ``MAX_MEMBER`` bytes decompressed, each top-level file
at most ``MAX_TOTAL`` bytes decompressed over all its members, at most ``MAX_RATIO`` : 1 compression
for anything over 1 MB, nesting at most ``MAX_DEPTH`` deep. Past a limit the member is rejected with
the reason and the rest of the container is still read.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "Budget",
    "Member",
    "ContainerError",
    "gunzip",
    "zip_members",
    "tar_members",
    "MAX_MEMBER",
    "MAX_TOTAL",
    "MAX_RATIO",
    "MAX_DEPTH",
]

MAX_MEMBER = 50 * 1024 * 1024
MAX_TOTAL = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_DEPTH = 5
_RATIO_FLOOR = 1024 * 1024


class ContainerError(ValueError):
    """A container (or one member) cannot be read; the message is the reject reason."""


@dataclass
class Budget:
    """Decompressed bytes still allowed for one top-level file."""

    left: int = MAX_TOTAL

    def take(self, n: int) -> None:
        if n > self.left:
            raise ContainerError(
                f"archive expands past {MAX_TOTAL // 2**20} MB in total (possible zip bomb); "
                "rest of the archive skipped"
            )
        self.left -= n


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes | None  # None when the member was rejected (see ``error``)
    error: str | None = None


def junk_member(name: str) -> bool:
    """macOS resource forks and folder metadata that archivers add: never articles."""
    base = name.rsplit("/", 1)[-1]
    return (
        name.startswith("__MACOSX/")
        or "/__MACOSX/" in name
        or base.startswith("._")
        or base in (".DS_Store", "Thumbs.db")
    )


def _check_ratio(out_len: int, in_len: int, what: str) -> None:
    if out_len > _RATIO_FLOOR and in_len > 0 and out_len / in_len > MAX_RATIO:
        raise ContainerError(
            f"{what} compression ratio {out_len // in_len}:1 exceeds {MAX_RATIO}:1 (possible zip bomb)"
        )


def gunzip(data: bytes, budget: Budget) -> bytes:
    """Decompress gzip (multi-member too), stopping at the limits; truncated input is an error."""
    out = bytearray()
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        chunk_in = data[pos:]
        try:
            while True:
                piece = d.decompress(chunk_in, 1 << 20)
                out += piece
                if len(out) > MAX_MEMBER:
                    raise ContainerError(f"gzip data expands past {MAX_MEMBER // 2**20} MB (possible zip bomb)")
                _check_ratio(len(out), pos + len(chunk_in) - len(d.unconsumed_tail), "gzip")
                if d.eof or not d.unconsumed_tail:
                    break
                chunk_in = d.unconsumed_tail
        except zlib.error as exc:
            raise ContainerError(f"corrupt gzip data: {exc}") from None
        if not d.eof:
            raise ContainerError(
                f"truncated gzip file: ends before the end of the compressed stream "
                f"({len(out):,} bytes recovered, not used)"
            )
        rest = d.unused_data
        pos = len(data) - len(rest)
        if not rest.strip(b"\x00"):
            break
        if rest[:2] != b"\x1f\x8b":
            break  # trailing garbage after a complete stream: ignore, as gzip(1) does
    budget.take(len(out))
    _check_ratio(len(out), len(data), "gzip")
    return bytes(out)


def zip_members(data: bytes, budget: Budget) -> Iterator[Member]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise ContainerError(f"corrupt or truncated zip archive: {exc}") from None
    with zf:
        for info in zf.infolist():
            if info.is_dir() or junk_member(info.filename):
                continue
            if info.flag_bits & 0x1:
                yield Member(info.filename, None, "encrypted zip member (no password)")
                continue
            if info.file_size > MAX_MEMBER:
                yield Member(
                    info.filename,
                    None,
                    f"zip member of {info.file_size:,} bytes exceeds {MAX_MEMBER // 2**20} MB (possible zip bomb)",
                )
                continue
            try:
                _check_ratio(info.file_size, info.compress_size, "zip member")
                budget.take(info.file_size)
                with zf.open(info) as fh:
                    blob = fh.read(MAX_MEMBER + 1)
                if len(blob) > MAX_MEMBER:
                    raise ContainerError(f"zip member expands past {MAX_MEMBER // 2**20} MB (possible zip bomb)")
            except ContainerError as exc:
                if "in total" in str(exc):
                    yield Member(info.filename, None, str(exc))
                    return
                yield Member(info.filename, None, str(exc))
                continue
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
                yield Member(info.filename, None, f"corrupt zip member: {exc}")
                continue
            yield Member(info.filename, blob)


def tar_members(data: bytes, budget: Budget) -> Iterator[Member]:
    """Regular files of a tar (plain; compression is unwrapped before), in archive order."""
    try:
        tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:")
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise ContainerError(f"corrupt or truncated tar archive: {exc}") from None
    with tf:
        while True:
            try:
                info = tf.next()
            except (tarfile.TarError, EOFError, OSError) as exc:
                yield Member("", None, f"corrupt or truncated tar archive after the members read: {exc}")
                return
            if info is None:
                return
            if not info.isfile() or junk_member(info.name):
                continue
            if info.size > MAX_MEMBER:
                yield Member(info.name, None, f"tar member of {info.size:,} bytes exceeds {MAX_MEMBER // 2**20} MB")
                continue
            try:
                budget.take(info.size)
                fh = tf.extractfile(info)
                blob = fh.read() if fh else b""
            except ContainerError as exc:
                yield Member(info.name, None, str(exc))
                return
            except (tarfile.TarError, EOFError, OSError) as exc:
                yield Member(info.name, None, f"truncated tar member: {exc}")
                return
            if len(blob) < info.size:
                yield Member(info.name, None, f"truncated tar member: {len(blob):,} of {info.size:,} bytes")
                return
            yield Member(info.name, blob)
