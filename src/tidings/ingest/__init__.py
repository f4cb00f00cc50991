"""Ingest: files, folders, feeds, manifests, WARC and archives in; articles and rejects out.

- Forms are recognised by content (``sniff``); containers are unwrapped with zip-bomb limits.
- Parsing (trafilatura, cleaning, lingua) runs in ``workers`` processes over chunks of files; the
  parent walks the inputs and is the only writer. At most ``2 * workers`` chunks are in flight, so
  memory does not grow with the number of files.
- Results are written in input order, in batches of whole files, one transaction each; a file is
  marked done (``source_files``) in the transaction that stores its records. A re-run skips files
  with the same path, size and mtime; everything else is insert-or-ignore, so a run killed at any
  point and run again ends with the same store as an uninterrupted run.
- Dates: see ``dates`` and ``build``. File modification times are never used as publication
  dates ('unknown' is honest); an unparsable date keeps the article undated and adds a note to
  ``rejects`` whose reason starts with ``unparsable date``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..pipeline import NullProgress, Progress
from ..runtime import stop_forkserver
from ..store import Store
from . import split as _split
from .model import FileResult, Part, Reject
from .reader import read_file, read_part
from .walk import walk
from .writer import Batch, write_batch

__all__ = ["ingest", "IngestReport", "Reject", "STAGE_NAME", "STAGE_VERSION", "read_file"]

STAGE_NAME = "ingest"
# 7: URL folders with the month in letters ("/2018/Jan/18/") date a page (stored pages mended on the next run).
# 6: a lone first line of more than 20 words is the lead, not a title; URL folders without leading zeros
# ("/2024/3/23/") and datelines with a bracketed country ("Washington, DC [US], April 2 (ANI):") date a page;
# the stored articles these rules change are mended on the next run (redate.relead, redate.redate).
# 5: a page with no date of its own takes its URL's date (stored undated articles are dated again).
# 4: a dateline on its own line above the lead ("PARIS, March 11 (Wire)", "Wire | Istanbul | Updated: ...")
# is the body's first line, not a title (issue 16, places); 3: a yearless dateline takes the year whose day is
# the weekday the lead names before one where it is the day after (issue 16); 2: datelines naming two cities
# ("WASHINGTON/BEIJING, May 16 -") date the article
STAGE_VERSION = "7"

_CHUNK_FILES = 32
_CHUNK_BYTES = 4 * 1024 * 1024


@dataclass
class IngestReport:
    files_seen: int = 0
    files_skipped: int = 0
    articles_new: int = 0
    articles_known: int = 0
    rejects: list[Reject] = field(default_factory=list)
    undated: list[Task] = field(default_factory=list)
    by_form: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


Task = str | Part


def _read_chunk(tasks: list[Task]) -> list[FileResult]:
    return [read_part(t) if isinstance(t, Part) else read_file(t) for t in tasks]


def _warm() -> None:
    """Worker initializer: die with the process that started this worker (``die_with_parent``), and
    build the language detector once per process. Ctrl-C is the parent's to handle (it reaches the
    whole process group): a worker ignores it rather than print a traceback."""
    import signal

    from ..runtime import die_with_parent
    from .lang import _detector

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    _detector()


def _known(store: Store, paths: list[str]) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of those of ``paths`` already ingested: asked per block of paths, so the
    parent's memory does not grow with the number of files stored before."""
    return {
        r[0]: (r[1], r[2])
        for r in store.con.execute(
            "SELECT source_path, size, mtime_ns FROM source_files WHERE source_path IN (SELECT unnest(?::VARCHAR[]))",
            [paths],
        ).fetchall()
    }


def _blocks(paths: Sequence[str | Path], n: int = 512) -> Iterator[list[str]]:
    block: list[str] = []
    for fp in walk(paths):
        block.append(fp)
        if len(block) >= n:
            yield block
            block = []
    if block:
        yield block


