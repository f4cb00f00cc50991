"""Shared helpers for the ingest tests (no tests here): write a pile of files, ingest it, read tables back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tidings.ingest import IngestReport, ingest
from tidings.store import Store

BODY = ("Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Friday for talks on "
        "Taiwan, trade and Russia's war in Ukraine, the State Department said.\n\n"
        "Both sides described the meeting as candid and agreed to keep lines of communication open.")


def write(root: Path, files: dict[str, bytes | str]) -> Path:
    for name, content in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            p.write_text(content, encoding="utf-8")
        else:
            p.write_bytes(content)
    return root


def run(store: Store, *paths: Path, workers: int = 1, **kw: Any) -> IngestReport:
    return ingest(store, list(paths), workers=workers, **kw)


def articles(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM articles ORDER BY source_path, source_locator")


def by_name(store: Store) -> dict[str, dict[str, Any]]:
    """Articles keyed by 'file name' or 'file name|locator'."""
    out = {}
    for a in articles(store):
        key = Path(a["source_path"]).name + (f"|{a['source_locator']}" if a["source_locator"] else "")
        out[key] = a
    return out


def rejects(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM rejects ORDER BY source_path, source_locator, reason")
