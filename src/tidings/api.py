"""The Python API: ``tidings.open(path)`` gives a ``Tidings`` object that ingests, runs, queries
and exports. Every CLI command is a call to one of these methods plus formatting."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .pipeline import NullProgress, Progress, StageReport, run_stages, stages
from .runtime import configure
from .store import Store, now

__all__ = ["Tidings", "RunReport", "open", "DEFAULT_DB"]

DEFAULT_DB = "tidings.duckdb"


@dataclass
class RunReport:
    """What one `run` did: the ingest report and each stage's report."""

    run_id: str
    ingest: Any | None = None
    pending: int = 0  # articles stored before this run that later stages had still to process
    stages: list[StageReport] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        ing = self.ingest
        return {
            "run_id": self.run_id,
            "seconds": round(self.seconds, 2),
            "ingest": None
            if ing is None
            else {
                "files_seen": ing.files_seen,
                "files_skipped": ing.files_skipped,
                "articles_new": ing.articles_new,
                "articles_known": ing.articles_known,
                "rejects": len(ing.rejects),
                "undated": len(ing.undated),
                "by_form": ing.by_form,
            },
            "stages": [
                {
                    "stage": s.stage,
                    "processed": s.processed,
                    "errors": s.errors,
                    "seconds": round(s.seconds, 2),
                    **s.notes,
                }
                for s in self.stages
            ],
        }


