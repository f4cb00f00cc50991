"""Line-level furniture removal for plain text and for trafilatura's output.

Why line level: furniture is made of whole lines (a share bar, a copyright line, a "Related:" list)
or of whole sentences glued to the end of the last paragraph (syndication footers). Body sentences
are never rewritten, only whole furniture lines or trailing furniture sentences are dropped.
"""

from __future__ import annotations

import re
import unicodedata

from .patterns import patterns

__all__ = ["clean_text", "normalise_whitespace"]

_SENT_SPLIT = re.compile(r"(?<=[.!?\"'”’])\s+(?=[A-Z(\"“‘])")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


def normalise_whitespace(text: str) -> str:
    """NFC, Unix newlines, no control characters, single spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CTRL.sub("", text)
    lines = [" ".join(ln.split()) for ln in text.split("\n")]  # str.split() knows every Unicode space
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _is_furniture_line(line: str) -> bool:
    for p in patterns().line:
        if len(line) <= p.max_len and p.regex.match(line):
            return True
    return False


def _cut_trailing_sentences(line: str) -> str:
    """Drop a furniture sentence (and what follows it) from the end of a body paragraph."""
    sents = _SENT_SPLIT.split(line)
    if len(sents) < 2:
        return line
    for i, s in enumerate(sents):
        if i > 0 and any(p.match(s) for p in patterns().sentence):
            return " ".join(sents[:i]).rstrip()
    return line


def clean_text(text: str, *, author: str | None = None) -> str:
    """Remove page furniture from plain text, keeping every body sentence.

    ``author`` (if known) lets a trailing bio paragraph that starts with the author's name go too.
    """
    pats = patterns()
    lines = normalise_whitespace(text).split("\n")
    n = len(lines)
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            kept.append(line)
            continue
        if i >= n * 2 // 3 and len(line) <= 80 and any(t.match(line) for t in pats.tail):
            break  # a trailing comments/related section: nothing after it is body
        if _is_furniture_line(line):
            continue
        kept.append(_cut_trailing_sentences(line))
    kept = _drop_bios(kept, author=author)
    return normalise_whitespace("\n".join(kept))


def _is_bio(text: str, author: str | None) -> bool:
    pats = patterns()
    if len(text) > pats.bio_max_len or " said" in text or '"' in text or "“" in text:
        return False  # a quoted expert in the body, not a bio
    return bool(
        pats.bio.match(text)
        or (
            author
            and text.startswith(author + " ")
            and re.match(re.escape(author) + r" (is|was|has been|covers|writes|reports)\b", text)
        )
    )


def _cut_trailing_bio(line: str, *, author: str | None) -> str:
    """A bio glued to the end of the last paragraph ("... talks. Jane Doe is a reporter with a
    penchant for ...; she enjoys ..."): the sentences from the bio's first one to the end go."""
    sents = _SENT_SPLIT.split(line)
    for i in range(max(1, len(sents) - 3), len(sents)):
        if _is_bio(" ".join(sents[i:]), author):
            return " ".join(sents[:i]).rstrip()
    return line


def _drop_bios(lines: list[str], *, author: str | None) -> list[str]:
    pats = patterns()
    paras = [i for i, ln in enumerate(lines) if ln]
    if paras:
        lines = list(lines)
        lines[paras[-1]] = _cut_trailing_bio(lines[paras[-1]], author=author)
    drop: set[int] = set()
    for i in paras[-pats.bio_last :] if len(paras) > pats.bio_last else []:
        ln = lines[i]
        if len(ln) > pats.bio_max_len or " said" in ln or '"' in ln or "“" in ln:
            continue  # a quoted expert in the body, not a bio
        if pats.bio.match(ln) or (
            author
            and ln.startswith(author + " ")
            and re.match(re.escape(author) + r" (is|was|has been|covers|writes|reports)\b", ln)
        ):
            drop.add(i)
    return [ln for i, ln in enumerate(lines) if i not in drop]
