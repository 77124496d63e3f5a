"""What the window shows with no project open: New, Open, Open the Demo, Import
Transcripts, and the recent projects (double-click or Enter opens one)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop import APP_NAME, paths
from ikt_desktop.services.demo import build_demo
from ikt_desktop.ui.shell.resources import set_icon

KEEP_DEMO_COPIES = 5
PATH_ROLE = Qt.ItemDataRole.UserRole


def fresh_demo_copy() -> Path:
    """Build a new copy of the demo project in the app's data folder; prune old copies."""
    folder = paths.demo_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"iKT demo {stamp}.ikt"
    build_demo(path).close()
    for old in sorted(folder.glob("iKT demo *.ikt"))[:-KEEP_DEMO_COPIES]:
        if not old.with_name(old.name + ".lock").exists():
            old.unlink(missing_ok=True)
    return path


class StartPage(QScrollArea):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a page: its buttons take the keys
        inner = QWidget()
        title = QLabel(f"<h1>{APP_NAME}</h1>")
        intro = QLabel(
            "Qualitative interview research on this computer: import transcripts, code "
            "them, build themes, compare coders, write the report. Nothing leaves the laptop."
        )
        intro.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for i, (key, text, icon_name, signal, tip) in enumerate((
            ("new", "New Project…", "file-plus", self.new_requested,
             "Start an empty project (Ctrl+N)"),
            ("open", "Open Project…", "folder-open", self.open_requested,
             "Open an .ikt project file (Ctrl+O)"),
            ("demo", "Open the Demo", "play", self.demo_requested,
             "A fresh copy of the example study: 8 interviews, codes and themes"),
            ("import", "Import Transcripts…", "file-input", self.import_requested,
             "Create a project, then add Word, text, WebVTT or SRT transcripts"),
        )):  # fmt: skip
            button = QPushButton(text)
            set_icon(button, icon_name)
            button.setToolTip(tip)
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[key] = button
        self.recent = QListWidget()
        self.recent.setAccessibleName("Recent projects")
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(str(item.data(PATH_ROLE)))
        )
        self.recent_label = QLabel("<b>Recent projects</b>")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(14)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addLayout(grid)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        layout.addStretch(1)
        inner.setMinimumWidth(520)
        inner.setMaximumWidth(720)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.addWidget(inner, 1, Qt.AlignmentFlag.AlignHCenter)  # top to bottom, centred
        self.setWidget(holder)

    def set_recent(self, entries: list[str]) -> None:
        self.recent.clear()
        for entry in entries:
            path = Path(entry)
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(PATH_ROLE, entry)
            item.setToolTip(entry)
            if not path.exists():
                item.setText(f"{path.stem}    —    {path.parent}  (not found)")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        has = bool(entries)
        self.recent.setVisible(has)
        self.recent_label.setVisible(has)
