"""Encrypted projects in the window: the password prompt (retry, Cancel), New Project with
a password, File ▸ Security (encrypt, change password, remove encryption), the lock mark."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from ikt_desktop.db.cipher import SQLITE_HEADER
from ikt_desktop.services.privacy.security import Password, encrypt_project
from ikt_desktop.services.project import Project
from ikt_desktop.ui.privacy import password_dialog, security_actions
from ikt_desktop.ui.privacy.password_dialog import Mode, NewProjectChoice, PasswordDialog
from ikt_desktop.ui.shell.main_window import MainWindow

SECRET = "Zoom-interviews 2026 café 👍"


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str | None]]:
    """What the patched password dialogs answer, in order (None: Cancel); and the confirm
    questions answer Yes."""
    answers: dict[str, list[str | None]] = {"open": [], "new": [], "asked": []}

    def ask_password(_parent: object, path: Path, error: str = "") -> str | None:
        answers["asked"].append(error)
        return answers["open"].pop(0)

    monkeypatch.setattr(password_dialog, "ask_password", ask_password)
    monkeypatch.setattr(password_dialog, "ask_new_password", lambda *_a: answers["new"].pop(0))
    monkeypatch.setattr(security_actions, "confirm", lambda *_a: True)
    return answers


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def encrypted_demo(demo_path: Path) -> Path:
    encrypt_project(demo_path, Password(SECRET))
    return demo_path


def test_opening_asks_for_the_password_and_retries(qtbot, window: MainWindow, demo_path: Path,
                                                   typed, settings) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    path = encrypted_demo(demo_path)
    before = digest(path)
    typed["open"] = ["wrong", None]
    assert not window.open_project(path)  # a wrong one, then Cancel
    assert typed["asked"] == ["", security_actions.wrong_password()]
    assert window.project is None and digest(path) == before
    typed["open"] = ["wrong again", SECRET]
    assert window.open_project(path)
    assert window.project is not None and window.project.encrypted
    assert "[encrypted]" in window.windowTitle()
    assert window.security.lock_label.isVisible()
    assert window.security.action_change.isEnabled()
    assert not window.security.action_encrypt.isEnabled()
    window.close_project()
    assert not window.security.lock_label.isVisible()
    settings.sync()
    ini = Path(settings.fileName()).read_bytes()
    assert str(path).encode() in ini and SECRET.encode() not in ini  # recent: the path only


def test_new_project_with_a_password(qtbot, window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    path = tmp_path / "pilot.ikt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(password_dialog, "ask_new_project",
                        lambda *_a: NewProjectChoice(SECRET))  # fmt: skip
    window.action_new.trigger()
    assert window.project is not None and window.project.encrypted
    window.close_project()
    assert path.read_bytes()[:16] != SQLITE_HEADER
    with Project.open(path, password=Password(SECRET)) as p:
        assert p.encrypted


def test_encrypt_change_and_remove_from_the_security_menu(qtbot, window: MainWindow,
                                                          demo_path: Path, typed) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    assert window.open_project(demo_path)
    assert window.project is not None
    codings = window.project.info().codings
    window.project.codebook.create("An edit to undo")
    window.security.ask_delete_plaintext = lambda *_a: False
    typed["new"] = [SECRET]
    window.security.action_encrypt.trigger()
    qtbot.waitUntil(lambda: window.project is not None and window.project.encrypted, timeout=30_000)
    assert window.undo_stack.count() == 0  # not an undoable edit: the history is cleared
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(demo_path).execute("SELECT 1 FROM sqlite_master").fetchall()

    typed["open"] = ["not the current one"]
    assert not window.security.change_password()  # a wrong current password stops it
    typed["open"], typed["new"] = [SECRET], ["second secret"]
    window.security.action_change.trigger()
    qtbot.waitUntil(lambda: window.project is not None and window.security.job is None,
                    timeout=30_000)  # fmt: skip
    assert window.project is not None and window.project.store.key is not None
    assert window.project.store.key.matches("second secret")

    typed["open"] = ["second secret"]
    window.security.action_remove.trigger()
    qtbot.waitUntil(lambda: window.project is not None and not window.project.encrypted,
                    timeout=30_000)  # fmt: skip
    assert window.project.info().codings == codings
    assert demo_path.read_bytes()[:16] == SQLITE_HEADER


def test_password_dialog_checks_what_was_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PasswordDialog(Mode.NEW, "Encrypt Project", "Choose a password.")
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    dialog.password.setText("long enough 1")
    dialog.confirm.setText("long enough 2")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "differ" in dialog.error.text()
    dialog.password.setText("short")
    dialog.confirm.setText("short")
    assert "at least" in dialog.problem()
    dialog.password.setText("long enough 1")
    dialog.confirm.setText("long enough 1")
    assert dialog.problem() == "" and dialog.value() == "long enough 1"
    new = PasswordDialog(Mode.NEW_PROJECT, "New Project", "Create it.")
    qtbot.addWidget(new)
    assert new.problem() == "" and new.value() is None  # not encrypted: nothing to check
    assert not new.password.isEnabled()
    new.encrypt.setChecked(True)
    assert new.password.isEnabled() and new.problem() == "Type the password."


def test_restoring_an_encrypted_snapshot_asks_once(qtbot, window: MainWindow, demo_path: Path,
                                                   typed, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots
    from ikt_desktop.ui.privacy import snapshot_actions

    path = encrypted_demo(demo_path)
    with Project.open(path, password=Password(SECRET)) as p:
        info = ProjectSnapshots.for_store(p.store).take("test")
    monkeypatch.setattr(snapshot_actions, "ask_open_now", lambda *_a: True)
    typed["open"] = [None]  # Cancel: nothing is written
    assert window.snapshots.restore(info, tmp_path / "cancelled.ikt") is None
    assert not (tmp_path / "cancelled.ikt").exists()
    typed["open"], typed["asked"] = ["wrong", SECRET], []
    restored = window.snapshots.restore(info, tmp_path / "restored.ikt")
    assert restored is not None and typed["asked"] == ["", security_actions.wrong_password()]
    assert window.project is not None and window.project.encrypted  # opened, not asked again
    assert window.project.path == restored.resolve()


def test_merging_an_encrypted_project_asks_for_its_password(qtbot, window: MainWindow,
                                                             demo_path: Path, tmp_path: Path,
                                                             typed, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    from ikt_desktop.ui.team import merge_actions

    other = tmp_path / "teammate.ikt"
    with Project.create(other, "Teammate", Password(SECRET)) as p:
        p.coders.ensure_current("Robin")
        p.codebook.create("Hope for the future")
    monkeypatch.setattr(merge_actions, "ask_open", lambda *_a: other)
    assert window.open_project(demo_path)
    typed["open"] = [None]  # Cancel: nothing happens
    window.merge.merge_project()
    assert window.merge.dialog is None and typed["asked"] == [""]
    typed["open"] = [SECRET]
    with qtbot.waitSignal(window.merge.finished, timeout=20_000):
        window.merge.merge_project()
    assert window.merge.dialog is not None and window.merge.dialog.isVisible()
    window.merge.dialog.close()


@pytest.mark.parametrize("delete", [True, False])
def test_encrypting_offers_to_delete_the_plain_copies(qtbot, window: MainWindow, demo_path: Path,
                                                      typed, delete: bool) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    from ikt_desktop.db.store import backup_file
    from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots

    with Project.open(demo_path) as p:  # before the window takes its own on opening
        snapshot = ProjectSnapshots.for_store(p.store).take().path
    backup = demo_path.with_name("demo.before-merge-20261205-101500.ikt")
    backup_file(demo_path, backup)
    assert window.open_project(demo_path)
    asked: list[tuple[Path, ...]] = []

    def answer(_parent: object, copies: object) -> bool:
        asked.append(copies.all)  # type: ignore[attr-defined]
        return delete

    window.security.ask_delete_plaintext = answer
    typed["new"] = [SECRET]
    window.security.action_encrypt.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    qtbot.waitUntil(lambda: window.security.job is None, timeout=30_000)
    assert snapshot in asked[0] and backup in asked[0]  # every plain copy, named
    assert all(p.exists() != delete for p in asked[0])
    assert window.project is not None and window.project.encrypted
    message = window.statusBar().currentMessage()
    assert ("deleted securely" in message) if delete else ("kept" in message)
