"""The coding workspace of one open project: sources | transcript | codebook + inspector
above, coded segments below. Splitter sizes persist per user (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import NotFoundError
from ikt_desktop.services.project import Project
from ikt_desktop.ui.analysis.tab import AnalysisTab
from ikt_desktop.ui.chrome.fit import scrolling
from ikt_desktop.ui.codebook.inspector import CodeInspector
from ikt_desktop.ui.codebook.pane import CodebookPane
from ikt_desktop.ui.coding.coding_actions import CodingActions
from ikt_desktop.ui.coding.retrieval_pane import RetrievalPane
from ikt_desktop.ui.coding.sources_pane import SourcesPane
from ikt_desktop.ui.coding.text_edit_actions import TextEditActions
from ikt_desktop.ui.coding.transcript_pane import TranscriptPane
from ikt_desktop.ui.media.panel import MediaPanel
from ikt_desktop.ui.media.segment_play import SegmentPlay
from ikt_desktop.ui.media.transcription import ask_text_with_player
from ikt_desktop.ui.media.video import VideoDock
from ikt_desktop.ui.query.query_pane import QueryPane
from ikt_desktop.ui.query.search_pane import SearchPane
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.themes.widget import ThemeBoard

COLUMNS_KEY, ROWS_KEY, RIGHT_KEY = "main/splitter", "main/rows", "main/right"


class Workspace(QWidget):
    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self.settings = project, settings
        read_only = project.read_only
        self.sources_pane = SourcesPane(project.sources)
        self.transcript_pane = TranscriptPane(
            project.sources, project.codings, project.codebook, project.coders, hub
        )
        self.codebook_pane = CodebookPane(project.codebook, hub, undo_stack, read_only=read_only)
        self.inspector = CodeInspector(project.codebook, hub, undo_stack, read_only=read_only)
        self.inspector.known = self.codebook_pane.known_code  # read once per change
        self.retrieval_pane = RetrievalPane(
            project.segments, project.codebook, project.codings, project.participants, hub,
            undo_stack,
        )  # fmt: skip
        self.coding = CodingActions(
            project, hub, undo_stack, self.transcript_pane, self.codebook_pane, self
        )
        self.edit_text = TextEditActions(project, hub, undo_stack, self.transcript_pane, self)
        self.media = MediaPanel(
            self.transcript_pane, project.recordings, project.turn_times, hub, undo_stack
        )  # fmt: skip  (issue 17)
        self.media.bar.install_shortcuts(self)
        self.video = VideoDock(self.media.player, self.transcript_pane, self.media.bar, settings)
        self.edit_text.ask_text = ask_text_with_player(self.media.player)  # transcription mode
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.codebook_pane)
        self.right.addWidget(scrolling(self.inspector))  # never sets the window's height
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.sources_pane, self.transcript_pane, self.right):
            self.columns.addWidget(pane)
        self.columns.setStretchFactor(1, 1)
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.addWidget(self.columns)
        # The bottom pane: coded segments, and beside them the other ways of finding text
        # (search, queries); each is a tab, and a jump from any of them goes to jump_to.
        self.bottom = QTabWidget()
        self.bottom.setDocumentMode(True)
        self.bottom.addTab(
            self.retrieval_pane, QCoreApplication.translate("Workspace", "Coded Segments")
        )
        self.search_pane = SearchPane(
            project.search, project.sources, lambda snap: project.codings.restore(snap).changes,
            hub, undo_stack, self._selected_code, saved=project.saved_queries,
            read_only=read_only,
        )  # fmt: skip
        self.bottom.addTab(self.search_pane, QCoreApplication.translate("Workspace", "Search"))
        self.query_pane = QueryPane(project, hub, undo_stack)
        self.bottom.addTab(self.query_pane, QCoreApplication.translate("Workspace", "Query"))
        self.rows.addWidget(self.bottom)
        self.rows.setStretchFactor(0, 1)
        # Side panes and the bottom pane collapse when dragged shut (View ▸ Reset Pane
        # Sizes brings them back); the transcript and the codebook never do.
        self.right.setChildrenCollapsible(False)
        self.columns.setCollapsible(1, False)
        self.rows.setCollapsible(0, False)
        self.board = ThemeBoard(project, hub, undo_stack)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.rows, QCoreApplication.translate("Workspace", "Coding"))
        self.tabs.addTab(self.board, QCoreApplication.translate("Workspace", "Themes"))
        self.analysis = AnalysisTab(project, hub)
        self.tabs.addTab(self.analysis, QCoreApplication.translate("Workspace", "Analysis"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.sources_pane.source_selected.connect(self.show_source)
        self.codebook_pane.code_selected.connect(self._on_code_selected)
        self.retrieval_pane.jump_requested.connect(self.jump_to)
        self._segment_play(hub)
        self.analysis.matrix_pane.jump_requested.connect(self._jump_from_analysis)
        self.search_pane.jump_requested.connect(self.jump_to)
        self.query_pane.jump_requested.connect(self.jump_to)
        hub.sources_changed.connect(self._on_sources)
        self._layout_done = False
        self.sources_pane.select_first()
        self._keyboard()

    # -- keyboard and screen readers ---------------------------------------------------------

    def panes(self) -> list[QWidget]:
        """The main panes in reading order: F6 / Shift+F6 cycle them, Tab walks them."""
        bottom = self.bottom.currentWidget() or self.retrieval_pane
        return [self.sources_pane, self.transcript_pane, self.codebook_pane, self.inspector,
                bottom]  # fmt: skip

    def pane_focus(self, pane: QWidget) -> QWidget:
        """The widget a pane gives focus to: its list, text or table."""
        main = {
            self.sources_pane: self.sources_pane.view,
            self.transcript_pane: self.transcript_pane.view,
            self.codebook_pane: self.codebook_pane.view,
            self.retrieval_pane: self.retrieval_pane.table,
        }.get(pane)
        if main is not None:
            return main
        return next((w for w in focusable(pane)), pane)

    def cycle_panes(self, step: int) -> QWidget:
        """F6 (step 1) / Shift+F6 (step -1): focus the next main pane of the Coding tab."""
        self.tabs.setCurrentWidget(self.rows)
        panes = self.panes()
        focus = QApplication.focusWidget()
        here = next((n for n, p in enumerate(panes) if focus is not None
                     and (focus is p or p.isAncestorOf(focus))), -1)  # fmt: skip
        target = self.pane_focus(panes[(here + step) % len(panes)])
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def _keyboard(self) -> None:
        """Tab moves pane to pane (sources, transcript, codebook, inspector, segments; each
        pane's own buttons after its list); a list, tree or table is one Tab stop; every
        widget that takes focus has a name a screen reader can say."""
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            shortcut = QShortcut(QKeySequence(keys), self, lambda s=step: self.cycle_panes(s))
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        make_keyboard_friendly(self)

    def tab_chain(self) -> list[QWidget]:
        """What Tab visits on the Coding tab, in order, as it is on screen now."""
        chain: list[QWidget] = [self.tabs.tabBar()]
        for pane in (*self.panes()[:4], self.bottom):
            chain.extend(focusable(pane))
        return [w for w in chain if w.isVisible() and w.isEnabled()]

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab on the Coding tab follow :meth:`tab_chain`, round and round
        (Qt's own chain would follow creation order and stop in hidden tab pages)."""
        if self.tabs.currentWidget() is not self.rows:
            return super().focusNextPrevChild(next)
        chain = self.tab_chain()
        focus = QApplication.focusWidget()
        here = next_index = -1
        for n, widget in enumerate(chain):
            if focus is widget or (focus is not None and widget.isAncestorOf(focus)):
                here = n
        if not chain:
            return super().focusNextPrevChild(next)
        next_index = (here + (1 if next else -1)) % len(chain)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        chain[next_index].setFocus(reason)
        return True

    # -- navigation ----------------------------------------------------------------------

    def show_source(self, source_id: int | None) -> None:
        try:
            source = self.project.sources.get(source_id) if source_id is not None else None
        except NotFoundError:  # removed while the list was catching up (undo of an import)
            source = None
        if source is None or source.id != self.transcript_pane.source_id:
            self.transcript_pane.show_source(source)

    def jump_to(self, source_id: int, start: int, end: int) -> None:
        """Show a segment in context: its source, selected and centred."""
        if self.transcript_pane.source_id != source_id:
            self.sources_pane.select_source(source_id)
            self.show_source(source_id)
        self.transcript_pane.view.select_span(start, end)

    def play_segment(self, source_id: int, start: int, end: int) -> None:
        """Show a segment and play exactly its time range (issue 17)."""
        self.jump_to(source_id, start, end)
        self.media.play_when_ready(start, end)

    def _segment_play(self, hub: ChangeHub) -> None:
        """Play (button, context menu, Ctrl+Shift+Space) wherever segments are listed."""
        self.segment_play = SegmentPlay(self.project.recordings, self.project.turn_times,
                                        hub, self)  # fmt: skip
        self.segment_play.requested.connect(self.play_segment)
        play = self.segment_play.attach
        play(
            self.retrieval_pane.table, self.retrieval_pane.span_at, self.retrieval_pane.play_button
        )
        play(self.query_pane.table, self.query_pane.span_at, self.query_pane.play_button)
        quotes = self.board.inspector
        play(quotes.quotes, quotes.span_at, quotes.play_button)

    def _jump_from_analysis(self, source_id: int, start: int, end: int) -> None:
        self.tabs.setCurrentWidget(self.rows)  # the Coding tab
        self.jump_to(source_id, start, end)

    def show_search(self) -> None:
        """Edit ▸ Find in Project: the Search tab, its query field focused."""
        self.tabs.setCurrentWidget(self.rows)
        self.bottom.show()
        self.bottom.setCurrentWidget(self.search_pane)
        self.search_pane.focus_query()

    def _selected_code(self) -> tuple[int, str] | None:
        code_id = self.codebook_pane.current_code_id()
        if code_id is None:
            return None
        return code_id, self.project.codebook.get(code_id).name

    def _on_code_selected(self, code_id: int | None) -> None:
        self.inspector.show_code(code_id)
        self.retrieval_pane.show_code(code_id)
        ids = frozenset(self.retrieval_pane.listed_codes)
        self.transcript_pane.view.emphasise(ids)
        self.transcript_pane.stripes.update()

    def _on_sources(self, changes: ChangeSet) -> None:
        self.sources_pane.model.apply_changes(changes)
        shown = self.transcript_pane.source_id
        if shown in changes.ids(Entity.SOURCE, Op.DELETED):
            self.show_source(None)
        elif shown is not None and shown in changes.ids(Entity.SOURCE, Op.UPDATED):
            fresh = self.sources_pane.model.source(shown)  # read once, by the list's update
            if fresh is None:
                return
            self.transcript_pane.source = fresh  # renamed, re-attributed: the header says so
            self.transcript_pane.update_header()

    # -- layout ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_done:  # sizes need the real window size
            self._layout_done = True
            self.restore_layout()

    def reset_layout(self) -> None:
        width = max(self.width(), 900)
        self.columns.setSizes([int(width * 0.24), int(width * 0.46), int(width * 0.30)])
        height = max(self.height(), 600)
        self.rows.setSizes([int(height * 0.72), int(height * 0.28)])
        self.right.setSizes([int(height * 0.5), int(height * 0.22)])

    def restore_layout(self) -> None:
        self.reset_layout()
        for key, splitter in ((COLUMNS_KEY, self.columns), (ROWS_KEY, self.rows),
                              (RIGHT_KEY, self.right)):  # fmt: skip
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def save_layout(self) -> None:
        if not self._layout_done:
            return
        for key, splitter in ((COLUMNS_KEY, self.columns), (ROWS_KEY, self.rows),
                              (RIGHT_KEY, self.right)):  # fmt: skip
            self.settings.setValue(key, splitter.saveState())


def focusable(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab reaches, in the order Qt's focus chain has them
    (children in creation order, depth first; we never call ``setTabOrder``).

    Not by walking ``nextInFocusChain()``: PySide gives each widget that call returns a
    new wrapper parent (the widget asked), so walking the window's ring made the menu
    bar a child of a scroll bar, and deleting that scroll bar with its pane invalidated
    the menu bar's and every menu's wrapper (``RuntimeError: ... already deleted``)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]


def make_keyboard_friendly(root: QWidget) -> None:
    """Lists, trees and tables are one Tab stop (arrows move inside); toolbar buttons
    and tab bars take Tab focus; every focusable widget gets an accessible name."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for bar in root.findChildren(QToolBar):
        for button in bar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    for tabs in root.findChildren(QTabBar):
        tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    for edit in root.findChildren(QPlainTextEdit):  # memos: Tab leaves, never traps
        edit.setTabChangesFocus(True)
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.accessibleName():
            widget.setAccessibleName(spoken_name(widget))


def spoken_name(widget: QWidget) -> str:
    """What a screen reader should say for a widget that has no name of its own."""
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text() or (widget.defaultAction().text() if isinstance(
            widget, QToolButton) and widget.defaultAction() else "")  # fmt: skip
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    elif isinstance(widget, QTabBar):
        text = "Tabs: " + ", ".join(widget.tabText(i) for i in range(widget.count()))
    text = text or widget.toolTip() or widget.whatsThis()
    if not text and isinstance(widget.parentWidget(), QWidget):
        text = widget.parentWidget().accessibleName()  # type: ignore[union-attr]
    return " ".join(text.replace("&", "").replace("…", "").split()) or type(widget).__name__
