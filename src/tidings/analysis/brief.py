"""Extractive briefs: what happened, who and where, what was agreed, what comes next, where sources
disagree, and the sources, for one story or one dyad over a period.

Nothing is written here that a reader could take for a claim: every sentence is an article's own
sentence (whitespace collapsed), chosen as the best evidence of an event and cited by number to
articles that contain it verbatim. Copies are cited through their original; near-identical
sentences are shown once with every event they support. Headings and the event line (date, type,
actors, sources, confidence) are labels of the coded record, not sentences.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from typing import Any

from ..errors import TidingsError
from ._common import (
    OCCURRED,
    UPCOMING,
    articles_for,
    as_date,
    best_mention,
    by_ids,
    connection,
    dyad_events,
    event_date,
    jsonable,
    label,
    mentions_for,
    norm_sentence,
    parse_dyad,
    period_where,
    require_events,
    rows,
    same_sentence,
    show_date,
    token_set,
    weight,
)

__all__ = ["brief", "render_markdown", "render_html", "MAX_EVENTS"]

MAX_EVENTS = 300  # events shown per section (disagreements too); the rest (lowest weight) are counted, not listed
_AGREED = ("AGREE",)


def brief(
    con_or_store: Any,
    *,
    story: str | None = None,
    dyad: str | None = None,
    date_from: Any = None,
    date_to: Any = None,
    max_events: int = MAX_EVENTS,
) -> dict[str, Any]:
    """The brief of one story (``story``) or of a dyad over a period, as plain JSON-able data."""
    con = connection(con_or_store)
    tables = require_events(con)
    d_from, d_to = as_date(date_from, "date_from"), as_date(date_to, "date_to")
    pair = parse_dyad(dyad)
    if story is None and pair is None:
        raise TidingsError("a brief needs a story (--story ID) or a dyad (--dyad USA-CHN)")
    if story is not None:
        if not rows(con, "SELECT 1 FROM stories WHERE story_id = ?", [story]):
            raise TidingsError(f"no story {story!r} in this store (see `tidings stories`)")
        ids = _story_event_ids(con, story)
        events = dyad_events(con, pair, date_from=d_from, date_to=d_to, event_ids=ids) if ids else []
        title = rows(con, "SELECT title FROM stories WHERE story_id = ?", [story])[0]["title"]
        planned_pool = [e for e in events if e["status"] in UPCOMING]
        happened = [e for e in events if e["status"] in OCCURRED and e["type"] not in _AGREED]
        agreed = [e for e in events if e["status"] in OCCURRED and e["type"] in _AGREED]
        planned = sorted(
            {e["event_id"]: e for e in planned_pool}.values(),
            key=lambda e: (event_date(e) or dt.date.max, e["event_id"]),
        )
        conflicted = [e for e in events if e["conflicts"]]
        keep = {e["event_id"] for e in sorted(conflicted, key=weight, reverse=True)[:max_events]}
        shown, not_shown = {}, len(conflicted) - len(keep)
        conflicted = [e for e in conflicted if e["event_id"] in keep]
        for name, evs in (("happened", happened), ("agreed", agreed), ("planned", planned)):
            heaviest = sorted(evs, key=weight, reverse=True)[:max_events]
            kept = {e["event_id"] for e in heaviest}
            not_shown += len(evs) - len(heaviest)
            shown[name] = [e for e in evs if e["event_id"] in kept]
        n_events, participants, places = len(events), _participants(events), _places(events)
    else:
        assert pair is not None  # a story or a dyad, checked above
        title = f"{pair[0]}–{pair[1]}" + _period_label(d_from, d_to)
        shown, not_shown, conflicted, n_events, participants, places = _dyad_selection(
            con, pair, d_from, d_to, max_events
        )

    all_events = {e["event_id"]: e for e in (*shown["happened"], *shown["agreed"], *shown["planned"], *conflicted)}
    mentions = mentions_for(con, list(all_events))
    arts = articles_for(con, {m["article_id"] for ms in mentions.values() for m in ms}, tables)

    cites = _Citations(con, arts, tables)
    seen: list[dict[str, Any]] = []  # every item with a sentence, across sections: one sentence shown once
    sections = {name: _items(shown[name], mentions, arts, cites, seen) for name in ("happened", "agreed", "planned")}
    disagreements = _disagreements(conflicted, mentions, arts, cites)
    cites.settle(seen + [v for d in disagreements for v in d["values"]])

    out = {
        "kind": "brief",
        "title": title,
        "scope": {
            "story": story,
            "dyad": None if pair is None else f"{pair[0]}-{pair[1]}",
            "date_from": d_from,
            "date_to": d_to,
        },
        "counts": {
            "events": n_events,
            "events_shown": len(all_events),
            "events_not_shown": not_shown,
            "articles": sum(1 + len(s["copies"]) for s in cites.sources()),
            "independent_sources": len(cites.sources()),
        },
        "happened": sections["happened"],
        "participants": participants,
        "places": places,
        "agreed": sections["agreed"],
        "planned": sections["planned"],
        "disagreements": disagreements,
        "sources": cites.sources(),
    }
    return jsonable(out)


def _in(d: Any, lo: dt.date | None, hi: dt.date | None) -> bool:
    return d is not None and (lo is None or d >= lo) and (hi is None or d <= hi)


def _period_label(lo: dt.date | None, hi: dt.date | None) -> str:
    if lo and hi:
        return f", {lo.isoformat()} to {hi.isoformat()}"
    if lo:
        return f", from {lo.isoformat()}"
    if hi:
        return f", to {hi.isoformat()}"
    return ""


def _dyad_selection(
    con: Any, pair: tuple[str, str], d_from: dt.date | None, d_to: dt.date | None, max_events: int
) -> tuple[dict[str, list[dict[str, Any]]], int, list[dict[str, Any]], int, list[dict[str, Any]], list[dict[str, Any]]]:
    """What a dyad's brief shows, chosen in DuckDB: a dyad can hold a hundred thousand events a year, and
    only the few hundred shown per section (the heaviest by ``weight``) and those with recorded conflicts
    come back to Python; the event count, participants and places are aggregates. The same selection,
    ties and order as ranking every event in Python (date order, then weight, stable)."""
    a, b = pair
    where = ["((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"]
    params: list[Any] = [a, b, b, a]
    overlap, overlap_params = period_where(d_from, d_to)
    period = [*where, *overlap]
    period_params = [*params, *overlap_params]

    def within(col: str) -> tuple[str, list[Any]]:
        conds, ps = [f"{col} IS NOT NULL"], []
        if d_from:
            conds.append(f"{col} >= ?")
            ps.append(d_from)
        if d_to:
            conds.append(f"{col} <= ?")
            ps.append(d_to)
        return "(" + " AND ".join(conds) + ")", ps

    w = "greatest(coalesce(n_sources, 1), 1) * coalesce(confidence, 0.0)"
    in_order = "coalesce(date_from, first_reported) ASC NULLS LAST, first_reported ASC NULLS LAST, event_id"
    # Plans reported in the period count even when their own date lies after it.
    own, own_p = within("coalesce(date_from, first_reported)")
    rep, rep_p = within("first_reported")
    in_period = " AND ".join(period[1:]) or "TRUE"
    plan = f"status IN ('planned', 'proposed') AND ({own} OR {rep})"
    # One scan of the events: the dyad's events of the period and its plans reported in it, lean columns.
    import pyarrow as pa  # noqa: F401  (DuckDB hands the table over as Arrow)

    lean = con.execute(
        f"""
        SELECT event_id, status, type, {w} AS w, ({in_period}) AS in_period, ({plan}) AS is_plan,
               coalesce(json_array_length(conflicts), 0) > 0 AS conflicted,
               row_number() OVER (ORDER BY {in_order}) AS o,
               row_number() OVER (ORDER BY coalesce(date_from, first_reported) ASC NULLS LAST, event_id) AS po,
               source_name, source_country, source_role, target_name, target_country, target_role, place_name, place_country
        FROM events WHERE {where[0]} AND (({in_period}) OR ({plan}))""",
        [*period_params[4:], *own_p, *rep_p, *params, *period_params[4:], *own_p, *rep_p],
    ).fetch_arrow_table()
    name = f"_tidings_brief_{uuid.uuid4().hex}"
    con.register(name, lean)
    try:
        ev = f"(SELECT * FROM {name} WHERE in_period)"
        agreed_sql = "type IN (" + ", ".join(f"'{t}'" for t in _AGREED) + ")"
        occurred = "status IN ('occurred', 'ongoing')"
        sel, counts = {}, {}
        for sec, cond, order in (
            ("happened", f"in_period AND {occurred} AND NOT ({agreed_sql})", "o"),
            ("agreed", f"in_period AND {occurred} AND {agreed_sql}", "o"),
            ("planned", "is_plan", "po"),
        ):
            r = rows(
                con,
                f"""SELECT event_id, {order} AS o, count(*) OVER () AS n FROM {name} WHERE {cond}
                              ORDER BY w DESC, {order} LIMIT ?""",
                [max_events],
            )
            sel[sec] = sorted(r, key=lambda x: x["o"])
            counts[sec] = r[0]["n"] if r else 0
        # Disagreements too: the heaviest max_events events with recorded conflicts, in date order.
        r = rows(
            con,
            f"""SELECT event_id, o, count(*) OVER () AS n FROM {ev} WHERE conflicted
                          ORDER BY w DESC, o LIMIT ?""",
            [max_events],
        )
        conflicted_ids = [x["event_id"] for x in sorted(r, key=lambda x: x["o"])]
        counts["disagreements"] = r[0]["n"] if r else 0
        n_events = con.execute(f"SELECT count(*) FROM {ev}").fetchone()[0]
        participants = [
            {"name": x["name"], "country": x["country"], "role": x["role"], "events": x["k"]}
            for x in rows(
                con,
                f"""
            SELECT name, country, role, count(*) AS k, min(s) AS first FROM (
                SELECT source_name AS name, source_country AS country, source_role AS role, o * 2 AS s FROM {ev}
                UNION ALL SELECT target_name, target_country, target_role, o * 2 + 1 FROM {ev}) WHERE coalesce(name, '') <> ''
            GROUP BY ALL ORDER BY k DESC, name, first""",
            )
        ]
        places = [
            {"name": x["name"], "country": x["country"], "events": x["k"]}
            for x in rows(
                con,
                f"""
            SELECT place_name AS name, place_country AS country, count(*) AS k, min(o) AS first FROM {ev}
            WHERE coalesce(place_name, '') <> '' GROUP BY ALL ORDER BY k DESC, name, first""",
            )
        ]
    finally:
        con.unregister(name)
    ids = [x["event_id"] for sec in ("happened", "agreed", "planned") for x in sel[sec]] + conflicted_ids
    loaded = {e["event_id"]: e for e in dyad_events(con, pair, event_ids=ids)} if ids else {}
    shown = {sec: [loaded[x["event_id"]] for x in sel[sec]] for sec in sel}
    not_shown = sum(counts[sec] - len(sel[sec]) for sec in sel) + counts["disagreements"] - len(conflicted_ids)
    conflicted = [loaded[i] for i in conflicted_ids]
    return shown, not_shown, conflicted, n_events, participants, places


def _story_event_ids(con: Any, story: str) -> list[str]:
    arts = [r["article_id"] for r in rows(con, "SELECT article_id FROM story_articles WHERE story_id = ?", [story])]
    if not arts:
        return []
    ms = by_ids(con, "SELECT mention_id FROM event_mentions WHERE article_id IN ({ids})", arts)
    if not ms:
        return []
    return sorted(
        {
            r["event_id"]
            for r in by_ids(
                con, "SELECT event_id FROM event_links WHERE mention_id IN ({ids})", [m["mention_id"] for m in ms]
            )
        }
    )


class _Citations:
    """Numbers the cited articles: originals only, each with the copies that carry the same report."""

    def __init__(self, con: Any, arts: dict[str, dict[str, Any]], tables: set[str]) -> None:
        self.con, self.arts, self.tables = con, arts, tables
        self._text: dict[str, str] = {}

    def original(self, aid: str) -> str:
        a = self.arts.get(aid) or {}
        return a.get("duplicate_of") or aid

    def text(self, aid: str) -> str:
        if aid not in self._text:
            r = rows(self.con, "SELECT text FROM articles WHERE article_id = ?", [aid])
            self._text[aid] = norm_sentence(r[0]["text"]) if r else ""
        return self._text[aid]

    def cite_ids(self, sentence: str, article_ids: list[str]) -> list[str]:
        """Articles to cite for a sentence: each copy's original when the original has it verbatim."""
        out: list[str] = []
        for aid in article_ids:
            orig = self.original(aid)
            target = orig if orig != aid and sentence in self.text(orig) else aid
            if target not in out:
                out.append(target)
        return out

    def settle(self, items: list[dict[str, Any]]) -> None:
        """Number the cited articles in order of first citation; drop a copy when its original is cited."""
        cited = {aid for it in items for aid in it.get("cite_ids", [])}
        order: dict[str, int] = {}
        for it in items:
            ids = [
                aid for aid in it.pop("cite_ids", []) if not (self.original(aid) != aid and self.original(aid) in cited)
            ]
            it.pop("_fallback", None)
            it.pop("_tok", None)
            if not ids and it.get("sentence"):
                # Only a copy of an article cited elsewhere carries it: not quoted rather than cited twice.
                it["sentence"] = None
                it["note"] = "evidence only in a copy of a cited article"
            for aid in ids:
                order.setdefault(aid, len(order) + 1)
            it["cite"] = [order[aid] for aid in ids]
        self._order = order

    def sources(self) -> list[dict[str, Any]]:
        order = getattr(self, "_order", {})
        copies: dict[str, list[dict[str, Any]]] = {}
        for aid, a in self.arts.items():
            if a.get("duplicate_of") and a["duplicate_of"] in order:
                copies.setdefault(a["duplicate_of"], []).append({**_art(a), "dup_kind": a.get("dup_kind")})
        return [
            {
                "n": n,
                **_art(self.arts[aid]),
                "copies": sorted(copies.get(aid, []), key=lambda c: (str(c["date"]), c["article_id"])),
            }
            for aid, n in sorted(order.items(), key=lambda kv: kv[1])
        ]


