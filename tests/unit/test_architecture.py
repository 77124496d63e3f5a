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
        p.report.write(tmp_path / "r.docx", ReportOptions(accept_found_names=True))
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


# -- no import cycles ------------------------------------------------------------------------


def import_graph(root: Path, package: str | None) -> dict[str, set[str]]:
    """Every module under ``root`` and the modules it imports (at any depth of the code:
    TYPE_CHECKING blocks and imports inside functions count too, since a cycle hidden in a
    function is still a cycle). ``package`` names ``root`` as a package (None for a folder of
    scripts such as bench/, whose modules import each other by bare name)."""
    names: dict[Path, str] = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[path] = ".".join([package, *parts] if package else parts)
    modules = set(names.values())
    graph: dict[str, set[str]] = {}
    for path, name in names.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name in modules)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    if sub in modules:
                        edges.add(sub)
                    elif node.module in modules:
                        edges.add(node.module)
        edges.discard(name)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_in_the_package() -> None:
    assert cycles(import_graph(PACKAGE, "ikt_desktop")) == []


def test_no_import_cycle_in_bench() -> None:
    assert cycles(import_graph(PACKAGE.parent / "bench", None)) == []


def test_the_cycle_check_finds_a_cycle(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg.sub import b\n")
    (pkg / "sub" / "b.py").write_text("def f():\n    import pkg.c\n")
    (pkg / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n"
    )
    (pkg / "d.py").write_text("from pkg import a\n")
    assert cycles(import_graph(pkg, "pkg")) == [["pkg.a", "pkg.c", "pkg.sub.b"]]


def test_no_folder_of_the_package_is_crowded() -> None:
    """The tree reads like the product: no folder holds more than 15 modules side by side."""
    crowded = {
        str(folder.relative_to(PACKAGE.parent)): n
        for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir())]
        if (n := len([f for f in folder.glob("*.py") if f.name != "__init__.py"])) > 15
        and "migrations" not in folder.parts
    }
    assert crowded == {}


def test_every_package_says_what_lives_there() -> None:
    silent = [
        str(init.relative_to(PACKAGE.parent))
        for init in PACKAGE.rglob("__init__.py")
        if "migrations" not in init.parts and not ast.get_docstring(ast.parse(init.read_text()))
    ]
    assert silent == []
