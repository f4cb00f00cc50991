"""Rich rendering shared by CLI commands: progress bars and run summaries."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

__all__ = ["RichProgress", "render_run_summary", "render_rows"]


class _RateColumn(TextColumn):
    """Items per second, so a long run shows whether it is going at the expected pace."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task: Any) -> Any:
        from rich.text import Text

        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f}/s" if speed else "  -/s", style="progress.data.speed")


class RichProgress:
    """The pipeline's Progress protocol drawn as one Rich progress bar per stage."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
            disable=not console.is_terminal,
        )
        self._task: TaskID | None = None
        self._progress.start()

    def start(self, label: str, total: int | None) -> None:
        self.finish()
        self._task = self._progress.add_task(label, total=total)

    def advance(self, n: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, n)

    def finish(self) -> None:
        if self._task is not None:
            task = next(t for t in self._progress.tasks if t.id == self._task)
            if task.total is None:
                self._progress.update(self._task, total=task.completed)
            self._task = None

    def lane(self) -> RichProgress:
        """A second bar source on the same display, for stages run on another thread (Rich's progress
        is thread-safe): its bars are added under the others as its stages start."""
        other = object.__new__(RichProgress)
        other.console = self.console
        other._progress = self._progress
        other._task = None
        return other

    def close(self) -> None:
        self.finish()
        self._progress.stop()


def render_run_summary(console: Console, report: Any, *, max_rejects: int = 25) -> None:
    """The table printed at the end of `tidings run/ingest`: what was read, stored and rejected."""
    ing = getattr(report, "ingest", report)
    if ing is not None and hasattr(ing, "files_seen"):
        t = Table(title="Ingest", show_header=False, title_justify="left")
        t.add_column("what")
        t.add_column("count", justify="right")
        t.add_row("files read", f"{ing.files_seen - ing.files_skipped:,}")
        t.add_row("files already ingested (skipped)", f"{ing.files_skipped:,}")
        t.add_row("new articles", f"{ing.articles_new:,}")
        for form, n in sorted(ing.by_form.items()):  # new articles by input form, under their total
            t.add_row(f"  from {form}", f"{n:,}")
        t.add_row("articles already in the store", f"{ing.articles_known:,}")
        t.add_row("articles without a date", f"{len(ing.undated):,}")
        t.add_row("rejected inputs", f"{len(ing.rejects):,}")
        t.add_row("seconds", f"{ing.seconds:,.1f}")
        console.print(t)
        pending = getattr(report, "pending", 0)
        busy = any(st.processed for st in (getattr(report, "stages", None) or []))
        if ing.articles_new == 0 and pending and busy:  # a run that stopped before its stages finished
            console.print(f"[yellow]resuming:[/] {pending:,} articles pending in later stages.")
        elif ing.articles_new == 0 and not ing.rejects:
            console.print("[green]Nothing new:[/] every input was already in the store.")
        if ing.rejects:
            r = Table(title="Rejected input", title_justify="left")
            r.add_column("file")
            r.add_column("where")
            r.add_column("reason", overflow="fold")
            for rej in ing.rejects[:max_rejects]:
                r.add_row(rej.source_path, rej.source_locator or "", rej.reason)
            console.print(r)
            if len(ing.rejects) > max_rejects:
                console.print(f"... and {len(ing.rejects) - max_rejects} more: `tidings export --what rejects`")
    stage_reports = getattr(report, "stages", None)
    if stage_reports:
        s = Table(title="Stages", title_justify="left")
        s.add_column("stage")
        s.add_column("processed", justify="right")
        s.add_column("errors", justify="right")
        s.add_column("seconds", justify="right")
        s.add_column("notes", overflow="fold")
        for st in stage_reports:
            notes = ", ".join(f"{k}={v}" for k, v in st.notes.items())
            s.add_row(st.stage, f"{st.processed:,}", f"{st.errors:,}", f"{getattr(st, 'seconds', 0.0):,.1f}", notes)
        console.print(s)


def render_rows(console: Console, rows: list[dict[str, Any]], *, title: str | None = None, max_width: int = 60) -> None:
    """A list of dicts as a table (SQL results, story lists)."""
    if not rows:
        console.print("(no rows)")
        return
    t = Table(title=title, title_justify="left")
    for col in rows[0]:
        t.add_column(str(col), overflow="fold", max_width=max_width)
    for row in rows:
        t.add_row(*["" if v is None else str(v) for v in row.values()])
    console.print(t)
