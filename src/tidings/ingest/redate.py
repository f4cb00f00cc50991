"""Date again the articles an older ingest dated by its last resorts, by today's rules (``body_date``).

Ingest never reads a stored article twice, so without this step a store built before a dating rule
(a date in the URL's path, a dateline's year from the URL, a dateline with its country in brackets)
would keep those articles undated, or dated by their URL, while a fresh run dates them by the newer
rule. Only articles whose ``published_source`` is 'unknown' or 'url' can change: the dateline comes
before the URL in ``body_date``, and every other source comes before both and is untouched. A re-dated article's ``stage_state`` rows lose their
fingerprint, so every stage re-does it as stale (its relative dates, copies and events hang on the date).
"""

from __future__ import annotations

from ..clean import clean_text
from ..clean.text import normalise_whitespace
from ..store import Store
from .build import body_date
from .dates import dateline_agency
from .lang import detect_language
from .textfile import HEADLINE_MAX_WORDS, lead_once_a_title

__all__ = ["mend", "redate", "relead"]

MEND_STAGE = "ingest-mend"
"""The ``stage_state`` row (item ``store``) that records the ingest rules the store was last mended by."""


def mend(store: Store) -> int:
    """Run ``relead`` and ``redate`` once per version of the ingest rules, not on every run.

    Articles ingested by the current code are already built by its rules, so the two scans (the second
    reads every stored raw text) only matter the first time a newer version of the rules meets a store
    made by an older one. The version that last mended the store is kept in ``stage_state`` under
    ``ingest-mend``; a store from before this mark has none and is mended once. Returns how many
    articles changed.
    """
    from . import STAGE_VERSION

    done = store.scalar("SELECT version FROM stage_state WHERE stage = ? AND item_id = 'store'", [MEND_STAGE])
    if done == STAGE_VERSION:
        return 0
    changed = relead(store) + redate(store)
    store.mark_done(store.con, MEND_STAGE, STAGE_VERSION, ["store"])
    return changed


def redate(store: Store) -> int:
    """Apply today's dating rules to stored articles dated by no rule or by their URL; returns how many
    got another date or source."""
    rows = store.query(
        "SELECT article_id, url, text, source_path, source_locator, published, published_source FROM articles "
        "WHERE published_source IN ('unknown', 'url') ORDER BY article_id"
    )
    found = []
    # form "": a date in the file path is never new here (an undated text or HTML file had none, and the
    # other forms never take one), so only the dateline and URL rules can date the article now
    for r in rows:
        display = r["source_path"] + ("!" + r["source_locator"] if r["source_locator"] else "")
        date, source = body_date(r["text"] or "", display=display, url=r["url"], form="")
        if date is not None and (date.published, source) != (r["published"], r["published_source"]):
            found.append((date.published, date.date, source, r["article_id"]))
    if not found:
        return 0
    ids = [f[3] for f in found]
    with store.transaction() as con:
        con.executemany(
            "UPDATE articles SET published = ?, published_date = ?, published_source = ? WHERE article_id = ?", found
        )
        # no fingerprint: every stage takes the item as stale and re-does it the way it re-does any stale item
        con.execute("UPDATE stage_state SET inputs = NULL WHERE item_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    return len(found)


def relead(store: Store) -> int:
    """Give back the lead paragraph an older ingest took for a title (a lone first line of more than
    ``textfile.HEADLINE_MAX_WORDS`` words without a full stop), as a fresh ingest keeps it; returns how many.

    Only an article whose stored text is exactly what the older rule made of its raw text changes: its
    text, word count, language and (when the title was that line, or the date came from no rule or the
    URL) its title and date are what ``build_article`` gives today; every stage then re-does it.
    """
    rows = store.query(
        "SELECT article_id, raw_text, text, title, author, outlet, url, language, published, published_source, "
        "source_path, source_locator FROM articles "
        # a cheap first cut in SQL (a lone long first line the text does not start with); Python decides
        "WHERE strpos(raw_text, chr(10) || chr(10)) > 0 "
        "AND len(string_split(trim(split_part(ltrim(raw_text, chr(10)), chr(10), 1)), ' ')) > ? "
        "AND NOT starts_with(text, trim(split_part(ltrim(raw_text, chr(10)), chr(10), 1))) ORDER BY article_id",
        [HEADLINE_MAX_WORDS],
    )
    found = []
    for r in rows:
        raw = normalise_whitespace(r["raw_text"])
        old = lead_once_a_title(raw)
        if old is None:
            continue
        lead, rest = old
        old_text = clean_text(rest, author=r["author"])
        if r["text"] != old_text:
            continue  # not built by the older rule (an HTML page, or a record whose text it did not split)
        text = clean_text(raw, author=r["author"])
        title = None if r["title"] == lead else r["title"]
        language = r["language"]
        if language == detect_language(old_text):
            language = detect_language(text) or language
        outlet = r["outlet"] if r["outlet"] is not None else dateline_agency(text)
        published, published_date, source = r["published"], None, r["published_source"]
        if source in ("unknown", "url"):
            display = r["source_path"] + ("!" + r["source_locator"] if r["source_locator"] else "")
            date, src = body_date(text, display=display, url=r["url"], form="")
            published, published_date, source = (date.published, date.date, src) if date else (None, None, "unknown")
        found.append(
            (
                text,
                len(text.split()),
                title,
                language,
                outlet,
                published,
                published_date,
                source,
                r["article_id"],
                r["published_source"],
            )
        )
    if not found:
        return 0
    with store.transaction() as con:
        for text, words, title, language, outlet, published, pdate, source, aid, old_source in found:
            con.execute(
                "UPDATE articles SET text = ?, word_count = ?, title = ?, language = ?, outlet = ? WHERE article_id = ?",
                [text, words, title, language, outlet, aid],
            )
            if old_source in ("unknown", "url"):
                con.execute(
                    "UPDATE articles SET published = ?, published_date = ?, published_source = ? WHERE article_id = ?",
                    [published, pdate, source, aid],
                )
        con.execute(
            "UPDATE stage_state SET inputs = NULL WHERE item_id IN (SELECT unnest(?::VARCHAR[]))",
            [[f[8] for f in found]],
        )
    return len(found)
