"""Code ▸ Auto-Code ▸ Speaker or Role… / Interview Guide Answers…, and Code ▸ Interview
Guide…: open the dialogs and push ONE undo command per apply.

An apply of at least ``BACKGROUND_SPANS`` codings runs off the GUI thread with progress
and Cancel (a ProgressJob; one transaction, so Cancel leaves nothing behind), and its undo
and redo run off the GUI thread behind a modal progress dialog without Cancel
(``run_blocking``), as pseudonymisation does. Smaller ones stay synchronous: the service
takes 0.1-0.2 s for 1,000 codings on the large corpus (bench/autocode.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.domain.coding.autocode import GuideQuestion
from ikt_desktop.domain.progress import Progress
from ikt_desktop.services.coding.autocode import AutocodeService, CodeSpan
from ikt_desktop.services.coding.codings import CodingService
from ikt_desktop.services.coding.guide import GuideService
from ikt_desktop.services.dto import CodeDTO, CodingSnapshot
from ikt_desktop.services.project import Project
from ikt_desktop.ui.codebook.pane import CodebookPane

if TYPE_CHECKING:  # the dialogs (and the guide importers) load when first opened
    from ikt_desktop.ui.codebook.autocode_dialogs import (
        GuideAnswersDialog,
        GuideDialog,
        SpeakerAutocodeDialog,
    )
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.background import ProgressJob, Work, run_blocking
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import BackgroundCommand, ServiceCommand, push

D = TypeVar("D", bound=QDialog)
Runner = Callable[[Work, str], Any]
BACKGROUND_SPANS = 1000  # from this many codings on, apply/undo/redo run off the GUI thread


def run_here(work: Work, _label: str) -> Any:
    """Run small work on the GUI thread (no progress to show)."""
    return work(lambda _done, _total, _what: None)


class AutocodeCommand(BackgroundCommand):
    """Add many codings in one transaction; undo removes exactly those, redo brings the
    same ids back. Each service call goes through ``run`` (here, or off the GUI thread)."""

    def __init__(self, autocode: AutocodeService, codings: CodingService, hub: ChangeHub,
                 spans: Sequence[CodeSpan], text: str, run: Runner = run_here) -> None:  # fmt: skip
        super().__init__(text, hub)
        self._autocode, self._codings, self._spans = autocode, codings, list(spans)
        self._run = run
        self.coding_ids: tuple[int, ...] = ()
        self._snapshot: CodingSnapshot | None = None

    def _do(self) -> ChangeSet:
        codings, snapshot = self._codings, self._snapshot
        if snapshot is not None:
            return ChangeSet(self._run(lambda _p: codings.restore(snapshot).changes,
                                       QCoreApplication.translate("AutocodeCommand", "Redoing the "
                                           "auto-coding…")).changes)  # fmt: skip
        return ChangeSet(
            self._run(
                self.apply_now, QCoreApplication.translate("AutocodeCommand", "Coding…")
            ).changes
        )

    def apply_now(self, progress: Progress) -> ChangeSet:
        """The first apply, on whichever thread calls it."""
        outcome = self._autocode.apply(self._spans, progress=progress)
        self.coding_ids = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        autocode, ids = self._autocode, self.coding_ids
        outcome = self._run(
            lambda _p: autocode.remove(ids),
            QCoreApplication.translate("AutocodeCommand", "Undoing the auto-coding…"),
        )
        self._snapshot = outcome.value
        return ChangeSet(outcome.changes.changes)


class AddGuideQuestionsCommand(ServiceCommand):
    def __init__(self, guide: GuideService, hub: ChangeHub,
                 questions: Sequence[GuideQuestion]) -> None:  # fmt: skip
        super().__init__(
            QCoreApplication.translate(
                "AddGuideQuestionsCommand", "Add {count} Interview-Guide Questions"
            ).format(count=len(questions)),
            hub,
        )
        self._guide, self._questions = guide, list(questions)
        self.codes: tuple[CodeDTO, ...] = ()

    def _do(self) -> ChangeSet:
        if self.codes:
            return self._guide.restore_added(self.codes)
        outcome = self._guide.add_questions(self._questions)
        self.codes = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        return self._guide.remove_added(self.codes)


class AutocodeActions(QObject):
    """``applied`` is emitted with whether an apply went onto the undo stack, once it
    ended (at once when small; when its background job ends when large)."""

    applied = Signal(bool)

    def __init__(self, project: Project, hub: ChangeHub, undo_stack: QUndoStack,
                 codebook: CodebookPane, window: QWidget) -> None:  # fmt: skip
        super().__init__(window)
        self._project, self._hub, self._stack = project, hub, undo_stack
        self._codebook, self._window = codebook, window
        self.dialog: QDialog | None = None
        self.background_from = BACKGROUND_SPANS
        self.job: ProgressJob | None = None
        self.start_job: Callable[[ProgressJob], None] = lambda job: job.start()
        self.speaker = QAction(
            QCoreApplication.translate("AutocodeActions", "Speaker or Role…"),
            self,
        )
        self.speaker.triggered.connect(lambda _c=False: self.open_speaker())
        self.answers = QAction(
            QCoreApplication.translate("AutocodeActions", "Interview Guide Answers…"),
            self,
        )
        self.answers.triggered.connect(lambda _c=False: self.open_answers())
        self.guide = QAction(
            QCoreApplication.translate("AutocodeActions", "Interview Guide…"),
            self,
        )
        self.guide.triggered.connect(lambda _c=False: self.open_guide())
        for action in (self.speaker, self.answers, self.guide):
            action.setEnabled(not project.read_only)

    def add_to(self, menu: QMenu) -> None:
        sub = menu.addMenu(QCoreApplication.translate("AutocodeActions", "Auto-Code"))
        sub.addAction(self.speaker)
        sub.addAction(self.answers)
        menu.addAction(self.guide)

    def open_speaker(self) -> SpeakerAutocodeDialog:
        from ikt_desktop.ui.codebook.autocode_dialogs import SpeakerAutocodeDialog

        dialog = SpeakerAutocodeDialog(
            self._project, self._codebook.current_code_id(), self._window
        )
        dialog.apply_requested.connect(self.apply)
        return self._show(dialog)

    def open_answers(self) -> GuideAnswersDialog:
        from ikt_desktop.ui.codebook.autocode_dialogs import GuideAnswersDialog

        dialog = GuideAnswersDialog(self._project, self._window)
        dialog.apply_requested.connect(self.apply)
        return self._show(dialog)

    def open_guide(self) -> GuideDialog:
        from ikt_desktop.ui.codebook.autocode_dialogs import GuideDialog

        dialog = GuideDialog(self._project, self._hub, self._stack, self._window)
        dialog.add_requested.connect(self.add_questions)
        return self._show(dialog)

    def apply(self, spans: list[CodeSpan], text: str) -> bool:
        """Code ``spans`` as one undo command. Large: started as a background job
        (returns True when it started; ``applied`` follows)."""
        if self.job is not None:
            return False
        autocode, codings = self._project.autocode, self._project.codings
        if len(spans) < self.background_from:
            done = self._push(AutocodeCommand(autocode, codings, self._hub, spans, text))
            self.applied.emit(done)
            return done
        window = self.dialog or self._window
        run: Runner = lambda work, label: run_blocking(work, label, self._window)  # noqa: E731
        command = AutocodeCommand(autocode, codings, self._hub, spans, text, run)
        job = ProgressJob(
            command.apply_now,
            QCoreApplication.translate("AutocodeActions", "Coding {count} passages…").format(
                count=len(spans)
            ),
            window,
            self,
        )
        self.job = job
        job.ended.connect(lambda result, error, cancelled: self._applied(
            command, result, error, cancelled))  # fmt: skip
        self.start_job(job)
        return True

    def _applied(self, command: AutocodeCommand, changes: object, error: str,
                 cancelled: bool) -> None:  # fmt: skip
        self.job = None
        parent = self.dialog or self._window
        if error:
            messages.warn(parent, command.text(), error)
        elif not cancelled and isinstance(changes, ChangeSet):
            self._hub.publish(changes)
            command._done_once = True  # the job did the first run
            self._stack.push(command)
            if self.dialog is not None:
                self.dialog.accept()
        self.applied.emit(isinstance(changes, ChangeSet) and not error and not cancelled)

    def add_questions(self, questions: list[GuideQuestion]) -> bool:
        """Add them as one undo command; the guide dialog stays open, its text cleared."""
        command = AddGuideQuestionsCommand(self._project.guide, self._hub, questions)
        if not push(self._stack, command, self.dialog or self._window):
            return False
        from ikt_desktop.ui.codebook.autocode_dialogs import GuideDialog

        if isinstance(self.dialog, GuideDialog):
            self.dialog.editor.clear()
        self._codebook.tabs.setCurrentWidget(self._codebook.guide_view)
        return True

    def _push(self, command: ServiceCommand) -> bool:
        parent = self.dialog or self._window
        if not push(self._stack, command, parent):
            return False
        if self.dialog is not None:
            self.dialog.accept()
        return True

    def _show(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
