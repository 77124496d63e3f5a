"""Meeting mode (F9): the window as a projector view for a team meeting. Full screen,
large type, high contrast; only the transcript and the codes in play (the codes applied
in the transcript on screen) stay; F8 / Shift+F8 walk the coded segments and Ctrl+F8 /
Ctrl+Shift+F8 the disagreements of the two coders who coded it most; Ctrl+Shift+Space
plays the segment selected (or the coding at the cursor) from its recording. The facilitator
codes live as usual (every action still an undo command). F9 or Esc leaves it and puts
back exactly the layout, type size and contrast there were."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.domain.transcripts.spans import step_to
from ikt_desktop.ui.media.segment_play import Span, play_action

if TYPE_CHECKING:
    from ikt_desktop.ui.shell.host import WindowHost

LARGER = 8.0  # points added to the transcript's type


@dataclass
class _Before:
    window_state: Qt.WindowState
    columns: QByteArray
    rows: QByteArray
    right: QByteArray
    font_size: float
    codebook_font: QFont
    contrast: bool
    hidden: list[QWidget]
    codebook: _CodebookLook | None = None


@dataclass
class _CodebookLook:
    """How the codebook looked before the meeting: put back exactly on leaving."""

    palette: QPalette
    uniform_rows: bool
    word_wrap: bool
    elide: Qt.TextElideMode
    hidden_columns: list[int]
    delegate: QAbstractItemDelegate | None


class WrappingDelegate(QStyledItemDelegate):
    """Code names wrap onto more lines instead of being cut (the meeting's codebook)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._view.columnWidth(0) - self._view.indentation() * (depth + 1) - 28
        metrics = QFontMetrics(self._view.font())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = metrics.boundingRect(0, 0, max(width, 40), 10_000,
                                    int(Qt.TextFlag.TextWordWrap), text)  # fmt: skip
        return QSize(max(width, 40), rect.height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone
        super().paint(painter, option, index)


class MeetingMode(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(
            QCoreApplication.translate("MeetingMode", "&Meeting Mode"),
            window,
            checkable=True,
        )
        self.action.setShortcut(QKeySequence("F9"))
        self.action.setToolTip(
            QCoreApplication.translate(
                "MeetingMode", "Projector view for a team meeting (F9; Esc leaves)"
            )
        )
        self.action.toggled.connect(self._toggled)
        window.addAction(self.action)
        self.escape = QShortcut(QKeySequence("Esc"), window)
        self.escape.setEnabled(False)
        self.escape.activated.connect(lambda: self.action.setChecked(False))
        self.next_disagreement = QAction(
            QCoreApplication.translate("MeetingMode", "Next &Disagreement"),
            window,
        )
        self.next_disagreement.setShortcut(QKeySequence("Ctrl+F8"))
        self.next_disagreement.triggered.connect(lambda: self.step_disagreement(True))
        self.previous_disagreement = QAction(
            QCoreApplication.translate("MeetingMode", "Previous Disa&greement"),
            window,
        )
        self.previous_disagreement.setShortcut(QKeySequence("Ctrl+Shift+F8"))
        self.previous_disagreement.triggered.connect(lambda: self.step_disagreement(False))
        self.play = play_action(window)  # enabled in the meeting, on a playable segment
        self.play.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.play.setEnabled(False)
        self.play.triggered.connect(lambda _checked=False: self.play_segment())
        window.addAction(self.play)
        self._before: _Before | None = None
        window.hub.changed.connect(self._follow)

    @property
    def active(self) -> bool:
        return self._before is not None

    def _toggled(self, on: bool) -> None:
        if on and not self.active:
            if not self.enter():
                self.action.setChecked(False)
        elif not on and self.active:
            self.leave()

    def enter(self) -> bool:
        workspace = self.window.workspace
        if workspace is None:
            return False
        view = workspace.transcript_pane.view
        # the menu bar stays: its actions' shortcuts (undo, coding) work only while it shows
        hide: list[QWidget] = [workspace.sources_pane, workspace.bottom,
                               workspace.inspector, self.window.statusBar()]  # fmt: skip
        if self.window.coder_bar is not None:
            hide.append(self.window.coder_bar)
        self._before = _Before(
            self.window.windowState(),
            workspace.columns.saveState(),
            workspace.rows.saveState(),
            workspace.right.saveState(),
            view.font().pointSizeF(),
            QFont(workspace.codebook_pane.view.font()),
            self.window.action_contrast.isChecked(),
            [w for w in hide if w.isVisible()],
        )
        for widget in self._before.hidden:
            widget.hide()
        workspace.tabs.setCurrentIndex(0)
        workspace.tabs.tabBar().hide()
        view.change_font_size(LARGER)
        self._before.codebook = self._project_codebook(workspace.codebook_pane.view,
                                                       view.font().pointSizeF())  # fmt: skip
        self.window.action_contrast.setChecked(True)
        self._show_codes_in_play()
        self.window.showFullScreen()
        # the transcript takes most of the screen once the window has its full-screen size
        QTimer.singleShot(0, self._widen_transcript)
        self.escape.setEnabled(True)
        view.selectionChanged.connect(self._update_play)
        view.cursorPositionChanged.connect(self._update_play)
        self._update_play()
        view.setFocus()
        return True

    def leave(self) -> None:
        before, self._before = self._before, None
        workspace = self.window.workspace
        self.escape.setEnabled(False)
        self.play.setEnabled(False)
        if before is None:
            return
        self.window.setWindowState(before.window_state)
        for widget in before.hidden:
            widget.show()
        if workspace is not None:
            workspace.tabs.tabBar().show()
            workspace.codebook_pane.proxy.set_only(None)
            workspace.codebook_pane.view.setFont(before.codebook_font)
            if before.codebook is not None:
                self._restore_codebook(workspace.codebook_pane.view, before.codebook)
            view = workspace.transcript_pane.view
            view.selectionChanged.disconnect(self._update_play)
            view.cursorPositionChanged.disconnect(self._update_play)
            view.change_font_size(before.font_size - view.font().pointSizeF())
            workspace.columns.restoreState(before.columns)
            workspace.rows.restoreState(before.rows)
            workspace.right.restoreState(before.right)
        self.window.action_contrast.setChecked(before.contrast)
        if self.action.isChecked():
            self.action.setChecked(False)

    @staticmethod
    def _project_codebook(tree: QTreeView, point_size: float) -> _CodebookLook:
        """The codebook for a projector: the transcript's type size (a little smaller),
        white on black, the names alone (counts hidden) and wrapped, never cut."""
        header = tree.header()
        look = _CodebookLook(QPalette(tree.palette()), tree.uniformRowHeights(),
                             tree.wordWrap(), tree.textElideMode(),
                             [c for c in range(1, header.count()) if not header.isSectionHidden(c)],
                             tree.itemDelegateForColumn(0))  # fmt: skip
        font = QFont(tree.font())
        font.setPointSizeF(point_size * 0.85)
        tree.setFont(font)
        palette = QPalette(tree.palette())
        for role, color in ((QPalette.ColorRole.Base, "#000000"),
                            (QPalette.ColorRole.AlternateBase, "#101010"),
                            (QPalette.ColorRole.Text, "#ffffff"),
                            (QPalette.ColorRole.Highlight, "#ffd400"),
                            (QPalette.ColorRole.HighlightedText, "#000000")):  # fmt: skip
            palette.setColor(role, QColor(color))
        tree.setPalette(palette)
        for column in look.hidden_columns:
            header.setSectionHidden(column, True)
        tree.setUniformRowHeights(False)
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setItemDelegateForColumn(0, WrappingDelegate(tree))
        header.sectionResized.connect(tree.doItemsLayout)
        return look

    @staticmethod
    def _restore_codebook(tree: QTreeView, look: _CodebookLook) -> None:
        header = tree.header()
        header.sectionResized.disconnect(tree.doItemsLayout)
        wrapping = tree.itemDelegateForColumn(0)
        tree.setItemDelegateForColumn(0, look.delegate)  # type: ignore[arg-type]
        if wrapping is not None and wrapping is not look.delegate:
            wrapping.deleteLater()
        tree.setPalette(look.palette)
        tree.setUniformRowHeights(look.uniform_rows)
        tree.setWordWrap(look.word_wrap)
        tree.setTextElideMode(look.elide)
        for column in look.hidden_columns:
            header.setSectionHidden(column, False)

    def coders_compared(self) -> tuple[int, int] | None:
        """The two coders with the most codings in the transcript on screen (the
        consensus coder aside): whose disagreements the meeting walks through."""
        workspace, project = self.window.workspace, self.window.project
        source = workspace.transcript_pane.view.source if workspace else None
        if source is None or project is None:
            return None
        from ikt_desktop.services.team.consensus import CONSENSUS_CODER

        consensus = {c.id for c in project.coders.all() if c.name == CONSENSUS_CODER}
        counts = Counter(c.coder_id for c in source.codings.values()
                         if c.coder_id not in consensus)  # fmt: skip
        top = [coder for coder, _ in counts.most_common(2)]
        return (top[0], top[1]) if len(top) == 2 else None

    def step_disagreement(self, forward: bool = True) -> bool:
        """Select the next (previous) stretch where the two coders differ, after (before)
        the cursor: the meeting talks it through and codes the agreed reading live."""
        workspace, project = self.window.workspace, self.window.project
        coders = self.coders_compared()
        if workspace is None or project is None or coders is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MeetingMode", "Two coders have not coded this transcript"
                ),
                4000,
            )
            return False
        pane = workspace.transcript_pane
        assert pane.source_id is not None
        stretches = [(d.start, d.end) for d in
                     project.agreement.disagreements(*coders, pane.source_id)]  # fmt: skip
        here = pane.view.selection_span()
        at = here[0] if here else pane.view.position_at(pane.view.textCursor().position())
        target = step_to(stretches, at, forward=forward, inclusive=here is None)
        if target is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MeetingMode", "No more disagreements in this direction"
                ),
                3000,
            )
            return False
        pane.view.select_span(*target)
        return True

    def _widen_transcript(self) -> None:
        workspace = self.window.workspace
        if self.active and workspace is not None:
            width = workspace.columns.width()
            workspace.columns.setSizes([0, int(width * 0.7), int(width * 0.3)])

    def _show_codes_in_play(self) -> None:
        workspace = self.window.workspace
        if workspace is None:
            return
        workspace.codebook_pane.proxy.set_only(workspace.transcript_pane.codes_in_play())
        workspace.codebook_pane.view.expandAll()

    def _follow(self, _changes: ChangeSet) -> None:
        """A code applied live joins the codes in play."""
        if self.active:
            self._show_codes_in_play()
            self._update_play()

    # -- playing the segment under discussion ------------------------------------------------

    def current_span(self) -> Span | None:
        """The segment on screen: the selection (F8 selects one), else the shortest
        coding at the cursor."""
        workspace = self.window.workspace
        if workspace is None or workspace.transcript_pane.source_id is None:
            return None
        view, source_id = workspace.transcript_pane.view, workspace.transcript_pane.source_id
        span = view.selection_span()
        if span is None and view.source is not None:
            at = view.position_at(view.textCursor().position())
            around = [(c.end - c.start, c.start, c.end) for c in view.source.codings.values()
                      if c.start <= at < c.end]  # fmt: skip
            span = min(around)[1:] if around else None
        return (source_id, *span) if span is not None else None

    def play_segment(self) -> bool:
        """Play exactly the segment's time range, then stop (issue 17)."""
        workspace = self.window.workspace
        return workspace is not None and workspace.segment_play.play(self.current_span())

    def _update_play(self) -> None:
        workspace = self.window.workspace
        span = self.current_span()
        times = workspace.segment_play.times(span) if workspace is not None else None
        self.play.setEnabled(self.active and times is not None)
