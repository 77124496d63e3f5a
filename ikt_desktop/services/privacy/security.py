"""File ▸ Security: encrypt a project with a password, change the password, remove the
encryption. These rewrite the whole (closed) file — see :mod:`db.rekey` — so they are not
undoable edits; each is noted in the change log (never the password)."""

from __future__ import annotations

from pathlib import Path

from ikt_desktop.db.cipher import Password
from ikt_desktop.db.rekey import rekey_file
from ikt_desktop.db.store import Store, is_encrypted_file, open_store
from ikt_desktop.domain.errors import ProjectFileError
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.services.base import record

__all__ = ["Password", "change_password", "decrypt_project", "encrypt_project", "is_encrypted"]


def is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is an encrypted project (no password needed)."""
    return is_encrypted_file(Path(path))


ENCRYPT, CHANGE, DECRYPT = "encrypt project", "change password", "remove encryption"


def encrypt_project(path: Path, password: Password, progress: Progress = no_progress) -> None:
    """Encrypt the closed, plain project at ``path`` with ``password``."""
    if is_encrypted_file(path):
        raise ProjectFileError(path, "the project is already encrypted; change its password")
    rekey_file(path, None, password, progress)
    _note(path, password, ENCRYPT)


def change_password(
    path: Path, old: Password, new: Password, progress: Progress = no_progress
) -> None:
    """Re-encrypt the closed, encrypted project at ``path`` with ``new``."""
    _require_encrypted(path)
    rekey_file(path, old, new, progress)
    _note(path, new, CHANGE)


def decrypt_project(path: Path, password: Password, progress: Progress = no_progress) -> None:
    """Remove the encryption of the closed project at ``path``."""
    _require_encrypted(path)
    rekey_file(path, password, None, progress)
    _note(path, None, DECRYPT)


def _require_encrypted(path: Path) -> None:
    if not is_encrypted_file(path):
        raise ProjectFileError(path, "the project is not encrypted")


def _note(path: Path, key: Password | None, action: str) -> None:
    store: Store = open_store(Path(path), key=key)
    try:
        with store.write() as s:
            record(s, action, "project", None)
    finally:
        store.close()
