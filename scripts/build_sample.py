#!/usr/bin/env python3
"""Build the generated members of the bundled sample corpus, byte for byte the same on every run.

The plain members of ``src/tidings/data/sample/`` (``html/``, ``text/``, ``feeds/``) are written by
hand and kept as they are. This script writes the rest from the plain UTF-8 sources in
``src/tidings/data/sample_src/``:

- ``manifests/<name>.jsonl``       from ``sample_src/manifests/<name>/NN-*.txt|html`` (one record each)
- ``archives/northgate-crawl.warc.gz``  from ``sample_src/warc/`` (+ a request record, robots.txt, a PNG)
- ``archives/meridian-china-tariff-response.txt.gz``  from ``sample_src/gz/``
- ``archives/bundle-2024.zip``     from ``sample_src/zip/`` (``pages/``, ``notes/``, and ``older.tar.gz``
                                    built from ``sample_src/zip/older/``)
- ``encodings/*``                  from ``sample_src/encodings/`` re-encoded as UTF-16 with BOM,
                                    cp1252 and UTF-8 with BOM

Every timestamp inside the containers is fixed (zip entries, tar mtimes, gzip headers, WARC dates
and record ids), so re-running gives identical bytes. ``--check`` rebuilds into a temporary folder
and fails if any committed output differs.

Usage: python scripts/build_sample.py [--check]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import struct
import sys
import tarfile
import tempfile
import uuid
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "tidings" / "data" / "sample_src"
OUT = ROOT / "src" / "tidings" / "data" / "sample"

ZIP_DATE = (2024, 9, 30, 12, 0, 0)
TAR_MTIME = 1727697600  # 2024-09-30T12:00:00Z
WARC_DATE = "2024-09-30T12:00:00Z"
CRAWL_HTTP_DATE = "Mon, 30 Sep 2024 12:00:00 GMT"
RECORD_NS = uuid.UUID("6f1c2b1e-3d5a-4c8e-9b7a-2f0d4e6a8c10")

MANIFEST_KEYS = ("id", "url", "title", "outlet", "published", "author", "language")


# ------------------------------------------------------------------ manifests


def read_record(path: Path) -> dict[str, str]:
    """One manifest record: ``key: value`` header lines, a ``---`` line, then the body."""
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    fields = dict(line.split(": ", 1) for line in head.splitlines() if line.strip())
    missing = [k for k in MANIFEST_KEYS if k not in fields]
    if missing:
        raise SystemExit(f"{path}: missing header fields {missing}")
    record = {k: fields[k] for k in MANIFEST_KEYS}
    record["html" if path.suffix == ".html" else "text"] = body.strip("\n")
    return record


def build_manifests(out: Path) -> list[Path]:
    written = []
    for folder in sorted(p for p in (SRC / "manifests").iterdir() if p.is_dir()):
        lines = [json.dumps(read_record(p), ensure_ascii=False) for p in sorted(folder.iterdir())]
        target = out / "manifests" / f"{folder.name}.jsonl"
        write(target, ("\n".join(lines) + "\n").encode("utf-8"))
        written.append(target)
    return written


# ------------------------------------------------------------------ WARC

WARC_PAGES = (
    # (source file, URL): response records 1..3, in this order
    ("01-northgate-woodside-trimmed.html", "https://northgatepost.example/world/2023/11/16/biden-xi-restart-military-talks"),
    ("02-northgate-pelosi-countermeasures.html", "https://northgatepost.example/world/2022/08/05/china-halts-climate-defense-talks-pelosi"),
    ("03-northgate-balloon-call-declined.html", "https://northgatepost.example/politics/2023/02/08/china-declined-austin-call-balloon"),
)


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG, built without any image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\x80", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def build_warc(out: Path) -> Path:
    from warcio.recordloader import ArcWarcRecord
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    # Each record is written uncompressed and then gzipped on its own (one gzip member per record,
    # as .warc.gz readers expect) by the gzip module, whose header carries no platform byte.
    members: list[bytes] = []
    builder = WARCWriter(io.BytesIO(), gzip=False, warc_version="1.0")

    def emit(record: ArcWarcRecord) -> None:
        raw = io.BytesIO()
        WARCWriter(raw, gzip=False, warc_version="1.0").write_record(record)
        members.append(gzip_bytes(raw.getvalue()))

    def ids(uri: str, kind: str) -> dict[str, str]:
        return {"WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(RECORD_NS, kind + ' ' + uri)}>", "WARC-Date": WARC_DATE}

    info = b"software: tidings scripts/build_sample.py\r\nformat: WARC File Format 1.0\r\nrobots: obey\r\n"
    emit(builder.create_warc_record(
        "", "warcinfo", payload=io.BytesIO(info), length=len(info),
        warc_content_type="application/warc-fields",
        warc_headers_dict={**ids("northgate-crawl.warc.gz", "warcinfo"), "WARC-Filename": "northgate-crawl.warc.gz"}))

    def request(uri: str) -> str:
        path = "/" + uri.split("/", 3)[3]
        headers = StatusAndHeaders(f"GET {path} HTTP/1.1", [
            ("Host", "northgatepost.example"),
            ("User-Agent", "tidings-sample-crawler/1.0 (+https://tidings.example/bot)"),
            ("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"),
        ], is_http_request=True)
        rec_ids = ids(uri, "request")
        emit(builder.create_warc_record(uri, "request", http_headers=headers, warc_headers_dict=rec_ids))
        return rec_ids["WARC-Record-ID"]

    def response(uri: str, body: bytes, content_type: str, concurrent_to: str | None = None) -> None:
        headers = StatusAndHeaders("200 OK", [
            ("Date", CRAWL_HTTP_DATE),
            ("Server", "nginx"),
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
        ], protocol="HTTP/1.1")
        warc_headers = ids(uri, "response")
        if concurrent_to:
            warc_headers["WARC-Concurrent-To"] = concurrent_to
        emit(builder.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body),
            http_headers=headers, warc_headers_dict=warc_headers))

    for n, (name, uri) in enumerate(WARC_PAGES):
        req_id = request(uri) if n == 0 else None
        response(uri, (SRC / "warc" / name).read_bytes(), "text/html; charset=utf-8", req_id)

    robots = "https://northgatepost.example/robots.txt"
    response(robots, (SRC / "warc" / "robots.txt").read_bytes(), "text/plain; charset=utf-8", request(robots))
    response("https://northgatepost.example/static/img/logo.png", tiny_png(), "image/png")

    target = out / "archives" / "northgate-crawl.warc.gz"
    write(target, b"".join(members))
    return target


# ------------------------------------------------------------------ gzip, zip, tar.gz


def gzip_bytes(data: bytes, name: str = "") -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def build_gz(out: Path) -> Path:
    src = SRC / "gz" / "meridian-china-tariff-response.txt"
    target = out / "archives" / (src.name + ".gz")
    write(target, gzip_bytes(src.read_bytes(), src.name))
    return target


def tar_gz(folder: Path) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            info = tarfile.TarInfo(path.relative_to(folder).as_posix())
            info.size, info.mtime, info.mode = len(data), TAR_MTIME, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    return gzip_bytes(buf.getvalue())


def build_zip(out: Path) -> Path:
    zsrc = SRC / "zip"
    members: list[tuple[str, bytes]] = [
        (p.relative_to(zsrc).as_posix(), p.read_bytes())
        for sub in ("pages", "notes")
        for p in sorted((zsrc / sub).rglob("*")) if p.is_file()
    ]
    members.append(("older.tar.gz", tar_gz(zsrc / "older")))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data, compresslevel=9)
    target = out / "archives" / "bundle-2024.zip"
    write(target, buf.getvalue())
    return target


# ------------------------------------------------------------------ encodings

ENCODINGS = {
    # source name: (encoder, line ending)
    "continental-taiwan-drills-utf16.txt": (lambda s: b"\xff\xfe" + s.encode("utf-16-le"), "\r\n"),
    "continental-yellen-guangzhou-cp1252.txt": (lambda s: s.encode("cp1252"), "\r\n"),
    "danube-sullivan-wang-vienna-utf8bom.txt": (lambda s: s.encode("utf-8-sig"), "\n"),
}


def build_encodings(out: Path) -> list[Path]:
    written = []
    for name, (encode, eol) in ENCODINGS.items():
        text = (SRC / "encodings" / name).read_text(encoding="utf-8").replace("\n", eol)
        target = out / "encodings" / name
        write(target, encode(text))
        written.append(target)
    return written


# ------------------------------------------------------------------ driver


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def build(out: Path) -> list[Path]:
    return [*build_manifests(out), build_warc(out), build_gz(out), build_zip(out), *build_encodings(out)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="rebuild in a temporary folder and compare with the committed files")
    args = parser.parse_args(argv)
    if not args.check:
        for path in build(OUT):
            print(path.relative_to(ROOT))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        stale = [p.relative_to(Path(tmp)).as_posix() for p in build(Path(tmp))
                 if not (OUT / p.relative_to(Path(tmp))).exists()
                 or (OUT / p.relative_to(Path(tmp))).read_bytes() != p.read_bytes()]
    if stale:
        print("out of date (run python scripts/build_sample.py):", *stale, sep="\n  ")
        return 1
    print("sample corpus generated members are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
