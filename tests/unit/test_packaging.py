"""The wheel's package list (written by hand, see pyproject.toml) stays complete, and the
PyInstaller spec bundles every Qt module the app imports and the FFmpeg media backend."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_python_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "ikt_desktop").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    mapped = config["tool"]["setuptools"]["package-dir"]
    assert mapped == {"ikt_desktop._resources": "resources", "ikt_desktop._docs": "docs"}
    assert (ROOT / "resources" / "demo" / "study.toml").is_file()
    assert (ROOT / "docs" / "user-guide.md").is_file()  # the in-app help shows it


def test_translations_ship_in_the_wheel_and_the_bundle() -> None:
    """Every .ts has its compiled .qm beside it in resources/i18n (the wheel takes
    resources/** as package data; the spec copies resources/ and requires the .qm), the
    report's translations are there, and the spec keeps Qt's own qtbase_<lang>.qm."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-data"]["ikt_desktop._resources"] == ["**/*"]
    i18n = ROOT / "resources" / "i18n"
    sources = sorted(p.stem for p in i18n.glob("ikt_desktop_*.ts"))
    assert sources == ["ikt_desktop_de", "ikt_desktop_en", "ikt_desktop_es", "ikt_desktop_fr"]
    assert sorted(p.stem for p in i18n.glob("ikt_desktop_*.qm")) == sources
    assert sorted(p.stem for p in (i18n / "report").glob("*.toml")) == ["de", "es", "fr"]
    assert (i18n / "GLOSSARY.md").is_file()
    spec = (ROOT / "build_installer.spec").read_text(encoding="utf-8")
    assert 'INTERFACE_LANGUAGES = ("fr", "de", "es")' in spec
    assert "return rest[-1] in KEEP_TRANSLATIONS" in spec and "*QM_FILES" in spec


def _spec_constants() -> dict[str, object]:
    """The spec's plain settings (QT_EXCLUDES' module names, KEEP_PLUGINS, DROP_QT_LIBS),
    read without running it (running it needs PyInstaller and builds)."""
    tree = ast.parse((ROOT / "build_installer.spec").read_text(encoding="utf-8"))
    found: dict[str, object] = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id
        if name in ("KEEP_PLUGINS", "DROP_QT_LIBS"):
            found[name] = ast.literal_eval(node.value)
        elif name == "QT_EXCLUDES":
            found[name] = {
                c.value for c in ast.walk(node.value)
                if isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value.isalnum()
            }  # fmt: skip
    return found


def test_the_installer_bundles_every_qt_module_the_app_imports() -> None:
    spec = _spec_constants()
    excluded = spec["QT_EXCLUDES"]
    assert isinstance(excluded, set) and "QtQuick" in excluded
    imported = set()
    for path in (ROOT / "ikt_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                imported.add(node.module.split(".")[1])
    assert "QtMultimedia" in imported  # recordings (issue 17)
    # and what those bindings import in turn (QtMultimedia needs QtNetwork), in a fresh
    # interpreter: this test process stays free of Qt
    probe = (
        "import importlib, sys\n"
        + "".join(f"importlib.import_module('PySide6.{name}')\n" for name in sorted(imported))
        + "print(' '.join(m.split('.')[1] for m in sys.modules if m.startswith('PySide6.Qt')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, env=env)  # fmt: skip
    loaded = set(done.stdout.split())
    assert imported <= loaded
    assert not loaded & excluded, f"needed but excluded from the bundle: {loaded & excluded}"


def test_the_installer_keeps_the_ffmpeg_media_backend_and_what_it_links() -> None:
    spec = _spec_constants()
    keep = spec["KEEP_PLUGINS"]
    assert isinstance(keep, dict)
    assert {"libffmpegmediaplugin", "ffmpegmediaplugin"} <= keep["multimedia"]
    dropped = spec["DROP_QT_LIBS"]
    assert isinstance(dropped, tuple) and "Qt6MultimediaWidgets" in dropped
    found = importlib.util.find_spec("PySide6")  # where it is, without importing Qt
    folders = list(found.submodule_search_locations or []) if found else []
    plugin = next((Path(f, "Qt", "plugins", "multimedia", "libffmpegmediaplugin.so")
                   for f in folders), None)  # fmt: skip
    if plugin is None or not plugin.is_file() or shutil.which("ldd") is None:
        pytest.skip("the FFmpeg plugin's libraries are read with ldd on Linux")
    linked = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    names = re.findall(r"lib(Qt6\w+|av\w+|sw\w+)\.so", linked.stdout)
    assert {"avcodec", "avformat", "avutil", "swresample", "swscale", "Qt6Multimedia"} <= set(
        names)  # fmt: skip
    assert not set(names) & set(dropped), f"the plugin needs {set(names) & set(dropped)}"
