"""The nlp stage: parse every new English article once and keep the parse in the store.

Workers parse *and serialise* (a DocBin per article, its sentences), the parent only writes:
DuckDB has one writer, and shipping Doc objects between processes would cost as much as the
parse. With enough pending articles two worker processes run (``PARALLEL_MIN``, measured with
bench/nlp.py); below that one process avoids the workers' start-up. Articles detected as another
language are marked done with a note and no parse (the English model would only produce noise).
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ..pipeline import Progress, Stage, StageReport
from . import doc_text, doc_to_bytes, load_nlp, model_version

__all__ = ["STAGE", "run", "parse_batch", "ordered_map", "start_method", "bulk_insert", "VERSION"]

VERSION = "1"
CHUNK = 64             # articles per worker task and per write transaction
BATCH = 32             # nlp.pipe batch size
PARALLEL_MIN = 1500    # pending articles from which two worker processes pay for their start-up (at 400 they do not)
WORKERS = 2

Row = tuple[Any, ...]


def _english(lang: str | None) -> bool:
    return not lang or lang == "en"


def _warm() -> None:
    load_nlp()


def _rows(article_id: str, doc: Any, model: str) -> tuple[Row, list[Row]]:
    text = doc_text(doc)
    sents = [(article_id, i, s.start_char, s.end_char, text[s.start_char:s.end_char]) for i, s in enumerate(doc.sents)]
    return (article_id, model, doc_to_bytes(doc), len(sents), len(doc), None), sents


def parse_batch(items: list[tuple[str, str]]) -> tuple[list[Row], list[Row], list[tuple[str, str]]]:
    """Parse (article_id, text) pairs: nlp_docs rows, sentence rows, (article_id, error) pairs.

    The batch function workers (or Ray tasks) run; one bad text fails ``nlp.pipe`` for the batch,
    so the batch is then redone one text at a time and only the bad one is reported.
    """
    nlp, model = load_nlp(), model_version()
    docs: list[Row] = []
    sents: list[Row] = []
    errors: list[tuple[str, str]] = []
    try:
        for (aid, _), doc in zip(items, nlp.pipe([t for _, t in items], batch_size=BATCH), strict=True):
            d, s = _rows(aid, doc, model)
            docs.append(d)
            sents += s
    except Exception:  # noqa: BLE001 - isolate the failing article below
        docs, sents = [], []
        for aid, text in items:
            try:
                d, s = _rows(aid, nlp(text), model)
                docs.append(d)
                sents += s
            except Exception as exc:  # noqa: BLE001 - recorded per article
                errors.append((aid, f"{type(exc).__name__}: {exc}"))
    return docs, sents, errors


def start_method() -> str:
    """How worker processes start: forked from this process on Linux, as spaCy's own
    ``nlp.pipe(n_process=...)`` does, so they begin with the model and lexicons already loaded
    (a forkserver worker spent seconds loading them, once per stage and worker). Workers only compute
    and never touch the store, so the parent's DuckDB threads do not matter to them. Elsewhere
    (macOS, Windows) fork is unsafe or missing: forkserver/spawn, each worker loading for itself."""
    if sys.platform.startswith("linux"):
        return "fork"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def ordered_map(fn: Callable[[Any], Any], tasks: Iterable[Any], *, parallel: bool,
                initializer: Callable[[], None] | None = None, workers: int = WORKERS) -> Iterator[Any]:
    """``map(fn, tasks)`` in order, on worker processes when ``parallel`` (a few tasks in flight)."""
    if not parallel:
        yield from map(fn, tasks)
        return
    method = start_method()
    if method == "fork" and initializer is not None:
        initializer()  # once here: the forked workers start with it done
    ctx = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=initializer) as pool:
        inflight: deque = deque()
        for task in tasks:
            inflight.append(pool.submit(fn, task))
            if len(inflight) >= 2 * workers:
                yield inflight.popleft().result()
        while inflight:
            yield inflight.popleft().result()


def bulk_insert(con: Any, table: str, cols: Sequence[str], rows: Sequence[Row], *, replace: bool = False) -> None:
    """Insert many rows at once through Arrow: DuckDB's ``executemany`` runs one statement per row,
    which cost more than the parse itself."""
    if not rows:
        return
    import pyarrow as pa

    data = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
    name = f"_bulk_{table}"
    con.register(name, data)
    try:
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        con.execute(f"{verb} INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {name}")
    finally:
        con.unregister(name)


_DOC_COLS = ("article_id", "model", "docbin", "n_sentences", "n_tokens", "skipped")
_SENT_COLS = ("article_id", "idx", "start_char", "end_char", "text")


def _stored(store: Any, ids: list[str]) -> set[str]:
    """Which of ``ids`` already have a parse or sentences stored (asked once per run, not per batch:
    a DELETE scans its table whole, and articles with no rows need none)."""
    return {r[0] for r in store.con.execute(
        "SELECT article_id FROM nlp_docs WHERE article_id IN (SELECT unnest($ids)) UNION "
        "SELECT article_id FROM sentences WHERE article_id IN (SELECT unnest($ids))", {"ids": ids}).fetchall()}


def _write(store: Any, docs: list[Row], sents: list[Row], errors: list[tuple[str, str]],
           stored: set[str] | None = None) -> None:
    """Replace the batch's parses (``stored``: the ids that may have rows; None: any)."""
    done = [d[0] for d in docs]
    with store.transaction() as con:
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


def run(store: Any, progress: Progress) -> StageReport:
    report = StageReport("nlp")
    ids = store.pending("nlp", VERSION)
    if not ids:
        return report
    model = model_version()
    parallel = len(ids) >= PARALLEL_MIN
    report.notes["n_process"] = WORKERS if parallel else 1
    skipped: dict[str, list[Row]] = {}

    def tasks() -> Iterator[tuple[list[Row], list[tuple[str, str]]]]:
        for k in range(0, len(ids), CHUNK):
            rows = store.con.execute(
                "SELECT article_id, text, language FROM articles WHERE article_id IN (SELECT unnest(?))",
                [ids[k:k + CHUNK]]).fetchall()
            skip = [(aid, model, None, 0, 0, f"language {lang}") for aid, _, lang in rows if not _english(lang)]
            yield skip, [(aid, text or "") for aid, text, lang in rows if _english(lang)]

    progress.start("parse", len(ids))
    n_skipped = 0
    stored = _stored(store, ids)
    for skip, (docs, sents, errors) in ordered_map(_parse_task, tasks(), parallel=parallel, initializer=_warm):
        n_skipped += len(skip)
        _write(store, docs + skip, sents, errors, stored)
        report.processed += len(docs) + len(skip)
        report.errors += len(errors)
        progress.advance(len(docs) + len(skip) + len(errors))
    progress.finish()
    if n_skipped:
        report.notes["skipped_not_english"] = n_skipped
    return report


def _parse_task(task: tuple[list[Row], list[tuple[str, str]]]) -> tuple[list[Row], tuple[list[Row], list[Row], list[tuple[str, str]]]]:
    """Parse one task; the skipped rows travel along so the parent writes them in the same transaction."""
    skip, items = task
    return skip, parse_batch(items)


STAGE = Stage(
    name="nlp",
    version=VERSION,
    requires=(),
    run=run,
    description="spaCy parse (tokens, tags, dependencies, entities, sentences) of English articles",
    writes=("nlp_docs", "sentences"),
)
