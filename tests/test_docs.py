"""Docs kept honest: the schema doc is generated from the migrations and every command is in the README."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import tidings
from tidings.cli import app
from tidings.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _gen():
    spec = importlib.util.spec_from_file_location("gen_schema_docs", ROOT / "scripts" / "gen_schema_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_schema_doc_is_current_and_complete() -> None:
    gen = _gen()
    _, problems = gen.parse()
    assert problems == [], "columns without a comment in their migration"
    current = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert current == gen.render(), "docs/schema.md is stale: run scripts/gen_schema_docs.py"


def test_every_table_and_column_of_a_new_store_is_documented(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as s:
        rows = s.query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'")
    for r in rows:
        if r["table_name"] == "schema_migrations":
            continue
        assert f"## `{r['table_name']}`" in doc, f"table {r['table_name']} missing from docs/schema.md"
        section = doc.split(f"## `{r['table_name']}`", 1)[1].split("\n## ", 1)[0]
        if "(a view)" not in section:
            assert f"| `{r['column_name']}` |" in section, f"{r['table_name']}.{r['column_name']} undocumented"


def test_every_cli_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [f"db {c.name}" for g in app.registered_groups for c in g.typer_instance.registered_commands]
    for name in names:
        assert f"tidings {name}" in readme, f"`tidings {name}` is not documented in README.md"


def test_public_api_is_small_and_declared() -> None:
    assert set(tidings.__all__) >= {"open", "Tidings", "TidingsError", "__version__"}
    for name in tidings.__all__:
        assert hasattr(tidings, name)