def _art(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "article_id": a["article_id"],
        "outlet": a.get("outlet"),
        "title": a.get("title"),
        "date": a.get("published_date"),
        "url": a.get("url"),
    }


def _event_line(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": e["event_id"],
        "type": e["type"],
        "mode": e["mode"],
        "status": e["status"],
        "date": show_date(e),
        "date_precision": e.get("date_precision"),
        "background": bool(e.get("background")),
        "source": label(e.get("source_name"), e.get("source_country"), e.get("source_role")),
        "target": label(e.get("target_name"), e.get("target_country"), e.get("target_role")),
        "source_country": e.get("source_country"),
        "target_country": e.get("target_country"),
        "place": e.get("place_name"),
        "n_sources": int(e.get("n_sources") or 0),
        "n_articles": int(e.get("n_articles") or 0),
        "confidence": round(float(e.get("confidence") or 0), 2),
    }


def _items(
    events: list[dict[str, Any]],
    mentions: dict[str, list[dict[str, Any]]],
    arts: dict[str, dict[str, Any]],
    cites: _Citations,
    seen: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """One item per distinct sentence, in date order; events sharing a near-identical sentence share it."""
    exact = {it["_tok"]: it for it in seen}  # the same words: found at once, not by comparing with every item
    out: list[dict[str, Any]] = []
    for e in events:
        ms = mentions.get(e["event_id"], [])
        # Quotable: from an original, or from a copy whose original has the sentence too (cited instead).
        citable = [
            m
            for m in ms
            if cites.original(m["article_id"]) == m["article_id"]
            or norm_sentence(m["sentence_text"]) in cites.text(cites.original(m["article_id"]))
        ]
        best = best_mention(e, citable or ms, arts)
        line = _event_line(e)
        if best is None:
            continue
        sent = norm_sentence(best["sentence_text"])
        toks = token_set(sent)
        hit = exact.get(toks) or next((it for it in seen if same_sentence(it["_tok"], toks)), None)
        if hit is not None:
            if hit in out:
                hit["events"].append(line)
            else:  # shown in an earlier section: point to it rather than repeat it
                out.append({"date": line["date"], "events": [line], "sentence": None, "see": hit["anchor"], "cite": []})
            continue
        carriers = [
            m["article_id"]
            for m in sorted(ms, key=lambda m: m["article_id"] != best["article_id"])
            if norm_sentence(m["sentence_text"]) == sent
        ]
        item = {
            "date": line["date"],
            "events": [line],
            "sentence": sent,
            "cite_ids": cites.cite_ids(sent, carriers),
            "_fallback": best["article_id"],
            "anchor": f"s{len(seen) + 1}",
            "_tok": toks,
        }
        seen.append(item)
        exact[toks] = item
        out.append(item)
    return out


def _disagreements(
    events: list[dict[str, Any]],
    mentions: dict[str, list[dict[str, Any]]],
    arts: dict[str, dict[str, Any]],
    cites: _Citations,
) -> list[dict[str, Any]]:
    """The recorded conflicts: per disputed field, each value with the sentence of one article giving it."""
    out = []
    for e in events:
        ms = mentions.get(e["event_id"], [])
        for c in e["conflicts"]:
            values = []
            for v in c.get("values", []):
                aids = list(v.get("article_ids") or [])
                m = next((m for m in ms if m["article_id"] in aids and (m.get("sentence_text") or "").strip()), None)
                sent = norm_sentence(m["sentence_text"]) if m else None
                values.append(
                    {
                        "value": v.get("value"),
                        "outlets": v.get("outlets") or [],
                        "sentence": sent,
                        "cite_ids": cites.cite_ids(sent, [m["article_id"]]) if m and sent is not None else [],
                        "_fallback": m["article_id"] if m else None,
                    }
                )
            out.append({"event": _event_line(e), "field": c.get("field"), "values": values})
    return out


def _participants(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    count: Counter[tuple[str, str | None, str | None]] = Counter()
    for e in events:
        for side in ("source", "target"):
            name = e.get(f"{side}_name")
            if name:
                count[(name, e.get(f"{side}_country"), e.get(f"{side}_role"))] += 1
    return [
        {"name": n, "country": c, "role": r, "events": k}
        for (n, c, r), k in sorted(count.items(), key=lambda kv: (-kv[1], kv[0][0]))
    ]


def _places(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    count: Counter[tuple[str, str | None]] = Counter()
    for e in events:
        if e.get("place_name"):
            count[(e["place_name"], e.get("place_country"))] += 1
    return [
        {"name": n, "country": c, "events": k} for (n, c), k in sorted(count.items(), key=lambda kv: (-kv[1], kv[0][0]))
    ]


# -- rendering -------------------------------------------------------------------------------------------
_SECTIONS = (("happened", "What happened"), ("agreed", "What was agreed"), ("planned", "What is planned next"))


def _meta(ev: dict[str, Any]) -> str:
    what = ev["type"] + (f" ({ev['mode']})" if ev.get("mode") else "")
    bits = [ev.get("date") or "undated", what, f"{ev['source']} → {ev['target']}"]
    if ev.get("place"):
        bits.append(f"in {ev['place']}")
    if ev["status"] not in OCCURRED:
        bits.append(ev["status"])
    if ev.get("background"):
        bits.append("background")
    bits.append(f"{ev['n_sources']} source{'s' if ev['n_sources'] != 1 else ''}, confidence {ev['confidence']:.2f}")
    return " · ".join(bits)


def render_markdown(b: dict[str, Any]) -> str:
    """The brief as Markdown: sentences quoted verbatim with [n] citations; event lines in italics."""
    c = b["counts"]
    lines = [
        f"# Brief: {b['title']}",
        "",
        f"{c['events']} events from {c['articles']} articles, {c['independent_sources']} independent sources cited."
        + (f" {c['events_not_shown']} lower-weight events not listed." if c["events_not_shown"] else ""),
        "",
    ]
    for key, heading in _SECTIONS:
        lines += [f"## {heading}", ""]
        if not b[key]:
            lines += ["_Nothing recorded._", ""]
        for it in b[key]:
            for i, ev in enumerate(it["events"]):
                lines.append(
                    ("- " if i == 0 else "  also: ") + f"_{_meta(ev)}_" + ("  " if i < len(it["events"]) - 1 else "")
                )
            if it["sentence"]:
                lines.append(f"  > {it['sentence']} " + "".join(f"[{n}]" for n in it["cite"]))
            elif it.get("see"):
                lines.append("  (the same sentence as above)")
        lines.append("")
        if key == "happened":
            lines += ["## Who took part, and where", ""]
            lines += [
                f"- {p['name']}"
                + (f", {p['role']}" if p["role"] else "")
                + (f" ({p['country']})" if p["country"] else "")
                + f": {p['events']} event(s)"
                for p in b["participants"][:15]
            ] or ["_Nobody recorded._"]
            if b["places"]:
                lines.append("- Places: " + "; ".join(f"{p['name']} ({p['events']})" for p in b["places"][:10]))
            lines.append("")
    lines += ["## Where sources disagree", ""]
    if not b["disagreements"]:
        lines += ["_No recorded conflicts._", ""]
    for d in b["disagreements"]:
        lines.append(f"- _{_meta(d['event'])}_: the {d['field']} differs")
        for v in d["values"]:
            lines.append(
                f"  - {v['value']} ({', '.join(v['outlets'])})"
                + (f": > {v['sentence']} " + "".join(f"[{n}]" for n in v["cite"]) if v["sentence"] else "")
            )
    lines += ["", "## Sources", ""]
    for s in b["sources"]:
        lines.append(
            f"{s['n']}. {s['outlet'] or '?'}, “{s['title'] or '(untitled)'}”, {s['date'] or 'undated'}"
            + (f", <{s['url']}>" if s["url"] else "")
        )
        for cp in s["copies"]:
            lines.append(
                f"    - copy ({cp['dup_kind']}): {cp['outlet'] or '?'}, “{cp['title'] or ''}”, {cp['date'] or 'undated'}"
                + (f", <{cp['url']}>" if cp["url"] else "")
            )
    return "\n".join(lines) + "\n"


def render_html(b: dict[str, Any]) -> str:
    """The brief as one self-contained HTML page (escaped; citations link to the source list)."""
    from html import escape as h

    def cite(ns: list[int]) -> str:
        return "".join(f'<a href="#src{n}">[{n}]</a>' for n in ns)

    c = b["counts"]
    out = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>Brief: {h(b['title'])}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}blockquote{margin:.2em 0 1em 1em;"
        "border-left:3px solid #999;padding-left:.6em}.meta{color:#555;font-size:.9em}</style></head><body>",
        f"<h1>Brief: {h(b['title'])}</h1>",
        f"<p>{c['events']} events from {c['articles']} articles, {c['independent_sources']} independent sources cited.</p>",
    ]
    for key, heading in _SECTIONS:
        out.append(f"<h2>{h(heading)}</h2>")
        if not b[key]:
            out.append("<p><em>Nothing recorded.</em></p>")
        for it in b[key]:
            out += [f"<div class='meta'>{h(_meta(ev))}</div>" for ev in it["events"]]
            if it["sentence"]:
                out.append(f"<blockquote>{h(it['sentence'])} {cite(it['cite'])}</blockquote>")
        if key == "happened":
            out.append("<h2>Who took part, and where</h2><ul>")
            out += [
                f"<li>{h(p['name'])}{', ' + h(p['role']) if p['role'] else ''} ({h(p['country'] or '?')}): "
                f"{p['events']}</li>"
                for p in b["participants"][:15]
            ]
            out.append("</ul>")
            if b["places"]:
                out.append(
                    "<p>Places: " + "; ".join(f"{h(p['name'])} ({p['events']})" for p in b["places"][:10]) + "</p>"
                )
    out.append("<h2>Where sources disagree</h2>")
    if not b["disagreements"]:
        out.append("<p><em>No recorded conflicts.</em></p>")
    for d in b["disagreements"]:
        out.append(f"<div class='meta'>{h(_meta(d['event']))}: the {h(str(d['field']))} differs</div><ul>")
        for v in d["values"]:
            out.append(
                f"<li>{h(str(v['value']))} ({h(', '.join(v['outlets']))})"
                + (f"<blockquote>{h(v['sentence'])} {cite(v['cite'])}</blockquote>" if v["sentence"] else "")
                + "</li>"
            )
        out.append("</ul>")
    out.append("<h2>Sources</h2><ol>")
    for s in b["sources"]:
        link = (
            f"<a href='{h(s['url'])}'>{h(s['title'] or '(untitled)')}</a>"
            if s["url"]
            else h(s["title"] or "(untitled)")
        )
        out.append(f"<li id='src{s['n']}'>{h(s['outlet'] or '?')}, {link}, {h(str(s['date'] or 'undated'))}")
        if s["copies"]:
            out.append(
                "<ul>"
                + "".join(
                    f"<li>copy ({h(str(cp['dup_kind']))}): {h(cp['outlet'] or '?')}, "
                    f"{h(cp['title'] or '')}, {h(str(cp['date'] or ''))}</li>"
                    for cp in s["copies"]
                )
                + "</ul>"
            )
        out.append("</li>")
    out.append("</ol></body></html>")
    return "\n".join(out) + "\n"
