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
def sample_dir() -> Path:
    return Path(str(resources.files("tidings") / "data" / "sample"))
