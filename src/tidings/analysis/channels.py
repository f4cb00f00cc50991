"""The state of each dialogue channel of a dyad: last contact, suspended or resumed, next planned.

Channels are data (``data/analysis/channels.yaml``): pairs of roles and subject keywords. A
contact is a CONSULT event between the two countries whose actors' roles match a pair, or whose
sentence names the subject. A state change is an event of a suspending type (SANCTION, REJECT, ...)
whose sentence has a suspension cue and names the channel ("suspended talks ... on climate change"),
or of an agreeing type with a resumption cue ("agreed to restore theater-level talks"). The state:

- suspended since DATE: the latest change is a suspension and no contact came after it;
- resumed on DATE: a resumption after a suspension (or the first contact after one);
- active: contacts and no suspension on record; 'no contact recorded' otherwise.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import uuid
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

import yaml

from ..errors import TidingsError
from ._common import (
    OCCURRED,
    UPCOMING,
    articles_for,
    as_date,
    best_mention,
    connection,
    dyad_events,
    event_date,
    jsonable,
    label,
    mentions_for,
    names_in,
    norm_sentence,
    parse_dyad,
    period_where,
    require_events,
    rows,
)

__all__ = ["channels", "load_channels", "render_table"]


@functools.lru_cache(maxsize=1)
def load_channels() -> dict[str, Any]:
    """channels.yaml compiled: role patterns (whole role) and keyword/cue patterns (word-bounded)."""
    path = resources.files("tidings") / "data" / "analysis" / "channels.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))

    def whole(pats: list[str]) -> re.Pattern[str]:
        return re.compile(r"^(?:" + "|".join(pats) + r")$", re.I)

    def words(pats: list[str]) -> re.Pattern[str] | None:
        return re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.I) if pats else None

    win = int(data.get("window", 8))

    def near(cues: list[str], keywords: list[str]) -> re.Pattern[str] | None:
        """A cue with the channel's subject within ``window`` words after it ("suspended talks ... on
        climate change"), or just before it ("theater-level talks were cut off")."""
        if not keywords:
            return None
        c, k = "|".join(cues), "|".join(keywords)
        return re.compile(
            rf"\b(?:{c})\b(?:\W+[\w'’-]+){{0,{win}}}?\W+(?:{k})\b|\b(?:{k})\b(?:\W+[\w'’-]+){{0,3}}?\W+(?:{c})\b", re.I
        )

    chans = [
        {
            "key": c["key"],
            "label": c["label"],
            "pairs": [(whole(a), whole(b)) for a, b in c.get("pairs") or []],
            "either": whole(c["either"]) if c.get("either") else None,
            "keywords": words(c.get("keywords") or []),
            "signals": {name: near(st["cues"], c.get("keywords") or []) for name, st in data["states"].items()},
        }
        for c in data["channels"]
    ]
    states = {name: {"types": set(st["types"]), "cues": words(st["cues"])} for name, st in data["states"].items()}
    return {"channels": chans, "states": states}


def _roles_match(ch: dict[str, Any], e: dict[str, Any]) -> bool:
    s, t = (e.get("source_role") or "").strip(), (e.get("target_role") or "").strip()
    if ch["either"] is not None and (ch["either"].match(s) or ch["either"].match(t)):
        return True
    if not s or not t:
        return False
    return any((a.match(s) and b.match(t)) or (b.match(s) and a.match(t)) for a, b in ch["pairs"])


def channels(con_or_store: Any, *, dyad: str = "USA-CHN", date_from: Any = None, date_to: Any = None) -> dict[str, Any]:
    """Each channel's last contact, state (active / suspended since / resumed on) and next planned contact."""
    con = connection(con_or_store)
    tables = require_events(con)
    pair = parse_dyad(dyad)
    if pair is None:
        raise TidingsError("channels need a dyad like USA-CHN")
    d_from, d_to = as_date(date_from, "date_from"), as_date(date_to, "date_to")
    spec = load_channels()
    memo = _Memo(spec)
    with _Scratch(con) as tmp:
        out = _compute(con, tables, tmp, spec, memo, pair, d_from, d_to)
    return jsonable(
        {"kind": "channels", "dyad": f"{pair[0]}-{pair[1]}", "date_from": d_from, "date_to": d_to, "channels": out}
    )


class _Scratch:
    """Temporary tables and registered Arrow tables of one call, under names of their own (a server runs
    calls side by side on one database), dropped at the end."""

    def __init__(self, con: Any) -> None:
        self.con = con
        self.tag = uuid.uuid4().hex[:12]
        self.temp: list[str] = []
        self.registered: list[str] = []

    def __enter__(self) -> _Scratch:
        return self

    def __exit__(self, *exc: Any) -> None:
        # Never masks the call's own error (a query interrupted by the server's time limit, say).
        for name in self.registered:
            try:
                self.con.unregister(name)
            except Exception:  # noqa: BLE001
                pass
        for name in self.temp:
            try:
                self.con.execute(f"DROP TABLE IF EXISTS {name}")
            except Exception:  # noqa: BLE001
                pass

    def table(self, name: str, sql: str, params: Sequence[Any] = ()) -> str:
        full = f"_tidings_ch_{name}_{self.tag}"
        self.con.execute(f"CREATE TEMP TABLE {full} AS {sql}", list(params))
        self.temp.append(full)
        return full

    def arrow(self, name: str, columns: dict[str, tuple[list[Any], str]]) -> str:
        """Register ``{column: (values, type)}`` (type: string, int64, bool_ or date32 of pyarrow), typed so
        that an empty table joins like a full one."""
        import pyarrow as pa

        full = f"_tidings_cha_{name}_{self.tag}"
        self.con.register(full, pa.table({k: pa.array(v, getattr(pa, t)()) for k, (v, t) in columns.items()}))
        self.registered.append(full)
        return full


