"""A new project file: the empty store, and the identity every project carries (title,
GUID, when and by which version it was made). ``Project.create`` and the REFI-QDA import
both start here, so neither needs the other."""

from __future__ import annotations

from pathlib import Path

from ikt_desktop import __version__
from ikt_desktop.db import models as m
from ikt_desktop.db.cipher import Password
from ikt_desktop.db.store import Store, create_store
from ikt_desktop.domain.errors import ProjectFileError
from ikt_desktop.services.base import record, set_meta

TITLE, GUID, CREATED, CREATED_WITH = "title", "guid", "created", "created_with"


def create_project_store(path: Path, title: str = "", password: Password | None = None) -> Store:
    """Create the project file ``path`` (``*.ikt``, encrypted with ``password`` when given)
    with its identity, in one transaction; returns its open store."""
    path = Path(path)
    if path.suffix.lower() != ".ikt":
        raise ProjectFileError(path, "a project file name must end in .ikt")
    store = create_store(path.resolve(), password)
    with store.write() as s:
        set_meta(s, TITLE, " ".join(title.split()) or path.stem)
        set_meta(s, GUID, m.new_guid())
        set_meta(s, CREATED, m.utcnow().isoformat(timespec="seconds") + "Z")
        set_meta(s, CREATED_WITH, f"iKT Desktop {__version__}")
        record(s, "create project", "project", None, title=title)
    return store
