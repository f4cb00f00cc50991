"""Input paths to files: each file once, hidden things skipped, overlapping arguments tolerated."""

from __future__ import annotations

from pathlib import Path

from tidings.ingest.walk import walk


def _tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    for rel in ["a.txt", "sub/b.html", "sub/deeper/c.jsonl", ".git/config", "sub/.DS_Store", ".hidden.txt"]:
        (root / rel).write_text("x")


def test_each_file_once_in_sorted_order_even_when_arguments_overlap(tmp_path: Path) -> None:
    _tree(tmp_path)
    got = list(walk([tmp_path / "sub", tmp_path, tmp_path / "sub" / "b.html", tmp_path / "a.txt"]))
    rel = [str(Path(p).relative_to(tmp_path)) for p in got]
    assert rel == ["a.txt", "sub/b.html", "sub/deeper/c.jsonl"]


def test_a_named_hidden_file_and_a_missing_path_are_yielded(tmp_path: Path) -> None:
    _tree(tmp_path)
    got = list(walk([tmp_path / ".hidden.txt", tmp_path / "nope.txt"]))
    assert got == [str(tmp_path / ".hidden.txt"), str(tmp_path / "nope.txt")]


def test_a_sibling_folder_with_a_common_prefix_is_not_taken_for_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news2").mkdir()
    (tmp_path / "news" / "a.txt").write_text("x")
    (tmp_path / "news2" / "b.txt").write_text("x")
    got = [Path(p).name for p in walk([tmp_path / "news", tmp_path / "news2"])]
    assert got == ["a.txt", "b.txt"]


def test_a_hidden_file_named_inside_a_given_folder_is_still_read(tmp_path: Path) -> None:
    _tree(tmp_path)
    got = [str(Path(p).relative_to(tmp_path)) for p in walk([tmp_path, tmp_path / ".hidden.txt"])]
    assert got == ["a.txt", "sub/b.html", "sub/deeper/c.jsonl", ".hidden.txt"]
