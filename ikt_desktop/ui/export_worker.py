"""Runs exports off the GUI thread: each job writes one file, reports progress, and stops
when the user cancels (the file is then not written: exporters write atomically)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QThread, Signal

from ikt_desktop.domain.errors import Cancelled, UserError
from ikt_desktop.domain.progress import Progress

log = logging.getLogger(__name__)

Job = tuple[str, Callable[[Progress], str]]  # (what, write(progress) -> what was written)


@dataclass(frozen=True)
class ExportOutcome:
    written: tuple[str, ...]  # one line per file written
    error: str  # the first failure, naming the file and the reason
    cancelled: bool


class ExportWorker(QObject):
    """Move to a QThread (see :func:`start_export`)."""

    progress = Signal(int, int, str)  # done, total, what (per job, 0..total)
    done = Signal(object)  # ExportOutcome

    def __init__(self, jobs: list[Job]) -> None:
        super().__init__()
        self._jobs = jobs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int, what: str) -> None:
        if self._cancel.is_set():
            raise Cancelled("the export")
        self.progress.emit(done, total, what)

    def run(self) -> None:
        written: list[str] = []
        error, cancelled = "", False
        for name, job in self._jobs:
            try:
                written.append(job(self._report))
            except Cancelled:
                cancelled = True
                break
            except UserError as exc:
                error = str(exc)
                break
            except Exception as exc:  # a bug: report it instead of dying silently
                log.exception("export of %s failed", name)
                error = f"{name}: unexpected error ({exc})"
                break
        self.done.emit(ExportOutcome(tuple(written), error, cancelled))


def start_export(worker: ExportWorker, parent: QObject) -> QThread:
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
