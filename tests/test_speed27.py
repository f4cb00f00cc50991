"""Session 27's throughput changes give the same results as the forms they replace."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys

from tidings.dedup import stage
from tidings.dedup.groups import order_key
from tidings.dedup.signatures import ANCHOR, NEAR, TOPIC


def _old_near_candidates(hits, dates):
    """``_near_candidates`` before session 27: filter, sort by (score, canonical order), cut."""
    near = [(o, h) for o, h in hits if h.get(NEAR, 0) >= 1 or h.get(ANCHOR, 0) >= stage.ANCHOR_MIN_SHARED]
    near.sort(key=lambda oh: (-(oh[1].get(NEAR, 0) * 4 + oh[1].get(ANCHOR, 0)), order_key(oh[0], dates.get(oh[0]))))
    return [o for o, _ in near[: stage.MAX_NEAR_CANDIDATES]]


def test_near_candidates_equal_the_sorted_cut() -> None:
    rng = random.Random(27)
    days = [None, dt.date(2024, 1, 1), dt.date(2024, 1, 2), dt.date(2023, 12, 31)]
    for trial in range(300):
        n = rng.choice([0, 1, 5, 29, 30, 31, 80])
        hits = []
        dates = {}
        for i in range(n):
            o = f"a{rng.randrange(10**6):06d}-{i}"
            h = {}
            for kind, top in ((NEAR, 3), (ANCHOR, 4), (TOPIC, 5)):
                v = rng.randrange(top)
                if v:
                    h[kind] = v
            hits.append((o, h))
            if rng.random() < 0.9:  # some candidates have no known date at all
                dates[o] = rng.choice(days)
        assert stage._near_candidates(hits, dates) == _old_near_candidates(hits, dates), trial


def _timeout_in_child(env: dict[str, str]) -> str:
    code = "import os, tidings; print(os.environ.get('OPENBLAS_THREAD_TIMEOUT'))"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_openblas_thread_timeout_set_on_import_unless_given() -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_THREAD_TIMEOUT"}
    assert _timeout_in_child(env) == "4"
    assert _timeout_in_child({**env, "OPENBLAS_THREAD_TIMEOUT": "20"}) == "20"


def test_importing_tidings_loads_no_numpy() -> None:
    """The timeout is read when numpy loads OpenBLAS: ``import tidings`` must come before it."""
    code = "import sys, tidings; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
