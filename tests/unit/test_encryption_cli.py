"""The CLI on encrypted projects, as a real process: the password from IKT_DESKTOP_PASSWORD
(or a prompt on a terminal), one-line failures without it or with a wrong one, and
``new --encrypt``, ``encrypt``, ``decrypt``, ``passwd``."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ikt_desktop.cli.security import read_password
from ikt_desktop.domain.errors import PasswordRequiredError, ValidationError
from ikt_desktop.services.project import Project

SECRET = "correct horse 🐎 café"
DATA = Path(__file__).resolve().parent.parent / "data"


def run(*args: str, home: Path, password: str = "", new: str = ""):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if not k.startswith("IKT_DESKTOP_")}
    env["IKT_DESKTOP_HOME"] = str(home)
    if password:
        env["IKT_DESKTOP_PASSWORD"] = password
    if new:
        env["IKT_DESKTOP_NEW_PASSWORD"] = new
    return subprocess.run(
        [sys.executable, "-m", "ikt_desktop", *args], capture_output=True, text=True,
        env=env, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def one_line_failure(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 1, result.stderr  # a file problem (2 is for usage)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for needle in needles:
        assert needle in result.stderr


def test_every_command_opens_an_encrypted_project(tmp_path: Path, app_home: Path) -> None:
    p = tmp_path / "secret.ikt"
    made = run("new", str(p), "--encrypt", "--json", home=app_home, password=SECRET)
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["encrypted"] is True
    digest = hashlib.sha256(p.read_bytes()).hexdigest()
    one_line_failure(run("info", str(p), home=app_home), str(p), "IKT_DESKTOP_PASSWORD")
    one_line_failure(run("info", str(p), home=app_home, password="wrong"), "password is wrong")
    assert hashlib.sha256(p.read_bytes()).hexdigest() == digest
    imported = run("import", str(p), str(DATA / "transcripts" / "teams.vtt"), "--json",
                   home=app_home, password=SECRET)  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    info = json.loads(run("info", str(p), "--json", home=app_home, password=SECRET).stdout)
    assert info["encrypted"] is True and info["sources"] == 1
    for args in (
        ("check", str(p)),
        ("snapshot", str(p)),
        ("snapshots", str(p)),
        ("themes", str(p)),
        ("export", str(p), "--xlsx", str(tmp_path / "w.xlsx")),
    ):
        result = run(*args, home=app_home, password=SECRET)  # fmt: skip
        assert result.returncode == 0, (args, result.stderr)
    one_line_failure(run("snapshots", str(p), home=app_home), "a password is needed")
    for file in [*app_home.rglob("*"), p]:
        if file.is_file():
            assert SECRET.encode() not in file.read_bytes(), file


def test_encrypt_passwd_decrypt(tmp_path: Path, app_home: Path) -> None:
    p = tmp_path / "study.ikt"
    assert run("new", str(p), home=app_home).returncode == 0
    one_line_failure(run("encrypt", str(p), home=app_home), "a new password is needed")
    done = run("encrypt", str(p), "--json", home=app_home, password=SECRET)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "project": str(p.resolve()),
        "encrypted": True,
        "plaintext_copies": 0,
        "deleted": 0,
        "kept": [],
    }
    one_line_failure(run("passwd", str(p), home=app_home, password=SECRET), "new password")
    changed = run("passwd", str(p), home=app_home, password=SECRET, new="second")
    assert changed.returncode == 0, changed.stderr
    one_line_failure(run("decrypt", str(p), home=app_home, password=SECRET), "password is wrong")
    plain = run("decrypt", str(p), "--json", home=app_home, password="second")
    assert plain.returncode == 0, plain.stderr
    info = json.loads(run("info", str(p), "--json", home=app_home).stdout)
    assert info["encrypted"] is False
    one_line_failure(run("decrypt", str(p), home=app_home, password="x"), "not encrypted")


def test_prompted_passwords(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKT_DESKTOP_PASSWORD", raising=False)
    path = tmp_path / "p.ikt"
    answers = iter(["first", "other"])
    with pytest.raises(ValidationError, match="differ"):
        read_password(path, "IKT_DESKTOP_PASSWORD", new=True, prompt=lambda _q: next(answers))
    asked: list[str] = []
    key = read_password(path, "IKT_DESKTOP_PASSWORD", prompt=lambda q: asked.append(q) or "s")
    assert key.matches("s") and asked == ["Password for p.ikt: "]
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    with pytest.raises(PasswordRequiredError, match="IKT_DESKTOP_PASSWORD"):
        read_password(path, "IKT_DESKTOP_PASSWORD")


def test_import_qdpx_encrypt(demo: Project, tmp_path: Path, app_home: Path) -> None:
    demo.exchange.export_qdpx(tmp_path / "study.qdpx")
    target = tmp_path / "from-qdpx.ikt"
    refused = run("import-qdpx", str(tmp_path / "study.qdpx"), str(target), "--encrypt",
                  home=app_home)  # fmt: skip
    one_line_failure(refused, "IKT_DESKTOP_PASSWORD")
    assert not target.exists()
    made = run("import-qdpx", str(tmp_path / "study.qdpx"), str(target), "--encrypt", "--json",
               home=app_home, password=SECRET)  # fmt: skip
    assert made.returncode == 0, made.stderr
    out = json.loads(made.stdout)
    assert out["encrypted"] is True and out["imported"]["codings"] == 159
    assert not target.read_bytes().startswith(b"SQLite format 3")
    one_line_failure(run("info", str(target), home=app_home), "IKT_DESKTOP_PASSWORD")
    info = json.loads(run("info", str(target), "--json", home=app_home, password=SECRET).stdout)
    assert info["encrypted"] is True and info["codings"] == 159
    again = run("import-qdpx", str(tmp_path / "study.qdpx"), str(target), "--encrypt",
                home=app_home, password=SECRET)  # fmt: skip
    one_line_failure(again, "already exists")
    plain = run("import-qdpx", str(tmp_path / "study.qdpx"), str(tmp_path / "plain.ikt"),
                home=app_home)  # fmt: skip
    assert plain.returncode == 0 and "encrypted" not in plain.stdout.splitlines()[0]
