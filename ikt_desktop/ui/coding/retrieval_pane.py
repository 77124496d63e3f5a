"""Bottom pane: every segment of the selected code (optionally with its sub-codes) across
all sources, filterable by participant attribute; jump to it in context, copy quotes with
attribution, edit a coding's memo, remove a coding. All edits are undo commands."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.coding import codetree
from ikt_desktop.services.coding.codebook import CodebookService
from ikt_desktop.services.coding.codings import CodingService
from ikt_desktop.services.coding.segments import SegmentDTO, SegmentService
from ikt_desktop.services.participants import ParticipantService
from ikt_desktop.ui.coding.retrieval_model import (
    QUOTE,
    RetrievalModel,
    SegmentRole,
)
from ikt_desktop.ui.look.kept_text import KeptTextDelegate
from ikt_desktop.ui.look.steady_label import SteadyLabel
from ikt_desktop.ui.look.tail_repaint import TailRepaintTable
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.columns import TextColumnFitter

PATCH_LIMIT = 200  # more codings changed at once: the code's segments are read anew


def quote_lines(segments: list[SegmentDTO]) -> str:
    """Quotes as they go into a report: “quote” (P3, iKT panel member)."""
    return "\n\n".join(f"“{' '.join(s.quote.split())}” {s.attribution()}" for s in segments)


class RetrievalPane(QWidget):
    jump_requested = Signal(int, int, int)  # source id, start, end

    def __init__(
        self,
        segments: SegmentService,
        codebook: CodebookService,
        codings: CodingService,
        participants: ParticipantService,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._segments, self._codebook, self._codings = segments, codebook, codings
        self._participants, self._hub, self._stack = participants, hub, undo_stack
        self.code_id: int | None = None
        self.listed_codes: list[int] = []  # the selected code and, if chosen, its sub-codes
        # a new count must not re-lay out (and so repaint) the window: see SteadyLabel
        self.title = SteadyLabel(self.tr("Select a code to see its segments."))
        self.subcodes = QCheckBox(self.tr("Include sub-codes"))
        self.subcodes.setChecked(True)
        self.subcodes.toggled.connect(lambda _on: self.reload())
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Filter segments by participant"))
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.model = RetrievalModel(self)
        self.table = TailRepaintTable()  # a new row repaints the rows below it only
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Coded segments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        # the rows a coding moves repaint (often all on screen): quotes keep their layout
        self.quotes = KeptTextDelegate(self.table)
        self.table.setItemDelegateForColumn(QUOTE, self.quotes)
        # measured when a code's segments arrive, not on every edit (ui/shell/columns.py)
        self.columns = TextColumnFitter(self.table, tuple(range(1, 6)))
        self.table.activated.connect(self._jump)
        self.table.clicked.connect(self._jump)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_memo())
        self.copy_button = QPushButton(self.tr("Copy Quotes"))
        self.copy_button.clicked.connect(self.copy_quotes)
        self.remove_button = QPushButton(self.tr("Remove Coding"))
        self.remove_button.clicked.connect(self.remove_current)
        self.play_button = QPushButton(self.tr("Play"))  # ui/media/segment_play.py drives it
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_quotes,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.memo = QPlainTextEdit()
        self.memo.setPlaceholderText(self.tr("Memo on the selected coding…"))
        self.memo.setAccessibleName(self.tr("Coding memo"))
        self.save_memo = QPushButton(self.tr("Save Memo"))
        self.save_memo.clicked.connect(self.commit_memo)
        self._build_layout()
        hub.changed.connect(self._refresh)
        hub.participants_changed.connect(lambda _c: self._fill_filter())
        self._fill_filter()
        self._show_memo()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.subcodes)
        top.addWidget(self.filter)
        top.addWidget(self.play_button)
        top.addWidget(self.copy_button)
        top.addWidget(self.remove_button)
        memo_box = QWidget()
        memo_layout = QVBoxLayout(memo_box)
        memo_layout.setContentsMargins(0, 0, 0, 0)
        memo_layout.addWidget(self.memo)
        memo_layout.addWidget(self.save_memo)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(memo_box)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- what is listed ------------------------------------------------------------------

    def show_code(self, code_id: int | None) -> None:
        self.code_id = code_id
        self.listed_codes = self.code_ids()
        self.model.set_segments(self._segments.for_codes(self.listed_codes))
        self._update_title()

    def reload(self) -> None:
        self.show_code(self.code_id)

    def code_ids(self) -> list[int]:
        if self.code_id is None:
            return []
        if not self.subcodes.isChecked():
            return [self.code_id]
        parents = self._codebook.parents()
        if self.code_id not in parents:
            return []
        return [self.code_id, *codetree.descendants(self.code_id, parents)]

    def _refresh(self, changes: ChangeSet) -> None:
        if self.code_id is None or not changes.entities() & {Entity.CODE, Entity.CODING}:
            return
        listed = self.code_ids()  # sub-codes may have moved
        codings = changes.ids(Entity.CODING)
        structural = changes.ids(Entity.CODE, Op.CREATED) | changes.ids(Entity.CODE, Op.DELETED)
        if (
            listed == self.listed_codes
            and codings
            and len(codings) <= PATCH_LIMIT
            and not structural
            and Entity.TEXT not in changes.entities()
        ):  # an apply, undo or removal: read only the codings it touched
            removed = changes.ids(Entity.CODING, Op.DELETED)
            fresh = self._segments.for_codings(sorted(codings - removed))
            self.model.patch(removed, fresh, frozenset(listed))
            # the table's new scroll range now, not in a layout pass of its own after the
            # window has painted (a second paint and flush of the window for one action)
            self.table.executeDelayedItemsLayout()
        else:  # renamed, recoloured, moved or merged codes, edited text, a bulk change
            self.listed_codes = listed
            self.model.update_segments(self._segments.for_codes(listed))
        self._update_title()

    def _update_title(self) -> None:
        if self.code_id is None or not self.listed_codes:
            self.title.setText(self.tr("Select a code to see its segments."))
            return
        rows = self.model.everything  # all the code's segments, whatever is filtered
        people = {s.participant_id for s in rows if s.participant_id is not None}
        name = self._codebook.styles()[self.code_id][0]  # no counting needed for a name
        segments = self.tr("%n segment(s)", "", len(rows))
        from_people = self.tr("from %n participant(s)", "", len(people))
        self.title.setText(f"<b>{html.escape(name)}</b>: {segments} {from_people}")

    # -- filter by participant attribute -------------------------------------------------

    def _fill_filter(self) -> None:
        people = self._participants.all()
        options: list[tuple[str, frozenset[int] | None]] = [(self.tr("All participants"), None)]
        for role in sorted({p.role for p in people if p.role}):
            members = frozenset(p.id for p in people if p.role == role)
            options.append((self.tr("Role: {role}").format(role=role), members))
        for attribute in self._participants.attributes():
            values = sorted({p.attribute(attribute.name) for p in people} - {""})
            for value in values:
                ids = frozenset(p.id for p in people if p.attribute(attribute.name) == value)
                options.append((f"{attribute.name}: {value}", ids))
        self.filter.blockSignals(True)
        self.filter.clear()
        for label, allowed in options:
            self.filter.addItem(label, allowed)
        self.filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self, *_: object) -> None:
        self.model.set_allowed(self.filter.currentData())

    # -- acting on segments --------------------------------------------------------------

    def selected_segments(self) -> list[SegmentDTO]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.index(r, 0).data(SegmentRole) for r in rows]

    def current_segment(self) -> SegmentDTO | None:
        index = self.table.currentIndex()
        return index.data(SegmentRole) if index.isValid() else None

    @staticmethod
    def span_at(index: QModelIndex) -> tuple[int, int, int] | None:
        """The segment of a row as (source id, start, end): what Play plays."""
        seg = index.data(SegmentRole) if index.isValid() else None
        return (seg.coding.source_id, seg.coding.start, seg.coding.end) if seg else None

    def copy_quotes(self) -> None:
        chosen = self.selected_segments() or [
            self.model.index(r, 0).data(SegmentRole) for r in range(self.model.rowCount())
        ]
        QGuiApplication.clipboard().setText(quote_lines(chosen))

    def remove_current(self) -> None:
        seg = self.current_segment()
        if seg is not None:
            commands.push(self._stack, commands.RemoveCodingCommand(
                self._codings, self._hub, seg.coding.id, seg.code_name), self)  # fmt: skip

    def commit_memo(self) -> None:
        seg = self.current_segment()
        if seg is not None and self.memo.toPlainText() != seg.coding.memo:
            memo = self.memo.toPlainText()
            command = commands.EditCodingMemoCommand(
                self._codings, self._hub, seg.coding.id, memo, seen=seg.coding.memo
            )
            commands.push(self._stack, command, self)

    def _show_memo(self) -> None:
        seg = self.current_segment()
        self.memo.setEnabled(seg is not None)
        self.save_memo.setEnabled(seg is not None)
        self.remove_button.setEnabled(seg is not None)
        self.memo.setPlainText(seg.coding.memo if seg else "")

    def _jump(self, index: QModelIndex) -> None:
        seg = index.data(SegmentRole)
        if seg is not None:
            self.jump_requested.emit(seg.coding.source_id, seg.coding.start, seg.coding.end)
