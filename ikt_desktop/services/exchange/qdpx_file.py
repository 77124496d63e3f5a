"""A new project file from a REFI-QDA ``.qdpx``: read everything first, then create the file
and fill it in one transaction. If anything fails, the half-made file is removed.

This works on the store alone (no ``Project``), so merging a ``.qdpx`` can use it too."""

from __future__ import annotations

import contextlib
from pathlib import Path

from ikt_desktop.db.cipher import Password
from ikt_desktop.db.store import Store
from ikt_desktop.domain.errors import ProjectFileError
from ikt_desktop.domain.exchange.refi import ExchangeSummary
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.importers.qdpx import read_qdpx
from ikt_desktop.importers.safe_archive import DEFAULT_LIMITS, ArchiveLimits
from ikt_desktop.services.base import record
from ikt_desktop.services.exchange.refi_write import ProjectWriter
from ikt_desktop.services.project_file import create_project_store


def create_from_qdpx(
    qdpx: Path,
    project_path: Path,
    progress: Progress = no_progress,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    password: Password | None = None,
) -> tuple[Store, ExchangeSummary]:
    """Create ``project_path`` from ``qdpx`` (encrypted with ``password`` when given);
    returns its open store, with what was done."""
    project_path = Path(project_path)
    if project_path.exists():  # checked before the (long) reading, and again on creating
        raise ProjectFileError(project_path, "a file with this name already exists")
    data, summary = read_qdpx(Path(qdpx), progress, limits)
    store = create_project_store(project_path, data.name, password)
    try:
        progress(0, 1, "Writing the project")
        with store.write() as s:
            ProjectWriter(s, data, summary).write()
            record(s, "import REFI-QDA project", "project", None, file=Path(qdpx).name,
                   origin=data.origin, unit=summary.unit, imported=summary.imported)  # fmt: skip
        progress(1, 1, "")
    except BaseException:
        path = store.path
        store.close()
        for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
            with contextlib.suppress(OSError):
                Path(str(path) + suffix).unlink()
        raise
    return store, summary.build()
