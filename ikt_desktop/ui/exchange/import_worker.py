"""Runs a batch import off the GUI thread: one transaction per file, progress, Cancel."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.domain.errors import UserError
from ikt_desktop.services.exchange.imports import (
    ImportPlan,
    ImportPreview,
    ImportResult,
    ImportService,
)
from ikt_desktop.ui.shell.background import start_in_thread

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchOutcome:
    results: tuple[ImportResult, ...]
    failures: tuple[str, ...]  # one line per failed file, naming it
    changes: ChangeSet
    cancelled: bool


class ImportWorker(QObject):
    """Move to a QThread (see :func:`start_import`); emits ``progress`` per file and
    ``done`` once with a :class:`BatchOutcome`."""

    progress = Signal(int, str)  # files finished so far, the file being imported
    done = Signal(object)

    def __init__(self, service: ImportService, jobs: list[tuple[ImportPreview, ImportPlan]]):
        super().__init__()
        self._service, self._jobs = service, jobs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        results: list[ImportResult] = []
        failures: list[str] = []
        changes = ChangeSet()
        for i, (preview, plan) in enumerate(self._jobs):
            if self._cancel.is_set():
                break
            self.progress.emit(i, preview.path.name)
            try:
                outcome = self._service.import_file(preview, plan)
            except UserError as exc:
                failures.append(str(exc))
                continue
            except Exception as exc:  # a bug must not lose the rest of the batch
                log.exception("import of %s failed", preview.path)
                failures.append(
                    QCoreApplication.translate(
                        "ImportWorker", "{name}: unexpected error ({exc})"
                    ).format(name=preview.path.name, exc=exc)
                )
                continue
            results.append(outcome.value)
            changes += outcome.changes
        self.progress.emit(len(self._jobs), "")
        self.done.emit(BatchOutcome(tuple(results), tuple(failures), changes,
                                    self._cancel.is_set()))  # fmt: skip


def start_import(worker: ImportWorker, parent: QObject) -> QThread:
    return start_in_thread(worker, parent)
