"""After encrypting: the copies of the project that are still plain text.

Encrypting rewrites the project file, but what was copied from it before stays as it
was: the automatic snapshots in the app data folder and the backups beside the file
(before a schema upgrade, before a merge). Each is a complete, readable project. They are
also a way back, so they are never deleted without asking: :func:`plaintext_copies`
finds them, and :func:`~services.privacy.pseudonym_copies.secure_delete` overwrites and
removes the chosen ones (the same deletion pseudonymising offers).
"""

from __future__ import annotations

import logging
from pathlib import Path

from ikt_desktop.db.cipher import Password, read_head
from ikt_desktop.db.store import PROJECT_SUFFIX, open_store
from ikt_desktop.services.privacy.project_snapshots import PARTIAL, ProjectSnapshots
from ikt_desktop.services.privacy.pseudonym_copies import OldCopies, backups_beside

log = logging.getLogger(__name__)


def _plain(path: Path) -> bool:
    try:
        return read_head(path).plain
    except OSError:
        return False


def plaintext_copies(project: Path, password: Password | None = None) -> OldCopies:
    """Every snapshot of ``project`` and every backup beside it that is a plain (not
    encrypted) SQLite file. ``password`` opens the encrypted project to learn which
    snapshot folder is its own."""
    store = open_store(Path(project), read_only=True, key=password)
    try:
        folder = ProjectSnapshots.for_store(store).folder
    finally:
        store.close()
    found = [*folder.glob("*" + PROJECT_SUFFIX), *folder.glob("*" + PARTIAL)]
    snapshots = sorted(p for p in found if p.is_file() and _plain(p))
    backups = [p for p in backups_beside(store.path) if _plain(p)]
    log.info("%s: %d plain snapshot(s), %d plain backup(s)", project, len(snapshots),
             len(backups))  # fmt: skip
    return OldCopies(tuple(snapshots), tuple(backups))
