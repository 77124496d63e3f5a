"""A new project from a REFI-QDA ``.qdpx``, returned open (``services/exchange/qdpx_file.py``
makes the file)."""

from __future__ import annotations

from pathlib import Path

from ikt_desktop.db.cipher import Password
from ikt_desktop.domain.exchange.refi import ExchangeSummary
from ikt_desktop.domain.progress import Progress, no_progress
from ikt_desktop.importers.safe_archive import DEFAULT_LIMITS, ArchiveLimits
from ikt_desktop.services.exchange.qdpx_file import create_from_qdpx
from ikt_desktop.services.project import Project


def import_qdpx(
    qdpx: Path,
    project_path: Path,
    progress: Progress = no_progress,
    limits: ArchiveLimits = DEFAULT_LIMITS,
    password: Password | None = None,
) -> tuple[Project, ExchangeSummary]:
    """Create ``project_path`` from ``qdpx`` (encrypted with ``password`` when given);
    returns it open, with what was done."""
    store, summary = create_from_qdpx(qdpx, project_path, progress, limits, password)
    return Project(store), summary
