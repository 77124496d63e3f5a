"""The headless CLI contract, run as a real process (python -m ikt_desktop)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ikt_desktop import __version__
from ikt_desktop.db import migrate

INT_KEYS = ("sources", "participants", "speakers", "turns", "words", "codes", "codings",
            "coders", "themes", "memos")  # fmt: skip


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IKT_DESKTOP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "ikt_desktop", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_demo_then_info_json(tmp_path: Path, app_home: Path) -> None:
    d = tmp_path / "d.ikt"
    made = run("demo", str(d), home=app_home)
    assert made.returncode == 0, made.stderr
    out = run("info", str(d), "--json", home=app_home)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert all(isinstance(info[k], int) for k in INT_KEYS)
    assert (info["sources"], info["participants"], info["coders"]) == (8, 8, 2)
    assert info["words"] > 16000 and info["codings"] > 100
    assert info["schema"] == migrate.head_revision()
    human = run("info", str(d), home=app_home).stdout
    assert "participants: 8" in human


def test_new_and_check(tmp_path: Path, app_home: Path) -> None:
    (tmp_path / "work").mkdir()
    p = tmp_path / "work" / "empty.ikt"
    made = run("new", str(p), "--title", "Pilot study", "--json", home=app_home)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["title"] == "Pilot study"
    info = json.loads(run("info", str(p), "--json", home=app_home).stdout)
    assert info["sources"] == 0 and info["title"] == "Pilot study"
    checked = run("check", str(p), home=app_home)
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok")
    assert sorted(x.name for x in p.parent.iterdir()) == ["empty.ikt"]


@pytest.mark.parametrize("command", ["info", "check"])
def test_bad_file_gives_one_line_naming_the_file(
    tmp_path: Path, app_home: Path, command: str
) -> None:
    bad = tmp_path / "notes.ikt"
    bad.write_text("Interviewer: hello\n")
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    out = run(command, str(bad), home=app_home)
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "not an iKT Desktop project" in lines[0]
    assert out.stdout == ""
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before


def test_new_refuses_to_overwrite(tmp_path: Path, app_home: Path) -> None:
    existing = tmp_path / "mine.ikt"
    existing.write_text("precious")
    out = run("new", str(existing), home=app_home)
    assert out.returncode != 0 and "already exists" in out.stderr
    assert existing.read_text() == "precious"


def test_check_reports_damage(tmp_path: Path, app_home: Path) -> None:
    p = tmp_path / "p.ikt"
    run("new", str(p), home=app_home)
    data = bytearray(p.read_bytes())
    data[len(data) // 2 :] = b"\x00" * (len(data) - len(data) // 2)
    p.write_bytes(bytes(data))
    out = run("check", str(p), home=app_home)
    assert out.returncode != 0 and str(p) in out.stderr + out.stdout


def test_version(app_home: Path) -> None:
    out = run("--version", home=app_home)
    assert out.returncode == 0 and __version__ in out.stdout
