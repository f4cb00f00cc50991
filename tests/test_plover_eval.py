"""eval/plover.py: the sentence's main mention is the one whose trigger is nearest the parse root."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace



_SPEC = importlib.util.spec_from_file_location("plover_eval", Path(__file__).resolve().parents[1] / "eval/plover.py")
assert _SPEC is not None and _SPEC.loader is not None
plover = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(plover)


def test_the_root_is_at_depth_zero(nlp):
    doc = nlp("The ministry has refused to lift the ban on imports.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert plover._depth(root) == 0
    assert plover._depth(next(t for t in doc if t.lower_ == "lift")) == 1


def test_the_main_mention_is_the_root_verb_not_its_complement(nlp):
    doc = nlp("The ministry has refused to lift the ban on imports.")
    refused = next(t for t in doc if t.lower_ == "refused")
    lift = next(t for t in doc if t.lower_ == "lift")
    ms = [
        SimpleNamespace(trigger_start=lift.idx, confidence=0.8),
        SimpleNamespace(trigger_start=refused.idx, confidence=0.4),
    ]
    assert plover.main_mention(ms, doc).trigger_start == refused.idx
