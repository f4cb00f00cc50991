"""The enrich stage: actors, time expressions, places and topics on each stored parse.

Reads the parse from ``nlp_docs`` (no re-parse), runs ``analyse`` and replaces the article's rows in
one transaction with ``mark_done``, so a re-run or a version bump never leaves two generations of
rows. A failing article is recorded in ``stage_errors`` and the run goes on. Like the nlp stage,
large runs compute on two worker processes (``enrich_batch`` returns plain rows) and the parent
writes.

When a pipeline run has this stage and the nlp stage both pending for the same articles, the nlp
stage does this stage's work in its own pass (``enrich_docs`` on the Doc it just parsed, rows written
by an ``EnrichWriter`` in the nlp batch's transaction; see ``tidings.nlp.stage`` and
docs/decisions.md), and this stage then finds only what that pass left: articles enriched alone
(after ``reset_stage('enrich')`` or a VERSION bump) still go through ``run`` from the stored parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import reraise_interrupt
from ..pipeline import Progress, Stage, StageReport
from ..runtime import bulk_insert, ordered_map, settings
from . import analyse
from .rows import TABLES, actor_rows, article_rows

__all__ = ["STAGE", "run", "enrich_batch", "enrich_docs", "warm", "EnrichWriter", "pending_among", "VERSION"]

# 2: time expressions no longer start inside a word ("noon" in "afternoon")
# 3: places: GeoNames divisions and counties, capitalised datelines, toponyms inside organisation names;
#    narrative years, nearest months without a tense, results quarters, two-day windows (issue 16); world
#    actors (people_world, orgs_world)
# 4: "this year" ends a recounting of an earlier year; a past-perfect flashback does not move the story
#    (issue 16, dates)
# 5: a named office-holder the KB does not know gets no country from context when the KB knows who held
#    that office there that day; more world people (issue 15)
# 6: an undated article is read as of the latest day it names in full; results periods ("the latest
#    quarter", "the year-earlier period") and "a year ago" in a results story; Thanksgiving, Labor Day,
#    Memorial Day (issue 16, dates)
# 7: a place is spelt as the article prints it when only the accents differ ("Zurich"); countries and
#    divisions the model tags as people or organisations ("Tamil Nadu said"); datelines inside a
#    flattened page ("... Raymond. BOSTON (Reuters) -") (issue 16, places)
# 8: years spelled out ("nineteen ninety-six"); a clock time followed by its day is one expression
#    ("at 10 p.m. Wednesday") (issue 16, dates)
# 9: a relative day starts no list of calendar dates; "effective Feb. 1" looks ahead (issue 16, dates)
# 10: a name the story uses as a place is one wherever it recurs; every country's demonym is no place;
#    contested lines (Line of Control); GeoNames' own country points; a one-word "organisation" that is a
#    place in the story's country is a toponym; a compass word alone is no place (issue 16, places)
# 13 (session 7): dates: a day with "last year" ("on Feb. 24 last year"); "the following summer" from the story's date;
#    "set fire"/"set up" are no schedule; a weekday's happening in a present clause ("follows Tuesday's
#    declaration") is past; a month naming a happening ("the August announcement"); "last year" in a results
#    comparison is the year-ago quarter; "by August" in a will-clause and "postponed until Tuesday" look
#    ahead (issue 16, dates)
#    and dyads: the actor data's new states (adjectives, demonyms, capitals), ECOWAS and the Arab League
#    and places (geo): a town's support only for its clearly biggest namesake's division; a division after
#    a town's comma is its own; seats of government that are not capitals (data/places/seats.yaml)
# 14: a one-word name the parser took for an organisation is the person named earlier whose surname it is
#    ("Locsin, who is in Vietnam ...") (session 7, places2)
# 16 (session 9): an office of a country the text names ("Iran's ambassador") acts for it with no known holder;
#    "Foreign" is no alias of the Foreign Office; PNG; Australian deputy prime minister and defence ministers,
#    Vanuatu's prime ministers; "Wagner" (dyads9). The time stage: halves in durations ("5 1/2 hours"), "two
#    more weeks", "a decade ago" as a year, results stories' quarters by year and comparison, "the (full/fiscal)
#    year", no "so far" nor conjunction "soon" (timex9). Places: a place found in pieces is the longer name
#    they make ("Trinidad" + "Tobago", the dateline "MEXICO CITY"); a small first-order division only when the
#    story names its state; the Oval Office and West Wing are in Washington (places9). A government named
#    by its leader ("A Biden administration official", "the Kishida government") is the country that leader
#    governed on the article's date (actors9)
# 17 (session 10): conflict places the gazetteer lacked (South China Sea reefs, straits, disputed regions,
#    North Kivu under GeoNames' id), and news names of GeoWebNews misses (Cauvery, Ghouta, T&T, Oahu,
#    Schiphol) (places10)
# 18 (session 11): "Mrs" and "Dr" without their full stop are honorifics ("Mrs Merkel", "Guyana President Dr
#    Irfaan Ali"), as "Mr" and "Ms" were (parties11); datelines of other wire styles ("BISHKEK. March 13",
#    "(LONDON) --") (places11)
# 19 (session 12): gazetteer names ("Gaza Strip"), recurring forums and venues with their cities (places12);
#    heads of state and government of 40 more countries since 2015 (missed12);
#    "quarterly", "decades-long" and "the future of" are no time points; "each July" recurs (timex12);
#    an ambiguous name ("Niger", "Chad") listed with country names is the country (dyads12);
#    "CCG" is the China Coast Guard (encounters12); the venues of Washington (White House, U.S. Treasury, Capitol) are
#    stored in "Washington, D.C." (places12b)
#  20 (session 13): "Tuesday last week", "March 3 and 4", clock-time ranges, "days later" (PXD), "in the afternoon"
#    of the story's day, "a year earlier" of a results comparison (timex13)
#  21 (session 14): "South/Latin/Central/North American" is a region, not the United States (dyads14); an
#    ambassador is accredited to one host, a speaker outside a quotation takes no country from it, "the
#    spokesperson" refers back, "a spokesperson for the Chinese military" (envoys14)
#  22 (session 15): "ethnic X" names a people where it lives, not the state X (dyads15)
#  23 (session 16): two states joined by a dash before a noun are actors ("the Russia-Ukraine talks"; dyads16);
#    an acronym defined in brackets resolves its later uses (coverage16); "May" after a name the text also
#    writes without a number is no month (dates16)
#  24 (session 17): 452 heads of state and government and foreign ministers from Wikidata (CC0) by full name, an
#    envoy named after his post keeps the sending country (actors17); sea features and shoals (whenwhere17); a
#    name the parser hung on a verb as its conjunct reads as an actor of its own (session 18, dyads18); Chushul-Moldo, Pangong Tso
#    (places18)
#  25 (session 19): defence, finance and trade ministers, chiefs of staff and leaders at exact dates from Wikidata
#    (CC0, 2,226 people), heads of the main international organisations (actors19); results over nine or six months
#    compare with the year before, invariant past verbs, rates and programme titles are no times, "today's youth",
#    clock times take the paragraph's day (te3_19)
#  26 (session 20): a weekday after "after"/"following" that a present state follows points back (lead);
#    soon/shortly of the story's past, rates after amounts, "three days later" carries its TimeML duration,
#    "the quarter a year ago" (te3_20); "In May," opening a sentence is the month, a dateline's date is the filing
#    day (realwhen20); US presidents since 1981, full names with middle names or another spelling of "al-", an
#    unknown holder of a UN or NATO office acts for it (gsr20); "the government in <capital>" (real20);
#    Houthi/Huthi as modifiers (realdyad20)
#  27 (session 21): results quarters, "the first two quarters", quarters ended off the calendar, "will one day",
#    "it's the second day of", "Tuesday nights" a set but a pair's plural part two dates (te3_21, lead); "the
#    Government of Sri Lanka" is the state (realmiss21); IGO acronyms in title case, default title countries yield
#    to the knowledge base's holder (dyad21); a venue run into its town split, small-town datelines with a state,
#    inter-Korean venues (when21)
#  28 (session 22): Kosovo XKX, bare "Congo" the DR Congo, Spanish-accented country names (dyad22, force22); armed
#    groups by country (ELN, FARC, ADF, TPLF, ISWAP, JNIM, cartels...) (force22); the first line as its own sentence
#  29 (session 23): "a White House official", "a Kremlin spokesman": seats of government and state-titled offices
#    speak for their state (dyad23); "pro-"/"anti-" before a name is a stance, not the actor (widen23)
#  30 (session 24): names several states' bodies share ("Foreign Office", "National Security Council") go to the
#    article's state when the text puts no country on them (precision24)
#  31 (session 25): regional and specialised IGOs from the Phoenix/PETRARCH2 international dictionary, envoys named
#    after their remit (actors25); a state's word + UN + envoy title is the state's envoy (precision25); a subject
#    the parser hung as the root is read as an actor (dyad25)
#  32 (session 26): the AU's Peace and Security Council and Commission are the AU, no longer the UN Security
#    Council (speech26)
#  33 (session 28): an undated article is read by a full day its captions or headlines tell in the present, else by
#    a weekday with its month and day (dates28, timex.reference_day); "Democratic Republic of Congo" and "Republic
#    of Congo" are country names (diplo28)
VERSION = "33"
CHUNK = 64
PARALLEL_MIN = 1000  # as for the nlp stage (which fuses enrich into its own pass on the same threshold)

Row = tuple[Any, ...]
_ACTOR_COLS = ("actor_id", "name", "kind", "country", "sector", "description", "source")
Result = tuple[list[str], dict[str, list[Row]], list[Row], list[tuple[str, str]], int]
"""done ids, rows per table, ``actors`` rows, (article_id, error) pairs, number of actor mentions."""


def warm() -> None:
    """Load the model, the KB and every analyser's lexicons and matchers (one short article through
    ``analyse``), so that the first batch does not pay for them."""
    import datetime as dt

    from ..actors import kb
    from ..nlp import load_nlp

    kb()
    analyse(
        "warm-up",
        load_nlp()("Secretary of State Antony Blinken arrived in Beijing on Monday."),
        published=dt.date(2024, 1, 1),
    )


def enrich_docs(items: Iterable[tuple[str, Any, Any]]) -> Result:
    """Enrich (article_id, doc, published) items, ``doc`` a parsed Doc, its DocBin bytes, or None for
    an article with no parse (not English: done, nothing to enrich). Decoding happens inside the
    per-article guard, so a damaged parse is that article's error."""
    from ..nlp import doc_from_bytes

    done: list[str] = []
    rows: dict[str, list[Row]] = {t: [] for t in TABLES}
    mentions: list[Any] = []
    errors: list[tuple[str, str]] = []
    for aid, doc, published in items:
        if doc is None:  # not parsed (not English): nothing to enrich
            done.append(aid)
            continue
        try:
            e = analyse(aid, doc_from_bytes(doc) if isinstance(doc, bytes) else doc, published=published)
            out = article_rows(e)
        except Exception as exc:  # noqa: BLE001 - one article's failure is recorded, not fatal
            reraise_interrupt(exc)
            errors.append((aid, f"{type(exc).__name__}: {exc}"))
            continue
        for table, r in out.items():
            rows[table] += r
        mentions += e.actors
        done.append(aid)
    return done, rows, actor_rows(mentions), errors, len(rows["actor_mentions"])


