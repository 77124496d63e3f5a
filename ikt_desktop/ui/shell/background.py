"""Long work off the GUI thread: ``work(progress)`` runs in a QThread with its own
sessions; the progress callback raises Cancelled once the user cancels, so the work stops
at its next report and (writing atomically) leaves nothing behind."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ikt_desktop.domain.errors import Cancelled, UserError
from ikt_desktop.domain.progress import Progress

log = logging.getLogger(__name__)
Work = Callable[[Progress], Any]


class BackgroundWorker(QObject):
    """Runs ``work(progress)``; emits ``progress`` and then ``done`` once with
    (result, error message or "", cancelled)."""

    progress = Signal(int, int, str)
    done = Signal(object, str, bool)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int, what: str) -> None:
        if self._cancel.is_set():
            raise Cancelled("the work")
        self.progress.emit(done, total, what)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.done.emit(None, "", True)
        except UserError as exc:
            self.done.emit(None, str(exc), False)
        except Exception as exc:  # a bug: say so rather than hang a progress dialog
            log.exception("background work failed")
            self.done.emit(
                None,
                QCoreApplication.translate("BackgroundWorker", "unexpected error ({exc})").format(
                    exc=exc
                ),
                False,
            )
        else:
            self.done.emit(result, "", False)


class ThreadWork(Protocol):
    """What a worker object needs to run in its own thread: ``run`` and ``done``."""

    done: SignalInstance

    def run(self) -> None: ...

    def moveToThread(self, thread: QThread) -> bool: ...


def start_in_thread(worker: ThreadWork, parent: QObject | None) -> QThread:
    """Move ``worker`` to a new thread and start it; the thread ends with the work."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # direct: quit the thread's event loop from the thread itself, as soon as it is done
    worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread


class ProgressJob(QObject):
    """``work(progress)`` off the GUI thread with a window-modal progress dialog (shown
    after 400 ms) whose Cancel stops the work at its next report. ``ended`` is emitted
    once, on the GUI thread, with (result, error message or "", cancelled)."""

    ended = Signal(object, str, bool)

    def __init__(self, work: Work, label: str, window: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.worker = BackgroundWorker(work)
        self.runner = QThread(self)
        self.worker.moveToThread(self.runner)
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("ProgressJob", "Cancel"), 0, 0, window
        )
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.canceled.connect(self.worker.cancel, Qt.ConnectionType.DirectConnection)
        self.worker.progress.connect(self.on_progress)
        self.worker.done.connect(self.on_done)
        self.worker.done.connect(self.runner.quit, Qt.ConnectionType.DirectConnection)
        self.runner.started.connect(self.worker.run)

    def start(self) -> None:
        self.runner.start()

    def on_progress(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(max(total, 0))  # 0: a busy indicator
        self.dialog.setValue(min(done, max(total, 0)))
        if what:
            self.dialog.setLabelText(what)

    def on_done(self, result: object, error: str, cancelled: bool) -> None:
        self.dialog.canceled.disconnect()
        self.dialog.reset()
        self.dialog.deleteLater()
        self.runner.wait()
        self.ended.emit(result, error, cancelled)
        self.deleteLater()


class _Waiter(QObject):
    """Receives a worker's signals on the GUI thread for :func:`run_blocking`."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = QEventLoop()
        self.outcome: tuple[object, str, bool] | None = None

    def progress(self, done: int, total: int, what: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, max(total, 0)))
        if what:
            self.dialog.setLabelText(what)

    def finished(self, result: object, error: str, cancelled: bool) -> None:
        self.outcome = (result, error, cancelled)
        self.loop.quit()


def run_blocking(work: Work, label: str, window: QWidget | None) -> Any:
    """Run ``work(progress)`` off the GUI thread and wait for it with a modal progress
    dialog (shown after 400 ms, no Cancel: for work that must finish once begun, such as
    an undo the undo stack has already counted). The window keeps painting meanwhile.
    Returns the result; raises UserError with the work's error message."""
    worker = BackgroundWorker(work)
    dialog = QProgressDialog(label, "", 0, 0, window)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)
    waiter = _Waiter(dialog)
    worker.progress.connect(waiter.progress)
    worker.done.connect(waiter.finished)  # queued: delivered by the loop below
    thread = start_in_thread(worker, None)
    # paint, but hold back clicks and keys until the work is done (no second undo
    # starting inside this one before the progress dialog shows)
    waiter.loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.wait()
    dialog.reset()
    dialog.deleteLater()
    assert waiter.outcome is not None
    result, error, _cancelled = waiter.outcome
    if error:
        raise UserError(error)
    return result