def _compute(
    con: Any,
    tables: set[str],
    tmp: _Scratch,
    spec: dict[str, Any],
    memo: _Memo,
    pair: tuple[str, str],
    d_from: dt.date | None,
    d_to: dt.date | None,
) -> list[dict[str, Any]]:
    """The channels of one dyad. DuckDB reads the dyad's candidate events and their mentions and does the
    per-event work (which events are a channel's contacts, plans and state signals, and a signal's date);
    Python tests each distinct sentence and pair of roles once (the same regular expressions as always),
    and reads in full only the events shown and the officials' latest contacts and plans.

    The channels of an event depend on its roles and its sentences; the cost of a dyad with many events
    is then the joins in DuckDB, not one Python loop per event and channel (a dense dyad of the 100k
    bench store holds 150,000 events whose sentences name a channel's subject)."""
    chans = spec["channels"]
    states = list(spec["states"])
    types = sorted({"CONSULT", *set().union(*(s["types"] for s in spec["states"].values()))})
    # The dyad's candidate events, both directions in one pass over the events' narrow columns (DuckDB has no
    # index on the countries; its zone maps and filter pushdown skip what they can).
    a, b = pair
    where = ["((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"]
    where.append("type IN (" + ", ".join(_lit(t) for t in types) + ")")
    where.append("status IN (" + ", ".join(_lit(s) for s in (*OCCURRED, *UPCOMING)) + ")")
    period, params = period_where(d_from, d_to)
    where += period
    e = tmp.table(
        "e",
        "SELECT rowid AS ei, event_id, type, status, source_role, target_role, coalesce(source_name, '') AS sn, "
        "coalesce(target_name, '') AS tn, coalesce(date_from, first_reported) AS d, first_reported "
        "FROM events WHERE " + " AND ".join(where),
        [a, b, b, a, *params],
    )
    # Channels of each distinct pair of roles (bit i: channel i's officials), and whether a pair-defined
    # channel claims it (its contacts then belong to its officials' channel, not to a subject's).
    with_pairs = {i for i, c in enumerate(chans) if c["pairs"]}
    rp_rows = rows(con, f"SELECT DISTINCT source_role, target_role FROM {e}")
    masks = [
        sum(
            1 << i
            for i, c in enumerate(chans)
            if memo.roles(c, {"source_role": r["source_role"], "target_role": r["target_role"]})
        )
        for r in rp_rows
    ]
    rp = tmp.arrow(
        "rp",
        {
            "sr": ([r["source_role"] for r in rp_rows], "string"),
            "tr": ([r["target_role"] for r in rp_rows], "string"),
            "mask": (masks, "int64"),
            "rc": ([any(m >> j & 1 for j in with_pairs) for m in masks], "bool_"),
        },
    )
    role_join = f"JOIN {rp} rp ON rp.sr IS NOT DISTINCT FROM x.source_role AND rp.tr IS NOT DISTINCT FROM x.target_role"
    ch = tmp.arrow("ch", {"c": (list(range(len(chans))), "int64")})
    # The keyword events: a sentence naming any channel's subject (RE2 over each distinct sentence once).
    pats = [c["keywords"].pattern for c in chans if c["keywords"] is not None]
    rx = "(?i)" + "|".join(f"(?:{p})" for p in pats) if pats else r"[^\s\S]"  # RE2: no lookahead
    # The dyad's mentions in one join (links by event, mentions by id), each with its sentence's key: a 64-bit
    # hash of the text, so that the joins below compare numbers, not texts (a collision among the dyad's
    # sentences, checked, numbers them instead).
    ems = tmp.table(
        "ems",
        f"""SELECT x.ei, {_SENTENCE_KEY} AS sid, m.sentence_text, m.date_from AS md, m.date_to AS mt,
                   m.date_precision AS mp, m.article_id
            FROM {e} x JOIN event_links l ON l.event_id = x.event_id JOIN event_mentions m ON m.mention_id = l.mention_id""",
    )
    sn_ = tmp.table("s", f"SELECT DISTINCT sid, sentence_text FROM {ems} WHERE sentence_text IS NOT NULL")
    n_sent, n_key = con.execute(f"SELECT count(*), count(DISTINCT sid) FROM {sn_}").fetchone()
    if n_sent != n_key:  # two sentences under one hash: number the distinct sentences instead
        con.execute(f"DROP TABLE {sn_}")
        con.execute(
            f"CREATE TEMP TABLE {sn_} AS SELECT row_number() OVER () AS sid, sentence_text FROM "
            f"(SELECT DISTINCT sentence_text FROM {ems} WHERE sentence_text IS NOT NULL)"
        )
        con.execute(f"UPDATE {ems} y SET sid = s.sid FROM {sn_} s WHERE s.sentence_text = y.sentence_text")
    k = tmp.table(
        "k",
        f"SELECT DISTINCT ei FROM {ems} WHERE sid IN (SELECT sid FROM {sn_} WHERE regexp_matches(sentence_text, ?))",
        [rx],
    )
    # The keyword events with their officials' channels (their mentions stay in ems: each test below joins the
    # rows it needs, numbers only, rather than all of them copied with their events' columns).
    ke = tmp.table(
        "ke",
        f"""SELECT x.ei, x.event_id, x.type, x.status, x.sn, x.tn, x.d, x.first_reported, rp.mask, rp.rc
            FROM {e} x {role_join} WHERE x.ei IN (SELECT ei FROM {k})""",
    )
    # Each distinct sentence of the keyword events tested once in Python: the channels whose subject it names,
    # whether it reports a halt, and the channel-state signals it carries (bit c * len(states) + s).
    sent_rows = con.execute(
        f"SELECT sid, sentence_text FROM {sn_} WHERE sid IN (SELECT sid FROM {ems} WHERE ei IN (SELECT ei FROM {k}))"
    ).fetchall()
    ns = len(states)
    kw_mask, sus, sig_mask = [], [], []
    for _, s in sent_rows:
        kw_mask.append(sum(1 << i for i, c in enumerate(chans) if c["keywords"] is not None and memo.keyword(c, s)))
        sus.append(memo.suspends({"sentence_text": s}))
        sig_mask.append(
            sum(
                1 << (i * ns + j)
                for i, c in enumerate(chans)
                for j, st in enumerate(states)
                if c["signals"][st] is not None and memo.signal(c, st, s)
            )
        )
    f = tmp.arrow(
        "f",
        {
            "sid": ([r[0] for r in sent_rows], "uint64"),
            "kw": (kw_mask, "int64"),
            "sus": (sus, "bool_"),
            "sig": (sig_mask, "int64"),
        },
    )
    # Whether a sentence names one of the event's two actors, per distinct (names, sentence) of the keyword
    # events between officials of some channel (a role contact's evidence must name one of them).
    contact_types = ", ".join(_lit(t) for t in _CONTACT_TYPES)
    kmc = tmp.table(
        "kmc",
        f"SELECT DISTINCT y.ei, y.sid FROM {ems} y JOIN {ke} x ON x.ei = y.ei WHERE x.type IN ({contact_types})",
    )
    cand = con.execute(
        f"SELECT x.sn, x.tn, x.sid, s.sentence_text FROM (SELECT DISTINCT x.sn, x.tn, y.sid FROM {kmc} y "
        f"JOIN {ke} x ON x.ei = y.ei WHERE x.mask <> 0) x JOIN {sn_} s ON s.sid = x.sid"
    ).fetchall()
    named = [r for r in cand if memo.names({"source_name": r[0], "target_name": r[1]}, r[3])]
    nt = tmp.arrow(
        "nt",
        {
            "sn": ([r[0] for r in named], "string"),
            "tn": ([r[1] for r in named], "string"),
            "sid": ([r[2] for r in named], "uint64"),
        },
    )
    # A keyword event is a contact of the channels of its officials where a sentence names one of them, and,
    # a meeting of no pair-defined channel's officials, of the channels whose subject a sentence names that
    # reports no halt (bit c: channel c; OR-ed over the event's sentences).
    kc = tmp.table(
        "kc",
        f"""WITH hit AS (
              SELECT y.ei, bit_or(CASE WHEN nt.sn IS NOT NULL THEN x.mask ELSE 0 END
                            | CASE WHEN NOT x.rc AND x.type = 'CONSULT' AND NOT f.sus THEN f.kw & ~x.mask ELSE 0 END) AS m
              FROM {kmc} y JOIN {ke} x ON x.ei = y.ei LEFT JOIN {f} f ON f.sid = y.sid
              LEFT JOIN {nt} nt ON nt.sn = x.sn AND nt.tn = x.tn AND nt.sid = y.sid
              GROUP BY y.ei HAVING m <> 0)
            SELECT ch.c, x.event_id, x.type, x.status, x.d, x.first_reported, x.status IN ('occurred', 'ongoing') AS done
            FROM hit JOIN {ke} x ON x.ei = hit.ei JOIN {ch} ch ON (hit.m >> ch.c) & 1 = 1""",
    )
    # The (channel, state) signals each sentence carries, one row each, and the event types of each state.
    fs_rows = [
        (sid, b // ns, b % ns) for (sid, _), m in zip(sent_rows, sig_mask) for b in range(m.bit_length()) if m >> b & 1
    ]
    fs = tmp.arrow(
        "fs",
        {
            "sid": ([r[0] for r in fs_rows], "uint64"),
            "c": ([r[1] for r in fs_rows], "int64"),
            "st": ([r[2] for r in fs_rows], "int64"),
        },
    )
    stt_rows = [(j, t) for j, st in enumerate(states) for t in sorted(spec["states"][st]["types"])]
    stt = tmp.arrow("stt", {"st": ([r[0] for r in stt_rows], "int64"), "type": ([r[1] for r in stt_rows], "string")})
    rank = " ".join(f"WHEN '{p}' THEN {r}" for p, r in _PRECISION_RANK.items())
    # A signal's date, as _signal_date gives it: among its sentences' most precise dates, the one most of its
    # sentences' date spans contain (ties: the earliest; votes counted only where there are two candidates);
    # else the earliest publication (articles read only for signals with no dated sentence); else the event's.
    # The signals' sentences (a mention of a keyword event of a state's type whose sentence carries the signal).
    h = tmp.table(
        "h",
        f"""SELECT y.ei, fs.c, fs.st, y.md, y.mt, y.article_id,
                   CASE WHEN y.md IS NOT NULL THEN CASE y.mp {rank} ELSE 5 END END AS rk
            FROM {ems} y JOIN {fs} fs ON fs.sid = y.sid JOIN {ke} x ON x.ei = y.ei
            JOIN {stt} stt ON stt.st = fs.st AND stt.type = x.type
            WHERE x.status IN ('occurred', 'ongoing', 'planned')""",
    )
    sg = tmp.table(
        "sg",
        f"""WITH g AS (SELECT ei, c, st, min(rk) AS r FROM {h} GROUP BY ALL),
            cands AS (SELECT DISTINCT h.ei, h.c, h.st, h.md AS day FROM {h} h
                      JOIN g ON g.ei = h.ei AND g.c = h.c AND g.st = h.st WHERE h.rk = g.r),
            one AS (SELECT ei, c, st, min(day) AS day, count(*) AS n FROM cands GROUP BY ALL),
            votes AS (SELECT v.ei, v.c, v.st, v.day,
                             count(*) FILTER (WHERE d.md <= v.day AND v.day <= coalesce(d.mt, d.md)) AS n
                      FROM cands v JOIN one o ON o.ei = v.ei AND o.c = v.c AND o.st = v.st AND o.n > 1
                      JOIN {h} d ON d.ei = v.ei AND d.c = v.c AND d.st = v.st AND d.md IS NOT NULL GROUP BY ALL),
            own AS (SELECT ei, c, st, first(day ORDER BY n DESC, day) AS day FROM votes GROUP BY ALL),
            pub AS (SELECT h.ei, h.c, h.st, min(a.published_date) AS p FROM {h} h
                    JOIN g ON g.ei = h.ei AND g.c = h.c AND g.st = h.st AND g.r IS NULL
                    LEFT JOIN articles a ON a.article_id = h.article_id GROUP BY ALL)
            SELECT g.c, g.st, x.event_id, x.type,
                   coalesce(CASE WHEN one.n = 1 THEN one.day ELSE own.day END, pub.p, x.d) AS date, x.first_reported
            FROM g LEFT JOIN one ON one.ei = g.ei AND one.c = g.c AND one.st = g.st
            LEFT JOIN own ON own.ei = g.ei AND own.c = g.c AND own.st = g.st
            LEFT JOIN pub ON pub.ei = g.ei AND pub.c = g.c AND pub.st = g.st
            JOIN {ke} x ON x.ei = g.ei""",
    )
    # Each channel's signals in the order _state takes them (date, first report, event, state), numbered, with
    # whether each changes the state. _state reads only the signals it can show or use: every change of state,
    # the last _HISTORY, the last suspension and the two after it (the first resumption ordered after it is one
    # of them: an event has one signal of each state). The total is counted.
    j_sus = states.index("suspended")
    w = "PARTITION BY c ORDER BY coalesce(date, DATE '0001-01-01'), coalesce(first_reported, DATE '0001-01-01'), event_id, st"
    numbered = f"""SELECT *, max(rn) FILTER (WHERE st = {j_sus}) OVER (PARTITION BY c) AS ls FROM (
                     SELECT *, row_number() OVER ({w}) AS rn, count(*) OVER (PARTITION BY c) AS n,
                            (lag(st) OVER ({w})) IS DISTINCT FROM st AS chg FROM {sg})"""
    kw_signals = con.execute(
        f"""SELECT c, st, event_id, type, date, first_reported, rn, n, chg FROM ({numbered})
            WHERE chg OR rn > n - {_HISTORY} OR rn BETWEEN ls AND ls + 2 ORDER BY c, rn"""
    ).fetchall()
    # The officials' contacts and plans of each channel (of every event, keyword or not): their counts, and the
    # latest ones (and the first ones after the channel's last suspension), read in full below.
    role_sql = f"""SELECT ch.c, x.event_id, x.type, x.d, x.first_reported, x.status IN ('occurred', 'ongoing') AS done,
                          k.ei IS NOT NULL AS in_k
                   FROM {e} x {role_join} CROSS JOIN {ch} ch LEFT JOIN {k} k ON k.ei = x.ei
                   WHERE x.type IN ({contact_types}) AND (rp.mask >> ch.c) & 1 = 1"""
    order = "coalesce(d, DATE '0001-01-01') {0}, coalesce(first_reported, DATE '0001-01-01') {0}, event_id {0}"
    r = tmp.table("r", role_sql)
    counts = {
        x["c"]: x
        for x in rows(
            con,
            f"SELECT c, count(*) FILTER (WHERE done) AS n_done, count(*) FILTER (WHERE done AND type = 'CONSULT') "
            f"AS n_consult FROM {r} GROUP BY c",
        )
    }
    latest = rows(
        con,
        f"SELECT c, event_id, in_k FROM (SELECT *, row_number() OVER (PARTITION BY c, done ORDER BY "
        f"{order.format('DESC')}) AS rn FROM {r}) WHERE rn <= {_KEEP}",
    )
    by_c: dict[int, dict[str, list[dict[str, Any]]]] = {
        i: {"contacts": [], "plans": [], "signals": []} for i in range(len(chans))
    }
    loader = _Loader(con, tables, pair, spec, memo)
    # In the order _state sorts them (date, first report, event; a state signal's states in their order).
    n_signals: dict[int, int] = {}
    changes: dict[int, set[int]] = {i: set() for i in by_c}
    for x in kw_signals:  # (c, st, event_id, type, date, first_reported, rn, n, chg)
        sigs = by_c[x[0]]["signals"]
        if x[8]:
            changes[x[0]].add(len(sigs))
        sigs.append(_Deferred(loader, chans[x[0]], x[4], x[5], x[2], x[3], states[x[1]]))
        n_signals[x[0]] = x[7]
    last_sus = {
        i: max((s["date"] for s in by_c[i]["signals"] if s["state"] == "suspended" and s["date"]), default=None)
        for i in by_c
    }
    after = []
    if any(v is not None for v in last_sus.values()):
        sus_kw = tmp.arrow(
            "sus_kw",
            {
                "c": ([i for i, v in last_sus.items() if v is not None], "int64"),
                "last": ([v for v in last_sus.values() if v is not None], "date32"),
            },
        )
        after = rows(
            con,
            f"SELECT c, event_id, in_k FROM (SELECT r.*, row_number() OVER (PARTITION BY r.c ORDER BY "
            f"{order.format('ASC')}) AS rn FROM {r} r JOIN {sus_kw} s ON s.c = r.c "
            f"WHERE r.done AND coalesce(r.d, DATE '0001-01-01') > s.last) WHERE rn <= {_KEEP}",
        )
    pick: dict[int, set[str]] = {i: set() for i in by_c}
    for x in (*latest, *after):
        if not x["in_k"]:
            pick[x["c"]].add(x["event_id"])
    # The picked events that name no channel's subject: read in full and scanned as before.
    ids = sorted(set().union(*pick.values()))
    full_events = {x["event_id"]: x for x in dyad_events(con, pair, event_ids=ids, columns=_COLUMNS)} if ids else {}
    cache: dict[str, list[dict[str, Any]]] = {}
    arts: dict[str, dict[str, Any]] = {}
    if ids:
        got = mentions_for(con, ids)
        for eid in ids:
            cache[eid] = [m for m in got.get(eid, []) if (m.get("sentence_text") or "").strip()]
        arts = articles_for(con, {m["article_id"] for eid in ids for m in cache[eid]}, tables)
    rc_of = {
        (r_["source_role"], r_["target_role"]): any(m >> j & 1 for j in with_pairs) for r_, m in zip(rp_rows, masks)
    }
    role_channel = {eid: rc_of[(ev.get("source_role"), ev.get("target_role"))] for eid, ev in full_events.items()}
    extras = {
        i: _scan(
            c,
            spec,
            sorted((full_events[x] for x in pick[i] if x in full_events), key=_ekey),
            cache,
            arts,
            role_channel,
            memo,
        )
        for i, c in enumerate(chans)
    }
    # The channel's last suspension (of every signal; the extra events' too) dates "the first contact after".
    sus_all = {
        i: max(
            (s["date"] for s in (*by_c[i]["signals"], *extras[i][2]) if s["state"] == "suspended" and s["date"]),
            default=None,
        )
        for i in by_c
    }
    sus_t = tmp.arrow(
        "sus",
        {
            "c": ([i for i, v in sus_all.items() if v is not None], "int64"),
            "last": ([v for v in sus_all.values() if v is not None], "date32"),
        },
    )
    # A channel's contacts from keyword events are counted in DuckDB; of them _state needs only the latest
    # (all, and meetings only), the first after the channel's last suspension, and the latest reported plan.
    key = "coalesce(x.d, DATE '0001-01-01') {0}, coalesce(x.first_reported, DATE '0001-01-01') {0}, x.event_id {0}"
    kw_counts = {
        x["c"]: x
        for x in rows(
            con,
            f"SELECT c, count(*) FILTER (WHERE done) AS n_all, count(*) FILTER (WHERE done AND type = 'CONSULT') "
            f"AS n_consult FROM {kc} GROUP BY c",
        )
    }
    picks = [
        ("x.done", key.format("DESC")),
        ("x.done AND x.type = 'CONSULT'", key.format("DESC")),
        ("x.done AND x.d > s.last", key.format("ASC")),
        ("x.done AND x.type = 'CONSULT' AND x.d > s.last", key.format("ASC")),
        ("NOT x.done", "coalesce(x.first_reported, DATE '0001-01-01') DESC, " + key.format("DESC")),
    ]
    kw_few = rows(
        con,
        " UNION ALL ".join(
            f"(SELECT x.c, x.event_id, x.type, x.status, x.d AS date, x.first_reported FROM {kc} x "
            f"LEFT JOIN {sus_t} s ON s.c = x.c WHERE {cond} "
            f"QUALIFY row_number() OVER (PARTITION BY x.c ORDER BY {o}) = 1)"
            for cond, o in picks
        ),
    )
    for x in kw_few:
        kind = "plans" if x["status"] in UPCOMING else "contacts"
        if all(y["event_id"] != x["event_id"] for y in by_c[x["c"]][kind]):
            by_c[x["c"]][kind].append(
                _Deferred(loader, chans[x["c"]], x["date"], x["first_reported"], x["event_id"], x["type"], None)
            )
    out = []
    for i, c in enumerate(chans):
        extra = extras[i]
        kn = kw_counts.get(i) or {"n_all": 0, "n_consult": 0}
        contacts = by_c[i]["contacts"] + extra[0]
        plans = by_c[i]["plans"] + extra[1]
        if extra[2] or not _FEW_SIGNALS:  # signals of events read in full: every keyword signal, sorted together
            sigs = [
                _Deferred(loader, c, x[4], x[5], x[2], x[3], states[x[1]])
                for x in con.execute(
                    f"SELECT c, st, event_id, type, date, first_reported FROM ({numbered}) WHERE c = ? ORDER BY rn", [i]
                ).fetchall()
            ]
            signals, n_sig, chg = sigs + extra[2], None, None
        else:
            signals, n_sig, chg = by_c[i]["signals"], n_signals.get(i, 0), changes[i]
        n_contacts = kn["n_all"] + len(extra[0])
        if kn["n_consult"] or any(x["type"] == "CONSULT" for x in extra[0]):  # meetings on record: only they count
            contacts = [x for x in contacts if x["type"] == "CONSULT"]
            n_contacts = kn["n_consult"] + sum(1 for x in extra[0] if x["type"] == "CONSULT")
        rec = _state(c, contacts, plans, signals, loader, n_contacts, n_signals=n_sig, changes=chg)
        n = counts.get(i) or {"n_done": 0, "n_consult": 0}
        rec["contacts"] = max(rec["contacts"], n["n_consult"] or n["n_done"])
        out.append(rec)
    return out


# A sentence's key in the joins of one call: its text's 64-bit hash (numbered instead on a collision).
_SENTENCE_KEY = "hash(m.sentence_text)"


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


class _Loader:
    """The keyword events a channel shows (its last contact, next plan, state evidence, history), read in
    full with their mentions and articles in one batch when the records to show are known."""

    def __init__(self, con: Any, tables: set[str], pair: tuple[str, str], spec: dict[str, Any], memo: _Memo) -> None:
        self.con, self.tables, self.pair, self.spec, self.memo = con, tables, pair, spec, memo
        self.events: dict[str, dict[str, Any]] = {}
        self.mentions: dict[str, list[dict[str, Any]]] = {}
        self.arts: dict[str, dict[str, Any]] = {}

    def load(self, ids: Iterable[str]) -> None:
        new = sorted(set(ids) - set(self.events))
        if not new:
            return
        for x in dyad_events(self.con, self.pair, event_ids=new, columns=_COLUMNS):
            self.events[x["event_id"]] = x
        got = mentions_for(self.con, new)
        for i in new:
            self.mentions[i] = [m for m in got.get(i, []) if (m.get("sentence_text") or "").strip()]
        self.arts.update(
            articles_for(
                self.con, {m["article_id"] for i in new for m in self.mentions[i]} - set(self.arts), self.tables
            )
        )


class _Deferred(dict):
    """A keyword event's contact, plan or signal found in DuckDB: its date, first report, event id, type and
    state now; its evidence (the same sentences _scan would take, the best of them) when shown."""

    __slots__ = ("_loader", "_ch")

    def __init__(
        self,
        loader: _Loader,
        ch: dict[str, Any],
        date: Any,
        first_reported: Any,
        event_id: str,
        type_: str,
        state: str | None,
    ) -> None:
        dict.__init__(self, date=date, first_reported=first_reported, event_id=event_id, type=type_)
        if state is not None:
            self["state"] = state
        self._loader, self._ch = loader, ch

    def full(self) -> dict[str, Any]:
        ld, ch, memo = self._loader, self._ch, self._loader.memo
        ld.load([self["event_id"]])
        e, ms, arts = ld.events[self["event_id"]], ld.mentions[self["event_id"]], ld.arts
        if "state" in self:
            hits = [m for m in ms if memo.signal(ch, self["state"], m["sentence_text"])]
            prefer: tuple[str, ...] = (*OCCURRED, "planned")
        else:
            if memo.roles(ch, e):
                hits = [m for m in ms if memo.names(e, m["sentence_text"])]
            else:
                hits = [m for m in ms if memo.keyword(ch, m["sentence_text"]) and not memo.suspends(m)]
            prefer = UPCOMING if e["status"] in UPCOMING else OCCURRED
        rec = _record(e, _best(e, hits, arts, prefer), arts)
        rec.update(self)
        return {k: rec[k] for k in (*_record_keys(), *(["state"] if "state" in self else []))}


class _Memo:
    """The tests a channel makes on roles and sentences, each answered once per distinct role pair or
    sentence (a large store repeats the same sentences in copies and the same officials in thousands of
    events)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self._d: dict[tuple, bool] = {}

    def _get(self, key: tuple, fn: Any) -> bool:
        v = self._d.get(key)
        if v is None:
            v = self._d[key] = bool(fn())
        return v

    def roles(self, ch: dict[str, Any], e: dict[str, Any]) -> bool:
        return self._get(("roles", ch["key"], e.get("source_role"), e.get("target_role")), lambda: _roles_match(ch, e))

    def names(self, e: dict[str, Any], sentence: str) -> bool:
        return self._get(("names", e.get("source_name"), e.get("target_name"), sentence), lambda: names_in(e, sentence))

    def keyword(self, ch: dict[str, Any], sentence: str) -> bool:
        return self._get(("kw", ch["key"], sentence), lambda: ch["keywords"].search(sentence))

    def suspends(self, m: dict[str, Any]) -> bool:
        return self._get(("sus", m["sentence_text"]), lambda: _suspends(self.spec, m))

    def signal(self, ch: dict[str, Any], state: str, sentence: str) -> bool:
        s, pat = self.spec["states"][state], ch["signals"][state]
        # cheap tests first: the windowed pattern backtracks, most sentences have no cue at all
        return self._get(
            ("sig", ch["key"], state, sentence),
            lambda: (
                s["cues"].search(sentence) and ch["keywords"].search(sentence) and pat.search(norm_sentence(sentence))
            ),
        )


_COLUMNS = (
    "event_id, type, mode, status, source_name, source_country, source_role, target_name, target_country, "
    "target_role, date_from, date_to, date_precision, first_reported, background, n_sources, confidence"
)
_KEEP = 25  # latest contacts and plans of a channel's officials read per channel (and first ones after a suspension)


def _ekey(e: dict[str, Any]) -> tuple:
    return (event_date(e) or dt.date.min, e.get("first_reported") or dt.date.min, e["event_id"])


def _scan(
    ch: dict[str, Any],
    spec: dict[str, Any],
    events: list[dict[str, Any]],
    mentions: dict[str, list[dict[str, Any]]],
    arts: dict[str, dict[str, Any]],
    role_channel: dict[str, bool],
    memo: _Memo,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Contacts, plans and state signals of one channel among ``events`` (whose mentions are loaded).
    Each is a ``_Lazy`` record: its date and order now, its evidence sentence only if it is shown."""
    contacts: list[dict[str, Any]] = []
    plans: list[dict[str, Any]] = []
    signals: list[dict[str, Any]] = []
    for e in events:
        ms = mentions.get(e["event_id"], [])
        if not ms:
            continue
        if e["type"] in _CONTACT_TYPES:
            if memo.roles(ch, e):  # the evidence must name one of the two officials (not a sentence merged in)
                hits = [m for m in ms if memo.names(e, m["sentence_text"])]
            elif not role_channel[e["event_id"]] and e["type"] == "CONSULT" and ch["keywords"]:
                hits = [m for m in ms if memo.keyword(ch, m["sentence_text"]) and not memo.suspends(m)]
            else:
                hits = []
            if hits:
                prefer = UPCOMING if e["status"] in UPCOMING else OCCURRED
                (plans if e["status"] in UPCOMING else contacts).append(_Lazy(e, hits, arts, prefer))
        for state, s in spec["states"].items():
            if e["type"] not in s["types"] or e["status"] not in (*OCCURRED, "planned"):
                continue
            if ch["signals"][state] is None:
                continue
            hits = [m for m in ms if memo.signal(ch, state, m["sentence_text"])]
            if hits:
                rec = _Lazy(e, hits, arts, (*OCCURRED, "planned"), state=state)
                # The date its own sentences give (else when they were published), not a date merged
                # into the event from another report.
                dated = _signal_date(hits)
                published = [
                    arts[m["article_id"]]["published_date"]
                    for m in hits
                    if (arts.get(m["article_id"]) or {}).get("published_date")
                ]
                if dated:
                    rec["date"] = dated
                elif published:
                    rec["date"] = min(published)
                signals.append(rec)
    return contacts, plans, signals


class _Lazy(dict):
    """A contact, plan or signal: date, first report, event id, type and state at once (what ordering and the
    state need); the rest of its record (best evidence sentence, outlet, labels) made when first shown."""

    def __init__(
        self,
        e: dict[str, Any],
        hits: list[dict[str, Any]],
        arts: dict[str, dict[str, Any]],
        prefer: tuple[str, ...],
        state: str | None = None,
    ) -> None:
        super().__init__(
            date=event_date(e), first_reported=e.get("first_reported"), event_id=e["event_id"], type=e["type"]
        )
        if state is not None:
            self["state"] = state
        self._src = (e, hits, arts, prefer)

    def full(self) -> dict[str, Any]:
        e, hits, arts, prefer = self._src
        rec = _record(e, _best(e, hits, arts, prefer), arts)
        rec.update(self)  # its own date (a signal's) and state
        return {k: rec[k] for k in (*_record_keys(), *(["state"] if "state" in self else []))}


def _record_keys() -> tuple[str, ...]:
    return (
        "date",
        "date_precision",
        "event_id",
        "type",
        "mode",
        "status",
        "source",
        "target",
        "n_sources",
        "confidence",
        "sentence",
        "article_id",
        "outlet",
        "published",
        "url",
        "first_reported",
    )


_PRECISION_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4}


