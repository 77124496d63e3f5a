"""File ▸ Security: Encrypt Project…, Change Password…, Remove Encryption…, the lock mark in
the status bar, and asking for the password of an encrypted project being opened.

These rewrite the whole file (services.security), so they are file operations, not
undoable edits: the user confirms, the project is closed (no session survives), the file
is rewritten off the GUI thread (progress, Cancel) and the project opened again with its
new key. On any failure the file is unchanged and opens again as it was. Tests replace
:func:`confirm` and the ``password_dialog.ask_*`` functions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QWidget

from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.progress import Progress
from ikt_desktop.ui.privacy import password_dialog
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.background import ProgressJob
from ikt_desktop.ui.shell.resources import icon

if TYPE_CHECKING:  # the services load on first use (start-up imports none of them)
    from ikt_desktop.services.privacy.pseudonym_copies import OldCopies
    from ikt_desktop.services.privacy.security import Password
    from ikt_desktop.services.project import Project
    from ikt_desktop.ui.shell.host import WindowHost

log = logging.getLogger(__name__)

ENCRYPTED = "[encrypted]"  # in the window title; the status bar shows a lock icon


def not_undoable() -> str:
    return QCoreApplication.translate(
        "SecurityActions",
        "The project is closed, rewritten and opened again. This is not an edit: Undo cannot "
        "reverse it, and the undo history is cleared.",
    )


def wrong_password() -> str:
    return QCoreApplication.translate("SecurityActions", "The password is wrong. Try again.")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def plaintext_text(copies: OldCopies) -> str:
    """What the question after encrypting says: which plain copies remain, the trade-off."""
    parts = []
    if copies.snapshots:
        parts.append(
            QCoreApplication.translate(
                "SecurityActions", "{count} automatic snapshot(s) taken before"
            ).format(count=len(copies.snapshots))
        )
    if copies.backups:
        parts.append(
            QCoreApplication.translate(
                "SecurityActions", "{count} backup(s) beside the project file"
            ).format(count=len(copies.backups))
        )
    return (
        QCoreApplication.translate("SecurityActions", "The project is encrypted. But ")
        + " and ".join(parts)
        + QCoreApplication.translate(
            "SecurityActions",
            " are still plain text: "
            "anyone with those files can read the whole project.\n\nDelete them securely "
            "(each file is overwritten, then deleted)?\n\nThey are also a way back to earlier "
            "states of the project; keep them only if you need that and they are safe.",
        )
    )


def ask_delete_plaintext(parent: QWidget | None, copies: OldCopies) -> bool:
    title = QCoreApplication.translate("SecurityActions", "Plain-text copies")
    return messages.ask_to_shred(parent, title, plaintext_text(copies), QMessageBox.Icon.Warning)


def to_password(text: str | None) -> Password | None:
    from ikt_desktop.services.privacy.security import Password

    try:
        return Password(text) if text else None
    except UserError:
        return None


class SecurityActions(QObject):
    """The Security submenu and the lock mark of one main window."""

    def __init__(self, window: WindowHost, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.job: ProgressJob | None = None
        self.ask_delete_plaintext: Callable[[QWidget | None, OldCopies], bool] = (
            ask_delete_plaintext
        )
        self.last_plaintext: OldCopies | None = None  # what the last encrypt found
        self.menu = menu.addMenu(QCoreApplication.translate("SecurityActions", "Securit&y"))
        self.action_encrypt = self.menu.addAction(
            QCoreApplication.translate("SecurityActions", "&Encrypt Project…")
        )
        self.action_change = self.menu.addAction(
            QCoreApplication.translate("SecurityActions", "&Change Password…")
        )
        self.action_remove = self.menu.addAction(
            QCoreApplication.translate("SecurityActions", "&Remove Encryption…")
        )
        self.action_encrypt.triggered.connect(lambda _c=False: self.encrypt())
        self.action_change.triggered.connect(lambda _c=False: self.change_password())
        self.action_remove.triggered.connect(lambda _c=False: self.remove_encryption())
        self.lock_label = QLabel(QCoreApplication.translate("SecurityActions", "Encrypted"))
        self.lock_label.setToolTip(
            QCoreApplication.translate(
                "SecurityActions", "This project file is encrypted with a password"
            )
        )
        self.lock_icon = QLabel()
        self.lock_icon.setAccessibleName(
            QCoreApplication.translate("SecurityActions", "Encrypted project")
        )
        window.statusBar().addPermanentWidget(self.lock_icon)
        window.statusBar().addPermanentWidget(self.lock_label)
        self.update(None)

    def update(self, project: Project | None) -> None:
        """Enable what applies to ``project`` and show the lock mark when encrypted."""
        writable = project is not None and not project.read_only and self.job is None
        encrypted = project is not None and project.encrypted
        self.action_encrypt.setEnabled(writable and not encrypted)
        self.action_change.setEnabled(writable and encrypted)
        self.action_remove.setEnabled(writable and encrypted)
        if encrypted:
            self.lock_icon.setPixmap(icon("lock").pixmap(16, 16))
        self.lock_label.setVisible(encrypted)
        self.lock_icon.setVisible(encrypted)

    # -- opening -----------------------------------------------------------------------

    def ask(self, path: Path, wrong: bool = False) -> Password | None:
        """The password for opening ``path`` (None: the user cancelled)."""
        text = password_dialog.ask_password(self.window, path, wrong_password() if wrong else "")
        return to_password(text)

    # -- the three file operations -------------------------------------------------------

    def encrypt(self) -> bool:
        project = self._writable()
        if project is None or project.encrypted:
            return False
        text = QCoreApplication.translate(
            "SecurityActions",
            "Encrypt “{title}” with a "
            "password?\n\n{not_undoable} Snapshots and backups taken from now on are encrypted "
            "too.",
        ).format(title=project.title, not_undoable=not_undoable())
        if not confirm(
            self.window, QCoreApplication.translate("SecurityActions", "Encrypt Project"), text
        ):
            return False
        new = to_password(
            password_dialog.ask_new_password(
                self.window,
                QCoreApplication.translate("SecurityActions", "Encrypt Project"),
                QCoreApplication.translate("SecurityActions", "Choose the project's password."),
            )
        )
        if new is None:
            return False
        path = project.path
        from ikt_desktop.services.privacy.security import encrypt_project

        return self._rewrite(
            lambda p: encrypt_project(path, new, p),
            new,
            None,
            QCoreApplication.translate("SecurityActions", "Encrypting the project…"),
            QCoreApplication.translate("SecurityActions", "Encrypted the project"),
            lambda: self.offer_plaintext_copies(path, new),
        )

    def offer_plaintext_copies(self, path: Path, password: Password) -> None:
        """After encrypting: report the snapshots and backups still in plain text and
        offer to delete them securely (off the GUI thread)."""
        from ikt_desktop.services.privacy.plaintext_copies import plaintext_copies
        from ikt_desktop.services.privacy.pseudonym_copies import secure_delete

        try:
            copies = plaintext_copies(path, password)
        except (UserError, OSError) as exc:
            log.warning("cannot look for plain copies of %s: %s", path, exc)
            return
        self.last_plaintext = copies
        if not copies:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SecurityActions", "Encrypted the project: {name}; no plain-text copy remains"
                ).format(name=path.name),
                15000,
            )
            return
        if not self.ask_delete_plaintext(self.window, copies):
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SecurityActions", "Encrypted; {count} plain-text copy(ies) kept"
                ).format(count=len(copies.all)),
                15000,
            )
            return
        job = ProgressJob(
            lambda p: secure_delete(copies.all, p),
            QCoreApplication.translate("SecurityActions", "Deleting plain-text copies…"),
            self.window,
            self,
        )
        self.job = job

        def ended(deleted: object, error: str, _cancelled: bool) -> None:
            self.job = None
            self.update(self.window.project)
            if error:
                messages.warn(
                    self.window,
                    QCoreApplication.translate("SecurityActions", "Plain-text copies"),
                    error,
                )
                return
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SecurityActions", "{deleted} plain-text copy(ies) deleted securely"
                ).format(deleted=deleted),
                15000,
            )

        job.ended.connect(ended)
        job.start()

    def change_password(self) -> bool:
        project = self._writable()
        if project is None or project.store.key is None:
            return False
        old = project.store.key
        if not self._current_password_ok(
            project, QCoreApplication.translate("SecurityActions", "Change Password")
        ):
            return False
        text = QCoreApplication.translate(
            "SecurityActions", "Choose the new password.\n\n{not_undoable}"
        ).format(not_undoable=not_undoable())
        new = to_password(
            password_dialog.ask_new_password(
                self.window, QCoreApplication.translate("SecurityActions", "Change Password"), text
            )
        )
        if new is None:
            return False
        path = project.path
        from ikt_desktop.services.privacy.security import change_password

        return self._rewrite(
            lambda p: change_password(path, old, new, p),
            new,
            old,
            QCoreApplication.translate("SecurityActions", "Changing the password…"),
            QCoreApplication.translate("SecurityActions", "Changed the password"),
        )

    def remove_encryption(self) -> bool:
        project = self._writable()
        if project is None or project.store.key is None:
            return False
        old = project.store.key
        text = QCoreApplication.translate(
            "SecurityActions",
            "Remove the encryption of "
            "“{title}”? Anyone with the file can then read it.\n\n{not_undoable}",
        ).format(title=project.title, not_undoable=not_undoable())
        if not confirm(
            self.window, QCoreApplication.translate("SecurityActions", "Remove Encryption"), text
        ):
            return False
        if not self._current_password_ok(
            project, QCoreApplication.translate("SecurityActions", "Remove Encryption")
        ):
            return False
        path = project.path
        from ikt_desktop.services.privacy.security import decrypt_project

        return self._rewrite(
            lambda p: decrypt_project(path, old, p),
            None,
            old,
            QCoreApplication.translate("SecurityActions", "Removing the encryption…"),
            QCoreApplication.translate("SecurityActions", "Removed the encryption"),
        )

    # -- helpers -------------------------------------------------------------------------

    def _writable(self) -> Project | None:
        project = self.window.project
        if project is None or project.read_only or self.job is not None:
            return None
        return project

    def _current_password_ok(self, project: Project, title: str) -> bool:
        """Ask for the current password again (someone at an unlocked laptop must not
        change it); a wrong one says so and stops."""
        text = password_dialog.ask_password(self.window, project.path)
        if text is None:
            return False
        key = project.store.key
        if key is None or not key.matches(text):
            messages.warn(
                self.window,
                title,
                QCoreApplication.translate(
                    "SecurityActions", "The current password is wrong; nothing changed."
                ),
            )
            return False
        return True

    def _rewrite(self, work: Callable[[Progress], None], new: Password | None,
                 old: Password | None, label: str, done: str,
                 after: Callable[[], None] | None = None) -> bool:  # fmt: skip
        project = self.window.project
        assert project is not None
        path, read_only = project.path, project.read_only
        self.window.close_project()  # no session survives the rewrite
        job = ProgressJob(work, label, self.window, self)
        self.job = job

        def ended(_result: object, error: str, cancelled: bool) -> None:
            self.job = None
            ok = not error and not cancelled
            if error:
                messages.warn(
                    self.window,
                    QCoreApplication.translate("SecurityActions", "The project was not changed"),
                    error,
                )
            self.window.open_project(path, read_only=read_only, password=new if ok else old)
            if ok:
                self.window.statusBar().showMessage(f"{done}: {path.name}", 10000)
            log.info("%s: %s", done if ok else "not changed", path)
            if ok and after is not None:
                after()

        job.ended.connect(ended)
        job.start()
        return True
