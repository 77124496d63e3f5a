"""A start-up probe for ``bench/startup.py``: with ``IKT_DESKTOP_STARTUP_PROBE`` set to a
file path, the first paint of the main window after :func:`arm` writes the wall-clock time
(``time.time()``, seconds) to that file and closes the window, which ends the run.

The bench starts ``python -m ikt_desktop`` with the variable set and reads the file: start-up
as the user sees it, interpreter start to the window painted, in a fresh process."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "IKT_DESKTOP_STARTUP_PROBE"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self._window = window
        self.path = path
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # the paint of the whole window (children included) ends before this runs
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.path.write_text(f"{time.time():.6f}\n", encoding="utf-8")
        self._window.close()


def arm(window: QWidget) -> None:
    """With the probe's variable set, write the time of ``window``'s next paint and close
    it; without it, nothing."""
    target = os.environ.get(PROBE_ENV)
    if not target:
        return
    window.installEventFilter(_FirstPaint(window, Path(target)))
    window.update()  # a paint comes even when the window was painted before arming
