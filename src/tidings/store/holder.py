"""Who is writing the store: a small JSON file beside it (``x.duckdb.lock``), kept by the writer.

DuckDB lets one process open a file for writing and no other process open it meanwhile, not even
to read, and its refusal names only a PID. The writer records here which command it runs and since
when, so that a second command can say in one line who holds the store and what to do. The file is
advisory: a holder whose process is gone is ignored, and DuckDB's own lock stays the real one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["lock_path", "claim", "release", "holder", "describe_conflict"]


def lock_path(db: str | Path) -> Path:
    return Path(str(db) + ".lock")


def _command() -> str:
    """The running command as a user would type it (``tidings run ~/news``), shortened."""
    argv = list(sys.argv)
    prog = Path(argv[0]).name if argv else "python"
    if prog in ("cli.py", "__main__.py", "tidings"):  # python -m tidings.cli / the console script
        prog = "tidings"
    elif prog.endswith(".py") or prog == "-c" or not prog:
        prog = f"python {prog}".strip()
    text = " ".join([prog, *argv[1:]])
    return text if len(text) <= 120 else text[:117] + "..."


def claim(db: str | Path) -> None:
    """Record this process as the store's writer (best effort: a read-only folder keeps no record)."""
    info = {
        "pid": os.getpid(),
        "command": _command(),
        "since": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
    }
    with contextlib.suppress(OSError):
        lock_path(db).write_text(json.dumps(info), encoding="utf-8")


def release(db: str | Path) -> None:
    """Remove the record if it is this process's own."""
    info = _read(lock_path(db))
    if info and info.get("pid") == os.getpid():
        with contextlib.suppress(OSError):
            lock_path(db).unlink()


def _read(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holder(db: str | Path) -> dict[str, Any] | None:
    """The live writer recorded beside ``db``, or None."""
    info = _read(lock_path(db))
    if not info or not isinstance(info.get("pid"), int) or not _alive(info["pid"]):
        return None
    return info


_DUCKDB_PID = re.compile(r"\(PID (\d+)\)")


def describe_conflict(db: str | Path, duckdb_message: str) -> str:
    """One line for a store held by another process: which process, since when, what to do."""
    info = holder(db)
    if info is not None:
        who = f"`{info.get('command') or 'tidings'}` (pid {info['pid']}, since {info.get('since', '?')})"
    else:
        m = _DUCKDB_PID.search(duckdb_message)
        who = f"another process (pid {m.group(1)})" if m else "another process"
    return (
        f"store {db} is in use by {who}; wait for it to finish and run this again "
        "(DuckDB lets no other process open a store while one writes it)"
    )
