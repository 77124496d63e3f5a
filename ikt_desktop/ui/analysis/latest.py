"""Work off the GUI thread where only the latest request matters (a matrix or a chart
for the controls as they are now): older results that arrive late are dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from ikt_desktop.ui.shell.background import BackgroundWorker, start_in_thread


class LatestJob(QObject):
    finished = Signal(object, str)  # the latest request's result, error message or ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = self._done = 0
        self._workers: list[BackgroundWorker] = []
        self._threads: list[QThread] = []

    @property
    def busy(self) -> bool:
        return self._done != self._generation

    def run(self, work: Callable[[], Any]) -> None:
        self._generation += 1
        generation = self._generation

        def task(_progress: Any) -> tuple[int, Any]:
            return generation, work()

        worker = BackgroundWorker(task)
        worker.done.connect(self._on_done)
        self._threads = [t for t in self._threads if t.isRunning()]
        self._workers = self._workers[-4:]  # keep the running ones alive until they report
        self._workers.append(worker)
        self._threads.append(start_in_thread(worker, self))

    def _on_done(self, result: object, error: str, _cancelled: bool) -> None:
        if isinstance(result, tuple):
            if result[0] != self._generation:
                return  # a newer request is on its way
            self._done = self._generation
            self.finished.emit(result[1], "")
        elif error:
            self._done = self._generation
            self.finished.emit(None, error)

    def wait(self) -> None:
        """Wait for the work still running (closing the project, tests)."""
        for thread in self._threads:
            thread.wait()


class LazyPane(QWidget):
    """A view of the project that recomputes only while visible: ``invalidate`` (a change,
    another question) recomputes now if shown, else marks it stale for ``showEvent``.
    Subclasses implement ``recompute`` (usually ``self.job.run(...)``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = True
        self.job = LatestJob(self)

    @property
    def ready(self) -> bool:
        """What is on screen answers the latest question."""
        return not self.stale and not self.job.busy

    def invalidate(self, *_: object) -> None:
        self.stale = True
        if self.isVisible():
            self.recompute()

    def recompute(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.recompute()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.job.wait()
        super().closeEvent(event)
