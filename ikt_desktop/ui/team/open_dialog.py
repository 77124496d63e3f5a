"""File ▸ Open Team Project… (issue 19, item 4): where the team database is and who
connects; the password can be remembered in the system keychain (never in settings).

Tests replace :func:`ask_login` (it runs the dialog modally) with a fake, or drive an
:class:`OpenTeamDialog` that is only shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.db.team.url import TeamDatabaseError
from ikt_desktop.domain.errors import UserError
from ikt_desktop.services.team import keychain
from ikt_desktop.services.team.keychain import TeamLogin
from ikt_desktop.ui.look.palette import colours
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.host import WindowHost

THIS_MACHINE = "localhost"  # a host name, not text to translate
LAST_KEY = "team/last_login"  # host, port, database, user: never the password


@dataclass(frozen=True)
class TeamChoice:
    """What the dialog gives back: the checked address (no password in it), the
    password typed, and whether to keep it in the keychain."""

    address: str
    password: str
    remember: bool


class OpenTeamDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("OpenTeamDialog", "Open Team Project"))
        self._settings = settings
        self.choice: TeamChoice | None = None
        self.host = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "OpenTeamDialog", "qda.example.org, or a socket folder"
            )
        )
        self.port = QSpinBox(minimum=1, maximum=65535, value=keychain.DEFAULT_PORT)
        self.database = QLineEdit(
            placeholderText=QCoreApplication.translate("OpenTeamDialog", "ms_study")
        )
        self.user = QLineEdit(
            placeholderText=QCoreApplication.translate("OpenTeamDialog", "your login on the server")
        )
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            QCoreApplication.translate("OpenTeamDialog", "Remember password in the system keychain")
        )
        why_not = keychain.available()
        self.remember.setEnabled(not why_not)
        self.remember.setToolTip(
            QCoreApplication.translate("OpenTeamDialog", "Not available: {reason}.").format(
                reason=why_not
            )
            if why_not
            else QCoreApplication.translate(
                "OpenTeamDialog", "Kept by the operating system, never in iKT Desktop's settings."
            )
        )
        self.note = QLabel(
            QCoreApplication.translate(
                "OpenTeamDialog",
                "Data stays on your institution's server. Connections to another computer "
                "use TLS with the server's certificate checked (sslmode=verify-full); only "
                "localhost and a Unix socket folder connect without it.",
            ),
            wordWrap=True,
        )
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("team_error")
        self.error.setStyleSheet(f"color: {colours().error_text}")
        self.error.hide()
        form = QFormLayout()
        for label, field in (
            (QCoreApplication.translate("OpenTeamDialog", "&Host:"), self.host),
            (QCoreApplication.translate("OpenTeamDialog", "&Port:"), self.port),
            (QCoreApplication.translate("OpenTeamDialog", "&Database:"), self.database),
            (QCoreApplication.translate("OpenTeamDialog", "&User:"), self.user),
            (QCoreApplication.translate("OpenTeamDialog", "Pass&word:"), self.password),
        ):
            form.addRow(label, field)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._restore()
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._clear_error)

    def _restore(self) -> None:
        last = self._settings.value(LAST_KEY)
        if isinstance(last, list) and len(last) == 4:
            self.host.setText(str(last[0]))
            self.port.setValue(int(last[1]))
            self.database.setText(str(last[2]))
            self.user.setText(str(last[3]))
        else:
            self.host.setText(THIS_MACHINE)
        self.remember.setChecked(self.remember.isEnabled())

    def login(self) -> TeamLogin:
        return TeamLogin(
            self.host.text(), self.database.text(), self.user.text(), self.port.value()
        )

    def _clear_error(self) -> None:
        self.error.hide()

    def accept(self) -> None:
        """Check the address by the TLS rule first: a problem is said in the dialog,
        which stays open with everything typed."""
        login = self.login()
        try:
            url = login.check()
        except TeamDatabaseError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self._settings.setValue(LAST_KEY, [login.host, login.port, login.database, login.user])
        keep = self.remember.isEnabled() and self.remember.isChecked()
        self.choice = TeamChoice(url.display, self.password.text(), keep)
        super().accept()


def ask_login(parent: QWidget, settings: QSettings) -> TeamChoice | None:
    """Run the dialog (modal); tests replace this function."""
    dialog = OpenTeamDialog(settings, parent)
    dialog.exec()
    return dialog.choice


def open_team_dialog(window: WindowHost) -> bool:
    """File ▸ Open Team Project…: ask, open, and keep (or forget) the password."""
    choice = ask_login(window, window.settings)
    if choice is None:
        return False
    password = choice.password or keychain.remembered(choice.address)
    if not open_team(window, choice.address, password=password):
        return False
    if choice.remember and choice.password:
        problem = keychain.remember(choice.address, choice.password)
        if problem:
            window.statusBar().showMessage(problem, 8000)
    elif not choice.remember and choice.password:
        keychain.forget(choice.address)
    return True


def open_team(
    window: WindowHost, address: str, *, read_only: bool = False, password: str | None = None
) -> bool:
    """Open the team project at ``address`` in ``window``; with no ``password`` given, the
    keychain's (if one is kept), else libpq's own (a password file, a socket's peer)."""
    if password is None:
        password = keychain.remembered(address)
    try:
        from ikt_desktop.services.project import Project  # every service: on first use

        project = Project.open_team(address, read_only=read_only, password=password)
    except UserError as exc:
        messages.warn(
            window,
            QCoreApplication.translate("OpenTeamDialog", "Cannot open team project"),
            str(exc),
        )
        return False
    window.set_project(project)
    return True
