"""The bundled sample corpus is reproducible from its sources and its gold points at real text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_generated_members_are_up_to_date() -> None:
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_sample.py"), "--check"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def test_gold_strings_occur_in_their_articles() -> None:
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_sample_gold.py")],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert " 0 problem(s)" in res.stdout
