"""The coding actions on the transcript selection: apply a code (double-click/Enter on a
code, drag either way, Ctrl+K picker, Ctrl+1..9 recent codes), in-vivo code (Ctrl+I),
remove, recode, annotate or resize the codings under the mouse or the cursor. Each one is
an undo command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.transcripts.spans import snap_to_words
from ikt_desktop.services.project import Project
from ikt_desktop.ui.codebook.pane import CodebookPane
from ikt_desktop.ui.coding.coding_menu import MemoPopup, codings_at_point
from ikt_desktop.ui.coding.quick_picker import QuickCodePicker
from ikt_desktop.ui.coding.transcript_pane import TranscriptPane
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub

MAX_RECENT = 9
HISTORY = 30  # remembered beyond nine, so deleting a recent code moves the next one up
MAX_IN_VIVO = 60


class CodingActions(QObject):
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        transcript: TranscriptPane,
        codebook: CodebookPane,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._project, self._hub, self._stack = project, hub, undo_stack
        self._transcript, self._codebook, self._window = transcript, codebook, window
        self._history: list[int] = []  # codes used, newest first (some may be gone)
        self.recent: list[int] = []  # the ones that exist: Ctrl+1 is recent[0]
        self._names: dict[int, str] = {}  # every code's name, as last read
        self.picker: QuickCodePicker | None = None
        self.memo_popup: MemoPopup | None = None
        self.last_menu: QMenu | None = None  # the coding menu last built (tests read it)
        writable = not project.read_only
        self.code_selection = self._action(
            QCoreApplication.translate("CodingActions", "Code Selection As…"),
            "Ctrl+K",
            self.open_picker,
        )
        self.in_vivo = self._action(
            QCoreApplication.translate("CodingActions", "In-Vivo Code"), "Ctrl+I", self.in_vivo_code
        )
        self.remove = self._action(
            QCoreApplication.translate("CodingActions", "Remove Coding at Cursor"),
            None,
            self.remove_at_cursor,
        )
        self.resize = self._action(
            QCoreApplication.translate("CodingActions", "Resize Coding to Selection"),
            None,
            self.resize_at_cursor,
        )
        self.snap_words = QAction(
            QCoreApplication.translate("CodingActions", "Snap Selection to Whole Words"),
            self,
            checkable=True,
        )
        self.snap_words.setChecked(True)
        self.recent_actions = [
            self._action(
                QCoreApplication.translate("CodingActions", "Recent Code {n}").format(n=n),
                f"Ctrl+{n}",
                lambda n=n: self.apply_recent(n),
            )
            for n in range(1, MAX_RECENT + 1)
        ]
        for action in (self.code_selection, self.in_vivo, self.remove, self.resize,
                       *self.recent_actions):  # fmt: skip
            action.setEnabled(writable)
        view = transcript.view
        view.code_dropped.connect(self.apply_code)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        codebook.code_activated.connect(self.apply_code)
        codebook.selection_dropped.connect(self.apply_to_span)
        codebook.merge_requested.connect(self.open_merge_picker)
        transcript.stripes.coding_clicked.connect(self.select_coding)
        transcript.stripes.menu_requested.connect(self._stripe_menu)
        hub.codes_changed.connect(self._on_codes)
        self._refresh_recent()

    def _action(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        return action

    # -- applying codes ----------------------------------------------------------------

    def target_span(self) -> tuple[int, int, int] | None:
        """(source id, start, end) of the selection, snapped to words if chosen."""
        view = self._transcript.view
        span = view.selection_span()
        if view.source is None or span is None:
            return None
        start, end = span
        if self.snap_words.isChecked():
            start, end = snap_to_words(view.source.text, start, end)
        return (view.source.source_id, start, end) if end > start else None

    def apply_code(self, code_id: int) -> bool:
        target = self.target_span()
        if target is None:
            self.message.emit(
                QCoreApplication.translate(
                    "CodingActions", "Select some text first, then choose a code."
                )
            )
            return False
        return self.apply_to_span(code_id, *target)

    def apply_to_span(self, code_id: int, source_id: int, start: int, end: int) -> bool:
        if self._project.read_only:
            return False
        name = self._transcript.view.highlighter.styles.get(code_id)
        code_name = name.name if name else self._project.codebook.get(code_id).name
        command = commands.ApplyCodeCommand(
            self._project.codings, self._hub, code_id, code_name, source_id, start, end
        )
        if not commands.push(self._stack, command, self._window):
            return False
        self._remember(code_id, code_name)
        self.message.emit(
            QCoreApplication.translate(
                "CodingActions", "Coded {count} characters as '{code_name}'"
            ).format(count=end - start, code_name=code_name)
        )
        return True

    def apply_recent(self, n: int) -> None:
        if n <= len(self.recent):
            self.apply_code(self.recent[n - 1])

    def code_as_new(
        self, name: str, label: str = QCoreApplication.translate("CodingActions", "Code as New")
    ) -> bool:
        target = self.target_span()
        if target is None:
            self.message.emit(
                QCoreApplication.translate("CodingActions", "Select some text first.")
            )
            return False
        parent = (
            self._codebook.current_code_id()
            if label == QCoreApplication.translate("CodingActions", "Code as New")
            else None
        )
        command = commands.CodeAsNewCommand(
            self._project.codebook, self._project.codings, self._hub, name, parent, target, label
        )
        if not commands.push(self._stack, command, self._window):
            return False
        assert command.code_id is not None
        self._remember(command.code_id, self._names.get(command.code_id, name))  # as stored
        self._codebook.select_code(command.code_id)
        return True

    def in_vivo_code(self) -> bool:
        """A new code named from the selected words."""
        target = self.target_span()
        if target is None:
            self.message.emit(
                QCoreApplication.translate(
                    "CodingActions", "Select the words to use as the code's name."
                )
            )
            return False
        text = self._transcript.view.source.text if self._transcript.view.source else ""
        words = " ".join(text[target[1] : target[2]].replace("/", " ").split())
        name = words if len(words) <= MAX_IN_VIVO else words[:MAX_IN_VIVO].rsplit(" ", 1)[0] + "…"
        return self.code_as_new(
            f"“{name}”", QCoreApplication.translate("CodingActions", "In-Vivo Code")
        )

    def _remember(self, code_id: int, name: str) -> None:
        """Used just now: first in the list (its name is known, nothing is read)."""
        self._history = [code_id, *[c for c in self._history if c != code_id]][:HISTORY]
        self._names[code_id] = name
        self._show_recent()

    def _on_codes(self, changes: ChangeSet) -> None:
        """Codes created or deleted (undo, redo, merge, delete) or renamed: renumber."""
        touched = changes.ids(Entity.CODE, Op.CREATED) | changes.ids(Entity.CODE, Op.DELETED)
        if touched or changes.ids(Entity.CODE, Op.UPDATED) & set(self._history):
            self._refresh_recent()

    def _refresh_recent(self) -> None:
        """Ctrl+1..9: the most recent codes that still exist, numbered without gaps. A
        code that comes back (redo, undo of a delete) takes its place again."""
        self._names = {i: name for i, (name, _color) in self._project.codebook.styles().items()}
        self._show_recent()

    def _show_recent(self) -> None:
        names = self._names
        self.recent = [c for c in self._history if c in names][:MAX_RECENT]
        for n, action in enumerate(self.recent_actions, start=1):
            code = self.recent[n - 1] if n <= len(self.recent) else None
            action.setText(
                f"{n}  {names[code]}"
                if code
                else QCoreApplication.translate("CodingActions", "Recent Code {n}").format(n=n)
            )
            action.setVisible(code is not None)

    # -- the quick picker ----------------------------------------------------------------

    def open_picker(self) -> QuickCodePicker | None:
        if self.target_span() is None:
            self.message.emit(
                QCoreApplication.translate(
                    "CodingActions", "Select some text first, then press Ctrl+K."
                )
            )
            return None
        self.picker = QuickCodePicker(
            self._project.codebook.all("thematic"), self._project.codebook.paths(), self._window
        )
        self.picker.chosen.connect(self.apply_code)
        self.picker.create_requested.connect(self.code_as_new)
        self.picker.popup(self._transcript.view)
        return self.picker

    def open_merge_picker(self, source_id: int) -> QuickCodePicker:
        kind = self._project.codebook.get(source_id).kind
        codes = [c for c in self._project.codebook.all(kind) if c.id != source_id]
        name = self._project.codebook.get(source_id).name
        paths = self._project.codebook.paths()
        title = f"Merge '{name}' into…"
        self.picker = QuickCodePicker(codes, paths, self._window, allow_create=False, title=title)
        self.picker.chosen.connect(lambda target: self._codebook.merge_codes(source_id, target))
        self.picker.popup(self._codebook)
        return self.picker

    # -- the coding under the cursor -----------------------------------------------------

    def codings_at_cursor(self) -> list[int]:
        view = self._transcript.view
        if view.source is None:
            return []
        at = view.position_at(view.textCursor().selectionStart())
        block = view.source.index.block_of(at)
        marks = [m for m in view.source.index.marks_in(block) if m.start <= at < m.end]
        return [m.coding_id for m in sorted(marks, key=lambda m: m.end - m.start)]

    def remove_at_cursor(self, coding_id: int | None = None) -> None:
        ids = [coding_id] if coding_id else self.codings_at_cursor()
        if not ids:
            self.message.emit(
                QCoreApplication.translate("CodingActions", "There is no coding at the cursor.")
            )
            return
        coding = self._project.codings.get(ids[0])
        name = self._project.codebook.get(coding.code_id).name
        commands.push(self._stack, commands.RemoveCodingCommand(
            self._project.codings, self._hub, coding.id, name), self._window)  # fmt: skip

    def resize_at_cursor(self, coding_id: int | None = None) -> None:
        ids = [coding_id] if coding_id else self.codings_at_cursor()
        target = self.target_span()
        if not ids or target is None:
            self.message.emit(
                QCoreApplication.translate(
                    "CodingActions", "Select the new extent, starting inside the coding to resize."
                )
            )
            return
        coding = self._project.codings.get(ids[0])
        name = self._project.codebook.get(coding.code_id).name
        commands.push(self._stack, commands.ResizeCodingCommand(
            self._project.codings, self._hub, coding.id, target[1], target[2], name),
            self._window)  # fmt: skip

    def select_coding(self, coding_id: int) -> None:
        coding = self._project.codings.get(coding_id)
        self._transcript.view.select_span(coding.start, coding.end)
        self._codebook.select_code(coding.code_id)

    # -- right-click: the codings under the mouse --------------------------------------

    def _context_menu(self, point: QPoint) -> None:
        view = self._transcript.view
        menu = self.context_menu(codings_at_point(view, point))
        menu.popup(view.viewport().mapToGlobal(point))

    def _stripe_menu(self, coding_ids: list[int], at: QPoint) -> None:
        self.context_menu(coding_ids, with_selection_actions=False).popup(at)

    def context_menu(self, coding_ids: list[int], *, with_selection_actions: bool = True) -> QMenu:
        """The transcript's menu: coding the selection, then, for each coding under the
        mouse, remove, change code, edit memo and resize to the selection."""
        view = self._transcript.view
        menu = QMenu(view)
        menu.setAccessibleName(QCoreApplication.translate("CodingActions", "Coding menu"))
        if with_selection_actions:
            menu.addAction(self.code_selection)
            menu.addAction(self.in_vivo)
            recent = [a for a in self.recent_actions if a.isVisible()]
            if recent:
                sub = menu.addMenu(QCoreApplication.translate("CodingActions", "Recent Codes"))
                for action in recent:
                    sub.addAction(action)
        source = view.source
        styles = view.highlighter.styles
        found = [
            source.codings[i]
            for i in coding_ids
            if source and i in source.codings and source.codings[i].code_id in styles
        ]
        for coding in found:
            name = styles[coding.code_id].name
            if not menu.isEmpty():
                menu.addSeparator()
            if len(found) > 1:
                coder = self._transcript.stripes.coder_names.get(coding.coder_id, "")
                target = menu.addMenu(f"'{name}'" + (f" · {coder}" if coder else ""))
            else:
                target = menu
            self._coding_items(target, coding.id, name)
        if with_selection_actions:
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("CodingActions", "Copy"), view.copy)
        self.last_menu = menu
        return menu

    def _coding_items(self, menu: QMenu, coding_id: int, name: str) -> None:
        writable = not self._project.read_only
        items = (
            (
                QCoreApplication.translate("CodingActions", "Remove Coding '{name}'").format(
                    name=name
                ),
                lambda: self.remove_at_cursor(coding_id),
                writable,
            ),
            (
                QCoreApplication.translate("CodingActions", "Change Code of '{name}'…").format(
                    name=name
                ),
                lambda: self.open_recode_picker(coding_id),
                writable,
            ),
            (
                QCoreApplication.translate("CodingActions", "Edit Memo of '{name}'…").format(
                    name=name
                ),
                lambda: self.open_memo(coding_id),
                writable,
            ),
            (
                QCoreApplication.translate("CodingActions", "Resize '{name}' to Selection").format(
                    name=name
                ),
                lambda: self.resize_at_cursor(coding_id),
                writable and self.target_span() is not None,
            ),
            (f"Select '{name}'", lambda: self.select_coding(coding_id), True),
        )
        for text, slot, enabled in items:
            action = menu.addAction(text)
            action.setData(coding_id)
            action.triggered.connect(lambda _c=False, s=slot: s())
            action.setEnabled(enabled)

    def open_recode_picker(self, coding_id: int) -> QuickCodePicker:
        coding = self._project.codings.get(coding_id)
        kind = self._project.codebook.get(coding.code_id).kind
        codes = [c for c in self._project.codebook.all(kind) if c.id != coding.code_id]
        name = self._project.codebook.get(coding.code_id).name
        self.picker = QuickCodePicker(codes, self._project.codebook.paths(), self._window,
                                      allow_create=False, title=f"Change '{name}' to…")  # fmt: skip
        self.picker.chosen.connect(lambda code_id: self.recode(coding_id, code_id))
        self.picker.popup(self._transcript.view)
        return self.picker

    def recode(self, coding_id: int, code_id: int) -> bool:
        name = self._project.codebook.get(code_id).name
        command = commands.RecodeCodingCommand(
            self._project.codings, self._hub, coding_id, code_id, name
        )
        if not commands.push(self._stack, command, self._window):
            return False
        self._remember(code_id, name)
        return True

    def open_memo(self, coding_id: int) -> MemoPopup:
        coding = self._project.codings.get(coding_id)
        name = self._project.codebook.get(coding.code_id).name
        self.memo_popup = MemoPopup(
            QCoreApplication.translate("CodingActions", "Memo on this coding of '{name}'").format(
                name=name
            ),
            coding.memo,
            self._window,
        )
        self.memo_popup.saved.connect(lambda memo: self.edit_memo(coding_id, memo, coding.memo))
        view = self._transcript.view
        self.memo_popup.popup(view.mapToGlobal(view.rect().center()))
        return self.memo_popup

    def edit_memo(self, coding_id: int, memo: str, seen: str | None = None) -> None:
        """``seen``: the memo the user began from (another coder's since is kept)."""
        if memo != (self._project.codings.get(coding_id).memo if seen is None else seen):
            command = commands.EditCodingMemoCommand(self._project.codings, self._hub,
                                                     coding_id, memo, seen)  # fmt: skip
            commands.push(self._stack, command, self._window)
