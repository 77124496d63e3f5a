"""App folders (platformdirs). ``IKT_DESKTOP_HOME`` puts them all under one folder, which
tests point at ``tmp_path`` so no test touches the real user's folders."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "iKT Desktop"
HOME_ENV = "IKT_DESKTOP_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    home = _home()
    return _ensure(home / "data" if home else platformdirs.user_data_path(APP_DIR_NAME, False))


def config_dir() -> Path:
    home = _home()
    return _ensure(home / "config" if home else platformdirs.user_config_path(APP_DIR_NAME, False))


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "logs" if home else platformdirs.user_log_path(APP_DIR_NAME, False))


def demo_dir() -> Path:
    """Where ``--demo`` writes its fresh copies."""
    return _ensure(data_dir() / "demo")
