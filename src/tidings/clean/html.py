"""HTML pages: main text with trafilatura, metadata from the page's own markup.

Why our own metadata pass: trafilatura's metadata reduces dates to YYYY-MM-DD and its date search
(htmldate) is slow and guesses; we want the publisher's own ``article:published_time`` /
JSON-LD ``datePublished`` / ``<time datetime>`` exactly as written (with its offset), or nothing.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from urllib.parse import urlparse

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from .text import clean_text, normalise_whitespace

__all__ = ["HtmlExtract", "extract_html", "host_outlet"]

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs an ERROR for every fragment

_MAX_HTML = 5_000_000  # characters; larger pages are cut (lxml and trafilatura slow down a lot)


@dataclass(frozen=True)
class HtmlExtract:
    """What one HTML page gives: cleaned body text and the publisher's metadata (None if absent)."""

    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    date_candidates: tuple[str, ...] = ()  # every date-like value found in metadata, best first


def host_outlet(url: str | None) -> str | None:
    """Outlet name when the page gives none: the URL's host without ``www.``."""
    if not url:
        return None
    try:
        host = urlparse(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _metas(tree: etree._Element) -> dict[str, str]:
    """Every ``<meta property|name|itemprop=K content=V>`` of the page, first value per key (one pass)."""
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if not content or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = el.get(attr)
            if key:
                out.setdefault(key.strip().lower(), content.strip())
    return out


def _meta(metas: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        v = metas.get(key.lower())
        if v:
            return v
    return None


def _jsonld(tree: etree._Element) -> list[dict]:
    out: list[dict] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return out


def _ld_name(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _ld_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


@dataclass(frozen=True)
class _Meta:
    dates: tuple[str, ...]
    title: str | None
    author: str | None
    outlet: str | None
    url: str | None
    lang: str | None


def _metadata(tree: etree._Element) -> _Meta:
    metas = _metas(tree)
    ld = [d for d in _jsonld(tree) if any(k in d for k in ("headline", "datePublished", "author", "publisher"))]
    dates: list[str] = []
    for d in ld:
        for key in ("datePublished", "dateCreated"):
            if isinstance(d.get(key), str):
                dates.append(d[key].strip())
    for key in (
        "article:published_time",
        "og:article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date",
        "DC.date.issued",
        "sailthru.date",
        "parsely-pub-date",
    ):
        v = _meta(metas, key)
        if v:
            dates.append(v)
    dates.extend(v.strip() for v in tree.xpath("//time/@datetime") if isinstance(v, str) and v.strip())
    outlet = _meta(metas, "og:site_name", "application-name") or next(
        (_ld_name(d.get("publisher")) for d in ld if d.get("publisher")), None
    )
    title = _meta(metas, "og:title", "twitter:title") or next(
        (_ld_name(d.get("headline")) for d in ld if d.get("headline")), None
    )
    if not title:
        t = tree.xpath("//title/text()") or tree.xpath("//h1//text()")
        title = normalise_whitespace(str(t[0])) if t else None
        if title and outlet:  # "Headline | Outlet" -> "Headline"
            title = re.sub(r"\s+[|–—-]\s+" + re.escape(outlet) + r"$", "", title) or title
    author = _meta(metas, "author", "article:author", "byl", "parsely-author", "dc.creator")
    if not author or author.startswith("http"):  # article:author is often a profile URL
        author = next((_ld_name(d.get("author")) for d in ld if d.get("author")), None)
    if author:
        author = re.sub(r"^by\s+", "", author, flags=re.I).strip() or None
    canon = tree.xpath('//link[@rel="canonical"]/@href')
    url = (str(canon[0]).strip() if canon else None) or _meta(metas, "og:url")
    lang = tree.xpath("/html/@lang")
    return _Meta(
        dates=tuple(dates),
        title=title or None,
        author=author,
        outlet=outlet,
        url=url or None,
        lang=str(lang[0]).split("-")[0].lower() or None if lang else None,
    )


_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "form",
    "button",
    "nav",
    "header",
    "footer",
    "aside",
    "select",
    "object",
    "embed",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "br",
    "section",
    "article",
    "figcaption",
    "dd",
    "dt",
)


def _block_text(html: str) -> str:
    """Every text block of a page or fragment, without scripts, styles and page chrome. The fallback
    for fragments (feed items, manifest records) on which trafilatura finds no main text."""
    try:
        frag = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in frag.iter(*_DROP_TAGS):
        el.drop_tree() if el.getparent() is not None else None
    for el in frag.iter(*_BLOCK_TAGS):
        el.tail = "\n\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n\n" + (el.text or "")
    return normalise_whitespace(frag.text_content())


def _main_text(tree: etree._Element, html: str, url: str | None) -> str:
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, include_comments=False, include_tables=False, with_metadata=False
        )
    except Exception:  # trafilatura raises odd errors on broken trees; fall back below
        doc = None
    text = getattr(doc, "text", None) or ""
    if len(text) < 200:
        alt = _block_text(html)
        if len(alt) > len(text):
            text = alt
    return text


def extract_html(html: str, *, url: str | None = None) -> HtmlExtract:
    """Main text (trafilatura, then the line-level cleaner) and metadata of one HTML page."""
    html = html[:_MAX_HTML]
    tree = load_html(html)
    if tree is None:  # a fragment lxml cannot root (plain text in a feed item, say)
        return HtmlExtract(text=clean_text(_block_text(html)), outlet=host_outlet(url), url=url)
    meta = _metadata(tree)
    text = _main_text(tree, html, url or meta.url)
    lines = [ln for ln in normalise_whitespace(text).split("\n") if ln]
    if lines and meta.title and lines[0].casefold() == meta.title.casefold():
        lines = lines[1:]  # the headline is stored as title, not repeated in the body
    if meta.author:
        byline = re.compile(r"by\s+" + re.escape(meta.author) + r"\W*", re.I)
        lines = [ln for ln in lines if not byline.fullmatch(ln)]
    page_url = meta.url or url
    return HtmlExtract(
        text=clean_text("\n\n".join(lines), author=meta.author),
        title=meta.title,
        author=meta.author,
        outlet=meta.outlet or host_outlet(page_url),
        url=page_url,
        published=meta.dates[0] if meta.dates else None,
        language=meta.lang,
        date_candidates=meta.dates,
    )
