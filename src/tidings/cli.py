"""The `tidings` command: a thin Typer shell over the Python API (``tidings.open``).

Every command parses its options, calls one API method and formats the result. Expected failures
(``TidingsError``) print one line and exit 1; a traceback means a bug.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import duckdb
import typer
from rich.console import Console

from . import __version__
from .api import DEFAULT_DB, Tidings
from .api import open as open_store
from .errors import TidingsError
from .outputs.console import RichProgress, render_rows, render_run_summary

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="rich",
                  help="tidings: news coverage in, a sourced record of international relations out.")
db_app = typer.Typer(no_args_is_help=True, help="Inspect or upgrade a store.")
app.add_typer(db_app, name="db")

# Piped output (a file, CI, `| less`) has no terminal width; tables of evidence need more than 80 columns.
_WIDTH = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 160
console = Console(width=_WIDTH)
err_console = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store.", show_default=True)]
InputsArg = Annotated[list[Path], typer.Argument(help="Files or folders (recursed) of articles, feeds, WARC, archives.")]
EXPORT_FORMATS = ["jsonl", "csv", "parquet", "gdelt"]
EXPORT_WHATS = ["articles", "rejects", "stories", "actors", "events", "mentions"]


def _version(value: bool) -> None:
    if value:
        console.print(f"tidings {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """tidings: news coverage in, a sourced record of international relations out."""


def _open(db: Path, *, must_exist: bool = False) -> Tidings:
    # Read commands open read-write too: an older store is then upgraded in place on first use.
    return open_store(db, create=not must_exist)


def _run(db: Path, inputs: list[Path], *, stages: bool, command: str, workers: int) -> Tidings:
    t = _open(db)
    progress = RichProgress(err_console)
    try:
        if stages:
            report = t.run(inputs, progress=progress, workers=workers, command=command)
        else:
            report = t.ingest(inputs, progress=progress, workers=workers)
    finally:
        progress.close()
    render_run_summary(console, report)
    return t


@app.command()
def run(inputs: InputsArg, db: DbOption = Path(DEFAULT_DB),
        workers: Annotated[int, typer.Option(help="Worker processes for parsing.")] = 2) -> None:
    """Ingest INPUTS, then run every pipeline stage on what is new."""
    _run(db, inputs, stages=True, command="run", workers=workers).close()


@app.command()
def ingest(inputs: InputsArg, db: DbOption = Path(DEFAULT_DB),
           workers: Annotated[int, typer.Option(help="Worker processes for parsing.")] = 2) -> None:
    """Ingest INPUTS only (no later stages)."""
    _run(db, inputs, stages=False, command="ingest", workers=workers).close()


@app.command()
def export(what: Annotated[str, typer.Option("--what", help=f"One of: {', '.join(EXPORT_WHATS)}.")],
           fmt: Annotated[str, typer.Option("--format", help=f"One of: {', '.join(EXPORT_FORMATS)} (gdelt: events only).")] = "jsonl",
           output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Output file (stdout if omitted).")] = None,
           db: DbOption = Path(DEFAULT_DB),
           header: Annotated[bool, typer.Option("--header", help="gdelt only: add a header line (GDELT's own files have none).")] = False) -> None:
    """Export records as JSON Lines, CSV, Parquet (or GDELT 2.0 layout for events)."""
    if what not in EXPORT_WHATS:
        raise TidingsError(f"--what must be one of {', '.join(EXPORT_WHATS)}, not {what!r}")
    if fmt not in EXPORT_FORMATS:
        raise TidingsError(f"--format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
    if fmt == "gdelt" and what != "events":
        raise TidingsError("--format gdelt is for --what events only")
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise TidingsError("refusing to write Parquet to a terminal: add -o FILE")
    with _open(db, must_exist=True) as t:
        n = t.export(what, fmt, output, header=header)
    if output is not None:
        err_console.print(f"wrote {n:,} {what} to {output}")


@app.command()
def demo(db: DbOption = Path(DEFAULT_DB)) -> None:
    """Run the whole pipeline on the bundled sample corpus, then summarise what it found."""
    with resources.as_file(resources.files("tidings") / "data" / "sample") as sample:
        console.rule(f"tidings demo: {sample} -> {db}")
        t = _run(db, [sample], stages=True, command="demo", workers=2)
    with t:
        _demo_summary(t)


def _demo_summary(t: Tidings) -> None:
    info = t.info()["tables"]
    console.rule("What the store holds")
    console.print(f"{info.get('articles', 0)} articles, {info.get('rejects', 0)} rejected inputs"
                  + (f", {info['stories']} stories" if "stories" in info else "")
                  + (f", {info['events']} events" if "events" in info else ""))
    if "stories" in info:
        rows = t.stories()
        render_rows(console, [{k: r[k] for k in ("story_id", "title", "first_seen", "n_articles", "n_sources")} for r in rows[:15]],
                    title="Stories (n_sources counts independent source groups)")
    if "duplicates" in info:
        dups = t.query("SELECT d.dup_kind, count(*) AS n FROM duplicates d WHERE d.dup_kind IS NOT NULL GROUP BY 1 ORDER BY 1")
        render_rows(console, dups, title="Copies found")
    if "stories" in info and "duplicates" in info:
        _render_biggest_story(t)
    try:
        from .outputs.timeline import render_timeline, timeline
    except ImportError:
        return
    if "events" in info:
        render_timeline(timeline(t.store, dyad="USA-CHN"), console)


def _render_biggest_story(t: Tidings) -> None:
    """The most covered story, article by article: which are copies of which, and how many sources remain."""
    top = t.query("SELECT story_id, title, n_articles, n_sources FROM stories ORDER BY n_articles DESC, story_id LIMIT 1")
    if not top:
        return
    story = top[0]
    rows = t.query(
        "SELECT a.published_date AS published, a.outlet, a.title, coalesce(d.dup_kind, 'original') AS copy, "
        "o.outlet AS copy_of, d.source_group "
        "FROM story_articles sa JOIN articles a USING (article_id) LEFT JOIN duplicates d USING (article_id) "
        "LEFT JOIN articles o ON o.article_id = d.duplicate_of "
        "WHERE sa.story_id = ? ORDER BY d.source_group, a.published_date, a.article_id", [story["story_id"]])
    groups = {r["source_group"]: i + 1 for i, r in enumerate({r["source_group"]: r for r in rows}.values())}
    for r in rows:
        r["source"] = f"#{groups[r.pop('source_group')]}"
    render_rows(console, rows, title=f"Most covered story: {story['title']}: {story['n_articles']} articles, "
                                     f"{story['n_sources']} independent sources (copies share a source #)")


@app.command()
def stories(db: DbOption = Path(DEFAULT_DB),
            since: Annotated[Optional[str], typer.Option(help="Only stories last seen on or after this date (YYYY-MM-DD).")] = None) -> None:
    """List stories with their article and independent source counts."""
    since_date = _parse_date(since, "--since")
    with _open(db, must_exist=True) as t:
        rows = t.stories(since=since_date)
    render_rows(console, [{k: r.get(k) for k in ("story_id", "title", "first_seen", "last_seen", "n_articles", "n_sources")}
                          for r in rows], title="Stories (n_sources = independent source groups)")


@app.command()
def timeline(db: DbOption = Path(DEFAULT_DB),
             dyad: Annotated[Optional[str], typer.Option(help="Country pair, ISO alpha-3, e.g. USA-CHN (either direction).")] = None,
             date_from: Annotated[Optional[str], typer.Option("--from", help="From date (YYYY-MM-DD).")] = None,
             date_to: Annotated[Optional[str], typer.Option("--to", help="To date (YYYY-MM-DD).")] = None,
             type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None) -> None:
    """Events in date order with their evidence; planned events listed apart as Upcoming."""
    try:
        from .outputs.timeline import render_timeline, timeline as build
    except ImportError:
        raise TidingsError("the timeline needs the events stage, which this installation does not have") from None
    with _open(db, must_exist=True) as t:
        tl = build(t.store, dyad=dyad, date_from=_parse_date(date_from, "--from"),
                   date_to=_parse_date(date_to, "--to"), type=type_.upper() if type_ else None)
    render_timeline(tl, console)


@app.command()
def sql(query: Annotated[str, typer.Argument(help="SQL (DuckDB dialect) over the store.")],
        db: DbOption = Path(DEFAULT_DB),
        as_json: Annotated[bool, typer.Option("--json", help="Print rows as JSON Lines.")] = False) -> None:
    """Run a read-only SQL query over the store."""
    with _open(db, must_exist=True) as t:
        try:
            rows = t.query(query)
        except Exception as exc:  # duckdb errors: show DuckDB's own first line
            raise TidingsError(f"SQL error: {str(exc).splitlines()[0]}") from None
    if as_json:
        for r in rows:
            console.out(json.dumps(r, default=str, ensure_ascii=False), highlight=False)
    else:
        render_rows(console, rows)


@db_app.command("info")
def db_info(db: DbOption = Path(DEFAULT_DB)) -> None:
    """Schema version, table sizes and what each stage has processed."""
    with _open(db, must_exist=True) as t:
        info = t.info()
    console.print(f"store {info['path']}, schema version {info['schema_version']}", soft_wrap=True)
    render_rows(console, [{"table": k, "rows": v} for k, v in info["tables"].items()], title="Tables")
    render_rows(console, info["stages"], title="Stages (items processed per version)")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = Path(DEFAULT_DB)) -> None:
    """Apply pending schema migrations to an existing store."""
    from .store import Store

    if not db.exists():
        raise TidingsError(f"no store at {db}")
    store = Store(db, upgrade=False)
    try:
        before = store.schema_version()
        applied = store.upgrade()
    finally:
        store.close()
    if applied:
        console.print(f"upgraded {db} from schema {before} to {applied[-1].version}: "
                      + ", ".join(f"{m.version:04d}_{m.name}" for m in applied))
    else:
        console.print(f"{db} is up to date (schema {before})")


@app.command()
def serve(db: DbOption = Path(DEFAULT_DB),
          host: Annotated[str, typer.Option(help="Address to listen on (loopback by default: only this machine).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
          token: Annotated[Optional[str], typer.Option(help="Enable uploads and runs for clients sending "
                                                            "'Authorization: Bearer TOKEN' (read-only without it).",
                                                       envvar="TIDINGS_TOKEN", show_envvar=True)] = None) -> None:
    """Browse the store in a web browser, with a JSON API under /api (read-only unless --token)."""
    try:
        from .web import serve as run_server
    except ImportError as exc:
        raise TidingsError(f"the web interface needs {exc.name}, which this installation does not have") from None
    if not db.is_file():
        raise TidingsError(f"no store at {db} (run `tidings demo` or `tidings run` first)")
    if token is not None and len(token) < 8:
        raise TidingsError("--token must be at least 8 characters")
    err_console.print(f"tidings serving {db} on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
                      f"({'writes need the token' if token else 'read-only'}); Ctrl-C stops", highlight=False)
    run_server(db, host=host, port=port, token=token)


def _parse_date(value: str | None, flag: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise TidingsError(f"{flag} must be a date like 2024-04-03, not {value!r}") from None


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


# -- analyst outputs (issue 11): brief, index, channels, upcoming; each one API call plus formatting ---------
def _write_out(text: str, output: Optional[Path], what: str) -> None:
    if output is None:
        console.out(text, highlight=False, end="")
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise TidingsError(f"cannot write {output}: {exc.strerror or exc}") from None
    err_console.print(f"wrote {what} to {output}")


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise TidingsError(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")


OutputOption = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file (stdout if omitted).")]


@app.command()
def brief(story: Annotated[Optional[str], typer.Option("--story", help="Story id (see `tidings stories`).")] = None,
          dyad: Annotated[Optional[str], typer.Option(help="Country pair, ISO alpha-3, e.g. USA-CHN.")] = None,
          date_from: Annotated[Optional[str], typer.Option("--from", help="From date (YYYY-MM-DD).")] = None,
          date_to: Annotated[Optional[str], typer.Option("--to", help="To date (YYYY-MM-DD).")] = None,
          fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
          output: OutputOption = None, db: DbOption = Path(DEFAULT_DB)) -> None:
    """An extractive brief with numbered citations: what happened, who and where, what was agreed and planned."""
    _check_format(fmt, ("md", "html", "json"))
    from .analysis.brief import render_html, render_markdown

    with _open(db, must_exist=True) as t:
        b = t.brief(story=story, dyad=dyad, date_from=_parse_date(date_from, "--from"), date_to=_parse_date(date_to, "--to"))
    if fmt == "json":
        _write_out(json.dumps(b, ensure_ascii=False, indent=1) + "\n", output, "the brief")
    elif fmt == "html":
        _write_out(render_html(b), output, "the brief")
    elif output is None and console.is_terminal:
        from rich.markdown import Markdown

        console.print(Markdown(render_markdown(b)))
    else:
        _write_out(render_markdown(b), output, "the brief")


@app.command()
def index(dyad: Annotated[str, typer.Option(help="Country pair, ISO alpha-3 (either direction).")] = "USA-CHN",
          by: Annotated[str, typer.Option("--by", help="day, week or month.")] = "week",
          date_from: Annotated[Optional[str], typer.Option("--from", help="From date (YYYY-MM-DD).")] = None,
          date_to: Annotated[Optional[str], typer.Option("--to", help="To date (YYYY-MM-DD).")] = None,
          plot: Annotated[Optional[Path], typer.Option("--plot", help="Also draw the series to FILE.png or FILE.svg.")] = None,
          fmt: Annotated[str, typer.Option("--format", help="table, csv, jsonl or json.")] = "table",
          output: OutputOption = None, db: DbOption = Path(DEFAULT_DB)) -> None:
    """Cooperation–conflict index: events by quad class and a Goldstein-weighted net score per period."""
    _check_format(fmt, ("table", "csv", "jsonl", "json"))
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise TidingsError(f"--plot must name a .png or .svg file, not {plot.name!r}")
    from .analysis.index import plot as draw, render_table, to_csv, to_jsonl

    with _open(db, must_exist=True) as t:
        ix = t.index(dyad=dyad, by=by, date_from=_parse_date(date_from, "--from"), date_to=_parse_date(date_to, "--to"))
    if fmt == "table":
        render_table(ix, console)
    elif fmt == "csv":
        _write_out(to_csv(ix), output, "the index")
    elif fmt == "jsonl":
        _write_out(to_jsonl(ix), output, "the index")
    else:
        _write_out(json.dumps(ix, ensure_ascii=False, indent=1) + "\n", output, "the index")
    if plot is not None:
        try:
            draw(ix, str(plot))
        except OSError as exc:
            raise TidingsError(f"cannot write {plot}: {exc.strerror or exc}") from None
        err_console.print(f"wrote the plot to {plot}")


@app.command()
def channels(dyad: Annotated[str, typer.Option(help="Country pair, ISO alpha-3 (either direction).")] = "USA-CHN",
             fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
             output: OutputOption = None, db: DbOption = Path(DEFAULT_DB)) -> None:
    """Dialogue channels: last contact, state (active, suspended since, resumed on) and next planned contact."""
    _check_format(fmt, ("table", "json"))
    from .analysis.channels import render_table

    with _open(db, must_exist=True) as t:
        ch = t.channels(dyad=dyad)
    if fmt == "json":
        _write_out(json.dumps(ch, ensure_ascii=False, indent=1) + "\n", output, "the channels")
    else:
        render_table(ch, console)


@app.command()
def upcoming(dyad: Annotated[Optional[str], typer.Option(help="Country pair, ISO alpha-3 (default: every dyad).")] = None,
             all_: Annotated[bool, typer.Option("--all", help="Also list plans that were carried out, with the event.")] = False,
             fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
             output: OutputOption = None, db: DbOption = Path(DEFAULT_DB)) -> None:
    """Planned and proposed events: expected date and precision, and whether they occurred, were postponed or cancelled."""
    _check_format(fmt, ("table", "json"))
    from .analysis.upcoming import render_table

    with _open(db, must_exist=True) as t:
        up = t.upcoming(dyad=dyad, include_all=all_)
    if fmt == "json":
        _write_out(json.dumps(up, ensure_ascii=False, indent=1) + "\n", output, "the plans")
    else:
        render_table(up, console)


def main() -> None:
    """Entry point: expected errors as one line on stderr, exit 1; Ctrl-C exits 130."""
    try:
        app(standalone_mode=False)
    except TidingsError as exc:
        err_console.print(f"[red]Error:[/] {exc}", highlight=False)
        sys.exit(1)
    except (duckdb.IOException, OSError) as exc:  # fatal store/disk conditions: one line, never a traceback
        err_console.print(f"[red]Error:[/] {_first_line(exc)}; every batch committed before this is kept", highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted: every committed batch is kept; run again to resume")
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(1)
    except Exception as exc:  # click usage errors come as ClickException
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise


if __name__ == "__main__":
    main()
