"""The nlp stage: parse every new English article once and keep the parse in the store.

Workers parse *and serialise* (a DocBin per article, its sentences), the parent only writes:
DuckDB has one writer, and shipping Doc objects between processes would cost as much as the
parse. With enough pending articles two worker processes run (``PARALLEL_MIN``, measured with
bench/nlp.py); below that one process avoids the workers' start-up. Articles detected as another
language are marked done with a note and no parse (the English model would only produce noise).

Fused pass: when the pipeline run also has the enrich stage (``Stage.fuses``: ``run_stages`` then
calls ``run`` with ``fuse=("enrich",)``), the workers that parsed a doc also run the enrich analysers
on that very Doc, as spaCy runs a pipeline's components on a doc in one pass, and the parent writes
the parse, the enrich rows and both stages' ``stage_state`` in one transaction per batch. That saves
reading the DocBin back, a second set of workers and a second pass over the articles. The work and
the writes are the enrich stage's own (``enrich_docs``, ``EnrichWriter``), so the rows are those of
the two stages run apart (tests/test_fused.py). Only articles the enrich stage has pending at its
VERSION are enriched; one whose enrichment fails is left pending, and the enrich stage that follows
retries it from the stored parse and records the error. Called without ``fuse`` (``--only nlp``,
tests, Ray tasks) the stage parses only.

With ``fuse=("enrich", "events")`` the workers also code each enriched article's events
(``events.stage.code_parsed``) from the parse's bytes and the enrich rows as the store would return
them, and the parent writes the mentions and the events stage's marks in the same transaction: the
events stage then has nothing to read back, and codes only what this pass left (an article whose
coding failed, or whose rows the pass could not vouch for).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..enrich import stage as enrich_stage
from ..errors import reraise_interrupt
from ..pipeline import Progress, Stage, StageReport
from ..runtime import bulk_insert, ordered_map, settings
from . import doc_text, doc_to_bytes, load_nlp, model_version, unwrap_lines
from .docbin import with_text

__all__ = ["STAGE", "run", "parse_batch", "VERSION", "FUSES"]

# 2 (session 10): hard-wrapped lines and a dash glued after a wire credit read as spaces (unwrap_lines)
# 3 (session 12): a press-release dateline's dash ("Presidential Palace, Hanoi, Vietnam, Tuesday 15 March 2022 –")
# is read as a full stop (places12b)
# 4 (session 13): a short heading line of plain text (subheading, live-blog time stamp) starts its own sentence
# (heading_breaks, dates13)
# 5 (session 15): the plain hyphen of a dateline in capitals with its date ("WASHINGTON, June 6 - ") reads as an em
# dash, so the lead keeps its subject (dateline15)
# 6 (session 16): "U.S.-China" is three tokens, as "Russia-Ukraine" is; the plain hyphen after a wire dateline's
# agency tag ("BEIJING, May 9 (Reuters) - Negotiations") or a capitals city alone ("WASHINGTON - ") reads as an em
# dash, so the lead's first word stays a common
# noun; the doc keeps the article's own words (docbin.with_text)
# 7 (session 18): "test-fired", "test-launched" are one token, so the launch keeps its doer (types18)
# 8 (session 20): a lower-case word on the same line never starts a sentence unless after . ! ?; a paragraph with
# no final stop ends at its blank line; a colon dateline ("BRUSSELS: The EU said") is its own sentence (real20)
# 9 (session 22): a headline stored over the lead with one line break and no full stop is its own sentence (force22)
# 10 (session 28): a short line between single-line paragraphs, after a line that ends a sentence, is a subheading
# and starts its own sentence (diplo28)
VERSION = "10"
CHUNK = 64  # articles per worker task and per write transaction
BATCH = 32  # nlp.pipe batch size
# pending articles from which two (forked) workers pay for their start-up: at 1,000 parsing took 43 s on two workers
# against 67 s in one (bench/pipeline.py --n 1000, quiet machine, session 19); at 400 they did not pay
PARALLEL_MIN = 1000
FUSES = ("enrich", "events")  # later stages this one can complete in its own pass (see the module docstring)

Row = tuple[Any, ...]
Errors = list[tuple[str, str]]
Task = tuple[list[Row], list[tuple[str, str]], dict[str, Any] | None, Any]
"""skipped (not English) nlp_docs rows, (article_id, text) to parse, {article_id: published} to enrich
in the same pass (None: parse only), the enrich tables' columns to code the events in the same pass
(``events.stage.fuse_columns``; None: no coding)."""


def _english(lang: str | None) -> bool:
    return not lang or lang == "en"


def _warm() -> None:
    load_nlp()


def _rows(article_id: str, doc: Any, model: str) -> tuple[Row, list[Row]]:
    text = doc_text(doc)
    sents = [
        (article_id, i, s.start_char, s.end_char, text[s.start_char : s.end_char]) for i, s in enumerate(doc.sents)
    ]
    return (article_id, model, doc_to_bytes(doc), len(sents), len(doc), None), sents


def parse_batch(
    items: list[tuple[str, str]], *, keep: dict[str, Any] | None = None
) -> tuple[list[Row], list[Row], Errors]:
    """Parse (article_id, text) pairs: nlp_docs rows, sentence rows, (article_id, error) pairs.

    The batch function workers (or Ray tasks) run; one bad text fails ``nlp.pipe`` for the batch,
    so the batch is then redone one text at a time and only the bad one is reported. ``keep``, if
    given, receives each stored parse's Doc by article id (for the fused enrich pass).
    """
    nlp, model = load_nlp(), model_version()
    docs: list[Row] = []
    sents: list[Row] = []
    errors: Errors = []
    kept: dict[str, Any] = {}
    try:
        for (aid, text), doc in zip(
            items, nlp.pipe([unwrap_lines(t) for _, t in items], batch_size=BATCH), strict=True
        ):
            doc = with_text(doc, text)
            d, s = _rows(aid, doc, model)
            docs.append(d)
            sents += s
            kept[aid] = doc
    except Exception:  # noqa: BLE001 - isolate the failing article below
        docs, sents, kept = [], [], {}
        for aid, text in items:
            try:
                doc = with_text(nlp(unwrap_lines(text)), text)
                d, s = _rows(aid, doc, model)
                docs.append(d)
                sents += s
                kept[aid] = doc
            except Exception as exc:  # noqa: BLE001 - recorded per article
                reraise_interrupt(exc)
                errors.append((aid, f"{type(exc).__name__}: {exc}"))
    if keep is not None:
        keep.update(kept)
    return docs, sents, errors


_DOC_COLS = ("article_id", "model", "docbin", "n_sentences", "n_tokens", "skipped")
_SENT_COLS = ("article_id", "idx", "start_char", "end_char", "text")


def _stored(store: Any, ids: list[str]) -> set[str]:
    """Which of ``ids`` already have a parse or sentences stored (asked once per run, not per batch:
    a DELETE scans its table whole, and articles with no rows need none)."""
    return {
        r[0]
        for r in store.con.execute(
            "SELECT article_id FROM nlp_docs WHERE article_id IN (SELECT unnest($ids)) UNION "
            "SELECT article_id FROM sentences WHERE article_id IN (SELECT unnest($ids))",
            {"ids": ids},
        ).fetchall()
    }


def _write(
    store: Any, con: Any, docs: list[Row], sents: list[Row], errors: Errors, stored: set[str] | None = None
) -> None:
    """Replace the batch's parses in the caller's transaction (``stored``: the ids that may have rows; None: any)."""
    done = [d[0] for d in docs]
    old = done if stored is None else [a for a in done if a in stored]
    if old:
        con.execute("DELETE FROM sentences WHERE article_id IN (SELECT unnest(?))", [old])
        con.execute("DELETE FROM nlp_docs WHERE article_id IN (SELECT unnest(?))", [old])
    if done:
        bulk_insert(con, "nlp_docs", _DOC_COLS, docs)
    bulk_insert(con, "sentences", _SENT_COLS, sents)
    store.mark_done(con, "nlp", VERSION, done)
    for aid, msg in errors:
        store.record_error(con, "nlp", VERSION, aid, msg)


def run(store: Any, progress: Progress, *, fuse: Sequence[str] = ()) -> StageReport:
    """Parse what is new; with ``fuse=("enrich",)`` also enrich it in the same pass (module docstring)."""
    report = StageReport("nlp")
    ids = store.pending("nlp", VERSION)
    if not ids:
        return report
    model = model_version()
    parallel = settings().parallel(len(ids), PARALLEL_MIN)
    report.notes["n_process"] = settings().workers if parallel else 1
    enrich = enrich_stage if "enrich" in fuse else None
    to_enrich = enrich.pending_among(store, ids) if enrich else set()
    writer = enrich.EnrichWriter(store, sorted(to_enrich)) if enrich and to_enrich else None
    events: Any = None
    columns = None
    coded_before: set[str] = set()
    if writer and "events" in fuse:
        from ..events import stage as events

        # every re-parsed, re-enriched article is pending for events (``Store.pending``), as when apart
        columns = events.fuse_columns(store)
        coded_before = events.coded_among(store, sorted(to_enrich)) if columns else set()
    if columns is None:
        events = None

    def tasks() -> Iterator[Task]:
        chunk = settings().batch_size("nlp", CHUNK)
        for k in range(0, len(ids), chunk):
            rows = store.con.execute(
                "SELECT article_id, text, language, published_date FROM articles WHERE article_id IN (SELECT unnest(?))",
                [ids[k : k + chunk]],
            ).fetchall()
            skip = [(aid, model, None, 0, 0, f"language {lang}") for aid, _, lang, _ in rows if not _english(lang)]
            fused = {aid: day for aid, _, _, day in rows if aid in to_enrich} if writer else None
            yield skip, [(aid, text or "") for aid, text, lang, _ in rows if _english(lang)], fused, columns

    progress.start(("parse + enrich + events" if events else "parse + enrich") if writer else "parse", len(ids))
    n_skipped = n_enriched = n_left = n_mentions = n_coded = n_event_mentions = 0
    stored = _stored(store, ids)
    warm = _warm_all if events else enrich.warm if enrich and writer else _warm
    for skip, (docs, sents, errors), enriched, coded in ordered_map(
        _parse_task, tasks(), parallel=parallel, initializer=warm
    ):
        n_skipped += len(skip)
        with store.transaction() as con:
            _write(store, con, docs + skip, sents, errors, stored)
            if writer and enriched:
                # failures are not recorded here: left pending, the enrich stage retries and records them
                writer.write(con, enriched, record_errors=False)
            if events and coded:
                # likewise: what the pass did not code is left to the events stage
                events.write_fused(store, con, coded, coded_before)
        if enriched:
            n_enriched += len(enriched[0])
            n_left += len(enriched[3])
            n_mentions += enriched[4]
        if coded:
            n_coded += len(coded[0])
            n_event_mentions += coded[1].num_rows
        report.processed += len(docs) + len(skip)
        report.errors += len(errors)
        progress.advance(len(docs) + len(skip) + len(errors))
    progress.finish()
    if n_skipped:
        report.notes["skipped_not_english"] = n_skipped
    if writer:
        report.notes["enriched_in_same_pass"] = n_enriched
        report.notes["enrich_actor_mentions"] = n_mentions
        if n_left:
            report.notes["enrich_failed_left_to_enrich_stage"] = n_left
    if events:
        report.notes["coded_in_same_pass"] = n_coded
        report.notes["event_mentions"] = n_event_mentions
    return report


def _warm_all() -> None:
    """The enrich analysers' and the coder's data, loaded once (in the parent before forking)."""
    from ..events.stage import _warm as warm_events

    enrich_stage.warm()
    warm_events()


def _parse_task(task: Task) -> tuple[list[Row], tuple[list[Row], list[Row], Errors], Any, Any]:
    """Parse one task (and enrich it, and code its events, when the task says so). The skipped rows
    travel along so the parent writes them in the same transaction; the result of the enrichment
    (``enrich.stage.Result``, or None) travels as plain rows, like the parse, and the coded events
    (``events.stage.code_parsed``: ids and an Arrow table, or None) likewise."""
    skip, items, fused, columns = task
    if fused is None:
        return skip, parse_batch(items), None, None
    docs: dict[str, Any] = {}
    parsed = parse_batch(items, keep=docs)
    skipped = {r[0] for r in skip}
    # an article whose parse failed is in neither: not parsed, so not enriched (nor marked done)
    todo = [
        (aid, None if aid in skipped else docs[aid], day) for aid, day in fused.items() if aid in skipped or aid in docs
    ]
    enriched = enrich_stage.enrich_docs(todo)
    if columns is None:
        return skip, parsed, enriched, None
    from ..events.stage import code_parsed

    return skip, parsed, enriched, code_parsed(parsed[0], fused, enriched, columns)


STAGE = Stage(
    name="nlp",
    version=VERSION,
    requires=(),
    run=run,
    description="spaCy parse (tokens, tags, dependencies, entities, sentences) of English articles",
    writes=("nlp_docs", "sentences"),
    fuses=FUSES,
    reads=("articles",),
    data=("spacy-model",),
    parallel_min=PARALLEL_MIN,
)