def _signal_date(hits: list[dict[str, Any]]) -> dt.date | None:
    """The day a state change happened, by its sentences' own dates: the most precise dates given are the
    candidates, and each sentence votes for every candidate its date span contains ("in August 2022", a
    week) — a coarse date supports the day inside it, never stands for its first day against it. Ties go
    to the earliest candidate."""
    dated = [m for m in hits if m.get("date_from")]
    if not dated:
        return None
    rank = lambda m: _PRECISION_RANK.get(m.get("date_precision") or "", 5)  # noqa: E731
    finest = min(rank(m) for m in dated)
    candidates = {m["date_from"] for m in dated if rank(m) == finest}
    if len(candidates) == 1:
        return next(iter(candidates))

    def votes(d: dt.date) -> int:
        return sum(1 for m in dated if m["date_from"] <= d <= (m.get("date_to") or m["date_from"]))

    return max(candidates, key=lambda d: (votes(d), -d.toordinal()))


# Contacts are meetings and calls (CONSULT). An agreement between the two roles (AGREE) counts only
# where no meeting is on record: agreements are often recounted long after the meeting that made them.
_CONTACT_TYPES = ("CONSULT", "AGREE")


def _suspends(spec: dict[str, Any], m: dict[str, Any]) -> bool:
    """A sentence that reports a halt ("the halt to climate talks") is no evidence of a contact."""
    s = m["sentence_text"]
    return bool(spec["states"]["suspended"]["cues"].search(s)) and not spec["states"]["resumed"]["cues"].search(s)


