"""Deleting a file so its bytes do not survive in it: overwrite with zeros, flush to the
disk, then unlink. (On an SSD or a copy-on-write file system the old blocks may still
survive on the disk itself; this removes them from every file and from the folder.)"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from ikt_desktop.domain.errors import UnwritableFileError

log = logging.getLogger(__name__)

CHUNK = 1 << 20
COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's files beside a database
PARTIAL = ".rekey.partial"  # a whole-file rewrite in progress: ``.NAME.ikt.rekey.partial``


def overwrite(path: Path) -> None:
    """Write zeros over every byte of ``path`` and flush them to the disk."""
    with open(path, "r+b") as handle:
        size = os.fstat(handle.fileno()).st_size
        zeros = bytes(CHUNK)
        written = 0
        while written < size:
            written += handle.write(zeros[: min(CHUNK, size - written)])
        handle.flush()
        os.fsync(handle.fileno())


def shred(path: Path) -> bool:
    """Overwrite and unlink ``path`` (a missing file is no error); True if it existed.
    Raises ``OSError`` when it cannot be written or removed."""
    if not path.is_file():
        return False
    overwrite(path)
    path.unlink()
    return True


def shred_database(path: Path) -> bool:
    """:func:`shred` a database file and its SQLite companions; True if it existed."""
    existed = shred(path)
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            shred(path.with_name(path.name + suffix))
    return existed


def partial_path(path: Path) -> Path:
    """Where a rewrite of ``path`` is made before it replaces the file."""
    return path.with_name(f".{path.name}{PARTIAL}")


def remove_leftover(path: Path) -> bool:
    """Securely delete what a rewrite of ``path`` killed mid-way left behind (after a
    decrypt it holds the project in plain text). Call it holding the project lock."""
    leftover = partial_path(path)
    try:
        found = shred_database(leftover)
    except OSError as exc:
        raise UnwritableFileError(leftover, exc.strerror or str(exc)) from exc
    if found:
        log.warning("securely deleted %s, left by an interrupted rewrite", leftover)
    return found