def enrich_batch(items: list[tuple[str, bytes | None, Any]]) -> Result:
    """Enrich (article_id, docbin, published) items read from the store (the worker task of ``run``)."""
    return enrich_docs(items)


def _stored(store: Any, ids: list[str]) -> set[str]:
    """Which of ``ids`` already have rows in the stage's tables (a re-run or a version bump).

    Asked once per run: a DELETE per batch scans each table whole, so the batches of a long run
    would pay for every row written before them; articles with no rows need no DELETE.
    """
    union = " UNION ".join(f"SELECT article_id FROM {t} WHERE article_id IN (SELECT unnest($ids))" for t in TABLES)
    return {r[0] for r in store.con.execute(union, {"ids": ids}).fetchall()}


class EnrichWriter:
    """Writes enrich results batch by batch for one run over ``ids``, inside the caller's transaction.

    Shared by ``run`` and the nlp stage's fused pass, so both write exactly the same rows the same way:
    old rows replaced (asked once for the run, see ``_stored``), ``actors`` rows written once per run
    (they come from the KB), the articles marked done for this stage's VERSION.
    """

    def __init__(self, store: Any, ids: list[str]) -> None:
        self.store = store
        self.stored = _stored(store, ids) if ids else set()
        self.written: set[str] = set()

    def write(self, con: Any, res: Result, *, record_errors: bool = True) -> None:
        done, rows, actors, errors, _ = res
        old = [a for a in done if a in self.stored]
        if old:
            for table in TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [old])
        for table, cols in TABLES.items():
            bulk_insert(con, table, cols, rows.get(table, []))
        new_actors = [a for a in actors if a[0] not in self.written]
        self.written.update(a[0] for a in new_actors)
        bulk_insert(con, "actors", _ACTOR_COLS, new_actors, replace=True)
        self.store.mark_done(con, "enrich", VERSION, done)
        if record_errors:
            for aid, msg in errors:
                self.store.record_error(con, "enrich", VERSION, aid, msg)


