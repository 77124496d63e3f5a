"""Damage found early (issue 21, item 8): ``check`` runs every check the file has
(structure with every index, the FTS5 index, foreign keys), each finding one line; a
damaged index refuses opening for writing, and the file is left exactly as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from ikt_desktop.cli.main import run
from ikt_desktop.domain.errors import NotAProjectError
from ikt_desktop.services.project import Project, check

PAGE = 4096


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _damage_an_index(path: Path) -> None:
    """Change the row id an entry of ``ix_code_parent_position`` points at (its last byte):
    the b-tree stays well-formed, so only a full integrity check sees it."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                        "'ix_code_parent_position'").fetchone()[0]  # fmt: skip
    conn.close()
    page = (root - 1) * PAGE
    data = path.read_bytes()
    assert data[page] == 0x0A, "a leaf index page"
    cell = page + int.from_bytes(data[page + 8 : page + 10], "big")
    payload = data[cell]
    assert payload < 0x80, "a one-byte payload size"
    _flip(path, cell + payload)  # the cell's last payload byte: the row id


def _damage_the_search_index(path: Path) -> None:
    """Flip one bit inside the biggest FTS5 data block (its bytes, not the b-tree's)."""
    conn = sqlite3.connect(path)
    block = conn.execute(
        "SELECT block FROM search_fts_data ORDER BY length(block) DESC"
    ).fetchone()[0]
    conn.close()
    middle = bytes(block[len(block) // 2 : len(block) // 2 + 48])
    at = path.read_bytes().find(middle)
    assert at > 0
    _flip(path, at + 24)


@pytest.mark.parametrize("damage", [_damage_an_index, _damage_the_search_index])
def test_check_finds_it_in_one_line_and_writing_is_refused(
    demo_path: Path,
    damage,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    assert check(demo_path) == []
    damage(demo_path)
    before = _digest(demo_path)
    problems = check(demo_path)
    assert len(problems) == 1 and "\n" not in problems[0]
    assert problems[0].startswith("the file is damaged: ")
    with pytest.raises(NotAProjectError, match="the file is damaged") as caught:
        Project.open(demo_path)
    assert "\n" not in str(caught.value)
    assert run(["check", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "damaged" in out
    assert _digest(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir() if p.name != "home") == ["demo.ikt"]


def test_a_hundred_findings_are_one_line(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE coding SET source_id = source_id + 1000")
    conn.commit()
    conn.close()
    problems = check(demo_path)
    assert len(problems) == 1
    assert problems[0].startswith("broken links between rows: row ")
    assert "more problem(s); details in the log" in problems[0]


def test_checked_later_a_damaged_index_refuses_the_first_write(demo_path: Path) -> None:
    """The app opens with the quick check and runs the thorough one in the background
    (a large project opens ~0.6 s sooner): the first write waits for it, and the damage
    it finds refuses that write and every later one, in one line; the file's pages are
    left as they were (only the header's journal-mode bytes are set and reset)."""
    _damage_an_index(demo_path)
    before = demo_path.read_bytes()
    project = Project.open(demo_path, check_later=True)  # the quick check passes
    try:
        with pytest.raises(NotAProjectError, match="nothing was written") as caught:
            project.codebook.create("Written on damage?")
        assert "\n" not in str(caught.value) and "the file is damaged" in str(caught.value)
        assert not project.checking and project.damage_found() is not None
        with pytest.raises(NotAProjectError):
            project.codebook.create("Again?")
    finally:
        project.close()
    after = demo_path.read_bytes()
    assert len(after) == len(before)
    changed = [i for i in range(len(before)) if before[i] != after[i]]
    assert all(i < 100 for i in changed), changed[:10]  # the 100-byte header only


def test_checked_later_a_sound_file_is_written_as_usual(demo_path: Path) -> None:
    with Project.open(demo_path, check_later=True) as project:
        project.codebook.create("After the check")
        assert not project.checking and project.damage_found() is None
    with Project.open(demo_path, read_only=True) as again:
        assert any(c.name == "After the check" for c in again.codebook.all())
