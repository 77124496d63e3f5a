"""Files written from a project keep its permissions (or stricter).

A rewrite (encrypt, decrypt, change password), a snapshot, a backup or a restored copy is
a new file; left to the umask it would be readable by everyone even when the project is
owner-only. Every such file is made here first, empty, with the project's mode, before
SQLite writes into it (SQLite's own journals then take the same mode).
"""

from __future__ import annotations

import os
from pathlib import Path


def mode_of(path: Path) -> int:
    """The permission bits of ``path``."""
    return os.stat(path).st_mode & 0o777


def create_like(target: Path, source: Path, *, at_most: int = 0o666) -> None:
    """Create the new, empty file ``target`` with the permissions of ``source`` (never
    more than ``at_most``; a new file is never writable where the project is not,
    but the owner may always write it). Refuses an existing ``target``
    (``FileExistsError``)."""
    mode = (mode_of(source) & at_most) | 0o200
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)  # the umask may have taken bits away; set exactly these
    finally:
        os.close(fd)


def keep_mode(target: Path, source: Path) -> None:
    """Give ``target`` the permissions of ``source`` (before moving it over ``source``)."""
    os.chmod(target, mode_of(source))
