"""Shared fixtures: every test gets its own app folders and a fresh project."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface and the report follow the system language (LANGUAGE, LC_ALL, LANG): the
# suite runs in English whatever the developer's locale; a test that wants another
# language says so.
os.environ["LANGUAGE"] = "en"

from ikt_desktop.services.demo import build_demo
from ikt_desktop.services.project import Project


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every app folder (data, config, logs, QSettings) at this test's tmp_path."""
    home = tmp_path / "home"
    monkeypatch.setenv("IKT_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A fresh, empty project with a current coder."""
    p = Project.create(tmp_path / "study.ikt", "Test study")
    p.coders.ensure_current("Tester")
    yield p
    p.close()


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.ikt"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(_demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo project (closed; open it yourself)."""
    path = tmp_path / "demo.ikt"
    shutil.copyfile(_demo_master, path)
    return path


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Project]:
    p = Project.open(demo_path)
    yield p
    p.close()
