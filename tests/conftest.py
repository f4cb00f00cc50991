"""Shared fixtures: real temporary stores, the bundled sample corpus."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import tidings


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "t.duckdb"


@pytest.fixture
def t(store_path: Path):
    with tidings.open(store_path) as handle:
        yield handle


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the session (tests that code made-up sentences take it)."""
    from tidings.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return Path(str(resources.files("tidings") / "data" / "sample"))


@pytest.fixture(scope="session", autouse=True)
def _no_process_outlives_the_session():
    """Every worker pool the tests start is closed by the end of the session (the forkserver ingest
    uses included): a leak shows as an error here, not as processes left on the machine."""
    yield
    import time

    from procs import cmdline
    from tidings.runtime import live_children, stop_forkserver

    stop_forkserver()

    def left() -> list[str]:
        out = []
        for pid in live_children():
            cmd = cmdline(pid)
            if cmd is None:
                continue
            if "resource_tracker" not in cmd:  # multiprocessing's own, ends with this process
                out.append(f"{pid}: {cmd[:120]}")
        return out

    deadline = time.monotonic() + 10
    while left() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left(), f"child processes outlive the test session: {left()}"
