"""Rules that keep the code base in shape: Qt only in ui/, layers, no network."""

from __future__ import annotations

import ast
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ikt_desktop.services.demo import build_demo
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
        "import sys, ikt_desktop.cli, ikt_desktop.services.demo, ikt_desktop.app;"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr


def test_main_flows_open_no_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Invariant 8: no code path opens a socket."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a network socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    path = tmp_path / "offline.ikt"
    build_demo(path).close()
    with Project.open(path) as p:
        src = p.sources.all()[0].id
        code = p.codebook.create("Offline").value.id
        p.codings.apply(src, code, 0, 10)
        assert p.info().sources == 8
    assert check(path) == []
