"""Input paths to the files to read: folders recursed in sorted order (deterministic runs)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["walk"]

_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def _walked_by(path: str, folder: str) -> bool:
    """Whether walking ``folder`` yields (or enters) ``path``: inside it, and nothing hidden on the way."""
    if not path.startswith(folder.rstrip(os.sep) + os.sep):
        return False
    parts = os.path.relpath(path, folder).split(os.sep)
    return not any(p.startswith(".") or p in _SKIP_NAMES for p in parts)


def walk(paths: Sequence[str | Path]) -> Iterator[str]:
    """Absolute file paths under ``paths``, each once; a path that does not exist is yielded as is
    (the reader turns it into a reject). Hidden folders (``.git``) are not entered and hidden files
    are skipped, unless named explicitly.

    "Each once" without remembering every path yielded: an existing path inside a folder also given is dropped
    before walking (folders do not overlap otherwise; ``os.walk`` does not follow links to folders),
    so memory does not grow with the number of files."""
    roots = list(dict.fromkeys(os.path.abspath(os.fspath(p)) for p in paths))
    folders = [r for r in roots if os.path.isdir(r)]
    for ap in roots:
        if os.path.lexists(ap) and any(_walked_by(ap, f) for f in folders):  # the walk yields it
            continue
        if ap in folders:
            for root, dirs, files in os.walk(ap, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f in _SKIP_NAMES or f.startswith("."):  # dotfiles: editor/OS metadata, not news
                        continue
                    yield os.path.join(root, f)
        else:
            yield ap
