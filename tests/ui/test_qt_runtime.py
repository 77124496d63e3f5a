"""The PySide6 guard (docs/ARCHITECTURE.md): no Qt build that leaks references to None."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject


def test_void_qt_calls_keep_the_refcount_of_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(10_000):
        obj.setObjectName(f"n{i % 7}")  # a void method: returns None
    after = sys.getrefcount(None)
    # A leaking build takes one reference per call (10,000); noise is a few dozen.
    assert after >= before - 100, f"refcount of None dropped by {before - after}"


def test_pyside6_version_is_the_pinned_one() -> None:
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), "PySide6 6.12 corrupts None on Python 3.11"
