"""After pseudonymising: the copies of the project that still hold the real names.

Pseudonymising rewrites the project file, but the automatic snapshots taken before it
(File ▸ Restore Snapshot) and the backups kept beside the file (before a schema upgrade,
before a merge) are copies of the project as it was. They are also the way back, so they
are never deleted without asking: :func:`old_copies` finds them, :func:`secure_delete`
overwrites each with zeros and then unlinks it, and :func:`compact` rebuilds the project
file itself (``VACUUM``) so no leftover of a deleted page survives in it.
"""

from __future__ import annotations

import contextlib
import glob
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ikt_desktop.db.shred import shred
from ikt_desktop.db.store import Store
from ikt_desktop.domain.errors import UnwritableFileError
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots

log = logging.getLogger(__name__)

_SIDECARS = (".json", "-wal", "-shm", "-journal")  # suffixes of a copy's companion files


@dataclass(frozen=True)
class OldCopies:
    """The copies taken before a pseudonymisation: they hold the real names."""

    snapshots: tuple[Path, ...] = ()
    backups: tuple[Path, ...] = ()

    @property
    def all(self) -> tuple[Path, ...]:
        return self.snapshots + self.backups

    def __bool__(self) -> bool:
        return bool(self.snapshots or self.backups)


def backups_beside(project: Path) -> list[Path]:
    """The backups the app made beside ``project`` (``NAME.schema-0003-backup.ikt``,
    ``NAME.before-merge-20261127-101500.ikt`` and their ``-2`` siblings)."""
    stem, suffix = glob.escape(project.stem), project.suffix
    found: set[Path] = set()
    for pattern in (f"{stem}.schema-*-backup*{suffix}", f"{stem}.before-merge-*{suffix}"):
        found.update(p for p in project.parent.glob(pattern) if p.is_file())
    return sorted(found)


def old_copies(project: Path, snapshots: ProjectSnapshots | None, before: datetime) -> OldCopies:
    """The snapshots of the project taken before ``before`` (UTC, aware; a snapshot
    started later reads the project as committed then) and every backup beside it."""
    snaps = [s.path for s in snapshots.list() if s.taken < before] if snapshots else []
    return OldCopies(tuple(sorted(snaps)), tuple(backups_beside(project)))


def secure_delete(paths: Iterable[Path], progress: Progress = no_progress) -> int:
    """Overwrite each file (and its sidecar, write-ahead log and journal) with zeros,
    then unlink it. Returns how many of ``paths`` were deleted. (On an SSD or a
    copy-on-write file system the old blocks may survive on the disk itself.)"""
    paths = list(paths)
    deleted = 0
    for n, path in enumerate(paths):
        progress(n, len(paths), f"Deleting {path.name}…")
        companions = [path.with_name(path.name + s) for s in _SIDECARS[1:]]
        companions.append(path.with_suffix(_SIDECARS[0]))
        try:
            for target in (path, *companions):
                if shred(target) and target == path:
                    deleted += 1
        except OSError as exc:
            raise UnwritableFileError(path, exc.strerror or str(exc)) from exc
        log.info("securely deleted %s", path)
    progress(len(paths), len(paths), "")
    return deleted


def compact(store: Store) -> None:
    """Rebuild the project file (``VACUUM``) so free pages and the unused room in pages
    hold nothing of what was deleted, then empty the write-ahead log."""
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        with contextlib.closing(conn.cursor()) as cursor:
            cursor.execute("PRAGMA secure_delete = ON")
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
