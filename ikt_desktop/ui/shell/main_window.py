"""The main window: menus, the undo stack, and the workspace of the open project.

There is no Save: every action is one transaction, committed as it happens.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from ikt_desktop import APP_NAME, __version__
from ikt_desktop.domain.errors import (
    NotAProjectError,
    PasswordRequiredError,
    ProjectLockedError,
    UnwritableProjectError,
    UserError,
    WrongPasswordError,
)
from ikt_desktop.services.team.address import is_team_address, project_location
from ikt_desktop.ui.chrome import file_places, fit
from ikt_desktop.ui.chrome.action_index import shortcut_sheet_markdown
from ikt_desktop.ui.chrome.command_palette import CommandPalette
from ikt_desktop.ui.chrome.start_page import StartPage, fresh_demo_copy
from ikt_desktop.ui.chrome.toolbar import MainToolBar
from ikt_desktop.ui.exchange.exchange_actions import ExchangeActions
from ikt_desktop.ui.i18n.language import LanguageMenu
from ikt_desktop.ui.look import focus_ring
from ikt_desktop.ui.look.palette import look
from ikt_desktop.ui.look.theme_menu import ThemeMenu
from ikt_desktop.ui.privacy import password_dialog
from ikt_desktop.ui.privacy.security_actions import ENCRYPTED, SecurityActions, to_password
from ikt_desktop.ui.privacy.snapshot_actions import SnapshotActions
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.help_window import HelpActions
from ikt_desktop.ui.shell.host import WindowHost
from ikt_desktop.ui.shell.resources import refresh_icons, set_icon
from ikt_desktop.ui.team import open_dialog
from ikt_desktop.ui.team.compare import compare_action
from ikt_desktop.ui.team.meeting_mode import MeetingMode
from ikt_desktop.ui.team.merge_actions import MergeActions

# Start-up imports no service, no pane and no dialog: the empty window needs none of them.
# Opening a project imports the services and the panes (ui/chrome/warm_up.py does it while
# the empty window waits); each dialog, importer and exporter is imported when first opened.
if TYPE_CHECKING:
    from ikt_desktop.services.privacy.security import Password
    from ikt_desktop.services.project import Project
    from ikt_desktop.ui.codebook.pane import CodebookPane
    from ikt_desktop.ui.coding.retrieval_pane import RetrievalPane
    from ikt_desktop.ui.coding.sources_pane import SourcesPane
    from ikt_desktop.ui.coding.transcript_pane import TranscriptPane
    from ikt_desktop.ui.exchange.export_dialog import ExportDialog, ExportOutcome
    from ikt_desktop.ui.exchange.import_dialog import ImportDialog
    from ikt_desktop.ui.exchange.import_worker import BatchOutcome
    from ikt_desktop.ui.exchange.study_dialog import StudyDetailsDialog
    from ikt_desktop.ui.shell.workspace import Workspace
    from ikt_desktop.ui.team.coder_bar import CoderBar
    from ikt_desktop.ui.team.live import TeamLive

log = logging.getLogger(__name__)

RECENT_KEY = "recent_projects"
FONT_KEY = "transcript/point_size"
MAX_RECENT = 8
FILE_FILTER = str(QT_TRANSLATE_NOOP("MainWindow", "iKT Desktop projects (*.ikt)"))


class MainWindow(WindowHost):
    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.project: Project | None = None
        self.hub = ChangeHub(self)
        self.undo_stack = QUndoStack(self)
        self.workspace: Workspace | None = None
        self.coder_bar: CoderBar | None = None
        self.live: TeamLive | None = None  # a team project: others' changes, presence
        self.stack = QStackedWidget()
        self.welcome = StartPage()
        self.welcome.new_requested.connect(self._new_dialog)
        self.welcome.open_requested.connect(self._open_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.import_requested.connect(self._new_then_import)
        self.welcome.recent_chosen.connect(lambda path: self.open_project(project_location(path)))
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._build_toolbar()
        self.palette_dialog = CommandPalette(self)
        # a bound method: Qt drops the connection with this window (a lambda would outlive it)
        look().changed.connect(self._recolour_icons)
        focus_ring.install()  # which pane has the keys, always visible
        self.coder_label = QLabel()
        self.statusBar().addPermanentWidget(self.coder_label)
        self.hub.project_changed.connect(lambda _c: self._update_title())
        self._show_empty()
        self.setAcceptDrops(True)
        self._damage_timer = QTimer(self, interval=100)  # polls the background check
        self._damage_timer.timeout.connect(self._check_damage)
        self.start_maximized = False  # run_gui shows the window maximised when True
        geometry = self.settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):  # restored: fitted by Qt
            screen = self.screen() or QGuiApplication.primaryScreen()
            rect, self.start_maximized = fit.first_placement(screen.availableGeometry())
            self.setGeometry(rect)

    # -- menus -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.action_new = self._add(
            file_menu, self.tr("&New Project…"), QKeySequence.StandardKey.New, self._new_dialog
        )
        self.action_open = self._add(
            file_menu, self.tr("&Open Project…"), QKeySequence.StandardKey.Open, self._open_dialog
        )
        self.action_open_team = self._add(file_menu, self.tr("Open &Team Project…"), None,
                                          lambda: open_dialog.open_team_dialog(self))  # fmt: skip
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.action_import = self._add(
            file_menu, self.tr("&Import Transcripts…"), "Ctrl+Shift+I", self.import_files
        )
        self.action_export = self._add(file_menu, self.tr("&Export Report and Workbook…"),
                                       "Ctrl+Shift+E",
                                       self.export_files)  # fmt: skip
        self.exchange = ExchangeActions(self, file_menu)  # REFI-QDA import and export
        self.merge = MergeActions(self, file_menu)  # File ▸ Merge Project… (team merge)
        self.snapshots = SnapshotActions(self, file_menu)  # automatic snapshots, Restore…
        self.security: SecurityActions = SecurityActions(self, file_menu)  # File ▸ Security
        file_menu.addSeparator()
        self.action_close = self._add(
            file_menu, self.tr("&Close Project"), QKeySequence.StandardKey.Close, self.close_project
        )
        file_menu.addSeparator()
        self.action_quit = self._add(
            file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.action_undo)
        edit_menu.addAction(self.action_redo)
        edit_menu.addSeparator()
        self.action_find = self._add(
            edit_menu, self.tr("&Find in Project…"), "Ctrl+Shift+F", self._find_in_project
        )

        project_menu = bar.addMenu(self.tr("&Project"))
        self.action_study = self._add(
            project_menu, self.tr("Study &Details…"), None, self.study_details
        )

        self.code_menu = bar.addMenu(self.tr("&Code"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.action_zoom_in = self._add(
            self.view_menu,
            self.tr("Zoom &In"),
            QKeySequence.StandardKey.ZoomIn,
            lambda: self._font_step(1),
        )
        self.action_zoom_out = self._add(
            self.view_menu,
            self.tr("Zoom &Out"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self._font_step(-1),
        )
        self.view_menu.addSeparator()
        self.action_participant_only = self._toggle(
            str(QT_TRANSLATE_NOOP("MainWindow", "&Participant Talk Only")),
            "Ctrl+Alt+P",
            self._participant_only,
        )
        self.action_dim = self._toggle(
            str(QT_TRANSLATE_NOOP("MainWindow", "&Dim Interviewer Turns")),
            None,
            self._dim,
            checked=True,
        )
        self.action_contrast = self._toggle(
            str(QT_TRANSLATE_NOOP("MainWindow", "&High Contrast")), None, self._contrast
        )
        self.view_menu.addSeparator()
        self._add(
            self.view_menu, self.tr("&Next Coded Segment"), "F8", lambda: self._step_segment(True)
        )
        self._add(
            self.view_menu,
            self.tr("Pre&vious Coded Segment"),
            "Shift+F8",
            lambda: self._step_segment(False),
        )
        self.meeting = MeetingMode(self)
        self.view_menu.addAction(self.meeting.next_disagreement)
        self.view_menu.addAction(self.meeting.previous_disagreement)
        self.view_menu.addAction(self.meeting.action)
        self.view_menu.addAction(self.meeting.play)
        self.view_menu.addSeparator()
        self._add(self.view_menu, self.tr("Reset Pane Sizes"), None, self._reset_splitter)
        self.theme_menu = ThemeMenu(self.settings, self)  # System / Light / Dark / High Contrast
        self.view_menu.addMenu(self.theme_menu)
        self.action_palette = self._add(
            self.view_menu,
            self.tr("Command &Palette…"),
            "Ctrl+Shift+P",
            lambda: self.palette_dialog.open_palette(),
        )
        self.action_compare = compare_action(self)  # opens ui.compare.CompareView
        self.view_menu.addAction(self.action_compare)
        self.view_menu.addSeparator()  # View ▸ Language: stored, applies at the next start
        self.language_menu = LanguageMenu(self, self.view_menu, self.settings, self._language_note)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help = HelpActions(self)  # Help ▸ User Guide (F1): docs/user-guide.md
        help_menu.addAction(self.help.action)
        self.help.extra = self.shortcut_sheet
        self._add(help_menu, self.tr("&About {app}").format(app=APP_NAME), None, self._about)

    def _language_note(self, text: str) -> None:
        messages.inform(self, self.tr("Language"), text)

    def _build_toolbar(self) -> None:
        """The main toolbar (the daily actions, each with an icon and its shortcut in the
        tooltip); the menus' main actions get the same icons."""
        for action, name in ((self.action_new, "file-plus"), (self.action_open, "folder-open"),
                             (self.action_close, "x"), (self.action_quit, "log-out"),
                             (self.action_zoom_in, "zoom-in"), (self.action_zoom_out, "zoom-out"),
                             (self.action_palette, "command"), (self.recent_menu.menuAction(),
                             "clock"), (self.theme_menu.menuAction(), "sun-moon"),
                             (self.action_contrast, "contrast")):  # fmt: skip
            set_icon(action, name)
        bar = self.toolbar = MainToolBar(self)
        bar.add(self.action_import, "file-input")
        bar.project_slot()  # New Code, Code Selection while a project is open
        bar.add(self.action_undo, "undo-2", renamed=True)  # "Undo Code 'Trust'"
        bar.add(self.action_redo, "redo-2", renamed=True)
        bar.addSeparator()
        bar.add(self.action_find, "search")
        bar.add(self.meeting.action, "presentation")
        bar.add(self.action_compare, "git-compare")
        bar.addSeparator()
        bar.add(self.action_export, "file-output")
        bar.add(self.help.action, "book-open")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _recolour_icons(self, _tokens: object) -> None:
        refresh_icons(self)

    def shortcut_sheet(self) -> str:
        """Help's shortcut sheet, generated from this window's menus as they are now."""
        return shortcut_sheet_markdown(self)

    def _toggle(
        self, text: str, shortcut: str | None, slot: object, checked: bool = False
    ) -> QAction:
        """A View option remembered per user (``text`` in English: the settings key;
        shown translated)."""
        key = "view/" + "".join(ch for ch in text.lower() if ch.isalpha())
        action = QAction(self.tr(text), self, checkable=True)
        action.setChecked(str(self.settings.value(key, checked)).lower() == "true")
        action.toggled.connect(lambda on: self.settings.setValue(key, on))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.toggled.connect(slot)
        self.view_menu.addAction(action)
        return action

    def _add(self, menu: QMenu, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        menu.addAction(action)
        return action

    # -- opening and closing ---------------------------------------------------------

    def open_project(
        self, path: Path | str, *, read_only: bool = False, password: Password | None = None
    ) -> bool:
        """Open ``path`` here (closing the current project). Problems a user can fix are
        shown as plain messages; a project in use elsewhere offers read-only; an encrypted
        one asks for its password (again after a wrong one, until Cancel). A
        ``postgresql://`` address opens a team project (issue 19)."""
        if isinstance(path, str) and is_team_address(path):
            return self._open_team(path, read_only=read_only)
        path = Path(path)
        from ikt_desktop.services.project import Project

        try:
            project = Project.open(path, read_only=read_only, password=password,
                                   check_later=True)  # fmt: skip
        except (PasswordRequiredError, WrongPasswordError) as exc:
            password = self.security.ask(path, wrong=isinstance(exc, WrongPasswordError))
            return password is not None and self.open_project(
                path, read_only=read_only, password=password
            )
        except ProjectLockedError as exc:
            if messages.ask_read_only(self, str(exc)) is not messages.Choice.READ_ONLY:
                return False
            return self.open_project(path, read_only=True, password=password)
        except UnwritableProjectError as exc:  # its permissions: offer to look, read-only
            if messages.ask_read_only_file(self, str(exc)) is not messages.Choice.READ_ONLY:
                return False
            return self.open_project(path, read_only=True, password=password)
        except UserError as exc:
            messages.warn(self, self.tr("Cannot open project"), str(exc))
            return False
        try:
            self.set_project(project)  # the quick damage check runs meanwhile
        except Exception as exc:
            damage = exc if isinstance(exc, NotAProjectError) else self._refuse_damaged(project)
            if damage is None:  # not the file's damage: a bug
                raise
            messages.warn(self, self.tr("Cannot open project"), str(damage))
            return False
        return True

    def _refuse_damaged(self, project: Project) -> NotAProjectError | None:
        """The quick damage check (run while the window was built) found damage: the
        project is closed and the error that refuses it returned (None: no damage)."""
        finding = project.quick_damage()
        if finding is None:
            return None
        if self.project is project:
            self.close_project()
        else:
            project.close()
        return NotAProjectError(project.path, finding)

    def create_project(self, path: Path, title: str = "", password: Password | None = None) -> bool:
        from ikt_desktop.services.project import Project

        try:
            project = Project.create(Path(path), title, password)
        except UserError as exc:
            messages.warn(self, self.tr("Cannot create project"), str(exc))
            return False
        self.set_project(project)
        return True

    def set_project(self, project: Project) -> None:
        self.close_project()
        self.project = project
        if not project.read_only:
            project.coders.ensure_current(getpass.getuser() or "Coder")
        self._remember(project.store.location)  # a file, or a team project's address
        self._build_panes(project)
        damage = self._refuse_damaged(project)  # the window waits for the quick check here
        if damage is not None:
            raise damage
        if project.store.is_team:
            from ikt_desktop.ui.team.live import TeamLive

            self.live = TeamLive(self, project)
        self._update_title()
        self.snapshots.project_opened(project)  # the on-open snapshot, sync-folder warning
        log.info("showing %s%s", project.path, " (read-only)" if project.read_only else "")
        if project.store.pending_check is not None:  # the thorough check, in the background
            self._damage_timer.start()

    def _check_damage(self) -> None:
        """The background damage check has run: damage found is said in one line and the
        project is shown read-only (writing was refused from the start)."""
        project = self.project
        if project is None or project.checking:
            if project is None:
                self._damage_timer.stop()
            return
        self._damage_timer.stop()
        finding = project.damage_found()
        if finding is None:
            return
        path, password = project.path, project.store.key
        text = self.tr(
            "{path}: {finding}. Nothing was written to it; it is open read-only. "
            "File ▸ Restore Snapshot… brings back an earlier copy."
        )
        messages.warn(self, self.tr("The project file is damaged"),
                      text.format(path=path, finding=finding))  # fmt: skip
        self.open_project(path, read_only=True, password=password)

    def close_project(self) -> None:
        if self.project is None:
            return
        self._save_layout()
        self.undo_stack.clear()  # commands refer to this project's ids
        self.snapshots.project_closing()  # waits for a snapshot being taken
        if self.workspace is not None:
            self.workspace.analysis.wait()  # a matrix or chart being computed
        if self.live is not None:
            self.live.close()
            self.live = None
        project, self.project = self.project, None
        self.hub.one_look = contextlib.nullcontext
        try:
            project.close()
        except UserError as exc:  # a full disk: the journal is kept, nothing is lost
            messages.warn(self, self.tr("Project closed with a problem"), str(exc))
        self._show_empty()

    # -- layout ----------------------------------------------------------------------

    def _build_panes(self, project: Project) -> None:
        from ikt_desktop.ui.codebook.autocode_actions import AutocodeActions
        from ikt_desktop.ui.privacy.pseudonym_actions import PseudonymActions as Pseudonymise
        from ikt_desktop.ui.shell.workspace import Workspace
        from ikt_desktop.ui.team.coder_bar import CoderBar

        self._clear_workspace()
        self.hub.one_look = project.one_look
        self.workspace = Workspace(project, self.hub, self.undo_stack, self.settings)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        actions = self.workspace.coding
        self.code_menu.clear()
        new_code = self.workspace.codebook_pane.new_code
        for action in (new_code, actions.code_selection, actions.in_vivo):
            self.code_menu.addAction(action)
        self.toolbar.attach_project(
            [
                (
                    new_code,
                    "tag",
                    " " + QCoreApplication.translate("MainWindow", "in the codebook"),
                ),
                (actions.code_selection, "highlighter", ""),
            ]
        )
        set_icon(actions.in_vivo, "quote")
        set_icon(actions.remove, "eraser")
        recent = self.code_menu.addMenu(self.tr("Recent Codes"))
        for action in actions.recent_actions:
            recent.addAction(action)
            self.addAction(action)  # shortcuts work while the menu is closed
        self.code_menu.addSeparator()
        for action in (actions.remove, actions.resize):
            self.code_menu.addAction(action)
        self.code_menu.addSeparator()
        self.code_menu.addAction(actions.snap_words)
        self.code_menu.addAction(self.workspace.edit_text)
        self.code_menu.addSeparator()
        self.autocode = AutocodeActions(project, self.hub, self.undo_stack,
                                        self.workspace.codebook_pane, self)  # fmt: skip
        self.autocode.add_to(self.code_menu)
        self.code_menu.addSeparator()
        self.code_menu.addAction(Pseudonymise(project, self.hub, self.undo_stack, self.workspace))
        actions.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.workspace.search_pane.coded.connect(
            lambda text: self.statusBar().showMessage(text, 6000)
        )
        view = self.workspace.transcript_pane.view
        size = self.settings.value(FONT_KEY)
        if size is not None:
            view.change_font_size(float(size) - view.font().pointSizeF())
        view.set_dim_interviewer(self.action_dim.isChecked())
        view.set_high_contrast(self.action_contrast.isChecked())
        view.set_participant_only(self.action_participant_only.isChecked())
        self.coder_bar = CoderBar(
            project.coders, self.hub, self.undo_stack, project.read_only, self
        )
        self.addToolBar(self.coder_bar)
        self.coder_bar.hidden_changed.connect(self.workspace.transcript_pane.set_hidden_coders)
        self.view_menu.addAction(self.coder_bar.blind)
        for action in (self.workspace.video.show_action, self.workspace.video.detach_action):
            self.view_menu.addAction(action)  # issue 17: the video of the recording

    def _find_in_project(self) -> None:
        if self.workspace is not None:
            self.workspace.show_search()

    def _step_segment(self, forward: bool) -> None:
        if self.workspace is not None and not self.workspace.transcript_pane.step_segment(forward):
            self.statusBar().showMessage(self.tr("No more coded segments in this direction"), 3000)

    def _show_empty(self) -> None:
        self._clear_workspace()
        self.code_menu.clear()
        self.action_close.setEnabled(False)
        self.action_import.setEnabled(False)
        self.action_export.setEnabled(False)
        self.action_study.setEnabled(False)
        self.action_find.setEnabled(False)
        self._update_title()

    def _clear_workspace(self) -> None:
        if self.meeting.active:
            self.meeting.leave()
        if self.coder_bar is not None:
            self.view_menu.removeAction(self.coder_bar.blind)
            self.removeToolBar(self.coder_bar)
            self.coder_bar.deleteLater()
            self.coder_bar = None
        self.toolbar.detach_project()
        if self.workspace is not None:
            self.workspace.video.shutdown()
            for action in (self.workspace.video.show_action, self.workspace.video.detach_action):
                self.view_menu.removeAction(action)
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.welcome.set_recent(self.recent_projects())
        self.stack.setCurrentWidget(self.welcome)

    def _reset_splitter(self) -> None:
        if self.workspace is not None:
            self.workspace.reset_layout()

    def _save_layout(self) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        if self.workspace is not None:
            self.workspace.save_layout()

    # -- panes of the open project (None when no project is open) ------------------------

    @property
    def sources_pane(self) -> SourcesPane | None:
        return self.workspace.sources_pane if self.workspace else None

    @property
    def transcript_pane(self) -> TranscriptPane | None:
        return self.workspace.transcript_pane if self.workspace else None

    @property
    def codebook_pane(self) -> CodebookPane | None:
        return self.workspace.codebook_pane if self.workspace else None

    @property
    def retrieval_pane(self) -> RetrievalPane | None:
        return self.workspace.retrieval_pane if self.workspace else None

    @property
    def splitter(self) -> QSplitter:
        assert self.workspace is not None
        return self.workspace.columns

    def _font_step(self, steps: int) -> None:
        if self.transcript_pane is not None:
            self.transcript_pane.view.change_font_size(steps)
            self.settings.setValue(FONT_KEY, self.transcript_pane.view.font().pointSizeF())

    def _participant_only(self, on: bool) -> None:
        if self.transcript_pane is not None:
            self.transcript_pane.view.set_participant_only(on)

    def _dim(self, on: bool) -> None:
        if self.transcript_pane is not None:
            self.transcript_pane.view.set_dim_interviewer(on)

    def _contrast(self, on: bool) -> None:
        if self.transcript_pane is not None:
            self.transcript_pane.view.set_high_contrast(on)

    def _update_title(self) -> None:
        self.security.update(self.project)
        if self.project is None:
            self.setWindowTitle(APP_NAME)
            self.coder_label.clear()
            return
        self.action_close.setEnabled(True)
        self.action_import.setEnabled(not self.project.read_only)
        self.action_export.setEnabled(True)  # exporting changes nothing: read-only is fine
        self.action_study.setEnabled(not self.project.read_only)
        self.action_find.setEnabled(True)
        suffix = " " + self.tr("[read-only]") if self.project.read_only else ""
        suffix += f" {ENCRYPTED}" if self.project.encrypted else ""
        self.setWindowTitle(f"{self.project.title}{suffix} — {APP_NAME}")
        self.setWindowFilePath(str(self.project.path))
        coder = self.project.coders.current()
        status = self.tr("Coder: {name}").format(name=coder.name) if coder else self.tr("No coder")
        if self.project.read_only:
            status = self.tr("Read-only: changes are not possible") + " · " + status
        self.coder_label.setText(status)

    # -- importing -------------------------------------------------------------------

    def import_files(self, paths: list[Path] | None = None) -> ImportDialog | None:
        """Open the import dialog (non-blocking) on ``paths``; with none, ask for files."""
        if self.project is None or self.project.read_only:
            return None
        from ikt_desktop.ui.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(self.project.imports, self.project.participants, paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_imported)
        dialog.open()
        if not paths:
            dialog.ask_for_files()
        return dialog

    def export_files(self) -> ExportDialog | None:
        """Open the export dialog (non-blocking): Word report and Excel workbook."""
        if self.project is None:
            return None
        from ikt_desktop.ui.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(self.project, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        dialog.open()
        return dialog

    def study_details(self) -> StudyDetailsDialog | None:
        """Project ▸ Study Details… (non-blocking): the facts the report's methods use."""
        if self.project is None:
            return None
        from ikt_desktop.ui.exchange.study_dialog import StudyDetailsDialog

        dialog = StudyDetailsDialog(self.project.study, self.hub, self.undo_stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_exported(self, outcome: ExportOutcome) -> None:
        wrote = self.tr("Wrote {files}")
        self.statusBar().showMessage(wrote.format(files="; ".join(outcome.written)), 10000)
        if outcome.paths:
            self.written_box = file_places.offer_open(
                self, self.tr("Export finished"), wrote.format(files="\n".join(outcome.written)),
                outcome.paths,
            )  # fmt: skip

    def _on_imported(self, outcome: BatchOutcome) -> None:
        if self.project is None or not outcome.results:
            return
        from ikt_desktop.ui.shell import commands

        command = commands.ImportSourcesCommand(
            self.project.sources, self.project.participants, self.hub, outcome.changes
        )
        commands.push(self.undo_stack, command, self)
        n = len(outcome.results)
        self.statusBar().showMessage(self.tr("Imported %n transcript(s)", "", n), 8000)
        if self.sources_pane is not None:
            self.sources_pane.select_source(outcome.results[-1].source.id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _dropped_files(self, mime: QMimeData) -> list[Path]:
        if self.project is None or self.project.read_only or not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.is_file()]

    # -- recent files ----------------------------------------------------------------

    def recent_projects(self) -> list[str]:
        value = self.settings.value(RECENT_KEY) or []
        return [value] if isinstance(value, str) else list(value)

    def _open_team(self, address: str, *, read_only: bool = False) -> bool:
        """Open the team project at ``address`` (issue 19; the password comes from the
        system keychain or libpq's own password file, never from settings)."""
        return open_dialog.open_team(self, address, read_only=read_only)

    def _remember(self, path: Path | str) -> None:
        recent = [p for p in self.recent_projects() if p != str(path)]
        self.settings.setValue(RECENT_KEY, [str(path), *recent][:MAX_RECENT])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for entry in self.recent_projects():
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(
                lambda _c=False, p=entry: self.open_project(project_location(p))
            )
        self.recent_menu.setEnabled(bool(self.recent_projects()))

    # -- dialogs ---------------------------------------------------------------------

    def _new_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Project"), "", self.tr(FILE_FILTER)
        )
        if name:
            path = Path(name) if name.endswith(".ikt") else Path(name + ".ikt")
            choice = password_dialog.ask_new_project(self, path)
            if choice is not None:
                self.create_project(path, password=to_password(choice.password))

    def open_demo(self) -> bool:
        """A fresh copy of the bundled demo project, opened here."""
        return self.open_project(fresh_demo_copy())

    def _new_then_import(self) -> None:
        """The start page's Import Transcripts: a new project first, then its import."""
        self._new_dialog()
        if self.project is not None:
            self.import_files()

    def _open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Project"), "", self.tr(FILE_FILTER)
        )
        if name:
            self.open_project(Path(name))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + self.tr(
                "Offline qualitative interview research. Your projects never leave this computer."
            )
            + "</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_layout()
        self.close_project()
        super().closeEvent(event)
