"""``ikt-desktop merge PROJECT.ikt OTHER.ikt [--dry-run] [--json]`` as a real process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.unit.test_cli import run
from tests.unit.test_merge import digest, teammate_copy


def test_dry_run_changes_nothing_then_merge_writes_a_backup(
    demo_path: Path, tmp_path: Path, app_home: Path
) -> None:
    other = teammate_copy(demo_path, tmp_path)
    ours_before, other_before = digest(demo_path), digest(other)
    dry = run("merge", str(demo_path), str(other), "--dry-run", "--json", home=app_home)
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)
    assert planned["dry_run"] is True and "backup" not in planned
    assert planned["codings"]["added"] == 7 and planned["codes"]["added"] == 1
    assert planned["sources"]["matched_by"] == {"guid": 8}
    assert planned["conflicts"] == [] and planned["near_duplicates"] == []
    (filled,) = planned["filled"]
    assert (filled["kind"], filled["field"]) == ("code", "example") and filled["name"]
    assert digest(demo_path) == ours_before and digest(other) == other_before

    done = run("merge", str(demo_path), str(other), "--json", home=app_home)
    assert done.returncode == 0, done.stderr
    merged = json.loads(done.stdout)
    assert Path(merged["backup"]).is_file() and digest(Path(merged["backup"])) != ""
    assert {k: merged[k] for k in ("codes", "codings")} == {
        k: planned[k] for k in ("codes", "codings")
    }
    assert digest(other) == other_before

    again = run("merge", str(demo_path), str(other), home=app_home)
    assert again.returncode == 0, again.stderr
    assert "nothing to add" in again.stdout and "0 added" in again.stdout


def test_bad_input_exits_1_with_one_line(demo_path: Path, tmp_path: Path, app_home: Path) -> None:
    notes = tmp_path / "notes.ikt"
    notes.write_text("not a project", encoding="utf-8")
    before = digest(demo_path)
    out = run("merge", str(demo_path), str(notes), home=app_home)
    assert out.returncode == 1  # a file problem (2 is for usage)
    assert out.stderr.count("\n") == 1 and "notes.ikt" in out.stderr
    assert "not an iKT Desktop project" in out.stderr
    same = run("merge", str(demo_path), str(demo_path), "--dry-run", home=app_home)
    assert same.returncode == 1 and "the open project itself" in same.stderr
    assert digest(demo_path) == before
