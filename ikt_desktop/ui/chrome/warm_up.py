"""Imports for opening a project, done while the empty window waits.

The empty window imports no service and no pane (start-up is the interpreter, Qt and the
window's chrome). Opening a project needs SQLAlchemy, the models, the services the window
reads first and the panes: about 0.6 s of imports. After the empty window's first paint,
:class:`WarmUp` imports them one module per turn of the event loop (the window stays
responsive between modules), so that File ▸ Open, which takes a user at least a menu and a
file dialog, finds them loaded. The heavy modules of single features (python-docx,
openpyxl, lxml, cryptography, the importers and exporters, the report's charts) are not on
the list: they are imported on first use.
"""

from __future__ import annotations

import importlib
import logging
import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# what opening a project file imports (tests/ui/test_startup_imports.py checks that after
# these, opening one imports none of our modules but a few)
WARM_MODULES = (
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "ikt_desktop.db.models",
    "ikt_desktop.db.store",
    "ikt_desktop.services.project",
    "ikt_desktop.services.coders",
    "ikt_desktop.services.sources",
    "ikt_desktop.services.coding.codebook",
    "ikt_desktop.services.coding.codings",
    "ikt_desktop.services.coding.segments",
    "ikt_desktop.services.coding.guide",
    "ikt_desktop.services.participants",
    "ikt_desktop.services.memos",
    "ikt_desktop.services.media.recordings",
    "ikt_desktop.services.media.turn_times",
    "ikt_desktop.services.query.search",
    "ikt_desktop.services.query.saved_queries",
    "ikt_desktop.services.analysis.matrices",
    "ikt_desktop.services.analysis.charts",
    "ikt_desktop.ui.shell.commands",
    "ikt_desktop.ui.coding.transcript_pane",
    "ikt_desktop.ui.codebook.pane",
    "ikt_desktop.ui.query.query_pane",
    "ikt_desktop.ui.media.panel",
    "ikt_desktop.ui.analysis.tab",
    "ikt_desktop.ui.shell.workspace",
    "ikt_desktop.ui.codebook.autocode_actions",
    "ikt_desktop.ui.privacy.pseudonym_actions",
    "ikt_desktop.ui.team.coder_bar",
)


class WarmUp(QObject):
    """Imports ``modules`` after ``window``'s first paint, one per event-loop turn."""

    finished = Signal()

    def __init__(self, window: QWidget, modules: tuple[str, ...] = WARM_MODULES) -> None:
        super().__init__(window)
        self._left = list(modules)
        self._started = False
        self.done = False
        self.seconds = 0.0  # the imports' time, for the log
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._started:
            self._started = True
            QTimer.singleShot(0, self._step)  # after the paint has ended
        return False

    def _step(self) -> None:
        if not self._left:
            self.done = True
            log.info("warmed up: %.2f s of imports for opening a project", self.seconds)
            self.finished.emit()
            return
        started = time.perf_counter()
        importlib.import_module(self._left.pop(0))
        self.seconds += time.perf_counter() - started
        QTimer.singleShot(0, self._step)
