"""Plain-text articles: an optional header block (title, byline, date, outlet), then the body.

A header block is the first block of short lines before a blank line. Its first line is the title;
"By NAME, OUTLET" gives author and outlet; "date ...", "Published: ..." give the date; a short line
"Outlet | Section" or a bare short line gives the outlet. A header line that reads like a sentence
is body text and stays in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import ParsedDate, header_date, parse_date

__all__ = ["TextHeader", "split_header"]

_BYLINE = re.compile(r"^by\s+(.{2,80}?)(?:\s*[,|/–—-]\s*(.{2,60}))?$", re.I)
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)]?$")
# An inline header: the date label and value run straight into the body on the same line
# ("date 2024-04-03 In a significant diplomatic engagement, ..."), as some seed forms write it.
_INLINE_DATE = re.compile(
    r"^(?:date[d]?|published(?: on)?|posted(?: on)?|updated)\s*[:\-–—]?\s+"
    r"(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2} [A-Za-z]{3,9}\.? \d{4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4})[ \t]+(?=\S)",
    re.I,
)


# A dateline on its own line above the lead is the body's first line, not a title: "PARIS, March 11 (Wire)
# Mar 11, 2008" (a city with an agency's tag) and "Wire | Istanbul | Updated: 29-03-2022 18:49" (a byline
# of three fields with the copy's time) say where the reporter filed from.
_DATELINE_LINE = re.compile(
    r"^[A-Z][A-Za-z.'/ -]{1,40}(?:,\s*[A-Za-z0-9 .,]{1,30}?)?\s*\([A-Z][A-Za-z.&' ]{1,30}\)[^|()]{0,30}$"
    r"|^(?=.*(?:Updated|Published|\d{1,2}[-/.:]\d{2}))[^|]{1,40}(?:\|[^|]{1,40}){2,}$"
)


@dataclass(frozen=True)
class TextHeader:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    date_value: str | None = None  # the date as written in the header
    date: ParsedDate | None = None  # parsed, or None if it could not be parsed


# A headline is short: a lone first line of more words than this is a lead paragraph that lacks its full
# stop ("The ministry on Monday summoned the ambassador and issued a demarche over an incident at ..."), not
# a title, and dropping it would lose the article's news.
HEADLINE_MAX_WORDS = 20


def _looks_like_header(block: list[str]) -> bool:
    if not block or len(block) > 8:
        return False
    first = block[0]
    if len(block) == 1 and len(first.split()) > HEADLINE_MAX_WORDS:
        return False
    return (
        len(first) <= 200
        and not _SENTENCE_END.search(first)
        or len(block) > 1
        and all(len(b) <= 120 for b in block[:2])
    )


def _first_block(stripped: str) -> tuple[list[str], str, str]:
    """The non-blank lines of the text's first block, the blank line after it ("" if none), and the rest."""
    first_block, sep, rest = stripped.partition("\n\n")
    return [ln.strip() for ln in first_block.split("\n") if ln.strip()], sep, rest


def lead_once_a_title(text: str) -> tuple[str, str] | None:
    """(lead, rest) when an ingest before HEADLINE_MAX_WORDS (ingest 6) took ``text``'s long lone first line
    for a title and dropped it from the body, which ``split_header`` now keeps (``redate.relead`` mends stores)."""
    stripped = text.lstrip("\n")
    if _INLINE_DATE.match(stripped):
        return None
    block, sep, rest = _first_block(stripped)
    if not sep or len(block) != 1 or len(block[0]) > 200 or _SENTENCE_END.search(block[0]):
        return None
    if len(block[0].split()) <= HEADLINE_MAX_WORDS or _DATELINE_LINE.match(block[0]):
        return None
    return block[0], rest


def split_header(text: str) -> tuple[TextHeader, str]:
    """Return the header fields and the body (the text after the header block)."""
    stripped = text.lstrip("\n")
    inline = _INLINE_DATE.match(stripped)
    if inline is not None:  # the body starts on the header's own line: no title, no byline
        value = inline.group(1)
        return TextHeader(date_value=value, date=parse_date(value)), stripped[inline.end() :]
    block, sep, rest = _first_block(stripped)
    if not sep or not _looks_like_header(block) or (len(block) == 1 and len(block[0]) > 200):
        return TextHeader(), text
    if _DATELINE_LINE.match(block[0]):
        return TextHeader(), text
    title: str | None = block[0]
    author = outlet = byline_outlet = date_value = None
    date: ParsedDate | None = None
    body_lines: list[str] = []
    for ln in block[1:]:
        hd = header_date(ln)
        if hd is not None and date_value is None:
            date_value, date = hd
            continue
        m = _BYLINE.match(ln)
        if m and author is None:
            author = m.group(1).strip()
            if m.group(2):  # the writer's agency: the page's own outlet line, if any, wins
                byline_outlet = m.group(2).strip()
            continue
        if _SENTENCE_END.search(ln) and len(ln.split()) > 6:
            body_lines.append(ln)
            continue
        if outlet is None and len(ln) <= 80:
            outlet = ln.split(" | ")[0].strip() or None
            continue
        body_lines.append(ln)
    title_hd = header_date(title) if title else None
    if title_hd is not None:  # a header that starts with its date line has no title
        date_value, date = title_hd
        title = None
    body = "\n".join(body_lines) + ("\n\n" if body_lines else "") + rest
    outlet = outlet or byline_outlet or (_outlet_in_title(title, body) if title else None)
    return TextHeader(title=title, author=author, outlet=outlet, date_value=date_value, date=date), body


def _outlet_in_title(title: str, body: str) -> str | None:
    """ "CHINA WATCH | Beltway Bulletin": of a title's " | " parts, the one the text names again is the outlet."""
    parts = [p.strip() for p in title.split(" | ") if p.strip()]
    if len(parts) < 2:
        return None
    named = [p for p in parts if len(p) <= 60 and p in body]
    return named[0] if len(named) == 1 else None
