"""File ▸ Restore Snapshot…: the automatic snapshots, newest first, with their time (local),
why they were taken and what they hold; "Restore as New Project…" on the selected one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.services.privacy.project_snapshots import REASONS, SnapshotInfo

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Columns", "Taken"),
        QT_TRANSLATE_NOOP("Columns", "Why"),
        QT_TRANSLATE_NOOP("Columns", "Sources"),
        QT_TRANSLATE_NOOP("Columns", "Codings"),
        QT_TRANSLATE_NOOP("Columns", "Codes"),
        QT_TRANSLATE_NOOP("Columns", "Themes"),
        QT_TRANSLATE_NOOP("Columns", "Memos"),
    )
)


def local_time(info: SnapshotInfo) -> str:
    return info.taken.astimezone().strftime("%a %d %b %Y, %H:%M:%S")


class SnapshotDialog(QDialog):
    """Lists ``snapshots``; ``restore_requested`` carries the chosen one. With
    ``show_project`` (no project open: every project's snapshots) a Project column says
    whose snapshot each is."""

    restore_requested = Signal(object)  # SnapshotInfo

    def __init__(self, snapshots: Sequence[SnapshotInfo], intro: str, show_project: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SnapshotDialog", "Restore Snapshot"))
        self.snapshots = list(snapshots)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        headers = [QCoreApplication.translate("Columns", h) for h in COLUMNS]
        if show_project:
            headers.append(QCoreApplication.translate("Columns", "Project"))
        self.table = QTableWidget(len(self.snapshots), len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, info in enumerate(self.snapshots):
            c = info.counts
            cells = [local_time(info), REASONS.get(info.reason, info.reason or "–"),
                     c.sources, c.codings, c.codes, c.themes, c.memos]  # fmt: skip
            if show_project:
                cells.append(info.title or info.project_path or info.path.parent.name)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(RIGHT)
                if col == 0:
                    item.setToolTip(
                        QCoreApplication.translate(
                            "SnapshotDialog", "{taken} (UTC)\n{path}"
                        ).format(taken=info.taken.isoformat(), path=info.path)
                    )
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(show_project)  # the project's path may be long
        if not show_project:  # else the reason takes the spare width, not a count
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.empty = QLabel(
            QCoreApplication.translate(
                "SnapshotDialog", "No snapshots yet: one is taken each time a project is opened."
            )
        )
        self.empty.setVisible(not self.snapshots)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(
            QCoreApplication.translate("SnapshotDialog", "Restore as New Project…")
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self._restore())
        layout.addWidget(buttons)
        if self.snapshots:
            self.table.selectRow(0)
        self._update()
        self.resize(760, 420)

    def selected(self) -> SnapshotInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.snapshots[rows[0].row()] if rows else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _restore(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore_requested.emit(info)
