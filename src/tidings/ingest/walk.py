"""Input paths to the files to read: folders recursed in sorted order (deterministic runs)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["walk"]

_SKIP_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def walk(paths: Sequence[str | Path]) -> Iterator[str]:
    """Absolute file paths under ``paths``, each once; a path that does not exist is yielded as is
    (the reader turns it into a reject). Hidden folders (``.git``) are not entered and hidden files
    are skipped, unless named explicitly."""
    seen: set[str] = set()
    for p in paths:
        ap = os.path.abspath(os.fspath(p))
        if os.path.isdir(ap):
            for root, dirs, files in os.walk(ap, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f in _SKIP_NAMES or f.startswith("."):  # dotfiles: editor/OS metadata, not news
                        continue
                    fp = os.path.join(root, f)
                    if fp not in seen:
                        seen.add(fp)
                        yield fp
        elif ap not in seen:
            seen.add(ap)
            yield ap
