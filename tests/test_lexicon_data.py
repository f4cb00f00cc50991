"""The event lexicons are word lists: YAML 1.1 reads a bare on/off/yes/no as a boolean, which then never
matches a token ("on the sidelines of" was silently lost that way), so every word must load as a string."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import tidings

EVENTS_DATA = Path(tidings.__file__).parent / "data" / "events"


def _booleans(x: Any, path: str) -> list[str]:
    if isinstance(x, bool):
        return [path]
    if isinstance(x, dict):
        return [p for k, v in x.items() for p in _booleans(k, path + "/?") + _booleans(v, f"{path}/{k}")]
    if isinstance(x, list):
        return [p for i, v in enumerate(x) for p in _booleans(v, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("name", sorted(p.name for p in EVENTS_DATA.glob("*.yaml")))
def test_every_word_of_the_event_lexicons_is_a_string(name: str) -> None:
    assert _booleans(yaml.safe_load((EVENTS_DATA / name).read_text(encoding="utf-8")), name) == []


def test_on_is_a_setting_and_a_visit_scene_preposition() -> None:
    from tidings.events.lexicon import lexicon

    lex = lexicon()
    assert "on" in lex.setting_preps and "on" in lex.visit_scene_preps
