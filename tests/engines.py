"""Helpers for tests that run on both engines (see tests/conftest.py)."""

from __future__ import annotations

import pytest


def sqlite_only(db_engine: str, why: str) -> None:
    """Skip the PostgreSQL run of a test that is about project files, saying why."""
    if db_engine != "sqlite":
        pytest.skip(f"project files only: {why}")
