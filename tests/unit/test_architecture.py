"""Rules that keep the code base in shape: Qt only in ui/, layers, no network."""

from __future__ import annotations

import ast
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ikt_desktop.db.cipher import Password
from ikt_desktop.domain.report.rules import ReportOptions
from ikt_desktop.services.demo import build_demo
from ikt_desktop.services.exchange.imports import plan_from
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots
from ikt_desktop.services.privacy.security import encrypt_project
from ikt_desktop.services.project import Project, check

PACKAGE = Path(__file__).resolve().parents[2] / "ikt_desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        qt = {m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES}
        if qt:
            offenders.append(f"{path.relative_to(PACKAGE.parent)}: {sorted(qt)}")
    assert offenders == []


def test_the_architecture_check_catches_a_leak(tmp_path: Path) -> None:
    leaky = tmp_path / "leak.py"
    leaky.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in imported_modules(leaky)


def test_import_linter_contracts_hold() -> None:
    """The contracts in pyproject.toml: Qt only in ui/, and the layers."""
    beside_python = Path(sys.executable).parent / "lint-imports"
    command = str(beside_python) if beside_python.exists() else shutil.which("lint-imports")
    assert command, "import-linter is part of the test extra: pip install -e '.[test]'"
    out = subprocess.run(
        [command, "--no-cache"], cwd=PACKAGE.parent, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_headless_layers_do_not_load_qt() -> None:
    code = (
        "import sys, ikt_desktop.cli.main, ikt_desktop.services.demo, ikt_desktop.app;"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr


def test_main_flows_open_no_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Invariant 8: no code path opens a socket. The main flows run with every way of
    opening one refused and recorded (recorded too, in case some code swallows errors):
    create, import, code, edit a transcript, theme, agreement, merge, snapshot, and every
    export and exchange file."""
    attempts: list[str] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(repr(args)[:80])
        raise AssertionError("a network socket was opened")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)
    path = tmp_path / "offline.ikt"
    build_demo(path).close()
    transcript = tmp_path / "P9 interview.vtt"
    transcript.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana>Why did you join?</v>\n\n"
        "00:00:05.000 --> 00:00:09.000\n<v P9>Because of my MS 👍 and to give back.</v>\n",
        encoding="utf-8",
    )
    with Project.open(path) as p:
        preview = p.imports.preview(transcript)
        p.imports.import_file(preview, plan_from(preview))
        src = p.sources.all()[0].id
        code = p.codebook.create("Offline").value.id
        p.codings.apply(src, code, 0, 10)
        text = p.sources.text(src)
        p.text_edits.edit_text(src, text.replace("um,", "um ,", 1))
        p.themes.create("Working offline", code_ids=[code])
        coders = [c.id for c in p.coders.all()]
        p.codings.apply(src, code, 5, 20, coder_id=coders[1])  # a second coder, same source
        p.agreement.compare(coders[:2])
        p.report.write(tmp_path / "r.docx", ReportOptions())
        p.workbook.write(tmp_path / "w.xlsx")
        p.exchange.export_qdpx(tmp_path / "p.qdpx")
        p.exchange.export_qdc(tmp_path / "c.qdc")
        ProjectSnapshots.for_store(p.store).take("offline test")
        assert p.info().sources == 9
    import_qdpx(tmp_path / "p.qdpx", tmp_path / "from-qdpx.ikt")[0].close()
    other = tmp_path / "other.ikt"
    build_demo(other).close()
    with Project.open(path) as p, p.merge.open_other(other) as handle:
        p.merge.merge(handle)
    key = Password("offline secret")  # encrypted projects: encrypt, open, snapshot, merge
    encrypt_project(other, key)
    with Project.open(other, password=key) as p:
        ProjectSnapshots.for_store(p.store).take("offline test")
    with Project.open(path) as p, p.merge.open_other(other, password=key) as handle:
        p.merge.merge(handle)
    assert attempts == []
    assert check(path) == []
