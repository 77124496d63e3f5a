"""Code ▸ Auto-Code ▸ Speaker or Role… / Interview Guide Answers…, and Code ▸ Interview
Guide…: open the dialogs and push ONE undo command per apply."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ikt_desktop.domain.autocode import GuideQuestion
from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.services.autocode import AutocodeService, CodeSpan
from ikt_desktop.services.codings import CodingService
from ikt_desktop.services.dto import CodeDTO, CodingSnapshot
from ikt_desktop.services.guide import GuideService
from ikt_desktop.services.project import Project
from ikt_desktop.ui.autocode_dialogs import GuideAnswersDialog, GuideDialog, SpeakerAutocodeDialog
from ikt_desktop.ui.change_hub import ChangeHub
from ikt_desktop.ui.codebook_pane import CodebookPane
from ikt_desktop.ui.commands import ServiceCommand, push

D = TypeVar("D", bound=QDialog)


class AutocodeCommand(ServiceCommand):
    """Add many codings in one transaction; undo removes exactly those, redo brings the
    same ids back."""

    def __init__(self, autocode: AutocodeService, codings: CodingService, hub: ChangeHub,
                 spans: Sequence[CodeSpan], text: str) -> None:  # fmt: skip
        super().__init__(text, hub)
        self._autocode, self._codings, self._spans = autocode, codings, list(spans)
        self.coding_ids: tuple[int, ...] = ()
        self._snapshot: CodingSnapshot | None = None

    def _do(self) -> ChangeSet:
        if self._snapshot is not None:
            return self._codings.restore(self._snapshot).changes
        outcome = self._autocode.apply(self._spans)
        self.coding_ids = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        outcome = self._autocode.remove(self.coding_ids)
        self._snapshot = outcome.value
        return outcome.changes


class AddGuideQuestionsCommand(ServiceCommand):
    def __init__(self, guide: GuideService, hub: ChangeHub,
                 questions: Sequence[GuideQuestion]) -> None:  # fmt: skip
        super().__init__(f"Add {len(questions)} Interview-Guide Questions", hub)
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
    def __init__(self, project: Project, hub: ChangeHub, undo_stack: QUndoStack,
                 codebook: CodebookPane, window: QWidget) -> None:  # fmt: skip
        super().__init__(window)
        self._project, self._hub, self._stack = project, hub, undo_stack
        self._codebook, self._window = codebook, window
        self.dialog: QDialog | None = None
        self.speaker = QAction("Speaker or Role…", self)
        self.speaker.triggered.connect(lambda _c=False: self.open_speaker())
        self.answers = QAction("Interview Guide Answers…", self)
        self.answers.triggered.connect(lambda _c=False: self.open_answers())
        self.guide = QAction("Interview Guide…", self)
        self.guide.triggered.connect(lambda _c=False: self.open_guide())
        for action in (self.speaker, self.answers, self.guide):
            action.setEnabled(not project.read_only)

    def add_to(self, menu: QMenu) -> None:
        sub = menu.addMenu("Auto-Code")
        sub.addAction(self.speaker)
        sub.addAction(self.answers)
        menu.addAction(self.guide)

    def open_speaker(self) -> SpeakerAutocodeDialog:
        dialog = SpeakerAutocodeDialog(
            self._project, self._codebook.current_code_id(), self._window
        )
        dialog.apply_requested.connect(self.apply)
        return self._show(dialog)

    def open_answers(self) -> GuideAnswersDialog:
        dialog = GuideAnswersDialog(self._project, self._window)
        dialog.apply_requested.connect(self.apply)
        return self._show(dialog)

    def open_guide(self) -> GuideDialog:
        dialog = GuideDialog(self._project, self._window)
        dialog.add_requested.connect(self.add_questions)
        return self._show(dialog)

    def apply(self, spans: list[CodeSpan], text: str) -> bool:
        command = AutocodeCommand(self._project.autocode, self._project.codings, self._hub,
                                  spans, text)  # fmt: skip
        return self._push(command)

    def add_questions(self, questions: list[GuideQuestion]) -> bool:
        if not self._push(AddGuideQuestionsCommand(self._project.guide, self._hub, questions)):
            return False
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
