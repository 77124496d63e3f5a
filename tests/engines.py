"""Helpers for tests that run on both engines (see tests/conftest.py)."""

from __future__ import annotations

import pytest

from ikt_desktop.services.project import Project


def sqlite_only(db_engine: str, why: str) -> None:
    """Skip the PostgreSQL run of a test that is about project files, saying why."""
    if db_engine != "sqlite":
        pytest.skip(f"project files only: {why}")


def address(project: Project) -> str:
    """What a command line names the project by: its file, or its team database's URL."""
    return project.store.location
