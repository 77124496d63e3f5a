"""File ▸ Open Team Project… (issue 19, item 4): the dialog builds the address, applies the
TLS rule in place, and keeps the password in the system keychain (an in-memory keychain
here; without one the choice is disabled and says why), never in settings; a recent team
project and a command-line address find their password there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from ikt_desktop.services.team import keychain
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.team import open_dialog
from ikt_desktop.ui.team.open_dialog import OpenTeamDialog, TeamChoice
from tests.postgres_server import PostgresServer

SECRET = "s3cret-pass"


class MemoryKeyring(KeyringBackend):
    """A keychain in memory: what the operating system's would keep."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def open_button(dialog: OpenTeamDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Open)


def test_the_dialog_refuses_weak_tls_to_another_host_in_place(
    qtbot, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    dialog = OpenTeamDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText("qda.example.org")
    dialog.database.setText("ms_study")
    dialog.user.setText("anna")
    assert dialog.login().address() == "postgresql://anna@qda.example.org/ms_study"
    assert "sslmode=verify-full" in dialog.login().check().conninfo  # another host: TLS
    assert "verify-full" in dialog.note.text()
    local = OpenTeamDialog(settings)
    qtbot.addWidget(local)
    assert local.host.text() == "localhost"  # nothing remembered yet: this machine
    local.database.setText("ms_study")
    local.user.setText("anna")
    assert "sslmode" not in local.login().check().conninfo  # localhost: no TLS needed
    dialog.host.setText("qda.example.org/?sslmode=disable&x=")  # smuggled into the host
    dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    assert dialog.isVisible() and dialog.choice is None  # stays open, everything kept
    assert "is not a server name" in dialog.error.text()
    assert dialog.error.isVisibleTo(dialog) and dialog.user.text() == "anna"
    dialog.host.setText("qda.example.org")
    assert not dialog.error.isVisibleTo(dialog)  # typing clears the message
    dialog.database.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    assert "name the database" in dialog.error.text() and dialog.choice is None
    dialog.database.setText("ms_study")
    dialog.port.setValue(6543)
    dialog.password.setText(SECRET)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    assert not dialog.isVisible()
    assert dialog.choice == TeamChoice("postgresql://anna@qda.example.org:6543/ms_study",
                                       SECRET, True)  # fmt: skip
    # what is remembered for next time: never the password
    stored = settings.value(open_dialog.LAST_KEY)
    assert stored == ["qda.example.org", 6543, "ms_study", "anna"]
    settings.sync()
    assert SECRET not in Path(settings.fileName()).read_text(encoding="utf-8", errors="replace")
    again = OpenTeamDialog(settings)
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.user.text()) == (
        "qda.example.org", 6543, "anna")  # fmt: skip
    assert again.password.text() == ""


def test_without_a_keychain_remembering_is_disabled_and_says_why(
    qtbot, settings: QSettings, no_keyring: None
) -> None:  # type: ignore[no-untyped-def]
    dialog = OpenTeamDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "no system keychain" in dialog.remember.toolTip()
    assert keychain.remember("postgresql://a@/db", SECRET) != ""  # refused, one line
    assert keychain.remembered("postgresql://a@/db") == ""


def test_opening_keeps_the_password_in_the_keychain_and_reuses_it(
    window: MainWindow,
    pg_server: PostgresServer,
    memory_keyring: MemoryKeyring,
    team_database: Callable[[str, Path], str],
    _demo_master: Path,
    shown,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    url = team_database("demo", _demo_master)
    database = url.split("?", 1)[0].rsplit("/", 1)[1]
    role = f"kc_{database}"
    pg_server.sql(f"CREATE ROLE {role} LOGIN SUPERUSER PASSWORD '{SECRET}'")
    # the socket trusts everyone: make this role's login need its password
    hba = pg_server.data_dir / "pg_hba.conf"
    original = hba.read_text()
    try:
        hba.write_text(f"local all {role} scram-sha-256\n" + original)
        pg_server.sql("SELECT pg_reload_conf()")
        address = f"postgresql://{role}@/{database}?host={pg_server.socket_dir}"
        asked: list[int] = []

        def ask(_parent: object, _settings: object) -> TeamChoice:
            asked.append(1)
            return TeamChoice(address, SECRET, True)

        monkeypatch.setattr(open_dialog, "ask_login", ask)
        window.action_open_team.trigger()
        assert window.project is not None and window.project.store.is_team, shown.warnings
        assert memory_keyring.kept == {(keychain.SERVICE, address): SECRET}
        assert window.recent_projects()[0] == address  # no password in the recent list
        window.close_project()
        window._fill_recent()
        window.recent_menu.actions()[0].trigger()  # the keychain's password, not asked
        assert window.project is not None and window.project.store.is_team
        assert len(asked) == 1
        window.close_project()
        memory_keyring.kept.clear()  # forgotten: the server refuses, said in one line
        assert not window.open_project(address)
        assert "password" in shown.warnings[-1] and SECRET not in shown.warnings[-1]
    finally:
        hba.write_text(original)
        pg_server.sql("SELECT pg_reload_conf()")
        pg_server.sql(f"DROP ROLE IF EXISTS {role}")


def test_a_team_project_in_the_start_page_reads_as_a_database_on_a_server(
    qtbot, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    from ikt_desktop.ui.chrome.start_page import PATH_ROLE, StartPage

    page = StartPage()
    qtbot.addWidget(page)
    remote = "postgresql://anna@qda.example.org/ms_study"
    socket = "postgresql://ben@/ms_study?host=/run/postgresql"
    page.set_recent([remote, socket])
    first, second = page.recent.item(0), page.recent.item(1)
    assert first.text() == "ms_study    —    team server: anna@qda.example.org"
    assert second.text() == "ms_study    —    team server: ben"
    assert first.flags() & first.flags().ItemIsEnabled  # not "(not found)" like a file
    assert first.data(PATH_ROLE) == remote and first.toolTip() == remote
    with qtbot.waitSignal(page.recent_chosen) as chosen:
        page.recent.itemActivated.emit(second)
    assert chosen.args == [socket]
