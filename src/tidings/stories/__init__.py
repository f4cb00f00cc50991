"""Stories: articles reporting the same real-world happening, with independent source counts.

A story is not a topic: two days' meetings of the same ministers are two stories, and an article
about today's talks that recalls last month's clash belongs to the talks. ``n_sources`` counts
independent source groups (see tidings.dedup), never copies.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

__all__ = ["list_stories"]


def list_stories(store: Any, *, since: dt.date | None = None) -> list[dict[str, Any]]:
    """Stories (last seen on or after ``since``), earliest first, with actors and places as lists."""
    if "stories" not in store.table_names():
        return []
    sql = "SELECT story_id, title, first_seen, last_seen, n_articles, n_sources, main_actors, main_places FROM stories"
    params: list[Any] = []
    if since is not None:
        sql += " WHERE last_seen >= ?"
        params.append(since)
    rows = store.query(sql + " ORDER BY first_seen NULLS LAST, story_id", params)
    for r in rows:
        for k in ("main_actors", "main_places"):
            v = r[k]
            r[k] = json.loads(v) if isinstance(v, str) else (v or [])
    return rows
