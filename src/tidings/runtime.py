"""What every stage shares to run: one ``Settings``, worker pools, ordered map, fork-starmap, bulk insert.

Stages compute in plain functions over batches and the parent process is the store's only writer;
this module is the one place that starts worker processes, so they are all started the same way
(forked on Linux, with the parent's model and lexicons already loaded) and all closed the same way:
on exit, on error and on Ctrl-C (``close_pools``), so no worker outlives a run.

``Settings`` holds the knobs a user may turn (``--workers``, batch sizes, a memory cap); the CLI
and the Python API set it for a run with ``configure``, and every stage reads it through
``settings()``.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from .store import registered

__all__ = [
    "Settings",
    "settings",
    "configure",
    "start_method",
    "ordered_map",
    "fork_starmap",
    "fork_map",
    "bulk_insert",
    "close_pools",
    "die_with_parent",
    "stop_forkserver",
    "live_children",
]

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Settings:
    """How a run may use the machine. ``workers``: worker processes a stage may start (1: none, all
    work in this process); ``batch_sizes``: per-stage override of the articles per batch (stage name ->
    size; a stage's own default otherwise); ``memory_mb``: DuckDB's memory limit for the store
    (None: DuckDB's default, 80% of RAM)."""

    workers: int = 2
    batch_sizes: Mapping[str, int] = field(default_factory=dict)
    memory_mb: int | None = None
    parallel_min: int | None = None

    def batch_size(self, stage: str, default: int) -> int:
        return max(1, int(self.batch_sizes.get(stage, default)))

    def parallel(self, n_items: int, min_items: int) -> bool:
        """Whether ``n_items`` are worth worker processes: a stage's measured ``min_items``, or
        ``parallel_min`` for every stage when set (tests use 1 to run every pool on a few articles)."""
        threshold = min_items if self.parallel_min is None else self.parallel_min
        return self.workers > 1 and n_items >= threshold

    @classmethod
    def from_env(cls) -> Settings:
        """Defaults, with ``TIDINGS_PARALLEL_MIN`` and ``TIDINGS_MEMORY_MB`` if set (integers)."""

        def num(name: str) -> int | None:
            value = os.environ.get(name, "").strip()
            return int(value) if value.isdigit() else None

        return cls(parallel_min=num("TIDINGS_PARALLEL_MIN"), memory_mb=num("TIDINGS_MEMORY_MB"))


_current = Settings.from_env()
_lock = threading.Lock()

# Held while a pool forks its workers, and by a thread beside the main one while it runs BLAS (the dedup
# encoder's matrix products): OpenBLAS's fork handler joins its own threads, and a fork from one thread
# while another is inside a threaded BLAS call hung the parent (session 24, dedup beside the parse).
FORK_LOCK = threading.RLock()


def settings() -> Settings:
    """The settings of the run under way (defaults outside one)."""
    return _current


@contextlib.contextmanager
def configure(base: Settings | None = None, **changes: Any) -> Iterator[Settings]:
    """Use ``base`` (or the current settings) with ``changes`` for the block, then restore."""
    global _current
    with _lock:
        before = _current
        _current = replace(base or before, **{k: v for k, v in changes.items() if v is not None})
    try:
        yield _current
    finally:
        with _lock:
            _current = before


def start_method() -> str:
    """How worker processes start: forked from this process on Linux, as spaCy's own
    ``nlp.pipe(n_process=...)`` does, so they begin with the model and lexicons already loaded
    (a forkserver worker spent seconds loading them, once per stage and worker). Workers only compute
    and never touch the store, so the parent's DuckDB threads do not matter to them. Elsewhere
    (macOS, Windows) fork is unsafe or missing: forkserver/spawn, each worker loading for itself."""
    if sys.platform.startswith("linux"):
        return "fork"
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def die_with_parent(parent: int | None = None) -> None:
    """In a worker: be killed when the process that started it dies, even by SIGKILL (Linux's
    PR_SET_PDEATHSIG), so a killed run leaves no worker behind. ``parent``: the pid that started
    it, if known (if it is already gone, exit now). Elsewhere a no-op."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    if parent is not None and os.getppid() != parent:  # it died before the line above
        os._exit(1)


def _worker_start(parent: int, initializer: Callable[[], None] | None) -> None:
    # Ctrl-C in a terminal reaches the whole process group; only the parent acts on it (it kills its pools, see
    # ``_stop``). A worker interrupted as it took or gave back a pool's queue lock would leave the lock held, and
    # the parent's terminate() would wait on it forever (a rare hang of test_no_process_outlives_ctrl_c).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    if initializer is not None:
        initializer()


def stop_forkserver() -> None:
    """Stop this process's multiprocessing forkserver, if one runs (ingest's pools use one). It would
    otherwise live as long as this process, and after it if a forked process still holds its pipe.
    Uses the forkserver's private state (as CPython's own tests do); harmless if that changes."""
    try:
        from multiprocessing import forkserver as fs

        srv: Any = fs._forkserver  # private state, untyped on purpose
        with srv._lock:
            pid = srv._forkserver_pid
            if pid is None:
                return
            with contextlib.suppress(OSError):
                os.close(srv._forkserver_alive_fd)  # EOF on its pipe asks it to exit
            srv._forkserver_alive_fd = None
            for _ in range(100):
                if os.waitpid(pid, os.WNOHANG)[0]:
                    break
                time.sleep(0.01)
            else:  # a forked process still holds the pipe: stop it anyway
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            srv._forkserver_pid = None
            address = srv._forkserver_address
            srv._forkserver_address = None
            if address and not address.startswith("\0"):
                with contextlib.suppress(OSError):
                    os.unlink(address)
    except (AttributeError, ChildProcessError, ImportError):
        return


# Every pool this process has open, so ``close_pools`` can stop them when a run ends abnormally
# (an exception, Ctrl-C or SIGTERM while a generator still holds its pool).
_open_pools: set[Any] = set()


@contextlib.contextmanager
def _tracked(pool: Any) -> Iterator[Any]:
    _open_pools.add(pool)
    ok = False
    try:
        yield pool
        ok = True
    finally:
        _open_pools.discard(pool)
        _stop(pool, graceful=ok)


def _stop(pool: Any, *, graceful: bool) -> None:
    """Close a pool: wait for its workers when all went well, else kill them now (their work is
    lost anyway, and waiting on Ctrl-C would hang on tasks nobody will read)."""
    if isinstance(pool, ProcessPoolExecutor):
        procs = list((getattr(pool, "_processes", None) or {}).values())
        if graceful:
            pool.shutdown(wait=True)
            return
        pool.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            with contextlib.suppress(Exception):
                p.kill()
        for p in procs:
            with contextlib.suppress(Exception):
                p.join(5)
        return
    # multiprocessing.Pool
    if graceful:
        pool.close()
    else:
        pool.terminate()
    pool.join()


def close_pools() -> None:
    """Kill every worker pool still open in this process (the CLI calls it on error and Ctrl-C)."""
    for pool in list(_open_pools):
        _open_pools.discard(pool)
        with contextlib.suppress(Exception):
            _stop(pool, graceful=False)


def ordered_map(
    fn: Callable[[Any], Any],
    tasks: Iterable[Any],
    *,
    parallel: bool,
    initializer: Callable[[], None] | None = None,
    workers: int | None = None,
) -> Iterator[Any]:
    """``map(fn, tasks)`` in order, on worker processes when ``parallel`` (a few tasks in flight).
    ``workers`` defaults to ``settings().workers``; one worker means this process."""
    workers = settings().workers if workers is None else workers
    if not parallel or workers <= 1:
        yield from map(fn, tasks)
        return
    method = start_method()
    if method == "fork" and initializer is not None:
        with FORK_LOCK:
            initializer()  # once here: the forked workers start with it done
    ctx = multiprocessing.get_context(method)
    start = functools.partial(_worker_start, os.getpid(), None if method == "fork" else initializer)
    with _tracked(ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=start)) as pool:
        inflight: deque = deque()
        for task in tasks:
            if inflight or getattr(pool, "_processes", None):  # forked already: no more forks
                inflight.append(pool.submit(fn, task))
            else:
                with FORK_LOCK:  # the first submit forks every worker (fork context)
                    inflight.append(pool.submit(fn, task))
            if len(inflight) >= 2 * workers:
                yield inflight.popleft().result()
        while inflight:
            yield inflight.popleft().result()


def fork_starmap(
    fn: Callable[..., Any],
    rows: Sequence[tuple[Any, ...]],
    *,
    min_rows: int,
    chunksize: int,
    initializer: Callable[[], None] | None = None,
) -> list[Any]:
    """``fn(*row)`` for every row, in order: on forked worker processes (``settings().workers``, at
    most 4) when there are at least ``min_rows`` rows and two cores, else in this process, where
    starting workers would cost more than they save. ``fn`` must be a module-level function
    (workers receive it by name)."""
    workers = min(settings().workers, os.cpu_count() or 1, 4)
    if not settings().parallel(len(rows), min_rows) or workers < 2 or start_method() != "fork":
        return [fn(*r) for r in rows]
    start = functools.partial(_worker_start, os.getpid(), initializer)
    with FORK_LOCK:
        forked = multiprocessing.get_context("fork").Pool(workers, initializer=start)
    with _tracked(forked) as pool:
        return pool.starmap(fn, rows, chunksize=chunksize)


def fork_map(
    fn: Callable[[Any], Any],
    items: Sequence[Any],
    *,
    processes: int,
    initializer: Callable[[], None] | None = None,
    chunksize: int = 1,
) -> list[Any]:
    """``fn(item)`` for every item on ``processes`` forked workers, in order (a tracked pool)."""
    start = functools.partial(_worker_start, os.getpid(), initializer)
    with FORK_LOCK:
        forked = multiprocessing.get_context("fork").Pool(processes, initializer=start)
    with _tracked(forked) as pool:
        return pool.map(fn, items, chunksize=chunksize)


def bulk_insert(con: Any, table: str, cols: Sequence[str], rows: Sequence[Row], *, replace: bool = False) -> None:
    """Insert many rows at once through Arrow: DuckDB's ``executemany`` runs one statement per row,
    which cost more than the parse itself."""
    if not rows:
        return
    import pyarrow as pa

    data = pa.table({c: [r[i] for r in rows] for i, c in enumerate(cols)})
    name = f"_bulk_{table}"
    with registered(con, name, data):
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        con.execute(f"{verb} INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {name}")


def live_children() -> list[int]:
    """Pids of this process's live child processes (from /proc; empty where there is none)."""
    me = os.getpid()
    out = []
    with contextlib.suppress(OSError):
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    stat = fh.read()
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2 :].split()
            if len(fields) > 1 and int(fields[1]) == me and fields[0] != "Z":
                out.append(int(entry))
    return out
