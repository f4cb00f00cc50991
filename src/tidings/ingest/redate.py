"""Date again the articles an older ingest dated by its last resorts, by today's rules (``body_date``).

Ingest never reads a stored article twice, so without this step a store built before a dating rule
(a date in the URL's path, a dateline's year from the URL, a dateline with its country in brackets)
would keep those articles undated, or dated by their URL, while a fresh run dates them by the newer
rule. Only articles whose ``published_source`` is 'unknown' or 'url' can change: the dateline comes
before the URL in ``body_date``, and every other source comes before both and is untouched. A re-dated article's ``stage_state`` rows lose their
fingerprint, so every stage re-does it as stale (its relative dates, copies and events hang on the date).
"""

from __future__ import annotations

from ..store import Store
from .build import body_date

__all__ = ["redate"]


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
