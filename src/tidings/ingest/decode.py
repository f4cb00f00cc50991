"""Bytes to text: BOMs first, then strict UTF-8, then charset-normalizer, then cp1252/Latin-1.

Why this order: a BOM is certain; valid UTF-8 of any length is almost never anything else;
charset-normalizer is the best guess for the rest but is slow and can over-think short Western
texts, so its answer is only taken when it is one of the encodings news files really use.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

__all__ = ["DecodeError", "decode_bytes", "looks_utf16"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Non-Latin legacy encodings we take from charset-normalizer; for anything Latin-like we use cp1252
# (a superset of Latin-1's printable range and what Windows-made Western files are in).
_NON_LATIN = {
    "cp1251",
    "iso8859_5",
    "koi8_r",
    "gb18030",
    "gb2312",
    "gbk",
    "big5",
    "shift_jis",
    "cp932",
    "euc_jp",
    "euc_kr",
    "cp1256",
    "iso8859_6",
    "utf_16",
    "utf_16_le",
    "utf_16_be",
}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept (the message is the reject reason)."""


def looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII-range text has NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")


def _binary_ratio(text: str) -> float:
    """Share of control, replacement and private-use characters: high means binary, not text."""
    sample = text[:20000]
    return len(_BINARY.findall(sample)) / len(sample) if sample else 0.0


_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]{2,30})|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]{2,30})""",
    re.I,
)


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML or XML file declares (``<meta charset>``, ``<?xml encoding>``), if any."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1"):
        return "cp1252"  # as browsers do (WHATWG): such pages are usually Windows-1252
    return None if name.replace("-", "").replace("_", "") in ("utf8", "utf16") else name


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and normalise to NFC; return (text, encoding). Raise DecodeError if not text."""
    text: str | None = None
    enc = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, enc = data[len(bom) :].decode(name), name + " (BOM)"
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable bytes: {name} BOM but invalid {name} at byte {exc.start}") from None
            break
    if text is None and (u16 := looks_utf16(data)):
        try:
            text, enc = data.decode(u16), u16
        except UnicodeDecodeError:
            text = None
    if text is None and b"\x00" in data[:65536]:
        raise DecodeError("binary data (NUL bytes), not text")
    if text is None:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text = None
    if text is None and (declared := _declared_charset(data)):
        try:
            text, enc = data.decode(declared), declared + " (declared)"
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        best = charset_normalizer.from_bytes(data[:262144]).best()
        if best is not None and best.encoding in _NON_LATIN:
            try:
                text, enc = data.decode(best.encoding), best.encoding
            except (UnicodeDecodeError, LookupError):
                text = None
    if text is None:
        try:
            text, enc = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, enc = data.decode("latin-1"), "latin-1"
    if _binary_ratio(text) > 0.05:
        raise DecodeError(f"binary data ({_binary_ratio(text):.0%} control characters), not text")
    return unicodedata.normalize("NFC", text), enc
