"""Reading /proc for the process tests (tests/test_processes.py, tests/test_crash.py, conftest.py):
which processes a run left behind, and what each one is."""

from __future__ import annotations

import os
import time
from pathlib import Path


def session_procs(sid: int) -> list[int]:
    """Live processes of session ``sid``: a run started with ``start_new_session`` and all it started."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[3]) == sid:
            out.append(int(entry))
    return out


def cmdline(pid: int) -> str | None:
    """The command line of ``pid``, or None once it is gone."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None


def describe(pid: int) -> str:
    """'PID ppid PPID: command' for a failure message."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return f"{pid} (gone)"
    return f"{pid} ppid {stat[stat.rfind(')') + 2 :].split()[1]}: {(cmdline(pid) or '')[:100]}"


def wait_gone(sid: int, seconds: float = 5.0) -> list[int]:
    """Wait up to ``seconds`` for every process of session ``sid`` to exit; those still alive."""
    deadline = time.monotonic() + seconds
    while (left := session_procs(sid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left