def _best(
    e: dict[str, Any], ms: list[dict[str, Any]], arts: dict[str, dict[str, Any]], prefer: tuple[str, ...]
) -> dict[str, Any]:
    return best_mention(e, ms, arts, prefer) or ms[0]


def _record(e: dict[str, Any], m: dict[str, Any], arts: dict[str, dict[str, Any]]) -> dict[str, Any]:
    a = arts.get(m["article_id"]) or {}
    return {
        "date": event_date(e),
        "date_precision": e.get("date_precision") if e.get("date_from") else "reported",
        "event_id": e["event_id"],
        "type": e["type"],
        "mode": e.get("mode"),
        "status": e["status"],
        "source": label(e.get("source_name"), e.get("source_country"), e.get("source_role")),
        "target": label(e.get("target_name"), e.get("target_country"), e.get("target_role")),
        "n_sources": int(e.get("n_sources") or 0),
        "confidence": round(float(e.get("confidence") or 0), 2),
        "sentence": norm_sentence(m["sentence_text"]),
        "article_id": m["article_id"],
        "outlet": a.get("outlet"),
        "published": a.get("published_date"),
        "url": a.get("url"),
        "first_reported": e.get("first_reported"),
    }


def _key(r: dict[str, Any]) -> tuple:
    return (r["date"] or dt.date.min, r.get("first_reported") or dt.date.min, r["event_id"])


