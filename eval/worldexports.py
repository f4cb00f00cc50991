"""What eval/event_places.py and eval/world_dates.py share: ../shared/tools/worldcheck.py loaded as a
module (so their definitions are worldcheck's own), and one batch's articles and events exports, made
by worldcheck's own `run` or read back from a folder where an earlier run saved them."""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TIDINGS = ROOT / ".venv/bin/tidings"


def load_worldcheck() -> ModuleType:
    spec = importlib.util.spec_from_file_location("worldcheck", SHARED / "tools/worldcheck.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.open(encoding="utf-8") if x.strip()]


def batch_exports(wc: ModuleType, batch: Path, *, save: str | None = None,
                  reuse: str | None = None) -> tuple[list[dict], list[dict]]:
    """(articles, events) of ``batch``: read from ``reuse``/BATCH when given, else a fresh `tidings run`
    in a temporary store (saved under ``save``/BATCH when given)."""
    if reuse:
        d = Path(reuse) / batch.name
        return load_jsonl(d / "a.jsonl"), load_jsonl(d / "e.jsonl")
    with tempfile.TemporaryDirectory(prefix="worldexports-") as w:
        arts, evs = wc.run(TIDINGS, batch, Path(w))
    if save:
        d = Path(save) / batch.name
        d.mkdir(parents=True, exist_ok=True)
        for name, rows in (("a.jsonl", arts), ("e.jsonl", evs)):
            (d / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return arts, evs
