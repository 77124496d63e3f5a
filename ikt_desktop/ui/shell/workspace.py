"""The coding workspace of one open project: sources | transcript | codebook + inspector
above, coded segments below. Splitter sizes persist per user (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

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
        self.retrieval_pane = RetrievalPane(
            project.segments, project.codebook, project.codings, project.participants, hub,
            undo_stack,
        )  # fmt: skip
        self.coding = CodingActions(
            project, hub, undo_stack, self.transcript_pane, self.codebook_pane, self
        )
        self.edit_text = TextEditActions(project, hub, undo_stack, self.transcript_pane, self)
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
        self.bottom.addTab(self.retrieval_pane, "Coded Segments")
        self.search_pane = SearchPane(
            project.search, project.sources, lambda snap: project.codings.restore(snap).changes,
            hub, undo_stack, self._selected_code, saved=project.saved_queries,
            read_only=read_only,
        )  # fmt: skip
        self.bottom.addTab(self.search_pane, "Search")
        self.query_pane = QueryPane(project, hub, undo_stack)
        self.bottom.addTab(self.query_pane, "Query")
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
        self.tabs.addTab(self.rows, "Coding")
        self.tabs.addTab(self.board, "Themes")
        self.analysis = AnalysisTab(project, hub)
        self.tabs.addTab(self.analysis, "Analysis")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.sources_pane.source_selected.connect(self.show_source)
        self.codebook_pane.code_selected.connect(self._on_code_selected)
        self.retrieval_pane.jump_requested.connect(self.jump_to)
        self.analysis.matrix_pane.jump_requested.connect(self._jump_from_analysis)
        self.search_pane.jump_requested.connect(self.jump_to)
        self.query_pane.jump_requested.connect(self.jump_to)
        hub.sources_changed.connect(self._on_sources)
        self._layout_done = False
        self.sources_pane.select_first()

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
        if self.transcript_pane.source_id in changes.ids(Entity.SOURCE, Op.DELETED):
            self.show_source(None)

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
