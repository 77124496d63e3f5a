"""Starting the GUI: the QApplication, settings location, crash handling, first window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ikt_desktop import APP_NAME, __version__, paths
from ikt_desktop.domain.errors import UserError
from ikt_desktop.logging_setup import LOG_NAME
from ikt_desktop.ui.chrome import startup_probe
from ikt_desktop.ui.chrome.start_page import fresh_demo_copy
from ikt_desktop.ui.chrome.warm_up import WarmUp
from ikt_desktop.ui.i18n.language import chosen_language, install_translators
from ikt_desktop.ui.look.palette import look
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.crash_dialog import install_excepthook
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.shell.resources import app_icon

log = logging.getLogger(__name__)


def configure_settings() -> None:
    """QSettings as an INI file in our config folder (so IKT_DESKTOP_HOME covers it)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.config_dir())
    )


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("iKT Desktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    configure_settings()
    install_translators(chosen_language(QSettings()), app)  # before the first window
    return app


def run_gui(
    project: Path | str | None,  # a file, or a team project's postgresql:// address
    *,
    demo: bool = False,
    read_only: bool = False,
    quit_after: float | None = None,
) -> int:
    app = make_application()
    install_excepthook(str(paths.log_dir() / LOG_NAME))
    window = MainWindow()
    look().load(window.settings)  # the palette chosen under View ▸ Theme, or the system's
    if window.start_maximized:  # a laptop screen: the whole of it
        window.showMaximized()
    else:
        window.show()
    if project is None and not demo:  # the services and panes load while the window waits
        WarmUp(window)  # a child of the window
    try:
        if demo:
            window.open_project(fresh_demo_copy())
        elif project is not None:
            window.open_project(project, read_only=read_only)
    except UserError as exc:
        messages.warn(window, APP_NAME, str(exc))
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), window.close)
    startup_probe.arm(window)  # bench/startup.py: the time of the first paint, then close
    return app.exec()
