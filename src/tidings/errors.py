"""The exceptions tidings raises on purpose, caught once at the CLI boundary and printed in one line.

Modelled on httpx's small hierarchy: callers can catch ``TidingsError`` for everything we raise
deliberately; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base class: a condition we expected and can explain to the user."""


class StoreError(TidingsError):
    """The store cannot be opened, read or written (not a DuckDB file, locked, disk full)."""


class SchemaTooNewError(StoreError):
    """The store was written by a newer tidings; we refuse rather than corrupt it."""


class SchemaTooOldError(StoreError):
    """The store needs migrations that a read-only open cannot apply (`tidings db upgrade`)."""


class StoreLockedError(StoreError):
    """Another process holds the store (DuckDB allows one writer and no reader beside it)."""


class InputError(TidingsError):
    """An input path cannot be used at all (missing, unreadable) for a whole command."""


def interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` is a Ctrl-C. DuckDB turns a SIGINT that arrives during a query into
    ``RuntimeError('Query interrupted')`` (its C++ ``std::runtime_error``), not ``KeyboardInterrupt``,
    so a handler that records one article's failure would otherwise swallow the user's Ctrl-C and
    let the run go on."""
    if isinstance(exc, KeyboardInterrupt):
        return True
    import duckdb

    if isinstance(exc, duckdb.InterruptException):
        return True
    return type(exc) is RuntimeError and str(exc).strip() == "Query interrupted"


def during_interrupt(exc: BaseException) -> bool:
    """Whether ``exc`` is a Ctrl-C or was raised while one unwound (in its ``__context__`` chain).
    Cleanup that runs under a Ctrl-C can fail in turn: a SIGINT that lands inside ``Thread.start()``
    leaves a thread that a pool's shutdown then cannot join ("cannot join thread before it is
    started"). That error is still the user's Ctrl-C, not a bug."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if interrupted(cur):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False


def reraise_interrupt(exc: BaseException) -> None:
    """In an ``except Exception`` that records a failure and goes on: raise a Ctrl-C as ``KeyboardInterrupt``."""
    if interrupted(exc):
        raise KeyboardInterrupt from exc
