"""The Query tab of the bottom pane: build a coding query (codes with AND / OR / NOT,
overlapping, same turn; filters on participants, coder, source), run it off the GUI
thread, read the quotes with their attribution, jump to one, copy them, export them to
Excel, and keep queries in the project (save, open, rename, delete: undo commands)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.query.coding_eval import QueryRow
from ikt_desktop.domain.query.coding_query import Query, describe, from_json, to_json
from ikt_desktop.services.project import Project
from ikt_desktop.services.query.queries import QueryResult
from ikt_desktop.services.query.saved_queries import CODING
from ikt_desktop.ui.query.builder import QueryBuilder
from ikt_desktop.ui.query.commands import (
    DeleteSavedQueryCommand,
    RenameSavedQueryCommand,
    SaveQueryCommand,
    UpdateSavedQueryCommand,
)
from ikt_desktop.ui.query.query_model import QUOTE, QueryResultsModel, RowRole
from ikt_desktop.ui.shell import commands, messages
from ikt_desktop.ui.shell.background import ProgressJob
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.clipboard import copy_rich

AskText = Callable[[QWidget, str, str, str], str | None]  # parent, title, label, default
AskPath = Callable[[QWidget, Path], Path | None]


def _ask_text(parent: QWidget, title: str, label: str, default: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text if ok else None


def _ask_xlsx(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("QueryPane", "Export Query Results"),
        str(suggested),
        QCoreApplication.translate("QueryPane", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def clipboard_data(rows: list[QueryRow]) -> tuple[str, str]:
    """Quotes as plain text (“quote” (P3, role)) and as HTML (a block quote each)."""
    plain = "\n\n".join(f"“{r.quote}” {r.attribution}" for r in rows)
    rich = "".join(
        f"<blockquote><p>“{html.escape(r.quote)}”</p><p><i>{html.escape(r.attribution)}</i>"
        "</p></blockquote>"
        for r in rows
    )
    return plain, rich


class QueryPane(QWidget):
    jump_requested = Signal(int, int, int)  # source id, start, end
    finished = Signal()  # a run ended (results shown, or the failure reported)

    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._project, self._hub, self._stack = project, hub, undo_stack
        self.ask_text: AskText = _ask_text
        self.ask_xlsx: AskPath = _ask_xlsx
        self.result: QueryResult | None = None
        self.job: ProgressJob | None = None
        self._code_paths: dict[int, str] = {}
        self.builder = QueryBuilder()
        self.saved = QComboBox()
        self.saved.setAccessibleName(QCoreApplication.translate("QueryPane", "Saved queries"))
        self.saved.setPlaceholderText(QCoreApplication.translate("QueryPane", "Saved queries"))
        self.run_button = QPushButton(QCoreApplication.translate("QueryPane", "Run"))
        self.run_button.setDefault(True)
        self.open_button = QPushButton(QCoreApplication.translate("QueryPane", "Open"))
        self.save_button = QPushButton(QCoreApplication.translate("QueryPane", "Save…"))
        self.rename_button = QPushButton(QCoreApplication.translate("QueryPane", "Rename…"))
        self.delete_button = QPushButton(QCoreApplication.translate("QueryPane", "Delete"))
        self.export_button = QPushButton(
            QCoreApplication.translate("QueryPane", "Export to Excel…")
        )
        self.copy_button = QPushButton(QCoreApplication.translate("QueryPane", "Copy"))
        self.play_button = QPushButton(QCoreApplication.translate("QueryPane", "Play"))
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(QCoreApplication.translate("QueryPane", "The query in words"))
        self.summary = QLabel(
            QCoreApplication.translate("QueryPane", "Build a query and press Run.")
        )
        self.model = QueryResultsModel(self)
        self.table = QTableView()
        self._build_table()
        self._build_layout()
        self._connect()
        self._stale = True  # the pickers are filled when the tab is first shown
        self._fill_saved()
        self._update_words()

    # -- layout ----------------------------------------------------------------------------

    def _build_table(self) -> None:
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("QueryPane", "Query results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _build_layout(self) -> None:
        saved = QHBoxLayout()
        saved.addWidget(self.saved, 1)
        for button in (self.open_button, self.rename_button, self.delete_button):
            saved.addWidget(button)
        actions = QHBoxLayout()
        for button in (self.run_button, self.save_button):
            actions.addWidget(button)
        actions.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(self.builder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addLayout(saved)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(actions)  # outside the scroll area: always in reach
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.play_button)  # ui/media/segment_play.py drives it
        head.addWidget(self.copy_button)
        head.addWidget(self.export_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.words)
        right_layout.addLayout(head)
        right_layout.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _connect(self) -> None:
        self.builder.changed.connect(self._update_words)
        self.run_button.clicked.connect(lambda: self.run())
        self.open_button.clicked.connect(lambda: self.open_saved())
        self.save_button.clicked.connect(lambda: self.save())
        self.rename_button.clicked.connect(lambda: self.rename_saved())
        self.delete_button.clicked.connect(lambda: self.delete_saved())
        self.export_button.clicked.connect(lambda: self.export())
        self.copy_button.clicked.connect(self.copy)
        self.saved.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.table.activated.connect(self._jump)
        self.table.clicked.connect(self._jump)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self._hub.changed.connect(self._on_changed)

    # -- keeping up with the project -------------------------------------------------------

    def refresh_choices(self) -> None:
        self._stale = False
        p = self._project
        self._code_paths = p.codebook.paths()
        codes = sorted(self._code_paths.items(), key=lambda kv: kv[1].casefold())
        self.builder.set_codes(codes)
        self.builder.filters.set_choices(
            p.participants.all(),
            p.participants.attributes(),
            [(c.id, c.name) for c in p.coders.all()],
            [(s.id, s.name) for s in p.sources.all()],
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_choices()

    def _on_changed(self, changes: ChangeSet) -> None:
        entities = changes.entities()
        if Entity.CODING in entities:  # a coding's change updates counts only: no new choice
            entities = entities - {Entity.SOURCE}
        choices = {Entity.CODER, Entity.PARTICIPANT, Entity.ATTRIBUTE, Entity.SOURCE, Entity.CODE}
        if entities & choices and not self.isVisible():
            self._stale = True  # hidden: catch up when shown, not on every coding
        elif entities & (choices - {Entity.CODE}):
            self.refresh_choices()
        elif Entity.CODE in entities and self._project.codebook.paths() != self._code_paths:
            self.refresh_choices()  # a code added, renamed, moved or deleted (not a count)
        if Entity.SAVED_QUERY in entities:
            self._fill_saved()
            created = sorted(changes.ids(Entity.SAVED_QUERY, Op.CREATED))
            if created:  # saved, or back by undo: show it
                self.saved.setCurrentIndex(self.saved.findData(created[0]))
        self._update_words()

    def _fill_saved(self) -> None:
        chosen = self.saved.currentData()
        self.saved.blockSignals(True)
        self.saved.clear()
        for q in self._project.saved_queries.all(CODING):
            self.saved.addItem(q.name, q.id)
        at = self.saved.findData(chosen)
        self.saved.setCurrentIndex(at)
        self.saved.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self._project.read_only
        chosen = self.saved.currentData() is not None
        self.open_button.setEnabled(chosen)
        self.rename_button.setEnabled(chosen and writable)
        self.delete_button.setEnabled(chosen and writable)
        self.save_button.setEnabled(writable)
        has_rows = bool(self.model.rows)
        self.copy_button.setEnabled(has_rows)
        self.export_button.setEnabled(has_rows)

    def _update_words(self) -> None:
        query = self.builder.query()
        names = {i: path.rsplit("/", 1)[-1] for i, path in self._code_paths.items()}
        self.words.setText(
            describe(query, names)
            if query
            else QCoreApplication.translate("QueryPane", "Add codes to the codebook first.")
        )
        self.run_button.setEnabled(query is not None and self.job is None)

    # -- running ---------------------------------------------------------------------------

    def run(self, query: Query | None = None) -> None:
        """Run the builder's query (or ``query``) off the GUI thread; ``finished`` follows."""
        query = query or self.builder.query()
        if query is None or self.job is not None:
            return
        queries = self._project.queries
        self.job = ProgressJob(
            lambda progress: queries.run(query, progress),
            QCoreApplication.translate("QueryPane", "Running the query…"),
            self.window(),
            self,
        )
        self.run_button.setEnabled(False)
        self.summary.setText(QCoreApplication.translate("QueryPane", "Running…"))
        self.job.ended.connect(self._on_ended)
        self.job.start()

    def _on_ended(self, result: object, error: str, cancelled: bool) -> None:
        self.job = None
        if error:
            self.summary.setText(QCoreApplication.translate("QueryPane", "The query did not run."))
            messages.warn(
                self, QCoreApplication.translate("QueryPane", "Cannot run the query"), error
            )
        elif cancelled:
            self.summary.setText(QCoreApplication.translate("QueryPane", "Cancelled."))
        elif isinstance(result, QueryResult):
            self.show_result(result)
        self._update_words()
        self.finished.emit()

    def show_result(self, result: QueryResult) -> None:
        self.result = result
        self.model.set_rows(list(result.rows))
        self.words.setText(result.description)
        self.summary.setText(result.summary)
        self._update_buttons()

    @staticmethod
    def span_at(index: QModelIndex) -> tuple[int, int, int] | None:
        """A result row as (source id, start, end): what Play plays."""
        row = index.data(RowRole) if index.isValid() else None
        return (row.source_id, row.start, row.end) if row is not None else None

    def _jump(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if row is not None:
            self.jump_requested.emit(row.source_id, row.start, row.end)

    # -- results out -----------------------------------------------------------------------

    def selected_rows(self) -> list[QueryRow]:
        chosen = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in chosen] or list(self.model.rows)

    def copy(self) -> None:
        """The selected quotes (all, if none is selected) with attribution, as plain text
        and HTML."""
        rows = self.selected_rows()
        if not rows:
            return
        copy_rich(*clipboard_data(rows))

    def export(self, path: Path | None = None) -> Path | None:
        if self.result is None:
            return None
        suggested = self._project.path.with_name(f"{self._project.path.stem} query.xlsx")
        path = path or self.ask_xlsx(self, suggested)
        if path is None:
            return None
        try:
            self._project.queries.write_xlsx(path, self.result, self._project.title)
        except UserError as exc:
            messages.warn(
                self, QCoreApplication.translate("QueryPane", "Cannot export the results"), str(exc)
            )
            return None
        return path

    # -- saved queries ---------------------------------------------------------------------

    def save(self, name: str | None = None) -> bool:
        """Save the builder's query under a name; a saved query of that name is replaced."""
        query = self.builder.query()
        if query is None:
            return False
        if name is None:
            name = self.ask_text(
                self,
                QCoreApplication.translate("QueryPane", "Save Query"),
                QCoreApplication.translate("QueryPane", "Name:"),
                self.saved.currentText(),
            )
            if name is None:
                return False
        saved = self._project.saved_queries
        existing = {q.name.casefold(): q.id for q in saved.all(CODING)}
        ident = existing.get(" ".join(name.split()).casefold())
        command: commands.ServiceCommand
        if ident is not None:
            command = UpdateSavedQueryCommand(saved, self._hub, ident, to_json(query))
        else:
            command = SaveQueryCommand(saved, self._hub, name, CODING, to_json(query))
        return commands.push(self._stack, command, self)

    def open_saved(self) -> None:
        """Show the chosen saved query in the builder and run it (as saved, when the
        builder cannot show all of it)."""
        ident = self.saved.currentData()
        if ident is None:
            return
        try:
            query = from_json(self._project.saved_queries.get(ident).definition)
        except UserError as exc:
            messages.warn(
                self,
                QCoreApplication.translate("QueryPane", "Cannot open the query"),
                f"{self.saved.currentText()}: {exc}",
            )
            return
        problems = self._project.queries.problems(query)
        if problems:
            messages.warn(
                self,
                QCoreApplication.translate("QueryPane", "Cannot open the query"),
                f"{self.saved.currentText()}: {'; '.join(problems)}.",
            )
            return
        shown = self.builder.show_query(query)
        self.run(None if shown else query)

    def rename_saved(self, name: str | None = None) -> None:
        ident = self.saved.currentData()
        if ident is None:
            return
        if name is None:
            name = self.ask_text(
                self,
                QCoreApplication.translate("QueryPane", "Rename Query"),
                QCoreApplication.translate("QueryPane", "New name:"),
                self.saved.currentText(),
            )
            if name is None:
                return
        saved = self._project.saved_queries
        commands.push(self._stack, RenameSavedQueryCommand(saved, self._hub, ident, name), self)

    def delete_saved(self) -> None:
        ident = self.saved.currentData()
        if ident is not None:
            command = DeleteSavedQueryCommand(self._project.saved_queries, self._hub, ident)
            commands.push(self._stack, command, self)
