"""What the window shows with no project open: New, Open, Open the Demo, Import
Transcripts, and the recent projects (double-click or Enter opens one)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from ikt_desktop.db.team.url import redact
from ikt_desktop.services.team.address import is_team_address
from ikt_desktop.services.team.keychain import describe
from ikt_desktop.ui.shell.resources import set_icon

KEEP_DEMO_COPIES = 5
PATH_ROLE = Qt.ItemDataRole.UserRole


def fresh_demo_copy() -> Path:
    """Build a new copy of the demo project in the app's data folder; prune old copies."""
    folder = paths.demo_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"iKT demo {stamp}.ikt"
    from ikt_desktop.services.demo import build_demo  # every service: on first use

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
            QCoreApplication.translate("StartPage", "Qualitative interview research on this computer: import transcripts, code them, build themes, compare coders, write the report. Nothing leaves the laptop.")  # noqa: E501
        )  # fmt: skip
        intro.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        choices = (
            ("new", QCoreApplication.translate("StartPage", "New Project…"), "file-plus", self.new_requested,  # noqa: E501
             QCoreApplication.translate("StartPage", "Start an empty project (Ctrl+N)")),
            ("open", QCoreApplication.translate("StartPage", "Open Project…"), "folder-open", self.open_requested,  # noqa: E501
             QCoreApplication.translate("StartPage", "Open an .ikt project file (Ctrl+O)")),
            ("demo", QCoreApplication.translate("StartPage", "Open the Demo"), "play", self.demo_requested,  # noqa: E501
             QCoreApplication.translate("StartPage",
                                        "A fresh copy of the example study: 8 interviews, codes and themes")),  # noqa: E501
            ("import", QCoreApplication.translate("StartPage", "Import Transcripts…"), "file-input", self.import_requested,  # noqa: E501
             QCoreApplication.translate("StartPage",
                                        "Create a project, then add Word, text, WebVTT or SRT transcripts")),  # noqa: E501
        )  # fmt: skip
        for i, (key, text, icon_name, signal, tip) in enumerate(choices):
            button = QPushButton(text)
            set_icon(button, icon_name)
            button.setToolTip(tip)
            button.setMinimumHeight(36)
            button.clicked.connect(signal)
            grid.addWidget(button, i // 2, i % 2)
            self.buttons[key] = button
        self.recent = QListWidget()
        self.recent.setAccessibleName(QCoreApplication.translate("StartPage", "Recent projects"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(str(item.data(PATH_ROLE)))
        )
        self.recent_label = QLabel(
            "<b>" + QCoreApplication.translate("StartPage", "Recent projects") + "</b>"
        )
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
            if is_team_address(entry):
                self.recent.addItem(_team_item(entry))
                continue
            path = Path(entry)
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(PATH_ROLE, entry)
            item.setToolTip(entry)
            if not path.exists():
                missing = QCoreApplication.translate("StartPage", "(not found)")
                item.setText(f"{path.stem}    —    {path.parent}  {missing}")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        has = bool(entries)
        self.recent.setVisible(has)
        self.recent_label.setVisible(has)


def _team_item(address: str) -> QListWidgetItem:
    """A team project in the recent list: its database and who connects where, marked as
    on a server (the address, shown as tooltip, never holds a password)."""
    database, where = describe(address)
    server = QCoreApplication.translate("StartPage", "team server")
    item = QListWidgetItem(f"{database}    —    {server}: {where}" if where else database)
    item.setData(PATH_ROLE, address)
    item.setToolTip(redact(address))
    return item
