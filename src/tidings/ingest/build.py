"""One ``Unit`` to one ``Article``: extract (HTML), split the header (text), clean, date, detect language.

Date sources, best first: the container's own field (manifest ``published``, feed pubDate), page
metadata (HTML), a header date line or a dateline at the top of the body ('dateline'), a date in
the file's path ('filename'), a date in the URL's path ('url'); else 'unknown'. A date that is present but unparsable leaves the
article undated and adds a note to ``rejects`` ('unparsable date "..." (article kept undated)').
"""

from __future__ import annotations

from ..clean import clean_text, extract_html, host_outlet
from ..clean.text import normalise_whitespace
from .dates import ParsedDate, dateline_agency, find_dateline, header_date, parse_date, path_date, url_date, url_year
from .lang import LANGUAGES, detect_language
from .model import Article, Reject, article_id, excerpt
from .records import Unit
from .textfile import split_header

__all__ = ["build_article", "body_date", "MIN_WORDS"]

MIN_WORDS = 5


def body_date(text: str, *, display: str, url: str | None, form: str) -> tuple[ParsedDate | None, str]:
    """The date of an article that has none of its own fields: its dateline (the year, where the dateline
    gives none, from the path or the URL), a date in its file path, a date in its URL's path.

    Also what ``redate`` applies to articles an older ingest stored undated, so a store equals a fresh run.
    """
    dl = find_dateline(text, path=display)
    year = url_year(url) if dl is None else None
    if year is not None:
        dl = find_dateline(text, year_hint=year)
    if dl is not None:
        return dl, "dateline"
    if form in ("text", "html"):
        pd = path_date(display)
        if pd is not None:
            return pd, "filename"
    ud = url_date(url)
    if ud is not None:
        return ud, "url"
    return None, "unknown"


def build_article(unit: Unit, *, path: str, display: str) -> tuple[Article | None, list[Reject]]:
    """``path`` is the top-level file; ``display`` adds the archive member path (for filename dates)."""
    h = unit.hints
    notes: list[Reject] = []
    title, author, outlet, url = h.title, h.author, h.outlet, h.url
    date: ParsedDate | None = None
    source = "unknown"
    bad_values: list[str] = []

    def take(value: str | None, src: str) -> None:
        nonlocal date, source
        if date is not None or not value:
            return
        parsed = parse_date(value)
        if parsed is None:
            bad_values.append(value)
        else:
            date, source = parsed, src

    take(h.published, h.published_source or "manifest")
    if unit.is_html:
        ex = extract_html(unit.raw, url=url)
        text = ex.text
        title, author = title or ex.title, author or ex.author
        url = url or ex.url
        outlet = outlet or ex.outlet
        for cand in ex.date_candidates:
            if date is None:
                take(cand, "metadata")
        if date is None:  # a visible "Published: ..." line at the top of the extracted text
            for line in text.split("\n")[:4]:
                hd = header_date(line)
                if hd is not None:
                    take(hd[0], "dateline")
                    break
        lang_hint = h.language or ex.language
    else:
        header, body = split_header(normalise_whitespace(unit.raw))
        title, author, outlet = title or header.title, author or header.author, outlet or header.outlet
        if header.date_value and date is None:
            take(header.date_value, "dateline")
        text = clean_text(body, author=author)
        lang_hint = h.language
    if date is None:
        date, source = body_date(text, display=display, url=url, form=unit.form)
    outlet = outlet or host_outlet(url) or dateline_agency(text)
    if date is None:
        for value in bad_values:
            notes.append(
                Reject(path, unit.locator, f'unparsable date "{value[:80]}" (article kept undated)', excerpt(value))
            )
    words = len(text.split())
    if not text.strip():
        notes.append(
            Reject(
                path, unit.locator, "no article text (nothing left after extraction and cleaning)", excerpt(unit.raw)
            )
        )
        return None, notes
    if words < MIN_WORDS:
        notes.append(Reject(path, unit.locator, f"too short to be an article ({words} words)", excerpt(text)))
        return None, notes
    # lingua only knows the configured languages: a declared language outside them is trusted;
    # inside them, detection wins (page templates often declare lang="en" on every page).
    if lang_hint and lang_hint not in LANGUAGES:
        language: str | None = lang_hint
    else:
        language = detect_language(text) or lang_hint
    return Article(
        article_id=article_id(unit.raw),
        external_id=h.external_id,
        url=url,
        outlet=outlet,
        title=title,
        author=author,
        published=date.published if date else None,
        published_date=date.date if date else None,
        published_source=source if date else "unknown",
        language=language,
        raw_text=unit.raw,
        text=text,
        word_count=words,
        source_path=path,
        source_locator=unit.locator,
        form=unit.form,
    ), notes
