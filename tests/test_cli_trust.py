"""Issue 14: a CLI and exports users can trust. Each case runs the real command in a subprocess (or the
real API) on a real store, as a user would."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

import tidings
from tidings.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
GOOD = {
    "geneva.txt": "Chinese and U.S. trade officials meet in Geneva\nPublished: 12 May 2025\n\n"
                  "GENEVA — Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Geneva on Saturday for talks "
                  "on tariffs, the first face-to-face meeting between the two sides since the trade war escalated.\n\n"
                  "Both delegations described the talks as constructive and said they would continue on Sunday.\n",
    "call.txt": "WASHINGTON, April 2 (Atlas Wire) - President Joe Biden and President Xi Jinping spoke by phone on "
                "Tuesday, their first conversation since their November summit, the White House said.\n",
    "blinken.txt": "Blinken lands in Shanghai\ndate 2024-04-24\n\nSecretary of State Antony Blinken arrived in Shanghai "
                   "on Wednesday for a three-day visit that will include talks with Foreign Minister Wang Yi in Beijing.\n",
}


def tidings_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "TIDINGS_DEBUG"}
    full_env.update({"COLUMNS": "300", **(env or {})})
    return subprocess.run([sys.executable, "-m", "tidings.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600, env=full_env)


def one_line(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert len(lines) == 1, f"expected one line, got: {text!r}"
    return lines[0]


@pytest.fixture
def pile(tmp_path: Path) -> Path:
    d = tmp_path / "pile"
    d.mkdir()
    for name, text in GOOD.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.fixture
def ingested(tmp_path: Path, pile: Path) -> Path:
    db = tmp_path / "s.duckdb"
    assert tidings_cli("ingest", str(pile), "--db", str(db)).returncode == 0
    return db


# -- 1. exit codes and one-line errors ------------------------------------------------------------
@pytest.mark.parametrize("args", [[], ["db"], ["nosuch"], ["export"], ["run", "--workers", "abc", "x"],
                                  ["export", "--what"], ["stories", "--since"]])
def test_usage_errors_are_one_line_and_exit_2(args: list[str]) -> None:
    res = tidings_cli(*args)
    assert res.returncode == 2, res.stderr
    assert one_line(res.stderr).startswith("Error: ") and "Traceback" not in res.stdout + res.stderr


def test_runtime_errors_are_one_line_exit_1_and_write_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    res = tidings_cli("run", str(tmp_path / "no" / "such" / "path"), "--db", str(db))
    assert res.returncode == 1 and "no such file or folder" in one_line(res.stderr)
    empty = tmp_path / "empty"
    empty.mkdir()
    res = tidings_cli("run", str(empty), "--db", str(db))
    assert res.returncode == 1 and "no input files found" in one_line(res.stderr)
    assert not db.exists(), "a failed run must not create the store"
    res = tidings_cli("stories", "--db", str(db))
    assert res.returncode == 1 and one_line(res.stderr).startswith("Error: cannot open store")


def test_debug_asks_for_the_traceback(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing")
    assert "Traceback" not in tidings_cli("run", missing).stderr
    assert "Traceback" in tidings_cli("--debug", "run", missing).stderr
    assert "Traceback" in tidings_cli("run", missing, env={"TIDINGS_DEBUG": "1"}).stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_input_folder_is_one_line(tmp_path: Path, pile: Path) -> None:
    pile.chmod(0)
    try:
        res = tidings_cli("run", str(pile), "--db", str(tmp_path / "s.duckdb"))
    finally:
        pile.chmod(0o755)
    assert res.returncode == 1 and "cannot read" in one_line(res.stderr)


# -- 1, 3, 4. Ctrl-C, the writer's lock, resuming -------------------------------------------------------
def test_ctrl_c_exits_130_other_commands_name_the_writer_and_the_rerun_resumes(tmp_path: Path, pile: Path) -> None:
    db = tmp_path / "s.duckdb"
    # enough articles (300) that the run is still parsing when it is interrupted, however fast the machine; one
    # JSON Lines file, so that ingesting them takes no longer than the three small files did
    texts = list(GOOD.values())
    records = [{"id": f"more-{i}", "title": f"Report {i}", "published": "2024-04-24",
                "text": f"Report {i}. " + texts[i % len(texts)].split("\n\n", 1)[-1]} for i in range(300)]
    (pile / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    n_articles = 3 + len(records)
    env = {**os.environ, "COLUMNS": "300"}
    env.pop("TIDINGS_DEBUG", None)
    # SIGINT as a terminal's: a suite started in the background (`make test &`) ignores it, and children inherit that
    run = subprocess.Popen([sys.executable, "-m", "tidings.cli", "run", str(pile), "--db", str(db)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    lock = Path(str(db) + ".lock")
    deadline = time.time() + 120
    while time.time() < deadline and not lock.exists():
        assert run.poll() is None, run.communicate()
        time.sleep(0.1)
    assert lock.exists(), "the writer records itself beside the store"
    time.sleep(3)  # ingest of three small files is done well before spaCy has loaded for the nlp stage
    # while the run holds the store: one line saying which process, since when, and what to do
    res = tidings_cli("stories", "--db", str(db))
    line = one_line(res.stderr)
    assert res.returncode == 1
    assert f"pid {run.pid}" in line and "tidings run" in line and "since" in line and "wait" in line
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole process group
    out, err = run.communicate(timeout=120)
    assert run.returncode == 130, (out[-800:], err[-800:])
    assert re.fullmatch(r"interrupted; [\d,]+ articles committed, run again to resume", one_line(err))
    assert not lock.exists()
    again = tidings_cli("run", str(pile), "--db", str(db))
    assert again.returncode == 0, again.stderr
    resumed = re.search(r"resuming: ([\d,]+) articles pending in later stages", again.stdout)
    assert resumed and int(resumed.group(1).replace(",", "")) == n_articles and "Nothing new" not in again.stdout
    third = tidings_cli("run", str(pile), "--db", str(db))
    assert "Nothing new" in third.stdout and "resuming" not in third.stdout


# -- 2. read-only reads, queries only, exports never onto a store ------------------------------------
def test_read_commands_open_the_store_read_only(ingested: Path) -> None:
    held = duckdb.connect(str(ingested), read_only=True)  # another reader: fine for readers, not for a writer
    try:
        for args in (["stories"], ["db", "info"], ["sql", "SELECT count(*) AS n FROM articles"],
                     ["export", "--what", "articles", "--format", "jsonl"]):
            res = tidings_cli(*args, "--db", str(ingested))
            assert res.returncode == 0, (args, res.stderr)
    finally:
        held.close()


def test_a_read_command_after_a_killed_writer_finishes_its_recovery(ingested: Path) -> None:
    # a writer that committed and was killed before its checkpoint leaves its log beside the store
    killed = ("import os, sys, tidings; t = tidings.open(sys.argv[1]); t.store.con.execute(\"UPDATE articles "
              "SET title = 'Title after the kill' WHERE article_id = (SELECT min(article_id) FROM articles)\"); os._exit(0)")
    subprocess.run([sys.executable, "-c", killed, str(ingested)], check=True)
    wal = Path(str(ingested) + ".wal")
    assert wal.exists()
    res = tidings_cli("sql", "SELECT count(*) AS n FROM articles WHERE title = 'Title after the kill'", "--json",
                      "--db", str(ingested))
    assert res.returncode == 0 and json.loads(res.stdout) == {"n": 1}, res.stderr
    assert not wal.exists(), "the log is replayed into the store (and its indexes rebuilt), not read around"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_read_commands_work_on_a_read_only_file(ingested: Path) -> None:
    ingested.chmod(0o444)
    res = tidings_cli("sql", "SELECT count(*) AS n FROM articles", "--json", "--db", str(ingested))
    assert res.returncode == 0 and json.loads(res.stdout)["n"] == 3


def test_sql_runs_queries_only(ingested: Path) -> None:
    for bad in ("DROP TABLE articles", "SELECT 1; DROP TABLE articles", "DELETE FROM articles",
                "COPY articles TO 'x.csv'", "ATTACH 'other.duckdb'"):
        res = tidings_cli("sql", bad, "--db", str(ingested))
        assert res.returncode == 1 and "queries only" in one_line(res.stderr), bad
    res = tidings_cli("sql", "SELECT count(*) AS n FROM articles", "--json", "--db", str(ingested))
    assert res.returncode == 0 and json.loads(res.stdout) == {"n": 3}
    info = tidings_cli("db", "info", "--db", str(ingested))
    assert info.returncode == 0 and "articles" in info.stdout


def test_export_never_overwrites_a_store(ingested: Path, tmp_path: Path) -> None:
    res = tidings_cli("export", "--what", "articles", "-o", str(ingested), "--db", str(ingested))
    assert res.returncode == 1 and "onto the store itself" in one_line(res.stderr)
    other = tmp_path / "other.duckdb"
    shutil.copy(ingested, other)
    res = tidings_cli("export", "--what", "articles", "-o", str(other), "--db", str(ingested))
    assert res.returncode == 1 and "--force" in one_line(res.stderr)
    with duckdb.connect(str(other), read_only=True) as con:  # both stores intact
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert tidings_cli("sql", "SELECT 1", "--db", str(ingested)).returncode == 0
    res = tidings_cli("export", "--what", "articles", "-o", str(other), "--force", "--db", str(ingested))
    assert res.returncode == 0 and len(other.read_text().splitlines()) == 3


# -- 3. inputs in the Python API ---------------------------------------------------------------------------
def test_api_expands_home_and_variables_and_refuses_missing_inputs(tmp_path: Path, pile: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NEWS_DIR", str(pile))
    with tidings.open(tmp_path / "api.duckdb") as t:
        with pytest.raises(InputError, match="no such file"):
            t.run(["~/nothing-here/"])
        assert t.query("SELECT count(*) AS n FROM runs") == [{"n": 0}]
        assert t.ingest(["~/pile/"]).articles_new == 3
        assert t.ingest(["$NEWS_DIR"]).articles_known == 0  # same files: skipped, not re-read


# -- 8. the README's Python example ---------------------------------------------------------------------------
def _readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"From Python:\s*```python\n(.*?)```", text, re.S).group(1)


@pytest.mark.parametrize("guarded", [True, False])
def test_readme_python_example_runs_as_a_script(tmp_path: Path, pile: Path, guarded: bool) -> None:
    code = _readme_example()
    if not guarded:  # as people also write it: no __main__ guard
        head, _, body = code.partition('if __name__ == "__main__":')
        code = head + textwrap.dedent(body.split("\n", 1)[1])
    (tmp_path / "news").mkdir()
    shutil.copytree(pile, tmp_path / "news" / "pile")
    for i in range(40):  # enough files that ingest starts its worker processes
        (tmp_path / "news" / "pile" / f"copy{i}.txt").write_text(
            GOOD["geneva.txt"].replace("Saturday", f"Saturday ({i})"), encoding="utf-8")
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp_path)}
    res = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=900)
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr and "lock" not in res.stderr.lower()
    with duckdb.connect(str(tmp_path / "us-china.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 43
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 1  # the script ran once, not per worker
    assert len((tmp_path / "articles.jsonl").read_text().splitlines()) == 43
