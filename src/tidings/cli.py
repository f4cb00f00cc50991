"""The `tidings` command: a thin Typer shell over the Python API (``tidings.open``).

Every command parses its options, calls one API method and formats the result. Expected failures
(``TidingsError``) print one line and exit 1; a traceback means a bug.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Optional

import duckdb
import typer
from rich.console import Console

from . import __version__
from .api import DEFAULT_DB, Tidings
from .api import open as open_store
from .errors import StoreLockedError, TidingsError, during_interrupt, interrupted, reraise_interrupt
from .outputs.console import RichProgress, render_rows, render_run_summary

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="tidings: news coverage in, a sourced record of international relations out.",
)
db_app = typer.Typer(no_args_is_help=True, help="Inspect or upgrade a store.")
app.add_typer(db_app, name="db")

# Piped output (a file, CI, `| less`) has no terminal width; tables of evidence need more than 80 columns.
_WIDTH = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 160
console = Console(width=_WIDTH)
err_console = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store.", show_default=True)]
WorkersOption = Annotated[int, typer.Option(help="Worker processes for parsing.")]
InputsArg = Annotated[
    list[Path], typer.Argument(help="Files or folders (recursed) of articles, feeds, WARC, archives.")
]
EXPORT_FORMATS = ["jsonl", "csv", "parquet", "gdelt"]
EXPORT_WHATS = ["articles", "rejects", "stories", "actors", "events", "mentions"]


def _version(value: bool) -> None:
    if value:
        console.print(f"tidings {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks (also TIDINGS_DEBUG=1).")] = False,
) -> None:
    """tidings: news coverage in, a sourced record of international relations out."""


def _open(db: Path, *, must_exist: bool = False) -> Tidings:
    """The store for a command that writes it (created if missing unless ``must_exist``)."""
    return open_store(db, create=not must_exist)


def _open_read(db: Path) -> Tidings:
    """The store for a command that only reads: opened read-only, so a read-only file works and
    nothing can be changed. When the file is writable, an older store is first upgraded in place and
    a store left by a killed writer first recovered."""
    from .errors import SchemaTooOldError

    if Path(str(db) + ".wal").exists() and os.access(db, os.W_OK):
        # the last writer was killed before its checkpoint: a writer's open finishes the recovery (the
        # log replayed, the indexes rebuilt, see Store._rebuild_indexes), which a read-only open cannot;
        # if a live writer holds the store, the read-only open below says so
        with contextlib.suppress(StoreLockedError):
            open_store(db, create=False).close()
    try:
        return open_store(db, read_only=True, create=False)
    except SchemaTooOldError:
        if not os.access(db, os.W_OK):
            raise
    open_store(db, create=False).close()  # apply the pending migrations, then read
    return open_store(db, read_only=True, create=False)


def _article_count(t: Tidings) -> int:
    try:
        return int(t.store.scalar("SELECT count(*) FROM articles") or 0)
    except Exception:  # noqa: BLE001 - only for the interrupt message
        return 0


def _run(db: Path, inputs: list[Path], *, stages: bool, command: str, workers: int) -> Tidings:
    from .api import check_inputs

    check_inputs(inputs)  # a typo in a path is an error before the store is even created
    t = _open(db)
    progress = RichProgress(err_console)
    before = _article_count(t)
    try:
        if stages:
            report = t.run(inputs, progress=progress, workers=workers, command=command)
        else:
            report = t.ingest(inputs, progress=progress, workers=workers)
    except BaseException as exc:
        progress.close()
        if not interrupted(exc):  # Ctrl-C, also when DuckDB turned it into its RuntimeError mid-query
            t.close()
            raise
        committed = _article_count(t) - before
        t.close()
        raise Interrupted(committed) from None
    progress.close()
    render_run_summary(console, report)
    return t


@app.command()
def run(
    inputs: InputsArg,
    db: DbOption = Path(DEFAULT_DB),
    workers: WorkersOption = 2,
) -> None:
    """Ingest INPUTS, then run every pipeline stage on what is new."""
    _run(db, inputs, stages=True, command="run", workers=workers).close()


@app.command()
def ingest(
    inputs: InputsArg,
    db: DbOption = Path(DEFAULT_DB),
    workers: WorkersOption = 2,
) -> None:
    """Ingest INPUTS only (no later stages)."""
    _run(db, inputs, stages=False, command="ingest", workers=workers).close()


@app.command()
def export(
    what: Annotated[str, typer.Option("--what", help=f"One of: {', '.join(EXPORT_WHATS)}.")],
    fmt: Annotated[
        str, typer.Option("--format", help=f"One of: {', '.join(EXPORT_FORMATS)} (gdelt: events only).")
    ] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Output file (stdout if omitted).")] = None,
    db: DbOption = Path(DEFAULT_DB),
    header: Annotated[
        bool, typer.Option("--header", help="gdelt only: add a header line (GDELT's own files have none).")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing DuckDB file given as -o.")] = False,
) -> None:
    """Export records as JSON Lines, CSV, Parquet (or GDELT 2.0 layout for events)."""
    if what not in EXPORT_WHATS:
        raise TidingsError(f"--what must be one of {', '.join(EXPORT_WHATS)}, not {what!r}")
    if fmt not in EXPORT_FORMATS:
        raise TidingsError(f"--format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
    if fmt == "gdelt" and what != "events":
        raise TidingsError("--format gdelt is for --what events only")
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise TidingsError("refusing to write Parquet to a terminal: add -o FILE")
    if output is not None:
        _check_export_target(output, db, force=force)
    with _open_read(db) as t:
        n = t.export(what, fmt, output, header=header)
    if output is not None:
        err_console.print(f"wrote {n:,} {what} to {output}")


def _is_duckdb_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(12)[8:12] == b"DUCK"  # DuckDB's file magic
    except OSError:
        return False


def _check_export_target(output: Path, db: Path, *, force: bool) -> None:
    """Never write an export onto the store, nor onto another DuckDB file unless --force."""
    if output.exists() and db.exists() and output.resolve() == db.resolve():
        raise TidingsError(f"refusing to write the export onto the store itself ({db}); choose another -o file")
    if output.is_dir():
        raise TidingsError(f"-o {output} is a folder; give a file name")
    if not force and _is_duckdb_file(output):
        raise TidingsError(f"refusing to overwrite {output}: it is a DuckDB database (add --force to replace it)")


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
    console.print(
        f"{info.get('articles', 0)} articles, {info.get('rejects', 0)} rejected inputs"
        + (f", {info['stories']} stories" if "stories" in info else "")
        + (f", {info['events']} events" if "events" in info else "")
    )
    if "stories" in info:
        rows = t.stories()
        render_rows(
            console,
            [{k: r[k] for k in ("story_id", "title", "first_seen", "n_articles", "n_sources")} for r in rows[:15]],
            title="Stories (n_sources counts independent source groups)",
        )
    if "duplicates" in info:
        dups = t.query(
            "SELECT d.dup_kind, count(*) AS n FROM duplicates d WHERE d.dup_kind IS NOT NULL GROUP BY 1 ORDER BY 1"
        )
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
    top = t.query(
        "SELECT story_id, title, n_articles, n_sources FROM stories ORDER BY n_articles DESC, story_id LIMIT 1"
    )
    if not top:
        return
    story = top[0]
    rows = t.query(
        "SELECT a.published_date AS published, a.outlet, a.title, coalesce(d.dup_kind, 'original') AS copy, "
        "o.outlet AS copy_of, d.source_group "
        "FROM story_articles sa JOIN articles a USING (article_id) LEFT JOIN duplicates d USING (article_id) "
        "LEFT JOIN articles o ON o.article_id = d.duplicate_of "
        "WHERE sa.story_id = ? ORDER BY d.source_group, a.published_date, a.article_id",
        [story["story_id"]],
    )
    groups = {r["source_group"]: i + 1 for i, r in enumerate({r["source_group"]: r for r in rows}.values())}
    for r in rows:
        r["source"] = f"#{groups[r.pop('source_group')]}"
    render_rows(
        console,
        rows,
        title=f"Most covered story: {story['title']}: {story['n_articles']} articles, "
        f"{story['n_sources']} independent sources (copies share a source #)",
    )


@app.command()
def stories(
    db: DbOption = Path(DEFAULT_DB),
    since: Annotated[
        Optional[str], typer.Option(help="Only stories last seen on or after this date (YYYY-MM-DD).")
    ] = None,
) -> None:
    """List stories with their article and independent source counts."""
    since_date = _parse_date(since, "--since")
    with _open_read(db) as t:
        rows = t.stories(since=since_date)
    render_rows(
        console,
        [
            {k: r.get(k) for k in ("story_id", "title", "first_seen", "last_seen", "n_articles", "n_sources")}
            for r in rows
        ],
        title="Stories (n_sources = independent source groups)",
    )


@app.command()
def timeline(
    db: DbOption = Path(DEFAULT_DB),
    dyad: Annotated[
        Optional[str], typer.Option(help="Country pair, ISO alpha-3, e.g. USA-CHN (either direction).")
    ] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From date (YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="To date (YYYY-MM-DD).")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
) -> None:
    """Events in date order with their evidence; planned events listed apart as Upcoming."""
    try:
        from .outputs.timeline import render_timeline
        from .outputs.timeline import timeline as build
    except ImportError:
        raise TidingsError("the timeline needs the events stage, which this installation does not have") from None
    with _open_read(db) as t:
        tl = build(
            t.store,
            dyad=dyad,
            date_from=_parse_date(date_from, "--from"),
            date_to=_parse_date(date_to, "--to"),
            type=type_.upper() if type_ else None,
        )
    render_timeline(tl, console)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL (DuckDB dialect) over the store.")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="Print rows as JSON Lines.")] = False,
) -> None:
    """Run a read-only SQL query over the store."""
    _check_query(query)
    with _open_read(db) as t:
        try:
            rows = t.query(query)
        except Exception as exc:  # duckdb errors: show DuckDB's own first line
            reraise_interrupt(exc)
            raise TidingsError(f"SQL error: {str(exc).splitlines()[0]}") from None
    if as_json:
        for r in rows:
            console.out(json.dumps(r, default=str, ensure_ascii=False), highlight=False)
    else:
        render_rows(console, rows)


_QUERY_TYPES = {"SELECT", "EXPLAIN"}


def _check_query(query: str) -> None:
    """`sql` runs queries only: every statement must be a SELECT (or EXPLAIN of one)."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise TidingsError(f"SQL error: {_first_line(exc)}") from None
    if not statements:
        raise TidingsError("no SQL statement given")
    for st in statements:
        kind = st.type.name if hasattr(st.type, "name") else str(st.type).rsplit(".", 1)[-1]
        if kind not in _QUERY_TYPES:
            raise TidingsError(
                f"`tidings sql` runs queries only (SELECT), not {kind}; the store is changed by "
                "`tidings run` and `tidings db upgrade` alone"
            )


