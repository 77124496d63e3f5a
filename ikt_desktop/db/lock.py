"""One writer at a time: an OS-level lock on ``PROJECT.ikt.lock`` beside the project.

The lock is advisory and held by an open file descriptor, so the operating system
releases it when the holder exits, even by ``kill -9``; a stale lock file left behind by a
crash is simply taken over. The file's text says who holds it, for the message.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from ikt_desktop.db.models import utcnow
from ikt_desktop.domain.errors import ProjectFileError, ProjectLockedError

_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the text so readers can still read it


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _describe(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return "holder unknown"
    return f"{info.get('user', '?')} on {info.get('host', '?')}, process {info.get('pid', '?')}"


class ProjectLock:
    """Held while a project is open for writing. Use :meth:`acquire`, then :meth:`release`."""

    def __init__(self, project: Path, handle: IO[str]) -> None:
        self.project = project
        self._handle: IO[str] | None = handle

    @classmethod
    def acquire(cls, project: Path) -> ProjectLock:
        path = lock_path(project)
        try:
            handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open on purpose
        except OSError as exc:
            raise ProjectFileError(
                project, f"cannot create the lock file {path.name} ({exc.strerror})"
            ) from exc
        if not _try_lock(handle):
            holder = _describe(path)
            handle.close()
            raise ProjectLockedError(project, holder)
        handle.seek(0)
        handle.truncate()
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": getpass.getuser(),
            "since": utcnow().isoformat(timespec="seconds") + "Z",
        }
        handle.write(json.dumps(info))
        handle.flush()
        return cls(project, handle)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        path = lock_path(self.project)
        # Unlink while still holding the lock, so nobody takes over a file we then delete.
        with contextlib.suppress(OSError):
            path.unlink()
        handle.close()  # closing the descriptor drops the OS lock
