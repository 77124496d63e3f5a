"""Is a project inside a cloud-synchronised folder? Pure rules on a path's components
(plus marker files that the caller looks up on disk).

Sync clients copy files while they are being written and make "conflicted copies" when
two machines touch the same file: fine for documents, dangerous for a live database.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import PurePath, PurePosixPath, PureWindowsPath

DROPBOX, ONEDRIVE, GOOGLE_DRIVE, ICLOUD = "Dropbox", "OneDrive", "Google Drive", "iCloud Drive"
CLOUD_STORAGE = "a cloud storage service"

# file names whose presence in a folder marks it as the root of a synchronised folder
MARKER_FILES: dict[str, str] = {".dropbox": DROPBOX, ".dropbox.cache": DROPBOX}

_NAMES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^dropbox( \(.*\))?$"), DROPBOX),  # "Dropbox", "Dropbox (Personal)"
    (re.compile(r"^onedrive( ?[-–] ?.*)?$"), ONEDRIVE),  # "OneDrive - Contoso", "OneDrive-X"
    (re.compile(r"^(google ?drive|my drive|shared drives)$"), GOOGLE_DRIVE),
    (re.compile(r"^icloud ?drive( \(.*\))?$"), ICLOUD),  # "iCloud Drive", "iCloudDrive"
    (re.compile(r"^com~apple~clouddocs$"), ICLOUD),
]
# the folder macOS (12+) gives every file provider: ~/Library/CloudStorage/<Provider>-<account>
_PROVIDERS: list[tuple[str, str]] = [
    ("dropbox", DROPBOX), ("onedrive", ONEDRIVE), ("googledrive", GOOGLE_DRIVE),
    ("icloud", ICLOUD),
]  # fmt: skip


def as_path(path: str | PurePath) -> PurePath:
    """A path of its own platform's kind: ``C:\\Users\\...`` is a Windows path anywhere."""
    if isinstance(path, PurePath):
        return path
    if "\\" in path or re.match(r"^[A-Za-z]:", path):
        return PureWindowsPath(path)
    return PurePosixPath(path)


def service_of_names(parts: Sequence[str]) -> str | None:
    """The sync service that folder names ``parts`` (outermost first) point at, or None."""
    for i, part in enumerate(parts):
        name = part.strip().lower()
        if name == "cloudstorage" and i + 1 < len(parts):
            provider = parts[i + 1].lower().replace(" ", "")
            for prefix, service in _PROVIDERS:
                if provider.startswith(prefix):
                    return service
            return CLOUD_STORAGE
        if name == "mobile documents":  # ~/Library/Mobile Documents/...: iCloud's own store
            return ICLOUD
        for pattern, service in _NAMES:
            if pattern.match(name):
                return service
    return None


def cloud_service(
    path: str | PurePath, has_file: Callable[[PurePath], bool] | None = None
) -> str | None:
    """The cloud sync service whose folder holds ``path`` (a file), or None.

    ``has_file(p)`` says whether file ``p`` exists; given, marker files (``.dropbox``) in
    any ancestor folder count too."""
    pure = as_path(path)
    folders = list(reversed(pure.parents))  # outermost first
    found = service_of_names([f.name for f in folders if f.name])
    if found is not None or has_file is None:
        return found
    for folder in folders:
        for marker, service in MARKER_FILES.items():
            if has_file(folder / marker):
                return service
    return None


def warning_text(path: str | PurePath, service: str) -> str:
    """Why a project in a synchronised folder is at risk, and what to do instead."""
    return (
        f"This project is in a folder synchronised by {service}:\n{path}\n\n"
        "Sync clients can upload a copy of the project while it is half-written, and when "
        "the project is open on two computers they make \u201cconflicted copies\u201d of the "
        "database that cannot be joined again: weeks of coding could end up split or "
        "damaged.\n\n"
        "Keep projects in a local folder that is not synchronised (for example Documents "
        "outside the sync folder). To share or back up, close the project and copy the "
        "file, or use File \u25b8 Export. iKT Desktop also keeps automatic snapshots "
        "(File \u25b8 Restore Snapshot\u2026)."
    )
