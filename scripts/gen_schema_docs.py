"""Write docs/schema.md from the migrations: every table and column with the comment beside it.

Run after adding a migration: `.venv/bin/python scripts/gen_schema_docs.py`. tests/test_docs.py
fails when docs/schema.md is stale or a column has no comment, so the docs cannot drift.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tidings.store import migrations  # noqa: E402

HEADER = """# Store schema

The store is one DuckDB file (default `./tidings.duckdb`). Its schema is created and upgraded by
numbered migrations in `src/tidings/store/migrations/`, applied in order on open and recorded in
`schema_migrations`; an older store is upgraded in place (`tidings db upgrade`), a store newer than
the code is refused. Migrations are never edited once released: columns and tables are only added.

This file is generated from the migrations' comments by `scripts/gen_schema_docs.py`;
`tests/test_docs.py` fails when it is stale or a column is undocumented.

`schema_migrations(version, name, applied_at)`: which migrations the store has.
"""

_TABLE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s*\((.*?)\n\);", re.S | re.I)
_ALTER = re.compile(r"ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s+([^;]+?);\s*(?:--\s*(.*))?$", re.I | re.M)
_VIEW = re.compile(r"CREATE\s+(?:OR\s+REPLACE\s+)?VIEW\s+(\w+)", re.I)


def _table_doc(sql: str, start: int) -> str:
    """The comment lines right above a CREATE TABLE."""
    lines = sql[:start].rstrip().splitlines()
    doc: list[str] = []
    for line in reversed(lines):
        if line.strip().startswith("--"):
            doc.insert(0, line.strip()[2:].strip())
        else:
            break
    return " ".join(doc)


def parse() -> tuple[dict[str, dict], list[str]]:
    tables: dict[str, dict] = {}
    problems: list[str] = []
    for mig in migrations():
        sql = mig.sql
        for m in _TABLE.finditer(sql):
            name, body = m.group(1), m.group(2)
            cols = []
            for raw in body.splitlines():
                line = raw.strip()
                if not line or line.startswith("--") or re.match(r"(PRIMARY|UNIQUE|FOREIGN|CHECK)\b", line, re.I):
                    continue
                code, _, comment = line.partition("--")
                parts = code.strip().rstrip(",").split(None, 2)
                if len(parts) < 2:
                    continue
                cols.append((parts[0], parts[1], comment.strip()))
                if not comment.strip():
                    problems.append(f"{name}.{parts[0]} has no comment in {mig.version:04d}_{mig.name}.sql")
            tables[name] = {"doc": _table_doc(sql, m.start()), "cols": cols, "migration": f"{mig.version:04d}_{mig.name}"}
        for m in _ALTER.finditer(sql):
            t, col, typ, comment = m.group(1), m.group(2), m.group(3).split()[0], (m.group(4) or "").strip()
            tables.setdefault(t, {"doc": "", "cols": [], "migration": ""})["cols"].append(
                (col, typ, f"{comment} (added in {mig.version:04d}_{mig.name})".strip()))
            if not comment:
                problems.append(f"{t}.{col} has no comment in {mig.version:04d}_{mig.name}.sql")
        for m in _VIEW.finditer(sql):
            tables[m.group(1)] = {"doc": _table_doc(sql, m.start()) + " (a view)", "cols": [], "migration": f"{mig.version:04d}_{mig.name}"}
    return tables, problems


EXPORTS_HEADER = """
# Exports

`tidings export --what W --format F` writes the same typed columns in every format, listed below
with their Arrow types (what Parquet stores). Dates are dates (`date32`); instants are UTC
timestamps (`timestamp[us, tz=UTC]`, written as `...Z` in JSON Lines). Nested values (`struct`,
`list`) stay nested in JSON Lines and Parquet; CSV writes the `source`, `target` and `location`
structs as `NAME_FIELD` columns and every other nested value as JSON text. Codes (`cameo`, country
codes) are strings: CSV and JSON Lines carry no types, so tell pandas
(`pd.read_csv(path, dtype={"cameo": str})`) or read Parquet. The GDELT layout (`--format gdelt`,
events only) is GDELT 2.0's 61 header-less columns (docs/events.md).
"""

# Export columns added on top of the store's, and what they mean.
EXPORT_NOTES = {
    ("articles", "published"): "the date as found (a date or a timestamp with offset): text",
    ("articles", "published_date"): "calendar date of `published` in its own offset",
    ("articles", "published_at"): "the instant, in UTC, when `published` gives a time (else null)",
    ("events", "date_basis"): "what dates the event in the GDELT export's SQLDATE: event | article | added",
    ("mentions", "sentence_index"): "sentence index in the article (`sentence` in the store)",
    ("mentions", "event_id"): "empty when the mention makes no event (a two-sided act without its other side)",
}


def _type(t) -> str:
    return str(t).replace("\n", " ").replace("|", "/")


def render_exports() -> str:
    from tidings.outputs.export import export_schema
    from tidings.store import Store

    out = [EXPORTS_HEADER]
    with Store(":memory:") as store:
        for what in ("articles", "rejects", "stories", "actors", "events", "mentions"):
            out.append(f"\n## export `{what}`\n\n| column | type | note |\n|---|---|---|")
            for f in export_schema(store, what):
                out.append(f"| `{f.name}` | `{_type(f.type)}` | {EXPORT_NOTES.get((what, f.name), '')} |")
    return "\n".join(out)


def render() -> str:
    tables, _ = parse()
    out = [HEADER]
    for name, t in tables.items():
        out.append(f"\n## `{name}`\n\n{t['doc']}\n\n_Created in migration {t['migration']}._\n")
        if t["cols"]:
            out.append("| column | type | meaning |\n|---|---|---|")
            out.extend(f"| `{c}` | {typ} | {doc} |" for c, typ, doc in t["cols"])
    out.append(render_exports())
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    _, problems = parse()
    for p in problems:
        print("undocumented:", p, file=sys.stderr)
    (ROOT / "docs" / "schema.md").write_text(render(), encoding="utf-8")
    print("wrote docs/schema.md")