def _chunks(store: Store, paths: Sequence[str | Path], report: IngestReport) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    size = 0
    for block in _blocks(paths):
        done = _known(store, block)
        for fp in block:
            report.files_seen += 1
            try:
                st = os.stat(fp)
                fsize = st.st_size
            except OSError:
                st, fsize = None, 0
            prev = done.get(fp)
            if prev is not None and st is not None and (st.st_size, st.st_mtime_ns) == prev:
                report.files_skipped += 1
                continue
            if st is not None and fsize > _split.SPLIT_OVER and (kind := _split.splittable(fp)):
                if chunk:
                    yield chunk
                    chunk, size = [], 0
                for part in _split.split_file(fp, kind, size=fsize, mtime_ns=st.st_mtime_ns):
                    yield [part]
                continue
            chunk.append(fp)
            size += fsize
            if len(chunk) >= _CHUNK_FILES or size >= _CHUNK_BYTES:
                yield chunk
                chunk, size = [], 0
    if chunk:
        yield chunk


class _Pool:
    """A process pool that survives a worker dying. If a chunk breaks the pool after it has worked, the
    chunk's files are retried one by one in fresh pools so only the file that kills a worker is rejected.
    If the pool never worked (workers cannot start, e.g. ``python - < script``), reading falls back to
    this process."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        # Forked on Linux, as the nlp stage's workers are: a forkserver or spawn worker re-imports the
        # caller's __main__, so a user script without an `if __name__ == "__main__":` guard (the README's
        # example as people write it) would run again in every worker.
        method = (
            "fork"
            if sys.platform.startswith("linux")
            else ("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
        )
        self.ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            self.ctx.set_forkserver_preload(["tidings.ingest.forkserver_guard", "tidings.ingest.reader"])
            os.environ["TIDINGS_FORKSERVER_PARENT"] = str(os.getpid())  # for the guard, in the forkserver
        self.ok = False
        self.dead = False
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.ctx, initializer=_warm)

    def submit(self, chunk: list[Task]) -> Future[list[FileResult]] | None:
        return None if self.dead else self.pool.submit(_read_chunk, chunk)

    def collect(self, inflight: deque[tuple[list[Task], Future[list[FileResult]] | None]]) -> list[FileResult]:
        chunk, fut = inflight.popleft()
        if fut is None or self.dead:
            return _read_chunk(chunk)
        try:
            res = fut.result()
            self.ok = True
            return res
        except BrokenProcessPool:
            pass
        self.pool.shutdown(wait=False, cancel_futures=True)
        if not self.ok:
            self.dead = True
            return _read_chunk(chunk)
        out: list[FileResult] = []
        for p in chunk:
            self.pool = self._new()
            try:
                out.extend(self.pool.submit(_read_chunk, [p]).result())
            except BrokenProcessPool:
                path = p.path if isinstance(p, Part) else p
                out.append(
                    FileResult(
                        path, 0, 0, None, (), (Reject(path, None, "the worker reading this file crashed", ""),), False
                    )
                )
                self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()
        for i, (ch, _) in enumerate(list(inflight)):  # they died with the old pool
            inflight[i] = (ch, self.pool.submit(_read_chunk, ch))
        return out

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _results(chunks: Iterator[list[Task]], workers: int) -> Iterator[list[FileResult]]:
    """Chunk results in input order, computed by a pool with a bounded number of chunks in flight."""
    if workers <= 1:
        for ch in chunks:
            yield _read_chunk(ch)
        return
    pool = _Pool(workers)
    inflight: deque[tuple[list[Task], Future[list[FileResult]] | None]] = deque()
    try:
        for ch in chunks:
            inflight.append((ch, pool.submit(ch)))
            while len(inflight) >= 2 * workers:
                yield pool.collect(inflight)
        while inflight:
            yield pool.collect(inflight)
    finally:
        pool.shutdown()
        stop_forkserver()  # it would outlive the run's pools: nothing else here starts processes from it


_CHECKPOINT_THRESHOLD = "32MB"
_CACHE_BASE = 128 * 2**20
_CACHE_PER_ARTICLE = 128
_CACHE_RESET_EVERY = 20_000


def _cache_cap(n_articles: int) -> str:
    """DuckDB's memory limit for an ingest of a store holding ``n_articles``.

    Ingest only writes, so DuckDB's block cache is of no use to it, yet with the default limit (80%
    of RAM) every block written stays cached and the writer's memory grows with the corpus. The cap
    leaves a fixed 128 MiB for batches and the WAL, plus room for what DuckDB must pin in memory:
    the primary-key indexes that ingest writes, about 110 bytes per article (bench/ingest.py), given
    128 so that a large store never runs out of memory."""
    return f"{(_CACHE_BASE + _CACHE_PER_ARTICLE * n_articles) // 2**20}MiB"


class _WriterSettings:
    """DuckDB settings for the length of an ingest, restored afterwards.

    ``checkpoint_threshold``: DuckDB checkpoints whenever the WAL passes 16 MB, and a checkpoint
    rewrites every index, so with the default a large ingest slows down; but rows not yet
    checkpointed are held in memory, so a large threshold raises the writer's peak. 32 MB measured
    best on both (bench/ingest.py, 100k articles: parent peak 435 MB and 0.36 ms/article, against
    526 MB and 0.44 ms at 128 MB). ``memory_limit``: see ``_cache_cap``; re-set as the store grows."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.old: dict[str, str] = {}
        self.stored = 0
        self.next_reset = 0

    def __enter__(self) -> _WriterSettings:
        for name in ("checkpoint_threshold", "memory_limit"):
            with contextlib.suppress(Exception):  # a read-only or exotic connection keeps DuckDB's defaults
                self.old[name] = str(self.store.scalar(f"SELECT current_setting('{name}')"))
        self._set("checkpoint_threshold", _CHECKPOINT_THRESHOLD)
        self.stored = int(self.store.scalar("SELECT count(*) FROM articles") or 0)
        self.grew(0)
        return self

    def grew(self, new_articles: int) -> None:
        """Called after each batch: widen the cap as the pinned index grows."""
        self.stored += new_articles
        if self.stored >= self.next_reset:
            self._set("memory_limit", _cache_cap(self.stored + _CACHE_RESET_EVERY))
            self.next_reset = self.stored + _CACHE_RESET_EVERY // 2

    def _set(self, name: str, value: str) -> None:
        if name in self.old:
            with contextlib.suppress(Exception):
                self.store.con.execute(f"SET {name} = '{value}'")

    def __exit__(self, *exc: object) -> None:
        for name, value in self.old.items():
            self._set(name, value)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    *,
    progress: Progress | None = None,
    workers: int = 2,
    run_id: str | None = None,
    batch_size: int = 200,
) -> IngestReport:
    """Read every article under ``paths`` into ``store``; bad input goes to ``rejects``."""
    started = time.perf_counter()
    progress = progress or NullProgress()
    report = IngestReport()
    progress.start("ingest", None)
    batch = Batch()

    def flush() -> None:
        nonlocal batch
        if not batch.files:
            return
        res = write_batch(store, batch, run_id=run_id)
        report.articles_new += len(res.new)
        report.articles_known += res.known
        report.rejects.extend(res.rejects)
        settings.grew(len(res.new))
        for a in res.new:
            report.by_form[a.form] = report.by_form.get(a.form, 0) + 1
            if a.published_source == "unknown":
                report.undated.append(a.article_id)
        progress.advance(len(batch.files))
        batch = Batch()

    parts_failed: set[str] = set()
    parts_counts: dict[str, tuple[int, int]] = {}
    with _WriterSettings(store) as settings, contextlib.ExitStack() as finish:
        finish.callback(progress.finish)
        for results in _results(_chunks(store, paths, report), workers):
            for res in results:
                if res.parts > 1:  # only the last part of a split file marks it done, if all parts were
                    if not res.done:
                        parts_failed.add(res.path)
                    na, nr = parts_counts.get(res.path, (0, 0))
                    parts_counts[res.path] = (na + len(res.articles), nr + len(res.rejects))
                    last = res.part == res.parts - 1
                    res = dataclasses.replace(
                        res, done=last and res.path not in parts_failed, counts=parts_counts[res.path] if last else None
                    )
                batch.add(res)
                if batch.n_articles >= batch_size or len(batch.files) >= batch_size:
                    flush()
        flush()
    report.seconds = time.perf_counter() - started
    return report