def pending_among(store: Any, ids: list[str]) -> set[str]:
    """Which of ``ids`` (articles about to be parsed) the fused nlp pass enriches: all of them, since a
    re-parsed article's enrichment is stale (``Store.pending``), as when the stages run apart."""
    return set(ids)


def run(store: Any, progress: Progress) -> StageReport:
    from .. import places, timex, topics  # noqa: F401 - fail the run, not every article, if one is missing

    report = StageReport("enrich")
    ids = store.pending("enrich", VERSION, requires="nlp")
    if not ids:
        return report
    parallel = settings().parallel(len(ids), PARALLEL_MIN)
    report.notes["n_process"] = settings().workers if parallel else 1

    def tasks() -> Iterator[list[tuple[str, bytes | None, Any]]]:
        chunk = settings().batch_size("enrich", CHUNK)
        for k in range(0, len(ids), chunk):
            yield store.con.execute(
                "SELECT n.article_id, n.docbin, a.published_date FROM nlp_docs n JOIN articles a USING (article_id) "
                "WHERE n.article_id IN (SELECT unnest(?))",
                [ids[k : k + chunk]],
            ).fetchall()

    progress.start("enrich", len(ids))
    n_mentions = 0
    writer = EnrichWriter(store, ids)
    for res in ordered_map(enrich_batch, tasks(), parallel=parallel, initializer=warm):
        with store.transaction() as con:
            writer.write(con, res)
        n_mentions += res[4]
        report.processed += len(res[0])
        report.errors += len(res[3])
        progress.advance(len(res[0]) + len(res[3]))
    progress.finish()
    report.notes["actor_mentions"] = n_mentions
    return report


STAGE = Stage(
    name="enrich",
    version=VERSION,
    requires=("nlp",),
    run=run,
    description="actors (with dated roles), time expressions, places and topics on the stored parse",
    writes=("actor_mentions", "actors", "timexes", "places", "topic_tags"),
    reads=("articles", "nlp_docs"),
    data=("spacy-model", "actors", "places", "timex", "topics", "words"),
    parallel_min=PARALLEL_MIN,
)