def _state(
    ch: dict[str, Any],
    contacts: list[dict[str, Any]],
    plans: list[dict[str, Any]],
    signals: list[dict[str, Any]],
    loader: _Loader | None = None,
    n_contacts: int | None = None,
    n_signals: int | None = None,
    changes: set[int] | None = None,
) -> dict[str, Any]:
    """``n_signals``: ``signals`` are only those of the channel's ``n_signals`` that _state can show or use, in
    ``_key`` order (every change of state, at ``changes``, the last _HISTORY, the last suspension and the two
    after it); otherwise all of them, in any order."""
    contacts.sort(key=_key)
    if n_signals is None:
        signals.sort(key=_key)
        n_signals = len(signals)
    last = contacts[-1] if contacts else None
    i_sus = next((i for i in range(len(signals) - 1, -1, -1) if signals[i]["state"] == "suspended"), None)
    state, since, evidence = ("active", last["date"], last) if last else ("no contact recorded", None, None)
    if i_sus is not None:
        sus = signals[i_sus]
        # the first resumption ordered after the last suspension (signals are in _key order)
        k_sus = _key(sus)
        first = next(
            (s for s in itertools.islice(signals, i_sus + 1, None) if s["state"] == "resumed" and _key(s) > k_sus),
            None,
        )
        after = [first] if first is not None else []
        later_contacts = [c for c in contacts if c["date"] and sus["date"] and c["date"] > sus["date"]]
        if after:
            state, since, evidence = "resumed", after[0]["date"], after[0]
        elif later_contacts:
            state, since, evidence = "resumed", later_contacts[0]["date"], later_contacts[0]
        else:
            state, since, evidence = "suspended", sus["date"], sus
    elif signals and not contacts:  # agreed to open or resume, no suspension and no contact on record
        res = signals[0]
        state, since, evidence = "agreed", res["date"], res
    after_last = (last["first_reported"] if last else None) or dt.date.min
    pending = [p for p in plans if (p.get("first_reported") or dt.date.min) >= after_last]
    nxt = max(pending, key=lambda p: (p.get("first_reported") or dt.date.min, _key(p))) if pending else None
    full = _full
    # The history lists every state signal up to _HISTORY; beyond, every change of state (the first signal
    # of each run of the same state) and the latest repeats as room allows, with the total counted.
    shown = signals
    if n_signals > _HISTORY:
        if changes is None:
            changes = {i for i, s in enumerate(signals) if i == 0 or s["state"] != signals[i - 1]["state"]}
        room = max(_HISTORY - len(changes), 0)
        latest = {i for i in range(len(signals) - 1, -1, -1) if i not in changes}
        latest = set(sorted(latest)[-room:]) if room else set()
        shown = [signals[i] for i in sorted(changes | latest)]
    if loader is not None:  # what is shown, read in one batch
        loader.load(r["event_id"] for r in (evidence, last, nxt, *shown) if isinstance(r, _Deferred))
    rec = {
        "key": ch["key"],
        "label": ch["label"],
        "state": state,
        "since": since,
        "state_evidence": full(evidence),
        "last_contact": full(last),
        "contacts": len(contacts) if n_contacts is None else n_contacts,
        "next": full(nxt),
        "history": [
            {k: f[k] for k in ("date", "state", "sentence", "outlet", "event_id")}
            for f in map(full, shown)
            if f is not None
        ],
    }
    if len(shown) < n_signals:
        rec["history_total"] = n_signals
    return rec