@db_app.command("info")
def db_info(db: DbOption = Path(DEFAULT_DB)) -> None:
    """Schema version, table sizes and what each stage has processed."""
    with _open_read(db) as t:
        info = t.info()
    console.print(f"store {info['path']}, schema version {info['schema_version']}", soft_wrap=True)
    render_rows(console, [{"table": k, "rows": v} for k, v in info["tables"].items()], title="Tables")
    render_rows(
        console, info["stages"], title="Stages (effective version = VERSION+data fingerprint; items done, items stale)"
    )


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
        console.print(
            f"upgraded {db} from schema {before} to {applied[-1].version}: "
            + ", ".join(f"{m.version:04d}_{m.name}" for m in applied)
        )
    else:
        console.print(f"{db} is up to date (schema {before})")


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback by default: only this machine).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[
        Optional[str],
        typer.Option(
            help="Enable uploads and runs for clients sending 'Authorization: Bearer TOKEN' (read-only without it).",
            envvar="TIDINGS_TOKEN",
            show_envvar=True,
        ),
    ] = None,
) -> None:
    """Browse the store in a web browser, with a JSON API under /api (read-only unless --token)."""
    try:
        from .web import serve as run_server
    except ImportError as exc:
        raise TidingsError(f"the web interface needs {exc.name}, which this installation does not have") from None
    if not db.is_file():
        raise TidingsError(f"no store at {db} (run `tidings demo` or `tidings run` first)")
    if token is not None and len(token) < 8:
        raise TidingsError("--token must be at least 8 characters")
    err_console.print(
        f"tidings serving {db} on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
        f"({'writes need the token' if token else 'read-only'}); Ctrl-C stops",
        highlight=False,
    )
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
def brief(
    story: Annotated[Optional[str], typer.Option("--story", help="Story id (see `tidings stories`).")] = None,
    dyad: Annotated[Optional[str], typer.Option(help="Country pair, ISO alpha-3, e.g. USA-CHN.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From date (YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="To date (YYYY-MM-DD).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    output: OutputOption = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """An extractive brief with numbered citations: what happened, who and where, what was agreed and planned."""
    _check_format(fmt, ("md", "html", "json"))
    from .analysis.brief import render_html, render_markdown

    with _open(db, must_exist=True) as t:
        b = t.brief(
            story=story, dyad=dyad, date_from=_parse_date(date_from, "--from"), date_to=_parse_date(date_to, "--to")
        )
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
def index(
    dyad: Annotated[str, typer.Option(help="Country pair, ISO alpha-3 (either direction).")] = "USA-CHN",
    by: Annotated[str, typer.Option("--by", help="day, week or month.")] = "week",
    date_from: Annotated[Optional[str], typer.Option("--from", help="From date (YYYY-MM-DD).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="To date (YYYY-MM-DD).")] = None,
    plot: Annotated[
        Optional[Path], typer.Option("--plot", help="Also draw the series to FILE.png or FILE.svg.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv, jsonl or json.")] = "table",
    output: OutputOption = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Cooperation–conflict index: events by quad class and a Goldstein-weighted net score per period."""
    _check_format(fmt, ("table", "csv", "jsonl", "json"))
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise TidingsError(f"--plot must name a .png or .svg file, not {plot.name!r}")
    from .analysis.index import plot as draw
    from .analysis.index import render_table, to_csv, to_jsonl

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
def channels(
    dyad: Annotated[str, typer.Option(help="Country pair, ISO alpha-3 (either direction).")] = "USA-CHN",
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    output: OutputOption = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
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
def upcoming(
    dyad: Annotated[Optional[str], typer.Option(help="Country pair, ISO alpha-3 (default: every dyad).")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Also list plans that were carried out, with the event.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    output: OutputOption = None,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """Planned and proposed events: expected date and precision, and whether they occurred, were postponed or cancelled."""
    _check_format(fmt, ("table", "json"))
    from .analysis.upcoming import render_table

    with _open(db, must_exist=True) as t:
        up = t.upcoming(dyad=dyad, include_all=all_)
    if fmt == "json":
        _write_out(json.dumps(up, ensure_ascii=False, indent=1) + "\n", output, "the plans")
    else:
        render_table(up, console)


class Interrupted(TidingsError):
    """Ctrl-C during a command: what was committed is kept (exit 130)."""

    def __init__(self, committed: int | None = None) -> None:
        self.committed = committed
        super().__init__("interrupted")


def _click_exception_modules() -> list[Any]:
    """The exception modules of every click in play. The installed typer may ship its own copy of
    click, whose exceptions are not the click package's: take typer's from typer's own classes."""
    mods = [sys.modules[typer.BadParameter.__module__]]
    try:
        import click.exceptions as real

        if real not in mods:
            mods.append(real)
    except ImportError:
        pass
    return mods


def _classes(name: str) -> tuple[type[BaseException], ...]:
    return tuple(getattr(m, name) for m in _click_exception_modules() if hasattr(m, name))


def _debug_requested(args: list[str]) -> bool:
    """--debug (anywhere before a bare ``--``) or TIDINGS_DEBUG=1: let tracebacks through."""
    if os.environ.get("TIDINGS_DEBUG", "").strip() not in ("", "0", "false", "no"):
        return True
    return "--debug" in (args[: args.index("--")] if "--" in args else args)


def _usage_line(exc: BaseException) -> str:
    """A click usage error as one line, with where to find help."""
    ctx = getattr(exc, "ctx", None)
    path = ctx.command_path if ctx is not None else "tidings"
    if type(exc).__name__ == "NoArgsIsHelpError":
        group = ctx.command if ctx is not None else None
        names = group.list_commands(ctx) if group is not None and hasattr(group, "list_commands") else []
        what = f"missing command; choose one of: {', '.join(names)}" if names else "missing arguments"
        return f"Error: {what} (see `{path} --help`)"
    message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    return f"Error: {' '.join(message.split())} (see `{path} --help`)"


def _fail(message: str, code: int) -> None:
    err_console.print(message, highlight=False, markup=False)
    sys.exit(code)


def main(args: list[str] | None = None) -> None:
    """Entry point, and the one place errors become exit codes, for every command (present and future):
    usage errors one line and exit 2; expected runtime errors one line and exit 1; Ctrl-C a line and
    exit 130; anything else (a bug) one line and exit 1. ``--debug`` or TIDINGS_DEBUG=1 re-raise instead."""
    argv = list(sys.argv[1:] if args is None else args)
    debug = _debug_requested(argv)
    try:
        rc = app(args=argv, standalone_mode=False, prog_name="tidings")
    except Interrupted as exc:
        if debug:
            raise
        done = (
            f"{exc.committed:,} articles committed, "
            if exc.committed is not None
            else "every batch committed is kept, "
        )
        _fail(f"interrupted; {done}run again to resume", 130)
    except StoreLockedError as exc:
        if debug:
            raise
        hint = "; or read it through `tidings serve`" if "serve" in _command_names() else ""
        _fail(f"Error: {exc}{hint}", 1)
    except TidingsError as exc:
        if debug:
            raise
        _fail(f"Error: {exc}", 1)
    except KeyboardInterrupt:
        if debug:
            raise
        _fail("interrupted; every batch committed is kept, run again to resume", 130)
    except _classes("Exit") as exc:
        sys.exit(getattr(exc, "exit_code", 0))
    except _classes("Abort") as exc:
        if debug:
            raise
        if isinstance(exc.__context__, KeyboardInterrupt) or isinstance(exc.__cause__, KeyboardInterrupt):
            _fail("interrupted; every batch committed is kept, run again to resume", 130)
        _fail("Error: aborted", 1)
    except _classes("UsageError") as exc:
        if debug:
            raise
        _fail(_usage_line(exc), 2)
    except _classes("ClickException") as exc:
        if debug:
            raise
        click_exc: Any = exc  # a click.ClickException from whichever click typer bundles
        _fail(f"Error: {' '.join(click_exc.format_message().split())}", click_exc.exit_code)
    except (duckdb.Error, OSError) as exc:  # fatal store/disk conditions: one line, never a traceback
        if debug:
            raise
        if interrupted(exc):
            _fail("interrupted; every batch committed is kept, run again to resume", 130)
        _fail(f"Error: {_first_line(exc)}; every batch committed before this is kept", 1)
    except MemoryError:
        if debug:
            raise
        _fail("Error: out of memory; every batch committed before this is kept (try --workers 1)", 1)
    except Exception as exc:  # a bug: still one line, the traceback on request
        if debug:
            raise
        if during_interrupt(exc):  # Ctrl-C during a DuckDB query, outside a run, or cleanup failing under it
            _fail("interrupted; every batch committed is kept, run again to resume", 130)
        _fail(
            f"Error: internal error ({type(exc).__name__}: {_first_line(exc)}); "
            "run again with --debug for the traceback and report it",
            1,
        )
    if isinstance(rc, int) and rc:
        sys.exit(rc)


def _command_names() -> list[str]:
    return [c.name for c in app.registered_commands if c.name] + [
        c.callback.__name__ for c in app.registered_commands if not c.name and c.callback
    ]


if __name__ == "__main__":
    main()
