"""A new project file from a REFI-QDA ``.qdpx``: read everything first, then create the file
under a temporary hidden name, fill it in one transaction, close it, and only then move it
to its name (never over a file that appeared meanwhile). A failure, a cancel or a crash at
any moment leaves no project under the name, so a retry simply works; what a crash left
under the temporary name is removed by the next import into the same folder.

This works on the store alone (no ``Project``), so merging a ``.qdpx`` can use it too."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from pathlib import Path

from ikt_desktop.db.cipher import Password
from ikt_desktop.db.lock import ProjectLock
from ikt_desktop.db.shred import COMPANIONS
from ikt_desktop.db.store import Store, open_store
from ikt_desktop.domain.errors import ProjectFileError, ProjectLockedError, UnwritableFileError
from ikt_desktop.domain.exchange.refi import ExchangeSummary
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.importers.qdpx import read_qdpx
from ikt_desktop.importers.safe_archive import DEFAULT_LIMITS, ArchiveLimits
from ikt_desktop.services.base import record
from ikt_desktop.services.exchange.refi_media import Places
from ikt_desktop.services.exchange.refi_write import ProjectWriter
from ikt_desktop.services.project_file import create_project_store

log = logging.getLogger(__name__)

IMPORTING = ".importing-"  # ``.NAME.importing-1a2b3c4d.ikt``: a project being imported


def create_from_qdpx(
    qdpx: Path,
    project_path: Path,
    progress: Progress = no_progress,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    password: Password | None = None,
) -> tuple[Store, ExchangeSummary]:
    """Create ``project_path`` from ``qdpx`` (encrypted with ``password`` when given);
    returns its open store, with what was done."""
    project_path = Path(project_path).resolve()
    if project_path.exists():  # checked before the (long) reading, and again on moving
        raise ProjectFileError(project_path, "a file with this name already exists")
    data, summary = read_qdpx(Path(qdpx), progress, limits)
    remove_abandoned(project_path)
    temp = project_path.with_name(
        f".{project_path.stem}{IMPORTING}{secrets.token_hex(4)}{project_path.suffix}"
    )
    store = create_project_store(temp, data.name, password)
    try:
        progress(0, 1, "Writing the project")
        with store.write() as s:
            places = Places(Path(qdpx).resolve().parent, project_path, data.base_path)
            ProjectWriter(s, data, summary, places).write()
            record(s, "import REFI-QDA project", "project", None, file=Path(qdpx).name,
                   origin=data.origin, unit=summary.unit, imported=summary.imported)  # fmt: skip
        store.close()  # one self-contained file before it gets its name
        _move_into_place(temp, project_path)
        progress(1, 1, "")
    except BaseException:
        store.close()
        _remove(temp)
        raise
    return open_store(project_path, key=password), summary.build()


def _move_into_place(temp: Path, target: Path) -> None:
    """Give ``temp`` the name ``target``, atomically, never replacing an existing file."""
    try:
        if os.name == "nt":
            os.rename(temp, target)  # refuses an existing target on Windows
        else:
            os.link(temp, target)  # refuses an existing target; then drop the old name
            temp.unlink()
            fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except FileExistsError as exc:
        raise ProjectFileError(target, "a file with this name already exists") from exc
    except OSError as exc:
        raise UnwritableFileError(target, exc.strerror or str(exc)) from exc


def _remove(path: Path) -> None:
    for suffix in ("", *COMPANIONS, ".lock"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def remove_abandoned(project_path: Path) -> list[Path]:
    """Remove what an import killed mid-way left beside ``project_path`` (a hidden,
    half-filled project nobody holds open); returns the files removed."""
    pattern = f".{project_path.stem}{IMPORTING}*{project_path.suffix}"
    removed = []
    for leftover in project_path.parent.glob(pattern):
        try:
            lock = ProjectLock.acquire(leftover)
        except (ProjectLockedError, ProjectFileError):
            continue  # another import is filling it right now
        lock.release()
        _remove(leftover)
        removed.append(leftover)
        log.warning("removed %s, left by an interrupted import", leftover)
    return removed