_HISTORY = 100  # state signals listed per channel before the history keeps only changes and the latest
_FEW_SIGNALS = True  # read only the signals _state can show or use (False: all of them; tests compare the two)


def _full(r: dict[str, Any] | None) -> dict[str, Any] | None:
    return r.full() if isinstance(r, (_Lazy, _Deferred)) else r


def render_table(ch: dict[str, Any], console: Any) -> None:
    """One Rich table: channel, state, last contact (date and evidence), next planned contact."""
    from rich.markup import escape
    from rich.table import Table

    t = Table(title=f"Dialogue channels {ch['dyad']}", show_lines=True, expand=True)
    t.add_column("Channel", ratio=1)
    t.add_column("State", ratio=2)
    t.add_column("Last contact", ratio=3)
    t.add_column("Next planned", ratio=2)
    colours = {"active": "green", "resumed": "green", "suspended": "red"}
    for c in ch["channels"]:
        st = f"[{colours.get(c['state'], 'dim')}]{c['state']}[/]"
        if c["state"] == "suspended":
            st += f"\nsince {c['since']}"
        elif c["state"] == "resumed":
            st += f"\non {c['since']}"
        if c["state_evidence"] and c["state"] in ("suspended", "resumed"):
            ev = c["state_evidence"]
            st += f"\n[dim]“{escape(_cut(ev['sentence']))}” — {escape(ev['outlet'] or '?')}[/dim]"
        last = c["last_contact"]
        lc = (
            (
                f"{last['date'] or '?'}: {escape(last['source'])} → {escape(last['target'])}\n[dim]“{escape(_cut(last['sentence'], 220))}” — "
                f"{escape(last['outlet'] or '?')}, {last['n_sources']} source(s), conf. {last['confidence']:.2f}[/dim]"
                + (f"\n{c['contacts']} contacts on record" if c["contacts"] > 1 else "")
            )
            if last
            else "[dim]none recorded[/dim]"
        )
        n = c["next"]
        nx = (
            f"{n['date'] or 'undated'} ({n['status']})\n[dim]“{escape(_cut(n['sentence'], 160))}” — {escape(n['outlet'] or '?')}[/dim]"
            if n
            else ""
        )
        t.add_row(c["label"], st, lc, nx)
    console.print(t)


def _cut(s: str, n: int = 140) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