class Tidings:
    """A tidings store and the operations on it. Not thread-safe: one writer per store file."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def path(self) -> str:
        return self.store.path

    # -- pipeline -----------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[str | Path],
        *,
        progress: Progress | None = None,
        workers: int = 2,
        run_id: str | None = None,
    ) -> Any:
        """Read every article under ``paths`` into the store; bad input goes to ``rejects``.

        ``~`` and environment variables in ``paths`` are expanded as a shell would. A path that does
        not exist, cannot be read, or holds no file at all is an ``InputError`` before anything is written."""
        from .ingest import ingest

        return ingest(
            self.store, check_inputs(paths), progress=progress or NullProgress(), workers=workers, run_id=run_id
        )

    def run(
        self,
        paths: Sequence[str | Path] = (),
        *,
        progress: Progress | None = None,
        workers: int = 2,
        only: Sequence[str] | None = None,
        command: str = "run",
    ) -> RunReport:
        """Ingest ``paths`` (if any), then every pipeline stage on what is new."""
        started = now()
        paths = check_inputs(paths) if paths else []
        report = RunReport(run_id=_new_run_id())
        self._record_run(report.run_id, command, started)
        if paths:
            report.ingest = self.ingest(paths, progress=progress, workers=workers, run_id=report.run_id)
        from .ingest.redate import mend

        mend(self.store)
        if report.ingest is not None:
            report.pending = max(0, self._unfinished() - report.ingest.articles_new)
        with configure(workers=workers) as conf:
            if conf.memory_mb:
                self.store.con.execute(f"SET memory_limit = '{int(conf.memory_mb)}MB'")
            report.stages = run_stages(self.store, only=only, progress=progress or NullProgress())
        report.seconds = (now() - started).total_seconds()
        self._finish_run(report)
        return report

    def stage_names(self) -> list[str]:
        return ["ingest", *[s.name for s in stages()]]

    # -- reading ------------------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Run SQL over the store (DuckDB dialect) and return rows as dicts."""
        return self.store.query(sql, params)

    def articles(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        from .outputs.export import article_rows

        return article_rows(self.store, limit=limit)

    def stories(self, *, since: dt.date | None = None) -> list[dict[str, Any]]:
        from .stories import list_stories

        return list_stories(self.store, since=since)

    def export(self, what: str, fmt: str, out: str | Path | IO[Any] | None = None, *, header: bool = False) -> int:
        """Write ``what`` (articles, rejects, stories, actors, events, mentions) as ``fmt``; return rows written."""
        from .outputs.export import export

        return export(self.store, what=what, fmt=fmt, out=out, header=header)

    def info(self) -> dict[str, Any]:
        """Schema version, row counts and stage progress: what `tidings db info` prints."""
        from .pipeline import effective_version, plan

        counts = {t: self.store.scalar(f'SELECT count(*) FROM "{t}"') for t in self.store.table_names()}
        all_stages = stages()
        plan(self.store, all_stages)
        stage_rows = []
        for st in all_stages:
            n = self.store.stage_counts(st.name, st.version)
            stage_rows.append(
                {
                    "stage": st.name,
                    "version": effective_version(st, self.store.stage_plan[st.name].data_key),
                    "done": n["done"],
                    "stale": n["stale"],
                }
            )
        return {
            "path": self.path,
            "schema_version": self.store.schema_version(),
            "tables": counts,
            "stages": stage_rows,
        }

    # -- analyst outputs (tidings.analysis): plain JSON-able dicts, the same for CLI, web and notebooks --
    def brief(
        self, *, story: str | None = None, dyad: str | None = None, date_from: Any = None, date_to: Any = None
    ) -> dict[str, Any]:
        """Extractive brief of a story or of a dyad over a period: cited sentences, sources, plans."""
        from .analysis import brief

        return brief(self.store, story=story, dyad=dyad, date_from=date_from, date_to=date_to)

    def index(
        self, *, dyad: str = "USA-CHN", by: str = "week", date_from: Any = None, date_to: Any = None
    ) -> dict[str, Any]:
        """Cooperation–conflict index of a dyad per day/week/month, largest moves with their events."""
        from .analysis import index

        return index(self.store, dyad=dyad, by=by, date_from=date_from, date_to=date_to)

    def channels(self, *, dyad: str = "USA-CHN") -> dict[str, Any]:
        """State of each dialogue channel of a dyad: last contact, suspended/resumed, next planned."""
        from .analysis import channels

        return channels(self.store, dyad=dyad)

    def upcoming(self, *, dyad: str | None = None, include_all: bool = False) -> dict[str, Any]:
        """Planned and proposed events with expected dates and whether they then happened."""
        from .analysis import upcoming

        return upcoming(self.store, dyad=dyad, include_all=include_all)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Tidings:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- run bookkeeping ---------------------------------------------------------------------------
    def _unfinished(self) -> int:
        """Articles some stage has not yet processed at its current version (a resumed run's backlog)."""
        names = [s.name for s in stages()]
        if not names:
            return 0
        versions = {s.name: str(s.version) for s in stages()}
        n = 0
        for name in names:
            n = max(
                n,
                int(
                    self.store.scalar(
                        "SELECT count(*) FROM articles a LEFT JOIN stage_state s ON s.stage = ? AND s.item_id = a.article_id "
                        "WHERE s.item_id IS NULL OR s.version <> ?",
                        [name, versions[name]],
                    )
                    or 0
                ),
            )
        return n

    def _record_run(self, run_id: str, command: str, started: dt.datetime) -> None:
        with self.store.transaction() as con:
            con.execute("INSERT INTO runs (run_id, command, started_at) VALUES (?, ?, ?)", [run_id, command, started])

    def _finish_run(self, report: RunReport) -> None:
        with self.store.transaction() as con:
            con.execute(
                "UPDATE runs SET finished_at = ?, summary = ? WHERE run_id = ?",
                [now(), json.dumps(report.to_dict(), default=str), report.run_id],
            )


def check_inputs(paths: Sequence[str | Path]) -> list[str]:
    """``paths`` with ``~`` and ``$VARS`` expanded, each checked: it exists, can be read, and a folder
    holds at least one file. Raises ``InputError`` naming the first that fails."""
    import os

    from .errors import InputError
    from .ingest.walk import walk

    if isinstance(paths, (str, Path)):
        paths = [paths]
    out = []
    for p in paths:
        path = os.path.expandvars(os.path.expanduser(os.fspath(p)))
        if not os.path.lexists(path):
            raise InputError(f"no such file or folder: {path}")
        if not os.access(path, os.R_OK) or (os.path.isdir(path) and not os.access(path, os.X_OK)):
            raise InputError(f"cannot read {path}: permission denied")
        if os.path.isdir(path):
            try:
                os.listdir(path)
            except OSError as exc:
                raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
            if next(iter(walk([path])), None) is None:
                raise InputError(f"no input files found in {path}")
        out.append(path)
    return out


def _new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def open(path: str | Path = DEFAULT_DB, *, read_only: bool = False, create: bool = True) -> Tidings:  # noqa: A001
    """Open the store at ``path``: created if missing (unless ``create=False``), upgraded in place if older."""
    return Tidings(Store(path, read_only=read_only, create=create))
