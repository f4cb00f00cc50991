"""The pipeline: named, versioned stages around one store.

Each stage module exposes ``STAGE = Stage(...)``. A stage declares what it needs (``requires``,
checked before anything runs, like spaCy's ``analyze_pipes``), reads its inputs from the store,
writes its own tables back in transactions and records what it processed in ``stage_state`` with
its version. So ``tidings run`` does only what is new, and bumping a stage's version re-runs that
stage alone. One documented optimisation crosses stage lines: a stage may declare ``fuses``, later
stages it can complete in its own pass over the articles (nlp fuses enrich: the analysers run on the
Doc just parsed, see docs/decisions.md); when those stages are part of the same run it is called with
``fuse=`` their names, marks them done for what it did, and they then run on whatever is left.
Stages do their heavy work in plain functions over batches, so the same code can run
in local worker processes now and on Ray workers later; the store stays the only shared state.
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .store import Store

__all__ = ["Stage", "StageReport", "Progress", "NullProgress", "STAGE_MODULES", "stages", "run_stages", "fork_starmap"]


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
    """A pipeline stage's contract: name, version, what it needs and the function that runs it."""

    name: str
    version: str
    requires: tuple[str, ...]
    run: Callable[..., StageReport]  # run(store, progress) -> StageReport; also fuse= if ``fuses``
    description: str = ""
    writes: tuple[str, ...] = ()
    fuses: tuple[str, ...] = ()  # later stages ``run(store, progress, fuse=names)`` can do in its own pass


# Stage modules in pipeline order. A module that is not installed yet is skipped, so the pipeline
# is always "every stage that exists so far".
STAGE_MODULES: Sequence[str] = (
    "tidings.nlp.stage",
    "tidings.enrich.stage",
    "tidings.dedup.stage",
    "tidings.stories.stage",
    "tidings.events.stage",
    "tidings.reconcile.stage",
)


def stages() -> list[Stage]:
    """The stages available in this installation, in order, with their requirements checked."""
    found: list[Stage] = []
    for mod_name in STAGE_MODULES:
        try:
            mod = importlib.import_module(mod_name)
        except ModuleNotFoundError as exc:
            if exc.name and mod_name.startswith(exc.name):
                continue
            raise
        found.append(mod.STAGE)
    known = {"ingest"}
    for st in found:
        missing = [r for r in st.requires if r not in known]
        if missing:
            raise RuntimeError(f"stage {st.name!r} requires {missing}, which no earlier stage provides")
        known.add(st.name)
    return found


def run_stages(store: "Store", *, only: Sequence[str] | None = None, progress: Progress | None = None) -> list[StageReport]:
    """Run every available stage (or those named in ``only``) on what is new in the store."""
    progress = progress or NullProgress()
    reports = []
    selected = [st for st in stages() if not only or st.name in only]
    names = {st.name for st in selected}
    for st in selected:
        fuse = tuple(n for n in st.fuses if n in names)
        started = time.perf_counter()
        report = st.run(store, progress, fuse=fuse) if fuse else st.run(store, progress)
        report.seconds = time.perf_counter() - started
        reports.append(report)
    return reports


def fork_starmap(fn: Callable[..., Any], rows: Sequence[tuple[Any, ...]], *, min_rows: int, chunksize: int) -> list[Any]:
    """``fn(*row)`` for every row, in order: on forked worker processes (up to 4) when there are at
    least ``min_rows`` rows and two cores, else in this process, where starting workers would cost
    more than they save. ``fn`` must be a module-level function (workers receive it by name)."""
    if len(rows) < min_rows or (os.cpu_count() or 1) < 2:
        return [fn(*r) for r in rows]
    with mp.get_context("fork").Pool(min(os.cpu_count() or 2, 4)) as pool:
        return pool.starmap(fn, rows, chunksize=chunksize)
